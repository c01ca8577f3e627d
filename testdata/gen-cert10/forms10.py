"""forms10: the three certificate forms of this family laid out as leaves.
Each returns [(leaf, page kind)] in the order the leaves are printed."""
from ink10 import Leaf
from pages10 import (Pen, RED, BLUE, INK, motto, sign_block, seal, signature, table, plan,
                     owner_lines, purpose_text, vn_num, dmy, long_date)

YELLOW, PINK, PINKLINE, YLINE = "#fbf5dc", "#fbe9ec", "#f2c9d0", "#efe2b0"


def _purposes(p, prefix):
    if len(p["purposes"]) == 1:
        q = p["purposes"][0]
        return ["%sMục đích sử dụng: %s" % (prefix[0], purpose_text(q)),
                "%sThời hạn sử dụng: %s" % (prefix[1], q["term"])]
    return (["%sMục đích sử dụng: " % prefix[0] + "; ".join(
        "%s: %s m²" % (purpose_text(q), vn_num(q["area"])) for q in p["purposes"])]
        + ["%sThời hạn sử dụng: " % prefix[1] + "; ".join(
            "%s: %s" % (q["name"], q["term"]) for q in p["purposes"])])


def _sign(leaf, c, y, seed):
    leaf.text(150, y, "%s, %s" % (c["place"], long_date(c["date"])), 11.5, "serif-i", INK,
              "middle")
    sign_block(leaf, 150, y + 7, c["sign_title"], c["sign_role"], c["signer"],
               c["issuer"], seed)


def _register(leaf, c, entries, y, cols=(118, 48)):
    """The register's ruled table with an entry a row; hand entries in blue."""
    x = 21
    leaf.line(x, y, x + sum(cols), y, 0.3)
    leaf.text(x + cols[0] / 2, y + 5, "Nội dung thay đổi và cơ sở pháp lý", 11, "serif-b",
              INK, "middle")
    leaf.text(x + cols[0] + cols[1] / 2, y + 5, "Xác nhận của cơ quan", 11, "serif-b", INK,
              "middle")
    leaf.text(x + cols[0] + cols[1] / 2, y + 10, "có thẩm quyền", 11, "serif-b", INK, "middle")
    y += 13
    top = y - 13
    leaf.line(x, y, x + sum(cols), y, 0.3)
    for i, e in enumerate(entries):
        font, ink = ("hand", BLUE) if e.get("hand") else ("serif", INK)
        yy = y + 5.5
        for ln in e["lines"]:
            leaf.text(x + 2, yy, ln, 11, font, ink)
            yy += 5.4
        cy = y + 4
        for ln in e["confirm"]:
            leaf.text(x + cols[0] + cols[1] / 2, cy + 2, ln, 9.5, "serif", INK, "middle")
            cy += 4.6
        signature(leaf, x + cols[0] + 8, cy + 6, i + 3, 26)
        seal(leaf, x + cols[0] + 18, cy + 2, e["by"], 14)
        y = max(yy, cy + 22) + 2
        leaf.line(x, y, x + sum(cols), y, 0.25)
    for cx in (x, x + cols[0], x + sum(cols)):
        leaf.line(cx, top, cx, max(y, top + 150), 0.3)
    leaf.line(x, max(y, top + 150), x + sum(cols), max(y, top + 150), 0.3)
    return y


