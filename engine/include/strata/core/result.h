#pragma once

// Errors cross layer boundaries as values: every fallible engine call returns Result<T> or
// Status. Exceptions are used only inside a module to abort one whole operation (a parse, a
// load) and are caught at that module's public boundary, never thrown across it.

#include <string>
#include <utility>
#include <variant>

namespace strata {

enum class ErrorCode {
    InvalidArgument, // the caller passed something malformed (a version string, a path)
    Parse,           // input text is not well-formed (JSON syntax, Avro syntax)
    Schema,          // well-formed input that breaks a schema rule (bad default, unknown type)
    NotFound,        // a named type, version, node or file does not exist
    Io,              // the file system or a socket failed
    Conflict,        // the request contradicts existing state (duplicate version, policy)
    IllegalState,    // a state machine refused a transition
    Unsupported,     // valid input the engine cannot handle yet
    Internal,        // a broken invariant inside the engine
};

const char* toString(ErrorCode code);

// A failure a user can act on: what went wrong and where (file, JSON pointer, line, record).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string where;

    // "where: message", or just the message when no location is known.
    std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, std::string message, std::string where = {}) {
    return Error{code, std::move(message), std::move(where)};
}

} // namespace strata
