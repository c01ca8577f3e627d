"""gen4's decisions: the words of each kind and layout, the page, the
damage, and the truth.  See gen4 for the whole."""
import json, os, random, subprocess, tempfile

from importlib.machinery import SourceFileLoader
_g = SourceFileLoader("gen4main", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen4")).load_module()
Doc, USES, AGRI, W, H, ML, MR = _g.Doc, _g.USES, _g.AGRI, _g.W, _g.H, _g.ML, _g.MR
fmt_area, fmt_ha, lower_unit, title_person = _g.fmt_area, _g.fmt_ha, _g.lower_unit, _g.title_person

ORIGIN = {
    "giao-dat": ["Nhà nước giao đất có thu tiền sử dụng đất",
                 "Nhà nước giao đất không thu tiền sử dụng đất"],
    "cho-thue": ["Nhà nước cho thuê đất trả tiền thuê đất hằng năm",
                 "Nhà nước cho thuê đất trả tiền thuê đất một lần cho cả thời gian thuê"],
    "cong-nhan": ["Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
                  "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất"],
    "cap-gcn": ["Nhận chuyển nhượng quyền sử dụng đất", "Nhận thừa kế quyền sử dụng đất",
                "Được tặng cho quyền sử dụng đất"],
    "chuyen-muc-dich": ["Chuyển mục đích sử dụng đất"],
}
VERB = {"giao-dat": "Giao đất cho", "cho-thue": "Cho thuê đất đối với",
        "cong-nhan": "Công nhận quyền sử dụng đất cho",
        "cap-gcn": "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cho"}


def dline(d, style):
    y, m, dd = d
    if style == 0:
        return "ngày %d tháng %d năm %d" % (dd, m, y)
    if style == 1:
        return "ngày %02d tháng %02d năm %d" % (dd, m, y)
    return "ngày %02d tháng %d năm %d" % (dd, m, y)


def iso(d):
    return "%04d-%02d-%02d" % d


class Decision:
    def __init__(self, g, n, kind, layout, damage, header):
        r = self.r = g.r
        self.g, self.n, self.kind, self.layout, self.damage, self.header = g, n, kind, layout, damage, header
        self.pl = g.place("Thị xã Chơn Thành" if n == 1 else None)
        self.province_issuer = header == "province-line" and kind in ("cho-thue", "other")
        self.date = g.date(2008, 2024)
        self.number = "%d/%s" % (r.randint(12, 3999), r.choice(["QĐ-UBND", "QĐ-UBND", "QĐ-UB"]))
        self.family = r.choice(sorted(_g.FONTS))
        self.pt = r.choice([12.5, 13, 13, 14])
        self.owners, self.parcels = [], []
        self.dstyle = r.randrange(3)

    # -- content helpers
    def unit_name(self):
        return self.pl["prov"] if self.province_issuer else self.pl["dist"]

    def place_word(self):
        u = self.unit_name()
        for k in ("Thành phố ", "Thị xã ", "Huyện ", "Tỉnh "):
            if u.startswith(k):
                return u[len(k):]
        return u

    def commune_short(self):
        return _g.commune_ref(self.pl["commune"])

    def commune_phrase(self):
        return "%s, %s, %s" % (self.commune_short(),
                                 lower_unit(self.pl["dist"]), lower_unit(self.pl["prov"]))

    def new_owner(self, gender=None, year="year", idk="random", address=True):
        g, r = self.g, self.r
        o = g.person(self.pl, gender)
        txt = title_person(o, lead=False)
        if year == "year":
            o["birth_year"] = o["_by"]
            txt += ", sinh năm %d" % o["_by"]
        elif year == "date":
            d = (o["_by"], r.randint(1, 12), r.randint(1, 28))
            o["birth_year"], o["birth_date"] = o["_by"], iso(d)
            txt += ", sinh ngày %02d/%02d/%d" % (d[2], d[1], d[0])
        if idk == "random":
            idk = r.choice(["cccd", "cccd-long", "dinh-danh", "cmnd", None])
        if idk and idk != "none":
            if idk == "cmnd":
                num = "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)
                o["id_type"] = "cmnd"
                txt += ", CMND số %s" % num
            else:
                num = g.cccd(o, self.pl)
                o["id_type"] = "dinh-danh" if idk == "dinh-danh" else "cccd"
                txt += {"cccd": ", CCCD số %s", "cccd-long": ", Căn cước công dân số %s",
                        "dinh-danh": ", số định danh cá nhân %s"}[idk] % num
                if r.random() < 0.5:
                    txt += " cấp ngày %02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2016, 2023))
            o["id_number"] = num
        if address:
            o["address"] = self.g.addr(self.pl)
            txt += r.choice(["; thường trú tại %s", "; địa chỉ thường trú: %s", "; nơi thường trú: %s"]) % o["address"]
        self.owners.append(o)
        return o, txt

    def new_parcel(self, holder, use=None, to=None, term=False, origin=False, address=False, small=False):
        r = self.r
        p = {"sheet": str(r.randint(1, 75)), "number": str(r.randint(1, 1450)),
             "area": round(r.uniform(60, 900) if small else r.uniform(120, 9000), 1),
             "land_use": use, "land_use_to": to, "term": None, "origin": None,
             "address": None, "commune_code": self.pl["commune"]["commune_code"], "holder": holder}
        if r.random() < 0.3:
            p["area"] = float(int(p["area"]))
        if term:
            p["term"] = term
        if origin:
            p["origin"] = origin
        if address:
            p["address"] = self.g.addr(self.pl)
        self.parcels.append(p)
        return p

    def term_for(self, use):
        r = self.r
        if use in ("ONT", "ODT"):
            return "Lâu dài"
        if self.kind == "cho-thue":
            y, m, d = self.date
            return r.choice(["50 năm", "Đến ngày %02d/%02d/%d" % (d, m, y + 50)])
        return r.choice(["50 năm", "Lâu dài" if use == "CLN" else "50 năm"])

    def area_txt(self, p, ha=False):
        return ("%s ha" % fmt_ha(p["area"])) if ha else ("%s %s" % (fmt_area(p["area"]), self.r.choice(["m²", "m2", "m²"])))

    def use_txt(self, code, how=None, lower=False):
        how = how if how is not None else self.r.randrange(3)
        name = USES[code].lower() if lower else USES[code]
        return [name + " (%s)" % code, name, code][how]


def header(doc, dec):
    r = dec.r
    left_x1 = ML + 880
    unit = dec.unit_name().upper()
    if dec.province_issuer:
        left = [("ỦY BAN NHÂN DÂN", "b", 13, 0), (unit, "b", 13, 0.4)]
    elif dec.header == "province-line":
        left = [("UBND " + dec.pl["prov"].upper(), "r", 12.5, 0),
                ("ỦY BAN NHÂN DÂN", "b", 13, 0), (unit, "b", 13, 0.4)]
    else:
        left = [("ỦY BAN NHÂN DÂN", "b", 13, 0), (unit, "b", 13, 0.4)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12.5, 0),
             ("Độc lập - Tự do - Hạnh phúc", "b", 13.5, 0.95)]
    num = "Số: %s" % dec.number
    dl = "%s, %s" % (dec.place_word(), dline(dec.date, dec.dstyle))
    if dec.header == "number-under-motto":
        doc.columns([(ML, left_x1, left), (left_x1 + 40, W - MR, right)])
        doc.columns([(ML, left_x1, [(num, "r", 13, 0)]), (left_x1 + 40, W - MR, [(dl, "i", 13, 0)])])
    else:
        left.append(("", "r", 6, 0))
        left.append((num, "r", 13, 0))
        right.append(("", "r", 6, 0))
        right.append((dl, "i", 13, 0))
        doc.columns([(ML, left_x1, left), (left_x1 + 40, W - MR, right)])
    doc.y += 30


