"""What the bench generators read from data/: name lists and communes."""
import csv


def read_lines(p):
    """The lines of p that are neither empty nor comments, stripped."""
    with open(p, encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


def full_names(data, words):
    """data/names/full-names.txt as lists of words, those of at least words."""
    return [n for n in (l.split() for l in read_lines(data + '/names/full-names.txt')) if len(n) >= words]


def province_communes(data, province='11'):
    """The rows of data/admin-units.csv of one province (Điện Biên: 11)."""
    with open(data + '/admin-units.csv', encoding='utf-8') as f:
        return [r for r in csv.DictReader(f) if r['province_code'] == province]
