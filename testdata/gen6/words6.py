"""People, places, numbers and wording for gen6: drawn from the project's
data/ folder (communes, given names) and a random.Random the caller seeds."""
import csv
import os

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")

FAMILY = ("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng "
          "Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lương Mai Tạ Cao Hà Lưu Kiều "
          "Thái Chu Tô Nghiêm Quách Văn Khổng La Triệu Ninh").split()
VILLAGE = ("thôn Đông Sơn", "thôn Trung Hòa", "thôn Phú Lễ", "xóm Mới", "xóm 4",
           "thôn Hạ", "thôn Yên Thịnh", "tổ dân phố số 3", "khu phố 2", "ấp Bàu Sen",
           "ấp Hòa Lộc", "thôn Tân Lập", "thôn An Bình", "bản Khe Nà", "thôn Cầu Đá",
           "tổ dân phố Tân Tiến", "thôn Thượng", "xóm Chùa")
USES = {
    "LUC": "đất chuyên trồng lúa nước", "LUK": "đất trồng lúa nước còn lại",
    "BHK": "đất bằng trồng cây hàng năm khác", "CLN": "đất trồng cây lâu năm",
    "ONT": "đất ở tại nông thôn", "ODT": "đất ở tại đô thị",
    "NTS": "đất nuôi trồng thủy sản", "RSX": "đất rừng sản xuất",
    "SKC": "đất cơ sở sản xuất phi nông nghiệp", "TMD": "đất thương mại, dịch vụ",
}
AGRI = ("LUC", "LUK", "BHK", "CLN", "NTS", "RSX")
ORGS = ("Công ty TNHH Xây dựng Thành Đạt", "Công ty cổ phần Nông sản Phú Điền",
        "Hợp tác xã Dịch vụ nông nghiệp Đồng Tiến", "Công ty TNHH MTV Gạch Tuynel Hồng Phát",
        "Công ty cổ phần Thương mại Minh Khang", "Doanh nghiệp tư nhân Vận tải Tâm An",
        "Công ty TNHH Chế biến gỗ Lâm Việt")
# Provinces with districts that existed before 2004 too (no split since).
OLD_PROV = ("24", "40", "42", "38", "36", "49", "45")


def _rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


UNITS = [r for r in _rows("admin-units.csv") if r["province_code"] != "11"]
NEWMAP = [r for r in _rows("commune-map.csv") if r["new_province_code"] != "11"]


def _given(sex):
    with open(os.path.join(DATA, "names", "given-%s.txt" % sex), encoding="utf-8") as f:
        return [ln.strip().replace("\u00d0", "Đ") for ln in f
                if ln.strip() and not ln.startswith("#")]


GIVEN = {"M": _given("male"), "F": _given("female")}


def low_type(t):
    return t[0].lower() + t[1:]


