#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large iCalendar file to stdout: --mb megabytes of VEVENTs (mostly single events
in three zones, every 20th a weekly series with COUNT, every 50th an override), the shape of a
big exported calendar. Deterministic."""
import argparse
import sys

parser = argparse.ArgumentParser()
parser.add_argument('--mb', type=int, default=50)
args = parser.parse_args()
out = sys.stdout
out.write('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Eventdesk bench//EN\r\n')
zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo']
written = 0
i = 0
target = args.mb * 1024 * 1024
while written < target:
    zone = zones[i % 3]
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    year = 2025 + (i // 336) % 3
    lines = ['BEGIN:VEVENT', 'UID:bench-%d@eventdesk' % i, 'DTSTAMP:20250101T000000Z',
             'SUMMARY:Event number %d with a title of ordinary length' % i,
             'DESCRIPTION:' + ('A description that runs over a few lines\\, as real ones do. ' * 3),
             'LOCATION:Room %d\\, Building %d' % (i % 40, i % 7),
             'DTSTART;TZID=%s:%04d%02d%02dT%02d0000' % (zone, year, month, day, 8 + i % 10),
             'DTEND;TZID=%s:%04d%02d%02dT%02d3000' % (zone, year, month, day, 9 + i % 10)]
    if i % 20 == 0:
        lines.append('RRULE:FREQ=WEEKLY;COUNT=10')
    lines.append('END:VEVENT')
    if i % 50 == 0:
        lines += ['BEGIN:VEVENT', 'UID:bench-%d@eventdesk' % (i - 50 if i >= 50 else 0),
                  'DTSTAMP:20250101T000000Z', 'SUMMARY:Moved',
                  'RECURRENCE-ID;TZID=%s:%04d%02d%02dT%02d0000' % (zone, year, month, day, 8),
                  'DTSTART;TZID=%s:%04d%02d%02dT%02d0000' % (zone, year, month, day, 12),
                  'DURATION:PT1H', 'END:VEVENT']
    text = '\r\n'.join(lines) + '\r\n'
    out.write(text)
    written += len(text)
    i += 1
out.write('END:VCALENDAR\r\n')
