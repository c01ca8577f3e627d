"""The land records gen-cert7 prints: places, people, parcels, houses and
change-register entries, drawn from a seeded random.Random."""
import datetime

# Provinces no earlier family drew from.  cccd: the 3-digit birth-province
# prefix; cmnd: the first two digits of its old 9-digit IDs.
PLACES = {
    "namdinh": dict(province="tỉnh Nam Định", cccd="036", cmnd="16", district="huyện Hải Hậu",
                    short="HH", communes=["xã Hải Nam", "xã Hải Đông", "xã Hải Phong"],
                    villages=["xóm 4", "xóm Tây Sơn", "xóm 11"], fam="kinh"),
    "binhdinh": dict(province="tỉnh Bình Định", cccd="052", cmnd="21", district="thị xã An Nhơn",
                     short="AN", communes=["xã Nhơn Mỹ", "phường Đập Đá", "phường Nhơn Thành"],
                     villages=["thôn Thiết Tràng", "khu vực Bắc Thuận", "khu vực Trung Lý"], fam="kinh"),
    "bacgiang": dict(province="tỉnh Bắc Giang", cccd="024", cmnd="12", district="huyện Lạng Giang",
                     short="LG", communes=["xã Nghĩa Hòa", "xã Quang Thịnh", "xã Nghĩa Hưng"],
                     villages=["thôn Trại Mới", "thôn Hạ", "thôn Cầu Gỗ"], fam="kinh"),
    "khanhhoa": dict(province="tỉnh Khánh Hòa", cccd="056", cmnd="22", district="thành phố Nha Trang",
                     short="NT", communes=["phường Vĩnh Hải", "phường Vĩnh Phước", "phường Ngọc Hiệp"],
                     villages=["tổ dân phố 7", "đường Phạm Văn Đồng", "tổ dân phố 3"], fam="kinh"),
    "tayninh": dict(province="tỉnh Tây Ninh", cccd="072", cmnd="29", district="thị xã Hòa Thành",
                    short="HT", communes=["phường Long Hoa", "phường Hiệp Tân"],
                    villages=["khu phố 2", "khu phố Hiệp Bình"], fam="kinh"),
    "camau": dict(province="tỉnh Cà Mau", cccd="096", cmnd="38", district="huyện Trần Văn Thời",
                  short="TVT", communes=["xã Khánh Bình Tây", "xã Khánh Bình Tây Bắc"],
                  villages=["ấp Kinh Hòn", "ấp Cơi Năm"], fam="kinh"),
    "laocai": dict(province="tỉnh Lào Cai", cccd="010", cmnd="06", district="huyện Bảo Thắng",
                   short="BT", communes=["xã Bản Phiệt", "xã Xuân Quang"],
                   villages=["thôn Bản Phiệt", "thôn Cốc Sâm"], fam="hmong"),
    "travinh": dict(province="tỉnh Trà Vinh", cccd="084", cmnd="33", district="huyện Cầu Ngang",
                    short="CN", communes=["xã Mỹ Long Nam", "xã Mỹ Long Bắc"],
                    villages=["ấp Bến Cát", "ấp Giồng Lớn"], fam="khmer"),
    "haiphong": dict(province="thành phố Hải Phòng", cccd="031", cmnd="03", district="quận Lê Chân",
                     short="LC", communes=["phường Hàng Kênh", "phường An Biên"],
                     villages=["tổ dân phố số 12", "tổ dân phố số 5"], fam="kinh"),
    # after 1 July 2025: two levels, no district
    "angiang25": dict(province="tỉnh An Giang", cccd="089", cmnd="35", district=None, short="AG",
                      communes=["xã Óc Eo"], villages=["ấp Tân Hiệp A", "ấp Sơn Tân"], fam="kinh"),
    "gialai": dict(province="tỉnh Gia Lai", cccd="064", cmnd="23", district="huyện Chư Păh",
                   short="CP", communes=["xã Ia Phí", "xã Ia Khươl"],
                   villages=["làng Kép", "thôn 2"], fam="jrai"),
}

KINH_FAM = ["Đặng", "Lại", "Tạ", "Khúc", "Quách", "Văn", "Ninh", "Tôn", "Doãn", "Lã", "Mạc", "Triệu",
            "Phùng", "Cao", "Thân", "Bạch"]
KINH_MID = {"M": ["Văn", "Hữu", "Đình", "Quốc", "Xuân", "Công"], "F": ["Thị", "Thị Thu", "Ngọc", "Thị Hồng", "Kim"]}
KINH_GIVEN = {"M": ["Lượng", "Toản", "Khiêm", "Thuận", "Phước", "Nghị", "Sang", "Bảo", "Đạt", "Lực"],
              "F": ["Nhàn", "Huyền", "Loan", "Thoa", "Diễm", "Trinh", "Xuyến", "Hạnh", "Gấm", "Uyên"]}
HMONG = {"M": ["Giàng A Sử", "Thào A Dính", "Sùng Seo Chứ", "Lù Văn Sáng"],
         "F": ["Giàng Thị Mỷ", "Thào Thị Dung", "Sùng Thị Pà", "Lù Thị Sinh"]}
