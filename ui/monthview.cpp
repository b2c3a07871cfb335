// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthview.h"
#include "calendarmodel.h"
#include "eventpalette.h"
#include "eventservice.h"
#include "eventtext.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

MonthView::MonthView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Month"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the grid
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() * 2);
}

void MonthView::setCalendarModel(CalendarModel *model)
{
    m_model = model;
    setModel(model);
    setItemDelegate(new MonthDelegate(*model, *this, this));
}

void MonthView::setViewerId(qint64 viewerId)
{
    m_viewerId = viewerId;
    viewport()->update();
}

void MonthView::selectDate(QDate date)
{
    const QModelIndex index = m_model ? m_model->indexOf(date) : QModelIndex();
    if (index.isValid())
        setCurrentIndex(index);
}

QDate MonthView::selectedDate() const
{
    return m_model ? m_model->dateAt(currentIndex()) : QDate();
}

qint64 MonthView::eventAt(const QPoint &viewportPos) const
{
    const QModelIndex index = indexAt(viewportPos);
    if (!m_model || !index.isValid())
        return 0;
    const auto events = m_model->eventsOn(m_model->dateAt(index));
    const auto cell = MonthDelegate::layout(visualRect(index), fontMetrics(), int(events.size()));
    for (int i = 0; i < cell.chips.size(); ++i) {
        if (cell.chips.at(i).contains(viewportPos))
            return events.at(i)->id;
    }
    return 0;
}

QDate MonthView::moreAt(const QPoint &viewportPos) const
{
    const QModelIndex index = indexAt(viewportPos);
    if (!m_model || !index.isValid())
        return {};
    const QDate date = m_model->dateAt(index);
    const auto cell = MonthDelegate::layout(
        visualRect(index), fontMetrics(), int(m_model->eventsOn(date).size()));
    return cell.hidden > 0 && cell.more.contains(viewportPos) ? date : QDate();
}

void MonthView::activateDay(QDate date)
{
    if (!m_model || !date.isValid())
        return;
    const auto events = m_model->eventsOn(date);
    if (events.isEmpty())
        Q_EMIT newEventRequested(date);
    else
        Q_EMIT eventActivated(events.constFirst()->id);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    const QDate date = selectedDate();
    if (!m_model || !date.isValid() || event->modifiers() & ~Qt::KeypadModifier) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    QDate target;
    switch (event->key()) {
    case Qt::Key_Left:
        target = date.addDays(-forward);
        break;
    case Qt::Key_Right:
        target = date.addDays(forward);
        break;
    case Qt::Key_Up:
        target = date.addDays(-7);
        break;
    case Qt::Key_Down:
        target = date.addDays(7);
        break;
    case Qt::Key_Home:
        target = QDate(date.year(), date.month(), 1);
        break;
    case Qt::Key_End:
        target = QDate(date.year(), date.month(), date.daysInMonth());
        break;
    case Qt::Key_PageUp:
        target = date.addMonths(-1);
        break;
    case Qt::Key_PageDown:
        target = date.addMonths(1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateDay(date);
        return;
    default:
        QTableView::keyPressEvent(event);
        return;
    }
    Q_EMIT dateRequested(target);
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const qint64 id = eventAt(event->position().toPoint()))
        Q_EMIT eventActivated(id);
    else if (const QDate more = moreAt(event->position().toPoint()); more.isValid())
        Q_EMIT moreRequested(more, event->globalPosition().toPoint());
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (event->button() != Qt::LeftButton || !index.isValid() || !m_model)
        return;
    if (const qint64 id = eventAt(pos))
        Q_EMIT eventActivated(id);
    else if (!moreAt(pos).isValid())
        Q_EMIT newEventRequested(m_model->dateAt(index));
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitSections();
}

void MonthView::fitSections()
{
    // Stretch leaves the rounding remainder empty at the bottom; nothing else to do.
    viewport()->update();
}