def preamble(doc, dec, subject):
    # Its own random stream, so that Điều 1, laid out once to find the
    # subject line, comes out the same the second time.
    r = random.Random(dec.g.seed * 31 + 7)
    doc.para("QUYẾT ĐỊNH", 14.5, "b", "center")
    doc.para(subject, 13.5, "b", "center", space=0.8)
    who = r.choice(["ỦY BAN NHÂN DÂN ", "CHỦ TỊCH ỦY BAN NHÂN DÂN "]) + dec.unit_name().upper()
    doc.para(who, 13.5, "b", "center", space=0.6)
    y = dec.date[0]
    cc = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
          if y >= 2016 else "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"]
    if dec.kind != "other":
        cc.append("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;" if y >= 2014
                  else "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;")
        nd = ["Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29 tháng 10 năm 2004 của Chính phủ về thi hành Luật Đất đai;"]
        if y >= 2015:
            nd = ["Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;"]
        if y >= 2017:
            nd.append("Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai;")
        cc.append(r.choice(nd))
    else:
        cc.append("Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;")
    cc.append("Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số %d/TTr-TNMT ngày %02d/%02d/%d."
              % (r.randint(10, 900), r.randint(1, 28), dec.date[1], dec.date[0]))
    ital = r.random() < 0.5
    for c in cc:
        doc.para(c, None, "i" if ital else "r")
    doc.para("QUYẾT ĐỊNH:", 14, "b", "center", space=0.6)


