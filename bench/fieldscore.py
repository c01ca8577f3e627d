"""Scoring extracted fields against the corpus's ground truth: shared by
bench/accuracy (the whole pipeline on the scans) and
bench/extract-text-accuracy (extraction alone on the printed text)."""
import json, os, re, unicodedata

DEC = ["number", "date", "kind"]
OWN = ["name", "gender", "birth_year", "birth_date", "id_number", "id_type",
       "address", "commune_code", "spouse", "household"]
PAR = ["sheet", "number", "area", "land_use", "land_use_to", "term",
       "origin", "address", "commune_code", "holder"]
HOUSE = ["building_area", "floor_area", "structure", "floors", "year_built"]

def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(a - b) < 0.005
    if isinstance(a, str) and isinstance(b, str):
        return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
    return a == b


def covers(item, path):
    """Does a review item on field item cover path: the same field, a parent
    ("parcels[2]", "parcels"), or a column ("parcels[].area", where "[]"
    stands for any row)?"""
    pat = re.escape(item).replace(r"\[\]", r"\[\d+\]")
    return re.match(pat + r"($|[.\[])", path) is not None


def item_fields(it):
    """The fields a review item names: its own and those it stands for
    too ("also": a table flagged whole stands for its holders)."""
    return [it["field"]] + list(it.get("also") or [])


def truth_rows(gt, out):
    """(field, truth, value read, path) for every field of the truth gt, and
    one row per list where more were read than the truth holds."""
    rows = []
    for k in DEC:
        rows.append(("decision." + k, gt["decision"].get(k),
                     (out.get("decision") or {}).get(k), "decision." + k))
    for what, keys in (("owners", OWN), ("parcels", PAR)):
        got = out.get(what) or []
        for i, g in enumerate(gt.get(what) or []):
            o = got[i] if i < len(got) else {}
            for k in keys:
                if k in g:
                    rows.append((f"{what}.{k}", g[k], o.get(k),
                                 f"{what}[{i}].{k}"))
        if len(got) > len(gt.get(what) or []):
            rows.append((f"{what}.extra", None, len(got), f"{what}"))
    for k in HOUSE:
        if gt.get("house"):
            rows.append(("house." + k, gt["house"].get(k),
                         (out.get("house") or {}).get(k), "house." + k))
    return rows


def compare(gt, out, tally):
    """Tally (fields, right, wrong and flagged) for every truth field;
    True when all are right."""
    flagged = {f for r in out.get("review", []) for f in item_fields(r)}
    rows = truth_rows(gt, out)
    all_right = True
    for field, want, got, path in rows:
        right = same(want, got)
        # A review item on a list or object covers what is inside it.
        flag = any(f.startswith(path) or covers(f, path) for f in flagged)
        t = tally.setdefault(field, [0, 0, 0])
        t[0] += 1
        t[1] += right
        t[2] += (not right) and flag
        if not right:
            all_right = False
            tally.setdefault("_wrong", []).append((gt["id"], path, want, got,
                                                   flag))
    return all_right


def load(paths):
    docs = []
    for p in paths:
        files = [os.path.join(p, f) for f in sorted(os.listdir(p))
                 if f.endswith(".json")] if os.path.isdir(p) else [p]
        for f in files:
            with open(f, encoding="utf-8") as fp:
                d = json.load(fp)
            if "page_text" in d:
                docs.append(d)
    return docs


def report(name, docs, outs, verbose):
    tally, ok = {}, 0
    for d in docs:
        ok += compare(d, outs.get(d["id"], {}), tally)
    wrong = tally.pop("_wrong", [])
    n = sum(t[0] for t in tally.values())
    right = sum(t[1] for t in tally.values())
    flag = sum(t[2] for t in tally.values())
    print(f"== {name}: {len(docs)} documents, {n} fields")
    for f in sorted(tally):
        t = tally[f]
        print(f"  {f:24s} {100.0 * t[1] / t[0]:6.2f}%  ({t[0] - t[1]} wrong,"
              f" {t[2]} flagged)")
    print(f"  field accuracy {100.0 * right / max(n, 1):.2f}%, documents all"
          f" right {100.0 * ok / max(len(docs), 1):.2f}%, wrong fields flagged"
          f" {100.0 * flag / max(n - right, 1):.2f}% ({n - right - flag}"
          " unflagged)")
    for w in wrong if verbose else []:
        print("   ", "flagged" if w[4] else "UNFLAGGED", w[0], w[1],
              json.dumps(w[2], ensure_ascii=False), "->",
              json.dumps(w[3], ensure_ascii=False))
