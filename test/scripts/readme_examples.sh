#!/usr/bin/env bash
# readme_examples.sh: the README's SQL examples, run as they are written.
#
# Each ```sql block of README.md that runs on one server is taken from the
# README itself (not a copy), run with psql in a fresh database prepared
# with the tables the examples name, after `SET search_path =
# population_rules, public` as the README says, and checked against what
# the README says of it: the error it shows in comments (message, detail
# and hint, word for word), the result it describes, and no other error.
# The blocks are found by their first line, so that a block moved or
# rewritten fails here instead of being skipped.  Not run: the duplicate
# review (its rows are those of make demo's 100,000 generated persons),
# the upgrade and the Citus layouts (each has its own tests).
set -uo pipefail
cd "$(dirname "$0")/../.."
db=readme_examples_$$
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
fail=0
check() {
	if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: expected [$2], got [$3]"; fail=1; fi
}

# block FIRST_LINE: the README's ```sql block whose first line begins so
block() {
	awk -v first="$1" '
		/^```sql$/ { inside = 1; n = 0; next }
		/^```$/ { if (inside && found) exit; inside = 0; next }
		inside { n++; if (n == 1 && index($0, first) == 1) found = 1; if (found) print }
	' README.md
}

# run SQL: run it in the database as the README's reader would (statements
# go on after an error), errors and all, in psql's default verbosity
run() {
	psql -X -q -At -v ON_ERROR_STOP=0 -v VERBOSITY=default -d "$db" \
		-c "SET search_path = population_rules, public" -f <(printf '%s\n' "$1") 2>&1
}

# shown BLOCK: the error lines a block shows in comments ("-- ERROR: ...",
# "-- DETAIL: ...", "-- HINT: ..."), a comment line indented past the
# label joined to the one before, one line each, blanks squeezed
shown() {
	sed -n 's/^-- \{1,\}//p' <<<"$1" | awk '
		/^(ERROR|DETAIL|HINT|WARNING|NOTICE): / { if (line != "") print line; line = $0; next }
		line != "" { line = line " " $0 }
		END { if (line != "") print line }' | tr -s ' '
}

# errors OUTPUT: the errors psql printed, each with its detail and hint,
# in the same form (psql prefixes "psql:<file>:<line>: " to the first;
# a notice's detail and hint are not an error's)
errors() {
	sed -E 's/^psql:[^:]*:[0-9]+: //' <<<"$1" | awk '
		/^ERROR:/ { e = 1; print; next }
		e && /^(DETAIL|HINT):/ { print; next }
		{ e = 0 }' | tr -s ' '
}

createdb "$db" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<'SQL' || exit 1
CREATE EXTENSION population_rules;
-- the tables the examples name, in the shape their statements imply
CREATE TABLE person (id int PRIMARY KEY, pid text, born date, sex text,
                     "Họ tên" text, "tên gốc" text);
INSERT INTO person VALUES (1, '001090000001', '1990-05-01', 'Nam');
CREATE TABLE member (id int PRIMARY KEY, household int, relation text, died date);
INSERT INTO member VALUES (6, 1, 'Chủ hộ', NULL), (7, 1, 'Con', NULL);
CREATE SCHEMA hr;
CREATE TABLE hr.person (id int PRIMARY KEY, pid text);
CREATE SCHEMA ho_so;
CREATE TABLE ho_so.nhan_khau (id int PRIMARY KEY, so_dinh_danh text, ho_ten text,
                              ngay_sinh date, gioi_tinh text, so_ho int,
                              tinh_khai_sinh text, ma_xa text);
INSERT INTO ho_so.nhan_khau VALUES
  (1, '001090000001', 'Nguyễn Văn An', '1990-05-01', 'Nam', 1, '001', '00001'),
  (2, '001090000001', 'Nguyen Van An', '1990-05-01', 'Nam', 2, '001', '00004'),
  (3, '001195000002', 'Trần Thị Bình', '1995-02-03', 'Nữ', 2, '001', '00001'),
  (4, '001185000003', 'Lê Văn Tám', '1985-07-09', 'Nam', 3, '001', '00001');
SQL

# ------------------------------------------------------- attach a rule
attach=$(block "SELECT attach_unique_id_rule('person', 'pid',")
check "attach: the README's block is found" yes "$([ -n "$attach" ] && echo yes)"
out=$(run "$attach")
check "attach: the errors are those the README shows, word for word" "$(shown "$attach")" "$(errors "$out")"
check "attach: three rules attached, numbered 1 to 3" "1,2,3" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(rule_id::text, ',' ORDER BY rule_id) FROM population_rules.rule")"
check "attach: the change of household head committed (7 the head, 6 dead)" "6 2024-03-01,7 Chủ hộ" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(id || ' ' || coalesce(died::text, relation), ',' ORDER BY id) FROM member")"
check "attach: the name stored as the README says, what was typed kept" "Nguyễn Văn An|nguyễn văn  an" \
	"$(psql -X -At -d "$db" -c "SELECT \"Họ tên\" || '|' || \"tên gốc\" FROM person WHERE id = 3")"

# ------------------------------------------------------- choose a mode
psql -X -q -d "$db" -c "SELECT population_rules.attach_unique_id_rule('hr.person', 'pid')" >/dev/null
mode=$(block "SELECT set_rule_mode(1, 'log');")
check "modes: the README's block is found" yes "$([ -n "$mode" ] && echo yes)"
out=$(run "$mode")
check "modes: no error" "" "$(errors "$out")"
check "modes: rule 1 in log mode, hr.person's rule in warn mode" "person log,hr.person warn" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(tbl::text || ' ' || mode, ',' ORDER BY rule_id) FROM population_rules.rule WHERE rule_id = 1 OR tbl = 'hr.person'::regclass")"

# ------------------------------------------------------- validate
psql -X -q -d "$db" -c "INSERT INTO person VALUES (4, '001090000001', '1990-05-01', 'Nam')" >/dev/null
validate=$(block "SELECT * FROM validate_rule(1);")
check "validate: the README's block is found" yes "$([ -n "$validate" ] && echo yes)"
out=$(run "$validate")
check "validate: no error" "" "$(errors "$out")"
check "validate: the duplicate let in by log mode is logged as duplicate_id" yes \
	"$(grep -q '^duplicate_id|' <<<"$out" && echo yes || echo "$out")"

# ------------------------------------------------------- the views
views=$(block "SELECT register_source('person', 'ho_so.nhan_khau',")
check "views: the README's block is found" yes "$([ -n "$views" ] && echo yes)"
out=$(run "$views")
check "views: no error" "" "$(errors "$out")"
check "views: id_structure and scorecard_province made in bao_cao" "2" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) FROM pg_views WHERE schemaname = 'bao_cao' AND viewname IN ('id_structure', 'scorecard_province')")"
check "views: id_structure lists, in commune 00001, the id whose sex digit contradicts the row" "4" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(DISTINCT person_key::text, ',') FROM bao_cao.id_structure WHERE commune_code = '00001'")"
check "views: the scorecard reads the registered persons (one province, four persons)" "1|4" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) || '|' || sum(persons) FROM bao_cao.scorecard_province")"

exit $fail
