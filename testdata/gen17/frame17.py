"""frame17: the parts every decision of family 17 shares: the heading (an
issuer of two or three lines beside the motto; the number typed, old-style
"QĐ/UB" or filled in by hand; the date under the motto or at the foot over
the signature), the title, the grounds, and the foot (Nơi nhận beside the
signature, "TM." or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")."""

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def date_words(place, d, pad=False):
    y, m, dd = d
    if pad:
        return "%s, ngày %02d tháng %02d năm %d" % (place, dd, m, y)
    return "%s, ngày %d tháng %d năm %d" % (place, dd, m, y)


def heading(sh, issuer, number, place, date, rng, date_at="top", hand=False, pad=False, pt=12.5):
    """The two header blocks, then the number (and the date, unless it goes
    to the foot).  issuer: its lines, the first regular when there are three.
    number: 'Số: 245/QĐ-UBND' text after 'Số: '.  hand: the number's figures,
    the day and the month written by hand on typed blanks."""
    f, fb = sh.f(pt), sh.f(pt, "Bold")
    mid = sh.x0 + (1000 if not sh.landscape else 1300)
    lw = (sh.x0 - 120, mid)
    rw = (mid, sh.x1 + 60)
    three = len(issuer) == 3
    rows = max(len(issuer), 2)
    for i in range(rows):
        left = issuer[i] if i < len(issuer) else ""
        lf = f if (three and i == 0) else fb
        right = MOTTO[i] if i < 2 else ""
        sh.row([(left, lf, "center", *lw), (right, fb, "center", *rw)])
        if i == 1:
            w = sh.width(MOTTO[1], fb)
            c = (rw[0] + rw[1]) // 2
            sh.d.line([(c - w // 2, sh.y - 10), (c + w // 2, sh.y - 10)], fill=(0, 0, 0), width=3)
    c = (lw[0] + lw[1]) // 2
    sh.d.line([(c - 160, sh.y + 4), (c + 160, sh.y + 4)], fill=(0, 0, 0), width=3)
    sh.skip(44)
    fd = sh.f(pt, "Light")
    date_s = date_words(place, date, pad) if date_at == "top" else ""
    if not hand:
        sh.row([("Số: " + number, f, "center", *lw), (date_s, fd, "center", *rw)])
        return
    _hand_row(sh, number, place, date, lw, rw, f, fd, rng)


def _hand_row(sh, number, place, date, lw, rw, f, fd, rng):
    """'Số:      /QĐ-UBND' and 'Place, ngày    tháng    năm YYYY' typed, the
    blanks filled in blue; page_text holds the line as filled."""
    fig, rest = number.split("/", 1)
    y, m, d = date
    blank = "  .........  "
    typed_n = ["Số:", "  " + "." * (4 * len(fig) + 3) + "  ", "/" + rest]
    typed_d = [place + ", ngày", blank, "tháng", blank, "năm %d" % y]
    fills_d = [None, "%d" % d, None, "%d" % m, None]
    sh.room(sh.lh(f))
    for parts, fills, (a, b), ff in ((typed_n, [None, fig, None], lw, f), (typed_d, fills_d, rw, fd)):
        w = sum(sh.width(p, ff) for p in parts) + sh.width(" ", ff) * (len(parts) - 1)
        x = (a + b - w) // 2
        for p, v in zip(parts, fills):
            if v is None:
                sh.put(x, sh.y, p, ff)
            else:
                sh.put(x, sh.y + 4, p, ff)
                sh.hand(x + 30, sh.y - 6, v, rng)
            x += sh.width(p, ff) + sh.width(" ", ff)
    num = "Số: %s/%s" % (fig, rest)
    sh.strings += [num, "%s, ngày %d tháng %d năm %d" % (place, d, m, y)]
    sh.lines.append(num + "    " + "%s, ngày %d tháng %d năm %d" % (place, d, m, y))
    sh.y += sh.lh(f)


def title(sh, subject, authority, pt=13):
    """QUYẾT ĐỊNH, the subject (Về việc ...), the authority's line."""
    sh.skip(40)
    sh.line("QUYẾT ĐỊNH", sh.f(pt + 2, "Bold"), "center")
    for ln in sh.wrap(subject, sh.f(pt, "Bold"), sh.x1 - sh.x0 - 300):
        sh.line(ln, sh.f(pt, "Bold"), "center")
    sh.strings.append(subject)
    c = (sh.x0 + sh.x1) // 2
    sh.d.line([(c - 220, sh.y + 6), (c + 220, sh.y + 6)], fill=(0, 0, 0), width=3)
    sh.skip(40)
    sh.line(authority, sh.f(pt, "Bold"), "center", gap=0.3)


def grounds(sh, items, pt=12):
    f = sh.f(pt, "Light")
    for s in items:
        sh.para(s, f, indent=110, gap=0.05)
    sh.skip(10)
    sh.line("QUYẾT ĐỊNH:", sh.f(pt + 1, "Bold"), "center", gap=0.3)


def foot(sh, recipients, role, signer, date_line=None, pt=12):
    """Nơi nhận on the left, the signature on the right; date_line (the
    date at the foot) goes over both.  Marks where the seal and the
    signature go."""
    fb, fs = sh.f(pt, "Bold"), sh.f(pt - 1.5)
    mid = sh.x0 + (sh.x1 - sh.x0) * 45 // 100
    rw = (mid, sh.x1)
    sh.skip(20)
    if date_line:
        sh.line(date_line, sh.f(pt, "Light"), "center", *rw, gap=0.2)
    left = [("Nơi nhận:", sh.f(pt - 1, "Bold"))] + [(r, fs) for r in recipients]
    right = [(r, fb) for r in role] + [("", fb)] * 4 + [(signer, fb)]
    top = sh.y
    for i in range(max(len(left), len(right))):
        lt = left[i] if i < len(left) else ("", fs)
        rt = right[i] if i < len(right) else ("", fb)
        sh.row([(lt[0], lt[1], "left", sh.x0, mid), (rt[0], rt[1], "center", *rw)])
        if i == len(role) - 1:
            sig_top = sh.y
    c = (rw[0] + rw[1]) // 2
    sh.marks["signature"] = (c, sig_top + 130)
    sh.marks["seal"] = (c - 260, top + 120)
