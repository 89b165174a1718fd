// Showing a plan in full: as text for a terminal and as JSON for the console and scripts.

#include "strata/connectors/postgres/plan.h"

#include <sstream>

namespace strata::postgres {
namespace {

Json paramsJson(const Params& params) {
    Json out = Json::array();
    for (const Param& p : params)
        out.push_back(p ? Json(*p) : Json(nullptr));
    return out;
}

} // namespace

std::string planToText(const Plan& plan) {
    std::ostringstream out;
    out << "plan " << plan.fingerprint() << ": " << plan.schema << "." << plan.table << " "
        << plan.from.toString() << " -> " << plan.to.toString() << "\n"
        << "strategy: " << toString(plan.strategy);
    if (plan.strategy == Strategy::Copy)
        out << (plan.serverSide ? " (server side: INSERT ... SELECT)"
                                : " (client side: " + plan.clientSideReason + ")");
    out << "\nrows: " << plan.rowEstimate << "\n";
    if (!plan.keyColumns.empty()) {
        out << "batch key:";
        for (const std::string& k : plan.keyColumns)
            out << " " << k;
        out << "\n";
    }
    int n = 0;
    for (const PlanStep& s : plan.steps) {
        out << "\n" << ++n << ". [" << toString(s.phase) << "] " << s.title;
        if (s.rowEstimate >= 0)
            out << " (~" << s.rowEstimate << " rows)";
        if (s.destructive)
            out << " DESTRUCTIVE";
        out << "\n" << s.sql << ";\n";
        for (size_t i = 0; i < s.params.size(); ++i)
            out << "   $" << i + 1 << " = " << (s.params[i] ? "'" + *s.params[i] + "'" : "NULL")
                << "\n";
    }
    for (const std::string& note : plan.notes)
        out << "\nnote: " << note;
    for (const std::string& d : plan.destructive)
        out << "\ndestructive: " << d;
    for (const Blocker& b : plan.blockers) {
        out << "\nBLOCKED: " << b.column << ": " << b.reason;
        for (const std::string& row : b.rows)
            out << "\n  " << row;
    }
    out << "\n";
    return out.str();
}

Json planToJson(const Plan& plan) {
    Json steps = Json::array();
    for (const PlanStep& s : plan.steps)
        steps.push_back({{"phase", toString(s.phase)},
                         {"title", s.title},
                         {"sql", s.sql},
                         {"params", paramsJson(s.params)},
                         {"row_estimate", s.rowEstimate},
                         {"destructive", s.destructive}});
    Json blockers = Json::array();
    for (const Blocker& b : plan.blockers)
        blockers.push_back({{"column", b.column}, {"reason", b.reason}, {"rows", b.rows}});
    return {{"fingerprint", plan.fingerprint()},
            {"migration_id", plan.migrationId},
            {"table", objectName(plan.schema, plan.table)},
            {"from", plan.from.toString()},
            {"to", plan.to.toString()},
            {"strategy", toString(plan.strategy)},
            {"server_side", plan.serverSide},
            {"client_side_reason", plan.clientSideReason},
            {"row_estimate", plan.rowEstimate},
            {"key", plan.keyColumns},
            {"steps", steps},
            {"notes", plan.notes},
            {"destructive", plan.destructive},
            {"blockers", blockers},
            {"needs_confirmation", plan.needsConfirmation()},
            {"blocked", plan.blocked()}};
}

} // namespace strata::postgres
