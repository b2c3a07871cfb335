// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdialog.h"
#include "layoututil.h"
#include "webhookmodels.h"
#include "webhooks.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

WebhookDialog::WebhookDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(tr("Add Webhook"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("webhookDialogError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_url->setPlaceholderText(tr("https://example.org/hooks/eventdesk"));
    fitPlaceholder(m_url);
    auto *typesBox = new QWidget(this);
    typesBox->setObjectName(QStringLiteral("webhookTypes"));
    auto *grid = new QGridLayout(typesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList all = Core::WebhookTypes::all();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(WebhooksModel::typeLabel(all.at(i)), typesBox);
        box->setObjectName(QStringLiteral("webhookType_") + QString(all.at(i)).replace(u'.', u'_'));
        box->setProperty("type", all.at(i));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &WebhookDialog::updateButton);
        grid->addWidget(box, i / 2, i % 2);
        m_types.append(box);
    }
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("webhookDescriptionEdit"));
    m_description->setPlaceholderText(tr("What receives it, e.g. Team chat"));
    fitPlaceholder(m_description);
    m_description->setMaxLength(500);

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    form->addRow(new QLabel(tr("Events:"), this), typesBox);
    auto *descriptionLabel = new QLabel(tr("D&escription:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add Webhook"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("webhookAddButton"));
    m_add->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_add->isEnabled())
            Q_EMIT addRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &WebhookDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_url->setFocus();
    updateButton();
}

QString WebhookDialog::url() const
{
    return m_url->text().trimmed();
}

QStringList WebhookDialog::types() const
{
    QStringList types;
    for (const QCheckBox *box : m_types) {
        if (box->isChecked())
            types.append(box->property("type").toString());
    }
    return types;
}

QString WebhookDialog::description() const
{
    return m_description->text().trimmed();
}

void WebhookDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void WebhookDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    growToFit(this);
}

void WebhookDialog::updateButton()
{
    const QUrl parsed(url(), QUrl::StrictMode);
    const bool web = parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https")
        && !parsed.host().isEmpty();
    m_add->setEnabled(!m_busy && web && !types().isEmpty());
}

} // namespace Eventdesk::Gui
