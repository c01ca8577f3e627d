"""gen-cert8's ten files: what each certificate or dossier holds, how it is
scanned, and its truth.  build(k, seed) gives the file's model: its scans
(lists of Sheets), page kinds, documents with truths, and manifest row."""
import datetime
from people8 import (PLACES, PROVINCES, BANKS, HOA, BANA_M, NAMES_OF, address, day, later, person, org,
                     purposes, iso, dmy, area_txt, truth_owner)
import sheets8 as S

UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vn3(n, full):
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if h or full:
        out.append(UNITS[h] + " trăm")
    if t == 0 and u and out:
        out.append("lẻ")
    elif t == 1:
        out.append("mười")
    elif t > 1:
        out.append(UNITS[t] + " mươi")
    if u:
        out.append("mốt" if u == 1 and t > 1 else "lăm" if u == 5 and t else UNITS[u])
    return " ".join(out)


def vn_words(a):
    """An area in words: 1230.5 -> 'một nghìn hai trăm ba mươi phẩy năm'."""
    whole, dec = int(round(a * 10)) // 10, int(round(a * 10)) % 10
    th, rest = whole // 1000, whole % 1000
    w = (vn3(th, False) + " nghìn" if th else "")
    if rest:
        w = (w + " " if w else "") + vn3(rest, bool(th))
    w = w or "không"
    return w + (" phẩy " + UNITS[dec] if dec else "")


def body_at(d, dist, prov, town, two_level=False):
    """Who confirms a register entry at date d: the committee before 2005, the
    land-use registration office until 2015, a branch of the land
    registration office after."""
    if d.year < 2005:
        return "Ủy ban nhân dân " + dist, "TM. ỦY BAN NHÂN DÂN"
    if d.year < 2016:
        return "Văn phòng đăng ký quyền sử dụng đất " + dist, "GIÁM ĐỐC"
    if two_level:
        return "Chi nhánh Văn phòng đăng ký đất đai khu vực " + town, "GIÁM ĐỐC CHI NHÁNH"
    return "Chi nhánh Văn phòng đăng ký đất đai " + dist, "KT. GIÁM ĐỐC CHI NHÁNH"


def change(rng, kind, d, c, hand=False, **kw):
    """One register entry: its wording, date and kind, who confirms it."""
    t = c["town"]
    bank = rng.choice(BANKS).format(t=t)
    raw = kind
    if kind == "mortgage":
        text = ("Thế chấp bằng quyền sử dụng đất tại %s theo Hợp đồng thế chấp số %d/%d/HĐTC "
                "ký ngày %s." % (bank, rng.randint(10, 999), d.year, dmy(later(rng, d, -9, -1))))
    elif kind == "release":
        text = "Xóa đăng ký thế chấp theo đơn yêu cầu xóa đăng ký của %s ngày %s." % (
            kw["bank"], dmy(later(rng, d, -6, -1)))
        kind = "mortgage"
    elif kind == "transfer":
        p = kw["to"]
        text = ("Chuyển nhượng toàn bộ thửa đất cho %s %s, sinh năm %d, %s; theo hồ sơ số %d.CN.%d." % (
            "ông" if p["gender"] == "M" else "bà", p["name"], p["birth_year"], S.id_words(p),
            rng.randint(100, 9999), d.year))
    elif kind == "split":
        part = round(c["parcel"]["area"] * rng.uniform(0.2, 0.4), 1)
        text = ("Tách thửa: tách %s m² thành thửa đất số %d, tờ bản đồ số %s; diện tích còn lại %s m²."
                % (area_txt(part), rng.randint(900, 1999), c["parcel"]["sheet"],
                   area_txt(round(c["parcel"]["area"] - part, 1))))
        kind = "split-merge"
    elif kind == "id-update":
        p = kw["who"]
        text = "%s %s đổi CMND số %s sang Căn cước công dân số %s." % (
            "Ông" if p["gender"] == "M" else "Bà", p["name"], p["id_number"], kw["new"])
    elif kind == "correction":
        p = kw["who"]
        wrong = p["id_number"][:-2] + p["id_number"][-1] + p["id_number"][-2]
        text = "Đính chính số giấy tờ nhân thân của %s %s là %s (đã ghi là %s)." % (
            "ông" if p["gender"] == "M" else "bà", p["name"], p["id_number"], wrong)
        kind = "id-update"
    elif kind == "change-of-use":
        text = ("Chuyển mục đích sử dụng %s m² từ %s sang %s theo Quyết định số %s ngày %s của %s." % (
            area_txt(kw["area"]), NAMES_OF[kw["frm"]].lower(), NAMES_OF[kw["to"]].lower(), kw["decision"],
            dmy(kw["ddate"]), c["dec_issuer"]))
    body, title = body_at(d, c["dist"], c["prov_name"], t, c.get("two_level"))
    signer = "%s %s" % (rng.choice(["Phan", "Vũ", "Hà", "Lương"]), rng.choice(["Minh Đức", "Thị Hạnh", "Văn Lâm"]))
    return {"date": d, "kind": kind, "raw": raw, "decision": kw.get("decision"), "text": text, "hand": hand,
            "town": t, "by": "%s. %s %s" % (body, title, signer), "seal": body.upper(),
            "note": kw.get("note", "")}


