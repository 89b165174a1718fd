// Offscreen GUI tests of the console: open the demo, edit a field and undo it, diff two
// versions, run an impact analysis, explore and export the graph, render a screenshot. Each
// test asserts what the widgets show.

#include "bridge.h"
#include "clusterview.h"
#include "diffmodel.h"
#include "diffview.h"
#include "fieldtablemodel.h"
#include "findingsmodel.h"
#include "findingtext.h"
#include "graphitems.h"
#include "graphview.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "matrixview.h"
#include "migrationmodels.h"
#include "migrationview.h"
#include "plannerview.h"
#include "problemsmodel.h"
#include "rollouttext.h"
#include "schemaeditor.h"
#include "screenshot.h"
#include "settingsdialog.h"
#include "strata/model/workspace_io.h"
#include "typetreemodel.h"
#include "verdictpanel.h"
#include "workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <sys/stat.h>
#include <unistd.h>

using namespace strata::qt;

class ViewsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensDemo();
    void editFieldAndUndo();
    void diffTwoVersions();
    void impactAnalysis();
    void graphHighlightsDependents();
    void edgeLayerFindsOnlyExposedEdges_data();
    void edgeLayerFindsOnlyExposedEdges();
    void nodeLayerFindsNodes_data();
    void nodeLayerFindsNodes();
    void graphClickSelectsAndEmptySpaceClears();
    void edgeLayerDrawsTheFarOutPictureOffTheGuiThread();
    void exportGraph();
    void exportsKeepTheReplacedFile_data();
    void exportsKeepTheReplacedFile();
    void filterTypes();
    void policyColumnShowsEveryPolicy_data();
    void policyColumnShowsEveryPolicy();
    void treeKeepsItsStateWhenTheStructureChanges();
    void openedFileShowsAnEvolvedVersion();
    void verdictTitleWrapsInsteadOfWideningItsDock();
    void migrationStepTitlesWrap();
    void screenshot_data();
    void screenshot();
    void languageSwitchesLive_data();
    void languageSwitchesLive();
    void findingsAreWordedInTheInterfaceLanguage();
    void rolloutSurvivesSaveAndReopen();
    void rolloutReasonsAreWordedInTheInterfaceLanguage_data();
    void rolloutReasonsAreWordedInTheInterfaceLanguage();
    void sizesAreWordedInTheInterfaceLanguage_data();
    void sizesAreWordedInTheInterfaceLanguage();

private:
    QToolButton* button(QWidget* in, const QString& text);
    void waitIdle();

    std::unique_ptr<ProblemsModel> m_problems;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<WorkspaceDocument> m_doc;
    std::unique_ptr<MainWindow> m_window;
};

void ViewsTest::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StrataTest"));
    QApplication::setApplicationName(QStringLiteral("strata_views_test"));
}

void ViewsTest::init() {
    m_problems = std::make_unique<ProblemsModel>();
    m_jobs = std::make_unique<JobRunner>();
    m_doc = std::make_unique<WorkspaceDocument>();
    m_window = std::make_unique<MainWindow>(m_doc.get(), m_jobs.get(), m_problems.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(m_window->openDemo());
    waitIdle();
}

void ViewsTest::cleanup() {
    SettingsDialog::applyLanguage(QStringLiteral("en"));
    m_jobs->waitForAll();
    QApplication::processEvents();
    m_window.reset();
    m_doc.reset();
    m_jobs.reset();
    m_problems.reset();
}

void ViewsTest::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
}

