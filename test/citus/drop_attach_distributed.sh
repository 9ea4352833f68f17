#!/usr/bin/env bash
# drop_attach_distributed.sh (Citus suite): dropping a distributed table
# that has rules, attaching a rule and writing in one transaction, and
# dropping the extension, through the coordinator of test/citus_cluster.sh.
#
# DROP TABLE of a guarded distributed table succeeds and takes the rules'
# rows out of the registry and of node_rule on every node (and a household
# rule's counters on the workers); a table of the same name then takes
# rules again.  Attaching a rule and writing the table in the same
# transaction (or DO block) works, every time.  DROP EXTENSION ... CASCADE
# leaves no placement of the extension's reference tables (node_rule, the
# administrative units, made reference tables with the first rule) on
# any node.  Created again, population_rules.citus_prepare(), called by a
# role that owns nothing, makes them reference tables again.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1

# node_rows RULE_IDS: the rows of node_rule for those rules (a list such as
# "1, 2") on the coordinator and on each worker's own placement, one count
# per node, comma-separated
node_rows() {
	local port out=()
	out+=("$(q -c "SELECT count(*) FROM population_rules.node_rule WHERE rule_id IN ($1)")")
	for port in $CITUS_WORKER_PORTS; do
		out+=("$(q -p "$port" -c "DO \$\$ DECLARE p regclass := population_rules._node_rule_placement(); n bigint := 0; BEGIN
			IF p IS NOT NULL THEN EXECUTE format('SELECT count(*) FROM %s WHERE rule_id IN ($1)', p) INTO n; END IF;
			RAISE NOTICE '%', n; END \$\$" 2>&1 | sed -n 's/.*NOTICE: *//p')")
	done
	local IFS=,
	echo "${out[*]}"
}

# ---------------------------------------------------------- DROP TABLE
q -c "CREATE TABLE dr_uid (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('dr_uid', 'pid', colocate_with => 'none')" \
	-c "INSERT INTO dr_uid VALUES ('001090000001', 'a')" \
	-c "CREATE TABLE dr_hh (id text, ho text, quan_he text)" \
	-c "SELECT create_distributed_table('dr_hh', 'ho')" \
	-c "INSERT INTO dr_hh VALUES ('1', 'H1', 'Chủ hộ'), ('2', 'H2', 'Chủ hộ')" >/dev/null || exit 1
uid=$(q -c "SELECT population_rules.attach_unique_id_rule('dr_uid', 'pid')")
nm=$(q -c "SELECT population_rules.attach_names_rule('dr_uid', ARRAY['ho_ten'])")
hh=$(q -c "SELECT population_rules.attach_household_head_rule('dr_hh', 'ho', 'quan_he')")
check "before the drop: the three rules' rows on every node" "3,3,3" "$(node_rows "$uid, $nm, $hh")"
check "before the drop: the household counters on the workers" 2 \
	"$(per_worker "SELECT count(*) FROM $(hh_counters $hh)" | tr , '\n' | awk '{s += $1} END {print s}')"

msg=$(q -c "DROP TABLE dr_uid" 2>&1)
check "DROP TABLE of a distributed table with two rules succeeds" "" "$msg"
check "the dropped table's rules are out of the registry" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.rule WHERE rule_id IN ($uid, $nm)")"
check "the dropped table's rules are out of node_rule on every node" "0,0,0" "$(node_rows "$uid, $nm")"
check "the other table's rule is still on every node" "1,1,1" "$(node_rows "$hh")"

msg=$(q -c "BEGIN" -c "DROP TABLE dr_hh" -c "COMMIT" 2>&1)
check "DROP TABLE of a distributed table with a household rule, in a transaction" "" "$msg"
check "the household rule is out of node_rule on every node" "0,0,0" "$(node_rows "$hh")"
check "its counters and their scopes are gone from the workers" "0|0,0|0" \
	"$(per_worker "SELECT (SELECT count(*) FROM population_rules.household_heads h WHERE h.rule_id < 0
	                        AND NOT EXISTS (SELECT FROM population_rules.placement_scopes s WHERE s.scope_id = h.rule_id))
	                   || '|' || (SELECT count(*) FROM population_rules.placement_scopes WHERE rule_id = $hh)")"

