// Fuzzes the Avro importer: any input either fails with an error value or imports versions
// that export and import back unchanged (the importer's lossless round trip).

#include "strata/io/avro.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    strata::Result<strata::AvroImport> imported = strata::importAvro(text, "fuzz.avsc");
    if (!imported) {
        if (imported.error().message.empty())
            std::abort();
        return 0;
    }
    const auto& versions = imported->versions;
    strata::RefResolver refs =
        [&versions](std::string_view type,
                    const std::optional<strata::SemVer>& v) -> const strata::TypeVersion* {
        for (const strata::TypeVersion& tv : versions)
            if (tv.id.name == type && (!v || tv.id.version == *v))
                return &tv;
        return nullptr;
    };
    for (const strata::TypeVersion& tv : versions) {
        strata::Result<std::string> exported = strata::exportAvroText(tv, refs);
        if (!exported) {
            std::fprintf(stderr, "imported %s does not export: %s\n", tv.id.toString().c_str(),
                         exported.error().describe().c_str());
            std::abort();
        }
        strata::Result<strata::AvroImport> again = strata::importAvro(*exported, "exported");
        if (!again || again->versions.size() != 1 || !(again->versions[0] == tv)) {
            std::fprintf(stderr, "%s does not round-trip:\n%s\n%s\n", tv.id.toString().c_str(),
                         exported->c_str(),
                         again ? "(imports differently)" : again.error().describe().c_str());
            std::abort();
        }
    }
    return 0;
}
