"""parts15: what family 15's decisions are made of: committees and
communes (from data/admin-units.csv and data/commune-map.csv), people of
several peoples (Kinh, Hoa, Khmer, Ê Đê, Jrai, Tày, Hmong), personal IDs,
areas written "1 234,5", dates, and the truth records."""
import csv, functools, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")

@functools.lru_cache(maxsize=None)
def _table(name):
    """The rows of data/NAME, read once."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def units():
    return _table("admin-units.csv")


def newmap():
    return _table("commune-map.csv")


def lower_type(name):
    """"Huyện Cần Giuộc" -> "huyện Cần Giuộc" (the type in lower case)."""
    for t in ("Thành phố", "Thị xã", "Thị trấn", "Huyện", "Quận", "Phường", "Xã",
              "Tỉnh", "Đặc khu"):
        if name.startswith(t + " "):
            return t.lower() + name[len(t):]
    return name


def communes(district, province, rng, n=1, kind=None):
    """n communes (rows of admin-units.csv) of a district before July 2025."""
    rows = [r for r in units() if r["district_name"].endswith(district)
            and r["province_name"].endswith(province)
            and (kind is None or r["commune_type"] == kind)]
    rows.sort(key=lambda r: r["commune_code"])
    return rng.sample(rows, n)


def new_units(province, rng, n=1, prefix=""):
    """n communes after July 2025 (commune-map's new codes and names)."""
    seen = {}
    for r in newmap():
        if r["new_province_name"].endswith(province) and \
                r["new_commune_name"].startswith(prefix):
            seen[r["new_commune_code"]] = r
    rows = [seen[k] for k in sorted(seen)]
    return rng.sample(rows, n)


def province_code(name):
    for r in units():
        if r["province_name"].endswith(name):
            return r["province_code"]
    raise KeyError(name)


# -- people
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi",
          "Đặng", "Đỗ", "Ngô", "Dương", "Lý", "Tô", "Lưu", "Châu", "Cao", "Mai",
          "Thái", "Kiều", "Đoàn", "La", "Văn"]
MIDDLE = {"M": ["Văn", "Minh", "Hữu", "Thanh", "Quốc", "Đức", "Công", "Tấn", "Hoàng"],
          "F": ["Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh", "Bích", "Hồng"]}
GIVEN = {"M": ["Tâm", "Lộc", "Phúc", "Thành", "Hiếu", "Sang", "Khải", "Tài",
               "Nhân", "Trí", "Hậu", "Lợi", "Dũng", "Tuấn", "Hưng", "Nghĩa", "Vinh"],
         "F": ["Lan", "Hạnh", "Thảo", "Diễm", "Trinh", "Loan", "Nhung", "Hằng",
               "Tuyết", "Yến", "Xuân", "Cúc", "Ngân", "Phượng", "Liên", "Thắm"]}
HOA = {"M": ["Lâm Vĩnh Phát", "Tăng Chí Cường", "Hứa Minh Huy", "Diệp Quốc Bảo",
             "Quách Tuấn Kiệt", "Trịnh Gia Vĩ"],
       "F": ["Quách Thị Mỹ Linh", "Thái Tú Phương", "Lâm Huệ Mẫn", "Hứa Bội Trân"]}
KHMER = {"M": ["Thạch Sà Rinh", "Danh Sóc", "Sơn Pho", "Kim Sang", "Thạch Chanh Đa",
               "Lâm Sà Phách", "Sơn Ngọc Thạnh"],
         "F": ["Thạch Thị Sa Rươne", "Sơn Thị Kim Hoa", "Kim Thị Sóc Khêng",
               "Danh Thị Sa Ly", "Thạch Thị Sô Phia"]}
EDE = {"M": ["Y Bhin Êban", "Y Sơn Niê", "Y Khu Mlô", "Y Kông Ayun", "Y Bla Kbuôr"],
       "F": ["H' Hen Niê", "H' Mai Ayun", "H' Rin Mlô", "H' Loan Êban"]}
