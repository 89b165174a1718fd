// Qt Test suite for the console's item models, the document's undoable edits, the job runner
// and the graph data, all fed by the bundled demo workspace.

#include "clustermodel.h"
#include "constrainttablemodel.h"
#include "diffmodel.h"
#include "engineservices.h"
#include "fieldtablemodel.h"
#include "findingsmodel.h"
#include "findingtext.h"
#include "graphdata.h"
#include "jobrunner.h"
#include "matrixmodel.h"
#include "problemsmodel.h"
#include "rollouttext.h"
#include "schemaedits.h"
#include "typetreemodel.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace strata;
using namespace strata::qt;

namespace {

const QString kDemo = QStringLiteral(STRATA_SOURCE_DIR "/resources/demo/demo.strata.json");

TypeVersionId id(const char* label) {
    return TypeVersionId::parse(label).value();
}

const TypeVersion& version(const WorkspaceDocument& doc, const char* label) {
    return *doc.workspace().findVersion(id(label));
}

} // namespace

class ModelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void demoLoads_data();
    void demoLoads();
    void typeTree();
    void fieldTable_data();
    void fieldTable();
    void editAndUndo();
    void publishedVersionIsReadOnly();
    void rejectedEditSaysWhy();
    void defaultText_data();
    void defaultText();
    void constraints();
    void diffRows_data();
    void diffRows();
    void matrix();
    void findings();
    void findingSentences_data();
    void findingSentences();
    void rolloutSentences_data();
    void rolloutSentences();
    void clusters();
    void problems();
    void jobRunnerDropsStaleResults();
    void jobRunnerGuardsReceiver();
    void graph();

private:
    WorkspaceDocument m_doc;
};

void ModelsTest::initTestCase() {
    const QString error = m_doc.open(kDemo);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void ModelsTest::demoLoads_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("versions");
    QTest::addColumn<QString>("policy");
    QTest::newRow("avro Customer") << "Customer" << 4 << "BACKWARD";
    QTest::newRow("avro Order") << "Order" << 3 << "BACKWARD";
    QTest::newRow("chinook Invoice") << "Invoice" << 3 << "BACKWARD_TRANSITIVE";
    QTest::newRow("chinook Track") << "Track" << 3 << "FULL";
    QTest::newRow("pagila Film") << "Film" << 3 << "BACKWARD";
    QTest::newRow("pagila Rental") << "Rental" << 3 << "BACKWARD";
}

void ModelsTest::demoLoads() {
    QFETCH(QString, type);
    QFETCH(int, versions);
    QFETCH(QString, policy);
    const TypeDef* def = m_doc.workspace().findType(type.toStdString());
    QVERIFY2(def, qPrintable(type + " missing from the demo"));
    QCOMPARE(int(def->versions.size()), versions);
    QCOMPARE(QString::fromLatin1(toString(def->policy)), policy);
}

void ModelsTest::typeTree() {
    TypeTreeModel model(&m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 12);
    const QModelIndex order = model.indexOfVersion(QStringLiteral("Order-v1.2.0"));
    QVERIFY(order.isValid());
    QCOMPARE(order.data().toString(), QStringLiteral("v1.2.0"));
    QCOMPARE(order.parent().data().toString(), QStringLiteral("Order"));
    QCOMPARE(model.rowCount(order.parent()), 3);
    QCOMPARE(order.data(TypeTreeModel::VersionLabelRole).toString(),
             QStringLiteral("Order-v1.2.0"));
    QCOMPARE(order.siblingAtColumn(TypeTreeModel::FieldsColumn).data().toString(),
             QStringLiteral("7 field(s)"));
    QVERIFY(!model.indexOfVersion(QStringLiteral("Order-v9.0.0")).isValid());
}