# a rolled-back drop keeps everything
q -c "CREATE TABLE dr_keep (pid text)" -c "SELECT create_distributed_table('dr_keep', 'pid', colocate_with => 'none')" >/dev/null
keep=$(q -c "SELECT population_rules.attach_unique_id_rule('dr_keep', 'pid')")
q -c "BEGIN" -c "DROP TABLE dr_keep" -c "ROLLBACK" >/dev/null 2>&1
check "a rolled-back DROP TABLE keeps the rule on every node" "1,1,1" "$(node_rows "$keep")"
check "... and the rule still guards" 23505 \
	"$(sqlstate postgres "INSERT INTO dr_keep VALUES ('001090000005'), ('001090000005')")"

# the same name again, distributed and guarded
q -c "CREATE TABLE dr_uid (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('dr_uid', 'pid', colocate_with => 'none')" >/dev/null || exit 1
uid2=$(q -c "SELECT population_rules.attach_unique_id_rule('dr_uid', 'pid')")
check "a new table of the same name takes the rule again" yes "$( [ -n "$uid2" ] && [ "$uid2" != "$uid" ] && echo yes)"
check "... one row of it on every node" "1,1,1" "$(node_rows "$uid2")"
check "... and node_rule holds no other row for dr_uid" 1 \
	"$(q -c "SELECT count(*) FROM population_rules.node_rule WHERE tbl_name = 'dr_uid'")"
check "... and it guards: a duplicate refused with 23505" 23505 \
	"$(sqlstate postgres "INSERT INTO dr_uid VALUES ('001090000001', 'a'), ('001090000001', 'b')")"
# two guarded tables in one statement
q -c "DROP TABLE dr_uid, dr_keep" >/dev/null 2>&1
check "DROP TABLE of two guarded distributed tables in one statement" "0,0,0" "$(node_rows "$uid2, $keep")"
check "no rule left in the registry" 0 "$(q -c "SELECT count(*) FROM population_rules.rule")"

# ------------------------------- attach and write in one transaction
# Citus may run a statement over several connections per worker; the
# rule's row in node_rule, written by the attach, must be seen by every
# one of them that writes the table later in the transaction.  Rounds,
# each on a new table: a DO block attaching the unique-id rule and writing
# many shards (INSERT ... SELECT, UPDATE of every row), then a duplicate
# in the same block; a transaction attaching the household rule, writing
# households on every shard and rebuilding the rule before more writes.
rounds=${ATTACH_ROUNDS:-5}
ok_uid=0 ok_hh=0
for i in $(seq 1 "$rounds"); do
	q -c "CREATE TABLE tx_uid (pid text, n int)" \
		-c "SELECT create_distributed_table('tx_uid', 'pid', colocate_with => 'none')" \
		-c "CREATE TABLE tx_hh (id int, ho int, quan_he text)" \
		-c "SELECT create_distributed_table('tx_hh', 'ho', colocate_with => 'none')" >/dev/null || exit 1
	out=$(q -c "DO \$\$ DECLARE k bigint; BEGIN
		PERFORM population_rules.attach_unique_id_rule('tx_uid', 'pid');
		INSERT INTO tx_uid SELECT '0010900' || lpad(i::text, 5, '0'), i FROM generate_series(1, 500) i;
		UPDATE tx_uid SET n = n + 1;
		BEGIN
			INSERT INTO tx_uid VALUES ('001090000007', 0);
			RAISE NOTICE 'duplicate let in';
		EXCEPTION WHEN unique_violation THEN
			RAISE NOTICE 'duplicate refused';
		END;
		SELECT count(*) INTO k FROM tx_uid;
		RAISE NOTICE 'rows %', k; END \$\$" 2>&1)
	if [ "$(sed -n 's/.*NOTICE: *//p' <<<"$out" | paste -sd,)" = "duplicate refused,rows 500" ]; then
		ok_uid=$((ok_uid + 1))
	else
		echo "round $i, unique id: $out"
	fi
	out=$(q -c "BEGIN" \
		-c "SELECT population_rules.attach_household_head_rule('tx_hh', 'ho', 'quan_he')" \
		-c "INSERT INTO tx_hh SELECT i, i / 3, CASE WHEN i % 3 = 0 THEN 'Chủ hộ' ELSE 'Con' END FROM generate_series(0, 299) i" \
		-c "UPDATE tx_hh SET quan_he = 'Cháu' WHERE quan_he = 'Con'" \
		-c "SELECT population_rules.rebuild_rule(rule_id) FROM population_rules.rule WHERE tbl = 'tx_hh'::regclass" \
		-c "DELETE FROM tx_hh WHERE ho >= 50" \
		-c "COMMIT" -c "SELECT count(*) FROM tx_hh" 2>&1)
	rid=$(q -c "SELECT coalesce(max(rule_id), 0) FROM population_rules.rule WHERE tbl = 'tx_hh'::regclass")
	hh_counts=$(per_worker "SELECT coalesce(sum(members), 0) || '/' || coalesce(sum(heads), 0)
		FROM $(hh_counters $rid)" | tr , '\n' |
		awk -F/ '{m += $1; h += $2} END {print m "/" h}')
	if [ "$(tail -1 <<<"$out")|$hh_counts" = "150|150/50" ] &&
		[ "$(sqlstate postgres "INSERT INTO tx_hh VALUES (-1, 7, 'chủ hộ')")" = 23514 ]; then
		ok_hh=$((ok_hh + 1))
	else
		echo "round $i, household: $out (counters $hh_counts)"
	fi
	q -c "DROP TABLE tx_uid, tx_hh" >/dev/null
done
check "attach of the unique-id rule and writes in one DO block, $rounds rounds" "$rounds" "$ok_uid"
check "attach, writes and rebuild of the household rule in one transaction, $rounds rounds" "$rounds" "$ok_hh"

# A statement run before in the transaction over several connections per
# worker (create_distributed_table in a transaction block does) keeps
# them: the attach is refused, saying what to do, rather than a later
# write failing.  Each of the two ways it names works.
msg=$(q -c "BEGIN" -c "CREATE TABLE tx_new (pid text)" \
	-c "SELECT create_distributed_table('tx_new', 'pid')" \
	-c "SELECT population_rules.attach_unique_id_rule('tx_new', 'pid')" -c "COMMIT" 2>&1)
check "create_distributed_table then attach in one transaction: refused with the way out" yes \
	"$(grep -q "ERROR:  cannot attach rule .* to table .*tx_new in this transaction: Citus reaches its shard" <<<"$msg" &&
		grep -q "HINT:  .*SET LOCAL citus.multi_shard_modify_mode TO 'sequential'" <<<"$msg" && echo yes || echo "$msg")"
