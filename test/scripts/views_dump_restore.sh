#!/usr/bin/env bash
# views_dump_restore.sh: the generated views are ordinary views: pg_dump /
# pg_restore brings them back, security_invoker included, with the same
# rows; the registrations come back too, so generate_views can re-create
# them in the restored database (as after an extension upgrade); the
# analyst's duplicate decisions, a table of theirs, come back and survive
# the re-generation.  Materialized views (materialized => true) come back
# computed again by the restore (its session's settings: as_of today, as
# they were made), with the same rows.
set -euo pipefail
src=views_dump_src_$$
dst=views_dump_dst_$$
dump=$(mktemp /tmp/views_dump.XXXXXX)
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true
	rm -f "$dump"
}
trap cleanup EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
rows() {	# rows DB [SCHEMA KIND]: a digest of every view's rows: its name, row count and md5
	# \gexec rather than query_to_xml, which needs a server built with libxml
	q -d "$1" -v sch="${2:-Báo cáo}" -v kind="${3:-v}" -c "SET population_rules.as_of = '2025-07-01'" -f - <<'SQL' | tr '\n' ' '
SELECT format('SELECT %L || '':'' || count(*) || '':'' || md5(coalesce(string_agg(v::text, ''|'' ORDER BY v::text), '''')) FROM %I.%I v',
              c.relname, :'sch', c.relname)
  FROM pg_class c WHERE c.relnamespace = quote_ident(:'sch')::regnamespace AND c.relkind = :'kind'
 ORDER BY c.relname
\gexec
SQL
}

createdb "$src"
q -d "$src" <<'SQL' >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION population_rules;
CREATE EXTENSION population_rules_sample;
SELECT count(*) FROM population_rules_sample.generate_population('Dân cư', 1500, 3, 0.02);
SELECT count(*) FROM population_rules.generate_views('Báo cáo', 'Dân cư');
SELECT population_rules.decide_duplicates('Báo cáo', '{1,2}', 'same', 'kept through a dump');
SELECT count(*) FROM population_rules.generate_views('Báo cáo m', 'Dân cư', materialized => true);
SQL
before=$(rows "$src")
before_m=$(rows "$src" 'Báo cáo m' m)
pg_dump -Fc -f "$dump" "$src"
createdb "$dst"
pg_restore -d "$dst" --exit-on-error "$dump"

fail=0
check() {	# check NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: expected [$2], got [$3]"; fail=1; fi
}
check "views restored" "25" "$(q -d "$dst" -c "SELECT count(*) FROM pg_class WHERE relnamespace = '\"Báo cáo\"'::regnamespace AND relkind = 'v'")"
check "security_invoker kept" "25" "$(q -d "$dst" -c "SELECT count(*) FROM pg_class WHERE relnamespace = '\"Báo cáo\"'::regnamespace AND reloptions @> '{security_invoker=true}'")"
check "registrations restored" "5" "$(q -d "$dst" -c "SELECT count(*) FROM population_rules.sources WHERE dataset = 'Dân cư'")"
check "same rows after restore" "$before" "$(rows "$dst")"
check "materialized views restored" "19" "$(q -d "$dst" -c "SELECT count(*) FROM pg_class WHERE relnamespace = '\"Báo cáo m\"'::regnamespace AND relkind = 'm' AND relispopulated")"
check "materialized rows after restore" "$before_m" "$(rows "$dst" 'Báo cáo m' m)"
check "re-generated after restore" "25" "$(q -d "$dst" -c "SELECT count(*) FROM population_rules.generate_views('Báo cáo', 'Dân cư') WHERE status = 'created'")"
check "same rows after re-generation" "$before" "$(rows "$dst")"
check "decisions kept through dump and re-generation" "1|2|same|kept through a dump" \
	"$(q -d "$dst" -c "SELECT person_key, other_person_key, decision, note FROM \"Báo cáo\".duplicate_decisions")"
exit $fail
