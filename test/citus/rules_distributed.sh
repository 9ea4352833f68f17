#!/usr/bin/env bash
# rules_distributed.sh (Citus suite): rules on distributed tables, written
# through the coordinator, run by test/run-all.sh after rules_layouts.sh
# against a coordinator and two workers (test/citus_cluster.sh).
#
# Each rule in both orders on the layout where it is right: distributed
# then attached (attach_*_rule on a distributed table), and attached then
# distributed (population_rules.distribute_table); a guarded write through
# the coordinator; set_rule_mode seen on the workers; detach leaving
# nothing on any node; a shard move of a table with a household rule
# refused, of a table with a unique-id rule kept working.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1

# worker_mode RULE: the mode each worker's node_rule placement holds
worker_mode() {
	local port
	for port in $CITUS_WORKER_PORTS; do
		q -p "$port" -c "DO \$\$ DECLARE p text; m text; BEGIN
			SELECT pg_catalog.shard_name(s.logicalrelid, s.shardid) INTO p FROM pg_catalog.pg_dist_shard s
			 WHERE s.logicalrelid = 'population_rules.node_rule'::regclass;
			EXECUTE format('SELECT mode FROM %s WHERE rule_id = $1', p) INTO m USING $1;
			RAISE NOTICE '%', coalesce(m, 'none'); END \$\$" 2>&1 | sed -n 's/.*NOTICE: *//p'
	done | sort -u | paste -sd,
}

# ---------------------------------------------------------------- names
# Distributed first (by any column), then attached.
q -c "CREATE TABLE nm_dist (id text, ho_ten text, goc text)" \
	-c "SELECT create_distributed_table('nm_dist', 'id')" >/dev/null || exit 1
nm=$(q -c "SELECT population_rules.attach_names_rule('nm_dist', ARRAY['ho_ten'], original_columns => ARRAY['goc'])")
check "names, distributed then attached: attach works" yes "$( [ -n "$nm" ] && echo yes)"
check "names, distributed then attached: normalized through the coordinator" "Nguyễn Văn An|NGUYỄN   văn an" \
	"$(q -c "INSERT INTO nm_dist VALUES ('1', 'NGUYỄN   văn an') RETURNING ho_ten, goc")"
check "names: COPY through the coordinator normalized too" "Trần Thị Bình" \
	"$(printf '2\ttrần  thị bình\n' | q -c "COPY nm_dist (id, ho_ten) FROM STDIN" -c "SELECT ho_ten FROM nm_dist WHERE id = '2'")"
check "names: the rule's row is on every worker" "enforce" "$(worker_mode "$nm")"
# set_rule_mode reaches the workers, in the same transaction
q -c "SELECT population_rules.set_rule_mode($nm, 'warn')" >/dev/null
check "names: set_rule_mode seen on the workers" "warn" "$(worker_mode "$nm")"
msg=$(q -c "INSERT INTO nm_dist VALUES ('3', 'lê  văn cường')" 2>&1)
check "names in warn mode: a WARNING from the worker naming the logical table" yes \
	"$(grep -q 'WARNING:.*"nm_dist"' <<<"$msg" && echo yes || echo "$msg")"
q -c "BEGIN" -c "SELECT population_rules.set_rule_mode($nm, 'log')" -c "ROLLBACK" >/dev/null
check "names: a rolled-back set_rule_mode leaves the workers' mode" "warn" "$(worker_mode "$nm")"

q -c "ALTER TABLE nm_dist RENAME COLUMN ho_ten TO \"Họ tên\"" >/dev/null
check "names: a renamed column reaches the workers' copy of the rule" "Vũ Thị Lan" \
	"$(q -c "SELECT population_rules.set_rule_mode($nm, 'enforce')" -c "INSERT INTO nm_dist VALUES ('4', 'vũ thị   lan') RETURNING \"Họ tên\"" | tail -1)"
# Attached first, then distributed by population_rules.distribute_table.
q -c "CREATE TABLE nm_local (id text, ho_ten text)" \
	-c "INSERT INTO nm_local VALUES ('1', 'x')" >/dev/null || exit 1
