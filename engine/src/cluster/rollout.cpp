#include "strata/cluster/rollout.h"

#include <algorithm>
#include <sstream>

namespace strata {

namespace {

std::string rangeText(const VersionRange& r) {
    return r.min.toString() + ".." + r.max.toString();
}

bool reads(NodeRole role) {
    return role != NodeRole::Writer;
}

using Code = RolloutReason::Code;

std::string englishText(const RolloutReason& r) {
    const auto p = [&r](const char* name) {
        const auto it = r.params.find(name);
        return it == r.params.end() ? std::string() : it->second;
    };
    switch (r.code) {
    case Code::NoNodeDeclaresType:
        return "no live node of " + p("cluster") + " declares a range for " + p("type");
    case Code::SupportedByAll:
        return p("count") + " of " + p("live") + " live nodes support " + p("version") +
               " (all are needed)";
    case Code::SupportedByQuorum:
        return p("count") + " of " + p("live") + " live nodes support " + p("version") +
               " (quorum " + p("quorum") + ")";
    case Code::NoVersionForAll:
        return "no version of " + p("type") + " is supported by every live node: " + p("ranges");
    case Code::NoVersionForQuorum:
        return "no version of " + p("type") + " is supported by a quorum of " + p("quorum") + ": " +
               p("ranges");
    case Code::NoFinalisedVersion:
        return "no finalised version before the rollout" +
               (r.causes.empty() ? std::string() : ": " + r.causes.front().text);
    case Code::AlreadyFinalised:
        return p("target") + " is already finalised";
    case Code::NeitherReadsTheOther:
        return "neither " + p("current") + " nor " + p("target") + " reads the other's data";
    case Code::NodeTooNew:
        return "node " + p("node") + " supports " + p("type") + " " + p("range") +
               " only, nothing as old as " + p("version");
    case Code::NodeNeedsSupport:
        return "node " + p("node") + " supports " + p("type") + " " + p("range") +
               ": its upgrade must bring support for " + p("version");
    case Code::DownNodeCannotRead:
        return "node " + p("node") + " is down and supports only " + p("range") + ": finalising " +
               p("target") + " would leave it unable to read the data when it returns";
    case Code::DownNodeUpgradesLater:
        return "node " + p("node") +
               " is down; it is not upgraded now and must be upgraded when it returns";
    case Code::OneWayWithBothRoles:
        return p("count") + " live nodes both read and write " + p("type") +
               ": with compatibility in one direction only, an upgraded one would exchange data "
               "with one not yet upgraded that cannot read it";
    case Code::StoreMustMigrate:
        return "store " + p("store") + " holds " + p("current") + " records that " + p("target") +
               " cannot read: migrate it before readers move";
    case Code::AnyOrder:
        return "both versions read each other's data: any order";
    case Code::BetweenReadersAndWriters:
        return "reads and writes: between the readers and the writers";
    case Code::ReadersFirst:
        return "readers first: the target reads the old data";
    case Code::WritersFirst:
        return "writers first: old readers read the target's data";
    case Code::WritersLast:
        return "writers last: old readers cannot read the target's data";
    case Code::ReadersLast:
        return "readers last: the target cannot read old data";
    }
    return {};
}

} // namespace

RolloutReason makeRolloutReason(RolloutReason::Code code, std::map<std::string, std::string> params,
                                std::vector<RolloutReason> causes) {
    RolloutReason reason{code, std::move(params), std::move(causes), {}};
    reason.text = englishText(reason);
    return reason;
}

FinalisedVersion finalisedVersion(const Workspace& ws, const Cluster& cluster,
                                  std::string_view type) {
    FinalisedVersion result;
    result.type = std::string(type);
    const TypeDef* def = ws.findType(type);
    std::vector<const ClusterNode*> nodes;
    for (const ClusterNode& n : cluster.nodes) {
        if (n.live && n.supports.count(result.type)) {
            nodes.push_back(&n);
            result.nodes.push_back(n.name);
        }
    }
    if (!def || nodes.empty()) {
        result.reason = makeRolloutReason(Code::NoNodeDeclaresType,
                                          {{"cluster", cluster.name}, {"type", result.type}});
        return result;
    }

    size_t needed = cluster.quorum > 0 ? size_t(cluster.quorum) : nodes.size();
    for (auto it = def->versions.rbegin(); it != def->versions.rend(); ++it) {
        size_t count = std::count_if(nodes.begin(), nodes.end(), [&](const ClusterNode* n) {
            return n->supports.at(result.type).contains(it->id.version);
        });
        if (count >= needed) {
            result.version = it->id.version;
            std::map<std::string, std::string> params = {{"count", std::to_string(count)},
                                                         {"live", std::to_string(nodes.size())},
                                                         {"version", it->id.toString()}};
            if (cluster.quorum > 0)
                params["quorum"] = std::to_string(needed);
            result.reason = makeRolloutReason(
                cluster.quorum > 0 ? Code::SupportedByQuorum : Code::SupportedByAll, params);
            return result;
        }
    }
    std::string ranges;
    for (const ClusterNode* n : nodes)
        ranges +=
            (ranges.empty() ? "" : "; ") + n->name + " " + rangeText(n->supports.at(result.type));
    std::map<std::string, std::string> params = {{"type", result.type}, {"ranges", ranges}};
    if (cluster.quorum > 0)
        params["quorum"] = std::to_string(needed);
    result.reason = makeRolloutReason(
        cluster.quorum > 0 ? Code::NoVersionForQuorum : Code::NoVersionForAll, params);
    return result;
}

namespace {

void checkNodes(const Workspace& ws, const Cluster& cluster, RolloutPlan& plan) {
    int bothLive = 0;
    for (const ClusterNode& n : cluster.nodes) {
        auto range = n.supports.find(plan.type);
        if (range == n.supports.end())
            continue;
        const VersionRange& r = range->second;
        bool fits = r.contains(plan.target.version);
        const std::map<std::string, std::string> node = {
            {"node", n.name},
            {"type", plan.type},
            {"range", rangeText(r)},
            {"version", plan.target.version.toString()}};
        if (n.live && plan.target.version < r.min)
            plan.reasons.push_back(makeRolloutReason(Code::NodeTooNew, node));
        else if (n.live && !fits)
            plan.warnings.push_back(makeRolloutReason(Code::NodeNeedsSupport, node));
        if (!n.live && !fits && !plan.oldReadsNew) {
            plan.reasons.push_back(makeRolloutReason(
                Code::DownNodeCannotRead,
                {{"node", n.name}, {"range", rangeText(r)}, {"target", plan.target.toString()}}));
        } else if (!n.live) {
            plan.warnings.push_back(
                makeRolloutReason(Code::DownNodeUpgradesLater, {{"node", n.name}}));
        }
        bothLive += n.live && n.role == NodeRole::Both;
    }

    bool oneWay = plan.newReadsOld != plan.oldReadsNew;
    if (oneWay && bothLive > 1) {
        plan.reasons.push_back(makeRolloutReason(
            Code::OneWayWithBothRoles, {{"count", std::to_string(bothLive)}, {"type", plan.type}}));
    }
    if (plan.oldReadsNew && !plan.newReadsOld && plan.current) {
        TypeVersionId current{plan.type, *plan.current};
        for (const StoreObject& s : ws.stores) {
            if (s.holds == current) {
                plan.reasons.push_back(makeRolloutReason(Code::StoreMustMigrate,
                                                         {{"store", s.name},
                                                          {"current", current.toString()},
                                                          {"target", plan.target.toString()}}));
            }
        }
    }
}

void orderNodes(const Cluster& cluster, RolloutPlan& plan) {
    bool full = plan.newReadsOld && plan.oldReadsNew;
    bool readersFirst = plan.newReadsOld;
    for (const ClusterNode& n : cluster.nodes) {
        if (!n.live || !n.supports.count(plan.type))
            continue;
        RolloutStep step{n.name, n.role, 1, {}};
        Code why = Code::AnyOrder; // a full change: one wave
        if (!full && n.role == NodeRole::Both) {
            step.wave = 2;
            why = Code::BetweenReadersAndWriters;
        } else if (!full && reads(n.role) == readersFirst) {
            step.wave = 1;
            why = readersFirst ? Code::ReadersFirst : Code::WritersFirst;
        } else if (!full) {
            step.wave = 3;
            why = readersFirst ? Code::WritersLast : Code::ReadersLast;
        }
        step.why = makeRolloutReason(why);
        plan.order.push_back(std::move(step));
    }
    std::stable_sort(plan.order.begin(), plan.order.end(),
                     [](const RolloutStep& a, const RolloutStep& b) { return a.wave < b.wave; });
    // Number the waves that actually occur 1, 2, 3... (no empty wave in between).
    int wave = 0, last = 0;
    for (RolloutStep& step : plan.order) {
        if (step.wave != last) {
            last = step.wave;
            ++wave;
        }
        step.wave = wave;
    }
}

} // namespace

Result<RolloutPlan> planRollout(const Workspace& ws, const Cluster& cluster,
                                const TypeVersionId& target) {
    const TypeVersion* to = ws.findVersion(target);
    if (!to)
        return makeError(ErrorCode::NotFound, "no version " + target.toString() + " in workspace");

    RolloutPlan plan;
    plan.cluster = cluster.name;
    plan.type = target.name;
    plan.target = target;
    FinalisedVersion fin = finalisedVersion(ws, cluster, target.name);
    plan.current = fin.version;

    if (!plan.current) {
        plan.warnings.push_back(makeRolloutReason(Code::NoFinalisedVersion, {}, {fin.reason}));
    } else if (*plan.current == target.version) {
        plan.warnings.push_back(
            makeRolloutReason(Code::AlreadyFinalised, {{"target", target.toString()}}));
    } else {
        const TypeVersion* from = ws.findVersion({target.name, *plan.current});
        bool upgrade = *plan.current < target.version;
        plan.verdict = upgrade ? checkPair(*from, *to, resolverFor(ws))
                               : checkPair(*to, *from, resolverFor(ws));
        plan.newReadsOld = upgrade ? plan.verdict->readCompatible : plan.verdict->writeCompatible;
        plan.oldReadsNew = upgrade ? plan.verdict->writeCompatible : plan.verdict->readCompatible;
        if (!plan.newReadsOld && !plan.oldReadsNew) {
            plan.reasons.push_back(
                makeRolloutReason(Code::NeitherReadsTheOther, {{"current", from->id.toString()},
                                                               {"target", target.toString()}}));
        }
    }

    checkNodes(ws, cluster, plan);
    orderNodes(cluster, plan);
    plan.safe = plan.reasons.empty();
    return plan;
}

Rollout::Rollout(RolloutPlan plan)
    : m_plan(std::move(plan))
    , m_lifecycle("rollout of " + m_plan.target.toString()) {}

Result<Rollout> Rollout::restore(RolloutPlan plan, const RolloutRecord& record) {
    const std::string subject = "rollout of " + record.target.toString();
    if (!(plan.target == record.target))
        return makeError(ErrorCode::Conflict, "cannot pick up the " + subject + " on a plan for " +
                                                  plan.target.toString());
    const size_t nodes = plan.order.size();
    bool fits = record.upgraded <= nodes;
    switch (record.state) {
    case LifecycleState::Created:
        fits = record.upgraded == 0;
        break;
    case LifecycleState::Running:
    case LifecycleState::Paused:
        fits = record.upgraded < nodes;
        break;
    case LifecycleState::Completed:
        fits = record.upgraded == nodes;
        break;
    case LifecycleState::Failed:
    case LifecycleState::Cancelled:
        break;
    }
    if (!fits)
        return makeError(ErrorCode::Conflict,
                         "cannot pick up the " + subject + ": " + std::to_string(record.upgraded) +
                             " of " + std::to_string(nodes) +
                             " node(s) upgraded does not fit its state " + toString(record.state));
    Rollout rollout(std::move(plan));
    rollout.m_lifecycle = Lifecycle(subject, record.state);
    rollout.m_next = record.upgraded;
    rollout.m_failure = record.failure;
    return rollout;
}

RolloutRecord Rollout::record() const {
    return {m_plan.target, state(), m_next, m_failure};
}

Status Rollout::start() {
    if (!m_plan.safe) {
        std::string why;
        for (const RolloutReason& r : m_plan.reasons)
            why += (why.empty() ? "" : "; ") + r.text;
        return makeError(ErrorCode::Conflict, "refusing to start the rollout of " +
                                                  m_plan.target.toString() + ": " + why);
    }
    return m_lifecycle.apply(LifecycleEvent::Start);
}

Result<std::string> Rollout::upgradeNext() {
    if (state() != LifecycleState::Running) {
        return makeError(ErrorCode::IllegalState,
                         std::string("cannot upgrade a node while the rollout is ") +
                             toString(state()));
    }
    if (m_next == m_plan.order.size())
        return makeError(ErrorCode::IllegalState, "every node is already upgraded");
    std::string node = m_plan.order[m_next++].node;
    if (m_next == m_plan.order.size()) {
        if (Status s = m_lifecycle.apply(LifecycleEvent::Complete); !s)
            return s.error();
    }
    return node;
}

Status Rollout::nodeFailed(const std::string& node, const std::string& why) {
    if (Status s = m_lifecycle.apply(LifecycleEvent::Fail); !s)
        return s;
    m_failure = "node " + node + " failed: " + why;
    return {};
}

Json rolloutPlanToJson(const RolloutPlan& plan) {
    Json order = Json::array();
    for (const RolloutStep& s : plan.order) {
        order.push_back(
            {{"node", s.node}, {"role", toString(s.role)}, {"wave", s.wave}, {"why", s.why.text}});
    }
    const auto texts = [](const std::vector<RolloutReason>& reasons) {
        std::vector<std::string> out;
        for (const RolloutReason& r : reasons)
            out.push_back(r.text);
        return out;
    };
    Json j = {{"cluster", plan.cluster},
              {"type", plan.type},
              {"current", plan.current ? Json(plan.current->toString()) : Json(nullptr)},
              {"target", plan.target.toString()},
              {"new_reads_old", plan.newReadsOld},
              {"old_reads_new", plan.oldReadsNew},
              {"safe", plan.safe},
              {"reasons", texts(plan.reasons)},
              {"warnings", texts(plan.warnings)},
              {"order", order}};
    if (plan.verdict)
        j["verdict"] = verdictToJson(*plan.verdict);
    return j;
}

std::string rolloutPlanToText(const RolloutPlan& plan) {
    std::ostringstream out;
    out << "Rollout of " << plan.target.toString() << " on cluster " << plan.cluster << ": "
        << (plan.safe ? "safe" : "NOT safe") << "\n";
    out << "  finalised now: " << (plan.current ? plan.current->toString() : "none") << "\n";
    for (const RolloutReason& r : plan.reasons)
        out << "  blocked: " << r.text << "\n";
    for (const RolloutReason& w : plan.warnings)
        out << "  note: " << w.text << "\n";
    for (const RolloutStep& s : plan.order)
        out << "  wave " << s.wave << ": " << s.node << " (" << toString(s.role) << ") - "
            << s.why.text << "\n";
    return out.str();
}

} // namespace strata
