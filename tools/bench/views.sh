#!/usr/bin/env bash
# views.sh: the analysts' views benchmark.  For each size in
# VIEWS_BENCH_SIZES (default "100000 1000000") generates a sample population
# with 2% of every defect (seed 1), generates the views over it and times
# every view read in full (every column of every row: count(*) WHERE length(row::text) > 0, in one session), then
# judges every view against the generator's ground truth (precision and
# recall, tools/bench/views_quality.sql), then re-estimates the duplicate
# model (estimate_duplicate_model, timed) and judges the duplicate views
# again.  Prints Markdown tables.  Runs
# against the server the PG* variables point at, in its own database.
# Before timing, creates every index view_indexes lists as missing (the
# generated tables have them all already).  Each size is timed once per
# mode of VIEWS_BENCH_MODES, each in its own session, in that order (later
# passes find the data warm from the first): serial = no parallel workers
# and jit off; parallel = PostgreSQL's default of two workers per query and
# jit off; serial-jit and parallel-jit the same with jit on (PostgreSQL's
# default; large plans pay JIT compilation, which the README weighs);
# materialized = serial, over the views generate_views makes with
# materialized => true: refresh_views (every materialized view, those not
# read here too), then every view read; a view's seconds are its refresh
# and its read.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sizes=${VIEWS_BENCH_SIZES:-100000 1000000}
modes=${VIEWS_BENCH_MODES:-serial parallel serial-jit parallel-jit materialized}
db=views_bench_$$
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
views="same_id duplicate_person_pairs duplicate_persons duplicate_pair_evidence same_biometric household_heads legacy_id_only missing_card card_renewal_overdue id_structure dead_still_active sim_mismatch sim_too_many insurance_mismatch relation_checks scorecard_commune scorecard_province"

createdb "$db"
q -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION population_rules' -c 'CREATE EXTENSION population_rules_sample'
declare -A secs rows
for n in $sizes; do
	s="p$n"
	t0=$(date +%s.%N)
	q -c "SET client_min_messages = warning" -c "SELECT count(*) FROM population_rules_sample.generate_population('$s', $n, 1, 0.02)" >/dev/null
	t1=$(date +%s.%N)
	secs[gen,$n]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	secs[persons,$n]=$(q -At -c "SELECT count(*) FROM $s.persons")
	q -c "SELECT count(*) FROM population_rules.generate_views('v$n', '$s')" >/dev/null
	case " $modes " in
	*" materialized "*)
		q -c "SET population_rules.as_of = '2025-07-01'" -c "SET jit = off" \
		  -c "SELECT count(*) FROM population_rules.generate_views('m$n', '$s', materialized => true)" >/dev/null ;;
	esac
	q -At -c "SELECT statement FROM population_rules.view_indexes('$s') WHERE NOT present" | while read -r stmt; do
		q -c "$stmt"
	done
	q -c "ANALYZE" >/dev/null
	for mode in $modes; do
	case $mode in
	serial) workers=0 jit=off ;;
	parallel) workers=2 jit=off ;;
	serial-jit) workers=0 jit=on ;;
	parallel-jit) workers=2 jit=on ;;
	materialized) workers=0 jit=off ;;
	*) echo "views.sh: unknown mode $mode" >&2; exit 1 ;;
	esac
	sch=v$n refresh=
	if [ "$mode" = materialized ]; then
		sch=m$n
		refresh="INSERT INTO t SELECT 'refresh:' || r.view_name, r.rows, r.seconds FROM population_rules.refresh_views('$sch') r;"
	fi
	# One session per mode: per-view wall time from clock_timestamp().
	out=$(q -At -F ' ' <<SQL
SET jit = $jit;
SET max_parallel_workers_per_gather = $workers;
SET population_rules.as_of = '2025-07-01';
SELECT population_rules.vn_key_unaccent(population_rules.vn_repair_legacy('Nguyễn'));
CREATE TEMP TABLE t (view_name text, n bigint, seconds numeric);
$refresh
DO \$\$
DECLARE v text; t0 timestamptz; c bigint;
BEGIN
  FOREACH v IN ARRAY string_to_array('$views', ' ') LOOP
    t0 := clock_timestamp();
    EXECUTE format('SELECT count(*) FROM $sch.%I x WHERE length(x::text) > 0', v) INTO c;
    INSERT INTO t VALUES (v, c, round(extract(epoch FROM clock_timestamp() - t0)::numeric, 2));
  END LOOP;
END \$\$;
SELECT view_name, n, seconds FROM t;
SQL
)
	declare -A ref=()
	while read -r v c sec; do
		[ -n "$sec" ] || continue
		case $v in
		refresh:*) ref[${v#refresh:}]=$sec ;;
		*) rows[$v,$n]=$c; secs[$v,$n,$mode]=$sec ;;
		esac
	done <<<"$(echo "$out" | grep -v '^nguyen$')"
	# Materialized: a view's refresh counts with its read; the refresh of
	# those not read here (the shared candidate pairs, the review queue,
	# the unreadable values) counts in the whole set only.
	secs[extra,$n,$mode]=0
	for v in "${!ref[@]}"; do
		if [ -n "${secs[$v,$n,$mode]:-}" ] && [[ " $views " == *" $v "* ]]; then
			secs[$v,$n,$mode]=$(awk -v a="${secs[$v,$n,$mode]}" -v b="${ref[$v]}" 'BEGIN { printf "%.2f", a + b }')
		else
			secs[extra,$n,$mode]=$(awk -v a="${secs[extra,$n,$mode]}" -v b="${ref[$v]}" 'BEGIN { printf "%.2f", a + b }')
		fi
	done
	done
	q -At -F '|' <<SQL > "/tmp/views_quality_${db}_$n"
SET population_rules.as_of = '2025-07-01';
\set sch $s
\set vs v$n
\i $here/views_quality.sql
SELECT view_name, injected, found, true_positives, precision, recall FROM view_quality ORDER BY view_name;
SQL
	# The duplicate model learned on the data (one call, serial, timed),
	# then the duplicate views judged again.
	t0=$(date +%s.%N)
	q -c "SET max_parallel_workers_per_gather = 0" -c "SET jit = off" \
	  -c "SELECT count(*) FROM population_rules.estimate_duplicate_model('v$n')" >/dev/null
	t1=$(date +%s.%N)
	secs[estimate,$n]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	q -At -F '|' <<SQL > "/tmp/views_quality_${db}_${n}_est"
SET population_rules.as_of = '2025-07-01';
\set sch $s
\set vs v$n
\i $here/views_quality.sql
SELECT view_name, injected, found, true_positives, precision, recall FROM view_quality
 WHERE view_name LIKE 'duplicate%' ORDER BY view_name;
SQL
done

set -- $modes
first=$1; shift
echo "Sample population: seed 1, 2% of each defect, as_of 2025-07-01; load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end. Seconds, $first$( [ $# -ge 1 ] && echo " (in parentheses: $(echo "$@" | sed 's/ /, /g'))") — serial: no parallel workers, jit off; parallel: PostgreSQL's default of two parallel workers per query, jit off; -jit: the same with jit on; materialized: serial, refresh_views then every view read (a view's refresh and read)."
echo
printf '| view |'; for n in $sizes; do printf ' rows (%s) | s (%s) |' "$n" "$n"; done; echo
printf '|---|'; for n in $sizes; do printf -- '---:|---:|'; done; echo
cell() {	# cell KEY N: seconds for each mode, the first plain, the others in parentheses
	local first=1 j out= rest=
	for j in $modes; do
		if [ $first = 1 ]; then out=${secs[$1,$2,$j]}; first=0; else rest="$rest${rest:+, }${secs[$1,$2,$j]}"; fi
	done
	printf '%s%s' "$out" "${rest:+ ($rest)}"
}
for v in $views; do
	printf '| %s |' "$v"; for n in $sizes; do printf ' %s | %s |' "${rows[$v,$n]}" "$(cell "$v" "$n")"; done; echo
done
case " $modes " in
*" materialized "*)
	printf '| (materialized: refresh of duplicate_pair_levels, duplicate_review_queue, unreadable_values) |'
	for n in $sizes; do printf ' | %s |' "$(cell extra "$n")"; done; echo ;;
