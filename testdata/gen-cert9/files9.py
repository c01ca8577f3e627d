"""files9: the ten files of certs9 (owners, parcels, registers, dossier
papers) and their truths.  Every number that is not a fact of the story
(serials, IDs, dates, areas' decimals) comes from the file's own rng."""
from forms9 import dmy

CCCD_PROV = {"Thái Nguyên": "019", "Cao Bằng": "004", "Hòa Bình": "017", "Đắk Nông": "067",
             "Ninh Thuận": "058", "Hưng Yên": "033", "Lạng Sơn": "020", "Hà Nam": "035",
             "Bắc Ninh": "027", "Vĩnh Long": "086"}


def cmnd(rng, lead):
    return lead + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(lead)))


def cccd(rng, prov, year, gender):
    g = (0 if year < 2000 else 2) + (gender == "F")
    return CCCD_PROV[prov] + str(g) + "%02d" % (year % 100) + "%06d" % rng.randint(0, 999999)


def person(rng, name, gender, year, prov, address, kind="cmnd", lead="09"):
    num = cmnd(rng, lead) if kind == "cmnd" else cccd(rng, prov, year, gender)
    return {"name": name, "gender": gender, "birth_year": year, "id_type": kind,
            "id_number": num, "address": address,
            "title": "Ông" if gender == "M" else "Bà",
            "id_label": {"cccd": "CCCD", "cmnd": "CMND"}.get(kind, "Số định danh cá nhân")}


def org(name, address):
    return {"name": name, "gender": None, "birth_year": None, "id_type": None,
            "id_number": None, "address": address, "title": "", "id_label": ""}


def day(rng, y, m0=1, m1=12):
    return "%d-%02d-%02d" % (y, rng.randint(m0, m1), rng.randint(1, 28))


def serial(rng, letters, digits=6):
    return "%s %0*d" % (letters, digits, rng.randint(10 ** (digits - 1), 10 ** digits - 1))


def lot(rng, addr, purposes, origin, num=(100, 900), sheet=(5, 40)):
    """A parcel held privately: its number and sheet from rng, its area the
    sum of its purposes' [(code, area, term)]."""
    return {"number": str(rng.randint(*num)), "sheet": str(rng.randint(*sheet)),
            "address": addr, "area": round(sum(p[1] for p in purposes), 1),
            "use_form": "Sử dụng riêng", "purposes": purposes, "origin": origin}


def entry(date, kind, text, confirm, stamp=None, hand=False, struck=False, decision=None):
    return {"date": date, "kind": kind, "text": text, "confirm": confirm, "stamp": stamp,
            "hand": hand, "struck": struck, "decision": decision}


UBND_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
SO_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def f1(rng):
    """Thái Nguyên: a Tày couple on one line, a house on stilts, a parcel of
    two purposes each with its term; mortgaged and released under stamps."""
    addr = "xóm Nà Mòn, xã Phượng Tiến, huyện Định Hóa, tỉnh Thái Nguyên"
    a = person(rng, "Ma Văn Khánh", "M", 1972, "Thái Nguyên", addr, lead="090")
    b = person(rng, "Nông Thị Hiền", "F", 1975, "Thái Nguyên", addr, lead="091")
    date = day(rng, 2016)
    branch = "Chi nhánh Văn phòng đăng ký đất đai huyện Định Hóa"
    m = day(rng, 2018)
    r = day(rng, 2021)
    return {
        "gen": "pink", "form": "pink14", "kind": "couple", "owners": [a, b],
        "serial": serial(rng, "CĐ"), "register": "CH %05d" % rng.randint(100, 9999),
        "issuer": "Ủy ban nhân dân huyện Định Hóa", "place": "Định Hóa", "date": date,
        "signer": UBND_SIGN, "signer_name": "Hoàng Văn Lập",
        "parcel": lot(rng, addr, [("ONT", 200, "Lâu dài"), ("CLN", 350, "Đến ngày 15/10/2063")],
            "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"),
        "house": {"type": "Nhà ở riêng lẻ", "building_area": 92.5, "floor_area": 92.5,
                  "structure": "Nhà sàn khung gỗ, mái ngói", "floors": 1,
                  "ownership": "Sở hữu chung của vợ và chồng", "term": "Lâu dài"},
        "changes_all": [
            entry(m, "mortgage", "Thế chấp bằng quyền sử dụng đất và tài sản gắn liền với đất "
                  "tại Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh huyện "
                  "Định Hóa theo hồ sơ số 012.%s.000%d." % (m[:4], rng.randint(100, 999)),
                  branch, stamp="ĐÃ THẾ CHẤP"),
            entry(r, "mortgage", "Xóa đăng ký thế chấp theo đơn yêu cầu xóa đăng ký thế chấp "
                  "ngày %s." % dmy(r), branch, stamp="XÓA THẾ CHẤP", hand=True)],
        "scan": "bilevel-150", "ext": "tif", "tags": "stamps,house-stilts,two-terms",
    }


