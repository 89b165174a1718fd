#include "graphview.h"

#include "bridge.h"
#include "graphitems.h"
#include "jobrunner.h"
#include "workspacedocument.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

Q_LOGGING_CATEGORY(lcGraph, "strata.views.graph", QtWarningMsg)

namespace strata::qt {

namespace {
constexpr int kItemsPerSlice = 300; // items added per event-loop turn while filling the scene
constexpr double kLaneLabelGap = 190;
} // namespace

void GraphCanvas::zoomBy(double factor)
{
    const double current = transform().m11();
    if ((current > 4 && factor > 1) || (current < 0.02 && factor < 1))
        return;
    scale(factor, factor);
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    emit userZoomed();
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

GraphView::GraphView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_document(document), m_jobs(jobs), m_view(new GraphCanvas(this)),
      m_scene(new QGraphicsScene(this)), m_search(new QLineEdit(this)),
      m_collapse(new QCheckBox(tr("Collapse versions per type"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    m_view->setScene(m_scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_view->setAccessibleName(tr("Dependency graph"));
    m_search->setPlaceholderText(tr("Find a type or version (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find in graph"));
    m_search->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setAccessibleName(tr("Layout in progress"));
    m_progress->hide();

    auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_collapse);
    bar->addWidget(button(tr("−"), tr("Zoom out (Ctrl+-)"), [this] { zoomOut(); }));
    bar->addWidget(button(tr("+"), tr("Zoom in (Ctrl++)"), [this] { zoomIn(); }));
    bar->addWidget(button(tr("Fit"), tr("Fit the graph in the view (Ctrl+0)"), [this] { fit(); }));
    bar->addWidget(m_progress);

    auto* legend = new QLabel(
        tr("<span style='color:#1f77b4'>━ references</span> &nbsp; "
           "<span style='color:#8e44ad'>━ foreign key</span> &nbsp; "
           "<span style='color:#909090'>╌ evolves to</span> &nbsp; "
           "Click a node: <span style='background:%1'>&nbsp;depends on&nbsp;</span> "
           "<span style='background:%2'>&nbsp;depended on by&nbsp;</span>")
            .arg(effectColor(Effect::ReadOnly, isDarkPalette()).name(),
                 effectColor(Effect::WriteOnly, isDarkPalette()).name()),
        this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::returnPressed, this, &GraphView::search);
    connect(m_view, &GraphCanvas::userZoomed, this, [this] { m_autoFit = false; });
    connect(m_collapse, &QCheckBox::toggled, this, &GraphView::setCollapsed);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto selected = m_scene->selectedItems();
        auto* node = selected.isEmpty() ? nullptr : dynamic_cast<NodeItem*>(selected.first());
        applyMarks(node ? node->index() : -1);
        if (node && !node->node().version.isEmpty())
            emit versionActivated(node->node().label);
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, &GraphView::rebuild);
    connect(document, &WorkspaceDocument::structureChanged, this, &GraphView::rebuild);
}

GraphView::~GraphView()
{
    // the scene outlives this object's members; its items must not call back into them
    m_scene->blockSignals(true);
    m_nodes.clear();
    m_edges.clear();
}

void GraphView::setCollapsed(bool collapsed)
{
    if (m_collapse->isChecked() != collapsed)
        m_collapse->setChecked(collapsed);
    else
        rebuild();
}

void GraphView::rebuild() { showGraph(buildGraph(m_document->workspace(), m_collapse->isChecked())); }

void GraphView::setBusy(bool busy, const QString& text)
{
    m_progress->setVisible(busy);
    if (!text.isEmpty())
        m_status->setText(text);
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void GraphView::showGraph(GraphData graph)
{
    ++m_generation;
    // items announce their removal through selectionChanged; nothing may reach them by then
    m_nodes.clear();
    m_edges.clear();
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
    }
    setBusy(true, tr("Laying out %n node(s)…", nullptr, int(graph.nodes.size())));
    QElapsedTimer clock;
    clock.start();
    m_jobs->run(
        QStringLiteral("graph-layout"), this,
        [graph](const CancelToken& cancel) { return std::pair(graph, layoutGraph(graph, cancel)); },
        [this, clock, generation = m_generation](const std::pair<GraphData, GraphLayout>& out) {
            if (generation != m_generation || out.second.cancelled)
                return;
            qCDebug(lcGraph) << "layout took" << clock.elapsed() << "ms";
            m_graph = out.first;
            m_layout = out.second;
            m_filled = 0;
            for (const auto& [type, y] : m_layout.lanes) {
                auto* label = m_scene->addSimpleText(type);
                QFont font = label->font();
                font.setBold(true);
                label->setFont(font);
                label->setBrush(palette().color(QPalette::WindowText));
                label->setPos(-kNodeWidth / 2 - kLaneLabelGap,
                              y - label->boundingRect().height() / 2);
            }
            populate(generation);
        });
}

// Adds nodes, then edges, a slice per event-loop turn; a newer rebuild stops older slices.
void GraphView::populate(int generation)
{
    if (generation != m_generation)
        return;
    const int nodeTotal = int(m_graph.nodes.size());
    const int total = nodeTotal + int(m_graph.edges.size());
    const int end = std::min(total, m_filled + kItemsPerSlice);
    for (; m_filled < end; ++m_filled) {
        if (m_filled < nodeTotal) {
            auto* item = new NodeItem(m_filled, m_graph.nodes[m_filled]);
            item->setPos(m_layout.positions[m_filled]);
            m_scene->addItem(item);
            m_nodes << item;
        } else {
            const GraphEdge& e = m_graph.edges[m_filled - nodeTotal];
            auto* item = new EdgeItem(e, m_layout.positions[e.from], m_layout.positions[e.to]);
            m_scene->addItem(item);
            m_edges << item;
        }
    }
    if (m_filled < total) {
        QTimer::singleShot(0, this, [this, generation] { populate(generation); });
        return;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    setBusy(false, tr("%n node(s), ", nullptr, int(m_nodes.size())) +
                       tr("%n edge(s). Scroll to zoom, drag to pan.", nullptr,
                          int(m_edges.size())));
    m_autoFit = true;
    fit();
    emit layoutFinished();
}

void GraphView::applyMarks(int selected)
{
    if (selected < 0) {
        for (NodeItem* n : std::as_const(m_nodes))
            n->setMark(NodeMark::None);
        for (EdgeItem* e : std::as_const(m_edges))
            e->setEmphasis(false, false);
        return;
    }
    QVector<NodeMark> marks(m_nodes.size(), NodeMark::Dimmed);
    for (int i : m_graph.dependencies(selected))
        marks[i] = NodeMark::Dependency;
    for (int i : m_graph.dependents(selected))
        marks[i] = NodeMark::Dependent;
    marks[selected] = NodeMark::Selected;
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodes[i]->setMark(marks[i]);
    for (EdgeItem* e : std::as_const(m_edges)) {
        const bool lit = marks[e->edge().from] != NodeMark::Dimmed &&
                         marks[e->edge().to] != NodeMark::Dimmed &&
                         e->edge().kind != GraphEdge::Evolves;
        e->setEmphasis(lit, !lit);
    }
    m_status->setText(tr("%1 depends on %2 node(s); %3 node(s) depend on it.")
                          .arg(m_graph.nodes[selected].label)
                          .arg(m_graph.dependencies(selected).size())
                          .arg(m_graph.dependents(selected).size()));
}

bool GraphView::selectNode(const QString& label)
{
    for (NodeItem* n : std::as_const(m_nodes)) {
        if (n->node().label != label)
            continue;
        m_scene->clearSelection();
        n->setSelected(true);
        m_view->centerOn(n);
        return true;
    }
    return false;
}

void GraphView::highlightPath(const QStringList& labels)
{
    m_scene->clearSelection();
    for (NodeItem* n : std::as_const(m_nodes))
        n->setMark(labels.contains(n->node().label) ? NodeMark::OnPath : NodeMark::Dimmed);
    for (EdgeItem* e : std::as_const(m_edges)) {
        const bool lit = labels.contains(m_graph.nodes[e->edge().from].label) &&
                         labels.contains(m_graph.nodes[e->edge().to].label);
        e->setEmphasis(lit, !lit);
    }
}

int GraphView::markedCount(int mark) const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(),
                             [mark](const NodeItem* n) { return int(n->mark()) == mark; }));
}

QString GraphView::statusText() const { return m_status->text(); }

void GraphView::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    for (NodeItem* n : std::as_const(m_nodes)) {
        if (n->node().label.contains(text, Qt::CaseInsensitive)) {
            selectNode(n->node().label);
            return;
        }
    }
    m_status->setText(tr("Nothing matches \"%1\".").arg(text));
}

void GraphView::fit()
{
    if (!isVisible())
        return;
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (m_view->transform().m11() > 1.2)
        m_view->setTransform(QTransform::fromScale(1.2, 1.2));
}

void GraphView::zoomIn()
{
    m_autoFit = false;
    m_view->zoomBy(1.25);
}

void GraphView::zoomOut()
{
    m_autoFit = false;
    m_view->zoomBy(1 / 1.25);
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit && !m_busy)
        fit();
}

void GraphView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_autoFit && !m_busy)
        fit();
}
void GraphView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString GraphView::exportSvg(const QString& path) const
{
    const QRectF rect = m_scene->sceneRect();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(rect.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    svg.setTitle(tr("Strata dependency graph"));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("Cannot write %1.").arg(path);
    m_scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString GraphView::exportPng(const QString& path) const
{
    const QRectF rect = m_scene->sceneRect();
    const double scale = std::min(2.0, 8000.0 / std::max(rect.width(), rect.height()));
    QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, QRectF(image.rect()), rect);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace strata::qt
