#include "strata/connectors/postgres/migrate.h"

#include "copy_batch.h"
#include "copy_text.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/convert/conversion_path.h"
#include "strata/core/log.h"

#include <chrono>
#include <thread>

namespace strata::postgres {
using detail::textArray;
namespace {

using namespace detail;

constexpr const char* kCategory = "strata.engine.postgres";

// Digest of one row: PostgreSQL's 64-bit text hash of its text form, summed as numeric so the
// sum neither overflows nor depends on row order. `alias` names the row.
std::string rowDigest(const std::string& alias) {
    return "hashtextextended(CAST(" + alias + ".* AS text), 0)::numeric";
}

std::string columnList(const std::vector<std::string>& columns, const std::string& prefix = {}) {
    std::string out;
    for (size_t i = 0; i < columns.size(); ++i)
        out += (i ? ", " : "") + prefix + quoteIdent(columns[i]);
    return out;
}

std::string keyTuple(const std::vector<std::string>& keys, const std::string& prefix) {
    return "(" + columnList(keys, prefix) + ")";
}

std::string paramTuple(size_t first, size_t count) {
    std::string out = "(";
    for (size_t i = 0; i < count; ++i)
        out += (i ? ", $" : "$") + std::to_string(first + i);
    return out + ")";
}

Checkpoint readCheckpointRow(const QueryResult& r, int row) {
    Checkpoint cp;
    cp.migrationId = r.get(row, 0);
    cp.fingerprint = r.get(row, 1);
    cp.phase = r.get(row, 2);
    if (!r.isNull(row, 3))
        cp.lastKey = Json::parse(r.get(row, 3)).get<std::vector<std::string>>();
    cp.rows = std::stoll(r.get(row, 4));
    cp.bytes = std::stoll(r.get(row, 5));
    cp.checksum = r.get(row, 6);
    cp.fromVersion = r.get(row, 7);
    cp.toVersion = r.get(row, 8);
    cp.sourceTable = r.get(row, 9);
    cp.targetTable = r.get(row, 10);
    return cp;
}

constexpr const char* kCheckpointColumns =
    "migration_id, plan_fingerprint, phase, array_to_json(last_key)::text, rows_copied, "
    "bytes_copied, "
    "checksum::text, from_version, to_version, source_table, target_table";

// A running migration: the plan, the session and what the checkpoint says so far.
class Runner {
public:
    Runner(Connection& conn, const Plan& plan, const ExecuteOptions& options)
        : m_conn(conn)
        , m_plan(plan)
        , m_options(options)
        , m_lifecycle("migration " + plan.migrationId) {}

    // Runs from `existing`, the stored checkpoint that admitRun() accepted.
    Result<Outcome> run(const std::optional<Checkpoint>& existing);

private:
    bool stopping() const { return m_options.control && m_options.control->stopping(); }
    Status expand();
    Status copyServerSide(bool tail);
    Status copyClientSide(bool tail);
    Status switchOver();
    Status contract();
    Status applyBatch(long long rows, long long bytes, const std::string& checksum,
                      const std::vector<std::string>& lastKey);
    Result<std::optional<std::vector<std::string>>> nextUpper(bool tail);
    Status waitWhilePaused();
    void report(const std::string& phase);
    Status inTransaction(const std::function<Status()>& body);
    std::vector<std::string> targetKeyColumns() const;

