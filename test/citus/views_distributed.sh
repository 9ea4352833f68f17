#!/usr/bin/env bash
# views_distributed.sh (Citus suite): every generated view on distributed
# sources gives the rows it gives on one server.  Run by test/run-all.sh
# (run_citus) against a coordinator and two workers (test/citus_cluster.sh).
#
# A sample population (population_rules_sample, 3000 persons, seed 7) is
# generated once into plain tables (schema vs, dataset vs: the one-server
# copy; a few unreadable values added, and a household of their own for
# the persons the sample leaves without one, as a distribution column holds
# no NULL) and copied into two distributed layouts (README "Scaling out
# with Citus", docs/limits.md):
#
#   vd (by person): persons and id_documents distributed by person_key,
#                   colocated; the recommended layout
#   vh (by household): persons by household_id (the layout of the household
#                   rule), id_documents by person_key, not colocated
#
# and in both: sim_subscriptions by phone_number, insurance_records by
# insurance_code, civil_events by event_id (they cannot be colocated with
# the persons: they name a person by a 12- or 9-digit id the person may
# lack).  Views are generated over each copy (schemas vs_views, vd_views,
# vh_views; and materialized over vd, vd_m_views); for every view the one-server copy generates, its rows are read
# on each (every column as text, into temporary tables on the coordinator)
# and compared with EXCEPT ALL both ways.  Each view is listed with its
# result: "same rows (N)", or what differs, or the error it fails with.
# The duplicate search's blocking aggregate must run on the workers
# (EXPLAIN on the coordinator shows worker_partial_agg), and
# dead_still_active must join the dead to the SIMs and insurance records
# there (no list of every active id on the coordinator).  The extension
# is created afresh: its administrative-unit tables (pre2025_units) stay
# local tables until generate_views over distributed sources makes them
# Citus reference tables (and the node_rule table with them), each
# placement a member of the extension; then no view's plan reads them on
# the coordinator or sends them to the workers: the workers join their
# own copies.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "SET client_min_messages = warning" -c "DROP EXTENSION IF EXISTS population_rules CASCADE" \
	-c "CREATE EXTENSION population_rules" -c "CREATE EXTENSION population_rules_sample" || exit 1
# units_citus: how Citus holds the unit tables ("" when it does not)
units_citus() {
	q -c "SELECT string_agg(logicalrelid::text || ' ' || partmethod::text, ', ' ORDER BY logicalrelid::text)
	        FROM pg_dist_partition WHERE logicalrelid IN ('population_rules.pre2025_provinces'::regclass,
	                                                      'population_rules.pre2025_communes'::regclass)"
}
check "a fresh extension on Citus: the unit tables are local tables" "" "$(units_citus)"
q -c "SELECT count(*) FROM population_rules_sample.generate_population('vs', 3000, 7, 0.02)" >/dev/null || exit 1
# A few values the extension cannot read (the sample has none), so that
# unreadable_values and the checks listing them have rows.
q -c "UPDATE vs.persons SET relation_to_head = 'không rõ' WHERE person_key % 1000 = 1" \
	-c "UPDATE vs.persons SET birth_province = 'Sài Gòn cũ' WHERE person_key % 1000 = 2" \
	-c "UPDATE vs.persons SET personal_id = '0790-123' WHERE person_key % 1000 = 3" \
	-c "UPDATE vs.persons SET household_id = -person_key WHERE household_id IS NULL" >/dev/null || exit 1

# copy SCHEMA PERSONS_BY DOCUMENTS_COLOCATE: the distributed copy of vs, its
# dataset SCHEMA; the same columns (no primary key: the one of id_documents
# and civil_events is not the distribution column), the same rows.
copy() {
	local t
	q -c "CREATE SCHEMA $1" || return 1
	for t in persons id_documents sim_subscriptions insurance_records civil_events; do
		q -c "CREATE TABLE $1.$t (LIKE vs.$t)" || return 1
	done
	q -c "SELECT create_distributed_table('$1.persons', '$2')" \
		-c "SELECT create_distributed_table('$1.id_documents', 'person_key', colocate_with => '$3')" \
		-c "SELECT create_distributed_table('$1.sim_subscriptions', 'phone_number')" \
		-c "SELECT create_distributed_table('$1.insurance_records', 'insurance_code')" \
		-c "SELECT create_distributed_table('$1.civil_events', 'event_id')" >/dev/null || return 1
	for t in persons id_documents sim_subscriptions insurance_records civil_events; do
		q -c "INSERT INTO $1.$t SELECT * FROM vs.$t" || return 1
	done
	q -c "SELECT count(*) FROM population_rules.register_source('person', '$1.persons', '{}', '$1')" \
		-c "SELECT count(*) FROM population_rules.register_source('id_document', '$1.id_documents', '{}', '$1')" \
		-c "SELECT count(*) FROM population_rules.register_source('sim_subscription', '$1.sim_subscriptions', '{}', '$1')" \
		-c "SELECT count(*) FROM population_rules.register_source('insurance_record', '$1.insurance_records', '{}', '$1')" \
		-c "SELECT count(*) FROM population_rules.register_source('civil_event', '$1.civil_events', '{}', '$1')" >/dev/null
}
copy vd person_key vd.persons || exit 1
copy vh household_id none || exit 1
check "the distributed copies hold the same persons" \
	"$(q -c "SELECT count(*) || ' ' || count(*) FROM vs.persons")" \
	"$(q -c "SELECT (SELECT count(*) FROM vd.persons) || ' ' || (SELECT count(*) FROM vh.persons)")"

