#!/usr/bin/env bash
# rules_scale.sh: the rules at a province's scale, on a server left at
# PostgreSQL's default settings (shared_buffers 128 MB, fsync on,
# max_wal_size 1 GB): its own throwaway cluster, started here.  Loads
# RULES_SCALE_ROWS persons (2,000,000 by default; tools/bench/rules_src.sql)
# with one INSERT ... SELECT and with one COPY into
#   (a)  a plain table with a primary key and a unique index on the id,
#   (ad) (a) with that unique index a DEFERRABLE INITIALLY IMMEDIATE
#        constraint and no rule: what deferring the check costs by itself,
#   (e)  (a) with a C BEFORE ROW trigger that has nothing to do (the floor
#        of any rule that rewrites rows),
#   (n)  (a) + the names rule,
#   (h)  (a) + the household rule,
#   (ui) (a) + the unique-id rule, which relies on the DBA's unique index,
#   (u)  the unique-id rule instead of the DBA's unique index (the rule's
#        own unique constraint),
#   (uk) the unique-id rule keeping keys of its own (in log mode, which
#        cannot use a unique index; as on a partitioned table),
#   (3i) (a) + all three rules,
#   (3)  all three rules, no unique index of the DBA's,
#   (ax) (a), and (hx) (h), each holding the households' heads already
#        (loaded untimed, then VACUUM): the load adds the other members to
#        households the rule counts (an update of each counter row, where
#        the other variants write new ones); ratio to (ax),
# best of RULES_SCALE_REPEAT rounds (2), the variants taking turns, each load
# after a CHECKPOINT.  Also the size of what guards uniqueness: the unique
# index of (a) beside the unique-id rule's key rows of (uk).  Prints Markdown.
# RULES_SCALE_VARIANTS (space-separated, (a) always included) and
# RULES_SCALE_METHODS ("insert copy") narrow a run, e.g. for 10,000,000 rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=${RULES_SCALE_ROWS:-2000000}
reps=${RULES_SCALE_REPEAT:-2}
variants="a ${RULES_SCALE_VARIANTS:-ad e n h ui u uk 3i 3 ax hx}"
variants=$(echo "$variants" | tr ' ' '\n' | awk 'NF && !seen[$0]++' | tr '\n' ' ')
methods=${RULES_SCALE_METHODS:-insert copy}
has() { [[ " $variants " == *" $1 "* ]]; }

. "$here/../../test/cluster.sh"
load0=$(cut -d' ' -f1-3 /proc/loadavg)
cluster_start
work=$(mktemp -d /tmp/rules_scale.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"; cluster_stop' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }

q -c "CREATE EXTENSION population_rules"
q -v rows="$rows" -f "$here/rules_src.sql"
q -c "\\copy src TO '$work/persons.copy'"
# the heads (loaded before the timed load of (ax) and (hx)) and the others
heads="src WHERE rel = 'Chủ hộ'"
members="src WHERE rel IS DISTINCT FROM 'Chủ hộ'"
q -c "\\copy (SELECT * FROM $members) TO '$work/members.copy'"

# make_table VARIANT: the table bench_VARIANT and its rules.
make_table() {
	local t=bench_$1 uniq="UNIQUE"
	case $1 in u | uk | 3) uniq="" ;; ad) uniq="UNIQUE DEFERRABLE INITIALLY IMMEDIATE" ;; esac
	q -c "CREATE TABLE $t (id bigint PRIMARY KEY, pid text $uniq, name text, born date, sex text,
	                       hh bigint, rel text, died date, alias text)"
	case $1 in e) q -c "SELECT population_rules.attach_names_rule('$t', '{alias}')" ;; esac
	case $1 in n | 3i | 3) q -c "SELECT population_rules.attach_names_rule('$t', '{name}')" ;; esac
	case $1 in ui | u | 3i | 3)
		q -c "SELECT population_rules.attach_unique_id_rule('$t', 'pid', birth_date_column => 'born', sex_column => 'sex')" ;;
	uk)
		q -c "SELECT population_rules.attach_unique_id_rule('$t', 'pid', mode => 'log', birth_date_column => 'born', sex_column => 'sex')" ;;
	esac
	case $1 in h | hx | 3i | 3)
		q -c "SELECT population_rules.attach_household_head_rule('$t', 'hh', 'rel', death_date_column => 'died')" ;;
	esac
} >/dev/null

# load VARIANT METHOD: empty the table (its derived rows go with it, and a
# VACUUM clears them as autovacuum would), then one timed load.
load() {
	local t=bench_$1 s e from="src" file="$work/persons.copy"
	q -c "TRUNCATE $t"
	case $1 in ax | hx)
		q -c "INSERT INTO $t (id, pid, name, born, sex, hh, rel) SELECT id, pid, name, born, sex, hh, rel FROM $heads"
		q -c "VACUUM ANALYZE $t"
		from=$members file="$work/members.copy" ;;
	esac
	q -c "VACUUM population_rules.household_heads, population_rules.id_keys" -c "CHECKPOINT"
	s=$(now)
	case $2 in
	insert) q -c "INSERT INTO $t (id, pid, name, born, sex, hh, rel) SELECT id, pid, name, born, sex, hh, rel FROM $from" ;;
	copy) q -c "\\copy $t (id, pid, name, born, sex, hh, rel) FROM '$file'" ;;
	esac
	e=$(now)
	elapsed "$s" "$e"
}

