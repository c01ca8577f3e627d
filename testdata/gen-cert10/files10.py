"""files10: the ten files of certs10: who owns what, the registers, the
dossiers' papers, how each is scanned, and the truth of each."""
import forms10, papers10
from pages10 import dmy

VPDK = "Chi nhánh Văn phòng đăng ký đất đai"
DIGITS = "không một hai ba bốn năm sáu bảy tám chín".split()


def words(n):
    """Vietnamese words of an integer below a million."""
    if n < 10:
        return DIGITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        head = "mười" if t == 1 else DIGITS[t] + " mươi"
        tail = {0: "", 1: " mốt" if t > 1 else " một", 5: " lăm"}.get(u, " " + DIGITS[u])
        return head + tail
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return DIGITS[h] + " trăm"
        return DIGITS[h] + " trăm " + ("lẻ " + DIGITS[r] if r < 10 else words(r))
    th, r = divmod(n, 1000)
    if r == 0:
        return words(th) + " nghìn"
    mid = words(r) if r >= 100 else "không trăm " + ("lẻ " + DIGITS[r] if r < 10 else words(r))
    return words(th) + " nghìn " + mid


def area_words(a):
    whole = int(a)
    frac = round((a - whole) * 10)
    s = words(whole) + (" phẩy " + DIGITS[frac] if frac else "") + " mét vuông"
    return s[0].upper() + s[1:]


def person(name, gender, year, id_type=None, id_number=None, address=None, **kw):
    o = dict(name=name, gender=gender, birth_year=year, id_type=id_type,
             id_number=id_number, address=address)
    o.update(kw)
    return o


def pid(prov, gender, year, tail):
    """A 12-digit personal ID: province, century and sex, year, six digits."""
    g = (0 if year < 2000 else 2) + (1 if gender == "F" else 0)
    return "%03d%d%02d%06d" % (prov, g, year % 100, tail)


def purpose(code, name, area, term):
    return dict(land_use=code, name=name, area=area, term=term)


def entry(date, kind, lines, by, confirm, decision=None, hand=False):
    return dict(date=date, kind=kind, lines=lines, by=by, confirm=confirm,
                decision=decision, hand=hand)


def cert(gen, form, **kw):
    c = dict(generation=gen, form=form, house=None, house_lines=None, entries=[],
             overflow=[], note="-/-")
    c.update(kw)
    c["area_words"] = area_words(c["parcel"]["area"])
    return c


def truth_of(c):
    """The certificate's truth as bench/page-kinds scores it."""
    p = c["parcel"]
    keys = ("name", "gender", "birth_year", "id_type", "id_number", "address")
    return {"certificate": {
        "generation": c["generation"], "serial": c["serial"],
        "register_number": c["register_number"], "issuer": c["issuer"], "date": c["date"],
        "couple": c.get("couple", False),
        "owners": [{k: o[k] for k in keys} for o in c["owners"]],
        "parcel": {"number": p["number"], "sheet": p["sheet"], "address": p["address"],
                   "area": p["area"], "use_form": p["use_form"],
                   "purposes": [{k: q[k] for k in ("land_use", "area", "term")}
                                for q in p["purposes"]],
                   "origin": p["origin"]},
        "house": c["house"],
        "changes": [{"date": e["date"], "kind": e["kind"], "decision": e["decision"]}
                    for e in c["entries"] + c["overflow"]]}}


def laid(c, seed):
    """The certificate's leaves and kinds in print order."""
    if c["form"] == "btn05":
        return forms10.btn05(c, seed)
    if c["form"] == "pink09":
        return forms10.pink09(c, seed, c["overflow"] or None)
    return forms10.f24(c, seed)


def vpdk(district):
    return "%s %s" % (VPDK, district)


def confirm(district, date):
    return [district, "ngày " + dmy(date)]


# ---------------------------------------------------------------- the files

def f1():
    addr = "bản Đôn, xã Lũng Niêm, huyện Bá Thước, tỉnh Thanh Hóa"
    b = vpdk("huyện Bá Thước")
    c = cert("red", "btn05", serial="AG 027315", register_number="H 00419",
             issuer="Ủy ban nhân dân huyện Bá Thước", date="2007-06-14", place="Bá Thước",
             sign_title=["TM. ỦY BAN NHÂN DÂN", "HUYỆN BÁ THƯỚC", "KT. CHỦ TỊCH"],
             sign_role="PHÓ CHỦ TỊCH",
             signer="Trương Văn Tuyến", couple=True,
             owners=[person("Bùi Văn Khương", "M", 1961, "cmnd", "171234567", addr),
                     person("Quách Thị Mến", "F", 1964, "cmnd", "171556203", addr, role="wife")],
             parcel=dict(number="318", sheet="12", address=addr, area=1245.6,
                         use_form="Sử dụng riêng",
                         purposes=[purpose("ONT", "Đất ở tại nông thôn", 300, "Lâu dài"),
                                   purpose("CLN", "Đất trồng cây lâu năm", 945.6,
                                           "Đến ngày 15/10/2043")],
                         origin="Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"))
    cc = pid(38, "M", 1961, 4127)
    c["entries"] = [
        entry("2021-09-20", "id-update",
              ["Ngày 20/09/2021: Ông Bùi Văn Khương đã được cấp",
               "Căn cước công dân số %s thay cho" % cc, "CMND số 171234567."],
              b, confirm("CN VPĐKĐĐ Bá Thước", "2021-09-20"), hand=True),
        entry("2022-04-05", "mortgage",
              ["Ngày 05/04/2022: Thế chấp bằng quyền sử dụng đất tại",
               "Ngân hàng Nông nghiệp và Phát triển nông thôn",
               "Chi nhánh huyện Bá Thước theo hợp đồng thế chấp", "số 3507/2022/HĐTC."],
              b, confirm("CN VPĐKĐĐ Bá Thước", "2022-04-05"))]
    return dict(id="GCN10-btn05-0001", what="btn05", scan="glare-200", fmt="pdf",
                certs=[c], owners="couple", tags="muong-names,two-terms,laminated")


