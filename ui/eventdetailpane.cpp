// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetailpane.h"
#include "eventpalette.h"
#include "eventservice.h"
#include "eventtext.h"
#include "session.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

enum CommentRole { CommentIdRole = Qt::UserRole + 1, CommentAuthorRole, CommentBodyRole };

QString price(const Event &event, const QLocale &locale)
{
    if (!event.minPrice && !event.maxPrice)
        return {};
    const double low = event.minPrice.value_or(*event.maxPrice);
    const double high = event.maxPrice.value_or(low);
    if (high <= 0)
        return EventDetailPane::tr("Free");
    const QString euro = QStringLiteral("€");
    const auto money
        = [&](double v) { return locale.toCurrencyString(v, euro, v == qRound(v) ? 0 : 2); };
    if (qFuzzyCompare(low, high))
        return money(low);
    //: A price range: "€12 – €30".
    return EventDetailPane::tr("%1 – %2").arg(money(low), money(high));
}

// A label that wraps and never asks for more width: the pane keeps its width whatever it shows.
QLabel *wrapping(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
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
    m_title = wrapping(this, "detailTitle");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_when = wrapping(this, "detailWhen");
    m_badges = named(new QWidget(this), "detailBadges");
    m_badges->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badgeLayout = new QHBoxLayout(m_badges);
    m_badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_where = wrapping(this, "detailWhere");
    m_participants = wrapping(this, "detailParticipants");
    m_owner = wrapping(this, "detailOwner");
    m_price = wrapping(this, "detailPrice");
    m_description = named(new QTextBrowser(this), "detailDescription");
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_join = named(new QPushButton(this), "joinButton");
    m_join->setDefault(true);
    m_edit = named(new QPushButton(this), "editEventButton");
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_delete = named(new QPushButton(this), "deleteEventButton");
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_commentsLabel = new QLabel(this);
    QFont heading = m_commentsLabel->font();
    heading.setBold(true);
    m_commentsLabel->setFont(heading);
    m_comments = named(new QListWidget(this), "commentList");
    m_comments->setWordWrap(true);
    m_comments->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_commentsLabel->setBuddy(m_comments);
    m_commentInput = named(new QPlainTextEdit(this), "commentInput");
    m_commentInput->setMaximumHeight(fontMetrics().height() * 4);
    m_commentInput->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_addComment = named(new QPushButton(this), "addCommentButton");
    m_editComment = named(new QPushButton(this), "editCommentButton");
    m_deleteComment = named(new QPushButton(this), "deleteCommentButton");
    m_error = wrapping(this, "detailError");
    m_error->setStyleSheet(QStringLiteral("color: #c01c28"));
    auto *post = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_commentInput);
    post->setContext(Qt::WidgetShortcut);
    connect(post, &QShortcut::activated, this, &EventDetailPane::submitComment);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_join);
    actions->addWidget(m_edit);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    auto *commentActions = new QHBoxLayout;
    commentActions->addWidget(m_addComment);
    commentActions->addStretch(1);
    commentActions->addWidget(m_editComment);
    commentActions->addWidget(m_deleteComment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_badges);
    layout->addLayout(actions);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(m_where);
    layout->addWidget(m_owner);
    layout->addWidget(m_participants);
    layout->addWidget(m_price);
    layout->addWidget(m_description, 2);
    layout->addWidget(m_commentsLabel);
    layout->addWidget(m_comments, 3);
    layout->addWidget(m_commentInput);
    layout->addLayout(commentActions);
    layout->addWidget(m_error);

    connect(m_join, &QPushButton::clicked, this, &EventDetailPane::toggleParticipation);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_eventId); });
    connect(m_delete, &QPushButton::clicked, this, &EventDetailPane::confirmDelete);
    connect(m_addComment, &QPushButton::clicked, this, &EventDetailPane::submitComment);
    connect(m_editComment, &QPushButton::clicked, this, &EventDetailPane::editSelectedComment);
    connect(m_deleteComment, &QPushButton::clicked, this, &EventDetailPane::deleteSelectedComment);
    connect(
        m_comments, &QListWidget::currentRowChanged, this, &EventDetailPane::updateCommentButtons);
    connect(&m_session, &Session::changed, this, &EventDetailPane::reload);
    updateTexts();
    setEvent(0);
}