void ModelsTest::fieldTable_data() {
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("fields");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("symbolsOrAliases");
    QTest::newRow("avro record fields") << "Order-v1.0.0" << 0 << 6 << "id"
                                        << "string"
                                        << "";
    QTest::newRow("avro enum symbols") << "Order-v1.1.0" << 3 << 6 << "product"
                                       << "enum Product"
                                       << "JUMPERS, UNDERPANTS, STOCKINGS, SOCKS";
    QTest::newRow("rename keeps alias") << "Customer-v2.0.0" << 4 << 8 << "postalAddress"
                                        << "string"
                                        << "address";
    QTest::newRow("pagila enum") << "Film-v1.0.0" << 10 << 14 << "rating"
                                 << "enum mpaa_rating"
                                 << "G, PG, PG-13, R, NC-17";
    QTest::newRow("chinook decimal") << "Invoice-v1.0.0" << 8 << 9 << "total"
                                     << "decimal(10,2)"
                                     << "";
}

void ModelsTest::fieldTable() {
    QFETCH(QString, version);
    QFETCH(int, row);
    QFETCH(int, fields);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, symbolsOrAliases);
    FieldTableModel model(&m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersion(id(version.toLatin1()));
    QCOMPARE(model.rowCount(), fields);
    QCOMPARE(model.index(row, FieldTableModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(row, FieldTableModel::TypeColumn).data().toString(), type);
    const QString symbols = model.index(row, FieldTableModel::SymbolsColumn).data().toString();
    const QString aliases = model.index(row, FieldTableModel::AliasesColumn).data().toString();
    QCOMPARE(symbols.isEmpty() ? aliases : symbols, symbolsOrAliases);
}

void ModelsTest::editAndUndo() {
    WorkspaceDocument doc;
    QCOMPARE(doc.open(kDemo), QString());
    const auto draft = doc.createDraft(QStringLiteral("Customer"));
    QVERIFY(draft);
    QCOMPARE(QString::fromStdString(draft->toString()), QStringLiteral("Customer-v2.1.0"));
    QVERIFY(doc.isDraft(*draft));
    QVERIFY(doc.isModified());

    FieldTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersion(draft);
    const QModelIndex email = model.index(3, FieldTableModel::NameColumn);
    QCOMPARE(email.data().toString(), QStringLiteral("email"));
    QVERIFY(model.setData(email, QStringLiteral("mail"), Qt::EditRole));
    QCOMPARE(model.index(3, FieldTableModel::NameColumn).data().toString(), QStringLiteral("mail"));
    QCOMPARE(model.index(3, FieldTableModel::AliasesColumn).data().toString(),
             QStringLiteral("email"));

    QVERIFY(model.setData(model.index(3, FieldTableModel::NullableColumn), Qt::Checked,
                          Qt::CheckStateRole));
    QVERIFY(version(doc, "Customer-v2.1.0").schema.fields[3].nullable);
    QCOMPARE(doc.undoStack()->count(), 3);

    doc.undoStack()->undo();
    QVERIFY(!version(doc, "Customer-v2.1.0").schema.fields[3].nullable);
    doc.undoStack()->undo();
    QCOMPARE(model.index(3, FieldTableModel::NameColumn).data().toString(),
             QStringLiteral("email"));
    QCOMPARE(model.index(3, FieldTableModel::AliasesColumn).data().toString(), QString());
    doc.undoStack()->redo();
    QCOMPARE(model.index(3, FieldTableModel::NameColumn).data().toString(), QStringLiteral("mail"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(!doc.workspace().findVersion(*draft));
    QVERIFY(!doc.isModified());
}

void ModelsTest::publishedVersionIsReadOnly() {
    FieldTableModel model(&m_doc);
    model.setVersion(id("Order-v1.0.0"));
    QVERIFY(!model.isEditable());
    QVERIFY(!(model.flags(model.index(0, FieldTableModel::NameColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, FieldTableModel::NameColumn), QStringLiteral("x"),
                           Qt::EditRole));
    QCOMPARE(model.index(0, FieldTableModel::NameColumn).data().toString(), QStringLiteral("id"));
}

void ModelsTest::rejectedEditSaysWhy() {
    WorkspaceDocument doc;
    QCOMPARE(doc.open(kDemo), QString());
    const auto draft = doc.createDraft(QStringLiteral("Order"));
    FieldTableModel model(&doc);
    model.setVersion(draft);
    QSignalSpy rejected(&model, &FieldTableModel::editRejected);
    QVERIFY(!model.setData(model.index(4, FieldTableModel::TypeColumn), QStringLiteral("int65"),
                           Qt::EditRole));
    QVERIFY(!model.setData(model.index(0, FieldTableModel::NameColumn), QStringLiteral("price"),
                           Qt::EditRole));
    QVERIFY(!model.setData(model.index(5, FieldTableModel::DefaultColumn), QStringLiteral("\"x\""),
                           Qt::EditRole));
    QCOMPARE(rejected.count(), 3);
    for (const auto& args : rejected)
        QVERIFY2(!args.first().toString().isEmpty(), "a rejected edit must say why");
    QCOMPARE(doc.undoStack()->count(), 1);
}

void ModelsTest::defaultText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasDefault");
    QTest::addColumn<QString>("json");
    QTest::newRow("empty is no default") << "" << true << false << "";
    QTest::newRow("null is an explicit default") << "null" << true << true << "null";
    QTest::newRow("number") << "42" << true << true << "42";
    QTest::newRow("bare word is a string") << "bronze" << true << true << "\"bronze\"";
    QTest::newRow("broken JSON") << "{\"a\":" << false << false << "";
}

void ModelsTest::defaultText() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, hasDefault);
    QFETCH(QString, json);
    const Parsed<std::optional<Json>> parsed = parseDefaultText(text);
    QCOMPARE(parsed.value.has_value(), ok);
    QCOMPARE(parsed.error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(parsed.value->has_value(), hasDefault);
    if (hasDefault)
        QCOMPARE(QString::fromStdString((**parsed.value).dump()), json);
}

void ModelsTest::constraints() {
    ConstraintTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(&version(m_doc, "InvoiceLine-v1.0.0").schema);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ConstraintTableModel::KindColumn).data().toString(),
             QStringLiteral("primary key"));
    QCOMPARE(model.index(1, ConstraintTableModel::DefinitionColumn).data().toString(),
             QStringLiteral("(invoice_id) → Invoice(invoice_id)"));
    model.setSchema(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::diffRows_data() {
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("effect");
    QTest::newRow("rename with alias")
        << "Customer-v1.2.0"
        << "Customer-v2.0.0"
        << "postalAddress"
        << "renamed from address" << int(strata::qt::Effect::ReadOnly);
    QTest::newRow("enum symbol added")
        << "Order-v1.0.0"
        << "Order-v1.1.0"
        << "product"
        << "symbols added: SOCKS" << int(strata::qt::Effect::ReadOnly);
    QTest::newRow("promotion") << "Track-v1.0.0"
                               << "Track-v1.1.0"
                               << "bytes"
                               << "int32 → int64" << int(strata::qt::Effect::ReadOnly);
    QTest::newRow("added with default") << "Invoice-v1.0.0"
                                        << "Invoice-v1.1.0"
                                        << "currency"
                                        << "added" << int(strata::qt::Effect::Safe);
    QTest::newRow("string to enum")
        << "OrderEnriched-v1.0.0"
        << "OrderEnriched-v1.1.0"
        << "customerLevel"
        << "string → enum CustomerLevel" << int(strata::qt::Effect::Breaking);
    QTest::newRow("unchanged") << "Order-v1.0.0"
                               << "Order-v1.1.0"
                               << "id"
                               << "unchanged" << int(strata::qt::Effect::Safe);
}

void ModelsTest::diffRows() {
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QString, field);
    QFETCH(QString, change);
    QFETCH(int, effect);
    const TypeVersion& o = version(m_doc, older.toLatin1());
    const TypeVersion& n = version(m_doc, newer.toLatin1());
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SchemaDiff diff = diffVersions(o, n, resolverFor(m_doc.workspace()));
    model.setRows(strata::qt::diffRows(o.schema, n.schema, diff));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, DiffModel::NewFieldColumn).data().toString() == field)
            row = r;
    QVERIFY2(row >= 0, qPrintable(field + " has no row"));
    QCOMPARE(model.index(row, DiffModel::ChangeColumn).data().toString(), change);
    QCOMPARE(model.index(row, DiffModel::EffectColumn).data(DiffModel::EffectRole).toInt(), effect);
}

