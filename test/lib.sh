# lib.sh: helpers shared by the shell tests of test/scripts/ and test/citus/ (source it).
#
#   q ARGS...          psql, quiet, unaligned, stopping at the first error
#   check NAME EXPECTED ACTUAL
#                      print "ok: NAME" or "FAILED: ...", and set fail=1
#   sqlstate DB SQL    the SQLSTATE the statement raises in DB, or "none"
#   q_verbose ARGS...  psql going on after errors, every message with its
#                      SQLSTATE, stderr on stdout
#   sqlstate_of        the SQLSTATE of the first ERROR in q_verbose's output
#                      on stdin
#   on_workers SQL     (the Citus suite) SQL's result on each worker of
#                      $CITUS_WORKER_PORTS, in turn
#   per_worker SQL     the same, its lines joined by commas
#   hh_counters RULE   (the Citus suite) "table WHERE condition" of a
#                      household rule's counter rows on a node, which keeps
#                      them per shard placement, each under a scope
#   ext_placements     (the Citus suite) on the coordinator and on each
#                      worker, "members/all" of the relations there that are
#                      placements of the extension's reference tables
#                      (node_rule, pre2025_provinces, pre2025_communes):
#                      DROP EXTENSION drops the members on every node

fail=0

q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

check() {
	if [ "$2" = "$3" ]; then
		echo "ok: $1"
	else
		echo "FAILED: $1: expected [$2], got [$3]"
		fail=1
	fi
}

sqlstate() {
	q -d "$1" -c "DO \$\$ BEGIN $2; RAISE NOTICE 'none'; EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 |
		sed -n 's/.*NOTICE: *//p'
}

q_verbose() { q -v ON_ERROR_STOP=0 -v VERBOSITY=verbose "$@" 2>&1; }
sqlstate_of() { sed -nE 's/^ERROR:  ([0-9A-Z]{5}): .*/\1/p' | head -1; }

on_workers() {
	local port
	for port in $CITUS_WORKER_PORTS; do
		q -p "$port" -c "$1"
	done
}

per_worker() { on_workers "$1" | paste -sd,; }

hh_counters() {
	echo "population_rules.household_heads h WHERE h.rule_id IN (SELECT s.scope_id FROM population_rules.placement_scopes s WHERE s.rule_id = $1)"
}

ext_placements() {
	local port out=()
	for port in $PGPORT $CITUS_WORKER_PORTS; do
		out+=("$(q -p "$port" -c "SET citus.override_table_visibility = off" \
			-c "SELECT count(d.objid) || '/' || count(*) FROM pg_class c
			      LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
			     WHERE c.relkind = 'r' AND c.relname ~ '^(node_rule|pre2025_provinces|pre2025_communes)_[0-9]+$'")")
	done
	local IFS=,
	echo "${out[*]}"
}

# citus_race_spec SPEC: the isolation spec test/citus/specs/SPEC.spec, run
# by pg_isolation_regress against the coordinator of test/citus_cluster.sh
# (database postgres, kept).  PostgreSQL's isolation tester sees only
# local lock waits and a coordinator session waits on a worker, so
# Citus's replacement of the tester's check
# (pg_isolation_test_session_is_blocked), which follows distributed lock
# waits, is put in place for the run and put back after.  Prints the log
# (and the diffs when it fails), then checks that the spec's DROP TABLEs
# left no rule behind on any node.  Returns non-zero when the spec fails.
citus_race_spec() {
	local iso out rc before
	iso=$(pg_config --pkglibdir)/pgxs/src/test/isolation/pg_isolation_regress
	if [ ! -x "$iso" ]; then
		echo "FAILED: no pg_isolation_regress at $iso"
		return 1
	fi
	before=$(q -c "SELECT coalesce(max(rule_id), 0) FROM population_rules.rule")
	out=$(mktemp -d /tmp/population_rules-race.XXXXXX)
	if ! q -c "SELECT citus_internal.replace_isolation_tester_func()" >/dev/null; then
		rm -rf "$out"
		return 1
	fi
	"$iso" --use-existing --host="$PGHOST" --port="$PGPORT" --user=postgres --dbname=postgres \
		--inputdir=test/citus --outputdir="$out" "$1" >"$out/log" 2>&1
	rc=$?
	q -c "SELECT citus_internal.restore_isolation_tester_func()" >/dev/null
	cat "$out/log"
	if [ $rc -ne 0 ]; then
		[ -f "$out/regression.diffs" ] && cat "$out/regression.diffs"
		echo "FAILED: the race spec $1"
	fi
	rm -rf "$out"
	[ $rc -eq 0 ] || return 1
	check "the spec's DROP TABLEs left no rule behind, on any node" "0,0" \
		"$(q -c "SELECT count(*) FROM population_rules.rule WHERE rule_id > $before"),$(q -c "SELECT count(*) FROM population_rules.node_rule WHERE rule_id > $before")"
}
