#!/usr/bin/env bash
# rules_preload.sh: the module loaded at session start, before any
# statement, as a Citus coordinator preloads it (shared_preload_libraries =
# 'citus,population_rules'; here session_preload_libraries, set by a
# superuser's PGOPTIONS, so that the test cluster need not restart).  Its
# hooks then run in every database: in one without the extension every
# kind of write works as without the module; in one with it the rules
# behave as when the module is loaded by their triggers, and a session
# whose first statement is a COPY refused by a unique-id rule's index
# already gets the rule's message.  Without Citus the commit hook does
# nothing: a household left without a head still fails at COMMIT.
set -euo pipefail
plain=rules_preload_plain_$$
db=rules_preload_$$
trap 'for d in $plain $db; do psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true; done' EXIT
export PGOPTIONS="-c session_preload_libraries=population_rules"
qd() { local d=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -At -d "$d" "$@"; }
fail=0
check() {
	if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: expected [$2], got [$3]"; fail=1; fi
}

createdb "$plain"
createdb "$db"
check "the module is loaded at session start" population_rules \
	"$(qd "$plain" -c "SHOW session_preload_libraries")"

# A database without the extension: every write as without the module.
out=$(qd "$plain" 2>&1 <<'SQL'
CREATE TABLE t (id int PRIMARY KEY, v text);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
UPDATE t SET v = 'c' WHERE id = 2;
DELETE FROM t WHERE id = 1;
COPY t FROM STDIN;
3	d
\.
WITH w AS (INSERT INTO t VALUES (4, 'e') RETURNING id) SELECT count(*) FROM w;
SELECT string_agg(id || v, ',' ORDER BY id) FROM t;
SQL
) || true
check "no extension: INSERT, UPDATE, DELETE, COPY and a writing CTE work" "1
2c,3d,4e" "$out"
msg=$(qd "$plain" -c "INSERT INTO t VALUES (2, 'x')" 2>&1) || true
check "no extension: a duplicate key keeps PostgreSQL's own error" yes \
	"$(grep -q 'duplicate key value violates unique constraint "t_pkey"' <<<"$msg" && echo yes || echo "$msg")"

# A database with the extension and all three rules.
qd "$db" >/dev/null <<'SQL'
CREATE EXTENSION population_rules;
CREATE TABLE person (id int PRIMARY KEY, pid text, ho_ten text, ho int, quan_he text);
SELECT population_rules.attach_unique_id_rule('person', 'pid');
SELECT population_rules.attach_household_head_rule('person', 'ho', 'quan_he');
SELECT population_rules.attach_names_rule('person', '{ho_ten}');
INSERT INTO person VALUES (1, '001090000001', 'nguyễn  văn an', 1, 'Chủ hộ');
SQL
check "with the extension: the names rule normalizes" "Nguyễn Văn An" \
	"$(qd "$db" -c "SELECT ho_ten FROM person WHERE id = 1")"
# The session's very first statement: COPY of a duplicate id.
msg=$(printf '2\t001090000001\tx\t2\tChủ hộ\n' | qd "$db" -c "COPY person FROM STDIN" 2>&1) || true
check "a session's first COPY refused by the rule's index gets the rule's message" yes \
	"$(grep -q 'duplicate personal id number in table "person"' <<<"$msg" && echo yes || echo "$msg")"
msg=$(qd "$db" -c "BEGIN" -c "INSERT INTO person VALUES (3, '001090000003', 'x', 3, 'Con')" -c "COMMIT" 2>&1) || true
check "without Citus a household without a head still fails at COMMIT" yes \
	"$(grep -q 'household has no head in table "person"' <<<"$msg" && echo yes || echo "$msg")"
check "and its row did not land" 0 "$(qd "$db" -c "SELECT count(*) FROM person WHERE id = 3")"
exit $fail
