"""forms9: the certificate forms of certs9 laid out on Sheets: the 2014-2019
pink form on four pages (owners; parcel; "Sơ đồ thửa đất"; the register),
the red book of 1990-2004 on three leaves, and the 2024 form on three.
A certificate is a dict (see files9.py); each form returns [(Sheet, kind)]."""
import math

from sheet9 import Sheet, PT

PURPOSE = {
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị", "CLN": "Đất trồng cây lâu năm",
    "RSX": "Đất rừng sản xuất", "NTS": "Đất nuôi trồng thủy sản",
    "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "TON": "Đất cơ sở tôn giáo",
    "TSC": "Đất xây dựng trụ sở cơ quan", "LUC": "Đất chuyên trồng lúa nước",
    "BHK": "Đất bằng trồng cây hàng năm khác", "HNK": "Đất trồng cây hàng năm khác",
}
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
RED = "#c62828"
PINK = "#f3c6cf"


def vn_num(a):
    """An area as printed: dots between thousands, a decimal comma."""
    if float(a).is_integer():
        whole, frac = "%d" % int(a), ""
    else:
        whole, frac = ("%.1f" % a).split(".")
    g = ""
    while len(whole) > 3:
        g = "." + whole[-3:] + g
        whole = whole[:-3]
    return whole + g + ("," + frac if frac else "")


DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _hundreds(n, full):
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if full or h:
        out += [DIG[h], "trăm"]
    if t == 0:
        if u and (full or h):
            out.append("linh")
    elif t == 1:
        out.append("mười")
    else:
        out += [DIG[t], "mươi"]
    if u:
        if u == 1 and t > 1:
            out.append("mốt")
        elif u == 5 and t > 0:
            out.append("lăm")
        elif u == 4 and t > 1:
            out.append("tư")
        else:
            out.append(DIG[u])
    return out


def words(n):
    """A whole number in Vietnamese words (below a million)."""
    if n == 0:
        return "không"
    th, rest = n // 1000, n % 1000
    out = []
    if th:
        out += _hundreds(th, False) + ["nghìn"]
    if rest:
        out += _hundreds(rest, bool(th))
    return " ".join(out)


def area_words(a):
    """The area in words, e.g. "Năm trăm năm mươi mét vuông"."""
    s = words(int(a))
    if not float(a).is_integer():
        s += " phẩy " + DIG[int(round(a * 10)) % 10]
    return s[0].upper() + s[1:] + " mét vuông"


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def long_date(iso, pad=True):
    y, m, d = iso.split("-")
    if not pad:
        d, m = str(int(d)), str(int(m))
    return "ngày %s tháng %s năm %s" % (d, m, y)


def header(s, left, y=14, size=10.5):
    """The two-column header: the body on the left, the motto on the right."""
    w = s.w
    for i, ln in enumerate(left):
        s.text(w * 0.25, y + i * 5, ln, size, "bold", align="center")
    s.line(w * 0.25 - 12, y + len(left) * 5 - 3, w * 0.25 + 12, y + len(left) * 5 - 3, 0.3)
    s.text(w * 0.68, y, MOTTO[0], size, "bold", align="center")
    s.text(w * 0.68, y + 5, MOTTO[1], size + 0.5, "bold", align="center")
    s.line(w * 0.68 - 25, y + 6.5, w * 0.68 + 25, y + 6.5, 0.3)
    return y + max(len(left), 2) * 5 + 6


def sign(s, x, y, lines, name, seal=True, hand_sig=True):
    """A signature block centred on x: titles, the seal over them, the name."""
    for i, ln in enumerate(lines):
        s.text(x, y + i * 5, ln, 11, "bold", align="center")
    if seal:
        s.seal(x - 12, y + len(lines) * 5 + 8)
    if hand_sig:
        s.signature(x - 16, y + len(lines) * 5 + 10)
    s.text(x, y + len(lines) * 5 + 26, name, 11.5, "bold", align="center")
    return y + len(lines) * 5 + 32


