"""Who and where for gen-cert4: places outside Điện Biên, names, IDs,
dates, serials, land uses.  Everything is drawn from the generator's rng."""

# province, CCCD province prefix, CMND prefix, districts:
# (type before, type after, year it changed, name, communes, villages)
PLACES = [
    ("Thanh Hóa", "038", "17", [
        ("huyện", "huyện", 0, "Thọ Xuân", ["xã Xuân Hồng", "xã Bắc Lương", "xã Nam Giang"],
         ["thôn Phú Xá", "thôn 3", "thôn Đông Lễ"])]),
    ("Bình Phước", "070", "28", [
        ("huyện", "thị xã", 2022, "Chơn Thành", ["xã Minh Lập", "xã Quang Minh"],
         ["ấp 2", "ấp Bàu Teng", "ấp Hiếu Cảm"])]),
    ("Nghệ An", "040", "18", [
        ("huyện", "huyện", 0, "Diễn Châu", ["xã Diễn Lâm", "xã Diễn Đoài", "xã Diễn Yên"],
         ["xóm 4", "xóm Trung Tâm", "xóm Tân Hợp"]),
        ("huyện", "huyện", 0, "Yên Thành", ["xã Mã Thành", "xã Tiến Thành", "xã Lăng Thành"],
         ["xóm 7", "xóm Đông Lộc"])]),
    ("Lâm Đồng", "068", "25", [
        ("thị xã", "thành phố", 2010, "Bảo Lộc", ["phường Lộc Phát", "phường Lộc Tiến"],
         ["tổ 5", "tổ 12", "tổ dân phố 9"])]),
    ("Hải Dương", "030", "14", [
        ("huyện", "huyện", 0, "Cẩm Giàng", ["xã Cẩm Hưng", "xã Cẩm Hoàng"],
         ["thôn Hoàng Xá", "thôn Đoàn Thượng"])]),
    ("Quảng Nam", "049", "20", [
        ("huyện", "thị xã", 2015, "Điện Bàn", ["xã Điện Tiến", "xã Điện Hòa"],
         ["thôn Bồ Mưng", "thôn 1", "thôn Hà Thanh"])]),
    ("Bình Thuận", "060", "26", [
        ("huyện", "huyện", 0, "Hàm Thuận Bắc", ["xã La Dạ", "xã Đông Tiến"],
         ["thôn 2", "thôn Đại Thiện"])]),
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Phan", "Võ", "Trịnh"]
MIDDLE_M = ["Văn", "Đức", "Hữu", "Minh", "Quang", "Xuân", "Công", "Đình"]
MIDDLE_F = ["Thị", "Thị", "Ngọc", "Thu", "Thanh"]
GIVEN_M = ["Hùng", "Dũng", "Thắng", "Tuấn", "Cường", "Hải", "Long", "Sơn", "Phúc", "Toàn",
           "Quyết", "Bình", "Thành", "Lộc", "Nghĩa"]
GIVEN_F = ["Hoa", "Lan", "Hương", "Hằng", "Nga", "Thủy", "Liên", "Mai", "Thảo", "Hạnh",
           "Yến", "Nhung", "Loan"]

# name on the form, code
USES = [("Đất ở tại nông thôn", "ONT"), ("Đất ở tại đô thị", "ODT"),
        ("Đất trồng cây lâu năm", "CLN"), ("Đất chuyên trồng lúa nước", "LUC"),
        ("Đất bằng trồng cây hàng năm khác", "BHK"), ("Đất nuôi trồng thủy sản", "NTS"),
        ("Đất rừng sản xuất", "RSX")]
USES_2024 = [("Đất ở tại nông thôn", "ONT"), ("Đất ở tại đô thị", "ODT"),
             ("Đất trồng cây lâu năm", "CLN"), ("Đất trồng cây hàng năm khác", "HNK"),
             ("Đất nuôi trồng thủy sản", "NTS")]
ORIGINS = [
    "Công nhận QSDĐ như giao đất có thu tiền sử dụng đất",
    "Công nhận QSDĐ như giao đất không thu tiền sử dụng đất",
    "Nhà nước giao đất có thu tiền sử dụng đất",
    "Nhận chuyển nhượng đất được Công nhận QSDĐ như giao đất có thu tiền sử dụng đất",
    "Nhà nước giao đất không thu tiền sử dụng đất",
]
BANKS = ["Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam",
         "Ngân hàng TMCP Công thương Việt Nam", "Ngân hàng Chính sách xã hội"]


def place(rng, year):
    prov, pid, cmnd, districts = rng.choice(PLACES)
    before, after, when, dname, communes, villages = rng.choice(districts)
    dtype = after if year >= when else before
    return {"province": prov, "pid": pid, "cmnd": cmnd, "dtype": dtype, "district": dname,
            "commune": rng.choice(communes), "village": rng.choice(villages)}


def addr(p, village=None, province=True):
    s = "%s, %s, %s %s" % (village or p["village"], p["commune"], p["dtype"], p["district"])
    return s + (", tỉnh " + p["province"] if province else "")


def person(rng, p, gender, born_lo=1945, born_hi=1992, idtype="cccd", surname=None):
    mid = rng.choice(MIDDLE_M if gender == "M" else MIDDLE_F)
    given = rng.choice(GIVEN_M if gender == "M" else GIVEN_F)
    name = "%s %s %s" % (surname or rng.choice(SURNAMES), mid, given)
    by = rng.randint(born_lo, born_hi)
    o = {"name": name, "gender": gender, "birth_year": by, "id_type": idtype,
         "id_number": None}
    if idtype in ("cccd", "dinh-danh"):
        g = (0 if gender == "M" else 1) + (2 if by >= 2000 else 0)
        o["id_number"] = "%s%d%02d%06d" % (p["pid"], g, by % 100, rng.randint(0, 999999))
    elif idtype == "cmnd":
        o["id_number"] = "%s%07d" % (p["cmnd"], rng.randint(0, 9999999))
    else:
        o["passport"] = "%s%07d" % (rng.choice("BCN"), rng.randint(0, 9999999))
    return o


def id_label(o):
    return {"cccd": "CCCD số", "cmnd": "CMND số", "dinh-danh": "Số định danh cá nhân",
            "passport": "Hộ chiếu số"}[o["id_type"]]


def id_value(o):
    return o["id_number"] or o["passport"]


def date(rng, y0, y1):
    y = rng.randint(y0, y1)
    return "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))


def dmy(iso, pad=True):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y) if pad else "%d/%d/%s" % (int(d), int(m), y)


def long_date(iso):
    y, m, d = iso.split("-")
    return "ngày %d tháng %d năm %s" % (int(d), int(m), y)


def area_vn(a):
    """1234.5 -> "1.234,5" (dot groups thousands, comma the decimal)."""
    whole = int(a)
    frac = round((a - whole) * 10)
    s = "{:,}".format(whole).replace(",", ".")
    return s + ("," + str(frac) if frac else "")


def split_area(rng, total, n):
    if n == 1:
        return [total]
    first = round(rng.uniform(0.2, 0.5) * total, 1)
    rest = round(total - first, 1)
    return [first] + split_area(rng, rest, n - 1)
