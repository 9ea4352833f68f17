#!/usr/bin/env bash
# rules_distributed.sh (Citus suite): rules on distributed tables, written
# through the coordinator, run by test/run-all.sh after rules_layouts.sh
# against a coordinator and two workers (test/citus_cluster.sh).
#
# Each rule in both orders on the layout where it is right: distributed
# then attached (attach_*_rule on a distributed table), and attached then
# distributed (population_rules.distribute_table); a guarded write through
# the coordinator; set_rule_mode seen on the workers; detach leaving
# nothing on any node; shard moves (block_writes and logical replication),
# a move failing after its copy, and splits (block_writes and logical
# replication) of a table with a household rule, whose counters each node
# keeps per shard placement, and moves of tables with a unique-id rule,
# in enforce mode (its unique constraint) and in warn mode (its keys, kept
# per shard placement too); the unique-id rule in every mode.
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
# renamed, the table's rule follows it on the workers (node_rule names
# the table, by which the workers find their copy of it)
q -c "ALTER TABLE uid_dist RENAME TO uid_renamed" >/dev/null
msg=$(q -c "INSERT INTO uid_renamed VALUES ('001090000001', 'c')" 2>&1)
check "renamed: a duplicate refused in the rule's words, naming the table by its new name" yes \
	"$(grep -q 'duplicate personal id number in table "uid_renamed"' <<<"$msg" && echo yes || echo "$msg")"
q -c "ALTER TABLE uid_renamed RENAME TO uid_dist" >/dev/null
q -c "CREATE SCHEMA uid_moved" -c "ALTER TABLE uid_dist SET SCHEMA uid_moved" >/dev/null
msg=$(q -c "INSERT INTO uid_moved.uid_dist VALUES ('001090000001', 'c')" 2>&1)
check "moved to another schema: a duplicate still refused in the rule's words" yes \
	"$(grep -q 'duplicate personal id number in table "uid_dist"' <<<"$msg" && echo yes || echo "$msg")"
q -c "ALTER TABLE uid_moved.uid_dist SET SCHEMA public" -c "DROP SCHEMA uid_moved" >/dev/null

# legacy id numbers: two persons holding one can live on two nodes, so a
# rule tracking them is refused in both orders
q -c "CREATE TABLE uid_leg (pid text, cmnd text)" -c "SELECT create_distributed_table('uid_leg', 'pid', colocate_with => 'none')" \
	-c "CREATE TABLE uid_leg_local (pid text, cmnd text)" \
	-c "SELECT population_rules.attach_unique_id_rule('uid_leg_local', 'pid', legacy_id_column => 'cmnd')" >/dev/null || exit 1
msg=$(q_verbose -c "SELECT population_rules.attach_unique_id_rule('uid_leg', 'pid', legacy_id_column => 'cmnd')")
check "unique id with legacy_id_column on a distributed table: refused (0A000), naming the column" "0A000|yes" \
	"$(sqlstate_of <<<"$msg")|$(grep -q 'legacy id number (column "cmnd")' <<<"$msg" && echo yes || echo "$msg")"
check "... and distribute_table of a table whose rule tracks legacy ids: refused (0A000), the table left local" "0A000|0" \
	"$(sqlstate postgres "PERFORM population_rules.distribute_table('uid_leg_local', 'pid')")|$(q -c "SELECT count(*) FROM pg_dist_partition WHERE logicalrelid = 'uid_leg_local'::regclass")"