    Connection& m_conn;
    const Plan& m_plan;
    const ExecuteOptions& m_options;
    Lifecycle m_lifecycle;
    Checkpoint m_cp;
    long long m_rowsThisRun = 0;
    long long m_bytesThisRun = 0;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
};

Status Runner::inTransaction(const std::function<Status()>& body) {
    if (Status s = m_conn.begin(); !s)
        return s;
    Status s = body();
    if (!s) {
        m_conn.rollback();
        return s;
    }
    return m_conn.commit();
}

void Runner::report(const std::string& phase) {
    if (!m_options.progress)
        return;
    Progress p;
    p.phase = phase;
    p.rowsDone = m_cp.rows;
    p.rowsTotal = std::max(m_plan.rowEstimate, m_cp.rows);
    p.bytesDone = m_cp.bytes;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    p.rowsPerSecond = seconds > 0 ? double(m_rowsThisRun) / seconds : 0;
    if (p.rowsPerSecond > 0)
        p.etaSeconds = double(std::max(0LL, p.rowsTotal - p.rowsDone)) / p.rowsPerSecond;
    m_options.progress(p);
}

Status Runner::waitWhilePaused() {
    if (!m_options.control)
        return {};
    if (m_options.control->pause && m_lifecycle.state() == LifecycleState::Running) {
        if (Status s = m_lifecycle.apply(LifecycleEvent::Pause); !s)
            return s;
        report("paused");
    }
    while (m_options.control->pause && !m_options.control->stopping())
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (m_lifecycle.state() == LifecycleState::Paused)
        return m_lifecycle.apply(LifecycleEvent::Resume);
    return {};
}

Status Runner::expand() {
    return inTransaction([&]() -> Status {
        for (const PlanStep& s : m_plan.steps)
            if (s.phase == Phase::Expand)
                if (Status st = m_conn.execute(s.sql, s.params); !st)
                    return st;
        std::string phase = m_plan.strategy == Strategy::Copy ? "copy" : "switched";
        m_cp.phase = phase;
        return m_conn.execute(
            "INSERT INTO strata.migration_checkpoint (migration_id, plan_fingerprint, phase, "
            "from_version, "
            "to_version, source_table, target_table) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {m_plan.migrationId, m_plan.fingerprint(), phase, m_plan.from.toString(),
             m_plan.to.toString(), objectName(m_plan.schema, m_plan.table),
             objectName(m_plan.schema, m_plan.newTable.empty() ? m_plan.table : m_plan.newTable)});
    });
}

Status Runner::applyBatch(long long rows, long long bytes, const std::string& checksum,
                          const std::vector<std::string>& lastKey) {
    Status s = m_conn.execute("UPDATE strata.migration_checkpoint SET last_key = CAST($2 AS "
                              "text[]), rows_copied = rows_copied + $3, "
                              "bytes_copied = bytes_copied + $4, checksum = checksum + CAST($5 AS "
                              "numeric), updated_at = now() "
                              "WHERE migration_id = $1",
                              {m_plan.migrationId, textArray(lastKey), std::to_string(rows),
                               std::to_string(bytes), checksum});
    if (s) {
        m_cp.lastKey = lastKey;
        m_cp.rows += rows;
        m_cp.bytes += bytes;
        m_rowsThisRun += rows;
        m_bytesThisRun += bytes;
    }
    return s;
}

// The key closing the next batch: the batchRows-th key after the checkpoint, or the last key
// of the table for the tail; nullopt when no row is left.
Result<std::optional<std::vector<std::string>>> Runner::nextUpper(bool tail) {
    const auto& keys = m_plan.keyColumns;
    std::string where = m_cp.lastKey.empty()
                            ? ""
                            : " WHERE " + keyTuple(keys, "s.") + " > " + paramTuple(1, keys.size());
    Params params(m_cp.lastKey.begin(), m_cp.lastKey.end());
    std::string select = "SELECT ";
    for (size_t i = 0; i < keys.size(); ++i)
        select += (i ? ", " : "") + std::string("CAST(s.") + quoteIdent(keys[i]) + " AS text)";
    std::string from = " FROM " + qualified(m_plan.schema, m_plan.table) + " AS s";
    std::string order = " ORDER BY " + columnList(keys, "s.");
    auto r =
        tail ? Result<QueryResult>(makeError(ErrorCode::Internal, ""))
             : m_conn.query(select + from + where + order + " OFFSET " +
                                std::to_string(std::max(0LL, m_options.batchRows - 1)) + " LIMIT 1",
                            params);
    if (!tail && !r)
        return r.error();
    if (tail || r->rows() == 0) {
        std::string desc;
        for (size_t i = 0; i < keys.size(); ++i)
            desc += (i ? ", " : "") + std::string("s.") + quoteIdent(keys[i]) + " DESC";
        r = m_conn.query(select + from + where + " ORDER BY " + desc + " LIMIT 1", params);
        if (!r)
            return r.error();
        if (r->rows() == 0)
            return std::optional<std::vector<std::string>>();
    }
    std::vector<std::string> upper;
    for (size_t i = 0; i < keys.size(); ++i)
        upper.push_back(r->get(0, int(i)));
    return std::optional(upper);
}

Status Runner::copyServerSide(bool tail) {
    const auto& keys = m_plan.keyColumns;
    std::string target = qualified(m_plan.schema, m_plan.newTable);
    std::vector<std::string> names;
    std::string exprs;
    for (const TargetColumn& c : m_plan.targetColumns) {
        names.push_back(c.name);
        exprs += (exprs.empty() ? "" : ", ") + c.expression;
    }
    std::string insert = "INSERT INTO " + target + " AS t (" + columnList(names) + ") SELECT " +
                         exprs + " FROM " + qualified(m_plan.schema, m_plan.table) + " AS s";
    std::string returning = " RETURNING pg_column_size(t.*) AS b, " + rowDigest("t") + " AS h";
    for (;;) {
        if (Status s = waitWhilePaused(); !s)
            return s;
        if (stopping())
            return {};
        std::optional<std::vector<std::string>> upper;
        if (!keys.empty()) {
            auto next = nextUpper(tail);
            if (!next)
                return next.error();
            if (!*next)
                return {};
            upper = **next;
        }
        Params params = m_plan.expressionParams;
        std::string where;
        if (!keys.empty()) {
            if (!m_cp.lastKey.empty()) {
                where = keyTuple(keys, "s.") + " > " + paramTuple(params.size() + 1, keys.size());
                params.insert(params.end(), m_cp.lastKey.begin(), m_cp.lastKey.end());
            }
            where += (where.empty() ? "" : " AND ") + keyTuple(keys, "s.") +
                     " <= " + paramTuple(params.size() + 1, keys.size());
            params.insert(params.end(), upper->begin(), upper->end());
            where = " WHERE " + where + " ORDER BY " + columnList(keys, "s.");
        }
        auto batch = [&]() -> Status {
            auto r = m_conn.query(
                "WITH ins AS (" + insert + where + returning +
                    ") SELECT count(*), coalesce(sum(b), 0), coalesce(sum(h), 0)::text FROM ins",
                params);
            if (!r)
                return r.error();
            return applyBatch(std::stoll(r->get(0, 0)), std::stoll(r->get(0, 1)), r->get(0, 2),
                              upper ? *upper : std::vector<std::string>{"*"});
        };
        if (Status s = tail ? batch() : inTransaction(batch); !s)
            return s;
        report("copy");
        if (keys.empty() || tail)
            return {};
        if (m_options.throttleMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_options.throttleMs));
    }
}

