"""The wording of gen2's decisions: header, legal bases, the body of each kind
in each layout, the closing.  Written for gen2 from domain.md and the model
form of Nghị định 30/2020/NĐ-CP (Phụ lục III), not taken from testdata/gen."""
import unicodedata

ERAS = {
    "giao-dat": ["2004-2015", "2016-2025", "post-2025-07", "1994-2003"],
    "cho-thue": ["2004-2015", "2016-2025", "post-2025-07"],
    "cong-nhan": ["2004-2015", "2016-2025", "post-2025-07"],
    "cap-gcn": ["2004-2015", "2016-2025", "post-2025-07"],
    "chuyen-muc-dich": ["2004-2015", "2016-2025", "post-2025-07"],
    "thu-hoi": ["1994-2003", "2004-2015", "2016-2025", "post-2025-07"],
    "other": ["2016-2025", "post-2025-07"],
}
LAYOUTS = {
    "giao-dat": ["prose", "list", "table-ruled"],
    "cho-thue": ["list", "prose", "table-unruled"],
    "cong-nhan": ["table-ruled", "prose", "list"],
    "cap-gcn": ["prose", "table-unruled", "list"],
    "chuyen-muc-dich": ["list", "table-ruled", "prose"],
    "thu-hoi": ["table-ruled", "table-unruled", "list"],
    "other": ["prose", "list", "table-ruled"],
}
USES = {
    "LUC": "Đất chuyên trồng lúa nước", "LUK": "Đất trồng lúa nước còn lại",
    "BHK": "Đất bằng trồng cây hàng năm khác", "NHK": "Đất nương rẫy trồng cây hàng năm khác",
    "CLN": "Đất trồng cây lâu năm", "RSX": "Đất rừng sản xuất", "NTS": "Đất nuôi trồng thủy sản",
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị", "TMD": "Đất thương mại, dịch vụ",
    "SKC": "Đất cơ sở sản xuất phi nông nghiệp",
}
AGRI = ["LUC", "LUK", "BHK", "NHK", "CLN", "NTS", "RSX"]


def U(s):
    return unicodedata.normalize("NFC", s.upper())


def dmy(y, m, d, pad=True):
    return ("%02d/%02d/%04d" if pad else "%d/%d/%04d") % (d, m, y)


def vn_num(x, dec=1):
    from importlib import import_module  # noqa: F401
    if abs(x - round(x)) < 1e-9:
        s, frac = "%d" % round(x), ""
    else:
        s, frac = ("%." + str(dec) + "f") % x, ""
        s, frac = s.split(".")
        frac = "," + frac
    g = []
    while len(s) > 3:
        g.insert(0, s[-3:])
        s = s[:-3]
    g.insert(0, s)
    return ".".join(g) + frac


# ---------------------------------------------------------------- header

def header(d, rng, iw, iname, place, number, year, month, day, era):
    lf = rng.choice((0.36, 0.40, 0.44, 0.48))      # the motto block is the wider one
    tw = 2480 - d.L - d.R + 160
    x0 = d.L - 110
    lw, rw = tw * lf, tw * (1 - lf)
    rx = x0 + lw
    px = d.px * rng.choice((0.88, 0.92, 0.96))
    lh = d.lh * px / d.px
    # issuer: two or three lines
    if rng.random() < 0.35 and len(iname.split()) >= 2:
        left = [("ỦY BAN NHÂN DÂN", "r"), (U(iw), "b"), (U(iname), "b")]
    elif rng.random() < 0.3 and era != "post-2025-07" and iw != "Tỉnh":
        left = [("UBND " + U("tỉnh " + place["prov"].split(" ", 1)[1] if place["prov"].startswith("Tỉnh") else place["prov"]), "r"),
                ("ỦY BAN NHÂN DÂN", "b"), (U(iw + " " + iname), "b")]
        # the parent line is context; the issuer is still the committee below it
    else:
        left = [("ỦY BAN NHÂN DÂN", "r" if rng.random() < 0.5 else "b"), (U(iw + " " + iname), "b")]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")]
    if rng.random() < 0.3:
        right[0] = ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")
    y0 = d.y
    y = y0
    for text, st in left:
        y += lh
        # a long unit name wraps inside the left block
        parts = d.wrap(text, lw - 20, st, px)
        for k, part in enumerate(parts):
            if k:
                y += lh
            d.center(part, st, px=px, x0=x0, w=lw, y=y)
    d.page.lines.append((x0 + lw * 0.35, y + lh * 0.3, x0 + lw * 0.65, y + lh * 0.3, 3))
    yl = y + lh * 1.2
    y = y0
    rpx = px * (0.95 if rw < 1250 else 1.0)
    for text, st in right:
        y += lh
        d.center(text, st, px=rpx, x0=rx, w=rw, y=y)
    wmot = d.width(right[1][0], "b", rpx)
    d.page.lines.append((rx + (rw - wmot) / 2, y + lh * 0.3, rx + (rw + wmot) / 2, y + lh * 0.3, 3))
    yr = y + lh * 1.2
    y = max(yl, yr) + lh * (0.2 if rng.random() < 0.5 else 0.6)
    sep = rng.choice(("Số: ", "Số: ", "Số:  "))
    d.center(sep + number, "r", px=px, x0=x0, w=lw, y=y)
    pad = rng.random() < 0.5
    place_name = iname if iw != "Tỉnh" else iname
    date = "%s, ngày %s tháng %s năm %d" % (
        place_name, ("%02d" % day) if pad else str(day),
        ("%02d" % month) if pad and month < 3 else str(month), year)
    if rng.random() < 0.5:
        d.center(date, "i", px=px, x0=rx, w=rw, y=y)
    else:
        dw = d.width(date, "i", px)
        d.put(rx + rw - dw - 40, y, date, "i", px)
    d.y = y + lh * 0.4