# (Citus warns that the views are created on the coordinator only: they
# read the dataset's duplicate_model and duplicate_decisions, local tables.)
made=$(q -c "SELECT string_agg(view_name || ' ' || status, ', ' ORDER BY view_name) FROM population_rules.generate_views('vs_views', 'vs')")
check "generate_views over one-server sources leaves them local" "" "$(units_citus)"
for l in vd vh; do
	check "generate_views over distributed sources ($l): every view created" "$made" \
		"$(q -c "SELECT string_agg(view_name || ' ' || status, ', ' ORDER BY view_name) FROM population_rules.generate_views('${l}_views', '$l')" 2>/dev/null)"
done
# Materialized (materialized => true) over distributed sources: local
# materialized views on the coordinator, filled by distributed queries;
# compared below with the one-server views like the others.  (Citus warns
# that the views over them are created on the coordinator only.)
check "materialized views over distributed sources (vd): every one created" \
	"$(( $(echo "$made" | grep -o ' created' | wc -l) + 1 ))" \
	"$(q -c "SELECT count(*) FROM population_rules.generate_views('vd_m_views', 'vd', materialized => true) WHERE status = 'created'" 2>/dev/null)"
check "... and refreshed" \
	"$(q -c "SELECT count(*) FROM pg_class WHERE relnamespace = 'vd_m_views'::regnamespace AND relkind = 'm'")" \
	"$(q -c "SELECT count(*) FROM population_rules.refresh_views('vd_m_views')" 2>&1)"
check "generate_views over distributed sources makes them Citus reference tables" \
	"population_rules.pre2025_communes n, population_rules.pre2025_provinces n" "$(units_citus)"
check "... with node_rule, each placement in the extension, on every node" "3/3,3/3,3/3" "$(ext_placements)"

# The views read the units' placements on the workers, joined there to
# the shards or to intermediate results: no plan node reads the unit
# tables themselves (on the coordinator), and no task or subplan reads
# their placements alone (to send them on).
# units < PLAN: "units read on the coordinator R, placements read alone A,
# placements read in joins yes|no"
units() {
	awk '
	function flush(  t, n) {
		t = b
		n = gsub(/ on pre2025_(communes|provinces)_[0-9]+ /, " ", t)
		if (n) { if (t ~ / on [a-z_0-9]+_[0-9]+ |read_intermediate_result/) j += n; else a += n }
		b = ""
	}
	/->  Task$|Distributed Subplan|Task Count/ { flush() }
	/ on pre2025_(communes|provinces)( |$)/ { r++ }
	{ b = b "\n" $0 " " }
	END { flush(); printf "units read on the coordinator %d, placements read alone %d, placements read in joins %s\n", r, a, j ? "yes" : "no" }'
}
for l in vd vh; do
	for v in $(q -c "SELECT c.relname FROM pg_class c
	                  WHERE c.relnamespace = '${l}_views'::regnamespace AND c.relkind = 'v'
	                    AND pg_get_viewdef(c.oid) ~ 'pre2025_units' ORDER BY 1"); do
		check "view $v ($l) joins the units on the workers" \
			"units read on the coordinator 0, placements read alone 0, placements read in joins yes" \
			"$(q -c "EXPLAIN (COSTS OFF) SELECT * FROM ${l}_views.$v" | units)"
	done
done

# compare LAYOUT VIEW: "same rows (N)", or what differs, or the error
compare() {
	local cols out
	cols=$(q -c "SELECT string_agg(format('(%I)::text', attname), ', ' ORDER BY attnum)
	               FROM pg_attribute WHERE attrelid = 'vs_views.$2'::regclass AND attnum > 0 AND NOT attisdropped")
	out=$(q -c "SET client_min_messages = warning" \
		-c "CREATE TEMP TABLE one AS SELECT $cols FROM vs_views.$2" \
		-c "CREATE TEMP TABLE dist AS SELECT $cols FROM ${1}_views.$2" \
		-c "SELECT format('%s only on one server, %s only distributed, of %s',
		                  (SELECT count(*) FROM (TABLE one EXCEPT ALL TABLE dist) x),
		                  (SELECT count(*) FROM (TABLE dist EXCEPT ALL TABLE one) x),
		                  (SELECT count(*) FROM one))" 2>&1)
	if [[ $out =~ ^0\ only\ on\ one\ server,\ 0\ only\ distributed,\ of\ ([0-9]+)$ ]]; then
		echo "same rows (${BASH_REMATCH[1]})"
	else
		echo "$out" | tr '\n' ' ' | sed 's/ *$//'
	fi
}

views=$(q -c "SELECT c.relname FROM pg_class c
               WHERE c.relnamespace = 'vs_views'::regnamespace AND c.relkind = 'v'
                 AND c.relname NOT LIKE '%\_source'
               ORDER BY c.relname")
for l in vd vh vd_m; do
	n=0
	same=0
	for v in $views; do
		n=$((n + 1))
		r=$(compare "$l" "$v")
		echo "view $v ($l): $r"
		case $r in
		"same rows ("*) same=$((same + 1)) ;;
		*) echo "FAILED: view $v on distributed sources ($l): $r"; fail=1 ;;
		esac
	done
	echo "views with the same rows on distributed sources ($l): $same of $n"
done
exit $fail
