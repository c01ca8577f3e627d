"""folk16: the people, places and numbers of family 16 (held out).

Units come from data/admin-units.csv (before July 2025) and
data/commune-map.csv (after); names from data/names.  Every draw goes
through the random.Random the caller passes, so a document repeats."""
import csv, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")
_cache = {}


def _rows(name):
    """The rows of data/NAME (a CSV), read once."""
    if name not in _cache:
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            _cache[name] = list(csv.DictReader(f))
    return _cache[name]


def _lines(name):
    if name not in _cache:
        with open(os.path.join(DATA, "names", name), encoding="utf-8") as f:
            _cache[name] = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    return _cache[name]


def lower_type(unit):
    """'Thị xã Sa Pa' -> 'thị xã Sa Pa' (the unit type in lower case)."""
    for t in ("Thành phố", "Thị xã", "Thị Xã", "Huyện", "Quận", "Xã", "Phường",
              "Thị trấn", "Tỉnh"):
        if unit.startswith(t + " "):
            return t.lower() + unit[len(t):]
    return unit


def bare(unit):
    """'Thị xã Sa Pa' -> 'Sa Pa'."""
    low = lower_type(unit)
    for t in ("thành phố ", "thị xã ", "huyện ", "quận ", "xã ", "phường ",
              "thị trấn ", "tỉnh "):
        if low.startswith(t):
            return unit[len(t):]
    return unit


class District:
    """A district before July 2025: its province and its communes."""

    def __init__(self, name, province):
        rows = [r for r in _rows("admin-units.csv")
                if bare(r["district_name"]) == name and bare(r["province_name"]) == province]
        if not rows:
            raise SystemExit("gen16: no district %s of %s" % (name, province))
        self.name = rows[0]["district_name"].replace("Thị Xã", "Thị xã")
        self.province = rows[0]["province_name"]
        self.code = rows[0]["province_code"]
        self.communes = [(r["commune_code"], r["commune_name"]) for r in rows]

    def commune(self, rng, avoid=()):
        """A commune (code, name) of the district other than those in avoid."""
        left = [c for c in self.communes if c[0] not in avoid and
                not c[1].startswith("Thị trấn")] or self.communes
        return rng.choice(left)


class Commune:
    """A commune or ward after July 2025 (no district)."""

    def __init__(self, province, kind, rng):
        rows = [r for r in _rows("commune-map.csv")
                if r["new_province_name"] == province and r["new_commune_name"].startswith(kind)]
        seen = sorted({(r["new_commune_code"], r["new_commune_name"]) for r in rows})
        self.code, self.name = rng.choice(seen)
        self.province = province
        self.olds = sorted({r["old_province_code"] for r in rows
                            if r["new_commune_code"] == self.code})


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
          "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh",
          "Mai", "Tạ", "Kiều", "Lưu", "Thái", "Khúc"]
VILLAGE = ["thôn", "tổ dân phố", "bản", "xóm", "khu phố"]


def given(rng, gender):
    """A given name (one or two words) for gender M or F."""
    pool = _lines("given-male.txt" if gender == "M" else "given-female.txt")
    # The lists write some Đ as the look-alike Ð (U+00D0): print the letter.
    return rng.choice(pool).replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")


def person_name(rng, gender, people="kinh"):
    """A full name: Kinh by default; 'thai' or 'mong' from the ethnic list."""
    if people in ("thai", "mong"):
        parts = {}
        for l in _lines("dien-bien-ethnic.txt"):
            grp, part, names = l.split("\t")
            if grp == people:
                parts[part] = names.split()
        fam = rng.choice(parts["family"])
        g = rng.choice(parts["given-male" if gender == "M" else "given-female"])
        mid = ("A" if people == "mong" else "Văn") if gender == "M" else "Thị"
        return "%s %s %s" % (fam, mid, g)
    g = given(rng, gender)
    fam = rng.choice(FAMILY)
    if " " not in g:
        g = ("Văn " if gender == "M" else "Thị ") + g
    return fam + " " + g


def cccd(rng, prov, gender, year):
    """A 12-digit personal ID: 0PP, century-and-sex digit, year, 6 digits."""
    g = (0 if gender == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (prov, g, year % 100, rng.randrange(10 ** 6))


def cmnd(rng):
    return "%09d" % rng.randrange(10 ** 8, 10 ** 9)


def area(rng, lo, hi):
    """An area in m² with one decimal, as a float."""
    return round(rng.uniform(lo, hi), 1)


def vn_area(a, sep="."):
    """1234.5 -> '1.234,5' (sep groups thousands; comma decimal)."""
    whole, dec = ("%.1f" % a).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sep.join(groups) + "," + dec


def owner(name, gender, commune, **kw):
    """A truth owner with every field fieldscore reads."""
    o = {"name": name, "gender": gender, "birth_year": None, "birth_date": None,
         "id_number": None, "id_type": None, "address": None,
         "commune_code": commune, "spouse": None, "household": False}
    o.update(kw)
    return o


def parcel(sheet, number, a, use, commune, holder, **kw):
    """A truth parcel with every field fieldscore reads."""
    p = {"sheet": str(sheet), "number": str(number), "area": float(a),
         "land_use": use, "land_use_to": None, "term": None, "origin": None,
         "address": None, "commune_code": commune, "holder": holder}
    p.update(kw)
    return p


USES = {
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
    "LUC": "Đất chuyên trồng lúa nước", "LUK": "Đất trồng lúa nước còn lại",
    "BHK": "Đất bằng trồng cây hàng năm khác", "NHK": "Đất nương rẫy trồng cây hàng năm khác",
    "CLN": "Đất trồng cây lâu năm", "RSX": "Đất rừng sản xuất", "NTS": "Đất nuôi trồng thủy sản",
    "HNK": "Đất trồng cây hàng năm khác", "TMD": "Đất thương mại, dịch vụ",
    "SKC": "Đất cơ sở sản xuất phi nông nghiệp",
}
MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
          "Mười", "Mười một", "Mười hai"]


def date_words(y, m, d):
    """'ngày 12 tháng Tám năm 2021' (the month in words)."""
    return "ngày %02d tháng %s năm %d" % (d, MONTHS[m - 1], y)


def date_long(y, m, d):
    """'ngày 05 tháng 3 năm 2019'."""
    return "ngày %02d tháng %d năm %d" % (d, m, y)


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)
