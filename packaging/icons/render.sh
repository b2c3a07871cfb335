#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG sizes of the icon from the SVG with rsvg-convert (Debian: librsvg2-bin). The
# PNGs are committed, so a build needs neither; rerun this after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" io.eventdesk.Eventdesk.svg \
        -o "io.eventdesk.Eventdesk-${size}.png"
done
