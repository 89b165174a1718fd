#include "matrixmodel.h"

#include "languagenotifier.h"

#include <QBrush>

namespace strata::qt {

MatrixModel::MatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {
    retranslateOnLanguageChange(this);
}

void MatrixModel::setMatrix(std::optional<CompatMatrix> matrix) {
    beginResetModel();
    m_matrix = std::move(matrix);
    m_breakCells.clear();
    if (m_matrix)
        for (const auto& triple : m_matrix->transitivityBreaks)
            m_breakCells.emplace_back(int(triple[0]), int(triple[2]));
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->versions.size());
}

int MatrixModel::columnCount(const QModelIndex& parent) const {
    return rowCount(parent);
}

const Verdict* MatrixModel::verdictAt(const QModelIndex& index) const {
    if (!m_matrix || !index.isValid() || index.row() >= index.column())
        return nullptr;
    return &m_matrix->cells.at(size_t(index.row())).at(size_t(index.column()));
}

bool MatrixModel::isBreak(int older, int newer) const {
    return std::find(m_breakCells.begin(), m_breakCells.end(), std::pair(older, newer)) !=
           m_breakCells.end();
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Verdict* verdict = verdictAt(index);
    const Effect effect =
        verdict ? effectOf(verdict->readCompatible, verdict->writeCompatible) : Effect::Unknown;
    const bool brk = isBreak(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.row() == index.column())
            return QStringLiteral("—");
        return verdict ? effectName(effect) : QVariant();
    case Qt::BackgroundRole:
        return verdict ? QBrush(effectColor(effect, isDarkPalette())) : QVariant();
    case Qt::ToolTipRole: {
        if (!verdict)
            return {};
        QString tip = tr("%1 → %2: %3")
                          .arg(versionLabel(verdict->older), versionLabel(verdict->newer),
                               effectDescription(effect));
        if (brk)
            tip += QLatin1Char('\n') +
                   tr("Breaks transitivity: each step in between is read-compatible, but this "
                      "pair is not.");
        return tip;
    }
    case Qt::AccessibleTextRole:
        return verdict ? QStringLiteral("%1 %2").arg(effectName(effect),
                                                     brk ? tr("transitivity break") : QString())
                       : QString();
    case EffectRole:
        return int(effect);
    case TransitivityBreakRole:
        return brk;
    case ReadRole:
        return verdict ? QVariant(verdict->readCompatible) : QVariant();
    case WriteRole:
        return verdict ? QVariant(verdict->writeCompatible) : QVariant();
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_matrix || section < 0 || size_t(section) >= m_matrix->versions.size())
        return {};
    const QString label =
        QStringLiteral("v") + toQString(m_matrix->versions[size_t(section)].version.toString());
    if (role == Qt::DisplayRole)
        return label;
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Older version (writer) %1").arg(label)
                                           : tr("Newer version (reader) %1").arg(label);
    return {};
}

} // namespace strata::qt
