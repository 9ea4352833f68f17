#!/usr/bin/env bash
# rules_schema_restore.sh: after pg_dump --schema-only and a restore into
# another database, the rules' triggers arrive without the registry: every
# write fails with a clear error naming the way back, and the attach calls
# of population_rules.rule_script() (taken in the source) bring every rule
# back with its columns, mode and options, replacing the orphaned triggers.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
src=rules_schema_src_$$
dst=rules_schema_dst_$$
tmp=$(mktemp -d /tmp/rules_schema.XXXXXX)
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
rules_of() {	# what defines each rule, without its number or date
	q -d "$1" -c "SELECT string_agg(concat_ws(' ', table_name, rule_name, kind, columns, mode, options), E'\n' ORDER BY rule_name) FROM population_rules.rules"
}

createdb "$src"
q -d "$src" >/dev/null <<'SQL'
CREATE EXTENSION population_rules;
CREATE SCHEMA "Hộ tịch";
CREATE TABLE "Hộ tịch".nk (id int PRIMARY KEY, so text, cmnd text, born date, sex text,
	ho int, quan_he text, mat date, ten text, ten_goc text, bi_danh text);
SELECT population_rules.attach_unique_id_rule('"Hộ tịch".nk', 'so', strictness => 'strict',
	birth_date_column => 'born', sex_column => 'sex', legacy_id_column => 'cmnd', rule_name => 'số định danh');
SELECT population_rules.attach_household_head_rule('"Hộ tịch".nk', 'ho', 'quan_he', mode => 'warn',
	death_date_column => 'mat', head_value => 'Chủ Hộ');
SELECT population_rules.attach_names_rule('"Hộ tịch".nk', '{ten,bi_danh}', mode => 'log', style => 'new',
	repair_legacy => true, original_columns => '{ten_goc,NULL}');
SQL
q -d "$src" -c "SELECT population_rules.rule_script()" >"$tmp/rules.sql"
pg_dump --schema-only -f "$tmp/schema.sql" "$src"
createdb "$dst"
psql -X -q -v ON_ERROR_STOP=1 -d "$dst" -f "$tmp/schema.sql" >/dev/null

check "no rule registered after a schema-only restore" 0 "$(q -d "$dst" -c 'SELECT count(*) FROM population_rules.rule')"
check "a write fails with 42704" 42704 \
	"$(sqlstate "$dst" "INSERT INTO \"Hộ tịch\".nk (id, so) VALUES (1, '001090000001')")"
check "the error names the way back" 1 \
	"$(psql -X -q -d "$dst" -c "INSERT INTO \"Hộ tịch\".nk (id, so) VALUES (1, '001090000001')" 2>&1 | grep -c 'rule_script()')"

psql -X -q -v ON_ERROR_STOP=1 -d "$dst" -f "$tmp/rules.sql" >/dev/null
check "every rule back, with its columns, mode and options" "$(rules_of "$src")" "$(rules_of "$dst")"
check "each rule's triggers once" "$(q -d "$src" -c "SELECT count(*) FROM pg_trigger WHERE tgrelid = '\"Hộ tịch\".nk'::regclass AND NOT tgisinternal")" \
	"$(q -d "$dst" -c "SELECT count(*) FROM pg_trigger WHERE tgrelid = '\"Hộ tịch\".nk'::regclass AND NOT tgisinternal")"
q -d "$dst" -c "INSERT INTO \"Hộ tịch\".nk (id, so, born, sex, ho, quan_he, ten) VALUES (1, '001090000001', '1990-01-01', 'M', 1, 'chủ hộ', 'nguyễn  văn an')"
check "names rule works" "Nguyễn Văn An" "$(q -d "$dst" -c 'SELECT ten FROM "Hộ tịch".nk WHERE id = 1')"
check "duplicate id refused" 23505 \
	"$(sqlstate "$dst" "INSERT INTO \"Hộ tịch\".nk (id, so, ho, quan_he) VALUES (2, '001090000001', 2, 'chủ hộ')")"
check "an empty source gives an empty script" "" "$(q -d "$dst" -c "BEGIN; DELETE FROM population_rules.rule; SELECT population_rules.rule_script(); ROLLBACK" | grep -v '^$' || true)"
exit $fail
