"""model6: the people, places, land and wording gen-cert6 draws from
(written from docs/domain.md and issues #17/#18 alone)."""

# Provinces outside Điện Biên: (province, two-digit code, [(district, [(commune, [villages])])])
PROVINCES = [
    ("tỉnh Quảng Ninh", "22", [
        ("thành phố Uông Bí", [("phường Quang Trung", ["khu 5", "khu 7"]),
                               ("xã Thượng Yên Công", ["thôn Năm Mẫu", "thôn Khe Sú"])]),
        ("huyện Đầm Hà", [("xã Quảng Tân", ["thôn Tân Hợp", "thôn Đồng Tâm"])])]),
    ("tỉnh Thừa Thiên Huế", "46", [
        ("thị xã Hương Thủy", [("phường Thủy Dương", ["tổ 4", "tổ 9"])]),
        ("huyện Phú Vang", [("xã Phú Thượng", ["thôn Lại Thế", "thôn Chiết Bi"])])]),
    ("tỉnh Đắk Lắk", "66", [
        ("huyện Krông Pắc", [("thị trấn Phước An", ["tổ dân phố 3", "tổ dân phố 11"]),
                             ("xã Ea Kly", ["buôn Kplang", "thôn 2"])])]),
    ("tỉnh Long An", "80", [
        ("huyện Đức Hòa", [("xã Hựu Thạnh", ["ấp Tân Hòa", "ấp Chánh Hội"])])]),
    ("tỉnh Hải Dương", "30", [
        ("huyện Cẩm Giàng", [("xã Cẩm Vũ", ["thôn Vũ Xá", "thôn Hoàng Xá"])])]),
    ("thành phố Hà Nội", "01", [
        ("quận Hoàng Mai", [("phường Hoàng Liệt", ["tổ dân phố số 6"])]),
        ("huyện Gia Lâm", [("xã Dương Quang", ["thôn Lời", "thôn Quang Trung"])])]),
    ("tỉnh Hà Giang", "02", [
        ("huyện Vị Xuyên", [("xã Đạo Đức", ["thôn Làng Khẻ", "thôn Nậm Am"])])]),
    ("tỉnh Quảng Ngãi", "51", [
        ("huyện Tư Nghĩa", [("xã Nghĩa Kỳ", ["thôn An Hòa Nam", "thôn Phú Sơn"])])]),
]

# Communes after 1 July 2025 (two levels): the new commune of an old district
NEW_COMMUNE = {"huyện Đức Hòa": "xã Hựu Thạnh", "huyện Gia Lâm": "xã Gia Lâm",
               "huyện Cẩm Giàng": "xã Cẩm Giàng", "huyện Krông Pắc": "xã Phước An"}

FAMILY = ["Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Ngô", "Dương", "Lý", "Trịnh",
          "Đoàn", "Mai", "Hà", "Lưu", "Kiều", "Vương", "Y", "H'"]
MALE_MID = ["Văn", "Đức", "Quang", "Hữu", "Công", "Xuân"]
FEMALE_MID = ["Thị", "Thị Ngọc", "Thị Bích", "Thị Thu", "Kim"]
MALE = ["Tuấn", "Khoa", "Phúc", "Thịnh", "Hiếu", "Quyết", "Lộc", "Toàn", "Nghĩa", "Khải"]
FEMALE = ["Nhung", "Huệ", "Liên", "Xuyến", "Diệp", "Thoa", "Yến", "Oanh", "Quyên", "Trâm"]
EDE = [("Y", "M", ["Bhiông Niê", "Khuăn Êban", "Jo Mlô"]), ("H'", "F", ["Nguăn Niê", "Ngoan Êban"])]

ORGS = ["Công ty Cổ phần Chế biến Nông sản Hương Giang",
        "Công ty TNHH Một thành viên Thương mại Đức Hòa Xanh",
        "Hợp tác xã Nông nghiệp Dịch vụ Thượng Yên Công"]

# land-use codes with their printed names, before and after August 2024
USES = {
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
    "CLN": "Đất trồng cây lâu năm", "NHK": "Đất bằng trồng cây hàng năm khác",
    "HNK": "Đất trồng cây hàng năm khác", "LUC": "Đất chuyên trồng lúa nước",
    "RSX": "Đất rừng sản xuất", "NTS": "Đất nuôi trồng thủy sản",
    "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "TMD": "Đất thương mại, dịch vụ",
}

ORIGINS = ["Nhà nước công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất",
           "Nhận chuyển nhượng đất được Công nhận QSDĐ như giao đất có thu tiền sử dụng đất",
           "Nhà nước giao đất có thu tiền sử dụng đất",
           "Nhà nước cho thuê đất trả tiền một lần cho cả thời gian thuê",
           "Được tặng cho đất được Nhà nước giao đất không thu tiền sử dụng đất"]

