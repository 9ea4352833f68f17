#!/usr/bin/env bash
# preload_warning.sh (Citus suite): what the coordinator's preload of
# population_rules changes, and the warning that says so.
#
# The module's commit hook (src/rules/citus_commit.c) must be loaded before
# a session's first write for a household rule's commit-time error to keep
# its SQLSTATE (commit_errors.sh).  Here the coordinator is restarted
# without it (shared_preload_libraries = 'citus'): attaching a household
# rule to a distributed table, or distributing a table that has one, warns
# (01000, naming the table, with a hint); the names rule does not; the
# commit error is then Citus's XX000, and nothing lands.  A session that
# preloads the module itself (session_preload_libraries) gets no warning
# and the rule's 23514.  The coordinator is restarted with the README's
# 'citus,population_rules' at the end, whatever happened.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/cluster.sh
. test/citus_cluster.sh
CITUS_DIR=$PGHOST

restore() { citus_coordinator_restart citus,population_rules || echo "FAILED: coordinator not restarted" >&2; }
trap restore EXIT

# warning_of: the SQLSTATE and text of the first WARNING in q_verbose's output
warning_of() { sed -nE 's/^WARNING:  ([0-9A-Z]{5}): (.*)/\1 \2/p' | head -1; }

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1
q -c "CREATE TABLE pw_pre (id text, ho text, quan_he text)" \
	-c "SELECT create_distributed_table('pw_pre', 'ho')" >/dev/null || exit 1
out=$(q_verbose -c "SELECT population_rules.attach_household_head_rule('pw_pre', 'ho', 'quan_he')")
check "preloaded coordinator: no warning at attach" "" "$(warning_of <<<"$out")"

citus_coordinator_restart citus || exit 1
check "coordinator restarted without the module's preload" citus "$(q -c "SHOW shared_preload_libraries")"

q -c "CREATE TABLE pw_hh (id text, ho text, quan_he text, ho_ten text)" \
	-c "SELECT create_distributed_table('pw_hh', 'ho', colocate_with => 'pw_pre')" >/dev/null || exit 1
out=$(q_verbose -c "SELECT population_rules.attach_household_head_rule('pw_hh', 'ho', 'quan_he')")
check "without the preload: attach warns, 01000" "01000 population_rules is not preloaded on this Citus node" \
	"$(warning_of <<<"$out")"
check "the warning's detail names the table and both SQLSTATEs" yes \
	"$(grep -q '^DETAIL:  A transaction through this node that leaves a household of table public.pw_hh .*(XX000) instead of the rule.s own error (23514)' <<<"$out" && echo yes || echo "$out")"
check "the warning's hint says what to preload" yes \
	"$(grep -q "^HINT:  Set shared_preload_libraries = 'citus,population_rules' on the coordinator" <<<"$out" && echo yes || echo "$out")"
check "the rule is attached all the same" 1 \
	"$(q -c "SELECT count(*) FROM population_rules.rules WHERE table_name = 'pw_hh'::regclass")"
out=$(q_verbose -c "SELECT population_rules.attach_names_rule('pw_hh', ARRAY['ho_ten'])")
check "the names rule does not warn" "" "$(warning_of <<<"$out")"

# Attached first, distributed after: distribute_table warns.
q -c "CREATE TABLE pw_late (id text, ho text, quan_he text)" >/dev/null || exit 1
out=$(q_verbose -c "SELECT population_rules.attach_household_head_rule('pw_late', 'ho', 'quan_he')")
check "a table of one server: no warning at attach" "" "$(warning_of <<<"$out")"
out=$(q_verbose -c "SELECT population_rules.distribute_table('pw_late', 'ho', colocate_with => 'pw_pre')")
check "distribute_table of a table with a household rule warns" "01000 population_rules is not preloaded on this Citus node" \
	"$(warning_of <<<"$out")"

# What the warning is about: a one-worker commit failure is Citus's XX000.
q -c "INSERT INTO pw_hh (id, ho, quan_he) VALUES ('1', 'H1', 'Chủ hộ'), ('2', 'H1', 'Con')" >/dev/null || exit 1
txn=(-c "BEGIN" -c "UPDATE pw_hh SET quan_he = 'Con' WHERE ho = 'H1' AND id = '1'" -c "COMMIT")
out=$(q_verbose "${txn[@]}")
check "without the preload: the headless household is refused at COMMIT with Citus's XX000" XX000 "$(sqlstate_of <<<"$out")"
check "without the preload: the refused update did not land" "Chủ hộ" "$(q -c "SELECT quan_he FROM pw_hh WHERE id = '1'")"

# A session that loads the module at its start has the hook: no warning,
# the rule's own error.
out=$(PGOPTIONS="-c session_preload_libraries=population_rules" q_verbose "${txn[@]}")
check "session_preload_libraries: the rule's 23514 at COMMIT" 23514 "$(sqlstate_of <<<"$out")"
q -c "CREATE TABLE pw_sess (id text, ho text, quan_he text)" \
	-c "SELECT create_distributed_table('pw_sess', 'ho', colocate_with => 'pw_pre')" >/dev/null || exit 1
out=$(PGOPTIONS="-c session_preload_libraries=population_rules" \
	q_verbose -c "SELECT population_rules.attach_household_head_rule('pw_sess', 'ho', 'quan_he')")
check "session_preload_libraries: no warning at attach" "" "$(warning_of <<<"$out")"

trap - EXIT
restore
check "coordinator restarted with the README's preload" citus,population_rules "$(q -c "SHOW shared_preload_libraries")"
out=$(q_verbose "${txn[@]}")
check "preloaded again: the rule's 23514 at COMMIT" 23514 "$(sqlstate_of <<<"$out")"

q -c "SELECT population_rules.detach_rule(rule_id) FROM population_rules.rules
	WHERE table_name::text IN ('pw_pre', 'pw_hh', 'pw_late', 'pw_sess')" \
	-c "DROP TABLE pw_pre, pw_hh, pw_late, pw_sess" >/dev/null || fail=1
exit $fail
