#include "graphview.h"

#include "bridge.h"
#include "graphitems.h"
#include "jobrunner.h"
#include "workspacedocument.h"

#include <QBuffer>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

Q_LOGGING_CATEGORY(lcGraph, "strata.views.graph", QtWarningMsg)

namespace strata::qt {

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
    connect(document, &WorkspaceDocument::workspaceReset, this, &GraphView::rebuild);
    connect(document, &WorkspaceDocument::structureChanged, this, &GraphView::rebuild);
}

GraphView::~GraphView() {
    // the scene outlives this object's members; its items must not call back into them
    if (m_nodes)
        m_nodes->setPressHandler({});
    m_nodes = nullptr;
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

int GraphView::nodeCount() const {
    return m_nodes ? m_nodes->count() : 0;
}

// Swaps in an empty scene; the old one goes with its two layers at the next event-loop turn.
void GraphView::clearScene() {
    if (m_nodes)
        m_nodes->setPressHandler({});
    m_nodes = nullptr;
    m_edges = nullptr;
    m_selected = -1;
    QGraphicsScene* old = m_scene;
    m_scene = newScene();
    m_view->setScene(m_scene);
    old->deleteLater();
}

// What the layout job hands the GUI thread: the graph and its two layers, filled and ready to
// add to the scene. Items outside a scene may be built on any thread.
struct LaidOutGraph {
    GraphData graph;
    std::unique_ptr<NodeLayer> nodes;
    std::unique_ptr<EdgeLayer> edges;
    bool cancelled = false;
};

namespace {
constexpr double kMaxFitScale = 1.2; // fitting never zooms in further than this

// The scene rectangle around the nodes' bounds.
QRectF sceneRectAround(const QRectF& nodes) {
    return nodes.adjusted(-58, -58, 58, 58);
}

// The zoom that shows all of `scene` in a viewport of `viewport` pixels, with a 2-pixel margin.
double fitScale(const QRectF& scene, const QSize& viewport) {
    if (scene.isEmpty() || viewport.isEmpty())
        return 1;
    return std::min({(viewport.width() - 4) / scene.width(),
                     (viewport.height() - 4) / scene.height(), kMaxFitScale});
}

// Builds and lays out the graph and fills its layers; the edges' far-out picture is drawn for
// the zoom that fits a viewport of `viewport` pixels, the one the graph is first shown at.
std::shared_ptr<LaidOutGraph> layOut(const Workspace& workspace, bool collapsed,
                                     const CancelToken& cancel, const QSize& viewport,
                                     qreal pixelRatio) {
    auto out = std::make_shared<LaidOutGraph>();
    out->graph = buildGraph(workspace, collapsed);
    const GraphLayout layout = layoutGraph(out->graph, cancel);
    out->cancelled = layout.cancelled;
    if (out->cancelled)
        return out;
    out->nodes = std::make_unique<NodeLayer>();
    for (int i = 0; i < out->graph.nodes.size(); ++i)
        out->nodes->addNode(out->graph.nodes[i], layout.positions[i]);
    out->nodes->finish();
    out->edges = std::make_unique<EdgeLayer>();
    for (int i = 0; i < out->graph.links.size(); ++i)
        out->edges->addEdge(out->graph.links[i], layout.routes.value(i));
    out->edges->finish();
    const double scale = fitScale(sceneRectAround(out->nodes->boundingRect()), viewport);
    out->edges->preparePicture(QTransform::fromScale(scale, scale), pixelRatio);
    return out;
}
} // namespace

void GraphView::rebuild() {
    ++m_generation;
    clearScene();
    setBusy(true, tr("Laying out the graph…"));
    QElapsedTimer clock;
    clock.start();
    // the snapshot copy is the only part on the GUI thread; building, layout and filling the
    // layers are not
    m_jobs->run(
        QStringLiteral("graph-layout"), this,
        [snapshot = m_document->workspace(), collapsed = m_collapse->isChecked(),
         viewport = m_view->viewport()->size(),
         ratio = m_view->devicePixelRatioF()](const CancelToken& cancel) {
            return layOut(snapshot, collapsed, cancel, viewport, ratio);
        },
        [this, clock, generation = m_generation](const std::shared_ptr<LaidOutGraph>& out) {
            if (generation != m_generation || out->cancelled)
                return;
            qCDebug(lcGraph) << "graph built and laid out in" << clock.elapsed() << "ms";
            adopt(*out);
        });
}

void GraphView::adopt(LaidOutGraph& out) {
    m_graph = std::move(out.graph);
    // the scene owns the layers from here
    m_nodes = out.nodes.release();
    m_edges = out.edges.release();
    m_nodes->setPressHandler([this](int node) { select(node); });
    m_scene->addItem(m_edges);
    m_scene->addItem(m_nodes);
    m_scene->setSceneRect(sceneRectAround(m_nodes->boundingRect()));
    setBusy(false, layoutStatus());
    m_autoFit = true;
    fit();
    emit layoutFinished();
}

QString GraphView::layoutStatus() const {
    const int edges = m_edges ? m_edges->count() : 0;
    QString status = tr("%n node(s), ", nullptr, nodeCount()) +
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

void GraphView::select(int node) {
    if (!m_nodes || node == m_selected)
        return;
    m_selected = node;
    applyMarks(node);
    if (node >= 0 && !m_nodes->node(node).version.isEmpty())
        emit versionActivated(m_nodes->node(node).label);
}

void GraphView::applyMarks(int selected) {
    if (selected < 0) {
        for (int i = 0; i < m_nodes->count(); ++i)
            m_nodes->setMark(i, NodeMark::None);
        m_nodes->update();
        for (int e = 0; e < m_edges->count(); ++e)
            m_edges->setEmphasis(e, false, false);
        m_edges->update();
        m_status->setText(layoutStatus());
        return;
    }
    QVector<NodeMark> marks(m_nodes->count(), NodeMark::Dimmed);
    for (int i : m_graph.dependencies(selected))
        marks[i] = NodeMark::Dependency;
    for (int i : m_graph.dependents(selected))
        marks[i] = NodeMark::Dependent;
    marks[selected] = NodeMark::Selected;
    for (int i = 0; i < marks.size(); ++i)
        m_nodes->setMark(i, marks[i]);
    m_nodes->update();
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
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_nodes->node(i).label != label)
            continue;
        select(i);
        m_view->centerOn(m_nodes->centre(i));
        return true;
    }
    return false;
}

