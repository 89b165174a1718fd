#pragma once

// Semantic diff of two versions of a type: what changed, field by field, and what each change
// does to reading old data with the new version (read) and new data with the old one (write).

#include "strata/compat/verdict.h"

#include <string>
#include <vector>

namespace strata {

enum class ChangeKind {
    FieldAdded,
    FieldRemoved,
    FieldRenamed, // matched through an alias of the newer field
    LikelyRename, // a removed and an added field look alike but no alias links them
    TypeChanged,
    NullabilityChanged,
    DefaultChanged,
    AliasesChanged,
    EnumSymbolsAdded,
    EnumSymbolsRemoved,
    EnumDefaultChanged,
    NamedTypeRenamed,
    ConstraintAdded,
    ConstraintRemoved,
    DocChanged,
};

// Effect of one change in one direction.
enum class Effect { Safe, Lossy, Breaking };

struct Change {
    ChangeKind kind = ChangeKind::FieldAdded;
    std::string path;            // field path in the newer version's terms (older's for removals)
    std::string before;          // short text of the old state, empty for additions
    std::string after;           // short text of the new state, empty for removals
    Effect read = Effect::Safe;  // newer reads older data
    Effect write = Effect::Safe; // older reads newer data
    std::string message;
};

struct SchemaDiff {
    TypeVersionId older;
    TypeVersionId newer;
    std::vector<Change> changes;

    // The worst effect over all changes, per direction.
    Effect worstRead() const;
    Effect worstWrite() const;
};

// Diffs `older` against `newer`; references are resolved through `refs` for type changes.
SchemaDiff diffVersions(const TypeVersion& older, const TypeVersion& newer,
                        const RefResolver& refs = {});

const char* toString(ChangeKind kind);
const char* toString(Effect effect);
Json diffToJson(const SchemaDiff& diff);

} // namespace strata
