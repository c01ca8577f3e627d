"""Family 8's documents: the wording of each kind, the holders' tables, the
truth, and the damage of each scan."""
import json, os, subprocess, tempfile

import words8 as W
from doc8 import Doc, header, basis, signature, emit_table, render, committee, lower_unit


def owner(p, cc, address=None, idn=None, household=False, org=False, year=True):
    o = {"name": p["name"], "gender": None if org else p["gender"],
         "birth_year": p.get("birth_year") if year and not org else None,
         "birth_date": None, "id_number": idn,
         "id_type": None if not idn else ("cccd" if len(idn) == 12 else "cmnd"),
         "address": address, "commune_code": cc, "spouse": None,
         "household": household and not org}
    if org:
        o["organisation"] = True
    return o


def parcel(rng, cc, holder, use, area=None, **kw):
    p = {"sheet": str(rng.randint(2, 48)), "number": str(rng.randint(11, 1890)),
         "area": area if area is not None else round(rng.uniform(80, 2600), 1),
         "land_use": use, "land_use_to": None, "term": None, "origin": None,
         "address": None, "commune_code": cc, "holder": holder}
    p.update(kw)
    return p


def title_of(p):
    return "Ông" if p["gender"] == "M" else "Bà"


def holders(rng, d, n, cc, couples=0.25, household=False, ids=False, orgs=(), year=True):
    """n holder entries: (label, owner indexes); owners go into d."""
    out = []
    for i in range(n):
        if i < len(orgs):
            d["owners"].append(owner({"name": orgs[i]}, cc, org=True))
            out.append((orgs[i], [len(d["owners"]) - 1], None))
            continue
        a = W.person(rng)
        ia = ids and W.cccd(rng, d["committee"]["pcode"], a["gender"], a["birth_year"])
        d["owners"].append(owner(a, cc, idn=ia or None, household=household, year=year))
        idx = [len(d["owners"]) - 1]
        label = ("Hộ gia đình %s %s" % ("ông" if a["gender"] == "M" else "bà", a["name"])
                 if household else "%s %s" % (title_of(a), a["name"]))
        idtext = ia or ""
        if not household and rng.random() < couples:
            b = W.person(rng, "F" if a["gender"] == "M" else "M", a["birth_year"] - 6,
                         a["birth_year"] + 6)
            ib = ids and W.cccd(rng, d["committee"]["pcode"], b["gender"], b["birth_year"])
            d["owners"].append(owner(b, cc, idn=ib or None, year=year))
            d["owners"][idx[0]]["spouse"] = idx[0] + 1
            d["owners"][idx[0] + 1]["spouse"] = idx[0]
            idx.append(idx[0] + 1)
            label += " và %s là %s %s" % ("vợ" if a["gender"] == "M" else "chồng",
                                          "bà" if b["gender"] == "F" else "ông", b["name"])
            idtext = (ia + " " + ib) if ia else ""
        out.append((label, idx, idtext))
    return out


def years(d, idx):
    return " ".join(str(d["owners"][i]["birth_year"]) for i in idx)


def recovery_head(d, n, total, rng, appendix=False):
    c = d["committee"]
    ccode, cname = d["commune"]
    why = rng.choice([
        "để thực hiện dự án xây dựng công trình đường giao thông liên xã theo quy định tại khoản 1 Điều 79 Luật Đất đai",
        "để xây dựng khu tái định cư phục vụ dự án đường cao tốc, thuộc trường hợp thu hồi đất vì lợi ích quốc gia, công cộng",
        "để mở rộng trường trung học cơ sở, thuộc trường hợp Nhà nước thu hồi đất để phát triển kinh tế - xã hội vì lợi ích quốc gia, công cộng"])
    tail = (" (có Phụ lục chi tiết kèm theo)." if appendix else ", cụ thể như sau:")
    return "Điều 1. Thu hồi %s m² đất của %d người sử dụng đất tại %s %s%s" % (
        W.area_vn(total), n, lower_unit(cname), why, tail)


def closing(doc, d, rng, art2=None):
    doc.para(art2 or ("Điều 2. Giao %s chủ trì, phối hợp với các cơ quan, đơn vị liên quan "
                      "tổ chức thực hiện Quyết định này; thông báo cho người có đất thu hồi "
                      "và cập nhật hồ sơ địa chính theo quy định." % (
                          "Phòng Kinh tế" if d["year"] >= 2025 else "Văn phòng đăng ký đất đai")))
    doc.para("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng "
             "các cơ quan, đơn vị có liên quan và những người có tên tại Điều 1 chịu trách "
             "nhiệm thi hành Quyết định này./.")


