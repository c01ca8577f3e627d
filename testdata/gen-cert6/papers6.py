"""papers6: the other papers of a dossier (tờ trình, biên bản, đơn, phiếu,
thông báo nộp tiền, công văn, a decision, a dossier's index) on A4 pages.

Each function takes the dossier d (its people, parcel, offices and dates)
and returns its Pages."""
from draw6 import Page, mm, px
from model6 import USES, vn_num, long_date

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
X0, X1 = mm(25), mm(190)


def header(p, left, number, town, date, hand=None):
    """Two-column head: the office on the left with its number, the nation
    and the place and date on the right; hand = (number, day, month) by hand."""
    lx, rx = mm(55), mm(140)
    y = mm(18)
    for i, ln in enumerate(left):
        p.text(lx, y, ln, "bold" if i == len(left) - 1 else "reg", 11.5, anchor="middle")
        y += int(px(11.5) * 1.35)
    p.rule(lx - mm(14), y - mm(3), lx + mm(14), y - mm(3))
    p.text(rx, mm(18), NATION, "bold", 11.5, anchor="middle")
    p.text(rx, mm(18) + int(px(12) * 1.35), MOTTO, "bold", 12, anchor="middle")
    p.rule(rx - mm(25), mm(27), rx + mm(25), mm(27))
    ny = max(y, mm(34)) + mm(2)
    if number:
        if hand:
            no, tail = number.split("/", 1)
            p.text(lx - mm(22), ny, "Số:", "reg", 12)
            p.hand(lx - mm(13), ny, no, 14, keep=False)
            p.text(lx - mm(1), ny, "/" + tail, "reg", 12, keep=False)
            p.texts.append("Số: %s" % number)
        else:
            p.text(lx, ny, "Số: %s" % number, "reg", 12, anchor="middle")
    y, m, dd = date.split("-")
    if hand:
        p.text(rx - mm(38), ny + mm(1), "%s, ngày" % town, "ital", 12.5, keep=False)
        x = rx - mm(38) + int(p.width("%s, ngày " % town, "ital", 12.5))
        x = p.hand(x, ny + mm(1), str(int(dd)), 13, keep=False) + mm(2)
        p.text(x, ny + mm(1), "tháng", "ital", 12.5, keep=False)
        x = p.hand(x + mm(12), ny + mm(1), str(int(m)), 13, keep=False) + mm(2)
        p.text(x, ny + mm(1), "năm %s" % y, "ital", 12.5, keep=False)
        p.texts.append("%s, %s" % (town, long_date(date, False)))
    else:
        p.text(rx, ny + mm(1), "%s, %s" % (town, long_date(date)), "ital", 12.5, anchor="middle")
    return ny + mm(14)


def signer(p, y, lines, name, ring, seal=True):
    x = mm(145)
    for ln in lines:
        p.text(x, y, ln, "bold", 12, anchor="middle")
        y += int(px(12) * 1.4)
    if seal:
        p.seal(x - mm(14), y + mm(10), ring)
    p.signature(x - mm(10), y + mm(12))
    p.text(x, y + mm(28), name, "bold", 12, anchor="middle")
    return y + mm(34)


def recipients(p, y, who):
    p.text(X0, y, "Nơi nhận:", "bital", 11)
    y += int(px(11) * 1.35)
    for w in who:
        p.text(X0, y, "- %s;" % w, "reg", 10)
        y += int(px(10) * 1.35)
    return y


def body(p, y, paras, pt=12.5):
    for s in paras:
        y = p.para(X0, y, X1 - X0, s, "reg", pt, indent=mm(10)) + mm(1)
    return y


def owner_line(o):
    return "%s %s, sinh năm %d, %s số %s, thường trú tại %s" % (
        "ông" if o["gender"] == "M" else "bà", o["name"], o["birth_year"],
        {"cmnd": "CMND", "cccd": "CCCD", "dinh-danh": "số định danh cá nhân"}[o["id_type"]],
        o["id_number"], o["address"])