def authority(d, rng, iw, iname, era):
    base = "ỦY BAN NHÂN DÂN " + U(iw + " " + iname)
    if era in ("2016-2025", "post-2025-07") and rng.random() < 0.4:
        base = "CHỦ TỊCH " + base
    d.para(base, "b", indent=0, align="center", space=0.3)


def bases(d, rng, era, year, kind):
    st = "i" if rng.random() < 0.5 else "r"
    if year < 2004:
        law = "Căn cứ Luật Đất đai năm 1993 và các Luật sửa đổi, bổ sung một số điều của Luật Đất đai;"
        org = "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 1994;"
    elif year < 2014:
        law = "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;"
        org = "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"
    elif year < 2025:
        law = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
        org = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    else:
        law = "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"
        org = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
    items = [org, law]
    if 2014 <= year < 2025:
        items.append(rng.choice((
            "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
            "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ sửa đổi, bổ sung các nghị định quy định chi tiết thi hành Luật Đất đai;")))
    if kind == "thu-hoi" and year >= 2014:
        items.append("Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;")
    office = "Phòng Tài nguyên và Môi trường" if year >= 2004 else "Phòng Địa chính"
    if year == 2025:
        office = "Phòng Kinh tế"
    items.append("%s của %s tại Tờ trình số %d/TTr-%s ngày %d tháng %d năm %d." % (
        rng.choice(("Theo đề nghị", "Xét đề nghị")), office, rng.randint(5, 900),
        "TNMT" if year >= 2004 else "ĐC", rng.randint(1, 28), rng.randint(1, 12), year))
    for t in items:
        d.para(t, st, space=0.1)


# ---------------------------------------------------------------- people and parcels

def birth(rng, year):
    y = rng.randint(1940, min(year - 18, 2004))
    return y, rng.randint(1, 12), rng.randint(1, 28)


def make_owner(rng, gen, place, year, eth, giv, sex=None, with_id=True,
               with_birth=True, by_date=None, addr=None, with_addr=True):
    from importlib import import_module
    g = import_module("__main__")
    name, sex = g.person(rng, eth, giv, sex)
    by, bm, bd = birth(rng, year)
    if by_date is None:
        by_date = rng.random() < 0.4
    o = {"name": name, "gender": sex, "birth_year": by if with_birth else None,
         "birth_date": ("%04d-%02d-%02d" % (by, bm, bd)) if with_birth and by_date else None,
         "id_number": None, "id_type": None, "address": None,
         "commune_code": place["ccode"]}
    # the personal ID as the population database has it, printed or not
    o["_cid"] = g.gen_id(rng, place["prov_code"], sex, by, "cccd")
    idk = None
    if with_id:
        if year < 2016:
            idk = "cmnd"
        elif year < 2021:
            idk = rng.choice(("cmnd", "cccd", "cccd"))
        else:
            idk = rng.choice(("cccd", "dinh-danh"))
        o["id_type"] = idk
        o["id_number"] = g.gen_id(rng, place["prov_code"], sex, by, "cmnd") if idk == "cmnd" else o["_cid"]
    if with_addr:
        o["address"] = addr or g.address(rng, place, rng.choice((1, 2)))
    o["_bd"] = (by, bm, bd)
    return o


def birth_text(rng, o):
    if o["birth_year"] is None:
        return None
    by, bm, bd = o["_bd"]
    if o["birth_date"]:
        return rng.choice(("sinh ngày %s", "ngày sinh: %s")) % dmy(by, bm, bd)
    return rng.choice(("sinh năm %d", "năm sinh: %d", "sinh năm: %d")) % by


def id_text(rng, o):
    if not o["id_number"]:
        return None
    if o["id_type"] == "cmnd":
        s = rng.choice(("CMND số %s", "Chứng minh nhân dân số %s", "số CMND: %s")) % o["id_number"]
        if rng.random() < 0.4:
            by = o["_bd"][0]
            s += " cấp ngày %s tại Công an tỉnh" % dmy(min(by + 20, 2014), rng.randint(1, 12), rng.randint(1, 28))
        return s
    if o["id_type"] == "cccd":
        return rng.choice(("CCCD số %s", "Căn cước công dân số %s", "số CCCD: %s")) % o["id_number"]
    return rng.choice(("Số định danh cá nhân: %s", "số định danh cá nhân %s")) % o["id_number"]


def addr_text(rng, o):
    if not o["address"]:
        return None
    return rng.choice(("thường trú tại %s", "địa chỉ thường trú: %s", "nơi thường trú: %s")) % o["address"]


