#include "graphitems.h"

#include "bridge.h"

#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace strata::qt {

NodeItem::NodeItem(int index, const GraphNode& node)
    : m_index(index)
    , m_node(node) {
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setToolTip(node.label);
    setZValue(1);
}

QRectF NodeItem::boundingRect() const {
    return QRectF(-kNodeWidth / 2 - 2, -kNodeHeight / 2 - 2, kNodeWidth + 4, kNodeHeight + 4);
}

void NodeItem::setMark(NodeMark mark) {
    if (m_mark == mark)
        return;
    m_mark = mark;
    update();
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool dark = isDarkPalette();
    const QRectF box(-kNodeWidth / 2, -kNodeHeight / 2, kNodeWidth, kNodeHeight);
    QColor fill = dark ? QColor(0x3a, 0x3f, 0x47) : QColor(0xf4, 0xf6, 0xfa);
    QColor border = dark ? QColor(0x8a, 0x93, 0xa0) : QColor(0x6b, 0x76, 0x85);
    switch (m_mark) {
    case NodeMark::Selected:
        fill = QColor(0x3d, 0x7e, 0xd6);
        border = fill.darker(140);
        break;
    case NodeMark::Dependency:
        fill = effectColor(Effect::ReadOnly, dark);
        break;
    case NodeMark::Dependent:
        fill = effectColor(Effect::WriteOnly, dark);
        break;
    case NodeMark::OnPath:
        fill = effectColor(Effect::Safe, dark);
        border = QColor(0x2e, 0x7d, 0x32);
        break;
    case NodeMark::Dimmed:
        fill.setAlpha(90);
        border.setAlpha(90);
        break;
    case NodeMark::None:
        break;
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
    painter->drawText(
        box.adjusted(6, 0, -6, 0), Qt::AlignCenter,
        painter->fontMetrics().elidedText(label, Qt::ElideMiddle, int(kNodeWidth - 12)));
}

namespace {
constexpr double kCell = 512; // side of a bucket of the edge grid, in scene units

quint64 cellKey(int column, int row) {
    return (quint64(quint32(column)) << 32) | quint32(row);
}
int cellOf(double coordinate) {
    return int(std::floor(coordinate / kCell));
}
} // namespace

EdgeLayer::EdgeLayer() {
    setFlag(ItemUsesExtendedStyleOption); // for the exposed rect in paint()
    setZValue(0);
}

void EdgeLayer::addEdge(const GraphLink& link, const QVector<QPointF>& route) {
    Edge edge;
    edge.link = link;
    QPainterPath& path = edge.curve;
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
        edge.outline = QPolygonF(points);
    }
    if (path.elementCount() >= 2) {
        // the path ends in a straight segment, so its direction is the arrow's; asking the
        // path (angleAtPercent) measures every curve's length, far too slow for many edges
        const QPointF tip = path.currentPosition();
        const QPainterPath::Element before = path.elementAt(path.elementCount() - 2);
        const QLineF last(QPointF(before.x, before.y), tip);
        const double angle = qDegreesToRadians(last.angle());
        const QPointF back(-std::cos(angle) * 9, std::sin(angle) * 9);
        const QPointF side(std::sin(angle) * 4.5, std::cos(angle) * 4.5);
        edge.arrow << tip << tip + back + side << tip + back - side;
    }
    // the widest pen (emphasised, 2.6) and antialiasing fit in 2 units around the control
    // points, which bound the curve
    edge.bounds = (path.controlPointRect() | edge.arrow.boundingRect()).adjusted(-2, -2, 2, 2);
    edge.colour = link.kind == GraphLink::Evolves      ? QColor(0x90, 0x90, 0x90)
                  : link.kind == GraphLink::Converts   ? QColor(0x2e, 0x7d, 0x32)
                  : link.kind == GraphLink::ForeignKey ? QColor(0x8e, 0x44, 0xad)
                                                       : QColor(0x1f, 0x77, 0xb4);
    const int index = int(m_edges.size());
    // each bend and its neighbours bound the curve near it: bucket the route's segments
    const QPolygonF& outline = edge.outline;
    QSet<quint64> cells;
    for (int i = 0; i + 1 < outline.size(); ++i) {
        const QRectF segment =
            QRectF(outline[i], outline[i + 1]).normalized().adjusted(-12, -12, 12, 12);
        for (int column = cellOf(segment.left()); column <= cellOf(segment.right()); ++column)
            for (int row = cellOf(segment.top()); row <= cellOf(segment.bottom()); ++row)
                cells.insert(cellKey(column, row));
    }
    for (quint64 cell : std::as_const(cells))
        m_buckets[cell].append(index);
    m_pending |= edge.bounds;
    m_edges.append(std::move(edge));
}

