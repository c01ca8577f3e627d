"""gen5's wording: committees, people, parcels and the decisions written
around them, each in several layouts.  Returns the Doc drawn (page5) and
the truth of what it prints."""
import csv, os
import page5

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai",
          "Lương", "Tạ", "Cao", "Lâm", "Kiều", "Nông", "Triệu", "Hà", "Ma",
          "Chu", "Đàm", "Khúc", "Thân", "La"]
USES = [("ONT", "Đất ở tại nông thôn"), ("ODT", "Đất ở tại đô thị"),
        ("CLN", "Đất trồng cây lâu năm"), ("LUC", "Đất chuyên trồng lúa nước"),
        ("BHK", "Đất bằng trồng cây hàng năm khác"),
        ("NTS", "Đất nuôi trồng thủy sản"), ("RSX", "Đất rừng sản xuất"),
        ("LUK", "Đất trồng lúa nước còn lại")]
AGRI = ["CLN", "LUC", "BHK", "NTS", "LUK", "RSX"]
ORGS = ["Công ty TNHH Xây dựng và Thương mại Minh Phát",
        "Công ty Cổ phần Nông nghiệp Sông Lam", "Hợp tác xã Dịch vụ nông nghiệp Tân Lập",
        "Công ty TNHH Một thành viên Gạch ngói Đồng Tâm",
        "Công ty Cổ phần Chế biến gỗ Trường Sơn", "Doanh nghiệp tư nhân Hưng Thịnh"]
VILLAGES = ["xóm 3", "thôn Đông", "thôn Tân Lập", "xóm Trại", "thôn 7", "ấp Bình Hòa",
            "tổ dân phố số 4", "bản Nà Khoang", "thôn Phú Mỹ", "xóm Bắc Sơn", "khối 2",
            "thôn Hòa Bình", "ấp 3", "thôn Thượng", "xóm Đình"]
ORIGINS = ["Nhà nước giao đất có thu tiền sử dụng đất",
           "Nhà nước giao đất không thu tiền sử dụng đất",
           "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
           "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất",
           "Nhận chuyển nhượng quyền sử dụng đất"]


def use_name(code):
    return dict(USES)[code]


class Units:
    """Committees from data/: pre-2025 districts and communes, post-2025
    communes (commune-map's new units), never Điện Biên's (11)."""

    def __init__(self, data):
        with open(os.path.join(data, "admin-units.csv"), encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if r["province_code"] != "11"]
        self.old = [r for r in rows if r["district_name"].startswith(("Huyện", "Thị xã"))
                    and r["commune_type"] in ("Xã", "Thị trấn", "Phường")]
        with open(os.path.join(data, "commune-map.csv"), encoding="utf-8") as f:
            seen, self.new = set(), []
            for r in csv.DictReader(f):
                if r["new_province_code"] != "11" and r["new_commune_code"] not in seen:
                    seen.add(r["new_commune_code"])
                    self.new.append(r)

    def district(self, rng):
        """A district and four of its communes (rows of admin-units)."""
        r = rng.choice(self.old)
        same = [x for x in self.old if x["district_code"] == r["district_code"]]
        return same if len(same) <= 4 else rng.sample(same, 4)

    def commune_new(self, rng):
        return rng.choice(self.new)


def low(s):
    """'Xã Nghi Phong' -> 'xã Nghi Phong'."""
    return s[0].lower() + s[1:]


def bare(s):
    for p in ("Thành phố ", "Thị trấn ", "Thị xã ", "Huyện ", "Tỉnh ", "Xã ",
              "Phường ", "Quận "):
        if s.startswith(p):
            return s[len(p):]
    return s


def context(rng, units, kind, layout, dmg):
    """The committee, era, date, number and style of one document."""
    typew = "typewriter" in layout
    era = "1996-2003" if typew else rng.choice(
        ["2004-2015", "2004-2015", "2016-2025", "2016-2025", "2016-2025", "2025-"])
    year = {"1996-2003": rng.randint(1996, 2003), "2004-2015": rng.randint(2004, 2015),
            "2016-2025": rng.randint(2016, 2024), "2025-": 2025}[era]
    month = rng.randint(7, 12) if era == "2025-" else rng.randint(1, 12)
    day = rng.randint(1, 28)
    c = {"era": era, "year": year, "month": month, "day": day}
    if era == "2025-":
        r = units.commune_new(rng)
        prov = r["new_province_name"]
        prov = prov if prov.startswith(("Thành phố", "Tỉnh")) else "Tỉnh " + prov
        name = r["new_commune_name"]
        c.update(level=name.split()[0], unit=bare(name), unit_full=name,
                 province=prov, pcode=r["new_province_code"],
                 communes=[(r["new_commune_code"], name)], district=None)
    else:
        rows = units.district(rng)
        d = rows[0]["district_name"]
        prov = rows[0]["province_name"]
        if era == "1996-2003" and rows[0]["province_code"] in ("12",):
            prov = "Tỉnh Lai Châu"
        c.update(level=d.split()[0] if not d.startswith("Thị xã") else "Thị xã",
                 unit=bare(d), unit_full=d, province=prov,
                 pcode=rows[0]["province_code"],
                 communes=[(r["commune_code"], r["commune_name"]) for r in rows],
                 district=d)
    suffix = "QĐ-UB" if era == "1996-2003" else "QĐ-UBND"
    c["number"] = f"{rng.randint(12, 4800)}/{suffix}"
    c["id"] = f"QD5-{year}-{rng.randint(1000, 9999)}"
    font = "FreeMono" if typew else rng.choice(
        ["FreeSerif", "FreeSerif", "DejaVuSerifCondensed", "DejaVuSansCondensed",
         "FreeSans"])
    pt = {"FreeMono": 11.5, "DejaVuSansCondensed": 11.5}.get(font, rng.choice([12.5, 13, 14]))
    c["style"] = page5.Style(font, pt, rng.choice([1.25, 1.35, 1.45]), typew)
    c["kind"] = kind
    return c


# -- people -----------------------------------------------------------------