def f2():
    addr = "phường Vĩnh Hòa, thành phố Nha Trang, tỉnh Khánh Hòa"
    b = vpdk("thành phố Nha Trang")
    house = {"type": "Căn hộ chung cư", "building_area": None, "floor_area": 74.6,
             "structure": "Bê tông cốt thép", "floors": 40, "ownership": "Sở hữu riêng",
             "term": "Lâu dài"}
    c = cert("pink", "pink09", serial="BM 806214", register_number="CT 03352",
             issuer="Sở Tài nguyên và Môi trường tỉnh Khánh Hòa", date="2013-03-09",
             place="Khánh Hòa", sign_title=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH KHÁNH HÒA",
                                            "KT. GIÁM ĐỐC"],
             sign_role="PHÓ GIÁM ĐỐC", signer="Lê Tấn Bản",
             owners=[person("Hồ Ngọc Thạch", "M", 1959, "passport", "C2615408",
                            "1820 Dundas Street West, Toronto, Ontario, Canada",
                            id_note=" (người Việt Nam định cư ở nước ngoài)")],
             parcel=dict(number="58", sheet="21", address="Đường Phạm Văn Đồng, " + addr,
                         area=6212.4, use_form="Sử dụng chung",
                         purposes=[purpose("ODT", "Đất ở tại đô thị", 6212.4, "Lâu dài")],
                         origin="Nhà nước giao đất có thu tiền sử dụng đất"),
             house=house,
             house_lines=["a) Loại nhà ở: Căn hộ chung cư;",
                          "b) Tên nhà chung cư: Mường Thanh Viễn Triều, khối OC1B;",
                          "c) Căn hộ số: 2306;  tầng: 23;",
                          "d) Diện tích sàn: 74,6 m²;",
                          "đ) Kết cấu: Bê tông cốt thép; số tầng của nhà chung cư: 40;",
                          "e) Hình thức sở hữu: Sở hữu riêng;",
                          "g) Thời hạn được sở hữu: Lâu dài."],
             plan_note="Căn hộ số 2306, tầng 23, khối OC1B")
    c["entries"] = [
        entry("2016-08-22", "mortgage",
              ["Ngày 22/08/2016: Thế chấp căn hộ tại Ngân hàng TMCP",
               "Ngoại thương Việt Nam - Chi nhánh Nha Trang theo",
               "hợp đồng số 118/2016/HĐTC-VCB."], b, confirm("VPĐK Nha Trang", "2016-08-22")),
        entry("2019-11-05", "mortgage",
              ["Ngày 05/11/2019: Xóa đăng ký thế chấp theo hợp đồng",
               "số 118/2016/HĐTC-VCB."], b, confirm("VPĐK Nha Trang", "2019-11-05"), hand=True)]
    return dict(id="GCN10-pink09-0002", what="pink09", scan="pale-110", fmt="pdf",
                certs=[c], owners="overseas", tags="apartment,passport,spread,pale")


def f3():
    addr = "ấp Phnôm Pi, xã Châu Lăng, huyện Tri Tôn, tỉnh An Giang"
    b = vpdk("huyện Tri Tôn")
    c = cert("pink", "pink09", serial="BQ 447021", register_number="CH 01865",
             supp_serial="BV 003518",
             issuer="Ủy ban nhân dân huyện Tri Tôn", date="2013-10-02", place="Tri Tôn",
             sign_title=["TM. ỦY BAN NHÂN DÂN", "HUYỆN TRI TÔN"], sign_role="CHỦ TỊCH",
             signer="Chau Chí Thanh", couple=True,
             owners=[person("Chau Sóc Khênh", "M", 1976, "cmnd", "351208746", addr),
                     person("Néang Sa Phia", "F", 1979, "cmnd", "351377012", addr, role="wife"),
                     person("Chau Sóc Đa Ra", "M", 2004, role="child")],
             parcel=dict(number="1024", sheet="9", address=addr, area=4880,
                         use_form="Sử dụng riêng",
                         purposes=[purpose("LUC", "Đất chuyên trồng lúa nước", 4880,
                                           "Đến ngày 15/10/2043")],
                         origin="Công nhận quyền sử dụng đất như giao đất không thu tiền "
                                "sử dụng đất"))
    conf = lambda d: confirm("CN VPĐKĐĐ Tri Tôn", d)
    c["entries"] = [
        entry("2015-03-11", "mortgage",
              ["Ngày 11/03/2015: Thế chấp quyền sử dụng đất tại",
               "Ngân hàng Nông nghiệp và Phát triển nông thôn",
               "Chi nhánh huyện Tri Tôn, hợp đồng số 0915/HĐTC."], b, conf("2015-03-11")),
        entry("2017-02-20", "mortgage",
              ["Ngày 20/02/2017: Xóa thế chấp theo hợp đồng", "số 0915/HĐTC."], b,
              conf("2017-02-20"), hand=True),
        entry("2018-07-09", "split-merge",
              ["Ngày 09/07/2018: Tách thửa đất số 1024 thành",
               "thửa số 1251 (2.380 m²) và thửa số 1252 (2.500 m²),",
               "tờ bản đồ số 9."], b, conf("2018-07-09"))]
    c["overflow"] = [
        entry("2019-01-14", "transfer",
              ["Ngày 14/01/2019: Chuyển nhượng thửa đất số 1252 cho",
               "ông Danh Sà Rinh, CMND số 351620917."], b, conf("2019-01-14")),
        entry("2020-06-30", "change-of-use",
              ["Ngày 30/06/2020: Chuyển mục đích 300 m² của thửa",
               "số 1251 sang đất ở tại nông thôn (ONT) theo",
               "Quyết định số 1187/QĐ-UBND ngày 25/06/2020",
               "của UBND huyện Tri Tôn."], b, conf("2020-06-30"), decision="1187/QĐ-UBND")]
    return dict(id="GCN10-pink09-0003", what="pink09", scan="creased-200", fmt="tif",
                certs=[c], owners="couple+child", tags="khmer-names,minor,rice,supplement,creases")


