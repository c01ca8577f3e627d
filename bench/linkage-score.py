#!/usr/bin/env python3
"""Score parcel-match output against the truth of linkage-gen.py: precision,
recall and review rate per category; then the calibration of the best
candidate's "probability" (per band: owners, mean probability, share whose
best candidate is the right citizen), for all owners and for the name-only.
With a people.tsv beside truth.tsv (linkage-gen.py --archive), also the
owners whose person recurs in other decisions, those of them named without
birth year or ID, and those named at an old address (moved).
usage: linkage-score.py truth.tsv matched.jsonl"""
import json, os, sys
from collections import defaultdict

truth = {}
for l in open(sys.argv[1]):
    r, j, cat, cid = l.rstrip('\n').split('\t')
    truth[(r, int(j))] = (cat, cid)
st = defaultdict(lambda: defaultdict(int))
cal = []                        # (category, probability, right) per owner
PEOPLE = os.path.join(os.path.dirname(sys.argv[1]), 'people.tsv')
groups = {}                     # (record, owner) -> the archive groups
if os.path.exists(PEOPLE):
    for l in list(open(PEOPLE))[1:]:
        r, j, k, moved = l.split()
        cat = truth[(r, int(j))][0]
        groups[(r, int(j))] = [g for g, on in (('recurs', int(k) > 1),
                               ('recurs-name', int(k) > 1 and cat == 'name'),
                               ('moved', moved == '1')) if on]
def count(s, o, cid):
    """Count owner o, whose citizen is cid ('-': absent), into s."""
    s['owners'] += 1
    s['present'] += cid != '-'
    m = o['match']['status']
    s[m] += 1
    if m == 'matched':
        s['right' if o.get('citizen_id') == cid else 'wrong'] += 1

for l in open(sys.argv[2], encoding='utf-8'):
    rec = json.loads(l)
    for j, o in enumerate(rec['owners']):
        cat, cid = truth[(rec['id'], j)]
        for g in [cat] + groups.get((rec['id'], j), []):
            count(st[g], o, cid)
        c = o['match']['candidates']
        if c:
            cal.append((cat, c[0].get('probability', 0), c[0]['citizen_id'] == cid))
print('%-8s %7s %7s %9s %8s %8s %7s' % ('category', 'owners', 'absent', 'precision', 'recall', 'review', 'wrong'))
tot = defaultdict(int)
for cat in ['id', 'old-id', 'date', 'year', 'name']:
    s = st[cat]
    if cat != 'name':           # "all" is the owners with a birth year or ID
        for k, v in s.items():
            tot[k] += v
    if not s['owners']:
        continue
    m = s['right'] + s['wrong']
    print('%-8s %7d %7d %8.2f%% %7.2f%% %7.2f%% %7d' % (cat, s['owners'], s['owners'] - s['present'],
          100.0 * s['right'] / m if m else 100, 100.0 * s['right'] / s['present'], 100.0 * s['review'] / s['owners'], s['wrong']))
m = tot['right'] + tot['wrong']
print('%-8s %7d %7d %8.2f%% %7.2f%% %7.2f%% %7d' % ('all-but-name', tot['owners'], tot['owners'] - tot['present'],
      100.0 * tot['right'] / m, 100.0 * tot['right'] / tot['present'], 100.0 * tot['review'] / tot['owners'], tot['wrong']))
for g in ['recurs', 'recurs-name', 'moved']:
    s = st[g]
    if s['owners']:
        m = s['right'] + s['wrong']
        print('%-12s %3d %7d %8.2f%% %7.2f%% %7.2f%% %7d' % (g, s['owners'], s['owners'] - s['present'],
              100.0 * s['right'] / m if m else 100, 100.0 * s['right'] / s['present'],
              100.0 * s['review'] / s['owners'], s['wrong']))

BANDS = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0001]
for title, rows in (('all owners', cal), ('name-only', [r for r in cal if r[0] == 'name'])):
    print('calibration, %s: best candidate\'s probability' % title)
    print('  %-15s %7s %9s %9s' % ('band', 'owners', 'mean p', 'right'))
    for lo, hi in zip(BANDS, BANDS[1:]):
        b = [r for r in rows if lo <= r[1] < hi]
        if b:
            print('  %-15s %7d %8.2f%% %8.2f%%' % ('[%g, %g)' % (lo, min(hi, 1)) if hi <= 1 else '[%g, 1]' % lo, len(b),
                  100.0 * sum(r[1] for r in b) / len(b), 100.0 * sum(r[2] for r in b) / len(b)))
