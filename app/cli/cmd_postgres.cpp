// stratactl introspect postgres, drift, plan, migrate, verify, audit, inventory.

#include "cli.h"
#include "strata/connectors/postgres/drift.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/inventory.h"
#include "strata/connectors/postgres/migrate.h"
#include "strata/model/workspace_io.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iomanip>
#include <ostream>
#include <pwd.h>
#include <sstream>
#include <unistd.h>

namespace strata::cli {
namespace {

using namespace strata::postgres;

int failed(std::ostream& err, const std::string& command, const Error& e,
           int code = kIncompatible) {
    err << "stratactl " << command << ": " << e.describe() << "\n";
    return code;
}

struct Target {
    Workspace ws;
    StoreObject store;
    ConnectionProfile profile;
};

Result<Target> loadTarget(const std::string& wsPath, const std::string& storeName) {
    auto ws = loadWorkspace(wsPath);
    if (!ws)
        return ws.error();
    Target t;
    t.ws = std::move(*ws);
    auto store = std::find_if(t.ws.stores.begin(), t.ws.stores.end(),
                              [&](const StoreObject& s) { return s.name == storeName; });
    if (store == t.ws.stores.end())
        return makeError(ErrorCode::NotFound, "no store named '" + storeName + "'", wsPath);
    if (store->kind != StoreKind::Postgres)
        return makeError(ErrorCode::InvalidArgument,
                         "store '" + storeName + "' is not a PostgreSQL table", wsPath);
    t.store = *store;
    auto profile =
        std::find_if(t.ws.profiles.begin(), t.ws.profiles.end(),
                     [&](const ConnectionProfile& p) { return p.name == store->profile; });
    if (profile == t.ws.profiles.end())
        return makeError(
            ErrorCode::NotFound,
            "store '" + storeName + "' names a missing profile '" + store->profile + "'", wsPath);
    t.profile = *profile;
    return t;
}

Result<ConnectionProfile> findProfile(const Workspace& ws, const std::string& name) {
    for (const ConnectionProfile& p : ws.profiles)
        if (p.name == name)
            return p;
    return makeError(ErrorCode::NotFound, "no connection profile named '" + name + "'");
}

std::string formatDuration(double seconds) {
    if (seconds < 0)
        return "?";
    int s = int(seconds + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    return buf;
}

// One progress line; on a terminal it rewrites itself in place.
void printProgress(std::ostream& err, const Progress& p, bool terminal) {
    double pct = p.rowsTotal > 0 ? 100.0 * double(p.rowsDone) / double(p.rowsTotal) : 100.0;
    err << (terminal ? "\r" : "") << std::fixed << std::setprecision(1) << p.phase << " "
        << p.rowsDone << "/" << p.rowsTotal << " rows (" << pct << "%), "
        << p.bytesDone / (1024 * 1024) << " MiB, " << std::setprecision(0) << p.rowsPerSecond
        << " rows/s, ETA " << formatDuration(p.etaSeconds) << (terminal ? "   " : "\n")
        << std::flush;
}

// The control of the migration this process runs. The stop-signal handler sets its interrupt
// flag (a lock-free atomic, safe in a handler); the run polls it between batches.
MigrationControl g_migrationControl;

extern "C" void onStopSignal(int sig) {
    if (g_migrationControl.interrupt.exchange(true)) {
        // a second signal ends the process at once, as it would without the handler
        std::signal(sig, SIG_DFL);
        std::raise(sig);
    }
}

// While alive, SIGINT and SIGTERM ask the migration to stop at the next batch boundary.
class StopSignals {
public:
    StopSignals() {
        g_migrationControl.interrupt = false;
        struct sigaction stop {};
        stop.sa_handler = onStopSignal;
        sigemptyset(&stop.sa_mask);
        sigaddset(&stop.sa_mask, SIGINT);
        sigaddset(&stop.sa_mask, SIGTERM);
        stop.sa_flags = SA_RESTART; // libpq's reads and waits carry on
        sigaction(SIGINT, &stop, &m_previousInt);
        sigaction(SIGTERM, &stop, &m_previousTerm);
    }
    ~StopSignals() {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    struct sigaction m_previousInt {};
    struct sigaction m_previousTerm {};
};

} // namespace

int runIntrospectPostgres(const Args& args, std::ostream& out, std::ostream& err) {
    const std::string cmd = "introspect postgres";
    ParsedArgs p =
        parseArgs(args, {"--profile", "--database", "--schema", "--version"}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 1 || !p.has("--profile"))
        return usageError(err, cmd, p.error.empty() ? "expected WORKSPACE and --profile" : p.error);
    auto ws = loadWorkspace(p.positional[0]);
    if (!ws)
        return failed(err, cmd, ws.error(), kUnreadable);
    auto profile = findProfile(*ws, p.value("--profile"));
    if (!profile)
        return failed(err, cmd, profile.error(), kUnreadable);
    IntrospectOptions options;
    if (p.has("--schema")) {
        options.schemas.clear();
        for (const auto& [k, v] : p.options)
            if (k == "--schema")
                options.schemas.push_back(v);
    }
    auto version = SemVer::parse(p.value("--version", "1.0.0"));
    if (!version)
        return usageError(err, cmd, version.error().message);
    options.version = *version;
    auto conn = Connection::open(*profile, p.value("--database"));
    if (!conn)
        return failed(err, cmd, conn.error(), kUnreadable);
    auto relations = introspect(**conn, options);
    if (!relations)
        return failed(err, cmd, relations.error(), kUnreadable);

    Json report = Json::array();
    size_t added = 0, known = 0;
    for (IntrospectedRelation& rel : *relations) {
        TypeDef* type = ws->findType(rel.version.id.name);
        std::string status = "added";
        if (!type) {
            TypeDef fresh;
            fresh.name = rel.version.id.name;
            fresh.policy = CompatPolicy::None;
            fresh.doc = rel.version.doc;
            ws->types.push_back(std::move(fresh));
            std::sort(ws->types.begin(), ws->types.end(),
                      [](const TypeDef& a, const TypeDef& b) { return a.name < b.name; });
            type = ws->findType(rel.version.id.name);
        }
        if (const TypeVersion* existing = type->find(rel.version.id.version)) {
            status = existing->schema == rel.version.schema ? "unchanged"
                                                            : "differs (see stratactl drift)";
            ++known;
        } else {
            type->versions.push_back(rel.version);
            std::sort(type->versions.begin(), type->versions.end(),
                      [](const TypeVersion& a, const TypeVersion& b) {
                          return a.id.version < b.id.version;
                      });
            ++added;
        }
        std::string object = objectName(rel.schema, rel.name);
        std::string storeName =
            (p.has("--database") ? p.value("--database") + "." : std::string()) + object;
        bool hasStore = std::any_of(ws->stores.begin(), ws->stores.end(),
                                    [&](const StoreObject& s) { return s.name == storeName; });
        if (!hasStore && rel.kind != RelationKind::View &&
            rel.kind != RelationKind::MaterializedView)
            ws->stores.push_back(
                {storeName, StoreKind::Postgres, object, rel.version.id, profile->name});
        report.push_back({{"relation", object},
                          {"kind", toString(rel.kind)},
                          {"type", rel.version.id.toString()},
                          {"fields", rel.version.schema.fields.size()},
                          {"constraints", rel.version.schema.constraints.size()},
                          {"row_estimate", rel.rowEstimate},
                          {"status", status}});
    }
    if (Status s = saveWorkspace(*ws, p.positional[0]); !s)
        return failed(err, cmd, s.error(), kUnreadable);
    if (p.has("--json")) {
        out << Json{{"relations", report}, {"added", added}, {"known", known}}.dump(2) << "\n";
    } else {
        for (const Json& r : report)
            out << r["relation"].get<std::string>() << " (" << r["kind"].get<std::string>()
                << "): " << r["type"].get<std::string>() << ", " << r["fields"] << " fields, "
                << r["constraints"] << " constraints, " << r["status"].get<std::string>() << "\n";
        out << relations->size() << " relations: " << added << " versions added, " << known
            << " already known\n";
    }
    return kOk;
}

int runDrift(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "drift", p.error.empty() ? "expected WORKSPACE and STORE" : p.error);
    auto t = loadTarget(p.positional[0], p.positional[1]);
    if (!t)
        return failed(err, "drift", t.error(), kUnreadable);
    auto conn = Connection::open(t->profile);
    if (!conn)
        return failed(err, "drift", conn.error(), kUnreadable);
    auto diff = detectDrift(**conn, t->ws, t->store);
    if (!diff)
        return failed(err, "drift", diff.error(), kUnreadable);
    if (p.has("--json")) {
        Json j = diffToJson(*diff);
        j["store"] = t->store.name;
        j["drift"] = !diff->changes.empty();
        out << j.dump(2) << "\n";
    } else {
        out << t->store.object << " against " << t->store.holds.toString() << ": "
            << (diff->changes.empty() ? "no drift"
                                      : std::to_string(diff->changes.size()) + " differences")
            << "\n";
        for (const Change& c : diff->changes)
            out << "  " << toString(c.kind) << " " << c.path << ": " << c.message
                << (c.before.empty() && c.after.empty() ? ""
                                                        : " (" + c.before + " -> " + c.after + ")")
                << "\n";
    }
    return diff->changes.empty() ? kOk : kIncompatible;
}

namespace {

struct PlanRequest {
    Target target;
    TypeVersionId to;
    PlanOptions options;
};

Result<PlanRequest> readPlanRequest(const ParsedArgs& p) {
    auto t = loadTarget(p.positional[0], p.positional[1]);
    if (!t)
        return t.error();
    auto to = TypeVersionId::parse(p.positional[2]);
    if (!to)
        return to.error();
    // a type or version that does not exist is missing input (exit 3), not a refusal
    if (!t->ws.findType(to->name))
        return makeError(ErrorCode::NotFound, "no type '" + to->name + "'", p.positional[0]);
    for (const TypeVersionId& id : {t->store.holds, *to})
        if (!t->ws.findVersion(id))
            return makeError(ErrorCode::NotFound, "no version " + id.toString(), p.positional[0]);
    PlanRequest r{std::move(*t), *to, {}};
    r.options.forceCopy = p.has("--copy");
    r.options.clientSide = p.has("--client-side");
    r.options.contract = p.has("--contract");
    return r;
}

const std::vector<std::string> kPlanSwitches = {"--copy", "--client-side", "--contract", "--json"};

} // namespace

int runPlan(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, kPlanSwitches);
    if (!p.error.empty() || p.positional.size() != 3)
        return usageError(err, "plan",
                          p.error.empty() ? "expected WORKSPACE STORE Name-vX.Y.Z" : p.error);
    auto req = readPlanRequest(p);
    if (!req)
        return failed(err, "plan", req.error(), kUnreadable);
    auto conn = Connection::open(req->target.profile);
    if (!conn)
        return failed(err, "plan", conn.error(), kUnreadable);
    auto plan = planMigration(**conn, req->target.ws, req->target.store, req->to, req->options);
    if (!plan)
        return failed(err, "plan", plan.error());
    out << (p.has("--json") ? planToJson(*plan).dump(2) + "\n" : planToText(*plan));
    return plan->blocked() ? kIncompatible : kOk;
}

// A run whose switch committed but that died before the workspace recorded it (or a console
// run whose workspace was not saved) left the table holding the target: planning again would
// plan against the switched table. Records the target in the workspace and returns kOk; -1 when
// there is no such run.
int recordAnEarlierSwitch(Connection& conn, PlanRequest& req, const std::string& workspacePath,
                          std::ostream& out, std::ostream& err) {
    auto object = parseObjectName(req.target.store.object);
    if (!object)
        return failed(err, "migrate", object.error(), kUnreadable);
    const std::string migrationId =
        migrationIdFor(object->first, object->second, req.target.store.holds, req.to);
    auto cp = readCheckpoint(conn, migrationId);
    if (!cp)
        return failed(err, "migrate", cp.error());
    if (!*cp || ((*cp)->phase != "switched" && (*cp)->phase != "contracted"))
        return -1;
    for (StoreObject& s : req.target.ws.stores)
        if (s.name == req.target.store.name)
            s.holds = req.to;
    if (Status s = saveWorkspace(req.target.ws, workspacePath); !s)
        return failed(err, "migrate", s.error(), kUnreadable);
    out << migrationId << ": the switch already committed (phase " << (*cp)->phase << ", "
        << (*cp)->rows << " rows, plan " << (*cp)->fingerprint
        << "); the workspace now records that " << req.target.store.name << " holds "
        << req.to.toString() << "\n";
    return kOk;
}

// A plan that could not be made for a reason of the workspace or the table (no conversion
// path, an unsupported change), not a failing session, is a refused run: audited as such.
void auditPlanningRefusal(Connection& conn, const PlanRequest& req, const std::string& action,
                          const std::string& actor, const Error& why) {
    auto object = parseObjectName(req.target.store.object);
    if (why.code == ErrorCode::Io || !object)
        return; // a broken session cannot take an entry; an unnamed table has no audit key
    const std::string migrationId =
        migrationIdFor(object->first, object->second, req.target.store.holds, req.to);
    (void)recordAudit(conn, AuditNote{migrationId, "", actor, action, "refused", why.describe()});
}

int runMigrate(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {"--batch-rows", "--throttle-ms", "--by"},
                             {"--copy", "--client-side", "--contract", "--json", "--dry-run",
                              "--resume", "--confirm-destructive", "--progress"});
    if (!p.error.empty() || p.positional.size() != 3)
        return usageError(err, "migrate",
                          p.error.empty() ? "expected WORKSPACE STORE Name-vX.Y.Z" : p.error);
    ExecuteOptions options;
    options.resume = p.has("--resume");
    options.confirmDestructive = p.has("--confirm-destructive");
    options.batchRows = std::atoll(p.value("--batch-rows", "10000").c_str());
    options.throttleMs = std::atoi(p.value("--throttle-ms", "0").c_str());
    if (options.batchRows <= 0 || options.throttleMs < 0)
        return usageError(err, "migrate",
                          "--batch-rows must be positive and --throttle-ms not negative");
    auto req = readPlanRequest(p);
    if (!req)
        return failed(err, "migrate", req.error(), kUnreadable);
    options.actor = actorName(p);
    options.workspace = &req->target.ws;
    ConnectionProfile profile = req->target.profile;
    options.openReader = [profile]() { return Connection::open(profile); };