def table_rows(d, hs, rng, cols_of):
    """The cells of each holder's rows and the printed line of each."""
    rows, text = [], []
    for n, (label, idx, idtext) in enumerate(hs, 1):
        ps = [p for p in d["parcels"] if p["holder"] == idx[0]]
        for j, p in enumerate(ps):
            cells = cols_of(n if j == 0 else "", label if j == 0 else "", idx if j == 0 else [],
                            idtext if j == 0 else "", p)
            rows.append(cells)
            text.append("    ".join(x for x in cells if x != ""))
    return rows, text


def plain(*labels):
    """A header of one row, one cell to each column."""
    return [[(t, 1, 1) for t in labels]]


def add_parcels(rng, d, hs, use_choices, per=(1, 1), **kw):
    for label, idx, _ in hs:
        for _ in range(rng.randint(*per)):
            d["parcels"].append(parcel(rng, d["commune"][0], idx[0], rng.choice(use_choices), **kw))


def total_row(d, cols, at_area, label="Tổng cộng"):
    row = [""] * cols
    row[1] = label
    row[at_area] = W.area_vn(sum(p["area"] for p in d["parcels"]))
    return row


def body_thu_hoi(doc, d, rng):
    lay = d["layout"]
    cc = d["commune"][0]
    if lay == "table-twolevel-comp-appendix":
        hs = holders(rng, d, rng.randint(5, 7), cc)
        add_parcels(rng, d, hs, ["LUC", "BHK", "CLN", "NTS"], (1, 2))
        tot = sum(p["area"] for p in d["parcels"])
        doc.para(recovery_head(d, len(hs), tot, rng, True))
        doc.para("Điều 2. Bồi thường, hỗ trợ cho người có đất thu hồi theo đơn giá và thành tiền "
                 "tại Phụ lục kèm theo Quyết định này; tiền bồi thường được chi trả trong thời hạn "
                 "30 ngày kể từ ngày Quyết định có hiệu lực.")
        doc.para("Điều 3. Giao Trung tâm Phát triển quỹ đất huyện tổ chức chi trả tiền bồi "
                 "thường và bàn giao mặt bằng theo quy định.")
        doc.para("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
                 "huyện, Thủ trưởng các cơ quan có liên quan và các hộ có tên tại Phụ lục chịu "
                 "trách nhiệm thi hành./.")
        signature(doc, d, rng)
        pg = doc.new_page(landscape=True)
        for t in ("PHỤ LỤC", "DANH SÁCH NGƯỜI SỬ DỤNG ĐẤT BỊ THU HỒI VÀ GIÁ TRỊ BỒI THƯỜNG"):
            doc.line(t, align="c", style="b")
        doc.line("(Kèm theo Quyết định số %s ngày %s của UBND %s %s)" % (
            d["decision"]["number"], d["dmy"], d["committee"]["level"], d["committee"]["name"]),
            align="c", style="i")
        pg.y += 30
        price = {"LUC": 60000, "BHK": 55000, "CLN": 68000, "NTS": 52000}

        def cols_of(n, label, idx, _, p):
            v = round(p["area"] * price[p["land_use"]])
            return [str(n), label, years(d, idx) if idx else "", p["sheet"], p["number"],
                    W.area_vn(p["area"]), p["land_use"], W.money(price[p["land_use"]]), W.money(v)]
        rows, text = table_rows(d, hs, rng, cols_of)
        tr = total_row(d, 9, 5)
        tr[8] = W.money(sum(round(p["area"] * price[p["land_use"]]) for p in d["parcels"]))
        rows.append(tr)
        text.append("    ".join(x for x in tr if x))
        emit_table(doc, {
            "cols": [(60, "c"), (420, "l"), (110, "c"), (80, "c"), (90, "c"), (160, "r"),
                     (100, "c"), (150, "r"), (200, "r")],
            "head": [[("STT", 1, 2), ("Chủ sử dụng", 2, 1), ("Thông tin thửa đất", 4, 1),
                      ("Bồi thường", 2, 1)],
                     [("Họ và tên", 1, 1), ("Năm sinh", 1, 1), ("Tờ", 1, 1), ("Thửa", 1, 1),
                      ("Diện tích (m²)", 1, 1), ("Loại đất", 1, 1), ("Đơn giá (đồng/m²)", 1, 1),
                      ("Thành tiền (đồng)", 1, 1)]],
            "rows": rows, "text": text, "bold_last": True, "landscape": True})
        return
    if lay == "table-households-split":
        hs = holders(rng, d, rng.randint(6, 8), cc, household=True)
        addr = {}
        for label, idx, _ in hs:
            a = "%s, %s" % (rng.choice(W.HAMLET), lower_unit(d["commune"][1]))
            addr[idx[0]] = a
            d["owners"][idx[0]]["address"] = a
            d["owners"][idx[0]]["birth_year"] = None
        add_parcels(rng, d, hs, ["ONT", "CLN", "LUC"])
        tot = sum(p["area"] for p in d["parcels"])
        doc.para(recovery_head(d, len(hs), tot, rng))
        for t in ("Vị trí, ranh giới khu đất thu hồi được xác định theo Trích đo địa chính khu "
                  "đất số %d/TĐĐC do Văn phòng đăng ký đất đai lập ngày %s." % (
                      rng.randint(10, 90), d["dmy"]),
                  "Lý do thu hồi đất: thực hiện dự án có trong danh mục công trình, dự án cần "
                  "thu hồi đất đã được Hội đồng nhân dân tỉnh thông qua.",
                  "Thời gian bàn giao đất trên thực địa: trong thời hạn 30 ngày kể từ ngày "
                  "người có đất thu hồi nhận đủ tiền bồi thường, hỗ trợ, tái định cư.",
                  "Người sử dụng đất có trách nhiệm phối hợp với Hội đồng bồi thường, hỗ trợ và "
                  "tái định cư thị xã trong việc kiểm đếm đất đai, tài sản gắn liền với đất.",
                  "Danh sách người sử dụng đất bị thu hồi đất:"):
            if doc.page.y > doc.page.h - 1250:
                break
            doc.para(t)

        def cols_of(n, label, idx, _, p):
            return [str(n), label, addr[idx[0]] if idx else "", p["sheet"], p["number"],
                    W.area_vn(p["area"]), W.LAND[p["land_use"]] + " (" + p["land_use"] + ")"]
        rows, text = table_rows(d, hs, rng, cols_of)
        emit_table(doc, {
            "cols": [(55, "c"), (330, "l"), (330, "l"), (80, "c"), (90, "c"), (150, "r"), (260, "l")],
            "head": plain("TT", "Tên chủ sử dụng đất", "Địa chỉ thường trú", "Số tờ", "Số thửa",
                          "Diện tích (m²)", "Mục đích sử dụng"),
            "rows": rows, "text": text, "first_rows": 2, "repeat": False})
        closing(doc, d, rng)
        signature(doc, d, rng)
        return
    if lay == "table-excel-grey-cccd":
        hs = holders(rng, d, rng.randint(5, 7), cc, couples=0.35, ids=True, year=False)
        add_parcels(rng, d, hs, ["LUC", "HNK", "CLN", "NTS"])
        tot = sum(p["area"] for p in d["parcels"])
        doc.para(recovery_head(d, len(hs), tot, rng))

        def cols_of(n, label, idx, idtext, p):
            return [str(n), label, idtext, p["number"], p["sheet"], p["land_use"],
                    W.area_vn(p["area"]), rng.choice(["", "Thu hồi toàn bộ thửa", "Thu hồi một phần thửa"])]
        rows, text = table_rows(d, hs, rng, cols_of)
        tr = total_row(d, 8, 6, "Cộng")
        rows.append(tr)
        text.append("    ".join(x for x in tr if x))
        emit_table(doc, {
            "cols": [(50, "c"), (380, "l"), (250, "c"), (110, "c"), (110, "c"), (90, "c"),
                     (150, "r"), (200, "l")],
            "head": plain("STT", "Họ và tên", "Số CCCD", "Thửa đất số", "Tờ bản đồ số",
                          "Loại đất", "Diện tích (m²)", "Ghi chú"),
            "rows": rows, "text": text, "grid": "#a8a8a8", "gw": 2, "px": doc.px - 12})
        closing(doc, d, rng)
        signature(doc, d, rng)
        return
    if lay == "table-community-orgs":
        cname = d["commune"][1][3:]
        orgs = ["Cộng đồng dân cư thôn " + rng.choice(["Tân Hòa", "Bản Lầm", "Làng Chùa"]),
                "Ủy ban nhân dân xã " + cname, "Hợp tác xã nông nghiệp " + cname]
        hs = holders(rng, d, 6, cc, orgs=orgs, year=False)
        add_parcels(rng, d, hs, ["RSX", "HNK", "NTS", "CLN"])
        tot = sum(p["area"] for p in d["parcels"])
        doc.para(recovery_head(d, len(hs), tot, rng))

        def cols_of(n, label, idx, _, p):
            return [str(n), label, p["sheet"], p["number"], W.area_vn(p["area"]), p["land_use"]]
        rows, text = table_rows(d, hs, rng, cols_of)
        emit_table(doc, {
            "cols": [(60, "c"), (520, "l"), (130, "c"), (130, "c"), (220, "r"), (150, "c")],
            "head": plain("STT", "Người sử dụng đất", "Tờ bản đồ", "Số thửa",
                          "Diện tích thu hồi (m²)", "Mã loại đất"),
            "rows": rows, "text": text})
        closing(doc, d, rng)
        signature(doc, d, rng)
        return
    # table-unruled-codes
    hs = holders(rng, d, rng.randint(5, 6), cc, couples=0)
    add_parcels(rng, d, hs, ["LUC", "BHK", "ONT"])
    tot = sum(p["area"] for p in d["parcels"])
    doc.para(recovery_head(d, len(hs), tot, rng))

    def cols_of(n, label, idx, _, p):
        return [str(n), label.split(" ", 1)[1] if label.startswith(("Ông ", "Bà ")) else label,
                years(d, idx) if idx else "", p["sheet"], p["number"], p["land_use"],
                W.area_vn(p["area"])]
    rows, text = table_rows(d, hs, rng, cols_of)
    for r in rows:
        r[1] = r[1].strip()
    text = ["    ".join(x for x in r if x) for r in rows]
    emit_table(doc, {
        "cols": [(60, "c"), (420, "l"), (130, "c"), (100, "c"), (110, "c"), (120, "c"), (180, "r")],
        "head": plain("STT", "Họ và tên chủ hộ", "Năm sinh", "Tờ số", "Thửa số", "Loại đất",
                      "Diện tích (m²)"),
        "rows": rows, "text": text, "ruled": False})
    closing(doc, d, rng)
    signature(doc, d, rng)


