"""Family 8's words: names, legal bases by period, places, land kinds."""

FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
       "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương", "Khúc", "Quách", "Phùng", "Âu"]
MID_M = ["Văn", "Đình", "Hữu", "Xuân", "Quang", "Ngọc", "Duy", "Trọng", "Khắc", "Bá"]
MID_F = ["Thị", "Thị", "Thị Thu", "Thị Minh", "Thị Hồng", "Ngọc", "Thị Kim"]
GIV_M = ["Thắng", "Hùng", "Cường", "Dũng", "Tuấn", "Khải", "Lộc", "Thịnh", "Quyết",
         "Sơn", "Toản", "Việt", "Khoa", "Đạt", "Hiển", "Nghĩa", "Phúc", "Tường"]
GIV_F = ["Hằng", "Lan", "Huệ", "Nhung", "Thảo", "Yến", "Oanh", "Xuân", "Hạnh", "Gấm",
         "Thơm", "Duyên", "Liên", "Nguyệt", "Thoa", "Ngân"]
HAMLET = ["thôn Đông Hạ", "thôn Trung Thành", "xóm Bến", "thôn An Lạc", "tổ dân phố Phú Hòa",
          "thôn Đồng Giang", "khu phố Tân Lập", "thôn Hậu Lộc", "xóm Rẫy", "thôn Nam Sơn"]
LAND = {"LUC": "Đất chuyên trồng lúa nước", "BHK": "Đất bằng trồng cây hàng năm khác",
        "HNK": "Đất trồng cây hàng năm khác", "CLN": "Đất trồng cây lâu năm",
        "NTS": "Đất nuôi trồng thủy sản", "ONT": "Đất ở tại nông thôn",
        "ODT": "Đất ở tại đô thị", "TMD": "Đất thương mại, dịch vụ",
        "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "RSX": "Đất rừng sản xuất"}
ORIGIN_GIAO = "Nhà nước giao đất có thu tiền sử dụng đất"
ORIGIN_THUE = "Nhà nước cho thuê đất trả tiền thuê đất hàng năm"
ORIGIN_CN = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
ORIGIN_CN0 = "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất"
SIGNERS = ["Hà Văn Khiêm", "Lưu Quang Thạch", "Nguyễn Thị Bích Vân", "Trương Đức Hải",
           "Kiều Minh Tâm", "Phó Đức Nhuận", "Tăng Văn Lực"]


def person(rng, gender=None, lo=1945, hi=1995):
    g = gender or rng.choice("MF")
    mid = rng.choice(MID_M if g == "M" else MID_F)
    giv = rng.choice(GIV_M if g == "M" else GIV_F)
    return {"name": "%s %s %s" % (rng.choice(FAM), mid, giv), "gender": g,
            "birth_year": rng.randint(lo, hi)}


def cccd(rng, pcode, gender, year):
    g = (0 if gender == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (pcode, g, year % 100, rng.randrange(10 ** 6))


def bases(year, rng):
    """The Căn cứ lines of a decision of that year."""
    if year < 2004:
        return ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;",
                "Căn cứ Luật Đất đai năm 1993 và Luật sửa đổi, bổ sung một số điều của Luật Đất đai;",
                "Xét đề nghị của Phòng Địa chính,"]
    if year < 2015:
        law = "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;"
    elif year < 2024 or (year == 2024 and rng.random() < 0.5):
        law = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
    else:
        law = "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;"
    org = ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"
           if year >= 2025 else "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    office = ("Phòng Kinh tế" if year >= 2025 else "Phòng Tài nguyên và Môi trường")
    return [org, law, "Theo đề nghị của %s tại Tờ trình số %d/TTr-%s ngày %s." % (
        office, rng.randint(12, 480), "KT" if year >= 2025 else "TNMT",
        "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), year))]


def upper_office(year):
    if year < 2003:
        return "Sở Địa chính"
    return "Sở Nông nghiệp và Môi trường" if year >= 2025 else "Sở Tài nguyên và Môi trường"


def area_vn(a, dec=1):
    """1234.5 -> '1.234,5'."""
    s = "%.*f" % (dec, a)
    whole, frac = s.split(".") if "." in s else (s, "")
    g = ""
    while len(whole) > 3:
        g = "." + whole[-3:] + g
        whole = whole[:-3]
    return whole + g + ("," + frac if frac else "")


def money(v):
    return area_vn(v, 0)
