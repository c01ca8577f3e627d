"""The fourteen gen10 decisions: for each, the committee, the wording, the
layout of its holders and parcels, and the scan it becomes.  Each builder
draws a Doc and fills a Truth with exactly what the page prints."""
import datetime
from draw10 import Doc, Table, draw_table
from parts10 import (Header, Truth, authority, basis, decides, header,
                     place_of, sign, title)
from units10 import (HAMLETS, LAND, cccd, cmnd, district_units, ha, m2,
                     money, new_units, person, bare, date_words)

LAW03 = "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;"
LAW13 = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
LAW24 = "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"
ORG03 = "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"
ORG15 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
ORG25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
ND43 = ("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
        "quy định chi tiết thi hành một số điều của Luật Đất đai;")
ND102 = ("Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ "
         "quy định chi tiết thi hành một số điều của Luật Đất đai;")
ND181 = ("Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29 tháng 10 năm 2004 của Chính phủ "
         "về thi hành Luật Đất đai;")


class Spec:
    """One document to make: its key facts and how it is scanned."""

    def __init__(self, k, kind, layout, font, degradation, era):
        self.k, self.kind, self.layout, self.font = k, kind, layout, font
        self.degradation, self.era = degradation, era


def proposal(rng, office, d):
    """'Xét đề nghị của ... tại Tờ trình số ...' (another number and date)."""
    n = rng.randrange(12, 480)
    dd = d - datetime.timedelta(days=rng.randrange(5, 25))
    return ("Xét đề nghị của %s tại Tờ trình số %d/TTr-TNMT %s." %
            (office, n, date_words(dd)))


def signer(rng):
    return person(rng, rng.random() < 0.3)


def recipients(extra):
    return ["Như Điều 3;", extra, "Lưu: VT."]


def who(female, household=False):
    if household:
        return "Hộ bà" if female else "Hộ ông"
    return "Bà" if female else "Ông"


def holders_table(rng, tr, unit, n, per=(1, 1), addr=False, birth=False,
                  ids=None, uses=("LUC", "CLN", "ONT", "BHK"), household=0.0,
                  khmer=False):
    """Holders and their parcels for a table: [(owner index, prefix, name,
    extras, [parcel indexes])]."""
    out = []
    for _ in range(n):
        female = rng.random() < 0.45
        hh = rng.random() < household
        name = person(rng, female, khmer)
        by = rng.randrange(1948, 1996)
        a = "%s, %s" % (rng.choice(HAMLETS), place_of(unit)) if addr else None
        idn = idt = None
        if ids == "mixed":
            if rng.random() < 0.5:
                idn, idt = cmnd(rng), "cmnd"
            else:
                idn, idt = cccd(rng, unit.pcode, by, female), "cccd"
        elif ids == "dinh-danh":
            idn, idt = cccd(rng, unit.pcode, by, female), "dinh-danh"
        oi = tr.owner(name, female, by if birth else None, idn=idn, idt=idt,
                      addr=a, household=hh)
        ps = []
        for _ in range(rng.randint(*per)):
            area = rng.randrange(300, 26000) / 10.0
            tr.parcel(rng.randrange(3, 61), rng.randrange(12, 1900), area,
                      rng.choice(uses), oi)
            ps.append(len(tr.parcels) - 1)
        out.append((oi, who(female, hh), name, by, ps))
    return out


def end_articles(doc, rng, first, office, who_end, colon=False):
    sep = ":" if colon else "."
    doc.para("Giao %s chủ trì, phối hợp với các cơ quan có liên quan tổ chức thực "
             "hiện Quyết định này; cập nhật, chỉnh lý hồ sơ địa chính và cơ sở dữ "
             "liệu đất đai theo quy định." % office, lead="Điều %d%s" % (first, sep))
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban "
             "nhân dân, Thủ trưởng các cơ quan, đơn vị có liên quan và %s chịu "
             "trách nhiệm thi hành Quyết định này./." % who_end,
             lead="Điều %d%s" % (first + 1, sep))


def finish(doc, rng, office, who_end, titles, extra, first=2, colon=False):
    """The closing articles (numbered from first) and the signature block of
    titles, with extra among the recipients."""
    end_articles(doc, rng, first, office, who_end, colon)
    sign(doc, titles, signer(rng), recipients(extra))


def committee(unit, level):
    """(issuer lines, issuer in the truth, authority line, place) of the
    committee of unit's district ("district"), province or commune."""
    if level == "district":
        up = unit.district.upper()
        return (["ỦY BAN NHÂN DÂN", up], "Ủy ban nhân dân " + unit.district,
                "ỦY BAN NHÂN DÂN " + up, bare(unit.district))
    if level == "province":
        up = unit.province.upper()
        return (["ỦY BAN NHÂN DÂN", up], "Ủy ban nhân dân " + unit.province,
                "ỦY BAN NHÂN DÂN " + up, bare(unit.province))
    up = unit.name.upper()
    return (["ỦY BAN NHÂN DÂN", up], "Ủy ban nhân dân " + unit.name,
            "ỦY BAN NHÂN DÂN " + up, bare(unit.name))


