#!/usr/bin/env bash
# dump_restore_distributed.sh (Citus suite): a schema of distributed tables
# with rules, dumped from the coordinator of test/citus_cluster.sh and
# restored into a fresh database of the same cluster, by the procedure the
# README gives ("Scaling out with Citus"):
#
#   1. pg_dump the coordinator's database: Citus keeps its metadata and
#      shards out of dumps, so the tables come out as plain tables holding
#      every row (read through the coordinator), with the rules' triggers
#      and constraints and the registry rows of the extension (a dump of
#      some schemas only would carry the registry rows of every table);
#   2. make the new database a Citus database (citus on every node, the
#      workers added), restore the dump into it on the coordinator;
#   3. population_rules.distribute_table() each table again: its rules
#      go with it to the workers.
#
# Asserted: the restored rows equal the source's, the rules are the same,
# and they guard again (a duplicate id, a second head refused on the
# workers).  Between the restore and distribute_table the household rule
# has no counters (the source kept them on its workers): nothing is
# written to such a table in between, or rebuild_rule is run first.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

src=pr_source
db=pr_restored
q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
all_ports="$PGPORT $CITUS_WORKER_PORTS"
cleanup() {
	local port d
	for d in $src $db; do
		for port in $all_ports; do
			q -p "$port" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1
		done
	done
	rm -f "$dump"
}
dump=$(mktemp /tmp/population_rules-dump.XXXXXX)
trap cleanup EXIT

# citus_db NAME: a new database on every node, with Citus, the workers
# added on the coordinator (Citus 13 does not create databases on the
# workers by itself)
citus_db() {
	local port
	for port in $all_ports; do
		q -p "$port" -c "CREATE DATABASE $1" && q -p "$port" -d "$1" -c "CREATE EXTENSION citus" || return 1
	done
	q -d "$1" -c "SELECT citus_set_coordinator_host('$PGHOST', $PGPORT)" >/dev/null || return 1
	for port in $CITUS_WORKER_PORTS; do
		q -d "$1" -c "SELECT citus_add_node('$PGHOST', $port)" >/dev/null || return 1
	done
}

# ------------------------------------------------------------ the source
citus_db $src 2>/dev/null || exit 1
q -d $src -c "CREATE EXTENSION population_rules" \
	-c "CREATE SCHEMA dr" \
	-c "CREATE TABLE dr.card (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('dr.card', 'pid', colocate_with => 'none')" \
	-c "CREATE TABLE dr.member (id text, ho text, quan_he text)" \
	-c "SELECT create_distributed_table('dr.member', 'ho', colocate_with => 'none')" \
	-c "INSERT INTO dr.card SELECT '0010900' || lpad(i::text, 5, '0'), 'người ' || i FROM generate_series(1, 200) i" \
	-c "INSERT INTO dr.member SELECT i::text, 'H' || (i / 4), CASE WHEN i % 4 = 0 THEN 'Chủ hộ' ELSE 'Con' END FROM generate_series(0, 199) i" \
	>/dev/null || exit 1
q -d $src -c "SELECT population_rules.attach_unique_id_rule('dr.card', 'pid')" \
	-c "SELECT population_rules.attach_names_rule('dr.card', ARRAY['ho_ten'])" \
	-c "SELECT population_rules.attach_household_head_rule('dr.member', 'ho', 'quan_he')" >/dev/null || exit 1
rules_of() {		# rules_of DB: the registry of the schema's tables
	q -d "$1" -c "SELECT string_agg(format('%s %s %s %s %s', tbl, rule_name, kind, colnames, mode), '; ' ORDER BY tbl::text, rule_name)
	             FROM population_rules.rule WHERE tbl::text LIKE 'dr.%'"
}
rows_of() {		# rows_of DB: a digest of both tables' rows
	q -d "$1" -c "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
	             SELECT format('c %s %s', pid, ho_ten) FROM dr.card
	             UNION ALL SELECT format('m %s %s %s', id, ho, quan_he) FROM dr.member) s(x)"
}
src_rules=$(rules_of $src)
src_rows=$(rows_of $src)
check "the source: three rules, 400 rows" "3|400" \
	"$(q -d $src -c "SELECT count(*) FROM population_rules.rule" -c "SELECT (SELECT count(*) FROM dr.card) + (SELECT count(*) FROM dr.member)" | paste -sd'|')"

