#pragma once

// The lifecycle shared by rollouts and migrations (DESIGN §6): Created → Running ⇄ Paused →
// Completed | Failed | Cancelled. Illegal transitions are refused with an error, never
// applied.

#include "strata/core/result.h"

#include <optional>
#include <string>
#include <vector>

namespace strata {

enum class LifecycleState { Created, Running, Paused, Completed, Failed, Cancelled };
enum class LifecycleEvent { Start, Pause, Resume, Complete, Fail, Cancel };

const char* toString(LifecycleState state);
const char* toString(LifecycleEvent event);
// The state named `name` as toString() spells it, any case; nullopt for another name.
std::optional<LifecycleState> lifecycleStateFromString(std::string_view name);

// The state `event` leads to from `state`, or an IllegalState error that names both.
Result<LifecycleState> nextState(LifecycleState state, LifecycleEvent event,
                                 std::string_view subject = "operation");

bool isTerminal(LifecycleState state);

// A state machine instance with its history; not thread-safe (the owner serialises events).
class Lifecycle {
public:
    // `subject` names what is running ("rollout of Order-v2.0.0") in error messages.
    explicit Lifecycle(std::string subject)
        : m_subject(std::move(subject)) {}
    // Picks a saved state machine up at `state`; its history starts there.
    Lifecycle(std::string subject, LifecycleState state)
        : m_subject(std::move(subject))
        , m_state(state)
        , m_history{state} {}

    LifecycleState state() const { return m_state; }
    const std::vector<LifecycleState>& history() const { return m_history; }

    // Applies `event` or refuses it; a refused event leaves the state unchanged.
    Status apply(LifecycleEvent event);

private:
    std::string m_subject;
    LifecycleState m_state = LifecycleState::Created;
    std::vector<LifecycleState> m_history{LifecycleState::Created};
};

} // namespace strata
