#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, checks it with lintian (no error, no warning), installs it with
# dpkg, checks what the maintainer scripts did (the system user; the service neither enabled nor
# started, with or without systemd), verifies the installed systemd unit, runs the installed
# /usr/bin/eventdesk the way the unit does (its user, environment and command line, with
# MemoryDenyWriteExecute's rule set by prctl) on a free port with a temporary state folder,
# and always purges the package again. Needs root; exits 77 (skipped) otherwise.
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
# The postinst creates the system user; the test removes it again unless it was there before.
user_existed=0
getent passwd eventdesk >/dev/null && user_existed=1
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill -KILL "$server" 2>/dev/null || true
    fi
    if [ "$installed" = 1 ]; then
        dpkg --purge eventdesk >/dev/null || echo "WARNING: dpkg --purge eventdesk failed"
    fi
    if [ "$user_existed" = 0 ] && getent passwd eventdesk >/dev/null; then
        userdel eventdesk || echo "WARNING: userdel eventdesk failed"
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
for needed in libqt6sql6-sqlite libqt6core6 libqt6httpserver6 libqt6widgets6 libsqlite3-0 adduser; do
    if ! grep -q "$needed" <<<"$depends"; then
        echo "FAIL: the package does not depend on $needed"
        exit 1
    fi
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/eventdesk ./usr/share/applications/io.eventdesk.Eventdesk.desktop \
    ./usr/share/metainfo/io.eventdesk.Eventdesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.eventdesk.Eventdesk.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.eventdesk.Eventdesk.png \
    ./usr/lib/systemd/system/eventdesk-server.service ./usr/share/man/man1/eventdesk.1.gz \
    ./usr/share/doc/eventdesk/copyright ./usr/share/doc/eventdesk/changelog.Debian.gz \
    ./usr/share/doc/eventdesk/server.md ./usr/share/doc/eventdesk/examples/nginx-eventdesk.conf; do
    if ! grep -q " $file\$" <<<"$contents"; then
        echo "FAIL: $file is not in the package"
        exit 1
    fi
done

echo "== lintian"
if ! command -v lintian >/dev/null; then
    echo "FAIL: lintian is missing (make deps installs it)"
    exit 1
fi
# Every tag is shown; errors and warnings fail (overrides: packaging/debian/lintian-overrides).
lintian --fail-on none --tag-display-limit 0 --display-info "$deb" | tee "$work/lintian.log"
if grep -E '^[EW]: ' "$work/lintian.log" >/dev/null; then
    echo "FAIL: lintian reports errors or warnings"
    exit 1
fi

echo "== dpkg -i"
installed=1
dpkg -i "$deb"

echo "== the maintainer scripts' work"
IFS=: read -r _ _ _ _ _ home shell < <(getent passwd eventdesk) || {
    echo "FAIL: the postinst did not create the system user eventdesk"
    exit 1
}
echo "user eventdesk: home $home, shell $shell"
if [ "$home" != /var/lib/eventdesk ] || [ "$shell" != /usr/sbin/nologin ]; then
    echo "FAIL: eventdesk should be a system user with home /var/lib/eventdesk and no shell"
    exit 1
fi
unit=/usr/lib/systemd/system/eventdesk-server.service
if [ -e /etc/systemd/system/multi-user.target.wants/eventdesk-server.service ]; then
    echo "FAIL: the package enabled eventdesk-server.service"
    exit 1
fi
if pgrep -u eventdesk >/dev/null; then
    echo "FAIL: something runs as eventdesk after installation"
    exit 1
fi

echo "== systemd-analyze"
if command -v systemd-analyze >/dev/null; then
    # --man=no: containers often leave /usr/share/man out (dpkg path-exclude).
    systemd-analyze verify --man=no "$unit"
    # Fails above an exposure of 2.0 ("OK" goes up to 4.9).
    systemd-analyze security --offline=yes --threshold=20 "$unit" | tail -n1
else
    echo "systemd-analyze is not installed: not verified"
fi

echo "== /usr/bin/eventdesk --version"
version=$(/usr/bin/eventdesk --version)
echo "$version"
grep -Eq '^eventdesk [0-9]+\.[0-9]+\.[0-9]+$' <<<"$version"

echo "== /usr/bin/eventdesk --headless as the service runs it"
# The unit's command line and environment, with a free port and a temporary state folder
# instead of /var/lib/eventdesk; the user, umask and no-new-privileges of the unit.
command=$(sed -n 's/^ExecStart=//p' "$unit")
command=${command//\$EVENTDESK_ARGS/--port 0 --bind 127.0.0.1}
command=${command//\/var\/lib\/eventdesk/$work/state}
environment=()
while IFS= read -r assignment; do
    assignment=${assignment#\"}
    assignment=${assignment%\"}
    case $assignment in
    EVENTDESK_ARGS=*) ;;
    XDG_RUNTIME_DIR=*) environment+=("XDG_RUNTIME_DIR=$work/run") ;;
    *) environment+=("$assignment") ;;
    esac
done < <(sed -n 's/^Environment=//p' "$unit")
chmod 711 "$work"
install -d -m 0700 -o eventdesk -g eventdesk "$work/state" "$work/run"
# MemoryDenyWriteExecute=yes: no memory both writable and executable (Linux 6.3's PR_SET_MDWE
# gives a process the same rule; older kernels run without it).
mdwe='import ctypes, os, sys
if ctypes.CDLL(None).prctl(65, 1, 0, 0, 0) != 0:
    print("PR_SET_MDWE is not available: running without it", file=sys.stderr)
os.execvp(sys.argv[1], sys.argv[1:])'
# shellcheck disable=SC2086 # the unit's command line is split into words, as systemd does
(umask 077 && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/var/lib/eventdesk \
    "${environment[@]}" python3 -c "$mdwe" \
    setpriv --reuid=eventdesk --regid=eventdesk --clear-groups --no-new-privs $command) \
    >"$work/out.log" 2>&1 &
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
# Work that touches Argon2id, SQLite and its full-text search, under the unit's restrictions.
api=$url/api/v1
token=$(curl -fsS --max-time 30 -X POST "$api/auth/signup" -H 'Content-Type: application/json' \
    -d '{"email":"ada@example.org","password":"correct horse battery"}' \
    | grep -Eo '"token":"[^"]+"' | cut -d'"' -f4)
[ -n "$token" ] || { echo "FAIL: no token from sign-up"; exit 1; }
curl -fsS --max-time 10 -X POST "$api/events" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d '{"title":"Board games night","starts_at":"2030-12-01T18:00:00Z","location":"Library"}' \
    >/dev/null
curl -fsS --max-time 10 "$api/events?q=games" -H "Authorization: Bearer $token" \
    | grep -q '"title":"Board games night"' || { echo "FAIL: the event is not found by q"; exit 1; }
owner=$(stat -c '%U %a' "$work/state/eventdesk.sqlite3")
echo "database: $owner"
if [ "$owner" != "eventdesk 600" ]; then
    echo "FAIL: the database should belong to eventdesk alone (UMask=0077)"
    exit 1
fi
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
for file in /usr/bin/eventdesk "$unit" /usr/share/doc/eventdesk \
    /var/lib/systemd/deb-systemd-helper-enabled/eventdesk-server.service.dsh-also; do
    if [ -e "$file" ]; then
        echo "FAIL: $file is still there after purge"
        exit 1
    fi
done
echo "PASS"
