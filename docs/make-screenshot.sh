#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots of the window: docs/screenshots/<page>-<lang>.png for the pages
# first-run, calendar, list and feeds in English, Spanish and German (and docs/screenshot.png,
# the README's, = list-en). Each run starts the real program under a virtual X server
# (xvfb-run) on a generated database, with the page chosen through its remembered settings, and
# captures the screen with ImageMagick's import. Then Tools › Integrations › Webhooks and
# › Calendar Apps and the Add Webhook dialog (webhooks-, calendar-apps-, add-webhook-<lang>.png):
# the real window signed in, with webhooks to a local receiver, grabbed offscreen by
# tests/ui/integrationsshot.
# Usage: docs/make-screenshot.sh [BUILD_DIR] (default build). SCALE=2 for 200 % (files *-2x.png).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
binary=$build/app/eventdesk
scale=${SCALE:-1}
out=$root/docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A month of sample events (the generator spreads them around today).
"$binary" generate --data-dir "$work/data" --events 400 --users 40 --participants 600 >/dev/null

suffix=""
[ "$scale" = 1 ] || suffix="-${scale}x"
for lang in en es de; do
    for page in first-run calendar list feeds; do
        config=$work/config-$lang-$page
        mkdir -p "$config/Eventdesk"
        case $page in
            calendar) index=0 ;;
            feeds) index=2 ;;
            *) index=1 ;;
        esac
        browse=true
        [ "$page" = first-run ] && browse=false
        printf '[window]\npage=%s\nbrowseWithoutAccount=%s\n' "$index" "$browse" \
            >"$config/Eventdesk/eventdesk.conf"
        width=$((1100 * scale)) height=$((700 * scale))
        XDG_CONFIG_HOME=$config QT_SCALE_FACTOR=$scale \
            xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c "
                '$binary' --port 0 --lang $lang --data-dir '$work/data' & app=\$!
                sleep 4
                import -window root '$out/$page-$lang$suffix.png'
                kill \$app; wait \$app || true"
        echo "wrote docs/screenshots/$page-$lang$suffix.png"
    done
done
for lang in en es de; do
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$scale \
        "$build/tests/ui/integrationsshot" "$lang" "$out/%1-$lang$suffix.png"
    echo "wrote docs/screenshots/{webhooks,calendar-apps,add-webhook,webhook-secret}-$lang$suffix.png"
done
[ "$scale" = 1 ] && cp "$out/list-en.png" "$root/docs/screenshot.png"
