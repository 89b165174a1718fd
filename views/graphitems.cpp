#include "graphitems.h"

#include "bridge.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace strata::qt {

namespace {
constexpr double kCell = 512;     // side of a grid cell, in scene units
constexpr qreal kCloseLod = 0.25; // below this zoom, nodes are plain boxes and edges polylines
constexpr qreal kMaxPicturePixels = 8e6; // the largest picture of the edges kept (32 MB)

quint64 cellKey(int column, int row) {
    return (quint64(quint32(column)) << 32) | quint32(row);
}
int cellOf(double coordinate) {
    return int(std::floor(coordinate / kCell));
}

struct NodeColours {
    QColor fill;
    QColor border;
    QColor text;
};

NodeColours coloursOf(NodeMark mark, bool dark) {
    NodeColours c{dark ? QColor(0x3a, 0x3f, 0x47) : QColor(0xf4, 0xf6, 0xfa),
                  dark ? QColor(0x8a, 0x93, 0xa0) : QColor(0x6b, 0x76, 0x85),
                  dark ? QColor(Qt::white) : QColor(Qt::black)};
    switch (mark) {
    case NodeMark::Selected:
        c.fill = QColor(0x3d, 0x7e, 0xd6);
        c.border = c.fill.darker(140);
        c.text = Qt::white;
        break;
    case NodeMark::Dependency:
        c.fill = effectColor(Effect::ReadOnly, dark);
        break;
    case NodeMark::Dependent:
        c.fill = effectColor(Effect::WriteOnly, dark);
        break;
    case NodeMark::OnPath:
        c.fill = effectColor(Effect::Safe, dark);
        c.border = QColor(0x2e, 0x7d, 0x32);
        break;
    case NodeMark::Dimmed:
        c.fill.setAlpha(90);
        c.border.setAlpha(90);
        c.text.setAlpha(110);
        break;
    case NodeMark::None:
        break;
    }
    return c;
}

// 0, 1, …, count − 1: every node or edge of a layer.
QVector<int> indicesUpTo(int count) {
    QVector<int> all(count);
    std::iota(all.begin(), all.end(), 0);
    return all;
}

// The view's transform without its translation: what a picture of the edges depends on.
QTransform scaleOf(const QTransform& world) {
    return QTransform(world.m11(), world.m12(), world.m21(), world.m22(), 0, 0);
}

// Far out, the routes' polylines are all that can be seen, and far cheaper than the curves.
// They are drawn a batch at a time, as one call of line segments each, leaving out bends closer
// than `step` (scene units) to the previous point drawn: at the fitted zoom of a large graph
// most bends are within two pixels of each other.
void drawOutlines(QPainter* painter, const QVector<QPolygonF>& outlines,
                  const QVector<EdgeLayer::OutlineBatch>& batches, qreal step) {
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    QVector<QLineF> lines;
    for (const EdgeLayer::OutlineBatch& batch : batches) {
        lines.clear();
        for (int index : batch.edges) {
            const QPolygonF& route = outlines[index];
            if (route.isEmpty())
                continue;
            QPointF from = route.first();
            for (int i = 1; i < route.size(); ++i) {
                if (i + 1 < route.size() && (route[i] - from).manhattanLength() < step)
                    continue;
                lines.append(QLineF(from, route[i]));
                from = route[i];
            }
        }
        painter->setPen(QPen(QColor::fromRgba(batch.colour), 0));
        painter->drawLines(lines.constData(), int(lines.size()));
    }
}
} // namespace

void BucketGrid::insert(int index, const QRectF& area) {
    for (int column = cellOf(area.left()); column <= cellOf(area.right()); ++column) {
        for (int row = cellOf(area.top()); row <= cellOf(area.bottom()); ++row) {
            QVector<int>& cell = m_cells[cellKey(column, row)];
            if (cell.isEmpty() || cell.last() != index) // an entry filed with several areas
                cell.append(index);
        }
    }
    m_entries = std::max(m_entries, index + 1);
}

