#include "settingsdialog.h"

#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTranslator>
#include <QVBoxLayout>
#include <memory>

namespace strata::qt {

namespace {

// The translators installed for the current language; empty for English.
std::vector<std::unique_ptr<QTranslator>>& installedTranslators() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_languageLabel(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_autosaveLabel(new QLabel(this)) {
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(m_language->findData(language()));
    for (const char* name : {"system", "light", "dark"})
        m_theme->addItem(QString(), QString::fromLatin1(name));
    m_theme->setCurrentIndex(m_theme->findData(theme()));
    m_autosave->setRange(0, 60);
    m_autosave->setValue(autosaveMinutes());
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_autosaveLabel->setBuddy(m_autosave);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_autosaveLabel, m_autosave);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Settings"));
    m_language->setAccessibleName(tr("Language"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("off"));
    m_autosave->setAccessibleName(tr("Autosave interval"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_autosaveLabel->setText(tr("&Autosave a recovery copy every:"));
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::accept() {
    QSettings settings;
    const QString chosen = m_language->currentData().toString();
    settings.setValue(QStringLiteral("ui/language"), chosen);
    settings.setValue(QStringLiteral("ui/theme"), m_theme->currentData());
    settings.setValue(QStringLiteral("autosave/minutes"), m_autosave->value());
    applyTheme(themeFromName(m_theme->currentData().toString()));
    applyLanguage(chosen);
    QDialog::accept();
}

bool SettingsDialog::applyLanguage(const QString& language) {
    auto& installed = installedTranslators();
    for (const auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale::system());
        return true;
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/strata_%1.qm").arg(language))) {
        QLocale::setDefault(QLocale::system());
        return false;
    }
    // numbers and units (QLocale::formattedDataSize's "bytes") follow the interface language
    QLocale::setDefault(QLocale(language));
    auto qtBase = std::make_unique<QTranslator>();
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase.get());
        installed.push_back(std::move(qtBase));
    }
    QCoreApplication::installTranslator(ours.get());
    installed.push_back(std::move(ours));
    return true;
}

QString SettingsDialog::language() {
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
}

QString SettingsDialog::theme() {
    return QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
}

int SettingsDialog::autosaveMinutes() {
    return QSettings().value(QStringLiteral("autosave/minutes"), 2).toInt();
}

} // namespace strata::qt
