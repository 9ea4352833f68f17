#!/usr/bin/env bash
# docs_examples.sh (Citus suite): the README's example of the two orders
# ("Scaling out with Citus"), taken from the README itself and run as it
# is written through the coordinator, on tables of the shape it implies:
# it must run without error, leave both tables distributed by the columns
# it names with their rules, and the rules must hold through the
# coordinator.  (test/scripts/docs_examples.sh runs the one-server
# examples.)
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
cleanup() { q -c "DROP TABLE IF EXISTS person, card" >/dev/null 2>&1; }
trap cleanup EXIT

q -c "CREATE TABLE person (id int, household text, relation text)" \
	-c "INSERT INTO person VALUES (1, 'H1', 'Chủ hộ'), (2, 'H1', 'Con')" \
	-c "CREATE TABLE card (pid text, id int)" \
	-c "INSERT INTO card VALUES ('001090000001', 1)" >/dev/null || exit 1
# run whole, as written: it shows no error, so it must raise none
python3 test/docs_results.py --script README.md "${PGDATABASE:-postgres}" "" \
	"SELECT create_distributed_table('person', 'household');" || fail=1
check "both tables distributed by the columns it names" "card pid,person household" \
	"$(q -c "SELECT string_agg(logicalrelid::text || ' ' || column_to_column_name(logicalrelid, partkey), ',' ORDER BY logicalrelid::text)
	           FROM pg_dist_partition WHERE logicalrelid IN ('person'::regclass, 'card'::regclass)")"
check "their rules attached" "card unique_id,person household_head" \
	"$(q -c "SELECT string_agg(tbl::text || ' ' || kind, ',' ORDER BY tbl::text) FROM population_rules.rule
	           WHERE tbl IN ('person'::regclass, 'card'::regclass)")"
check "through the coordinator: a second head refused (23514), a duplicate id refused (23505)" "23514|23505" \
	"$(sqlstate postgres "INSERT INTO person VALUES (3, 'H1', 'chủ hộ')")|$(sqlstate postgres "INSERT INTO card VALUES ('001090000001', 2)")"
for r in $(q -c "SELECT rule_id FROM population_rules.rule WHERE tbl IN ('person'::regclass, 'card'::regclass)"); do
	q -c "SELECT population_rules.detach_rule($r)" >/dev/null || echo "FAILED: detach $r"
done

exit $fail