std::vector<std::string> Runner::targetKeyColumns() const {
    // the key keeps its values through the converters; only its names may change by renames
    std::vector<std::string> out;
    for (const std::string& k : m_plan.keyColumns) {
        std::string name = k;
        for (const ConversionHop& hop : m_plan.path.hops)
            for (const ConverterStep& s : hop.converter.steps)
                if (s.kind == StepKind::Rename && s.field == name)
                    name = s.newName;
        out.push_back(name);
    }
    return out;
}

Status Runner::copyClientSide(bool tail) {
    if (!m_options.workspace)
        return makeError(ErrorCode::InvalidArgument,
                         "the client-side copy needs the workspace's converters");
    const TypeVersion* a = m_options.workspace->findVersion(m_plan.from);
    const TypeVersion* b = m_options.workspace->findVersion(m_plan.to);
    if (!a || !b)
        return makeError(ErrorCode::NotFound, "plan versions are not in the workspace",
                         m_plan.migrationId);
    std::unique_ptr<Connection> readerHolder;
    Connection* reader = &m_conn;
    if (!tail) {
        if (!m_options.openReader)
            return makeError(ErrorCode::InvalidArgument,
                             "the client-side copy needs a second session");
        auto opened = m_options.openReader();
        if (!opened)
            return opened.error();
        readerHolder = std::move(*opened);
        reader = readerHolder.get();
    }
    const auto& keys = m_plan.keyColumns;
    std::string copyOut = "COPY (SELECT " + columnList(m_plan.sourceColumns) + " FROM " +
                          qualified(m_plan.schema, m_plan.table) + " AS s";
    if (!m_cp.lastKey.empty()) {
        // COPY cannot bind parameters: the resume key goes in as escaped literals
        std::string tuple = "(";
        for (size_t i = 0; i < keys.size(); ++i) {
            auto lit = m_conn.literal(m_cp.lastKey[i]);
            if (!lit)
                return lit.error();
            const Field* f = a->schema.findField(keys[i]);
            tuple += (i ? ", " : "") + std::string("CAST(") + *lit + " AS " + columnType(*f) + ")";
        }
        copyOut += " WHERE " + keyTuple(keys, "s.") + " > " + tuple + ")";
    }
    if (!keys.empty())
        copyOut += " ORDER BY " + columnList(keys, "s.");
    copyOut += ") TO STDOUT";

    std::vector<std::string> names;
    for (const TargetColumn& c : m_plan.targetColumns)
        names.push_back(c.name);
    std::string copyIn = "COPY " + qualified(m_plan.schema, m_plan.newTable) + " (" +
                         columnList(names) + ") FROM STDIN";
    std::vector<size_t> keyIndex;
    for (const std::string& k : keys)
        keyIndex.push_back(
            size_t(std::find(m_plan.sourceColumns.begin(), m_plan.sourceColumns.end(), k) -
                   m_plan.sourceColumns.begin()));
    std::vector<std::string> targetKeys = targetKeyColumns();

    // a chain that leaves every value's text unchanged skips conversion entirely; otherwise the
    // column kernels convert whole batches, and a chain they cannot take whole (a nested path)
    // goes row by row through the reference record converter
    std::optional<std::vector<ColumnSource>> passThrough = passThroughColumns(m_plan.path, *a, *b);
    std::optional<BatchConverter> batchConverter;
    if (!passThrough)
        if (auto compiled = BatchConverter::compile(m_plan.path, *a, *b, keys); compiled)
            batchConverter = std::move(*compiled);
    log(LogLevel::Info, kCategory,
        "client-side conversion of " + m_plan.migrationId + ": " +
            (passThrough      ? std::string("pass-through")
             : batchConverter ? "column kernels (" + batchConverter->describe() + ")"
                              : std::string("reference converter per row")));
    std::string input;
    std::string buffer;
    long long batchRows = 0, batchBytes = 0;
    std::vector<std::string> firstKey, lastKey;
    std::vector<std::optional<std::string>> cols;
    Status failure;

    auto flush = [&]() -> Status {
        if (batchRows == 0)
            return {};
        if (batchConverter) {
            // the batch goes through the column kernels in one piece
            if (Status s = batchConverter->convert(input, buffer); !s)
                return s;
            input.clear();
        }
        auto body = [&]() -> Status {
            if (Status s = m_conn.beginCopyIn(copyIn); !s)
                return s;
            if (Status s = m_conn.putCopyData(buffer); !s)
                return s;
            if (Status s = m_conn.endCopy(); !s)
                return s;
            std::string where;
            Params params;
            if (!keys.empty()) {
                where = " WHERE " + keyTuple(targetKeys, "t.") +
                        " >= " + paramTuple(1, keys.size()) + " AND " + keyTuple(targetKeys, "t.") +
                        " <= " + paramTuple(keys.size() + 1, keys.size());
                params.insert(params.end(), firstKey.begin(), firstKey.end());
                params.insert(params.end(), lastKey.begin(), lastKey.end());
            }
            auto sum = m_conn.query("SELECT coalesce(sum(" + rowDigest("t") + "), 0)::text FROM " +
                                        qualified(m_plan.schema, m_plan.newTable) + " AS t" + where,
                                    params);
            if (!sum)
                return sum.error();
            return applyBatch(batchRows, batchBytes, sum->get(0, 0),
                              keys.empty() ? std::vector<std::string>{"*"} : lastKey);
        };
        Status s = tail ? body() : inTransaction(body);
        buffer.clear();
        batchRows = batchBytes = 0;
        firstKey.clear();
        if (s)
            report("copy");
        if (s && m_options.throttleMs > 0 && !tail)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_options.throttleMs));
        return s;
    };

    std::vector<std::string_view> raw;
    auto convertRow = [&](std::string_view line) -> Status {
        splitCopyLine(line, cols);
        Json record = Json::object();
        for (size_t i = 0; i < cols.size() && i < a->schema.fields.size(); ++i) {
            const Field& f = a->schema.fields[i];
            if (!cols[i]) {
                record[f.name] = nullptr;
                continue;
            }
            auto v = copyValueToJson(*cols[i], f.type);
            if (!v)
                return makeError(v.error().code, v.error().message, f.name);
            record[f.name] = std::move(*v);
        }
        auto converted = convertRecord(*m_options.workspace, m_plan.path, record);
        if (!converted)
            return converted.error();
        for (size_t i = 0; i < b->schema.fields.size(); ++i) {
            if (i)
                buffer += '\t';
            auto it = converted->find(b->schema.fields[i].name);
            appendJsonAsCopy(buffer, it == converted->end() ? Json() : *it);
        }
        buffer += '\n';
        lastKey.clear();
        for (size_t k : keyIndex)
            lastKey.push_back(cols[k].value_or(""));
        return {};
    };
    auto keepKey = [&](std::string_view line) {
        raw.clear();
        size_t start = 0;
        for (size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1)
            raw.push_back(line.substr(start, tab - start));
        raw.push_back(line.substr(start));
        lastKey.clear();
        for (size_t k : keyIndex) {
            splitCopyLine(raw[k], cols);
            lastKey.push_back(cols[0].value_or(""));
        }
    };
    auto passRow = [&](std::string_view line) {
        appendPassThrough(buffer, line, *passThrough, raw);
        lastKey.clear();
        for (size_t k : keyIndex) {
            splitCopyLine(raw[k], cols);
            lastKey.push_back(cols[0].value_or(""));
        }
    };

    Status streamed = reader->copyOut(copyOut, [&](std::string_view line) -> bool {
        if (passThrough) {
            passRow(line);
        } else if (batchConverter) {
            input += line;
            input += '\n';
            keepKey(line);
        } else if (Status s = convertRow(line); !s) {
            failure = s;
            return false;
        }

        if (firstKey.empty())
            firstKey = lastKey;
        ++batchRows;
        batchBytes += static_cast<long long>(line.size()) + 1;
        if (!keys.empty() && batchRows >= m_options.batchRows && !tail) {
            if (Status s = waitWhilePaused(); !s) {
                failure = s;
                return false;
            }
            if (stopping())
                return false;
            if (Status s = flush(); !s) {
                failure = s;
                return false;
            }
        }
        return true;
    });
    if (!failure)
        return failure;
    if (!streamed)
        return streamed;
    if (stopping())
        return {};
    return flush();
}