def title_of(o, household=False):
    t = "ông" if o["gender"] == "M" else "bà"
    return ("hộ " + t) if household else t


def owner_phrase(rng, o, household=False, cap=False, addr=True):
    bits = [title_of(o, household) + " " + o["name"]]
    for b in (birth_text(rng, o), id_text(rng, o), addr_text(rng, o) if addr else None):
        if b:
            bits.append(b)
    s = ", ".join(bits)
    return s[0].upper() + s[1:] if cap else s


def use_text(rng, code, mode=None):
    mode = mode or rng.choice(("both", "both", "code", "name"))
    if mode == "code":
        return code
    if mode == "name":
        return USES[code]
    return "%s (%s)" % (USES[code], code)


def make_parcel(rng, g, place, holder, use, year, area=None, term=None,
                origin=None, with_addr=True, to=None):
    if use in ("ONT", "ODT"):  # residential land: rural in a xã, urban in a phường or thị trấn
        use = "ODT" if place["urban"] else "ONT"
        if to:
            to = use
    area = area if area is not None else round(rng.choice((
        rng.uniform(60, 400), rng.uniform(200, 3000), rng.uniform(1000, 9999))), rng.choice((0, 1)))
    p = {"sheet": str(rng.randint(1, 96)), "number": str(rng.randint(1, 1800)),
         "area": float(area), "land_use": use, "land_use_to": to, "term": term,
         "origin": origin,
         "address": g.address(rng, place, rng.choice((1, 2))) if with_addr else None,
         "commune_code": place["ccode"], "holder": holder}
    return p


def term_for(rng, use, year, lease=False):
    if use in ("ONT", "ODT") and not lease:
        return "Lâu dài"
    if lease or rng.random() < 0.5:
        if rng.random() < 0.5:
            return "%d năm" % rng.choice((20, 30, 50))
        return "Đến ngày %s" % dmy(year + rng.choice((20, 30, 50)), rng.randint(1, 12), rng.randint(1, 28))
    return "Lâu dài" if use == "CLN" and rng.random() < 0.3 else "50 năm"


ORIGINS = {
    "giao-dat": ["Nhà nước giao đất có thu tiền sử dụng đất", "Nhà nước giao đất không thu tiền sử dụng đất"],
    "cho-thue": ["Nhà nước cho thuê đất trả tiền thuê đất hàng năm",
                 "Nhà nước cho thuê đất trả tiền thuê đất một lần cho cả thời gian thuê"],
    "cong-nhan": ["Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
                  "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất"],
    "cap-gcn": ["Nhà nước giao đất có thu tiền sử dụng đất", "Nhận chuyển nhượng quyền sử dụng đất",
                "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"],
    "chuyen-muc-dich": ["Chuyển mục đích sử dụng đất"],
}


def parcel_phrase(rng, p, with_use=True):
    a = "thửa đất số %s, tờ bản đồ số %s" % (p["number"], p["sheet"])
    if rng.random() < 0.4:
        a = "tờ bản đồ số %s, thửa đất số %s" % (p["sheet"], p["number"])
    bits = [a, "diện tích %s %s" % (vn_num(p["area"]), rng.choice(("m²", "m2", "m²")))]
    if p["address"]:
        bits.append(rng.choice(("tại %s", "địa chỉ: %s", "thuộc %s")) % p["address"])
    if with_use:
        bits.append("mục đích sử dụng: %s" % use_text(rng, p["land_use"]))
    if p["term"]:
        bits.append("thời hạn sử dụng: %s" % p["term"])
    if p["origin"]:
        bits.append("nguồn gốc sử dụng: %s" % p["origin"])
    return "; ".join(bits) if rng.random() < 0.5 else ", ".join(bits)


def parcel_list(d, rng, p, bullet, with_use=True, use_label="Mục đích sử dụng"):
    items = []
    if rng.random() < 0.5:
        items += ["Thửa đất số: %s" % p["number"], "Tờ bản đồ số: %s" % p["sheet"]]
    else:
        items += ["Tờ bản đồ số: %s" % p["sheet"], "Thửa đất số: %s" % p["number"]]
    items.append("Diện tích: %s %s" % (vn_num(p["area"]), rng.choice(("m²", "m2"))))
    if p["address"]:
        items.append("Địa chỉ thửa đất: %s" % p["address"])
    if with_use:
        items.append("%s: %s" % (use_label, use_text(rng, p["land_use"])))
    if p["term"]:
        items.append("Thời hạn sử dụng: %s" % p["term"])
    if p["origin"]:
        items.append("Nguồn gốc sử dụng: %s" % p["origin"])
    for it in items:
        d.para("%s %s" % (bullet, it), indent=d.px * 1.2, space=0.05)


