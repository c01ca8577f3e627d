"""gen-cert3's certificates: the people, parcels and changes drawn for one
certificate, its truth, and its pages in one of five layouts."""
import datetime
from draw import Page, W, BLUE, RED

THAI = ("Lò Lường Quàng Cà Tòng Lù Điêu Vì Khoàng Lèo Bạc", "Văn", "Thị",
        "Xuân Pấng Ún Khăm Inh Chơ Hặc Thanh Phong Ươn", "Ính Xiêng Pọm Ọn Lả Dịn Phăn Ngọc")
MONG = ("Giàng Vàng Sùng Thào Mùa Lầu Hạng Vừ Lý", "A", "Thị",
        "Páo Dế Chử Sinh Lử Tủa Chồng Dua Pó", "Mỷ Chu Sua Mai Dợ Pà Xúa")
KINH = ("Nguyễn Trần Phạm Hoàng Đỗ Bùi Vũ Đặng Lê", "Văn", "Thị",
        "Hùng Thắng Dũng Tuấn Hải Quang Minh Long", "Hoa Lan Hương Thủy Nga Hạnh Huyền")
# district (as printed in a title), its kind, communes with villages
UNITS = [
    ("Điện Biên", "huyện", [("Thanh Xương", "xã", ["bản Co Mỵ", "đội 7", "bản Pom Lót"]),
                             ("Noong Luống", "xã", ["bản Hoong Lếch", "bản Pá Ngam"])]),
    ("Tuần Giáo", "huyện", [("Quài Cang", "xã", ["bản Co Sản", "bản Hới"]),
                             ("Mường Mùn", "xã", ["bản Phiêng Pi", "bản Lọng Nghịu"])]),
    ("Mường Chà", "huyện", [("Sa Lông", "xã", ["bản Ca Dính Nhè", "bản Huổi Hạ"])]),
    ("Điện Biên Phủ", "thành phố", [("Him Lam", "phường", ["tổ dân phố 12", "tổ dân phố 4"]),
                                     ("Tân Thanh", "phường", ["tổ dân phố 2"])]),
    ("Tủa Chùa", "huyện", [("Mường Báng", "xã", ["bản Hấu Chua", "bản Kề Cải"])]),
]
USES = [("ONT", "Đất ở tại nông thôn"), ("LUC", "Đất chuyên trồng lúa nước"),
        ("CLN", "Đất trồng cây lâu năm"), ("BHK", "Đất bằng trồng cây hàng năm khác"),
        ("NTS", "Đất nuôi trồng thủy sản"), ("RSX", "Đất rừng sản xuất")]
ORIGINS = ["Nhà nước giao đất có thu tiền sử dụng đất",
           "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất",
           "Nhận chuyển nhượng đất được công nhận quyền sử dụng như giao đất có thu tiền",
           "Nhà nước giao đất không thu tiền sử dụng đất"]
BANKS = ["Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện %s",
         "Ngân hàng Chính sách xã hội huyện %s"]
LETTERS = "AB AC AD AK AL BA BC BD BG BH BK BN BP BQ BS BT BU BX BY CA CB CD CE"


def area_vn(a, unit=True):
    """1230.5 -> '1.230,5 m²' (the dot groups thousands, the comma is decimal)."""
    whole, dec = ("%.1f" % a).split(".")
    g = ""
    while len(whole) > 3:
        g, whole = "." + whole[-3:] + g, whole[:-3]
    s = whole + g + ("," + dec if dec != "0" else "")
    return s + (" m²" if unit else "")


def dmy(d, zero=True):
    return ("%02d/%02d/%d" if zero else "%d/%d/%d") % (d.day, d.month, d.year)


def long_date(place, d):
    return "%s, ngày %d tháng %d năm %d" % (place, d.day, d.month, d.year)


def day(rnd, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rnd.randint(a, b))


