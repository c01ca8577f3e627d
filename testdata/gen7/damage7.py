"""Scan damage for gen7: each page rendered at 300 dpi (PNG) becomes the
scan of its damage class, by ImageMagick with a fixed -seed; pages join in
one multi-page TIFF (tiffcp) or one image-only PDF (img2pdf, fixed dates)."""
import os, random, subprocess

CLASSES = {
    # class: (final dpi, compression, colour)
    "clean": (300, "ccitt-g4", False),
    "mild-dpi200": (200, "jpeg", False),
    "mild-dpi150": (150, "lzw", False),
    "mild-skew": (300, "ccitt-g4", False),
    "mild-noise-jpeg": (200, "jpeg", False),
    "mild-colour-pdf": (150, "jpeg-pdf", True),
    "heavy-photocopy": (300, "ccitt-g4", False),
    "heavy-specks": (300, "ccitt-g4", False),
    "heavy-blur-light": (200, "jpeg", False),
    "heavy-colour-pdf": (124, "jpeg-pdf", True),
}


def run(args):
    subprocess.run(args, check=True)


def specks(path, rng, n, big):
    with open(path, "w") as f:
        f.write("viewbox 0 0 2480 3508\nfill black\n")
        for _ in range(n):
            x, y = rng.uniform(0, 2480), rng.uniform(0, 3508)
            r = rng.uniform(1.5, 6 if big else 3.5)
            f.write("circle %.1f,%.1f %.1f,%.1f\n" % (x, y, x + r, y))


def page(png, out, cls, seed, tmp):
    """Damage one 300-dpi page png into out (a single-page TIFF or JPEG)."""
    rng = random.Random(seed)
    dpi = CLASSES[cls][0]
    scale = "%.4f%%" % (100.0 * dpi / 300)
    g = ["convert", png, "-seed", str(seed)]
    bil = ["-colorspace", "gray", "-threshold", "55%", "-type", "bilevel",
           "-compress", "Group4", "-density", "300", "-units", "PixelsPerInch"]
    if cls == "clean":
        run(g + bil + [out])
    elif cls == "mild-skew":
        a = rng.choice([-1, 1]) * rng.uniform(0.9, 1.6)
        run(g + ["-background", "white", "-rotate", "%.2f" % a, "-gravity", "center",
                 "-extent", "2480x3508", "+repage"] + bil + [out])
    elif cls == "mild-dpi200" or cls == "mild-dpi150":
        comp = ["-compress", "JPEG", "-quality", "80"] if dpi == 200 else ["-compress", "LZW"]
        run(g + ["-colorspace", "gray", "-resize", scale, "-density", str(dpi),
                 "-units", "PixelsPerInch", "-depth", "8"] + comp + [out])
    elif cls == "mild-noise-jpeg":
        run(g + ["-colorspace", "gray", "-resize", scale, "-attenuate", "0.5", "+noise",
                 "Gaussian", "-density", str(dpi), "-units", "PixelsPerInch", "-depth", "8",
                 "-compress", "JPEG", "-quality", "68", out])
    elif cls in ("heavy-photocopy", "heavy-specks"):
        sp = os.path.join(tmp, "specks.mvg")
        specks(sp, rng, 2600 if cls == "heavy-specks" else 900, cls == "heavy-specks")
        a = rng.uniform(-0.7, 0.7)
        extra = (["-blur", "0x1.6", "-level", "0%,82%"] if cls == "heavy-photocopy"
                 else ["-blur", "0x0.8"])
        run(g + ["-background", "white", "-rotate", "%.2f" % a, "-gravity", "center",
                 "-extent", "2480x3508", "+repage", "(", "-background", "none", "mvg:" + sp, ")",
                 "-gravity", "northwest", "-compose", "over", "-composite"]
            + extra + ["(", "-size", "2480x3508", "gradient:gray70-white", ")",
                       "-compose", "multiply", "-composite"]
            + ["-colorspace", "gray", "-threshold", "62%" if cls == "heavy-photocopy" else "55%",
               "-type", "bilevel", "-compress", "Group4", "-density", "300",
               "-units", "PixelsPerInch", out])
    elif cls == "heavy-blur-light":
        run(g + ["-colorspace", "gray", "-blur", "0x2.2",
                 "(", "-size", "2480x3508", "radial-gradient:white-gray55", ")",
                 "-compose", "multiply", "-composite", "-resize", scale,
                 "-attenuate", "0.4", "+noise", "Gaussian", "-density", str(dpi),
                 "-units", "PixelsPerInch", "-depth", "8", "-compress", "JPEG",
                 "-quality", "60", out])
    elif CLASSES[cls][2]:
        a = rng.uniform(-0.6, 0.6)
        heavy = cls.startswith("heavy")
        run(g + ["-background", "white", "-rotate", "%.2f" % a, "-gravity", "center",
                 "-extent", "2480x3508", "+repage",
                 "(", "-size", "2480x3508", "xc:#f3ecdc", ")", "-compose", "multiply",
                 "-composite"] + (["-blur", "0x1.0"] if heavy else [])
            + ["-resize", scale, "-attenuate", "0.3", "+noise", "Gaussian",
               "-density", str(dpi), "-units", "PixelsPerInch", "-sampling-factor", "2x2",
               "-quality", "55" if heavy else "75", "-strip", out])


def assemble(pages, out, cls):
    if CLASSES[cls][2]:
        dpi = CLASSES[cls][0]
        run(["img2pdf", "--creationdate", "2026-01-01T00:00:00", "--moddate",
             "2026-01-01T00:00:00", "--imgsize", "%ddpix%ddpi" % (dpi, dpi),
             "-o", out] + pages)
    elif len(pages) == 1:
        os.replace(pages[0], out)
    else:
        run(["tiffcp"] + pages + [out])
