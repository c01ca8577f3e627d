"""Advance widths of TrueType fonts, read from the font file itself (cmap
format 4 and hmtx), so that gen7 can wrap, centre and right-align text in
MVG without asking ImageMagick for every string."""
import struct

_cache = {}


class Face:
    def __init__(self, path):
        data = open(path, "rb").read()
        n = struct.unpack(">H", data[4:6])[0]
        tab = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            tab[tag.decode("latin-1")] = (off, ln)
        self.upm = struct.unpack(">H", data[tab["head"][0] + 18:tab["head"][0] + 20])[0]
        nh = struct.unpack(">H", data[tab["hhea"][0] + 34:tab["hhea"][0] + 36])[0]
        ho = tab["hmtx"][0]
        self.adv = [struct.unpack(">H", data[ho + 4 * i:ho + 4 * i + 2])[0] for i in range(nh)]
        self.cmap = self._cmap(data, tab["cmap"][0])

    def _cmap(self, d, base):
        n = struct.unpack(">H", d[base + 2:base + 4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", d[base + 4 + 8 * i:base + 12 + 8 * i])
            if pid == 3 and eid == 1 and struct.unpack(">H", d[base + off:base + off + 2])[0] == 4:
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
        w = 0
        for ch in s:
            g = self.cmap.get(ord(ch), 0)
            w += self.adv[min(g, len(self.adv) - 1)]
        return w * size / self.upm


def face(path):
    if path not in _cache:
        _cache[path] = Face(path)
    return _cache[path]