q -c "DROP TABLE uid_leg, uid_leg_local" >/dev/null

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
	"$(on_workers "SELECT count(*), sum(members), sum(heads) FROM $(hh_counters $hh)" | grep -v '^0||$')"
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
	"$(on_workers "SELECT count(*), coalesce(sum(members), 0), coalesce(sum(heads), 0) FROM $(hh_counters $hh2)" |
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
# together.)
first_port=${CITUS_WORKER_PORTS%% *}
last_port=${CITUS_WORKER_PORTS##* }
move() {			# move TABLE VALUE [MODE]: move the shard holding VALUE to the other worker
	local shard src dst
	shard=$(q -c "SELECT get_shard_id_for_distribution_column('$1', '$2')")
	src=$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = $shard")
	if [ "$src" = "$first_port" ]; then dst=$last_port; else dst=$first_port; fi
	q -c "SELECT citus_move_shard_placement($shard, '$PGHOST', $src, '$PGHOST', $dst${3:+, shard_transfer_mode => '$3'})" \
		-c "CALL citus_cleanup_orphaned_resources()" 2>&1
}
move uid_dist 001090000001 block_writes >/dev/null
check "unique id after a shard move: a duplicate still refused" 23505 \
	"$(sqlstate postgres "INSERT INTO uid_dist VALUES ('001090000001', 'm')")"

# ------------------------------------------- unique id, warn and log modes
# Out of enforce mode, or where the table held an id twice, the rule keeps
# keys of its own: each node keeps those of the shard placements it holds,
# one scope per placement, as the household counters (every row of an id
# is in one shard).  uid_keys RULE: the keys (ids/holders) summed over
# the workers; uid_says SQL: the rule's messages SQL prints through the
# coordinator (WARNING or ERROR lines).
uid_keys() {
	on_workers "SELECT count(*), coalesce(sum(k.n), 0) FROM population_rules.id_keys k
	             JOIN population_rules.placement_scopes s ON s.scope_id = k.rule_id WHERE s.rule_id = $1" |
		awk -F'|' '{ k += $1; n += $2 } END { print k "/" n }'
}
uid_says() { q -v ON_ERROR_STOP=0 -c "$1" 2>&1 | grep -E '^(psql:[^ ]* )?(WARNING|ERROR):' | sed -E 's/^psql:[^ ]* //'; }
q -c "CREATE TABLE uid_modes (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('uid_modes', 'pid', colocate_with => 'none')" \
	-c "INSERT INTO uid_modes SELECT '0010900000' || lpad(i::text, 2, '0'), 'p' || i FROM generate_series(1, 20) i" >/dev/null || exit 1
um=$(q -c "SELECT population_rules.attach_unique_id_rule('uid_modes', 'pid', mode => 'warn')")
check "unique id in warn mode on a distributed table: attached, warn on the workers" warn "$(worker_mode "$um")"
check "warn mode: no unique constraint on the shards; the 20 ids kept as keys on the workers" "0|20/20" \
	"$(on_workers "SELECT count(*) FROM pg_constraint WHERE conrelid::regclass::text LIKE 'uid_modes%' AND contype = 'u'" | awk '{ n += $1 } END { print n }')|$(uid_keys $um)"
check "warn mode: a duplicate through the coordinator warns, naming the logical table, and goes in" \
	'WARNING:  duplicate personal id number in table "uid_modes"|2' \
	"$(uid_says "INSERT INTO uid_modes VALUES ('001090000001', 'again')")|$(q -c "SELECT count(*) FROM uid_modes WHERE pid = '001090000001'")"
check "warn mode: an id twice in one statement, one warning; a new id, none" \
	'WARNING:  duplicate personal id number in table "uid_modes"' \
	"$(uid_says "INSERT INTO uid_modes VALUES ('001090000031', 'a'), ('001090000032', 'b'), ('001090000031', 'c')")"
check "warn mode: the keys follow (22 ids, 24 holders)" 22/24 "$(uid_keys $um)"
check "warn mode: a deleted holder gives its key back" 22/23 \
	"$(q -c "DELETE FROM uid_modes WHERE pid = '001090000031' AND ho_ten = 'c'" && uid_keys $um)"
q -c "SELECT population_rules.set_rule_mode($um, 'log')" >/dev/null
check "log mode: a duplicate goes in silently, and is logged on its worker, seen from the coordinator" \
	"|1" \
	"$(uid_says "INSERT INTO uid_modes VALUES ('001090000002', 'again')")|$(q -c "SELECT count(*) FROM population_rules.cluster_violations() WHERE rule_id = $um AND code = 'duplicate_id'")"
# back to enforce while ids are held twice: as on one server, the rule
# keeps its keys (no unique constraint can be made) and refuses new
# duplicates with them
q -c "SELECT population_rules.set_rule_mode($um, 'enforce')" >/dev/null
check "enforce mode with ids held twice: keys kept on the workers, no unique index" "22/24|f" \
	"$(uid_keys $um)|$(q -c "SELECT options ? 'unique_index' FROM population_rules.rule WHERE rule_id = $um")"
check "enforce mode on the keys: a new duplicate refused (23505), in the rule's words" \
	'23505|ERROR:  duplicate personal id number in table "uid_modes"' \
	"$(sqlstate postgres "INSERT INTO uid_modes VALUES ('001090000003', 'x')")|$(uid_says "INSERT INTO uid_modes VALUES ('001090000003', 'x')")"
# the duplicates corrected, rebuild_rule makes the unique constraint again
# and every node forgets its keys
q -c "DELETE FROM uid_modes WHERE ho_ten = 'again'" -c "SELECT population_rules.rebuild_rule($um)" >/dev/null
check "rebuilt once the duplicates are gone: the unique index again, no keys on the workers" "t|0/0" \
	"$(q -c "SELECT options ? 'unique_index' FROM population_rules.rule WHERE rule_id = $um")|$(uid_keys $um)"
# a move in warn mode: the placement's keys on its new node are counted at
# its first write there, the source's go with the source placement
q -c "SELECT population_rules.set_rule_mode($um, 'warn')" >/dev/null
move uid_modes 001090000001 block_writes >/dev/null
check "warn mode after a shard move: a duplicate of an id of the moved shard warns" \
	'WARNING:  duplicate personal id number in table "uid_modes"' \
	"$(uid_says "INSERT INTO uid_modes VALUES ('001090000001', 'moved')")"
check "after the move: the keys are each id's once, over both workers (22 ids, 23 holders)" 22/23 "$(uid_keys $um)"
move uid_modes 001090000001 block_writes >/dev/null
check "moved back: a second duplicate warns, counted on the first node again" \
	'WARNING:  duplicate personal id number in table "uid_modes"|22/24' \
	"$(uid_says "INSERT INTO uid_modes VALUES ('001090000001', 'back')")|$(uid_keys $um)"
check "TRUNCATE: every node forgets the keys; an id after it is new again" "0/0|" \
	"$(q -c "TRUNCATE uid_modes" && uid_keys $um)|$(uid_says "INSERT INTO uid_modes VALUES ('001090000001', 'new')")"
# attached then distributed, the table holding an id twice: the rule
# keeps keys (enforce mode, as on one server), which distribute_table
# moves to the workers
q -c "CREATE TABLE uid_twice (pid text, ho_ten text)" \
	-c "INSERT INTO uid_twice VALUES ('001090000001', 'a'), ('001090000001', 'b'), ('001090000002', 'c')" >/dev/null || exit 1
ut=$(q -c "SET client_min_messages = warning" -c "SELECT population_rules.attach_unique_id_rule('uid_twice', 'pid')")
q -c "SELECT population_rules.distribute_table('uid_twice', 'pid', colocate_with => 'none')" >/dev/null
check "held twice, attached then distributed: distributed, its keys on the workers, none left on the coordinator" "h|2/3|0" \
	"$(q -c "SELECT partmethod FROM pg_dist_partition WHERE logicalrelid = 'uid_twice'::regclass")|$(uid_keys $ut)|$(q -c "SELECT count(*) FROM population_rules.id_keys WHERE rule_id = $ut")"
check "held twice, distributed: a third holder refused (23505); a new id goes in" "23505|2" \
	"$(sqlstate postgres "INSERT INTO uid_twice VALUES ('001090000001', 'x')")|$(q -c "INSERT INTO uid_twice VALUES ('001090000003', 'y')" -c "SELECT count(*) FROM uid_twice WHERE pid <> '001090000001'")"

# A household rule's counters are kept per shard placement: the placement
# a move (or split) makes on a node is counted at its first write, its
# rows there; the source's counters go with the source placement (Citus's
# deferred cleanup, run by move()).  hh_mv: 30 households of a head and a
# member, and MX, without a head since before the rule (let in, as a NOT
# VALID constraint lets rows in); hh_mv_side is colocated with it.
q -c "CREATE TABLE hh_mv (id text, ho text, chu boolean, PRIMARY KEY (ho, id))" \
	-c "SELECT create_distributed_table('hh_mv', 'ho', shard_count => 4, colocate_with => 'none')" \
	-c "CREATE TABLE hh_mv_side (ho text PRIMARY KEY, note text)" \
	-c "SELECT create_distributed_table('hh_mv_side', 'ho', colocate_with => 'hh_mv')" \
	-c "INSERT INTO hh_mv SELECT i::text, 'M' || (i / 2), i % 2 = 0 FROM generate_series(0, 59) i" \
	-c "INSERT INTO hh_mv VALUES ('x1', 'MX', false)" -c "INSERT INTO hh_mv_side VALUES ('M1', 'side')" >/dev/null || exit 1
mv=$(q -c "SELECT population_rules.attach_household_head_rule('hh_mv', 'ho', 'chu')")
# live: every worker's counters of the rule; actual: the table's rows
live() {
	on_workers "SELECT household || ':' || members || ':' || heads FROM $(hh_counters $mv) AND members + heads > 0" |
		LC_ALL=C sort | paste -sd' '
}
actual() {
	q -c "SELECT ho || ':' || count(*) || ':' || count(*) FILTER (WHERE chu) FROM hh_mv GROUP BY ho" | LC_ALL=C sort | paste -sd' '
}
# touch: a member added to one household with a head of each shard, so
# that every placement has been written (and counted)
touched=0
touch() {
	touched=$((touched + 1))
	q -c "INSERT INTO hh_mv SELECT 't$touched-' || ho, ho, false FROM (SELECT DISTINCT ON (get_shard_id_for_distribution_column('hh_mv', ho)) ho
	      FROM hh_mv WHERE ho <> 'MX' ORDER BY get_shard_id_for_distribution_column('hh_mv', ho), ho) s" >/dev/null
}
# stale: scopes on the workers whose placement is gone (Citus hides the
# shards from pg_class but for the applications it is told)
stale() {
	per_worker "SET citus.show_shards_for_app_name_prefixes TO '*';
		SELECT count(*) FROM population_rules.placement_scopes s WHERE NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = s.shard)"
}
validated() { q -c "SELECT string_agg(row_key, ' ' ORDER BY row_key) FROM population_rules.validate_rule($mv)"; }
bad_counters() {
	on_workers "SELECT household FROM $(hh_counters $mv) AND members > 0 AND heads <> 1" | LC_ALL=C sort | sed 's/.*/(ho)=(&)/' | paste -sd' '
}
# moved LABEL: the checks on household M1 after a move or split
moved() {
	check "household, $1: a second head of the moved household refused (23514)" 23514 \
		"$(sqlstate postgres "INSERT INTO hh_mv VALUES ('h$1', 'M1', true)")"
	check "household, $1: removing the only head refused at commit (23514)" 23514 \
		"$(q_verbose -c "DELETE FROM hh_mv WHERE ho = 'M1' AND chu" | sqlstate_of)"
	check "household, $1: a member added to the moved household" 1 \
		"$(q -c "INSERT INTO hh_mv VALUES ('m$1', 'M1', false)" -c "SELECT count(*) FROM hh_mv WHERE id = 'm$1'")"
	check "household, $1: no counters left of a placement gone" "0,0" "$(stale)"
	touch
	check "household, $1: the live counters are the table's" "$(actual)" "$(live)"
	check "household, $1: the households validate_rule lists are those the counters hold bad" \
		"(ho)=(MX)|(ho)=(MX)" "$(validated)|$(bad_counters)"
}
check "household: every placement counted at attach" "$(actual)" "$(live)"
move hh_mv M1 block_writes >/dev/null
check "household: the shard of M1 moved (block_writes)" yes \
	"$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = get_shard_id_for_distribution_column('hh_mv', 'M1')" |
		grep -qx "$last_port\|$first_port" && echo yes)"
