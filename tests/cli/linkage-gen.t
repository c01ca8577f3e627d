#!/bin/sh
# bench/linkage-gen.py --archive: people live where their parcels mostly
# are, move between communes (older decisions name the old address) and
# recur across decisions with variants.  --crowd: namesakes of the
# name-only owners in their communes, all else the same.
. "$(dirname "$0")/lib.sh"
G=$TOP/bench/linkage-gen.py

run python3 "$G" --archive 3000 600 "$DATA" .
is "$rc" 0 "--archive exits 0"
is "$(wc -l <truth.tsv | tr -d ' ')" 600 "as many owners as asked"
is "$(tail -n +2 people.tsv | wc -l | tr -d ' ')" 600 "people.tsv: one row per owner"

# The facts of the archive, in one pass over its files: per citizen, the
# decisions naming them and the variants there; per single-owner decision,
# where the parcel lies against the owner's home as the registry says it.
python3 - >facts <<'PY'
import csv, json
reg = {r['citizen_id']: r for r in csv.DictReader(open('citizens.csv', encoding='utf-8'))}
truth = {(r, int(j)): (c, cid) for r, j, c, cid in (l.split() for l in open('truth.tsv'))}
moved = {(r, int(j)): m == '1' for r, j, _, m in (l.split() for l in list(open('people.tsv'))[1:])}
seen, home, far, old_named, old_right, minors = {}, 0, 0, 0, 0, 0
for l in open('owners.jsonl', encoding='utf-8'):
    d = json.loads(l)
    for j, o in enumerate(d['owners']):
        cat, cid = truth[(d['id'], j)]
        if cid == '-':
            continue
        seen.setdefault(cid, set()).add(cat)
        minors += int(reg[cid]['birth_date'][:4]) + 18 > int(d['decision']['date'][:4])
        if moved[(d['id'], j)] and o['commune_code']:
            old_named += 1
            old_right += o['commune_code'] != reg[cid]['commune_code']
    cid = truth[(d['id'], 0)][1]
    if len(d['owners']) == 1 and cid != '-' and not moved[(d['id'], 0)]:
        same = d['parcels'][0]['commune_code'] == reg[cid]['commune_code']
        home += same
        far += not same
mixed = sum(1 for v in seen.values() if len(v) >= 2 and 'name' in v and v & {'id', 'old-id', 'year', 'date'})
print('recurring', sum(1 for v in seen.values() if len(v) >= 2) > 50)
print('named-and-linked', mixed > 30)
print('parcel-home', 0.75 < home / (home + far) < 0.95)
print('moved', old_named > 10 and old_right == old_named)
print('minors', minors)
PY
is "$(cat facts)" "recurring True
named-and-linked True
parcel-home True
moved True
minors 0" "people recur with variants; parcels mostly in the owner's commune; movers named at the old one; owners of age"
is "$(jq -c '[.decision.date[:4] | tonumber] | map(. >= 1995 and . <= 2024)' owners.jsonl | sort -u)" \
    "[true]" "decisions dated 1995-2024"
cp owners.jsonl first.jsonl
python3 "$G" --archive 3000 600 "$DATA" . >/dev/null
is "$(cmp first.jsonl owners.jsonl && echo same)" same "seeded: the same archive twice"

mkdir plain crowded
python3 "$G" 3000 600 "$DATA" plain >/dev/null
run python3 "$G" --crowd 1 3000 600 "$DATA" crowded
is "$rc" 0 "--crowd exits 0"
is "$(cat crowded/owners.jsonl crowded/truth.tsv | md5sum)" \
    "$(cat plain/owners.jsonl plain/truth.tsv | md5sum)" "--crowd: the same owners and truth"
# Per name-only owner, the registry's citizens of the owner's name, sex and
# commune other than the owner's own: "min max" over those owners.
python3 - >crowd <<'PY'
import csv, json
for d in ('plain', 'crowded'):
    reg = list(csv.DictReader(open(d + '/citizens.csv', encoding='utf-8')))
    by = {}
    for r in reg:
        by.setdefault((r['full_name'], r['gender'], r['commune_code']), set()).add(r['citizen_id'])
    ids = {r['citizen_id']: r for r in reg}
    n = []
    for l in open(d + '/truth.tsv'):
        rec, j, cat, cid = l.split()
        if cat == 'name' and cid in ids:
            r = ids[cid]
            n.append(len(by[(r['full_name'], r['gender'], r['commune_code'])] - {cid}))
    print(d, min(n), max(n) >= 1, sum(1 for k in n if k >= 1) > len(n) // 3)
PY
is "$(cat crowd)" "plain 0 False False
crowded 0 True True" "--crowd 1: namesakes in the owners' communes, for many name-only owners"

done_testing
