#!/usr/bin/env python3
"""Generate a registry of N citizens and a batch of owners corrupted the way
OCR corrupts them, for bench/linkage.  Standard library only.

usage: linkage-gen.py [--archive] N OWNERS SHARED_DATA OUTDIR [SEED [PROVINCES]]
PROVINCES ("11:133,12:32", province code and weight) spreads the citizens
over those provinces by weight (default 11:1, Điện Biên alone); the names
are Điện Biên's wherever they live.
writes OUTDIR/citizens.csv, OUTDIR/owners.jsonl, OUTDIR/truth.tsv
(record id, owner index, category, true citizen_id or '-').
Category "name": owners of recovery lists, named with no birth year or ID
(a tenth of OWNERS more, in decisions dated 2024, drawn after the others so
those are the same as without them), two in five with their spouse, named
as such on the list and living at the same address (the spouses are
appended to the registry and drawn from a generator of their own); their
parcels, in OUTDIR/cadastre.csv with the holder's ID or birth year for
some (see parcel_of).

--crowd SHARE crowds the recovery lists' communes with namesakes: for a
share SHARE of the name-only owners (those absent from the registry too),
one to three other citizens of the same name, sex and commune are added
to the registry, half of them in the owner's village (drawn from a
generator of their own, so that all else is the same with them or
without): the case where a name and a commune alone cannot tell who owns.

--archive writes an archive instead (see archive()): decisions of one
province over 1995-2024, each after its owners came of age, in which people live where their parcels mostly
are, some move between communes (the older decisions name the old
address, the registry today's), and a person recurs across decisions with
variants (an ID in one, a birth year in another, neither in a recovery
list, a name misread); truth.tsv's category is the owner's as above, and
OUTDIR/people.tsv says, per archive owner, how often the person recurs
and whether the decision names an old address ("moved")."""
import csv, json, os, random, sys, unicodedata
sys.dont_write_bytecode = True
ARCHIVE = '--archive' in sys.argv
if ARCHIVE:
    sys.argv.remove('--archive')
CROWD = 0.0
if '--crowd' in sys.argv:
    k = sys.argv.index('--crowd')
    CROWD = float(sys.argv[k + 1])
    del sys.argv[k:k + 2]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchdata import full_names, province_communes, read_lines

N, NOWN, DATA, OUT = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rnd = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 5)
TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']

full = full_names(DATA, 2)
eth = {}
for l in read_lines(DATA + '/names/dien-bien-ethnic.txt'):
    g, part, names = l.split('\t')
    eth[(g, part)] = names.split()

def provinces(arg):
    """[(weight, [(commune code, name, district, province)])] of a
    PROVINCES argument."""
    out = []
    for part in arg.split(','):
        code, weight = part.split(':')
        rows = province_communes(DATA, code)
        out.append((float(weight), [(r['commune_code'], r['commune_name'], r['district_name'],
                                     r['province_name']) for r in rows]))
    return out

PROV = provinces(sys.argv[6] if len(sys.argv) > 6 else '11:1')
communes = [c for _, cs in PROV for c in cs]

def pick_commune():
    """A commune: of a province drawn by weight, then any of it."""
    if len(PROV) == 1:
        return rnd.choice(PROV[0][1])
    k = rnd.choices(range(len(PROV)), weights=[w for w, _ in PROV])[0]
    return rnd.choice(PROV[k][1])
VILLAGE_WORDS = 'Co Mận Nà Hẩu Phiêng Lơi Huổi Na Pá Khoang Tà Cáng Hua Ná Kéo Nong Bua Sam Mứn Ten Luống Nghịu Lé Xôm Pọng Cang Púng'.split()

def villages(code):
    r = random.Random(code)
    vs = ['bản ' + ' '.join(r.sample(VILLAGE_WORDS, 2)) for _ in range(r.randint(8, 20))]
    vs += ['thôn %d' % i for i in range(1, r.randint(3, 8))]
    vs += ['tổ %d' % i for i in range(1, r.randint(2, 6))]
    return vs
VIL = {c[0]: villages(c[0]) for c in communes}

STREET_NAMES = ('Trần Phú|Võ Nguyên Giáp|Hoàng Văn Thái|Nguyễn Chí Thanh|Lê Lợi|'
                'Điện Biên Phủ|Trường Chinh|Phan Đình Giót|Tô Vĩnh Diện|Bế Văn Đàn|'
                'Nguyễn Hữu Thọ|Sùng Phái Sinh|Lò Văn Hặc|Hoàng Công Chất|7 tháng 5|'
                'Võ Văn Kiệt|Lê Duẩn|Nguyễn Văn Linh').split('|')

