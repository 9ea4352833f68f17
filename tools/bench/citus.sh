#!/usr/bin/env bash
# citus.sh: the rules and the analysts' views through a Citus coordinator
# with two workers (test/citus_cluster.sh: all three on this machine, unix
# sockets), beside the same on one server (test/cluster.sh), both started
# here at PostgreSQL's default settings and timed in turns within one run.
# Prints Markdown tables: one-server seconds, Citus seconds, the ratio.
#
# Rules (BENCH_CITUS_ROWS persons, 1,000,000 by default; the persons of
# tools/bench/rules_src.sql).  One table cannot carry all three rules on
# Citus (README "Scaling out with Citus": the unique-id rule needs the
# table distributed by its id, the household rule by its household), so
# the persons are loaded into the two documented layouts:
#   persons (id, name, born, sex, hh, rel, died), primary key (hh, id),
#           distributed by hh, with the names and household-head rules,
#   cards   (pid primary key, id, born, sex), distributed by pid, with the
#           unique-id rule (enforce mode, checking the id's structure
#           against born and sex),
#   keys    the cards without a primary key, the unique-id rule in warn
#           mode: no unique index, the rule keeps keys of its own (on
#           Citus per shard placement, on the worker); plain: an index on
#           pid that is not unique, what a DBA who only looks for
#           duplicates afterwards would have,
# each also plain (no rule), with one INSERT ... SELECT from a table of the
# coordinator (one server: of the server) and with one COPY, each load into
# a fresh table after a CHECKPOINT on every node.  "All three rules" is the
# sum of persons and cards with their rules; "plain" the sum without (the
# keys table is measured beside them, not summed).  The same keys on one
# server, so the two compare.
#
# Views (BENCH_CITUS_VIEW_ROWS persons, 100,000 by default): a sample
# population (population_rules_sample, seed 1, 2% of each defect), on one
# server as generated; on Citus generated on the coordinator and copied
# into the layout the README recommends (persons and id documents by
# person_key, colocated; SIMs, insurance records and civil events by their
# own keys; the layout of test/citus/views_distributed.sh), the indexes
# view_indexes lists created on both.  Every generated view is read in full
# (count(*) WHERE length(row::text) > 0, one session per server, jit off
# as the README advises for the views: on Citus each view is read in a
# transaction that passes SET LOCAL jit = off on to the workers, whose
# shard queries would otherwise be JIT-compiled, one by one), each
# under a statement_timeout of BENCH_CITUS_VIEW_TIMEOUT seconds (300): a
# view that reaches it is reported as "> N s" and counted at N in the sum.
# BENCH_CITUS_VIEW_WORK_MEM (e.g. 64MB; unset: the server's default) sets
# work_mem in both reading sessions, as the README advises on Citus for
# the views that look up the dead among the SIMs and insurance records.
# BENCH_CITUS_VIEWS (unset: every generated view) reads only the views it
# lists (e.g. "dead_still_active person_checks").  Then the same views
# generated materialized (generate_views(..., materialized => true)) on both:
# refresh_views timed (on Citus with jit off passed on to the workers), then
# every view read as above.
#
# Without Citus for this server (tools/build-citus.sh exits 3: no vendored
# source, or a server Citus does not support) prints a "SKIPPED:" line and
# exits 0.  BENCH_CITUS_PARTS ("rules views") picks the parts.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
rows=${BENCH_CITUS_ROWS:-1000000}
vrows=${BENCH_CITUS_VIEW_ROWS:-100000}
vtimeout=${BENCH_CITUS_VIEW_TIMEOUT:-300}
vworkmem=${BENCH_CITUS_VIEW_WORK_MEM:-}
vlist=${BENCH_CITUS_VIEWS:-}
parts=${BENCH_CITUS_PARTS:-rules views}
has_part() { [[ " $parts " == *" $1 "* ]]; }

. test/cluster.sh
. test/citus_cluster.sh