def owner_list(d, rng, o, bullet, household=False):
    t = "Hộ ông" if household and o["gender"] == "M" else ("Hộ bà" if household else ("Ông" if o["gender"] == "M" else "Bà"))
    d.para("%s %s: %s" % (bullet, t, o["name"]), indent=d.px * 1.2, space=0.05)
    if o["birth_year"]:
        by, bm, bd = o["_bd"]
        d.para("%s %s" % (bullet, ("Ngày sinh: %s" % dmy(by, bm, bd)) if o["birth_date"] else "Năm sinh: %d" % by),
               indent=d.px * 1.2, space=0.05)
    if o["id_number"]:
        lab = {"cmnd": "Số CMND", "cccd": "Số CCCD", "dinh-danh": "Số định danh cá nhân"}[o["id_type"]]
        d.para("%s %s: %s" % (bullet, lab, o["id_number"]), indent=d.px * 1.2, space=0.05)
    if o["address"]:
        d.para("%s %s: %s" % (bullet, rng.choice(("Địa chỉ thường trú", "Nơi thường trú")), o["address"]),
               indent=d.px * 1.2, space=0.05)


def art(d, n, text, rng):
    d.para("Điều %d. %s" % (n, text), indent=d.px * 1.5, space=0.15)


def owners_parcels(d, rng, truth, place, year, eth, giv, kind, n_own, n_par, lease=False,
                   to=None, couple=None):
    import __main__ as g
    own, par = [], []
    couple = (rng.random() < 0.35) if couple is None else couple
    sex = rng.choice("MF")
    o = make_owner(rng, g, place, year, eth, giv, sex=sex)
    own.append(o)
    if couple:
        o2 = make_owner(rng, g, place, year, eth, giv, sex="F" if sex == "M" else "M",
                        addr=o["address"], by_date=o["birth_date"] is not None)
        own.append(o2)
    for k in range(n_own - len(own)):
        own.append(make_owner(rng, g, place, year, eth, giv))
    for k in range(n_par):
        use = to[0] if to else rng.choice(ORIGIN_USE[kind])
        p = make_parcel(rng, g, place, 0 if k < n_par else k, use, year,
                        term=term_for(rng, to[1] if to else use, year, lease),
                        origin=rng.choice(ORIGINS[kind]) if kind in ORIGINS else None,
                        to=to[1] if to else None)
        par.append(p)
    truth["owners"] += own
    truth["parcels"] += par
    return own, par, couple


ORIGIN_USE = {
    "giao-dat": ["ONT", "ODT", "ONT", "RSX"], "cho-thue": ["TMD", "SKC", "NTS", "CLN"],
    "cong-nhan": ["ONT", "CLN", "LUC", "BHK", "ODT"], "cap-gcn": ["ONT", "ODT"],
    "chuyen-muc-dich": AGRI, "thu-hoi": AGRI + ["ONT"],
}


def couple_phrase(rng, own, couple, household):
    if couple:
        a, b = own[0], own[1]
        rel = "vợ là bà" if b["gender"] == "F" else "chồng là ông"
        s = "%s và %s %s" % (owner_phrase(rng, a, household, addr=False), rel,
                             owner_phrase(rng, b, addr=False).split(" ", 1)[1])
        at = addr_text(rng, a)
        if at:
            s += "; cùng " + at
        return s
    return owner_phrase(rng, own[0], household)


VERB = {"giao-dat": "Giao đất cho", "cho-thue": "Cho", "cong-nhan": "Công nhận quyền sử dụng đất cho",
        "cap-gcn": "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cho"}


def body_single(d, rng, truth, layout, place, year, eth, giv, kind):
    """giao đất, cho thuê, công nhận, cấp GCN: one holder (or a couple), one or two parcels."""
    lease = kind == "cho-thue"
    n_par = rng.choice((1, 1, 2))
    own, par, couple = owners_parcels(d, rng, truth, place, year, eth, giv, kind,
                                      1, n_par, lease=lease)
    household = rng.random() < 0.3 and not couple
    house = None
    if kind == "cap-gcn" and rng.random() < 0.7:
        ba = round(rng.uniform(60, 180), 1)
        fl = rng.choice((1, 1, 2, 3))
        house = {"building_area": ba, "floor_area": round(ba * fl, 1),
                 "structure": rng.choice(("Bê tông cốt thép", "Khung bê tông, tường xây gạch, mái tôn",
                                          "Nhà gỗ, mái ngói", "Tường gạch chịu lực, mái bằng")),
                 "floors": fl, "year_built": rng.randint(max(1995, year - 20), year)}
        truth["house"] = house
    if layout == "prose":
        who = couple_phrase(rng, own, couple, household)
        if kind == "cho-thue":
            head = "Cho %s thuê %s m² đất tại %s để sử dụng vào mục đích %s." % (
                who, vn_num(sum(p["area"] for p in par)), lc_addr(place), use_text(rng, par[0]["land_use"], "name").lower())
        else:
            head = "%s %s." % (VERB[kind], who)
        art(d, 1, head, rng)
        for k, p in enumerate(par):
            pre = ("Thửa đất thứ %d: " % (k + 1)) if n_par > 1 else "Thông tin thửa đất: "
            s = parcel_phrase(rng, p)
            d.para(pre + s[0].upper() + s[1:] + ".", space=0.1)
    else:  # list
        bl = rng.choice(("-", "+", "•"))
        intro = {"giao-dat": "Giao đất cho người sử dụng đất có tên sau đây:",
                 "cho-thue": "Cho thuê đất đối với người sử dụng đất sau:",
                 "cong-nhan": "Công nhận quyền sử dụng đất cho:",
                 "cap-gcn": "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cho:"}[kind]
        art(d, 1, intro, rng)
        num = rng.random() < 0.5
        d.para(("1. " if num else "a) ") + "Người sử dụng đất:", "b" if rng.random() < 0.5 else "r", space=0.05)
        for o in own:
            owner_list(d, rng, o, bl, household)
        for k, p in enumerate(par):
            lab = "Thông tin thửa đất" + ((" thứ %d" % (k + 1)) if n_par > 1 else "") + ":"
            d.para(("%d. " % (k + 2) if num else "%s) " % "bcdef"[k]) + lab, space=0.05)
            parcel_list(d, rng, p, bl)
    if house:
        s = "Tài sản gắn liền với đất: Nhà ở riêng lẻ; diện tích xây dựng: %s m²; diện tích sàn: %s m²; kết cấu: %s; số tầng: %d; năm hoàn thành xây dựng: %d." % (
            vn_num(house["building_area"]), vn_num(house["floor_area"]), house["structure"],
            house["floors"], house["year_built"])
        d.para(s, space=0.2)