void ModelsTest::matrix() {
    MatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TypeDef* rental = m_doc.workspace().findType("Rental");
    model.setMatrix(matrixFor(m_doc.workspace(), *rental));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.transitivityBreakCount(), 1);
    QVERIFY(model.index(0, 2).data(MatrixModel::TransitivityBreakRole).toBool());
    QVERIFY(!model.index(0, 1).data(MatrixModel::TransitivityBreakRole).toBool());
    QCOMPARE(model.index(0, 1).data(MatrixModel::ReadRole).toBool(), true);
    QCOMPARE(model.index(0, 2).data(MatrixModel::ReadRole).toBool(), false);
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.cellAt(model.index(2, 0)));
    QVERIFY(!model.pairAt(model.index(1, 1)));
    QCOMPARE(model.pairAt(model.index(0, 2))->second.toString(), std::string("Rental-v1.2.0"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("v1.2.0"));
}

void ModelsTest::findings() {
    const auto verdict = verdictFor(m_doc.workspace(), version(m_doc, "Order-v1.0.0"),
                                    version(m_doc, "Order-v1.1.0"));
    QVERIFY(!verdict.writeCompatible);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(verdict.findings);
    QVERIFY(model.rowCount() >= 1);
    bool symbolFinding = false;
    for (int r = 0; r < model.rowCount(); ++r)
        symbolFinding |= model.index(r, FindingsModel::PathColumn).data().toString() ==
                             QStringLiteral("product") &&
                         model.index(r, FindingsModel::SeverityColumn).data().toString() ==
                             QStringLiteral("error");
    QVERIFY2(symbolFinding, "the SOCKS symbol must be an error for old readers");
}

