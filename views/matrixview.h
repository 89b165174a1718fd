#pragma once

// A type's compatibility matrix as a heatmap: rows are older (writer) versions, columns newer
// (reader) versions; cells coloured by effect, transitivity breaks outlined and marked.

#include "retranslator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace strata::qt {

class JobRunner;
class MatrixModel;
class WorkspaceDocument;

class MatrixView : public QWidget {
    Q_OBJECT

public:
    MatrixView(WorkspaceDocument* document, JobRunner* jobs, QWidget* parent = nullptr);

    void showType(const QString& typeName);
    MatrixModel* model() const { return m_model; }
    QString summaryText() const;

signals:
    void compareRequested(const QString& older, const QString& newer);
    void matrixReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadTypes();
    void recompute();

    WorkspaceDocument* m_document;
    JobRunner* m_jobs;
    QComboBox* m_type;
    QLabel* m_summary;
    QLabel* m_legend;
    QTableView* m_table;
    MatrixModel* m_model;
    Retranslator m_texts;
};

} // namespace strata::qt