def opening(rng, s, units, when, nums, level, mode, split, about, basis_items,
            style="Về việc", size=13):
    """Start a decision: a commune of units, a date in (year, first month,
    last month), a number in the range nums, the committee of the commune's
    level, the header blocks, the title about (or about(unit)), the
    authority line, the basis (basis_items(date, unit) gives its paragraphs, drawn
    after the title) and "QUYẾT ĐỊNH:".  Returns the Doc, an empty Truth,
    the unit, the date, the number and the issuer."""
    unit = rng.choice(units)
    d = datetime.date(when[0], rng.randint(when[1], when[2]), rng.randint(1, 28))
    num = "%d/QĐ-UBND" % rng.randrange(*nums)
    lines, issuer, auth, place = committee(unit, level)
    doc, tr = Doc(s.font, size), Truth(unit)
    header(doc, Header(lines, num, place, d, mode, split=split))
    title(doc, about(unit) if callable(about) else about, style)
    authority(doc, auth)
    basis(doc, basis_items(d, unit))
    decides(doc)
    return doc, tr, unit, d, num, issuer


# ---------------------------------------------------------------- builders

def d_shaded(rng, s):
    """Recovery: shaded rows, no rules; address and a note column; the area
    before the sheet and parcel."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Quận Long Biên", "Thành phố Hà Nội"),
        (2019, 1, 12), (1000, 4999), "district", "std", 0.40,
        ["thu hồi đất để thực hiện dự án xây dựng tuyến đường",
         "nối từ đường Nguyễn Văn Linh đến khu đô thị mới (đợt 2)"],
        lambda d, u: [ORG15, LAW13, ND43, proposal(rng, "Phòng Tài nguyên và Môi trường", d)])
    hs = holders_table(rng, tr, unit, 7, addr=True, uses=("LUC", "CLN", "NTS"))
    total = sum(tr.parcels[p]["area"] for h in hs for p in h[4])
    doc.para("Thu hồi %s m² đất của 07 hộ gia đình, cá nhân đang sử dụng tại %s, "
             "%s. Danh sách cụ thể như sau:" % (m2(total), unit.name, unit.district),
             lead="Điều 1.")
    t = Table([("TT", 5, "center"), ("Họ và tên", 19, "left"),
               ("Địa chỉ thường trú", 24, "left"), ("Diện tích (m²)", 11, "right"),
               ("Tờ bản đồ", 8, "center"), ("Thửa đất", 8, "center"),
               ("Loại đất", 8, "center"), ("Ghi chú", 17, "left")],
              rules="none", shade=True, size=11)
    notes = ["Thu hồi một phần thửa", "Thu hồi toàn bộ thửa", "",
             "Đất giao theo Nghị định 64/CP", "Đã kê khai, đăng ký", ""]
    for i, (oi, pre, name, by, ps) in enumerate(hs):
        p = tr.parcels[ps[0]]
        t.add([str(i + 1), "%s %s" % (pre, name), tr.owners[oi]["address"],
               m2(p["area"]), p["sheet"], p["number"], p["land_use"], rng.choice(notes)])
    draw_table(doc, t)
    finish(doc, rng, "Phòng Tài nguyên và Môi trường",
           "các hộ gia đình, cá nhân có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Sở Tài nguyên và Môi trường;")
    return doc, tr, d, num, issuer, "thu hồi đất để thực hiện dự án xây dựng tuyến đường"


def d_subtotals(rng, s):
    """Recovery: each holder's parcels on rows of their own with a "Cộng"
    row; horizontal rules between holders only; sheet after parcel."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Huyện Lục Nam", "Tỉnh Bắc Giang"),
        (2018, 1, 12), (100, 2999), "district", "std", 0.46,
        lambda u: ["thu hồi đất của hộ gia đình, cá nhân để thực hiện",
                   "dự án cải tạo kênh tưới trạm bơm %s" % bare(u.name)],
        lambda d, u: [ORG15, LAW13, ND43,
                   "Căn cứ Quyết định số 1021/QĐ-UBND ngày 14 tháng 12 năm 2017 của "
                   "Ủy ban nhân dân tỉnh về việc phê duyệt kế hoạch sử dụng đất năm 2018;",
                   proposal(rng, "Trưởng phòng Tài nguyên và Môi trường huyện", d)], style="V/v")
    hs = holders_table(rng, tr, unit, 6, per=(1, 3), birth=True, household=0.5,
                       uses=("LUC", "BHK", "CLN"))
    doc.para("Thu hồi đất của %d hộ gia đình, cá nhân tại %s (chi tiết theo biểu "
             "dưới đây):" % (len(hs), unit.name), lead="Điều 1.")
    t = Table([("STT", 6, "center"), ("Hộ gia đình, cá nhân", 28, "left"),
               ("Năm sinh", 9, "center"), ("Thửa đất số", 10, "center"),
               ("Tờ bản đồ số", 10, "center"), ("Loại đất", 9, "center"),
               ("Diện tích thu hồi (m²)", 14, "right")], rules="h", size=11)
    for i, (oi, pre, name, by, ps) in enumerate(hs):
        for j, pi in enumerate(ps):
            p = tr.parcels[pi]
            cells = [str(i + 1), "%s %s" % (pre, name), str(by)] if j == 0 else ["", "", ""]
            t.add(cells + [p["number"], p["sheet"], p["land_use"], m2(p["area"])],
                  "row" if j == 0 else "sub")
        if len(ps) > 1:
            t.add(["", "Cộng", "", "", "", "", m2(sum(tr.parcels[p]["area"] for p in ps))],
                  "sub")
    draw_table(doc, t)
    finish(doc, rng, "Ủy ban nhân dân %s" % unit.name,
           "các hộ gia đình, cá nhân có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
           "Văn phòng Đăng ký đất đai tỉnh;")
    return doc, tr, d, num, issuer, "thu hồi đất của hộ gia đình, cá nhân để thực hiện"


