#include "strata/graph_layout/graphviz.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mutex>

namespace strata {

namespace {

// Graphviz's layout engines share global state: one layout at a time.
std::mutex& graphvizMutex() {
    static std::mutex m;
    return m;
}

Result<std::string> renderLocked(const std::string& dot, const std::string& format) {
    GVC_t* gvc = gvContext();
    if (!gvc)
        return makeError(ErrorCode::Internal, "Graphviz could not create a context");
    Agraph_t* graph = agmemread(dot.c_str());
    if (!graph) {
        gvFreeContext(gvc);
        return makeError(ErrorCode::Parse, "Graphviz could not read the DOT text");
    }
    Result<std::string> result = makeError(ErrorCode::Internal, "Graphviz layout failed");
    if (gvLayout(gvc, graph, "dot") == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph, format.c_str(), &data, &length) == 0 && data)
            result = std::string(data, length);
        else
            result = makeError(ErrorCode::Unsupported, "Graphviz cannot render '" + format + "'");
        if (data)
            gvFreeRenderData(data);
        gvFreeLayout(gvc, graph);
    }
    agclose(graph);
    gvFreeContext(gvc);
    return result;
}

} // namespace

Result<std::string> renderDot(const std::string& dot, const std::string& format) {
    std::lock_guard lock(graphvizMutex());
    return renderLocked(dot, format);
}

Result<Layout> layoutWithGraphvizNow(const LayoutInput& input) {
    Result<std::string> plain = renderDot(toDot(input), "plain");
    if (!plain)
        return plain.error();
    return layoutFromPlain(*plain, input);
}

std::future<Result<Layout>> layoutWithGraphviz(LayoutInput input) {
    return std::async(std::launch::async,
                      [input = std::move(input)]() { return layoutWithGraphvizNow(input); });
}

} // namespace strata
