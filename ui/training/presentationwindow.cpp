#include "training/presentationwindow.h"

#include "catalog/catalog.h"
#include "classcolors.h"
#include "i18n/translations.h"
#include "training/gallery.h"
#include "training/messagehighlighter.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>
#include <cmath>

namespace sipref {

namespace {

// SIP text is ASCII: a Latin monospaced face, whose lines are much tighter than those of the CJK
// monospaced face a Chinese desktop names as its fixed font.
QFont messageFont()
{
    static const QString family = [] {
        const QStringList available = QFontDatabase::families();
        for (const char *name : {"DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Noto Mono", "Courier New"}) {
            if (available.contains(QLatin1String(name)))
                return QString::fromLatin1(name);
        }
        return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    }();
    QFont font(family);
    font.setStyleHint(QFont::Monospace);
    return font;
}

QString css(double px, bool bold = false)
{
    return QStringLiteral("font-size:%1px;%2").arg(int(px)).arg(bold ? QStringLiteral("font-weight:bold;") : QString());
}

} // namespace

PresentationWindow::PresentationWindow(const Catalog &catalog, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_catalog(catalog)
    , m_pages(new QStackedWidget)
    , m_code(new QLabel)
    , m_reason(new QLabel)
    , m_class(new QLabel)
    , m_codeText(new QLabel)
    , m_title(new QLabel)
    , m_meta(new QLabel)
    , m_message(new QLabel)
    , m_exampleText(new QLabel)
    , m_counter(new QLabel)
    , m_hint(new QLabel)
    , m_bothButton(new QToolButton)
    , m_leave(new QToolButton)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);

