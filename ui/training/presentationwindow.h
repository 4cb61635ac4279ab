#pragma once

#include "catalog/codeentry.h"
#include "i18n/language.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace sipref {

class Catalog;

// Full screen, large type, one code or one example message per screen, for a projector. Left and
// Right (or a presenter's Page Up and Page Down) move, B shows both languages at once, Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    struct Slide
    {
        const CodeEntry *entry = nullptr; // a code; otherwise one message of an example
        int example = -1;
        int message = 0;
        int messageCount = 0;
        QString logLine; // "10:14:03.511  10.1.20.31:5060 -> 10.1.0.5:5060"
        QString text;    // the message
    };

    explicit PresentationWindow(const Catalog &catalog, QWidget *parent = nullptr);

    void setCodes(const QList<const CodeEntry *> &entries, int start);
    // Every message of every example, starting with the first message of `startExample`.
    void setExamples(int startExample);
    void setLanguage(Language language);
    void setBothLanguages(bool both);
    bool bothLanguages() const { return m_both; }
    // Shows the window full screen on the screen of `over` (the main window's, for a projector that
    // mirrors or extends it).
    void present(QWidget *over = nullptr);

    int count() const { return int(m_slides.size()); }
    int currentIndex() const { return m_index; }
    const Slide &currentSlide() const { return m_slides.at(m_index); }
    void next();
    void previous();
    void go(int index);

    // An example's text split into its messages, each with the log line before it.
    static QList<Slide> splitExample(int example, const QString &text);

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
    void render();
    void renderCode(const CodeEntry &entry);
    void renderExample(const Slide &slide);
    QList<Language> languages() const;
    double unit() const;
    int messageFontPixels(const QString &text, const QSize &area) const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    bool m_both = false;
    QList<Slide> m_slides;
    int m_index = 0;

    QStackedWidget *m_pages;
    QLabel *m_code;
    QLabel *m_reason;
    QLabel *m_class;
    QLabel *m_codeText;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_message;
    QLabel *m_exampleText;
    QLabel *m_counter;
    QLabel *m_hint;
    QToolButton *m_bothButton;
    QToolButton *m_leave;
};

} // namespace sipref
