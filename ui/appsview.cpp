// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsview.h"
#include "collector.h"
#include "layoututil.h"
#include "session.h"
#include "shownoncedialog.h"
#include "trackingmodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

AppsView::AppsView(
    Core::Collector &collector, Core::ChangeHub &changes, Session *session, QWidget *parent)
    : QWidget(parent)
    , m_collector(collector)
    , m_session(session)
{
    setObjectName(QStringLiteral("appsView"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("appNameEdit"));
    m_nameEdit->setAccessibleName(tr("Application name"));
    m_nameEdit->setPlaceholderText(tr("Name of the application, e.g. Web shop"));
    auto *createButton = new QPushButton(tr("&Create key"), this);
    createButton->setObjectName(QStringLiteral("createAppButton"));
    m_model = new AppModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("appsTable"));
    m_table->setAccessibleName(tr("App keys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    prepareTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_revoke = new QPushButton(tr("&Revoke key…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeAppButton"));
    m_revoke->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("appsMessage"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_nameEdit, 1);
    top->addWidget(createButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Applications with a key may post analytics events to "
                                    "POST /api/v1/track."),
        this));
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(createButton, &QPushButton::clicked, this, &AppsView::create);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &AppsView::create);
    connect(m_revoke, &QPushButton::clicked, this, &AppsView::askRevoke);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_revoke->setEnabled(current.isValid() && !m_model->app(current.row()).isRevoked());
        });
    connect(
        &changes, &Core::ChangeHub::changed, this, [this](Core::ChangeHub::Topic topic, qint64) {
            if (topic == Core::ChangeHub::Topic::Apps)
                reload();
        });
    reload();
}

void AppsView::reload()
{
    auto apps = m_collector.apps(0);
    if (!apps) {
        m_message->setText(apps.error().message);
        return;
    }
    m_model->setApps(std::move(*apps));
    m_revoke->setEnabled(false);
}

void AppsView::create()
{
    auto created = m_collector.createApp(m_nameEdit->text(), m_session ? m_session->userId() : 0);
    if (!created) {
        QStringList lines {created.error().message};
        for (const Core::FieldError &field : created.error().fields)
            lines.append(field.field + QStringLiteral(": ") + field.message);
        m_message->setText(lines.join(u' '));
        return;
    }
    m_message->clear();
    m_nameEdit->clear();
    reload();
    showKey(created->app.name, created->key);
}

void AppsView::showKey(const QString &name, const QString &key)
{
    auto *dialog = new ShownOnceDialog(tr("Key of %1").arg(name),
        tr("Copy this key now: it is shown only once. The application "
           "sends it as 'Authorization: Bearer <key>'."),
        {{QString(), key, QStringLiteral("appKeyEdit"), QStringLiteral("copyAppKeyButton")}}, this);
    dialog->setObjectName(QStringLiteral("appKeyDialog"));
    dialog->open();
}

void AppsView::askRevoke()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Core::App app = m_model->app(current.row());
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Revoke key"),
        tr("Revoke the key of %1? The application can no longer post events; what it sent stays.")
            .arg(app.name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("revokeConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id = app.id](int result) {
        if (result != QMessageBox::Yes)
            return;
        auto revoked = m_collector.revokeApp(id, 0);
        m_message->setText(revoked ? tr("Key revoked.") : revoked.error().message);
        reload();
    });
    confirm->open();
}

} // namespace Eventdesk::Gui
