// The console's PostgreSQL side against the private cluster (tests/integration/CMakeLists.txt):
// the migration view's plan preview, a run to completion, pause and continue, cancel and resume,
// verification and audit; the import dialog on Chinook; the clusters view's live inventory; the
// status bar's connection state. Offscreen, driven through the widgets' own entry points.

#include "bridge.h"
#include "clustermodel.h"
#include "clusterview.h"
#include "migrationmodels.h"
#include "migrationview.h"
#include "postgresaccess.h"
#include "postgresimportdialog.h"
#include "problemsmodel.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/inventory.h"
#include "strata/model/workspace_io.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace strata;
using namespace strata::qt;
using namespace strata::postgres;

namespace {

constexpr int kTimeout = 120000;

struct ClusterInfo {
    QString host, port, user, passwordFile;
};

ClusterInfo clusterInfo() {
    ClusterInfo info;
    QFile state(QStringLiteral(STRATA_PG_STATE));
    if (!state.open(QIODevice::ReadOnly))
        qFatal("no cluster state file %s", STRATA_PG_STATE);
    for (const QByteArray& line : state.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString value = text.section(QLatin1Char('='), 1);
        if (text.startsWith(QLatin1String("STRATA_PG_HOST=")))
            info.host = value;
        else if (text.startsWith(QLatin1String("STRATA_PG_PORT=")))
            info.port = value;
        else if (text.startsWith(QLatin1String("STRATA_PG_USER=")))
            info.user = value;
        else if (text.startsWith(QLatin1String("STRATA_PG_PASSWORD_FILE=")))
            info.passwordFile = value;
    }
    return info;
}

ConnectionProfile profile(const std::string& database, const std::string& name = "pg") {
    static const ClusterInfo c = clusterInfo();
    return {name,
            StoreKind::Postgres,
            "host=" + c.host.toStdString() + " port=" + c.port.toStdString() +
                " dbname=" + database,
            "disable",
            c.user.toStdString(),
            "file:" + c.passwordFile.toStdString()};
}

std::unique_ptr<Connection> openDb(const std::string& database) {
    auto conn = Connection::open(profile(database));
    if (!conn)
        qFatal("cannot connect: %s", conn.error().describe().c_str());
    return std::move(*conn);
}

std::string scalar(const std::string& database, const std::string& sql) {
    auto rows = openDb(database)->query(sql);
    if (!rows)
        qFatal("%s: %s", sql.c_str(), rows.error().describe().c_str());
    return rows->rows() > 0 ? rows->get(0, 0) : std::string();
}

void freshDatabase(const std::string& database, const std::string& templateDb) {
    auto admin = openDb("postgres");
    if (!admin->execute("DROP DATABASE IF EXISTS " + quoteIdent(database) + " WITH (FORCE)") ||
        !admin->execute("CREATE DATABASE " + quoteIdent(database) +
                        (templateDb.empty() ? "" : " TEMPLATE " + quoteIdent(templateDb))))
        qFatal("cannot create %s", database.c_str());
}

Field* field(TypeVersion& v, const std::string& name) {
    for (Field& f : v.schema.fields)
        if (f.name == name)
            return &f;
    qFatal("no field %s", name.c_str());
}

// invoice_line v1 as introspected; v2 renames unit_price to price (by alias) and widens
// quantity to bigint. The store "lines" and one profile "pg" on `database`; two more stores
// hold v1 elsewhere, so that recording a completed run must pick the right one.
Workspace invoiceLineWorkspace(const std::string& database) {
    auto conn = openDb(database);
    auto rel = introspectRelation(*conn, "public", "invoice_line", {"invoice_line", {1, 0, 0}});
    if (!rel)
        qFatal("%s", rel.error().describe().c_str());
    Workspace ws;
    ws.name = "console";
    TypeDef type;
    type.name = "invoice_line";
    type.policy = CompatPolicy::None;
    type.versions.push_back(rel->version);
    TypeVersion v2 = rel->version;
    v2.id.version = {2, 0, 0};
    field(v2, "unit_price")->aliases = {"unit_price"};
    field(v2, "unit_price")->name = "price";
    field(v2, "quantity")->type = DataType::primitive(TypeKind::Int64);
    field(v2, "quantity")->doc = "pg.type: bigint";
    type.versions.push_back(v2);
    ws.types.push_back(type);
    ws.stores.push_back(
        {"lines", StoreKind::Postgres, "public.invoice_line", rel->version.id, "pg"});
    ws.stores.push_back(
        {"lines-archive", StoreKind::Postgres, "archive.invoice_line", rel->version.id, "pg"});
    ws.stores.push_back(
        {"lines-replica", StoreKind::Postgres, "replica.invoice_line", rel->version.id, "pg"});
    ws.profiles.push_back(profile(database));
    return ws;
}

// The table's rows in key order, hashed on the server, to compare two runs.
std::string tableDigest(const std::string& database) {
    return scalar(database, "SELECT md5(string_agg(t::text, ',' ORDER BY invoice_line_id)) "
                            "FROM public.invoice_line t");
}

} // namespace

class ConsolePostgresTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void planPreview();
    void runToCompletion();
    void demoRunRecordsOnlyItsStore();
    void pauseAndContinue();
    void cancelThenResume();
    void importChinook();
    void liveInventory();
    void connectionFailure();

private:
    // A document holding invoiceLineWorkspace(database) and a migration view on it.
    struct Fixture {
        QTemporaryDir dir;
        WorkspaceDocument document;
        ProblemsModel problems;
        ConnectionStatus status;
        std::unique_ptr<MigrationView> view;
    };
    std::unique_ptr<Fixture> fixture(const std::string& database);
    void waitIdle(MigrationView* view);

    std::string m_uninterrupted; // digest of the table after an uninterrupted run
};

void ConsolePostgresTest::initTestCase() {
    QVERIFY(!scalar("chinook_template", "SELECT count(*) FROM public.invoice_line").empty());
}

std::unique_ptr<ConsolePostgresTest::Fixture>
ConsolePostgresTest::fixture(const std::string& database) {
    freshDatabase(database, "chinook_template");
    auto f = std::make_unique<Fixture>();
    const QString path = f->dir.filePath(QStringLiteral("ws.strata.json"));
    if (Status s = saveWorkspace(invoiceLineWorkspace(database), path.toStdString()); !s)
        qFatal("%s", s.error().describe().c_str());
    if (!f->document.open(path).isEmpty())
        qFatal("cannot open the workspace");
    f->view = std::make_unique<MigrationView>(&f->document, &f->problems, &f->status);
    f->view->configure(QStringLiteral("pg"), QStringLiteral("public.invoice_line"),
                       QStringLiteral("invoice_line-v1.0.0"),
                       QStringLiteral("invoice_line-v2.0.0"));
    f->view->setPlanOptions(true, false, false);
    return f;
}

void ConsolePostgresTest::waitIdle(MigrationView* view) {
    QTRY_VERIFY_WITH_TIMEOUT(!view->session()->isBusy(), kTimeout);
}

