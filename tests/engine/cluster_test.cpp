// Cluster inventory, rollout safety and order, and the lifecycle state machine.

#include "graph_support.h"
#include "strata/cluster/rollout.h"

using namespace strata;
using strata::test::vid;

namespace {

// Item 1.0.0 -> 1.1.0 adds a defaulted field (full); 2.0.0 widens qty int32 -> int64
// (read-compatible only); 3.0.0 adds a required field (write-compatible only from 2.0.0).
Workspace itemWorkspace() {
    auto version = [](const char* v, const char* qty, bool note, bool code) {
        Json fields = Json::array();
        fields.push_back({{"name", "qty"}, {"type", qty}, {"nullable", false}});
        if (note)
            fields.push_back(
                {{"name", "note"}, {"type", "string"}, {"nullable", false}, {"default", ""}});
        if (code)
            fields.push_back({{"name", "code"}, {"type", "string"}, {"nullable", false}});
        return Json{{"version", v}, {"fields", fields}};
    };
    return test::workspaceFromJson(
        {{"name", "items"},
         {"types",
          {{{"name", "Item"},
            {"policy", "NONE"},
            {"versions",
             {version("1.0.0", "int32", false, false), version("1.1.0", "int32", true, false),
              version("2.0.0", "int64", true, false), version("3.0.0", "int64", true, true)}}}}}});
}

ClusterNode node(std::string name, NodeRole role, const char* min, const char* max,
                 bool live = true) {
    ClusterNode n;
    n.name = std::move(name);
    n.role = role;
    n.live = live;
    n.supports["Item"] = {*SemVer::parse(min), *SemVer::parse(max)};
    return n;
}

std::vector<std::string> texts(const std::vector<RolloutReason>& reasons) {
    std::vector<std::string> out;
    for (const RolloutReason& r : reasons)
        out.push_back(r.text);
    return out;
}

std::vector<std::pair<std::string, int>> waves(const RolloutPlan& plan) {
    std::vector<std::pair<std::string, int>> out;
    for (const RolloutStep& s : plan.order)
        out.emplace_back(s.node, s.wave);
    return out;
}

} // namespace

TEST(FinalisedVersion, HighestVersionInsideTheIntersectionOfLiveRanges) {
    Workspace ws = itemWorkspace();
    Cluster c{"prod",
              0,
              {node("a", NodeRole::Reader, "1.0.0", "3.0.0"),
               node("b", NodeRole::Writer, "1.0.0", "1.1.0"),
               node("down", NodeRole::Both, "1.0.0", "1.0.0", false)}};
    FinalisedVersion f = finalisedVersion(ws, c, "Item");
    ASSERT_TRUE(f.version.has_value());
    EXPECT_EQ(f.version->toString(), "1.1.0"); // the down node does not hold it back
    EXPECT_EQ(f.nodes, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(f.reason.text, "2 of 2 live nodes support Item-v1.1.0 (all are needed)");
    EXPECT_EQ(f.reason.code, RolloutReason::Code::SupportedByAll);
    EXPECT_EQ(f.reason.params, (std::map<std::string, std::string>{
                                   {"count", "2"}, {"live", "2"}, {"version", "Item-v1.1.0"}}));

    c.quorum = 1;
    EXPECT_EQ(finalisedVersion(ws, c, "Item").version->toString(), "3.0.0");

    c.quorum = 0;
    c.nodes[1].supports["Item"] = {SemVer{4, 0, 0}, SemVer{5, 0, 0}};
    FinalisedVersion none = finalisedVersion(ws, c, "Item");
    EXPECT_FALSE(none.version.has_value());
    EXPECT_EQ(none.reason.text, "no version of Item is supported by every live node: a "
                                "1.0.0..3.0.0; b 4.0.0..5.0.0");
    EXPECT_FALSE(finalisedVersion(ws, c, "Other").version.has_value());

    // without a finalised version, the plan's warning carries the reason there is none
    auto unfinalised = planRollout(ws, c, vid("Item-v1.1.0"));
    ASSERT_TRUE(unfinalised.ok());
    ASSERT_FALSE(unfinalised->warnings.empty());
    EXPECT_EQ(unfinalised->warnings[0].code, RolloutReason::Code::NoFinalisedVersion);
    EXPECT_EQ(unfinalised->warnings[0].causes, std::vector<RolloutReason>{none.reason});
    EXPECT_EQ(unfinalised->warnings[0].text,
              "no finalised version before the rollout: no version of Item is supported by every "
              "live node: a 1.0.0..3.0.0; b 4.0.0..5.0.0");
}

TEST(Rollout, FullChangeGoesInOneWave) {
    Workspace ws = itemWorkspace();
    Cluster c{"prod",
              0,
              {node("w", NodeRole::Writer, "1.0.0", "1.0.0"),
               node("r", NodeRole::Reader, "1.0.0", "1.1.0")}};
    auto plan = planRollout(ws, c, vid("Item-v1.1.0"));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->current->toString(), "1.0.0");
    EXPECT_TRUE(plan->safe);
    EXPECT_TRUE(plan->newReadsOld && plan->oldReadsNew);
    EXPECT_EQ(waves(*plan), (std::vector<std::pair<std::string, int>>{{"w", 1}, {"r", 1}}));
    EXPECT_EQ(texts(plan->warnings),
              (std::vector<std::string>{"node w supports Item 1.0.0..1.0.0: its upgrade must bring "
                                        "support for 1.1.0"}));

    auto same = planRollout(ws, c, vid("Item-v1.0.0"));
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(same->safe);
    EXPECT_EQ(same->warnings[0].text, "Item-v1.0.0 is already finalised");
    EXPECT_FALSE(planRollout(ws, c, vid("Item-v9.0.0")).ok());
}