def f4():
    addr = "bản Pa Khen, xã Chiềng Khoa, huyện Vân Hồ, tỉnh Sơn La"
    b = vpdk("huyện Vân Hồ")
    c = cert("form2024", "f24", serial="AA 03812456", register_number="DS 00217",
             issuer="Sở Tài nguyên và Môi trường tỉnh Sơn La", date="2025-03-20",
             place="Sơn La", sign_title=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH SƠN LA", "KT. GIÁM ĐỐC"],
             sign_role="PHÓ GIÁM ĐỐC", signer="Lò Văn Thành", couple=True,
             owners=[person("Sồng A Chứ", "M", 1982, "dinh-danh", pid(14, "M", 1982, 3916), addr),
                     person("Lầu Thị Dợ", "F", 1986, "dinh-danh", pid(14, "F", 1986, 2754), addr,
                            role="wife")],
             parcel=dict(number="77", sheet="5",
                         address="bản Pa Khen, xã Chiềng Khoa và bản Suối Lìn, xã Vân Hồ, "
                                 "huyện Vân Hồ, tỉnh Sơn La",
                         area=15320.5, use_form="Sử dụng riêng",
                         purposes=[purpose("CLN", "Đất trồng cây lâu năm", 3200,
                                           "Đến ngày 20/03/2075"),
                                   purpose("RSX", "Đất rừng sản xuất", 12120.5,
                                           "Đến ngày 20/03/2075")],
                         origin="Nhà nước công nhận quyền sử dụng đất"),
             note="Thửa đất nằm trên địa bàn hai xã Chiềng Khoa và Vân Hồ")
    c["entries"] = [entry("2025-06-11", "mortgage",
                          ["Thế chấp tại Ngân hàng Chính sách xã hội huyện Vân Hồ,",
                           "hợp đồng số 42/2025/HĐTC."], b, ["CN VPĐKĐĐ", "Vân Hồ"])]
    return dict(id="GCN10-f24-0004", what="f24", scan="photo", fmt="pdf", certs=[c],
                owners="couple", tags="hmong-names,two-communes,photo-warm")


def f5():
    addr = "khu phố 3, phường Vĩnh Thanh Vân, thành phố Rạch Giá, tỉnh Kiên Giang"
    b = vpdk("thành phố Rạch Giá")
    c = cert("pink", "pink09", serial="CS 219664", register_number="CS 06633",
             issuer="Sở Tài nguyên và Môi trường tỉnh Kiên Giang", date="2019-08-27",
             place="Kiên Giang", sign_title=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH KIÊN GIANG"],
             sign_role="GIÁM ĐỐC", signer="Danh Hồng Sơn",
             owners=[person("Quách Mỹ Linh", "F", 1985, "cccd", pid(91, "F", 1985, 733), addr)],
             parcel=dict(number="245", sheet="38", address="số 17 đường Trần Phú, " + addr,
                         area=96.8, use_form="Sử dụng riêng",
                         purposes=[purpose("ODT", "Đất ở tại đô thị", 96.8, "Lâu dài")],
                         origin="Nhận chuyển nhượng đất được Công nhận quyền sử dụng đất như "
                                "giao đất có thu tiền sử dụng đất"),
             stamp="ĐÃ THU HỒI")
    c["entries"] = [entry("2023-05-12", "transfer",
                          ["Ngày 12/05/2023: Chuyển nhượng toàn bộ thửa đất cho",
                           "ông Lâm Chí Hào, CCCD số %s;" % pid(91, "M", 1988, 4519),
                           "đã cấp Giấy chứng nhận mới, thu hồi Giấy chứng nhận này."],
                          b, confirm("CN VPĐKĐĐ Rạch Giá", "2023-05-12"))]
    return dict(id="GCN10-pink09-0005", what="pink09", scan="colour-150-rot90", fmt="pdf",
                certs=[c], owners="single", tags="hoa-name,annulled,rotated")


def f6():
    addr = "thôn Khe Cam, xã Mỏ Vàng, huyện Văn Yên, tỉnh Yên Bái"
    c = cert("red", "btn05", serial="AM 902651", register_number="H 01734",
             issuer="Ủy ban nhân dân huyện Văn Yên", date="2008-11-03", place="Văn Yên",
             sign_title=["TM. ỦY BAN NHÂN DÂN", "HUYỆN VĂN YÊN"], sign_role="CHỦ TỊCH",
             signer="Hoàng Văn Bẩy",
             owners=[person("Bàn Văn Chiêu", "M", 1958, "cmnd", "060178243", addr)],
             parcel=dict(number="56", sheet="3", address=addr, area=2310,
                         use_form="Sử dụng riêng",
                         purposes=[purpose("ONT", "Đất ở tại nông thôn", 200, "Lâu dài"),
                                   purpose("LUN", "Đất trồng lúa nương", 2110,
                                           "Đến ngày 15/10/2013")],
                         origin="Nhà nước giao đất không thu tiền sử dụng đất"))
    c["entries"] = [entry("2016-04-18", "split-merge",
                          ["Ngày 18/04/2016: Tách thửa đất số 56 thành",
                           "thửa số 212 (1.110 m²) và thửa số 213 (1.200 m²)."],
                          vpdk("huyện Văn Yên"), confirm("CN VPĐKĐĐ Văn Yên", "2016-04-18"),
                          hand=True)]
    return dict(id="GCN10-btn05-0006", what="btn05", scan="bilevel-300", fmt="tif",
                certs=[c], owners="single", tags="dao-name,split")


