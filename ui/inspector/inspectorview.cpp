#include "inspector/inspectorview.h"

#include "catalog/catalog.h"
#include "checks/diagnostictexts.h"
#include "inspector/findingsmodel.h"
#include "inspector/inspectoreditor.h"
#include "inspector/messagefilterproxy.h"
#include "inspector/messagelistmodel.h"
#include "inspector/siphighlighter.h"
#include "inspector/summarycard.h"
#include "inspector/wrappingdelegate.h"
#include "settings.h"
#include "sip/encoding.h"
#include "widgets/flowlayout.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextBlock>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "capture/capturefile.h"
#include "capture/inputinspection.h"
#include "inspector/bigtextview.h"

namespace sipref {

namespace {

// Inputs up to this size are inspected as you type with a short pause; larger ones wait longer
// and show progress, since every keystroke would otherwise start a long run.
constexpr qsizetype quickInput = 512 * 1024;

QTreeView *makeList(QAbstractItemModel *model)
{
    auto *view = new QTreeView;
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAllColumnsShowFocus(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

} // namespace

InspectorView::InspectorView(const Catalog &catalog, Settings &settings, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_settings(settings),
      m_editor(new InspectorEditor),
      m_bigView(new BigTextView),
      m_textStack(new QStackedWidget),
      m_largeBar(new QWidget),
      m_largeNotice(new QLabel),
      m_editAsText(new QPushButton),
      m_highlighter(new SipHighlighter(m_editor->document())),
      m_hint(new QLabel),
      m_openButton(new QPushButton),
      m_clearButton(new QPushButton),
      m_progress(new QProgressBar),
      m_cancelButton(new QPushButton),
      m_status(new QLabel),
      m_messages(new MessageListModel(this)),
      m_messageFilter(new MessageFilterProxy(m_messages, this)),
      m_messagesBox(new QWidget),
      m_messageSearch(new QLineEdit),
      m_methodFilter(new QComboBox),
      m_codeFilter(new QComboBox),
      m_hideKeepAlives(new QCheckBox),
      m_callFilter(new QToolButton),
      m_messageCount(new QLabel),
      m_card(new QTextBrowser),
      m_findings(new FindingsModel(this)),
      m_detail(new QLabel),
      m_copyLine(new QPushButton),
      m_splitter(new QSplitter(Qt::Horizontal)),
      m_sideSplitter(new QSplitter(Qt::Vertical)),
      m_debounce(new QTimer(this)),
      m_saveTimer(new QTimer(this))
{
    m_messagesView = makeList(m_messageFilter);
    m_findingsView = makeList(m_findings);
    m_messagesView->setObjectName(QStringLiteral("messageList"));
    m_findingsView->setObjectName(QStringLiteral("findingsList"));
    m_editor->setObjectName(QStringLiteral("inspectorEditor"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_editor->viewport()->installEventFilter(this);
    m_editor->setMouseTracking(true);
    m_bigView->setObjectName(QStringLiteral("largeInputView"));
    m_bigView->setTextFont(mono);
    m_bigView->setToolTipProvider([this](qsizetype offset) { return findingsAt(offset); });
    m_bigView->viewport()->installEventFilter(this);
    m_bigView->viewport()->setAcceptDrops(true);
    connect(m_bigView, &BigTextView::cursorMoved, this, &InspectorView::onBigViewCursor);
    connect(m_editor, &InspectorEditor::largePaste, this,
            &InspectorView::takeLargePaste);
    m_textStack->addWidget(m_editor);
    m_textStack->addWidget(m_bigView);
    m_largeNotice->setWordWrap(true);
    m_editAsText->setObjectName(QStringLiteral("editAsText"));
    m_cancelButton->setObjectName(QStringLiteral("cancelWork"));
    m_clearButton->setObjectName(QStringLiteral("clearInput"));
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    connect(m_editAsText, &QPushButton::clicked, this, &InspectorView::editLargeInputAsText);
    auto *largeLayout = new QHBoxLayout(m_largeBar);
    largeLayout->setContentsMargins(0, 0, 0, 0);
    largeLayout->addWidget(m_largeNotice, 1);
    largeLayout->addWidget(m_editAsText);
    m_largeBar->hide();

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isReadingFile())
            cancelFileRead();
        else
            cancelInspection();
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open SIP Messages or Log"), QString(),
                                                          tr("Logs, messages and captures (*.log *.txt *.sip *.msg *.pcap *.pcapng *.cap);;All files (*)"));
        if (!file.isEmpty())
            openFile(file);
    });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        leaveLargeMode(false);
        m_readAs.reset();
        m_editor->clear();
    });
    connect(m_editor, &InspectorEditor::pastingOverEverything, this, [this] { m_readAs.reset(); });

