// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekview.h"
#include "calendarmodel.h"
#include "eventpalette.h"
#include "eventservice.h"
#include "eventtext.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

constexpr int workStart = 8;
constexpr int workEnd = 17;
constexpr int maxAllDayRows = 2;

int gutterWidth(const QFontMetrics &metrics)
{
    // Room for "23:00" / "11 PM" and for the all-day row's label ("Todo el día", "Ganztägig").
    return qMax(metrics.horizontalAdvance(EventText::time(QTime(23, 0))),
               metrics.horizontalAdvance(WeekView::tr("All day")))
        + metrics.height();
}

QRect column(int day, const QRect &area, int gutter)
{
    const int width = area.width() - gutter;
    const int left = area.left() + gutter + width * day / 7;
    const int right = area.left() + gutter + width * (day + 1) / 7;
    return QRect(left, area.top(), right - left, area.height());
}

struct Placed
{
    const Event *event = nullptr;
    QRect rect;
};

void paintChip(QPainter &painter, const QRect &chip, const Event &e, const QString &text,
    const QPalette &palette, qint64 viewer, qint64 now, Qt::LayoutDirection direction,
    Qt::Alignment vertical)
{
    const QFontMetrics metrics = painter.fontMetrics();
    const bool past = EventService::hasEnded(e, now);
    const QColor hue = EventPalette::hue(e, viewer);
    const int stripe = qMax(3, metrics.height() / 5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(EventPalette::chipBackground(palette, hue, past));
    painter.drawRoundedRect(chip, 3, 3);
    painter.fillRect(QStyle::alignedRect(direction, Qt::AlignLeading | Qt::AlignVCenter,
                         QSize(stripe, chip.height()), chip),
        hue);
    const QRect textRect = chip.adjusted(stripe + 3, 1, -3, -1);
    painter.setPen(EventPalette::chipText(palette, past));
    painter.drawText(QStyle::visualRect(direction, chip, textRect),
        int(Qt::AlignLeading | vertical | Qt::TextWordWrap),
        metrics.elidedText(text, Qt::ElideRight,
            textRect.width() * qMax(1, textRect.height() / metrics.height())));
}

} // namespace

