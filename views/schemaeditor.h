#pragma once

// A version's fields and constraints. Drafts are edited in place: each cell edit is one undo
// step, input is checked as it is typed, and rejected edits say why.

#include "retranslator.h"
#include "strata/model/version.h"

#include <QLoggingCategory>
#include <QWidget>
#include <optional>

class QLabel;
class QTableView;
class QToolButton;
class QCheckBox;
class QComboBox;
class QLineEdit;

Q_DECLARE_LOGGING_CATEGORY(lcSchemaEditor)

namespace strata::qt {

class WorkspaceDocument;
class FieldTableModel;
class ConstraintTableModel;

class SchemaEditor : public QWidget {
    Q_OBJECT

public:
    SchemaEditor(WorkspaceDocument* document, QWidget* parent = nullptr);

    void setVersion(const std::optional<TypeVersionId>& id);
    std::optional<TypeVersionId> version() const { return m_id; }
    QTableView* fieldTable() const { return m_fields; }
    FieldTableModel* fieldModel() const { return m_fieldModel; }
    QString statusText() const;

    void addField();
    void removeSelectedField();

signals:
    void draftRequested(const QString& typeName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showMessage(const QString& text, bool error);
    void addConstraint();
    void removeSelectedConstraint();

    WorkspaceDocument* m_document;
    std::optional<TypeVersionId> m_id;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_message;
    QToolButton* m_newVersion;
    QToolButton* m_add;
    QToolButton* m_remove;
    QCheckBox* m_keepAlias;
    QTableView* m_fields;
    QTableView* m_constraints;
    QComboBox* m_constraintKind;
    QLineEdit* m_constraintColumns;
    QLineEdit* m_constraintExpression;
    QToolButton* m_addConstraint;
    QToolButton* m_removeConstraint;
    FieldTableModel* m_fieldModel;
    ConstraintTableModel* m_constraintModel;
    Retranslator m_texts;
};

} // namespace strata::qt
