#include "verdictpanel.h"

#include "bridge.h"
#include "engineservices.h"
#include "findingsmodel.h"
#include "jobrunner.h"
#include "workspacedocument.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcVerdict, "strata.views.verdict", QtWarningMsg)

namespace strata::qt {

namespace {

QString badge(const QString& title, bool ok, bool lossy) {
    const bool dark = isDarkPalette();
    const QColor colour = effectColor(ok ? Effect::Safe : Effect::Breaking, dark);
    const QString state =
        ok ? (lossy ? VerdictWidget::tr("compatible, lossy") : VerdictWidget::tr("compatible"))
           : VerdictWidget::tr("incompatible");
    return QStringLiteral("<span style='background:%1; padding:4px'>&nbsp;%2 %3: <b>%4</b>"
                          "&nbsp;</span>")
        .arg(colour.name(), ok ? QStringLiteral("✔") : QStringLiteral("✘"), title, state);
}

} // namespace

VerdictWidget::VerdictWidget(QWidget* parent)
    : QWidget(parent)
    , m_read(new QLabel(this))
    , m_write(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_findings(new QTableView(this))
    , m_examples(new QPlainTextEdit(this))
    , m_findingsModel(new FindingsModel(this)) {
    m_summary->setWordWrap(true);
    m_findings->setModel(m_findingsModel);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn,
                                                         QHeaderView::Stretch);
    m_findings->setWordWrap(true);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_examples->setReadOnly(true);
    m_examples->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* badges = new QHBoxLayout;
    badges->addWidget(m_read);
    badges->addWidget(m_write);
    badges->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    auto* exampleBox = new QWidget(this);
    auto* exampleLayout = new QVBoxLayout(exampleBox);
    exampleLayout->setContentsMargins(0, 0, 0, 0);
    auto* examplesLabel = new QLabel(this);
    exampleLayout->addWidget(examplesLabel);
    m_texts.add([this, examplesLabel] {
        m_read->setAccessibleName(tr("Read compatibility"));
        m_write->setAccessibleName(tr("Write compatibility"));
        m_read->setToolTip(
            tr("Read: can the newer version decode data written with the older one?"));
        m_write->setToolTip(
            tr("Write: can the older version decode data written with the newer one?"));
        m_findings->setAccessibleName(tr("Findings"));
        m_examples->setAccessibleName(tr("Counter-examples"));
        // only a verdict can say that there are none
        m_examples->setPlaceholderText(
            m_shown ? tr("No counter-examples: every direction is compatible.") : QString());
        examplesLabel->setText(tr("Counter-examples (records that really fail):"));
    });
    exampleLayout->addWidget(m_examples);
    splitter->addWidget(exampleBox);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(badges);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setPlaceholder(tr("No verdict yet."));
}

void VerdictWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_shown)
            setVerdict(m_shown);
    }
    QWidget::changeEvent(event);
}

void VerdictWidget::setPlaceholder(const QString& text) {
    m_shown.reset();
    m_read->clear();
    m_write->clear();
    m_summary->setText(text);
    m_findingsModel->setFindings({});
    m_examples->clear();
    m_texts.retranslate();
}

void VerdictWidget::setVerdict(const std::optional<Verdict>& verdict) {
    if (!verdict) {
        setPlaceholder(tr("No verdict."));
        return;
    }
    m_shown = verdict;
    m_texts.retranslate();
    m_read->setText(badge(tr("Read"), verdict->readCompatible, verdict->readLossy));
    m_write->setText(badge(tr("Write"), verdict->writeCompatible, verdict->writeLossy));
    const Effect effect = effectOf(verdict->readCompatible, verdict->writeCompatible);
    m_summary->setText(QStringLiteral("<b>%1 → %2: %3.</b> %4")
                           .arg(versionLabel(verdict->older), versionLabel(verdict->newer),
                                effectName(effect), effectDescription(effect)));
    m_findingsModel->setFindings(verdict->findings);
    m_findings->resizeRowsToContents();
    QString examples;
    if (verdict->readCounterExample)
        examples += tr("Written by %1, unreadable by %2:\n")
                        .arg(versionLabel(verdict->older), versionLabel(verdict->newer)) +
                    jsonText(*verdict->readCounterExample, true) + QStringLiteral("\n\n");
    if (verdict->writeCounterExample)
        examples += tr("Written by %1, unreadable by %2:\n")
                        .arg(versionLabel(verdict->newer), versionLabel(verdict->older)) +
                    jsonText(*verdict->writeCounterExample, true);
    m_examples->setPlainText(examples.trimmed());
}

