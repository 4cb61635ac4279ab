#include "browser/codebrowser.h"

#include "browser/classchip.h"
#include "browser/codefilterproxy.h"
#include "browser/codelistmodel.h"
#include "browser/codelistview.h"
#include "browser/entryhtml.h"
#include "catalog/catalog.h"
#include "catalog/entryformat.h"
#include "classcolors.h"
#include "widgets/flowlayout.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QWindow>

namespace sipref {

CodeBrowser::CodeBrowser(const Catalog &catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_model(new CodeListModel(catalog, this)),
      m_proxy(new CodeFilterProxy(catalog, this)),
      m_search(new QLineEdit),
      m_classButtons(new QButtonGroup(this)),
      m_view(new CodeListView),
      m_count(new QLabel),
      m_detail(new QTextBrowser),
      m_back(new QToolButton),
      m_forward(new QToolButton),
      m_copy(new QToolButton),
      m_splitter(new QSplitter(Qt::Horizontal))
{
    m_proxy->setSourceModel(m_model);

    // Left: search, class filter, results.
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_search->setObjectName(QStringLiteral("codeSearch"));
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);
    m_search->setMinimumHeight(m_search->sizeHint().height() + 6);
    connect(m_search, &QLineEdit::textChanged, this, &CodeBrowser::onQueryChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        onCurrentRowChanged();
    });

    auto *classRow = new FlowLayout(1);
    for (int cls = 0; cls <= CodeFilterProxy::WarningClass; ++cls) {
        auto *b = new ClassChip;
        m_classButtons->addButton(b, cls);
        m_classButtonList.append(b);
        classRow->addWidget(b);
    }
    m_classButtons->button(0)->setChecked(true);
    updateClassButtonColours();
    connect(m_classButtons, &QButtonGroup::idClicked, this, [this](int id) {
        m_proxy->setClassFilter(id);
        updateCount();
    });

    m_view->setIconSize(QSize(12, 12)); // before the columns are first measured
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setObjectName(QStringLiteral("codeList"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(CodeListModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CodeListModel::ReasonColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(CodeListModel::ReasonColumn, 210);
    m_view->viewport()->installEventFilter(this); // its resizes fit the reason column
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == CodeListModel::ReasonColumn && !m_fittingColumns)
            m_reasonWidthChosen = true;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CodeBrowser::onCurrentRowChanged);

    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(classRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    // Right: navigation bar and the entry.
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_back->setAutoRaise(true);
    m_forward->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &CodeBrowser::goBack);
    connect(m_forward, &QToolButton::clicked, this, &CodeBrowser::goForward);
    m_copy->setPopupMode(QToolButton::InstantPopup);
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAutoRaise(true);
    auto *copyMenu = new QMenu(m_copy);
    m_copy->setMenu(copyMenu);
    connect(copyMenu, &QMenu::aboutToShow, this, [this, copyMenu] {
        copyMenu->clear();
        copyMenu->addAction(tr("Copy as Text"), this, [this] { QApplication::clipboard()->setText(currentAsText(false)); });
        copyMenu->addAction(tr("Copy as Markdown"), this, [this] { QApplication::clipboard()->setText(currentAsMarkdown(false)); });
        copyMenu->addSeparator();
        copyMenu->addAction(tr("Copy as Text, Both Languages"), this, [this] { QApplication::clipboard()->setText(currentAsText(true)); });
        copyMenu->addAction(tr("Copy as Markdown, Both Languages"), this, [this] { QApplication::clipboard()->setText(currentAsMarkdown(true)); });
    });

    auto *navBar = new QHBoxLayout;
    navBar->addWidget(m_back);
    navBar->addWidget(m_forward);
    navBar->addStretch();
    navBar->addWidget(m_copy);

    m_detail->setOpenLinks(false);
    m_detail->setObjectName(QStringLiteral("codeDetail"));
    m_detail->setFrameShape(QFrame::NoFrame);
    m_detail->document()->setDocumentMargin(14);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.1);
    m_detail->setFont(detailFont);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &CodeBrowser::onLinkClicked);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    rightLayout->addLayout(navBar);
    auto *detailFrame = new QFrame;
    detailFrame->setFrameShape(QFrame::StyledPanel);
    auto *detailLayout = new QVBoxLayout(detailFrame);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    rightLayout->addWidget(detailFrame, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(220);
    right->setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    retranslateUi();
    updateCount();
}

void CodeBrowser::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    // Measured anew for the phrases of this language; a width dragged for the other one is let go.
    m_reasonWidthChosen = false;
    m_fittingColumns = true;
    m_view->header()->resizeSections(QHeaderView::ResizeToContents);
    m_fittingColumns = false;
    fitReasonColumn();
    render();
    updateCount();
}

void CodeBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange) {
        updateClassButtonColours();
        render();
    }
    QWidget::changeEvent(event);
}

