#pragma once

#include "i18n/language.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sipref {

class MessageHighlighter;

// The example flows: a list, what each one shows, the messages themselves, and a button that opens
// them in the inspector for a closer look.
class GalleryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GalleryPanel(QWidget *parent = nullptr);

    void setLanguage(Language language);
    void setCurrentExample(int index);
    int currentExample() const;
    // Asks for the examples full screen, from the current one (F5 in the Training tab).
    void requestPresentation();
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *messageView() const { return m_text; }

Q_SIGNALS:
    void openInInspectorRequested(const QString &text);
    // Present the examples full screen, one message per screen, starting with this example.
    void presentRequested(int example);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    void render();

    Language m_language = Language::English;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_explanation;
    QPlainTextEdit *m_text;
    MessageHighlighter *m_highlighter;
    QPushButton *m_open;
    QPushButton *m_present;
    QAction *m_openAction;
};

} // namespace sipref
