#!/usr/bin/env bash
# run-all.sh: everything CI runs (make test).  Installs what is missing,
# builds with -Werror, installs the extension, starts a throwaway cluster,
# runs the pg_regress suite, the isolation specs, the shell tests of
# test/scripts/ and a fuzz smoke, then stops the cluster and prints
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()

record() {			# record NAME STATUS(0 = pass)
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		failures+=("$1")
	fi
}

# Install what is missing, build with -Werror and install, holding the
# machine-wide install lock for the whole run (install_extension).
. test/cluster.sh
if ! install_extension keep; then
	record build 1
	echo "$passed passed, $failed failed"
	exit 1
fi
record build 0

cluster_start || { record cluster 1; echo "$passed passed, $failed failed"; exit 1; }

# pg_regress and pg_isolation_regress: one result line per test, in the
# format of PostgreSQL 13-15 ("... ok") or 16+ ("ok N - name").
rm -rf results output_iso regression.diffs regression.out
# The two suites run separately so a regression failure cannot hide the
# isolation specs.
{
	make -s installcheck ISOLATION=
	make -s installcheck REGRESS=
} >/tmp/population_rules.installcheck.log 2>&1
cat /tmp/population_rules.installcheck.log
while IFS= read -r line; do
	name=$(echo "$line" | sed -E 's/^(test |not ok [0-9]+ +- |ok [0-9]+ +- )?[[:space:]]*([^ ]+).*/\2/')
	case "$line" in
	*"... ok"* | "ok "*) record "$name" 0 ;;
	*"... FAILED"* | *"... failed"* | "not ok "*) record "$name" 1 ;;
	esac
done < <(grep -E '(\.\.\. (ok|FAILED|failed))|^(not )?ok [0-9]+' /tmp/population_rules.installcheck.log)
if ! grep -qE '(\.\.\. ok)|^ok [0-9]+' /tmp/population_rules.installcheck.log; then
	record installcheck 1
fi
for d in regression.diffs output_iso/regression.diffs; do
	[ -s "$d" ] && { echo "=== $d"; head -c 20000 "$d"; }
done

# Shell tests: each script gets the cluster's PG* variables; exit 0 = pass.
for t in test/scripts/*.sh; do
	[ -e "$t" ] || continue
	echo "--- $t"
	if bash "$t"; then
		echo "ok: $t"
		record "$t" 0
	else
		echo "FAILED: $t"
		record "$t" 1
	fi
done

cluster_stop

# A short fuzz smoke of every entry point of the C text core.
if [ -x test/fuzz/run.sh ] || [ -f test/fuzz/run.sh ]; then
	while IFS= read -r line; do
		echo "$line"
		case "$line" in
		"fuzz ok: "*) record "${line#fuzz ok: }" 0 ;;
		"fuzz FAILED: "*) record "${line#fuzz FAILED: }" 1 ;;
		esac
	done < <(bash test/fuzz/run.sh smoke 2>&1)
fi

if [ "$failed" -gt 0 ]; then
	echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
