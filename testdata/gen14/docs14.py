"""docs14: the fourteen decisions of family 14.  Each takes an rng and
returns (sheet, truth, meta); meta names the layout, the era, the face and
where the signer's title is (for the seal)."""
from page14 import Sheet, Table
import parts14 as p

AD, OC = "TeX Gyre Adventor", "Open Sans Condensed"
LUAT13 = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
LUAT24 = "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"
CQ15 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
CQ25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
ND43 = ("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định "
        "chi tiết thi hành một số điều của Luật Đất đai;")
ND47 = ("Căn cứ Nghị định số 47/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định "
        "về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;")
ND102 = ("Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy "
         "định chi tiết một số điều của Luật Đất đai;")


def sheet(face, size=48, footer=None):
    return Sheet(face, size=size, footer=footer)


def people(rng, n, prov, year0=1950, year1=1995):
    out = []
    for _ in range(n):
        sex = rng.choice("MF")
        out.append((sex, p.person(rng, sex), rng.randint(year0, year1)))
    return out


def title_of(sex):
    return "Ông" if sex == "M" else "Bà"


def meta(layout, era, face, mark, **kw):
    m = {"layout": layout, "era": era, "font": face, "mark": mark}
    m.update(kw)
    return m


def d1_rotated(rng):
    """A recovery whose table has narrow columns headed by rotated text."""
    sh = sheet(AD, 44)
    com = rng.choice(p.communes("Huyện Krông Pắc", "Tỉnh Đắk Lắk"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2019
    subj = "V/v thu hồi đất để xây dựng công trình Trường Trung học cơ sở %s" % com[1].split(" ", 1)[1]
    t = p.front(sh, num, (d, m, y), "huyện Krông Pắc", "thu-hoi", subj,
                ["V/v thu hồi đất để xây dựng công trình",
                 "Trường Trung học cơ sở " + com[1].split(" ", 1)[1]], "Krông Pắc",
                [CQ15, LUAT13, ND43],
                "Xét đề nghị của Phòng Tài nguyên và Môi trường huyện tại Tờ trình số "
              "%d/TTr-TNMT ngày %02d/%02d/%d." % (rng.randint(100, 900), d, m, y))
    p.article(sh, 1, "Thu hồi %s của các hộ gia đình, cá nhân đang sử dụng tại %s, huyện Krông Pắc, "
              "tỉnh Đắk Lắk để xây dựng công trình nêu trên, gồm:" % ("đất", com[1]))
    tb = Table(sh, [110, 640, 120, 120, 260, 120, 560], list("lcccrcl"),
               ["TT", "Họ và tên chủ sử dụng", "Tờ bản đồ số", "Thửa đất số", "Diện tích thu hồi (m²)",
                "Loại đất", "Địa chỉ thường trú"], rot=(2, 3, 5), size=40)
    tb.draw_header()
    for k, (sex, name, _) in enumerate(people(rng, 7, "66")):
        h = t.owner(name, sex, com[0], address=None)
        sheet_no, num_no = rng.randint(5, 60), rng.randint(10, 420)
        a = p.area(rng, 120, 1900)
        use = rng.choice(["CLN", "BHK", "LUC"])
        vil = "thôn %d" % rng.randint(1, 12)
        t.owners[h]["address"] = "%s, %s" % (vil, com[1])
        t.parcel(h, sheet_no, num_no, a, com[0], use=use)
        tb.row([str(k + 1), title_of(sex) + " " + name, str(sheet_no), str(num_no), p.vn(a), use,
                "%s, %s" % (vil, com[1])])
    sh.space(20)
    p.article(sh, 2, "Giao Phòng Tài nguyên và Môi trường huyện phối hợp với Ủy ban nhân dân %s thông báo "
              "quyết định này đến các hộ có đất bị thu hồi." % com[1])
    p.article(sh, 3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch "
              "UBND %s và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này." % com[1])
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Sở TN&MT tỉnh;", "Lưu: VT."])
    return sh, t, meta("table-rotated-headers", "2016-2025", AD, mark)


def d2_split_area(rng):
    """Recovery of parts of parcels: 'Diện tích (m²)' over Tổng | Thu hồi |
    Còn lại; the truth's area is the recovered one."""
    sh = sheet(OC, 50)
    com = rng.choice(p.communes("Quận Thanh Khê", "Thành phố Đà Nẵng"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2021
    subj = "Về việc thu hồi một phần diện tích đất để mở rộng đường Hà Huy Tập"
    t = p.front(sh, num, (d, m, y), "quận Thanh Khê", "thu-hoi", subj,
                ["Về việc thu hồi một phần diện tích đất", "để mở rộng đường Hà Huy Tập"], "Thanh Khê",
                [CQ15, LUAT13, ND43, ND47, "Căn cứ Quyết định số %d/QĐ-UBND ngày 10 tháng 01 năm 2021 của "
                   "UBND thành phố Đà Nẵng phê duyệt kế hoạch sử dụng đất năm 2021 của quận Thanh Khê;"
                   % rng.randint(50, 400)],
                "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường quận.")
    p.article(sh, 1, "Thu hồi một phần diện tích đất của %d hộ gia đình, cá nhân tại %s để thực hiện dự án "
              "mở rộng đường Hà Huy Tập, chi tiết như sau:" % (6, com[1]))
    tb = Table(sh, [100, 620, 150, 150, 230, 230, 230, 180], list("llccrrrc"),
               ["STT", "Người sử dụng đất", "Tờ bản đồ", "Thửa đất", "Tổng", "Thu hồi", "Còn lại",
                "Mục đích"], group=(4, 3, "Diện tích (m²)"), size=44)
    tb.draw_header()
    for k, (sex, name, _) in enumerate(people(rng, 6, "48")):
        h = t.owner(name, sex, com[0])
        s, n = rng.randint(10, 45), rng.randint(1, 300)
        tot = p.area(rng, 90, 420)
        rec = round(tot * rng.uniform(0.12, 0.55), 1)
        t.parcel(h, s, n, rec, com[0], use="ODT")
        tb.row([str(k + 1), title_of(sex) + " " + name, str(s), str(n), p.vn(tot), p.vn(rec),
                p.vn(round(tot - rec, 1)), "ODT"])
    sh.space(16)
    p.article(sh, 2, "Các hộ có tên tại Điều 1 được bồi thường, hỗ trợ theo phương án được cấp có thẩm "
              "quyền phê duyệt; phần diện tích còn lại tiếp tục sử dụng theo Giấy chứng nhận đã cấp.")
    p.article(sh, 3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND quận, Chủ tịch "
              "UBND %s và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành." % com[1])
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], p.person(rng, "F"),
                     ["Như Điều 3;", "UBND thành phố (b/c);", "Lưu: VT, TNMT."])
    return sh, t, meta("table-area-total-recovered-remaining", "2016-2025", OC, mark)


def d3_leaders(rng):
    """Holders as a numbered list with tab leaders: name ...... parcel."""
    sh = sheet(AD, 46)
    com = rng.choice(p.communes("Thị xã Quảng Yên", "Tỉnh Quảng Ninh"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2023
    subj = "Về việc thu hồi đất nông nghiệp để thực hiện dự án Cụm công nghiệp Hà Nam"
    t = p.front(sh, num, (d, m, y), "thị xã Quảng Yên", "thu-hoi", subj,
                ["Về việc thu hồi đất nông nghiệp để thực hiện", "dự án Cụm công nghiệp Hà Nam"], "Quảng Yên",
                [CQ15, LUAT13, ND43],
                "Theo đề nghị của Phòng Tài nguyên và Môi trường thị xã.")
    p.article(sh, 1, "Thu hồi đất trồng lúa (LUC) của các hộ gia đình, cá nhân sau đây tại %s, thị xã "
              "Quảng Yên:" % com[1])
    for k, (sex, name, _) in enumerate(people(rng, 8, "22")):
        h = t.owner(name, sex, com[0])
        s, n, a = rng.randint(2, 30), rng.randint(10, 600), p.area(rng, 150, 900)
        t.parcel(h, s, n, a, com[0], use="LUC")
        sh.leader("%d. %s %s" % (k + 1, title_of(sex), name), "thửa %d, tờ %d, %s m²" % (n, s, p.vn(a)), indent=70)
    p.article(sh, 2, "Ủy ban nhân dân %s có trách nhiệm giao quyết định này cho các hộ có tên tại Điều 1 "
              "và niêm yết công khai tại trụ sở." % com[1])
    p.article(sh, 3, "Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Tài nguyên và Môi trường, các hộ có "
              "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu: VT."])
    return sh, t, meta("list-tab-leaders", "2016-2025", AD, mark)


def d4_midpage(rng):
    """A long Điều 1 in Roman sections, then a table from mid-page onto
    page 2 that ends with a 'Cộng' row."""
    sh = sheet(OC, 50, footer=None)
    com = rng.choice(p.communes("Thành phố Long Xuyên", "Tỉnh An Giang"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2018
    subj = "Về việc thu hồi đất để thực hiện dự án Kè chống sạt lở bờ sông Hậu"
    t = p.front(sh, num, (d, m, y), "thành phố Long Xuyên", "thu-hoi", subj,
                ["Về việc thu hồi đất để thực hiện dự án", "Kè chống sạt lở bờ sông Hậu"], "Long Xuyên",
                [CQ15, LUAT13],
                "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường thành phố.",
                head=["UBND TỈNH AN GIANG", "ỦY BAN NHÂN DÂN", "THÀNH PHỐ LONG XUYÊN"])
    p.article(sh, 1, "Thu hồi đất để thực hiện dự án Kè chống sạt lở bờ sông Hậu, cụ thể:")
    sh.para([("I. Vị trí, ranh giới khu đất thu hồi", "b")], first=70)
    sh.para("Khu đất thu hồi nằm dọc bờ sông Hậu thuộc %s, phía Bắc giáp sông Hậu, phía Nam giáp đường "
            "Tôn Đức Thắng, phía Đông và phía Tây giáp đất dân cư hiện hữu; ranh giới được xác định theo "
            "bản đồ trích đo địa chính do Văn phòng đăng ký đất đai lập." % com[1], first=70)
    sh.para([("II. Người sử dụng đất và thửa đất bị thu hồi", "b")], first=70)
    tb = Table(sh, [100, 560, 140, 140, 220, 160, 580], list("llccrcl"),
               ["STT", "Họ tên người sử dụng đất", "Tờ", "Thửa", "Diện tích (m²)", "Loại đất", "Ghi chú"],
               size=44, again=False)
    tb.draw_header()
    total = 0.0
    notes = ["Thu hồi toàn bộ", "Thu hồi một phần thửa", "Có nhà tạm trên đất", "Đất vườn liền kề"]
    for k, (sex, name, _) in enumerate(people(rng, 24, "89")):
        h = t.owner(name, sex, com[0])
        s, n, a = rng.randint(5, 40), rng.randint(1, 500), p.area(rng, 40, 380)
        use = rng.choice(["ODT", "CLN"])
        total += a
        t.parcel(h, s, n, a, com[0], use=use)
        tb.row([str(k + 1), title_of(sex) + " " + name, str(s), str(n), p.vn(a), use, rng.choice(notes)])
    tb.row(["", "Cộng", "", "", p.vn(round(total, 1)), "", ""], style="b")
    sh.space(10)
    sh.para([("III. Thời gian bàn giao mặt bằng", "b")], first=70)
    sh.para("Các hộ có tên tại mục II bàn giao mặt bằng trong thời hạn 30 ngày kể từ ngày nhận đủ tiền "
            "bồi thường, hỗ trợ.", first=70)
    p.article(sh, 2, "Quyết định này có hiệu lực kể từ ngày ký.")
    p.article(sh, 3, "Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch "
              "UBND %s và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành." % com[1])
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu: VT."])
    return sh, t, meta("table-midpage-roman-cong", "2016-2025", OC, mark)


def d5_unit_price(rng):
    """A recovery by a city under the centre: the holders' table, then a
    table of unit prices (đơn giá) per land type."""
    sh = sheet(AD, 44)
    com = rng.choice(p.communes("Quận Ninh Kiều", "Thành phố Cần Thơ"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2024
    subj = "Về việc thu hồi đất và phê duyệt đơn giá bồi thường dự án Công viên bờ kè rạch Khai Luông"
    t = p.front(sh, num, (d, m, y), "thành phố Cần Thơ", "thu-hoi", subj,
                ["Về việc thu hồi đất và phê duyệt đơn giá bồi thường",
                 "dự án Công viên bờ kè rạch Khai Luông"], "Cần Thơ",
                [CQ15, LUAT24, ND102],
                "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.")
    p.article(sh, 1, "Thu hồi đất của các hộ gia đình, cá nhân tại %s, quận Ninh Kiều:" % com[1])
    tb = Table(sh, [100, 620, 360, 160, 160, 240, 160], list("llcccrc"),
               ["STT", "Hộ gia đình, cá nhân", "Số định danh cá nhân", "Tờ bản đồ", "Số thửa",
                "Diện tích (m²)", "Loại đất"], size=40)
    tb.draw_header()
    for k, (sex, name, yb) in enumerate(people(rng, 6, "92")):
        idn = p.pid(rng, "92", sex, yb)
        h = t.owner(name, sex, com[0], idn=idn, idt="dinh-danh")
        s, n, a = rng.randint(3, 25), rng.randint(1, 250), p.area(rng, 50, 300)
        t.parcel(h, s, n, a, com[0], use="ODT")
        tb.row([str(k + 1), title_of(sex) + " " + name, idn, str(s), str(n), p.vn(a), "ODT"])
    sh.space(16)
    p.article(sh, 2, "Phê duyệt đơn giá bồi thường về đất áp dụng cho dự án như sau:")
    tp = Table(sh, [100, 900, 220, 560], list("llcr"), ["STT", "Loại đất, vị trí", "Mã", "Đơn giá (đồng/m²)"],
               size=40)
    tp.draw_header()
    for k, (what, code, price) in enumerate([("Đất ở tại đô thị, vị trí 1", "ODT", 42500000),
                                              ("Đất ở tại đô thị, vị trí 2", "ODT", 27800000),
                                              ("Đất trồng cây lâu năm", "CLN", 1350000)]):
        tp.row([str(k + 1), what, code, p.vn(price, 0)])
    sh.space(16)
    p.article(sh, 3, "Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch UBND quận Ninh Kiều và các hộ có tên tại "
              "Điều 1 chịu trách nhiệm thi hành Quyết định này.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu: VT."])
    return sh, t, meta("table-holders-then-unit-prices", "2016-2025", AD, mark)


def d6_amend(rng):
    """A decision amending another: 'sửa đổi khoản 2 Điều 1 Quyết định số
    ...'; not a land record of its own."""
    sh = sheet(OC, 50)
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2020
    old = "%d/QĐ-UBND" % rng.randint(100, 999)
    subj = "Về việc sửa đổi khoản 2 Điều 1 Quyết định số %s ngày 14/02/%d" % (old, y)
    t = p.front(sh, num, (d, m, y), "huyện Hoài Đức", "other", subj,
                ["Về việc sửa đổi khoản 2 Điều 1", "Quyết định số %s ngày 14/02/%d" % (old, y)], "Hoài Đức",
                [CQ15, LUAT13, "Căn cứ Quyết định số %s ngày 14/02/%d của UBND huyện Hoài Đức về việc "
                   "giao đất tái định cư;" % (old, y)],
                "Xét Tờ trình số %d/TTr-TNMT của Phòng Tài nguyên và Môi trường huyện." % rng.randint(10, 300))
    p.article(sh, 1, "Sửa đổi khoản 2 Điều 1 Quyết định số %s ngày 14/02/%d của UBND huyện Hoài Đức như "
              "sau: \"2. Vị trí khu đất: thuộc Khu tái định cư Vân Canh, theo sơ đồ kèm theo Quyết định "
              "này.\"" % (old, y))
    p.article(sh, 2, "Các nội dung khác của Quyết định số %s giữ nguyên hiệu lực." % old)
    p.article(sh, 3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng "
              "phòng Tài nguyên và Môi trường và các đơn vị liên quan chịu trách nhiệm thi hành.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu: VT."])
    return sh, t, meta("prose-amending-clause", "2016-2025", OC, mark)


def d7_extension(rng):
    """A province extends an organisation's lease; its representative named;
    areas printed English-style (12,345.6)."""
    sh = sheet(AD, 46)
    com = rng.choice(p.communes("Huyện Đồng Phú", "Tỉnh Bình Phước"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2022
    org = "Công ty TNHH Chế biến gỗ Tân Lập"
    subj = "Về việc gia hạn thời hạn thuê đất cho %s" % org
    t = p.front(sh, num, (d, m, y), "tỉnh Bình Phước", "cho-thue", subj,
                ["Về việc gia hạn thời hạn thuê đất", "cho " + org], "Bình Phước",
                [CQ15, LUAT13, ND43, "Căn cứ Quyết định số %d/QĐ-UBND ngày 20/5/1997 của UBND tỉnh về việc "
                   "cho thuê đất;" % rng.randint(100, 900)],
                "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số %d/TTr-STNMT." %
              rng.randint(100, 900))
    a = p.area(rng, 8000, 40000)
    s, n = rng.randint(10, 40), rng.randint(20, 200)
    rep = p.person(rng, "M")
    o = t.owner(org, None, com[0], org=True)
    t.parcel(o, s, n, a, com[0], use="SKC", term="Đến ngày 31/12/2047",
             address="%s, huyện Đồng Phú, tỉnh Bình Phước" % com[1])
    p.article(sh, 1, "Gia hạn thời hạn thuê đất cho %s (mã số doanh nghiệp %d), do ông %s, chức vụ Giám đốc, "
              "làm người đại diện theo pháp luật, như sau:" % (org, 3800000000 + rng.randint(0, 99999999), rep))
    for k, (lab, val) in enumerate([
            ("Thửa đất số: %d; Tờ bản đồ số: %d" % (n, s), None),
            ("Diện tích: %s m2" % p.en(a), None),
            ("Địa chỉ thửa đất: %s, huyện Đồng Phú, tỉnh Bình Phước" % com[1], None),
            ("Mục đích sử dụng: Đất cơ sở sản xuất phi nông nghiệp (SKC)", None),
            ("Thời hạn thuê đất được gia hạn: Đến ngày 31/12/2047", None),
            ("Hình thức thuê đất: trả tiền thuê đất hằng năm.", None)]):
        sh.para("%d. %s" % (k + 1, lab), first=70, justify=False)
    p.article(sh, 2, "%s có trách nhiệm nộp tiền thuê đất theo quy định và sử dụng đất đúng mục đích." % org)
    p.article(sh, 3, "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Chủ tịch UBND huyện Đồng "
              "Phú và %s chịu trách nhiệm thi hành Quyết định này." % org)
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Cục Thuế tỉnh;", "Lưu: VT."])
    return sh, t, meta("prose-extension-organisation-en-numbers", "2016-2025", AD, mark)


def d8_couple(rng):
    """Recognition for a co-owning couple: 'sinh ngày 12/04/1968', 'Số
    ĐDCN', the area in words, the signature on the left."""
    sh = sheet(OC, 50)
    com = rng.choice(p.communes("Huyện Lục Nam", "Tỉnh Bắc Giang"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2024
    subj = "Về việc công nhận quyền sử dụng đất"
    t = p.front(sh, num, (d, m, y), "huyện Lục Nam", "cong-nhan", subj, [subj], "Lục Nam",
                [CQ15, LUAT13, ND43],
                "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện.")
    vil = "thôn " + rng.choice(["Đồng Vành", "Hố Sâu", "Cầu Đất", "Bãi Lời"])
    addr = "%s, %s, huyện Lục Nam, tỉnh Bắc Giang" % (vil, com[1])
    hus, wife = p.person(rng, "M"), p.person(rng, "F")
    hy, wy = rng.randint(1955, 1980), rng.randint(1958, 1982)
    hd, wd = (rng.randint(1, 28), rng.randint(1, 12)), (rng.randint(1, 28), rng.randint(1, 12))
    hid, wid = p.pid(rng, "24", "M", hy), p.pid(rng, "24", "F", wy)
    a = t.owner(hus, "M", com[0], hy, p.iso(hd[0], hd[1], hy), hid, "dinh-danh", addr)
    b = t.owner(wife, "F", com[0], wy, p.iso(wd[0], wd[1], wy), wid, "dinh-danh", addr)
    t.owners[a]["spouse"], t.owners[b]["spouse"] = b, a
    s, n, ar = rng.randint(5, 50), rng.randint(50, 900), p.area(rng, 180, 600)
    t.parcel(a, s, n, ar, com[0], use="ONT", term="Lâu dài",
             origin="Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
             address="%s, %s" % (vil, com[1]))
    p.article(sh, 1, "Công nhận quyền sử dụng đất cho ông %s, sinh ngày %02d/%02d/%d, Số ĐDCN: %s và bà %s, "
              "sinh ngày %02d/%02d/%d, Số ĐDCN: %s; cùng thường trú tại: %s; đối với thửa đất sau:"
              % (hus, hd[0], hd[1], hy, hid, wife, wd[0], wd[1], wy, wid, addr))
    for lab in ["a) Thửa đất số %d, tờ bản đồ số %d;" % (n, s),
                "b) Địa chỉ thửa đất: %s, %s;" % (vil, com[1]),
                "c) Diện tích: %s m² (Bằng chữ: %s mét vuông);" % (p.vn(ar), words(ar)),
                "d) Hình thức sử dụng: Sử dụng chung;",
                "đ) Mục đích sử dụng: Đất ở tại nông thôn;",
                "e) Thời hạn sử dụng: Lâu dài;",
                "g) Nguồn gốc sử dụng: Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất."]:
        sh.para(lab, indent=70, first=0)
    p.article(sh, 2, "Văn phòng đăng ký đất đai chi nhánh Lục Nam cập nhật, chỉnh lý hồ sơ địa chính.")
    p.article(sh, 3, "Quyết định này có hiệu lực kể từ ngày ký.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu: VT."], left_sign=True)
    return sh, t, meta("prose-couple-ddcn-words-left-sign", "2016-2025", OC, mark)


UNITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def words(x):
    """312.5 -> 'ba trăm mười hai phẩy năm' (the area in words)."""
    i, f = int(x), int(round((x - int(x)) * 10))
    h, t, u = i // 100, i // 10 % 10, i % 10
    out = [UNITS[h], "trăm"] if h else []
    if t == 0 and u:
        out += ["lẻ"] if h else []
    elif t == 1:
        out += ["mười"]
    elif t:
        out += [UNITS[t], "mươi"]
    if u:
        out += ["lăm" if u == 5 and t else ("mốt" if u == 1 and t > 1 else UNITS[u])]
    s = " ".join(out)
    if f:
        s += " phẩy " + UNITS[f]
    return s[0].upper() + s[1:]


def d9_certificate(rng):
    """A commune after July 2025 grants a certificate with a house: the
    emblem over the heading, the issuer in a box."""
    sh = sheet(AD, 44)
    code, name = rng.choice([c for c in p.new_communes("Gia Lai") if c[1].startswith("xã")])
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(100, 999), rng.randint(3, 27), rng.randint(9, 11), 2025
    subj = "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
    t = p.front(sh, num, (d, m, y), name, "cap-gcn", subj,
                ["Về việc cấp Giấy chứng nhận quyền sử dụng đất,", "quyền sở hữu tài sản gắn liền với đất"], name.split(" ", 1)[1],
                [CQ25, LUAT24, ND102],
                "Theo đề nghị của công chức Địa chính - Xây dựng %s." % name, box=True, emblem=True)
    sex = rng.choice("MF")
    who, yb = p.person(rng, sex), rng.randint(1960, 1990)
    idn = p.pid(rng, "64", sex, yb)
    vil = "làng " + rng.choice(["Plei Ring", "Plei Ngó", "Đê Kjiêng", "Kon Rốc"])
    o = t.owner(who, sex, code, yb, None, idn, "cccd", "%s, %s, tỉnh Gia Lai" % (vil, name))
    s, n, a = rng.randint(3, 40), rng.randint(10, 700), p.area(rng, 150, 450)
    t.parcel(o, s, n, a, code, use="ONT", term="Lâu dài",
             origin="Nhà nước giao đất có thu tiền sử dụng đất", address="%s, %s" % (vil, name))
    ba = round(rng.uniform(60, 140), 1)
    fl = rng.choice([1, 2])
    yr = rng.randint(2008, 2022)
    t.house = {"building_area": ba, "floor_area": round(ba * fl, 1),
               "structure": "Tường gạch, mái tôn, nền lát gạch men", "floors": fl, "year_built": yr}
    p.article(sh, 1, "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho %s %s, "
              "sinh năm %d, CCCD số %s, thường trú tại %s, tỉnh Gia Lai, cụ thể:"
              % (title_of(sex).lower(), who, yb, idn, "%s, %s" % (vil, name)))
    sh.para([("I. Thửa đất", "b")], first=70)
    for lab in ["- Thửa đất số: %d; Tờ bản đồ số: %d;" % (n, s),
                "- Địa chỉ: %s, %s;" % (vil, name),
                "- Diện tích: %s m²; hình thức sử dụng: riêng;" % p.vn(a),
                "- Mục đích sử dụng: Đất ở tại nông thôn (ONT); thời hạn: Lâu dài;",
                "- Nguồn gốc sử dụng: Nhà nước giao đất có thu tiền sử dụng đất."]:
        sh.para(lab, indent=70, first=0)
    sh.para([("II. Tài sản gắn liền với đất: Nhà ở riêng lẻ", "b")], first=70)
    for lab in ["- Diện tích xây dựng: %s m²; diện tích sàn: %s m²;" % (p.vn(ba), p.vn(round(ba * fl, 1))),
                "- Kết cấu: Tường gạch, mái tôn, nền lát gạch men; số tầng: %d;" % fl,
                "- Năm hoàn thành xây dựng: %d." % yr]:
        sh.para(lab, indent=70, first=0)
    p.article(sh, 2, "Quyết định này có hiệu lực kể từ ngày ký. Công chức Địa chính - Xây dựng và người có tên "
              "tại Điều 1 chịu trách nhiệm thi hành.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"), ["Như Điều 2;", "Lưu: VT."])
    return sh, t, meta("prose-certificate-house-boxed-issuer-emblem", "post-2025-07", AD, mark)


def d10_representative(rng):
    """A ward after July 2025 lets a household change use; the household's
    representative is named; a footer with the drafter's initials and the
    page count."""
    init = "NTL"
    sh = sheet(OC, 50, footer=lambda k, n: "%s - Trang %d/%d" % (init, k, n))
    code, name = rng.choice([c for c in p.new_communes("Thành phố Hải Phòng") if c[1].startswith("phường")])
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(100, 999), rng.randint(3, 27), rng.randint(8, 11), 2025
    subj = "Về việc cho phép chuyển mục đích sử dụng đất"
    t = p.front(sh, num, (d, m, y), name, "chuyen-muc-dich", subj, [subj], "Hải Phòng",
                [CQ25, LUAT24, ND102],
                "Xét đơn đề nghị chuyển mục đích sử dụng đất của hộ gia đình và đề "
                "nghị của Phòng Kinh tế, Hạ tầng và Đô thị phường.")
    head = p.person(rng, "F")
    rep = p.person(rng, "M")
    hy = rng.randint(1948, 1960)
    addr = "tổ dân phố số %d, %s, thành phố Hải Phòng" % (rng.randint(1, 15), name)
    o = t.owner(head, "F", code, hy, None, None, None, addr, household=True)
    s, n, a = rng.randint(5, 30), rng.randint(20, 400), p.area(rng, 80, 260)
    t.parcel(o, s, n, a, code, use="HNK", to="ODT", term="Lâu dài")
    p.article(sh, 1, "Cho phép hộ bà %s, sinh năm %d, thường trú tại %s (người đại diện: ông %s, con trai, "
              "theo văn bản ủy quyền ngày %02d/%02d/%d) được chuyển mục đích sử dụng %s m² đất tại thửa đất số "
              "%d, tờ bản đồ số %d từ đất trồng cây hằng năm khác (HNK) sang đất ở tại đô thị (ODT); thời "
              "hạn sử dụng: Lâu dài." % (head, hy, addr, rep, rng.randint(1, 28), rng.randint(1, 7), y,
                                       p.vn(a), n, s))
    p.article(sh, 2, "Hộ bà %s có trách nhiệm nộp tiền sử dụng đất theo thông báo của cơ quan thuế và đăng ký "
              "biến động đất đai theo quy định." % head)
    p.article(sh, 3, "Quyết định này có hiệu lực kể từ ngày ký.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 2;", "Thuế cơ sở;", "Lưu: VT."])
    return sh, t, meta("prose-household-representative-footer", "post-2025-07", OC, mark)


def d11_coowners(rng):
    """An allocation for resettlement: a table whose holder cell names two
    co-owners on two lines ('Ông A' / 'và bà B')."""
    sh = sheet(AD, 44)
    com = rng.choice(p.communes("Huyện Châu Thành", "Tỉnh Tiền Giang"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2017
    subj = "Về việc giao đất tái định cư cho các hộ gia đình, cá nhân bị thu hồi đất"
    t = p.front(sh, num, (d, m, y), "huyện Châu Thành", "giao-dat", subj,
                ["Về việc giao đất tái định cư cho các hộ gia đình,", "cá nhân bị thu hồi đất"], "Châu Thành",
                [CQ15, LUAT13, ND47],
                "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện.")
    p.article(sh, 1, "Giao đất ở tại Khu tái định cư %s cho các hộ gia đình, cá nhân sau:" % com[1])
    tb = Table(sh, [100, 700, 170, 200, 250, 200, 280], list("llccrcc"),
               ["STT", "Người được giao đất", "Thửa số", "Tờ bản đồ số", "Diện tích (m²)", "Loại đất",
                "Thời hạn"], size=42)
    tb.draw_header()
    for k in range(6):
        s, n, a = rng.randint(2, 20), rng.randint(100, 400), p.area(rng, 80, 150)
        sex = rng.choice("MF")
        name = p.person(rng, sex)
        h = t.owner(name, sex, com[0])
        cell = title_of(sex) + " " + name
        if k % 2 == 0:
            s2 = "F" if sex == "M" else "M"
            n2 = p.person(rng, s2)
            t.owner(n2, s2, com[0])
            cell += "\nvà " + title_of(s2).lower() + " " + n2
        t.parcel(h, s, n, a, com[0], use="ONT", term="Lâu dài")
        tb.row([str(k + 1), cell, str(n), str(s), p.vn(a), "ONT", "Lâu dài"])
    sh.space(16)
    p.article(sh, 2, "Các hộ có tên tại Điều 1 nộp tiền sử dụng đất theo quy định; Văn phòng đăng ký đất đai "
              "lập thủ tục cấp Giấy chứng nhận.")
    p.article(sh, 3, "Chánh Văn phòng HĐND và UBND huyện và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], p.person(rng, "F"),
                     ["Như Điều 3;", "Lưu: VT."])
    return sh, t, meta("table-coowners-two-lines", "2016-2025", AD, mark)


def d12_commune_ids(rng):
    """A commune after July 2025 recovers land: a table with the holders'
    birth dates and 'Số ĐDCN'."""
    sh = sheet(OC, 46)
    code, name = rng.choice([c for c in p.new_communes("Nghệ An") if c[1].startswith("xã")])
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(100, 999), rng.randint(3, 27), rng.randint(8, 11), 2025
    subj = "Về việc thu hồi đất để xây dựng tuyến đường giao thông liên thôn"
    t = p.front(sh, num, (d, m, y), name, "thu-hoi", subj,
                ["Về việc thu hồi đất để xây dựng", "tuyến đường giao thông liên thôn"], name.split(" ", 1)[1],
                [CQ25, LUAT24, ND102],
                None)
    p.article(sh, 1, "Thu hồi đất của các cá nhân có tên sau đây để xây dựng tuyến đường giao thông liên thôn:")
    tb = Table(sh, [90, 520, 260, 390, 130, 130, 220, 150], list("llccccrc"),
               ["TT", "Họ và tên", "Ngày sinh", "Số ĐDCN", "Thửa", "Tờ", "Diện tích (m²)", "Loại đất"],
               size=40)
    tb.draw_header()
    for k, (sex, who, yb) in enumerate(people(rng, 7, "40")):
        dd, mm = rng.randint(1, 28), rng.randint(1, 12)
        idn = p.pid(rng, "40", sex, yb)
        h = t.owner(who, sex, code, yb, p.iso(dd, mm, yb), idn, "dinh-danh")
        s, n, a = rng.randint(5, 50), rng.randint(10, 900), p.area(rng, 30, 400)
        use = rng.choice(["HNK", "CLN", "LUC"])
        t.parcel(h, s, n, a, code, use=use)
        tb.row([str(k + 1), title_of(sex) + " " + who, "%02d/%02d/%d" % (dd, mm, yb), idn, str(n), str(s),
                p.vn(a), use])
    sh.space(16)
    p.article(sh, 2, "Giao công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường xã tổ chức thực hiện.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], p.person(rng, "M"), ["Như Điều 2;", "Lưu: VT."])
    return sh, t, meta("table-birthdates-ddcn", "post-2025-07", OC, mark)


def d13_old_town(rng):
    """A town's allocation of 2002: 'Số: 312/2002/QĐ-UB', 'V/v', a CMND
    with its place of issue."""
    sh = sheet(AD, 48)
    com = rng.choice(p.communes("Thành phố Sóc Trăng", "Tỉnh Sóc Trăng"))
    num, d, m, y = "%d/2002/QĐ-UB" % rng.randint(100, 999), rng.randint(3, 27), rng.randint(1, 12), 2002
    subj = "V/v giao đất làm nhà ở"
    t = p.front(sh, num, (d, m, y), "thị xã Sóc Trăng", "giao-dat", subj, [subj], "Sóc Trăng",
                ["Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;",
                   "Căn cứ Luật Đất đai ngày 14/7/1993 và Luật sửa đổi, bổ sung một số điều của Luật Đất "
                   "đai ngày 29/6/2001;"],
                "Xét đơn xin giao đất và đề nghị của Phòng Địa chính thị xã.")
    sex = rng.choice("MF")
    who, yb = p.person(rng, sex), rng.randint(1945, 1975)
    idn = "36" + "%07d" % rng.randint(0, 9999999)
    addr = "khóm %d, %s, thị xã Sóc Trăng" % (rng.randint(1, 9), com[1])
    o = t.owner(who, sex, com[0], yb, None, idn, "cmnd", addr)
    s, n, a = rng.randint(1, 30), rng.randint(10, 600), p.area(rng, 60, 200)
    t.parcel(o, s, n, a, com[0], use="ODT", term="Lâu dài", address="%s, thị xã Sóc Trăng" % com[1])
    p.article(sh, 1, "Giao cho %s %s, sinh năm %d, CMND số %s cấp ngày %02d/%02d/%d tại Công an tỉnh Sóc "
              "Trăng, thường trú %s, được sử dụng %s m² đất tại thửa số %d, tờ bản đồ số %d, %s, thị xã Sóc "
              "Trăng để làm nhà ở. Mục đích sử dụng: đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài."
              % (title_of(sex).lower(), who, yb, idn, rng.randint(1, 28), rng.randint(1, 12),
                 rng.randint(1990, 2000), addr, p.vn(a), n, s, com[1]))
    p.article(sh, 2, "Người được giao đất có trách nhiệm nộp tiền sử dụng đất, lệ phí địa chính theo quy định.")
    p.article(sh, 3, "Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Địa chính và người có tên tại Điều 1 "
              "chịu trách nhiệm thi hành Quyết định này.")
    mark = p.closing(sh, ["TM. UBND THỊ XÃ SÓC TRĂNG", "CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu."])
    return sh, t, meta("prose-old-town-vv", "pre-2004", AD, mark)


def d14_roman(rng):
    """A city's change of use whose Điều 1 has Roman sections: I. the
    holder, II. the parcel, III. the use after."""
    sh = sheet(OC, 50)
    com = rng.choice(p.communes("Thành phố Tuy Hoà", "Tỉnh Phú Yên"))
    num, d, m, y = "%d/QĐ-UBND" % rng.randint(1000, 4999), rng.randint(3, 27), rng.randint(1, 12), 2016
    subj = "Về việc chuyển mục đích sử dụng đất"
    t = p.front(sh, num, (d, m, y), "thành phố Tuy Hoà", "chuyen-muc-dich", subj, [subj], "Tuy Hoà",
                [CQ15, LUAT13, ND43],
                "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường thành phố.")
    sex = rng.choice("MF")
    who, yb = p.person(rng, sex), rng.randint(1955, 1985)
    idn = p.cmnd(rng)
    addr = "khu phố %d, %s, thành phố Tuy Hoà" % (rng.randint(1, 8), com[1])
    o = t.owner(who, sex, com[0], yb, None, idn, "cmnd", addr)
    s, n, a = rng.randint(5, 40), rng.randint(10, 700), p.area(rng, 90, 300)
    t.parcel(o, s, n, a, com[0], use="CLN", to="ODT", term="Lâu dài",
             address="%s, thành phố Tuy Hoà" % com[1])
    p.article(sh, 1, "Cho phép chuyển mục đích sử dụng đất như sau:")
    sh.para([("I. Người sử dụng đất:", "b"), ("%s %s, sinh năm %d; Chứng minh nhân dân số %s; địa chỉ thường "
                                           "trú: %s." % (title_of(sex), who, yb, idn, addr), "r")], first=70)
    sh.para([("II. Thửa đất:", "b"), ("thửa đất số %d, tờ bản đồ số %d, diện tích %s m², tại %s, thành phố Tuy "
                                     "Hoà; mục đích đang sử dụng: đất trồng cây lâu năm (CLN)."
                                     % (n, s, p.vn(a), com[1]), "r")], first=70)
    sh.para([("III. Mục đích sau khi chuyển:", "b"), ("đất ở tại đô thị (ODT); thời hạn sử dụng: Lâu dài.", "r")],
            first=70)
    p.article(sh, 2, "Người sử dụng đất nộp tiền sử dụng đất theo quy định; Văn phòng đăng ký quyền sử dụng đất "
              "chỉnh lý hồ sơ địa chính.")
    p.article(sh, 3, "Quyết định này có hiệu lực kể từ ngày ký.")
    mark = p.closing(sh, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], p.person(rng, "M"),
                     ["Như Điều 3;", "Lưu: VT."])
    return sh, t, meta("prose-roman-sections-change", "2016-2025", OC, mark)


DOCS = [d1_rotated, d2_split_area, d3_leaders, d4_midpage, d5_unit_price, d6_amend, d7_extension,
        d8_couple, d9_certificate, d10_representative, d11_coowners, d12_commune_ids, d13_old_town, d14_roman]
