#include "strata/model/workspace_io.h"

#include "strata/model/json_locate.h"
#include "type_json.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace strata {

using detail::JsonReader;
using detail::LoadFailure;

namespace {

// ---- reading ----------------------------------------------------------------------------

PolicyOverride readOverride(const JsonReader& r) {
    r.allowKeys({"version", "reason", "by", "at"});
    PolicyOverride o;
    o.version = r.typeVersionId("version");
    o.reason = r.string("reason", "");
    o.by = r.string("by", "");
    o.at = r.string("at", "");
    if (o.reason.empty())
        r.fail("an override must say why it was granted (\"reason\")");
    return o;
}

ConverterStep readStep(const JsonReader& r) {
    r.allowKeys({"op", "field", "to", "type", "default", "on_error", "map", "scale", "offset"});
    ConverterStep step;
    std::string op = r.string("op");
    step.field = r.string("field");
    static const std::pair<const char*, StepKind> kinds[] = {
        {"rename", StepKind::Rename},
        {"add", StepKind::AddWithDefault},
        {"drop", StepKind::Drop},
        {"cast", StepKind::Cast},
        {"map_enum", StepKind::MapEnum},
        {"default_if_null", StepKind::DefaultIfNull},
        {"scale_offset", StepKind::ScaleOffset}};
    auto it =
        std::find_if(std::begin(kinds), std::end(kinds), [&](auto& k) { return op == k.first; });
    if (it == std::end(kinds))
        r.child("op").fail("unknown converter step '" + op +
                           "' (expected rename, add, drop, cast, map_enum, default_if_null, "
                           "scale_offset)");
    step.kind = it->second;
    if (r.has("default"))
        step.value = r.json().at("default");
    switch (step.kind) {
    case StepKind::Rename:
        step.newName = r.string("to");
        break;
    case StepKind::AddWithDefault:
    case StepKind::DefaultIfNull:
        if (!step.value)
            r.fail(std::string("a '") + op + "' step needs a \"default\"");
        break;
    case StepKind::Cast: {
        step.toType = detail::readDataType(r.child("type"));
        std::string onError = r.string("on_error", "fail");
        if (onError == "fail")
            step.onError = OnError::Fail;
        else if (onError == "null")
            step.onError = OnError::Null;
        else if (onError == "default")
            step.onError = OnError::Default;
        else
            r.child("on_error").fail("on_error must be fail, null or default");
        if (step.onError == OnError::Default && !step.value)
            r.fail("on_error 'default' needs a \"default\"");
        break;
    }
    case StepKind::MapEnum: {
        JsonReader map = r.child("map");
        if (!map.json().is_object())
            map.fail("expected an object of symbol -> symbol");
        for (const auto& [from, to] : map.json().items()) {
            if (!to.is_string())
                map.child(from).fail("expected a symbol");
            step.symbolMap[from] = to.get<std::string>();
        }
        break;
    }
    case StepKind::ScaleOffset:
        step.scale = r.number("scale", 1.0);
        step.offset = r.number("offset", 0.0);
        break;
    case StepKind::Drop:
        break;
    }
    return step;
}

Converter readConverter(const JsonReader& r) {
    r.allowKeys({"from", "to", "steps", "doc"});
    Converter c;
    c.from = r.typeVersionId("from");
    c.to = r.typeVersionId("to");
    c.doc = r.string("doc", "");
    r.forEach("steps", [&](const JsonReader& s) { c.steps.push_back(readStep(s)); });
    return c;
}

NodeRole readRole(const JsonReader& r) {
    std::string role = r.string("role", "both");
    if (role == "reader")
        return NodeRole::Reader;
    if (role == "writer")
        return NodeRole::Writer;
    if (role == "both")
        return NodeRole::Both;
    r.child("role").fail("role must be reader, writer or both");
}

ClusterNode readNode(const JsonReader& r) {
    r.allowKeys({"name", "role", "live", "supports"});
    ClusterNode n;
    n.name = r.string("name");
    n.role = readRole(r);
    n.live = r.boolean("live", true);
    if (r.has("supports")) {
        JsonReader supports = r.child("supports");
        if (!supports.json().is_object())
            supports.fail("expected an object of type name -> {min, max}");
        for (const auto& [type, range] : supports.json().items()) {
            JsonReader rr = supports.child(type);
            rr.allowKeys({"min", "max"});
            VersionRange vr{rr.semver("min"), rr.semver("max")};
            if (vr.max < vr.min)
                rr.fail("max " + vr.max.toString() + " is below min " + vr.min.toString());
            n.supports[type] = vr;
        }
    }
    return n;
}

// Lower-case state names in the file ("paused"); the engine spells them "Paused".
std::string stateName(LifecycleState state) {
    std::string name = toString(state);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
}

RolloutRecord readRolloutRecord(const JsonReader& r) {
    r.allowKeys({"target", "state", "upgraded", "failure"});
    RolloutRecord record;
    record.target = r.typeVersionId("target");
    const std::string state = r.string("state");
    const auto parsed = lifecycleStateFromString(state);
    if (!parsed || stateName(*parsed) != state)
        r.child("state").fail("state must be created, running, paused, completed, failed or "
                              "cancelled, not '" +
                              state + "'");
    record.state = *parsed;
    const double upgraded = r.number("upgraded", 0);
    if (upgraded < 0 || upgraded != static_cast<double>(static_cast<size_t>(upgraded)))
        r.child("upgraded").fail("upgraded must be a whole number of nodes, 0 or more");
    record.upgraded = static_cast<size_t>(upgraded);
    record.failure = r.string("failure", "");
    return record;
}

Cluster readCluster(const JsonReader& r) {
    r.allowKeys({"name", "quorum", "nodes", "rollout"});
    Cluster c;
    c.name = r.string("name");
    c.quorum = static_cast<int>(r.number("quorum", 0));
    r.forEach("nodes", [&](const JsonReader& n) { c.nodes.push_back(readNode(n)); });
    if (c.quorum < 0 || c.quorum > static_cast<int>(c.nodes.size()))
        r.child("quorum").fail("quorum must lie between 0 and the number of nodes");
    if (r.has("rollout"))
        c.rollout = readRolloutRecord(r.child("rollout"));
    return c;
}

StoreKind readStoreKind(const JsonReader& r) {
    std::string kind = r.string("kind");
    for (StoreKind k :
         {StoreKind::Postgres, StoreKind::Kafka, StoreKind::Elasticsearch, StoreKind::TiKV})
        if (kind == toString(k))
            return k;
    r.child("kind").fail("kind must be postgres, kafka, elasticsearch or tikv");
}

StoreObject readStore(const JsonReader& r) {
    r.allowKeys({"name", "kind", "object", "holds", "profile"});
    StoreObject s;
    s.name = r.string("name");
    s.kind = readStoreKind(r);
    s.object = r.string("object");
    s.holds = r.typeVersionId("holds");
    s.profile = r.string("profile", "");
    return s;
}

bool isSecretReference(const std::string& s) {
    return s.empty() || s.rfind("env:", 0) == 0 || s.rfind("file:", 0) == 0 ||
           s.rfind("keychain:", 0) == 0;
}

// True for "password=..." in a key/value DSN and for "scheme://user:secret@host" URLs.
bool endpointCarriesPassword(const std::string& endpoint) {
    std::string lower = endpoint;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.find("password=") != std::string::npos)
        return true;
    size_t scheme = lower.find("://");
    size_t at = lower.find('@');
    if (scheme == std::string::npos || at == std::string::npos || at < scheme)
        return false;
    size_t colon = lower.find(':', scheme + 3);
    return colon != std::string::npos && colon < at;
}

