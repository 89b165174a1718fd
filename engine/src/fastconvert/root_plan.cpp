// Plans whose steps all name top-level fields: per shape of the top level, the steps' effect on
// its members is worked out once (which members are renamed, added, dropped, and which values
// the value steps touch), so a record only runs its value steps and is written out.

#include "record_tree.h"

#include <algorithm>

namespace strata::fastconvert {

using simdjson::dom::element;

bool RecordTree::topLevelOnly(const std::vector<CompiledStep>& steps) {
    return std::all_of(steps.begin(), steps.end(), [](const CompiledStep& step) {
        return step.noop || (step.segments.size() == 1 && step.lastSuffixes().empty());
    });
}

namespace {

using Slots = std::vector<RootPlan::Slot>;

Slots::iterator slotNamed(Slots& slots, std::string_view key) {
    return std::find_if(slots.begin(), slots.end(),
                        [&](const RootPlan::Slot& slot) { return slot.key == key; });
}

void insertSorted(Slots& slots, RootPlan::Slot slot) {
    auto at = std::lower_bound(
        slots.begin(), slots.end(), slot.key,
        [](const RootPlan::Slot& s, std::string_view key) { return keyLess(s.key, key); });
    slots.insert(at, std::move(slot));
}

// Runs the structural steps on the member names; false when one refuses (as applyToParents).
bool planSteps(const std::vector<CompiledStep>& steps, Slots& slots, Slots& dropped) {
    for (const CompiledStep& step : steps) {
        if (step.noop)
            continue;
        auto it = slotNamed(slots, step.name());
        const bool present = it != slots.end();
        switch (step.kind) {
        case StepKind::Rename: {
            if (!present || slotNamed(slots, step.source->newName) != slots.end())
                return false;
            RootPlan::Slot moved = std::move(*it);
            slots.erase(it);
            moved.key = step.source->newName;
            moved.rendered = step.renderedNewName;
            insertSorted(slots, std::move(moved));
            break;
        }
        case StepKind::AddWithDefault:
            if (present)
                return false;
            insertSorted(slots, {step.name(), step.renderedName, 0, &step, {}});
            break;
        case StepKind::Drop:
            if (present && !it->valueSteps.empty())
                dropped.push_back(std::move(*it));
            if (present)
                slots.erase(it);
            break;
        default:
            if (present)
                it->valueSteps.push_back(&step);
            break;
        }
    }
    return true;
}

} // namespace

const RootPlan& RecordTree::rootPlan(const std::vector<CompiledStep>& steps,
                                     const ObjectShape& shape) {
    if (shape.rootPlan < m_rootPlans.size() && m_rootPlans[shape.rootPlan]->steps == &steps)
        return *m_rootPlans[shape.rootPlan];
    auto plan = std::make_unique<RootPlan>();
    plan->steps = &steps;
    for (size_t i = 0; i < shape.order.size(); ++i)
        plan->slots.push_back(
            {shape.keys[shape.order[i]], shape.rendered[i], shape.order[i], nullptr, {}});
    plan->fails = !planSteps(steps, plan->slots, plan->dropped);
    shape.rootPlan = m_rootPlans.size();
    m_rootPlans.push_back(std::move(plan));
    return *m_rootPlans.back();
}

// A value step on one top-level value, with applyStep's rules for a plain field name.
bool RecordTree::applyValueStep(const CompiledStep& step, Node*& node) {
    if (step.kind == StepKind::DefaultIfNull) {
        if (isNull(node))
            node = constantNode(step.value, &step.valueText);
        return true;
    }
    if (isNull(node))
        return true; // the reference's expansion yields no null values
    return applyToValue(step, node);
}

// The slot's value after its value steps, or null when one refuses it.
Node* RecordTree::runValueSteps(const RootPlan::Slot& slot) {
    Node* node = slot.constant ? constantNode(slot.constant->value, &slot.constant->valueText)
                               : parsedNode(m_rootFields[slot.input].second);
    for (const CompiledStep* step : slot.valueSteps)
        if (!applyValueStep(*step, node))
            return nullptr;
    return node;
}

Outcome RecordTree::convertByRootPlan(const RootPlan& plan, Output& out) {
    if (plan.fails)
        return Outcome::Failed;
    // every value step runs before anything is written, so a refusal leaves no output
    for (const RootPlan::Slot& slot : plan.dropped)
        if (!runValueSteps(slot))
            return Outcome::Failed;
    m_slotValues.assign(plan.slots.size(), nullptr);
    for (size_t i = 0; i < plan.slots.size(); ++i) {
        if (plan.slots[i].valueSteps.empty())
            continue;
        m_slotValues[i] = runValueSteps(plan.slots[i]);
        if (!m_slotValues[i])
            return Outcome::Failed;
    }
    out.put('{');
    for (size_t i = 0; i < plan.slots.size(); ++i) {
        const RootPlan::Slot& slot = plan.slots[i];
        if (i)
            out.put(',');
        out.append(slot.rendered);
        if (m_slotValues[i])
            write(m_slotValues[i], out);
        else if (slot.constant)
            out.append(slot.constant->valueText);
        else
            writeParsed(m_rootFields[slot.input].second, 0, slot.valueShape, out);
    }
    out.put('}');
    return Outcome::Converted;
}

} // namespace strata::fastconvert