moved "moved with block_writes"
q -c "SELECT population_rules.rebuild_rule($mv)" >/dev/null
check "household, after rebuild_rule: the counters are the same" "$(actual)" "$(live)"
check "household, after rebuild_rule: a second head still refused" 23514 \
	"$(sqlstate postgres "INSERT INTO hh_mv VALUES ('hr', 'M1', true)")"
# back, by moving the colocated table's shard, by logical replication
# (Citus's default): its first write is a valid one this time
before=$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = get_shard_id_for_distribution_column('hh_mv', 'M1')")
move hh_mv_side M1 >/dev/null
check "household: the shard of M1 moved back with its colocated table's (logical replication)" yes \
	"$([ "$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = get_shard_id_for_distribution_column('hh_mv', 'M1')")" != "$before" ] && echo yes)"
check "household, moved back: a member added first" 1 \
	"$(q -c "INSERT INTO hh_mv VALUES ('first', 'M1', false)" -c "SELECT count(*) FROM hh_mv WHERE id = 'first'")"
moved "moved back"
# A move that fails after Citus copied the rows: a table on the target
# takes the name of the shard's primary key, which Citus builds after the
# copy.  The half-made placement never gets counters (nothing writes it),
# Citus's deferred cleanup drops it, and the shard stays where it was,
# still guarded.
shard=$(q -c "SELECT get_shard_id_for_distribution_column('hh_mv', 'M1')")
src=$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = $shard")
if [ "$src" = "$first_port" ]; then dst=$last_port; else dst=$first_port; fi
q -p "$dst" -c "CREATE TABLE public.hh_mv_pkey_$shard (x int)" >/dev/null
failed=$(q_verbose -c "SELECT citus_move_shard_placement($shard, '$PGHOST', $src, '$PGHOST', $dst, shard_transfer_mode => 'block_writes')")
check "household: a move failing after the copy fails (42P07 from the target)" yes \
	"$(grep -q '42P07' <<<"$failed" && echo yes || echo "$failed")"
