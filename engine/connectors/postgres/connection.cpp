#include "strata/connectors/postgres/connection.h"

#include "strata/core/log.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <libpq-fe.h>
#include <mutex>
#include <sstream>
#include <sys/stat.h>

namespace strata::postgres {
namespace {

std::mutex g_providerMutex;
SecretProvider g_keychain; // guarded by g_providerMutex

// Errors name the file (its path is not secret), never its contents.
Result<std::string> secretFromFile(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT)
            return makeError(ErrorCode::NotFound, "secret file " + path + " does not exist");
        return makeError(ErrorCode::Io,
                         "cannot inspect secret file " + path + ": " + std::strerror(errno));
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return makeError(ErrorCode::Conflict,
                         "secret file " + path + " is accessible by group or others; chmod 600 it");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "cannot read secret file " + path);
    std::stringstream text;
    text << in.rdbuf();
    std::string secret = text.str();
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r'))
        secret.pop_back();
    return secret;
}

Result<std::string> secretFromKeychain(const std::string& name) {
    SecretProvider provider;
    {
        std::lock_guard lock(g_providerMutex);
        provider = g_keychain;
    }
    if (!provider)
        return makeError(ErrorCode::Unsupported,
                         "keychain entry " + name +
                             ": no keychain provider is installed; use an env: or file: reference");
    Result<std::string> secret = provider(name);
    if (!secret)
        return makeError(secret.error().code,
                         "keychain entry " + name + ": " + secret.error().message);
    return secret;
}

} // namespace

void setKeychainProvider(SecretProvider provider) {
    std::lock_guard lock(g_providerMutex);
    g_keychain = std::move(provider);
}

Result<std::string> resolveSecret(std::string_view reference) {
    std::string ref(reference);
    if (ref.rfind("env:", 0) == 0) {
        const std::string variable = ref.substr(4);
        const char* value = std::getenv(variable.c_str());
        if (!value)
            return makeError(ErrorCode::NotFound,
                             "environment variable " + variable + " is not set");
        return std::string(value);
    }
    if (ref.rfind("file:", 0) == 0)
        return secretFromFile(ref.substr(5));
    if (ref.rfind("keychain:", 0) == 0)
        return secretFromKeychain(ref.substr(9));
    return makeError(ErrorCode::InvalidArgument,
                     "a secret must be a reference: env:NAME, file:/path or keychain:NAME");
}

QueryResult::QueryResult(pg_result* result)
    : m_result(result) {}
QueryResult::QueryResult(QueryResult&& other) noexcept
    : m_result(other.m_result) {
    other.m_result = nullptr;
}
QueryResult& QueryResult::operator=(QueryResult&& other) noexcept {
    std::swap(m_result, other.m_result);
    return *this;
}
QueryResult::~QueryResult() {
    if (m_result)
        PQclear(m_result);
}
int QueryResult::rows() const {
    return m_result ? PQntuples(m_result) : 0;
}
int QueryResult::columns() const {
    return m_result ? PQnfields(m_result) : 0;
}
bool QueryResult::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}
std::string_view QueryResult::text(int row, int column) const {
    return {PQgetvalue(m_result, row, column),
            static_cast<size_t>(PQgetlength(m_result, row, column))};
}
std::string QueryResult::get(int row, int column, std::string_view fallback) const {
    return std::string(isNull(row, column) ? fallback : text(row, column));
}
long long QueryResult::affected() const {
    const char* n = m_result ? PQcmdTuples(m_result) : "";
    return *n ? std::atoll(n) : 0;
}

