#include "strata/core/log.h"

#include <mutex>

namespace strata {
namespace {

std::mutex g_sinkMutex;
LogSink g_sink; // guarded by g_sinkMutex

} // namespace

void setLogSink(LogSink sink) {
    std::lock_guard lock(g_sinkMutex);
    g_sink = std::move(sink);
}

void log(LogLevel level, std::string_view category, std::string_view text) {
    std::lock_guard lock(g_sinkMutex);
    if (g_sink)
        g_sink(level, category, text);
}

} // namespace strata