for v in $variants; do
	make_table "$v"
done
declare -A T
for m in $methods; do
	for ((r = 1; r <= reps; r++)); do
		for v in $variants; do
			t=$(load "$v" "$m")
			if [ -z "${T[$v,$m]:-}" ] || awk -v x="$t" -v y="${T[$v,$m]}" 'BEGIN { exit !(x < y) }'; then
				T[$v,$m]=$t
			fi
		done
	done
done

# Every variant holds every row.
for v in $variants; do
	n=$(q -At -c "SELECT count(*) FROM bench_$v")
	[ "$n" -eq "$rows" ] || { echo "rules_scale.sh: bench_$v holds $n rows, not $rows" >&2; exit 1; }
done
# What guards uniqueness, by size: the unique index of (a) beside the key
# rows of (uk), loaded alone into an emptied id_keys.
for v in $variants; do
	q -c "TRUNCATE bench_$v"
done
sizes=""
if has uk; then
q -c "VACUUM FULL population_rules.id_keys"
q -c "INSERT INTO bench_uk (id, pid, name, born, sex, hh, rel) SELECT id, pid, name, born, sex, hh, rel FROM src"
q -c "INSERT INTO bench_a (id, pid, name, born, sex, hh, rel) SELECT id, pid, name, born, sex, hh, rel FROM src"
sizes=$(q -At -c "
	SELECT format('the unique index of (a) takes %s (%s bytes per id); the unique-id rule''s key rows for (uk) take %s (%s bytes per id, id_keys with its index)',
	              pg_size_pretty(pg_relation_size(i.indexrelid)),
	              round(pg_relation_size(i.indexrelid)::numeric / $rows, 1),
	              pg_size_pretty(pg_total_relation_size('population_rules.id_keys')),
	              round(pg_total_relation_size('population_rules.id_keys')::numeric / $rows, 1))
	  FROM pg_index i WHERE i.indrelid = 'bench_a'::regclass AND NOT i.indisprimary")
fi

echo "Rules at scale: $rows persons, load average before the run $load0 and after it $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL's default settings ($(q -At -c "SELECT 'shared_buffers ' || current_setting('shared_buffers') || ', max_wal_size ' || current_setting('max_wal_size') || ', fsync ' || current_setting('fsync')")); seconds, best of $reps rounds; ratio to (a)"
echo
echo "| variant | INSERT ... SELECT | ratio | COPY | ratio |"
echo "|---|---:|---:|---:|---:|"
cell() {
	local base=a
	case $1 in ax | hx) base=ax ;; esac
	if [ -n "${T[$1,$2]:-}" ] && [ -n "${T[$base,$2]:-}" ]; then
		echo "${T[$1,$2]} | $(ratio "${T[$1,$2]}" "${T[$base,$2]}")"
	else
		echo "– | –"
	fi
}
for v in $variants; do
	case $v in
	a) label="(a) plain, primary key + unique index on the id" ;;
	ad) label="(ad) (a), the unique index DEFERRABLE INITIALLY IMMEDIATE, no rule" ;;
	e) label="(e) (a) + idle C BEFORE ROW trigger" ;;
	n) label="(n) (a) + names rule" ;;
	h) label="(h) (a) + household rule" ;;
	ui) label="(ui) (a) + unique-id rule relying on the DBA's index" ;;
	u) label="(u) unique-id rule alone (its own unique constraint)" ;;
	uk) label="(uk) unique-id rule keeping keys of its own (log mode)" ;;
	3i) label="(3i) (a) + all three rules" ;;
	3) label="(3) all three rules, no unique index of the DBA's" ;;
	ax) label="(ax) (a) holding the heads: the other members loaded (ratio to itself)" ;;
	hx) label="(hx) (h) holding the heads: the other members loaded, every household's counter row updated (ratio to (ax))" ;;
	esac
	echo "| $label | $(cell "$v" insert) | $(cell "$v" copy) |"
done
if has hx; then
	echo
	q -At -c "SELECT format('Counter rows of household_heads updated during the run: %s, of them HOT: %s (%s%%).',
	                        n_tup_upd, n_tup_hot_upd, round(100.0 * n_tup_hot_upd / nullif(n_tup_upd, 0), 1))
	            FROM pg_stat_user_tables WHERE relid = 'population_rules.household_heads'::regclass"
fi
if [ -n "$sizes" ]; then
	echo
	echo "What guards uniqueness: $sizes."
fi