Connection::~Connection() {
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<Connection>> Connection::open(const ConnectionProfile& profile,
                                                     std::string_view database) {
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(profile.endpoint.c_str(), &parseError);
    if (!options) {
        std::string why = parseError ? parseError : "unparsable endpoint";
        PQfreemem(parseError);
        return makeError(ErrorCode::InvalidArgument, why, "profile " + profile.name);
    }
    std::vector<std::pair<std::string, std::string>> params;
    bool inlinePassword = false;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        if (std::string_view(o->keyword) == "password")
            inlinePassword = true;
        else
            params.emplace_back(o->keyword, o->val);
    }
    PQconninfoFree(options);
    if (inlinePassword)
        return makeError(ErrorCode::Conflict,
                         "the endpoint carries a password; use a secret reference",
                         "profile " + profile.name);

    auto set = [&params](const std::string& key, const std::string& value) {
        std::erase_if(params, [&](const auto& p) { return p.first == key; });
        params.emplace_back(key, value);
    };
    if (!database.empty())
        set("dbname", std::string(database));
    if (!profile.user.empty())
        set("user", profile.user);
    if (!profile.tls.empty())
        set("sslmode", profile.tls);
    set("fallback_application_name", "strata");
    if (!profile.secret.empty()) {
        Result<std::string> secret = resolveSecret(profile.secret);
        if (!secret)
            return makeError(secret.error().code, secret.error().message,
                             "profile " + profile.name + " secret");
        set("password", *secret);
    }

    std::vector<const char*> keys, values;
    for (const auto& [k, v] : params) {
        keys.push_back(k.c_str());
        values.push_back(v.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn* conn = PQconnectdbParams(keys.data(), values.data(), 0);
    // the password lives only in `params`; wipe it before the vector is freed
    for (auto& [k, v] : params)
        if (k == "password")
            std::fill(v.begin(), v.end(), '\0');
    if (!conn)
        return makeError(ErrorCode::Io, "out of memory while connecting",
                         "profile " + profile.name);
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string why = PQerrorMessage(conn);
        PQfinish(conn);
        while (!why.empty() && why.back() == '\n')
            why.pop_back();
        return makeError(ErrorCode::Io, "cannot connect: " + why, "profile " + profile.name);
    }
    // server notices ("relation already exists, skipping") go to the log, not to stderr
    PQsetNoticeProcessor(
        conn,
        [](void*, const char* message) { log(LogLevel::Debug, "strata.engine.postgres", message); },
        nullptr);
    return std::unique_ptr<Connection>(new Connection(conn));
}

Status Connection::startCopy(const std::string& sql, int expected) {
    pg_result* started = PQexec(m_conn, sql.c_str());
    QueryResult holder(started);
    if (started && PQresultStatus(started) == expected)
        return {};
    std::string why = started ? PQresultErrorMessage(started) : "";
    if (why.empty() || PQstatus(m_conn) != CONNECTION_OK)
        return lastError(sql.substr(0, 200));
    while (!why.empty() && why.back() == '\n')
        why.pop_back();
    return makeError(ErrorCode::Io, why, sql.substr(0, 200));
}

Error Connection::lastError(std::string_view what) const {
    std::string why = PQerrorMessage(m_conn);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' '))
        why.pop_back();
    if (PQstatus(m_conn) == CONNECTION_BAD)
        why = "connection to the server was lost: " + why;
    return makeError(ErrorCode::Io, why, std::string(what));
}

Result<QueryResult> Connection::query(std::string_view sql, const Params& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Param& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    std::string text(sql);
    // without parameters the simple protocol runs scripts of several statements
    pg_result* r = params.empty()
                       ? PQexec(m_conn, text.c_str())
                       : PQexecParams(m_conn, text.c_str(), static_cast<int>(values.size()),
                                      nullptr, values.data(), nullptr, nullptr, 0);
    QueryResult result(r);
    ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::string why = r ? PQresultErrorMessage(r) : "";
        if (why.empty() || PQstatus(m_conn) == CONNECTION_BAD)
            return lastError(text.substr(0, 200));
        while (!why.empty() && why.back() == '\n')
            why.pop_back();
        return makeError(ErrorCode::Io, why, text.substr(0, 200));
    }
    return result;
}

Status Connection::execute(std::string_view sql, const Params& params) {
    Result<QueryResult> r = query(sql, params);
    if (!r)
        return r.error();
    return {};
}

