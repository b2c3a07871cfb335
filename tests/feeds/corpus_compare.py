#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares Eventdesk's reading of the corpus with an independent one.

usage: corpus_compare.py FEEDDUMP CORPUS_DIR [--verbose] [FILE...]

.ics: python3-icalendar + python3-recurring-ical-events over the window below (the events
whose [start, end) meets it, as recurring_ical_events.between() selects them); the same
selection is applied to Eventdesk's items. Compared: number of events, start and end instants
in UTC (all-day and floating times read as UTC, as Eventdesk stores them) and titles.
.xml (provider): xml.etree; every plan/event with a valid id, start (and end where required),
its title and the min/max over its zones' price fields.

A difference fails the test unless the file is on the list of deliberate differences in
CORPUS_DIR/DIFFERENCES (one "file: reason" per line; see docs/feeds.md). So does a corpus file
without a row in CORPUS_DIR/MANIFEST naming its origin and an SPDX licence identifier, and a
row without its file: only files whose licence lets us redistribute them belong here.
"""
import datetime
import json
import os
import subprocess
import sys
import re
import xml.etree.ElementTree as ET

WINDOW_FROM = datetime.datetime(1990, 1, 1, tzinfo=datetime.timezone.utc)
WINDOW_TO = datetime.datetime(2035, 1, 1, tzinfo=datetime.timezone.utc)
UTC = datetime.timezone.utc


SPDX = re.compile(r'[A-Za-z0-9.+-]+( (AND|OR) [A-Za-z0-9.+-]+)*')


def ms(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return int(value.timestamp() * 1000)
    if isinstance(value, datetime.date):
        return int(datetime.datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()
                   * 1000)
    raise TypeError(value)


def reference_ics(path):
    import icalendar
    import recurring_ical_events
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        text = data.decode('latin-1')
    calendars = icalendar.Calendar.from_ical(text, multiple=True)
    events = []
    for calendar in calendars:
        for event in recurring_ical_events.of(calendar).between(WINDOW_FROM, WINDOW_TO):
            start = event['DTSTART'].dt
            if 'DTEND' in event:
                end = event['DTEND'].dt
            elif 'DURATION' in event:
                end = start + event['DURATION'].dt
            elif isinstance(start, datetime.datetime):
                end = start
            else:
                end = start + datetime.timedelta(days=1)
            events.append((ms(start), ms(end), str(event.get('SUMMARY', '')).strip()))
    return sorted(events)


def in_window(start, end):
    lo, hi = ms(WINDOW_FROM), ms(WINDOW_TO)
    return start < hi and (start >= lo or end > lo)


def eventdesk_ics(result, theirs):
    theirs = set(theirs)
    events = []
    for item in result.get('items', []):
        start = int(item['start'])
        end = int(item.get('end', start))
        title = item['title'].strip()
        key = item['key']
        if (key == title or key.startswith(title + '/')) and (start, int(item.get('end', start)),
                                                               title) not in theirs:
            title = ''  # no SUMMARY: Eventdesk shows the UID (or derived key) as the title
        if in_window(start, end):
            events.append((start, end, title))
    return sorted(events)


def provider_date(text):
    try:
        return ms(datetime.datetime.strptime(text, '%Y-%m-%dT%H:%M:%S'))
    except (TypeError, ValueError):
        return None


def reference_xml(path):
    root = ET.parse(path).getroot()
    old = root.tag == 'eventList'
    base_tag, plan_tag = ('base_event', 'event') if old else ('base_plan', 'plan')
    items = []
    for base in root.iter(base_tag):
        base_id = base.get(base_tag + '_id')
        title, sell_mode = base.get('title'), base.get('sell_mode')
        for plan in base.findall(plan_tag):
            plan_id = plan.get(plan_tag + '_id')
            start = provider_date(plan.get('plan_start_date') or plan.get('event_start_date')
                                  or plan.get('event_date'))
            end_text = plan.get('plan_end_date') or plan.get('event_end_date')
            end = provider_date(end_text)
            if not base_id or not title or not sell_mode or not plan_id or start is None:
                continue
            if (end_text is not None or not old) and (end is None or end < start):
                continue
            prices = []
            for zone in plan.findall('zone'):
                values = [zone.get(k) for k in ('price', 'max_price', 'min_price') if zone.get(k)]
                try:
                    prices += [float(v) for v in values]
                except ValueError:
                    pass
            items.append((base_id + ':' + plan_id, start, end, title,
                          min(prices) if prices else None, max(prices) if prices else None))
    return sorted(items, key=repr)


def eventdesk_xml(result):
    return sorted(((i['key'], int(i['start']), int(i['end']) if 'end' in i else None, i['title'],
                    i.get('min_price'), i.get('max_price')) for i in result.get('items', [])),
                  key=repr)


def load_differences(corpus):
    known = {}
    path = os.path.join(corpus, 'DIFFERENCES')
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            line = line.strip()
            if line and not line.startswith('#'):
                name, _, reason = line.partition(':')
                known[name.strip()] = reason.strip()
    return known


def check_manifest(corpus, files):
    """Problems with the MANIFEST: files without a row, rows without a file, rows without an
    SPDX licence identifier (file, repository, path, commit, licence; tab-separated)."""
    problems, rows = [], {}
    for line in open(os.path.join(corpus, 'MANIFEST'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        fields = line.rstrip('\n').split('\t')
        if len(fields) != 5 or not all(fields):
            problems.append('MANIFEST: not five fields: %r' % line.strip())
            continue
        rows[fields[0]] = fields[4]
        if (not SPDX.fullmatch(fields[4])
                or fields[4].upper() in ('NONE', 'UNKNOWN', 'NOASSERTION')):
            problems.append('MANIFEST: %s: no SPDX licence identifier (%r)'
                            % (fields[0], fields[4]))
    names = {os.path.relpath(path, corpus) for path in files}
    problems += ['MANIFEST: %s is not listed' % n for n in sorted(names - set(rows))]
    problems += ['MANIFEST: %s is listed but missing' % n for n in sorted(set(rows) - names)]
    return problems


def describe(ours, theirs, limit=4):
    only_ours = sorted(set(ours) - set(theirs))
    only_theirs = sorted(set(theirs) - set(ours))
    lines = ['eventdesk %d, reference %d' % (len(ours), len(theirs))]
    lines += ['  only eventdesk: %r' % (e,) for e in only_ours[:limit]]
    lines += ['  only reference: %r' % (e,) for e in only_theirs[:limit]]
    return '\n'.join(lines)


def main():
    dump, corpus = sys.argv[1], sys.argv[2]
    verbose = '--verbose' in sys.argv
    chosen = [a for a in sys.argv[3:] if not a.startswith('--')]
    files = chosen or sorted(
        os.path.join(dirpath, name) for dirpath, _, names in os.walk(corpus) for name in names
        if name.endswith(('.ics', '.xml')))
    out = subprocess.run([dump, '--from', WINDOW_FROM.date().isoformat(), '--to',
                          WINDOW_TO.date().isoformat(), '--max', '100000'] + files,
                         capture_output=True, check=True, text=True).stdout
    results = {r['file']: r for r in map(json.loads, out.splitlines())}
    known = load_differences(corpus)
    agree, deliberate, failures = 0, [], []
    if not chosen:
        failures += check_manifest(corpus, files)
    for path in files:
        name = os.path.relpath(path, corpus)
        result = results[path]
        try:
            if path.endswith('.ics'):
                theirs = reference_ics(path)
                ours = eventdesk_ics(result, theirs)
            else:
                theirs = reference_xml(path)
                ours = eventdesk_xml(result)
            problem = None
            if result.get('error'):
                problem = 'eventdesk failed: %s' % result['error']
            elif ours != theirs:
                problem = describe(ours, theirs)
        except Exception as e:  # the reference itself cannot read the file
            problem = 'reference failed: %s: %s' % (type(e).__name__, e)
            if result.get('error'):
                problem = None  # both refuse it
        if problem is None:
            agree += 1
            if name in known:
                failures.append('%s: listed in DIFFERENCES but agrees now' % name)
        elif name in known:
            deliberate.append(name)
            if verbose:
                print('DELIBERATE %s (%s)\n%s' % (name, known[name], problem))
        else:
            failures.append('%s: %s' % (name, problem))
    print('%d of %d files agree; %d deliberate differences (DIFFERENCES); %d failures'
          % (agree, len(files), len(deliberate), len(failures)))
    for f in failures:
        print('FAIL ' + f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
