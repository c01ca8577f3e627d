"""gen-cert8's world: places, people, their papers and the certificates' truths.

Every value here is drawn from one random.Random, so a file's seed and
number give the same owners, parcels and changes again (gen-cert8 --check
relies on it)."""
import datetime

# province: (name as printed, pre-2025 code, CMND prefixes)
PROVINCES = {
    "hn": ("thành phố Hà Nội", "001", ["011", "012"]),
    "na": ("tỉnh Nghệ An", "040", ["186", "187"]),
    "dn": ("thành phố Đà Nẵng", "048", ["201", "205"]),
    "hcm": ("Thành phố Hồ Chí Minh", "079", ["023", "025"]),
    "hue": ("tỉnh Thừa Thiên Huế", "046", ["191", "192"]),
    "bd": ("tỉnh Bình Dương", "074", ["280", "281"]),
    "dl": ("tỉnh Đắk Lắk", "066", ["241", "245"]),
    "qn": ("tỉnh Quảng Ninh", "022", ["100", "101"]),
    "st": ("tỉnh Sóc Trăng", "094", ["365", "366"]),
    "kt": ("tỉnh Kon Tum", "062", ["233", "234"]),
}

# place key: (province, village/street, commune, district or None, town for dates)
PLACES = {
    "hn": ("hn", "số {n} ngõ 72 phố Minh Khai", "phường Minh Khai", "quận Hai Bà Trưng", "Hà Nội"),
    "na": ("na", "xóm Phong Thịnh", "xã Nghi Phong", "huyện Nghi Lộc", "Nghi Lộc"),
    "dn": ("dn", "tổ {n}", "phường Hòa Minh", "quận Liên Chiểu", "Đà Nẵng"),
    "hcm": ("hcm", "đường Nguyễn Hữu Thọ", "phường Tân Phong", "Quận 7", "Thành phố Hồ Chí Minh"),
    "hue": ("hue", "thôn Lại Thế", "xã Phú Thượng", "huyện Phú Vang", "Thừa Thiên Huế"),
    "bd": ("bd", "khu phố Bình Phước B", "phường Bình Chuẩn", "thành phố Thuận An", "Bình Dương"),
    "dl": ("dl", "thôn {n}", "xã Hòa Phú", None, "Đắk Lắk"),
    "qn": ("qn", "tổ {n}, khu 6", "phường Hà Khẩu", "thành phố Hạ Long", "Hạ Long"),
    "st": ("st", "ấp Phú Thứ", "xã Phú Tâm", "huyện Châu Thành", "Châu Thành"),
    "kt": ("kt", "thôn Kon Rờ Bàng {n}", "xã Vinh Quang", "thành phố Kon Tum", "Kon Tum"),
}

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Tạ", "Khổng", "Quách", "Thái", "Mai", "Trương", "Lưu", "Châu"]
MALE = [("Văn", "Thắng"), ("Đức", "Hiếu"), ("Quang", "Vinh"), ("Hữu", "Phước"), ("Minh", "Tuấn"),
        ("Ngọc", "Sơn"), ("Xuân", "Trường"), ("Thanh", "Tùng"), ("Công", "Khanh"), ("Bá", "Lộc"),
        ("Văn", "Quý"), ("Tấn", "Dũng"), ("Viết", "Thọ"), ("Đình", "Nghĩa")]
FEMALE = [("Thị", "Hương"), ("Thị Thu", "Hà"), ("Ngọc", "Ánh"), ("Thị", "Nguyệt"), ("Kim", "Loan"),
          ("Thị Mỹ", "Dung"), ("Thùy", "Trang"), ("Thị", "Hoa"), ("Thị Bích", "Thủy"),
          ("Thị", "Lựu"), ("Hồng", "Nhung"), ("Thị", "Xoan")]
# Ba Na names of Kon Tum: a personal name after A (men) or Y (women)
BANA_M = ["A Thút", "A Đeo", "A Hmưn", "A Blúp"]
BANA_F = ["Y Hương", "Y Bliêng", "Y Nhơn"]
# Hoa (Chinese-Vietnamese) names of Sóc Trăng
HOA = ["Tăng Chí Cường", "Quách Huệ Mẫn", "Lâm Tú Phụng", "Triệu Gia Hào"]