def art(dec, k):
    return ["Điều %d. " % k, "Điều %d: " % k, "Điều %d." % k][dec.r.randrange(3)].rstrip() + " "


# ------------------------------------------------------- article 1, by layout


def body_prose(doc, dec):
    r, k = dec.r, dec.kind
    use = r.choice(["ONT", "CLN", "ONT"]) if k != "cho-thue" else r.choice(["TMD", "NTS", "CLN"])
    hh = r.random() < 0.5 and k != "cho-thue"
    o, txt = dec.new_owner(year=r.choice(["year", "date", None]))
    if hh:
        o["household"] = True
        txt = "hộ " + txt
    p = dec.new_parcel(0, use, term=dec.term_for(use), origin=r.choice(ORIGIN[k]) if r.random() < 0.6 else False)
    where = dec.commune_phrase()
    s = (art(dec, 1) + "%s %s%s %s đất tại thửa đất số %s, tờ bản đồ số %s, %s để sử dụng vào mục đích %s."
         % (VERB[k], txt, r.choice(["; diện tích", ", được sử dụng"]), dec.area_txt(p), p["number"], p["sheet"], where, dec.use_txt(use, r.choice([0, 1]), True)))
    s += " Thời hạn sử dụng đất: %s." % p["term"]
    if p["origin"]:
        s += " Nguồn gốc sử dụng đất: %s." % p["origin"]
    doc.para(s)
    return "Về việc %s %s" % (VERB[k].split(" đối")[0].lower().replace("cấp giấy", "cấp Giấy"),
                              title_person(o, False) if not hh else "hộ " + title_person(o, False))


def body_couple(doc, dec):
    r, k = dec.r, dec.kind
    g1 = r.choice("MF")
    o1, t1 = dec.new_owner(g1, r.choice(["year", "date"]), address=False)
    o2, t2 = dec.new_owner("F" if g1 == "M" else "M", r.choice(["year", None]), address=False)
    a = dec.g.addr(dec.pl)
    o1["address"] = o2["address"] = a
    o1["spouse"], o2["spouse"] = 1, 0
    rel = "vợ là " if g1 == "M" else "chồng là "
    use = r.choice(["ONT", "CLN"])
    p = dec.new_parcel(0, use, term=dec.term_for(use))
    s = (art(dec, 1) + "%s %s và %s%s; cùng thường trú tại %s, đối với thửa đất số %s, tờ bản đồ số %s, diện tích %s, "
         "mục đích sử dụng: %s; thời hạn sử dụng: %s."
         % (VERB[k], t1, rel, t2, a, p["number"], p["sheet"], dec.area_txt(p), dec.use_txt(use, 0), p["term"].lower() if p["term"].startswith("Đến") else p["term"]))
    if p["term"].startswith("Đến"):
        p["term"] = p["term"][0].lower() + p["term"][1:]
    doc.para(s)
    doc.para("Vị trí, ranh giới thửa đất được xác định theo trích lục bản đồ địa chính do Văn phòng Đăng ký đất đai lập.")
    return "Về việc %s %s và %s" % (VERB[k].split(" cho")[0].lower(), title_person(o1, False), title_person(o2, False))


def owner_labels(doc, dec, o, numbered):
    r = dec.r
    lines = ["%s: %s" % ("Ông" if o["gender"] == "M" else "Bà", o["name"])]
    if o["birth_year"]:
        lines[0] += "; năm sinh: %d" % o["birth_year"]
    if o["id_number"]:
        lab = {"cmnd": "CMND số", "cccd": "Số CCCD", "dinh-danh": "Số định danh cá nhân"}[o["id_type"]]
        lines.append("%s: %s" % (lab, o["id_number"]))
    if o["address"]:
        lines.append("Địa chỉ thường trú: %s" % o["address"])
    b = "- " if not numbered else ""
    for ln in lines:
        doc.para(b + ln + ";", indent=90)