def owner_lines(c):
    """The owner section's sentences, as the pink and red forms print them."""
    o = c["owners"]
    if c.get("kind") == "couple":
        a, b = o
        return ["%s %s, sinh năm %d và %s %s, sinh năm %d;" % (
                    a["title"], a["name"], a["birth_year"], b["title"].lower(), b["name"],
                    b["birth_year"]),
                "%s số: %s và %s;" % (a["id_label"], a["id_number"], b["id_number"]),
                "Địa chỉ thường trú: %s" % a["address"]]
    p = o[0]
    if c.get("kind") == "household":
        return ["Hộ %s: %s, sinh năm %d;" % (p["title"].lower(), p["name"], p["birth_year"]),
                "%s số: %s;" % (p["id_label"], p["id_number"]),
                "Địa chỉ thường trú: %s" % p["address"]]
    if c.get("kind") in ("org", "religious", "commune"):
        return [p["name"]] + c.get("org_lines", []) + ["Địa chỉ: %s" % p["address"]]
    return ["%s: %s, sinh năm %d;" % (p["title"], p["name"], p["birth_year"]),
            "%s số: %s;" % (p["id_label"], p["id_number"]),
            "Địa chỉ thường trú: %s" % p["address"]]


def purpose_lines(c):
    """"Mục đích sử dụng" and "Thời hạn sử dụng" as one or several purposes."""
    ps = c["parcel"]["purposes"]
    coded = c.get("codes", False)

    def name(code):
        return PURPOSE[code] + (" (%s)" % code if coded else "")
    if len(ps) == 1:
        return name(ps[0][0]), ps[0][2]
    use = "; ".join("%s: %s m²" % (name(p[0]), vn_num(p[1])) for p in ps)
    term = "; ".join("%s: %s" % (PURPOSE[p[0]], p[2]) for p in ps)
    return use, term


def sketch(s, x, y, w, h, c, rng):
    """A parcel plan: a polygon with its edges' lengths, the parcel number
    and area inside, the neighbours' numbers outside, a north arrow."""
    n = 5
    cx, cy = x + w / 2, y + h / 2
    pts = []
    for i in range(n):
        a = i * 2 * math.pi / n + rng.uniform(-0.25, 0.25)
        r = min(w, h) * rng.uniform(0.32, 0.42)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    s.poly(pts + [pts[0]], 0.5, "#222222")
    for i in range(n):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n]
        d = math.hypot(x2 - x1, y2 - y1) * rng.uniform(0.9, 1.1) * 0.9
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        s.text(mx + (mx - cx) * 0.12, my + (my - cy) * 0.12, "%.2f" % d, 8, "reg",
               align="center")
        s.text(mx + (mx - cx) * 0.55, my + (my - cy) * 0.55, str(rng.randint(10, 400)), 8,
               "ital", align="center")
    p = c["parcel"]
    s.text(cx, cy - 2, "(%s)" % p["number"], 10, "bold", align="center")
    s.text(cx, cy + 3, vn_num(p["area"]) + " m²", 9, "reg", align="center")
    s.line(x + w - 8, y + 14, x + w - 8, y + 3, 0.4)
    s.text(x + w - 8, y + 1.5, "N", 9, "bold", align="center")


