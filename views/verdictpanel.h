#pragma once

// VerdictWidget shows one verdict: read and write badges, the findings, and the counter-example
// records. VerdictPanel keeps it live for the selected version against its previous version,
// recomputed in the background after every edit.

#include "retranslator.h"
#include "strata/compat/verdict.h"

#include <QLoggingCategory>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableView;

Q_DECLARE_LOGGING_CATEGORY(lcVerdict)

namespace strata::qt {

class FindingsModel;
class JobRunner;
class WorkspaceDocument;

class VerdictWidget : public QWidget {
    Q_OBJECT

public:
    explicit VerdictWidget(QWidget* parent = nullptr);

    void setVerdict(const std::optional<Verdict>& verdict);
    // Shows `text` instead of a verdict (nothing to compare, engine function missing, busy).
    void setPlaceholder(const QString& text);
    QString summaryText() const;
    FindingsModel* findings() const { return m_findingsModel; }
    // Narrow layout for docks: severity, field and sentence only; the rest in tooltips.
    void setCompact(bool compact);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_read;
    QLabel* m_write;
    QLabel* m_summary;
    QTableView* m_findings;
    QPlainTextEdit* m_examples;
    FindingsModel* m_findingsModel;
    std::optional<Verdict> m_shown; // the verdict on display, worded again on language change
    Retranslator m_texts;
};

class VerdictPanel : public QWidget {
    Q_OBJECT

public:
    VerdictPanel(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent = nullptr);

    void setVersion(const std::optional<TypeVersionId>& id);
    VerdictWidget* verdictWidget() const { return m_verdict; }
    QString policyText() const;

signals:
    void verdictReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompute();

    WorkspaceDocument* m_document;
    JobRunner* m_jobs;
    std::optional<TypeVersionId> m_id;
    QLabel* m_title;
    QLabel* m_policy;
    VerdictWidget* m_verdict;
    Retranslator m_texts;
};

} // namespace strata::qt