def body_list(doc, dec, numbered):
    r, k = dec.r, dec.kind
    o, _ = dec.new_owner(year="year", idk=r.choice(["cccd", "cmnd", "dinh-danh", "none"]))
    o["address"] = dec.g.addr(dec.pl)
    ha = numbered and r.random() < 0.6
    n = r.choice([1, 2]) if k != "cap-gcn" else 1
    head = {"giao-dat": "giao đất", "cho-thue": "thuê đất", "cong-nhan": "được công nhận quyền sử dụng đất",
            "cap-gcn": "được cấp Giấy chứng nhận", "chuyen-muc-dich": "chuyển mục đích"}[k]
    doc.para(art(dec, 1) + "%s cho %s, cụ thể như sau:" % (VERB[k].replace(" cho", "").replace(" đối với", ""),
                                                          "người sử dụng đất có tên dưới đây"))
    doc.para(("1. " if numbered else "a) ") + "Người %s:" % head, style="b")
    owner_labels(doc, dec, o, numbered)
    doc.para(("2. " if numbered else "b) ") + ("Thông tin thửa đất:" if n == 1 else "Thông tin các thửa đất:"), style="b")
    for i in range(n):
        use = r.choice(["ONT", "CLN", "LUC", "BHK"]) if k != "cho-thue" else r.choice(["TMD", "NTS"])
        p = dec.new_parcel(0, use, term=dec.term_for(use), origin=r.choice(ORIGIN[k]), address=True)
        if ha:
            p["area"] = float(int(p["area"]))
        bul = ("%d.%d. " % (2, i + 1)) if numbered else "- "
        if r.random() < 0.5:
            doc.para(bul + "Thửa đất số: %s; Tờ bản đồ số: %s;" % (p["number"], p["sheet"]), indent=90)
        else:
            doc.para(bul + "Tờ bản đồ số: %s, thửa đất số: %s;" % (p["sheet"], p["number"]), indent=90)
        sub = "  + " if numbered else "- "
        doc.para(sub + "Địa chỉ thửa đất: %s;" % p["address"], indent=90)
        doc.para(sub + "Diện tích: %s;" % dec.area_txt(p, ha), indent=90)
        doc.para(sub + "Hình thức sử dụng: Sử dụng riêng;", indent=90)
        doc.para(sub + "Mục đích sử dụng: %s;" % dec.use_txt(use), indent=90)
        doc.para(sub + "Thời hạn sử dụng: %s;" % p["term"], indent=90)
        doc.para(sub + "Nguồn gốc sử dụng: %s." % p["origin"], indent=90)
    return "Về việc %s %s" % (VERB[k].split(" đối")[0].lower().replace("cấp giấy", "cấp Giấy"), title_person(o, False))


def widths_of(doc, fr):
    tot = W - ML - MR
    return [tot * f / sum(fr) for f in fr]


def body_lease_table(doc, dec):
    r = dec.r
    n = r.randint(3, 5)
    rows, term = [], r.choice(["50 năm", "20 năm"])
    for i in range(n):
        o, _ = dec.new_owner(year="year", idk="none", address=False)
        use = r.choice(["NTS", "TMD", "CLN"])
        p = dec.new_parcel(i, use, term=term)
        rows.append([str(i + 1), title_person(o), str(o["birth_year"]), p["sheet"], p["number"],
                     fmt_area(p["area"]), use])
    doc.para(art(dec, 1) + "Cho các hộ gia đình, cá nhân có tên trong bảng dưới đây thuê đất tại %s, "
             "hình thức thuê đất trả tiền thuê đất hằng năm, thời hạn thuê đất: %s, chi tiết như sau:"
             % (dec.commune_phrase(), term))
    doc.table(["STT", "Người thuê đất", "Năm sinh", "Tờ bản đồ số", "Thửa đất số", "Diện tích (m²)", "Mục đích"],
              rows, widths_of(doc, [5, 26, 10, 10, 10, 13, 10]), 12)
    return "Về việc cho các hộ gia đình, cá nhân thuê đất tại " + dec.commune_phrase().split(",")[0]


