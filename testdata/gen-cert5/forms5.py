"""The papers of gen-cert5: land-use certificates of three generations
(red book before 2009, in its 1990s and its Nghị định 181 (2004) forms;
the pink 2009-2024 form; the 2024 form with a QR code) and the other papers
of a dossier.  Each function returns its Pages; the wording follows the
model forms as a land office prints them."""
import math
from ink import (Page, guilloche, seal, signature, hand, qr, emblem, name_stamp,
                 BODY, BODY_B, BODY_I, HEAD, TYPED, RED, INK)
from people import USES

CW, CH = 1500, 2090  # a certificate page at 200 dpi (19 x 26.5 cm)
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def area(v):
    """1234.5 as printed: 1.234,5"""
    return "{:,.1f}".format(v).replace(",", " ").replace(".", ",").replace(" ", ".")


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def long_date(iso):
    y, m, d = iso.split("-")
    return "ngày %s tháng %d năm %s" % (d, int(m), y)


def up(s):
    return s.upper()


def cert_page(rnd, paper):
    pg = Page(CW, CH, paper)
    guilloche(pg, rnd)
    return pg


def owner_lines(c, style):
    """The owner part as printed: (text, is_hand) lines."""
    out = []
    for i, o in enumerate(c["owners"]):
        if o.get("org"):
            out.append("Tên tổ chức: " + o["name"])
            out.append("Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp: " + o["org"])
            out.append("Địa chỉ trụ sở: " + o["address"])
            continue
        title = "Ông" if o["gender"] == "M" else "Bà"
        if i == 0 and c.get("household"):
            title = "Hộ ông" if o["gender"] == "M" else "Hộ bà"
        if i == 1 and c["couple"]:
            title = ("Và chồng: Ông" if o["gender"] == "M" else "Và vợ: Bà")
        kind = {"cmnd": "CMND số", "cccd": "CCCD số",
                "dinh-danh": "Số định danh cá nhân"}[o["id_type"]]
        if style == "red90":
            out.append("%s: %s        Năm sinh: %d" % (title, o["name"], o["birth_year"]))
            out.append("Giấy CMND số: %s" % o["id_number"])
        else:
            out.append("%s: %s, sinh năm: %d; %s: %s" % (title, o["name"], o["birth_year"], kind,
                                                       o["id_number"]))
        if not (c["couple"] and i == 0):
            out.append("Địa chỉ thường trú: " + o["address"])
    return out


def purposes_text(p):
    return "; ".join("%s: %s m²" % (USES[u["land_use"]], area(u["area"])) for u in p["purposes"])


def terms_text(p):
    terms = {u["term"] for u in p["purposes"]}
    if len(terms) == 1:
        return p["purposes"][0]["term"]
    return "; ".join("%s: %s" % (USES[u["land_use"]], u["term"]) for u in p["purposes"])


def signer_block(pg, rnd, x, y, c, place, head_lines, signer, with_seal=True, hand_day=False):
    """The date line, 'TM. ...', the title, a signature, a seal and the name."""
    if hand_day:
        pg.put(x, y, "%s, ngày       tháng       năm %s" % (place, c["date"][:4]), BODY_I, 29,
               anchor="middle")
        pg.text.append(long_date(c["date"]))
        hand(pg, rnd, x - 40, y - 4, c["date"][8:10], 34)
        hand(pg, rnd, x + 70, y - 4, str(int(c["date"][5:7])), 34)
    else:
        pg.put(x, y, "%s, %s" % (place, long_date(c["date"])), BODY_I, 29, anchor="middle")
    yy = y + 48
    for ln in head_lines:
        pg.put(x, yy, ln, BODY_B, 30, anchor="middle")
        yy += 42
    signature(pg, rnd, x - 120, yy + 70)
    if with_seal:
        seal(pg, rnd, x - 130, yy + 60, c["seal_ring"], "", 112)
    pg.put(x, yy + 170, signer, BODY_B, 30, anchor="middle")
    return yy + 210