QToolButton* ViewsTest::button(QWidget* in, const QString& text) {
    for (QToolButton* b : in->findChildren<QToolButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

void ViewsTest::opensDemo() {
    QCOMPARE(m_window->typeTree()->model()->rowCount(), 12);
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Strata demo")),
             qPrintable(m_window->windowTitle()));
    // the demo opens with Order-v1.1.0 selected: its fields and its verdict are shown
    SchemaEditor* editor = m_window->schemaEditor();
    QCOMPARE(editor->fieldModel()->rowCount(), 6);
    QCOMPARE(
        editor->fieldTable()->model()->index(3, FieldTableModel::SymbolsColumn).data().toString(),
        QStringLiteral("JUMPERS, UNDERPANTS, STOCKINGS, SOCKS"));
    QTRY_VERIFY(m_window->verdictPanel()->verdictWidget()->summaryText().contains(
        QStringLiteral("read-only")));
    QCOMPARE(m_window->verdictPanel()->policyText(), QStringLiteral("Policy BACKWARD: accepted."));
}

void ViewsTest::editFieldAndUndo() {
    m_window->selectVersion(QStringLiteral("Customer-v2.0.0"));
    SchemaEditor* editor = m_window->schemaEditor();
    QToolButton* newVersion = button(editor, QStringLiteral("New version"));
    QVERIFY(newVersion);
    QTest::mouseClick(newVersion, Qt::LeftButton);
    QCOMPARE(QString::fromStdString(editor->version()->toString()),
             QStringLiteral("Customer-v2.1.0"));
    QVERIFY(m_window->isWindowModified());

    QTableView* table = editor->fieldTable();
    const QModelIndex email = table->model()->index(3, FieldTableModel::NameColumn);
    QCOMPARE(email.data().toString(), QStringLiteral("email"));
    table->setCurrentIndex(email);
    table->edit(email);
    const auto editors = table->viewport()->findChildren<QLineEdit*>();
    QCOMPARE(editors.size(), 1);
    QLineEdit* line = editors.first();
    QVERIFY2(line, "double-click editing must open a line editor");
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("mail_address"));
    QTest::keyClick(line, Qt::Key_Return);
    // the view commits the editor's data on the next event-loop turn
    QTRY_COMPARE(table->model()->index(3, FieldTableModel::NameColumn).data().toString(),
                 QStringLiteral("mail_address"));
    QCOMPARE(table->model()->index(3, FieldTableModel::AliasesColumn).data().toString(),
             QStringLiteral("email"));
    // the live verdict against Customer-v2.0.0 follows the edit
    QTRY_VERIFY(m_window->verdictPanel()->verdictWidget()->summaryText().contains(
        QStringLiteral("Customer-v2.0.0 → Customer-v2.1.0")));

    QAction* undo = nullptr;
    for (QAction* a : m_window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(table->model()->index(3, FieldTableModel::NameColumn).data().toString(),
             QStringLiteral("email"));
    QCOMPARE(table->model()->index(3, FieldTableModel::AliasesColumn).data().toString(), QString());
}

void ViewsTest::diffTwoVersions() {
    DiffView* diff = m_window->diffView();
    QSignalSpy ready(diff, &DiffView::diffReady);
    m_window->showView(MainWindow::View::Diff);
    diff->compare(QStringLiteral("Customer-v1.2.0"), QStringLiteral("Customer-v2.0.0"));
    QTRY_VERIFY(ready.count() >= 1);
    QAbstractItemModel* model = diff->table()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, DiffModel::NewFieldColumn).data().toString() == "postalAddress")
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, DiffModel::OldFieldColumn).data().toString(),
             QStringLiteral("address"));
    QCOMPARE(model->index(row, DiffModel::ChangeColumn).data().toString(),
             QStringLiteral("renamed from address"));
    QCOMPARE(model->index(row, DiffModel::EffectColumn).data().toString(),
             QStringLiteral("read-only"));
    QCOMPARE(model->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().color(),
             effectColor(Effect::ReadOnly, isDarkPalette()));
    QVERIFY(diff->verdict()->summaryText().contains(QStringLiteral("read-only")));
    QCOMPARE(diff->verdict()->findings()->rowCount() > 0, true);
}

void ViewsTest::impactAnalysis() {
    PlannerView* planner = m_window->plannerView();
    QSignalSpy ready(planner, &PlannerView::analysisReady);
    m_window->showView(MainWindow::View::Planner);
    planner->plan(QStringLiteral("Order-v1.0.0"), QStringLiteral("Order-v1.2.0"));
    QTRY_COMPARE(ready.count(), 1);
    QTreeWidget* impact = planner->impactTree();
    QCOMPARE(impact->topLevelItemCount(), 7);
    QCOMPARE(impact->topLevelItem(0)->text(0), QStringLiteral("Dependents that break (1)"));
    QVERIFY(impact->topLevelItem(0)->child(0)->text(0).startsWith(
        QStringLiteral("OrderValue-v1.0.0 via order: ")));
    QCOMPARE(impact->topLevelItem(2)->text(0),
             QStringLiteral("Best upgrade path — risk cost 1000 (1)"));
    QCOMPARE(impact->topLevelItem(2)->child(0)->text(0),
             QStringLiteral("Order-v1.0.0 → Order-v1.2.0 (read-only)"));
    QTreeWidgetItem* nodes = impact->topLevelItem(3);
    QCOMPARE(nodes->text(0), QStringLiteral("Cluster nodes running affected versions (3)"));
    QVERIFY(nodes->child(0)->text(0).startsWith(QStringLiteral("orders/order-api-1 (writer) "
                                                               "runs Order-v1.0.0")));
    QCOMPARE(impact->topLevelItem(4)->text(0),
             QStringLiteral("Store objects holding affected versions (0)"));
    QCOMPARE(impact->topLevelItem(6)->text(0),
             QStringLiteral("Rollout order in cluster orders — safe (5)"));
    QVERIFY(planner->verdict()->summaryText().contains(QStringLiteral("Order-v1.0.0 → "
                                                                      "Order-v1.2.0")));
}

void ViewsTest::graphHighlightsDependents() {
    GraphView* graph = m_window->graphView();
    m_window->showView(MainWindow::View::Graph);
    QTRY_VERIFY(!graph->isBusy());
    QCOMPARE(graph->nodeCount(), 31);
    QVERIFY(graph->selectNode(QStringLiteral("Invoice-v2.0.0")));
    QCOMPARE(graph->markedCount(int(NodeMark::Selected)), 1);
    QCOMPARE(graph->markedCount(int(NodeMark::Dependent)), 2);
    QCOMPARE(graph->markedCount(int(NodeMark::Dependency)), 1);
    QCOMPARE(graph->statusText(),
             QStringLiteral("Invoice-v2.0.0 depends on 1 node(s); 2 node(s) depend on it."));

    QSignalSpy laidOut(graph, &GraphView::layoutFinished);
    graph->setCollapsed(true);
    QTRY_COMPARE(laidOut.count(), 1);
    QCOMPARE(graph->nodeCount(), 12);
}

