// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

class Session;

// New / Edit Event: locale-aware date pickers and a time list (any time may also be typed),
// All day, the time zone shown, and inline validation (the service's own rules). A field's
// error shows only once that field was touched; Save stays disabled while anything is wrong and
// its tooltip says why. Moving the start moves the end, keeping the duration. `submit` saves;
// its error is shown in the dialog, which then stays open.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Core::Result<Core::Event>(const Core::EventDraft &)>;

    EventDialog(const Core::EventDraft &initial, Submit submit, QWidget *parent = nullptr);

    Core::EventDraft draft() const;
    Core::Event saved() const { return m_saved; }

    // Opens (open(), deleted on close) the dialog that edits event `id` as the session's user,
    // saving against the version it was read at; nullptr when the event cannot be read.
    static EventDialog *openEditor(
        Core::EventService &events, const Session &session, qint64 id, QWidget *parent);

    // The times the lists offer and read back ("18:00", "6:00 PM"); invalid when unreadable.
    static QTime parseTime(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void validate();
    void startChanged();
    void endChanged();
    void allDayToggled(bool allDay);
    void showTimes(bool show);
    void touch(const QString &field);
    QList<Core::FieldError> problems() const;
    QString message(const Core::FieldError &field) const;
    qint64 startMsecs() const;
    qint64 endMsecs() const;
    void setEnd(qint64 msecs);

    Submit m_submit;
    Core::Event m_saved;
    bool m_hadEnd = true;
    bool m_endTouched = false;
    qint64 m_duration = 3600000;
    QSet<QString> m_touched;
    QString m_submitError;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_startDate = nullptr;
    QComboBox *m_startTime = nullptr;
    QDateEdit *m_endDate = nullptr;
    QComboBox *m_endTime = nullptr;
    QLabel *m_startAt = nullptr;
    QLabel *m_endAt = nullptr;
    QCheckBox *m_allDay = nullptr;
    QLabel *m_zone = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Eventdesk::Gui
