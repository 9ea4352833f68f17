#!/usr/bin/env python3
"""Generate src/vntext/legacy_tables.c and .h from data/encodings/*.tsv.

The legacy-encoding repair (src/vntext/legacy.c) turns mojibake back into
Vietnamese: each character of a token is mapped back to the byte it was read
from (Windows-1252, Windows-1250, ISO-8859-2 or MacRoman) and the bytes are
decoded again (as UTF-8, TCVN3 or VNI-Windows); VIQR is decoded from the
characters themselves.  This script turns the reference tables into C arrays
so that the build needs no Python.  Run it from the repository root:

    python3 tools/gen_legacy_tables.py [--refresh-frequencies]

(--refresh-frequencies first recounts data/name_syllables.tsv from
test/data/names-uit-forum.tsv) and commit its output together with any change to data/encodings/.
"""

import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "encodings")
NAMES = os.path.join(ROOT, "test", "data", "names-uit-forum.tsv")
FREQ = os.path.join(ROOT, "data", "name_syllables.tsv")
OUT_C = os.path.join(ROOT, "src", "vntext", "legacy_tables.c")
OUT_H = os.path.join(ROOT, "src", "vntext", "legacy_tables.h")

# Single-byte code pages a UTF-8, TCVN3 or VNI byte string may have been read
# as: C identifier, data file.
SBCS = [
    ("cp1252", "windows-1252.tsv"),
    ("cp1250", "windows-1250.tsv"),
    ("latin2", "iso-8859-2.tsv"),
    ("macroman", "macintosh.tsv"),
]

# Code pages whose readers commonly pass undefined bytes 0x80-0x9F through
# as the C1 control of the same value (ISO-8859 readers, Windows best fit):
# the reverse map accepts U+0080-U+009F for them as well.
C1_PASSTHROUGH = {"cp1252", "cp1250", "latin2"}


def read_tsv(name):
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    return [dict(zip(header, r)) for r in body if r]


def cp(text):
    if not text.startswith("U+"):
        sys.exit("bad code point %r" % text)
    return int(text[2:], 16)


def byte(text):
    value = int(text, 16)
    if not 0 <= value <= 0xFF:
        sys.exit("bad byte %r" % text)
    return value


def sbcs_tables(out):
    """Forward (high half) and sorted reverse maps of each single-byte page."""
    for ident, fname in SBCS:
        fwd = [0] * 128
        for r in read_tsv(fname):
            b = byte(r["byte"])
            if b < 0x80:
                sys.exit("%s: only the high half is listed" % fname)
            fwd[b - 0x80] = cp(r["codepoint"])
        rev = {}
        for i, u in enumerate(fwd):
            if u:
                if u in rev:
                    sys.exit("%s: U+%04X listed twice" % (fname, u))
                rev[u] = 0x80 + i
        if ident in C1_PASSTHROUGH:
            for u in range(0x80, 0xA0):
                rev.setdefault(u, u)
        out.append("/* %s, from data/encodings/%s */" % (ident, fname))
        out.append("static const UChar32 %s_high[128] = {" % ident)
        for i in range(0, 128, 8):
            out.append("\t" + ", ".join("0x%04X" % u for u in fwd[i:i + 8]) + ",")
        out.append("};")
        out.append("static const vn_cp_byte %s_rev[] = {" % ident)
        for u in sorted(rev):
            out.append("\t{0x%04X, 0x%02X}," % (u, rev[u]))
        out.append("};")
        out.append("const vn_sbcs vn_sbcs_%s = {\"%s\", %s_high, %s_rev, %d};"
                   % (ident, ident, ident, ident, len(rev)))
        out.append("")


def tcvn3_table(out):
    fwd = [0] * 128
    n = 0
    for r in read_tsv("tcvn3.tsv"):
        b = byte(r["byte"])
        if b < 0x80:
            sys.exit("tcvn3.tsv: unexpected ASCII byte")
        fwd[b - 0x80] = cp(r["codepoint"])
        n += 1
    out.append("/* TCVN3 (ABC, .VnTime) bytes 0x80-0xFF, from data/encodings/tcvn3.tsv (%d codes) */" % n)
    out.append("const UChar32 vn_tcvn3_high[128] = {")
    for i in range(0, 128, 8):
        out.append("\t" + ", ".join("0x%04X" % u for u in fwd[i:i + 8]) + ",")
    out.append("};")
    out.append("")