TEST(Rollout, ReadCompatibleChangeUpgradesReadersFirst) {
    Workspace ws = itemWorkspace();
    Cluster c{"prod",
              0,
              {node("w1", NodeRole::Writer, "1.0.0", "1.1.0"),
               node("rw", NodeRole::Both, "1.0.0", "1.1.0"),
               node("r1", NodeRole::Reader, "1.0.0", "1.1.0"),
               node("r2", NodeRole::Reader, "1.0.0", "2.0.0")}};
    auto plan = planRollout(ws, c, vid("Item-v2.0.0"));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->current->toString(), "1.1.0");
    EXPECT_TRUE(plan->newReadsOld);
    EXPECT_FALSE(plan->oldReadsNew);
    EXPECT_TRUE(plan->safe) << rolloutPlanToText(*plan);
    EXPECT_EQ(waves(*plan), (std::vector<std::pair<std::string, int>>{
                                {"r1", 1}, {"r2", 1}, {"rw", 2}, {"w1", 3}}));
    EXPECT_EQ(plan->order[0].why.text, "readers first: the target reads the old data");
    EXPECT_EQ(plan->order[0].why.code, RolloutReason::Code::ReadersFirst);
}

TEST(Rollout, WriteCompatibleChangeUpgradesWritersFirstAndNeedsStoresMigrated) {
    Workspace ws = itemWorkspace();
    Cluster c{"prod",
              0,
              {node("r1", NodeRole::Reader, "2.0.0", "2.0.0"),
               node("w1", NodeRole::Writer, "2.0.0", "3.0.0")}};
    auto plan = planRollout(ws, c, vid("Item-v3.0.0"));
    ASSERT_TRUE(plan.ok());
    EXPECT_FALSE(plan->newReadsOld);
    EXPECT_TRUE(plan->oldReadsNew);
    EXPECT_TRUE(plan->safe);
    EXPECT_EQ(waves(*plan), (std::vector<std::pair<std::string, int>>{{"w1", 1}, {"r1", 2}}));

    ws.stores.push_back({"items", StoreKind::Kafka, "items", vid("Item-v2.0.0"), ""});
    auto stored = planRollout(ws, c, vid("Item-v3.0.0"));
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->safe);
    EXPECT_EQ(texts(stored->reasons),
              (std::vector<std::string>{"store items holds Item-v2.0.0 records that Item-v3.0.0 "
                                        "cannot read: migrate it before readers move"}));
}