    auto *topBar = new QHBoxLayout;
    // Wraps in a narrow window (Chinese has no spaces to break at, so any character may end a line)
    // instead of being cut off under the buttons.
    m_hint->setWordWrap(true);
    m_hint->setMinimumWidth(0);
    topBar->addWidget(m_hint, 1);
    topBar->addWidget(m_progress);
    topBar->addWidget(m_cancelButton);
    topBar->addWidget(m_openButton);
    topBar->addWidget(m_clearButton);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addLayout(topBar);
    leftLayout->addWidget(m_largeBar);
    leftLayout->addWidget(m_textStack, 1);
    // Wraps in a narrow window, as the hint above does: the counts and the encoding, or a file's
    // path, were cut off at the pane's edge.
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);

    QHeaderView *messageHeader = m_messagesView->header();
    messageHeader->setStretchLastSection(false);
    // Sized from a sample of rows when a result arrives (fitMessageColumns), not ResizeToContents:
    // that measures every row of a big log on each layout, 30 ms for 2 000 messages, and
    // typing in a megabyte of log stalled on it after every re-inspection.
    messageHeader->setSectionResizeMode(MessageListModel::LineColumn, QHeaderView::Interactive);
    messageHeader->setSectionResizeMode(MessageListModel::TimeColumn, QHeaderView::Interactive);
    messageHeader->setSectionResizeMode(MessageListModel::RouteColumn, QHeaderView::Interactive);
    messageHeader->setSectionResizeMode(MessageListModel::TransportColumn, QHeaderView::Interactive);
    messageHeader->setSectionResizeMode(MessageListModel::StartLineColumn, QHeaderView::Stretch);
    messageHeader->setSectionResizeMode(MessageListModel::CallIdColumn, QHeaderView::Interactive);
    messageHeader->resizeSection(MessageListModel::CallIdColumn, 120);
    messageHeader->setSectionResizeMode(MessageListModel::FindingsColumn, QHeaderView::Interactive);
    // Findings are whole sentences: wrap them instead of cutting them off.
    QHeaderView *findingHeader = m_findingsView->header();
    findingHeader->setStretchLastSection(false);
    findingHeader->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    findingHeader->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    findingHeader->setSectionResizeMode(FindingsModel::RfcColumn, QHeaderView::ResizeToContents);
    m_findingsView->setColumnHidden(FindingsModel::LineColumn, true);
    m_findingsView->setUniformRowHeights(false);
    m_findingsView->setWordWrap(true);
    m_findingsView->setTextElideMode(Qt::ElideNone);
    m_findingsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findingsView->setItemDelegate(new WrappingDelegate(m_findingsView, FindingsModel::MessageColumn));

    m_card->setOpenLinks(false);
    m_card->setObjectName(QStringLiteral("summaryCard"));
    connect(m_card, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("code"))
            return;
        const QStringList parts = url.path().split(QLatin1Char('/'));
        const EntryKind kind = parts.first() == QLatin1String("q850")      ? EntryKind::Q850
                               : parts.first() == QLatin1String("warning") ? EntryKind::Warning
                                                                           : EntryKind::Sip;
        Q_EMIT openEntryRequested(kind, parts.last().toInt());
    });

    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyLine->hide();
    connect(m_copyLine, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_exampleLine); });
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_copyLine, 0, Qt::AlignTop);

    auto *findingsBox = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsView, 1);
    findingsLayout->addLayout(detailRow);

    // The filter bar over the message list; it wraps in a narrow pane rather than clipping.
    m_messageSearch->setClearButtonEnabled(true);
    m_messageSearch->setObjectName(QStringLiteral("messageSearch"));
    m_methodFilter->setObjectName(QStringLiteral("methodFilter"));
    m_codeFilter->setObjectName(QStringLiteral("codeFilter"));
    m_hideKeepAlives->setObjectName(QStringLiteral("hideKeepAlives"));
    m_callFilter->setObjectName(QStringLiteral("callFilter"));
    m_callFilter->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_callFilter->setAutoRaise(false);
    m_callFilter->hide();
    m_methodFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_codeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_messageSearch->setMinimumWidth(140);
    for (int i = 0; i < 9; ++i)
        m_codeFilter->addItem(QString(), i); // texts in retranslateUi, in CodeRange order
    connect(m_messageSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_messageFilter->setText(text.trimmed());
        updateMessageFilters();
    });
    connect(m_methodFilter, &QComboBox::activated, this, [this] {
        m_messageFilter->setMethod(m_methodFilter->currentData().toByteArray());
        updateMessageFilters();
    });
    connect(m_codeFilter, &QComboBox::activated, this, [this] {
        m_messageFilter->setCodeRange(MessageFilterProxy::CodeRange(m_codeFilter->currentData().toInt()));
        updateMessageFilters();
    });
    connect(m_hideKeepAlives, &QCheckBox::toggled, this, [this](bool on) {
        m_messageFilter->setHideKeepAlives(on);
        updateMessageFilters();
    });
    connect(m_callFilter, &QToolButton::clicked, this, [this] { setCallFilter(QString()); });
    m_messagesView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messagesView, &QWidget::customContextMenuRequested, this, &InspectorView::showMessageListMenu);
    auto *filterBar = new FlowLayout(6);
    filterBar->addWidget(m_messageSearch);
    filterBar->addWidget(m_methodFilter);
    filterBar->addWidget(m_codeFilter);
    filterBar->addWidget(m_hideKeepAlives);
    filterBar->addWidget(m_callFilter);
    filterBar->addWidget(m_messageCount);
    auto *messagesLayout = new QVBoxLayout(m_messagesBox);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->setSpacing(4);
    messagesLayout->addLayout(filterBar);
    messagesLayout->addWidget(m_messagesView, 1);

    m_sideSplitter->addWidget(m_messagesBox);
    m_sideSplitter->addWidget(m_card);
    m_sideSplitter->addWidget(findingsBox);
    m_sideSplitter->setStretchFactor(0, 2);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setStretchFactor(2, 3);
    // The filter bar and a few rows at least: a list showing two messages helps nobody.
    m_messagesView->setMinimumHeight(m_messagesView->fontMetrics().height() * 6);
    m_sideSplitter->setChildrenCollapsible(false);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    rightLayout->addWidget(m_sideSplitter);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(280);
    right->setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &InspectorView::startInspection);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1500);
    connect(m_saveTimer, &QTimer::timeout, this, &InspectorView::writeText);
    // The bytes of a large paste, ready: shown unless other input overtook the paste meanwhile.
    connect(&m_pasteConversion, &QFutureWatcher<QByteArray>::finished, this, [this] {
        if (m_pastePending)
            showLargeInput(m_pasteConversion.result(), tr("Pasted text"));
    });
    connect(&m_fileRead, &QFutureWatcher<FileReadResult>::finished, this, &InspectorView::onFileRead);
    // The text of a large input made ready for the editor: put in unless other input came meanwhile.
    connect(&m_textPreparation, &QFutureWatcher<PreparedText>::finished, this, [this] {
        if (m_largeMode && m_largeInputCount == m_textPreparationFor) {
            const PreparedText prepared = m_textPreparation.result();
            leaveLargeMode(false);
            setText(prepared.text); // goes in by parts: the window stays responsive meanwhile
            m_readAs = prepared.encoding;
        }
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &InspectorView::onTextChanged);
    // A text put in as a whole (a paste, a file, an example) is inspected at once, not after the
    // pause that waits for typing to stop.
    connect(m_editor, &InspectorEditor::replacingFinished, this, [this] {
        saveTextSoon();
        inspectNow();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &InspectorView::onCursorMoved);
    // Scrolling and resizing reveal blocks that may still carry the colours of an older result.
    connect(m_editor, &QPlainTextEdit::updateRequest, this, &InspectorView::highlightVisible);
    connect(&m_watcher, &QFutureWatcher<InspectionResultPtr>::finished, this, &InspectorView::onInspectionFinished);
    connect(m_messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                const int message = m_messageFilter->mapToSource(index).row();
                if (index.isValid() && message != m_selectedMessage)
                    selectMessage(message, true);
            });
    connect(m_findingsView, &QTreeView::clicked, this, &InspectorView::onFindingActivated);
    connect(m_findingsView, &QTreeView::activated, this, &InspectorView::onFindingActivated);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorView::showFindingDetail);

    retranslateUi();
    apply(nullptr);
}