// Three edges: one at the origin, one 2,000 units right, one route bent through (1000, 600)
// from the first to the second.
void ViewsTest::edgeLayerFindsOnlyExposedEdges_data() {
    QTest::addColumn<QRectF>("exposed");
    QTest::addColumn<QVector<int>>("edges");
    QTest::newRow("around the first") << QRectF(-50, -50, 100, 100) << QVector<int>{0, 2};
    // the bent route's bounds reach the second edge's end: culling by bounds keeps both
    QTest::newRow("around the second") << QRectF(1950, -50, 100, 100) << QVector<int>{1, 2};
    // the curve passes (875, 304) halfway; it stays short of the bend at (1000, 600)
    QTest::newRow("the curve") << QRectF(850, 250, 100, 100) << QVector<int>{2};
    QTest::newRow("beyond the curve") << QRectF(950, 550, 100, 100) << QVector<int>{};
    QTest::newRow("nothing there") << QRectF(500, -900, 100, 100) << QVector<int>{};
    QTest::newRow("everything") << QRectF(-5000, -5000, 10000, 10000) << QVector<int>{0, 1, 2};
}

void ViewsTest::edgeLayerFindsOnlyExposedEdges() {
    QFETCH(QRectF, exposed);
    QFETCH(QVector<int>, edges);
    EdgeLayer layer;
    layer.addEdge(GraphLink{0, 1, GraphLink::Reference}, {QPointF(0, -200), QPointF(0, 0)});
    layer.addEdge(GraphLink{2, 3, GraphLink::ForeignKey}, {QPointF(2000, -200), QPointF(2000, 0)});
    layer.addEdge(GraphLink{0, 3, GraphLink::Evolves},
                  {QPointF(0, -200), QPointF(1000, 600), QPointF(2000, -200)});
    layer.finish();
    QCOMPARE(layer.count(), 3);
    QCOMPARE(layer.edgesIn(exposed), edges);
}

// Two nodes: one centred on the origin, one 1,000 units right; boxes are 176 × 34.
void ViewsTest::nodeLayerFindsNodes_data() {
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<int>("nodeAt");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<QVector<int>>("nodesIn");
    QTest::newRow("centre of the first")
        << QPointF(0, 0) << 0 << QRectF(-10, -10, 20, 20) << QVector<int>{0};
    QTest::newRow("inside the first's corner")
        << QPointF(-87.5, 16.5) << 0 << QRectF(-200, -100, 115, 200) << QVector<int>{0};
    QTest::newRow("just outside the first")
        << QPointF(0, 17.5) << -1 << QRectF(100, -10, 800, 20) << QVector<int>{};
    QTest::newRow("the second") << QPointF(1080, -10) << 1 << QRectF(900, -10, 20, 20)
                                << QVector<int>{1};
    QTest::newRow("both") << QPointF(500, 0) << -1 << QRectF(0, 0, 1000, 1) << QVector<int>{0, 1};
}

void ViewsTest::nodeLayerFindsNodes() {
    QFETCH(QPointF, point);
    QFETCH(int, nodeAt);
    QFETCH(QRectF, rect);
    QFETCH(QVector<int>, nodesIn);
    NodeLayer layer;
    layer.addNode(
        GraphNode{QStringLiteral("A-v1.0.0"), QStringLiteral("A"), QStringLiteral("1.0.0")},
        QPointF(0, 0));
    layer.addNode(
        GraphNode{QStringLiteral("B-v1.0.0"), QStringLiteral("B"), QStringLiteral("1.0.0")},
        QPointF(1000, 0));
    layer.finish();
    QCOMPARE(layer.nodeAt(point), nodeAt);
    QCOMPARE(layer.nodesIn(rect), nodesIn);
}

// A click on a node selects it, as selectNode() does; a click on empty space clears the marks;
// hovering a node shows its label.
void ViewsTest::graphClickSelectsAndEmptySpaceClears() {
    GraphView* graph = m_window->graphView();
    m_window->showView(MainWindow::View::Graph);
    QTRY_VERIFY(!graph->isBusy());
    graph->zoomTo(1.0);
    auto* canvas = graph->findChild<QGraphicsView*>();
    NodeLayer* nodes = nullptr;
    for (QGraphicsItem* item : graph->scene()->items())
        if (auto* layer = dynamic_cast<NodeLayer*>(item))
            nodes = layer;
    QVERIFY(canvas && nodes);
    int invoice = -1;
    for (int i = 0; i < nodes->count(); ++i)
        if (nodes->node(i).label == QLatin1String("Invoice-v2.0.0"))
            invoice = i;
    QVERIFY(invoice >= 0);
    canvas->centerOn(nodes->centre(invoice));
    const QPoint onNode = canvas->mapFromScene(nodes->centre(invoice));
    QSignalSpy activated(graph, &GraphView::versionActivated);
    QTest::mouseMove(canvas->viewport(), onNode);
    QTRY_COMPARE(nodes->toolTip(), QStringLiteral("Invoice-v2.0.0"));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, onNode);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("Invoice-v2.0.0"));
    QCOMPARE(graph->markedCount(int(NodeMark::Selected)), 1);
    QCOMPARE(nodes->mark(invoice), NodeMark::Selected);
    QCOMPARE(graph->markedCount(int(NodeMark::Dependent)), 2);
    QCOMPARE(graph->statusText(),
             QStringLiteral("Invoice-v2.0.0 depends on 1 node(s); 2 node(s) depend on it."));

    // half a box below the node lies between the layers
    const QPointF below = nodes->centre(invoice) + QPointF(0, kNodeHeight);
    QCOMPARE(nodes->nodeAt(below), -1);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(below));
    QCOMPARE(graph->markedCount(int(NodeMark::Selected)), 0);
    QCOMPARE(graph->markedCount(int(NodeMark::None)), 31);
    QVERIFY2(graph->statusText().startsWith(QStringLiteral("31 node(s), ")),
             qPrintable(graph->statusText()));
}

