#pragma once

// Clusters: nodes × types with the version ranges each node supports, the finalised version of
// each type, the stores, and a rollout: plan it for a target version (safety, order in waves),
// then drive it through its state machine (start, pause, resume, cancel, upgrade next node).

#include "retranslator.h"
#include "strata/model/workspace.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace strata {
class Rollout;
struct Cluster;
struct RolloutPlan;
} // namespace strata

namespace strata::qt {

class ClusterModel;
class ConnectionStatus;
class VersionPicker;
class WorkspaceDocument;

class ClusterView : public QWidget {
    Q_OBJECT

public:
    explicit ClusterView(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~ClusterView() override;

    ClusterModel* model() const { return m_model; }
    void showCluster(const QString& name);
    QString finalisedText() const;
    // Plans a rollout of `target` ("Order-v1.2.0") in the current cluster and records it in the
    // workspace, as the Plan rollout button does (one undoable step).
    void planRollout(const QString& target);
    // Shows the plan of a rollout of `target` without recording it: the workspace and its undo
    // stack stay as they are until the rollout is started.
    void previewRollout(const QString& target);
    QString rolloutStateText() const;
    QListWidget* rolloutOrder() const { return m_order; }
    QPushButton* rolloutButton(const QString& action) const;

    // Live inventory: reads the current cluster from strata.node_inventory through a workspace
    // profile, in the background, and shows it instead of the workspace's declared nodes until
    // the workspace changes. `inventoryLoaded` carries the error, empty on success.
    void setConnectionStatus(ConnectionStatus* status) { m_status = status; }
    void loadInventory(const QString& profile);
    bool isLoadingInventory() const { return m_loading; }
    bool showsLiveInventory() const { return m_live.has_value(); }
    QString summaryText() const;

signals:
    void inventoryLoaded(const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void fillStores();
    void showCurrent();
    void describeCluster();
    void restoreRollout(const Cluster& cluster);
    enum class Recording { Undoable, None };
    void plan(Recording recording);
    void showOrder(const RolloutPlan& plan);
    void recordRollout(const QString& step);
    void updateRolloutState(const QString& error = {});
    const Cluster* currentCluster() const;
    void reloadProfiles();

    WorkspaceDocument* m_document;
    QComboBox* m_cluster;
    QLabel* m_summary;
    QLabel* m_finalised;
    QTableView* m_nodes;
    ClusterModel* m_model;
    QTableWidget* m_stores;
    VersionPicker* m_target;
    QLabel* m_rolloutState;
    QListWidget* m_order;
    QPushButton* m_plan;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_next;
    std::unique_ptr<Rollout> m_rollout;
    QComboBox* m_inventoryProfile;
    QPushButton* m_loadInventory;
    ConnectionStatus* m_status = nullptr;
    std::optional<Cluster> m_live; // the current cluster as the inventory table says
    QString m_liveSource;
    bool m_loading = false;
    Retranslator m_texts;
};

} // namespace strata::qt