class Draw:
    """The certificate's contents, drawn once; its truth follows from it."""

    def __init__(self, rnd, form, year, couple, paper, kinds):
        self.rnd, self.form = rnd, form
        self.province = "Lai Châu" if year < 2004 else "Điện Biên"
        self.dist, self.dkind, comms = rnd.choice(UNITS)
        if year < 2004 and self.dist == "Điện Biên Phủ":
            self.dkind = "thị xã"
        self.comm, self.ckind, vills = rnd.choice(comms)
        self.date = day(rnd, year, year)
        if year >= 2025 and self.date > datetime.date(2025, 6, 30):
            self.date = self.date.replace(month=rnd.randint(1, 6))
        self.people(couple, paper, vills)
        self.parcel(vills)
        self.changes(kinds)

    def unit(self):
        return "%s %s" % (self.dkind, self.dist)

    def person(self, gender, ethnic, paper, home):
        fam, mm, mf, gm, gf = ethnic
        r = self.rnd
        name = "%s %s %s" % (r.choice(fam.split()), mm if gender == "M" else mf,
                             r.choice((gm if gender == "M" else gf).split()))
        by = r.randint(self.date.year - 68, self.date.year - 24)
        if paper == "cmnd":
            num = "04" + "".join(str(r.randint(0, 9)) for _ in range(7))
        else:
            g = 0 if gender == "M" else 1
            num = "0%s%d%02d%s" % ("11" if r.random() < 0.8 else "12", g, by % 100,
                                   "".join(str(r.randint(0, 9)) for _ in range(6)))
        return {"name": name, "gender": gender, "birth_year": by,
                "id_type": paper,
                "id_number": num, "address": home}

    def people(self, couple, paper, vills):
        ethnic = self.rnd.choice([THAI, MONG, KINH])
        v = self.rnd.choice(vills)
        home = "%s, %s %s, %s, tỉnh %s" % (v, self.ckind, self.comm, self.unit(), self.province)
        self.paper = paper
        self.owners = [self.person("M", ethnic, paper, home)]
        if couple:
            w = self.person("F", ethnic, paper, home)
            w["birth_year"] = min(self.owners[0]["birth_year"] + self.rnd.randint(-2, 6),
                                  self.date.year - 20)
            if paper != "cmnd":
                w["id_number"] = w["id_number"][:4] + "%02d" % (w["birth_year"] % 100) + \
                    w["id_number"][6:]
            self.owners.append(w)

    def parcel(self, vills):
        r = self.rnd
        n = r.choice([1, 2, 2, 3])
        home = ("ODT", "Đất ở tại đô thị") if self.ckind == "phường" else USES[0]
        uses = [home] + r.sample(USES[1:], n - 1)
        areas = [round(r.uniform(80, 400), 1)] + [round(r.uniform(150, 3500), 1)
                                                for _ in range(n - 1)]
        end = self.date.replace(year=self.date.year + 50)
        terms = ["Lâu dài"] + ["Đến ngày " + dmy(end) for _ in range(n - 1)]
        v = r.choice(vills)
        self.p = {"number": str(r.randint(12, 1480)), "sheet": str(r.randint(1, 60)),
                  "address": "%s, %s %s, %s" % (v, self.ckind, self.comm, self.unit()),
                  "area": round(sum(areas), 1),
                  "use_form": "Sử dụng chung" if len(self.owners) > 1 and r.random() < 0.5
                  else "Sử dụng riêng",
                  "purposes": [{"land_use": u[0], "area": a, "term": t, "name": u[1]}
                               for u, a, t in zip(uses, areas, terms)],
                  "origin": r.choice(ORIGINS)}

    def changes(self, kinds):
        r = self.rnd
        d = self.date
        self.ch = []
        for k in kinds:
            d = d + datetime.timedelta(days=r.randint(200, 1500))
            if d.year > 2026:
                d = d.replace(year=2026)
            dec = None
            num = r.randint(100, 4200)
            place = self.dist
            if k == "transfer":
                who = self.person(r.choice("MF"), KINH, "cccd" if d.year > 2021 else "cmnd",
                                  "")["name"]
                text = ("Chuyển nhượng toàn bộ thửa đất cho %s %s theo hồ sơ số %06d.CN.%03d"
                        % ("ông" if who.split()[1] == "Văn" else "bà", who, num, r.randint(1, 99)))
            elif k == "change-of-use":
                dec = "%d/QĐ-UBND" % num
                u = self.p["purposes"][-1]
                text = ("Chuyển mục đích sử dụng %s từ %s sang đất ở theo "
                        "Quyết định số %s ngày %s của UBND %s %s"
                        % (area_vn(round(u["area"] / 4, 1)), u["name"][0].lower() + u["name"][1:],
                           dec, dmy(d - datetime.timedelta(days=9), False), self.dkind, place))
            elif k == "split-merge":
                dec = "%d/QĐ-UB" % num if d.year < 2008 else "%d/QĐ-UBND" % num
                text = ("Tách thửa đất số %s thành các thửa %d và %d theo Quyết định số %s "
                        "ngày %s" % (self.p["number"], r.randint(1500, 1999),
                                     r.randint(2000, 2400), dec,
                                     dmy(d - datetime.timedelta(days=12), False)))
            elif k == "id-update":
                o = self.owners[0]
                text = ("Thay đổi thông tin về giấy tờ nhân thân của %s %s từ Chứng minh nhân "
                        "dân sang Căn cước công dân" % ("ông", o["name"]))
            else:
                text = ("Thế chấp bằng quyền sử dụng đất tại " + r.choice(BANKS) % place +
                        " theo hợp đồng số %d/HĐTC" % r.randint(10, 900))
            self.ch.append({"date": d, "kind": k, "decision": dec, "text": text})

    def issuer(self):
        if self.form == "pink14" and self.date.year >= 2017 and self.rnd.random() < 0.6:
            return "Sở Tài nguyên và Môi trường tỉnh " + self.province
        return "Ủy ban nhân dân %s" % self.unit()

    def truth(self, serial, register, issuer):
        gen = {"red93": "red", "red04": "red", "pink09": "pink", "pink14": "pink",
               "f2024": "form2024"}[self.form]
        return {"generation": gen, "serial": serial, "register_number": register,
                "issuer": issuer, "date": self.date.isoformat(),
                "couple": len(self.owners) > 1, "owners": self.owners,
                "parcel": {k: ([{x: p[x] for x in ("land_use", "area", "term")}
                                for p in v] if k == "purposes" else v)
                           for k, v in self.p.items()},
                "house": None,
                "changes": [{"date": c["date"].isoformat(), "kind": c["kind"],
                             "decision": c["decision"]} for c in self.ch]}