    // A code: the number in its class colour, the reason phrase, then what it means.
    for (QLabel *l : {m_code, m_reason, m_class})
        l->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_code->setObjectName(QStringLiteral("presentationCode"));
    m_code->setTextFormat(Qt::RichText);
    m_class->setForegroundRole(QPalette::PlaceholderText);
    m_codeText->setObjectName(QStringLiteral("presentationCodeText"));
    m_codeText->setWordWrap(true);
    m_codeText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_codeText->setTextFormat(Qt::RichText);
    auto *codePage = new QWidget;
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->addStretch(2);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_reason);
    codeLayout->addWidget(m_class);
    codeLayout->addSpacing(24);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_codeText, 10);
    textRow->addStretch(1);
    codeLayout->addLayout(textRow);
    codeLayout->addStretch(3);

    // A message of an example: the example's title, where the message goes, the message, the
    // explanation.
    m_title->setObjectName(QStringLiteral("presentationTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("presentationMessage"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(16);
    // Wrapped labels must never widen the window past the screen, whatever their longest word.
    // and the message takes exactly the room the other lines leave (its type is fitted to that).
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_exampleText->setObjectName(QStringLiteral("presentationExplanation"));
    m_exampleText->setWordWrap(true);
    m_exampleText->setTextFormat(Qt::RichText);
    for (QLabel *l : {m_title, m_meta, m_exampleText, m_codeText})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *examplePage = new QWidget;
    auto *exampleLayout = new QVBoxLayout(examplePage);
    exampleLayout->setContentsMargins(48, 24, 48, 8);
    exampleLayout->addWidget(m_title);
    exampleLayout->addWidget(m_meta);
    exampleLayout->addWidget(m_message, 1);
    exampleLayout->addWidget(m_exampleText);

    m_pages->addWidget(codePage);
    m_pages->addWidget(examplePage);

    // The footer: where we are, the keys, the two switches for the mouse.
    m_counter->setObjectName(QStringLiteral("presentationCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_bothButton->setObjectName(QStringLiteral("presentationBoth"));
    m_bothButton->setCheckable(true);
    m_bothButton->setAutoRaise(true);
    m_leave->setAutoRaise(true);
    // Keys belong to the window: a clicked button must not keep Space or the arrows.
    m_bothButton->setFocusPolicy(Qt::NoFocus);
    m_leave->setFocusPolicy(Qt::NoFocus);
    connect(m_bothButton, &QToolButton::toggled, this, &PresentationWindow::setBothLanguages);
    connect(m_leave, &QToolButton::clicked, this, &QWidget::close);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(16, 0, 16, 10);
    footer->addWidget(m_counter);
    footer->addStretch();
    footer->addWidget(m_hint);
    footer->addSpacing(16);
    footer->addWidget(m_bothButton);
    footer->addWidget(m_leave);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addLayout(footer);

    retranslateUi();
}

void PresentationWindow::setCodes(const QList<const CodeEntry *> &entries, int start)
{
    m_slides.clear();
    for (const CodeEntry *e : entries) {
        Slide s;
        s.entry = e;
        m_slides.append(s);
    }
    m_index = std::clamp(start, 0, std::max(0, count() - 1));
    render();
}

QList<PresentationWindow::Slide> PresentationWindow::splitExample(int example, const QString &text)
{
    QList<Slide> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    Slide current;
    QStringList body;
    auto flush = [&] {
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        if (!body.isEmpty()) {
            current.text = body.join(QLatin1Char('\n'));
            out.append(current);
        }
        body.clear();
    };
    for (const QString &line : lines) {
        if (MessageHighlighter::classify(line, false) == MessageHighlighter::LogLine) {
            flush();
            current = Slide();
            current.example = example;
            current.logLine = line.trimmed();
            continue;
        }
        if (current.example < 0)
            current.example = example;
        body.append(line);
    }
    flush();
    for (int i = 0; i < out.size(); ++i) {
        out[i].message = i;
        out[i].messageCount = int(out.size());
    }
    return out;
}

void PresentationWindow::setExamples(int startExample)
{
    m_slides.clear();
    m_index = 0;
    const QList<GalleryExample> &examples = galleryExamples();
    for (int i = 0; i < examples.size(); ++i) {
        if (i == startExample)
            m_index = count();
        m_slides += splitExample(i, examples[i].text());
    }
    render();
}

void PresentationWindow::setLanguage(Language language)
{
    m_language = language;
    render();
}

void PresentationWindow::setBothLanguages(bool both)
{
    m_both = both;
    if (m_bothButton->isChecked() != both)
        m_bothButton->setChecked(both);
    render();
}

QList<Language> PresentationWindow::languages() const
{
    if (!m_both)
        return {m_language};
    return {Language::English, Language::Chinese};
}

void PresentationWindow::present(QWidget *over)
{
    if (over && over->screen())
        setScreen(over->screen());
    // The screen's size first, for desktops without a window manager to honour full screen.
    if (screen())
        setGeometry(screen()->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationWindow::next()
{
    go(m_index + 1);
}

void PresentationWindow::previous()
{
    go(m_index - 1);
}

void PresentationWindow::go(int index)
{
    if (index < 0 || index >= count() || index == m_index)
        return;
    m_index = index;
    render();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        go(0);
        return;
    case Qt::Key_End:
        go(count() - 1);
        return;
    case Qt::Key_B:
    case Qt::Key_L:
        setBothLanguages(!m_both);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    // A click anywhere moves on, as in any slide show; the right button goes back.
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
    else
        QWidget::mousePressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

void PresentationWindow::retranslateUi()
{
    setWindowTitle(tr("sipref — Presentation"));
    setAccessibleName(tr("Presentation"));
    m_hint->setText(tr("← → move · B both languages · Esc leaves"));
    m_bothButton->setText(tr("Both Languages"));
    m_bothButton->setToolTip(tr("Show English and Chinese on one screen (B)"));
    m_leave->setText(tr("Leave"));
    m_leave->setToolTip(tr("Leave the presentation (Esc)"));
    m_counter->setAccessibleName(tr("Slide number"));
    m_code->setAccessibleName(tr("Code"));
    m_reason->setAccessibleName(tr("Reason phrase"));
    m_codeText->setAccessibleName(tr("Meaning"));
    m_message->setAccessibleName(tr("Message"));
    m_exampleText->setAccessibleName(tr("Explanation"));
    render();
}

double PresentationWindow::unit() const
{
    // One unit of type for the whole screen: large enough for the back row of a room.
    return std::max(10.0, std::min(height() / 28.0, width() / 46.0));
}

void PresentationWindow::render()
{
    if (m_slides.isEmpty())
        return;
    m_counter->setText(tr("%1 / %2").arg(m_index + 1).arg(count()));
    QFont small = font();
    small.setPixelSize(int(unit() * 0.6));
    for (QWidget *w : std::initializer_list<QWidget *>{m_counter, m_hint, m_bothButton, m_leave})
        w->setFont(small);
    const Slide &s = m_slides.at(m_index);
    if (s.entry) {
        m_pages->setCurrentIndex(0);
        renderCode(*s.entry);
    } else {
        m_pages->setCurrentIndex(1);
        renderExample(s);
    }
}

void PresentationWindow::renderCode(const CodeEntry &e)
{
    const double u = unit();
    const bool dark = isDarkPalette(palette());
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(int(u * 5.5));
    m_code->setFont(f);
    m_code->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(entryColor(e, dark).name()).arg(e.code));
    f.setPixelSize(int(u * 1.8));
    f.setBold(false);
    m_reason->setFont(f);
    m_reason->setText(e.reason); // protocol text, as the RFC writes it
    f.setPixelSize(int(u * 0.85));
    m_class->setFont(f);
    QStringList classNames;
    for (Language l : languages())
        classNames.append(entryClassName(e).in(l));
    if (e.profile == Profile::Gb28181)
        classNames.prepend(QStringLiteral("GB/T 28181"));
    m_class->setText(classNames.join(QStringLiteral(" · ")));

    const bool both = m_both;
    QString html;
    for (Language l : languages()) {
        // The English name often just repeats the reason phrase shown above it.
        if (e.name.in(l).compare(e.reason, Qt::CaseInsensitive) != 0)
            html += QStringLiteral("<p style=\"%1\">%2</p>")
                        .arg(css(u * (both ? 1.6 : 2.0), true), e.name.in(l).toHtmlEscaped());
        html +=
            QStringLiteral("<p style=\"%1\">%2</p>").arg(css(u * (both ? 1.05 : 1.3)), e.summary.in(l).toHtmlEscaped());
        if (both && l == Language::English)
            html += QStringLiteral("<p style=\"%1\">&nbsp;</p>").arg(css(u * 0.5));
    }
    m_codeText->setText(QStringLiteral("<div align=\"center\">") + html + QStringLiteral("</div>"));
    m_code->setAccessibleDescription(e.reason);
}

int PresentationWindow::messageFontPixels(const QString &text, const QSize &area) const
{
    // The largest type at which the message fits its area, long lines wrapped.
    const QStringList lines = text.split(QLatin1Char('\n'));
    // A line breaks only at spaces, so the longest run without one must fit across.
    qsizetype longestWord = 0;
    for (const QString &line : lines) {
        for (const QString &word : line.split(QLatin1Char(' ')))
            longestWord = std::max(longestWord, word.size());
    }
    QFont mono = messageFont();
    const int largest = int(unit() * 1.15);
    for (int px = largest; px > 9; --px) {
        mono.setPixelSize(px);
        const QFontMetricsF fm(mono);
        const double columns = std::floor(area.width() / fm.horizontalAdvance(QLatin1Char('M')));
        if (columns < 20 || columns < longestWord)
            continue;
        double rows = 0;
        for (const QString &line : lines)
            rows += std::max(1.0, std::ceil(line.size() / columns));
        if (rows * fm.lineSpacing() <= area.height() * 0.95)
            return px;
    }
    return 10;
}

void PresentationWindow::renderExample(const Slide &s)
{
    const double u = unit();
    const bool dark = isDarkPalette(palette());
    const GalleryExample &example = galleryExamples().at(s.example);
    QStringList titles;
    for (Language l : languages())
        titles.append(example.title.in(l).toHtmlEscaped());
    // Two titles go on two lines rather than one wrapped anyhow.
    m_title->setText(QStringLiteral("<span style=\"%1\">%2</span>")
                         .arg(css(u * (m_both ? 1.05 : 1.3), true), titles.join(QStringLiteral("<br>"))));
    QFont f = font();
    f.setPixelSize(int(u * 0.75));
    m_meta->setFont(f);
    QString meta = s.logLine;
    meta.replace(QLatin1String(" -> "), QStringLiteral(" → "));
    // In both languages when asked, whatever the translator installed in the application.
    static const char *const messageOf = QT_TR_NOOP("Message %1 of %2");
    QStringList position;
    for (Language l : languages())
        position.append(translate(l, staticMetaObject.className(), messageOf).arg(s.message + 1).arg(s.messageCount));
    m_meta->setText(position.join(QStringLiteral(" · ")) + QStringLiteral("    ") + meta);

    QString explanation;
    for (Language l : languages())
        explanation += QStringLiteral("<p style=\"%1\">%2</p>")
                           .arg(css(u * (m_both ? 0.72 : 0.85)), example.explanation.in(l).toHtmlEscaped());
    m_exampleText->setText(explanation);

    // The message gets what the other lines leave: lay them out, then fit its type to its box.
    m_message->clear();
    layout()->activate();
    m_pages->currentWidget()->layout()->activate();
    const int inset = 2 * (m_message->margin() + m_message->frameWidth()) + 4;
    const QSize area(m_message->width() - inset, m_message->height() - inset);
    const int px = messageFontPixels(s.text, area.expandedTo(QSize(200, 100)));
    const QString family = messageFont().family();
    m_message->setText(QStringLiteral("<div style=\"font-family:'%1'; font-size:%2px\">%3</div>")
                           .arg(family)
                           .arg(px)
                           .arg(MessageHighlighter::toHtml(s.text, dark)));
}

} // namespace sipref
