"""words9: the names, places, numbers and land types family 9 writes, and
the administrative units it takes from data/admin-units.csv and
data/commune-map.csv (the project's own copies)."""
import csv, os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

FAMILY = ["Hoàng", "Nông", "Hà", "Bế", "Triệu", "Lục", "Ma", "Đàm", "La",
          "Lưu", "Vi", "Chu", "Dương", "Quách", "Thạch", "Danh", "Huỳnh",
          "Trương", "Kiều", "Khổng", "Văn", "Lâm", "Mạc", "Hứa", "Phùng"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Ngọc", "Trung", "Công"]
MIDDLE_F = ["Thị", "Thị", "Ngọc", "Thu", "Kim", "Hồng", "Bích"]
GIVEN_M = ["Khoa", "Toàn", "Thắm", "Lợi", "Vượng", "Chiến", "Pằn", "Sình",
           "Thọ", "Kiên", "Nghĩa", "Phúc", "Tùng", "Khánh", "Định", "Quân",
           "Sáu", "Bảy", "Đạo", "Lực", "Nhân", "Vững"]
GIVEN_F = ["Nhàn", "Thơ", "Dịu", "Khuyên", "Mai", "Nết", "Thắm", "Xuyến",
           "Duyên", "Hiền", "Lụa", "Trang", "Vân", "Yến", "Sợi", "Bông"]
VILLAGE = ["thôn Nà Pài", "bản Khuổi Ít", "ấp Mỹ Lợi", "khu phố 3", "tổ 7",
           "thôn Đồng Tâm", "xóm Bãi Cát", "ấp Bình Hòa", "khối Phố Cũ",
           "thôn Pác Nghiêng", "tổ dân phố số 2", "thôn Kéo Lồm", "ấp Long Thạnh",
           "khu phố Ninh Trung", "thôn Cốc Lùng", "ấp Trường Đông"]
LAND = {
    "LUC": "Đất chuyên trồng lúa nước", "LUK": "Đất trồng lúa nước còn lại",
    "BHK": "Đất bằng trồng cây hàng năm khác", "HNK": "Đất trồng cây hàng năm khác",
    "CLN": "Đất trồng cây lâu năm", "NTS": "Đất nuôi trồng thủy sản",
    "RSX": "Đất rừng sản xuất", "ONT": "Đất ở tại nông thôn",
    "ODT": "Đất ở tại đô thị", "TMD": "Đất thương mại, dịch vụ",
    "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "NHK": "Đất nương rẫy trồng cây hàng năm khác",
}
DIGIT = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _units():
    with open(os.path.join(TOP, "data", "admin-units.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _map():
    with open(os.path.join(TOP, "data", "commune-map.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


UNITS = _units()
CMAP = _map()


def lower_type(name):
    """'Huyện Chợ Mới' -> 'huyện Chợ Mới'; 'Thành Phố X' -> 'thành phố X'."""
    for t in ("Thành phố", "Thành Phố", "Thị xã", "Thị trấn", "Huyện", "Xã",
              "Phường", "Tỉnh", "Đặc khu"):
        if name.startswith(t + " "):
            return t.lower() + name[len(t):]
    return name


def bare(name):
    """The name without its unit type: 'Thị xã Mỹ Hào' -> 'Mỹ Hào'."""
    low = lower_type(name)
    for t in ("thành phố ", "thị xã ", "thị trấn ", "huyện ", "xã ", "phường ",
              "tỉnh ", "đặc khu "):
        if low.startswith(t):
            return low[len(t):]
    return name


class Unit:
    """A commune with its district and province (district None after July
    2025)."""

    def __init__(self, province, district, commune, code, pcode):
        self.province, self.district, self.commune = province, district, commune
        self.code, self.pcode = code, pcode

    def addr(self, village, with_province=True):
        parts = [village, lower_type(self.commune)]
        if self.district:
            parts.append(lower_type(self.district))
        if with_province:
            parts.append(lower_type(self.province))
        return ", ".join(parts)


def district_communes(district):
    """Communes (Unit) of a pre-2025 district named as in admin-units.csv."""
    return [Unit(r["province_name"], r["district_name"], r["commune_name"],
                 r["commune_code"], r["province_code"])
            for r in UNITS if r["district_name"] == district]


def new_communes(province):
    """Communes (Unit) of a province after July 2025 (commune-map.csv)."""
    seen, out = set(), []
    for r in CMAP:
        if bare(r["new_province_name"]) == bare(province) and \
                r["new_commune_code"] not in seen:
            seen.add(r["new_commune_code"])
            out.append(Unit(province, None, r["new_commune_name"],
                            r["new_commune_code"], r["new_province_code"]))
    return out


def person(r, gender=None, born=(1940, 1992)):
    """(name, gender) of a random person."""
    g = gender or r.choice("MF")
    mid = r.choice(MIDDLE_M if g == "M" else MIDDLE_F)
    giv = r.choice(GIVEN_M if g == "M" else GIVEN_F)
    return "%s %s %s" % (r.choice(FAMILY), mid, giv), g


def cccd(r, pcode, gender, year):
    """A 12-digit personal ID: birth province, century and sex, year."""
    g = (0 if gender == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (pcode, g, year % 100, r.randrange(10 ** 6))


def cmnd(r):
    return "%09d" % r.randrange(10 ** 8, 10 ** 9)


def area_text(a, dots=True, decimals=1):
    """1234.5 -> '1.234,5' (dots) or '1234,5'; decimals 0 prints an
    integer area without a comma."""
    if decimals == 0:
        s, frac = "%d" % round(a), ""
    else:
        s, frac = ("%.1f" % a).split(".")
        frac = "," + frac
    if dots:
        g = []
        while len(s) > 3:
            g.insert(0, s[-3:])
            s = s[:-3]
        s = ".".join([s] + g)
    return s + frac


def _words3(n, full):
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if h or full:
        out += [DIGIT[h], "trăm"]
    if t == 0:
        if u and (h or full):
            out += ["linh", DIGIT[u]]
        elif u or not out:
            out.append(DIGIT[u])
    elif t == 1:
        out += ["mười"] + ([{5: "lăm"}.get(u, DIGIT[u])] if u else [])
    else:
        out += [DIGIT[t], "mươi"] + ([{1: "mốt", 4: "tư", 5: "lăm"}.get(u, DIGIT[u])]
                                     if u else [])
    return out


def words(n):
    """Vietnamese words of an integer below a million."""
    k, rest = n // 1000, n % 1000
    if not k:
        return " ".join(_words3(rest, False))
    w = _words3(k, False) + ["nghìn"]
    if rest:
        w += _words3(rest, True)
    return " ".join(w)


def area_words(a):
    """'Một nghìn hai trăm ba mươi tư phẩy năm mét vuông' for 1234.5."""
    whole, tenth = int(a), int(round(a * 10)) % 10
    s = words(whole) + (" phẩy " + DIGIT[tenth] if tenth else "") + " mét vuông"
    return s[0].upper() + s[1:]


def date_vn(d, pad=False):
    """'ngày 5 tháng 3 năm 2021' (pad: 'ngày 05 tháng 03 ...')."""
    f = "%02d" if pad else "%d"
    return ("ngày " + f + " tháng " + f + " năm %d") % (d.day, d.month, d.year)