# Citus for the server PG_CONFIG names: installed already, or built from the
# vendored source.  A private copy of the server gets a build cache of its
# own (build-citus.sh's default cache is configured for the system server).
libdir=$(${PG_CONFIG:-pg_config} --pkglibdir)
if [ ! -e "$libdir/citus.so" ]; then
	if [ "$libdir" != "$(pg_config --pkglibdir 2>/dev/null)" ]; then
		export CITUS_CACHE=${CITUS_CACHE:-/var/tmp/population_rules-cache/citus-$(echo "$libdir" | md5sum | cut -c1-12)}
	fi
	rc=0
	out=$(bash tools/build-citus.sh 2>&1) || rc=$?
	if [ "$rc" -eq 3 ]; then
		echo "SKIPPED: Citus benchmark: $(echo "$out" | sed -n 's/^SKIPPED: *//p')"
		exit 0
	elif [ "$rc" -ne 0 ]; then
		echo "$out" >&2
		exit 1
	fi
fi

load0=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/citus_bench.XXXXXX)
chmod 755 "$work"
cluster_start
one_host=$PGHOST one_port=$PGPORT
citus_cluster_start
trap 'rm -rf "$work"; citus_cluster_stop; cluster_stop' EXIT
trap 'rm -rf "$work"; citus_cluster_stop; cluster_stop; exit 130' INT TERM

# q SIDE ARGS...: psql on one server (one) or the coordinator (citus).
q() {
	local side=$1
	shift
	case $side in
	one) psql -X -q -v ON_ERROR_STOP=1 -At -h "$one_host" -p "$one_port" -U postgres -d postgres "$@" ;;
	citus) citus_on "${CITUS_PORTS[0]}" "$@" ;;
	esac
}
checkpoint() {	# checkpoint SIDE: on every node of the side
	local p
	if [ "$1" = one ]; then
		q one -c CHECKPOINT
	else
		for p in "${CITUS_PORTS[@]}"; do citus_on "$p" -c CHECKPOINT; done
	fi
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
add() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x + y }'; }

for s in one citus; do
	q $s -c "SET client_min_messages = warning" -c "CREATE EXTENSION population_rules" \
		-c "CREATE EXTENSION population_rules_sample"
done

declare -A T
# ------------------------------------------------------------------ rules
# make_table SIDE TABLE KIND VARIANT: KIND persons or cards, VARIANT plain
# or rules.
make_table() {
	local s=$1 t=$2
	case $3 in
	persons)
		q "$s" -c "CREATE TABLE $t (id bigint, name text, born date, sex text, hh bigint, rel text, died date,
		                            PRIMARY KEY (hh, id))"
		[ "$s" = citus ] && q "$s" -c "SELECT create_distributed_table('$t', 'hh')" >/dev/null
		[ "$4" = rules ] && q "$s" -c "SELECT population_rules.attach_names_rule('$t', '{name}')" \
			-c "SELECT population_rules.attach_household_head_rule('$t', 'hh', 'rel', death_date_column => 'died')" >/dev/null
		;;
	cards)
		q "$s" -c "CREATE TABLE $t (pid text PRIMARY KEY, id bigint, born date, sex text)"
		[ "$s" = citus ] && q "$s" -c "SELECT create_distributed_table('$t', 'pid')" >/dev/null
		[ "$4" = rules ] && q "$s" -c "SELECT population_rules.attach_unique_id_rule('$t', 'pid', birth_date_column => 'born', sex_column => 'sex')" >/dev/null
		;;
	keys)
		q "$s" -c "CREATE TABLE $t (pid text, id bigint, born date, sex text)"
		[ "$s" = citus ] && q "$s" -c "SELECT create_distributed_table('$t', 'pid')" >/dev/null
		[ "$4" = plain ] && q "$s" -c "CREATE INDEX ON $t (pid)" >/dev/null
		[ "$4" = rules ] && q "$s" -c "SELECT population_rules.attach_unique_id_rule('$t', 'pid', mode => 'warn', birth_date_column => 'born', sex_column => 'sex')" >/dev/null
		;;
	esac
	return 0
}
cols_persons="id, name, born, sex, hh, rel"
cols_cards="pid, id, born, sex"
cols_keys=$cols_cards

