// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersdialog.h"

#include "authservice.h"
#include "session.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using Core::RegistrationMode;
using Core::Role;

UsersDialog::UsersDialog(Core::AuthService &auth, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_session(session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and invitations"));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setHorizontalHeaderLabels({tr("E-mail"), tr("Name"), tr("Role")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_makeAdmin = new QPushButton(tr("Make &administrator"), this);
    m_makeAdmin->setObjectName(QStringLiteral("makeAdminButton"));
    m_makeMember = new QPushButton(tr("Make &member"), this);
    m_makeMember->setObjectName(QStringLiteral("makeMemberButton"));

    m_registration = new QComboBox(this);
    m_registration->setObjectName(QStringLiteral("registrationCombo"));
    m_registration->addItem(tr("Anyone may sign up"), int(RegistrationMode::Open));
    m_registration->addItem(tr("By invitation"), int(RegistrationMode::Invite));
    m_registration->addItem(tr("Closed"), int(RegistrationMode::Closed));
    m_registrationNote = new QLabel(this);
    m_registrationNote->setObjectName(QStringLiteral("registrationNote"));
    m_registrationNote->setWordWrap(true);
    m_invite = new QPushButton(tr("Create &invitation"), this);
    m_invite->setObjectName(QStringLiteral("createInviteButton"));
    m_inviteCode = new QLineEdit(this);
    m_inviteCode->setObjectName(QStringLiteral("inviteCodeEdit"));
    m_inviteCode->setAccessibleName(tr("Invitation code"));
    m_inviteCode->setReadOnly(true);
    m_inviteCode->setPlaceholderText(tr("A new code appears here; it is shown once."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);

    auto *roles = new QHBoxLayout;
    roles->addStretch(1);
    roles->addWidget(m_makeAdmin);
    roles->addWidget(m_makeMember);
    auto *invite = new QHBoxLayout;
    invite->addWidget(m_inviteCode, 1);
    invite->addWidget(m_invite);
    auto *form = new QFormLayout;
    form->addRow(tr("Sign-up over the API:"), m_registration);
    form->addRow(QString(), m_registrationNote);
    form->addRow(tr("Invitation:"), invite);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(roles);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_makeAdmin, &QPushButton::clicked, this, &UsersDialog::makeAdmin);
    connect(m_makeMember, &QPushButton::clicked, this, &UsersDialog::makeMember);
    connect(m_invite, &QPushButton::clicked, this, &UsersDialog::createInvite);
    connect(m_registration, &QComboBox::currentIndexChanged, this, &UsersDialog::applyRegistration);
    connect(&m_session, &Session::changed, this, &UsersDialog::reload);
    resize(560, 420);
    reload();
}

Core::Actor UsersDialog::actor() const
{
    return Core::Actor::window(m_session.user());
}

void UsersDialog::showError(const Core::Error &error)
{
    if (error.code == QLatin1String("last_admin"))
        m_message->setText(tr("This is the last administrator. Make another account an "
                              "administrator first."));
    else if (error.code == QLatin1String("admin_only"))
        m_message->setText(tr("Only administrators manage users and invitations."));
    else
        m_message->setText(tr("That did not work: %1").arg(error.message));
}

void UsersDialog::reload()
{
    m_loading = true;
    const bool admin = m_session.user().isAdmin();
    for (QWidget *widget : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_makeAdmin),
             static_cast<QWidget *>(m_makeMember), static_cast<QWidget *>(m_registration),
             static_cast<QWidget *>(m_invite)})
        widget->setEnabled(admin);
    m_table->setRowCount(0);
    if (!admin) {
        m_message->setText(tr("Only administrators manage users and invitations."));
        m_loading = false;
        return;
    }
    auto users = m_auth.users(actor());
    if (!users) {
        showError(users.error());
        m_loading = false;
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const Core::User &user = users->at(row);
        auto *email = new QTableWidgetItem(user.email);
        email->setData(Qt::UserRole, user.id);
        m_table->setItem(row, 0, email);
        m_table->setItem(row, 1, new QTableWidgetItem(user.displayName));
        m_table->setItem(
            row, 2, new QTableWidgetItem(user.isAdmin() ? tr("Administrator") : tr("Member")));
    }
    if (auto settings = m_auth.registration(actor())) {
        m_registration->setCurrentIndex(m_registration->findData(int(settings->mode)));
        m_registration->setEnabled(!settings->setByFlag);
        m_registrationNote->setText(settings->setByFlag
                ? tr("Set by --registration for this run.")
                : tr("The window may always create accounts; the first account is an "
                     "administrator."));
    } else {
        showError(settings.error());
    }
    m_loading = false;
}

qint64 UsersDialog::selectedUser() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void UsersDialog::setRole(Role role)
{
    const qint64 id = selectedUser();
    if (id == 0) {
        m_message->setText(tr("Select an account first."));
        return;
    }
    auto changed = m_auth.setRole(actor(), id, role);
    if (!changed) {
        showError(changed.error());
        return;
    }
    reload();
    m_message->setText(changed->isAdmin() ? tr("%1 is now an administrator.").arg(changed->email)
                                          : tr("%1 is now a member.").arg(changed->email));
}

void UsersDialog::makeAdmin()
{
    setRole(Role::Admin);
}

void UsersDialog::makeMember()
{
    setRole(Role::Member);
}

void UsersDialog::applyRegistration(int index)
{
    if (m_loading || index < 0)
        return;
    const auto mode = RegistrationMode(m_registration->itemData(index).toInt());
    auto stored = m_auth.setRegistration(actor(), mode);
    if (!stored) {
        showError(stored.error());
        return;
    }
    m_message->setText(tr("Saved."));
}

void UsersDialog::createInvite()
{
    auto invite = m_auth.createInvite(actor());
    if (!invite) {
        showError(invite.error());
        return;
    }
    m_inviteCode->setText(invite->code);
    m_inviteCode->selectAll();
    m_message->setText(
        tr("Single use, valid until %1. Send it with \"invite\" in the sign-up.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(invite->expiresAt).toLocalTime(),
                QLocale::ShortFormat)));
}

} // namespace Eventdesk::Gui