nm2=$(q -c "SELECT population_rules.attach_names_rule('nm_local', ARRAY['ho_ten'])")
q -c "SELECT population_rules.distribute_table('nm_local', 'id')" >/dev/null
check "names, attached then distributed: the table is distributed" h \
	"$(q -c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid = 'nm_local'::regclass")"
check "names, attached then distributed: the rows moved to the shards" 1 "$(q -c "SELECT count(*) FROM nm_local")"
check "names, attached then distributed: normalized through the coordinator" "Phạm Thị Hoa" \
	"$(q -c "INSERT INTO nm_local VALUES ('2', 'PHẠM THỊ   HOA') RETURNING ho_ten")"
check "citus.enable_unsafe_triggers is not left on after attach and distribute_table" off \
	"$(q -c "CREATE TABLE nm_guc (id text, ho_ten text)" -c "BEGIN" \
		-c "SELECT population_rules.attach_names_rule('nm_guc', ARRAY['ho_ten'])" \
		-c "SELECT population_rules.distribute_table('nm_guc', 'id')" \
		-c "SELECT population_rules.attach_names_rule('nm_guc', ARRAY['ho_ten'], rule_name => 'second')" \
		-c "SHOW citus.enable_unsafe_triggers" -c "COMMIT" 2>/dev/null | tail -1)"

# A reference table: the names rule works on any layout.
q -c "CREATE TABLE nm_ref (id text, ho_ten text)" -c "SELECT create_reference_table('nm_ref')" >/dev/null
q -c "SELECT population_rules.attach_names_rule('nm_ref', ARRAY['ho_ten'])" >/dev/null
check "names on a reference table: normalized on every node" "Đỗ Văn Tú" \
	"$(q -c "INSERT INTO nm_ref VALUES ('1', 'đỗ văn  tú')" -c "SELECT DISTINCT ho_ten FROM nm_ref")"

# ------------------------------------------------------------ unique id
q -c "CREATE TABLE uid_dist (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('uid_dist', 'pid', colocate_with => 'none')" \
	-c "INSERT INTO uid_dist VALUES ('001090000001', 'a')" >/dev/null || exit 1
uid=$(q -c "SELECT population_rules.attach_unique_id_rule('uid_dist', 'pid')")
check "unique id, distributed then attached: a new id goes in" 1 \
	"$(q -c "INSERT INTO uid_dist VALUES ('001090000002', 'b')" -c "SELECT count(*) FROM uid_dist WHERE pid = '001090000002'")"
check "unique id, distributed then attached: a duplicate is refused with 23505" 23505 \
	"$(sqlstate postgres "INSERT INTO uid_dist VALUES ('001090000001', 'c')")"
msg=$(q -c "INSERT INTO uid_dist VALUES ('001090000001', 'c')" 2>&1)
check "the duplicate's message is the rule's, naming the logical table" yes \
	"$(grep -q 'duplicate personal id number in table "uid_dist"' <<<"$msg" && echo yes || echo "$msg")"
check "a malformed id is refused on the worker (23514)" 23514 \
	"$(sqlstate postgres "INSERT INTO uid_dist VALUES ('12345', 'd')")"
check "unique id on a distributed table: warn mode refused (0A000)" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.set_rule_mode($uid, 'warn')")"
check "the refused mode change left enforce on the workers" enforce "$(worker_mode "$uid")"

q -c "CREATE TABLE uid_local (pid text, ho_ten text)" \
	-c "INSERT INTO uid_local VALUES ('001090000001', 'a')" >/dev/null
uid2=$(q -c "SELECT population_rules.attach_unique_id_rule('uid_local', 'pid')")
q -c "SELECT population_rules.distribute_table('uid_local', 'pid')" >/dev/null
check "unique id, attached then distributed: distributed" h \
	"$(q -c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid = 'uid_local'::regclass")"
msg=$(q -c "INSERT INTO uid_local VALUES ('001090000001', 'b')" 2>&1)
check "unique id, attached then distributed: a duplicate refused with the rule's message" yes \
	"$(grep -q 'duplicate personal id number in table "uid_local"' <<<"$msg" && echo yes || echo "$msg")"
check "unique id, attached then distributed: 23505" 23505 \
	"$(sqlstate postgres "INSERT INTO uid_local VALUES ('001090000001', 'b')")"