QVector<int> BucketGrid::query(const QRectF& area, const std::function<bool(int)>& hits) const {
    QVector<int> found;
    if (area.isEmpty())
        return found;
    if (m_seen.size() != m_entries)
        m_seen.fill(0, m_entries);
    if (++m_query == 0) { // wrapped: forget every older query
        m_seen.fill(0);
        m_query = 1;
    }
    for (int column = cellOf(area.left()); column <= cellOf(area.right()); ++column) {
        for (int row = cellOf(area.top()); row <= cellOf(area.bottom()); ++row) {
            const auto cell = m_cells.constFind(cellKey(column, row));
            if (cell == m_cells.cend())
                continue;
            for (int index : *cell) {
                if (m_seen[index] == m_query || !hits(index))
                    continue;
                m_seen[index] = m_query;
                found.append(index);
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

NodeLayer::NodeLayer() {
    setFlag(ItemUsesExtendedStyleOption); // for the exposed rect in paint()
    setAcceptHoverEvents(true);
    setZValue(1);
}

void NodeLayer::addNode(const GraphNode& node, const QPointF& centre) {
    const QRectF box(centre.x() - kNodeWidth / 2, centre.y() - kNodeHeight / 2, kNodeWidth,
                     kNodeHeight);
    // the selected node's 2.5 pen and antialiasing stay within 2 units of the box
    const QRectF painted = box.adjusted(-2, -2, 2, 2);
    m_grid.insert(int(m_nodes.size()), painted);
    m_pending |= painted;
    m_nodes.append(Node{node, centre, box});
}

void NodeLayer::finish() {
    prepareGeometryChange();
    m_bounds = m_pending;
}

QRectF NodeLayer::boundingRect() const {
    return m_bounds;
}

QVector<int> NodeLayer::nodesIn(const QRectF& rect) const {
    if (rect.contains(m_bounds))
        return indicesUpTo(count());
    const QRectF area = rect & m_bounds;
    return m_grid.query(area, [this, &area](int index) {
        return m_nodes[index].box.adjusted(-2, -2, 2, 2).intersects(area);
    });
}

int NodeLayer::nodeAt(const QPointF& point) const {
    const QVector<int> near = m_grid.query(QRectF(point, QSizeF(0.01, 0.01)), [this, point](int i) {
        return m_nodes[i].box.contains(point);
    });
    return near.isEmpty() ? -1 : near.last(); // the last added is drawn on top
}

void NodeLayer::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    const int node = nodeAt(event->scenePos());
    if (m_onPress)
        m_onPress(node);
    if (node < 0)
        event->ignore(); // empty space: the view pans
    else
        event->accept();
}

void NodeLayer::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    const int node = nodeAt(event->scenePos());
    setToolTip(node < 0 ? QString() : m_nodes[node].node.label);
    if (node < 0)
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
}

void NodeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const QVector<int> visible = nodesIn(exposed);
    // the view does not save the painter state per item (DontSavePainterState): set it all
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kCloseLod) {
        paintBoxes(painter, visible);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    for (int index : visible)
        paintNode(painter, m_nodes[index]);
}

// Far out: outlines and text would be sub-pixel; a filled box per node, a mark at a time.
void NodeLayer::paintBoxes(QPainter* painter, const QVector<int>& nodes) const {
    const bool dark = isDarkPalette();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    QHash<int, QVector<QRectF>> byMark;
    for (int index : nodes)
        byMark[int(m_nodes[index].mark)].append(m_nodes[index].box);
    for (auto group = byMark.cbegin(); group != byMark.cend(); ++group) {
        painter->setBrush(coloursOf(NodeMark(group.key()), dark).fill);
        painter->drawRects(group.value().constData(), int(group.value().size()));
    }
}

void NodeLayer::paintNode(QPainter* painter, const Node& node) const {
    const NodeColours colours = coloursOf(node.mark, isDarkPalette());
    painter->setBrush(colours.fill);
    painter->setPen(QPen(colours.border, node.mark == NodeMark::Selected ? 2.5 : 1.2));
    painter->drawRoundedRect(node.box, 6, 6);
    if (node.elided.isNull())
        node.elided = painter->fontMetrics().elidedText(node.node.label, Qt::ElideMiddle,
                                                        int(kNodeWidth - 12));
    painter->setPen(colours.text);
    painter->drawText(node.box.adjusted(6, 0, -6, 0), Qt::AlignCenter, node.elided);
}

EdgeLayer::EdgeLayer()
    : m_outlines(std::make_shared<QVector<QPolygonF>>()) {
    setFlag(ItemUsesExtendedStyleOption); // for the exposed rect in paint()
    setZValue(0);
}

// A picture still being drawn finishes on its own, with its own share of the outlines.
EdgeLayer::~EdgeLayer() = default;

void EdgeLayer::addEdge(const GraphLink& link, const QVector<QPointF>& route) {
    Edge edge;
    QPolygonF outline;
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
        outline = QPolygonF(points);
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
    // each bend and its neighbours bound the curve near it: file the route's segments
    const int index = int(m_edges.size());
    for (int i = 0; i + 1 < outline.size(); ++i)
        m_grid.insert(index,
                      QRectF(outline[i], outline[i + 1]).normalized().adjusted(-12, -12, 12, 12));
    m_pending |= edge.bounds;
    m_edges.append(std::move(edge));
    m_outlines->append(std::move(outline));
}

void EdgeLayer::finish() {
    prepareGeometryChange();
    m_bounds = m_pending;
}

QRectF EdgeLayer::boundingRect() const {
    return m_bounds;
}

void EdgeLayer::setEmphasis(int index, bool emphasised, bool dimmed) {
    m_edges[index].emphasised = emphasised;
    m_edges[index].dimmed = dimmed;
    ++m_marks;
}

QVector<int> EdgeLayer::edgesIn(const QRectF& rect) const {
    if (rect.contains(m_bounds))
        return indicesUpTo(count());
    const QRectF area = rect & m_bounds;
    return m_grid.query(
        area, [this, &area](int index) { return m_edges[index].bounds.intersects(area); });
}

QColor EdgeLayer::colourOf(const Edge& edge) const {
    QColor colour = edge.colour;
    if (edge.dimmed)
        colour.setAlpha(50);
    return colour;
}

void EdgeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // a view paints with its viewport as `widget`; an export gets the edges drawn directly
    if (lod < kCloseLod && widget && paintPicture(painter))
        return;
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const QVector<int> visible = edgesIn(exposed);
    // the view does not save the painter state per item (DontSavePainterState): set it all;
    // emphasised edges go on top, as they are what a selection is about
    if (lod < kCloseLod) {
        drawOutlines(painter, *m_outlines, outlineBatches(visible), 2 / lod);
        return;
    }
    for (bool emphasised : {false, true})
        paintCurves(painter, visible, emphasised);
}

