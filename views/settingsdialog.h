#pragma once

// Preferences: interface language, light/dark theme, autosave interval.

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace strata::qt {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Stores the choices in QSettings and applies the theme; the language applies on restart.
    void accept() override;

    static QString language();     // "en" or "zh_CN"
    static QString theme();        // "system", "light" or "dark"
    static int autosaveMinutes();  // 0 disables autosave

private:
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_autosave;
};

} // namespace strata::qt
