"""The people, places and wording of gen3's decisions, with their truth."""
import csv, os

USE = {"ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
       "CLN": "Đất trồng cây lâu năm", "BHK": "Đất bằng trồng cây hàng năm khác",
       "NHK": "Đất nương rẫy trồng cây hàng năm khác",
       "LUC": "Đất chuyên trồng lúa nước", "NTS": "Đất nuôi trồng thủy sản",
       "RSX": "Đất rừng sản xuất", "HNK": "Đất trồng cây hàng năm khác"}
VILLAGES = ["bản Co Mận", "bản Na Sang", "bản Hua Nạ", "bản Phiêng Pẻn",
            "bản Huổi Sông", "bản Lả Chả", "bản Noong Luống", "tổ dân phố 5",
            "thôn Tân Tiến", "bản Xá Nhè", "bản Pá Khoang", "tổ dân phố 11",
            "bản Nà Lơi", "bản Hồng Lực", "thôn Đoàn Kết"]
PROJECTS = ["nâng cấp tuyến đường liên xã", "xây dựng trường mầm non",
            "kè chống sạt lở bờ suối", "xây dựng nhà văn hóa bản",
            "mở rộng trạm y tế xã", "xây dựng hệ thống thủy lợi"]
KINH = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Ngô", "Dương", "Đinh"]
ORIGIN = {
    "giao-dat": "Nhà nước giao đất có thu tiền sử dụng đất",
    "cong-nhan": "Công nhận quyền sử dụng đất như giao đất không thu tiền"
                 " sử dụng đất",
    "cho-thue": "Nhà nước cho thuê đất trả tiền thuê đất hàng năm",
    "cap-gcn": "Công nhận quyền sử dụng đất như giao đất có thu tiền sử"
               " dụng đất",
    "chuyen-muc-dich": "Chuyển mục đích sử dụng đất"}
TITLE = {
    "thu-hoi": "Về việc thu hồi đất để thực hiện dự án {p} tại {c}",
    "chuyen-muc-dich": "Về việc cho phép chuyển mục đích sử dụng đất"
                       " tại {c}",
    "giao-dat": "Về việc giao đất ở cho hộ gia đình, cá nhân tại {c}",
    "cong-nhan": "Về việc công nhận quyền sử dụng đất cho hộ gia đình tại"
                 " {c}",
    "cho-thue": "Về việc cho thuê đất để sản xuất nông nghiệp tại {c}",
    "cap-gcn": "Về việc cấp Giấy chứng nhận quyền sử dụng đất tại {c}"}
_d = {}


def load(data):
    units = [r for r in csv.DictReader(open(
        os.path.join(data, "admin-units.csv"), encoding="utf-8"))
        if r["province_code"] == "11"]
    _d["units"] = units
    _d["map"] = {r["old_commune_code"]: r for r in csv.DictReader(open(
        os.path.join(data, "commune-map.csv"), encoding="utf-8"))}
    eth = {}
    for ln in open(os.path.join(data, "names", "dien-bien-ethnic.txt"),
                   encoding="utf-8"):
        if ln.strip() and not ln.startswith("#"):
            g, part, names = ln.rstrip("\n").split("\t")
            eth[(g, part)] = names.split()
    _d["eth"] = eth
    for sex in ("male", "female"):
        _d[sex] = [ln.strip() for ln in open(os.path.join(
            data, "names", f"given-{sex}.txt"), encoding="utf-8")
            if ln.strip() and not ln.startswith("#")]


def person(rng):
    """(name, gender) from the Thái, Mông and Kinh naming customs."""
    g = rng.choice("MF")
    sex = "male" if g == "M" else "female"
    r = rng.random()
    eth = _d["eth"]
    if r < 0.35:
        mid = "Văn" if g == "M" else "Thị"
        return f"{rng.choice(eth['thai', 'family'])} {mid}" \
               f" {rng.choice(eth['thai', 'given-' + sex])}", g
    if r < 0.55:
        mid = "A" if g == "M" else "Thị"
        return f"{rng.choice(eth['mong', 'family'])} {mid}" \
               f" {rng.choice(eth['mong', 'given-' + sex])}", g
    given = rng.choice(_d[sex])
    if len(given.split()) == 1:
        given = ("Văn " if g == "M" else "Thị ") + given
    return f"{rng.choice(KINH)} {given}", g


