"""docs9: the fourteen decisions of family 9, each a layout of its own, with
the truth of what it prints."""
import datetime
from page9 import Cell, table
from parts9 import Decision, when, issuer_name
from words9 import (LAND, VILLAGE, person, cccd, cmnd, area_text, area_words,
                    lower_type, district_communes, new_communes)

CANCU_OLD = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
    "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ"
    " quy định chi tiết thi hành một số điều của Luật Đất đai;",
]
CANCU_2024 = [
    "Căn cứ Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua ngày 18"
    " tháng 01 năm 2024;",
    "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính"
    " phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
]
CANCU_2025 = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
] + CANCU_2024
RECIP = ["- Như Điều 3;", "- Sở Tài nguyên và Môi trường;",
         "- Văn phòng đăng ký đất đai;", "- Lưu: VT, TNMT."]
ORIGIN_GIAO = "Nhà nước giao đất có thu tiền sử dụng đất"
ORIGIN_CN = "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất"
ORIGIN_CN_THU = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"
ORIGIN_THUE = "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def holders(dc, r, units, n, couples=(), hh=(), per=(1, 2), uses=("LUC",),
            years=(1945, 1990), ids=None, addr=False, show_year=True):
    """n groups of holders (an owner, or a couple) with their parcels, in
    the truth; returned as [(owner indexes, (label lines), [parcel dicts])].
    ids: None, 'cccd' or 'mixed' (12-digit or 9-digit).  A birth year is
    drawn for everyone (the ID numbers carry it) but is in the truth only
    when show_year: when the table prints it."""
    groups = []
    for i in range(n):
        u = pick(r, units)
        village = pick(r, VILLAGE)
        a = u.addr(village, with_province=False) if addr else None
        g = r.choice("MF")
        name, g = person(r, g)
        yr = r.randint(*years)
        idn = idt = None
        if ids == "cccd" or (ids == "mixed" and r.random() < 0.6):
            idn, idt = cccd(r, u.pcode, g, yr), "cccd"
        elif ids == "mixed":
            idn, idt = cmnd(r), "cmnd"
        household = i in hh
        o = dc.owner(name, g, yr if show_year else None, idn=idn, idt=idt,
                     addr=a, code=u.code, household=household)
        own = [o]
        title = ("Hộ ông " if g == "M" else "Hộ bà ") if household else (
            "Ông " if g == "M" else "Bà ")
        label = [title + name]
        if i in couples:
            g2 = "F" if g == "M" else "M"
            n2, _ = person(r, g2)
            y2 = r.randint(*years)
            id2 = None if not idn else (
                cmnd(r) if idt == "cmnd" else cccd(r, u.pcode, g2, y2))
            o2 = dc.owner(n2, g2, y2 if show_year else None, idn=id2,
                          idt=idt if id2 else None, addr=a, code=u.code)
            dc.couple(o, o2)
            own.append(o2)
            label.append(("Bà " if g2 == "F" else "Ông ") + n2)
        parcels = []
        for _ in range(r.randint(*per)):
            use = pick(r, uses)
            area = round(r.uniform(60, 3200), 1)
            if r.random() < 0.25:
                area = float(round(area))
            p = {"sheet": r.randint(1, 58), "number": r.randint(3, 1890),
                 "area": area, "use": use}
            dc.parcel(p["sheet"], p["number"], area, use, o, code=u.code)
            p["truth"] = dc.parcels[-1]
            parcels.append(p)
        groups.append((own, label, parcels, u, village))
    return groups


def common_articles(dc, first=2, office="Văn phòng Đăng ký đất đai", mark="."):
    dc.article("Điều %d%s" % (first, mark),
               "Giao %s và Ủy ban nhân dân các xã, phường có liên quan thực hiện"
               " việc bàn giao đất trên thực địa, chỉnh lý hồ sơ địa chính và cơ sở"
               " dữ liệu đất đai theo quy định." % office)
    dc.article("Điều %d%s" % (first + 1, mark),
               "Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng Hội đồng"
               " nhân dân và Ủy ban nhân dân, Trưởng các phòng, ban có liên quan"
               " và các hộ gia đình, cá nhân có tên tại Điều 1 chịu trách nhiệm"
               " thi hành Quyết định này./.")


def sign(dc, r, deputy=None):
    role = ["TM. ỦY BAN NHÂN DÂN"] + (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
                                      if (r.random() < 0.5 if deputy is None else deputy)
                                      else ["CHỦ TỊCH"])
    name, _ = person(r, "M")
    seal = "ỦY BAN NHÂN DÂN * " + (lower_type(dc.unit.district or dc.unit.commune)).upper()
    dc.signature(role, name, RECIP, seal_text=seal)


def issuer_lines(unit, post, lines=2):
    top = unit.commune if post else unit.district
    up = lower_type(top).upper()
    if lines == 1:
        return ["UBND " + up]
    if lines == 3:
        return ["ỦY BAN NHÂN DÂN", up, lower_type(unit.province).upper()]
    return ["ỦY BAN NHÂN DÂN", up]


def heads(*labels):
    """A one-row header: each label centred in its column."""
    return [Cell(t, 0, i, align="center") for i, t in enumerate(labels)]