def heading(p, left, right=True):
    """The two header blocks: the issuer at left, the motto at right."""
    y = p.y
    if right:
        p.centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10.5, "b", 230, W - 20)
        p.centre("Độc lập - Tự do - Hạnh phúc", 10, "b", 230, W - 20)
    if left:
        p.y = y
        for s in left:
            p.centre(s, 10, "b", 20, 230)
    p.y = y + 40


def sign(p, place, d, lines, issuer_upper, stamp=True, x0=280):
    p.y += 8
    p.text(x0 + 115, p.y + 12, long_date(place, d), 10, "i", anchor="middle")
    p.y += 14
    for s in lines:
        p.centre(s, 10, "b", x0, W - 10)
    if stamp:
        p.stamp(x0 + 90, p.y + 22, 38, issuer_upper)
    p.y += 55
    p.centre(p.signer, 10.5, "b", x0, W - 10)


def owner_lines(dr, style):
    """The owners as the form prints them; style picks the wording."""
    out = []
    for i, o in enumerate(dr.owners):
        title = "Ông" if o["gender"] == "M" else "Bà"
        paper = {"cmnd": "CMND số", "cccd": "CCCD số", "dinh-danh": ""}[o["id_type"]]
        if dr.paper == "dinh-danh":
            paper = "Số định danh cá nhân:"
        if style == "red93":
            lead = ("Hộ ông (bà): " if i == 0 else "Vợ: Bà ")
            out.append("%s%s, sinh năm %d, %s %s" % (lead, o["name"], o["birth_year"], paper,
                                                    o["id_number"]))
        elif style == "red04":
            out.append("%s: %s     Năm sinh: %d" % (title, o["name"], o["birth_year"]))
            out.append("Giấy CMND số: %s" % o["id_number"])
        elif style == "f2024":
            out.append("%s %s, năm sinh %d, %s %s" % (title, o["name"], o["birth_year"],
                                                     paper, o["id_number"]))
        else:
            join = "" if i == 0 else "và vợ: "
            out.append("%s%s: %s, Năm sinh: %d, %s %s" % (join, title, o["name"],
                                                          o["birth_year"], paper, o["id_number"]))
    return out


def purposes_text(p):
    return "; ".join("%s %s" % (u["name"], area_vn(u["area"])) for u in p["purposes"])


def terms_text(p):
    return "; ".join("%s: %s" % (u["name"], u["term"]) for u in p["purposes"])


