#!/usr/bin/env python3
"""po.py: the message catalog of population_rules.

    po.py extract POT        write the template: every translatable text of
                             the C code (xgettext) and of the SQL pieces
    po.py update LANG...     extract into po/population_rules.pot and merge
                             it into po/LANG.po (make update-po)
    po.py check LANG...      fail unless every text is translated, not fuzzy,
                             with the placeholders of its English text, and
                             unless the sources keep to the conventions below
                             (make test)

Conventions checked:
- C: every file that reports (ereport, elog, errsave) or uses _() includes
  "nls.h", which puts it in the module's text domain.
- C: every ereport(ERROR, ...) and errsave(...) has an errdetail and an
  errhint (a wrapper macro passing __VA_ARGS__ is left to its callers).
- SQL: every RAISE in sql/ext/ and sql/sample/ passes its message as USING MESSAGE = ...
  (a literal RAISE template cannot be translated), and no DETAIL, HINT or
  MESSAGE is a bare string literal: texts go through
  @extschema@.gettext('...'), which is what the SQL extraction reads;
  every RAISE EXCEPTION has a DETAIL and a HINT.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The product's sources and those of its companion extension
# population_rules_sample (src/sample/, sql/sample/), whose texts are in the
# product's domain: one catalog for both.
C_FILES = sorted(glob.glob('src/*.c') + glob.glob('src/ident/*.c') +
                 glob.glob('src/rules/*.c') + glob.glob('src/sample/*.c'))
SQL_FILES = sorted(glob.glob('sql/ext/*.sql') + glob.glob('sql/sample/*.sql'))
POT = 'po/population_rules.pot'

# The keywords and format flags of PostgreSQL's backend (nls-global.mk),
# and the module's own _() and _n() (src/nls.h).
C_KEYWORDS = ['_', '_n:1,2', 'errmsg', 'errmsg_plural:1,2', 'errdetail',
              'errdetail_plural:1,2', 'errdetail_log', 'errhint', 'errcontext']
C_FLAGS = ['_:1:pass-c-format', '_n:1:pass-c-format', '_n:2:pass-c-format',
           'errmsg:1:c-format', 'errmsg_plural:1:c-format',
           'errmsg_plural:2:c-format', 'errdetail:1:c-format',
           'errdetail_plural:1:c-format', 'errdetail_plural:2:c-format',
           'errdetail_log:1:c-format', 'errhint:1:c-format',
           'errcontext:1:c-format']

SQL_LITERAL = r"'(?:[^']|'')*'"
SQL_GETTEXT = re.compile(r"gettext\((" + SQL_LITERAL + r")\)")
SQL_PLACEHOLDER = re.compile(r"%(?:(\d+)\$)?(-?\d*)([sIL%])")


def po_quote(s):
    """A C string literal of po files, split at newlines."""
    s = s.replace('\\', '\\\\').replace('"', '\\"').replace('\t', '\\t')
    return '"' + s.replace('\n', '\\n') + '"'


def sql_messages():
    """(msgid, [file:line]) of every gettext('...') of the SQL pieces."""
    found = {}
    for path in SQL_FILES:
        text = open(os.path.join(ROOT, path), encoding='utf-8').read()
        for m in SQL_GETTEXT.finditer(text):
            msgid = m.group(1)[1:-1].replace("''", "'")
            line = text.count('\n', 0, m.start()) + 1
            found.setdefault(msgid, []).append('%s:%d' % (path, line))
    return found


def write_sql_pot(path):
    with open(path, 'w', encoding='utf-8') as out:
        out.write('msgid ""\nmsgstr ""\n'
                  '"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for msgid, refs in sorted(sql_messages().items(),
                                  key=lambda kv: kv[1][0]):
            out.write('#: %s\n' % ' '.join(refs))
            if '%' in msgid:
                # format() templates: %s, %I, %L are not C formats
                out.write('#, no-c-format\n')
            out.write('msgid %s\nmsgstr ""\n\n' % po_quote(msgid))


def extract(pot):
    """Write the template of every translatable text to pot."""
    with tempfile.TemporaryDirectory() as tmp:
        c_pot = os.path.join(tmp, 'c.pot')
        sql_pot = os.path.join(tmp, 'sql.pot')
        cmd = ['xgettext', '--language=C', '--from-code=UTF-8',
               '--add-comments=translator', '--sort-by-file', '-o', c_pot,
               '--package-name=population_rules', '-k']
        cmd += ['--keyword=' + k for k in C_KEYWORDS]
        cmd += ['--flag=' + f for f in C_FLAGS]
        subprocess.run(cmd + C_FILES, cwd=ROOT, check=True)
        write_sql_pot(sql_pot)
        subprocess.run(['msgcat', '--use-first', '-o', pot, c_pot, sql_pot],
                       cwd=ROOT, check=True)


def po_entries(path):
    """Entries of a po file: dicts of msgid, msgstr (list), flags, refs."""
    entries = []
    cur = None
    field = None

    def unq(s):
        s = s.strip()[1:-1]
        return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(
            m.group(1), m.group(1)), s)

    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if line.startswith('#~'):
            continue
        if not line.strip():
            if cur:
                entries.append(cur)
            cur = None
            continue
        if cur is None:
            cur = {'msgid': '', 'plural': None, 'msgstr': {}, 'flags': set(),
                   'refs': ''}
        if line.startswith('#,'):
            cur['flags'] |= {f.strip() for f in line[2:].split(',')}
        elif line.startswith('#:'):
            cur['refs'] += line[2:]
        elif line.startswith('#'):
            continue
        elif line.startswith('msgid_plural '):
            field = 'plural'
            cur['plural'] = unq(line[13:])
        elif line.startswith('msgid '):
            field = 'msgid'
            cur['msgid'] = unq(line[6:])
        elif line.startswith('msgstr'):
            m = re.match(r'msgstr(?:\[(\d+)\])? (.*)', line)
            field = int(m.group(1) or 0)
            cur['msgstr'][field] = unq(m.group(2))
        elif line.startswith('"'):
            if field == 'msgid':
                cur['msgid'] += unq(line)
            elif field == 'plural':
                cur['plural'] += unq(line)
            else:
                cur['msgstr'][field] += unq(line)
    if cur:
        entries.append(cur)
    return [e for e in entries if e['msgid']]


def sql_placeholders(s):
    """The format() placeholders of a template, as a sorted list."""
    out = []
    for n, m in enumerate(SQL_PLACEHOLDER.finditer(s)):
        if m.group(3) != '%':
            out.append((m.group(1) or '', m.group(3)))
    # positional ones may move; plain ones must keep their order
    return out if all(p[0] == '' for p in out) else sorted(out)


def ereport_calls(text):
    """(offset, text) of every ereport(ERROR, ...) and errsave(...) call of
    a C source (errsave is an ERROR where no soft-error context is given),
    not counting a macro's definition."""
    for m in re.finditer(r'\b(?:ereport\(\s*ERROR\b|errsave\()', text):
        line_start = text.rfind('\n', 0, m.start()) + 1
        if text[line_start:m.start()].lstrip().startswith('#define'):
            continue
        depth = 0
        for j in range(text.index('(', m.start()), len(text)):
            if text[j] == '(':
                depth += 1
            elif text[j] == ')':
                depth -= 1
                if depth == 0:
                    yield m.start(), text[m.start():j + 1]
                    break


