#include "schemaedits.h"

#include "bridge.h"
#include "strata/model/workspace_io.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata::qt {

namespace {

// Translation context of the edit errors.
class SchemaEdits {
    Q_DECLARE_TR_FUNCTIONS(SchemaEdits)
};

Error editError(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, toStd(message));
}

// Applies the edit, then checks the whole schema so no edit can leave it invalid.
Result<Schema> validated(Schema schema) {
    if (Status status = validateSchema(schema); !status)
        return status.error();
    return schema;
}

bool validIndex(const Schema& schema, int index) {
    return index >= 0 && size_t(index) < schema.fields.size();
}

bool isIdentifier(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Parsed<DataType> parseTypeText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt,
                SchemaEdits::tr("Type a data type, for example int64 or decimal(10,2).")};
    if (trimmed == QLatin1String("enum")) {
        DataType type;
        type.kind = TypeKind::Enum;
        type.symbols = {"UNKNOWN"};
        return {type, {}};
    }
    Result<DataType> parsed = parseDataType(Json(toStd(trimmed)), "type");
    if (!parsed)
        return {std::nullopt, toQString(parsed.error().message)};
    return {parsed.value(), {}};
}

Parsed<std::optional<Json>> parseDefaultText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QStringLiteral("—"))
        return {std::optional<Json>(std::nullopt), {}};
    Json value = Json::parse(toStd(trimmed), nullptr, false);
    if (value.is_discarded()) {
        static const QRegularExpression word(QStringLiteral("^[^\"{}\\[\\],:]+$"));
        if (!word.match(trimmed).hasMatch())
            return {std::nullopt,
                    SchemaEdits::tr("Not valid JSON: write a number, true/false, null, "
                                    "\"text\", [..] or {..}.")};
        value = Json(toStd(trimmed));
    }
    return {std::optional<Json>(value), {}};
}

Result<Schema> addField(Schema schema, const QString& name, const DataType& type) {
    if (!isIdentifier(name))
        return editError(
            SchemaEdits::tr("A field name starts with a letter or _ and has letters, digits, _."));
    Field field;
    field.name = toStd(name);
    field.type = type;
    field.nullable = true;
    field.defaultValue = Json(nullptr);
    schema.fields.push_back(std::move(field));
    return validated(std::move(schema));
}

Result<Schema> removeField(Schema schema, int index) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    const std::string name = schema.fields[size_t(index)].name;
    schema.fields.erase(schema.fields.begin() + index);
    std::erase_if(schema.constraints, [&](const Constraint& c) {
        return std::find(c.columns.begin(), c.columns.end(), name) != c.columns.end();
    });
    return validated(std::move(schema));
}

Result<Schema> renameField(Schema schema, int index, const QString& name, bool keepAlias) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    if (!isIdentifier(name))
        return editError(
            SchemaEdits::tr("A field name starts with a letter or _ and has letters, digits, _."));
    Field& field = schema.fields[size_t(index)];
    const std::string oldName = field.name;
    const std::string newName = toStd(name);
    if (oldName == newName)
        return schema;
    field.name = newName;
    std::erase(field.aliases, newName);
    if (keepAlias &&
        std::find(field.aliases.begin(), field.aliases.end(), oldName) == field.aliases.end())
        field.aliases.push_back(oldName);
    for (Constraint& c : schema.constraints)
        std::replace(c.columns.begin(), c.columns.end(), oldName, newName);
    return validated(std::move(schema));
}

Result<Schema> setFieldType(Schema schema, int index, const DataType& type) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    Field& field = schema.fields[size_t(index)];
    DataType next = type;
    if (next.kind == TypeKind::Enum && next.name.empty())
        next.name = field.name;
    field.type = next;
    return validated(std::move(schema));
}

Result<Schema> setFieldNullable(Schema schema, int index, bool nullable) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    schema.fields[size_t(index)].nullable = nullable;
    return validated(std::move(schema));
}

Result<Schema> setFieldDefault(Schema schema, int index, std::optional<Json> value) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    schema.fields[size_t(index)].defaultValue = std::move(value);
    return validated(std::move(schema));
}

Result<Schema> setFieldAliases(Schema schema, int index, const QStringList& aliases) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    QStringList cleaned;
    for (const QString& alias : aliases) {
        if (alias.trimmed().isEmpty())
            continue;
        if (!isIdentifier(alias.trimmed()))
            return editError(
                SchemaEdits::tr("Alias \"%1\" is not a valid field name.").arg(alias.trimmed()));
        cleaned << alias.trimmed();
    }
    schema.fields[size_t(index)].aliases = toStdList(cleaned);
    return validated(std::move(schema));
}

Result<Schema> setFieldDoc(Schema schema, int index, const QString& doc) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    schema.fields[size_t(index)].doc = toStd(doc);
    return validated(std::move(schema));
}

Result<Schema> setEnumSymbols(Schema schema, int index, const QStringList& symbols) {
    if (!validIndex(schema, index))
        return editError(SchemaEdits::tr("No such field."));
    DataType& type = schema.fields[size_t(index)].type;
    if (type.kind != TypeKind::Enum)
        return editError(SchemaEdits::tr("Only enum fields have symbols."));
    QStringList cleaned;
    for (const QString& symbol : symbols)
        if (!symbol.trimmed().isEmpty())
            cleaned << symbol.trimmed();
    if (cleaned.isEmpty())
        return editError(SchemaEdits::tr("An enum needs at least one symbol."));
    type.symbols = toStdList(cleaned);
    return validated(std::move(schema));
}

Result<Schema> addConstraint(Schema schema, Constraint constraint) {
    schema.constraints.push_back(std::move(constraint));
    return validated(std::move(schema));
}

Result<Schema> removeConstraint(Schema schema, int index) {
    if (index < 0 || size_t(index) >= schema.constraints.size())
        return editError(SchemaEdits::tr("No such constraint."));
    schema.constraints.erase(schema.constraints.begin() + index);
    return validated(std::move(schema));
}

QString freeFieldName(const Schema& schema, const QString& base) {
    QString name = base;
    for (int n = 2; schema.findField(toStd(name)); ++n)
        name = QStringLiteral("%1_%2").arg(base).arg(n);
    return name;
}

} // namespace strata::qt
