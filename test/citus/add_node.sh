#!/usr/bin/env bash
# add_node.sh (Citus suite): a worker added to the cluster of
# test/citus_cluster.sh after the extension's tables became reference
# tables.
#
# node_rule and the administrative units are made reference tables (a
# household rule on a distributed table, and citus_prepare()); a third
# worker is started (as the suite's workers are) and added with
# citus_add_node.  Citus 13 gives it no placement then; the next copy of
# the reference tables creates them: here a rebalance, which moves shards
# of the household rule's table onto the new worker after copying them
# (replicate_reference_tables(), citus_rebalance_start() and the next
# create_distributed_table do the same; a plain shard move is refused
# until then), after which the rules hold on a moved shard there: a
# second head refused, a duplicate id refused in the unique-id rule's own
# words (Citus copies node_rule there in binary, so the names, not the
# object ids, of its row must find the tables), and a detach leaves no
# trigger copy on the moved shards.  Each
# placement joins the extension there by itself: Citus creates a copied
# placement's triggers after its rows, so no write fires the tables'
# trigger there, and the extension's event trigger on CREATE TRIGGER
# (_on_create_trigger) takes in the table whose reference_placement
# trigger Citus creates.  DROP EXTENSION ... CASCADE, with no
# citus_prepare() run since, then leaves no placement of the extension on
# the new worker.  Created again, citus_prepare() makes the reference
# tables on all four nodes, and run again has nothing more to do; the
# extension dropped once more leaves nothing either.  The worker is
# removed and stopped at the end, whatever happened, and the extension
# created again: the scripts after this one see the suite's cluster of
# two workers.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/cluster.sh
. test/citus_cluster.sh
CITUS_DIR=$PGHOST

# a port of no node of the cluster (their sockets are in our directory)
new_port=$(CLUSTER_DIR=$CITUS_DIR cluster_free_port)
new=3

cleanup() {
	if [ -n "$(q -c "SELECT 1 FROM pg_dist_node WHERE nodeport = $new_port" 2>/dev/null)" ]; then
		q -c "SELECT citus_remove_node('$CITUS_DIR', $new_port)" >/dev/null 2>&1 ||
			echo "FAILED: the new worker not removed from the cluster" >&2
	fi
	if [ -f "$CITUS_DIR/node$new/postmaster.pid" ]; then
		as_postgres "$PG_BINDIR/pg_ctl" -D "$CITUS_DIR/node$new" -m fast -w stop >/dev/null 2>&1 ||
			as_postgres "$PG_BINDIR/pg_ctl" -D "$CITUS_DIR/node$new" -m immediate -w stop >/dev/null 2>&1
	fi
	rm -rf "$CITUS_DIR/node$new" "$CITUS_DIR/initdb$new.log" "$CITUS_DIR/server$new.log"
	q -c "DROP TABLE IF EXISTS an_hh, an_uid" >/dev/null 2>&1
}
trap cleanup EXIT

# placements PORT: on the node listening on PORT, each placement of the
# extension's reference tables with the extension it is a member of
# (pg_depend, deptype 'e'), or "-": "node_rule_102008 population_rules ..."
placements() {
	q -p "$1" -c "SET citus.override_table_visibility = off" \
		-c "SELECT string_agg(c.relname || ' ' || coalesce(e.extname, '-'), ', ' ORDER BY c.relname)
		      FROM pg_class c
		      LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
		      LEFT JOIN pg_extension e ON e.oid = d.refobjid
		     WHERE c.relkind = 'r' AND c.relname ~ '^(node_rule|pre2025_provinces|pre2025_communes)_[0-9]+$'"
}
# members PORT: "members/all" of those placements on that node
members() {
	q -p "$1" -c "SET citus.override_table_visibility = off" \
		-c "SELECT count(d.objid) || '/' || count(*) FROM pg_class c
		      LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
		     WHERE c.relkind = 'r' AND c.relname ~ '^(node_rule|pre2025_provinces|pre2025_communes)_[0-9]+$'"
}

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1

