"""The certificates of gen-cert4, drawn page by page.

- the red book (before 2009): two yellow pages, the holder and a ruled
  table of the parcel's purposes, then the change table;
- the pink form (2009-2024, Thông tư 17/2009 and 23/2014): four pink pages,
  I. owners, II. parcel and house, III. plan, IV. changes after issue;
- the 2024 form: two pages, owners and parcel with a QR code, then the plan
  and the changes.
Each function returns [(Page, kind)], the kind being the truth's page kind.
"""
import math

from draw import (Page, CERT_W, CERT_H, SERIF, SERIF_B, SERIF_I, SANS_B, RED, BLUE, INK,
                  guilloche, emblem, seal, signature, hand, hand_para, name_stamp, wrap)
from people import addr, area_vn, dmy, long_date, id_label, id_value

PINK, PINK_LINE = "#fbe4e8", "#eab0bf"
YELLOW, YELLOW_LINE = "#fbf2cc", "#e2cd7c"
F24, F24_LINE = "#f6eef2", "#d9c3d6"


def plain_page(rng, tint, line, margin):
    """A page after the first: the form's guilloche without the rosette."""
    pg = Page(CERT_W, CERT_H, margin=margin)
    guilloche(pg, rng, tint, line, rosette=False)
    pg.y = 150
    return pg