def lc_addr(place):
    import __main__ as g
    parts = [g.lc(place["commune"])]
    if place["dist"]:
        parts.append(g.lc(place["dist"]))
    return ", ".join(parts)


def table_rows(d, rng, truth, place, year, eth, giv, kind, n, colset, unit_ha=False,
               area_fn=None):
    """Holders and parcels for a table; some holders hold two rows."""
    import __main__ as g
    rows = []
    owners = []
    with_addr = "addr" in colset
    with_birth = "birth" in colset
    for k in range(n):
        if owners and rng.random() < 0.18:
            hi = len(owners) - 1
        else:
            o = make_owner(rng, g, place, year, eth, giv, with_id=False, with_birth=with_birth,
                           by_date=False, with_addr=with_addr,
                           addr=g.address(rng, place, 0) if with_addr else None)
            owners.append(o)
            hi = len(owners) - 1
        use = rng.choice(ORIGIN_USE[kind] if kind in ORIGIN_USE else AGRI)
        area = round(rng.uniform(40, 3800), rng.choice((0, 1)))
        if unit_ha:
            area = float(round(area))
        p = make_parcel(rng, g, place, hi, use, year, area=area, with_addr=False)
        rows.append((owners[hi], p))
    base = len(truth["owners"])
    for o in owners:
        truth["owners"].append(o)
    for o, p in rows:
        p["holder"] += base
        truth["parcels"].append(p)
    return rows


def name_cell(rng, name, narrow):
    parts = name.split()
    if narrow and len(parts) >= 3 and rng.random() < 0.5:
        return [" ".join(parts[:-1]), parts[-1]]
    return name


def area_cell(p, ha):
    return vn_num(p["area"] / 10000.0, 4) if ha else vn_num(p["area"])


def render_table(d, rng, rows, cols, ruled, total_area=None, ha=False, extra=None):
    """cols: list of (key, header, width, align)."""
    header = [c[1] for c in cols]
    body = []
    narrow = any(c[0] == "name" and c[2] <= 2.6 for c in cols)
    for k, (o, p) in enumerate(rows):
        r = []
        for key, _, _, _ in cols:
            r.append({"stt": str(k + 1), "name": name_cell(rng, o["name"], narrow),
                      "addr": o["address"] or "", "birth": str(o["birth_year"] or ""),
                      "sheet": p["sheet"], "number": p["number"], "area": area_cell(p, ha),
                      "use": p["land_use"], "usename": use_text(rng, p["land_use"], "name"),
                      "to": p["land_use_to"] or "",
                      "gcn": "%s %06d" % (rng.choice(("CS", "CĐ", "BX")), rng.randint(1, 999999))}[key])
        body.append(r)
    al = [{"stt": "c", "name": "l", "addr": "l", "birth": "c", "sheet": "c", "number": "c",
           "area": "r", "use": "c", "usename": "l", "to": "c", "gcn": "c"}[c[0]] for c in cols]
    total = None
    if total_area is not None:
        ai = [c[0] for c in cols].index("area")
        total = (rng.choice(("Tổng cộng", "Cộng", "Tổng")), (vn_num(total_area / 10000.0, 4) if ha else vn_num(total_area)), ai)
    d.table(header, body, [c[2] for c in cols], ruled, al,
            repeat_header=rng.random() < 0.5, total=total)


