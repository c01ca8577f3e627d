"""frame16: what every decision of family 16 has around its articles: the
heading (issuer and motto side by side, with the province above or not,
the number and the date on one row or the date set under the motto), the
title, the grounds, the recipients beside the signature, and the truth's
decision object."""
from folk16 import lower_type, bare

MOTTO = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")]


def issuer_lines(unit, above=None):
    """The left heading block: ('UBND TỈNH X'), 'ỦY BAN NHÂN DÂN', 'THỊ XÃ Y'."""
    out = []
    if above:
        out.append((above.upper(), "r"))
    out.append(("ỦY BAN NHÂN DÂN", "b"))
    out.append((unit.upper(), "b"))
    return out


def heading(doc, unit, number, place, date, above=None, style="row", hand=None):
    """The two header blocks, then the number and the place and date.
    style 'row': 'Số: ...' under the issuer and the date under the motto on
    one row; 'stack': the date line alone, right, under the number.  hand
    (number, day, month) fills a typed line's blanks by hand."""
    left = issuer_lines(unit, above)
    size = doc.size - 4
    while True:
        lw = max(doc.width(s, st, size) for s, st in left)
        rw = max(doc.width(s, st, size) for s, st in MOTTO)
        if lw + rw + 120 <= doc.right - doc.left + 80 or size < 30:
            break
        size -= 2
    lx = max(doc.left + 470, doc.left - 40 + lw / 2)
    rx = min(doc.right - 790, doc.right + 40 - rw / 2)
    doc.blocks([(lx, left), (rx, MOTTO)], size=size,
               under={(0, len(left) - 1), (1, 1)})
    doc.gap(0.6)
    if hand:
        hand_line(doc, lx, rx, place, date, hand, size)
    elif style == "row":
        doc.row([("Số: " + number, lx, "center", "r"),
                 ("%s, %s" % (place, date), rx, "center", "i")], size=size)
    else:
        doc.line("Số: " + number, x=doc.left + 120, size=size)
        doc.line("%s, %s" % (place, date), align="right", style="i", size=size)
    doc.gap(0.8)


def hand_line(doc, lx, rx, place, date, hand, size):
    """'Số: ....../QĐ-UBND' and 'Place, ngày .... tháng .... năm Y' typed
    with dotted blanks, the number, day and month written on them."""
    num, day, month, year, suffix = hand
    a = "Số: "
    dots = "." * 14
    left = a + dots + suffix
    right = "%s, ngày %s tháng %s năm %d" % (place, "." * 8, "." * 8, year)
    wl, wr = doc.width(left, "r", size), doc.width(right, "i", size)
    xl, xr = lx - wl / 2, rx - wr / 2
    y = doc.y
    doc.put(left, xl, y, "r", size)
    doc.put(right, xr, y, "i", size)
    doc.hand(num, xl + doc.width(a, "r", size) + 30, y - 24)
    d1 = xr + doc.width(place + ", ngày ", "i", size)
    doc.hand(day, d1 + 40, y - 26)
    m1 = xr + doc.width(place + ", ngày " + "." * 8 + " tháng ", "i", size)
    doc.hand(month, m1 + 50, y - 26)
    doc.record("Số: %s%s    %s, ngày %s tháng %s năm %d" % (num, suffix, place, day, month, year))
    doc.y += doc.lh(size)


def title(doc, subject, size=None):
    """'QUYẾT ĐỊNH' and the subject, centred, wrapped."""
    doc.line("QUYẾT ĐỊNH", "center", "b", size=(size or doc.size) + 8)
    for l in doc.wrap(subject, doc.right - doc.left - 500, "b"):
        doc.line(l, "center", "b")
    doc.gap(0.8)


def grounds(doc, authority, bases, proposal):
    """The committee's name, the Căn cứ paragraphs, the proposal."""
    doc.line(authority, "center", "b")
    doc.gap(0.3)
    for b in bases:
        doc.para(b, style="i")
    doc.para(proposal, style="i")
    doc.gap(0.3)
    doc.line("QUYẾT ĐỊNH:", "center", "b")
    doc.gap(0.3)


def article(doc, n, text, lead_fmt="Điều %d. "):
    doc.para(text, lead=lead_fmt % n)


def closing(doc, recipients, role, signer, vice=False, rng=None, seal=True):
    """Nơi nhận on the left, the signature block on the right."""
    doc.gap(0.8)
    size = doc.size - 6
    sx = doc.right - 520
    right = [("TM. ỦY BAN NHÂN DÂN", "b")] if not vice else [("KT. CHỦ TỊCH", "b")]
    right.append(("PHÓ CHỦ TỊCH" if vice else role, "b"))
    left = [("Nơi nhận:", "bi")] + [("- " + r, "r") for r in recipients]
    doc.need(doc.lh(size) * (len(left) + 2))
    y0 = doc.y
    for i in range(max(len(left), len(right))):
        items = []
        if i < len(left):
            items.append((left[i][0], doc.left, "left", left[i][1]))
        if i < len(right):
            items.append((right[i][0], sx, "center", right[i][1]))
        doc.row(items, size=size)
    y = max(doc.y, y0 + doc.lh(size) * 4.6)
    doc.y = y
    doc.line(signer, style="b", x=sx - doc.width(signer, "b") / 2)
    doc.mark("sign", sx, y - doc.lh(size) * 1.6)
    if seal:
        doc.mark("seal", sx - 260, y0 + doc.lh(size) * 2.3)


def decision(number, y, m, d, unit, kind, subject):
    return {"number": number, "date": "%04d-%02d-%02d" % (y, m, d),
            "issuer": "Ủy ban nhân dân " + lower_type(unit), "kind": kind,
            "title": subject}


def authority(unit):
    return "ỦY BAN NHÂN DÂN " + unit.upper()


def place_of(unit):
    return bare(unit)