def unit(rng, post2025):
    """The issuing unit and the commune of the decision."""
    if post2025:
        r = rng.choice([r for r in _d["units"]
                        if r["commune_code"] in _d["map"]
                        and r["commune_type"] == "Xã"])
        m = _d["map"][r["commune_code"]]
        name = m["new_commune_name"].split(" ", 1)[1]
        return ({"upper": "XÃ " + name.upper(), "name": "xã " + name,
                 "place": name}, m["new_commune_code"], "xã " + name, "")
    r = rng.choice([r for r in _d["units"] if r["commune_type"] == "Xã"])
    typ, name = r["district_name"].split(" ", 1)
    if typ == "Thị":
        typ, name = "Thị xã", name.split(" ", 1)[1]
    typ = typ.capitalize() if typ != "Thị xã" else typ
    cname = r["commune_name"].split(" ", 1)[1]
    return ({"upper": f"{typ.upper()} {name.upper()}",
             "name": f"{typ.lower()} {name}", "place": name},
            r["commune_code"], "xã " + cname, f"{typ.lower()} {name}")


def id_card(rng, year, g, yy):
    """(printed id or None, type, 12-digit personal id)."""
    cen = (0 if year < 2000 else 2) + (1 if g == "F" else 0)
    pid = f"011{cen}{year % 100:02d}{rng.randrange(10 ** 6):06d}"
    if yy < 2016:
        return f"04{rng.randrange(10 ** 7):07d}", "cmnd", pid
    return pid, "cccd" if yy < 2024 else "dinh-danh", pid


def area(rng, whole=False):
    a = rng.randint(60, 4800)
    if not whole and rng.random() < 0.5:
        return a + rng.randint(1, 9) / 10
    return float(a)


def decision(rng, i, kind, layout):
    post = i % 6 == 5
    yy = rng.randint(2025, 2026) if post else rng.randint(2009, 2024)
    mm = rng.randint(8 if post and yy == 2025 else 1, 12)
    dd = rng.randint(1, 28)
    u, code, commune, district = unit(rng, post)
    where = commune + (", " + district if district else "")
    n = rng.randint(12, 3999)
    d = {"id": f"QD3-{yy}-{i + 1:04d}", "unit": u, "yy": yy,
         "mm": f"{mm:02d}" if rng.random() < 0.5 else str(mm),
         "dd": f"{dd:02d}" if rng.random() < 0.5 else str(dd),
         "number": f"{n}/QĐ-UBND", "kind": kind, "layout": layout,
         "era": "post-2025-07" if post else
                ("2016-2025" if yy >= 2016 else "2004-2015"),
         "commune": commune, "where": where, "code": code,
         "project": rng.choice(PROJECTS)}
    d["title"] = TITLE[kind].format(p=d["project"], c=where)
    d["decision"] = {"number": d["number"], "date": f"{yy}-{mm:02d}-{dd:02d}",
                     "issuer": "Ủy ban nhân dân " + u["name"], "kind": kind,
                     "title": d["title"]}
    d["signer"] = person(rng)[0]
    old_codes = yy < 2024 or (yy == 2024 and mm < 8)
    if kind == "thu-hoi":
        recovery(rng, d, layout, old_codes)
    else:
        single(rng, d, old_codes)
    return d


def village(rng, d, full):
    v = rng.choice(VILLAGES)
    return f"{v}, {d['where'] if full else d['commune']}"


def recovery(rng, d, layout, old_codes):
    uses = ["CLN", "LUC", "NTS", "RSX", "ONT"] + \
        (["BHK", "NHK"] if old_codes else ["HNK"])
    nown = rng.randint(15, 19) if layout == "table-long" else rng.randint(5, 8)
    birth = layout == "table-long"
    addr = layout == "table-address"
    d["owners"], d["parcels"], d["citizen_ids"] = [], [], []
    for k in range(nown):
        name, g = person(rng)
        by = rng.randint(1945, 1995)
        d["owners"].append({"name": name, "gender": g,
                            "birth_year": by if birth else None,
                            "birth_date": None, "id_number": None,
                            "id_type": None,
                            "address": village(rng, d, False) if addr
                            else None, "commune_code": d["code"]})
        d["citizen_ids"].append(id_card(rng, by, g, d["yy"])[2])
        two = layout in ("table-ruled", "table-merged", "table-address") \
            and rng.random() < 0.25
        for _ in range(2 if two else 1):
            d["parcels"].append({
                "sheet": str(rng.randint(1, 64)),
                "number": str(rng.randint(1, 1250)),
                "area": area(rng, layout == "table-ha"),
                "land_use": rng.choice(uses), "land_use_to": None,
                "term": None, "origin": None, "address": None,
                "commune_code": d["code"], "holder": k})