void ModelsTest::findingSentences_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("enum-symbol-unknown")
        << "enum-symbol-unknown" << QVariantMap{{"symbol", "SOCKS"}}
        << "Writer symbol 'SOCKS' is unknown to the reader, whose enum declares no default.";
    QTest::newRow("field-filled-by-default")
        << "field-filled-by-default" << QVariantMap{{"field", "note"}, {"default", "\"\""}}
        << "Reader field 'note' is absent from the writer and is filled with its default \"\".";
    QTest::newRow("named-type-renamed")
        << "named-type-renamed"
        << QVariantMap{{"kind", "enum"}, {"writer_name", "State"}, {"reader_name", "Status"}}
        << "Enum 'State' is named 'Status' by the reader: harmless for stores that resolve by "
           "structure, breaking for Avro unless the reader declares 'State' as an alias.";
    QTest::newRow("foreign-key-column-missing")
        << "foreign-key-column-missing"
        << QVariantMap{{"constraint", "fk_customer"},
                       {"column", "id"},
                       {"version", "Customer-v2.0.0"}}
        << "Foreign key fk_customer references column 'id', which Customer-v2.0.0 no longer has.";
    // without the parameters its sentence needs, or for a rule the console does not know,
    // the engine's own sentence is shown
    QTest::newRow("missing parameter")
        << "enum-symbol-unknown" << QVariantMap{} << "the engine's sentence";
    QTest::newRow("unknown rule") << "rule-from-a-newer-engine" << QVariantMap{{"field", "x"}}
                                  << "the engine's sentence";
}

void ModelsTest::findingSentences() {
    QFETCH(QString, rule);
    QFETCH(QVariantMap, params);
    QFETCH(QString, sentence);
    Finding finding{
        "f", rule.toStdString(), Direction::Read, Severity::Error, "the engine's sentence", {}};
    for (auto it = params.begin(); it != params.end(); ++it)
        finding.params[it.key().toStdString()] = it.value().toString().toStdString();
    QCOMPARE(FindingText::sentence(finding), sentence);
}

