"""docs17: the fourteen decisions of family 17.  Each function draws its
sheets and returns a Doc: the sheets, the truth (decision, owners, parcels,
house) and the MANIFEST's kind, era and layout."""
from folk17 import (District, NewCommune, person, pid, cmnd, area_vn, hectare, owner,
                    parcel, lower_unit, bare, USE_NAMES)
from sheet17 import Sheet
import frame17 as fr

VILLAGES = ["Nà Pồng", "Khuổi Luông", "Nậm Tang", "Lùng Vài", "Pác Nghiêng", "Bản Mào",
            "Cốc Phát", "Tân Lập", "Đồng Tâm", "Hợp Thành", "Làng Cò"]


class Doc:
    def __init__(self, kind, era, layout, face, date, number, issuer, subject):
        self.kind, self.era, self.layout, self.face = kind, era, layout, face
        self.date, self.number, self.issuer, self.subject = date, number, issuer, subject
        self.pages, self.owners, self.parcels, self.house = [], [], [], None

    def truth(self):
        y, m, d = self.date
        return {"decision": {"number": self.number, "date": "%04d-%02d-%02d" % (y, m, d),
                             "issuer": self.issuer, "kind": self.kind, "title": self.subject},
                "owners": self.owners, "parcels": self.parcels, "house": self.house}


def g_2013(d):
    return ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
            "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số %d/TTr-TNMT." % d]


def g_2015(d):
    return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
            "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định "
            "chi tiết thi hành một số điều của Luật Đất đai;",
            "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số %d/TTr-TNMT." % d]


def g_2024(d):
    return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
            "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
            "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy định "
            "chi tiết thi hành một số điều của Luật Đất đai;",
            "Theo đề nghị của Phòng Nông nghiệp và Môi trường tại Tờ trình số %d/TTr-NNMT." % d]


RECIP = ["- Như Điều 3;", "- Chủ tịch, các PCT UBND;", "- Lưu: VT, TNMT."]


def closing(sh, f, who, extra=""):
    sh.para("Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với %s tổ chức thực hiện "
            "Quyết định này theo quy định; cập nhật, chỉnh lý hồ sơ địa chính.%s" % (who, extra),
            f, lead="Điều 2.", lead_f=sh.f(f.size * 72 / 300, "Bold"))
    sh.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Tài "
            "nguyên và Môi trường, %s và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi "
            "hành Quyết định này./." % who, f, lead="Điều 3.", lead_f=sh.f(f.size * 72 / 300, "Bold"))


def bold_of(sh, f):
    return sh.f(f.size * 72 / 300, "Bold")


# 1 -------------------------------------------------------------------------
def d1(rng):
    """A recovery whose holders are in an appendix page set in landscape
    (the page turned 90 degrees in the scan); notes and a total row."""
    dist = District("Huyện Vị Xuyên")
    cc, cn = dist.commune(rng)
    date = (2022, 9, 14)
    num = "1462/QĐ-UBND"
    subj = "Về việc thu hồi đất để thực hiện dự án Cải tạo, nâng cấp đường liên xã %s - Minh Tân" % bare(cn)
    doc = Doc("thu-hoi", "2016-2025", "table-appendix-landscape-turned", "Manrope", date, num,
              "Ủy ban nhân dân huyện Vị Xuyên", subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "HUYỆN VỊ XUYÊN"], num, "Vị Xuyên", date, rng)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN HUYỆN VỊ XUYÊN")
    fr.grounds(sh, g_2015(318))
    f = sh.f(12.5)
    rows, total = [], 0.0
    peoples = ["mong", "thai", "mong", "thai", "mong", "thai"]
    notes = ["Thu hồi một phần thửa", "Thu hồi toàn bộ thửa"]
    stt = 0
    for i, pp in enumerate(peoples):
        sex = "M" if i % 3 != 1 else "F"
        name = person(rng, pp, sex)
        year = rng.randint(1950, 1992)
        addr = "thôn %s, %s" % (VILLAGES[i], lower_unit(cn))
        doc.owners.append(owner(name, sex, year, address=addr, commune=cc))
        for k in range(2 if i == 2 else 1):
            stt += k == 0
            a = round(rng.uniform(60, 900), 1)
            total += a
            use = rng.choice(["LUC", "CLN", "BHK", "ONT"])
            sheet, no = rng.randint(5, 40), rng.randint(20, 700)
            doc.parcels.append(parcel(sheet, no, a, use, i, cc))
            first = k == 0
            rows.append([str(stt) if first else "", name if first else "", str(year) if first else "",
                         addr if first else "", str(sheet), str(no), area_vn(a), use,
                         rng.choice(notes)])
    sh.para("Thu hồi %s m² đất của %d hộ gia đình, cá nhân đang sử dụng tại %s, huyện Vị Xuyên, "
            "tỉnh Hà Giang để thực hiện dự án Cải tạo, nâng cấp đường liên xã %s - Minh Tân (có "
            "Phụ lục danh sách kèm theo Quyết định này)." % (area_vn(total), len(peoples),
                                                             lower_unit(cn), bare(cn)),
            f, lead="Điều 1.", lead_f=bold_of(sh, f))
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Văn Tiến")
    p2 = Sheet("Manrope", landscape=True, margins=(200, 160, 200, 160))
    p2.line("Phụ lục", p2.f(13, "Bold"), "center")
    p2.line("DANH SÁCH CÁC HỘ GIA ĐÌNH, CÁ NHÂN BỊ THU HỒI ĐẤT", p2.f(13, "Bold"), "center")
    p2.line("(Kèm theo Quyết định số %s ngày 14/9/2022 của Ủy ban nhân dân huyện Vị Xuyên)" % num,
            p2.f(12, "Light"), "center", gap=0.4)
    cols = [(150, "center"), (620, "left"), (200, "center"), (720, "left"), (220, "center"),
            (220, "center"), (330, "right"), (220, "center"), (400, "left")]
    head = [["STT", "Họ và tên người sử dụng đất", "Năm sinh", "Nơi thường trú", "Tờ bản đồ số",
             "Thửa đất số", "Diện tích thu hồi (m²)", "Loại đất", "Ghi chú"]]
    sub = [0 if r[1] else 4 for r in rows]
    p2.table(cols, head, rows, p2.f(12), p2.f(12, "Bold"), sub_of=sub,
             total=[("Tổng cộng", 6), area_vn(total), "", ""])
    doc.pages = [sh, p2]
    doc.rot90 = [1]
    return doc


