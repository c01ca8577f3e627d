"""The papers gen-cert7 lays out: the certificate's generations, their change
registers, and the other papers of a dossier.  Each function returns Pages
(look7.Page) whose texts are what the page prints."""
from look7 import Page, A4, CERT
from model7 import USES, dmy, words_date, vn_area

RED = "#c8202a"
INK = "#1a1a1a"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def motto(p, y, x=None, size=30):
    p.centre(y, MOTTO[0], size, "bold", x=x)
    p.centre(y + int(size * 1.3), MOTTO[1], size, "bold", x=x)
    xx = p.w // 2 if x is None else x
    p.line(xx - 170, y + int(size * 1.6), xx + 170, y + int(size * 1.6), 2)
    return y + int(size * 2.6)


def id_words(o, style):
    t, n = o["id_type"], o["id_number"]
    if t == "cmnd":
        return ("CMND số: %s" if style else "Chứng minh nhân dân số %s") % n
    if t == "cccd":
        return ("CCCD số: %s" if style else "Căn cước công dân số %s") % n
    if t == "dinh-danh":
        return "Số định danh cá nhân: %s" % n
    if t == "passport":
        return "Hộ chiếu số: %s" % n
    return ""


def person_line(o, title, style):
    return "%s %s, sinh năm %d, %s" % (title, o["name"], o["birth_year"], id_words(o, style))


def owner_paras(cert, how, style=0):
    """What the owner block prints, as paragraphs."""
    os_ = cert["owners"]
    a = os_[0]
    if how == "org":
        return ["Tổ chức: %s" % a["name"], "Mã số doanh nghiệp: %s" % cert["_org_code"],
                "Địa chỉ trụ sở: %s" % a["address"]]
    if how == "household":
        head = "Hộ ông" if a["gender"] == "M" else "Hộ bà"
        out = ["%s: %s; Năm sinh: %d; %s" % (head, a["name"], a["birth_year"], id_words(a, 1))]
        for o in os_[1:]:
            out.append("%s: %s; Năm sinh: %d; %s" % ("Vợ" if o["gender"] == "F" else "Chồng",
                                                      o["name"], o["birth_year"], id_words(o, 1)))
        return out + ["Địa chỉ thường trú: %s" % a["address"]]
    if how == "couple":
        b = os_[1]
        wife = "và vợ là bà" if b["gender"] == "F" else "và chồng là ông"
        return ["%s; %s %s, sinh năm %d, %s;" % (person_line(a, "Ông" if a["gender"] == "M" else "Bà", style),
                                                  wife, b["name"], b["birth_year"], id_words(b, style)),
                "Địa chỉ thường trú: %s" % a["address"]]
    if how == "abroad":
        return ["%s %s, sinh năm %d, quốc tịch: Hoa Kỳ (người gốc Việt Nam định cư ở nước ngoài)" % (
            "Ông" if a["gender"] == "M" else "Bà", a["name"], a["birth_year"]),
            id_words(a, 1) + ", do Hoa Kỳ cấp",
            "Địa chỉ liên hệ: %s" % a["address"]]
    return [person_line(a, "Ông" if a["gender"] == "M" else "Bà", style),
            "Địa chỉ thường trú: %s" % a["address"]]


def sign_block(p, x, y, ctx, date_iso, hand_day=False, place=True, dated=True):
    """Place and date, the body's name, the signer's title, a seal, a signature."""
    line = "%s, " % ctx["city"] if place else ""
    if hand_day:
        y_, m_, d_ = date_iso.split("-")
        p.text(x - 240, y, line + "ngày", 28, "ital")
        p.hand(x - 240 + int(len(line + "ngày ") * 13.5), y, str(int(d_)), 34)
        p.text(x - 240 + int(len(line + "ngày ") * 13.5) + 50, y, "tháng", 28, "ital")
        p.hand(x - 240 + int(len(line + "ngày ") * 13.5) + 130, y, str(int(m_)), 34)
        p.text(x - 240 + int(len(line + "ngày ") * 13.5) + 180, y, "năm %s" % y_, 28, "ital")
    elif dated:
        p.centre(y, line + words_date(date_iso), 28, "ital", x=x)
    for i, s in enumerate(ctx["sign_title"]):
        p.centre(y + 50 + 38 * i, s, 28, "bold", x=x)
    yy = y + 50 + 38 * len(ctx["sign_title"])
    p.seal(x - 90, yy + 60, 115, ctx["seal"])
    p.sign(x - 60, yy + 80)
    p.centre(yy + 210, ctx["signer"], 30, "bold", x=x)
    return yy + 250