bool MonthView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const qint64 id = eventAt(help->pos())) {
            if (const Event *e = m_model->event(id)) {
                QToolTip::showText(help->globalPos(),
                    e->title + u'\n' + EventText::when(*e, QDateTime::currentMSecsSinceEpoch()),
                    viewport());
                return true;
            }
        }
        if (moreAt(help->pos()).isValid()) {
            QToolTip::showText(help->globalPos(), tr("All Events"), viewport());
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

MonthDelegate::MonthDelegate(const CalendarModel &model, const MonthView &view, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_view(view)
{ }

MonthDelegate::Layout MonthDelegate::layout(
    const QRect &cell, const QFontMetrics &metrics, int events)
{
    Layout out;
    const int pad = qMax(2, metrics.height() / 6);
    const int line = metrics.height() + pad;
    out.header = QRect(cell.left() + pad, cell.top() + pad, cell.width() - 2 * pad, line);
    const int top = out.header.bottom() + 1;
    const int fit = qMax(0, (cell.bottom() - pad - top) / (line + 1));
    const int shown = events <= fit ? events : qMax(0, fit - 1);
    for (int i = 0; i < shown; ++i)
        out.chips.append(
            QRect(cell.left() + pad, top + i * (line + 1), cell.width() - 2 * pad, line));
    out.hidden = events - shown;
    if (out.hidden > 0)
        out.more = QRect(cell.left() + pad, top + shown * (line + 1), cell.width() - 2 * pad, line);
    return out;
}

void MonthDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QDate date = index.data(CalendarModel::DateRole).toDate();
    if (!date.isValid())
        return;
    const QPalette &palette = opt.palette;
    const QLocale locale;
    const QFontMetrics metrics = opt.fontMetrics;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDate::currentDate();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool working = locale.weekdays().contains(Qt::DayOfWeek(date.dayOfWeek()));
    painter->fillRect(opt.rect, palette.color(working ? QPalette::Base : QPalette::AlternateBase));
    if (opt.state & QStyle::State_Selected) {
        QColor selected = palette.color(QPalette::Highlight);
        selected.setAlphaF(0.2f);
        painter->fillRect(opt.rect, selected);
    }

    const auto events = m_model.eventsOn(date);
    const Layout cell = layout(opt.rect, metrics, int(events.size()));

    // The day number in the leading corner; the 1st also names the month.
    const QString number = date.day() == 1
        //: The first day of a month in the month grid: %1 the short month name, %2 the day
        //: ("Nov 1"; es "1 nov", de "1. Nov.").
        ? tr("%1 %2", "first of month")
              .arg(locale.monthName(date.month(), QLocale::ShortFormat))
              .arg(date.day())
        : QString::number(date.day());
    QFont numberFont = opt.font;
    const bool isToday = date == today;
    numberFont.setBold(isToday);
    painter->setFont(numberFont);
    const QFontMetrics numberMetrics(numberFont);
    const Qt::Alignment lead = Qt::AlignLeading | Qt::AlignVCenter;
    QRect numberRect = QStyle::alignedRect(opt.direction, lead,
        QSize(numberMetrics.horizontalAdvance(number) + metrics.height() / 2, cell.header.height()),
        cell.header);
    if (isToday) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(numberRect, numberRect.height() / 2.0, numberRect.height() / 2.0);
        painter->setPen(palette.color(QPalette::HighlightedText));
    } else {
        const bool inMonth = index.data(CalendarModel::InMonthRole).toBool();
        painter->setPen(palette.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
    }
    painter->drawText(numberRect, Qt::AlignCenter, number);

    painter->setFont(opt.font);
    const int stripe = qMax(3, metrics.height() / 5);
    for (int i = 0; i < cell.chips.size(); ++i) {
        const Event &e = *events.at(i);
        const QRect chip = cell.chips.at(i);
        const bool past = EventService::hasEnded(e, now);
        const QColor hue = EventPalette::hue(e, m_view.viewerId());
        painter->setPen(Qt::NoPen);
        painter->setBrush(EventPalette::chipBackground(palette, hue, past));
        painter->drawRoundedRect(chip, 3, 3);
        const QRect bar = QStyle::alignedRect(
            opt.direction, Qt::AlignLeading | Qt::AlignVCenter, QSize(stripe, chip.height()), chip);
        painter->fillRect(bar, hue);
        const CalendarModel::Span &span = m_model.span(&e);
        const bool timed = !span.allDay && span.first == date;
        //: A timed event in the month grid: %1 the start time, %2 the title ("18:00 Jazz").
        const QString text = timed
            ? tr("%1 %2").arg(
                EventText::time(QDateTime::fromMSecsSinceEpoch(e.startsAt).toLocalTime().time()),
                e.title)
            : e.title;
        const QRect textRect = chip.adjusted(stripe + 3, 0, -3, 0);
        painter->setPen(EventPalette::chipText(palette, past));
        painter->drawText(QStyle::visualRect(opt.direction, chip, textRect),
            Qt::AlignLeading | Qt::AlignVCenter,
            metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    }
    if (cell.hidden > 0) {
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(cell.more, Qt::AlignLeading | Qt::AlignVCenter,
            metrics.elidedText(
                tr("+%n more", nullptr, cell.hidden), Qt::ElideRight, cell.more.width()));
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = palette.color(QPalette::Base);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace Eventdesk::Gui