    auto conn = Connection::open(profile);
    if (!conn)
        return failed(err, "migrate", conn.error(), kUnreadable);
    if (Status ready = ensureMigrationTables(**conn); !ready)
        return failed(err, "migrate", ready.error());
    // after a switch the store already holds the target; resuming then only finishes the record
    TypeVersionId holds = req->target.store.holds;
    if (options.resume && holds == req->to) {
        out << req->to.toString() << " is already what " << req->target.store.name << " holds\n";
        return kOk;
    }
    if (int code = recordAnEarlierSwitch(**conn, *req, p.positional[0], out, err); code >= 0)
        return code;
    auto plan = planMigration(**conn, req->target.ws, req->target.store, req->to, req->options);
    if (!plan) {
        const char* action = p.has("--dry-run") ? "dry-run" : options.resume ? "resume" : "migrate";
        auditPlanningRefusal(**conn, *req, action, options.actor, plan.error());
        return failed(err, "migrate", plan.error());
    }
    if (p.has("--dry-run")) {
        out << (p.has("--json") ? planToJson(*plan).dump(2) + "\n" : planToText(*plan));
        (void)recordAudit(**conn, *plan, options.actor, "dry-run",
                          plan->blocked() ? "blocked" : "shown", "");
        return plan->blocked() ? kIncompatible : kOk;
    }
    bool terminal = isatty(STDERR_FILENO) || p.has("--progress");
    bool rewrite = isatty(STDERR_FILENO);
    options.progress = [&err, terminal, rewrite](const Progress& pr) {
        if (terminal)
            printProgress(err, pr, rewrite);
    };
    Result<Outcome> outcome = Outcome{};
    {
        const StopSignals stopSignals;
        options.control = &g_migrationControl;
        outcome = executePlan(**conn, *plan, options);
    }
    if (rewrite)
        err << "\n";
    if (outcome && outcome->interrupted) {
        err << "interrupted after " << outcome->rows << " rows; run the same command"
            << (options.resume ? "" : " with --resume") << " to resume\n";
        return kInterrupted;
    }
    if (!outcome) {
        err << "stratactl migrate: " << outcome.error().describe() << "\n";
        if (outcome.error().code == ErrorCode::Io)
            err << "stratactl migrate: committed batches are kept; run again with --resume to "
                   "continue\n";
        return kIncompatible;
    }
    if (outcome->state == LifecycleState::Completed) {
        for (StoreObject& s : req->target.ws.stores)
            if (s.name == req->target.store.name)
                s.holds = req->to;
        if (Status s = saveWorkspace(req->target.ws, p.positional[0]); !s)
            return failed(err, "migrate", s.error(), kUnreadable);
    }
    out << plan->migrationId << ": " << toString(outcome->state) << ", " << outcome->rows << " rows"
        << (outcome->resumed ? " (resumed)" : "") << ", plan " << plan->fingerprint() << "\n";
    return outcome->state == LifecycleState::Completed ? kOk : kIncompatible;
}

