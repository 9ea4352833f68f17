#!/usr/bin/env bash
# bench.sh: make bench.  Builds and installs the extension, starts a
# throwaway cluster and runs every tools/bench/*.sh against it; each prints
# a markdown table of its figures beside the baseline a user would
# otherwise use.  Results go to stdout and to bench-results/.
# BENCH_ONLY=names,ident runs only those parts.  The citus part
# (tools/bench/citus.sh: a coordinator and two workers beside one server)
# takes BENCH_CITUS_ROWS and BENCH_CITUS_VIEW_ROWS, and prints a
# "SKIPPED:" line where Citus is not available.
set -euo pipefail
cd "$(dirname "$0")/.."

. test/cluster.sh
install_extension keep
# The same settings for the extension and for every baseline.
cluster_start shared_buffers=2GB work_mem=64MB maintenance_work_mem=1GB \
	max_wal_size=8GB checkpoint_timeout=30min max_parallel_workers_per_gather=0

mkdir -p bench-results
{
	echo "## Machine"
	echo
	echo "- CPU: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) cores"
	echo "- memory: $(free -g | awk '/^Mem:/ { print $2 }') GiB"
	echo "- $(psql -XAtc 'SELECT version()')"
	echo "- ICU: $(pkg-config --modversion icu-uc)"
	echo "- date: $(date -u +%Y-%m-%d)"
	echo "- server settings: shared_buffers=2GB work_mem=64MB maintenance_work_mem=1GB max_parallel_workers_per_gather=0 (serial; the views bench also times each view with PostgreSQL's default of two workers per query)"
	echo
} | tee bench-results/machine.md

for b in tools/bench/*.sh; do
	name=$(basename "$b" .sh)
	if [ -n "${BENCH_ONLY:-}" ] && [[ ",$BENCH_ONLY," != *",$name,"* ]]; then
		continue
	fi
	echo "## $name"
	echo
	bash "$b" | tee "bench-results/$name.md"
	echo
done
