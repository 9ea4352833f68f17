#!/usr/bin/env bash
# log_validate.sh (Citus suite): the violation log and validate_rule /
# rebuild_rule of rules on distributed tables, through the coordinator of
# a coordinator and two workers (test/citus_cluster.sh).
#
# A rule in log mode on a distributed table logs on the worker whose
# shard's trigger fired; population_rules.cluster_violations() shows every
# node's log from the coordinator, each node's read as the calling role
# (its row-level security applies there): a role sees the entries of the
# tables it owns, not the others'.  purge_violations run on every node
# (run_command_on_all_nodes) as a role purges its own entries only.
# validate_rule lists the same rows as on an identical one-server table;
# rebuild_rule counts the households again on every worker.  The script
# leaves no rule, table, role or log entry of its own behind.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1

# logged RULE [ROLE]: the rule's entries as cluster_violations() shows them
# to ROLE (default the superuser), one line each, in a fixed order
logged() {
	local as=${2:+SET ROLE $2;}
	q -c "$as SELECT string_agg(concat_ws('|', rule_name, table_name, tbl::regclass, row_key, code), ';'
	          ORDER BY row_key, code, violation_id)
	        FROM population_rules.cluster_violations() WHERE rule_id = $1"
}

# ------------------------------------------------- log mode on the workers
q -c "CREATE TABLE lv_names (id text PRIMARY KEY, ho_ten text)" \
	-c "SELECT create_distributed_table('lv_names', 'id')" >/dev/null || exit 1
rn=$(q -c "SELECT population_rules.attach_names_rule('lv_names', ARRAY['ho_ten'], mode => 'log')")
q -c "INSERT INTO lv_names VALUES ('1', 'NGUYỄN  văn an'), ('2', 'trần thị bình'), ('3', 'Lê Văn Cường'), ('4', 'phạm  thị hoa')" || exit 1
check "names in log mode: nothing logged on the coordinator" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.violations WHERE rule_id = $rn")"
check "names in log mode: the three entries logged on the workers" 3 \
	"$(per_worker "SELECT count(*) FROM population_rules.violations WHERE rule_id = $rn" | tr , '\n' | awk '{ s += $1 } END { print s }')"
check "names in log mode: cluster_violations() shows the workers' entries with the rule and the coordinator's table" \
	"names_ho_ten|public.lv_names|lv_names|(id)=(1)|name_not_canonical;names_ho_ten|public.lv_names|lv_names|(id)=(2)|name_not_canonical;names_ho_ten|public.lv_names|lv_names|(id)=(4)|name_not_canonical" \
	"$(logged "$rn")"
check "names in log mode: each entry from the worker that logged it" t \
	"$(q -c "SELECT bool_and(v.nodeid IN (SELECT n.nodeid FROM pg_dist_node n WHERE n.groupid <> 0))
	         FROM population_rules.cluster_violations() v WHERE v.rule_id = $rn")"
# warn mode: the worker's WARNING reaches the coordinator's client
q -c "SELECT population_rules.set_rule_mode($rn, 'warn')" >/dev/null
check "names: set_rule_mode to warn seen on the workers" "warn,warn" \
	"$(for p in $CITUS_WORKER_PORTS; do
		q -p "$p" -c "DO \$\$ DECLARE m text; BEGIN
			EXECUTE format('SELECT mode FROM %s WHERE rule_id = $rn', population_rules._node_rule_placement()) INTO m;
			RAISE NOTICE '%', m; END \$\$" 2>&1 | sed -n 's/.*NOTICE: *//p'; done | paste -sd,)"
msg=$(q -c "INSERT INTO lv_names VALUES ('5', 'vũ  thị lan')" 2>&1)
check "names in warn mode: the worker's WARNING reaches the coordinator's client" yes \
	"$(grep -q 'WARNING:.*"lv_names"' <<<"$msg" && echo yes || echo "$msg")"
check "names in warn mode: nothing more logged" 3 \
	"$(q -c "SELECT count(*) FROM population_rules.cluster_violations() WHERE rule_id = $rn")"
q -c "SELECT population_rules.set_rule_mode($rn, 'log')" >/dev/null

# The household rule in log mode, on a table distributed by household.
q -c "CREATE TABLE lv_hh (id text, ho text, quan_he text, PRIMARY KEY (ho, id))" \
	-c "SELECT create_distributed_table('lv_hh', 'ho')" >/dev/null || exit 1