def hand_changes(pg, dr, x0, widths, with_date_col, issuer_upper, style):
    """The change register: typed or written by hand in blue, a seal over
    each entry's confirmation."""
    head = (["Ngày, tháng, năm"] if with_date_col else []) + \
        ["Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền"]
    rows = []
    for c in dr.ch:
        conf = "%s, ngày %s\nPHÓ CHỦ TỊCH" % (dr.dist, dmy(c["date"])) \
            if not with_date_col else "(đã ký)"
        rows.append(([dmy(c["date"])] if with_date_col else []) + [c["text"] + ".",
                                                                     conf.replace("\n", " ")])
    colours = [BLUE] * len(head) if style == "hand" else None
    styles = ["hand"] * len(head) if style == "hand" else None
    top = pg.y
    pg.table(head, rows, widths, 9.5, x0, True, styles, colours)
    # seals over the confirmations (and half over the entry's text)
    y = top + 30
    for i, c in enumerate(dr.ch):
        y += (pg.y - top - 30) / max(len(dr.ch), 1)
        pg.stamp(x0 + sum(widths) - 70, y - 25, 30, issuer_upper)
    if not rows:
        pg.y += 120


def serial(dr):
    r = dr.rnd
    lt = r.choice(LETTERS.split())
    if dr.form == "f2024":
        return "%s %08d" % (lt, r.randint(0, 99999999))
    return "%s %06d" % (lt, r.randint(0, 999999))


def register(dr):
    r = dr.rnd
    n = r.randint(1, 9999)
    if dr.form == "red93":
        return "%05d QSDĐ/%d" % (n, r.randint(10, 900))
    if dr.form == "red04":
        return "H %05d" % n
    return ("CS %05d" if dr.form == "f2024" or dr.issuer_s.startswith("Sở") else "CH %05d") % n


def red93(dr):
    """The 1990s red book: owner and ruled parcel table on one page, the plan
    and the typed change table on the other."""
    p1 = Page("mono" if dr.rnd.random() < 0.5 else "free", guilloche="#f3d0c8")
    p1.signer = dr.signer
    heading(p1, None)
    p1.y += 6
    p1.centre("GIẤY CHỨNG NHẬN", 20, "b", colour=RED)
    p1.centre("QUYỀN SỬ DỤNG ĐẤT", 17, "b", colour=RED)
    p1.y += 8
    p1.para("ỦY BAN NHÂN DÂN %s %s chứng nhận:" % (dr.dkind.upper(), dr.dist.upper()), 11, "b")
    for s in owner_lines(dr, "red93"):
        p1.para(s, 11, "", indent=14)
    p1.para("Địa chỉ thường trú: " + dr.owners[0]["address"], 11, "", indent=14)
    p1.para("Được quyền sử dụng %s đất tại %s, gồm các thửa đất sau:" % (
        area_vn(dr.p["area"]), dr.p["address"]), 11, "", indent=14)
    rows = []
    for i, u in enumerate(dr.p["purposes"]):
        rows.append([dr.p["number"] if i == 0 else "", dr.p["sheet"] if i == 0 else "",
                     area_vn(u["area"], False), "%s (%s)" % (u["name"], u["land_use"]),
                     u["term"], "Riêng" if dr.p["use_form"] == "Sử dụng riêng" else "Chung"])
    rows.append(["Cộng", "", area_vn(dr.p["area"], False), "", "", ""])
    p1.table(["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Mục đích sử dụng",
              "Thời hạn sử dụng", "Ghi chú"], rows, [52, 52, 70, 150, 92, 48], 9.5, 46)
    p1.para("Nguồn gốc sử dụng: " + dr.p["origin"], 10.5, "", indent=14)
    p1.para("Số phát hành: %s.  Vào sổ cấp giấy chứng nhận quyền sử dụng đất số: %s" % (
        dr.serial, dr.register), 10, "", indent=14)
    sign(p1, dr.dist, dr.date, ["TM. ỦY BAN NHÂN DÂN %s" % dr.dist.upper(), "CHỦ TỊCH"],
         "UBND " + dr.unit().upper())
    p2 = Page(p1.face, guilloche="#f3d0c8")
    p2.centre("SƠ ĐỒ THỬA ĐẤT", 12, "b")
    p2.sketch(dr.rnd, 90, p2.y + 10, W - 90, p2.y + 230, dr.p["number"], area_vn(dr.p["area"]))
    p2.y += 250
    p2.centre("NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", 12, "b")
    hand_changes(p2, dr, 40, [80, 250, 128], True, "UBND " + dr.unit().upper(), "typed")
    return [p1, p2], ["certificate-owner", "certificate-changes"]


