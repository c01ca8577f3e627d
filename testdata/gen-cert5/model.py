"""What a gen-cert5 certificate says: owners, parcel, house, change
register; and the truth the bench reads from it."""
from people import FAMILY, MIDDLE, GIVEN, PLACES, PROVINCE_TYPE, BANKS, USES
from forms5 import area, dmy, up

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def words3(n, full):
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if h or full:
        out += [DIGITS[h], "trăm"]
    if t == 0 and u and (h or full):
        out += ["lẻ"]
    elif t == 1:
        out += ["mười"]
    elif t > 1:
        out += [DIGITS[t], "mươi"]
    if u:
        out += ["mốt" if u == 1 and t > 1 else "lăm" if u == 5 and t else DIGITS[u]]
    return out


def in_words(v):
    """152.5 -> 'Một trăm năm mươi hai phẩy năm mét vuông'."""
    n, d = int(v), int(round(v * 10)) % 10
    k, r = n // 1000, n % 1000
    w = (words3(k, False) + ["nghìn"] if k else []) + (words3(r, bool(k)) if r else [])
    if d:
        w += ["phẩy", DIGITS[d]]
    s = " ".join(w + ["mét", "vuông"])
    return s[0].upper() + s[1:]


def place(rnd, i):
    prov, code, dist, communes, villages = PLACES[i]
    com = rnd.choice(communes)
    ptype = PROVINCE_TYPE.get(prov, "tỉnh")
    addr = "%s, %s, %s, %s %s" % (rnd.choice(villages), com, dist, ptype, prov)
    return {"province": prov, "code": code, "district": dist, "commune": com,
            "ptype": ptype, "address": addr}


def id_number(rnd, kind, pl, gender, year):
    if kind == "cmnd":
        return str(rnd.randint(1, 3)) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    century = (0 if year < 2000 else 2) + (0 if gender == "M" else 1)
    return "%s%d%02d%s" % (pl["code"], century, year % 100,
                           "".join(str(rnd.randint(0, 9)) for _ in range(6)))


def person(rnd, gender, year, kind, pl, family=None):
    name = "%s %s %s" % (family or rnd.choice(FAMILY), rnd.choice(MIDDLE[gender]),
                         rnd.choice(GIVEN[gender]))
    return {"name": name, "gender": gender, "birth_year": year, "id_type": kind,
            "id_number": id_number(rnd, kind, pl, gender, year), "address": pl["address"]}


def split_area(rnd, total, n):
    parts, left = [], total
    for i in range(n - 1):
        a = round(rnd.uniform(0.2, 0.6) * left, 1)
        parts.append(a)
        left = round(left - a, 1)
    return parts + [left]


def issuer_of(pl, by_sở):
    dist_type, dist_name = pl["district"].split(" ", 1) if not pl["district"].startswith(
        ("thành phố", "thị xã")) else (" ".join(pl["district"].split(" ")[:2]),
                                        " ".join(pl["district"].split(" ")[2:]))
    if by_sở:
        issuer = "Sở Tài nguyên và Môi trường %s %s" % (pl["ptype"], pl["province"])
        lines = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
        head = ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", up(pl["ptype"] + " " + pl["province"])]
        ring = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG * %s %s *" % (up(pl["ptype"]), up(pl["province"]))
        where = pl["province"]
    else:
        issuer = "Ủy ban nhân dân %s %s" % (dist_type, dist_name)
        head = ["TM. ỦY BAN NHÂN DÂN", up(dist_type + " " + dist_name)]
        lines = ["CHỦ TỊCH"]
        ring = "ỦY BAN NHÂN DÂN %s %s * %s %s *" % (up(dist_type), up(dist_name),
                                                    up(pl["ptype"]), up(pl["province"]))
        where = dist_name
    return issuer, head + lines, ring, where, dist_type, dist_name


def change(rnd, kind, when, c, pl, hand=False, dist=None, decision=None):
    """One change-register entry, as printed, with its truth."""
    o = c["owners"][0]
    t = "ông" if o["gender"] == "M" else "bà"
    if kind == "transfer":
        g = rnd.choice("MF")
        b = person(rnd, g, rnd.randint(1965, 1995), "cccd", pl)
        text = ("Chuyển nhượng toàn bộ thửa đất cho %s %s, sinh năm %d, CCCD số %s; địa chỉ: %s."
                " Theo hồ sơ số %06d.CN.%03d"
                % ("ông" if g == "M" else "bà", b["name"], b["birth_year"], b["id_number"],
                   b["address"], rnd.randint(1, 99999), rnd.randint(1, 30)))
    elif kind == "mortgage":
        text = ("Đăng ký thế chấp bằng quyền sử dụng đất tại %s %s theo hợp đồng thế chấp số "
                "%d/%s/HĐTC." % (rnd.choice(BANKS), dist, rnd.randint(10, 900), when[:4]))
    elif kind == "release":
        kind = "mortgage"
        text = "Xóa đăng ký thế chấp theo đơn đề nghị xóa đăng ký thế chấp ngày %s." % dmy(when)
    elif kind == "id-update":
        new = id_number(rnd, "cccd", pl, o["gender"], o["birth_year"])
        text = ("Cập nhật số định danh cá nhân của %s %s từ CMND số %s thành CCCD số %s."
                % (t, o["name"], o["id_number"], new))
    elif kind == "change-of-use":
        frm = c["parcel"]["purposes"][-1]
        moved = round(min(frm["area"] * 0.4, 150.0), 1)
        text = ("Chuyển mục đích sử dụng %s m² từ %s sang %s theo Quyết định số %s ngày %s của "
                "UBND %s." % (area(moved), USES[frm["land_use"]],
                              "Đất ở tại nông thôn" if frm["land_use"] != "ONT" else "Đất ở tại đô thị",
                              decision, dmy(when), dist))
    elif kind == "split":
        kind = "split-merge"
        n = int(c["parcel"]["number"])
        a1 = round(c["parcel"]["area"] * 0.45, 1)
        text = ("Tách thửa đất số %d thành thửa số %d (%s m²) và thửa số %d (%s m²); "
                "cấp Giấy chứng nhận mới cho các thửa đất sau tách."
                % (n, n + 301, area(a1), n + 302, area(c["parcel"]["area"] - a1)))
    return {"text": text, "date": when, "kind": kind, "decision": decision, "hand": hand,
            "where": "CN. VPĐK đất đai " + dist, "ring": "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI * %s %s *" % (
                up(pl["ptype"]), up(pl["province"])),
            "signer": "%s %s %s" % (rnd.choice(FAMILY), rnd.choice(MIDDLE["M"]), rnd.choice(GIVEN["M"]))}


def truth(c):
    """The certificate as the bench scores it: only what the page prints."""
    owners = [{k: o.get(k) for k in ("name", "gender", "birth_year", "id_type", "id_number",
                                      "address")} for o in c["owners"]]
    p = c["parcel"]
    return {"certificate": {
        "generation": c["generation"], "serial": c["serial"],
        "register_number": c["register_number"], "issuer": c["issuer"], "date": c["date"],
        "couple": c["couple"], "owners": owners,
        "parcel": {"number": p["number"], "sheet": p["sheet"], "address": p["address"],
                   "area": p["area"], "use_form": p.get("use_form"),
                   "purposes": [dict(u) for u in p["purposes"]], "origin": p.get("origin")},
        "house": {k: v for k, v in c["house"].items() if k != "grade"} if c.get("house") else None,
        "changes": [{"date": e["date"], "kind": e["kind"], "decision": e["decision"]}
                    for e in c["changes_print"]]}}