def person(rng, c, gender=None, kinh=True, idp=0.8):
    """A person with what the decision prints about them."""
    gender = gender or rng.choice("MF")
    fam = rng.choice(FAMILY)
    given = rng.choice(GIVEN[gender])
    mid = rng.choice(["Văn", "Đức", "Hữu", "Minh", "Quang", "Công"] if gender == "M"
                     else ["Thị", "Thị", "Thu", "Ngọc", "Thanh"])
    name = f"{fam} {mid} {given}" if rng.random() < 0.8 else f"{fam} {given}"
    by = rng.randint(1938, min(1990, c["year"] - 20))
    p = {"name": name, "gender": gender, "birth_year": None, "birth_date": None,
         "id_number": None, "id_type": None, "address": None,
         "commune_code": c["communes"][0][0], "spouse": None, "household": False}
    r = rng.random()
    if r < 0.55:
        p["birth_year"] = by
    elif r < 0.75:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        p["birth_year"], p["birth_date"] = by, f"{by}-{m:02d}-{d:02d}"
    if rng.random() < idp:
        if c["year"] >= 2021 or (c["year"] >= 2016 and rng.random() < 0.4):
            g = (0 if gender == "M" else 1) + (2 if by >= 2000 else 0)
            p["id_type"] = "dinh-danh" if c["year"] >= 2024 and rng.random() < 0.5 else "cccd"
            p["id_number"] = f"0{c['pcode']}{g}{by % 100:02d}{rng.randint(0, 999999):06d}"
        else:
            p["id_type"] = "cmnd"
            p["id_number"] = f"{rng.randint(10, 38):02d}{rng.randint(0, 9999999):07d}"
    return p


GIVEN = {"M": ["Hải", "Tuấn", "Dũng", "Thắng", "Hùng", "Sơn", "Long", "Phúc", "Quý",
               "Trung", "Kiên", "Nghĩa", "Tâm", "Lộc", "Bình", "Cường", "Đạt", "Toàn",
               "Khải", "Vinh", "Thành", "Hoàng", "Nhân", "Hiếu", "Thịnh"],
         "F": ["Hoa", "Lan", "Hương", "Mai", "Huệ", "Nga", "Loan", "Thủy", "Hằng",
               "Yến", "Nhung", "Xuân", "Tuyết", "Hạnh", "Liên", "Thắm", "Dung",
               "Oanh", "Phượng", "Quyên"]}


def address(rng, c, ci=0, district=True):
    code, name = c["communes"][ci % len(c["communes"])]
    parts = [rng.choice(VILLAGES), low(name)]
    if c["district"] and district:
        parts.append(low(c["district"]))
    parts.append(low(c["province"]))
    return ", ".join(parts), code


def id_text(rng, p, c):
    if not p["id_type"]:
        return ""
    t = p["id_type"]
    if t == "cmnd":
        lab = rng.choice(["CMND số", "số CMND:", "Chứng minh nhân dân số"])
        tail = rng.choice(["", f" do Công an {low(c['province'])} cấp"])
    elif t == "cccd":
        lab = rng.choice(["CCCD số", "số CCCD:", "Căn cước công dân số", "thẻ CCCD số"])
        tail = rng.choice(["", " do Cục Cảnh sát QLHC về TTXH cấp"])
    else:
        lab, tail = rng.choice(["số định danh cá nhân", "Số định danh cá nhân:"]), ""
    return f"{lab} {p['id_number']}{tail}"


def birth_text(rng, p):
    if p["birth_date"]:
        y, m, d = p["birth_date"].split("-")
        return rng.choice([f"sinh ngày {d}/{m}/{y}", f"ngày sinh: {d}/{m}/{y}"])
    if p["birth_year"]:
        return rng.choice([f"sinh năm {p['birth_year']}", f"năm sinh: {p['birth_year']}",
                           f"SN {p['birth_year']}"])
    return ""


def title(p, hh=None):
    t = "ông" if p["gender"] == "M" else "bà"
    return ("hộ " + t if hh else t)


def person_text(rng, c, p, hh=False, addr=True, paren=False):
    """The words naming p: title, name, birth, ID and address."""
    head = f"{title(p, hh)} {p['name']}"
    extra = [x for x in (birth_text(rng, p), id_text(rng, p, c)) if x]
    if addr and p["address"]:
        lab = rng.choice(["thường trú tại", "địa chỉ thường trú:", "trú tại",
                          "nơi thường trú:", "địa chỉ:"])
        extra.append(f"{lab} {p['address']}")
    if not extra:
        return head
    if paren and len(extra) <= 2:
        return f"{head} ({', '.join(extra)})"
    return head + ", " + "; ".join(extra)


# -- numbers ------------------------------------------------------------------

def vn(x, dec=1):
    """1234.5 -> '1.234,5'"""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def area_text(rng, a, style=None):
    style = style or rng.choice(["vn", "vn", "plain", "dot"])
    unit = rng.choice(["m²", "m2", " m²", " m2"])
    if style == "vn":
        s = vn(a, 1 if a != int(a) or rng.random() < 0.5 else 0)
    elif style == "plain":
        s = (f"{a:.1f}".replace(".", ",") if a != int(a) else str(int(a)))
    else:
        s = f"{a:.1f}"
    return (s + unit).replace("  ", " ")


def date_text(rng, c, hand=False):
    d, m, y = c["day"], c["month"], c["year"]
    place = c["unit"]
    form = rng.choice(["long", "long0", "long", "slash", "noplace", "prefixed"])
    if form == "long0":
        return f"{place}, ngày {d:02d} tháng {m:02d} năm {y}"
    if form == "slash":
        return f"{place}, ngày {d:02d}/{m:02d}/{y}"
    if form == "noplace":
        return f"Ngày {d} tháng {m} năm {y}"
    if form == "prefixed":
        return f"{c['unit_full']}, ngày {d} tháng {m} năm {y}"
    return f"{place}, ngày {d} tháng {m} năm {y}"


# -- header, preamble, articles, signature ----------------------------------

