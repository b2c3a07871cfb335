#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, installs it with dpkg, runs the installed /usr/bin/eventdesk
# (--version, then --headless answering /api/v1/health on a free port with a temporary data
# folder) and always purges the package again. Needs root; exits 77 (skipped) otherwise.
set -euo pipefail
build=${1:?usage: deb_install.sh BUILD_DIR}
build=$(cd "$build" && pwd)

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a .deb needs root"
    exit 77
fi

# One package installation at a time on this machine (other checkouts may run this test too).
exec 9>/tmp/eventdesk-packaging-test.lock
flock -w 900 9

if dpkg-query -W -f='${Status}' eventdesk 2>/dev/null | grep -q 'install ok installed'; then
    echo "SKIP: an eventdesk package is already installed here; not replacing it"
    exit 77
fi

work=$(mktemp -d /tmp/eventdesk-deb-test.XXXXXX)
server=
installed=0
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill -KILL "$server" 2>/dev/null || true
    fi
    if [ "$installed" = 1 ]; then
        dpkg --purge eventdesk >/dev/null || echo "WARNING: dpkg --purge eventdesk failed"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack -G DEB"
if ! (cd "$build" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    exit 1
fi
deb=$(ls "$work"/pkg/eventdesk_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite libqt6core6 libqt6httpserver6 libqt6widgets6 libsqlite3-0; do
    if ! grep -q "$needed" <<<"$depends"; then
        echo "FAIL: the package does not depend on $needed"
        exit 1
    fi
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/eventdesk ./usr/share/applications/io.eventdesk.Eventdesk.desktop \
    ./usr/share/metainfo/io.eventdesk.Eventdesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.eventdesk.Eventdesk.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.eventdesk.Eventdesk.png; do
    if ! grep -q " $file\$" <<<"$contents"; then
        echo "FAIL: $file is not in the package"
        exit 1
    fi
done

echo "== dpkg -i"
installed=1
dpkg -i "$deb"

echo "== /usr/bin/eventdesk --version"
version=$(/usr/bin/eventdesk --version)
echo "$version"
grep -Eq '^eventdesk [0-9]+\.[0-9]+\.[0-9]+$' <<<"$version"

echo "== /usr/bin/eventdesk --headless"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    /usr/bin/eventdesk --headless --port 0 --data-dir "$work/data" >"$work/out.log" 2>&1 &
server=$!
url=
for _ in $(seq 1 300); do
    url=$(grep -Eo 'http://127\.0\.0\.1:[0-9]+' "$work/out.log" | head -n1 || true)
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
cat "$work/out.log"
if [ -z "$url" ]; then
    echo "FAIL: the installed eventdesk did not start"
    exit 1
fi
health=$(curl -fsS --max-time 10 "$url/api/v1/health")
echo "health: $health"
grep -q '"status":"ok"' <<<"$health"
kill -TERM "$server"
rc=0
wait "$server" || rc=$?
server=
if [ "$rc" -ne 0 ]; then
    echo "FAIL: eventdesk exited with $rc on SIGTERM"
    exit 1
fi

echo "== dpkg --purge"
dpkg --purge eventdesk
installed=0
if [ -e /usr/bin/eventdesk ]; then
    echo "FAIL: /usr/bin/eventdesk is still there after purge"
    exit 1
fi
echo "PASS"