void Connection::rollback() {
    if (PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

Status Connection::copyOut(std::string_view copySql,
                           const std::function<bool(std::string_view)>& row) {
    std::string text(copySql);
    if (Status s = startCopy(text, PGRES_COPY_OUT); !s)
        return s;
    bool stopped = false;
    for (;;) {
        char* buffer = nullptr;
        int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n == -1)
            break; // done
        if (n == -2)
            return lastError("COPY out");
        std::string_view line(buffer, static_cast<size_t>(n));
        if (!line.empty() && line.back() == '\n')
            line.remove_suffix(1);
        bool more = stopped || row(line);
        PQfreemem(buffer);
        if (!more && !stopped) {
            stopped = true;
            // libpq has no way to abort a COPY OUT mid-stream except cancelling the query
            PGcancel* cancel = PQgetCancel(m_conn);
            char err[256];
            if (cancel) {
                PQcancel(cancel, err, sizeof err);
                PQfreeCancel(cancel);
            }
        }
    }
    pg_result* end = PQgetResult(m_conn);
    QueryResult endResult(end);
    Status status;
    if (end && PQresultStatus(end) != PGRES_COMMAND_OK && !stopped)
        status = makeError(ErrorCode::Io, PQresultErrorMessage(end), "COPY out");
    while (pg_result* extra = PQgetResult(m_conn))
        PQclear(extra);
    return status;
}

Status Connection::beginCopyIn(std::string_view copySql) {
    return startCopy(std::string(copySql), PGRES_COPY_IN);
}

Status Connection::putCopyData(std::string_view data) {
    if (PQputCopyData(m_conn, data.data(), static_cast<int>(data.size())) != 1)
        return lastError("COPY in");
    return {};
}

Status Connection::endCopy() {
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return lastError("COPY in");
    Status status;
    while (pg_result* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status.ok()) {
            std::string why = PQresultErrorMessage(r);
            while (!why.empty() && why.back() == '\n')
                why.pop_back();
            status = makeError(ErrorCode::Io, why, "COPY in");
        }
        PQclear(r);
    }
    if (status.ok() && PQstatus(m_conn) != CONNECTION_OK)
        return lastError("COPY in");
    return status;
}

int Connection::backendPid() const {
    return PQbackendPID(m_conn);
}

std::string Connection::database() const {
    return PQdb(m_conn);
}

Result<std::string> Connection::literal(std::string_view value) {
    char* escaped = PQescapeLiteral(m_conn, value.data(), value.size());
    if (!escaped)
        return lastError("escaping a literal");
    std::string out(escaped);
    PQfreemem(escaped);
    return out;
}

std::string quoteIdent(std::string_view name) {
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string qualified(std::string_view schema, std::string_view name) {
    return quoteIdent(schema) + "." + quoteIdent(name);
}

namespace {
bool needsQuotes(std::string_view part) {
    return part.empty() || part.find_first_of(".\"") != std::string_view::npos;
}
std::string objectPart(std::string_view part) {
    return needsQuotes(part) ? quoteIdent(part) : std::string(part);
}
} // namespace

std::string objectName(std::string_view schema, std::string_view table) {
    return objectPart(schema) + "." + objectPart(table);
}

Result<std::pair<std::string, std::string>> parseObjectName(std::string_view object) {
    std::vector<std::string> parts(1);
    bool quoted = false;
    bool partQuoted = false; // the current part had quotes, so it may be empty
    std::vector<bool> wasQuoted;
    for (size_t i = 0; i < object.size(); ++i) {
        const char c = object[i];
        if (c == '"') {
            if (quoted && i + 1 < object.size() && object[i + 1] == '"') {
                parts.back() += '"';
                ++i;
            } else {
                quoted = !quoted;
                partQuoted = true;
            }
        } else if (c == '.' && !quoted) {
            wasQuoted.push_back(partQuoted);
            parts.emplace_back();
            partQuoted = false;
        } else {
            parts.back() += c;
        }
    }
    wasQuoted.push_back(partQuoted);
    const std::string where(object);
    if (quoted)
        return makeError(ErrorCode::InvalidArgument, "object name has an unclosed quote", where);
    for (size_t i = 0; i < parts.size(); ++i)
        if (parts[i].empty() && !wasQuoted[i])
            return makeError(ErrorCode::InvalidArgument, "object name has an empty part", where);
    if (parts.size() > 2)
        return makeError(ErrorCode::InvalidArgument,
                         "object name is ambiguous: " + std::to_string(parts.size()) +
                             " parts; quote the schema or table that holds a dot, as in "
                             "\"a.b\".c or a.\"b.c\"",
                         where);
    if (parts.size() == 1)
        return std::pair<std::string, std::string>{"public", parts[0]};
    return std::pair<std::string, std::string>{parts[0], parts[1]};
}

} // namespace strata::postgres
