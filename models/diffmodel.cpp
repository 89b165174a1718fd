#include "diffmodel.h"

#include <QBrush>
#include <QCoreApplication>

namespace strata::qt {

namespace {

// The top-level field a change path points into ("address.city" → "address").
std::string rootOf(const std::string& path) {
    const size_t end = path.find_first_of(".[{");
    return end == std::string::npos ? path : path.substr(0, end);
}

const Field* partnerOf(const Field& newer, const Schema& older) {
    if (const Field* same = older.findField(newer.name))
        return same;
    for (const auto& alias : newer.aliases)
        if (const Field* renamed = older.findField(alias))
            return renamed;
    return nullptr;
}

bool isFieldChange(ChangeKind kind) {
    return kind != ChangeKind::ConstraintAdded && kind != ChangeKind::ConstraintRemoved;
}

// Folds the changes into the row: text, engine sentences, and the combined effect.
void classify(DiffRow& row, const std::vector<const Change*>& changes) {
    QStringList texts, details;
    bool readBreaks = false, writeBreaks = false;
    for (const Change* c : changes) {
        texts << changeText(*c);
        details << toQString(c->message);
        readBreaks |= c->read == strata::Effect::Breaking;
        writeBreaks |= c->write == strata::Effect::Breaking;
        row.lossy |= c->read == strata::Effect::Lossy || c->write == strata::Effect::Lossy;
    }
    row.changed = !changes.empty();
    row.change = row.changed ? texts.join(QStringLiteral("; ")) : DiffModel::tr("unchanged");
    if (row.lossy)
        row.change += DiffModel::tr(" (lossy)");
    row.details = details.join(QLatin1Char('\n'));
    row.effect = effectOf(!readBreaks, !writeBreaks);
}

} // namespace

QString changeText(const Change& c) {
    const QString before = toQString(c.before), after = toQString(c.after);
    switch (c.kind) {
    case ChangeKind::FieldAdded:
        return DiffModel::tr("added");
    case ChangeKind::FieldRemoved:
        return DiffModel::tr("removed");
    case ChangeKind::FieldRenamed:
        return DiffModel::tr("renamed from %1").arg(before);
    case ChangeKind::LikelyRename:
        return DiffModel::tr("looks renamed from %1, but no alias").arg(before);
    case ChangeKind::TypeChanged:
        return QStringLiteral("%1 → %2").arg(before, after);
    case ChangeKind::NullabilityChanged:
        return DiffModel::tr("%1 → %2").arg(before, after);
    case ChangeKind::DefaultChanged:
        return DiffModel::tr("default %1 → %2").arg(before, after);
    case ChangeKind::AliasesChanged:
        return DiffModel::tr("aliases %1 → %2").arg(before, after);
    case ChangeKind::EnumSymbolsAdded:
        return DiffModel::tr("symbols added: %1").arg(after);
    case ChangeKind::EnumSymbolsRemoved:
        return DiffModel::tr("symbols removed: %1").arg(before);
    case ChangeKind::EnumDefaultChanged:
        return DiffModel::tr("enum default %1 → %2").arg(before, after);
    case ChangeKind::NamedTypeRenamed:
        return DiffModel::tr("type name %1 → %2").arg(before, after);
    case ChangeKind::ConstraintAdded:
        return DiffModel::tr("constraint added: %1").arg(after);
    case ChangeKind::ConstraintRemoved:
        return DiffModel::tr("constraint removed: %1").arg(before);
    case ChangeKind::DocChanged:
        return DiffModel::tr("description changed");
    }
    return {};
}

QVector<DiffRow> diffRows(const Schema& older, const Schema& newer, const SchemaDiff& diff) {
    QVector<DiffRow> rows;
    std::vector<const Field*> matched;
    std::vector<bool> used(diff.changes.size(), false);
    // changes about `name`, in the newer version's terms unless `removed`
    auto changesFor = [&](const std::string& name, bool removed) {
        std::vector<const Change*> found;
        for (size_t i = 0; i < diff.changes.size(); ++i) {
            const Change& c = diff.changes[i];
            if (used[i] || !isFieldChange(c.kind) || rootOf(c.path) != name)
                continue;
            if (removed != (c.kind == ChangeKind::FieldRemoved))
                continue;
            used[i] = true;
            found.push_back(&c);
        }
        return found;
    };
    for (const Field& field : newer.fields) {
        DiffRow row;
        row.newer = field;
        if (const Field* partner = partnerOf(field, older)) {
            row.older = *partner;
            matched.push_back(partner);
        }
        classify(row, changesFor(field.name, false));
        rows.push_back(std::move(row));
    }
    for (const Field& field : older.fields) {
        if (std::find(matched.begin(), matched.end(), &field) != matched.end())
            continue;
        DiffRow row;
        row.older = field;
        classify(row, changesFor(field.name, true));
        rows.push_back(std::move(row));
    }
    for (size_t i = 0; i < diff.changes.size(); ++i) {
        if (used[i])
            continue;
        DiffRow row;
        classify(row, {&diff.changes[i]});
        rows.push_back(std::move(row));
    }
    return rows;
}

QString DiffModel::header(int column) const {
    switch (column) {
    case OldFieldColumn:
        return tr("Older field");
    case OldTypeColumn:
        return tr("Older type");
    case ChangeColumn:
        return tr("Change");
    case NewFieldColumn:
        return tr("Newer field");
    case NewTypeColumn:
        return tr("Newer type");
    case EffectColumn:
        return tr("Effect");
    default:
        return {};
    }
}

QVariant DiffModel::cell(const DiffRow& row, int column, int role) const {
    if (role == EffectRole)
        return int(row.effect);
    if (role == ChangedRole)
        return row.changed;
    if (role == Qt::BackgroundRole)
        return row.changed ? QBrush(effectColor(row.effect, isDarkPalette())) : QBrush();
    if (role == Qt::ToolTipRole)
        return row.details.isEmpty()
                   ? effectDescription(row.effect)
                   : row.details + QLatin1Char('\n') + effectDescription(row.effect);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OldFieldColumn:
        return row.older ? toQString(row.older->name) : QString();
    case OldTypeColumn:
        return row.older ? typeText(row.older->type) : QString();
    case ChangeColumn:
        return row.change;
    case NewFieldColumn:
        return row.newer ? toQString(row.newer->name) : QString();
    case NewTypeColumn:
        return row.newer ? typeText(row.newer->type) : QString();
    case EffectColumn:
        return effectName(row.effect);
    default:
        return {};
    }
}

} // namespace strata::qt