def body_cmd_table(doc, dec, ruled):
    r = dec.r
    if ruled:
        o, txt = dec.new_owner(year="year")
        n = r.randint(2, 3)
        to = r.choice(["ONT", "ODT"]) if dec.pl["commune"]["commune_type"] != "Xã" else "ONT"
        ps = [dec.new_parcel(0, r.choice(["CLN", "BHK", "LUK"]), to, term="Lâu dài", small=True) for _ in range(n)]
        total = sum(p["area"] for p in ps)
        doc.para(art(dec, 1) + "Cho phép %s chuyển mục đích sử dụng %s m² đất từ đất nông nghiệp sang %s, cụ thể:"
                 % (txt, fmt_area(total), USES[to].lower()))
        cols = r.choice([0, 1])
        rows = []
        for i, p in enumerate(ps):
            a = [p["sheet"], p["number"]] if cols == 0 else [p["number"], p["sheet"]]
            rows.append([str(i + 1)] + a + [fmt_area(p["area"]), p["land_use"], to, "Lâu dài"])
        hd = ["Tờ bản đồ số", "Thửa đất số"] if cols == 0 else ["Thửa đất số", "Tờ bản đồ số"]
        rows.append(["", "Tổng cộng", "", fmt_area(total), "", "", ""])
        doc.table(["STT"] + hd + ["Diện tích (m²)", "Mục đích trước khi chuyển", "Mục đích sau khi chuyển", "Thời hạn sử dụng"],
                  rows, widths_of(doc, [6, 12, 12, 14, 17, 17, 14]), 12)
        return "Về việc cho phép %s chuyển mục đích sử dụng đất" % title_person(o, False)
    n = r.randint(3, 4)
    rows = []
    for i in range(n):
        o, _ = dec.new_owner(year=None, idk="none", address=False)
        frm = r.choice(["CLN", "BHK", "LUK"])
        p = dec.new_parcel(i, frm, "ONT", small=True)
        rows.append([str(i + 1), o["name"], p["number"], p["sheet"], fmt_area(p["area"]), frm, "ONT"])
    doc.para(art(dec, 1) + "Cho phép %d hộ gia đình, cá nhân tại %s chuyển mục đích sử dụng đất sang đất ở tại nông thôn, "
             "danh sách kèm theo như sau:" % (n, dec.commune_phrase()))
    doc.table(["TT", "Họ và tên", "Số thửa", "Số tờ", "Diện tích (m²)", "Từ loại đất", "Sang loại đất"],
              rows, widths_of(doc, [5, 30, 10, 10, 14, 12, 12]), 12.5, ruled=False)
    return "Về việc cho phép chuyển mục đích sử dụng đất tại " + dec.commune_phrase().split(",")[0]


def body_cmd_prose(doc, dec):
    r = dec.r
    o, txt = dec.new_owner(year=r.choice(["year", "date"]))
    frm = r.choice(["CLN", "BHK"])
    p = dec.new_parcel(0, frm, "ONT", term="Lâu dài", small=True)
    doc.para(art(dec, 1) + "Cho phép %s được chuyển mục đích sử dụng %s đất từ %s sang %s tại thửa đất số %s, "
             "tờ bản đồ số %s, %s." % (txt, dec.area_txt(p), USES[frm].lower(), USES["ONT"].lower(), p["number"],
                                       p["sheet"], dec.commune_phrase()))
    doc.para("Thời hạn sử dụng đất sau khi chuyển mục đích: %s." % p["term"])
    doc.para("%s có trách nhiệm nộp tiền sử dụng đất theo quy định." % title_person(o))
    return "Về việc cho phép %s chuyển mục đích sử dụng đất" % title_person(o, False)


def body_recovery(doc, dec, style):
    r = dec.r
    n = r.randint(4, 7)
    rows, total = [], 0.0
    for i in range(n):
        g = r.choice("MF")
        o, _ = dec.new_owner(g, year=None, idk="none", address=style == "table-unruled")
        hh = style == "table-wrapped" and r.random() < 0.5
        if hh:
            o["household"] = True
        k = 2 if (r.random() < 0.3 and style != "table-unruled") else 1
        for j in range(k):
            p = dec.new_parcel(i, r.choice(AGRI) if style != "table-unruled" else None)
            if style == "table-wrapped":
                p["area"] = float(int(p["area"]))
            total += p["area"]
            nm = ("Hộ " + title_person(o, False)) if hh else o["name"]
            if style == "table-ruled":
                rows.append([str(i + 1) if j == 0 else "", nm if j == 0 else "", p["number"], p["sheet"],
                             p["land_use"], fmt_area(p["area"])])
            elif style == "table-unruled":
                rows.append([str(i + 1), o["name"], o["address"].split(", huyện")[0].split(", thị")[0].split(", thành")[0],
                             p["sheet"], p["number"], fmt_area(p["area"])])
            else:
                rows.append([str(i + 1) if j == 0 else "", nm if j == 0 else "", p["sheet"], p["number"],
                             fmt_ha(p["area"]), USES[p["land_use"]]])
        if style == "table-unruled":
            o["address"] = rows[-1][2]
    doc.para(art(dec, 1) + "Thu hồi %s m² đất của %d hộ gia đình, cá nhân đang sử dụng tại %s để thực hiện dự án %s. "
             "Chi tiết như sau:" % (fmt_area(total), n, dec.commune_phrase(),
                                    r.choice(["mở rộng đường giao thông nông thôn", "xây dựng trường mầm non",
                                              "xây dựng khu dân cư mới", "nâng cấp kênh mương nội đồng"])))
    if style == "table-ruled":
        doc.table(["STT", "Họ và tên chủ sử dụng", "Thửa đất số", "Tờ bản đồ số", "Loại đất", "Diện tích thu hồi (m²)"],
                  rows + [["", "Tổng cộng", "", "", "", fmt_area(total)]], widths_of(doc, [6, 32, 12, 12, 10, 18]), 12.5)
    elif style == "table-unruled":
        doc.table(["STT", "Chủ sử dụng đất", "Địa chỉ", "Tờ BĐ", "Thửa", "DT thu hồi (m²)"],
                  rows, widths_of(doc, [5, 25, 30, 8, 8, 14]), 12, ruled=False)
    else:
        doc.table(["TT", "Tên hộ gia đình, cá nhân", "Tờ bản đồ", "Số thửa", "Diện tích (ha)", "Loại đất"],
                  rows, widths_of(doc, [5, 17, 9, 9, 11, 30]), 12)
    return "Về việc thu hồi đất để thực hiện dự án tại " + dec.commune_phrase().split(",")[0]


