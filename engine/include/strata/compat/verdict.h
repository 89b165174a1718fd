#pragma once

// Compatibility verdicts by reader/writer resolution (DESIGN §3).

#include "strata/model/workspace.h"

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace strata {

// Read: the newer version reads data written with the older one (BACKWARD).
// Write: the older version reads data written with the newer one (FORWARD).
enum class Direction { Read, Write };
enum class Severity { Info, Warning, Error };

struct Finding {
    std::string path; // field path in the reader's terms: "address.city", "items[]"
    std::string rule; // stable rule id, e.g. "field-missing-no-default"
    Direction direction = Direction::Read;
    Severity severity = Severity::Error;
    std::string message; // one sentence a user can act on
    // The values the sentence is made of, by name ("field", "writer_type", ...), so that a
    // front end can say the same thing in another language; which names a rule fills is
    // listed in docs/verdicts.md.
    std::map<std::string, std::string> params;
    bool operator==(const Finding&) const = default;
};

// Looks up the schema a reference points to; nullptr when it does not exist.
using RefResolver =
    std::function<const TypeVersion*(std::string_view type, const std::optional<SemVer>& version)>;

// A resolver over a workspace (references to latest resolve to the highest version).
RefResolver resolverFor(const Workspace& ws);

// Outcome of asking whether `reader` can decode everything `writer` can produce.
struct Resolution {
    bool compatible = true;
    bool lossy = false;            // compatible, but some values may lose precision
    std::vector<Finding> findings; // errors make it incompatible; warnings and infos do not
};

// Can a reader with schema `reader` decode any record written with `writer`? `direction` only
// labels the findings.
Resolution resolveSchemas(const Schema& reader, const Schema& writer, Direction direction,
                          const RefResolver& refs = {});

// Same question for a single data type (used for nested and for tests).
Resolution resolveTypes(const DataType& reader, bool readerNullable, const DataType& writer,
                        bool writerNullable, Direction direction, const RefResolver& refs = {});

struct Verdict {
    TypeVersionId older;
    TypeVersionId newer;
    bool readCompatible = false;  // newer reads older
    bool writeCompatible = false; // older reads newer
    bool readLossy = false;
    bool writeLossy = false;
    std::vector<Finding> findings;
    // Per failing direction, a record that really fails: for Read, an `older` record the
    // newer reader cannot decode; for Write, a `newer` record the older reader cannot decode.
    std::optional<Json> readCounterExample;
    std::optional<Json> writeCounterExample;

    bool full() const { return readCompatible && writeCompatible; }
    bool satisfies(CompatPolicy policy) const;
};

// The verdict for the pair (older, newer) in both directions, with counter-examples.
Verdict checkPair(const TypeVersion& older, const TypeVersion& newer, const RefResolver& refs = {});

// Result of running a type's policy against a candidate version.
struct PolicyCheck {
    CompatPolicy policy = CompatPolicy::None;
    bool accepted = true;
    std::vector<Verdict> verdicts;    // one per earlier version that the policy compares with
    std::vector<std::string> reasons; // one sentence per failing comparison
};

// Checks `candidate` against the earlier versions of `type` under `policy` (the latest earlier
// version only, or every earlier version for the transitive forms).
PolicyCheck checkPolicy(const TypeDef& type, const TypeVersion& candidate, CompatPolicy policy,
                        const RefResolver& refs = {});

// The full N×N matrix of a type's versions: cell [i][j] is the verdict with i as older index
// and j as newer index (diagonal is trivially full).
struct CompatMatrix {
    std::vector<TypeVersionId> versions;
    std::vector<std::vector<Verdict>> cells; // cells[i][j] for i < j; other cells mirror
    // Pairs (i, k) with i<j<k where i→j and j→k are read-compatible but i→k is not.
    std::vector<std::array<size_t, 3>> transitivityBreaks;
};
CompatMatrix compatibilityMatrix(const TypeDef& type, const RefResolver& refs = {});

const char* toString(Direction direction);
const char* toString(Severity severity);

Json findingToJson(const Finding& finding);
Json verdictToJson(const Verdict& verdict);

} // namespace strata