def header(doc, rng, c, subject):
    """One of four header arrangements; returns its name."""
    st = doc.st
    L, R = st.left, page5.W - st.right
    left_c, right_c = L + (R - L) * 0.2, L + (R - L) * 0.68
    lvl = c["level"].upper()
    issuer2 = (lvl + " " + c["unit"].upper())
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto2 = "Độc lập - Tự do - Hạnh phúc"
    num = f"Số: {c['number']}"
    date = date_text(rng, c)
    kind = rng.choice(["old", "two", "two", "motto-top", "box"] if c["era"] == "1996-2003"
                      else ["two", "two", "motto-top", "box"])
    if c["era"] == "1996-2003":
        kind = rng.choice(["old", "two"])
    if kind == "old":
        vv = [(t, "r", False) for t in doc.wrap("V/v " + subject, (R - L) * 0.36)]
        doc.columns([(left_c, [("UBND " + issuer2, "b", True), ("", "r", False),
                               (num, "r", False)] + vv),
                     (right_c, [("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", False),
                                (motto2, "b", True), ("", "r", False),
                                (date, "r", False)])])
        doc.skip(0.5)
        doc.center("QUYẾT ĐỊNH CỦA UBND " + issuer2, "b")
        doc.center("V/v " + subject, "r", gap=0.6)
        return kind
    if kind == "two":
        small = rng.random() < 0.5
        doc.columns([(left_c, [("ỦY BAN NHÂN DÂN", "b" if small else "r", False),
                               (issuer2, "b", True), ("", "r", False), (num, "r", False)]),
                     (right_c, [(motto, "b", False), (motto2, "b", True), ("", "r", False),
                                (date, "r", False)])])
    elif kind == "motto-top":
        doc.center(motto, "b")
        doc.center(motto2, "b", under=True, gap=0.8)
        doc.center("ỦY BAN NHÂN DÂN " + issuer2, "b", gap=0.2)
        doc.columns([(left_c, [(num, "r", False)]), (right_c, [(date, "r", False)])])
    else:
        # single column: the issuer in a box at the left, motto and date after
        y0 = doc.y - st.px * 1.2
        x1 = L + st.width("ỦY BAN NHÂN DÂN " + issuer2, "b") * 0.62 + 60
        doc.para("ỦY BAN NHÂN DÂN", 0, weight="b", gap=0)
        doc.para(issuer2, 0, weight="b", gap=0)
        doc.rule(L - 25, y0, x1, y0)
        doc.rule(L - 25, doc.y - st.px * 0.6, x1, doc.y - st.px * 0.6)
        doc.rule(L - 25, y0, L - 25, doc.y - st.px * 0.6)
        doc.rule(x1, y0, x1, doc.y - st.px * 0.6)
        doc.skip(0.4)
        doc.para(num, 0, gap=0.3)
        doc.center(motto, "b")
        doc.center(motto2, "b", under=True, gap=0.3)
        doc.put(R, doc.y, date, "r", "end")
        doc.text.append(date)
        doc.skip(1.6)
    doc.skip(0.4)
    doc.center("QUYẾT ĐỊNH", "b", px=st.px * 1.15)
    doc.center(("Về việc " if rng.random() < 0.7 else "V/v ") + subject, "b", gap=0.5)
    return kind


LAWS = {"1996-2003": ["Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;",
                      "Căn cứ Luật Đất đai năm 1993 và Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 02/12/1998;",
                      "Căn cứ Nghị định số 04/2000/NĐ-CP ngày 11/02/2000 của Chính phủ về thi hành Luật sửa đổi, bổ sung một số điều của Luật Đất đai;"],
        "2004-2015": ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
                      "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
                      "Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29/10/2004 của Chính phủ về thi hành Luật Đất đai;"],
        "2016-2025": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                      "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                      "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
                      "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai;"],
        "2025-": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                  "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
                  "Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực đất đai;",
                  "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;"]}


def preamble(doc, rng, c):
    st = doc.st
    ind = st.px * 1.6
    if rng.random() < 0.5:
        doc.center(f"ỦY BAN NHÂN DÂN {c['level'].upper()} {c['unit'].upper()}", "b", gap=0.4)
    for s in LAWS[c["era"]]:
        doc.para(s, 0, ind, gap=0.05)
    tt = rng.randint(10, 900)
    org = ("Phòng Tài nguyên và Môi trường" if c["era"] != "2025-"
           else "Phòng Kinh tế")
    if c["era"] == "1996-2003":
        org = "Phòng Địa chính"
    doc.para(f"Xét đề nghị của {org} tại Tờ trình số {tt}/TTr-{'TNMT' if 'Tài' in org else 'KT' if 'Kinh' in org else 'ĐC'} "
             f"ngày {max(1, c['day'] - 3):02d}/{c['month']:02d}/{c['year']},", 0, ind)
    doc.center("QUYẾT ĐỊNH:", "b", gap=0.3)


def art(rng, c, n):
    """'Điều 1.' in one of its spellings, the same through a decision."""
    if "art" not in c:
        c["art"] = rng.choice(["roman", "dot"] if c["era"] == "1996-2003"
                              else ["dot", "dot", "colon", "space"])
    if c["art"] == "roman":
        return "Điều " + ["I", "II", "III", "IV"][n - 1] + ":"
    return {"dot": f"Điều {n}.", "colon": f"Điều {n}:", "space": f"Điều {n} ."}[c["art"]]


