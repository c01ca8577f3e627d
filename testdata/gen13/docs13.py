"""docs13: the fourteen decisions of family 13.  Each function takes a
random.Random and returns (Doc, Truth, meta) where meta gives the kind, the
era, the layout and the face."""
from lay13 import Doc, Table, Col, SEP
from parts13 import Truth, header, title, grounds, sign
import units13 as u

LAW13 = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
LAW24 = "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"
GOV15 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
GOV25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
ND43 = ("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
        "quy định chi tiết thi hành một số điều của Luật Đất đai;")
ND47 = ("Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
        "quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;")
ND102 = ("Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ "
         "quy định chi tiết thi hành một số điều của Luật Đất đai;")
ND151 = ("Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ "
         "quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh "
         "vực đất đai;")
HAMLET = ["Đồng Sen", "Bãi Trữ", "Gò Mít", "Trung Lương", "Phú Mỹ", "Cây Da",
          "Hòa Lạc", "Vĩnh Xuân", "Nà Pàn", "Tân Lập", "Rạch Gốc", "Bến Đình"]
SIGNERS = u.FULL


def dated(rng, year, months, days, nums, suffix):
    """A date of year (month and day drawn from the ranges), a number drawn
    from nums, and the decision number "<num>/<suffix>"."""
    date = "%d-%02d-%02d" % (year, rng.randint(*months), rng.randint(*days))
    num = rng.randint(*nums)
    return date, num, "%d/%s" % (num, suffix)


def closing(doc, rng, articles, lines, to):
    """The last articles (Điều 2., Điều 3. ...) and the signature: lines
    over the signer's name, Nơi nhận to."""
    for k, a in enumerate(articles, 2):
        doc.para(a, lead="Điều %d." % k)
    sign(doc, lines, rng.choice(SIGNERS), to)


def sex_word(s, cap=True):
    w = "Ông" if s == "M" else "Bà"
    return w if cap else w.lower()


def owners_of(rng, n, used):
    return [u.person(rng, used=used) for _ in range(n)]


def committee_lines(level, name, parent=None):
    """The issuer block: an optional parent body, then ỦY BAN NHÂN DÂN and
    the unit (bold)."""
    out = [(parent.upper(), "r")] if parent else []
    out += [("ỦY BAN NHÂN DÂN", "b" if not parent else "b"),
            ((level + " " + name).upper(), "b")]
    return out


def sheet_no(rng):
    return rng.randint(2, 48), rng.randint(12, 980)


# 1 -----------------------------------------------------------------------------
def d_unruled(rng):
    """A recovery whose table has no rules at all: the columns stand by
    alignment, the area first, the number before the sheet, the name last."""
    p = u.place(rng, "Bắc Giang", "Yên Thế")
    date, num, number = dated(rng, 2019, (3, 11), (2, 27), (1100, 3999), "QĐ-UBND")
    issuer = "Ủy ban nhân dân huyện Yên Thế"
    subj = "Về việc thu hồi đất để xây dựng công trình đường giao thông liên xã"
    t = Truth(number, date, issuer, "thu-hoi", subj + " tại " + p.low("commune"))
    doc = Doc("termes", 13)
    header(doc, committee_lines("huyện", "Yên Thế"), number, "Yên Thế", date)
    title(doc, [subj, "tại " + p.low("commune")])
    grounds(doc, "ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ",
            [GOV15, LAW13, ND43, ND47],
            "Xét đề nghị của Phòng Tài nguyên và Môi trường huyện tại Tờ trình số %d/TTr-TNMT."
            % rng.randint(20, 300))
    doc.para("Thu hồi %d thửa đất của các hộ gia đình, cá nhân đang sử dụng tại %s, %s "
             "để xây dựng công trình đường giao thông liên xã, chi tiết như sau:"
             % (7, p.low("commune"), p.low("district")), lead="Điều 1.")
    cols = [Col("TT", 0.45, "c"), Col("Diện tích thu hồi (m²)", 1.55, "r"),
            Col("Thửa số", 0.85, "r"), Col("Tờ bản đồ", 0.85, "r"),
            Col("Loại đất", 0.85, "c"), Col("Họ và tên người sử dụng đất", 2.6, "l")]
    tb = Table(doc, cols, "none", size=12.5, pad=12)
    tb.header()
    used = set()
    for i, (name, sx) in enumerate(owners_of(rng, 7, used)):
        sh, no = sheet_no(rng)
        a = u.area(rng, 60, 2400)
        use = rng.choice(["LUC", "BHK", "CLN", "ONT"])
        h = t.owner(name, sx, p.code)
        t.parcel(h, sh, no, a, use, p.code)
        tb.row([str(i + 1), u.vn(a), str(no), str(sh), use, sex_word(sx) + " " + name])
    tb.close()
    doc.para("Giao Ủy ban nhân dân %s quản lý diện tích đất đã thu hồi nêu tại Điều 1; "
             "Văn phòng Đăng ký đất đai chi nhánh huyện chỉnh lý hồ sơ địa chính." % p.low("commune"),
             lead="Điều 2.")
    doc.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, "
             "Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND %s và các hộ gia đình, "
             "cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./." % p.low("commune"),
             lead="Điều 3.")
    sign(doc, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], rng.choice(SIGNERS),
         ["- Như Điều 3;", "- Sở TN&MT tỉnh;", "- Lưu: VT, TNMT."])
    return doc, t, {"era": "2016-2025", "layout": "table-unruled-area-first", "font": "TeX Gyre Termes"}