def d_split(rng, s):
    """Recovery after July 2025 by a commune: 14 holders, CMND and CCCD in
    one column, areas in hectares, the table run onto page 2 with no header."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, [u for u in new_units("25") if u.name.startswith("xã")],
        (2025, 8, 11), (10, 399), "commune", "oneline", 0.38,
        ["thu hồi đất để thực hiện công trình đường giao thông liên xã"],
        lambda d, u: [ORG25, LAW24, ND102], style="Về việc")
    hs = holders_table(rng, tr, unit, 19, ids="mixed", uses=("LUK", "HNK", "RSX", "CLN"))
    doc.para("Thu hồi đất của 19 hộ gia đình, cá nhân đang sử dụng đất tại %s, "
             "%s, cụ thể như sau:" % (unit.name, unit.province), lead="Điều 1.")
    t = Table([("STT", 6, "center"), ("Họ và tên người sử dụng đất", 29, "left"),
               ("Số CMND/CCCD", 18, "center"), ("Tờ BĐ", 8, "center"),
               ("Thửa", 8, "center"), ("Loại đất", 9, "center"),
               ("Diện tích (ha)", 13, "right")], rules="grid", head_again=False, size=12)
    for i, (oi, pre, name, by, ps) in enumerate(hs):
        p = tr.parcels[ps[0]]
        printed = ha(p["area"])
        # Four decimals of a hectare are whole m²: the truth is what is printed.
        p["area"] = round(float(printed.replace(",", ".")) * 10000, 1)
        t.add([str(i + 1), "%s %s" % (pre, name), tr.owners[oi]["id_number"],
               p["sheet"], p["number"], p["land_use"], printed])
    draw_table(doc, t)
    finish(doc, rng, "công chức Địa chính - Xây dựng",
           "các hộ gia đình, cá nhân có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "UBND tỉnh (để b/c);")
    return doc, tr, d, num, issuer, "thu hồi đất để thực hiện công trình đường giao thông liên xã"


def d_money(rng, s):
    """Recovery with the compensation of each holder in a money column and
    a total row; names wrapped in a narrow column."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Thị xã Điện Bàn", "Tỉnh Quảng Nam"),
        (2021, 1, 12), (1000, 6999), "district", "std", 0.44,
        lambda u: ["thu hồi đất và phê duyệt kinh phí bồi thường, hỗ trợ",
                   "để thực hiện dự án Khu dân cư %s" % bare(u.name)],
        lambda d, u: [ORG15, LAW13, ND43,
                   "Căn cứ Quyết định số 23/2019/QĐ-UBND của Ủy ban nhân dân tỉnh ban "
                   "hành bảng giá các loại đất giai đoạn 2020 - 2024;",
                   proposal(rng, "Trung tâm Phát triển quỹ đất thị xã", d)])
    hs = holders_table(rng, tr, unit, 6, uses=("LUC", "BHK", "ONT"))
    doc.para("Thu hồi đất của 06 hộ gia đình, cá nhân tại %s và phê duyệt kinh "
             "phí bồi thường, hỗ trợ như sau:" % unit.name, lead="Điều 1.")
    t = Table([("STT", 5, "center"), ("Tên chủ sử dụng đất", 20, "left"),
               ("Tờ", 6, "center"), ("Thửa", 7, "center"), ("Loại đất", 8, "center"),
               ("DT thu hồi (m²)", 12, "right"),
               ("Kinh phí bồi thường, hỗ trợ (đồng)", 18, "right")], size=11)
    cash = 0
    for i, (oi, pre, name, by, ps) in enumerate(hs):
        p = tr.parcels[ps[0]]
        m = money(rng, 40000, 900000)
        cash += int(m.replace(".", ""))
        t.add([str(i + 1), "%s %s" % (pre, name), p["sheet"], p["number"],
               p["land_use"], m2(p["area"]), m])
    t.add(["", "Tổng cộng", "", "", "", m2(sum(p["area"] for p in tr.parcels)),
           "{:,}".format(cash).replace(",", ".")], "total")
    draw_table(doc, t)
    finish(doc, rng, "Trung tâm Phát triển quỹ đất thị xã",
           "các hộ gia đình, cá nhân có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Kho bạc Nhà nước thị xã;")
    return doc, tr, d, num, issuer, "thu hồi đất và phê duyệt kinh phí bồi thường, hỗ trợ"