void ModelsTest::rolloutSentences_data() {
    QTest::addColumn<RolloutReason::Code>("code");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("NoNodeDeclaresType")
        << RolloutReason::Code::NoNodeDeclaresType
        << QVariantMap{{"cluster", "prod"}, {"type", "Item"}}
        << QStringLiteral("no live node of prod declares a range for Item");
    QTest::newRow("SupportedByAll")
        << RolloutReason::Code::SupportedByAll
        << QVariantMap{{"count", "2"}, {"live", "3"}, {"version", "Item-v1.1.0"}}
        << QStringLiteral("2 of 3 live nodes support Item-v1.1.0 (all are needed)");
    QTest::newRow("SupportedByQuorum")
        << RolloutReason::Code::SupportedByQuorum
        << QVariantMap{{"count", "2"}, {"live", "3"}, {"version", "Item-v1.1.0"}, {"quorum", "2"}}
        << QStringLiteral("2 of 3 live nodes support Item-v1.1.0 (quorum 2)");
    QTest::newRow("NoVersionForAll")
        << RolloutReason::Code::NoVersionForAll
        << QVariantMap{{"type", "Item"}, {"ranges", "a 1.0.0..1.1.0; b 2.0.0..2.1.0"}}
        << QStringLiteral("no version of Item is supported by every live node: a 1.0.0..1.1.0; b "
                          "2.0.0..2.1.0");
    QTest::newRow("NoVersionForQuorum")
        << RolloutReason::Code::NoVersionForQuorum
        << QVariantMap{{"type", "Item"}, {"quorum", "2"}, {"ranges", "a 1.0.0..1.1.0"}}
        << QStringLiteral("no version of Item is supported by a quorum of 2: a 1.0.0..1.1.0");
    QTest::newRow("AlreadyFinalised")
        << RolloutReason::Code::AlreadyFinalised << QVariantMap{{"target", "Item-v1.0.0"}}
        << QStringLiteral("Item-v1.0.0 is already finalised");
    QTest::newRow("NeitherReadsTheOther")
        << RolloutReason::Code::NeitherReadsTheOther
        << QVariantMap{{"current", "Item-v1.1.0"}, {"target", "Item-v3.0.0"}}
        << QStringLiteral("neither Item-v1.1.0 nor Item-v3.0.0 reads the other's data");
    QTest::newRow("NodeTooNew")
        << RolloutReason::Code::NodeTooNew
        << QVariantMap{{"node", "n"},
                       {"type", "Item"},
                       {"range", "1.1.0..2.0.0"},
                       {"version", "1.0.0"}}
        << QStringLiteral("node n supports Item 1.1.0..2.0.0 only, nothing as old as 1.0.0");
    QTest::newRow("NodeNeedsSupport")
        << RolloutReason::Code::NodeNeedsSupport
        << QVariantMap{{"node", "w"},
                       {"type", "Item"},
                       {"range", "1.0.0..1.0.0"},
                       {"version", "1.1.0"}}
        << QStringLiteral("node w supports Item 1.0.0..1.0.0: its upgrade must bring support for "
                          "1.1.0");
    QTest::newRow("DownNodeCannotRead")
        << RolloutReason::Code::DownNodeCannotRead
        << QVariantMap{{"node", "away"}, {"range", "1.0.0..1.1.0"}, {"target", "Item-v2.0.0"}}
        << QStringLiteral("node away is down and supports only 1.0.0..1.1.0: finalising "
                          "Item-v2.0.0 would leave it unable to read the data when it returns");
    QTest::newRow("DownNodeUpgradesLater")
        << RolloutReason::Code::DownNodeUpgradesLater << QVariantMap{{"node", "away"}}
        << QStringLiteral("node away is down; it is not upgraded now and must be upgraded when "
                          "it returns");
    QTest::newRow("OneWayWithBothRoles")
        << RolloutReason::Code::OneWayWithBothRoles << QVariantMap{{"count", "2"}, {"type", "Item"}}
        << QStringLiteral("2 live nodes both read and write Item: with compatibility in one "
                          "direction only, an upgraded one would exchange data with one not yet "
                          "upgraded that cannot read it");
    QTest::newRow("StoreMustMigrate")
        << RolloutReason::Code::StoreMustMigrate
        << QVariantMap{{"store", "items"}, {"current", "Item-v2.0.0"}, {"target", "Item-v3.0.0"}}
        << QStringLiteral("store items holds Item-v2.0.0 records that Item-v3.0.0 cannot read: "
                          "migrate it before readers move");
    QTest::newRow("AnyOrder") << RolloutReason::Code::AnyOrder << QVariantMap{}
                              << QStringLiteral("both versions read each other's data: any order");
    QTest::newRow("BetweenReadersAndWriters")
        << RolloutReason::Code::BetweenReadersAndWriters << QVariantMap{}
        << QStringLiteral("reads and writes: between the readers and the writers");
    QTest::newRow("ReadersFirst") << RolloutReason::Code::ReadersFirst << QVariantMap{}
                                  << QStringLiteral("readers first: the target reads the old data");
    QTest::newRow("WritersFirst") << RolloutReason::Code::WritersFirst << QVariantMap{}
                                  << QStringLiteral(
                                         "writers first: old readers read the target's data");
    QTest::newRow("WritersLast") << RolloutReason::Code::WritersLast << QVariantMap{}
                                 << QStringLiteral(
                                        "writers last: old readers cannot read the target's data");
    QTest::newRow("ReadersLast") << RolloutReason::Code::ReadersLast << QVariantMap{}
                                 << QStringLiteral("readers last: the target cannot read old data");
}

