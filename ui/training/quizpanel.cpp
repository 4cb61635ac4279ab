#include "training/quizpanel.h"

#include "catalog/catalog.h"
#include "classcolors.h"
#include "training/choicebutton.h"
#include "training/messagehighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sipref {

using namespace training;

namespace {

// Item data of the kind selector: -1 for a mix of every kind.
constexpr int mixedKinds = -1;

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

QuizPanel::QuizPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_scopeBox(new QComboBox)
    , m_kindBox(new QComboBox)
    , m_lengthLabel(new QLabel)
    , m_length(new QSpinBox)
    , m_newRound(new QPushButton)
    , m_score(new QLabel)
    , m_progress(new QLabel)
    , m_pages(new QStackedWidget)
    , m_kindLabel(new QLabel)
    , m_prompt(new QLabel)
    , m_statement(new QLabel)
    , m_material(new QPlainTextEdit)
    , m_highlighter(new MessageHighlighter(m_material->document()))
    , m_column(new QWidget)
    , m_feedback(new QLabel)
    , m_next(new QPushButton)
    , m_review(new QTextBrowser)
    , m_again(new QPushButton)
    , m_nextAction(new QAction(this))
{
    setObjectName(QStringLiteral("quizPanel"));

    // Top bar: what to practise, and how it goes.
    m_scopeBox->setObjectName(QStringLiteral("quizScope"));
    m_kindBox->setObjectName(QStringLiteral("quizKind"));
    m_kindBox->addItem(QString(), mixedKinds);
    for (int k = 0; k < questionKindCount; ++k)
        m_kindBox->addItem(QString(), k);
    m_length->setRange(3, 50);
    m_length->setValue(10);
    m_lengthLabel->setBuddy(m_length);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setTextFormat(Qt::RichText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scopeBox);
    bar->addWidget(m_kindBox);
    bar->addWidget(m_lengthLabel);
    bar->addWidget(m_length);
    bar->addWidget(m_newRound);
    bar->addStretch();
    bar->addWidget(m_score);
    fillScopes();
    connect(m_scopeBox, &QComboBox::activated, this, [this] {
        if (m_generator)
            m_generator->setScope(QuizScope(m_scopeBox->currentData().toInt()));
        updateKindAvailability();
        startRound();
    });
    connect(m_kindBox, &QComboBox::activated, this, [this] { startRound(); });
    connect(m_newRound, &QPushButton::clicked, this, &QuizPanel::startRound);
    // A new length applies at once, as a new round, once typing is done.
    connect(m_length, &QSpinBox::editingFinished, this, [this] {
        if (m_length->value() != m_session.length())
            startRound();
    });

    // The question page.
    m_kindLabel->setForegroundRole(QPalette::PlaceholderText);
    m_kindLabel->setFont(scaled(font(), 0.95, true));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setObjectName(QStringLiteral("quizProgress"));
    m_prompt->setObjectName(QStringLiteral("quizPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setFont(scaled(font(), 1.45, true));
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setObjectName(QStringLiteral("quizStatement"));
    m_statement->setWordWrap(true);
    m_statement->setFont(scaled(font(), 1.25));
    m_statement->setMargin(10);
    m_statement->setFrameShape(QFrame::StyledPanel);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_material->setObjectName(QStringLiteral("quizMaterial"));
    m_material->setReadOnly(true);
    m_material->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_material->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_material->setMinimumWidth(360);
    m_material->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_feedback->setObjectName(QStringLiteral("quizFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setFont(scaled(font(), 1.08));
    m_next->setObjectName(QStringLiteral("quizNext"));
    m_next->setDefault(true);
    connect(m_next, &QPushButton::clicked, this, &QuizPanel::nextQuestion);

    auto *columnLayout = new QVBoxLayout(m_column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(m_statement);
    for (int i = 0; i < 4; ++i) {
        auto *choice = new ChoiceButton(i + 1);
        choice->setObjectName(QStringLiteral("quizChoice%1").arg(i + 1));
        connect(choice, &ChoiceButton::clicked, this, [this, i] { answer(i); });
        m_choices.append(choice);
        columnLayout->addWidget(choice);
    }
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_feedback);
    auto *nextRow = new QHBoxLayout;
    nextRow->addStretch();
    nextRow->addWidget(m_next);
    columnLayout->addLayout(nextRow);
    columnLayout->addStretch();

    auto *questionPage = new QWidget;
    auto *questionLayout = new QVBoxLayout(questionPage);
    questionLayout->setContentsMargins(0, 4, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_kindLabel);
    heading->addStretch();
    heading->addWidget(m_progress);
    questionLayout->addLayout(heading);
    questionLayout->addWidget(m_prompt);
    m_body = new QHBoxLayout;
    m_body->addWidget(m_material, 5);
    m_body->addWidget(m_column, 4);
    m_body->addStretch(0); // takes what the answers leave when they are at their widest
    questionLayout->addLayout(m_body, 1);

    // The review page, at the end of a round.
    m_review->setObjectName(QStringLiteral("quizReview"));
    m_review->setOpenLinks(false);
    m_review->document()->setDocumentMargin(14);
    m_again->setObjectName(QStringLiteral("quizAgain"));
    connect(m_again, &QPushButton::clicked, this, &QuizPanel::startRound);
    auto *reviewPage = new QWidget;
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->setContentsMargins(0, 4, 0, 0);
    reviewLayout->addWidget(m_review, 1);
    auto *againRow = new QHBoxLayout;
    againRow->addStretch();
    againRow->addWidget(m_again);
    reviewLayout->addLayout(againRow);

    m_pages->addWidget(questionPage);
    m_pages->addWidget(reviewPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    // Keys 1-4 answer (the number row and the keypad), Enter goes on: the mouse is optional.
    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(this);
        action->setShortcuts({QKeySequence(Qt::Key_1 + i), QKeySequence(Qt::KeypadModifier | (Qt::Key_1 + i))});
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] { answer(i); });
        addAction(action);
        m_answerActions.append(action);
    }
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextAction, &QAction::triggered, this, [this] {
        if (isReviewShown())
            startRound();
        else if (isAnswered())
            nextQuestion();
    });
    addAction(m_nextAction);

    retranslateUi();
    updateKindAvailability();
    startRound();
}

QuizPanel::~QuizPanel() = default;

bool QuizPanel::isDark() const
{
    return isDarkPalette(palette());
}

bool QuizPanel::isReviewShown() const
{
    return m_pages->currentIndex() == 1;
}

void QuizPanel::setLanguage(Language language)
{
    m_language = language;
    fillScopes();
    render();
}

void QuizPanel::setScope(QuizScope scope)
{
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(scope)));
    updateKindAvailability();
    startRound();
}