TEST(Rollout, UnsafeChangesAreRefusedWithReasons) {
    Workspace ws = itemWorkspace();
    Cluster c{
        "prod",
        0,
        {node("a", NodeRole::Both, "1.0.0", "1.1.0"), node("b", NodeRole::Both, "1.0.0", "1.1.0")}};
    auto incompatible = planRollout(ws, c, vid("Item-v3.0.0"));
    ASSERT_TRUE(incompatible.ok());
    EXPECT_FALSE(incompatible->safe);
    EXPECT_EQ(incompatible->reasons[0].text,
              "neither Item-v1.1.0 nor Item-v3.0.0 reads the other's "
              "data");

    auto oneWay = planRollout(ws, c, vid("Item-v2.0.0"));
    ASSERT_TRUE(oneWay.ok());
    EXPECT_FALSE(oneWay->safe);
    EXPECT_EQ(
        texts(oneWay->reasons),
        (std::vector<std::string>{"2 live nodes both read and write Item: with compatibility in "
                                  "one direction only, an upgraded one would exchange data with "
                                  "one not yet upgraded that cannot read it"}));

    Cluster withDown{"prod",
                     0,
                     {node("r", NodeRole::Reader, "1.0.0", "2.0.0"),
                      node("away", NodeRole::Reader, "1.0.0", "1.1.0", false)}};
    withDown.nodes[0].supports["Item"].max = SemVer{1, 1, 0};
    auto down = planRollout(ws, withDown, vid("Item-v2.0.0"));
    ASSERT_TRUE(down.ok());
    EXPECT_FALSE(down->safe);
    EXPECT_EQ(
        texts(down->reasons),
        (std::vector<std::string>{"node away is down and supports only 1.0.0..1.1.0: finalising "
                                  "Item-v2.0.0 would leave it unable to read the data when it "
                                  "returns"}));
    auto fullWithDown = planRollout(ws, withDown, vid("Item-v1.1.0"));
    ASSERT_TRUE(fullWithDown.ok());
    EXPECT_TRUE(fullWithDown->safe);

    Cluster tooNew{"prod", 0, {node("n", NodeRole::Reader, "1.1.0", "2.0.0")}};
    auto rollback = planRollout(ws, tooNew, vid("Item-v1.0.0"));
    ASSERT_TRUE(rollback.ok());
    EXPECT_FALSE(rollback->safe);
    EXPECT_EQ(rollback->reasons[0].text,
              "node n supports Item 1.1.0..2.0.0 only, nothing as old as "
              "1.0.0");
}

TEST(Lifecycle, LegalTransitionsAndClearRefusals) {
    Lifecycle l("migration of orders");
    EXPECT_TRUE(l.apply(LifecycleEvent::Start).ok());
    EXPECT_TRUE(l.apply(LifecycleEvent::Pause).ok());
    EXPECT_TRUE(l.apply(LifecycleEvent::Resume).ok());
    EXPECT_TRUE(l.apply(LifecycleEvent::Pause).ok());
    Status complete = l.apply(LifecycleEvent::Complete);
    ASSERT_FALSE(complete.ok());
    EXPECT_EQ(complete.error().code, ErrorCode::IllegalState);
    EXPECT_EQ(complete.error().message, "cannot complete migration of orders while it is Paused");
    EXPECT_EQ(l.state(), LifecycleState::Paused);
    EXPECT_TRUE(l.apply(LifecycleEvent::Resume).ok());
    EXPECT_TRUE(l.apply(LifecycleEvent::Complete).ok());
    Status again = l.apply(LifecycleEvent::Start);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message,
              "cannot start migration of orders while it is Completed (it is finished)");
    using S = LifecycleState;
    EXPECT_EQ(l.history(), (std::vector<S>{S::Created, S::Running, S::Paused, S::Running, S::Paused,
                                           S::Running, S::Completed}));
}

TEST(Lifecycle, EveryStateEventPairFollowsTheTable) {
    using S = LifecycleState;
    using E = LifecycleEvent;
    const std::map<std::pair<S, E>, S> legal = {
        {{S::Created, E::Start}, S::Running},   {{S::Created, E::Cancel}, S::Cancelled},
        {{S::Running, E::Pause}, S::Paused},    {{S::Running, E::Complete}, S::Completed},
        {{S::Running, E::Fail}, S::Failed},     {{S::Running, E::Cancel}, S::Cancelled},
        {{S::Paused, E::Resume}, S::Running},   {{S::Paused, E::Fail}, S::Failed},
        {{S::Paused, E::Cancel}, S::Cancelled},
    };
    for (S s : {S::Created, S::Running, S::Paused, S::Completed, S::Failed, S::Cancelled}) {
        for (E e : {E::Start, E::Pause, E::Resume, E::Complete, E::Fail, E::Cancel}) {
            Result<S> next = nextState(s, e);
            auto it = legal.find({s, e});
            ASSERT_EQ(next.ok(), it != legal.end()) << toString(s) << " " << toString(e);
            if (next.ok()) {
                EXPECT_EQ(*next, it->second);
            }
        }
    }
}

