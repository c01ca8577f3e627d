"""What gen-cert2's certificates say: people, parcels, houses and change
entries drawn from a seeded random source, laid out as the red book (before
2009, yellow inner pages), the pink form of 2009-2024 (GCN QSDĐ, quyền sở
hữu nhà ở và tài sản khác gắn liền với đất) and the 2024 form, with the truth
of every printed field."""
import csv, datetime, os

from sheet import Leaf

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RED_INK = "#b3121b"
USES = {"ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
        "CLN": "Đất trồng cây lâu năm", "LUC": "Đất chuyên trồng lúa nước",
        "BHK": "Đất bằng trồng cây hàng năm khác", "RSX": "Đất rừng sản xuất",
        "NTS": "Đất nuôi trồng thủy sản", "HNK": "Đất trồng cây hàng năm khác"}
ORIGINS = ["Nhà nước giao đất có thu tiền sử dụng đất",
           "Nhà nước giao đất không thu tiền sử dụng đất",
           "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
           "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất",
           "Nhận chuyển nhượng đất được công nhận quyền sử dụng đất"]
VILLAGES = ["bản Na Sang", "bản Huổi Lèng", "bản Co Mỵ", "bản Pa Ham", "bản Nậm Hẹ",
            "bản Phiêng Ban", "thôn 5", "bản Sái Lương", "bản Hua Ná", "tổ dân phố 3"]
FORM_YEARS = {"red": (1994, 2008), "pink": (2009, 2023), "form2024": (2024, 2025)}


