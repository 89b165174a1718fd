#include "strata/simd/column.h"

#include <bit>

namespace strata::simd {

ValidityBitmap::ValidityBitmap(size_t rows, bool valid) {
    resize(rows, valid);
}

void ValidityBitmap::set(size_t row, bool valid) {
    const uint64_t bit = uint64_t(1) << (row % 64);
    if (valid)
        m_words[row / 64] |= bit;
    else
        m_words[row / 64] &= ~bit;
}

void ValidityBitmap::append(bool valid) {
    if (m_size % 64 == 0)
        m_words.push_back(0);
    ++m_size;
    set(m_size - 1, valid);
}

void ValidityBitmap::resize(size_t rows, bool valid) {
    const size_t oldSize = m_size;
    m_words.resize((rows + 63) / 64, 0);
    m_size = rows;
    for (size_t row = oldSize; row < rows && valid; ++row)
        set(row, true);
    if (rows % 64 != 0) // keep the bits past size() zero after shrinking
        m_words.back() &= (uint64_t(1) << (rows % 64)) - 1;
}

size_t ValidityBitmap::nullCount() const {
    size_t valid = 0;
    for (uint64_t word : m_words)
        valid += static_cast<size_t>(std::popcount(word));
    return m_size - valid;
}

std::string_view StringColumn::value(size_t row) const {
    return std::string_view(bytes.data() + offsets[row], offsets[row + 1] - offsets[row]);
}

void StringColumn::append(std::string_view text) {
    bytes.insert(bytes.end(), text.begin(), text.end());
    offsets.push_back(static_cast<uint32_t>(bytes.size()));
    validity.append(true);
}

void StringColumn::appendNull() {
    offsets.push_back(static_cast<uint32_t>(bytes.size()));
    validity.append(false);
}

} // namespace strata::simd
