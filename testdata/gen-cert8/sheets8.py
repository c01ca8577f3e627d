"""gen-cert8's pages: the certificate forms of each generation (1994 and
2005 house-ownership certificates, the 2004 red book, the 2009/2014 pink
form, the 2024 form) and the other papers of a dossier, laid out on Sheets.

Each function takes the certificate (or paper) model c and returns
[(Sheet, page kind)]."""
from ink8 import Sheet, RED
from people8 import NAMES_OF, area_txt, dmy, words

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def motto(s, x=None, size=28):
    x = x if x is not None else (s.x0 + s.x1) // 2
    s.y += int(size * 1.5)
    s.text(x, s.y, MOTTO[0], size, "serif-b", anchor="middle")
    s.y += int(size * 1.5)
    s.text(x, s.y, MOTTO[1], size, "serif-b", anchor="middle")
    s.line(x - 200, s.y + 12, x + 200, s.y + 12)


def header(s, left1, left2, size=26):
    """The two-column header of a paper: the body on the left, the motto right."""
    y0 = s.y
    lx, rx = s.x0 + 300, s.x1 - 430
    s.text(lx, y0 + 40, left1, size, "serif", anchor="middle")
    s.text(lx, y0 + 80, left2, size, "serif-b", anchor="middle")
    s.line(lx - 90, y0 + 95, lx + 90, y0 + 95)
    s.y = y0 + 2
    motto(s, rx, size)
    s.y = y0 + 110


def who(p, cap=False):
    name = p["name"].upper() if cap else p["name"]
    return ("Ông" if p["gender"] == "M" else "Bà"), name


def id_words(p):
    t = p["id_type"]
    lab = {"cmnd": "CMND số", "cccd": "CCCD số", "dinh-danh": "Số định danh cá nhân",
           "passport": "Hộ chiếu số"}[t]
    return "%s: %s" % (lab, p["id_number"])


def sign(s, c, x=None, size=28, seal=True):
    """Place and date, the signer's titles, a seal and signature, the name."""
    x = x or s.x1 - 330
    d = c["date"]
    s.y += 50
    if c.get("dated", True):
        s.text(x, s.y, "%s, %s" % (c["town"], words(d)), size - 2, "serif-i", anchor="middle")
    for t in c["titles"]:
        s.y += int(size * 1.45)
        s.text(x, s.y, t, size, "serif-b", anchor="middle")
    top = s.y
    s.y += 190
    s.text(x, s.y, c["signer"], size, "serif-b", anchor="middle")
    if seal and c["seal"]:
        s.seal(x - 150, top + 60, 120, c["seal"])
    s.signature(x - 110, top + 100)


def register_rows(c, layout):
    """The change register's header and rows for a layout of columns."""
    heads = {"side": ["Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền"],
             "dated": ["Ngày, tháng, năm", "Nội dung thay đổi và cơ sở pháp lý",
                       "Xác nhận của cơ quan có thẩm quyền"],
             "note": ["Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền",
                      "Ghi chú"],
             "f2024": ["STT", "Ngày, tháng, năm", "Nội dung thay đổi", "Xác nhận của cơ quan đăng ký"]}
    widths = {"side": [0.58, 0.42], "dated": [0.2, 0.5, 0.3], "note": [0.5, 0.32, 0.18],
              "f2024": [0.07, 0.2, 0.45, 0.28]}
    rows, hand = [heads[layout]], set()
    for k, e in enumerate(c["changes"]):
        conf = "%s, %s. %s" % (e["town"], words(e["date"]) if layout != "f2024" else dmy(e["date"]),
                               e["by"])
        if layout == "side":
            row = [e["text"], conf]
        elif layout == "dated":
            row = [dmy(e["date"]), e["text"], e["by"]]
        elif layout == "note":
            row = [e["text"], conf, e.get("note", "")]
        else:
            row = [str(k + 1), dmy(e["date"]), e["text"], e["by"]]
        rows.append(row)
        if e["hand"]:
            for i, h in enumerate(rows[0]):
                if h.startswith("Nội dung") or h.startswith("Ngày"):
                    hand.add((k + 1, i))
    return widths[layout], rows, hand


