#!/usr/bin/env bash
# rules_layouts.sh (Citus suite): what this version does on a Citus
# cluster, run by test/run-all.sh against a coordinator and two workers
# (test/citus_cluster.sh; PGHOST/PGPORT name the coordinator).
#
# The extension created on the coordinator reaches the workers.  A rule is
# never silently half-working on a distributed table: the unique-id rule
# needs the table distributed by its id column, the household rule by its
# household column; any other layout is refused with 0A000 (naming the
# table and its distribution column, and saying which layout works), in
# both orders: attach on a distributed table, and
# population_rules.distribute_table on a guarded one.  Citus itself refuses
# to distribute a table with triggers, and where a DBA forces the triggers
# onto the shards without population_rules.distribute_table, a write
# through the coordinator fails with 0A000 naming the logical table.  What
# works is in rules_distributed.sh.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
version=$(q -c "SELECT extversion FROM pg_extension WHERE extname = 'population_rules'")
for port in $CITUS_WORKER_PORTS; do
	check "worker $port has the extension at the coordinator's version" "$version" \
		"$(q -p "$port" -c "SELECT extversion FROM pg_extension WHERE extname = 'population_rules'")"
done

q -c "CREATE TABLE by_id (id text, household text, ho_ten text, quan_he text, ngay_sinh date)" \
	-c "SELECT create_distributed_table('by_id', 'id')" \
	-c "CREATE TABLE by_hh (id text, household text, quan_he text)" \
	-c "SELECT create_distributed_table('by_hh', 'household')" \
	-c "CREATE TABLE ref (id text, household text, quan_he text)" \
	-c "SELECT create_reference_table('ref')" >/dev/null || exit 1
check "household rule on a table distributed by id: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_household_head_rule('by_id', 'household', 'quan_he')")"
msg=$(q -c "SELECT population_rules.attach_household_head_rule('by_id', 'household', 'quan_he')" 2>&1)
check "the refusal names the table, its distribution column and the layout that works" yes \
	"$(grep -q 'the household rule cannot guard table public.by_id in this Citus layout' <<<"$msg" &&
		grep -q 'DETAIL:  Table public.by_id is distributed by column "id"' <<<"$msg" &&
		grep -q 'HINT:  Distribute the table by its household column "household"' <<<"$msg" && echo yes || echo "$msg")"
check "unique-id rule on a table distributed by household: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_unique_id_rule('by_hh', 'id')")"
msg=$(q -c "SELECT population_rules.attach_unique_id_rule('by_hh', 'id')" 2>&1)
check "the refusal names the table, its distribution column and the id column" yes \
	"$(grep -q 'DETAIL:  Table public.by_hh is distributed by column "household"' <<<"$msg" &&
		grep -q 'HINT:  Distribute the table by its id column "id"' <<<"$msg" && echo yes || echo "$msg")"
check "unique-id rule on a reference table: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_unique_id_rule('ref', 'id')")"
check "household rule on a reference table: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_household_head_rule('ref', 'household', 'quan_he')")"
check "nothing registered by the refused attaches" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.rule WHERE tbl IN ('by_id'::regclass, 'by_hh'::regclass, 'ref'::regclass)")"
check "no trigger left on the refused tables" 0 \
	"$(q -c "SELECT count(*) FROM pg_trigger WHERE tgrelid IN ('by_id'::regclass, 'by_hh'::regclass, 'ref'::regclass) AND NOT tgisinternal")"

# Attach first, distribute next by a column on which the rule would be
# wrong: population_rules.distribute_table refuses, the table stays local
# and guarded.
q -c "CREATE TABLE hh_then (id text, household text, quan_he text)" \
	-c "SELECT population_rules.attach_household_head_rule('hh_then', 'household', 'quan_he')" \
	-c "CREATE TABLE uid_then (id text, household text)" \
	-c "SELECT population_rules.attach_unique_id_rule('uid_then', 'id')" >/dev/null || exit 1
check "household rule, then distribute_table by id: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.distribute_table('hh_then', 'id')")"
msg=$(q -c "SELECT population_rules.distribute_table('hh_then', 'id')" 2>&1)
check "the refusal at distribution names the table, the column and the layout that works" yes \
	"$(grep -q 'DETAIL:  Table public.hh_then is distributed by column "id"' <<<"$msg" &&
		grep -q 'HINT:  Distribute the table by its household column "household"' <<<"$msg" && echo yes || echo "$msg")"
check "unique-id rule, then distribute_table by household: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.distribute_table('uid_then', 'household')")"
check "the refused tables stay local" 0 \
	"$(q -c "SELECT count(*) FROM pg_dist_partition WHERE logicalrelid IN ('hh_then'::regclass, 'uid_then'::regclass)")"
check "the household rule still guards the local table" 23514 \
	"$(sqlstate postgres "INSERT INTO hh_then VALUES ('1', 'H1', 'chủ hộ'), ('2', 'H1', 'chủ hộ')")"

# Attach first, distribute next: Citus refuses a table with triggers, and
# the rule keeps guarding the local table.
q -c "CREATE TABLE local_first (id text, ho_ten text)" \
	-c "SELECT population_rules.attach_names_rule('local_first', ARRAY['ho_ten'])" >/dev/null || exit 1
check "distributing a table with a rule: refused by Citus" XX000 \
	"$(sqlstate postgres "PERFORM create_distributed_table('local_first', 'id')")"
check "the table stays local" 0 \
	"$(q -c "SELECT count(*) FROM pg_dist_partition WHERE logicalrelid = 'local_first'::regclass")"
check "the rule still normalizes on the local table" "Nguyễn Văn An" \
	"$(q -c "INSERT INTO local_first VALUES ('1', 'NGUYỄN   văn an') RETURNING ho_ten")"

# Forced: with citus.enable_unsafe_triggers and Citus's own
# create_distributed_table the triggers reach the shards but the rule does
# not reach the workers.  A write through the coordinator fails on the
# worker with 0A000, kept through the coordinator, and the message names
# the logical table.
q -c "CREATE TABLE forced (id text, ho_ten text)" \
	-c "SELECT population_rules.attach_names_rule('forced', ARRAY['ho_ten'])" \
	-c "SET citus.enable_unsafe_triggers = on" \
	-c "SELECT create_distributed_table('forced', 'id')" >/dev/null || exit 1
check "a write on a forced shard fails with 0A000" 0A000 \
	"$(sqlstate postgres "INSERT INTO forced VALUES ('1', 'an')")"
msg=$(q -c "INSERT INTO forced VALUES ('1', 'an')" 2>&1)
check "the error names the logical table, not the shard" yes \
	"$(grep -qE 'of table "forced" cannot run on its Citus shard "forced_[0-9]+"' <<<"$msg" && echo yes || echo "$msg")"
check "no row written" 0 "$(q -c "SELECT count(*) FROM forced")"

exit $fail