def d_ward(rng, s):
    """Recovery after July 2025 by a ward: "V/v" under the number, personal
    ID numbers and birth years, parcel before sheet, use by name."""
    unit = rng.choice([u for u in new_units("48") if u.name.startswith("phường")])
    d = datetime.date(2025, rng.randint(8, 11), rng.randint(1, 28))
    num = "%d/QĐ-UBND" % rng.randrange(10, 299)
    lines, issuer, auth, place = committee(unit, "commune")
    doc, tr = Doc(s.font, 13), Truth(unit)
    header(doc, Header(lines, num, place, d, "vv", split=0.45, hand_number=True,
                       hand_day=True),
           vv=["V/v thu hồi đất để mở rộng", "trường tiểu học"])
    doc.line("QUYẾT ĐỊNH", size=15, bold=True)
    doc.space(3)
    doc.line("CHỦ TỊCH ỦY BAN NHÂN DÂN " + unit.name.upper(), bold=True)
    doc.space(2)
    basis(doc, [ORG25, LAW24, ND102], italic=False)
    decides(doc)
    hs = holders_table(rng, tr, unit, 5, birth=True, ids="dinh-danh",
                       uses=("ODT", "CLN", "HNK"))
    doc.para("Thu hồi đất của các hộ gia đình, cá nhân có tên dưới đây:", lead="Điều 1:")
    t = Table([("STT", 5, "center"), ("Họ và tên", 21, "left"), ("Năm sinh", 8, "center"),
               ("Số định danh cá nhân", 18, "center"), ("Thửa", 7, "center"),
               ("Tờ", 6, "center"), ("Diện tích (m²)", 11, "right"),
               ("Mục đích sử dụng", 19, "left")], size=11)
    for i, (oi, pre, name, by, ps) in enumerate(hs):
        p = tr.parcels[ps[0]]
        t.add([str(i + 1), "%s %s" % (pre, name), str(by), tr.owners[oi]["id_number"],
               p["number"], p["sheet"], m2(p["area"], dot=False), LAND[p["land_use"]]])
    draw_table(doc, t)
    finish(doc, rng, "Phòng Kinh tế, Hạ tầng và Đô thị phường",
           "các hộ gia đình, cá nhân có tên tại Điều 1",
           ["CHỦ TỊCH"], "Như Điều 1;", colon=True)
    return doc, tr, d, num, issuer, "thu hồi đất để mở rộng trường tiểu học"


def owner_words(rng, tr, unit, female, by_date=False, idkind="cccd", addr=True,
                household=False, issued=False):
    """An owner in prose: 'ông A, sinh năm 1970, CCCD số ..., thường trú tại ...'."""
    name = person(rng, female)
    by = rng.randrange(1950, 1994)
    bd = datetime.date(by, rng.randint(1, 12), rng.randint(1, 28)) if by_date else None
    a = "%s, %s" % (rng.choice(HAMLETS), place_of(unit)) if addr else None
    if idkind == "cccd":
        idn, label = cccd(rng, unit.pcode, by, female), "Căn cước công dân số"
    elif idkind == "dinh-danh":
        idn, label = cccd(rng, unit.pcode, by, female), "số định danh cá nhân"
    else:
        idn, label = cmnd(rng), "CMND số"
    oi = tr.owner(name, female, by, bd, idn, idkind, a, household)
    born = "sinh ngày %s" % bd.strftime("%d/%m/%Y") if bd else "sinh năm %d" % by
    text = "%s %s, %s, %s %s" % (who(female, household).lower(), name, born, label, idn)
    if issued:
        # CMND cards before 2013, CCCD cards from 2016 (the decisions are later).
        year = min(by + 18 + rng.randrange(0, 20), 2012) if idkind == "cmnd" else 2016
        on = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        by_whom = ("Công an " + unit.province if idkind == "cmnd" else
                   "Cục Cảnh sát quản lý hành chính về trật tự xã hội")
        text += " do %s cấp ngày %s" % (by_whom, on.strftime("%d/%m/%Y"))
    if a:
        text += ", thường trú tại %s" % a
    return oi, text


def lettered(doc, items):
    for i, s in enumerate(items):
        doc.para(s, lead="%s)" % "abcdefgh"[i], indent=10, hang=10, after=0.4)


def dashes(doc, items):
    for s in items:
        doc.para("- " + s, indent=10, hang=10, after=0.3)