# ------------------------------------- the reference tables, two workers
q -c "CREATE TABLE an_hh (id int, ho int, quan_he text)" \
	-c "SELECT create_distributed_table('an_hh', 'ho', colocate_with => 'none')" \
	-c "INSERT INTO an_hh SELECT i, i / 3, CASE WHEN i % 3 = 0 THEN 'Chủ hộ' ELSE 'Con' END FROM generate_series(0, 29) i" \
	>/dev/null || exit 1
hh=$(q -c "SELECT population_rules.attach_household_head_rule('an_hh', 'ho', 'quan_he')") || exit 1
q -c "CREATE TABLE an_uid (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('an_uid', 'pid', colocate_with => 'none')" \
	-c "INSERT INTO an_uid SELECT '0010900' || lpad(i::text, 5, '0'), 'a' FROM generate_series(1, 60) i" \
	>/dev/null || exit 1
q -c "SELECT population_rules.attach_unique_id_rule('an_uid', 'pid')" >/dev/null || exit 1
q -c "SELECT population_rules.citus_prepare()" >/dev/null || exit 1
check "before the new worker: each placement of the reference tables in the extension" \
	"3/3,3/3,3/3" "$(ext_placements)"

# ------------------------------------------------------ the new worker
citus_node_start $new "$new_port" || exit 1
citus_on "$new_port" -c "CREATE EXTENSION citus" || exit 1
q -c "SELECT citus_add_node('$CITUS_DIR', $new_port)" >/dev/null || exit 1
check "citus_add_node: the extension is created on the new worker" 1 \
	"$(q -p "$new_port" -c "SELECT count(*) FROM pg_extension WHERE extname = 'population_rules'")"
check "citus_add_node: no placement of the reference tables there yet" "0/0" "$(members "$new_port")"

q -c "SELECT rebalance_table_shards('an_hh', shard_transfer_mode => 'block_writes')" \
	-c "SELECT rebalance_table_shards('an_uid', shard_transfer_mode => 'block_writes')" \
	-c "CALL citus_cleanup_orphaned_resources()" >/dev/null || exit 1
echo "new worker, after a rebalance: $(placements "$new_port")"
check "a rebalance onto the new worker: its three placements of the reference tables are in the extension" \
	"3/3" "$(members "$new_port")"