# the rows of the half-made placement, or gone
placed() { q -p "$dst" -c "SELECT count(*) FROM public.hh_mv_$shard" 2>/dev/null || echo gone; }
copied=$(placed)
q -c "CALL citus_cleanup_orphaned_resources()" >/dev/null
q -p "$dst" -c "DROP TABLE public.hh_mv_pkey_$shard" >/dev/null
check "household, failed move: the half-made placement held the shard's rows, then was cleaned up" \
	"$(q -c "SELECT count(*) FROM hh_mv WHERE get_shard_id_for_distribution_column('hh_mv', ho) = $shard"):gone" \
	"$copied:$(placed)"
check "household, failed move: the shard stayed on its node" "$src" \
	"$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = $shard")"
moved "after a failed move"
# split_m1 MODE: M1's shard in two, one child on each worker
split_m1() {
	local shard
	shard=$(q -c "SELECT get_shard_id_for_distribution_column('hh_mv', 'M1')")
	q -c "SELECT citus_split_shard_by_split_points($shard,
			ARRAY[(SELECT ((shardminvalue::bigint + shardmaxvalue::bigint) / 2)::text FROM pg_dist_shard WHERE shardid = $shard)],
			(SELECT array_agg(nodeid ORDER BY nodeport) FROM pg_dist_node WHERE nodeport IN ($first_port, $last_port)),
			shard_transfer_mode => '$1')" \
		-c "CALL citus_cleanup_orphaned_resources()" >/dev/null
}
hh_mv_shards() { q -c "SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = 'hh_mv'::regclass"; }
split_m1 block_writes
check "household: the shard of M1 split in two" 5 "$(hh_mv_shards)"
moved "split"
# ... and again by logical replication (force_logical: writes go on during
# the copy; Citus's own output plugin decodes them)
split_m1 force_logical
check "household: the shard of M1 split again by logical replication" 6 "$(hh_mv_shards)"
moved "split by logical replication"

