#pragma once

#include "i18n/language.h"
#include "inspector/inspectionresult.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace sipref {

class CallListModel;
class InspectorView;
class LadderView;

// The Calls tab: the calls found in the inspector's text (grouped by Call-ID) in a sortable,
// filterable list; below it the ladder diagram of the selected calls, and the message clicked in
// it. It only reads the inspector's result: nothing is parsed twice.
class CallsView : public QWidget
{
    Q_OBJECT
public:
    explicit CallsView(QWidget *parent = nullptr);

    // Follows the inspector: takes each result it applies, and selects there the message
    // clicked in the ladder.
    void followInspector(InspectorView *inspector);
    void setResult(const InspectionResultPtr &result);
    void setLanguage(Language language);

    // Above this many messages a ladder shows only the first ones, with a note.
    static constexpr int maxArrows = 2000;

    // For tests.
    QTableView *callList() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    CallListModel *model() const { return m_model; }
    LadderView *ladderView() const { return m_ladder; }
    QTextBrowser *detailView() const { return m_detail; }
    QLineEdit *filterField() const { return m_filter; }
    QString emptyText() const; // the hint shown instead of the list, empty when the list is shown
    int currentMessage() const { return m_currentMessage; }
    void selectCallRows(const QList<int> &sourceRows);
    bool exportLadder(const QString &format, const QString &path, QString *error) const;

Q_SIGNALS:
    void messageActivated(int message);          // clicked in the ladder
    void showInInspectorRequested(int message); // -1: just the inspector

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePage();
    void updateCount();
    void updateLadder();
    void showDetail(int message);
    void exportImage(const QString &format);
    void copyText();
    void copyImage();
    QStringList selectedCallIds() const;

    InspectionResultPtr m_result;
    Language m_language = Language::English;
    int m_currentMessage = -1;

    QStackedWidget *m_stack;
    QLabel *m_hint;
    QPushButton *m_hintButton;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    CallListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QSplitter *m_ladderSplitter;
    QToolBar *m_toolBar;
    QLabel *m_note;
    LadderView *m_ladder;
    QTextBrowser *m_detail;

    QAction *m_exportPng;
    QAction *m_exportSvg;
    QAction *m_copyText;
    QAction *m_copyImage;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_showInInspector;
};

} // namespace sipref
