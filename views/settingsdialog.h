#pragma once

// Preferences: interface language, light/dark theme, autosave interval.

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace strata::qt {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Stores the choices in QSettings and applies the theme and the language at once.
    void accept() override;

    // Installs the translators of `language` ("en" or "zh_CN") in place of the current ones;
    // every widget and model then retranslates on QEvent::LanguageChange, and the default
    // QLocale becomes that language's (the system's for English). False if the console has no
    // translation for `language` (English stays).
    static bool applyLanguage(const QString& language);

    static QString language();    // "en" or "zh_CN"
    static QString theme();       // "system", "light" or "dark"
    static int autosaveMinutes(); // 0 disables autosave

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_autosave;
    QLabel* m_languageLabel;
    QLabel* m_themeLabel;
    QLabel* m_autosaveLabel;
};

} // namespace strata::qt