check "... its SQLSTATE is 55000" 55000 \
	"$(sqlstate postgres "CREATE TABLE tx_new (pid text); PERFORM create_distributed_table('tx_new', 'pid');
		PERFORM population_rules.attach_unique_id_rule('tx_new', 'pid')")"
check "... and nothing of it stays" "0|0" \
	"$(q -c "SELECT count(*) FROM pg_class WHERE relname = 'tx_new'" -c "SELECT count(*) FROM population_rules.rule" | paste -sd'|')"
check "create table, attach, distribute_table and writes in one transaction" "23505|500" \
	"$(q -c "BEGIN" -c "CREATE TABLE tx_new (pid text)" \
		-c "SELECT population_rules.attach_unique_id_rule('tx_new', 'pid')" \
		-c "SELECT population_rules.distribute_table('tx_new', 'pid')" \
		-c "INSERT INTO tx_new SELECT '0010900' || lpad(i::text, 5, '0') FROM generate_series(1, 500) i" -c "COMMIT" >/dev/null
	  echo "$(sqlstate postgres "INSERT INTO tx_new VALUES ('001090000001')")|$(q -c "SELECT count(*) FROM tx_new")")"
q -c "DROP TABLE tx_new" >/dev/null
check "sequential mode first, then create_distributed_table, attach and writes in one transaction" "23505|500" \
	"$(q -c "BEGIN" -c "SET LOCAL citus.multi_shard_modify_mode TO 'sequential'" -c "CREATE TABLE tx_new (pid text)" \
		-c "SELECT create_distributed_table('tx_new', 'pid')" \
		-c "SELECT population_rules.attach_unique_id_rule('tx_new', 'pid')" \
		-c "INSERT INTO tx_new SELECT '0010900' || lpad(i::text, 5, '0') FROM generate_series(1, 500) i" -c "COMMIT" >/dev/null
	  echo "$(sqlstate postgres "INSERT INTO tx_new VALUES ('001090000001')")|$(q -c "SELECT count(*) FROM tx_new")")"
q -c "DROP TABLE tx_new" >/dev/null

# ------------------------------------------- DROP EXTENSION ... CASCADE
q -c "CREATE TABLE dr_ext (pid text)" -c "SELECT create_distributed_table('dr_ext', 'pid', colocate_with => 'none')" >/dev/null
q -c "SELECT population_rules.attach_unique_id_rule('dr_ext', 'pid')" \
	-c "INSERT INTO dr_ext VALUES ('001090000001')" >/dev/null