// Plain edges first, then emphasised ones, a colour at a time within each.
QVector<EdgeLayer::OutlineBatch> EdgeLayer::outlineBatches(const QVector<int>& edges) const {
    QVector<OutlineBatch> batches;
    for (bool emphasised : {false, true}) {
        std::map<QRgb, QVector<int>> byColour;
        for (int index : edges) {
            if (m_edges[index].emphasised == emphasised)
                byColour[colourOf(m_edges[index]).rgba()].append(index);
        }
        for (auto& [colour, members] : byColour)
            batches.append(OutlineBatch{colour, std::move(members)});
    }
    return batches;
}

bool EdgeLayer::hasPictureFor(const QTransform& transform) const {
    return !m_picture.image.isNull() && m_picture.marks == m_marks &&
           m_picture.scale == scaleOf(transform);
}

bool EdgeLayer::paintPicture(QPainter* painter) {
    const QTransform world = painter->worldTransform();
    const qreal ratio = painter->device()->devicePixelRatioF();
    if (!fitsPicture(scaleOf(world), ratio))
        return false;
    if (!hasPictureFor(world) || m_picture.image.devicePixelRatio() != ratio) {
        if (!m_drawing)
            drawPicture(scaleOf(world), ratio);
        if (m_picture.image.isNull()) {
            paintChords(painter);
            return true;
        }
        // until the new one is there, the last picture stands in, stretched to this scale
    }
    painter->save();
    painter->setWorldTransform(m_picture.toImage.inverted() * world);
    painter->drawImage(QPointF(0, 0), m_picture.image);
    painter->restore();
    return true;
}

// The stand-in while the picture is drawn: a straight line from each edge's source to its
// target.
void EdgeLayer::paintChords(QPainter* painter) const {
    drawOutlines(painter, *m_outlines, outlineBatches(indicesUpTo(count())),
                 std::numeric_limits<qreal>::max());
}

// Everything a worker needs to draw the picture at one scale.
struct EdgeLayer::PictureJob {
    std::shared_ptr<const QVector<QPolygonF>> outlines;
    QVector<OutlineBatch> batches;
    Picture picture; // all but the image
    QSize size;      // in logical pixels
    qreal ratio;
    qreal step;

    QImage draw() const {
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setWorldTransform(picture.toImage);
        drawOutlines(&painter, *outlines, batches, step);
        return image;
    }
};

EdgeLayer::PictureJob EdgeLayer::pictureJob(const QTransform& scale, qreal ratio) const {
    const QRectF device = scale.mapRect(m_bounds);
    const QPoint origin(int(std::floor(device.left())), int(std::floor(device.top())));
    return PictureJob{m_outlines,
                      outlineBatches(indicesUpTo(count())),
                      Picture{QImage(), scale, m_marks,
                              scale * QTransform::fromTranslate(-origin.x(), -origin.y())},
                      QSize(int(std::ceil(device.right())) - origin.x() + 1,
                            int(std::ceil(device.bottom())) - origin.y() + 1),
                      ratio,
                      2 / std::sqrt(std::abs(scale.determinant()))};
}

bool EdgeLayer::fitsPicture(const QTransform& scale, qreal ratio) const {
    const QRectF device = scale.mapRect(m_bounds);
    return std::sqrt(std::abs(scale.determinant())) < kCloseLod &&
           device.width() * device.height() * ratio * ratio <= kMaxPicturePixels;
}

void EdgeLayer::preparePicture(const QTransform& scale, qreal ratio) {
    if (!fitsPicture(scale, ratio))
        return;
    const PictureJob job = pictureJob(scale, ratio);
    m_picture = job.picture;
    m_picture.image = job.draw();
}

void EdgeLayer::drawPicture(const QTransform& scale, qreal ratio) {
    auto job = std::make_shared<const PictureJob>(pictureJob(scale, ratio));
    m_drawing = std::make_unique<QFutureWatcher<QImage>>();
    QObject::connect(m_drawing.get(), &QFutureWatcherBase::finished, [this, job] {
        m_picture = job->picture;
        m_picture.image = m_drawing->result();
        m_drawing.release()->deleteLater(); // it is emitting this signal
        update();
    });
    m_drawing->setFuture(QtConcurrent::run([job] { return job->draw(); }));
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