def vni_tables(out):
    single = [0] * 128
    pairs = []
    for r in read_tsv("vni-windows.tsv"):
        bs = [byte(x) for x in r["bytes"].split()]
        u = cp(r["codepoint"])
        if len(bs) == 1:
            if bs[0] < 0x80:
                sys.exit("vni-windows.tsv: unexpected ASCII single")
            single[bs[0] - 0x80] = u
        elif len(bs) == 2:
            pairs.append(((bs[0] << 8) | bs[1], u))
        else:
            sys.exit("vni-windows.tsv: sequence longer than two bytes")
    pairs.sort()
    out.append("/* VNI-Windows, from data/encodings/vni-windows.tsv */")
    out.append("const UChar32 vn_vni_single[128] = {")
    for i in range(0, 128, 8):
        out.append("\t" + ", ".join("0x%04X" % u for u in single[i:i + 8]) + ",")
    out.append("};")
    out.append("const vn_byte_pair vn_vni_pairs[] = {")
    for key, u in pairs:
        out.append("\t{0x%04X, 0x%04X}," % (key, u))
    out.append("};")
    out.append("const int vn_vni_npairs = %d;" % len(pairs))
    out.append("")


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def viqr_table(out):
    seqs = []
    for r in read_tsv("viqr.tsv"):
        s = r["viqr"]
        if not 2 <= len(s) <= 3 or not s.isascii():
            sys.exit("viqr.tsv: bad sequence %r" % s)
        seqs.append((s, cp(r["codepoint"])))
    seqs.sort(key=lambda x: x[0].encode("ascii"))
    out.append("/* VIQR (RFC 1456), from data/encodings/viqr.tsv, sorted bytewise */")
    out.append("const vn_viqr_seq vn_viqr_seqs[] = {")
    for s, u in seqs:
        out.append("\t{%s, 0x%04X}," % (c_string(s), u))
    out.append("};")
    out.append("const int vn_viqr_nseqs = %d;" % len(seqs))
    out.append("")


def vietnamese_letters():
    """The lower-case letters of the Vietnamese alphabet, NFC."""
    import unicodedata
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    for v in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
            letters.add(unicodedata.normalize("NFC", v + tone))
    return letters


def refresh_frequencies():
    """Count the syllables of the clean names of the UIT forum list.

    A name counts when every character, once NFC and lower case, is a letter
    of the Vietnamese alphabet or a space (so mojibake names are left out).
    The counts say which of two readings of an ambiguous token is the more
    usual in names: Hoàng (792) rather than Hồng (145), Nghĩa (69) rather
    than Nghóa (1).  Besides the total, how often the syllable is the
    family name (first word), in the middle, or the given name (last word)
    of a name of two words or more: Hoàng is a family name 222 times, Hồng
    5 times; in the middle they stand at 438 and 132.
    """
    import collections
    import unicodedata
    letters = vietnamese_letters()
    counts = collections.Counter()
    at = {p: collections.Counter() for p in ("family", "middle", "given")}
    with open(NAMES, encoding="utf-8") as f:
        next(f)
        for line in f:
            name = unicodedata.normalize("NFC", line.split("\t")[0]).lower()
            if all(c in letters or c == " " for c in name):
                words = name.split()
                counts.update(words)
                if len(words) >= 2:
                    at["family"][words[0]] += 1
                    at["middle"].update(words[1:-1])
                    at["given"][words[-1]] += 1
    with open(FREQ, "w", encoding="utf-8") as f:
        f.write("syllable\tcount\tfamily\tmiddle\tgiven\n")
        for syl in sorted(counts, key=lambda s: s.encode("utf-8")):
            f.write("%s\t%d\t%d\t%d\t%d\n" % (syl, counts[syl], at["family"][syl],
                                             at["middle"][syl], at["given"][syl]))


