#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A webhook receiver for the benchmarks and the crash test: python3 webhooks_receiver.py PORT LOG
# Answers every POST with 204 (keep-alive) and appends one line per message to LOG:
#   <arrival ms> <webhook-id> <type> <data.id or data.event_id> <message timestamp ms> <path>
import calendar
import json
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
log = open(log_path, "a", buffering=1)


def ms(rfc3339):
    if not rfc3339.endswith("Z"):
        return 0
    parsed = datetime.strptime(rfc3339, "%Y-%m-%dT%H:%M:%S.%fZ")
    return calendar.timegm(parsed.timetuple()) * 1000 + parsed.microsecond // 1000


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        arrival = int(time.time() * 1000)
        try:
            message = json.loads(body)
            data = message.get("data", {})
            subject = data.get("id", data.get("event_id", 0))
            stamp = ms(message.get("timestamp", ""))
            kind = message.get("type", "?")
        except ValueError:
            subject, stamp, kind = 0, 0, "invalid"
        with lock:
            log.write(f"{arrival} {self.headers.get('webhook-id')} {kind} {subject} {stamp} {self.path}\n")
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a sender killed mid-request (the crash test) is expected


Server(("127.0.0.1", port), Handler).serve_forever()
