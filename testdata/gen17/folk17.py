"""folk17: the people and places of family 17: units from data/admin-units.csv
and data/commune-map.csv, names from data/names (Kinh, Thái, Mông, Mường),
personal IDs, CMND numbers, areas in m² and in hectares, dates."""
import csv, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")

KINH = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Ngô", "Dương", "Trịnh", "Đinh", "Lưu", "Tạ", "Mai", "Cao"]
MUONG = ["Bùi", "Đinh", "Quách", "Xa", "Hà"]
KINH_MID = {"M": ["Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu"],
            "F": ["Thị", "Thị", "Thu", "Ngọc", "Thanh"]}
MUONG_GIVEN = {"M": ["Khoa", "Lường", "Mạnh", "Thắng", "Xuyên", "Đông", "Cường"],
               "F": ["Dịu", "Lánh", "Nhung", "Thuận", "Hảo", "Mơ"]}


def _units():
    rows = list(csv.DictReader(open(os.path.join(DATA, "admin-units.csv"), encoding="utf-8")))
    return rows


UNITS = _units()
MAP = list(csv.DictReader(open(os.path.join(DATA, "commune-map.csv"), encoding="utf-8")))


def lower_unit(s):
    """'Thị xã Nghi Sơn' -> 'thị xã Nghi Sơn' (the type in lower case)."""
    for t in ("Thành phố", "Thị xã", "Huyện", "Quận", "Phường", "Xã", "Thị trấn", "Tỉnh"):
        if s.startswith(t + " "):
            return t.lower() + s[len(t):]
    return s


def bare(s):
    for t in ("Thành phố", "Thị xã", "Huyện", "Quận", "Phường", "Xã", "Thị trấn", "Tỉnh"):
        if s.startswith(t + " "):
            return s[len(t) + 1:]
    return s


class District:
    """A district-level unit of admin-units.csv and its communes."""

    def __init__(self, name, province=None):
        rows = [r for r in UNITS if r["district_name"] == name and
                (province is None or r["province_name"] == province)]
        if not rows:
            raise KeyError(name)
        self.name = name
        self.province = rows[0]["province_name"]
        self.code = rows[0]["district_code"]
        self.communes = [(r["commune_code"], r["commune_name"]) for r in rows]

    def commune(self, rng, avoid=()):
        c = [x for x in self.communes if x[0] not in avoid and x[1].startswith("Xã ")]
        return rng.choice(c or self.communes)


class NewCommune:
    """A commune or ward after July 2025 (commune-map.csv's new unit)."""

    def __init__(self, province_code, kind, rng):
        rows = [r for r in MAP if r["new_province_code"] == province_code and
                r["new_commune_name"].startswith(kind + " ")]
        names = sorted({(r["new_commune_code"], r["new_commune_name"], r["new_province_name"])
                        for r in rows})
        self.code, self.name, self.province = rng.choice(names)


def person(rng, people, sex, plain=False):
    """The name of a person of people: kinh, thai, mong, muong.  plain: a
    Kinh middle name that tells the sex (Văn, Thị), for a holder listed
    with no title and no ID."""
    if people == "mong":
        fam = rng.choice(_eth("mong", "family"))
        mid = "A" if sex == "M" else "Thị"
        giv = rng.choice(_eth("mong", "given-male" if sex == "M" else "given-female"))
    elif people == "thai":
        fam = rng.choice(_eth("thai", "family"))
        mid = "Văn" if sex == "M" else "Thị"
        giv = rng.choice(_eth("thai", "given-male" if sex == "M" else "given-female"))
    elif people == "muong":
        fam, mid = rng.choice(MUONG), ("Văn" if sex == "M" else "Thị")
        giv = rng.choice(MUONG_GIVEN[sex])
    else:
        fam = rng.choice(KINH)
        mid = ("Văn" if sex == "M" else "Thị") if plain else rng.choice(KINH_MID[sex])
        giv = rng.choice(_given(sex)).split(" ")[-1]
    return "%s %s %s" % (fam, mid, giv)


_eth_cache, _giv_cache = {}, {}


def _eth(group, part):
    if not _eth_cache:
        for ln in open(os.path.join(DATA, "names", "dien-bien-ethnic.txt"), encoding="utf-8"):
            if ln.startswith("#") or not ln.strip():
                continue
            g, p, names = ln.rstrip("\n").split("\t")
            _eth_cache[(g, p)] = names.split()
    return _eth_cache[(group, part)]


def _given(sex):
    if sex not in _giv_cache:
        f = "given-male.txt" if sex == "M" else "given-female.txt"
        # The lists write some Đ as the look-alike Ð (U+00D0): print the letter.
        _giv_cache[sex] = [ln.strip().replace("Ð", "Đ").replace("ð", "đ")
                           for ln in open(os.path.join(DATA, "names", f), encoding="utf-8")
                           if ln.strip() and not ln.startswith("#")]
    return _giv_cache[sex]


def pid(rng, prov2, sex, year):
    """A 12-digit personal ID: 0 + province, century and sex, year, six digits."""
    g = (0 if sex == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (prov2, g, year % 100, rng.randrange(10 ** 6))


def cmnd(rng):
    return "%09d" % rng.randrange(10 ** 8, 10 ** 9)


def area_vn(a):
    """1234.5 -> '1.234,5'; whole areas keep ',0' off when whole=False."""
    whole, dec = ("%.1f" % a).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + "," + dec


def hectare(m2):
    """1235 m² -> '0,1235 ha'."""
    return ("%.4f" % (m2 / 10000.0)).replace(".", ",") + " ha"


def owner(name, sex, year=None, birth_date=None, idn=None, idtype=None, address=None,
          commune=None, household=False, spouse=None):
    return {"name": name, "gender": sex, "birth_year": year, "birth_date": birth_date,
            "id_number": idn, "id_type": idtype, "address": address,
            "commune_code": commune, "household": household, "spouse": spouse}


def parcel(sheet, number, area, use, holder, commune, use_to=None, term=None,
           origin=None, address=None):
    return {"sheet": str(sheet), "number": str(number), "area": float(area),
            "land_use": use, "land_use_to": use_to, "term": term, "origin": origin,
            "address": address, "commune_code": commune, "holder": holder}


USE_NAMES = {
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị", "CLN": "Đất trồng cây lâu năm",
    "LUC": "Đất chuyên trồng lúa nước", "BHK": "Đất bằng trồng cây hàng năm khác",
    "NHK": "Đất nương rẫy trồng cây hàng năm khác", "NTS": "Đất nuôi trồng thủy sản",
    "RSX": "Đất rừng sản xuất", "LUK": "Đất trồng lúa nước còn lại", "HNK":
    "Đất trồng cây hàng năm khác", "TMD": "Đất thương mại, dịch vụ",
}