COLSETS = [
    [("stt", "STT", 0.8, "c"), ("name", "Họ và tên chủ sử dụng", 2.6, "l"), ("sheet", "Tờ bản đồ số", 1.3, "c"),
     ("number", "Thửa đất số", 1.3, "c"), ("area", "Diện tích thu hồi (m²)", 1.8, "r"), ("use", "Loại đất", 1.1, "c")],
    [("stt", "STT", 0.7, "c"), ("name", "Chủ sử dụng đất", 2.4, "l"), ("addr", "Địa chỉ", 2.4, "l"),
     ("number", "Số thửa", 1.0, "c"), ("sheet", "Số tờ", 0.9, "c"), ("area", "Diện tích (m²)", 1.5, "r"),
     ("use", "Mục đích sử dụng", 1.4, "c")],
    [("stt", "TT", 0.7, "c"), ("name", "Họ và tên", 3.0, "l"), ("number", "Thửa đất số", 1.2, "c"),
     ("sheet", "Tờ bản đồ", 1.2, "c"), ("use", "Loại đất", 1.0, "c"), ("area", "Diện tích (ha)", 1.6, "r")],
    [("stt", "Số TT", 0.9, "c"), ("name", "Họ tên chủ hộ", 2.5, "l"), ("birth", "Năm sinh", 1.1, "c"),
     ("sheet", "Tờ BĐ", 0.9, "c"), ("number", "Số thửa", 1.0, "c"), ("area", "DT (m²)", 1.4, "r"),
     ("usename", "Mục đích sử dụng", 2.4, "l")],
]


def body_table_single(d, rng, truth, layout, place, year, eth, giv, kind):
    """giao đất / cho thuê / công nhận / cấp GCN for several households, in a table."""
    n = rng.randint(3, 6)
    cs = list(rng.choice(COLSETS[1:]))
    if kind == "cap-gcn":
        cs = cs + [("gcn", "Số phát hành GCN", 1.6, "c")]
    ha = any(c[0] == "area" and "(ha)" in c[1] for c in cs)
    intro = {"giao-dat": "Giao đất ở tái định cư cho %d hộ gia đình, cá nhân tại %s, chi tiết như sau:",
             "cho-thue": "Cho %d hộ gia đình, cá nhân thuê đất tại %s để sản xuất nông nghiệp, cụ thể:",
             "cong-nhan": "Công nhận quyền sử dụng đất cho %d hộ gia đình, cá nhân tại %s theo danh sách sau:",
             "cap-gcn": "Cấp Giấy chứng nhận quyền sử dụng đất cho %d hộ gia đình, cá nhân tại %s, gồm:"}[kind]
    kind_use = {"giao-dat": "ONT", "cho-thue": "NTS", "cong-nhan": None, "cap-gcn": None}[kind]
    rows = table_rows(d, rng, truth, place, year, eth, giv, kind, n, [c[0] for c in cs], unit_ha=ha)
    if kind_use:
        for o, p in rows:
            p["land_use"] = kind_use if kind == "giao-dat" else rng.choice(("NTS", "CLN", "BHK"))
    nh = len({id(o) for o, p in rows})
    art(d, 1, intro % (nh, lc_addr(place)), rng)
    render_table(d, rng, rows, cs, layout == "table-ruled", ha=ha)
    term = term_for(rng, "ONT" if kind == "giao-dat" else "CLN", year, kind == "cho-thue")
    origin = rng.choice(ORIGINS[kind])
    d.para("Thời hạn sử dụng: %s. Nguồn gốc sử dụng: %s." % (term, origin), space=0.2)
    for o, p in rows:
        p["term"], p["origin"] = term, origin


def body_giao(d, rng, truth, layout, place, year, eth, giv):
    (body_table_single if layout.startswith("table") else body_single)(d, rng, truth, layout, place, year, eth, giv, "giao-dat")


def body_thue(d, rng, truth, layout, place, year, eth, giv):
    (body_table_single if layout.startswith("table") else body_single)(d, rng, truth, layout, place, year, eth, giv, "cho-thue")


def body_cn(d, rng, truth, layout, place, year, eth, giv):
    (body_table_single if layout.startswith("table") else body_single)(d, rng, truth, layout, place, year, eth, giv, "cong-nhan")


def body_gcn(d, rng, truth, layout, place, year, eth, giv):
    (body_table_single if layout.startswith("table") else body_single)(d, rng, truth, layout, place, year, eth, giv, "cap-gcn")


PROJECTS = ["xây dựng đường giao thông nông thôn liên bản", "nâng cấp đường tỉnh lộ", "xây dựng trường mầm non",
            "xây dựng kênh mương thủy lợi nội đồng", "mở rộng khu tái định cư", "xây dựng trạm y tế xã",
            "xây dựng hồ chứa nước sinh hoạt", "cải tạo lưới điện nông thôn"]


