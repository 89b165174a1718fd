#include "versionpicker.h"

#include "bridge.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace strata::qt {

VersionPicker::VersionPicker(WorkspaceDocument* document, std::function<QString()> accessibleName,
                             QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(std::move(accessibleName))
    , m_types(new QComboBox(this))
    , m_versions(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_types, 2);
    layout->addWidget(m_versions, 1);
    nameCombos();
    m_types->setMinimumContentsLength(14);
    m_types->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    connect(m_types, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        emit typeChanged(typeName());
    });
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] { emit versionChanged(); });
    connect(document, &WorkspaceDocument::workspaceReset, this, &VersionPicker::reloadTypes);
    connect(document, &WorkspaceDocument::structureChanged, this, [this] {
        const QString current = m_versions->currentData().toString();
        reloadTypes();
        setVersion(current);
    });
    reloadTypes();
}

void VersionPicker::nameCombos() {
    m_types->setAccessibleName(tr("%1: type").arg(m_name()));
    m_versions->setAccessibleName(tr("%1: version").arg(m_name()));
}

void VersionPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        nameCombos();
    QWidget::changeEvent(event);
}

void VersionPicker::reloadTypes() {
    const QString current = m_types->currentText();
    {
        const QSignalBlocker blocker(m_types);
        m_types->clear();
        for (const auto& type : m_document->workspace().types)
            m_types->addItem(toQString(type.name));
        const int at = m_types->findText(current);
        m_types->setCurrentIndex(at >= 0 ? at : 0);
    }
    reloadVersions();
}

void VersionPicker::reloadVersions() {
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    if (const TypeDef* type = m_document->workspace().findType(toStd(m_types->currentText())))
        for (const auto& v : type->versions)
            m_versions->addItem(QStringLiteral("v") + toQString(v.id.version.toString()),
                                versionLabel(v.id));
}

std::optional<TypeVersionId> VersionPicker::version() const {
    Result<TypeVersionId> id = TypeVersionId::parse(toStd(m_versions->currentData().toString()));
    if (!id)
        return std::nullopt;
    return id.value();
}

QString VersionPicker::typeName() const {
    return m_types->currentText();
}

void VersionPicker::setVersion(const QString& label) {
    Result<TypeVersionId> id = TypeVersionId::parse(toStd(label));
    if (!id)
        return;
    const int typeAt = m_types->findText(toQString(id->name));
    if (typeAt < 0)
        return;
    if (typeAt != m_types->currentIndex())
        m_types->setCurrentIndex(typeAt);
    const int versionAt = m_versions->findData(label);
    if (versionAt >= 0)
        m_versions->setCurrentIndex(versionAt);
}

void VersionPicker::followType(const QString& typeName) {
    const int at = m_types->findText(typeName);
    if (at >= 0)
        m_types->setCurrentIndex(at);
}

} // namespace strata::qt
