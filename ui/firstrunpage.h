// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Eventdesk::Gui {

// What a new user sees first: create an account or sign in, import a calendar or a feed, and
// one line on the local API with a link to its documentation.
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);
    void setApiUrl(const QString &url); // empty: the API is not running

Q_SIGNALS:
    void signUpRequested();
    void logInRequested();
    void importRequested();
    void browseRequested();

private:
    QLabel *m_api = nullptr;
};

} // namespace Eventdesk::Gui
