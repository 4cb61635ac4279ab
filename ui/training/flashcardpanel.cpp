#include "training/flashcardpanel.h"

#include "browser/entryhtml.h"
#include "catalog/catalog.h"
#include "classcolors.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace sipref {

namespace {

// The front of a card turns it when clicked.
class CardFront : public QWidget
{
public:
    explicit CardFront(std::function<void()> onClick)
        : m_onClick(std::move(onClick))
    {
        setCursor(Qt::PointingHandCursor);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            parentWidget()->setFocus(Qt::MouseFocusReason);
            m_onClick();
        }
    }

private:
    std::function<void()> m_onClick;
};

} // namespace

FlashcardPanel::FlashcardPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_deckBox(new QComboBox)
    , m_shuffle(new QPushButton)
    , m_present(new QPushButton)
    , m_card(new QStackedWidget)
    , m_front(new QLabel)
    , m_frontHint(new QLabel)
    , m_back(new QTextBrowser)
    , m_previous(new QPushButton)
    , m_turn(new QPushButton)
    , m_next(new QPushButton)
    , m_position(new QLabel)
    , m_previousAction(new QAction(this))
    , m_nextAction(new QAction(this))
    , m_turnAction(new QAction(this))
{
    setObjectName(QStringLiteral("flashcardPanel"));
    m_deckBox->setObjectName(QStringLiteral("flashcardDeck"));
    connect(m_deckBox, &QComboBox::activated, this, [this] { setDeck(m_deckBox->currentData().toInt()); });
    connect(m_shuffle, &QPushButton::clicked, this, &FlashcardPanel::shuffle);
    m_present->setIcon(style()->standardIcon(QStyle::SP_DesktopIcon));
    connect(m_present, &QPushButton::clicked, this, &FlashcardPanel::requestPresentation);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_deckBox);
    bar->addWidget(m_shuffle);
    bar->addStretch();
    bar->addWidget(m_present);

    // The card: the code alone on the front, the whole entry on the back.
    auto *front = new CardFront([this] { turn(); });
    m_front->setObjectName(QStringLiteral("flashcardFront"));
    m_front->setAlignment(Qt::AlignCenter);
    m_front->setTextFormat(Qt::RichText);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 6);
    big.setBold(true);
    m_front->setFont(big);
    m_frontHint->setAlignment(Qt::AlignCenter);
    m_frontHint->setForegroundRole(QPalette::PlaceholderText);
    m_frontHint->setWordWrap(true);
    auto *frontLayout = new QVBoxLayout(front);
    frontLayout->addStretch(2);
    frontLayout->addWidget(m_front);
    frontLayout->addStretch(1);
    frontLayout->addWidget(m_frontHint);
    frontLayout->addSpacing(12);
    m_back->setObjectName(QStringLiteral("flashcardBack"));
    m_back->setOpenLinks(false);
    m_back->setFrameShape(QFrame::NoFrame);
    m_back->document()->setDocumentMargin(16);
    QFont backFont = m_back->font();
    backFont.setPointSizeF(backFont.pointSizeF() * 1.1);
    m_back->setFont(backFont);
    m_card->addWidget(front);
    m_card->addWidget(m_back);
    auto *cardFrame = new QFrame;
    cardFrame->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(cardFrame);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(m_card);

    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_position->setObjectName(QStringLiteral("flashcardPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    m_position->setMinimumWidth(110);
    connect(m_previous, &QPushButton::clicked, this, &FlashcardPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &FlashcardPanel::next);
    connect(m_turn, &QPushButton::clicked, this, &FlashcardPanel::turn);
    auto *nav = new QHBoxLayout;
    nav->addStretch();
    nav->addWidget(m_previous);
    nav->addWidget(m_turn);
    nav->addWidget(m_next);
    nav->addWidget(m_position);
    nav->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(cardFrame, 1);
    layout->addLayout(nav);

    m_previousAction->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    m_turnAction->setShortcut(QKeySequence(Qt::Key_Space));
    for (QAction *a : {m_previousAction, m_nextAction, m_turnAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_previousAction, &QAction::triggered, this, &FlashcardPanel::previous);
    connect(m_nextAction, &QAction::triggered, this, &FlashcardPanel::next);
    connect(m_turnAction, &QAction::triggered, this, [this] {
        // Space still presses a button that has the keyboard focus.
        auto *button = qobject_cast<QAbstractButton *>(focusWidget());
        if (button && button != m_turn && button->isVisible())
            button->click();
        else
            turn();
    });
    // Up and Down scroll the back of the card, which never takes the focus itself.
    auto *up = new QAction(this);
    auto *down = new QAction(this);
    up->setShortcut(QKeySequence(Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::Key_Down));
    for (QAction *a : {up, down}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(up, &QAction::triggered, this,
            [this] { m_back->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub); });
    connect(down, &QAction::triggered, this,
            [this] { m_back->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd); });
    // The keys belong to the deck, not to the text of the back.
    m_back->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);

    fillDecks();
    retranslateUi();
    setDeck(m_deck);
}

