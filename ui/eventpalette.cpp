// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventpalette.h"
#include "eventservice.h"

#include <QHash>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

const QColor blue(0x35, 0x84, 0xe4);
const QColor green(0x26, 0xa2, 0x69);
const QColor grey(0x77, 0x76, 0x7b);
// Teal, purple, orange, brown, pink, olive: one per feed (no red: red means error).
const QColor feedHues[]
    = {QColor(0x1c, 0x8d, 0x9c), QColor(0xa0, 0x51, 0xb8), QColor(0xd0, 0x5a, 0x0e),
        QColor(0x98, 0x6a, 0x44), QColor(0xc0, 0x4c, 0x9c), QColor(0x7a, 0x8a, 0x14)};

} // namespace

EventPalette::Kind EventPalette::kind(const Event &event, qint64 viewerId)
{
    if (viewerId != 0 && event.ownerId == viewerId)
        return Kind::Yours;
    if (event.joined)
        return Kind::Joined;
    if (event.isImported())
        return Kind::Imported;
    return Kind::Other;
}

QColor EventPalette::hue(Kind kind, const QString &source)
{
    switch (kind) {
    case Kind::Yours:
        return blue;
    case Kind::Joined:
        return green;
    case Kind::Imported:
        return feedHues[qHash(source) % std::size(feedHues)];
    case Kind::Other:
        break;
    }
    return grey;
}

QColor EventPalette::hue(const Event &event, qint64 viewerId)
{
    return hue(kind(event, viewerId), event.source);
}

QColor EventPalette::mix(const QColor &base, const QColor &over, qreal amount)
{
    const QColor a = base.toRgb();
    const QColor b = over.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
        float(a.greenF() + (b.greenF() - a.greenF()) * amount),
        float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

QColor EventPalette::chipBackground(const QPalette &palette, const QColor &hue, bool past)
{
    return mix(palette.color(QPalette::Base), hue, past ? 0.12 : 0.25);
}

QColor EventPalette::chipText(const QPalette &palette, bool past)
{
    // Past: the text at 70 % strength (30 % of the way to the background), which keeps a
    // contrast of 5:1 or more on Breeze light and dark.
    const QColor text = palette.color(QPalette::Text);
    return past ? mix(text, palette.color(QPalette::Base), 0.3) : text;
}

QColor EventPalette::badgeBackground(const QPalette &palette, const QColor &hue)
{
    return mix(palette.color(QPalette::Base), hue, 0.15);
}

QList<EventPalette::Badge> EventPalette::badges(const Event &event, qint64 viewerId, qint64 now)
{
    QList<Badge> out;
    if (viewerId != 0 && event.ownerId == viewerId)
        out.append({tr("Yours"), tr("You organize this event"), blue});
    if (event.joined)
        out.append({tr("Joined"), tr("You take part in this event"), green});
    if (EventService::hasEnded(event, now))
        out.append({tr("Past"), tr("This event has ended"), grey});
    if (event.isImported())
        out.append({tr("Imported"), tr("Imported from “%1”").arg(event.source),
            hue(Kind::Imported, event.source)});
    if (event.soldOut)
        out.append({tr("Sold out"), tr("No tickets are left"), grey});
    return out;
}

QList<QPair<QString, QColor>> EventPalette::legend()
{
    return {{tr("Yours"), blue}, {tr("Joined"), green}, {tr("Imported"), feedHues[0]},
        {tr("Others"), grey}};
}

} // namespace Eventdesk::Gui