def row(*vals):
    """A one-row band: each value text (left) or (text, align)."""
    cells = []
    for i, v in enumerate(vals):
        t, al = v if isinstance(v, tuple) else (v, "left")
        cells.append(Cell(t, 0, i, align=al))
    return (cells, 1)


def total(groups):
    return sum(p["area"] for g in groups for p in g[2])


# --- the fourteen layouts ------------------------------------------------

def thu_hoi_unruled(r, ident, year):
    """Recovery list with no rules at all: columns aligned by spaces."""
    comm = district_communes("Thị xã Hòa Thành")
    u = pick(r, comm)
    dc = Decision(r, ident, "thu-hoi", "Roboto", 12.5, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(100, 2999))
    dc.header(issuer_lines(u, False), "nd30", left_w=0.40)
    dc.title_block("Về việc thu hồi đất để thực hiện dự án nâng cấp, mở rộng"
                   " đường huyện ĐH.07")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD[:2])
    gr = holders(dc, r, [u], 6, per=(1, 2), uses=("LUC", "CLN", "ONT"),
                 years=(1948, 1985), addr=True)
    dc.article("Điều 1.", "Thu hồi %s m² đất của %d hộ gia đình, cá nhân đang sử"
               " dụng tại %s để thực hiện dự án, danh sách cụ thể:" % (
                   area_text(total(gr)), len(gr), lower_type(u.commune)))
    st = dc.body.but(size=11)
    hd = [Cell("TT", 0, 0), Cell("Họ và tên", 0, 1), Cell("Năm sinh", 0, 2),
          Cell("Nơi thường trú", 0, 3), Cell("Tờ BĐ", 0, 4, align="center"),
          Cell("Thửa", 0, 5, align="center"),
          Cell("DT thu hồi (m²)", 0, 6, align="right"), Cell("Loại đất", 0, 7)]
    bands = []
    for i, (own, lab, ps, uu, vil) in enumerate(gr):
        o = dc.owners[own[0]]
        for j, p in enumerate(ps):
            cells = [Cell(str(p["sheet"]), 0, 4, align="center"),
                     Cell(str(p["number"]), 0, 5, align="center"),
                     Cell(area_text(p["area"]), 0, 6, align="right"),
                     Cell(p["use"], 0, 7)]
            if j == 0:
                cells = [Cell(str(i + 1), 0, 0), Cell(lab[0], 0, 1),
                         Cell(str(o["birth_year"]), 0, 2), Cell(o["address"], 0, 3)] + cells
            bands.append((cells, 1))
    table(dc.doc, [0.05, 0.24, 0.09, 0.26, 0.07, 0.07, 0.12, 0.10], hd, 1, bands,
          st, pad=8, ruled=0, valign="top")
    dc.doc.gap(20)
    common_articles(dc)
    sign(dc, r)
    return dc, "table-unruled-spaces", issuer_name(u, False)


def thu_hoi_merged(r, ident, year):
    """Ruled recovery table with a two-level header and the holder's cell
    merged down over its parcels; couples in one cell."""
    u = pick(r, district_communes("Huyện Chợ Mới"))
    dc = Decision(r, ident, "thu-hoi", "EB Garamond", 13.5, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(100, 2999))
    dc.header(issuer_lines(u, False), "row", left_w=0.36, shift=60)
    dc.title_block("V/v thu hồi đất nông nghiệp của các hộ gia đình, cá nhân"
                   " để xây dựng công trình thủy lợi")
    dc.basis("CHỦ TỊCH ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(),
             CANCU_OLD, italic=False)
    gr = holders(dc, r, [u], 5, couples=(1, 3), per=(1, 3),
                 uses=("LUK", "BHK", "RSX", "NTS"), years=(1950, 1988),
                 show_year=False)
    dc.article("Điều 1:", "Thu hồi tổng diện tích %s m² đất nông nghiệp tại %s,"
               " %s, gồm các thửa đất sau:" % (area_text(total(gr)),
                                                lower_type(u.commune),
                                                lower_type(u.district)))
    hd = [Cell("STT", 0, 0, rs=2, align="center"),
          Cell("Chủ sử dụng đất", 0, 1, rs=2, align="center"),
          Cell("Thửa đất bị thu hồi", 0, 2, cs=3, align="center"),
          Cell("Loại đất", 0, 5, rs=2, align="center"),
          Cell("Ghi chú", 0, 6, rs=2, align="center"),
          Cell("Tờ bản đồ số", 1, 2, align="center"),
          Cell("Thửa đất số", 1, 3, align="center"),
          Cell("Diện tích (m²)", 1, 4, align="center")]
    bands = []
    for i, (own, lab, ps, uu, vil) in enumerate(gr):
        n = len(ps)
        who = lab[0] + ("\nvà %s là %s" % (
            "vợ" if lab[1].startswith("Bà") else "chồng", lab[1][0].lower() + lab[1][1:])
            if len(lab) > 1 else "")
        cells = [Cell(str(i + 1), 0, 0, rs=n, align="center"),
                 Cell(who, 0, 1, rs=n)]
        for j, p in enumerate(ps):
            cells += [Cell(str(p["sheet"]), j, 2, align="center"),
                      Cell(str(p["number"]), j, 3, align="center"),
                      Cell(area_text(p["area"]), j, 4, align="right"),
                      Cell(p["use"], j, 5, align="center"),
                      Cell("Thu hồi một phần" if r.random() < 0.3 else "", j, 6)]
        bands.append((cells, n))
    table(dc.doc, [0.07, 0.33, 0.1, 0.1, 0.14, 0.1, 0.16], hd, 2, bands,
          dc.body.but(size=12), pad=10)
    dc.doc.gap(25)
    dc.article("Điều 2:", "Các hộ gia đình, cá nhân có tên tại Điều 1 được bồi thường,"
               " hỗ trợ theo phương án được phê duyệt.")
    common_articles(dc, 3, mark=":")
    sign(dc, r, deputy=False)
    return dc, "table-merged-twolevel", issuer_name(u, False)


