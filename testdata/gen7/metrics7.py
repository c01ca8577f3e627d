"""Advance widths of TrueType fonts, read from the font file itself (cmap
format 4 and hmtx), so that gen7 can wrap, centre and right-align text in
MVG without asking ImageMagick for every string."""
import struct

_cache = {}


class Face:
    def __init__(self, path):
        data = open(path, "rb").read()
        recs = [struct.unpack_from(">4sIII", data, 12 + 16 * i)
                for i in range(struct.unpack_from(">H", data, 4)[0])]
        tab = {r[0].decode("latin-1"): r[2] for r in recs}
        self.upm = struct.unpack_from(">H", data, tab["head"] + 18)[0]
        nh = struct.unpack_from(">H", data, tab["hhea"] + 34)[0]
        self.adv = list(struct.unpack_from(">%dH" % (2 * nh), data, tab["hmtx"])[0::2])
        self.cmap = self._cmap(data, tab["cmap"])

    def _cmap(self, d, base):
        n = struct.unpack(">H", d[base + 2:base + 4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack_from(">HHI", d, base + 4 + 8 * i)
            if (pid, eid) == (3, 1) and struct.unpack_from(">H", d, base + off)[0] == 4:
                return self._fmt4(d, base + off)
        raise ValueError("no unicode cmap")

    @staticmethod
    def _fmt4(d, o):
        seg = struct.unpack(">H", d[o + 6:o + 8])[0] // 2
        u16 = lambda p: struct.unpack(">H", d[p:p + 2])[0]
        ends, starts = o + 14, o + 16 + 2 * seg
        deltas, ranges = starts + 2 * seg, starts + 4 * seg
        m = {}
        for s in range(seg):
            e, st = u16(ends + 2 * s), u16(starts + 2 * s)
            dl, ro = u16(deltas + 2 * s), u16(ranges + 2 * s)
            for c in range(st, min(e, 0xFFFE) + 1):
                if ro == 0:
                    g = (c + dl) & 0xFFFF
                else:
                    p = ranges + 2 * s + ro + 2 * (c - st)
                    g = u16(p)
                    g = (g + dl) & 0xFFFF if g else 0
                m[c] = g
        return m

    def width(self, s, size):
        """Width in pixels of s at font size (pixels per em)."""
        last = len(self.adv) - 1
        units = sum(self.adv[min(self.cmap.get(ord(ch), 0), last)] for ch in s)
        return units * size / self.upm


def face(path):
    if path not in _cache:
        _cache[path] = Face(path)
    return _cache[path]
