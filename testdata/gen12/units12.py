"""gen12's people, places and figures: units from data/admin-units.csv and
data/commune-map.csv, names from data/names, ID numbers, areas written in
the ways family 12 writes them."""
import csv, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")

FAMILY = ("Trịnh Mai Lưu Đỗ Dương Phí Kiều Tạ Khúc Quách Đàm Thân Mạc Giáp "
          "Nghiêm Văn Lục Ninh Vi Khổng Tô Hà Bùi Phan Lương Trương Đặng").split()


def _rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


UNITS = _rows("admin-units.csv")
NEWMAP = _rows("commune-map.csv")


def _given(name):
    with open(os.path.join(DATA, "names", name), encoding="utf-8") as f:
        # U+00D0 (Icelandic eth) stands for Đ in a few entries
        return [ln.strip().replace("\u00d0", "\u0110") for ln in f
                if ln.strip() and not ln.startswith("#")]


GIVEN = {"M": _given("given-male.txt"), "F": _given("given-female.txt")}


def bare(unit):
    """'Huyện Tam Nông' -> 'Tam Nông'; 'Tỉnh Gia Lai' -> 'Gia Lai'."""
    for t in ("Thành phố", "Thị xã", "Huyện", "Quận", "Tỉnh", "Phường", "Xã",
              "Thị trấn", "Đặc khu"):
        if unit.startswith(t + " "):
            return unit[len(t) + 1:]
    return unit


def kind_of(unit):
    """'Huyện Tam Nông' -> 'huyện'; 'Thành phố Huế' -> 'thành phố'."""
    return unit[:len(unit) - len(bare(unit)) - 1].lower()


def district(rng, province, dtype):
    """A district of province (its name contains province) whose name starts
    with dtype ('Huyện', 'Quận', 'Thị xã', 'Thành phố'): (name, communes)."""
    ds = sorted({(r["district_code"], r["district_name"]) for r in UNITS
                 if province in r["province_name"]
                 and r["district_name"].startswith(dtype + " ")})
    code, name = rng.choice(ds)
    cs = [r for r in UNITS if r["district_code"] == code]
    return name, cs


def province_row(province):
    """The first row of a province: its full name and code."""
    return next(r for r in UNITS if province in r["province_name"])


def new_commune(rng, province, ctype):
    """After July 2025: a commune, ward or special zone of province:
    (code, name, province name)."""
    rs = sorted({(r["new_commune_code"], r["new_commune_name"], r["new_province_name"])
                 for r in NEWMAP if province in r["new_province_name"]
                 and r["new_commune_name"].startswith(ctype + " ")})
    return rng.choice(rs)


def person(rng, sex=None, used=None):
    """(name, sex) with a family name from FAMILY and a middle and given
    name from data/names, never one in used."""
    while True:
        s = sex or rng.choice("MF")
        n = rng.choice(FAMILY) + " " + rng.choice(GIVEN[s])
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n, s


def cccd(rng, sex, year, pcode):
    """A 12-digit personal ID: province of birth 0PP, century and sex,
    the year's last two digits, six digits."""
    g = (0 if sex == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (pcode, g, year % 100, rng.randrange(10 ** 6))


def cmnd(rng):
    """An old 9-digit ID."""
    return "%09d" % rng.randrange(10 ** 7, 10 ** 9)


def area(rng, lo, hi):
    """An area in m2 with one decimal."""
    return round(rng.uniform(lo, hi), 1)


def vn(a, sep="."):
    """1234.5 -> '1.234,5' (sep '.'), '1 234,5' (sep ' '); whole when .0
    is never used: family 12 always prints the tenth."""
    whole, dec = ("%.1f" % a).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sep.join(groups) + "," + dec


def dotdec(a):
    """1234.5 -> '1234.5' (the decimal point, no grouping)."""
    return "%.1f" % a


USE = {"LUC": "Đất chuyên trồng lúa nước", "CLN": "Đất trồng cây lâu năm",
       "BHK": "Đất bằng trồng cây hằng năm khác", "ONT": "Đất ở tại nông thôn",
       "ODT": "Đất ở tại đô thị", "NTS": "Đất nuôi trồng thủy sản",
       "RSX": "Đất rừng sản xuất", "HNK": "Đất trồng cây hằng năm khác",
       "TMD": "Đất thương mại, dịch vụ", "SKC": "Đất cơ sở sản xuất phi nông nghiệp"}