def thu_hoi_long(r, ident, year):
    """A long recovery table run onto page 2, its header drawn again; land
    types by name only; a totals row."""
    u = pick(r, district_communes("Thành phố Cao Bằng"))
    dc = Decision(r, ident, "thu-hoi", "Open Sans", 11.5, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(1000, 3999))
    dc.header(issuer_lines(u, False), "nd30", left_w=0.44)
    dc.title_block("Về việc thu hồi đất để thực hiện dự án Khu đô thị mới")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD)
    gr = holders(dc, r, [u], 13, per=(1, 2), uses=("LUC", "CLN", "BHK", "ONT"),
                 years=(1950, 1992), show_year=False)
    dc.article("Điều 1.", "Thu hồi %s m² đất của %d hộ gia đình, cá nhân tại %s"
               " (chi tiết tại bảng dưới đây):" % (
                   area_text(total(gr)), len(gr), lower_type(u.commune)))
    hd = heads("Số TT", "Tên người sử dụng đất", "Số hiệu tờ bản đồ",
               "Số hiệu thửa đất", "Diện tích thu hồi (m²)", "Mục đích sử dụng đất")
    bands = []
    for i, (own, lab, ps, uu, vil) in enumerate(gr):
        for j, p in enumerate(ps):
            bands.append(row((str(i + 1) if j == 0 else "", "center"),
                             lab[0] if j == 0 else "", (str(p["sheet"]), "center"),
                             (str(p["number"]), "center"),
                             (area_text(p["area"]), "right"), LAND[p["use"]]))
    bands.append(([Cell("Tổng cộng", 0, 0, cs=4, align="center"),
                   Cell(area_text(total(gr)), 0, 4, align="right"),
                   Cell("", 0, 5)], 1))
    table(dc.doc, [0.07, 0.3, 0.11, 0.11, 0.15, 0.26], hd, 1, bands,
          dc.body.but(size=11), pad=9)
    dc.doc.gap(20)
    common_articles(dc)
    sign(dc, r)
    return dc, "table-long-repeated-header", issuer_name(u, False)


def thu_hoi_landscape(r, ident, year):
    """Decision on page 1; the list of holders on a landscape appendix page,
    households and couples (one row each) with CCCD numbers."""
    u = pick(r, district_communes("Thị xã Mỹ Hào"))
    dc = Decision(r, ident, "thu-hoi", "Roboto", 13, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(100, 2999), colour=True)
    dc.header(issuer_lines(u, False), "nd30", left_w=0.40)
    dc.title_block("Về việc thu hồi đất của hộ gia đình, cá nhân để thực hiện"
                   " dự án Cụm công nghiệp")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD[:2])
    gr = holders(dc, r, [u], 6, couples=(0, 4), hh=(2, 3), per=(1, 1),
                 uses=("LUC", "NTS"), years=(1955, 1990), ids="cccd")
    dc.article("Điều 1.", "Thu hồi %s m² đất nông nghiệp của %d hộ gia đình, cá"
               " nhân tại %s, %s (có danh sách kèm theo)." % (
                   area_text(total(gr)), len(gr), lower_type(u.commune),
                   lower_type(u.district)))
    common_articles(dc)
    sign(dc, r)
    dc.doc.new_page(landscape=True)
    b = dc.body.but(bold=True)
    dc.doc.para("DANH SÁCH CÁC HỘ GIA ĐÌNH, CÁ NHÂN CÓ ĐẤT BỊ THU HỒI", b,
                align="center", indent=0)
    dc.doc.para("(Kèm theo Quyết định số %s ngày %s của Ủy ban nhân dân %s)" % (
        dc.number, dc.date.strftime("%d/%m/%Y"), lower_type(u.district)),
        dc.body.but(italic=True), align="center", indent=0)
    dc.doc.gap(30)
    hd = heads("STT", "Hộ gia đình, cá nhân", "Năm sinh", "Số CCCD", "Tờ", "Thửa",
               "Diện tích thu hồi (m²)", "Loại đất")
    bands = []
    for i, (own, lab, ps, uu, vil) in enumerate(gr):
        os_ = [dc.owners[o] for o in own]
        p = ps[0]
        bands.append(([Cell(str(i + 1), 0, 0, align="center"),
                       Cell("\n".join(lab), 0, 1),
                       Cell("\n".join(str(o["birth_year"]) for o in os_), 0, 2,
                            align="center"),
                       Cell("\n".join(o["id_number"] for o in os_), 0, 3,
                            align="center"),
                       Cell(str(p["sheet"]), 0, 4, align="center"),
                       Cell(str(p["number"]), 0, 5, align="center"),
                       Cell(area_text(p["area"]), 0, 6, align="right"),
                       Cell("%s (%s)" % (LAND[p["use"]], p["use"]), 0, 7)], 1))
    table(dc.doc, [0.05, 0.25, 0.08, 0.16, 0.06, 0.07, 0.12, 0.21], hd, 1, bands,
          dc.body.but(size=12), pad=10)
    return dc, "table-landscape-appendix", issuer_name(u, False)