def freq_table(out):
    rows = read_tsv(os.path.join("..", "name_syllables.tsv"))
    rows.sort(key=lambda r: r["syllable"].encode("utf-8"))
    out.append("/* Syllable counts in real names (total, as family, middle, given name),")
    out.append(" * from data/name_syllables.tsv, sorted bytewise */")
    out.append("const vn_syllable_freq vn_name_syllables[] = {")
    for r in rows:
        out.append("\t{%s, %d, %d, %d, %d}," % (c_string(r["syllable"]), int(r["count"]),
                                             int(r["family"]), int(r["middle"]),
                                             int(r["given"])))
    out.append("};")
    out.append("const int vn_name_nsyllables = %d;" % len(rows))
    out.append("")


HEADER = """/*-------------------------------------------------------------------------
 *
 * legacy_tables.h
 *	  Decoding tables of the legacy-encoding repair (legacy.c).
 *
 * GENERATED by tools/gen_legacy_tables.py from the tables in data/encodings/: do not
 * edit by hand.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VN_LEGACY_TABLES_H
#define VN_LEGACY_TABLES_H

#include <stdint.h>

#include <unicode/utypes.h>

/* One entry of a reverse (Unicode -> byte) map, sorted by code point. */
typedef struct vn_cp_byte
{
	UChar32		cp;
	uint8_t		byte;
} vn_cp_byte;

/* A single-byte code page: bytes 0x00-0x7F are ASCII. */
typedef struct vn_sbcs
{
	const char *name;
	const UChar32 *high;		/* bytes 0x80-0xFF; 0 = undefined */
	const vn_cp_byte *rev;		/* sorted by cp; includes C1 pass-through */
	int			nrev;
} vn_sbcs;

/* A two-byte VNI sequence (first << 8 | second) and its letter. */
typedef struct vn_byte_pair
{
	uint16_t	bytes;
	UChar32		cp;
} vn_byte_pair;

/* A VIQR sequence (2 or 3 ASCII characters) and its letter. */
typedef struct vn_viqr_seq
{
	const char *seq;
	UChar32		cp;
} vn_viqr_seq;

extern const vn_sbcs vn_sbcs_cp1252;
extern const vn_sbcs vn_sbcs_cp1250;
extern const vn_sbcs vn_sbcs_latin2;
extern const vn_sbcs vn_sbcs_macroman;

extern const UChar32 vn_tcvn3_high[128];

extern const UChar32 vn_vni_single[128];
extern const vn_byte_pair vn_vni_pairs[];
extern const int vn_vni_npairs;

extern const vn_viqr_seq vn_viqr_seqs[];
extern const int vn_viqr_nseqs;

/*
 * How often a syllable (lower case, NFC, UTF-8) occurs in real names: in
 * all, and as the family name (first word), a middle word or the given
 * name (last word) of a name of two words or more.
 */
typedef struct vn_syllable_freq
{
	const char *syllable;
	int			count;
	int			family;
	int			middle;
	int			given;
} vn_syllable_freq;

extern const vn_syllable_freq vn_name_syllables[];
extern const int vn_name_nsyllables;

#endif							/* VN_LEGACY_TABLES_H */
"""


def main():
    if "--refresh-frequencies" in sys.argv[1:]:
        refresh_frequencies()
    out = [
        "/*-------------------------------------------------------------------------",
        " *",
        " * legacy_tables.c",
        " *\t  Decoding tables of the legacy-encoding repair (legacy.c).",
        " *",
        " * GENERATED by tools/gen_legacy_tables.py from the tables in data/encodings/: do not",
        " * edit by hand.  Provenance of the data: data/README.md.",
        " *",
        " *-------------------------------------------------------------------------",
        " */",
        '#include "legacy_tables.h"',
        "",
    ]
    sbcs_tables(out)
    tcvn3_table(out)
    vni_tables(out)
    viqr_table(out)
    freq_table(out)
    with open(OUT_C, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    with open(OUT_H, "w", encoding="utf-8") as f:
        f.write(HEADER)


if __name__ == "__main__":
    main()