Status Runner::switchOver() {
    return inTransaction([&]() -> Status {
        std::string source = qualified(m_plan.schema, m_plan.table);
        if (Status s = m_conn.execute("LOCK TABLE " + source + " IN EXCLUSIVE MODE"); !s)
            return s;
        Status tail = m_plan.serverSide ? copyServerSide(true) : copyClientSide(true);
        if (!tail)
            return tail;
        for (const std::string& statement : m_plan.switchStatements)
            if (Status s = m_conn.execute(statement); !s)
                return s;
        m_cp.phase = "switched";
        return m_conn.execute(
            "UPDATE strata.migration_checkpoint SET phase = 'switched', updated_at = now() "
            "WHERE migration_id = $1",
            {m_plan.migrationId});
    });
}

Status Runner::contract() {
    bool any = std::any_of(m_plan.steps.begin(), m_plan.steps.end(),
                           [](const PlanStep& s) { return s.phase == Phase::Contract; });
    if (!any)
        return {};
    return inTransaction([&]() -> Status {
        for (const PlanStep& s : m_plan.steps)
            if (s.phase == Phase::Contract)
                if (Status st = m_conn.execute(s.sql, s.params); !st)
                    return st;
        m_cp.phase = "contracted";
        return m_conn.execute(
            "UPDATE strata.migration_checkpoint SET phase = 'contracted', updated_at = now() "
            "WHERE migration_id = $1",
            {m_plan.migrationId});
    });
}

