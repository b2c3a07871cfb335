// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

class Session;

// The selected event: description, date, place, participants and comments; Join/Withdraw,
// Edit/Delete for the owner, and add/edit/delete of one's own comments.
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    EventDetailPane(Core::EventService &events, Session &session, QWidget *parent = nullptr);

    void setEvent(qint64 id); // 0: nothing selected
    qint64 eventId() const { return m_eventId; }
    // Reads the event and its comments again (after a change).
    void reload();
    // Tests switch the "really delete?" question off.
    void setConfirmDeletes(bool confirm) { m_confirmDeletes = confirm; }

Q_SIGNALS:
    void editRequested(qint64 id);

private:
    void toggleParticipation();
    void deleteEvent();
    void submitComment();
    void editSelectedComment();
    void deleteSelectedComment();
    void updateCommentButtons();
    void showError(const QString &message);

    Core::EventService &m_events;
    Session &m_session;
    qint64 m_eventId = 0;
    Core::Event m_event;
    qint64 m_editingCommentId = 0;
    bool m_confirmDeletes = true;

    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_participants = nullptr;
    QLabel *m_owner = nullptr;
    QTextBrowser *m_description = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_commentInput = nullptr;
    QPushButton *m_addComment = nullptr;
    QPushButton *m_editComment = nullptr;
    QPushButton *m_deleteComment = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Eventdesk::Gui
