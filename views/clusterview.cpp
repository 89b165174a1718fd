#include "clusterview.h"

#include "bridge.h"
#include "clustermodel.h"
#include "postgresaccess.h"
#include "versionpicker.h"
#include "workspacedocument.h"

#include "strata/cluster/rollout.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QTime>
#include <QtConcurrent/QtConcurrentRun>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::qt {

namespace {

QString stateName(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Created: return ClusterView::tr("created");
    case LifecycleState::Running: return ClusterView::tr("running");
    case LifecycleState::Paused: return ClusterView::tr("paused");
    case LifecycleState::Completed: return ClusterView::tr("completed");
    case LifecycleState::Failed: return ClusterView::tr("failed");
    case LifecycleState::Cancelled: return ClusterView::tr("cancelled");
    }
    return {};
}

} // namespace

ClusterView::ClusterView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_cluster(new QComboBox(this)),
      m_summary(new QLabel(this)), m_finalised(new QLabel(this)), m_nodes(new QTableView(this)),
      m_model(new ClusterModel(this)), m_stores(new QTableWidget(this)),
      m_target(new VersionPicker(document, tr("Rollout target"), this)),
      m_rolloutState(new QLabel(this)), m_order(new QListWidget(this)),
      m_plan(new QPushButton(tr("Plan rollout"), this)),
      m_start(new QPushButton(tr("Start"), this)), m_pause(new QPushButton(tr("Pause"), this)),
      m_resume(new QPushButton(tr("Resume"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_next(new QPushButton(tr("Upgrade next node"), this)),
      m_inventoryProfile(new QComboBox(this)),
      m_loadInventory(new QPushButton(tr("Load inventory from database"), this))
{
    m_inventoryProfile->setAccessibleName(tr("Profile of the inventory database"));
    m_loadInventory->setToolTip(tr("Read the nodes of this cluster from the live table "
                                   "strata.node_inventory"));
    m_cluster->setAccessibleName(tr("Cluster"));
    m_summary->setWordWrap(true);
    m_finalised->setWordWrap(true);
    m_finalised->setAccessibleName(tr("Finalised versions"));
    m_nodes->setModel(m_model);
    m_nodes->setAccessibleName(tr("Nodes and supported version ranges"));
    m_nodes->verticalHeader()->hide();
    m_nodes->setAlternatingRowColors(true);
    m_stores->setAccessibleName(tr("Store objects"));
    m_stores->setColumnCount(5);
    m_stores->setHorizontalHeaderLabels(
        {tr("Store"), tr("Kind"), tr("Object"), tr("Holds"), tr("Connection")});
    m_stores->verticalHeader()->hide();
    m_stores->horizontalHeader()->setStretchLastSection(true);
    m_stores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_order->setAccessibleName(tr("Rollout order"));
    m_rolloutState->setWordWrap(true);
    m_rolloutState->setAccessibleName(tr("Rollout state"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Cluster:"), this));
    top->addWidget(m_cluster, 1);
    top->addWidget(new QLabel(tr("Inventory:"), this));
    top->addWidget(m_inventoryProfile);
    top->addWidget(m_loadInventory);

    auto* rollout = new QGroupBox(tr("Rollout"), this);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("Target:"), rollout));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_plan);
    auto* controls = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_pause, m_resume, m_next, m_cancel}) {
        b->setAccessibleName(tr("%1 rollout").arg(b->text()));
        controls->addWidget(b);
    }
    controls->addStretch();
    auto* rolloutLayout = new QVBoxLayout(rollout);
    rolloutLayout->addLayout(targetRow);
    rolloutLayout->addWidget(m_rolloutState);
    rolloutLayout->addWidget(m_order, 1);
    rolloutLayout->addLayout(controls);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_nodes, 1);
    upperLayout->addWidget(m_finalised);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* storesBox = new QGroupBox(tr("Store objects and the version they hold"), this);
    auto* storesLayout = new QVBoxLayout(storesBox);
    storesLayout->addWidget(m_stores);
    lowerLayout->addWidget(rollout, 1);
    lowerLayout->addWidget(storesBox, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        m_live.reset();
        showCurrent();
    });
    connect(m_loadInventory, &QPushButton::clicked, this,
            [this] { loadInventory(m_inventoryProfile->currentText()); });
    connect(document, &WorkspaceDocument::workspaceReset, this, &ClusterView::reload);
    connect(m_plan, &QPushButton::clicked, this, &ClusterView::plan);
    auto drive = [this](auto action) {
        return [this, action] {
            if (!m_rollout)
                return;
            const Status status = action(*m_rollout);
            updateRolloutState(status ? QString() : toQString(status.error().describe()));
        };
    };
    connect(m_start, &QPushButton::clicked, this, drive([](Rollout& r) { return r.start(); }));
    connect(m_pause, &QPushButton::clicked, this, drive([](Rollout& r) { return r.pause(); }));
    connect(m_resume, &QPushButton::clicked, this, drive([](Rollout& r) { return r.resume(); }));
    connect(m_cancel, &QPushButton::clicked, this, drive([](Rollout& r) { return r.cancel(); }));
    connect(m_next, &QPushButton::clicked, this, drive([](Rollout& r) -> Status {
                Result<std::string> node = r.upgradeNext();
                return node ? Status() : Status(node.error());
            }));
    reload();
}

