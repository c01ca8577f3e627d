#!/usr/bin/env python3
"""Score parcel-match's output on the FEBRL4-style pair (bench/febrl4).

usage: febrl4-score.py TRUTH OUT [--bands]
prints precision, recall and F1 of the links (matched owners), the review
share and the wrong links; the share of owners whose true citizen is among
the candidates listed (a lower bound of the blocking's pair completeness:
the output lists the best three, or every tied one); with --bands, the
calibration of the best candidate's probability per band (the share of
owners whose best candidate is right, against the mean probability), and
the false-link rate of the links matched at each --prob."""
import json, sys

BANDS = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0001]
truth = dict(l.rstrip('\n').split('\t') for l in open(sys.argv[1]))
right = wrong = review = listed = 0
best = []       # (probability, right?) of each owner's best candidate
for line in open(sys.argv[2], encoding='utf-8'):
    r = json.loads(line)
    o = r['owners'][0]
    m, t = o['match'], truth[r['id']]
    review += m['status'] == 'review'
    if m['status'] == 'matched':
        right += o.get('citizen_id') == t
        wrong += o.get('citizen_id') != t
    ids = [c['citizen_id'] for c in m['candidates']]
    listed += t in ids
    if ids:
        best.append((m['candidates'][0]['probability'], ids[0] == t))
p = right / (right + wrong) if right + wrong else 1
rc = right / len(truth)
print('precision %.4f recall %.4f F1 %.4f review %.2f%% wrong %d listed %.4f' % (
    p, rc, 2 * p * rc / (p + rc) if p + rc else 0, 100.0 * review / len(truth), wrong, listed / len(truth)))
if '--bands' in sys.argv:
    print('  %-15s %7s %9s %9s' % ('band', 'owners', 'mean p', 'right'))
    for lo, hi in zip(BANDS, BANDS[1:]):
        b = [x for x in best if lo <= x[0] < hi]
        if b:
            print('  %-15s %7d %8.2f%% %8.2f%%' % ('[%g, %g)' % (lo, hi) if hi <= 1 else '[%g, 1]' % lo, len(b),
                  100.0 * sum(x[0] for x in b) / len(b), 100.0 * sum(x[1] for x in b) / len(b)))
    for lo in (0.9, 0.95, 0.99):
        b = [x for x in best if x[0] >= lo]
        if b:
            print('  best at p >= %-5g %7d false links %.2f%% (stated at most %g%%)' % (
                lo, len(b), 100.0 * sum(not x[1] for x in b) / len(b), round(100 * (1 - lo), 2)))
