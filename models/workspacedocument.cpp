#include "workspacedocument.h"

#include "bridge.h"
#include "strata/io/avro.h"
#include "strata/model/workspace_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>

Q_LOGGING_CATEGORY(lcDocument, "strata.models.document", QtWarningMsg)

namespace strata::qt {

namespace {

class SchemaCommand : public QUndoCommand {
public:
    SchemaCommand(WorkspaceDocument* doc, TypeVersionId id, Schema before, Schema after,
                  const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_id(std::move(id))
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_doc->replaceSchema(m_id, m_before); }
    void redo() override { m_doc->replaceSchema(m_id, m_after); }

private:
    WorkspaceDocument* m_doc;
    TypeVersionId m_id;
    Schema m_before;
    Schema m_after;
};

class DraftCommand : public QUndoCommand {
public:
    DraftCommand(WorkspaceDocument* doc, TypeVersion draft, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_draft(std::move(draft)) {}
    void undo() override { m_doc->removeVersion(m_draft.id); }
    void redo() override { m_doc->insertVersion(m_draft, true); }

private:
    WorkspaceDocument* m_doc;
    TypeVersion m_draft;
};

class TypesCommand : public QUndoCommand {
public:
    TypesCommand(WorkspaceDocument* doc, std::vector<TypeDef> before, std::vector<TypeDef> after,
                 const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_doc->replaceTypes(m_before); }
    void redo() override { m_doc->replaceTypes(m_after); }

private:
    WorkspaceDocument* m_doc;
    std::vector<TypeDef> m_before;
    std::vector<TypeDef> m_after;
};

class RolloutCommand : public QUndoCommand {
public:
    RolloutCommand(WorkspaceDocument* doc, std::string cluster, std::optional<RolloutRecord> before,
                   std::optional<RolloutRecord> after, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_cluster(std::move(cluster))
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_doc->replaceRollout(m_cluster, m_before); }
    void redo() override { m_doc->replaceRollout(m_cluster, m_after); }

private:
    WorkspaceDocument* m_doc;
    std::string m_cluster;
    std::optional<RolloutRecord> m_before;
    std::optional<RolloutRecord> m_after;
};

Cluster* findCluster(Workspace& ws, std::string_view name) {
    for (Cluster& c : ws.clusters)
        if (c.name == name)
            return &c;
    return nullptr;
}

class StoresCommand : public QUndoCommand {
public:
    StoresCommand(WorkspaceDocument* doc, std::vector<StoreObject> before,
                  std::vector<StoreObject> after, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_doc->replaceStores(m_before); }
    void redo() override { m_doc->replaceStores(m_after); }

private:
    WorkspaceDocument* m_doc;
    std::vector<StoreObject> m_before;
    std::vector<StoreObject> m_after;
};

QString sourceNoteFile(const QString& recoveryFile) {
    return recoveryFile + ".source";
}

} // namespace

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : QObject(parent) {
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    m_workspace.name = toStd(tr("Untitled"));
}

QString WorkspaceDocument::title() const {
    if (!m_workspace.name.empty())
        return toQString(m_workspace.name);
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

QString WorkspaceDocument::open(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    return openText(file.readAll(), QFileInfo(path).fileName(), path);
}

QString WorkspaceDocument::openText(const QByteArray& text, const QString& source,
                                    const QString& path) {
    Result<Workspace> parsed =
        parseWorkspace(std::string_view(text.constData(), size_t(text.size())), toStd(source));
    if (!parsed) {
        qCWarning(lcDocument) << "cannot load" << path << parsed.error().describe().c_str();
        return toQString(parsed.error().describe());
    }
    reset(std::move(parsed.value()), path);
    return {};
}

void WorkspaceDocument::reset(Workspace workspace, const QString& path) {
    m_workspace = std::move(workspace);
    m_drafts.clear();
    m_undo.clear();
    touch();
    if (m_path != path) {
        m_path = path;
        emit filePathChanged(path);
    }
    emit workspaceReset();
    emit modifiedChanged(false);
}

void WorkspaceDocument::newWorkspace() {
    Workspace workspace;
    workspace.name = toStd(tr("Untitled"));
    reset(std::move(workspace), QString());
}

QString WorkspaceDocument::save() {
    if (m_path.isEmpty() || m_path.startsWith(QLatin1Char(':')))
        return tr("This workspace has no file yet; use Save As.");
    return saveAs(m_path);
}

QString WorkspaceDocument::saveAs(const QString& path) {
    if (Status status = saveWorkspace(m_workspace, QFile::encodeName(path).toStdString()); !status)
        return toQString(status.error().describe());
    m_undo.setClean();
    if (m_path != path) {
        m_path = path;
        emit filePathChanged(path);
    }
    discardRecovery();
    return {};
}

QString WorkspaceDocument::addTypes(std::vector<TypeDef> types, const QString& what) {
    std::vector<TypeDef> after = m_workspace.types;
    for (TypeDef& type : types) {
        if (m_workspace.findType(type.name))
            return tr("The workspace already has a type named %1.").arg(toQString(type.name));
        after.push_back(std::move(type));
    }
    std::sort(after.begin(), after.end(),
              [](const TypeDef& a, const TypeDef& b) { return a.name < b.name; });
    m_undo.push(new TypesCommand(this, m_workspace.types, std::move(after), what));
    return {};
}

QString WorkspaceDocument::importAvro(const QString& path, QStringList* notes) {
    AvroImportOptions options;
    options.shortNames = true;
    Result<AvroImport> probe = importAvroFile(QFile::encodeName(path).toStdString(), options);
    if (!probe)
        return toQString(probe.error().describe());
    for (const TypeVersion& v : probe->versions)
        if (const TypeDef* existing = m_workspace.findType(v.id.name);
            existing && existing->latest())
            options.version =
                std::max(options.version, SemVer{existing->latest()->id.version.major + 1, 0, 0});
    Result<AvroImport> imported = importAvroFile(QFile::encodeName(path).toStdString(), options);
    if (!imported)
        return toQString(imported.error().describe());

    std::vector<TypeDef> after = m_workspace.types;
    for (TypeVersion& v : imported->versions) {
        auto it = std::find_if(after.begin(), after.end(),
                               [&](const TypeDef& t) { return t.name == v.id.name; });
        if (it == after.end()) {
            TypeDef type;
            type.name = v.id.name;
            type.doc = toStd(tr("Imported from %1").arg(QFileInfo(path).fileName()));
            after.push_back(std::move(type));
            it = after.end() - 1;
        }
        it->versions.push_back(std::move(v));
    }
    std::sort(after.begin(), after.end(),
              [](const TypeDef& a, const TypeDef& b) { return a.name < b.name; });
    if (notes)
        for (const auto& note : imported->notes)
            *notes << toQString(note);
    m_undo.push(new TypesCommand(this, m_workspace.types, std::move(after),
                                 tr("Import %1").arg(QFileInfo(path).fileName())));
    return {};
}

QString WorkspaceDocument::importVersions(std::vector<TypeVersion> versions, const QString& what,
                                          const QString& source) {
    if (versions.empty())
        return tr("Nothing to import.");
    std::vector<TypeDef> after = m_workspace.types;
    for (TypeVersion& v : versions) {
        if (m_workspace.findVersion(v.id))
            return tr("%1 exists already.").arg(versionLabel(v.id));
        auto it = std::find_if(after.begin(), after.end(),
                               [&](const TypeDef& t) { return t.name == v.id.name; });
        if (it == after.end()) {
            TypeDef type;
            type.name = v.id.name;
            type.doc = toStd(tr("Imported from %1").arg(source));
            after.push_back(std::move(type));
            it = after.end() - 1;
        }
        it->versions.push_back(std::move(v));
    }
    std::sort(after.begin(), after.end(),
              [](const TypeDef& a, const TypeDef& b) { return a.name < b.name; });
    m_undo.push(new TypesCommand(this, m_workspace.types, std::move(after), what));
    return {};
}

const TypeVersion* WorkspaceDocument::version(const TypeVersionId& id) const {
    return m_workspace.findVersion(id);
}

bool WorkspaceDocument::isDraft(const TypeVersionId& id) const {
    return m_drafts.contains(versionLabel(id));
}

std::optional<TypeVersionId> WorkspaceDocument::createDraft(const QString& typeName) {
    const TypeDef* type = m_workspace.findType(toStd(typeName));
    if (!type || !type->latest())
        return std::nullopt;
    TypeVersion draft = *type->latest();
    draft.id.version.minor += 1;
    draft.id.version.patch = 0;
    draft.doc.clear();
    const TypeVersionId id = draft.id;
    m_undo.push(
        new DraftCommand(this, std::move(draft), tr("New version %1").arg(versionLabel(id))));
    return id;
}

QString WorkspaceDocument::editSchema(const TypeVersionId& id, const SchemaEdit& edit,
                                      const QString& text) {
    const TypeVersion* current = version(id);
    if (!current)
        return tr("%1 does not exist.").arg(versionLabel(id));
    if (!isDraft(id))
        return tr("%1 is published and cannot change; create a new version to edit.")
            .arg(versionLabel(id));
    Result<Schema> edited = edit(current->schema);
    if (!edited)
        return toQString(edited.error().describe());
    if (edited.value() == current->schema)
        return {};
    m_undo.push(new SchemaCommand(this, id, current->schema, std::move(edited.value()), text));
    return {};
}

void WorkspaceDocument::replaceSchema(const TypeVersionId& id, const Schema& schema) {
    TypeDef* type = m_workspace.findType(id.name);
    for (TypeVersion& v : type->versions)
        if (v.id == id)
            v.schema = schema;
    touch();
    emit versionChanged(versionLabel(id));
}

void WorkspaceDocument::insertVersion(const TypeVersion& version, bool draft) {
    TypeDef* type = m_workspace.findType(version.id.name);
    auto at = std::find_if(type->versions.begin(), type->versions.end(),
                           [&](const TypeVersion& v) { return version.id.version < v.id.version; });
    type->versions.insert(at, version);
    if (draft)
        m_drafts.insert(versionLabel(version.id));
    touch();
    emit structureChanged();
}

void WorkspaceDocument::removeVersion(const TypeVersionId& id) {
    TypeDef* type = m_workspace.findType(id.name);
    std::erase_if(type->versions, [&](const TypeVersion& v) { return v.id == id; });
    m_drafts.remove(versionLabel(id));
    touch();
    emit structureChanged();
}

QString WorkspaceDocument::setStoreHolds(const QString& store, const TypeVersionId& holds) {
    if (!m_workspace.findVersion(holds))
        return tr("%1 does not exist.").arg(versionLabel(holds));
    std::vector<StoreObject> after = m_workspace.stores;
    auto it = std::find_if(after.begin(), after.end(),
                           [&](const StoreObject& s) { return toQString(s.name) == store; });
    if (it == after.end())
        return tr("No store named %1.").arg(store);
    if (it->holds == holds)
        return {};
    it->holds = holds;
    m_undo.push(new StoresCommand(this, m_workspace.stores, std::move(after),
                                  tr("%1 holds %2").arg(store, versionLabel(holds))));
    return {};
}

void WorkspaceDocument::replaceStores(std::vector<StoreObject> stores) {
    m_workspace.stores = std::move(stores);
    touch();
    emit structureChanged();
}

void WorkspaceDocument::replaceTypes(std::vector<TypeDef> types) {
    m_workspace.types = std::move(types);
    touch();
    emit structureChanged();
}

QString WorkspaceDocument::setRollout(const QString& cluster, std::optional<RolloutRecord> record,
                                      const QString& text) {
    const Cluster* c = findCluster(m_workspace, toStd(cluster));
    if (!c)
        return tr("The workspace has no cluster %1.").arg(cluster);
    if (c->rollout == record)
        return {};
    m_undo.push(new RolloutCommand(this, c->name, c->rollout, std::move(record), text));
    return {};
}

void WorkspaceDocument::replaceRollout(const std::string& cluster,
                                       std::optional<RolloutRecord> record) {
    Cluster* c = findCluster(m_workspace, cluster);
    if (!c)
        return;
    c->rollout = std::move(record);
    touch();
    emit rolloutChanged(toQString(cluster));
}

QString WorkspaceDocument::recoveryFile() const {
    if (m_recoveryDir.isEmpty())
        return {};
    return QDir(m_recoveryDir).filePath(QStringLiteral("recovery.strata.json"));
}

bool WorkspaceDocument::hasRecovery() const {
    return !recoveryFile().isEmpty() && QFileInfo::exists(recoveryFile());
}

QString WorkspaceDocument::writeRecovery() {
    if (recoveryFile().isEmpty())
        return tr("No recovery folder is set.");
    QDir().mkpath(m_recoveryDir);
    const std::string text = serializeWorkspace(m_workspace);
    const auto target = QFile::encodeName(recoveryFile()).toStdString();
    if (Status status = writeFileAtomically(target, text); !status)
        return toQString(status.error().describe());
    const auto note = QFile::encodeName(sourceNoteFile(recoveryFile())).toStdString();
    if (Status status = writeFileAtomically(note, toStd(m_path)); !status)
        return toQString(status.error().describe());
    return {};
}

QString WorkspaceDocument::restoreRecovery() {
    QFile note(sourceNoteFile(recoveryFile()));
    const QString originalPath =
        note.open(QIODevice::ReadOnly) ? QString::fromUtf8(note.readAll()) : QString();
    QFile file(recoveryFile());
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open the recovery file: %1").arg(file.errorString());
    Result<Workspace> parsed = parseWorkspace(file.readAll().toStdString(), "recovery");
    if (!parsed)
        return toQString(parsed.error().describe());
    reset(Workspace{}, originalPath);
    // the recovered content is one undoable step away from an empty state, so it counts as
    // unsaved until the user saves it
    m_undo.push(new TypesCommand(this, {}, parsed.value().types, tr("Recover unsaved work")));
    Workspace& ws = m_workspace;
    std::vector<TypeDef> types = std::move(ws.types);
    ws = std::move(parsed.value());
    ws.types = std::move(types);
    touch();
    emit workspaceReset();
    return {};
}

void WorkspaceDocument::discardRecovery() {
    if (recoveryFile().isEmpty())
        return;
    QFile::remove(recoveryFile());
    QFile::remove(sourceNoteFile(recoveryFile()));
}

} // namespace strata::qt
