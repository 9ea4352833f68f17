#!/usr/bin/env bash
# rules_generated_columns.sh: rules reading generated columns.  A stored
# generated column works like any other; ALTER COLUMN ... SET EXPRESSION
# (PostgreSQL 17+), which rewrites its values without firing a trigger,
# rebuilds the rule; a virtual generated column (PostgreSQL 18+), which
# triggers never see computed, is refused at attach, and a rule registered
# on one anyway makes its writes fail (0A000) rather than pass unchecked.  The parts a server major lacks are reported skipped.
set -euo pipefail
db=rules_gen_$$
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }
sqlstate() {	# the SQLSTATE a statement fails with, or "ok"
	q -c "DO \$\$ BEGIN $1; RAISE NOTICE 'ok'; EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 |
		sed 's/.*NOTICE: *//'
}

createdb "$db"
version=$(q -c "SHOW server_version_num")
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: expected [$2], got [$3]"; fail=1; fi; }

q >/dev/null <<'SQL'
CREATE EXTENSION population_rules;
CREATE TABLE person (id int PRIMARY KEY, raw text,
	pid text GENERATED ALWAYS AS (btrim(raw)) STORED);
SELECT population_rules.attach_unique_id_rule('person', 'pid');
INSERT INTO person (id, raw) VALUES (1, ' 001090000001 '), (2, '001090000002');
SQL
check "stored generated column: duplicate refused" "23505" \
	"$(sqlstate "INSERT INTO person (id, raw) VALUES (3, '001090000001 ')")"

if [ "$version" -ge 170000 ]; then
	# ids 1 and 11 get the same new value
	q -c "ALTER TABLE person ALTER COLUMN pid SET EXPRESSION AS ('00109' || lpad((id % 10)::text, 7, '5'))" 2>/dev/null
	check "SET EXPRESSION: the rule's unique constraint holds the new values" "001095555551,001095555552" \
		"$(q -c "SET enable_seqscan = off; SELECT string_agg(pid, ',' ORDER BY pid) FROM person WHERE pid > ''")"
	check "SET EXPRESSION: a duplicate of a new value refused" "23505" \
		"$(sqlstate "INSERT INTO person (id, raw) VALUES (11, 'x')")"
	check "SET EXPRESSION: a new value without duplicate accepted" "ok" \
		"$(sqlstate "INSERT INTO person (id, raw) VALUES (13, 'x')")"
else
	echo "skipped: ALTER COLUMN ... SET EXPRESSION (PostgreSQL 17+; this is $version)"
fi

if [ "$version" -ge 180000 ]; then
	q >/dev/null <<'SQL'
CREATE TABLE virt (id int PRIMARY KEY, raw text, pid text GENERATED ALWAYS AS (btrim(raw)) VIRTUAL,
	plain text, hh int, rel text, relv text GENERATED ALWAYS AS (lower(rel)) VIRTUAL);
SQL
	check "attach refuses a virtual generated id column" "0A000" \
		"$(sqlstate "PERFORM population_rules.attach_unique_id_rule('virt', 'pid')")"
	check "attach refuses a virtual generated relation column" "0A000" \
		"$(sqlstate "PERFORM population_rules.attach_household_head_rule('virt', 'hh', 'relv')")"
	# A registry that names one anyway (edited by hand, or restored from a
	# version that allowed it): the triggers refuse to write rather than
	# check nothing.
	q >/dev/null <<'SQL'
SELECT population_rules.attach_unique_id_rule('virt', 'plain');
UPDATE population_rules.rule SET attnums[1] = 3, colnames[1] = 'pid' WHERE tbl = 'virt'::regclass;
SELECT population_rules._invalidate('virt');
SQL
	check "a rule registered on a virtual generated column: writes refused" "0A000" \
		"$(sqlstate "INSERT INTO virt (id, raw) VALUES (1, '001090000001')")"
	check "no row written through a rule that cannot read its column" "0" \
		"$(q -c "SELECT count(*) FROM virt")"
else
	echo "skipped: virtual generated columns (PostgreSQL 18+; this is $version)"
fi
exit $fail
