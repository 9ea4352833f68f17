#!/usr/bin/env python3
"""compile_names.py: build the sample generator's name lists from the real
names of test/data/names-uit-forum.tsv (duyet/vietnamese-namedb,
MIT; 8,757 full names typed by users of a university forum in 2016).

Only clean names are used: NFC, 2 to 5 syllables, each capitalized, made of
Vietnamese letters only.  Sex is inferred: a middle name "Thị" marks a woman
and "Văn" a man.  A given name seen with them is split between the sexes in
that ratio (unisex names such as Linh land in both lists); a given name never
seen with them is dropped.  A middle part gets the sex of its row: Thị/Văn,
else the given name's sex when the evidence is strong (>= 3 rows, 4:1).

Output (TSV, header row): given.tsv (sex, name, count), middle.tsv (sex,
middle part, count), family.tsv (name, count).  Family-name weights are
replaced by DOMAIN.md's shares in 42_sample_names.sql's generator script.
Usage: compile_names.py SRC.tsv OUTDIR
"""
import collections
import csv
import sys
import unicodedata

LETTERS = set("aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộ"
              "ơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ")


def clean(name):
    if unicodedata.normalize("NFC", name) != name:
        return None
    toks = name.split(" ")
    if not 2 <= len(toks) <= 5:
        return None
    for t in toks:
        if not t or t[0] != t[0].upper() or t[1:] != t[1:].lower():
            return None
        if not all(c in LETTERS for c in t.lower()):
            return None
    return toks


def main(src, out):
    names = []
    with open(src, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            toks = clean(row["full_name"])
            if toks and len(toks) >= 3:
                names.append(toks)
    # Evidence of sex: the middle names Thị and Văn only.
    given_sex = collections.defaultdict(collections.Counter)
    for t in names:
        mids = t[1:-1]
        if "Thị" in mids:
            given_sex[t[-1]]["F"] += 1
        elif "Văn" in mids:
            given_sex[t[-1]]["M"] += 1

    def strong_sex(counter):
        m, f = counter["M"], counter["F"]
        if m >= 3 and m >= 4 * f:
            return "M"
        if f >= 3 and f >= 4 * m:
            return "F"
        return None

    given = collections.Counter()
    middle = collections.Counter()
    family = collections.Counter()
    for t in names:
        family[t[0]] += 1
        ev = given_sex.get(t[-1])
        if ev:
            # Split every occurrence of a given name by its sex ratio, so a
            # unisex name (Linh, Anh) appears in both lists.
            tot = ev["M"] + ev["F"]
            for s in ("M", "F"):
                if ev[s]:
                    given[(s, t[-1])] += ev[s] / tot
        mids = t[1:-1]
        s = "F" if "Thị" in mids else "M" if "Văn" in mids else strong_sex(ev or collections.Counter())
        if s:
            middle[(s, " ".join(mids))] += 1
    given = collections.Counter({k: max(1, round(v)) for k, v in given.items()})
    with open(f"{out}/given.tsv", "w", encoding="utf-8") as f:
        f.write("sex\tname\tcount\n")
        for (s, n), c in sorted(given.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
            f.write(f"{s}\t{n}\t{c}\n")
    with open(f"{out}/middle.tsv", "w", encoding="utf-8") as f:
        f.write("sex\tname\tcount\n")
        for (s, n), c in sorted(middle.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
            if c >= 2:
                f.write(f"{s}\t{n}\t{c}\n")
    with open(f"{out}/family.tsv", "w", encoding="utf-8") as f:
        f.write("name\tcount\n")
        for n, c in sorted(family.items(), key=lambda x: (-x[1], x[0])):
            if c >= 3 and n not in ("Văn", "Thị", "Y"):
                f.write(f"{n}\t{c}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
