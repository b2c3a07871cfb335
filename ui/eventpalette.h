// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace Eventdesk::Gui {

// Event colours and badges (UX guide §15): fixed hues for the kinds of event, everything else
// mixed from the widget's QPalette, so light and dark themes both work.
class EventPalette
{
    Q_DECLARE_TR_FUNCTIONS(EventPalette)
public:
    enum class Kind { Yours, Joined, Imported, Other };
    struct Badge
    {
        QString text;
        QString toolTip;
        QColor hue;
    };

    static Kind kind(const Core::Event &event, qint64 viewerId);
    // The stripe colour: blue for yours, green for joined, one of six per feed, grey otherwise.
    static QColor hue(const Core::Event &event, qint64 viewerId);
    static QColor hue(Kind kind, const QString &source = {});
    // `amount` of `over` mixed into `base`.
    static QColor mix(const QColor &base, const QColor &over, qreal amount);
    static QColor chipBackground(const QPalette &palette, const QColor &hue, bool past);
    static QColor chipText(const QPalette &palette, bool past);
    static QColor badgeBackground(const QPalette &palette, const QColor &hue);
    // Yours · Joined · Past · Imported · Sold out, in that order.
    static QList<Badge> badges(const Core::Event &event, qint64 viewerId, qint64 now);
    // The legend's entries: (label, hue); the last one stands for past events.
    static QList<QPair<QString, QColor>> legend();
};

} // namespace Eventdesk::Gui