// In English the console words every rollout reason exactly as the engine does; a reason that
// rests on another says so with the other's sentence; a code the console does not know keeps
// the engine's sentence.
void ModelsTest::rolloutSentences() {
    QFETCH(RolloutReason::Code, code);
    QFETCH(QVariantMap, params);
    QFETCH(QString, sentence);
    std::map<std::string, std::string> values;
    for (auto it = params.begin(); it != params.end(); ++it)
        values[it.key().toStdString()] = it.value().toString().toStdString();
    const RolloutReason reason = makeRolloutReason(code, values);
    QCOMPARE(QString::fromStdString(reason.text), sentence);
    QCOMPARE(RolloutText::sentence(reason), sentence);

    const RolloutReason noFinalised =
        makeRolloutReason(RolloutReason::Code::NoFinalisedVersion, {}, {reason});
    QCOMPARE(RolloutText::sentence(noFinalised),
             QStringLiteral("no finalised version before the rollout: ") + sentence);
    QCOMPARE(QString::fromStdString(noFinalised.text), RolloutText::sentence(noFinalised));

    RolloutReason newer = reason;
    newer.code = RolloutReason::Code(1000);
    newer.text = "a reason from a newer engine";
    QCOMPARE(RolloutText::sentence(newer), QStringLiteral("a reason from a newer engine"));
}

void ModelsTest::clusters() {
    ClusterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCluster(&m_doc.workspace().clusters.at(0));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.typeNames(),
             QStringList({"Customer", "Invoice", "InvoiceLine", "Order", "OrderEnriched"}));
    const int order = ClusterModel::FirstTypeColumn + 3;
    QCOMPARE(model.index(0, ClusterModel::NodeColumn).data().toString(),
             QStringLiteral("order-api-1"));
    QCOMPARE(model.index(0, order).data().toString(), QStringLiteral("1.0.0 – 1.1.0"));
    QCOMPARE(model.index(3, order).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(4, ClusterModel::LiveColumn).data().toString(), QStringLiteral("down"));
    model.setCluster(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ClusterModel::FirstTypeColumn));
}

void ModelsTest::problems() {
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.report(QtCriticalMsg, QStringLiteral("strata.test"), QStringLiteral("boom"));
    QCOMPARE(model.rowCount(), 0); // queued to the model's thread
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProblemsModel::SeverityColumn).data().toString(),
             QStringLiteral("error"));
    QCOMPARE(model.errorCount(), 1);
    for (int i = 0; i < ProblemsModel::kMaxRows + 5; ++i)
        model.append(
            {QDateTime::currentDateTime(), QtWarningMsg, QStringLiteral("a"), QString::number(i)});
    QCOMPARE(model.rowCount(), ProblemsModel::kMaxRows);
    QCOMPARE(model.index(model.rowCount() - 1, ProblemsModel::MessageColumn).data().toString(),
             QString::number(ProblemsModel::kMaxRows + 4));
}

