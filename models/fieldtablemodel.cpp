#include "fieldtablemodel.h"

#include "bridge.h"
#include "schemaedits.h"
#include "workspacedocument.h"

namespace strata::qt {

FieldTableModel::FieldTableModel(WorkspaceDocument* document, QObject* parent)
    : RowTableModel<Field>(parent)
    , m_document(document) {
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] { setVersion({}); });
    connect(document, &WorkspaceDocument::structureChanged, this, [this] {
        if (m_id && !m_document->version(*m_id))
            setVersion({});
        else
            reload();
    });
    connect(document, &WorkspaceDocument::versionChanged, this, [this](const QString& label) {
        if (m_id && versionLabel(*m_id) == label)
            reload();
    });
}

void FieldTableModel::setVersion(const std::optional<TypeVersionId>& id) {
    m_id = id;
    setRows(currentFields());
}

QVector<Field> FieldTableModel::currentFields() const {
    if (m_id)
        if (const TypeVersion* v = m_document->version(*m_id))
            return QVector<Field>(v->schema.fields.begin(), v->schema.fields.end());
    return {};
}

void FieldTableModel::reload() {
    updateRows(currentFields());
    emit fieldsChanged();
}

bool FieldTableModel::isEditable() const {
    return m_id && m_document->isDraft(*m_id);
}

QString FieldTableModel::header(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case NullableColumn:
        return tr("Nullable");
    case DefaultColumn:
        return tr("Default");
    case SymbolsColumn:
        return tr("Enum symbols");
    case AliasesColumn:
        return tr("Aliases");
    case DocColumn:
        return tr("Description");
    default:
        return {};
    }
}

QVariant FieldTableModel::cell(const Field& field, int column, int role) const {
    const bool isEnum = field.type.kind == TypeKind::Enum;
    if (role == Qt::CheckStateRole && column == NullableColumn)
        return field.nullable ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return toQString(field.name);
        case TypeColumn:
            return typeText(field.type);
        case NullableColumn:
            return role == Qt::EditRole ? QVariant(field.nullable) : QVariant();
        case DefaultColumn:
            if (role == Qt::EditRole && !field.defaultValue)
                return QString();
            return defaultText(field);
        case SymbolsColumn:
            return isEnum ? toStringList(field.type.symbols).join(QStringLiteral(", ")) : QString();
        case AliasesColumn:
            return toStringList(field.aliases).join(QStringLiteral(", "));
        case DocColumn:
            return toQString(field.doc);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == DefaultColumn)
        return field.defaultValue ? tr("Readers fill this value when old data lacks the field.")
                                  : tr("No default: a reader cannot fill this field from data "
                                       "written without it.");
    return {};
}

Qt::ItemFlags FieldTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = RowTableModel<Field>::flags(index);
    if (!index.isValid() || !isEditable())
        return flags;
    if (index.column() == NullableColumn)
        return flags | Qt::ItemIsUserCheckable;
    if (index.column() == SymbolsColumn && row(index.row()).type.kind != TypeKind::Enum)
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool FieldTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable())
        return false;
    const int at = index.row();
    const QString name = toQString(row(at).name);
    const QString text = value.toString();
    WorkspaceDocument::SchemaEdit edit;
    QString label;

    if (index.column() == NullableColumn && role == Qt::CheckStateRole) {
        const bool nullable = value.toInt() == Qt::Checked;
        edit = [=](Schema s) { return setFieldNullable(std::move(s), at, nullable); };
        label = nullable ? tr("Make %1 nullable").arg(name) : tr("Make %1 required").arg(name);
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == NameColumn) {
        const bool keep = m_keepAlias;
        edit = [=](Schema s) { return renameField(std::move(s), at, text.trimmed(), keep); };
        label = tr("Rename %1 to %2").arg(name, text.trimmed());
    } else if (index.column() == TypeColumn) {
        Parsed<DataType> type = parseTypeText(text);
        if (!type.value) {
            emit editRejected(type.error);
            return false;
        }
        edit = [=](Schema s) { return setFieldType(std::move(s), at, *type.value); };
        label = tr("Change type of %1 to %2").arg(name, text.trimmed());
    } else if (index.column() == DefaultColumn) {
        Parsed<std::optional<Json>> parsed = parseDefaultText(text);
        if (!parsed.value) {
            emit editRejected(parsed.error);
            return false;
        }
        edit = [=](Schema s) { return setFieldDefault(std::move(s), at, *parsed.value); };
        label = tr("Change default of %1").arg(name);
    } else if (index.column() == SymbolsColumn) {
        const QStringList symbols = text.split(QLatin1Char(','));
        edit = [=](Schema s) { return setEnumSymbols(std::move(s), at, symbols); };
        label = tr("Change symbols of %1").arg(name);
    } else if (index.column() == AliasesColumn) {
        const QStringList aliases = text.split(QLatin1Char(','));
        edit = [=](Schema s) { return setFieldAliases(std::move(s), at, aliases); };
        label = tr("Change aliases of %1").arg(name);
    } else if (index.column() == DocColumn) {
        edit = [=](Schema s) { return setFieldDoc(std::move(s), at, text); };
        label = tr("Describe %1").arg(name);
    } else {
        return false;
    }

    const QString error = m_document->editSchema(*m_id, edit, label);
    if (!error.isEmpty()) {
        emit editRejected(error);
        return false;
    }
    return true;
}

} // namespace strata::qt