Result<Outcome> Runner::run(const std::optional<Checkpoint>& existing) {
    Outcome out;
    if (existing) {
        m_cp = *existing;
        out.resumed = true;
    }
    if (Status s = m_lifecycle.apply(LifecycleEvent::Start); !s)
        return s.error();
    if (!existing) {
        if (Status s = expand(); !s)
            return s.error();
        report(m_plan.strategy == Strategy::Copy ? "expand" : "switched");
    } else if (m_cp.phase != "copy") {
        out.alreadyDone = true;
    }
    if (m_cp.phase == "copy") {
        Status copied = m_plan.serverSide ? copyServerSide(false) : copyClientSide(false);
        if (!copied)
            return copied.error();
        if (stopping()) {
            (void)m_lifecycle.apply(LifecycleEvent::Cancel);
            out.interrupted = m_options.control->interrupt;
            out.state = m_lifecycle.state();
            out.rows = m_cp.rows;
            out.bytes = m_cp.bytes;
            return out;
        }
        if (Status s = switchOver(); !s)
            return s.error();
        report("switched");
    }
    if (m_cp.phase == "switched")
        if (Status s = contract(); !s)
            return s.error();
    if (Status s = m_lifecycle.apply(LifecycleEvent::Complete); !s)
        return s.error();
    out.state = m_lifecycle.state();
    out.rows = m_cp.rows;
    out.bytes = m_cp.bytes;
    return out;
}

// Whether a run of `plan` may start given its stored checkpoint: `refusal` says why not.
struct Admission {
    std::optional<Checkpoint> existing;
    std::string refusal;
};

Result<Admission> admitRun(Connection& conn, const Plan& plan, bool resume) {
    auto existing = readCheckpoint(conn, plan.migrationId);
    if (!existing)
        return existing.error();
    Admission admission{*existing, {}};
    if (!*existing)
        return admission;
    const Checkpoint& cp = **existing;
    if (!resume) {
        admission.refusal = "a run of this migration already checkpointed (phase " + cp.phase +
                            "); resume it with --resume";
    } else if (cp.fingerprint != plan.fingerprint()) {
        // a checkpoint in phase "copy" was written by a copy plan
        const bool copied = cp.phase == "copy";
        const bool asCopy = plan.strategy == Strategy::Copy;
        admission.refusal = "the plan changed since the checkpoint (" + cp.fingerprint + " vs " +
                            plan.fingerprint() +
                            "); resume with the options of the interrupted run" +
                            (copied && !asCopy ? ": it was copying the table (add --copy)" : "");
    }
    return admission;
}