def d_recognise(rng, s):
    """Recognition for a couple: lettered sub-points per parcel."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Huyện Long Hồ", "Tỉnh Vĩnh Long"),
        (2017, 1, 12), (1000, 9999), "district", "oneline", 0.43,
        ["công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"],
        lambda d, u: [ORG15, LAW13, ND43,
                   "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính "
                   "phủ sửa đổi, bổ sung các nghị định quy định chi tiết thi hành Luật Đất đai;",
                   "Xét hồ sơ đề nghị công nhận quyền sử dụng đất của hộ gia đình và ý kiến "
                   "của Ủy ban nhân dân %s;" % u.name])
    a, ta = owner_words(rng, tr, unit, False, idkind="cccd", issued=True)
    b, tb = owner_words(rng, tr, unit, True, idkind="cmnd", addr=False)
    tr.couple(a, b)
    doc.para("Công nhận quyền sử dụng đất cho %s và vợ là %s, đối với các thửa đất "
             "sau:" % (ta, tb), lead="Điều 1.")
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    for j in range(2):
        use = ["ONT", "CLN"][j]
        end = d.replace(year=d.year + 50).strftime("%d/%m/%Y")
        term = "Lâu dài" if use == "ONT" else "Đến ngày %s" % end
        area = rng.randrange(800, 9000) / 10.0
        sheet, numb = rng.randrange(2, 40), rng.randrange(10, 900)
        tr.parcel(sheet, numb, area, use, a, term=term, origin=origin)
        doc.para("Thửa thứ %s:" % ["nhất", "hai"][j], indent=10, after=0.3)
        lettered(doc, ["Thửa đất số %d, tờ bản đồ số %d;" % (numb, sheet),
                       "Diện tích: %s m² (sử dụng chung);" % m2(area),
                       "Mục đích sử dụng: %s;" % LAND[use],
                       "Thời hạn sử dụng: %s;" % term,
                       "Nguồn gốc sử dụng: %s." % origin])
    finish(doc, rng, "Phòng Tài nguyên và Môi trường huyện", "ông, bà có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Văn phòng Đăng ký đất đai chi nhánh huyện;")
    return doc, tr, d, num, issuer, "công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"


def d_allot(rng, s):
    """Allocation of a house plot: dash list with the parcel's address."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Thành phố Thuận An", "Tỉnh Bình Dương"),
        (2022, 1, 12), (1000, 9999), "district", "std", 0.40,
        ["giao đất ở có thu tiền sử dụng đất không thông qua",
         "đấu giá quyền sử dụng đất"],
        lambda d, u: [LAW13, ND43, proposal(rng, "Phòng Tài nguyên và Môi trường", d)])
    oi, text = owner_words(rng, tr, unit, True, idkind="cccd")
    area = rng.randrange(600, 2400) / 10.0
    sheet, numb = rng.randrange(5, 70), rng.randrange(100, 2400)
    paddr = "%s, %s" % (rng.choice(HAMLETS), place_of(unit))
    origin = "Nhà nước giao đất có thu tiền sử dụng đất"
    tr.parcel(sheet, numb, area, "ODT", oi, term="Lâu dài", origin=origin, addr=paddr)
    doc.para("Giao cho %s diện tích đất để làm nhà ở như sau:" % text, lead="Điều 1.")
    dashes(doc, ["Thửa đất số: %d;   Tờ bản đồ số: %d;" % (numb, sheet),
                 "Địa chỉ thửa đất: %s;" % paddr,
                 "Diện tích: %s m2;" % m2(area),
                 "Mục đích sử dụng đất: Đất ở tại đô thị (ODT);",
                 "Thời hạn sử dụng đất: Lâu dài;",
                 "Nguồn gốc sử dụng: %s." % origin])
    doc.para("Vị trí, ranh giới khu đất được xác định theo trích lục bản đồ địa "
             "chính do Văn phòng Đăng ký đất đai lập.", indent=10)
    finish(doc, rng, "Phòng Tài nguyên và Môi trường thành phố", "bà có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Chi cục Thuế thành phố;")
    return doc, tr, d, num, issuer, "giao đất ở có thu tiền sử dụng đất"


