#!/bin/sh
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# as a desktop session would have; both go away with the command. Usage: run-with-keyring.sh CMD...
set -eu
export HOME="$(mktemp -d)" XDG_DATA_HOME= XDG_RUNTIME_DIR=
XDG_RUNTIME_DIR="$HOME/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
trap 'rm -rf "$HOME"' EXIT
exec dbus-run-session -- sh -c '
    printf "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"' run-with-keyring "$@"