def thu_hoi_commune(r, ident, year):
    """After July 2025: a commune committee's recovery, the parcel columns
    first and the holder last, areas with no thousands dot."""
    u = pick(r, new_communes("Tỉnh Tây Ninh"))
    dc = Decision(r, ident, "thu-hoi", "Roboto Condensed", 13, u,
                  when(r, year, 8, 12), "%d/QĐ-UBND" % r.randint(10, 600))
    dc.header(issuer_lines(u, True, 1), "nd30", left_w=0.38)
    dc.title_block("Thu hồi đất để xây dựng trường mầm non")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.commune).upper(), CANCU_2025)
    gr = holders(dc, r, [u], 5, per=(1, 2), uses=("HNK", "CLN", "LUC"),
                 years=(1958, 1995), show_year=False)
    dc.article("Điều 1.", "Thu hồi các thửa đất sau đây, tổng diện tích %s m²,"
               " tại %s, %s:" % (area_text(total(gr), dots=False), lower_type(u.commune),
                                 lower_type(u.province)))
    hd = heads("TT", "Thửa số", "Tờ số", "Diện tích (m²)", "Loại đất",
               "Người sử dụng đất")
    bands, k = [], 0
    for own, lab, ps, uu, vil in gr:
        for p in ps:
            k += 1
            bands.append(row((str(k), "center"), (str(p["number"]), "center"),
                             (str(p["sheet"]), "center"),
                             (area_text(p["area"], dots=False), "right"),
                             (p["use"], "center"), lab[0]))
    table(dc.doc, [0.07, 0.12, 0.1, 0.17, 0.13, 0.41], hd, 1, bands,
          dc.body.but(size=12.5), pad=10, ruled=2)
    dc.doc.gap(20)
    common_articles(dc, office="Chi nhánh Văn phòng đăng ký đất đai")
    sign(dc, r)
    return dc, "table-parcel-first", issuer_name(u, True)


def cong_nhan_table(r, ident, year):
    """Recognition of several holders in a table: couples in one row (two
    lines in a cell), a CCCD or CMND column, a term column, the origin in a
    sentence under the table."""
    u = pick(r, district_communes("Huyện Hữu Lũng"))
    dc = Decision(r, ident, "cong-nhan", "Roboto Condensed", 13.5, u,
                  when(r, year), "%d/QĐ-UBND" % r.randint(1000, 4999))
    dc.header(issuer_lines(u, False), "title", left_w=0.42)
    dc.title_block("Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân",
                   number_line="Số: " + dc.number)
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD)
    gr = holders(dc, r, [u], 5, couples=(0, 2, 3), per=(1, 1),
                 uses=("ONT", "CLN"), years=(1950, 1990), ids="mixed",
                 show_year=False)
    dc.article("Điều 1.", "Công nhận quyền sử dụng đất cho %d hộ gia đình, cá nhân"
               " tại %s, %s, như sau:" % (len(gr), lower_type(u.commune),
                                          lower_type(u.district)))
    hd = heads("STT", "Người được công nhận", "Số CCCD/CMND", "Tờ số", "Thửa số",
               "Diện tích (m²)", "Mục đích", "Thời hạn")
    bands = []
    for i, (own, lab, ps, uu, vil) in enumerate(gr):
        p = ps[0]
        term = "Lâu dài" if p["use"] == "ONT" else "Đến ngày %s" % (
            dc.date.replace(year=dc.date.year + 50).strftime("%d/%m/%Y"))
        p["truth"]["term"] = term
        p["truth"]["origin"] = ORIGIN_CN
        ids = "\n".join(dc.owners[o]["id_number"] for o in own)
        bands.append(row((str(i + 1), "center"), "\n".join(lab), (ids, "center"),
                         (str(p["sheet"]), "center"), (str(p["number"]), "center"),
                         (area_text(p["area"]), "right"), (p["use"], "center"),
                         (term, "center")))
    table(dc.doc, [0.06, 0.27, 0.17, 0.07, 0.08, 0.12, 0.09, 0.14], hd, 1, bands,
          dc.body.but(size=12), pad=9)
    dc.doc.gap(15)
    dc.doc.para("Nguồn gốc sử dụng đất: " + ORIGIN_CN + ".")
    dc.doc.gap(10)
    common_articles(dc)
    sign(dc, r)
    return dc, "table-couples-cccd-term", issuer_name(u, False)