def register(s, c, entries=None, layout="side", title=None):
    """The change register, entries seal-stamped and signed in the
    confirmation column."""
    if title:
        s.put(title, 30, "serif-b", "center", RED)
    s.skip(10)
    sub = dict(c, changes=entries if entries is not None else c["changes"])
    widths, rows, hand = register_rows(sub, layout)
    xs, bands = s.grid(widths, rows, 24, hand=hand)
    col = [i for i, h in enumerate(rows[0]) if h.startswith("Xác nhận")][0]
    for (top, bot), e in zip(bands[1:], sub["changes"]):
        cx = (xs[col] + xs[col + 1]) // 2
        s.seal(cx + s.rng.randint(-40, 40), (top + bot) // 2 + 20, 95, e["seal"])
        s.signature(cx - 100, bot - 30, 200)
    return s


def purposes_grid(s, p, size=26, note=False):
    rows = [["Mục đích sử dụng", "Diện tích (m²)", "Thời hạn sử dụng"] + (["Ghi chú"] if note else [])]
    for u in p["purposes"]:
        rows.append(["%s (%s)" % (NAMES_OF[u["land_use"]], u["land_use"]), area_txt(u["area"]),
                     u["term"]] + ([""] if note else []))
    s.grid([0.5, 0.18, 0.32] if not note else [0.42, 0.16, 0.28, 0.14], rows, size)


def plan_page(s, c, title, scale="1/500", h=700):
    p = c["parcel"]
    s.put(title, 30, "serif-b", "center", RED)
    s.put("Tỷ lệ %s" % scale, 26, "serif-i", "center")
    s.plan(s.x0 + 350, s.y + 160, s.x1 - s.x0 - 700, h, c["edges"], p["number"], c["neighbours"])
    s.y += h + 300
    s.put("Chiều dài các cạnh thửa: " + "; ".join(
        "%s-%s: %s m" % (a, b, e) for (a, b), e in zip(["12", "23", "34", "41"], c["edges"])), 24)


def plan_signed(s, c, title, scale, low, label, extra=None):
    """The plan, a line under it, the signature block no higher than `low`
    above the foot, and the register number under it."""
    plan_page(s, c, title, scale)
    if extra:
        s.put(extra, 26)
    s.y = max(s.y, s.H - low)
    sign(s, c)
    s.put("%s: %s" % (label, c["register_number"]), 26)


# ---------------------------------------------------------------- forms
def house_1994(c, rng):
    """Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở (Nghị định
    60/CP, 1994): owners and house on the first leaf, land and plan on the
    second, changes on the third, in a typewriter-like sans on cream."""
    own, land, reg = (Sheet(rng, k, 200, 280, "cream", "sans") for k in
                      ("certificate-owner", "certificate-parcel", "certificate-changes"))
    for s in (own, land, reg):
        s.guilloche("#eadcb8")
    motto(own)
    own.skip(30)
    own.put("GIẤY CHỨNG NHẬN", 44, "serif-b", "center", RED)
    own.put("QUYỀN SỞ HỮU NHÀ Ở VÀ QUYỀN SỬ DỤNG ĐẤT Ở", 32, "serif-b", "center", RED)
    own.put("Số: %s" % c["serial"], 30, "sans-b", "center", RED)
    own.put("Hồ sơ gốc số: %s" % c["register_number"], 28, "sans", "center")
    own.skip(30)
    own.put("I. CHỦ SỞ HỮU NHÀ Ở VÀ SỬ DỤNG ĐẤT Ở", 30, "sans-b")
    a, b = c["owners"]
    own.put("Ông: %s            Năm sinh: %d" % (a["name"], a["birth_year"]), 30)
    own.put("CMND số: %s   cấp ngày %s tại Công an thành phố Hà Nội" % (a["id_number"], dmy(a["id_date"])), 28)
    own.put("và vợ là bà: %s     Năm sinh: %d" % (b["name"], b["birth_year"]), 30)
    own.put("CMND số: %s   cấp ngày %s tại Công an thành phố Hà Nội" % (b["id_number"], dmy(b["id_date"])), 28)
    own.put("Địa chỉ thường trú: %s" % a["address"], 28)
    own.skip(20)
    h = c["house"]
    own.put("II. NHÀ Ở", 30, "sans-b")
    own.put("Địa chỉ: %s" % c["parcel"]["address"], 28)
    own.put("Loại nhà: %s;   Cấp hạng: cấp 3" % h["type"], 28)
    own.put("Diện tích xây dựng: %s m²    Diện tích sử dụng: %s m²" % (
        area_txt(h["building_area"]), area_txt(h["floor_area"])), 28)
    own.put("Kết cấu: %s;   Số tầng: %d" % (h["structure"], h["floors"]), 28)
    own.put("Hình thức sở hữu: %s;   Thời hạn sở hữu: %s" % (h["ownership"], h["term"]), 28)
    p = c["parcel"]
    land.put("III. ĐẤT Ở", 30, "sans-b")
    land.put("Thửa đất số: %s     Tờ bản đồ số: %s" % (p["number"], p["sheet"]), 28)
    land.put("Diện tích: %s m²     Hình thức sử dụng: %s" % (area_txt(p["area"]), p["use_form"]), 28)
    land.put("Mục đích sử dụng: %s (%s);   Thời hạn sử dụng: %s" % (
        NAMES_OF[p["purposes"][0]["land_use"]], p["purposes"][0]["land_use"], p["purposes"][0]["term"]), 28)
    land.put("Nguồn gốc sử dụng: %s" % p["origin"], 28)
    land.skip(20)
    plan_page(land, c, "IV. SƠ ĐỒ NHÀ Ở VÀ ĐẤT Ở", "1/200", 420)
    land.y = max(land.y, land.H - 720)
    sign(land, c)
    land.put("Vào sổ đăng ký số: %s" % c["register_number"], 26, indent=0)
    register(reg, c, layout="side", title="V. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN")
    return [(own, own.kind), (land, land.kind), (reg, reg.kind)]


def house_2005(c, rng):
    """Giấy chứng nhận quyền sở hữu nhà ở (Luật Nhà ở 2005): the owner and
    the house with its lettered items, the land under it, a plan with the
    floors' areas, and the register with a date column."""
    own, plan, reg = (Sheet(rng, k, 190, 265, "pink", "serif") for k in
                      ("certificate-owner", "certificate-parcel", "certificate-changes"))
    for s in (own, plan, reg):
        s.guilloche("#f1c3cb")
    motto(own)
    own.put("GIẤY CHỨNG NHẬN", 46, "serif-b", "center", RED)
    own.put("QUYỀN SỞ HỮU NHÀ Ở", 40, "serif-b", "center", RED)
    own.put("%s chứng nhận" % c["issuer"].replace("Ủy ban nhân dân", "ỦY BAN NHÂN DÂN").upper()
            .replace("ỦY BAN NHÂN DÂN QUẬN", "ỦY BAN NHÂN DÂN QUẬN"), 28, "serif-b", "center")
    p0 = c["owners"][0]
    t, n = who(p0)
    own.put("1. Chủ sở hữu: %s %s; sinh năm %d; %s, cấp ngày %s" % (
        t, n, p0["birth_year"], id_words(p0), dmy(p0["id_date"])), 28)
    own.put("Địa chỉ thường trú: %s" % p0["address"], 28)
    h, p = c["house"], c["parcel"]
    own.put("2. Nhà ở:", 28, "serif-b")
    for lab, v in [("a) Địa chỉ", p["address"]), ("b) Tổng diện tích sử dụng", area_txt(h["floor_area"]) + " m²"),
                   ("c) Diện tích xây dựng", area_txt(h["building_area"]) + " m²"),
                   ("d) Kết cấu nhà", h["structure"]), ("đ) Số tầng", str(h["floors"])),
                   ("e) Loại nhà", h["type"]), ("g) Hình thức sở hữu", h["ownership"]),
                   ("h) Thời hạn sở hữu", h["term"])]:
        own.put("%s: %s" % (lab, v), 27, indent=30)
    own.put("3. Đất ở:", 28, "serif-b")
    for lab, v in [("a) Thửa đất số", p["number"]), ("b) Tờ bản đồ số", p["sheet"]),
                   ("c) Diện tích", area_txt(p["area"]) + " m²"), ("d) Hình thức sử dụng", p["use_form"]),
                   ("đ) Mục đích sử dụng", "%s (%s)" % (NAMES_OF[p["purposes"][0]["land_use"]],
                                                       p["purposes"][0]["land_use"])),
                   ("e) Thời hạn sử dụng", p["purposes"][0]["term"]), ("g) Nguồn gốc sử dụng", p["origin"])]:
        own.put("%s: %s" % (lab, v), 27, indent=30)
    own.put("Số seri: %s" % c["serial"], 30, "sans-b", colour=RED)
    floors = "Tầng 1: %s m²; các tầng trên: %s m²" % (
        area_txt(h["building_area"]), area_txt(round(h["floor_area"] - h["building_area"], 1)))
    plan_signed(plan, c, "4. SƠ ĐỒ NHÀ Ở", "1/200", 700, "Số vào sổ cấp giấy chứng nhận", floors)
    register(reg, c, layout="dated", title="5. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN")
    return [(own, own.kind), (plan, plan.kind), (reg, reg.kind)]


def red_2004(c, rng):
    """The 2004 red book: the issuing committee's statement and the user on
    the first inner leaf, the parcel with its purposes in a table beside a
    Ghi chú column, the plan, then the register with a date column."""
    own, plan, reg = (Sheet(rng, k, 190, 265, "yellow", "serif") for k in
                      ("certificate-owner", "certificate-parcel", "certificate-changes"))
    for s in (own, plan, reg):
        s.guilloche("#e9d79a")
    own.put("%s" % c["issuer"].upper(), 30, "serif-b", "center", RED)
    own.put("chứng nhận", 28, "serif-i", "center")
    own.put("I. TÊN NGƯỜI SỬ DỤNG ĐẤT", 28, "serif-b")
    for ln in c["owner_lines"]:
        own.put(ln, 28, indent=20)
    own.put("II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", 28, "serif-b")
    p = c["parcel"]
    own.put("1. Thửa đất số: %s      2. Tờ bản đồ số: %s" % (p["number"], p["sheet"]), 27, indent=20)
    own.put("3. Địa chỉ thửa đất: %s" % p["address"], 27, indent=20)
    own.put("4. Diện tích: %s m² (bằng chữ: %s mét vuông)" % (area_txt(p["area"]), c["area_words"]), 27, indent=20)
    own.put("5. Hình thức sử dụng: %s" % p["use_form"], 27, indent=20)
    own.put("6, 7. Mục đích và thời hạn sử dụng:", 27, indent=20)
    purposes_grid(own, p, 25, note=True)
    own.put("8. Nguồn gốc sử dụng: %s" % p["origin"], 27, indent=20)
    own.put("III. TÀI SẢN GẮN LIỀN VỚI ĐẤT: không", 28, "serif-b")
    own.put("Số phát hành: %s" % c["serial"], 28, "sans-b", colour=RED)
    plan_signed(plan, c, "V. SƠ ĐỒ THỬA ĐẤT", "1/1000", 720,
                "Vào sổ cấp giấy chứng nhận quyền sử dụng đất số")
    register(reg, c, layout="dated", title="VI. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN")
    return [(own, own.kind), (plan, plan.kind), (reg, reg.kind)]


def owners_pink(s, c):
    style = c["style"]
    ow = c["owners"]
    if style == "couple":
        a, b = ow
        s.put("Ông %s, sinh năm %d, %s và vợ là bà %s, sinh năm %d, %s; địa chỉ thường trú: %s" % (
            a["name"].upper(), a["birth_year"], id_words(a), b["name"].upper(), b["birth_year"],
            id_words(b), a["address"]), 29)
    elif style == "heirs":
        s.put("Những người cùng sử dụng đất (đồng sở hữu, thừa kế theo văn bản thỏa thuận "
              "phân chia di sản số %s):" % c["heir_deed"], 28)
        rows = [["STT", "Họ và tên", "Năm sinh", "Giấy tờ nhân thân", "Địa chỉ thường trú"]]
        for k, p in enumerate(ow):
            rows.append([str(k + 1), "%s %s" % who(p), str(p["birth_year"]), id_words(p), p["address"]])
        s.grid([0.07, 0.25, 0.13, 0.25, 0.30], rows, 23)
    elif style == "org":
        p = ow[0]
        s.put("Tên tổ chức: %s" % p["name"], 30, "serif-b")
        s.put("Giấy chứng nhận đăng ký doanh nghiệp mã số %s do Sở Kế hoạch và Đầu tư %s cấp lần "
              "đầu ngày %s" % (p["org_number"], c["prov_name"], dmy(c["org_date"])), 28)
        s.put("Địa chỉ trụ sở: %s" % p["address"], 28)
    else:
        p = ow[0]
        t, n = who(p)
        s.put("%s: %s;  Năm sinh: %d" % (t, n.upper(), p["birth_year"]), 30)
        s.put("%s, cấp ngày %s" % (id_words(p), dmy(p["id_date"])), 28)
        s.put("Địa chỉ thường trú: %s" % p["address"], 28)


def pink(c, rng, font="serif"):
    """The pink form (2009, issued on the 2014 model too): owners on the
    first page, the parcel with its purposes in a grid and the house or
    apartment on the second, the plan, and the register (continued on a
    trang bổ sung when it is full)."""
    pages = []
    own = Sheet(rng, "certificate-owner", 190, 265, "pink", font)
    motto(own)
    own.skip(40)
    own.put("GIẤY CHỨNG NHẬN", 48, "serif-b", "center", RED)
    own.put("QUYỀN SỬ DỤNG ĐẤT", 36, "serif-b", "center", RED)
    own.put("QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", 32, "serif-b", "center", RED)
    own.skip(40)
    own.put("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", 30, "serif-b")
    owners_pink(own, c)
    own.y = own.H - 250
    own.put(c["serial"], 40, "sans-b", "center", RED)
    pages.append(own)
    par = Sheet(rng, "certificate-parcel", 190, 265, "pink", font)
    par.put("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", 30, "serif-b")
    p = c["parcel"]
    par.put("1. Thửa đất:", 28, "serif-b")
    par.put("a) Thửa đất số: %s;  Tờ bản đồ số: %s" % (p["number"], p["sheet"]), 27, indent=20)
    par.put("b) Địa chỉ: %s" % p["address"], 27, indent=20)
    par.put("c) Diện tích: %s m² (Bằng chữ: %s mét vuông)" % (area_txt(p["area"]), c["area_words"]), 27, indent=20)
    par.put("d) Hình thức sử dụng: %s" % p["use_form"], 27, indent=20)
    par.put("đ) Mục đích sử dụng, e) Thời hạn sử dụng:", 27, indent=20)
    purposes_grid(par, p, 25)
    par.put("g) Nguồn gốc sử dụng: %s" % p["origin"], 27, indent=20)
    h = c["house"]
    if h and h["building_area"] is None:
        par.put("2. Nhà ở: Căn hộ chung cư", 28, "serif-b")
        for lab, v in [("a) Tên nhà chung cư", c["building"]), ("b) Căn hộ số", c["flat"]),
                       ("c) Diện tích sàn", area_txt(h["floor_area"]) + " m²"),
                       ("d) Hình thức sở hữu", h["ownership"]), ("đ) Kết cấu", h["structure"]),
                       ("e) Thời hạn sở hữu", h["term"])]:
            par.put("%s: %s" % (lab, v), 27, indent=20)
    elif h:
        par.put("2. Nhà ở: %s" % h["type"], 28, "serif-b")
        par.put("Diện tích xây dựng: %s m²; Diện tích sàn: %s m²; Kết cấu: %s; Số tầng: %d; "
                "Hình thức sở hữu: %s; Thời hạn sở hữu: %s" % (
                    area_txt(h["building_area"]), area_txt(h["floor_area"]), h["structure"], h["floors"],
                    h["ownership"], h["term"]), 27, indent=20)
    else:
        par.put("2. Nhà ở: -/-", 28, "serif-b")
    par.put("3. Công trình xây dựng khác: -/-", 28, "serif-b")
    par.put("4. Rừng sản xuất là rừng trồng: -/-     5. Cây lâu năm: -/-", 28, "serif-b")
    par.put("6. Ghi chú: %s" % c.get("note", "-/-"), 28, "serif-b")
    par.y = max(par.y, par.H - 820)
    sign(par, c)
    par.put("Số vào sổ cấp GCN: %s" % c["register_number"], 27)
    pages.append(par)
    pl = Sheet(rng, "certificate-parcel", 190, 265, "pink", font)
    plan_page(pl, c, "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất")
    pages.append(pl)
    first, rest = c["changes"][:c.get("per_page", 9)], c["changes"][c.get("per_page", 9):]
    reg = Sheet(rng, "certificate-changes", 190, 265, "pink", font)
    register(reg, c, first, c.get("layout", "side"),
             "IV. Những thay đổi sau khi cấp Giấy chứng nhận")
    pages.append(reg)
    if rest:
        add = Sheet(rng, "certificate-changes", 190, 265, "pink", font)
        add.put("TRANG BỔ SUNG GIẤY CHỨNG NHẬN", 34, "serif-b", "center", RED)
        add.put("Số vào sổ cấp GCN: %s;  Số phát hành GCN: %s" % (c["register_number"], c["serial"]), 26, align="center")
        register(add, c, rest, c.get("layout", "side"), "Những thay đổi sau khi cấp Giấy chứng nhận (tiếp theo)")
        pages.append(add)
    for s in pages:
        s.guilloche("#f0bcc6")
    return [(s, s.kind) for s in pages]


def form2024(c, rng):
    """The 2024 form: QR code and code line, owners and the parcel as ruled
    tables, dates as dd/mm/yyyy; the register on the back as a table."""
    f = Sheet(rng, "certificate-owner", 210, 297, "pink", "sans")
    f.guilloche("#f3cdd3")
    f.qr(f.x1 - 300, f.y - 60, 10)
    motto(f, f.x0 + 520)
    f.skip(130)
    f.put("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT,", 38, "serif-b", "center", RED)
    f.put("QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", 38, "serif-b", "center", RED)
    f.skip(30)
    f.put("Mã Giấy chứng nhận: %s" % c["code"], 26)
    f.put("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", 28, "sans-b")
    rows = [["Họ và tên", "Năm sinh", "Giấy tờ nhân thân", "Địa chỉ"]]
    for k, p in enumerate(c["owners"]):
        t, n = who(p, True)
        if k and c["style"] == "couple":
            t = "và %s là %s" % ("vợ" if p["gender"] == "F" else "chồng", t.lower())
        rows.append(["%s %s" % (t, n), str(p["birth_year"]),
                     id_words(p) + (", " + c["nationality"] if p["id_type"] == "passport" else ""),
                     p["address"]])
    f.grid([0.26, 0.12, 0.30, 0.32], rows, 23)
    p = c["parcel"]
    f.put("2. Thông tin thửa đất:", 28, "sans-b")
    f.grid([0.2, 0.2, 0.25, 0.35], [["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Hình thức sử dụng"],
                                     [p["number"], p["sheet"], area_txt(p["area"]), p["use_form"]]], 24)
    f.put("Địa chỉ thửa đất: %s" % p["address"], 26)
    rows = [["Loại đất", "Diện tích (m²)", "Thời hạn sử dụng", "Nguồn gốc sử dụng"]]
    for u in p["purposes"]:
        rows.append(["%s (%s)" % (NAMES_OF[u["land_use"]], u["land_use"]), area_txt(u["area"]), u["term"],
                     p["origin"]])
    f.grid([0.3, 0.16, 0.24, 0.30], rows, 23)
    f.put("3. Thông tin tài sản gắn liền với đất: -/-", 28, "sans-b")
    f.put("4. Ghi chú: -/-", 28, "sans-b")
    f.put("5. Sơ đồ thửa đất:", 28, "sans-b")
    f.plan(f.x0 + 120, f.y + 90, 520, 330, c["edges"], p["number"], c["neighbours"])
    f.y += 500
    sign(f, c, size=26)
    f.put("Số vào sổ cấp Giấy chứng nhận: %s" % c["register_number"], 26)
    f.put("Số phát hành: %s" % c["serial"], 30, "sans-b", colour=RED)
    b = Sheet(rng, "certificate-changes", 210, 297, "pink", "sans")
    b.guilloche("#f3cdd3")
    register(b, c, layout="f2024", title="6. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN")
    return [(f, f.kind), (b, b.kind)]


# ---------------------------------------------------------------- papers
def paper(rng, kind, body1, body2, number, town, d, title, subject, paras, signer, titles,
          seal, first_page=True):
    """A typed paper of a dossier: header, number and date, title, subject,
    paragraphs, and a signature block (when it is the last page)."""
    s = Sheet(rng, kind, font="serif")
    if first_page:
        header(s, body1, body2)
        s.y += 30
        if number:
            s.text(s.x0 + 300, s.y, "Số: %s" % number, 26, anchor="middle")
        s.text(s.x1 - 430, s.y, "%s, %s" % (town, words(d)), 26, "serif-i", anchor="middle")
        s.skip(40)
        s.put(title, 34, "serif-b", "center")
        if subject:
            s.put(subject, 28, "serif-b", "center")
        s.skip(20)
    else:
        s.text((s.x0 + s.x1) // 2, s.y, "2", 26, anchor="middle")
        s.skip(30)
    for p in paras:
        s.put(p, 28, indent=40)
    if signer:
        s.skip(30)
        sign(s, {"date": d, "town": town, "titles": titles, "signer": signer, "seal": seal,
                 "dated": False})
    return s