def single(rng, d, old_codes):
    name, g = person(rng)
    by = rng.randint(1950, 1998)
    bdate = None
    if rng.random() < 0.4:
        bdate = f"{by}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    num, typ, pid = id_card(rng, by, g, d["yy"])
    d["owner_addr"] = village(rng, d, True)
    d["owners"] = [{"name": name, "gender": g, "birth_year": by,
                    "birth_date": bdate, "id_number": num, "id_type": typ,
                    "address": d["owner_addr"], "commune_code": d["code"]}]
    d["citizen_ids"] = [pid]
    kind = d["kind"]
    to = None
    if kind == "chuyen-muc-dich":
        use, to, term = rng.choice(("CLN", "LUC", "NTS") + (("BHK",) if
                                   old_codes else ("HNK",))), "ONT", "Lâu dài"
    elif kind == "cho-thue":
        use = rng.choice(("NTS", "CLN", "RSX"))
        term = rng.choice(("50 năm", f"Đến ngày {rng.randint(1, 28):02d}/"
                           f"{rng.randint(1, 12):02d}/{d['yy'] + 50}"))
    else:
        use, term = rng.choice(("ONT", "ONT", "CLN")), None
        term = "Lâu dài" if use == "ONT" else "50 năm"
    d["parcels"] = [{"sheet": str(rng.randint(1, 64)),
                     "number": str(rng.randint(1, 1250)),
                     "area": area(rng), "land_use": use, "land_use_to": to,
                     "term": term, "origin": ORIGIN[kind],
                     "address": village(rng, d, True),
                     "commune_code": d["code"], "holder": 0}]


def fmt_area(a):
    s = f"{a:.1f}" if a != int(a) else str(int(a))
    ip, _, dp = s.partition(".")
    if len(ip) > 3:
        ip = f"{int(ip):,}".replace(",", ".")
    return ip + ("," + dp if dp else "")


def bases(rng, d):
    yy = d["yy"]
    law = ("Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;" if yy < 2014
           else "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;" if yy < 2025
           else "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;")
    org = ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày"
           " 26 tháng 11 năm 2003;" if yy < 2016 else
           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6"
           " năm 2015;")
    off = ("Phòng Tài nguyên và Môi trường" if yy < 2025 else
           "Phòng Kinh tế")
    n = rng.randint(5, 480)
    return [org, law, f"Xét đề nghị của {off} tại Tờ trình số {n}/TTr-TNMT"
            f" ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{yy}."]


def owner_text(rng, o, style):
    """An owner as in running text: ông/bà, birth, ID, residence."""
    title = "ông" if o["gender"] == "M" else "bà"
    if o["birth_date"]:
        y, m, dd = o["birth_date"].split("-")
        born = f"sinh ngày {dd}/{m}/{y}"
    else:
        born = rng.choice(("sinh năm", "năm sinh")) + f" {o['birth_year']}"
    idl = {"cmnd": "CMND số", "cccd": "Căn cước công dân số",
           "dinh-danh": "số định danh cá nhân"}[o["id_type"]]
    if style:
        return (f"{title} {o['name']} ({born}; {idl} {o['id_number']};"
                f" nơi thường trú: {o['address']})")
    return (f"{title} {o['name']}, {born}, {idl}: {o['id_number']},"
            f" thường trú tại {o['address']},")


def recovery_intro(rng, d, ha):
    tot = sum(p["area"] for p in d["parcels"])
    t = (f"{tot / 10000:.4f}".replace(".", ",") + " ha") if ha else \
        fmt_area(tot) + " m²"
    n = len(d["owners"])
    return rng.choice((
        f"Điều 1. Thu hồi {t} đất của {n} hộ gia đình, cá nhân đang sử dụng"
        f" tại {d['where']} để thực hiện dự án {d['project']}. Chi tiết"
        " như sau:",
        f"Điều 1. Thu hồi đất của các hộ gia đình, cá nhân có tên trong"
        f" bảng dưới đây, tổng diện tích {t}, thuộc địa bàn {d['commune']}:",
        f"Điều 1. Thu hồi {len(d['parcels'])} thửa đất, tổng diện tích {t},"
        f" để {d['project']} (danh sách kèm theo):"))


