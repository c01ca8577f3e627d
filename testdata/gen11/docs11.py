"""docs11: the fourteen decisions of family 11, each a function of a
random.Random returning (Sheet, Truth, facts)."""
import datetime
from page11 import Sheet, Table, draw_table, mm
from parts11 import Issuer, Truth, basis, header, sign, title
from units11 import (HAMLET, USE, area, bare, cccd, cmnd, district, dmy,
                     lower_kind, person, province_now, vn)

DISTRICT_OFFICE = ("Phòng Tài nguyên và Môi trường", "TNMT")
PROVINCE_OFFICE = ("Sở Tài nguyên và Môi trường", "STNMT")
COMMUNE_OFFICE = ("Phòng Kinh tế", "KT")
WARD_OFFICE = ("Phòng Kinh tế, Hạ tầng và Đô thị", "KTHTĐT")
SENT = ["Như Điều 3;", "Sở Tài nguyên và Môi trường;", "Chủ tịch, các PCT;",
        "Lưu: VT."]
TITLES = {"M": "Ông", "F": "Bà"}


def a_date(rnd, year, lo=1, hi=12):
    return datetime.date(year, rnd.randint(lo, hi), rnd.randint(1, 28))


def a_number(rnd, tail="QĐ-UBND"):
    return "%d/%s" % (rnd.randint(15, 3999), tail)


def born(rnd, lo=1950, hi=1992):
    return a_date(rnd, rnd.randint(lo, hi))


def hamlet_of(rnd, commune, upper):
    return "%s, %s, %s" % (rnd.choice(HAMLET), lower_kind(commune), upper)


def facts(kind, layout, era, font, iss, number, date, subject):
    return {"kind": kind, "layout": layout, "era": era, "font": font,
            "issuer": iss.truth, "number": number, "date": date,
            "title": subject}


def opening(sh, rnd, iss, number, date, hstyle, subject, tform, n, office,
            heading=None, hand=False):
    header(sh, iss, number, date, hstyle, rnd, hand)
    title(sh, subject, tform)
    basis(sh, rnd, date, n, office, heading or "ỦY BAN NHÂN DÂN " + iss.upper)


def closing(sh, rnd, iss, arts, form, to=SENT):
    """The last articles (each a text), then the signature block."""
    for k, s in arts:
        sh.para(s, lead="Điều %d." % k)
    sign(sh, rnd, form, person(rnd)[0], to)


def holders(rnd, n, code, pcode, yr, ids="cccd", lo=1, hi=1, alo=60, ahi=900,
            uses=("LUC", "CLN", "HNK", "NTS")):
    """n people, each with lo..hi parcels: [(name, sex, year, id, idtype,
    [(sheet, number, area, use)])]."""
    out = []
    for _ in range(n):
        name, sex = person(rnd)
        y = rnd.randint(1948, 1995)
        kind = ids if ids != "mixed" else rnd.choice(["cccd", "cmnd"])
        idn = cccd(rnd, pcode, sex, y) if kind in ("cccd", "dinh-danh") else cmnd(rnd)
        ps = [(rnd.randint(2, 48), rnd.randint(11, 1890), area(rnd, alo, ahi),
               rnd.choice(uses)) for _ in range(rnd.randint(lo, hi))]
        out.append((name, sex, y, idn, kind, ps))
    return out


def local(rnd, unit, level, year, font, pt, kind):
    """A district committee's decision of a year begun: the district, one of
    its communes (code, name), the issuer, date and number, the sheet and
    the truth."""
    prov, dist, comm = district(unit)
    code, cname = rnd.choice(comm)
    iss, date, number = Issuer(level, dist), a_date(rnd, year), a_number(rnd)
    return dist, code, cname, iss, date, number, Sheet(font, pt), Truth(kind)


