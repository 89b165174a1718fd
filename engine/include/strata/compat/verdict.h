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

// What a matrix keeps of one pair (older, newer): whether each direction resolves. Findings
// and counter-examples are left out so that a matrix of N versions costs bytes, not verdicts,
// per pair; ask checkPair for the full verdict of the one pair a user looks at.
struct MatrixCell {
    bool readCompatible = false;  // newer reads older
    bool writeCompatible = false; // older reads newer

    bool full() const { return readCompatible && writeCompatible; }
    bool operator==(const MatrixCell&) const = default;
};

// The compatibility of every pair of a type's versions, in version order.
struct CompatMatrix {
    std::vector<TypeVersionId> versions;
    // The upper triangle row by row: (0,1), (0,2), ..., (1,2), ...; see cell().
    std::vector<MatrixCell> cells;
    // Triples (i, j, k) with i<j<k where i→j and j→k are read-compatible (or both
    // write-compatible) but i→k is not.
    std::vector<std::array<size_t, 3>> transitivityBreaks;

    // The pair with `older` < `newer` as indexes into `versions`.
    const MatrixCell& cell(size_t older, size_t newer) const;
};

// The matrix of `type`'s versions; each pair is resolved once in both directions.
CompatMatrix compatibilityMatrix(const TypeDef& type, const RefResolver& refs = {});

const char* toString(Direction direction);
const char* toString(Severity severity);

Json findingToJson(const Finding& finding);
Json verdictToJson(const Verdict& verdict);

} // namespace strata
