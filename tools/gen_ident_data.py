#!/usr/bin/env python3
"""gen_ident_data.py: generate the identity-number reference data.

Reads the TSV files copied into data/ (provenance in data/README.md) and
writes, from the same rows:

  sql/ext/21_ident_data.sql   INSERTs into the extension's reference tables
  src/ident/provinces.c       the same data embedded in C, so that the C
                              accessors never run SQL (fast and IMMUTABLE)

Run from the repository root:  python3 tools/gen_ident_data.py
The outputs are committed; `python3 tools/gen_ident_data.py --check` fails
when they are out of date.
"""

import csv
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ID_PROVINCES = "data/id_provinces.tsv"
MERGE_2025 = "data/admin_units/province_merge_2025.tsv"
PROVINCES_2025 = "data/admin_units/2025_provinces.tsv"
CMND_PREFIXES = "data/cmnd_prefixes.tsv"

OUT_SQL = "sql/ext/21_ident_data.sql"
OUT_C = "src/ident/provinces.c"

# Short forms worth accepting as a province argument.
NAME_ALIASES = {
    "hue": "046",               # Thừa Thiên Huế, renamed Huế in 2025
    "hcm": "079",               # TP. HCM
    "saigon": "079",
}


def read_tsv(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        for k, v in r.items():
            if v is not None and unicodedata.normalize("NFC", v) != v:
                sys.exit(f"{rel}: value not in NFC: {v!r}")
    return rows


def fold_char(ch):
    """ASCII lower-case letter a Latin letter folds to, or None."""
    if ch in "đĐðÐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    if base.isascii() and base.isalpha():
        return base.lower()
    return None


def fold_key(s):
    """The comparison key of a province name: ASCII letters and digits only.

    Mirrors ident_fold_key() in src/ident/fold.c: marks dropped, đ -> d,
    case folded, everything but letters and digits dropped, and a leading
    "tỉnh", "thành phố" or "tp" word removed.
    """
    words = []
    word = ""
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch):
            continue
        if ch.isascii() and ch.isalnum():
            word += ch.lower()
            continue
        f = fold_char(ch)
        if f:
            word += f
            continue
        if word:
            words.append(word)
        word = ""
    if word:
        words.append(word)
    if words[:2] == ["thanh", "pho"]:
        words = words[2:]
    elif words[:1] in (["tinh"], ["tp"]):
        words = words[1:]
    return "".join(words)


def sql_str(s):
    if s is None:
        return "NULL"
    return "'" + s.replace("'", "''") + "'"


def sql_array(items):
    return "ARRAY[" + ", ".join(sql_str(x) for x in items) + "]::text[]"


def c_str(s):
    if s is None:
        return "NULL"
    out = []
    for b in s.encode("utf-8"):
        if 0x20 <= b < 0x7f and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def load():
    provinces = read_tsv(ID_PROVINCES)
    merge = {r["old_id_code"]: r for r in read_tsv(MERGE_2025)}
    new = {r["gso_code"]: r for r in read_tsv(PROVINCES_2025)}

    if len(provinces) != 63:
        sys.exit(f"{ID_PROVINCES}: expected 63 provinces, found {len(provinces)}")
    by_key = {}
    for p in provinces:
        code = p["code"]
        if len(code) != 3 or not code.isdigit():
            sys.exit(f"bad province code {code!r}")
        if fold_key(p["name_vi"]) != fold_key(p["name_ascii"]):
            sys.exit(f"{code}: ASCII name does not match {p['name_vi']!r}")
        m = merge.get(code)
        if m is None:
            sys.exit(f"{code}: not in {MERGE_2025}")
        n = new.get(m["new_gso_code"])
        if n is None:
            sys.exit(f"{code}: merged into unknown province {m['new_gso_code']}")
        p["gso_code"] = m["old_gso_code"]
        p["merged_into_code"] = n["gso_code"]
        p["merged_into_name_vi"] = n["name_vi"]
        p["merged_into_name_ascii"] = n["name_ascii"]
        key = fold_key(p["name_vi"])
        if key in by_key:
            sys.exit(f"duplicate province key {key}")
        by_key[key] = code
    for alias, code in NAME_ALIASES.items():
        if alias in by_key:
            sys.exit(f"alias {alias} shadows a province name")
        by_key[alias] = code

    prefixes = read_tsv(CMND_PREFIXES)
    for r in prefixes:
        pre = r["prefix"]
        if len(pre) not in (2, 3) or not pre.isdigit():
            sys.exit(f"bad CMND prefix {pre!r}")
        if r["confirmed"] not in ("yes", "no", "partial"):
            sys.exit(f"{pre}: confirmed must be yes, no or partial")
        areas = []
        for name in r["issuing_area"].split(", "):
            key = fold_key(name)
            code = by_key.get(key)
            areas.append((name, code, area_confirmed(r, name)))
        r["areas"] = areas
    return provinces, by_key, prefixes