def register_table(s, y, c, cols, bottom):
    """The change register: ruled columns, each entry with its
    confirmation, stamps, crossed-out entries and hand-written ones."""
    x0, x1 = 12, s.w - 12
    xs = [x0]
    for f in cols:
        xs.append(xs[-1] + (x1 - x0) * f[1])
    s.line(x0, y, x1, y, 0.35)
    for i, (t, _) in enumerate(cols):
        s.text((xs[i] + xs[i + 1]) / 2, y + 5, t, 9.5, "bold", align="center")
    y += 9
    s.line(x0, y, x1, y, 0.35)
    top = y
    for e in c["changes_all"]:
        ey = y + 5
        dated = cols[0][0].startswith("Ngày")
        if dated:
            s.text(xs[0] + 2, ey, dmy(e["date"]), 10, "digits" if e.get("hand") else "reg",
                   color="#1f3a93" if e.get("hand") else "#111111")
            tx, tw = xs[1] + 2, xs[2] - xs[1] - 4
        else:
            tx, tw = xs[0] + 2, xs[1] - xs[0] - 4
        font, col = ("hand", "#1f3a93") if e.get("hand") else ("reg", "#111111")
        y2 = s.para(tx, ey, tw, e["text"], 10, font, col)
        if e.get("struck"):
            for yy in range(int(ey), int(y2) - 1, 5):
                s.line(tx, yy - 1.2, tx + tw * 0.95, yy - 1.2, 0.5, "#1f3a93")
            s.text(tx + tw * 0.6, y2 + 1, "Hủy do ghi nhầm", 10, "hand", "#1f3a93")
            y2 += 5
        cx = xs[-2] + 2
        cw = xs[-1] - xs[-2] - 4
        cy = s.para(cx, ey, cw, e["confirm"], 9.5, "reg")
        if not dated:
            cy = s.para(cx, cy, cw, "Ngày %s" % dmy(e["date"]), 9.5,
                        "digits" if e.get("hand") else "reg",
                        "#1f3a93" if e.get("hand") else "#111111")
        s.signature(cx + 6, cy + 4)
        s.seal(cx + cw * 0.45, cy + 2, 11)
        if e.get("stamp"):
            s.stamp(tx + 4, y2 + 7, e["stamp"], 12)
            y2 += 11
        y = max(y2, cy + 14) + 2
        s.line(x0, y, x1, y, 0.2)
    for x in xs:
        s.line(x, top - 9, x, max(y, bottom), 0.3)
    s.line(x0, max(y, bottom), x1, max(y, bottom), 0.35)
    return y


def issued_block(s, y, c, seal=True):
    place = c["place"]
    s.text(s.w * 0.66, y, "%s, %s" % (place, long_date(c["date"], c.get("pad", True))), 10.5,
           "ital", align="center")
    body = c["issuer"].upper()
    lines = (["TM. " + body] if body.startswith("ỦY BAN") else [body]) + c["signer"]
    return sign(s, s.w * 0.66, y + 6, lines, c["signer_name"], seal)


# ---- the pink form of Thông tư 23/2014 (four pages) ----

