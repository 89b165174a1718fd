#pragma once

// Types and their versions as a two-level tree, fed by the open workspace document.

#include <QAbstractItemModel>

namespace strata::qt {

class WorkspaceDocument;

class TypeTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, PolicyColumn, FieldsColumn, ColumnCount };
    enum Role {
        VersionLabelRole = Qt::UserRole + 1, // "Order-v1.0.0" on version rows, empty on types
        TypeNameRole,
        IsDraftRole,
    };

    explicit TypeTreeModel(WorkspaceDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Index of a version row by its label, invalid if absent.
    QModelIndex indexOfVersion(const QString& label) const;

private:
    QVariant typeData(int typeRow, int column, int role) const;
    QVariant versionData(int typeRow, int versionRow, int column, int role) const;

    WorkspaceDocument* m_document;
};

} // namespace strata::qt
