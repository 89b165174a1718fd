#pragma once

// The console's PostgreSQL side that is not a migration: the connection state shown in the
// status bar, and the background reads behind the import dialog and the clusters view (schema
// list, introspection for import, the live node inventory). Every function here opens its own
// Connection, so it can run on any thread.

#include "strata/connectors/postgres/introspect.h"

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QStringList>
#include <map>

Q_DECLARE_LOGGING_CATEGORY(lcPostgres)

namespace strata::qt {

// What the status bar says about the last PostgreSQL session the console used.
class ConnectionStatus : public QObject {
    Q_OBJECT

public:
    enum class State { Offline, Connecting, Connected, Failed };
    explicit ConnectionStatus(QObject* parent = nullptr);

    State state() const { return m_state; }
    QString profile() const { return m_profile; }
    QString reason() const { return m_reason; }
    // "● shop: connected", "● shop: failed — reason", ...
    QString text() const;
    // Sets the state; call on this object's thread (use report() from other threads).
    void set(const QString& profile, State state, const QString& reason = {});
    // Thread-safe: queues the state to this object's thread.
    void report(const QString& profile, State state, const QString& reason = {});

signals:
    void changed();

private:
    State m_state = State::Offline;
    QString m_profile;
    QString m_reason;
};

// The schemas of a database a user may introspect (not pg_* or information_schema), sorted.
Result<QStringList> listSchemas(const ConnectionProfile& profile, const QString& database);

// One relation as the import would add it: the type version, and whether its type is new.
struct ImportCandidate {
    postgres::IntrospectedRelation relation;
    bool newType = true;
};

// Introspects `schemas` of `database` for the import dialog. New types get version 1.0.0; when
// any relation's type already exists in `latestMajors` (type name → its latest major version),
// every relation gets the next major version above them all, as the Avro import does, so the
// foreign-key references between the imported versions stay consistent.
Result<std::vector<ImportCandidate>>
introspectForImport(const ConnectionProfile& profile, const QString& database,
                    const QStringList& schemas, const std::map<std::string, int>& latestMajors);

// The cluster `cluster` as the live inventory table describes it now.
Result<Cluster> loadInventory(const ConnectionProfile& profile, const QString& cluster);

// The PostgreSQL profiles of a workspace, by name.
QStringList postgresProfileNames(const Workspace& ws);
const ConnectionProfile* findProfile(const Workspace& ws, const QString& name);

} // namespace strata::qt
