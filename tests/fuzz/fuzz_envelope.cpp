// Feeds arbitrary bytes to the binary envelope reader as a stream of envelopes. Besides the
// sanitizers, it checks that every accepted envelope lies inside the input and re-encodes to
// exactly the bytes it was read from, and that every rejection names an offset in the input.

#include "strata/codec/envelope.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>

namespace {

void require(bool condition) {
    if (!condition)
        __builtin_trap();
}

size_t offsetOf(const strata::Error& error) {
    require(error.where.rfind("byte ", 0) == 0);
    return std::stoul(error.where.substr(5));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::span<const std::byte> input = std::as_bytes(std::span(data, size));
    while (!input.empty()) {
        const auto view = strata::codec::readEnvelopePrefix(input);
        if (!view.ok()) {
            require(offsetOf(view.error()) <= input.size());
            break;
        }
        require(view->size <= input.size());
        require(view->payload.data() >= input.data());
        require(view->payload.data() + view->payload.size() <= input.data() + view->size);

        const auto rewritten = strata::codec::writeEnvelope(view->typeVersion(), view->payload);
        require(rewritten.ok());
        require(rewritten->size() == view->size);
        require(std::equal(rewritten->begin(), rewritten->end(), input.begin()));
        input = input.subspan(view->size);
    }
    return 0;
}
