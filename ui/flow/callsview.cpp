#include "flow/callsview.h"

#include "checks/diagnostictexts.h"
#include "flow/asciiladder.h"
#include "classcolors.h"
#include "flow/calllistmodel.h"
#include "flow/flow.h"
#include "flow/ladderexport.h"
#include "flow/ladderview.h"
#include "inspector/inspectorview.h"


#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace sipref {

namespace {

// The body lines shown under a message in the detail pane: enough for an SDP.
constexpr int maxBodyLines = 40;

QString severityIconUrl(Severity s)
{
    return QStringLiteral("sipref-severity:%1").arg(QLatin1String(severityId(s)));
}

} // namespace

CallsView::CallsView(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget),
      m_hint(new QLabel),
      m_hintButton(new QPushButton),
      m_filter(new QLineEdit),
      m_count(new QLabel),
      m_table(new QTableView),
      m_model(new CallListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_splitter(new QSplitter(Qt::Vertical)),
      m_ladderSplitter(new QSplitter(Qt::Horizontal)),
      m_toolBar(new QToolBar),
      m_note(new QLabel),
      m_ladder(new LadderView),
      m_detail(new QTextBrowser)
{
    setObjectName(QStringLiteral("callsView"));

    // The empty state: a hint in the middle, and the way to where the text goes.
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("callsHint"));
    QFont hintFont = m_hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_hint->setFont(hintFont);
    connect(m_hintButton, &QPushButton::clicked, this, [this] { Q_EMIT showInInspectorRequested(-1); });
    auto *hintPage = new QWidget;
    auto *hintLayout = new QVBoxLayout(hintPage);
    hintLayout->addStretch(1);
    hintLayout->addWidget(m_hint);
    hintLayout->addSpacing(12);
    hintLayout->addWidget(m_hintButton, 0, Qt::AlignHCenter);
    hintLayout->addStretch(1);
    hintLayout->setContentsMargins(48, 24, 48, 24);

    // The call list.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CallListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("callList"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(CallListModel::TimeColumn, Qt::AscendingOrder);
    // Widths for what the columns hold: the parties need room, the numbers little.
    const QFontMetrics fm = m_table->fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(CallListModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 3 * digit);
    header->resizeSection(CallListModel::CallerColumn, 26 * digit);
    header->resizeSection(CallListModel::CalleeColumn, 26 * digit);
    header->resizeSection(CallListModel::StateColumn, 15 * digit);
    header->resizeSection(CallListModel::SetupColumn, 10 * digit);
    header->resizeSection(CallListModel::DurationColumn, 10 * digit);
    header->resizeSection(CallListModel::MessagesColumn, 10 * digit);
    m_table->setSortingEnabled(true);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("callFilter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CallsView::updateLadder);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(8, 8, 8, 4);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_table, 1);

    // The ladder, its tools, and the message clicked in it.
    m_exportPng = m_toolBar->addAction(QString(), this, [this] { exportImage(QStringLiteral("png")); });
    m_exportSvg = m_toolBar->addAction(QString(), this, [this] { exportImage(QStringLiteral("svg")); });
    m_copyText = m_toolBar->addAction(QString(), this, &CallsView::copyText);
    m_copyImage = m_toolBar->addAction(QString(), this, &CallsView::copyImage);
    m_toolBar->addSeparator();
    m_zoomOut = m_toolBar->addAction(QString(), m_ladder, &LadderView::zoomOut);
    m_zoomIn = m_toolBar->addAction(QString(), m_ladder, &LadderView::zoomIn);
    m_toolBar->addSeparator();
    m_showInInspector = m_toolBar->addAction(QString(), this, [this] { Q_EMIT showInInspectorRequested(m_currentMessage); });
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    for (QAction *a : {m_zoomIn, m_zoomOut})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setObjectName(QStringLiteral("ladderTools"));
    m_note->setObjectName(QStringLiteral("ladderNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    connect(m_ladder, &LadderView::messageActivated, this, [this](int message) {
        showDetail(message);
        Q_EMIT messageActivated(message);
    });

    m_detail->setObjectName(QStringLiteral("messageDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setLineWrapMode(QTextEdit::WidgetWidth); // the header fields are <pre>: they keep their lines
    m_ladderSplitter->addWidget(m_ladder);
    m_ladderSplitter->addWidget(m_detail);
    m_ladderSplitter->setStretchFactor(0, 3);
    m_ladderSplitter->setStretchFactor(1, 2);
    m_ladderSplitter->setChildrenCollapsible(false);
    m_ladder->setMinimumWidth(260);
    m_detail->setMinimumWidth(200);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(8, 4, 8, 8);
    bottomLayout->setSpacing(4);
    bottomLayout->addWidget(m_toolBar);
    bottomLayout->addWidget(m_note);
    bottomLayout->addWidget(m_ladderSplitter, 1);

    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    top->setMinimumHeight(110);
    bottom->setMinimumHeight(200);

    m_stack->addWidget(hintPage);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslateUi();
    setResult(nullptr);
}

void CallsView::followInspector(InspectorView *inspector)
{
    connect(inspector, &InspectorView::inspected, this, [this, inspector] { setResult(inspector->result()); });
    connect(this, &CallsView::messageActivated, inspector, [inspector](int message) { inspector->selectMessage(message); });
    connect(this, &CallsView::showInInspectorRequested, inspector, [inspector](int message) {
        if (message >= 0)
            inspector->selectMessage(message);
    });
    setResult(inspector->result());
}

void CallsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter calls: number, name, state, Call-ID…"));
    m_filter->setAccessibleName(tr("Filter calls"));
    m_table->setAccessibleName(tr("Calls"));
    m_ladder->setAccessibleName(tr("Ladder diagram"));
    m_detail->setAccessibleName(tr("Selected message"));
    m_hintButton->setText(tr("Go to the Inspector"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportPng->setToolTip(tr("Save the ladder diagram as a PNG image"));
    m_exportSvg->setText(tr("Export SVG…"));
    m_exportSvg->setToolTip(tr("Save the ladder diagram as an SVG drawing"));
    m_copyText->setText(tr("Copy as Text"));
    m_copyText->setToolTip(tr("Copy the ladder as plain text, for a ticket or an e-mail"));
    m_copyImage->setText(tr("Copy Image"));
    m_zoomIn->setText(tr("Zoom In"));
    m_zoomIn->setToolTip(tr("Larger text (Ctrl++, Ctrl+wheel)"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_zoomOut->setToolTip(tr("Smaller text (Ctrl+-, Ctrl+wheel)"));
    m_showInInspector->setText(tr("Show in Inspector"));
    m_showInInspector->setToolTip(tr("Open the selected message in the Inspector"));
    m_ladder->setPlaceholderText(tr("Select a call above to see its ladder diagram."));
    m_model->retranslate();
    updatePage();
    updateCount();
    if (m_currentMessage >= 0)
        showDetail(m_currentMessage);
}

void CallsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_currentMessage >= 0)
        showDetail(m_currentMessage); // the detail's colours are in its HTML
    QWidget::changeEvent(event);
}

void CallsView::setLanguage(Language language)
{
    m_language = language;
    m_ladder->setLanguage(language);
    if (m_currentMessage >= 0)
        showDetail(m_currentMessage);
}

QString CallsView::emptyText() const
{
    return m_stack->currentIndex() == 0 ? m_hint->text() : QString();
}

void CallsView::setResult(const InspectionResultPtr &result)
{
    // The same calls stay selected while the user edits the text.
    const QStringList previous = selectedCallIds();
    m_result = result;
    m_currentMessage = -1;
    {
        QSignalBlocker block(m_table->selectionModel());
        m_model->setResult(result);
    }
    updatePage();
    updateCount();

    QList<int> rows;
    if (result && !previous.isEmpty()) {
        const std::vector<Call> &calls = result->inspection.flow.calls;
        for (int i = 0; i < int(calls.size()); ++i) {
            if (previous.contains(QString::fromUtf8(calls[std::size_t(i)].callId)))
                rows << i;
        }
    }
    if (rows.isEmpty() && m_proxy->rowCount() > 0 && result) {
        // What an engineer opens a capture for: the first call that went wrong, else the first
        // call at all (an INVITE), else whatever comes first.
        const std::vector<Call> &calls = result->inspection.flow.calls;
        int failed = -1, invite = -1;
        for (int r = 0; r < m_proxy->rowCount() && failed < 0; ++r) {
            const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
            const CallState state = calls[std::size_t(row)].state;
            if (state == CallState::Failed || state == CallState::Busy)
                failed = row;
            else if (invite < 0 && state != CallState::NonInvite)
                invite = row;
        }
        rows << (failed >= 0 ? failed : invite >= 0 ? invite : m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    }
    selectCallRows(rows);
}

void CallsView::updatePage()
{
    const Inspection *in = m_result ? &m_result->inspection : nullptr;
    if (!in || in->messages.empty()) {
        m_hint->setText(tr("Paste a log or open a capture in the Inspector: its calls appear here, each with its "
                           "ladder diagram."));
        m_hintButton->show();
        m_stack->setCurrentIndex(0);
    } else if (in->flow.calls.empty()) {
        m_hint->setText(tr("None of the %n message(s) in the Inspector has a Call-ID, so there are no calls to show.",
                           nullptr, int(in->messages.size())));
        m_hintButton->show();
        m_stack->setCurrentIndex(0);
    } else {
        m_hint->clear();
        m_stack->setCurrentIndex(1);
    }
}

void CallsView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n call(s)", nullptr, total) : tr("%1 of %n call(s)", nullptr, total).arg(shown));
}

void CallsView::selectCallRows(const QList<int> &sourceRows)
{
    QItemSelection selection;
    for (int row : sourceRows) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(CallListModel::ColumnCount - 1));
    }
    {
        QSignalBlocker block(m_table->selectionModel());
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!selection.isEmpty()) {
            const QModelIndex first = selection.first().topLeft();
            m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            m_table->scrollTo(first);
        }
    }
    updateLadder();
}

QStringList CallsView::selectedCallIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const Call *call = m_model->call(m_proxy->mapToSource(index).row()))
            ids << QString::fromUtf8(call->callId);
    }
    return ids;
}