def red04(dr):
    """The 2004-2008 red book: parts I-VI on four pages, items numbered."""
    pages = [Page("serif", guilloche="#f1c8c0") for _ in range(4)]
    for p in pages:
        p.signer = dr.signer
    p1, p2, p3, p4 = pages
    heading(p1, None)
    p1.centre("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", 15, "b", colour=RED)
    p1.y += 10
    p1.centre("I. TÊN NGƯỜI SỬ DỤNG ĐẤT", 11, "b")
    for s in owner_lines(dr, "red04"):
        p1.para(s, 11)
    p1.para("Địa chỉ thường trú: " + dr.owners[0]["address"], 11)
    p1.y += 300
    p1.centre("%s" % dr.serial, 14, "b", 300, W - 20, colour=RED)
    p2.centre("II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", 11, "b")
    p = dr.p
    p2.label("1. Thửa đất số:", "%s      2. Tờ bản đồ số: %s" % (p["number"], p["sheet"]))
    p2.label("3. Địa chỉ thửa đất:", p["address"])
    p2.label("4. Diện tích:", area_vn(p["area"]) + " (bằng chữ: ... mét vuông)")
    p2.label("5. Hình thức sử dụng:", "%s: %s" % (p["use_form"], area_vn(p["area"])))
    p2.label("6. Mục đích sử dụng đất:", purposes_text(p))
    p2.label("7. Thời hạn sử dụng:", terms_text(p))
    p2.label("8. Nguồn gốc sử dụng:", p["origin"])
    p2.y += 6
    p2.centre("III. TÀI SẢN GẮN LIỀN VỚI ĐẤT", 11, "b")
    p2.para("-/-", 11, x0=260)
    p2.centre("IV. GHI CHÚ", 11, "b")
    p2.para("-/-", 11, x0=260)
    sign(p2, dr.dist, dr.date, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
         "UBND " + dr.unit().upper())
    p2.para("Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: " + dr.register, 10)
    p3.centre("V. SƠ ĐỒ THỬA ĐẤT", 11, "b")
    p3.sketch(dr.rnd, 80, 80, W - 80, 420, p["number"], area_vn(p["area"]))
    p4.centre("VI. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", 11, "b")
    p4.y += 6
    hand_changes(p4, dr, 40, [80, 250, 128], True, "UBND " + dr.unit().upper(), "hand")
    return pages, ["certificate-owner", "certificate-parcel", "certificate-parcel",
                   "certificate-changes"]


