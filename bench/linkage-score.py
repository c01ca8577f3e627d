#!/usr/bin/env python3
"""Score parcel-match output against the truth of linkage-gen.py.
usage: linkage-score.py truth.tsv matched.jsonl"""
import json, sys
from collections import defaultdict

truth = {}
for l in open(sys.argv[1]):
    r, j, cat, cid = l.rstrip('\n').split('\t')
    truth[(r, int(j))] = (cat, cid)
st = defaultdict(lambda: defaultdict(int))
for l in open(sys.argv[2], encoding='utf-8'):
    rec = json.loads(l)
    for j, o in enumerate(rec['owners']):
        cat, cid = truth[(rec['id'], j)]
        s = st[cat]
        s['owners'] += 1
        s['present'] += cid != '-'
        m = o['match']['status']
        s[m] += 1
        if m == 'matched':
            s['right' if o.get('citizen_id') == cid else 'wrong'] += 1
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
