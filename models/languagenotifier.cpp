#include "languagenotifier.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace strata::qt {

namespace {

// dataChanged for every row of `parent` and, below it, of each row's children.
void announceAll(QAbstractItemModel* model, const QModelIndex& parent) {
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    if (rows == 0 || columns == 0)
        return;
    emit model->dataChanged(model->index(0, 0, parent),
                            model->index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            announceAll(model, child);
    }
}

} // namespace

LanguageNotifier::LanguageNotifier()
    : QObject(QCoreApplication::instance()) {
    QCoreApplication::instance()->installEventFilter(this);
}

LanguageNotifier* LanguageNotifier::instance() {
    static LanguageNotifier* notifier = new LanguageNotifier; // owned by the application
    return notifier;
}

bool LanguageNotifier::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        emit languageChanged();
    return QObject::eventFilter(watched, event);
}

void retranslateOnLanguageChange(QAbstractItemModel* model) {
    QObject::connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, model,
                     [model] {
                         const int columns = model->columnCount();
                         if (columns > 0)
                             emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
                         const int rows = model->rowCount();
                         if (rows > 0)
                             emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
                         announceAll(model, {});
                     });
}

} // namespace strata::qt