def body_thuhoi(d, rng, truth, layout, place, year, eth, giv):
    proj = rng.choice(PROJECTS)
    if layout == "list":
        n = rng.randint(3, 5)
        rows = table_rows(d, rng, truth, place, year, eth, giv, "thu-hoi", n, ["addr"] if rng.random() < 0.5 else [])
    else:
        long = rng.random() < 0.5
        cs = rng.choice(COLSETS) if layout == "table-ruled" else rng.choice(COLSETS[1:3])
        n = rng.randint(14, 19) if long else rng.randint(4, 8)
        ha = any(c[0] == "area" and "(ha)" in c[1] for c in cs)
        rows = table_rows(d, rng, truth, place, year, eth, giv, "thu-hoi", n, [c[0] for c in cs], unit_ha=ha)
    total = sum(p["area"] for o, p in rows)
    nh = len({id(o) for o, p in rows})
    art(d, 1, "Thu hồi tổng diện tích %s m² đất do %d hộ gia đình, cá nhân đang sử dụng tại %s để %s%s" % (
        vn_num(total), nh, lc_addr(place), proj,
        rng.choice((", chi tiết tại bảng dưới đây:", " (danh sách kèm theo):", ", gồm:")) if layout != "list" else ", gồm:"), rng)
    if layout == "list":
        for k, (o, p) in enumerate(rows):
            s = "%d. %s %s%s: %s, diện tích %s m², loại đất %s." % (
                k + 1, "Ông" if o["gender"] == "M" else "Bà", o["name"],
                (", " + addr_text(rng, o)) if o["address"] else "",
                parcel_phrase_bare(rng, p), vn_num(p["area"]), use_text(rng, p["land_use"], rng.choice(("code", "both"))))
            d.para(s, indent=d.px * 0.8, space=0.05)
    else:
        render_table(d, rng, rows, cs, layout == "table-ruled",
                     total_area=total if rng.random() < 0.7 else None, ha=ha)
    d.para("Vị trí, ranh giới các thửa đất thu hồi thể hiện trên trích lục bản đồ địa chính do Văn phòng Đăng ký đất đai lập.", space=0.1)


def parcel_phrase_bare(rng, p):
    if rng.random() < 0.5:
        return "thửa đất số %s, tờ bản đồ số %s" % (p["number"], p["sheet"])
    return "tờ bản đồ số %s, thửa số %s" % (p["sheet"], p["number"])


def use_lower(s, code):
    """'Đất ở tại nông thôn (ONT)' -> 'đất ở tại nông thôn (ONT)'; a bare code stays."""
    if s == code:
        return s
    return s[0].lower() + s[1:]


def body_cmd(d, rng, truth, layout, place, year, eth, giv):
    frm = rng.choice(["CLN", "BHK", "LUK", "NTS"])
    to = rng.choice(["ONT"] if not place["urban"] else ["ODT"])
    if layout == "table-ruled":
        n = rng.randint(3, 5)
        cs = [("stt", "STT", 0.7, "c"), ("name", "Họ và tên", 2.6, "l"), ("number", "Thửa đất số", 1.1, "c"),
              ("sheet", "Tờ bản đồ số", 1.1, "c"), ("area", "Diện tích (m²)", 1.5, "r"),
              ("use", "Từ loại đất", 1.1, "c"), ("to", "Sang loại đất", 1.1, "c")]
        rows = table_rows(d, rng, truth, place, year, eth, giv, "chuyen-muc-dich", n, ["name"])
        for o, p in rows:
            p["land_use"], p["land_use_to"] = frm, to
            p["area"] = float(round(rng.uniform(50, 300), rng.choice((0, 1))))
        total = sum(p["area"] for o, p in rows)
        art(d, 1, "Cho phép %d hộ gia đình, cá nhân chuyển mục đích sử dụng %s m² đất từ %s sang %s tại %s, cụ thể:" % (
            len({id(o) for o, p in rows}), vn_num(total), USES[frm].lower(), USES[to].lower(), lc_addr(place)), rng)
        render_table(d, rng, rows, cs, True, total_area=total if rng.random() < 0.5 else None)
        term = "Lâu dài"
        d.para("Thời hạn sử dụng đất sau khi chuyển mục đích: %s." % term, space=0.2)
        for o, p in rows:
            p["term"] = term
        return
    own, par, couple = owners_parcels(d, rng, truth, place, year, eth, giv, "chuyen-muc-dich",
                                      1, 1, to=(frm, to))
    p = par[0]
    p["area"] = float(round(rng.uniform(50, 400), 1))
    p["term"] = "Lâu dài"
    who = couple_phrase(rng, own, couple, False)
    stm = "Cho phép %s chuyển mục đích sử dụng %s m² đất từ %s sang %s" % (
        who, vn_num(p["area"]), use_lower(use_text(rng, frm), frm), use_lower(use_text(rng, to), to))
    if layout == "list":
        art(d, 1, stm + ", cụ thể:", rng)
        bl = rng.choice(("-", "+"))
        parcel_list(d, rng, p, bl, with_use=False)
        d.para("%s Mục đích sử dụng trước khi chuyển: %s" % (bl, use_text(rng, frm)), indent=d.px * 1.2, space=0.05)
        d.para("%s Mục đích sử dụng sau khi chuyển: %s" % (bl, use_text(rng, to)), indent=d.px * 1.2, space=0.05)
    else:
        art(d, 1, stm + " tại " + parcel_phrase(rng, dict(p, origin=None, term=None), with_use=False) + ".", rng)
        d.para("Thời hạn sử dụng: %s. Nguồn gốc sử dụng: %s." % (p["term"], p["origin"]), space=0.1)


