// UTF-8 validation of string columns at every SIMD level against a decoder written here, on
// random valid text and on text broken in every way RFC 3629 forbids.

#include "strata/simd/column.h"
#include "strata/simd/kernels.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace strata::simd {
namespace {

// Decodes one code point at text[pos]; returns its length, or 0 when the bytes are not the
// shortest form of a scalar value.
size_t decodeOne(const std::string& text, size_t pos) {
    const auto byteAt = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byteAt(pos);
    size_t length = 0;
    uint32_t codePoint = 0;
    if (lead < 0x80) {
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > text.size())
        return 0;
    for (size_t i = 1; i < length; ++i) {
        if ((byteAt(pos + i) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byteAt(pos + i) & 0x3F);
    }
    const uint32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < shortest[length] || codePoint > 0x10FFFF)
        return 0;
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
        return 0;
    return length;
}

size_t referenceFirstInvalid(const std::string& text) {
    for (size_t pos = 0; pos < text.size();) {
        const size_t length = decodeOne(text, pos);
        if (length == 0)
            return pos;
        pos += length;
    }
    return kNoRow;
}

Utf8Outcome referenceCheck(const StringColumn& column) {
    for (size_t row = 0; row < column.size(); ++row) {
        if (column.isNull(row))
            continue;
        const size_t bad = referenceFirstInvalid(std::string(column.value(row)));
        if (bad != kNoRow)
            return Utf8Outcome{row, bad};
    }
    return {};
}

std::string encode(uint32_t codePoint) {
    std::string out;
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
    return out;
}

// Valid text: mostly ASCII, with 2-, 3- and 4-byte characters sprinkled in at `mix` rate.
std::string randomValidText(std::mt19937_64& random, size_t characters, double mix) {
    std::uniform_real_distribution<double> share(0, 1);
    std::string text;
    for (size_t i = 0; i < characters; ++i) {
        if (share(random) >= mix) {
            text += char(0x20 + random() % 95);
            continue;
        }
        uint32_t codePoint = 0;
        switch (random() % 3) {
        case 0:
            codePoint = 0x80 + random() % (0x800 - 0x80);
            break;
        case 1:
            do
                codePoint = 0x800 + random() % (0x10000 - 0x800);
            while (codePoint >= 0xD800 && codePoint <= 0xDFFF);
            break;
        default:
            codePoint = 0x10000 + random() % (0x110000 - 0x10000);
            break;
        }
        text += encode(codePoint);
    }
    return text;
}

// Byte strings that must be rejected, each with the offset of its first ill-formed sequence.
const std::vector<std::pair<std::string, size_t>> kInvalidPieces = {{"\xC0\xAF", 0},
                                                                    {"\xC1\xBF", 0},
                                                                    {"\xE0\x80\xAF", 0},
                                                                    {"\xE0\x9F\xBF", 0},
                                                                    {"\xF0\x80\x80\xAF", 0},
                                                                    {"\xF0\x8F\xBF\xBF", 0},
                                                                    {"\xED\xA0\x80", 0},
                                                                    {"\xED\xBF\xBF", 0},
                                                                    {"\xF4\x90\x80\x80", 0},
                                                                    {"\xF5\x80\x80\x80", 0},
                                                                    {"\xFF", 0},
                                                                    {"\xFE", 0},
                                                                    {"\x80", 0},
                                                                    {"\xBF", 0},
                                                                    {"\xE2\x82", 0},
                                                                    {"\xF0\x9F\x98", 0},
                                                                    {"\xC3", 0},
                                                                    {"a\xC3(", 1},
                                                                    {"\xE2\x28\xA1", 0},
                                                                    {"ok\xF8\x88\x80\x80\x80", 2}};

class SimdUtf8 : public ::testing::TestWithParam<SimdLevel> {
protected:
    void SetUp() override {
        kernels = kernelsFor(GetParam());
        if (kernels == nullptr)
            GTEST_SKIP() << "this CPU cannot run " << toString(GetParam());
    }

    Utf8Outcome check(const StringColumn& column) const {
        return kernels->validateUtf8(column.offsets.data(), column.bytes.data(),
                                     column.validity.words(), column.size());
    }

