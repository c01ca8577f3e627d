"""The other papers of a dossier, on plain A4: the decision (quyết định),
the land department's submission (tờ trình), forms and records (đơn, biên
bản, phiếu chuyển thông tin), the tax office's fee notice and a letter
(công văn).  paper() lays out any of them and runs onto more pages when the
text does not fit; it returns [(Page, kind)]."""

from draw import Page, A4_W, A4_H, SERIF, SERIF_B, SERIF_I, seal, signature, hand, wrap
from people import area_vn, long_date


def header(pg, org, number, place, date, rng, hand_date=False):
    """Two columns: the body on the left, the motto on the right; the number
    under the body and the date under the motto."""
    lx, rx = 380, A4_W - 520
    y = 150
    for i, s in enumerate(org):
        pg.text(lx, y + i * 42, s, 28, SERIF_B if i == len(org) - 1 else SERIF, anchor="middle")
    pg.line(lx - 90, y + len(org) * 42 - 24, lx + 90, y + len(org) * 42 - 24, width=2)
    pg.text(rx, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 28, SERIF_B, anchor="middle")
    pg.text(rx, y + 42, "Độc lập - Tự do - Hạnh phúc", 29, SERIF_B, anchor="middle")
    pg.line(rx - 190, y + 56, rx + 190, y + 56, width=2)
    yy = y + max(len(org), 2) * 42 + 40
    if number:
        pg.text(lx, yy, "Số: " + number, 28, anchor="middle")
    if hand_date:                       # "ngày .. tháng .. năm" filled in by pen
        y_, m_, d_ = date.split("-")
        pg.text(rx - 330, yy, "%s, ngày ....... tháng ....... năm %s" % (place, y_), 28, SERIF_I)
        hand(pg, rx - 330 + 28 * 0.49 * (len(place) + 8), yy - 6, str(int(d_)), rng, 32)
        hand(pg, rx - 330 + 28 * 0.49 * (len(place) + 24), yy - 6, str(int(m_)), rng, 32)
    else:
        pg.text(rx, yy, "%s, %s" % (place, long_date(date)), 28, SERIF_I, anchor="middle")
    pg.y = yy + 110


