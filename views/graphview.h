#pragma once

// The dependency graph: zoom, pan, fit, search, highlight what a version depends on and what
// depends on it, collapse versions per type, export SVG/PNG. Layout and filling the scene's two
// layers run in the background, so the window stays responsive on large graphs.

#include "graphdata.h"
#include "retranslator.h"

#include <QGraphicsView>
#include <QLoggingCategory>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QGraphicsScene;
class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace strata::qt {

class EdgeLayer;
class JobRunner;
struct LaidOutGraph;
class NodeLayer;
class WorkspaceDocument;

class GraphCanvas : public QGraphicsView {
    Q_OBJECT

public:
    using QGraphicsView::QGraphicsView;
    void zoomBy(double factor);

signals:
    void userZoomed();

protected:
    void wheelEvent(QWheelEvent* event) override;
};

class GraphView : public QWidget {
    Q_OBJECT

public:
    GraphView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent = nullptr);
    ~GraphView() override;

    // Builds and lays out the open workspace's graph in the background.
    void rebuild();
    void setCollapsed(bool collapsed);
    bool isBusy() const { return m_busy; }
    // Selects the node with this label and highlights its dependencies and dependents.
    bool selectNode(const QString& label);
    // Marks the labelled nodes as a path (used by the upgrade planner).
    void highlightPath(const QStringList& labels);
    int nodeCount() const;
    int markedCount(int mark) const;
    QString statusText() const;
    QGraphicsScene* scene() const { return m_scene; }

    QString exportSvg(const QString& path) const;
    QString exportPng(const QString& path) const;
    void fit();
    // Sets the zoom factor (1 = scene units as pixels), keeping the selection in view.
    void zoomTo(double scale);
    void zoomIn();
    void zoomOut();
    void focusSearch();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

signals:
    void layoutFinished();
    void busyChanged(bool busy);
    void versionActivated(const QString& label);

private:
    // Shows a finished layout, taking its layers into the scene.
    void adopt(LaidOutGraph& out);
    void clearScene();
    QGraphicsScene* newScene();
    // Marks `node` (or nothing, for -1) as selected and what it depends on and what depends on it.
    void select(int node);
    void applyMarks(int selected);
    // Emphasises the edges `lit` accepts and dims the others.
    void markEdges(const std::function<bool(const GraphLink&)>& lit);
    void search();
    void setBusy(bool busy, const QString& text = {});
    QString layoutStatus() const;

    WorkspaceDocument* m_document;
    JobRunner* m_jobs;
    GraphCanvas* m_view;
    QGraphicsScene* m_scene;
    QLineEdit* m_search;
    QCheckBox* m_collapse;
    QProgressBar* m_progress;
    QLabel* m_status;
    GraphData m_graph;
    NodeLayer* m_nodes = nullptr; // owned by m_scene; null until the layout is shown
    EdgeLayer* m_edges = nullptr; // likewise
    int m_selected = -1;
    int m_generation = 0; // bumps on every rebuild; a stale layout is dropped
    bool m_busy = false;
    bool m_autoFit = true; // fit on resize until the user zooms
    Retranslator m_texts;
};

} // namespace strata::qt
