#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The documented nginx front (packaging/nginx/eventdesk.conf) with Debian's nginx on 127.0.0.1:
# a self-signed certificate made here with openssl, two `eventdesk --headless` upstreams on their
# own loopback ports and data folders, and nginx with its own main configuration in a temporary
# folder (never the system's nginx). Checks over https that the API answers through nginx, that
# Eventdesk's Host and Origin checks still hold behind it, that both upstreams serve and that
# one alone keeps serving. Needs root (as the packaging tests do); exits 77 (skipped) without
# root, nginx, openssl or curl.
set -euo pipefail
eventdesk=${1:?usage: nginx_front.sh EVENTDESK_BINARY SOURCE_DIR}
source_dir=${2:?usage: nginx_front.sh EVENTDESK_BINARY SOURCE_DIR}

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the nginx front test runs as root"
    exit 77
fi
nginx=$(command -v nginx || true)
[ -x /usr/sbin/nginx ] && nginx=/usr/sbin/nginx
for tool in "$nginx" openssl curl python3; do
    if [ -z "$tool" ] || ! command -v "$tool" >/dev/null; then
        echo "SKIP: nginx, openssl, curl and python3 are needed (make deps installs them)"
        exit 77
    fi
done

work=$(mktemp -d /tmp/eventdesk-nginx-test.XXXXXX)
# nginx's workers run as nobody and write their temporary files below this folder.
chmod 755 "$work"
pids=()
nginx_pid=
cleanup() {
    # nginx's master stops its workers on SIGTERM (after SIGKILL they would live on).
    if [ -n "$nginx_pid" ]; then
        kill -TERM "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    for pid in "${pids[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    for log in "$work"/*.log; do
        echo "--- $log"
        cat "$log"
    done
    exit 1
}

# start_eventdesk NAME PORT LOG: one upstream with its own data folder, on PORT (0: a free
# one); sets $started_pid and $started_port.
start_eventdesk() {
    local name=$1 port=$2 log=$work/$3 url=
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$work/config" \
        "$eventdesk" --headless --port "$port" --data-dir "$work/$name" >"$log" 2>&1 &
    started_pid=$!
    pids+=("$started_pid")
    for _ in $(seq 1 300); do
        url=$(grep -Eo 'http://127\.0\.0\.1:[0-9]+' "$log" | head -n1 || true)
        if [ -n "$url" ]; then
            started_port=${url##*:}
            return 0
        fi
        kill -0 "$started_pid" 2>/dev/null || break
        sleep 0.1
    done
    fail "eventdesk $name did not start on port $port"
}

start_eventdesk a 0 a.log
a_pid=$started_pid a_port=$started_port
start_eventdesk b 0 b.log
b_pid=$started_pid b_port=$started_port
echo "upstreams: 127.0.0.1:$a_port, 127.0.0.1:$b_port"

# Two free ports for nginx (https and the http redirect).
read -r https_port http_port < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))')
origin="https://127.0.0.1:$https_port"

echo "== openssl: a self-signed certificate for 127.0.0.1"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>"$work/openssl.log" || fail "openssl"

echo "== nginx: the sample configuration, made to listen on 127.0.0.1 only"
sed -e "s|/etc/ssl/certs/eventdesk.example.org.pem|$work/cert.pem|" \
    -e "s|/etc/ssl/private/eventdesk.example.org.key|$work/key.pem|" \
    -e "s|\"https://eventdesk.example.org\"|\"$origin\"|" \
    -e "s|eventdesk.example.org|127.0.0.1|g" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "/listen \[::\]/d" \
    -e "s|127.0.0.1:8085|127.0.0.1:$a_port|" \
    -e "s|127.0.0.1:8086|127.0.0.1:$b_port|" \
    "$source_dir/packaging/nginx/eventdesk.conf" >"$work/eventdesk.conf"
# The sample changed in a way these substitutions miss: say so instead of testing something else.
if grep -nE 'example\.org|:8085|:8086|listen (80|443)|\[::\]' "$work/eventdesk.conf"; then
    fail "packaging/nginx/eventdesk.conf no longer matches the test's substitutions"
fi
mkdir -p "$work/nginx-tmp"
cat >"$work/nginx.conf" <<CONF
daemon off;
user nobody nogroup;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log notice;
events { worker_connections 64; }
http {
    log_format upstreams '\$status \$upstream_addr';
    access_log $work/nginx-access.log upstreams;
    client_body_temp_path $work/nginx-tmp/body;
    proxy_temp_path $work/nginx-tmp/proxy;
    fastcgi_temp_path $work/nginx-tmp/fastcgi;
    uwsgi_temp_path $work/nginx-tmp/uwsgi;
    scgi_temp_path $work/nginx-tmp/scgi;
    include $work/eventdesk.conf;
}
CONF
"$nginx" -t -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" 2>"$work/nginx-t.log" \
    || fail "nginx -t refuses the configuration"
"$nginx" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 100); do
    curl -ks -o /dev/null "$origin/" && break
    sleep 0.1
done

# status BODY_FILE CURL_ARGS...: the HTTP status of one request through nginx.
status() {
    local body=$1
    shift
    curl -ks --max-time 10 -o "$body" -w '%{http_code}' "$@"
}

echo "== GET $origin/api/v1/health through nginx"
for _ in 1 2 3 4; do
    code=$(status "$work/health.json" "$origin/api/v1/health")
    [ "$code" = 200 ] || fail "health through nginx answered $code: $(cat "$work/health.json")"
    grep -q '"status":"ok"' "$work/health.json" || fail "health: $(cat "$work/health.json")"
done
echo "health: $(cat "$work/health.json")"
for port in "$a_port" "$b_port"; do
    grep -q "^200 127.0.0.1:$port\$" "$work/nginx-access.log" \
        || fail "the upstream on port $port served no request"
done
echo "both upstreams served"

echo "== TLS: the https answer carries HSTS; http redirects to https"
curl -ksI "$origin/api/v1/health" | grep -qi '^strict-transport-security: max-age=' \
    || fail "no Strict-Transport-Security header"
code=$(status /dev/null "http://127.0.0.1:$http_port/api/v1/health")
[ "$code" = 301 ] || fail "http answered $code instead of 301"

echo "== Host: another name is refused by nginx (421), as Eventdesk does"
code=$(status /dev/null -H 'Host: evil.example' "$origin/api/v1/health")
[ "$code" = 421 ] || fail "Host evil.example answered $code instead of 421"

echo "== Origin: the public origin passes, a foreign one gets Eventdesk's 403"
code=$(status "$work/origin.json" -H "Origin: $origin" "$origin/api/v1/health")
[ "$code" = 200 ] || fail "a request from the public origin answered $code: $(cat "$work/origin.json")"
code=$(status "$work/origin.json" -H 'Origin: https://evil.example' "$origin/api/v1/health")
[ "$code" = 403 ] || fail "a request from a foreign origin answered $code instead of 403"
grep -q '"code":"origin_not_allowed"' "$work/origin.json" \
    || fail "the 403 is not Eventdesk's: $(cat "$work/origin.json")"

echo "== a chunked request body reaches Eventdesk with a Content-Length (it refuses chunked: 411)"
code=$(status "$work/login.json" --http1.1 -X POST -H 'Transfer-Encoding: chunked' \
    -H 'Content-Type: application/json' -H "Origin: $origin" \
    -d '{"email":"nobody@example.org","password":"not the password"}' "$origin/api/v1/auth/login")
[ "$code" = 401 ] || fail "a chunked login answered $code instead of 401: $(cat "$work/login.json")"

echo "== one upstream stopped: the other keeps serving"
# stop_upstream PID: SIGTERM, as systemd stops a service.
stop_upstream() {
    kill -TERM "$1"
    wait "$1" || fail "eventdesk exited with $? on SIGTERM"
}
stop_upstream "$a_pid"
for _ in 1 2 3; do
    code=$(status "$work/health.json" "$origin/api/v1/health")
    [ "$code" = 200 ] || fail "with upstream a stopped, health answered $code"
done
start_eventdesk a "$a_port" a-again.log
a_pid=$started_pid
# nginx takes a failed upstream back after fail_timeout (5 s): wait until a serves again.
served=0
for _ in $(seq 1 100); do
    : >"$work/nginx-access.log"
    status /dev/null "$origin/api/v1/health" >/dev/null
    if grep -q "^200 127.0.0.1:$a_port\$" "$work/nginx-access.log"; then
        served=1
        break
    fi
    sleep 0.1
done
[ "$served" = 1 ] || fail "nginx did not send requests to the restarted upstream a"
stop_upstream "$b_pid"
for _ in 1 2 3; do
    code=$(status "$work/health.json" "$origin/api/v1/health")
    [ "$code" = 200 ] || fail "with upstream b stopped, health answered $code"
done
stop_upstream "$a_pid"
echo "PASS"