def place(rng, era):
    """The issuing committee and its commune: a dict with issuer lines,
    the place name of the date line, the commune (name, code) and the
    address tail ('xã X, huyện Y, tỉnh Z')."""
    if era == "2025-":
        r = rng.choice(NEWMAP)
        cname = r["new_commune_name"]
        ctype, cbare = cname.split(" ", 1) if cname.startswith(("Xã ", "Phường ")) \
            else ("Đặc khu", cname[8:]) if cname.startswith("Đặc khu ") else ("Xã", cname)
        prov = r["new_province_name"]
        ptype = "thành phố" if prov.startswith("Thành phố") else "tỉnh"
        pbare = prov.split(" ", 1)[1] if prov.startswith("Tỉnh ") else prov.replace("Thành phố ", "")
        return {"upper": ctype.upper() + " " + cbare.upper(), "type": ctype.lower(),
                "name": cbare, "place": cbare, "commune": cname, "code": r["new_commune_code"],
                "ctail": "%s %s" % (ctype.lower(), cbare),
                "tail": "%s %s, %s %s" % (ctype.lower(), cbare, ptype, pbare),
                "issuer": "Ủy ban nhân dân %s %s" % (ctype.lower(), cbare),
                "province": "%s %s" % (ptype, pbare), "district": None}
    pool = [u for u in UNITS if u["district_name"].lower().startswith(("huyện", "thị xã"))
            and (era != "1996-2003" or u["province_code"] in OLD_PROV)
            and u["commune_type"] in ("Xã", "Thị trấn", "Phường")]
    u = rng.choice(pool)
    dtype, dname = u["district_name"].split(" ", 1) if u["district_name"].startswith("Huyện") \
        else ("Thị xã", u["district_name"][7:].strip())
    prov = u["province_name"]
    pbare = prov[5:] if prov.startswith("Tỉnh ") else prov.replace("Thành phố ", "")
    ptype = "tỉnh" if prov.startswith("Tỉnh ") else "thành phố"
    ctype, cbare = (u["commune_type"], u["commune_name"][len(u["commune_type"]) + 1:])
    return {"upper": dtype.upper() + " " + dname.upper(), "type": dtype.lower(),
            "name": dname, "place": dname, "commune": u["commune_name"], "code": u["commune_code"],
            "tail": "%s %s, %s %s, %s %s" % (ctype.lower(), cbare, dtype.lower(), dname,
                                          ptype, pbare),
            "ctail": "%s %s" % (ctype.lower(), cbare),
            "issuer": "Ủy ban nhân dân %s %s" % (dtype.lower(), dname),
            "province": "%s %s" % (ptype, pbare), "district": dname,
            "pcode": u["province_code"]}


def person(rng, year, sex=None, idkind=None, pcode="24"):
    """A person of a decision made in year: name, gender, birth year,
    maybe a birth date, an ID (CMND before 2016 mostly, CCCD or personal
    number after)."""
    sex = sex or rng.choice("MF")
    given = rng.choice(GIVEN[sex])
    if rng.random() < 0.45:
        given = ("Văn " if sex == "M" else "Thị ") + given.split()[-1]
    name = rng.choice(FAMILY) + " " + given
    by = rng.randint(max(1935, year - 80), year - 22)
    bd = None
    if rng.random() < 0.3:
        bd = "%04d-%02d-%02d" % (by, rng.randint(1, 12), rng.randint(1, 28))
    if idkind is None:
        idkind = "cmnd" if year < 2016 else rng.choice(("cccd", "cccd", "dinh-danh"))
    if idkind == "cmnd":
        num = "%d%08d" % (rng.randint(0, 3), rng.randint(0, 10 ** 8 - 1))
        num = "%09d" % int(num)
    else:
        g = (0 if by < 2000 else 2) + (1 if sex == "F" else 0)
        num = "0%s%d%02d%06d" % (pcode, g, by % 100, rng.randint(0, 999999))
    return {"name": name, "gender": sex, "birth_year": by, "birth_date": bd,
            "id_number": num, "id_type": idkind, "address": None,
            "commune_code": None, "spouse": None, "household": False}


def org(rng):
    return {"name": rng.choice(ORGS), "gender": None, "birth_year": None,
            "birth_date": None, "id_number": None, "id_type": None, "address": None,
            "commune_code": None, "spouse": None, "household": False,
            "organisation": True}


def area_text(a, style):
    """An area in m² as printed: 'dot' 1.234,5; 'plain' 1234,5; 'int'
    1.234 (whole numbers only, dot groups)."""
    whole, dec = divmod(round(a * 10), 10)
    if style == "plain":
        s = str(whole)
    else:
        s = "{:,}".format(whole).replace(",", ".")
    return s + ("," + str(dec) if dec or style != "int" else "")


def ha_text(a):
    """An area in m² as hectares with four decimals: 0,1234."""
    q = round(a)
    return "%d,%04d" % (q // 10000, q % 10000)


def date_line(d, place, rng):
    y, m, dd = d
    day = "%02d" % dd if rng.random() < 0.6 else str(dd)
    mon = "%02d" % m if m < 3 and rng.random() < 0.5 else str(m)
    return "%s, ngày %s tháng %s năm %d" % (place, day, mon, y)


def title_name(p):
    """'ông Nguyễn Văn A' / 'bà ...' by gender."""
    return ("ông " if p["gender"] == "M" else "bà ") + p["name"]