ConnectionProfile readProfile(const JsonReader& r) {
    if (r.has("password"))
        r.child("password")
            .fail("passwords are never stored in a workspace; use \"secret\": "
                  "\"env:NAME\", \"file:/path\" or \"keychain:NAME\"");
    r.allowKeys({"name", "kind", "endpoint", "tls", "user", "secret"});
    ConnectionProfile p;
    p.name = r.string("name");
    p.kind = readStoreKind(r);
    p.endpoint = r.string("endpoint", "");
    p.tls = r.string("tls", "");
    p.user = r.string("user", "");
    p.secret = r.string("secret", "");
    if (!isSecretReference(p.secret))
        r.child("secret").fail("a secret must be a reference (env:NAME, file:/path or "
                               "keychain:NAME), never the secret itself");
    if (endpointCarriesPassword(p.endpoint))
        r.child("endpoint").fail("the endpoint carries a password; move it to \"secret\"");
    return p;
}

TypeDef readType(const JsonReader& r) {
    r.allowKeys({"name", "policy", "doc", "versions"});
    TypeDef t;
    t.name = r.string("name");
    detail::checkTypeName(r.child("name"), t.name);
    auto policy = parsePolicy(r.string("policy", "BACKWARD"));
    if (!policy)
        r.child("policy").fail(policy.error().message);
    t.policy = *policy;
    t.doc = r.string("doc", "");
    r.forEach("versions", [&](const JsonReader& v) {
        v.allowKeys({"version", "doc", "fields", "constraints"});
        TypeVersion tv;
        tv.id = TypeVersionId{t.name, v.semver("version")};
        tv.doc = v.string("doc", "");
        tv.schema = detail::readSchema(v);
        if (t.find(tv.id.version) || std::any_of(t.versions.begin(), t.versions.end(),
                                                 [&](auto& x) { return x.id == tv.id; }))
            v.child("version").fail("version " + tv.id.version.toString() + " of " + t.name +
                                    " is declared twice");
        t.versions.push_back(std::move(tv));
    });
    std::sort(t.versions.begin(), t.versions.end(), [](const TypeVersion& a, const TypeVersion& b) {
        return a.id.version < b.id.version;
    });
    return t;
}

