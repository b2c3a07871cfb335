// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectortypes.h"

#include <QWidget>

#include <utility>

class QChartView;

namespace Eventdesk::Gui {

// Events per minute, one line per event type (Qt Charts).
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);

    // from = 0: from the first minute that has events ("All time").
    void setCounts(const QList<Core::MinuteCount> &counts, qint64 from, qint64 to);
    int seriesCount() const;
    // The time axis: its range (ms since the epoch, on round local times) and its tick count.
    std::pair<qint64, qint64> axisRange() const { return m_range; }
    int tickCount() const { return m_ticks; }
    // A round step (1 minute ... 30 days) for a span, so that it has at most maxTicks ticks.
    static qint64 tickStep(qint64 spanMs, int maxTicks = 8);

private:
    QChartView *m_view = nullptr;
    std::pair<qint64, qint64> m_range {0, 0};
    int m_ticks = 0;
};

} // namespace Eventdesk::Gui
