#!/usr/bin/env bash
# race_coordinator.sh (Citus suite): two sessions on the coordinator racing
# for one id (unique-id rule), for one household's head (household rule)
# and to write first to a shard placement a move made (whose household
# counters its first writer counts) on distributed tables: the isolation
# spec test/citus/specs/
# rules_race_citus.spec, run by pg_isolation_regress against the
# coordinator of test/citus_cluster.sh (database postgres, kept).
#
# PostgreSQL's isolation tester sees only local lock waits; a coordinator
# session waits on a worker.  Citus ships a replacement of the tester's
# check (pg_isolation_test_session_is_blocked) that follows distributed
# lock waits: put in place for the run, put back after.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
iso=$(pg_config --pkglibdir)/pgxs/src/test/isolation/pg_isolation_regress
if [ ! -x "$iso" ]; then
	echo "FAILED: no pg_isolation_regress at $iso"
	exit 1
fi
before=$(q -c "SELECT coalesce(max(rule_id), 0) FROM population_rules.rule")
out=$(mktemp -d /tmp/population_rules-race.XXXXXX)
trap 'rm -rf "$out"' EXIT
q -c "SELECT citus_internal.replace_isolation_tester_func()" >/dev/null || exit 1
"$iso" --use-existing --host="$PGHOST" --port="$PGPORT" --user=postgres --dbname=postgres \
	--inputdir=test/citus --outputdir="$out" rules_race_citus >"$out/log" 2>&1
rc=$?
q -c "SELECT citus_internal.restore_isolation_tester_func()" >/dev/null
cat "$out/log"
if [ $rc -ne 0 ]; then
	[ -f "$out/regression.diffs" ] && cat "$out/regression.diffs"
	echo "FAILED: the race spec rules_race_citus"
	exit 1
fi
check "the spec's DROP TABLEs left no rule behind, on any node" "0,0" \
	"$(q -c "SELECT count(*) FROM population_rules.rule WHERE rule_id > $before"),$(q -c "SELECT count(*) FROM population_rules.node_rule WHERE rule_id > $before")"
exit $fail