def units():
    """Điện Biên's districts and their communes from data/admin-units.csv."""
    out = {}
    with open(os.path.join(TOP, "data", "admin-units.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["province_code"] == "11" and r["commune_type"] == "Xã" \
                    and r["district_name"].startswith("Huyện"):
                out.setdefault(r["district_name"][6:], []).append(r["commune_name"][3:])
    return out


UNITS = units()


def ethnic():
    out = {}
    with open(os.path.join(TOP, "data", "names", "dien-bien-ethnic.txt"), encoding="utf-8") as f:
        for ln in f:
            if not ln.startswith("#") and ln.strip():
                g, part, names = ln.rstrip("\n").split("\t")
                out[(g, part)] = names.split()
    return out


NAMES = ethnic()


def vn_area(a):
    """1230.5 as the certificates print it: 1.230,5."""
    whole, dec = ("%.1f" % a).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ".".join([whole] + groups) + "," + dec


def dmy(d):
    return d.strftime("%d/%m/%Y")


def long_date(place, d):
    return "%s, ngày %d tháng %d năm %d" % (place, d.day, d.month, d.year)


class People:
    """Owners with the ID papers of their time."""

    def __init__(self, rng):
        self.rng = rng

    def person(self, gender, year, issued):
        r = self.rng
        g = r.choice(["thai", "mong", "thai", "kinh"])
        if g == "kinh":
            fam, mid, giv = r.choice(["Nguyễn", "Trần", "Phạm", "Đỗ", "Vũ"]), \
                ("Văn" if gender == "M" else "Thị"), r.choice(
                    ["Hùng", "Minh", "Tuấn"] if gender == "M" else ["Lan", "Hoa", "Thu"])
        else:
            fam = r.choice(NAMES[(g, "family")])
            mid = ("A" if g == "mong" else "Văn") if gender == "M" else "Thị"
            giv = r.choice(NAMES[(g, "given-male" if gender == "M" else "given-female")])
        p = {"name": " ".join([fam, mid, giv]), "gender": gender, "birth_year": year}
        p.update(self.paper(p, issued))
        return p

    def paper(self, p, issued):
        r = self.rng
        if issued.year < 2016 or r.random() < 0.2:
            return {"id_type": "cmnd", "id_number": "0" + "4" + "%07d" % r.randrange(10 ** 7)}
        if issued.year < 2021 and r.random() < 0.15:
            return {"id_type": "passport", "id_number": None,
                    "passport": r.choice("BCN") + "%07d" % r.randrange(10 ** 7)}
        g = (0 if p["gender"] == "M" else 1) + (2 if p["birth_year"] >= 2000 else 0)
        num = "011%d%02d%06d" % (g, p["birth_year"] % 100, r.randrange(10 ** 6))
        kind = "dinh-danh" if issued.year >= 2024 and r.random() < 0.6 else "cccd"
        return {"id_type": kind, "id_number": num}


def id_phrase(p):
    if p["id_type"] == "passport":
        return "Hộ chiếu số: " + p["passport"]
    label = {"cmnd": "CMND số", "cccd": "CCCD số", "dinh-danh": "Số định danh cá nhân"}
    return "%s: %s" % (label[p["id_type"]], p["id_number"])


def truth_owner(p, address):
    return {"name": p["name"], "gender": p["gender"], "birth_year": p["birth_year"],
            "id_type": p["id_type"], "id_number": p["id_number"], "address": address}


def pick_date(rng, gen):
    lo, hi = FORM_YEARS[gen]
    d0 = datetime.date(lo, 1, 5) if gen != "form2024" else datetime.date(2024, 8, 5)
    d1 = datetime.date(hi, 12, 20) if gen != "form2024" else datetime.date(2025, 6, 20)
    return d0 + datetime.timedelta(days=rng.randrange((d1 - d0).days))


def serial(rng, gen, d):
    L = "ABCDEGHKLMN"
    if gen == "red":
        pre = rng.choice(L) if d.year < 2004 else rng.choice("AB") + rng.choice(L)
        return "%s %06d" % (pre, rng.randrange(10 ** 6))
    if gen == "pink":
        return "%s %06d" % (rng.choice("BC") + rng.choice(L), rng.randrange(10 ** 6))
    return "%s %08d" % (rng.choice("AD") + rng.choice(L), rng.randrange(10 ** 8))


def register_no(rng, gen, d):
    if gen == "red" and d.year < 2004:
        return "%05d QSDĐ/%d/QĐ-UB" % (rng.randrange(1, 9999), rng.randrange(10, 999))
    if gen == "red":
        return "H %05d" % rng.randrange(1, 99999)
    return "%s %05d" % (rng.choice(["CH", "CH", "CS"]), rng.randrange(1, 99999))


def parcel(rng, gen, d, district, commune):
    res = "ONT"
    n = rng.choice([1, 2, 2, 3])
    uses = [res] + rng.sample(["CLN", "LUC", "RSX", "NTS"] + (["HNK"] if gen == "form2024" else ["BHK"]), n - 1)
    if rng.random() < 0.2:
        uses = uses[1:] or ["CLN"]
    end = datetime.date(d.year + 50, d.month, min(d.day, 28))
    purposes = []
    for u in uses:
        a = round(rng.uniform(80, 400) if u == res else rng.uniform(200, 3500), 1)
        purposes.append({"land_use": u, "area": a,
                         "term": "Lâu dài" if u in ("ONT", "ODT") else "Đến ngày " + dmy(end)})
    village = rng.choice(VILLAGES)
    return {"number": str(rng.randrange(12, 1500)), "sheet": str(rng.randrange(1, 64)),
            "address": "%s, xã %s, huyện %s" % (village, commune, district),
            "area": round(sum(p["area"] for p in purposes), 1),
            "use_form": rng.choice(["Sử dụng riêng", "Sử dụng riêng", "Sử dụng chung"]),
            "purposes": purposes, "origin": rng.choice(ORIGINS)}


def house(rng, gen):
    if gen == "red" or rng.random() < 0.5:
        return None
    if rng.random() < 0.3:
        return {"type": "Căn hộ chung cư", "floor_area": round(rng.uniform(45, 110), 1),
                "structure": "Bê tông cốt thép", "floors": rng.choice([5, 9, 12]),
                "ownership": "Sở hữu riêng", "term": "Lâu dài"}
    b = round(rng.uniform(60, 140), 1)
    fl = rng.choice([1, 2, 3])
    return {"type": "Nhà ở riêng lẻ", "building_area": b, "floor_area": round(b * fl, 1),
            "structure": rng.choice(["Tường gạch, mái tôn", "Bê tông cốt thép", "Khung gỗ, mái ngói"]),
            "floors": fl, "ownership": "Sở hữu riêng", "term": "Lâu dài"}


CHANGE_KINDS = ["transfer", "change-of-use", "id-update", "split-merge", "mortgage"]


def changes(rng, gen, d, cert, people, district):
    """Change-register entries after the issue date, each with its wording."""
    out, day = [], d
    kinds = rng.sample(CHANGE_KINDS, rng.choice([1, 2, 3, 3]))
    if gen == "form2024":
        kinds = kinds[:rng.choice([0, 1, 2])]
    for k in kinds:
        day = day + datetime.timedelta(days=rng.randrange(60, 1500))
        if day > datetime.date(2026, 11, 30):
            break
        out.append(entry(rng, k, day, cert, people, district))
    return out


def entry(rng, k, day, cert, people, district):
    dec = None
    suffix = "QĐ-UB" if day.year < 2008 else "QĐ-UBND"
    cite = ""
    if k == "change-of-use" or (k == "split-merge" and rng.random() < 0.6):
        dec = "%d/%s" % (rng.randrange(100, 4000), suffix)
        dd = day - datetime.timedelta(days=rng.randrange(5, 40))
        cite = " theo Quyết định số %s ngày %s của Ủy ban nhân dân huyện %s" % (dec, dmy(dd), district)
    p = cert["parcel"]
    if k == "transfer":
        who = people.person(rng.choice("MF"), rng.randrange(1960, 1995), day)
        text = "%s quyền sử dụng đất cho %s %s, sinh năm %d, %s; theo hồ sơ số %d.CN.%d" % (
            rng.choice(["Chuyển nhượng", "Tặng cho"]), "ông" if who["gender"] == "M" else "bà",
            who["name"], who["birth_year"], id_phrase(who), rng.randrange(10, 999), day.year)
    elif k == "change-of-use":
        a = vn_area(min(100.0, p["purposes"][-1]["area"]))
        text = "Chuyển mục đích sử dụng %s m² từ %s sang %s%s" % (
            a, USES[p["purposes"][-1]["land_use"]].lower(), USES["ONT"].lower(), cite)
    elif k == "id-update":
        o = cert["owners"][0]
        text = "Cập nhật thông tin người sử dụng đất: %s đổi giấy tờ nhân thân sang Căn cước công dân số 011%d%02d%06d" % (
            o["name"], 0 if o["gender"] == "M" else 1, o["birth_year"] % 100, rng.randrange(10 ** 6))
    elif k == "split-merge":
        n = int(p["number"])
        text = "%s thửa đất số %d thành thửa số %d và thửa số %d%s" % (
            "Tách", n, n + 1000, n + 1001, cite or "; theo hồ sơ số %d.TT" % rng.randrange(10, 999))
    else:
        text = "%s bằng quyền sử dụng đất tại Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam, chi nhánh huyện %s, theo hợp đồng số %d/%d/HĐTC" % (
            rng.choice(["Đăng ký thế chấp", "Xóa đăng ký thế chấp"]), district, rng.randrange(1, 500), day.year)
    return {"truth": {"date": day.isoformat(), "kind": k, "decision": dec},
            "text": text + ".", "day": day, "seal": rng.random() < 0.7}


def certificate(rng, people, gen):
    """A certificate: its scans (leaves and page kind), the scan index where
    an open spread begins, and its truth."""
    d = pick_date(rng, gen)
    district = rng.choice(sorted(UNITS))
    commune = rng.choice(UNITS[district])
    province = "Lai Châu" if d.year < 2004 else "Điện Biên"
    owner = people.person(rng.choice("MF"), rng.randrange(1940, 1990), d)
    owners = [owner]
    couple = rng.random() < 0.45
    if couple:
        other = "F" if owner["gender"] == "M" else "M"
        owners.append(people.person(other, owner["birth_year"] + rng.randrange(-5, 6), d))
    address = "%s, xã %s, huyện %s, tỉnh %s" % (rng.choice(VILLAGES), commune, district, province)
    issuer = "Ủy ban nhân dân huyện " + district
    if gen != "red" and rng.random() < 0.25:
        issuer = "Sở Tài nguyên và Môi trường tỉnh Điện Biên"
    t = {"generation": gen, "serial": serial(rng, gen, d), "register_number": register_no(rng, gen, d),
         "issuer": issuer, "date": d.isoformat(), "couple": couple,
         "owners": [truth_owner(p, address) for p in owners],
         "parcel": parcel(rng, gen, d, district, commune), "house": house(rng, gen)}
    entries = changes(rng, gen, d, t, people, district)
    t["changes"] = [e["truth"] for e in entries]
    ctx = {"rng": rng, "d": d, "district": district, "owners": owners, "address": address,
           "entries": entries, "face": rng.choice(["serif", "times", "sans"])}
    scans = LAYOUT[gen](t, ctx)
    return {"scans": scans, "pair": 1 if gen != "form2024" else 0, "truth": t}


# layout -----------------------------------------------------------------


def motto(lf):
    lf.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st="b", pt=12)
    lf.centred("Độc lập - Tự do - Hạnh phúc", st="b", pt=11.5)
    lf.rule(70, lf.y - 4, 120, lf.y - 4)
    lf.y += 6


def owner_lines(lf, ctx, red):
    for k, p in enumerate(ctx["owners"]):
        title = ("Ông" if p["gender"] == "M" else "Bà")
        if k == 0 and red and ctx["rng"].random() < 0.5:
            title = "Hộ " + title.lower()
        if k == 1:
            title = "và %s là %s" % ("vợ" if p["gender"] == "F" else "chồng", title.lower())
        lf.para("%s: %s, sinh năm %d" % (title, p["name"], p["birth_year"]), st="b" if k == 0 else "r")
        issued = ""
        if p["id_type"] == "cmnd" and red:
            issued = ", cấp ngày %s tại Công an tỉnh %s" % (
                dmy(ctx["d"] - datetime.timedelta(days=3000)), "Lai Châu")
        lf.para(id_phrase(p) + issued, x=22)
    lf.para("Địa chỉ thường trú: " + ctx["address"], x=16, indent=6)


def sign_block(lf, ctx, place, head, title):
    x0 = 88.0
    lf.y += 3
    lf.centred(long_date(place, ctx["d"]), st="i", pt=10.5, x0=x0)
    lf.centred(head, st="b", pt=10.5, x0=x0)
    lf.centred(title, st="b", pt=10.5, x0=x0)
    y = lf.y
    lf.signature(x0 + 30, y + 8, ctx["rng"])
    lf.seal(x0 + 26, y + 6, 15, "ỦY BAN NHÂN DÂN")
    lf.y = y + 22
    fam = ctx["rng"].choice(["Lò Văn Hặc", "Nguyễn Văn Tuấn", "Quàng Văn Phanh", "Vừ A Chứ"])
    lf.centred(fam, st="b", pt=11, x0=x0)


def head_of(issuer):
    if issuer.startswith("Sở"):
        return "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    return "TM. " + issuer.upper().replace("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"), "CHỦ TỊCH"


def red_book(t, ctx):
    face, rng = ctx["face"], ctx["rng"]
    p = t["parcel"]
    owner = Leaf(face, "yellow")
    motto(owner)
    owner.y += 6
    owner.centred("GIẤY CHỨNG NHẬN", st="b", pt=22, colour=RED_INK)
    owner.centred("QUYỀN SỬ DỤNG ĐẤT", st="b", pt=16, colour=RED_INK)
    owner.y += 6
    owner.centred(t["issuer"].upper(), st="b", pt=12)
    owner.centred("chứng nhận", st="i", pt=11)
    owner.para("I. NGƯỜI SỬ DỤNG ĐẤT", st="b", pt=12)
    owner_lines(owner, ctx, True)
    owner.para("được quyền sử dụng thửa đất ghi tại trang 2 của Giấy chứng nhận này.", st="i")
    owner.text(120, 248, "Số phát hành: " + t["serial"], "b", 12, RED_INK)
    parcel_leaf = Leaf(face, "yellow")
    parcel_leaf.para("II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG", st="b", pt=12)
    rows = [["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Hình thức sử dụng",
             "Mục đích sử dụng", "Thời hạn sử dụng", "Nguồn gốc sử dụng"]]
    for k, u in enumerate(p["purposes"]):
        first = k == 0
        rows.append([p["number"] if first else "", p["sheet"] if first else "",
                     vn_area(u["area"]), p["use_form"].split()[-1].capitalize() if first else "",
                     USES[u["land_use"]] if rng.random() < 0.5 else u["land_use"],
                     u["term"], p["origin"] if first else ""])
    rows.append(["Cộng", "", vn_area(p["area"]), "", "", "", ""])
    parcel_leaf.table([12, 28, 44, 66, 88, 118, 146, 180], rows, pt=9)
    parcel_leaf.para("Địa chỉ thửa đất: " + p["address"], indent=6)
    parcel_leaf.para("Ghi chú: -/-")
    h, title = head_of(t["issuer"])
    sign_block(parcel_leaf, ctx, ctx["district"], h, title)
    parcel_leaf.y += 6
    parcel_leaf.para("Số vào sổ cấp giấy chứng nhận quyền sử dụng đất: " + t["register_number"], pt=10)
    plan = Leaf(face, "yellow")
    plan.para("III. SƠ ĐỒ THỬA ĐẤT", st="b", pt=12)
    plan.plan(30, 40, 130, 130, rng, p["number"])
    register = changes_leaf(face, "yellow", "IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN",
                            ctx, dated=True)
    return [([owner], "certificate-owner"), ([parcel_leaf], "certificate-parcel"),
            ([plan], "certificate-parcel"), ([register], "certificate-changes")]


def changes_leaf(face, ground, heading, ctx, dated):
    lf = Leaf(face, ground)
    lf.para(heading, st="b", pt=12)
    if dated:
        xs, rows = [12, 40, 124, 180], [["Ngày, tháng, năm", "Nội dung thay đổi và cơ sở pháp lý",
                                         "Xác nhận của cơ quan có thẩm quyền"]]
    else:
        xs, rows = [12, 112, 180], [["Nội dung thay đổi và cơ sở pháp lý",
                                     "Xác nhận của cơ quan có thẩm quyền"]]
    for e in ctx["entries"]:
        conf = "%s. KT. GIÁM ĐỐC VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI PHÓ GIÁM ĐỐC" % long_date(
            ctx["district"], e["day"])
        rows.append(([dmy(e["day"])] if dated else []) + [e["text"], conf])
    rows += [([""] if dated else []) + ["", ""]] * 2
    tops = lf.table(xs, rows, pt=9)
    for k, e in enumerate(ctx["entries"]):
        y0, y1 = tops[k + 1], tops[k + 2]
        lf.signature(xs[-2] + 20, y1 - 5, ctx["rng"])
        if e["seal"]:
            lf.seal(xs[-2] + 16 + ctx["rng"].uniform(-4, 8), (y0 + y1) / 2, 13, "VĂN PHÒNG ĐĂNG KÝ")
    lf.para("Người được cấp Giấy chứng nhận không được sửa chữa, tẩy xóa hoặc bổ sung bất kỳ nội "
            "dung nào trong Giấy chứng nhận; khi bị mất hoặc hư hỏng Giấy chứng nhận phải khai "
            "báo ngay với cơ quan cấp Giấy.", st="i", pt=9)
    return lf


def lettered_parcel(lf, t, ctx, lead):
    p = t["parcel"]
    rng = ctx["rng"]
    lf.para("a) Thửa đất số: %s, tờ bản đồ số: %s;" % (p["number"], p["sheet"]), x=lead)
    lf.para("b) Địa chỉ: %s;" % p["address"], x=lead, indent=6)
    lf.para("c) Diện tích: %s m²;" % vn_area(p["area"]), x=lead)
    lf.para("d) Hình thức sử dụng: %s;" % p["use_form"], x=lead)
    uses = "; ".join("%s%s: %s m²" % (USES[u["land_use"]], " (%s)" % u["land_use"] if rng.random() < 0.6 else "",
                                      vn_area(u["area"])) for u in p["purposes"])
    lf.para("đ) Mục đích sử dụng: %s;" % uses, x=lead, indent=6)
    terms = "; ".join("%s: %s" % (USES[u["land_use"]], u["term"]) for u in p["purposes"])
    lf.para("e) Thời hạn sử dụng: %s;" % terms, x=lead, indent=6)
    lf.para("g) Nguồn gốc sử dụng: %s." % p["origin"], x=lead, indent=6)


def house_part(lf, t, n, label):
    h = t["house"]
    if h is None:
        lf.para("%d. %s: -/-" % (n, label), st="b")
        return
    lf.para("%d. %s:" % (n, label), st="b")
    rows = [("a) Loại nhà ở", h["type"])]
    if "building_area" in h:
        rows.append(("b) Diện tích xây dựng", vn_area(h["building_area"]) + " m²"))
    rows += [("c) Diện tích sàn", vn_area(h["floor_area"]) + " m²"),
             ("d) Kết cấu", h["structure"]), ("đ) Số tầng", str(h["floors"])),
             ("e) Hình thức sở hữu", h["ownership"]), ("g) Thời hạn sở hữu", h["term"])]
    for k, v in rows:
        lf.para("%s: %s;" % (k, v), x=22)


def pink(t, ctx):
    face, rng = ctx["face"], ctx["rng"]
    owner = Leaf(face, "pink")
    motto(owner)
    owner.y += 4
    owner.centred("GIẤY CHỨNG NHẬN", st="b", pt=22, colour=RED_INK)
    owner.centred("QUYỀN SỬ DỤNG ĐẤT", st="b", pt=13, colour=RED_INK)
    owner.centred("QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", st="b", pt=12, colour=RED_INK)
    owner.y += 6
    owner.para("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất",
               st="b", indent=6)
    owner_lines(owner, ctx, False)
    owner.text(140, 250, t["serial"], "b", 14, RED_INK)
    body = Leaf(face, "pink")
    body.para("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", st="b", pt=12)
    body.para("1. Thửa đất:", st="b")
    lettered_parcel(body, t, ctx, 20)
    house_part(body, t, 2, "Nhà ở")
    for k, part in enumerate(["Công trình xây dựng khác", "Rừng sản xuất là rừng trồng",
                              "Cây lâu năm", "Ghi chú"], 3):
        body.para("%d. %s: -/-" % (k, part), st="b")
    h, title = head_of(t["issuer"])
    sign_block(body, ctx, ctx["district"], h, title)
    body.y = max(body.y + 4, 240)
    body.para("Số vào sổ cấp GCN: " + t["register_number"], pt=11, st="b")
    plan = Leaf(face, "pink")
    plan.para("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất", st="b", pt=12)
    plan.plan(30, 40, 130, 130, rng, t["parcel"]["number"])
    register = changes_leaf(face, "pink", "IV. Những thay đổi sau khi cấp Giấy chứng nhận",
                            ctx, dated=False)
    return [([owner], "certificate-owner"), ([body], "certificate-parcel"),
            ([plan], "certificate-parcel"), ([register], "certificate-changes")]


def form2024(t, ctx):
    face, rng = ctx["face"], ctx["rng"]
    front = Leaf(face, "green")
    motto(front)
    front.centred("GIẤY CHỨNG NHẬN", st="b", pt=20, colour=RED_INK)
    front.centred("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT", st="b", pt=11.5,
                  colour=RED_INK)
    front.box(160, 8, 182, 30, 0.8)
    front.para("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:", st="b")
    owner_lines(front, ctx, False)
    front.para("2. Thông tin thửa đất:", st="b")
    lettered_parcel(front, t, ctx, 20)
    house_part(front, t, 3, "Tài sản gắn liền với đất")
    front.para("4. Ghi chú: -/-", st="b")
    h, title = head_of(t["issuer"])
    sign_block(front, ctx, ctx["district"], h, title)
    front.text(14, 252, "Số vào sổ cấp Giấy chứng nhận: " + t["register_number"], "r", 10)
    front.text(120, 259, "Số phát hành: " + t["serial"], "b", 11, RED_INK)
    back = changes_leaf(face, "green", "6. Những thay đổi sau khi cấp Giấy chứng nhận", ctx, dated=False)
    back.y += 4
    back.para("5. Sơ đồ thửa đất:", st="b")
    back.plan(40, back.y, 100, min(90, 250 - back.y), rng, t["parcel"]["number"])
    return [([front], "certificate-owner"), ([back], "certificate-changes")]


LAYOUT = {"red": red_book, "pink": pink, "form2024": form2024}


def dossier_papers(rng, cert):
    """The transfer form to the tax office and the fee notice before the
    certificate in a dossier (white A4, no truth fields)."""
    t = cert["truth"]
    o, p = t["owners"][0], t["parcel"]
    form = Leaf("times", None, 210, 297)
    form.y = 18
    form.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pt=12)
    form.centred("Độc lập - Tự do - Hạnh phúc", pt=12)
    form.y += 8
    form.centred("PHIẾU CHUYỂN THÔNG TIN", pt=15)
    form.centred("ĐỂ XÁC ĐỊNH NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI", pt=13)
    form.y += 6
    for ln in ["Kính gửi: Chi cục Thuế khu vực",
               "I. NGƯỜI SỬ DỤNG ĐẤT: " + o["name"] + ", năm sinh " + str(o["birth_year"]),
               "Địa chỉ: " + o["address"],
               "II. THỬA ĐẤT: thửa số %s, tờ bản đồ số %s, diện tích %s m²" % (
                   p["number"], p["sheet"], vn_area(p["area"])),
               "III. Thời điểm nộp hồ sơ: " + dmy(datetime.date.fromisoformat(t["date"]) -
                                               datetime.timedelta(days=rng.randrange(20, 60)))]:
        form.para(ln, x=20, indent=6, pt=12)
    fee = Leaf("serif", None, 210, 297)
    fee.y = 18
    fee.text(18, fee.y, "CHI CỤC THUẾ KHU VỰC", "b", 11)
    fee.y += 20
    fee.centred("THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT", pt=15)
    for ln in ["Căn cứ phiếu chuyển thông tin của Văn phòng đăng ký đất đai;",
               "Cơ quan thuế thông báo nộp tiền sử dụng đất như sau:",
               "Tên người nộp: " + o["name"],
               "Số tiền phải nộp: %s đồng" % vn_area(rng.randrange(5, 90) * 1e6)[:-2],
               "Thời hạn nộp: trong 30 ngày kể từ ngày ký Thông báo."]:
        fee.para(ln, x=20, indent=6, pt=12)
    return [([form], "form"), ([fee], "fee-notice")]


def spread(scans, at):
    """Scans at and at+1 scanned as one open spread, of the first's kind."""
    (a, kind), (b, _) = scans[at], scans[at + 1]
    return scans[:at] + [(a + b, kind)] + scans[at + 2:]
