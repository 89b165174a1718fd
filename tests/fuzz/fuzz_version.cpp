// Fuzzes the version parsers: SemVer::parse and TypeVersionId::parse either refuse with a
// message or return a value whose text form parses back to the same value.

#include "strata/model/version.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);

    strata::Result<strata::SemVer> v = strata::SemVer::parse(text);
    if (v) {
        auto again = strata::SemVer::parse(v->toString());
        if (!again || *again != *v) {
            std::fprintf(stderr, "semver %s does not round-trip\n", v->toString().c_str());
            std::abort();
        }
    } else if (v.error().message.empty()) {
        std::abort();
    }

    strata::Result<strata::TypeVersionId> id = strata::TypeVersionId::parse(text);
    if (id) {
        auto again = strata::TypeVersionId::parse(id->toString());
        if (!again || *again != *id) {
            std::fprintf(stderr, "type version %s does not round-trip\n", id->toString().c_str());
            std::abort();
        }
    } else if (id.error().message.empty()) {
        std::abort();
    }
    return 0;
}