def cover_title(p, y, lines, size=46):
    for s in lines:
        p.centre(y, s, size, "bold", RED)
        y += int(size * 1.35)
    return y


def purposes_text(parcel):
    return "; ".join("%s (%s): %s m²" % (USES[q["land_use"]], q["land_use"], vn_area(q["area"]))
                     for q in parcel["purposes"])


def terms_text(parcel):
    if len(parcel["purposes"]) == 1:
        return parcel["purposes"][0]["term"]
    return "; ".join("%s: %s" % (q["land_use"], q["term"]) for q in parcel["purposes"])


def register(p, x, y, ctx, entries, cols=(300, 760, 300), dated_col=False):
    """A change register: one row per entry, typed or by hand; a seal and a
    signature over each confirmation."""
    head = ["Ngày, tháng, năm", "Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền"]
    if dated_col:
        head = ["Ngày đăng ký", "Nội dung thay đổi", "Xác nhận"]
    p.rect(x, y, x + sum(cols), y + 70)
    cx = x
    for wcol, s in zip(cols, head):
        p.para(cx + 8, y + 30, wcol - 16, s, 23, "bold", lead=1.2)
        cx += wcol
    y += 70
    for e in entries:
        top = y
        if e["how"] == "hand":
            p.hand(x + 12, y + 46, dmy(e["date"], pad=False), 32)
            yy = y + 46
            for chunk in wrap(e["text"], 38):
                p.hand(x + cols[0] + 12, yy, chunk, 31)
                yy += 46
        else:
            p.text(x + 12, y + 40, dmy(e["date"]), 26, "sans")
            yy = p.para(x + cols[0] + 10, y + 40, cols[1] - 20, e["text"], 25, "sans", lead=1.35)
        bottom = max(yy, y + 260)
        p.para(x + cols[0] + cols[1] + 10, y + 40, cols[2] - 20, e["confirm"], 21, "sans", lead=1.25)
        p.seal(x + cols[0] + cols[1] + cols[2] // 2, y + 170, 95, e["seal"])
        p.sign(x + cols[0] + cols[1] + 60, y + 190)
        p.text(x + cols[0] + cols[1] + 20, bottom - 20, e["signer"], 21, "sans")
        y = bottom
        p.line(x, y, x + sum(cols), y)
        p.line(x, top, x, y)
        for c in (cols[0], cols[0] + cols[1], sum(cols)):
            p.line(x + c, top, x + c, y)
    return y


def wrap(s, n):
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > n:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    return out + ([line] if line else [])


def plan(p, x, y, w, h, rng, parcel, dims=True):
    """A sketch of the parcel with its edges' lengths and neighbours."""
    pts = [(x + rng.randint(20, 80), y + rng.randint(20, 80)), (x + w - rng.randint(20, 80), y + rng.randint(10, 60)),
           (x + w - rng.randint(10, 60), y + h - rng.randint(20, 80)), (x + rng.randint(30, 90), y + h - rng.randint(10, 50))]
    p.rect(x, y, x + w, y + h, 2, "#555")
    p.poly(pts, 4, INK)
    p.text((pts[0][0] + pts[2][0]) // 2 - 60, (pts[0][1] + pts[2][1]) // 2, "Thửa %s" % parcel["number"], 28, "sans")
    if dims:
        for i in range(4):
            a, b = pts[i], pts[(i + 1) % 4]
            L = ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 / 20.0
            p.text((a[0] + b[0]) // 2 + 8, (a[1] + b[1]) // 2 - 8, vn_area(round(L, 1)) + " m", 24, "sans", "#333")
    p.text(x + 10, y - 12, "Tỷ lệ 1/%d" % rng.choice((500, 1000, 2000)), 22, "ital")
    p.text(x + w // 2 - 80, y + h + 34, "Đường bê tông", 22, "ital")


def red90(cert, rng, ctx, how):
    """The 1990s red book: three leaves, a statement, a ruled parcel table,
    the register; yellow inner leaves."""
    a = Page(CERT, "#f6efe2", None, rng)
    y = motto(a, 150)
    y = cover_title(a, y + 140, ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT"], 60)
    y = a.para(140, y + 100, 1220, "Căn cứ Luật Đất đai năm 1993, %s cấp giấy chứng nhận quyền sử dụng đất cho:"
               % cert["issuer"], 32)
    for s in owner_paras(cert, how, 1):
        y = a.para(160, y + 10, 1200, s, 32)
    y = a.para(140, y + 20, 1220, "Được quyền sử dụng %s m² đất (các thửa đất ghi tại trang 2 của giấy này)."
               % vn_area(cert["parcel"]["area"]), 32)
    a.text(140, y + 40, "Số phát hành: ", 30, "bold")
    a.text(360, y + 40, cert["serial"], 34, "bold", RED)
    sign_block(a, 1050, y + 160, ctx, cert["date"], hand_day=True)
    a.text(140, y + 220, "Vào sổ cấp giấy chứng nhận", 28)
    a.text(140, y + 260, "quyền sử dụng đất số:", 28)
    a.hand(140, y + 310, cert["register_number"], 36)
    b = Page(CERT, "#fbf3c9", "#e8d27a", rng)
    b.centre(160, "II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", 36, "bold")
    par = cert["parcel"]
    rows = [[par["number"] if i == 0 else "", par["sheet"] if i == 0 else "", vn_area(q["area"]),
             q["land_use"], q["term"]] for i, q in enumerate(par["purposes"])]
    y = b.grid(110, 220, [180, 180, 260, 260, 400], rows, 80, 28,
               head=["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Mục đích sử dụng", "Thời hạn sử dụng"])
    y = b.para(110, y + 60, 1280, "Cộng: %s m²" % vn_area(par["area"]), 30, "bold")
    y = b.para(110, y + 10, 1280, "Địa chỉ thửa đất: %s" % par["address"], 30)
    b.para(110, y + 40, 1280, "Ghi chú: Diện tích đất ở tính theo hạn mức giao đất của địa phương.", 28, "ital")
    c = Page(CERT, "#fbf3c9", "#e8d27a", rng)
    c.centre(150, "III. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", 34, "bold")
    register(c, 110, 220, ctx, ctx["entries"])
    return [a, b, c]


def red04(cert, rng, ctx, how):
    """The 2004 red book: items 1-8 on the parcel leaf with the use form as
    private and shared areas, a plan, and the register."""
    a = Page(CERT, "#fbeee8", "#f0b4b4", rng)
    y = motto(a, 150)
    y = cover_title(a, y + 120, ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT"], 64)
    y = a.para(140, y + 80, 1220, "%s chứng nhận quyền sử dụng đất cho:" % cert["issuer"].upper(), 32, "bold")
    a.text(140, y + 30, "I. NGƯỜI SỬ DỤNG ĐẤT", 32, "bold")
    y += 80
    for s in owner_paras(cert, how):
        y = a.para(160, y, 1200, s, 32) + 6
    a.text(1020, 1980, cert["serial"], 40, "sansb", RED)
    b = Page(CERT, "#fbeee8", "#f0b4b4", rng)
    par = cert["parcel"]
    b.text(110, 150, "II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", 34, "bold")
    mine = par["use_form"] == "Sử dụng riêng"
    priv, shared = (vn_area(par["area"]), "không") if mine else ("không", vn_area(par["area"]) + " m²")
    items = ["1. Thửa đất số: %s        2. Tờ bản đồ số: %s" % (par["number"], par["sheet"]),
             "3. Địa chỉ thửa đất: %s" % par["address"],
             "4. Diện tích: %s m² (%s m²)" % (vn_area(par["area"]), vn_area(par["area"])),
             "5. Hình thức sử dụng: Riêng: %s%s; Chung: %s" % (priv, " m²" if mine else "", shared),
             "6. Mục đích sử dụng đất: %s" % purposes_text(par),
             "7. Thời hạn sử dụng đất: %s" % terms_text(par),
             "8. Nguồn gốc sử dụng đất: %s" % par["origin"]]
    y = 220
    for s in items:
        y = b.para(110, y, 1280, s, 30, indent=0) + 8
    y = sign_block(b, 1050, y + 60, ctx, cert["date"])
    b.text(110, y - 120, "Số vào sổ cấp giấy chứng nhận", 26)
    b.text(110, y - 85, "quyền sử dụng đất: %s" % cert["register_number"], 26, "bold")
    c = Page(CERT, "#fbeee8", "#f0b4b4", rng)
    c.text(110, 130, "III. SƠ ĐỒ THỬA ĐẤT", 32, "bold")
    plan(c, 260, 190, 980, 560, rng, par)
    c.text(110, 880, "IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", 32, "bold")
    register(c, 110, 920, ctx, ctx["entries"])
    return [a, b, c]


def house_items(h):
    if h is None:
        return ["2. Nhà ở: -/-"]
    if h.get("building_area") is None:
        return ["2. Nhà ở: %s" % h["type"],
                "a) Diện tích sàn: %s m²; b) Kết cấu: %s" % (vn_area(h["floor_area"]), h["structure"]),
                "c) Hình thức sở hữu: %s; d) Thời hạn sở hữu: %s" % (h["ownership"], h["term"])]
    return ["2. Nhà ở: a) Loại nhà ở: %s; b) Diện tích xây dựng: %s m²;" % (h["type"], vn_area(h["building_area"])),
            "c) Diện tích sàn: %s m²; d) Kết cấu: %s; đ) Số tầng: %d;" % (vn_area(h["floor_area"]), h["structure"], h["floors"]),
            "e) Hình thức sở hữu: %s; g) Thời hạn được sở hữu: %s" % (h["ownership"], h["term"])]


def pink(cert, rng, ctx, how, grid=False):
    """The pink 2009-2024 form on four pages: I. owners, II. parcel and house
    (purposes in prose or in a ruled grid), III. plan, IV. changes."""
    tint = "#f3b9c4"
    a = Page(CERT, "#fdf0f1", tint, rng)
    y = motto(a, 150)
    y = cover_title(a, y + 110, ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT", "QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC",
                                 "GẮN LIỀN VỚI ĐẤT"], 50)
    y = a.para(120, y + 70, 1260, "I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", 32, "bold")
    for s in owner_paras(cert, how):
        y = a.para(150, y + 8, 1230, s, 31)
    a.text(1000, 1990, cert["serial"], 44, "sansb", RED)
    b = Page(CERT, "#fdf0f1", tint, rng)
    par = cert["parcel"]
    b.text(110, 130, "II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", 32, "bold")
    y = 200
    for s in ["1. Thửa đất:", "a) Thửa đất số: %s;   b) Tờ bản đồ số: %s;" % (par["number"], par["sheet"]),
              "c) Địa chỉ: %s;" % par["address"], "d) Diện tích: %s m²;" % vn_area(par["area"]),
              "đ) Hình thức sử dụng: %s;" % par["use_form"]]:
        y = b.para(120, y, 1270, s, 29) + 4
    if grid:
        y = b.para(120, y, 1270, "e) Mục đích sử dụng và g) Thời hạn sử dụng:", 29) + 4
        rows = [["%s (%s)" % (USES[q["land_use"]], q["land_use"]), vn_area(q["area"]), q["term"]]
                for q in par["purposes"]]
        y = b.grid(150, y, [620, 230, 400], rows, 60, 26,
                   head=["Mục đích sử dụng", "Diện tích (m²)", "Thời hạn sử dụng"]) + 44
    else:
        y = b.para(120, y, 1270, "e) Mục đích sử dụng: %s;" % purposes_text(par), 29) + 4
        y = b.para(120, y, 1270, "g) Thời hạn sử dụng: %s;" % terms_text(par), 29) + 4
    y = b.para(120, y, 1270, "h) Nguồn gốc sử dụng: %s." % par["origin"], 29) + 4
    for s in house_items(cert["house"]) + ["3. Công trình xây dựng khác: -/-", "4. Rừng sản xuất là rừng trồng: -/-",
                                           "5. Cây lâu năm: -/-", "6. Ghi chú: -/-"]:
        y = b.para(120, y, 1270, s, 29) + 4
    y = sign_block(b, 1050, y + 50, ctx, cert["date"])
    b.text(110, y - 60, "Số vào sổ cấp GCN: %s" % cert["register_number"], 28, "bold")
    c = Page(CERT, "#fdf0f1", tint, rng)
    c.text(110, 140, "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", 32, "bold")
    plan(c, 200, 260, 1100, 900, rng, par)
    c.para(110, 1330, 1280, "Ghi chú: Ranh giới thửa đất xác định theo bản đồ địa chính; tọa độ VN-2000, kinh tuyến trục %s."
           % ctx.get("meridian", "108°15'"), 26, "ital")
    d = Page(CERT, "#fdf0f1", tint, rng)
    d.text(110, 140, "IV. Những thay đổi sau khi cấp Giấy chứng nhận", 32, "bold")
    register(d, 110, 200, ctx, ctx["entries"])
    return [a, b, c, d]


def form2024(cert, rng, ctx, how):
    """The 2024 form on one sheet: a QR code, owners, parcel, assets and a
    small plan on the front; the register with a registration-date column
    on the back."""
    tint = "#f1c6a8"
    a = Page(CERT, "#fdf5ee", tint, rng)
    a.body = "roman"
    a.qr(90, 90, 225)
    y = motto(a, 110, x=870, size=28)
    y = cover_title(a, 330, ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN", "GẮN LIỀN VỚI ĐẤT"], 44)
    a.text(90, 350, "Mã: %s" % ctx["code"], 20, "sans")
    y = a.para(110, y + 20, 1280, "1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", 29, "bold")
    for s in owner_paras(cert, how, 1):
        y = a.para(140, y, 1250, s, 28)
    par = cert["parcel"]
    y = a.para(110, y + 10, 1280, "2. Thông tin thửa đất:", 29, "bold")
    for s in ["Thửa đất số: %s; Tờ bản đồ số: %s; Diện tích: %s m²" % (par["number"], par["sheet"], vn_area(par["area"])),
              "Địa chỉ: %s" % par["address"], "Hình thức sử dụng: %s" % par["use_form"]]:
        y = a.para(140, y, 1250, s, 28)
    rows = [[USES[q["land_use"]] + " (%s)" % q["land_use"], vn_area(q["area"]), q["term"]] for q in par["purposes"]]
    y = a.grid(140, y, [600, 220, 420], rows, 56, 25, head=["Loại đất", "Diện tích (m²)", "Thời hạn sử dụng"]) + 40
    y = a.para(140, y, 1250, "Nguồn gốc sử dụng: %s" % par["origin"], 28)
    y = a.para(110, y + 6, 1280, "3. Thông tin tài sản gắn liền với đất:", 29, "bold")
    for s in [x[3:] if x.startswith("2. ") else x for x in house_items(cert["house"])]:
        y = a.para(140, y, 1250, s, 27)
    a.para(110, y + 6, 1280, "4. Ghi chú: Không", 28)
    plan(a, 120, 1640, 520, 330, rng, par, dims=False)
    sign_block(a, 1080, 1530, ctx, cert["date"])
    a.text(700, 1985, "Số vào sổ cấp GCN: %s" % cert["register_number"], 25, "bold")
    a.text(700, 2035, "Số phát hành: %s" % cert["serial"], 27, "sansb", RED)
    b = Page(CERT, "#fdf5ee", tint, rng)
    b.text(110, 140, "5. Những thay đổi sau khi cấp Giấy chứng nhận", 32, "bold")
    register(b, 110, 200, ctx, ctx["entries"], cols=(250, 800, 310), dated_col=True)
    return [a, b]


# ---- the other papers of a dossier (A4, white) ----

def office_head(p, left, num):
    """Two columns: the office on the left with its number, the motto right."""
    for i, s in enumerate(left):
        p.centre(130 + 40 * i, s, 28, "bold" if i else "body", x=420)
    p.line(320, 130 + 40 * len(left) - 20, 520, 130 + 40 * len(left) - 20)
    if num:
        p.centre(130 + 40 * len(left) + 40, "Số: %s" % num, 28, x=420)
    motto(p, 130, x=1160, size=28)


def paper(rng, ctx, left, num, title, sub, body, date_iso, sign=True, second=None):
    """A one- or two-page paper: heading, title, body paragraphs, signature."""
    p = Page(A4, "white", None, rng)
    p.body = "roman"
    office_head(p, left, num)
    p.centre(300, "%s, %s" % (ctx["city"], words_date(date_iso)), 28, "ital", x=1160)
    y = 450
    for s in title:
        p.centre(y, s, 38, "bold")
        y += 50
    for s in sub:
        p.centre(y, s, 30, "bold")
        y += 42
    y += 40
    pages = [p]
    for i, s in enumerate(body):
        if second is not None and (i == second or y > 2050):
            p = Page(A4, "white", None, rng)
            p.body = "roman"
            p.centre(100, "2", 26)
            pages.append(p)
            y = 200
        if s.startswith("^"):   # a centred heading line
            y = p.centre(y + 10, s[1:], 31, "bold") + 56
            continue
        y = p.para(150, y, 1360, s, 29, indent=70) + 6
    if sign:
        if y > 1850:
            p = Page(A4, "white", None, rng)
            p.body = "roman"
            p.centre(100, "%d" % (len(pages) + 1), 26)
            pages.append(p)
            y = 200
        sign_block(p, 1180, y + 60, ctx, date_iso, dated=False)
        p.text(150, y + 60, "Nơi nhận:", 26, "bold")
        for i, s in enumerate(ctx.get("cc", ["- Như trên;", "- Lưu: VT."])):
            p.text(150, y + 100 + 36 * i, s, 24)
    return pages