# ---- 1. recovery: ruled grid, a holder's parcels under one merged name cell
def d_rowspan(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Huyện Đức Trọng", "huyện", 2019, "Carlito", 13, "thu-hoi")
    subject = "thu hồi đất để thực hiện dự án mở rộng Quốc lộ 20 đoạn qua %s" % lower_kind(cname)
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 3, DISTRICT_OFFICE)
    hs = holders(rnd, 6, code, "68", 2019, lo=1, hi=3)
    tot = sum(p[2] for h in hs for p in h[5])
    sh.para("Thu hồi %s m2 đất của %02d hộ gia đình, cá nhân đang sử dụng tại %s, "
            "%s để thực hiện dự án. Vị trí, ranh giới khu đất thu hồi được xác định "
            "theo Trích lục bản đồ địa chính do Văn phòng đăng ký đất đai lập. Danh "
            "sách các thửa đất thu hồi như sau:" % (vn(tot), len(hs), lower_kind(cname),
                                                   lower_kind(dist)), lead="Điều 1.")
    rows = []
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs):
        o = tr.owner(name, sex, code)
        for j, (s, n, a, u) in enumerate(ps):
            tr.parcel(o, s, n, a, code, u)
            lead = [(str(i + 1), len(ps)), ("%s %s" % (TITLES[sex], name), len(ps))] \
                if j == 0 else [None, None]
            rows.append(lead + [str(n), str(s), vn(a) + " m2", u])
    draw_table(sh, Table(["STT", "Họ và tên người sử dụng đất", "Thửa đất số",
                          "Tờ bản đồ số", "Diện tích thu hồi", "Loại đất"],
                         [1, 5, 1.7, 1.7, 2.4, 1.5], rows, "grid",
                         align=["C", "L", "C", "C", "R", "C"]), header="repeat")
    closing(sh, rnd, iss, [
        (2, "Giao Phòng Tài nguyên và Môi trường, Ủy ban nhân dân %s và Trung tâm Phát "
            "triển quỹ đất huyện thông báo, giao Quyết định này cho người có đất thu hồi; "
            "chỉnh lý hồ sơ địa chính theo quy định." % lower_kind(cname)),
        (3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
            "huyện, Trưởng phòng Tài nguyên và Môi trường và những người có tên tại "
            "Điều 1 chịu trách nhiệm thi hành Quyết định này./.")], "tm")
    return sh, tr, facts("thu-hoi", "table-rowspan-m2", "2016-2025", "Carlito", iss,
                         number, date, "Về việc " + subject)


# ---- 2. recovery: the list in a landscape appendix ruled only vertically
def d_appendix(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Thị xã Hòa Thành", "thị xã", 2021, "Noto Sans Display", 12.5, "thu-hoi")
    subject = "thu hồi đất để xây dựng Trường Trung học cơ sở %s" % bare(cname)
    opening(sh, rnd, iss, number, date, "row", subject, "ve-viec", 4, DISTRICT_OFFICE)
    hs = holders(rnd, 7, code, "72", 2021, ids="mixed")
    tot = sum(h[5][0][2] for h in hs)
    sh.para("Thu hồi %s m² đất do %d hộ gia đình, cá nhân đang sử dụng tại %s, thị "
            "xã %s (chi tiết tại Phụ lục kèm theo Quyết định này)." % (
                vn(tot), len(hs), lower_kind(cname), bare(dist)), lead="Điều 1.")
    sh.para("Lý do thu hồi đất: thực hiện dự án xây dựng công trình giáo dục theo kế "
            "hoạch sử dụng đất năm %d của thị xã đã được phê duyệt." % date.year)
    closing(sh, rnd, iss, [
        (2, "Ủy ban nhân dân %s có trách nhiệm giao Quyết định này cho các hộ gia "
            "đình, cá nhân có tên trong Phụ lục; niêm yết công khai tại trụ sở Ủy ban "
            "nhân dân và nhà văn hóa khu dân cư." % lower_kind(cname)),
        (3, "Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Tài nguyên và Môi "
            "trường, Chủ tịch UBND %s và các hộ gia đình, cá nhân có tên tại Điều 1 "
            "chịu trách nhiệm thi hành Quyết định này./." % lower_kind(cname))], "kt")
    sh.new_page(landscape=True)
    sh.line("PHỤ LỤC", "B", align="C")
    sh.line("DANH SÁCH HỘ GIA ĐÌNH, CÁ NHÂN CÓ ĐẤT BỊ THU HỒI", "B", align="C")
    sh.line("(Kèm theo Quyết định số %s ngày %s của Ủy ban nhân dân thị xã %s)" % (
        number, dmy(date), bare(dist)), "I", align="C")
    sh.gap(0.4)
    notes = ["Thu hồi một phần thửa", "", "Thu hồi toàn bộ thửa",
             "Đất đã có Giấy chứng nhận", "", "Đang tranh chấp ranh giới"]
    rows = []
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs):
        s, n, a, u = ps[0]
        addr = hamlet_of(rnd, cname, "thị xã " + bare(dist))
        o = tr.owner(name, sex, code, year=y, idn=idn, idt=kind, address=addr)
        tr.parcel(o, s, n, a, code, u)
        rows.append([str(i + 1), "%s %s" % (TITLES[sex], name), str(y), idn, addr,
                     vn(a), str(n), str(s), u, rnd.choice(notes)])
    draw_table(sh, Table(["TT", "Họ và tên", "Năm sinh", "Số CCCD/CMND",
                          "Địa chỉ thường trú", "Diện tích thu hồi (m²)", "Số thửa",
                          "Tờ bản đồ", "Loại đất", "Ghi chú"],
                         [0.8, 3.6, 1.5, 2.8, 5, 2.1, 1.3, 1.4, 1.3, 3.2], rows,
                         "vrules", pt=11,
                         align=["C", "L", "C", "C", "L", "R", "C", "C", "C", "L"]))
    return sh, tr, facts("thu-hoi", "table-appendix-landscape-vrules", "2016-2025",
                         "Noto Sans Display", iss, number, date, "Về việc " + subject)


