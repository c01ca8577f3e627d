"""docs15: the fourteen decisions of family 15.  Each function takes a
random.Random and returns (meta, Doc): meta has the truth's kind, era,
layout, number, date, issuer and title; the Doc has the sheets and the
owners, parcels and house the sheets print."""
import parts15 as P
from frame15 import Doc
from sheet15 import MM

CANCU_LAW13 = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"
CANCU_LAW24 = "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"
CANCU_ORG15 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
CANCU_ORG25 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"


def meta(kind, era, layout, number, date, issuer, title):
    return {"kind": kind, "era": era, "layout": layout, "number": number,
            "date": P.iso(*date), "issuer": issuer, "title": title}


def start(doc, left, number, place, date, caps, lines, **kw):
    """doc with its heading (Doc.heading's arguments, its keywords kw) and
    its title (the issuer in capitals, the subject's lines) set."""
    doc.heading(left, number, place, date, **kw)
    doc.title(caps, lines)
    return doc


def commune_of(rng, district, province, kind):
    """The code and the name ("xã Long Phụng") of a commune of a district
    before July 2025."""
    cm = P.communes(district, province, rng, 1, kind)[0]
    return cm["commune_code"], P.lower_type(cm["commune_name"])


def vdate(y, m, d):
    """"ngày 07 tháng 02 năm 2023" (day and month under 10 with a zero)."""
    return "ngày %02d tháng %02d năm %d" % (d, m, y)


def vdate_plain(y, m, d):
    return "ngày %d tháng %d năm %d" % (d, m, y)


def areas(rng, n, lo, hi):
    return [round(rng.uniform(lo, hi), 1) for _ in range(n)]


def sheets_numbers(rng, n, smax=40, nmax=600):
    seen, out = set(), []
    while len(out) < n:
        t = (rng.randint(1, smax), rng.randint(1, nmax))
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


# 1 ------------------------------------------------------------------------
def holder_cards(rng):
    """A road recovery in Long An: each holder a boxed card of label: value
    lines, the address of residence in it."""
    dist, prov = "Cần Giuộc", "Long An"
    cc, cname = commune_of(rng, dist, prov, "Xã")
    y, m, d = 2021, 9, 14
    no = "%d/QĐ-UBND" % rng.randint(2000, 5999)
    proj = "Nâng cấp, mở rộng Đường tỉnh 835B"
    doc = start(Doc(rng, "Lato", 12),
                ["ỦY BAN NHÂN DÂN", "HUYỆN CẦN GIUỘC"], no, "Cần Giuộc",
                (y, vdate(y, m, d)),
                "ỦY BAN NHÂN DÂN HUYỆN CẦN GIUỘC",
                ["Thu hồi đất của hộ gia đình, cá nhân để thực hiện",
                 "công trình " + proj])
    doc.grounds([CANCU_ORG15, CANCU_LAW13,
                 "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
                 "quy định chi tiết thi hành một số điều của Luật Đất đai;",
                 "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện tại Tờ trình "
                 "số %d/TTr-TNMT." % rng.randint(100, 900)])
    doc.article(1, "Thu hồi đất của các hộ gia đình, cá nhân dưới đây tại %s, huyện "
                "Cần Giuộc để thực hiện công trình %s:" % (cname, proj))
    pp = P.People(rng)
    hamlets = ["ấp Tân Quới", "ấp Long Phú", "ấp Bà Đằng", "ấp Kim Điền"]
    uses = ["LUC", "CLN", "ONT", "LUC"]
    prov_c = P.province_code(prov)
    for i, ((sh, nu), a) in enumerate(zip(sheets_numbers(rng, 4), areas(rng, 4, 40, 1400))):
        name, sex = pp.one(rng.choice("MMF"))
        yr = rng.randint(1950, 1992)
        idn = P.cccd(rng, prov_c, sex, yr)
        addr = "%s, %s, huyện Cần Giuộc, tỉnh Long An" % (rng.choice(hamlets), cname)
        use = uses[i]
        doc.card("%d. %s %s" % (i + 1, "Ông" if sex == "M" else "Bà", name),
                   [("Năm sinh", str(yr)), ("Số CCCD", idn), ("Thường trú", addr),
                    ("Thửa đất", "số %d, tờ bản đồ số %d" % (nu, sh)),
                    ("Diện tích thu hồi", P.area_sp(a) + " m²"),
                    ("Loại đất", "%s (%s)" % (P.USE_NAME[use], use))], lw=52,
                   pt=11.5)
        doc.owners.append(P.owner(name, sex, cc, year=yr, idn=idn, idt="cccd", addr=addr))
        doc.parcels.append(P.parcel(sh, nu, a, use, cc, i))
    doc.article(2, "Giao Ban Quản lý dự án đầu tư xây dựng huyện phối hợp với Ủy ban nhân "
                "dân %s tổ chức bồi thường, hỗ trợ và bàn giao mặt bằng theo quy định." % cname)
    doc.article(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi "
                "trường, Chủ tịch UBND %s và các hộ có tên tại Điều 1 chịu trách nhiệm "
                "thi hành Quyết định này./." % cname)
    doc.closing(["Như Điều 3;", "Sở TN&MT tỉnh Long An;", "Lưu: VT."], "CHỦ TỊCH",
                "Lê Văn Hùng", "ỦY BAN NHÂN DÂN HUYỆN CẦN GIUỘC")
    return meta("thu-hoi", "2016-2025", "list-holder-cards", no, (y, m, d),
                "Ủy ban nhân dân huyện Cần Giuộc",
                "Thu hồi đất của hộ gia đình, cá nhân để thực hiện công trình " + proj), doc


