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

// Graphviz reports errors through a callback; collected here (under the mutex) instead of
// being printed on stderr.
std::string& graphvizMessages() {
    static std::string messages;
    return messages;
}

// Graphviz hands a message over in pieces ("Error", ": ", "syntax error..."): joined here.
int collectMessage(char* text) {
    graphvizMessages() += text;
    return 0;
}

std::string collectedMessages() {
    std::string text = graphvizMessages();
    for (char& c : text)
        c = c == '\n' ? ' ' : c;
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

// One context for the whole process, never freed: Graphviz 2.42's text-size code caches a
// font name that gvFreeContext frees, so a second context would read freed memory (seen by
// AddressSanitizer when one layout ran on a worker thread and the next on another thread).
GVC_t* sharedContext() {
    static GVC_t* context = gvContext();
    return context;
}

Result<std::string> renderLocked(const std::string& dot, const std::string& format) {
    graphvizMessages().clear();
    agseterrf(collectMessage);
    GVC_t* gvc = sharedContext();
    if (!gvc)
        return makeError(ErrorCode::Internal, "Graphviz could not create a context");
    Agraph_t* graph = agmemread(dot.c_str());
    if (!graph) {
        return makeError(ErrorCode::Parse,
                         "Graphviz could not read the DOT text: " + collectedMessages());
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
