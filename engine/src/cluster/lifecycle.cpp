#include "strata/cluster/lifecycle.h"

#include <algorithm>
#include <cctype>

namespace strata {

const char* toString(LifecycleState state) {
    switch (state) {
    case LifecycleState::Created:
        return "Created";
    case LifecycleState::Running:
        return "Running";
    case LifecycleState::Paused:
        return "Paused";
    case LifecycleState::Completed:
        return "Completed";
    case LifecycleState::Failed:
        return "Failed";
    case LifecycleState::Cancelled:
        return "Cancelled";
    }
    return "?";
}

const char* toString(LifecycleEvent event) {
    switch (event) {
    case LifecycleEvent::Start:
        return "start";
    case LifecycleEvent::Pause:
        return "pause";
    case LifecycleEvent::Resume:
        return "resume";
    case LifecycleEvent::Complete:
        return "complete";
    case LifecycleEvent::Fail:
        return "fail";
    case LifecycleEvent::Cancel:
        return "cancel";
    }
    return "?";
}

std::optional<LifecycleState> lifecycleStateFromString(std::string_view name) {
    using S = LifecycleState;
    for (S state : {S::Created, S::Running, S::Paused, S::Completed, S::Failed, S::Cancelled}) {
        const std::string_view spelled = toString(state);
        const bool same = spelled.size() == name.size() &&
                          std::equal(name.begin(), name.end(), spelled.begin(), [](char a, char b) {
                              return std::tolower(static_cast<unsigned char>(a)) ==
                                     std::tolower(static_cast<unsigned char>(b));
                          });
        if (same)
            return state;
    }
    return std::nullopt;
}

bool isTerminal(LifecycleState state) {
    return state == LifecycleState::Completed || state == LifecycleState::Failed ||
           state == LifecycleState::Cancelled;
}

Result<LifecycleState> nextState(LifecycleState state, LifecycleEvent event,
                                 std::string_view subject) {
    using S = LifecycleState;
    using E = LifecycleEvent;
    struct Transition {
        S from;
        E event;
        S to;
    };
    static constexpr Transition kTransitions[] = {
        {S::Created, E::Start, S::Running},   {S::Created, E::Cancel, S::Cancelled},
        {S::Running, E::Pause, S::Paused},    {S::Running, E::Complete, S::Completed},
        {S::Running, E::Fail, S::Failed},     {S::Running, E::Cancel, S::Cancelled},
        {S::Paused, E::Resume, S::Running},   {S::Paused, E::Fail, S::Failed},
        {S::Paused, E::Cancel, S::Cancelled},
    };
    for (const Transition& t : kTransitions) {
        if (t.from == state && t.event == event)
            return t.to;
    }
    std::string why = isTerminal(state) ? std::string(" (it is finished)") : std::string();
    return makeError(ErrorCode::IllegalState, "cannot " + std::string(toString(event)) + " " +
                                                  std::string(subject) + " while it is " +
                                                  toString(state) + why);
}

Status Lifecycle::apply(LifecycleEvent event) {
    Result<LifecycleState> next = nextState(m_state, event, m_subject);
    if (!next)
        return next.error();
    m_state = *next;
    m_history.push_back(m_state);
    return {};
}

} // namespace strata
