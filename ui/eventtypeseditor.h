// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Eventdesk::Core {
class Collector;
}

namespace Eventdesk::Gui {

// The event types and their validation rules (JSON), plus the collector's settings: strict mode
// and the allowed clock skew.
class EventTypesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventTypesEditor(Core::Collector &collector, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    void select(int row);
    void save();
    void remove();
    void saveSettings();

    Core::Collector &m_collector;
    QListWidget *m_list = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_rules = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_delete = nullptr;
    QCheckBox *m_strict = nullptr;
    QSpinBox *m_skew = nullptr;
};

} // namespace Eventdesk::Gui