def submission(rnd, d, pages=1):
    p = Page(rnd)
    y = header(p, [d["office"]["up"], d["office"]["name"]], d["sub_no"], d["town"], d["sub_date"])
    y = p.centre(y, "TỜ TRÌNH", "head", 15)
    y = p.centre(y, "Về việc %s" % d["subject"], "bold", 12.5)
    y = p.centre(y + mm(2), "Kính gửi: %s" % d["council"], "reg", 12.5)
    pc = d["parcel"]
    paras = ["Căn cứ Luật Đất đai và các văn bản hướng dẫn thi hành;",
             "Xét đơn đề nghị của %s về việc %s đối với thửa đất số %s, tờ bản đồ số %s, "
             "diện tích %s m² tại %s;" % (owner_line(d["owner"]), d["subject"], pc["number"],
                                         pc["sheet"], vn_num(pc["area"]), pc["address"]),
             "Sau khi kiểm tra hồ sơ và xác minh thực địa, %s nhận thấy việc đề nghị là phù hợp "
             "với quy hoạch, kế hoạch sử dụng đất đã được phê duyệt." % d["office"]["name"].lower()
             .replace("phòng", "Phòng", 1)]
    y = body(p, y + mm(2), paras)
    out = [p]
    if pages == 2:
        p = Page(rnd)
        p.centre(mm(12), "2", "reg", 11)
        y = mm(24)
    y = body(p, y, ["Kính trình %s xem xét, quyết định./." % d["council"]])
    y = signer(p, y + mm(4), ["TRƯỞNG PHÒNG"], d["office"]["head"], d["office"]["ring"])
    recipients(p, y, ["Như trên", "Lưu: VT"])
    if pages == 2:
        out.append(p)
    return out


def inspection(rnd, d):
    """Biên bản xác minh hiện trạng: a record, no number."""
    p = Page(rnd)
    y = header(p, ["ỦY BAN NHÂN DÂN", d["commune_name"].upper()], None, d["commune_town"],
               d["insp_date"])
    y = p.centre(y, "BIÊN BẢN", "head", 15)
    y = p.centre(y, "Xác minh hiện trạng sử dụng đất", "bold", 12.5)
    pc = d["parcel"]
    paras = ["Hôm nay, vào hồi 8 giờ 30 phút %s, tại thửa đất số %s, tờ bản đồ số %s, "
             "chúng tôi gồm:" % (long_date(d["insp_date"]), pc["number"], pc["sheet"]),
             "1. Đại diện Ủy ban nhân dân xã: ông %s - Công chức địa chính - xây dựng;" % d["clerk"],
             "2. Người sử dụng đất: %s." % owner_line(d["owner"]),
             "Kết quả xác minh: thửa đất đang sử dụng ổn định, không có tranh chấp; ranh giới "
             "thửa đất đã được xác định bằng mốc giới; hiện trạng trên đất có nhà ở và cây lâu năm.",
             "Biên bản kết thúc hồi 10 giờ cùng ngày, đã đọc lại cho các bên cùng nghe và thống "
             "nhất ký tên dưới đây."]
    y = body(p, y + mm(2), paras)
    for i, (who, nm) in enumerate([("NGƯỜI SỬ DỤNG ĐẤT", d["owner"]["name"]),
                                   ("CÔNG CHỨC ĐỊA CHÍNH", d["clerk"])]):
        x = mm(55) if i == 0 else mm(150)
        p.text(x, y + mm(6), who, "bold", 11.5, anchor="middle")
        p.signature(x - mm(12), y + mm(18), mm(26))
        p.text(x, y + mm(32), nm, "bold", 11.5, anchor="middle")
    return [p]


def _blank_form(rnd, title, sub, items, d, to=None):
    """A form of numbered items with dotted fill lines, some filled by hand."""
    p = Page(rnd)
    y = p.centre(mm(20), NATION, "bold", 12)
    y = p.centre(y, MOTTO, "bold", 12.5)
    p.rule(mm(80), y - mm(3), mm(130), y - mm(3))
    y = p.centre(y + mm(8), title, "head", 14.5)
    if sub:
        y = p.centre(y, sub, "ital", 11.5)
    if to:
        y = p.centre(y + mm(2), "Kính gửi: %s" % to, "reg", 12.5)
    y += mm(4)
    for lab, val in items:
        p.text(X0, y, lab, "reg", 12)
        x = X0 + int(p.width(lab, "reg", 12)) + mm(3)
        p.ops.append('stroke "#777" stroke-width 2 stroke-dasharray 4,8 line %d,%d %d,%d '
                     'stroke-dasharray none' % (x, y + 8, X1, y + 8))
        if val:
            p.hand(x + mm(2), y - 4, val, 12.5)
        y += mm(10)
    return p, y


def application(rnd, d):
    o, pc = d["owner"], d["parcel"]
    p, y = _blank_form(rnd, "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI, TÀI SẢN GẮN LIỀN VỚI ĐẤT", None, [
        ("1. Người sử dụng đất:", o["name"]), ("   Năm sinh:", str(o["birth_year"])),
        ("   Giấy tờ nhân thân số:", o["id_number"]), ("   Địa chỉ:", None),
        ("2. Thửa đất số:", pc["number"]), ("   Tờ bản đồ số:", pc["sheet"]),
        ("3. Nội dung biến động:", d["subject"][:38]),
        ("4. Lý do biến động:", None), ("5. Giấy tờ kèm theo:", None)],
        d, to="Văn phòng đăng ký đất đai")
    p.text(mm(145), y + mm(6), "NGƯỜI VIẾT ĐƠN", "bold", 12, anchor="middle")
    p.signature(mm(132), y + mm(20), mm(26))
    return [p]