# 2 ------------------------------------------------------------------------
def caps_reversed(rng):
    """Bàu Bàng: a table with no STT, the columns backwards (use, area,
    parcel, sheet, name), the names in capitals, codes for the use."""
    cc, cname = commune_of(rng, "Bàu Bàng", "Bình Dương", "Xã")
    y, m, d = 2019, 4, 23
    no = "%d/QĐ-UBND" % rng.randint(1000, 3999)
    proj = "Khu tái định cư Lai Uyên mở rộng"
    doc = start(Doc(rng, "Lato", 12.5),
                ["ỦY BAN NHÂN DÂN", "HUYỆN BÀU BÀNG"], no, "Bàu Bàng",
                (y, vdate_plain(y, m, d)),
                "ỦY BAN NHÂN DÂN HUYỆN BÀU BÀNG",
                ["Về việc thu hồi đất thực hiện dự án", proj])
    doc.grounds([CANCU_ORG15, CANCU_LAW13,
                 "Căn cứ Quyết định số %d/QĐ-UBND ngày 02 tháng 3 năm 2018 của Ủy ban nhân "
                 "dân tỉnh Bình Dương phê duyệt kế hoạch sử dụng đất năm 2018 huyện Bàu Bàng;"
                 % rng.randint(300, 800),
                 "Theo đề nghị của Phòng Tài nguyên và Môi trường."])
    doc.article(1, "Thu hồi %d thửa đất tại %s, huyện Bàu Bàng, tỉnh Bình Dương của "
                "các hộ gia đình, cá nhân có tên trong bảng sau:" % (7, cname))
    pp = P.People(rng)
    rows = []
    codes = ["CLN", "LUC", "BHK", "ONT", "CLN", "CLN", "BHK"]
    for i, ((sh, nu), a) in enumerate(zip(sheets_numbers(rng, 7, 30, 900),
                                          areas(rng, 7, 80, 4200))):
        name, sex = pp.one(people="hoa" if i == 4 else "kinh")
        rows.append([codes[i], P.area_dot(a), str(nu), str(sh), name.upper()])
        doc.owners.append(P.owner(name, sex, cc))
        doc.parcels.append(P.parcel(sh, nu, a, codes[i], cc, i))
    doc.table([20, 30, 20, 18, 70],
                        ["Loại đất", "Diện tích\n(m²)", "Thửa số", "Tờ số",
                         "Họ và tên người sử dụng đất"], rows, pt=11.5,
                        align=["c", "r", "c", "c", "l"])
    doc.article(2, "Ủy ban nhân dân %s có trách nhiệm quản lý diện tích đất đã thu "
                "hồi; Trung tâm Phát triển quỹ đất huyện lập phương án bồi thường, hỗ trợ, "
                "tái định cư trình phê duyệt." % cname)
    doc.article(3, "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
                "huyện, Trưởng phòng Tài nguyên và Môi trường và người sử dụng đất có tên "
                "tại Điều 1 chịu trách nhiệm thi hành./.")
    doc.closing(["Như Điều 3;", "UBND tỉnh (b/c);", "Lưu: VT, TNMT."],
                "PHÓ CHỦ TỊCH", "Trần Văn Nam", "ỦY BAN NHÂN DÂN HUYỆN BÀU BÀNG",
                sub="KT. CHỦ TỊCH")
    return meta("thu-hoi", "2016-2025", "table-caps-no-stt-reversed", no, (y, m, d),
                "Ủy ban nhân dân huyện Bàu Bàng",
                "Về việc thu hồi đất thực hiện dự án " + proj), doc


# 3 ------------------------------------------------------------------------
def hamlets_road(rng):
    """Lai Vung: a road's recovery listed hamlet by hamlet under
    sub-headings; sheet and parcel in one cell; the use in words; areas
    "1 234,5"."""
    cc, cname = commune_of(rng, "Lai Vung", "Đồng Tháp", "Xã")
    y, m, d = 2022, 11, 3
    no = "%d/QĐ-UBND" % rng.randint(3000, 6999)
    proj = "Đường giao thông nông thôn liên ấp Tân Thành - Hòa Bình"
    doc = start(Doc(rng, "Quicksand", 11),
                ["UBND TỈNH ĐỒNG THÁP", "ỦY BAN NHÂN DÂN HUYỆN LAI VUNG"], no,
                "Lai Vung", (y, vdate_plain(y, m, d)),
                "ỦY BAN NHÂN DÂN HUYỆN LAI VUNG",
                ["Về việc thu hồi đất để xây dựng công trình", proj])
    doc.grounds([CANCU_LAW13,
                 "Xét Tờ trình của Phòng Tài nguyên và Môi trường huyện Lai Vung."])
    doc.article(1, "Thu hồi đất của các hộ gia đình, cá nhân tại %s để xây dựng công "
                "trình %s, danh sách như sau:" % (cname, proj))
    pp = P.People(rng)
    groups = [("Ấp Tân Thành", 3), ("Ấp Hòa Bình", 3), ("Ấp Long Thắng", 2)]
    uses = ["LUC", "CLN", "ONT", "NTS", "CLN", "LUC", "BHK", "CLN"]
    sn = sheets_numbers(rng, 8, 35, 700)
    ar = areas(rng, 8, 15, 2600)
    ar[1] = 1234.5 + rng.randint(0, 800)
    rows, k = [], 0
    for g, n in groups:
        rows.append(g)
        for _ in range(n):
            name, sex = pp.one()
            sh, nu = sn[k]
            rows.append([str(k + 1), name, "Tờ bản đồ số %d, thửa số %d" % (sh, nu),
                         P.area_sp(ar[k]), P.USE_NAME[uses[k]]])
            doc.owners.append(P.owner(name, sex, cc))
            doc.parcels.append(P.parcel(sh, nu, ar[k], uses[k], cc, k))
            k += 1
    doc.table([8, 38, 56, 19, 46],
                        ["STT", "Họ và tên", "Vị trí thửa đất", "Diện tích thu hồi (m²)",
                         "Mục đích sử dụng"], rows, pt=10,
                        align=["c", "l", "l", "r", "l"])
    doc.article(2, "Việc bồi thường, hỗ trợ, tái định cư thực hiện theo phương án được "
                "Ủy ban nhân dân huyện phê duyệt.")
    doc.article(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi "
                "trường, Chủ tịch UBND %s và các hộ có tên trên chịu trách nhiệm thi hành "
                "Quyết định này./." % cname)
    doc.closing(["Như Điều 3;", "Lưu: VT."], "CHỦ TỊCH", "Nguyễn Thành Tâm",
                "ỦY BAN NHÂN DÂN HUYỆN LAI VUNG")
    return meta("thu-hoi", "2016-2025", "table-hamlet-subheadings", no, (y, m, d),
                "Ủy ban nhân dân huyện Lai Vung",
                "Về việc thu hồi đất để xây dựng công trình " + proj), doc


