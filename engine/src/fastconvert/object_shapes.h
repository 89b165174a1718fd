#pragma once

// The canonical key order of objects, worked out once per shape (the keys of an object in the
// order the input lists them) instead of once per record. Internal to the fastconvert module.

#include "canonical_writer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace strata::fastconvert {

struct ObjectShape {
    std::vector<std::string> keys;     // in input order
    std::vector<uint32_t> order;       // input positions in canonical order, the last of equal keys
    std::vector<std::string> rendered; // per canonical position: the key as written, `"key":`
    // the user's plan for records whose top level has this shape (RecordTree's root plans)
    mutable size_t rootPlan = SIZE_MAX;
    // per canonical position, the shape last met in its value (an array's: in its elements),
    // which the next record most likely repeats
    mutable std::vector<const ObjectShape*> childShapes;
};

class ObjectShapes {
public:
    // The shape of an object with `fields` (key first) in input order, or null when so many
    // distinct shapes were seen that the caller should sort on its own. Shapes live as long as
    // this cache. `guess` (may be null) is compared first and becomes the shape found.
    template <typename Field>
    const ObjectShape* find(const std::vector<Field>& fields, const ObjectShape*& guess) {
        if (guess && matches(*guess, fields))
            return guess;
        guess = find(fields);
        return guess;
    }

    template <typename Field> const ObjectShape* find(const std::vector<Field>& fields) {
        // a few keys are enough to spread shapes over buckets; matching compares them all
        uint64_t hash = fields.size();
        if (!fields.empty()) {
            hash = mix(hash, fields.front().first);
            hash = mix(hash, fields[fields.size() / 2].first);
            hash = mix(hash, fields.back().first);
        }
        std::vector<std::unique_ptr<ObjectShape>>& bucket =
            m_buckets[(hash * 0x9E3779B97F4A7C15ULL) >> 56];
        for (const auto& shape : bucket)
            if (matches(*shape, fields))
                return shape.get();
        if (m_count == kMaxShapes)
            return nullptr;
        std::vector<std::string_view> keys;
        keys.reserve(fields.size());
        for (const Field& field : fields)
            keys.push_back(field.first);
        bucket.push_back(build(keys));
        ++m_count;
        return bucket.back().get();
    }

private:
    static constexpr size_t kBuckets = 256; // indexed by the top 8 bits of a hash
    static constexpr size_t kMaxShapes = 4096;

    static uint64_t mix(uint64_t hash, std::string_view key) {
        uint64_t first = key.empty() ? 0 : static_cast<unsigned char>(key.front());
        uint64_t last = key.empty() ? 0 : static_cast<unsigned char>(key.back());
        hash = (hash ^ (key.size() | first << 32 | last << 40)) * 0x9E3779B97F4A7C15ULL;
        return hash ^ (hash >> 32);
    }

    template <typename Field>
    static bool matches(const ObjectShape& shape, const std::vector<Field>& fields) {
        if (shape.keys.size() != fields.size())
            return false;
        for (size_t i = 0; i < fields.size(); ++i) {
            const std::string& key = shape.keys[i];
            const std::string_view other = fields[i].first;
            if (key.size() != other.size() || !sameBytes(key.data(), other.data(), key.size()))
                return false;
        }
        return true;
    }

    static std::unique_ptr<ObjectShape> build(const std::vector<std::string_view>& keys);

    std::array<std::vector<std::unique_ptr<ObjectShape>>, kBuckets> m_buckets;
    size_t m_count = 0;
};

} // namespace strata::fastconvert
