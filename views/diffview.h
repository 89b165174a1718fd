#pragma once

// Two versions of a type side by side: one row per field, coloured by effect, with the
// verdict's findings and counter-examples underneath.

#include "retranslator.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace strata::qt {

class DiffModel;
class JobRunner;
class VerdictWidget;
class VersionPicker;
class WorkspaceDocument;

class DiffView : public QWidget {
    Q_OBJECT

public:
    DiffView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent = nullptr);

    // Compares two versions given by label ("Order-v1.0.0").
    void compare(const QString& older, const QString& newer);
    DiffModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    VerdictWidget* verdict() const { return m_verdict; }

signals:
    void diffReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompute();

    WorkspaceDocument* m_document;
    JobRunner* m_jobs;
    VersionPicker* m_older;
    VersionPicker* m_newer;
    QLabel* m_legend;
    QTableView* m_table;
    DiffModel* m_model;
    VerdictWidget* m_verdict;
    Retranslator m_texts;
};

// A one-line legend of the four effects with their colours.
QString effectLegendHtml();

} // namespace strata::qt
