#pragma once

// Import from a live PostgreSQL database: a workspace profile or a connection typed in (the
// password only as a reference: env:, file: or keychain:), the database's schemas, a
// background introspection with a busy state, a preview of the type versions it would add, and
// one undoable step that adds them (new versions of existing types numbered as the Avro import
// does).

#include "postgresaccess.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace strata::qt {

class WorkspaceDocument;

class PostgresImportDialog : public QDialog {
    Q_OBJECT

public:
    PostgresImportDialog(WorkspaceDocument* document, ConnectionStatus* status,
                         QWidget* parent = nullptr);

    // Fills the connection fields from a profile; `database` replaces its dbname when set.
    void setConnection(const ConnectionProfile& profile, const QString& database = {});
    ConnectionProfile connection() const;

    // Background work; `finished` says when it is done.
    void listSchemas();
    void introspect();
    bool isBusy() const { return m_busy; }
    QStringList schemas() const;
    void checkSchemas(const QStringList& names);
    const std::vector<ImportCandidate>& candidates() const { return m_candidates; }
    QTreeWidget* preview() const { return m_preview; }
    QString errorText() const;
    // Adds the previewed versions to the workspace as one undo step; empty on success.
    QString addToWorkspace();

signals:
    void finished();

private:
    void setBusy(bool busy, const QString& what = {});
    void showError(const QString& text);
    void showCandidates();
    void profileChosen();

    WorkspaceDocument* m_document;
    ConnectionStatus* m_status;
    bool m_busy = false;
    std::vector<ImportCandidate> m_candidates;

    QComboBox* m_profile;
    QLineEdit* m_name;
    QLineEdit* m_endpoint;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QComboBox* m_tls;
    QLineEdit* m_database;
    QPushButton* m_listButton;
    QListWidget* m_schemas;
    QPushButton* m_introspectButton;
    QTreeWidget* m_preview;
    QProgressBar* m_busyBar;
    QLabel* m_message;
    QDialogButtonBox* m_box;
};

} // namespace strata::qt