// The session advisory lock key of a migration id: a run holds it for as long as it lives, so
// a "running" audit entry whose session no longer holds it belongs to a dead run.
constexpr const char* kRunLockKey = "hashtextextended($1, 0)";

// Takes the migration's session lock; false when another live session holds it.
Result<bool> tryLockRun(Connection& conn, const Plan& plan) {
    auto r = conn.query(std::string("SELECT pg_try_advisory_lock(") + kRunLockKey + ")",
                        {plan.migrationId});
    if (!r)
        return r.error();
    return r->get(0, 0) == "t";
}

void unlockRun(Connection& conn, const Plan& plan) {
    (void)conn.query(std::string("SELECT pg_advisory_unlock(") + kRunLockKey + ")",
                     {plan.migrationId});
}

Result<long long> startAudit(Connection& conn, const Plan& plan, const std::string& actor,
                             const std::string& action) {
    auto r = conn.query("INSERT INTO strata.migration_audit (migration_id, plan_fingerprint, "
                        "actor, action, outcome, backend_pid) "
                        "VALUES ($1, $2, $3, $4, 'running', pg_backend_pid()) RETURNING id",
                        {plan.migrationId, plan.fingerprint(), actor, action});
    if (!r)
        return r.error();
    return std::stoll(r->get(0, 0));
}

Status finishAudit(Connection& conn, long long id, const std::string& outcome,
                   const std::string& detail, long long rows) {
    return conn.execute("UPDATE strata.migration_audit SET finished_at = now(), outcome = $2, "
                        "detail = $3, rows = $4 "
                        "WHERE id = $1",
                        {std::to_string(id), outcome, detail, std::to_string(rows)});
}

} // namespace

Status ensureMigrationTables(Connection& conn) {
    return conn.execute(R"SQL(
CREATE SCHEMA IF NOT EXISTS strata;
CREATE TABLE IF NOT EXISTS strata.migration_checkpoint (
    migration_id     text PRIMARY KEY,
    plan_fingerprint text NOT NULL,
    phase            text NOT NULL CHECK (phase IN ('copy', 'switched', 'contracted')),
    from_version     text NOT NULL,
    to_version       text NOT NULL,
    source_table     text NOT NULL,
    target_table     text NOT NULL,
    last_key         text[],
    rows_copied      bigint NOT NULL DEFAULT 0,
    bytes_copied     bigint NOT NULL DEFAULT 0,
    checksum         numeric NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS strata.migration_audit (
    id               bigserial PRIMARY KEY,
    migration_id     text NOT NULL,
    plan_fingerprint text NOT NULL,
    actor            text NOT NULL,
    action           text NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    outcome          text NOT NULL,
    detail           text NOT NULL DEFAULT '',
    rows             bigint NOT NULL DEFAULT 0
);
ALTER TABLE strata.migration_audit ADD COLUMN IF NOT EXISTS backend_pid integer;
ALTER TABLE strata.migration_audit ADD COLUMN IF NOT EXISTS detected_at timestamptz)SQL");
}

Result<int> markInterruptedRuns(Connection& conn, const std::string& migrationPrefix) {
    if (Status s = ensureMigrationTables(conn); !s)
        return s.error();
    // a bigint advisory key shows in pg_locks as classid = high 32 bits, objid = low 32 bits,
    // objsubid = 1
    auto r = conn.query(R"SQL(
UPDATE strata.migration_audit AS a
   SET outcome = 'interrupted', detected_at = now(),
       detail = 'the run ended without recording an outcome (its session is gone)'
 WHERE a.outcome = 'running' AND starts_with(a.migration_id, $1)
   AND NOT EXISTS (
       SELECT 1 FROM pg_locks AS l, LATERAL (SELECT hashtextextended(a.migration_id, 0) AS k) AS h
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.pid = a.backend_pid
          AND l.classid = CAST((h.k >> 32) & 4294967295 AS oid)
          AND l.objid = CAST(h.k & 4294967295 AS oid))
RETURNING a.id)SQL",
                        {migrationPrefix});
    if (!r)
        return r.error();
    if (r->rows() > 0)
        log(LogLevel::Info, kCategory,
            std::to_string(r->rows()) + " interrupted run(s) of " + migrationPrefix + " marked");
    return r->rows();
}

