#include "object_shapes.h"

#include "canonical_writer.h"

#include <numeric>

namespace strata::fastconvert {

std::unique_ptr<ObjectShape> ObjectShapes::build(const std::vector<std::string_view>& keys) {
    auto shape = std::make_unique<ObjectShape>();
    shape->keys.assign(keys.begin(), keys.end());
    std::vector<uint32_t> sorted(keys.size());
    std::iota(sorted.begin(), sorted.end(), 0U);
    // stable: of equal keys the last stays last, and is the one nlohmann keeps
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](uint32_t a, uint32_t b) { return keyLess(keys[a], keys[b]); });
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i + 1 < sorted.size() && keys[sorted[i + 1]] == keys[sorted[i]])
            continue;
        shape->order.push_back(sorted[i]);
        std::string text;
        Output out(text);
        writeString(keys[sorted[i]], out);
        out.put(':');
        out.finish();
        shape->rendered.push_back(std::move(text));
    }
    shape->childShapes.assign(shape->order.size(), nullptr);
    return shape;
}

} // namespace strata::fastconvert