# ---- 3. recovery: the total row first, birth dates dd/mm/yyyy, personal IDs
def d_total_first(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Quận Hải An", "quận", 2023, "Carlito", 13, "thu-hoi")
    subject = "thu hồi đất để thực hiện dự án xây dựng tuyến đường nối khu công nghiệp"
    opening(sh, rnd, iss, number, date, "split", subject, "bare", 2, DISTRICT_OFFICE)
    hs = holders(rnd, 6, code, "31", 2023, ids="dinh-danh", uses=("ODT", "CLN", "HNK"))
    bs = [born(rnd) for _ in hs]
    tot = sum(h[5][0][2] for h in hs)
    sh.para("Thu hồi đất của các hộ gia đình, cá nhân đang sử dụng tại %s, quận %s, "
            "cụ thể theo bảng dưới đây:" % (lower_kind(cname), bare(dist)),
            lead="Điều 1.")
    rows = [["", "Tổng cộng", "", "", "", "", vn(tot)]]
    for i, ((name, sex, y, idn, kind, ps), b) in enumerate(zip(hs, bs)):
        s, n, a, u = ps[0]
        idn = cccd(rnd, "31", sex, b.year)
        o = tr.owner(name, sex, code, born=b, idn=idn, idt="dinh-danh")
        tr.parcel(o, s, n, a, code)
        rows.append([str(i + 1), "%s %s" % (TITLES[sex], name), dmy(b), idn, str(s),
                     str(n), vn(a)])
    draw_table(sh, Table(["STT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân",
                          "Tờ bản đồ số", "Thửa đất số", "Diện tích thu hồi (m²)"],
                         [0.9, 4, 2.3, 3.2, 1.5, 1.5, 2.2], rows, "grid",
                         align=["C", "L", "C", "C", "C", "C", "R"], bold_rows=[0]))
    sh.para("Loại đất thu hồi: đất ở tại đô thị và đất nông nghiệp xen kẹt trong "
            "khu dân cư.")
    closing(sh, rnd, iss, [
        (2, "Giao Ban Bồi thường, giải phóng mặt bằng quận phối hợp với Ủy ban nhân "
            "dân %s tổ chức thực hiện Quyết định này." % lower_kind(cname)),
        (3, "Quyết định này có hiệu lực thi hành kể từ ngày ký./.")], "tm")
    return sh, tr, facts("thu-hoi", "table-total-first-birthdate", "2016-2025",
                         "Carlito", iss, number, date, subject[0].upper() + subject[1:])


# ---- 4. recovery after July 2025: holders as numbered paragraphs, upper case
def d_numbered(rnd):
    comm = province_now("Nghệ An")
    code, cname = rnd.choice([c for c in comm if c[1].startswith("Xã ")])
    iss = Issuer("xã", cname, bare(cname))
    date, number = a_date(rnd, 2025, 8, 11), a_number(rnd)
    sh, tr = Sheet("Noto Sans Display", 13), Truth("thu-hoi")
    subject = "thu hồi đất để xây dựng kênh tưới tiêu nội đồng"
    opening(sh, rnd, iss, number, date, "split", subject, "vv", 3, COMMUNE_OFFICE,
            hand=True)
    hs = holders(rnd, 5, code, "40", 2025, alo=40, ahi=420, uses=("LUC", "HNK"))
    sh.para("Thu hồi đất của %d hộ gia đình, cá nhân tại %s, tỉnh Nghệ An, gồm:"
            % (len(hs), lower_kind(cname)), lead="Điều 1.")
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs):
        s, n, a, u = ps[0]
        addr = hamlet_of(rnd, cname, "tỉnh Nghệ An")
        o = tr.owner(name, sex, code, year=y, idn=idn, idt="cccd", address=addr)
        tr.parcel(o, s, n, a, code, u)
        sh.para("%d. %s %s, sinh năm %d, số CCCD %s; thường trú tại %s; thửa đất số "
                "%d, tờ bản đồ số %d, diện tích thu hồi %s m2, loại đất %s." % (
                    i + 1, TITLES[sex], name.upper(), y, idn, addr, n, s, vn(a), u),
                indent=mm(5))
    closing(sh, rnd, iss, [
        (2, "Phòng Kinh tế chủ trì, phối hợp với công chức địa chính xã cập nhật biến "
            "động vào hồ sơ địa chính."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "tm",
        ["Như Điều 3;", "Sở Nông nghiệp và Môi trường;", "Lưu: VT."])
    return sh, tr, facts("thu-hoi", "list-numbered-upper", "post-2025-07",
                         "Noto Sans Display", iss, number, date, "V/v " + subject)


# ---- 5. recovery: a land table and a table of the assets on it
def d_two_tables(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Huyện Hồng Dân", "huyện", 2016, "Carlito", 13, "thu-hoi")
    subject = "thu hồi đất và tài sản gắn liền với đất để xây dựng cống ngăn mặn"
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 1, DISTRICT_OFFICE)
    hs = holders(rnd, 4, code, "95", 2016, alo=200, ahi=2600, uses=("NTS", "LUC", "CLN"))
    sh.para("Thu hồi đất của các hộ gia đình, cá nhân tại %s, huyện %s, như sau:"
            % (lower_kind(cname), bare(dist)), lead="Điều 1.")
    rows = []
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs):
        s, n, a, u = ps[0]
        addr = "%s, %s" % (rnd.choice(HAMLET[5:]), lower_kind(cname))
        o = tr.owner(name, sex, code, address=addr)
        tr.parcel(o, s, n, a, code, u)
        rows.append([str(i + 1), "%s %s" % (TITLES[sex], name), addr, str(s), str(n),
                     vn(a), u])
    draw_table(sh, Table(["Số TT", "Họ và tên", "Địa chỉ", "Tờ bản đồ", "Thửa số",
                          "Diện tích (m²)", "Mục đích"],
                         [1, 3.6, 3.6, 1.3, 1.3, 1.9, 1.3], rows, "grid",
                         align=["C", "L", "L", "C", "C", "R", "C"]))
    sh.para("Tài sản gắn liền với đất bị thu hồi gồm:", lead="Điều 2.")
    goods = [("Nhà tạm khung gỗ, mái lá", "m²", "36,0"), ("Cây dừa", "cây", "24"),
             ("Ao nuôi tôm", "m²", "410,5"), ("Hàng rào lưới B40", "m", "52,0"),
             ("Cây xoài", "cây", "9")]
    arows = []
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs[:3]):
        g = goods[i + rnd.randint(0, 2)]
        arows.append([str(i + 1), "%s %s" % (TITLES[sex], name), g[0], g[1], g[2]])
    draw_table(sh, Table(["STT", "Chủ sở hữu tài sản", "Loại tài sản", "Đơn vị tính",
                          "Khối lượng"], [1, 4, 4.5, 1.7, 1.8], arows, "head",
                         align=["C", "L", "L", "C", "R"]))
    closing(sh, rnd, iss, [
        (3, "Giao Trung tâm Phát triển quỹ đất huyện lập phương án bồi thường, hỗ "
            "trợ trình cấp có thẩm quyền phê duyệt."),
        (4, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
            "huyện và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành./.")], "tm")
    return sh, tr, facts("thu-hoi", "table-two-land-assets", "2016-2025", "Carlito",
                         iss, number, date, "Về việc " + subject)


