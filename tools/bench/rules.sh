#!/usr/bin/env bash
# rules.sh: the rules benchmark.  Inserts 200,000 persons (households of
# four, head first, names in varied case and spacing) into
#   (a) a plain table with a primary key and a unique index on the id,
#   (b) the same table with the three rules attached in enforce mode,
#   (c) the same table with the same rules as PL/pgSQL triggers that call
#       the extension's C functions (tools/bench/rules_plpgsql.sql),
#   (d) the same PL/pgSQL triggers without the extension: built-in
#       functions and contrib unaccent (the same file; the names stored
#       must equal those of (b) and (c), which is checked),
#   (e) the plain table with a C BEFORE ROW trigger that has nothing to do
#       (the names rule on a column that is NULL in every row): the floor
#       of any rule that rewrites rows, since PostgreSQL turns off COPY's
#       batched inserts on a table with a BEFORE ROW trigger,
#   (f) the rules' work with no trigger at all: the plain table, loaded by
#       one statement that stores the canonical names (vn_normalize in the
#       select list; COPY cannot, so its (f) stores them as given) and
#       writes the households' counter rows into a copy of
#       population_rules.household_heads in the same transaction: a lower
#       bound of what the rules can cost in bulk while keeping a lock row
#       per household (their race-safety without advisory locks); not run
#       with pgbench, where its one bigger statement is mostly parse and
#       plan time,
# with one INSERT ... SELECT, with COPY, and with pgbench at 1 and 2 clients
# (one single-row transaction per person; RULES_BENCH_PGBENCH_TX
# transactions in all, 20,000 by default, with synchronous_commit off so
# the figures measure the rules, not the disk).  Each figure is the best of
# RULES_BENCH_REPEAT rounds (3), the variants taking turns, each load after
# a CHECKPOINT (so no load pays for the one before).  Prints a Markdown
# table.
# Runs against the server the PG* variables point at, in its own database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=${RULES_BENCH_ROWS:-200000}
pgtx=${RULES_BENCH_PGBENCH_TX:-20000}
db=rules_bench_$$
work=$(mktemp -d /tmp/rules_bench.XXXXXX)
chmod 755 "$work"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; [ -n "${RULES_BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

createdb "$db"
q <<SQL
CREATE EXTENSION population_rules;
CREATE EXTENSION unaccent;
SQL
q -v rows="$rows" -f "$here/rules_src.sql"
q -c "\\copy src TO '$work/persons.copy'"

make_table() {	# make_table NAME VARIANT
	q <<SQL
CREATE TABLE $1 (id bigint PRIMARY KEY, pid text UNIQUE, name text, born date, sex text,
	hh bigint, rel text, died date, alias text);
CREATE SEQUENCE ${1}_seq START 1000001;
SQL
	case $2 in
	e) q -c "SELECT population_rules.attach_names_rule('$1', '{alias}')" >/dev/null ;;
	b) q <<SQL >/dev/null
SELECT population_rules.attach_names_rule('$1', '{name}');
SELECT population_rules.attach_unique_id_rule('$1', 'pid', birth_date_column => 'born', sex_column => 'sex');
SELECT population_rules.attach_household_head_rule('$1', 'hh', 'rel', death_date_column => 'died');
SQL
		;;
	c) sed -e "s/@T@/$1/g" -e "s/@NAME@/population_rules.vn_normalize(NEW.name, 'old')/" \
		-e "s/@HEAD@/population_rules.vn_key_unaccent(rel) = 'chu ho'/" \
		"$here/rules_plpgsql.sql" | q >/dev/null ;;
	d) sed -e "s/@T@/$1/g" -e "s/@NAME@/bench_vn_name_plain(NEW.name)/" \
		-e "s/@HEAD@/lower(public.unaccent(normalize(rel, NFC))) = 'chu ho'/" \
		"$here/rules_plpgsql.sql" | q >/dev/null ;;
	f) q -c "CREATE TABLE ${1}_hh (LIKE population_rules.household_heads INCLUDING ALL)" ;;
	esac
}

# Empty a table between methods.  The rules' derived rows go with it
# (deleted: the derived tables are shared by every rule); VACUUM then clears
# them, as autovacuum would between two loads, so one method does not pay
# for the dead rows of the one before.  The PL/pgSQL baseline's own counter
# table is truncated with the table, which leaves nothing to vacuum (and a
# VACUUM of the empty table would tell the planner it stays empty).
empty_table() {	# empty_table VARIANT
	q -c "TRUNCATE bench_$1"
	[ "$1" = b ] && q -c "VACUUM population_rules.household_heads, population_rules.id_keys"
	[ "$1" = f ] && q -c "TRUNCATE bench_f_hh"
	q -c "CHECKPOINT"
	return 0
}

# One load of method M into variant V, timed; prints seconds.
load() {	# load V M
	local v=$1 m=$2 s e c
	empty_table "$v"
	case $v,$m in
	f,insert)
		s=$(now)
		q <<SQL
WITH p AS (INSERT INTO bench_f (id, pid, name, born, sex, hh, rel)
           SELECT id, pid, population_rules.vn_normalize(name, 'old'), born, sex, hh, rel FROM src
           RETURNING hh, rel)
INSERT INTO bench_f_hh (rule_id, household, members, heads, checked)
SELECT 1, hh::text, count(*), count(*) FILTER (WHERE rel = 'Chủ hộ'), true FROM p GROUP BY hh;
SQL
		e=$(now) ;;
	f,copy)
		s=$(now)
		q <<SQL
