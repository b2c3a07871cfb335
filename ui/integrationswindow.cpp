// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationswindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

IntegrationsWindow::IntegrationsWindow(QWidget *parent)
    : QDialog(parent, Qt::Window)
{
    setObjectName(QStringLiteral("integrationsWindow"));
    setWindowTitle(tr("Integrations"));

    auto *api = new QWidget(this);
    api->setObjectName(QStringLiteral("integrationsApiPage"));
    auto *intro = new QLabel(tr("Programs on this computer, such as a web site's tracker or a "
                                "script, read and add events through the local API. Each one "
                                "needs an app key."),
        api);
    intro->setWordWrap(true);
    m_state = new QLabel(api);
    m_state->setObjectName(QStringLiteral("integrationsApiState"));
    m_state->setWordWrap(true);
    m_address = new QLabel(api);
    m_address->setObjectName(QStringLiteral("integrationsApiAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_docs = new QPushButton(tr("Open API &Documentation"), api);
    m_docs->setObjectName(QStringLiteral("integrationsDocsButton"));
    m_docs->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));
    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Address:"), m_address);
    auto *apiLayout = new QVBoxLayout(api);
    apiLayout->addWidget(intro);
    apiLayout->addLayout(form);
    apiLayout->addWidget(m_docs, 0, Qt::AlignLeft);
    apiLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("integrationsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(api, tr("Local API"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);

    connect(m_docs, &QPushButton::clicked, this, [this] {
        if (!m_url.isEmpty())
            QDesktopServices::openUrl(QUrl(m_url + QStringLiteral("/docs")));
    });
    setApiStatus({}, false, {});
}

void IntegrationsWindow::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void IntegrationsWindow::setApiStatus(const QString &url, bool running, const QString &error)
{
    m_url = running ? url : QString();
    m_docs->setEnabled(running);
    if (running)
        m_state->setText(tr("Running"));
    else if (!error.isEmpty())
        m_state->setText(tr("Stopped: %1").arg(error));
    else
        m_state->setText(tr("Stopped"));
    m_address->setText(running ? url : tr("None"));
    Q_EMIT apiUrlChanged(m_url);
}

} // namespace Eventdesk::Gui