    const KernelTable* kernels = nullptr;
    std::mt19937_64 random{42};
};

TEST_P(SimdUtf8, ValidColumnsPass) {
    for (double mix : {0.0, 0.01, 0.3, 1.0}) {
        for (size_t rows : {0, 1, 5, 255, 256, 257, 700}) {
            StringColumn column;
            for (size_t row = 0; row < rows; ++row)
                column.append(randomValidText(random, random() % 300, mix));
            EXPECT_EQ(check(column), Utf8Outcome{}) << "mix " << mix << " rows " << rows;
        }
    }
}

TEST_P(SimdUtf8, EveryForbiddenSequenceIsFoundAtItsRowAndOffset) {
    for (const auto& [piece, pieceOffset] : kInvalidPieces) {
        for (size_t badRow : {0, 3, 255, 256, 300}) {
            StringColumn column;
            size_t offsetInRow = 0;
            for (size_t row = 0; row < 310; ++row) {
                std::string text = randomValidText(random, random() % 200, 0.05);
                if (row == badRow) {
                    const size_t cut = text.size() / 2;
                    // cut at a character start so the prefix stays valid
                    size_t at = cut;
                    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
                        --at;
                    text = text.substr(0, at) + piece;
                    offsetInRow = at + pieceOffset;
                }
                column.append(text);
            }
            EXPECT_EQ(check(column), (Utf8Outcome{badRow, offsetInRow}))
                << "piece of " << piece.size() << " bytes in row " << badRow;
        }
    }
}

// Sequences straddling every vector and block boundary (16, 32, 64 and 256 bytes).
TEST_P(SimdUtf8, SequencesAtEveryOffsetOfALongRow) {
    const std::string valid[] = {"\xC2\x80", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xF0\x90\x80\x80",
                                 "\xF4\x8F\xBF\xBF"};
    for (size_t at = 0; at < 300; ++at) {
        for (const std::string& character : valid) {
            StringColumn column;
            column.append(std::string(at, 'a') + character + std::string(300 - at, 'b'));
            ASSERT_EQ(check(column), Utf8Outcome{}) << "valid character at " << at;
        }
        for (const auto& [piece, pieceOffset] : kInvalidPieces) {
            StringColumn column;
            column.append(std::string(at, 'a') + piece + std::string(at % 7, 'b'));
            ASSERT_EQ(check(column), (Utf8Outcome{0, at + pieceOffset})) << "piece at " << at;
        }
    }
}

// A stream starting at 22 alignments (the second chunk of 1024 rows, after a first row of
// 0, 3, ..., 63 bytes), with valid and invalid sequences at every offset of its first blocks.
TEST_P(SimdUtf8, SequencesAtEveryOffsetFromEveryStartAlignment) {
    auto column = [](size_t shift, const std::string& last) {
        StringColumn c;
        c.append(std::string(shift, 's'));
        for (size_t row = 1; row < 1024; ++row)
            c.append("r");
        c.append(last);
        return c;
    };
    for (size_t shift = 0; shift < 64; shift += 3) {
        for (size_t at = 0; at < 420; ++at) {
            const std::string before = std::string(at, 'a') + "\xC3\xA9";
            const std::string after(440 - at, 'b');
            ASSERT_EQ(check(column(shift, before + "\xF0\x9F\x98\x80" + after)), Utf8Outcome{})
                << "shift " << shift << " at " << at;
            for (size_t piece = 0; piece < kInvalidPieces.size(); piece += 3) {
                const auto& [text, offset] = kInvalidPieces[piece];
                ASSERT_EQ(check(column(shift, before + text + after)),
                          (Utf8Outcome{1024, at + 2 + offset}))
                    << "shift " << shift << ", piece " << piece << " at " << at;
            }
        }
    }
}

// A sequence cut short by whole ASCII vectors and blocks after it (the vector check skips
// those and must still see the cut), at every position around 64- and 256-byte blocks.
TEST_P(SimdUtf8, CutSequenceFollowedByALongAsciiRun) {
    const std::string cut[] = {"\xC3", "\xE2\x82", "\xF0\x9F\x98"};
    for (size_t at = 0; at < 600; ++at) {
        for (const std::string& piece : cut) {
            StringColumn column;
            column.append(std::string(at, 'a') + piece + std::string(520, 'b'));
            ASSERT_EQ(check(column), (Utf8Outcome{0, at})) << "cut at " << at;
        }
    }
}

// Row starts are read a few per block of the stream: a single row starting with a
// continuation byte is found wherever it is among thousands of short non-ASCII rows (several
// chunks of 1024 rows), including the last row before trailing empty rows.
TEST_P(SimdUtf8, RowStartingInsideASequenceAmongManyRows) {
    const size_t rows = 2600;
    for (size_t badRow :
         {size_t(1), size_t(500), size_t(1023), size_t(1024), size_t(2047), size_t(2599)}) {
        StringColumn column;
        for (size_t row = 0; row < rows; ++row) {
            std::string text = "r\xC3\xA9" + std::string(random() % 40, 'x');
            if (row + 1 == badRow)
                text += "\xE2\x82"; // the stream stays valid: the next row completes it
            if (row == badRow)
                text = "\xAC" + text;
            column.append(text);
        }
        column.append("");
        column.append("");
        const size_t badOffset = column.value(badRow - 1).size() - 2;
        EXPECT_EQ(check(column), (Utf8Outcome{badRow - 1, badOffset})) << "row " << badRow;
    }
}

TEST_P(SimdUtf8, SequenceSplitAcrossRowsIsInvalidInBothRows) {
    StringColumn column;
    column.append(std::string(100, 'a') + "\xE2\x82"); // first two bytes of U+20AC
    column.append("\xAC" + std::string(100, 'b'));
    EXPECT_EQ(check(column), (Utf8Outcome{0, 100}));
}

TEST_P(SimdUtf8, EmptyRowsBetweenAndAfterTheSplit) {
    StringColumn column;
    column.append(std::string(70, 'a') + "\xC3\xA9\xE2\x82");
    column.append("");
    column.append("\xAC" + std::string(70, 'b'));
    column.append("");
    column.append("");
    EXPECT_EQ(check(column), (Utf8Outcome{0, 72}));

    StringColumn valid;
    valid.append("\xE2\x82\xAC");
    valid.append("");
    valid.append("");
    EXPECT_EQ(check(valid), Utf8Outcome{});
}

TEST_P(SimdUtf8, NullRowsAreNotChecked) {
    StringColumn column;
    column.append(std::string(300, 'x'));
    column.append("\xFF\xFE broken");
    column.validity.set(1, false);
    column.append("caf\xC3\xA9");
    EXPECT_EQ(check(column), Utf8Outcome{});
    column.append("\xC0\x80");
    EXPECT_EQ(check(column), (Utf8Outcome{3, 0}));
}

TEST_P(SimdUtf8, RandomBytesAgreeWithTheReferenceDecoder) {
    for (int round = 0; round < 300; ++round) {
        StringColumn column;
        const size_t rows = 1 + random() % 400;
        for (size_t row = 0; row < rows; ++row) {
            std::string text = randomValidText(random, random() % 120, 0.2);
            // corrupt a few rows with a random byte in a random place
            if (random() % 50 == 0 && !text.empty())
                text[random() % text.size()] = char(random());
            column.append(text);
            if (random() % 20 == 0)
                column.validity.set(row, false);
        }
        ASSERT_EQ(check(column), referenceCheck(column)) << "round " << round;
    }
}

// Text in the scripts most columns hold: two- and three-byte characters whose lead bytes need no
// second-byte range check (C2..DF, E1..EC, EE, EF), so whole blocks take the structure-only path
// of the VBMI level; now and then a character that does (E0, ED, F0..F4 leads).
std::string commonScriptText(std::mt19937_64& random, size_t characters) {
    std::string text;
    for (size_t i = 0; i < characters; ++i) {
        const uint64_t kind = random() % 1000;
        if (kind < 600)
            text += char('a' + random() % 26);
        else if (kind < 800)
            text += encode(0x80 + random() % (0x800 - 0x80));
        else if (kind < 997)
            text += encode(0x1000 + random() % (0xD000 - 0x1000));
        else
            text += encode(random() % 2 ? 0x800 + random() % 0x800 : 0x10000 + random() % 0x100000);
    }
    return text;
}

// One damage in a column (a byte replaced, a byte dropped, cutting a sequence, or a continuation
// byte inserted), at any place: a second damage would send the whole chunk to the row-by-row
// check and hide a miss of the vector check.
void damage(std::string& text, std::mt19937_64& random) {
    const size_t at = random() % text.size();
    switch (random() % 3) {
    case 0:
        text[at] = char(random());
        break;
    case 1:
        text.erase(at, 1);
        break;
    default:
        text.insert(at, 1, char(0x80 + random() % 0x40));
        break;
    }
}

TEST_P(SimdUtf8, DamagedCommonScriptTextAgreesWithTheReferenceDecoder) {
    for (int round = 0; round < 3000; ++round) {
        std::vector<std::string> texts(1 + random() % 60);
        for (std::string& text : texts)
            text = commonScriptText(random, random() % 80);
        std::string& damaged = texts[random() % texts.size()];
        if (!damaged.empty())
            damage(damaged, random);
        StringColumn column;
        for (const std::string& text : texts)
            column.append(text);
        ASSERT_EQ(check(column), referenceCheck(column)) << "round " << round;
    }
}

std::string levelName(const ::testing::TestParamInfo<SimdLevel>& info) {
    return toString(info.param);
}

INSTANTIATE_TEST_SUITE_P(EveryLevel, SimdUtf8,
                         ::testing::Values(SimdLevel::Scalar, SimdLevel::Sse2, SimdLevel::Sse42,
                                           SimdLevel::Avx2, SimdLevel::Avx512,
                                           SimdLevel::Avx512Vbmi),
                         levelName);

TEST(FindInvalidUtf8, NamesTheFirstIllFormedSequence) {
    EXPECT_EQ(findInvalidUtf8(""), kNoRow);
    EXPECT_EQ(findInvalidUtf8("Stra\xC3\x9F"
                              "e \xF0\x9F\x98\x80"),
              kNoRow);
    for (const auto& [piece, offset] : kInvalidPieces)
        EXPECT_EQ(findInvalidUtf8(piece), offset) << piece;
    EXPECT_EQ(referenceFirstInvalid("\xF4\x8F\xBF\xBF"), kNoRow); // U+10FFFF itself is valid
    EXPECT_EQ(findInvalidUtf8("\xF4\x8F\xBF\xBF"), kNoRow);
}

} // namespace
} // namespace strata::simd