def body_other(doc, dec):
    r, L = dec.r, dec.layout
    what = {"prose": "Hội đồng bồi thường, hỗ trợ và tái định cư", "list-numbered": "Tổ công tác kiểm kê đất đai",
            "prose-board": "Hội đồng kiểm tra sát hạch"}[L]
    doc.para(art(dec, 1) + "Thành lập %s của %s, gồm các ông, bà có tên sau:" % (what, lower_unit(dec.unit_name())))
    roles = ["Phó Chủ tịch UBND - Chủ tịch Hội đồng", "Trưởng phòng Tài nguyên và Môi trường - Phó Chủ tịch Hội đồng",
             "Trưởng phòng Tài chính - Kế hoạch - Ủy viên", "Chủ tịch UBND %s - Ủy viên" % dec.commune_short(),
             "Công chức địa chính xã - Ủy viên"]
    for i, role in enumerate(roles[:r.randint(3, 5)]):
        o = dec.g.person(dec.pl)
        nm = title_person(o)
        if L == "list-numbered":
            doc.para("%d. %s, sinh năm %d - %s;" % (i + 1, nm, o["_by"], role), indent=90)
        else:
            doc.para("- %s - %s;" % (nm, role), indent=90)
    doc.para(art(dec, 2) + "%s có nhiệm vụ giúp Ủy ban nhân dân tổ chức thực hiện công tác theo quy định; "
             "tự giải thể sau khi hoàn thành nhiệm vụ." % what)
    return "Về việc thành lập " + what


def tail(doc, dec):
    r = dec.r
    k = 2 if dec.kind != "other" else 3
    if dec.kind != "other":
        doc.para(art(dec, k) + r.choice([
            "Giao Phòng Tài nguyên và Môi trường, Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính và cập nhật cơ sở dữ liệu đất đai theo quy định.",
            "Ủy ban nhân dân %s có trách nhiệm thông báo cho người sử dụng đất có tên tại Điều 1 biết và thực hiện." % dec.commune_short()]))
        k += 1
    doc.para(art(dec, k) + "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, "
             "Trưởng phòng Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân %s và các cá nhân có tên tại Điều 1 "
             "chịu trách nhiệm thi hành Quyết định này./." % dec.commune_short())
    doc.y += 30
    doc.need(doc.lh(13) * 11)
    signer = dec.g.person(dec.pl)["name"]
    kt = r.random() < 0.6
    right = [("TM. ỦY BAN NHÂN DÂN", "b", 13, 0)]
    right += [("KT. CHỦ TỊCH", "b", 13, 0), ("PHÓ CHỦ TỊCH", "b", 13, 0)] if kt else [("CHỦ TỊCH", "b", 13, 0)]
    right += [("", "r", 13, 0)] * 4 + [(signer, "b", 13.5, 0)]
    doc.mark = signer
    left = [("Nơi nhận:", "b", 12, 0, "left"), ("- Như Điều %d;" % k, "r", 11, 0, "left"),
            ("- UBND %s (b/c);" % ("tỉnh" if not dec.province_issuer else "các huyện"), "r", 11, 0, "left"),
            ("- Sở Tài nguyên và Môi trường;", "r", 11, 0, "left"),
            ("- Lưu: VT, TNMT.", "r", 11, 0, "left")]
    doc.columns([(ML, ML + 950, left), (ML + 1000, W - MR, right)])


# ------------------------------------------------------- drawing and damage