def closing(doc, rng, c, who):
    ind = doc.st.px * 1.6
    doc.para(f"{art(rng, c, 2)} {who}", 0, ind)
    tail = rng.choice(["Quyết định này có hiệu lực kể từ ngày ký.",
                       "Quyết định có hiệu lực thi hành kể từ ngày ký ban hành."])
    office = ("Chánh Văn phòng HĐND và UBND" if c["era"] != "2025-"
              else "Chánh Văn phòng HĐND và UBND xã")
    doc.para(f"{art(rng, c, 3)} {tail} {office}, Trưởng các phòng, ban có liên quan "
             f"và các tổ chức, cá nhân có tên tại {art(rng, c, 1).rstrip('.:').rstrip()} "
             "chịu trách nhiệm thi hành Quyết định này./.", 0, ind)
    left = ["Nơi nhận:", f"- Như {art(rng, c, 3).rstrip('.:').rstrip()};",
            "- UBND tỉnh (b/c);" if c["district"] else "- Sở Nông nghiệp và Môi trường;",
            "- Lưu: VT."]
    sig = rng.choice([["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                      ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["CHỦ TỊCH"],
                      ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]])
    if c["era"] == "1996-2003":
        sig = rng.choice([["TM. UBND " + c["level"].upper(), "CHỦ TỊCH"],
                          ["TM. UBND " + c["level"].upper(), "K/T CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"]])
    signer = person(rng, c, idp=0)["name"]
    doc.skip(0.3)
    mark = doc.sign(left, sig, signer)
    c["mark"] = (len(doc.pages) - 1,) + mark


# -- parcels --------------------------------------------------------------------

def parcel(rng, c, holder, use=None, ci=0, area=None):
    a = area if area is not None else round(rng.uniform(60, 2400) * 10) / 10
    return {"sheet": str(rng.randint(1, 62)), "number": str(rng.randint(3, 980)),
            "area": float(a), "land_use": use or rng.choice([u for u, _ in USES]),
            "land_use_to": None, "term": None, "origin": None, "address": None,
            "commune_code": c["communes"][ci % len(c["communes"])][0],
            "holder": holder}


def use_text(rng, code):
    return rng.choice([f"{low(use_name(code))} ({code})", low(use_name(code)),
                       f"{low(use_name(code))}, ký hiệu {code}"])


def place_text(c, ci=0):
    code, name = c["communes"][ci % len(c["communes"])]
    return low(name) + (", " + low(c["district"]) if c["district"] else "") + \
        ", " + low(c["province"])


def sheet_number(rng, p):
    return rng.choice([f"thửa đất số {p['number']}, tờ bản đồ số {p['sheet']}",
                       f"tờ bản đồ địa chính số {p['sheet']}, thửa số {p['number']}",
                       f"thửa số {p['number']} thuộc tờ bản đồ số {p['sheet']}"])


def parcel_list(doc, rng, c, p, lease=None):
    """A parcel as numbered labelled items."""
    ind = doc.st.px * 1.6
    items = [f"Thửa đất số: {p['number']}; tờ bản đồ số: {p['sheet']}" if rng.random() < 0.5
             else f"Tờ bản đồ số: {p['sheet']}, thửa đất số: {p['number']}"]
    if p["address"]:
        items.append(f"Địa chỉ thửa đất: {p['address']}")
    items.append(f"Diện tích: {area_text(rng, p['area'])}")
    items.append(f"Mục đích sử dụng đất: {use_text(rng, p['land_use'])}")
    if p["term"]:
        items.append(f"Thời hạn sử dụng: {p['term']}")
    if lease:
        items.append(f"Hình thức thuê đất: {lease}")
    if p["origin"]:
        items.append(f"Nguồn gốc sử dụng đất: {p['origin']}")
    mark = rng.choice(["- ", "+ ", "{}. ", "{}) "])
    for i, s in enumerate(items, 1):
        doc.para(mark.format(chr(96 + i) if ")" in mark else i) + s, ind * 1.6, ind, gap=0)
    doc.skip(0.3)


def owner_intro(rng, c, owners, hh):
    """Words naming the owners: one person, a household or a couple."""
    a = owners[0]
    if len(owners) == 2:
        b = owners[1]
        rel = "vợ là bà" if a["gender"] == "M" else "chồng là ông"
        adr = f"; cùng thường trú tại {a['address']}" if a["address"] else ""
        return (person_text(rng, c, a, addr=False) + f" và {rel} " +
                person_text(rng, c, b, addr=False)[4 if b['gender'] == 'M' else 3:] + adr)
    return person_text(rng, c, a, hh=hh, paren=rng.random() < 0.3)


def owners_for(rng, c, couple=False, hh=False):
    a = person(rng, c)
    a["address"], a["commune_code"] = address(rng, c)
    a["household"] = hh
    out = [a]
    if couple:
        b = person(rng, c, gender="F" if a["gender"] == "M" else "M")
        b["address"], b["commune_code"] = a["address"], a["commune_code"]
        a["spouse"], b["spouse"] = 1, 0
        out.append(b)
    return out


def org_owner(rng, c):
    name = rng.choice(ORGS)
    adr, code = address(rng, c, 1)
    return {"name": name, "gender": None, "birth_year": None, "birth_date": None,
            "id_number": None, "id_type": None, "address": adr, "commune_code": code,
            "spouse": None, "household": False, "organisation": True}


def truth_of(c, kind, subject, owners, parcels):
    for o in owners:
        o.pop("organisation", None) if o.get("gender") else None
    return {"decision": {"number": c["number"],
                         "date": f"{c['year']}-{c['month']:02d}-{c['day']:02d}",
                         "issuer": f"Ủy ban nhân dân {low(c['unit_full'])}",
                         "kind": kind, "title": "Về việc " + subject},
            "owners": owners, "parcels": parcels, "house": None}


def new_doc(rng, c):
    return page5.Doc(c["style"], rng)


# -- the kinds ----------------------------------------------------------------------

