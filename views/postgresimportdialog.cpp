#include "postgresimportdialog.h"

#include "bridge.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace strata::qt {

using namespace strata::postgres;

namespace {

// Runs `work` on the thread pool and `deliver(result)` on `receiver`'s thread afterwards.
template <typename Work, typename Deliver>
void runInBackground(QObject* receiver, Work work, Deliver deliver) {
    using T = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, deliver = std::move(deliver)] {
                         watcher->deleteLater();
                         deliver(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

PostgresImportDialog::PostgresImportDialog(WorkspaceDocument* document, ConnectionStatus* status,
                                           QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_status(status) {
    setWindowTitle(tr("Import from PostgreSQL"));
    resize(760, 620);

    auto* connection = new QGroupBox(tr("Connection"), this);
    m_profile = new QComboBox(connection);
    m_profile->addItem(tr("(typed below)"));
    m_profile->addItems(postgresProfileNames(document->workspace()));
    m_profile->setAccessibleName(tr("Connection profile"));
    m_name = new QLineEdit(connection);
    m_name->setText(QStringLiteral("import"));
    m_endpoint = new QLineEdit(connection);
    m_endpoint->setPlaceholderText(QStringLiteral("host=127.0.0.1 port=5432 dbname=shop"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_user = new QLineEdit(connection);
    m_secret = new QLineEdit(connection);
    m_secret->setPlaceholderText(QStringLiteral("env:PGPASSWORD"));
    m_secret->setToolTip(tr("A reference to the password, never the password: env:NAME or "
                            "file:/path (mode 0600)"));
    m_secret->setAccessibleName(tr("Password reference"));
    m_tls = new QComboBox(connection);
    m_tls->addItems({QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                     QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_tls->setCurrentText(QStringLiteral("verify-full"));
    m_database = new QLineEdit(connection);
    m_database->setPlaceholderText(tr("the endpoint's database"));
    auto* form = new QFormLayout(connection);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password reference:"), m_secret);
    form->addRow(tr("TLS:"), m_tls);
    form->addRow(tr("Database:"), m_database);

    m_listButton = new QPushButton(tr("&List schemas"), this);
    m_schemas = new QListWidget(this);
    m_schemas->setAccessibleName(tr("Schemas to import"));
    m_schemas->setMaximumHeight(110);
    m_introspectButton = new QPushButton(tr("&Read tables"), this);
    m_preview = new QTreeWidget(this);
    m_preview->setAccessibleName(tr("Types to add"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels(
        {tr("Type version"), tr("Relation"), tr("Kind"), tr("Fields"), tr("Rows"), tr("Adds")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_box->button(QDialogButtonBox::Ok)->setText(tr("&Add to workspace"));
    m_box->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* schemaRow = new QHBoxLayout;
    schemaRow->addWidget(m_schemas, 1);
    auto* schemaButtons = new QVBoxLayout;
    schemaButtons->addWidget(m_listButton);
    schemaButtons->addWidget(m_introspectButton);
    schemaButtons->addStretch(1);
    schemaRow->addLayout(schemaButtons);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_message, 1);
    statusRow->addWidget(m_busyBar);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(new QLabel(tr("Schemas:"), this));
    layout->addLayout(schemaRow);
    layout->addWidget(m_preview, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_box);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &PostgresImportDialog::profileChosen);
    connect(m_listButton, &QPushButton::clicked, this, &PostgresImportDialog::listSchemas);
    connect(m_introspectButton, &QPushButton::clicked, this, &PostgresImportDialog::introspect);
    connect(m_box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_box, &QDialogButtonBox::accepted, this, [this] {
        const QString error = addToWorkspace();
        if (error.isEmpty())
            accept();
        else
            showError(error);
    });
    if (m_profile->count() > 1)
        m_profile->setCurrentIndex(1);
}

void PostgresImportDialog::profileChosen() {
    if (m_profile->currentIndex() <= 0)
        return;
    if (const ConnectionProfile* p = findProfile(m_document->workspace(), m_profile->currentText()))
        setConnection(*p);
}

void PostgresImportDialog::setConnection(const ConnectionProfile& profile,
                                         const QString& database) {
    m_name->setText(toQString(profile.name));
    m_endpoint->setText(toQString(profile.endpoint));
    m_user->setText(toQString(profile.user));
    m_secret->setText(toQString(profile.secret));
    m_tls->setCurrentText(toQString(profile.tls));
    m_database->setText(database);
}

ConnectionProfile PostgresImportDialog::connection() const {
    return {toStd(m_name->text()),       StoreKind::Postgres,   toStd(m_endpoint->text()),
            toStd(m_tls->currentText()), toStd(m_user->text()), toStd(m_secret->text().trimmed())};
}

void PostgresImportDialog::setBusy(bool busy, const QString& what) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_listButton->setEnabled(!busy);
    m_introspectButton->setEnabled(!busy);
    m_box->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_candidates.empty());
    if (busy)
        m_message->setText(what);
}

void PostgresImportDialog::showError(const QString& text) {
    m_message->setText(
        QStringLiteral("<span style='color:#c62828'>%1</span>").arg(text.toHtmlEscaped()));
    m_message->setProperty("error", text);
}

QString PostgresImportDialog::errorText() const {
    return m_message->property("error").toString();
}

void PostgresImportDialog::listSchemas() {
    if (m_busy)
        return;
    const ConnectionProfile profile = connection();
    const QString database = m_database->text().trimmed();
    const QString name = toQString(profile.name);
    m_message->setProperty("error", QString());
    setBusy(true, tr("Connecting to %1…").arg(name));
    if (m_status)
        m_status->set(name, ConnectionStatus::State::Connecting);
    runInBackground(
        this, [profile, database] { return strata::qt::listSchemas(profile, database); },
        [this, name](const Result<QStringList>& result) {
            setBusy(false);
            if (m_status)
                m_status->set(name,
                              result ? ConnectionStatus::State::Connected
                                     : ConnectionStatus::State::Failed,
                              result ? QString() : toQString(result.error().message));
            if (!result) {
                showError(toQString(result.error().describe()));
            } else {
                m_schemas->clear();
                for (const QString& schema : *result) {
                    auto* item = new QListWidgetItem(schema, m_schemas);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(schema == QLatin1String("public") ? Qt::Checked
                                                                          : Qt::Unchecked);
                }
                m_message->setText(tr("%n schema(s) found.", nullptr, int(result->size())));
            }
            emit finished();
        });
}

QStringList PostgresImportDialog::schemas() const {
    QStringList names;
    for (int i = 0; i < m_schemas->count(); ++i)
        if (m_schemas->item(i)->checkState() == Qt::Checked)
            names << m_schemas->item(i)->text();
    return names;
}

void PostgresImportDialog::checkSchemas(const QStringList& names) {
    for (int i = 0; i < m_schemas->count(); ++i)
        m_schemas->item(i)->setCheckState(
            names.contains(m_schemas->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

void PostgresImportDialog::introspect() {
    if (m_busy)
        return;
    QStringList chosen = schemas();
    if (chosen.isEmpty())
        chosen << QStringLiteral("public");
    std::map<std::string, int> majors;
    for (const TypeDef& type : m_document->workspace().types)
        if (const TypeVersion* latest = type.latest())
            majors[type.name] = latest->id.version.major;
    const ConnectionProfile profile = connection();
    const QString database = m_database->text().trimmed();
    const QString name = toQString(profile.name);
    m_message->setProperty("error", QString());
    m_candidates.clear();
    m_preview->clear();
    setBusy(true, tr("Reading the tables of %1…").arg(chosen.join(QStringLiteral(", "))));
    if (m_status)
        m_status->set(name, ConnectionStatus::State::Connecting);
    runInBackground(
        this,
        [profile, database, chosen, majors] {
            return introspectForImport(profile, database, chosen, majors);
        },
        [this, name](Result<std::vector<ImportCandidate>> result) {
            if (m_status)
                m_status->set(name,
                              result ? ConnectionStatus::State::Connected
                                     : ConnectionStatus::State::Failed,
                              result ? QString() : toQString(result.error().message));
            if (!result)
                showError(toQString(result.error().describe()));
            else
                m_candidates = std::move(*result);
            showCandidates();
            setBusy(false);
            if (result)
                m_message->setText(
                    tr("%n type version(s) to add.", nullptr, int(m_candidates.size())));
            emit finished();
        });
}

void PostgresImportDialog::showCandidates() {
    m_preview->clear();
    for (const ImportCandidate& c : m_candidates) {
        const IntrospectedRelation& r = c.relation;
        auto* item = new QTreeWidgetItem(m_preview);
        item->setText(0, versionLabel(r.version.id));
        item->setText(1, toQString(r.schema + "." + r.name));
        item->setText(2, toQString(toString(r.kind)));
        item->setText(3, QString::number(r.version.schema.fields.size()));
        item->setText(4, r.rowEstimate >= 0 ? QString::number(r.rowEstimate) : tr("not analysed"));
        item->setText(5, c.newType ? tr("new type") : tr("new version"));
        item->setTextAlignment(3, Qt::AlignRight);
        item->setTextAlignment(4, Qt::AlignRight);
    }
}

QString PostgresImportDialog::addToWorkspace() {
    if (m_candidates.empty())
        return tr("Nothing to import: read the tables first.");
    std::vector<TypeVersion> versions;
    for (const ImportCandidate& c : m_candidates)
        versions.push_back(c.relation.version);
    const QString source = tr("PostgreSQL %1").arg(m_name->text());
    return m_document->importVersions(
        std::move(versions),
        tr("Import %n relation(s) from %1", nullptr, int(m_candidates.size())).arg(m_name->text()),
        source);
}

} // namespace strata::qt