# 2 -----------------------------------------------------------------------------
def d_zebra(rng):
    """A recovery in a table of shaded rows with no vertical rules, a holder's
    address over several lines and a long Ghi chú."""
    p = u.place(rng, "Khánh Hòa", "Ninh Hòa")
    date, num, number = dated(rng, 2021, (1, 12), (1, 28), (400, 2900), "QĐ-UBND")
    subj = "Về việc thu hồi đất thực hiện dự án Khu dân cư phía Tây"
    t = Truth(number, date, "Ủy ban nhân dân thị xã Ninh Hòa", "thu-hoi", subj)
    doc = Doc("heros", 12, lead=1.36)
    header(doc, committee_lines("thị xã", "Ninh Hòa"), number, "Ninh Hòa", date, drop=34)
    title(doc, [subj])
    grounds(doc, "ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA",
            [GOV15, LAW13, ND43,
             "Căn cứ Quyết định số %d/QĐ-UBND ngày 14 tháng 01 năm %d của UBND tỉnh Khánh Hòa "
             "phê duyệt kế hoạch sử dụng đất năm %d của thị xã Ninh Hòa;"
             % (rng.randint(30, 200), int(date[:4]), int(date[:4]))],
            "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường thị xã.")
    doc.para("Thu hồi đất của các hộ gia đình, cá nhân tại %s để thực hiện dự án Khu dân "
             "cư phía Tây, cụ thể như sau:" % p.low("commune"), lead="Điều 1.")
    cols = [Col("STT", 0.5, "c"), Col("Họ và tên", 1.7), Col("Địa chỉ thường trú", 1.9),
            Col("Tờ\nbản đồ", 0.6, "c"), Col("Thửa\nđất", 0.6, "c"),
            Col("Diện tích\n(m²)", 0.95, "r"), Col("Ghi chú", 2.0)]
    tb = Table(doc, cols, "zebra", size=11, pad=14)
    tb.header()
    notes = ["Thu hồi toàn bộ thửa đất; hộ tự tháo dỡ tài sản trên đất",
             "Đất trồng lúa, đã hoàn thành kiểm đếm ngày 12 tháng 5",
             "Thửa đất đang có tranh chấp ranh giới với hộ liền kề, tạm giữ tiền bồi thường",
             "Thu hồi toàn bộ thửa đất",
             "Hộ đề nghị được giao đất tái định cư tại khu phía Đông",
             "Đất trồng cây hằng năm; tài sản trên đất gồm hàng rào và giếng nước",
             "Thu hồi toàn bộ thửa đất",
             "Đã có Giấy chứng nhận; hộ nộp bản gốc khi nhận tiền bồi thường"]
    used = set()
    for i, (name, sx) in enumerate(owners_of(rng, 8, used)):
        sh, no = sheet_no(rng)
        a = u.area(rng, 90, 1900)
        addr = "thôn %s, %s, thị xã Ninh Hòa" % (rng.choice(HAMLET), p.low("commune"))
        h = t.owner(name, sx, p.code, address=addr)
        t.parcel(h, sh, no, a, None, p.code)
        tb.row([str(i + 1), sex_word(sx) + " " + name, addr, str(sh), str(no), u.vn(a), notes[i]])
    tb.close()
    doc.para("Giao Ủy ban nhân dân %s quản lý quỹ đất đã thu hồi; Phòng Tài nguyên và Môi "
             "trường cập nhật, chỉnh lý biến động đất đai theo quy định." % p.low("commune"),
             lead="Điều 2.")
    doc.para("Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Tài nguyên và Môi trường và "
             "các hộ gia đình, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
             "này kể từ ngày ký./.", lead="Điều 3.")
    sign(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], rng.choice(SIGNERS),
         ["- Như Điều 3;", "- Lưu: VT."])
    return doc, t, {"era": "2016-2025", "layout": "table-zebra-address-notes", "font": "TeX Gyre Heros"}


# 3 -----------------------------------------------------------------------------
def d_continued(rng):
    """A recovery whose ruled table, set smaller than the body, runs onto
    page 2: the holder cut by the page has "(tiếp theo)" there."""
    p = u.place(rng, "Quảng Nam", "Tam Kỳ")
    date, num, number = dated(rng, 2017, (1, 12), (1, 28), (100, 999), "QĐ-UBND")
    subj = "Về việc thu hồi đất để thực hiện dự án Kè chống sạt lở bờ sông Bàn Thạch"
    t = Truth(number, date, "Ủy ban nhân dân thành phố Tam Kỳ", "thu-hoi", subj)
    doc = Doc("pagella", 13)
    header(doc, committee_lines("thành phố", "Tam Kỳ"), number, "Tam Kỳ", date)
    title(doc, ["Về việc thu hồi đất để thực hiện dự án", "Kè chống sạt lở bờ sông Bàn Thạch"])
    grounds(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ TAM KỲ",
            [GOV15, LAW13, ND43, ND47,
             "Căn cứ Thông tư số 30/2014/TT-BTNMT ngày 02 tháng 6 năm 2014 của Bộ Tài nguyên "
             "và Môi trường quy định về hồ sơ giao đất, cho thuê đất, chuyển mục đích sử dụng "
             "đất, thu hồi đất;",
             "Căn cứ Thông báo thu hồi đất số %d/TB-UBND của UBND thành phố;" % rng.randint(10, 99)],
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số %d/TTr-TNMT."
            % rng.randint(100, 700))
    doc.para("Thu hồi đất của các hộ gia đình, cá nhân tại %s, thành phố Tam Kỳ để thực "
             "hiện dự án Kè chống sạt lở bờ sông Bàn Thạch. Vị trí, diện tích các thửa đất "
             "thu hồi như sau:" % p.low("commune"), lead="Điều 1.")
    cols = [Col("STT", 0.5, "c"), Col("Họ và tên chủ sử dụng", 2.2),
            Col("Thửa đất số", 0.9, "c"), Col("Tờ bản đồ số", 0.9, "c"),
            Col("Diện tích thu hồi (m²)", 1.2, "r"), Col("Loại đất", 0.8, "c")]
    state = {"holder": None}

    def cont(cells):
        if not cells[1] and state["holder"]:
            return [cells[0], state["holder"] + "\n(tiếp theo)"] + cells[2:]
        return cells
    tb = Table(doc, cols, "grid", size=10.5, pad=12, cont=cont)
    tb.header()
    used = set()
    counts = [2, 1, 3, 2, 4, 1, 2, 3]
    for i, n in enumerate(counts):
        name, sx = u.person(rng, used=used)
        h = t.owner(name, sx, p.code)
        state["holder"] = sex_word(sx) + " " + name
        for k in range(n):
            sh, no = sheet_no(rng)
            a = u.area(rng, 40, 1300)
            use = rng.choice(["LUC", "BHK", "NTS"])
            t.parcel(h, sh, no, a, use, p.code)
            tb.row([str(i + 1) if k == 0 else "", state["holder"] if k == 0 else "",
                    str(no), str(sh), u.vn(a), use], new_page=(i, k) == (4, 2))
    tb.close()
    doc.para("Giao Ủy ban nhân dân %s quản lý diện tích đất đã thu hồi." % p.low("commune"),
             lead="Điều 2.")
    doc.para("Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Tài nguyên và Môi trường, "
             "Chủ tịch UBND %s và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
             "định này./." % p.low("commune"), lead="Điều 3.")
    sign(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], rng.choice(SIGNERS),
         ["- Như Điều 3;", "- UBND tỉnh (b/c);", "- Lưu: VT."])
    return doc, t, {"era": "2016-2025", "layout": "table-continued-holder-small", "font": "TeX Gyre Pagella"}


