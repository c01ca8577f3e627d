"""papers9: the dossier papers of certs9 on A4 Sheets: the cover with its
list of contents, the receipt, the application, the decision over two
pages, the submission, the letter, the fee notice, the A3 survey sheet,
a photocopied citizen card and a blank separator.  Each returns [Sheet]."""
from sheet9 import Sheet
from forms9 import header, sign, long_date, vn_num, sketch, dmy, PURPOSE


def _body(s, y, paras, size=12, x=22, w=166, gap=2.0, indent=8):
    for t in paras:
        y = s.para(x, y, w, t, size, "reg", indent=indent) + gap
    return y


def numbered(s, caps, d):
    """The header of an official paper, its number and its place and date;
    returns the y below them."""
    y = header(s, caps)
    s.text(52, y, "Số: %s" % d["number"], 12, align="center")
    s.text(140, y, "%s, %s" % (d["place"], long_date(d["date"])), 11.5, "ital", align="center")
    return y


def cover(d, rng):
    s = Sheet(210, 297, "#f1e3c3")
    s.rect(12, 12, 186, 273, 1.0, "#5d4a2a")
    s.text(105, 30, d["office"].upper(), 12, "bold", align="center")
    s.text(105, 58, "BÌA HỒ SƠ", 24, "bold", align="center")
    s.text(105, 70, d["title"], 13, "bold", align="center")
    y = 86
    for ln in ["Mã hồ sơ: %s" % d["code"], "Người nộp: %s" % d["who"],
               "Địa chỉ thửa đất: %s" % d["where"], "Ngày lập hồ sơ: %s" % dmy(d["opened"])]:
        y = s.para(26, y, 158, ln, 12) + 2
    y += 6
    s.text(105, y, "MỤC LỤC", 15, "bold", align="center")
    y += 6
    xs = [24, 38, 160, 186]
    s.line(24, y, 186, y, 0.35)
    for i, t in enumerate(["STT", "Tên tài liệu", "Số trang"]):
        s.text((xs[i] + xs[i + 1]) / 2, y + 6, t, 11, "bold", align="center")
    y += 9
    s.line(24, y, 186, y, 0.3)
    top = y - 9
    for i, (name, n) in enumerate(d["contents"], 1):
        s.text(31, y + 6, str(i), 11, align="center")
        ny = s.para(40, y + 6, 118, name, 11)
        s.text(173, y + 6, "%02d" % n, 11, align="center")
        y = ny + 1
        s.line(24, y, 186, y, 0.2)
    for x in xs:
        s.line(x, top, x, y, 0.3)
    return [s]