# 2 -------------------------------------------------------------------------
def d2(rng):
    """A project's recovery from nine holders in a table with no rules at
    all (columns by whitespace), the parcel before the sheet, areas in
    hectares; the issuer in three lines."""
    dist = District("Thị xã Nghi Sơn")
    cc, cn = dist.commune(rng)
    date = (2019, 6, 21)
    num = "2735/QĐ-UBND"
    subj = "Về việc thu hồi đất để thực hiện dự án Khu tái định cư phục vụ Khu kinh tế Nghi Sơn tại %s" % lower_unit(cn)
    doc = Doc("thu-hoi", "2016-2025", "table-whitespace-columns-hectares", "League Spartan",
              date, num, "Ủy ban nhân dân thị xã Nghi Sơn", subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["UBND TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN", "THỊ XÃ NGHI SƠN"], num,
               "Nghi Sơn", date, rng, pt=13)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THỊ XÃ NGHI SƠN", pt=13.5)
    fr.grounds(sh, g_2015(152)[:2] + g_2015(152)[3:], pt=12.5)
    f = sh.f(13)
    rows, tot = [], 0
    for i in range(9):
        sex = "F" if i in (2, 5) else "M"
        name = person(rng, "kinh", sex, plain=True)  # no title, no ID: Văn / Thị tell the sex
        m2 = rng.randint(300, 3200)
        tot += m2
        sheet, no = rng.randint(3, 30), rng.randint(100, 990)
        use = rng.choice(["LUC", "LUK", "BHK", "NTS"])
        doc.owners.append(owner(name, sex, commune=cc))
        doc.parcels.append(parcel(sheet, no, m2, use, i, cc))
        rows.append([str(i + 1), name, str(no), str(sheet), hectare(m2), use])
    sh.para("Thu hồi %s đất nông nghiệp của 9 hộ gia đình, cá nhân tại %s, thị xã Nghi Sơn để "
            "thực hiện dự án Khu tái định cư phục vụ Khu kinh tế Nghi Sơn, cụ thể như sau:"
            % (hectare(tot), lower_unit(cn)), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    cols = [(130, "left"), (720, "left"), (260, "left"), (220, "left"), (380, "left"), (240, "left")]
    head = [["STT", "Họ và tên chủ sử dụng", "Thửa số", "Tờ số", "Diện tích", "Loại đất"]]
    sh.table(cols, head, rows, sh.f(12.5), sh.f(12.5, "Bold"), rules="none", x=sh.x0 + 60)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Quang Thịnh")
    doc.pages = [sh]
    return doc


# 3 -------------------------------------------------------------------------
def d3(rng):
    """A recovery in grey bands on alternate rows, no rules; "Ông"/"Bà"
    and the birth year in the name's cell; the date at the foot."""
    dist = District("Huyện Mường Khương")
    cc, cn = dist.commune(rng)
    date = (2014, 10, 8)
    num = "985/QĐ-UBND"
    subj = "Về việc thu hồi đất để xây dựng công trình Trường Phổ thông dân tộc bán trú %s" % bare(cn)
    doc = Doc("thu-hoi", "2004-2015", "table-shaded-rows-name-and-year", "Manrope", date, num,
              "Ủy ban nhân dân huyện Mường Khương", subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG KHƯƠNG"], num, "", date, rng, date_at="foot")
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG")
    fr.grounds(sh, g_2013(77)[1:])
    f = sh.f(12.5)
    rows = []
    for i in range(5):
        sex = "M" if i != 1 and i != 3 else "F"
        name = person(rng, "mong" if i % 2 == 0 else "thai", sex)
        year = rng.randint(1948, 1990)
        vill = VILLAGES[(i + 4) % len(VILLAGES)]
        addr = "thôn %s" % vill
        a = round(rng.uniform(80, 1500), 1)
        sheet, no = rng.randint(2, 25), rng.randint(10, 500)
        use = rng.choice(["NHK", "CLN", "ONT", "LUK"])
        doc.owners.append(owner(name, sex, year, address=addr + ", " + lower_unit(cn), commune=cc))
        doc.parcels.append(parcel(sheet, no, a, use, i, cc))
        rows.append([str(i + 1), "%s %s, sinh năm %d" % ("Ông" if sex == "M" else "Bà", name, year),
                     addr + ", " + lower_unit(cn), str(sheet), str(no), area_vn(a), USE_NAMES[use] + " (%s)" % use])
    sh.para("Thu hồi đất của các hộ gia đình, cá nhân tại %s, huyện Mường Khương, tỉnh Lào Cai "
            "để xây dựng công trình Trường Phổ thông dân tộc bán trú %s, chi tiết như sau:"
            % (lower_unit(cn), bare(cn)), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    cols = [(110, "center"), (560, "left"), (480, "left"), (150, "center"), (150, "center"),
            (230, "right"), (440, "left")]
    head = [["STT", "Người sử dụng đất", "Địa chỉ thường trú", "Tờ bản đồ", "Thửa số",
             "Diện tích (m²)", "Mục đích sử dụng"]]
    sh.table(cols, head, rows, sh.f(11.5), sh.f(11.5, "Bold"), rules="none", shade=True, x=sh.x0 - 60)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lù Văn Thắng",
            date_line=fr.date_words("Mường Khương", date))
    doc.pages = [sh]
    return doc


# 4 -------------------------------------------------------------------------
def d4(rng):
    """A recognition for households, each under one STT with its parcels
    as sub-rows a, b, c (the household named once)."""
    dist = District("Huyện Lương Sơn")
    cc, cn = dist.commune(rng)
    date = (2020, 4, 27)
    num = "1118/QĐ-UBND"
    subj = "Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân tại %s" % lower_unit(cn)
    doc = Doc("cong-nhan", "2016-2025", "table-household-subrows-abc", "League Spartan", date, num,
              "Ủy ban nhân dân huyện Lương Sơn", subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "HUYỆN LƯƠNG SƠN"], num, "Lương Sơn", date, rng, pt=13)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN HUYỆN LƯƠNG SƠN", pt=13.5)
    fr.grounds(sh, g_2015(205)[:2] + g_2015(205)[3:], pt=12.5)
    f = sh.f(13)
    sh.para("Công nhận quyền sử dụng đất cho các hộ gia đình tại %s, huyện Lương Sơn, tỉnh Hòa "
            "Bình theo danh sách dưới đây:" % lower_unit(cn), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    rows, sub = [], []
    counts = [3, 2, 3]
    for i, n in enumerate(counts):
        sex = "M" if i != 1 else "F"
        name = person(rng, "muong" if i != 2 else "kinh", sex)
        doc.owners.append(owner(name, sex, commune=cc, household=True))
        sheet = rng.randint(8, 40)
        for k in range(n):
            use = ["ONT", "CLN", "LUK"][k]
            a = round(rng.uniform(150, 400) if use == "ONT" else rng.uniform(300, 2500), 1)
            no = rng.randint(30, 800)
            term = "Lâu dài" if use == "ONT" else "50 năm"
            doc.parcels.append(parcel(sheet, no, a, use, i, cc, term=term))
            rows.append([str(i + 1) if k == 0 else "", ("Hộ %s %s" % ("ông" if sex == "M" else "bà", name)) if k == 0 else "",
                         "abc"[k], str(no), str(sheet), area_vn(a), use, term])
            sub.append(0 if k == 0 else 2)
    cols = [(110, "center"), (560, "left"), (90, "center"), (200, "center"), (200, "center"),
            (270, "right"), (220, "center"), (260, "center")]
    head = [["STT", "Hộ gia đình sử dụng đất", "", "Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)",
             "Mục đích sử dụng", "Thời hạn sử dụng"]]
    sh.table(cols, head, rows, sh.f(12), sh.f(12, "Bold"), sub_of=sub)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Bùi Văn Cửu")
    doc.pages = [sh]
    return doc


# 5 -------------------------------------------------------------------------
def d5(rng):
    """Changes of use for three holders in one table, the use before and
    after in one cell ("CLN sang ODT"), the term in a line under it."""
    dist = District("Thành phố Sầm Sơn")
    wards = [c for c in dist.communes if c[1].startswith("Phường ")]
    cc, cn = rng.choice(wards)
    date = (2023, 3, 9)
    num = "674/QĐ-UBND"
    subj = "Về việc cho phép chuyển mục đích sử dụng đất của hộ gia đình, cá nhân tại %s" % lower_unit(cn)
    doc = Doc("chuyen-muc-dich", "2016-2025", "table-change-of-use-from-to-cell", "Manrope", date,
              num, "Ủy ban nhân dân thành phố Sầm Sơn", subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ SẦM SƠN"], num, "Sầm Sơn", date, rng, pad=True)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THÀNH PHỐ SẦM SƠN")
    fr.grounds(sh, g_2015(96))
    f = sh.f(12.5)
    sh.para("Cho phép các hộ gia đình, cá nhân có tên dưới đây được chuyển mục đích sử dụng đất "
            "sang đất ở tại đô thị tại %s, thành phố Sầm Sơn, tỉnh Thanh Hóa:" % lower_unit(cn),
            f, lead="Điều 1.", lead_f=bold_of(sh, f))
    rows = []
    for i in range(3):
        sex = "M" if i != 1 else "F"
        name = person(rng, "kinh", sex)
        addr = "khu phố %s, %s" % (["Trung Kỳ", "Bắc Kỳ", "Vạn Lộc"][i], lower_unit(cn))
        frm = rng.choice(["CLN", "BHK", "NTS"])
        a = round(rng.uniform(60, 300), 1)
        sheet, no = rng.randint(4, 30), rng.randint(50, 900)
        doc.owners.append(owner(name, sex, commune=cc))
        doc.parcels.append(parcel(sheet, no, a, frm, i, cc, use_to="ODT", term="Lâu dài", address=addr))
        rows.append([str(i + 1), ("Ông " if sex == "M" else "Bà ") + name, addr, str(sheet), str(no),
                     area_vn(a), "%s sang ODT" % frm])
    cols = [(100, "center"), (500, "left"), (460, "left"), (150, "center"), (150, "center"),
            (230, "right"), (390, "center")]
    head = [["STT", "Người sử dụng đất", "Địa chỉ thửa đất", "Tờ số", "Thửa số",
             "Diện tích (m²)", "Chuyển mục đích"]]
    sh.table(cols, head, rows, sh.f(11.5), sh.f(11.5, "Bold"), x=sh.x0 - 50)
    sh.para("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài.", f)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn),
            " Người sử dụng đất nộp tiền sử dụng đất theo thông báo của cơ quan thuế.")
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trịnh Văn Khánh")
    doc.pages = [sh]
    return doc