def pink14(c, rng):
    pages = []
    s = Sheet(190, 265, "#fff7f8")
    s.guilloche(PINK, rows=56)
    s.rect(6, 6, 178, 253, 1.2, RED)
    s.text(95, 20, MOTTO[0], 11.5, "bold", RED, "center")
    s.text(95, 26, MOTTO[1], 11.5, "bold", RED, "center")
    s.ellipse(95, 45, 12, 12, 1.0, RED, fill="#f6d7da")
    s.text(95, 73, "GIẤY CHỨNG NHẬN", 20, "bold", RED, "center")
    s.text(95, 82, "QUYỀN SỬ DỤNG ĐẤT", 14, "bold", RED, "center")
    s.text(95, 89, "QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", 11.5, "bold", RED,
           "center")
    y = 104
    s.text(16, y, "I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất",
           11.5, "bold")
    y += 8
    for ln in owner_lines(c):
        y = s.para(20, y, 158, ln, 11.5, "reg") + 1.5
    s.text(150, 246, c["serial"], 14, "bold", RED, "center")
    pages.append((s, "certificate-owner"))

    s = Sheet(190, 265, "#fff7f8")
    s.guilloche(PINK, rows=56)
    p = c["parcel"]
    y = 16
    s.text(14, y, "II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", 11.5, "bold")
    y += 7
    s.text(16, y, "1. Thửa đất:", 11, "bold")
    y += 6
    use, term = purpose_lines(c)
    for ln in ["a) Thửa đất số: %s;    b) Tờ bản đồ số: %s;" % (p["number"], p["sheet"]),
               "c) Địa chỉ: %s;" % p["address"],
               "d) Diện tích: %s m², (bằng chữ: %s);" % (vn_num(p["area"]), area_words(p["area"])),
               "đ) Hình thức sử dụng: %s;" % p["use_form"],
               "e) Mục đích sử dụng: %s;" % use,
               "g) Thời hạn sử dụng: %s;" % term,
               "h) Nguồn gốc sử dụng: %s." % p["origin"]]:
        y = s.para(20, y, 156, ln, 10.5, "reg", indent=0) + 1
    y += 2
    h = c.get("house")
    if h:
        s.text(16, y, "2. Nhà ở:", 11, "bold")
        y += 6
        for ln in ["a) Loại nhà ở: %s;" % h["type"],
                   "b) Diện tích xây dựng: %s m²;" % vn_num(h["building_area"]),
                   "c) Diện tích sàn: %s m²;" % vn_num(h["floor_area"]),
                   "d) Hình thức sở hữu: %s;" % h["ownership"],
                   "đ) Cấp (Hạng): III;    e) Kết cấu: %s;    g) Số tầng: %d;" % (
                       h["structure"], h["floors"]),
                   "h) Thời hạn được sở hữu: %s." % h["term"]]:
            y = s.para(20, y, 156, ln, 10.5) + 1
    else:
        s.text(16, y, "2. Nhà ở: -/-", 11, "bold")
        y += 6
    for i, t in enumerate(["3. Công trình xây dựng khác: %s" % c.get("works", "-/-"),
                           "4. Rừng sản xuất là rừng trồng: -/-", "5. Cây lâu năm: -/-"]):
        y = s.para(16, y, 160, t, 10.5) + 1
    y = s.para(16, y + 1, 160, "6. Ghi chú: %s" % c.get("note", "-/-"), 10.5) + 4
    y = issued_block(s, max(y, 172), c)
    s.text(16, 252, "Số vào sổ cấp GCN: %s" % c["register"], 10.5, "bold")
    pages.append((s, "certificate-parcel"))

    s = Sheet(190, 265, "#fff7f8")
    s.guilloche(PINK, rows=56)
    s.text(95, 18, "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", 11.5, "bold",
           align="center")
    s.rect(20, 26, 150, 150, 0.4)
    sketch(s, 20, 26, 150, 150, c, rng)
    s.text(22, 186, "Tỷ lệ 1:%d" % rng.choice([500, 1000, 2000]), 9.5, "ital")
    pages.append((s, "certificate-parcel"))

    s = Sheet(190, 265, "#fff7f8")
    s.guilloche(PINK, rows=56)
    s.text(95, 16, "IV. Những thay đổi sau khi cấp Giấy chứng nhận", 12, "bold", align="center")
    register_table(s, 22, c, [("Nội dung thay đổi và cơ sở pháp lý", 0.58),
                              ("Xác nhận của cơ quan có thẩm quyền", 0.42)], 226)
    s.para(14, 236, 162, "Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc "
           "bổ sung bất kỳ nội dung nào trong Giấy chứng nhận; khi bị mất hoặc hư hỏng Giấy "
           "chứng nhận phải khai báo ngay với cơ quan cấp Giấy.", 8.5, "ital")
    pages.append((s, "certificate-changes"))
    return pages


# ---- the red book of 1990-2004 (three leaves, cream paper) ----