def _inherit_papers():
    dead = "Trần Văn Lựu"
    heir = "Trần Thị Hoa"
    place = "thôn Phú Hữu, xã Đại Hiệp, huyện Đại Lộc, tỉnh Quảng Nam"
    death = dict(office=["ỦY BAN NHÂN DÂN", "XÃ ĐẠI HIỆP"], number="Số: 42/TLKT-BS",
                 dateline="Đại Hiệp, ngày 08 tháng 01 năm 2024",
                 title=["TRÍCH LỤC KHAI TỬ"],
                 blocks=[("p", "Họ, chữ đệm, tên người đã chết: " + dead.upper()),
                         ("p", "Ngày, tháng, năm sinh: 1940.  Giới tính: Nam.  Dân tộc: Kinh."),
                         ("p", "Nơi cư trú cuối cùng: " + place),
                         ("p", "Đã chết vào lúc 05 giờ 30 phút, ngày 02/01/2024."),
                         ("p", "Nơi chết: tại nhà riêng."),
                         ("p", "Nguyên nhân chết: bệnh già."),
                         ("p", "Họ, chữ đệm, tên người đi khai tử: " + heir + "; quan hệ: con.")],
                 sign=(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "Nguyễn Văn Sáu", "UBND xã Đại Hiệp"))
    split = dict(office=None, dateline="Đại Lộc, ngày 20 tháng 3 năm 2024",
                 title=["VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN", "(Quyền sử dụng đất)"],
                 blocks=[("p", "Hôm nay, tại Văn phòng công chứng Đại Lộc, chúng tôi gồm:")]
                 + [("p", s) for s in (
                     "1. Bà Trần Thị Hoa, sinh năm 1968, CCCD số %s, thường trú tại %s."
                     % (pid(49, "F", 1968, 5812), place),
                     "2. Ông Trần Văn Dũng, sinh năm 1971, thường trú tại số 44 đường Lê Duẩn, "
                     "thành phố Đà Nẵng.",
                     "3. Bà Trần Thị Lệ, sinh năm 1975, thường trú tại thôn Phú Hữu, xã Đại Hiệp.",
                     "Là những người thừa kế theo pháp luật của ông Trần Văn Lựu (chết ngày "
                     "02/01/2024). Di sản ông Lựu để lại là quyền sử dụng thửa đất số 402, tờ bản "
                     "đồ số 17, diện tích 512,3 m², tại " + place + ".",
                     "Điều 1. Chúng tôi thỏa thuận: toàn bộ quyền sử dụng thửa đất nói trên "
                     "thuộc về bà Trần Thị Hoa. Ông Trần Văn Dũng và bà Trần Thị Lệ tự nguyện "
                     "nhường phần di sản của mình cho bà Hoa.",
                     "Điều 2. Bà Trần Thị Hoa có trách nhiệm làm thủ tục đăng ký biến động "
                     "tại cơ quan có thẩm quyền và nộp các khoản thuế, lệ phí theo quy định.",
                     "Điều 3. Chúng tôi cam đoan những thông tin về nhân thân và di sản nêu trên "
                     "là đúng sự thật; việc thỏa thuận là hoàn toàn tự nguyện, không bị lừa dối "
                     "hoặc ép buộc.",
                     "Điều 4. Chúng tôi đã đọc lại văn bản này, hiểu rõ quyền, nghĩa vụ và hậu "
                     "quả pháp lý của việc phân chia di sản, và cùng ký tên dưới đây.",
                     "Văn bản này được lập thành 05 bản, mỗi bên giữ 01 bản, 02 bản lưu tại Văn "
                     "phòng công chứng.")]
                 + [("brk",), ("p", "Lời chứng của công chứng viên: Hôm nay, ngày 20/03/2024, tại Văn phòng "
                          "công chứng Đại Lộc, tôi, công chứng viên Phan Thị Yến, chứng nhận văn bản "
                          "thỏa thuận phân chia di sản được lập giữa các bên có tên trên; các bên "
                          "đã tự nguyện thỏa thuận và cùng ký vào văn bản trước mặt tôi.")],
                 sign=("two", (["NGƯỜI THỪA KẾ"], None, heir, "", False),
                       (["CÔNG CHỨNG VIÊN"], None, "Phan Thị Yến", "VPCC Đại Lộc", True)))
    fee = dict(office=None, dateline=None,
               title=["TỜ KHAI LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT", "[01] Kỳ tính thuế: Theo từng lần phát sinh"],
               blocks=[("p", "[02] Lần đầu: [X]      [03] Bổ sung lần thứ: [  ]"),
                       ("p", "[04] Tên người nộp thuế: TRẦN THỊ HOA"),
                       ("b", "[05] Mã số thuế:", "8045127736"),
                       ("p", "[06] Địa chỉ: " + place),
                       ("p", "ĐẶC ĐIỂM NHÀ ĐẤT:"),
                       ("p", "1. Đất: Thửa đất số 402, tờ bản đồ số 17; diện tích 512,3 m²; "
                             "mục đích sử dụng: đất ở tại nông thôn, đất trồng cây lâu năm."),
                       ("b", "[07] Giá trị đất (đồng):", "615000000"),
                       ("p", "2. Nhà: không."),
                       ("p", "[08] Tài sản thuộc diện miễn lệ phí: thừa kế giữa cha và con."),
                       ("p", "Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước "
                             "pháp luật về số liệu đã khai.")],
               sign=(["NGƯỜI NỘP THUẾ"], "(Ký, ghi rõ họ tên)", heir, ""))
    app = dict(office=None, dateline="Đại Lộc, ngày 25 tháng 3 năm 2024",
               title=["ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,", "TÀI SẢN GẮN LIỀN VỚI ĐẤT"],
               blocks=[("p", "Kính gửi: Chi nhánh Văn phòng đăng ký đất đai huyện Đại Lộc"),
                       ("p", "I. Kê khai của người sử dụng đất:"),
                       ("p", "1. Người sử dụng đất: bà Trần Thị Hoa, sinh năm 1968."),
                       ("p", "2. Giấy chứng nhận đã cấp: số phát hành AC 713390, số vào sổ "
                             "H 00876."),
                       ("p", "3. Nội dung biến động: nhận thừa kế toàn bộ thửa đất số 402, tờ bản "
                             "đồ số 17 của ông Trần Văn Lựu."),
                       ("p", "4. Lý do biến động: thừa kế theo văn bản thỏa thuận phân chia di sản "
                             "ngày 20/03/2024."),
                       ("p", "5. Giấy tờ kèm theo: Giấy chứng nhận; trích lục khai tử; văn bản "
                             "thỏa thuận phân chia di sản; tờ khai lệ phí trước bạ.")],
               sign=(["NGƯỜI VIẾT ĐƠN"], None, heir, ""))
    return death, split, fee, app


