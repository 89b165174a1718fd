#pragma once

// Scene items of the dependency graph: a rounded box per node, and one layer drawing every
// edge as a curve with an arrowhead. Both draw less detail when zoomed far out, so large
// graphs stay fast.

#include "graphdata.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPainterPath>
#include <QPolygonF>

namespace strata::qt {

enum class NodeMark { None, Selected, Dependency, Dependent, Dimmed, OnPath };

class NodeItem : public QGraphicsItem {
public:
    NodeItem(int index, const GraphNode& node);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    int index() const { return m_index; }
    const GraphNode& node() const { return m_node; }
    void setMark(NodeMark mark);
    NodeMark mark() const { return m_mark; }

private:
    int m_index;
    GraphNode m_node;
    NodeMark m_mark = NodeMark::None;
};

// Every edge of the graph in one item: a scene of thousands of versions has three times as many
// edges, and one item per edge made a single paint and the scene's bookkeeping of the items
// stall the GUI thread. A grid of buckets over the edges' segments finds the edges a paint
// exposes, so zoomed in only the visible edges are drawn.
class EdgeLayer : public QGraphicsItem {
public:
    EdgeLayer();

    // Adds an edge; `route` runs from the source node's centre to the target's, through the
    // layout's bends. The bounds grow only at finish(), so edges may be added in slices.
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

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Edge {
        GraphLink link;
        QPainterPath curve;
        QPolygonF arrow;
        QPolygonF outline; // the clipped route, drawn instead of the curve when zoomed far out
        QRectF bounds;
        QColor colour;
        bool emphasised = false;
        bool dimmed = false;
    };
    QColor colourOf(const Edge& edge) const;
    void paintOutlines(QPainter* painter, const QVector<int>& edges, bool emphasised) const;
    void paintCurves(QPainter* painter, const QVector<int>& edges, bool emphasised) const;

    QVector<Edge> m_edges;
    QHash<quint64, QVector<int>> m_buckets; // grid cell -> edges with a segment through it
    QRectF m_pending;                       // bounds of all edges, taken at finish()
    QRectF m_bounds;
    mutable QVector<quint32> m_seen; // per edge: the query that last reported it
    mutable quint32 m_query = 0;
};

} // namespace strata::qt