check "before the drop: node_rule and the unit tables are reference tables, each placement in the extension" \
	"n n n|3/3,3/3,3/3" \
	"$(q -c "SELECT string_agg(partmethod::text, ' ') FROM pg_dist_partition
	          WHERE logicalrelid IN ('population_rules.node_rule'::regclass,
	                 'population_rules.pre2025_provinces'::regclass, 'population_rules.pre2025_communes'::regclass)")|$(ext_placements)"
msg=$(q -c "DROP EXTENSION population_rules CASCADE" 2>&1 | grep -v '^NOTICE:\|^DETAIL:\|^drop cascades')
check "DROP EXTENSION population_rules CASCADE with a guarded distributed table" "" "$msg"
units_left="SELECT count(*) FROM pg_class WHERE relname ~ '^(node_rule|pre2025_provinces|pre2025_communes)'"
check "no placement of node_rule or of the unit tables left on any node" "0,0,0" \
	"$(q -c "$units_left"),$(per_worker "$units_left")"
check "no node_rule left in Citus's metadata on the coordinator" 0 \
	"$(q -c "SELECT count(*) FROM pg_dist_partition p WHERE NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = p.logicalrelid)")"
check "the extension is gone from the workers" "0,0" \
	"$(per_worker "SELECT count(*) FROM pg_extension WHERE extname = 'population_rules'")"
check "the table stays, with its rows, and takes writes" 2 \
	"$(q -c "INSERT INTO dr_ext VALUES ('001090000002')" -c "SELECT count(*) FROM dr_ext")"
q -c "CREATE EXTENSION population_rules" >/dev/null || exit 1
q -c "DROP ROLE IF EXISTS dr_nobody" -c "CREATE ROLE dr_nobody" >/dev/null
# How many times the trigger of the reference tables' placements fires,
# on the coordinator's placements, in the session of a citus_prepare():
# the first call writes once a table (after Citus's own copies of the
# rows into the new placements, which fire it too: counted apart below,
# in a transaction rolled back), a later one once a table again (for a
# node added since).
fired="SELECT coalesce(pg_stat_get_xact_function_calls('population_rules._on_reference_placement()'::regprocedure), 0)"
copies=$(q -c "SET track_functions = 'pl'" -c "BEGIN" \
	-c "SET LOCAL citus.multi_shard_modify_mode = 'sequential'" \
	-c "SET LOCAL citus.enable_unsafe_triggers = on" \
	-c "SET LOCAL citus.enable_local_reference_table_foreign_keys = off" \
	-c "DO \$\$ BEGIN PERFORM create_reference_table('population_rules.node_rule');
		PERFORM create_reference_table('population_rules.pre2025_provinces');
		PERFORM create_reference_table('population_rules.pre2025_communes'); END \$\$" \
	-c "$fired" -c "ROLLBACK" 2>/dev/null)
check "Citus's copies of the units' rows into new placements counted" yes \
	"$([[ $copies =~ ^[1-9][0-9]*$ ]] && echo yes || echo "$copies")"
prepared="SELECT string_agg(t::text, ' ') FROM population_rules.citus_prepare() t"
check "created again: citus_prepare() by a role that owns nothing makes its tables reference tables" \
	"population_rules.node_rule population_rules.pre2025_provinces population_rules.pre2025_communes|$((copies + 3))|3/3,3/3,3/3" \
	"$(q -c "SET track_functions = 'pl'" -c "SET ROLE dr_nobody" -c "BEGIN" -c "$prepared" -c "$fired" -c "COMMIT" | paste -sd'|')|$(ext_placements)"
check "... and run again, the same" \
	"population_rules.node_rule population_rules.pre2025_provinces population_rules.pre2025_communes|3|3/3,3/3,3/3" \
	"$(q -c "SET track_functions = 'pl'" -c "BEGIN" -c "$prepared" -c "$fired" -c "COMMIT" | paste -sd'|')|$(ext_placements)"
q -c "DROP ROLE dr_nobody" >/dev/null
ext=$(q -c "SELECT population_rules.attach_unique_id_rule('dr_ext', 'pid')")
check "created again, the extension guards a distributed table" "1,1,1" "$(node_rows "$ext")"
q -c "DROP TABLE dr_ext" >/dev/null

exit $fail
