#!/usr/bin/env python3
"""docs_results.py: run the SQL examples of a documentation page and check
the results the page shows for them (test/scripts/docs_examples.sh), or
print one of them.  The one home of finding a page's examples and of
comparing what they show with what psql prints.

    python3 test/docs_results.py PAGE DATABASE [PREFIX [FIRST_LINE ...]]
    python3 test/docs_results.py --script PAGE DATABASE PREFIX FIRST_LINE [OUTPUT]
    python3 test/docs_results.py --block PAGE FIRST_LINE

Every ```sql block of PAGE is cut into statements; each runs with psql in
DATABASE, after PREFIX (such as a SET search_path) and the block's SET
statements before it, in the same session.  Given FIRST_LINEs, only the
blocks whose first line begins with one of them run, and each must be
found.  What the page shows for a statement, in the comments written
after it, is compared with what psql prints:

  - comment lines after the statement starting with ERROR: or WARNING:
    (with their DETAIL: and HINT:, a line indented past the label joined
    to the one before): the error or warning, word for word; a text
    ending in "\u2026" or "..." is compared as far as it goes;
  - other comment lines after it, up to a blank line: the rows, as psql
    prints them (a table with its header, or one value a line); spaces are
    squeezed and the table's rule line is not compared; a row "..." stands
    for rows left out, and a row ending in "..." is compared as far as it
    goes;
  - else, the comments at the end of a SELECT's lines (not a SELECT *):
    the values of its one row, in order (words in parentheses after a
    value explain it and are not compared; NULL is an empty value).

Rows shown without a header are compared with psql's unaligned output,
"a | b" as "a|b".

A statement that shows nothing must run without error.  A block whose
first line is "-- PostgreSQL N and later" is skipped, visibly, on an
older server.  Prints one "ok: " or "FAILED: " line per statement; exits 1
if any failed.

--script runs the block beginning with FIRST_LINE whole, as one psql
script after PREFIX (going on after an error, as a reader pasting it
would: a transaction may span its statements), and compares every error
and warning the block shows, in order, with those psql printed; psql's
output (unaligned, tuples only) goes to OUTPUT for the caller's own
checks.  --block prints the block beginning with FIRST_LINE (nothing when
there is none).
"""
import re
import subprocess
import sys

LABEL = re.compile(r"^(ERROR|WARNING|DETAIL|HINT|NOTICE):\s")


