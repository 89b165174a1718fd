// Avro value encodings used in defaults: decimal bytes, dates, timestamps, byte strings.

#include "avro_values.h"

#include <gtest/gtest.h>

namespace strata::avro {
namespace {

TEST(AvroValues, DecimalBytesToText) {
    EXPECT_EQ(decimalTextFromBytes(std::string("\x04\xd2", 2), 2), "12.34");
    EXPECT_EQ(decimalTextFromBytes(std::string("\xff", 1), 0), "-1");
    EXPECT_EQ(decimalTextFromBytes(std::string("\xff\x85", 2), 1), "-12.3");
    EXPECT_EQ(decimalTextFromBytes(std::string("\x00\x80", 2), 3), "0.128");
    EXPECT_EQ(decimalTextFromBytes(std::string(), 2), "0.00");
    EXPECT_EQ(decimalTextFromBytes(std::string("\x80", 1), 0), "-128");
}

TEST(AvroValues, DecimalTextToMinimalBytes) {
    EXPECT_EQ(decimalBytesFromText("12.34", 2), std::string("\x04\xd2", 2));
    EXPECT_EQ(decimalBytesFromText("-1", 0), std::string("\xff", 1));
    EXPECT_EQ(decimalBytesFromText("128", 0), std::string("\x00\x80", 2));
    EXPECT_EQ(decimalBytesFromText("-128", 0), std::string("\x80", 1));
    EXPECT_EQ(decimalBytesFromText("0", 2), std::string("\x00", 1));
    EXPECT_EQ(decimalBytesFromText("1.5", 3), std::string("\x05\xdc", 2));
    EXPECT_EQ(decimalBytesFromText("1.555", 2), std::nullopt);
    EXPECT_EQ(decimalBytesFromText("abc", 2), std::nullopt);
    EXPECT_EQ(decimalBytesFromText("-", 2), std::nullopt);
}

TEST(AvroValues, DecimalRoundTripOverManyValues) {
    for (long long v = -70000; v <= 70000; v += 7) {
        std::string text = std::to_string(v);
        auto bytes = decimalBytesFromText(text, 0);
        ASSERT_TRUE(bytes.has_value()) << text;
        EXPECT_EQ(decimalTextFromBytes(*bytes, 0), text);
    }
}

TEST(AvroValues, ByteStringsUseCodePointsUpTo255) {
    EXPECT_EQ(bytesFromJsonString("a\xc3\xbf"), std::string("a\xff"));
    EXPECT_EQ(bytesFromJsonString("\xe2\x82\xac"), std::nullopt); // U+20AC is above 255
    EXPECT_EQ(jsonStringFromBytes(std::string("a\xff\x00", 3)), std::string("a\xc3\xbf\x00", 4));
}

TEST(AvroValues, Dates) {
    EXPECT_EQ(dateFromDays(0), "1970-01-01");
    EXPECT_EQ(dateFromDays(-1), "1969-12-31");
    EXPECT_EQ(dateFromDays(19000), "2022-01-08");
    EXPECT_EQ(dateFromDays(3000000), std::nullopt);
    EXPECT_EQ(daysFromDate("2022-01-08"), 19000);
    EXPECT_EQ(daysFromDate("2022-02-30"), std::nullopt);
    EXPECT_EQ(daysFromDate("22-01-08"), std::nullopt);
}

TEST(AvroValues, Timestamps) {
    EXPECT_EQ(timestampFromEpoch(1500, 1000, true), "1970-01-01T00:00:01.5Z");
    EXPECT_EQ(timestampFromEpoch(-1, 1000000, false), "1969-12-31T23:59:59.999999");
    EXPECT_EQ(timestampFromEpoch(0, 1000000, false), "1970-01-01T00:00:00");
    EXPECT_EQ(timestampFromEpoch(INT64_MIN, 1000, true), std::nullopt);
    EXPECT_EQ(epochFromTimestamp("1970-01-01T00:00:01.5Z", 1000000), 1500000);
    EXPECT_EQ(epochFromTimestamp("1970-01-01 01:00:00+01:00", 1000), 0);
    EXPECT_EQ(epochFromTimestamp("1969-12-31T23:59:59.999999", 1000000), -1);
    EXPECT_EQ(epochFromTimestamp("1970-01-01T00:00:00.0000001", 1000000), std::nullopt);
    EXPECT_EQ(epochFromTimestamp("1970-01-01T00:00:00+1:00", 1000000), std::nullopt);
}

} // namespace
} // namespace strata::avro