BEGIN;
\\copy bench_f (id, pid, name, born, sex, hh, rel) FROM '$work/persons.copy'
INSERT INTO bench_f_hh (rule_id, household, members, heads, checked)
SELECT 1, hh::text, count(*), count(*) FILTER (WHERE rel = 'Chủ hộ'), true FROM bench_f GROUP BY hh;
COMMIT;
SQL
		e=$(now) ;;
	*,insert)
		s=$(now)
		q -c "INSERT INTO bench_$v (id, pid, name, born, sex, hh, rel) SELECT id, pid, name, born, sex, hh, rel FROM src"
		e=$(now) ;;
	*,copy)
		s=$(now)
		q -c "\\copy bench_$v (id, pid, name, born, sex, hh, rel) FROM '$work/persons.copy'"
		e=$(now) ;;
	*,pgbench*)
		c=${m#pgbench}
		s=$(now)
		PGOPTIONS="-c synchronous_commit=off" pgbench -n -c "$c" -j "$c" -t $((pgtx / c)) \
			-f "$work/pgbench_$v.sql" "$db" >"$work/pgbench_${v}_${c}.log" 2>&1 ||
			{ cat "$work/pgbench_${v}_${c}.log" >&2; exit 1; }
		e=$(now) ;;
	esac
	elapsed "$s" "$e"
}

for v in a b c d e f; do
	make_table "bench_$v" "$v"
	cat > "$work/pgbench_$v.sql" <<SQL
INSERT INTO bench_$v (id, pid, name, born, sex, hh, rel)
SELECT n, lpad((1090000000 + n % 1000000)::text, 12, '0'), 'nguyễn  văn an', date '1990-06-01', 'Nam', n, 'Chủ hộ'
  FROM nextval('bench_${v}_seq') n;
SQL
done

# Each method: the three variants in turn, RULES_BENCH_REPEAT rounds (3 by
# default), best time of each, so a burst of load on the machine does not
# fall on one variant only.
declare -A T
reps=${RULES_BENCH_REPEAT:-3}
for m in insert copy pgbench1 pgbench2; do
	for ((r = 1; r <= reps; r++)); do
		for v in a b c d e f; do
			# (f) stands for the work of the rules in bulk only: in
			# one-row transactions its statement, bigger than the
			# others, is mostly parse and plan time
			[ "$v" = f ] && [[ $m == pgbench* ]] && { T[f,$m]=; continue; }
			t=$(load "$v" "$m")
			if [ -z "${T[$v,$m]:-}" ] || awk -v x="$t" -v y="${T[$v,$m]}" 'BEGIN { exit !(x < y) }'; then
				T[$v,$m]=$t
			fi
		done
	done
	if [ "$m" = insert ]; then
		# the rows (b), (c) and (d) stored must be the same: the same rules
		diff=$(q -At -c "SELECT count(*) FROM bench_b b FULL JOIN bench_c c USING (id) FULL JOIN bench_d d USING (id)
		                  FULL JOIN bench_f f USING (id)
		                  WHERE b.name IS DISTINCT FROM c.name OR b.name IS DISTINCT FROM d.name
		                     OR b.name IS DISTINCT FROM f.name")
		[ "$diff" = 0 ] || { echo "rules.sh: (b), (c), (d) and (f) stored different names in $diff rows" >&2; exit 1; }
		# and (f) the same counter rows as (b)
		diff=$(q -At -c "SELECT count(*) FROM bench_f_hh f FULL JOIN
		                    (SELECT * FROM population_rules.household_heads
		                      WHERE rule_id = (SELECT rule_id FROM population_rules.rule
		                                        WHERE tbl = 'bench_b'::regclass AND kind = 'household_head')) b
		                    USING (household)
		                  WHERE f.members IS DISTINCT FROM b.members OR f.heads IS DISTINCT FROM b.heads")
		[ "$diff" = 0 ] || { echo "rules.sh: (b) and (f) kept different household counts in $diff rows" >&2; exit 1; }
	fi
done

ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
echo
echo "Rules benchmark: $rows persons (INSERT ... SELECT, COPY), $pgtx single-row transactions (pgbench); seconds, best of $reps rounds"
echo
echo "| method | (a) plain | (e) plain + idle BEFORE trigger | (f) the rules' work, no trigger | (b) rules (C) | (c) PL/pgSQL + extension functions | (d) PL/pgSQL alone | (b)/(a) | (e)/(a) | (f)/(a) | (c)/(b) | (d)/(b) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for m in insert copy pgbench1 pgbench2; do
	case $m in
	insert) label="INSERT ... SELECT" ;;
	copy) label="COPY" ;;
	pgbench1) label="pgbench, 1 client" ;;
	pgbench2) label="pgbench, 2 clients" ;;
	esac
	echo "| $label | ${T[a,$m]} | ${T[e,$m]} | ${T[f,$m]:-—} | ${T[b,$m]} | ${T[c,$m]} | ${T[d,$m]} | $(ratio "${T[b,$m]}" "${T[a,$m]}") | $(ratio "${T[e,$m]}" "${T[a,$m]}") | $([ -n "${T[f,$m]}" ] && ratio "${T[f,$m]}" "${T[a,$m]}" || echo "—") | $(ratio "${T[c,$m]}" "${T[b,$m]}") | $(ratio "${T[d,$m]}" "${T[b,$m]}") |"
done