def changes_table(pg, rnd, c, y, entries, left=90, right=None, font=TYPED):
    """The change register: 'Nội dung thay đổi và cơ sở pháp lý' beside
    'Xác nhận của cơ quan có thẩm quyền', an entry a row, typed or by hand,
    a round seal over each confirmation."""
    right = right or pg.w - 90
    mid = left + int((right - left) * 0.6)
    pg.rect(left, y, right, y + 70, INK, 2)
    pg.line(mid, y, mid, y + 70)
    pg.put((left + mid) // 2, y + 45, "Nội dung thay đổi và cơ sở pháp lý", BODY_B, 27, anchor="middle")
    pg.put((mid + right) // 2, y + 30, "Xác nhận của cơ quan", BODY_B, 24, anchor="middle")
    pg.put((mid + right) // 2, y + 60, "có thẩm quyền", BODY_B, 24, anchor="middle")
    y += 70
    for e in entries:
        top = y
        y += 40
        if e.get("hand"):
            words, line, x0 = e["text"].split(" "), "", left + 16
            lines = []
            for w in words:
                if line and len(line) + len(w) + 1 > 36:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w).strip()
            lines.append(line)
            for ln in lines:
                hand(pg, rnd, x0, y, ln, 31)
                y += 46
            pg.text.append(e["text"])
        else:
            y = pg.wrap(left + 16, y, e["text"], mid - left - 30, 25, font, 1.4, cw=0.62)
        y = max(y, top + 260)
        pg.rect(left, top, right, y, INK, 2)
        pg.line(mid, top, mid, y)
        yy = pg.wrap(mid + 16, top + 36, e["where"] + ", ngày " + dmy(e["date"]), right - mid - 24,
                     21, BODY_I, 1.35)
        pg.put(mid + 16, yy, "GIÁM ĐỐC", BODY_B, 22)
        signature(pg, rnd, mid + 60, top + 170)
        seal(pg, rnd, mid + 150 + rnd.randint(-20, 20), top + 150, e["ring"], "", 95)
        pg.put(mid + 30, y - 22, e["signer"], BODY_B, 22)
    return y


# ---- the pink form, 2009-2024 (Thông tư 17/2009, 23/2014, 33/2017) ----

def pink(c, rnd):
    p = c["parcel"]
    pg1 = cert_page(rnd, "pink")
    pg1.put(CW // 2, 130, MOTTO[0], HEAD, 36, RED, "middle")
    pg1.put(CW // 2, 178, MOTTO[1], BODY_B, 32, RED, "middle")
    emblem(pg1, CW // 2, 330, 80)
    pg1.put(CW // 2, 520, "GIẤY CHỨNG NHẬN", HEAD, 62, RED, "middle")
    for i, ln in enumerate(("QUYỀN SỬ DỤNG ĐẤT", "QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT")):
        pg1.put(CW // 2, 600 + 54 * i, ln, HEAD, 36, RED, "middle")
    y = 790
    y = pg1.wrap(110, y, "I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất",
                 1280, 30, BODY_B)
    y += 16
    for ln in owner_lines(c, "pink"):
        y = pg1.wrap(140, y, ln, 1240, 30)
    pg1.put(CW // 2, 1900, c["serial"], HEAD, 44, RED, "middle")
    pg1.put(CW // 2, 1960, "Số phát hành", BODY_I, 22, RED, "middle")

    pg2 = cert_page(rnd, "pink")
    y = 150
    y = pg2.wrap(100, y, "II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", 1300, 31, BODY_B)
    pg2.put(100, y + 4, "1. Thửa đất:", BODY_B, 29)
    y += 52
    items = [
        "a) Thửa đất số: %s;      Tờ bản đồ số: %s;" % (p["number"], p["sheet"]),
        "b) Địa chỉ: " + p["address"] + ";",
        "c) Diện tích: %s m² (bằng chữ: %s);" % (area(p["area"]), c["area_words"]),
        "d) Hình thức sử dụng: " + p["use_form"] + ";",
        "đ) Mục đích sử dụng: " + purposes_text(p) + ";",
        "e) Thời hạn sử dụng: " + terms_text(p) + ";",
        "g) Nguồn gốc sử dụng: " + p["origin"] + ".",
    ]
    for it in items:
        y = pg2.wrap(130, y, it, 1270, 28, lead=1.42)
    y += 10
    h = c.get("house")
    if h:
        pg2.put(100, y, "2. Nhà ở:", BODY_B, 29)
        y += 44
        for it in house_lines(h):
            y = pg2.wrap(130, y, it, 1270, 28, lead=1.42)
    else:
        pg2.put(100, y, "2. Nhà ở: -/-", BODY_B, 29)
        y += 44
    pg2.put(100, y, "3. Công trình xây dựng khác: -/-", BODY_B, 28)
    pg2.put(100, y + 42, "4. Rừng sản xuất là rừng trồng: -/-", BODY_B, 28)
    pg2.put(100, y + 84, "5. Cây lâu năm: -/-", BODY_B, 28)
    pg2.put(100, y + 126, "6. Ghi chú: -/-", BODY_B, 28)
    ys = max(y + 200, 1380)
    signer_block(pg2, rnd, 1050, ys, c, c["place"], c["issuer_lines"], c["signer"],
                 hand_day=c.get("hand_day", False))
    register(pg2, (110, 390), 1930, "Số vào sổ cấp GCN: ", c["register_number"], 27)

    pg3 = cert_page(rnd, "pink")
    pg3.wrap(100, 140, "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", 1300, 30, BODY_B)
    sketch(pg3, rnd, 180, 260, 1140, 900, p)
    pg3.wrap(100, 1300, "IV. Những thay đổi sau khi cấp giấy chứng nhận", 1300, 30, BODY_B)
    first = c["changes_print"][:1]
    changes_table(pg3, rnd, c, 1360, first)

    pg4 = cert_page(rnd, "pink")
    y = changes_table(pg4, rnd, c, 130, c["changes_print"][1:]) if len(c["changes_print"]) > 1 else 130
    notes = ["Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ "
             "nội dung nào trong Giấy chứng nhận; khi bị mất hoặc hư hỏng Giấy chứng nhận phải "
             "khai báo ngay với cơ quan cấp Giấy."]
    y = max(y + 60, 1700)
    pg4.put(110, y, "Lưu ý:", BODY_B, 26)
    pg4.wrap(110, y + 40, notes[0], 1280, 24, BODY_I)
    return [pg1, pg2, pg3, pg4], ["certificate-owner", "certificate-parcel", "certificate-parcel",
                                  "certificate-changes"]


def register(pg, xs, y, label, number, size):
    """The register number line: the label, then the number in bold."""
    pg.put(xs[0], y, label, BODY, size)
    pg.put(xs[1], y, number, BODY_B, size)
    pg.text.append(label + number)


def house_lines(h):
    lines = ["a) Loại nhà ở: " + h["type"] + ";"]
    if h.get("building_area") is not None:
        lines.append("b) Diện tích xây dựng: %s m²;" % area(h["building_area"]))
    lines.append("c) Diện tích sàn: %s m²;" % area(h["floor_area"]))
    lines.append("d) Hình thức sở hữu: " + h["ownership"] + ";")
    lines.append("đ) Kết cấu: %s;   Cấp (Hạng): %s;" % (h["structure"], h["grade"]))
    if h.get("floors"):
        lines.append("e) Số tầng: %d;" % h["floors"])
    lines.append("g) Thời hạn được sở hữu: " + h["term"] + ".")
    return lines


def sketch(pg, rnd, x, y, w, h, p):
    """The plan: an irregular polygon with its side lengths, the parcel's
    number and area inside, the neighbours' numbers and the north arrow."""
    cx, cy = x + w / 2, y + h / 2
    pts = []
    n = rnd.choice([4, 5, 6])
    for i in range(n):
        a = 2 * math.pi * i / n + rnd.uniform(-0.25, 0.25) + 0.6
        r = min(w, h) * rnd.uniform(0.32, 0.44)
        pts.append((cx + r * math.cos(a) * 1.2, cy + r * math.sin(a)))
    pts.append(pts[0])
    pg.poly(pts, INK, 4)
    for i in range(n):
        (ax, ay), (bx, by) = pts[i], pts[i + 1]
        d = math.hypot(bx - ax, by - ay) / 24.0
        pg.put((ax + bx) / 2 + 8, (ay + by) / 2 - 8, ("%.2f" % d).replace(".", ","), BODY, 22)
        pg.put(ax - 10, ay - 10, str(i + 1), BODY_I, 20, RED)
    pg.put(cx, cy - 10, "(%s)" % p["number"], BODY_B, 30, anchor="middle")
    pg.put(cx, cy + 30, area(p["area"]) + " m²", BODY, 26, anchor="middle")
    for k in range(3):
        pg.put(x + 40 + k * 420, y + h - 30, "(%d)" % rnd.randint(10, 400), BODY_I, 22)
    pg.line(x + w - 60, y + 110, x + w - 60, y + 20, INK, 3)
    pg.poly([(x + w - 75, y + 50), (x + w - 60, y + 20), (x + w - 45, y + 50)], INK, 3)
    pg.put(x + w - 60, y + 140, "B", HEAD, 28, anchor="middle")


# ---- the 2024 form (Thông tư 10/2024/TT-BTNMT) ----

def form2024(c, rnd):
    p = c["parcel"]
    pg1 = cert_page(rnd, "pink")
    qr(pg1, rnd, 110, 110, 8, 29)
    emblem(pg1, CW // 2, 200, 70)
    pg1.put(CW - 110, 140, "Mã GCN: " + c["code"], BODY, 22, anchor="end")
    pg1.put(CW // 2, 330, MOTTO[0], HEAD, 32, INK, "middle")
    pg1.put(CW // 2, 374, MOTTO[1], BODY_B, 29, INK, "middle")
    pg1.put(CW // 2, 470, "GIẤY CHỨNG NHẬN", HEAD, 54, RED, "middle")
    pg1.put(CW // 2, 530, "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", HEAD, 30,
            RED, "middle")
    pg1.put(CW // 2, 590, "Số phát hành: " + c["serial"], HEAD, 32, RED, "middle")
    y = 680
    y = pg1.wrap(100, y, "1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", 1300, 28, BODY_B)
    for ln in owner_lines(c, "2024"):
        y = pg1.wrap(130, y, ln, 1270, 27, lead=1.38)
    y += 14
    y = pg1.wrap(100, y, "2. Thông tin thửa đất:", 1300, 28, BODY_B)
    uses = "; ".join("%s (%s): %s m², %s" % (USES[u["land_use"]], u["land_use"], area(u["area"]),
                                             u["term"]) for u in p["purposes"])
    items = ["a) Thửa đất số: %s;   Tờ bản đồ số: %s;" % (p["number"], p["sheet"]),
             "b) Diện tích: %s m²;" % area(p["area"]),
             "c) Loại đất, thời hạn sử dụng: " + uses + ";",
             "d) Hình thức sử dụng: " + p["use_form"] + ";",
             "đ) Địa chỉ: " + p["address"] + ";",
             "e) Nguồn gốc sử dụng: " + p["origin"] + "."]
    for it in items:
        y = pg1.wrap(130, y, it, 1270, 27, lead=1.38)
    y += 10
    h = c.get("house")
    if h:
        y = pg1.wrap(100, y, "3. Thông tin tài sản gắn liền với đất:", 1300, 28, BODY_B)
        for it in house_lines(h):
            y = pg1.wrap(130, y, it, 1270, 27, lead=1.38)
    else:
        y = pg1.wrap(100, y, "3. Thông tin tài sản gắn liền với đất: -/-", 1300, 28, BODY_B)
    pg1.put(100, y + 6, "4. Ghi chú: -/-", BODY_B, 28)
    signer_block(pg1, rnd, 1080, max(y + 80, 1560), c, c["place"], c["issuer_lines"], c["signer"])
    pg1.put(100, 1990, "Số vào sổ cấp Giấy chứng nhận: " + c["register_number"], BODY, 26)

    pg2 = cert_page(rnd, "pink")
    pg2.put(100, 140, "5. Sơ đồ thửa đất:", BODY_B, 28)
    sketch(pg2, rnd, 170, 190, 1160, 760, p)
    pg2.put(100, 1060, "6. Những thay đổi sau khi cấp Giấy chứng nhận:", BODY_B, 28)
    changes_table(pg2, rnd, c, 1100, c["changes_print"])
    return [pg1, pg2], ["certificate-owner", "certificate-changes"]


# ---- the red book: the 1990s form and the Nghị định 181 (2004) form ----

def red(c, rnd, paper="yellow"):
    p = c["parcel"]
    nd181 = c["style"] == "nd181"
    pg1 = cert_page(rnd, paper)
    pg1.put(CW // 2, 140, MOTTO[0], HEAD, 34, RED, "middle")
    pg1.put(CW // 2, 186, MOTTO[1], BODY_B, 30, RED, "middle")
    emblem(pg1, CW // 2, 330, 70)
    pg1.put(CW // 2, 510, "GIẤY CHỨNG NHẬN", HEAD, 64, RED, "middle")
    pg1.put(CW // 2, 580, "QUYỀN SỬ DỤNG ĐẤT", HEAD, 46, RED, "middle")
    y = 700
    y = pg1.wrap(110, y, up(c["issuer"]), 1280, 30, BODY_B)
    y = pg1.wrap(110, y, "Chứng nhận:", 1280, 30, BODY_I)
    if nd181:
        y = pg1.wrap(110, y + 10, "I. Người sử dụng đất", 1280, 30, BODY_B)
    for ln in owner_lines(c, "red90" if not nd181 else "pink"):
        y = pg1.wrap(140, y, ln, 1240, 30)
    y = pg1.wrap(110, y + 10, "Được quyền sử dụng đất theo quy định của pháp luật.", 1280, 29, BODY_I)
    pg1.put(CW // 2, 1880, "Số phát hành: " + c["serial"], HEAD, 36, RED, "middle")

    pg2 = cert_page(rnd, paper)
    if nd181:
        y = pg2.wrap(100, 140, "II. Thửa đất được quyền sử dụng", 1300, 30, BODY_B)
        for it in ["1. Thửa đất số: " + p["number"] + ";", "2. Tờ bản đồ số: " + p["sheet"] + ";",
                   "3. Địa chỉ thửa đất: " + p["address"] + ";",
                   "4. Diện tích: %s m²;" % area(p["area"]),
                   "5. Hình thức sử dụng: " + p["use_form"] + ";",
                   "6. Mục đích sử dụng: " + purposes_text(p) + ";",
                   "7. Thời hạn sử dụng: " + terms_text(p) + ";",
                   "8. Nguồn gốc sử dụng: " + p["origin"] + "."]:
            y = pg2.wrap(130, y, it, 1270, 28, lead=1.42)
        y = pg2.wrap(100, y + 10, "III. Tài sản gắn liền với đất: -/-", 1300, 29, BODY_B)
        y = pg2.wrap(100, y, "IV. Ghi chú: -/-", 1300, 29, BODY_B)
        pg2.put(100, y + 10, "V. Sơ đồ thửa đất", BODY_B, 29)
        sketch(pg2, rnd, 200, y + 40, 1100, 560, p)
        ys = y + 680
    else:
        pg2.put(CW // 2, 150, "THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", HEAD, 32, RED, "middle")
        cols = [100, 250, 420, 620, 1000, 1240, 1400]
        heads = ["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Mục đích sử dụng",
                 "Thời hạn sử dụng", "Ghi chú"]
        pg2.rect(cols[0], 200, cols[-1], 300, INK, 2)
        for i, hd in enumerate(heads):
            pg2.wrap(cols[i] + 8, 236, hd, cols[i + 1] - cols[i] - 12, 20, BODY_B, 1.3, cw=0.64)
        yy = 300
        for u in p["purposes"]:
            vals = [p["number"], p["sheet"], area(u["area"]), USES[u["land_use"]], u["term"], ""]
            for i, v in enumerate(vals):
                pg2.wrap(cols[i] + 10, yy + 40, v, cols[i + 1] - cols[i] - 14, 24, TYPED, 1.3, cw=0.62)
            pg2.rect(cols[0], yy, cols[-1], yy + 100, INK, 2)
            yy += 100
        for x in cols[1:-1]:
            pg2.line(x, 200, x, yy)
        pg2.put(100, yy + 60, "Tổng diện tích: %s m²" % area(p["area"]), BODY_B, 28)
        pg2.put(100, yy + 110, "Địa chỉ thửa đất: " + p["address"], BODY, 26)
        sketch(pg2, rnd, 200, yy + 150, 1100, 540, p)
        ys = yy + 760
    signer_block(pg2, rnd, 1020, ys, c, c["place"], c["issuer_lines"], c["signer"],
                 hand_day=not nd181)
    register(pg2, (100, 480), 1990, "Số vào sổ cấp GCN QSDĐ: ", c["register_number"], 26)

    pg3 = cert_page(rnd, paper)
    title = ("VI. Những thay đổi sau khi cấp giấy chứng nhận" if nd181
             else "NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN")
    pg3.put(CW // 2, 150, title, HEAD, 30, RED, "middle")
    changes_table(pg3, rnd, c, 200, c["changes_print"])
    return [pg1, pg2, pg3], ["certificate-owner", "certificate-parcel", "certificate-changes"]


# ---- other papers of a dossier ----

def paper_header(pg, left, number, place_date, rnd=None, hand_number=False):
    y = 120
    for ln in left:
        pg.put(370, y, ln, BODY_B if ln.isupper() else BODY, 26, anchor="middle")
        y += 38
    pg.line(300, y - 20, 440, y - 20)
    pg.put(1120, 120, MOTTO[0], BODY_B, 26, anchor="middle")
    pg.put(1120, 158, MOTTO[1], BODY_B, 27, anchor="middle")
    pg.line(960, 172, 1280, 172)
    if number:
        if hand_number:
            pg.put(370, y + 20, "Số:        /" + number.split("/", 1)[1], BODY, 27, anchor="middle")
            hand(pg, rnd, 320, y + 14, number.split("/")[0], 34)
            pg.text.append("Số: " + number)
        else:
            pg.put(370, y + 20, "Số: " + number, BODY, 27, anchor="middle")
    pg.put(1120, 230, place_date, BODY_I, 27, anchor="middle")
    return max(y + 80, 300)


def paper(rnd, left, number, place_date, title, subtitle, body, signer, seal_ring,
          table=None, hand_number=False, recipients=None, pages=1, grey_head=None):
    """A typed paper (decision, tờ trình, letter, notice, form) on A4 at
    200 dpi: its header, title, paragraphs, an optional ruled table, and
    the signer's block (on the last page) with a seal over the name."""
    pgs = [Page(1654, 2339, "white")]
    pg = pgs[0]
    y = paper_header(pg, left, number, place_date, rnd, hand_number)
    y += 60
    if grey_head:
        pg.put(1500, 60, grey_head, BODY_I, 22, anchor="end")
    for i, t in enumerate(title):
        pg.put(827, y, t, HEAD if i == 0 else BODY_B, 36 if i == 0 else 29, anchor="middle")
        y += 50
    for s in subtitle:
        pg.put(827, y, s, BODY_B, 28, anchor="middle")
        y += 44
    y += 30
    split_at = len(body) if pages == 1 else (
        body.index("@table") + 2 if "@table" in body else (len(body) + 1) // 2)
    for k, para in enumerate(body):
        if k == split_at and pages > 1:
            pg.put(827, 2260, "", BODY, 10)
            pg = Page(1654, 2339, "white")
            pgs.append(pg)
            pg.put(827, 90, "2", BODY, 26, anchor="middle")
            y = 180
        if para == "@table" and table:
            y = ruled(pg, 150, y, table)
            continue
        bold = para.startswith("Điều") or para.endswith(":") and len(para) < 40
        y = pg.wrap(150, y, para, 1380, 28, BODY_B if bold and len(para) < 40 else BODY,
                    lead=1.5, indent=60)
        y += 10
    y += 30
    if recipients:
        pg.put(150, y + 10, "Nơi nhận:", BODY_B, 25)
        for i, r in enumerate(recipients):
            pg.put(150, y + 48 + 36 * i, "- " + r, BODY, 23)
    x = 1150
    yy = y + 10
    for ln in signer[:-1]:
        pg.put(x, yy, ln, BODY_B, 28, anchor="middle")
        yy += 42
    signature(pg, rnd, x - 110, yy + 80)
    if seal_ring:
        seal(pg, rnd, x - 140, yy + 70, seal_ring, "", 120)
    pg.put(x, yy + 190, signer[-1], BODY_B, 28, anchor="middle")
    return pgs


def ruled(pg, x, y, table):
    """A ruled table: header row and rows; column widths from the longest
    cell; returns the y under it."""
    head, rows = table
    n = len(head)
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(n)]
    tot = sum(widths)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + int(1380 * w / tot))
    y0 = y
    for k, r in enumerate([head] + rows):
        top = y
        ys = []
        for i, v in enumerate(r):
            ys.append(pg.wrap(xs[i] + 8, y + 34, v, xs[i + 1] - xs[i] - 14, 23,
                              BODY_B if k == 0 else BODY, 1.3))
        y = max(ys) + 6
        pg.line(xs[0], top, xs[-1], top)
    pg.line(xs[0], y, xs[-1], y)
    for xx in xs:
        pg.line(xx, y0, xx, y)
    return y + 30