def chuyen_table(r, ident, year):
    """Change of use for several holders in a table with 'from' and 'to'
    code columns and the parcel's address."""
    u = pick(r, district_communes("Thị xã Cai Lậy"))
    dc = Decision(r, ident, "chuyen-muc-dich", "Open Sans", 12.5, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(100, 2999))
    dc.header(issuer_lines(u, False), "row", left_w=0.45)
    dc.title_block("Về việc cho phép chuyển mục đích sử dụng đất")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD[1:])
    gr = holders(dc, r, [u], 4, per=(1, 1), uses=("LUK", "CLN", "BHK"),
                 years=(1960, 1990), show_year=False)
    dc.article("Điều 1.", "Cho phép các hộ gia đình, cá nhân có tên sau đây được"
               " chuyển mục đích sử dụng đất:")
    hd = heads("STT", "Họ và tên", "Vị trí thửa đất", "Tờ", "Thửa", "Diện tích (m²)",
               "Từ loại đất", "Sang loại đất")
    bands = []
    for i, (own, lab, ps, uu, vil) in enumerate(gr):
        p = ps[0]
        addr = "%s, %s" % (pick(r, VILLAGE), lower_type(uu.commune))
        to = "ODT" if uu.commune.startswith("Phường") else "ONT"
        t = p["truth"]
        t.update(address=addr, land_use_to=to, term="Lâu dài")
        bands.append(row((str(i + 1), "center"), lab[0], addr,
                         (str(p["sheet"]), "center"), (str(p["number"]), "center"),
                         (area_text(p["area"]), "right"), (p["use"], "center"),
                         (to, "center")))
    table(dc.doc, [0.06, 0.22, 0.25, 0.06, 0.08, 0.12, 0.1, 0.11], hd, 1, bands,
          dc.body.but(size=11.5), pad=9)
    dc.doc.gap(15)
    dc.doc.para("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài.")
    dc.doc.gap(10)
    common_articles(dc)
    sign(dc, r)
    return dc, "table-from-to-address", issuer_name(u, False)


def giao_numbered(r, ident, year):
    """After July 2025: a ward's allocation to one person, in numbered
    sub-items 1.1 ... 1.5, the area also in words; number and day written
    by hand; seal and signature in colour."""
    u = pick(r, [c for c in new_communes("Tỉnh Cao Bằng")
                 if c.commune.startswith("Phường")])
    dc = Decision(r, ident, "giao-dat", "EB Garamond", 14, u, when(r, year, 8, 12),
                  "%d/QĐ-UBND" % r.randint(100, 999), colour=True)
    dc.header(issuer_lines(u, True), "nd30", left_w=0.40, hand_number=True,
              hand_date=True)
    dc.title_block("Về việc giao đất ở cho cá nhân")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.commune).upper(), CANCU_2025)
    name, g = person(r)
    yr = r.randint(1965, 1995)
    bd = datetime.date(yr, r.randint(1, 12), r.randint(1, 28))
    idn = cccd(r, "04", g, yr)
    vil = pick(r, ["tổ 7", "tổ 12", "tổ dân phố số 2", "khu phố 3"])
    addr = u.addr(vil)
    o = dc.owner(name, g, yr, bdate=bd.isoformat(), idn=idn, idt="dinh-danh",
                 addr=addr)
    dc.article("Điều 1.", "Giao đất cho %s %s, sinh ngày %s, số định danh cá nhân"
               " %s; nơi thường trú: %s; cụ thể như sau:" % (
                   "ông" if g == "M" else "bà", name, bd.strftime("%d/%m/%Y"), idn, addr))
    sheet, num = r.randint(1, 40), r.randint(10, 900)
    area = round(r.uniform(70, 220), 1)
    paddr = "%s, %s" % (pick(r, ["tổ 3", "tổ 9", "khu phố 5"]), lower_type(u.commune))
    for t in ["1.1. Vị trí thửa đất: thửa đất số %d, tờ bản đồ số %d;" % (num, sheet),
              "1.2. Địa chỉ thửa đất: %s;" % paddr,
              "1.3. Diện tích giao: %s m² (Bằng chữ: %s);" % (area_text(area),
                                                             area_words(area)),
              "1.4. Mục đích sử dụng: Đất ở tại đô thị (ODT); thời hạn: Lâu dài;",
              "1.5. Hình thức giao đất: " + ORIGIN_GIAO + "."]:
        dc.doc.para(t)
    dc.parcel(sheet, num, area, "ODT", o, term="Lâu dài", origin=ORIGIN_GIAO,
              addr=paddr)
    dc.doc.gap(8)
    common_articles(dc, office="Chi nhánh Văn phòng đăng ký đất đai")
    sign(dc, r)
    return dc, "prose-numbered-items", issuer_name(u, True)


