"""Family 8's documents as pages: the committee, the header blocks, the
signature, tables with merged header cells, rendering; main() is gen8's."""

import argparse, csv, json, os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layout8 import Page, table_heights, draw_cells  # noqa: E402
import words8 as W  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# k: (kind, layout, degradation, year, unit, face, header arrangement)
DOCS = [
    ("thu-hoi", "table-twolevel-comp-appendix", "clean", 2019, "Huyện Kiến Xương", "Gentium Plus", "nd30"),
    ("thu-hoi", "table-households-split", "mild-dpi200", 2021, "Thị xã Hoàng Mai", "Gentium Book Plus", "rule"),
    ("thu-hoi", "table-excel-grey-cccd", "heavy-photocopy", 2023, "Thị xã Chũ", "Gentium Plus", "nd30"),
    ("thu-hoi", "table-community-orgs", "mild-colour-seal", 2025, "new:Thanh Hóa", "Gentium Book Plus", "nd30"),
    ("thu-hoi", "table-unruled-codes", "heavy-blur-grey", 2016, "Huyện Bình Sơn", "Gentium Plus", "rule"),
    ("cong-nhan", "table-appendix-cccd", "mild-skew-noise", 2022, "Thị xã Kiến Tường", "Gentium Book Plus", "nd30"),
    ("chuyen-muc-dich", "table-from-to-codes", "mild-dpi150", 2024, "Thị xã Duy Tiên", "Gentium Plus", "rule"),
    ("giao-dat", "table-resettlement-hand", "mild-colour-hand", 2024, "Thị xã An Nhơn", "Gentium Book Plus", "nd30"),
    ("giao-dat", "prose-couple-items", "clean", 2018, "Thị xã Ninh Hòa", "Gentium Plus", "rule"),
    ("cho-thue", "prose-lease-annual", "mild-dpi150", 2020, "Thị xã La Gi", "Gentium Book Plus", "nd30"),
    ("cap-gcn", "prose-gcn-house-typewriter", "heavy-photocopy", 1997, "Thị xã Hồng Lĩnh", "Noto Sans Mono", "old"),
    ("chuyen-muc-dich", "prose-from-to", "mild-jpeg", 2025, "new:Lâm Đồng", "Gentium Plus", "nd30"),
    ("cong-nhan", "prose-household-typewriter", "heavy-specks", 2002, "Huyện Thạch Thành", "Noto Sans Mono", "old"),
    ("other", "list-other-team", "clean", 2023, "Thị xã Chũ", "Gentium Book Plus", "rule"),
]


def units():
    rows = list(csv.DictReader(open(os.path.join(TOP, "data/admin-units.csv"), encoding="utf-8")))
    new = list(csv.DictReader(open(os.path.join(TOP, "data/commune-map.csv"), encoding="utf-8")))
    return rows, new


def committee(rng, spec, rows, new):
    """The issuing committee and the communes it holds land in."""
    if spec.startswith("new:"):
        prov = spec[4:]
        cs = sorted({(r["new_commune_code"], r["new_commune_name"], r["new_province_code"])
                     for r in new if r["new_province_name"] == prov and
                     r["new_commune_name"].startswith("Xã ")})
        code, name, pcode = cs[rng.randrange(len(cs))]
        bare = name[3:]
        return {"level": "xã", "name": bare, "province": "Tỉnh " + prov, "pcode": pcode,
                "place": bare, "communes": [(code, name)]}
    cs = [r for r in rows if r["district_name"] == spec]
    lvl, bare = spec.split(" ", 2)[0] + " " + spec.split(" ", 2)[1], spec.split(" ", 2)[2]
    if spec.startswith("Huyện"):
        lvl, bare = "huyện", spec[6:]
    else:
        lvl, bare = "thị xã", spec[7:]
    pick = rng.sample(cs, 3)
    return {"level": lvl, "name": bare, "province": cs[0]["province_name"],
            "pcode": cs[0]["province_code"], "place": bare,
            "communes": [(r["commune_code"], r["commune_name"]) for r in pick]}


