// Qt Test suite for the migration view's models (plan steps, audit entries) under
// QAbstractItemModelTester, the status bar's connection state, and the migration session's
// refusal paths that need no server.

#include "migrationmodels.h"
#include "migrationsession.h"
#include "postgresaccess.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace strata;
using namespace strata::qt;
using namespace strata::postgres;

namespace {

Plan samplePlan() {
    Plan plan;
    plan.schema = "public";
    plan.table = "orders";
    plan.steps.push_back(
        {Phase::Expand, "create orders__v2_0_0", "CREATE TABLE x ()", {}, -1, false});
    plan.steps.push_back({Phase::Copy,
                          "copy in key order",
                          "INSERT INTO x SELECT $1, $2",
                          {std::string("USD"), std::nullopt},
                          5000,
                          false});
    plan.steps.push_back({Phase::Contract, "drop the old table", "DROP TABLE y", {}, -1, true});
    return plan;
}

} // namespace

class MigrationModelsTest : public QObject {
    Q_OBJECT

private slots:
    void planSteps_data();
    void planSteps();
    void stepSql();
    void audit();
    void connectionText_data();
    void connectionText();
    void sessionRefusesInlinePassword();
};

void MigrationModelsTest::planSteps_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("expand") << 0 << QStringList{"1", "expand", "create orders__v2_0_0", "", ""};
    QTest::newRow("copy") << 1 << QStringList{"2", "copy", "copy in key order", "5000", ""};
    QTest::newRow("contract") << 2 << QStringList{"3", "contract", "drop the old table", "", "yes"};
}

void MigrationModelsTest::planSteps() {
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    PlanStepsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan plan = samplePlan();
    model.setPlan(&plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PlanStepsModel::ColumnCount));
    QStringList actual;
    for (int c = 0; c < model.columnCount(); ++c)
        actual << model.index(row, c).data().toString();
    QCOMPARE(actual, cells);
    QCOMPARE(model.index(row, PlanStepsModel::TitleColumn).data(Qt::ForegroundRole).isValid(),
             row == 2);
    // the title's tooltip is the whole title, the other cells' the step's SQL
    QCOMPARE(model.index(row, PlanStepsModel::TitleColumn).data(Qt::ToolTipRole).toString(),
             cells[PlanStepsModel::TitleColumn]);
    QCOMPARE(model.index(row, PlanStepsModel::PhaseColumn).data(Qt::ToolTipRole).toString(),
             QString::fromStdString(plan.steps[size_t(row)].sql));
    model.setPlan(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void MigrationModelsTest::stepSql() {
    PlanStepsModel model;
    const Plan plan = samplePlan();
    model.setPlan(&plan);
    QCOMPARE(model.sqlText(0), QStringLiteral("CREATE TABLE x ();"));
    QCOMPARE(model.sqlText(1),
             QStringLiteral("INSERT INTO x SELECT $1, $2;\n  $1 = 'USD'\n  $2 = NULL"));
    QCOMPARE(model.sqlText(3), QString());
}

void MigrationModelsTest::audit() {
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<AuditEntry> entries(2);
    entries[0] = {2,
                  "public.orders:A->B",
                  "abc",
                  "ana",
                  "verify",
                  "2026-01-02 10:00:00+00",
                  "2026-01-02 10:00:01+00",
                  "verified",
                  "",
                  0};
    entries[1] = {1,
                  "public.orders:A->B",
                  "abc",
                  "ana",
                  "migrate",
                  "2026-01-02 09:00:00+00",
                  "2026-01-02 09:10:00+00",
                  "Completed",
                  "",
                  5000};
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditModel::ActionColumn).data().toString(), QStringLiteral("verify"));
    QCOMPARE(model.index(1, AuditModel::OutcomeColumn).data().toString(),
             QStringLiteral("Completed"));
    QCOMPARE(model.index(1, AuditModel::RowsColumn).data().toLongLong(), 5000);
    QCOMPARE(model.index(1, AuditModel::PlanColumn).data().toString(), QStringLiteral("abc"));
    QCOMPARE(model.index(0, AuditModel::StartedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("public.orders:A->B"));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void MigrationModelsTest::connectionText_data() {
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("text");
    QTest::newRow("offline") << int(ConnectionStatus::State::Offline) << QString()
                             << QStringLiteral("● Offline — editing the workspace file");
    QTest::newRow("connecting") << int(ConnectionStatus::State::Connecting) << QString()
                                << QStringLiteral("● shop: connecting…");
    QTest::newRow("connected") << int(ConnectionStatus::State::Connected) << QString()
                               << QStringLiteral("● shop: connected");
    QTest::newRow("failed") << int(ConnectionStatus::State::Failed)
                            << QStringLiteral("server closed the connection")
                            << QStringLiteral("● shop: failed — server closed the connection");
}

void MigrationModelsTest::connectionText() {
    QFETCH(int, state);
    QFETCH(QString, reason);
    QFETCH(QString, text);
    ConnectionStatus status;
    QSignalSpy changed(&status, &ConnectionStatus::changed);
    status.report(QStringLiteral("shop"), ConnectionStatus::State(state), reason);
    QCOMPARE(changed.count(), 0); // queued
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(status.text(), text);
    QCOMPARE(status.reason(), reason);
}

// An endpoint that carries a password is refused before any connection is attempted.
void MigrationModelsTest::sessionRefusesInlinePassword() {
    MigrationSession session;
    ConnectionStatus status;
    session.setConnectionStatus(&status);
    MigrationTarget target;
    target.profile = {"bad", StoreKind::Postgres, "host=127.0.0.1 password=secret", "disable", "u",
                      ""};
    target.store = {"t", StoreKind::Postgres, "public.t", *TypeVersionId::parse("T-v1.0.0"), "bad"};
    target.to = *TypeVersionId::parse("T-v2.0.0");
    session.setTarget(target);
    QSignalSpy lines(&session, &MigrationSession::logLine);
    QVERIFY(session.preview());
    QCOMPARE(session.state(), MigrationSession::State::Planning);
    QVERIFY(!session.preview()); // one operation at a time
    QTRY_COMPARE(session.state(), MigrationSession::State::Failed);
    QTRY_COMPARE(status.state(), ConnectionStatus::State::Failed);
    QCOMPARE(status.reason(), QStringLiteral("the endpoint carries a password; use a secret "
                                             "reference"));
    QCOMPARE(lines.count(), 2);
    QCOMPARE(lines.at(0).at(0).toString(),
             QStringLiteral("Another operation is still running (Planning)."));
    QVERIFY(lines.at(1).at(0).toString().startsWith(QStringLiteral("Planning failed: ")));
    QCOMPARE(lines.at(1).at(1).toInt(), int(QtCriticalMsg));
    QVERIFY(!session.plan());
}

QTEST_MAIN(MigrationModelsTest)
#include "tst_migration_models.moc"