def seal(page, mk, colour):
    p, x0, x1, y = mk
    cx, cy = (x0 + x1) / 2 - 120, y - 250
    red = "rgb(205,35,40)" if colour else "gray(35%)"
    cmds = ["fill none stroke %s stroke-width 9 circle %.0f,%.0f %.0f,%.0f" % (red, cx, cy, cx + 235, cy),
            "stroke-width 4 circle %.0f,%.0f %.0f,%.0f" % (cx, cy, cx + 170, cy),
            "fill %s stroke none polygon %s" % (red, " ".join(
                "%.0f,%.0f" % (cx + (60 if i % 2 == 0 else 24) * _cos(i * 36 - 90), cy + (60 if i % 2 == 0 else 24) * _sin(i * 36 - 90))
                for i in range(10)))]
    blue = "rgb(30,50,160)" if colour else "gray(20%)"
    sx, sy = (x0 + x1) / 2, y - 110
    cmds.append("fill none stroke %s stroke-width 5 path 'M %.0f,%.0f C %.0f,%.0f %.0f,%.0f %.0f,%.0f S %.0f,%.0f %.0f,%.0f'"
                % (blue, sx - 200, sy, sx - 120, sy - 160, sx - 40, sy + 90, sx + 20, sy - 40, sx + 120, sy + 40, sx + 230, sy - 60))
    cmds.append("stroke none")
    page.extend(cmds)


def _cos(d):
    import math
    return math.cos(math.radians(d))


def _sin(d):
    import math
    return math.sin(math.radians(d))


def render(doc, dec, tmp):
    """Every page as a 300-dpi PNG; the seal and signature on colour and
    heavy pages."""
    colour = "colour" in dec.damage
    if colour or dec.damage.startswith("heavy"):
        for mk in doc.marks:
            seal(doc.pages[mk[0]], mk, colour)
    out = []
    bg = dec.r.choice(["#f7f3ea", "#f4f1ec", "#fbf8f0"]) if colour else "white"
    for i, cmds in enumerate(doc.pages):
        mvg = os.path.join(tmp, "p%d.mvg" % i)
        with open(mvg, "w", encoding="utf-8") as f:
            f.write("viewbox 0 0 %d %d\nfill '%s' rectangle 0,0 %d,%d\n" % (W, H, bg, W, H))
            f.write("\n".join(cmds) + "\n")
        png = os.path.join(tmp, "p%d.png" % i)
        subprocess.run(["convert", "-size", "%dx%d" % (W, H), "mvg:" + mvg,
                        "-type", "TrueColor" if colour else "Grayscale", png], check=True)
        out.append(png)
    return out


def damage(dec, pngs, dest_noext, tmp):
    """Damage the pages as dec.damage says; returns (file, dpi, compression)."""
    r, d = dec.r, dec.damage
    seed = str(dec.g.seed)
    if d == "clean":
        f = dest_noext + ".tif"
        subprocess.run(["convert"] + pngs + ["-colorspace", "gray", "-threshold", "55%", "-density", "300",
                                             "-units", "PixelsPerInch", "-compress", "Group4", f], check=True)
        return f, 300, "ccitt-g4"
    if d == "mild-dpi200":
        f = dest_noext + ".tif"
        subprocess.run(["convert"] + pngs + ["-colorspace", "gray", "-resize", "66.667%", "-threshold", "55%",
                                             "-density", "200", "-units", "PixelsPerInch", "-compress", "Group4", f], check=True)
        return f, 200, "ccitt-g4"
    if d == "mild-dpi150":
        f = dest_noext + ".tif"
        subprocess.run(["convert"] + pngs + ["-colorspace", "gray", "-resize", "50%", "-depth", "8",
                                             "-density", "150", "-units", "PixelsPerInch", "-compress", "LZW", f], check=True)
        return f, 150, "lzw"
    if d == "mild-skew-noise-jpeg":
        f = dest_noext + ".tif"
        ang = "%.2f" % (r.choice([-1, 1]) * r.uniform(1, 3))
        subprocess.run(["convert"] + pngs + ["-seed", seed, "-colorspace", "gray", "-resize", "66.667%",
                                             "-background", "white", "-rotate", ang, "+repage",
                                             "-attenuate", "0.35", "+noise", "Gaussian", "-depth", "8",
                                             "-density", "200", "-units", "PixelsPerInch", "-compress", "JPEG",
                                             "-quality", "70", f], check=True)
        return f, 200, "jpeg"
    if d == "heavy-photocopy":
        f = dest_noext + ".tif"
        ang = "%.2f" % (r.choice([-1, 1]) * r.uniform(2, 3.5))
        subprocess.run(["convert"] + pngs + ["-seed", seed, "-colorspace", "gray", "-resize", "66.667%",
                                             "-background", "white", "-rotate", ang, "+repage",
                                             "-blur", "0x1.1", "+level", "18%,82%",
                                             "-attenuate", "0.6", "+noise", "Gaussian",
                                             "-attenuate", "0.04", "+noise", "Impulse",
                                             "-threshold", "52%", "-density", "200", "-units", "PixelsPerInch",
                                             "-compress", "Group4", f], check=True)
        return f, 200, "ccitt-g4"
    # colour JPEG pages inside a PDF
    dpi, q, extra = (150, "72", []) if d.startswith("mild") else (
        120, "45", ["-background", "white", "-rotate", "%.2f" % (r.choice([-1, 1]) * r.uniform(1.5, 3)), "+repage",
                    "-attenuate", "0.5", "+noise", "Gaussian", "-blur", "0x0.5"])
    jpgs = []
    for i, p in enumerate(pngs):
        j = os.path.join(tmp, "p%d.jpg" % i)
        subprocess.run(["convert", p, "-seed", seed, "-resize", "%.3f%%" % (100.0 * dpi / 300)] + extra +
                       ["-density", str(dpi), "-units", "PixelsPerInch", "-quality", q, "-sampling-factor", "2x2", j], check=True)
        jpgs.append(j)
    f = dest_noext + ".pdf"
    subprocess.run(["img2pdf", "--creationdate", "2024-01-01T00:00:00", "--moddate", "2024-01-01T00:00:00",
                    "-o", f] + jpgs, check=True)
    return f, dpi, "jpeg-pdf"


