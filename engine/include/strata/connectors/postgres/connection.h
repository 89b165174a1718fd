#pragma once

// Connections to PostgreSQL from a workspace connection profile. Secrets are references
// ("env:NAME", "file:/path", "keychain:NAME") resolved at connect time, handed to libpq as a
// connection parameter and never logged, stored or put on a command line.

#include "strata/model/workspace.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace strata::postgres {

// Looks a keychain entry up by name; the console installs one backed by the system keychain.
using SecretProvider = std::function<Result<std::string>(std::string_view name)>;

// Installs the provider used for "keychain:" references; an empty function removes it.
void setKeychainProvider(SecretProvider provider);

// The secret a reference names. "file:" refuses files that group or others can read.
Result<std::string> resolveSecret(std::string_view reference);

// A statement parameter: text, or nullopt for SQL NULL.
using Param = std::optional<std::string>;
using Params = std::vector<Param>;

// The rows of one statement, as text. Owns the libpq result.
class QueryResult {
public:
    QueryResult() = default;
    explicit QueryResult(pg_result* result);
    QueryResult(QueryResult&&) noexcept;
    QueryResult& operator=(QueryResult&&) noexcept;
    ~QueryResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string_view text(int row, int column) const;
    // The value, or `fallback` when it is NULL.
    std::string get(int row, int column, std::string_view fallback = {}) const;
    long long affected() const; // rows touched by INSERT/UPDATE/DELETE

private:
    pg_result* m_result = nullptr;
};

// One session with a server. Not thread-safe: one owner at a time.
class Connection {
public:
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Connects with `profile`; `database` (when set) replaces the endpoint's dbname.
    static Result<std::unique_ptr<Connection>> open(const ConnectionProfile& profile,
                                                    std::string_view database = {});

    // Runs one statement with its values bound as parameters ($1, $2, ...).
    Result<QueryResult> query(std::string_view sql, const Params& params = {});
    // Runs one statement and drops its rows.
    Status execute(std::string_view sql, const Params& params = {});

    Status begin() { return execute("BEGIN"); }
    Status commit() { return execute("COMMIT"); }
    // Rolls back an open transaction; failures are ignored (the session may be gone).
    void rollback();

    // Streams `COPY ... TO STDOUT`: `row` receives each line without its newline and returns
    // false to stop early.
    Status copyOut(std::string_view copySql, const std::function<bool(std::string_view)>& row);

    // Starts `COPY ... FROM STDIN`; then putCopyData() any number of times and endCopy().
    Status beginCopyIn(std::string_view copySql);
    Status putCopyData(std::string_view data);
    Status endCopy();

    // The server process serving this session (pg_backend_pid()).
    int backendPid() const;
    // The current database name.
    std::string database() const;
    // Escapes a value as an SQL string literal, for the few statements that cannot bind
    // parameters (DDL defaults, COPY queries).
    Result<std::string> literal(std::string_view value);

private:
    explicit Connection(pg_conn* conn)
        : m_conn(conn) {}
    Error lastError(std::string_view what) const;
    Status startCopy(const std::string& sql, int expectedStatus);

    pg_conn* m_conn = nullptr;
};

// `"name"` with embedded quotes doubled: an identifier always quoted, whatever it contains.
std::string quoteIdent(std::string_view name);

// `"schema"."name"`.
std::string qualified(std::string_view schema, std::string_view name);

// A store's object for `schema`.`table`: "schema.table", a part double-quoted (quotes doubled)
// when it holds a dot or a quote or is empty, so that parseObjectName() gives both parts back.
std::string objectName(std::string_view schema, std::string_view table);

// Reads a store's object: "table" (in public) or "schema.table", either part possibly
// double-quoted ("\"a.b\".c"). Three or more unquoted parts are ambiguous ("s.a.b" is s."a.b"
// or "s.a".b) and an error, as are an unclosed quote and an empty part.
Result<std::pair<std::string, std::string>> parseObjectName(std::string_view object);

} // namespace strata::postgres
