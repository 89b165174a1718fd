#include "plan.h"

#include "canonical_writer.h"
#include "strata/fastconvert/record_converter.h"

#include <algorithm>

namespace strata {

using fastconvert::CompiledStep;

namespace {

Error planError(const ConverterStep& step, std::string message) {
    return makeError(ErrorCode::InvalidArgument,
                     std::string(toString(step.kind)) + " '" + step.field + "': " + message);
}

// The reference dump throws on text that is not UTF-8; a plan refuses it up front instead.
bool dumpsCleanly(const Json& value) {
    try {
        (void)value.dump();
        return true;
    } catch (const Json::exception&) {
        return false;
    }
}

// The same checks applyStep makes on every record, made once.
Status checkStep(const ConverterStep& step, const CompiledStep& compiled) {
    if (compiled.structural && !compiled.lastSuffixes().empty())
        return planError(step, "renames, additions and drops need a field name last");
    bool needsValue = step.kind == StepKind::AddWithDefault ||
                      step.kind == StepKind::DefaultIfNull ||
                      (step.kind == StepKind::Cast && step.onError == OnError::Default);
    if (needsValue && !step.value)
        return planError(step, "the step has no value");
    if (step.kind == StepKind::Cast && !step.toType)
        return planError(step, "the cast has no target type");
    if (step.value && !dumpsCleanly(*step.value))
        return planError(step, "the step's value is not valid UTF-8");
    for (const auto& [from, to] : step.symbolMap)
        if (!dumpsCleanly(Json(to)))
            return planError(step, "symbol '" + from + "' maps to text that is not valid UTF-8");
    return {};
}

std::string renderedKey(std::string_view name) {
    std::string text;
    fastconvert::Output out(text);
    fastconvert::writeString(name, out);
    out.put(':');
    out.finish();
    return text;
}

Result<CompiledStep> compileStep(const ConverterStep& step) {
    CompiledStep compiled;
    compiled.source = &step;
    compiled.kind = step.kind;
    compiled.segments = detail::parseStepPath(step.field);
    compiled.structural = step.kind == StepKind::Rename || step.kind == StepKind::AddWithDefault ||
                          step.kind == StepKind::Drop;
    if (Status s = checkStep(step, compiled); !s)
        return s.error();

    if (step.kind == StepKind::DefaultIfNull) {
        // Through "[]" or "{}" the reference only visits values that are not null, so the
        // step never changes anything there.
        compiled.onParents = compiled.lastSuffixes().empty();
        compiled.noop = !compiled.onParents;
    }
    if (step.value) {
        compiled.value = &*step.value;
        compiled.valueText = fastconvert::compactJson(*step.value);
    }
    compiled.renderedName = renderedKey(compiled.name());
    if (step.kind == StepKind::Rename)
        compiled.renderedNewName = renderedKey(step.newName);
    for (const auto& [from, to] : step.symbolMap)
        compiled.symbols.emplace_back(from, to);
    std::sort(compiled.symbols.begin(), compiled.symbols.end());
    return compiled;
}

} // namespace

ConverterPlan::~ConverterPlan() = default;

Result<std::shared_ptr<const ConverterPlan>> ConverterPlan::compile(const Converter& converter) {
    std::shared_ptr<ConverterPlan> plan(new ConverterPlan);
    plan->m_converter = converter;
    plan->m_steps = std::make_unique<std::vector<CompiledStep>>();
    for (const ConverterStep& step : plan->m_converter.steps) {
        Result<CompiledStep> compiled = compileStep(step);
        if (!compiled)
            return compiled.error();
        plan->m_steps->push_back(std::move(*compiled));
    }
    return std::shared_ptr<const ConverterPlan>(std::move(plan));
}

} // namespace strata