def w_giao(rng, c, layout):
    doc = new_doc(rng, c)
    ind = doc.st.px * 1.6
    org = layout == "prose-org"
    owners = [org_owner(rng, c)] if org else owners_for(
        rng, c, couple=rng.random() < 0.4, hh=False)
    hh = not org and len(owners) == 1 and rng.random() < 0.6
    owners[0]["household"] = hh
    use = "SKC" if org else rng.choice(["ONT", "ONT", "ODT"])
    if org:
        use = rng.choice(["ONT", "CLN", "RSX"])
    p = parcel(rng, c, 0, use, area=round(rng.uniform(150, 9000)) if org else None)
    p["term"] = "Lâu dài" if use in ("ONT", "ODT") else rng.choice(["50 năm", "Lâu dài"])
    p["origin"] = rng.choice(ORIGINS[:2])
    if rng.random() < 0.5 or layout == "list":
        p["address"] = f"{rng.choice(VILLAGES)}, {place_text(c)}"
    parcels = [p]
    who = owners[0]["name"]
    subj = f"giao đất cho {'hộ ' if hh else ''}{title(owners[0]) + ' ' if not org else ''}{who}"
    header(doc, rng, c, subj)
    preamble(doc, rng, c)
    if layout == "list":
        doc.para(f"{art(rng, c, 1)} Giao đất cho {owner_intro(rng, c, owners, hh)}, cụ thể như sau:",
                 0, ind)
        parcel_list(doc, rng, c, p)
        doc.para(f"Hình thức giao đất: {p['origin']}.", 0, ind)
    else:
        o = owners[0]
        intro = (f"Giao cho {o['name']}, địa chỉ trụ sở: {o['address']}" if org else
                 "Giao cho " + owner_intro(rng, c, owners, hh)) + ","
        where = f" tại {p['address']}" if p["address"] else f", {place_text(c)}"
        doc.para(f"{art(rng, c, 1)} {intro} được sử dụng {area_text(rng, p['area'])} đất "
                 f"tại {sheet_number(rng, p)}{where}, để sử dụng vào mục đích "
                 f"{use_text(rng, p['land_use'])}.", 0, ind)
        doc.para(f"Thời hạn sử dụng đất: {p['term']}. Hình thức giao đất: {p['origin']}.", 0, ind)
        p["address"] = None     # a place in running prose, not a labelled address
    closing(doc, rng, c, f"Giao {'Phòng Tài nguyên và Môi trường' if c['district'] else 'Phòng Kinh tế'} "
            "phối hợp với UBND cấp xã bàn giao đất trên thực địa, chỉnh lý hồ sơ địa chính.")
    return doc, truth_of(c, "giao-dat", subj, owners, parcels)


LEASES = ["Nhà nước cho thuê đất trả tiền thuê đất hàng năm",
          "Nhà nước cho thuê đất trả tiền thuê đất một lần cho cả thời gian thuê"]


def w_thue(rng, c, layout):
    doc = new_doc(rng, c)
    ind = doc.st.px * 1.6
    org = rng.random() < 0.6
    owners = [org_owner(rng, c)] if org else owners_for(rng, c)
    ext = layout == "prose-extension"
    p = parcel(rng, c, 0, rng.choice(["TMD", "SKC", "NTS", "CLN"]) if False else
               rng.choice(["NTS", "CLN", "BHK", "RSX"]), area=round(rng.uniform(800, 40000)))
    yrs = rng.choice([20, 30, 50])
    end = f"{c['day']:02d}/{c['month']:02d}/{c['year'] + yrs}"
    p["term"] = f"Đến ngày {end}" if ext else f"{yrs} năm"
    lease = rng.choice(LEASES)
    p["origin"] = None
    who = owners[0]["name"]
    subj = (f"gia hạn thời hạn thuê đất cho {who}" if ext else f"cho {who} thuê đất")
    header(doc, rng, c, subj)
    preamble(doc, rng, c)
    o = owners[0]
    intro = (f"{o['name']}, địa chỉ: {o['address']}" if org else
             person_text(rng, c, o))
    ha = rng.random() < 0.5
    at = (vn(p["area"] / 10000, 4) + " ha") if ha else area_text(rng, p["area"])
    if ext:
        doc.para(f"{art(rng, c, 1)} Gia hạn thời hạn sử dụng đất cho {intro} đối với "
                 f"{at} đất đã được Nhà nước cho thuê tại {sheet_number(rng, p)}, "
                 f"{place_text(c)}, mục đích sử dụng: {use_text(rng, p['land_use'])}.", 0, ind)
        doc.para(f"Thời hạn sử dụng đất được gia hạn: {p['term']}. Hình thức: {lease}.", 0, ind)
    elif layout == "list":
        doc.para(f"{art(rng, c, 1)} Cho {intro} thuê đất để sản xuất, kinh doanh, cụ thể:", 0, ind)
        parcel_list(doc, rng, c, p, lease)
    else:
        doc.para(f"{art(rng, c, 1)} Cho {intro} thuê {at} đất tại {sheet_number(rng, p)}, "
                 f"{place_text(c)} để sử dụng vào mục đích {use_text(rng, p['land_use'])}. "
                 f"Thời hạn thuê đất: {p['term']} kể từ ngày ký Quyết định này. "
                 f"Hình thức thuê đất: {lease}.", 0, ind)
    closing(doc, rng, c, "Người thuê đất có trách nhiệm nộp tiền thuê đất theo quy định, "
            "ký hợp đồng thuê đất và sử dụng đất đúng mục đích.")
    return doc, truth_of(c, "cho-thue", subj, owners, parcels=[p])


def many_households(rng, c, n, ids=True):
    owners, parcels = [], []
    for i in range(n):
        o = person(rng, c, idp=0.85 if ids else 0)
        o["address"], o["commune_code"] = address(rng, c, 0)
        o["household"] = rng.random() < 0.5
        owners.append(o)
        p = parcel(rng, c, i, rng.choice(["ONT", "ONT", "CLN", "BHK", "LUC"]))
        p["term"] = "Lâu dài" if p["land_use"] == "ONT" else "50 năm"
        parcels.append(p)
    return owners, parcels


def listed_name(o):
    """A holder's name in a list: 'Hộ ông A' for a household; a bare name
    only where its middle name (Văn, Thị) tells the sex, else 'Ông A'."""
    if o["household"]:
        return f"Hộ {title(o)} {o['name']}"
    if " Văn " in o["name"] or " Thị " in o["name"]:
        return o["name"]
    return f"{title(o).capitalize()} {o['name']}"