InspectorView::~InspectorView()
{
    // The editor outlives this part of the object while its children are destroyed, and still
    // signals (focus out, repaint requests): those must not reach the half-destroyed view.
    disconnect(m_editor, nullptr, this, nullptr);
    disconnect(m_editor->document(), nullptr, this, nullptr);
    cancelInspection();
    cancelFileRead(); // not waited for: a read from a stalled share or a pipe may not return soon
    m_watcher.waitForFinished();
    m_textWrite.waitForFinished();
    m_pasteConversion.waitForFinished();
}

void InspectorView::retranslateUi()
{
    m_hint->setText(tr("Paste SIP messages or a log below, or drop a file."));
    m_openButton->setText(tr("Open…"));
    m_clearButton->setText(tr("Clear"));
    if (m_largeMode)
        updateLargeNotice();
    m_cancelButton->setText(tr("Cancel"));
    m_copyLine->setText(tr("Copy Line"));
    m_copyLine->setToolTip(tr("Copy a correct example of the missing header field"));
    m_editor->setPlaceholderText(tr("INVITE sip:bob@example.com SIP/2.0\nVia: SIP/2.0/UDP …\n…"));
    m_editor->setAccessibleName(tr("SIP text to inspect"));
    m_messagesView->setAccessibleName(tr("Messages found"));
    m_messageSearch->setPlaceholderText(tr("Filter messages…"));
    m_messageSearch->setToolTip(tr("Words in the start line, the Call-ID or the addresses"));
    m_messageSearch->setAccessibleName(tr("Filter messages"));
    m_methodFilter->setToolTip(tr("Only requests of this method and their responses"));
    m_codeFilter->setToolTip(tr("Only requests, or only responses of one class"));
    const QStringList ranges = {tr("All messages"), tr("Requests"),       tr("1xx provisional"),
                                tr("2xx success"),  tr("3xx redirection"), tr("4xx client error"),
                                tr("5xx server error"), tr("6xx global failure"), tr("Errors (≥ 400)")};
    for (int i = 0; i < ranges.size() && i < m_codeFilter->count(); ++i)
        m_codeFilter->setItemText(i, ranges[i]);
    m_hideKeepAlives->setText(tr("Hide OPTIONS keep-alives"));
    m_hideKeepAlives->setToolTip(tr("Hide OPTIONS requests and the responses to them"));
    m_callFilter->setToolTip(tr("Show the messages of every call again"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_card->setAccessibleName(tr("Message summary"));
    m_messages->retranslate();
    m_findings->setLanguage(m_language);
    apply(m_result);
}

void InspectorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refreshColours();
    QWidget::changeEvent(event);
}

void InspectorView::refreshColours()
{
    // Highlighting and the summary card pick their colours for the palette (and the high-contrast
    // choice) when they are made: make them again.
    m_highlighter->setResult(m_result, isDark());
    highlightVisible();
    selectMessage(m_selectedMessage, false);
}

void InspectorView::setStrictness(CheckStrictness strictness)
{
    if (strictness == m_strictness)
        return;
    m_strictness = strictness;
    if (m_largeMode || !m_editor->document()->isEmpty())
        inspectNow();
}

void InspectorView::setEditorFontSize(int pointSize)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (pointSize > 0)
        font.setPointSize(pointSize);
    m_editor->setFont(font);
    highlightVisible();
}

void InspectorView::setLanguage(Language language)
{
    m_language = language;
    m_findings->setLanguage(language);
    apply(m_result);
}

void InspectorView::setText(const QString &text)
{
    // The text replaces whatever the view shows, a large read-only input too (an example opened
    // from the training gallery went into the hidden editor behind one).
    leaveLargeMode(false);
    m_readAs.reset();
    m_editor->replaceAllText(text, false);
}

