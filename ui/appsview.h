// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changehub.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Eventdesk::Core {
class Collector;
}

namespace Eventdesk::Gui {

class AppModel;
class Session;

// The collector's trusted apps: create one (its key is shown once, with a copy button) and
// revoke keys. The person at this desktop sees every app; an app created here belongs to the
// signed-in user (so it is also theirs in GET /api/v1/apps), or to nobody when signed out.
class AppsView : public QWidget
{
    Q_OBJECT
public:
    AppsView(Core::Collector &collector, Core::ChangeHub &changes, Session *session = nullptr,
        QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    void create();
    void askRevoke();
    void showKey(const QString &name, const QString &key);

    Core::Collector &m_collector;
    Session *m_session = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_message = nullptr;
    AppModel *m_model = nullptr;
};

} // namespace Eventdesk::Gui
