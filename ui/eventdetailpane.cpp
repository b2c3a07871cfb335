// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetailpane.h"
#include "eventservice.h"
#include "session.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

enum CommentRole { CommentIdRole = Qt::UserRole + 1, CommentAuthorRole, CommentBodyRole };

QString when(const Event &event)
{
    const QLocale locale;
    const QString start = locale.toString(
        QDateTime::fromMSecsSinceEpoch(event.startsAt).toLocalTime(), QLocale::LongFormat);
    if (!event.endsAt)
        return start;
    return EventDetailPane::tr("%1 until %2")
        .arg(start,
            locale.toString(
                QDateTime::fromMSecsSinceEpoch(*event.endsAt).toLocalTime(), QLocale::ShortFormat));
}

} // namespace

EventDetailPane::EventDetailPane(EventService &events, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_session(session)
{
    setObjectName(QStringLiteral("eventDetail"));
    auto named = [this](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    m_title = named(new QLabel(this), "detailTitle");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_when = named(new QLabel(this), "detailWhen");
    m_where = named(new QLabel(this), "detailWhere");
    m_participants = named(new QLabel(this), "detailParticipants");
    m_owner = named(new QLabel(this), "detailOwner");
    m_description = named(new QTextBrowser(this), "detailDescription");
    m_join = named(new QPushButton(tr("Join"), this), "joinButton");
    m_edit = named(new QPushButton(tr("Edit…"), this), "editEventButton");
    m_delete = named(new QPushButton(tr("Delete"), this), "deleteEventButton");
    m_comments = named(new QListWidget(this), "commentList");
    m_comments->setWordWrap(true);
    m_commentInput = named(new QPlainTextEdit(this), "commentInput");
    m_commentInput->setPlaceholderText(tr("Write a comment"));
    m_commentInput->setMaximumHeight(70);
    m_addComment = named(new QPushButton(tr("Add comment"), this), "addCommentButton");
    m_editComment = named(new QPushButton(tr("Edit comment"), this), "editCommentButton");
    m_deleteComment = named(new QPushButton(tr("Delete comment"), this), "deleteCommentButton");
    m_error = named(new QLabel(this), "detailError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_join);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    auto *commentActions = new QHBoxLayout;
    commentActions->addWidget(m_addComment);
    commentActions->addWidget(m_editComment);
    commentActions->addWidget(m_deleteComment);
    commentActions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_where);
    layout->addWidget(m_owner);
    layout->addWidget(m_participants);
    layout->addLayout(actions);
    layout->addWidget(m_description, 2);
    layout->addWidget(new QLabel(tr("Comments"), this));
    layout->addWidget(m_comments, 3);
    layout->addWidget(m_commentInput);
    layout->addLayout(commentActions);
    layout->addWidget(m_error);

    connect(m_join, &QPushButton::clicked, this, &EventDetailPane::toggleParticipation);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_eventId); });
    connect(m_delete, &QPushButton::clicked, this, &EventDetailPane::deleteEvent);
    connect(m_addComment, &QPushButton::clicked, this, &EventDetailPane::submitComment);
    connect(m_editComment, &QPushButton::clicked, this, &EventDetailPane::editSelectedComment);
    connect(m_deleteComment, &QPushButton::clicked, this, &EventDetailPane::deleteSelectedComment);
    connect(
        m_comments, &QListWidget::currentRowChanged, this, &EventDetailPane::updateCommentButtons);
    connect(&m_session, &Session::changed, this, &EventDetailPane::reload);
    setEvent(0);
}

void EventDetailPane::setEvent(qint64 id)
{
    if (id != m_eventId) {
        m_editingCommentId = 0;
        m_commentInput->clear();
        m_error->clear();
    }
    m_eventId = id;
    reload();
}

