#include "clusterview.h"

#include "bridge.h"
#include "clustermodel.h"
#include "postgresaccess.h"
#include "rollouttext.h"
#include "strata/cluster/rollout.h"
#include "versionpicker.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
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
#include <QTime>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace strata::qt {

namespace {

QString stateName(LifecycleState state) {
    switch (state) {
    case LifecycleState::Created:
        return ClusterView::tr("created");
    case LifecycleState::Running:
        return ClusterView::tr("running");
    case LifecycleState::Paused:
        return ClusterView::tr("paused");
    case LifecycleState::Completed:
        return ClusterView::tr("completed");
    case LifecycleState::Failed:
        return ClusterView::tr("failed");
    case LifecycleState::Cancelled:
        return ClusterView::tr("cancelled");
    }
    return {};
}

// Why an unsafe plan cannot start, worded as Rollout::start() does in English.
QString refusalText(const RolloutPlan& plan) {
    QStringList reasons;
    for (const RolloutReason& reason : plan.reasons)
        reasons << RolloutText::sentence(reason);
    return ClusterView::tr("refusing to start the rollout of %1: %2")
        .arg(versionLabel(plan.target), reasons.join(QStringLiteral("; ")));
}

} // namespace

ClusterView::ClusterView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_cluster(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_finalised(new QLabel(this))
    , m_nodes(new QTableView(this))
    , m_model(new ClusterModel(this))
    , m_stores(new QTableWidget(this))
    , m_target(new VersionPicker(
          document, [] { return tr("Rollout target"); }, this))
    , m_rolloutState(new QLabel(this))
    , m_order(new QListWidget(this))
    , m_plan(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_inventoryProfile(new QComboBox(this))
    , m_loadInventory(new QPushButton(this)) {
    m_texts.add([this] {
        m_inventoryProfile->setAccessibleName(tr("Profile of the inventory database"));
        m_loadInventory->setText(tr("Load inventory from database"));
        m_loadInventory->setToolTip(tr("Read the nodes of this cluster from the live table "
                                       "strata.node_inventory"));
    });
    m_summary->setWordWrap(true);
    m_finalised->setWordWrap(true);
    m_nodes->setModel(m_model);
    m_nodes->verticalHeader()->hide();
    m_nodes->setAlternatingRowColors(true);
    m_stores->setColumnCount(5);
    m_stores->verticalHeader()->hide();
    m_stores->horizontalHeader()->setStretchLastSection(true);
    m_stores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rolloutState->setWordWrap(true);
    m_texts.add([this] {
        m_cluster->setAccessibleName(tr("Cluster"));
        m_finalised->setAccessibleName(tr("Finalised versions"));
        m_nodes->setAccessibleName(tr("Nodes and supported version ranges"));
        m_stores->setAccessibleName(tr("Store objects"));
        m_stores->setHorizontalHeaderLabels(
            {tr("Store"), tr("Kind"), tr("Object"), tr("Holds"), tr("Connection")});
        m_order->setAccessibleName(tr("Rollout order"));
        m_rolloutState->setAccessibleName(tr("Rollout state"));
        m_plan->setText(tr("Plan rollout"));
        m_start->setText(tr("Start"));
        m_pause->setText(tr("Pause"));
        m_resume->setText(tr("Resume"));
        m_cancel->setText(tr("Cancel"));
        m_next->setText(tr("Upgrade next node"));
        for (QPushButton* b : {m_start, m_pause, m_resume, m_next, m_cancel})
            b->setAccessibleName(tr("%1 rollout").arg(b->text()));
    });

    auto* top = new QHBoxLayout;
    auto* clusterLabel = new QLabel(this);
    m_texts.add([clusterLabel] { clusterLabel->setText(tr("Cluster:")); });
    top->addWidget(clusterLabel);
    top->addWidget(m_cluster, 1);
    auto* inventoryLabel = new QLabel(this);
    m_texts.add([inventoryLabel] { inventoryLabel->setText(tr("Inventory:")); });
    top->addWidget(inventoryLabel);
    top->addWidget(m_inventoryProfile);
    top->addWidget(m_loadInventory);

    auto* rollout = new QGroupBox(this);
    auto* targetLabel = new QLabel(rollout);
    m_texts.add([rollout, targetLabel] {
        rollout->setTitle(tr("Rollout"));
        targetLabel->setText(tr("Target:"));
    });
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_plan);
    auto* controls = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_pause, m_resume, m_next, m_cancel})
        controls->addWidget(b);
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
    auto* storesBox = new QGroupBox(this);
    m_texts.add(
        [storesBox] { storesBox->setTitle(tr("Store objects and the version they hold")); });
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
    connect(document, &WorkspaceDocument::rolloutChanged, this, [this](const QString& cluster) {
        const Cluster* current = currentCluster();
        if (!current || toQString(current->name) != cluster)
            return;
        const auto saved = current->rollout;
        const auto shown = m_rollout ? std::optional(m_rollout->record()) : std::nullopt;
        if (saved != shown)
            showCurrent(); // undo or redo of a rollout step
    });
    connect(m_plan, &QPushButton::clicked, this, [this] { plan(Recording::Undoable); });
    // each step is recorded in the workspace (undoable), so saving keeps the rollout's state
    auto drive = [this](auto action, const char* step) {
        return [this, action, step] {
            if (!m_rollout)
                return;
            const Status status = action(*m_rollout);
            if (status)
                recordRollout(tr(step));
            updateRolloutState(status ? QString() : toQString(status.error().describe()));
        };
    };
    // the engine refuses an unsafe plan in English: the view says why in the interface language
    connect(m_start, &QPushButton::clicked, this,
            [this,
             start = drive([](Rollout& r) { return r.start(); }, QT_TR_NOOP("Start the rollout"))] {
                if (m_rollout && !m_rollout->plan().safe)
                    updateRolloutState(refusalText(m_rollout->plan()));
                else
                    start();
            });
    connect(m_pause, &QPushButton::clicked, this,
            drive([](Rollout& r) { return r.pause(); }, QT_TR_NOOP("Pause the rollout")));
    connect(m_resume, &QPushButton::clicked, this,
            drive([](Rollout& r) { return r.resume(); }, QT_TR_NOOP("Resume the rollout")));
    connect(m_cancel, &QPushButton::clicked, this,
            drive([](Rollout& r) { return r.cancel(); }, QT_TR_NOOP("Cancel the rollout")));
    connect(m_next, &QPushButton::clicked, this,
            drive(
                [](Rollout& r) -> Status {
                    Result<std::string> node = r.upgradeNext();
                    return node ? Status() : Status(node.error());
                },
                QT_TR_NOOP("Upgrade the next node")));
    reload();
}

