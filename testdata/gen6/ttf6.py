"""Advance widths of a TrueType font, read from its cmap (format 4) and hmtx
tables, so gen6 can centre, right-align and wrap text before ImageMagick
draws it.  Python standard library only."""
import struct


class Font:
    """One .ttf file: width(text, px) is the advance of text at px pixels."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            data = f.read()
        n = struct.unpack(">H", data[4:6])[0]
        tab = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            tab[tag.decode("latin-1")] = (off, ln)
        self.upem = struct.unpack(">H", data[tab["head"][0] + 18:tab["head"][0] + 20])[0]
        nh = struct.unpack(">H", data[tab["hhea"][0] + 34:tab["hhea"][0] + 36])[0]
        off = tab["hmtx"][0]
        self.adv = [struct.unpack(">H", data[off + 4 * i:off + 4 * i + 2])[0]
                    for i in range(nh)]
        self.cmap = self._cmap(data, tab["cmap"][0])

    @staticmethod
    def _cmap(data, base):
        n = struct.unpack(">H", data[base + 2:base + 4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", data[base + 4 + 8 * i:base + 12 + 8 * i])
            if pid == 3 and eid == 1:
                return Font._format4(data, base + off)
        raise ValueError("no Unicode BMP cmap")

    @staticmethod
    def _format4(data, o):
        seg = struct.unpack(">H", data[o + 6:o + 8])[0] // 2
        arr = lambda k: struct.unpack(">%dH" % seg,
                                      data[o + 14 + k * 2 * seg + (2 if k else 0):
                                           o + 14 + (k + 1) * 2 * seg + (2 if k else 0)])
        ends, starts, deltas, ranges = arr(0), arr(1), arr(2), arr(3)
        ro = o + 16 + 6 * seg
        m = {}
        for s in range(seg):
            for c in range(starts[s], ends[s] + 1):
                if c == 0xFFFF:
                    continue
                if ranges[s] == 0:
                    g = (c + deltas[s]) & 0xFFFF
                else:
                    p = ro + 2 * s + ranges[s] + 2 * (c - starts[s])
                    g = struct.unpack(">H", data[p:p + 2])[0]
                    g = (g + deltas[s]) & 0xFFFF if g else 0
                m[c] = g
        return m

    def width(self, text, px):
        """Advance width of text in pixels at a size of px pixels per em."""
        last = self.adv[-1]
        units = 0
        for ch in text:
            g = self.cmap.get(ord(ch), 0)
            units += self.adv[g] if g < len(self.adv) else last
        return units * px / self.upem
