#include "diffview.h"

#include "bridge.h"
#include "diffmodel.h"
#include "engineservices.h"
#include "jobrunner.h"
#include "verdictpanel.h"
#include "versionpicker.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace strata::qt {

QString effectLegendHtml() {
    const bool dark = isDarkPalette();
    QString html;
    for (Effect e : {Effect::Safe, Effect::ReadOnly, Effect::WriteOnly, Effect::Breaking}) {
        html += QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                               "&nbsp;<span title='%3'>%2</span>&nbsp;&nbsp;&nbsp;")
                    .arg(effectColor(e, dark).name(), effectName(e), effectDescription(e));
    }
    return html;
}

DiffView::DiffView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_jobs(jobs)
    , m_older(new VersionPicker(
          document, [] { return tr("Older version"); }, this))
    , m_newer(new VersionPicker(
          document, [] { return tr("Newer version"); }, this))
    , m_legend(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new DiffModel(this))
    , m_verdict(new VerdictWidget(this)) {
    auto* swap = new QPushButton(this);
    auto* olderLabel = new QLabel(this);
    auto* newerLabel = new QLabel(this);
    m_texts.add([this, swap, olderLabel, newerLabel] {
        swap->setText(tr("Swap"));
        swap->setAccessibleName(tr("Swap older and newer"));
        olderLabel->setText(tr("Older:"));
        newerLabel->setText(tr("Newer:"));
        m_legend->setText(effectLegendHtml());
        m_table->setAccessibleName(tr("Field differences"));
    });
    auto* pickers = new QHBoxLayout;
    pickers->addWidget(olderLabel);
    pickers->addWidget(m_older, 1);
    pickers->addWidget(swap);
    pickers->addWidget(newerLabel);
    pickers->addWidget(m_newer, 1);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_verdict);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);

    connect(m_older, &VersionPicker::typeChanged, m_newer, &VersionPicker::followType);
    connect(m_older, &VersionPicker::versionChanged, this, &DiffView::recompute);
    connect(m_newer, &VersionPicker::versionChanged, this, &DiffView::recompute);
    connect(swap, &QPushButton::clicked, this, [this] {
        const auto older = m_older->version(), newer = m_newer->version();
        if (older && newer)
            compare(versionLabel(*newer), versionLabel(*older));
    });
    connect(document, &WorkspaceDocument::versionChanged, this, &DiffView::recompute);
}

void DiffView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

void DiffView::compare(const QString& older, const QString& newer) {
    m_older->setVersion(older);
    m_newer->setVersion(newer);
    recompute();
}

void DiffView::recompute() {
    const auto olderId = m_older->version(), newerId = m_newer->version();
    const Workspace& ws = m_document->workspace();
    if (!olderId || !newerId || !ws.findVersion(*olderId) || !ws.findVersion(*newerId)) {
        m_model->setRows({});
        m_verdict->setPlaceholder(tr("Pick two versions of a type to compare."));
        return;
    }
    m_verdict->setPlaceholder(tr("Computing…"));
    struct Outcome {
        QVector<DiffRow> rows;
        std::optional<Verdict> verdict;
    };
    // the diff is computed by the engine; rows pair the fields for the side-by-side view
    m_jobs->run(
        QStringLiteral("diff"), this,
        [snapshot = ws, o = *olderId, n = *newerId](const CancelToken&) {
            Outcome out;
            const TypeVersion* older = snapshot.findVersion(o);
            const TypeVersion* newer = snapshot.findVersion(n);
            out.verdict = verdictFor(snapshot, *older, *newer);
            const SchemaDiff diff = diffVersions(*older, *newer, resolverFor(snapshot));
            out.rows = diffRows(older->schema, newer->schema, diff);
            return out;
        },
        [this](const Outcome& out) {
            m_model->setRows(out.rows);
            m_table->resizeColumnsToContents();
            m_verdict->setVerdict(out.verdict);
            emit diffReady();
        });
}

} // namespace strata::qt
