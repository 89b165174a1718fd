#pragma once

// Scene items of the dependency graph: a rounded box per node, a curve with an arrowhead per
// edge. Both draw less detail when zoomed far out, so large graphs stay fast.

#include "graphdata.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace strata::qt {

enum class NodeMark { None, Selected, Dependency, Dependent, Dimmed, OnPath };

class NodeItem : public QGraphicsItem {
public:
    NodeItem(int index, const GraphNode& node);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget) override;

    int index() const { return m_index; }
    const GraphNode& node() const { return m_node; }
    void setMark(NodeMark mark);
    NodeMark mark() const { return m_mark; }

private:
    int m_index;
    GraphNode m_node;
    NodeMark m_mark = NodeMark::None;
};

class EdgeItem : public QGraphicsPathItem {
public:
    // `route` runs from the source node's centre to the target's, through the layout's bends.
    EdgeItem(const GraphLink& edge, const QVector<QPointF>& route);
    const GraphLink& edge() const { return m_edge; }
    void setEmphasis(bool emphasised, bool dimmed);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget) override;

private:
    GraphLink m_edge;
    QPolygonF m_arrow;
    QPolygonF m_outline; // the clipped route, drawn instead of the curve when zoomed far out
    QRectF m_bounds;
    QColor m_colour;
};

} // namespace strata::qt