def table_people(doc, rng, c, owners, parcels, ruled):
    """Recognition list: one row per household and parcel."""
    heads = [[("STT", 1), ("Họ và tên người sử dụng đất", 1), ("Năm sinh", 1),
              ("Số CMND/CCCD", 1), ("Tờ bản đồ số", 1), ("Thửa đất số", 1),
              ("Diện tích (m²)", 1), ("Mục đích sử dụng", 1), ("Thời hạn", 1)]]
    rows = []
    for i, (o, p) in enumerate(zip(owners, parcels), 1):
        rows.append([str(i), listed_name(o),
                     str(o["birth_year"] or ""), o["id_number"] or "",
                     p["sheet"], p["number"], vn(p["area"], 1), p["land_use"], p["term"]])
        o["birth_date"] = None
        if o["id_type"] == "dinh-danh":     # a 12-digit number under "CMND/CCCD"
            o["id_type"] = "cccd"
    doc.table(heads, [.05, .23, .08, .17, .08, .08, .11, .09, .11], rows, ruled=ruled,
              aligns=["c", "l", "c", "c", "c", "c", "r", "c", "c"])


def w_cong(rng, c, layout, kind):
    doc = new_doc(rng, c)
    ind = doc.st.px * 1.6
    n = rng.randint(3, 5) if layout.startswith("table") else rng.randint(2, 3)
    if layout.startswith("prose"):
        n = 1
    owners, parcels = many_households(rng, c, n)
    gcn = kind == "cap-gcn"
    what = ("cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất"
            if gcn else "công nhận quyền sử dụng đất")
    subj = (f"{what} cho {n} hộ gia đình, cá nhân tại {low(c['communes'][0][1])}" if n > 1
            else f"{what} cho {title(owners[0], owners[0]['household'])} {owners[0]['name']}")
    header(doc, rng, c, subj)
    preamble(doc, rng, c)
    for p in parcels:
        p["origin"] = rng.choice(ORIGINS[2:])
    verb = "Cấp Giấy chứng nhận quyền sử dụng đất" if gcn else "Công nhận quyền sử dụng đất"
    if layout.startswith("table"):
        for o in owners:
            o["address"] = None
        same = rng.choice(ORIGINS[2:4])
        for p in parcels:
            p["origin"] = None
        doc.para(f"{art(rng, c, 1)} {verb} cho {n} hộ gia đình, cá nhân đang sử dụng đất tại "
                 f"{place_text(c)}, tổng diện tích {area_text(rng, sum(p['area'] for p in parcels), 'vn')}, "
                 f"nguồn gốc: {same} (chi tiết theo danh sách dưới đây):", 0, ind)
        for o in owners:
            o["birth_date"] = None
        table_people(doc, rng, c, owners, parcels, "full" if layout == "table-ruled" else "frame")
    elif layout == "list":
        doc.para(f"{art(rng, c, 1)} {verb} cho các hộ gia đình, cá nhân sau:", 0, ind)
        for i, (o, p) in enumerate(zip(owners, parcels), 1):
            doc.para(f"{i}. {person_text(rng, c, o, hh=o['household']).capitalize()[0]}"
                     f"{person_text(rng, c, o, hh=o['household'])[1:]}", ind, ind, weight="r", gap=0)
            p["address"] = f"{rng.choice(VILLAGES)}, {low(c['communes'][0][1])}"
            parcel_list(doc, rng, c, p)
    else:
        o, p = owners[0], parcels[0]
        o["household"] = rng.random() < 0.5
        doc.para(f"{art(rng, c, 1)} {verb} cho {person_text(rng, c, o, hh=o['household'])}. "
                 f"Thửa đất được công nhận: {sheet_number(rng, p)}, {place_text(c)}; diện tích "
                 f"{area_text(rng, p['area'])}; mục đích sử dụng: {use_text(rng, p['land_use'])}; "
                 f"thời hạn sử dụng: {p['term']}; nguồn gốc sử dụng: {p['origin']}.", 0, ind)
    closing(doc, rng, c, "Văn phòng đăng ký đất đai có trách nhiệm chỉnh lý hồ sơ địa chính, "
            "cập nhật cơ sở dữ liệu đất đai và trao Giấy chứng nhận cho người sử dụng đất.")
    return doc, truth_of(c, kind, subj, owners, parcels)


def money(rng, a):
    v = int(a * rng.choice([45000, 60000, 120000, 350000])) // 1000 * 1000
    return vn(v, 0), v


