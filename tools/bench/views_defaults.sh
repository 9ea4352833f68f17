#!/usr/bin/env bash
# views_defaults.sh: the analysts' views on a server left at PostgreSQL's
# default settings (shared_buffers 128MB, work_mem 4MB, two parallel
# workers per query, jit on): its own throwaway cluster, started here, and
# tools/bench/views.sh in it, which make bench otherwise runs on the tuned
# server of tools/bench.sh.  VIEWS_DEFAULTS_MODES (default "parallel-jit
# parallel": PostgreSQL's defaults, then the same with jit off) and
# VIEWS_BENCH_SIZES narrow a run.  Prints Markdown.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

. "$here/../../test/cluster.sh"
cluster_start
echo "Server at PostgreSQL's defaults: $(psql -X -At -d postgres -c "
	SELECT string_agg(name || ' ' || current_setting(name), ', ' ORDER BY name)
	  FROM unnest(ARRAY['shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit']) name")."
echo
VIEWS_BENCH_MODES=${VIEWS_DEFAULTS_MODES:-parallel-jit parallel} bash "$here/views.sh"
