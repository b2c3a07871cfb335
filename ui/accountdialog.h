// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "user.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThreadPool;

namespace Eventdesk::Core {
class AuthService;
}

namespace Eventdesk::Gui {

// What the sign-up and login dialogs share: fields with an error line under each, a "remember
// me" box, a busy state while the slow service call (Argon2id) runs on a pool thread, and the
// service's errors next to the right field or as a message. Accepts once the call succeeded;
// session() then holds the new token and user.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    const Core::AuthSession &session() const { return m_session; }
    bool rememberMe() const;
    bool isBusy() const { return m_busy; }

    void reject() override;

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        QString apiName; // the field name in the service's errors
    };

    AccountDialog(Core::AuthService &auth, QThreadPool &workers, QWidget *parent);

    // Builds the form; call from the subclass constructor after adding fields.
    Field addField(const QString &objectName, const QString &label, const QString &apiName,
        bool password = false);
    void finishLayout(const QString &submitText);

    // Checks every field, shows what is wrong; true when the call may go.
    virtual bool validate(bool showEmpty) = 0;
    // The slow call, with the field values captured by value (runs on a pool thread).
    virtual std::function<Core::Result<Core::AuthSession>()> makeCall() = 0;
    virtual QString busyText() const = 0;
    // A translated message for a service error on a field, or empty to show the service's.
    virtual QString localProblem(const QString &apiName) const;
    // Shows the service's error; subclasses may handle kinds first.
    virtual void showServiceError(const Core::Error &error);

    // Subclass destructors call this: hiding the dialog on destruction moves the focus, which
    // would otherwise validate (a virtual call) on a half-destroyed object.
    void stopValidating() { m_validating = false; }
    bool isValidating() const { return m_validating; }
    void setFieldError(const Field &field, const QString &message);
    void setMessage(const QString &message);
    Core::AuthService &auth() { return m_auth; }

private:
    void submit();
    void setBusy(bool busy);
    void finished(const Core::Result<Core::AuthSession> &result);

    Core::AuthService &m_auth;
    QThreadPool &m_workers;
    QList<Field> m_fields;
    QFormLayout *m_form = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    Core::AuthSession m_session;
    bool m_busy = false;
    bool m_validating = true;
    int m_call = 0; // which call a result belongs to; a cancelled call's result is dropped
};

} // namespace Eventdesk::Gui