bool InspectorView::openFile(const QString &path)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot Open File"), tr("Cannot read \"%1\": %2").arg(path, file->errorString()));
        return false;
    }
    cancelFileRead(); // one still being read is overtaken by this one
    if (file->isSequential() || file->size() > InspectorEditor::largeText) {
        // Too big for the editor anyway, or of unknown size: read beside the GUI thread and then
        // shown read-only; a read of hundreds of megabytes, or from a slow share, held up the window.
        readFileInBackground(std::move(file));
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray bytes = file->readAll();
    if (looksLikeCapture(bytes) || InspectorEditor::tooLargeToEdit(bytes)) {
        QApplication::restoreOverrideCursor();
        showLargeInput(bytes, QFileInfo(path).fileName());
        Q_EMIT fileOpened(path);
        return true;
    }
    leaveLargeMode(false);
    TextEncoding encoding = TextEncoding::Utf8;
    setText(withoutDoubledCr(decodeText(bytes, &encoding)));
    m_readAs = encoding;
    QApplication::restoreOverrideCursor();
    Q_EMIT fileOpened(path);
    return true;
}

bool InspectorView::isBusy() const
{
    return m_watcher.isRunning() || m_debounce->isActive() || m_editor->isReplacing() || isReadingFile();
}

namespace {

// File reads get threads of their own: one blocked on a stalled network share or a pipe must not
// take one of the few that inspections run on. Never destroyed, so that leaving the program does
// not wait for such a read either.
QThreadPool *fileReadingPool()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

} // namespace

void InspectorView::readFileInBackground(std::shared_ptr<QFile> file, const QString &shownName)
{
    cancelInspection(); // of the input about to be replaced
    const QString path = file->fileName();
    m_fileReadPath = path;
    file->moveToThread(nullptr); // read on a worker, and closed wherever the last reference goes
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    m_fileReadCancel = cancel;
    // A pipe tells no size: the bar then only shows that the read goes on.
    m_progress->setRange(0, file->isSequential() ? 0 : 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    const QString name = shownName.isEmpty() ? QFileInfo(path).fileName() : shownName;
    m_status->setText(tr("Reading %1…").arg(name));
    QPointer<InspectorView> self = this;
    auto progress = [self, cancel, name](qint64 done, qint64 total) {
        if (cancel->load(std::memory_order_relaxed))
            return; // the view may be gone
        QMetaObject::invokeMethod(self, [self, cancel, name, done, total] {
            if (!self || self->m_fileReadCancel != cancel)
                return; // cancelled or overtaken meanwhile
            const QLocale locale;
            if (total > 0) {
                self->m_progress->setValue(int(done * 1000 / total));
                self->m_status->setText(tr("Reading %1 — %2 of %3…")
                                            .arg(name, locale.formattedDataSize(done), locale.formattedDataSize(total)));
            } else {
                self->m_status->setText(tr("Reading %1 — %2…").arg(name, locale.formattedDataSize(done)));
            }
        }, Qt::QueuedConnection);
    };
    m_fileRead.setFuture(QtConcurrent::run(fileReadingPool(), [file, cancel, progress] {
        return readWholeFile(*file, *cancel, progress);
    }));
}

void InspectorView::onFileRead()
{
    if (!m_fileReadCancel || m_fileReadCancel->load())
        return; // cancelled, or overtaken by other input
    m_fileReadCancel.reset();
    const FileReadResult read = m_fileRead.result();
    m_progress->hide();
    m_cancelButton->hide();
    m_status->clear();
    if (m_restoring) {
        m_restoring = false;
        if (!read.error.isEmpty()) {
            leaveLargeMode(false);
            m_status->setText(tr("The input saved last time could not be read: %1").arg(read.error));
            return;
        }
        showLargeInput(read.bytes, tr("Restored input"));
        m_saveTimer->stop(); // nothing new to save
        return;
    }
    if (!read.error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Open File"), tr("Cannot read \"%1\": %2").arg(m_fileReadPath, read.error));
        return;
    }
    const QString name = QFileInfo(m_fileReadPath).fileName();
    showLargeInput(read.bytes, read.truncated ? tr("%1 (only its first %2)").arg(name, QLocale().formattedDataSize(read.bytes.size()))
                                              : name);
    Q_EMIT fileOpened(m_fileReadPath);
}

void InspectorView::cancelFileRead()
{
    if (!m_fileReadCancel)
        return;
    m_fileReadCancel->store(true);
    m_fileReadCancel.reset();
    m_progress->hide();
    m_cancelButton->hide();
    if (m_restoring) {
        // Back to an empty editor; the saved file stays as it is until something else is saved.
        m_restoring = false;
        leaveLargeMode(false);
        m_status->setText(tr("Restoring the input saved last time was cancelled."));
        return;
    }
    m_status->setText(tr("Opening %1 was cancelled.").arg(QFileInfo(m_fileReadPath).fileName()));
}

void InspectorView::onTextChanged()
{
    ++m_generation;
    cancelFileRead(); // the user's own text wins over a file that has not come in yet
    if (m_editor->isReplacing())
        return; // a text going in by parts: inspected and saved once all of it is in
    const qsizetype size = m_editor->document()->characterCount();
    m_debounce->start(size > quickInput ? 600 : 200);
    saveTextSoon();
}

void InspectorView::inspectNow()
{
    m_debounce->stop();
    startInspection();
}