def check_sources():
    problems = []
    for path in C_FILES:
        text = open(os.path.join(ROOT, path), encoding='utf-8').read()
        if re.search(r'\b(ereport|elog|errsave)\(|\b_\(', text) and \
                '#include "nls.h"' not in text:
            problems.append('%s reports messages but does not include "nls.h"' % path)
        for start, call in ereport_calls(text):
            if '__VA_ARGS__' not in call and ('errdetail' not in call or 'errhint' not in call):
                problems.append('%s:%d: an ERROR without errdetail and errhint'
                                % (path, text.count('\n', 0, start) + 1))
    for path in SQL_FILES:
        text = open(os.path.join(ROOT, path), encoding='utf-8').read()
        for m in re.finditer(r"\bRAISE\s+(EXCEPTION|WARNING|NOTICE|INFO|LOG)\s+'", text):
            problems.append("%s:%d: RAISE with a literal template: use USING MESSAGE = @extschema@.gettext(...)"
                            % (path, text.count('\n', 0, m.start()) + 1))
        for m in re.finditer(r"\b(DETAIL|HINT|MESSAGE)\s*=\s*'", text):
            problems.append("%s:%d: %s is a bare literal: wrap it in @extschema@.gettext()"
                            % (path, text.count('\n', 0, m.start()) + 1, m.group(1)))
        for m in re.finditer(r"\bRAISE\s+EXCEPTION\s+USING\b(.*?);\n", text, re.S):
            if not re.search(r'\bDETAIL\s*=', m.group(1)) or not re.search(r'\bHINT\s*=', m.group(1)):
                problems.append("%s:%d: RAISE EXCEPTION without DETAIL and HINT"
                                % (path, text.count('\n', 0, m.start()) + 1))
    return problems


def check(langs):
    problems = check_sources()
    sql_ids = set(sql_messages())
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'fresh.pot')
        extract(pot)
        total = len(po_entries(pot))
        for lang in langs:
            po = os.path.join(ROOT, 'po', lang + '.po')
            if not os.path.exists(po):
                problems.append('po/%s.po is missing' % lang)
                continue
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching',
                            '-o', merged, po, pot], check=True)
            r = subprocess.run(['msgfmt', '--check', '-o', os.devnull, merged],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append('po/%s.po: msgfmt --check: %s' % (lang, r.stderr.strip()))
            for e in po_entries(merged):
                where = '%s.po: %r (%s)' % (lang, e['msgid'][:70], e['refs'].strip()[:60])
                if 'fuzzy' in e['flags']:
                    problems.append('fuzzy: ' + where)
                elif not all(e['msgstr'].values()):
                    problems.append('untranslated: ' + where)
                elif e['msgid'] in sql_ids and \
                        sql_placeholders(e['msgid']) != sql_placeholders(e['msgstr'][0]):
                    problems.append('placeholders differ: ' + where)
            print('po-check: %s: %d texts checked' % (lang, total))
    for p in problems:
        print('po-check: ' + p)
    return 1 if problems else 0


def update(langs):
    pot = os.path.join(ROOT, POT)
    extract(pot)
    for lang in langs:
        po = os.path.join(ROOT, 'po', lang + '.po')
        if not os.path.exists(po):
            subprocess.run(['msginit', '--no-translator', '--locale=' + lang,
                            '-i', pot, '-o', po], check=True)
        else:
            subprocess.run(['msgmerge', '--quiet', '--update', '--backup=none',
                            '--no-fuzzy-matching', po, pot], check=True)
    return 0


def main(argv):
    os.chdir(ROOT)
    if len(argv) >= 2 and argv[0] == 'extract':
        extract(os.path.abspath(argv[1]))
        return 0
    if len(argv) >= 2 and argv[0] == 'update':
        return update(argv[1:])
    if len(argv) >= 2 and argv[0] == 'check':
        return check(argv[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