Result<std::optional<Checkpoint>> readCheckpoint(Connection& conn, const std::string& migrationId) {
    auto r = conn.query(std::string("SELECT ") + kCheckpointColumns +
                            " FROM strata.migration_checkpoint WHERE migration_id = $1",
                        {migrationId});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<Checkpoint>();
    return std::optional(readCheckpointRow(*r, 0));
}

Result<std::optional<Checkpoint>> latestCheckpoint(Connection& conn, const std::string& table) {
    auto r = conn.query(std::string("SELECT ") + kCheckpointColumns +
                            " FROM strata.migration_checkpoint WHERE source_table = $1 "
                            "ORDER BY updated_at DESC LIMIT 1",
                        {table});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<Checkpoint>();
    return std::optional(readCheckpointRow(*r, 0));
}

namespace {

// Why `plan` may not run at all, before any checkpoint is looked at; empty when it may.
std::string planRefusal(const Plan& plan, const ExecuteOptions& options) {
    if (plan.blocked())
        return "the plan is blocked: " + plan.blockers.front().column + ": " +
               plan.blockers.front().reason;
    if (plan.needsConfirmation() && !options.confirmDestructive)
        return "the plan is destructive and needs explicit confirmation: " +
               plan.destructive.front();
    return {};
}

// Audits a run that was refused before it started, and returns the refusal as the error.
Error refuseRun(Connection& conn, const Plan& plan, const ExecuteOptions& options,
                const std::string& reason) {
    (void)recordAudit(conn, AuditNote{plan.migrationId, plan.fingerprint(), options.actor,
                                      options.resume ? "resume" : "migrate", "refused", reason});
    return makeError(ErrorCode::Conflict, reason, plan.migrationId);
}

std::string outcomeOf(const Result<Outcome>& out) {
    if (!out)
        return "failed";
    return out->interrupted ? "interrupted" : toString(out->state);
}

std::string detailOf(const Result<Outcome>& out) {
    if (!out)
        return out.error().describe();
    if (out->interrupted)
        return "stopped between batches on request; the checkpoint is kept";
    return out->alreadyDone ? "already switched" : "";
}

} // namespace

Result<Outcome> executePlan(Connection& conn, const Plan& plan, const ExecuteOptions& options) {
    if (Status s = ensureMigrationTables(conn); !s)
        return s.error();
    if (std::string refusal = planRefusal(plan, options); !refusal.empty())
        return refuseRun(conn, plan, options, refusal);
    // entries of earlier runs that died are settled before this run takes the lock
    if (auto marked = markInterruptedRuns(conn, plan.migrationId); !marked)
        return marked.error();
    auto locked = tryLockRun(conn, plan);
    if (!locked)
        return locked.error();
    if (!*locked)
        return refuseRun(conn, plan, options,
                         "another session is running this migration right now; wait for it or "
                         "stop it first");
    auto admission = admitRun(conn, plan, options.resume);
    if (!admission || !admission->refusal.empty()) {
        Error e =
            admission ? refuseRun(conn, plan, options, admission->refusal) : admission.error();
        unlockRun(conn, plan);
        return e;
    }
    auto audit = startAudit(conn, plan, options.actor, options.resume ? "resume" : "migrate");
    if (!audit) {
        unlockRun(conn, plan);
        return audit.error();
    }
    log(LogLevel::Info, kCategory,
        "migration " + plan.migrationId + " plan " + plan.fingerprint() + " started");
    Runner runner(conn, plan, options);
    Result<Outcome> out = runner.run(admission->existing);
    conn.rollback();
    // the audit row survives a lost session only if the session still works; a failed update
    // leaves it "running" with the lock gone, which markInterruptedRuns() settles
    (void)finishAudit(conn, *audit, outcomeOf(out), detailOf(out), out ? out->rows : 0);
    unlockRun(conn, plan);
    return out;
}

