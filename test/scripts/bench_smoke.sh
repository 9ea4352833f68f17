#!/usr/bin/env bash
# bench_smoke.sh: the benchmarks that start a cluster of their own at
# PostgreSQL's default settings (tools/bench/rules_scale.sh,
# views_defaults.sh) run to the end at a toy size and print their tables,
# so that make bench, which make test does not run, keeps working.  No
# timing is looked at.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

# has_row OUTPUT TEXT: yes when OUTPUT holds TEXT (a table row's start),
# otherwise the output's last lines (to see why)
has_row() {
	if grep -qF -- "$2" <<<"$1"; then echo yes; else tail -5 <<<"$1"; fi
}

out=$(RULES_SCALE_ROWS=4000 RULES_SCALE_REPEAT=1 RULES_SCALE_VARIANTS="h ax hx" \
	bash tools/bench/rules_scale.sh 2>&1)
check "rules_scale.sh at 4,000 persons: the load into counted households measured" yes \
	"$(has_row "$out" "| (hx) (h) holding the heads")"
out=$(VIEWS_BENCH_SIZES=2000 VIEWS_DEFAULTS_MODES=parallel bash tools/bench/views_defaults.sh 2>&1)
check "views_defaults.sh at 2,000 persons: every view read at PostgreSQL's defaults" yes \
	"$(has_row "$out" "| **whole set of views** |")"
exit $fail
