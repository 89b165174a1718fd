#include "strata/convert/conversion_path.h"

#include "strata/compat/datum.h"
#include "strata/model/workspace_io.h"

#include <map>
#include <queue>
#include <set>

namespace strata {

bool ConversionPath::lossless() const {
    return std::all_of(hops.begin(), hops.end(), [](const ConversionHop& h) { return h.lossless; });
}

uint64_t conversionCost(const Converter& converter, bool lossless) {
    return std::max<uint64_t>(1, converter.steps.size()) + (lossless ? 0 : 1000);
}

namespace {

// Dijkstra over versions; from a settled version, every version of its type that can read it
// gets a derived converter, and every explicit converter leaving it is an edge as well.
class ConversionSearch {
public:
    explicit ConversionSearch(const Workspace& ws)
        : m_ws(ws)
        , m_refs(resolverFor(ws)) {}

    Result<ConversionPath> run(const TypeVersionId& from, const TypeVersionId& to);

private:
    const Workspace& m_ws;
    RefResolver m_refs;

    std::vector<ConversionHop> hopsFrom(const TypeVersionId& at);
    std::optional<ConversionHop> makeHop(Converter c, bool derived);
};

std::optional<ConversionHop> ConversionSearch::makeHop(Converter c, bool derived) {
    const TypeVersion* source = m_ws.findVersion(c.from);
    if (!source || !m_ws.findVersion(c.to))
        return std::nullopt;
    Result<ConverterAnalysis> a = analyzeConverter(c, source->schema, m_refs);
    if (!a)
        return std::nullopt; // a converter that does not fit its source schema is unusable
    uint64_t cost = conversionCost(c, a->lossless);
    return ConversionHop{std::move(c), derived, a->lossless, cost};
}

std::vector<ConversionHop> ConversionSearch::hopsFrom(const TypeVersionId& at) {
    std::vector<ConversionHop> hops;
    for (const Converter& c : m_ws.converters) {
        if (c.from == at) {
            if (auto hop = makeHop(c, false))
                hops.push_back(std::move(*hop));
        }
    }
    const TypeVersion* writer = m_ws.findVersion(at);
    for (const TypeVersion& reader : m_ws.findType(at.name)->versions) {
        if (reader.id == at)
            continue;
        Result<Converter> derived = deriveConverter(*writer, reader, m_refs);
        if (!derived)
            continue;
        if (auto hop = makeHop(std::move(*derived), true))
            hops.push_back(std::move(*hop));
    }
    return hops;
}

Result<ConversionPath> ConversionSearch::run(const TypeVersionId& from, const TypeVersionId& to) {
    struct Label {
        uint64_t cost = UINT64_MAX;
        std::optional<ConversionHop> hop;
    };
    std::map<TypeVersionId, Label> labels;
    std::set<TypeVersionId> settled;
    using Entry = std::pair<uint64_t, TypeVersionId>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    labels[from].cost = 0;
    queue.emplace(0, from);

    while (!queue.empty()) {
        auto [cost, at] = queue.top();
        queue.pop();
        if (!settled.insert(at).second)
            continue;
        if (at == to)
            break;
        for (ConversionHop& hop : hopsFrom(at)) {
            Label& label = labels[hop.converter.to];
            if (cost + hop.cost >= label.cost)
                continue;
            label.cost = cost + hop.cost;
            TypeVersionId next = hop.converter.to;
            label.hop = std::move(hop);
            queue.emplace(label.cost, next);
        }
    }

    if (!settled.count(to)) {
        return makeError(ErrorCode::NotFound, "no chain of converters leads from " +
                                                  from.toString() + " to " + to.toString() +
                                                  ": no version on the way can read the data and "
                                                  "no explicit converter bridges the gap");
    }
    ConversionPath path{from, to, {}, labels[to].cost};
    for (TypeVersionId at = to; at != from;) {
        ConversionHop hop = *labels[at].hop;
        at = hop.converter.from;
        path.hops.insert(path.hops.begin(), std::move(hop));
    }
    return path;
}

} // namespace

Result<ConversionPath> findConversionPath(const Workspace& ws, const TypeVersionId& from,
                                          const TypeVersionId& to) {
    for (const TypeVersionId* id : {&from, &to}) {
        if (!ws.findVersion(*id))
            return makeError(ErrorCode::NotFound, "no version " + id->toString() + " in workspace");
    }
    return ConversionSearch(ws).run(from, to);
}

Result<Json> convertRecord(const Workspace& ws, const ConversionPath& path, const Json& record) {
    RefResolver refs = resolverFor(ws);
    const TypeVersion* source = ws.findVersion(path.from);
    if (!source)
        return makeError(ErrorCode::NotFound, "no version " + path.from.toString());
    if (Status s = validateDatum(source->schema, record, refs); !s)
        return makeError(ErrorCode::InvalidArgument, "not a valid " + path.from.toString() +
                                                         " record: " + s.error().describe());
    Json current = record;
    for (const ConversionHop& hop : path.hops) {
        Result<Json> next = applyConverter(hop.converter, current);
        if (!next)
            return next.error();
        const TypeVersion* target = ws.findVersion(hop.converter.to);
        if (Status s = validateDatum(target->schema, *next, refs); !s) {
            return makeError(ErrorCode::Schema, "converter " + hop.converter.from.toString() +
                                                    " -> " + hop.converter.to.toString() +
                                                    " produced a record that is not a "
                                                    "valid " +
                                                    target->id.toString() + ": " +
                                                    s.error().describe());
        }
        current = std::move(*next);
    }
    return current;
}

Json converterToJson(const Converter& converter) {
    Json steps = Json::array();
    for (const ConverterStep& s : converter.steps) {
        Json j = {{"op", toString(s.kind)}, {"field", s.field}};
        if (s.kind == StepKind::Rename)
            j["to"] = s.newName;
        if (s.value)
            j["default"] = *s.value;
        if (s.kind == StepKind::Cast && s.toType) {
            j["type"] = dataTypeToJson(*s.toType);
            j["on_error"] = toString(s.onError);
        }
        if (s.kind == StepKind::MapEnum)
            j["map"] = s.symbolMap;
        if (s.kind == StepKind::ScaleOffset) {
            j["scale"] = s.scale;
            j["offset"] = s.offset;
        }
        steps.push_back(std::move(j));
    }
    return {{"from", converter.from.toString()}, {"to", converter.to.toString()}, {"steps", steps}};
}

Json conversionPathToJson(const ConversionPath& path) {
    Json hops = Json::array();
    for (const ConversionHop& h : path.hops) {
        hops.push_back({{"converter", converterToJson(h.converter)},
                        {"derived", h.derived},
                        {"lossless", h.lossless},
                        {"cost", h.cost}});
    }
    return {{"from", path.from.toString()},
            {"to", path.to.toString()},
            {"hops", hops},
            {"total_cost", path.totalCost},
            {"lossless", path.lossless()}};
}

} // namespace strata
