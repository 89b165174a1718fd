#include "matrixview.h"

#include "bridge.h"
#include "diffview.h"
#include "engineservices.h"
#include "jobrunner.h"
#include "matrixmodel.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace strata::qt {

namespace {

// Paints the effect colour, the effect name, and a thick outline plus a warning mark on cells
// that break transitivity, so they stand out without relying on colour alone.
class HeatmapDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        painter->save();
        const QRect r = option.rect.adjusted(2, 2, -2, -2);
        const QVariant background = index.data(Qt::BackgroundRole);
        if (background.isValid())
            painter->fillRect(r, background.value<QBrush>());
        painter->setPen(option.palette.color(QPalette::Text));
        QFont font = option.font;
        painter->setFont(font);
        painter->drawText(r, Qt::AlignCenter, index.data().toString());
        if (index.data(MatrixModel::TransitivityBreakRole).toBool()) {
            QPen pen(QColor(0xd3, 0x2f, 0x2f), 3);
            painter->setPen(pen);
            painter->drawRect(r.adjusted(1, 1, -1, -1));
            font.setBold(true);
            painter->setFont(font);
            painter->drawText(r.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignRight,
                              QStringLiteral("⚠"));
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2, Qt::DotLine));
            painter->drawRect(r);
        }
        painter->restore();
    }
};

} // namespace

MatrixView::MatrixView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_jobs(jobs)
    , m_type(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new MatrixModel(this)) {
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HeatmapDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->verticalHeader()->setDefaultSectionSize(56);
    m_table->setShowGrid(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* top = new QHBoxLayout;
    auto* typeLabel = new QLabel(this);
    top->addWidget(typeLabel);
    top->addWidget(m_type, 1);
    top->addWidget(m_legend);

    auto* axes = new QLabel(this);
    axes->setWordWrap(true);
    m_texts.add([this, typeLabel, axes] {
        m_type->setAccessibleName(tr("Type"));
        m_legend->setText(effectLegendHtml() +
                          tr("<b style='color:#d32f2f'>⚠</b> red outline: breaks transitivity"));
        m_table->setAccessibleName(tr("Compatibility matrix"));
        typeLabel->setText(tr("Type:"));
        axes->setText(tr("Rows: older version (writer). Columns: newer version (reader). "
                         "Double-click a cell to open the diff."));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(axes);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &MatrixView::recompute);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto pair = m_model->pairAt(index))
            emit compareRequested(versionLabel(pair->first), versionLabel(pair->second));
    });
    connect(document, &WorkspaceDocument::workspaceReset, this, &MatrixView::reloadTypes);
    connect(document, &WorkspaceDocument::structureChanged, this, &MatrixView::reloadTypes);
    connect(document, &WorkspaceDocument::versionChanged, this, &MatrixView::recompute);
    reloadTypes();
}

void MatrixView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        recompute(); // the summary is worded when the matrix arrives
    }
    QWidget::changeEvent(event);
}

void MatrixView::reloadTypes() {
    const QString current = m_type->currentText();
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        for (const auto& type : m_document->workspace().types)
            m_type->addItem(toQString(type.name));
        const int at = m_type->findText(current);
        m_type->setCurrentIndex(at >= 0 ? at : 0);
    }
    recompute();
}

void MatrixView::showType(const QString& typeName) {
    const int at = m_type->findText(typeName);
    if (at >= 0)
        m_type->setCurrentIndex(at);
}

QString MatrixView::summaryText() const {
    return m_summary->text();
}

void MatrixView::recompute() {
    const TypeDef* type = m_document->workspace().findType(toStd(m_type->currentText()));
    if (!type) {
        m_model->setMatrix(std::nullopt);
        m_summary->setText(tr("The workspace has no types."));
        return;
    }
    m_summary->setText(tr("Computing…"));
    m_jobs->run(
        QStringLiteral("matrix"), this,
        [snapshot = m_document->workspace(), name = type->name](const CancelToken&) {
            return matrixFor(snapshot, *snapshot.findType(name));
        },
        [this, policy = type->policy](const CompatMatrix& matrix) {
            m_model->setMatrix(matrix);
            const int breaks = m_model->transitivityBreakCount();
            QString text = tr("Policy %1. ").arg(policyName(policy));
            text += breaks == 0 ? tr("No transitivity breaks.")
                                : tr("%n pair(s) break transitivity: each step between them is "
                                     "read-compatible, the pair itself is not.",
                                     nullptr, breaks);
            m_summary->setText(text);
            emit matrixReady();
        });
}

} // namespace strata::qt