def f7():
    place = "thôn Phú Hữu, xã Đại Hiệp, huyện Đại Lộc, tỉnh Quảng Nam"
    p = lambda origin, terms: dict(
        number="402", sheet="17", address=place, area=512.3, use_form="Sử dụng riêng",
        purposes=[purpose("ONT", "Đất ở tại nông thôn", 200, "Lâu dài"),
                  purpose("CLN", "Đất trồng cây lâu năm", 312.3, terms)], origin=origin)
    old = cert("red", "btn05", serial="AC 713390", register_number="H 00876",
               issuer="Ủy ban nhân dân huyện Đại Lộc", date="2006-05-22", place="Đại Lộc",
               sign_title=["TM. ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC"], sign_role="CHỦ TỊCH",
               signer="Huỳnh Tấn Mai",
               owners=[person("Trần Văn Lựu", "M", 1940, "cmnd", "205117384", place)],
               parcel=p("Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
                        "Đến ngày 15/10/2043"))
    old["entries"] = [entry("2014-03-05", "mortgage",
                            ["Ngày 05/03/2014: Thế chấp tại Quỹ tín dụng nhân dân",
                             "Đại Hiệp, hợp đồng số 27/2014."], vpdk("huyện Đại Lộc"),
                            confirm("VPĐK Đại Lộc", "2014-03-05"))]
    new = cert("form2024", "f24", serial="AA 04915273", register_number="DS 01342",
               issuer="Sở Tài nguyên và Môi trường tỉnh Quảng Nam", date="2025-02-18",
               place="Quảng Nam", sign_title=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH QUẢNG NAM",
                                              "KT. GIÁM ĐỐC"],
               sign_role="PHÓ GIÁM ĐỐC", signer="Phạm Văn Hưng",
               owners=[person("Trần Thị Hoa", "F", 1968, "cccd", pid(49, "F", 1968, 5812), place)],
               parcel=p("Nhận thừa kế đất được Công nhận quyền sử dụng đất như giao đất có thu "
                        "tiền sử dụng đất", "Đến ngày 15/10/2043"),
               note="Cấp đổi từ Giấy chứng nhận số AC 713390 do nhận thừa kế")
    death, split, fee, app = _inherit_papers()
    return dict(id="HS10-0007", what="dossier", scan="colour-150", fmt="pdf", certs=[old, new],
                papers=[("other", death), ("other", split), ("form", fee), ("form", app),
                        ("certificate", old), ("certificate", new)],
                owners="single", tags="inheritance,death-extract,two-certificates")


