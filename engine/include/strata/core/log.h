#pragma once

// The engine has no logging framework of its own: callers inject a sink (the console routes it
// to a Qt logging category, stratactl to stderr). Without a sink, messages are dropped.

#include <functional>
#include <string_view>

namespace strata {

enum class LogLevel { Debug, Info, Warning, Error };

using LogSink = std::function<void(LogLevel, std::string_view category, std::string_view text)>;

// Installs the process-wide sink; pass an empty function to drop messages again.
void setLogSink(LogSink sink);

// Sends one message to the installed sink, if any. Thread-safe.
void log(LogLevel level, std::string_view category, std::string_view text);

} // namespace strata
