#!/usr/bin/env bash
# rules_layouts.sh (Citus suite): what this version does on a Citus
# cluster, run by test/run-all.sh against a coordinator and two workers
# (test/citus_cluster.sh; PGHOST/PGPORT name the coordinator).
#
# The extension created on the coordinator reaches the workers.  A rule is
# never silently half-working on a distributed table: attaching one to a
# distributed or reference table is refused with 0A000, in both orders
# (Citus itself refuses to distribute a table with triggers), and where a
# DBA forces the triggers onto the shards, a write through the coordinator
# fails with 0A000 naming the logical table, not a shard.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION population_rules" || exit 1
version=$(q -c "SELECT extversion FROM pg_extension WHERE extname = 'population_rules'")
for port in $CITUS_WORKER_PORTS; do
	check "worker $port has the extension at the coordinator's version" "$version" \
		"$(q -p "$port" -c "SELECT extversion FROM pg_extension WHERE extname = 'population_rules'")"
done

q -c "CREATE TABLE by_id (id text, household text, ho_ten text, quan_he text, ngay_sinh date)" \
	-c "SELECT create_distributed_table('by_id', 'id')" \
	-c "CREATE TABLE ref (id text, ho_ten text)" \
	-c "SELECT create_reference_table('ref')" >/dev/null || exit 1
check "names rule on a distributed table: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_names_rule('by_id', ARRAY['ho_ten'])")"
check "unique-id rule on a distributed table: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_unique_id_rule('by_id', 'id')")"
check "household rule on a distributed table: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_household_head_rule('by_id', 'household', 'quan_he')")"
check "names rule on a reference table: refused" 0A000 \
	"$(sqlstate postgres "PERFORM population_rules.attach_names_rule('ref', ARRAY['ho_ten'])")"
msg=$(q -c "SELECT population_rules.attach_names_rule('by_id', ARRAY['ho_ten'])" 2>&1)
check "the refusal names the table and Citus" yes \
	"$(echo "$msg" | grep -q 'cannot attach a rule to table public.by_id: it is distributed by Citus' && echo yes || echo "$msg")"
check "nothing registered by the refused attaches" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.rule")"

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

# Forced: with citus.enable_unsafe_triggers the triggers reach the shards.
# A write through the coordinator fails on the worker with 0A000, kept
# through the coordinator, and the message names the logical table.
q -c "CREATE TABLE forced (id text, ho_ten text)" \
	-c "SELECT population_rules.attach_names_rule('forced', ARRAY['ho_ten'])" \
	-c "SET citus.enable_unsafe_triggers = on" \
	-c "SELECT create_distributed_table('forced', 'id')" >/dev/null || exit 1
check "a write on a forced shard fails with 0A000" 0A000 \
	"$(sqlstate postgres "INSERT INTO forced VALUES ('1', 'an')")"
msg=$(q -c "INSERT INTO forced VALUES ('1', 'an')" 2>&1)
check "the error names the logical table, not the shard" yes \
	"$(echo "$msg" | grep -qE 'of table "forced" cannot run on its Citus shard "forced_[0-9]+"' && echo yes || echo "$msg")"
check "no row written" 0 "$(q -c "SELECT count(*) FROM forced")"

exit $fail
