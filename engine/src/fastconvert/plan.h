#pragma once

// A converter step compiled for the fast path. Internal to the fastconvert module.

#include "record_path.h"
#include "strata/model/workspace.h"

#include <string>
#include <utility>
#include <vector>

namespace strata::fastconvert {

struct CompiledStep {
    const ConverterStep* source = nullptr;
    StepKind kind = StepKind::Rename;
    std::vector<detail::PathSegment> segments;
    bool structural = false; // rename, add and drop act on the parents of the last segment
    bool onParents = false;  // default-if-null on a plain field also acts on parents
    bool noop = false;       // the step can never change a record
    const Json* value = nullptr;
    std::string valueText;       // compact form of `value`
    std::string renderedName;    // the last segment's name as written, `"name":`
    std::string renderedNewName; // a rename's new name as written
    std::vector<std::pair<std::string, std::string>> symbols; // map_enum, sorted by old symbol

    const std::string& name() const { return segments.back().name; }
    const std::string& lastSuffixes() const { return segments.back().suffixes; }
};

} // namespace strata::fastconvert