void ClusterView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        fillStores();
        describeCluster();
        if (m_rollout)
            showOrder(m_rollout->plan());
        updateRolloutState();
    }
    QWidget::changeEvent(event);
}

void ClusterView::recordRollout(const QString& step) {
    if (const Cluster* cluster = currentCluster())
        m_document->setRollout(toQString(cluster->name),
                               m_rollout ? std::optional(m_rollout->record()) : std::nullopt, step);
}

ClusterView::~ClusterView() = default;

void ClusterView::reload() {
    m_live.reset();
    reloadProfiles();
    {
        const QSignalBlocker blocker(m_cluster);
        m_cluster->clear();
        for (const Cluster& c : m_document->workspace().clusters)
            m_cluster->addItem(toQString(c.name));
    }
    fillStores();
    showCurrent();
}

void ClusterView::fillStores() {
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
}

void ClusterView::showCluster(const QString& name) {
    const int at = m_cluster->findText(name);
    if (at >= 0)
        m_cluster->setCurrentIndex(at);
}

QString ClusterView::finalisedText() const {
    return m_finalised->text();
}
QString ClusterView::rolloutStateText() const {
    return m_rolloutState->text();
}

QPushButton* ClusterView::rolloutButton(const QString& action) const {
    for (QPushButton* b : {m_plan, m_start, m_pause, m_resume, m_cancel, m_next})
        if (b->text() == action)
            return b;
    return nullptr;
}

const Cluster* ClusterView::currentCluster() const {
    if (m_live)
        return &*m_live;
    const auto& clusters = m_document->workspace().clusters;
    const int at = m_cluster->currentIndex();
    return at >= 0 && at < int(clusters.size()) ? &clusters[size_t(at)] : nullptr;
}

