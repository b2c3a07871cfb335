#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshot.png: the window under a virtual X server (xvfb-run), captured with
# ImageMagick's import. Usage: docs/make-screenshot.sh [BUILD_DIR] (default build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build}/app/eventdesk
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
xvfb-run -a -s "-screen 0 1100x720x24" bash -c "
    '$binary' --port 0 --data-dir '$data' & app=\$!
    sleep 4
    import -window root '$root/docs/screenshot.png'
    kill \$app; wait \$app" 
echo "wrote docs/screenshot.png"
