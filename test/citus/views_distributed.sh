#!/usr/bin/env bash
# views_distributed.sh (Citus suite): every generated view on distributed
# sources gives the rows it gives on one server.  Run by test/run-all.sh
# (run_citus) against a coordinator and two workers (test/citus_cluster.sh).
#
# A sample population (population_rules_sample, 3000 persons, seed 7) is
# generated once into plain tables (schema vs, dataset vs: the one-server
# copy) and copied into the recommended distributed layout (schema vd,
# dataset vd; README "Scaling out with Citus", docs/limits.md):
#
#   persons, id_documents        distributed by person_key, colocated
#   sim_subscriptions            distributed by phone_number
#   insurance_records            distributed by insurance_code
#   civil_events                 distributed by event_id
#
# Views are generated over both (schemas vs_views, vd_views); for every view
# the one-server copy generates, its rows are read on both (every column as
# text, into temporary tables on the coordinator) and compared with EXCEPT
# ALL both ways.  Each view is listed with its result: "same rows (N)", or
# what differs, or the error it fails with.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" \
	-c "CREATE EXTENSION IF NOT EXISTS population_rules_sample" || exit 1
q -c "SELECT count(*) FROM population_rules_sample.generate_population('vs', 3000, 7, 0.02)" >/dev/null || exit 1
# A few values the extension cannot read (the sample has none), so that
# unreadable_values and the checks listing them have rows.
q -c "UPDATE vs.persons SET relation_to_head = 'không rõ' WHERE person_key % 1000 = 1" \
	-c "UPDATE vs.persons SET birth_province = 'Sài Gòn cũ' WHERE person_key % 1000 = 2" \
	-c "UPDATE vs.persons SET personal_id = '0790-123' WHERE person_key % 1000 = 3" >/dev/null || exit 1

# The distributed copy: the same columns (no primary key: the one of
# id_documents and civil_events is not the distribution column), the same rows.
q -c "CREATE SCHEMA vd" || exit 1
for t in persons id_documents sim_subscriptions insurance_records civil_events; do
	q -c "CREATE TABLE vd.$t (LIKE vs.$t)" || exit 1
done
q -c "SELECT create_distributed_table('vd.persons', 'person_key')" \
	-c "SELECT create_distributed_table('vd.id_documents', 'person_key', colocate_with => 'vd.persons')" \
	-c "SELECT create_distributed_table('vd.sim_subscriptions', 'phone_number')" \
	-c "SELECT create_distributed_table('vd.insurance_records', 'insurance_code')" \
	-c "SELECT create_distributed_table('vd.civil_events', 'event_id')" >/dev/null || exit 1
for t in persons id_documents sim_subscriptions insurance_records civil_events; do
	q -c "INSERT INTO vd.$t SELECT * FROM vs.$t" || exit 1
done
q -c "SELECT count(*) FROM population_rules.register_source('person', 'vd.persons', '{}', 'vd')" \
	-c "SELECT count(*) FROM population_rules.register_source('id_document', 'vd.id_documents', '{}', 'vd')" \
	-c "SELECT count(*) FROM population_rules.register_source('sim_subscription', 'vd.sim_subscriptions', '{}', 'vd')" \
	-c "SELECT count(*) FROM population_rules.register_source('insurance_record', 'vd.insurance_records', '{}', 'vd')" \
	-c "SELECT count(*) FROM population_rules.register_source('civil_event', 'vd.civil_events', '{}', 'vd')" >/dev/null || exit 1
check "the distributed copy holds the same persons" \
	"$(q -c "SELECT count(*) FROM vs.persons")" "$(q -c "SELECT count(*) FROM vd.persons")"

# (Citus warns that the views are created on the coordinator only: they
# read the dataset's duplicate_model and duplicate_decisions, local tables.)
check "generate_views over distributed sources: every view created" \
	"$(q -c "SELECT string_agg(view_name || ' ' || status, ', ' ORDER BY view_name) FROM population_rules.generate_views('vs_views', 'vs')")" \
	"$(q -c "SELECT string_agg(view_name || ' ' || status, ', ' ORDER BY view_name) FROM population_rules.generate_views('vd_views', 'vd')" 2>/dev/null)"

# compare VIEW: "same rows (N)", or what differs, or the error
compare() {
	local cols out
	cols=$(q -c "SELECT string_agg(format('(%I)::text', attname), ', ' ORDER BY attnum)
	               FROM pg_attribute WHERE attrelid = 'vs_views.$1'::regclass AND attnum > 0 AND NOT attisdropped")
	out=$(q -c "SET client_min_messages = warning" \
		-c "CREATE TEMP TABLE one AS SELECT $cols FROM vs_views.$1" \
		-c "CREATE TEMP TABLE dist AS SELECT $cols FROM vd_views.$1" \
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
n=0
same=0
for v in $views; do
	n=$((n + 1))
	r=$(compare "$v")
	echo "view $v: $r"
	case $r in
	"same rows ("*) same=$((same + 1)) ;;
	*) echo "FAILED: view $v on distributed sources: $r"; fail=1 ;;
	esac
done
echo "views with the same rows on distributed sources: $same of $n"
exit $fail
