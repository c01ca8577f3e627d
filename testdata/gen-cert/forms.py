"""The printed wording and layout of land-use certificates (three generations
of the model form) and of the other papers of a dossier, drawn on gen2's
flowing A4 pages.  Written from the model forms: the red book of Quyết định
24/2004/QĐ-BTNMT (and the older form before it), the pink certificate of
Thông tư 17/2009, 23/2014 and 33/2017, and the 2024 form of Thông tư
10/2024 under the Land Law 2024."""
import math
import sys

G2 = sys.modules["gen2"]
W = G2.W
U = W.U
SEAL = "rgb(205,40,50)"
KINDS = ("transfer", "change-of-use", "id-update", "split-merge", "mortgage")


def dmy(y, m, d):
    return "%02d/%02d/%04d" % (d, m, y)


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def frame(d):
    """The printed double border of a certificate page."""
    p = d.page
    for inset, w in ((110, 7), (135, 3)):
        x1, y1, x2, y2 = inset, inset, G2.PW - inset, G2.PH - inset
        p.lines += [(x1, y1, x2, y1, w), (x2, y1, x2, y2, w),
                    (x2, y2, x1, y2, w), (x1, y2, x1, y1, w)]


def seal(page, cx, cy, r, rng):
    """A round seal (two rings, a star, dashes for its lettering)."""
    page.extra.append(("circle %d,%d %d,%d" % (cx, cy, cx + r, cy), SEAL, 9))
    page.extra.append(("circle %d,%d %d,%d" % (cx, cy, cx + int(r * .72), cy), SEAL, 5))
    pts = []
    for k in range(10):
        rr = r * (.28 if k % 2 == 0 else .12)
        t = -math.pi / 2 + k * math.pi / 5
        pts.append("%d,%d" % (cx + rr * math.cos(t), cy + rr * math.sin(t)))
    page.extra.append(("polygon " + " ".join(pts), SEAL, 6))
    for k in range(22):
        t = k * 2 * math.pi / 22 + rng.random() * .05
        page.extra.append(("line %d,%d %d,%d" % (
            cx + r * .78 * math.cos(t), cy + r * .78 * math.sin(t),
            cx + r * .92 * math.cos(t + .12), cy + r * .92 * math.sin(t + .12)), SEAL, 6))


def scrawl(page, x, y, rng):
    pts = ["%d,%d" % (x + k * 38 + rng.randint(-10, 10), y + rng.randint(-40, 40))
           for k in range(8)]
    page.extra.append(("path 'M %s'" % " L ".join(pts), "black", 5))


def motto(d, px=None):
    d.y += d.lh
    d.center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", px=px, y=d.y)
    d.y += d.lh
    x, w = d.center("Độc lập - Tự do - Hạnh phúc", "b", px=px, y=d.y)
    d.page.lines.append((x, d.y + 18, x + w, d.y + 18, 3))
    d.y += d.lh * 0.6


def signer(d, rng, x0, lines, name):
    """A signature block at x0 (right column): title lines, scrawl, name."""
    w = G2.PW - d.R - x0
    for t in lines:
        d.y += d.lh
        d.center(t, "b", x0=x0, w=w, y=d.y)
    scrawl(d.page, x0 + 200, d.y + d.lh * 2, rng)
    top = d.y
    d.y += d.lh * 3.6
    d.center(name, "b", x0=x0, w=w, y=d.y)
    return top


# ---------------------------------------------------------------- people

def cert_owners(rng, place, year, eth, giv, couple):
    """One owner, or a couple (husband first, or the wife first)."""
    a = W.make_owner(rng, None, place, year, eth, giv, sex="M" if couple else None,
                     by_date=False)
    out = [a]
    if couple:
        b = W.make_owner(rng, None, place, year, eth, giv, sex="F", by_date=False,
                         addr=a["address"])
        out.append(b)
        if rng.random() < 0.3:
            out.reverse()
    return out


def owner_truth(o):
    return {"name": o["name"], "gender": o["gender"], "birth_year": o["birth_year"],
            "id_type": o["id_type"], "id_number": o["id_number"], "address": o["address"]}