# 6 -------------------------------------------------------------------------
def d6(rng):
    """An allocation after an auction: a CCCD column, the use, term and
    origin in one sentence under the table; signed KT. CHỦ TỊCH."""
    dist = District("Thị xã Phú Thọ")
    wards = [c for c in dist.communes if c[1].startswith("Phường ")]
    cc, cn = rng.choice(wards)
    date = (2021, 11, 3)
    num = "3051/QĐ-UBND"
    subj = "Về việc giao đất có thu tiền sử dụng đất cho hộ gia đình, cá nhân trúng đấu giá quyền sử dụng đất tại %s" % lower_unit(cn)
    doc = Doc("giao-dat", "2016-2025", "table-auction-cccd-column", "League Spartan", date, num,
              "Ủy ban nhân dân thị xã Phú Thọ", subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "THỊ XÃ PHÚ THỌ"], num, "Phú Thọ", date, rng, pt=13)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THỊ XÃ PHÚ THỌ", pt=13.5)
    fr.grounds(sh, g_2015(440)[:2] + g_2015(440)[3:], pt=12.5)
    f = sh.f(13)
    sh.para("Giao đất cho các hộ gia đình, cá nhân trúng đấu giá quyền sử dụng đất tại khu dân cư "
            "Đồng Bát, %s, cụ thể như sau:" % lower_unit(cn), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    rows = []
    origin = "Nhà nước giao đất có thu tiền sử dụng đất"
    for i in range(5):
        sex = "F" if i in (1, 4) else "M"
        name = person(rng, "kinh", sex)
        year = rng.randint(1960, 1995)
        idn = pid(rng, "25", sex, year)
        vil = ["khu 3", "khu 7", "khu 12", "khu 5", "khu 9"][i]
        addr = "%s, %s" % (vil, lower_unit(cn))
        sheet, no = rng.randint(10, 20), rng.randint(300, 420)
        a = round(rng.uniform(90, 160), 1)
        doc.owners.append(owner(name, sex, None, idn=idn, idtype="cccd", address=addr, commune=cc))
        doc.parcels.append(parcel(sheet, no, a, "ODT", i, cc, term="Lâu dài", origin=origin))
        rows.append([str(i + 1), name, idn, addr, str(no), str(sheet), area_vn(a)])
    cols = [(100, "center"), (470, "left"), (380, "center"), (430, "left"), (170, "center"),
            (150, "center"), (230, "right")]
    head = [["STT", "Họ và tên", "Số CCCD", "Nơi thường trú", "Thửa số", "Tờ số", "Diện tích (m²)"]]
    sh.table(cols, head, rows, sh.f(12), sh.f(12, "Bold"), x=sh.x0 - 40)
    sh.para("Mục đích sử dụng: Đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài; nguồn gốc sử "
            "dụng: %s." % origin, f)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đỗ Mạnh Hùng")
    doc.pages = [sh]
    return doc


# 7 -------------------------------------------------------------------------
def d7(rng):
    """A commune's recovery after July 2025: personal ID numbers, HNK; the
    date at the foot; photographed."""
    nc = NewCommune("19", "Xã", rng)
    date = (2025, 9, 16)
    num = "58/QĐ-UBND"
    place = bare(nc.name)
    subj = "Về việc thu hồi đất để thực hiện dự án Đường giao thông nông thôn Làng Cò, %s" % lower_unit(nc.name)
    doc = Doc("thu-hoi", "post-2025-07", "table-commune-personal-ids-photo", "Manrope", date, num,
              "Ủy ban nhân dân " + lower_unit(nc.name), subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", nc.name.upper()], num, "", date, rng, date_at="foot", pt=13)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN " + nc.name.upper(), pt=13.5)
    fr.grounds(sh, g_2024(12)[:2] + ["Theo đề nghị của công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường xã."], pt=12.5)
    f = sh.f(13)
    sh.para("Thu hồi đất của các hộ gia đình, cá nhân tại thôn Làng Cò, %s, tỉnh Thái Nguyên "
            "để thực hiện dự án Đường giao thông nông thôn, chi tiết như sau:" % lower_unit(nc.name),
            f, lead="Điều 1.", lead_f=bold_of(sh, f))
    rows = []
    for i in range(5):
        sex = "F" if i == 3 else "M"
        name = person(rng, "thai" if i % 2 else "kinh", sex)
        year = rng.randint(1955, 1998)
        idn = pid(rng, "19", sex, year)
        sheet, no = rng.randint(20, 60), rng.randint(100, 1200)
        use = rng.choice(["HNK", "CLN", "LUC", "RSX"])
        a = round(rng.uniform(40, 600), 1)
        doc.owners.append(owner(name, sex, idn=idn, idtype="dinh-danh", commune=nc.code))
        doc.parcels.append(parcel(sheet, no, a, use, i, nc.code))
        rows.append([str(i + 1), name, idn, str(no), str(sheet), area_vn(a), use])
    cols = [(125, "center"), (525, "left"), (430, "center"), (200, "center"), (200, "center"),
            (270, "right"), (180, "center")]
    head = [["STT", "Họ và tên", "Số định danh cá nhân", "Thửa đất số", "Tờ bản đồ số",
             "Diện tích thu hồi (m²)", "Loại đất"]]
    sh.table(cols, head, rows, sh.f(12.5), sh.f(12.5, "Bold"), x=sh.x0 - 20)
    sh.para("Giao công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường phối hợp với Ban "
            "bồi thường, hỗ trợ, tái định cư thực hiện Quyết định này.", f, lead="Điều 2.",
            lead_f=bold_of(sh, f))
    sh.para("Quyết định này có hiệu lực kể từ ngày ký./.", f, lead="Điều 3.", lead_f=bold_of(sh, f))
    fr.foot(sh, ["- Như Điều 3;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nông Văn Bình",
            date_line=fr.date_words(place, date))
    doc.pages = [sh]
    return doc


# 8 -------------------------------------------------------------------------
def d8(rng):
    """A 1998 allocation numbered "QĐ/UB", its Điều 1 in lettered
    sub-items a) b) c), uses by name only."""
    dist = District("Huyện Ba Vì")
    cc, cn = dist.commune(rng)
    date = (1998, 5, 19)
    num = "127 QĐ/UB"
    subj = "Về việc giao đất ở cho hộ gia đình"
    doc = Doc("giao-dat", "pre-2004", "prose-lettered-subitems-old-number", "League Spartan", date,
              num, "Ủy ban nhân dân huyện Ba Vì", subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "HUYỆN BA VÌ"], num, "Ba Vì", date, rng, pt=13)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN HUYỆN BA VÌ", pt=14)
    fr.grounds(sh, ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;",
                    "Căn cứ Luật Đất đai ngày 14 tháng 7 năm 1993;",
                    "Xét đơn xin giao đất của hộ gia đình và đề nghị của Phòng Địa chính huyện."], pt=13)
    f = sh.f(13.5)
    name = person(rng, "kinh", "M")
    year = rng.randint(1945, 1965)
    idn = cmnd(rng)
    vil = "thôn %s" % rng.choice(["Yên Bài", "Phú Lội", "Đông Sàng", "Mộc Hạ"])
    addr = "%s, %s, huyện Ba Vì, tỉnh Hà Tây" % (vil, lower_unit(cn))
    doc.owners.append(owner(name, "M", year, idn=idn, idtype="cmnd", address=addr, commune=cc,
                            household=True))
    paddr = "%s, %s, huyện Ba Vì" % (vil, lower_unit(cn))
    sh.para("Giao cho hộ ông %s, sinh năm %d, Chứng minh nhân dân số %s, thường trú tại %s được "
            "sử dụng đất, cụ thể như sau:" % (name, year, idn, addr), f, lead="Điều 1.",
            lead_f=bold_of(sh, f))
    sheet = rng.randint(3, 18)
    items = []
    for k, (use, term) in enumerate((("ONT", "Lâu dài"), ("CLN", "50 năm"))):
        no = rng.randint(100, 600)
        a = round(rng.uniform(200, 420) if use == "ONT" else rng.uniform(400, 1200), 1)
        doc.parcels.append(parcel(sheet, no, a, use, 0, cc, term=term, address=paddr))
        items.append("%s) Thửa đất số %d, tờ bản đồ số %d, diện tích %s m², mục đích sử dụng: %s, "
                     "thời hạn sử dụng: %s;" % ("ab"[k], no, sheet, area_vn(a), USE_NAMES[use].lower(),
                                                 term))
    items.append("c) Vị trí khu đất: %s." % paddr)
    for s in items:
        sh.para(s, f, indent=110, hang=110, gap=0.1)
    sh.para("Hộ ông %s có trách nhiệm nộp tiền sử dụng đất, lệ phí trước bạ theo quy định; sử "
            "dụng đất đúng mục đích, đúng ranh giới được giao." % name, f, lead="Điều 2.",
            lead_f=bold_of(sh, f))
    sh.para("Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Địa chính, Chủ tịch Ủy ban nhân "
            "dân %s và hộ ông %s chịu trách nhiệm thi hành Quyết định này./." % (lower_unit(cn), name),
            f, lead="Điều 3.", lead_f=bold_of(sh, f))
    fr.foot(sh, ["- Như Điều 3;", "- Lưu VP."], ["TM. ỦY BAN NHÂN DÂN HUYỆN", "CHỦ TỊCH"],
            "Nguyễn Đình Lục")
    # The use is printed by name: the truth keeps the code (as for a table).
    doc.pages = [sh]
    return doc