void CallsView::updateLadder()
{
    std::vector<int> messages;
    if (m_result) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows) {
            if (const Call *call = m_model->call(m_proxy->mapToSource(index).row()))
                messages.insert(messages.end(), call->messages.begin(), call->messages.end());
        }
        if (rows.size() > 1) {
            // Several calls: their messages together, in the order of the input.
            std::sort(messages.begin(), messages.end());
            messages.erase(std::unique(messages.begin(), messages.end()), messages.end());
        }
    }
    const std::size_t total = messages.size();
    if (total > std::size_t(maxArrows)) {
        messages.resize(std::size_t(maxArrows));
        m_note->setText(tr("This ladder shows the first %1 of %2 messages: select fewer calls, or use the Inspector "
                           "for the rest.")
                            .arg(QLocale().toString(maxArrows), QLocale().toString(qulonglong(total))));
        m_note->show();
    } else {
        m_note->hide();
    }

    if (messages.empty()) {
        m_ladder->clear();
    } else {
        const Inspection &in = m_result->inspection;
        m_ladder->setLadder(in, buildLadder(in, in.flow, messages));
    }
    const bool haveLadder = m_ladder->arrowCount() > 0;
    for (QAction *a : {m_exportPng, m_exportSvg, m_copyText, m_copyImage})
        a->setEnabled(haveLadder);

    // Keep the message shown if it is still there; otherwise show the first, so the pane beside
    // the ladder is never empty while there is something to show.
    int show = haveLadder ? m_currentMessage : -1;
    if (haveLadder && !m_ladder->selectMessage(show)) {
        show = m_ladder->painter().messageOf(0);
        m_ladder->selectMessage(show);
    }
    showDetail(show);
}

