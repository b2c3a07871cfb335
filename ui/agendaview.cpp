// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"
#include "calendarmodel.h"
#include "eventpalette.h"
#include "eventservice.h"
#include "eventtext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

QIcon stripe(const QColor &hue, int height)
{
    QPixmap pixmap(qMax(3, height / 4), height);
    pixmap.fill(hue);
    return QIcon(pixmap);
}

} // namespace

AgendaView::AgendaView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("agendaView"));
    setAccessibleName(tr("Agenda"));
    setColumnCount(4);
    setHeaderLabels({tr("Time"), tr("Event"), tr("Place"), tr("Badges")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::Interactive);
    header()->hide();
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIconSize(QSize(qMax(3, fontMetrics().height() / 4), fontMetrics().height()));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, EventIdRole).toLongLong())
            Q_EMIT eventActivated(id);
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, EventIdRole).toLongLong())
            Q_EMIT eventActivated(id);
    });
}

void AgendaView::setCalendarModel(CalendarModel *model)
{
    m_model = model;
    connect(model, &CalendarModel::loaded, this, &AgendaView::rebuild);
}

void AgendaView::setViewerId(qint64 viewerId)
{
    m_viewerId = viewerId;
}

void AgendaView::rebuild()
{
    const qint64 selected = currentItem() ? currentItem()->data(0, EventIdRole).toLongLong() : 0;
    clear();
    if (!m_model || !m_model->firstDay().isValid())
        return;
    const QDate today = QDate::currentDate();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFont headingFont = font();
    headingFont.setBold(true);
    const int height = fontMetrics().height();
    QTreeWidgetItem *current = nullptr;
    for (int day = 0; day < m_model->dayCount(); ++day) {
        const QDate date = m_model->firstDay().addDays(day);
        const auto events = m_model->eventsOn(date);
        if (events.isEmpty() && date != today)
            continue;
        auto *heading = new QTreeWidgetItem(this);
        heading->setFirstColumnSpanned(true);
        heading->setText(0, EventText::dayHeading(date, today));
        heading->setFont(0, headingFont);
        heading->setData(0, DateRole, date);
        heading->setFlags(Qt::ItemIsEnabled);
        if (events.isEmpty()) {
            auto *empty = new QTreeWidgetItem(this);
            empty->setFirstColumnSpanned(true);
            empty->setText(0, tr("No events today"));
            empty->setForeground(0, palette().color(QPalette::PlaceholderText));
            empty->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        for (const Event *e : events) {
            auto *row = new QTreeWidgetItem(this);
            const CalendarModel::Span &span = m_model->span(e);
            const QDate first = span.first;
            const QDate last = span.last;
            QString time;
            if (first != last)
                //: A multi-day event in the agenda: "Day 2 of 3".
                time = tr("Day %1 of %2").arg(first.daysTo(date) + 1).arg(first.daysTo(last) + 1);
            else if (span.allDay)
                time = tr("All day");
            else
                time = EventText::time(
                    QDateTime::fromMSecsSinceEpoch(e->startsAt).toLocalTime().time());
            const bool past = EventService::hasEnded(*e, now);
            QStringList badges;
            for (const auto &badge : EventPalette::badges(*e, m_viewerId, now))
                badges.append(badge.text);
            row->setText(0, time);
            row->setIcon(1, stripe(EventPalette::hue(*e, m_viewerId), height));
            row->setText(1, e->title);
            row->setText(2, e->location);
            //: Badges of an event joined in one line: "Yours · Joined".
            row->setText(3, badges.join(tr(" · ")));
            row->setToolTip(1, e->title + u'\n' + EventText::when(*e, now));
            if (past) {
                for (int c = 0; c < 4; ++c)
                    row->setForeground(c, EventPalette::chipText(palette(), true));
            }
            row->setData(0, EventIdRole, e->id);
            row->setData(0, DateRole, date);
            //: How a screen reader reads an agenda row: time, title, place.
            row->setData(
                0, Qt::AccessibleTextRole, tr("%1, %2, %3").arg(time, e->title, e->location));
            if (e->id == selected && !current)
                current = row;
        }
    }
    if (current)
        setCurrentItem(current);
}

void AgendaView::selectEvent(qint64 id)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(0, EventIdRole).toLongLong() == id) {
            setCurrentItem(item);
            return;
        }
    }
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        if (const qint64 id = currentItem()->data(0, EventIdRole).toLongLong()) {
            Q_EMIT eventActivated(id);
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace Eventdesk::Gui
