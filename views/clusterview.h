#pragma once

// Clusters: nodes × types with the version ranges each node supports, the stores, and the
// rollout controls (start, pause, resume, cancel) driven by the engine's rollout state machine.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace strata::qt {

class ClusterModel;
class WorkspaceDocument;

class ClusterView : public QWidget {
    Q_OBJECT

public:
    explicit ClusterView(WorkspaceDocument* document, QWidget* parent = nullptr);

    ClusterModel* model() const { return m_model; }
    void showCluster(const QString& name);

private:
    void reload();
    void showCurrent();

    WorkspaceDocument* m_document;
    QComboBox* m_cluster;
    QLabel* m_summary;
    QTableView* m_nodes;
    ClusterModel* m_model;
    QTableWidget* m_stores;
    QLabel* m_rolloutState;
    QList<QPushButton*> m_rolloutButtons;
};

} // namespace strata::qt
