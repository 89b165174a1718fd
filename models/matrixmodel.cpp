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

const MatrixCell* MatrixModel::cellAt(const QModelIndex& index) const {
    if (!m_matrix || !index.isValid() || index.row() >= index.column())
        return nullptr;
    return &m_matrix->cell(size_t(index.row()), size_t(index.column()));
}

std::optional<std::pair<TypeVersionId, TypeVersionId>>
MatrixModel::pairAt(const QModelIndex& index) const {
    if (!cellAt(index))
        return std::nullopt;
    return std::pair(m_matrix->versions.at(size_t(index.row())),
                     m_matrix->versions.at(size_t(index.column())));
}

bool MatrixModel::isBreak(int older, int newer) const {
    return std::find(m_breakCells.begin(), m_breakCells.end(), std::pair(older, newer)) !=
           m_breakCells.end();
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixCell* cell = cellAt(index);
    const Effect effect =
        cell ? effectOf(cell->readCompatible, cell->writeCompatible) : Effect::Unknown;
    const bool brk = isBreak(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.row() == index.column())
            return QStringLiteral("—");
        return cell ? effectName(effect) : QVariant();
    case Qt::BackgroundRole:
        return cell ? QBrush(effectColor(effect, isDarkPalette())) : QVariant();
    case Qt::ToolTipRole: {
        const auto pair = pairAt(index);
        if (!pair)
            return {};
        QString tip = tr("%1 → %2: %3")
                          .arg(versionLabel(pair->first), versionLabel(pair->second),
                               effectDescription(effect));
        if (brk)
            tip += QLatin1Char('\n') +
                   tr("Breaks transitivity: each step in between is read-compatible, but this "
                      "pair is not.");
        return tip;
    }
    case Qt::AccessibleTextRole:
        return cell ? QStringLiteral("%1 %2").arg(effectName(effect),
                                                  brk ? tr("transitivity break") : QString())
                    : QString();
    case EffectRole:
        return int(effect);
    case TransitivityBreakRole:
        return brk;
    case ReadRole:
        return cell ? QVariant(cell->readCompatible) : QVariant();
    case WriteRole:
        return cell ? QVariant(cell->writeCompatible) : QVariant();
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
