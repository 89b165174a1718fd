// Binary and JSON envelopes: exact layout, round trips, zero-copy reads and every rejection,
// plus the checksum and hash functions whose values are part of the format.

#include "strata/codec/checksum.h"
#include "strata/codec/envelope.h"
#include "strata/codec/json_envelope.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace strata::codec {
namespace {

const TypeVersionId kOrder{"Order", SemVer{2, 1, 0}};

std::vector<std::byte> orderEnvelope(std::string_view payload) {
    Result<std::vector<std::byte>> written = writeEnvelope(kOrder, asBytes(payload));
    EXPECT_TRUE(written.ok());
    return written.ok() ? *written : std::vector<std::byte>{};
}

std::string whereOf(std::span<const std::byte> input) {
    const Result<EnvelopeView> view = readEnvelope(input);
    return view.ok() ? "accepted" : view.error().where;
}

TEST(Checksums, Crc32cKnownVectors) {
    EXPECT_EQ(crc32c(asBytes("123456789")), 0xE3069283U);
    EXPECT_EQ(crc32c(std::vector<std::byte>(32, std::byte{0})), 0x8A9136AAU);
    EXPECT_EQ(crc32c(std::vector<std::byte>(32, std::byte{0xFF})), 0x62A8AB43U);
    std::vector<std::byte> ascending(32);
    for (size_t i = 0; i < ascending.size(); ++i)
        ascending[i] = std::byte(i);
    EXPECT_EQ(crc32c(ascending), 0x46DD794EU);
    EXPECT_EQ(crc32cPortable(ascending), 0x46DD794EU);
    EXPECT_EQ(crc32c({}), 0U);
}

TEST(Checksums, HardwareAndPortableCrcAgree) {
    std::mt19937_64 random(7);
    for (size_t length = 0; length < 200; ++length) {
        std::vector<std::byte> data(length);
        for (std::byte& b : data)
            b = std::byte(random());
        ASSERT_EQ(crc32c(data), crc32cPortable(data)) << "length " << length;
    }
}

TEST(Checksums, Fnv1a64KnownVectors) {
    EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(BinaryEnvelope, LayoutIsExactlyAsDocumented) {
    const std::vector<std::byte> envelope = orderEnvelope("abc");
    const std::vector<uint8_t> expected = {'S', 'T', 'E', 'V', 1,   0,   5,    0,    'O',  'r',
                                           'd', 'e', 'r', 2,   0,   0,   0,    1,    0,    0,
                                           0,   0,   0,   0,   0,   3,   0,    0,    0,    0,
                                           0,   0,   0,   'a', 'b', 'c', 0xdb, 0x64, 0xa1, 0xea};
    ASSERT_EQ(envelope.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(static_cast<uint8_t>(envelope[i]), expected[i]) << "byte " << i;
    EXPECT_EQ(envelope.size(), kEnvelopeOverhead + 5 + 3);
}

TEST(BinaryEnvelope, RoundTripPointsIntoTheInput) {
    const std::string payload = "{\"id\":7}";
    const std::vector<std::byte> envelope = orderEnvelope(payload);
    const Result<EnvelopeView> view = readEnvelope(envelope);
    ASSERT_TRUE(view.ok()) << view.error().describe();
    EXPECT_EQ(view->typeName, "Order");
    EXPECT_EQ(view->version, (SemVer{2, 1, 0}));
    EXPECT_EQ(view->typeVersion(), kOrder);
    EXPECT_EQ(view->size, envelope.size());
    ASSERT_EQ(view->payload.size(), payload.size());
    EXPECT_EQ(std::memcmp(view->payload.data(), payload.data(), payload.size()), 0);
    // no copy: the payload and name are views of the input buffer
    EXPECT_EQ(view->payload.data(), envelope.data() + 8 + 5 + 20);
    EXPECT_EQ(reinterpret_cast<const std::byte*>(view->typeName.data()), envelope.data() + 8);
}

TEST(BinaryEnvelope, EmptyPayloadAndUnusualNames) {
    for (const TypeVersionId& id : {TypeVersionId{"Order-v2-legacy", SemVer{0, 0, 1}},
                                    TypeVersionId{"Bestellung\xC3\xBC", SemVer{4294967295U, 0, 7}},
                                    TypeVersionId{std::string(65535, 'n'), SemVer{1, 0, 0}}}) {
        const Result<std::vector<std::byte>> written = writeEnvelope(id, {});
        ASSERT_TRUE(written.ok());
        const Result<EnvelopeView> view = readEnvelope(*written);
        ASSERT_TRUE(view.ok()) << view.error().describe();
        EXPECT_EQ(view->typeVersion(), id);
        EXPECT_TRUE(view->payload.empty());
    }
}

TEST(BinaryEnvelope, StreamOfEnvelopesReadsOneAtATime) {
    std::vector<std::byte> stream;
    ASSERT_TRUE(appendEnvelope(stream, kOrder, asBytes("first")).ok());
    ASSERT_TRUE(
        appendEnvelope(stream, TypeVersionId{"Item", SemVer{1, 0, 0}}, asBytes("2nd")).ok());

    const Result<EnvelopeView> first = readEnvelopePrefix(stream);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->size, kEnvelopeOverhead + 5 + 5);
    const Result<EnvelopeView> second = readEnvelope(std::span(stream).subspan(first->size));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->typeName, "Item");
    EXPECT_EQ(second->payload.size(), 3u);

    const Result<EnvelopeView> whole = readEnvelope(stream);
    ASSERT_FALSE(whole.ok());
    EXPECT_EQ(whole.error().describe(),
              "byte 42: envelope: 39 unexpected bytes after the envelope");
}

TEST(BinaryEnvelope, EveryTruncationIsRejectedAtItsOffset) {
    const std::vector<std::byte> envelope = orderEnvelope("payload");
    const size_t payloadAt = 8 + 5 + 20;
    const size_t lengthAt = payloadAt - 8;
    for (size_t size = 0; size < envelope.size(); ++size) {
        const auto prefix = std::span(envelope).first(size);
        const Result<EnvelopeView> view = readEnvelope(prefix);
        ASSERT_FALSE(view.ok()) << "prefix of " << size << " bytes";
        EXPECT_EQ(view.error().code, ErrorCode::Parse);
        const size_t at = size < payloadAt ? size : lengthAt;
        EXPECT_EQ(view.error().where, "byte " + std::to_string(at)) << view.error().message;
    }
    EXPECT_EQ(readEnvelope(std::span(envelope).first(10)).error().message,
              "envelope: truncated in the header (needs 33 bytes, input has 10)");
}

TEST(BinaryEnvelope, WrongMagicFormatFlagsAndNameLength) {
    std::vector<std::byte> envelope = orderEnvelope("x");
    auto corrupt = [&](size_t at, std::byte value) {
        std::vector<std::byte> copy = envelope;
        copy[at] = value;
        return readEnvelope(copy);
    };
    EXPECT_EQ(corrupt(0, std::byte{'s'}).error().describe(),
              "byte 0: envelope: wrong magic (not a Strata envelope, expected \"STEV\")");
    EXPECT_EQ(corrupt(3, std::byte{'X'}).error().where, "byte 3");
    EXPECT_EQ(corrupt(4, std::byte{2}).error().describe(),
              "byte 4: envelope: unsupported format version 2 (this build reads 1)");
    EXPECT_EQ(corrupt(5, std::byte{1}).error().describe(),
              "byte 5: envelope: reserved flags are set");
    EXPECT_EQ(corrupt(6, std::byte{0}).error().describe(),
              "byte 6: envelope: the type name is empty");
    EXPECT_EQ(corrupt(9, std::byte{0xC0}).error().describe(),
              "byte 9: envelope: the type name is not UTF-8");
}

TEST(BinaryEnvelope, CorruptedContentFailsTheChecksum) {
    const std::vector<std::byte> envelope = orderEnvelope("abc");
    std::vector<std::byte> copy = envelope;
    copy[34] ^= std::byte{0x01}; // 'b' of the payload
    EXPECT_EQ(readEnvelope(copy).error().describe(),
              "byte 36: envelope: checksum mismatch (stored 0xeaa164db, computed 0xf903fcac): the "
              "envelope is corrupted");
    // every single flipped bit anywhere is caught, by a field check or by the checksum
    for (size_t bit = 0; bit < envelope.size() * 8; ++bit) {
        copy = envelope;
        copy[bit / 8] ^= std::byte(1U << (bit % 8));
        ASSERT_FALSE(readEnvelope(copy).ok()) << "bit " << bit;
    }
}

TEST(BinaryEnvelope, HugeDeclaredPayloadLengthIsRejectedWithoutReading) {
    std::vector<std::byte> envelope = orderEnvelope("abc");
    for (size_t i = 25; i < 33; ++i)
        envelope[i] = std::byte{0xFF};
    EXPECT_EQ(whereOf(envelope), "byte 25");
    EXPECT_EQ(readEnvelope(envelope).error().message,
              "envelope: payload length 18446744073709551615 runs past the end of the input (7 "
              "bytes follow the header, checksum included)");
}

TEST(BinaryEnvelope, WriterRefusesBadTypeNames) {
    EXPECT_EQ(writeEnvelope(TypeVersionId{"", SemVer{1, 0, 0}}, {}).error().message,
              "envelope: the type name is empty");
    EXPECT_EQ(
        writeEnvelope(TypeVersionId{std::string(65536, 'n'), SemVer{1, 0, 0}}, {}).error().message,
        "envelope: the type name is longer than 65535 bytes");
    EXPECT_EQ(writeEnvelope(TypeVersionId{"Or\xFF"
                                          "der",
                                          SemVer{1, 0, 0}},
                            {})
                  .error()
                  .message,
              "envelope: the type name is not UTF-8 at byte 2");
}

TEST(JsonEnvelope, EncodesVersionFirstAndRoundTrips) {
    const Json data = {
        {"note", "caf\xC3\xA9"}, {"id", 9007199254740993LL}, {"tags", Json::array()}};
    const Result<std::string> text = encodeJsonEnvelope(kOrder, data);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(*text, "{\"_version\":\"Order-v2.1.0\",\"data\":{\"id\":9007199254740993,\"note\":"
                     "\"caf\xC3\xA9\",\"tags\":[]}}");
    const Result<JsonEnvelope> decoded = decodeJsonEnvelope(*text);
    ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
    EXPECT_EQ(decoded->typeVersion, kOrder);
    EXPECT_EQ(decoded->data, data);
}

TEST(JsonEnvelope, EncodeRefusesNonObjectData) {
    EXPECT_FALSE(encodeJsonEnvelope(kOrder, Json::array()).ok());
    EXPECT_FALSE(encodeJsonEnvelope(kOrder, Json("x")).ok());
    EXPECT_FALSE(encodeJsonEnvelope(kOrder, Json{{"bad", "\xFF"}}).ok());
}

TEST(JsonEnvelope, EveryRejectionSaysWhere) {
    const std::pair<std::string, std::string> cases[] = {
        {R"({"_version":"Order-v1.0.0","data":{]})", "byte 35"},
        {R"([1,2])", "/"},
        {R"({"data":{}})", "/_version"},
        {R"({"_version":3,"data":{}})", "/_version"},
        {R"({"_version":"Order-1.0","data":{}})", "/_version"},
        {R"({"_version":"Order-v1.x","data":{}})", "/_version"},
        {R"({"_version":"Order-v1.0.0"})", "/data"},
        {R"({"_version":"Order-v1.0.0","data":[]})", "/data"},
        {R"({"_version":"Order-v1.0.0","data":{},"extra":1})", "/extra"},
    };
    for (const auto& [text, where] : cases) {
        const Result<JsonEnvelope> decoded = decodeJsonEnvelope(std::string_view(text));
        ASSERT_FALSE(decoded.ok()) << text;
        EXPECT_EQ(decoded.error().code, ErrorCode::Parse) << text;
        EXPECT_EQ(decoded.error().where, where) << text << ": " << decoded.error().message;
    }
    const Result<JsonEnvelope> overflow =
        decodeJsonEnvelope(std::string_view(R"({"_version":"Order-v1.0.0","data":{"x":1e400}})"));
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.error().code, ErrorCode::Parse);
    EXPECT_NE(overflow.error().message.find("number overflow"), std::string::npos);
    EXPECT_EQ(decodeJsonEnvelope(std::string_view(R"({"_version":"Order-v1.0.0","data":[]})"))
                  .error()
                  .describe(),
              "/data: JSON envelope: \"data\" must be an object");
}

} // namespace
} // namespace strata::codec