QString VerdictWidget::summaryText() const {
    return m_summary->text();
}

void VerdictWidget::setCompact(bool compact) {
    m_findings->setColumnHidden(FindingsModel::DirectionColumn, compact);
    m_findings->setColumnHidden(FindingsModel::RuleColumn, compact);
}

VerdictPanel::VerdictPanel(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_jobs(jobs)
    , m_title(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_verdict(new VerdictWidget(this)) {
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    // long version labels wrap instead of widening the dock, which squeezed the type tree
    m_title->setWordWrap(true);
    m_policy->setWordWrap(true);
    m_texts.add([this] { m_policy->setAccessibleName(tr("Policy check")); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_policy);
    layout->addWidget(m_verdict, 1);
    m_verdict->setCompact(true);
    connect(document, &WorkspaceDocument::versionChanged, this, [this](const QString& label) {
        if (m_id && versionLabel(*m_id) == label)
            recompute();
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] { setVersion({}); });
    connect(document, &WorkspaceDocument::structureChanged, this, [this] { recompute(); });
    setVersion({});
}

void VerdictPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        recompute(); // title, placeholder and policy sentence are worded per version
    }
    QWidget::changeEvent(event);
}

void VerdictPanel::setVersion(const std::optional<TypeVersionId>& id) {
    m_id = id;
    recompute();
}

QString VerdictPanel::policyText() const {
    return m_policy->text();
}

void VerdictPanel::recompute() {
    const Workspace& ws = m_document->workspace();
    const TypeVersion* current = m_id ? ws.findVersion(*m_id) : nullptr;
    const TypeVersion* previous = current ? previousVersion(ws, current->id) : nullptr;
    m_policy->clear();
    if (!current) {
        m_title->setText(tr("Verdict"));
        m_verdict->setPlaceholder(tr("Select a version to see its verdict against the "
                                     "previous version."));
        return;
    }
    if (!previous) {
        m_title->setText(versionLabel(current->id));
        m_verdict->setPlaceholder(tr("This is the first version of its type: nothing to "
                                     "compare with."));
        return;
    }
    m_title->setText(
        tr("%1 against %2").arg(versionLabel(current->id), versionLabel(previous->id)));
    m_verdict->setPlaceholder(tr("Computing…"));
    // the job works on copies, so later edits cannot race with it
    struct Outcome {
        std::optional<Verdict> verdict;
        PolicyCheck policy;
        CompatPolicy policyName = CompatPolicy::None;
    };
    Workspace snapshot = ws;
    const TypeVersionId olderId = previous->id, newerId = current->id;
    m_jobs->run(
        QStringLiteral("verdict-panel"), this,
        [snapshot = std::move(snapshot), olderId, newerId](const CancelToken&) {
            Outcome out;
            const TypeVersion* older = snapshot.findVersion(olderId);
            const TypeVersion* newer = snapshot.findVersion(newerId);
            const TypeDef* type = snapshot.findType(newerId.name);
            out.verdict = verdictFor(snapshot, *older, *newer);
            out.policy = policyCheckFor(snapshot, *type, *newer);
            out.policyName = type->policy;
            return out;
        },
        [this](const Outcome& out) {
            m_verdict->setVerdict(out.verdict);
            QString text = out.policy.accepted
                               ? tr("Policy %1: accepted.").arg(policyName(out.policyName))
                               : tr("Policy %1: refused.").arg(policyName(out.policyName));
            for (const auto& reason : out.policy.reasons)
                text += QLatin1Char(' ') + toQString(reason);
            m_policy->setText(text);
            emit verdictReady();
        });
}

} // namespace strata::qt
