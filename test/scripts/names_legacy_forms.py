#!/usr/bin/env python3
"""Legacy forms of the real names, for test/scripts/names_legacy_rates.sh.

Reads test/data/names-uit-forum.tsv and keeps its clean names: already NFC,
every character a letter of the Vietnamese alphabet or a space.  Writes to
standard output one tab-separated row per (name, encoding):

    encoding  original  legacy_form  expected_repair

for the encodings tcvn3, vni, viqr, cp1252 and cp1250 (UTF-8 read as
Windows-1252 / Windows-1250), and one row "clean  name  name  name" per clean
name (repair must leave it as it is).  The names of the communes of
data/admin_units/pre2025_communes.tsv (Vietnamese and minority-language
place names: Lấp Vò, Ea Kao, Krông Búk) come as "clean_place" rows.

The encoders are written here from the published layouts, independently of
the decoding tables in data/encodings/ that the C code is generated from, so
that a wrong table there shows up as a failed repair.  UTF-8 bytes a code
page does not define pass through as the C1 control of the same value, as
ISO-8859 readers and Windows' best-fit conversion leave them.

expected_repair is the original, except in TCVN3: the bytes of a .VnTime
text cannot tell a toned capital from the small letter (the capitals were a
separate font with the same codes), so a toned capital other than the seven
with codes of their own comes back small, unless every ASCII letter of its
token is a capital (then the whole token is upper case: NGUYÔN).
"""

import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NAMES = os.path.join(ROOT, "test", "data", "names-uit-forum.tsv")
PLACES = os.path.join(ROOT, "data", "admin_units", "pre2025_communes.tsv")

TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # -, sắc, huyền, hỏi, ngã, nặng
VOWELS = "aăâeêioôơuưy"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def letters():
    out = set("abcdefghijklmnopqrstuvwxyzđ")
    for v in VOWELS:
        for t in TONES:
            out.add(nfc(v + t))
    return out | {c.upper() for c in out}


def split(ch):
    """A Vietnamese letter as (lower base vowel with shape, tone index, upper)."""
    upper = ch != ch.lower()
    d = unicodedata.normalize("NFD", ch.lower())
    tone = 0
    for i, t in enumerate(TONES[1:], 1):
        if t in d:
            tone = i
            d = d.replace(t, "")
    return nfc(d), tone, upper


# TCVN3 (TCVN 5712:1993 VN3, the "ABC" .VnTime fonts): small letters per
# shaped vowel, in tone order none, sắc, huyền, hỏi, ngã, nặng.
TCVN3_VOWELS = {
    "a": [None, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9],
    "ă": [0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6],
    "â": [0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB],
    "e": [None, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1],
    "ê": [0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6],
    "i": [None, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE],
    "o": [None, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4],
    "ô": [0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9],
    "ơ": [0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE],
    "u": [None, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4],
    "ư": [0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9],
    "y": [None, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE],
}
TCVN3_CAPITALS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5,
                  "Ư": 0xA6, "Đ": 0xA7}


def tcvn3_token(tok):
    out = bytearray()
    expected = []
    for ch in tok:
        if ch.isascii():
            out.append(ord(ch))
            expected.append(ch)
        elif ch in TCVN3_CAPITALS:
            out.append(TCVN3_CAPITALS[ch])
            expected.append(ch)
        elif ch.lower() == "đ":
            out.append(0xAE)
            expected.append("đ")
        else:
            base, tone, _ = split(ch)
            out.append(TCVN3_VOWELS[base][tone])
            expected.append(ch.lower())
    exp = "".join(expected)
    ascii_letters = [c for c in tok if c.isascii() and c.isalpha()]
    if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
        exp = exp.upper()
    return bytes(out), exp


# VNI-Windows: the base letter, then a mark byte (small after a small
# letter, capital after a capital); i, y with nặng, đ, ơ and ư have single
# bytes.
VNI_TONE = {False: [None, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF],
            True: [None, 0xD9, 0xD8, 0xDB, 0xD5, 0xCF]}
