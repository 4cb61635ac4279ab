#pragma once

#include "catalog/codeentry.h"
#include "i18n/language.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sipref {

class Catalog;

// One card per code of a class: the front shows the code, the back its catalog entry. Space turns
// the card, Left and Right move through the deck.
class FlashcardPanel : public QWidget
{
    Q_OBJECT
public:
    // The deck selector: classes 1-6 and the GB/T 28181 codes.
    static constexpr int gb28181Deck = 7;

    explicit FlashcardPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setLanguage(Language language);
    void setDeck(int deck);
    int deck() const { return m_deck; }
    void next();
    void previous();
    void turn();
    void shuffle();
    // Asks for the deck full screen, from the current card (F5 in the Training tab).
    void requestPresentation();
    bool isTurned() const;
    int currentIndex() const { return m_index; }
    const QList<const CodeEntry *> &cards() const { return m_cards; }
    QLabel *frontLabel() const { return m_front; }

Q_SIGNALS:
    // Present the deck full screen, starting at this card.
    void presentRequested(const QList<const sipref::CodeEntry *> &cards, int start);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDecks();
    void render();

    const Catalog &m_catalog;
    Language m_language = Language::English;
    int m_deck = 4;
    QList<const CodeEntry *> m_cards;
    int m_index = 0;

    QComboBox *m_deckBox;
    QPushButton *m_shuffle;
    QPushButton *m_present;
    QStackedWidget *m_card;
    QLabel *m_front;
    QLabel *m_frontHint;
    QTextBrowser *m_back;
    QPushButton *m_previous;
    QPushButton *m_turn;
    QPushButton *m_next;
    QLabel *m_position;
    QAction *m_previousAction;
    QAction *m_nextAction;
    QAction *m_turnAction;
};

} // namespace sipref