def f2(rng):
    """Cao Bằng: a Nùng owner; a certificate exchanged (cấp đổi) that names
    the old serial; a register entry crossed out, then a CCCD replacing a CMND."""
    addr = "xóm Bản Giuồng, xã Hưng Đạo, huyện Hòa An, tỉnh Cao Bằng"
    a = person(rng, "Lục Văn Páo", "M", 1965, "Cao Bằng", addr, lead="080")
    date = day(rng, 2017)
    old = serial(rng, "AK")
    new_id = cccd(rng, "Cao Bằng", 1965, "M")
    branch = "Chi nhánh Văn phòng đăng ký đất đai huyện Hòa An"
    x, u = day(rng, 2019), day(rng, 2022)
    return {
        "gen": "pink", "form": "pink14", "kind": "single", "owners": [a], "codes": True,
        "serial": serial(rng, "CK"), "register": "CS %05d" % rng.randint(100, 9999),
        "issuer": "Sở Tài nguyên và Môi trường tỉnh Cao Bằng", "place": "Cao Bằng",
        "date": date, "signer": SO_SIGN, "signer_name": "Nông Thanh Tùng",
        "note": "Cấp đổi Giấy chứng nhận số phát hành %s, số vào sổ 00871 QSDĐ/1156/QĐ-UB do "
                "Ủy ban nhân dân huyện Hòa An cấp ngày 12/09/2003." % old,
        "parcel": lot(rng, addr, [("ONT", 300, "Lâu dài"), ("LUC", 860.5, "Đến ngày 01/07/2064")],
            "Nhà nước giao đất không thu tiền sử dụng đất"),
        "house": None,
        "changes_all": [
            entry(x, "transfer", "Chuyển nhượng 300 m² đất ở cho ông Lục Văn Sình theo hồ sơ "
                  "số 045.%s.000%d." % (x[:4], rng.randint(100, 999)), branch, struck=True,
                  hand=True),
            entry(u, "id-update", "Ông Lục Văn Páo đã được cấp Căn cước công dân số %s thay "
                  "cho CMND số %s." % (new_id, a["id_number"]), branch)],
        "scan": "stained-200", "ext": "pdf", "tags": "reissue,struck,stain,tape",
    }


def f3(rng):
    """Bắc Ninh: a foreign-invested company leasing land with yearly rent,
    photographed on a table with its shadow."""
    addr = "Lô C5, Khu công nghiệp Quế Võ, phường Phương Liễu, thị xã Quế Võ, tỉnh Bắc Ninh"
    date = day(rng, 2019)
    o = org("Công ty TNHH Hanwoo Precision Vina", addr)
    m = day(rng, 2020)
    return {
        "gen": "pink", "form": "pink14", "kind": "org", "owners": [o],
        "org_lines": ["Mã số doanh nghiệp: 23009%05d, đăng ký lần đầu ngày 14/03/2016;"
                      % rng.randint(0, 99999),
                      "Giấy chứng nhận đăng ký đầu tư số 54321%05d do Ban Quản lý các khu công "
                      "nghiệp tỉnh Bắc Ninh cấp;" % rng.randint(0, 99999)],
        "serial": serial(rng, "CQ"), "register": "CT %05d" % rng.randint(100, 9999),
        "issuer": "Sở Tài nguyên và Môi trường tỉnh Bắc Ninh", "place": "Bắc Ninh",
        "date": date, "signer": SO_SIGN, "signer_name": "Nguyễn Đình Khoa",
        "works": "Nhà xưởng sản xuất, diện tích xây dựng 6.850 m², kết cấu khung thép",
        "parcel": lot(rng, addr, [("SKC", 12480, "Đến ngày 20/08/2058")],
            "Nhà nước cho thuê đất trả tiền thuê đất hàng năm", num=(10, 90), sheet=(1, 9)),
        "house": None,
        "changes_all": [
            entry(m, "mortgage", "Thế chấp quyền sử dụng đất thuê trả tiền hàng năm và tài sản "
                  "gắn liền với đất tại Ngân hàng TNHH Một thành viên Shinhan Việt Nam theo hồ sơ "
                  "số 027.%s.00%d." % (m[:4], rng.randint(1000, 9999)),
                  "Văn phòng đăng ký đất đai tỉnh Bắc Ninh", stamp="ĐÃ THẾ CHẤP")],
        "scan": "photo", "ext": "pdf", "tags": "lease,fdi,photo-table",
    }


