#include "strata/model/version.h"

#include <charconv>

namespace strata {
namespace {

bool parseNumber(std::string_view text, uint32_t& out) {
    if (text.empty() || text.size() > 9)
        return false;
    if (text.size() > 1 && text[0] == '0')
        return false; // semver forbids leading zeros
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

Result<SemVer> SemVer::parse(std::string_view text) {
    SemVer v;
    uint32_t* parts[3] = {&v.major, &v.minor, &v.patch};
    size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        size_t dot = text.find('.', start);
        std::string_view part =
            text.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (!parseNumber(part, *parts[i]))
            return makeError(ErrorCode::InvalidArgument,
                             "'" + std::string(text) +
                                 "' is not a version (expected MAJOR.MINOR.PATCH)");
        if (dot == std::string_view::npos)
            return v;
        start = dot + 1;
        if (i == 2)
            break;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "'" + std::string(text) + "' has more than three version parts");
}

std::string SemVer::toString() const {
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

Result<TypeVersionId> TypeVersionId::parse(std::string_view text) {
    size_t split = text.rfind("-v");
    if (split == std::string_view::npos || split == 0)
        return makeError(ErrorCode::InvalidArgument,
                         "'" + std::string(text) +
                             "' is not a type version (expected Name-vX.Y.Z)");
    auto version = SemVer::parse(text.substr(split + 2));
    if (!version)
        return makeError(ErrorCode::InvalidArgument,
                         "'" + std::string(text) +
                             "' has a bad version: " + version.error().message);
    return TypeVersionId{std::string(text.substr(0, split)), *version};
}

std::string TypeVersionId::toString() const {
    return name + "-v" + version.toString();
}

} // namespace strata