esac
for part in cases scorecards all; do
	case $part in
	cases) label='case views (all but the scorecards)'; sel=$(echo "$views" | tr ' ' '\n' | grep -v scorecard) ;;
	scorecards) label='the two scorecards (each judges every person in one pass)'; sel="scorecard_commune scorecard_province" ;;
	all) label='**whole set of views**'; sel="$views extra" ;;
	esac
	printf '| %s |' "$label"
	for n in $sizes; do
		for j in $modes; do
			tot=0; for v in $sel; do tot=$(awk -v a="$tot" -v b="${secs[$v,$n,$j]}" 'BEGIN { print a + b }'); done
			secs[$part,$n,$j]=$tot
		done
		printf ' | %s |' "$(cell "$part" "$n")"
	done
	echo
done
printf '| generation (persons) |'; for n in $sizes; do printf ' %s | %s |' "${secs[persons,$n]}" "${secs[gen,$n]}"; done; echo
set -- $sizes
if [ $# -ge 2 ]; then
	for j in $modes; do
		echo
		echo "Growth of the whole set from $1 to ${!#} persons, $j: $(awk -v a="${secs[all,$1,$j]}" -v b="${secs[all,${!#},$j]}" 'BEGIN { printf "%.1f", b / a }')× (target ≤ 11×; target for 1,000,000: ≤ 30 s serial)."
	done
fi
for n in $sizes; do
	echo
	echo "Precision and recall against the ground truth, $n persons (duplicate_person_pairs on the pairs at the threshold, duplicate_persons on pairs of rows put in one group; default model, default threshold 0.5):"
	echo
	echo "| view | injected | found | true positives | precision | recall |"
	echo "|---|---:|---:|---:|---:|---:|"
	awk -F'|' 'NF == 6 { printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "/tmp/views_quality_${db}_$n"
	rm -f "/tmp/views_quality_${db}_$n"
	echo
	echo "After population_rules.estimate_duplicate_model('v$n') (${secs[estimate,$n]} s serial), same threshold:"
	echo
	echo "| view | injected | found | true positives | precision | recall |"
	echo "|---|---:|---:|---:|---:|---:|"
	awk -F'|' 'NF == 6 { printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "/tmp/views_quality_${db}_${n}_est"
	rm -f "/tmp/views_quality_${db}_${n}_est"
done
