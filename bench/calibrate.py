"""Calibrating field confidence against the truth of one family of
decisions: shared by bench/calibrate and bench/accuracy.

From records extracted with no calibration (raw confidences, review items
not merged) and their ground truth, fit
  - the probability that a value is right given its raw confidence, as
    steps that never go down (isotonic regression, pool adjacent
    violators), each step's share smoothed towards the family's own;
  - for every review reason but "low confidence" (and a table flagged
    whole, always shown), the share of its items
    that flagged a wrong value (smoothed: one hit in two items before any
    is seen, so a reason is only found useless on evidence).
and write them as schemas/calibration.tsv reads them."""
import os, shutil

from fieldscore import covers, item_fields, same, truth_rows

PRIOR = 2.0      # weight of the family's share in each step


def pairs(docs, outs):
    """(raw confidence, right) of every field the truth knows, and the
    wrong fields' paths per document."""
    out, wrong = [], {}
    for d in docs:
        rec = outs.get(d["id"], {})
        meta = rec.get("fields") or {}
        bad = wrong.setdefault(d["id"], set())
        for _, want, got, path in truth_rows(d, rec):
            right = same(want, got)
            if not right:
                bad.add(path)
            if path in meta and "conf" in meta[path]:
                out.append((meta[path]["conf"], right))
    return out, wrong


def isotonic(xs):
    """Steps [raw upper bound, right, count] of (conf, right) pairs, the
    share right never going down as conf rises."""
    blocks = []
    for conf, right in sorted(xs):
        blocks.append([conf, float(right), 1])
        while len(blocks) > 1 and (blocks[-2][1] / blocks[-2][2] >=
                                   blocks[-1][1] / blocks[-1][2]):
            hi, r, n = blocks.pop()
            blocks[-1] = [hi, blocks[-1][1] + r, blocks[-1][2] + n]
    return blocks


def reasons(docs, outs, wrong):
    """{reason: [items, items that flagged a wrong field]}."""
    tally = {}
    for d in docs:
        bad = wrong.get(d["id"], set())
        for it in (outs.get(d["id"], {}).get("review") or []):
            why = it.get("reason")
            # a table flagged whole ("also") is always shown: not fitted
            if not why or why == "low confidence" or it.get("also"):
                continue
            t = tally.setdefault(why, [0, 0])
            t[0] += 1
            t[1] += any(covers(f, p) or p.startswith(f)
                        for f in item_fields(it) for p in bad)
    return tally


def fit(docs, outs):
    """The lines of a calibration.tsv fitted on docs and their records."""
    xs, wrong = pairs(docs, outs)
    share = sum(r for _, r in xs) / max(len(xs), 1)
    lines = []
    steps = isotonic(xs)
    for i, (hi, r, n) in enumerate(steps):
        hi = 1.0 if i == len(steps) - 1 else hi
        lines.append(f"conf\t{hi:.4f}\t{(r + PRIOR * share) / (n + PRIOR):.4f}")
    for why, (n, hit) in sorted(reasons(docs, outs, wrong).items()):
        lines.append(f"reason\t{why}\t{(hit + 1) / (n + 2):.4f}")
    return lines


def schemas_with(src, dst, lines, merge=True):
    """A copy of the schemas folder src at dst whose calibration.tsv holds
    lines; merge False turns review items' merging off (raw items)."""
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    with open(os.path.join(dst, "calibration.tsv"), "w",
              encoding="utf-8") as f:
        f.write("# fitted by bench/calibrate\n")
        f.writelines(x + "\n" for x in lines)
    if not merge:
        with open(os.path.join(dst, "extract.tsv"), "a",
                  encoding="utf-8") as f:
            f.write("merge_column\t0\n")