void CallsView::showDetail(int message)
{
    m_currentMessage = message;
    m_showInInspector->setEnabled(message >= 0);
    if (!m_result || message < 0 || std::size_t(message) >= m_result->inspection.messages.size()) {
        m_detail->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                              .arg(mutedTextColor(isDarkPalette(palette())).name(),
                                   tr("Click an arrow to see its message here.").toHtmlEscaped()));
        return;
    }
    const Inspection &in = m_result->inspection;
    const SipMessage &m = in.messages[std::size_t(message)];
    const bool dark = isDarkPalette(palette());
    const QString muted = mutedTextColor(dark).name();
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();

    QTextDocument *doc = m_detail->document();
    const int iconSize = std::max(14, m_detail->fontMetrics().height() - 2);
    const struct
    {
        Severity severity;
        QStyle::StandardPixmap pixmap;
    } icons[] = {{Severity::Error, QStyle::SP_MessageBoxCritical},
                 {Severity::Warning, QStyle::SP_MessageBoxWarning},
                 {Severity::Info, QStyle::SP_MessageBoxInformation}};
    for (const auto &icon : icons)
        doc->addResource(QTextDocument::ImageResource, QUrl(severityIconUrl(icon.severity)),
                         style()->standardIcon(icon.pixmap).pixmap(iconSize, iconSize));

    // Where and when, then the start line in its class colour.
    QStringList facts;
    facts << tr("Message %1, line %2").arg(message + 1).arg(m.lineNumber);
    if (m.origin->hasTime())
        facts << formatOriginTime(*m.origin);
    const QString thisHost = tr("This host");
    QString source = QString::fromUtf8(m.origin->source), destination = QString::fromUtf8(m.origin->destination);
    if (source.isEmpty() && m.origin->direction == Direction::Sent)
        source = thisHost;
    if (destination.isEmpty() && m.origin->direction == Direction::Received)
        destination = thisHost;
    if (!source.isEmpty() || !destination.isEmpty())
        facts << QStringLiteral("%1 \u2192 %2").arg(source.isEmpty() ? QStringLiteral("?") : source,
                                                  destination.isEmpty() ? QStringLiteral("?") : destination);
    if (m.origin->transport != Transport::Unknown)
        facts << QString::fromLatin1(transportName(m.origin->transport));
    QString html = QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    const QColor lineColor = m.isResponse() && m.code >= 100 && m.code <= 699 ? classColor(m.code / 100, Profile::Ietf, dark)
                                                                              : sipTextColor(SipTextRole::RequestLine, dark);
    html += QStringLiteral("<p style=\"font-family:'%1'; font-weight:bold; color:%2; white-space:pre\">%3</p>")
                .arg(mono, lineColor.name(), in.string(m.startLine).toHtmlEscaped());

    // Its findings (the flow's findings are among them).
    QString findings;
    auto add = [&](const std::vector<Diagnostic> &diagnostics) {
        for (const Diagnostic &d : diagnostics) {
            if (d.message != message)
                continue;
            QString rfc = *d.rfc ? QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                                       .arg(muted, QString::fromUtf8(d.rfc).toHtmlEscaped())
                                 : QString();
            findings += QStringLiteral("<tr><td valign=\"top\"><img src=\"%1\" width=\"%2\" height=\"%2\" alt=\"%3\"/>&nbsp;</td>"
                                       "<td>%4%5</td></tr>")
                            .arg(severityIconUrl(d.severity))
                            .arg(iconSize)
                            .arg(severityLabel(d.severity, m_language).toHtmlEscaped(),
                                 diagnosticMessage(d, m_language).toHtmlEscaped(), rfc);
        }
    };
    add(in.diagnostics);
    if (findings.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(successTextColor(dark).name(), tr("No findings.").toHtmlEscaped());
    else
        html += QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(findings);

    // The header fields as text, folding undone; then the body, cut after a screenful.
    QString headers;
    for (const HeaderField &h : m.headers)
        headers += in.string(h.name()) + QStringLiteral(": ") + in.unfoldedValue(h) + QLatin1Char('\n');
    if (m.body.length > 0) {
        QStringList lines = in.string(m.body).split(QLatin1Char('\n'));
        const bool cut = lines.size() > maxBodyLines;
        if (cut)
            lines = lines.mid(0, maxBodyLines);
        for (QString &l : lines) {
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        }
        headers += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        if (cut)
            headers += QStringLiteral("\n…");
    }
    html += QStringLiteral("<pre style=\"font-family:'%1'\">%2</pre>").arg(mono, headers.toHtmlEscaped());
    m_detail->setHtml(html);
}