void QuizPanel::setRoundLength(int questions)
{
    m_length->setValue(questions);
}

QuizScope QuizPanel::scope() const
{
    return QuizScope(m_scopeBox->currentData().toInt());
}

void QuizPanel::fillScopes()
{
    const int current = m_scopeBox->count() ? m_scopeBox->currentIndex() : 0;
    const bool blocked = m_scopeBox->blockSignals(true);
    m_scopeBox->clear();
    m_scopeBox->addItem(tr("All codes"), int(QuizScope::All));
    for (int cls = 1; cls <= 6; ++cls)
        m_scopeBox->addItem(QStringLiteral("%1xx — %2").arg(cls).arg(className(cls).in(m_language)), cls);
    m_scopeBox->addItem(tr("GB/T 28181"), int(QuizScope::Gb28181));
    m_scopeBox->setCurrentIndex(current);
    m_scopeBox->blockSignals(blocked);
}

void QuizPanel::updateKindAvailability()
{
    // A kind without material in the scope (no failed call in 1xx) cannot be chosen.
    QuizGenerator probe(m_catalog, 0);
    probe.setScope(QuizScope(m_scopeBox->currentData().toInt()));
    auto *model = qobject_cast<QStandardItemModel *>(m_kindBox->model());
    for (int row = 1; row < m_kindBox->count(); ++row) {
        const bool available = probe.hasMaterial(QuestionKind(m_kindBox->itemData(row).toInt()));
        if (model)
            model->item(row)->setEnabled(available);
        if (!available && m_kindBox->currentIndex() == row)
            m_kindBox->setCurrentIndex(0);
    }
}

