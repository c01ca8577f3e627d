"""units13: administrative units (data/admin-units.csv before July 2025,
data/commune-map.csv after it), people's names (data/names), personal ID
numbers and the ways family 13 prints numbers and dates."""
import csv, os, re

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")


def _rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


UNITS = _rows("admin-units.csv")
MAP = _rows("commune-map.csv")


def _lines(name):
    with open(os.path.join(DATA, "names", name), encoding="utf-8") as f:
        return [x.strip() for x in f if x.strip() and not x.startswith("#")]


def _clean(names):
    """Names spelled in plain Vietnamese (drops the lists' few words typed
    in an old encoding, such as a vowel before a circumflexed vowel)."""
    bad = re.compile(r"[øæåðþ]|[aeo][âêôơ]", re.I)
    return [n for n in names if not bad.search(n)]


FULL = _clean(_lines("full-names.txt"))
MALE = _clean(_lines("given-male.txt"))
FEMALE = _clean(_lines("given-female.txt"))
_COUNT = {}
for _n in FULL:
    _COUNT[_n.split()[0]] = _COUNT.get(_n.split()[0], 0) + 1
# Family names the list holds at least five times (drops its few misspellings).
FAMILY = sorted(k for k, v in _COUNT.items() if v >= 5 and k not in ("Văn", "Y"))


def lower_kind(s):
    """'Huyện Yên Thế' -> ('huyện', 'Yên Thế')."""
    for k in ("Thành phố", "Thị xã", "Huyện", "Quận", "Tỉnh", "Phường", "Xã",
              "Thị trấn", "Đặc khu"):
        if s.startswith(k + " "):
            return k.lower(), s[len(k) + 1:]
    return "", s


class Place:
    """A commune (code and name) with its district and province, printed
    the ways a decision prints them."""

    def __init__(self, code, commune, district, province, pcode):
        self.code, self.commune, self.district = code, commune, district
        self.province, self.pcode = province, pcode

    def short(self, what):
        return lower_kind(getattr(self, what))[1]

    def low(self, what):
        k, n = lower_kind(getattr(self, what))
        return (k + " " + n).strip()


def place(rng, province, district):
    """A commune (xã or phường) of district in province, before July 2025."""
    rows = [r for r in UNITS if province in r["province_name"]
            and r["district_name"].endswith(district)
            and r["commune_type"] in ("Xã", "Phường")]
    r = rng.choice(rows)
    return Place(r["commune_code"], r["commune_name"], r["district_name"],
                 r["province_name"], r["province_code"])


def new_place(rng, province, kind):
    """A commune or ward (kind "Xã" or "Phường") of a province after July
    2025 (no district)."""
    rows = sorted({(r["new_commune_code"], r["new_commune_name"], r["new_province_name"],
                    r["new_province_code"]) for r in MAP
                   if province in r["new_province_name"]
                   and r["new_commune_name"].startswith(kind + " ")})
    code, name, prov, pc = rng.choice(rows)
    if not prov.startswith(("Tỉnh", "Thành phố")):
        prov = "Tỉnh " + prov
    return Place(code, name, None, prov, pc)


def person(rng, sex=None, used=None):
    """(name, sex M/F) not in used."""
    used = used if used is not None else set()
    while True:
        sex = sex or rng.choice("MF")
        fam = rng.choice(FAMILY)
        given = rng.choice(MALE if sex == "M" else FEMALE)
        if rng.random() < 0.5:
            name = fam + " " + given
        else:
            mid = rng.choice(["Văn", "Đức", "Hữu", "Quang"] if sex == "M"
                             else ["Thị", "Ngọc", "Thu"])
            name = " ".join((fam, mid, given.split()[-1]))
        if len(name.split()) <= 4 and name not in used:
            used.add(name)
            return name, sex


def cccd(rng, pcode, sex, year):
    """A 12-digit personal ID: 0 + province, century-and-sex, year, 6 digits."""
    g = (0 if year < 2000 else 2) + (1 if sex == "F" else 0)
    return "0%s%d%02d%06d" % (pcode, g, year % 100, rng.randrange(10 ** 6))


def cmnd(rng):
    return "%09d" % rng.randrange(10 ** 8, 10 ** 9)


def tax(rng):
    return "%010d" % rng.randrange(10 ** 9, 10 ** 10)


def area(rng, lo, hi):
    """An area in m² with one decimal."""
    return round(rng.uniform(lo, hi), 1)


def vn(x, dec=1, group="."):
    """1234.5 -> '1.234,5' (group and decimal comma)."""
    s = "%.*f" % (dec, x)
    whole, _, frac = s.partition(".")
    out = ""
    while len(whole) > 3:
        out = group + whole[-3:] + out
        whole = whole[:-3]
    out = whole + out
    return out + ("," + frac if frac else "")


def date_long(d):
    """2024-03-05 -> 'ngày 05 tháng 3 năm 2024' (day padded as forms do)."""
    y, m, dd = d.split("-")
    return "ngày %s tháng %d năm %s" % (dd, int(m), y)


def date_slash(d):
    """2024-03-05 -> 'ngày 05/3/2024'."""
    y, m, dd = d.split("-")
    return "ngày %s/%d/%s" % (dd, int(m), y)


def dmy(d):
    y, m, dd = d.split("-")
    return "%s/%s/%s" % (dd, m, y)

