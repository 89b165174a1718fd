#include "graphitems.h"

#include "bridge.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace strata::qt {

NodeItem::NodeItem(int index, const GraphNode& node) : m_index(index), m_node(node)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setToolTip(node.label);
    setZValue(1);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-kNodeWidth / 2 - 2, -kNodeHeight / 2 - 2, kNodeWidth + 4, kNodeHeight + 4);
}

void NodeItem::setMark(NodeMark mark)
{
    if (m_mark == mark)
        return;
    m_mark = mark;
    update();
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const bool dark = isDarkPalette();
    const QRectF box(-kNodeWidth / 2, -kNodeHeight / 2, kNodeWidth, kNodeHeight);
    QColor fill = dark ? QColor(0x3a, 0x3f, 0x47) : QColor(0xf4, 0xf6, 0xfa);
    QColor border = dark ? QColor(0x8a, 0x93, 0xa0) : QColor(0x6b, 0x76, 0x85);
    switch (m_mark) {
    case NodeMark::Selected: fill = QColor(0x3d, 0x7e, 0xd6); border = fill.darker(140); break;
    case NodeMark::Dependency: fill = effectColor(Effect::ReadOnly, dark); break;
    case NodeMark::Dependent: fill = effectColor(Effect::WriteOnly, dark); break;
    case NodeMark::OnPath: fill = effectColor(Effect::Safe, dark); border = QColor(0x2e, 0x7d, 0x32); break;
    case NodeMark::Dimmed: fill.setAlpha(90); border.setAlpha(90); break;
    case NodeMark::None: break;
    }
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // the view does not save the painter state per item (DontSavePainterState): set it all
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.25);
    painter->setBrush(fill);
    if (lod < 0.25) {
        // far out: a filled box; outlines and text would be sub-pixel anyway
        painter->setPen(Qt::NoPen);
        painter->drawRect(box);
        return;
    }
    painter->setPen(QPen(border, m_mark == NodeMark::Selected ? 2.5 : 1.2));
    painter->drawRoundedRect(box, 6, 6);
    QColor text = m_mark == NodeMark::Selected ? Qt::white : (dark ? Qt::white : Qt::black);
    if (m_mark == NodeMark::Dimmed)
        text.setAlpha(110);
    painter->setPen(text);
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QString& label = m_node.label;
    painter->drawText(box.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                      painter->fontMetrics().elidedText(label, Qt::ElideMiddle,
                                                        int(kNodeWidth - 12)));
}

EdgeItem::EdgeItem(const GraphLink& edge, const QVector<QPointF>& route) : m_edge(edge)
{
    QPainterPath path;
    if (route.size() >= 2) {
        // clip the ends to the node boxes: leave the source below or above, enter likewise
        QVector<QPointF> points = route;
        const double h = kNodeHeight / 2;
        const QPointF& first = points.first();
        const QPointF& second = points[1];
        points.first().ry() += second.y() >= first.y() ? h : -h;
        const QPointF& before = points[points.size() - 2];
        points.last().ry() += before.y() >= points.last().y() ? h : -h;
        path.moveTo(points.first());
        // a smooth curve through the bends: straight to the first midpoint, then quadratic
        // segments with each bend as control point
        for (int i = 1; i + 1 < points.size(); ++i)
            path.quadTo(points[i], (points[i] + points[i + 1]) / 2);
        path.lineTo(points.last());
        m_outline = QPolygonF(points);
    }
    setPath(path);
    if (path.elementCount() >= 2) {
        // the path ends in a straight segment, so its direction is the arrow's; asking the
        // path (angleAtPercent) measures every curve's length, far too slow for many edges
        const QPointF tip = path.currentPosition();
        const QPainterPath::Element before = path.elementAt(path.elementCount() - 2);
        const QLineF last(QPointF(before.x, before.y), tip);
        const double angle = qDegreesToRadians(last.angle());
        const QPointF back(-std::cos(angle) * 9, std::sin(angle) * 9);
        const QPointF side(std::sin(angle) * 4.5, std::cos(angle) * 4.5);
        m_arrow << tip << tip + back + side << tip + back - side;
    }
    // the widest pen (emphasised, 2.6) and antialiasing fit in 2 units around the control
    // points; QGraphicsPathItem would stroke the whole path to find its bounds
    m_bounds = (path.controlPointRect() | m_arrow.boundingRect()).adjusted(-2, -2, 2, 2);
    m_colour = edge.kind == GraphLink::Evolves      ? QColor(0x90, 0x90, 0x90)
               : edge.kind == GraphLink::Converts   ? QColor(0x2e, 0x7d, 0x32)
               : edge.kind == GraphLink::ForeignKey ? QColor(0x8e, 0x44, 0xad)
                                                    : QColor(0x1f, 0x77, 0xb4);
    setEmphasis(false, false);
}

QRectF EdgeItem::boundingRect() const { return m_bounds; }

void EdgeItem::setEmphasis(bool emphasised, bool dimmed)
{
    QColor colour = m_colour;
    if (dimmed)
        colour.setAlpha(50);
    QPen pen(colour, emphasised ? 2.6 : 1.3);
    if (m_edge.kind == GraphLink::Evolves || m_edge.kind == GraphLink::Converts)
        pen.setStyle(Qt::DashLine);
    setPen(pen);
    setZValue(emphasised ? 0.5 : 0);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        // far out: the route's polyline is all that can be seen, and far cheaper than the curve
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(pen().color(), 0));
        painter->drawPolyline(m_outline);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QGraphicsPathItem::paint(painter, option, widget);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(m_arrow);
}

} // namespace strata::qt
