// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitychart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
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
    auto *x = new QDateTimeAxis;
    x->setFormat(
        to - from > 24LL * 3600 * 1000 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    x->setTitleText(tr("Minute"));
    auto *y = new QValueAxis;
    y->setRange(0, double(peak) * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Events"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const qint64 first = from - ((from % 60000) + 60000) % 60000;
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