def id_words(o):
    return {"cmnd": "CMND số", "cccd": "CCCD số", "dinh-danh": "Số định danh cá nhân:"}[o["id_type"]]


def owner_lines(gen, owners, couple):
    """The owner section's lines, as the form of gen prints it."""
    out = []
    for k, o in enumerate(owners):
        t = "Ông" if o["gender"] == "M" else "Bà"
        if gen == "red":
            out.append("%s: %s, năm sinh: %d" % (t, o["name"], o["birth_year"]))
            out.append("%s: %s" % ("CMND số" if o["id_type"] == "cmnd" else id_words(o)[:-4] + " số",
                                   o["id_number"]))
        else:
            out.append("%s: %s      Năm sinh: %d" % (t, o["name"], o["birth_year"]))
            out.append("%s %s" % (id_words(o), o["id_number"]))
        if not couple or k == len(owners) - 1:
            out.append(("Địa chỉ thường trú: " if gen != "form2024" else "Địa chỉ: ") + o["address"])
    return out


# ---------------------------------------------------------------- parcel

def make_parcel(rng, place, year, gen):
    use = rng.choice(("ONT", "ONT", "ODT", "CLN", "LUC", "BHK")) if not place["urban"] else "ODT"
    area = round(rng.uniform(80, 1500), 1) if use in ("ONT", "ODT") else float(rng.randint(300, 6000))
    purposes = []
    if use in ("ONT", "ODT") and rng.random() < 0.5:
        res = float(rng.choice((100, 150, 200, 300, 400)))
        res = min(res, area)
        purposes.append({"land_use": use, "area": res, "term": "Lâu dài"})
        if area - res > 1:
            end = year + 50
            purposes.append({"land_use": "CLN", "area": round(area - res, 1),
                             "term": "Đến ngày %s" % dmy(end, rng.randint(1, 12), rng.randint(1, 28))})
    else:
        term = "Lâu dài" if use in ("ONT", "ODT") else "Đến ngày %s" % dmy(
            year + 50, rng.randint(1, 12), rng.randint(1, 28))
        purposes.append({"land_use": use, "area": area, "term": term})
    origin = rng.choice(W.ORIGINS["cap-gcn"])
    return {"number": str(rng.randint(5, 980)), "sheet": str(rng.randint(1, 60)),
            "address": G2.address(rng, place, 1), "area": area,
            "use_form": "Sử dụng riêng", "purposes": purposes, "origin": origin}


def use_name(code):
    return W.USES.get(code, code)


def purpose_text(pp, many):
    s = "%s (%s)" % (use_name(pp["land_use"]), pp["land_use"])
    return s + (": %s m²" % G2.vn_num(pp["area"]) if many else "")


def parcel_lines(gen, p):
    many = len(p["purposes"]) > 1
    uses = "; ".join(purpose_text(pp, many) for pp in p["purposes"])
    terms = "; ".join(("%s: %s" % (pp["land_use"], pp["term"])) if many else pp["term"]
                      for pp in p["purposes"])
    area = "%s m²" % G2.vn_num(p["area"])
    if gen == "form2024":
        return ["a) Thửa đất số: %s;    Tờ bản đồ số: %s" % (p["number"], p["sheet"]),
                "b) Diện tích: %s" % area,
                "c) Loại đất: %s" % uses,
                "d) Thời hạn sử dụng: %s" % terms,
                "đ) Hình thức sử dụng: %s" % p["use_form"],
                "e) Nguồn gốc sử dụng: %s" % p["origin"],
                "g) Địa chỉ: %s" % p["address"]]
    return ["a) Thửa đất số: %s,    tờ bản đồ số: %s" % (p["number"], p["sheet"]),
            "b) Địa chỉ: %s" % p["address"],
            "c) Diện tích: %s (bằng chữ: %s)" % (area, words_of(p["area"])),
            "d) Hình thức sử dụng: %s" % p["use_form"],
            "đ) Mục đích sử dụng: %s" % uses,
            "e) Thời hạn sử dụng: %s" % terms,
            "g) Nguồn gốc sử dụng: %s" % p["origin"]]


DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def words3(n):
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if h:
        out += [DIG[h], "trăm"]
    if t > 1:
        out += [DIG[t], "mươi"] + ([("mốt" if u == 1 else "lăm" if u == 5 else DIG[u])] if u else [])
    elif t == 1:
        out += ["mười"] + ([("lăm" if u == 5 else DIG[u])] if u else [])
    elif u:
        out += (["linh"] if h else []) + [DIG[u]]
    return out


def words_of(x):
    n = int(x)
    th, rest = n // 1000, n % 1000
    out = (words3(th) + ["nghìn"] if th else []) + (words3(rest) if rest or not th else [])
    if th and rest and rest < 100:
        out[len(words3(th)) + 1:len(words3(th)) + 1] = ["không", "trăm"]
    s = " ".join(out) + " mét vuông"
    frac = round((x - n) * 10)
    if frac:
        s = s.replace(" mét vuông", " phẩy %s mét vuông" % DIG[frac])
    return s[0].upper() + s[1:]


def sketch(d, rng, p, top, bottom):
    """The plan of the parcel: a polygon with its edge lengths, the parcel
    number over its area in the middle, neighbours' numbers outside."""
    cx, cy = G2.PW / 2, (top + bottom) / 2
    rx, ry = 520 + rng.randint(-80, 80), (bottom - top) / 2 - 140
    pts = []
    for k in range(rng.choice((4, 4, 5, 6))):
        t = 2 * math.pi * k / 4.6 + rng.random() * 0.4
        pts.append((cx + rx * math.cos(t) * rng.uniform(.8, 1), cy + ry * math.sin(t) * rng.uniform(.8, 1)))
    d.page.extra.append(("polygon " + " ".join("%d,%d" % q for q in pts), "black", 5))
    px = d.px * 0.8
    for k in range(len(pts)):
        (x1, y1), (x2, y2) = pts[k], pts[(k + 1) % len(pts)]
        ln = math.hypot(x2 - x1, y2 - y1) / 40.0
        d.put((x1 + x2) / 2 + 10, (y1 + y2) / 2 - 10, G2.vn_num(round(ln, 2), 2), "r", px)
        ox, oy = (x1 + x2) / 2 - cx, (y1 + y2) / 2 - cy
        d.put(cx + ox * 1.35 - 40, cy + oy * 1.35, str(int(p["number"]) + k + 1), "i", px)
    lab = "%s" % p["number"]
    w = d.width(lab, "b", px)
    d.put(cx - w / 2, cy - 10, lab, "b", px)
    d.page.lines.append((cx - 120, cy + 8, cx + 120, cy + 8, 3))
    lab = G2.vn_num(p["area"])
    w = d.width(lab, "r", px)
    d.put(cx - w / 2, cy + d.lh * 0.9, lab, "r", px)


# ---------------------------------------------------------------- changes

BANKS = ["Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh %s",
         "Ngân hàng Chính sách xã hội - Phòng giao dịch %s",
         "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh %s"]


def decision_no(rng, year):
    return "%d/QĐ-UBND" % rng.randint(12, 4800)