// Zoomed far out, a view shows the worker's picture of the edges: once it is there, the pixels
// on each edge have the edge's colour, and those beside it the background's.
void ViewsTest::edgeLayerDrawsTheFarOutPictureOffTheGuiThread() {
    QGraphicsScene scene;
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    auto* layer = new EdgeLayer;
    QVector<QPointF> bends; // a vertical reference with a bend every 100 units
    for (int y = 0; y <= 8000; y += 100)
        bends << QPointF(0, y);
    layer->addEdge(GraphLink{0, 1, GraphLink::Reference}, bends);
    // a foreign key bent through (0, 6000): the stand-in's straight line would miss the bend
    layer->addEdge(GraphLink{2, 3, GraphLink::ForeignKey},
                   {QPointF(-4000, 4000), QPointF(0, 6000), QPointF(4000, 4000)});
    layer->finish();
    scene.addItem(layer);
    QGraphicsView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setBackgroundBrush(Qt::white);
    view.resize(300, 300);
    view.setTransform(QTransform::fromScale(0.03, 0.03));
    view.centerOn(0, 4500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(layer->hasPictureFor(view.viewportTransform()));
    const QImage shot = view.viewport()->grab().toImage();
    const auto colourNear = [&shot](const QPoint& at, bool vertical) {
        // a one-pixel line lands on the pixel either side of a boundary
        QSet<QRgb> seen;
        for (int d = -1; d <= 1; ++d)
            seen.insert(shot.pixel(vertical ? at + QPoint(d, 0) : at + QPoint(0, d)) & 0xffffff);
        return seen;
    };
    QVERIFY(colourNear(view.mapFromScene(QPointF(0, 2000)), true).contains(0x1f77b4));
    QVERIFY(colourNear(view.mapFromScene(QPointF(2000, 5000)), false).contains(0x8e44ad));
    QCOMPARE(colourNear(view.mapFromScene(QPointF(2000, 4000)), false), QSet<QRgb>{0xffffff});
    QCOMPARE(colourNear(view.mapFromScene(QPointF(2000, 2000)), true), QSet<QRgb>{0xffffff});
}

void ViewsTest::exportGraph() {
    GraphView* graph = m_window->graphView();
    QTRY_VERIFY(!graph->isBusy());
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    QCOMPARE(graph->exportSvg(svg), QString());
    QCOMPARE(graph->exportPng(png), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY2(text.contains("Invoice-v2.0.0"), "node labels must be in the SVG");
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 500);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("graph.png.tmp"))));
}

void ViewsTest::exportsKeepTheReplacedFile_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("graph svg") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("graph png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("screenshot") << QStringLiteral("screenshot") << QByteArray("\x89PNG");
}

// An export written through a symbolic link over an existing file replaces the link's target,
// keeps the link, and keeps the target's mode and (where the test may set it) its owner, as
// the workspace's own saving does.
void ViewsTest::exportsKeepTheReplacedFile() {
    QFETCH(QString, kind);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("shared.out"));
    const QString link = dir.filePath(QStringLiteral("link.out"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    QVERIFY(QFile::link(target, link));
    QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0640), 0);
    const bool root = ::geteuid() == 0; // only root may give a file to another user
    constexpr uid_t kOwner = 4242;
    constexpr gid_t kGroup = 4343;
    if (root)
        QCOMPARE(::chown(QFile::encodeName(target).constData(), kOwner, kGroup), 0);

    GraphView* graph = m_window->graphView();
    QTRY_VERIFY(!graph->isBusy());
    const QString error = kind == QLatin1String("svg") ? graph->exportSvg(link)
                          : kind == QLatin1String("png")
                              ? graph->exportPng(link)
                              : renderScreenshot(m_window.get(), QStringLiteral("main"), link);
    QCOMPARE(error, QString());

    QVERIFY2(QFileInfo(link).isSymLink(), "the link was replaced by a file");
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY2(written.read(magic.size()) == magic, "the link's target does not hold the export");
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
    if (root) {
        QCOMPARE(st.st_uid, kOwner);
        QCOMPARE(st.st_gid, kGroup);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
}

