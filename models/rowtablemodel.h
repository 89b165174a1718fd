#pragma once

// Owns the QAbstractItemModel contract for flat tables of rows; concrete models only state
// their columns and answer what is in a cell.

#include "languagenotifier.h"

#include <QAbstractTableModel>
#include <QVector>

namespace strata::qt {

template <typename Row> class RowTableModel : public QAbstractTableModel {
public:
    explicit RowTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent) {
        retranslateOnLanguageChange(this);
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : columns();
    }
    QVariant data(const QModelIndex& index, int role) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || section < 0 || section >= columns())
            return {};
        if (role == Qt::DisplayRole)
            return header(section);
        return {};
    }

    const QVector<Row>& rows() const { return m_rows; }
    const Row& row(int index) const { return m_rows.at(index); }
    void setRows(QVector<Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // Like setRows, but keeps open editors and selections when the row count is unchanged.
    void updateRows(QVector<Row> rows) {
        if (rows.size() != m_rows.size() || m_rows.isEmpty()) {
            setRows(std::move(rows));
            return;
        }
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns() - 1));
    }

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    void appendRow(Row row) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.push_back(std::move(row));
        endInsertRows();
    }
    void removeFirstRows(int count) {
        if (count <= 0)
            return;
        beginRemoveRows({}, 0, count - 1);
        m_rows.remove(0, count);
        endRemoveRows();
    }

private:
    QVector<Row> m_rows;
};

} // namespace strata::qt
