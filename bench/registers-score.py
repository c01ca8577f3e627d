#!/usr/bin/env python3
"""Score table-import against the generator's truth.

registers-score.py TRUTH.tsv FILE RECORDS.jsonl...: for FILE's rows in
TRUTH, the share of injected problems of substance flagged (by kind), the
share of clean rows (and rows changed only in form) flagged, whether
every data row is covered by a record, and link precision and recall (all
records, and those whose row has a usable ID or birth date).  Standard library only."""
import json, sys, collections

SUBSTANCE = {"id-year", "id-sex", "id-digit", "id-missing", "birth-year-missing",
             "id-shared", "parcel-duplicate", "id-lost", "id-two"}
ALSO = {"id-shared": {"name-variant"}}

truth, flagged, covered = {}, collections.defaultdict(set), set()
linked = {}
true_id = {}
usable = set()
for line in open(sys.argv[1]):
    f, row, kind, pid, *use = line.rstrip("\n").split("\t")
    truth[(f, int(row))] = kind
    true_id[(f, int(row))] = pid
    if use and use[0] == "1":
        usable.add((f, int(row)))
for path in sys.argv[3:]:
    for line in open(path):
        r = json.loads(line)
        f = r["source"].rsplit("/", 1)[-1]
        kinds = {x["reason"].split(":")[0] for x in r.get("review", [])}
        for n in r["rows"]:
            covered.add((f, n))
            flagged[(f, n)] |= kinds
        o = (r.get("owners") or [{}])[0]
        if "match" in o:
            linked[(f, r["rows"][0])] = o.get("citizen_id")
want = sys.argv[2]
by = collections.defaultdict(lambda: [0, 0])
clean = [0, 0]
form = [0, 0]
falses = collections.Counter()
for (f, row), kind in truth.items():
    if f != want:
        continue
    got = flagged.get((f, row), set())
    if kind in SUBSTANCE:
        by[kind][0] += 1
        by[kind][1] += bool(got & ({kind} | ALSO.get(kind, set())))
    else:
        bucket = clean if kind == "clean" else form
        bucket[0] += 1
        bucket[1] += bool(got)
        falses.update(got)
rows = [k for k in truth if k[0] == want]
missing = [k for k in rows if k not in covered]
tot = sum(v[0] for v in by.values())
hit = sum(v[1] for v in by.values())
print("%s: %d rows, %d not covered by a record" % (want, len(rows), len(missing)))
print("  problems of substance flagged: %d/%d = %.3f" % (hit, tot, hit / max(tot, 1)))
for k in sorted(by):
    print("    %-20s %4d/%-4d %.3f" % (k, by[k][1], by[k][0], by[k][1] / max(by[k][0], 1)))
print("  clean rows flagged:  %d/%d = %.4f" % (clean[1], clean[0], clean[1] / max(clean[0], 1)))
print("  form-only rows flagged: %d/%d = %.4f" % (form[1], form[0], form[1] / max(form[0], 1)))
if falses:
    print("  false alarms by kind:", dict(falses))
if linked:
    tp = sum(1 for k, v in linked.items() if v and v == true_id.get(k))
    matched = sum(1 for v in linked.values() if v)
    print("  link: %d matched, precision %.4f, recall %.4f (of %d records)" % (
        matched, tp / max(matched, 1), tp / max(len(linked), 1), len(linked)))
    # the target's measure: records whose first row has a usable ID or
    # birth date (the generator's truth)
    use = {k: v for k, v in linked.items() if k in usable}
    if use:
        utp = sum(1 for k, v in use.items() if v and v == true_id.get(k))
        um = sum(1 for v in use.values() if v)
        print("  link, rows with a usable ID or birth date: %d matched, precision %.4f, recall %.4f (of %d records)" % (
            um, utp / max(um, 1), utp / max(len(use), 1), len(use)))