// The day names and the all-day row.
class WeekHeader : public QWidget
{
public:
    explicit WeekHeader(WeekView &view)
        : QWidget(&view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("weekHeader"));
        setMouseTracking(true);
    }

    int line() const { return fontMetrics().height() + qMax(2, fontMetrics().height() / 6); }
    // As wide as the hour grid (the grid's scroll bar takes the rest), so the columns line up.
    QRect columns() const { return QRect(0, 0, m_view.grid()->width(), height()); }
    QSize sizeHint() const override { return QSize(400, line() * (2 + maxAllDayRows) + 4); }

    // The all-day chips of a day (and how many did not fit).
    QList<Placed> chips(int day, int *hidden = nullptr) const
    {
        QList<Placed> out;
        const CalendarModel *model = m_view.m_model;
        if (!model)
            return out;
        const QRect col = column(day, columns(), gutterWidth(fontMetrics()));
        QList<const Event *> all;
        for (const Event *e : model->eventsOn(model->firstDay().addDays(day))) {
            if (model->span(e).multiDay)
                all.append(e);
        }
        const int shown = all.size() <= maxAllDayRows + 1 ? int(all.size()) : maxAllDayRows;
        for (int i = 0; i < shown; ++i)
            out.append({all.at(i),
                QRect(col.left() + 2, line() * (i + 1) + 2, col.width() - 4, line() - 1)});
        if (hidden)
            *hidden = int(all.size()) - shown;
        return out;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        painter.fillRect(rect(), pal.color(QPalette::Base));
        const CalendarModel *model = m_view.m_model;
        if (!model || !model->firstDay().isValid())
            return;
        const QLocale locale;
        const QDate today = QDate::currentDate();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int gutter = gutterWidth(fontMetrics());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, line(), gutter - 4, line()), Qt::AlignTrailing | Qt::AlignVCenter,
            WeekView::tr("All day"));
        for (int day = 0; day < 7; ++day) {
            const QDate date = model->firstDay().addDays(day);
            const QRect col = column(day, columns(), gutter);
            if (date == m_view.m_selected) {
                QColor selected = pal.color(QPalette::Highlight);
                selected.setAlphaF(0.2f);
                painter.fillRect(col, selected);
            }
            QFont font = this->font();
            font.setBold(date == today);
            painter.setFont(font);
            painter.setPen(pal.color(date == today ? QPalette::Highlight : QPalette::Text));
            //: A day in the week view's header: %1 the short day name, %2 the day ("Sat 21").
            painter.drawText(QRect(col.left(), 0, col.width(), line()), Qt::AlignCenter,
                WeekView::tr("%1 %2")
                    .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat))
                    .arg(date.day()));
            painter.setFont(this->font());
            int hidden = 0;
            for (const Placed &chip : chips(day, &hidden))
                paintChip(painter, chip.rect, *chip.event, chip.event->title, pal,
                    m_view.m_viewerId, now, layoutDirection(), Qt::AlignVCenter);
            if (hidden > 0) {
                painter.setPen(pal.color(QPalette::Text));
                painter.drawText(QRect(col.left() + 4, line() * (maxAllDayRows + 1) + 2,
                                     col.width() - 8, line()),
                    Qt::AlignLeading | Qt::AlignVCenter, WeekView::tr("+%n more", nullptr, hidden));
            }
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawLine(col.topLeft(), col.bottomLeft());
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(rect().bottomLeft(), rect().bottomRight());
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        if (const qint64 id = m_view.allDayEventAt(pos)) {
            Q_EMIT m_view.eventActivated(id);
            return;
        }
        const int gutter = gutterWidth(fontMetrics());
        for (int day = 0; day < 7 && m_view.m_model; ++day) {
            if (column(day, columns(), gutter).contains(pos))
                Q_EMIT m_view.dateRequested(m_view.m_model->firstDay().addDays(day));
        }
    }

private:
    WeekView &m_view;
};

// The hour grid.
class WeekGrid : public QWidget
{
public:
    explicit WeekGrid(WeekView &view)
        : QWidget(nullptr)
        , m_view(view)
    {
        setObjectName(QStringLiteral("weekGrid"));
        setFocusPolicy(Qt::NoFocus);
    }

    int hourHeight() const { return fontMetrics().height() * 5 / 2; }
    QSize sizeHint() const override { return QSize(400, hourHeight() * 24); }
    QSize minimumSizeHint() const override { return QSize(200, hourHeight() * 24); }

