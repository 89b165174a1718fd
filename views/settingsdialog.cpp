#include "settingsdialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strata::qt {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_theme(new QComboBox(this)),
      m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(m_language->findData(language()));
    m_language->setAccessibleName(tr("Language"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(theme()));
    m_theme->setAccessibleName(tr("Theme"));
    m_autosave->setRange(0, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("off"));
    m_autosave->setValue(autosaveMinutes());
    m_autosave->setAccessibleName(tr("Autosave interval"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Autosave a recovery copy every:"), m_autosave);
    auto* note = new QLabel(tr("A language change takes effect the next time Strata starts."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), m_language->currentData());
    settings.setValue(QStringLiteral("ui/theme"), m_theme->currentData());
    settings.setValue(QStringLiteral("autosave/minutes"), m_autosave->value());
    applyTheme(themeFromName(m_theme->currentData().toString()));
    QDialog::accept();
}

QString SettingsDialog::language()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
}

QString SettingsDialog::theme()
{
    return QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
}

int SettingsDialog::autosaveMinutes()
{
    return QSettings().value(QStringLiteral("autosave/minutes"), 2).toInt();
}

} // namespace strata::qt
