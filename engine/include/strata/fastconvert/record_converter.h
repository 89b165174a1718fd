#pragma once

// The fast record converter (DESIGN §4, §9): a converter compiled once into a plan, then
// applied to JSON records parsed with simdjson and written straight into an output buffer.
// Its output is byte for byte what the reference converter gives (applyConverter followed by
// nlohmann's compact dump): keys sorted, nlohmann's number formatting and string escaping.
//
// Records whose numbers simdjson cannot represent (integers beyond the uint64 range, which
// nlohmann reads as doubles) or that nest deeper than simdjson's depth limit are converted by
// the reference converter instead; every failure is also re-checked by the reference, so error
// messages are the reference's own.

#include "strata/core/result.h"
#include "strata/model/workspace.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace strata {

namespace fastconvert {
struct CompiledStep;
class RecordTree;
} // namespace fastconvert

// A converter compiled for the fast path: step paths parsed, values pre-rendered, lookups
// prepared. Immutable, so one plan can be shared by many RecordConverters.
class ConverterPlan {
public:
    // Compiles `converter`; fails when a step could never apply (a rename without a new name,
    // a cast without a target type, a value that is not valid UTF-8 ...).
    static Result<std::shared_ptr<const ConverterPlan>> compile(const Converter& converter);

    ~ConverterPlan();
    const Converter& converter() const { return m_converter; }
    const std::vector<fastconvert::CompiledStep>& steps() const { return *m_steps; }

private:
    ConverterPlan() = default;
    Converter m_converter;
    std::unique_ptr<std::vector<fastconvert::CompiledStep>> m_steps;
};

// Converts single JSON records with one plan. Keeps a parser and scratch memory between
// calls, so it is cheap to reuse and must not be shared between threads.
class RecordConverter {
public:
    explicit RecordConverter(std::shared_ptr<const ConverterPlan> plan);
    ~RecordConverter();
    RecordConverter(const RecordConverter&) = delete;
    RecordConverter& operator=(const RecordConverter&) = delete;

    // Converts one record (a JSON object) and appends its compact form to `out`; on failure
    // `out` is left as it was and the error says what is wrong and where in the record.
    Status convert(std::string_view record, std::string& out);

    // Like convert(), for a record followed in memory by at least kPadding readable bytes,
    // which spares copying it before parsing.
    Status convertPadded(std::string_view record, std::string& out);

    // How many records took the fast path and how many the reference converter.
    struct Counters {
        uint64_t fast = 0;
        uint64_t reference = 0;
        uint64_t failed = 0;
    };
    const Counters& counters() const { return m_counters; }

    static const size_t kPadding;

private:
    Status convertRecord(std::string_view record, bool padded, std::string& out);
    Status convertByReference(std::string_view record, std::string& out, bool fastFailed);

    std::shared_ptr<const ConverterPlan> m_plan;
    std::unique_ptr<fastconvert::RecordTree> m_tree;
    Counters m_counters;
};

// The reference result for one record, as the fast path must reproduce it: parse with
// nlohmann, require an object, applyConverter, compact dump.
Result<std::string> convertRecordByReference(const Converter& converter, std::string_view record);

} // namespace strata
