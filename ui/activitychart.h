// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectortypes.h"

#include <QWidget>

class QChartView;

namespace Eventdesk::Gui {

// Events per minute, one line per event type (Qt Charts).
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);

    void setCounts(const QList<Core::MinuteCount> &counts, qint64 from, qint64 to);
    int seriesCount() const;

private:
    QChartView *m_view = nullptr;
};

} // namespace Eventdesk::Gui