def f4(rng):
    """Hòa Bình: a Thái household's red book for forest land with a 50-year
    term beside its homestead; hand-written mortgage and its release."""
    addr = "bản Lác, xã Chiềng Châu, huyện Mai Châu, tỉnh Hòa Bình"
    a = person(rng, "Hà Văn Pục", "M", 1950, "Hòa Bình", addr, lead="113")
    date = day(rng, 2002)
    m, r = day(rng, 2010), day(rng, 2013)
    return {
        "gen": "red", "form": "red03", "kind": "household", "owners": [a], "pad": False,
        "issuer_caps": "ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU",
        "basis": "Quyết định số 145/QĐ-UB ngày 20/5/2002 của Ủy ban nhân dân huyện Mai Châu",
        "serial": serial(rng, "R"), "register": "00%d QSDĐ/145/QĐ-UB" % rng.randint(100, 999),
        "issuer": "Ủy ban nhân dân huyện Mai Châu", "place": "Mai Châu", "date": date,
        "signer": ["CHỦ TỊCH"], "signer_name": "Lò Văn Chiến",
        "parcel": lot(rng, addr, [("ONT", 300, "Lâu dài"), ("RSX", 24500, "Đến năm 2052")],
            "Nhà nước giao đất không thu tiền sử dụng đất", num=(10, 300), sheet=(1, 20)),
        "house": None,
        "changes_all": [
            entry(m, "mortgage", "Thế chấp quyền sử dụng đất tại Ngân hàng Chính sách xã hội "
                  "huyện Mai Châu để vay vốn trồng rừng.",
                  "Văn phòng đăng ký quyền sử dụng đất huyện Mai Châu", hand=True),
            entry(r, "mortgage", "Xóa thế chấp, đã trả hết nợ vay.",
                  "Văn phòng đăng ký quyền sử dụng đất huyện Mai Châu", stamp="XÓA THẾ CHẤP",
                  hand=True)],
        "scan": "colour-150", "ext": "pdf", "tags": "forest,household,hand",
    }


def f5(rng):
    """Đắk Nông: the 2024 form of an Ê Đê couple (names with no middle name,
    H' for women), coffee land; owners and parcel as ruled tables."""
    addr = "buôn Buôr, xã Tâm Thắng, huyện Cư Jút, tỉnh Đắk Nông"
    a = person(rng, "Y Bluêk Niê", "M", 1980, "Đắk Nông", addr, "dinh-danh")
    b = person(rng, "H'Lim Mlô", "F", 1983, "Đắk Nông", addr, "dinh-danh")
    date = day(rng, 2025, 1, 4)
    m = day(rng, 2025, 5, 6)
    return {
        "gen": "form2024", "form": "form2024", "kind": "couple", "owners": [a, b],
        "serial": serial(rng, "DN", 8), "register": "DN %05d" % rng.randint(100, 9999),
        "issuer": "Sở Tài nguyên và Môi trường tỉnh Đắk Nông", "place": "Đắk Nông",
        "date": date, "signer": SO_SIGN, "signer_name": "Lê Văn Trung",
        "parcel": lot(rng, addr, [("CLN", 4870, "Đến ngày 12/04/2075")],
            "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất",
            num=(10, 400), sheet=(10, 60)),
        "house": None,
        "changes_all": [
            entry(m, "mortgage", "Thế chấp quyền sử dụng đất tại Ngân hàng TMCP Đầu tư và Phát "
                  "triển Việt Nam - Chi nhánh Đắk Nông theo hợp đồng thế chấp số %d/2025/HĐTC."
                  % rng.randint(10, 999), "Chi nhánh Văn phòng đăng ký đất đai huyện Cư Jút",
                  stamp="ĐÃ THẾ CHẤP")],
        "scan": "colour-150", "ext": "pdf", "tags": "ede-names,qr",
    }


