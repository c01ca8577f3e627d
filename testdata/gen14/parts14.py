"""parts14: units, people, numbers and the standing parts of a decision
(the heading, the title, the grounds, the signature), and the truth."""
import csv, os

from page14 import SEP

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
USES = {"LUC": "Đất chuyên trồng lúa nước", "BHK": "Đất bằng trồng cây hằng năm khác",
        "HNK": "Đất trồng cây hằng năm khác", "CLN": "Đất trồng cây lâu năm",
        "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị",
        "NTS": "Đất nuôi trồng thủy sản", "RSX": "Đất rừng sản xuất",
        "SKC": "Đất cơ sở sản xuất phi nông nghiệp", "TMD": "Đất thương mại, dịch vụ"}
_units = None


def units():
    global _units
    if _units is None:
        with open(os.path.join(DATA, "admin-units.csv"), encoding="utf-8") as f:
            _units = list(csv.DictReader(f))
    return _units


def communes(district, province):
    """(code, name) of a district's communes before July 2025, lower case
    type ('xã Ea Phê')."""
    out = [(u["commune_code"], low(u["commune_name"])) for u in units()
           if u["district_name"] == district and u["province_name"] == province]
    if not out:
        raise SystemExit("gen14: no district %s, %s" % (district, province))
    return out


