#include "findingsmodel.h"

#include "bridge.h"
#include "findingtext.h"

#include <QBrush>

namespace strata::qt {

void FindingsModel::setFindings(const std::vector<Finding>& findings) {
    setRows(QVector<Finding>(findings.begin(), findings.end()));
}

QString FindingsModel::header(int column) const {
    switch (column) {
    case SeverityColumn:
        return tr("Severity");
    case DirectionColumn:
        return tr("Direction");
    case PathColumn:
        return tr("Field");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

QVariant FindingsModel::cell(const Finding& finding, int column, int role) const {
    if (role == Qt::ForegroundRole && column == SeverityColumn) {
        const bool dark = isDarkPalette();
        if (finding.severity == Severity::Error)
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x1b, 0x1b));
        if (finding.severity == Severity::Warning)
            return QBrush(dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x9a, 0x67, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 · %2\n%3")
            .arg(directionName(finding.direction), toQString(finding.rule),
                 FindingText::sentence(finding));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case SeverityColumn:
        return severityName(finding.severity);
    case DirectionColumn:
        return directionName(finding.direction);
    case PathColumn:
        return toQString(finding.path);
    case RuleColumn:
        return toQString(finding.rule);
    case MessageColumn:
        return FindingText::sentence(finding);
    default:
        return {};
    }
}

} // namespace strata::qt
