// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"
#include "agendaview.h"
#include "calendarmodel.h"
#include "eventdetailpane.h"
#include "eventdialog.h"
#include "eventpalette.h"
#include "eventservice.h"
#include "eventtext.h"
#include "monthview.h"
#include "session.h"
#include "weekview.h"

#include <QAction>
#include <QActionGroup>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

QIcon swatch(const QColor &hue, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(hue);
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 4.0, size / 4.0);
    return QIcon(pixmap);
}

QToolButton *toolButton(QAction *action, QWidget *parent, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CalendarView::CalendarView(
    EventService &events, ChangeHub &changes, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_session(session)
{
    setObjectName(QStringLiteral("calendarView"));
    m_monthModel = new CalendarModel(events, this);
    m_weekModel = new CalendarModel(events, this);
    m_agendaModel = new CalendarModel(events, this);

    m_month = new MonthView(this);
    m_month->setCalendarModel(m_monthModel);
    m_week = new WeekView(this);
    m_week->setCalendarModel(m_weekModel);
    m_agenda = new AgendaView(this);
    m_agenda->setCalendarModel(m_agendaModel);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);
    m_detail = new EventDetailPane(events, session, this);

    // Actions: previous / next with Alt+Left / Alt+Right, Go to Date…, and a checkable action
    // per view. Today is the window's (toolbar, Go menu, Ctrl+T), which calls today(): one
    // Today control in the window, not one per page.
    m_previous = new QAction(this);
    m_previous->setObjectName(QStringLiteral("calendarPreviousAction"));
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_next = new QAction(this);
    m_next->setObjectName(QStringLiteral("calendarNextAction"));
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_goToDate = new QAction(this);
    m_goToDate->setObjectName(QStringLiteral("goToDateAction"));
    m_goToDate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    auto *modes = new QActionGroup(this);
    const char *modeNames[] = {"monthModeAction", "weekModeAction", "agendaModeAction"};
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(modeNames[i]));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        modes->addAction(action);
        m_modeActions.append(action);
        connect(action, &QAction::triggered, this, [this, i] { setMode(Mode(i)); });
    }
    m_modeActions.constFirst()->setChecked(true);
    for (QAction *action : {m_previous, m_next, m_goToDate}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    for (QAction *action : std::as_const(m_modeActions)) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_previous, &QAction::triggered, this, &CalendarView::previous);
    connect(m_next, &QAction::triggered, this, &CalendarView::next);
    connect(m_goToDate, &QAction::triggered, this, &CalendarView::goToDate);

    auto *previousButton = toolButton(m_previous, this, "previousButton");
    auto *nextButton = toolButton(m_next, this, "nextButton");
    auto *goButton = new QToolButton(this);
    goButton->setObjectName(QStringLiteral("goToDateButton"));
    goButton->setDefaultAction(m_goToDate);
    goButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    auto *bar = new QHBoxLayout;
    bar->addWidget(previousButton);
    bar->addWidget(nextButton);
    bar->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    bar->addWidget(m_title, 1);
    bar->addWidget(goButton);
    bar->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    const char *modeButtons[] = {"monthButton", "weekButton", "agendaButton"};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(modeButtons[i]));
        button->setDefaultAction(m_modeActions.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    new QHBoxLayout(m_legend);
    m_legend->layout()->setContentsMargins(0, 0, 0, 0);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(m_legend);
    placeBesideDetailPane(this, left, m_detail, QStringLiteral("calendarSplitter"));

    connect(m_month, &MonthView::dateRequested, this, &CalendarView::setDate);
    connect(m_month, &MonthView::eventActivated, this, &CalendarView::openEvent);
    connect(m_month, &MonthView::newEventRequested, this,
        [this](QDate date) { newEvent(QDateTime(date, QTime(9, 0))); });
    connect(m_month, &MonthView::moreRequested, this, &CalendarView::showMore);
    connect(m_month, &QAbstractItemView::clicked, this,
        [this](const QModelIndex &index) { m_date = m_monthModel->dateAt(index); });
    connect(m_week, &WeekView::dateRequested, this, &CalendarView::setDate);
    connect(m_week, &WeekView::eventActivated, this, &CalendarView::openEvent);
    connect(m_week, &WeekView::newEventRequested, this,
        [this](const QDateTime &start) { newEvent(start); });
    connect(m_agenda, &AgendaView::eventActivated, this, &CalendarView::openEvent);
    connect(m_detail, &EventDetailPane::editRequested, this, &CalendarView::editEvent);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        load();
        m_detail->reload();
    });
    connect(&changes, &ChangeHub::changed, this, &CalendarView::changed, Qt::QueuedConnection);
    connect(&session, &Session::changed, this, &CalendarView::sessionChanged);

    updateTexts();
    m_query.viewerId = session.userId();
    m_date = QDate::currentDate();
    load();
}

CalendarModel *CalendarView::modelFor(Mode mode) const
{
    switch (mode) {
    case Mode::Month:
        return m_monthModel;
    case Mode::Week:
        return m_weekModel;
    case Mode::Agenda:
        break;
    }
    return m_agendaModel;
}