STRUCTURES = ["Khung bê tông cốt thép, tường xây gạch, mái tôn", "Tường gạch chịu lực, mái ngói",
              "Bê tông cốt thép"]

BANKS = ["Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh Uông Bí",
         "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hải Dương",
         "Quỹ tín dụng nhân dân Phú Thượng"]

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def place(rnd, prov, old=True):
    """An address in province prov (an index of PROVINCES): a dict of its parts."""
    pname, pcode, dists = PROVINCES[prov]
    dname, comms = rnd.choice(dists)
    cname, vills = rnd.choice(comms)
    v = rnd.choice(vills)
    if old or dname not in NEW_COMMUNE:
        addr = "%s, %s, %s, %s" % (v, cname, dname, pname)
    else:
        addr = "%s, %s, %s" % (v, NEW_COMMUNE[dname], pname)
    return {"province": pname, "pcode": pcode, "district": dname, "commune": cname,
            "village": v, "address": addr}


def name(rnd, g, prov):
    """A person's name; Ê Đê names in Đắk Lắk now and then."""
    if PROVINCES[prov][1] == "66" and rnd.random() < 0.5:
        pre, sex, rest = EDE[0] if g == "M" else EDE[1]
        return "%s %s" % (pre, rnd.choice(rest))
    fam = rnd.choice(FAMILY[:-2])
    if g == "M":
        return "%s %s %s" % (fam, rnd.choice(MALE_MID), rnd.choice(MALE))
    return "%s %s %s" % (fam, rnd.choice(FEMALE_MID), rnd.choice(FEMALE))


def id_number(rnd, kind, g, year, pcode):
    """A 12-digit personal ID that fits the birth year and sex, or a 9-digit CMND."""
    if kind in ("cccd", "dinh-danh"):
        cent = 0 if year < 2000 else 2
        return "0%s%d%02d%06d" % (pcode, cent + (g == "F"), year % 100, rnd.randint(0, 999999))
    if kind == "cmnd":
        return "%d%08d" % (rnd.randint(1, 3), rnd.randint(0, 99999999))
    return None


def id_fits(num, g, year):
    """Whether a 12-digit ID's sex and century digit and year fit the owner."""
    if not num or len(num) != 12 or year is None:
        return True
    cent = 0 if year < 2000 else 2
    return num[3] == str(cent + (g == "F")) and num[4:6] == "%02d" % (year % 100)


def person(rnd, g, year, kind, prov, pl):
    """An owner: the truth's fields plus what the page prints beside them."""
    p = {"name": name(rnd, g, prov), "gender": g, "birth_year": year, "id_type": kind,
         "id_number": id_number(rnd, kind, g, year, PROVINCES[prov][1]),
         "address": pl["address"]}
    if kind == "passport":
        p["passport"] = "%s%07d" % (rnd.choice("BCNK"), rnd.randint(0, 9999999))
    return p


def vn_num(x, dec=True):
    """1046.1 as Vietnamese prints it: 1.046,1."""
    whole = int(x)
    s = "{:,}".format(whole).replace(",", ".")
    if dec:
        frac = int(round((x - whole) * 10))
        if frac:
            s += ",%d" % frac
    return s


def words3(n):
    """0..999 in Vietnamese words."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if h:
        out += [DIGITS[h], "trăm"]
    if t > 1:
        out += [DIGITS[t], "mươi"]
        if u == 1:
            out.append("mốt")
        elif u == 5:
            out.append("lăm")
        elif u:
            out.append(DIGITS[u])
    elif t == 1:
        out.append("mười")
        if u:
            out.append("lăm" if u == 5 else DIGITS[u])
    elif u:
        if h:
            out.append("linh")
        out.append(DIGITS[u])
    return out


def in_words(x):
    """An area in words, as '(Bằng chữ: ...)' writes it."""
    whole = int(x)
    frac = int(round((x - whole) * 10))
    k, r = divmod(whole, 1000)
    w = (words3(k) + ["nghìn"] if k else []) + (words3(r) if r or not k else [])
    if k and 0 < r < 100:
        w = words3(k) + ["nghìn", "không", "trăm"] + words3(r) if r >= 10 else \
            words3(k) + ["nghìn", "không", "trăm", "linh", DIGITS[r]]
    if frac:
        w += ["phẩy", DIGITS[frac]]
    s = " ".join(w) + " mét vuông"
    return s[0].upper() + s[1:]


def split_area(rnd, total, n):
    """n parts of total, one decimal each, that sum exactly."""
    if n == 1:
        return [total]
    first = round(rnd.uniform(0.15, 0.45) * total, 1)
    return [first, round(total - first, 1)]


def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return "%s%s%s%s%s" % (d, sep, m, sep, y)


def long_date(iso, pad=True):
    y, m, d = iso.split("-")
    if not pad:
        d, m = str(int(d)), str(int(m))
    return "ngày %s tháng %s năm %s" % (d, m, y)
