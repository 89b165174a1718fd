#pragma once

// Upgrade planner: pick A and B, see the verdict, what the upgrade does to every dependent,
// the cluster nodes, store objects and migrations it touches, the least risky upgrade path
// (drawn on the graph on request) and the rollout order per cluster.

#include "retranslator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace strata::qt {

class JobRunner;
class VerdictWidget;
class VersionPicker;
class WorkspaceDocument;

class PlannerView : public QWidget {
    Q_OBJECT

public:
    PlannerView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent = nullptr);

    void plan(const QString& from, const QString& to);
    void analyse();
    QTreeWidget* impactTree() const { return m_impact; }
    VerdictWidget* verdict() const { return m_verdict; }

signals:
    void analysisReady();
    void showOnGraphRequested(const QStringList& labels);

protected:
    void changeEvent(QEvent* event) override;

private:
    WorkspaceDocument* m_document;
    JobRunner* m_jobs;
    VersionPicker* m_from;
    VersionPicker* m_to;
    QPushButton* m_analyse;
    QPushButton* m_showOnGraph;
    QLabel* m_headline;
    VerdictWidget* m_verdict;
    QTreeWidget* m_impact;
    QStringList m_lastLabels;
    Retranslator m_texts;
};

} // namespace strata::qt