QSize EventDetailPane::sizeHint() const
{
    // About 40 characters wide, whatever the event.
    return QSize(
        qMax(minimumWidth(), fontMetrics().averageCharWidth() * 40), QWidget::sizeHint().height());
}

void EventDetailPane::updateTexts()
{
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Change this event"));
    m_delete->setText(tr("De&lete…"));
    m_delete->setToolTip(tr("Delete this event for everyone"));
    m_commentsLabel->setText(tr("&Comments"));
    m_commentInput->setPlaceholderText(tr("Write a comment"));
    m_commentInput->setToolTip(tr("Ctrl+Enter posts the comment"));
    m_editComment->setText(tr("Edit c&omment"));
    m_deleteComment->setText(tr("&Remove comment"));
    // The pane's width never follows what it shows: it is wide enough for its widest row of
    // buttons in any state from the start (texts change with the event and the language).
    const auto widest = [](QPushButton *button, const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts) {
            button->setText(text);
            width = qMax(width, button->sizeHint().width());
        }
        return width;
    };
    const int spacing = layout()->spacing() >= 0
        ? layout()->spacing()
        : style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const int actions = widest(m_join, {tr("&Join"), tr("W&ithdraw")}) + m_edit->sizeHint().width()
        + m_delete->sizeHint().width() + 2 * spacing;
    const int comments = widest(m_addComment, {tr("&Post comment"), tr("&Save comment")})
        + m_editComment->sizeHint().width() + m_deleteComment->sizeHint().width() + 2 * spacing;
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(qMax(qMax(actions, comments), fontMetrics().averageCharWidth() * 30)
        + margins.left() + margins.right());
    reload();
}

void EventDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QLocale locale;
    while (QLayoutItem *item = m_badgeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!shown) {
        m_event = Event {};
        m_title->setText(
            m_eventId ? tr("This event was deleted.") : tr("Select an event to see its details"));
        for (QLabel *label : {m_when, m_where, m_participants, m_owner, m_price})
            label->clear();
        m_when->setToolTip({});
        m_description->clear();
        m_comments->clear();
    } else {
        m_event = *event;
        m_title->setText(m_event.title);
        m_when->setText(EventText::when(m_event, now));
        m_when->setToolTip(
            locale.toString(QDateTime::fromMSecsSinceEpoch(m_event.startsAt).toLocalTime().date(),
                QLocale::LongFormat));
        for (const EventPalette::Badge &badge : EventPalette::badges(m_event, me, now)) {
            auto *label = new QLabel(badge.text, m_badges);
            label->setObjectName(QStringLiteral("badge"));
            label->setToolTip(badge.toolTip);
            const QColor background = EventPalette::badgeBackground(palette(), badge.hue);
            label->setStyleSheet(
                QStringLiteral("QLabel { background: %1; color: %2; border-radius: %3px; "
                               "padding: 1px %4px; }")
                    .arg(background.name(), palette().color(QPalette::Text).name())
                    .arg(fontMetrics().height() / 4)
                    .arg(fontMetrics().height() / 3));
            m_badgeLayout->addWidget(label);
        }
        m_badgeLayout->addStretch(1);
        m_where->setText(m_event.location);
        m_where->setVisible(!m_event.location.isEmpty());
        if (m_event.isImported())
            m_owner->setText(
                tr("Imported from “%1”. Changes at the source appear after the next sync.")
                    .arg(m_event.source));
        else
            m_owner->setText(
                tr("Organized by %1")
                    .arg(m_event.ownerName.isEmpty() ? m_event.ownerHandle : m_event.ownerName));
        const int going = int(m_event.participantCount);
        const auto names
            = going ? m_events.participantNames(m_eventId, 3) : Result<QStringList>(QStringList());
        if (going == 0)
            m_participants->setText(tr("Nobody has joined yet"));
        else if (names && !names->isEmpty())
            //: %n people joined; %1 the first names ("3 going: Ann, Ben, Cy").
            m_participants->setText(
                tr("%n going: %1", nullptr, going)
                    .arg(names->join(tr(", "))
                        + (going > names->size() ? QStringLiteral("…") : QString())));
        else
            m_participants->setText(tr("%n going", nullptr, going));
        const QString cost = price(m_event, locale);
        m_price->setText(cost);
        m_price->setVisible(!cost.isEmpty());
        if (m_event.description.trimmed().isEmpty())
            m_description->setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                       .arg(palette().color(QPalette::PlaceholderText).name(),
                                           tr("No description").toHtmlEscaped()));
        else
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
                //: A comment: author, when (“2 hours ago”), then the text on the next line.
                auto *item = new QListWidgetItem(
                    tr("%1 · %2\n%3")
                        .arg(comment.authorDisplayName, EventText::relative(comment.createdAt, now),
                            comment.body),
                    m_comments);
                item->setToolTip(
                    locale.toString(QDateTime::fromMSecsSinceEpoch(comment.createdAt).toLocalTime(),
                        QLocale::ShortFormat));
                item->setData(CommentIdRole, comment.id);
                item->setData(CommentAuthorRole, comment.authorId);
                item->setData(CommentBodyRole, comment.body);
                if (comment.id == selected)
                    m_comments->setCurrentItem(item);
            }
            cursor = page->nextCursor;
        } while (!cursor.isEmpty());
    }
    // Join is the primary action; an event that has ended is not offered (withdrawing stays).
    const bool ended = shown && EventService::hasEnded(m_event, now);
    m_join->setText(m_event.joined ? tr("W&ithdraw") : tr("&Join"));
    m_join->setToolTip(me == 0 ? tr("Sign in to join events")
            : m_event.joined   ? tr("Leave this event")
                               : tr("Take part in this event"));
    m_join->setVisible(shown && (m_event.joined || !ended));
    m_join->setEnabled(shown && me != 0);
    const bool owner = shown && me != 0 && m_event.ownerId == me;
    m_edit->setVisible(owner);
    m_delete->setVisible(owner);
    m_badges->setVisible(shown);
    m_commentsLabel->setVisible(shown);
    m_comments->setVisible(shown);
    m_commentInput->setVisible(shown);
    m_addComment->setVisible(shown);
    m_editComment->setVisible(shown);
    m_deleteComment->setVisible(shown);
    m_description->setVisible(shown);
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
    m_addComment->setText(m_editingCommentId ? tr("&Save comment") : tr("&Post comment"));
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
        showError(done.error().code == QLatin1String("event_ended")
                ? tr("This event has ended and can no longer be joined.")
                : done.error().message);
        reload();
        return;
    }
    m_error->clear();
    reload();
}

void EventDetailPane::confirmDelete()
{
    if (!m_confirmDeletes) {
        deleteEvent();
        return;
    }
    // Not exec(): the window keeps running (and tests can find and answer the box).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Event"),
        tr("Delete “%1”?").arg(m_event.title), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteEventBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int going = int(m_event.participantCount);
    box->setInformativeText(going
            ? tr("%n people joined it. It disappears for them too, with its comments.", nullptr,
                going)
            : tr("It is deleted with its comments. This can't be undone."));
    QPushButton *remove = box->addButton(tr("&Delete Event"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    const qint64 id = m_eventId;
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove && id == m_eventId)
            deleteEvent();
    });
    box->open();
}

void EventDetailPane::deleteEvent()
{
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
        && QMessageBox::question(this, tr("Remove Comment"), tr("Remove this comment?"))
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

void placeBesideDetailPane(
    QWidget *page, QWidget *content, EventDetailPane *detail, const QString &objectName)
{
    auto *splitter = new QSplitter(page);
    splitter->setObjectName(objectName);
    splitter->addWidget(content);
    splitter->addWidget(detail);
    // The content takes the room; the pane keeps its own width, so list columns are not
    // squeezed behind a horizontal scroll bar beside an empty pane.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

} // namespace Eventdesk::Gui