void InspectorView::startInspection()
{
    if (m_watcher.isRunning()) {
        // The text changed again: stop the stale run and start over when it has returned.
        m_restartWhenDone = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    const bool large = m_largeMode;
    const QString text = large ? QString() : m_editor->toPlainText();
    const QByteArray bytes = m_largeInput; // shared, not copied
    const quint64 generation = m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const bool big = large || text.size() > quickInput;
    m_progress->setVisible(big);
    m_cancelButton->setVisible(big);
    m_progress->setRange(0, 1000); // a file read from a pipe left it without one
    m_progress->setValue(0);
    const Catalog *catalog = &m_catalog;
    auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    const Strictness strictness = m_strictness == CheckStrictness::Lenient   ? Strictness::Lenient
                                  : m_strictness == CheckStrictness::Gb28181 ? Strictness::Gb28181
                                                                             : Strictness::StrictRfc;
    m_watcher.setFuture(QtConcurrent::run([text, bytes, large, generation, catalog, cancel, bar, strictness]() -> InspectionResultPtr {
        auto result = std::make_shared<InspectionResult>();
        InspectOptions options;
        options.cancel = cancel.get();
        options.strictness = strictness;
        options.progress = [bar](qsizetype done, qsizetype total) {
            const int value = total > 0 ? int(done * 1000 / total) : 1000;
            QMetaObject::invokeMethod(bar, [bar, value] {
                if (bar)
                    bar->setValue(value);
            }, Qt::QueuedConnection);
        };
        result->generation = generation;
        if (!large) {
            result->inspection = inspect(text.toUtf8(), *catalog, options);
            result->positions = OffsetMap(text);
        } else {
            // A capture becomes text here; the line index lets the view paint any line at once.
            // The view shows that text, so line numbers count its lines.
            options.linesOfInput = false;
            result->inspection = inspectInput(bytes, *catalog, options);
            const QByteArray &t = result->inspection.text;
            result->lineStarts.reserve(std::size_t(t.size() / 40 + 1));
            result->lineStarts.push_back(0);
            for (const char *p = t.constData(), *end = p + t.size();
                 (p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)))) && ++p < end;)
                result->lineStarts.push_back(p - t.constData());
        }
        result->listFacts = std::make_shared<const MessageListFacts>(messageListFacts(result->inspection));
        return result;
    }));
}

void InspectorView::cancelInspection()
{
    m_restartWhenDone = false;
    if (m_cancel)
        m_cancel->store(true);
    m_debounce->stop();
}

void InspectorView::onInspectionFinished()
{
    if (!isReadingFile()) { // else the bar and the button show the read
        m_progress->hide();
        m_cancelButton->hide();
    }
    const InspectionResultPtr result = m_watcher.result();
    if (m_restartWhenDone) {
        m_restartWhenDone = false;
        startInspection();
        return;
    }
    if (!result || result->inspection.cancelled) {
        if (!isReadingFile())
            m_status->setText(tr("Inspection cancelled."));
        return;
    }
    if (result->generation != m_generation)
        return; // a newer edit has its own run scheduled
    apply(result);
    Q_EMIT inspected();
}

bool InspectorView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void InspectorView::apply(const InspectionResultPtr &result)
{
    const bool changed = result != m_result;
    m_result = result;
    if (changed && m_largeMode) {
        m_bigView->setResult(result, isDark());
        m_messages->setResult(result);
    } else if (changed) {
        m_highlighter->setResult(result, isDark());
        highlightVisible();
        m_messages->setResult(result);
    }
    const int count = result ? int(result->inspection.messages.size()) : 0;
    m_messagesBox->setVisible(count > 1);
    if (changed) {
        // Time and hosts only when the input tells them (a log or a capture), the transport
        // only when there is more than one. With them the start line keeps a readable width
        // and the list scrolls sideways; without them it takes what is left.
        const bool origins = m_messages->hasOrigins();
        m_messagesView->setColumnHidden(MessageListModel::TimeColumn, !origins);
        m_messagesView->setColumnHidden(MessageListModel::RouteColumn, !origins);
        m_messagesView->setColumnHidden(MessageListModel::TransportColumn, !m_messages->hasSeveralTransports());
        QHeaderView *header = m_messagesView->header();
        header->setSectionResizeMode(MessageListModel::StartLineColumn, origins ? QHeaderView::Interactive : QHeaderView::Stretch);
        if (origins)
            header->resizeSection(MessageListModel::StartLineColumn, 30 * m_messagesView->fontMetrics().averageCharWidth());
        fitMessageColumns();
    }
    updateMessageFilters();
    if (changed) {
        // Keep the selected message while the user edits; otherwise show the first one with an
        // error, which is what a support engineer looks for first.
        int select = m_selectedMessage >= 0 && m_selectedMessage < count ? m_selectedMessage : -1;
        if (select < 0 && result) {
            for (const Diagnostic &d : result->inspection.diagnostics) {
                if (d.severity == Severity::Error && d.message >= 0) {
                    select = d.message;
                    break;
                }
            }
        }
        if (select < 0 && count > 0)
            select = 0;
        m_selectedMessage = -1;
        selectMessage(select, false);
    } else {
        selectMessage(m_selectedMessage, false);
    }
    if (result) {
        const Inspection &in = result->inspection;
        m_status->setText(tr("%n message(s)", nullptr, count) + QStringLiteral(" · ")
                          + tr("%1 error(s), %2 warning(s), %3 note(s)")
                                .arg(in.count(Severity::Error))
                                .arg(in.count(Severity::Warning))
                                .arg(in.count(Severity::Info))
                          + QStringLiteral(" · ") + encodingLabel(in.encoding));
    } else {
        m_status->clear();
    }
}