def bank_of(e):
    return e["text"].split(" tại ")[1].split(" theo ")[0]


def mortgage_and_release(rng, c, after, gap, gap2, hand=(False, False)):
    """A mortgage entered some days after `after`, and its release later."""
    e1 = change(rng, "mortgage", later(rng, after, *gap), c, hand=hand[0])
    e2 = change(rng, "release", later(rng, e1["date"], *gap2), c, hand=hand[1], bank=bank_of(e1))
    return [e1, e2]


def base(rng, k, place, gen, d, issuer, titles, two_level=False):
    prov = PLACES[place][0]
    if titles[0].startswith("TM. ỦY BAN NHÂN DÂN"):
        titles = ["TM. " + issuer.upper()] + titles[1:]
    elif issuer.startswith("Sở"):
        titles = [issuer.upper()] + titles
    c = {"generation": gen, "date": d, "town": PLACES[place][4], "issuer": issuer, "titles": titles,
         "signer": "%s %s" % (rng.choice(["Nguyễn", "Đinh", "Tô", "Hứa"]),
                              rng.choice(["Văn Tiến", "Quốc Huy", "Thị Lan", "Hữu Nam"])),
         "seal": issuer.upper(), "dist": PLACES[place][3] or "", "prov_name": PROVINCES[prov][0],
         "two_level": two_level, "changes": [], "house": None,
         "neighbours": [str(rng.randint(10, 999)) for _ in range(4)]}
    return c


def parcel(rng, c, place, total, codes, use_form="Sử dụng riêng", origin=None, two_level=False):
    p = {"number": str(rng.randint(12, 2400)), "sheet": str(rng.randint(1, 80)),
         "address": address(place, rng, two_level), "area": total, "use_form": use_form,
         "purposes": purposes(rng, total, codes, c["date"]),
         "origin": origin or "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"}
    c["parcel"] = p
    c["area_words"] = vn_words(total)
    side = total ** 0.5
    c["edges"] = [area_txt(round(side * rng.uniform(0.8, 1.25), 1)) for _ in range(4)]
    return p


def live(ps, addr):
    for p in ps:
        p["address"] = addr
    return ps


def cert_truth(c):
    h = c["house"]
    return {"certificate": {
        "generation": c["generation"], "serial": c["serial"], "register_number": c["register_number"],
        "issuer": c["issuer"], "date": iso(c["date"]), "couple": c["style"] == "couple",
        "owners": [truth_owner(p) for p in c["owners"]],
        "parcel": dict(c["parcel"]),
        "house": dict(h) if h else None,
        "changes": [{"date": iso(e["date"]), "kind": e["kind"], "decision": e["decision"]}
                    for e in c["changes"]]}}