ClusterView::~ClusterView() = default;

void ClusterView::reload()
{
    m_live.reset();
    reloadProfiles();
    {
        const QSignalBlocker blocker(m_cluster);
        m_cluster->clear();
        for (const Cluster& c : m_document->workspace().clusters)
            m_cluster->addItem(toQString(c.name));
    }
    const auto& stores = m_document->workspace().stores;
    m_stores->setRowCount(int(stores.size()));
    for (int row = 0; row < int(stores.size()); ++row) {
        const StoreObject& s = stores[size_t(row)];
        const QStringList cells = {toQString(s.name), storeKindName(s.kind), toQString(s.object),
                                   versionLabel(s.holds), toQString(s.profile)};
        for (int column = 0; column < cells.size(); ++column)
            m_stores->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_stores->resizeColumnsToContents();
    showCurrent();
}

void ClusterView::showCluster(const QString& name)
{
    const int at = m_cluster->findText(name);
    if (at >= 0)
        m_cluster->setCurrentIndex(at);
}

QString ClusterView::finalisedText() const { return m_finalised->text(); }
QString ClusterView::rolloutStateText() const { return m_rolloutState->text(); }

QPushButton* ClusterView::rolloutButton(const QString& action) const
{
    for (QPushButton* b : {m_plan, m_start, m_pause, m_resume, m_cancel, m_next})
        if (b->text() == action)
            return b;
    return nullptr;
}

const Cluster* ClusterView::currentCluster() const
{
    if (m_live)
        return &*m_live;
    const auto& clusters = m_document->workspace().clusters;
    const int at = m_cluster->currentIndex();
    return at >= 0 && at < int(clusters.size()) ? &clusters[size_t(at)] : nullptr;
}

void ClusterView::reloadProfiles()
{
    const QString current = m_inventoryProfile->currentText();
    m_inventoryProfile->clear();
    m_inventoryProfile->addItems(postgresProfileNames(m_document->workspace()));
    if (!current.isEmpty())
        m_inventoryProfile->setCurrentText(current);
    m_loadInventory->setEnabled(m_inventoryProfile->count() > 0 && !m_loading);
}

QString ClusterView::summaryText() const { return m_summary->text(); }

void ClusterView::loadInventory(const QString& profileName)
{
    const ConnectionProfile* profile = findProfile(m_document->workspace(), profileName);
    const QString cluster = m_cluster->currentText();
    if (!profile || cluster.isEmpty() || m_loading) {
        emit inventoryLoaded(tr("Pick a cluster and a PostgreSQL profile."));
        return;
    }
    m_loading = true;
    m_loadInventory->setEnabled(false);
    m_summary->setText(tr("Reading the inventory of %1 from %2…").arg(cluster, profileName));
    if (m_status)
        m_status->set(profileName, ConnectionStatus::State::Connecting);
    auto* watcher = new QFutureWatcher<Result<Cluster>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, profileName] {
        watcher->deleteLater();
        m_loading = false;
        m_loadInventory->setEnabled(true);
        const Result<Cluster> live = watcher->result();
        if (m_status)
            m_status->set(profileName,
                          live || live.error().code == ErrorCode::NotFound
                              ? ConnectionStatus::State::Connected
                              : ConnectionStatus::State::Failed,
                          live ? QString() : toQString(live.error().message));
        if (!live) {
            const QString error = toQString(live.error().describe());
            showCurrent();
            m_summary->setText(tr("Live inventory: %1").arg(error));
            emit inventoryLoaded(error);
            return;
        }
        m_live = *live;
        m_liveSource = tr("live inventory from %1 at %2")
                           .arg(profileName, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
        showCurrent();
        emit inventoryLoaded({});
    });
    watcher->setFuture(QtConcurrent::run(
        [p = *profile, cluster] { return strata::qt::loadInventory(p, cluster); }));
}