if has_part rules; then
	for s in one citus; do
		q $s -v rows="$rows" -f "$here/rules_src.sql"
		q $s -c "ANALYZE src"
	done
	q one -c "\\copy (SELECT $cols_persons FROM src) TO '$work/persons.copy'" \
		-c "\\copy (SELECT $cols_cards FROM src) TO '$work/cards.copy'"
	# The two servers take turns at every load, so a burst of load on the
	# shared machine does not fall on one of them only.
	for m in insert copy; do
		for k in persons cards keys; do
			for v in plain rules; do
				for s in one citus; do
					t=${k}_${v}_$m
					make_table $s $t $k $v
					checkpoint $s
					cols=cols_$k
					t0=$(now)
					case $m in
					insert) q $s -c "INSERT INTO $t (${!cols}) SELECT ${!cols} FROM src" ;;
					copy) q $s -c "\\copy $t (${!cols}) FROM '$work/${k/keys/cards}.copy'" ;;
					esac
					t1=$(now)
					T[$s,$k,$v,$m]=$(elapsed "$t0" "$t1")
				done
			done
		done
	done
	# The same rows stored on both: counts, and the names the rule wrote.
	for t in persons_plain_insert persons_rules_insert persons_rules_copy cards_rules_copy keys_rules_copy; do
		c=name
		[[ $t == cards* || $t == keys* ]] && c=pid
		a=$(q one -c "SELECT count(*) || ' ' || count(DISTINCT $c) FROM $t")
		b=$(q citus -c "SELECT count(*) || ' ' || count(DISTINCT $c) FROM $t")
		[ "$a" = "$b" ] && [ "${a%% *}" = "$rows" ] ||
			{ echo "citus.sh: $t holds [$a] on one server, [$b] on Citus, $rows loaded" >&2; exit 1; }
	done
	n1=$(q one -c "SELECT count(DISTINCT name) FROM persons_plain_insert")
	n2=$(q citus -c "SELECT count(DISTINCT name) FROM persons_rules_copy")
	[ "$n2" -lt "$n1" ] || { echo "citus.sh: the names rule wrote $n2 distinct names of $n1 on Citus" >&2; exit 1; }
	# the warn-mode rule kept a key per id: on the workers' placements on Citus
	a=$(q one -c "SELECT count(*) FROM population_rules.id_keys k JOIN population_rules.rule r USING (rule_id) WHERE r.tbl = 'keys_rules_copy'::regclass")
	r=$(q citus -c "SELECT rule_id FROM population_rules.rule WHERE tbl = 'keys_rules_copy'::regclass")
	b=$(q citus -c "SELECT sum(result::bigint) FROM run_command_on_workers(\$\$SELECT count(*) FROM population_rules.id_keys k
	      JOIN population_rules.placement_scopes s ON s.scope_id = k.rule_id WHERE s.rule_id = $r\$\$)")
	[ "$a" = "$rows" ] && [ "$b" = "$rows" ] ||
		{ echo "citus.sh: the warn-mode rule keeps $a keys on one server, $b on the Citus workers, $rows loaded" >&2; exit 1; }
	for s in one citus; do
		for m in insert copy; do
			for v in plain rules; do
				T[$s,all,$v,$m]=$(add "${T[$s,persons,$v,$m]}" "${T[$s,cards,$v,$m]}")
			done
		done
	done
fi

