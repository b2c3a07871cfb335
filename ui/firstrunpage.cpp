// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunpage.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *title = new QLabel(tr("Welcome to Eventdesk"), this);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    auto *intro = new QLabel(tr("Plan events, share them with others and follow the calendars "
                                "you care about. Start with an account."),
        this);
    intro->setWordWrap(true);

    const auto link = [this](const QString &text, const QString &description, const char *icon,
                          const char *name) {
        auto *button = new QCommandLinkButton(text, description, this);
        button->setObjectName(QLatin1String(name));
        button->setIcon(QIcon::fromTheme(QLatin1String(icon)));
        return button;
    };
    auto *signUp = link(tr("&Create Account…"),
        tr("Your events, the ones you join and your comments are kept under it."), "system-users",
        "firstRunSignUp");
    auto *logIn = link(tr("&Sign In…"), tr("Use an account you already have on this computer."),
        "system-users", "firstRunLogIn");
    auto *import = link(tr("&Import Calendar…"),
        tr("Read events from an .ics file, a provider feed or a web address."), "document-import",
        "firstRunImport");
    auto *browse = new QPushButton(tr("&Browse Events Without an Account"), this);
    browse->setObjectName(QStringLiteral("firstRunBrowse"));
    browse->setFlat(true);

    m_api = new QLabel(this);
    m_api->setObjectName(QStringLiteral("firstRunApi"));
    m_api->setWordWrap(true);
    m_api->setOpenExternalLinks(true);
    m_api->setTextFormat(Qt::RichText);
    setApiUrl({});

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(fontMetrics().height());
    column->addWidget(signUp);
    column->addWidget(logIn);
    column->addWidget(import);
    column->addWidget(browse, 0, Qt::AlignLeft);
    column->addSpacing(fontMetrics().height());
    column->addWidget(m_api);
    auto *centred = new QHBoxLayout(this);
    centred->addStretch(1);
    auto *box = new QVBoxLayout;
    box->addStretch(1);
    box->addLayout(column);
    box->addStretch(2);
    centred->addLayout(box, 4);
    centred->addStretch(1);

    connect(signUp, &QAbstractButton::clicked, this, &FirstRunPage::signUpRequested);
    connect(logIn, &QAbstractButton::clicked, this, &FirstRunPage::logInRequested);
    connect(import, &QAbstractButton::clicked, this, &FirstRunPage::importRequested);
    connect(browse, &QAbstractButton::clicked, this, &FirstRunPage::browseRequested);
}

void FirstRunPage::setApiUrl(const QString &url)
{
    if (url.isEmpty()) {
        m_api->setText(tr("Programs on this computer can also read and add events through "
                          "Eventdesk's local API once it runs."));
        return;
    }
    m_api->setText(tr("Programs on this computer can also read and add events through the "
                      "local API at %1 (<a href=\"%2\">documentation</a>).")
                       .arg(url.toHtmlEscaped(), QUrl(url + QStringLiteral("/docs")).toString()));
}

} // namespace Eventdesk::Gui
