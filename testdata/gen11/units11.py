"""units11: the facts family 11 prints (communes from the project's data/
admin-units.csv and data/commune-map.csv, people's names, ID numbers, areas
and dates in the Vietnamese way), drawn from one random.Random."""
import csv, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SURNAMES = ["Trịnh", "Doãn", "Quách", "Khổng", "Âu", "Lạc", "Giáp", "Ung", "Tiêu",
            "Hứa", "Thân", "Bế", "Nông", "Lưu", "Cao", "Vương", "Triệu", "Lương",
            "Kiều", "Tăng", "Nguyễn", "Trần", "Phạm", "Hoàng", "Võ", "Đặng"]
MIDDLE = {"M": ["Hữu", "Minh", "Trọng", "Xuân", "Duy", "Công", "Khắc", "Tiến",
                "Viết", "Thanh"],
          "F": ["Thị", "Thu", "Kim", "Ngọc", "Thúy", "Hồng", "Mỹ", "Thanh"]}
GIVEN = {"M": ["Khải", "Phong", "Quyết", "Thịnh", "Toàn", "Chiến", "Lực", "Hưởng",
               "Nghĩa", "Sáng", "Tuấn", "Cường", "Hiếu", "Lợi", "Trí", "Đức", "Vỹ"],
         "F": ["Huyền", "Nhung", "Thoa", "Xuyến", "Dung", "Hạnh", "Liên", "Quyên",
               "Trang", "Yến", "Nguyệt", "Loan", "Thắm", "Ánh"]}
HAMLET = ["thôn Bến", "thôn Đồi Chè", "xóm Mới", "khu phố 4", "tổ dân phố Tân Lập",
          "ấp Phú Hòa", "thôn Cây Sung", "khối 9", "ấp Long Thạnh", "thôn Trại Mít"]
# Land uses: code and name as the decisions print them.
USE = {"LUC": "Đất chuyên trồng lúa nước", "HNK": "Đất trồng cây hằng năm khác",
       "BHK": "Đất bằng trồng cây hằng năm khác", "CLN": "Đất trồng cây lâu năm",
       "NTS": "Đất nuôi trồng thủy sản", "RSX": "Đất rừng sản xuất",
       "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
       "TMD": "Đất thương mại, dịch vụ", "SKC": "Đất cơ sở sản xuất phi nông nghiệp"}
_CSV = {}


def _rows(name):
    if name not in _CSV:
        with open(os.path.join(TOP, "data", name), encoding="utf-8") as f:
            _CSV[name] = list(csv.DictReader(f))
    return _CSV[name]


def district(name):
    """(province name, district name, [(code, commune name)]) of a pre-2025
    district named as admin-units.csv names it ("Huyện Đức Trọng")."""
    rows = [r for r in _rows("admin-units.csv") if r["district_name"] == name]
    if not rows:
        raise SystemExit("gen11: no district " + name)
    return (rows[0]["province_name"], name,
            [(r["commune_code"], r["commune_name"]) for r in rows])


def province_now(name):
    """[(code, commune name)] of a province after July 2025 (commune-map.csv)."""
    seen = {}
    for r in _rows("commune-map.csv"):
        if r["new_province_name"] == name:
            seen[r["new_commune_code"]] = r["new_commune_name"]
    if not seen:
        raise SystemExit("gen11: no province " + name)
    return sorted(seen.items())


def bare(unit):
    """'Huyện Đức Trọng' -> 'Đức Trọng'; 'Thành phố Thủ Đức' -> 'Thủ Đức'."""
    for p in ("Thành phố ", "Thị xã ", "Huyện ", "Quận ", "Tỉnh ", "Phường ",
              "Xã ", "Thị trấn "):
        if unit.startswith(p):
            return unit[len(p):]
    return unit


def lower_kind(unit):
    """'Huyện Đức Trọng' -> 'huyện Đức Trọng' (as running text writes it)."""
    return unit[:len(unit) - len(bare(unit))].lower() + bare(unit)


def person(rnd, sex=None):
    """A name and a sex ('M' or 'F')."""
    sex = sex or rnd.choice("MF")
    return " ".join([rnd.choice(SURNAMES), rnd.choice(MIDDLE[sex]),
                     rnd.choice(GIVEN[sex])]), sex


def cccd(rnd, pcode, sex, year):
    """A 12-digit personal ID: province of birth, century and sex, year."""
    g = (0 if sex == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (pcode, g, year % 100, rnd.randrange(10 ** 6))


def cmnd(rnd):
    """An old 9-digit ID card number."""
    return "%d%08d" % (rnd.randint(1, 3), rnd.randrange(10 ** 8))


def vn(x, dec=1):
    """1234.5 -> '1.234,5' (dot groups thousands, comma decimal)."""
    s = "%.*f" % (dec, x)
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + frac if frac else "")


def area(rnd, lo, hi):
    """An area in m² with one decimal."""
    return round(rnd.uniform(lo, hi), 1)


def dmy(d):
    """A date as dd/mm/yyyy."""
    return "%02d/%02d/%04d" % (d.day, d.month, d.year)


def words_date(d, zero=True):
    """'ngày 05 tháng 3 năm 2021' (day zero-padded, month as below 3 written)."""
    m = ("%02d" if d.month < 3 else "%d") % d.month
    return "ngày %s tháng %s năm %d" % ("%02d" % d.day if zero else d.day, m, d.year)
