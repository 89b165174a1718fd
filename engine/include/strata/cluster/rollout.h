#pragma once

// Cluster inventory and rolling upgrades (DESIGN §6): the finalised version of a type, whether
// a version is safe to roll out and in which order, and a rollout driven through the shared
// lifecycle state machine.

#include "strata/cluster/lifecycle.h"
#include "strata/compat/verdict.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace strata {

// Why a version is finalised or not, why a rollout is blocked, what to know about it, and why a
// node goes in its wave: a code and the values its sentence is made of, so that a front end can
// say the same thing in another language, with the engine's English sentence beside them.
struct RolloutReason {
    enum class Code {
        // how the finalised version was chosen, or why there is none (version: "Item-v1.1.0")
        NoNodeDeclaresType, // cluster, type
        SupportedByAll,     // count, live, version
        SupportedByQuorum,  // count, live, version, quorum
        NoVersionForAll,    // type, ranges ("a 1.0.0..2.0.0; b 3.0.0..3.1.0")
        NoVersionForQuorum, // type, quorum, ranges
        // blocking reasons and warnings of a plan (range: "1.0.0..2.0.0", version: "2.1.0")
        NoFinalisedVersion,    // none; `causes` holds why there is none
        AlreadyFinalised,      // target
        NeitherReadsTheOther,  // current, target
        NodeTooNew,            // node, type, range, version
        NodeNeedsSupport,      // node, type, range, version
        DownNodeCannotRead,    // node, range, target
        DownNodeUpgradesLater, // node
        OneWayWithBothRoles,   // count, type
        StoreMustMigrate,      // store, current, target
        // why a node goes in its wave
        AnyOrder,
        BetweenReadersAndWriters,
        ReadersFirst,
        WritersFirst,
        WritersLast,
        ReadersLast,
    };

    Code code = Code::AnyOrder;
    std::map<std::string, std::string> params; // by name, as listed beside each code
    std::vector<RolloutReason> causes;         // the reasons this one rests on
    std::string text;                          // the English sentence

    bool operator==(const RolloutReason&) const = default;
};

// A reason with its English sentence made from `code`, `params` and `causes`.
RolloutReason makeRolloutReason(RolloutReason::Code code,
                                std::map<std::string, std::string> params = {},
                                std::vector<RolloutReason> causes = {});

struct FinalisedVersion {
    std::string type;
    std::optional<SemVer> version;  // nullopt when no version satisfies the nodes
    std::vector<std::string> nodes; // the live nodes that were consulted
    RolloutReason reason;           // how the version was chosen, or why there is none
};

// The highest version of `type` inside the intersection of the ranges of the cluster's live
// nodes that declare the type, or, with a quorum, supported by at least `quorum` of them.
FinalisedVersion finalisedVersion(const Workspace& ws, const Cluster& cluster,
                                  std::string_view type);

struct RolloutStep {
    std::string node;
    NodeRole role = NodeRole::Both;
    int wave = 1;      // nodes of one wave may upgrade in any order, waves strictly in sequence
    RolloutReason why; // why this node goes in this wave
};

struct RolloutPlan {
    std::string cluster;
    std::string type;
    std::optional<SemVer> current; // the finalised version before the rollout
    TypeVersionId target;
    std::optional<Verdict> verdict; // current against target (older first)
    bool newReadsOld = true;        // target reads data written by current
    bool oldReadsNew = true;        // current reads data written by target
    bool safe = false;
    std::vector<RolloutReason> reasons;  // blocking reasons when not safe
    std::vector<RolloutReason> warnings; // things to know that do not block
    std::vector<RolloutStep> order;      // live nodes in upgrade order
};

// Is rolling `target` out to `cluster` safe, and in which order? The current version is the
// finalised one; every live node declaring the type switches to the target (nodes whose range
// stops below it need a build that supports it). Readers go first when only the target reads
// old data, writers first when only old readers can read the target's data.
Result<RolloutPlan> planRollout(const Workspace& ws, const Cluster& cluster,
                                const TypeVersionId& target);

// A running rollout: its plan, its lifecycle and the nodes already upgraded.
class Rollout {
public:
    explicit Rollout(RolloutPlan plan);

    // Picks a saved rollout up on `plan` (made again from the workspace); refused when the
    // record does not fit the plan: another target, or an upgraded count its state cannot have.
    static Result<Rollout> restore(RolloutPlan plan, const RolloutRecord& record);
    // What to save so that restore() can pick this rollout up again.
    RolloutRecord record() const;

    const RolloutPlan& plan() const { return m_plan; }
    LifecycleState state() const { return m_lifecycle.state(); }
    size_t upgradedCount() const { return m_next; }

    // Refuses to start a plan that is not safe, naming its reasons.
    Status start();
    Status pause() { return m_lifecycle.apply(LifecycleEvent::Pause); }
    Status resume() { return m_lifecycle.apply(LifecycleEvent::Resume); }
    Status cancel() { return m_lifecycle.apply(LifecycleEvent::Cancel); }

    // Records that the next node in order runs the target; completes after the last node.
    // Returns the node's name; refused unless the rollout is running.
    Result<std::string> upgradeNext();

    // Records that `node` failed during its upgrade: the rollout fails and stays unfinalised.
    Status nodeFailed(const std::string& node, const std::string& why);
    const std::string& failure() const { return m_failure; }

private:
    RolloutPlan m_plan;
    Lifecycle m_lifecycle;
    size_t m_next = 0;
    std::string m_failure;
};

Json rolloutPlanToJson(const RolloutPlan& plan);
std::string rolloutPlanToText(const RolloutPlan& plan);

} // namespace strata