BANKS = ["Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh {t}",
         "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh {t}",
         "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh {t}",
         "Ngân hàng Chính sách xã hội - Chi nhánh {t}"]

NAMES_OF = {"ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
            "CLN": "Đất trồng cây lâu năm", "BHK": "Đất bằng trồng cây hàng năm khác",
            "HNK": "Đất trồng cây hàng năm khác", "LUC": "Đất chuyên trồng lúa nước",
            "NTS": "Đất nuôi trồng thủy sản", "SKC": "Đất cơ sở sản xuất phi nông nghiệp",
            "TMD": "Đất thương mại, dịch vụ", "RSX": "Đất rừng sản xuất"}


def address(place, rng, two_level=False):
    """The printed address of a place: village, commune, district, province."""
    prov, vil, com, dist, _ = PLACES[place]
    parts = [vil.format(n=rng.randint(2, 48)), com]
    if dist and not two_level:
        parts.append(dist)
    parts.append(PROVINCES[prov][0])
    return ", ".join(parts)


def day(rng, y0, y1):
    """A date between 1 Jan y0 and 28 Dec y1."""
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def later(rng, d, lo, hi):
    return datetime.date.fromordinal(d.toordinal() + rng.randint(lo, hi))


def person(rng, place, sex, born, id_type, issued, name=None):
    """A person: name, sex, birth year and the ID paper of the kind asked for."""
    if name is None:
        given = MALE if sex == "M" else FEMALE
        mid, g = rng.choice(given)
        name = "%s %s %s" % (rng.choice(FAMILY), mid, g)
    prov = PROVINCES[PLACES[place][0]]
    if id_type == "cmnd":
        num = rng.choice(prov[2]) + "%06d" % rng.randint(0, 999999)
    elif id_type in ("cccd", "dinh-danh"):
        g = (0 if sex == "M" else 1) + (2 if born >= 2000 else 0)
        num = "%s%d%02d%06d" % (prov[1], g, born % 100, rng.randint(0, 999999))
    elif id_type == "passport":
        num = rng.choice("BCN") + "%07d" % rng.randint(0, 9999999)
    else:
        num = None
    return {"name": name, "gender": sex, "birth_year": born, "id_type": id_type,
            "id_number": num, "id_date": issued, "address": None}


def org(rng, name, place, number):
    return {"name": name, "gender": None, "birth_year": None, "id_type": None,
            "id_number": None, "id_date": None, "address": None, "org_number": number}


def split_area(rng, total, n):
    """n purpose areas summing to total (one decimal)."""
    if n == 1:
        return [total]
    cuts = sorted(round(rng.uniform(0.2, 0.8) * total / (n - 1) * (i + 1), 1) for i in range(n - 1))
    parts = [cuts[0]] + [round(cuts[i] - cuts[i - 1], 1) for i in range(1, n - 1)]
    parts.append(round(total - sum(parts), 1))
    return parts


def term_until(d):
    return "Đến ngày %02d/%02d/%d" % (d.day, d.month, d.year)


def purposes(rng, total, codes, issued):
    """Purposes of a parcel: code, area and term (housing land lasts)."""
    out = []
    for code, area in zip(codes, split_area(rng, total, len(codes))):
        if code in ("ONT", "ODT"):
            term = "Lâu dài"
        else:
            term = term_until(later(rng, issued, 365 * 15, 365 * 50))
        out.append({"land_use": code, "area": area, "term": term})
    return out


def iso(d):
    return d.isoformat() if d else None


def dmy(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def words(d):
    return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)


def area_txt(a):
    """1230.5 -> '1.230,5' (dot groups thousands, comma marks decimals)."""
    whole = int(round(a * 10)) // 10
    dec = int(round(a * 10)) % 10
    s = "{:,}".format(whole).replace(",", ".")
    return s + ("," + str(dec) if dec else "")


def truth_owner(p):
    """An owner as the truth gives it (what the owner page prints)."""
    return {k: p[k] for k in ("name", "gender", "birth_year", "id_type", "id_number", "address")}