void ConsolePostgresTest::planPreview() {
    auto f = fixture("console_plan");
    QAbstractItemModelTester steps(f->view->stepsModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester audit(f->view->auditModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    f->view->previewPlan();
    waitIdle(f->view.get());
    QCOMPARE(f->view->session()->state(), MigrationSession::State::Idle);
    const Plan& plan = *f->view->session()->plan();
    QCOMPARE(f->view->fullPlanText(), QString::fromStdString(planToText(plan)));
    QCOMPARE(f->view->planSummary().section(QLatin1Char('\n'), 1),
             QStringLiteral("Strategy: copy (server side: INSERT … SELECT); 2240 rows estimated; "
                            "7 steps"));
    QCOMPARE(
        f->view->planSummary().section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("Plan %1: public.invoice_line invoice_line-v1.0.0 → invoice_line-v2.0.0")
            .arg(QString::fromStdString(plan.fingerprint())));
    PlanStepsModel* model = f->view->stepsModel();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    const QStringList expected = {
        QStringLiteral("1|expand|create invoice_line__v2_0_0 for invoice_line-v2.0.0||"),
        QStringLiteral("2|expand|index invoice_line_invoice_id_idx on invoice_line__v2_0_0||"),
        QStringLiteral("3|expand|index invoice_line_track_id_idx on invoice_line__v2_0_0||"),
        QStringLiteral("4|expand|view for invoice_line-v1.0.0||"),
        QStringLiteral("5|expand|view for invoice_line-v2.0.0||"),
        QStringLiteral("6|copy|copy in key order, server side (INSERT ... SELECT per batch; the "
                       "key bounds are bound after the expression values)|2240|"),
        QStringLiteral("7|switch|switch: copy rows added since the last batch, then swap names "
                       "in one transaction||")};
    QCOMPARE(rows, expected);
    QVERIFY(model->sqlText(5).startsWith(QStringLiteral("INSERT INTO ")));
    QCOMPARE(f->view->selectedSql(), model->sqlText(0));
    QCOMPARE(f->status.state(), ConnectionStatus::State::Connected);
    QCOMPARE(f->status.text(), QStringLiteral("● pg: connected"));
    // planning changes nothing in the database
    QCOMPARE(scalar("console_plan", "SELECT count(*) FROM pg_tables WHERE tablename LIKE "
                                    "'invoice_line\\_\\_%'"),
             std::string("0"));
}

void ConsolePostgresTest::runToCompletion() {
    auto f = fixture("console_run");
    f->view->setRunOptions(200, 0, false);
    QElapsedTimer clock;
    clock.start();
    f->view->runMigration();
    QCOMPARE(f->view->button(QStringLiteral("pause"))->isEnabled(), true);
    QCOMPARE(f->view->button(QStringLiteral("run"))->isEnabled(), false);
    QTRY_COMPARE_WITH_TIMEOUT(f->view->session()->state(), MigrationSession::State::Completed,
                              kTimeout);
    waitIdle(f->view.get());
    const double seconds = double(clock.elapsed()) / 1000.0;
    QCOMPARE(f->view->progressValue(), 1000);
    QVERIFY2(f->view->progressText().startsWith(QStringLiteral("2,240 / 2,240 rows")),
             qPrintable(f->view->progressText()));
    QCOMPARE(f->view->session()->outcome()->rows, 2240);
    // coalesced: at most kProgressPerSecond reports a second, plus the final one
    QVERIFY(f->view->session()->progressReports() >= 1);
    QVERIFY(f->view->session()->progressReports() <=
            int(seconds * MigrationSession::kProgressPerSecond) + 2);
    QCOMPARE(f->view->chartPoints(), f->view->session()->progressReports());
    QCOMPARE(scalar("console_run", "SELECT count(*) FROM public.invoice_line"),
             std::string("2240"));
    QCOMPARE(scalar("console_run", "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                   "WHERE attrelid = 'public.invoice_line'::regclass AND "
                                   "attname = 'quantity'"),
             std::string("bigint"));
    QCOMPARE(scalar("console_run", "SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                   "'public.invoice_line'::regclass AND attname = 'price'"),
             std::string("1"));
    m_uninterrupted = tableDigest("console_run");
    // as stratactl migrate does, the workspace now records what the store holds (one undo step)
    QCOMPARE(versionLabel(f->document.workspace().stores[0].holds),
             QStringLiteral("invoice_line-v2.0.0"));
    for (size_t other : {1, 2})
        QCOMPARE(versionLabel(f->document.workspace().stores[other].holds),
                 QStringLiteral("invoice_line-v1.0.0"));
    QCOMPARE(f->document.undoStack()->count(), 1);
    f->document.undoStack()->undo();
    QCOMPARE(versionLabel(f->document.workspace().stores[0].holds),
             QStringLiteral("invoice_line-v1.0.0"));
    f->document.undoStack()->redo();

    f->view->verifyMigration();
    waitIdle(f->view.get());
    QVERIFY(f->view->session()->verification());
    QVERIFY(f->view->session()->verification()->ok());
    QCOMPARE(f->view->session()->verification()->targetRows, 2240);
    QVERIFY(f->view->logText().contains(
        QStringLiteral("Verified: source 2240 rows, target 2240 rows")));
    // the audit tab: the verification, then the run, newest first
    AuditModel* audit = f->view->auditModel();
    QCOMPARE(audit->rowCount(), 2);
    QCOMPARE(audit->index(0, AuditModel::ActionColumn).data().toString(), QStringLiteral("verify"));
    QCOMPARE(audit->index(0, AuditModel::OutcomeColumn).data().toString(),
             QStringLiteral("verified"));
    QCOMPARE(audit->index(1, AuditModel::ActionColumn).data().toString(),
             QStringLiteral("migrate"));
    QCOMPARE(audit->index(1, AuditModel::OutcomeColumn).data().toString(),
             QStringLiteral("Completed"));
    QCOMPARE(audit->index(1, AuditModel::RowsColumn).data().toLongLong(), 2240);
}

// The bundled demo on a copy of Chinook: after the InvoiceLine copy completes, the workspace
// records v1.1.0 for its store and every other store as it was. Recording the outcome used to
// walk the stores while replacing the workspace under them, and crashed on the demo.
void ConsolePostgresTest::demoRunRecordsOnlyItsStore() {
    freshDatabase("console_demo", "chinook_template");
    QFile demo(QStringLiteral(":/demo/demo.strata.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    auto parsed = parseWorkspace(demo.readAll().toStdString(), "demo");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
    Workspace before = std::move(*parsed);
    for (ConnectionProfile& p : before.profiles)
        if (p.name == "local-postgres")
            p = profile("console_demo", "local-postgres");
    Fixture f;
    QCOMPARE(f.document.openText(QByteArray::fromStdString(serializeWorkspace(before)),
                                 QStringLiteral("demo"), QString()),
             QString());
    f.view = std::make_unique<MigrationView>(&f.document, &f.problems, &f.status);
    f.view->configure(QStringLiteral("local-postgres"), QStringLiteral("public.invoice_line"),
                      QStringLiteral("InvoiceLine-v1.0.0"), QStringLiteral("InvoiceLine-v1.1.0"));
    f.view->setPlanOptions(true, false, false);
    f.view->setRunOptions(500, 0, false);
    f.view->runMigration();
    QTRY_COMPARE_WITH_TIMEOUT(f.view->session()->state(), MigrationSession::State::Completed,
                              kTimeout);
    waitIdle(f.view.get());
    const Workspace& after = f.document.workspace();
    QCOMPARE(after.stores.size(), before.stores.size());
    for (size_t i = 0; i < before.stores.size(); ++i) {
        const bool migrated = before.stores[i].name == "chinook invoice lines";
        QCOMPARE(versionLabel(after.stores[i].holds), migrated
                                                          ? QStringLiteral("InvoiceLine-v1.1.0")
                                                          : versionLabel(before.stores[i].holds));
    }
}

void ConsolePostgresTest::pauseAndContinue() {
    auto f = fixture("console_pause");
    f->view->setRunOptions(100, 40, false);
    MigrationSession* session = f->view->session();
    f->view->runMigration();
    QTRY_VERIFY_WITH_TIMEOUT(session->progress().rowsDone >= 300, kTimeout);
    f->view->button(QStringLiteral("pause"))->click();
    QCOMPARE(session->state(), MigrationSession::State::Paused);
    QCOMPARE(f->view->button(QStringLiteral("continue"))->isEnabled(), true);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(session->progress().phase),
                              QStringLiteral("paused"), kTimeout);
    const long long held = session->progress().rowsDone;
    const std::string copied = scalar("console_pause", "SELECT rows_copied FROM "
                                                       "strata.migration_checkpoint");
    QTest::qWait(600);
    QCOMPARE(session->progress().rowsDone, held);
    QCOMPARE(scalar("console_pause", "SELECT rows_copied FROM strata.migration_checkpoint"),
             copied);
    QVERIFY(held < 2240);
    f->view->button(QStringLiteral("continue"))->click();
    QCOMPARE(session->state(), MigrationSession::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), MigrationSession::State::Completed, kTimeout);
    waitIdle(f->view.get());
    QCOMPARE(session->outcome()->rows, 2240);
    QCOMPARE(scalar("console_pause", "SELECT count(*) FROM public.invoice_line"),
             std::string("2240"));
    QCOMPARE(tableDigest("console_pause"), m_uninterrupted);
}

void ConsolePostgresTest::cancelThenResume() {
    auto f = fixture("console_cancel");
    f->view->setRunOptions(100, 40, false);
    MigrationSession* session = f->view->session();
    f->view->runMigration();
    QTRY_VERIFY_WITH_TIMEOUT(session->progress().rowsDone >= 300, kTimeout);
    f->view->button(QStringLiteral("cancel"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), MigrationSession::State::Cancelled, kTimeout);
    waitIdle(f->view.get());
    const long long copied =
        std::stoll(scalar("console_cancel", "SELECT rows_copied FROM strata.migration_checkpoint"));
    QVERIFY(copied >= 300 && copied < 2240);
    QCOMPARE(scalar("console_cancel", "SELECT count(*) FROM public.invoice_line__v2_0_0"),
             std::to_string(copied));
    // a second plain run is refused while the checkpoint exists
    f->view->runMigration();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), MigrationSession::State::Failed, kTimeout);
    waitIdle(f->view.get());
    QVERIFY(f->problems.errorCount() >= 1);

    f->view->setRunOptions(500, 0, false);
    f->view->resumeMigration();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), MigrationSession::State::Completed, kTimeout);
    waitIdle(f->view.get());
    QCOMPARE(session->outcome()->resumed, true);
    QCOMPARE(session->outcome()->rows, 2240);
    QCOMPARE(f->view->progressValue(), 1000);
    QCOMPARE(scalar("console_cancel", "SELECT count(*) FROM public.invoice_line"),
             std::string("2240"));
    QCOMPARE(tableDigest("console_cancel"), m_uninterrupted);
}