# 4 ------------------------------------------------------------------------
def dashed_notes(rng):
    """Cư M'gar: dashed rules, a birth-year column, a wide last column
    "Ghi chú" with the holder's address; Ê Đê and Hmong holders."""
    cc, cname = commune_of(rng, "Cư M'gar", "Đắk Lắk", "Xã")
    y, m, d = 2020, 7, 28
    no = "%d/QĐ-UBND" % rng.randint(1000, 2999)
    proj = "Hồ chứa nước Ea Kuăng"
    doc = start(Doc(rng, "Lato", 12),
                ["ỦY BAN NHÂN DÂN", "HUYỆN CƯ M'GAR"], no, "Cư M'gar",
                (y, vdate_plain(y, m, d)),
                "ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR",
                ["Về việc thu hồi đất để thực hiện dự án " + proj])
    doc.grounds([CANCU_ORG15, CANCU_LAW13,
                 "Căn cứ Thông báo thu hồi đất số %d/TB-UBND của Ủy ban nhân dân huyện;"
                 % rng.randint(100, 900)])
    doc.article(1, "Thu hồi đất của các hộ gia đình, cá nhân đang sử dụng tại %s, "
                "huyện Cư M'gar, tỉnh Đắk Lắk (chi tiết theo bảng dưới đây):" % cname)
    pp = P.People(rng)
    peoples = ["ede", "ede", "kinh", "hmong", "ede", "kinh"]
    villages = ["buôn Ea Tar", "buôn Kroa", "thôn 3", "thôn 6", "buôn Jung"]
    uses = ["CLN", "CLN", "HNK", "CLN", "BHK", "ONT"]
    rows = []
    for i, ((sh, nu), a) in enumerate(zip(sheets_numbers(rng, 6, 50, 400),
                                          areas(rng, 6, 300, 5200))):
        name, sex = pp.one(people=peoples[i])
        yr = rng.randint(1955, 1990)
        addr = "%s, %s" % (rng.choice(villages), cname)
        rows.append([str(i + 1), name, str(yr), str(sh), str(nu), P.area_dot(a),
                     uses[i], addr])
        # the column names the head of a household: the holder is the household
        doc.owners.append(P.owner(name, sex, cc, year=yr, addr=addr, household=True))
        doc.parcels.append(P.parcel(sh, nu, a, uses[i], cc, i))
    doc.table([9, 40, 14, 10, 12, 22, 13, 45],
                        ["STT", "Họ tên chủ hộ", "Năm sinh", "Tờ", "Thửa",
                         "Diện tích (m²)", "Loại đất", "Ghi chú"], rows, pt=10.5,
                        kind="dashed", align=["c", "l", "c", "c", "c", "r", "c", "l"])
    doc.article(2, "Ủy ban nhân dân %s phối hợp với Trung tâm Phát triển quỹ đất huyện "
                "thực hiện bồi thường và quản lý quỹ đất sau thu hồi." % cname)
    doc.article(3, "Quyết định này có hiệu lực kể từ ngày ký./.")
    doc.closing(["Như Điều 3;", "Lưu: VT."], "CHỦ TỊCH", "Y Ngông Niê Kdăm",
                "ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR")
    return meta("thu-hoi", "2016-2025", "table-dashed-address-notes", no, (y, m, d),
                "Ủy ban nhân dân huyện Cư M'gar",
                "Về việc thu hồi đất để thực hiện dự án " + proj), doc


# 5 ------------------------------------------------------------------------
def landscape_commune(rng):
    """A Gia Lai commune after July 2025, the whole decision in landscape,
    dotted rules, personal IDs; Jrai holders."""
    cm = P.new_units("Gia Lai", rng, 1, "Xã Ia")[0]
    cc, cname = cm["new_commune_code"], P.lower_type(cm["new_commune_name"])
    cap = cm["new_commune_name"].upper()
    y, m, d = 2025, 10, 16
    no = "%d/QĐ-UBND" % rng.randint(100, 899)
    proj = "Kênh tưới tiêu thôn Plei Bông"
    doc = start(Doc(rng, "Lato", 11, landscape=True),
                ["ỦY BAN NHÂN DÂN", cap], no, cname[3:], (y, vdate(y, m, d)),
                "ỦY BAN NHÂN DÂN " + cap,
                ["Về việc thu hồi đất để thực hiện công trình " + proj])
    doc.grounds([CANCU_ORG25, CANCU_LAW24])
    doc.article(1, "Thu hồi đất của các hộ gia đình, cá nhân sau đây tại %s, tỉnh Gia "
                "Lai để thực hiện công trình %s:" % (cname, proj))
    pp = P.People(rng)
    prov_c = P.province_code("Gia Lai")
    uses = ["HNK", "CLN", "HNK", "CLN", "LUC"]
    rows = []
    for i, ((sh, nu), a) in enumerate(zip(sheets_numbers(rng, 5, 60, 300),
                                          areas(rng, 5, 200, 3600))):
        name, sex = pp.one(people="jrai" if i != 3 else "kinh")
        yr = rng.randint(1958, 1995)
        idn = P.cccd(rng, prov_c, sex, yr)
        rows.append([str(i + 1), name, idn, str(sh), str(nu), P.area_dot(a), uses[i]])
        doc.owners.append(P.owner(name, sex, cc, idn=idn, idt="dinh-danh"))
        doc.parcels.append(P.parcel(sh, nu, a, uses[i], cc, i))
    doc.table([10, 55, 45, 18, 18, 30, 20],
                        ["STT", "Họ và tên", "Số định danh cá nhân", "Tờ bản đồ",
                         "Thửa đất", "Diện tích (m²)", "Loại đất"], rows, pt=11.5,
                        kind="dotted", align=["c", "l", "c", "c", "c", "r", "c"])
    doc.article(2, "Giao Phòng Kinh tế xã phối hợp các thôn tổ chức thực hiện bồi "
                "thường, hỗ trợ theo quy định. Quyết định có hiệu lực từ ngày ký./.")
    doc.closing(["Như Điều 1;", "Lưu: VT."], "CHỦ TỊCH", "Rah Lan Thới",
                "ỦY BAN NHÂN DÂN " + cap, left_width=0.6)
    return meta("thu-hoi", "post-2025-07", "table-landscape-dotted", no, (y, m, d),
                "Ủy ban nhân dân " + cname,
                "Về việc thu hồi đất để thực hiện công trình " + proj), doc