def f6(rng):
    """Ninh Thuận: a Chăm woman's aquaculture land (a long term), split
    in two and then mortgaged; codes printed beside the purposes."""
    addr = "thôn Từ Thiện, xã Phước Dinh, huyện Thuận Nam, tỉnh Ninh Thuận"
    a = person(rng, "Thập Thị Hồng", "F", 1979, "Ninh Thuận", addr, "cccd")
    date = day(rng, 2018)
    branch = "Chi nhánh Văn phòng đăng ký đất đai huyện Thuận Nam"
    s_, m = day(rng, 2021), day(rng, 2023)
    return {
        "gen": "pink", "form": "pink14", "kind": "single", "owners": [a], "codes": True,
        "serial": serial(rng, "CO"), "register": "CH %05d" % rng.randint(100, 9999),
        "issuer": "Ủy ban nhân dân huyện Thuận Nam", "place": "Thuận Nam", "date": date,
        "signer": UBND_SIGN, "signer_name": "Đàng Văn Thuận",
        "parcel": lot(rng, addr, [("NTS", 3260, "Đến ngày 24/05/2068")],
            "Nhà nước giao đất không thu tiền sử dụng đất"),
        "house": None,
        "changes_all": [
            entry(s_, "split-merge", "Tách thửa: chuyển nhượng 1.000 m² cho ông Quảng Đại Lộc; "
                  "thửa đất còn lại có diện tích 2.260 m², số hiệu thửa mới %d."
                  % rng.randint(900, 999), branch),
            entry(m, "mortgage", "Thế chấp quyền sử dụng đất tại Quỹ tín dụng nhân dân Phước "
                  "Dinh theo hợp đồng số %d/HĐTC." % rng.randint(10, 99), branch,
                  stamp="ĐÃ THẾ CHẤP")],
        "scan": "colour-200", "ext": "pdf", "tags": "cham-name,aquaculture",
    }


def f7(rng):
    """Vĩnh Long: a pagoda's red book issued by the province; a split citing
    the decision that allowed it."""
    addr = "ấp Phước Hậu, xã Long Phước, huyện Long Hồ, tỉnh Vĩnh Long"
    o = org("Chùa Phước Hưng", addr)
    date = day(rng, 2003)
    dec = "%d/QĐ-UBND" % rng.randint(100, 2999)
    s_ = day(rng, 2015)
    return {
        "gen": "red", "form": "red03", "kind": "religious", "owners": [o], "pad": False,
        "org_lines": ["Người đại diện: Hòa thượng Thích Minh Tâm, trụ trì;"],
        "issuer_caps": "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
        "basis": "Quyết định công nhận quyền sử dụng đất cho cơ sở tôn giáo",
        "serial": serial(rng, "T"), "register": "00%d QSDĐ/TG" % rng.randint(10, 99),
        "issuer": "Ủy ban nhân dân tỉnh Vĩnh Long", "place": "Vĩnh Long", "date": date,
        "signer": UBND_SIGN,
        "signer_name": "Phạm Văn Đấu",
        "parcel": lot(rng, addr, [("TON", 2150.6, "Lâu dài")],
            "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất", sheet=(1, 30)),
        "house": None,
        "changes_all": [
            entry(s_, "split-merge", "Tách 350,0 m² để mở rộng đường giao thông nông thôn theo "
                  "Quyết định số %s ngày %s của Ủy ban nhân dân huyện Long Hồ." % (dec, dmy(s_)),
                  "Văn phòng đăng ký đất đai tỉnh Vĩnh Long", decision=dec)],
        "scan": "grey-200", "ext": "pdf", "tags": "religious,province",
    }


