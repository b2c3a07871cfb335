// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitychart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Events per minute"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(chart, this);
    m_view->setObjectName(QStringLiteral("activityChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

qint64 ActivityChart::tickStep(qint64 spanMs, int maxTicks)
{
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    static constexpr qint64 steps[] = {minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
        hour, 2 * hour, 3 * hour, 6 * hour, 12 * hour, day, 2 * day, 7 * day, 14 * day, 30 * day};
    for (qint64 step : steps) {
        if (spanMs / step + 2 <= maxTicks)
            return step;
    }
    const qint64 last = steps[std::size(steps) - 1];
    return last * (spanMs / (last * (maxTicks - 2)) + 1);
}

int ActivityChart::seriesCount() const
{
    return int(m_view->chart()->series().size());
}

void ActivityChart::setCounts(const QList<Core::MinuteCount> &counts, qint64 from, qint64 to)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    // One series per type; minutes without events are zero, so lines drop to the axis.
    QMap<QString, QMap<qint64, qint64>> byType;
    qint64 peak = 1;
    for (const Core::MinuteCount &count : counts) {
        byType[count.category + QStringLiteral(" / ") + count.name][count.minute] += count.count;
        peak = qMax(peak, count.count);
    }
    if (from == 0) {
        // All time: from the first minute with events (an hour when there are none yet).
        from = to - 3600'000;
        for (const Core::MinuteCount &count : counts)
            from = qMin(from, count.minute);
    }
    // Ticks on round local times: the range snaps outwards to a step that gives <= 8 ticks.
    const qint64 step = tickStep(to - from);
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc()) * 1000;
    const auto floorTo = [step, offset](qint64 t) {
        qint64 local = t + offset;
        local -= ((local % step) + step) % step;
        return local - offset;
    };
    const qint64 axisFrom = floorTo(from);
    qint64 axisTo = floorTo(to);
    if (axisTo < to)
        axisTo += step;
    m_range = {axisFrom, axisTo};
    m_ticks = int((axisTo - axisFrom) / step) + 1;
    auto *x = new QDateTimeAxis;
    const QLocale locale;
    const bool days = step >= 24LL * 3600 * 1000;
    const bool multiDay = axisTo - axisFrom > 24LL * 3600 * 1000;
    //: Chart axis: day and month (d MMM), e.g. "21 Nov"
    const QString dayFormat = tr("d MMM");
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    x->setFormat(days ? dayFormat : multiDay ? dayFormat + u' ' + timeFormat : timeFormat);
    x->setRange(QDateTime::fromMSecsSinceEpoch(axisFrom), QDateTime::fromMSecsSinceEpoch(axisTo));
    x->setTickCount(m_ticks);
    x->setTitleText(tr("Time"));
    auto *y = new QValueAxis;
    y->setRange(0, double(peak) * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Events"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const qint64 first = axisFrom;
    to = axisTo;
    const qint64 minutes = (to - first) / 60000 + 1;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        auto *series = new QLineSeries;
        series->setName(it.key());
        QList<QPointF> points;
        if (minutes <= 24 * 60) {
            points.reserve(minutes);
            for (qint64 m = 0; m < minutes; ++m) {
                const qint64 minute = first + m * 60000;
                points.append(QPointF(double(minute), double(it.value().value(minute))));
            }
        } else {
            for (auto point = it.value().cbegin(); point != it.value().cend(); ++point)
                points.append(QPointF(double(point.key()), double(point.value())));
        }
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace Eventdesk::Gui
