#pragma once

// Graphviz (libgvc) layout of a graph view, run on a worker thread. Graphviz keeps global
// state, so calls are serialised inside this module; callers never block on it.

#include "strata/graph/layout.h"

#include <future>
#include <string>

namespace strata {

// Lays `input` out with Graphviz `dot` on a new thread; the future yields node centres and
// Bézier edge splines in the same coordinates as layeredLayout().
std::future<Result<Layout>> layoutWithGraphviz(LayoutInput input);

// The same layout, computed on the calling thread (for workers that are already off the GUI).
Result<Layout> layoutWithGraphvizNow(const LayoutInput& input);

// Renders DOT text with the given Graphviz output format ("svg", "plain", ...).
Result<std::string> renderDot(const std::string& dot, const std::string& format);

} // namespace strata
