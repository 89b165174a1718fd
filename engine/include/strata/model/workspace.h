#pragma once

// A workspace: types with their versions and policies, overrides, converters, clusters,
// stores and connection profiles (DESIGN §2). The file format is documented in
// docs/workspace-format.md.

#include "strata/cluster/lifecycle.h"
#include "strata/model/policy.h"
#include "strata/model/schema.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace strata {

struct TypeDef {
    std::string name;
    CompatPolicy policy = CompatPolicy::Backward;
    std::string doc;
    std::vector<TypeVersion> versions; // ascending by semver

    const TypeVersion* find(const SemVer& v) const;
    const TypeVersion* latest() const { return versions.empty() ? nullptr : &versions.back(); }
    bool operator==(const TypeDef&) const = default;
};

// A version admitted despite violating its type's policy, recorded with who and why.
struct PolicyOverride {
    TypeVersionId version;
    std::string reason;
    std::string by;
    std::string at; // ISO-8601 UTC
    bool operator==(const PolicyOverride&) const = default;
};

enum class StepKind { Rename, AddWithDefault, Drop, Cast, MapEnum, DefaultIfNull, ScaleOffset };
enum class OnError { Fail, Null, Default };

// One declarative converter step; only the members its kind needs are meaningful.
struct ConverterStep {
    StepKind kind = StepKind::Rename;
    std::string field;                            // the field the step acts on (dotted for nested)
    std::string newName;                          // Rename
    std::optional<DataType> toType;               // Cast
    std::optional<Json> value;                    // AddWithDefault, DefaultIfNull, Cast fallback
    OnError onError = OnError::Fail;              // Cast
    std::map<std::string, std::string> symbolMap; // MapEnum
    double scale = 1.0;                           // ScaleOffset: new = old * scale + offset
    double offset = 0.0;
    bool operator==(const ConverterStep&) const = default;
};

struct Converter {
    TypeVersionId from;
    TypeVersionId to;
    std::vector<ConverterStep> steps;
    std::string doc;
    bool operator==(const Converter&) const = default;
};

enum class NodeRole { Reader, Writer, Both };

struct VersionRange {
    SemVer min;
    SemVer max;
    bool contains(const SemVer& v) const { return min <= v && v <= max; }
    bool operator==(const VersionRange&) const = default;
};

struct ClusterNode {
    std::string name;
    NodeRole role = NodeRole::Both;
    bool live = true;
    std::map<std::string, VersionRange> supports; // type name -> supported range
    bool operator==(const ClusterNode&) const = default;
};

// The rollout a cluster is in the middle of, as last saved: its target, where its state
// machine stood and how many nodes of the plan's order already run the target. The plan is not
// stored; it is made again from the workspace when the rollout is picked up.
struct RolloutRecord {
    TypeVersionId target;
    LifecycleState state = LifecycleState::Created;
    size_t upgraded = 0;
    std::string failure; // why a failed rollout failed; empty otherwise
    bool operator==(const RolloutRecord&) const = default;
};

struct Cluster {
    std::string name;
    int quorum = 0; // 0: every live node must support a version for it to be finalised
    std::vector<ClusterNode> nodes;
    std::optional<RolloutRecord> rollout;
    bool operator==(const Cluster&) const = default;
};

enum class StoreKind { Postgres, Kafka, Elasticsearch, TiKV };

// A store object (table, topic, index, key range) that holds data of one type version.
struct StoreObject {
    std::string name;
    StoreKind kind = StoreKind::Postgres;
    std::string object; // "public.orders", "orders-topic", "orders_v2", "orders/"
    TypeVersionId holds;
    std::string profile; // connection profile name
    bool operator==(const StoreObject&) const = default;
};

// How to reach a store. Secrets are references only ("env:PGPASSWORD", "file:/path",
// "keychain:name"); the loader refuses inline passwords.
struct ConnectionProfile {
    std::string name;
    StoreKind kind = StoreKind::Postgres;
    std::string endpoint; // DSN without password, bootstrap servers, URL, PD address
    std::string tls;      // "disable", "require", "verify-full", ...
    std::string user;
    std::string secret; // reference, never the secret itself
    bool operator==(const ConnectionProfile&) const = default;
};

struct Workspace {
    std::string name;
    std::string doc;
    std::vector<TypeDef> types; // sorted by name
    std::vector<PolicyOverride> overrides;
    std::vector<Converter> converters;
    std::vector<Cluster> clusters;
    std::vector<StoreObject> stores;
    std::vector<ConnectionProfile> profiles;

    TypeDef* findType(std::string_view typeName);
    const TypeDef* findType(std::string_view typeName) const;
    const TypeVersion* findVersion(const TypeVersionId& id) const;
    // Resolves a reference: a pinned version, or the latest version when `version` is nullopt.
    const TypeVersion* resolve(std::string_view type, const std::optional<SemVer>& version) const;
    bool operator==(const Workspace&) const = default;
};

const char* toString(StepKind kind);
const char* toString(OnError policy);
const char* toString(NodeRole role);
const char* toString(StoreKind kind);

} // namespace strata
