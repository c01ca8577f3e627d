"""papers10: a dossier's other papers laid out as leaves: a paper with an
office header or the motto alone, a title, paragraphs, ruled tables, boxes
to fill, a signature; a landscape survey extract."""
from ink10 import Leaf
from pages10 import Pen, INK, BLUE, motto, sign_block, table, plan


def paper(spec, seed):
    """spec: office (lines, left column; None: motto centred), number, place
    and date line, title lines, blocks (('p', text) | ('b', label, boxes)
    | ('t', widths, rows) | ('h', hand text)), sign (title lines, role, name,
    body) or ('two', left, right).  Returns the leaves (a long paper runs
    on)."""
    leaves = [Leaf()]
    lf = leaves[0]
    if spec.get("office"):
        for i, ln in enumerate(spec["office"]):
            lf.text(52, 20 + 5.5 * i, ln, 11.5, "serif-b" if i else "serif", INK, "middle")
        motto(lf, 140, 20, 11.5)
        y = 20 + 5.5 * len(spec["office"]) + 4
        if spec.get("number"):
            lf.text(52, y, spec["number"], 11.5, "serif", INK, "middle")
        if spec.get("dateline"):
            lf.text(140, y + 2, spec["dateline"], 11.5, "serif-i", INK, "middle")
        y += 14
    else:
        motto(lf, 105, 20, 12.5)
        y = 40
        if spec.get("dateline"):
            lf.text(190, y - 4, spec["dateline"], 11.5, "serif-i", INK, "end")
            y += 6
    pen = Pen(lf, y=y, size=12)
    for t in spec["title"]:
        pen.centre(t, 14 if t.isupper() else 12.5, "serif-b")
    pen.step(0.6)
    for blk in spec["blocks"]:
        if blk[0] == "brk" or pen.y > 250:
            lf = Leaf()
            leaves.append(lf)
            lf.text(105, 12, str(len(leaves)), 11, "serif", INK, "middle")
            pen.leaf, pen.y = lf, 22
        if blk[0] == "brk":
            continue
        if blk[0] == "p":
            pen.para(blk[1], 6)
        elif blk[0] == "h":  # filled in by hand
            pen.para(blk[1], 6, font="hand", ink=BLUE)
        elif blk[0] == "b":  # a label and a row of boxes with a figure each
            lf.text(pen.x + 4, pen.y, blk[1], 11.5, "serif")
            bx = pen.x + 4 + len(blk[1]) * 2.05
            for i, ch in enumerate(blk[2]):
                lf.box(bx + i * 6, pen.y - 5, bx + i * 6 + 6, pen.y + 1.5, 0.25)
                lf.text(bx + i * 6 + 3, pen.y, ch, 12, "hand", BLUE, "middle")
            pen.step(1.3)
        elif blk[0] == "t":
            pen.y = table(lf, pen.x, pen.y - 3, blk[1], blk[2], 10) + 6
    sg = spec.get("sign")
    if sg:
        y = max(pen.y + 6, 200) if pen.y < 236 else pen.y + 6
        if sg[0] == "two":
            for x, side in ((60, sg[1]), (150, sg[2])):
                sign_block(lf, x, y, side[0], side[1], side[2], side[3], seed + x, stamp=side[4])
        else:
            sign_block(lf, 145, y, sg[0], sg[1], sg[2], sg[3], seed)
    return leaves


def survey(spec, seed):
    """A trích đo địa chính: landscape A4, the plan at the left, the corners'
    coordinates and the parcel's figures at the right."""
    lf = Leaf(297, 210)
    lf.text(74, 16, spec["office"][0], 11, "serif", INK, "middle")
    lf.text(74, 21.5, spec["office"][1], 11, "serif-b", INK, "middle")
    motto(lf, 222, 16, 11)
    lf.text(148, 38, "TRÍCH ĐO ĐỊA CHÍNH THỬA ĐẤT", 15, "serif-b", INK, "middle")
    lf.text(148, 45, spec["subtitle"], 11, "serif-i", INK, "middle")
    plan(lf, 18, 54, 130, 110, spec["number"], seed)
    rows = [["Điểm", "X (m)", "Y (m)", "Cạnh (m)"]] + spec["coords"]
    y = table(lf, 160, 56, [18, 38, 38, 24], rows, 10)
    pen = Pen(lf, x=160, y=y + 8, width=120, size=11)
    for ln in spec["facts"]:
        pen.para(ln)
    sign_block(lf, 240, 170, ["NGƯỜI ĐO ĐẠC"], None, spec["surveyor"], "", seed, stamp=False)
    lf.text(60, 182, "CHỦ SỬ DỤNG ĐẤT", 11, "serif-b", INK, "middle")
    lf.text(60, 200, spec["holder"], 11, "serif-b", INK, "middle")
    return [lf]