# A transaction reading one snapshot (REPEATABLE READ) that reached the
# target node before the shard moved there would not see the rows Citus
# copied: its first write to the placement fails to serialize (40001)
# rather than count them wrong, unless Citus gives it a connection of its
# own there (a snapshot of its own, then a right count: 23514); never let
# in.  The session runs in the background, fed through a FIFO.
target=$(q -c "SELECT nodeport FROM pg_dist_shard_placement WHERE shardid = get_shard_id_for_distribution_column('hh_mv', 'M1')")
if [ "$target" = "$first_port" ]; then target=$last_port; else target=$first_port; fi
there=$(q -c "SELECT h.ho FROM hh_mv h JOIN pg_dist_shard_placement p ON p.shardid = get_shard_id_for_distribution_column('hh_mv', h.ho)
               WHERE p.nodeport = $target AND h.ho <> 'MX' ORDER BY h.ho LIMIT 1")
rr_dir=$(mktemp -d /tmp/population_rules-rr.XXXXXX)
mkfifo "$rr_dir/in"
psql -X -q -At -v VERBOSITY=sqlstate <"$rr_dir/in" >"$rr_dir/out" 2>&1 &
rr_pid=$!
exec 7>"$rr_dir/in"
rr_step=0
rr() {				# rr SQL: run SQL in the background session, wait for it
	rr_step=$((rr_step + 1))
	printf '%s\n\\echo step%s\n' "$1" "$rr_step" >&7
	until grep -q "^step$rr_step\$" "$rr_dir/out" || ! kill -0 $rr_pid 2>/dev/null; do sleep 0.1; done
}
rr "BEGIN ISOLATION LEVEL REPEATABLE READ;"
rr "INSERT INTO hh_mv VALUES ('rr0', '$there', false);"
move hh_mv M1 block_writes >/dev/null
rr "INSERT INTO hh_mv VALUES ('rr1', 'M1', true);"
rr "ROLLBACK;"
exec 7>&-
wait $rr_pid
check "household, a REPEATABLE READ transaction older than the move: its second head not let in" yes \
	"$(grep -qE '^ERROR: +(40001|23514)$' "$rr_dir/out" && echo yes || cat "$rr_dir/out")"
grep -E '^ERROR' "$rr_dir/out" | sed 's/^/  (the REPEATABLE READ write: /; s/$/)/'
rm -rf "$rr_dir"
check "household, after the REPEATABLE READ transaction: a second head refused" 23514 \
	"$(sqlstate postgres "INSERT INTO hh_mv VALUES ('hrr', 'M1', true)")"

# ------------------------------------------------------------ detach
# (the shards a move left behind on its source are dropped by Citus's
# deferred cleanup: run it now, and look at the placements Citus knows)
q -c "CALL citus_cleanup_orphaned_resources()" >/dev/null
# shard_triggers [FUNCTION]: per worker, the rule triggers (of FUNCTION)
# on the shard placements it holds (not of the extension's own reference
# tables, node_rule and the units, which keep theirs)
shard_triggers() {
	per_worker "SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
		WHERE p.pronamespace = 'population_rules'::regnamespace AND p.proname LIKE '${1:-%}'
		  AND EXISTS (SELECT FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
		               WHERE pl.groupid = (SELECT groupid FROM pg_dist_local_group)
		                 AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = s.logicalrelid AND d.deptype = 'e')
		                 AND population_rules._local_shard(s.logicalrelid, s.shardid) = t.tgrelid)"
}
check "before detach: Citus gave shards a move or split made a copy of the TRUNCATE trigger" yes \
	"$(shard_triggers _truncate_trigger | tr , '\n' | awk '{ n += $1 } END { print (n > 0 ? "yes" : n) }')"
