#!/usr/bin/env bash
# duplicate_partial.sh: the duplicate views with the blocking aggregate as a
# partial aggregate (0.2.0: state duplicate_blocks_state, combine function)
# against the aggregate as it was before (state internal, no combine
# function: never partial), on one server, serial and with two parallel
# workers, timed in turns within one session per variant and round.
#
# For each size in DUP_BENCH_SIZES (default "100000 1000000") generates a
# sample population (seed 1, 2% of every defect), generates the views over
# it, and makes the "before" copies of DUP_BENCH_VIEWS (default
# duplicate_person_pairs duplicate_persons) in schema dup_before: the same
# view text with the aggregate replaced by dup_before.duplicate_blocks,
# declared as the views' form was before (duplicate_blocks_add and
# duplicate_blocks_result of the same library, internal state), a view that
# reads an earlier one of the list reading the earlier one's copy.  Each
# round (DUP_BENCH_ROUNDS, default 3) reads every view in full (count(*)
# WHERE length(row::text) > 0, jit off) in the order of DUP_BENCH_VARIANTS
# (default before-serial after-serial before-parallel after-parallel:
# max_parallel_workers_per_gather 0 or 2 in the session); prints one line per read
# and the median per variant, with the load average.  Runs against the
# server the PG* variables point at, in its own database.  With
# DUP_BENCH_CITUS=1 that server is a Citus coordinator: the views read
# copies of the persons and id documents distributed by person_key
# (colocated), and the bytes the coordinator receives for the blocking
# step are estimated (the partial states' text, against the persons' six
# columns the aggregate reads).
set -euo pipefail
sizes=${DUP_BENCH_SIZES:-100000 1000000}
views=${DUP_BENCH_VIEWS:-duplicate_person_pairs duplicate_persons}
rounds=${DUP_BENCH_ROUNDS:-3}
variants=${DUP_BENCH_VARIANTS:-before-serial after-serial before-parallel after-parallel}
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }
if [ -n "${DUP_BENCH_CITUS:-}" ]; then
	# Citus is in the coordinator's database (PGDATABASE), not in a new one.
	db=${PGDATABASE:-postgres}
	trap 'for n in $sizes; do q -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS v$n, d$n, p$n CASCADE" >/dev/null 2>&1; done
	      q -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS dup_before CASCADE" >/dev/null 2>&1' EXIT
else
	db=dup_bench_$$
	trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
	createdb "$db"
fi
q -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS population_rules' \
	-c 'CREATE EXTENSION IF NOT EXISTS population_rules_sample' -c 'CREATE SCHEMA dup_before' \
	-c "CREATE FUNCTION dup_before.add(internal, text, text, date, text, text, text) RETURNS internal
	        LANGUAGE C AS '\$libdir/population_rules', 'duplicate_blocks_add'" \
	-c "CREATE AGGREGATE dup_before.duplicate_blocks(text, text, date, text, text, text) (
	        SFUNC = dup_before.add, STYPE = internal, FINALFUNC = population_rules.duplicate_blocks_result,
	        FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE)"