# a household with a head whose shard moved to the new worker
moved=$(q -c "SELECT h.ho FROM an_hh h JOIN pg_dist_shard_placement p ON p.shardid = get_shard_id_for_distribution_column('an_hh', h.ho)
               WHERE p.nodeport = $new_port AND h.quan_he = 'Chủ hộ' ORDER BY h.ho LIMIT 1")
check "... a shard of the rule's table moved there, and the rule holds on it: a second head refused" "yes|23514" \
	"$([ -n "$moved" ] && echo yes)|$(sqlstate postgres "INSERT INTO an_hh VALUES (100, ${moved:-0}, 'Chủ hộ')")"
check "... and a member let in" 1 \
	"$(q -c "INSERT INTO an_hh VALUES (101, ${moved:-0}, 'Con')" -c "SELECT count(*) FROM an_hh WHERE id = 101")"
check "... node_rule's placement there holds the household rule's row" 1 \
	"$(q -p "$new_port" -c "DO \$\$ DECLARE p regclass := population_rules._node_rule_placement(); n bigint := 0; BEGIN
		IF p IS NOT NULL THEN EXECUTE format('SELECT count(*) FROM %s WHERE rule_id = $hh', p) INTO n; END IF;
		RAISE NOTICE '%', n; END \$\$" 2>&1 | sed -n 's/.*NOTICE: *//p')"
check "... and the other nodes' are still" "3/3,3/3,3/3" "$(ext_placements)"
# an id whose shard moved to the new worker, written again
taken=$(q -c "SELECT u.pid FROM an_uid u JOIN pg_dist_shard_placement p ON p.shardid = get_shard_id_for_distribution_column('an_uid', u.pid)
               WHERE p.nodeport = $new_port ORDER BY u.pid LIMIT 1")
msg=$(q -c "INSERT INTO an_uid VALUES ('${taken:-none}', 'b')" 2>&1)
check "... a duplicate id on a shard moved there is refused in the unique-id rule's words, naming the logical table" yes \
	"$([ -n "$taken" ] && grep -q 'duplicate personal id number in table "an_uid"' <<<"$msg" && echo yes || echo "$msg")"
# the rule triggers on the new worker's shards of an_hh (not on the
# extension's own reference tables, which keep theirs)
shard_triggers="SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
	WHERE p.pronamespace = 'population_rules'::regnamespace AND p.proname LIKE '%s'
	  AND EXISTS (SELECT FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
	               WHERE pl.groupid = (SELECT groupid FROM pg_dist_local_group)
	                 AND s.logicalrelid = 'an_hh'::regclass
	                 AND population_rules._local_shard(s.logicalrelid, s.shardid) = t.tgrelid)"
check "... the shards moved there hold a copy of the table's TRUNCATE trigger" yes \
	"$([ "$(q -p "$new_port" -c "$(printf "$shard_triggers" _truncate_trigger)")" -gt 0 ] && echo yes)"
q -c "SELECT population_rules.detach_rule($hh)" >/dev/null || echo "FAILED: detach $hh"
check "... detached, the household rule leaves no trigger on the shards there" 0 \
	"$(q -p "$new_port" -c "$(printf "$shard_triggers" %)")"

# ------------------------------------ DROP EXTENSION, no citus_prepare()
units_left="SELECT count(*) FROM pg_class WHERE relname ~ '^(node_rule|pre2025_provinces|pre2025_communes)'"
ext_left="SELECT count(*) FROM pg_extension WHERE extname = 'population_rules'"
# drop_all WHAT: DROP EXTENSION ... CASCADE on the coordinator, and what
# is left of it on the new worker and on the other nodes
drop_all() {
	msg=$(q -c "DROP EXTENSION population_rules CASCADE" 2>&1 | grep -v '^NOTICE:\|^DETAIL:\|^drop cascades')
	check "DROP EXTENSION population_rules CASCADE with three workers ($1)" "" "$msg"
	check "... no placement of the extension's tables left on the new worker, nor the extension" "0|0" \
		"$(q -p "$new_port" -c "$units_left")|$(q -p "$new_port" -c "$ext_left")"
	check "... nor on the other nodes" "0,0,0" "$(q -c "$units_left"),$(per_worker "$units_left")"
}
drop_all "its copies made by the rebalance"
q -c "DROP TABLE an_hh, an_uid" >/dev/null

# ------------- created again: citus_prepare() with the new worker there
q -c "CREATE EXTENSION population_rules" >/dev/null || exit 1
prepared="SELECT string_agg(t::text, ' ') FROM population_rules.citus_prepare() t"
check "created again, citus_prepare() makes the reference tables on the four nodes, each placement in the extension" \
	"population_rules.node_rule population_rules.pre2025_provinces population_rules.pre2025_communes|3/3,3/3,3/3|3/3" \
	"$(q -c "$prepared")|$(ext_placements)|$(members "$new_port")"
check "... and run again, the same, nothing else to do" \
	"population_rules.node_rule population_rules.pre2025_provinces population_rules.pre2025_communes|3/3,3/3,3/3|3/3" \
	"$(q -c "$prepared")|$(ext_placements)|$(members "$new_port")"
drop_all "citus_prepare()'s copies"

# ------------------------------ the new worker removed, the extension back
q -c "SELECT citus_remove_node('$CITUS_DIR', $new_port)" >/dev/null
check "the new worker removed: the cluster's two workers again" 2 \
	"$(q -c "SELECT count(*) FROM pg_dist_node WHERE noderole = 'primary' AND groupid <> 0")"
q -c "CREATE EXTENSION population_rules" >/dev/null || fail=1

exit $fail