void ModelsTest::jobRunnerDropsStaleResults() {
    JobRunner jobs;
    QSignalSpy dropped(&jobs, &JobRunner::jobDropped);
    QSignalSpy busy(&jobs, &JobRunner::busyChanged);
    QList<int> delivered;
    std::atomic<bool> release{false};
    jobs.run(
        QStringLiteral("k"), this,
        [&release](const CancelToken& token) {
            while (!release.load() && !token->load())
                QThread::msleep(1);
            return 1;
        },
        [&delivered](int v) { delivered << v; });
    jobs.run(
        QStringLiteral("k"), this, [](const CancelToken&) { return 2; },
        [&delivered](int v) { delivered << v; });
    release = true;
    QTRY_COMPARE(busy.count(), 2);
    QCOMPARE(delivered, QList<int>({2}));
    QCOMPARE(dropped.count(), 1);
    QVERIFY(!jobs.isBusy());
}

void ModelsTest::jobRunnerGuardsReceiver() {
    JobRunner jobs;
    QSignalSpy busy(&jobs, &JobRunner::busyChanged);
    bool delivered = false;
    auto* receiver = new QObject;
    jobs.run(
        QStringLiteral("k"), receiver,
        [](const CancelToken&) {
            QThread::msleep(20);
            return 7;
        },
        [&delivered](int) { delivered = true; });
    delete receiver;
    QTRY_COMPARE(busy.count(), 2);
    QVERIFY2(!delivered, "a result must not reach a destroyed receiver");
}

void ModelsTest::graph() {
    const GraphData g = buildGraph(m_doc.workspace(), false);
    QCOMPARE(g.nodes.size(), 31);
    QVERIFY(g.issues.isEmpty());
    const auto evolves = std::count_if(g.links.begin(), g.links.end(), [](const GraphLink& e) {
        return e.kind == GraphLink::Evolves;
    });
    QCOMPARE(int(evolves), 31 - 12);
    const auto foreignKeys = std::count_if(g.links.begin(), g.links.end(), [](const GraphLink& e) {
        return e.kind == GraphLink::ForeignKey;
    });
    QVERIFY(foreignKeys > 0);
    const int invoice = g.indexOf(QStringLiteral("Invoice-v2.0.0"));
    QCOMPARE(g.nodes[invoice].typeName, QStringLiteral("Invoice"));
    QCOMPARE(g.nodes[invoice].version, QStringLiteral("2.0.0"));
    QStringList dependents;
    for (int i : g.dependents(invoice))
        dependents << g.nodes[i].label;
    dependents.sort();
    QCOMPARE(dependents, QStringList({"InvoiceLine-v1.0.0", "InvoiceLine-v1.1.0"}));
    QStringList dependencies;
    for (int i : g.dependencies(invoice))
        dependencies << g.nodes[i].label;
    QCOMPARE(dependencies, QStringList({"ChinookCustomer-v1.1.0"}));

    const GraphData collapsed = buildGraph(m_doc.workspace(), true);
    QCOMPARE(collapsed.nodes.size(), 12);
    QVERIFY(collapsed.collapsed);
    QCOMPARE(collapsed.nodes[collapsed.indexOf(QStringLiteral("Order (3)"))].typeName,
             QStringLiteral("Order"));

    auto token = std::make_shared<std::atomic<bool>>(false);
    const GraphLayout layout = layoutGraph(g, token);
    QCOMPARE(layout.positions.size(), g.nodes.size());
    QCOMPARE(layout.routes.size(), g.links.size());
    // a reference puts the dependent and what it references on different layers
    QVERIFY(layout.positions[invoice].y() !=
            layout.positions[g.indexOf(QStringLiteral("InvoiceLine-v1.1.0"))].y());
    token->store(true);
    QVERIFY(layoutGraph(g, token).cancelled);
}

QTEST_MAIN(ModelsTest)
#include "tst_models.moc"
