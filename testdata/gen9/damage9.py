"""damage9: family 9's scans from its 300-dpi pages.  Pillow draws what
needs a seeded hand (toner specks, uneven light, paper tint); ImageMagick
(with -seed) blurs, adds noise, turns, resamples and compresses; colour
pages go into a PDF as JPEGs (img2pdf, no date)."""
import os, subprocess
from PIL import Image, ImageDraw

# degradation -> (dpi, compression, ImageMagick steps, specks, light, skew)
KINDS = {
    "clean": (300, "ccitt-g4", [], 0, False, 0),
    "mild-dpi200": (200, "jpeg", ["-blur", "0x0.6"], 0, False, 0),
    "mild-dpi150": (150, "lzw", ["-blur", "0x0.5"], 0, False, 0),
    "mild-skew": (300, "ccitt-g4", [], 0, False, 1.3),
    "mild-jpeg": (300, "jpeg", ["-blur", "0x0.8"], 0, False, 0),
    "mild-colour-seal": (120, "jpeg-pdf", ["-blur", "0x0.5"], 0, True, 0.4),
    "mild-colour-hand": (300, "jpeg-pdf", ["-blur", "0x0.6"], 0, True, 0),
    "heavy-photocopy": (200, "jpeg", ["-blur", "0x1.1", "-attenuate", "0.5",
                                      "+noise", "Gaussian"], 900, True, 0.8),
    "heavy-skew-noise": (200, "jpeg", ["-attenuate", "0.7", "+noise",
                                       "Gaussian", "-blur", "0x0.9"], 0, False, -2.4),
    "heavy-blur": (150, "jpeg", ["-blur", "0x2.0", "-attenuate", "0.4",
                                 "+noise", "Gaussian"], 0, False, 0),
    "heavy-specks": (300, "ccitt-g4", ["-blur", "0x1.0"], 2500, True, 0.6),
}


def specks(img, r, n):
    """Toner specks: small dark dots and short streaks."""
    d = ImageDraw.Draw(img)
    w, h = img.size
    dark = (40, 40, 40) if img.mode == "RGB" else 40
    for _ in range(n):
        x, y = r.randrange(w), r.randrange(h)
        s = r.choice((2, 3, 3, 4, 6))
        d.ellipse((x, y, x + s, y + s), fill=dark)
    for _ in range(n // 60):
        x, y = r.randrange(w), r.randrange(h)
        d.line((x, y, x + r.randint(20, 90), y + r.randint(-3, 3)), fill=dark, width=2)


def light(img):
    """Uneven light: a grey band darkening towards one edge."""
    w, h = img.size
    grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 6)
    if img.mode == "RGB":
        grad = Image.merge("RGB", (grad, grad, grad))
    from PIL import ImageChops
    return ImageChops.multiply(img, grad)


def scan(pages, deg, r, out, tmp, seed):
    """Writes the pages as deg's scan to out (.tif or .pdf); returns
    (dpi, compression)."""
    dpi, comp, steps, nspecks, uneven, skew = KINDS[deg]
    files = []
    for i, img in enumerate(pages):
        if nspecks:
            specks(img, r, nspecks)
        if uneven:
            img = light(img)
        f = os.path.join(tmp, "p%d.png" % i)
        img.save(f)
        files.append(f)
    outs = []
    for i, f in enumerate(files):
        cmd = ["convert", f, "-seed", str(seed + i)] + steps
        if skew:
            cmd += ["-background", "white", "-rotate", str(skew), "-gravity",
                    "center", "-extent", "%dx%d" % pages[i].size, "+repage"]
        cmd += ["-units", "PixelsPerInch", "-density", "300"]
        if dpi != 300:
            cmd += ["-resample", str(dpi)]
        if comp == "ccitt-g4":
            cmd += ["-colorspace", "Gray", "-threshold", "55%", "-type", "bilevel"]
        elif comp != "jpeg-pdf":
            cmd += ["-colorspace", "Gray"]
        g = os.path.join(tmp, "q%d.%s" % (i, "jpg" if comp == "jpeg-pdf" else "tif"))
        if comp == "jpeg-pdf":
            cmd += ["-quality", "80", "-strip", g]
        else:
            cmd += ["-strip", g]
        subprocess.run(cmd, check=True)
        outs.append(g)
    if comp == "jpeg-pdf":
        subprocess.run(["img2pdf", "--nodate", "--engine", "internal",
                        "--producer", "gen9", "-o", out] + outs, check=True)
    else:
        c = {"ccitt-g4": "Group4", "jpeg": "JPEG", "lzw": "LZW"}[comp]
        subprocess.run(["convert"] + outs + ["-compress", c, "-quality", "70",
                                             "-units", "PixelsPerInch", "-density",
                                             str(dpi), out], check=True)
    return dpi, comp