def streets(code, cname):
    """The streets of a town commune (phường, thị trấn; none elsewhere): 6
    to 14, ten on average, drawn by a generator of the commune's own, so
    that every other draw stays as it was."""
    if not cname.lower().startswith(('phường', 'thị trấn')):
        return []
    r = random.Random('streets ' + code)
    return r.sample(STREET_NAMES, r.randint(6, 14))
STREETS = {c[0]: streets(c[0], c[1]) for c in communes}

def with_street(p):
    """p's address, in a town with a house number (1-150) and street after
    the village, drawn by a generator of p's own (parcel-match's street
    comparison takes its u from these shares)."""
    if not STREETS[p['commune']]:
        return p['address']
    r = random.Random('house ' + p['id'])
    vil, rest = p['address'].split(', ', 1)
    return '%s, số %d đường %s, %s' % (vil, r.randint(1, 150),
                                       r.choice(STREETS[p['commune']]), rest)

def kinh_name():
    a = rnd.choice(full)
    if rnd.random() < 0.5:
        return a
    b = rnd.choice(full)
    return [a[0]] + b[1:]

def person_name(sex):
    x = rnd.random()
    if x < 0.55:
        n = kinh_name()
        if 'Thị' in n[1:-1]:
            sex = 'F'
        elif 'Văn' in n[1:-1]:
            sex = 'M'
        return n, sex
    g = 'thai' if x < 0.85 else 'mong' if x < 0.96 else 'khomu'
    fam = eth[(g, 'family')]
    fam = rnd.choice(fam[:5] if rnd.random() < 0.6 else fam)
    given = rnd.choice(eth[(g, 'given-male' if sex == 'M' else 'given-female')])
    mid = ('A' if g == 'mong' else 'Văn') if sex == 'M' else 'Thị'
    return [fam, mid, given], sex

used_ids, used_old = set(), set()