def body_cong_nhan_table(doc, d, rng):
    cc = d["commune"][0]
    hs = holders(rng, d, 5, cc, couples=0.2, ids=True)
    for label, idx, _ in hs:
        use = rng.choice(["ONT", "CLN"])
        d["parcels"].append(parcel(rng, cc, idx[0], use, term="Lâu dài" if use == "ONT" else "50 năm",
                                   origin=W.ORIGIN_CN if use == "ONT" else W.ORIGIN_CN0))
    doc.para("Điều 1. Công nhận quyền sử dụng đất cho %d hộ gia đình, cá nhân đang sử dụng đất "
             "ổn định tại %s, không có tranh chấp, phù hợp quy hoạch (có Phụ lục danh sách kèm "
             "theo)." % (len(hs), lower_unit(d["commune"][1])))
    doc.para("Điều 2. Văn phòng đăng ký đất đai chi nhánh thị xã có trách nhiệm cập nhật, chỉnh "
             "lý hồ sơ địa chính và trao Giấy chứng nhận cho người được công nhận.")
    doc.para("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị "
             "xã, Thủ trưởng các cơ quan liên quan và người có tên tại Phụ lục chịu trách nhiệm "
             "thi hành./.")
    signature(doc, d, rng)
    doc.new_page()
    doc.line("PHỤ LỤC", align="c", style="b")
    doc.line("Kèm theo Quyết định số %s ngày %s của Ủy ban nhân dân thị xã %s" % (
        d["decision"]["number"], d["dmy"], d["committee"]["name"]), align="c", style="i")
    doc.page.y += 30

    def cols_of(n, label, idx, idtext, p):
        return [str(n), label, years(d, idx) if idx else "", idtext, p["sheet"], p["number"],
                W.area_vn(p["area"]), p["land_use"], p["term"], p["origin"]]
    rows, text = table_rows(d, hs, rng, cols_of)
    emit_table(doc, {
        "cols": [(45, "c"), (300, "l"), (100, "c"), (230, "c"), (60, "c"), (80, "c"), (130, "r"),
                 (80, "c"), (110, "c"), (330, "l")],
        "head": plain("TT", "Họ và tên", "Năm sinh", "Số CCCD", "Tờ", "Thửa", "Diện tích (m²)",
                      "Mục đích", "Thời hạn", "Nguồn gốc sử dụng"),
        "rows": rows, "text": text, "px": doc.px - 14})


