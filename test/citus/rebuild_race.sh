#!/usr/bin/env bash
# rebuild_race.sh (Citus suite): rebuild_rule of a household rule racing a
# writer of its distributed table, through the coordinator: the isolation
# spec test/citus/specs/rebuild_race_citus.spec, run by
# pg_isolation_regress against the coordinator of test/citus_cluster.sh
# (database postgres, kept), with Citus's check of distributed lock waits
# in place of the tester's (citus_race_spec, test/lib.sh).  Then, on every
# worker, no household counter row is left under a scope that is gone.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
citus_race_spec rebuild_race_citus || exit 1
check "no household counter row without its scope, on any worker" "$(per_worker "SELECT 0")" \
	"$(per_worker "SELECT count(*) FROM population_rules.household_heads h
	                WHERE h.rule_id < 0
	                  AND NOT EXISTS (SELECT FROM population_rules.placement_scopes s
	                                   WHERE s.scope_id OPERATOR(pg_catalog.=) h.rule_id)")"
exit $fail
