// Fuzzes the workspace loader: any input either fails with an error value or loads a
// workspace that serializes and loads back to the same workspace.

#include "strata/model/workspace_io.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    strata::Result<strata::Workspace> ws = strata::parseWorkspace(text, "fuzz");
    if (!ws) {
        if (ws.error().message.empty())
            std::abort(); // every refusal must say what is wrong
        return 0;
    }
    std::string saved = strata::serializeWorkspace(*ws);
    strata::Result<strata::Workspace> again = strata::parseWorkspace(saved, "saved");
    if (!again || !(*again == *ws)) {
        std::fprintf(stderr, "workspace does not round-trip:\n%s\n%s\n", saved.c_str(),
                     again ? "(loads differently)" : again.error().describe().c_str());
        std::abort();
    }
    return 0;
}
