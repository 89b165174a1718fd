#include "schemaeditor.h"

#include "bridge.h"
#include "constrainttablemodel.h"
#include "fieldtablemodel.h"
#include "schemaedits.h"
#include "workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSchemaEditor, "strata.views.schema", QtWarningMsg)

namespace strata::qt {

namespace {

// Line editors that check the text on every keystroke and explain what is wrong.
class FieldDelegate : public QStyledItemDelegate {
public:
    FieldDelegate(SchemaEditor* editor, std::function<void(const QString&, bool)> report)
        : QStyledItemDelegate(editor)
        , m_report(std::move(report)) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        auto* line = new QLineEdit(parent);
        line->setFrame(false);
        const int column = index.column();
        if (column == FieldTableModel::TypeColumn) {
            static const QStringList kinds = {
                "bool",          "int32",  "int64", "float32",       "float64",
                "decimal(10,2)", "string", "bytes", "date",          "timestamp",
                "timestamptz",   "uuid",   "json",  "array<string>", "map<string,string>",
                "enum"};
            line->setCompleter(new QCompleter(kinds, line));
        }
        const bool nullable = index.siblingAtColumn(FieldTableModel::NullableColumn)
                                  .data(Qt::CheckStateRole)
                                  .toInt() == Qt::Checked;
        const QString typeText =
            index.siblingAtColumn(FieldTableModel::TypeColumn).data().toString();
        QObject::connect(line, &QLineEdit::textEdited, line,
                         [this, line, column, nullable, typeText](const QString& text) {
                             const QString problem = check(column, text, typeText, nullable);
                             line->setStyleSheet(
                                 problem.isEmpty()
                                     ? QString()
                                     : QStringLiteral("color: #d33; font-weight: bold"));
                             line->setToolTip(problem);
                             m_report(problem.isEmpty() ? QString() : problem, !problem.isEmpty());
                         });
        (void)option;
        return line;
    }

private:
    static QString check(int column, const QString& text, const QString& typeText, bool nullable) {
        if (column == FieldTableModel::TypeColumn)
            return parseTypeText(text).error;
        if (column == FieldTableModel::DefaultColumn) {
            Parsed<std::optional<Json>> parsed = parseDefaultText(text);
            if (!parsed.value)
                return parsed.error;
            Parsed<DataType> type = parseTypeText(typeText);
            if (*parsed.value && type.value && !isValidValue(*type.value, nullable, **parsed.value))
                return SchemaEditor::tr("%1 is not a valid %2 value.")
                    .arg(text.trimmed(), typeText);
            return {};
        }
        if (column == FieldTableModel::NameColumn && !text.trimmed().isEmpty() &&
            !text.trimmed().contains(
                QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"))))
            return SchemaEditor::tr("A field name starts with a letter or _ and has letters, "
                                    "digits, _.");
        return {};
    }

    std::function<void(const QString&, bool)> m_report;
};

QToolButton* toolButton(QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void setButtonText(QToolButton* button, const QString& text, const QString& tip) {
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(text);
}

} // namespace

SchemaEditor::SchemaEditor(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_newVersion(toolButton(this))
    , m_add(toolButton(this))
    , m_remove(toolButton(this))
    , m_keepAlias(new QCheckBox(this))
    , m_fields(new QTableView(this))
    , m_constraints(new QTableView(this))
    , m_constraintKind(new QComboBox(this))
    , m_constraintColumns(new QLineEdit(this))
    , m_constraintExpression(new QLineEdit(this))
    , m_addConstraint(toolButton(this))
    , m_removeConstraint(toolButton(this))
    , m_fieldModel(new FieldTableModel(document, this))
    , m_constraintModel(new ConstraintTableModel(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_state->setWordWrap(true);
    m_keepAlias->setChecked(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state, 1);
    header->addWidget(m_newVersion);
    header->addWidget(m_add);
    header->addWidget(m_remove);

    m_fields->setModel(m_fieldModel);
    m_fields->setAlternatingRowColors(true);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    m_fields->setItemDelegate(new FieldDelegate(
        this, [this](const QString& text, bool error) { showMessage(text, error); }));

    m_constraints->setModel(m_constraintModel);
    m_constraints->verticalHeader()->hide();
    m_constraints->horizontalHeader()->setStretchLastSection(true);
    m_constraints->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (ConstraintKind kind : {ConstraintKind::PrimaryKey, ConstraintKind::Unique,
                                ConstraintKind::NotNull, ConstraintKind::Check})
        m_constraintKind->addItem(QString(), int(kind));
    auto* constraintsLabel = new QLabel(this);
    m_texts.add([this, constraintsLabel] {
        setButtonText(m_newVersion, tr("New version"),
                      tr("Start an editable draft (Ctrl+Shift+N)"));
        setButtonText(m_add, tr("Add field"), tr("Add a nullable field (Ctrl+Shift+A)"));
        setButtonText(m_remove, tr("Remove field"), tr("Remove the selected field (Ctrl+Del)"));
        setButtonText(m_addConstraint, tr("Add constraint"), tr("Add the constraint described"));
        setButtonText(m_removeConstraint, tr("Remove constraint"),
                      tr("Remove the selected constraint"));
        m_keepAlias->setText(tr("Keep old name as alias when renaming"));
        m_message->setAccessibleName(tr("Validation message"));
        m_fields->setAccessibleName(tr("Fields"));
        m_constraints->setAccessibleName(tr("Constraints"));
        const QStringList kinds = {tr("primary key"), tr("unique"), tr("not null"), tr("check")};
        for (int i = 0; i < kinds.size(); ++i)
            m_constraintKind->setItemText(i, kinds[i]);
        m_constraintKind->setAccessibleName(tr("Constraint kind"));
        m_constraintColumns->setPlaceholderText(tr("fields, comma separated"));
        m_constraintColumns->setAccessibleName(tr("Constraint fields"));
        m_constraintExpression->setPlaceholderText(tr("check expression, e.g. total >= 0"));
        m_constraintExpression->setAccessibleName(tr("Check expression"));
        constraintsLabel->setText(tr("Constraints"));
    });

    auto* constraintBar = new QHBoxLayout;
    constraintBar->addWidget(constraintsLabel);
    constraintBar->addWidget(m_constraintKind);
    constraintBar->addWidget(m_constraintColumns, 1);
    constraintBar->addWidget(m_constraintExpression, 1);
    constraintBar->addWidget(m_addConstraint);
    constraintBar->addWidget(m_removeConstraint);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(constraintBar);
    lowerLayout->addWidget(m_constraints);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fields);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    auto* options = new QHBoxLayout;
    options->addWidget(m_message, 1);
    options->addWidget(m_keepAlias);
    layout->addLayout(header);
    layout->addLayout(options);
    layout->addWidget(splitter, 1);

    connect(m_newVersion, &QToolButton::clicked, this, [this] {
        if (m_id)
            emit draftRequested(toQString(m_id->name));
    });
    connect(m_add, &QToolButton::clicked, this, &SchemaEditor::addField);
    connect(m_remove, &QToolButton::clicked, this, &SchemaEditor::removeSelectedField);
    connect(m_addConstraint, &QToolButton::clicked, this, &SchemaEditor::addConstraint);
    connect(m_removeConstraint, &QToolButton::clicked, this,
            &SchemaEditor::removeSelectedConstraint);
    connect(m_keepAlias, &QCheckBox::toggled, m_fieldModel, &FieldTableModel::setKeepAliasOnRename);
    connect(m_fieldModel, &FieldTableModel::editRejected, this,
            [this](const QString& reason) { showMessage(reason, true); });
    connect(m_fieldModel, &QAbstractItemModel::modelReset, this, &SchemaEditor::refresh);
    connect(m_fieldModel, &FieldTableModel::fieldsChanged, this, &SchemaEditor::refresh);
    connect(document, &WorkspaceDocument::versionChanged, this, [this](const QString& label) {
        if (m_id && versionLabel(*m_id) == label)
            showMessage({}, false);
    });
    refresh();
}

void SchemaEditor::setVersion(const std::optional<TypeVersionId>& id) {
    m_id = id;
    m_fieldModel->setVersion(id);
    showMessage({}, false);
    refresh();
}

void SchemaEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SchemaEditor::refresh() {
    const TypeVersion* v = m_id ? m_document->version(*m_id) : nullptr;
    const bool draft = v && m_document->isDraft(*m_id);
    m_title->setText(v ? versionLabel(v->id) : tr("No version selected"));
    if (!v)
        m_state->setText(tr("Pick a version in the Types panel."));
    else if (draft)
        m_state->setText(tr("<b>draft</b> — editable; double-click a cell to change it"));
    else
        m_state->setText(tr("published — read-only; press <i>New version</i> to edit a copy"));
    m_state->setAccessibleName(m_state->text());
    m_constraintModel->setSchema(v ? &v->schema : nullptr);
    m_newVersion->setEnabled(v != nullptr);
    for (QWidget* w :
         {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove),
          static_cast<QWidget*>(m_addConstraint), static_cast<QWidget*>(m_removeConstraint),
          static_cast<QWidget*>(m_constraintKind), static_cast<QWidget*>(m_constraintColumns),
          static_cast<QWidget*>(m_constraintExpression)})
        w->setEnabled(draft);
    m_fields->resizeColumnsToContents();
    m_constraints->resizeColumnsToContents();
}

QString SchemaEditor::statusText() const {
    return m_message->text();
}

void SchemaEditor::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d33; font-weight: bold") : QString());
    if (error && !text.isEmpty())
        qCInfo(lcSchemaEditor) << "edit rejected:" << text;
}

void SchemaEditor::addField() {
    const TypeVersion* v = m_id ? m_document->version(*m_id) : nullptr;
    if (!v)
        return;
    const QString name = freeFieldName(v->schema, QStringLiteral("new_field"));
    DataType type;
    type.kind = TypeKind::String;
    const QString error = m_document->editSchema(
        *m_id, [=](Schema s) { return strata::qt::addField(std::move(s), name, type); },
        tr("Add field %1").arg(name));
    showMessage(error, !error.isEmpty());
    if (error.isEmpty()) {
        const QModelIndex last = m_fieldModel->index(m_fieldModel->rowCount() - 1, 0);
        m_fields->setCurrentIndex(last);
        m_fields->edit(last);
    }
}

void SchemaEditor::removeSelectedField() {
    const QModelIndex current = m_fields->currentIndex();
    if (!m_id || !current.isValid())
        return;
    const int row = current.row();
    const QString name = m_fieldModel->index(row, FieldTableModel::NameColumn).data().toString();
    const QString error = m_document->editSchema(
        *m_id, [=](Schema s) { return removeField(std::move(s), row); },
        tr("Remove field %1").arg(name));
    showMessage(error, !error.isEmpty());
}

void SchemaEditor::addConstraint() {
    if (!m_id)
        return;
    Constraint constraint;
    constraint.kind = ConstraintKind(m_constraintKind->currentData().toInt());
    constraint.columns =
        toStdList(m_constraintColumns->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    constraint.expression = toStd(m_constraintExpression->text().trimmed());
    const QString error = m_document->editSchema(
        *m_id, [=](Schema s) { return strata::qt::addConstraint(std::move(s), constraint); },
        tr("Add %1 constraint").arg(m_constraintKind->currentText()));
    showMessage(error, !error.isEmpty());
    if (error.isEmpty()) {
        m_constraintColumns->clear();
        m_constraintExpression->clear();
    }
}

void SchemaEditor::removeSelectedConstraint() {
    const QModelIndex current = m_constraints->currentIndex();
    if (!m_id || !current.isValid())
        return;
    const int row = current.row();
    const QString error = m_document->editSchema(
        *m_id, [=](Schema s) { return removeConstraint(std::move(s), row); },
        tr("Remove constraint"));
    showMessage(error, !error.isEmpty());
}

} // namespace strata::qt
