"""docs18: the twelve decisions of family 18.  Each function draws its
sheets and returns the truth: decision, owners, parcels, house, with the
kind, era, layout and face."""
import people18 as P
from frame18 import closing, date_words, heading, title
from page18 import Sheet



def grounds(year):
    """The legal grounds in force in year."""
    org = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" if year >= 2016
           else "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm "
           "2003;")
    return [org, "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường."]


def own(name, sex, cc, by=None, bd=None, idn=None, idt=None, addr=None, hh=False, sp=None):
    return {"name": name, "gender": sex, "birth_year": by, "birth_date": bd, "id_number": idn,
            "id_type": idt, "address": addr, "commune_code": cc, "household": hh, "spouse": sp}


def par(sheet, number, area, use, cc, holder, to=None, term=None, origin=None, addr=None):
    return {"sheet": str(sheet), "number": str(number), "area": area, "land_use": use,
            "land_use_to": to, "term": term, "origin": origin, "address": addr,
            "commune_code": cc, "holder": holder}


def when(rng, year):
    return (year, rng.randint(1, 12), rng.randint(1, 28))


def iso(d):
    return "%04d-%02d-%02d" % d


def issuer_of(district):
    """(the header's lines, the truth's issuer, the body's issuer line, place)."""
    up = district.upper()
    return (["ỦY BAN NHÂN DÂN", up], "Ủy ban nhân dân " + P.lower_unit(district),
            "ỦY BAN NHÂN DÂN " + up, P.bare(district))


def sex_title(sex):
    return "ông" if sex == "M" else "bà"


def people(rng, n, ethnic=None, years=(1950, 1990)):
    out = []
    seen = set()
    while len(out) < n:
        sex = rng.choice("MF")
        name = P.person(rng, sex, ethnic)
        if name in seen:
            continue
        seen.add(name)
        out.append((name, sex, rng.randint(*years)))
    return out


def decision(number, d, issuer, kind, subject):
    return {"number": number, "date": iso(d), "issuer": issuer, "kind": kind, "title": subject}


# ---------------------------------------------------------------- tables

