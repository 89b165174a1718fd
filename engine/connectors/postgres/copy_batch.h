#pragma once

// Client-side conversion of COPY text in columnar batches (DESIGN §7): a batch of source rows is
// decoded column by column into strata_simd columns with validity bitmaps, each target column
// is computed by the batch kernels (promotions, scale/offset, null fill, enum remap, checked
// narrowing, UTF-8 validation), and the result is encoded back as COPY text. A target column
// whose steps no kernel covers is computed by the reference converter, value by value, on that
// column alone. The rows written are those the reference record converter writes.

#include "strata/convert/conversion_path.h"

#include <string>
#include <string_view>
#include <vector>

namespace strata::postgres::detail {

// How one target column is computed from a source batch.
struct ColumnProgram {
    enum class Mode { Kernels, Reference, Constant };
    Mode mode = Mode::Kernels;
    std::string target;               // the target column's name
    int sourceIndex = -1;             // Kernels, Reference: the source column
    DataType sourceType;              // Kernels, Reference: the source column's type
    std::vector<ConverterStep> steps; // acting on the value, in order; fields named "value"
    const Field* field = nullptr;     // the target field, for its type and nullability
    std::string constant;             // Constant: the COPY text every row gets
};

// A converter chain compiled for COPY batches. Immutable after compile().
class BatchConverter {
public:
    // Compiles the chain from `source` to `target`; fails when a step acts on a nested path or
    // could never apply to a whole row, in which case rows go through the record converter.
    // `keyColumns` name the source columns of the batch key, for error messages.
    static Result<BatchConverter> compile(const ConversionPath& path, const TypeVersion& source,
                                          const TypeVersion& target,
                                          const std::vector<std::string>& keyColumns);

    // Converts the rows of `lines` (COPY text lines, each ending in '\n') and appends the
    // target rows to `out`. An error names the key of the first offending row.
    Status convert(std::string_view lines, std::string& out) const;

    const std::vector<ColumnProgram>& programs() const { return m_programs; }

    // "amount: kernels, note: reference (cast ...)": how each target column is computed.
    std::string describe() const;

private:
    std::vector<ColumnProgram> m_programs;
    std::vector<std::string> m_reasons; // per program, why it runs on the reference converter
    std::vector<int> m_keyIndex;
    std::vector<std::string> m_keyNames;
    size_t m_sourceColumns = 0;
    std::vector<DataType> m_sourceTypes;
    std::vector<std::string> m_sourceNames;
};

} // namespace strata::postgres::detail