void QuizPanel::retranslateUi()
{
    fillScopes();
    m_scopeBox->setAccessibleName(tr("Codes to practise"));
    m_scopeBox->setToolTip(tr("All codes, one class, or the GB/T 28181 platform codes"));
    m_kindBox->setItemText(0, tr("Mixed questions"));
    m_kindBox->setItemText(1, tr("Code → meaning"));
    m_kindBox->setItemText(2, tr("Meaning → code"));
    m_kindBox->setItemText(3, tr("Missing header field"));
    m_kindBox->setItemText(4, tr("What went wrong?"));
    m_kindBox->setAccessibleName(tr("Kind of question"));
    m_lengthLabel->setText(tr("Questions:"));
    m_length->setAccessibleName(tr("Questions per round"));
    m_newRound->setText(tr("&New Round"));
    m_newRound->setToolTip(tr("Start again with the chosen codes and kind of question"));
    m_score->setAccessibleName(tr("Score"));
    m_progress->setAccessibleName(tr("Progress"));
    m_prompt->setAccessibleName(tr("Question"));
    m_statement->setAccessibleName(tr("Meaning to find the code for"));
    m_material->setAccessibleName(tr("Message or log of the question"));
    m_feedback->setAccessibleName(tr("Result of your answer"));
    m_review->setAccessibleName(tr("Review of the round"));
    m_again->setText(tr("Start a New Round"));
    for (int i = 0; i < m_answerActions.size(); ++i)
        m_answerActions[i]->setText(tr("Quiz: Answer %1").arg(i + 1));
    m_nextAction->setText(tr("Quiz: Next Question"));
    render();
}

void QuizPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setDark(isDark());
        render();
    }
    QWidget::changeEvent(event);
}

void QuizPanel::startRound()
{
    const quint32 seed = m_seed ? *m_seed : QRandomGenerator::global()->generate();
    m_seed.reset();
    m_generator = std::make_unique<QuizGenerator>(m_catalog, seed);
    m_generator->setScope(QuizScope(m_scopeBox->currentData().toInt()));
    const int kind = m_kindBox->currentData().toInt();
    m_generator->setKinds(kind == mixedKinds ? QList<QuestionKind>() : QList<QuestionKind>{QuestionKind(kind)});
    m_session = QuizSession(m_length->value());
    m_pages->setCurrentIndex(0);
    nextQuestion();
}

void QuizPanel::nextQuestion()
{
    if (m_session.isFinished()) {
        m_pages->setCurrentIndex(1);
        render();
        focusContent();
        return;
    }
    m_question = m_generator ? m_generator->next() : QuizQuestion();
    m_chosen = -1;
    m_pages->setCurrentIndex(0);
    render();
    // Keep the keyboard on the answers, not on a selector the last click left it in.
    focusContent();
}

void QuizPanel::focusContent()
{
    if (isReviewShown())
        m_again->setFocus(Qt::OtherFocusReason);
    else if (isAnswered())
        m_next->setFocus(Qt::OtherFocusReason);
    else if (m_question.isValid())
        m_choices.first()->setFocus(Qt::OtherFocusReason);
    else
        m_kindBox->setFocus(Qt::OtherFocusReason);
}

bool QuizPanel::answer(int index)
{
    if (isReviewShown() || isAnswered() || !m_question.isValid() || index < 0 || index >= m_question.choices.size())
        return false;
    m_chosen = index;
    m_session.answer(m_question, index);
    render();
    focusContent();
    return true;
}

void QuizPanel::render()
{
    renderScore();
    if (isReviewShown())
        renderReview();
    else
        renderQuestion();
}

void QuizPanel::renderScore()
{
    m_score->setText(tr("Score <b>%1</b>/%2 · Streak <b>%3</b> · Best <b>%4</b>")
                         .arg(m_session.correct())
                         .arg(m_session.asked())
                         .arg(m_session.streak())
                         .arg(m_session.bestStreak()));
}