def d_lease(rng, s):
    """A province leases land to a company, with lettered sub-points."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Thị xã Quế Võ", "Tỉnh Bắc Ninh"),
        (2019, 1, 12), (100, 999), "province", "std", 0.36,
        ["cho Công ty TNHH Cơ khí chính xác Kinh Bắc thuê đất",
         "để xây dựng nhà xưởng sản xuất"],
        lambda d, u: [ORG15, LAW13, ND43,
                   "Căn cứ Nghị định số 46/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
                   "quy định về thu tiền thuê đất, thuê mặt nước;",
                   "Theo đề nghị của Sở Tài nguyên và Môi trường."])
    co = "Công ty TNHH Cơ khí chính xác Kinh Bắc"
    oi = tr.owner(co, org=True)
    area = float(rng.randrange(80000, 160000))
    sheet, numb = rng.randrange(10, 40), rng.randrange(100, 600)
    origin = "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"
    tr.parcel(sheet, numb, area, "SKC", oi, term="50 năm", origin=origin)
    doc.para("Cho %s (mã số doanh nghiệp 2301%06d) thuê %s m² đất tại %s, %s để "
             "xây dựng nhà xưởng sản xuất linh kiện cơ khí." %
             (co, rng.randrange(1000000), m2(area), unit.name, unit.district),
             lead="Điều 1.")
    lettered(doc, ["Vị trí khu đất: thửa đất số %d, tờ bản đồ số %d;" % (numb, sheet),
                   "Diện tích: %s m²;" % m2(area),
                   "Mục đích sử dụng: Đất cơ sở sản xuất phi nông nghiệp (SKC);",
                   "Thời hạn thuê đất: 50 năm kể từ ngày ký Quyết định;",
                   "Hình thức: %s." % origin])
    doc.para("Công ty có trách nhiệm nộp tiền thuê đất, ký hợp đồng thuê đất và "
             "sử dụng đất đúng mục đích.", lead="Điều 2.")
    finish(doc, rng, "Sở Tài nguyên và Môi trường", "Giám đốc %s" % co,
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Cục Thuế tỉnh;", first=3)
    tr.parcels[-1]["term"] = "50 năm"
    return doc, tr, d, num, issuer, "cho Công ty TNHH Cơ khí chính xác Kinh Bắc thuê đất"


def d_extend(rng, s):
    """Extension of a household's lease: the new term as a date."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Huyện Giồng Riềng", "Tỉnh Kiên Giang"),
        (2020, 1, 12), (1000, 4999), "district", "std", 0.44,
        ["gia hạn thời hạn cho thuê đất đối với hộ gia đình"],
        lambda d, u: [ORG15, LAW13, ND43,
                   "Căn cứ Thông tư số 30/2014/TT-BTNMT ngày 02 tháng 6 năm 2014 của Bộ "
                   "Tài nguyên và Môi trường quy định về hồ sơ giao đất, cho thuê đất;",
                   proposal(rng, "Phòng Tài nguyên và Môi trường", d)])
    oi, text = owner_words(rng, tr, unit, False, idkind="cmnd", household=True)
    area = rng.randrange(20000, 90000) / 10.0
    sheet, numb = rng.randrange(2, 30), rng.randrange(50, 800)
    term = "Đến ngày 31/12/2045"
    tr.parcel(sheet, numb, area, "NTS", oi, term=term)
    doc.para("Gia hạn thời hạn thuê đất cho %s, đối với thửa đất số %d, tờ bản đồ "
             "số %d, diện tích %s m², mục đích sử dụng: đất nuôi trồng thủy sản (NTS), "
             "tại %s." % (text, numb, sheet, m2(area), unit.name), lead="Điều 1.")
    doc.para("Thời hạn sử dụng đất sau khi gia hạn: %s." % term, indent=10)
    finish(doc, rng, "Phòng Tài nguyên và Môi trường", "hộ ông có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Chi cục Thuế huyện;")
    return doc, tr, d, num, issuer, "gia hạn thời hạn cho thuê đất"