int runVerify(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "verify", p.error.empty() ? "expected WORKSPACE STORE" : p.error);
    auto t = loadTarget(p.positional[0], p.positional[1]);
    if (!t)
        return failed(err, "verify", t.error(), kUnreadable);
    auto conn = Connection::open(t->profile);
    if (!conn)
        return failed(err, "verify", conn.error(), kUnreadable);
    if (Status s = ensureMigrationTables(**conn); !s)
        return failed(err, "verify", s.error());
    auto object = parseObjectName(t->store.object);
    if (!object)
        return failed(err, "verify", object.error(), kUnreadable);
    auto cp = latestCheckpoint(**conn, objectName(object->first, object->second));
    if (!cp)
        return failed(err, "verify", cp.error());
    if (!*cp)
        return failed(err, "verify",
                      makeError(ErrorCode::NotFound, "no migration of this table to verify",
                                t->store.object));
    auto from = TypeVersionId::parse((*cp)->fromVersion);
    auto to = TypeVersionId::parse((*cp)->toVersion);
    if (!from || !to)
        return failed(err, "verify", (!from ? from : to).error());
    auto plan = planCopyOffline(t->ws, object->first, object->second, *from, *to, false);
    if (!plan)
        return failed(err, "verify", plan.error(),
                      plan.error().code == ErrorCode::NotFound ? kUnreadable : kIncompatible);
    const bool serverSide = plan->serverSide;
    auto v = verifyMigration(**conn, *plan);
    if (!v)
        return failed(err, "verify", v.error());
    (void)recordVerification(**conn, *plan, *v, actorName(p));
    if (p.has("--json")) {
        out << Json{{"migration_id", plan->migrationId},
                    {"source_rows", v->sourceRows},
                    {"target_rows", v->targetRows},
                    {"target_checksum", v->targetChecksum},
                    {"ledger_checksum", v->ledgerChecksum},
                    {"source_checksum", v->sourceChecksum},
                    {"server_side", serverSide},
                    {"ok", v->ok()},
                    {"problems", v->problems}}
                   .dump(2)
            << "\n";
    } else {
        out << plan->migrationId << ": " << (v->ok() ? "verified" : "MISMATCH") << ", source "
            << v->sourceRows << " rows, target " << v->targetRows << " rows, checksum "
            << v->targetChecksum << "\n";
        for (const std::string& problem : v->problems)
            out << "  " << problem << "\n";
    }
    return v->ok() ? kOk : kIncompatible;
}

