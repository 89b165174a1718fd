#pragma once

// Live language switching for item models. QEvent::LanguageChange reaches widgets only, so one
// filter on the application object relays it as a signal; a model registered here then tells
// its views that every header and cell changed, and they fetch the retranslated texts.

#include <QObject>

class QAbstractItemModel;

namespace strata::qt {

class LanguageNotifier : public QObject {
    Q_OBJECT

public:
    // The one notifier of this application; created on first use.
    static LanguageNotifier* instance();

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LanguageNotifier();
};

// Makes `model` emit headerDataChanged and dataChanged for everything it holds whenever the
// interface language changes.
void retranslateOnLanguageChange(QAbstractItemModel* model);

} // namespace strata::qt