# ------------------------------------------------------- one document


def make(g, n, kind, layout, dmg, hdr, outdir):
    dec = Decision(g, n, kind, layout, dmg, hdr)
    doc = Doc(dec.family, dec.pt)
    header(doc, dec)
    # The subject line names the owner, so Điều 1 is laid out first on a
    # scratch document and the preamble written above it.
    scratch = Doc(dec.family, dec.pt)
    body = {"prose": body_prose, "prose-couple": body_couple,
            "list-labels": lambda d, e: body_list(d, e, False),
            "list-numbered": lambda d, e: body_list(d, e, True)}
    if kind == "other":
        fn = body_other
    elif kind == "thu-hoi":
        fn = lambda d, e: body_recovery(d, e, layout)
    elif kind == "chuyen-muc-dich":
        fn = {"prose": body_cmd_prose, "table-ruled": lambda d, e: body_cmd_table(d, e, True),
              "table-unruled": lambda d, e: body_cmd_table(d, e, False)}[layout]
    elif layout == "table-ruled":
        fn = body_lease_table
    else:
        fn = body[layout]
    state = dec.r.getstate()
    subject = fn(scratch, dec)
    dec.r.setstate(state)
    dec.owners, dec.parcels = [], []
    preamble(doc, dec, subject)
    fn(doc, dec)
    tail(doc, dec)
    year = dec.date[0]
    did = "QD4-%d-%04d" % (year, n)
    tmp = tempfile.mkdtemp(prefix="gen4.")
    try:
        pngs = render(doc, dec, tmp)
        f, dpi, comp = damage(dec, pngs, os.path.join(outdir, did), tmp)
    finally:
        subprocess.run(["rm", "-rf", tmp])
    owners = [{k: v for k, v in o.items() if not k.startswith("_")} for o in dec.owners]
    truth = {"id": did, "kind": kind, "era": "2004-2015" if year <= 2015 else "2016-2025",
             "degradation": dmg, "pages": len(doc.pages), "dpi": dpi, "compression": comp,
             "font": dec.family, "family": 4, "layout": layout,
             "decision": {"number": dec.number, "date": _iso(dec.date),
                          "issuer": "Ủy ban nhân dân " + lower_unit(dec.unit_name()),
                          "kind": kind, "title": subject},
             "owners": owners if kind != "other" else [],
             "parcels": dec.parcels if kind != "other" else [],
             "house": None,
             "citizen_ids": [o["id_number"] for o in owners if o.get("id_number") and len(o["id_number"]) == 12],
             "page_text": ["\n".join(t) for t in doc.text]}
    with open(os.path.join(outdir, did + ".json"), "w", encoding="utf-8") as fp:
        json.dump(truth, fp, ensure_ascii=False, indent=1)
        fp.write("\n")
    return [did, kind, truth["era"], dmg, len(doc.pages), os.path.basename(f), layout, 4]


def _iso(d):
    return iso(d)