def btn05(c, seed):
    """The 2004-2009 certificate of land use rights (Bộ TN&MT form): four
    yellow leaves, owner; parcel and signature; plan; register."""
    p = c["parcel"]
    a = Leaf(paper=YELLOW, guilloche=YLINE)
    motto(a, 105, 24)
    a.text(105, 48, "GIẤY CHỨNG NHẬN", 24, "serif-b", RED, "middle")
    a.text(105, 59, "QUYỀN SỬ DỤNG ĐẤT", 20, "serif-b", RED, "middle")
    pen = Pen(a, y=76)
    pen.centre(c["issuer"].upper(), 13, "serif-b")
    pen.centre("chứng nhận", 12, "serif-i")
    pen.step(0.6)
    pen.para("I. NGƯỜI SỬ DỤNG ĐẤT", font="serif-b")
    for o in c["owners"]:
        for ln in owner_lines(o):
            pen.para(ln, 6)
    pen.step(0.5)
    pen.para("được quyền sử dụng thửa đất ghi tại trang 2 của Giấy chứng nhận này.", 6,
             font="serif-i")
    a.text(105, 262, c["serial"], 17, "serif-b", RED, "middle")
    a.text(105, 270, "(Số phát hành Giấy chứng nhận)", 9, "serif-i", INK, "middle")

    b = Leaf(paper=YELLOW, guilloche=YLINE)
    pen = Pen(b, y=22)
    pen.para("II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", font="serif-b")
    rows = ["1. Thửa đất số: %s;   2. Tờ bản đồ số: %s" % (p["number"], p["sheet"]),
            "3. Địa chỉ thửa đất: " + p["address"],
            "4. Diện tích: %s m² (Bằng chữ: %s)" % (vn_num(p["area"]), c["area_words"]),
            "5. Hình thức sử dụng: " + p["use_form"]]
    rows += _purposes(p, ("6. ", "7. "))
    rows += ["8. Nguồn gốc sử dụng: " + p["origin"]]
    for r in rows:
        pen.para(r, 4)
    pen.step(0.4)
    pen.para("III. TÀI SẢN GẮN LIỀN VỚI ĐẤT: -/-", font="serif-b")
    pen.para("IV. GHI CHÚ: " + c.get("note", "-/-"), font="serif-b")
    _sign(b, c, 200, seed)
    b.text(22, 270, "Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: " + c["register_number"],
           11, "serif")

    d = Leaf(paper=YELLOW, guilloche=YLINE)
    pen = Pen(d, y=22)
    pen.para("V. SƠ ĐỒ THỬA ĐẤT", font="serif-b")
    plan(d, 35, 40, 140, 110, p["number"], seed)
    d.text(105, 165, "Thửa số %s, tờ bản đồ số %s" % (p["number"], p["sheet"]), 11, "serif-i",
           INK, "middle")
    e = Leaf(paper=YELLOW, guilloche=YLINE)
    pen = Pen(e, y=22)
    pen.para("VI. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN", font="serif-b")
    _register(e, c, c["entries"], 32)
    return [(a, "certificate-owner"), (b, "certificate-parcel"), (d, "certificate-parcel"),
            (e, "certificate-changes")]