def red03(c, rng):
    pages = []
    s = Sheet(190, 265, "#fbf3dc")
    s.guilloche("#eadbb0", rows=56, amp=1.6)
    s.text(95, 18, MOTTO[0], 11.5, "bold", align="center")
    s.text(95, 24, MOTTO[1], 11.5, "bold", align="center")
    s.text(95, 48, "GIẤY CHỨNG NHẬN", 21, "bold", RED, "center")
    s.text(95, 58, "QUYỀN SỬ DỤNG ĐẤT", 16, "bold", RED, "center")
    y = 76
    y = s.para(16, y, 160, "%s chứng nhận:" % c["issuer_caps"], 12, "bold") + 3
    for ln in owner_lines(c):
        y = s.para(20, y, 156, ln, 12) + 1.5
    y = s.para(16, y + 4, 160, "Được quyền sử dụng thửa đất ghi tại trang 2 của Giấy chứng "
               "nhận này, theo %s." % c.get("basis", "quyết định giao đất"), 11.5) + 2
    s.text(95, 238, "Số phát hành: %s" % c["serial"], 13, "bold", RED, "center")
    pages.append((s, "certificate-owner"))

    s = Sheet(190, 265, "#fbf3dc")
    s.guilloche("#eadbb0", rows=56, amp=1.6)
    p = c["parcel"]
    s.text(95, 16, "THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", 12.5, "bold", align="center")
    cols = [("Thửa số", 16), ("Tờ bản đồ", 18), ("Diện tích (m²)", 24),
            ("Mục đích sử dụng", 46), ("Thời hạn", 30), ("Ghi chú", 30)]
    x = 13
    xs = [x]
    for _, w in cols:
        xs.append(xs[-1] + w)
    y = 24
    s.line(xs[0], y, xs[-1], y, 0.35)
    for i, (t, _) in enumerate(cols):
        s.text((xs[i] + xs[i + 1]) / 2, y + 6, t, 9.5, "bold", align="center")
    y += 10
    s.line(xs[0], y, xs[-1], y, 0.35)
    top = y
    for code, a, term in p["purposes"]:
        cells = [p["number"], p["sheet"], vn_num(a), PURPOSE[code] + " (%s)" % code, term,
                 c.get("cell_note", "")]
        ny = y
        for i, t in enumerate(cells):
            ny = max(ny, s.para(xs[i] + 1.5, y + 5, cols[i][1] - 3, t, 9.5))
        y = ny + 1
        s.line(xs[0], y, xs[-1], y, 0.2)
    for xx in xs:
        s.line(xx, top - 10, xx, y, 0.3)
    y = s.para(14, y + 6, 162, "Tổng diện tích: %s m² (%s)" % (vn_num(p["area"]),
                                                              area_words(p["area"])), 10.5) + 1
    for ln in ["Địa chỉ thửa đất: %s" % p["address"],
               "Hình thức sử dụng: %s" % p["use_form"],
               "Nguồn gốc sử dụng: %s" % p["origin"]]:
        y = s.para(14, y, 162, ln, 10.5) + 1
    y = issued_block(s, y + 6, c)
    s.text(14, 250, "Vào sổ cấp giấy chứng nhận quyền sử dụng đất số: %s" % c["register"], 10.5,
           "bold")
    pages.append((s, "certificate-parcel"))

    s = Sheet(190, 265, "#fbf3dc")
    s.guilloche("#eadbb0", rows=56, amp=1.6)
    s.text(95, 16, "NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", 12.5, "bold", align="center")
    register_table(s, 22, c, [("Ngày tháng năm", 0.18), ("Nội dung thay đổi và căn cứ", 0.47),
                              ("Xác nhận của cơ quan có thẩm quyền", 0.35)], 240)
    pages.append((s, "certificate-changes"))
    return pages


# ---- the 2024 form (three pages: QR and owners; parcel and plan; register) ----

def qr(s, x, y, size, seed):
    n = 21
    cell = size / n
    v = seed
    for i in range(n):
        for j in range(n):
            v = (v * 1103515245 + 12345) & 0x7fffffff
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            ring = i % 6 == 0 or j % 6 == 0
            eye = 2 <= i % 14 <= 4 and 2 <= j % 14 <= 4
            on = (corner and (ring or eye)) or (not corner and v % 2)
            if on:
                s.rect(x + j * cell, y + i * cell, cell, cell, 0, "none", "#111111")


