// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Eventdesk::Gui {

// New / Edit event: date-time pickers and inline validation (the service's own rules, shown
// as you type; OK stays disabled while a field is wrong). `submit` saves; its error is shown
// in the dialog, which then stays open.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Core::Result<Core::Event>(const Core::EventDraft &)>;

    EventDialog(const Core::EventDraft &initial, Submit submit, QWidget *parent = nullptr);

    Core::EventDraft draft() const;
    Core::Event saved() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void validate();
    void showErrors(const QList<Core::FieldError> &fields, const QString &fallback);

    Submit m_submit;
    Core::Event m_saved;
    QLineEdit *m_title = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateTimeEdit *m_ends = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Eventdesk::Gui
