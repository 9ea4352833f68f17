#!/usr/bin/env python3
"""sync_upgrade.py: copy the current definition of SQL functions from the
install pieces (sql/ext/) into the upgrade script to the version being made.

    python3 tools/sync_upgrade.py sql/versions/population_rules--0.1.0--0.2.0.sql _register rule_script

For each name, the CREATE FUNCTION statement and its COMMENT ON FUNCTION are
taken from the pieces (@extschema@ written as population_rules); an earlier
copy in the upgrade script is replaced in place, else the copy is appended.
A function that exists in the previous version is written CREATE OR REPLACE
(pass --new NAME for one the previous version lacks).  Only for the version
under development: a released upgrade script is frozen.
test/scripts/upgrade.sh checks the result against a fresh install.
"""
import glob
import re
import sys

SCHEMA = "population_rules"


def piece_block(name):
    for path in sorted(glob.glob("sql/ext/*.sql")):
        text = open(path, encoding="utf-8").read()
        start = text.find("CREATE FUNCTION @extschema@." + name + "(")
        if start < 0:
            continue
        comment = text.find("COMMENT ON FUNCTION @extschema@." + name + "(", start)
        end = text.find("';\n", comment) + 3
        return text[start:end].replace("@extschema@", SCHEMA)
    sys.exit("sync_upgrade: no function %s in sql/ext/" % name)


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    script, names = args[0], args[1:]
    new = set()
    if "--new" in names:
        i = names.index("--new")
        new = set(names[i + 1:])
        names = names[:i] + names[i + 1:]
    text = open(script, encoding="utf-8").read()
    for name in names:
        block = piece_block(name)
        if name not in new:
            block = block.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
        pattern = re.compile(
            r"CREATE (OR REPLACE )?FUNCTION %s\.%s\(.*?COMMENT ON FUNCTION %s\.%s\(.*?';\n"
            % (SCHEMA, re.escape(name), SCHEMA, re.escape(name)), re.S)
        if pattern.search(text):
            text = pattern.sub(lambda m: block, text, count=1)
        else:
            text = text.rstrip("\n") + "\n\n" + block
    open(script, "w", encoding="utf-8").write(text)


main()