def d_change_table(rng, s):
    """Change of use of several parcels: the total first, then a table with
    the parcel columns first, the holder and an address column."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Thị xã Vĩnh Châu", "Tỉnh Sóc Trăng"),
        (2023, 1, 12), (100, 2999), "district", "std", 0.42,
        ["cho phép chuyển mục đích sử dụng đất"],
        lambda d, u: [ORG15, LAW13, ND43,
                   "Căn cứ Quyết định số 158/QĐ-UBND ngày 20 tháng 01 năm 2023 của Ủy ban "
                   "nhân dân tỉnh phê duyệt kế hoạch sử dụng đất năm 2023;",
                   proposal(rng, "Phòng Tài nguyên và Môi trường", d)], size=12)
    hs = holders_table(rng, tr, unit, 4, addr=True, uses=("LUK", "CLN"), khmer=True)
    for p in tr.parcels:
        p["land_use_to"] = "ONT"
        p["area"] = rng.randrange(500, 3000) / 10.0
    total = sum(p["area"] for p in tr.parcels)
    doc.para("Cho phép 04 hộ gia đình, cá nhân chuyển mục đích sử dụng %s m² đất "
             "từ đất nông nghiệp sang đất ở tại nông thôn, cụ thể:" % m2(total),
             lead="Điều 1.")
    t = Table([("STT", 5, "center"), ("Thửa số", 7, "center"), ("Tờ số", 6, "center"),
               ("Người sử dụng đất", 20, "left"), ("Địa chỉ", 22, "left"),
               ("Diện tích (m²)", 10, "right"), ("Từ loại đất", 8, "center"),
               ("Sang loại đất", 8, "center")], size=11)
    for i, (oi, pre, name, by, ps) in enumerate(hs):
        p = tr.parcels[ps[0]]
        t.add([str(i + 1), p["number"], p["sheet"], "%s %s" % (pre, name),
               tr.owners[oi]["address"], m2(p["area"]), p["land_use"], "ONT"])
    draw_table(doc, t)
    doc.para("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài.", indent=10)
    for p in tr.parcels:
        p["term"] = "Lâu dài"
    finish(doc, rng, "Phòng Tài nguyên và Môi trường thị xã",
           "các hộ gia đình, cá nhân có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Chi cục Thuế khu vực;")
    return doc, tr, d, num, issuer, "cho phép chuyển mục đích sử dụng đất"


def d_change_prose(rng, s):
    """Change of use after July 2025 by a ward chairman: birth date and
    personal ID number, "từ ... sang ..." in one sentence."""
    unit = rng.choice([u for u in new_units("92") if u.name.startswith("phường")])
    d = datetime.date(2025, rng.randint(8, 11), rng.randint(1, 28))
    num = "%d/QĐ-UBND" % rng.randrange(10, 499)
    lines, issuer, auth, place = committee(unit, "commune")
    doc, tr = Doc(s.font, 13), Truth(unit)
    header(doc, Header(lines, num, place, d, "oneline", split=0.40, hand_day=True))
    title(doc, ["cho phép chuyển mục đích sử dụng đất"], style="V/v")
    doc.line("CHỦ TỊCH ỦY BAN NHÂN DÂN " + unit.name.upper(), bold=True)
    doc.space(2)
    basis(doc, [ORG25, LAW24, ND102,
                "Xét đơn đề nghị chuyển mục đích sử dụng đất của người sử dụng đất."])
    decides(doc)
    oi, text = owner_words(rng, tr, unit, True, by_date=True, idkind="dinh-danh")
    area = rng.randrange(500, 2500) / 10.0
    sheet, numb = rng.randrange(5, 80), rng.randrange(20, 1500)
    tr.parcel(sheet, numb, area, "CLN", oi, use_to="ODT", term="Lâu dài")
    doc.para("Cho phép %s được chuyển mục đích sử dụng %s m² đất từ đất trồng cây "
             "lâu năm (CLN) sang đất ở tại đô thị (ODT) thuộc thửa đất số %d, tờ bản "
             "đồ số %d tại %s." % (text, m2(area), numb, sheet, unit.name), lead="Điều 1.")
    doc.para("Thời hạn sử dụng đất: Lâu dài.", indent=10)
    finish(doc, rng, "Phòng Kinh tế, Hạ tầng và Đô thị", "bà có tên tại Điều 1",
           ["CHỦ TỊCH"], "Thuế cơ sở;")
    return doc, tr, d, num, issuer, "cho phép chuyển mục đích sử dụng đất"


def d_certificate(rng, s):
    """A certificate for land and a house: the house in its own paragraph."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Quận Ô Môn", "Thành phố Cần Thơ"),
        (2018, 1, 12), (100, 3999), "district", "std", 0.42,
        ["cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu",
         "nhà ở và tài sản khác gắn liền với đất"],
        lambda d, u: [LAW13, ND43, proposal(rng, "Phòng Tài nguyên và Môi trường", d)])
    oi, text = owner_words(rng, tr, unit, False, idkind="cmnd", issued=True)
    area = rng.randrange(900, 3000) / 10.0
    sheet, numb = rng.randrange(5, 60), rng.randrange(100, 1800)
    origin = "Nhà nước giao đất có thu tiền sử dụng đất"
    tr.parcel(sheet, numb, area, "ODT", oi, term="Lâu dài", origin=origin)
    doc.para("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
             "khác gắn liền với đất cho %s, như sau:" % text, lead="Điều 1.")
    doc.para("1. Thửa đất: thửa đất số %d; tờ bản đồ số %d; diện tích %s m²; hình "
             "thức sử dụng: riêng; mục đích sử dụng: Đất ở tại đô thị; thời hạn sử "
             "dụng: Lâu dài; nguồn gốc sử dụng: %s." % (numb, sheet, m2(area), origin),
             indent=10)
    ba = rng.randrange(600, int(area * 10) - 100) / 10.0
    floors = rng.randint(1, 4)
    yb = rng.randrange(1995, 2017)
    st = "Khung cột bê tông cốt thép, tường gạch, mái ngói"
    tr.house = {"building_area": ba, "floor_area": round(ba * floors, 1),
                "structure": st, "floors": floors, "year_built": yb}
    doc.para("2. Nhà ở riêng lẻ: diện tích xây dựng %s m²; diện tích sàn %s m²; kết "
             "cấu: %s; số tầng: %d; năm hoàn thành xây dựng: %d." %
             (m2(ba), m2(ba * floors), st, floors, yb), indent=10)
    finish(doc, rng, "Phòng Tài nguyên và Môi trường quận", "ông có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Văn phòng Đăng ký đất đai;")
    return doc, tr, d, num, issuer, "cấp Giấy chứng nhận quyền sử dụng đất"


