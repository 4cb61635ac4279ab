#pragma once

#include "browser/codelistview.h"
#include "catalog/codeentry.h"
#include "i18n/language.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace sipref {

class Catalog;
class ClassChip;
class CodeFilterProxy;
class CodeListModel;

// Search, class filter, result list and the detail pane of one entry, with Back/Forward.
class CodeBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CodeBrowser(const Catalog &catalog, QWidget *parent = nullptr);

    void setLanguage(Language language);
    // Shows a code (any number 100-699; unregistered ones get the class fallback).
    bool showCode(int code, Profile profile = Profile::Ietf);
    // Shows a Q.850 cause or a Warning code.
    bool showEntry(EntryKind kind, int code);
    int currentCode() const { return m_current.code; }
    Profile currentProfile() const { return m_current.profile; }
    EntryKind currentKind() const { return m_current.kind; }

    void focusSearch();
    void goBack();
    void goForward();
    bool canGoBack() const { return m_historyPos > 0; }
    bool canGoForward() const { return m_historyPos + 1 < m_history.size(); }

    // The shown entry for a ticket: plain text or Markdown, current language or both.
    QString currentAsText(bool bothLanguages) const;
    QString currentAsMarkdown(bool bothLanguages) const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    QLineEdit *searchField() const { return m_search; }
    CodeListView *resultView() const { return m_view; }
    // The entry pane, filled first if it is out of date (it is filled when shown).
    QTextBrowser *detailView() const;
    CodeFilterProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    void historyChanged();
    void currentCodeChanged(int code);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Place
    {
        EntryKind kind = EntryKind::Sip;
        int code = 0;
        Profile profile = Profile::Ietf;
        bool operator==(const Place &o) const { return kind == o.kind && code == o.code && profile == o.profile; }
    };

    void retranslateUi();
    void updateClassButtonColours();
    void render();
    void fillDetail() const;
    void onQueryChanged(const QString &text);
    void onCurrentRowChanged();
    void onLinkClicked(const QUrl &url);
    void visit(Place place);
    void selectInList(Place place);
    void updateCount();
    void fitReasonColumn();
    QList<Language> copyLanguages(bool both) const;
    std::optional<CodeEntry> entryAt(Place place) const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    CodeListModel *m_model;
    CodeFilterProxy *m_proxy;
    QLineEdit *m_search;
    QButtonGroup *m_classButtons;
    QList<ClassChip *> m_classButtonList;
    CodeListView *m_view;
    QLabel *m_count;
    QTextBrowser *m_detail;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_copy;
    QSplitter *m_splitter;
    Place m_current;
    QList<Place> m_history;
    int m_historyPos = -1;
    bool m_navigating = false;
    bool m_fittingColumns = false;
    bool m_reasonWidthChosen = false; // dragged by the user: kept as it is from then on
    mutable bool m_detailStale = false; // the pane does not show m_current yet
};

} // namespace sipref
