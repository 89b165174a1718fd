#include "plannerview.h"

#include "bridge.h"
#include "engineservices.h"
#include "graphdata.h"
#include "jobrunner.h"
#include "verdictpanel.h"
#include "versionpicker.h"
#include "workspacedocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata::qt {

namespace {

struct Impact {
    std::optional<Verdict> verdict;
    QStringList dependents;
    QStringList stores;
    QStringList nodesMissingTarget;
};

Impact analyseUpgrade(const Workspace& ws, const TypeVersionId& from, const TypeVersionId& to)
{
    Impact impact;
    impact.verdict = verdictFor(ws, *ws.findVersion(from), *ws.findVersion(to));
    const GraphData graph = buildGraph(ws, false);
    const int node = graph.indexOf(versionLabel(from));
    for (int i : graph.dependents(node))
        impact.dependents << graph.nodes[i].label;
    impact.dependents.sort();
    for (const StoreObject& store : ws.stores)
        if (store.holds == from)
            impact.stores << QStringLiteral("%1 — %2 %3")
                                 .arg(toQString(store.name), storeKindName(store.kind),
                                      toQString(store.object));
    for (const Cluster& cluster : ws.clusters) {
        for (const ClusterNode& n : cluster.nodes) {
            const auto it = n.supports.find(from.name);
            if (it != n.supports.end() && !it->second.contains(to.version))
                impact.nodesMissingTarget
                    << PlannerView::tr("%1/%2 (%3, supports %4 – %5)")
                           .arg(toQString(cluster.name), toQString(n.name), roleName(n.role),
                                toQString(it->second.min.toString()),
                                toQString(it->second.max.toString()));
        }
    }
    return impact;
}

void addSection(QTreeWidget* tree, const QString& title, const QStringList& items,
                const QString& empty)
{
    auto* section = new QTreeWidgetItem(tree, {title + QStringLiteral(" (%1)").arg(items.size())});
    QFont font = section->font(0);
    font.setBold(true);
    section->setFont(0, font);
    for (const QString& item : items)
        new QTreeWidgetItem(section, {item});
    if (items.isEmpty())
        new QTreeWidgetItem(section, {empty});
    section->setExpanded(true);
}

} // namespace

PlannerView::PlannerView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_document(document), m_jobs(jobs),
      m_from(new VersionPicker(document, tr("Upgrade from"), this)),
      m_to(new VersionPicker(document, tr("Upgrade to"), this)),
      m_analyse(new QPushButton(tr("Analyse upgrade"), this)),
      m_showOnGraph(new QPushButton(tr("Show on graph"), this)), m_headline(new QLabel(this)),
      m_verdict(new VerdictWidget(this)), m_impact(new QTreeWidget(this)),
      m_pathAndOrder(new QLabel(this))
{
    m_analyse->setToolTip(tr("Analyse the upgrade from A to B (Ctrl+R)"));
    m_analyse->setDefault(true);
    m_showOnGraph->setEnabled(false);
    m_headline->setWordWrap(true);
    m_pathAndOrder->setWordWrap(true);
    m_impact->setHeaderLabels({tr("Impact")});
    m_impact->setAccessibleName(tr("Impact of the upgrade"));
    m_impact->header()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("A (now):"), this));
    top->addWidget(m_from, 1);
    top->addWidget(new QLabel(tr("B (target):"), this));
    top->addWidget(m_to, 1);
    top->addWidget(m_analyse);
    top->addWidget(m_showOnGraph);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_impact, 1);
    rightLayout->addWidget(m_pathAndOrder);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_verdict);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);

    connect(m_from, &VersionPicker::typeChanged, m_to, &VersionPicker::followType);
    connect(m_analyse, &QPushButton::clicked, this, &PlannerView::analyse);
    connect(m_showOnGraph, &QPushButton::clicked, this,
            [this] { emit showOnGraphRequested(m_lastLabels); });
    m_headline->setText(tr("Pick the version in use (A) and the target (B), then analyse."));
    m_verdict->setPlaceholder({});
}

void PlannerView::plan(const QString& from, const QString& to)
{
    m_from->setVersion(from);
    m_to->setVersion(to);
    analyse();
}

void PlannerView::analyse()
{
    const auto from = m_from->version(), to = m_to->version();
    const Workspace& ws = m_document->workspace();
    if (!from || !to || !ws.findVersion(*from) || !ws.findVersion(*to) || *from == *to) {
        m_headline->setText(tr("Pick two different versions of the same type."));
        return;
    }
    m_headline->setText(tr("Analysing %1 → %2…").arg(versionLabel(*from), versionLabel(*to)));
    m_jobs->run(
        QStringLiteral("planner"), this,
        [snapshot = ws, a = *from, b = *to](const CancelToken&) {
            return analyseUpgrade(snapshot, a, b);
        },
        [this, a = *from, b = *to](const Impact& impact) {
            const bool upgrade = a.version < b.version;
            const TypeVersionId& older = upgrade ? a : b;
            const TypeVersionId& newer = upgrade ? b : a;
            QString headline = tr("Upgrade %1 → %2.").arg(versionLabel(a), versionLabel(b));
            if (impact.verdict) {
                const Effect effect =
                    effectOf(impact.verdict->readCompatible, impact.verdict->writeCompatible);
                headline += QLatin1Char(' ') + effectDescription(effect);
            }
            m_headline->setText(headline);
            Q_UNUSED(older);
            Q_UNUSED(newer);
            m_verdict->setVerdict(impact.verdict);
            m_impact->clear();
            addSection(m_impact, tr("Dependents of %1").arg(versionLabel(a)), impact.dependents,
                       tr("nothing references this version"));
            addSection(m_impact, tr("Store objects holding %1").arg(versionLabel(a)),
                       impact.stores, tr("no store holds this version"));
            addSection(m_impact,
                       tr("Cluster nodes that cannot run %1 yet").arg(versionLabel(b)),
                       impact.nodesMissingTarget, tr("every node supports the target"));
            m_pathAndOrder->setText(
                tr("<b>Best path and rollout order:</b> not available in this build — they need "
                   "the engine's graph module (strata::graph: impact, best upgrade path) and "
                   "cluster module (strata::cluster: rollout order)."));
            m_lastLabels = QStringList{versionLabel(a), versionLabel(b)} + impact.dependents;
            m_showOnGraph->setEnabled(true);
            emit analysisReady();
        });
}

} // namespace strata::qt