TEST(Rollout, RunsThroughTheLifecycle) {
    Workspace ws = itemWorkspace();
    Cluster c{"prod",
              0,
              {node("w1", NodeRole::Writer, "1.0.0", "1.1.0"),
               node("r1", NodeRole::Reader, "1.0.0", "1.1.0")}};
    Rollout rollout(*planRollout(ws, c, vid("Item-v2.0.0")));
    EXPECT_EQ(rollout.upgradeNext().error().message,
              "cannot upgrade a node while the rollout is Created");
    ASSERT_TRUE(rollout.start().ok());
    EXPECT_EQ(rollout.upgradeNext().value(), "r1");
    ASSERT_TRUE(rollout.pause().ok());
    EXPECT_FALSE(rollout.upgradeNext().ok());
    ASSERT_TRUE(rollout.resume().ok());
    EXPECT_EQ(rollout.upgradeNext().value(), "w1");
    EXPECT_EQ(rollout.state(), LifecycleState::Completed);
    EXPECT_FALSE(rollout.cancel().ok());

    Rollout failing(*planRollout(ws, c, vid("Item-v2.0.0")));
    ASSERT_TRUE(failing.start().ok());
    ASSERT_TRUE(failing.nodeFailed("r1", "disk full").ok());
    EXPECT_EQ(failing.state(), LifecycleState::Failed);
    EXPECT_EQ(failing.failure(), "node r1 failed: disk full");

    Rollout unsafe(*planRollout(ws, c, vid("Item-v3.0.0")));
    Status refused = unsafe.start();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "refusing to start the rollout of Item-v3.0.0: neither "
                                       "Item-v1.1.0 nor Item-v3.0.0 reads the other's data");
    EXPECT_EQ(unsafe.state(), LifecycleState::Created);
}

// A saved rollout is picked up where it stood on a plan made again from the workspace; a
// record that does not fit the plan is refused instead of being bent into shape.
TEST(Rollout, PicksUpASavedRecord) {
    Workspace ws = itemWorkspace();
    Cluster c{"prod",
              0,
              {node("w1", NodeRole::Writer, "1.0.0", "1.1.0"),
               node("r1", NodeRole::Reader, "1.0.0", "1.1.0")}};
    Rollout rollout(*planRollout(ws, c, vid("Item-v2.0.0")));
    ASSERT_TRUE(rollout.start().ok());
    EXPECT_EQ(rollout.upgradeNext().value(), "r1");
    ASSERT_TRUE(rollout.pause().ok());
    const RolloutRecord record = rollout.record();
    EXPECT_EQ(record, (RolloutRecord{vid("Item-v2.0.0"), LifecycleState::Paused, 1, ""}));

    auto picked = Rollout::restore(*planRollout(ws, c, vid("Item-v2.0.0")), record);
    ASSERT_TRUE(picked.ok()) << picked.error().describe();
    EXPECT_EQ(picked->state(), LifecycleState::Paused);
    EXPECT_EQ(picked->upgradedCount(), 1u);
    ASSERT_TRUE(picked->resume().ok());
    EXPECT_EQ(picked->upgradeNext().value(), "w1");
    EXPECT_EQ(picked->state(), LifecycleState::Completed);

    auto otherTarget = Rollout::restore(*planRollout(ws, c, vid("Item-v1.1.0")), record);
    ASSERT_FALSE(otherTarget.ok());
    EXPECT_EQ(otherTarget.error().message,
              "cannot pick up the rollout of Item-v2.0.0 on a plan for Item-v1.1.0");
    auto tooMany = Rollout::restore(*planRollout(ws, c, vid("Item-v2.0.0")),
                                    {vid("Item-v2.0.0"), LifecycleState::Running, 2, ""});
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().message, "cannot pick up the rollout of Item-v2.0.0: 2 of 2 "
                                       "node(s) upgraded does not fit its state Running");
}