    QList<Placed> placed(int day) const
    {
        QList<Placed> out;
        const CalendarModel *model = m_view.m_model;
        if (!model)
            return out;
        const QDate date = model->firstDay().addDays(day);
        const qint64 dayStart = date.startOfDay().toMSecsSinceEpoch();
        const qint64 dayEnd = date.addDays(1).startOfDay().toMSecsSinceEpoch();
        const qint64 minimum = 30 * 60000; // an instant still gets half an hour of height
        struct Segment
        {
            const Event *event;
            qint64 start;
            qint64 end;
            int lane;
        };
        QList<Segment> segments;
        for (const Event *e : model->eventsOn(date)) {
            if (model->span(e).allDay)
                continue;
            const qint64 start = qMax(dayStart, e->startsAt);
            qint64 end = qMin(dayEnd, e->endsAt.value_or(e->startsAt));
            end = qMin(dayEnd, qMax(end, start + minimum));
            segments.append({e, start, end, 0});
        }
        const QRect col = column(day, rect(), gutterWidth(fontMetrics()));
        const double perMs = double(hourHeight()) / 3600000.0;
        // Overlapping events share the column: each cluster of overlaps is split into as many
        // lanes as it needs at once.
        int first = 0;
        while (first < segments.size()) {
            QList<qint64> laneEnds;
            qint64 clusterEnd = segments.at(first).end;
            int last = first;
            for (; last < segments.size(); ++last) {
                Segment &s = segments[last];
                if (last > first && s.start >= clusterEnd)
                    break;
                clusterEnd = qMax(clusterEnd, s.end);
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > s.start)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(s.end);
                else
                    laneEnds[lane] = s.end;
                s.lane = lane;
            }
            const int lanes = int(laneEnds.size());
            for (int i = first; i < last; ++i) {
                const Segment &s = segments.at(i);
                const int left = col.left() + 1 + (col.width() - 3) * s.lane / lanes;
                const int right = col.left() + 1 + (col.width() - 3) * (s.lane + 1) / lanes;
                const int top = int((s.start - dayStart) * perMs);
                const int bottom = int((s.end - dayStart) * perMs);
                out.append({s.event, QRect(left, top + 1, right - left - 1, bottom - top - 2)});
            }
            first = last;
        }
        return out;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const int hh = hourHeight();
        const int gutter = gutterWidth(fontMetrics());
        const QLocale locale;
        painter.fillRect(rect(), pal.color(QPalette::AlternateBase));
        const CalendarModel *model = m_view.m_model;
        for (int day = 0; day < 7; ++day) {
            const QRect col = column(day, rect(), gutter);
            const QDate date = model ? model->firstDay().addDays(day) : QDate();
            const bool working = locale.weekdays().contains(Qt::DayOfWeek(date.dayOfWeek()));
            if (working)
                painter.fillRect(
                    QRect(col.left(), workStart * hh, col.width(), (workEnd - workStart) * hh),
                    pal.color(QPalette::Base));
            if (date == m_view.m_selected) {
                QColor selected = pal.color(QPalette::Highlight);
                selected.setAlphaF(0.12f);
                painter.fillRect(col, selected);
            }
        }
        for (int hour = 0; hour < 24; ++hour) {
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawLine(gutter, hour * hh, width(), hour * hh);
            if (hour == 0)
                continue;
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, hour * hh - hh / 2, gutter - 6, hh),
                Qt::AlignTrailing | Qt::AlignVCenter, EventText::time(QTime(hour, 0)));
        }
        for (int day = 0; day < 7; ++day) {
            const QRect col = column(day, rect(), gutter);
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawLine(col.topLeft(), col.bottomLeft());
        }
        if (!model || !model->firstDay().isValid())
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int day = 0; day < 7; ++day) {
            for (const Placed &p : placed(day)) {
                const QDateTime start
                    = QDateTime::fromMSecsSinceEpoch(p.event->startsAt).toLocalTime();
                //: A timed event in the week grid: %1 the start time, %2 the title.
                const QString text
                    = WeekView::tr("%1 %2").arg(EventText::time(start.time()), p.event->title);
                paintChip(painter, p.rect, *p.event, text, pal, m_view.m_viewerId, now,
                    layoutDirection(), Qt::AlignTop);
            }
        }
        // Now, in today's column.
        const qint64 today = model->firstDay().daysTo(QDate::currentDate());
        if (today >= 0 && today < 7) {
            const QRect col = column(int(today), rect(), gutter);
            const QTime time = QTime::currentTime();
            const int y = (time.hour() * 60 + time.minute()) * hh / 60;
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawLine(col.left(), y, col.right(), y);
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        m_view.setFocus();
        if (const qint64 id = m_view.eventAt(pos)) {
            Q_EMIT m_view.eventActivated(id);
            return;
        }
        const QDateTime slot = m_view.slotAt(pos);
        if (slot.isValid())
            Q_EMIT m_view.dateRequested(slot.date());
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        if (m_view.eventAt(pos))
            return; // the press already opened it
        const QDateTime slot = m_view.slotAt(pos);
        if (slot.isValid())
            Q_EMIT m_view.newEventRequested(slot);
    }