for n in $sizes; do
	s="p$n"
	q -c "SET client_min_messages = warning" -c "SELECT count(*) FROM population_rules_sample.generate_population('$s', $n, 1, 0.02)" >/dev/null
	if [ -n "${DUP_BENCH_CITUS:-}" ]; then
		# On a Citus coordinator: the persons and id documents distributed
		# by person_key, colocated (the layout the README recommends), as
		# the dataset the views read.
		q -c "SET client_min_messages = warning" -c "CREATE SCHEMA d$n" \
			-c "CREATE TABLE d$n.persons (LIKE $s.persons)" -c "CREATE TABLE d$n.id_documents (LIKE $s.id_documents)" \
			-c "SELECT create_distributed_table('d$n.persons', 'person_key')" \
			-c "SELECT create_distributed_table('d$n.id_documents', 'person_key', colocate_with => 'd$n.persons')" \
			-c "INSERT INTO d$n.persons SELECT * FROM $s.persons" -c "INSERT INTO d$n.id_documents SELECT * FROM $s.id_documents" \
			-c "SELECT count(*) FROM population_rules.register_source('person', 'd$n.persons', '{}', 'd$n')" \
			-c "SELECT count(*) FROM population_rules.register_source('id_document', 'd$n.id_documents', '{}', 'd$n')" >/dev/null
		s="d$n"
		# What the coordinator receives for the blocking step: the text of
		# every shard's partial state (after), or every person's six
		# columns (before: the rows Citus gathers for an aggregate it
		# cannot push down).
		echo "$(q -c "SELECT sum(result::bigint) FROM run_command_on_shards('d$n.persons',
		    \$\$SELECT octet_length(worker_partial_agg('population_rules.duplicate_blocks(text,text,date,text,text,text)'::regprocedure,
		        ROW(person_key::text, full_name, birth_date, birth_province, sex, personal_id))::text) FROM %s\$\$)") bytes of partial states" \
		    "against $(q -c "SELECT sum(octet_length(person_key::text) + octet_length(full_name) + 4 + coalesce(octet_length(birth_province), 0)
		        + coalesce(octet_length(sex), 0) + coalesce(octet_length(personal_id), 0)) FROM $s.persons") bytes of the persons' six columns"
	fi
	q -c "SET client_min_messages = error" -c "SELECT count(*) FROM population_rules.generate_views('v$n', '$s')" >/dev/null
	q -c "SELECT statement FROM population_rules.view_indexes('$s') WHERE NOT present" | while read -r stmt; do
		q -c "$stmt"
	done
	copied=""
	for v in $views; do
		def=$(q -c "SELECT pg_get_viewdef('v$n.$v'::regclass)")
		new=${def//population_rules.duplicate_blocks(/dup_before.duplicate_blocks(}
		for c in $copied; do
			new=${new//v$n.$c /dup_before.${c}_$n }
		done
		[ "$new" != "$def" ] || { echo "duplicate_partial.sh: v$n.$v reaches duplicate_blocks through no view copied before it" >&2; exit 1; }
		q <<<"CREATE VIEW dup_before.${v}_$n AS $new"
		copied="$copied $v"
	done
	q -c "ANALYZE" >/dev/null
	echo "### $(q -c "SELECT count(*) FROM $s.persons") persons"
	for r in $(seq "$rounds"); do
		for variant in $variants; do
			case $variant in
			*-serial) workers=0 ;;
			*-parallel) workers=2 ;;
			esac
			for v in $views; do
				case $variant in
				before-*) rel="dup_before.${v}_$n" ;;
				after-*) rel="v$n.$v" ;;
				esac
				load=$(cut -d' ' -f1 /proc/loadavg)
				secs=$(q -F ' ' <<SQL | tail -1
SET jit = off;
SET max_parallel_workers_per_gather = $workers;
SET population_rules.as_of = '2025-07-01';
SELECT population_rules.vn_key_unaccent(population_rules.vn_repair_legacy('Nguyễn'));
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT count(*) FROM $rel x WHERE length(x::text) > 0;
SELECT round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 2);
SQL
				)
				echo "$n $v $variant round $r: $secs s (load $load)"
			done
		done
	done
done | tee -a /dev/stderr | python3 -c '
import statistics, sys
t = {}
for line in sys.stdin:
    f = line.split()
    if len(f) > 5 and f[3] == "round":
        t.setdefault((int(f[0]), f[1], f[2]), []).append(float(f[5]))
print("\n| persons | view | variant | seconds (median) | all reads |")
print("|---|---|---|---|---|")
for k in sorted(t):
    print("| %d | %s | %s | %.2f | %s |" % (k + (statistics.median(t[k]), " ".join("%.2f" % x for x in t[k]))))
'
