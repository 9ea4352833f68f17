#!/usr/bin/env bash
# rules_bulk_load.sh: one INSERT ... SELECT of 10,000,000 persons into a
# table guarded by all three rules, at default server settings, succeeds.
# The unique-id rule is in log mode, so uniqueness goes through its key
# table, as on a partitioned table (no advisory locks: a per-row advisory
# lock would exhaust the lock table at about 200,000 rows); switched to
# enforce mode afterwards it builds its own unique constraint over the
# 10,000,000 ids, which then refuses a duplicate.  Prints the times taken.
# RULES_BULK_ROWS overrides the row count (e.g. for a quick local run).
set -euo pipefail
rows=${RULES_BULK_ROWS:-10000000}
db=rules_bulk_$$
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }

createdb "$db"
q >/dev/null <<'SQL'
CREATE EXTENSION population_rules;
CREATE TABLE person (id bigint PRIMARY KEY, pid text, name text, hh bigint, rel text, died date);
SELECT population_rules.attach_unique_id_rule('person', 'pid', strictness => 'off', mode => 'log');
SELECT population_rules.attach_household_head_rule('person', 'hh', 'rel', death_date_column => 'died');
SELECT population_rules.attach_names_rule('person', '{name}');
SQL
start=$(date +%s.%N)
q -c "INSERT INTO person (id, pid, name, hh, rel)
      SELECT i, lpad((1000000000 + i)::text, 12, '0'),
             (ARRAY['nguyễn văn an', 'TRẦN THỊ BÌNH', 'Lê  Hoàng  Long'])[i % 3 + 1],
             (i - 1) / 4, CASE WHEN i % 4 = 1 THEN 'Chủ hộ' ELSE 'Con' END
        FROM generate_series(1, $rows) i"
end=$(date +%s.%N)
secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
echo "loaded $rows rows in $secs s"

fail=0
check() { if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: expected [$2], got [$3]"; fail=1; fi; }
check "rows loaded" "$rows" "$(q -c 'SELECT count(*) FROM person')"
check "one key per row" "$rows" "$(q -c 'SELECT count(*) FROM population_rules.id_keys')"
check "households counted" "$(( (rows + 3) / 4 ))" "$(q -c 'SELECT count(*) FROM population_rules.household_heads WHERE heads = 1')"
check "names normalized" "Trần Thị Bình" "$(q -c 'SELECT name FROM person WHERE id = 1')"
start=$(date +%s.%N)
q -c "SELECT population_rules.set_rule_mode('person', 'unique_id_pid', 'enforce')" >/dev/null
end=$(date +%s.%N)
echo "enforce mode: unique constraint built in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"
check "enforce mode relies on the rule's own constraint" "unique_id_pid" \
	"$(q -c "SELECT options->>'unique_index' FROM population_rules.rules WHERE rule_name = 'unique_id_pid'")"
check "a duplicate is still refused" "23505" \
	"$(q -c "DO \$\$ BEGIN INSERT INTO person VALUES (0, '001000000007', 'x', -1, 'chủ hộ'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 | sed 's/.*NOTICE: *//')"
exit $fail
