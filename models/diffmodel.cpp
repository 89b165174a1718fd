#include "diffmodel.h"

#include <QBrush>
#include <QCoreApplication>

namespace strata::qt {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("strata::qt::DiffModel", text); }

// The top-level field a finding path points into ("address.city" → "address").
std::string rootOf(const std::string& path)
{
    const size_t end = path.find_first_of(".[");
    return end == std::string::npos ? path : path.substr(0, end);
}

bool failsIn(const Verdict& verdict, Direction direction, const std::string& readerField)
{
    return std::any_of(verdict.findings.begin(), verdict.findings.end(), [&](const Finding& f) {
        return f.direction == direction && f.severity == Severity::Error &&
               rootOf(f.path) == readerField;
    });
}

QString describeChange(const Field& older, const Field& newer)
{
    QStringList parts;
    if (older.name != newer.name)
        parts << tr("renamed from %1").arg(toQString(older.name));
    if (!(older.type == newer.type))
        parts << QStringLiteral("%1 → %2").arg(typeText(older.type), typeText(newer.type));
    if (older.nullable != newer.nullable)
        parts << (newer.nullable ? tr("now nullable") : tr("now required"));
    if (older.defaultValue != newer.defaultValue)
        parts << tr("default %1 → %2").arg(defaultText(older), defaultText(newer));
    if (older.aliases != newer.aliases && older.name == newer.name)
        parts << tr("aliases changed");
    return parts.join(QStringLiteral("; "));
}

const Field* partnerOf(const Field& newer, const Schema& older)
{
    if (const Field* same = older.findField(newer.name))
        return same;
    for (const auto& alias : newer.aliases)
        if (const Field* renamed = older.findField(alias))
            return renamed;
    return nullptr;
}

} // namespace

QVector<DiffRow> diffFields(const Schema& older, const Schema& newer, const Verdict* verdict)
{
    QVector<DiffRow> rows;
    std::vector<const Field*> matched;
    for (const Field& field : newer.fields) {
        DiffRow row;
        row.newer = field;
        if (const Field* partner = partnerOf(field, older)) {
            row.older = *partner;
            matched.push_back(partner);
            row.change = describeChange(*partner, field);
        } else {
            row.change = tr("added");
        }
        row.changed = !row.older || !(*row.older == field);
        rows.push_back(std::move(row));
    }
    for (const Field& field : older.fields) {
        if (std::find(matched.begin(), matched.end(), &field) != matched.end())
            continue;
        DiffRow row;
        row.older = field;
        row.change = tr("removed");
        row.changed = true;
        rows.push_back(std::move(row));
    }
    for (DiffRow& row : rows) {
        if (!row.changed) {
            row.change = tr("unchanged");
            row.effect = Effect::Safe;
            continue;
        }
        if (!verdict)
            continue;
        // the newer version is the reader in the Read direction, the older one in Write
        const bool readFails = row.newer && failsIn(*verdict, Direction::Read, row.newer->name);
        const bool writeFails = row.older && failsIn(*verdict, Direction::Write, row.older->name);
        row.effect = effectOf(!readFails, !writeFails);
    }
    return rows;
}

QString DiffModel::header(int column) const
{
    switch (column) {
    case OldFieldColumn: return tr("Older field");
    case OldTypeColumn: return tr("Older type");
    case ChangeColumn: return tr("Change");
    case NewFieldColumn: return tr("Newer field");
    case NewTypeColumn: return tr("Newer type");
    case EffectColumn: return tr("Effect");
    default: return {};
    }
}

QVariant DiffModel::cell(const DiffRow& row, int column, int role) const
{
    if (role == EffectRole)
        return int(row.effect);
    if (role == ChangedRole)
        return row.changed;
    if (role == Qt::BackgroundRole)
        return row.changed ? QBrush(effectColor(row.effect, isDarkPalette())) : QBrush();
    if (role == Qt::ToolTipRole)
        return effectDescription(row.effect);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OldFieldColumn: return row.older ? toQString(row.older->name) : QString();
    case OldTypeColumn: return row.older ? typeText(row.older->type) : QString();
    case ChangeColumn: return row.change;
    case NewFieldColumn: return row.newer ? toQString(row.newer->name) : QString();
    case NewTypeColumn: return row.newer ? typeText(row.newer->type) : QString();
    case EffectColumn: return effectName(row.effect);
    default: return {};
    }
}

} // namespace strata::qt
