#pragma once

#include "catalog/codeentry.h"
#include "i18n/language.h"
#include "inspector/inspectionresult.h"
#include "inspector/inspectoreditor.h"
#include "settings/checkstrictness.h"
#include "sip/encoding.h"
#include "sip/filereading.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFile;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeView;

class QStackedWidget;

namespace sipref {

class BigTextView;

class Catalog;
class FindingsModel;
class MessageFilterProxy;
class MessageListModel;
class Settings;
class SipHighlighter;

// Paste or open SIP text; see each message, its start line highlighted, its findings with the
// RFC section, and what its code means. Inspection runs off the GUI thread.
class InspectorView : public QWidget
{
    Q_OBJECT
public:
    InspectorView(const Catalog &catalog, Settings &settings, QWidget *parent = nullptr);
    ~InspectorView() override;

    void setLanguage(Language language);
    // How strictly messages are judged (Edit › Preferences); a change inspects the text again.
    // Stored here until the checks take it: the lead wires it into InspectOptions.
    void setStrictness(CheckStrictness strictness);
    CheckStrictness strictness() const { return m_strictness; }
    // The editor's point size; 0 for the system's fixed font.
    void setEditorFontSize(int pointSize);
    void setText(const QString &text);
    bool openFile(const QString &path);
    void saveState();
    void restoreState();

    // For tests and benchmarks.
    InspectorEditor *editor() const { return m_editor; }
    BigTextView *bigView() const { return m_bigView; }
    bool isLargeMode() const { return m_largeMode; }
    QTreeView *findingsView() const { return m_findingsView; }
    QTreeView *messagesView() const { return m_messagesView; }
    SipHighlighter *highlighter() const { return m_highlighter; }
    InspectionResultPtr result() const { return m_result; }
    bool isBusy() const;
    void inspectNow();
    MessageFilterProxy *messageFilter() const { return m_messageFilter; }

    // Shows a message: selects it in the message list (when the filters let it through), its
    // findings and summary, and with moveCursor selects its start line in the editor. The Calls
    // tab calls this for the arrow clicked in a ladder.
    void selectMessage(int message, bool moveCursor = true);
    int selectedMessage() const { return m_selectedMessage; }

Q_SIGNALS:
    // A link in the summary card: a SIP code, a Q.850 cause or a Warning code.
    void openEntryRequested(sipref::EntryKind kind, int code);
    void inspected(); // a result was applied to the view
    void fileOpened(const QString &path); // read into the editor (File › Open Recent keeps it)

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void onTextChanged();
    void startInspection();
    void onInspectionFinished();
    void apply(const InspectionResultPtr &result);
    void updateMessageFilters();
    void showMessageListMenu(const QPoint &pos);
    void setCallFilter(const QString &callId);
    void highlightVisible();
    QString encodingLabel(TextEncoding inspected) const;
    void fitMessageColumns();
    void showLargeInput(const QByteArray &bytes, const QString &what);
    void takeLargePaste(const QString &text);
    void enterLargeMode(const QByteArray &bytes, const QString &what);
    void leaveLargeMode(bool keepText);
    void editLargeInputAsText();
    void updateLargeNotice();
    void onBigViewCursor(qsizetype offset);
    QString findingsAt(qsizetype offset) const;
    void onFindingActivated(const QModelIndex &index);
    void showFindingDetail(const QModelIndex &index);
    void onCursorMoved();
    void cancelInspection();
    // shownName: what the status calls it, else the file's name.
    void readFileInBackground(std::shared_ptr<QFile> file, const QString &shownName = QString());
    void onFileRead();
    void cancelFileRead();
    bool isReadingFile() const { return m_fileReadCancel != nullptr; }
    void saveTextSoon();
    void writeText();
    QString textFilePath() const;
    bool isDark() const;
    void refreshColours();

    const Catalog &m_catalog;
    Settings &m_settings;
    Language m_language = Language::English;
    CheckStrictness m_strictness = CheckStrictness::StrictRfc;

    InspectorEditor *m_editor;
    // Inputs too big for the editor (and captures) are shown read-only here instead; the bytes
    // are kept for re-inspection and saved across restarts like the editor's text.
    BigTextView *m_bigView;
    QStackedWidget *m_textStack;
    QWidget *m_largeBar;
    QLabel *m_largeNotice;
    QPushButton *m_editAsText;
    QByteArray m_largeInput;
    QString m_largeWhat; // "demo.pcap", "Pasted text"
    // The encoding a file was read in when its text went into the editor, where it is characters
    // and is inspected as UTF-8: the status line names the file's encoding until other text
    // replaces all of it.
    std::optional<TextEncoding> m_readAs;
    bool m_largeMode = false;
    SipHighlighter *m_highlighter;
    QLabel *m_hint;
    QPushButton *m_openButton;
    QPushButton *m_clearButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QTreeView *m_messagesView;
    MessageListModel *m_messages;
    MessageFilterProxy *m_messageFilter;
    QWidget *m_messagesBox;
    QLineEdit *m_messageSearch;
    QComboBox *m_methodFilter;
    QComboBox *m_codeFilter;
    QCheckBox *m_hideKeepAlives;
    QToolButton *m_callFilter;
    QLabel *m_messageCount;
    QTextBrowser *m_card;
    QTreeView *m_findingsView;
    FindingsModel *m_findings;
    QLabel *m_detail;
    QPushButton *m_copyLine;
    QSplitter *m_splitter;
    QSplitter *m_sideSplitter;
    QTimer *m_debounce;
    QTimer *m_saveTimer;

    QFutureWatcher<InspectionResultPtr> m_watcher;
    QFuture<void> m_textWrite; // saving a large input in the background
    // A large paste turned into UTF-8 beside the GUI thread (some 50 ms for 100 MB). Pending until
    // its bytes are shown, or until other input overtakes it and they are dropped.
    QFutureWatcher<QByteArray> m_pasteConversion;
    bool m_pastePending = false;
    // A file too big for the editor (or a pipe) being read beside the GUI thread: what the view
    // shows stays until all of it is in, and other input overtakes it (see filereading.h).
    QFutureWatcher<FileReadResult> m_fileRead;
    // "Edit as Text" on a large input: its text decoded beside the GUI thread, and put in only if
    // the same large input is still shown (m_largeInputCount counts them).
    struct PreparedText
    {
        QString text;
        TextEncoding encoding = TextEncoding::Utf8;
    };
    QFutureWatcher<PreparedText> m_textPreparation;
    quint64 m_textPreparationFor = 0;
    quint64 m_largeInputCount = 0;
    std::shared_ptr<std::atomic_bool> m_fileReadCancel; // set while reading
    QString m_fileReadPath;
    bool m_restoring = false; // the read is of the input saved last time
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_restartWhenDone = false;
    quint64 m_generation = 0;
    InspectionResultPtr m_result;
    int m_selectedMessage = -1;
    QString m_exampleLine;
};

} // namespace sipref
