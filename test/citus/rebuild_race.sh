#!/usr/bin/env bash
# rebuild_race.sh (Citus suite): rebuild_rule of a household rule racing a
# writer of its distributed table, through the coordinator: the isolation
# spec test/citus/specs/rebuild_race_citus.spec, run by
# pg_isolation_regress against the coordinator of test/citus_cluster.sh
# (database postgres, kept), with Citus's check of distributed lock waits
# in place of the tester's (see race_coordinator.sh).  Then, on every
# worker, no household counter row is left under a scope that is gone.
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
out=$(mktemp -d /tmp/population_rules-rebuild-race.XXXXXX)
trap 'rm -rf "$out"' EXIT
q -c "SELECT citus_internal.replace_isolation_tester_func()" >/dev/null || exit 1
"$iso" --use-existing --host="$PGHOST" --port="$PGPORT" --user=postgres --dbname=postgres \
	--inputdir=test/citus --outputdir="$out" rebuild_race_citus >"$out/log" 2>&1
rc=$?
q -c "SELECT citus_internal.restore_isolation_tester_func()" >/dev/null
cat "$out/log"
if [ $rc -ne 0 ]; then
	[ -f "$out/regression.diffs" ] && cat "$out/regression.diffs"
	echo "FAILED: the race spec rebuild_race_citus"
	exit 1
fi
check "no household counter row without its scope, on any worker" "$(per_worker "SELECT 0")" \
	"$(per_worker "SELECT count(*) FROM population_rules.household_heads h
	                WHERE h.rule_id < 0
	                  AND NOT EXISTS (SELECT FROM population_rules.household_scopes s
	                                   WHERE s.scope_id OPERATOR(pg_catalog.=) h.rule_id)")"
check "the spec's DROP TABLEs left no rule behind, on any node" "0,0" \
	"$(q -c "SELECT count(*) FROM population_rules.rule WHERE rule_id > $before"),$(q -c "SELECT count(*) FROM population_rules.node_rule WHERE rule_id > $before")"
exit $fail
