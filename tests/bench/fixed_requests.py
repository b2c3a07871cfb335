#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sends exactly N requests of one scenario over one keep-alive connection and reads every
answer (instructions_per_request.sh counts the server's instructions around it).

    fixed_requests.py URL SCENARIO N [--key APP_KEY] [--offset K]

Scenarios: health, events-cached, events-uncached (a query string no earlier request used, as
tests/bench/uncached_events.lua), track-single, track-batch (100 events), login. Exits 1 when an
answer has an unexpected status.
"""
import argparse
import http.client
import json
import sys
import urllib.parse

LOGIN = json.dumps({"email": "bench@example.org", "password": "correct horse battery staple"})
EVENT = ('{"session_id":"bench-%d","category":"page interaction","name":"pageview",'
         '"data":{"host":"www.example.com","path":"/bench/%d"},'
         '"timestamp":"2021-01-01 09:15:27.243860"}')


def unique(n):
    return "2099-%02d-%02dT%02d:%02d:%02dZ" % (1 + (n // 2419200) % 12, 1 + (n // 86400) % 28,
                                                (n // 3600) % 24, (n // 60) % 60, n % 60)


def requests(scenario, n, key, offset):
    track_headers = {"Content-Type": "application/json", "Authorization": "Bearer " + key}
    batch = '{"batch":[' + ",".join(EVENT % (i % 7, i) for i in range(1, 101)) + "]}"
    for i in range(offset + 1, offset + n + 1):
        if scenario == "health":
            yield "GET", "/api/v1/health", None, {}, 200
        elif scenario == "events-cached":
            yield "GET", "/api/v1/events", None, {}, 200
        elif scenario == "events-uncached":
            path = "/api/v1/events?from=2026-01-%02dT%02d:%02d:00Z&to=%s" % (
                1 + i % 28, i % 24, i % 60, unique(i))
            yield "GET", path, None, {}, 200
        elif scenario == "track-single":
            yield "POST", "/api/v1/track", EVENT % (1, 1), track_headers, 202
        elif scenario == "track-batch":
            yield "POST", "/api/v1/track", batch, track_headers, 202
        elif scenario == "login":
            yield "POST", "/api/v1/auth/login", LOGIN, {"Content-Type": "application/json"}, 200
        else:
            raise SystemExit("unknown scenario " + scenario)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("scenario")
    parser.add_argument("n", type=int)
    parser.add_argument("--key", default="")
    parser.add_argument("--offset", type=int, default=0)
    args = parser.parse_args()
    parsed = urllib.parse.urlsplit(args.url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=600)
    for method, path, body, headers, expected in requests(
            args.scenario, args.n, args.key, args.offset):
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        answer.read()
        if answer.status != expected:
            print("%s %s: HTTP %d, expected %d" % (method, path, answer.status, expected),
                  file=sys.stderr)
            return 1
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
