// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "accountvalidation.h"
#include "authservice.h"
#include "background.h"
#include "errortext.h"

#include "layoututil.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

AccountDialog::AccountDialog(Core::AuthService &auth, QThreadPool &workers, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_workers(workers)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    setMinimumWidth(420);
}

AccountDialog::Field AccountDialog::addField(
    const QString &objectName, const QString &label, const QString &apiName, bool password)
{
    Field field;
    field.apiName = apiName;
    field.edit = new QLineEdit(this);
    field.edit->setObjectName(objectName + QStringLiteral("Edit"));
    if (password)
        field.edit->setEchoMode(QLineEdit::Password);
    field.error = new QLabel(this);
    field.error->setObjectName(objectName + QStringLiteral("Error"));
    field.error->setWordWrap(true);
    field.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    field.error->hide();
    m_form->addRow(label, field.edit);
    m_form->addRow(QString(), field.error);
    m_fields.append(field);
    // Once a field shows a problem, it follows the typing, so the user sees it go away.
    connect(field.edit, &QLineEdit::textChanged, this, [this, error = field.error] {
        if (m_validating && error->isVisible())
            validate(false);
    });
    connect(field.edit, &QLineEdit::editingFinished, this, [this] {
        if (m_validating && !m_busy)
            validate(false);
    });
    return field;
}

void AccountDialog::finishLayout(const QString &submitText)
{
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Keeps the login in the system keychain until you log out."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_submit = m_buttons->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_remember);
    layout->addWidget(m_message);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

bool AccountDialog::rememberMe() const
{
    return m_remember->isChecked();
}

void AccountDialog::setFieldError(const Field &field, const QString &message)
{
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
    growToFit(this);
}

void AccountDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    growToFit(this);
}

QString AccountDialog::localProblem(const QString &) const
{
    return {};
}

void AccountDialog::submit()
{
    if (m_busy)
        return;
    setMessage({});
    if (!validate(true))
        return;
    setBusy(true);
    const int call = ++m_call;
    runInBackground<Core::Result<Core::AuthSession>>(
        m_workers, this, makeCall(), [this, call](const Core::Result<Core::AuthSession> &result) {
            if (call == m_call)
                finished(result);
        });
}

void AccountDialog::finished(const Core::Result<Core::AuthSession> &result)
{
    setBusy(false);
    if (!result) {
        showServiceError(result.error());
        return;
    }
    m_session = *result;
    QDialog::accept();
}

void AccountDialog::showServiceError(const Core::Error &error)
{
    // Field problems under their fields; the rest in the message, worded by the one error-text
    // helper (translated, with what to do next).
    Core::Error rest = error;
    rest.fields.clear();
    for (const Core::FieldError &fieldError : error.fields) {
        const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(),
            [&](const Field &f) { return f.apiName == fieldError.field; });
        if (field == m_fields.cend()) {
            rest.fields.append(fieldError);
            continue;
        }
        const QString local = localProblem(field->apiName);
        setFieldError(*field, local.isEmpty() ? translatedRuleMessage(fieldError.message) : local);
    }
    if (error.kind == Core::ErrorKind::RateLimited || !rest.fields.isEmpty()
        || error.fields.isEmpty())
        setMessage(errorText(rest));
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (const Field &field : std::as_const(m_fields))
        field.edit->setReadOnly(busy);
    m_remember->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_busyLabel->setText(busy ? busyText() : QString());
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    Q_EMIT busyChanged(busy);
}

void AccountDialog::reject()
{
    // A call still running finishes on its thread; its result is dropped.
    ++m_call;
    if (m_busy)
        setBusy(false);
    QDialog::reject();
}

} // namespace Eventdesk::Gui
