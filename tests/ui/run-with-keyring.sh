#!/bin/sh
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# as a desktop session would have; both go away with the command, and so does the keyring (a
# temporary HOME). Usage: run-with-keyring.sh COMMAND [ARGS...]; exits with the command's status.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
status=0
HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" \
    dbus-run-session -- sh -c '
        printf "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        "$@"' run-with-keyring "$@" || status=$?
exit "$status"
