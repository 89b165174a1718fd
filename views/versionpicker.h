#pragma once

// A type combo box and a version combo box side by side, filled from the workspace.

#include "strata/model/version.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;

namespace strata::qt {

class WorkspaceDocument;

class VersionPicker : public QWidget {
    Q_OBJECT

public:
    // `accessibleName` gives the pair's name in the interface language; it is asked again on
    // every language change.
    VersionPicker(WorkspaceDocument* document, std::function<QString()> accessibleName,
                  QWidget* parent = nullptr);

    std::optional<TypeVersionId> version() const;
    QString typeName() const;
    void setVersion(const QString& label);
    // Restricts the type combo to one type (the diff and planner compare within a type).
    void followType(const QString& typeName);
    QComboBox* versionCombo() const { return m_versions; }

signals:
    void versionChanged();
    void typeChanged(const QString& typeName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void nameCombos();
    void reloadTypes();
    void reloadVersions();

    WorkspaceDocument* m_document;
    std::function<QString()> m_name;
    QComboBox* m_types;
    QComboBox* m_versions;
};

} // namespace strata::qt