# ------------------------------------------------------------------ views
# copy_distributed: the one-server-style sample of schema vs into the
# distributed tables of schema vd, registered as dataset vd.
copy_distributed() {
	local t
	q citus -c "CREATE SCHEMA vd"
	for t in persons id_documents sim_subscriptions insurance_records civil_events; do
		q citus -c "CREATE TABLE vd.$t (LIKE vs.$t)"
	done
	q citus -c "SELECT create_distributed_table('vd.persons', 'person_key')" \
		-c "SELECT create_distributed_table('vd.id_documents', 'person_key', colocate_with => 'vd.persons')" \
		-c "SELECT create_distributed_table('vd.sim_subscriptions', 'phone_number')" \
		-c "SELECT create_distributed_table('vd.insurance_records', 'insurance_code')" \
		-c "SELECT create_distributed_table('vd.civil_events', 'event_id')" >/dev/null
	for t in persons id_documents sim_subscriptions insurance_records civil_events; do
		q citus -c "INSERT INTO vd.$t SELECT * FROM vs.$t"
	done
	q citus -c "SELECT count(*) FROM population_rules.register_source('person', 'vd.persons', '{}', 'vd')" \
		-c "SELECT count(*) FROM population_rules.register_source('id_document', 'vd.id_documents', '{}', 'vd')" \
		-c "SELECT count(*) FROM population_rules.register_source('sim_subscription', 'vd.sim_subscriptions', '{}', 'vd')" \
		-c "SELECT count(*) FROM population_rules.register_source('insurance_record', 'vd.insurance_records', '{}', 'vd')" \
		-c "SELECT count(*) FROM population_rules.register_source('civil_event', 'vd.civil_events', '{}', 'vd')" >/dev/null
}

# time_views SIDE SCHEMA: "view rows seconds" per view of the list $views,
# rows "-" when the read failed (the error in $work/views_SIDE.err).
time_views() {
	local v
	{
		echo "SET statement_timeout = '${vtimeout}s';"
		echo "SET jit = off;"
		[ -z "$vworkmem" ] || echo "SET work_mem = '$vworkmem';"
		# the workers plan their shard queries with their own settings:
		# jit off reaches them as a SET LOCAL that Citus passes on
		[ "$1" = citus ] && echo "SET citus.propagate_set_commands = 'local';"
		echo "SELECT population_rules.vn_key_unaccent('x') AS warm \\gset"
		for v in $views; do
			echo "\\set c -"
			echo "SELECT extract(epoch FROM clock_timestamp()) AS t0 \\gset"
			[ "$1" = citus ] && echo "BEGIN; SET LOCAL jit = off;"
			echo "SELECT count(*) AS c FROM $2.$v x WHERE length(x::text) > 0 \\gset"
			[ "$1" = citus ] && echo "COMMIT;"
			echo "SELECT '$v', :'c', round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 2);"
		done
	} >"$work/views_$1.sql"
	q "$1" -v ON_ERROR_STOP=0 -F ' ' -f "$work/views_$1.sql" 2>"$work/views_$1.err"
}

