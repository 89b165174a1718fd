#include "typetreemodel.h"

#include "bridge.h"
#include "languagenotifier.h"
#include "workspacedocument.h"

#include <QFont>

namespace strata::qt {

// Type rows carry internal id 0; version rows carry their type's row + 1.
TypeTreeModel::TypeTreeModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document) {
    retranslateOnLanguageChange(this);
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &WorkspaceDocument::workspaceReset, this, reset);
    connect(document, &WorkspaceDocument::structureChanged, this, reset);
    connect(document, &WorkspaceDocument::versionChanged, this, [this](const QString& label) {
        const QModelIndex at = indexOfVersion(label);
        if (at.isValid())
            emit dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
    });
}

QModelIndex TypeTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TypeTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TypeTreeModel::rowCount(const QModelIndex& parent) const {
    const auto& types = m_document->workspace().types;
    if (!parent.isValid())
        return int(types.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(types.at(size_t(parent.row())).versions.size());
}

int TypeTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant TypeTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return typeData(index.row(), index.column(), role);
    return versionData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant TypeTreeModel::typeData(int typeRow, int column, int role) const {
    const TypeDef& type = m_document->workspace().types.at(size_t(typeRow));
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return toQString(type.name);
        if (column == PolicyColumn)
            return policyName(type.policy);
        if (column == FieldsColumn)
            return tr("%n version(s)", nullptr, int(type.versions.size()));
        return {};
    case Qt::ToolTipRole:
        // the policy cell may be narrower than its text: its tooltip carries all of it
        return column == PolicyColumn ? policyName(type.policy) : toQString(type.doc);
    case TypeNameRole:
        return toQString(type.name);
    case VersionLabelRole:
        return QString();
    case IsDraftRole:
        return false;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return column == NameColumn ? QVariant(font) : QVariant();
    }
    default:
        return {};
    }
}

QVariant TypeTreeModel::versionData(int typeRow, int versionRow, int column, int role) const {
    const TypeDef& type = m_document->workspace().types.at(size_t(typeRow));
    const TypeVersion& version = type.versions.at(size_t(versionRow));
    const bool draft = m_document->isDraft(version.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            const QString label = QStringLiteral("v") + toQString(version.id.version.toString());
            return draft ? tr("%1 (draft)").arg(label) : label;
        }
        if (column == FieldsColumn)
            return tr("%n field(s)", nullptr, int(version.schema.fields.size()));
        return {};
    case Qt::ToolTipRole:
        return toQString(version.doc);
    case TypeNameRole:
        return toQString(type.name);
    case VersionLabelRole:
        return versionLabel(version.id);
    case IsDraftRole:
        return draft;
    case Qt::FontRole: {
        QFont font;
        font.setItalic(draft);
        return draft ? QVariant(font) : QVariant();
    }
    default:
        return {};
    }
}

QVariant TypeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Type / version");
    case PolicyColumn:
        return tr("Policy");
    case FieldsColumn:
        return tr("Size");
    default:
        return {};
    }
}

QModelIndex TypeTreeModel::indexOfVersion(const QString& label) const {
    Result<TypeVersionId> id = TypeVersionId::parse(toStd(label));
    if (!id)
        return {};
    const auto& types = m_document->workspace().types;
    for (size_t t = 0; t < types.size(); ++t) {
        if (types[t].name != id->name)
            continue;
        for (size_t v = 0; v < types[t].versions.size(); ++v)
            if (types[t].versions[v].id == id.value())
                return index(int(v), 0, index(int(t), 0));
    }
    return {};
}

} // namespace strata::qt
