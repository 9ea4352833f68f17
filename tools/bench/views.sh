#!/usr/bin/env bash
# views.sh: the analysts' views benchmark.  For each size in
# VIEWS_BENCH_SIZES (default "100000 1000000") generates a sample population
# with 2% of every defect (seed 1), generates the views over it and times
# every view read in full (every column of every row: count(*) WHERE length(row::text) > 0, in one session), then
# judges every view against the generator's ground truth (precision and
# recall, tools/bench/views_quality.sql).  Prints Markdown tables.  Runs
# against the server the PG* variables point at, in its own database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sizes=${VIEWS_BENCH_SIZES:-100000 1000000}
db=views_bench_$$
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
views="same_id duplicate_person_pairs duplicate_persons same_biometric household_heads legacy_id_only missing_card card_renewal_overdue id_structure dead_still_active sim_mismatch sim_too_many insurance_mismatch relation_checks scorecard_commune scorecard_province"

createdb "$db"
q -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION population_rules'
declare -A secs rows
for n in $sizes; do
	s="p$n"
	t0=$(date +%s.%N)
	q -c "SET client_min_messages = warning" -c "SELECT count(*) FROM population_rules.generate_population('$s', $n, 1, 0.02)" >/dev/null
	t1=$(date +%s.%N)
	secs[gen,$n]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	secs[persons,$n]=$(q -At -c "SELECT count(*) FROM $s.persons")
	q -c "SELECT count(*) FROM population_rules.generate_views('v$n', '$s')" >/dev/null
	# One session: per-view wall time from clock_timestamp().
	out=$(q -At -F ' ' <<SQL
SET population_rules.as_of = '2025-07-01';
SELECT population_rules.vn_key_unaccent(population_rules.vn_repair_legacy('Nguyễn'));
CREATE TEMP TABLE t (view_name text, n bigint, seconds numeric);
DO \$\$
DECLARE v text; t0 timestamptz; c bigint;
BEGIN
  FOREACH v IN ARRAY string_to_array('$views', ' ') LOOP
    t0 := clock_timestamp();
    EXECUTE format('SELECT count(*) FROM v$n.%I x WHERE length(x::text) > 0', v) INTO c;
    INSERT INTO t VALUES (v, c, round(extract(epoch FROM clock_timestamp() - t0)::numeric, 2));
  END LOOP;
END \$\$;
SELECT view_name, n, seconds FROM t;
SQL
)
	while read -r v c sec; do
		[ -n "$sec" ] || continue
		rows[$v,$n]=$c; secs[$v,$n]=$sec
	done <<<"$(echo "$out" | grep -v '^nguyen$')"
	q -At -F '|' <<SQL > "/tmp/views_quality_${db}_$n"
SET population_rules.as_of = '2025-07-01';
\set sch $s
\set vs v$n
\i $here/views_quality.sql
SELECT view_name, injected, found, true_positives, precision, recall FROM view_quality ORDER BY view_name;
SQL
done

echo "Sample population: seed 1, 2% of each defect, as_of 2025-07-01; load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at the end."
echo
printf '| view |'; for n in $sizes; do printf ' rows (%s) | s (%s) |' "$n" "$n"; done; echo
printf '|---|'; for n in $sizes; do printf -- '---:|---:|'; done; echo
for v in $views; do
	printf '| %s |' "$v"; for n in $sizes; do printf ' %s | %s |' "${rows[$v,$n]}" "${secs[$v,$n]}"; done; echo
done
for part in cases scorecards all; do
	case $part in
	cases) label='case views (all but the scorecards)'; sel=$(echo "$views" | tr ' ' '\n' | grep -v scorecard) ;;
	scorecards) label='the two scorecards (each recomputes every case view)'; sel="scorecard_commune scorecard_province" ;;
	all) label='**whole set of views**'; sel=$views ;;
	esac
	printf '| %s |' "$label"
	for n in $sizes; do
		tot=0; for v in $sel; do tot=$(awk -v a="$tot" -v b="${secs[$v,$n]}" 'BEGIN { print a + b }'); done
		secs[$part,$n]=$tot
		printf ' | %s |' "$tot"
	done
	echo
done
printf '| generation (persons) |'; for n in $sizes; do printf ' %s | %s |' "${secs[persons,$n]}" "${secs[gen,$n]}"; done; echo
set -- $sizes
if [ $# -ge 2 ]; then
	echo
	echo "Growth of the whole set from $1 to ${!#} persons: $(awk -v a="${secs[all,$1]}" -v b="${secs[all,${!#}]}" 'BEGIN { printf "%.1f", b / a }')× (target ≤ 12×; target for 1,000,000: ≤ 60 s)."
fi
for n in $sizes; do
	echo
	echo "Precision and recall against the ground truth, $n persons (duplicate_persons judged on pairs of rows put in one group, default threshold 0.7):"
	echo
	echo "| view | injected | found | true positives | precision | recall |"
	echo "|---|---:|---:|---:|---:|---:|"
	awk -F'|' 'NF == 6 { printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "/tmp/views_quality_${db}_$n"
	rm -f "/tmp/views_quality_${db}_$n"
done