void ConsolePostgresTest::importChinook() {
    WorkspaceDocument document;
    ConnectionStatus status;
    PostgresImportDialog dialog(&document, &status);
    dialog.setConnection(profile("chinook", "chinook"));
    QSignalSpy done(&dialog, &PostgresImportDialog::finished);
    dialog.listSchemas();
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeout);
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.schemas(), QStringList{QStringLiteral("public")});
    dialog.introspect();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, kTimeout);
    QCOMPARE(dialog.errorText(), QString());
    QStringList added;
    for (int i = 0; i < dialog.preview()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = dialog.preview()->topLevelItem(i);
        added << item->text(0) + QLatin1Char(' ') + item->text(3) + QLatin1Char(' ') +
                     item->text(5);
    }
    const QStringList expected = {QStringLiteral("album-v1.0.0 3 new type"),
                                  QStringLiteral("artist-v1.0.0 2 new type"),
                                  QStringLiteral("customer-v1.0.0 13 new type"),
                                  QStringLiteral("employee-v1.0.0 15 new type"),
                                  QStringLiteral("genre-v1.0.0 2 new type"),
                                  QStringLiteral("invoice-v1.0.0 9 new type"),
                                  QStringLiteral("invoice_line-v1.0.0 5 new type"),
                                  QStringLiteral("media_type-v1.0.0 2 new type"),
                                  QStringLiteral("playlist-v1.0.0 2 new type"),
                                  QStringLiteral("playlist_track-v1.0.0 2 new type"),
                                  QStringLiteral("track-v1.0.0 9 new type")};
    QCOMPARE(added, expected);
    QCOMPARE(dialog.addToWorkspace(), QString());
    QCOMPARE(int(document.workspace().types.size()), 11);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(int(document.workspace().types.size()), 0);
    document.undoStack()->redo();

    // a second import of the same database: new versions, numbered like the Avro import
    dialog.introspect();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, kTimeout);
    QCOMPARE(dialog.preview()->topLevelItem(0)->text(0), QStringLiteral("album-v2.0.0"));
    QCOMPARE(dialog.preview()->topLevelItem(0)->text(5), QStringLiteral("new version"));
    QCOMPARE(dialog.addToWorkspace(), QString());
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(int(document.workspace().findType("invoice_line")->versions.size()), 2);
}