def body_cmd_table(doc, d, rng):
    cc = d["commune"][0]
    hs = holders(rng, d, rng.randint(4, 6), cc, couples=0.3, year=False)
    for label, idx, _ in hs:
        d["parcels"].append(parcel(rng, cc, idx[0], "CLN", area=round(rng.uniform(60, 300), 1),
                                   land_use_to="ONT", term="Lâu dài",
                                   address="%s, %s" % (rng.choice(W.HAMLET), lower_unit(d["commune"][1]))))
    tot = sum(p["area"] for p in d["parcels"])
    doc.para("Điều 1. Cho phép %d hộ gia đình, cá nhân có tên dưới đây được chuyển mục đích sử "
             "dụng %s m² đất từ đất trồng cây lâu năm sang đất ở tại nông thôn, cụ thể:" % (
                 len(hs), W.area_vn(tot)))

    def cols_of(n, label, idx, _, p):
        return [str(n), label, p["number"], p["sheet"], W.area_vn(p["area"]), p["land_use"],
                p["land_use_to"], p["address"]]
    rows, text = table_rows(d, hs, rng, cols_of)
    emit_table(doc, {
        "cols": [(50, "c"), (380, "l"), (90, "c"), (80, "c"), (150, "r"), (120, "c"), (120, "c"),
                 (330, "l")],
        "head": [[("STT", 1, 2), ("Họ và tên", 1, 2), ("Thửa số", 1, 2), ("Tờ số", 1, 2),
                  ("Diện tích chuyển mục đích (m²)", 1, 2), ("Mục đích sử dụng", 2, 1),
                  ("Địa chỉ thửa đất", 1, 2)],
                 [("Hiện trạng", 1, 1), ("Sau khi chuyển", 1, 1)]],
        "rows": rows, "text": text, "px": doc.px - 10})
    doc.para("Thời hạn sử dụng đối với phần diện tích chuyển mục đích sang đất ở: lâu dài. Người "
             "sử dụng đất nộp tiền sử dụng đất theo quy định.")
    closing(doc, d, rng)
    signature(doc, d, rng)