template <typename T>
void checkUniqueNames(const JsonReader& r, const char* key, const std::vector<T>& items) {
    std::set<std::string> seen;
    for (size_t i = 0; i < items.size(); ++i)
        if (!seen.insert(items[i].name).second)
            r.child(key).child(i).fail("'" + items[i].name + "' is declared twice");
}

void checkCrossReferences(const JsonReader& r, const Workspace& ws) {
    for (size_t i = 0; i < ws.overrides.size(); ++i)
        if (!ws.findVersion(ws.overrides[i].version))
            r.child("overrides")
                .child(i)
                .fail("override names unknown version " + ws.overrides[i].version.toString());
    for (size_t i = 0; i < ws.converters.size(); ++i)
        for (const TypeVersionId* id : {&ws.converters[i].from, &ws.converters[i].to})
            if (!ws.findVersion(*id))
                r.child("converters")
                    .child(i)
                    .fail("converter names unknown version " + id->toString());
    std::set<std::string> profiles;
    for (const auto& p : ws.profiles)
        profiles.insert(p.name);
    for (size_t i = 0; i < ws.stores.size(); ++i) {
        const StoreObject& s = ws.stores[i];
        if (!ws.findVersion(s.holds))
            r.child("stores").child(i).fail("store '" + s.name + "' holds unknown version " +
                                            s.holds.toString());
        if (!s.profile.empty() && !profiles.count(s.profile))
            r.child("stores").child(i).fail("store '" + s.name + "' uses unknown profile '" +
                                            s.profile + "'");
    }
    for (size_t c = 0; c < ws.clusters.size(); ++c)
        for (size_t n = 0; n < ws.clusters[c].nodes.size(); ++n)
            for (const auto& [type, range] : ws.clusters[c].nodes[n].supports)
                if (!ws.findType(type))
                    r.child("clusters")
                        .child(c)
                        .child("nodes")
                        .child(n)
                        .child("supports")
                        .child(type)
                        .fail("node supports unknown type '" + type + "'");
    for (size_t c = 0; c < ws.clusters.size(); ++c)
        if (const auto& rollout = ws.clusters[c].rollout;
            rollout && !ws.findVersion(rollout->target))
            r.child("clusters")
                .child(c)
                .child("rollout")
                .child("target")
                .fail("rollout target " + rollout->target.toString() + " is not in the workspace");
}

