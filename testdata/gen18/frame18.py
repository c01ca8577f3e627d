"""frame18: the parts every decision of family 18 shares, drawn on a
page18.Sheet: the heading in one of three arrangements, the title, the
grounds, the articles after Điều 1 and the signature block."""
from page18 import W

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def date_words(d, place, style):
    """'Hải Hậu, ngày 05 tháng 3 năm 2019', or with style 'slash'
    'Bắc Giang, ngày 05/3/2024' (day padded, month not)."""
    y, m, dd = d
    if style == "slash":
        return "%s, ngày %02d/%d/%d" % (place, dd, m, y)
    return "%s, ngày %02d tháng %d năm %d" % (place, dd, m, y)


def heading(sh, issuer, number, dateline, arrangement="classic"):
    """The two header blocks, the number and the date line.  classic: two
    centred blocks of equal standing; left-narrow: the issuer set flush
    left in a narrow block and the motto flush right in a wide one;
    stacked: the motto centred over the whole width, the issuer under it
    on the left."""
    x0, x1 = sh.x0, sh.x1
    if arrangement == "stacked":
        sh.line(MOTTO[0], "center", "b")
        _, w = sh.line(MOTTO[1], "center", "b")
        sh.underline((W - w) / 2, (W + w) / 2, sh.y - 14)
        sh.gap(0.6)
        for i, s in enumerate(issuer):
            sh.line(s, "left", "b" if i else "r")
        sh.line("Số: " + number)
        sh.line(dateline, "right", "i")
        sh.gap(0.4)
        return
    if arrangement == "left-narrow":
        y0 = sh.y
        for i, s in enumerate(issuer):
            sh.put(x0, y0 + i * sh.lh(), s, "b" if i else "r")
        for i, s in enumerate(MOTTO):
            w = sh.width(s, "b")
            sh.put(x1 - w, y0 + i * sh.lh(), s, "b")
        n = max(len(issuer), 2)
        for i in range(n):
            parts = [p for p in (issuer[i] if i < len(issuer) else "",
                                 MOTTO[i] if i < 2 else "") if p]
            sh.lines.append("    ".join(parts))
            sh.printed.extend(parts)
        w = sh.width(MOTTO[1], "b")
        sh.underline(x1 - w, x1, y0 + 2 * sh.lh() - 14)
        sh.y = y0 + n * sh.lh() + sh.lh() // 3
        y1 = sh.y
        sh.put(x0, y1, "Số: " + number)
        w = sh.width(dateline, "i")
        sh.put(x1 - w, y1, dateline, "i")
        sh.lines.append("Số: " + number + "    " + dateline)
        sh.printed.extend(["Số: " + number, dateline])
        sh.y = y1 + sh.lh()
        sh.gap(0.4)
        return
    mid = x0 + 860
    left = [(s, "b" if i else "r") for i, s in enumerate(issuer)]
    right = [(MOTTO[0], "b"), (MOTTO[1], "b")]
    sh.blocks(left, right, (x0 - 40, mid), (mid, x1 + 60))
    lw = sh.width(issuer[-1], "b") * 0.5
    sh.underline((x0 - 40 + mid) / 2 - lw / 2, (x0 - 40 + mid) / 2 + lw / 2, sh.y + 4)
    rw = sh.width(MOTTO[1], "b")
    sh.underline((mid + x1 + 60) / 2 - rw / 2, (mid + x1 + 60) / 2 + rw / 2,
                 sh.y + 4)
    sh.gap(0.4)
    sh.blocks([("Số: " + number, "r")], [(dateline, "i")], (x0 - 40, mid), (mid, x1 + 60))
    sh.gap(0.5)


def title(sh, subject, body_issuer, grounds, pt=15):
    """QUYẾT ĐỊNH, the subject line (wrapped, centred), the issuer's name,
    the grounds and the second QUYẾT ĐỊNH:."""
    sh.line("QUYẾT ĐỊNH", "center", "b", pt=pt)
    sh.printed.append(subject)
    for ln in sh.wrap(subject, sh.x1 - sh.x0 - 300, "b"):
        sh.line(ln, "center", "b", record=False)
        sh.lines.append(ln)
    sh.underline(W / 2 - 160, W / 2 + 160, sh.y + 6)
    sh.gap(0.5)
    sh.line(body_issuer, "center", "b")
    sh.gap(0.3)
    for g in grounds:
        sh.para(g, style="i")
    sh.gap(0.3)
    sh.line("QUYẾT ĐỊNH:", "center", "b")
    sh.gap(0.2)


def closing(sh, commune, articles=(2, 3), seat="TM. ỦY BAN NHÂN DÂN", role="CHỦ TỊCH",
            signer="", extra=None):
    """Điều 2 and Điều 3 (or what articles says), Nơi nhận beside the
    signature block, and the signer's name, where the seal goes."""
    a, b = articles
    sh.para("Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Ủy ban nhân dân %s "
            "tổ chức thực hiện Quyết định này; chỉnh lý hồ sơ địa chính theo quy định." % commune
            if not extra else extra, lead="Điều %d." % a)
    sh.para("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Tài nguyên "
            "và Môi trường, Chủ tịch Ủy ban nhân dân %s và các cá nhân có tên tại Điều 1 chịu "
            "trách nhiệm thi hành Quyết định này./." % commune, lead="Điều %d." % b)
    sh.gap(0.6)
    mid = sh.x0 + 1050
    left = [("Nơi nhận:", "b"), ("- Như Điều %d;" % b, "r"), ("- Lưu: VT, TNMT.", "r")]
    right = [(seat, "b"), (role, "b")] if seat else [(role, "b")]
    y0 = sh.y
    for i, (s, st) in enumerate(left):
        sh.put(sh.x0, y0 + i * sh.lh(sh.pt - 2), s, st, sh.pt - 2)
    for i, (s, st) in enumerate(right):
        w = sh.width(s, st)
        sh.put((mid + sh.x1) / 2 - w / 2, y0 + i * sh.lh(), s, st)
    for i in range(max(len(left), len(right))):
        parts = [p[0] for p in (left[i] if i < len(left) else None,
                                right[i] if i < len(right) else None) if p]
        sh.lines.append("    ".join(parts))
    sh.y = y0 + max(len(left) * sh.lh(sh.pt - 2), len(right) * sh.lh()) + 4 * sh.lh()
    w = sh.width(signer, "b")
    sh.put((mid + sh.x1) / 2 - w / 2, sh.y, signer, "b")
    sh.lines.append("")
    sh.lines.append(signer)
    sh.sign = ((mid + sh.x1) / 2, sh.y - 2.5 * sh.lh())
    sh.y += sh.lh()
    if sh.y > sh.bottom + 150:
        raise SystemExit("gen18: the signature runs off the page (%d)" % sh.y)