// Recording what a store holds rebuilds the type tree: the types collapsed stay collapsed, the
// others expanded, and the current version stays current.
void ViewsTest::treeKeepsItsStateWhenTheStructureChanges() {
    QTreeView* tree = m_window->typeTree();
    QAbstractItemModel* model = tree->model();
    const auto typeRow = [model](const QString& name) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 0);
        return QModelIndex();
    };
    tree->collapse(typeRow(QStringLiteral("Film")));
    m_window->selectVersion(QStringLiteral("Invoice-v1.1.0"));
    const auto holds = strata::TypeVersionId::parse("InvoiceLine-v1.1.0");
    QVERIFY(holds.ok());
    QCOMPARE(m_doc->setStoreHolds(QStringLiteral("chinook invoice lines"), *holds), QString());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex type = model->index(row, 0);
        QCOMPARE(tree->isExpanded(type), type.data().toString() != QLatin1String("Film"));
    }
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("v1.1.0"));
    QCOMPARE(tree->currentIndex().parent().data().toString(), QStringLiteral("Invoice"));
}

// A file opens with something to look at: the newest version of the first type that has an
// earlier one (scripts/run.sh opens a copy of the demo this way).
void ViewsTest::openedFileShowsAnEvolvedVersion() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.strata.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/demo/demo.strata.json"), path));
    QVERIFY(m_window->openFile(path));
    QTreeView* tree = m_window->typeTree();
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("v1.1.0"));
    QCOMPARE(tree->currentIndex().parent().data().toString(), QStringLiteral("ChinookCustomer"));
    QTRY_VERIFY(m_window->verdictPanel()->verdictWidget()->summaryText().contains(
        QStringLiteral("ChinookCustomer-v1.0.0 → ChinookCustomer-v1.1.0")));
}

// "ChinookCustomer-v1.1.0 against ChinookCustomer-v1.0.0" on one line made the verdict dock
// wider than the window had room for, and the type tree beside it shrank until every policy
// name was cut ("BACKWA…"): the title wraps, so the dock never needs its whole width.
void ViewsTest::verdictTitleWrapsInsteadOfWideningItsDock() {
    m_window->selectVersion(QStringLiteral("ChinookCustomer-v1.1.0"));
    VerdictPanel* panel = m_window->verdictPanel();
    QTRY_VERIFY(panel->verdictWidget()->summaryText().contains(
        QStringLiteral("ChinookCustomer-v1.0.0 → ChinookCustomer-v1.1.0")));
    QFont bold = panel->font();
    bold.setBold(true);
    const int titleOnOneLine = QFontMetrics(bold).horizontalAdvance(
        QStringLiteral("ChinookCustomer-v1.1.0 against ChinookCustomer-v1.0.0"));
    QVERIFY2(panel->minimumSizeHint().width() < titleOnOneLine,
             qPrintable(QStringLiteral("verdict panel needs %1 px, the title on one line %2 px")
                            .arg(panel->minimumSizeHint().width())
                            .arg(titleOnOneLine)));
}

void ViewsTest::filterTypes() {
    QLineEdit* filter = m_window->typeFilter();
    QTest::keyClicks(filter, QStringLiteral("invoice"));
    QAbstractItemModel* model = m_window->typeTree()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Invoice"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("InvoiceLine"));
    filter->clear();
    QCOMPARE(model->rowCount(), 12);
}

void ViewsTest::policyColumnShowsEveryPolicy_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("typesDockWidth"); // 0: as the window lays it out
    QTest::addColumn<bool>("whole");
    QTest::newRow("en narrow") << QStringLiteral("en") << QStringLiteral("Policy") << 0 << false;
    QTest::newRow("zh_CN narrow") << QStringLiteral("zh_CN") << QStringLiteral("策略") << 0
                                  << false;
    QTest::newRow("en wide") << QStringLiteral("en") << QStringLiteral("Policy") << 480 << true;
    QTest::newRow("zh_CN wide") << QStringLiteral("zh_CN") << QStringLiteral("策略") << 480 << true;
}

// The demo's Invoice has a BACKWARD_TRANSITIVE policy. In a narrow types dock its cell ends
// inside the tree (elided, not cut off by the edge) and its tooltip carries the whole name; in
// a wide one the column holds the longest policy names whole.
void ViewsTest::policyColumnShowsEveryPolicy() {
    QFETCH(QString, language);
    QFETCH(QString, header);
    QFETCH(int, typesDockWidth);
    QFETCH(bool, whole);
    QVERIFY(SettingsDialog::applyLanguage(language));
    if (typesDockWidth > 0) {
        m_window->resize(2000, 900);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("TypesDock"));
        QVERIFY(dock);
        m_window->resizeDocks({dock}, {typesDockWidth}, Qt::Horizontal);
        QTRY_COMPARE(dock->width(), typesDockWidth);
    }
    QTreeView* tree = m_window->typeTree();
    QAbstractItemModel* model = tree->model();
    QCOMPARE(model->headerData(TypeTreeModel::PolicyColumn, Qt::Horizontal).toString(), header);
    QModelIndex invoice;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == QLatin1String("Invoice"))
            invoice = model->index(row, TypeTreeModel::PolicyColumn);
    QVERIFY(invoice.isValid());
    QCOMPARE(invoice.data().toString(), QStringLiteral("BACKWARD_TRANSITIVE"));
    QCOMPARE(invoice.data(Qt::ToolTipRole).toString(), QStringLiteral("BACKWARD_TRANSITIVE"));

    const QRect cell = tree->visualRect(invoice);
    QVERIFY2(cell.left() >= 0 && cell.right() < tree->viewport()->width(),
             qPrintable(QStringLiteral("the policy cell spans x %1..%2 of a %3 px wide tree")
                            .arg(cell.left())
                            .arg(cell.right())
                            .arg(tree->viewport()->width())));
    const int padding =
        2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    const int column = tree->header()->sectionSize(TypeTreeModel::PolicyColumn);
    for (const char* policy : {"BACKWARD_TRANSITIVE", "FORWARD_TRANSITIVE", "FULL_TRANSITIVE"}) {
        const int needed = tree->fontMetrics().horizontalAdvance(QLatin1String(policy)) + padding;
        QVERIFY2((column >= needed) == whole,
                 qPrintable(QStringLiteral("%1 px for %2, which needs %3")
                                .arg(column)
                                .arg(policy)
                                .arg(needed)));
    }
}

