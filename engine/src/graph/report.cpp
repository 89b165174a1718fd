#include "strata/graph/impact.h"

#include <sstream>

namespace strata {

namespace {

Json dependentToJson(const DependentImpact& d) {
    Json findings = Json::array();
    for (const Finding& f : d.findings)
        findings.push_back(findingToJson(f));
    return {{"dependent", d.dependent.toString()},
            {"chain", d.chain},
            {"field_path", d.fieldPath},
            {"still_works", d.stillWorks},
            {"findings", findings}};
}

Json hopToJson(const UpgradeHop& hop) {
    Json j = {{"from", hop.from.toString()},
              {"to", hop.to.toString()},
              {"risk", toString(hop.risk)},
              {"cost", hop.cost}};
    if (hop.verdict)
        j["verdict"] = verdictToJson(*hop.verdict);
    return j;
}

const char* yesNo(bool b) {
    return b ? "yes" : "no";
}

} // namespace

Json impactToJson(const ImpactReport& r) {
    Json works = Json::array();
    Json breaks = Json::array();
    for (const auto& d : r.stillWorks)
        works.push_back(dependentToJson(d));
    for (const auto& d : r.breaks)
        breaks.push_back(dependentToJson(d));
    Json nodes = Json::array();
    for (const NodeImpact& n : r.nodes) {
        nodes.push_back({{"cluster", n.cluster},
                         {"node", n.node},
                         {"role", toString(n.role)},
                         {"live", n.live},
                         {"runs", n.runs.toString()},
                         {"supports_target", n.supportsTarget}});
    }
    Json stores = Json::array();
    for (const StoreObject& s : r.stores) {
        stores.push_back({{"name", s.name},
                          {"kind", toString(s.kind)},
                          {"object", s.object},
                          {"holds", s.holds.toString()}});
    }
    Json migrations = Json::array();
    for (const MigrationNeed& m : r.migrations) {
        migrations.push_back({{"store", m.store.name},
                              {"from", m.from.toString()},
                              {"to", m.to ? Json(m.to->toString()) : Json(nullptr)},
                              {"required", m.required},
                              {"reason", m.reason}});
    }
    return {{"from", r.from.toString()},
            {"to", r.to.toString()},
            {"verdict", verdictToJson(r.verdict)},
            {"still_works", works},
            {"breaks", breaks},
            {"nodes", nodes},
            {"stores", stores},
            {"migrations", migrations}};
}

std::string impactToText(const ImpactReport& r) {
    std::ostringstream out;
    out << "Upgrade " << r.from.toString() << " -> " << r.to.toString() << "\n";
    out << "  read-compatible (" << r.to.toString()
        << " reads old data): " << yesNo(r.verdict.readCompatible) << "\n";
    out << "  write-compatible (" << r.from.toString()
        << " reads new data): " << yesNo(r.verdict.writeCompatible) << "\n";
    out << "Dependents that still work: " << r.stillWorks.size() << "\n";
    for (const auto& d : r.stillWorks)
        out << "  " << d.dependent.toString() << (d.fieldPath.empty() ? "" : " at ") << d.fieldPath
            << "\n";
    out << "Dependents that break: " << r.breaks.size() << "\n";
    for (const auto& d : r.breaks) {
        out << "  " << d.dependent.toString() << " at " << d.fieldPath << "\n";
        for (const Finding& f : d.findings)
            out << "    [" << f.rule << "] " << f.path << ": " << f.message << "\n";
    }
    out << "Cluster nodes: " << r.nodes.size() << "\n";
    for (const NodeImpact& n : r.nodes) {
        out << "  " << n.cluster << "/" << n.node << " (" << toString(n.role)
            << (n.live ? "" : ", down") << ") runs " << n.runs.toString()
            << (n.supportsTarget ? ", supports " + r.to.toString() : "") << "\n";
    }
    out << "Store objects: " << r.stores.size() << "\n";
    for (const StoreObject& s : r.stores)
        out << "  " << s.name << " (" << toString(s.kind) << " " << s.object << ") holds "
            << s.holds.toString() << "\n";
    out << "Migrations: " << r.migrations.size() << "\n";
    for (const MigrationNeed& m : r.migrations)
        out << "  " << m.store.name << ": " << (m.required ? "required" : "optional") << ", "
            << m.reason << "\n";
    return out.str();
}

Json upgradePathToJson(const UpgradePath& p) {
    Json hops = Json::array();
    for (const UpgradeHop& h : p.hops)
        hops.push_back(hopToJson(h));
    Json j = {{"found", p.found}, {"hops", hops}, {"total_cost", p.totalCost}};
    if (!p.found)
        j["reason"] = p.reason;
    return j;
}

std::string upgradePathToText(const UpgradePath& p) {
    std::ostringstream out;
    if (!p.found) {
        out << "No path: " << p.reason << "\n";
        return out.str();
    }
    out << "Path with " << p.hops.size() << " hop(s), total risk cost " << p.totalCost << "\n";
    for (const UpgradeHop& h : p.hops)
        out << "  " << h.from.toString() << " -> " << h.to.toString() << ": " << toString(h.risk)
            << "\n";
    return out.str();
}

} // namespace strata
