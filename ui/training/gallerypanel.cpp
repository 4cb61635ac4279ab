#include "training/gallerypanel.h"

#include "classcolors.h"
#include "training/gallery.h"
#include "training/messagehighlighter.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace sipref {

GalleryPanel::GalleryPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_title(new QLabel)
    , m_explanation(new QLabel)
    , m_text(new QPlainTextEdit)
    , m_highlighter(new MessageHighlighter(m_text->document()))
    , m_open(new QPushButton)
    , m_present(new QPushButton)
    , m_openAction(new QAction(this))
{
    setObjectName(QStringLiteral("galleryPanel"));
    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(220);
    connect(m_list, &QListWidget::currentRowChanged, this, &GalleryPanel::render);
    connect(m_list, &QListWidget::itemActivated, m_openAction, &QAction::trigger);

    m_title->setObjectName(QStringLiteral("galleryTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("galleryExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("galleryText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_open->setObjectName(QStringLiteral("galleryOpen"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, m_openAction, &QAction::trigger);
    m_present->setIcon(style()->standardIcon(QStyle::SP_DesktopIcon));
    connect(m_present, &QPushButton::clicked, this, &GalleryPanel::requestPresentation);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_present);
    buttons->addWidget(m_open);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_explanation);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addWidget(splitter);

    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_openAction);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const int row = currentExample();
        if (row >= 0)
            Q_EMIT openInInspectorRequested(galleryExamples().at(row).text());
    });

    fillList();
    retranslateUi();
    m_list->setCurrentRow(0);
}

void GalleryPanel::requestPresentation()
{
    if (currentExample() >= 0)
        Q_EMIT presentRequested(currentExample());
}

void GalleryPanel::setLanguage(Language language)
{
    m_language = language;
    fillList();
    render();
}

int GalleryPanel::currentExample() const
{
    return m_list->currentRow();
}

void GalleryPanel::setCurrentExample(int index)
{
    m_list->setCurrentRow(index);
}

void GalleryPanel::fillList()
{
    const int current = m_list->currentRow();
    const bool blocked = m_list->blockSignals(true);
    m_list->clear();
    for (const GalleryExample &e : galleryExamples()) {
        auto *item = new QListWidgetItem(e.title.in(m_language), m_list);
        item->setToolTip(e.title.in(m_language));
    }
    m_list->setCurrentRow(current < 0 ? 0 : current);
    m_list->blockSignals(blocked);
}

void GalleryPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Examples"));
    m_title->setAccessibleName(tr("Example title"));
    m_explanation->setAccessibleName(tr("What the example shows"));
    m_text->setAccessibleName(tr("Messages of the example"));
    m_open->setText(tr("&Open in Inspector"));
    m_open->setToolTip(tr("Check these messages in the inspector (Ctrl+Enter)"));
    m_present->setText(tr("&Present"));
    m_present->setToolTip(tr("Show the examples full screen, one message per screen (F5)"));
    m_openAction->setText(tr("Examples: Open in Inspector"));
    render();
}

void GalleryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(isDarkPalette(palette()));
    QWidget::changeEvent(event);
}

void GalleryPanel::render()
{
    const int row = currentExample();
    if (row < 0 || row >= galleryExamples().size())
        return;
    const GalleryExample &e = galleryExamples().at(row);
    m_title->setText(e.title.in(m_language));
    m_explanation->setText(e.explanation.in(m_language));
    const QString text = e.text();
    if (m_text->toPlainText() != text) {
        m_highlighter->setDark(isDarkPalette(palette()));
        m_text->setPlainText(text);
    }
}

} // namespace sipref
