#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sustained load for the crash test: N workers post batches of events with unique event_ids
over keep-alive connections and append the ids of every event acknowledged (202, accepted) to
a log, flushed after each answer. Runs until the server goes away."""
import http.client
import json
import sys
import threading

port, key, log_path, workers, batch = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
lock = threading.Lock()
log = open(log_path, "w")
sent = [0]


def worker(w):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    n = 0
    while True:
        events = []
        for _ in range(batch):
            n += 1
            events.append({"session_id": f"crash-{w}", "category": "page interaction", "name": "pageview",
                           "data": {"host": "h", "path": f"/{n}"}, "timestamp": "2021-01-01 09:15:27.243860",
                           "event_id": f"w{w}-{n}"})
        body = json.dumps({"batch": events})
        try:
            conn.request("POST", "/api/v1/track", body,
                         {"Content-Type": "application/json", "Authorization": "Bearer " + key})
            reply = conn.getresponse()
            data = reply.read()
        except Exception:
            return  # the server was killed
        with lock:
            sent[0] += len(events)
        if reply.status != 202:
            continue
        results = json.loads(data)["results"]
        ids = [events[r["index"]]["event_id"] for r in results if r["status"] == "accepted"]
        with lock:
            log.write("\n".join(ids) + "\n")
            log.flush()


threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"client: posted {sent[0]} events before the server went away")
