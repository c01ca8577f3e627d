"""gen12's fourteen decisions.  Each takes a random.Random and returns
(doc, truth, meta): the drawn Doc, its Truth and a dict of kind, era,
layout and font."""
import datetime
from page12 import Doc, Table, draw_table, words
from parts12 import Issuer, Truth, article, grounds, header, sign, title
from units12 import (USE, area, bare, cccd, cmnd, district, dotdec, kind_of,
                     new_commune, person, province_row, vn)

HAMLETS = ["Đông Hòa", "Trung Lập", "Tây Sơn", "Nam Tiến", "Bắc Hà", "Phú Mỹ",
           "An Lạc", "Hòa Bình", "Tân Thành", "Cầu Đá", "Gò Gai", "Bến Đò"]
PROJECT = ["xây dựng đường giao thông liên xã", "mở rộng Trường Trung học cơ sở",
           "xây dựng khu dân cư mới", "kè chống sạt lở bờ sông",
           "xây dựng cụm công nghiệp", "nâng cấp tuyến đường tỉnh lộ",
           "xây dựng trạm biến áp 110 kV", "xây dựng chợ trung tâm"]
RECOVER = "Về việc thu hồi đất để thực hiện dự án {proj}"
LAW13 = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
LAW24 = "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"
LOCAL15 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
AFTER25 = ("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Trưởng Phòng Kinh tế "
           "và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
LOCAL25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"


def commune(rng, province, dtype):
    """A district of province whose name starts with dtype, and one of its
    communes (a row of data/admin-units.csv)."""
    unit, cs = district(rng, province, dtype)
    return unit, rng.choice(cs)


def recovery(rng, province, dtype, face, year, wording, **kw):
    """The opening of a district's recovery for a project: the district, the
    commune, the project and the Doc started with the subject wording
    ({proj}, {commune} filled in)."""
    unit, c = commune(rng, province, dtype)
    proj = rng.choice(PROJECT)
    subject = wording.format(proj=proj, commune=low(c["commune_name"]))
    doc, iss, tr = start(rng, face, unit, year, "thu-hoi", subject, **kw)
    return unit, c, proj, doc, iss, tr


def low(unit):
    """'Xã Hồng Minh' -> 'xã Hồng Minh'."""
    return kind_of(unit) + " " + bare(unit)


def join(xs):
    """'12, 15 và 17'."""
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " và " + xs[-1]


def prov_low(prov):
    """A province after July 2025 as prose names it: 'tỉnh Gia Lai',
    'thành phố Huế'."""
    if prov.startswith("Thành phố "):
        return "thành phố " + prov[len("Thành phố "):]
    return "tỉnh " + prov


def day(rng, year, months=(1, 12)):
    return datetime.date(year, rng.randint(*months), rng.randint(1, 28))


def num(rng, suffix="QĐ-UBND"):
    return "%d/%s" % (rng.randint(120, 3980), suffix)


def hon(sex):
    return "Ông" if sex == "M" else "Bà"


def start(rng, face, unit, year, kind, subject, above=None, place=None,
          suffix="QĐ-UBND", authority="ỦY BAN NHÂN DÂN ", **kw):
    """A Doc with its header and title drawn, its issuer and Truth."""
    iss = Issuer(unit, above, place)
    number, date = num(rng, suffix), day(rng, year, kw.pop("months", (1, 12)))
    doc = Doc(face, number_pages=kw.pop("number_pages", False))
    header(doc, iss, number, date, **kw)
    title(doc, subject, authority + iss.upper)
    return doc, iss, Truth(number, date, iss.name, kind, subject)


def ending(doc, rng, n, whom="deputy", extra=None):
    """Điều n: who carries it out; then the signature."""
    article(doc, n, extra or "Chánh Văn phòng Ủy ban nhân dân, Trưởng phòng "
            "Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân xã và các cá nhân "
            "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    doc.skip(0.6)
    signer, _ = person(rng)
    sign(doc, whom, signer, for_chair=(whom == "deputy"))


# 1. Recovery: a grid whose header spans two rows ("Thửa đất" over sheet,
# number and area), holders grouped under hamlet rows spanning the table.
def d_group_header(rng):
    unit, c, proj, doc, iss, tr = recovery(rng, "Thái Bình", "Huyện", "Charis SIL", 2018,
                                           RECOVER + " tại {commune}", motto_rule=0.55)
    grounds(doc, [LOCAL15, LAW13, "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 "
                  "năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của "
                  "Luật Đất đai;"],
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số "
            "%d/TTr-TNMT," % rng.randint(20, 400))
    article(doc, 1, "Thu hồi đất của các hộ gia đình, cá nhân tại %s, %s để thực hiện "
            "dự án %s. Vị trí, diện tích, loại đất thu hồi như sau:"
            % (low(c["commune_name"]), low(unit), proj))
    t = Table([130, 700, 250, 220, 330, 250],
              [(0, 0, 2, 1, "STT"), (0, 1, 2, 1, "Họ và tên người sử dụng đất"),
               (0, 2, 1, 3, "Thửa đất"), (0, 5, 2, 1, "Loại đất"),
               (1, 2, 1, 1, "Tờ bản đồ"), (1, 3, 1, 1, "Số thửa"),
               (1, 4, 1, 1, "Diện tích (m²)")],
              align=["center", "left", "center", "center", "right", "center"])
    used, k = set(), 0
    for h in rng.sample(HAMLETS, 3):
        t.band("Thôn " + h)
        for _ in range(rng.randint(2, 4)):
            k += 1
            name, sex = person(rng, used=used)
            o = tr.owner(name, sex, c["commune_code"])
            sh, nb, a = rng.randint(3, 40), rng.randint(10, 900), area(rng, 60, 1500)
            use = rng.choice(["LUC", "CLN", "BHK", "NTS"])
            tr.parcel(o, sh, nb, a, use, c["commune_code"])
            t.row([str(k), hon(sex) + " " + name, str(sh), str(nb), vn(a), use])
    draw_table(doc, t)
    article(doc, 2, "Giao Ủy ban nhân dân %s quản lý diện tích đất đã thu hồi; Phòng "
            "Tài nguyên và Môi trường chỉnh lý hồ sơ địa chính theo quy định." % low(c["commune_name"]))
    ending(doc, rng, 3)
    return doc, tr, {"kind": "thu-hoi", "era": "2016-2025",
                     "layout": "table-group-header-hamlets"}


# 2. Recovery: one area column per land type (ONT | CLN | LUC), areas with
# space-grouped thousands, the holders' addresses in a column.
def d_type_columns(rng):
    unit, c, proj, doc, iss, tr = recovery(rng, "Quảng Ngãi", "Thành phố", "Andika", 2021,
                                           "Về việc thu hồi đất thực hiện dự án {proj}",
                                           place="Quảng Ngãi", italic_lines=True)
    grounds(doc, [LOCAL15 + " Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính "
                  "phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                  LAW13],
            "Theo đề nghị của Phòng Tài nguyên và Môi trường thành phố,")
    article(doc, 1, "Thu hồi của các hộ gia đình, cá nhân có tên trong bảng dưới đây "
            "phần diện tích đất tại %s để thực hiện dự án nêu trên:" % low(c["commune_name"]))
    types = ["ONT", "CLN", "LUC"]
    t = Table([110, 560, 470, 150, 170, 190, 190, 190],
              [(0, 0, 2, 1, "TT"), (0, 1, 2, 1, "Họ và tên"),
               (0, 2, 2, 1, "Địa chỉ thường trú"), (0, 3, 2, 1, "Tờ"),
               (0, 4, 2, 1, "Thửa"), (0, 5, 1, 3, "Diện tích thu hồi (m²)"),
               (1, 5, 1, 1, "ONT"), (1, 6, 1, 1, "CLN"), (1, 7, 1, 1, "LUC")],
              size=38, align=["center", "left", "left", "center", "center",
                              "right", "right", "right"])
    used = set()
    for k in range(1, rng.randint(7, 8) + 1):
        name, sex = person(rng, used=used)
        addr = "tổ %d, %s" % (rng.randint(1, 12), low(c["commune_name"]))
        o = tr.owner(name, sex, c["commune_code"], address=addr)
        use = rng.choice(types)
        a = area(rng, 80, 2600) if use != "ONT" else area(rng, 50, 300)
        sh, nb = rng.randint(2, 30), rng.randint(5, 700)
        tr.parcel(o, sh, nb, a, use, c["commune_code"])
        cells = ["" if u != use else vn(a, " ") for u in types]
        t.row([str(k), hon(sex) + " " + name, addr, str(sh), str(nb)] + cells)
    draw_table(doc, t, x0=200)
    article(doc, 2, "Ủy ban nhân dân %s có trách nhiệm quản lý chặt chẽ quỹ đất đã thu hồi."
            % low(c["commune_name"]))
    ending(doc, rng, 3)
    return doc, tr, {"kind": "thu-hoi", "era": "2016-2025",
                     "layout": "table-landtype-columns"}


# 3. Recovery: a holder's row, then its parcels numbered 1.1, 1.2 under it;
# names in bold; double rules.
def d_subnumbered(rng):
    unit, c, proj, doc, iss, tr = recovery(rng, "Hà Nội", "Quận", "Charis SIL", 2023, RECOVER,
                                           place="Hà Nội", motto_rule=1.0)
    grounds(doc, [LAW13, "Căn cứ Quyết định số %d/QĐ-UBND của Ủy ban nhân dân thành phố "
                  "Hà Nội về việc phê duyệt kế hoạch sử dụng đất năm 2023;" % rng.randint(100, 999)])
    article(doc, 1, "Thu hồi đất tại %s của các cá nhân sau đây:" % low(c["commune_name"]))
    t = Table([170, 760, 240, 240, 330, 240],
              [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Người sử dụng đất"),
               (0, 2, 1, 1, "Tờ bản đồ số"), (0, 3, 1, 1, "Thửa đất số"),
               (0, 4, 1, 1, "Diện tích (m²)"), (0, 5, 1, 1, "Mục đích")],
              rules="double", align=["center", "left", "center", "center", "right", "center"])
    used = set()
    for k in range(1, 5):
        name, sex = person(rng, used=used)
        o = tr.owner(name, sex, c["commune_code"])
        t.row([str(k), hon(sex) + " " + name, "", "", "", ""], style="b")
        for j in range(1, rng.randint(2, 3) + 1):
            sh, nb = rng.randint(1, 25), rng.randint(10, 400)
            use = rng.choice(["ODT", "CLN", "BHK"])
            a = area(rng, 40, 900)
            tr.parcel(o, sh, nb, a, use, c["commune_code"])
            t.row(["%d.%d" % (k, j), "", str(sh), str(nb), vn(a), use])
    draw_table(doc, t)
    article(doc, 2, "Thời gian bàn giao đất: chậm nhất 30 ngày kể từ ngày Quyết định này có hiệu lực.")
    ending(doc, rng, 3)
    return doc, tr, {"kind": "thu-hoi", "era": "2016-2025",
                     "layout": "table-subnumbered-double"}


# 4. Recovery: the holders in a "Danh sách" attached to the decision, with
# its own title and signature, running over three portrait pages under a
# row of column numbers; birth years and personal IDs.
def d_attachment(rng):
    pcode = province_row("Quảng Ninh")["province_code"]
    unit, c, proj, doc, iss, tr = recovery(rng, "Quảng Ninh", "Thị xã", "Andika", 2019, RECOVER,
                                           motto_rule=0.6)
    doc.number_pages = True
    grounds(doc, [LOCAL15, LAW13, "Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm "
                  "2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà "
                  "nước thu hồi đất;", "Căn cứ Thông báo thu hồi đất số %d/TB-UBND;"
                  % rng.randint(10, 300)],
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường,")
    holders = rng.randint(22, 24)
    article(doc, 1, "Thu hồi đất của %d hộ gia đình, cá nhân tại %s, %s để thực hiện dự án "
            "%s (có Danh sách kèm theo)." % (holders, low(c["commune_name"]), low(unit), proj))
    article(doc, 2, "Giao Trung tâm Phát triển quỹ đất thị xã phối hợp với Ủy ban nhân dân "
            "%s tổ chức bàn giao đất trên thực địa." % low(c["commune_name"]))
    ending(doc, rng, 3)
    doc.new_page()
    doc.line("DANH SÁCH", "b", doc.size + 4, "center")
    doc.line("CÁC HỘ GIA ĐÌNH, CÁ NHÂN CÓ ĐẤT BỊ THU HỒI", "b", align="center")
    doc.line("(Kèm theo Quyết định số %s ngày %s của Ủy ban nhân dân %s)"
             % (tr.decision["number"], datetime.date.fromisoformat(tr.decision["date"]).strftime("%d/%m/%Y"),
                low(unit)), "i", doc.size - 6, "center")
    doc.skip(0.5)
    t = Table([110, 560, 200, 420, 150, 170, 260, 170],
              [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Họ và tên"), (0, 2, 1, 1, "Năm sinh"),
               (0, 3, 1, 1, "Số CCCD"), (0, 4, 1, 1, "Tờ"), (0, 5, 1, 1, "Thửa"),
               (0, 6, 1, 1, "Diện tích (m²)"), (0, 7, 1, 1, "Loại đất")],
              numbered=True, size=38, align=["center", "left", "center", "center",
                                             "center", "center", "right", "center"])
    used = set()
    for k in range(1, holders + 1):
        name, sex = person(rng, used=used)
        y = rng.randint(1950, 1992)
        idn = cccd(rng, sex, y, pcode)
        o = tr.owner(name, sex, c["commune_code"], year=y, idn=idn, idt="cccd")
        sh, nb, a = rng.randint(5, 60), rng.randint(10, 1200), area(rng, 45, 1400)
        use = rng.choice(["LUC", "NTS", "CLN", "ONT"])
        tr.parcel(o, sh, nb, a, use, c["commune_code"])
        t.row([str(k), hon(sex) + " " + name, str(y), idn, str(sh), str(nb), vn(a), use])
    draw_table(doc, t, x0=220)
    signer, _ = person(rng)
    doc.skip(0.3)
    for s, st in (("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"),
                  ("PHÓ CHỦ TỊCH", "b"), (None, None), (signer, "b")):
        if s:
            doc.line(s, st, x=1750, align="center")
        else:
            doc.skip(2.5)
    return doc, tr, {"kind": "thu-hoi", "era": "2016-2025",
                     "layout": "table-attachment-list"}


# 5. Recovery after July 2025 (a commune): each holder a dash paragraph
# listing several parcels inline ("các thửa số 12, 15 và 17 tờ bản đồ số 8").
def d_inline(rng):
    code, cname, prov = new_commune(rng, "Gia Lai", "Xã")
    subject = "Về việc thu hồi đất để thực hiện công trình %s" % rng.choice(PROJECT)
    doc, iss, tr = start(rng, "Charis SIL", cname, 2025, "thu-hoi", subject,
                         motto_rule=0.7, months=(7, 12))
    grounds(doc, [LOCAL25, LAW24, "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm "
                  "2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;"],
            "Xét đề nghị của Phòng Kinh tế %s," % low(cname))
    article(doc, 1, "Thu hồi đất của các hộ gia đình, cá nhân sau đây tại %s, %s:"
            % (low(cname), prov_low(prov)))
    used = set()
    for k in range(4):
        name, sex = person(rng, used=used)
        y = rng.randint(1955, 1990)
        o = tr.owner(name, sex, code, year=y)
        sh = rng.randint(2, 45)
        n = rng.randint(1, 3)
        nums = sorted(rng.sample(range(10, 600), n))
        areas = [area(rng, 60, 1100) for _ in nums]
        use = rng.choice(["CLN", "HNK", "LUC"])
        for nb, a in zip(nums, areas):
            tr.parcel(o, sh, nb, a, use, code)
        if n == 1:
            what = "thửa đất số %d tờ bản đồ số %d, diện tích %s m²" % (nums[0], sh, vn(areas[0]))
        else:
            what = ("các thửa số %s tờ bản đồ số %d, diện tích lần lượt là %s"
                    % (join([str(x) for x in nums]), sh, join([vn(a) + " m²" for a in areas])))
        doc.para(words("- %s %s," % (hon(sex), name)) + words("sinh năm %d: %s, %s (%s);"
                                                              % (y, what, USE[use].lower(), use)),
                 indent=60, hang=0)
    article(doc, 2, "Ủy ban nhân dân %s quản lý diện tích đất đã thu hồi theo quy định." % low(cname))
    ending(doc, rng, 3, whom="chair", extra=AFTER25)
    return doc, tr, {"kind": "thu-hoi", "era": "post-2025-07", "layout": "list-inline-parcels"}


# 6. Change of use: one parcel described in a narrow label | value table.
def d_label_value(rng):
    unit, c = commune(rng, "An Giang", "Thành phố")
    pcode = province_row("An Giang")["province_code"]
    subject = "Về việc cho phép chuyển mục đích sử dụng đất"
    doc, iss, tr = start(rng, "Andika", unit, 2017, "chuyen-muc-dich", subject,
                         italic_lines=True)
    grounds(doc, [LAW13, "Căn cứ Thông tư số 30/2014/TT-BTNMT ngày 02 tháng 6 năm 2014 "
                  "của Bộ Tài nguyên và Môi trường quy định về hồ sơ giao đất, cho thuê "
                  "đất, chuyển mục đích sử dụng đất, thu hồi đất;"],
            "Xét đơn xin chuyển mục đích sử dụng đất của người sử dụng đất và đề nghị "
            "của Phòng Tài nguyên và Môi trường,")
    name, sex = person(rng)
    y = rng.randint(1960, 1990)
    idn = cccd(rng, sex, y, pcode)
    addr = "khóm %d, %s" % (rng.randint(1, 9), low(c["commune_name"]))
    o = tr.owner(name, sex, c["commune_code"], year=y, idn=idn, idt="cccd", address=addr)
    sh, nb, a = rng.randint(5, 60), rng.randint(10, 900), area(rng, 60, 300)
    paddr = "đường %s, %s" % (rng.choice(["Trần Hưng Đạo", "Hà Hoàng Hổ", "Lê Lợi"]),
                              low(c["commune_name"]))
    tr.parcel(o, sh, nb, a, "CLN", c["commune_code"], use_to="ODT", term="Lâu dài",
              address=paddr)
    article(doc, 1, "Cho phép %s %s chuyển mục đích sử dụng đất như sau:" % (hon(sex).lower(), name))
    t = Table([760, 960], [(0, 0, 1, 1, "Nội dung"), (0, 1, 1, 1, "Thông tin")],
              align=["left", "left"])
    for k, v in (("Người sử dụng đất", hon(sex) + " " + name), ("Năm sinh", str(y)),
                 ("Số CCCD", idn), ("Nơi thường trú", addr), ("Thửa đất số", str(nb)),
                 ("Tờ bản đồ số", str(sh)), ("Địa chỉ thửa đất", paddr),
                 ("Diện tích chuyển mục đích", vn(a) + " m²"),
                 ("Mục đích trước khi chuyển", USE["CLN"] + " (CLN)"),
                 ("Mục đích sau khi chuyển", USE["ODT"] + " (ODT)"),
                 ("Thời hạn sử dụng", "Lâu dài")):
        t.row([k, v])
    draw_table(doc, t, x0=380)
    article(doc, 2, "Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất theo thông báo "
            "của cơ quan thuế và sử dụng đất đúng mục đích.")
    ending(doc, rng, 3)
    return doc, tr, {"kind": "chuyen-muc-dich", "era": "2016-2025",
                     "layout": "table-label-value"}


# 7. Allocation in 2001, printed on a dot-matrix printer: households, each a
# numbered point with "+" lines for its parcels.
def d_plus_lists(rng):
    unit, c = commune(rng, "Hưng Yên", "Huyện")
    subject = "V/v giao đất nông nghiệp cho hộ gia đình sử dụng ổn định lâu dài"
    doc, iss, tr = start(rng, "Andika", unit, 2001, "giao-dat", subject,
                         suffix="QĐ-UB", motto_rule=1.0, authority="UỶ BAN NHÂN DÂN ")
    grounds(doc, ["Căn cứ Luật Đất đai năm 1993;",
                  "Căn cứ Nghị định số 64/CP ngày 27/9/1993 của Chính phủ ban hành bản "
                  "Quy định về việc giao đất nông nghiệp cho hộ gia đình, cá nhân sử dụng "
                  "ổn định lâu dài vào mục đích sản xuất nông nghiệp;"])
    article(doc, 1, "Giao đất nông nghiệp cho các hộ gia đình sau đây tại %s:" % low(c["commune_name"]))
    used = set()
    for k in range(1, 4):
        name, _ = person(rng, "M", used=used)
        hamlet = "xóm %d" % rng.randint(1, 12)
        addr = "%s, %s" % (hamlet, low(c["commune_name"]))
        o = tr.owner(name, "M", c["commune_code"], household=True, address=addr)
        doc.para("%d. Hộ ông %s, thường trú tại %s:" % (k, name, addr), indent=60, hang=0)
        for _ in range(rng.randint(1, 2)):
            sh, nb, a = rng.randint(1, 20), rng.randint(10, 500), area(rng, 300, 2200)
            use = rng.choice(["LUC", "BHK"])
            tr.parcel(o, sh, nb, a, use, c["commune_code"], term="20 năm")
            doc.para("+ Thửa số %d, tờ bản đồ số %d, diện tích %s m², %s (%s), thời hạn 20 năm;"
                     % (nb, sh, vn(a), USE[use].lower(), use), indent=120, hang=150)
    article(doc, 2, "Các hộ được giao đất có trách nhiệm sử dụng đất đúng mục đích, "
            "bảo vệ, cải tạo và làm tăng khả năng sinh lợi của đất.")
    ending(doc, rng, 3)
    return doc, tr, {"kind": "giao-dat", "era": "pre-2004", "layout": "prose-plus-lists-dotmatrix"}


# 8. A city under the central government leases land to a cooperative;
# points a), b); footnotes at the foot of the page.
def d_footnotes(rng):
    unit = province_row("Cần Thơ")["province_name"]
    dname, c = commune(rng, "Cần Thơ", "Quận")
    org = "Hợp tác xã %s %s" % (rng.choice(["Nông nghiệp", "Dịch vụ nông nghiệp", "Thủy sản"]),
                               rng.choice(["Thới Long", "Phước Thạnh", "Trường Xuân", "Tân Lộc"]))
    subject = "Về việc cho %s thuê đất để xây dựng kho chứa và sơ chế nông sản" % org
    doc, iss, tr = start(rng, "Charis SIL", unit, 2014, "cho-thue", subject,
                         place="Cần Thơ", italic_lines=True)
    grounds(doc, ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng "
                  "11 năm 2003;", LAW13 + "¹",
                  "Căn cứ Nghị định số 46/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
                  "quy định về thu tiền thuê đất, thuê mặt nước²;"],
            "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường,")
    doc.note("¹", "Luật số 45/2013/QH13, có hiệu lực từ ngày 01 tháng 7 năm 2014.")
    doc.note("²", "Đã được sửa đổi, bổ sung bởi Nghị định số 135/2016/NĐ-CP.")
    sh, nb, a = rng.randint(10, 80), rng.randint(50, 900), area(rng, 2500, 15000)
    o = tr.owner(org, None, c["commune_code"], org=True)
    paddr = "%s, %s" % (low(c["commune_name"]), low(dname))
    orig = "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"
    tr.parcel(o, sh, nb, a, "SKC", c["commune_code"], term="50 năm", origin=orig, address=paddr)
    article(doc, 1, "Cho %s thuê %s m² đất tại %s để xây dựng kho chứa và sơ chế nông sản, "
            "cụ thể:" % (org, vn(a), paddr))
    for s in ("a) Vị trí khu đất: thửa đất số %d, tờ bản đồ số %d;" % (nb, sh),
              "b) Mục đích sử dụng đất: %s (SKC);" % USE["SKC"].lower(),
              "c) Thời hạn thuê đất: 50 năm kể từ ngày ký Quyết định này;",
              "d) Hình thức thuê đất: %s." % orig):
        doc.para(s, indent=90, hang=90)
    article(doc, 2, "Giao Sở Tài nguyên và Môi trường ký hợp đồng thuê đất và bàn giao đất "
            "trên thực địa; Cục Thuế thành phố xác định đơn giá thuê đất.")
    ending(doc, rng, 3, extra="Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Tài "
           "nguyên và Môi trường và %s chịu trách nhiệm thi hành Quyết định này./." % org)
    return doc, tr, {"kind": "cho-thue", "era": "2004-2015", "layout": "prose-lettered-footnotes"}


# 9. Recognition in a ward of a quận: the holder's name in italic, the
# parcel in dash lines, page numbers at the top of page 2.
def d_italic_names(rng):
    unit, c = commune(rng, "Đà Nẵng", "Quận")
    pcode = province_row("Đà Nẵng")["province_code"]
    subject = "Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"
    doc, iss, tr = start(rng, "Andika", unit, 2020, "cong-nhan", subject,
                         place="Đà Nẵng", number_pages=True, motto_rule=0.5)
    grounds(doc, [LOCAL15, LAW13, "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm "
                  "2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
                  "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ "
                  "sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai;",
                  "Căn cứ Quyết định số %d/QĐ-UBND của Ủy ban nhân dân thành phố Đà Nẵng ban "
                  "hành quy định hạn mức công nhận đất ở;" % rng.randint(10, 99)],
            "Xét hồ sơ đề nghị công nhận quyền sử dụng đất và Tờ trình của Phòng Tài "
            "nguyên và Môi trường quận,")
    article(doc, 1, "Công nhận quyền sử dụng đất cho những người có tên sau đây:")
    used = set()
    for k in range(1, 3):
        name, sex = person(rng, used=used)
        y = rng.randint(1955, 1985)
        idn = cmnd(rng) if k == 1 else cccd(rng, sex, y, pcode)
        addr = "tổ %d, %s, %s" % (rng.randint(1, 60), low(c["commune_name"]), low(unit))
        o = tr.owner(name, sex, c["commune_code"], year=y, idn=idn,
                     idt="cmnd" if k == 1 else "cccd", address=addr)
        doc.para(words("%d." % k, "b") + words(hon(sex)) + words(name + ",", "i")
                 + words("sinh năm %d, %s số %s; thường trú tại %s." %
                         (y, "CMND" if k == 1 else "CCCD", idn, addr)), indent=60, hang=0)
        sh, nb, a = rng.randint(10, 90), rng.randint(10, 500), area(rng, 70, 260)
        orig = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
        tr.parcel(o, sh, nb, a, "ODT", c["commune_code"], term="Lâu dài", origin=orig)
        for s in ("- Thửa đất số: %d; tờ bản đồ số: %d;" % (nb, sh),
                  "- Diện tích: %s m² (sử dụng riêng);" % vn(a),
                  "- Mục đích sử dụng: Đất ở tại đô thị (ODT);",
                  "- Thời hạn sử dụng: Lâu dài;",
                  "- Nguồn gốc sử dụng: %s." % orig):
            doc.para(s, indent=120, hang=150)
    article(doc, 2, "Văn phòng Đăng ký đất đai chi nhánh quận có trách nhiệm cập nhật, "
            "chỉnh lý hồ sơ địa chính và cơ sở dữ liệu đất đai.")
    ending(doc, rng, 3)
    return doc, tr, {"kind": "cong-nhan", "era": "2016-2025", "layout": "prose-italic-names"}


# 10. A certificate with a house, a town (thị xã) of Hà Nội, points 1., 2.
# under Điều 1; a long "Xét đề nghị" paragraph.
def d_house(rng):
    unit, c = commune(rng, "Hà Nội", "Thị xã")
    pcode = province_row("Hà Nội")["province_code"]
    subject = "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất"
    doc, iss, tr = start(rng, "Charis SIL", unit, 2016, "cap-gcn", subject,
                         place=bare(unit))
    grounds(doc, [LAW13, "Căn cứ Luật Nhà ở ngày 25 tháng 11 năm 2014;"],
            "Xét đề nghị của Văn phòng Đăng ký quyền sử dụng đất tại Tờ trình số %d/TTr-VPĐK "
            "kèm theo hồ sơ đăng ký đất đai, tài sản gắn liền với đất đã được Ủy ban nhân dân %s "
            "xác nhận nguồn gốc sử dụng đất ổn định, không có tranh chấp, phù hợp quy hoạch,"
            % (rng.randint(100, 900), low(c["commune_name"])))
    name, sex = person(rng)
    y = rng.randint(1958, 1988)
    idn = cccd(rng, sex, y, pcode)
    addr = "thôn %s, %s, %s" % (rng.choice(HAMLETS), low(c["commune_name"]), low(unit))
    o = tr.owner(name, sex, c["commune_code"], year=y, idn=idn, idt="cccd", address=addr)
    sh, nb, a = rng.randint(4, 40), rng.randint(30, 800), area(rng, 90, 400)
    orig = "Nhà nước giao đất có thu tiền sử dụng đất"
    tr.parcel(o, sh, nb, a, "ONT", c["commune_code"], term="Lâu dài", origin=orig)
    ba = round(rng.uniform(45, 85), 1)
    fl = rng.randint(2, 3)
    tr.house = {"building_area": ba, "floor_area": round(ba * fl, 1),
                "structure": "Bê tông cốt thép, mái bằng", "floors": fl,
                "year_built": rng.randint(2005, 2014)}
    article(doc, 1, "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
            "khác gắn liền với đất cho %s %s, sinh năm %d, CCCD số %s, thường trú tại %s, như sau:"
            % (hon(sex).lower(), name, y, idn, addr))
    for s in ("1. Thửa đất: thửa số %d, tờ bản đồ số %d; diện tích %s m²; mục đích sử dụng: "
              "đất ở tại nông thôn (ONT); thời hạn: Lâu dài; nguồn gốc: %s." % (nb, sh, vn(a), orig),
              "2. Nhà ở: diện tích xây dựng %s m², diện tích sàn %s m², kết cấu: %s, "
              "số tầng: %d, năm hoàn thành xây dựng: %d."
              % (vn(ba), vn(tr.house["floor_area"]), tr.house["structure"], fl,
                 tr.house["year_built"])):
        doc.para(s, indent=90, hang=0)
    article(doc, 2, "Văn phòng Đăng ký đất đai chi nhánh thị xã có trách nhiệm trao Giấy "
            "chứng nhận cho người được cấp.")
    ending(doc, rng, 3)
    return doc, tr, {"kind": "cap-gcn", "era": "2016-2025", "layout": "prose-numbered-house"}


# 11. Not a land record: a special zone (đặc khu) after July 2025 annuls an
# earlier plan; the province printed over the committee.
def d_annul(rng):
    code, cname, prov = new_commune(rng, "An Giang", "Đặc khu")
    old = num(rng)
    subject = "Về việc hủy bỏ Quyết định số %s về kế hoạch kiểm kê đất đai" % old
    doc, iss, tr = start(rng, "Andika", cname, 2025, "other", subject,
                         above=prov_low(prov).upper(), motto_rule=1.0, months=(7, 12),
                         authority="CHỦ TỊCH ỦY BAN NHÂN DÂN ")
    grounds(doc, [LOCAL25, "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;"],
            "Xét đề nghị của Trưởng Phòng Kinh tế đặc khu,")
    article(doc, 1, "Hủy bỏ Quyết định số %s của Chủ tịch Ủy ban nhân dân về kế hoạch kiểm "
            "kê đất đai năm 2025, lý do: nội dung đã được thực hiện theo kế hoạch của Ủy ban "
            "nhân dân %s." % (old, prov_low(prov)))
    article(doc, 2, "Quyết định này có hiệu lực kể từ ngày ký.")
    ending(doc, rng, 3, whom="chair", extra="Chánh Văn phòng và Trưởng các phòng chuyên môn "
           "có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    return doc, tr, {"kind": "other", "era": "post-2025-07", "layout": "prose-annul-special-zone"}


# 12. Change of use after July 2025 in a ward: an emblem over the header, a
# table with rounded corners, areas with a decimal point.
def d_rounded(rng):
    code, cname, prov = new_commune(rng, "Huế", "Phường")
    subject = "Về việc cho phép chuyển mục đích sử dụng đất sang đất ở tại đô thị"
    doc, iss, tr = start(rng, "Charis SIL", cname, 2025, "chuyen-muc-dich", subject,
                         emblem=True, motto_rule=0.6, months=(7, 12))
    grounds(doc, [LOCAL25, LAW24], "Xét đơn đề nghị của người sử dụng đất,")
    article(doc, 1, "Cho phép các hộ gia đình, cá nhân có tên dưới đây được chuyển mục đích "
            "sử dụng đất sang đất ở tại đô thị (ODT), thời hạn sử dụng: Lâu dài, cụ thể như sau:")
    t = Table([130, 680, 260, 260, 300, 300],
              [(0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Người sử dụng đất"), (0, 2, 1, 1, "Thửa số"),
               (0, 3, 1, 1, "Tờ số"), (0, 4, 1, 1, "Diện tích (m²)"),
               (0, 5, 1, 1, "Loại đất hiện trạng")],
              rules="round", align=["center", "left", "center", "center", "right", "center"])
    used = set()
    for k in range(1, rng.randint(5, 6) + 1):
        name, sex = person(rng, used=used)
        o = tr.owner(name, sex, code)
        sh, nb, a = rng.randint(3, 50), rng.randint(5, 600), area(rng, 50, 250)
        use = rng.choice(["CLN", "HNK"])
        tr.parcel(o, sh, nb, a, use, code, use_to="ODT", term="Lâu dài")
        t.row([str(k), hon(sex) + " " + name, str(nb), str(sh), dotdec(a), use])
    draw_table(doc, t)
    article(doc, 2, "Người sử dụng đất nộp tiền sử dụng đất theo quy định.")
    ending(doc, rng, 3, extra=AFTER25)
    return doc, tr, {"kind": "chuyen-muc-dich", "era": "post-2025-07",
                     "layout": "table-rounded-emblem"}


# 13. Recovery after August 2024 in a district: sex in a column of its own
# (names without Ông/Bà), birth years and personal IDs, names in italic.
def d_sex_column(rng):
    pcode = province_row("Lào Cai")["province_code"]
    unit, c, proj, doc, iss, tr = recovery(rng, "Lào Cai", "Huyện", "Andika", 2024, RECOVER,
                                           motto_rule=0.55, months=(8, 12))
    grounds(doc, [LOCAL15, LAW24], "Xét đề nghị của Phòng Tài nguyên và Môi trường huyện,")
    article(doc, 1, "Thu hồi đất của các cá nhân sau đây tại %s, %s:" % (low(c["commune_name"]), low(unit)))
    t = Table([110, 560, 170, 200, 400, 150, 160, 250],
              [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Họ và tên"), (0, 2, 1, 1, "Giới tính"),
               (0, 3, 1, 1, "Năm sinh"), (0, 4, 1, 1, "Số định danh cá nhân"),
               (0, 5, 1, 1, "Tờ"), (0, 6, 1, 1, "Thửa"), (0, 7, 1, 1, "Diện tích (m²)")],
              size=38, align=["center", "left", "center", "center", "center", "center",
                              "center", "right"])
    used = set()
    for k in range(1, 8):
        name, sex = person(rng, used=used)
        y = rng.randint(1950, 1995)
        idn = cccd(rng, sex, y, pcode)
        o = tr.owner(name, sex, c["commune_code"], year=y, idn=idn, idt="cccd")
        sh, nb, a = rng.randint(1, 30), rng.randint(10, 700), area(rng, 100, 3000)
        tr.parcel(o, sh, nb, a, "RSX", c["commune_code"])
        t.row([str(k), name, "Nam" if sex == "M" else "Nữ", str(y), idn, str(sh), str(nb), vn(a)])
    # the rows in italic, names and all
    t.rows = [(k_, cells, "i") for k_, cells, _ in t.rows]
    draw_table(doc, t, x0=200)
    article(doc, 2, "Loại đất thu hồi: %s (RSX)." % USE["RSX"].lower())
    ending(doc, rng, 3)
    return doc, tr, {"kind": "thu-hoi", "era": "2016-2025", "layout": "table-sex-column-italic"}


# 14. Allocation for resettlement in a quận: households in a table with a
# "Lô" column, grouped by resettlement area bands.
def d_resettle(rng):
    unit, c = commune(rng, "Hồ Chí Minh", "Quận")
    subject = "Về việc giao đất tái định cư cho các hộ gia đình bị thu hồi đất"
    doc, iss, tr = start(rng, "Charis SIL", unit, 2010, "giao-dat", subject,
                         place="Thành phố Hồ Chí Minh", motto_rule=0.5)
    grounds(doc, ["Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
                  "Căn cứ Nghị định số 69/2009/NĐ-CP ngày 13 tháng 8 năm 2009 của Chính phủ "
                  "quy định bổ sung về quy hoạch sử dụng đất, giá đất, thu hồi đất, bồi "
                  "thường, hỗ trợ và tái định cư;"],
            "Xét đề nghị của Ban Bồi thường, giải phóng mặt bằng quận,")
    article(doc, 1, "Giao đất ở tái định cư tại %s cho các hộ gia đình có tên sau:"
            % low(c["commune_name"]))
    t = Table([110, 720, 190, 220, 220, 310],
              [(0, 0, 1, 1, "Số TT"), (0, 1, 1, 1, "Hộ gia đình nhận đất"),
               (0, 2, 1, 1, "Lô"), (0, 3, 1, 1, "Thửa đất số"), (0, 4, 1, 1, "Tờ bản đồ số"),
               (0, 5, 1, 1, "Diện tích (m²)")],
              align=["center", "left", "center", "center", "center", "right"],
              band_style="b")
    used, k = set(), 0
    for zone in ("Khu A", "Khu B"):
        t.band("Khu tái định cư %s" % zone[-1])
        sh = rng.randint(20, 60)
        for _ in range(rng.randint(3, 4)):
            k += 1
            name, sex = person(rng, used=used)
            o = tr.owner(name, sex, c["commune_code"], household=True)
            nb, a = rng.randint(100, 999), area(rng, 60, 120)
            tr.parcel(o, sh, nb, a, "ODT", c["commune_code"], term="Lâu dài")
            t.row([str(k), "Hộ %s %s" % (hon(sex).lower(), name), "%s%d" % (zone[-1], rng.randint(1, 40)),
                   str(nb), str(sh), vn(a)])
    draw_table(doc, t)
    article(doc, 2, "Mục đích sử dụng: đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài.")
    ending(doc, rng, 3)
    return doc, tr, {"kind": "giao-dat", "era": "2004-2015", "layout": "table-resettlement-lots"}


DOCS = [d_group_header, d_type_columns, d_subnumbered, d_attachment, d_inline,
        d_label_value, d_plus_lists, d_footnotes, d_italic_names, d_house,
        d_annul, d_rounded, d_sex_column, d_resettle]
