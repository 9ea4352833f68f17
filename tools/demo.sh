#!/usr/bin/env bash
# demo.sh: make demo, the main job on the embedded default.  A throwaway
# cluster, the extension installed, the 8,757 real names of
# test/data/names-uit-forum.tsv loaded, and a before/after report of what
# normalization finds and fixes in them; then 100,000 generated persons with
# defects, the rules attached in log mode, and every analysts' view with a
# few rows and the scorecard per province (tools/demo/views_report.sql).
set -euo pipefail
cd "$(dirname "$0")/.."

. test/cluster.sh
install_extension keep
cluster_start

psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION population_rules' -c 'CREATE EXTENSION population_rules_sample'
psql -X -q -v ON_ERROR_STOP=1 \
	-c 'CREATE TABLE public.raw_names (full_name text)' \
	-c "\\copy public.raw_names FROM program 'tail -n +2 test/data/names-uit-forum.tsv | cut -f1'"
psql -X -v ON_ERROR_STOP=1 -P pager=off -f tools/demo/names_report.sql
psql -X -v ON_ERROR_STOP=1 -P pager=off -f tools/demo/views_report.sql