def f8(rng):
    """Lạng Sơn: a commune's committee given its office land: cover sheet
    with its list of contents, receipt, application, a blank separator, the
    decision over two pages and the certificate."""
    addr = "thôn Đồng Tâm, xã Hòa Lạc, huyện Hữu Lũng, tỉnh Lạng Sơn"
    who = "Ủy ban nhân dân xã Hòa Lạc"
    date = day(rng, 2019, 7, 9)
    ddate = day(rng, 2019, 5, 6)
    num = "%d/QĐ-UBND" % rng.randint(1000, 2500)
    parcel = lot(rng, addr, [("TSC", 1450.2, "Lâu dài")],
            "Nhà nước giao đất không thu tiền sử dụng đất")
    c = {"gen": "pink", "form": "pink14", "kind": "commune", "owners": [org(who, addr)],
         "org_lines": ["Người đại diện: ông Hoàng Văn Thạch, Chủ tịch;"],
         "serial": serial(rng, "CV"), "register": "CT %05d" % rng.randint(100, 9999),
         "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn", "place": "Lạng Sơn", "date": date,
         "signer": UBND_SIGN, "signer_name": "Lý Vinh Quang", "parcel": parcel, "house": None,
         "changes_all": []}
    office = "Văn phòng đăng ký đất đai tỉnh Lạng Sơn"
    contents = [("Bìa hồ sơ và mục lục", 1), ("Giấy biên nhận hồ sơ", 1),
                ("Đơn đăng ký, cấp Giấy chứng nhận", 1),
                ("Quyết định cấp Giấy chứng nhận", 2), ("Giấy chứng nhận", 4)]
    d = {"office": office, "office_caps": ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ"],
         "title": "HỒ SƠ CẤP GIẤY CHỨNG NHẬN CHO TỔ CHỨC",
         "code": "H20.%d" % rng.randint(10000, 99999),
         "who": who, "who_addr": addr, "where": addr, "opened": day(rng, 2019, 2, 3),
         "contents": contents, "request": "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
         "due": day(rng, 2019, 4, 4), "to": office, "parcel": parcel, "place": "Hữu Lũng",
         "applied": day(rng, 2019, 2, 2)}
    dec = {"issuer_caps": ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], "number": num, "date": ddate,
           "place": "Lạng Sơn",
           "subject": "Về việc cấp Giấy chứng nhận quyền sử dụng đất cho Ủy ban nhân dân xã "
                      "Hòa Lạc, huyện Hữu Lũng",
           "who_decides": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
           "basis": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                     "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                     "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường."],
           "article1": ["Điều 1. Cấp Giấy chứng nhận quyền sử dụng đất cho Ủy ban nhân dân xã "
                        "Hòa Lạc đối với thửa đất số %s, tờ bản đồ số %s, diện tích %s m², mục "
                        "đích sử dụng: đất xây dựng trụ sở cơ quan, thời hạn sử dụng lâu dài."
                        % (parcel["number"], parcel["sheet"], "1.450,2")],
           "article2": ["Điều 2. Sở Tài nguyên và Môi trường có trách nhiệm trao Giấy chứng "
                        "nhận và chỉnh lý hồ sơ địa chính theo quy định."],
           "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
           "signer_name": "Lý Vinh Quang"}
    return {"dossier": [("cover", d), ("receipt", d), ("application", d), ("blank", d),
                        ("decision", dec, {"kind": "cap-gcn",
                                           "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn"}),
                        ("cert", c)],
            "gen": "pink", "scan": "colour-150", "ext": "pdf", "owners_c": c,
            "tags": "cover,receipt,blank,commune"}