def body_giao_table(doc, d, rng, seal):
    cc = d["commune"][0]
    hs = holders(rng, d, rng.randint(4, 5), cc, household=True)
    for label, idx, _ in hs:
        d["parcels"].append(parcel(rng, cc, idx[0], "ODT", area=round(rng.uniform(90, 160), 1),
                                   term="Lâu dài", origin=W.ORIGIN_GIAO))
    doc.para("Điều 1. Giao đất ở tái định cư tại khu tái định cư %s, %s cho các hộ gia đình có "
             "đất bị thu hồi, như sau:" % (rng.choice(["Đồng Cát", "Gò Sỏi", "Bắc Cầu"]),
                                             lower_unit(d["commune"][1])))

    def cols_of(n, label, idx, _, p):
        return [str(n), label, years(d, idx) if idx else "", p["number"], p["sheet"],
                W.area_vn(p["area"]), "ODT"]
    rows, text = table_rows(d, hs, rng, cols_of)
    emit_table(doc, {
        "cols": [(65, "c"), (470, "l"), (120, "c"), (100, "c"), (100, "c"), (170, "r"), (110, "c")],
        "head": plain("STT", "Hộ nhận đất tái định cư", "Năm sinh", "Thửa đất", "Tờ bản đồ",
                      "Diện tích (m²)", "Loại đất"),
        "rows": rows, "text": text})
    doc.para("Hình thức giao đất: Nhà nước giao đất có thu tiền sử dụng đất; thời hạn sử dụng: "
             "lâu dài.")
    closing(doc, d, rng)
    signature(doc, d, rng, seal)


def intro(p, extra=""):
    return "%s %s (sinh năm %d%s)" % ("ông" if p["gender"] == "M" else "bà", p["name"],
                                     p["birth_year"], extra)