# 6 ------------------------------------------------------------------------
def correction_department(rng):
    """A provincial department after July 2025 corrects a certificate's
    printed name (no land record)."""
    y, m, d = 2025, 12, 2
    no = "%d/QĐ-SNNMT" % rng.randint(1000, 4999)
    cm = P.new_units("Khánh Hòa", rng, 1, "Xã")[0]
    cname = P.lower_type(cm["new_commune_name"])
    doc = start(Doc(rng, "Quicksand", 12),
                ["UBND TỈNH KHÁNH HÒA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], no, "Khánh Hòa",
                (y, vdate(y, m, d)),
                "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                ["Về việc đính chính nội dung Giấy chứng nhận quyền sử dụng đất"])
    doc.grounds([CANCU_LAW24,
                 "Căn cứ Nghị định số 101/2024/NĐ-CP ngày 29 tháng 7 năm 2024 của Chính phủ "
                 "quy định về điều tra cơ bản đất đai, đăng ký, cấp Giấy chứng nhận;",
                 "Căn cứ Quyết định số 27/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Khánh Hòa "
                 "quy định chức năng, nhiệm vụ của Sở Nông nghiệp và Môi trường;",
                 "Xét đơn đề nghị đính chính của người sử dụng đất và hồ sơ do Văn phòng "
                 "đăng ký đất đai chuyển đến."])
    serial = "DĐ %06d" % rng.randint(100000, 999999)
    doc.article(1, "Đính chính Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và "
                "tài sản khác gắn liền với đất số phát hành %s do Sở Tài nguyên và Môi "
                "trường tỉnh Khánh Hòa cấp ngày 19 tháng 5 năm 2021, thửa đất tại %s, "
                "như sau:" % (serial, cname))
    doc.para("Nội dung đã ghi: Năm sinh 1976.", indent=20)
    doc.para("Nội dung đính chính: Năm sinh 1967.", indent=20)
    doc.para("Lý do đính chính: ghi sai năm sinh so với căn cước của người sử dụng đất.",
               indent=20)
    doc.article(2, "Văn phòng đăng ký đất đai tỉnh có trách nhiệm chỉnh lý hồ sơ địa "
                "chính, cơ sở dữ liệu đất đai và trao Giấy chứng nhận đã đính chính.")
    doc.article(3, "Chánh Văn phòng Sở, Giám đốc Văn phòng đăng ký đất đai và người sử "
                "dụng đất có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    doc.closing(["Như Điều 3;", "UBND %s;" % cname, "Lưu: VT, QLĐĐ."], "PHÓ GIÁM ĐỐC",
                "Võ Thị Kim Oanh", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", sub="KT. GIÁM ĐỐC")
    return meta("other", "post-2025-07", "prose-correction-department", no, (y, m, d),
                "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa",
                "Về việc đính chính nội dung Giấy chứng nhận quyền sử dụng đất"), doc


# 7 ------------------------------------------------------------------------
def hand_filled_allocation(rng):
    """Phong Điền (Cần Thơ): an allocation whose number, day and month are
    written by hand on the typed line; a household's head with a personal
    ID; the parcel as label lines."""
    cc, cname = commune_of(rng, "Phong Điền", "Cần Thơ", "Xã")
    y, m, d = 2017, 3, 12
    fig = str(rng.randint(1000, 2999))
    no = fig + "/QĐ-UBND"
    doc = start(Doc(rng, "Lato", 12.5),
                ["ỦY BAN NHÂN DÂN", "HUYỆN PHONG ĐIỀN"], no, "Phong Điền",
                (y, None),
                "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN",
                ["Về việc giao đất ở cho hộ gia đình để tái định cư"], hand=(fig, "12", "3"))
    doc.grounds([CANCU_LAW13,
                 "Căn cứ phương án bồi thường, hỗ trợ, tái định cư dự án Đường tỉnh 923 "
                 "đã được phê duyệt;",
                 "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện."])
    pp = P.People(rng)
    name, sex = pp.one("M")
    yr = rng.randint(1960, 1985)
    idn = P.cccd(rng, P.province_code("Cần Thơ"), sex, yr)
    sh, nu = sheets_numbers(rng, 1, 20, 300)[0]
    a = round(rng.uniform(80, 160), 1)
    addr = "Khu tái định cư Đường tỉnh 923, ấp Nhơn Lộc 1, %s" % cname
    doc.article(1, "Giao đất ở có thu tiền sử dụng đất cho hộ ông %s, sinh năm %d, "
                "Căn cước công dân số %s, để bố trí tái định cư, cụ thể như sau:"
                % (name, yr, idn))
    for lab, val in [("Thửa đất số", str(nu)), ("Tờ bản đồ số", str(sh)),
                     ("Địa chỉ thửa đất", addr), ("Diện tích", P.area_dot(a) + " m²"),
                     ("Mục đích sử dụng", "Đất ở tại nông thôn"),
                     ("Thời hạn sử dụng", "Lâu dài"),
                     ("Nguồn gốc sử dụng", "Nhà nước giao đất có thu tiền sử dụng đất")]:
        doc.para("%s: %s." % (lab, val), indent=18, hang=18, justify=False)
    doc.owners.append(P.owner(name, sex, cc, year=yr, idn=idn, idt="cccd", household=True))
    doc.parcels.append(P.parcel(sh, nu, a, "ONT", cc, 0, term="Lâu dài", addr=addr,
                                origin="Nhà nước giao đất có thu tiền sử dụng đất"))
    doc.article(2, "Hộ ông %s có trách nhiệm nộp tiền sử dụng đất theo thông báo của cơ "
                "quan thuế và sử dụng đất đúng mục đích." % name)
    doc.article(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi "
                "trường, Chủ tịch UBND %s và hộ ông %s chịu trách nhiệm thi hành Quyết "
                "định này./." % (cname, name))
    doc.closing(["Như Điều 3;", "Chi cục Thuế huyện;", "Lưu: VT."], "CHỦ TỊCH",
                "Phạm Văn Quang", "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN")
    return meta("giao-dat", "2016-2025", "prose-hand-filled-number", no, (y, m, d),
                "Ủy ban nhân dân huyện Phong Điền",
                "Về việc giao đất ở cho hộ gia đình để tái định cư"), doc


# 8 ------------------------------------------------------------------------
def khmer_lease_2003(rng):
    """Sóc Trăng, 2003: the province leases pond land to a Khmer household
    for twenty years; an old CMND; the area "12 345,6 m²"."""
    cc, cname = commune_of(rng, "Long Phú", "Sóc Trăng", "Xã")
    y, m, d = 2003, 8, 5
    no = "%d/QĐ.UBT.03" % rng.randint(1000, 2999)
    doc = start(Doc(rng, "Quicksand", 12.5),
                ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"], no, "Sóc Trăng",
                (y, vdate_plain(y, m, d)),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
                ["V/v cho hộ gia đình thuê đất để nuôi trồng thủy sản"])
    doc.grounds(["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 "
                 "tháng 6 năm 1994;",
                 "Căn cứ Luật Đất đai năm 1993 và Luật sửa đổi, bổ sung một số điều của "
                 "Luật Đất đai năm 2001;",
                 "Xét đề nghị của Giám đốc Sở Địa chính tỉnh."])
    pp = P.People(rng)
    name, sex = pp.one("M", "khmer")
    yr = rng.randint(1950, 1970)
    idn = P.cmnd(rng)
    sh, nu = sheets_numbers(rng, 1, 30, 500)[0]
    a = round(rng.uniform(10000, 19999), 1)
    addr = "ấp Phú Đức, %s, huyện Long Phú" % cname
    doc.article(1, "Nay cho hộ ông %s, sinh năm %d, CMND số %s, thường trú tại %s, "
                "thuê %s m² đất (thửa số %d, tờ bản đồ số %d) tại %s để nuôi trồng thủy "
                "sản. Thời hạn thuê đất: 20 năm. Hình thức: Nhà nước cho thuê đất trả tiền "
                "thuê đất hằng năm." % (name, yr, idn, addr, P.area_sp(a), nu, sh, addr))
    doc.owners.append(P.owner(name, sex, cc, year=yr, idn=idn, idt="cmnd", addr=addr,
                              household=True))
    doc.parcels.append(P.parcel(sh, nu, a, "NTS", cc, 0, term="20 năm", addr=addr,
                                origin="Nhà nước cho thuê đất trả tiền thuê đất hằng năm"))
    doc.article(2, "Hộ ông %s có trách nhiệm nộp tiền thuê đất hằng năm, sử dụng đất "
                "đúng mục đích, bảo vệ môi trường." % name)
    doc.article(3, "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Địa chính, Chủ tịch UBND "
                "huyện Long Phú và hộ ông %s chịu trách nhiệm thi hành Quyết định này." % name)
    doc.closing(["Như Điều 3;", "Lưu."], "PHÓ CHỦ TỊCH", "Huỳnh Thành Hiệp",
                "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", sub="KT. CHỦ TỊCH")
    return meta("cho-thue", "pre-2004", "prose-khmer-lease-2003", no, (y, m, d),
                "Ủy ban nhân dân tỉnh Sóc Trăng",
                "V/v cho hộ gia đình thuê đất để nuôi trồng thủy sản"), doc


# 9 ------------------------------------------------------------------------
def pleiku_recognition(rng):
    """Pleiku: a couple of the Tày people recognised; the place on one line
    and the date under it; the parcel as two unruled columns of label and
    value."""
    cc, cname = commune_of(rng, "Pleiku", "Gia Lai", "Phường")
    y, m, d = 2016, 2, 7
    no = "%d/QĐ-UBND" % rng.randint(100, 999)
    doc = start(Doc(rng, "Lato", 12.5),
                ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PLEIKU"], no, "Pleiku",
                (y, vdate(y, m, d)),
                "ỦY BAN NHÂN DÂN THÀNH PHỐ PLEIKU",
                ["Về việc công nhận quyền sử dụng đất"], split_date=True)
    doc.grounds([CANCU_LAW13, "Căn cứ hồ sơ đăng ký đất đai do Chi nhánh Văn phòng đăng "
                 "ký đất đai thành phố chuyển đến."])
    pp = P.People(rng)
    hn, hs = pp.one("M", "tay")
    wn, ws = pp.one("F", "tay")
    prov_c = P.province_code("Gia Lai")
    hy, wy = rng.randint(1960, 1975), rng.randint(1962, 1978)
    hid, wid = P.cccd(rng, prov_c, "M", hy), P.cccd(rng, prov_c, "F", wy)
    home = "tổ 4, %s, thành phố Pleiku" % cname
    doc.article(1, "Công nhận quyền sử dụng đất cho ông %s, sinh năm %d, CCCD số %s và "
                "vợ là bà %s, sinh năm %d, CCCD số %s; cùng thường trú tại %s; đối với "
                "thửa đất sau:" % (hn, hy, hid, wn, wy, wid, home))
    sh, nu = sheets_numbers(rng, 1, 40, 300)[0]
    a = round(rng.uniform(120, 480), 1)
    s = doc.s
    lx = s.x0 + int(16 * MM)
    vx = s.x0 + int(70 * MM)
    for lab, val in [("Thửa đất số", str(nu)), ("Tờ bản đồ số", str(sh)),
                     ("Địa chỉ", "tổ 4, %s" % cname), ("Diện tích", P.area_dot(a) + " m²"),
                     ("Hình thức sử dụng", "Sử dụng chung"),
                     ("Mục đích sử dụng", "Đất ở tại đô thị"),
                     ("Thời hạn sử dụng", "Lâu dài")]:
        s.put(lx, s.y, lab, "i")
        s.put(vx, s.y, val, "r")
        s.text.append(lab + "    " + val)
        s.y += s.lh()
    s.skip(2)
    doc.owners.append(P.owner(hn, hs, cc, year=hy, idn=hid, idt="cccd", addr=home, spouse=1))
    doc.owners.append(P.owner(wn, ws, cc, year=wy, idn=wid, idt="cccd", addr=home, spouse=0))
    doc.parcels.append(P.parcel(sh, nu, a, "ODT", cc, 0, term="Lâu dài",
                                addr="tổ 4, %s" % cname))
    doc.article(2, "Chi nhánh Văn phòng đăng ký đất đai thành phố Pleiku cập nhật hồ sơ "
                "địa chính và trình cấp Giấy chứng nhận theo quy định.")
    doc.article(3, "Quyết định có hiệu lực kể từ ngày ký./.")
    doc.closing(["Như Điều 3;", "Lưu: VT."], "PHÓ CHỦ TỊCH", "Đặng Quốc Khánh",
                "ỦY BAN NHÂN DÂN THÀNH PHỐ PLEIKU", sub="KT. CHỦ TỊCH")
    return meta("cong-nhan", "2016-2025", "prose-split-date-label-columns", no, (y, m, d),
                "Ủy ban nhân dân thành phố Pleiku", "Về việc công nhận quyền sử dụng đất"), doc


# 10 -----------------------------------------------------------------------
def department_certificate(rng):
    """Bình Dương's land department issues a certificate for a Hoa owner's
    house and land: issuer | emblem | motto in three columns."""
    cc, cname = commune_of(rng, "Thủ Dầu Một", "Bình Dương", "Phường")
    y, m, d = 2023, 6, 19
    no = "%d/QĐ-STNMT" % rng.randint(1000, 8999)
    doc = start(Doc(rng, "Lato", 12),
                ["UBND TỈNH BÌNH DƯƠNG", "SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], no,
                "Bình Dương", (y, vdate_plain(y, m, d)),
                "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                ["Về việc cấp Giấy chứng nhận quyền sử dụng đất,",
                 "quyền sở hữu nhà ở và tài sản khác gắn liền với đất"], style="three")
    doc.grounds([CANCU_LAW13,
                 "Căn cứ Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Bình Dương "
                 "ủy quyền cho Sở Tài nguyên và Môi trường cấp Giấy chứng nhận;",
                 "Xét đề nghị của Giám đốc Văn phòng đăng ký đất đai tỉnh."])
    pp = P.People(rng)
    name, sex = pp.one("M", "hoa")
    yr = rng.randint(1965, 1985)
    idn = P.cccd(rng, P.province_code("Bình Dương"), sex, yr)
    addr = "số %d đường Bạch Đằng, %s, thành phố Thủ Dầu Một" % (rng.randint(10, 300), cname)
    doc.article(1, "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
                "khác gắn liền với đất cho ông %s, sinh năm %d, CCCD số %s, địa chỉ thường "
                "trú: %s, đối với thửa đất và tài sản sau:" % (name, yr, idn, addr))
    y0 = doc.s.y
    sh, nu = sheets_numbers(rng, 1, 60, 400)[0]
    a = round(rng.uniform(60, 140), 1)
    bld = round(a * rng.uniform(0.7, 0.95), 1)
    fl = rng.choice([2, 3, 4])
    paddr = addr.split(", ", 1)[1]
    for t in ["1. Thửa đất: thửa số %d, tờ bản đồ số %d, địa chỉ: %s; diện tích %s m²; "
              "mục đích sử dụng: Đất ở tại đô thị (ODT); thời hạn: Lâu dài." %
              (nu, sh, paddr, P.area_dot(a)),
              "2. Nhà ở: diện tích xây dựng %s m²; diện tích sàn %s m²; kết cấu: Bê tông "
              "cốt thép, mái tôn; số tầng: %d; năm hoàn thành xây dựng: %d." %
              (P.area_dot(bld), P.area_dot(bld * fl), fl, 2012)]:
        doc.para(t, indent=10)
    doc.marks["names"].append((0, y0))
    doc.owners.append(P.owner(name, sex, cc, year=yr, idn=idn, idt="cccd", addr=addr))
    doc.parcels.append(P.parcel(sh, nu, a, "ODT", cc, 0, term="Lâu dài", addr=paddr))
    doc.house = {"building_area": bld, "floor_area": round(bld * fl, 1),
                 "structure": "Bê tông cốt thép, mái tôn", "floors": fl, "year_built": 2012}
    doc.article(2, "Văn phòng đăng ký đất đai tỉnh trao Giấy chứng nhận và cập nhật cơ "
                "sở dữ liệu đất đai.")
    doc.article(3, "Quyết định có hiệu lực kể từ ngày ký./.")
    doc.closing(["Như Điều 3;", "Lưu: VT, VPĐK."], "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thu Hà",
                "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", sub="KT. GIÁM ĐỐC")
    return meta("cap-gcn", "2016-2025", "prose-department-three-column-head", no, (y, m, d),
                "Sở Tài nguyên và Môi trường tỉnh Bình Dương",
                "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài "
                "sản khác gắn liền với đất"), doc


# 11 -----------------------------------------------------------------------
def ward_change_words(rng):
    """A Cần Thơ ward after July 2025 allows a change of use, the uses in
    words only, the holder and parcel in dash lines."""
    cm = P.new_units("Cần Thơ", rng, 1, "Phường")[0]
    cc, cname = cm["new_commune_code"], P.lower_type(cm["new_commune_name"])
    cap = cm["new_commune_name"].upper()
    y, m, d = 2025, 8, 21
    no = "%d/QĐ-UBND" % rng.randint(100, 699)
    doc = start(Doc(rng, "Quicksand", 12),
                ["ỦY BAN NHÂN DÂN", cap], no, "Cần Thơ", (y, vdate(y, m, d)),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + cap,
                ["Cho phép chuyển mục đích sử dụng đất"])
    doc.grounds([CANCU_LAW24, CANCU_ORG25,
                 "Xét đơn xin chuyển mục đích sử dụng đất và đề nghị của Phòng Kinh tế, Hạ "
                 "tầng và Đô thị phường."])
    pp = P.People(rng)
    name, sex = pp.one("F")
    yr = rng.randint(1970, 1990)
    idn = P.cccd(rng, P.province_code("Cần Thơ"), sex, yr)
    sh, nu = sheets_numbers(rng, 1, 50, 500)[0]
    a = round(rng.uniform(60, 200), 1)
    doc.article(1, "Cho phép bà %s được chuyển mục đích sử dụng đất như sau:" % name)
    addr = "khu vực Thạnh Mỹ, %s, thành phố Cần Thơ" % cname
    for t in ["– Người sử dụng đất: bà %s, sinh năm %d, số định danh cá nhân %s." %
              (name, yr, idn),
              "– Thửa đất số %d, tờ bản đồ số %d; địa chỉ: %s." % (nu, sh, addr),
              "– Diện tích chuyển mục đích: %s m²." % P.area_dot(a),
              "– Từ Đất trồng cây lâu năm sang Đất ở tại đô thị.",
              "– Thời hạn sử dụng đất ở: Lâu dài."]:
        doc.para(t, indent=10, hang=14, justify=False)
    doc.owners.append(P.owner(name, sex, cc, year=yr, idn=idn, idt="dinh-danh"))
    doc.parcels.append(P.parcel(sh, nu, a, "CLN", cc, 0, to="ODT", term="Lâu dài",
                                addr=addr))
    doc.article(2, "Bà %s nộp tiền sử dụng đất theo thông báo của cơ quan thuế; Văn phòng "
                "đăng ký đất đai chỉnh lý hồ sơ địa chính." % name)
    doc.article(3, "Quyết định này có hiệu lực kể từ ngày ký./.")
    doc.closing(["Như Điều 3;", "Lưu: VT."], "CHỦ TỊCH", "Trương Minh Đức",
                "ỦY BAN NHÂN DÂN " + cap, sub=None)
    return meta("chuyen-muc-dich", "post-2025-07", "prose-ward-uses-in-words", no,
                (y, m, d), "Ủy ban nhân dân " + cname,
                "Cho phép chuyển mục đích sử dụng đất"), doc


# 12 -----------------------------------------------------------------------
def annex_page(rng):
    """Hiệp Đức: the decision names its annex; page 2 is a Phụ lục with its
    own title and table (birth year, personal ID); Tày holders."""
    cc, cname = commune_of(rng, "Hiệp Đức", "Quảng Nam", "Xã")
    y, m, d = 2024, 5, 9
    no = "%d/QĐ-UBND" % rng.randint(1000, 2999)
    proj = "Khu dân cư nông thôn thôn 5"
    doc = start(Doc(rng, "Lato", 12.5),
                ["ỦY BAN NHÂN DÂN", "HUYỆN HIỆP ĐỨC"], no, "Hiệp Đức",
                (y, vdate_plain(y, m, d)),
                "ỦY BAN NHÂN DÂN HUYỆN HIỆP ĐỨC",
                ["Về việc thu hồi đất để thực hiện dự án " + proj])
    doc.grounds([CANCU_ORG15, CANCU_LAW13,
                 "Căn cứ Quyết định số %d/QĐ-UBND ngày 12 tháng 01 năm 2024 của UBND tỉnh "
                 "Quảng Nam phê duyệt kế hoạch sử dụng đất năm 2024 huyện Hiệp Đức;"
                 % rng.randint(50, 300),
                 "Căn cứ Biên bản kiểm đếm và hồ sơ địa chính;",
                 "Theo đề nghị của Phòng Tài nguyên và Môi trường huyện."])
    pp = P.People(rng)
    n = 6
    doc.article(1, "Thu hồi %d thửa đất của %d hộ gia đình, cá nhân tại %s, huyện Hiệp "
                "Đức để thực hiện dự án %s (có Phụ lục danh sách kèm theo)." %
                (n, n, cname, proj))
    doc.article(2, "Giao Trung tâm Phát triển quỹ đất huyện chủ trì, phối hợp Ủy ban nhân "
                "dân %s thực hiện bồi thường, hỗ trợ theo phương án được phê duyệt; quản lý "
                "chặt chẽ quỹ đất đã thu hồi." % cname)
    doc.article(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi "
                "trường, Giám đốc Trung tâm Phát triển quỹ đất, Chủ tịch UBND %s và các hộ "
                "có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./." % cname)
    doc.closing(["Như Điều 3;", "Sở TN&MT;", "Lưu: VT."], "CHỦ TỊCH", "Hồ Quang Bửu",
                "ỦY BAN NHÂN DÂN HUYỆN HIỆP ĐỨC")
    s = doc.new_sheet()
    s.line("Phụ lục", "c", "b", 13)
    s.line("DANH SÁCH HỘ GIA ĐÌNH, CÁ NHÂN BỊ THU HỒI ĐẤT", "c", "b", 13)
    s.line("(Kèm theo Quyết định số %s ngày %02d/%02d/%d của UBND huyện Hiệp Đức)"
           % (no, d, m, y), "c", "i", 11.5)
    s.skip(4)
    prov_c = P.province_code("Quảng Nam")
    uses = ["CLN", "RSX", "BHK", "CLN", "ONT", "RSX"]
    rows = []
    for i, ((sh, nu), a) in enumerate(zip(sheets_numbers(rng, n, 25, 350),
                                          areas(rng, n, 150, 3900))):
        name, sex = pp.one(people="tay" if i % 2 == 0 else "kinh")
        yr = rng.randint(1956, 1994)
        idn = P.cccd(rng, prov_c, sex, yr)
        rows.append([str(i + 1), name, str(yr), idn, str(sh), str(nu), P.area_dot(a),
                     uses[i]])
        doc.owners.append(P.owner(name, sex, cc, year=yr, idn=idn, idt="cccd"))
        doc.parcels.append(P.parcel(sh, nu, a, uses[i], cc, i))
    doc.table([9, 40, 15, 32, 12, 12, 22, 13],
                    ["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Số tờ", "Số thửa",
                     "Diện tích thu hồi (m²)", "Loại đất"], rows, pt=11,
                    align=["c", "l", "c", "c", "c", "c", "r", "c"])
    s = doc.s
    s.skip(4)
    s.line("Tổng cộng: %d hộ, %d thửa." % (n, n), "l", "i", 11.5)
    return meta("thu-hoi", "2016-2025", "table-annex-own-title", no, (y, m, d),
                "Ủy ban nhân dân huyện Hiệp Đức",
                "Về việc thu hồi đất để thực hiện dự án " + proj), doc


# 13 -----------------------------------------------------------------------
def annulment(rng):
    """Cam Lâm, 2013: a recovery decision is annulled (no land record)."""
    y, m, d = 2013, 10, 24
    no = "%d/QĐ-UBND" % rng.randint(1000, 4999)
    old = "%d/QĐ-UBND" % rng.randint(100, 999)
    cm = P.communes("Cam Lâm", "Khánh Hòa", rng, 1, "Xã")[0]
    cname = P.lower_type(cm["commune_name"])
    doc = start(Doc(rng, "Quicksand", 12.5),
                ["ỦY BAN NHÂN DÂN", "HUYỆN CAM LÂM"], no, "Cam Lâm",
                (y, vdate_plain(y, m, d)),
                "ỦY BAN NHÂN DÂN HUYỆN CAM LÂM",
                ["Về việc hủy bỏ Quyết định số %s ngày 15/3/2013" % old,
                 "của Ủy ban nhân dân huyện Cam Lâm"])
    doc.grounds(["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng "
                 "11 năm 2003;", "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
                 "Xét Văn bản số %d/TNMT ngày 02/10/2013 của Phòng Tài nguyên và Môi "
                 "trường về việc dự án không còn triển khai." % rng.randint(100, 600)])
    doc.article(1, "Hủy bỏ Quyết định số %s ngày 15/3/2013 của Ủy ban nhân dân huyện Cam "
                "Lâm về việc thu hồi đất để xây dựng Trạm cấp nước sinh hoạt tại %s, do chủ "
                "đầu tư đã có văn bản xin dừng thực hiện dự án." % (old, cname))
    doc.article(2, "Các hộ gia đình, cá nhân có đất trong phạm vi dự án được tiếp tục sử "
                "dụng đất theo hiện trạng và theo Giấy chứng nhận đã được cấp. Ủy ban nhân "
                "dân %s thông báo công khai Quyết định này tại trụ sở và các thôn." % cname)
    doc.article(3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
                "huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND %s và Thủ "
                "trưởng các cơ quan liên quan chịu trách nhiệm thi hành./." % cname)
    doc.closing(["Như Điều 3;", "Lưu: VT."], "CHỦ TỊCH", "Lê Văn Dẽ",
                "ỦY BAN NHÂN DÂN HUYỆN CAM LÂM")
    return meta("other", "2004-2015", "prose-annulment", no, (y, m, d),
                "Ủy ban nhân dân huyện Cam Lâm",
                "Về việc hủy bỏ Quyết định số %s ngày 15/3/2013 của Ủy ban nhân dân huyện "
                "Cam Lâm" % old), doc


# 14 -----------------------------------------------------------------------
def special_zone_couple(rng):
    """The special zone of Phú Quốc (An Giang) after July 2025 recognises a
    couple's land; the wife born in 2001; the area in figures and both
    uses' codes with names."""
    cm = [r for r in P.newmap() if r["new_commune_name"] == "Đặc khu Phú Quốc"][0]
    cc = cm["new_commune_code"]
    y, m, d = 2025, 11, 6
    no = "%d/QĐ-UBND" % rng.randint(300, 1999)
    doc = start(Doc(rng, "Lato", 12.5),
                ["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"], no, "Phú Quốc",
                (y, vdate(y, m, d)),
                "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC",
                ["Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"])
    doc.grounds([CANCU_ORG25, CANCU_LAW24,
                 "Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ "
                 "quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp;",
                 "Xét hồ sơ đề nghị của Văn phòng đăng ký đất đai."])
    pp = P.People(rng)
    hn, hs = pp.one("M")
    wn, ws = pp.one("F", "hoa")
    prov_c = P.province_code("Kiên Giang")
    hy, wy = rng.randint(1985, 1996), 2001
    hid, wid = P.cccd(rng, prov_c, "M", hy), P.cccd(rng, prov_c, "F", wy)
    sh, nu = sheets_numbers(rng, 1, 90, 900)[0]
    a = round(rng.uniform(150, 400), 1)
    addr = "khu phố Suối Đá, đặc khu Phú Quốc, tỉnh An Giang"
    doc.article(1, "Công nhận quyền sử dụng đất cho ông %s (sinh năm %d, số CCCD %s) và "
                "bà %s (sinh năm %d, số CCCD %s) là vợ chồng, đối với thửa đất số %d, tờ "
                "bản đồ số %d, tọa lạc tại %s; diện tích %s m²; mục đích sử dụng: Đất ở "
                "tại nông thôn (ONT); thời hạn sử dụng: Lâu dài." % (
                    hn, hy, hid, wn, wy, wid, nu, sh, addr, P.area_dot(a)))
    doc.owners.append(P.owner(hn, hs, cc, year=hy, idn=hid, idt="cccd", spouse=1))
    doc.owners.append(P.owner(wn, ws, cc, year=wy, idn=wid, idt="cccd", spouse=0))
    doc.parcels.append(P.parcel(sh, nu, a, "ONT", cc, 0, term="Lâu dài", addr=addr))
    doc.article(2, "Văn phòng đăng ký đất đai - Chi nhánh Phú Quốc lập hồ sơ cấp Giấy "
                "chứng nhận, cập nhật cơ sở dữ liệu đất đai.")
    doc.article(3, "Quyết định có hiệu lực kể từ ngày ký./.")
    doc.closing(["Như Điều 3;", "Lưu: VT."], "PHÓ CHỦ TỊCH", "Huỳnh Quang Hưng",
                "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC", sub="KT. CHỦ TỊCH")
    return meta("cong-nhan", "post-2025-07", "prose-special-zone-couple", no, (y, m, d),
                "Ủy ban nhân dân đặc khu Phú Quốc",
                "Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"), doc


DOCS = [holder_cards, caps_reversed, hamlets_road, dashed_notes, landscape_commune,
        correction_department, hand_filled_allocation, khmer_lease_2003,
        pleiku_recognition, department_certificate, ward_change_words, annex_page,
        annulment, special_zone_couple]
