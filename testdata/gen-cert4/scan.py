"""Scans for gen-cert4: drawn pages (200 dpi PNGs) turned into what an
office's scanner or phone gives, and the files that hold them.

Every ImageMagick call that draws noise gets its own -seed, so one file's
scans depend on its own seed only.
"""
import hashlib, os, re, subprocess


def sh(*cmd):
    subprocess.run(cmd, check=True)


def render(page, path):
    """An MVG page drawn into path (PNG)."""
    head = ["viewbox 0 0 %d %d" % (page.w, page.h), "fill white",
            "rectangle 0,0 %d,%d" % (page.w, page.h)]
    with open(path + ".mvg", "w", encoding="utf-8") as f:
        f.write("\n".join(head + page.mvg) + "\n")
    sh("convert", "mvg:" + path + ".mvg", "-alpha", "off", path)


def finish(dpi, quality=75):
    return ["-quality", str(quality), "-sampling-factor", "2x2", "-density", str(dpi),
            "-units", "PixelsPerInch", "-strip"]


def flatbed(src, out, dpi, seed, rot, grey=False, tag=None):
    """A sheet-fed or flatbed scan: resampled to dpi, turned a little, a
    scanner's softness and noise; colour or grey JPEG."""
    sh("convert", src, "-resize", "%.3f%%" % (100.0 * dpi / 200), "-background", "white",
       "-rotate", "%.2f" % rot, "+repage", "-seed", str(seed),
       "-attenuate", "0.15", "+noise", "Gaussian", "-blur", "0x0.6",
       *(["-colorspace", "Gray"] if grey else []), *finish(tag or dpi), out)


def bilevel(src, out, dpi, seed, rot):
    """A bilevel office scan: grey, noise, thresholded; a PNG page that
    tiff_g4 packs."""
    sh("convert", src, "-colorspace", "Gray", "-resize", "%.3f%%" % (100.0 * dpi / 200),
       "-background", "white", "-rotate", "%.2f" % rot, "+repage", "-seed", str(seed),
       "-attenuate", "0.5", "+noise", "Gaussian", "-threshold", "57%", "-type", "bilevel",
       "-density", str(dpi), "-units", "PixelsPerInch", out)


def spread(left, right, out, seed, dpi=94):
    """A certificate scanned open: two pages side by side with the fold's
    shadow between them and the lid's grey round them, at ~94 dpi."""
    tmp = out + ".png"
    sh("convert", left, right, "+append", "-fill", "#7f7f7f", "-draw",
       "rectangle 1496,0 1503,2080", "-bordercolor", "#9a9a9a", "-border", "40x30", tmp)
    sh("convert", tmp, "-resize", "%.3f%%" % (100.0 * dpi / 200), "-background", "#9a9a9a",
       "-rotate", "0.6", "+repage", "-seed", str(seed), "-attenuate", "0.4", "+noise",
       "Gaussian", *finish(dpi), out)


def photo(src, out, seed, rng):
    """A phone photo: the page on a dark desk, seen at an angle, lit
    unevenly, a grey cast; 72 dpi as phones tag it."""
    tmp = out + ".png"
    W, H = 1500, 1950
    sh("convert", src, "-resize", "1150x", "-background", "#4a4036", "-gravity", "center",
       "-extent", "%dx%d" % (W, H), tmp)
    x0, y0 = (W - 1150) // 2, (H - 1594) // 2
    x1, y1 = x0 + 1150, y0 + 1594
    j = lambda: rng.randint(-70, 70)
    pts = "%d,%d %d,%d  %d,%d %d,%d  %d,%d %d,%d  %d,%d %d,%d" % (
        x0, y0, x0 + 40 + j(), y0 + 30 + j() // 2, x1, y0, x1 - 30 + j(), y0 + 60 + j() // 2,
        x1, y1, x1 + 20 + j() // 2, y1 - 20 + j() // 2, x0, y1, x0 - 10 + j() // 2, y1 + j() // 2)
    sh("convert", tmp, "-virtual-pixel", "background", "-background", "#4a4036", "-distort",
       "Perspective", pts, "(", "-size", "%dx%d" % (W, H), "radial-gradient:#ffffff-#6e6e6e",
       ")", "-compose", "multiply", "-composite", "-modulate", "92,55,100", "-fill", "#8a8578",
       "-colorize", "14%", "-blur", "0x0.9", "-seed", str(seed), "-attenuate", "0.3", "+noise",
       "Gaussian", "-blur", "0x0.5", *finish(72, 72), out)


def pdf(jpegs, out, ident):
    """The JPEGs as an image-only PDF, each page's image as it is; no date,
    and a document ID made from `ident` so the file is the same each run."""
    sh("img2pdf", "-D", "-o", out, *jpegs)
    with open(out, "rb") as f:
        data = f.read()
    m = re.search(rb"/ID \[<([0-9a-f]+)>", data)
    if m:
        new = hashlib.md5(ident.encode()).hexdigest().encode()[:len(m.group(1))]
        data = data.replace(m.group(1), new)
    with open(out, "wb") as f:
        f.write(data)


def tiff_g4(pngs, out):
    sh("convert", *pngs, "-compress", "Group4", out)


def clean(paths):
    for p in paths:
        for q in (p, p + ".mvg", p + ".png"):
            if os.path.exists(q):
                os.remove(q)