def pink09(c, seed, overflow=None):
    """The 2009-2024 pink form (Thông tư 17/2009): owners; parcel, house and
    signature; plan; register.  overflow: entries to the trang bổ sung."""
    p = c["parcel"]
    a = Leaf(paper=PINK, guilloche=PINKLINE)
    motto(a, 105, 22)
    a.text(105, 46, "GIẤY CHỨNG NHẬN", 22, "serif-b", RED, "middle")
    for i, ln in enumerate(("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở",
                            "VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT")):
        a.text(105, 56 + 7 * i, ln, 14, "serif-b", RED, "middle")
    pen = Pen(a, y=84)
    pen.para("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất",
             font="serif-b")
    pen.step(0.3)
    for o in c["owners"]:
        for ln in owner_lines(o):
            pen.para(ln, 5)
        pen.step(0.3)
    a.text(105, 266, c["serial"], 18, "serif-b", RED, "middle")
    if c.get("stamp"):
        _stamp(a, c["stamp"])

    b = Leaf(paper=PINK, guilloche=PINKLINE)
    pen = Pen(b, y=20, size=11.5)
    pen.para("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", font="serif-b")
    pen.para("1. Thửa đất:", 2, font="serif-b")
    rows = ["a) Thửa đất số: %s,  tờ bản đồ số: %s;" % (p["number"], p["sheet"]),
            "b) Địa chỉ: " + p["address"] + ";",
            "c) Diện tích: %s m², (bằng chữ: %s);" % (vn_num(p["area"]), c["area_words"]),
            "d) Hình thức sử dụng: " + p["use_form"] + ";"]
    rows += _purposes(p, ("đ) ", "e) "))
    rows += ["g) Nguồn gốc sử dụng: " + p["origin"] + "."]
    for r in rows:
        pen.para(r, 5)
    h = c.get("house")
    pen.para("2. Nhà ở: " + ("" if h else "-/-"), 2, font="serif-b")
    for r in (c.get("house_lines") or []):
        pen.para(r, 5)
    pen.para("3. Công trình xây dựng khác: -/-", 2, font="serif-b")
    pen.para("4. Rừng sản xuất là rừng trồng: -/-", 2, font="serif-b")
    pen.para("5. Cây lâu năm: -/-", 2, font="serif-b")
    pen.para("6. Ghi chú: " + c.get("note", "-/-"), 2, font="serif-b")
    _sign(b, c, max(pen.y + 8, 196), seed)
    b.text(22, 282, "Số vào sổ cấp GCN: " + c["register_number"], 11, "serif")

    d = Leaf(paper=PINK, guilloche=PINKLINE)
    pen = Pen(d, y=22)
    pen.para("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", font="serif-b")
    plan(d, 30, 36, 150, 120, p["number"], seed)
    if h:
        d.text(105, 170, c.get("plan_note", ""), 10.5, "serif-i", INK, "middle")

    e = Leaf(paper=PINK, guilloche=PINKLINE)
    pen = Pen(e, y=20)
    pen.para("IV. Những thay đổi sau khi cấp giấy chứng nhận", font="serif-b")
    y = _register(e, c, c["entries"], 28)
    if overflow:
        e.text(105, y + 8, "(xem tiếp trang bổ sung số 01)", 11, "serif-i", INK, "middle")
    e.text(22, 272, "Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ",
           9.5, "serif-i")
    e.text(22, 277, "sung bất kỳ nội dung nào trong Giấy chứng nhận.", 9.5, "serif-i")
    out = [(a, "certificate-owner"), (b, "certificate-parcel"), (d, "certificate-parcel"),
           (e, "certificate-changes")]
    if overflow:
        out.append((supplement(c, overflow), "certificate-changes"))
    return out


def supplement(c, entries):
    """A trang bổ sung: its own serial, the certificate's register number,
    the register continued."""
    s = Leaf(paper=PINK, guilloche=PINKLINE)
    motto(s, 105, 20, 11.5)
    s.text(105, 42, "TRANG BỔ SUNG GIẤY CHỨNG NHẬN", 15, "serif-b", RED, "middle")
    s.text(22, 54, "Số phát hành trang bổ sung: " + c["supp_serial"], 11, "serif")
    s.text(22, 60, "Kèm theo Giấy chứng nhận có số vào sổ cấp GCN: " + c["register_number"],
           11, "serif")
    s.text(22, 66, "Trang bổ sung số: 01", 11, "serif-b")
    _register(s, c, entries, 74)
    return s


def _stamp(leaf, word):
    """A rectangular red stamp across the leaf's middle."""
    leaf.box(48, 180, 162, 200, 1.2, "#c8202a")
    leaf.text(105, 194, word, 24, "sans-b", "#c8202a", "middle")