def body_prose(doc, d, rng):
    lay, cc, cname = d["layout"], d["commune"][0], d["commune"][1]
    pc = d["committee"]["pcode"]
    place = "%s, %s %s, %s" % (rng.choice(W.HAMLET), lower_unit(cname),
                               d["committee"]["level"] if d["committee"]["level"] != "xã" else "",
                               d["committee"]["province"].lower().replace("tỉnh", "tỉnh"))
    place = place.replace(" , ", ", ").replace(",  ", ", ")
    if d["committee"]["level"] != "xã":
        place = "%s, %s, %s %s, %s" % (place.split(",")[0], lower_unit(cname),
                                       d["committee"]["level"], d["committee"]["name"],
                                       d["committee"]["province"].replace("Tỉnh", "tỉnh"))
    else:
        place = "%s, %s, %s" % (place.split(",")[0], lower_unit(cname),
                                d["committee"]["province"].replace("Tỉnh", "tỉnh"))
    if lay == "prose-couple-items":
        a, b = W.person(rng, "M"), W.person(rng, "F")
        ia, ib = W.cccd(rng, pc, "M", a["birth_year"]), W.cccd(rng, pc, "F", b["birth_year"])
        d["owners"] += [owner(a, cc, place, ia), owner(b, cc, place, ib)]
        d["owners"][0]["spouse"], d["owners"][1]["spouse"] = 1, 0
        p = parcel(rng, cc, 0, "ODT", area=round(rng.uniform(100, 250), 1), term="Lâu dài",
                   origin=W.ORIGIN_GIAO, address="%s, %s" % (rng.choice(W.HAMLET), lower_unit(cname)))
        d["parcels"].append(p)
        doc.para("Điều 1. Giao đất cho %s, số CCCD %s và %s, số CCCD %s (vợ chồng), cùng thường "
                 "trú tại %s, như sau:" % (intro(a), ia, intro(b), ib, place))
        for t in ("a) Thửa đất số: %s; tờ bản đồ số: %s;" % (p["number"], p["sheet"]),
                  "b) Địa chỉ thửa đất: %s;" % p["address"],
                  "c) Diện tích: %s m²;" % W.area_vn(p["area"]),
                  "d) Mục đích sử dụng: %s (ODT);" % W.LAND["ODT"],
                  "đ) Thời hạn sử dụng: Lâu dài;",
                  "e) Hình thức giao đất: %s." % W.ORIGIN_GIAO):
            doc.para(t, indent=118)
        closing(doc, d, rng)
    elif lay == "prose-lease-annual":
        co = "Công ty TNHH %s %s" % (rng.choice(["Thủy sản", "Du lịch", "Chế biến hải sản"]),
                                      rng.choice(["Biển Xanh", "Hải Long", "Phước Thịnh"]))
        d["owners"].append(owner({"name": co}, cc, place, org=True))
        p = parcel(rng, cc, 0, rng.choice(["TMD", "SKC"]), area=round(rng.uniform(4000, 30000), 1),
                   term="50 năm", origin=W.ORIGIN_THUE)
        d["parcels"].append(p)
        doc.para("Điều 1. Cho %s (mã số doanh nghiệp %d, địa chỉ trụ sở: %s) thuê %s m² đất tại "
                 "thửa đất số %s, tờ bản đồ số %s, %s để xây dựng cơ sở sản xuất, kinh doanh." % (
                     co, rng.randint(3400000000, 3499999999), place, W.area_vn(p["area"]),
                     p["number"], p["sheet"], lower_unit(cname)))
        for t in ("- Mục đích sử dụng đất: %s (%s);" % (W.LAND[p["land_use"]], p["land_use"]),
                  "- Thời hạn thuê đất: 50 năm, kể từ ngày ký Quyết định này;",
                  "- Hình thức thuê đất: %s." % W.ORIGIN_THUE):
            doc.para(t, indent=118)
        closing(doc, d, rng)
    elif lay == "prose-gcn-house-typewriter":
        a = W.person(rng, "M", 1930, 1960)
        idn = "18%07d" % rng.randrange(10 ** 7)
        d["owners"].append(owner(a, cc, place, idn, household=True))
        p = parcel(rng, cc, 0, "ODT", area=round(rng.uniform(150, 400), 1), term="Lâu dài")
        d["parcels"].append(p)
        h = {"building_area": float(rng.randint(45, 90)), "floor_area": None, "structure":
             "Tường gạch, mái ngói", "floors": 1, "year_built": rng.randint(1975, 1994)}
        h["floor_area"] = h["building_area"]
        d["house"] = h
        doc.para("Điều 1. Cấp Giấy chứng nhận quyền sử dụng đất cho hộ %s, sinh năm %d, CMND số "
                 "%s, thường trú tại %s, đối với thửa đất số %s, tờ bản đồ số %s, diện tích %s m2, "
                 "mục đích sử dụng: đất ở đô thị (ODT), thời hạn sử dụng: lâu dài." % (
                     ("ông " if True else "") + a["name"], a["birth_year"], idn, place,
                     p["number"], p["sheet"], W.area_vn(p["area"])))
        doc.para("Tài sản gắn liền với đất: nhà ở, diện tích xây dựng %s m2, diện tích sàn %s m2, "
                 "kết cấu: %s, số tầng: 1, năm xây dựng: %d." % (
                     W.area_vn(h["building_area"]), W.area_vn(h["floor_area"]), h["structure"].lower(),
                     h["year_built"]))
        doc.para("Điều 2. Phòng Địa chính thị xã có trách nhiệm vào sổ địa chính và giao Giấy "
                 "chứng nhận cho chủ sử dụng.")
        doc.para("Điều 3. Chánh Văn phòng UBND thị xã, Trưởng phòng Địa chính, Chủ tịch UBND "
                 "phường và hộ có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    elif lay == "prose-from-to":
        a = W.person(rng, "F")
        ia = W.cccd(rng, pc, "F", a["birth_year"])
        d["owners"].append(owner(a, cc, place, ia))
        d["owners"][0]["id_type"] = "dinh-danh"
        p = parcel(rng, cc, 0, "HNK", area=round(rng.uniform(100, 300), 1), land_use_to="ONT",
                   term="Lâu dài")
        d["parcels"].append(p)
        doc.para("Điều 1. Cho phép %s, số định danh cá nhân %s, nơi thường trú: %s, được chuyển "
                 "mục đích sử dụng %s m² đất từ đất trồng cây hàng năm khác (HNK) sang đất ở tại "
                 "nông thôn (ONT) tại thửa đất số %s, tờ bản đồ số %s; thời hạn sử dụng: lâu dài." % (
                     intro(a), ia, place, W.area_vn(p["area"]), p["number"], p["sheet"]))
        closing(doc, d, rng)
    elif lay == "prose-household-typewriter":
        a = W.person(rng, "F", 1935, 1965)
        idn = "17%07d" % rng.randrange(10 ** 7)
        d["owners"].append(owner(a, cc, place, idn, household=True))
        p = parcel(rng, cc, 0, "LUC", area=round(rng.uniform(500, 2500), 1), term="20 năm",
                   origin=W.ORIGIN_CN0)
        d["parcels"].append(p)
        doc.para("Điều 1. Công nhận quyền sử dụng đất nông nghiệp cho hộ bà %s, sinh năm %d, CMND "
                 "số %s, thường trú tại %s: thửa đất số %s, tờ bản đồ số %s, diện tích %s m2, loại "
                 "đất: đất chuyên trồng lúa nước (LUC), thời hạn sử dụng 20 năm; nguồn gốc: %s." % (
                     a["name"], a["birth_year"], idn, place, p["number"], p["sheet"],
                     W.area_vn(p["area"]), W.ORIGIN_CN0.lower()[0] + W.ORIGIN_CN0[1:]))
        doc.para("Điều 2. Phòng Địa chính huyện, UBND %s và hộ có tên tại Điều 1 chịu trách nhiệm "
                 "thi hành Quyết định này./." % lower_unit(cname))


def body_other(doc, d, rng):
    doc.para("Điều 1. Thành lập Tổ công tác rà soát, chỉnh lý hồ sơ địa chính và cơ sở dữ liệu "
             "đất đai năm %d, gồm các thành viên sau:" % d["year"])
    rows, text = [], []
    for n in range(1, 6):
        a = W.person(rng, lo=1970, hi=1992)
        r = [str(n), a["name"], rng.choice(["Phó Chủ tịch UBND", "Trưởng phòng TN&MT",
                                            "Chuyên viên địa chính", "Kế toán"]),
             "Tổ trưởng" if n == 1 else "Thành viên"]
        rows.append(r)
        text.append("    ".join(r))
    emit_table(doc, {"cols": [(60, "c"), (500, "l"), (500, "l"), (260, "c")],
                     "head": plain("STT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ"),
                     "rows": rows, "text": text})
    doc.para("Điều 2. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.")
    closing(doc, d, rng, "Điều 3. Kinh phí hoạt động của Tổ công tác được bố trí từ ngân sách "
            "thị xã theo quy định.")


TITLES = {
    "thu-hoi": ["Về việc thu hồi đất để thực hiện dự án", "V/v thu hồi đất của hộ gia đình, cá nhân"],
    "cong-nhan": ["Về việc công nhận quyền sử dụng đất cho hộ gia đình, cá nhân"],
    "chuyen-muc-dich": ["Về việc cho phép chuyển mục đích sử dụng đất"],
    "giao-dat": ["Về việc giao đất ở", "Về việc giao đất tái định cư"],
    "cho-thue": ["Về việc cho thuê đất trả tiền thuê đất hàng năm"],
    "cap-gcn": ["Về việc cấp Giấy chứng nhận quyền sử dụng đất"],
    "other": ["Về việc thành lập Tổ công tác rà soát hồ sơ địa chính"],
}


def make(k, spec, rng, rows, new, outdir):
    kind, layout, deg, year, unit, face, arr = spec
    c = committee(rng, unit, rows, new)
    month = rng.randint(7, 12) if year == 2025 else rng.randint(1, 12)
    day = rng.randint(1, 28)
    num = rng.randint(5, 2400)
    suffix = "QĐ-UB" if year < 2000 else "QĐ-UBND"
    d = {"id": "QD8-%d-%04d" % (year, num), "kind": kind, "layout": layout, "degradation": deg,
         "year": year, "committee": c, "commune": c["communes"][0], "owners": [], "parcels": [],
         "house": None, "signer": rng.choice(W.SIGNERS)}
    number = "%d/%s" % (num, suffix)
    d["decision"] = {"number": number, "date": "%d-%02d-%02d" % (year, month, day),
                     "issuer": "Ủy ban nhân dân %s %s" % (c["level"], c["name"]), "kind": kind,
                     "title": rng.choice(TITLES[kind])}
    d["title"] = d["decision"]["title"]
    d["dmy"] = "%02d/%02d/%d" % (day, month, year)
    d["num_printed"] = number
    d["date_line"] = "%s, ngày %s tháng %s năm %d" % (c["place"], ("%02d" if rng.random() < 0.5 else "%d") % day,
                                                     ("%02d" if month < 3 else "%d") % month, year)
    d["hand"] = deg == "mild-colour-hand"
    px = 56 if face != "Noto Sans Mono" else 46
    doc = Doc(face, px)
    header(doc, d, arr, rng)
    basis(doc, d, rng)
    seal = deg.startswith("mild-colour")
    if kind == "thu-hoi":
        body_thu_hoi(doc, d, rng)
    elif layout == "table-appendix-cccd":
        body_cong_nhan_table(doc, d, rng)
    elif layout == "table-from-to-codes":
        body_cmd_table(doc, d, rng)
    elif layout == "table-resettlement-hand":
        body_giao_table(doc, d, rng, seal)
    elif kind == "other":
        body_other(doc, d, rng)
        signature(doc, d, rng)
    else:
        body_prose(doc, d, rng)
        signature(doc, d, rng)
    import damage8
    d["file"], d["dpi"], d["compression"] = damage8.write(doc, d, rng, outdir)
    return truth(d, doc, face, outdir)


def truth(d, doc, face, outdir):
    t = {"id": d["id"], "kind": d["kind"], "era": era(d["year"]), "degradation": d["degradation"],
         "pages": len(doc.pages), "dpi": d["dpi"], "compression": d["compression"], "font": face,
         "family": 8, "layout": d["layout"],
         "decision": {k: d["decision"][k] for k in ("number", "date", "issuer", "kind", "title")},
         "owners": d["owners"], "parcels": d["parcels"], "house": d["house"],
         "page_text": ["\n".join(p.lines) for p in doc.pages],
         "citizen_ids": [o["id_number"] if len(o["id_number"] or "") == 12 else None
                         for o in d["owners"]]}
    with open(os.path.join(outdir, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    d["era"], d["pages"] = t["era"], t["pages"]
    return d


def era(y):
    return "1990-2003" if y < 2004 else "2004-2015" if y < 2016 else "2016-2025" if y < 2025 \
        else "2025-"
