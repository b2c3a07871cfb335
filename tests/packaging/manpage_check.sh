#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual page stays true: man renders it without a warning, and it names every flag that
# `eventdesk --help` lists, every command that app/commands.cpp runs and the flags of each.
set -euo pipefail
eventdesk=${1:?usage: manpage_check.sh EVENTDESK_BINARY SOURCE_DIR}
source_dir=${2:?usage: manpage_check.sh EVENTDESK_BINARY SOURCE_DIR}
page=$source_dir/packaging/man/eventdesk.1

warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
    echo "FAIL: man warns about eventdesk.1:"
    echo "$warnings"
    exit 1
fi
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null)

missing=0
flags=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$eventdesk" --help \
    | grep -Eo -- '--[a-z][a-z-]+' | sort -u)
[ -n "$flags" ] || { echo "FAIL: eventdesk --help lists no flags"; exit 1; }
for flag in $flags; do
    if ! grep -qF -- "$flag" <<<"$rendered"; then
        echo "FAIL: the manual page does not name $flag (eventdesk --help does)"
        missing=1
    fi
done
commands=$(grep -Eo 'options\.command == QLatin1String\("[a-z-]+"\)' "$source_dir/app/commands.cpp" \
    | grep -Eo '"[a-z-]+"' | tr -d '"')
[ -n "$commands" ] || { echo "FAIL: no commands found in app/commands.cpp"; exit 1; }
for command in $commands; do
    if ! grep -qE "^ +$command( |\$)" <<<"$rendered"; then
        echo "FAIL: the manual page has no entry for the command '$command'"
        missing=1
    fi
    # The command's own flags, from its help or usage text (opens no database).
    for flag in $(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        "$eventdesk" "$command" --help 2>&1 | grep -Eo -- '--[a-z][a-z-]+' | sort -u); do
        # Qt's addHelpOption() adds --help-all (Qt's own options too): not ours to document.
        [ "$flag" = --help-all ] && continue
        if ! grep -qF -- "$flag" <<<"$rendered"; then
            echo "FAIL: the manual page does not name $flag of 'eventdesk $command'"
            missing=1
        fi
    done
done
[ "$missing" = 0 ] || exit 1
echo "manual page: names $(wc -w <<<"$flags") flags and the commands ${commands//$'\n'/ }"
