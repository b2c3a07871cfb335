// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QHBoxLayout;

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

class Session;

// The selected event (UX guide §5): title, one human line for when, badges, Join / Withdraw as
// the primary action (not offered once an event has ended), Edit… and Delete… for the owner
// (Delete confirmed with a named button, Cancel the default), place, organizer and who joined,
// price for imported plans, description, and comments with add/edit/delete of one's own.
// Its width does not follow its content: long titles and places wrap.
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

    QSize sizeHint() const override;

Q_SIGNALS:
    void editRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void toggleParticipation();
    void confirmDelete();
    void deleteEvent();
    void submitComment();
    void editSelectedComment();
    void deleteSelectedComment();
    void updateCommentButtons();
    void updateTexts();
    void showError(const QString &message);

    Core::EventService &m_events;
    Session &m_session;
    qint64 m_eventId = 0;
    Core::Event m_event;
    qint64 m_editingCommentId = 0;
    bool m_confirmDeletes = true;

    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QWidget *m_badges = nullptr;
    QHBoxLayout *m_badgeLayout = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_participants = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_price = nullptr;
    QTextBrowser *m_description = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_commentsLabel = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_commentInput = nullptr;
    QPushButton *m_addComment = nullptr;
    QPushButton *m_editComment = nullptr;
    QPushButton *m_deleteComment = nullptr;
    QLabel *m_error = nullptr;
};

// Fills page with content beside the detail pane in a splitter named objectName: the content
// takes the room and the pane keeps its own width (the calendar and the list pages), with no
// margins, so the content comes first.
void placeBesideDetailPane(
    QWidget *page, QWidget *content, EventDetailPane *detail, const QString &objectName);

} // namespace Eventdesk::Gui