def transfer_form(rnd, d):
    pc = d["parcel"]
    p, y = _blank_form(rnd, "PHIẾU CHUYỂN THÔNG TIN", "để xác định nghĩa vụ tài chính về đất đai", [
        ("I. Người sử dụng đất:", d["owner"]["name"]),
        ("II. Thửa đất số:", pc["number"]), ("   Tờ bản đồ số:", pc["sheet"]),
        ("   Diện tích (m²):", vn_num(pc["area"])), ("III. Loại đất:", USES[pc["purposes"][0]["land_use"]]),
        ("IV. Giá đất:", None), ("V. Những giấy tờ kèm theo:", None)], d,
        to=d["tax"]["name"])
    p.text(mm(145), y + mm(6), "GIÁM ĐỐC CHI NHÁNH", "bold", 12, anchor="middle")
    p.seal(mm(131), y + mm(22), d["office"]["ring"])
    p.signature(mm(135), y + mm(22))
    return [p]


def fee_notice(rnd, d):
    """Thông báo nộp tiền sử dụng đất: a tax office's notice with its table of sums."""
    p = Page(rnd)
    tx = d["tax"]
    y = header(p, [tx["up"], tx["name"].upper()], tx["no"], d["town"], d["fee_date"])
    y = p.centre(y, "THÔNG BÁO", "head", 15)
    y = p.centre(y, "Nộp tiền sử dụng đất", "bold", 12.5)
    o, pc = d["owner"], d["parcel"]
    y = body(p, y + mm(2), ["Căn cứ phiếu chuyển thông tin của Văn phòng đăng ký đất đai, %s "
                            "thông báo nộp tiền sử dụng đất như sau:" % tx["name"],
                            "Tên người nộp: %s; địa chỉ: %s." % (o["name"], o["address"]),
                            "Thửa đất số %s, tờ bản đồ số %s; diện tích phải nộp tiền: %s m²." % (
                                pc["number"], pc["sheet"], vn_num(d["fee_area"]))])
    rows = [("STT", "Khoản phải nộp", "Số tiền (đồng)"), ("1", "Tiền sử dụng đất", d["fee"]),
            ("2", "Lệ phí trước bạ", d["fee2"]), ("", "Tổng cộng", d["fee_total"])]
    xs = [X0, X0 + mm(15), X0 + mm(110), X1]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            p.text(xs[k] + 12, y + mm(7) + mm(10) * r, cell, "bold" if r in (0, 3) else "reg", 12)
        p.rule(X0, y + mm(10) * r, X1, y + mm(10) * r)
    p.rule(X0, y + mm(40), X1, y + mm(40))
    for xx in xs:
        p.rule(xx, y, xx, y + mm(40))
    y = body(p, y + mm(46), ["Thời hạn nộp: chậm nhất là 30 ngày kể từ ngày ký thông báo này. "
                             "Quá thời hạn phải nộp tiền chậm nộp theo quy định."])
    signer(p, y + mm(4), ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], tx["head"], tx["ring"])
    return [p]


def letter(rnd, d):
    """A công văn: number and 'V/v' on the left, 'Kính gửi', no title."""
    p = Page(rnd)
    y = header(p, [d["council_up"], d["council_name"]], d["letter_no"], d["town"], d["letter_date"])
    p.text(mm(55), y - mm(8), "V/v %s" % d["letter_subject"], "ital", 11, anchor="middle")
    y = p.centre(y + mm(4), "Kính gửi: %s" % d["letter_to"], "reg", 12.5)
    pc = d["parcel"]
    y = body(p, y + mm(4), [
        "Ủy ban nhân dân nhận được văn bản đề nghị về việc %s đối với thửa đất số %s, tờ bản đồ "
        "số %s tại %s." % (d["letter_subject"], pc["number"], pc["sheet"], pc["address"]),
        "Sau khi xem xét, Ủy ban nhân dân đề nghị cơ quan chuyên môn phối hợp kiểm tra hồ sơ, "
        "hoàn thiện thủ tục theo quy định và báo cáo kết quả trước ngày 30 của tháng."])
    y = signer(p, y + mm(6), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
               d["council_head"], d["council_ring"])
    recipients(p, y, ["Như trên", "Lưu: VT"])
    return [p]