rh=$(q -c "SELECT population_rules.attach_household_head_rule('lv_hh', 'ho', 'quan_he', mode => 'log')")
q -c "INSERT INTO lv_hh VALUES ('1', 'H1', 'chủ hộ'), ('2', 'H1', 'chủ hộ'), ('3', 'H2', 'con'), ('4', 'H3', 'chủ hộ')" || exit 1
check "household in log mode: its entries seen from the coordinator" \
	"household_head_ho|public.lv_hh|lv_hh|(ho)=(H2)|household_no_head" \
	"$(logged "$rh" | tr ';' '\n' | grep -v many_heads)"
check "household in log mode: the household with two heads logged" yes \
	"$(logged "$rh" | grep -q '(ho)=(H1)|household_many_heads' && echo yes)"

# ------------------------------------------------------------ privileges
# A role sees the entries of the tables it owns (or whose owner it is a
# member of), on every node, and no others.
q -c "CREATE ROLE lv_owner LOGIN" -c "CREATE ROLE lv_analyst LOGIN" \
	-c "ALTER TABLE lv_hh OWNER TO lv_owner" >/dev/null || exit 1
check "owner of the household table: sees its entries on the workers, not the names table's" "0|$(logged "$rh" | tr ';' '\n' | wc -l)" \
	"$(q -c "SET ROLE lv_owner; SELECT count(*) FILTER (WHERE rule_id = $rn) || '|' || count(*) FILTER (WHERE rule_id = $rh)
	         FROM population_rules.cluster_violations()")"
check "a role owning neither table sees none of their entries" 0 \
	"$(q -c "SET ROLE lv_analyst; SELECT count(*) FROM population_rules.cluster_violations() WHERE rule_id IN ($rn, $rh)")"
q -c "GRANT lv_owner TO lv_analyst" >/dev/null
check "a member of the owning role sees the household table's entries" "$(logged "$rh")" "$(logged "$rh" lv_analyst)"
# purge_violations on every node, as the owner: its own entries only
q -c "SET ROLE lv_owner; SELECT bool_and(success) FROM run_command_on_all_nodes(\$\$SELECT population_rules.purge_violations()\$\$)" >/dev/null
check "purge_violations on every node as the owner: its entries gone, the names table's kept" "0|3" \
	"$(q -c "SELECT count(*) FILTER (WHERE rule_id = $rh) || '|' || count(*) FILTER (WHERE rule_id = $rn)
	         FROM population_rules.cluster_violations()")"

# ----------------------------------------------------------- validate_rule
# The same rows on a distributed table and on a table of this server: the
# same violations, in the same order.
q -c "CREATE TABLE lv_v_one (id text, ho text, quan_he text, ho_ten text, so text, PRIMARY KEY (ho, id))" \
	-c "INSERT INTO lv_v_one VALUES
		('1', 'A1', 'chủ hộ', 'nguyễn  văn an', '001090000001'),
		('2', 'A1', 'chủ hộ', 'Nguyễn Văn Bình', '12345'),
		('3', 'A2', 'con', 'trần thị  cúc', '079199001234'),
		('4', 'A3', 'chủ hộ', 'Lê Văn Dũng', NULL),
		('5', 'A3', 'vợ', 'phạm thị e', '0011')" \
	-c "CREATE TABLE lv_v_dist (LIKE lv_v_one INCLUDING ALL)" \
	-c "SELECT create_distributed_table('lv_v_dist', 'ho')" \
	-c "INSERT INTO lv_v_dist SELECT * FROM lv_v_one" \
	-c "CREATE TABLE lv_v_id (LIKE lv_v_one)" -c "ALTER TABLE lv_v_id ADD PRIMARY KEY (so)" \
	-c "INSERT INTO lv_v_id SELECT * FROM lv_v_one WHERE so IS NOT NULL" \
	-c "CREATE TABLE lv_v_id_dist (LIKE lv_v_id INCLUDING ALL)" \
	-c "SELECT create_distributed_table('lv_v_id_dist', 'so')" \
	-c "INSERT INTO lv_v_id_dist SELECT * FROM lv_v_id" >/dev/null || exit 1
validated() {
	q -c "SELECT string_agg(row_key || ' ' || detail, ';') FROM population_rules.validate_rule($1)"
}
for t in one dist; do
	q -c "SELECT population_rules.attach_names_rule('lv_v_$t', ARRAY['ho_ten'])" \
		-c "SELECT population_rules.attach_household_head_rule('lv_v_$t', 'ho', 'quan_he')" >/dev/null 2>&1 || exit 1
done
for t in id id_dist; do
	q -c "SELECT population_rules.attach_unique_id_rule('lv_v_$t', 'so')" >/dev/null || exit 1