CalendarModel *CalendarView::model() const
{
    return modelFor(m_mode);
}

QString CalendarView::title() const
{
    if (m_mode == Mode::Month)
        return EventText::monthTitle(m_date);
    const CalendarModel *shown = model();
    const QDate today = QDate::currentDate();
    //: The week and agenda title: the first and last day shown ("Mon, Nov 16 – Sun, Nov 22").
    return tr("%1 – %2").arg(EventText::compactDate(shown->firstDay(), today),
        EventText::compactDate(shown->lastDay(), today));
}

void CalendarView::load()
{
    const QLocale locale;
    CalendarModel *target = model();
    m_query.viewerId = m_session.userId();
    target->setQuery(m_query);
    const int back = (m_date.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
    bool ok = true;
    switch (m_mode) {
    case Mode::Month: {
        const QDate first(m_date.year(), m_date.month(), 1);
        const int lead = (first.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
        const int weeks = (lead + first.daysInMonth() + 6) / 7;
        ok = target->load(first.addDays(-lead), weeks * 7, 7, first);
        m_month->setViewerId(m_query.viewerId);
        m_month->selectDate(m_date);
        break;
    }
    case Mode::Week:
        ok = target->load(m_date.addDays(-back), 7, 7);
        m_week->setViewerId(m_query.viewerId);
        m_week->selectDate(m_date);
        break;
    case Mode::Agenda:
        m_agenda->setViewerId(m_query.viewerId);
        ok = target->load(m_date, 7, 7);
        break;
    }
    m_error->setVisible(!ok);
    m_error->setText(ok ? QString() : tr("The events could not be read: %1").arg(target->error()));
    m_title->setText(title());
    Q_EMIT titleChanged(title());
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    m_modeActions.at(int(mode))->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    updateTexts();
    load();
    m_stack->currentWidget()->setFocus();
}

void CalendarView::setDate(QDate date)
{
    if (!date.isValid())
        return;
    const QDate before = m_date;
    m_date = date;
    bool reload = true;
    if (m_mode == Mode::Month)
        reload = date.month() != before.month() || date.year() != before.year();
    else if (m_mode == Mode::Week)
        reload = date < m_weekModel->firstDay() || date > m_weekModel->lastDay();
    if (reload) {
        load();
    } else if (m_mode == Mode::Month) {
        m_month->selectDate(date);
    } else if (m_mode == Mode::Week) {
        m_week->selectDate(date);
    }
}

void CalendarView::today()
{
    const QDate date = QDate::currentDate();
    const bool same = date == m_date;
    setDate(date);
    if (same)
        load();
}

void CalendarView::previous()
{
    switch (m_mode) {
    case Mode::Month:
        setDate(m_date.addMonths(-1));
        break;
    case Mode::Week:
    case Mode::Agenda:
        setDate(m_date.addDays(-7));
        if (m_mode == Mode::Agenda)
            load();
        break;
    }
}

void CalendarView::next()
{
    switch (m_mode) {
    case Mode::Month:
        setDate(m_date.addMonths(1));
        break;
    case Mode::Week:
    case Mode::Agenda:
        setDate(m_date.addDays(7));
        if (m_mode == Mode::Agenda)
            load();
        break;
    }
}

void CalendarView::goToDate()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("goToDateDialog"));
    dialog->setWindowTitle(tr("Go to Date"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *edit = new QDateEdit(m_date, dialog);
    edit->setObjectName(QStringLiteral("goToDateEdit"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *label = new QLabel(tr("&Date:"), dialog);
    label->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go to Date"));
    auto *form = new QFormLayout(dialog);
    form->addRow(label, edit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, edit] { setDate(edit->date()); });
    dialog->open();
}

void CalendarView::setFilter(const QString &text, bool mine, bool joined)
{
    const bool signedIn = m_session.userId() != 0;
    m_query.text = text.trimmed().left(256);
    m_query.mine = signedIn && mine;
    m_query.joined = signedIn && joined;
    load();
    // The detail pane never keeps an event that the filters no longer show.
    if (m_detail->eventId() && !model()->event(m_detail->eventId()))
        m_detail->setEvent(0);
}

void CalendarView::openEvent(qint64 id)
{
    m_detail->setEvent(id);
    if (m_mode == Mode::Agenda)
        m_agenda->selectEvent(id);
    if (const Event *e = model()->event(id)) {
        const QDate first = EventText::firstDay(*e);
        if (m_mode == Mode::Month && model()->indexOf(first).isValid()) {
            m_date = first;
            m_month->selectDate(first);
        }
    }
    Q_EMIT eventActivated(id);
}

void CalendarView::newEvent(const QDateTime &start)
{
    Q_EMIT newEventRequested(start);
    if (!m_session.isSignedIn()) {
        Q_EMIT notice(tr("Sign in to create events."));
        return;
    }
    EventDraft draft;
    if (start.isValid()) {
        draft.startsAt = start.toMSecsSinceEpoch();
        draft.endsAt = draft.startsAt + 3600000;
    }
    auto *dialog = new EventDialog(
        draft, [this](const EventDraft &d) { return m_events.create(m_session.userId(), d); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Event saved = dialog->saved();
        setDate(EventText::firstDay(saved));
        load();
        openEvent(saved.id);
    });
    dialog->open();
}

void CalendarView::editEvent(qint64 id)
{
    EventDialog::openEditor(m_events, m_session, id, this);
}

void CalendarView::showMore(QDate date, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dayEventsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(EventText::dayHeading(date, QDate::currentDate()));
    const int size = fontMetrics().height() / 2;
    for (const Event *e : m_monthModel->eventsOn(date)) {
        const CalendarModel::Span &span = m_monthModel->span(e);
        const QString time = span.allDay || span.first != date
            ? tr("All day")
            : EventText::time(QDateTime::fromMSecsSinceEpoch(e->startsAt).toLocalTime().time());
        //: An event in the day's list: %1 time, %2 title.
        QAction *action = menu->addAction(swatch(EventPalette::hue(*e, m_query.viewerId), size),
            tr("%1 %2").arg(time, e->title).replace(u'&', QLatin1String("&&")));
        const qint64 id = e->id;
        connect(action, &QAction::triggered, this, [this, id] { openEvent(id); });
    }
    menu->popup(globalPos);
}

void CalendarView::changed(ChangeHub::Topic topic, qint64)
{
    switch (topic) {
    case ChangeHub::Topic::Events:
    case ChangeHub::Topic::Participation:
    case ChangeHub::Topic::Imports:
    case ChangeHub::Topic::Feeds:
        if (!m_refresh->isActive())
            m_refresh->start();
        break;
    default:
        break;
    }
}

void CalendarView::sessionChanged()
{
    if (!m_session.isSignedIn()) {
        m_query.mine = false;
        m_query.joined = false;
    }
    load();
}

void CalendarView::updateLegend()
{
    QLayout *layout = m_legend->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int size = fontMetrics().height() * 2 / 3;
    auto entry = [&](const QString &text, const QIcon &icon) {
        auto *label = new QLabel(m_legend);
        label->setText(text);
        auto *mark = new QLabel(m_legend);
        mark->setPixmap(icon.pixmap(size, size));
        layout->addWidget(mark);
        layout->addWidget(label);
        static_cast<QHBoxLayout *>(layout)->addSpacing(size);
    };
    for (const auto &[text, hue] : EventPalette::legend())
        entry(text, swatch(hue, size));
    entry(tr("Past events are paler"),
        swatch(EventPalette::chipBackground(
                   palette(), EventPalette::legend().constLast().second, true),
            size));
    static_cast<QHBoxLayout *>(layout)->addStretch(1);
}

void CalendarView::updateTexts()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_previous->setIcon(
        QIcon::fromTheme(rtl ? QStringLiteral("go-next") : QStringLiteral("go-previous")));
    m_next->setIcon(
        QIcon::fromTheme(rtl ? QStringLiteral("go-previous") : QStringLiteral("go-next")));
    if (m_previous->icon().isNull())
        m_previous->setIcon(
            style()->standardIcon(rtl ? QStyle::SP_ArrowRight : QStyle::SP_ArrowLeft));
    if (m_next->icon().isNull())
        m_next->setIcon(style()->standardIcon(rtl ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight));
    const QString keysPrevious = m_previous->shortcut().toString(QKeySequence::NativeText);
    const QString keysNext = m_next->shortcut().toString(QKeySequence::NativeText);
    switch (m_mode) {
    case Mode::Month:
        m_previous->setText(tr("Previous Month"));
        m_next->setText(tr("Next Month"));
        break;
    case Mode::Week:
    case Mode::Agenda:
        m_previous->setText(tr("Previous Week"));
        m_next->setText(tr("Next Week"));
        break;
    }
    //: A tooltip: the action and its keys, "Previous Month (Alt+Left)".
    m_previous->setToolTip(tr("%1 (%2)").arg(m_previous->text(), keysPrevious));
    m_next->setToolTip(tr("%1 (%2)").arg(m_next->text(), keysNext));
    m_goToDate->setText(tr("Go to &Date…"));
    m_goToDate->setToolTip(
        tr("Go to Date (%1)").arg(m_goToDate->shortcut().toString(QKeySequence::NativeText)));
    const QString modeTexts[] = {tr("&Month"), tr("&Week"), tr("Age&nda")};
    for (int i = 0; i < 3; ++i) {
        m_modeActions.at(i)->setText(modeTexts[i]);
        m_modeActions.at(i)->setToolTip(tr("%1 (%2)").arg(QString(modeTexts[i]).remove(u'&'),
            m_modeActions.at(i)->shortcut().toString(QKeySequence::NativeText)));
    }
    updateLegend();
}

void CalendarView::changeEvent(QEvent *event)
{
    if (m_previous
        && (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange
            || event->type() == QEvent::LayoutDirectionChange)) {
        updateTexts();
        if (m_date.isValid())
            m_title->setText(title());
    }
    QWidget::changeEvent(event);
}

} // namespace Eventdesk::Gui