def lower_unit(name):
    """'Xã Bình Thuận' -> 'xã Bình Thuận' (as running text prints it)."""
    first, rest = name.split(" ", 1)
    if name.lower().startswith("thị trấn"):
        return "thị trấn " + name.split(" ", 2)[2]
    return first.lower() + " " + rest


class Doc:
    def __init__(self, face, px):
        self.face, self.px = face, px
        self.pages = [Page(face, px)]

    @property
    def page(self):
        return self.pages[-1]

    def new_page(self, landscape=False):
        self.pages.append(Page(self.face, self.px, landscape))
        return self.page

    def para(self, text, **kw):
        if not self.page.fits(len(self.page.wrap(text, self.page.w - 560, "r")) or 1):
            self.new_page()
        return self.page.para(text, **kw)

    def line(self, text, **kw):
        if not self.page.fits(1):
            self.new_page()
        self.page.put(text, **kw)
        self.page.lines.append(text)


def header(doc, d, arr, rng):
    """The two header blocks side by side, the number and the date line,
    placed as arrangement arr shows them."""
    p = doc.page
    c = d["committee"]
    up = "UBND " + c["level"].upper() + " " + c["name"].upper()
    left = ["ỦY BAN NHÂN DÂN", (c["level"] + " " + c["name"]).upper()]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    num, date = "Số: " + d["num_printed"], d["date_line"]
    hp = p.px - 4
    split = p.left + 820
    y0 = p.y
    if arr == "old":
        left = [up if len(up) < 26 else left[0], "" if len(up) < 26 else left[1]]
        left = [x for x in left if x]
    for i in range(max(len(left), 2)):
        row = []
        p.y = y0 + i * p.lead(hp)
        if i < len(left):
            p.put(left[i], "c", "b", hp, p.left - 120, split)
            row.append(left[i])
        p.y = y0 + i * p.lead(hp)
        p.put(right[i], "c", "b", hp, split + 40, p.w - p.right + 60)
        row.append(right[i])
        p.lines.append("    ".join(row))
    y = y0 + 2 * p.lead(hp) + 30
    lw = p.width(right[1], "b", hp)
    mid = (split + 40 + p.w - p.right + 60) / 2
    p.rule(mid - lw / 2, y, mid + lw / 2, y, width=3)
    p.rule((p.left - 120 + split) / 2 - 130, y, (p.left - 120 + split) / 2 + 130, y, width=3)
    p.y = y + 10
    if arr == "nd30" and d.get("hand"):
        hand_line(p, d, rng, hp, split)
        p.y += 50
        title(doc, d)
    elif arr == "nd30":
        p.put(num, "c", "r", hp, p.left - 120, split)
        p.y -= p.lead(hp)
        p.put(date, "c", "i", hp, split + 40, p.w - p.right + 60)
        p.lines.append(num + "    " + date)
        p.y += 50
        title(doc, d)
    elif arr == "rule":
        p.y += 40
        p.rule(p.left, p.y, p.w - p.right, p.y, width=2)
        p.put(num, "l", "r", hp)
        p.y -= p.lead(hp)
        p.put(date, "r", "i", hp)
        p.lines.append(num + "    " + date)
        p.y += 50
        title(doc, d)
    else:  # old: date at the top right, the number under the title
        p.put(date, "r", "i", hp)
        p.lines.append(date)
        p.y += 40
        doc.line("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN " + (c["level"] + " " + c["name"]).upper(),
                 align="c", style="b")
        doc.line(num, align="c")
        doc.line(d["title"], align="c", style="b")
        p.y += 30


