#!/usr/bin/env bash
# rules_drop_extension.sh: DROP EXTENSION, with or without CASCADE, deletes
# no user row.  Without CASCADE it is refused while rules are attached; with
# CASCADE the rules' triggers go and every row stays.
set -euo pipefail
db=rules_dropext_$$
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }

createdb "$db"
q <<'SQL'
CREATE EXTENSION population_rules;
CREATE TABLE person (id int PRIMARY KEY, pid text, name text, hh int, rel text)
	PARTITION BY RANGE (id);
CREATE TABLE person_1 PARTITION OF person FOR VALUES FROM (0) TO (1000);
SELECT population_rules.attach_unique_id_rule('person', 'pid');
SELECT population_rules.attach_household_head_rule('person', 'hh', 'rel');
SELECT population_rules.attach_names_rule('person', ARRAY['name']::name[]);
INSERT INTO person SELECT i, lpad((1090000000 + i)::text, 12, '0'), 'người ' || i, i, 'chủ hộ'
  FROM generate_series(1, 500) i;
SQL
fail=0
before=$(q -c "SELECT count(*), md5(string_agg(person::text, ',' ORDER BY id)) FROM person")
if q -c "DROP EXTENSION population_rules" 2>/dev/null; then
	echo "FAILED: DROP EXTENSION without CASCADE succeeded with rules attached"; fail=1
else
	echo "ok: DROP EXTENSION without CASCADE refused while rules are attached"
fi
q -c "DROP EXTENSION population_rules CASCADE" 2>/dev/null
after=$(q -c "SELECT count(*), md5(string_agg(person::text, ',' ORDER BY id)) FROM person")
if [ "$before" = "$after" ]; then echo "ok: every row kept ($after)"; else echo "FAILED: rows changed: $before -> $after"; fail=1; fi
left=$(q -c "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN ('person'::regclass, 'person_1'::regclass)")
if [ "$left" = 0 ]; then echo "ok: the rules' triggers are gone"; else echo "FAILED: $left triggers left"; fail=1; fi
# The table is writable without the extension.
q -c "INSERT INTO person VALUES (999, '001090000001', 'x', 1, 'con')"
echo "ok: table writable after DROP EXTENSION"
exit $fail