def body_other(d, rng, truth, layout, place, year, eth, giv):
    import __main__ as g
    what = rng.choice(("Tổ công tác rà soát, cập nhật thông tin người sử dụng đất",
                       "Hội đồng bồi thường, hỗ trợ và tái định cư dự án",
                       "Ban chỉ đạo kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất"))
    members = []
    for role in ("Trưởng ban", "Phó Trưởng ban", "Thành viên", "Thành viên"):
        n, _ = g.person(rng, eth, giv)
        members.append((n, rng.choice(("Phó Chủ tịch UBND", "Trưởng phòng Tài nguyên và Môi trường",
                                       "Chuyên viên Văn phòng", "Công chức địa chính - xây dựng")), role))
    art(d, 1, "Thành lập %s gồm các ông, bà có tên sau:" % what, rng)
    if layout == "table-ruled":
        d.table(["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ"],
                [[str(k + 1), m[0], m[1], m[2]] for k, m in enumerate(members)],
                [0.7, 2.6, 3.4, 1.6], True, ["c", "l", "l", "l"])
    elif layout == "list":
        for k, m in enumerate(members):
            d.para("%d. %s - %s - %s;" % (k + 1, m[0], m[1], m[2]), indent=d.px * 1.0, space=0.05)
    else:
        d.para("Ông (bà) %s, %s, làm %s; các thành viên gồm: %s." % (
            members[0][0], members[0][1], members[0][2].lower(),
            "; ".join("%s, %s" % (m[0], m[1]) for m in members[1:])), space=0.1)
    art(d, 2, "%s có nhiệm vụ giúp Ủy ban nhân dân tổ chức thực hiện, tổng hợp kết quả và báo cáo theo quy định; tự giải thể sau khi hoàn thành nhiệm vụ." % what.split(" ", 1)[0], rng)


BODY = {"giao-dat": body_giao, "cho-thue": body_thue, "cong-nhan": body_cn, "cap-gcn": body_gcn,
        "chuyen-muc-dich": body_cmd, "thu-hoi": body_thuhoi, "other": body_other}


def _title(fmt):
    return lambda place, rng: fmt % lc_addr(place)


TITLES = {
    "giao-dat": [_title("Về việc giao đất cho hộ gia đình, cá nhân tại %s"),
                 _title("Về việc giao đất ở cho hộ gia đình, cá nhân tại %s")],
    "cho-thue": [_title("Về việc cho thuê đất để sử dụng vào mục đích sản xuất, kinh doanh tại %s"),
                 _title("Về việc cho hộ gia đình, cá nhân thuê đất tại %s")],
    "cong-nhan": [_title("Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân tại %s")],
    "cap-gcn": [_title("Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất tại %s")],
    "chuyen-muc-dich": [_title("Về việc cho phép chuyển mục đích sử dụng đất tại %s")],
    "thu-hoi": [_title("Về việc thu hồi đất để thực hiện dự án tại %s"),
                _title("Về việc thu hồi đất của các hộ gia đình, cá nhân tại %s")],
    "other": [_title("Về việc thành lập tổ công tác tại %s"),
              _title("Về việc kiện toàn ban chỉ đạo công tác đất đai tại %s")],
}


def closing(d, rng, kind, iw, iname, place):
    import __main__ as g
    n = 2 if kind != "other" else 3
    ex = {"thu-hoi": "Giao Phòng Tài nguyên và Môi trường, Ủy ban nhân dân xã tổ chức bồi thường, hỗ trợ và bàn giao đất đã thu hồi theo quy định.",
          "other": None}.get(kind, "Giao Văn phòng Đăng ký đất đai cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; người sử dụng đất thực hiện nghĩa vụ tài chính theo quy định.")
    if ex:
        art(d, n, ex, rng)
        n += 1
    art(d, n, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", rng)
    # "Nơi nhận" bottom left, the signature block bottom right, side by side
    px = d.px * 0.85
    lh = d.lh * 0.85
    d.need(lh * 8)
    y0 = d.y + lh
    x_r = d.L + (2480 - d.L - d.R) * rng.choice((0.48, 0.52, 0.56))
    wr = 2480 - d.R - x_r
    d.put(d.L, y0 + lh * 0.2, "Nơi nhận:", "i" if rng.random() < 0.5 else "b", px)
    recv = ["- Như Điều %d;" % n, "- UBND %s (b/c);" % ("tỉnh" if iw != "Tỉnh" else "Bộ TN&MT"),
            "- Lưu: VT, TNMT."]
    if rng.random() < 0.5:
        recv.insert(1, "- Văn phòng Đăng ký đất đai;")
    for k, r in enumerate(recv):
        d.put(d.L, y0 + lh * (1.1 + 0.9 * k), r, "r", px * 0.9)
    sig = [("TM. ỦY BAN NHÂN DÂN", "b"), ("CHỦ TỊCH", "b")] if rng.random() < 0.5 else \
        [("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b")]
    for k, (t, st) in enumerate(sig):
        d.center(t, st, px=d.px, x0=x_r, w=wr, y=y0 + lh * k * 1.1)
    name, _ = g.person(rng, eth_g(), giv_g())
    g.stamp_and_sign(d, rng, x_r + wr / 2 - 160, y0 + lh * 3.6, rng.random() < 0.6)
    d.center(name, "b", px=d.px, x0=x_r, w=wr, y=y0 + lh * 6.2)
    d.y = y0 + lh * 7


def eth_g():
    import __main__ as g
    return g._ETH


def giv_g():
    import __main__ as g
    return g._GIV