if has_part views; then
	declare -A V
	for s in one citus; do
		t0=$(now)
		q $s -c "SET client_min_messages = warning" \
			-c "SELECT count(*) FROM population_rules_sample.generate_population('vs', $vrows, 1, 0.02)" >/dev/null
		T[$s,gen]=$(elapsed "$t0" "$(now)")
	done
	t0=$(now)
	copy_distributed
	T[citus,copy]=$(elapsed "$t0" "$(now)")
	for s in one citus; do
		ds=vs
		[ $s = citus ] && ds=vd
		# (On stderr, Citus's warnings that the views reading the dataset's
		# duplicate model, a coordinator table, are created on the
		# coordinator only: generate_views sets client_min_messages itself.)
		q $s -c "SET client_min_messages = warning" \
			-c "SELECT count(*) FROM population_rules.generate_views('${ds}_views', '$ds')" >/dev/null
		q $s -c "SELECT statement FROM population_rules.view_indexes('$ds') WHERE NOT present" |
			while read -r stmt; do q $s -c "$stmt"; done
		q $s -c "ANALYZE"
	done
	views=$(q one -c "SELECT c.relname FROM pg_class c
	                   WHERE c.relnamespace = 'vs_views'::regnamespace AND c.relkind = 'v'
	                     AND c.relname NOT LIKE '%\_source' ORDER BY c.relname")
	if [ -n "$vlist" ]; then
		views=$(for v in $views; do if [[ " $vlist " == *" $v "* ]]; then echo "$v"; fi; done)
	fi
	for s in one citus; do
		checkpoint $s
		ds=vs
		[ $s = citus ] && ds=vd
		while read -r v c sec; do
			[ -n "$sec" ] || continue
			V[$s,$v,rows]=$c
			V[$s,$v,s]=$sec
		done <<<"$(time_views $s "${ds}_views")"
	done
	# Materialized: refresh_views, then every view read.
	for s in one citus; do
		ds=vs
		[ $s = citus ] && ds=vd
		q $s -c "SET client_min_messages = warning" -c "SET jit = off" \
			-c "SELECT count(*) FROM population_rules.generate_views('${ds}_m', '$ds', materialized => true)" >/dev/null 2>&1
		checkpoint $s
		t0=$(now)
		if [ $s = citus ]; then
			q $s -c "SET citus.propagate_set_commands = 'local'" -c "BEGIN" -c "SET LOCAL jit = off" \
				-c "SELECT count(*) FROM population_rules.refresh_views('${ds}_m')" -c "COMMIT" >/dev/null
		else
			q $s -c "SET jit = off" -c "SELECT count(*) FROM population_rules.refresh_views('${ds}_m')" >/dev/null
		fi
		T[$s,refresh]=$(elapsed "$t0" "$(now)")
		T[$s,mread]=0
		while read -r v c sec; do
			[ -n "$sec" ] && [ "$c" != - ] || continue
			T[$s,mread]=$(add "${T[$s,mread]}" "$sec")
		done <<<"$(time_views $s "${ds}_m")"
	done
fi

# ------------------------------------------------------------------ report
load1=$(cut -d' ' -f1-3 /proc/loadavg)
setting() { q "$1" -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name = ANY ('{$2}')"; }
pgset=shared_buffers,work_mem,maintenance_work_mem,max_wal_size,jit,max_parallel_workers_per_gather,synchronous_commit,fsync
echo "One server and a Citus $(q citus -c "SELECT split_part(citus_version(), ' ', 2)") coordinator with 2 workers on this machine (unix sockets, no TCP); load average (1/5/15 min) $load0 at the start, $load1 at the end."
echo
echo "- settings, every server at PostgreSQL's defaults: $(setting one "$pgset")"
echo "- Citus nodes: the same, and $(setting citus "max_connections,max_prepared_transactions,citus.shard_count,citus.max_adaptive_executor_pool_size,citus.max_shared_pool_size")"
if has_part rules; then
	echo
	echo "Loads of $rows persons (tools/bench/rules_src.sql), seconds, one load each: persons distributed by household (names and household-head rules), cards distributed by id (unique-id rule), keys the cards without a primary key (the unique-id rule in warn mode, keeping keys of its own); the same keys on one server."
	echo
	echo "| load | one server | Citus | Citus / one server |"
	echo "|---|---:|---:|---:|"
	for m in insert copy; do
		case $m in insert) ml="INSERT … SELECT" ;; copy) ml="COPY" ;; esac
		for k in persons cards keys all; do
			for v in plain rules; do
				case $k,$v in
				persons,plain) l="persons, plain" ;;
				persons,rules) l="persons + names + household head" ;;
				cards,plain) l="cards, plain" ;;
				cards,rules) l="cards + unique id" ;;
				keys,plain) l="cards without a unique index, plain (an index on pid)" ;;
				keys,rules) l="cards without a unique index + unique id in warn mode (its keys)" ;;
				all,plain) l="**both tables, plain**" ;;
				all,rules) l="**both tables, all three rules**" ;;
				esac
				a=${T[one,$k,$v,$m]} b=${T[citus,$k,$v,$m]}
				echo "| $ml: $l | $a | $b | $(ratio "$b" "$a") |"
			done
		done
	done
	echo
	echo "The rules' cost on each (rules / plain, the same table):"
	echo
	echo "| load | one server | Citus |"
	echo "|---|---:|---:|"
	for m in insert copy; do
		case $m in insert) ml="INSERT … SELECT" ;; copy) ml="COPY" ;; esac
		for k in persons cards keys all; do
			case $k in persons) l="persons: names + household head" ;; cards) l="cards: unique id" ;;
			keys) l="cards without a unique index: unique id in warn mode" ;; all) l="both: all three rules" ;; esac
			echo "| $ml, $l | $(ratio "${T[one,$k,rules,$m]}" "${T[one,$k,plain,$m]}") | $(ratio "${T[citus,$k,rules,$m]}" "${T[citus,$k,plain,$m]}") |"
		done
	done