def cho_thue_company(r, ident, year):
    """A lease to a company: the area with no thousands dot and in words,
    the term 'kể từ ngày ký'."""
    u = pick(r, district_communes("Thành phố Gia Nghĩa"))
    dc = Decision(r, ident, "cho-thue", "Roboto", 13, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(100, 1999))
    dc.header(issuer_lines(u, False, 3), "nd30", left_w=0.42)
    dc.title_block("Về việc cho Công ty cổ phần thuê đất")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD)
    org = "Công ty cổ phần Chế biến Nông sản %s" % pick(r, ["Đại Thành", "Tây Nguyên Xanh",
                                                       "Phú Lộc", "Hưng Phát"])
    vil = pick(r, ["tổ 4", "tổ 6", "bon Bu Sir"])
    addr = u.addr(vil)
    o = dc.owner(org, None, addr=addr, org=True)
    area = float(r.randint(3, 40) * 500 + r.choice([0, 0, 250]))
    sheet, num = r.randint(1, 60), r.randint(5, 600)
    dc.article("Điều 1.", "Cho %s (địa chỉ trụ sở: %s) thuê %s m² đất (Bằng chữ: %s)"
               " tại thửa đất số %d, tờ bản đồ số %d, %s để xây dựng nhà xưởng chế"
               " biến nông sản." % (org, addr, area_text(area, dots=False, decimals=0),
                                    area_words(area), num, sheet, lower_type(u.commune)))
    dc.doc.para("Mục đích sử dụng đất: Đất cơ sở sản xuất phi nông nghiệp (SKC).")
    dc.doc.para("Thời hạn thuê đất: 50 năm kể từ ngày ký Quyết định này.")
    dc.doc.para("Hình thức thuê đất: " + ORIGIN_THUE + ".")
    dc.parcel(sheet, num, area, "SKC", o, term="50 năm", origin=ORIGIN_THUE)
    dc.doc.gap(8)
    dc.article("Điều 2.", "Giá đất tính tiền thuê đất do Ủy ban nhân dân tỉnh quyết"
               " định; Công ty có trách nhiệm nộp tiền thuê đất hằng năm theo thông"
               " báo của cơ quan thuế.")
    common_articles(dc, 3)
    sign(dc, r)
    return dc, "prose-lease-company-words", issuer_name(u, False)


def cap_gcn_house(r, ident, year):
    """Certificate with a house: dash-labelled parcel lines and a house
    paragraph; CMND and 'hộ khẩu thường trú'."""
    u = pick(r, district_communes("Thành phố Phan Rang-Tháp Chàm"))
    dc = Decision(r, ident, "cap-gcn", "EB Garamond", 14, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(1000, 9999))
    dc.header(issuer_lines(u, False), "nd30", left_w=0.46, shift=80,
              place="Phan Rang-Tháp Chàm")
    dc.title_block("Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu"
                   " nhà ở và tài sản khác gắn liền với đất")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), [
        "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
        "Căn cứ Nghị định số 88/2009/NĐ-CP ngày 19 tháng 10 năm 2009 của Chính phủ"
        " về cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản"
        " khác gắn liền với đất;"])
    name, g = person(r)
    yr = r.randint(1945, 1975)
    idn = cmnd(r)
    vil = pick(r, ["khu phố 3", "khu phố 7", "khu phố Ninh Trung"])
    addr = u.addr(vil)
    o = dc.owner(name, g, yr, idn=idn, idt="cmnd", addr=addr)
    dc.article("Điều 1.", "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà"
               " ở và tài sản khác gắn liền với đất cho %s %s, sinh năm %d, CMND số"
               " %s, hộ khẩu thường trú: %s." % ("ông" if g == "M" else "bà", name,
                                                 yr, idn, addr))
    sheet, num = r.randint(1, 30), r.randint(20, 900)
    area = round(r.uniform(90, 400), 1)
    paddr = "%s, %s" % (vil, lower_type(u.commune))
    dc.doc.para("1. Thửa đất:", indent=118)
    for t in ["- Thửa đất số: %d; Tờ bản đồ số: %d;" % (num, sheet),
              "- Địa chỉ: %s;" % paddr,
              "- Diện tích: %s m²; Hình thức sử dụng: Sử dụng riêng;" % area_text(area),
              "- Mục đích sử dụng: Đất ở tại đô thị;",
              "- Thời hạn sử dụng: Lâu dài;",
              "- Nguồn gốc sử dụng: " + ORIGIN_CN_THU + "."]:
        dc.doc.para(t, indent=160)
    dc.parcel(sheet, num, area, "ODT", o, term="Lâu dài", origin=ORIGIN_CN_THU,
              addr=paddr)
    ba = round(r.uniform(50, min(area, 140)), 1)
    fl = r.randint(1, 3)
    yb = r.randint(1985, year - 1)
    st = "Khung bê tông cốt thép, tường gạch, mái tôn"
    dc.doc.para("2. Nhà ở:", indent=118)
    dc.doc.para("- Diện tích xây dựng: %s m²; Diện tích sàn: %s m²; Kết cấu: %s;"
                " Số tầng: %d; Năm hoàn thành xây dựng: %d." % (
                    area_text(ba), area_text(ba * fl), st, fl, yb), indent=160)
    dc.house = {"building_area": ba, "floor_area": round(ba * fl, 1),
                "structure": st, "floors": fl, "year_built": yb}
    dc.doc.gap(8)
    common_articles(dc)
    sign(dc, r)
    return dc, "prose-gcn-house-dashes", issuer_name(u, False)


