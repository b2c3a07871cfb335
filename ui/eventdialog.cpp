// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdialog.h"
#include "eventservice.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

EventDialog::EventDialog(const EventDraft &initial, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(initial.title.isEmpty() ? tr("New event") : tr("Edit event"));

    m_title = new QLineEdit(initial.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(EventLimits::titleMax + 1); // one over, so the message can show
    m_starts = new QDateTimeEdit(this);
    m_starts->setObjectName(QStringLiteral("startsEdit"));
    m_starts->setCalendarPopup(true);
    m_starts->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const qint64 startsAt = initial.startsAt != 0
        ? initial.startsAt
        : (QDateTime::currentMSecsSinceEpoch() / 3600000 + 24) * 3600000;
    m_starts->setDateTime(QDateTime::fromMSecsSinceEpoch(startsAt).toLocalTime());
    m_hasEnd = new QCheckBox(tr("Ends"), this);
    m_hasEnd->setObjectName(QStringLiteral("hasEndCheck"));
    m_hasEnd->setChecked(initial.endsAt.has_value());
    m_ends = new QDateTimeEdit(this);
    m_ends->setObjectName(QStringLiteral("endsEdit"));
    m_ends->setCalendarPopup(true);
    m_ends->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_ends->setDateTime(
        QDateTime::fromMSecsSinceEpoch(initial.endsAt.value_or(startsAt + 2 * 3600000))
            .toLocalTime());
    m_ends->setEnabled(m_hasEnd->isChecked());
    m_location = new QLineEdit(initial.location, this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_description = new QPlainTextEdit(initial.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));

    auto *ends = new QHBoxLayout;
    ends->addWidget(m_hasEnd);
    ends->addWidget(m_ends, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts:"), m_starts);
    form->addRow(QString(), ends);
    form->addRow(tr("&Place:"), m_location);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_ends, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_location, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EventDialog::validate);
    connect(m_starts, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::validate);
    connect(m_ends, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::validate);
    validate();
}

EventDraft EventDialog::draft() const
{
    EventDraft draft;
    draft.title = m_title->text();
    draft.description = m_description->toPlainText();
    draft.location = m_location->text();
    draft.startsAt = m_starts->dateTime().toMSecsSinceEpoch();
    if (m_hasEnd->isChecked())
        draft.endsAt = m_ends->dateTime().toMSecsSinceEpoch();
    return draft;
}

void EventDialog::showErrors(const QList<FieldError> &fields, const QString &fallback)
{
    QStringList lines;
    for (const FieldError &field : fields) {
        if (field.field == QLatin1String("title"))
            lines.append(m_title->text().trimmed().isEmpty()
                    ? tr("The title must not be empty.")
                    : tr("The title must be at most %1 characters.").arg(EventLimits::titleMax));
        else if (field.field == QLatin1String("ends_at"))
            lines.append(tr("The end must not be before the start."));
        else if (field.field == QLatin1String("location"))
            lines.append(
                tr("The place must be at most %1 characters.").arg(EventLimits::locationMax));
        else if (field.field == QLatin1String("description"))
            lines.append(tr("The description must be at most %1 characters.")
                             .arg(EventLimits::descriptionMax));
        else
            lines.append(tr("%1: %2").arg(field.field, field.message));
    }
    if (lines.isEmpty() && !fallback.isEmpty())
        lines.append(fallback);
    m_error->setText(lines.join(u'\n'));
}

void EventDialog::validate()
{
    const QList<FieldError> fields = EventService::validate(draft());
    showErrors(fields, {});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(fields.isEmpty());
}

void EventDialog::accept()
{
    const EventDraft current = draft();
    if (!EventService::validate(current).isEmpty())
        return;
    auto saved = m_submit ? m_submit(current) : Result<Event>(Event {});
    if (!saved) {
        showErrors(saved.error().fields, saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace Eventdesk::Gui