def receipt(d, rng):
    s = Sheet()
    y = header(s, [d["office_caps"][0], d["office_caps"][1], "BỘ PHẬN MỘT CỬA"])
    s.text(105, y + 8, "GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 14, "bold", align="center")
    s.text(105, y + 14, "Mã hồ sơ: %s" % d["code"], 11, "ital", align="center")
    y = _body(s, y + 24, [
        "Bộ phận tiếp nhận và trả kết quả đã nhận hồ sơ của: %s." % d["who"],
        "Nội dung yêu cầu giải quyết: %s." % d["request"],
        "Thành phần hồ sơ gồm:"], 12)
    for i, (name, n) in enumerate(d["contents"][2:], 1):
        y = s.para(30, y, 156, "%d. %s: %d bản" % (i, name, 1), 12) + 1
    y = _body(s, y + 3, ["Số lượng hồ sơ: 01 bộ.",
                         "Thời gian giải quyết hồ sơ theo quy định là 15 ngày làm việc.",
                         "Ngày hẹn trả kết quả: %s." % dmy(d["due"])], 12)
    s.text(55, y + 10, "NGƯỜI NỘP HỒ SƠ", 11, "bold", align="center")
    s.text(150, y + 10, "NGƯỜI TIẾP NHẬN HỒ SƠ", 11, "bold", align="center")
    s.signature(40, y + 24)
    s.signature(135, y + 24)
    return [s]


def application(d, rng):
    s = Sheet()
    s.text(105, 16, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 11.5, "bold", align="center")
    s.text(105, 22, "Độc lập - Tự do - Hạnh phúc", 12, "bold", align="center")
    s.text(105, 38, "ĐƠN ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN", 14.5, "bold", align="center")
    s.text(105, 45, "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT",
           11, "bold", align="center")
    s.text(105, 56, "Kính gửi: %s" % d["to"], 12, align="center")
    y = _body(s, 68, [
        "I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ",
        "1. Người sử dụng đất: %s" % d["who"],
        "Địa chỉ: %s" % d["who_addr"],
        "2. Đề nghị: đăng ký quyền sử dụng đất và cấp Giấy chứng nhận.",
        "3. Thửa đất đăng ký: thửa đất số %s, tờ bản đồ số %s; địa chỉ tại %s; diện tích %s m²;"
        " sử dụng vào mục đích %s." % (d["parcel"]["number"], d["parcel"]["sheet"],
                                      d["parcel"]["address"], vn_num(d["parcel"]["area"]),
                                      PURPOSE[d["parcel"]["purposes"][0][0]].lower()),
        "4. Giấy tờ nộp kèm theo đơn này: bản sao giấy tờ về quyền sử dụng đất; biên bản xác "
        "định ranh giới, mốc giới thửa đất.",
        "Tôi xin cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu "
        "trách nhiệm trước pháp luật."], 12, indent=0)
    s.text(150, y + 8, "%s, %s" % (d["place"], long_date(d["applied"])), 11, "ital",
           align="center")
    s.text(150, y + 14, "Người viết đơn", 11.5, "bold", align="center")
    s.signature(135, y + 26)
    y = _body(s, y + 44, ["II. XÁC NHẬN CỦA ỦY BAN NHÂN DÂN CẤP XÃ",
                          "Nội dung kê khai so với hiện trạng: phù hợp. Nguồn gốc sử dụng đất: "
                          "sử dụng ổn định, không có tranh chấp."], 12, indent=0)
    return [s]


def decision(d, rng):
    """A decision over two pages: the second begins with its page number."""
    s = Sheet()
    y = numbered(s, d["issuer_caps"], d)
    s.text(105, y + 16, "QUYẾT ĐỊNH", 15, "bold", align="center")
    y = s.para(40, y + 23, 130, d["subject"], 12.5, "bold") + 4
    s.text(105, y, "%s" % d["who_decides"], 12.5, "bold", align="center")
    y = _body(s, y + 9, d["basis"], 12)
    s.text(105, y + 2, "QUYẾT ĐỊNH:", 13, "bold", align="center")
    y = _body(s, y + 10, d["article1"], 12)
    s2 = Sheet()
    s2.text(105, 12, "2", 11, align="center")
    y = _body(s2, 24, d["article2"] + [
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân, Trưởng phòng Tài nguyên và Môi trường, Giám "
        "đốc Chi nhánh Văn phòng đăng ký đất đai, Chủ tịch Ủy ban nhân dân xã và người có tên tại "
        "Điều 1 chịu trách nhiệm thi hành Quyết định này."], 12)
    s2.text(22, y + 8, "Nơi nhận:", 11, "bold")
    for i, t in enumerate(["- Như Điều 3;", "- Lưu: VT, TNMT."]):
        s2.text(22, y + 14 + i * 5, t, 10, "ital")
    sign(s2, 145, y + 8, d["signer"], d["signer_name"])
    return [s, s2]


def submission(d, rng):
    s = Sheet()
    y = numbered(s, d["from_caps"], d)
    s.text(105, y + 16, "TỜ TRÌNH", 15, "bold", align="center")
    y = s.para(45, y + 23, 120, d["subject"], 12.5, "bold") + 3
    s.text(105, y, "Kính gửi: %s" % d["to"], 12.5, align="center")
    y = _body(s, y + 10, d["paras"], 12)
    sign(s, 145, y + 6, d["signer"], d["signer_name"])
    return [s]


def letter(d, rng):
    s = Sheet()
    y = numbered(s, d["from_caps"], d)
    s.para(24, y + 6, 60, d["subject"], 10.5)
    s.text(105, y + 24, "Kính gửi: %s" % d["to"], 12.5, align="center")
    y = _body(s, y + 36, d["paras"], 12)
    s.text(22, y + 8, "Nơi nhận:", 11, "bold")
    s.text(22, y + 14, "- Như trên;", 10, "ital")
    s.text(22, y + 19, "- Lưu: VT.", 10, "ital")
    sign(s, 145, y + 8, d["signer"], d["signer_name"])
    return [s]


def fee_notice(d, rng):
    s = Sheet()
    y = numbered(s, d["from_caps"], d)
    s.text(105, y + 16, "THÔNG BÁO", 15, "bold", align="center")
    s.text(105, y + 23, "Nộp tiền sử dụng đất", 13, "bold", align="center")
    y = _body(s, y + 34, [
        "Căn cứ phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai của %s." %
        d["office"],
        "1. Tên người nộp: %s." % d["who"],
        "2. Thửa đất số %s, tờ bản đồ số %s; diện tích phải nộp tiền sử dụng đất: %s m²." % (
            d["parcel"]["number"], d["parcel"]["sheet"], vn_num(d["fee_area"])),
        "3. Số tiền sử dụng đất phải nộp: %s đồng." % d["amount"],
        "4. Nộp vào Kho bạc Nhà nước %s trước ngày %s. Quá thời hạn trên mà chưa nộp thì phải "
        "nộp tiền chậm nộp theo quy định." % (d["treasury"], dmy(d["due"]))], 12, indent=0)
    sign(s, 145, y + 8, d["signer"], d["signer_name"])
    return [s]


def survey_a3(d, rng):
    """An A3 sheet scanned unfolded: the coordinates table on the left half,
    the plan on the right; the fold runs down the middle."""
    s = Sheet(420, 297)
    s.text(105, 18, d["office_caps"][0], 11, "bold", align="center")
    s.text(105, 24, d["office_caps"][1], 11, "bold", align="center")
    s.text(105, 40, "PHIẾU XÁC NHẬN KẾT QUẢ ĐO ĐẠC", 15, "bold", align="center")
    s.text(105, 47, "HIỆN TRẠNG THỬA ĐẤT", 15, "bold", align="center")
    p = d["parcel"]
    y = _body(s, 60, ["Người sử dụng đất: %s" % d["who"],
                      "Thửa đất số: %s; tờ bản đồ số: %s" % (p["number"], p["sheet"]),
                      "Địa chỉ thửa đất: %s" % p["address"],
                      "Diện tích đo đạc: %s m²" % vn_num(p["area"])], 12, x=20, w=170, indent=0)
    s.text(105, y + 6, "BẢNG TỌA ĐỘ ĐỈNH THỬA (VN-2000)", 12, "bold", align="center")
    y += 10
    for i, t in enumerate(["Điểm", "X (m)", "Y (m)", "Cạnh (m)"]):
        s.text(35 + i * 42, y + 5, t, 11, "bold", align="center")
    s.line(20, y, 190, y, 0.3)
    y += 8
    for k in range(1, 7):
        s.line(20, y, 190, y, 0.2)
        for i, t in enumerate([str(k), "%d.%03d,%02d" % (2300 + rng.randint(0, 99),
                                                         rng.randint(0, 999), rng.randint(0, 99)),
                               "%d.%03d,%02d" % (560 + rng.randint(0, 9), rng.randint(0, 999),
                                                 rng.randint(0, 99)),
                               "%.2f" % rng.uniform(5, 40)]):
            s.text(35 + i * 42, y + 5.5, t, 11, align="center")
        y += 8
    s.line(20, y, 190, y, 0.3)
    s.text(315, 30, "SƠ ĐỒ THỬA ĐẤT", 13, "bold", align="center")
    sketch(s, 240, 40, 150, 150, d, rng)
    s.text(105, 250, "Đơn vị đo đạc", 11, "bold", align="center")
    s.text(315, 250, "Người sử dụng đất", 11, "bold", align="center")
    s.signature(95, 262)
    s.signature(305, 262)
    return [s]


def card_copy(d, rng):
    """The two sides of a citizen card photocopied on one A4 page, certified."""
    s = Sheet(210, 297, "#f6f6f6")
    o = d["holder"]
    for k, y in enumerate((30, 110)):
        s.rect(40, y, 130, 82, 0.6, "#333333", "#d9d9d9", 0.6)
    s.rect(46, 42, 26, 34, 0.3, "#333333", "#a8a8a8")
    s.text(120, 40, "CĂN CƯỚC CÔNG DÂN", 12, "bold", align="center")
    s.text(120, 47, "Citizen Identity Card", 8.5, "ital", align="center")
    for i, t in enumerate(["Số / No.: %s" % o["id_number"], "Họ và tên / Full name:",
                           o["name"].upper(), "Ngày sinh / Date of birth: %02d/%02d/%d" % (
                               rng.randint(1, 28), rng.randint(1, 12), o["birth_year"]),
                           "Giới tính / Sex: %s" % ("Nam" if o["gender"] == "M" else "Nữ"),
                           "Nơi thường trú: %s" % o["address"]]):
        s.para(76, 55 + i * 6, 92, t, 9 if i != 2 else 10, "bold" if i == 2 else "reg")
    s.text(105, 120, "Đặc điểm nhân dạng: nốt ruồi cách 2 cm trên đuôi mắt trái", 9,
           align="center")
    s.text(120, 140, "CỤC TRƯỞNG CỤC CẢNH SÁT", 8.5, "bold", align="center")
    s.text(120, 145, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", 8.5, "bold", align="center")
    s.seal(95, 160, 10)
    s.stamp(52, 225, "SAO Y BẢN CHÍNH", 15)
    s.text(62, 240, "Ngày %s" % dmy(d["certified"]), 11, "hand", "#1f3a93")
    return [s]


def blank(d, rng):
    s = Sheet(210, 297, "#fdfdfb")
    s.ellipse(12, 60, 3, 3, 0.2, "#bbbbbb", fill="#dddddd")
    s.ellipse(12, 237, 3, 3, 0.2, "#bbbbbb", fill="#dddddd")
    return [s]


PAPERS = {"cover": (cover, "other"), "receipt": (receipt, "form"),
          "application": (application, "form"), "decision": (decision, "decision"),
          "submission": (submission, "submission"), "letter": (letter, "letter"),
          "fee": (fee_notice, "fee-notice"), "survey": (survey_a3, "form"),
          "card": (card_copy, "other"), "blank": (blank, "other")}