# ---------------------------------------------------------------- the files
def f1(rng):
    """1995 Hà Nội house and land certificate (Nghị định 60/CP) of a couple."""
    d = day(rng, 1995, 1996)
    c = base(rng, 1, "hn", "red", d, "Ủy ban nhân dân thành phố Hà Nội",
             ["TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    c.update(style="couple", serial="%s %06d" % ("HN", rng.randint(1, 999999)),
             register_number="%d/%d" % (rng.randint(1000, 9999), d.year))
    a = person(rng, "hn", "M", rng.randint(1935, 1955), "cmnd", day(rng, 1980, 1990))
    b = person(rng, "hn", "F", rng.randint(1938, 1958), "cmnd", day(rng, 1980, 1990))
    c["owners"] = live([a, b], address("hn", rng))
    p = parcel(rng, c, "hn", round(rng.uniform(38, 90), 1), ["ODT"], origin="Nhà ở được mua của Nhà nước theo Nghị định 61/CP")
    p["address"] = a["address"]
    ba = round(p["area"] * rng.uniform(0.7, 0.95), 1)
    c["house"] = {"type": "Nhà ở riêng lẻ", "building_area": ba, "floor_area": round(ba * 2, 1),
                  "structure": "Tường gạch chịu lực, mái bằng", "floors": 2,
                  "ownership": "Sở hữu chung hợp nhất", "term": "Lâu dài"}
    c["dist"] = "quận Hai Bà Trưng"
    e = mortgage_and_release(rng, c, d, (1500, 2500), (900, 1500), (True, True))
    e.append(change(rng, "correction", later(rng, e[1]["date"], 300, 900), c, who=b))
    c["changes"] = e
    return c, S.house_1994, "grey-100", "tif"


def f2(rng):
    """2007 Nghệ An red book of a household, a plain mortgage and a split."""
    d = day(rng, 2006, 2008)
    c = base(rng, 2, "na", "red", d, "Ủy ban nhân dân huyện Nghi Lộc",
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    c.update(style="household", serial="A%s %06d" % (rng.choice("KLMN"), rng.randint(1, 999999)),
             register_number="H %05d" % rng.randint(1, 99999))
    a = person(rng, "na", "M", rng.randint(1945, 1965), "cmnd", day(rng, 1990, 2004))
    c["owners"] = live([a], address("na", rng))
    c["owner_lines"] = ["Hộ ông: %s;  Năm sinh: %d" % (a["name"], a["birth_year"]),
                        "CMND số: %s cấp ngày %s" % (a["id_number"], dmy(a["id_date"])),
                        "Địa chỉ thường trú: %s" % a["address"]]
    p = parcel(rng, c, "na", round(rng.uniform(500, 1500), 1), ["ONT", "CLN", "LUC"],
               origin="Nhà nước giao đất không thu tiền sử dụng đất")
    p["address"] = a["address"]
    e = mortgage_and_release(rng, c, d, (700, 1200), (700, 1100), (False, True))
    e.append(change(rng, "split", later(rng, e[1]["date"], 300, 900), c, hand=True))
    c["changes"] = e
    return c, S.red_2004, "shrunk-120", "pdf"


def f3(rng):
    """2008 Đà Nẵng house-ownership certificate (Luật Nhà ở 2005)."""
    d = day(rng, 2007, 2008)
    c = base(rng, 3, "dn", "red", d, "Ủy ban nhân dân quận Liên Chiểu",
             ["TM. ỦY BAN NHÂN DÂN QUẬN", "CHỦ TỊCH"])
    c.update(style="single", serial="%d%07d" % (rng.randint(10, 99), rng.randint(1, 9999999)),
             register_number="%d/QĐ-SH" % rng.randint(1000, 9999))
    a = person(rng, "dn", "F", rng.randint(1960, 1980), "cmnd", day(rng, 1998, 2006))
    c["owners"] = live([a], address("dn", rng))
    p = parcel(rng, c, "dn", round(rng.uniform(70, 140), 1), ["ODT"], use_form="Sử dụng riêng",
               origin="Nhận chuyển nhượng quyền sử dụng đất")
    p["address"] = a["address"]
    ba = round(p["area"] * rng.uniform(0.75, 0.95), 1)
    c["house"] = {"type": "Nhà ở riêng lẻ", "building_area": ba, "floor_area": round(ba * 3, 1),
                  "structure": "Khung bê tông cốt thép, tường gạch, mái bằng", "floors": 3,
                  "ownership": "Sở hữu riêng", "term": "Lâu dài"}
    buyer = person(rng, "dn", "M", rng.randint(1970, 1990), "cccd", None)
    e1 = change(rng, "id-update", later(rng, d, 2900, 3300), c, hand=True, who=a,
                new="%s1%02d%06d" % ("048", a["birth_year"] % 100, rng.randint(0, 999999)))
    e = [e1] + mortgage_and_release(rng, c, e1["date"], (60, 400), (400, 800))
    e.append(change(rng, "transfer", later(rng, e[2]["date"], 30, 200), c, hand=True, to=buyer))
    c["changes"] = e
    return c, S.house_2005, "colour-150", "pdf"


def f4(rng):
    """2012 apartment in Quận 7 of a couple in one sentence, names in capitals."""
    d = day(rng, 2011, 2013)
    c = base(rng, 4, "hcm", "pink", d, "Ủy ban nhân dân Quận 7",
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    c.update(style="couple", serial="BH %06d" % rng.randint(1, 999999),
             register_number="CH%05d" % rng.randint(1, 99999), layout="dated")
    a = person(rng, "hcm", "M", rng.randint(1965, 1985), "cmnd", day(rng, 2000, 2010))
    b = person(rng, "hcm", "F", rng.randint(1968, 1988), "cmnd", day(rng, 2000, 2010))
    tower = rng.choice(["A", "B", "C"])
    floor = rng.randint(5, 25)
    c["building"] = "Chung cư Hoàng Anh Gia Lai 3, khối %s" % tower
    c["flat"] = "%s-%d%02d, tầng %d" % (tower, floor, rng.randint(1, 12), floor)
    addr = "%s, %s" % (c["building"], address("hcm", rng))
    c["owners"] = live([a, b], addr)
    p = parcel(rng, c, "hcm", round(rng.uniform(4800, 9000), 1), ["ODT"], use_form="Sử dụng chung",
               origin="Nhà nước giao đất có thu tiền sử dụng đất")
    p["address"] = address("hcm", rng)
    c["house"] = {"type": "Căn hộ chung cư", "building_area": None,
                  "floor_area": round(rng.uniform(60, 130), 1), "structure": "Bê tông cốt thép",
                  "floors": None, "ownership": "Sở hữu riêng", "term": "Lâu dài"}
    c["note"] = "Diện tích đất sử dụng chung của nhà chung cư"
    e = mortgage_and_release(rng, c, d, (400, 900), (700, 1200), (True, False))
    e.append(change(rng, "id-update", later(rng, e[1]["date"], 500, 1200), c, hand=True, who=a,
                    new="%s0%02d%06d" % ("079", a["birth_year"] % 100, rng.randint(0, 999999))))
    c["changes"] = e
    return c, S.pink, "colour-200", "pdf"


def f5(rng):
    """2017 Thừa Thiên Huế: four heirs in a table, a Sở as issuer, three
    purposes in a grid, a register continued on a trang bổ sung; phone
    photos with the facing page showing."""
    d = day(rng, 2016, 2018)
    c = base(rng, 5, "hue", "pink", d, "Sở Tài nguyên và Môi trường tỉnh Thừa Thiên Huế",
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    c.update(style="heirs", serial="CĐ %06d" % rng.randint(1, 999999),
             register_number="CS %05d" % rng.randint(1, 99999), per_page=3,
             heir_deed="%d/%d/VBTT" % (rng.randint(10, 999), d.year))
    c["town"] = "Thừa Thiên Huế"
    heirs = [person(rng, "hue", s, rng.randint(1950, 1985), t, day(rng, 2005, 2016))
             for s, t in [("M", "cmnd"), ("F", "cmnd"), ("M", "cccd"), ("F", "cccd")]]
    fam = heirs[0]["name"].split()[0]
    for h in heirs:
        h["name"] = fam + " " + " ".join(h["name"].split()[1:])
    live(heirs, address("hue", rng))
    heirs[3]["address"] = address("dn", rng)
    c["owners"] = heirs
    parcel(rng, c, "hue", round(rng.uniform(900, 2500), 1), ["ONT", "CLN", "BHK"],
           origin="Nhận thừa kế quyền sử dụng đất được Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất")
    e = mortgage_and_release(rng, c, d, (200, 500), (500, 800), (False, True))
    e.append(change(rng, "id-update", later(rng, e[1]["date"], 100, 400), c, hand=True, who=heirs[0],
                    new="046%d%02d%06d" % (0, heirs[0]["birth_year"] % 100, rng.randint(0, 999999))))
    e.append(change(rng, "split", later(rng, e[2]["date"], 100, 400), c))
    e.append(change(rng, "mortgage", later(rng, e[3]["date"], 100, 300), c, hand=True))
    c["changes"] = e
    return c, S.pink, "phone", "pdf"


def f6(rng):
    """2020 Bình Dương: a company's land, a Sở as issuer, production and
    trade land in a grid, a register with a Ghi chú column; two 94-dpi
    spreads."""
    d = day(rng, 2019, 2021)
    c = base(rng, 6, "bd", "pink", d, "Sở Tài nguyên và Môi trường tỉnh Bình Dương",
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    c.update(style="org", serial="CX %06d" % rng.randint(1, 999999),
             register_number="CT%05d" % rng.randint(1, 99999), layout="note")
    c["town"] = "Bình Dương"
    o = org(rng, "Công ty TNHH Cơ khí Chính xác Minh Phát", "bd", "37%08d" % rng.randint(0, 99999999))
    c["org_date"] = day(rng, 2008, 2015)
    c["owners"] = live([o], address("bd", rng))
    parcel(rng, c, "bd", round(rng.uniform(3000, 8000), 1), ["SKC", "TMD"],
           origin="Nhà nước cho thuê đất trả tiền thuê đất một lần cho cả thời gian thuê")
    dcu = later(rng, d, 500, 900)
    e1 = change(rng, "mortgage", later(rng, d, 100, 400), c, note="Đã xóa")
    c["dec_issuer"] = "Ủy ban nhân dân tỉnh Bình Dương"
    num = "%d/QĐ-UBND" % rng.randint(100, 3999)
    e2 = change(rng, "change-of-use", later(rng, dcu, 20, 90), c, area=round(c["parcel"]["area"] * 0.1, 1),
                frm="SKC", to="TMD", decision=num, ddate=dcu, note="Có hồ sơ kèm theo")
    e3 = change(rng, "release", later(rng, e2["date"], 30, 200), c, hand=True,
                bank=bank_of(e1))
    c["changes"] = [e1, e2, e3]
    return c, S.pink, "spread-94", "pdf"


def f7(rng):
    """2025 Đắk Lắk 2024 form from a Sở Nông nghiệp và Môi trường, an
    overseas Vietnamese with a passport, two-level addresses."""
    d = later(rng, datetime.date(2025, 8, 1), 0, 140)
    c = base(rng, 7, "dl", "form2024", d, "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], two_level=True)
    c.update(style="single", serial="%s %08d" % (rng.choice(["AĐ", "BK", "DL"]), rng.randint(1, 99999999)),
             register_number="DL %06d" % rng.randint(1, 999999), code="66%06d%04d" % (
                 rng.randint(0, 999999), rng.randint(0, 9999)), nationality="quốc tịch Việt Nam, định cư tại Cộng hòa Liên bang Đức")
    c["town"] = "Đắk Lắk"
    a = person(rng, "dl", "F", rng.randint(1960, 1980), "passport", day(rng, 2018, 2024))
    c["owners"] = live([a], address("dl", rng, True))
    parcel(rng, c, "dl", round(rng.uniform(600, 1800), 1), ["ONT", "CLN"],
           origin="Nhận tặng cho quyền sử dụng đất", two_level=True)
    e1 = change(rng, "mortgage", later(rng, d, 30, 100), c)
    c["changes"] = [e1]
    return c, S.form2024, "colour-150", "pdf"


FILES = {1: ("GCN8-house94", f1), 2: ("GCN8-red", f2), 3: ("GCN8-house05", f3), 4: ("GCN8-pink", f4),
         5: ("GCN8-pink", f5), 6: ("GCN8-pink", f6), 7: ("GCN8-form2024", f7)}


# ---------------------------------------------------------------- dossiers
def decision(rng, c, kind, num, d, what, para1, signer):
    """A two-page decision of the committee c["dec_issuer"]; its truth."""
    iss = c["dec_issuer"]
    lvl = iss.replace("Ủy ban nhân dân ", "")
    town = c["town"]
    p1 = S.paper(rng, "decision", "ỦY BAN NHÂN DÂN", lvl.upper(), num, town, d, "QUYẾT ĐỊNH", what,
                 ["%s" % iss.upper().replace("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
                  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" if d.year >= 2016
                  else "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
                  "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 và các văn bản hướng dẫn thi hành;"
                  if d.year >= 2024 else "Căn cứ Luật Đất đai năm 2003 và Nghị định số 181/2004/NĐ-CP;",
                  "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số %d/TTr-TNMT;"
                  % rng.randint(10, 999), "QUYẾT ĐỊNH:", para1], None, [], "")
    p2 = S.paper(rng, "decision", "", "", None, town, d, "", "",
                 ["Điều 2. Người sử dụng đất có trách nhiệm nộp các khoản nghĩa vụ tài chính "
                  "theo quy định và sử dụng đất đúng mục đích.",
                  "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Trưởng phòng Tài "
                  "nguyên và Môi trường và người sử dụng đất chịu trách nhiệm thi hành Quyết định này.",
                  "Nơi nhận: Như Điều 3; Chi nhánh VPĐKĐĐ; Chi cục Thuế; Lưu: VT."],
                 signer, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], iss.upper(),
                 first_page=False)
    truth = {"decision": {"number": num, "date": iso(d), "kind": kind, "issuer": iss}}
    return [p1, p2], truth


def owner_words(p):
    return "%s %s, sinh năm %d, %s" % ("ông" if p["gender"] == "M" else "bà", p["name"],
                                       p["birth_year"], S.id_words(p))


def f8(rng):
    """2010 Quảng Ninh first-certificate dossier: đơn, biên bản xác minh,
    tờ trình, a decision to issue, the pink certificate."""
    d = day(rng, 2010, 2011)
    c = base(rng, 8, "qn", "pink", d, "Ủy ban nhân dân thành phố Hạ Long",
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    c.update(style="single", serial="BĐ %06d" % rng.randint(1, 999999),
             register_number="CH %05d" % rng.randint(1, 99999), layout="side")
    c["dec_issuer"] = c["issuer"]
    a = person(rng, "qn", "M", rng.randint(1955, 1980), "cmnd", day(rng, 1995, 2008))
    c["owners"] = live([a], address("qn", rng))
    p = parcel(rng, c, "qn", round(rng.uniform(80, 200), 1), ["ODT"],
               origin="Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất")
    p["address"] = a["address"]
    ba = round(p["area"] * 0.6, 1)
    c["house"] = {"type": "Nhà ở riêng lẻ", "building_area": ba, "floor_area": round(ba * 4, 1),
                  "structure": "Bê tông cốt thép", "floors": 4, "ownership": "Sở hữu riêng",
                  "term": "Lâu dài"}
    c["changes"] = [change(rng, "id-update", later(rng, d, 3600, 4200), c, who=a,
                           new="022%d%02d%06d" % (0, a["birth_year"] % 100, rng.randint(0, 999999)))]
    dd = later(rng, d, -40, -10)
    num = "%d/QĐ-UBND" % rng.randint(1000, 9999)
    body = "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"
    don = S.paper(rng, "form", "", "", None, "Hạ Long", later(rng, d, -120, -90),
                  "ĐƠN ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT",
                  "Kính gửi: Ủy ban nhân dân thành phố Hạ Long",
                  ["I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ",
                   "1. Người sử dụng đất: %s; địa chỉ: %s." % (owner_words(a), a["address"]),
                   "2. Thửa đất đăng ký: thửa đất số %s, tờ bản đồ số %s; diện tích %s m²; sử dụng vào "
                   "mục đích đất ở tại đô thị từ năm 1992." % (p["number"], p["sheet"], area_txt(p["area"])),
                   "3. Nhà ở: nhà %d tầng, diện tích xây dựng %s m²." % (4, area_txt(ba)),
                   "Tôi xin cam đoan nội dung kê khai trên đơn là đúng sự thật."],
                  a["name"], ["NGƯỜI VIẾT ĐƠN"], "")
    bb = S.paper(rng, "form", "ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ KHẨU", None, "Hạ Long", later(rng, d, -80, -60),
                 "BIÊN BẢN XÁC MINH", "Hiện trạng sử dụng đất, nhà ở",
                 ["Hôm nay, tại thửa đất số %s, tờ bản đồ số %s, chúng tôi gồm: đại diện UBND phường, "
                  "cán bộ địa chính và người sử dụng đất đã tiến hành xác minh." % (p["number"], p["sheet"]),
                  "Kết quả: đất sử dụng ổn định, không tranh chấp, phù hợp quy hoạch; ranh giới thửa đất "
                  "không thay đổi so với bản đồ địa chính.",
                  "Biên bản lập xong hồi 10 giờ cùng ngày, đã đọc cho mọi người cùng nghe và thống nhất ký tên."],
                 "Đỗ Văn Quý", ["CÁN BỘ ĐỊA CHÍNH"], "")
    tt = S.paper(rng, "submission", "UBND THÀNH PHỐ HẠ LONG", body, "%d/TTr-TNMT" % rng.randint(10, 999),
                 "Hạ Long", later(rng, dd, -15, -5), "TỜ TRÌNH",
                 "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
                 ["Kính gửi: Ủy ban nhân dân thành phố Hạ Long",
                  "Phòng Tài nguyên và Môi trường đã thẩm định hồ sơ của %s đề nghị cấp Giấy chứng nhận "
                  "đối với thửa đất số %s, tờ bản đồ số %s, diện tích %s m²." % (
                      owner_words(a), p["number"], p["sheet"], area_txt(p["area"])),
                  "Hồ sơ đủ điều kiện. Kính trình Ủy ban nhân dân thành phố xem xét, quyết định."],
                 "Lại Thế Vinh", ["TRƯỞNG PHÒNG"], body)
    dec, dtruth = decision(rng, c, "cap-gcn", num, dd,
                           "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
                           "Điều 1. Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác "
                           "gắn liền với đất cho %s, địa chỉ thường trú: %s, đối với thửa đất số %s, tờ bản đồ số %s, "
                           "diện tích %s m², mục đích sử dụng: đất ở tại đô thị." % (
                               owner_words(a), a["address"], p["number"], p["sheet"], area_txt(p["area"])),
                           "Phạm Hồng Sơn")
    papers = [([don], "form", "colour-150", None), ([bb], "form", "colour-150", None),
              ([tt], "submission", "colour-150", None), (dec, "decision", "colour-150", dtruth)]
    return c, S.pink, "colour-150", papers


def f9(rng):
    """2024 Sóc Trăng transfer dossier: a two-page hợp đồng chuyển nhượng,
    the tax office's notice, the đơn đăng ký biến động, and the 2024-form
    certificate of the buyers, a Hoa couple; grey 100 dpi."""
    d = later(rng, datetime.date(2024, 9, 1), 0, 100)
    c = base(rng, 9, "st", "form2024", d, "Ủy ban nhân dân huyện Châu Thành",
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    c.update(style="couple", serial="AB %08d" % rng.randint(1, 99999999),
             register_number="CS %06d" % rng.randint(1, 999999),
             code="94%06d%04d" % (rng.randint(0, 999999), rng.randint(0, 9999)), nationality="")
    a = person(rng, "st", "M", rng.randint(1970, 1990), "cccd", day(rng, 2021, 2023),
               name=rng.choice(HOA[0::3]))
    b = person(rng, "st", "F", rng.randint(1972, 1992), "cccd", day(rng, 2021, 2023),
               name=rng.choice(HOA[1:3]))
    c["owners"] = live([a, b], address("st", rng))
    p = parcel(rng, c, "st", round(rng.uniform(300, 1200), 1), ["ONT", "CLN"],
               origin="Nhận chuyển nhượng đất được Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất")
    seller = person(rng, "st", "M", rng.randint(1950, 1970), "cccd", day(rng, 2021, 2023))
    hd = later(rng, d, -90, -60)
    contract = [S.paper(rng, "other", "", "", None, "Châu Thành", hd, "HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT", "",
                        ["Hôm nay, %s, tại Văn phòng công chứng Sóc Trăng, chúng tôi gồm:" % S.words(hd),
                         "Bên chuyển nhượng (bên A): %s; địa chỉ thường trú: %s." % (owner_words(seller), p["address"]),
                         "Bên nhận chuyển nhượng (bên B): %s và vợ là %s; cùng địa chỉ thường trú: %s." % (
                             owner_words(a), owner_words(b), a["address"]),
                         "Điều 1. Bên A chuyển nhượng cho bên B quyền sử dụng thửa đất số %s, tờ bản đồ số %s, "
                         "diện tích %s m²." % (p["number"], p["sheet"], area_txt(p["area"])),
                         "Điều 2. Giá chuyển nhượng là %d.000.000 đồng; bên B trả một lần khi ký hợp đồng." %
                         rng.randint(300, 2500)], None, [], ""),
                S.paper(rng, "other", "", "", None, "Châu Thành", hd, "", "",
                        ["Điều 3. Bên A giao đất và giấy tờ cho bên B trong 10 ngày kể từ ngày ký.",
                         "Điều 4. Thuế thu nhập cá nhân do bên A nộp; lệ phí trước bạ do bên B nộp.",
                         "Điều 5. Hai bên đã đọc lại hợp đồng, hiểu rõ và cùng ký tên dưới đây.",
                         "Chứng nhận của công chứng viên: hợp đồng được giao kết tự nguyện, số công chứng %d, "
                         "quyển số 02/%d TP/CC-SCC/HĐGD." % (rng.randint(1000, 9999), hd.year)],
                        "Trần Ngọc Sơn", ["CÔNG CHỨNG VIÊN"], "VĂN PHÒNG CÔNG CHỨNG SÓC TRĂNG")]
    tax = S.paper(rng, "fee-notice", "CHI CỤC THUẾ KHU VỰC", "CHÂU THÀNH - MỸ TÚ", "%d/TB-CCT" % rng.randint(100, 9999),
                  "Châu Thành", later(rng, hd, 10, 20), "THÔNG BÁO NỘP THUẾ",
                  "Thuế thu nhập cá nhân và lệ phí trước bạ nhà, đất",
                  ["Người nộp thuế: %s." % owner_words(seller),
                   "Thửa đất số %s, tờ bản đồ số %s, diện tích %s m²." % (p["number"], p["sheet"], area_txt(p["area"])),
                   "Số thuế thu nhập cá nhân phải nộp: %d.000 đồng; hạn nộp trong 30 ngày." % rng.randint(5000, 60000),
                   "Nộp vào tài khoản thu ngân sách nhà nước tại Kho bạc Nhà nước Sóc Trăng."],
                  "Kiều Thị Mai", ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "CHI CỤC THUẾ")
    don = S.paper(rng, "form", "", "", None, "Châu Thành", later(rng, hd, 5, 9),
                  "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI, TÀI SẢN GẮN LIỀN VỚI ĐẤT",
                  "Kính gửi: Chi nhánh Văn phòng đăng ký đất đai huyện Châu Thành",
                  ["1. Người đăng ký: %s và %s." % (owner_words(a), owner_words(b)),
                   "2. Nội dung biến động: nhận chuyển nhượng toàn bộ thửa đất số %s, tờ bản đồ số %s." % (
                       p["number"], p["sheet"]),
                   "3. Giấy tờ nộp kèm: hợp đồng chuyển nhượng, Giấy chứng nhận đã cấp, tờ khai thuế.",
                   "Tôi cam đoan nội dung kê khai trên đơn là đúng."], b["name"], ["NGƯỜI VIẾT ĐƠN"], "")
    papers = [(contract, "other", "grey-100", None), ([tax], "fee-notice", "grey-100", None),
              ([don], "form", "grey-100", None)]
    return c, S.form2024, "grey-100", papers


def f10(rng):
    """Kon Tum change-of-use dossier: công văn of a Chi nhánh VPĐKĐĐ, tờ
    trình, a two-page decision, the notice of land-use fees, and a 2006
    red book of a Ba Na man whose register cites the decision."""
    d = day(rng, 2005, 2006)
    c = base(rng, 10, "kt", "red", d, "Ủy ban nhân dân thị xã Kon Tum",
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    c.update(style="single", serial="AC %06d" % rng.randint(1, 999999),
             register_number="%05d QSDĐ/KT" % rng.randint(1, 99999))
    c["dist"] = "thành phố Kon Tum"
    c["dec_issuer"] = "Ủy ban nhân dân thành phố Kon Tum"
    a = person(rng, "kt", "M", rng.randint(1955, 1975), "cmnd", day(rng, 1995, 2004), name=rng.choice(BANA_M))
    c["owners"] = live([a], address("kt", rng))
    c["owner_lines"] = ["Ông: %s;  Năm sinh: %d;  Dân tộc: Ba Na" % (a["name"], a["birth_year"]),
                        "Số CMND: %s cấp ngày %s tại Công an tỉnh Kon Tum" % (a["id_number"], dmy(a["id_date"])),
                        "Địa chỉ thường trú: %s" % a["address"]]
    p = parcel(rng, c, "kt", round(rng.uniform(600, 1600), 1), ["ONT", "CLN"],
               origin="Nhà nước công nhận quyền sử dụng đất")
    p["address"] = a["address"]
    dd = later(rng, datetime.date(2024, 3, 1), 0, 200)
    num = "%d/QĐ-UBND" % rng.randint(100, 4999)
    e1 = change(rng, "id-update", later(rng, d, 4000, 5000), c, hand=True, who=a,
                new="062%d%02d%06d" % (0, a["birth_year"] % 100, rng.randint(0, 999999)))
    move = round(p["purposes"][1]["area"] * 0.3, 1)
    e2 = change(rng, "change-of-use", later(rng, dd, 20, 60), c, area=move, frm="CLN", to="ONT",
                decision=num, ddate=dd)
    c["changes"] = [e1, e2]
    town = "Kon Tum"
    cv = S.paper(rng, "letter", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH THÀNH PHỐ KON TUM",
                 "%d/CNVPĐK" % rng.randint(10, 999), town, later(rng, dd, -40, -30), "",
                 "V/v chuyển thông tin hồ sơ chuyển mục đích sử dụng đất",
                 ["Kính gửi: Phòng Tài nguyên và Môi trường thành phố Kon Tum",
                  "Chi nhánh Văn phòng đăng ký đất đai thành phố Kon Tum chuyển hồ sơ của %s đề nghị "
                  "chuyển mục đích %s m² đất trồng cây lâu năm sang đất ở tại nông thôn, thuộc thửa đất "
                  "số %s, tờ bản đồ số %s." % (owner_words(a), area_txt(move), p["number"], p["sheet"]),
                  "Đề nghị Phòng xem xét, trình Ủy ban nhân dân thành phố quyết định."],
                 "Y Khiêm", ["GIÁM ĐỐC"], "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI")
    tt = S.paper(rng, "submission", "UBND THÀNH PHỐ KON TUM", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                 "%d/TTr-TNMT" % rng.randint(10, 999), town, later(rng, dd, -20, -8), "TỜ TRÌNH",
                 "Đề nghị cho phép chuyển mục đích sử dụng đất",
                 ["Kính gửi: Ủy ban nhân dân thành phố Kon Tum",
                  "Căn cứ hồ sơ và kết quả kiểm tra thực địa, việc chuyển mục đích sử dụng đất của %s "
                  "phù hợp kế hoạch sử dụng đất năm %d." % (owner_words(a), dd.year),
                  "Kính trình Ủy ban nhân dân thành phố xem xét, quyết định."],
                 "Nguyễn Thị Hằng", ["TRƯỞNG PHÒNG"], "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG")
    dec, dtruth = decision(rng, c, "chuyen-muc-dich", num, dd,
                           "Về việc cho phép chuyển mục đích sử dụng đất",
                           "Điều 1. Cho phép %s, địa chỉ thường trú: %s, được chuyển mục đích sử dụng %s m² "
                           "từ đất trồng cây lâu năm (CLN) sang đất ở tại nông thôn (ONT) thuộc thửa đất số %s, "
                           "tờ bản đồ số %s. Thời hạn sử dụng đất ở: lâu dài." % (
                               owner_words(a), a["address"], area_txt(move), p["number"], p["sheet"]),
                           "Lê Văn Cường")
    fee = S.paper(rng, "fee-notice", "CHI CỤC THUẾ", "THÀNH PHỐ KON TUM", "%d/TB-CCT" % rng.randint(100, 9999),
                  town, later(rng, dd, 5, 15), "THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT", "",
                  ["Căn cứ Quyết định số %s của Ủy ban nhân dân thành phố Kon Tum," % num,
                   "Người nộp: %s." % owner_words(a),
                   "Diện tích chuyển mục đích: %s m²; số tiền sử dụng đất phải nộp: %d.000 đồng." % (
                       area_txt(move), rng.randint(20000, 400000)),
                   "Thời hạn nộp: 30 ngày kể từ ngày ký thông báo."],
                  "Phan Văn Tài", ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "CHI CỤC THUẾ")
    papers = [([cv], "letter", "shrunk-120", None), ([tt], "submission", "shrunk-120", None),
              (dec, "decision", "shrunk-120", dtruth), ([fee], "fee-notice", "shrunk-120", None)]
    return c, S.red_2004, "colour-150", papers


FILES.update({8: ("HS8", f8), 9: ("HS8", f9), 10: ("HS8", f10)})