def hand_line(p, d, rng, hp, split):
    """The number, the day and the month written by hand in blue on the
    dotted places of a typed line."""
    n = d["num_printed"].split("/")[0]
    typed = "Số: ........../" + d["num_printed"].split("/", 1)[1]
    w, x = p.put(typed, "c", "r", hp, p.left - 120, split)
    y = p.y
    blue = "#1c2f9a"
    p.draw(x + p.width("Số: ", "r", hp) + 20, y - 14, n, "i", hp + 18, blue)
    day, month, year = d["dmy"].split("/")
    typed = "%s, ngày ....... tháng ....... năm %s" % (d["committee"]["place"], year)
    p.y -= p.lead(hp)
    w, x = p.put(typed, "c", "i", hp, split + 40, p.w - p.right + 60)
    y = p.y
    a = x + p.width(d["committee"]["place"] + ", ngày ", "i", hp)
    b = x + p.width(d["committee"]["place"] + ", ngày ....... tháng ", "i", hp)
    p.draw(a + 10, y - 16, str(int(day)), "i", hp + 18, blue)
    p.draw(b + 10, y - 12, str(int(month)), "i", hp + 18, blue)
    d["date_line"] = "%s, ngày %d tháng %d năm %s" % (d["committee"]["place"], int(day),
                                                    int(month), year)
    p.lines.append("Số: " + d["num_printed"] + "    " + d["date_line"])


def title(doc, d):
    doc.line("QUYẾT ĐỊNH", align="c", style="b", px=doc.px + 8)
    doc.line(d["title"], align="c", style="b")
    p = doc.page
    p.rule(p.w / 2 - 200, p.y + 34, p.w / 2 + 200, p.y + 34, width=2)
    p.y += 50


def basis(doc, d, rng):
    c = d["committee"]
    doc.line("ỦY BAN NHÂN DÂN " + (c["level"] + " " + c["name"]).upper(), align="c", style="b")
    for b in W.bases(d["year"], rng):
        doc.para(b, style="i")
    doc.line("QUYẾT ĐỊNH:", align="c", style="b")


def signature(doc, d, rng, seal=False):
    """Nơi nhận on the left, the signer's block on the right."""
    p = doc.page
    if not p.fits(9):
        p = doc.new_page()
    y0 = p.y + 30
    sig = ["TM. ỦY BAN NHÂN DÂN"] + (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if rng.random() < 0.6
                                    else ["CHỦ TỊCH"])
    recv = ["Nơi nhận:", "- Như Điều 3;", "- " + W.upper_office(d["year"]) + ";", "- Lưu: VT."]
    sx0 = p.left + 1000
    for i in range(len(sig)):
        p.y = y0 + i * p.lead()
        p.put(sig[i], "c", "b", None, sx0, p.w - p.right)
    ys = p.y
    for i, r in enumerate(recv):
        p.y = y0 + i * p.lead(p.px - 12)
        p.put(r, "l", "b" if i == 0 else "r", p.px - 12)
    p.y = max(p.y, ys) + 3 * p.lead()
    name = d["signer"]
    p.put(name, "c", "b", None, sx0, p.w - p.right)
    n = max(len(sig), len(recv))
    for i in range(n):
        row = [x[i] for x in (recv, sig) if i < len(x)]
        p.lines.append("    ".join(row))
    p.lines.append(name)
    d["sign_at"] = (len(doc.pages) - 1, (sx0 + p.w - p.right) / 2, p.y - 130)


def emit_table(doc, spec):
    """A ruled (or bare) table: spec has cols [(width, align)], head (a
    list of header rows, each [(text, colspan, rowspan)], printed as one line
    a row), rows (cell lists), text (the printed line of each row), grid colour, first_rows (rows
    left on the first page), repeat (header repeated on later pages)."""
    p = doc.page
    px = spec.get("px", doc.px - 8)
    total = sum(w for w, _ in spec["cols"])
    scale = (p.w - p.left - p.right) / total
    cols = [(int(w * scale), a) for w, a in spec["cols"]]
    grid, gw, ruled = spec.get("grid", "black"), spec.get("gw", 3), spec.get("ruled", True)
    hs = table_heights(p, cols, spec["rows"], px)

    def head():
        pg = doc.page
        pg.y += 30
        pg.rule(pg.left, pg.y, pg.left + sum(w for w, _ in cols), pg.y, grid, gw) if ruled else None
        draw_head(pg, cols, spec["head"], px, grid, gw, ruled)
        for hrow in spec["head"]:
            pg.lines.append("    ".join(t for t, _, _ in hrow))

    head()
    first = spec.get("first_rows")
    for i, (row, h) in enumerate(zip(spec["rows"], hs)):
        if doc.page.room() < h or (first is not None and i == first and len(doc.pages) == 1):
            doc.new_page(spec.get("landscape", False))
            if spec.get("repeat", True):
                head()
            elif ruled:
                pg = doc.page
                pg.rule(pg.left, pg.y, pg.left + sum(w for w, _ in cols), pg.y, grid, gw)
        pg = doc.page
        draw_cells(pg, cols, row, pg.y, h, px, "b" if spec.get("bold_last") and
                   i == len(spec["rows"]) - 1 else "r", grid, gw, ruled)
        pg.y += h
        pg.lines.append(spec["text"][i])
    doc.page.y += 20


