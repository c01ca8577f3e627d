"""Family 8's scans: the damage of each group, and the file written (G4 or
JPEG TIFF, JPEG in PDF)."""
import os, subprocess, tempfile

from doc8 import render


def seal_and_signature(doc, d, rng):
    """A red round seal over the signer's block and a blue signature."""
    pi, cx, cy = d["sign_at"]
    p = doc.pages[pi]
    red, blue = "#c8242b", "#22309a"
    cx += rng.randint(-160, -60)
    p.mvg.append("fill none stroke '%s' stroke-opacity 0.8 stroke-width 10 circle %d,%d %d,%d"
                 % (red, cx, cy, cx + 250, cy))
    p.mvg.append("stroke-width 5 circle %d,%d %d,%d" % (cx, cy, cx + 200, cy))
    p.mvg.append("stroke none fill '%s' fill-opacity 0.8 polygon %s" % (red, " ".join(
        "%d,%d" % (cx + r * __import__("math").cos(a), cy + r * __import__("math").sin(a))
        for a, r in [(-1.5708 + i * 0.6283, 70 if i % 2 == 0 else 28) for i in range(10)])))
    p.mvg.append("fill-opacity 1 stroke none")
    x0, y0 = cx + 120, cy - 40
    pts = " ".join("%d,%d" % (x0 + i * 28, y0 + rng.randint(-60, 60)) for i in range(14))
    p.mvg.append("fill none stroke '%s' stroke-width 6 polyline %s stroke none" % (blue, pts))


def specks(p, rng, n):
    for _ in range(n):
        x, y, r = rng.randrange(p.w), rng.randrange(p.h), rng.choice([2, 3, 4, 6])
        p.mvg.append("fill black circle %d,%d %d,%d" % (x, y, x + r, y))


def write(doc, d, rng, outdir):
    """Damage the pages as the group says; returns (file, dpi, compression)."""
    deg, seed = d["degradation"], rng.randint(1, 10 ** 6)
    colour = deg.startswith("mild-colour")
    if colour:
        seal_and_signature(doc, d, rng)
    if deg in ("heavy-photocopy", "heavy-specks"):
        for p in doc.pages:
            specks(p, rng, 900 if deg == "heavy-specks" else 350)
    with tempfile.TemporaryDirectory() as tmp:
        pngs = render(doc, tmp, colour)
        outs = []
        for i, png in enumerate(pngs):
            o = os.path.join(tmp, "d%d" % i)
            args, dpi, comp, ext = steps(deg, seed + i, png, tmp, i)
            subprocess.run(["convert", png] + args + [o + ext], check=True)
            outs.append(o + ext)
        name = d["id"] + (".pdf" if colour else ".tif")
        dest = os.path.join(outdir, name)
        if colour:
            subprocess.run(["img2pdf", "--engine", "internal", "--nodate", "-o", dest] + outs,
                           check=True)
        else:
            subprocess.run(["convert"] + outs + ["-compress", "Group4" if comp == "ccitt-g4"
                                                 else "JPEG", "-quality", "75", dest], check=True)
    return name, dpi, comp


def steps(deg, seed, png, tmp, i):
    """ImageMagick arguments for one page of the group deg."""
    g4 = ["-threshold", "58%", "-type", "bilevel", "-compress", "Group4"]
    if deg == "clean":
        return ["-density", "300", "-units", "PixelsPerInch"] + g4, 300, "ccitt-g4", ".tif"
    if deg.startswith("mild-dpi"):
        dpi = int(deg[8:])
        return (["-resize", "%.3f%%" % (dpi / 3.0), "-density", str(dpi), "-units",
                 "PixelsPerInch", "-compress", "JPEG", "-quality", "75"], dpi, "jpeg", ".tif")
    if deg == "mild-skew-noise":
        return (["-background", "white", "-rotate", "1.4", "+repage", "-seed", str(seed),
                 "-attenuate", "0.35", "+noise", "Gaussian", "-resize", "66.667%", "-density",
                 "200", "-units", "PixelsPerInch", "-compress", "JPEG", "-quality", "70"],
                200, "jpeg", ".tif")
    if deg == "mild-jpeg":
        return (["-resize", "66.667%", "-density", "200", "-units", "PixelsPerInch",
                 "-compress", "JPEG", "-quality", "45"], 200, "jpeg", ".tif")
    if deg == "heavy-photocopy":
        return (["-blur", "0x1.3", "(", "+clone", "-flop", "-fill", "white", "-colorize", "88%",
                 ")", "-compose", "multiply", "-composite", "(", "-size", "2480x3508",
                 "gradient:gray72-white", ")",
                 "-compose", "multiply", "-composite", "-density", "300", "-units",
                 "PixelsPerInch"] + g4, 300, "ccitt-g4", ".tif")
    if deg == "heavy-specks":
        return (["-blur", "0x0.9", "-background", "white", "-rotate", "-0.8", "+repage",
                 "-density", "300", "-units", "PixelsPerInch"] + g4, 300, "ccitt-g4", ".tif")
    if deg == "heavy-blur-grey":
        return (["-blur", "0x2.2", "-seed", str(seed), "-attenuate", "0.6", "+noise",
                 "Gaussian", "(", "-size", "2480x3508", "gradient:white-gray65", ")",
                 "-compose", "multiply", "-composite", "-resize", "50%", "-density", "150",
                 "-units", "PixelsPerInch", "-compress", "JPEG", "-quality", "60"],
                150, "jpeg", ".tif")
    # mild-colour-*: a colour JPEG at ~130 dpi, paper slightly warm
    return (["(", "+clone", "-fill", "#f5efe0", "-colorize", "100", ")", "-compose",
             "multiply", "-composite", "-resize", "43.333%", "-density", "130",
             "-units", "PixelsPerInch", "-quality", "75"], 130, "jpeg-pdf", ".jpg")