// A plan step's title wraps inside the steps table: the row is as tall as the wrapped title,
// so none of it is elided, and the title's tooltip holds it whole.
void ViewsTest::migrationStepTitlesWrap() {
    const QString title = QStringLiteral("copy in key order, server side (INSERT ... SELECT per "
                                         "batch; the key bounds are bound after the expression "
                                         "values)");
    strata::postgres::Plan plan;
    plan.steps.push_back({strata::postgres::Phase::Expand,
                          "create orders__v2_0_0",
                          "CREATE TABLE x ()",
                          {},
                          -1,
                          false});
    plan.steps.push_back({strata::postgres::Phase::Copy,
                          title.toStdString(),
                          "INSERT INTO x SELECT 1",
                          {},
                          5000,
                          false});
    m_window->showView(MainWindow::View::Migration);
    MigrationView* migration = m_window->migrationView();
    migration->stepsModel()->setPlan(&plan);
    QTableView* steps = nullptr;
    for (QTableView* table : migration->findChildren<QTableView*>())
        if (table->accessibleName() == QLatin1String("Plan steps"))
            steps = table;
    QVERIFY(steps);
    QApplication::processEvents();

    const QModelIndex cell = steps->model()->index(1, PlanStepsModel::TitleColumn);
    QCOMPARE(cell.data().toString(), title);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), title);
    const int padding =
        2 * (steps->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, steps) + 1);
    const int width = steps->columnWidth(PlanStepsModel::TitleColumn) - padding;
    const QFontMetrics metrics = steps->fontMetrics();
    QVERIFY2(metrics.horizontalAdvance(title) > 2 * width,
             "the title must need more than two lines for the test to mean anything");
    const int needed =
        metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, title).height();
    QVERIFY2(steps->wordWrap(), "titles must wrap");
    QVERIFY2(steps->rowHeight(1) >= needed,
             qPrintable(QStringLiteral("row of %1 px for a title %2 px tall")
                            .arg(steps->rowHeight(1))
                            .arg(needed)));
    QVERIFY2(steps->rowHeight(0) < steps->rowHeight(1), "a one-line title keeps a short row");
}

void ViewsTest::screenshot_data() {
    QTest::addColumn<QString>("view");
    for (const QString& view : MainWindow::viewNames())
        QTest::newRow(qPrintable(view)) << view;
    QTest::newRow("main") << QStringLiteral("main");
    QTest::newRow("settings") << QStringLiteral("settings");
}

// A screenshot shows the view with something in it, but changes nothing: the workspace is the
// same, unmodified, with nothing to undo.
void ViewsTest::screenshot() {
    QFETCH(QString, view);
    QTemporaryDir dir;
    const QString path = dir.filePath(view + QStringLiteral(".png"));
    const std::string before = strata::serializeWorkspace(m_doc->workspace());
    QCOMPARE(renderScreenshot(m_window.get(), view, path), QString());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_doc->undoStack()->isClean());
    QVERIFY(!m_doc->isModified());
    QVERIFY2(strata::serializeWorkspace(m_doc->workspace()) == before,
             "the screenshot changed the workspace");
    if (view == QLatin1String("clusters")) // the rollout is shown though it is not recorded
        QCOMPARE(m_window->clusterView()->rolloutStateText(),
                 QStringLiteral("Rollout of Order-v1.1.0: <b>created</b>, 0 of 3 node(s) "
                                "upgraded. Safe to roll out."));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 300);
    QVERIFY(!renderScreenshot(m_window.get(), QStringLiteral("nope"), path).isEmpty());
}

void ViewsTest::languageSwitchesLive_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("typesDock");
    QTest::addColumn<QString>("problemsTime");
    QTest::addColumn<QString>("findingsSeverity");
    QTest::addColumn<QString>("graphTab");
    QTest::addColumn<QString>("olderVersionCombo");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                           << QStringLiteral("类型") << QStringLiteral("时间")
                           << QStringLiteral("严重性") << QStringLiteral("依赖图(&G)")
                           << QStringLiteral("旧版本：版本");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File")
                        << QStringLiteral("Types") << QStringLiteral("Time")
                        << QStringLiteral("Severity") << QStringLiteral("&Graph")
                        << QStringLiteral("Older version: version");
}