def motto(pg, size=30):
    pg.centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size, SERIF_B, step=int(size * 1.3))
    pg.centre("Độc lập - Tự do - Hạnh phúc", size, SERIF_B, step=int(size * 1.1))
    pg.line(pg.w // 2 - 170, pg.y - 10, pg.w // 2 + 170, pg.y - 10, width=2)
    pg.y += 40


def owner_lines(pg, c, rng, style):
    """The owners as the form prints them; a couple's address once after both."""
    hh = c.get("_household")
    for i, o in enumerate(c["owners"]):
        title = "Ông" if o["gender"] == "M" else "Bà"
        if i == 0 and hh:
            title = "Hộ " + title.lower()
        if i == 1:
            title = "và vợ: Bà" if o["gender"] == "F" else "và chồng: Ông"
        if style == "inline":
            pg.para("%s: %s, Năm sinh: %d, %s: %s" % (title, o["name"], o["birth_year"],
                                                    id_label(o), id_value(o)), 31)
        else:
            pg.text(pg.left, pg.y, "%s: " % title, 31, SERIF)
            pg.text(pg.left + 190, pg.y, o["name"], 33, SERIF_B)
            pg.text(pg.left + 820, pg.y, "Năm sinh: %d" % o["birth_year"], 31)
            pg.y += 46
            pg.say("%s: %s" % (id_label(o), id_value(o)), 31, x=pg.left + 60)
        if not c["couple"] or i == len(c["owners"]) - 1:
            pg.para("Địa chỉ thường trú: " + c["owners"][0]["address"], 31)
        pg.y += 12


def purpose_lines(pg, p, gen):
    pg.say("đ) Mục đích sử dụng:" if gen != "form2024" else "Loại đất:", 31)
    for u in p["purposes"]:
        pg.say("- %s: %s m²" % (u["_name"], area_vn(u["area"])), 31, x=pg.left + 60)
    pg.say("e) Thời hạn sử dụng:" if gen != "form2024" else "Thời hạn sử dụng:", 31)
    for u in p["purposes"]:
        pg.say("- %s: %s" % (u["_short"], u["term"]), 31, x=pg.left + 60)


def sign_block(pg, c, rng, x):
    """Date line, the body's name, the signer, and a red seal over them."""
    y0 = pg.y
    pg.text(x, pg.y, "%s, %s" % (c["_place"], long_date(c["date"])), 29, SERIF_I,
            anchor="middle")
    pg.y += 44
    for s in c["_who"]:
        pg.text(x, pg.y, s, 29, SERIF_B, anchor="middle")
        pg.y += 40
    pg.text(x, pg.y, c["_signer_title"], 29, SERIF_B, anchor="middle")
    signature(pg, x - 110, pg.y + 80, rng)
    pg.y += 190
    pg.text(x, pg.y, c["_signer"], 30, SERIF_B, anchor="middle")
    seal(pg, x - 90, y0 + 150, rng, c["_seal"], r=115)
    pg.y += 50


def register_table(pg, c, rng, top, cols, heads, entry_rows=4):
    """The change register's ruled table: heads, one row per entry (typed or
    written by hand, a red seal over each confirmation) and empty rows."""
    x = [pg.left] + cols + [pg.right]
    pg.rect(x[0], top, x[-1], pg.h - 260, width=3)
    pg.line(x[0], top + 90, x[-1], top + 90, width=2)
    for xi in x[1:-1]:
        pg.line(xi, top, xi, pg.h - 260, width=2)
    for i, h in enumerate(heads):
        lines = wrap(h, x[i + 1] - x[i] - 20, 27)
        for j, ln in enumerate(lines):
            pg.text((x[i] + x[i + 1]) // 2, top + 36 + j * 32, ln, 27, SERIF_B, anchor="middle")
    y = top + 90
    rows = (pg.h - 260 - y) // 300
    for k in range(rows):
        if k < len(c["changes"]):
            draw_entry(pg, c, rng, c["changes"][k], x, y + 45)
        y += 300
        if k < rows - 1:
            pg.line(x[0], y, x[-1], y, width=1)


def draw_entry(pg, c, rng, ch, x, y):
    text = ch["_text"]
    if len(x) == 5:          # red book: date | parcel | content | confirmation
        pg.text(x[0] + 12, y, dmy(ch["date"]), 26)
        pg.text(x[1] + 20, y, c["parcel"]["number"], 26)
        body_x, body_r, conf_x = x[2] + 12, x[3] - 10, (x[3] + x[4]) // 2
    else:
        body_x, body_r, conf_x = x[0] + 12, x[1] - 10, (x[1] + x[2]) // 2
    if ch["_hand"]:
        hand_para(pg, body_x, y, text, body_r, rng, 27)
        hand(pg, conf_x - 150, y, "Ngày " + dmy(ch["date"], pad=False), rng, 28)
        name_stamp(pg, conf_x - 200, y + 30, ["CHI NHÁNH VĂN PHÒNG", "ĐĂNG KÝ ĐẤT ĐAI",
                                             c["_district_up"]], size=19)
    else:
        yy = y
        for ln in wrap(text, body_r - body_x, 26):
            pg.text(body_x, yy, ln, 26)
            yy += 34
        pg.text(conf_x, y, "%s, %s" % (c["_place"], long_date(ch["date"])), 23, SERIF_I,
                anchor="middle")
        pg.text(conf_x, y + 36, "KT. GIÁM ĐỐC", 24, SERIF_B, anchor="middle")
        pg.text(conf_x, y + 66, "PHÓ GIÁM ĐỐC", 24, SERIF_B, anchor="middle")
    signature(pg, conf_x - 90, y + 150, rng, w=170)
    pg.text(conf_x, y + 225, c["_clerk"], 25, SERIF_B, anchor="middle")
    seal(pg, conf_x - 60, y + 120, rng, ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "*", c["_province_up"]],
         r=95, opacity=0.55)


def plan(pg, c, rng, top, bottom):
    """A sketch of the parcel: its outline with numbered corners and edge
    lengths, the neighbours' numbers, a road and a north arrow."""
    cx, cy = pg.w // 2, (top + bottom) // 2
    n = rng.randint(4, 6)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n + rng.uniform(-0.25, 0.25) + 0.6
        r = rng.uniform(190, 290)
        pts.append((cx + r * math.cos(a), cy + 0.85 * r * math.sin(a)))
    pg.poly(pts, width=4)
    px_area = abs(sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1]
                      for i in range(n))) / 2
    metres = math.sqrt(c["parcel"]["area"] / px_area)
    for i, (px, py) in enumerate(pts):
        qx, qy = pts[(i + 1) % n]
        ln = math.hypot(qx - px, qy - py) * metres
        pg.text((px + qx) / 2 + 8, (py + qy) / 2 - 6, area_vn(round(ln, 1)), 24, SERIF_I)
        pg.text(px + (14 if px > cx else -30), py + (26 if py > cy else -10), str(i + 1), 26,
                SERIF_B)
    pg.text(cx, cy, "(%s)" % c["parcel"]["number"], 36, SERIF_B, anchor="middle")
    pg.text(cx, cy + 44, area_vn(c["parcel"]["area"]) + " m²", 28, anchor="middle")
    for k in range(3):
        a = 2 * math.pi * (k + 0.5) / 3 + 0.6
        pg.text(cx + 420 * math.cos(a), cy + ((bottom - top) / 2 - 110) * math.sin(a), "Thửa %d" %
                (int(c["parcel"]["number"]) + rng.choice([-3, -2, -1, 1, 2, 5])), 26, SERIF_I,
                anchor="middle")
    pg.line(pg.left + 40, bottom - 40, pg.right - 40, bottom - 60, width=2)
    pg.text(pg.w // 2, bottom - 70, "Đường liên thôn", 26, SERIF_I, anchor="middle")
    ax, ay = pg.right - 90, top + 80
    pg.poly([(ax, ay - 60), (ax - 18, ay), (ax + 18, ay)], fill=INK, width=1)
    pg.text(ax, ay - 70, "N", 30, SERIF_B, anchor="middle")


def pink(c, rng):
    gen14 = c["_variant"] == 14
    p = c["parcel"]
    pages = []
    # page 1: title and owners
    pg = Page(CERT_W, CERT_H, margin=130)
    guilloche(pg, rng, PINK, PINK_LINE)
    pg.y = 140
    motto(pg, 30)
    emblem(pg, pg.w // 2, pg.y + 80, 80)
    pg.y += 230
    pg.centre("GIẤY CHỨNG NHẬN", 64, SERIF_B, RED, step=80)
    pg.centre("QUYỀN SỬ DỤNG ĐẤT", 40, SERIF_B, RED, step=52)
    pg.centre("QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", 32, SERIF_B, RED,
              step=90)
    pg.para("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", 32,
            SERIF_B)
    pg.y += 20
    owner_lines(pg, c, rng, c["_owner_style"])
    pg.text(pg.w - 150, pg.h - 120, c["serial"], 40, SANS_B, RED, anchor="end")
    for i in range(60):                           # the serial's barcode
        if rng.random() < 0.55:
            pg.rect(150 + i * 6, pg.h - 170, 153 + i * 6, pg.h - 100, fill=INK, width=0)
    pages.append((pg, "certificate-owner"))
    # page 2: parcel and house
    pg = plain_page(rng, PINK, PINK_LINE, 130)
    pg.para("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", 32, SERIF_B)
    pg.say("1. Thửa đất:", 31, SERIF_B)
    if gen14:
        pg.say("a) Thửa đất số: %s;        b) Tờ bản đồ số: %s;" % (p["number"], p["sheet"]), 31)
        pg.para("c) Địa chỉ: " + p["address"], 31)
        pg.say("d) Diện tích: %s m²" % area_vn(p["area"]), 31)
        pg.say("đ) Hình thức sử dụng: %s: %s m², Sử dụng chung: Không" %
               (p["use_form"], area_vn(p["area"])) if p["use_form"] == "Sử dụng riêng"
               else "đ) Hình thức sử dụng: " + p["use_form"], 31)
        pg.say("e) Mục đích sử dụng:", 31)
        for u in p["purposes"]:
            pg.say("- %s: %s m²" % (u["_name"], area_vn(u["area"])), 31, x=pg.left + 60)
        pg.say("g) Thời hạn sử dụng:", 31)
        for u in p["purposes"]:
            pg.say("- %s: %s" % (u["_short"], u["term"]), 31, x=pg.left + 60)
        pg.para("h) Nguồn gốc sử dụng: " + p["origin"], 31)
    else:
        pg.say("a) Thửa đất số: %s,  tờ bản đồ số: %s" % (p["number"], p["sheet"]), 31)
        pg.para("b) Địa chỉ: " + p["address"], 31)
        pg.say("c) Diện tích: %s m²" % area_vn(p["area"]), 31)
        pg.say("d) Hình thức sử dụng: " + p["use_form"], 31)
        purpose_lines(pg, p, "pink")
        pg.para("g) Nguồn gốc sử dụng: " + p["origin"], 31)
    house_lines(pg, c)
    for k, what in enumerate(["Công trình xây dựng khác", "Rừng sản xuất là rừng trồng",
                              "Cây lâu năm", "Ghi chú"]):
        pg.say("%d. %s: -/-" % (k + 3, what), 31)
    pg.y += 20
    sy = pg.y
    sign_block(pg, c, rng, pg.w - 420)
    pg.text(pg.left, sy + 330, "Số vào sổ cấp GCN: " + c["register_number"], 29, SERIF_B)
    pages.append((pg, "certificate-parcel"))
    # page 3: plan
    pg = plain_page(rng, PINK, PINK_LINE, 130)
    pg.para("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", 32, SERIF_B)
    plan(pg, c, rng, 300, 1500)
    pg.y = 1600
    pg.say("Ghi chú: Sơ đồ được trích lục từ bản đồ địa chính tờ số %s." % p["sheet"], 27,
           SERIF_I)
    pages.append((pg, "certificate-parcel"))
    # page 4: changes
    pg = plain_page(rng, PINK, PINK_LINE, 130)
    pg.para("IV. Những thay đổi sau khi cấp Giấy chứng nhận", 32, SERIF_B)
    register_table(pg, c, rng, 230, [900], ["Nội dung thay đổi và cơ sở pháp lý",
                                           "Xác nhận của cơ quan có thẩm quyền"])
    pg.y = pg.h - 215
    pg.para("Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ "
            "nội dung nào trong Giấy chứng nhận; khi bị mất hoặc hư hỏng Giấy chứng nhận "
            "phải khai báo ngay với cơ quan cấp Giấy.", 23, SERIF_I)
    pages.append((pg, "certificate-changes"))
    return pages


def house_lines(pg, c):
    h = c["house"]
    if not h:
        pg.say("2. Nhà ở: -/-", 31, SERIF_B)
        return
    pg.say("2. Nhà ở:", 31, SERIF_B)
    pg.say("a) Loại nhà ở: %s;  b) Diện tích xây dựng: %s m²;" %
           (h["type"], area_vn(h["building_area"])), 30)
    pg.say("c) Diện tích sàn: %s m²;  d) Hình thức sở hữu: %s;" %
           (area_vn(h["floor_area"]), h["ownership"]), 30)
    pg.say("đ) Kết cấu: %s;  Số tầng: %d;" % (h["structure"], h["floors"]), 30)
    pg.say("e) Năm hoàn thành xây dựng: %d;  g) Thời hạn được sở hữu: %s" %
           (h["year_built"], h["term"]), 30)


def red(c, rng):
    p = c["parcel"]
    o = c["owners"][0]
    pg = Page(CERT_W, CERT_H, margin=130)
    guilloche(pg, rng, YELLOW, YELLOW_LINE)
    pg.y = 150
    motto(pg, 29)
    pg.y += 10
    pg.centre("GIẤY CHỨNG NHẬN", 66, SERIF_B, RED, step=78)
    pg.centre("QUYỀN SỬ DỤNG ĐẤT", 46, SERIF_B, RED, step=90)
    pg.centre("ỦY BAN NHÂN DÂN %s %s" % (c["_dtype_up"], c["_district_up"]), 31, SERIF_B)
    pg.centre("CHỨNG NHẬN", 31, SERIF_B, step=60)
    pg.text(pg.left, pg.y, "Hộ ông (bà): ", 31)
    pg.text(pg.left + 200, pg.y, o["name"], 34, SERIF_B)
    pg.text(pg.left + 780, pg.y, "sinh năm %d" % o["birth_year"], 31)
    pg.y += 46
    pg.say("%s: %s" % (id_label(o), id_value(o)), 31)
    pg.para("Địa chỉ thường trú: " + o["address"], 31)
    pg.para("Được quyền sử dụng %s m² đất tại %s" % (area_vn(p["area"]), p["address"]), 31)
    pg.say("Ghi trong bảng dưới đây:", 31)
    pg.y += 6
    x = [pg.left, pg.left + 150, pg.left + 300, pg.left + 500, pg.left + 700, pg.left + 1030,
         pg.right]
    heads = [["Thửa", "đất số"], ["Tờ bản", "đồ số"], ["Diện tích", "(m²)"],
             ["Mục đích", "sử dụng"], ["Thời hạn", "sử dụng"], ["Ghi chú"]]
    top = pg.y
    rows = [[p["number"], p["sheet"], area_vn(u["area"]), u["land_use"], u["term"], ""]
            for u in p["purposes"]] + [["Cộng", "", area_vn(p["area"]), "", "", ""]]
    bottom = top + 90 + 60 * len(rows)
    pg.rect(x[0], top, x[-1], bottom, width=3)
    for xi in x[1:-1]:
        pg.line(xi, top, xi, bottom, width=2)
    for i, h in enumerate(heads):
        for j, s in enumerate(h):
            pg.text((x[i] + x[i + 1]) // 2, top + 36 + j * 34, s, 27, SERIF_B, anchor="middle")
    y = top + 90
    for r in rows:
        pg.line(x[0], y, x[-1], y, width=2)
        for i, s in enumerate(r):
            pg.text((x[i] + x[i + 1]) // 2, y + 42, s, 27, SERIF_B if r[0] == "Cộng" else SERIF,
                    anchor="middle")
        y += 60
    pg.y = bottom + 60
    sy = pg.y
    sign_block(pg, c, rng, pg.w - 420)
    pg.text(pg.left, sy + 100, "Vào sổ cấp giấy chứng nhận", 28)
    pg.text(pg.left, sy + 140, "quyền sử dụng đất số: " + c["register_number"], 28)
    pg.text(pg.left, pg.h - 110, "Số phát hành: " + c["serial"], 34, SANS_B, RED)
    pages = [(pg, "certificate-owner")]
    pg = plain_page(rng, YELLOW, YELLOW_LINE, 130)
    pg.y = 160
    pg.centre("NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", 34, SERIF_B, RED, step=60)
    register_table(pg, c, rng, 240, [pg.left + 190, pg.left + 330, pg.left + 800],
                   ["Ngày tháng năm", "Số thửa", "Nội dung thay đổi và cơ sở pháp lý",
                    "Xác nhận của cơ quan có thẩm quyền"])
    pages.append((pg, "certificate-changes"))
    return pages


def qr(pg, x, y, rng, cell=9, n=29):
    """A QR-like code: random modules and the three finder squares."""
    pg.rect(x - 12, y - 12, x + n * cell + 12, y + n * cell + 12, color="white", fill="white",
            width=0)
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                pg.rect(x + i * cell, y + j * cell, x + (i + 1) * cell - 1, y + (j + 1) * cell - 1,
                        fill=INK, width=0)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * cell, y + fy * cell
        pg.rect(X, Y, X + 7 * cell, Y + 7 * cell, fill=INK, width=0)
        pg.rect(X + cell, Y + cell, X + 6 * cell, Y + 6 * cell, fill="white", width=0)
        pg.rect(X + 2 * cell, Y + 2 * cell, X + 5 * cell, Y + 5 * cell, fill=INK, width=0)


def form2024(c, rng):
    p = c["parcel"]
    pg = Page(CERT_W, CERT_H, margin=120)
    guilloche(pg, rng, F24, F24_LINE)
    pg.y = 130
    motto(pg, 28)
    emblem(pg, 230, 200, 70)
    qr(pg, pg.w - 400, 330, rng)
    pg.y = 360
    pg.centre("GIẤY CHỨNG NHẬN", 58, SERIF_B, RED, step=66)
    pg.centre("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU", 34, SERIF_B, RED, step=44)
    pg.centre("TÀI SẢN GẮN LIỀN VỚI ĐẤT", 34, SERIF_B, RED, step=56)
    pg.centre("Số phát hành: " + c["serial"], 30, SANS_B, RED, step=70)
    pg.say("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", 31, SERIF_B)
    owner_lines(pg, c, rng, "inline")
    pg.say("2. Thông tin thửa đất:", 31, SERIF_B)
    pg.say("Thửa đất số: %s;    Tờ bản đồ số: %s;    Diện tích: %s m²" %
           (p["number"], p["sheet"], area_vn(p["area"])), 31)
    pg.say("Hình thức sử dụng: " + p["use_form"], 31)
    purpose_lines(pg, p, "form2024")
    pg.para("Địa chỉ: " + p["address"], 31)
    pg.para("Nguồn gốc sử dụng: " + p["origin"], 31)
    pg.say("3. Tài sản gắn liền với đất: -/-", 31, SERIF_B)
    pg.say("4. Ghi chú: -/-", 31, SERIF_B)
    sy = pg.y + 10
    pg.y = sy
    sign_block(pg, c, rng, pg.w - 400)
    pg.text(pg.left, sy + 120, "Số vào sổ cấp Giấy chứng nhận:", 28)
    pg.text(pg.left, sy + 160, c["register_number"], 30, SERIF_B)
    pages = [(pg, "certificate-owner")]
    pg = plain_page(rng, F24, F24_LINE, 120)
    pg.say("5. Sơ đồ thửa đất:", 31, SERIF_B)
    plan(pg, c, rng, 200, 1000)
    pg.y = 1060
    pg.say("6. Những thay đổi sau khi cấp Giấy chứng nhận:", 31, SERIF_B)
    register_table(pg, c, rng, 1100, [820], ["Nội dung thay đổi và cơ sở pháp lý",
                                            "Xác nhận của cơ quan có thẩm quyền"])
    pages.append((pg, "certificate-changes" if c["changes"] else "certificate-parcel"))
    return pages


DRAW = {"red": red, "pink": pink, "form2024": form2024}
