"""Scan looks for gen-cert5: each page (a 200-dpi PNG) becomes what a land
office's scanner or a clerk's phone makes of it.  ImageMagick's noise takes
-seed, so every look is reproduced from the file's seed."""
import os, subprocess


def im(*args):
    subprocess.run(["convert"] + [str(a) for a in args], check=True)


def jpeg(src, dst, dpi, seed, extra=()):
    """A colour (or grey) page at dpi, light sensor noise, JPEG quality 75."""
    scale = "%.4f%%" % (100.0 * dpi / 200)
    im(src, "-resize", scale, *extra, "-seed", seed, "-attenuate", "0.15", "+noise", "Gaussian",
       "-density", dpi, "-units", "PixelsPerInch", "-quality", 75, "-sampling-factor", "2x2",
       "-strip", dst)


def look(kind, srcs, dst, seed, size=(1500, 2090)):
    """Makes one scan (dst, a .jpg or .tif) of one page (or two, a spread)
    in the look named kind: colour-D, grey-D, shrunk-D, g4-200, spread-94,
    phone."""
    name, _, dpi = kind.partition("-")
    if name in ("colour", "shrunk"):
        jpeg(srcs[0], dst, int(dpi), seed)
    elif name == "grey":
        jpeg(srcs[0], dst, int(dpi), seed, ("-colorspace", "Gray", "-level", "6%,97%"))
    elif name == "g4":
        im(srcs[0], "-colorspace", "Gray", "-seed", seed, "-attenuate", "0.2",
           "+noise", "Impulse", "-threshold", "58%", "-type", "Bilevel", "-density", 200,
           "-units", "PixelsPerInch", "-compress", "Group4", "-strip", dst)
    elif name == "spread":
        tmp = dst + ".pair.png"
        # the open booklet: the two pages side by side, a shadow along the fold
        im(srcs[0], srcs[1], "+append", "(", "+clone", "-fill", "white", "-colorize", "100",
           "-fill", "#8a8a8a", "-draw", "rectangle %d,0 %d,%d" % (size[0] - 10, size[0] + 10, size[1]),
           "-blur", "0x14", ")", "-compose", "Multiply", "-composite", tmp)
        jpeg(tmp, dst, int(dpi), seed)
        os.remove(tmp)
    elif name == "phone":
        tmp = dst + ".photo.png"
        W, H = size[0] + 280, size[1] + 320
        # a table under a lamp: dark wood around, the page tilted, its far
        # edge smaller, the light falling off to one corner, a grey cast
        im(srcs[0], "-bordercolor", "#5a4a3c", "-border", "140x160",
           "-virtual-pixel", "Background", "-background", "#4e4034",
           "-distort", "Perspective",
           "0,0 60,40  %d,0 %d,95  %d,%d %d,%d  0,%d 0,%d" % (
               W, W - 60, W, H, W + 10, H - 30, H, H - 50),
           "-rotate", "1.7", "(", "+clone", "-sparse-color", "Barycentric",
           "0,0 #ffffff %d,%d #9c978f" % (W, H), ")", "-compose", "Multiply",
           "-composite", "-modulate", "100,70,100", "-fill", "#8c8c80", "-colorize", "9",
           "-blur", "0x1.1", tmp)
        im(tmp, "-resize", "72%", "-seed", seed, "-attenuate", "0.6", "+noise", "Gaussian",
           "-density", 144, "-units", "PixelsPerInch", "-quality", 75, "-strip", dst)
        os.remove(tmp)
    else:
        raise ValueError("no scan look " + kind)


def pdf(jpgs, dst):
    """An image-only PDF of the scans, with no date and no random /ID in it
    (img2pdf's internal engine: reproducible)."""
    subprocess.run(["img2pdf", "-D", "--engine", "internal", "-o", dst] + jpgs, check=True)


def tiff(tifs, dst):
    """A multi-page G4 TIFF of bilevel scans."""
    subprocess.run(["tiffcp", "-c", "g4"] + tifs + [dst], check=True)
