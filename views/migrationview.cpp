#include "migrationview.h"

#include "bridge.h"
#include "migrationmodels.h"
#include "postgresaccess.h"
#include "problemsmodel.h"
#include "strata/connectors/postgres/connection.h"
#include "versionpicker.h"
#include "workspacedocument.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace strata::qt {

using namespace strata::postgres;

namespace {

QString duration(double seconds) {
    if (seconds < 0)
        return MigrationView::tr("unknown");
    const int s = int(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QPlainTextEdit* codeView(QWidget* parent, const QString& name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

MigrationView::MigrationView(WorkspaceDocument* document, ProblemsModel* problems,
                             ConnectionStatus* status, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_problems(problems)
    , m_session(new MigrationSession(this))
    , m_steps(new PlanStepsModel(this))
    , m_audit(new AuditModel(this)) {
    m_session->setConnectionStatus(status);

    auto* what = new QGroupBox(tr("Table and versions"), this);
    m_profile = new QComboBox(what);
    m_profile->setAccessibleName(tr("Connection profile"));
    m_table = new QComboBox(what);
    m_table->setEditable(true);
    m_table->setAccessibleName(tr("Table"));
    m_table->setToolTip(tr("A PostgreSQL store of the workspace, or schema.table"));
    m_from = new VersionPicker(
        document, [] { return tr("Version the table holds"); }, what);
    m_to = new VersionPicker(
        document, [] { return tr("Target version"); }, what);
    auto* whatForm = new QFormLayout(what);
    whatForm->addRow(tr("Profile:"), m_profile);
    whatForm->addRow(tr("Table:"), m_table);
    whatForm->addRow(tr("Holds:"), m_from);
    whatForm->addRow(tr("Migrate to:"), m_to);

    auto* options = new QGroupBox(tr("Options"), this);
    m_forceCopy = new QCheckBox(tr("Copy even when in place is possible"), options);
    m_clientSide = new QCheckBox(tr("Convert on the client side"), options);
    m_contract = new QCheckBox(tr("Include the contract steps"), options);
    m_confirm = new QCheckBox(tr("Confirm destructive steps"), options);
    m_batchRows = new QSpinBox(options);
    m_batchRows->setRange(1, 10'000'000);
    m_batchRows->setValue(10000);
    m_batchRows->setAccessibleName(tr("Rows per batch"));
    m_throttle = new QSpinBox(options);
    m_throttle->setRange(0, 60000);
    m_throttle->setSuffix(tr(" ms"));
    m_throttle->setAccessibleName(tr("Pause between batches"));
    auto* optionsForm = new QFormLayout(options);
    optionsForm->addRow(m_forceCopy);
    optionsForm->addRow(m_clientSide);
    optionsForm->addRow(m_contract);
    optionsForm->addRow(m_confirm);
    optionsForm->addRow(tr("Rows per batch:"), m_batchRows);
    optionsForm->addRow(tr("Throttle:"), m_throttle);

    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, QString>> names = {
        {QStringLiteral("preview"), tr("&Preview plan")},
        {QStringLiteral("dry-run"), tr("&Dry run")},
        {QStringLiteral("run"), tr("&Run")},
        {QStringLiteral("resume"), tr("Resume from &checkpoint")},
        {QStringLiteral("pause"), tr("P&ause")},
        {QStringLiteral("continue"), tr("C&ontinue")},
        {QStringLiteral("cancel"), tr("Ca&ncel")},
        {QStringLiteral("verify"), tr("&Verify")}};
    for (const auto& [key, text] : names) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(key);
        m_buttons.insert(key, b);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    connect(m_buttons[QStringLiteral("preview")], &QPushButton::clicked, this,
            &MigrationView::previewPlan);
    connect(m_buttons[QStringLiteral("dry-run")], &QPushButton::clicked, this,
            &MigrationView::dryRun);
    connect(m_buttons[QStringLiteral("run")], &QPushButton::clicked, this,
            &MigrationView::runMigration);
    connect(m_buttons[QStringLiteral("resume")], &QPushButton::clicked, this,
            &MigrationView::resumeMigration);
    connect(m_buttons[QStringLiteral("pause")], &QPushButton::clicked, m_session,
            &MigrationSession::pause);
    connect(m_buttons[QStringLiteral("continue")], &QPushButton::clicked, m_session,
            &MigrationSession::proceed);
    connect(m_buttons[QStringLiteral("cancel")], &QPushButton::clicked, m_session,
            &MigrationSession::cancel);
    connect(m_buttons[QStringLiteral("verify")], &QPushButton::clicked, this,
            &MigrationView::verifyMigration);

    // the plan, left
    m_summary = new QLabel(tr("Choose a table and a target version, then preview the plan."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Plan summary"));
    m_stepsView = new QTableView(this);
    m_stepsView->setModel(m_steps);
    m_stepsView->setAccessibleName(tr("Plan steps"));
    m_stepsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepsView->verticalHeader()->hide();
    // titles wrap and each row is as tall as its title: on one line they were elided even in
    // a wide window, and a title says what a step does
    m_stepsView->setWordWrap(true);
    m_stepsView->setTextElideMode(Qt::ElideMiddle);
    m_stepsView->horizontalHeader()->setSectionResizeMode(PlanStepsModel::TitleColumn,
                                                          QHeaderView::Stretch);
    m_stepsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // the short columns fit their contents and leave the rest of the width to the titles
    connect(m_steps, &QAbstractItemModel::modelReset, m_stepsView, [this] {
        for (int column : {int(PlanStepsModel::NumberColumn), int(PlanStepsModel::PhaseColumn),
                           int(PlanStepsModel::RowsColumn), int(PlanStepsModel::DestructiveColumn)})
            m_stepsView->resizeColumnToContents(column);
    });
    m_sql = codeView(this, tr("SQL of the selected step"));
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_fullPlan = codeView(this, tr("Full plan"));
    auto* stepsSplit = new QSplitter(Qt::Vertical, this);
    stepsSplit->addWidget(m_stepsView);
    stepsSplit->addWidget(m_sql);
    m_planTabs = new QTabWidget(this);
    m_planTabs->addTab(stepsSplit, tr("Steps"));
    m_planTabs->addTab(m_fullPlan, tr("Full plan"));
    connect(m_stepsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_sql->setPlainText(m_steps->sqlText(current.row()));
            });

    auto* planPanel = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planPanel);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_summary);
    planLayout->addWidget(m_planTabs, 1);

    // the run, right
    m_state = new QLabel(this);
    m_state->setAccessibleName(tr("Migration state"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Migration progress"));
    m_progressText = new QLabel(this);
    m_progressText->setAccessibleName(tr("Rows, bytes, rows per second and time left"));
    m_series = new QLineSeries(this);
    m_series->setName(tr("rows/s"));
    auto* chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setTitle(tr("Throughput"));
    m_axisX = new QValueAxis(chart);
    m_axisX->setTitleText(tr("seconds"));
    m_axisX->setLabelFormat(QStringLiteral("%g"));
    m_axisY = new QValueAxis(chart);
    m_axisY->setTitleText(tr("rows/s"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setRange(0, 10);
    m_axisY->setRange(0, 1000);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(170);
    m_chartView->setAccessibleName(tr("Throughput chart"));
    m_log = codeView(this, tr("Migration log"));
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_auditView = new QTableView(this);
    m_auditView->setModel(m_audit);
    m_auditView->setAccessibleName(tr("Audit entries of the table"));
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_runTabs = new QTabWidget(this);
    m_runTabs->addTab(m_log, tr("Log"));
    m_runTabs->addTab(m_auditView, tr("Audit (%1)").arg(0));

    auto* runPanel = new QWidget(this);
    auto* runLayout = new QVBoxLayout(runPanel);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(m_state);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_progressText);
    runLayout->addWidget(m_chartView, 1);
    runLayout->addWidget(m_runTabs, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(planPanel);
    split->addWidget(runPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* top = new QHBoxLayout;
    top->addWidget(what, 3);
    top->addWidget(options, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_table, &QComboBox::activated, this, &MigrationView::storeChosen);
    connect(document, &WorkspaceDocument::workspaceReset, this, &MigrationView::reloadWorkspace);
    connect(m_session, &MigrationSession::planChanged, this, &MigrationView::showPlan);
    connect(m_session, &MigrationSession::progressChanged, this, &MigrationView::showProgress);
    connect(m_session, &MigrationSession::stateChanged, this, &MigrationView::showState);
    connect(m_session, &MigrationSession::stateChanged, this, &MigrationView::recordCompletion);
    connect(m_session, &MigrationSession::logLine, this, &MigrationView::appendLog);
    connect(m_session, &MigrationSession::auditChanged, this, [this] {
        m_audit->setEntries(m_session->audit());
        m_runTabs->setTabText(m_runTabs->indexOf(m_auditView),
                              tr("Audit (%1)").arg(m_audit->rowCount()));
        m_auditView->resizeColumnsToContents();
    });
    reloadWorkspace();
    showProgress();
    showState();
}

MigrationView::~MigrationView() = default;

void MigrationView::reloadWorkspace() {
    const Workspace& ws = m_document->workspace();
    const QString profile = m_profile->currentText();
    m_profile->clear();
    m_profile->addItems(postgresProfileNames(ws));
    if (!profile.isEmpty())
        m_profile->setCurrentText(profile);
    const QString table = m_table->currentText();
    m_table->clear();
    for (const StoreObject& s : ws.stores)
        if (s.kind == StoreKind::Postgres)
            m_table->addItem(toQString(s.object), toQString(s.name));
    if (!table.isEmpty())
        m_table->setCurrentText(table);
    else if (m_table->count() > 0)
        storeChosen();
}

void MigrationView::storeChosen() {
    const QString storeName = m_table->currentData().toString();
    for (const StoreObject& s : m_document->workspace().stores) {
        if (toQString(s.name) != storeName)
            continue;
        m_profile->setCurrentText(toQString(s.profile));
        m_from->setVersion(versionLabel(s.holds));
        m_to->followType(toQString(s.holds.name));
        if (const TypeDef* type = m_document->workspace().findType(s.holds.name);
            type && type->latest())
            m_to->setVersion(versionLabel(type->latest()->id));
    }
}

void MigrationView::configure(const QString& profile, const QString& table, const QString& from,
                              const QString& to) {
    m_profile->setCurrentText(profile);
    m_table->setCurrentText(table);
    m_from->setVersion(from);
    m_to->setVersion(to);
}

void MigrationView::setRunOptions(long long batchRows, int throttleMs, bool confirmDestructive) {
    m_batchRows->setValue(int(batchRows));
    m_throttle->setValue(throttleMs);
    m_confirm->setChecked(confirmDestructive);
}

void MigrationView::setPlanOptions(bool forceCopy, bool clientSide, bool contract) {
    m_forceCopy->setChecked(forceCopy);
    m_clientSide->setChecked(clientSide);
    m_contract->setChecked(contract);
}

bool MigrationView::applyTarget(bool needVersions) {
    const Workspace& ws = m_document->workspace();
    const ConnectionProfile* profile = findProfile(ws, m_profile->currentText());
    const QString table = m_table->currentText().trimmed();
    const std::optional<TypeVersionId> from = m_from->version();
    const std::optional<TypeVersionId> to = m_to->version();
    QString problem;
    if (!profile)
        problem = tr("Choose a PostgreSQL connection profile.");
    else if (table.isEmpty())
        problem = tr("Choose a table.");
    else if (!from || !to)
        problem = tr("Choose the version the table holds and the version to migrate to.");
    else if (needVersions && (from->name != to->name || *from == *to))
        problem = tr("The target must be another version of %1.").arg(toQString(from->name));
    if (!problem.isEmpty()) {
        appendLog(problem, QtWarningMsg);
        return false;
    }
    MigrationTarget target;
    target.profile = *profile;
    target.workspace = ws;
    target.store = {toStd(table), StoreKind::Postgres, toStd(table), *from, profile->name};
    for (const StoreObject& s : ws.stores)
        if (s.kind == StoreKind::Postgres && toQString(s.object) == table)
            target.store.name = s.name;
    target.to = *to;
    target.planOptions.forceCopy = m_forceCopy->isChecked();
    target.planOptions.clientSide = m_clientSide->isChecked();
    target.planOptions.contract = m_contract->isChecked();
    m_session->setTarget(std::move(target));
    return true;
}

void MigrationView::previewPlan() {
    if (applyTarget())
        m_session->preview(); // then reads the audit entries
}

void MigrationView::dryRun() {
    if (applyTarget())
        m_session->dryRun();
}

void MigrationView::runMigration() {
    runWith(false);
}
void MigrationView::resumeMigration() {
    runWith(true);
}

void MigrationView::runWith(bool resume) {
    if (!applyTarget())
        return;
    RunSettings settings;
    settings.batchRows = m_batchRows->value();
    settings.throttleMs = m_throttle->value();
    settings.confirmDestructive = m_confirm->isChecked();
    m_series->clear();
    m_session->run(settings, resume);
}

void MigrationView::verifyMigration() {
    if (applyTarget(false)) // verification reads the versions from the table's checkpoint
        m_session->verify();
}

void MigrationView::showPlan() {
    const std::optional<Plan>& plan = m_session->plan();
    m_steps->setPlan(plan ? &*plan : nullptr);
    m_sql->clear();
    m_fullPlan->setPlainText(plan ? toQString(planToText(*plan)) : QString());
    m_summary->setText(planSummary());
    if (plan && !plan->steps.empty())
        m_stepsView->selectRow(0);
    showState();
}

QString MigrationView::planSummary() const {
    const std::optional<Plan>& plan = m_session->plan();
    if (!plan)
        return tr("No plan yet.");
    QStringList lines;
    QString strategy = toQString(toString(plan->strategy));
    if (plan->strategy == Strategy::Copy)
        strategy += plan->serverSide
                        ? tr(" (server side: INSERT … SELECT)")
                        : tr(" (client side: %1)").arg(toQString(plan->clientSideReason));
    lines << tr("Plan %1: %2.%3 %4 → %5")
                 .arg(toQString(plan->fingerprint()), toQString(plan->schema),
                      toQString(plan->table), versionLabel(plan->from), versionLabel(plan->to));
    lines << tr("Strategy: %1; %2 rows estimated; %3 steps")
                 .arg(strategy)
                 .arg(plan->rowEstimate)
                 .arg(plan->steps.size());
    for (const std::string& note : plan->notes)
        lines << tr("Note: %1").arg(toQString(note));
    for (const std::string& d : plan->destructive)
        lines << tr("Destructive: %1").arg(toQString(d));
    for (const Blocker& b : plan->blockers) {
        lines << tr("BLOCKED: %1: %2").arg(toQString(b.column), toQString(b.reason));
        for (const std::string& row : b.rows)
            lines << QStringLiteral("    ") + toQString(row);
    }
    return lines.join(QLatin1Char('\n'));
}

QString MigrationView::fullPlanText() const {
    return m_fullPlan->toPlainText();
}
QString MigrationView::selectedSql() const {
    return m_sql->toPlainText();
}
QString MigrationView::progressText() const {
    return m_progressText->text();
}
int MigrationView::progressValue() const {
    return m_progress->value();
}
QString MigrationView::logText() const {
    return m_log->toPlainText();
}
QPushButton* MigrationView::button(const QString& name) const {
    return m_buttons.value(name);
}
int MigrationView::chartPoints() const {
    return int(m_series->count());
}

void MigrationView::showProgress() {
    const Progress& p = m_session->progress();
    const QLocale locale;
    const double fraction =
        p.rowsTotal > 0 ? std::min(1.0, double(p.rowsDone) / double(p.rowsTotal)) : 0.0;
    m_progress->setValue(int(fraction * 1000));
    m_progress->setFormat(QStringLiteral("%1%").arg(fraction * 100, 0, 'f', 1));
    m_progressText->setText(tr("%1 / %2 rows · %3 · %4 rows/s · ETA %5")
                                .arg(locale.toString(p.rowsDone), locale.toString(p.rowsTotal),
                                     locale.formattedDataSize(p.bytesDone),
                                     locale.toString(qRound64(p.rowsPerSecond)),
                                     duration(p.etaSeconds)));
    const QVector<QPointF>& points = m_session->throughput();
    if (points.size() == m_series->count())
        return;
    m_series->replace(QList<QPointF>(points.begin(), points.end()));
    double top = 1;
    for (const QPointF& point : points)
        top = std::max(top, point.y());
    m_axisX->setRange(0, points.isEmpty() ? 10 : std::max(10.0, points.last().x()));
    m_axisY->setRange(0, std::max(1000.0, top * 1.1));
    m_axisX->applyNiceNumbers();
    m_axisY->applyNiceNumbers();
}

void MigrationView::recordCompletion() {
    // like stratactl migrate: once the switch happened, the workspace says the store holds B
    const std::optional<Outcome> outcome = m_session->outcome();
    if (m_session->state() != MigrationSession::State::Completed || !outcome)
        return;
    const MigrationTarget& target = m_session->target();
    const QString store = toQString(target.store.name);
    // setStoreHolds() replaces the workspace: find the store first, change it after
    const auto& stores = m_document->workspace().stores;
    const bool heldTheSource = std::any_of(stores.begin(), stores.end(), [&](const StoreObject& s) {
        return toQString(s.name) == store && s.holds == target.store.holds;
    });
    if (!heldTheSource)
        return;
    const QString error = m_document->setStoreHolds(store, target.to);
    if (!error.isEmpty()) {
        appendLog(error, QtWarningMsg);
        return;
    }
    appendLog(tr("The workspace now records that %1 holds %2.").arg(store, versionLabel(target.to)),
              QtInfoMsg);
    m_from->setVersion(versionLabel(target.to));
}

void MigrationView::showState() {
    using State = MigrationSession::State;
    const State state = m_session->state();
    m_state->setText(tr("State: %1").arg(MigrationSession::stateName(state)));
    const bool busy = m_session->isBusy();
    const bool blocked = m_session->plan() && m_session->plan()->blocked();
    m_buttons[QStringLiteral("preview")]->setEnabled(!busy);
    m_buttons[QStringLiteral("dry-run")]->setEnabled(!busy);
    m_buttons[QStringLiteral("run")]->setEnabled(!busy && !blocked);
    m_buttons[QStringLiteral("resume")]->setEnabled(!busy && !blocked);
    m_buttons[QStringLiteral("verify")]->setEnabled(!busy);
    m_buttons[QStringLiteral("pause")]->setEnabled(state == State::Running);
    m_buttons[QStringLiteral("continue")]->setEnabled(state == State::Paused);
    m_buttons[QStringLiteral("cancel")]->setEnabled(state == State::Running ||
                                                    state == State::Paused);
}

void MigrationView::appendLog(const QString& text, int type) {
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(QStringLiteral("%1 %2").arg(stamp, text));
    if ((type == QtWarningMsg || type == QtCriticalMsg) && m_problems)
        m_problems->report(QtMsgType(type), QStringLiteral("strata.views.migration"),
                           tr("Migration of %1: %2").arg(m_table->currentText(), text));
}

} // namespace strata::qt