Workspace readWorkspace(const JsonReader& r) {
    if (!r.json().is_object())
        r.fail("a workspace is a JSON object");
    std::string format = r.string("format");
    if (format != kWorkspaceFormat)
        r.child("format").fail("unsupported workspace format '" + format + "' (this build reads '" +
                               std::string(kWorkspaceFormat) + "')");
    r.allowKeys({"format", "name", "doc", "types", "overrides", "converters", "clusters", "stores",
                 "profiles"});
    Workspace ws;
    ws.name = r.string("name", "");
    ws.doc = r.string("doc", "");
    r.forEach("types", [&](const JsonReader& t) { ws.types.push_back(readType(t)); });
    checkUniqueNames(r, "types", ws.types);
    std::sort(ws.types.begin(), ws.types.end(), [](auto& a, auto& b) { return a.name < b.name; });
    r.forEach("overrides", [&](const JsonReader& o) { ws.overrides.push_back(readOverride(o)); });
    r.forEach("converters",
              [&](const JsonReader& c) { ws.converters.push_back(readConverter(c)); });
    r.forEach("clusters", [&](const JsonReader& c) { ws.clusters.push_back(readCluster(c)); });
    r.forEach("stores", [&](const JsonReader& s) { ws.stores.push_back(readStore(s)); });
    r.forEach("profiles", [&](const JsonReader& p) { ws.profiles.push_back(readProfile(p)); });
    checkUniqueNames(r, "clusters", ws.clusters);
    checkUniqueNames(r, "stores", ws.stores);
    checkUniqueNames(r, "profiles", ws.profiles);
    checkCrossReferences(r, ws);
    return ws;
}

// ---- writing ----------------------------------------------------------------------------

Json stepToJson(const ConverterStep& s) {
    Json j = {{"op", toString(s.kind)}, {"field", s.field}};
    if (s.kind == StepKind::Rename)
        j["to"] = s.newName;
    if (s.value)
        j["default"] = *s.value;
    if (s.kind == StepKind::Cast) {
        j["type"] = dataTypeToJson(*s.toType);
        j["on_error"] = toString(s.onError);
    }
    if (s.kind == StepKind::MapEnum)
        j["map"] = s.symbolMap;
    if (s.kind == StepKind::ScaleOffset) {
        j["scale"] = s.scale;
        j["offset"] = s.offset;
    }
    return j;
}

Json workspaceToJson(const Workspace& ws) {
    Json j = {{"format", kWorkspaceFormat}, {"name", ws.name}};
    if (!ws.doc.empty())
        j["doc"] = ws.doc;
    j["types"] = Json::array();
    for (const TypeDef& t : ws.types) {
        Json type = {{"name", t.name}, {"policy", toString(t.policy)}, {"versions", Json::array()}};
        if (!t.doc.empty())
            type["doc"] = t.doc;
        for (const TypeVersion& v : t.versions) {
            Json version = typeVersionToJson(v);
            version.erase("name");
            type["versions"].push_back(std::move(version));
        }
        j["types"].push_back(std::move(type));
    }
    j["overrides"] = Json::array();
    for (const auto& o : ws.overrides)
        j["overrides"].push_back(
            {{"version", o.version.toString()}, {"reason", o.reason}, {"by", o.by}, {"at", o.at}});
    j["converters"] = Json::array();
    for (const auto& c : ws.converters) {
        Json conv = {
            {"from", c.from.toString()}, {"to", c.to.toString()}, {"steps", Json::array()}};
        if (!c.doc.empty())
            conv["doc"] = c.doc;
        for (const auto& s : c.steps)
            conv["steps"].push_back(stepToJson(s));
        j["converters"].push_back(std::move(conv));
    }
    j["clusters"] = Json::array();
    for (const auto& c : ws.clusters) {
        Json cluster = {{"name", c.name}, {"quorum", c.quorum}, {"nodes", Json::array()}};
        for (const auto& n : c.nodes) {
            Json node = {{"name", n.name},
                         {"role", toString(n.role)},
                         {"live", n.live},
                         {"supports", Json::object()}};
            for (const auto& [type, range] : n.supports)
                node["supports"][type] = {{"min", range.min.toString()},
                                          {"max", range.max.toString()}};
            cluster["nodes"].push_back(std::move(node));
        }
        if (c.rollout) {
            Json rollout = {{"target", c.rollout->target.toString()},
                            {"state", stateName(c.rollout->state)},
                            {"upgraded", c.rollout->upgraded}};
            if (!c.rollout->failure.empty())
                rollout["failure"] = c.rollout->failure;
            cluster["rollout"] = std::move(rollout);
        }
        j["clusters"].push_back(std::move(cluster));
    }
    j["stores"] = Json::array();
    for (const auto& s : ws.stores) {
        Json store = {{"name", s.name},
                      {"kind", toString(s.kind)},
                      {"object", s.object},
                      {"holds", s.holds.toString()}};
        if (!s.profile.empty())
            store["profile"] = s.profile;
        j["stores"].push_back(std::move(store));
    }
    j["profiles"] = Json::array();
    for (const auto& p : ws.profiles) {
        Json profile = {{"name", p.name}, {"kind", toString(p.kind)}, {"endpoint", p.endpoint}};
        for (auto [key, value] :
             {std::pair{"tls", &p.tls}, {"user", &p.user}, {"secret", &p.secret}})
            if (!value->empty())
                profile[key] = *value;
        j["profiles"].push_back(std::move(profile));
    }
    return j;
}

} // namespace