void EdgeLayer::finish() {
    prepareGeometryChange();
    m_bounds = m_pending;
    m_seen.fill(0, m_edges.size());
}

QRectF EdgeLayer::boundingRect() const {
    return m_bounds;
}

void EdgeLayer::setEmphasis(int index, bool emphasised, bool dimmed) {
    m_edges[index].emphasised = emphasised;
    m_edges[index].dimmed = dimmed;
}

QVector<int> EdgeLayer::edgesIn(const QRectF& rect) const {
    QVector<int> found;
    if (rect.contains(m_bounds)) {
        found.resize(m_edges.size());
        std::iota(found.begin(), found.end(), 0);
        return found;
    }
    if (m_seen.size() != m_edges.size())
        m_seen.fill(0, m_edges.size());
    if (++m_query == 0) { // wrapped: forget every older query
        m_seen.fill(0);
        m_query = 1;
    }
    const QRectF area = rect & m_bounds;
    if (area.isEmpty())
        return found;
    for (int column = cellOf(area.left()); column <= cellOf(area.right()); ++column) {
        for (int row = cellOf(area.top()); row <= cellOf(area.bottom()); ++row) {
            const auto bucket = m_buckets.constFind(cellKey(column, row));
            if (bucket == m_buckets.cend())
                continue;
            for (int index : *bucket) {
                if (m_seen[index] == m_query || !m_edges[index].bounds.intersects(area))
                    continue;
                m_seen[index] = m_query;
                found.append(index);
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

QColor EdgeLayer::colourOf(const Edge& edge) const {
    QColor colour = edge.colour;
    if (edge.dimmed)
        colour.setAlpha(50);
    return colour;
}

void EdgeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const QVector<int> visible = edgesIn(exposed);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // the view does not save the painter state per item (DontSavePainterState): set it all;
    // emphasised edges go on top, as they are what a selection is about
    for (bool emphasised : {false, true}) {
        if (lod < 0.3)
            paintOutlines(painter, visible, emphasised);
        else
            paintCurves(painter, visible, emphasised);
    }
}

// Far out: the routes' polylines are all that can be seen, and far cheaper than the curves;
// they are drawn a colour at a time.
void EdgeLayer::paintOutlines(QPainter* painter, const QVector<int>& edges, bool emphasised) const {
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    QHash<QRgb, QVector<int>> byColour;
    for (int index : edges) {
        const Edge& edge = m_edges[index];
        if (edge.emphasised == emphasised)
            byColour[colourOf(edge).rgba()].append(index);
    }
    for (auto group = byColour.cbegin(); group != byColour.cend(); ++group) {
        painter->setPen(QPen(QColor::fromRgba(group.key()), 0));
        for (int index : group.value())
            painter->drawPolyline(m_edges[index].outline);
    }
}

void EdgeLayer::paintCurves(QPainter* painter, const QVector<int>& edges, bool emphasised) const {
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int index : edges) {
        const Edge& edge = m_edges[index];
        if (edge.emphasised != emphasised)
            continue;
        const QColor colour = colourOf(edge);
        QPen pen(colour, edge.emphasised ? 2.6 : 1.3);
        if (edge.link.kind == GraphLink::Evolves || edge.link.kind == GraphLink::Converts)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(edge.curve);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(edge.arrow);
    }
}

} // namespace strata::qt
