"""look6: pages drawn at 300 dpi made to look scanned (colour JPEG, grey,
bilevel G4, shrunk, two pages side by side, a phone photo), and a plain
PDF writer that embeds each JPEG as it is (DCTDecode), with no dates or
random IDs, so a file comes out again byte for byte."""
import os, struct, subprocess

CONVERT = "convert"


def im(*args):
    subprocess.run([CONVERT] + [str(a) for a in args], check=True)


def render(page, tmp, name):
    """The page's MVG drawn to a PNG at 300 dpi; returns its path."""
    mvg = os.path.join(tmp, name + ".mvg")
    with open(mvg, "w", encoding="utf-8") as f:
        f.write(page.mvg())
    out = os.path.join(tmp, name + ".png")
    im("mvg:" + mvg, "-strip", out)
    return out


def _common(seed, tilt):
    return ["-seed", seed, "-background", "white", "-rotate", "%.2f" % tilt, "+repage",
            "-attenuate", "0.35", "+noise", "Gaussian"]


def scan(png, kind, out, seed, tilt=0.0):
    """One drawn page as kind ('colour-D', 'grey-D', 'g4-D', 'phone') into
    out (.jpg or .tif); returns (path, dpi)."""
    look, _, d = kind.partition("-")
    if look == "phone":
        return phone(png, out, seed)
    dpi = int(d)
    pct = "%.3f%%" % (100.0 * dpi / 300)
    if look == "g4":
        im(png, "-colorspace", "Gray", "-background", "white", "-rotate", "%.2f" % tilt, "+repage",
           "-resize", pct, "-threshold", "62%",
           "-type", "bilevel", "-strip", "-units", "PixelsPerInch", "-density", dpi,
           "-compress", "Group4", out)
    elif look == "grey":
        im(png, *_common(seed, tilt), "-colorspace", "Gray", "-resize", pct, "-strip", "-units",
           "PixelsPerInch", "-density", dpi, "-quality", "70", out)
    else:
        im(png, *_common(seed, tilt), "-resize", pct, "-strip", "-units", "PixelsPerInch",
           "-density", dpi, "-quality", "66" if dpi < 150 else "62", "-sampling-factor", "2x2", out)
    return out, dpi


def spread(left, right, out, seed, h, dpi=94):
    """Two pages side by side as a certificate is scanned open, with the fold's
    shadow between them, at dpi; h is the pages' height in pixels."""
    pct = "%.3f%%" % (100.0 * dpi / 300)
    im("(", left, right, "+append", ")", "-seed", seed, "-attenuate", "0.3", "+noise", "Gaussian",
       "(", "-size", "160x%d" % h, "xc:white", "-fill", "#9c9c9c", "-draw",
       "rectangle 70,0 90,%d" % h, "-blur", "0x28", ")",
       "-gravity", "center", "-compose", "multiply", "-composite", "-resize", pct,
       "-strip", "-units", "PixelsPerInch", "-density", dpi, "-quality", "70", out)
    return out, dpi


def phone(png, out, seed):
    """A phone photo of the page: perspective, light falling off to one side,
    a grey cast, a little blur, on a dark table; no resolution tag."""
    w, h = [int(v) for v in subprocess.run(["identify", "-format", "%w %h", png], check=True,
                                           capture_output=True, text=True).stdout.split()]
    s = int(seed)
    dx, dy = w // 14, h // 18
    pts = "0,0 %d,%d  %d,0 %d,%d  %d,%d %d,%d  0,%d %d,%d" % (
        dx + s % 37, dy, w, w - dx // 2, dy // 2 + s % 23, w, h, w - dx, h - dy, h, dx // 3, h - dy // 3)
    im(png, "-virtual-pixel", "background", "-background", "#3a3733", "-distort", "Perspective", pts,
       "(", "+clone", "-sparse-color", "Barycentric", "0,0 #ffffff %d,%d #8c8c84" % (w, h), ")",
       "-compose", "multiply", "-composite", "-modulate", "96,55,100", "-blur", "0x1.2",
       "-resize", "1500x", "-seed", seed, "-attenuate", "0.5", "+noise", "Gaussian",
       "-strip", "-quality", "72", out)
    return out, int(round(1500 / (w / 300.0)))


def jpeg_info(data):
    """(width, height, components) from a JPEG's SOF segment."""
    i = 2
    while i < len(data):
        marker, ln = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return w, h, data[i + 9]
        i += 2 + ln
    raise ValueError("no SOF in JPEG")


def write_pdf(pages, out):
    """An image-only PDF: pages is [(jpeg path, dpi)], one embedded JPEG a page."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b"")
    tree = add(b"")
    kids = []
    for path, dpi in pages:
        with open(path, "rb") as f:
            data = f.read()
        w, h, comps = jpeg_info(data)
        cs = b"/DeviceRGB" if comps == 3 else b"/DeviceGray"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (
                      w, h, cs, len(data)) + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        body = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        content = add(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources "
                        b"<< /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (
                            tree, pw, ph, img, content)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objs[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    buf += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    with open(out, "wb") as f:
        f.write(buf)


def write_tiff(paths, out):
    """Several single-page TIFFs (or JPEGs) as one multi-page TIFF."""
    im(*paths, "-strip", out)