JRAI = {"M": ["Rơ Mah Hiếu", "Ksor Blưm", "Siu Thoan", "Puih Jứ", "Rah Lan Chung",
              "Kpă Tuk"],
        "F": ["Ksor H' Blơi", "Siu H' Nhung", "Rơ Châm H' Lui", "Puih H' Thu"]}
TAY = {"M": ["Nông Văn Dền", "Lục Văn Thắng", "Bế Văn Khánh", "Ma Văn Tuyên",
             "Hoàng Văn Nghìn"],
       "F": ["Ma Thị Luyến", "Nông Thị Hoa", "Lục Thị Nhị", "Bế Thị Thoa"]}
HMONG = {"M": ["Giàng A Páo", "Vàng A Chứ", "Sùng A Lử", "Thào A Dính"],
         "F": ["Giàng Thị Mỷ", "Vàng Thị Pà", "Sùng Thị Dợ"]}
PEOPLES = {"hoa": HOA, "khmer": KHMER, "ede": EDE, "jrai": JRAI, "tay": TAY,
           "hmong": HMONG}


class People:
    """Names with no repeat inside a document."""

    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def one(self, sex=None, people="kinh"):
        rng = self.rng
        sex = sex or rng.choice("MF")
        for _ in range(200):
            if people == "kinh":
                n = " ".join([rng.choice(FAMILY), rng.choice(MIDDLE[sex]),
                              rng.choice(GIVEN[sex])])
            else:
                n = rng.choice(PEOPLES[people][sex])
            if n not in self.used:
                self.used.add(n)
                return n, sex
        raise RuntimeError("names ran out")


def cccd(rng, prov, sex, year):
    """A 12-digit personal ID: 0PP, century and sex, year, six digits."""
    g = (0 if year < 2000 else 2) + (1 if sex == "F" else 0)
    return "0%s%d%02d%06d" % (prov, g, year % 100, rng.randrange(10 ** 6))


def cmnd(rng):
    return "%09d" % rng.randrange(3 * 10 ** 8, 4 * 10 ** 8)


# -- numbers and dates
def area_sp(a):
    """1234.5 -> "1 234,5" (a space groups the thousands)."""
    whole, dec = ("%.1f" % a).split(".")
    g = []
    while len(whole) > 3:
        g.insert(0, whole[-3:])
        whole = whole[:-3]
    g.insert(0, whole)
    return " ".join(g) + "," + dec


def area_dot(a):
    """1234.5 -> "1.234,5"."""
    return area_sp(a).replace(" ", ".")


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


# -- truth
def owner(name, sex, commune, year=None, born=None, idn=None, idt=None,
          addr=None, spouse=None, household=False, org=False):
    o = {"name": name, "gender": None if org else sex, "birth_year": year,
         "birth_date": born, "id_number": idn, "id_type": idt, "address": addr,
         "commune_code": commune, "spouse": spouse, "household": household}
    if org:
        o["organisation"] = True
    return o


def parcel(sheet, number, area, use, commune, holder, to=None, term=None,
           origin=None, addr=None):
    return {"sheet": str(sheet), "number": str(number), "area": float(round(area, 1)),
            "land_use": use, "land_use_to": to, "term": term, "origin": origin,
            "address": addr, "commune_code": commune, "holder": holder}


USE_NAME = {"ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
            "CLN": "Đất trồng cây lâu năm", "LUC": "Đất chuyên trồng lúa nước",
            "BHK": "Đất bằng trồng cây hàng năm khác", "HNK": "Đất trồng cây hàng năm khác",
            "NTS": "Đất nuôi trồng thủy sản", "RSX": "Đất rừng sản xuất",
            "LUK": "Đất trồng lúa nước còn lại", "SKC": "Đất cơ sở sản xuất phi nông nghiệp"}