void ConsolePostgresTest::liveInventory() {
    freshDatabase("console_inventory", {});
    {
        auto conn = openDb("console_inventory");
        QVERIFY(ensureInventoryTable(*conn));
        ClusterNode a{"app-1", NodeRole::Both, true, {{"Order", {{1, 0, 0}, {1, 2, 0}}}}};
        ClusterNode b{"app-2", NodeRole::Reader, true, {{"Order", {{1, 1, 0}, {1, 1, 0}}}}};
        QVERIFY(announceNode(*conn, "shop", a, 60));
        QVERIFY(announceNode(*conn, "shop", b, 60));
    }
    QTemporaryDir dir;
    Workspace ws;
    ws.name = "inventory";
    ws.clusters.push_back({"shop", 0, {{"declared-node", NodeRole::Both, true, {}}}});
    ws.profiles.push_back(profile("console_inventory", "inventory-db"));
    const QString path = dir.filePath(QStringLiteral("ws.strata.json"));
    QVERIFY(saveWorkspace(ws, path.toStdString()));
    WorkspaceDocument document;
    QCOMPARE(document.open(path), QString());
    ConnectionStatus status;
    ClusterView view(&document);
    view.setConnectionStatus(&status);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 1);
    QSignalSpy loaded(&view, &ClusterView::inventoryLoaded);
    view.loadInventory(QStringLiteral("inventory-db"));
    QVERIFY(view.isLoadingInventory());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    QCOMPARE(loaded.first().first().toString(), QString());
    QVERIFY(view.showsLiveInventory());
    ClusterModel* model = view.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ClusterModel::NodeColumn).data().toString(), QStringLiteral("app-1"));
    QCOMPARE(model->index(1, ClusterModel::NodeColumn).data().toString(), QStringLiteral("app-2"));
    QCOMPARE(model->typeNames(), QStringList{QStringLiteral("Order")});
    QCOMPARE(model->index(0, ClusterModel::FirstTypeColumn).data().toString(),
             QStringLiteral("1.0.0 – 1.2.0"));
    QCOMPARE(model->index(1, ClusterModel::FirstTypeColumn).data().toString(),
             QStringLiteral("1.1.0 – 1.1.0"));
    QCOMPARE(status.text(), QStringLiteral("● inventory-db: connected"));
    QVERIFY(view.summaryText().startsWith(QStringLiteral("2 of 2 node(s) live.")));
}