void FlashcardPanel::setLanguage(Language language)
{
    m_language = language;
    fillDecks();
    render();
}

void FlashcardPanel::fillDecks()
{
    const bool blocked = m_deckBox->blockSignals(true);
    m_deckBox->clear();
    for (int cls = 1; cls <= 6; ++cls)
        m_deckBox->addItem(QStringLiteral("%1xx — %2").arg(cls).arg(className(cls).in(m_language)), cls);
    m_deckBox->addItem(tr("GB/T 28181"), gb28181Deck);
    m_deckBox->setCurrentIndex(m_deckBox->findData(m_deck));
    m_deckBox->blockSignals(blocked);
}

void FlashcardPanel::setDeck(int deck)
{
    m_deck = deck;
    m_cards.clear();
    for (const CodeEntry &e : m_catalog.entries()) {
        if (e.kind != EntryKind::Sip)
            continue;
        const bool in =
            deck == gb28181Deck ? e.profile == Profile::Gb28181 : e.profile == Profile::Ietf && e.codeClass() == deck;
        if (in)
            m_cards.append(&e);
    }
    m_index = 0;
    m_deckBox->setCurrentIndex(m_deckBox->findData(deck));
    m_card->setCurrentIndex(0);
    render();
}

void FlashcardPanel::requestPresentation()
{
    if (!m_cards.isEmpty())
        Q_EMIT presentRequested(m_cards, m_index);
}

void FlashcardPanel::next()
{
    if (m_cards.isEmpty())
        return;
    m_index = (m_index + 1) % int(m_cards.size());
    m_card->setCurrentIndex(0);
    render();
}

void FlashcardPanel::previous()
{
    if (m_cards.isEmpty())
        return;
    m_index = (m_index + int(m_cards.size()) - 1) % int(m_cards.size());
    m_card->setCurrentIndex(0);
    render();
}

void FlashcardPanel::turn()
{
    m_card->setCurrentIndex(isTurned() ? 0 : 1);
    render();
}

bool FlashcardPanel::isTurned() const
{
    return m_card->currentIndex() == 1;
}

void FlashcardPanel::shuffle()
{
    for (qsizetype i = m_cards.size() - 1; i > 0; --i)
        std::swap(m_cards[i], m_cards[QRandomGenerator::global()->bounded(int(i + 1))]);
    m_index = 0;
    m_card->setCurrentIndex(0);
    render();
}

void FlashcardPanel::retranslateUi()
{
    fillDecks();
    m_deckBox->setAccessibleName(tr("Deck of cards"));
    m_shuffle->setText(tr("S&huffle"));
    m_shuffle->setToolTip(tr("Put the cards of this deck in a random order"));
    m_present->setText(tr("&Present"));
    m_present->setToolTip(tr("Show these codes full screen, one per screen (F5)"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous card (Left)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next card (Right)"));
    m_turn->setText(tr("&Turn Card"));
    m_turn->setToolTip(tr("Show the other side (Space)"));
    m_frontHint->setText(tr("What does this code mean? Click the card or press Space to turn it."));
    m_front->setAccessibleName(tr("Front of the card"));
    m_back->setAccessibleName(tr("Back of the card"));
    m_position->setAccessibleName(tr("Position in the deck"));
    m_previousAction->setText(tr("Flashcards: Previous Card"));
    m_nextAction->setText(tr("Flashcards: Next Card"));
    m_turnAction->setText(tr("Flashcards: Turn Card"));
    render();
}

void FlashcardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void FlashcardPanel::render()
{
    if (m_cards.isEmpty()) {
        m_front->clear();
        m_back->clear();
        m_position->clear();
        return;
    }
    const CodeEntry &e = *m_cards[m_index];
    const bool dark = isDarkPalette(palette());
    QString front = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(entryColor(e, dark).name()).arg(e.code);
    if (e.profile == Profile::Gb28181)
        front = QStringLiteral("<div style=\"font-size:small\">GB/T 28181</div>") + front;
    m_front->setText(front);
    m_front->setAccessibleDescription(QString::number(e.code));
    if (isTurned()) {
        m_back->setHtml(entryHtml(e, m_catalog, m_language, dark));
        m_back->verticalScrollBar()->setValue(0);
    }
    m_position->setText(tr("Card %1 of %2").arg(m_index + 1).arg(m_cards.size()));
    m_turn->setText(isTurned() ? tr("&Turn Back") : tr("&Turn Card"));
}

} // namespace sipref