private:
    WeekView &m_view;
};

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(WeekView::tr("Week"));
    setFocusPolicy(Qt::StrongFocus);
    m_header = new WeekHeader(*this);
    m_grid = new WeekGrid(*this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("weekScroll"));
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    m_minute = new QTimer(this);
    m_minute->setInterval(60000);
    connect(m_minute, &QTimer::timeout, m_grid, qOverload<>(&QWidget::update));
    m_minute->start();
}

void WeekView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scrolled)
        return;
    m_scrolled = true;
    // Opens at the working hours, once the scroll area knows its range.
    QTimer::singleShot(0, this,
        [this] { m_scroll->verticalScrollBar()->setValue(m_grid->hourHeight() * workStart - 4); });
}

QWidget *WeekView::grid() const
{
    return m_grid;
}

QWidget *WeekView::header() const
{
    return m_header;
}

void WeekView::setCalendarModel(CalendarModel *model)
{
    m_model = model;
    connect(model, &CalendarModel::loaded, this, &WeekView::modelLoaded);
}

void WeekView::modelLoaded()
{
    m_header->update();
    m_grid->update();
}

void WeekView::setViewerId(qint64 viewerId)
{
    m_viewerId = viewerId;
    modelLoaded();
}

void WeekView::selectDate(QDate date)
{
    m_selected = date;
    modelLoaded();
}

qint64 WeekView::eventAt(const QPoint &gridPos) const
{
    for (int day = 0; day < 7; ++day) {
        const QList<Placed> placed = m_grid->placed(day);
        // The last drawn is on top.
        for (auto it = placed.crbegin(); it != placed.crend(); ++it) {
            if (it->rect.contains(gridPos))
                return it->event->id;
        }
    }
    return 0;
}

qint64 WeekView::allDayEventAt(const QPoint &headerPos) const
{
    for (int day = 0; day < 7; ++day) {
        for (const Placed &chip : m_header->chips(day)) {
            if (chip.rect.contains(headerPos))
                return chip.event->id;
        }
    }
    return 0;
}

QDateTime WeekView::slotAt(const QPoint &gridPos) const
{
    if (!m_model || !m_model->firstDay().isValid())
        return {};
    const int gutter = gutterWidth(m_grid->fontMetrics());
    for (int day = 0; day < 7; ++day) {
        if (column(day, m_grid->rect(), gutter).contains(gridPos)) {
            const int halfHours = qBound(0, gridPos.y() * 2 / m_grid->hourHeight(), 47);
            return QDateTime(
                m_model->firstDay().addDays(day), QTime(halfHours / 2, halfHours % 2 * 30));
        }
    }
    return {};
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || !m_selected.isValid() || event->modifiers() & ~Qt::KeypadModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        Q_EMIT dateRequested(m_selected.addDays(-forward));
        return;
    case Qt::Key_Right:
        Q_EMIT dateRequested(m_selected.addDays(forward));
        return;
    case Qt::Key_Home:
        Q_EMIT dateRequested(m_model->firstDay());
        return;
    case Qt::Key_End:
        Q_EMIT dateRequested(m_model->lastDay());
        return;
    case Qt::Key_PageUp:
        Q_EMIT dateRequested(m_selected.addDays(-7));
        return;
    case Qt::Key_PageDown:
        Q_EMIT dateRequested(m_selected.addDays(7));
        return;
    case Qt::Key_Up:
        m_scroll->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Down:
        m_scroll->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const auto events = m_model->eventsOn(m_selected);
        if (events.isEmpty())
            Q_EMIT newEventRequested(QDateTime(m_selected, QTime(workStart + 1, 0)));
        else
            Q_EMIT eventActivated(events.constFirst()->id);
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Eventdesk::Gui