def w_thuhoi(rng, c, layout):
    doc = new_doc(rng, c)
    ind = doc.st.px * 1.6
    # ruled and unruled lists long enough to run onto the next page
    n = {"table-annex": rng.randint(18, 24), "table-ruled": rng.randint(12, 16),
         "table-unruled": rng.randint(12, 16)}.get(layout) or rng.randint(5, 8)
    owners, parcels = [], []
    for i in range(n):
        o = person(rng, c, idp=0)
        o["birth_year"] = o["birth_date"] = None   # the list prints no birth
        o["household"] = rng.random() < 0.6
        o["address"] = None
        o["commune_code"] = c["communes"][0][0]
        if i and layout == "table-merged" and i == 2:
            pass
        owners.append(o)
        area = (round(rng.uniform(300, 6000)) if layout == "table-ha"
                else round(rng.uniform(20, 4200) * 10) / 10)
        parcels.append(parcel(rng, c, i, rng.choice(AGRI + ["ONT"]), area=area))
    if layout == "table-merged":
        # one holder with a second parcel, the name cell left empty
        p2 = parcel(rng, c, 2, rng.choice(AGRI), area=round(rng.uniform(50, 900) * 10) / 10)
        parcels.insert(3, p2)
    proj = rng.choice(["xây dựng đường giao thông liên xã", "mở rộng trường tiểu học",
                       "xây dựng khu tái định cư", "xây dựng trạm biến áp 110kV",
                       "nâng cấp kênh mương nội đồng", "xây dựng cụm công nghiệp"])
    tot = sum(p["area"] for p in parcels)
    subj = f"thu hồi đất để thực hiện dự án {proj} tại {low(c['communes'][0][1])}"
    header(doc, rng, c, subj)
    preamble(doc, rng, c)
    ha = layout == "table-ha"
    tot_t = (vn(tot / 10000, 4) + " ha") if ha else area_text(rng, tot, "vn")
    doc.para(f"{art(rng, c, 1)} Thu hồi {tot_t} đất của {n} hộ gia đình, cá nhân tại "
             f"{place_text(c)} để thực hiện dự án {proj}" +
             (" (có danh sách kèm theo)." if layout == "table-annex" else ", cụ thể như sau:"),
             0, ind)

    def name_cell(o, i):
        return listed_name(o)

    rows, money_tot = [], 0
    seen = set()
    for i, p in enumerate(parcels):
        o = owners[p["holder"]]
        first = p["holder"] not in seen
        seen.add(p["holder"])
        m, v = money(rng, p["area"])
        money_tot += v
        a = vn(p["area"] / 10000, 4) if ha else (vn(p["area"]) if rng.random() < 0.6
                                                else f"{p['area']:.1f}")
        rows.append((p, o, first, a, m))
    if layout in ("table-ruled", "table-annex"):
        heads = [[("STT", 1), ("Họ và tên chủ sử dụng đất", 1), ("Tờ bản đồ số", 1),
                  ("Thửa đất số", 1), ("Loại đất", 1), ("Diện tích thu hồi (m²)", 1),
                  ("Tiền bồi thường (đồng)", 1)]]
        body = [[str(i + 1), name_cell(o, i), p["sheet"], p["number"], p["land_use"], a, m]
                for i, (p, o, f, a, m) in enumerate(rows)]
        w = [.06, .2, .1, .1, .1, .16, .28]
        al = ["c", "l", "c", "c", "c", "r", "r"]
    elif layout == "table-merged":
        heads = [[("TT", 1), ("Chủ sử dụng đất", 1), ("Thửa đất", 2), ("Diện tích (m²)", 2),
                  ("Mục đích", 1), ("Bồi thường, hỗ trợ (đồng)", 1)],
                 [("", 1), ("", 1), ("Tờ số", 1), ("Thửa số", 1), ("Thửa đất", 1),
                  ("Thu hồi", 1), ("", 1), ("", 1)]]
        body = []
        k = 0
        for p, o, f, a, m in rows:
            if f:
                k += 1
            whole = vn(p["area"] + round(rng.uniform(0, 300)), 1)
            body.append([str(k) if f else "", name_cell(o, 0) if f else "", p["sheet"],
                         p["number"], whole, a, p["land_use"], m])
        w = [.05, .21, .08, .08, .13, .13, .1, .22]
        al = ["c", "l", "c", "c", "r", "r", "c", "r"]
    elif layout == "table-unruled":
        heads = [[("Số TT", 1), ("Tên chủ hộ", 1), ("Thửa", 1), ("Tờ", 1),
                  ("Diện tích", 1), ("Loại đất", 1)]]
        body = [[str(i + 1), name_cell(o, i), p["number"], p["sheet"], a, p["land_use"]]
                for i, (p, o, f, a, m) in enumerate(rows)]
        w = [.08, .36, .1, .1, .18, .18]
        al = ["c", "l", "c", "c", "r", "c"]
    else:  # table-ha: areas in hectares, with the village column
        for o in owners:
            o["address"] = rng.choice(VILLAGES).capitalize()
        heads = [[("STT", 1), ("Họ tên", 1), ("Địa chỉ", 1), ("Số hiệu tờ", 1),
                  ("Số thửa", 1), ("Diện tích (ha)", 1), ("Loại đất", 1)]]
        body = [[str(i + 1), name_cell(o, i), o["address"], p["sheet"], p["number"], a,
                 p["land_use"]] for i, (p, o, f, a, m) in enumerate(rows)]
        w = [.06, .28, .2, .1, .1, .14, .12]
        al = ["c", "l", "l", "c", "c", "r", "c"]
    tot_row = [""] * len(w)
    tot_row[1] = rng.choice(["Tổng cộng", "Cộng"])
    ai = {"table-ruled": 5, "table-annex": 5, "table-merged": 5, "table-unruled": 4,
          "table-ha": 5}[layout]
    tot_row[ai] = vn(tot / 10000, 4) if ha else vn(tot)
    if len(w) > 6 and layout != "table-ha":
        tot_row[-1] = vn(money_tot, 0)
    body.append(tot_row)
    ruled = "none" if layout == "table-unruled" else "full"
    if layout == "table-annex":
        # the list on pages of its own, after the signature
        closing(doc, rng, c, "Giao Trung tâm Phát triển quỹ đất phối hợp với UBND cấp xã "
                "tổ chức bàn giao đất, lập phương án bồi thường, hỗ trợ theo quy định.")
        doc.new_page()
        doc.center("DANH SÁCH CÁC HỘ GIA ĐÌNH, CÁ NHÂN BỊ THU HỒI ĐẤT", "b")
        doc.center(f"(Kèm theo Quyết định số {c['number']} ngày {c['day']:02d}/"
                   f"{c['month']:02d}/{c['year']} của UBND {low(c['unit_full'])})", "r", gap=0.6)
        doc.table(heads, w, body, ruled=ruled, repeat=rng.random() < 0.5, aligns=al,
                  bold_rows=(len(body) - 1,))
    else:
        doc.table(heads, w, body, ruled=ruled, repeat=rng.random() < 0.5, aligns=al,
                  bold_rows=(len(body) - 1,))
        closing(doc, rng, c, "Giao Trung tâm Phát triển quỹ đất phối hợp với UBND cấp xã "
                "tổ chức bàn giao đất, lập phương án bồi thường, hỗ trợ theo quy định.")
    for p in parcels:
        p["land_use"] = p["land_use"]
    return doc, truth_of(c, "thu-hoi", subj, owners, parcels)


