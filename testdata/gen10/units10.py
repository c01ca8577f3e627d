"""Places, people and numbers for gen10: committees and communes taken from
the project's data/admin-units.csv and data/commune-map.csv, names of our
own lists, ID numbers, areas and dates written the ways decisions print
them."""
import csv, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Names of our own lists (Kinh), for owners and signers.
FAMILY = ("Nguyễn Trần Lê Phạm Võ Phan Đặng Bùi Đỗ Hồ Ngô Dương Đinh Trịnh "
          "Tạ Khúc Cù Lã Mẫn Tôn Nghiêm Thân Vương Quan Kha Chu "
          "Giáp Âu Lý Mai Cao Đoàn").split()
MID_M = "Văn Đình Bá Thế Trọng Khắc Duy Quang Xuân Tiến Hữu Viết".split()
MID_F = "Thị Thị Ngọc Thanh Mỹ Bích Kiều Diệu Hải Tuyết".split()
GIVEN_M = ("Khải Thuận Lộc Đạt Kiên Tráng Hiển Nghĩa Bảo Tường Phát Toản "
           "Chiến Luân Quyết Thịnh Vỹ Hào Cường Nhân Tín Sang").split()
GIVEN_F = ("Hường Nhung Quyên Diễm Liên Thoa Khuyên Tươi Hạnh Lụa Ngát "
           "Thắm Gấm Huệ Vân Yến Loan Phượng Oanh Trinh").split()
# Khmer names of the Mekong delta: family, then given names of two syllables.
KHMER_FAMILY = "Thạch Sơn Kim Danh Lâm Châu Trà".split()
KHMER_GIVEN_M = ["Sô Phến", "Sa Rươne", "Mách Ca", "Pho Ly", "Chanh Đa"]
KHMER_GIVEN_F = ["Thị Sa Ry", "Thị Sóc Kha", "Thị Phal", "Thị Hên", "Thị Mươl"]

HAMLETS = ("thôn Đông Yên|thôn Trung Hòa|tổ dân phố Thạch Bàn|khu phố 3|ấp Trà Sết|"
           "ấp Prey Chóp|xóm Bến Đình|thôn Hà Nha|tổ 14|khóm Vĩnh Bình|ấp Phước Hậu|"
           "thôn Phú Sơn|tổ dân phố 7|xóm Đồng Mạ").split("|")

# Land-use codes and the names printed for them.
LAND = {"ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
        "LUC": "Đất chuyên trồng lúa nước", "LUK": "Đất trồng lúa nước còn lại",
        "CLN": "Đất trồng cây lâu năm", "BHK": "Đất bằng trồng cây hàng năm khác",
        "HNK": "Đất trồng cây hàng năm khác", "NTS": "Đất nuôi trồng thủy sản",
        "RSX": "Đất rừng sản xuất", "SKC": "Đất cơ sở sản xuất phi nông nghiệp",
        "TMD": "Đất thương mại, dịch vụ"}


class Unit:
    """A commune: its code, its printed name ("xã X", "phường Y") and the
    district and province it belonged to (district None after July 2025)."""
    def __init__(self, code, name, district, province, pcode):
        self.code, self.name, self.district = code, name, district
        self.province, self.pcode = province, pcode


def lower_type(s):
    """'Huyện Lục Nam' -> 'huyện Lục Nam' (the type word in lower case)."""
    for t in ("Thành phố", "Thị xã", "Thị trấn", "Huyện", "Quận", "Phường",
              "Xã", "Tỉnh"):
        if s.startswith(t + " "):
            return t.lower() + s[len(t):]
    return s


def bare(s):
    """'huyện Lục Nam' -> 'Lục Nam'."""
    s = lower_type(s)
    for t in ("thành phố ", "thị xã ", "thị trấn ", "huyện ", "quận ",
              "phường ", "xã ", "tỉnh "):
        if s.startswith(t):
            return s[len(t):]
    return s


def district_units(district, province):
    """The communes of a pre-2025 district (admin-units.csv), wards and
    communes only (no thị trấn, to keep the type word simple)."""
    out = []
    with open(os.path.join(TOP, "data", "admin-units.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["district_name"] == district and r["province_name"] == province \
                    and r["commune_type"] in ("Xã", "Phường"):
                out.append(Unit(r["commune_code"], lower_type(r["commune_name"]),
                                lower_type(district), lower_type(province),
                                r["province_code"]))
    if not out:
        raise SystemExit("gen10: no communes for %s, %s" % (district, province))
    return out


def new_units(pcode):
    """The communes and wards of a province after July 2025 (commune-map.csv)."""
    out, seen = [], set()
    with open(os.path.join(TOP, "data", "commune-map.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["new_province_code"] == pcode and r["new_commune_code"] not in seen:
                seen.add(r["new_commune_code"])
                out.append(Unit(r["new_commune_code"], lower_type(r["new_commune_name"]),
                                None, lower_type(r["new_province_name"]), pcode))
    return out


def person(rng, female, khmer=False):
    """A full name."""
    if khmer:
        return "%s %s" % (rng.choice(KHMER_FAMILY),
                          rng.choice(KHMER_GIVEN_F if female else KHMER_GIVEN_M))
    return "%s %s %s" % (rng.choice(FAMILY), rng.choice(MID_F if female else MID_M),
                         rng.choice(GIVEN_F if female else GIVEN_M))


def cccd(rng, pcode, year, female):
    """A 12-digit personal ID: 0 + province, century/sex digit, year, 6 digits."""
    g = (2 if year >= 2000 else 0) + (1 if female else 0)
    return "0%s%d%02d%06d" % (pcode, g, year % 100, rng.randrange(1000000))


def cmnd(rng):
    """An old 9-digit ID card number."""
    return "%d%08d" % (rng.randrange(1, 4), rng.randrange(100000000))


def group3(n):
    """'12345' -> '12.345'."""
    s = str(n)
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return s + out


def m2(a, dot=True):
    """An area in m² as printed: 1.234,5 (or 1234,5 without the dot)."""
    whole, dec = divmod(round(a * 10), 10)
    w = group3(whole) if dot else str(whole)
    return "%s,%d" % (w, dec)


def ha(a):
    """An area in m² printed in hectares with four decimals: '0,1250 ha'."""
    return ("%.4f" % (a / 10000.0)).replace(".", ",")


def money(rng, lo, hi):
    """An amount of đồng, printed with dots: 125.400.000."""
    return group3(rng.randrange(lo, hi) * 1000)


def date_words(d):
    """'ngày 05 tháng 3 năm 2021' (day zero-padded, month not below 3)."""
    day = "%02d" % d.day
    month = "%02d" % d.month if d.month < 3 else str(d.month)
    return "ngày %s tháng %s năm %d" % (day, month, d.year)