def decision(rnd, d, hand=False):
    """The decision: Căn cứ, QUYẾT ĐỊNH:, Điều 1 with its table of parcels,
    Điều 2-3 and the signature on a second page."""
    p = Page(rnd)
    dec = d["decision"]
    y = header(p, [d["council_up"], d["council_name"]], dec["number"], d["town"], dec["date"],
               hand=hand)
    y = p.centre(y, "QUYẾT ĐỊNH", "head", 15)
    y = p.centre(y, "Về việc %s" % d["dec_subject"], "bold", 12.5)
    y = p.centre(y, "%s %s" % (d["council_up"], d["council_name"]), "bold", 12.5)
    y = body(p, y + mm(2), ["Căn cứ Luật Tổ chức chính quyền địa phương;",
                            "Căn cứ Luật Đất đai và các nghị định hướng dẫn thi hành;",
                            "Xét đề nghị của %s tại Tờ trình số %s." % (d["office"]["name"], d["sub_no"])])
    y = p.centre(y + mm(2), "QUYẾT ĐỊNH:", "head", 13)
    o, pc = d["owner"], d["parcel"]
    y = body(p, y, ["Điều 1. %s cho %s, cụ thể như sau:" % (d["dec_verb"], owner_line(o))])
    heads = ["STT", "Thửa số", "Tờ BĐ", "Diện tích (m²)", d["col4"], d["col5"]]
    xs = [X0, X0 + mm(12), X0 + mm(30), X0 + mm(46), X0 + mm(76), X0 + mm(122), X1]
    row = ["1", pc["number"], pc["sheet"], vn_num(d["dec_area"]), d["from_use"], d["to_use"]]
    for r, cells in enumerate([heads, row]):
        for k, cell in enumerate(cells):
            p.para(xs[k] + 8, y + mm(6) + mm(14) * r, xs[k + 1] - xs[k] - 14, cell,
                   "bold" if r == 0 else "reg", 10.5, lead=1.2)
    for r in range(3):
        p.rule(X0, y + mm(14) * r, X1, y + mm(14) * r)
    for xx in xs:
        p.rule(xx, y, xx, y + mm(28))
    y = body(p, y + mm(34), ["Vị trí, ranh giới khu đất được xác định theo trích lục bản đồ địa "
                             "chính do Văn phòng đăng ký đất đai lập."])
    p2 = Page(rnd)
    p2.centre(mm(12), "2", "reg", 11)
    y = body(p2, mm(24), [
        "Điều 2. %s có trách nhiệm nộp tiền theo thông báo của cơ quan thuế, sử dụng đất đúng "
        "mục đích; %s chỉnh lý hồ sơ địa chính và cấp, chỉnh lý Giấy chứng nhận." % (
            o["name"], d["office"]["name"]),
        "Điều 3. Chánh Văn phòng, Trưởng %s, Chủ tịch %s và các ông (bà) có tên tại Điều 1 "
        "chịu trách nhiệm thi hành Quyết định này./." % (d["office"]["name"], d["commune_name"])])
    y = signer(p2, y + mm(6), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
               d["council_head"], d["council_ring"])
    recipients(p2, y, ["Như Điều 3", "Chi cục Thuế", "Lưu: VT"])
    return [p, p2]


def index(rnd, d):
    """The dossier's cover and index: kind 'other'."""
    p = Page(rnd)
    y = p.centre(mm(30), d["office"]["name"].upper(), "bold", 12.5)
    y = p.centre(y + mm(14), "HỒ SƠ", "head", 22)
    y = p.centre(y, d["subject"][0].upper() + d["subject"][1:], "bold", 13)
    y = p.centre(y + mm(6), "Mã hồ sơ: %s" % d["dossier_code"], "mono", 11)
    y = p.centre(y + mm(6), "MỤC LỤC VĂN BẢN", "bold", 13)
    xs = [X0, X0 + mm(15), X0 + mm(125), X1]
    for r, (a, b, c) in enumerate([("STT", "Tên tài liệu", "Số tờ")] + [
            (str(i + 1), t, n) for i, (t, n) in enumerate(d["index"])]):
        for k, cell in enumerate((a, b, c)):
            p.text(xs[k] + 12, y + mm(7) + mm(10) * r, cell, "bold" if r == 0 else "reg", 11.5)
        p.rule(X0, y + mm(10) * r, X1, y + mm(10) * r)
    n = len(d["index"]) + 1
    p.rule(X0, y + mm(10) * n, X1, y + mm(10) * n)
    for xx in xs:
        p.rule(xx, y, xx, y + mm(10) * n)
    p.centre(y + mm(10) * n + mm(14), "Người lập: %s" % d["clerk"], "ital", 11.5)
    return [p]


PAPERS = {"submission": submission, "inspection": inspection, "application": application,
          "transfer-form": transfer_form, "fee-notice": fee_notice, "letter": letter,
          "decision": decision, "index": index}
KIND = {"submission": "submission", "inspection": "form", "application": "form",
        "transfer-form": "form", "fee-notice": "fee-notice", "letter": "letter",
        "decision": "decision", "index": "other"}