# ------------------------------------------------------------ household
q -c "CREATE TABLE hh_dist (id text, ho text, quan_he text, mat date)" \
	-c "SELECT create_distributed_table('hh_dist', 'ho')" \
	-c "INSERT INTO hh_dist VALUES ('1', 'H1', 'Chủ hộ', NULL), ('2', 'H1', 'Con', NULL)" >/dev/null || exit 1
hh=$(q -c "SELECT population_rules.attach_household_head_rule('hh_dist', 'ho', 'quan_he', death_date_column => 'mat')")
check "household, distributed then attached: counters built on the worker holding H1" "1|2|1" \
	"$(on_workers "SELECT count(*), sum(members), sum(heads) FROM population_rules.household_heads WHERE rule_id = $hh" | grep -v '^0||$')"
check "household: two heads refused through the coordinator (23514)" 23514 \
	"$(sqlstate postgres "INSERT INTO hh_dist VALUES ('3', 'H1', 'chủ hộ', NULL)")"
msg=$(q -c "INSERT INTO hh_dist VALUES ('3', 'H1', 'chủ hộ', NULL)" 2>&1)
check "the two heads' message names the logical table" yes \
	"$(grep -q 'household has more than one head in table "hh_dist"' <<<"$msg" && echo yes || echo "$msg")"
msg=$(q -c "INSERT INTO hh_dist VALUES ('4', 'H2', 'Con', NULL)" 2>&1)
check "household: a household without a head refused at commit, naming the logical table" yes \
	"$(grep -q 'household has no head in table "hh_dist"' <<<"$msg" && echo yes || echo "$msg")"
check "household: nothing of the refused household committed" 0 "$(q -c "SELECT count(*) FROM hh_dist WHERE ho = 'H2'")"
check "household: a new household with its head goes in" 2 \
	"$(q -c "INSERT INTO hh_dist VALUES ('5', 'H3', 'Chủ hộ', NULL), ('6', 'H3', 'Vợ', NULL)" -c "SELECT count(*) FROM hh_dist WHERE ho = 'H3'")"
q -c "BEGIN" -c "UPDATE hh_dist SET mat = '2024-03-01' WHERE id = '1'" \
	-c "UPDATE hh_dist SET quan_he = 'Chủ hộ' WHERE id = '2'" -c "COMMIT" >/dev/null
check "household: a change of head in one transaction" "2|Chủ hộ" \
	"$(q -c "SELECT id, quan_he FROM hh_dist WHERE ho = 'H1' AND mat IS NULL")"
q -c "SELECT population_rules.set_rule_mode($hh, 'warn')" >/dev/null
check "household: set_rule_mode seen on the workers" warn "$(worker_mode "$hh")"
msg=$(q -c "INSERT INTO hh_dist VALUES ('7', 'H3', 'chủ hộ', NULL)" 2>&1)
check "household in warn mode: two heads let in with a WARNING" yes \
	"$(grep -q 'WARNING:.*household has more than one head in table "hh_dist"' <<<"$msg" && echo yes || echo "$msg")"
q -c "DELETE FROM hh_dist WHERE id = '7'" -c "SELECT population_rules.set_rule_mode($hh, 'enforce')" >/dev/null

q -c "CREATE TABLE hh_local (id text, ho text, chu boolean)" \
	-c "INSERT INTO hh_local SELECT i::text, 'H' || (i / 2), i % 2 = 0 FROM generate_series(0, 19) i" >/dev/null
hh2=$(q -c "SELECT population_rules.attach_household_head_rule('hh_local', 'ho', 'chu')")
q -c "SELECT population_rules.distribute_table('hh_local', 'ho')" >/dev/null
check "household, attached then distributed: distributed" h \
	"$(q -c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid = 'hh_local'::regclass")"
check "household, attached then distributed: the counters are on the workers" "10|20|10" \
	"$(on_workers "SELECT count(*), coalesce(sum(members), 0), coalesce(sum(heads), 0) FROM population_rules.household_heads WHERE rule_id = $hh2" |
		awk -F'|' '{c += $1; m += $2; h += $3} END {print c "|" m "|" h}')"
