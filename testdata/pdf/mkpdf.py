#!/usr/bin/env python3
"""mkpdf.py OUT.pdf PAGE...: a small PDF for tests and generated scans.

Each PAGE is one of
  FILE.jpg[@DPI]          the JPEG embedded as it is (DCTDecode), filling a
                          page sized for DPI (default: the file's JFIF
                          density, else 300)
  FILE.jpg[@DPI]+TEXT     the same with TEXT written under it as a text layer
                          (as an OCR'd "searchable" scan has)
  FILE.jpg[@DPI]:OPT...   the same, shown otherwise: :rN gives the page a
                          /Rotate N entry (90, 180, 270); :turnN draws the
                          image turned N degrees clockwise (90, 180, 270) by
                          its matrix, the page sized to match; :flip draws
                          it mirrored left to right (options before +TEXT)
  text:TEXT               an A4 page of text only, no image
Python 3 standard library only.
"""
import re
import struct
import sys
import zlib


def jpeg_facts(data):
    """(width, height, components, dpi or None) from a JPEG's markers."""
    i, dpi = 2, None
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            raise ValueError("not a JPEG")
        marker = data[i + 1]
        seglen = struct.unpack(">H", data[i + 2:i + 4])[0]
        seg = data[i + 4:i + 2 + seglen]
        if marker == 0xE0 and seg[:5] == b"JFIF\0" and seg[7] in (1, 2):
            d = struct.unpack(">H", seg[8:10])[0]
            dpi = d if seg[7] == 1 else d * 2.54
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", seg[1:5])
            return w, h, seg[5], dpi
        i += 2 + seglen
    raise ValueError("no JPEG frame header")


def text_stream(text, x, y, size):
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return ("BT /F1 %d Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x, y, esc)).encode(
        "latin-1", "replace")


class Pdf:
    def __init__(self):
        self.objs = []

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def stream(self, head, data):
        return self.add(b"<< " + head + b" /Length %d >>\nstream\n" % len(data)
                        + data + b"\nendstream")

    def write(self, path, kids):
        font = self.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        pages_no = len(self.objs) + 1
        page_nos = []
        for _ in kids:
            page_nos.append(pages_no + 1 + len(page_nos) * 1)
        self.add(b"")  # placeholder for /Pages
        for (w, h, content, xobj, rot), no in zip(kids, page_nos):
            res = b"/Font << /F1 %d 0 R >>" % font
            if xobj:
                res += b" /XObject << /Im0 %d 0 R >>" % xobj
            self.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                     b"/Rotate %d /Resources << %s >> /Contents %d 0 R >>"
                     % (pages_no, w, h, rot, res, content))
        self.objs[pages_no - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
            len(kids), b" ".join(b"%d 0 R" % n for n in page_nos)))
        cat = self.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_no)
        out, offs = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
        for n, body in enumerate(self.objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offs)
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objs) + 1, cat, xref)
        with open(path, "wb") as f:
            f.write(out)


# The image matrix (a b c d e f) drawing a pw x ph image turned clockwise
# by each angle, or mirrored; with the page's size.
def placement(pw, ph, opts):
    if "turn90" in opts:
        return (0, -pw, ph, 0, 0, pw), ph, pw
    if "turn180" in opts:
        return (-pw, 0, 0, -ph, pw, ph), pw, ph
    if "turn270" in opts:
        return (0, pw, -ph, 0, ph, 0), ph, pw
    if "flip" in opts:
        return (-pw, 0, 0, ph, pw, 0), pw, ph
    return (pw, 0, 0, ph, 0, 0), pw, ph


def image_page(pdf, spec):
    spec, _, text = spec.partition("+")
    spec, *opts = spec.split(":")
    path, _, dpi = spec.partition("@")
    data = open(path, "rb").read()
    w, h, comps, fdpi = jpeg_facts(data)
    dpi = float(dpi) if dpi else (fdpi or 300.0)
    pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
    space = b"/DeviceRGB" if comps == 3 else b"/DeviceGray"
    im = pdf.stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                    b"/ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode"
                    % (w, h, space), data)
    m, pw, ph = placement(pw, ph, opts)
    rot = [int(o[1:]) for o in opts if re.fullmatch(r"r\d+", o)]
    body = b"q %.2f %.2f %.2f %.2f %.2f %.2f cm /Im0 Do Q\n" % m
    if text:
        body += b"3 Tr " + text_stream(text, 72, ph - 72, 12)
    return pw, ph, pdf.stream(b"", body), im, (rot or [0])[0]


def text_page(pdf, text):
    body = b"".join(text_stream(line, 72, 770 - 16 * i, 12)
                    for i, line in enumerate(text.split("|")))
    return 595.28, 841.89, pdf.stream(b"/Filter /FlateDecode",
                                      zlib.compress(body)), None, 0


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: mkpdf.py OUT.pdf PAGE...\n")
        return 2
    pdf = Pdf()
    kids = [text_page(pdf, p[5:]) if p.startswith("text:") else
            image_page(pdf, p) for p in argv[2:]]
    pdf.write(argv[1], kids)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