def ruled(s, y, rows, x0=14, x1=None, size=10.5, split=0.36):
    """A two-column ruled table of label | value; returns the next y."""
    x1 = x1 or s.w - 14
    xm = x0 + (x1 - x0) * split
    s.line(x0, y, x1, y, 0.3)
    top = y
    for lab, val in rows:
        a = s.para(x0 + 2, y + 5, xm - x0 - 4, lab, size, "bold")
        b = s.para(xm + 2, y + 5, x1 - xm - 4, val, size)
        y = max(a, b)
        s.line(x0, y, x1, y, 0.2)
    for x in (x0, xm, x1):
        s.line(x, top, x, y, 0.3)
    return y


def form2024(c, rng):
    pages = []
    s = Sheet(190, 265, "#fdf8f2")
    s.guilloche("#f0d9c4", rows=56, amp=1.4)
    qr(s, 14, 12, 26, sum(map(ord, c["serial"])))
    s.text(110, 18, MOTTO[0], 11.5, "bold", RED, "center")
    s.text(110, 24, MOTTO[1], 11.5, "bold", RED, "center")
    s.text(95, 52, "GIẤY CHỨNG NHẬN", 19, "bold", RED, "center")
    s.text(95, 60, "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", 11.5, "bold",
           RED, "center")
    s.text(95, 70, "Số phát hành: %s" % c["serial"], 12, "bold", RED, "center")
    y = 82
    s.text(14, y, "1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", 11.5, "bold")
    y += 4
    o = c["owners"]
    rows = []
    for i, p in enumerate(o):
        who = "%s %s" % (p["title"], p["name"]) if i == 0 else "và %s là %s %s" % (
            "vợ" if p["gender"] == "F" else "chồng", p["title"].lower(), p["name"])
        rows += [("Họ và tên" if i == 0 else "Vợ/chồng", who),
                 ("Năm sinh", str(p["birth_year"])),
                 (p["id_label"], p["id_number"])]
    rows.append(("Địa chỉ thường trú", o[0]["address"]))
    ruled(s, y, rows)
    pages.append((s, "certificate-owner"))

    s = Sheet(190, 265, "#fdf8f2")
    s.guilloche("#f0d9c4", rows=56, amp=1.4)
    p = c["parcel"]
    s.text(14, 16, "2. Thông tin thửa đất:", 11.5, "bold")
    use, term = purpose_lines(c)
    y = ruled(s, 20, [("Thửa đất số", p["number"]), ("Tờ bản đồ số", p["sheet"]),
                      ("Địa chỉ", p["address"]), ("Diện tích", vn_num(p["area"]) + " m²"),
                      ("Hình thức sử dụng", p["use_form"]), ("Mục đích sử dụng", use),
                      ("Thời hạn sử dụng", term), ("Nguồn gốc sử dụng", p["origin"])], size=10)
    s.text(14, y + 7, "3. Thông tin tài sản gắn liền với đất: -/-", 11, "bold")
    s.text(14, y + 13, "4. Ghi chú: -/-", 11, "bold")
    s.text(14, y + 20, "5. Sơ đồ thửa đất:", 11, "bold")
    sketch(s, 30, y + 23, 70, 70, c, rng)
    issued_block(s, y + 26, c)
    s.text(14, 252, "Số vào sổ cấp Giấy chứng nhận: %s" % c["register"], 10.5, "bold")
    pages.append((s, "certificate-parcel"))

    s = Sheet(190, 265, "#fdf8f2")
    s.guilloche("#f0d9c4", rows=56, amp=1.4)
    s.text(95, 16, "6. Những thay đổi sau khi cấp Giấy chứng nhận", 12, "bold", align="center")
    register_table(s, 22, c, [("Nội dung thay đổi", 0.6),
                              ("Xác nhận của cơ quan đăng ký đất đai", 0.4)], 200)
    pages.append((s, "certificate-changes"))
    return pages


FORMS = {"pink14": pink14, "red03": red03, "form2024": form2024}
