#pragma once

// Scene items of the dependency graph: one layer drawing every node as a rounded box, and one
// layer drawing every edge as a curve with an arrowhead. A scene of thousands of versions holds
// just these two items: one item per node or edge made the scene's bookkeeping of the items
// (adding, showing, the first paint) stall the GUI thread. Both layers draw only what a paint
// exposes, and less detail when zoomed far out.

#include "graphdata.h"

#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPolygonF>
#include <functional>
#include <memory>

namespace strata::qt {

enum class NodeMark { None, Selected, Dependency, Dependent, Dimmed, OnPath };

// A grid of square cells over the scene, each listing the entries with a part in it; finds the
// entries near a rectangle without looking at the others.
class BucketGrid {
public:
    // Files entry `index` under every cell `area` touches; entries come in ascending order.
    void insert(int index, const QRectF& area);
    // The entries filed under a cell `area` touches for which `hits(index)` holds, each once,
    // in ascending order.
    QVector<int> query(const QRectF& area, const std::function<bool(int)>& hits) const;

private:
    QHash<quint64, QVector<int>> m_cells;
    int m_entries = 0;
    mutable QVector<quint32> m_seen; // per entry: the query that last reported it
    mutable quint32 m_query = 0;
};

// Every node of the graph in one item. A press on a node selects it (the press handler gets
// its index, or -1 for empty space, where the press goes on to pan the view); hovering shows
// the node's label as the tooltip.
class NodeLayer : public QGraphicsItem {
public:
    NodeLayer();

    // Adds a node centred on `centre`; the bounds grow only at finish().
    void addNode(const GraphNode& node, const QPointF& centre);
    // Takes the bounds of every added node; call once after the last addNode().
    void finish();
    int count() const { return int(m_nodes.size()); }
    const GraphNode& node(int index) const { return m_nodes[index].node; }
    QPointF centre(int index) const { return m_nodes[index].centre; }
    // Marks a node; call update() after marking a batch.
    void setMark(int index, NodeMark mark) { m_nodes[index].mark = mark; }
    NodeMark mark(int index) const { return m_nodes[index].mark; }
    // The node whose box holds `point` (scene coordinates), or -1.
    int nodeAt(const QPointF& point) const;
    // The nodes whose boxes intersect `rect`, in the order they were added.
    QVector<int> nodesIn(const QRectF& rect) const;
    void setPressHandler(std::function<void(int node)> handler) { m_onPress = std::move(handler); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    struct Node {
        GraphNode node;
        QPointF centre;
        QRectF box;
        NodeMark mark = NodeMark::None;
        mutable QString elided; // the label as it fits the box; made at the first close paint
    };
    void paintBoxes(QPainter* painter, const QVector<int>& nodes) const;
    void paintNode(QPainter* painter, const Node& node) const;

    QVector<Node> m_nodes;
    BucketGrid m_grid;
    QRectF m_pending; // bounds of all nodes, taken at finish()
    QRectF m_bounds;
    std::function<void(int)> m_onPress;
};

// Every edge of the graph in one item, above which the nodes are drawn. Zoomed far out, a view
// shows a picture of all the edges that a worker thread draws at the view's scale; until it is
// there, a straight line per edge stands in. Drawing the hundreds of thousands of route
// segments of a large graph took the GUI thread far over a frame.
class EdgeLayer : public QGraphicsItem {
public:
    EdgeLayer();
    ~EdgeLayer() override;

    // Adds an edge; `route` runs from the source node's centre to the target's, through the
    // layout's bends. The bounds grow only at finish(), once after the last edge.
    void addEdge(const GraphLink& edge, const QVector<QPointF>& route);
    // Takes the bounds of every added edge; call once after the last addEdge().
    void finish();
    int count() const { return int(m_edges.size()); }
    const GraphLink& edge(int index) const { return m_edges[index].link; }
    // Marks an edge; an emphasised edge is drawn wider and above the others. Call update() after
    // marking a batch.
    void setEmphasis(int index, bool emphasised, bool dimmed);
    bool isEmphasised(int index) const { return m_edges[index].emphasised; }
    bool isDimmed(int index) const { return m_edges[index].dimmed; }
    // The edges whose bounds intersect `rect`, in the order they were added.
    QVector<int> edgesIn(const QRectF& rect) const;
    // Whether a view has a finished picture of the edges at `transform`'s scale.
    bool hasPictureFor(const QTransform& transform) const;
    // Draws the far-out picture at `scale` (a transform without translation) on the calling
    // thread, if that scale is far out; for a layer not in a scene yet, so that the first paint
    // at about that scale has a picture to show.
    void preparePicture(const QTransform& scale, qreal pixelRatio);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // One colour's segments, drawn in one call; batches are drawn in order.
    struct OutlineBatch {
        QRgb colour;
        QVector<int> edges;
    };

private:
    struct Edge {
        GraphLink link;
        QPainterPath curve;
        QPolygonF arrow;
        QRectF bounds;
        QColor colour;
        bool emphasised = false;
        bool dimmed = false;
    };
    // The edges' picture at one scale, drawn by a worker.
    struct Picture {
        QImage image;
        QTransform scale;   // the view's transform without its translation
        quint64 marks = 0;  // m_marks when it was drawn
        QTransform toImage; // scene to the image's logical pixels
    };
    QColor colourOf(const Edge& edge) const;
    QVector<OutlineBatch> outlineBatches(const QVector<int>& edges) const;
    void paintCurves(QPainter* painter, const QVector<int>& edges, bool emphasised) const;
    // Draws the picture for the painter's transform if there is one, otherwise asks a worker for
    // it and draws the stand-in; false when the picture would be too large to keep.
    bool paintPicture(QPainter* painter);
    void paintChords(QPainter* painter) const;
    struct PictureJob;
    PictureJob pictureJob(const QTransform& scale, qreal pixelRatio) const;
    bool fitsPicture(const QTransform& scale, qreal pixelRatio) const;
    void drawPicture(const QTransform& scale, qreal pixelRatio);

    QVector<Edge> m_edges;
    // the clipped routes, drawn instead of the curves when zoomed far out; shared with the
    // worker drawing the picture, and not changed after finish()
    std::shared_ptr<QVector<QPolygonF>> m_outlines;
    BucketGrid m_grid;
    QRectF m_pending; // bounds of all edges, taken at finish()
    QRectF m_bounds;
    quint64 m_marks = 0; // bumps on every change of emphasis
    Picture m_picture;
    std::unique_ptr<QFutureWatcher<QImage>> m_drawing; // the worker's picture, while it draws
};

} // namespace strata::qt
