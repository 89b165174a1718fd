// Content fingerprints: stable across key order and whitespace, different for different
// schemas, and pinned to exact values because stored fingerprints must never drift.

#include "strata/codec/checksum.h"
#include "strata/codec/fingerprint.h"
#include "strata/model/workspace_io.h"

#include <gtest/gtest.h>

namespace strata::codec {
namespace {

TypeVersion parse(std::string_view text) {
    Result<TypeVersion> version = parseTypeVersion(Json::parse(text), "test");
    EXPECT_TRUE(version.ok()) << (version.ok() ? "" : version.error().describe());
    return version.ok() ? *version : TypeVersion{};
}

constexpr std::string_view kOrder = R"({
  "name": "Order", "version": "2.1.0",
  "fields": [
    {"name": "id", "type": "int64", "nullable": false},
    {"name": "note", "type": "string", "nullable": true, "default": null, "aliases": ["comment"]}
  ]
})";

constexpr std::string_view kOrderReordered = R"({"fields":[{"nullable":false,"type":"int64",
"name":"id"},{"aliases":["comment"],"default":null,"nullable":true,"type":"string","name":"note"}],
"version":"2.1.0","name":"Order"})";

TEST(Fingerprint, KeyOrderAndWhitespaceDoNotMatter) {
    const TypeVersion a = parse(kOrder);
    const TypeVersion b = parse(kOrderReordered);
    EXPECT_EQ(canonicalForm(a), canonicalForm(b));
    EXPECT_EQ(fingerprint(a), fingerprint(b));
}

TEST(Fingerprint, IsTheFnvHashOfTheCanonicalForm) {
    const TypeVersion order = parse(kOrder);
    const std::string canonical = canonicalForm(order);
    EXPECT_EQ(canonical, typeVersionToJson(order).dump());
    EXPECT_EQ(fingerprint(order).value, fnv1a64(canonical));
    EXPECT_EQ(fingerprint(order).hex().size(), 16u);
}

// Pinned: if this changes, every fingerprint stored anywhere changes with it.
TEST(Fingerprint, CanonicalFormAndValueArePinned) {
    const TypeVersion order = parse(kOrder);
    EXPECT_EQ(canonicalForm(order),
              R"({"fields":[{"name":"id","nullable":false,"type":"int64"},{"aliases":["comment"],)"
              R"("default":null,"name":"note","nullable":true,"type":"string"}],"name":"Order",)"
              R"("version":"2.1.0"})");
    EXPECT_EQ(fingerprint(order).hex(), "e8ce63a94e57ec19");
}

TEST(Fingerprint, ChangesWithTheSchema) {
    const TypeVersion order = parse(kOrder);
    TypeVersion changed = order;
    changed.schema.fields[0].nullable = true;
    EXPECT_NE(fingerprint(order), fingerprint(changed));
    changed = order;
    changed.id.version.patch = 1;
    EXPECT_NE(fingerprint(order), fingerprint(changed));
}

TEST(Fingerprint, NonAsciiIsEscapedInTheCanonicalForm) {
    TypeVersion order = parse(kOrder);
    order.doc = "Bestellung f\xC3\xBCr K\xC3\xA4ufer";
    const std::string canonical = canonicalForm(order);
    EXPECT_NE(canonical.find(R"("doc":"Bestellung f\u00fcr K\u00e4ufer")"), std::string::npos)
        << canonical;
    for (char c : canonical)
        ASSERT_GE(static_cast<unsigned char>(c), 0x20) << canonical;
}

TEST(Fingerprint, HexIsZeroPaddedLowerCase) {
    EXPECT_EQ((Fingerprint{0x00ab}).hex(), "00000000000000ab");
    EXPECT_EQ((Fingerprint{0xFEDCBA9876543210ULL}).hex(), "fedcba9876543210");
}

} // namespace
} // namespace strata::codec
