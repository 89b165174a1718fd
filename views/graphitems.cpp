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
    setToolTip(node.versions > 1 ? QObject::tr("%1 (%n versions)", nullptr, node.versions)
                                        .arg(node.label)
                                 : node.label);
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
    painter->setPen(QPen(border, m_mark == NodeMark::Selected ? 2.5 : 1.2));
    painter->setBrush(fill);
    if (lod < 0.25) {
        painter->drawRect(box);
        return;
    }
    painter->drawRoundedRect(box, 6, 6);
    QColor text = m_mark == NodeMark::Selected ? Qt::white : (dark ? Qt::white : Qt::black);
    if (m_mark == NodeMark::Dimmed)
        text.setAlpha(110);
    painter->setPen(text);
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QString label = m_node.version.isEmpty()
                              ? QStringLiteral("%1  ·  %2").arg(m_node.typeName).arg(m_node.versions)
                              : m_node.label;
    painter->drawText(box.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                      painter->fontMetrics().elidedText(label, Qt::ElideMiddle,
                                                        int(kNodeWidth - 12)));
}

EdgeItem::EdgeItem(const GraphEdge& edge, QPointF from, QPointF to) : m_edge(edge)
{
    QPainterPath path;
    QPointF start = from, end = to;
    if (edge.kind == GraphEdge::Evolves) {
        start.rx() += kNodeWidth / 2;
        end.rx() -= kNodeWidth / 2;
        path.moveTo(start);
        path.lineTo(end);
    } else {
        // leave from the bottom or top edge, whichever faces the target
        const double dir = to.y() >= from.y() ? 1 : -1;
        start.ry() += dir * kNodeHeight / 2;
        end.ry() -= dir * kNodeHeight / 2;
        if (qFuzzyCompare(from.y(), to.y())) {
            start = from + QPointF(0, kNodeHeight / 2);
            end = to + QPointF(0, kNodeHeight / 2);
            path.moveTo(start);
            path.cubicTo(start + QPointF(0, 40), end + QPointF(0, 40), end);
        } else {
            const double bend = std::max(30.0, std::abs(end.y() - start.y()) / 2);
            path.moveTo(start);
            path.cubicTo(start + QPointF(0, dir * bend), end - QPointF(0, dir * bend), end);
        }
    }
    setPath(path);
    const double angle = qDegreesToRadians(path.angleAtPercent(1.0));
    const QPointF tip = path.pointAtPercent(1.0);
    const QPointF back(-std::cos(angle) * 9, std::sin(angle) * 9);
    const QPointF side(std::sin(angle) * 4.5, std::cos(angle) * 4.5);
    m_arrow << tip << tip + back + side << tip + back - side;
    m_colour = edge.kind == GraphEdge::Evolves      ? QColor(0x90, 0x90, 0x90)
               : edge.kind == GraphEdge::ForeignKey ? QColor(0x8e, 0x44, 0xad)
                                                    : QColor(0x1f, 0x77, 0xb4);
    setEmphasis(false, false);
}

void EdgeItem::setEmphasis(bool emphasised, bool dimmed)
{
    QColor colour = m_colour;
    if (dimmed)
        colour.setAlpha(50);
    QPen pen(colour, emphasised ? 2.6 : 1.3);
    if (m_edge.kind == GraphEdge::Evolves)
        pen.setStyle(Qt::DashLine);
    setPen(pen);
    setZValue(emphasised ? 0.5 : 0);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    QGraphicsPathItem::paint(painter, option, widget);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(m_arrow);
}

} // namespace strata::qt