def t_two_pages(rng):
    """A recovery from twenty-one holders; the table runs onto a second
    page, which goes on with the rows and no header; rows numbered "1.",
    "2."."""
    rows = P.district("Huyện Hải Hậu")
    com = rng.choice([r for r in rows if r["commune_type"] == "Xã"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Huyện Hải Hậu")
    d = when(rng, 2019)
    number = "%d/QĐ-UBND" % rng.randint(1200, 3900)
    subject = "Về việc thu hồi đất để thực hiện dự án đường trục phát triển nối vùng kinh tế " \
              "biển tại %s" % cname
    sh = Sheet("Linux Libertine O", 13)
    heading(sh, hdr, number, date_words(d, place, "words"))
    title(sh, subject, body, grounds(d[0]))
    holders = people(rng, 21)
    owners, parcels, trs = [], [], []
    for i, (name, sex, _) in enumerate(holders):
        addr = "xóm %d, %s" % (rng.randint(1, 18), cname)
        owners.append(own(name, sex, com["commune_code"], addr=addr))
        use = rng.choice(["LUC", "LUC", "BHK", "NTS", "ONT"])
        a = P.area(rng, 45, 1800)
        s, n = rng.randint(3, 31), rng.randint(10, 980)
        parcels.append(par(s, n, a, use, com["commune_code"], i))
        trs.append(["%d." % (i + 1), name, addr, str(s), str(n), P.area_vn(a), use])
    total = sum(p["area"] for p in parcels)
    sh.para("Thu hồi %s m² đất của %d hộ gia đình, cá nhân tại %s, huyện Hải Hậu để thực hiện "
            "dự án, cụ thể như sau:" % (P.area_vn(total), len(owners), cname), lead="Điều 1.")
    cols = [120, 480, 470, 190, 190, 290, 0]
    head = [["STT", "Họ và tên chủ sử dụng", "Địa chỉ thường trú", "Tờ bản đồ số",
             "Thửa đất số", "Diện tích thu hồi (m²)", "Loại đất"]]
    cols[-1] = sh.x1 - sh.x0 - sum(cols[:-1])
    left = sh.table(cols, head, trs, "grid")
    sh2 = Sheet("Linux Libertine O", 13, top=260)
    sh2.line("2", "center", record=False)
    sh2.gap(0.5)
    if left:
        left = sh2.table(cols, [], left, "grid")
    assert not left
    sh2.line("Tổng cộng: %s m²." % P.area_vn(total), indent=118)
    closing(sh2, cname, signer=P.person(rng, "M"))
    return dict(kind="thu-hoi", era="2016-2025", layout="table-two-pages-no-header-again",
                font="Linux Libertine O", decision=decision(number, d, iss, "thu-hoi", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh, sh2])


def t_merged_names(rng):
    """A recovery whose holder's name cell spans the rows of their
    parcels; the parcel before the sheet and the use before the area; a
    thick header band over thin inner rules."""
    rows = P.district("Huyện Tư Nghĩa")
    com = rng.choice([r for r in rows if r["commune_type"] == "Xã"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Huyện Tư Nghĩa")
    d = when(rng, 2014)
    number = "%d/QĐ-UBND" % rng.randint(300, 2900)
    subject = "Về việc thu hồi đất của hộ gia đình, cá nhân để xây dựng công trình kênh " \
              "tưới tại %s" % cname
    sh = Sheet("Linux Libertine O", 13)
    heading(sh, hdr, number, date_words(d, place, "words"))
    title(sh, subject, body, grounds(d[0]))
    holders = people(rng, 4)
    owners, parcels, trs = [], [], []
    counts = [3, 1, 2, 2]
    for i, (name, sex, _) in enumerate(holders):
        owners.append(own(name, sex, com["commune_code"]))
        for j in range(counts[i]):
            use = rng.choice(["LUC", "LUK", "BHK", "CLN"])
            a = P.area(rng, 60, 900)
            s, n = rng.randint(2, 24), rng.randint(5, 700)
            parcels.append(par(s, n, a, use, com["commune_code"], i))
            row = [str(n), str(s), use, P.area_vn(a)]
            if j == 0:
                row = [{"t": str(i + 1), "rs": counts[i]},
                       {"t": name, "rs": counts[i], "al": "l"}] + row
            else:
                row = [None, None] + row
            trs.append(row)
    sh.para("Thu hồi đất của %d hộ gia đình, cá nhân đang sử dụng tại %s, huyện Tư Nghĩa "
            "(chi tiết theo bảng sau):" % (len(owners), cname), lead="Điều 1.")
    cols = [130, 700, 270, 250, 260]
    cols.append(sh.x1 - sh.x0 - sum(cols))
    head = [["TT", "Họ và tên người sử dụng đất", "Thửa số", "Tờ số", "Loại đất",
             "Diện tích (m²)"]]
    left = sh.table(cols, head, trs, "band", band=True)
    assert not left
    sh.para("Lý do thu hồi: để xây dựng công trình kênh tưới phục vụ sản xuất nông nghiệp.",
            first=118)
    closing(sh, cname, signer=P.person(rng, "M"))
    return dict(kind="thu-hoi", era="2004-2015", layout="table-merged-name-cells-band-header",
                font="Linux Libertine O", decision=decision(number, d, iss, "thu-hoi", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def t_resettlement(rng):
    """A resettlement allocation (tái định cư): rows numbered I, II, III,
    a lot, the household's size, the sheet and parcel in one cell "Tờ 12 /
    Thửa 345", the area, then the land price in đồng per m² (a number
    beside the area that is not one)."""
    rows = P.district("Thành phố Buôn Ma Thuột")
    com = rng.choice([r for r in rows if r["commune_type"] == "Phường"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Thành phố Buôn Ma Thuột")
    d = when(rng, 2021)
    number = "%d/QĐ-UBND" % rng.randint(2000, 6900)
    subject = "Về việc giao đất tái định cư cho các hộ gia đình bị thu hồi đất thực hiện dự án " \
              "đường vành đai phía Tây"
    sh = Sheet("Linux Biolinum O", 13)
    heading(sh, hdr, number, date_words(d, "Buôn Ma Thuột", "words"))
    title(sh, subject, body, grounds(d[0]))
    site = "Khu tái định cư số %d, %s" % (rng.randint(2, 6), cname)
    holders = people(rng, 5)
    owners, parcels, trs = [], [], []
    s = rng.randint(20, 60)
    for i, (name, sex, _) in enumerate(holders):
        owners.append(own(name, sex, com["commune_code"], hh=True))
        a = P.area(rng, 80, 160)
        n = rng.randint(100, 600)
        parcels.append(par(s, n, a, "ODT", com["commune_code"], i, term="Lâu dài",
                           origin="Nhà nước giao đất có thu tiền sử dụng đất", addr=site))
        price = "{:,}".format(rng.randint(30, 95) * 100000).replace(",", ".")
        trs.append([P.ROMAN[i], "Hộ %s %s" % (sex_title(sex), name),
                    "LK-%02d" % rng.randint(1, 40), str(rng.randint(2, 7)),
                    "Tờ %d / Thửa %d" % (s, n), P.area_vn(a), price])
    sh.para("Giao đất tái định cư cho %d hộ gia đình có đất bị thu hồi tại %s, cụ thể:"
            % (len(owners), site), lead="Điều 1.")
    cols = [110, 560, 190, 190, 400, 240]
    cols.append(sh.x1 - sh.x0 - sum(cols))
    head = [["STT", "Hộ gia đình được giao đất", "Lô số", "Số nhân khẩu", "Tờ bản đồ / Thửa đất",
             "Diện tích (m²)", "Đơn giá (đồng/m²)"]]
    assert not sh.table(cols, head, trs, "grid")
    sh.para("Mục đích sử dụng: Đất ở tại đô thị (ODT). Thời hạn sử dụng: Lâu dài. Hình thức: "
            "Nhà nước giao đất có thu tiền sử dụng đất.", first=118)
    sh.para("Vị trí: %s." % site, first=118)
    closing(sh, cname, signer=P.person(rng, "F"), seat="KT. CHỦ TỊCH", role="PHÓ CHỦ TỊCH")
    return dict(kind="giao-dat", era="2016-2025", layout="table-resettlement-lots-price-column",
                font="Linux Biolinum O", decision=decision(number, d, iss, "giao-dat", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def t_holder_last(rng):
    """Changes of use in a table ruled only down (the columns' rules and
    a frame, no rule between rows); the holder in the last column."""
    rows = P.district("Thị xã Điện Bàn")
    com = rng.choice([r for r in rows if r["commune_type"] == "Phường"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Thị xã Điện Bàn")
    d = when(rng, 2018)
    number = "%d/QĐ-UBND" % rng.randint(1000, 4900)
    subject = "Về việc cho phép chuyển mục đích sử dụng đất sang đất ở tại đô thị"
    sh = Sheet("Linux Libertine O", 13)
    heading(sh, hdr, number, date_words(d, "Điện Bàn", "words"))
    title(sh, subject, body, grounds(d[0]))
    holders = people(rng, 4)
    owners, parcels, trs = [], [], []
    for i, (name, sex, _) in enumerate(holders):
        owners.append(own(name, sex, com["commune_code"]))
        use = rng.choice(["CLN", "BHK", "CLN"])
        a = P.area(rng, 50, 300)
        s, n = rng.randint(5, 40), rng.randint(20, 900)
        parcels.append(par(s, n, a, use, com["commune_code"], i, to="ODT", term="Lâu dài"))
        trs.append([str(i + 1), str(n), str(s), P.area_vn(a), use, "ODT",
                    "%s %s" % ("Ông" if sex == "M" else "Bà", name)])
    sh.para("Cho phép các hộ gia đình, cá nhân có tên sau được chuyển mục đích sử dụng đất "
            "tại %s:" % cname, lead="Điều 1.")
    cols = [150, 230, 230, 260, 230, 230]
    cols.append(sh.x1 - sh.x0 - sum(cols))
    head = [["Số TT", "Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Từ loại đất",
             "Sang loại đất", "Người sử dụng đất"]]
    assert not sh.table(cols, head, trs, "vertical")
    sh.para("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài.", first=118)
    closing(sh, cname, signer=P.person(rng, "M"))
    return dict(kind="chuyen-muc-dich", era="2016-2025", layout="table-down-rules-holder-last",
                font="Linux Libertine O",
                decision=decision(number, d, iss, "chuyen-muc-dich", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def t_transposed(rng):
    """A recognition whose table is turned on its side: one column per
    holder, one row per field (name, birth year, CCCD, parcel, sheet,
    area, use, term), the labels in the first column."""
    rows = P.district("Thành phố Bảo Lộc")
    com = rng.choice([r for r in rows if r["commune_type"] == "Xã"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Thành phố Bảo Lộc")
    d = when(rng, 2022)
    number = "%d/QĐ-UBND" % rng.randint(1000, 4900)
    subject = "Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân tại %s" % cname
    sh = Sheet("Linux Biolinum O", 12.5)
    heading(sh, hdr, number, date_words(d, place, "words"))
    title(sh, subject, body, grounds(d[0]))
    holders = people(rng, 3, years=(1955, 1992))
    owners, parcels = [], []
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    fields = [[] for _ in range(8)]
    for i, (name, sex, by) in enumerate(holders):
        idn = P.cccd(rng, com["province_code"], sex, by)
        owners.append(own(name, sex, com["commune_code"], by=by, idn=idn, idt="cccd"))
        use = ["ONT", "CLN", "ONT"][i]
        term = "Lâu dài" if use == "ONT" else "50 năm"
        a = P.area(rng, 150, 2500)
        s, n = rng.randint(10, 70), rng.randint(10, 400)
        parcels.append(par(s, n, a, use, com["commune_code"], i, term=term, origin=origin))
        for f, v in zip(fields, [name, str(by), idn, str(n), str(s), P.area_vn(a),
                                 "%s (%s)" % (P.USES[use], use), term]):
            f.append({"t": v, "al": "c"})
    labels = ["Họ và tên", "Năm sinh", "Số CCCD", "Thửa đất số", "Tờ bản đồ số",
              "Diện tích (m²)", "Mục đích sử dụng", "Thời hạn sử dụng"]
    sh.para("Công nhận quyền sử dụng đất cho %d hộ gia đình, cá nhân tại %s, thành phố Bảo "
            "Lộc như sau:" % (len(owners), cname), lead="Điều 1.")
    cols = [440, 520, 520]
    cols.append(sh.x1 - sh.x0 - sum(cols))
    head = [["Nội dung", "Người thứ nhất", "Người thứ hai", "Người thứ ba"]]
    trs = [[{"t": lb, "al": "l"}] + f for lb, f in zip(labels, fields)]
    assert not sh.table(cols, head, trs, "grid", band=True)
    sh.para("Nguồn gốc sử dụng: %s." % origin, first=118)
    closing(sh, cname, signer=P.person(rng, "M"))
    return dict(kind="cong-nhan", era="2016-2025", layout="table-transposed-holder-columns",
                font="Linux Biolinum O", decision=decision(number, d, iss, "cong-nhan", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def t_reissue(rng):
    """A re-issue (cấp đổi) of certificates: rows I, II, III, the old
    certificate's serial, "Tờ 12 / Thửa 345" in one cell, a term column."""
    rows = P.district("Huyện Kim Sơn")
    com = rng.choice([r for r in rows if r["commune_type"] == "Xã"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Huyện Kim Sơn")
    d = when(rng, 2016)
    number = "%d/QĐ-UBND" % rng.randint(1000, 4900)
    subject = "Về việc cấp đổi Giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân " \
              "tại %s" % cname
    sh = Sheet("Linux Libertine O", 13)
    heading(sh, hdr, number, date_words(d, place, "words"), "left-narrow")
    title(sh, subject, body, grounds(d[0])[:2] + ["Xét đề nghị của Văn phòng đăng ký đất đai."])
    holders = people(rng, 4)
    owners, parcels, trs = [], [], []
    for i, (name, sex, _) in enumerate(holders):
        owners.append(own(name, sex, com["commune_code"]))
        use = rng.choice(["ONT", "LUC", "NTS"])
        term = "Lâu dài" if use == "ONT" else "Đến ngày 15/10/2063"
        a = P.area(rng, 120, 1500)
        s, n = rng.randint(3, 30), rng.randint(10, 999)
        parcels.append(par(s, n, a, use, com["commune_code"], i, term=term))
        serial = "%s %06d" % (rng.choice(["AĐ", "BA", "BĐ", "AK"]), rng.randrange(10 ** 6))
        trs.append([P.ROMAN[i], "%s %s" % ("Ông" if sex == "M" else "Bà", name), serial,
                    "Tờ %d / Thửa %d" % (s, n), P.area_vn(a), use, term])
    sh.para("Cấp đổi Giấy chứng nhận quyền sử dụng đất cho %d hộ gia đình, cá nhân tại %s "
            "(đổi từ Giấy chứng nhận đã cấp):" % (len(owners), cname), lead="Điều 1.")
    cols = [120, 470, 300, 380, 250, 140]
    cols.append(sh.x1 - sh.x0 - sum(cols))
    head = [["STT", "Người sử dụng đất", "Số phát hành GCN cũ", "Tờ / Thửa",
             "Diện tích (m²)", "Mã loại đất", "Thời hạn"]]
    assert not sh.table(cols, head, trs, "grid", pt=11)
    closing(sh, cname, signer=P.person(rng, "M"))
    return dict(kind="cap-gcn", era="2016-2025", layout="table-reissue-sheet-parcel-one-cell",
                font="Linux Libertine O", decision=decision(number, d, iss, "cap-gcn", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


# ---------------------------------------------------------------- prose

def p_typescript(rng):
    """A 1996 allocation typed on a machine (a monospace face), "QĐ-UB";
    the household of a man "và vợ là bà"; the parcel in running prose,
    the use by name only."""
    rows = P.district("Huyện Trùng Khánh")
    com = rng.choice([r for r in rows if r["commune_type"] == "Xã"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Huyện Trùng Khánh")
    d = when(rng, 1996)
    number = "%d/QĐ-UB" % rng.randint(20, 400)
    subject = "Về việc giao đất ở cho hộ gia đình tại %s" % cname
    sh = Sheet("JetBrains Mono", 11.5, left=250, right=190)
    heading(sh, hdr, number, date_words(d, "Trùng Khánh", "words"))
    title(sh, subject, body, ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày "
                              "21 tháng 6 năm 1994;",
                              "Căn cứ Luật Đất đai ngày 14 tháng 7 năm 1993;",
                              "Xét đơn xin giao đất của hộ gia đình và đề nghị của Phòng Địa "
                              "chính huyện."], pt=12)
    (hn, _, hy), = people(rng, 1, years=(1950, 1968))
    hn = P.person(rng, "M", "thai")
    wn = P.person(rng, "F", "thai")
    wy = hy + rng.randint(1, 5)
    village = "xóm %s" % rng.choice(["Nà Ngần", "Pác Bó", "Bản Khoòng", "Nà Đoỏng", "Lũng Rì"])
    addr = "%s, %s" % (village, cname)
    idn = P.cmnd(rng)
    owners = [own(hn, "M", com["commune_code"], by=hy, idn=idn, idt="cmnd", addr=addr, hh=True,
                  sp=1),
              own(wn, "F", com["commune_code"], by=wy, addr=addr, hh=True, sp=0)]
    s, n, a = rng.randint(2, 19), rng.randint(10, 600), P.area(rng, 150, 400)
    parcels = [par(s, n, a, "ONT", com["commune_code"], 0, term="Lâu dài",
                   addr="%s, %s" % (village, cname))]
    sh.para("Giao cho hộ ông %s, sinh năm %d, CMND số %s, và vợ là bà %s, sinh năm %d; cùng "
            "thường trú tại %s, được sử dụng thửa đất số %d, tờ bản đồ số %d, diện tích %s m², "
            "tại %s, %s, để làm nhà ở." % (hn, hy, idn, wn, wy, addr, n, s, P.area_vn(a),
                                           village, cname), lead="Điều 1.")
    sh.para("Mục đích sử dụng: đất ở tại nông thôn. Thời hạn sử dụng: Lâu dài.", first=118)
    closing(sh, cname, signer=P.person(rng, "M", "thai"),
            extra="Hộ ông %s có trách nhiệm sử dụng đất đúng mục đích, nộp tiền sử dụng đất "
                  "và lệ phí địa chính theo quy định." % hn)
    return dict(kind="giao-dat", era="pre-2004", layout="prose-typescript-household-couple",
                font="JetBrains Mono", decision=decision(number, d, iss, "giao-dat", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def p_lease_left_header(rng):
    """A lease under "UBND THÀNH PHỐ" set flush left in a narrow block,
    the motto flush right in a wide one; the date "ngày 05/3/2024"; the
    parcel in round bullets "•"."""
    rows = P.district("Thành phố Bắc Giang")
    com = rng.choice([r for r in rows if r["commune_type"] == "Phường"])
    cname = P.lower_unit(com["commune_name"])
    iss = "Ủy ban nhân dân thành phố Bắc Giang"
    d = when(rng, 2024)
    d = (d[0], rng.randint(1, 6), d[2])
    number = "%d/QĐ-UBND" % rng.randint(500, 2900)
    subject = "Về việc cho thuê đất để sử dụng vào mục đích cơ sở sản xuất phi nông nghiệp"
    sh = Sheet("Linux Biolinum O", 13)
    heading(sh, ["UBND THÀNH PHỐ BẮC GIANG", "ỦY BAN NHÂN DÂN"], number,
            date_words(d, "Bắc Giang", "slash"), "left-narrow")
    title(sh, subject, "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC GIANG", grounds(d[0]))
    (name, sex, by), = people(rng, 1, years=(1965, 1985))
    idn = P.cccd(rng, com["province_code"], sex, by)
    street = "số %d, đường %s" % (rng.randint(2, 180), rng.choice(["Xương Giang", "Lê Lợi",
                                                                   "Ngô Gia Tự", "Hùng Vương"]))
    addr = "%s, %s, thành phố Bắc Giang" % (street, cname)
    owners = [own(name, sex, com["commune_code"], by=by, idn=idn, idt="cccd", addr=addr)]
    s, n, a = rng.randint(10, 45), rng.randint(50, 900), P.area(rng, 800, 4500)
    site = "cụm công nghiệp %s, %s" % (rng.choice(["Thọ Xương", "Song Khê", "Nội Hoàng"]),
                                       cname)
    origin = "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"
    parcels = [par(s, n, a, "SKC", com["commune_code"], 0, term="50 năm", origin=origin,
                   addr=site)]
    sh.para("Cho %s %s, sinh năm %d, Căn cước công dân số %s, địa chỉ thường trú: %s thuê "
            "đất với các nội dung sau:" % (sex_title(sex), name, by, idn, addr), lead="Điều 1.")
    kv = [("Thửa đất số:", str(n)), ("Tờ bản đồ số:", str(s)),
          ("Diện tích:", P.area_vn(a) + " m²"), ("Địa chỉ thửa đất:", site),
          ("Mục đích sử dụng:", "Đất cơ sở sản xuất phi nông nghiệp (SKC)"),
          ("Thời hạn thuê:", "50 năm"), ("Hình thức thuê:", origin + ".")]
    for k, v in kv:
        sh.put(sh.x0 + 130, sh.y, "•")
        at = len(sh.lines)
        sh.para(k + " " + v, first=190, hang=190)
        sh.lines[at] = "• " + sh.lines[at]
    sh.gap(0.3)
    closing(sh, cname, signer=P.person(rng, "F"), seat="KT. CHỦ TỊCH", role="PHÓ CHỦ TỊCH")
    return dict(kind="cho-thue", era="2016-2025", layout="prose-lease-left-header-bullets",
                font="Linux Biolinum O", decision=decision(number, d, iss, "cho-thue", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def p_change_couple(rng):
    """A change of use for "ông ... và vợ là bà ...", both with CCCD; the
    area and the uses before and after in one sentence."""
    rows = P.district("Thị xã Kỳ Anh")
    com = rng.choice([r for r in rows if r["commune_type"] == "Xã"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Thị xã Kỳ Anh")
    d = when(rng, 2020)
    number = "%d/QĐ-UBND" % rng.randint(1000, 4900)
    subject = "Về việc cho phép hộ gia đình chuyển mục đích sử dụng đất tại %s" % cname
    sh = Sheet("Linux Libertine O", 13.5)
    heading(sh, hdr, number, date_words(d, "Kỳ Anh", "words"))
    title(sh, subject, body, grounds(d[0]))
    hn, wn = P.person(rng, "M"), P.person(rng, "F")
    hy, wy = rng.randint(1960, 1985), rng.randint(1962, 1988)
    hid = P.cccd(rng, com["province_code"], "M", hy)
    wid = P.cccd(rng, com["province_code"], "F", wy)
    addr = "thôn %s, %s, thị xã Kỳ Anh, tỉnh Hà Tĩnh" % (rng.choice(["Tân Phú", "Bắc Sơn",
                                                                    "Đông Hà", "Minh Châu"]),
                                                        cname)
    owners = [own(hn, "M", com["commune_code"], by=hy, idn=hid, idt="cccd", addr=addr, sp=1),
              own(wn, "F", com["commune_code"], by=wy, idn=wid, idt="cccd", addr=addr, sp=0)]
    s, n, a = rng.randint(4, 40), rng.randint(30, 900), float(rng.choice([100, 150, 200, 250]))
    parcels = [par(s, n, a, "CLN", com["commune_code"], 0, to="ONT", term="Lâu dài")]
    sh.para("Cho phép ông %s, sinh năm %d, CCCD số %s và vợ là bà %s, sinh năm %d, CCCD số %s; "
            "cùng thường trú tại %s được chuyển mục đích sử dụng %s m² đất từ đất trồng cây lâu "
            "năm (CLN) sang đất ở tại nông thôn (ONT) tại thửa đất số %d, tờ bản đồ số %d."
            % (hn, hy, hid, wn, wy, wid, addr, P.area_vn(a), n, s), lead="Điều 1.")
    sh.para("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài. Hộ gia đình có trách nhiệm "
            "nộp tiền sử dụng đất theo thông báo của cơ quan thuế.", first=118)
    closing(sh, cname, signer=P.person(rng, "M"))
    return dict(kind="chuyen-muc-dich", era="2016-2025", layout="prose-change-of-use-couple",
                font="Linux Libertine O",
                decision=decision(number, d, iss, "chuyen-muc-dich", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def p_certificate_house(rng):
    """A certificate with a house, its facts in "Tài sản gắn liền với
    đất"; a CMND and where it was issued; stacked heading."""
    rows = P.district("Thị xã An Nhơn")
    com = rng.choice([r for r in rows if r["commune_type"] == "Phường"])
    cname = P.lower_unit(com["commune_name"])
    hdr, iss, body, place = issuer_of("Thị xã An Nhơn")
    d = when(rng, 2017)
    number = "%d/QĐ-UBND" % rng.randint(1000, 4900)
    subject = "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản " \
              "khác gắn liền với đất"
    sh = Sheet("Linux Biolinum O", 13)
    heading(sh, hdr, number, date_words(d, "An Nhơn", "words"), "stacked")
    title(sh, subject, body, grounds(d[0]))
    (name, sex, by), = people(rng, 1, years=(1958, 1980))
    idn = P.cmnd(rng)
    addr = "khu vực %s, %s, thị xã An Nhơn" % (rng.choice(["Bả Canh", "Liêm Định", "Thanh Liêm",
                                                         "Tân Hòa"]), cname)
    owners = [own(name, sex, com["commune_code"], by=by, idn=idn, idt="cmnd", addr=addr)]
    s, n, a = rng.randint(5, 30), rng.randint(40, 800), P.area(rng, 90, 300)
    origin = "Nhà nước công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    parcels = [par(s, n, a, "ODT", com["commune_code"], 0, term="Lâu dài", origin=origin,
                   addr=addr)]
    ba = round(min(a - 10, rng.uniform(60, 120)), 1)
    fl = rng.choice([1, 2, 3])
    yb = rng.randint(2005, 2016)
    house = {"building_area": ba, "floor_area": round(ba * fl, 1),
             "structure": "Tường gạch, sàn bê tông cốt thép, mái ngói", "floors": fl,
             "year_built": yb}
    sh.para("Cấp Giấy chứng nhận cho %s %s, sinh năm %d, Chứng minh nhân dân số %s do Công an "
            "tỉnh Bình Định cấp; địa chỉ thường trú: %s." % (sex_title(sex), name, by, idn, addr),
            lead="Điều 1.")
    for k, v in (("1. Thửa đất:", "thửa đất số %d, tờ bản đồ số %d; địa chỉ thửa đất: %s; diện "
                                   "tích %s m²; hình thức sử dụng: riêng; mục đích sử dụng: đất "
                                   "ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài; nguồn gốc sử "
                                   "dụng: %s." % (n, s, addr, P.area_vn(a), origin)),
                 ("2. Tài sản gắn liền với đất:", "nhà ở riêng lẻ; diện tích xây dựng %s m²; "
                  "diện tích sàn %s m²; kết cấu: %s; số tầng: %d; năm hoàn thành xây dựng: %d."
                  % (P.area_vn(ba), P.area_vn(house["floor_area"]), house["structure"], fl,
                     yb))):
        sh.para(v, lead=k, first=118)
    closing(sh, cname, signer=P.person(rng, "M"))
    return dict(kind="cap-gcn", era="2016-2025", layout="prose-certificate-house-stacked-heading",
                font="Linux Biolinum O", decision=decision(number, d, iss, "cap-gcn", subject),
                owners=owners, parcels=parcels, house=house, sheets=[sh])


def p_commune_2025(rng):
    """A commune's recognition after July 2025 (no district): personal ID
    numbers, two parcels as "Thửa thứ nhất" / "Thửa thứ hai", the date in
    the text "ngày 05/8/2025"."""
    rows = P.district("Thành phố Phúc Yên")
    old = rng.choice(rows)
    code, cn, prov = P.new_commune(old["commune_code"])
    cname = P.lower_unit(cn)
    iss = "Ủy ban nhân dân " + cname
    d = (2025, rng.randint(8, 11), rng.randint(1, 28))
    number = "%d/QĐ-UBND" % rng.randint(20, 300)
    subject = "Về việc công nhận quyền sử dụng đất cho cá nhân"
    sh = Sheet("Linux Libertine O", 13)
    heading(sh, ["ỦY BAN NHÂN DÂN", cn.upper()], number,
            date_words(d, P.bare(cn), "slash"))
    title(sh, subject, "ỦY BAN NHÂN DÂN " + cn.upper(),
          ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
           "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
           "Xét đề nghị của Phòng Kinh tế."])
    (name, sex, by), = people(rng, 1, years=(1960, 1990))
    idn = P.cccd(rng, "26", sex, by)
    addr = "tổ dân phố %d, %s, tỉnh %s" % (rng.randint(1, 12), cname, prov.replace("Tỉnh ", ""))
    owners = [own(name, sex, code, by=by, idn=idn, idt="dinh-danh", addr=addr)]
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    parcels = []
    sh.para("Công nhận quyền sử dụng đất cho %s %s, sinh năm %d, số định danh cá nhân %s, nơi "
            "thường trú: %s, đối với các thửa đất sau:" % (sex_title(sex), name, by, idn, addr),
            lead="Điều 1.")
    for k, (use, term) in enumerate((("ODT", "Lâu dài"), ("CLN", "50 năm"))):
        s, n, a = rng.randint(3, 50), rng.randint(10, 700), P.area(rng, 100, 900)
        parcels.append(par(s, n, a, use, code, 0, term=term, origin=origin))
        sh.para("thửa đất số %d, tờ bản đồ số %d, diện tích %s m², mục đích sử dụng: %s (%s), "
                "thời hạn sử dụng: %s." % (n, s, P.area_vn(a), P.USES[use].lower()
                                           if use != "ODT" else "đất ở tại đô thị", use, term),
                lead="Thửa thứ %s:" % ("nhất" if k == 0 else "hai"), first=118)
    sh.para("Nguồn gốc sử dụng: %s." % origin, first=118)
    closing(sh, cname, signer=P.person(rng, "F"))
    return dict(kind="cong-nhan", era="post-2025-07", layout="prose-commune-two-parcels-ordinals",
                font="Linux Libertine O", decision=decision(number, d, iss, "cong-nhan", subject),
                owners=owners, parcels=parcels, house=None, sheets=[sh])


def p_inventory(rng):
    """Not a land record: a plan for the land inventory (kiểm kê đất đai)
    of the year, its steps with dates "từ ngày 01/8/2019", no owner and no
    parcel."""
    hdr, iss, body, place = issuer_of("Huyện Đức Hòa")
    d = when(rng, 2019)
    d = (2019, rng.randint(2, 6), d[2])
    number = "%d/QĐ-UBND" % rng.randint(1000, 4900)
    subject = "Về việc ban hành Kế hoạch thực hiện kiểm kê đất đai, lập bản đồ hiện trạng sử " \
              "dụng đất năm 2019 trên địa bàn huyện Đức Hòa"
    sh = Sheet("Linux Libertine O", 13)
    heading(sh, hdr, number, date_words(d, "Đức Hòa", "words"), "stacked")
    title(sh, subject, body, grounds(d[0])[:2] +
          ["Căn cứ Thông tư số 27/2018/TT-BTNMT ngày 14 tháng 12 năm 2018 của Bộ Tài nguyên "
           "và Môi trường quy định về thống kê, kiểm kê đất đai;"] + grounds(d[0])[2:])
    sh.para("Ban hành kèm theo Quyết định này Kế hoạch thực hiện kiểm kê đất đai, lập bản đồ "
            "hiện trạng sử dụng đất năm 2019 trên địa bàn huyện, gồm các bước:", lead="Điều 1.")
    for i, (step, when_) in enumerate((("Thu thập hồ sơ, tài liệu, bản đồ", "từ ngày 01/8/2019"),
                                       ("Điều tra, khoanh vẽ, kiểm kê tại 20 xã, thị trấn",
                                        "từ ngày 15/8/2019"),
                                       ("Tổng hợp số liệu, lập báo cáo kết quả",
                                        "trước ngày 31/12/2019"))):
        sh.para("%s, %s." % (step, when_), lead="%d." % (i + 1), first=118)
    closing(sh, "các xã, thị trấn", signer=P.person(rng, "M"),
            extra="Giao Phòng Tài nguyên và Môi trường chủ trì, hướng dẫn Ủy ban nhân dân các "
                  "xã, thị trấn thực hiện Kế hoạch; báo cáo kết quả về Ủy ban nhân dân huyện.")
    return dict(kind="other", era="2016-2025", layout="prose-inventory-plan-not-land",
                font="Linux Libertine O", decision=decision(number, d, iss, "other", subject),
                owners=[], parcels=[], house=None, sheets=[sh])


DOCS = [t_two_pages, t_merged_names, t_resettlement, t_holder_last, t_transposed, t_reissue,
        p_typescript, p_lease_left_header, p_change_couple, p_certificate_house, p_commune_2025,
        p_inventory]