int runAudit(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "audit", p.error.empty() ? "expected WORKSPACE STORE" : p.error);
    auto t = loadTarget(p.positional[0], p.positional[1]);
    if (!t)
        return failed(err, "audit", t.error(), kUnreadable);
    auto conn = Connection::open(t->profile);
    if (!conn)
        return failed(err, "audit", conn.error(), kUnreadable);
    auto object = parseObjectName(t->store.object);
    if (!object)
        return failed(err, "audit", object.error(), kUnreadable);
    auto entries = readAudit(**conn, objectName(object->first, object->second) + ":");
    if (!entries)
        return failed(err, "audit", entries.error());
    Json j = Json::array();
    for (const AuditEntry& e : *entries) {
        j.push_back({{"id", e.id},
                     {"migration_id", e.migrationId},
                     {"fingerprint", e.fingerprint},
                     {"actor", e.actor},
                     {"action", e.action},
                     {"started_at", e.startedAt},
                     {"finished_at", e.finishedAt},
                     {"outcome", e.outcome},
                     {"detail", e.detail},
                     {"rows", e.rows},
                     {"detected_at", e.detectedAt}});
        if (!p.has("--json"))
            out << e.startedAt << " " << e.actor << " " << e.action << " " << e.migrationId
                << " plan " << e.fingerprint << ": " << e.outcome << " (" << e.rows << " rows)"
                << (e.detail.empty() ? "" : " " + e.detail)
                << (e.detectedAt.empty() ? "" : " (detected " + e.detectedAt + ")") << "\n";
    }
    if (p.has("--json"))
        out << j.dump(2) << "\n";
    return kOk;
}