fi
if has_part views; then
	echo
	echo "Every generated view read in full over a sample of $vrows persons (seed 1, 2% of each defect), seconds; Citus: persons and id documents distributed by person_key (colocated), the other sources by their own keys; jit off in the reading session (on Citus passed on to the workers)${vworkmem:+, work_mem $vworkmem in it}, statement_timeout ${vtimeout} s per view. Generation: ${T[one,gen]} s on one server; on Citus ${T[citus,gen]} s into coordinator tables, then ${T[citus,copy]} s into the distributed ones."
	echo
	echo "| view | rows | one server | Citus | Citus / one server |"
	echo "|---|---:|---:|---:|---:|"
	sum_one=0 sum_citus=0 over=0
	for v in $views; do
		a=${V[one,$v,s]:-} b=${V[citus,$v,s]:-}
		ra=${V[one,$v,rows]:-} rb=${V[citus,$v,rows]:-}
		cell_a=$a cell_b=$b r=
		if [ "$ra" = - ] || [ -z "$a" ]; then cell_a="failed"; a=; fi
		if [ "$rb" = - ] || [ -z "$b" ]; then
			if [ -n "$b" ] && awk -v x="$b" -v y="$vtimeout" 'BEGIN { exit !(x >= y * 0.99) }'; then
				cell_b="> $vtimeout"; b=$vtimeout; over=1
			else
				cell_b="failed"; b=
			fi
		fi
		[ -n "$a" ] && [ -n "$b" ] && r=$(ratio "$b" "$a")
		[ "$rb" != - ] && [ -n "$rb" ] && [ "$rb" != "$ra" ] && ra="$ra (Citus $rb)"
		[ -n "$a" ] && sum_one=$(add "$sum_one" "$a")
		[ -n "$b" ] && sum_citus=$(add "$sum_citus" "$b")
		echo "| $v | $ra | $cell_a | $cell_b | ${r:-—} |"
	done
	echo "| **whole set** | | $sum_one | $([ $over = 1 ] && echo "> ")$sum_citus | $(ratio "$sum_citus" "$sum_one") |"
	echo
	echo "The same views generated materialized (\`generate_views(…, materialized => true)\`), seconds:"
	echo
	echo "| materialized | one server | Citus | Citus / one server |"
	echo "|---|---:|---:|---:|"
	echo "| \`refresh_views\` | ${T[one,refresh]} | ${T[citus,refresh]} | $(ratio "${T[citus,refresh]}" "${T[one,refresh]}") |"
	echo "| every view read | ${T[one,mread]} | ${T[citus,mread]} | $(ratio "${T[citus,mread]}" "${T[one,mread]}") |"
	m1=$(add "${T[one,refresh]}" "${T[one,mread]}") m2=$(add "${T[citus,refresh]}" "${T[citus,mread]}")
	echo "| **whole set** | $m1 | $m2 | $(ratio "$m2" "$m1") |"
	for s in one citus; do
		# the timeouts are in the table already
		if grep -v 'statement timeout' "$work/views_$s.err" | grep -q .; then
			echo
			echo "Errors ($s):"
			echo
			grep -v 'statement timeout' "$work/views_$s.err" | sed 's/^/    /'
		fi
	done
fi
