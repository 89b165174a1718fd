#pragma once

// The fields of one type version; editable when the version is a draft. Each edit becomes one
// undoable step on the document, and a rejected edit reports why through editRejected().

#include "rowtablemodel.h"
#include "strata/model/schema.h"

#include <optional>

namespace strata::qt {

class WorkspaceDocument;

class FieldTableModel : public RowTableModel<Field> {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        NullableColumn,
        DefaultColumn,
        SymbolsColumn,
        AliasesColumn,
        DocColumn,
        ColumnCount
    };

    explicit FieldTableModel(WorkspaceDocument* document, QObject* parent = nullptr);

    void setVersion(const std::optional<TypeVersionId>& id);
    std::optional<TypeVersionId> version() const { return m_id; }
    bool isEditable() const;
    // When renaming, keep the old name as an alias (so old data still matches the field).
    void setKeepAliasOnRename(bool keep) { m_keepAlias = keep; }

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void editRejected(const QString& reason);
    // The fields were replaced after an edit, undo or redo (rows may be the same count).
    void fieldsChanged();

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Field& field, int column, int role) const override;

private:
    void reload();
    QVector<Field> currentFields() const;

    WorkspaceDocument* m_document;
    std::optional<TypeVersionId> m_id;
    bool m_keepAlias = true;
};

} // namespace strata::qt
