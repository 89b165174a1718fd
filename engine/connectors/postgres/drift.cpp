#include "strata/connectors/postgres/drift.h"

#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/plan.h"

namespace strata::postgres {
namespace {

bool hasChange(const SchemaDiff& diff, ChangeKind kind, const std::string& path) {
    for (const Change& c : diff.changes)
        if (c.kind == kind && c.path == path)
            return true;
    return false;
}

void addNativeChanges(const TypeVersion& declared, const TypeVersion& live, SchemaDiff& diff) {
    for (const Field& l : live.schema.fields) {
        const Field* d = declared.schema.findField(l.name);
        if (!d)
            continue;
        std::string before = columnType(*d), after = columnType(l);
        if (before != after && !hasChange(diff, ChangeKind::TypeChanged, l.name))
            diff.changes.push_back(
                {ChangeKind::TypeChanged, l.name, before, after, Effect::Breaking, Effect::Breaking,
                 "the live column is " + after + ", the workspace says " + before});
        auto beforeDefault = docNote(*d, "pg.default"), afterDefault = docNote(l, "pg.default");
        if (beforeDefault != afterDefault && !hasChange(diff, ChangeKind::DefaultChanged, l.name))
            diff.changes.push_back({ChangeKind::DefaultChanged, l.name, beforeDefault.value_or(""),
                                    afterDefault.value_or(""), Effect::Safe, Effect::Safe,
                                    "the live server default differs from the workspace's"});
    }
}

} // namespace

Result<SchemaDiff> detectDrift(Connection& conn, const Workspace& ws, const StoreObject& store) {
    const TypeVersion* declared = ws.findVersion(store.holds);
    if (!declared)
        return makeError(ErrorCode::NotFound, "the version the store holds is not in the workspace",
                         store.holds.toString());
    auto object = parseObjectName(store.object);
    if (!object)
        return object.error();
    TypeVersionId liveId{store.holds.name, store.holds.version};
    auto live = introspectRelation(conn, object->first, object->second, liveId);
    if (!live)
        return live.error();
    live->version.doc = declared->doc; // the relation's description is not part of the shape
    TypeVersion expected = *declared;  // foreign keys name types; the catalog names relations
    for (Constraint& c : expected.schema.constraints)
        if (c.kind == ConstraintKind::ForeignKey)
            c.refType = referencedRelation(ws, c.refType);
    SchemaDiff diff = diffVersions(expected, live->version, resolverFor(ws));
    addNativeChanges(expected, live->version, diff);
    return diff;
}

} // namespace strata::postgres