void QuizPanel::renderQuestion()
{
    const QuizQuestion &q = m_question;
    static const char *const kindNames[] = {
        QT_TR_NOOP("Code → meaning"),
        QT_TR_NOOP("Meaning → code"),
        QT_TR_NOOP("Missing header field"),
        QT_TR_NOOP("What went wrong?"),
    };
    if (!q.isValid()) {
        m_kindLabel->clear();
        m_progress->clear();
        m_prompt->setText(tr("No questions of this kind for these codes. Choose another kind or class."));
        m_statement->hide();
        m_material->hide();
        for (ChoiceButton *c : m_choices)
            c->hide();
        m_feedback->clear();
        m_next->hide();
        return;
    }
    m_kindLabel->setText(tr(kindNames[int(q.kind)]).toUpper());
    m_progress->setText(
        tr("Question %1 of %2").arg(m_session.asked() + (isAnswered() ? 0 : 1)).arg(m_session.length()));

    // The code in the prompt in its class colour, as the browser shows it.
    QString prompt = q.prompt.in(m_language).toHtmlEscaped();
    if (!q.subject.isEmpty() && q.entry) {
        prompt.replace(q.subject.toHtmlEscaped(),
                       QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(entryColor(*q.entry, isDark()).name(), q.subject.toHtmlEscaped()));
    }
    m_prompt->setText(prompt);
    m_statement->setVisible(!q.statement.isEmpty());
    m_statement->setText(q.statement.in(m_language));
    const bool hasMaterial = !q.material.isEmpty();
    m_material->setVisible(hasMaterial);
    if (hasMaterial && m_material->toPlainText() != q.material) {
        m_highlighter->setDark(isDark());
        m_material->setPlainText(q.material);
    }
    // Without a message beside them, the answers keep to a readable width under the question.
    m_column->setMaximumWidth(hasMaterial ? QWIDGETSIZE_MAX : 760);

    for (int i = 0; i < m_choices.size(); ++i) {
        ChoiceButton *c = m_choices[i];
        const bool used = i < q.choices.size();
        c->setVisible(used);
        m_answerActions[i]->setEnabled(used && !isAnswered());
        if (!used)
            continue;
        c->setChoiceText(q.choices[i].in(m_language));
        c->setState(!isAnswered()   ? ChoiceButton::State::Open
                    : i == q.answer ? ChoiceButton::State::Right
                    : i == m_chosen ? ChoiceButton::State::WrongChoice
                                    : ChoiceButton::State::Other);
    }
    renderFeedback();
}

void QuizPanel::renderFeedback()
{
    const QuizQuestion &q = m_question;
    m_next->setVisible(isAnswered());
    m_next->setText(m_session.isFinished() ? tr("See &Results") : tr("Next Question"));
    m_next->setToolTip(tr("Next question (Enter)"));
    if (!isAnswered()) {
        m_feedback->setText(tr("Choose an answer: click it or press its number (1–%1).").arg(q.choices.size()));
        m_feedback->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_feedback->setForegroundRole(QPalette::WindowText);
    const bool dark = isDark();
    const QString explanation = q.explanation.in(m_language).toHtmlEscaped();
    if (q.isCorrect(m_chosen)) {
        m_feedback->setText(QStringLiteral("<p><b style=\"color:%1\">✓ %2</b></p><p>%3</p>")
                                .arg(successTextColor(dark).name(), tr("Right."), explanation));
    } else {
        m_feedback->setText(QStringLiteral("<p><b style=\"color:%1\">✗ %2</b></p><p>%3</p>")
                                .arg(classColor(5, Profile::Ietf, dark).name(),
                                     tr("Not quite: the right answer is %1.").arg(q.answer + 1).toHtmlEscaped(),
                                     explanation));
    }
}

void QuizPanel::renderReview()
{
    const bool dark = isDark();
    const QString good = successTextColor(dark).name();
    const QString bad = classColor(5, Profile::Ietf, dark).name();
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Round complete").toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-size:large\">%1</p>")
                .arg(tr("%1 of %2 right (%3%). Best streak: %4.")
                         .arg(m_session.correct())
                         .arg(m_session.asked())
                         .arg(m_session.percent())
                         .arg(m_session.bestStreak())
                         .toHtmlEscaped());
    if (m_session.mistakes().isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\"><b>✓ %2</b></p>")
                    .arg(good, tr("No mistakes. Well done!").toHtmlEscaped());
    } else {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("To review (%n)", nullptr, int(m_session.mistakes().size())).toHtmlEscaped());
        for (const QuizMistake &m : m_session.mistakes()) {
            const QuizQuestion &q = m.question;
            html += QStringLiteral("<hr><p><b>%1</b></p>").arg(q.prompt.in(m_language).toHtmlEscaped());
            if (!q.statement.isEmpty())
                html += QStringLiteral("<p><i>%1</i></p>").arg(q.statement.in(m_language).toHtmlEscaped());
            html +=
                QStringLiteral(
                    "<p>%1 <span style=\"color:%2\">✗ %3</span><br>%4 <span style=\"color:%5\"><b>✓ %6</b></span></p>")
                    .arg(tr("Your answer:").toHtmlEscaped(), bad, q.choices[m.chosen].in(m_language).toHtmlEscaped(),
                         tr("Right answer:").toHtmlEscaped(), good, q.choices[q.answer].in(m_language).toHtmlEscaped());
            html += QStringLiteral("<p>%1</p>").arg(q.explanation.in(m_language).toHtmlEscaped());
        }
    }
    m_review->setHtml(html);
    m_progress->clear();
}

} // namespace sipref