def new_communes(province):
    """(code, name) of a province's communes and wards since July 2025."""
    seen = {}
    with open(os.path.join(DATA, "commune-map.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["new_province_name"] == province:
                seen[r["new_commune_code"]] = low(r["new_commune_name"])
    if not seen:
        raise SystemExit("gen14: no province " + province)
    return sorted(seen.items())


def low(name):
    """'Phường Tân Chính' -> 'phường Tân Chính'."""
    for t in ("Thị trấn", "Thị xã", "Thành phố", "Phường", "Xã", "Quận", "Huyện", "Tỉnh", "Đặc khu"):
        if name.startswith(t + " "):
            return t.lower() + name[len(t):]
    return name


def lines(name):
    with open(os.path.join(DATA, "names", name), encoding="utf-8") as f:
        return [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]


_names = {}


VIET = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ")


def viet(w):
    """Is w written in Vietnamese letters (not mis-encoded)?"""
    return all(c.isascii() and c.isalpha() or c in VIET or 0x1EA0 <= ord(c) <= 0x1EF9 for c in w)


def fix(s):
    return s.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")


def person(rng, sex):
    """A full name for sex M or F."""
    if not _names:
        # a few lines of the list are mis-encoded (UTF-8 read as cp1252, VNI): skip them
        # and a few family names are misspelt ('Le', 'Nguyển'): keep those
        # the list carries at least four times
        fams = [ln.split()[0] for ln in lines("full-names.txt") if viet(ln.split()[0])]
        _names["fam"] = sorted(f for f in set(fams) if fams.count(f) >= 4 and len(f) > 1)
        # the lists write some Đ as the look-alike Ð (U+00D0)
        _names["M"] = [fix(g) for g in lines("given-male.txt")]
        _names["F"] = [fix(g) for g in lines("given-female.txt")]
    fam = rng.choice(["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đỗ"]) \
        if rng.random() < 0.35 else rng.choice(_names["fam"])
    given = rng.choice(_names[sex])
    if sex == "F" and rng.random() < 0.4:
        given = "Thị " + given.split()[-1]
    return fam + " " + given


def pid(rng, prov, sex, year):
    """A 12-digit personal ID: 0 + province, century and sex, year, six digits."""
    g = (0 if sex == "M" else 1) + (2 if year >= 2000 else 0)
    return "0%s%d%02d%06d" % (prov, g, year % 100, rng.randint(0, 999999))


def cmnd(rng):
    return "%09d" % rng.randint(10000000, 399999999)


def vn(x, dec=1):
    """1234.5 -> '1.234,5'."""
    s = "%.*f" % (dec, x)
    i, _, f = s.partition(".")
    i = "{:,}".format(int(i)).replace(",", ".")
    return i + ("," + f if f else "")


def en(x):
    """1234.5 -> '1,234.5' (one office's English-style template)."""
    return "{:,.1f}".format(x)


def area(rng, lo, hi):
    return round(rng.uniform(lo, hi), 1)


def dmy(d, m, y, style="long"):
    if style == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    return "ngày %02d tháng %s năm %d" % (d, "%02d" % m if m < 3 else str(m), y)


def iso(d, m, y):
    return "%d-%02d-%02d" % (y, m, d)


class Truth:
    def __init__(self, number, date, issuer, kind, title):
        self.decision = {"number": number, "date": date, "issuer": issuer,
                         "kind": kind, "title": title}
        self.owners, self.parcels, self.house = [], [], None

    def owner(self, name, gender, code, year=None, born=None, idn=None, idt=None,
              address=None, household=False, org=False):
        o = {"name": name, "gender": gender, "birth_year": year, "birth_date": born,
             "id_number": idn, "id_type": idt, "address": address,
             "commune_code": code, "spouse": None, "household": household}
        if org:
            o["organisation"] = True
        self.owners.append(o)
        return len(self.owners) - 1

    def parcel(self, holder, sheet, number, area, code, use=None, to=None, term=None,
               origin=None, address=None):
        self.parcels.append({"sheet": str(sheet), "number": str(number), "area": area,
                             "land_use": use, "land_use_to": to, "term": term,
                             "origin": origin, "address": address,
                             "commune_code": code, "holder": holder})


def heading(sh, issuer_lines, number, place, date, box=False, emblem=False):
    """The two-column heading: the issuer left (in a box when asked), the
    motto right, then the number and the place and date."""
    lx, rx = sh.L + 420, sh.R - 640
    if emblem:
        draw_emblem(sh, (sh.L + sh.R) // 2, sh.y + 90)
        sh.space(200)
    y0 = sh.y
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")]
    left = [(t, "b" if k else "r") for k, t in enumerate(issuer_lines)]
    sh.sides(left, right, lx, rx, size=sh.size - 4)
    if box:
        w = max(sh.width(t, "b", sh.size - 4) for t in issuer_lines) + 60
        sh.d.rectangle([lx - w / 2, y0 - 18, lx + w / 2, y0 + len(issuer_lines) * sh.lh(sh.size - 4) + 8],
                       outline=0, width=4)
        sh.space(24)
    else:
        sh.d.line([(lx - 120, sh.y + 4), (lx + 120, sh.y + 4)], fill=0, width=3)
    sh.d.line([(rx - 330, y0 + 2 * sh.lh(sh.size - 4) + 4), (rx + 330, y0 + 2 * sh.lh(sh.size - 4) + 4)],
              fill=0, width=3)
    sh.space(30)
    sh.sides([("Số: " + number, "r")], [(place + ", " + date, "i")], lx, rx + 20)
    sh.space(40)


def draw_emblem(sh, cx, cy, r=80):
    """The national emblem, as a grey disc with a star and a rim."""
    d = sh.d
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=150, outline=0, width=6)
    d.ellipse([cx - r + 18, cy - r + 18, cx + r - 18, cy + r - 18], outline=60, width=4)
    import math
    pts = [(cx + (44 if k % 2 == 0 else 18) * math.cos(-math.pi / 2 + k * math.pi / 5),
            cy - 8 + (44 if k % 2 == 0 else 18) * math.sin(-math.pi / 2 + k * math.pi / 5))
           for k in range(10)]
    d.polygon(pts, fill=255)
    d.rectangle([cx - 50, cy + 42, cx + 50, cy + 56], fill=40)


def title(sh, subject_lines, body):
    sh.line("QUYẾT ĐỊNH", "c", "b", size=sh.size + 6)
    for s in subject_lines:
        sh.line(s, "c", "b")
    sh.d.line([((sh.L + sh.R) / 2 - 180, sh.y + 6), ((sh.L + sh.R) / 2 + 180, sh.y + 6)], fill=0, width=3)
    sh.space(40)
    sh.line(body, "c", "b")
    sh.space(20)


def grounds(sh, items, proposal):
    for s in items:
        sh.para([(s, "i")], first=70)
    if proposal:
        sh.para([(proposal, "i")], first=70)
    sh.space(14)
    sh.line("QUYẾT ĐỊNH:", "c", "b")
    sh.space(10)


def article(sh, n, text, label="Điều"):
    sh.para([("%s %s." % (label, n), "b"), (text, "r")], first=70)


def closing(sh, signer, name, recipients, left_sign=False, seal_at=None):
    """Nơi nhận and the signature side by side; returns (page, x, y) of the
    signer's title for the seal."""
    sh.space(30)
    need = sh.lh() * (max(len(recipients) + 1, 7))
    sh.ensure(need)
    y0, page = sh.y, len(sh.pages) - 1
    small = sh.size - 10
    sign = [(t, "b") for t in signer] + [("", "r")] * 4 + [(name, "b")]
    recv = [("Nơi nhận:", "b")] + [("- " + r, "r") for r in recipients]
    lx, rx = sh.L + 330, sh.R - 480
    sx = lx if left_sign else rx
    for k in range(max(len(sign), len(recv))):
        got = []
        y = sh.y
        if k < len(sign) and sign[k][0]:
            t, st = sign[k]
            sh.put(sx - sh.width(t, st) / 2, y, t, st)
        if k < len(recv):
            t, st = recv[k]
            x = (rx - 260) if left_sign else sh.L
            sh.put(x, y, t, st, small)
        # reading order: left block first
        a = sign[k][0] if k < len(sign) else ""
        b = recv[k][0] if k < len(recv) else ""
        got = [a, b] if left_sign else [b, a]
        got = [g for g in got if g]
        if got:
            sh.texts[-1].append(SEP.join(got))
        sh.y += sh.lh()
    return page, sx, y0 + sh.lh() * 3


def front(sh, number, date, unit, kind, subj, subj_lines, place, basis, proposal,
          head=None, **look):
    """The decision's front matter for the committee of unit ('huyện Lục
    Nam'): the heading, the title, the grounds; number is the printed
    number, date (d, m, y).  Returns the truth, the decision filled in."""
    d, m, y = date
    t = Truth(number, iso(d, m, y), "Ủy ban nhân dân " + unit, kind, subj)
    heading(sh, head or ["ỦY BAN NHÂN DÂN", unit.upper()], number, place, dmy(d, m, y), **look)
    title(sh, subj_lines, "ỦY BAN NHÂN DÂN " + unit.upper())
    grounds(sh, basis, proposal)
    return t
