#include "rollouttext.h"

#include "bridge.h"

namespace strata::qt {

namespace {

using Code = RolloutReason::Code;

QString param(const RolloutReason& reason, const char* name) {
    const auto it = reason.params.find(name);
    return it == reason.params.end() ? QString() : toQString(it->second);
}

} // namespace

QString RolloutText::sentence(const RolloutReason& r) {
    const auto p = [&r](const char* name) { return param(r, name); };
    switch (r.code) {
    case Code::NoNodeDeclaresType:
        return RolloutText::tr("no live node of %1 declares a range for %2")
            .arg(p("cluster"), p("type"));
    case Code::SupportedByAll:
        return RolloutText::tr("%1 of %2 live nodes support %3 (all are needed)")
            .arg(p("count"), p("live"), p("version"));
    case Code::SupportedByQuorum:
        return RolloutText::tr("%1 of %2 live nodes support %3 (quorum %4)")
            .arg(p("count"), p("live"), p("version"), p("quorum"));
    case Code::NoVersionForAll:
        return RolloutText::tr("no version of %1 is supported by every live node: %2")
            .arg(p("type"), p("ranges"));
    case Code::NoVersionForQuorum:
        return RolloutText::tr("no version of %1 is supported by a quorum of %2: %3")
            .arg(p("type"), p("quorum"), p("ranges"));
    case Code::NoFinalisedVersion:
        return r.causes.empty() ? RolloutText::tr("no finalised version before the rollout")
                                : RolloutText::tr("no finalised version before the rollout: %1")
                                      .arg(sentence(r.causes.front()));
    case Code::AlreadyFinalised:
        return RolloutText::tr("%1 is already finalised").arg(p("target"));
    case Code::NeitherReadsTheOther:
        return RolloutText::tr("neither %1 nor %2 reads the other's data")
            .arg(p("current"), p("target"));
    case Code::NodeTooNew:
        return RolloutText::tr("node %1 supports %2 %3 only, nothing as old as %4")
            .arg(p("node"), p("type"), p("range"), p("version"));
    case Code::NodeNeedsSupport:
        return RolloutText::tr("node %1 supports %2 %3: its upgrade must bring support for %4")
            .arg(p("node"), p("type"), p("range"), p("version"));
    case Code::DownNodeCannotRead:
        return RolloutText::tr("node %1 is down and supports only %2: finalising %3 would leave "
                               "it unable to read the data when it returns")
            .arg(p("node"), p("range"), p("target"));
    case Code::DownNodeUpgradesLater:
        return RolloutText::tr("node %1 is down; it is not upgraded now and must be upgraded "
                               "when it returns")
            .arg(p("node"));
    case Code::OneWayWithBothRoles:
        return RolloutText::tr("%1 live nodes both read and write %2: with compatibility in one "
                               "direction only, an upgraded one would exchange data with one not "
                               "yet upgraded that cannot read it")
            .arg(p("count"), p("type"));
    case Code::StoreMustMigrate:
        return RolloutText::tr("store %1 holds %2 records that %3 cannot read: migrate it before "
                               "readers move")
            .arg(p("store"), p("current"), p("target"));
    case Code::AnyOrder:
        return RolloutText::tr("both versions read each other's data: any order");
    case Code::BetweenReadersAndWriters:
        return RolloutText::tr("reads and writes: between the readers and the writers");
    case Code::ReadersFirst:
        return RolloutText::tr("readers first: the target reads the old data");
    case Code::WritersFirst:
        return RolloutText::tr("writers first: old readers read the target's data");
    case Code::WritersLast:
        return RolloutText::tr("writers last: old readers cannot read the target's data");
    case Code::ReadersLast:
        return RolloutText::tr("readers last: the target cannot read old data");
    }
    // a code this console does not know yet keeps the engine's English sentence
    return toQString(r.text);
}

} // namespace strata::qt
