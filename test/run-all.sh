#!/usr/bin/env bash
# run-all.sh: everything CI runs (make test).  Once per server major, first
# the system's PostgreSQL (15), with its Debian package built, installed and
# used (test/package.sh), then PostgreSQL 18 built from the vendored
# source into a cache outside the clone (tools/build-pg18.sh, which builds
# it the first time): installs what is missing, builds with -Werror,
# installs the extension, starts a throwaway cluster, runs the pg_regress
# suite, the isolation specs and the shell tests of test/scripts/, and
# stops the cluster.  Between the two, the Citus suite on a coordinator
# and two workers of the system's server (run_citus).  Then the check of
# the message catalog and a fuzz smoke of the C text core, which need no
# server, run once.  The 18 pass's results are named "pg18:TEST", the
# Citus suite's "citus:TEST"; without the vendored sources those passes
# are skipped with a "SKIPPED:" line.  Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()
skipped=()

record() {			# record NAME STATUS(0 = pass)
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		failures+=("$1")
	fi
}

. test/cluster.sh
log=$(mktemp /tmp/population_rules.installcheck.XXXXXX)

# run_suite LABEL: against the server PG_CONFIG names, install what is
# missing, build with -Werror and install, holding the install lock of that
# server's extension directory for the whole pass (install_extension); run
# pg_regress, the isolation specs and the shell tests on a throwaway cluster
# of its binaries.  Results are recorded as LABEL + test name.  The
# server's bindir comes first on the PATH meanwhile, so the shell tests'
# psql, pg_dump, pg_restore and pg_config are that major's.
run_suite() {
	local label=$1 bindir saved_path=$PATH
	if ! install_extension keep; then
		record "${label}build" 1
		install_unlock
		return 1
	fi
	record "${label}build" 0
	echo "=== ${label}$($PG_CONFIG --version)"
	bindir=$($PG_CONFIG --bindir)
	PG_BINDIR=$bindir
	if ! cluster_start; then
		record "${label}cluster" 1
		install_unlock
		return 1
	fi
	export PATH="$bindir:$PATH"

	# pg_regress and pg_isolation_regress: one result line per test, in the
	# format of PostgreSQL 13-15 ("... ok") or 16+ ("ok N - name").
	rm -rf results output_iso regression.diffs regression.out
	# The two suites run separately so a regression failure cannot hide the
	# isolation specs.
	{
		make -s installcheck ISOLATION=
		make -s installcheck REGRESS=
	} >"$log" 2>&1
	cat "$log"
	local line name
	while IFS= read -r line; do
		name=$(echo "$line" | sed -E 's/^(test |not ok [0-9]+ +[-+] |ok [0-9]+ +[-+] )?[[:space:]]*([^ ]+).*/\2/')
		case "$line" in
		*"... ok"* | "ok "*) record "$label$name" 0 ;;
		*"... FAILED"* | *"... failed"* | "not ok "*) record "$label$name" 1 ;;
		esac
	done < <(grep -E '(\.\.\. (ok|FAILED|failed))|^(not )?ok [0-9]+' "$log")
	if ! grep -qE '(\.\.\. ok)|^ok [0-9]+' "$log"; then
		record "${label}installcheck" 1
	fi
	local d
	for d in regression.diffs output_iso/regression.diffs; do
		[ -s "$d" ] && { echo "=== $label$d"; head -c 20000 "$d"; }
	done

	# Shell tests: each script gets the cluster's PG* variables; exit 0 = pass.
	local t
	for t in test/scripts/*.sh; do
		[ -e "$t" ] || continue
		echo "--- $label$t"
		if bash "$t"; then
			echo "ok: $label$t"
			record "$label$t" 0
		else
			echo "FAILED: $label$t"
			record "$label$t" 1
		fi
	done

	PATH=$saved_path
	cluster_stop
	install_unlock
}

# The system's server, as pg_config finds it.
PG_CONFIG=pg_config run_suite ""

# record_lines KIND LABEL: echo a test program's output and record each of
# its "KIND ok: NAME" / "KIND FAILED: NAME" lines as LABEL + NAME.
record_lines() {
	local line
	while IFS= read -r line; do
		echo "$line"
		case "$line" in
		"$1 ok: "*) record "$2${line#"$1" ok: }" 0 ;;
		"$1 FAILED: "*) record "$2${line#"$1" FAILED: }" 1 ;;
		esac
	done
}

# The Debian package of the system's major: built, installed with dpkg, used
# in a fresh cluster, removed (test/package.sh), under the install lock.
if PG_CONFIG=pg_config install_extension keep; then
	record_lines package "package: " < <(PG_CONFIG=pg_config bash test/package.sh 2>&1)
	install_unlock
else
	record "package: build" 1
fi

# Citus on the system's server: Citus built from the vendored source into
# a cache outside the clone (tools/build-citus.sh) and installed, then a
# coordinator and two workers (test/citus_cluster.sh) for the scripts of
# test/citus/, each recorded as "citus:NAME", under the install lock.
# Without the vendored source the pass is skipped with a "SKIPPED:" line.
run_citus() {
	local t rc
	if ! PG_CONFIG=pg_config install_extension keep; then
		record citus:build 1
		install_unlock
		return
	fi
	bash tools/build-citus.sh 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	if [ "$rc" -eq 3 ]; then
		skipped+=("$(grep '^SKIPPED:' "$log")")
	elif [ "$rc" -ne 0 ]; then
		record citus:build 1
	elif ! { PG_BINDIR=$(pg_config --bindir) && citus_cluster_start; }; then
		record citus:cluster 1
	else
		for t in test/citus/*.sh; do
			echo "--- citus:$t"
			if bash "$t"; then
				echo "ok: citus:$t"
				record "citus:$t" 0
			else
				echo "FAILED: citus:$t"
				record "citus:$t" 1
			fi
		done
		citus_cluster_stop
	fi
	install_unlock
}
. test/citus_cluster.sh
run_citus

# PostgreSQL 18 from the cache, built first if missing.  A shared lock on the
# cache keeps another tree's build-pg18.sh from replacing it meanwhile.
pg18_prefix=$(bash tools/build-pg18.sh --prefix)
bash tools/build-pg18.sh 2>&1 | tee "$log"
case ${PIPESTATUS[0]} in
0)
	exec 7>"$pg18_prefix.lock"
	flock -s 7
	PG_CONFIG=$pg18_prefix/bin/pg_config run_suite pg18:
	flock -u 7
	exec 7>&-
	;;
3)
	skipped+=("$(grep '^SKIPPED:' "$log")")
	;;
*)
	record pg18:build 1
	;;
esac

# The message catalog: every text of the C code and the SQL pieces has a
# Vietnamese translation with the same placeholders (tools/po.py).
python3 tools/po.py check vi
record po-check $?

# A short fuzz smoke of every entry point of the C text core.
if [ -x test/fuzz/run.sh ] || [ -f test/fuzz/run.sh ]; then
	record_lines fuzz "" < <(bash test/fuzz/run.sh smoke 2>&1)
fi

rm -f "$log"
for s in "${skipped[@]}"; do
	echo "$s"
done
if [ "$failed" -gt 0 ]; then
	echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
