#include "plannerview.h"

#include "bridge.h"
#include "engineservices.h"
#include "findingtext.h"
#include "jobrunner.h"
#include "rollouttext.h"
#include "strata/cluster/rollout.h"
#include "strata/graph/impact.h"
#include "verdictpanel.h"
#include "versionpicker.h"
#include "workspacedocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strata::qt {

namespace {

struct Section {
    QString title;
    QStringList items;
    QString empty;
    bool warn = false; // items are problems (shown in the breaking colour)
};

struct Analysis {
    QString error;
    std::optional<Verdict> verdict;
    QVector<Section> sections;
    QStringList pathLabels; // versions along the best path, for the graph
    QStringList touched;    // dependents, for the graph
};

QString hopText(const UpgradeHop& hop) {
    return PlannerView::tr("%1 → %2 (%3)")
        .arg(versionLabel(hop.from), versionLabel(hop.to), toQString(toString(hop.risk)));
}

Section pathSection(const Workspace& ws, const TypeVersionId& from, const TypeVersionId& to,
                    QStringList& labels) {
    Section section{PlannerView::tr("Best upgrade path"), {}, {}, false};
    Result<UpgradePath> path = bestUpgradePath(ws, from, to);
    if (!path) {
        section.empty = toQString(path.error().describe());
        return section;
    }
    if (!path->found) {
        section.empty = toQString(path->reason);
        section.warn = true;
        return section;
    }
    labels << versionLabel(from);
    for (const UpgradeHop& hop : path->hops) {
        section.items << hopText(hop);
        labels << versionLabel(hop.to);
    }
    section.title += PlannerView::tr(" — risk cost %1").arg(path->totalCost);
    return section;
}

QVector<Section> rolloutSections(const Workspace& ws, const TypeVersionId& to) {
    QVector<Section> sections;
    for (const Cluster& cluster : ws.clusters) {
        const bool declares =
            std::any_of(cluster.nodes.begin(), cluster.nodes.end(),
                        [&](const ClusterNode& n) { return n.supports.count(to.name) > 0; });
        if (!declares)
            continue;
        Section section{PlannerView::tr("Rollout order in cluster %1").arg(toQString(cluster.name)),
                        {},
                        {},
                        false};
        Result<RolloutPlan> plan = planRollout(ws, cluster, to);
        if (!plan) {
            section.empty = toQString(plan.error().describe());
            section.warn = true;
        } else {
            section.title +=
                plan->safe ? PlannerView::tr(" — safe") : PlannerView::tr(" — not safe");
            section.warn = !plan->safe;
            for (const RolloutReason& reason : plan->reasons)
                section.items << PlannerView::tr("blocked: %1").arg(RolloutText::sentence(reason));
            for (const RolloutStep& step : plan->order)
                section.items << PlannerView::tr("wave %1: %2 (%3) — %4")
                                     .arg(step.wave)
                                     .arg(toQString(step.node), roleName(step.role),
                                          RolloutText::sentence(step.why));
            for (const RolloutReason& warning : plan->warnings)
                section.items << PlannerView::tr("note: %1").arg(RolloutText::sentence(warning));
            section.empty = PlannerView::tr("no live node declares this type");
        }
        sections << section;
    }
    return sections;
}

Analysis analyseUpgrade(const Workspace& ws, const TypeVersionId& from, const TypeVersionId& to) {
    Analysis out;
    const VersionGraph graph = VersionGraph::build(ws);
    Result<ImpactReport> impact = analyzeImpact(ws, graph, from, to);
    if (!impact) {
        out.error = toQString(impact.error().describe());
        return out;
    }
    const ImpactReport& report = impact.value();
    out.verdict = report.verdict;

    Section breaks{
        PlannerView::tr("Dependents that break"), {}, PlannerView::tr("no dependent breaks"), true};
    for (const DependentImpact& d : report.breaks) {
        const QString why =
            d.findings.empty() ? QString() : FindingText::sentence(d.findings.front());
        breaks.items << PlannerView::tr("%1 via %2: %3")
                            .arg(versionLabel(d.dependent), toQString(d.fieldPath), why);
        out.touched << versionLabel(d.dependent);
    }
    Section works{PlannerView::tr("Dependents that still work"),
                  {},
                  PlannerView::tr("nothing else references this version"),
                  false};
    for (const DependentImpact& d : report.stillWorks) {
        works.items
            << PlannerView::tr("%1 via %2").arg(versionLabel(d.dependent), toQString(d.fieldPath));
        out.touched << versionLabel(d.dependent);
    }
    Section nodes{PlannerView::tr("Cluster nodes running affected versions"),
                  {},
                  PlannerView::tr("no node runs an affected version"),
                  false};
    for (const NodeImpact& n : report.nodes)
        nodes.items << PlannerView::tr("%1/%2 (%3%4) runs %5; %6")
                           .arg(toQString(n.cluster), toQString(n.node), roleName(n.role),
                                n.live ? QString() : PlannerView::tr(", down"),
                                versionLabel(n.runs),
                                n.supportsTarget ? PlannerView::tr("supports the target")
                                                 : PlannerView::tr("needs a build supporting "
                                                                   "the target"));
    Section stores{PlannerView::tr("Store objects holding affected versions"),
                   {},
                   PlannerView::tr("no store holds an affected version"),
                   false};
    for (const StoreObject& store : report.stores)
        stores.items << QStringLiteral("%1 — %2 %3 (%4)")
                            .arg(toQString(store.name), storeKindName(store.kind),
                                 toQString(store.object), versionLabel(store.holds));
    Section migrations{
        PlannerView::tr("Migrations"), {}, PlannerView::tr("no migration needed"), false};
    for (const MigrationNeed& m : report.migrations)
        migrations.items << PlannerView::tr("%1: %2 → %3 (%4) — %5")
                                .arg(toQString(m.store.name), versionLabel(m.from),
                                     m.to ? versionLabel(*m.to) : PlannerView::tr("new version"),
                                     m.required ? PlannerView::tr("required")
                                                : PlannerView::tr("optional"),
                                     toQString(m.reason));
    out.sections << breaks << works << pathSection(ws, from, to, out.pathLabels) << nodes << stores
                 << migrations << rolloutSections(ws, to);
    return out;
}

void addSection(QTreeWidget* tree, const Section& s) {
    auto* section =
        new QTreeWidgetItem(tree, {s.title + QStringLiteral(" (%1)").arg(s.items.size())});
    QFont font = section->font(0);
    font.setBold(true);
    section->setFont(0, font);
    const QColor warn = isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x1b, 0x1b);
    for (const QString& item : s.items) {
        auto* child = new QTreeWidgetItem(section, {item});
        child->setToolTip(0, item);
        if (s.warn)
            child->setForeground(0, warn);
    }
    if (s.items.isEmpty())
        new QTreeWidgetItem(section, {s.empty});
    section->setExpanded(true);
}

} // namespace

