#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The .desktop file and the AppStream metainfo pass their validators; every icon size exists.
set -euo pipefail
dir=${1:?usage: validate_metadata.sh PACKAGING_DIR}
id=io.eventdesk.Eventdesk
desktop-file-validate "$dir/$id.desktop"
appstreamcli validate --no-net "$dir/$id.metainfo.xml"
grep -q "^Icon=$id\$" "$dir/$id.desktop"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dir/$id.metainfo.xml"
test -s "$dir/icons/$id.svg"
for size in 16 24 32 48 64 128 256; do
    file "$dir/icons/$id-$size.png" | grep -q "PNG image data, $size x $size"
done
echo "metadata valid"
