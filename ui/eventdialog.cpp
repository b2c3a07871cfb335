// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdialog.h"
#include "eventservice.h"
#include "eventtext.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

constexpr qint64 day = 24 * 3600000LL;

QComboBox *timeList(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(12);
    for (int half = 0; half < 48; ++half)
        combo->addItem(
            EventText::time(QTime(half / 2, half % 2 * 30)), QTime(half / 2, half % 2 * 30));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QDateEdit *datePicker(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

void setTime(QComboBox *combo, QTime time)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(time);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(EventText::time(time));
}

} // namespace

QTime EventDialog::parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QLocale locale;
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    for (const QString &f :
        {format, QStringLiteral("H:mm"), QStringLiteral("HH:mm"), QStringLiteral("h:mm AP"),
            QStringLiteral("h:mmAP"), QStringLiteral("h AP"), QStringLiteral("H")}) {
        QString noSeconds = f;
        noSeconds.remove(QStringLiteral(":ss"));
        const QTime time = locale.toTime(trimmed, noSeconds);
        if (time.isValid())
            return time;
    }
    return {};
}

EventDialog::EventDialog(const EventDraft &initial, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("eventDialog"));
    const bool editing = !initial.title.isEmpty();
    setWindowTitle(editing ? tr("Edit Event") : tr("New Event"));

    m_title = new QLineEdit(initial.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(EventLimits::titleMax + 1); // one over, so the message can show
    m_title->setPlaceholderText(tr("What is happening?"));
    m_startDate = datePicker(this, "startDateEdit");
    m_startTime = timeList(this, "startTimeEdit");
    m_startTime->setAccessibleName(tr("Start time"));
    m_endDate = datePicker(this, "endDateEdit");
    m_endTime = timeList(this, "endTimeEdit");
    m_endTime->setAccessibleName(tr("End time"));
    m_startAt = new QLabel(tr("&at"), this);
    m_startAt->setBuddy(m_startTime);
    m_endAt = new QLabel(tr("a&t"), this);
    m_endAt->setBuddy(m_endTime);
    m_allDay = new QCheckBox(tr("All &day"), this);
    m_allDay->setObjectName(QStringLiteral("allDayCheck"));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("timeZoneLabel"));
    //: The time zone the dialog's times are in: "Times in Europe/Madrid (CET)".
    m_zone->setText(tr("Times in %1 (%2)")
                        .arg(QString::fromUtf8(zone.id()),
                            zone.displayName(QDateTime::currentDateTime(), QTimeZone::ShortName)));
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    m_location = new QLineEdit(initial.location, this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_description = new QPlainTextEdit(initial.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sa&ve"));

    // Initial times: the draft's, else tomorrow at the next full hour, an hour long.
    const qint64 startsAt = initial.startsAt != 0
        ? initial.startsAt
        : (QDateTime::currentMSecsSinceEpoch() / 3600000 + 24) * 3600000;
    m_hadEnd = initial.endsAt.has_value() || initial.startsAt == 0;
    const qint64 endsAt = initial.endsAt.value_or(startsAt + 3600000);
    m_duration = qMax<qint64>(0, endsAt - startsAt);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startsAt).toLocalTime();
    m_startDate->setDate(start.date());
    setTime(m_startTime, start.time());
    Event probe;
    probe.startsAt = startsAt;
    probe.endsAt = endsAt;
    const bool allDay = initial.endsAt && EventText::isAllDay(probe);
    setEnd(endsAt);
    if (allDay) {
        const QSignalBlocker blocker(m_endDate);
        m_endDate->setDate(EventText::lastDay(probe));
    }
    m_allDay->setChecked(allDay);

    auto row = [this](QDateEdit *date, QLabel *at, QComboBox *time) {
        auto *box = new QHBoxLayout;
        box->addWidget(date);
        box->addWidget(at);
        box->addWidget(time);
        box->addStretch(1);
        return box;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Tit&le:"), m_title);
    auto *startsLabel = new QLabel(tr("&Starts:"), this);
    startsLabel->setBuddy(m_startDate);
    form->addRow(startsLabel, row(m_startDate, m_startAt, m_startTime));
    auto *endsLabel = new QLabel(tr("&Ends:"), this);
    endsLabel->setBuddy(m_endDate);
    form->addRow(endsLabel, row(m_endDate, m_endAt, m_endTime));
    form->addRow(QString(), m_allDay);
    form->addRow(QString(), m_zone);
    form->addRow(tr("&Place:"), m_location);
    form->addRow(tr("Descr&iption:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    connect(m_allDay, &QCheckBox::toggled, this, &EventDialog::allDayToggled);
    connect(m_title, &QLineEdit::textEdited, this, [this] { touch(QStringLiteral("title")); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { touch(QStringLiteral("title")); });
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(
        m_location, &QLineEdit::textEdited, this, [this] { touch(QStringLiteral("location")); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
        [this] { touch(QStringLiteral("description")); });
    connect(m_startDate, &QDateEdit::dateChanged, this, &EventDialog::startChanged);
    connect(m_startTime, &QComboBox::currentTextChanged, this, &EventDialog::startChanged);
    connect(m_endDate, &QDateEdit::dateChanged, this, &EventDialog::endChanged);
    connect(m_endTime, &QComboBox::currentTextChanged, this, &EventDialog::endChanged);
    showTimes(!allDay);
    validate();
}

qint64 EventDialog::startMsecs() const
{
    const QTime time = m_allDay->isChecked() ? QTime(0, 0) : parseTime(m_startTime->currentText());
    return time.isValid() ? QDateTime(m_startDate->date(), time).toMSecsSinceEpoch() : 0;
}

qint64 EventDialog::endMsecs() const
{
    if (m_allDay->isChecked())
        return m_endDate->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    const QTime time = parseTime(m_endTime->currentText());
    return time.isValid() ? QDateTime(m_endDate->date(), time).toMSecsSinceEpoch() : 0;
}

void EventDialog::setEnd(qint64 msecs)
{
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
    const QSignalBlocker blockDate(m_endDate);
    m_endDate->setDate(end.date());
    setTime(m_endTime, end.time());
}

void EventDialog::startChanged()
{
    touch(QStringLiteral("starts_at"));
    const qint64 start = startMsecs();
    if (start == 0)
        return;
    // The end follows, keeping the duration.
    if (m_allDay->isChecked()) {
        const QSignalBlocker blocker(m_endDate);
        m_endDate->setDate(m_startDate->date().addDays(qMax<qint64>(0, m_duration / day - 1)));
    } else {
        setEnd(start + m_duration);
    }
    validate();
}

void EventDialog::endChanged()
{
    m_endTouched = true;
    touch(QStringLiteral("ends_at"));
    const qint64 start = startMsecs();
    const qint64 end = endMsecs();
    if (start != 0 && end != 0 && end >= start)
        m_duration = end - start;
    validate();
}

void EventDialog::showTimes(bool show)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_startTime), static_cast<QWidget *>(m_endTime),
             static_cast<QWidget *>(m_startAt), static_cast<QWidget *>(m_endAt)})
        widget->setVisible(show);
}

void EventDialog::allDayToggled(bool allDay)
{
    showTimes(!allDay);
    const qint64 start = startMsecs();
    const qint64 end = endMsecs();
    if (start != 0 && end != 0)
        m_duration = qMax<qint64>(allDay ? day : 0, end - start);
    if (!allDay && m_duration % day == 0 && m_duration > 0) {
        // Back from all day: an hour at the start's time.
        m_duration = 3600000;
        setEnd(startMsecs() + m_duration);
    }
    validate();
}

void EventDialog::touch(const QString &field)
{
    m_touched.insert(field);
    m_submitError.clear();
    validate();
}

EventDraft EventDialog::draft() const
{
    EventDraft draft;
    draft.title = m_title->text();
    draft.description = m_description->toPlainText();
    draft.location = m_location->text();
    draft.startsAt = startMsecs();
    // An event that had no end keeps none unless the end was changed.
    if (m_hadEnd || m_endTouched || m_allDay->isChecked())
        draft.endsAt = endMsecs();
    return draft;
}

QList<FieldError> EventDialog::problems() const
{
    QList<FieldError> fields;
    if (!m_allDay->isChecked() && !parseTime(m_startTime->currentText()).isValid())
        fields.append({QStringLiteral("starts_at"), QStringLiteral("time")});
    if ((m_hadEnd || m_endTouched) && !m_allDay->isChecked()
        && !parseTime(m_endTime->currentText()).isValid())
        fields.append({QStringLiteral("ends_at"), QStringLiteral("time")});
    if (fields.isEmpty())
        fields = EventService::validate(draft());
    return fields;
}

QString EventDialog::message(const FieldError &field) const
{
    if (field.field == QLatin1String("title"))
        return m_title->text().trimmed().isEmpty()
            ? tr("Enter a title.")
            : tr("The title must be at most %1 characters.").arg(EventLimits::titleMax);
    if ((field.field == QLatin1String("starts_at") || field.field == QLatin1String("ends_at"))
        && field.message == QLatin1String("time"))
        return tr("Enter a time such as %1.").arg(EventText::time(QTime(18, 0)));
    if (field.field == QLatin1String("ends_at"))
        return tr("The end must not be before the start.");
    if (field.field == QLatin1String("location"))
        return tr("The place must be at most %1 characters.").arg(EventLimits::locationMax);
    if (field.field == QLatin1String("description"))
        return tr("The description must be at most %1 characters.")
            .arg(EventLimits::descriptionMax);
    return tr("%1: %2").arg(field.field, field.message);
}

void EventDialog::validate()
{
    const QList<FieldError> fields = problems();
    QStringList shown;
    QStringList all;
    for (const FieldError &field : fields) {
        all.append(message(field));
        // Only what the user has touched; the end also counts as touched with the start.
        if (m_touched.contains(field.field)
            || (field.field == QLatin1String("ends_at")
                && m_touched.contains(QStringLiteral("starts_at"))))
            shown.append(message(field));
    }
    if (!m_submitError.isEmpty() && fields.isEmpty())
        shown.append(m_submitError);
    m_error->setText(shown.join(u'\n'));
    m_error->setVisible(!shown.isEmpty());
    QPushButton *save = m_buttons->button(QDialogButtonBox::Ok);
    save->setEnabled(fields.isEmpty());
    // A disabled action says why.
    save->setToolTip(all.join(u'\n'));
}

void EventDialog::accept()
{
    const EventDraft current = draft();
    if (!problems().isEmpty())
        return;
    auto saved = m_submit ? m_submit(current) : Result<Event>(Event {});
    if (!saved) {
        QStringList lines;
        for (const FieldError &field : saved.error().fields)
            lines.append(message(field));
        m_submitError = lines.isEmpty() ? saved.error().message : lines.join(u'\n');
        m_error->setText(m_submitError);
        m_error->setVisible(true);
        return;
    }
    m_submitError.clear();
    m_saved = *saved;
    QDialog::accept();
}

EventDialog *EventDialog::openEditor(
    EventService &events, const Session &session, qint64 id, QWidget *parent)
{
    auto event = events.event(id, session.userId());
    if (!event)
        return nullptr;
    const qint64 version = event->version;
    auto *dialog = new EventDialog(
        EventDraft::from(*event),
        [&events, &session, id, version](const EventDraft &draft) {
            return events.update(id, session.userId(), draft, version);
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Eventdesk::Gui
