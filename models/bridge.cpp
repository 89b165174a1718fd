#include "bridge.h"

#include "strata/model/workspace_io.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>

Q_LOGGING_CATEGORY(lcBridge, "strata.models.bridge", QtWarningMsg)

namespace strata::qt {

namespace {
// Translation context of the labels shared by every view.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

Effect effectOf(bool readCompatible, bool writeCompatible) {
    if (readCompatible && writeCompatible)
        return Effect::Safe;
    if (readCompatible)
        return Effect::ReadOnly;
    if (writeCompatible)
        return Effect::WriteOnly;
    return Effect::Breaking;
}

QString effectName(Effect effect) {
    switch (effect) {
    case Effect::Safe:
        return Labels::tr("safe");
    case Effect::ReadOnly:
        return Labels::tr("read-only");
    case Effect::WriteOnly:
        return Labels::tr("write-only");
    case Effect::Breaking:
        return Labels::tr("breaking");
    case Effect::Unknown:
        break;
    }
    return Labels::tr("unknown");
}

QString effectDescription(Effect effect) {
    switch (effect) {
    case Effect::Safe:
        return Labels::tr("Compatible both ways: upgrade readers and writers in any order.");
    case Effect::ReadOnly:
        return Labels::tr("The newer version reads old data, but old readers cannot read new data: "
                          "upgrade readers first.");
    case Effect::WriteOnly:
        return Labels::tr("Old readers read new data, but the newer version cannot read old data: "
                          "upgrade writers first.");
    case Effect::Breaking:
        return Labels::tr("Incompatible both ways: needs a migration of the stored data.");
    case Effect::Unknown:
        break;
    }
    return Labels::tr("No verdict available.");
}

QColor effectColor(Effect effect, bool dark) {
    switch (effect) {
    case Effect::Safe:
        return dark ? QColor(0x2e, 0x6b, 0x3f) : QColor(0xcd, 0xec, 0xd3);
    case Effect::ReadOnly:
        return dark ? QColor(0x2d, 0x55, 0x80) : QColor(0xcf, 0xe2, 0xf7);
    case Effect::WriteOnly:
        return dark ? QColor(0x7a, 0x5f, 0x1e) : QColor(0xfb, 0xe8, 0xb5);
    case Effect::Breaking:
        return dark ? QColor(0x82, 0x2f, 0x2f) : QColor(0xf6, 0xc9, 0xc6);
    case Effect::Unknown:
        break;
    }
    return dark ? QColor(0x44, 0x44, 0x44) : QColor(0xe6, 0xe6, 0xe6);
}

QString versionLabel(const TypeVersionId& id) {
    return toQString(id.toString());
}

QString typeText(const DataType& type) {
    return toQString(type.describe());
}

QString defaultText(const Field& field) {
    if (!field.defaultValue)
        return QStringLiteral("—");
    return jsonText(*field.defaultValue, false);
}

QString jsonText(const Json& value, bool pretty) {
    return toQString(pretty ? value.dump(2) : value.dump());
}

QStringList toStringList(const std::vector<std::string>& items) {
    QStringList list;
    for (const auto& item : items)
        list << toQString(item);
    return list;
}

std::vector<std::string> toStdList(const QStringList& items) {
    std::vector<std::string> list;
    for (const auto& item : items)
        list.push_back(toStd(item.trimmed()));
    return list;
}

QString policyName(CompatPolicy policy) {
    return toQString(toString(policy));
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return Labels::tr("info");
    case Severity::Warning:
        return Labels::tr("warning");
    case Severity::Error:
        return Labels::tr("error");
    }
    return {};
}

QString directionName(Direction direction) {
    return direction == Direction::Read ? Labels::tr("read (new reads old)")
                                        : Labels::tr("write (old reads new)");
}

QString roleName(NodeRole role) {
    switch (role) {
    case NodeRole::Reader:
        return Labels::tr("reader");
    case NodeRole::Writer:
        return Labels::tr("writer");
    case NodeRole::Both:
        return Labels::tr("reader and writer");
    }
    return {};
}

QString storeKindName(StoreKind kind) {
    switch (kind) {
    case StoreKind::Postgres:
        return QStringLiteral("PostgreSQL");
    case StoreKind::Kafka:
        return QStringLiteral("Kafka");
    case StoreKind::Elasticsearch:
        return QStringLiteral("Elasticsearch");
    case StoreKind::TiKV:
        return QStringLiteral("TiKV");
    }
    return {};
}

QString constraintKindName(ConstraintKind kind) {
    switch (kind) {
    case ConstraintKind::PrimaryKey:
        return Labels::tr("primary key");
    case ConstraintKind::Unique:
        return Labels::tr("unique");
    case ConstraintKind::ForeignKey:
        return Labels::tr("foreign key");
    case ConstraintKind::Check:
        return Labels::tr("check");
    case ConstraintKind::NotNull:
        return Labels::tr("not null");
    }
    return {};
}

QString constraintText(const Constraint& c) {
    const QString columns = toStringList(c.columns).join(QStringLiteral(", "));
    switch (c.kind) {
    case ConstraintKind::ForeignKey: {
        QString target = toQString(c.refType);
        if (c.refVersion)
            target += QStringLiteral("-v") + toQString(c.refVersion->toString());
        return QStringLiteral("(%1) → %2(%3)")
            .arg(columns, target, toStringList(c.refColumns).join(QStringLiteral(", ")));
    }
    case ConstraintKind::Check:
        return toQString(c.expression);
    default:
        return QStringLiteral("(%1)").arg(columns);
    }
}

bool isDarkPalette() {
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QString atomicWrite(const QString& path, const QByteArray& bytes) {
    const Status status =
        writeFileAtomically(QFile::encodeName(path).toStdString(),
                            std::string_view(bytes.constData(), size_t(bytes.size())));
    return status ? QString() : toQString(status.error().message);
}

} // namespace strata::qt