def make_change(rng, kind, year, place, owners, p, eth, giv, cite=None):
    """One entry of the change register: (truth, content text)."""
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    unit = G2.lc(place["dist"] or place["commune"])
    dec = None
    if kind == "transfer":
        new, _ = G2.person(rng, eth, giv)
        txt = ("Chuyển nhượng toàn bộ thửa đất cho %s %s theo hồ sơ số %d.CN.%03d" %
               (rng.choice(("ông", "bà")), new, rng.randint(100, 9999), rng.randint(1, 400)))
    elif kind == "change-of-use":
        dec = cite or decision_no(rng, year)
        area = min(p["area"], float(rng.choice((100, 150, 200, 250))))
        txt = ("Chuyển mục đích sử dụng %s m² từ đất trồng cây lâu năm sang đất ở tại "
               "nông thôn theo Quyết định số %s ngày %s của UBND %s" %
               (G2.vn_num(area), dec, dmy(year, m, dd), unit))
    elif kind == "id-update":
        o = owners[0]
        new = G2.gen_id(rng, place["prov_code"], o["gender"], o["birth_year"], "cccd")
        txt = "Cập nhật số Căn cước công dân của %s %s: %s" % (
            "ông" if o["gender"] == "M" else "bà", o["name"], new)
    elif kind == "split-merge":
        dec = cite or decision_no(rng, year) if rng.random() < 0.5 else None
        a, b = int(p["number"]) + 400, int(p["number"]) + 401
        txt = "Tách thửa thành thửa số %d và thửa số %d, tờ bản đồ số %s" % (a, b, p["sheet"])
        if dec:
            txt += " theo Quyết định số %s ngày %s" % (dec, dmy(year, m, dd))
    else:
        txt = "Thế chấp bằng quyền sử dụng đất tại %s theo hợp đồng số %d/HĐTC" % (
            rng.choice(BANKS) % unit, rng.randint(10, 999))
    d2 = min(dd + rng.randint(2, 20), 28)
    return {"date": iso(year, m, d2), "kind": kind, "decision": dec}, txt, dmy(year, m, d2)


def change_page(d, rng, gen, changes, place):
    """The change register: a ruled table, a seal over the confirmations."""
    title = {"red": "IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN",
             "pink": "IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN",
             "form2024": "6. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN"}[gen]
    d.y += d.lh * 1.5
    d.center(title, "b", y=d.y)
    d.y += d.lh * 0.5
    rows = []
    office = "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI" if gen != "red" else "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"
    for (t, txt, when) in changes:
        rows.append([when, txt, [office, "Ngày " + when, "GIÁM ĐỐC" if gen != "red" else "TRƯỞNG PHÒNG"]])
    tops = []
    y0 = d.y
    if gen == "pink" or gen == "form2024":
        hdr = ["Ngày, tháng, năm", "Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền"]
    else:
        hdr = ["Ngày tháng năm", "Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan có thẩm quyền"]
    d.table(hdr, rows, [0.9, 2.6, 1.5], True, ["c", "l", "c"], px=d.px * 0.85)
    n = max(1, len(rows))
    step = (d.y - y0) / (n + 1)
    for k in range(len(rows)):
        tops.append(y0 + step * (k + 1.6))
    for y in tops:
        seal(d.page, G2.PW - d.R - 380 + rng.randint(-60, 60), y + rng.randint(-30, 30), 165, rng)
    # the blank ruled lines still to fill
    for k in range(3):
        d.y += d.lh * 1.6
        d.page.lines.append((d.L - 20, d.y, G2.PW - d.R + 20, d.y, 2))


# ---------------------------------------------------------------- certificate

TITLES = {
    "red": ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT"],
    "pink": ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT", "QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT"],
    "form2024": ["GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT"],
}
OWNER_HEAD = {
    "red": "I. NGƯỜI SỬ DỤNG ĐẤT",
    "pink": "I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất",
    "form2024": "1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:",
}
LETTERS = "ABCDEGHKLMNPSTVX"


def serial_of(rng, gen, year):
    if gen == "red":
        if year < 2004:
            return "%s %06d" % (rng.choice(LETTERS), rng.randint(1, 999999))
        return "A%s %06d" % (rng.choice(LETTERS), rng.randint(1, 999999))
    if gen == "pink":
        return "%s%s %06d" % (rng.choice("BC"), rng.choice(LETTERS), rng.randint(1, 999999))
    return "A%s %08d" % (rng.choice(LETTERS), rng.randint(1, 99999999))


def register_of(rng, gen, year):
    n = rng.randint(1, 9999)
    if gen == "red":
        return "%05d QSDĐ" % n
    return "%s %05d" % ("CH" if gen == "pink" else "DC", n)


def issue_body(place, gen, year):
    if gen == "form2024" and not place["dist"]:
        return "Ủy ban nhân dân " + G2.lc(place["commune"])
    return "Ủy ban nhân dân " + G2.lc(place["dist"])


