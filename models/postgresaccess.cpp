#include "postgresaccess.h"

#include "bridge.h"
#include "strata/connectors/postgres/inventory.h"

#include <QMetaObject>

Q_LOGGING_CATEGORY(lcPostgres, "strata.models.postgres", QtWarningMsg)

namespace strata::qt {

using namespace strata::postgres;

ConnectionStatus::ConnectionStatus(QObject* parent)
    : QObject(parent) {}

QString ConnectionStatus::text() const {
    switch (m_state) {
    case State::Offline:
        return tr("● Offline — editing the workspace file");
    case State::Connecting:
        return tr("● %1: connecting…").arg(m_profile);
    case State::Connected:
        return tr("● %1: connected").arg(m_profile);
    case State::Failed:
        return tr("● %1: failed — %2").arg(m_profile, m_reason);
    }
    return {};
}

void ConnectionStatus::set(const QString& profile, State state, const QString& reason) {
    m_profile = profile;
    m_state = state;
    m_reason = reason;
    emit changed();
}

void ConnectionStatus::report(const QString& profile, State state, const QString& reason) {
    QMetaObject::invokeMethod(
        this, [this, profile, state, reason] { set(profile, state, reason); },
        Qt::QueuedConnection);
}

Result<QStringList> listSchemas(const ConnectionProfile& profile, const QString& database) {
    auto conn = Connection::open(profile, toStd(database));
    if (!conn)
        return conn.error();
    auto rows = (*conn)->query("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                               "AND nspname <> 'information_schema' ORDER BY nspname");
    if (!rows)
        return rows.error();
    QStringList schemas;
    for (int r = 0; r < rows->rows(); ++r)
        schemas << toQString(rows->text(r, 0));
    return schemas;
}

Result<std::vector<ImportCandidate>>
introspectForImport(const ConnectionProfile& profile, const QString& database,
                    const QStringList& schemas, const std::map<std::string, int>& latestMajors) {
    auto conn = Connection::open(profile, toStd(database));
    if (!conn)
        return conn.error();
    IntrospectOptions options;
    options.schemas = toStdList(schemas);
    auto probe = introspect(**conn, options);
    if (!probe)
        return probe.error();
    for (const IntrospectedRelation& rel : *probe)
        if (auto it = latestMajors.find(rel.version.id.name); it != latestMajors.end())
            options.version = std::max(options.version, SemVer{uint32_t(it->second) + 1, 0, 0});
    auto relations =
        options.version == SemVer{1, 0, 0} ? std::move(probe) : introspect(**conn, options);
    if (!relations)
        return relations.error();
    std::vector<ImportCandidate> candidates;
    for (IntrospectedRelation& rel : *relations) {
        const bool isNew = !latestMajors.count(rel.version.id.name);
        candidates.push_back({std::move(rel), isNew});
    }
    return candidates;
}

Result<Cluster> loadInventory(const ConnectionProfile& profile, const QString& cluster) {
    auto conn = Connection::open(profile);
    if (!conn)
        return conn.error();
    return readInventory(**conn, toStd(cluster));
}

QStringList postgresProfileNames(const Workspace& ws) {
    QStringList names;
    for (const ConnectionProfile& p : ws.profiles)
        if (p.kind == StoreKind::Postgres)
            names << toQString(p.name);
    return names;
}

const ConnectionProfile* findProfile(const Workspace& ws, const QString& name) {
    for (const ConnectionProfile& p : ws.profiles)
        if (p.kind == StoreKind::Postgres && toQString(p.name) == name)
            return &p;
    return nullptr;
}

} // namespace strata::qt
