#pragma once

// The open workspace: the engine's Workspace value, its file, the undo stack of offline edits,
// the draft versions being edited, and the crash-recovery copy.

#include "strata/model/workspace.h"

#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUndoStack>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcDocument)

namespace strata::qt {

class WorkspaceDocument : public QObject {
    Q_OBJECT

public:
    using SchemaEdit = std::function<Result<Schema>(Schema)>;

    explicit WorkspaceDocument(QObject* parent = nullptr);

    const Workspace& workspace() const { return m_workspace; }
    QUndoStack* undoStack() { return &m_undo; }
    // Path of the file on disk; empty for a new workspace, ":/..." for a bundled one.
    QString filePath() const { return m_path; }
    QString title() const;
    bool isModified() const { return !m_undo.isClean(); }
    // Increases with every change; background jobs tag their results with it.
    quint64 revision() const { return m_revision; }

    // Each returns an empty string on success, else the error to show.
    QString open(const QString& path);
    QString openText(const QByteArray& text, const QString& source, const QString& path);
    QString save();
    QString saveAs(const QString& path);
    void newWorkspace();
    // Adds types as one undoable step; existing names are refused.
    QString addTypes(std::vector<TypeDef> types, const QString& what);
    // Imports every record of an Avro schema file as one undoable step: new types get
    // version 1.0.0; when a record's type exists, every imported version gets the next major
    // version above the existing ones, so references between them stay consistent.
    // `notes` receives what the importer mapped with a loss.
    QString importAvro(const QString& path, QStringList* notes);
    // Adds versions read from elsewhere (a live database) as one undoable step named `what`: a
    // version of a new type creates the type (its doc says `source`); a version whose label
    // exists already is refused. Callers choose the versions as importAvro() does.
    QString importVersions(std::vector<TypeVersion> versions, const QString& what,
                           const QString& source);

    // Records, as one undoable step, that a store now holds `holds` (after a migration ran).
    QString setStoreHolds(const QString& store, const TypeVersionId& holds);

    const TypeVersion* version(const TypeVersionId& id) const;
    // Published versions are immutable; only drafts created in this session can be edited.
    bool isDraft(const TypeVersionId& id) const;
    // Creates an editable copy of the type's latest version with the next minor version.
    std::optional<TypeVersionId> createDraft(const QString& typeName);
    // Applies `edit` to a draft's schema as one undoable step named `text`.
    QString editSchema(const TypeVersionId& id, const SchemaEdit& edit, const QString& text);

    // Records the state of the rollout in `cluster` (nullopt: none) as one undoable step, so
    // that saving keeps it; an unchanged record pushes nothing.
    QString setRollout(const QString& cluster, std::optional<RolloutRecord> record,
                       const QString& text);

    // Crash recovery: a copy of the unsaved workspace next to a note of its original path.
    void setRecoveryDir(const QString& dir) { m_recoveryDir = dir; }
    QString recoveryFile() const;
    bool hasRecovery() const;
    QString writeRecovery();
    QString restoreRecovery();
    void discardRecovery();

    // Used by undo commands: replace state without pushing a command.
    void replaceSchema(const TypeVersionId& id, const Schema& schema);
    void insertVersion(const TypeVersion& version, bool draft);
    void removeVersion(const TypeVersionId& id);
    void replaceTypes(std::vector<TypeDef> types);
    void replaceRollout(const std::string& cluster, std::optional<RolloutRecord> record);
    void replaceStores(std::vector<StoreObject> stores);

signals:
    void workspaceReset();
    void structureChanged();
    void versionChanged(const QString& versionLabel);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void rolloutChanged(const QString& cluster);

private:
    void reset(Workspace workspace, const QString& path);
    void touch() { ++m_revision; }

    Workspace m_workspace;
    QString m_path;
    QUndoStack m_undo;
    QSet<QString> m_drafts; // labels "Name-vX.Y.Z" of versions created in this session
    QString m_recoveryDir;
    quint64 m_revision = 0;
};

} // namespace strata::qt