def f9(rng):
    """Hà Nam: a change of use with no certificate yet: công văn, tờ trình, the
    decision with its first page scanned twice, the fee notice, an A3
    survey sheet scanned unfolded, a photocopied citizen card."""
    addr = "thôn Thượng, xã Thanh Hà, huyện Thanh Liêm, tỉnh Hà Nam"
    p = person(rng, "Trần Văn Quyết", "M", 1968, "Hà Nam", addr, "cccd")
    parcel = {"number": str(rng.randint(100, 900)), "sheet": str(rng.randint(5, 40)),
              "address": addr, "area": 236.4, "purposes": [("ONT", 236.4, "Lâu dài")]}
    ddate = day(rng, 2022, 6, 8)
    num = "%d/QĐ-UBND" % rng.randint(1000, 3500)
    caps = ["ỦY BAN NHÂN DÂN", "HUYỆN THANH LIÊM"]
    both = {"place": "Thanh Liêm", "signer": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "signer_name": "Đinh Công Sơn"}
    letter = dict(both, from_caps=["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH THANH LIÊM"],
                  number="%d/CNVPĐK-ĐK" % rng.randint(100, 900), date=day(rng, 2022, 3, 4),
                  subject="V/v chuyển thông tin hồ sơ chuyển mục đích sử dụng đất",
                  to="Phòng Tài nguyên và Môi trường huyện Thanh Liêm",
                  paras=["Chi nhánh Văn phòng đăng ký đất đai huyện Thanh Liêm nhận được hồ sơ "
                         "xin chuyển mục đích sử dụng đất của ông Trần Văn Quyết tại %s." % addr,
                         "Sau khi kiểm tra, hồ sơ đầy đủ, hợp lệ. Chi nhánh chuyển hồ sơ đến "
                         "Phòng Tài nguyên và Môi trường để thẩm định, trình Ủy ban nhân dân "
                         "huyện xem xét, quyết định."],
                  signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer_name="Lại Thị Thu")
    sub = dict(both, from_caps=["UBND HUYỆN THANH LIÊM", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
               number="%d/TTr-TNMT" % rng.randint(100, 900), date=day(rng, 2022, 5, 5),
               subject="Về việc cho phép ông Trần Văn Quyết chuyển mục đích sử dụng đất",
               to="Ủy ban nhân dân huyện Thanh Liêm",
               paras=["Thửa đất số %s, tờ bản đồ số %s, diện tích %s m², hiện trạng là đất trồng "
                      "cây hàng năm khác, phù hợp với kế hoạch sử dụng đất năm 2022 của huyện."
                      % (parcel["number"], parcel["sheet"], "236,4"),
                      "Phòng Tài nguyên và Môi trường kính trình Ủy ban nhân dân huyện xem xét, "
                      "cho phép chuyển sang đất ở tại nông thôn."],
               signer=["TRƯỞNG PHÒNG"], signer_name="Vũ Mạnh Hùng")
    dec = dict(both, issuer_caps=caps, number=num, date=ddate,
               subject="Về việc cho phép ông Trần Văn Quyết chuyển mục đích sử dụng đất",
               who_decides="ỦY BAN NHÂN DÂN HUYỆN THANH LIÊM",
               basis=["Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                      "Căn cứ kế hoạch sử dụng đất năm 2022 của huyện Thanh Liêm;",
                      "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường."],
               article1=["Điều 1. Cho phép ông Trần Văn Quyết, sinh năm 1968, thường trú tại %s "
                         "chuyển mục đích sử dụng %s m² đất tại thửa đất số %s, tờ bản đồ số %s "
                         "từ đất trồng cây hàng năm khác sang đất ở tại nông thôn; thời hạn sử "
                         "dụng lâu dài." % (addr, "236,4", parcel["number"], parcel["sheet"])],
               article2=["Điều 2. Ông Trần Văn Quyết có trách nhiệm nộp tiền sử dụng đất theo "
                         "thông báo của cơ quan thuế và đăng ký biến động đất đai."],
               signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    fee = dict(both, from_caps=["CHI CỤC THUẾ KHU VỰC", "THANH LIÊM - BÌNH LỤC"],
               number="%d/TB-CCT" % rng.randint(1000, 9000), date=day(rng, 2022, 9, 9),
               office="Chi nhánh Văn phòng đăng ký đất đai huyện Thanh Liêm",
               who="Trần Văn Quyết", parcel=parcel, fee_area=236.4,
               amount="%d.%03d.000" % (rng.randint(200, 900), rng.randint(0, 999)),
               treasury="huyện Thanh Liêm", due=day(rng, 2022, 10, 10),
               signer=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer_name="Phạm Văn Hòa")
    survey = {"office_caps": ["CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI HUYỆN THANH LIÊM"],
              "who": "Trần Văn Quyết", "parcel": parcel}
    card = {"holder": p, "certified": day(rng, 2022, 2, 2)}
    return {"dossier": [("letter", letter), ("submission", sub),
                        ("decision", dec, {"kind": "chuyen-muc-dich",
                                           "issuer": "Ủy ban nhân dân huyện Thanh Liêm"}),
                        ("fee", fee), ("survey", survey), ("card", card)],
            "twice": ("decision", 0), "gen": "-", "scan": "colour-150+a3-fold-150",
            "ext": "pdf", "tags": "twice,a3,card"}


def f10(rng):
    """Hưng Yên: a transfer dossier scanned bilevel at 150 dpi into one TIFF,
    the certificate's leaves fed in the wrong order (register first)."""
    addr = "thôn Đào Xá, xã Bắc Sơn, huyện Ân Thi, tỉnh Hưng Yên"
    a = person(rng, "Đào Văn Thịnh", "M", 1958, "Hưng Yên", addr, "cccd")
    buyer = cccd(rng, "Hưng Yên", 1985, "F")
    date = day(rng, 2015)
    branch = "Chi nhánh Văn phòng đăng ký đất đai huyện Ân Thi"
    t = day(rng, 2024, 1, 3)
    parcel = lot(rng, addr, [("ONT", 312.8, "Lâu dài")],
            "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất")
    c = {"gen": "pink", "form": "pink14", "kind": "single", "owners": [a],
         "serial": serial(rng, "BY"), "register": "CH %05d" % rng.randint(100, 9999),
         "issuer": "Ủy ban nhân dân huyện Ân Thi", "place": "Ân Thi", "date": date,
         "signer": UBND_SIGN, "signer_name": "Trương Văn Toàn", "parcel": parcel,
         "house": None, "changes_all": [
             entry(t, "transfer", "Chuyển nhượng toàn bộ thửa đất cho bà Nguyễn Thị Hoa, sinh "
                   "năm 1985, CCCD số %s, địa chỉ tại %s theo hồ sơ số 033.%s.00%d."
                   % (buyer, addr, t[:4], rng.randint(1000, 9999)), branch)]}
    d = {"office": branch, "office_caps": ["UBND HUYỆN ÂN THI", "CHI NHÁNH VPĐKĐĐ"],
         "code": "000.%d" % rng.randint(10000, 99999), "who": "ông Đào Văn Thịnh và bà "
         "Nguyễn Thị Hoa", "who_addr": addr, "contents": [("", 0), ("", 0),
                                                        ("Đơn đăng ký biến động", 1),
                                                        ("Hợp đồng chuyển nhượng", 1),
                                                        ("Giấy chứng nhận (bản gốc)", 1),
                                                        ("Bản sao căn cước công dân", 1)],
         "request": "Đăng ký biến động do chuyển nhượng quyền sử dụng đất",
         "due": day(rng, 2024, 1, 1), "to": branch, "parcel": parcel, "place": "Ân Thi",
         "applied": day(rng, 2023, 12, 12)}
    card = {"holder": a, "certified": day(rng, 2023, 12, 12)}
    return {"dossier": [("application", d), ("card", card), ("cert", c), ("receipt", d)],
            "order": ("cert", [3, 0, 1, 2]), "gen": "pink", "scan": "bilevel-150",
            "ext": "tif", "tags": "out-of-order,card"}


FILES = {1: ("GCN9-pink14", f1), 2: ("GCN9-pink14", f2), 3: ("GCN9-pink14", f3),
         4: ("GCN9-red", f4), 5: ("GCN9-form2024", f5), 6: ("GCN9-pink14", f6),
         7: ("GCN9-red", f7), 8: ("HS9", f8), 9: ("HS9", f9), 10: ("HS9", f10)}


def cert_truth(c):
    """The truth of a certificate, as bench/page-kinds compares it."""
    p = c["parcel"]
    owners = [{k: o[k] for k in ("name", "gender", "birth_year", "id_type", "id_number",
                                 "address")} for o in c["owners"]]
    return {"certificate": {
        "generation": c["gen"], "serial": c["serial"], "register_number": c["register"],
        "issuer": c["issuer"], "date": c["date"], "couple": c.get("kind") == "couple",
        "owners": owners,
        "parcel": {"number": p["number"], "sheet": p["sheet"], "address": p["address"],
                   "area": p["area"], "use_form": p["use_form"],
                   "purposes": [{"land_use": u, "area": a, "term": t}
                                for u, a, t in p["purposes"]],
                   "origin": p["origin"]},
        "house": c.get("house"),
        "changes": [{"date": e["date"], "kind": e["kind"], "decision": e["decision"]}
                    for e in c["changes_all"] if not e["struck"]]}}
