// Runtime level selection and the column-level conversions with their error messages.

#include "strata/simd/column_ops.h"
#include "strata/simd/kernels.h"

#include <cmath>
#include <cstdlib>
#include <gtest/gtest.h>

namespace strata::simd {
namespace {

class SimdLevelSelection : public ::testing::Test {
protected:
    void TearDown() override {
        unsetenv("STRATA_SIMD_LEVEL");
        resetSimdLevel();
    }
};

TEST_F(SimdLevelSelection, EnvironmentLowersTheLevel) {
    setenv("STRATA_SIMD_LEVEL", "scalar", 1);
    resetSimdLevel();
    EXPECT_EQ(activeSimdLevel(), SimdLevel::Scalar);
    EXPECT_EQ(activeKernels().level, SimdLevel::Scalar);

    setenv("STRATA_SIMD_LEVEL", "sse2", 1);
    resetSimdLevel();
    EXPECT_EQ(activeSimdLevel(), SimdLevel::Sse2);
}

TEST_F(SimdLevelSelection, UnknownEnvironmentValueKeepsTheDetectedLevel) {
    setenv("STRATA_SIMD_LEVEL", "avx9000", 1);
    resetSimdLevel();
    EXPECT_EQ(activeSimdLevel(), detectedSimdLevel());
}

TEST_F(SimdLevelSelection, ForcedLevelWinsAndHigherLevelsAreRefused) {
    ASSERT_TRUE(forceSimdLevel(SimdLevel::Scalar).ok());
    EXPECT_EQ(activeSimdLevel(), SimdLevel::Scalar);
    ASSERT_TRUE(forceSimdLevel(detectedSimdLevel()).ok());
    EXPECT_EQ(activeSimdLevel(), detectedSimdLevel());
    if (detectedSimdLevel() != SimdLevel::Avx512Vbmi) {
        const Status refused = forceSimdLevel(SimdLevel::Avx512Vbmi);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
        EXPECT_EQ(kernelsFor(SimdLevel::Avx512Vbmi), nullptr);
    }
}

TEST_F(SimdLevelSelection, LevelNamesRoundTrip) {
    for (SimdLevel level : {SimdLevel::Scalar, SimdLevel::Sse2, SimdLevel::Sse42, SimdLevel::Avx2,
                            SimdLevel::Avx512, SimdLevel::Avx512Vbmi}) {
        const Result<SimdLevel> parsed = parseSimdLevel(toString(level));
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(*parsed, level);
    }
    EXPECT_EQ(*parseSimdLevel("sse4.2"), SimdLevel::Sse42);
    EXPECT_FALSE(parseSimdLevel("AVX2").ok());
}

TEST(ValidityBitmap, CountsNullsAndKeepsBitsPastTheEndClear) {
    ValidityBitmap validity(130, true);
    EXPECT_EQ(validity.nullCount(), 0u);
    validity.set(0, false);
    validity.set(129, false);
    EXPECT_EQ(validity.nullCount(), 2u);
    validity.resize(65);
    EXPECT_EQ(validity.nullCount(), 1u);
    EXPECT_EQ(validity.words()[1], 1u);
    validity.resize(70, false);
    EXPECT_EQ(validity.nullCount(), 6u);
}

TEST(ColumnOps, PromotionsCarryNullsOver) {
    Int32Column column;
    column.append(INT32_MIN);
    column.appendNull();
    column.append(7);
    const Int64Column wide = toInt64(column);
    EXPECT_EQ(wide.values[0], int64_t(INT32_MIN));
    EXPECT_EQ(wide.values[2], 7);
    EXPECT_TRUE(wide.isNull(1));
    EXPECT_FALSE(wide.isNull(2));
    EXPECT_EQ(toFloat64(column).values[0], -2147483648.0);
}

TEST(ColumnOps, ScaleOffsetConvertsUnits) {
    Float64Column celsius;
    celsius.append(100.0);
    celsius.append(-40.0);
    const Float64Column fahrenheit = scaleOffset(celsius, 1.8, 32.0);
    EXPECT_EQ(fahrenheit.values, (std::vector<double>{212.0, -40.0}));
}

TEST(ColumnOps, FillNullsMakesEveryRowValid) {
    Float64Column column;
    column.append(1.5);
    column.appendNull();
    column.appendNull();
    fillNulls(column, -0.0);
    EXPECT_EQ(column.values[0], 1.5);
    EXPECT_TRUE(std::signbit(column.values[1]));
    EXPECT_EQ(column.validity.nullCount(), 0u);

    BoolColumn flags;
    flags.appendNull();
    flags.append(0);
    fillNulls(flags, true);
    EXPECT_EQ(flags.values, (std::vector<uint8_t>{1, 0}));
}

TEST(ColumnOps, EnumRemapBySymbolNameAndReaderDefault) {
    const EnumRemap remap = EnumRemap::bySymbol({"RED", "GREEN", "BLUE"}, {"BLUE", "RED"});
    EXPECT_EQ(remap.table, (std::vector<int32_t>{1, kUnknownSymbol, 0}));

    Int32Column codes;
    for (int32_t code : {0, 2, 1, 0})
        codes.append(code);
    const Result<Int32Column> withDefault = remapEnum(codes, remap, 1);
    ASSERT_TRUE(withDefault.ok());
    EXPECT_EQ(withDefault->values, (std::vector<int32_t>{1, 0, 1, 1}));

    const Result<Int32Column> withoutDefault = remapEnum(codes, remap, std::nullopt);
    ASSERT_FALSE(withoutDefault.ok());
    EXPECT_EQ(withoutDefault.error().describe(),
              "row 2: writer enum code 1 has no reader symbol and the reader enum has no default "
              "(1 rows affected)");
}

TEST(ColumnOps, NarrowingNamesTheFirstOffendingRow) {
    Int64Column column;
    for (int64_t value : {int64_t(1), int64_t(INT32_MAX), int64_t(INT32_MAX) + 1, int64_t(-5)})
        column.append(value);
    const Result<Int32Column> narrowed = narrowToInt32(column);
    ASSERT_FALSE(narrowed.ok());
    EXPECT_EQ(narrowed.error().describe(), "row 2: value 2147483648 does not fit in int32");

    column.validity.set(2, false);
    const Result<Int32Column> skipped = narrowToInt32(column);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped->values[3], -5);
    EXPECT_TRUE(skipped->isNull(2));
}

TEST(ColumnOps, FloatToIntRejectsFractionsNaNAndOverflow) {
    Float64Column column;
    column.append(3.0);
    column.append(2.5);
    const Result<Int64Column> converted = toInt64Exact(column);
    ASSERT_FALSE(converted.ok());
    EXPECT_EQ(converted.error().describe(), "row 1: value 2.5 is not an integer within int64");

    Float64Column nan;
    nan.append(NAN);
    EXPECT_EQ(toInt64Exact(nan).error().where, "row 0");
}

TEST(ColumnOps, Utf8ErrorNamesRowAndByte) {
    StringColumn column;
    column.append("plain");
    column.append("caf\xC3\xA9 \xED\xA0\x80");
    const Status status = validateUtf8(column);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().describe(), "row 1, byte 6: invalid UTF-8");
}

} // namespace
} // namespace strata::simd