Result<Verification> verifyMigration(Connection& conn, const Plan& plan) {
    auto cp = readCheckpoint(conn, plan.migrationId);
    if (!cp)
        return cp.error();
    if (!*cp)
        return makeError(ErrorCode::NotFound, "no checkpoint: the migration has not run",
                         plan.migrationId);
    Verification v;
    v.runFingerprint = (*cp)->fingerprint;
    if ((*cp)->sourceTable == (*cp)->targetTable) {
        // an in-place plan changed the table in one transaction: there is no second copy to
        // compare with, only the table's own figures
        auto t = conn.query("SELECT count(*), coalesce(sum(" + rowDigest("t") +
                            "), 0)::text FROM " + qualified(plan.schema, plan.table) + " AS t");
        if (!t)
            return t.error();
        v.sourceRows = v.targetRows = std::stoll(t->get(0, 0));
        v.targetChecksum = t->get(0, 1);
        return v;
    }
    bool switched = (*cp)->phase != "copy";
    std::string source = qualified(plan.schema, switched ? plan.oldTable : plan.table);
    std::string target = qualified(plan.schema, switched ? plan.table : plan.newTable);
    auto t = conn.query("SELECT count(*), coalesce(sum(" + rowDigest("t") + "), 0)::text FROM " +
                        target + " AS t");
    if (!t)
        return t.error();
    auto s = conn.query("SELECT count(*) FROM " + source);
    if (!s)
        return s.error();
    v.targetRows = std::stoll(t->get(0, 0));
    v.targetChecksum = t->get(0, 1);
    v.sourceRows = std::stoll(s->get(0, 0));
    v.ledgerChecksum = (*cp)->checksum;
    if (v.sourceRows != v.targetRows)
        v.problems.push_back("row counts differ: source " + std::to_string(v.sourceRows) +
                             ", target " + std::to_string(v.targetRows));
    if ((*cp)->rows != v.targetRows)
        v.problems.push_back("the checkpoint counted " + std::to_string((*cp)->rows) +
                             " rows, the target holds " + std::to_string(v.targetRows));
    if (v.ledgerChecksum != v.targetChecksum)
        v.problems.push_back("target checksum " + v.targetChecksum + " differs from the batches' " +
                             v.ledgerChecksum);
    if (plan.serverSide && !plan.targetColumns.empty()) {
        std::string exprs;
        for (const TargetColumn& c : plan.targetColumns)
            exprs += (exprs.empty() ? "" : ", ") + c.expression;
        auto p = conn.query("SELECT coalesce(sum(" + rowDigest("t") + "), 0)::text FROM (SELECT " +
                                exprs + " FROM " + source + " AS s) AS t",
                            plan.expressionParams);
        if (!p)
            return p.error();
        v.sourceChecksum = p->get(0, 0);
        if (v.sourceChecksum != v.targetChecksum)
            v.problems.push_back("the source converted again sums to " + v.sourceChecksum +
                                 ", the target to " + v.targetChecksum);
    }
    return v;
}

Result<std::vector<AuditEntry>> readAudit(Connection& conn, const std::string& migrationPrefix) {
    if (auto marked = markInterruptedRuns(conn, migrationPrefix); !marked)
        return marked.error();
    auto r =
        conn.query("SELECT id, migration_id, plan_fingerprint, actor, action, "
                   "to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                   "to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                   "outcome, detail, rows, "
                   "to_char(detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                   "FROM strata.migration_audit "
                   "WHERE starts_with(migration_id, $1) ORDER BY id DESC",
                   {migrationPrefix});
    if (!r)
        return r.error();
    std::vector<AuditEntry> out;
    for (int i = 0; i < r->rows(); ++i)
        out.push_back({std::stoll(r->get(i, 0)), r->get(i, 1), r->get(i, 2), r->get(i, 3),
                       r->get(i, 4), r->get(i, 5), r->get(i, 6), r->get(i, 7), r->get(i, 8),
                       std::stoll(r->get(i, 9)), r->get(i, 10)});
    return out;
}

Status recordAudit(Connection& conn, const AuditNote& note) {
    if (Status s = ensureMigrationTables(conn); !s)
        return s;
    return conn.execute(
        "INSERT INTO strata.migration_audit (migration_id, plan_fingerprint, actor, action, "
        "finished_at, outcome, detail, rows) VALUES ($1, $2, $3, $4, now(), $5, $6, $7)",
        {note.migrationId, note.fingerprint, note.actor, note.action, note.outcome, note.detail,
         std::to_string(note.rows)});
}

Status recordAudit(Connection& conn, const Plan& plan, const std::string& actor,
                   const std::string& action, const std::string& outcome,
                   const std::string& detail) {
    return recordAudit(
        conn, AuditNote{plan.migrationId, plan.fingerprint(), actor, action, outcome, detail});
}

Status recordVerification(Connection& conn, const Plan& plan, const Verification& v,
                          const std::string& actor) {
    return recordAudit(conn, AuditNote{plan.migrationId, v.runFingerprint, actor, "verify",
                                       v.ok() ? "verified" : "mismatch",
                                       v.ok() ? "" : v.problems.front(), v.targetRows});
}

} // namespace strata::postgres