PlannerView::PlannerView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_jobs(jobs)
    , m_from(new VersionPicker(
          document, [] { return tr("Upgrade from"); }, this))
    , m_to(new VersionPicker(
          document, [] { return tr("Upgrade to"); }, this))
    , m_analyse(new QPushButton(this))
    , m_showOnGraph(new QPushButton(this))
    , m_headline(new QLabel(this))
    , m_verdict(new VerdictWidget(this))
    , m_impact(new QTreeWidget(this)) {
    m_analyse->setDefault(true);
    m_showOnGraph->setEnabled(false);
    m_headline->setWordWrap(true);
    m_impact->header()->setStretchLastSection(false);
    m_impact->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verdict->setCompact(true);

    auto* fromLabel = new QLabel(this);
    auto* toLabel = new QLabel(this);
    m_texts.add([this, fromLabel, toLabel] {
        m_analyse->setText(tr("Analyse upgrade"));
        m_analyse->setToolTip(tr("Analyse the upgrade from A to B (Ctrl+R)"));
        m_showOnGraph->setText(tr("Show on graph"));
        m_impact->setHeaderLabels({tr("Impact")});
        m_impact->setAccessibleName(tr("Impact of the upgrade"));
        fromLabel->setText(tr("A (now):"));
        toLabel->setText(tr("B (target):"));
    });
    auto* top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from, 1);
    top->addWidget(toLabel);
    top->addWidget(m_to, 1);
    top->addWidget(m_analyse);
    top->addWidget(m_showOnGraph);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_impact, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_verdict);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

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

void PlannerView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_showOnGraph->isEnabled())
            analyse(); // the impact sections are worded by the analysis
        else
            m_headline->setText(
                tr("Pick the version in use (A) and the target (B), then analyse."));
    }
    QWidget::changeEvent(event);
}

void PlannerView::plan(const QString& from, const QString& to) {
    m_from->setVersion(from);
    m_to->setVersion(to);
    analyse();
}

void PlannerView::analyse() {
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
        [this, a = *from, b = *to](const Analysis& analysis) {
            m_impact->clear();
            if (!analysis.error.isEmpty()) {
                m_headline->setText(analysis.error);
                m_verdict->setPlaceholder({});
                m_showOnGraph->setEnabled(false);
                emit analysisReady();
                return;
            }
            QString headline = tr("Upgrade %1 → %2.").arg(versionLabel(a), versionLabel(b));
            if (analysis.verdict) {
                const Effect effect =
                    effectOf(analysis.verdict->readCompatible, analysis.verdict->writeCompatible);
                headline += QLatin1Char(' ') + effectDescription(effect);
            }
            m_headline->setText(headline);
            m_verdict->setVerdict(analysis.verdict);
            for (const auto& section : analysis.sections)
                addSection(m_impact, section);
            m_lastLabels = analysis.pathLabels + analysis.touched;
            m_showOnGraph->setEnabled(true);
            emit analysisReady();
        });
}

} // namespace strata::qt