void ClusterView::reloadProfiles() {
    const QString current = m_inventoryProfile->currentText();
    m_inventoryProfile->clear();
    m_inventoryProfile->addItems(postgresProfileNames(m_document->workspace()));
    if (!current.isEmpty())
        m_inventoryProfile->setCurrentText(current);
    m_loadInventory->setEnabled(m_inventoryProfile->count() > 0 && !m_loading);
}

QString ClusterView::summaryText() const {
    return m_summary->text();
}

void ClusterView::loadInventory(const QString& profileName) {
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
        m_liveSource =
            tr("live inventory from %1 at %2")
                .arg(profileName, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
        showCurrent();
        emit inventoryLoaded({});
    });
    watcher->setFuture(QtConcurrent::run(
        [p = *profile, cluster] { return strata::qt::loadInventory(p, cluster); }));
}

void ClusterView::showCurrent() {
    const Cluster* cluster = currentCluster();
    m_model->setCluster(cluster);
    m_nodes->resizeColumnsToContents();
    m_rollout.reset();
    m_order->clear();
    updateRolloutState();
    describeCluster();
    if (cluster && !m_model->typeNames().isEmpty())
        m_target->followType(m_model->typeNames().first());
    if (cluster && cluster->rollout)
        restoreRollout(*cluster);
}

// Picks up the rollout saved in the workspace: planned again, then set to the saved state.
void ClusterView::restoreRollout(const Cluster& cluster) {
    const RolloutRecord& record = *cluster.rollout;
    m_target->setVersion(versionLabel(record.target));
    Result<RolloutPlan> plan = strata::planRollout(m_document->workspace(), cluster, record.target);
    if (!plan) {
        updateRolloutState(
            tr("The saved rollout of %1 cannot be planned again: %2")
                .arg(versionLabel(record.target), toQString(plan.error().describe())));
        return;
    }
    Result<Rollout> rollout = Rollout::restore(std::move(plan.value()), record);
    if (!rollout) {
        updateRolloutState(toQString(rollout.error().describe()));
        return;
    }
    m_rollout = std::make_unique<Rollout>(std::move(rollout.value()));
    showOrder(m_rollout->plan());
    updateRolloutState();
}

void ClusterView::describeCluster() {
    const Cluster* cluster = currentCluster();
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
        finalised << (f.version
                          ? tr("%1 <b>%2</b>").arg(type, toQString(f.version->toString()))
                          : tr("%1 <b>none</b> (%2)").arg(type, RolloutText::sentence(f.reason)));
    }
    m_finalised->setText(tr("Finalised versions: %1").arg(finalised.join(QStringLiteral(" · "))));
}

void ClusterView::planRollout(const QString& target) {
    m_target->setVersion(target);
    plan(Recording::Undoable);
}

void ClusterView::previewRollout(const QString& target) {
    m_target->setVersion(target);
    plan(Recording::None);
}

void ClusterView::plan(Recording recording) {
    const Cluster* cluster = currentCluster();
    const auto target = m_target->version();
    m_order->clear();
    m_rollout.reset();
    if (!cluster || !target) {
        updateRolloutState(tr("Pick a cluster and a target version."));
        return;
    }
    Result<RolloutPlan> plan = strata::planRollout(m_document->workspace(), *cluster, *target);
    if (!plan) {
        updateRolloutState(toQString(plan.error().describe()));
        return;
    }
    showOrder(*plan);
    m_rollout = std::make_unique<Rollout>(std::move(plan.value()));
    if (recording == Recording::Undoable)
        recordRollout(tr("Plan a rollout"));
    updateRolloutState();
}

void ClusterView::showOrder(const RolloutPlan& plan) {
    m_order->clear();
    for (const RolloutStep& step : plan.order)
        m_order->addItem(
            tr("wave %1: %2 (%3) — %4")
                .arg(step.wave)
                .arg(toQString(step.node), roleName(step.role), RolloutText::sentence(step.why)));
    for (const RolloutReason& reason : plan.reasons)
        m_order->addItem(tr("blocked: %1").arg(RolloutText::sentence(reason)));
    for (const RolloutReason& warning : plan.warnings)
        m_order->addItem(tr("note: %1").arg(RolloutText::sentence(warning)));
}

void ClusterView::updateRolloutState(const QString& error) {
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
