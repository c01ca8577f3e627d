"""people18: the units, names, ID numbers and figures of family 18, from the
files of data/ (admin-units.csv, commune-map.csv, names/)."""
import csv
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")

KINH = ("Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh "
        "Tạ Cao Lưu Kiều Mạc Văn Thái Quách Hà Lã Khúc").split()


def _rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


UNITS = _rows("admin-units.csv")
CMAP = _rows("commune-map.csv")


def _words(name):
    with open(os.path.join(DATA, "names", name), encoding="utf-8") as f:
        # data/names writes some Đ as the look-alike Ð (U+00D0): the letter is Đ.
        return [ln.strip().replace("Ð", "Đ").replace("ð", "đ") for ln in f
                if ln.strip() and not ln.startswith("#")]


GIVEN = {"M": _words("given-male.txt"), "F": _words("given-female.txt")}
ETHNIC = {}
for ln in _words("dien-bien-ethnic.txt"):
    group, part, names = ln.split("\t")
    ETHNIC[(group, part)] = names.split()


def district(name):
    """The communes of one district ("Huyện Hải Hậu"), as admin-units rows."""
    rows = [r for r in UNITS if r["district_name"] == name]
    if not rows:
        raise SystemExit("gen18: no district " + name)
    return rows


UNIT_TYPES = ("Thành phố", "Thị xã", "Thị trấn", "Huyện", "Quận", "Phường", "Xã", "Tỉnh")


def lower_unit(kind_and_name):
    """'Huyện Hải Hậu' -> 'huyện Hải Hậu' (the unit's type in lower case)."""
    for t in UNIT_TYPES:
        if kind_and_name.startswith(t + " "):
            return t.lower() + kind_and_name[len(t):]
    return kind_and_name


def bare(kind_and_name):
    """'Huyện Hải Hậu' -> 'Hải Hậu', 'Thành phố Bắc Giang' -> 'Bắc Giang'."""
    for t in UNIT_TYPES:
        if kind_and_name.startswith(t + " "):
            return kind_and_name[len(t) + 1:]
    return kind_and_name


def new_commune(old_code):
    """The commune after July 2025 for a commune code before it: (code, name)."""
    for r in CMAP:
        if r["old_commune_code"] == old_code:
            return r["new_commune_code"], r["new_commune_name"], r["new_province_name"]
    raise SystemExit("gen18: commune %s not in the map" % old_code)


def person(rng, sex, ethnic=None):
    """A full name for sex 'M' or 'F': Kinh, or Thái / Mông when asked."""
    if ethnic == "thai":
        fam = rng.choice(ETHNIC[("thai", "family")])
        mid = "Văn" if sex == "M" else "Thị"
        return "%s %s %s" % (fam, mid, rng.choice(GIVEN[sex]).split()[-1])
    if ethnic == "hmong":
        fam = rng.choice(ETHNIC[("hmong", "family")])
        return "%s %s %s" % (fam, "A" if sex == "M" else "Thị",
                             rng.choice(GIVEN[sex]).split()[-1])
    return "%s %s" % (rng.choice(KINH), rng.choice(GIVEN[sex]))


def cccd(rng, province, sex, year):
    """A 12-digit personal ID: 0 + province, century and sex, year, 6 digits."""
    g = (0 if sex == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (province, g, year % 100, rng.randrange(1000000))


def cmnd(rng):
    """An old 9-digit CMND number."""
    return "%09d" % rng.randrange(10 ** 8, 10 ** 9)


def area_vn(a):
    """1234.5 -> '1.234,5' (dot groups thousands, comma decimal, one decimal)."""
    whole, dec = ("%.1f" % a).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + "," + dec


def area(rng, lo, hi):
    """An area in m² with one decimal."""
    return round(rng.uniform(lo, hi), 1)


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

USES = {
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
    "LUC": "Đất chuyên trồng lúa nước", "BHK": "Đất bằng trồng cây hằng năm khác",
    "CLN": "Đất trồng cây lâu năm", "NTS": "Đất nuôi trồng thủy sản",
    "RSX": "Đất rừng sản xuất", "TMD": "Đất thương mại, dịch vụ",
    "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "HNK": "Đất trồng cây hằng năm khác",
    "LUK": "Đất trồng lúa nước còn lại",
}