def f24(c, seed):
    """The 2024 form (Land Law 2024): a QR square, owners and parcel in ruled
    tables and the signature; the plan with its coordinates; the register
    dated dd/mm/yyyy."""
    p = c["parcel"]
    a = Leaf(paper="#fdf8f0", guilloche="#f0dcc8")
    for i in range(9):  # the QR square
        for j in range(9):
            if (i * 7 + j * 5 + seed) % 3 == 0 or i in (0, 8) or j in (0, 8):
                a.box(20 + i * 2.4, 14 + j * 2.4, 22 + i * 2.4, 16 + j * 2.4, 1.0, INK)
    motto(a, 118, 18, 11.5)
    a.text(118, 38, "GIẤY CHỨNG NHẬN", 19, "serif-b", RED, "middle")
    a.text(118, 46, "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", 11.5,
           "serif-b", RED, "middle")
    a.text(118, 53, "Số phát hành: " + c["serial"], 12, "serif-b", RED, "middle")
    pen = Pen(a, y=64, size=11)
    pen.para("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", font="serif-b")
    rows = [["Họ và tên", "Năm sinh", "Giấy tờ nhân thân", "Địa chỉ"]]
    for o in c["owners"]:
        who = ("Ông " if o["gender"] == "M" else "Bà ") + o["name"]
        if o.get("role") == "wife":
            who = "và vợ là bà " + o["name"]
        lab = {"dinh-danh": "Số định danh cá nhân: ", "cccd": "CCCD: "}[o["id_type"]]
        rows.append([who, str(o["birth_year"]), lab + o["id_number"], o["address"]])
    pen.y = table(a, 21, pen.y, [44, 20, 46, 58], rows, 10) + 6
    pen.para("2. Thửa đất:", font="serif-b")
    rows = [["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Hình thức sử dụng"],
            [p["number"], p["sheet"], vn_num(p["area"]), p["use_form"]]]
    pen.y = table(a, 21, pen.y, [36, 36, 40, 56], rows, 10) + 5
    pen.para("Địa chỉ thửa đất: " + p["address"], 2)
    rows = [["Mục đích sử dụng", "Diện tích (m²)", "Thời hạn sử dụng"]]
    rows += [[purpose_text(q), vn_num(q["area"]), q["term"]] for q in p["purposes"]]
    pen.y = table(a, 21, pen.y + 1, [78, 32, 58], rows, 10) + 5
    pen.para("Nguồn gốc sử dụng: " + p["origin"], 2)
    pen.para("3. Tài sản gắn liền với đất: -/-", font="serif-b")
    pen.para("4. Ghi chú: " + c.get("note", "-/-"), font="serif-b")
    _sign(a, c, max(pen.y + 6, 212), seed)
    a.text(22, 286, "Số vào sổ cấp Giấy chứng nhận: " + c["register_number"], 11, "serif")

    d = Leaf(paper="#fdf8f0", guilloche="#f0dcc8")
    pen = Pen(d, y=20)
    pen.para("5. Sơ đồ thửa đất", font="serif-b")
    plan(d, 30, 30, 150, 110, p["number"], seed)
    rows = [["Điểm", "X (m)", "Y (m)"]] + [[str(i + 1), "%d.%03d,%02d" % (2341, 100 + 37 * i + seed,
                                                                        11 * i),
                                             "%d.%03d,%02d" % (512, 400 + 29 * i, 7 * i)]
                                            for i in range(4)]
    table(d, 50, 150, [20, 45, 45], rows, 10)

    e = Leaf(paper="#fdf8f0", guilloche="#f0dcc8")
    pen = Pen(e, y=20)
    pen.para("6. Những thay đổi sau khi cấp Giấy chứng nhận", font="serif-b")
    rows = [["STT", "Ngày tháng năm", "Nội dung thay đổi", "Xác nhận"]]
    for i, en in enumerate(c["entries"]):
        rows.append([str(i + 1), dmy(en["date"]), " ".join(en["lines"]), " ".join(en["confirm"])])
    y = table(e, 21, 30, [12, 30, 86, 40], rows, 10)
    for i, en in enumerate(c["entries"]):
        seal(e, 170, 48 + 26 * i, en["by"], 12)
    return [(a, "certificate-owner"), (d, "certificate-parcel"), (e, "certificate-changes")]
