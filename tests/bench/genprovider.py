#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a provider feed (planList format) of PLANS plans x ZONES zones to stdout.

Plans are grouped 5 per base plan (plan ids repeat across base plans), two zones per plan share
an id, starts are spread over 2020-2026, and 4 in 5 base plans sell online. --variant N shifts
every N-th plan's prices (a feed that changed between two fetches)."""
import argparse
import sys
from datetime import datetime, timedelta

p = argparse.ArgumentParser()
p.add_argument("--plans", type=int, default=100000)
p.add_argument("--zones", type=int, default=10)
p.add_argument("--variant", type=int, default=0)
a = p.parse_args()

out = sys.stdout
w = out.write
w('<?xml version="1.0" encoding="UTF-8"?>\n<planList version="1.0"><output>\n')
start0 = datetime(2020, 1, 1)
span = 6 * 365 * 24 * 60  # minutes
per_base = 5
for b in range(0, a.plans, per_base):
    base_id = b // per_base + 1
    mode = "offline" if base_id % 5 == 0 else "online"
    w(f'<base_plan base_plan_id="{base_id}" sell_mode="{mode}" title="Show {base_id} &amp; friends">\n')
    for k in range(min(per_base, a.plans - b)):
        i = b + k
        s = start0 + timedelta(minutes=(i * 7919) % span)
        e = s + timedelta(minutes=90)
        bump = 1 if a.variant and i % a.variant == 0 else 0
        w(f'<plan plan_start_date="{s:%Y-%m-%dT%H:%M:%S}" plan_end_date="{e:%Y-%m-%dT%H:%M:%S}" '
          f'plan_id="{k + 1}" sell_from="2019-01-01T00:00:00" sell_to="{s:%Y-%m-%dT%H:%M:%S}" sold_out="false">\n')
        for z in range(a.zones):
            zone_id = z if z != 1 else 0  # a repeated zone id
            price = 10 + (i + z * 3) % 90 + bump
            w(f'<zone zone_id="{zone_id}" capacity="{50 + z}" price="{price}.00" name="Zone {z}" numbered="true" />\n')
        w('</plan>\n')
    w('</base_plan>\n')
w('</output></planList>\n')