int runInventory(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p =
        parseArgs(args, {"--profile", "--cluster", "--announce", "--role", "--supports", "--ttl"},
                  {"--json"});
    if (!p.error.empty() || p.positional.size() != 1 || !p.has("--profile") || !p.has("--cluster"))
        return usageError(err, "inventory",
                          p.error.empty() ? "expected WORKSPACE --profile P --cluster C" : p.error);
    auto ws = loadWorkspace(p.positional[0]);
    if (!ws)
        return failed(err, "inventory", ws.error(), kUnreadable);
    auto profile = findProfile(*ws, p.value("--profile"));
    if (!profile)
        return failed(err, "inventory", profile.error(), kUnreadable);
    auto conn = Connection::open(*profile);
    if (!conn)
        return failed(err, "inventory", conn.error(), kUnreadable);
    if (Status s = ensureInventoryTable(**conn); !s)
        return failed(err, "inventory", s.error());
    std::string cluster = p.value("--cluster");
    if (p.has("--announce")) {
        ClusterNode node;
        node.name = p.value("--announce");
        std::string role = p.value("--role", "both");
        node.role = role == "reader"   ? NodeRole::Reader
                    : role == "writer" ? NodeRole::Writer
                                       : NodeRole::Both;
        for (const auto& [k, v] : p.options) {
            if (k != "--supports")
                continue;
            size_t eq = v.find('='), dots = v.find("..");
            if (eq == std::string::npos || dots == std::string::npos || dots < eq)
                return usageError(err, "inventory", "--supports takes Type=MIN..MAX");
            auto min = SemVer::parse(v.substr(eq + 1, dots - eq - 1));
            auto max = SemVer::parse(v.substr(dots + 2));
            if (!min || !max)
                return usageError(err, "inventory", "--supports takes Type=MIN..MAX");
            node.supports[v.substr(0, eq)] = {*min, *max};
        }
        if (Status s =
                announceNode(**conn, cluster, node, std::atoi(p.value("--ttl", "60").c_str()));
            !s)
            return failed(err, "inventory", s.error());
    }
    auto live = readInventory(**conn, cluster);
    if (!live)
        return failed(err, "inventory", live.error());
    Json nodes = Json::array();
    for (const ClusterNode& n : live->nodes) {
        Json supports = Json::object();
        for (const auto& [type, range] : n.supports)
            supports[type] = {{"min", range.min.toString()}, {"max", range.max.toString()}};
        nodes.push_back({{"name", n.name},
                         {"role", toString(n.role)},
                         {"live", n.live},
                         {"supports", supports}});
        if (!p.has("--json")) {
            out << n.name << " (" << toString(n.role) << ", " << (n.live ? "live" : "expired")
                << "):";
            for (const auto& [type, range] : n.supports)
                out << " " << type << " " << range.min.toString() << ".." << range.max.toString();
            out << "\n";
        }
    }
    if (p.has("--json"))
        out << Json{{"cluster", cluster}, {"nodes", nodes}}.dump(2) << "\n";
    return kOk;
}

} // namespace strata::cli
