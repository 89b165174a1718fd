#pragma once

// Columnar batches: the values of one field for many records, plus a validity bitmap saying
// which rows hold a value and which are null. The layout (LSB-first validity words, string
// offsets plus bytes) is what the kernels in kernels.h read directly.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace strata::simd {

// One bit per row, LSB first in 64-bit words; a set bit means the row is valid (not null).
// Bits past size() are always zero.
class ValidityBitmap {
public:
    ValidityBitmap() = default;
    explicit ValidityBitmap(size_t rows, bool valid = true);

    size_t size() const { return m_size; }
    bool isValid(size_t row) const { return (m_words[row / 64] >> (row % 64)) & 1U; }
    void set(size_t row, bool valid);
    void append(bool valid);
    void resize(size_t rows, bool valid = true);

    size_t nullCount() const;
    bool allValid() const { return nullCount() == 0; }

    const uint64_t* words() const { return m_words.data(); }

    bool operator==(const ValidityBitmap&) const = default;

private:
    std::vector<uint64_t> m_words;
    size_t m_size = 0;
};

// A column of fixed-width values; values of null rows are present but carry no meaning.
template <typename T> struct Column {
    std::vector<T> values;
    ValidityBitmap validity;

    size_t size() const { return values.size(); }
    bool isNull(size_t row) const { return !validity.isValid(row); }

    void append(T value) {
        values.push_back(value);
        validity.append(true);
    }

    void appendNull() {
        values.push_back(T{});
        validity.append(false);
    }

    bool operator==(const Column&) const = default;
};

using BoolColumn = Column<uint8_t>; // 0 or 1 per row
using Int32Column = Column<int32_t>;
using Int64Column = Column<int64_t>;
using Float32Column = Column<float>;
using Float64Column = Column<double>;

// Variable-length text: row r holds bytes[offsets[r] .. offsets[r + 1]). A batch holds at
// most 4 GiB of text.
struct StringColumn {
    std::vector<uint32_t> offsets{0};
    std::vector<char> bytes;
    ValidityBitmap validity;

    size_t size() const { return offsets.size() - 1; }
    bool isNull(size_t row) const { return !validity.isValid(row); }
    std::string_view value(size_t row) const;

    void append(std::string_view text);
    void appendNull();

    bool operator==(const StringColumn&) const = default;
};

using AnyColumn =
    std::variant<BoolColumn, Int32Column, Int64Column, Float32Column, Float64Column, StringColumn>;

// Rows of several named fields, stored column by column; every column has `rows` rows.
struct Batch {
    size_t rows = 0;
    std::vector<std::string> names;
    std::vector<AnyColumn> columns;
};

} // namespace strata::simd