// Choosing a language applies at once: menus, docks, tabs and model headers are worded again
// without a restart, and switching back restores English.
void ViewsTest::languageSwitchesLive() {
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, typesDock);
    QFETCH(QString, problemsTime);
    QFETCH(QString, findingsSeverity);
    QFETCH(QString, graphTab);
    QFETCH(QString, olderVersionCombo);

    FindingsModel* findings = m_window->verdictPanel()->verdictWidget()->findings();
    QSignalSpy headers(m_problems.get(), &QAbstractItemModel::headerDataChanged);
    QVERIFY(SettingsDialog::applyLanguage(QStringLiteral("zh_CN")));
    QVERIFY(SettingsDialog::applyLanguage(language));
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), fileMenu);
    QVERIFY2(headers.count() >= 1, "the problems model did not announce new headers");
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("TypesDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), typesDock);
    QCOMPARE(m_problems->headerData(ProblemsModel::TimeColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             problemsTime);
    QCOMPARE(findings->headerData(FindingsModel::SeverityColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             findingsSeverity);
    QCOMPARE(m_window->tabs()->tabText(int(MainWindow::View::Graph)), graphTab);
    QStringList comboNames;
    for (const QComboBox* combo : m_window->diffView()->findChildren<QComboBox*>())
        comboNames << combo->accessibleName();
    QVERIFY2(comboNames.contains(olderVersionCombo), qPrintable(comboNames.join(", ")));
}

void ViewsTest::findingsAreWordedInTheInterfaceLanguage() {
    strata::Finding missing{"qty",
                            "field-missing-no-default",
                            strata::Direction::Read,
                            strata::Severity::Error,
                            "reader field 'qty' is absent from the writer and has no default",
                            {{"field", "qty"}}};
    QCOMPARE(FindingText::sentence(missing),
             QStringLiteral("Reader field 'qty' is absent from the writer and has no default."));
    QVERIFY(SettingsDialog::applyLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(FindingText::sentence(missing),
             QStringLiteral("读取方字段“qty”在写入方中不存在，且没有默认值。"));
    strata::Finding unknown = missing;
    unknown.rule = "rule-from-a-newer-engine";
    QCOMPARE(FindingText::sentence(unknown), QString::fromStdString(missing.message));

    // the verdict dock shows the demo's Order-v1.1.0 findings in Chinese, and the model says so
    FindingsModel* findings = m_window->verdictPanel()->verdictWidget()->findings();
    QTRY_VERIFY(findings->rowCount() > 0);
    QSignalSpy changed(findings, &QAbstractItemModel::dataChanged);
    QVERIFY(SettingsDialog::applyLanguage(QStringLiteral("en")));
    QTRY_VERIFY(changed.count() >= 1);
    const QString english = findings->index(0, FindingsModel::MessageColumn).data().toString();
    QVERIFY(SettingsDialog::applyLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(findings->index(0, FindingsModel::MessageColumn).data().toString() != english);
    QCOMPARE(findings->index(0, FindingsModel::MessageColumn).data().toString(),
             FindingText::sentence(findings->row(0)));
}

// A rollout paused in the clusters view is written with the workspace and shown again, in
// the same state, after the file is opened anew.
void ViewsTest::rolloutSurvivesSaveAndReopen() {
    ClusterView* clusters = m_window->clusterView();
    m_window->showView(MainWindow::View::Clusters);
    clusters->showCluster(QStringLiteral("orders"));
    clusters->planRollout(QStringLiteral("Order-v1.1.0"));
    QVERIFY2(clusters->rolloutButton(QStringLiteral("Start"))->isEnabled(),
             qPrintable(clusters->rolloutStateText()));
    QTest::mouseClick(clusters->rolloutButton(QStringLiteral("Start")), Qt::LeftButton);
    QTest::mouseClick(clusters->rolloutButton(QStringLiteral("Upgrade next node")), Qt::LeftButton);
    QTest::mouseClick(clusters->rolloutButton(QStringLiteral("Pause")), Qt::LeftButton);
    const QString paused = clusters->rolloutStateText();
    QCOMPARE(paused, QStringLiteral("Rollout of Order-v1.1.0: <b>paused</b>, 1 of 3 node(s) "
                                    "upgraded. Safe to roll out."));
    QVERIFY(m_doc->isModified());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollout.strata.json"));
    QCOMPARE(m_doc->saveAs(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(
        QJsonDocument(saved[QStringLiteral("clusters")][0][QStringLiteral("rollout")].toObject())
            .toJson(QJsonDocument::Compact),
        QByteArray(R"({"state":"paused","target":"Order-v1.1.0","upgraded":1})"));

    m_window->openDemo();
    waitIdle();
    QVERIFY(m_window->openFile(path));
    waitIdle();
    clusters->showCluster(QStringLiteral("orders"));
    QCOMPARE(clusters->rolloutStateText(), paused);
    QVERIFY(clusters->rolloutButton(QStringLiteral("Resume"))->isEnabled());
    QVERIFY(!clusters->rolloutButton(QStringLiteral("Start"))->isEnabled());
    QVERIFY(clusters->rolloutOrder()->item(0)->font().strikeOut());
    QVERIFY(!clusters->rolloutOrder()->item(1)->font().strikeOut());
    QVERIFY(!m_doc->isModified());
}

void ViewsTest::rolloutReasonsAreWordedInTheInterfaceLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QString>("unfinalised");
    QTest::addColumn<QString>("refused");
    QTest::newRow("zh_CN")
        << QStringLiteral("zh_CN")
        << QStringList{QStringLiteral(
                           "第 1 批：enricher-1（读方）——读方优先：目标版本能读取旧数据"),
                       QStringLiteral("第 2 批：order-api-1（写方）——写方最后："
                                      "旧读方无法读取目标版本的数据"),
                       QStringLiteral("第 2 批：order-api-2（写方）——写方最后："
                                      "旧读方无法读取目标版本的数据"),
                       QStringLiteral(
                           "注意：节点 order-api-2 支持 Order 1.0.0..1.0.0：其升级必须带来对 "
                           "1.1.0 的支持")}
        << QStringLiteral("发布前没有最终版本：没有任何 Item 版本得到法定数 "
                          "2 个节点的支持：a 1.0.0..1.1.0")
        << QStringLiteral("OrderEnriched-v1.0.0 的发布：<b>已创建</b>，已升级 1 个节点中的 0 个。"
                          "发布不安全。<br><span style='color:#d33'>拒绝启动 OrderEnriched-v1.0.0 "
                          "的发布：OrderEnriched-v1.1.0 和 OrderEnriched-v1.0.0 "
                          "都无法读取对方的数据</span>");
    // English is the engine's own wording, unchanged
    QTest::newRow("en")
        << QStringLiteral("en")
        << QStringList{QStringLiteral(
                           "wave 1: enricher-1 (reader) — readers first: the target reads the "
                           "old data"),
                       QStringLiteral(
                           "wave 2: order-api-1 (writer) — writers last: old readers cannot "
                           "read the target's data"),
                       QStringLiteral(
                           "wave 2: order-api-2 (writer) — writers last: old readers cannot "
                           "read the target's data"),
                       QStringLiteral(
                           "note: node order-api-2 supports Order 1.0.0..1.0.0: its upgrade "
                           "must bring support for 1.1.0")}
        << QStringLiteral("no finalised version before the rollout: no version of Item is "
                          "supported by a quorum of 2: a 1.0.0..1.1.0")
        << QStringLiteral("Rollout of OrderEnriched-v1.0.0: <b>created</b>, 0 of 1 node(s) "
                          "upgraded. Not safe to roll out.<br><span style='color:#d33'>refusing "
                          "to start the rollout of OrderEnriched-v1.0.0: neither "
                          "OrderEnriched-v1.1.0 nor OrderEnriched-v1.0.0 reads the other's "
                          "data</span>");
}

// The engine gives each rollout reason a code and its values: the clusters view words them in
// the interface language, including a reason that rests on another.
void ViewsTest::rolloutReasonsAreWordedInTheInterfaceLanguage() {
    QFETCH(QString, language);
    QFETCH(QStringList, order);
    QFETCH(QString, unfinalised);
    QFETCH(QString, refused);
    QVERIFY(SettingsDialog::applyLanguage(language));
    ClusterView* clusters = m_window->clusterView();
    m_window->showView(MainWindow::View::Clusters);
    clusters->showCluster(QStringLiteral("orders"));
    clusters->previewRollout(QStringLiteral("Order-v1.1.0"));
    QStringList shown;
    for (int row = 0; row < clusters->rolloutOrder()->count(); ++row)
        shown << clusters->rolloutOrder()->item(row)->text();
    QCOMPARE(shown, order);

    using Code = strata::RolloutReason::Code;
    const strata::RolloutReason reason = strata::makeRolloutReason(
        Code::NoFinalisedVersion, {},
        {strata::makeRolloutReason(
            Code::NoVersionForQuorum,
            {{"type", "Item"}, {"quorum", "2"}, {"ranges", "a 1.0.0..1.1.0"}})});
    QCOMPARE(RolloutText::sentence(reason), unfinalised);

    // the engine refuses to start an unsafe plan; the view says why in the same language
    clusters->previewRollout(QStringLiteral("OrderEnriched-v1.0.0"));
    const QString startText =
        language == QLatin1String("en") ? QStringLiteral("Start") : QStringLiteral("开始");
    QTRY_VERIFY(clusters->rolloutButton(startText)); // buttons are worded again on an event
    QPushButton* start = clusters->rolloutButton(startText);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(clusters->rolloutStateText(), refused);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void ViewsTest::sizesAreWordedInTheInterfaceLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("progress");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringLiteral("0 / 0 行 · 0 字节 · 0 行/秒 · 预计剩余 未知");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("0 / 0 rows · 0 bytes · 0 rows/s · ETA unknown");
}

// Sizes are formatted in the interface language: the unit "bytes" is not left in English.
void ViewsTest::sizesAreWordedInTheInterfaceLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, progress);
    QVERIFY(SettingsDialog::applyLanguage(language));
    MigrationView view(m_doc.get(), m_problems.get(), m_window->connectionStatus());
    QCOMPARE(view.progressText(), progress);
}

QTEST_MAIN(ViewsTest)
#include "tst_views.moc"