def make_cert(rng, gen, units, newmap, eth, giv, place=None, year=None, owners=None,
              cite=None, cite_year=None):
    era = {"red": "1994-2003" if rng.random() < 0.4 else "2004-2015", "pink": "2016-2025",
           "form2024": "2016-2025"}[gen]
    if year is None:
        year = {"red": rng.randint(1996, 2008), "pink": rng.randint(2009, 2023),
                "form2024": rng.choice((2024, 2025))}[gen]
    if place is None:
        pool = ["11", "12", "14"] if year >= 2004 else ["14", "10", "15"]
        place = G2.pick_place(rng, units, newmap, era if era != "1994-2003" else "2004-2015", pool)
    month = rng.randint(8, 12) if year == 2024 else rng.randint(1, 12)
    if gen == "form2024" and year == 2025:
        month = rng.randint(1, 6)
    day = rng.randint(1, 28)
    couple = rng.random() < 0.5
    owners = owners or cert_owners(rng, place, year, eth, giv, couple)
    couple = len(owners) > 1
    p = make_parcel(rng, place, year, gen)
    changes = []
    nch = 0 if (gen == "form2024" and cite is None) else rng.choice((1, 2, 2, 3))
    kinds = list(KINDS)
    rng.shuffle(kinds)
    if cite:
        kinds = ["change-of-use"] + [k for k in kinds if k != "change-of-use"]
        nch = max(nch, 1)
    cy = year
    for k in range(nch):
        cy = cite_year if cite and k == 0 else min(cy + rng.randint(1, 4), 2025)
        changes.append(make_change(rng, kinds[k], cy, place, owners, p, eth, giv,
                                   cite if k == 0 else None))
    cert = {"generation": gen, "serial": serial_of(rng, gen, year),
            "register_number": register_of(rng, gen, year),
            "issuer": issue_body(place, gen, year), "date": iso(year, month, day),
            "couple": couple, "owners": [owner_truth(o) for o in owners],
            "parcel": p, "changes": [c[0] for c in changes]}
    return cert, owners, changes, place, (year, month, day)


def cert_pages(rng, gen, cert, owners, changes, place, ymd, face, pt):
    """The certificate drawn: (Doc, page kinds, index of the parcel page)."""
    d = G2.Doc(face, pt, rng, margins=(300, 260, 300, 260))
    year, month, day = ymd
    p = cert["parcel"]
    # owner page
    frame(d)
    motto(d)
    d.y += d.lh * 0.8
    for k, t in enumerate(TITLES[gen]):
        d.y += d.lh * (1.3 if k < 2 else 1.1)
        d.center(t, "b", px=d.px * (1.5 if k == 0 else 1.15 if k == 1 else 0.95), y=d.y)
    d.y += d.lh * 1.2
    if gen == "red":
        d.para("%s chứng nhận:" % U(cert["issuer"]), "b", indent=0, align="center")
    d.y += d.lh * 0.4
    d.para(OWNER_HEAD[gen], "b", indent=0)
    for ln in owner_lines(gen, owners, cert["couple"]):
        d.para(ln, "r", indent=d.px, space=0.1)
    if gen == "form2024":
        d.y += d.lh * 0.4
        d.para("2. Thông tin thửa đất:", "b", indent=0)
        for ln in parcel_lines(gen, p):
            d.para(ln, "r", indent=d.px, space=0.1)
        d.para("3. Tài sản gắn liền với đất: Không", "b", indent=0)
        d.para("4. Ghi chú: Không", "b", indent=0)
        d.para("5. Sơ đồ thửa đất:", "b", indent=0)
        top = d.y
        d.y = min(d.y + 1000, G2.PH - 900)
        sketch(d, rng, p, top, d.y)
        sign_block(d, rng, gen, cert, place, ymd)
    d.y = G2.PH - 330
    d.center(cert["serial"], "b", px=d.px * 1.3, y=d.y)
    kinds = ["certificate-owner"]
    parcel_at = None
    if gen != "form2024":
        d.newpage()
        frame(d)
        parcel_at = len(d.pages) - 1
        head = "II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG" if gen == "red" else \
            "II. Thửa đất, nhà ở và tài sản khác gắn liền với đất"
        d.y += d.lh
        d.para(head, "b", indent=0)
        d.para("1. Thửa đất:", "b", indent=0)
        for ln in parcel_lines(gen, p):
            d.para(ln, "r", indent=d.px, space=0.1)
        if gen == "pink":
            d.para("2. Nhà ở: -/-", "r", indent=0)
            d.para("3. Công trình xây dựng khác: -/-", "r", indent=0)
            d.para("4. Rừng sản xuất là rừng trồng: -/-", "r", indent=0)
            d.para("5. Cây lâu năm: -/-", "r", indent=0)
            d.para("6. Ghi chú: Không", "r", indent=0)
        d.y += d.lh
        sign_block(d, rng, gen, cert, place, ymd)
        kinds.append("certificate-parcel")
        d.newpage()
        frame(d)
        d.y += d.lh
        d.center("III. SƠ ĐỒ THỬA ĐẤT" if gen == "red" else
                 "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", "b", y=d.y)
        sketch(d, rng, p, d.y + 100, d.y + 1500)
        d.y += 1600
        kinds.append("certificate-parcel")
        if gen == "red":
            change_page(d, rng, gen, changes, place)
            kinds[-1] = "certificate-changes"
    if gen != "red":
        d.newpage()
        frame(d)
        change_page(d, rng, gen, changes, place)
        kinds.append("certificate-changes")
    return d, kinds, parcel_at