def recovery_after(rng, d):
    return rng.choice((
        "Vị trí, ranh giới khu đất thu hồi được xác định theo trích lục bản"
        " đồ địa chính do Văn phòng Đăng ký đất đai lập.",
        f"Lý do thu hồi: thực hiện dự án {d['project']} theo kế hoạch sử"
        f" dụng đất năm {d['yy']} đã được phê duyệt."))


def change_intro(rng, d):
    o, p = d["owners"][0], d["parcels"][0]
    return (f"Điều 1. Cho phép {owner_text(rng, o, rng.random() < 0.5)}"
            f" được chuyển mục đích sử dụng {fmt_area(p['area'])} m² đất"
            f" từ {USE[p['land_use']].lower()} sang"
            f" {USE[p['land_use_to']].lower()}, cụ thể:")


def change_rest(rng, d, short=False):
    p = d["parcels"][0]
    out = [] if short else [f"- Thửa đất số: {p['number']}; tờ bản đồ số:"
                            f" {p['sheet']};",
                            f"- Diện tích: {fmt_area(p['area'])} m²;"]
    return out + [f"- Vị trí thửa đất: {p['address']};",
                  f"- Thời hạn sử dụng đất: {p['term']};",
                  f"- Nguồn gốc sử dụng đất: {p['origin']}."]


def change_list(rng, d, lettered):
    p = d["parcels"][0]
    if not lettered:
        return [f"Thửa đất số {p['number']}, tờ bản đồ số {p['sheet']},"
                f" diện tích {fmt_area(p['area'])} m², tại {p['address']};"
                f" mục đích sau khi chuyển: {USE[p['land_use_to']]}"
                f" ({p['land_use_to']}); thời hạn sử dụng: {p['term']};"
                f" nguồn gốc sử dụng: {p['origin']}."]
    items = [f"Thửa đất số: {p['number']};", f"Tờ bản đồ số: {p['sheet']};",
             f"Diện tích: {fmt_area(p['area'])} m²;",
             f"Địa chỉ thửa đất: {p['address']};",
             f"Mục đích sử dụng sau khi chuyển: {USE[p['land_use_to']]}"
             f" ({p['land_use_to']});",
             f"Thời hạn sử dụng: {p['term']};",
             f"Nguồn gốc sử dụng: {p['origin']}."]
    return [f"{'abcdeghik'[k]}) {s}" for k, s in enumerate(items)]


def grant(rng, d):
    o, p = d["owners"][0], d["parcels"][0]
    verb = {"giao-dat": "Giao đất cho", "cong-nhan":
            "Công nhận quyền sử dụng đất cho", "cho-thue": "Cho",
            "cap-gcn": "Cấp Giấy chứng nhận quyền sử dụng đất cho"}[d["kind"]]
    tail = " thuê đất" if d["kind"] == "cho-thue" else ""
    use = rng.choice((f"{USE[p['land_use']]} ({p['land_use']})",
                      USE[p["land_use"]]))
    return [f"Điều 1. {verb} {owner_text(rng, o, True)}{tail} đối với thửa"
            f" đất số {p['number']}, tờ bản đồ địa chính số {p['sheet']},"
            f" diện tích {fmt_area(p['area'])} m², cụ thể:",
            f"- Địa chỉ thửa đất: {p['address']};",
            f"- Mục đích sử dụng đất: {use};",
            f"- Thời hạn sử dụng đất: {p['term']};",
            f"- Nguồn gốc sử dụng đất: {p['origin']}."]


def articles(rng, d):
    who = ("các hộ gia đình, cá nhân có tên tại Điều 1" if d["kind"] ==
           "thu-hoi" else "người sử dụng đất có tên tại Điều 1")
    return [f"Điều 2. Giao Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa"
            f" chính; Ủy ban nhân dân {d['commune']} thông báo cho {who}"
            " biết và thực hiện.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn"
            f" phòng, Thủ trưởng các cơ quan có liên quan và {who} chịu"
            " trách nhiệm thi hành Quyết định này./."]