def area_confirmed(row, name):
    """Whether a source confirmed this area for the prefix.

    Rows marked yes / no hold for every area; for a partial row the note
    names the confirmed areas in a clause ending in "confirmed".
    """
    if row["confirmed"] != "partial":
        return row["confirmed"] == "yes"
    for clause in row["note"].split(";"):
        clause = clause.strip()
        if clause.endswith("confirmed") and "not" not in clause.split():
            if fold_key(name) and name in clause:
                return True
    return False


def gen_sql(provinces, prefixes):
    out = []
    out.append("-- population_rules install script, piece 21: identity-number reference data.")
    out.append("-- GENERATED by tools/gen_ident_data.py from data/ (see data/README.md): do")
    out.append("-- not edit; change the TSV files and run the script.")
    out.append("")
    out.append("INSERT INTO @extschema@.id_provinces")
    out.append("    (code, gso_code, name_vi, name_ascii, merged_into_code,")
    out.append("     merged_into_name_vi, merged_into_name_ascii)")
    out.append("VALUES")
    rows = []
    for p in provinces:
        rows.append("    (%s, %s, %s, %s, %s, %s, %s)" % tuple(sql_str(p[k]) for k in (
            "code", "gso_code", "name_vi", "name_ascii", "merged_into_code",
            "merged_into_name_vi", "merged_into_name_ascii")))
    out.append(",\n".join(rows) + ";")
    out.append("")
    out.append("INSERT INTO @extschema@.cmnd_prefixes (prefix, issuing_area, confirmed, note)")
    out.append("VALUES")
    rows = []
    for r in prefixes:
        rows.append("    (%s, %s, %s, %s)" % (
            sql_str(r["prefix"]), sql_str(r["issuing_area"]),
            sql_str(r["confirmed"]), sql_str(r["note"] or None)))
    out.append(",\n".join(rows) + ";")
    out.append("")
    out.append("INSERT INTO @extschema@.cmnd_prefix_areas (prefix, ord, area, province_code, confirmed)")
    out.append("VALUES")
    rows = []
    for r in prefixes:
        for i, (name, code, conf) in enumerate(r["areas"], 1):
            rows.append("    (%s, %d, %s, %s, %s)" % (
                sql_str(r["prefix"]), i, sql_str(name), sql_str(code),
                "true" if conf else "false"))
    out.append(",\n".join(rows) + ";")
    out.append("")
    return "\n".join(out)


