"""The scan of a gen6 document: its pages rendered at 300 dpi, then damaged
by class (clean, mild-*, heavy-*) with ImageMagick, seeded, and written as
a G4 or JPEG TIFF or a colour JPEG-in-PDF."""
import hashlib
import os
import re
import subprocess
import tempfile

CV = "convert"


def run(*args):
    subprocess.run([CV] + [str(a) for a in args], check=True)


def bilevel(src, dst, pre=(), level=55, dpi=300):
    run(src, *pre, "+repage", "-threshold", "%d%%" % level, "-type", "bilevel", "-strip",
        "-units", "PixelsPerInch", "-density", dpi, "-compress", "Group4", dst)


def grey(src, dst, pre=(), dpi=300, q=75):
    run(src, *pre, "+repage", "-colorspace", "Gray", "-strip", "-units", "PixelsPerInch",
        "-density", dpi, "-compress", "JPEG", "-quality", q, dst)


def colour_jpeg(src, dst, seed, width, q, noise):
    run("-seed", seed, src, "-fill", "#f3ecd9", "-opaque", "white",
        "-attenuate", noise, "+noise", "Gaussian", "-blur", "0x0.6",
        "-resize", "%dx" % width, "-type", "TrueColor", "-strip", "-units", "PixelsPerInch",
        "-density", round(width / 8.27), "-quality", q, "-sampling-factor", "2x2", dst)


def same_id(pdf):
    """img2pdf writes a random file /ID: make it the digest of the file
    without it, so a seed gives the same bytes."""
    with open(pdf, "rb") as f:
        b = f.read()
    pat = re.compile(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]")
    h = hashlib.md5(pat.sub(b"", b)).hexdigest().encode()
    with open(pdf, "wb") as f:
        f.write(pat.sub(b"/ID [<" + h + b"><" + h + b">]", b))


def make(c, out, id_, seed):
    """Writes id_'s scan into out; returns (file name, dpi, compression)."""
    dmg = c.damage
    col = "colour" in dmg
    tmp = tempfile.mkdtemp(prefix="gen6.")
    pages = []
    for k in range(len(c.doc.pages)):
        png = os.path.join(tmp, "p%d.png" % k)
        c.doc.render(k, png, colour=col)
        s = seed * 10 + k
        if col:
            width = 1240 if dmg.startswith("mild") else 1000
            dst = os.path.join(tmp, "p%d.jpg" % k)
            colour_jpeg(png, dst, s, width, 75 if dmg.startswith("mild") else 55,
                        0.25 if dmg.startswith("mild") else 0.7)
            pages.append(dst)
            continue
        dst = os.path.join(tmp, "p%d.tif" % k)
        if dmg == "clean":
            bilevel(png, dst)
        elif dmg == "mild-skew":
            ang = (1.0 + (s % 7) * 0.2) * (1 if s % 2 else -1)
            bilevel(png, dst, ("-background", "white", "-rotate", "%.1f" % ang,
                               "-gravity", "center", "-extent", "2480x3508"))
        elif dmg == "mild-dpi200":
            grey(png, dst, ("-blur", "0x0.8", "-resize", "1654x2339!"), 200)
        elif dmg == "mild-dpi150":
            grey(png, dst, ("-blur", "0x1", "-resize", "1240x1754!"), 150, 80)
        elif dmg == "mild-noise-jpeg":
            grey(png, dst, ("-seed", s, "-attenuate", "0.6", "+noise", "Gaussian",
                            "-rotate", "0.6", "-gravity", "center", "-extent", "2480x3508"),
                 300, 60)
        elif dmg == "heavy-photocopy":
            bilevel(png, dst, ("-seed", s, "-blur", "0x2.2", "-level", "0%,85%",
                               "-attenuate", "1.4", "+noise", "Gaussian",
                               "-background", "white", "-rotate", "-1.3",
                               "-gravity", "center", "-extent", "2480x3508"), 62)
        elif dmg == "heavy-specks":
            spk = os.path.join(tmp, "s%d.png" % k)
            run("-seed", s, "-size", "2480x3508", "xc:white", "-attenuate", "0.09",
                "+noise", "Impulse", "-colorspace", "Gray", "-threshold", "50%",
                "-morphology", "Erode", "Disk:1.5", spk)
            bilevel(png, dst, (spk, "-compose", "Multiply", "-composite", "-blur", "0x1.6",
                               "-resize", "1654x2339!"), 58, 200)
        else:
            raise ValueError(dmg)
        pages.append(dst)
    if col:
        fname = id_ + ".pdf"
        subprocess.run(["img2pdf", "--nodate", "-o", os.path.join(out, fname)] + pages,
                       check=True)
        same_id(os.path.join(out, fname))
        dpi, comp = (150 if dmg.startswith("mild") else 121), "jpeg-pdf"
    else:
        fname = id_ + ".tif"
        subprocess.run(["tiffcp"] + pages + [os.path.join(out, fname)], check=True)
        dpi = {"mild-dpi200": 200, "mild-dpi150": 150, "heavy-specks": 200}.get(dmg, 300)
        comp = "jpeg" if dmg in ("mild-dpi200", "mild-dpi150", "mild-noise-jpeg") else "ccitt-g4"
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)
    return fname, dpi, comp
