#include "strata/codec/json_envelope.h"

namespace strata::codec {
namespace {

constexpr const char* kVersionKey = "_version";
constexpr const char* kDataKey = "data";

Error shapeError(std::string message, std::string pointer) {
    return makeError(ErrorCode::Parse, "JSON envelope: " + std::move(message), std::move(pointer));
}

} // namespace

Result<std::string> encodeJsonEnvelope(const TypeVersionId& typeVersion, const Json& data) {
    if (!data.is_object())
        return makeError(ErrorCode::InvalidArgument, "JSON envelope: data must be an object");
    // nlohmann objects keep keys sorted, and "_version" sorts before "data"
    const Json envelope = {{kVersionKey, typeVersion.toString()}, {kDataKey, data}};
    try {
        return envelope.dump();
    } catch (const Json::type_error& error) {
        return makeError(ErrorCode::InvalidArgument,
                         std::string("JSON envelope: cannot encode data: ") + error.what());
    }
}

Result<JsonEnvelope> decodeJsonEnvelope(std::string_view text) {
    Json envelope;
    try {
        envelope = Json::parse(text);
    } catch (const Json::parse_error& error) {
        // nlohmann counts bytes from 1 and points just past the offending character
        const size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        return makeError(ErrorCode::Parse, std::string("JSON envelope: ") + error.what(),
                         "byte " + std::to_string(offset));
    } catch (const Json::exception& error) {
        // syntactically fine but not representable, e.g. a number beyond double range
        return makeError(ErrorCode::Parse, std::string("JSON envelope: ") + error.what());
    }
    return decodeParsedJsonEnvelope(envelope);
}

Result<JsonEnvelope> decodeParsedJsonEnvelope(const Json& envelope) {
    if (!envelope.is_object())
        return shapeError("expected an object with \"_version\" and \"data\"", "/");
    for (const auto& [key, value] : envelope.items()) {
        if (key != kVersionKey && key != kDataKey)
            return shapeError("unexpected key \"" + key + "\"", "/" + key);
    }

    const auto version = envelope.find(kVersionKey);
    if (version == envelope.end())
        return shapeError("missing \"_version\"", "/_version");
    if (!version->is_string())
        return shapeError("\"_version\" must be a string like \"Order-v2.1.0\"", "/_version");
    Result<TypeVersionId> typeVersion = TypeVersionId::parse(version->get<std::string>());
    if (!typeVersion)
        return shapeError(typeVersion.error().message, "/_version");

    const auto data = envelope.find(kDataKey);
    if (data == envelope.end())
        return shapeError("missing \"data\"", "/data");
    if (!data->is_object())
        return shapeError("\"data\" must be an object", "/data");
    return JsonEnvelope{std::move(*typeVersion), *data};
}

} // namespace strata::codec
