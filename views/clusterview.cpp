#include "clusterview.h"

#include "bridge.h"
#include "clustermodel.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strata::qt {

ClusterView::ClusterView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_cluster(new QComboBox(this)),
      m_summary(new QLabel(this)), m_nodes(new QTableView(this)), m_model(new ClusterModel(this)),
      m_stores(new QTableWidget(this)), m_rolloutState(new QLabel(this))
{
    m_cluster->setAccessibleName(tr("Cluster"));
    m_summary->setWordWrap(true);
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

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Cluster:"), this));
    top->addWidget(m_cluster, 1);

    auto* rollout = new QGroupBox(tr("Rollout"), this);
    auto* rolloutLayout = new QHBoxLayout(rollout);
    m_rolloutState->setWordWrap(true);
    m_rolloutState->setText(
        tr("Finalised versions, rollout safety and the rollout state machine (Created → Running "
           "⇄ Paused → Completed | Failed | Cancelled) are not available in this build: they "
           "need the engine's cluster module (strata::cluster)."));
    rolloutLayout->addWidget(m_rolloutState, 1);
    for (const QString& action : {tr("Start"), tr("Pause"), tr("Resume"), tr("Cancel")}) {
        auto* button = new QPushButton(action, rollout);
        button->setEnabled(false);
        button->setAccessibleName(tr("%1 rollout").arg(action));
        button->setToolTip(tr("Needs the engine's rollout state machine (strata::cluster)."));
        rolloutLayout->addWidget(button);
        m_rolloutButtons << button;
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_nodes, 3);
    layout->addWidget(rollout);
    layout->addWidget(new QLabel(tr("Store objects and the version they hold:"), this));
    layout->addWidget(m_stores, 2);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, &ClusterView::showCurrent);
    connect(document, &WorkspaceDocument::workspaceReset, this, &ClusterView::reload);
    reload();
}

void ClusterView::reload()
{
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

void ClusterView::showCurrent()
{
    const auto& clusters = m_document->workspace().clusters;
    const int at = m_cluster->currentIndex();
    const Cluster* cluster = at >= 0 && at < int(clusters.size()) ? &clusters[size_t(at)] : nullptr;
    m_model->setCluster(cluster);
    m_nodes->resizeColumnsToContents();
    if (!cluster) {
        m_summary->setText(tr("The workspace has no clusters."));
        return;
    }
    const int live = int(std::count_if(cluster->nodes.begin(), cluster->nodes.end(),
                                       [](const ClusterNode& n) { return n.live; }));
    m_summary->setText(
        tr("%1 of %2 node(s) live. Quorum: %3. Each cell is the range of versions a node can "
           "read and write for that type.")
            .arg(live)
            .arg(cluster->nodes.size())
            .arg(cluster->quorum == 0 ? tr("every live node") : QString::number(cluster->quorum)));
}

} // namespace strata::qt
