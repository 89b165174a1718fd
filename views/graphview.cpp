#include "graphview.h"

#include "bridge.h"
#include "graphitems.h"
#include "jobrunner.h"
#include "workspacedocument.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

Q_LOGGING_CATEGORY(lcGraph, "strata.views.graph", QtWarningMsg)

namespace strata::qt {

namespace {
constexpr qint64 kSliceBudgetMs = 8; // time spent adding items per event-loop turn
} // namespace

// A scene without a BSP index: the index is built on the first paint, which for a graph of
// thousands of versions blocked the GUI thread for seconds; a linear walk over the items
// costs far less for the few paints and clicks a graph gets.
QGraphicsScene* GraphView::newScene() {
    auto* scene = new QGraphicsScene(this);
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    return scene;
}

void GraphCanvas::zoomBy(double factor) {
    const double current = transform().m11();
    if ((current > 4 && factor > 1) || (current < 0.02 && factor < 1))
        return;
    scale(factor, factor);
}

void GraphCanvas::wheelEvent(QWheelEvent* event) {
    emit userZoomed();
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

GraphView::GraphView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_jobs(jobs)
    , m_view(new GraphCanvas(this))
    , m_scene(newScene())
    , m_search(new QLineEdit(this))
    , m_collapse(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    m_view->setScene(m_scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // every item sets the painter state it needs; saving and restoring it per item is a
    // measurable part of drawing thousands of items
    m_view->setOptimizationFlag(QGraphicsView::DontSavePainterState);
    m_search->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->hide();

    // `text` and `tip` are QT_TR_NOOP sources, translated now and on every language change
    auto button = [this](const char* text, const char* tip, auto slot) {
        auto* b = new QToolButton(this);
        m_texts.add([b, text, tip] {
            b->setText(tr(text));
            b->setToolTip(tr(tip));
            b->setAccessibleName(tr(tip));
        });
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_collapse);
    bar->addWidget(button(QT_TR_NOOP("−"), QT_TR_NOOP("Zoom out (Ctrl+-)"), [this] { zoomOut(); }));
    bar->addWidget(button(QT_TR_NOOP("+"), QT_TR_NOOP("Zoom in (Ctrl++)"), [this] { zoomIn(); }));
    bar->addWidget(button(QT_TR_NOOP("Fit"), QT_TR_NOOP("Fit the graph in the view (Ctrl+0)"),
                          [this] { fit(); }));
    bar->addWidget(m_progress);

    auto* legend = new QLabel(this);
    m_texts.add([this, legend] {
        m_collapse->setText(tr("Collapse versions per type"));
        m_view->setAccessibleName(tr("Dependency graph"));
        m_search->setPlaceholderText(tr("Find a type or version (Ctrl+F)"));
        m_search->setAccessibleName(tr("Find in graph"));
        m_progress->setAccessibleName(tr("Layout in progress"));
        legend->setText(
            tr("<span style='color:#1f77b4'>━ references</span> &nbsp; "
               "<span style='color:#8e44ad'>━ foreign key</span> &nbsp; "
               "<span style='color:#909090'>╌ evolves to</span> &nbsp; "
               "<span style='color:#2e7d32'>╌ converter</span> &nbsp; "
               "Click a node: <span style='background:%1'>&nbsp;depends on&nbsp;</span> "
               "<span style='background:%2'>&nbsp;depended on by&nbsp;</span>")
                .arg(effectColor(Effect::ReadOnly, isDarkPalette()).name(),
                     effectColor(Effect::WriteOnly, isDarkPalette()).name()));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::returnPressed, this, &GraphView::search);
    connect(m_view, &GraphCanvas::userZoomed, this, [this] { m_autoFit = false; });
    connect(m_collapse, &QCheckBox::toggled, this, &GraphView::setCollapsed);
    connectScene();
    connect(document, &WorkspaceDocument::workspaceReset, this, &GraphView::rebuild);
    connect(document, &WorkspaceDocument::structureChanged, this, &GraphView::rebuild);
}

GraphView::~GraphView() {
    // the scene outlives this object's members; its items must not call back into them
    m_scene->blockSignals(true);
    for (QGraphicsScene* old : findChildren<QGraphicsScene*>())
        old->blockSignals(true);
    m_nodes.clear();
    m_edges = nullptr;
}

void GraphView::setCollapsed(bool collapsed) {
    if (m_collapse->isChecked() != collapsed)
        m_collapse->setChecked(collapsed);
    else
        rebuild();
}

void GraphView::setBusy(bool busy, const QString& text) {
    m_progress->setVisible(busy);
    if (!text.isEmpty())
        m_status->setText(text);
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void GraphView::connectScene() {
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto selected = m_scene->selectedItems();
        auto* node = selected.isEmpty() ? nullptr : dynamic_cast<NodeItem*>(selected.first());
        applyMarks(node ? node->index() : -1);
        if (node && !node->node().version.isEmpty())
            emit versionActivated(node->node().label);
    });
}

// Swaps in an empty scene and deletes the old one's items in time slices, so a large scene
// never blocks the event loop.
void GraphView::clearScene() {
    m_nodes.clear();
    m_edges = nullptr;
    QGraphicsScene* old = m_scene;
    // items announce their removal through selectionChanged; nothing may reach them by then
    old->blockSignals(true);
    m_scene = newScene();
    connectScene();
    m_view->setScene(m_scene);
    old->setItemIndexMethod(QGraphicsScene::NoIndex);
    auto items = std::make_shared<QList<QGraphicsItem*>>(old->items());
    auto discard = std::make_shared<std::function<void()>>();
    *discard = [old, items, discard]() mutable {
        QElapsedTimer slice;
        slice.start();
        while (!items->isEmpty() && slice.elapsed() < kSliceBudgetMs)
            delete items->takeLast();
        if (items->isEmpty()) {
            delete old;
            discard.reset(); // breaks the self-reference
            return;
        }
        QTimer::singleShot(0, old, [discard] { (*discard)(); });
    };
    (*discard)();
}

void GraphView::rebuild() {
    ++m_generation;
    clearScene();
    setBusy(true, tr("Laying out the graph…"));
    QElapsedTimer clock;
    clock.start();
    // the snapshot copy is the only part on the GUI thread; building and layout are not
    m_jobs->run(
        QStringLiteral("graph-layout"), this,
        [snapshot = m_document->workspace(),
         collapsed = m_collapse->isChecked()](const CancelToken& cancel) {
            GraphData graph = buildGraph(snapshot, collapsed);
            GraphLayout layout = layoutGraph(graph, cancel);
            return std::pair(std::move(graph), std::move(layout));
        },
        [this, clock, generation = m_generation](const std::pair<GraphData, GraphLayout>& out) {
            if (generation != m_generation || out.second.cancelled)
                return;
            qCDebug(lcGraph) << "graph built and laid out in" << clock.elapsed() << "ms";
            QElapsedTimer copying;
            copying.start();
            m_graph = out.first;
            m_layout = out.second;
            m_filled = 0;
            // the scene deletes the layer with its other items
            m_edges = new EdgeLayer;
            m_scene->addItem(m_edges);
            qCDebug(lcGraph) << "took the result in" << copying.elapsed() << "ms";
            // the scene is filled away from the view and shown when complete: one paint
            // instead of one per slice, and no view-side processing of every added item
            m_view->setScene(nullptr);
            populate(generation);
        });
}

// Adds nodes, then edges, a slice per event-loop turn; a newer rebuild stops older slices.
void GraphView::populate(int generation) {
    if (generation != m_generation)
        return;
    QElapsedTimer slice;
    slice.start();
    const auto logSlice = qScopeGuard([&] {
        if (slice.elapsed() > 10)
            qCDebug(lcGraph) << "slice up to" << m_filled << "took" << slice.elapsed() << "ms";
    });
    const int nodeTotal = int(m_graph.nodes.size());
    const int total = nodeTotal + int(m_graph.links.size());
    for (; m_filled < total && slice.elapsed() < kSliceBudgetMs; ++m_filled) {
        if (m_filled < nodeTotal) {
            auto* item = new NodeItem(m_filled, m_graph.nodes[m_filled]);
            item->setPos(m_layout.positions[m_filled]);
            m_scene->addItem(item);
            m_nodes << item;
        } else {
            const int link = m_filled - nodeTotal;
            m_edges->addEdge(m_graph.links[link], m_layout.routes.value(link));
        }
    }
    if (m_filled < total) {
        QTimer::singleShot(0, this, [this, generation] { populate(generation); });
        return;
    }
    QElapsedTimer finishing;
    finishing.start();
    m_edges->finish();
    // from the layout, not itemsBoundingRect(): that walks every item
    QRectF bounds;
    for (const QPointF& p : std::as_const(m_layout.positions))
        bounds |= QRectF(p.x() - kNodeWidth / 2, p.y() - kNodeHeight / 2, kNodeWidth, kNodeHeight);
    m_scene->setSceneRect(bounds.adjusted(-60, -60, 60, 60));
    qCDebug(lcGraph) << "scene rect in" << finishing.elapsed() << "ms";
    m_view->setScene(m_scene);
    setBusy(false, layoutStatus());
    m_autoFit = true;
    fit();
    emit layoutFinished();
}

QString GraphView::layoutStatus() const {
    const int edges = m_edges ? m_edges->count() : 0;
    QString status = tr("%n node(s), ", nullptr, int(m_nodes.size())) +
                     tr("%n edge(s). Scroll to zoom, drag to pan.", nullptr, edges);
    if (!m_graph.issues.isEmpty())
        status += QLatin1Char(' ') +
                  tr("Graph problems: %1").arg(m_graph.issues.join(QStringLiteral("; ")));
    return status;
}

void GraphView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_status->setText(m_busy ? tr("Laying out the graph…") : layoutStatus());
    }
    QWidget::changeEvent(event);
}

void GraphView::applyMarks(int selected) {
    if (selected < 0) {
        for (NodeItem* n : std::as_const(m_nodes))
            n->setMark(NodeMark::None);
        if (m_edges) {
            for (int e = 0; e < m_edges->count(); ++e)
                m_edges->setEmphasis(e, false, false);
            m_edges->update();
        }
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
    markEdges([&marks](const GraphLink& edge) {
        return marks[edge.from] != NodeMark::Dimmed && marks[edge.to] != NodeMark::Dimmed &&
               edge.kind != GraphLink::Evolves && edge.kind != GraphLink::Converts;
    });
    m_status->setText(tr("%1 depends on %2 node(s); %3 node(s) depend on it.")
                          .arg(m_graph.nodes[selected].label)
                          .arg(m_graph.dependencies(selected).size())
                          .arg(m_graph.dependents(selected).size()));
}

bool GraphView::selectNode(const QString& label) {
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

void GraphView::highlightPath(const QStringList& labels) {
    m_scene->clearSelection();
    for (NodeItem* n : std::as_const(m_nodes))
        n->setMark(labels.contains(n->node().label) ? NodeMark::OnPath : NodeMark::Dimmed);
    markEdges([this, &labels](const GraphLink& edge) {
        return labels.contains(m_graph.nodes[edge.from].label) &&
               labels.contains(m_graph.nodes[edge.to].label);
    });
}

void GraphView::markEdges(const std::function<bool(const GraphLink&)>& lit) {
    if (!m_edges)
        return;
    for (int e = 0; e < m_edges->count(); ++e) {
        const bool on = lit(m_edges->edge(e));
        m_edges->setEmphasis(e, on, !on);
    }
    m_edges->update();
}

int GraphView::markedCount(int mark) const {
    return int(std::count_if(m_nodes.begin(), m_nodes.end(),
                             [mark](const NodeItem* n) { return int(n->mark()) == mark; }));
}

QString GraphView::statusText() const {
    return m_status->text();
}

void GraphView::search() {
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

void GraphView::fit() {
    if (!isVisible())
        return;
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (m_view->transform().m11() > 1.2)
        m_view->setTransform(QTransform::fromScale(1.2, 1.2));
}

void GraphView::zoomTo(double scale) {
    m_autoFit = false;
    m_view->setTransform(QTransform::fromScale(scale, scale));
    const auto selected = m_scene->selectedItems();
    if (!selected.isEmpty())
        m_view->centerOn(selected.first());
}

void GraphView::zoomIn() {
    m_autoFit = false;
    m_view->zoomBy(1.25);
}

void GraphView::zoomOut() {
    m_autoFit = false;
    m_view->zoomBy(1 / 1.25);
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_autoFit && !m_busy)
        fit();
}

void GraphView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_autoFit && !m_busy)
        fit();
}
void GraphView::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

QString GraphView::exportSvg(const QString& path) const {
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

QString GraphView::exportPng(const QString& path) const {
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