done
rule_of() { q -c "SELECT rule_id FROM population_rules.rule WHERE tbl = '$1'::regclass AND kind = '$2'"; }
for k in names household_head; do
	one=$(validated "$(rule_of lv_v_one $k)")
	check "validate_rule of the $k rule on a distributed table: the rows of the same table on one server" \
		"$one" "$(validated "$(rule_of lv_v_dist $k)")"
	check "validate_rule of the $k rule: something to find" yes "$([ -n "$one" ] && echo yes)"
done
one=$(validated "$(rule_of lv_v_id unique_id)")
check "validate_rule of the unique-id rule on a distributed table: the rows of the same table on one server" \
	"$one" "$(validated "$(rule_of lv_v_id_dist unique_id)")"
check "validate_rule of the unique-id rule: the malformed ids found" 2 "$(tr ';' '\n' <<<"$one" | grep -c malformed)"
rv=$(rule_of lv_v_dist names)
check "cluster_violations() shows the coordinator's own uncommitted entries (validate_rule with log)" "3|3" \
	"$(q -c "BEGIN" -c "SELECT count(*) FROM population_rules.validate_rule($rv, log => true)" \
		-c "SELECT count(*) FROM population_rules.cluster_violations() v JOIN pg_dist_node n USING (nodeid)
		     WHERE v.rule_id = $rv AND n.groupid = 0" -c "ROLLBACK" | paste -sd'|')"
# A table without a primary key: a row is named by its ctid in its shard.
q -c "CREATE TABLE lv_v_nokey (id text, ho_ten text)" -c "SELECT create_distributed_table('lv_v_nokey', 'id')" \
	-c "INSERT INTO lv_v_nokey SELECT i::text, 'nguyễn  văn ' || i FROM generate_series(1, 6) i" >/dev/null || exit 1
rk=$(q -c "SELECT population_rules.attach_names_rule('lv_v_nokey', ARRAY['ho_ten'])")
check "validate_rule on a distributed table without a primary key: each row named by ctid and shard, once" "6|6" \
	"$(q -c "SELECT count(DISTINCT row_key) || '|' || count(*) FILTER (WHERE row_key ~ '^ctid \(\d+,\d+\) of lv_v_nokey_\d+$')
	         FROM population_rules.validate_rule($rk)")"

# ------------------------------------------------------------ rebuild_rule
# Counters broken by hand on the workers: rebuild_rule counts again on
# every worker.
counters="SELECT coalesce(string_agg(household || ':' || members || ':' || heads, ' ' ORDER BY household), '-')
            FROM $(hh_counters $rh)"
good=$(per_worker "$counters")
per_worker "UPDATE population_rules.household_heads h SET heads = h.heads + 3, members = h.members + 1
             WHERE h.rule_id IN (SELECT s.scope_id FROM population_rules.placement_scopes s WHERE s.rule_id = $rh);
            DELETE FROM $(hh_counters $rh) AND household = 'H3'" >/dev/null
check "counters broken on the workers" yes "$([ "$(per_worker "$counters")" != "$good" ] && echo yes)"
q -c "SELECT population_rules.rebuild_rule($rh)" >/dev/null
check "rebuild_rule counts every worker's households again" "$good" "$(per_worker "$counters")"
check "the rebuilt counters are the table's" "H1:2:2 H2:1:0 H3:1:1" \
	"$(per_worker "$counters" | tr ',' '\n' | grep -v '^-$' | tr ' ' '\n' | sort | paste -sd' ')"

# ------------------------------------------------------------ clean up
for r in $(q -c "SELECT rule_id FROM population_rules.rule WHERE tbl::text LIKE 'lv\_%'"); do
	q -c "SELECT population_rules.detach_rule($r)" >/dev/null || echo "FAILED: detach $r"
done
q -c "DROP TABLE lv_names, lv_hh, lv_v_one, lv_v_dist, lv_v_id, lv_v_id_dist, lv_v_nokey" \
	-c "SELECT bool_and(success) FROM run_command_on_all_nodes(\$\$DELETE FROM population_rules.violations WHERE table_name LIKE 'public.lv\\_%'\$\$)" \
	-c "DROP ROLE lv_analyst" -c "DROP ROLE lv_owner" >/dev/null || echo "FAILED: clean up"
check "nothing of the script left in any node's log" 0 \
	"$(q -c "SELECT count(*) FROM population_rules.cluster_violations() WHERE table_name LIKE 'public.lv\\_%'")"
exit $fail