def cong_nhan_household(r, ident, year):
    """Recognition for a household: husband and wife with birth dates and
    personal ID numbers, two parcels in lettered blocks."""
    u = pick(r, district_communes("Huyện Đà Bắc"))
    dc = Decision(r, ident, "cong-nhan", "Roboto Condensed", 14, u, when(r, year, 1, 6),
                  "%d/QĐ-UBND" % r.randint(100, 2999))
    dc.header(issuer_lines(u, False, 3), "row", left_w=0.40, shift=40)
    dc.title_block("Về việc công nhận quyền sử dụng đất")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_2024)
    vil = pick(r, ["xóm Đúng", "xóm Trụ", "xóm Bai", "xóm Tát"])
    addr = u.addr(vil)
    n1, _ = person(r, "M")
    n2, _ = person(r, "F")
    y1, y2 = r.randint(1955, 1985), r.randint(1958, 1988)
    b1 = datetime.date(y1, r.randint(1, 12), r.randint(1, 28))
    b2 = datetime.date(y2, r.randint(1, 12), r.randint(1, 28))
    i1, i2 = cccd(r, "17", "M", y1), cccd(r, "17", "F", y2)
    a = dc.owner(n1, "M", y1, bdate=b1.isoformat(), idn=i1, idt="dinh-danh",
                 addr=addr, household=True)
    b = dc.owner(n2, "F", y2, bdate=b2.isoformat(), idn=i2, idt="dinh-danh",
                 addr=addr)
    dc.couple(a, b)
    dc.article("Điều 1.", "Công nhận quyền sử dụng đất cho hộ gia đình ông %s, sinh"
               " ngày %s, số định danh cá nhân %s và vợ là bà %s, sinh ngày %s, số định"
               " danh cá nhân %s; cùng thường trú tại %s, đối với các thửa đất sau:" % (
                   n1, b1.strftime("%d/%m/%Y"), i1, n2, b2.strftime("%d/%m/%Y"), i2,
                   addr))
    for letter, use, term in (("a", "ONT", "Lâu dài"), ("b", "RSX", "Đến ngày %s" % (
            datetime.date(year + 50, 6, 30).strftime("%d/%m/%Y")))):
        sheet, num = r.randint(1, 70), r.randint(5, 700)
        area = round(r.uniform(150, 400), 1) if use == "ONT" else float(r.randint(2, 30) * 100)
        dc.doc.para("%s) Thửa đất số %d, tờ bản đồ số %d; diện tích %s m²; mục đích"
                    " sử dụng: %s (%s); thời hạn sử dụng: %s; nguồn gốc: %s." % (
                        letter, num, sheet, area_text(area), LAND[use], use, term,
                        ORIGIN_CN), indent=118)
        dc.parcel(sheet, num, area, use, a, term=term, origin=ORIGIN_CN)
    dc.doc.gap(8)
    common_articles(dc)
    sign(dc, r)
    return dc, "prose-household-lettered", issuer_name(u, False)


def chuyen_prose_commune(r, ident, year):
    """After July 2025: a commune lets one person change the use, in dash
    lines 'trước khi chuyển' / 'sau khi chuyển', the area in words."""
    u = pick(r, new_communes("Tỉnh Hưng Yên"))
    dc = Decision(r, ident, "chuyen-muc-dich", "Open Sans", 12.5, u,
                  when(r, year, 8, 12), "%d/QĐ-UBND" % r.randint(10, 500))
    dc.header(issuer_lines(u, True), "nd30", left_w=0.40)
    dc.title_block("Về việc chuyển mục đích sử dụng đất")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.commune).upper(), CANCU_2025)
    name, g = person(r)
    yr = r.randint(1960, 1992)
    idn = cccd(r, r.choice(["33", "34"]), g, yr)
    addr = u.addr(pick(r, ["thôn Đông", "thôn Thượng", "thôn An Bình"]))
    o = dc.owner(name, g, yr, idn=idn, idt="cccd", addr=addr)
    dc.article("Điều 1:", "Cho phép %s %s, sinh năm %d, Căn cước công dân số %s,"
               " thường trú tại %s, được chuyển mục đích sử dụng đất như sau:" % (
                   "ông" if g == "M" else "bà", name, yr, idn, addr))
    sheet, num = r.randint(1, 45), r.randint(10, 1500)
    area = float(r.randint(1, 4) * 50 + r.choice([0, 0, 0.5]))
    for t in ["- Thửa đất số: %d    Tờ bản đồ số: %d" % (num, sheet),
              "- Diện tích chuyển mục đích: %s m² (%s)" % (area_text(area), area_words(area)),
              "- Mục đích trước khi chuyển: Đất trồng cây lâu năm (CLN)",
              "- Mục đích sau khi chuyển: Đất ở tại nông thôn (ONT)",
              "- Thời hạn sử dụng: Lâu dài"]:
        dc.doc.para(t, indent=118)
    dc.parcel(sheet, num, area, "CLN", o, to="ONT", term="Lâu dài")
    dc.doc.gap(8)
    common_articles(dc, mark=":")
    sign(dc, r)
    return dc, "prose-dash-before-after", issuer_name(u, True)