# ---- 6. change of use: a table ruled under its header only
def d_change_table(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Thị xã Kỳ Anh", "thị xã", 2018, "Noto Sans Display", 12.5, "chuyen-muc-dich")
    subject = "cho phép chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân"
    opening(sh, rnd, iss, number, date, "row", subject, "ve-viec", 5, DISTRICT_OFFICE)
    hs = holders(rnd, 5, code, "42", 2018, alo=80, ahi=300, uses=("CLN", "BHK"))
    tot = sum(h[5][0][2] for h in hs)
    sh.para("Cho phép %d hộ gia đình, cá nhân chuyển mục đích sử dụng %s m² đất từ "
            "đất nông nghiệp sang đất ở tại nông thôn, cụ thể:" % (len(hs), vn(tot)),
            lead="Điều 1.")
    rows = []
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs):
        s, n, a, u = ps[0]
        addr = hamlet_of(rnd, cname, "thị xã " + bare(dist))
        o = tr.owner(name, sex, code, address=addr)
        tr.parcel(o, s, n, a, code, u, "ONT")
        rows.append([str(i + 1), "%s %s" % (TITLES[sex], name), addr, str(n), str(s),
                     vn(a), u, "ONT"])
    draw_table(sh, Table(["TT", "Họ và tên", "Địa chỉ thường trú", "Thửa đất",
                          "Tờ bản đồ", "Diện tích (m²)", "Từ loại đất", "Sang loại đất"],
                         [0.8, 3.4, 4.6, 1.3, 1.3, 1.8, 1.4, 1.4], rows, "head", pt=11.5,
                         align=["C", "L", "L", "C", "C", "R", "C", "C"]))
    sh.para("Vị trí các thửa đất được xác định theo bản đồ địa chính %s đo vẽ năm "
            "2014." % lower_kind(cname))
    closing(sh, rnd, iss, [
        (2, "Các hộ gia đình, cá nhân có tên tại Điều 1 nộp tiền sử dụng đất theo "
            "thông báo của cơ quan thuế; sử dụng đất đúng mục đích."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "kt")
    return sh, tr, facts("chuyen-muc-dich", "table-change-head-rules", "2016-2025",
                         "Noto Sans Display", iss, number, date, "Về việc " + subject)


# ---- 7. change of use by a ward's chairman, lettered sub-points
def d_ward_lettered(rnd):
    comm = province_now("Thành phố Hải Phòng")
    code, cname = rnd.choice([c for c in comm if c[1].startswith("Phường ")])
    iss = Issuer("phường", cname, bare(cname))
    date, number = a_date(rnd, 2025, 9, 12), a_number(rnd)
    sh, tr = Sheet("Carlito", 13.5), Truth("chuyen-muc-dich")
    subject = "cho phép chuyển mục đích sử dụng đất"
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 4, WARD_OFFICE,
            "CHỦ TỊCH ỦY BAN NHÂN DÂN " + iss.upper)
    name, sex = person(rnd)
    b = born(rnd)
    idn = cccd(rnd, "31", sex, b.year)
    addr = "%s, %s, thành phố Hải Phòng" % (rnd.choice(HAMLET), lower_kind(cname))
    o = tr.owner(name, sex, code, born=b, idn=idn, idt="dinh-danh", address=addr)
    s, n, a = rnd.randint(3, 40), rnd.randint(20, 980), area(rnd, 60, 260)
    paddr = "%s, %s, thành phố Hải Phòng" % (rnd.choice(HAMLET), lower_kind(cname))
    tr.parcel(o, s, n, a, code, "HNK", "ODT", "Lâu dài", None, paddr)
    sh.para("Cho phép %s %s, sinh ngày %s, số định danh cá nhân %s, nơi thường trú: "
            "%s, được chuyển mục đích sử dụng đất như sau:" % (
                TITLES[sex].lower(), name, dmy(b), idn, addr), lead="Điều 1.")
    for s_ in ["a) Thửa đất số %d, tờ bản đồ số %d;" % (n, s),
               "b) Địa chỉ thửa đất: %s;" % paddr,
               "c) Diện tích: %s m²;" % vn(a),
               "d) Mục đích sử dụng đất trước khi chuyển: %s;" % USE["HNK"],
               "đ) Mục đích sử dụng đất sau khi chuyển: %s (ODT);" % USE["ODT"],
               "e) Thời hạn sử dụng đất: Lâu dài."]:
        sh.para(s_, indent=mm(6))
    closing(sh, rnd, iss, [
        (2, "Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất, lệ phí trước "
            "bạ theo quy định; đăng ký biến động đất đai tại Chi nhánh Văn phòng đăng "
            "ký đất đai."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
            "phường và %s %s chịu trách nhiệm thi hành./." % (TITLES[sex].lower(), name))],
        "chair", ["Như Điều 3;", "Thuế cơ sở;", "Lưu: VT, KTHTĐT."])
    return sh, tr, facts("chuyen-muc-dich", "prose-lettered-ward", "post-2025-07",
                         "Carlito", iss, number, date, "Về việc " + subject)


# ---- 8. allocation, 2007, typewriter-like, the committee abbreviated
def d_typewriter(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Huyện Yên Thành", "huyện", 2007, "Noto Mono", 11.5, "giao-dat")
    subject = "giao đất ở cho hộ gia đình tại %s" % lower_kind(cname)
    opening(sh, rnd, iss, number, date, "abbrev", subject, "vv", 3, DISTRICT_OFFICE)
    name, sex = person(rnd, "M")
    idn = cmnd(rnd)
    addr = hamlet_of(rnd, cname, "huyện " + bare(dist))
    o = tr.owner(name, sex, code, idn=idn, idt="cmnd", address=addr, household=True)
    s, n, a = rnd.randint(2, 30), rnd.randint(50, 900), area(rnd, 150, 400)
    origin = "Nhà nước giao đất có thu tiền sử dụng đất"
    tr.parcel(o, s, n, a, code, "ONT", None, "Lâu dài", origin)
    sh.para("Giao cho hộ ông %s, CMND số %s, thường trú tại %s, được sử dụng đất "
            "như sau:" % (name, idn, addr), lead="Điều 1.", justify=False)
    for s_ in ["- Thửa đất số: %d; tờ bản đồ số: %d;" % (n, s),
               "- Diện tích: %s m2;" % vn(a),
               "- Mục đích sử dụng: Đất ở tại nông thôn (ONT);",
               "- Thời hạn sử dụng: Lâu dài;",
               "- Nguồn gốc sử dụng: %s." % origin]:
        sh.para(s_, indent=mm(8), justify=False)
    closing(sh, rnd, iss, [
        (2, "Hộ ông %s có trách nhiệm nộp tiền sử dụng đất và sử dụng đất đúng mục "
            "đích, đúng ranh giới đã giao." % name),
        (3, "Chánh Văn phòng HĐND-UBND huyện, Trưởng phòng Tài nguyên và Môi trường, "
            "Chủ tịch UBND %s và hộ ông %s chịu trách nhiệm thi hành Quyết định "
            "này./." % (lower_kind(cname), name))], "tm")
    return sh, tr, facts("giao-dat", "prose-typewriter-abbrev", "2004-2015", "Noto Mono",
                         iss, number, date, "V/v " + subject)


# ---- 9. a province leases land to a company, dash lines
def d_lease(rnd):
    prov, dist, comm = district("Thị xã Ninh Hòa")
    code, cname = rnd.choice(comm)
    iss = Issuer("tỉnh", prov, "Khánh Hòa")
    date, number = a_date(rnd, 2020), a_number(rnd)
    sh, tr = Sheet("Noto Sans Display", 13), Truth("cho-thue")
    subject = "cho Công ty Cổ phần Chế biến thủy sản Ninh Hòa thuê đất"
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 4, PROVINCE_OFFICE)
    co = "Công ty Cổ phần Chế biến thủy sản Ninh Hòa"
    o = tr.owner(co, None, code, org=True)
    s, n, a = rnd.randint(5, 60), rnd.randint(10, 400), round(rnd.uniform(8000, 30000), 1)
    origin = "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"
    tr.parcel(o, s, n, a, code, "SKC", None, "50 năm", origin)
    sh.para("Cho %s (mã số doanh nghiệp 4201%06d) thuê %s m² đất tại %s, thị xã Ninh "
            "Hòa để xây dựng nhà máy chế biến thủy sản xuất khẩu." % (
                co, rnd.randrange(10 ** 6), vn(a), lower_kind(cname)), lead="Điều 1.")
    for s_ in ["- Vị trí khu đất: thửa đất số %d, tờ bản đồ số %d;" % (n, s),
               "- Mục đích sử dụng đất: %s;" % USE["SKC"],
               "- Thời hạn thuê đất: 50 năm;",
               "- Hình thức thuê đất: %s." % origin,
               "Thời hạn thuê đất được tính từ ngày ký Quyết định này."]:
        sh.para(s_, indent=mm(8))
    closing(sh, rnd, iss, [
        (2, "Sở Tài nguyên và Môi trường ký hợp đồng thuê đất; Cục Thuế tỉnh xác định "
            "đơn giá thuê đất; Ủy ban nhân dân thị xã Ninh Hòa bàn giao đất trên thực "
            "địa."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "kt",
        ["Như Điều 3;", "Bộ Tài nguyên và Môi trường;", "Lưu: VT, KT."])
    return sh, tr, facts("cho-thue", "prose-company-dashes", "2016-2025",
                         "Noto Sans Display", iss, number, date, "Về việc " + subject)


# ---- 10. recognition for a couple, parcels "thứ nhất" / "thứ hai"
def d_couple(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Thành phố Bảo Lộc", "thành phố", 2017, "Carlito", 13, "cong-nhan")
    subject = "công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 3, DISTRICT_OFFICE)
    (hn, _), (wn, _) = person(rnd, "M"), person(rnd, "F")
    hy, wy = rnd.randint(1955, 1985), rnd.randint(1955, 1988)
    hid, wid = cmnd(rnd), cccd(rnd, "68", "F", wy)
    addr = hamlet_of(rnd, cname, "thành phố Bảo Lộc")
    h = tr.owner(hn, "M", code, year=hy, idn=hid, idt="cmnd", address=addr)
    w = tr.owner(wn, "F", code, year=wy, idn=wid, idt="cccd", address=addr)
    tr.couple(h, w)
    sh.para("Công nhận quyền sử dụng đất cho ông %s, sinh năm %d, CMND số %s và vợ là "
            "bà %s, sinh năm %d, CCCD số %s; cùng thường trú tại %s, đối với các thửa "
            "đất sau:" % (hn, hy, hid, wn, wy, wid, addr), lead="Điều 1.")
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    for k, (ordinal, use) in enumerate((("Thửa thứ nhất", "ODT"), ("Thửa thứ hai", "CLN"))):
        s, n, a = rnd.randint(2, 50), rnd.randint(20, 1500), area(rnd, 90, 800)
        tr.parcel(h, s, n, a, code, use, None, "Lâu dài", origin)
        sh.para(ordinal + ":", indent=mm(5), style="I")
        for s_ in ["- Thửa đất số: %d; tờ bản đồ số: %d;" % (n, s),
                   "- Diện tích: %s m²; hình thức sử dụng: chung;" % vn(a),
                   "- Mục đích sử dụng: %s;" % USE[use],
                   "- Thời hạn sử dụng: Lâu dài;",
                   "- Nguồn gốc sử dụng: %s." % origin]:
            sh.para(s_, indent=mm(8))
    closing(sh, rnd, iss, [
        (2, "Văn phòng đăng ký đất đai chi nhánh thành phố Bảo Lộc cập nhật, chỉnh lý "
            "hồ sơ địa chính; người sử dụng đất thực hiện nghĩa vụ tài chính."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "tm")
    return sh, tr, facts("cong-nhan", "prose-couple-ordinal", "2016-2025", "Carlito",
                         iss, number, date, "Về việc " + subject)


# ---- 11. a certificate with a house, the land and house points lettered
def d_house(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Quận Gò Vấp", "quận", 2022, "Noto Sans Display", 13, "cap-gcn")
    subject = ("cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
               "khác gắn liền với đất")
    opening(sh, rnd, iss, number, date, "row", subject, "ve-viec", 3, DISTRICT_OFFICE)
    name, sex = person(rnd, "F")
    y = rnd.randint(1960, 1990)
    idn = cccd(rnd, "79", sex, y)
    addr = "%d/%d đường Quang Trung, %s, quận Gò Vấp" % (
        rnd.randint(2, 300), rnd.randint(2, 40), lower_kind(cname))
    o = tr.owner(name, sex, code, year=y, idn=idn, idt="cccd", address=addr)
    s, n, a = rnd.randint(2, 40), rnd.randint(10, 600), area(rnd, 45, 120)
    origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
    tr.parcel(o, s, n, a, code, "ODT", None, "Lâu dài", origin, addr)
    bld = round(a * rnd.uniform(0.7, 0.95), 1)
    floors = rnd.randint(2, 4)
    tr.house = {"building_area": bld, "floor_area": round(bld * floors, 1),
                "structure": "Tường gạch, sàn bê tông cốt thép, mái tôn",
                "floors": floors, "year_built": rnd.randint(2005, 2020)}
    sh.para("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
            "khác gắn liền với đất cho bà %s, năm sinh %d, CCCD số %s, địa chỉ "
            "thường trú: %s." % (name, y, idn, addr), lead="Điều 1.")
    sh.para("1. Thửa đất:", indent=mm(5), style="B")
    for s_ in ["a) Thửa đất số: %d;    b) Tờ bản đồ số: %d;" % (n, s),
               "c) Địa chỉ: %s;" % addr, "d) Diện tích: %s m²;" % vn(a),
               "đ) Hình thức sử dụng: Sử dụng riêng;",
               "e) Mục đích sử dụng: %s;" % USE["ODT"],
               "g) Thời hạn sử dụng: Lâu dài;", "h) Nguồn gốc sử dụng: %s." % origin]:
        sh.para(s_, indent=mm(8))
    hs_ = tr.house
    sh.para("2. Nhà ở:", indent=mm(5), style="B")
    for s_ in ["a) Loại nhà ở: Nhà ở riêng lẻ;",
               "b) Diện tích xây dựng: %s m²;" % vn(hs_["building_area"]),
               "c) Diện tích sàn: %s m²;" % vn(hs_["floor_area"]),
               "d) Kết cấu: %s;" % hs_["structure"],
               "đ) Số tầng: %d;" % floors,
               "e) Năm hoàn thành xây dựng: %d." % hs_["year_built"]]:
        sh.para(s_, indent=mm(8))
    closing(sh, rnd, iss, [
        (2, "Chi nhánh Văn phòng đăng ký đất đai quận Gò Vấp trao Giấy chứng nhận sau "
            "khi người sử dụng đất hoàn thành nghĩa vụ tài chính."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "kt")
    return sh, tr, facts("cap-gcn", "prose-house-lettered", "2016-2025",
                         "Noto Sans Display", iss, number, date, "Về việc " + subject)


# ---- 12. not a land record: a district's land-use plan for a year
def d_plan(rnd):
    prov, dist, comm = district("Huyện Văn Lâm")
    iss, date, number = Issuer("huyện", dist), a_date(rnd, 2023, 11, 12), a_number(rnd)
    sh, tr = Sheet("Carlito", 13), Truth("other")
    subject = "phê duyệt kế hoạch sử dụng đất năm %d của huyện Văn Lâm" % (date.year + 1)
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 2, DISTRICT_OFFICE)
    sh.para("Phê duyệt kế hoạch sử dụng đất năm %d của huyện Văn Lâm với các chỉ tiêu "
            "chủ yếu sau:" % (date.year + 1), lead="Điều 1.")
    for k, s_ in enumerate(["Đất nông nghiệp", "Đất phi nông nghiệp", "Đất chưa sử dụng"]):
        sh.para("%s) %s: %s ha;" % ("abc"[k], s_, vn(rnd.uniform(10, 4000), 2)), indent=mm(6))
    sh.para("Danh mục công trình, dự án thực hiện trong năm được thể hiện trên bản đồ "
            "kế hoạch sử dụng đất tỷ lệ 1/10.000.")
    closing(sh, rnd, iss, [
        (2, "Phòng Tài nguyên và Môi trường công bố công khai kế hoạch sử dụng đất; "
            "tổ chức thực hiện thu hồi đất, chuyển mục đích sử dụng đất theo kế hoạch."),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "tm")
    return sh, tr, facts("other", "prose-plan", "2016-2025", "Carlito", iss, number,
                         date, "Về việc " + subject)


# ---- 13. allocation to households, a ruled table whose header repeats
def d_households(rnd):
    dist, code, cname, iss, date, number, sh, tr = local(
        rnd, "Huyện Cái Bè", "huyện", 2012, "Carlito", 12.5, "giao-dat")
    subject = "giao đất nông nghiệp cho hộ gia đình, cá nhân trực tiếp sản xuất"
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 3, DISTRICT_OFFICE)
    hs = holders(rnd, 13, code, "82", 2012, ids="cmnd", alo=600, ahi=5000,
                 uses=("LUC", "CLN"))
    sh.para("Giao đất nông nghiệp cho %d hộ gia đình, cá nhân tại %s để sử dụng vào "
            "mục đích sản xuất nông nghiệp theo danh sách sau:" % (len(hs),
                                                                    lower_kind(cname)),
            lead="Điều 1.")
    rows = []
    for i, (name, sex, y, idn, kind, ps) in enumerate(hs):
        s, n, a, u = ps[0]
        addr = "%s, %s" % (rnd.choice(HAMLET[5:]), lower_kind(cname))
        o = tr.owner(name, sex, code, idn=idn, idt="cmnd", address=addr, household=True)
        tr.parcel(o, s, n, a, code, u, None, "50 năm")
        rows.append([str(i + 1), "Hộ %s %s" % (TITLES[sex].lower(), name), idn, addr,
                     str(s), str(n), vn(a), u, "50 năm"])
    draw_table(sh, Table(["STT", "Họ tên chủ hộ", "Số CMND", "Địa chỉ", "Tờ BĐ",
                          "Số thửa", "Diện tích (m²)", "Loại đất", "Thời hạn"],
                         [0.8, 3.3, 2.1, 3.2, 1.1, 1.2, 1.8, 1.2, 1.4], rows, "grid",
                         pt=11.5, align=["C", "L", "C", "L", "C", "C", "R", "C", "C"]),
               header="repeat")
    closing(sh, rnd, iss, [
        (2, "Ủy ban nhân dân %s xác định ranh giới, mốc giới và bàn giao đất trên "
            "thực địa." % lower_kind(cname)),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "tm")
    return sh, tr, facts("giao-dat", "table-households-repeat-header", "2004-2015",
                         "Carlito", iss, number, date, "Về việc " + subject)


# ---- 14. a decision amending an earlier recovery decision
def d_amend(rnd):
    prov, dist, comm = district("Thành phố Thủ Đức")
    code, cname = rnd.choice(comm)
    iss, date, number = Issuer("thành phố", dist), a_date(rnd, 2024, 3, 6), a_number(rnd)
    old_no, old_date = a_number(rnd), a_date(rnd, 2023, 6, 12)
    sh, tr = Sheet("Noto Sans Display", 13), Truth("thu-hoi")
    subject = ("sửa đổi, bổ sung Quyết định số %s ngày %s của Ủy ban nhân dân thành "
               "phố Thủ Đức về thu hồi đất" % (old_no, dmy(old_date)))
    opening(sh, rnd, iss, number, date, "split", subject, "ve-viec", 3, DISTRICT_OFFICE)
    name, sex = person(rnd)
    y = rnd.randint(1950, 1985)
    o = tr.owner(name, sex, code, year=y)
    s, n, a = rnd.randint(2, 70), rnd.randint(10, 900), area(rnd, 30, 260)
    tr.parcel(o, s, n, a, code, "ODT")
    sh.para("Sửa đổi, bổ sung Điều 1 Quyết định số %s ngày %s như sau:" % (
        old_no, dmy(old_date)), lead="Điều 1.")
    sh.para("“Điều 1. Thu hồi %s m² đất ở tại đô thị (ODT) của %s %s, sinh năm %d, "
            "thuộc thửa đất số %d, tờ bản đồ số %d, %s, thành phố Thủ Đức.”" % (
                vn(a), TITLES[sex].lower(), name, y, n, s, lower_kind(cname)),
            style="I")
    sh.para("Lý do điều chỉnh: diện tích thu hồi được đo đạc lại theo bản đồ địa chính "
            "chỉnh lý năm %d." % (date.year - 1))
    closing(sh, rnd, iss, [
        (2, "Các nội dung khác của Quyết định số %s ngày %s giữ nguyên giá trị pháp "
            "lý." % (old_no, dmy(old_date))),
        (3, "Quyết định này có hiệu lực kể từ ngày ký./.")], "kt")
    return sh, tr, facts("thu-hoi", "prose-amend-recovery", "2016-2025",
                         "Noto Sans Display", iss, number, date, "Về việc " + subject)


DOCS = [d_rowspan, d_appendix, d_total_first, d_numbered, d_two_tables, d_change_table,
        d_ward_lettered, d_typewriter, d_lease, d_couple, d_house, d_plan, d_households,
        d_amend]
