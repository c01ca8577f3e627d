"""docs16: the fourteen decisions of family 16, one function each.

Each takes a random.Random and returns a dict: the drawn Doc, the truth
(decision, owners, parcels, house), the layout, the era, the face and the
look (wear16) that goes with it."""
from page16 import Doc
from folk16 import (District, Commune, person_name, cccd, cmnd, area, vn_area,
                    owner, parcel, USES, date_words, date_long, lower_type)
from frame16 import heading, title, grounds, closing, decision, authority, place_of

VILLAGES = ["Tân Lập", "Đồng Tâm", "Nà Khà", "Bản Mới", "Khe Mạ", "Phú Hòa",
            "Hợp Thành", "Tiên Phong", "Cò Nòi", "Hua Tạt", "Long Hưng", "An Phú"]
LAW15 = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"]
LAW24 = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
         "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"]
RECIP = ["Như Điều 3;", "UBND tỉnh (b/c);", "Phòng Tài nguyên và Môi trường;", "Lưu: VT."]


def village(rng, kind="thôn"):
    return "%s %s" % (kind, rng.choice(VILLAGES))


def birth(rng, lo=1950, hi=1995):
    return rng.randrange(lo, hi)


def base(rng, unit, kind, y, m, d, subject, face, suffix="QĐ-UBND", size=50):
    num = "%d/%s" % (rng.randrange(102, 4890), suffix)
    doc = Doc(face, size=size)
    dec = decision(num, y, m, d, unit, kind, subject)
    return doc, num, dec


def opening(rng, unit, kind, ymd, subject, face, size=50, dated=None, **head):
    """A decision's Doc with its heading and title drawn, and the truth's
    decision; dated is the date as printed (default 'ngày 05 tháng 3 năm
    2019'), head goes to frame16.heading."""
    y, m, d = ymd
    doc, num, dec = base(rng, unit, kind, y, m, d, subject, face, size=size)
    heading(doc, unit, num, place_of(unit), dated or date_long(y, m, d), **head)
    title(doc, subject)
    return doc, dec


def finish(doc, dec, owners, parcels, layout, era, look, house=None, signer=None,
           rng=None, dpi=300):
    return {"doc": doc, "decision": dec, "owners": owners, "parcels": parcels,
            "house": house, "layout": layout, "era": era, "look": look}


def signer(rng):
    return person_name(rng, rng.choice("MF"))


# -- tables ------------------------------------------------------------------

def t_two_row_header(rng):
    """Recovery: a ruled table whose header has two rows, 'Thửa đất bị thu
    hồi' merged over sheet, parcel, area and use; Hmong holders."""
    dist = District("Sa Pa", "Lào Cai")
    y, m, d = 2021, 6, 17
    com, cname = dist.commune(rng)
    subject = "Về việc thu hồi đất để thực hiện dự án Đường nội thị tuyến số 4"
    doc, dec = opening(rng, dist.name, "thu-hoi", (y, m, d), subject, "Vollkorn", size=46)
    grounds(doc, authority(dist.name), LAW15,
        "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số "
        "215/TTr-TNMT ngày 10 tháng 6 năm 2021.")
    owners, parcels, rows, total = [], [], [], 0.0
    for i in range(6):
        g = rng.choice("MMF")
        name = person_name(rng, g, "mong")
        addr = "%s, %s" % (village(rng), lower_type(cname))
        owners.append(owner(name, g, com, address=addr))
        use = rng.choice(["ONT", "CLN", "LUK", "NHK"])
        a = area(rng, 60, 2400)
        total += a
        sh, pn = rng.randrange(3, 40), rng.randrange(10, 900)
        parcels.append(parcel(sh, pn, a, use, com, i))
        rows.append([str(i + 1), name, addr, str(sh), str(pn), vn_area(a), use])
    doc.para("Thu hồi %s m² đất của 6 hộ gia đình, cá nhân tại %s, %s để thực hiện "
             "dự án Đường nội thị tuyến số 4, chi tiết như sau:" %
             (vn_area(total), lower_type(cname), lower_type(dist.name)), lead="Điều 1. ")
    head = [(0, 0, 2, 1, "STT"), (0, 1, 2, 1, "Họ và tên người sử dụng đất"),
            (0, 2, 2, 1, "Địa chỉ thường trú"), (0, 3, 1, 4, "Thửa đất bị thu hồi"),
            (1, 3, 1, 1, "Tờ bản đồ số"), (1, 4, 1, 1, "Thửa đất số"),
            (1, 5, 1, 1, "Diện tích (m²)"), (1, 6, 1, 1, "Loại đất")]
    doc.table([110, 430, 470, 200, 200, 300, 275], head, rows,
              aligns="cllccrc", size=44)
    doc.para("Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Trung tâm Phát "
             "triển quỹ đất thị xã thực hiện bồi thường, hỗ trợ theo quy định.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị "
             "xã, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND %s và các hộ gia "
             "đình, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
             % lower_type(cname), lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "table-two-row-merged-header", "2016-2025", "t1")