nmr=$(q -c "SELECT string_agg(rule_id::text, ' ') FROM population_rules.rule WHERE tbl IN ('nm_ref'::regclass, 'nm_guc'::regclass)")
for r in $nm $nm2 $uid $uid2 $um $ut $hh $hh2 $mv $nmr; do
	q -c "SELECT population_rules.detach_rule($r)" >/dev/null || echo "FAILED: detach $r"
done
check "detach: no registry row left on the coordinator" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.rule")"
check "detach: no node_rule row left on any worker" "none" "$(worker_mode "$hh")"
check "detach: no counters left on any worker" "0,0" \
	"$(on_workers "SELECT count(*) FROM population_rules.household_heads" | paste -sd,)"
check "detach: no id keys left on any worker" "0,0" \
	"$(on_workers "SELECT count(*) FROM population_rules.id_keys" | paste -sd,)"
check "detach: no counter scope left on any worker" "0,0" \
	"$(on_workers "SELECT count(*) FROM population_rules.placement_scopes" | paste -sd,)"
# (nor the copies of the table's TRUNCATE trigger Citus gave the shards a
# move or split made, whose drop it does not propagate to them)
check "detach: no rule trigger left on any shard placement" "0,0" "$(shard_triggers)"
check "detach: no unique constraint left on any shard" "0,0" \
	"$(on_workers "SELECT count(*) FROM pg_constraint WHERE conname LIKE 'unique_id_pid%'" | paste -sd,)"
check "detach: the split table truncated" 0 \
	"$(q -c "TRUNCATE hh_mv" -c "SELECT count(*) FROM hh_mv")"
check "detach: writes pass unguarded" 2 \
	"$(q -c "INSERT INTO uid_dist VALUES ('001090000001', 'again')" -c "SELECT count(*) FROM uid_dist WHERE pid = '001090000001'")"

q -c "DROP TABLE nm_dist, nm_local, nm_guc, nm_ref, uid_dist, uid_local, uid_modes, uid_twice, hh_dist, hh_local, hh_mv, hh_mv_side" >/dev/null
exit $fail
