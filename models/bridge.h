#pragma once

// The one place where engine values become Qt values: strings, labels, colours and the
// compatibility "effect" every view colours by.

#include "strata/compat/verdict.h"
#include "strata/model/workspace.h"

#include <QByteArray>
#include <QColor>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcBridge)

namespace strata::qt {

inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
inline std::string toStd(const QString& text) {
    return text.toStdString();
}

// How a change between an older and a newer version behaves for readers and writers.
enum class Effect {
    Safe,      // both directions compatible
    ReadOnly,  // the newer version reads old data, old readers cannot read new data
    WriteOnly, // old readers read new data, the newer version cannot read old data
    Breaking,  // neither direction
    Unknown,   // no verdict (engine function missing or not computed yet)
};

Effect effectOf(bool readCompatible, bool writeCompatible);
QString effectName(Effect effect);
QString effectDescription(Effect effect);
// Background colour of a cell with this effect; `dark` picks the dark-theme shade.
QColor effectColor(Effect effect, bool dark);

QString versionLabel(const TypeVersionId& id);
QString typeText(const DataType& type);
// "—" for no default, "null" for an explicit null default, else compact JSON.
QString defaultText(const Field& field);
QString jsonText(const Json& value, bool pretty);
QStringList toStringList(const std::vector<std::string>& items);
std::vector<std::string> toStdList(const QStringList& items);

QString policyName(CompatPolicy policy);
QString severityName(Severity severity);
QString directionName(Direction direction);
QString roleName(NodeRole role);
QString storeKindName(StoreKind kind);
QString constraintKindName(ConstraintKind kind);
// One line describing a constraint: "PRIMARY KEY (a, b)", "FOREIGN KEY (x) → T.y", ...
QString constraintText(const Constraint& constraint);

// Whether the palette in use is dark (window colour darker than its text).
bool isDarkPalette();

// Writes `bytes` to `path` the way the engine writes workspaces (strata::writeFileAtomically):
// through a temp file renamed over the file, following symbolic links to the file they name,
// and keeping a replaced file's mode and owner. Returns what went wrong, empty on success.
QString atomicWrite(const QString& path, const QByteArray& bytes);

} // namespace strata::qt
