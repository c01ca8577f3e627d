"""forms6: the certificate pages of the three generations (red books of
1993 and 2004, the pink 2009-2024 form, the 2024 form) drawn on draw6 pages.

A certificate c is the truth's fields plus how they are printed (style
keys); each function returns the Pages of one side or one leaf."""
from draw6 import Page, mm, px, RED
from model6 import USES, vn_num, in_words, dmy, long_date

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PINK, PINK_LINE = "#fbe8ea", "#f0bcc6"
YELLOW, YELLOW_LINE = "#fbf3d2", "#ecd98f"
NEW, NEW_LINE = "#f4f1e6", "#d9cfa8"


def nation(p, y, pt=11):
    y = p.centre(y, NATION, "bold", pt)
    y = p.centre(y, MOTTO, "bold", pt + 0.5)
    p.rule(p.W // 2 - mm(28), y - int(px(pt) * 0.9), p.W // 2 + mm(28), y - int(px(pt) * 0.9))
    return y + mm(3)


def emblem(p, cx, cy, R):
    """The national emblem: a red disc and a yellow star, drawn plainly."""
    p.ops.append('fill "%s" stroke "#b8860b" stroke-width 6 circle %d,%d %d,%d'
                 % (RED, cx, cy, cx + R, cy))
    import math
    pts = " ".join("%d,%d" % (cx + (R * 0.6 if k % 2 == 0 else R * 0.24) * math.cos(-math.pi / 2 + k * math.pi / 5),
                              cy + (R * 0.6 if k % 2 == 0 else R * 0.24) * math.sin(-math.pi / 2 + k * math.pi / 5))
                   for k in range(10))
    p.ops.append('fill "#f6d32d" stroke none polygon %s' % pts)


def honorific(o):
    return "Ông" if o["gender"] == "M" else "Bà"


def id_phrase(o, style):
    """How an owner's paper is printed: CMND, CCCD, personal ID or passport."""
    if o["id_type"] == "passport":
        return "Hộ chiếu số %s" % o["passport"]
    label = {"cmnd": ["CMND số:", "Chứng minh nhân dân số"],
             "cccd": ["CCCD số:", "Căn cước công dân số"],
             "dinh-danh": ["Số định danh cá nhân:", "Căn cước số"]}[o["id_type"]]
    return "%s %s" % (label[style.get("idlong", 0)], o["id_number"])


def shown(o, style):
    return o["name"].upper() if style.get("caps") else o["name"]


def owners_block(p, x, y, w, c, pt=12):
    """The owners as this certificate prints them; returns the next y."""
    st, ows = c["style"], c["owners"]
    if c.get("org"):
        o, org = ows[0], c["org"]
        y = p.para(x, y, w, "Tổ chức: %s" % o["name"], "bold", pt)
        y = p.para(x, y, w, "Mã số doanh nghiệp: %s do %s cấp lần đầu ngày %s"
                   % (org["tax"], org["by"], dmy(org["since"])), "reg", pt)
        return p.para(x, y, w, "Địa chỉ trụ sở chính: %s" % o["address"], "reg", pt)
    if c.get("household"):
        y = p.para(x, y, w, "Hộ gia đình, gồm các thành viên:", "bold", pt)
        for i, o in enumerate(ows):
            y = p.para(x + mm(4), y, w - mm(4), "%d. %s %s, sinh năm %d, %s" % (
                i + 1, honorific(o), shown(o, st), o["birth_year"], id_phrase(o, st)), "reg", pt)
        return p.para(x, y, w, "Cùng thường trú tại: %s" % ows[0]["address"], "reg", pt)
    if st.get("prose") and len(ows) == 2:
        a, b = ows
        s = ("%s %s, năm sinh %d, %s và %s là %s %s, năm sinh %d, %s; địa chỉ thường trú: %s"
             % (honorific(a), shown(a, st), a["birth_year"], id_phrase(a, st),
                "vợ" if b["gender"] == "F" else "chồng", honorific(b).lower(), shown(b, st),
                b["birth_year"], id_phrase(b, st), a["address"]))
        return p.para(x, y, w, s, "reg", pt)
    for i, o in enumerate(ows):
        lab = "%s:" % honorific(o)
        p.text(x, y, lab, "reg", pt)
        p.text(x + mm(12), y, shown(o, st), "bold", pt)
        p.text(x + int(w * 0.64), y, "Sinh năm: %d" % o["birth_year"], "reg", pt)
        y += int(px(pt) * 1.45)
        y = p.para(x, y, w, id_phrase(o, st), "reg", pt)
        if i == len(ows) - 1 or ows[i + 1]["address"] != o["address"]:
            y = p.para(x, y, w, "Địa chỉ thường trú: %s" % o["address"], "reg", pt)
    return y


def area_m2(a, st):
    return "%s %s" % (vn_num(a), "m2" if st.get("m2") else "m²")


def purposes_lines(c):
    """(use line, term line) of a parcel's purposes in running text."""
    ps, st = c["parcel"]["purposes"], c["style"]
    if len(ps) == 1:
        u = ps[0]["land_use"]
        name = USES[u] if not st.get("code") else "%s (%s)" % (USES[u], u)
        return name, ps[0]["term"]
    use = "; ".join("%s %s" % (USES[q["land_use"]] if not st.get("code") else
                               "%s (%s)" % (USES[q["land_use"]], q["land_use"]),
                               area_m2(q["area"], st)) for q in ps)
    term = "; ".join("%s: %s" % (USES[q["land_use"]], q["term"]) for q in ps)
    return use, term


def purposes_grid(p, x, y, w, c, pt=11):
    """The purposes as a ruled table: purpose, area, term."""
    cols = [0, int(w * 0.5), int(w * 0.68), w]
    heads = ["Mục đích sử dụng", "Diện tích (m²)", "Thời hạn sử dụng"]
    rh = int(px(pt) * 1.8)
    y -= int(px(pt) * 0.9)
    rows = [[USES[q["land_use"]] + " (%s)" % q["land_use"], vn_num(q["area"]), q["term"]]
            for q in c["parcel"]["purposes"]]
    for r, row in enumerate([heads] + rows):
        for k, cell in enumerate(row):
            p.text(x + cols[k] + 12, y + rh * r + int(rh * 0.7), cell, "bold" if r == 0 else "reg",
                   pt - (1 if k == 0 and r else 0))
    for r in range(len(rows) + 2):
        p.rule(x, y + rh * r, x + w, y + rh * r)
    for k in cols:
        p.rule(x + k, y, x + k, y + rh * (len(rows) + 1))
    return y + rh * (len(rows) + 1) + int(px(pt) * 1.6)


def house_lines(c):
    """The house items, one string each, or None when there is no house."""
    h = c.get("house")
    if not h:
        return None
    if h["type"].startswith("Căn hộ"):
        return ["Loại nhà ở: %s; Căn hộ số: %s; Tầng: %s; Tòa nhà: %s" % (
                    h["type"], c["apt"]["no"], c["apt"]["floor"], c["apt"]["block"]),
                "Diện tích sàn: %s" % area_m2(h["floor_area"], c["style"]),
                "Kết cấu: %s" % h["structure"],
                "Hình thức sở hữu: %s" % h["ownership"], "Thời hạn sở hữu: %s" % h["term"]]
    return ["Loại nhà ở: %s" % h["type"],
            "Diện tích xây dựng: %s; Diện tích sàn: %s" % (area_m2(h["building_area"], c["style"]),
                                                         area_m2(h["floor_area"], c["style"])),
            "Kết cấu: %s; Số tầng: %d" % (h["structure"], h["floors"]),
            "Hình thức sở hữu: %s; Thời hạn sở hữu: %s" % (h["ownership"], h["term"])]


def sign_block(p, x, y, c, pt=11.5, place_date=True):
    """Place and date, the issuer's signature with its seal; returns y below."""
    iss = c["signer"]
    if place_date:
        p.text(x, y, "%s, %s" % (c["town"], long_date(c["date"], c["style"].get("pad", True))),
               "ital", pt, anchor="middle")
        y += int(px(pt) * 1.6)
    for ln in iss["lines"]:
        p.text(x, y, ln, "bold", pt, anchor="middle")
        y += int(px(pt) * 1.4)
    p.seal(x - mm(12), y + mm(9), iss["ring"])
    p.signature(x - mm(8), y + mm(12))
    y += mm(26)
    p.text(x, y, iss["name"], "bold", pt, anchor="middle")
    return y + mm(6)


def changes_table(p, x, y, w, c, heads, cols, pt=10.5, rows=4):
    """A change register: heads over columns (fractions of w); each entry's
    text typed (Noto Sans Mono) or written by hand, its date and a seal."""
    xs = [x + int(w * f) for f in cols] + [x + w]
    rh = mm(44)
    hh = mm(12)
    for k, hd in enumerate(heads):
        p.para(xs[k] + 12, y + mm(5), xs[k + 1] - xs[k] - 24, hd, "bold", pt - 0.5)
    p.box(x, y, x + w, y + hh + rh * rows)
    p.rule(x, y + hh, x + w, y + hh)
    for xx in xs[1:-1]:
        p.rule(xx, y, xx, y + hh + rh * rows)
    for i in range(1, rows):
        p.rule(x, y + hh + rh * i, x + w, y + hh + rh * i, 1)
    for i, ch in enumerate(c["changes"]):
        top = y + hh + rh * i + mm(6)
        conf_x = xs[-2] + 14
        if len(heads) == 3:
            p.text(xs[0] + 10, top, dmy(ch["date"]), "mono", pt - 1.5)
        if ch["hand"]:
            words, line, yy = ch["text"].split(), "", top
            for wd in words:
                if p.width(line + " " + wd, "reg", 12.5) > xs[-2] - xs[-3] - 40:
                    p.hand(xs[-3] + 14, yy, line.strip(), 12.5)
                    yy, line = yy + mm(6), wd
                else:
                    line += " " + wd
            p.hand(xs[-3] + 14, yy, line.strip(), 12.5)
        else:
            p.para(xs[-3] + 14, top, xs[-2] - xs[-3] - 28, ch["text"], "mono", pt - 1.5, lead=1.3)
        yy = top
        if len(heads) != 3:
            if ch["hand"]:
                p.hand(conf_x, yy, "%s, %s" % (c["town_short"], long_date(ch["date"], False)), 11)
            else:
                p.text(conf_x, yy, "%s, ngày %s" % (c["town_short"], dmy(ch["date"])), "ital", pt - 1)
            yy += mm(6)
        for ln in ch["office"]:
            p.text(conf_x, yy, ln, "bold", pt - 2.5)
            yy += mm(4)
        p.seal(conf_x + mm(18), yy + mm(2), ch["ring"], R=mm(13))
        p.signature(conf_x + mm(10), yy + mm(8), mm(24))
        p.text(conf_x + mm(6), yy + mm(14), ch["signer"], "bold", pt - 2.5)
    return y + hh + rh * rows + mm(4)


# --- the pink 2009-2024 form: four pages ------------------------------------

def pink_pages(rnd, c):
    st = c["style"]
    W, H = 190, 265
    p1 = Page(rnd, W, H, PINK)
    p1.guilloche(PINK_LINE)
    y = nation(p1, mm(18))
    emblem(p1, p1.W // 2, y + mm(16), mm(14))
    y += mm(40)
    y = p1.centre(y, "GIẤY CHỨNG NHẬN", "head", 24, RED)
    y = p1.centre(y, "QUYỀN SỬ DỤNG ĐẤT", "head", 15, RED)
    y = p1.centre(y, "QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", "head", 12.5, RED)
    y += mm(8)
    y = p1.para(mm(16), y, p1.W - mm(32), "I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác "
                "gắn liền với đất", "bold", 12.5)
    y += mm(2)
    owners_block(p1, mm(18), y, p1.W - mm(36), c)
    p1.text(p1.W - mm(20), p1.H - mm(16), c["serial"], "head", 15, RED, "end")
    p1.text(mm(18), p1.H - mm(16), "%s" % c["barcode"], "mono", 9, keep=False)

    p2 = Page(rnd, W, H, PINK)
    p2.guilloche(PINK_LINE, rosette=False)
    x, w = mm(16), p2.W - mm(32)
    y = p2.para(x, mm(20), w, "II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", "bold", 12.5)
    y = p2.para(x, y, w, "1. Thửa đất:", "bold", 12)
    pc = c["parcel"]
    x2 = x + mm(4)
    y = p2.para(x2, y, w, "a) Thửa đất số: %s,   tờ bản đồ số: %s" % (pc["number"], pc["sheet"]))
    y = p2.para(x2, y, w, "b) Địa chỉ: %s" % pc["address"])
    y = p2.para(x2, y, w, "c) Diện tích: %s (Bằng chữ: %s)" % (area_m2(pc["area"], st),
                                                              in_words(pc["area"])))
    y = p2.para(x2, y, w, "d) Hình thức sử dụng: %s" % pc["use_form"])
    if st.get("grid"):
        y = p2.para(x2, y, w, "đ), e) Mục đích và thời hạn sử dụng:")
        y = purposes_grid(p2, x2, y, w - mm(4), c)
    else:
        use, term = purposes_lines(c)
        y = p2.para(x2, y, w, "đ) Mục đích sử dụng: %s" % use)
        y = p2.para(x2, y, w, "e) Thời hạn sử dụng: %s" % term)
    y = p2.para(x2, y, w, "g) Nguồn gốc sử dụng: %s" % pc["origin"])
    hl = house_lines(c)
    y = p2.para(x, y, w, "2. Nhà ở:" + ("" if hl else " -/-"), "bold", 12)
    for ln in hl or []:
        y = p2.para(x2, y, w, ln)
    for k, t in enumerate(["Công trình xây dựng khác", "Rừng sản xuất là rừng trồng",
                           "Cây lâu năm", "Ghi chú"]):
        y = p2.para(x, y, w, "%d. %s: -/-" % (k + 3, t), "bold", 12)
    y += mm(4)
    sign_block(p2, int(p2.W * 0.68), y, c)
    p2.text(mm(16), p2.H - mm(20), "Số vào sổ cấp GCN: %s" % c["register_number"], "bold", 11.5)
    if st.get("hand_reg"):
        p2.texts.pop()
        p2.text(mm(16), p2.H - mm(20), "Số vào sổ cấp GCN:", "bold", 11.5)
        p2.hand(mm(62), p2.H - mm(20), c["register_number"], 13, keep=False)
        p2.texts.append("Số vào sổ cấp GCN: %s" % c["register_number"])

    p3 = Page(rnd, W, H, PINK)
    p3.guilloche(PINK_LINE, rosette=False)
    y = p3.para(mm(16), mm(20), p3.W - mm(32), "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn "
                "liền với đất", "bold", 12.5)
    bx = (mm(20), y + mm(4), p3.W - mm(40), mm(120))
    p3.box(bx[0], bx[1], bx[0] + bx[2], bx[1] + bx[3])
    p3.plan(bx[0], bx[1], bx[2], bx[3], pc["number"], area_m2(pc["area"], st), c["neighbours"])
    y = bx[1] + bx[3] + mm(8)
    if st.get("coords"):
        y = p3.para(mm(20), y, p3.W, "Bảng tọa độ (Hệ VN-2000):", "bold", 11)
        for k in range(4):
            p3.text(mm(24), y, "%d   X: %s   Y: %s" % (k + 1, "2%d%05d,%02d" % (
                rnd.randint(1, 3), rnd.randint(0, 99999), rnd.randint(0, 99)),
                "5%05d,%02d" % (rnd.randint(0, 99999), rnd.randint(0, 99))), "mono", 9.5, keep=False)
            y += mm(5)
    p3.para(mm(20), y + mm(4), p3.W - mm(40), "Ghi chú: số trong ngoặc là số thửa đất liền kề; "
            "kích thước cạnh tính bằng mét.", "ital", 10)

    p4 = Page(rnd, W, H, PINK)
    p4.guilloche(PINK_LINE, rosette=False)
    y = p4.para(mm(16), mm(20), p4.W - mm(32), "IV. Những thay đổi sau khi cấp giấy chứng nhận",
                "bold", 12.5)
    y = changes_table(p4, mm(14), y + mm(2), p4.W - mm(28), c,
                      ["Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền"],
                      [0, 0.58], rows=4)
    y += mm(4)
    for s in ["NGƯỜI ĐƯỢC CẤP GIẤY CHỨNG NHẬN LƯU Ý:",
              "1. Giấy chứng nhận là chứng thư pháp lý xác lập quyền sử dụng đất, quyền sở hữu "
              "nhà ở, tài sản khác gắn liền với đất hợp pháp của người được cấp.",
              "2. Người được cấp không được tự sửa chữa, tẩy xóa hoặc bổ sung nội dung trong "
              "Giấy chứng nhận; khi bị mất hoặc hư hỏng phải khai báo ngay với cơ quan cấp."]:
        y = p4.para(mm(16), y, p4.W - mm(32), s, "ital", 9.5)
    return [p1, p2, p3, p4]


# --- the 2024 form (Nghị định 101/2024): one leaf, two sides ------------------

def form2024_pages(rnd, c):
    st = c["style"]
    W, H = 200, 285
    p1 = Page(rnd, W, H, NEW)
    p1.guilloche(NEW_LINE, bands=20)
    p1.qr(mm(12), mm(10), mm(26), c["qr_seed"])
    p1.text(mm(12), mm(41), "Mã Giấy chứng nhận:", "reg", 8.5, keep=False)
    p1.text(mm(12), mm(45), c["code"], "mono", 8, keep=False)
    y = nation(p1, mm(16), 11)
    y += mm(12)
    y = p1.centre(y, "GIẤY CHỨNG NHẬN", "head", 20, RED)
    y = p1.centre(y, "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", "head", 12.5, RED)
    y += mm(3)
    x, w = mm(14), p1.W - mm(28)
    y = p1.para(x, y, w, "1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", "bold", 11.5)
    y = owners_block(p1, x + mm(3), y, w - mm(3), c, 11)
    y = p1.para(x, y, w, "2. Thông tin thửa đất:", "bold", 11.5)
    pc = c["parcel"]
    x2 = x + mm(3)
    y = p1.para(x2, y, w, "a) Thửa đất số: %s; Tờ bản đồ số: %s" % (pc["number"], pc["sheet"]), pt=11)
    y = p1.para(x2, y, w, "b) Diện tích: %s" % area_m2(pc["area"], st), pt=11)
    y = p1.para(x2, y, w, "c) Hình thức sử dụng: %s" % pc["use_form"], pt=11)
    if st.get("grid"):
        y = p1.para(x2, y, w, "d) Mục đích sử dụng đất và thời hạn sử dụng:", pt=11)
        y = purposes_grid(p1, x2, y, w - mm(6), c, 10)
    else:
        use, term = purposes_lines(c)
        y = p1.para(x2, y, w, "d) Mục đích sử dụng đất: %s" % use, pt=11)
        y = p1.para(x2, y, w, "đ) Thời hạn sử dụng đất: %s" % term, pt=11)
    y = p1.para(x2, y, w, "e) Nguồn gốc sử dụng: %s" % pc["origin"], pt=11)
    y = p1.para(x2, y, w, "g) Địa chỉ: %s" % pc["address"], pt=11)
    hl = house_lines(c)
    y = p1.para(x, y, w, "3. Thông tin tài sản gắn liền với đất:" + ("" if hl else " Không"),
                "bold", 11.5)
    for ln in hl or []:
        y = p1.para(x2, y, w, ln, pt=11)
    y = p1.para(x, y, w, "4. Ghi chú: Không", "bold", 11.5)
    y = p1.para(x, y, w, "5. Sơ đồ thửa đất:", "bold", 11.5)
    sw = int(w * 0.45)
    p1.box(x2, y, x2 + sw, y + mm(62))
    p1.plan(x2, y, sw, mm(62), pc["number"], area_m2(pc["area"], st), c["neighbours"])
    sign_block(p1, int(p1.W * 0.74), y + mm(2), c, 11)
    p1.text(mm(14), p1.H - mm(10), "Số phát hành: %s" % c["serial"], "head", 11, RED)
    p1.text(p1.W - mm(14), p1.H - mm(10), "Số vào sổ cấp Giấy chứng nhận: %s"
            % c["register_number"], "bold", 10.5, anchor="end")

    p2 = Page(rnd, W, H, NEW)
    p2.guilloche(NEW_LINE, bands=20, rosette=False)
    y = p2.para(mm(14), mm(20), p2.W - mm(28), "6. Những thay đổi sau khi cấp Giấy chứng nhận:",
                "bold", 12)
    y = changes_table(p2, mm(12), y + mm(2), p2.W - mm(24), c,
                      ["Ngày đăng ký", "Nội dung thay đổi", "Xác nhận của cơ quan đăng ký đất đai"],
                      [0, 0.17, 0.62], rows=5)
    p2.para(mm(14), y + mm(4), p2.W - mm(28), "Lưu ý: Giấy chứng nhận có mã QR để tra cứu thông tin "
            "trên Hệ thống thông tin quốc gia về đất đai.", "ital", 9.5)
    return [p1, p2]


# --- the red books: three leaves of a booklet --------------------------------

def red_pages(rnd, c):
    st = c["style"]
    W, H = 150, 212
    old = c["date"] < "2004-12-01"
    p1 = Page(rnd, W, H, YELLOW)
    p1.guilloche(YELLOW_LINE, bands=18)
    y = nation(p1, mm(14), 9.5)
    y = p1.centre(y + mm(2), "GIẤY CHỨNG NHẬN", "head", 19, RED)
    y = p1.centre(y, "QUYỀN SỬ DỤNG ĐẤT", "head", 14, RED)
    p1.text(p1.W - mm(12), y, "Số phát hành: %s" % c["serial"], "head", 10.5, RED, "end")
    y += mm(9)
    x, w = mm(12), p1.W - mm(24)
    if old:
        y = p1.para(x, y, w, c["issuer"].upper(), "bold", 10.5)
        y = p1.para(x, y, w, "CHỨNG NHẬN:", "bold", 10.5)
        y = owners_block(p1, x, y, w, c, 10.5)
        y = p1.para(x, y, w, "Được quyền sử dụng %s đất tại %s, gồm các thửa đất ghi ở trang sau."
                    % (area_m2(c["parcel"]["area"], st), c["parcel"]["address"]), "reg", 10.5)
    else:
        y = p1.para(x, y, w, "I. TÊN NGƯỜI SỬ DỤNG ĐẤT", "bold", 11)
        y = owners_block(p1, x, y, w, c, 10.5)
    p2 = Page(rnd, W, H, YELLOW)
    p2.guilloche(YELLOW_LINE, bands=18, rosette=False)
    pc = c["parcel"]
    if old:
        y = p2.para(x, mm(16), w, "THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", "bold", 11)
        cols = [0, 0.14, 0.28, 0.46, 0.74, 1.0]
        xs = [x + int(w * f) for f in cols]
        heads = ["Thửa", "Tờ BĐ", "Diện tích (m²)", "Mục đích", "Thời hạn"]
        rh = mm(9)
        rows = [[pc["number"], pc["sheet"], vn_num(q["area"]), USES[q["land_use"]], q["term"]]
                for q in pc["purposes"]]
        for r, row in enumerate([heads] + rows):
            for k, cell in enumerate(row):
                p2.para(xs[k] + 8, y + rh * r + mm(5), xs[k + 1] - xs[k] - 14, cell,
                        "bold" if r == 0 else "reg", 8.5, lead=1.15)
        for r in range(len(rows) + 2):
            p2.rule(x, y + rh * r, x + w, y + rh * r)
        for xx in xs:
            p2.rule(xx, y, xx, y + rh * (len(rows) + 1))
        y += rh * (len(rows) + 1) + mm(4)
        y = p2.para(x, y, w, "Tổng diện tích: %s" % area_m2(pc["area"], st), "bold", 10)
    else:
        y = p2.para(x, mm(16), w, "II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", "bold", 11)
        use, term = purposes_lines(c)
        for s in ["1. Thửa đất số: %s" % pc["number"], "2. Tờ bản đồ số: %s" % pc["sheet"],
                  "3. Địa chỉ thửa đất: %s" % pc["address"],
                  "4. Diện tích: %s (Bằng chữ: %s)" % (area_m2(pc["area"], st), in_words(pc["area"])),
                  "5. Hình thức sử dụng: %s" % pc["use_form"], "6. Mục đích sử dụng: %s" % use,
                  "7. Thời hạn sử dụng: %s" % term, "8. Nguồn gốc sử dụng: %s" % pc["origin"]]:
            y = p2.para(x, y, w, s, "reg", 10)
        y = p2.para(x, y, w, "III. TÀI SẢN GẮN LIỀN VỚI ĐẤT: -/-", "bold", 10.5)
        y = p2.para(x, y, w, "IV. GHI CHÚ: -/-", "bold", 10.5)
    y = sign_block(p2, int(p2.W * 0.62), y + mm(3), c, 10)
    reg = "Vào sổ cấp giấy chứng nhận quyền sử dụng đất số: %s" % c["register_number"]
    p2.para(x, min(y, p2.H - mm(18)), w, reg, "ital", 9.5)
    p3 = Page(rnd, W, H, YELLOW)
    p3.guilloche(YELLOW_LINE, bands=18, rosette=False)
    y = p3.para(x, mm(14), w, ("V. " if not old else "") + "SƠ ĐỒ THỬA ĐẤT", "bold", 10.5)
    p3.box(x, y, x + w, y + mm(62))
    p3.plan(x, y, w, mm(62), pc["number"], area_m2(pc["area"], st), c["neighbours"])
    y += mm(68)
    y = p3.para(x, y, w, ("VI. " if not old else "") + "NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN",
                "bold", 10.5)
    changes_table(p3, x - mm(4), y, w + mm(8), c, ["Ngày, tháng, năm", "Nội dung thay đổi",
                                                   "Xác nhận của cơ quan có thẩm quyền"],
                  [0, 0.2, 0.6], pt=9.5, rows=2)
    return [p1, p2, p3]


PAGES = {"pink": pink_pages, "form2024": form2024_pages, "red": red_pages}
KINDS = {"pink": ["certificate-owner", "certificate-parcel", "certificate-parcel",
                  "certificate-changes"],
         "form2024": ["certificate-owner", "certificate-changes"],
         "red": ["certificate-owner", "certificate-parcel", "certificate-changes"]}