void ConsolePostgresTest::connectionFailure() {
    auto f = fixture("console_fail");
    Workspace ws = f->document.workspace();
    f->view->configure(QStringLiteral("pg"), QStringLiteral("public.no_such_table"),
                       QStringLiteral("invoice_line-v1.0.0"),
                       QStringLiteral("invoice_line-v2.0.0"));
    f->view->previewPlan();
    waitIdle(f->view.get());
    QCOMPARE(f->view->session()->state(), MigrationSession::State::Failed);
    QVERIFY2(f->view->logText().contains(QStringLiteral("Planning failed: ")),
             qPrintable(f->view->logText()));
    QVERIFY(f->problems.errorCount() >= 1);

    // a database that does not exist: the status bar says failed, with the server's reason
    ConnectionStatus status;
    ClusterView view(&f->document);
    QTemporaryDir dir;
    ws.profiles[0] = profile("no_such_database", "pg");
    ws.clusters.push_back({"shop", 0, {}});
    const QString path = dir.filePath(QStringLiteral("ws.strata.json"));
    QVERIFY(saveWorkspace(ws, path.toStdString()));
    QCOMPARE(f->document.open(path), QString());
    view.setConnectionStatus(&status);
    QSignalSpy loaded(&view, &ClusterView::inventoryLoaded);
    view.loadInventory(QStringLiteral("pg"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    QCOMPARE(status.state(), ConnectionStatus::State::Failed);
    QVERIFY2(status.text().startsWith(QStringLiteral("● pg: failed — ")),
             qPrintable(status.text()));
    QVERIFY2(status.reason().contains(QStringLiteral("no_such_database")),
             qPrintable(status.reason()));
}

QTEST_MAIN(ConsolePostgresTest)
#include "tst_console_postgres.moc"