check "household, attached then distributed: none left on the coordinator" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.household_heads WHERE rule_id = $hh2")"
check "household, attached then distributed: two heads refused" 23514 \
	"$(sqlstate postgres "INSERT INTO hh_local VALUES ('x', 'H3', true)")"
check "household, attached then distributed: a member added" 3 \
	"$(q -c "INSERT INTO hh_local VALUES ('y', 'H3', false)" -c "SELECT count(*) FROM hh_local WHERE ho = 'H3'")"

# ------------------------------------------------------------ shard moves
# A unique-id rule keeps nothing per node: its constraint moves with the
# shard.  (uid_dist is colocated with nothing: Citus moves colocated shards
# together, and the household tables' shards would go along.)  A household rule's counters would stay behind: the move fails.
first_port=${CITUS_WORKER_PORTS%% *}
last_port=${CITUS_WORKER_PORTS##* }
move() {			# move TABLE VALUE: move the shard holding VALUE to the other worker
	local shard src dst
	shard=$(q -c "SELECT get_shard_id_for_distribution_column('$1', '$2')")
	src=$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = $shard")
	if [ "$src" = "$first_port" ]; then dst=$last_port; else dst=$first_port; fi
	q -c "SELECT citus_move_shard_placement($shard, '$PGHOST', $src, '$PGHOST', $dst, shard_transfer_mode => 'block_writes')" 2>&1
}
move uid_dist 001090000001 >/dev/null
check "unique id after a shard move: a duplicate still refused" 23505 \
	"$(sqlstate postgres "INSERT INTO uid_dist VALUES ('001090000001', 'm')")"
msg=$(move hh_dist H1)
check "household: a shard move refused, naming the rule's table" yes \
	"$(grep -qE 'cannot move or copy shard .* of table (public\.)?hh_dist: household rule' <<<"$msg" && echo yes || echo "$msg")"
check "household after the refused move: two heads still refused" 23514 \
	"$(sqlstate postgres "INSERT INTO hh_dist VALUES ('8', 'H1', 'chủ hộ', NULL)")"

# ------------------------------------------------------------ detach
# (the shards a move left behind on its source, and the partial copy of
# the refused one, are dropped by Citus's deferred cleanup: run it now,
# and look at the placements Citus knows)
q -c "CALL citus_cleanup_orphaned_resources()" >/dev/null
nmr=$(q -c "SELECT string_agg(rule_id::text, ' ') FROM population_rules.rule WHERE tbl IN ('nm_ref'::regclass, 'nm_guc'::regclass)")
for r in $nm $nm2 $uid $uid2 $hh $hh2 $nmr; do
	q -c "SELECT population_rules.detach_rule($r)" >/dev/null || echo "FAILED: detach $r"
done
check "detach: no registry row left on the coordinator" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.rule")"
check "detach: no node_rule row left on any worker" "none" "$(worker_mode "$hh")"
check "detach: no counters left on any worker" "0,0" \
	"$(on_workers "SELECT count(*) FROM population_rules.household_heads" | paste -sd,)"
check "detach: no rule trigger left on any shard placement" "0,0" \
	"$(on_workers "SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
		WHERE p.pronamespace = 'population_rules'::regnamespace
		  AND EXISTS (SELECT FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
		               WHERE pl.groupid = (SELECT groupid FROM pg_dist_local_group)
		                 AND s.logicalrelid <> 'population_rules.node_rule'::regclass
		                 AND population_rules._local_shard(s.logicalrelid, s.shardid) = t.tgrelid)" | paste -sd,)"
check "detach: no unique constraint left on any shard" "0,0" \
	"$(on_workers "SELECT count(*) FROM pg_constraint WHERE conname LIKE 'unique_id_pid%'" | paste -sd,)"
check "detach: writes pass unguarded" 2 \
	"$(q -c "INSERT INTO uid_dist VALUES ('001090000001', 'again')" -c "SELECT count(*) FROM uid_dist WHERE pid = '001090000001'")"

q -c "DROP TABLE nm_dist, nm_local, nm_guc, nm_ref, uid_dist, uid_local, hh_dist, hh_local" >/dev/null
exit $fail