def gen_c(provinces, by_key, prefixes):
    out = []
    out.append("""/*-------------------------------------------------------------------------
 *
 * provinces.c
 *	  GENERATED by tools/gen_ident_data.py from data/ (see data/README.md):
 *	  do not edit.  The 63 province codes of the 12-digit personal id, the
 *	  CMND issuing-area prefixes and the Latin letters that fold to ASCII,
 *	  embedded so that the accessors never run SQL.  The same rows fill the
 *	  reference tables (sql/ext/21_ident_data.sql).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "ident/provinces.h"
""")
    out.append("/* The 63 provinces, in code order. */")
    out.append("const IdentProvince ident_provinces[IDENT_NPROVINCES] = {")
    for p in provinces:
        out.append("\t{%d, %s, %s, %s},"
                   % (int(p["code"]), c_str(p["code"]), c_str(p["name_vi"]),
                      c_str(p["name_ascii"])))
    out.append("};")
    out.append("")
    index = [-1] * 1000
    for i, p in enumerate(provinces):
        index[int(p["code"])] = i
    out.append("/* Code 000-999 -> index into ident_provinces, or -1. */")
    out.append("const int8 ident_province_index[1000] = {")
    for i in range(0, 1000, 20):
        out.append("\t" + ", ".join("%d" % x for x in index[i:i + 20]) + ",")
    out.append("};")
    out.append("")
    keys = sorted(by_key.items())
    out.append("/* Folded province names and aliases (ident_fold_key), sorted. */")
    out.append("const IdentProvinceKey ident_province_keys[IDENT_NPROVINCE_KEYS] = {")
    for k, code in keys:
        out.append("\t{%s, %d}," % (c_str(k), int(code)))
    out.append("};")
    out.append("")
    pre = sorted(prefixes, key=lambda r: (-len(r["prefix"]), r["prefix"]))
    out.append("/* CMND issuing-area prefixes, longest first. */")
    out.append("const IdentCmndPrefix ident_cmnd_prefixes[IDENT_NCMND_PREFIXES] = {")
    for r in pre:
        out.append("\t{%s, %d, %s}," % (c_str(r["prefix"]), len(r["prefix"]),
                                      c_str(r["issuing_area"])))
    out.append("};")
    out.append("")
    folds = []
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        f = fold_char(chr(cp))
        if f:
            folds.append((cp, f))
    out.append("/* Latin letters that fold to an ASCII letter, by code point. */")
    out.append("const IdentFold ident_folds[IDENT_NFOLDS] = {")
    for cp, f in folds:
        out.append("\t{0x%04X, '%s'}," % (cp, f))
    out.append("};")
    out.append("")
    counts = (len(provinces), len(keys), len(pre), len(folds))
    return "\n".join(out), counts


def gen_h(counts):
    return """/*-------------------------------------------------------------------------
 *
 * provinces.h
 *	  GENERATED by tools/gen_ident_data.py: do not edit.  Declarations of
 *	  the reference data embedded in provinces.c.
 *
 *-------------------------------------------------------------------------
 */
#ifndef IDENT_PROVINCES_H
#define IDENT_PROVINCES_H

#define IDENT_NPROVINCES %d
#define IDENT_NPROVINCE_KEYS %d
#define IDENT_NCMND_PREFIXES %d
#define IDENT_NFOLDS %d

typedef struct IdentProvince
{
	int			code;			/* 1 .. 96 */
	const char *code_text;		/* "001" */
	const char *name_vi;		/* NFC, as in Circular 07/2016 */
	const char *name_ascii;
} IdentProvince;

typedef struct IdentProvinceKey
{
	const char *key;			/* ident_fold_key() of a name or alias */
	int			code;
} IdentProvinceKey;

typedef struct IdentCmndPrefix
{
	const char *prefix;			/* 2 or 3 digits */
	int			len;
	const char *issuing_area;
} IdentCmndPrefix;

typedef struct IdentFold
{
	int32		codepoint;
	char		ascii;			/* lower-case ASCII letter */
} IdentFold;

extern const IdentProvince ident_provinces[IDENT_NPROVINCES];
extern const int8 ident_province_index[1000];
extern const IdentProvinceKey ident_province_keys[IDENT_NPROVINCE_KEYS];
extern const IdentCmndPrefix ident_cmnd_prefixes[IDENT_NCMND_PREFIXES];
extern const IdentFold ident_folds[IDENT_NFOLDS];

#endif							/* IDENT_PROVINCES_H */
""" % counts


def main():
    provinces, by_key, prefixes = load()
    c_text, counts = gen_c(provinces, by_key, prefixes)
    outputs = {
        OUT_SQL: gen_sql(provinces, prefixes),
        OUT_C: c_text,
        "src/ident/provinces.h": gen_h(counts),
    }
    check = "--check" in sys.argv[1:]
    stale = []
    for rel, text in outputs.items():
        path = os.path.join(ROOT, rel)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(rel)
            except FileNotFoundError:
                stale.append(rel)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    if stale:
        sys.exit("out of date: " + ", ".join(stale))


if __name__ == "__main__":
    main()