void ClusterView::showCurrent()
{
    const Cluster* cluster = currentCluster();
    m_model->setCluster(cluster);
    m_nodes->resizeColumnsToContents();
    m_rollout.reset();
    m_order->clear();
    updateRolloutState();
    if (!cluster) {
        m_summary->setText(tr("The workspace has no clusters."));
        m_finalised->clear();
        return;
    }
    const int live = int(std::count_if(cluster->nodes.begin(), cluster->nodes.end(),
                                       [](const ClusterNode& n) { return n.live; }));
    m_summary->setText(
        tr("%1 of %2 node(s) live. Quorum: %3. Each cell is the range of versions a node can "
           "read and write for that type.")
            .arg(live)
            .arg(cluster->nodes.size())
            .arg(cluster->quorum == 0 ? tr("every live node") : QString::number(cluster->quorum)) +
        (m_live ? QStringLiteral(" (%1)").arg(m_liveSource) : QString()));
    QStringList finalised;
    for (const QString& type : m_model->typeNames()) {
        const FinalisedVersion f = finalisedVersion(m_document->workspace(), *cluster, toStd(type));
        finalised << (f.version ? tr("%1 <b>%2</b>").arg(type, toQString(f.version->toString()))
                                : tr("%1 <b>none</b> (%2)").arg(type, toQString(f.reason)));
    }
    m_finalised->setText(tr("Finalised versions: %1").arg(finalised.join(QStringLiteral(" · "))));
    if (!m_model->typeNames().isEmpty())
        m_target->followType(m_model->typeNames().first());
}

void ClusterView::planRollout(const QString& target)
{
    m_target->setVersion(target);
    plan();
}

void ClusterView::plan()
{
    const Cluster* cluster = currentCluster();
    const auto target = m_target->version();
    m_order->clear();
    m_rollout.reset();
    if (!cluster || !target) {
        updateRolloutState(tr("Pick a cluster and a target version."));
        return;
    }
    Result<RolloutPlan> plan =
        strata::planRollout(m_document->workspace(), *cluster, *target);
    if (!plan) {
        updateRolloutState(toQString(plan.error().describe()));
        return;
    }
    for (const RolloutStep& step : plan->order)
        m_order->addItem(tr("wave %1: %2 (%3) — %4")
                             .arg(step.wave)
                             .arg(toQString(step.node), roleName(step.role), toQString(step.why)));
    for (const auto& reason : plan->reasons)
        m_order->addItem(tr("blocked: %1").arg(toQString(reason)));
    for (const auto& warning : plan->warnings)
        m_order->addItem(tr("note: %1").arg(toQString(warning)));
    m_rollout = std::make_unique<Rollout>(std::move(plan.value()));
    updateRolloutState();
}

void ClusterView::updateRolloutState(const QString& error)
{
    const bool have = m_rollout != nullptr;
    const LifecycleState state = have ? m_rollout->state() : LifecycleState::Created;
    m_start->setEnabled(have && state == LifecycleState::Created);
    m_pause->setEnabled(have && state == LifecycleState::Running);
    m_resume->setEnabled(have && state == LifecycleState::Paused);
    m_next->setEnabled(have && state == LifecycleState::Running);
    m_cancel->setEnabled(have && !isTerminal(state));
    if (!have) {
        m_rolloutState->setText(error.isEmpty() ? tr("Pick a target version and plan a rollout.")
                                                : error);
        return;
    }
    const RolloutPlan& plan = m_rollout->plan();
    QString text = tr("Rollout of %1: <b>%2</b>, %3 of %4 node(s) upgraded. %5")
                       .arg(versionLabel(plan.target), stateName(state))
                       .arg(m_rollout->upgradedCount())
                       .arg(plan.order.size())
                       .arg(plan.safe ? tr("Safe to roll out.") : tr("Not safe to roll out."));
    if (!error.isEmpty())
        text += QStringLiteral("<br><span style='color:#d33'>%1</span>").arg(error.toHtmlEscaped());
    m_rolloutState->setText(text);
    for (int i = 0; i < m_order->count() && i < int(plan.order.size()); ++i) {
        QFont font = m_order->item(i)->font();
        font.setStrikeOut(size_t(i) < m_rollout->upgradedCount());
        m_order->item(i)->setFont(font);
    }
}

} // namespace strata::qt