void CodeBrowser::updateClassButtonColours()
{
    // The class colour as text; checked, as a chip: white on the light palette's deep colour, the
    // window's dark colour on the dark palette's light one, so the label always contrasts.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor chipText = dark ? palette().color(QPalette::Base) : QColor(Qt::white);
    for (int cls = 0; cls < m_classButtonList.size(); ++cls) {
        CodeEntry sample;
        sample.code = cls * 100;
        sample.kind = cls == CodeFilterProxy::Q850Class     ? EntryKind::Q850
                      : cls == CodeFilterProxy::WarningClass ? EntryKind::Warning
                                                             : EntryKind::Sip;
        sample.profile = cls == CodeFilterProxy::GbClass ? Profile::Gb28181 : Profile::Ietf;
        m_classButtonList[cls]->setColors(cls == 0 ? palette().color(QPalette::Text) : entryColor(sample, dark), chipText);
    }
}

void CodeBrowser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search codes, words or header names (Ctrl+K)"));
    m_search->setToolTip(tr("A code (486), a prefix (48), a class (4xx), words in English or Chinese, or a header name"));
    m_search->setAccessibleName(tr("Search the code catalog"));
    m_view->setAccessibleName(tr("Response codes"));
    m_detail->setAccessibleName(tr("Code details"));
    m_classButtonList[0]->setText(tr("All"));
    for (int cls = 1; cls <= 6; ++cls) {
        m_classButtonList[cls]->setText(QStringLiteral("%1xx").arg(cls));
        m_classButtonList[cls]->setToolTip(className(cls).in(m_language));
    }
    m_classButtonList[CodeFilterProxy::GbClass]->setText(tr("GB/T 28181"));
    m_classButtonList[CodeFilterProxy::GbClass]->setToolTip(tr("Codes of Chinese video-surveillance platforms"));
    m_classButtonList[CodeFilterProxy::Q850Class]->setText(QStringLiteral("Q.850"));
    m_classButtonList[CodeFilterProxy::Q850Class]->setToolTip(tr("ISDN/ISUP cause values that gateways carry in the Reason header"));
    m_classButtonList[CodeFilterProxy::WarningClass]->setText(tr("Warning"));
    m_classButtonList[CodeFilterProxy::WarningClass]->setToolTip(tr("Codes of the SIP Warning header field"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_back->setAccessibleName(tr("Back"));
    m_forward->setAccessibleName(tr("Forward"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy this entry for a ticket or a chat"));
    updateCount();
}

void CodeBrowser::updateCount()
{
    const int n = m_proxy->rowCount();
    m_count->setText(n == 0 ? tr("Nothing matches.") : tr("%n result(s)", nullptr, n));
}

void CodeBrowser::fitReasonColumn()
{
    if (m_reasonWidthChosen)
        return;
    // As wide as its longest phrase, but the meaning after it keeps a third of a narrow list: in
    // Chinese it is the column read first, and it went out of sight behind a scroll bar.
    QHeaderView *header = m_view->header();
    const int available = m_view->viewport()->width() - header->sectionSize(CodeListModel::CodeColumn);
    const int wanted = std::max(m_view->sizeHintForColumn(CodeListModel::ReasonColumn), 180);
    const int width = std::max(180, std::min(wanted, available * 2 / 3));
    if (width == header->sectionSize(CodeListModel::ReasonColumn))
        return;
    m_fittingColumns = true;
    header->resizeSection(CodeListModel::ReasonColumn, width);
    m_fittingColumns = false;
}

bool CodeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        fitReasonColumn();
        return false;
    }
    if (watched == window() && event->type() == QEvent::Show) {
        window()->removeEventFilter(this);
        if (m_detailStale && m_detail->isVisible())
            fillDetail();
        return false;
    }
    // Arrow keys in the search field move through the results, so the hands stay on the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
                m_view->setCurrentIndex(m_proxy->index(0, 0));
                return true;
            }
            QApplication::sendEvent(m_view, &forwarded);
            return true;
        }
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodeBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CodeBrowser::onQueryChanged(const QString &text)
{
    m_proxy->setQuery(text);
    updateCount();
    if (m_proxy->rowCount() > 0 && !text.trimmed().isEmpty()) {
        // Show the best match at once; the history records it only when the user settles on it.
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->scrollToTop();
    } else if (text.trimmed().isEmpty()) {
        selectInList(m_current);
    }
}

void CodeBrowser::onCurrentRowChanged()
{
    if (m_navigating)
        return;
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const int entry = index.data(CodeListModel::EntryIndexRole).toInt();
    const CodeEntry &e = m_catalog.entries().at(entry);
    visit({e.kind, e.code, e.profile});
}

std::optional<CodeEntry> CodeBrowser::entryAt(Place place) const
{
    if (place.kind != EntryKind::Sip) {
        if (const CodeEntry *e = m_catalog.find(place.kind, place.code))
            return *e;
        return std::nullopt;
    }
    if (const CodeEntry *e = m_catalog.find(place.code, place.profile))
        return *e;
    return Catalog::classFallback(place.code);
}