void GraphView::highlightPath(const QStringList& labels) {
    if (!m_nodes)
        return;
    m_selected = -1;
    for (int i = 0; i < m_nodes->count(); ++i)
        m_nodes->setMark(i, labels.contains(m_nodes->node(i).label) ? NodeMark::OnPath
                                                                    : NodeMark::Dimmed);
    m_nodes->update();
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
    int marked = 0;
    for (int i = 0; i < nodeCount(); ++i)
        marked += int(m_nodes->mark(i)) == mark;
    return marked;
}

QString GraphView::statusText() const {
    return m_status->text();
}

void GraphView::search() {
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_nodes->node(i).label.contains(text, Qt::CaseInsensitive)) {
            selectNode(m_nodes->node(i).label);
            return;
        }
    }
    m_status->setText(tr("Nothing matches \"%1\".").arg(text));
}

void GraphView::fit() {
    if (!isVisible())
        return;
    const QRectF scene = m_scene->sceneRect();
    const double scale = fitScale(scene, m_view->viewport()->size());
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(scene.center());
}

void GraphView::zoomTo(double scale) {
    m_autoFit = false;
    m_view->setTransform(QTransform::fromScale(scale, scale));
    if (m_selected >= 0)
        m_view->centerOn(m_nodes->centre(m_selected));
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
    QBuffer buffer; // written out whole, so a failed export leaves the old file as it was
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(rect.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    svg.setTitle(tr("Strata dependency graph"));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("Cannot write %1.").arg(path);
    m_scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();
    if (const QString error = atomicWrite(path, buffer.data()); !error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, error);
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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return tr("Cannot write %1.").arg(path);
    if (const QString error = atomicWrite(path, buffer.data()); !error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, error);
    return {};
}

} // namespace strata::qt