bool CallsView::exportLadder(const QString &format, const QString &path, QString *error) const
{
    if (!m_result || m_ladder->arrowCount() == 0) {
        if (error)
            *error = tr("There is no ladder to export.");
        return false;
    }
    return writeLadderImage(m_result->inspection, m_ladder->ladder(), format, path, m_language, error);
}

void CallsView::exportImage(const QString &format)
{
    if (!m_result || m_ladder->arrowCount() == 0)
        return;
    // A file name from the Call-ID, with what a file system dislikes taken out.
    QString name = selectedCallIds().value(0, QStringLiteral("ladder"));
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    name = QStringLiteral("ladder-%1.%2").arg(name.left(60), format);
    const bool svg = format == QLatin1String("svg");
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export Ladder as SVG") : tr("Export Ladder as PNG"),
                                                      QDir::home().filePath(name),
                                                      svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportLadder(format, path, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

void CallsView::copyText()
{
    if (!m_result || m_ladder->arrowCount() == 0)
        return;
    QApplication::clipboard()->setText(asciiLadder(m_ladder->ladder(), m_result->inspection, m_language));
}

void CallsView::copyImage()
{
    if (!m_result || m_ladder->arrowCount() == 0)
        return;
    QApplication::clipboard()->setImage(renderLadderImage(m_result->inspection, m_ladder->ladder(), m_language, 2));
}

} // namespace sipref
