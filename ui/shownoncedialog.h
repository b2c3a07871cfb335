// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace Eventdesk::Gui {

// A secret the user sees this once (an app key, a webhook's signing secret, a calendar
// subscription address): each value in a read-only field with its own Copy button, a note saying
// it won't be shown again, and Close. Opened with open() and deleted on close.
class ShownOnceDialog : public QDialog
{
    Q_OBJECT
public:
    struct Value
    {
        QString label; // empty: no label
        QString value;
        QString editName; // objectNames, for tests
        QString copyName;
    };

    ShownOnceDialog(const QString &title, const QString &note, const QList<Value> &values,
        QWidget *parent = nullptr);
};

} // namespace Eventdesk::Gui
