#!/usr/bin/env bash
# household_truncate.sh (Citus suite): TRUNCATE of a distributed table with
# a household rule, through the coordinator, against a coordinator and two
# workers (test/citus_cluster.sh).
#
# Each worker keeps the counters of the households of its shards in its
# own population_rules.household_heads.  Citus truncates every shard of
# the table; the rule's AFTER TRUNCATE trigger on the table makes every
# node forget the rule's counters (through node_rule), in the same
# distributed transaction.  Checked: every worker left with no counter of
# the rule; another rule's counters (on the same nodes, colocated) and a
# colocated table without the rule left alone; a TRUNCATE rolled back, or
# one that does not reach the shards, keeping them; TRUNCATE through a
# worker; the rule working again on the same households.  The script
# leaves no rule or table behind.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1

# state SQL: the SQLSTATE of the error SQL ends with, commit included
# (the household rule's commit check fires after any DO block's handler)
state() {
	psql -X -q -At -v VERBOSITY=sqlstate -c "$1" 2>&1 | sed -n 's/^ERROR: *//p'
}

# counters RULE: each worker's count of the rule's counter rows
counters() {
	per_worker "SELECT count(*) FROM $(hh_counters $1)"
}

# Three colocated tables distributed by household: tt and tt2 with a
# household rule each, tt_free without one.  40 households of a head and
# a member in tt, 10 in tt2, spread over the shards of both workers.
q -c "CREATE TABLE tt (id text, ho text, chu boolean)" \
	-c "SELECT create_distributed_table('tt', 'ho', shard_count => 8, colocate_with => 'none')" \
	-c "CREATE TABLE tt2 (id text, ho text, chu boolean)" \
	-c "SELECT create_distributed_table('tt2', 'ho', colocate_with => 'tt')" \
	-c "CREATE TABLE tt_free (id text, ho text)" \
	-c "SELECT create_distributed_table('tt_free', 'ho', colocate_with => 'tt')" >/dev/null || exit 1
ra=$(q -c "SELECT population_rules.attach_household_head_rule('tt', 'ho', 'chu')")
# (tt2's rule named so that its TRUNCATE trigger fires after Citus's own,
# truncate_trigger_<oid>: triggers of one event fire in name order)
rb=$(q -c "SELECT population_rules.attach_household_head_rule('tt2', 'ho', 'chu', rule_name => 'zz household')")
q -c "INSERT INTO tt SELECT i::text, 'T' || (i / 2), i % 2 = 0 FROM generate_series(0, 79) i" \
	-c "INSERT INTO tt2 SELECT i::text, 'T' || (i / 2), i % 2 = 0 FROM generate_series(0, 19) i" \
	-c "INSERT INTO tt_free SELECT i::text, 'T' || i FROM generate_series(0, 19) i" >/dev/null || exit 1

before=$(counters "$ra")
check "the rule's 40 households are counted, on both workers" "40|yes" \
	"$(awk -F, '{print $1 + $2 "|" ($1 > 0 && $2 > 0 ? "yes" : "no")}' <<<"$before")"
before_b=$(counters "$rb")
check "the other rule's 10 households are counted" 10 "$(awk -F, '{print $1 + $2}' <<<"$before_b")"

# ------------------------------------------------------------ rolled back
q -c "BEGIN" -c "TRUNCATE tt" -c "SELECT count(*) FROM tt" -c "ROLLBACK" >/dev/null
check "a TRUNCATE rolled back keeps the rows" 80 "$(q -c "SELECT count(*) FROM tt")"
check "a TRUNCATE rolled back keeps every worker's counters" "$before" "$(counters "$ra")"

# ------------------------------------------------------------ colocated, no rule
q -c "TRUNCATE tt_free" >/dev/null
check "TRUNCATE of a colocated table without the rule: truncated" 0 "$(q -c "SELECT count(*) FROM tt_free")"
check "TRUNCATE of a colocated table without the rule leaves the counters" "$before" "$(counters "$ra")"

# ------------------------------------------------------------ shards left alone
# With citus.enable_ddl_propagation off Citus truncates only the
# coordinator's (empty) table, not the shards: the counters stay too.
q -c "SET citus.enable_ddl_propagation = off" -c "TRUNCATE tt" >/dev/null
check "TRUNCATE with DDL propagation off: the shards keep their rows" 80 "$(q -c "SELECT count(*) FROM tt")"
check "TRUNCATE with DDL propagation off: the counters stay with them" "$before" "$(counters "$ra")"

# ------------------------------------------------------------ the whole table
q -c "TRUNCATE tt" >/dev/null
check "TRUNCATE through the coordinator: no rows left" 0 "$(q -c "SELECT count(*) FROM tt")"
check "TRUNCATE through the coordinator: no counter of the rule left on any worker" "0,0" "$(counters "$ra")"
check "TRUNCATE through the coordinator: the other rule's counters kept" "$before_b" "$(counters "$rb")"
check "after TRUNCATE: a household with two heads refused (23514)" 23514 \
	"$(state "INSERT INTO tt VALUES ('1', 'T1', true), ('2', 'T1', true)")"
check "after TRUNCATE: a household without a head refused at commit (23514)" 23514 \
	"$(state "INSERT INTO tt VALUES ('1', 'T1', false)")"
check "after TRUNCATE: a household with one head goes in" 2 \
	"$(q -c "INSERT INTO tt VALUES ('1', 'T1', true), ('2', 'T1', false)" -c "SELECT count(*) FROM tt WHERE ho = 'T1'")"
check "after TRUNCATE: its counter is back, on one worker" "1|2|1" \
	"$(per_worker "SELECT count(*), sum(members), sum(heads) FROM $(hh_counters $ra)" |
		tr , '\n' | grep -v '^0||$')"
check "after TRUNCATE: a second head for it refused (23514)" 23514 \
	"$(state "INSERT INTO tt VALUES ('3', 'T1', true)")"

# Through a worker (Citus gives the worker's copy of the table the rule's
# TRUNCATE trigger), and both tables in one statement.
first_port=${CITUS_WORKER_PORTS%% *}
q -c "INSERT INTO tt VALUES ('5', 'T7', true)" >/dev/null
q -p "$first_port" -c "TRUNCATE tt" >/dev/null
check "TRUNCATE through a worker: no rows, no counter of the rule on any worker" "0|0,0" \
	"$(q -c "SELECT count(*) FROM tt")|$(counters "$ra")"
check "TRUNCATE through a worker: the other rule's counters kept" "$before_b" "$(counters "$rb")"
q -c "INSERT INTO tt VALUES ('6', 'T8', true)" -c "TRUNCATE tt, tt2" >/dev/null
check "TRUNCATE of two tables with rules: no counters of either left" "0,0|0,0" "$(counters "$ra")|$(counters "$rb")"
check "TRUNCATE of two tables with rules: the rule firing after Citus's trigger works again" 23514 \
	"$(state "INSERT INTO tt2 VALUES ('1', 'T1', true), ('2', 'T1', true)")"

# ------------------------------------------------------------ clean up
for r in $ra $rb; do
	q -c "SELECT population_rules.detach_rule($r)" >/dev/null || echo "FAILED: detach $r"
done
q -c "DROP TABLE tt, tt2, tt_free" >/dev/null
check "nothing left: no counters on any worker" "0,0" \
	"$(per_worker "SELECT count(*) FROM population_rules.household_heads")"
exit $fail