KHMER = {"M": ["Thạch Sa Rinh", "Kim Sóc Hoanh", "Sơn Ngọc Thạnh", "Thạch Phước"],
         "F": ["Kim Thị Sa Phia", "Thạch Thị Sa Rên", "Sơn Thị Mỹ", "Lâm Thị Sô Phanh"]}
JRAI = {"M": ["Rơ Châm Blin", "Siu Đoan", "Ksor Nhớt", "Rmah Hiếu"],
        "F": ["Rơ Châm H'Bia", "Siu H'Lan", "Ksor H'Nguyên", "Rmah H'Thu"]}

USES = {"ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị", "CLN": "Đất trồng cây lâu năm",
        "LUC": "Đất chuyên trồng lúa nước", "BHK": "Đất bằng trồng cây hằng năm khác",
        "NTS": "Đất nuôi trồng thủy sản", "RSX": "Đất rừng sản xuất", "TMD": "Đất thương mại, dịch vụ",
        "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "HNK": "Đất trồng cây hằng năm khác"}

ORIGINS = ["Nhà nước giao đất có thu tiền sử dụng đất",
           "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất",
           "Nhận thừa kế đất được công nhận quyền sử dụng đất",
           "Nhận chuyển nhượng đất được Nhà nước giao đất có thu tiền sử dụng đất",
           "Nhà nước cho thuê đất trả tiền thuê đất hàng năm"]

BANKS = ["Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh %s",
         "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh %s",
         "Ngân hàng Chính sách xã hội - Phòng giao dịch %s"]


def place_name(d):
    """'huyện Hải Hậu' -> 'Hải Hậu'."""
    for pre in ("thành phố ", "thị xã ", "huyện ", "quận ", "tỉnh ", "xã ", "phường "):
        if d.startswith(pre):
            return d[len(pre):]
    return d


def address(rng, pl, village=None, commune=None):
    parts = [village or rng.choice(pl["villages"]), commune or rng.choice(pl["communes"])]
    if pl["district"]:
        parts.append(pl["district"])
    parts.append(pl["province"])
    return ", ".join(parts)


def person_name(rng, pl, sex):
    fam = pl["fam"]
    if fam == "hmong":
        return rng.choice(HMONG[sex])
    if fam == "khmer":
        return rng.choice(KHMER[sex])
    if fam == "jrai":
        return rng.choice(JRAI[sex])
    return "%s %s %s" % (rng.choice(KINH_FAM), rng.choice(KINH_MID[sex]), rng.choice(KINH_GIVEN[sex]))


def id_for(rng, pl, sex, year, kind):
    """An ID number that fits its owner: a 12-digit number's century and sex
    digit and year digits, or a 9-digit CMND, or a passport number."""
    if kind in ("cccd", "dinh-danh"):
        g = (0 if year < 2000 else 2) + (1 if sex == "F" else 0)
        return "%s%d%02d%06d" % (pl["cccd"], g, year % 100, rng.randint(0, 999999))
    if kind == "cmnd":
        return "%s%07d" % (pl["cmnd"], rng.randint(0, 9999999))
    if kind == "passport":
        return "%s%07d" % (rng.choice("BCN"), rng.randint(1000000, 9999999))
    return None


def owner(rng, pl, sex, id_type, addr, year=None):
    year = year or rng.randint(1950, 1990)
    return {"name": person_name(rng, pl, sex), "gender": sex, "birth_year": year,
            "id_type": id_type, "id_number": id_for(rng, pl, sex, year, id_type), "address": addr}


def org(name, addr):
    return {"name": name, "gender": None, "birth_year": None, "id_type": None, "id_number": None,
            "address": addr}


def day(rng, lo, hi):
    """A date between two ISO dates."""
    a, b = datetime.date.fromisoformat(lo), datetime.date.fromisoformat(hi)
    return (a + datetime.timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def dmy(iso, pad=True):
    y, m, d = iso.split("-")
    return ("%s/%s/%s" % (d, m, y)) if pad else "%d/%d/%s" % (int(d), int(m), y)


def words_date(iso):
    y, m, d = iso.split("-")
    return "ngày %d tháng %d năm %s" % (int(d), int(m), y)


def vn_area(a):
    """1577.4 -> '1.577,4'; 240.0 -> '240'."""
    whole = int(a)
    s = "{:,}".format(whole).replace(",", ".")
    frac = round((a - whole) * 10)
    return s + ("," + str(frac) if frac else "")


def parcel(rng, pl, uses, use_form="Sử dụng riêng", year=2010, origin=None, addr=None):
    """A parcel whose purposes sum to its area."""
    purposes = []
    for code in uses:
        area = round(rng.uniform(60, 900), 1)
        if code in ("ONT", "ODT"):
            term = "Lâu dài"
        else:
            term = "Đến ngày %s" % dmy(day(rng, "%d-01-01" % (year + 20), "%d-12-31" % (year + 50)))
        purposes.append({"land_use": code, "area": area, "term": term})
    total = round(sum(p["area"] for p in purposes), 1)
    return {"number": str(rng.randint(12, 1890)), "sheet": str(rng.randint(2, 68)),
            "address": addr or address(rng, pl), "area": total, "use_form": use_form,
            "purposes": purposes, "origin": origin if origin is not None else rng.choice(ORIGINS)}