def draw_head(p, cols, head, px, grid, gw, ruled):
    """Header rows with merged cells: a cell spans colspan columns and
    rowspan header rows."""
    rh = (int(px * 1.25) * head_lines(p, cols, head, px)) + 24
    taken = {}
    y = p.y
    for r, hrow in enumerate(head):
        ci = 0
        for text, cs, rs in hrow:
            while taken.get((r, ci)):
                ci += 1
            x = p.left + sum(w for w, _ in cols[:ci])
            w = sum(w for w, _ in cols[ci:ci + cs])
            h = rh * rs
            lines = p.wrap(text, w - 20, "b", px)
            ty = y + (h - len(lines) * int(px * 1.25)) / 2 - 6
            for ln in lines:
                ty += int(px * 1.25)
                p.draw(x + (w - p.width(ln, "b", px)) / 2, ty, ln, "b", px)
            if ruled:
                p.rule(x, y, x, y + h, grid, gw)
                p.rule(x + w, y, x + w, y + h, grid, gw)
                p.rule(x, y + h, x + w, y + h, grid, gw)
            for rr in range(r, r + rs):
                for cc in range(ci, ci + cs):
                    taken[(rr, cc)] = True
            ci += cs
        y += rh
    p.y = y


def head_lines(p, cols, head, px):
    """Lines of text a header row holds: two, or more where a cell's label
    wraps onto more lines than its rows give it."""
    need = 2
    for r, hrow in enumerate(head):
        ci = 0 if r == 0 else sum(cs for _, cs, rs in head[0] if rs > 1)
        for text, cs, rs in hrow:
            w = sum(w for w, _ in cols[ci:ci + cs])
            need = max(need, -(-len(p.wrap(text, w - 20, "b", px)) // rs))
            ci += cs
    return need


def render(doc, tmp, colour=False):
    """Each page drawn to a PNG at 300 dpi; returns the paths."""
    out = []
    for i, p in enumerate(doc.pages):
        mvg = os.path.join(tmp, "p%d.mvg" % i)
        with open(mvg, "w", encoding="utf-8") as f:
            f.write("viewbox 0 0 %d %d\n" % (p.w, p.h))
            f.write("fill white rectangle 0,0 %d,%d\n" % (p.w, p.h))
            f.write("text-antialias 1\n")
            f.write("\n".join(p.mvg) + "\n")
        png = os.path.join(tmp, "p%d.png" % i)
        subprocess.run(["convert", "mvg:" + mvg] +
                       ([] if colour else ["-colorspace", "Gray"]) + [png], check=True)
        out.append(png)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--only", type=int)
    ap.add_argument("outdir")
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    rows, new = units()
    man = ["id\tkind\tera\tdegradation\tpages\tfile\tlayout\tfamily"]
    for k, spec in enumerate(DOCS, 1):
        if a.only and k != a.only:
            continue
        import build8
        d = build8.make(k, spec, random.Random(a.seed * 1000 + k), rows, new, a.outdir)
        man.append("\t".join([d["id"], d["kind"], d["era"], d["degradation"], str(d["pages"]),
                              d["file"], d["layout"], "8"]))
    with open(os.path.join(a.outdir, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(man) + "\n")


if __name__ == "__main__":
    main()
