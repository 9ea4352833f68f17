#!/usr/bin/env bash
# duplicate_partial.sh (Citus suite): the duplicate search's blocking
# aggregate (duplicate_blocks, the form with personal_id) runs on the
# workers as worker_partial_agg and is combined on the coordinator by
# coord_combine_agg, for an unprivileged reader of the views too (Citus
# checks the caller's right to execute the aggregate's support functions);
# and coord_combine_agg, which any role may call with any text as a state,
# refuses a malformed state with 22P03.  Run by test/run-all.sh (run_citus)
# against a coordinator and two workers (test/citus_cluster.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

agg="'population_rules.duplicate_blocks(text,text,date,text,text,text)'::regprocedure"
args="p.person_key::text, p.full_name, p.birth_date, p.birth_province, nullif(p.sex, '?'), p.personal_id"

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" \
	-c "CREATE EXTENSION IF NOT EXISTS population_rules_sample" || exit 1
q -c "SELECT count(*) FROM population_rules_sample.generate_population('dps', 2000, 3, 0.05)" >/dev/null || exit 1
q -c "CREATE SCHEMA dpd" -c "CREATE TABLE dpd.persons (LIKE dps.persons)" \
	-c "SELECT create_distributed_table('dpd.persons', 'person_key')" \
	-c "INSERT INTO dpd.persons SELECT * FROM dps.persons" \
	-c "SELECT count(*) FROM population_rules.register_source('person', 'dpd.persons', '{}', 'dpd')" >/dev/null || exit 1
q -c "SET client_min_messages = error" -c "SELECT count(*) FROM population_rules.generate_views('dpd_views', 'dpd')" >/dev/null || exit 1
q -c "SET client_min_messages = error" -c "SELECT count(*) FROM population_rules.generate_views('dps_views', 'dps')" >/dev/null || exit 1

# The aggregate itself: one partial state per shard, the same persons in
# blocks with the same frequencies as on one server.
check "the blocking aggregate is pushed to the workers" "yes" \
	"$(q -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT population_rules.duplicate_blocks($args) FROM dpd.persons p" |
		grep -q "worker_partial_agg($agg" && echo yes || echo no)"
cols="person_key, name_hash, phonetic_hash, name_n, day_n, year_n, province_n, persons, name_block, phonetic_block, date_key, passes, cardinality(block_ids)"
check "the blocking aggregate on the workers gives the one-server blocks and frequencies" "0 0" \
	"$(q -c "CREATE TEMP TABLE one AS SELECT $cols FROM unnest((SELECT population_rules.duplicate_blocks($args) FROM dps.persons p))" \
		-c "CREATE TEMP TABLE dist AS SELECT $cols FROM unnest((SELECT population_rules.duplicate_blocks($args) FROM dpd.persons p))" \
		-c "SELECT (SELECT count(*) FROM (TABLE one EXCEPT ALL TABLE dist) x) || ' ' || (SELECT count(*) FROM (TABLE dist EXCEPT ALL TABLE one) x)")"

# An unprivileged reader of the views (SELECT on them and, as they are
# security_invoker, on the persons) gets the duplicate views' rows, through
# the pushed-down aggregate.
q -c "CREATE ROLE dp_reader LOGIN" -c "GRANT USAGE ON SCHEMA dpd_views, dpd TO dp_reader" \
	-c "GRANT SELECT ON ALL TABLES IN SCHEMA dpd_views TO dp_reader" \
	-c "GRANT SELECT ON dpd.persons TO dp_reader" >/dev/null || exit 1
for v in duplicate_person_pairs duplicate_persons; do
	check "an unprivileged reader gets $v on distributed sources, as on one server" \
		"$(q -c "SELECT count(*) FROM dps_views.$v")" \
		"$(PGUSER=dp_reader q -c "SELECT count(*) FROM dpd_views.$v" 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
done

# coord_combine_agg with a state as text, as a worker would send it (made
# here by worker_partial_agg over the one-server copy, base64): whole, it gives the
# one-server result; cut, grown or with a count changed, 22P03 for any
# role.
state=$(q -c "SELECT worker_partial_agg($agg, ROW($args)) FROM dps.persons p") || exit 1
combine() {
	PGUSER=dp_reader q 2>&1 <<<"SELECT cardinality(coord_combine_agg($agg, '$1'::cstring, NULL::population_rules.duplicate_block[]))" |
		sed 's/^psql:<stdin>:[0-9]*: //' | head -1
}
check "coord_combine_agg of a worker's state gives the one-server blocks" \
	"$(q -c "SELECT cardinality(population_rules.duplicate_blocks($args)) FROM dps.persons p")" "$(combine "$state")"
for bad in "${state:0:40}" "${state}AAAA" "${state:0:10}ff${state:12}" "${state:0:${#state}-2}" '\x' 'garbage'; do
	check "coord_combine_agg refuses a malformed state (${bad:0:12}...${bad: -6})" \
		"ERROR:  invalid partial state of duplicate_blocks" "$(combine "$bad")"
done

q -c "SET client_min_messages = warning" -c "DROP SCHEMA dpd_views CASCADE" -c "DROP SCHEMA dps_views CASCADE" \
	-c "DROP SCHEMA dpd CASCADE" -c "DROP SCHEMA dps CASCADE" -c "DROP OWNED BY dp_reader" -c "DROP ROLE dp_reader" >/dev/null
exit $fail