def new_id(sex, year):
    g = (year // 100 - 19) * 2 + (1 if sex == 'F' else 0)
    prov = '11' if rnd.random() < 0.9 else '%02d' % rnd.choice([1, 12, 14, 26, 31])
    while True:
        i = '0%s%d%02d%06d' % (prov, g, year % 100, rnd.randrange(10 ** 6))
        if i not in used_ids:
            used_ids.add(i)
            return i

def new_old():
    while True:
        i = '04%07d' % rnd.randrange(10 ** 7)
        if i not in used_old:
            used_old.add(i)
            return i

def new_person():
    sex = rnd.choice('MF')
    name, sex = person_name(sex)
    year = rnd.randint(1940, 2005)
    date = '%04d-%02d-%02d' % (year, rnd.randint(1, 12), rnd.randint(1, 28))
    code, cname, dname, pname = pick_commune()
    vil = rnd.choice(VIL[code])
    p = {'id': new_id(sex, year), 'old': new_old() if rnd.random() < 0.6 else '',
         'name': name, 'sex': sex, 'year': year, 'date': date, 'commune': code,
         'address': '%s, %s, %s, %s' % (vil, cname.lower(), dname, pname[0].lower() + pname[1:])}
    p['address'] = with_street(p)
    return p

def retone(word):
    d = unicodedata.normalize('NFD', word)
    base = ''.join(ch for ch in d if ch not in TONES)
    t = rnd.choice(TONES + ['', ''])
    if t:
        for i, ch in enumerate(base):
            if ch.lower() in 'aeiouy':
                base = base[:i + 1] + t + base[i + 1:]
                break
    return unicodedata.normalize('NFC', base)

LETTERS = {'n': 'u', 'u': 'n', 'h': 'b', 'c': 'e', 'e': 'c', 'l': 'I', 'm': 'rn', 'o': 'ô', 'a': 'ă', 'i': 'l'}

def damage(word):
    idx = [i for i, ch in enumerate(word) if ch.lower() in LETTERS]
    if not idx:
        return word
    i = rnd.choice(idx)
    return word[:i] + LETTERS[word[i].lower()] + word[i + 1:]

def ocr_name(name):
    n = [retone(w) if rnd.random() < 0.15 else w for w in name]
    if rnd.random() < 0.04:
        k = rnd.randrange(len(n))
        n[k] = damage(n[k])
    if len(n) >= 3 and rnd.random() < 0.02:
        n[-1], n[-2] = n[-2], n[-1]
    return ' '.join(n)

CONF = {'0': '86', '1': '7', '3': '8', '5': '6', '6': '58', '8': '036', '9': '8', '2': '7', '4': '1', '7': '1'}

def ocr_id(i):
    if rnd.random() < 0.08:
        k = rnd.randrange(len(i))
        i = i[:k] + rnd.choice(CONF[i[k]]) + i[k + 1:]
    return i

# One-digit misreadings of a printed birth date come from a generator of
# their own too.
RND3 = random.Random('date misreadings %s' % (sys.argv[5] if len(sys.argv) > 5 else 5))

def misread_digit(date):
    """date with one digit of its year's last two, month or day misread
    (a date still; else unchanged)."""
    i = RND3.choice([2, 3, 6, 8, 9])
    c = RND3.choice(CONF[date[i]])
    out = date[:i] + c + date[i + 1:]
    y, m, d = (int(x) for x in out.split('-'))
    return out if 1 <= m <= 12 and 1 <= d <= 28 else date

def owner_of(p, cat):
    o = {'name': ocr_name(p['name']), 'gender': p['sex'] if rnd.random() < 0.7 else None,
         'birth_year': p['year'], 'birth_date': None, 'id_number': None, 'id_type': None,
         'address': p['address'] if rnd.random() < 0.8 else p['address'].split(', ', 1)[1],
         'commune_code': p['commune'] if rnd.random() < 0.95 else None,
         'spouse': None, 'household': False}
    if cat == 'id':
        o['id_number'], o['id_type'] = ocr_id(p['id']), 'cccd'
    elif cat == 'old-id':
        o['id_number'], o['id_type'] = p['old'], 'cmnd'
    if cat in ('id', 'old-id', 'date') and rnd.random() < 0.85 or cat == 'date':
        o['birth_date'] = p['date']
        if rnd.random() < 0.02:
            y, m, d = p['date'].split('-')
            o['birth_date'] = '%s-%s-%s' % (y, d, m) if int(d) <= 12 else p['date']
        elif RND3.random() < 0.02:
            o['birth_date'] = misread_digit(o['birth_date'])
    if cat == 'year' and rnd.random() < 0.03:
        o['birth_year'] = p['year'] + rnd.choice([-1, 1])
    return o

def main():
    people = registry()
    with open(OUT + '/owners.jsonl', 'w', encoding='utf-8') as f, open(OUT + '/truth.tsv', 'w') as t:
        k = 0
        rec = 0
        while k < NOWN:
            rec += 1
            owners = []
            for j in range(1 if rnd.random() < 0.6 else 2):
                absent = rnd.random() < 0.08
                p = new_person() if absent else people[rnd.randrange(len(people))]
                cat = rnd.choice(['id', 'id', 'old-id', 'date', 'year', 'year'])
                if cat == 'old-id' and p['old'] == '':
                    cat = 'id'

                owners.append(owner_of(p, cat))
                t.write('qd-%d\t%d\t%s\t%s\n' % (rec, j, cat, '-' if absent else p['id']))
                k += 1
            f.write(json.dumps({'id': 'qd-%d' % rec, 'owners': owners}, ensure_ascii=False) + '\n')
        name_only(f, t, rec, people)

# Spouses are drawn from their own generator, so that everything drawn
# from rnd (the registry, every owner) is the same with them or without.
RND2 = random.Random(rnd.random() + 1)

def spouse_of(p, reg):
    """A spouse of p living at p's address: opposite sex, born within eight
    years; added to the registry (writer reg) unless p is absent (None)."""
    global rnd
    saved, rnd = rnd, RND2
    try:
        want = 'F' if p['sex'] == 'M' else 'M'
        name, sex = person_name(want)
        while sex != want:
            name, sex = person_name(want)
        year = min(2005, max(1940, p['year'] + rnd.randint(-8, 8)))
        date = '%04d-%02d-%02d' % (year, rnd.randint(1, 12), rnd.randint(1, 28))
        sp = dict(p, id=new_id(sex, year), old='', name=name, sex=sex, year=year, date=date)
        if reg is not None:
            reg.writerow([sp['id'], '', ' '.join(name), date, 'Nam' if sex == 'M' else 'Nữ',
                          sp['commune'], sp['address'] if rnd.random() < 0.9 else ''])
        return sp
    finally:
        rnd = saved

def name_only(f, t, rec, people):
    """Recovery lists: owners with a name, a commune and at most a village.
    Two in five come with their spouse ("ông A và vợ là bà B"), who lives
    at the same address in the registry (appended to citizens.csv)."""
    k = 0
    with open(OUT + '/citizens.csv', 'a', encoding='utf-8', newline='') as cf, \
            open(OUT + '/cadastre.csv', 'w', encoding='utf-8', newline='') as df:
        reg, cad = csv.writer(cf), csv.writer(df)
        cad.writerow(['commune_code', 'sheet', 'number', 'area', 'land_use', 'holder_name',
                      'holder_id', 'holder_birth_year'])
        while k < max(NOWN // 10, 50):
            rec += 1
            owners, parcels = [], []
            for j in range(rnd.randint(3, 6)):
                absent = rnd.random() < 0.08
                p = new_person() if absent else people[rnd.randrange(len(people))]
                group = [p]
                if RND2.random() < 0.4:
                    group.append(spouse_of(p, None if absent else reg))
                parcels.append(parcel_of(p, len(owners), cad))
                namesakes(p, reg)
                for q in group:
                    o = owner_of_quiet(q) if q is not p else owner_of(q, 'name')
                    o['birth_year'] = None
                    if len(group) == 2:
                        o['spouse'] = len(owners) + (1 if q is p else -1)
                    t.write('qd-%d\t%d\tname\t%s\n' % (rec, len(owners), '-' if absent else q['id']))
                    owners.append(o)
                k += 1
            f.write(json.dumps({'id': 'qd-%d' % rec, 'decision': {'date': '2024-06-01'},
                                'owners': owners, 'parcels': parcels}, ensure_ascii=False) + '\n')

# Namesakes (--crowd) come from a generator of their own.
RND4 = random.Random('namesakes %s' % (sys.argv[5] if len(sys.argv) > 5 else 5))

def namesakes(p, reg):
    """With --crowd, for a share CROWD of owners p: one to three other
    citizens named as p, of p's sex and commune, half in p's village,
    added to the registry (writer reg)."""
    global rnd
    if CROWD <= 0 or RND4.random() >= CROWD:
        return
    saved, rnd = rnd, RND4
    try:
        for _ in range(rnd.randint(1, 3)):
            year = rnd.randint(1940, 2005)
            date = '%04d-%02d-%02d' % (year, rnd.randint(1, 12), rnd.randint(1, 28))
            vil = p['address'].split(', ')[0]
            if rnd.random() < 0.5:
                vil = rnd.choice(VIL[p['commune']])
            q = dict(p, id=new_id(p['sex'], year), address=place(p['commune'], vil))
            addr = with_street(q)
            reg.writerow([q['id'], '', ' '.join(p['name']), date,
                          'Nam' if p['sex'] == 'M' else 'Nữ', p['commune'],
                          addr if rnd.random() < 0.9 else ''])
    finally:
        rnd = saved

PARCELS = {}

def parcel_of(p, holder, cad):
    """The parcel recovered from p (owner index holder); seven in ten are in
    the cadastre (writer cad) under p's name, of those 45% with the ID and
    birth year, 25% with the birth year only.  Drawn from RND2."""
    n = PARCELS[p['commune']] = PARCELS.get(p['commune'], 0) + 1
    pc = {'commune_code': p['commune'], 'sheet': 1 + n // 100, 'number': n,
          'area': float(RND2.randint(200, 3000)), 'holder': holder}
    if RND2.random() < 0.7:
        x = RND2.random()
        cad.writerow([p['commune'], pc['sheet'], n, pc['area'], 'ONT', ' '.join(p['name']),
                      p['id'] if x < 0.45 else '', p['year'] if x < 0.7 else ''])
    return pc

def owner_of_quiet(q):
    """owner_of() drawing from RND2."""
    global rnd
    saved, rnd = rnd, RND2
    try:
        return owner_of(q, 'name')
    finally:
        rnd = saved

def place(code, vil):
    """The address of village vil of commune code."""
    _, cname, dname, pname = COMMUNE[code]
    return '%s, %s, %s, %s' % (vil, cname.lower(), dname, pname[0].lower() + pname[1:])
COMMUNE = {c[0]: c for c in communes}

# The archive's shares, stated here and fitted by parcel-match (see
# lib/link/linkage.c): how often a person recurs (1 to 4 decisions), moves
# (an old commune, left in a year of 1996-2023), and where a parcel lies
# against its holder's home at the decision.
RECUR = [(1, 0.50), (2, 0.25), (3, 0.15), (4, 0.10)]
MOVED = 0.15
PARCEL_HOME = [('village', 0.65), ('commune', 0.22), ('elsewhere', 0.13)]
VARIANT = [('id', 0.25), ('old-id', 0.10), ('date', 0.10), ('year', 0.25), ('name', 0.30)]

def weighted(pairs, r):
    return r.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]

def life(p, r):
    """p's homes: [(from year, commune, village)], the last today's (the
    registry's)."""
    homes = [(0, p['commune'], p['address'].split(', ')[0])]
    if r.random() < MOVED:
        old = r.choice(communes)[0]
        if old != p['commune']:
            homes.insert(0, (0, old, r.choice(VIL[old])))
            homes[1] = (r.randint(1996, 2023),) + homes[1][1:]
    return homes

def home_at(homes, year):
    return [h for h in homes if h[0] <= year][-1]

def parcel_near(home, r, n):
    """A parcel of someone living at home (commune, village)."""
    code, vil = home
    where = weighted(PARCEL_HOME, r)
    if where == 'commune':
        vil = r.choice([v for v in VIL[code] if v != vil] or [vil])
    elif where == 'elsewhere':
        code = r.choice(communes)[0]
        vil = r.choice(VIL[code])
    return {'sheet': str(1 + n // 100), 'number': str(n), 'area': float(r.randint(200, 3000)),
            'land_use': 'ONT', 'address': place(code, vil), 'commune_code': code}

def appearance(p, home, cat, date, r):
    """Owner record of person p in a decision of date, living at home."""
    global rnd
    saved, rnd = rnd, r
    try:
        here = (home[1], home[2]) == (p['commune'], p['address'].split(', ')[0])
        q = dict(p, commune=home[1], address=p['address'] if here else place(home[1], home[2]))
        o = owner_of(q, 'year' if cat == 'name' else cat)
        if cat == 'id' and date < '2016':     # no CCCD before 2016
            o['id_number'], o['id_type'] = (p['old'], 'cmnd') if p['old'] else (None, None)
        if cat == 'name':
            o['birth_year'] = o['birth_date'] = None
            if r.random() < 0.5:              # a recovery list: no address at all
                o['address'] = o['commune_code'] = None
        return o
    finally:
        rnd = saved

def archive(people):
    """The archive: OWNERS appearances of people (the first NOWN * 3 of the
    registry, 8% absent from it), one or two per decision, each decision
    with the parcel of its first owner near that owner's home of the time."""
    r = random.Random('archive %d' % N)
    slots = []
    while len(slots) < NOWN:
        absent = r.random() < 0.08
        p = new_person() if absent else people[r.randrange(len(people))]
        homes = life(p, r)
        k = weighted(RECUR, r)
        slots += [(p, homes, absent, k)] * k
    r.shuffle(slots)
    slots = slots[:NOWN]
    times = {}
    for s in slots:
        times[id(s[0])] = times.get(id(s[0]), 0) + 1
    with open(OUT + '/owners.jsonl', 'w', encoding='utf-8') as f, \
            open(OUT + '/truth.tsv', 'w') as t, open(OUT + '/people.tsv', 'w') as pt:
        pt.write('record\towner\tdecisions\tmoved\n')
        i = rec = 0
        while i < len(slots):
            rec += 1
            group = slots[i:i + (1 if r.random() < 0.7 else 2)]
            i += len(group)
            # Land users are of age (18) at the decision.
            year = r.randint(max([1995] + [g[0]['year'] + 19 for g in group]), 2024)
            date = '%d-%02d-%02d' % (year, r.randint(1, 12), r.randint(1, 28))
            owners = []
            for j, (p, homes, absent, k) in enumerate(group):
                cat = weighted(VARIANT, r)
                if cat == 'old-id' and not p['old']:
                    cat = 'year'
                home = home_at(homes, year)
                owners.append(appearance(p, home, cat, date, r))
                t.write('qd-%d\t%d\t%s\t%s\n' % (rec, j, cat, '-' if absent else p['id']))
                pt.write('qd-%d\t%d\t%d\t%d\n' % (rec, j, times[id(p)], home != homes[-1]))
            parcel = parcel_near(home_at(group[0][1], year)[1:], r, rec)
            parcel['holder'] = 0 if len(group) == 1 else None
            f.write(json.dumps({'id': 'qd-%d' % rec, 'decision': {'date': date},
                                'owners': owners, 'parcels': [parcel]}, ensure_ascii=False) + '\n')

def registry():
    """Write the registry; return the people owners are drawn from."""
    people = []
    with open(OUT + '/citizens.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['citizen_id', 'old_id', 'full_name', 'birth_date', 'gender', 'commune_code', 'address'])
        for k in range(N):
            p = new_person()
            w.writerow([p['id'], p['old'], ' '.join(p['name']),
                        p['date'] if rnd.random() < 0.95 else str(p['year']),
                        'Nam' if p['sex'] == 'M' else 'Nữ', p['commune'],
                        p['address'] if rnd.random() < 0.9 else ''])
            if k < NOWN * 3:
                people.append(p)
    return people

if ARCHIVE:
    archive(registry())
else:
    main()