def paper(kind, d, rng):
    """d: org (lines), number, place, date, title (lines), subject, to,
    paras [(text, style)], recipients, signer (lines), name, rows (a table
    for forms), hand_date."""
    pages = []
    pg = Page(A4_W, A4_H, margin=170)
    header(pg, d["org"], d.get("number"), d["place"], d["date"], rng, d.get("hand_date"))
    for t in d["title"]:
        pg.centre(t, 36, SERIF_B, step=50)
    if d.get("subject"):
        pg.centre(d["subject"], 30, SERIF_B, step=44)
    pg.y += 30
    if d.get("to"):
        pg.centre("Kính gửi: " + d["to"], 30, SERIF, step=70)
    pages.append((pg, kind))

    def room(n):
        nonlocal pg
        if pg.y + n > A4_H - 180:
            pg = Page(A4_W, A4_H, margin=170)
            pg.y = 170
            pg.text(A4_W // 2, 90, str(len(pages) + 1), 26, anchor="middle")
            pages.append((pg, kind))

    for text, style in d["paras"]:
        font = {"b": SERIF_B, "i": SERIF_I}.get(style, SERIF)
        if style == "c":
            room(50)
            pg.centre(text, 30, SERIF_B, step=50)
            continue
        n = len(wrap(text, pg.right - pg.left - 60, 30))
        room(44 * min(n, 3))
        pg.para(text, 30, font, first=60 if style != "b" else 0)
        pg.y += 8
    if d.get("rows"):
        room(60 * len(d["rows"]) + 40)
        table(pg, d["rows"])
    room(420)
    pg.y += 30
    y0 = pg.y
    if d.get("recipients"):
        pg.text(pg.left, y0, "Nơi nhận:", 26, SERIF_B)
        for i, s in enumerate(d["recipients"]):
            pg.text(pg.left, y0 + 36 * (i + 1), "- " + s, 24)
    x = A4_W - 480
    for i, s in enumerate(d["signer"]):
        pg.text(x, y0 + 40 * i, s, 29, SERIF_B, anchor="middle")
    sy = y0 + 40 * len(d["signer"])
    signature(pg, x - 120, sy + 90, rng)
    pg.text(x, sy + 220, d["name"], 30, SERIF_B, anchor="middle")
    if d.get("seal"):
        seal(pg, x - 110, sy + 60, rng, d["seal"], r=130)
    pg.y = sy + 260
    return pages


def table(pg, rows):
    """A ruled table of label | value rows (forms, the fee notice)."""
    x0, x1, x2 = pg.left, pg.left + 700, pg.right
    top = pg.y
    for r in rows:
        pg.line(x0, pg.y, x2, pg.y, width=2)
        pg.text(x0 + 14, pg.y + 40, r[0], 27)
        pg.text(x1 + 14, pg.y + 40, r[1], 27)
        pg.y += 60
    pg.line(x0, pg.y, x2, pg.y, width=2)
    for x in (x0, x1, x2):
        pg.line(x, top, x, pg.y, width=2)
    pg.y += 40


def money(rng):
    n = rng.randint(15, 900) * 1000 * rng.choice([100, 10])
    return "{:,}".format(n).replace(",", ".")


def base(s):
    """What every paper of one dossier shares."""
    c = s["cert"]
    return {"place": c["_district"], "owner": c["owners"][0], "parcel": c["parcel"],
            "district": "%s %s" % (c["_dtype"], c["_district"]),
            "DISTRICT": "%s %s" % (c["_dtype_up"], c["_district_up"])}


LONG_BASES = [
    ("Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ sửa đổi, bổ "
     "sung một số nghị định quy định chi tiết thi hành Luật Đất đai;", "i"),
    ("Căn cứ Thông tư số 30/2014/TT-BTNMT ngày 02 tháng 6 năm 2014 của Bộ Tài nguyên và Môi "
     "trường quy định về hồ sơ giao đất, cho thuê đất, chuyển mục đích sử dụng đất, thu hồi "
     "đất;", "i"),
    ("Căn cứ Quyết định của Ủy ban nhân dân tỉnh ban hành bảng giá đất giai đoạn 2020 - 2024 "
     "trên địa bàn tỉnh;", "i")]
LONG_TERMS = [
    ("Vị trí, ranh giới khu đất được xác định theo trích lục bản đồ địa chính do Chi nhánh "
     "Văn phòng đăng ký đất đai lập và xác nhận.", ""),
    ("Giá đất tính tiền sử dụng đất: theo bảng giá đất và hệ số điều chỉnh giá đất do Ủy ban "
     "nhân dân tỉnh ban hành. Phương thức nộp tiền: nộp một lần.", ""),
    ("Những hạn chế về quyền của người sử dụng đất: không có.", "")]


def decision(s, rng):
    b, dd = base(s), s["decision"]
    o, p = b["owner"], b["parcel"]
    who = ("ông " if o["gender"] == "M" else "bà ") + o["name"]
    return paper("decision", {
        "org": ["ỦY BAN NHÂN DÂN", b["DISTRICT"]], "number": dd["number"], "place": b["place"],
        "date": dd["date"], "title": ["QUYẾT ĐỊNH"], "hand_date": dd.get("hand"),
        "subject": "Về việc cho phép chuyển mục đích sử dụng đất",
        "paras": [("ỦY BAN NHÂN DÂN " + b["DISTRICT"], "c"),
                  ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "i"),
                  ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;", "i"),
                  ("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
                   "quy định chi tiết thi hành một số điều của Luật Đất đai;", "i"),
                  ("Căn cứ Quyết định phê duyệt kế hoạch sử dụng đất hằng năm của "
                   + b["district"] + ";", "i"),
                  *LONG_BASES * dd.get("long", False),
                  ("Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số "
                   + s["submission"]["number"] + ".", "i"),
                  ("QUYẾT ĐỊNH:", "c"),
                  ("Điều 1. Cho phép %s, địa chỉ thường trú: %s được chuyển mục đích sử dụng "
                   "%s m² đất từ đất trồng cây lâu năm sang đất ở tại nông thôn, thuộc thửa "
                   "đất số %s, tờ bản đồ số %s, tại %s." % (who, o["address"],
                                                         area_vn(dd["area"]), p["number"],
                                                         p["sheet"], p["address"]), ""),
                  ("Thời hạn sử dụng đất: Lâu dài. Hình thức sử dụng: sử dụng riêng.", ""),
                  *LONG_TERMS * dd.get("long", False),
                  ("Điều 2. %s có trách nhiệm nộp tiền sử dụng đất theo quy định; Phòng Tài "
                   "nguyên và Môi trường chỉnh lý hồ sơ địa chính, Chi nhánh Văn phòng đăng ký "
                   "đất đai xác nhận nội dung thay đổi vào Giấy chứng nhận đã cấp." %
                   (who[0].upper() + who[1:]), ""),
                  ("Điều 3. Chánh Văn phòng HĐND và UBND, Trưởng phòng Tài nguyên và Môi trường, "
                   "Chi cục trưởng Chi cục Thuế, Chủ tịch UBND %s và %s chịu trách nhiệm thi "
                   "hành Quyết định này." % (p["address"].split(", ")[1], who), "")],
        "recipients": ["Như Điều 3;", "Lưu: VT, TNMT."],
        "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "name": s["names"][0], "seal": ["ỦY BAN NHÂN DÂN", "*", b["DISTRICT"]]}, rng)


def submission(s, rng):
    b, t = base(s), s["submission"]
    o, p = b["owner"], b["parcel"]
    return paper("submission", {
        "org": ["ỦY BAN NHÂN DÂN " + b["DISTRICT"], "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
        "number": t["number"], "place": b["place"], "date": t["date"], "title": ["TỜ TRÌNH"],
        "subject": "Về việc đề nghị cho phép chuyển mục đích sử dụng đất",
        "to": "Ủy ban nhân dân " + b["district"],
        "paras": [("Căn cứ hồ sơ đề nghị chuyển mục đích sử dụng đất của hộ %s %s; kết quả "
                   "kiểm tra thực địa ngày %s." % ("ông" if o["gender"] == "M" else "bà",
                                                  o["name"], long_date(t["date"])[5:]), ""),
                  ("Phòng Tài nguyên và Môi trường kính trình Ủy ban nhân dân %s xem xét, cho "
                   "phép chuyển mục đích sử dụng %s m² đất từ đất trồng cây lâu năm sang đất "
                   "ở tại nông thôn tại thửa đất số %s, tờ bản đồ số %s." %
                   (b["district"], area_vn(s["decision"]["area"]), p["number"], p["sheet"]), ""),
                  ("Vị trí thửa đất phù hợp với kế hoạch sử dụng đất đã được phê duyệt.", ""),
                  ("Kính trình Ủy ban nhân dân %s xem xét, quyết định./." % b["district"], "")],
        "recipients": ["Như trên;", "Lưu: TNMT."],
        "signer": ["TRƯỞNG PHÒNG"], "name": s["names"][1],
        "seal": ["PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "*", b["DISTRICT"]]}, rng)


def transfer_form(s, rng):
    b = base(s)
    o, p = b["owner"], b["parcel"]
    return paper("form", {
        "org": ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH " + b["DISTRICT"]],
        "number": "%d/PCTT-CNVP" % rng.randint(100, 3000), "place": b["place"],
        "date": min(s["after"]),
        "title": ["PHIẾU CHUYỂN THÔNG TIN ĐỂ XÁC ĐỊNH", "NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI"],
        "to": "Chi cục Thuế khu vực " + b["district"],
        "paras": [("I. THÔNG TIN VỀ NGƯỜI SỬ DỤNG ĐẤT", "b"),
                  ("1. Tên người sử dụng đất: " + o["name"], ""),
                  ("2. Địa chỉ gửi thông báo nộp tiền: " + o["address"], ""),
                  ("II. THÔNG TIN VỀ THỬA ĐẤT", "b")],
        "rows": [["Thửa đất số", p["number"]], ["Tờ bản đồ số", p["sheet"]],
                 ["Diện tích chuyển mục đích", area_vn(s["decision"]["area"]) + " m²"],
                 ["Mục đích trước khi chuyển", "Đất trồng cây lâu năm"],
                 ["Mục đích sau khi chuyển", "Đất ở tại nông thôn"],
                 ["Vị trí, khu vực", "Vị trí %d" % rng.randint(1, 3)]],
        "signer": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "name": s["names"][2],
        "seal": ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "*", b["DISTRICT"]]}, rng)


def fee_notice(s, rng):
    b = base(s)
    o, p = b["owner"], b["parcel"]
    amount = money(rng)
    return paper("fee-notice", {
        "org": ["CỤC THUẾ TỈNH " + s["cert"]["_province_up"], "CHI CỤC THUẾ KHU VỰC"],
        "number": "%d/TB-CCT" % rng.randint(100, 9000), "place": b["place"],
        "date": max(s["after"]), "title": ["THÔNG BÁO", "NỘP TIỀN SỬ DỤNG ĐẤT"],
        "paras": [("Căn cứ Phiếu chuyển thông tin của Chi nhánh Văn phòng đăng ký đất đai, Chi "
                   "cục Thuế thông báo nộp tiền sử dụng đất như sau:", ""),
                  ("Tên người nộp tiền: " + o["name"], ""),
                  ("Địa chỉ thửa đất: " + p["address"], "")],
        "rows": [["Diện tích phải nộp tiền", area_vn(s["decision"]["area"]) + " m²"],
                 ["Giá đất tính tiền sử dụng đất", money(rng) + " đồng/m²"],
                 ["Số tiền phải nộp", amount + " đồng"],
                 ["Thời hạn nộp", "30 ngày kể từ ngày ký thông báo"]],
        "signer": ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "name": s["names"][3],
        "seal": ["CHI CỤC THUẾ", "*", s["cert"]["_province_up"]]}, rng)


def application(s, rng):
    b = base(s)
    o, p = b["owner"], b["parcel"]
    return paper("form", {
        "org": ["Mẫu số 04a/ĐK"], "number": None, "place": b["place"],
        "date": s["submission"]["date"],
        "title": ["ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,", "TÀI SẢN GẮN LIỀN VỚI ĐẤT"],
        "to": "Chi nhánh Văn phòng đăng ký đất đai " + b["district"],
        "paras": [("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ", "b"),
                  ("1. Người sử dụng đất: " + o["name"] + ", năm sinh: %d" % o["birth_year"], ""),
                  ("2. Địa chỉ: " + o["address"], ""),
                  ("3. Thửa đất số %s, tờ bản đồ số %s, diện tích %s m²." %
                   (p["number"], p["sheet"], area_vn(p["area"])), ""),
                  ("4. Nội dung biến động: chuyển mục đích sử dụng %s m² sang đất ở." %
                   area_vn(s["decision"]["area"]), ""),
                  ("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật.", "i")],
        "signer": ["NGƯỜI VIẾT ĐƠN", "(Ký, ghi rõ họ tên)"], "name": o["name"]}, rng)


def site_record(s, rng):
    b = base(s)
    o, p = b["owner"], b["parcel"]
    return paper("form", {
        "org": ["ỦY BAN NHÂN DÂN", p["address"].split(", ")[1].upper()], "number": None,
        "place": b["place"], "date": s["submission"]["date"],
        "title": ["BIÊN BẢN"], "subject": "Xác minh hiện trạng sử dụng đất",
        "paras": [("Hôm nay, %s, tại thửa đất số %s, tờ bản đồ số %s, chúng tôi gồm: đại diện "
                   "UBND xã, cán bộ địa chính và người sử dụng đất là %s." %
                   (long_date(s["submission"]["date"]), p["number"], p["sheet"], o["name"]), ""),
                  ("Kết quả xác minh: thửa đất đang sử dụng ổn định, không có tranh chấp, ranh "
                   "giới rõ ràng; hiện trạng là đất trồng cây lâu năm.", ""),
                  ("Biên bản được lập thành 03 bản, các bên cùng thống nhất ký tên.", "")],
        "signer": ["CÁN BỘ ĐỊA CHÍNH"], "name": s["names"][2]}, rng)


def letter(s, rng):
    b = base(s)
    o = b["owner"]
    return paper("letter", {
        "org": ["ỦY BAN NHÂN DÂN", b["DISTRICT"]],
        "number": "%d/UBND-TNMT" % rng.randint(100, 2500), "place": b["place"],
        "date": s["submission"]["date"], "title": [],
        "subject": "V/v xác nhận nguồn gốc sử dụng đất",
        "to": "Chi nhánh Văn phòng đăng ký đất đai " + b["district"],
        "paras": [("Ủy ban nhân dân %s nhận được đơn của %s đề nghị xác nhận nguồn gốc thửa "
                   "đất đang sử dụng." % (b["district"], o["name"]), ""),
                  ("Ủy ban nhân dân %s đề nghị Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ "
                   "sơ địa chính, trả lời bằng văn bản trước ngày 30 của tháng./." % b["district"],
                   "")],
        "recipients": ["Như trên;", "Lưu: VT."],
        "signer": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "name": s["names"][0],
        "seal": ["ỦY BAN NHÂN DÂN", "*", b["DISTRICT"]]}, rng)


PAPERS = {"decision": decision, "submission": submission, "transfer-form": transfer_form,
          "fee-notice": fee_notice, "application": application, "site-record": site_record,
          "letter": letter}