def t_booktabs(rng):
    """Recovery: a table with horizontal rules only (booktabs), a short rule
    under the merged 'Thửa đất' heading, a CCCD column, Ông / Bà before
    each name."""
    dist = District("Kinh Môn", "Hải Dương")
    y, m, d = 2022, 11, 3
    com, cname = dist.commune(rng)
    subject = "Về việc thu hồi đất nông nghiệp để xây dựng Cụm công nghiệp Duy Tân"
    doc, dec = opening(rng, dist.name, "thu-hoi", (y, m, d), subject, "Inter", size=46,
                       above="UBND tỉnh Hải Dương")
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Phòng Tài nguyên và Môi trường thị xã tại Tờ trình số "
            "388/TTr-TNMT ngày 28 tháng 10 năm 2022.")
    owners, parcels, rows = [], [], []
    n = 7
    doc.para("Thu hồi đất nông nghiệp của %d hộ gia đình, cá nhân đang sử dụng tại %s "
             "để xây dựng Cụm công nghiệp Duy Tân (danh sách kèm theo dưới đây):"
             % (n, lower_type(cname)), lead="Điều 1. ")
    for i in range(n):
        g = rng.choice("MF")
        name = person_name(rng, g)
        by = birth(rng)
        idn = cccd(rng, "30", g, by)
        owners.append(owner(name, g, com, id_number=idn, id_type="cccd"))
        use = rng.choice(["LUC", "LUC", "BHK", "NTS"])
        a = area(rng, 150, 1900)
        sh, pn = rng.randrange(5, 30), rng.randrange(20, 700)
        parcels.append(parcel(sh, pn, a, use, com, i))
        rows.append([str(i + 1), ("Ông " if g == "M" else "Bà ") + name, idn,
                     str(sh), str(pn), vn_area(a), use])
    head = [(0, 0, 2, 1, "STT"), (0, 1, 2, 1, "Người sử dụng đất"),
            (0, 2, 2, 1, "Số CCCD"), (0, 3, 1, 2, "Thửa đất"),
            (1, 3, 1, 1, "Số tờ"), (1, 4, 1, 1, "Số thửa"),
            (0, 5, 2, 1, "Diện tích thu hồi (m²)"), (0, 6, 2, 1, "Mục đích sử dụng")]
    doc.table([100, 520, 420, 190, 190, 330, 330], head, rows, aligns="clccccc",
              rules="booktabs", size=42)
    doc.para("Trung tâm Phát triển quỹ đất thị xã có trách nhiệm quản lý diện tích đất "
             "đã thu hồi; UBND %s phối hợp bàn giao đất trên thực địa." % lower_type(cname),
             lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
             "thị xã, Trưởng phòng Tài nguyên và Môi trường và các hộ có tên tại Điều 1 "
             "chịu trách nhiệm thi hành Quyết định này./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng), vice=True)
    return finish(doc, dec, owners, parcels, "table-booktabs-rules", "2016-2025", "t2")


def t_cards(rng):
    """Recovery: the holders as boxed cards set two by two; Thái holders."""
    dist = District("Mộc Châu", "Sơn La")
    y, m, d = 2024, 4, 22
    com, cname = dist.commune(rng)
    subject = "Về việc thu hồi đất để thực hiện dự án Hồ chứa nước Tà Niết"
    doc, dec = opening(rng, dist.name, "thu-hoi", (y, m, d), subject, "Vollkorn",
                       size=44, style="stack")
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường thị xã.")
    n = 6
    doc.para("Thu hồi đất của %d hộ gia đình, cá nhân tại %s, %s, tỉnh Sơn La. Thông tin "
             "từng người sử dụng đất và thửa đất bị thu hồi như sau:"
             % (n, lower_type(cname), lower_type(dist.name)), lead="Điều 1. ")
    owners, parcels, cards = [], [], []
    for i in range(n):
        g = rng.choice("MF")
        name = person_name(rng, g, "thai")
        by = birth(rng)
        idn = cccd(rng, "14", g, by)
        addr = "%s, %s" % (village(rng, "bản"), lower_type(cname))
        owners.append(owner(name, g, com, birth_year=by, id_number=idn, id_type="cccd",
                            address=addr))
        use = rng.choice(["CLN", "NHK", "RSX", "ONT"])
        a = area(rng, 200, 5200)
        sh, pn = rng.randrange(2, 60), rng.randrange(5, 400)
        parcels.append(parcel(sh, pn, a, use, com, i))
        cards.append(("%d. %s %s" % (i + 1, "Ông" if g == "M" else "Bà", name), [
            "Sinh năm: %d" % by, "CCCD: %s" % idn, "Thường trú: %s" % addr,
            "Tờ bản đồ số %d, thửa đất số %d" % (sh, pn),
            "Diện tích thu hồi: %s m²" % vn_area(a),
            "Loại đất: %s (%s)" % (USES[use], use)]))
    doc.cards(cards, size=40)
    doc.para("Giao Phòng Tài nguyên và Môi trường, Trung tâm Phát triển quỹ đất thị xã "
             "thực hiện bồi thường, hỗ trợ và tái định cư theo quy định.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "table-cards-two-columns", "2016-2025", "t3")


def t_split_row(rng):
    """Recovery over two pages: a grid whose row goes on over the page
    break (the row's first lines on page 1, the rest under the header
    repeated on page 2); addresses over several lines.  The space before
    the table grows until the break falls inside a row."""
    state = rng.getstate()
    for extra in range(12):
        rng.setstate(state)
        r = _split_row(rng, extra)
        if r["doc"].split:
            return r
    raise SystemExit("gen16: no row split over the page break")


def _split_row(rng, extra):
    dist = District("Tam Nông", "Phú Thọ")
    y, m, d = 2018, 9, 12
    com, cname = dist.commune(rng)
    subject = "Về việc thu hồi đất để thực hiện dự án Cải tạo, nâng cấp đường tỉnh 316"
    doc, dec = opening(rng, dist.name, "thu-hoi", (y, m, d), subject, "Inter", size=52)
    grounds(doc, authority(dist.name), LAW15 + [
        "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy "
        "định chi tiết thi hành một số điều của Luật Đất đai;",
        "Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy "
        "định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;"],
        "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện tại Tờ trình số "
        "96/TTr-TNMT ngày 05 tháng 9 năm 2018.")
    n = 8
    doc.para("Thu hồi đất của %d hộ gia đình, cá nhân tại %s để thực hiện dự án Cải tạo, "
             "nâng cấp đường tỉnh 316, theo danh sách sau:" % (n, lower_type(cname)),
             lead="Điều 1. ")
    doc.gap(extra * 0.25)
    owners, parcels, rows = [], [], []
    for i in range(n):
        g = rng.choice("MF")
        name = person_name(rng, g)
        addr = "khu %d, %s, %s, tỉnh Phú Thọ" % (rng.randrange(1, 12), lower_type(cname),
                                               lower_type(dist.name))
        owners.append(owner(name, g, com, address=addr))
        use = rng.choice(["LUC", "ONT", "CLN", "BHK"])
        a = area(rng, 40, 980)
        sh, pn = rng.randrange(8, 25), rng.randrange(30, 600)
        parcels.append(parcel(sh, pn, a, use, com, i))
        rows.append([str(i + 1), ("Ông " if g == "M" else "Bà ") + name, addr, str(sh),
                     str(pn), vn_area(a), use])
    head = [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Họ và tên"), (0, 2, 1, 1, "Địa chỉ thường trú"),
            (0, 3, 1, 1, "Tờ bản đồ"), (0, 4, 1, 1, "Thửa đất"),
            (0, 5, 1, 1, "Diện tích (m²)"), (0, 6, 1, 1, "Loại đất")]
    doc.table([110, 470, 560, 200, 200, 270, 175], head, rows, aligns="cllccrc",
              split_rows=True, size=48)
    doc.para("Giao Hội đồng bồi thường, hỗ trợ và tái định cư huyện lập phương án bồi "
             "thường, hỗ trợ trình cấp có thẩm quyền phê duyệt.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
             "huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND %s và các hộ "
             "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
             % lower_type(cname), lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "table-row-split-over-page", "2016-2025", "t4")


def t_change_of_use(rng):
    """Change of use for a couple, its parcels in a table in Điều 1, the
    total area in the sentence before it."""
    dist = District("Duy Tiên", "Hà Nam")
    y, m, d = 2020, 7, 9
    com, cname = dist.commune(rng)
    subject = "Về việc cho phép chuyển mục đích sử dụng đất"
    doc, dec = opening(rng, dist.name, "chuyen-muc-dich", (y, m, d), subject, "Vollkorn")
    grounds(doc, authority(dist.name), LAW15 + [
        "Căn cứ Kế hoạch sử dụng đất năm 2020 của thị xã Duy Tiên đã được UBND tỉnh "
        "Hà Nam phê duyệt;"],
        "Xét đơn xin chuyển mục đích sử dụng đất của hộ gia đình và đề nghị của "
        "Trưởng phòng Tài nguyên và Môi trường.")
    by1, by2 = birth(rng, 1955, 1980), birth(rng, 1958, 1984)
    n1, n2 = person_name(rng, "M"), person_name(rng, "F")
    id1, id2 = cccd(rng, "35", "M", by1), cccd(rng, "35", "F", by2)
    addr = "%s, %s, %s" % (village(rng), lower_type(cname), lower_type(dist.name))
    owners = [owner(n1, "M", com, birth_year=by1, id_number=id1, id_type="cccd",
                    address=addr, spouse=1),
              owner(n2, "F", com, birth_year=by2, id_number=id2, id_type="cccd",
                    address=addr, spouse=0)]
    parcels, rows, total = [], [], 0.0
    for i in range(3):
        a = area(rng, 80, 420)
        total += a
        sh, pn = rng.randrange(4, 30), rng.randrange(50, 900)
        parcels.append(parcel(sh, pn, a, "CLN", com, 0, land_use_to="ONT", term="Lâu dài"))
        rows.append([str(i + 1), str(sh), str(pn), vn_area(a), "CLN", "ONT", "Lâu dài"])
    doc.para("Cho phép ông %s, sinh năm %d, CCCD số %s và vợ là bà %s, sinh năm %d, CCCD "
             "số %s, cùng thường trú tại %s, được chuyển mục đích sử dụng %s m² đất từ đất "
             "trồng cây lâu năm sang đất ở tại nông thôn, gồm các thửa đất sau:"
             % (n1, by1, id1, n2, by2, id2, addr, vn_area(total)), lead="Điều 1. ")
    head = [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Tờ bản đồ số"), (0, 2, 1, 1, "Thửa đất số"),
            (0, 3, 1, 1, "Diện tích (m²)"), (0, 4, 1, 1, "Mục đích trước khi chuyển"),
            (0, 5, 1, 1, "Mục đích sau khi chuyển"), (0, 6, 1, 1, "Thời hạn sử dụng")]
    doc.table([110, 250, 250, 300, 370, 370, 335], head, rows, aligns="ccccccc", size=46)
    doc.para("Ông %s và bà %s có trách nhiệm nộp tiền sử dụng đất theo quy định; sử "
             "dụng đất đúng mục đích được chuyển." % (n1, n2), lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng), vice=True)
    return finish(doc, dec, owners, parcels, "table-change-of-use-article-1", "2016-2025", "t5")


def t_resettlement(rng):
    """Resettlement: households given plots, a 'Lô số' column beside the
    parcel's number, the use, term and origin in the sentence under the
    table."""
    dist = District("Kỳ Anh", "Hà Tĩnh")
    y, m, d = 2019, 12, 2
    com, cname = dist.commune(rng)
    subject = "Về việc giao đất ở tái định cư cho các hộ gia đình tại Khu tái định cư Hoành Sơn"
    doc, dec = opening(rng, dist.name, "giao-dat", (y, m, d), subject, "Inter", size=48)
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Ban quản lý dự án và Phòng Tài nguyên và Môi trường thị xã.")
    n = 5
    doc.para("Giao đất ở tái định cư cho %d hộ gia đình có đất bị thu hồi tại Khu tái "
             "định cư Hoành Sơn, %s, cụ thể:" % (n, lower_type(cname)), lead="Điều 1. ")
    owners, parcels, rows = [], [], []
    for i in range(n):
        g = rng.choice("MMF")
        name = person_name(rng, g)
        by = birth(rng)
        owners.append(owner(name, g, com, birth_year=by, household=True))
        a = area(rng, 150, 300)
        sh, pn = 31, rng.randrange(100, 260)
        parcels.append(parcel(sh, pn, a, "ONT", com, i, term="Lâu dài",
                              origin="Nhà nước giao đất có thu tiền sử dụng đất"))
        rows.append([str(i + 1), "Hộ %s %s" % ("ông" if g == "M" else "bà", name), str(by),
                     "LK-%02d" % rng.randrange(1, 40), str(pn), str(sh), vn_area(a)])
    head = [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Hộ gia đình được giao đất"),
            (0, 2, 1, 1, "Năm sinh chủ hộ"), (0, 3, 1, 1, "Lô số"), (0, 4, 1, 1, "Thửa đất số"),
            (0, 5, 1, 1, "Tờ bản đồ số"), (0, 6, 1, 1, "Diện tích (m²)")]
    doc.table([110, 620, 260, 220, 250, 250, 275], head, rows, aligns="clccccr", size=44)
    doc.para("Mục đích sử dụng: Đất ở tại nông thôn (ONT). Thời hạn sử dụng: Lâu dài. "
             "Nguồn gốc sử dụng: Nhà nước giao đất có thu tiền sử dụng đất.",
             lead="", indent=90)
    doc.para("Các hộ gia đình có tên tại Điều 1 nộp tiền sử dụng đất theo quy định và "
             "xây dựng nhà ở theo quy hoạch được duyệt.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "table-resettlement-plots", "2016-2025", "t6")


def t_commune_2025(rng):
    """Recovery by a commune after July 2025 (no district), a column of
    personal ID numbers, land codes of the 2024 law (HNK)."""
    com = Commune("Lâm Đồng", "Xã", rng)
    unit = com.name
    y, m, d = 2025, 9, 24
    subject = "Về việc thu hồi đất để xây dựng trường Mầm non"
    doc, dec = opening(rng, unit, "thu-hoi", (y, m, d), subject, "Vollkorn", size=52,
                       above="Tỉnh Lâm Đồng")
    grounds(doc, authority(unit), LAW24,
            "Xét đề nghị của Phòng Kinh tế xã tại Tờ trình số 41/TTr-KT ngày 15 tháng 9 "
            "năm 2025.")
    n = 4
    doc.para("Thu hồi đất của %d hộ gia đình, cá nhân tại %s, tỉnh Lâm Đồng để xây dựng "
             "trường Mầm non, cụ thể:" % (n, lower_type(unit)), lead="Điều 1. ")
    owners, parcels, rows = [], [], []
    for i in range(n):
        g = rng.choice("MF")
        name = person_name(rng, g)
        by = birth(rng)
        idn = cccd(rng, "68", g, by)
        owners.append(owner(name, g, com.code, id_number=idn, id_type="dinh-danh"))
        use = rng.choice(["HNK", "CLN", "ONT"])
        a = area(rng, 90, 1500)
        sh, pn = rng.randrange(10, 70), rng.randrange(1, 300)
        parcels.append(parcel(sh, pn, a, use, com.code, i))
        rows.append([str(i + 1), ("Ông " if g == "M" else "Bà ") + name, idn, str(pn),
                     str(sh), vn_area(a), use])
    head = [(0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Họ và tên người có đất thu hồi"),
            (0, 2, 1, 1, "Số định danh cá nhân"), (0, 3, 1, 1, "Thửa đất số"),
            (0, 4, 1, 1, "Tờ bản đồ số"), (0, 5, 1, 1, "Diện tích (m²)"),
            (0, 6, 1, 1, "Loại đất")]
    doc.table([110, 560, 430, 220, 220, 270, 175], head, rows, aligns="clccccc", size=48)
    doc.para("Giao Phòng Kinh tế xã phối hợp với các đơn vị liên quan thực hiện bồi "
             "thường, hỗ trợ theo quy định.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, ["Như Điều 3;", "UBND tỉnh (b/c);", "Lưu: VT."], "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "table-commune-personal-ids", "post-2025-07", "t7")


# -- prose -------------------------------------------------------------------

def p_run_in_owners(rng):
    """Allocation to four holders run in one paragraph: '1. Ông A, ...;
    2. Bà B, ...', each with the parcel; term and origin for all after."""
    dist = District("Mù Căng Chải", "Yên Bái")
    y, m, d = 2016, 8, 15
    com, cname = dist.commune(rng)
    subject = "Về việc giao đất sản xuất nông nghiệp cho hộ gia đình, cá nhân"
    doc, dec = opening(rng, dist.name, "giao-dat", (y, m, d), subject, "Inter", size=48)
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện.")
    owners, parcels, parts = [], [], []
    origin = "Nhà nước giao đất không thu tiền sử dụng đất"
    for i in range(4):
        g = "M" if i % 2 == 0 else "F"
        name = person_name(rng, g, "mong")
        by = birth(rng, 1960, 1990)
        idn = cmnd(rng)
        owners.append(owner(name, g, com, birth_year=by, id_number=idn, id_type="cmnd"))
        use = rng.choice(["LUK", "NHK", "CLN"])
        a = area(rng, 800, 4200)
        sh, pn = rng.randrange(2, 20), rng.randrange(10, 300)
        parcels.append(parcel(sh, pn, a, use, com, i, term="50 năm", origin=origin))
        parts.append("%d. %s %s, sinh năm %d, CMND số %s, được giao thửa đất số %d, tờ bản "
                     "đồ số %d, diện tích %s m², %s (%s)" %
                     (i + 1, "Ông" if g == "M" else "Bà", name, by, idn, pn, sh, vn_area(a),
                      USES[use].lower(), use))
    doc.para("Giao đất sản xuất nông nghiệp cho các hộ gia đình, cá nhân tại %s, %s như sau: "
             % (lower_type(cname), lower_type(dist.name)) + "; ".join(parts) + ".",
             lead="Điều 1. ")
    doc.para("Thời hạn sử dụng: 50 năm. Nguồn gốc sử dụng: %s." % origin, indent=90)
    doc.para("Giao Phòng Tài nguyên và Môi trường huyện chỉ đạo Văn phòng đăng ký đất đai "
             "chi nhánh huyện chỉnh lý hồ sơ địa chính.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
             "huyện, Chủ tịch UBND %s và các hộ có tên tại Điều 1 chịu trách nhiệm thi "
             "hành Quyết định này./." % lower_type(cname), lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "prose-owners-run-in-one-paragraph", "2016-2025", "p1")


def p_two_articles(rng):
    """Allocation whose Điều 1 and Điều 2 each give a parcel; the date
    written 'ngày 05/3/2019'; the parcel's address."""
    dist = District("Vị Thanh", "Hậu Giang")
    y, m, d = 2019, 3, 5
    com, cname = dist.commune(rng)
    subject = "Về việc giao đất cho bà %s"
    g = "F"
    name = person_name(rng, g)
    subject = subject % name
    doc, dec = opening(rng, dist.name, "giao-dat", (y, m, d), subject, "Vollkorn",
                       size=50, dated="ngày %02d/%d/%d" % (d, m, y))
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường thành phố.")
    bd = (rng.randrange(1960, 1990), rng.randrange(1, 13), rng.randrange(1, 29))
    idn = cccd(rng, "93", g, bd[0])
    addr = "khu vực %d, %s, %s" % (rng.randrange(1, 9), lower_type(cname), lower_type(dist.name))
    owners = [owner(name, g, com, birth_year=bd[0], birth_date="%04d-%02d-%02d" % bd,
                    id_number=idn, id_type="cccd", address=addr)]
    a1, a2 = area(rng, 90, 250), area(rng, 900, 3000)
    s1, p1 = rng.randrange(3, 30), rng.randrange(10, 500)
    s2, p2 = rng.randrange(3, 30), rng.randrange(10, 500)
    pa1 = "ấp %s, %s" % (rng.choice(VILLAGES), lower_type(cname))
    o1 = "Nhà nước giao đất có thu tiền sử dụng đất"
    o2 = "Nhà nước giao đất không thu tiền sử dụng đất"
    parcels = [parcel(s1, p1, a1, "ODT", com, 0, term="Lâu dài", origin=o1, address=pa1),
               parcel(s2, p2, a2, "CLN", com, 0, term="50 năm", origin=o2)]
    doc.para("Giao cho bà %s, sinh ngày %02d/%02d/%d, Căn cước công dân số %s, thường trú "
             "tại %s, thửa đất số %d, tờ bản đồ số %d, diện tích %s m², địa chỉ thửa đất: "
             "%s; mục đích sử dụng: Đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài; "
             "nguồn gốc sử dụng: %s." % (name, bd[2], bd[1], bd[0], idn, addr, p1, s1,
                                          vn_area(a1), pa1, o1), lead="Điều 1. ")
    doc.para("Giao tiếp cho bà %s thửa đất số %d, tờ bản đồ số %d, diện tích %s m²; mục "
             "đích sử dụng: Đất trồng cây lâu năm (CLN); thời hạn sử dụng: 50 năm; nguồn "
             "gốc sử dụng: %s." % (name, p2, s2, vn_area(a2), o2), lead="Điều 2. ")
    doc.para("Bà %s có trách nhiệm nộp tiền sử dụng đất, lệ phí trước bạ theo quy định."
             % name, lead="Điều 3. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thành "
             "phố, Trưởng phòng Tài nguyên và Môi trường và bà %s chịu trách nhiệm thi hành "
             "Quyết định này./." % name, lead="Điều 4. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "prose-parcels-in-two-articles", "2016-2025", "p2")


def p_household_four(rng):
    """Recognition for a household of four (the head, his wife, a son and
    a daughter), dash lines, one address for all."""
    dist = District("Nghĩa Lộ", "Yên Bái")
    y, m, d = 2023, 5, 18
    com, cname = dist.commune(rng)
    subject = "Về việc công nhận quyền sử dụng đất cho hộ gia đình"
    doc, dec = opening(rng, dist.name, "cong-nhan", (y, m, d), subject, "Inter", size=50)
    grounds(doc, authority(dist.name), LAW15,
            "Xét hồ sơ đề nghị công nhận quyền sử dụng đất của hộ gia đình và đề nghị "
            "của Trưởng phòng Tài nguyên và Môi trường thị xã.")
    addr = "%s, %s, %s" % (village(rng, "bản"), lower_type(cname), lower_type(dist.name))
    head = person_name(rng, "M", "thai")
    fam = head.split()[0]
    wife = person_name(rng, "F", "thai")
    son = "%s Văn %s" % (fam, person_name(rng, "M", "thai").split()[-1])
    dau = "%s Thị %s" % (fam, person_name(rng, "F", "thai").split()[-1])
    people = [(head, "M", birth(rng, 1958, 1968), None), (wife, "F", birth(rng, 1960, 1970), "vợ"),
              (son, "M", birth(rng, 1986, 1996), "con"), (dau, "F", birth(rng, 1990, 2001), "con")]
    owners = []
    doc.para("Công nhận quyền sử dụng đất cho hộ gia đình ông %s, gồm 4 thành viên có "
             "chung quyền sử dụng đất:" % head, lead="Điều 1. ")
    for i, (nm, g, by, rel) in enumerate(people):
        idn = cccd(rng, "15", g, by)
        owners.append(owner(nm, g, com, birth_year=by, id_number=idn, id_type="cccd",
                            address=addr, household=(i == 0),
                            spouse={0: 1, 1: 0}.get(i)))
        doc.para("- %s %s%s, sinh năm %d, CCCD số %s;" %
                 ("Ông" if g == "M" else "Bà", nm, " (%s)" % rel if rel else "", by, idn),
                 indent=150, hang=180, justify=False)
    doc.para("Cùng thường trú tại: %s." % addr, indent=150)
    a = area(rng, 250, 900)
    sh, pn = rng.randrange(5, 40), rng.randrange(40, 800)
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    parcels = [parcel(sh, pn, a, "ONT", com, 0, term="Lâu dài", origin=origin)]
    doc.para("Đối với thửa đất số %d, tờ bản đồ số %d, diện tích %s m²; mục đích sử dụng: "
             "Đất ở tại nông thôn (ONT); thời hạn sử dụng: Lâu dài; nguồn gốc sử dụng: %s."
             % (pn, sh, vn_area(a), origin), indent=90)
    doc.para("Giao Văn phòng đăng ký đất đai chi nhánh thị xã cập nhật, chỉnh lý hồ sơ địa "
             "chính theo quy định.", lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "prose-household-of-four", "2016-2025", "p3")


def p_certificate_house(rng):
    """A certificate with a house, the month of the date in words, the
    parcel as '+' items."""
    dist = District("Hồng Lĩnh", "Hà Tĩnh")
    y, m, d = 2021, 8, 12
    com, cname = dist.commune(rng)
    subject = "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất"
    doc, dec = opening(rng, dist.name, "cap-gcn", (y, m, d), subject, "Vollkorn",
                       size=48, dated=date_words(y, m, d))
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Văn phòng đăng ký đất đai chi nhánh thị xã.")
    g = "M"
    name = person_name(rng, g)
    bd = (rng.randrange(1955, 1985), rng.randrange(1, 13), rng.randrange(1, 29))
    idn = cccd(rng, "42", g, bd[0])
    addr = "tổ dân phố %d, %s, %s" % (rng.randrange(1, 12), lower_type(cname), lower_type(dist.name))
    owners = [owner(name, g, com, birth_year=bd[0], birth_date="%04d-%02d-%02d" % bd,
                    id_number=idn, id_type="cccd", address=addr)]
    a = area(rng, 120, 380)
    sh, pn = rng.randrange(5, 40), rng.randrange(40, 800)
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    paddr = "tổ dân phố %d, %s" % (rng.randrange(1, 12), lower_type(cname))
    parcels = [parcel(sh, pn, a, "ODT", com, 0, term="Lâu dài", origin=origin, address=paddr)]
    ba = round(a * rng.uniform(0.35, 0.6), 1)
    fl = rng.choice([2, 3])
    house = {"building_area": ba, "floor_area": round(ba * fl, 1),
             "structure": "Khung bê tông cốt thép, mái ngói", "floors": fl,
             "year_built": rng.randrange(2005, 2020)}
    doc.para("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn "
             "liền với đất cho ông %s, sinh ngày %02d/%02d/%d, CCCD số %s, địa chỉ thường "
             "trú: %s, như sau:" % (name, bd[2], bd[1], bd[0], idn, addr), lead="Điều 1. ")
    items = ["Thửa đất số: %d; Tờ bản đồ số: %d;" % (pn, sh),
             "Địa chỉ thửa đất: %s;" % paddr,
             "Diện tích: %s m²; hình thức sử dụng: Sử dụng riêng;" % vn_area(a),
             "Mục đích sử dụng: Đất ở tại đô thị (ODT);",
             "Thời hạn sử dụng: Lâu dài;",
             "Nguồn gốc sử dụng: %s;" % origin,
             "Nhà ở riêng lẻ: diện tích xây dựng %s m², diện tích sàn %s m², kết cấu: %s, "
             "số tầng: %d, năm hoàn thành xây dựng: %d." %
             (vn_area(ba), vn_area(house["floor_area"]), house["structure"], fl,
              house["year_built"])]
    for it in items:
        doc.para("+ " + it, indent=120, hang=165)
    doc.para("Ông %s có trách nhiệm thực hiện nghĩa vụ tài chính theo quy định." % name,
             lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng), vice=True)
    return finish(doc, dec, owners, parcels, "prose-certificate-month-in-words", "2016-2025",
                  "p4", house=house)


def p_extension(rng):
    """A lease extended (gia hạn) for a woman, 'Đến ngày ...', the 2024
    law's HNK."""
    dist = District("Đơn Dương", "Lâm Đồng")
    y, m, d = 2024, 10, 21
    com, cname = dist.commune(rng)
    subject = "Về việc gia hạn thời gian thuê đất"
    doc, dec = opening(rng, dist.name, "cho-thue", (y, m, d), subject, "Inter", size=54)
    grounds(doc, authority(dist.name), LAW24,
            "Xét đơn đề nghị gia hạn sử dụng đất và đề nghị của Trưởng phòng Tài nguyên "
            "và Môi trường huyện.")
    g = "F"
    name = person_name(rng, g)
    by = birth(rng)
    idn = cccd(rng, "68", g, by)
    addr = "%s, %s, %s" % (village(rng), lower_type(cname), lower_type(dist.name))
    owners = [owner(name, g, com, birth_year=by, id_number=idn, id_type="cccd", address=addr)]
    a = area(rng, 2000, 9000)
    sh, pn = rng.randrange(5, 40), rng.randrange(40, 800)
    term = "Đến ngày %02d/%02d/%d" % (d, m, y + 50)
    origin = "Nhà nước cho thuê đất trả tiền thuê đất hàng năm"
    parcels = [parcel(sh, pn, a, "HNK", com, 0, term=term, origin=origin,
                      address=lower_type(cname))]
    doc.para("Gia hạn thời gian thuê đất cho bà %s, sinh năm %d, CCCD số %s, thường trú tại "
             "%s, đối với thửa đất số %d, tờ bản đồ số %d, diện tích %s m² tại %s." %
             (name, by, idn, addr, pn, sh, vn_area(a), lower_type(cname)), lead="Điều 1. ")
    doc.para("Mục đích sử dụng: Đất trồng cây hàng năm khác (HNK).", indent=90)
    doc.para("Thời hạn thuê đất: %s." % term, indent=90)
    doc.para("Hình thức: %s." % origin, indent=90)
    doc.para("Bà %s có trách nhiệm ký lại hợp đồng thuê đất và nộp tiền thuê đất theo quy "
             "định." % name, lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "prose-lease-extension", "2016-2025", "p5")


def p_hand_filled(rng):
    """A ward after July 2025 recognises a man's land; the number, day and
    month written by hand on the typed dotted line."""
    com = Commune("Bắc Ninh", "Phường", rng)
    unit = com.name
    y, m, d = 2025, 10, rng.randrange(3, 28)
    subject = "Về việc công nhận quyền sử dụng đất"
    doc, _, dec = base(rng, unit, "cong-nhan", y, m, d, subject, "Vollkorn", size=52)
    num = "%d/QĐ-UBND" % rng.randrange(12, 99)
    dec["number"] = num
    heading(doc, unit, num, place_of(unit), None, above="Tỉnh Bắc Ninh",
            hand=(num.split("/")[0], str(d), str(m), y, "/QĐ-UBND"))
    title(doc, subject)
    grounds(doc, authority(unit), LAW24,
            "Xét đề nghị của Phòng Kinh tế, Hạ tầng và Đô thị phường.")
    g = "M"
    name = person_name(rng, g)
    by = birth(rng)
    idn = cccd(rng, com.olds[0], g, by)
    addr = "tổ dân phố %s, %s, tỉnh Bắc Ninh" % (rng.choice(VILLAGES), lower_type(unit))
    owners = [owner(name, g, com.code, birth_year=by, id_number=idn, id_type="cccd",
                    address=addr)]
    a = area(rng, 60, 260)
    sh, pn = rng.randrange(5, 40), rng.randrange(40, 800)
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    parcels = [parcel(sh, pn, a, "ODT", com.code, 0, term="Lâu dài", origin=origin)]
    doc.para("Công nhận quyền sử dụng đất cho ông %s, sinh năm %d, CCCD số %s, thường trú "
             "tại %s, đối với thửa đất số %d, tờ bản đồ số %d, diện tích %s m²; mục đích sử "
             "dụng: Đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài; nguồn gốc sử dụng: %s."
             % (name, by, idn, addr, pn, sh, vn_area(a), origin), lead="Điều 1. ")
    doc.para("Văn phòng đăng ký đất đai tỉnh cập nhật hồ sơ địa chính theo quy định.",
             lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, ["Như Điều 3;", "Lưu: VT."], "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, owners, parcels, "prose-hand-filled-ward", "post-2025-07", "p6")


def p_council(rng):
    """Not a land record: a council for compensation set up, its members."""
    dist = District("Bình Minh", "Vĩnh Long")
    y, m, d = 2017, 2, 27
    subject = "Về việc thành lập Hội đồng bồi thường, hỗ trợ và tái định cư dự án Khu dân cư Đông Thành"
    doc, dec = opening(rng, dist.name, "other", (y, m, d), subject, "Inter", size=50)
    grounds(doc, authority(dist.name), LAW15,
            "Xét đề nghị của Trưởng phòng Nội vụ thị xã.")
    doc.para("Thành lập Hội đồng bồi thường, hỗ trợ và tái định cư dự án Khu dân cư Đông "
             "Thành, gồm các thành viên sau:", lead="Điều 1. ")
    for role in ("Chủ tịch Hội đồng: Phó Chủ tịch UBND thị xã", "Phó Chủ tịch Hội đồng: "
                 "Trưởng phòng Tài nguyên và Môi trường", "Thành viên: Trưởng phòng Tài chính "
                 "- Kế hoạch", "Thành viên: Chủ tịch UBND các xã, phường có đất thu hồi"):
        doc.para("- " + role + ";", indent=150, hang=180, justify=False)
    doc.para("Hội đồng có nhiệm vụ lập phương án bồi thường, hỗ trợ và tái định cư trình "
             "cấp có thẩm quyền phê duyệt; tự giải thể sau khi hoàn thành nhiệm vụ.",
             lead="Điều 2. ")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký./.", lead="Điều 3. ")
    closing(doc, RECIP, "CHỦ TỊCH", signer(rng))
    return finish(doc, dec, [], [], "prose-council-not-land", "2016-2025", "p7")


DOCS = [t_two_row_header, t_booktabs, t_cards, t_split_row, t_change_of_use,
        t_resettlement, t_commune_2025, p_run_in_owners, p_two_articles,
        p_household_four, p_certificate_house, p_extension, p_hand_filled, p_council]