def giao_old_list(r, ident, year):
    """1998: the chairman allocates house plots to households in a numbered
    list; 'QĐ-UB', the number under the title, areas in whole m2."""
    u = pick(r, district_communes("Huyện Văn Quan"))
    dc = Decision(r, ident, "giao-dat", "EB Garamond", 14, u, when(r, year),
                  "%d/QĐ-UB" % r.randint(10, 900))
    dc.header(issuer_lines(u, False, 1), "title", left_w=0.40)
    dc.title_block("V/v giao đất làm nhà ở", number_line="Số: " + dc.number +
                   " của Chủ tịch UBND " + lower_type(u.district), rule=False)
    dc.basis("CHỦ TỊCH UBND " + lower_type(u.district).upper(), [
        "Căn cứ Luật Đất đai ngày 14 tháng 7 năm 1993;",
        "Xét đơn xin giao đất làm nhà ở của các hộ gia đình và đề nghị của"
        " Phòng Địa chính huyện,"], italic=False)
    dc.article("Điều 1.", "Giao đất làm nhà ở cho các hộ gia đình có tên sau đây:")
    for i in range(3):
        name, g = person(r, "M" if i != 1 else None)
        yr = r.randint(1945, 1972)
        idn = cmnd(r)
        vil = pick(r, ["thôn Nà Lài", "thôn Pác Làng", "thôn Kéo Cam", "thôn Bản Chầu"])
        addr = u.addr(vil, with_province=False)
        o = dc.owner(name, g, yr, idn=idn, idt="cmnd", addr=addr, household=True)
        sheet, num = r.randint(1, 12), r.randint(5, 400)
        area = float(r.randint(10, 40) * 10)
        dc.doc.para("%d. Hộ %s %s, sinh năm %d, CMND số %s, thường trú tại %s: thửa"
                    " số %d, tờ bản đồ số %d, diện tích %d m2, đất ở tại nông thôn." % (
                        i + 1, "ông" if g == "M" else "bà", name, yr, idn, addr, num,
                        sheet, area), indent=118)
        dc.parcel(sheet, num, area, "ONT", o)
    dc.doc.gap(8)
    dc.article("Điều 2.", "Các hộ được giao đất có trách nhiệm nộp tiền sử dụng đất"
               " và sử dụng đất đúng mục đích.")
    dc.article("Điều 3.", "Chánh Văn phòng UBND huyện, Trưởng phòng Địa chính và các"
               " hộ có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")
    dc.signature(["CHỦ TỊCH UBND HUYỆN"], person(r, "M")[0], RECIP[:1] + RECIP[3:])
    return dc, "list-numbered-households", issuer_name(u, False)


def other_council(r, ident, year):
    """Not a land record: a compensation council with a table of members."""
    u = pick(r, district_communes("Huyện Ninh Hải"))
    dc = Decision(r, ident, "other", "Roboto", 13, u, when(r, year),
                  "%d/QĐ-UBND" % r.randint(100, 2999))
    dc.header(issuer_lines(u, False), "nd30", left_w=0.42)
    dc.title_block("Về việc thành lập Hội đồng bồi thường, hỗ trợ và tái định cư"
                   " dự án Hồ chứa nước Sông Than")
    dc.basis("ỦY BAN NHÂN DÂN " + lower_type(u.district).upper(), CANCU_OLD[:2])
    dc.article("Điều 1.", "Thành lập Hội đồng bồi thường, hỗ trợ và tái định cư dự"
               " án Hồ chứa nước Sông Than gồm các thành viên sau:")
    hd = heads("STT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ")
    roles = [("Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng"),
             ("Trưởng phòng Tài nguyên và Môi trường", "Phó Chủ tịch Hội đồng"),
             ("Trưởng phòng Tài chính - Kế hoạch", "Thành viên"),
             ("Chủ tịch UBND " + lower_type(u.commune), "Thành viên"),
             ("Giám đốc Trung tâm Phát triển quỹ đất", "Thành viên")]
    bands = [([Cell(str(i + 1), 0, 0, align="center"), Cell(person(r)[0], 0, 1),
               Cell(a, 0, 2), Cell(b, 0, 3)], 1) for i, (a, b) in enumerate(roles)]
    table(dc.doc, [0.07, 0.28, 0.4, 0.25], hd, 1, bands, dc.body.but(size=12), pad=9)
    dc.doc.gap(15)
    dc.article("Điều 2.", "Hội đồng có nhiệm vụ lập phương án bồi thường, hỗ trợ và"
               " tái định cư, trình cấp có thẩm quyền phê duyệt; Hội đồng tự giải thể"
               " sau khi hoàn thành nhiệm vụ.")
    dc.article("Điều 3.", "Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng"
               " HĐND và UBND huyện và các ông, bà có tên tại Điều 1 chịu trách nhiệm"
               " thi hành./.")
    sign(dc, r)
    return dc, "list-other-council", issuer_name(u, False)


# (layout, year, degradation, after July 2025)
LAYOUTS = [
    (thu_hoi_unruled, 2019, "clean", False),
    (thu_hoi_merged, 2017, "mild-dpi200", False),
    (thu_hoi_long, 2022, "heavy-photocopy", False),
    (thu_hoi_landscape, 2023, "mild-colour-seal", False),
    (thu_hoi_commune, 2025, "heavy-skew-noise", True),
    (cong_nhan_table, 2020, "mild-dpi150", False),
    (chuyen_table, 2021, "clean", False),
    (giao_numbered, 2025, "mild-colour-hand", True),
    (cho_thue_company, 2016, "mild-skew", False),
    (cap_gcn_house, 2011, "heavy-blur", False),
    (cong_nhan_household, 2024, "clean", False),
    (chuyen_prose_commune, 2025, "heavy-specks", True),
    (giao_old_list, 1998, "mild-jpeg", False),
    (other_council, 2018, "clean", False),
]
