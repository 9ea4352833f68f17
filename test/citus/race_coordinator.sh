#!/usr/bin/env bash
# race_coordinator.sh (Citus suite): two sessions on the coordinator racing
# for one id (unique-id rule), for one household's head (household rule)
# and to write first to a shard placement a move made (whose household
# counters, or unique-id keys in log mode, its first writer counts) on
# distributed tables: the isolation
# spec test/citus/specs/
# rules_race_citus.spec, run by pg_isolation_regress against the
# coordinator of test/citus_cluster.sh (database postgres, kept).
# Citus's check of distributed lock waits stands in for the tester's
# (citus_race_spec, test/lib.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
citus_race_spec rules_race_citus || exit 1
exit $fail
