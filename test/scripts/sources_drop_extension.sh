#!/usr/bin/env bash
# sources_drop_extension.sh: the reference tables belong to the caller, so
# DROP EXTENSION ... CASCADE leaves every row of them; registrations survive
# pg_dump / pg_restore with the extension's config dump.
set -euo pipefail
db=sources_drop_$$
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${db}_r" >/dev/null 2>&1' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

q "CREATE EXTENSION population_rules"
q "CREATE EXTENSION population_rules_sample"
q "SET client_min_messages = warning; SELECT count(*) FROM population_rules_sample.generate_population('sample', 300, 7, 0.02)" >/dev/null
counts() {
	q "SELECT (SELECT count(*) FROM sample.persons) || ' ' || (SELECT count(*) FROM sample.id_documents) || ' '
	       || (SELECT count(*) FROM sample.sim_subscriptions) || ' ' || (SELECT count(*) FROM sample.insurance_records) || ' '
	       || (SELECT count(*) FROM sample.civil_events) || ' ' || (SELECT count(*) FROM sample.ground_truth)"
}
before=$(counts)

# The registrations survive a dump and restore.
createdb -T template0 "${db}_r"
pg_dump -Fc "$db" | pg_restore -d "${db}_r"
restored=$(psql -X -q -At -d "${db}_r" -c "SELECT string_agg(dataset || '/' || kind || '/' || relation::text, ',' ORDER BY kind) FROM population_rules.source")
expected="sample/civil_event/sample.civil_events,sample/id_document/sample.id_documents,sample/insurance_record/sample.insurance_records,sample/person/sample.persons,sample/sim_subscription/sample.sim_subscriptions"
if [ "$restored" != "$expected" ]; then
	echo "registrations after restore: '$restored', expected '$expected'" >&2
	exit 1
fi

q "DROP EXTENSION population_rules CASCADE" 2>/dev/null
after=$(counts)
if [ "$before" != "$after" ]; then
	echo "rows before DROP EXTENSION: $before; after: $after" >&2
	exit 1
fi
# Re-creating the extension and re-registering the kept tables works.
q "CREATE EXTENSION population_rules"
q "SELECT count(*) FROM population_rules.register_source('person', 'sample.persons', dataset => 'again')" >/dev/null
echo "rows kept through DROP EXTENSION CASCADE: $after"