def w_cmd(rng, c, layout):
    doc = new_doc(rng, c)
    ind = doc.st.px * 1.6
    owners = owners_for(rng, c, couple=rng.random() < 0.3, hh=False)
    owners[0]["household"] = len(owners) == 1 and rng.random() < 0.5
    n = 1 if layout == "prose" else rng.randint(2, 4)
    to = rng.choice(["ONT", "ODT"]) if c["level"] in ("Thị", "Thành", "Phường") else "ONT"
    parcels = []
    for i in range(n):
        p = parcel(rng, c, 0, rng.choice(["CLN", "BHK", "LUK", "NTS"]),
                   area=round(rng.uniform(40, 400) * 10) / 10)
        p["land_use_to"], p["term"] = to, "Lâu dài"
        parcels.append(p)
    tot = sum(p["area"] for p in parcels)
    hh = owners[0]["household"]
    subj = f"cho phép {title(owners[0], hh)} {owners[0]['name']} chuyển mục đích sử dụng đất"
    header(doc, rng, c, subj)
    preamble(doc, rng, c)
    intro = owner_intro(rng, c, owners, hh)
    if layout == "prose":
        p = parcels[0]
        doc.para(f"{art(rng, c, 1)} Cho phép {intro} được chuyển mục đích sử dụng "
                 f"{area_text(rng, p['area'])} đất từ {use_text(rng, p['land_use'])} sang "
                 f"{use_text(rng, to)} tại {sheet_number(rng, p)}, {place_text(c)}.", 0, ind)
        doc.para("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài.", 0, ind)
    else:
        doc.para(f"{art(rng, c, 1)} Cho phép {intro} chuyển mục đích sử dụng "
                 f"{area_text(rng, tot, 'vn')} đất từ đất nông nghiệp sang "
                 f"{use_text(rng, to)} tại {place_text(c)}, cụ thể:", 0, ind)
        heads = [[("STT", 1), ("Số tờ bản đồ", 1), ("Số thửa", 1), ("Diện tích (m²)", 1),
                  ("Mục đích trước khi chuyển", 1), ("Mục đích sau khi chuyển", 1)]]
        body = [[str(i + 1), p["sheet"], p["number"], vn(p["area"]),
                 use_name(p["land_use"]) + f" ({p['land_use']})",
                 use_name(to) + f" ({to})"] for i, p in enumerate(parcels)]
        body.append(["", "Tổng", "", vn(tot), "", ""])
        doc.table(heads, [.07, .12, .11, .15, .28, .27], body,
                  ruled="full" if layout == "table-ruled" else "none",
                  aligns=["c", "c", "c", "r", "l", "l"], bold_rows=(len(body) - 1,))
        doc.para("Thời hạn sử dụng đất: Lâu dài.", 0, ind)
    closing(doc, rng, c, f"{title(owners[0]).capitalize()} {owners[0]['name']} có trách nhiệm "
            "nộp tiền sử dụng đất và sử dụng đất đúng mục đích đã được chuyển.")
    return doc, truth_of(c, "chuyen-muc-dich", subj, owners, parcels)


def w_other(rng, c, layout):
    doc = new_doc(rng, c)
    ind = doc.st.px * 1.6
    if layout == "table-ruled":
        subj = "tặng Giấy khen cho các cá nhân có thành tích trong phong trào xây dựng nông thôn mới"
    elif layout == "list":
        subj = "thành lập Hội đồng bồi thường, hỗ trợ và tái định cư dự án xây dựng đường giao thông"
    else:
        subj = "phê duyệt kế hoạch tổ chức Hội nghị tổng kết công tác năm"
    header(doc, rng, c, subj)
    preamble(doc, rng, c)
    people = [person(rng, c, idp=0) for _ in range(rng.randint(3, 6))]
    if layout == "table-ruled":
        doc.para(f"{art(rng, c, 1)} Tặng Giấy khen cho {len(people)} cá nhân có thành tích "
                 "xuất sắc (danh sách kèm theo):", 0, ind)
        heads = [[("STT", 1), ("Họ và tên", 1), ("Chức vụ, đơn vị công tác", 1)]]
        doc.table(heads, [.08, .35, .57], [[str(i + 1), p["name"], rng.choice(
            ["Trưởng thôn", "Công chức địa chính - xây dựng", "Bí thư chi bộ", "Hội viên Hội Nông dân"])]
            for i, p in enumerate(people)], aligns=["c", "l", "l"])
        doc.para(f"Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng {vn(rng.choice([300, 500]) * 1000, 0)} đồng.", 0, ind)
    elif layout == "list":
        doc.para(f"{art(rng, c, 1)} Thành lập Hội đồng bồi thường, hỗ trợ và tái định cư, gồm các ông (bà) có tên sau:", 0, ind)
        roles = ["Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Ủy viên", "Ủy viên", "Ủy viên", "Ủy viên"]
        for i, p in enumerate(people):
            doc.para(f"{i + 1}. {title(p).capitalize()} {p['name']}, {rng.choice(['Phó Chủ tịch UBND', 'Trưởng phòng Tài chính - Kế hoạch', 'Công chức địa chính', 'Chủ tịch UBND xã'])} - {roles[i]};",
                     ind, ind, gap=0)
        doc.para("Hội đồng có nhiệm vụ lập phương án bồi thường, hỗ trợ, tái định cư trình cấp có thẩm quyền phê duyệt.", 0, ind)
    else:
        doc.para(f"{art(rng, c, 1)} Phê duyệt kế hoạch tổ chức Hội nghị tổng kết công tác năm {c['year']} "
                 f"và triển khai nhiệm vụ năm {c['year'] + 1}, thời gian tổ chức trong tháng "
                 f"{c['month']}, địa điểm tại hội trường UBND {low(c['unit_full'])}.", 0, ind)
        doc.para(f"Kinh phí tổ chức: {vn(rng.randint(8, 60) * 1000000, 0)} đồng, từ nguồn ngân sách địa phương.", 0, ind)
    closing(doc, rng, c, "Văn phòng HĐND và UBND chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện.")
    t = truth_of(c, "other", subj, [], [])
    return doc, t


def write(rng, c, kind, layout):
    if kind == "giao-dat":
        return w_giao(rng, c, layout)
    if kind == "cho-thue":
        return w_thue(rng, c, layout)
    if kind in ("cong-nhan", "cap-gcn"):
        return w_cong(rng, c, layout, kind)
    if kind == "thu-hoi":
        return w_thuhoi(rng, c, layout)
    if kind == "chuyen-muc-dich":
        return w_cmd(rng, c, layout)
    return w_other(rng, c, layout)