# 9 -------------------------------------------------------------------------
def d9(rng):
    """A lease to a household in dash items, a birth date and where the
    CCCD was issued; the date at the foot; KT. CHỦ TỊCH."""
    dist = District("Thành phố Sông Công")
    wards = [c for c in dist.communes if c[1].startswith("Phường ")]
    cc, cn = rng.choice(wards)
    date = (2012, 8, 23)
    num = "1907/QĐ-UBND"
    subj = "Về việc cho hộ gia đình thuê đất để sử dụng vào mục đích thương mại, dịch vụ"
    doc = Doc("cho-thue", "2004-2015", "prose-lease-dash-items", "Manrope", date, num,
              "Ủy ban nhân dân thành phố Sông Công", subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ SÔNG CÔNG"], num, "", date, rng, date_at="foot")
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THÀNH PHỐ SÔNG CÔNG")
    fr.grounds(sh, g_2013(233)[:1] + ["Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
                                      "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường."])
    f = sh.f(12.5)
    name = person(rng, "kinh", "F")
    by, bm, bd = rng.randint(1958, 1980), rng.randint(1, 12), rng.randint(1, 28)
    idn = cmnd(rng)
    addr = "tổ dân phố %d, %s, thành phố Sông Công, tỉnh Thái Nguyên" % (rng.randint(1, 12), lower_unit(cn))
    doc.owners.append(owner(name, "F", by, "%04d-%02d-%02d" % (by, bm, bd), idn, "cmnd", addr, cc,
                            household=True))
    sheet, no = rng.randint(10, 40), rng.randint(100, 400)
    a = round(rng.uniform(800, 3000), 1)
    paddr = "đường Thắng Lợi, %s" % lower_unit(cn)
    origin = "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"
    doc.parcels.append(parcel(sheet, no, a, "TMD", 0, cc, term="20 năm", origin=origin, address=paddr))
    sh.para("Cho hộ bà %s, sinh ngày %02d/%02d/%d, Chứng minh nhân dân số %s cấp ngày 12/3/2005 tại "
            "Công an tỉnh Thái Nguyên; địa chỉ thường trú: %s thuê đất, cụ thể như sau:"
            % (name, bd, bm, by, idn, addr), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    for s in ["- Thửa đất số: %d; tờ bản đồ số: %d;" % (no, sheet),
              "- Diện tích thuê: %s m²;" % area_vn(a),
              "- Địa chỉ thửa đất: %s;" % paddr,
              "- Mục đích sử dụng: Đất thương mại, dịch vụ (TMD);",
              "- Thời hạn thuê đất: 20 năm kể từ ngày ký Quyết định này;",
              "- Hình thức thuê đất: %s." % origin]:
        sh.para(s, f, indent=110, hang=150, gap=0.05)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Dương Văn Lượng",
            date_line=fr.date_words("Sông Công", date))
    doc.pages = [sh]
    return doc


# 10 ------------------------------------------------------------------------
def d10(rng):
    """A ward's recognition for a couple after July 2025, personal ID
    numbers, one address for both."""
    nc = NewCommune("15", "Phường", rng)
    date = (2025, 10, 2)
    num = "214/QĐ-UBND"
    place = bare(nc.name)
    subj = "Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"
    doc = Doc("cong-nhan", "post-2025-07", "prose-couple-ward", "League Spartan", date, num,
              "Ủy ban nhân dân " + lower_unit(nc.name), subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", nc.name.upper()], num, place, date, rng, pt=13)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN " + nc.name.upper(), pt=14)
    fr.grounds(sh, g_2024(31)[:3] + ["Theo đề nghị của Phòng Kinh tế, Hạ tầng và Đô thị phường."], pt=12.5)
    f = sh.f(13)
    hn, wn = person(rng, "thai", "M"), person(rng, "thai", "F")
    hy, wy = rng.randint(1960, 1985), rng.randint(1962, 1988)
    hid, wid = pid(rng, "10", "M", hy), pid(rng, "10", "F", wy)
    addr = "tổ dân phố số %d, %s, tỉnh Lào Cai" % (rng.randint(1, 20), lower_unit(nc.name))
    doc.owners.append(owner(hn, "M", hy, idn=hid, idtype="dinh-danh", address=addr, commune=nc.code, spouse=1))
    doc.owners.append(owner(wn, "F", wy, idn=wid, idtype="dinh-danh", address=addr, commune=nc.code, spouse=0))
    sheet, no = rng.randint(10, 70), rng.randint(100, 900)
    a = round(rng.uniform(100, 260), 1)
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    doc.parcels.append(parcel(sheet, no, a, "ODT", 0, nc.code, term="Lâu dài", origin=origin,
                              address=addr))
    sh.para("Công nhận quyền sử dụng đất cho ông %s, sinh năm %d, số định danh cá nhân %s và vợ là "
            "bà %s, sinh năm %d, số định danh cá nhân %s; cùng thường trú tại %s."
            % (hn, hy, hid, wn, wy, wid, addr), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    sh.para("Thửa đất được công nhận: thửa đất số %d, tờ bản đồ số %d, diện tích %s m²; địa chỉ "
            "thửa đất: %s; mục đích sử dụng: Đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài; "
            "nguồn gốc sử dụng: %s." % (no, sheet, area_vn(a), addr, origin), f)
    sh.para("Giao Phòng Kinh tế, Hạ tầng và Đô thị phường chỉnh lý hồ sơ địa chính; Văn phòng "
            "đăng ký đất đai cấp Giấy chứng nhận theo quy định.", f, lead="Điều 2.", lead_f=bold_of(sh, f))
    sh.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban "
            "nhân dân phường, ông %s, bà %s chịu trách nhiệm thi hành Quyết định này./." % (hn, wn),
            f, lead="Điều 3.", lead_f=bold_of(sh, f))
    fr.foot(sh, ["- Như Điều 3;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Thị Thơm")
    doc.pages = [sh]
    return doc


# 11 ------------------------------------------------------------------------
def d11(rng):
    """A certificate with a house; the number, day and month written by
    hand on typed blanks."""
    dist = District("Thành phố Phổ Yên")
    cc, cn = dist.commune(rng)
    date = (2021, 7, 26)
    num = "%d/QĐ-UBND" % rng.randint(1200, 4800)
    subj = "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất"
    doc = Doc("cap-gcn", "2016-2025", "prose-certificate-house-hand-filled", "Manrope", date, num,
              "Ủy ban nhân dân thị xã Phổ Yên", subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "THỊ XÃ PHỔ YÊN"], num, "Phổ Yên", date, rng, hand=True)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THỊ XÃ PHỔ YÊN")
    fr.grounds(sh, g_2015(611))
    f = sh.f(12.5)
    name = person(rng, "kinh", "M")
    year = rng.randint(1965, 1990)
    idn = pid(rng, "19", "M", year)
    vil = "xóm %s" % rng.choice(["Đông Cao", "Tân Thịnh", "Đầm Mương", "Trung Thành"])
    addr = "%s, %s, thị xã Phổ Yên, tỉnh Thái Nguyên" % (vil, lower_unit(cn))
    doc.owners.append(owner(name, "M", year, idn=idn, idtype="cccd", address=addr, commune=cc))
    sh.para("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với "
            "đất cho ông %s, sinh năm %d, CCCD số %s; địa chỉ thường trú: %s, như sau:"
            % (name, year, idn, addr), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    sheet, no = rng.randint(5, 30), rng.randint(50, 500)
    a = round(rng.uniform(150, 400), 1)
    paddr = "%s, %s" % (vil, lower_unit(cn))
    origin = "Nhà nước công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    doc.parcels.append(parcel(sheet, no, a, "ONT", 0, cc, term="Lâu dài", origin=origin, address=paddr))
    ba = round(rng.uniform(60, 120), 1)
    floors = 2
    doc.house = {"building_area": ba, "floor_area": round(ba * floors, 1),
                 "structure": "Khung bê tông cốt thép, mái tôn", "floors": floors, "year_built": 2015}
    lines = ["1. Thửa đất:",
             "- Thửa đất số: %d, tờ bản đồ số: %d;" % (no, sheet),
             "- Địa chỉ: %s;" % paddr,
             "- Diện tích: %s m²; hình thức sử dụng: Sử dụng riêng;" % area_vn(a),
             "- Mục đích sử dụng: Đất ở tại nông thôn (ONT); thời hạn sử dụng: Lâu dài;",
             "- Nguồn gốc sử dụng: %s." % origin,
             "2. Nhà ở: Nhà ở riêng lẻ;",
             "- Diện tích xây dựng: %s m²; diện tích sàn: %s m²;" % (area_vn(ba), area_vn(ba * floors)),
             "- Kết cấu: Khung bê tông cốt thép, mái tôn; số tầng: 2;",
             "- Năm hoàn thành xây dựng: 2015."]
    for s in lines:
        sh.para(s, f, indent=110, hang=150, gap=0.02)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Đặng Đức Hoàn")
    doc.pages = [sh]
    return doc


# 12 ------------------------------------------------------------------------
def d12(rng):
    """A change of use in prose: the total in the article's sentence, the
    parcel in a numbered point after it."""
    dist = District("Thị xã Hương Trà")
    wards = [c for c in dist.communes if c[1].startswith("Phường ")]
    cc, cn = rng.choice(wards)
    date = (2025, 3, 18)
    num = "402/QĐ-UBND"
    subj = "Về việc cho phép chuyển mục đích sử dụng đất"
    doc = Doc("chuyen-muc-dich", "2016-2025", "prose-change-of-use-points", "League Spartan", date,
              num, "Ủy ban nhân dân thị xã Hương Trà", subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "THỊ XÃ HƯƠNG TRÀ"], num, "Hương Trà", date, rng, pt=13.5)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ", pt=14)
    fr.grounds(sh, g_2024(58)[1:3] + ["Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường."], pt=13)
    f = sh.f(13.5)
    name = person(rng, "kinh", "F")
    year = rng.randint(1960, 1990)
    idn = pid(rng, "46", "F", year)
    addr = "tổ dân phố %s, %s, thị xã Hương Trà, thành phố Huế" % (rng.choice(["Giáp Thượng", "Bàu Đưng", "Liễu Cốc"]), lower_unit(cn))
    doc.owners.append(owner(name, "F", year, idn=idn, idtype="cccd", address=addr, commune=cc))
    sheet, no = rng.randint(3, 25), rng.randint(100, 700)
    a = round(rng.uniform(80, 200), 1)
    doc.parcels.append(parcel(sheet, no, a, "CLN", 0, cc, use_to="ODT", term="Lâu dài"))
    sh.para("Cho phép bà %s, sinh năm %d, CCCD số %s, thường trú tại %s được chuyển mục đích sử "
            "dụng %s m² đất từ đất trồng cây lâu năm (CLN) sang đất ở tại đô thị (ODT), cụ thể:"
            % (name, year, idn, addr, area_vn(a)), f, lead="Điều 1.", lead_f=bold_of(sh, f))
    for s in ["1. Thửa đất số %d, tờ bản đồ số %d, diện tích %s m²." % (no, sheet, area_vn(a)),
              "2. Mục đích sử dụng sau khi chuyển: Đất ở tại đô thị (ODT).",
              "3. Thời hạn sử dụng: Lâu dài."]:
        sh.para(s, f, indent=110, hang=160, gap=0.05)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phan Thanh Hải")
    doc.pages = [sh]
    return doc


# 13 ------------------------------------------------------------------------
def d13(rng):
    """A department's correction of a name in an earlier decision (not a
    land record); the issuer in three lines; KT. GIÁM ĐỐC."""
    date = (2023, 8, 2)
    num = "945/QĐ-STNMT"
    subj = "Về việc đính chính Quyết định số 812/QĐ-STNMT ngày 05/7/2023 của Sở Tài nguyên và Môi trường"
    doc = Doc("other", "2016-2025", "prose-correction-not-land", "Manrope", date, num,
              "Sở Tài nguyên và Môi trường tỉnh Hà Giang", subj)
    sh = Sheet("Manrope")
    fr.heading(sh, ["UBND TỈNH HÀ GIANG", "SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], num, "Hà Giang", date, rng)
    fr.title(sh, subj, "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
    fr.grounds(sh, ["Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                    "Căn cứ Quyết định số 15/2021/QĐ-UBND của Ủy ban nhân dân tỉnh quy định chức "
                    "năng, nhiệm vụ của Sở Tài nguyên và Môi trường;",
                    "Xét đề nghị của Giám đốc Văn phòng Đăng ký đất đai."])
    f = sh.f(12.5)
    right = person(rng, "mong", "F")
    wrong = " ".join(right.split()[:2] + [person(rng, "mong", "F").split()[-1]])
    sh.para("Đính chính họ và tên người được giao đất tại Điều 1 Quyết định số 812/QĐ-STNMT ngày "
            "05/7/2023 của Sở Tài nguyên và Môi trường như sau: đã ghi là \"%s\", nay đính chính "
            "là \"%s\" cho đúng với Căn cước công dân." % (wrong, right), f, lead="Điều 1.",
            lead_f=bold_of(sh, f))
    sh.para("Các nội dung khác của Quyết định số 812/QĐ-STNMT giữ nguyên.", f, lead="Điều 2.",
            lead_f=bold_of(sh, f))
    sh.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Giám đốc Văn phòng Đăng "
            "ký đất đai và người có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", f,
            lead="Điều 3.", lead_f=bold_of(sh, f))
    fr.foot(sh, ["- Như Điều 3;", "- Lưu: VT, VPĐK."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Vương Ngọc Hà")
    doc.pages = [sh]
    return doc


# 14 ------------------------------------------------------------------------
def d14(rng):
    """A recovery from one holder in prose after the 2024 law (HNK)."""
    dist = District("Thị xã Hương Thủy")
    cc, cn = dist.commune(rng)
    date = (2024, 11, 28)
    num = "2290/QĐ-UBND"
    subj = "Về việc thu hồi đất để thực hiện dự án Hạ tầng kỹ thuật khu dân cư Thủy Phù"
    doc = Doc("thu-hoi", "2016-2025", "prose-recovery-one-holder", "League Spartan", date, num,
              "Ủy ban nhân dân thị xã Hương Thủy", subj)
    sh = Sheet("League Spartan")
    fr.heading(sh, ["ỦY BAN NHÂN DÂN", "THỊ XÃ HƯƠNG THỦY"], num, "Hương Thủy", date, rng, pt=13, pad=True)
    fr.title(sh, subj, "ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG THỦY", pt=14)
    fr.grounds(sh, g_2024(140)[1:], pt=12.5)
    f = sh.f(13.5)
    name = person(rng, "kinh", "M")
    year = rng.randint(1950, 1985)
    idn = pid(rng, "46", "M", year)
    addr = "thôn %s, %s, thị xã Hương Thủy" % (rng.choice(["1", "2", "3", "4"]), lower_unit(cn))
    doc.owners.append(owner(name, "M", year, idn=idn, idtype="cccd", address=addr, commune=cc))
    sheet, no = rng.randint(10, 40), rng.randint(200, 900)
    a = round(rng.uniform(60, 400), 1)
    doc.parcels.append(parcel(sheet, no, a, "HNK", 0, cc))
    sh.para("Thu hồi %s m² đất trồng cây hàng năm khác (HNK) tại thửa đất số %d, tờ bản đồ số %d "
            "của ông %s, sinh năm %d, CCCD số %s, thường trú tại %s để thực hiện dự án Hạ tầng kỹ "
            "thuật khu dân cư Thủy Phù." % (area_vn(a), no, sheet, name, year, idn, addr), f,
            lead="Điều 1.", lead_f=bold_of(sh, f))
    sh.para("Lý do thu hồi: thu hồi đất để phát triển kinh tế - xã hội vì lợi ích quốc gia, công "
            "cộng theo quy định tại Điều 79 Luật Đất đai.", f, gap=0.2)
    closing(sh, f, "Chủ tịch Ủy ban nhân dân " + lower_unit(cn))
    fr.foot(sh, RECIP, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Xuân Sơn")
    doc.pages = [sh]
    return doc


ALL = [d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14]