bool CodeBrowser::showEntry(EntryKind kind, int code)
{
    if (kind == EntryKind::Sip)
        return showCode(code);
    if (!m_catalog.find(kind, code))
        return false;
    visit({kind, code, Profile::Ietf});
    selectInList(m_current);
    return true;
}

bool CodeBrowser::showCode(int code, Profile profile)
{
    if (!m_catalog.find(code, profile)) {
        if (const CodeEntry *ietf = m_catalog.find(code, Profile::Ietf))
            profile = ietf->profile;
        else if (const CodeEntry *gb = m_catalog.find(code, Profile::Gb28181))
            profile = gb->profile;
        else if (Catalog::classFallback(code))
            profile = Profile::Unregistered;
        else
            return false;
    }
    visit({EntryKind::Sip, code, profile});
    selectInList(m_current);
    return true;
}

void CodeBrowser::visit(Place place)
{
    if (place == m_current && m_historyPos >= 0)
        return;
    m_current = place;
    // A new visit drops the forward history, as in a web browser.
    while (m_history.size() > m_historyPos + 1)
        m_history.removeLast();
    m_history.append(place);
    m_historyPos = int(m_history.size()) - 1;
    render();
    Q_EMIT historyChanged();
    Q_EMIT currentCodeChanged(place.code);
}

void CodeBrowser::goBack()
{
    if (!canGoBack())
        return;
    m_current = m_history[--m_historyPos];
    selectInList(m_current);
    render();
    Q_EMIT historyChanged();
    Q_EMIT currentCodeChanged(m_current.code);
}

void CodeBrowser::goForward()
{
    if (!canGoForward())
        return;
    m_current = m_history[++m_historyPos];
    selectInList(m_current);
    render();
    Q_EMIT historyChanged();
    Q_EMIT currentCodeChanged(m_current.code);
}

void CodeBrowser::selectInList(Place place)
{
    m_navigating = true;
    bool found = false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const CodeEntry &e = m_catalog.entries().at(index.data(CodeListModel::EntryIndexRole).toInt());
        if (e.kind == place.kind && e.code == place.code && e.profile == place.profile) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            found = true;
            break;
        }
    }
    if (!found)
        m_view->selectionModel()->clearCurrentIndex();
    m_navigating = false;
}

void CodeBrowser::render()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    // Laying out the entry is the dearest part of the tab, and a hidden pane is laid out again at
    // every size it passes through while the window comes up: a hidden pane is filled when shown.
    m_detailStale = true;
    if (m_detail->isVisible())
        fillDetail();
}

void CodeBrowser::fillDetail() const
{
    m_detailStale = false;
    const std::optional<CodeEntry> e = entryAt(m_current);
    if (!e) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Choose a code on the left.").toHtmlEscaped()));
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString html = entryHtml(*e, m_catalog, m_language, dark);
    // Entries are mostly longer than the pane: with the scroll bar there from the start, the text
    // is laid out once, not once without it and again when it appears. It goes again if not needed.
    const Qt::ScrollBarPolicy policy = m_detail->verticalScrollBarPolicy();
    m_detail->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_detail->setHtml(html);
    m_detail->setVerticalScrollBarPolicy(policy);
}

QTextBrowser *CodeBrowser::detailView() const
{
    if (m_detailStale)
        fillDetail();
    return m_detail;
}

void CodeBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_detailStale)
        return;
    // While the whole window comes up, its layouts still resize the pane after this (the tab
    // widget sizes its pages last): wait for the window's own show event, sent once all is sized.
    const QWindow *handle = window()->windowHandle();
    if (window() != this && (!handle || !handle->isVisible()))
        window()->installEventFilter(this);
    else
        fillDetail();
}

void CodeBrowser::onLinkClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("code")) {
        // code:486, code:gb28181/301, code:q850/17, code:warning/399
        const QStringList parts = url.path().split(QLatin1Char('/'));
        const int number = parts.last().toInt();
        const QString space = parts.size() > 1 ? parts.first() : QString();
        if (space == QLatin1String("gb28181"))
            showCode(number, Profile::Gb28181);
        else if (space == QLatin1String("q850"))
            showEntry(EntryKind::Q850, number);
        else if (space == QLatin1String("warning"))
            showEntry(EntryKind::Warning, number);
        else
            showCode(number);
        return;
    }
    QDesktopServices::openUrl(url);
}

QList<Language> CodeBrowser::copyLanguages(bool both) const
{
    if (both)
        return {Language::English, Language::Chinese};
    return {m_language};
}

QString CodeBrowser::currentAsText(bool bothLanguages) const
{
    const std::optional<CodeEntry> e = entryAt(m_current);
    return e ? entryToText(*e, copyLanguages(bothLanguages)) : QString();
}

QString CodeBrowser::currentAsMarkdown(bool bothLanguages) const
{
    const std::optional<CodeEntry> e = entryAt(m_current);
    return e ? entryToMarkdown(*e, copyLanguages(bothLanguages)) : QString();
}

QByteArray CodeBrowser::saveState() const
{
    return m_splitter->saveState();
}

void CodeBrowser::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

} // namespace sipref