def d_households(rng, s):
    """2005 allocation of farm land to households, one numbered paragraph
    each, fields run together in the sentence."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Huyện Thanh Sơn", "Tỉnh Phú Thọ"),
        (2005, 1, 12), (100, 999), "district", "std", 0.44,
        ["giao đất sản xuất nông nghiệp cho hộ gia đình"],
        lambda d, u: [ORG03, LAW03, ND181,
                   "Xét đề nghị của Phòng Tài nguyên và Môi trường huyện."])
    doc.para("Giao đất sản xuất nông nghiệp cho các hộ gia đình tại %s, cụ thể:" %
             unit.name, lead="Điều 1.")
    for i in range(4):
        female = rng.random() < 0.3
        name = person(rng, female)
        by = rng.randrange(1940, 1980)
        oi = tr.owner(name, female, by, household=True)
        area = rng.randrange(3000, 30000) / 10.0
        sheet, numb = rng.randrange(3, 40), rng.randrange(10, 700)
        use = rng.choice(["LUK", "BHK"])
        tr.parcel(sheet, numb, area, use, oi, term="20 năm")
        doc.para("%d. %s %s, sinh năm %d: thửa số %d, tờ bản đồ số %d, diện tích "
                 "%s m², loại đất %s, thời hạn sử dụng 20 năm." %
                 (i + 1, who(female, True), name, by, numb, sheet, m2(area), use),
                 indent=10, after=0.5)
    finish(doc, rng, "Phòng Tài nguyên và Môi trường", "các hộ gia đình có tên tại Điều 1",
           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "UBND %s;" % unit.name)
    return doc, tr, d, num, issuer, "giao đất sản xuất nông nghiệp cho hộ gia đình"


def d_council(rng, s):
    """Not a land record: a compensation council and its members."""
    doc, tr, unit, d, num, issuer = opening(
        rng, s, district_units("Huyện Hòa Vang", "Thành phố Đà Nẵng"),
        (2016, 1, 12), (1000, 8999), "province", "std", 0.42,
        ["thành lập Hội đồng bồi thường, hỗ trợ và tái định cư",
         "dự án đường vành đai phía Tây"],
        lambda d, u: [ORG15, LAW13,
                   "Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính "
                   "phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;"])
    doc.para("Thành lập Hội đồng bồi thường, hỗ trợ và tái định cư dự án đường vành "
             "đai phía Tây, gồm các ông, bà có tên sau:", lead="Điều 1.")
    roles = ["Phó Chủ tịch UBND thành phố - Chủ tịch Hội đồng;",
             "Giám đốc Sở Tài nguyên và Môi trường - Phó Chủ tịch Hội đồng;",
             "Phó Giám đốc Sở Tài chính - Ủy viên;",
             "Chủ tịch UBND %s - Ủy viên;" % unit.district]
    dashes(doc, ["%s %s, %s" % (who(f), person(rng, f), r)
                 for f, r in ((rng.random() < 0.3, r) for r in roles)])
    doc.para("Hội đồng có nhiệm vụ lập phương án bồi thường, hỗ trợ và tái định cư "
             "trình cấp có thẩm quyền phê duyệt; Hội đồng tự giải thể sau khi hoàn "
             "thành nhiệm vụ.", lead="Điều 2.")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND "
             "thành phố và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
             "định này./.", lead="Điều 3.")
    sign(doc, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer(rng), recipients("Như Điều 1;"))
    return doc, tr, d, num, issuer, "thành lập Hội đồng bồi thường, hỗ trợ và tái định cư"


SPECS = [
    (d_shaded, "thu-hoi", "table-shaded-address-note", "Noto Serif", "clean", "2016-2025"),
    (d_subtotals, "thu-hoi", "table-hrules-subtotals", "Noto Sans", "mild-colour-seal", "2016-2025"),
    (d_split, "thu-hoi", "table-split-no-header-ha", "Noto Serif", "heavy-photocopy", "post-2025-07"),
    (d_money, "thu-hoi", "table-money-total", "Noto Serif Display", "mild-dpi150", "2016-2025"),
    (d_ward, "thu-hoi", "table-ward-vv-dinh-danh", "Noto Sans", "mild-colour-hand", "post-2025-07"),
    (d_recognise, "cong-nhan", "prose-couple-lettered", "Noto Serif", "clean", "2016-2025"),
    (d_allot, "giao-dat", "prose-dash-parcel-address", "Noto Serif Display", "mild-colour-skew", "2016-2025"),
    (d_lease, "cho-thue", "prose-province-company", "Noto Serif", "mild-yellowed", "2016-2025"),
    (d_extend, "cho-thue", "prose-lease-extension", "Noto Sans", "heavy-skew-noise", "2016-2025"),
    (d_change_table, "chuyen-muc-dich", "table-parcel-first-khmer", "Noto Sans", "clean", "2016-2025"),
    (d_change_prose, "chuyen-muc-dich", "prose-ward-chairman", "Noto Serif", "heavy-showthrough", "post-2025-07"),
    (d_certificate, "cap-gcn", "prose-house-numbered", "Noto Serif Display", "mild-colour-120", "2016-2025"),
    (d_households, "giao-dat", "list-households-2005", "Noto Serif", "heavy-blur", "2004-2015"),
    (d_council, "other", "list-council", "Noto Sans", "clean", "2016-2025"),
]