def blocks(page):
    """The ```sql blocks of a page, each a list of (line number, text)."""
    out, cur = [], None
    for no, line in enumerate(open(page, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line == "```sql":
            cur = []
        elif line.startswith("```") and cur is not None:
            out.append(cur)
            cur = None
        elif cur is not None:
            cur.append((no, line))
    return out


def split_comment(line):
    """A line's SQL and its trailing comment (None when it has none); a
    "--" inside a string literal is not a comment."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == "'":
            quoted = not quoted
        elif not quoted and line.startswith("--", i):
            return line[:i].rstrip(), line[i + 2:].strip()
    return line.rstrip(), None


def statements(block):
    """The statements of a block: (line number, SQL, inline comments,
    comment lines shown after it)."""
    out, sql, inline, first = [], [], [], None
    shows = False               # comment lines now show the last statement's result
    for no, line in block:
        if not line.strip():
            shows = False       # a blank line ends what a statement shows
            continue
        if line.startswith("--") and not sql:
            if shows:
                out[-1][3].append(line[2:])
            continue
        code, comment = split_comment(line)
        if not code:
            continue
        first = first or no
        sql.append(code)
        if comment is not None:
            inline.append(comment)
        if code.endswith(";"):
            out.append((first, "\n".join(sql), inline, []))
            sql, inline, first = [], [], None
            shows = True
    return out


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def shown_messages(lines):
    """The messages among the comment lines shown after a statement: each
    from a line starting with a label, the lines after it up to the next
    label joined to it (a message of several lines, as psql prints it)."""
    out = []
    for line in lines:
        if LABEL.match(line.strip()):
            out.append(line.strip())
        elif out:
            out[-1] += " " + line.strip()
    return [squeeze(m) for m in out]


def printed_messages(lines):
    """The errors and warnings among the lines psql wrote to stderr, each
    with its detail and hint (a notice's are not kept), a message's own
    further lines joined to it."""
    out, inside = [], False
    for line in lines:
        if re.match(r"^(ERROR|WARNING):", line):
            out.append(line)
            inside = True
        elif LABEL.match(line):
            if inside and re.match(r"^(DETAIL|HINT):", line):
                out.append(line)
            else:
                inside = False
        elif inside:
            out[-1] += " " + line.strip()
    return [squeeze(m) for m in out]


def same_messages(want, got):
    return len(got) == len(want) and all(same_message(w, g) for w, g in zip(want, got))


def same_rows(want, got):
    """The rows shown against the rows printed: a row "..." (or "\u2026")
    stands for the rows left out after it, a row ending so is compared as
    far as it goes."""
    for i, w in enumerate(want):
        if w in ("...", "\u2026"):
            return len(got) >= i
        if i >= len(got) or not same_message(w, got[i]):
            return False
    return len(got) == len(want)


def same_message(shown, got):
    for cut in ("\u2026", "..."):
        if shown.endswith(cut):
            return got.startswith(shown[:-len(cut)].rstrip())
    return shown == got


def psql(db, before, aligned=False, script=None):
    """Run the statements before (one session), then script on psql's
    standard input, going on after an error, if given: its output and
    the lines psql wrote to stderr, without psql's "psql:FILE:LINE: "."""
    args = ["psql", "-X", "-q", "-v", "VERBOSITY=default", "-P", "footer=off", "-d", db,
            "-v", "ON_ERROR_STOP=%d" % (script is None)]
    if not aligned:
        args += ["-A", "-t"]
    for b in before:
        args += ["-c", b]
    if script is not None:
        args += ["-f", "-"]
    p = subprocess.run(args, input=script, capture_output=True, text=True)
    errors = [re.sub(r"^psql:[^:]*:\d+: ", "", l) for l in p.stderr.splitlines()]
    if p.returncode == 2:           # no connection: nothing ran
        errors.append("ERROR:  psql exited with status %d" % p.returncode)
    return p.stdout, [l for l in errors if l.strip()]


def run(db, before, sql, aligned):
    """Run sql after the statements before (one session, stopping at an
    error): its output and the lines psql wrote to stderr."""
    return psql(db, before + [sql], aligned)


def server_major(db):
    out = subprocess.run(["psql", "-X", "-At", "-d", db, "-c", "SHOW server_version_num"],
                         capture_output=True, text=True, check=True).stdout
    return int(out.strip()) // 10000


def inline_value(comment):
    value = re.sub(r"\s+\(.*\)$", "", comment)
    return "" if value == "NULL" else value


RULE = re.compile(r"^\s*-+(\+-+)*\s*$")   # a table's rule line


def compare_messages(db, before, sql, shown):
    """The errors and warnings shown against those psql printed."""
    out, err = run(db, before, sql, False)
    got, want = printed_messages(err), shown_messages(shown)
    return same_messages(want, got), "\n".join(want), "\n".join(got)


def compare_rows(db, before, sql, shown):
    """The rows shown (a table with its header and rule line, or rows
    alone) against those psql printed."""
    table = len(shown) > 1 and RULE.match(shown[1])
    out, err = run(db, before, sql, bool(table))
    want = [squeeze(l) for l in shown if not RULE.match(l)]
    if not table:
        want = [re.sub(r"\s*\|\s*", "|", w) for w in want]
    got = [squeeze(l) for l in out.rstrip("\n").splitlines() if not RULE.match(l)]
    return not err and same_rows(want, got), "\n".join(want), "\n".join(got + err)


def compare_values(db, before, sql, inline):
    """The values written at the end of a SELECT's lines against its row."""
    out, err = run(db, before, sql, False)
    want = "|".join(inline_value(c) for c in inline)
    return not err and out.strip() == want, want, "\n".join([out.strip()] + err)


def compare_nothing(db, before, sql):
    """A statement that shows nothing: it runs without error."""
    out, err = run(db, before, sql, False)
    return not err, "no error", "\n".join(err) or "no error"


def compare(db, before, sql, inline, shown):
    """What a statement shows, against what it does: (ok, expected, got)."""
    if any(LABEL.match(l.strip()) for l in shown):
        return compare_messages(db, before, sql, shown)
    if shown:
        return compare_rows(db, before, sql, shown)
    if inline and re.match(r"^\s*SELECT\b", sql, re.I) and not re.match(r"^\s*SELECT \*", sql, re.I):
        return compare_values(db, before, sql, inline)
    return compare_nothing(db, before, sql)


def chosen_blocks(page, firsts):
    """The page's blocks, or those beginning with one of firsts; a first
    line that begins no block is reported."""
    chosen = blocks(page)
    missing = []
    if firsts:
        chosen = [b for b in chosen if b and any(b[0][1].startswith(f) for f in firsts)]
        missing = [f for f in firsts if not any(b[0][1].startswith(f) for b in chosen)]
    return chosen, missing


def check(page, db, prefix, firsts):
    failed = 0
    major = server_major(db)
    chosen, missing = chosen_blocks(page, firsts)
    for f in missing:
        print("FAILED: %s: no sql block begins with [%s]" % (page, f))
        failed = 1
    for block in chosen:
        since = re.match(r"^-- PostgreSQL (\d+) and later$", block[0][1]) if block else None
        if since and major < int(since.group(1)):
            print("ok: %s:%d skipped: for PostgreSQL %s and later, the server is %d"
                  % (page, block[0][0], since.group(1), major))
            continue
        # the prefix, then the block's SET statements so far, run before
        # each of its statements
        before = [prefix] if prefix else []
        for no, sql, inline, shown in statements(block):
            ok, expected, got = compare(db, before, sql, inline, shown)
            if re.match(r"^\s*SET\b", sql, re.I):
                before.append(sql)
            if ok:
                print("ok: %s:%d as shown" % (page, no))
            else:
                print("FAILED: %s:%d as shown: expected [%s], got [%s]" % (page, no, expected, got))
                failed = 1
    return failed


def check_script(page, db, prefix, first, output=None):
    """--script: the block beginning with first, run whole; its messages
    against those shown anywhere in it."""
    chosen, missing = chosen_blocks(page, [first])
    if missing:
        print("FAILED: %s: no sql block begins with [%s]" % (page, first))
        return 1
    block = chosen[0]
    out, err = psql(db, [prefix] if prefix else [], script="\n".join(l for _, l in block) + "\n")
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(out)
    want = [m for _, _, _, shown in statements(block) for m in shown_messages(shown)]
    got = printed_messages(err)
    if same_messages(want, got):
        print("ok: %s:%d run whole, its messages as shown" % (page, block[0][0]))
        return 0
    print("FAILED: %s:%d run whole, its messages as shown: expected [%s], got [%s]"
          % (page, block[0][0], "\n".join(want), "\n".join(got)))
    return 1


def print_block(page, first):
    """--block: the text of the block beginning with first."""
    chosen, missing = chosen_blocks(page, [first])
    for _, line in (chosen[0] if chosen else []):
        print(line)
    return 0


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["--block"] and len(a) == 3:
        sys.exit(print_block(a[1], a[2]))
    if a[:1] == ["--script"] and len(a) in (5, 6):
        sys.exit(check_script(*a[1:]))
    if len(a) < 2 or a[0].startswith("--"):
        sys.exit(__doc__)
    sys.exit(check(a[0], a[1], a[2] if len(a) > 2 else None, a[3:]))