QString InspectorView::encodingLabel(TextEncoding inspected) const
{
    // A file read into the editor is characters there, inspected as UTF-8: its own encoding is
    // what the user wants to know (a GBK log from a Chinese platform, say).
    if (m_largeMode || !m_readAs || *m_readAs == inspected)
        return encodingName(inspected);
    if (*m_readAs == TextEncoding::Binary)
        return tr("the file looks like binary data; only its text parts can hold SIP messages");
    return tr("read from the file as %1", "%1 = encoding name, such as GB18030").arg(encodingName(*m_readAs));
}

void InspectorView::fitMessageColumns()
{
    // The widest of a few hundred rows spread over the list (and the header): the columns hold
    // numbers, times and addresses of much the same width all the way down.
    const QFontMetrics fm = m_messagesView->fontMetrics();
    QHeaderView *header = m_messagesView->header();
    const int rows = m_messages->rowCount();
    const int step = std::max(1, rows / 300);
    for (int column : {int(MessageListModel::LineColumn), int(MessageListModel::TimeColumn),
                       int(MessageListModel::RouteColumn), int(MessageListModel::TransportColumn),
                       int(MessageListModel::FindingsColumn)}) {
        int width = fm.horizontalAdvance(m_messages->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (int row = 0; row < rows; row += step)
            width = std::max(width, fm.horizontalAdvance(m_messages->index(row, column).data().toString()));
        if (rows > 0)
            width = std::max(width, fm.horizontalAdvance(m_messages->index(rows - 1, column).data().toString()));
        header->resizeSection(column, width + 3 * fm.averageCharWidth());
    }
}

void InspectorView::highlightVisible()
{
    // Only what is on screen (plus a margin for smooth scrolling) is recoloured.
    const int lines = m_editor->viewport()->height() / std::max(1, m_editor->fontMetrics().height()) + 40;
    QTextBlock first = m_editor->cursorForPosition(QPoint(0, 0)).block();
    for (int i = 0; i < 20 && first.previous().isValid(); ++i)
        first = first.previous();
    m_highlighter->highlightStale(first, lines + 20);
}

void InspectorView::selectMessage(int message, bool moveCursor)
{
    m_selectedMessage = message;
    m_findings->setResult(m_result, message);
    m_findingsView->resizeColumnToContents(FindingsModel::SeverityColumn);
    static const Inspection empty;
    m_card->setHtml(summaryCardHtml(m_result ? m_result->inspection : empty, message, m_catalog, m_language, isDark()));
    showFindingDetail({});
    if (message >= 0 && m_result && std::size_t(message) < m_result->inspection.messages.size()) {
        // A message the filters hide is shown all the same, with nothing current in the list.
        const QModelIndex index = m_messageFilter->mapFromSource(m_messages->index(message, 0));
        if (m_messagesView->currentIndex() != index) {
            QSignalBlocker block(m_messagesView->selectionModel());
            m_messagesView->setCurrentIndex(index);
            if (index.isValid())
                m_messagesView->scrollTo(index);
        }
        if (moveCursor && m_largeMode) {
            m_bigView->selectSpan(m_result->inspection.messages[std::size_t(message)].startLine);
        } else if (moveCursor) {
            const SipMessage &m = m_result->inspection.messages[std::size_t(message)];
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(int(m_result->endPosition(m.startLine.end())));
            cursor.setPosition(int(m_result->position(m.startLine.offset)), QTextCursor::KeepAnchor);
            QSignalBlocker block(m_editor);
            m_editor->setTextCursor(cursor);
            m_editor->centerCursor();
            highlightVisible();
        }
    }
}

void InspectorView::updateMessageFilters()
{
    // The methods of this input, keeping the chosen one while it still occurs.
    const QByteArray chosen = m_methodFilter->currentData().toByteArray();
    const QStringList methods = m_messages->methods();
    m_methodFilter->clear();
    m_methodFilter->addItem(tr("All methods"), QByteArray());
    for (const QString &method : methods)
        m_methodFilter->addItem(method, method.toLatin1());
    const int keep = chosen.isEmpty() ? 0 : m_methodFilter->findData(chosen);
    m_methodFilter->setCurrentIndex(std::max(0, keep));
    if (keep < 0)
        m_messageFilter->setMethod(QByteArray());

    const QString callId = m_messageFilter->callId();
    m_callFilter->setVisible(!callId.isEmpty());
    const QString shown = callId.size() > 24 ? callId.left(23) + QChar(0x2026) : callId;
    m_callFilter->setText(tr("Call %1 ✕").arg(shown));

    const int total = m_messages->rowCount();
    const int rows = m_messageFilter->rowCount();
    m_messageCount->setVisible(m_messageFilter->isFiltering());
    m_messageCount->setText(tr("%1 of %n", nullptr, total).arg(rows));
}

void InspectorView::setCallFilter(const QString &callId)
{
    m_messageFilter->setCallId(callId);
    updateMessageFilters();
    selectMessage(m_selectedMessage, false); // keeps it current in the list when it is still there
}

void InspectorView::showMessageListMenu(const QPoint &pos)
{
    const QModelIndex index = m_messagesView->indexAt(pos);
    const QString callId = index.isValid() ? m_messages->callId(m_messageFilter->mapToSource(index).row()).trimmed() : QString();
    QMenu menu(this);
    QAction *only = menu.addAction(tr("Only This Call"));
    only->setEnabled(!callId.isEmpty());
    QAction *all = menu.addAction(tr("Show All Calls"));
    all->setEnabled(!m_messageFilter->callId().isEmpty());
    QAction *chosen = menu.exec(m_messagesView->viewport()->mapToGlobal(pos));
    if (chosen == only)
        setCallFilter(m_messages->callId(m_messageFilter->mapToSource(index).row()));
    else if (chosen == all)
        setCallFilter(QString());
}

void InspectorView::onCursorMoved()
{
    if (!m_result || m_result->inspection.messages.size() < 2)
        return;
    const qsizetype pos = m_editor->textCursor().position();
    const auto &messages = m_result->inspection.messages;
    // The last message starting at or before the cursor.
    int found = -1;
    int lo = 0, hi = int(messages.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (m_result->position(messages[std::size_t(mid)].whole.offset) <= pos) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (found >= 0 && found != m_selectedMessage)
        selectMessage(found, false);
}

void InspectorView::onFindingActivated(const QModelIndex &index)
{
    const Diagnostic *d = m_findings->diagnostic(index);
    if (!d || !m_result)
        return;
    if (m_largeMode) {
        m_bigView->selectSpan(d->span);
        m_bigView->setFocus(Qt::OtherFocusReason);
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(m_result->position(d->span.offset)));
    cursor.setPosition(int(std::max(m_result->position(d->span.offset), m_result->endPosition(d->span.end()))), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    highlightVisible();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void InspectorView::showFindingDetail(const QModelIndex &index)
{
    const Diagnostic *d = m_findings->diagnostic(index);
    m_exampleLine.clear();
    if (!d) {
        m_detail->clear();
        m_detail->hide();
        m_copyLine->hide();
        return;
    }
    QString html = QStringLiteral("<b>%1</b> %2").arg(severityLabel(d->severity, m_language).toHtmlEscaped(),
                                                     diagnosticMessage(*d, m_language).toHtmlEscaped());
    if (*d->rfc)
        html += QStringLiteral("<br/><span>%1 %2</span>").arg(tr("Rule:").toHtmlEscaped(), QString::fromUtf8(d->rfc).toHtmlEscaped());
    if (QByteArrayView(d->id) == QByteArrayView("missing-header") && *d->header) {
        m_exampleLine = exampleHeaderLine(QString::fromLatin1(d->header));
        html += QStringLiteral("<br/>%1 <code>%2</code>").arg(tr("A correct line looks like:").toHtmlEscaped(),
                                                            m_exampleLine.toHtmlEscaped());
    }
    m_detail->setText(html);
    m_detail->show();
    m_copyLine->setVisible(!m_exampleLine.isEmpty());
}

bool InspectorView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() || watched == m_bigView->viewport()) {
        if (event->type() == QEvent::ToolTip && m_result && watched == m_editor->viewport()) {
            auto *help = static_cast<QHelpEvent *>(event);
            const qsizetype pos = m_editor->cursorForPosition(help->pos()).position();
            QStringList lines;
            for (const Diagnostic &d : m_result->inspection.diagnostics) {
                if (d.span.length > 0 && m_result->position(d.span.offset) <= pos && pos < m_result->endPosition(d.span.end()))
                    lines.append(QStringLiteral("%1: %2").arg(severityLabel(d.severity, m_language), diagnosticMessage(d, m_language)));
                if (lines.size() >= 6)
                    break;
            }
            if (lines.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), m_editor->viewport());
            return true;
        }
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        }
        if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (drop->mimeData()->hasUrls()) {
                const QList<QUrl> urls = drop->mimeData()->urls();
                if (!urls.isEmpty() && urls.first().isLocalFile())
                    openFile(urls.first().toLocalFile());
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InspectorView::takeLargePaste(const QString &text)
{
    cancelFileRead(); // a file (or the restored input) not yet read is overtaken by the paste
    // Shown at once as an empty read-only input "being prepared"; the bytes follow from the
    // worker, and the inspection starts from them as for an opened file.
    enterLargeMode(QByteArray(), tr("Pasted text"));
    m_largeNotice->setText(tr("Pasted text — %1 characters, being prepared…").arg(QLocale().toString(text.size())));
    m_pastePending = true;
    m_pasteConversion.setFuture(QtConcurrent::run([text] { return text.toUtf8(); }));
}

void InspectorView::showLargeInput(const QByteArray &bytes, const QString &what)
{
    cancelFileRead(); // a file not yet read is overtaken by this input (a no-op when it is that file)
    m_pastePending = false; // a paste still being prepared was overtaken by this input (or is this one)
    enterLargeMode(bytes, what);
    ++m_generation;
    m_restartWhenDone = false;
    if (m_watcher.isRunning())
        m_restartWhenDone = true; // the stale run was cancelled above; start over when it returns
    else
        startInspection();
    saveTextSoon();
}

void InspectorView::enterLargeMode(const QByteArray &bytes, const QString &what)
{
    m_readAs.reset(); // shown as bytes, with the encoding the inspection finds in them
    ++m_largeInputCount;
    cancelInspection();
    m_largeInput = bytes;
    m_largeMode = true;
    {
        // The editor is emptied without starting an inspection of the empty text.
        QSignalBlocker block(m_editor);
        m_editor->clear();
    }
    m_textStack->setCurrentWidget(m_bigView);
    m_bigView->setResult(nullptr, isDark());
    m_largeWhat = what;
    updateLargeNotice();
    m_largeBar->show();
}

void InspectorView::updateLargeNotice()
{
    const bool capture = looksLikeCapture(m_largeInput);
    const QString size = QLocale().formattedDataSize(m_largeInput.size());
    const bool longLines = !capture && m_largeInput.size() <= InspectorEditor::largeText;
    m_largeNotice->setText(
        capture     ? tr("%1 — a packet capture (%2), shown as the SIP messages found in it, read-only.").arg(m_largeWhat, size)
        : longLines ? tr("%1 — %2 with lines too long to edit comfortably: shown read-only.").arg(m_largeWhat, size)
                    : tr("%1 — %2, too large to edit comfortably: shown read-only.").arg(m_largeWhat, size));
    m_editAsText->setVisible(!capture);
    m_editAsText->setEnabled(true);
    m_editAsText->setText(tr("Edit as Text"));
    m_editAsText->setToolTip(tr("Load the text into the editor (slow for very large inputs)"));
}

void InspectorView::editLargeInputAsText()
{
    if (m_largeInput.size() <= InspectorEditor::largeText) {
        leaveLargeMode(true);
        return;
    }
    // Decoded beside the GUI thread (some 0.2 s for 100 MB); the read-only view stays until then.
    m_textPreparationFor = m_largeInputCount;
    m_editAsText->setEnabled(false);
    m_largeNotice->setText(tr("%1 — being made ready for editing…").arg(m_largeWhat));
    const QByteArray bytes = m_largeInput;
    m_textPreparation.setFuture(QtConcurrent::run([bytes] {
        PreparedText prepared;
        prepared.text = withoutDoubledCr(decodeText(bytes, &prepared.encoding));
        return prepared;
    }));
}

void InspectorView::leaveLargeMode(bool keepText)
{
    if (!m_largeMode)
        return;
    ++m_largeInputCount;
    const QByteArray bytes = m_largeInput;
    m_largeMode = false;
    m_pastePending = false;
    m_largeInput.clear();
    m_largeBar->hide();
    m_bigView->setResult(nullptr, isDark());
    m_textStack->setCurrentWidget(m_editor);
    if (keepText) {
        TextEncoding encoding = TextEncoding::Utf8;
        setText(withoutDoubledCr(decodeText(bytes, &encoding))); // goes in by parts: the window stays responsive meanwhile
        m_readAs = encoding;
    }
}

void InspectorView::onBigViewCursor(qsizetype offset)
{
    if (!m_result)
        return;
    const auto &messages = m_result->inspection.messages;
    const auto after = std::upper_bound(messages.begin(), messages.end(), offset,
                                        [](qsizetype o, const SipMessage &m) { return o < m.whole.offset; });
    const int found = int(after - messages.begin()) - 1;
    if (found >= 0 && found != m_selectedMessage)
        selectMessage(found, false);
}

QString InspectorView::findingsAt(qsizetype offset) const
{
    if (!m_result)
        return {};
    QStringList lines;
    for (const Diagnostic &d : m_result->inspection.diagnostics) {
        if (d.span.length > 0 && d.span.offset <= offset && offset < d.span.end())
            lines.append(QStringLiteral("%1: %2").arg(severityLabel(d.severity, m_language), diagnosticMessage(d, m_language)));
        if (lines.size() >= 6)
            break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString InspectorView::textFilePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/inspector-text.txt");
}

void InspectorView::saveTextSoon()
{
    m_saveTimer->start();
}

void InspectorView::writeText()
{
    // The pasted text lives in a file of its own: it can be megabytes, too much for QSettings.
    const QString path = textFilePath();
    auto write = [path](const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(bytes);
            file.commit();
        }
    };
    // Written beside the GUI thread: a large input or capture (up to hundreds of megabytes; the
    // bytes are shared, not copied), and the editor's text once taken from the document (after
    // "Edit as Text" it can be as big). One write at a time, so an older one never lands last.
    if (!m_largeMode && m_editor->isReplacing())
        return; // saved once all of it is in (replacingFinished)
    m_textWrite.waitForFinished();
    if (m_largeMode) {
        m_textWrite = QtConcurrent::run(write, m_largeInput);
    } else {
        const QString text = m_editor->toPlainText();
        m_textWrite = QtConcurrent::run([write, text] { write(text.toUtf8()); });
    }
}

void InspectorView::saveState()
{
    // A paste still being turned into bytes is saved too (it takes some tens of milliseconds).
    if (m_pastePending) {
        m_pasteConversion.waitForFinished();
        m_largeInput = m_pasteConversion.result();
        m_pastePending = false;
        m_saveTimer->start();
    }
    // And a text still going into the editor by parts, all of it (without starting an inspection
    // of it now: the view is closing).
    if (m_editor->isReplacing()) {
        const QSignalBlocker quiet(m_editor);
        m_editor->finishReplacing();
        m_saveTimer->start();
    }
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        writeText();
    }
    m_textWrite.waitForFinished();
    m_settings.setValue(Settings::InspectorSplitter, m_splitter->saveState());
    m_settings.setValue(Settings::InspectorSideSplitter, m_sideSplitter->saveState());
}

void InspectorView::restoreState()
{
    m_splitter->restoreState(m_settings.value(Settings::InspectorSplitter).toByteArray());
    m_sideSplitter->restoreState(m_settings.value(Settings::InspectorSideSplitter).toByteArray());
    auto file = std::make_shared<QFile>(textFilePath());
    if (!file->open(QIODevice::ReadOnly))
        return;
    if (file->size() > InspectorEditor::largeText) {
        // Read beside the GUI thread, so that the window shows at once (a saved input of 100 MB
        // held the start 0.1 - 0.2 s). The read-only view stands in for it meanwhile, so nothing
        // can be typed that the restored input would then replace, and nothing is saved over the
        // file until all of it is in.
        enterLargeMode(QByteArray(), tr("Restored input"));
        m_largeNotice->setText(tr("Restored input — being read…"));
        m_editAsText->setEnabled(false);
        readFileInBackground(std::move(file), tr("the input saved last time"));
        m_restoring = true;
        return;
    }
    const QByteArray bytes = file->readAll();
    if (looksLikeCapture(bytes) || InspectorEditor::tooLargeToEdit(bytes))
        showLargeInput(bytes, tr("Restored input"));
    else
        setText(QString::fromUtf8(bytes));
    m_saveTimer->stop(); // nothing new to save
}

} // namespace sipref