VNI_CIRC = {False: [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4],
            True: [0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4]}
VNI_BREVE = {False: [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB],
             True: [0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB]}
VNI_I = {False: [0x69, 0xED, 0xEC, 0xE6, 0xF3, 0xF2],
         True: [0x49, 0xCD, 0xCC, 0xC6, 0xD3, 0xD2]}


def vni_token(tok):
    out = bytearray()
    for ch in tok:
        if ch.isascii():
            out.append(ord(ch))
            continue
        if ch.lower() == "đ":
            out.append(0xD1 if ch == "Đ" else 0xF1)
            continue
        base, tone, up = split(ch)
        if base == "i":
            out.append(VNI_I[up][tone])
            continue
        if base == "y" and tone == 5:
            out.append(0xCE if up else 0xEE)
            continue
        if base in ("ơ", "ư"):
            out.append({"ơ": 0xD4, "ư": 0xD6}[base] if up else {"ơ": 0xF4, "ư": 0xF6}[base])
            if tone:
                out.append(VNI_TONE[up][tone])
            continue
        letter = {"ă": "a", "â": "a", "ê": "e", "ô": "o"}.get(base, base)
        out.append(ord(letter.upper() if up else letter))
        if base in ("â", "ê", "ô"):
            out.append(VNI_CIRC[up][tone])
        elif base == "ă":
            out.append(VNI_BREVE[up][tone])
        elif tone:
            out.append(VNI_TONE[up][tone])
    return bytes(out)


# VIQR (RFC 1456): letter, shape mark ( ^ +, tone mark ' ` ? ~ . ; dd = đ.
VIQR_SHAPE = {"ă": "a(", "â": "a^", "ê": "e^", "ô": "o^", "ơ": "o+", "ư": "u+"}
VIQR_TONE = ["", "'", "`", "?", "~", "."]


def viqr_token(tok):
    out = []
    for ch in tok:
        if ch.isascii():
            out.append(ch)
        elif ch.lower() == "đ":
            out.append("DD" if ch == "Đ" else "dd")
        else:
            base, tone, up = split(ch)
            s = VIQR_SHAPE.get(base, base) + VIQR_TONE[tone]
            out.append(s[0].upper() + s[1:] if up else s)
    return "".join(out)


def read_as(data, codec):
    """Bytes shown by a single-byte code page, undefined bytes as C1."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in data)


def forms(name):
    toks = name.split(" ")
    tcvn = [tcvn3_token(t) for t in toks]
    yield "tcvn3", " ".join(read_as(b, "cp1252") for b, _ in tcvn), " ".join(e for _, e in tcvn)
    yield "vni", " ".join(read_as(vni_token(t), "cp1252") for t in toks), name
    yield "viqr", " ".join(viqr_token(t) for t in toks), name
    yield "cp1252", read_as(name.encode("utf-8"), "cp1252"), name
    yield "cp1250", read_as(name.encode("utf-8"), "cp1250"), name


def main():
    ok = letters()
    with open(NAMES, encoding="utf-8") as f:
        next(f)
        for line in f:
            name = line.rstrip("\n").split("\t")[0]
            if not name or name != nfc(name) or name != " ".join(name.split()):
                continue
            if not all(c in ok or c == " " for c in name):
                continue
            print("clean\t%s\t%s\t%s" % (name, name, name))
            for enc, legacy, expected in forms(name):
                if "\t" in legacy or "\n" in legacy or "\\" in legacy:
                    sys.exit("unexpected character in %r" % legacy)
                print("%s\t%s\t%s\t%s" % (enc, name, legacy, expected))
    with open(PLACES, encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        col = header.index("name_vi")
        places = {line.rstrip("\n").split("\t")[col] for line in f}
    for place in sorted(places):
        if place and "\\" not in place:
            print("clean_place\t%s\t%s\t%s" % (place, place, place))


if __name__ == "__main__":
    main()
