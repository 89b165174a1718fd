#pragma once

// Offline schema edits as pure functions: each takes a schema and returns the edited copy, or
// an error a user can act on. The document wraps them in undo commands; nothing here touches
// a workspace.

#include "strata/model/schema.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace strata::qt {

// Outcome of parsing user input; `error` is empty on success.
template <typename T> struct Parsed {
    std::optional<T> value;
    QString error;
};

// A type typed by the user: "int64", "decimal(10,2)", "array<string>", "enum", ...
Parsed<DataType> parseTypeText(const QString& text);
// A default typed by the user: empty means no default, "null" an explicit null, else JSON
// (bare words are taken as strings).
Parsed<std::optional<Json>> parseDefaultText(const QString& text);

Result<Schema> addField(Schema schema, const QString& name, const DataType& type);
Result<Schema> removeField(Schema schema, int index);
// Renames a field; the old name is kept as an alias when `keepAlias` so old data still matches.
Result<Schema> renameField(Schema schema, int index, const QString& name, bool keepAlias);
Result<Schema> setFieldType(Schema schema, int index, const DataType& type);
Result<Schema> setFieldNullable(Schema schema, int index, bool nullable);
Result<Schema> setFieldDefault(Schema schema, int index, std::optional<Json> value);
Result<Schema> setFieldAliases(Schema schema, int index, const QStringList& aliases);
Result<Schema> setFieldDoc(Schema schema, int index, const QString& doc);
Result<Schema> setEnumSymbols(Schema schema, int index, const QStringList& symbols);
Result<Schema> addConstraint(Schema schema, Constraint constraint);
Result<Schema> removeConstraint(Schema schema, int index);

// A name for a new field that does not clash: "field", "field_2", ...
QString freeFieldName(const Schema& schema, const QString& base);

} // namespace strata::qt
