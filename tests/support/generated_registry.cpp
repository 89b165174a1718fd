#include "generated_registry.h"

#include <algorithm>
#include <cstdio>

namespace strata::test {

namespace {

std::string typeName(int i) {
    char name[16];
    std::snprintf(name, sizeof name, "T%05d", i);
    return name;
}

Field plainField(std::string name, TypeKind kind) {
    Field f;
    f.name = std::move(name);
    f.type = DataType::primitive(kind);
    return f;
}

} // namespace

Workspace generatedRegistry(int typeCount, int versionsPerType) {
    Workspace ws;
    ws.name = "generated";
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    auto next = [&seed]() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return seed;
    };
    for (int i = 0; i < typeCount; ++i) {
        TypeDef type{typeName(i)};
        std::vector<int> targets;
        // Types come in four tiers (i % 4); a type references types of lower tiers only, so
        // references nest at most three deep, as entities, parts and value objects do.
        int tier = i % 4;
        for (int r = 0; r < 2 && tier > 0; ++r) {
            int lower = int(next() % uint64_t(tier));
            int group = int(next() % uint64_t(i / 4 + 1));
            targets.push_back(4 * group + lower);
        }
        for (int k = 0; k < versionsPerType; ++k) {
            TypeVersion v;
            v.id = {type.name, SemVer{1, uint32_t(k), 0}};
            v.schema.fields.push_back(plainField("id", TypeKind::String));
            // int32 widens to int64 at 1.4.0: read-compatible only, like a real promotion.
            v.schema.fields.push_back(plainField("n", k >= 4 ? TypeKind::Int64 : TypeKind::Int32));
            for (int f = 1; f <= k; ++f) {
                Field extra = plainField("f" + std::to_string(f), TypeKind::Int64);
                extra.defaultValue = Json(0);
                v.schema.fields.push_back(std::move(extra));
            }
            for (size_t r = 0; r < targets.size(); ++r) {
                Field ref;
                ref.name = "ref" + std::to_string(r);
                // pins move forward with the referring type, the second one a version behind
                uint32_t minor = uint32_t(std::max(0, k - int(r)));
                bool floating = i % 7 == 0 && r == 0;
                ref.type = DataType::reference(typeName(targets[r]),
                                               floating ? std::nullopt
                                                        : std::optional(SemVer{1, minor, 0}));
                v.schema.fields.push_back(std::move(ref));
            }
            type.versions.push_back(std::move(v));
        }
        ws.types.push_back(std::move(type));
    }
    return ws;
}

} // namespace strata::test
