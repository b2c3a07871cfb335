// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Eventdesk::Gui {

// Add Webhook: the address, the change types (check boxes) and a description. Add Webhook stays
// disabled until the address is an http(s) URL and a type is ticked; the view does the work and
// answers with accept() or showError() (the message bar on top).
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebhookDialog(QWidget *parent = nullptr);

    QString url() const;
    QStringList types() const;
    QString description() const;

    void setBusy(bool busy);
    void showError(const QString &text);

Q_SIGNALS:
    void addRequested();

private:
    void updateButton();

    QLabel *m_error = nullptr;
    QLineEdit *m_url = nullptr;
    QList<QCheckBox *> m_types;
    QLineEdit *m_description = nullptr;
    QPushButton *m_add = nullptr;
    bool m_busy = false;
};

} // namespace Eventdesk::Gui