Result<Workspace> parseWorkspace(std::string_view text, std::string_view source) {
    Result<Json> parsed = parseJsonText(text, source);
    if (!parsed)
        return parsed.error();
    const Json& json = *parsed;
    try {
        return readWorkspace(JsonReader(json, ""));
    } catch (const LoadFailure& failure) {
        return makeError(ErrorCode::Schema, failure.message,
                         describeLocation(source, text, failure.pointer));
    }
}

Result<std::string> readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "cannot open file for reading", path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return makeError(ErrorCode::Io, "read failed", path.string());
    return buffer.str();
}

Result<Workspace> loadWorkspace(const std::filesystem::path& path) {
    auto text = readFile(path);
    if (!text)
        return text.error();
    return parseWorkspace(*text, path.string());
}

std::string serializeWorkspace(const Workspace& ws) {
    return workspaceToJson(ws).dump(2) + "\n";
}

Status saveWorkspace(const Workspace& ws, const std::filesystem::path& path) {
    return writeFileAtomically(path, serializeWorkspace(ws));
}

Result<TypeVersion> parseTypeVersion(const Json& json, std::string_view where) {
    try {
        JsonReader r(json, "");
        r.allowKeys({"name", "version", "doc", "fields", "constraints"});
        TypeVersion tv;
        tv.id.name = r.string("name");
        detail::checkTypeName(r.child("name"), tv.id.name);
        tv.id.version = r.semver("version");
        tv.doc = r.string("doc", "");
        tv.schema = detail::readSchema(r);
        return tv;
    } catch (const LoadFailure& failure) {
        return makeError(ErrorCode::Schema, failure.message,
                         std::string(where) + " (at " +
                             (failure.pointer.empty() ? "/" : failure.pointer) + ")");
    }
}

Json typeVersionToJson(const TypeVersion& v) {
    Json j = {{"name", v.id.name}, {"version", v.id.version.toString()}, {"fields", Json::array()}};
    if (!v.doc.empty())
        j["doc"] = v.doc;
    for (const Field& f : v.schema.fields)
        j["fields"].push_back(fieldToJson(f));
    if (!v.schema.constraints.empty()) {
        j["constraints"] = Json::array();
        for (const Constraint& c : v.schema.constraints)
            j["constraints"].push_back(detail::constraintToJson(c));
    }
    return j;
}

Result<DataType> parseDataType(const Json& json, std::string_view where) {
    try {
        return detail::readDataType(JsonReader(json, ""));
    } catch (const LoadFailure& failure) {
        return makeError(ErrorCode::Schema, failure.message,
                         std::string(where) + " (at " +
                             (failure.pointer.empty() ? "/" : failure.pointer) + ")");
    }
}

} // namespace strata