void EventDetailPane::reload()
{
    auto event = m_eventId ? m_events.event(m_eventId, m_session.userId())
                           : Result<Event>(Error::notFound(QString()));
    const bool shown = bool(event);
    const qint64 me = m_session.userId();
    if (!shown) {
        m_event = Event {};
        m_title->setText(m_eventId ? tr("This event was deleted.") : tr("No event selected"));
        for (QLabel *label : {m_when, m_where, m_participants, m_owner})
            label->clear();
        m_description->clear();
        m_comments->clear();
    } else {
        m_event = *event;
        m_title->setText(m_event.title);
        m_when->setText(when(m_event));
        m_where->setText(m_event.location.isEmpty() ? tr("No place given")
                                                    : tr("Place: %1").arg(m_event.location));
        m_owner->setText(m_event.isImported() ? tr("Imported from %1").arg(m_event.source)
                                              : tr("Organised by %1").arg(m_event.ownerHandle));
        m_participants->setText(tr("%n participant(s)", nullptr, int(m_event.participantCount)));
        m_description->setPlainText(m_event.description);

        const qint64 selected = m_comments->currentItem()
            ? m_comments->currentItem()->data(CommentIdRole).toLongLong()
            : 0;
        m_comments->clear();
        QString cursor;
        do {
            auto page = m_events.comments(m_eventId, EventLimits::pageMax, cursor);
            if (!page)
                break;
            for (const Comment &comment : std::as_const(page->items)) {
                auto *item = new QListWidgetItem(
                    tr("%1: %2").arg(comment.authorName, comment.body), m_comments);
                item->setData(CommentIdRole, comment.id);
                item->setData(CommentAuthorRole, comment.authorId);
                item->setData(CommentBodyRole, comment.body);
                if (comment.id == selected)
                    m_comments->setCurrentItem(item);
            }
            cursor = page->nextCursor;
        } while (!cursor.isEmpty());
    }
    m_join->setEnabled(shown && me != 0);
    m_join->setText(m_event.joined ? tr("Withdraw") : tr("Join"));
    const bool owner = shown && me != 0 && m_event.ownerId == me;
    m_edit->setVisible(owner);
    m_delete->setVisible(owner);
    m_commentInput->setEnabled(shown && me != 0);
    m_addComment->setEnabled(shown && me != 0);
    updateCommentButtons();
}

void EventDetailPane::updateCommentButtons()
{
    const QListWidgetItem *item = m_comments->currentItem();
    const bool mine = item && m_session.userId() != 0
        && item->data(CommentAuthorRole).toLongLong() == m_session.userId();
    m_editComment->setEnabled(mine);
    m_deleteComment->setEnabled(mine);
    m_addComment->setText(m_editingCommentId ? tr("Save comment") : tr("Add comment"));
}

void EventDetailPane::showError(const QString &message)
{
    m_error->setText(message);
}

void EventDetailPane::toggleParticipation()
{
    auto done = m_event.joined ? m_events.withdraw(m_eventId, m_session.userId())
                               : m_events.join(m_eventId, m_session.userId());
    if (!done) {
        showError(done.error().message);
        return;
    }
    m_error->clear();
    reload();
}

void EventDetailPane::deleteEvent()
{
    if (m_confirmDeletes
        && QMessageBox::question(this, tr("Delete event"),
               tr("Delete \"%1\" with its participants and comments?").arg(m_event.title))
            != QMessageBox::Yes)
        return;
    auto removed = m_events.remove(m_eventId, m_session.userId(), m_event.version);
    if (!removed) {
        showError(removed.error().message);
        return;
    }
    setEvent(0);
}

void EventDetailPane::submitComment()
{
    const QString body = m_commentInput->toPlainText();
    auto saved = m_editingCommentId
        ? m_events.editComment(m_editingCommentId, m_session.userId(), body)
        : m_events.addComment(m_eventId, m_session.userId(), body);
    if (!saved) {
        showError(saved.error().fields.isEmpty()
                ? saved.error().message
                : tr("The comment must not be empty and at most %1 characters.")
                      .arg(EventLimits::commentMax));
        return;
    }
    m_error->clear();
    m_editingCommentId = 0;
    m_commentInput->clear();
    reload();
}

void EventDetailPane::editSelectedComment()
{
    const QListWidgetItem *item = m_comments->currentItem();
    if (!item)
        return;
    m_editingCommentId = item->data(CommentIdRole).toLongLong();
    m_commentInput->setPlainText(item->data(CommentBodyRole).toString());
    m_commentInput->setFocus();
    updateCommentButtons();
}

void EventDetailPane::deleteSelectedComment()
{
    const QListWidgetItem *item = m_comments->currentItem();
    if (!item)
        return;
    if (m_confirmDeletes
        && QMessageBox::question(this, tr("Delete comment"), tr("Delete this comment?"))
            != QMessageBox::Yes)
        return;
    auto removed
        = m_events.removeComment(item->data(CommentIdRole).toLongLong(), m_session.userId());
    if (!removed) {
        showError(removed.error().message);
        return;
    }
    reload();
}

} // namespace Eventdesk::Gui
