#!/usr/bin/env bash
# rules_dump_restore.sh: rules attached to a table survive pg_dump /
# pg_restore attached and working: the registry, the derived tables and the
# triggers come back, and column numbers are found again by name (the
# source table has a dropped column, so its numbers differ after restore).
set -euo pipefail
src=rules_dump_src_$$
dst=rules_dump_dst_$$
dump=$(mktemp /tmp/rules_dump.XXXXXX)
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true
	rm -f "$dump"
}
trap cleanup EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

createdb "$src"
q -d "$src" <<'SQL'
CREATE EXTENSION population_rules;
CREATE SCHEMA "Hộ tịch";
CREATE TABLE "Hộ tịch"."Nhân khẩu" (gone int, id int PRIMARY KEY, "Số định danh" text,
	"Họ tên" text, hộ int, "quan hệ" text);
ALTER TABLE "Hộ tịch"."Nhân khẩu" DROP COLUMN gone;
SELECT population_rules.attach_unique_id_rule('"Hộ tịch"."Nhân khẩu"', 'Số định danh', strictness => 'off');
SELECT population_rules.attach_household_head_rule('"Hộ tịch"."Nhân khẩu"', 'hộ', 'quan hệ');
SELECT population_rules.attach_names_rule('"Hộ tịch"."Nhân khẩu"', ARRAY['Họ tên']::name[], mode => 'log');
INSERT INTO "Hộ tịch"."Nhân khẩu" VALUES
	(1, '001090000001', 'nguyễn văn an', 1, 'Chủ hộ'),
	(2, '001190000002', 'trần thị bình', 1, 'Vợ');
SQL
pg_dump -Fc -f "$dump" "$src"
createdb "$dst"
pg_restore -d "$dst" --exit-on-error "$dump"

fail=0
check() {	# check NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: expected [$2], got [$3]"; fail=1; fi
}
check "rules restored" "3" "$(q -d "$dst" -c 'SELECT count(*) FROM population_rules.rules')"
check "column numbers resolved by name" \
	"{2,0,0,0,0}|{4,5,0}|{3,0}" \
	"$(q -d "$dst" -c "SELECT string_agg(attnums::text, '|' ORDER BY rule_id) FROM population_rules.rule")"
check "the unique-id rule's own constraint restored, and relied on" "t|unique_id_Số định danh" \
	"$(q -d "$dst" -c "SELECT count(*) = 1 FROM pg_constraint WHERE conrelid = '\"Hộ tịch\".\"Nhân khẩu\"'::regclass AND contype = 'u'")|$(q -d "$dst" -c "SELECT options->>'unique_index' FROM population_rules.rules WHERE kind = 'unique_id'")"
check "violation log restored" "2" "$(q -d "$dst" -c 'SELECT count(*) FROM population_rules.violations')"
check "duplicate refused after restore" "23505" \
	"$(q -d "$dst" -c "DO \$\$ BEGIN INSERT INTO \"Hộ tịch\".\"Nhân khẩu\" VALUES (3, '001090000001', 'x', 2, 'chủ hộ'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 | sed 's/.*NOTICE: *//')"
check "second head refused after restore" "23514" \
	"$(q -d "$dst" -c "DO \$\$ BEGIN INSERT INTO \"Hộ tịch\".\"Nhân khẩu\" VALUES (3, '001090000003', 'x', 1, 'chủ hộ'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 | sed 's/.*NOTICE: *//')"
q -d "$dst" -c "INSERT INTO \"Hộ tịch\".\"Nhân khẩu\" VALUES (3, '001090000003', 'lê  văn tám', 1, 'con')"
check "names normalized after restore" "Lê Văn Tám" \
	"$(q -d "$dst" -c "SELECT \"Họ tên\" FROM \"Hộ tịch\".\"Nhân khẩu\" WHERE id = 3")"
check "new rule numbers continue after the restored ones" "t" \
	"$(q -d "$dst" -c "SELECT nextval('population_rules.rule_id_seq') > 3")"
exit $fail