def pink(dr):
    """The pink forms (2009 and 2014): I on page 1, II with lettered items
    and a purposes table on page 2, III plan on page 3, IV changes on 4."""
    face = "free" if dr.form == "pink14" else "serif"
    pages = [Page(face, guilloche="#f6c6d6") for _ in range(4)]
    for p in pages:
        p.signer = dr.signer
    p1, p2, p3, p4 = pages
    heading(p1, None)
    p1.y += 10
    p1.centre("GIẤY CHỨNG NHẬN", 20, "b", colour=RED)
    p1.centre("QUYỀN SỬ DỤNG ĐẤT", 14, "b", colour=RED)
    p1.centre("QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", 12, "b", colour=RED)
    p1.y += 14
    p1.para("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", 11.5, "b")
    for s in owner_lines(dr, "pink"):
        p1.para(s, 11, indent=14)
    p1.para("Địa chỉ thường trú: " + dr.owners[0]["address"], 11, indent=14)
    p1.y += 260
    p1.centre(dr.serial, 15, "b", 0, W, colour=RED)
    p = dr.p
    p2.para("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", 11.5, "b")
    p2.para("1. Thửa đất:", 11, "b")
    p2.label("a) Thửa đất số:", "%s;   Tờ bản đồ số: %s;" % (p["number"], p["sheet"]), x0=60)
    p2.label("b) Địa chỉ:", p["address"] + ";", x0=60)
    p2.label("c) Diện tích:", "%s, (bằng chữ: ... mét vuông);" % area_vn(p["area"]), x0=60)
    p2.label("d) Hình thức sử dụng:", "%s: %s, %s: Không m²;" % (
        p["use_form"], area_vn(p["area"], False),
        "Sử dụng chung" if p["use_form"] == "Sử dụng riêng" else "Sử dụng riêng"), x0=60)
    if dr.form == "pink14":
        p2.para("đ) Mục đích sử dụng và e) Thời hạn sử dụng:", 11, "b", x0=60)
        p2.table(["Mục đích sử dụng", "Diện tích (m²)", "Thời hạn sử dụng"],
                 [[u["name"], area_vn(u["area"], False), u["term"]] for u in p["purposes"]],
                 [200, 90, 140], 10, 70)
    else:
        p2.label("đ) Mục đích sử dụng:", purposes_text(p) + ";", x0=60)
        p2.label("e) Thời hạn sử dụng:", terms_text(p) + ";", x0=60)
    p2.label("g) Nguồn gốc sử dụng:", p["origin"] + ".", x0=60)
    p2.para("2. Nhà ở: -/-", 11, x0=60)
    p2.para("3. Công trình xây dựng khác: -/-", 11, x0=60)
    p2.para("4. Rừng sản xuất là rừng trồng: -/-", 11, x0=60)
    p2.para("5. Cây lâu năm: -/-", 11, x0=60)
    p2.para("6. Ghi chú: -/-", 11, x0=60)
    up = dr.issuer_s.upper()
    lines = (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] if dr.issuer_s.startswith("Sở")
             else ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    sign(p2, dr.dist, dr.date, lines, up.replace("ỦY BAN NHÂN DÂN", "UBND"))
    p2.para("Số vào sổ cấp GCN: " + dr.register, 10.5, "b")
    p3.para("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", 11.5, "b")
    p3.sketch(dr.rnd, 80, 90, W - 80, 430, p["number"], area_vn(p["area"]))
    p4.para("IV. Những thay đổi sau khi cấp Giấy chứng nhận", 11.5, "b")
    hand_changes(p4, dr, 40, [300, 158], False, "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "hand")
    p4.y = max(p4.y, 600)
    p4.para("Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ "
            "nội dung nào trong Giấy chứng nhận; khi bị mất hoặc hư hỏng Giấy chứng nhận phải "
            "khai báo ngay với cơ quan cấp Giấy.", 9, "i")
    return pages, ["certificate-owner", "certificate-parcel", "certificate-parcel",
                   "certificate-changes"]


def f2024(dr):
    """The 2024 form: sections 1-3 on page 1, 4-6 (notes, plan, changes) on 2."""
    p1, p2 = Page("serif", guilloche="#f0d8c0"), Page("serif", guilloche="#f0d8c0")
    p1.signer = p2.signer = dr.signer
    heading(p1, None)
    p1.centre("GIẤY CHỨNG NHẬN", 18, "b", colour=RED)
    p1.centre("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", 11.5, "b", colour=RED)
    p1.text(W - 40, p1.y + 16, "Số seri: " + dr.serial, 10, "b", RED, "end")
    p1.y += 20
    p1.para("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", 11, "b")
    for s in owner_lines(dr, "f2024"):
        p1.para(s, 10.5, indent=14)
    p1.para("Địa chỉ: " + dr.owners[0]["address"], 10.5, indent=14)
    p = dr.p
    p1.para("2. Thông tin thửa đất:", 11, "b")
    p1.table(["Thửa đất số", "Tờ bản đồ số", "Diện tích", "Hình thức sử dụng"],
             [[p["number"], p["sheet"], area_vn(p["area"]), p["use_form"]]],
             [90, 90, 120, 150], 10, 60)
    p1.label("Địa chỉ thửa đất:", p["address"], 10.5, x0=60)
    p1.para("Loại đất, diện tích và thời hạn sử dụng:", 10.5, "b", x0=60)
    for u in p["purposes"]:
        p1.para("- %s (%s): %s; thời hạn: %s" % (u["name"], u["land_use"], area_vn(u["area"]),
                                                 u["term"]), 10.5, x0=70)
    p1.label("Nguồn gốc sử dụng:", p["origin"], 10.5, x0=60)
    p1.para("3. Tài sản gắn liền với đất: -/-", 11, "b")
    sign(p1, dr.dist, dr.date, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "UBND " + dr.unit().upper())
    p1.para("Số vào sổ cấp Giấy chứng nhận: " + dr.register, 10, "b")
    p2.para("4. Ghi chú: -/-", 11, "b")
    p2.para("5. Sơ đồ thửa đất:", 11, "b")
    p2.sketch(dr.rnd, 100, p2.y + 6, W - 100, p2.y + 250, p["number"], area_vn(p["area"]))
    p2.y += 262
    p2.para("6. Những thay đổi sau khi cấp Giấy chứng nhận:", 11, "b")
    hand_changes(p2, dr, 40, [300, 158], False, "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "typed")
    return [p1, p2], ["certificate-owner",
                      "certificate-changes" if dr.ch else "certificate-parcel"]


LAYOUT = {"red93": red93, "red04": red04, "pink09": pink, "pink14": pink, "f2024": f2024}
SIGNERS = ["Lò Văn Muôn", "Nguyễn Đức Thắng", "Quàng Văn Inh", "Trần Văn Sơn", "Giàng A Chư"]


def certificate(rnd, form, year, couple, paper, kinds):
    """(truth, pages, page kinds) of one certificate."""
    dr = Draw(rnd, form, year, couple, paper, kinds)
    dr.issuer_s = dr.issuer()
    dr.serial, dr.register = serial(dr), register(dr)
    dr.signer = rnd.choice(SIGNERS)
    pages, kinds = LAYOUT[form](dr)
    return dr.truth(dr.serial, dr.register, dr.issuer_s), pages, kinds


def dossier_papers(rnd, cert):
    """The application (a form) and the fee notice filed after the certificate."""
    o = cert["owners"][0]
    a = Page("serif")
    heading(a, None)
    a.centre("ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI, TÀI SẢN GẮN LIỀN VỚI ĐẤT", 12, "b")
    a.y += 10
    a.para("Kính gửi: Văn phòng đăng ký đất đai tỉnh Điện Biên", 11, "i", x0=120)
    a.para("1. Người sử dụng đất: %s, năm sinh %d" % (o["name"], o["birth_year"]), 11)
    a.para("2. Giấy chứng nhận đã cấp: số phát hành %s, số vào sổ %s" % (
        cert["serial"], cert["register_number"]), 11)
    a.para("3. Nội dung biến động: chuyển mục đích sử dụng một phần thửa đất số %s, tờ bản "
           "đồ số %s" % (cert["parcel"]["number"], cert["parcel"]["sheet"]), 11)
    a.para("4. Lý do biến động: nhu cầu làm nhà ở", 11)
    a.para("Tôi xin cam đoan nội dung kê khai trên đơn là đúng sự thật.", 11)
    a.y += 30
    a.centre("NGƯỜI VIẾT ĐƠN", 11, "b", 280, W)
    a.text(390, a.y + 40, o["name"], 11, "hand", BLUE, "middle")
    f = Page("serif")
    heading(f, ["CHI CỤC THUẾ", "KHU VỰC ĐIỆN BIÊN"])
    f.centre("THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT", 13, "b")
    f.y += 8
    f.para("Căn cứ phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai của Văn "
           "phòng đăng ký đất đai, cơ quan thuế thông báo nộp tiền sử dụng đất như sau:", 11)
    f.para("Tên người nộp: " + o["name"], 11)
    f.para("Số tiền phải nộp: %s.000 đồng" % format(rnd.randint(2000, 90000), ",").replace(
        ",", "."), 11)
    f.para("Nộp tại Kho bạc Nhà nước huyện trong thời hạn 30 ngày kể từ ngày ký.", 11)
    return [("form", a), ("fee-notice", f)]


def problems(c, years):
    """What breaks the form's rules in a truth."""
    out = []
    y0, y1 = years[c["generation"]]
    y = int(c["date"][:4])
    if not y0 <= y < y1:
        out.append("a %s form dated %d" % (c["generation"], y))
    for k in ("serial", "register_number", "issuer", "date", "owners", "parcel"):
        if not c.get(k):
            out.append("no " + k)
    p = c.get("parcel") or {}
    if p and abs(sum(u["area"] for u in p["purposes"]) - p["area"]) > 0.05:
        out.append("purposes' areas do not add up to the parcel's")
    for o in c.get("owners", []):
        n = o["id_number"]
        if len(n) == 12 and (int(n[3]) % 2 != (o["gender"] == "F") or
                             n[4:6] != "%02d" % (o["birth_year"] % 100)):
            out.append("an ID that does not fit its birth year and sex")
    last = c["date"]
    for ch in c.get("changes", []):
        if ch["date"] < last:
            out.append("a change dated before the certificate")
        last = ch["date"]
    return out