# 4 -----------------------------------------------------------------------------
def d_orgs(rng):
    """A province's recovery from organisations (companies, a cooperative,
    a school) with their tax codes, after July 2025; a frame with
    horizontal rules only; areas right-aligned."""
    p = u.new_place(rng, "Tuyên Quang", "Xã")
    date, num, number = dated(rng, 2025, (8, 11), (1, 28), (1200, 4800), "QĐ-UBND")
    subj = "Về việc thu hồi đất của các tổ chức để thực hiện dự án Cụm công nghiệp"
    t = Truth(number, date, "Ủy ban nhân dân tỉnh Tuyên Quang", "thu-hoi", subj)
    doc = Doc("schola", 12.5)
    header(doc, [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH TUYÊN QUANG", "b")], number,
           "Tuyên Quang", date)
    title(doc, ["Về việc thu hồi đất của các tổ chức để thực hiện", "dự án Cụm công nghiệp " + p.short("commune")])
    t.decision["title"] = subj + " " + p.short("commune")
    grounds(doc, "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
            [GOV25, LAW24, ND102, ND151],
            "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số %d/TTr-SNNMT."
            % rng.randint(200, 900))
    doc.para("Thu hồi đất của các tổ chức đang sử dụng tại %s, tỉnh Tuyên Quang để thực "
             "hiện dự án Cụm công nghiệp %s, gồm:" % (p.low("commune"), p.short("commune")),
             lead="Điều 1.")
    cols = [Col("TT", 0.45, "c"), Col("Tên tổ chức sử dụng đất", 2.4), Col("Mã số thuế", 1.25, "c"),
            Col("Thửa đất số", 0.8, "r"), Col("Tờ bản đồ số", 0.8, "r"),
            Col("Diện tích (m²)", 1.2, "r"), Col("Loại đất", 0.7, "c")]
    tb = Table(doc, cols, "frame", size=11, pad=14)
    tb.header()
    orgs = ["Công ty TNHH Chế biến lâm sản %s" % rng.choice(["Hưng Phát", "Tân Thành", "Đại Việt"]),
            "Hợp tác xã nông nghiệp %s" % p.short("commune"),
            "Trường Tiểu học %s" % p.short("commune"),
            "Công ty cổ phần Vật liệu xây dựng %s" % rng.choice(["Sông Lô", "Lô Gâm", "Phù Lưu"])]
    for i, name in enumerate(orgs):
        sh, no = sheet_no(rng)
        a = u.area(rng, 1500, 42000)
        use = ["SKC", "HNK", "DGD", "SKC"][i]
        ms = u.tax(rng)
        h = t.owner(name, None, p.code, organisation=True)
        t.parcel(h, sh, no, a, use, p.code)
        tb.row([str(i + 1), name, ms, str(no), str(sh), u.vn(a), use])
    tb.close()
    closing(doc, rng, [
        "Các tổ chức có tên tại Điều 1 có trách nhiệm bàn giao đất cho Trung tâm Phát triển "
        "quỹ đất tỉnh trong thời hạn 30 ngày kể từ ngày nhận được Quyết định này.",
        "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch UBND %s "
        "và các tổ chức có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
        % p.low("commune")],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ["- Như Điều 3;", "- Lưu: VT, NNMT."])
    return doc, t, {"era": "post-2025-07", "layout": "table-organisations-taxcode", "font": "TeX Gyre Schola"}


# 5 -----------------------------------------------------------------------------
def d_households(rng):
    """A commune's recovery after July 2025: numbered paragraphs, each a
    household of two members named in one sentence ("Hộ ông A và bà B")."""
    p = u.new_place(rng, "Đồng Tháp", "Xã")
    date, num, number = dated(rng, 2025, (7, 11), (1, 28), (10, 480), "QĐ-UBND")
    subj = "Về việc thu hồi đất để mở rộng tuyến đường ĐT.864"
    t = Truth(number, date, "Ủy ban nhân dân " + p.low("commune"), "thu-hoi", subj)
    doc = Doc("bonum", 12.5)
    header(doc, committee_lines("xã", p.short("commune")), number, p.short("commune"), date)
    title(doc, [subj])
    grounds(doc, "ỦY BAN NHÂN DÂN " + p.commune.upper(), [GOV25, LAW24, ND102, ND151],
            "Theo đề nghị của Trưởng phòng Kinh tế xã.")
    doc.para("Thu hồi đất của các hộ gia đình đang sử dụng tại %s để mở rộng tuyến đường "
             "ĐT.864, cụ thể:" % p.low("commune"), lead="Điều 1.")
    used = set()
    for i in range(4):
        a_name, _ = u.person(rng, "M", used)
        b_name, _ = u.person(rng, "F", used)
        ap = "ấp " + rng.choice(HAMLET)
        sh, no = sheet_no(rng)
        ar = u.area(rng, 50, 900)
        use = rng.choice(["LUC", "CLN", "ONT"])
        a = t.owner(a_name, "M", p.code, household=True, address=ap + ", " + p.low("commune"))
        # The household is its head's, as every family's truth gives it:
        # the second person named is a member, not a household of her own.
        t.owner(b_name, "F", p.code, address=ap + ", " + p.low("commune"))
        t.parcel(a, sh, no, ar, use, p.code)
        doc.para("Hộ ông %s và bà %s, cùng thường trú tại %s, %s: thu hồi thửa đất số %d, tờ "
                 "bản đồ số %d, diện tích %s m², loại đất %s."
                 % (a_name, b_name, ap, p.low("commune"), no, sh, u.vn(ar), use),
                 lead="%d." % (i + 1), lead_style="r", after=4)
    closing(doc, rng, [
        "Giao Phòng Kinh tế xã phối hợp với Văn phòng Đăng ký đất đai chỉnh lý hồ sơ "
        "địa chính theo quy định.",
        "Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế xã và các hộ gia đình có tên "
        "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ["- Như Điều 3;", "- Lưu: VT."])
    return doc, t, {"era": "post-2025-07", "layout": "list-household-two-names", "font": "TeX Gyre Bonum"}


# 6 -----------------------------------------------------------------------------
def d_two_columns(rng):
    """An allocation whose articles are set in two columns; the parcel in
    sub-points 1.1-1.5."""
    p = u.place(rng, "Hà Tĩnh", "Thạch Hà")
    date, num, number = dated(rng, 2012, (1, 12), (1, 28), (1000, 5000), "QĐ-UBND")
    subj = "Về việc giao đất ở cho hộ gia đình"
    t = Truth(number, date, "Ủy ban nhân dân huyện Thạch Hà", "giao-dat", subj)
    doc = Doc("termes", 12.5)
    header(doc, committee_lines("huyện", "Thạch Hà"), number, "Thạch Hà", date, drop=40)
    title(doc, [subj])
    grounds(doc, "ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ",
            ["Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
             "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
             "Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29 tháng 10 năm 2004 của Chính phủ về thi "
             "hành Luật Đất đai;"],
            "Xét đơn xin giao đất của hộ gia đình và đề nghị của Phòng Tài nguyên và Môi trường.")
    name, sx = u.person(rng, "M")
    year = rng.randint(1958, 1985)
    idn = u.cmnd(rng)
    ht = "xóm " + rng.choice(HAMLET)
    sh, no = sheet_no(rng)
    ar = u.area(rng, 150, 400)
    h = t.owner(name, "M", p.code, birth_year=year, id_number=idn, id_type="cmnd",
                household=True, address="%s, %s, huyện Thạch Hà" % (ht, p.low("commune")))
    t.parcel(h, sh, no, ar, "ONT", p.code, term="Lâu dài",
             address="%s, %s" % (ht, p.low("commune")))
    mid = (doc.x0 + doc.x1) // 2
    y0 = doc.y
    L = dict(x0=doc.x0, x1=mid - 40)
    R = dict(x0=mid + 40, x1=doc.x1)
    doc.para("Giao đất ở cho hộ ông %s, sinh năm %d, CMND số %s, thường trú tại %s, %s, "
             "huyện Thạch Hà, như sau:" % (name, year, idn, ht, p.low("commune")),
             lead="Điều 1.", indent=50, **L)
    for s in ["1.1. Thửa đất số %d, tờ bản đồ số %d;" % (no, sh),
              "1.2. Địa chỉ thửa đất: %s, %s;" % (ht, p.low("commune")),
              "1.3. Diện tích: %s m²;" % u.vn(ar),
              "1.4. Mục đích sử dụng: Đất ở tại nông thôn;",
              "1.5. Thời hạn sử dụng: Lâu dài."]:
        doc.para(s, indent=50, hang=50, justify=False, after=2, **L)
    yl = doc.y
    doc.y = y0
    doc.para("Hộ ông %s có trách nhiệm nộp tiền sử dụng đất theo quy định, sử dụng đất đúng "
             "mục đích và ranh giới được giao." % name, lead="Điều 2.", indent=50, **R)
    doc.para("Giao Phòng Tài nguyên và Môi trường bàn giao đất tại thực địa và lập hồ sơ "
             "cấp Giấy chứng nhận quyền sử dụng đất cho hộ gia đình.", lead="Điều 3.", indent=50, **R)
    doc.para("Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, "
             "Chủ tịch UBND %s và hộ ông %s chịu trách nhiệm thi hành Quyết định này./."
             % (p.low("commune"), name), lead="Điều 4.", indent=50, **R)
    doc.y = max(yl, doc.y) + 30
    sign(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], rng.choice(SIGNERS),
         ["- Như Điều 4;", "- Lưu: VT, TNMT."])
    return doc, t, {"era": "2004-2015", "layout": "prose-two-columns-subpoints", "font": "TeX Gyre Termes"}


# 7 -----------------------------------------------------------------------------
def d_lease(rng):
    """A province's lease to a company, numbered 1.-4. with "-" lines, a
    number with a suffix (QĐ-UBND.KT), a term up to a date."""
    p = u.place(rng, "Bình Định", "Phù Cát")
    date, num, number = dated(rng, 2015, (1, 12), (1, 28), (100, 4500), "QĐ-UBND.KT")
    subj = "Về việc cho Công ty cổ phần thuê đất để xây dựng nhà máy"
    t = Truth(number, date, "Ủy ban nhân dân tỉnh Bình Định", "cho-thue", subj)
    doc = Doc("heros", 12.5)
    header(doc, [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH BÌNH ĐỊNH", "b")], number, "Bình Định", date)
    title(doc, ["Về việc cho Công ty cổ phần Thủy sản Hoài Nhơn", "thuê đất để xây dựng nhà máy"])
    t.decision["title"] = "Về việc cho Công ty cổ phần Thủy sản Hoài Nhơn thuê đất để xây dựng nhà máy"
    grounds(doc, "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", [GOV15, LAW13, ND43],
            "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số %d/TTr-STNMT."
            % rng.randint(100, 800))
    company = "Công ty cổ phần Thủy sản Hoài Nhơn"
    sh, no = sheet_no(rng)
    ar = u.area(rng, 8000, 60000)
    end = "Đến ngày %02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), int(date[:4]) + 50)
    h = t.owner(company, None, p.code, organisation=True)
    t.parcel(h, sh, no, ar, "SKC", p.code, term=end,
             origin="Nhà nước cho thuê đất trả tiền thuê đất hằng năm")
    doc.para("Cho %s (mã số doanh nghiệp %s) thuê đất tại %s, huyện Phù Cát để xây dựng "
             "nhà máy chế biến thủy sản xuất khẩu." % (company, u.tax(rng), p.low("commune")),
             lead="Điều 1.")
    for s in ["1. Vị trí khu đất:",
              "- Thửa đất số %d, tờ bản đồ số %d;" % (no, sh),
              "2. Diện tích đất cho thuê: %s m²;" % u.vn(ar),
              "3. Mục đích sử dụng đất: Đất cơ sở sản xuất phi nông nghiệp (SKC);",
              "4. Thời hạn cho thuê đất: %s;" % end,
              "5. Hình thức: Nhà nước cho thuê đất trả tiền thuê đất hằng năm."]:
        doc.para(s, indent=90, hang=90, justify=False, after=2)
    closing(doc, rng, [
        "Giao Sở Tài nguyên và Môi trường ký hợp đồng thuê đất, bàn giao đất tại thực địa "
        "và cấp Giấy chứng nhận theo quy định.",
        "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài nguyên và Môi trường, Tài chính; "
        "Cục trưởng Cục Thuế tỉnh và Giám đốc %s chịu trách nhiệm thi hành Quyết định "
        "này./." % company],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ["- Như Điều 3;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, K10."])
    return doc, t, {"era": "2004-2015", "layout": "prose-numbered-dash-company", "font": "TeX Gyre Heros"}


# 8 -----------------------------------------------------------------------------
def d_recognition(rng):
    """A recognition for a couple: birth dates and personal IDs in brackets,
    a long Căn cứ block, dates written 05/3/2020."""
    p = u.place(rng, "Tiền Giang", "Mỹ Tho")
    date, num, number = dated(rng, 2020, (1, 12), (1, 9), (1000, 6000), "QĐ-UBND")
    subj = "Về việc công nhận quyền sử dụng đất"
    t = Truth(number, date, "Ủy ban nhân dân thành phố Mỹ Tho", "cong-nhan", subj)
    doc = Doc("pagella", 13)
    header(doc, committee_lines("thành phố", "Mỹ Tho"), number, "Mỹ Tho", date, slash=True)
    title(doc, [subj])
    grounds(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ MỸ THO",
            [GOV15, LAW13, ND43,
             "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ sửa đổi, bổ sung "
             "một số nghị định quy định chi tiết thi hành Luật Đất đai;",
             "Căn cứ Thông tư số 24/2014/TT-BTNMT ngày 19/5/2014 của Bộ Tài nguyên và Môi trường "
             "quy định về hồ sơ địa chính;",
             "Căn cứ Quyết định số %d/QĐ-UBND ngày 20/12/2019 của UBND tỉnh Tiền Giang về việc "
             "ban hành bảng giá đất;" % rng.randint(2000, 4000),
             "Căn cứ biên bản xác minh nguồn gốc sử dụng đất của UBND %s;" % p.low("commune")],
            "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường thành phố tại Tờ trình số "
            "%d/TTr-TNMT ngày %s." % (rng.randint(100, 900), u.dmy(date)[:-4] + date[:4]))
    a_name, _ = u.person(rng, "M")
    b_name, _ = u.person(rng, "F")
    ya, yb = rng.randint(1955, 1980), rng.randint(1958, 1984)
    da = "%d-%02d-%02d" % (ya, rng.randint(1, 12), rng.randint(1, 28))
    db = "%d-%02d-%02d" % (yb, rng.randint(1, 12), rng.randint(1, 28))
    ia, ib = u.cccd(rng, "82", "M", ya), u.cccd(rng, "82", "F", yb)
    addr = "số %d đường %s, %s" % (rng.randint(3, 280), rng.choice(["Ấp Bắc", "Lê Văn Phẩm",
                                                                      "Trần Hưng Đạo"]), p.low("commune"))
    a = t.owner(a_name, "M", p.code, birth_year=ya, birth_date=da, id_number=ia, id_type="cccd",
                address=addr, spouse=1)
    t.owner(b_name, "F", p.code, birth_year=yb, birth_date=db, id_number=ib, id_type="cccd",
            address=addr, spouse=0)
    sh, no = sheet_no(rng)
    ar = u.area(rng, 90, 320)
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    t.parcel(a, sh, no, ar, "ODT", p.code, term="Lâu dài", origin=origin)
    doc.para("Công nhận quyền sử dụng đất cho ông %s (sinh ngày %s, Căn cước công dân số %s) "
             "và vợ là bà %s (sinh ngày %s, Căn cước công dân số %s), cùng thường trú tại %s, "
             "đối với thửa đất số %d thuộc tờ bản đồ địa chính số %d, có diện tích %s m², mục "
             "đích sử dụng: Đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài."
             % (a_name, u.dmy(da), ia, b_name, u.dmy(db), ib, addr, no, sh, u.vn(ar)),
             lead="Điều 1.")
    doc.para("Nguồn gốc sử dụng: %s." % origin, indent=90)
    closing(doc, rng, [
        "Ông %s và bà %s có trách nhiệm thực hiện nghĩa vụ tài chính và kê khai đăng ký "
        "cấp Giấy chứng nhận theo quy định." % (a_name, b_name),
        "Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Tài nguyên và Môi trường, "
        "Chủ tịch UBND %s và ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
        "định này./." % p.low("commune")],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ["- Như Điều 3;", "- Lưu: VT."])
    return doc, t, {"era": "2016-2025", "layout": "prose-couple-bracketed-ids", "font": "TeX Gyre Pagella"}


# 9 -----------------------------------------------------------------------------
def d_certificate(rng):
    """A certificate for a woman with a house; the issuer in three lines,
    the province above the committee."""
    p = u.place(rng, "Lâm Đồng", "Đức Trọng")
    date, num, number = dated(rng, 2018, (1, 12), (1, 28), (2000, 7000), "QĐ-UBND")
    subj = ("Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác "
            "gắn liền với đất")
    t = Truth(number, date, "Ủy ban nhân dân huyện Đức Trọng", "cap-gcn", subj)
    doc = Doc("schola", 12.5)
    header(doc, committee_lines("huyện", "Đức Trọng", "Tỉnh Lâm Đồng"), number, "Đức Trọng", date)
    title(doc, ["Về việc cấp Giấy chứng nhận quyền sử dụng đất,",
                "quyền sở hữu nhà ở và tài sản khác gắn liền với đất"])
    grounds(doc, "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG", [GOV15, LAW13, ND43],
            "Xét đề nghị của Văn phòng Đăng ký đất đai chi nhánh Đức Trọng.")
    name, _ = u.person(rng, "F")
    year = rng.randint(1962, 1990)
    idn = u.cccd(rng, "68", "F", year)
    addr = "thôn %s, %s, huyện Đức Trọng" % (rng.choice(HAMLET), p.low("commune"))
    h = t.owner(name, "F", p.code, birth_year=year, id_number=idn, id_type="cccd", address=addr)
    sh, no = sheet_no(rng)
    ar = u.area(rng, 120, 450)
    t.parcel(h, sh, no, ar, "ONT", p.code, term="Lâu dài")
    ba = round(rng.uniform(60, 110), 1)
    fl = rng.choice([1, 2, 3])
    yb = rng.randint(2005, 2017)
    t.house = {"building_area": ba, "floor_area": round(ba * fl, 1),
               "structure": "Khung bê tông cốt thép, tường xây gạch, mái ngói", "floors": fl,
               "year_built": yb}
    doc.para("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn "
             "liền với đất cho bà %s, sinh năm %d, CCCD số %s, địa chỉ thường trú: %s, với "
             "các nội dung sau:" % (name, year, idn, addr), lead="Điều 1.")
    for s in ["1. Thửa đất: thửa đất số %d; tờ bản đồ số %d; diện tích %s m²; mục đích sử "
              "dụng: Đất ở tại nông thôn; thời hạn sử dụng: Lâu dài." % (no, sh, u.vn(ar)),
              "2. Nhà ở: diện tích xây dựng %s m²; diện tích sàn %s m²; kết cấu: %s; số tầng: "
              "%d; năm hoàn thành xây dựng: %d." % (u.vn(ba), u.vn(ba * fl), t.house["structure"], fl, yb)]:
        doc.para(s, indent=90)
    closing(doc, rng, [
        "Giao Văn phòng Đăng ký đất đai chi nhánh Đức Trọng trao Giấy chứng nhận cho người "
        "được cấp sau khi hoàn thành nghĩa vụ tài chính.",
        "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường và bà "
        "%s chịu trách nhiệm thi hành Quyết định này./." % name],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ["- Như Điều 3;", "- Lưu: VT, VPĐK."])
    return doc, t, {"era": "2016-2025", "layout": "prose-house-three-line-issuer", "font": "TeX Gyre Schola"}


# 10 ----------------------------------------------------------------------------
def d_change_table(rng):
    """Changes of use for three households in a ruled table with a column
    for the use before and one for the use after, after a sentence giving
    the total area (not a parcel)."""
    p = u.place(rng, "Trà Vinh", "Huyện Duyên Hải")
    date, num, number = dated(rng, 2023, (1, 12), (1, 28), (300, 3000), "QĐ-UBND")
    subj = "Về việc cho phép chuyển mục đích sử dụng đất"
    t = Truth(number, date, "Ủy ban nhân dân huyện Duyên Hải", "chuyen-muc-dich", subj)
    doc = Doc("termes", 13)
    header(doc, committee_lines("huyện", "Duyên Hải"), number, "Duyên Hải", date)
    title(doc, [subj])
    grounds(doc, "ỦY BAN NHÂN DÂN HUYỆN DUYÊN HẢI", [GOV15, LAW13, ND43],
            "Xét đơn đề nghị của các hộ gia đình, cá nhân và Tờ trình số %d/TTr-TNMT của Phòng "
            "Tài nguyên và Môi trường." % rng.randint(50, 400))
    used = set()
    rows = []
    for i in range(3):
        name, sx = u.person(rng, used=used)
        sh, no = sheet_no(rng)
        ar = u.area(rng, 100, 300)
        h = t.owner(name, sx, p.code)
        t.parcel(h, sh, no, ar, "CLN", p.code, land_use_to="ONT")
        rows.append([str(i + 1), sex_word(sx) + " " + name, str(sh), str(no), u.vn(ar), "CLN", "ONT"])
    total = sum(x["area"] for x in t.parcels)
    doc.para("Cho phép 03 hộ gia đình, cá nhân tại %s chuyển mục đích sử dụng %s m² đất từ đất "
             "trồng cây lâu năm sang đất ở tại nông thôn, cụ thể:" % (p.low("commune"), u.vn(total)),
             lead="Điều 1.")
    cols = [Col("STT", 0.5, "c"), Col("Người sử dụng đất", 2.2), Col("Tờ bản đồ số", 0.85, "c"),
            Col("Thửa đất số", 0.85, "c"), Col("Diện tích chuyển mục đích (m²)", 1.3, "r"),
            Col("Mục đích trước khi chuyển", 1.0, "c"), Col("Mục đích sau khi chuyển", 1.0, "c")]
    tb = Table(doc, cols, "grid", size=12, pad=14)
    tb.header()
    for r in rows:
        tb.row(r)
    tb.close()
    doc.para("Các hộ gia đình, cá nhân có tên tại Điều 1 có trách nhiệm nộp tiền sử dụng đất "
             "và đăng ký biến động đất đai theo quy định.", lead="Điều 2.")
    doc.para("Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ "
             "tịch UBND %s chịu trách nhiệm thi hành Quyết định này./." % p.low("commune"),
             lead="Điều 3.")
    sign(doc, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], rng.choice(SIGNERS),
         ["- Như Điều 3;", "- Chi cục Thuế;", "- Lưu: VT."])
    return doc, t, {"era": "2016-2025", "layout": "table-change-before-after", "font": "TeX Gyre Termes"}


# 11 ----------------------------------------------------------------------------
def d_correction(rng):
    """A ward's correction of an earlier decision's wording (not a land
    record), after July 2025."""
    p = u.new_place(rng, "Đà Nẵng", "Phường")
    date, num, number = dated(rng, 2025, (8, 11), (1, 28), (20, 900), "QĐ-UBND")
    subj = "Về việc đính chính Quyết định số %d/QĐ-UBND" % (num - rng.randint(3, 15))
    t = Truth(number, date, "Ủy ban nhân dân " + p.low("commune"), "other", subj)
    doc = Doc("bonum", 13)
    header(doc, committee_lines("phường", p.short("commune")), number, "Đà Nẵng", date)
    title(doc, [subj])
    grounds(doc, "ỦY BAN NHÂN DÂN " + p.commune.upper(),
            [GOV25, LAW24, ND151,
             "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công "
             "tác văn thư;"],
            "Theo đề nghị của Văn phòng HĐND và UBND phường.")
    doc.para("Đính chính nội dung tại trang 1 của %s ngày %s của Ủy ban nhân dân %s như "
             "sau:" % (subj[11:], u.date_long(date[:8] + "01"), p.low("commune")), lead="Điều 1.")
    doc.para("Đã ghi: \"dự án Công viên cây xanh khu vực phía Nam\".", indent=130)
    doc.para("Nay đính chính là: \"dự án Công viên cây xanh và hồ điều hòa khu vực phía Nam\".",
             indent=130)
    closing(doc, rng, [
        "Các nội dung khác của Quyết định giữ nguyên giá trị pháp lý.",
        "Chánh Văn phòng HĐND và UBND phường và các cơ quan, đơn vị có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ["- Như Điều 3;", "- Lưu: VT."])
    return doc, t, {"era": "post-2025-07", "layout": "prose-correction-ward", "font": "TeX Gyre Bonum"}


# 12 ----------------------------------------------------------------------------
def d_change_prose(rng):
    """A commune's change of use for "hộ ông A và bà B" after July 2025:
    the codes in brackets, the term after the change in the same sentence."""
    p = u.new_place(rng, "Thái Nguyên", "Xã")
    date, num, number = dated(rng, 2025, (8, 11), (1, 28), (10, 700), "QĐ-UBND")
    subj = "Về việc cho phép hộ gia đình chuyển mục đích sử dụng đất"
    t = Truth(number, date, "Ủy ban nhân dân " + p.low("commune"), "chuyen-muc-dich", subj)
    doc = Doc("heros", 12.5)
    header(doc, committee_lines("xã", p.short("commune")), number, p.short("commune"), date, drop=30)
    title(doc, ["Về việc cho phép hộ gia đình", "chuyển mục đích sử dụng đất"])
    grounds(doc, "ỦY BAN NHÂN DÂN " + p.commune.upper(), [GOV25, LAW24, ND102, ND151],
            "Theo đề nghị của Phòng Kinh tế xã tại Tờ trình số %d/TTr-KT." % rng.randint(5, 90))
    a_name, _ = u.person(rng, "M")
    b_name, _ = u.person(rng, "F")
    ht = "xóm " + rng.choice(HAMLET)
    sh, no = sheet_no(rng)
    ar = u.area(rng, 100, 250)
    a = t.owner(a_name, "M", p.code, household=True, address=ht + ", " + p.low("commune"))
    t.owner(b_name, "F", p.code, address=ht + ", " + p.low("commune"))
    t.parcel(a, sh, no, ar, "CLN", p.code, land_use_to="ONT", term="Lâu dài")
    doc.para("Cho phép hộ ông %s và bà %s, thường trú tại %s, %s, chuyển mục đích sử dụng "
             "toàn bộ thửa đất số %d, tờ bản đồ số %d, diện tích %s m², từ đất trồng cây lâu "
             "năm (CLN) sang đất ở tại nông thôn (ONT); thời hạn sử dụng đất sau khi chuyển "
             "mục đích: Lâu dài." % (a_name, b_name, ht, p.low("commune"), no, sh, u.vn(ar)),
             lead="Điều 1.")
    closing(doc, rng, [
        "Hộ ông %s có trách nhiệm nộp tiền sử dụng đất theo thông báo của cơ quan thuế và "
        "sử dụng đất đúng mục đích." % a_name,
        "Văn phòng HĐND và UBND xã, Phòng Kinh tế xã và hộ ông %s chịu trách nhiệm thi "
        "hành Quyết định này./." % a_name],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ["- Như Điều 3;", "- Thuế cơ sở;", "- Lưu: VT."])
    return doc, t, {"era": "post-2025-07", "layout": "prose-household-two-names-change", "font": "TeX Gyre Heros"}


# 13 ----------------------------------------------------------------------------
def d_side_by_side(rng):
    """A recovery whose list, on a landscape page 2, is set as two tables
    side by side (holders 1-6 at the left, 7-12 at the right)."""
    p = u.place(rng, "Hà Nội", "Sóc Sơn")
    date, num, number = dated(rng, 2022, (1, 12), (1, 28), (1000, 9000), "QĐ-UBND")
    subj = "Về việc thu hồi đất nông nghiệp để thực hiện dự án trạm bơm tiêu"
    t = Truth(number, date, "Ủy ban nhân dân huyện Sóc Sơn", "thu-hoi", subj)
    doc = Doc("heroscn", 13)
    header(doc, committee_lines("huyện", "Sóc Sơn"), number, "Sóc Sơn", date)
    title(doc, ["Về việc thu hồi đất nông nghiệp", "để thực hiện dự án trạm bơm tiêu"])
    grounds(doc, "ỦY BAN NHÂN DÂN HUYỆN SÓC SƠN", [GOV15, LAW13, ND43, ND47],
            "Xét đề nghị của Phòng Tài nguyên và Môi trường huyện.")
    used, rows = set(), []
    for k in range(12):
        name, sx = u.person(rng, used=used)
        sh, no = sheet_no(rng)
        ar = u.area(rng, 80, 1500)
        use = rng.choice(["LUC", "LUK", "NTS"])
        t.parcel(t.owner(name, sx, p.code), sh, no, ar, use, p.code)
        rows.append([str(k + 1), sex_word(sx) + " " + name, str(sh), str(no), u.vn(ar), use])
    total = u.vn(sum(x["area"] for x in t.parcels))
    doc.para("Thu hồi %s m² đất nông nghiệp của 12 hộ gia đình, cá nhân tại %s để thực hiện "
             "dự án trạm bơm tiêu (có Danh sách kèm theo)." % (total, p.low("commune")),
             lead="Điều 1.")
    closing(doc, rng, [
        "Giao UBND %s quản lý diện tích đất đã thu hồi." % p.low("commune"),
        "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường và các "
        "hộ có tên trong Danh sách chịu trách nhiệm thi hành Quyết định này./."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ["- Như Điều 3;", "- Lưu: VT."])
    doc.new_page(landscape=True)
    doc.line("DANH SÁCH CÁC HỘ GIA ĐÌNH, CÁ NHÂN BỊ THU HỒI ĐẤT", "c", "b", 13)
    doc.line("(Kèm theo Quyết định số %s ngày %s của UBND huyện Sóc Sơn)"
             % (number, u.dmy(date)), "c", "i", 12)
    doc.gap(30)
    y0 = doc.y
    mid = (doc.x0 + doc.x1) // 2
    for half, (a, b) in enumerate(((doc.x0, mid - 40), (mid + 40, doc.x1))):
        doc.y = y0
        cols = [Col("STT", 0.45, "c"), Col("Họ và tên", 2.0), Col("Tờ\nbản đồ", 0.6, "c"),
                Col("Thửa\nđất", 0.6, "c"), Col("Diện tích\n(m²)", 0.9, "r"),
                Col("Loại\nđất", 0.55, "c")]
        tb = Table(doc, cols, "grid", size=11.5, pad=12, x0=a, x1=b)
        tb.header()
        for r in rows[half * 6:half * 6 + 6]:
            tb.row(r)
        tb.close()
    return doc, t, {"era": "2016-2025", "layout": "table-side-by-side-landscape", "font": "TeX Gyre Heros Cn"}


# 14 ----------------------------------------------------------------------------
def d_school(rng):
    """A 1999 allocation to a primary school, typed in a Courier-like face,
    an old number QĐ-UB."""
    p = u.place(rng, "Hà Nam", "Kim Bảng")
    date, num, number = dated(rng, 1999, (1, 12), (1, 28), (100, 900), "QĐ-UB")
    subj = "V/v giao đất cho Trường Tiểu học xây dựng phòng học"
    t = Truth(number, date, "Ủy ban nhân dân huyện Kim Bảng", "giao-dat", subj)
    doc = Doc("cursor", 12, lead=1.45)
    header(doc, [("UỶ BAN NHÂN DÂN", "b"), ("HUYỆN KIM BẢNG", "b")], number, "Kim Bảng", date)
    title(doc, [subj])
    grounds(doc, "UỶ BAN NHÂN DÂN HUYỆN KIM BẢNG",
            ["Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;",
             "Căn cứ Luật Đất đai năm 1993;"],
            "Xét tờ trình của Phòng Địa chính huyện,")
    school = "Trường Tiểu học " + p.short("commune")
    sh, no = sheet_no(rng)
    ar = u.area(rng, 1500, 4800)
    h = t.owner(school, None, p.code, organisation=True)
    t.parcel(h, sh, no, ar, None, p.code)
    doc.para("Giao cho %s %s m² đất tại thửa số %d, tờ bản đồ số %d, %s để xây dựng phòng "
             "học." % (school, u.vn(ar), no, sh, p.low("commune")), lead="Điều 1.", justify=False)
    doc.para("Trường có trách nhiệm sử dụng đất đúng mục đích, đúng ranh giới được giao.",
             lead="Điều 2.", justify=False)
    doc.para("Chánh Văn phòng UBND huyện, Trưởng phòng Địa chính, Chủ tịch UBND %s và Hiệu "
             "trưởng %s chịu trách nhiệm thi hành Quyết định này./." % (p.low("commune"), school),
             lead="Điều 3.", justify=False)
    sign(doc, ["T/M UỶ BAN NHÂN DÂN HUYỆN", "CHỦ TỊCH"], rng.choice(SIGNERS),
         ["- Như Điều 3;", "- Lưu VP."])
    return doc, t, {"era": "pre-2004", "layout": "prose-school-typewriter", "font": "TeX Gyre Cursor"}


DOCS = [d_unruled, d_zebra, d_continued, d_orgs, d_households, d_two_columns, d_lease,
        d_recognition, d_certificate, d_change_table, d_correction, d_change_prose,
        d_side_by_side, d_school]