def f8():
    place = "ấp 7, xã Khánh Bình, huyện Trần Văn Thời, tỉnh Cà Mau"
    giver, taker = "Đỗ Văn Mười", "Đỗ Thanh Phong"
    c = cert("pink", "pink09", serial="DA 530871", register_number="CS 08215",
             issuer="Sở Tài nguyên và Môi trường tỉnh Cà Mau", date="2022-09-14",
             place="Cà Mau", sign_title=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH CÀ MAU", "KT. GIÁM ĐỐC"],
             sign_role="PHÓ GIÁM ĐỐC", signer="Lê Hoàng Kha",
             owners=[person(taker, "M", 1990, "cccd", pid(96, "M", 1990, 3318), place)],
             parcel=dict(number="1187", sheet="26", address=place, area=2390.7,
                         use_form="Sử dụng riêng",
                         purposes=[purpose("ONT", "Đất ở tại nông thôn", 150, "Lâu dài"),
                                   purpose("BHK", "Đất bằng trồng cây hằng năm khác", 2240.7,
                                           "Đến ngày 01/07/2064")],
                         origin="Nhận tặng cho đất được Công nhận quyền sử dụng đất như giao "
                                "đất có thu tiền sử dụng đất"))
    c["entries"] = [entry("2023-03-02", "mortgage",
                          ["Ngày 02/03/2023: Thế chấp quyền sử dụng đất tại Ngân hàng",
                           "TMCP Công Thương - Chi nhánh Cà Mau, hợp đồng số 61/2023."],
                          vpdk("huyện Trần Văn Thời"), confirm("CN VPĐKĐĐ Trần Văn Thời",
                                                               "2023-03-02"), hand=True)]
    gift = dict(office=None, dateline="Trần Văn Thời, ngày 11 tháng 7 năm 2022",
                title=["HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT"],
                blocks=[("p", s) for s in (
                    "Chúng tôi gồm có:",
                    "Bên tặng cho (Bên A): Ông %s, sinh năm 1958, CCCD số %s, thường trú tại %s."
                    % (giver, pid(96, "M", 1958, 1022), place),
                    "Bên được tặng cho (Bên B): Ông %s, sinh năm 1990, CCCD số %s, thường trú "
                    "tại %s." % (taker, pid(96, "M", 1990, 3318), place),
                    "Hai bên đồng ý thực hiện việc tặng cho quyền sử dụng đất với các thỏa thuận "
                    "sau đây:",
                    "Điều 1. Quyền sử dụng đất tặng cho: thửa đất số 1187, tờ bản đồ số 26, diện "
                    "tích 2.390,7 m², tại " + place + ".",
                    "Điều 2. Việc giao và đăng ký quyền sử dụng đất: Bên A giao thửa đất cùng "
                    "giấy tờ cho Bên B ngay sau khi ký hợp đồng; Bên B đăng ký tại cơ quan có "
                    "thẩm quyền.",
                    "Điều 3. Trách nhiệm nộp thuế, lệ phí: Bên B nộp lệ phí trước bạ; thu nhập "
                    "từ tặng cho giữa cha và con được miễn thuế thu nhập cá nhân.",
                    "Điều 4. Quyền và nghĩa vụ của Bên A: giao đủ diện tích, đúng hạng đất, loại "
                    "đất, vị trí, số hiệu và tình trạng đất như đã thỏa thuận.",
                    "Điều 5. Quyền và nghĩa vụ của Bên B: được sử dụng đất đúng mục đích, đúng "
                    "thời hạn; thực hiện các nghĩa vụ tài chính theo quy định.",
                    "Điều 6. Phương thức giải quyết tranh chấp: hai bên thương lượng; không "
                    "thương lượng được thì yêu cầu Tòa án giải quyết.",
                    "Điều 7. Cam đoan của các bên: thông tin về nhân thân, về thửa đất là đúng "
                    "sự thật; thửa đất không có tranh chấp, không bị kê biên.",
                    "Điều 8. Điều khoản cuối cùng: hai bên đã hiểu rõ quyền, nghĩa vụ và hậu quả "
                    "pháp lý của việc tặng cho; hợp đồng có hiệu lực từ ngày ký.",
                    "Lời chứng của công chứng viên: tại Phòng công chứng số 2 tỉnh Cà Mau, tôi "
                    "chứng nhận hợp đồng tặng cho được giao kết giữa các bên có tên trên, các bên "
                    "đã ký trước mặt tôi.")],
                sign=("two", (["BÊN TẶNG CHO"], None, giver, "", False),
                      (["BÊN ĐƯỢC TẶNG CHO"], None, taker, "", False)))
    survey = dict(office=["CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "HUYỆN TRẦN VĂN THỜI"],
                  subtitle="(Tỷ lệ 1:1000; hệ tọa độ VN-2000, kinh tuyến trục 104°30')",
                  number="1187",
                  coords=[[str(i + 1), "%d.%03d,%02d" % (1017, 240 + 41 * i, 13 * i + 2),
                           "%d.%03d,%02d" % (527, 610 + 33 * i, 9 * i + 1),
                           "%d,%02d" % (28 + 9 * i, 17 * i % 100)] for i in range(5)],
                  facts=["Thửa đất số: 1187;  tờ bản đồ số: 26", "Diện tích: 2.390,7 m²",
                         "Địa chỉ: " + place, "Mục đích: ONT 150 m²; BHK 2.240,7 m²"],
                  surveyor="Lương Văn Thơ", holder=giver)
    sub = dict(office=["CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI HUYỆN TRẦN VĂN THỜI"],
               number="Số: 356/TTr-CNVPĐK", dateline="Trần Văn Thời, ngày 18 tháng 8 năm 2022",
               title=["TỜ TRÌNH", "Về việc cấp Giấy chứng nhận quyền sử dụng đất do nhận tặng cho"],
               blocks=[("p", "Kính gửi: Sở Tài nguyên và Môi trường tỉnh Cà Mau"),
                       ("p", "Căn cứ hồ sơ đăng ký biến động của ông %s do nhận tặng cho quyền sử "
                             "dụng đất từ ông %s theo hợp đồng tặng cho ngày 11/07/2022;"
                        % (taker, giver)),
                       ("p", "Qua kiểm tra, hồ sơ đủ điều kiện. Chi nhánh Văn phòng đăng ký đất "
                             "đai kính trình Sở Tài nguyên và Môi trường xem xét, ký cấp Giấy chứng "
                             "nhận cho ông %s đối với thửa đất số 1187, tờ bản đồ số 26." % taker),
                       ("p", "Kính trình./.")],
               sign=(["GIÁM ĐỐC"], None, "Trịnh Thanh Tùng", "CN VPĐKĐĐ Trần Văn Thời"))
    fee = dict(office=["CHI CỤC THUẾ KHU VỰC", "TRẦN VĂN THỜI - U MINH"],
               number="Số: 2207/TB-CCT", dateline="Trần Văn Thời, ngày 29 tháng 8 năm 2022",
               title=["THÔNG BÁO", "Nộp lệ phí trước bạ nhà, đất"],
               blocks=[("p", "Căn cứ tờ khai lệ phí trước bạ và phiếu chuyển thông tin địa chính, "
                             "cơ quan thuế thông báo:"),
                       ("p", "Tên người nộp: ông %s." % taker),
                       ("p", "Thửa đất số 1187, tờ bản đồ số 26, diện tích 2.390,7 m²."),
                       ("p", "Giá trị đất tính lệ phí: 286.400.000 đồng.  Mức thu: 0,5%."),
                       ("p", "Số tiền lệ phí phải nộp: 1.432.000 đồng (Một triệu bốn trăm ba mươi "
                             "hai nghìn đồng)."),
                       ("p", "Thời hạn nộp: chậm nhất 30 ngày kể từ ngày nhận thông báo này.")],
               sign=(["KT. CHI CỤC TRƯỞNG"], "PHÓ CHI CỤC TRƯỞNG", "Tô Minh Luân",
                     "Chi cục Thuế"))
    return dict(id="HS10-0008", what="dossier", scan="colour-120", fmt="pdf", certs=[c],
                papers=[("other", gift), ("form", ("survey", survey)), ("submission", sub),
                        ("fee-notice", fee), ("certificate", c)],
                owners="single", tags="gift,survey-coords,rotated")


def f9():
    place = "khu vực Thái Xuân, phường Nhơn Hưng, thị xã An Nhơn, tỉnh Bình Định"
    owner = "Nguyễn Thị Kim Ánh"
    c = cert("pink", "pink09", serial="CĐ 118403", register_number="CS 02790",
             issuer="Ủy ban nhân dân thị xã An Nhơn", date="2016-05-05", place="An Nhơn",
             sign_title=["TM. ỦY BAN NHÂN DÂN", "THỊ XÃ AN NHƠN", "KT. CHỦ TỊCH"],
             sign_role="PHÓ CHỦ TỊCH",
             signer="Trần Văn Cư",
             owners=[person(owner, "F", 1972, "cmnd", "211493027", place)],
             parcel=dict(number="733", sheet="24", address=place, area=420,
                         use_form="Sử dụng riêng",
                         purposes=[purpose("ODT", "Đất ở tại đô thị", 100, "Lâu dài"),
                                   purpose("CLN", "Đất trồng cây lâu năm", 320,
                                           "Đến ngày 15/10/2043")],
                         origin="Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"))
    c["entries"] = [entry("2021-09-01", "change-of-use",
                          ["Ngày 01/09/2021: Chuyển mục đích 150 m² đất trồng",
                           "cây lâu năm sang đất ở tại đô thị theo Quyết định",
                           "số 2316/QĐ-UBND ngày 19/8/2021 của UBND thị xã",
                           "An Nhơn."], vpdk("thị xã An Nhơn"),
                          confirm("CN VPĐKĐĐ An Nhơn", "2021-09-01"), decision="2316/QĐ-UBND")]
    office = ["ỦY BAN NHÂN DÂN", "THỊ XÃ AN NHƠN"]
    letter = dict(office=["PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "THỊ XÃ AN NHƠN"],
                  number="Số: 612/TNMT", dateline="An Nhơn, ngày 02 tháng 8 năm 2021",
                  title=["V/v xác minh nhu cầu chuyển mục đích sử dụng đất"],
                  blocks=[("p", "Kính gửi: Ủy ban nhân dân phường Nhơn Hưng"),
                          ("p", "Phòng Tài nguyên và Môi trường nhận được đơn xin chuyển mục đích "
                                "sử dụng đất của bà %s đối với 150 m² đất trồng cây lâu năm "
                                "thuộc thửa đất số 733, tờ bản đồ số 24." % owner),
                          ("p", "Đề nghị Ủy ban nhân dân phường xác minh nhu cầu sử dụng đất, sự "
                                "phù hợp với quy hoạch và gửi kết quả về Phòng trước ngày "
                                "10/8/2021."),
                          ("p", "Trân trọng./.")],
                  sign=(["KT. TRƯỞNG PHÒNG"], "PHÓ TRƯỞNG PHÒNG", "Võ Thành Nhân",
                        "Phòng TNMT An Nhơn"))
    sub = dict(office=["PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "THỊ XÃ AN NHƠN"],
               number="Số: 655/TTr-TNMT", dateline="An Nhơn, ngày 13 tháng 8 năm 2021",
               title=["TỜ TRÌNH", "Về việc cho phép chuyển mục đích sử dụng đất"],
               blocks=[("p", "Kính gửi: Ủy ban nhân dân thị xã An Nhơn"),
                       ("p", "Xét đơn của bà %s và kết quả xác minh của Ủy ban nhân dân phường "
                             "Nhơn Hưng, Phòng Tài nguyên và Môi trường kính trình Ủy ban nhân dân "
                             "thị xã cho phép chuyển mục đích 150 m² từ đất trồng cây lâu năm "
                             "sang đất ở tại đô thị." % owner),
                       ("p", "Kính trình Ủy ban nhân dân thị xã xem xét, quyết định./.")],
               sign=(["TRƯỞNG PHÒNG"], None, "Lê Quang Vinh", "Phòng TNMT An Nhơn"))
    dec_blocks = [("p", s) for s in (
        "ỦY BAN NHÂN DÂN THỊ XÃ AN NHƠN",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
        "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi "
        "tiết thi hành một số điều của Luật Đất đai;",
        "Căn cứ Kế hoạch sử dụng đất năm 2021 của thị xã An Nhơn đã được phê duyệt;",
        "Xét đề nghị của Phòng Tài nguyên và Môi trường tại Tờ trình số 655/TTr-TNMT ngày "
        "13/8/2021.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Cho phép bà %s, sinh năm 1972, CMND số 211493027, thường trú tại %s, được "
        "chuyển mục đích sử dụng đất như sau:" % (owner, place),
        "- Thửa đất số 733, tờ bản đồ số 24; diện tích chuyển mục đích: 150 m²;",
        "- Mục đích trước khi chuyển: đất trồng cây lâu năm (CLN);",
        "- Mục đích sau khi chuyển: đất ở tại đô thị (ODT); thời hạn sử dụng: lâu dài.",
        "Điều 2. Bà %s có trách nhiệm nộp tiền sử dụng đất theo thông báo của cơ quan thuế và "
        "đăng ký biến động tại Chi nhánh Văn phòng đăng ký đất đai thị xã An Nhơn." % owner,
        "Giao Phòng Tài nguyên và Môi trường chỉ đạo chỉnh lý hồ sơ địa chính; Chi cục Thuế xác "
        "định và thông báo số tiền sử dụng đất phải nộp.",
        "Điều 3. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Tài nguyên và Môi trường, "
        "Chi cục trưởng Chi cục Thuế, Chủ tịch UBND phường Nhơn Hưng và bà %s chịu trách "
        "nhiệm thi hành Quyết định này." % owner,
        "Quyết định này có hiệu lực kể từ ngày ký.")]
    dec = dict(office=office, number="Số: 2316/QĐ-UBND",
               dateline="An Nhơn, ngày 19 tháng 8 năm 2021",
               title=["QUYẾT ĐỊNH", "Về việc cho phép chuyển mục đích sử dụng đất"],
               blocks=dec_blocks[:11] + [("brk",)] + dec_blocks[11:]
               + [("p", "Nơi nhận: Như Điều 3; Lưu: VT.")],
               sign=(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Trần Văn Cư",
                     "UBND thị xã An Nhơn"))
    dtruth = {"decision": {"number": "2316/QĐ-UBND", "date": "2021-08-19",
                           "kind": "chuyen-muc-dich", "issuer": "Ủy ban nhân dân thị xã An Nhơn"}}
    return dict(id="HS10-0009", what="dossier", scan="bilevel-200-duplex", fmt="tif", certs=[c],
                papers=[("letter", letter), ("blank",), ("submission", sub), ("blank",),
                        ("decision", dec, dtruth), ("certificate", c)],
                owners="single", tags="duplex,blank-backs,cites-decision")


def f10():
    addr = "ấp Thạnh Lợi, xã Vị Thanh 1, thành phố Cần Thơ"
    c = cert("form2024", "f24", serial="AB 00728934", register_number="DS 05126",
             issuer="Sở Nông nghiệp và Môi trường thành phố Cần Thơ", date="2025-10-06",
             place="Cần Thơ", sign_title=["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "THÀNH PHỐ CẦN THƠ",
                                          "KT. GIÁM ĐỐC"],
             sign_role="PHÓ GIÁM ĐỐC", signer="Trần Thị Thu Hà",
             owners=[person("Phan Đình Cường", "M", 1979, "dinh-danh", pid(93, "M", 1979, 1524),
                            addr)],
             parcel=dict(number="361", sheet="44", address=addr, area=8400,
                         use_form="Sử dụng riêng",
                         purposes=[purpose("CLN", "Đất trồng cây lâu năm", 8400,
                                           "Đến ngày 06/10/2075")],
                         origin="Nhận chuyển nhượng quyền sử dụng đất"),
             note="Địa chỉ theo đơn vị hành chính sau sắp xếp ngày 01/7/2025")
    return dict(id="GCN10-f24-0010", what="f24", scan="colour-200", fmt="pdf", certs=[c],
                owners="single", tags="two-level-address,no-changes")


FILES = [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10]


def leaves(spec, seed):
    """[(scan, kind)] and documents for a file; a scan is [leaf], [left,
    right] (a spread) or [] (a blank back)."""
    scans, docs = [], []
    if "papers" not in spec:
        c = spec["certs"][0]
        lv = laid(c, seed)
        if spec["scan"].startswith("pale"):  # scanned open: 4|1 and 2|3
            scans = [([lv[3][0], lv[0][0]], "certificate-owner"),
                     ([lv[1][0], lv[2][0]], "certificate-parcel")]
        else:
            scans = [([lf], k) for lf, k in lv]
        docs = [{"kind": "certificate", "pages": list(range(1, len(scans) + 1)),
                 "truth": truth_of(c)}]
        return scans, docs
    for n, pp in enumerate(spec["papers"]):
        kind = pp[0]
        if kind == "blank":
            scans.append(([], "other"))
            docs[-1]["pages"].append(len(scans))
            continue
        first = len(scans) + 1
        if kind == "certificate":
            for lf, k in laid(pp[1], seed + n):
                scans.append(([lf], k))
            d = {"kind": "certificate", "truth": truth_of(pp[1])}
        else:
            body = pp[1]
            if isinstance(body, tuple):
                lvs = papers10.survey(body[1], seed + n)
            else:
                lvs = papers10.paper(body, seed + n)
            for lf in lvs:
                scans.append(([lf], kind))
            d = {"kind": kind}
            if len(pp) > 2:
                d["truth"] = pp[2]
        d["pages"] = list(range(first, len(scans) + 1))
        docs.append(d)
    return scans, docs