# ------------------------------------------------------------ 1. the dump
pg_dump -d $src -f "$dump" 2>"$dump.err"
check "pg_dump of the coordinator's database" "" "$(cat "$dump.err")"
rm -f "$dump.err"
check "the dump holds no Citus shard or metadata" 0 \
	"$(grep -cE '(node_rule|pre2025_provinces|pre2025_communes)_[0-9]|(card|member)_[0-9]|pg_dist_' "$dump")"

# ------------------------------------------------------------ 2. restore
citus_db $db 2>/dev/null || exit 1
msg=$(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$dump" 2>&1 >/dev/null)
check "the dump restores into the new database on the coordinator" "" "$msg"
check "restored: the rules are the source's" "$src_rules" "$(rules_of $db)"
check "restored: the rows are the source's" "$src_rows" "$(rows_of $db)"
check "restored: the tables are plain tables until distributed again" 0 \
	"$(q -d "$db" -c "SELECT count(*) FROM pg_dist_partition WHERE logicalrelid::text LIKE 'dr.%'")"
check "restored, not yet distributed: the unique-id rule guards the plain table" 23505 \
	"$(sqlstate "$db" "INSERT INTO dr.card VALUES ('001090000001', 'x')")"
# the source's household counters were on its workers: the restored
# coordinator has none until distribute_table (or rebuild_rule) counts
check "restored, not yet distributed: no household counters on the coordinator" 0 \
	"$(q -d "$db" -c "SELECT count(*) FROM population_rules.household_heads")"

# ------------------------------------------------------------ 3. distribute
q -d "$db" -c "SELECT population_rules.distribute_table('dr.card', 'pid', colocate_with => 'none')" \
	-c "SELECT population_rules.distribute_table('dr.member', 'ho', colocate_with => 'none')" >/dev/null 2>&1
check "distributed again with population_rules.distribute_table" "h,h" \
	"$(q -d "$db" -c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid::text LIKE 'dr.%' ORDER BY logicalrelid::text" | paste -sd,)"
check "distributed: the rows are the source's" "$src_rows" "$(rows_of $db)"
check "distributed: the extension's node_rule and unit tables are reference tables again" "n,n,n" \
	"$(q -d "$db" -c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid::text ~ '^population_rules\.(node_rule|pre2025_provinces|pre2025_communes)$'" | paste -sd,)"
check "distributed: the rules reached every worker" "3,3" \
	"$(for port in $CITUS_WORKER_PORTS; do
		q -p "$port" -d "$db" -c "DO \$\$ DECLARE p regclass := population_rules._node_rule_placement(); n bigint := 0; BEGIN
			IF p IS NOT NULL THEN EXECUTE format('SELECT count(*) FROM %s n WHERE n.tbl_schema = ''dr''', p) INTO n; END IF;
			RAISE NOTICE '%', n; END \$\$" 2>&1 | sed -n 's/.*NOTICE: *//p'
	done | paste -sd,)"
check "distributed: a duplicate id refused on the worker (23505)" 23505 \
	"$(sqlstate "$db" "INSERT INTO dr.card VALUES ('001090000001', 'x')")"
check "distributed: a second head refused on the worker (23514)" 23514 \
	"$(sqlstate "$db" "INSERT INTO dr.member VALUES ('x', 'H1', 'chủ hộ')")"
check "distributed: a name normalized on the worker" "Lê Văn Tám" \
	"$(q -d "$db" -c "INSERT INTO dr.card VALUES ('001090000999', 'LÊ  văn tám') RETURNING ho_ten")"
check "distributed: a new household with its head goes in" 2 \
	"$(q -d "$db" -c "INSERT INTO dr.member VALUES ('n1', 'HN', 'Chủ hộ'), ('n2', 'HN', 'Con')" -c "SELECT count(*) FROM dr.member WHERE ho = 'HN'")"

exit $fail