def sign_block(d, rng, gen, cert, place, ymd):
    year, month, day = ymd
    x0 = G2.PW / 2 - 100
    name = place["dist"] or place["commune"]
    d.y += d.lh
    d.put(d.L, d.y + d.lh * 3, "Số vào sổ cấp GCN: %s" % cert["register_number"], "r")
    d.center("%s, ngày %d tháng %d năm %d" % (G2.unit_word(name)[1], day, month, year), "i",
             x0=x0, w=G2.PW - d.R - x0, y=d.y)
    unit = U(cert["issuer"].replace("Ủy ban nhân dân ", ""))
    title = ["TM. ỦY BAN NHÂN DÂN", unit] + (["CHỦ TỊCH"] if rng.random() < .5 else
                                            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    top = signer(d, rng, x0, title, G2.person(rng, G2._ETH, G2._GIV)[0])
    seal(d.page, x0 + 250, top + d.lh * 1.2, 190, rng)


def form_of(year):
    """The form a certificate issued in year is printed on: the red book
    before 2009, the pink form until the 2024 law (August 2024), then the
    2024 form (dossiers' certificates fall before 2024)."""
    return "red" if year < 2009 else "pink" if year < 2024 else "form2024"


def certificate(rng, gen, units, newmap, eth, giv, docs, pages, spread, allow_spread,
                **kw):
    cert, owners, changes, place, ymd = make_cert(rng, gen, units, newmap, eth, giv, **kw)
    face = rng.choice(["DejaVu Serif", "FreeSerif", "DejaVu Serif Condensed", "DejaVu Sans"])
    d, kinds, parcel_at = cert_pages(rng, gen, cert, owners, changes, place, ymd, face,
                                     rng.choice((11.5, 12, 12.5)))
    first = len(pages)
    pages.extend(d.pages)
    if allow_spread and parcel_at is not None and rng.random() < 0.8:
        spread.add(first + parcel_at)
    docs.append({"kind": "certificate", "pages": list(range(first + 1, len(pages) + 1)),
                 "page_kinds": kinds, "truth": {"certificate": cert}})
    return cert


# ---------------------------------------------------------------- other papers

def paper(rng, left, number, place_name, ymd, titles, kinh_gui, paras, sign, face, pt):
    """A one-page administrative paper: header, title, body, signature."""
    d = G2.Doc(face, pt, rng)
    year, month, day = ymd
    x0, lw = d.L - 110, 1000
    y = d.y
    for t in left:
        y += d.lh
        d.center(t, "b", x0=x0, w=lw, y=y)
    d.center("Số: " + number, "r", x0=x0, w=lw, y=y + d.lh * 1.2)
    rx = x0 + lw
    rw = G2.PW - d.R - rx + 50
    d.center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", x0=rx, w=rw, y=d.y + d.lh)
    d.center("Độc lập - Tự do - Hạnh phúc", "b", x0=rx, w=rw, y=d.y + 2 * d.lh)
    d.center("%s, ngày %d tháng %d năm %d" % (place_name, day, month, year), "i", x0=rx, w=rw,
             y=y + d.lh * 1.2)
    d.y = y + d.lh * 2.2
    for k, t in enumerate(titles):
        d.y += d.lh * 1.1
        d.center(t, "b", px=d.px * (1.1 if k == 0 else 1.0), y=d.y)
    if kinh_gui:
        d.y += d.lh * 0.8
        d.center("Kính gửi: " + kinh_gui, "r", y=d.y)
    d.y += d.lh * 0.5
    for para in paras:
        d.para(para)
    d.y += d.lh * 0.5
    signer(d, rng, G2.PW / 2, sign, G2.person(rng, G2._ETH, G2._GIV)[0])
    return d


def dossier(rng, i, units, newmap, eth, giv, docs, pages, spread):
    """A dossier for a change of use: the decision (gen2), the submission,
    the site record, the transfer form, the fee notice, a letter now and
    then, and the certificate whose change register cites the decision."""
    kind = "chuyen-muc-dich"
    dec_doc, dtruth = G2.make_doc(rng, 1000 + i, kind, W.LAYOUTS[kind][i % 3], "clean",
                                  units, newmap, eth, giv)
    dtruth["citizen_ids"] = [o.pop("_cid", None) for o in dtruth["owners"]]
    for o in dtruth["owners"]:
        o.pop("_bd", None)
    dec = dtruth["decision"]
    y, m, dd = (int(x) for x in dec["date"].split("-"))
    unit = dec["issuer"].replace("Ủy ban nhân dân ", "")
    uname = G2.unit_word(unit[0].upper() + unit[1:])[1] or unit
    own = dtruth["owners"][0] if dtruth["owners"] else None
    who = ("hộ %s %s" % ("ông" if own and own["gender"] == "M" else "bà", own["name"])) if own else "hộ gia đình"
    face = rng.choice(["DejaVu Serif", "FreeSerif", "DejaVu Sans"])
    pt = rng.choice((12, 12.5, 13))
    before = (y, m, max(1, dd - 5))
    papers = []
    papers.append(("submission", paper(
        rng, ["UBND " + U(unit), "PHÒNG TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], "%d/TTr-TNMT" % rng.randint(5, 900),
        uname, before, ["TỜ TRÌNH", "Về việc cho phép chuyển mục đích sử dụng đất đối với %s" % who],
        "Ủy ban nhân dân " + unit,
        ["Căn cứ Luật Đất đai; căn cứ đơn xin chuyển mục đích sử dụng đất của %s và kết quả "
         "xác minh thực địa, Phòng Tài nguyên và Môi trường kính trình Ủy ban nhân dân %s xem xét, "
         "cho phép chuyển mục đích sử dụng đất như sau:" % (who, unit),
         "Thửa đất đề nghị chuyển mục đích phù hợp với kế hoạch sử dụng đất hằng năm đã được "
         "phê duyệt. Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất theo quy định.",
         "Phòng Tài nguyên và Môi trường kính trình Ủy ban nhân dân %s xem xét, quyết định./." % unit],
        ["TRƯỞNG PHÒNG"], face, pt)))
    papers.append(("form", paper(
        rng, ["UBND " + U(unit), "VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI"], "%d/BB-VPĐK" % rng.randint(5, 900),
        uname, before, ["BIÊN BẢN", "Xác minh thực địa thửa đất đề nghị chuyển mục đích sử dụng"],
        None,
        ["Hôm nay, vào hồi 9 giờ, tại thửa đất của %s, chúng tôi gồm: đại diện Phòng Tài nguyên "
         "và Môi trường, đại diện Ủy ban nhân dân xã và người sử dụng đất." % who,
         "Đã tiến hành xác minh hiện trạng sử dụng đất: thửa đất đang sử dụng ổn định, không có "
         "tranh chấp, ranh giới rõ ràng, phù hợp với bản đồ địa chính.",
         "Biên bản được lập thành 03 bản, đã đọc lại cho mọi người cùng nghe và thống nhất ký tên."],
        ["ĐẠI DIỆN PHÒNG TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], face, pt)))
    papers.append(("form", paper(
        rng, ["VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI TỈNH"], "%d/PCTT-VPĐK" % rng.randint(5, 900),
        uname, (y, m, min(dd + 2, 28)),
        ["PHIẾU CHUYỂN THÔNG TIN", "ĐỂ XÁC ĐỊNH NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI"],
        "Chi cục Thuế " + unit,
        ["I. THÔNG TIN VỀ NGƯỜI SỬ DỤNG ĐẤT: tên người sử dụng đất: %s; địa chỉ gửi thông báo nộp "
         "nghĩa vụ tài chính: %s." % (who, unit),
         "II. THÔNG TIN VỀ THỬA ĐẤT: loại đất trước khi chuyển mục đích: đất trồng cây lâu năm; "
         "loại đất sau khi chuyển mục đích: đất ở tại nông thôn; thời điểm bắt đầu sử dụng đất.",
         "III. CĂN CỨ: quyết định cho phép chuyển mục đích sử dụng đất số %s." % dec["number"]],
        ["GIÁM ĐỐC"], face, pt)))
    papers.append(("fee-notice", paper(
        rng, ["CỤC THUẾ TỈNH", "CHI CỤC THUẾ"], "%d/TB-CCT" % rng.randint(5, 900),
        uname, (y, m, min(dd + 6, 28)), ["THÔNG BÁO", "NỘP TIỀN SỬ DỤNG ĐẤT"], None,
        ["Căn cứ Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai của Văn phòng "
         "đăng ký đất đai, Chi cục Thuế thông báo nộp tiền sử dụng đất như sau:",
         "Tên người nộp tiền: %s. Số tiền sử dụng đất phải nộp: %s đồng (tiền chuyển mục đích "
         "sử dụng đất)." % (who, G2.vn_num(rng.randint(20, 400) * 500000)),
         "Thời hạn nộp tiền: chậm nhất là 30 ngày kể từ ngày ký thông báo này. Nộp tại Kho bạc "
         "Nhà nước huyện. Quá thời hạn nộp tiền mà chưa nộp thì phải nộp tiền chậm nộp."],
        ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], face, pt)))
    if rng.random() < 0.5:
        papers.append(("letter", paper(
            rng, ["ỦY BAN NHÂN DÂN", U(unit)], "%d/UBND-TNMT" % rng.randint(5, 900),
            uname, (y, m, min(dd + 8, 28)), ["V/v trả kết quả giải quyết thủ tục hành chính"],
            "Văn phòng đăng ký đất đai",
            ["Ủy ban nhân dân %s nhận được đề nghị của Văn phòng đăng ký đất đai về việc chỉnh lý "
             "biến động trên giấy chứng nhận của %s." % (unit, who),
             "Ủy ban nhân dân đề nghị Văn phòng đăng ký đất đai thực hiện chỉnh lý, cập nhật hồ sơ "
             "địa chính và trả kết quả cho người sử dụng đất theo quy định./."],
            ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], face, pt)))
    order = [("decision", dec_doc, dtruth)] + [(k, pd, None) for k, pd in papers]
    for k, doc, truth in order:
        first = len(pages)
        pages.extend(doc.pages)
        n = len(doc.pages)
        docs.append({"kind": k, "pages": list(range(first + 1, first + n + 1)),
                     "page_kinds": [k] * n, "truth": truth})
    year = y - rng.randint(2, 8)
    certificate(rng, form_of(year), units, newmap, eth, giv, docs, pages, spread, False,
                year=year, cite=dec["number"], cite_year=y)
