#!/usr/bin/env bash
# commit_errors.sh (Citus suite): a household rule's commit check, failing
# on a worker, reaches the client through the coordinator with its own
# SQLSTATE, detail and hint, as on one server.
#
# Citus commits a transaction that wrote one worker with a plain COMMIT
# there, where a deferred trigger's error would come back as "could not
# commit transaction"; the coordinator preloads population_rules
# (test/citus_cluster.sh), whose commit hook (src/rules/citus_commit.c)
# has Citus use two-phase commit for a transaction that writes a table of
# a household rule: the check then fails in the worker's PREPARE
# TRANSACTION, and Citus passes its error on.  Each case is one
# transaction on one shard; the remote commands Citus sends
# (citus.log_remote_commands) show which commit it used.  Writes to tables
# without a household rule keep the one-phase commit; the unique-id and
# names rules behave as before.  Everything made here is dropped at the
# end (rules_distributed.sh checks that no rule is left).
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

q -c "CREATE EXTENSION IF NOT EXISTS population_rules" || exit 1

# verbose ARGS...: psql's output and errors, errors with their SQLSTATE
verbose() { q_verbose -c "SET citus.log_remote_commands = on" "$@"; }
# field NAME: the first line of field NAME (ERROR, DETAIL, HINT) of the
# first error in a verbose output on stdin, without its SQLSTATE and with
# the table's name replaced by T (the remote commands' notices before the
# error have details of their own)
field() {
	sed -n '/^ERROR:/,$p' | sed -n "s/^$1:  //p" | head -1 |
		sed -E 's/^[0-9A-Z]{5}: //; s/table "[^"]*"/table T/'
}
# commit_kind: how Citus ended the transaction on the workers, from the
# remote commands on stdin: "2pc on N" (PREPARE TRANSACTION on N
# connections), "1pc on N" (a plain COMMIT on N) or "none"
commit_kind() {
	local out n
	out=$(cat)
	n=$(grep -c 'issuing PREPARE TRANSACTION' <<<"$out")
	if [ "$n" -gt 0 ]; then echo "2pc on $n"; return; fi
	n=$(grep -cE 'issuing COMMIT *$' <<<"$out")
	if [ "$n" -gt 0 ]; then echo "1pc on $n"; else echo none; fi
}

q -c "CREATE TABLE ce_one (id text, ho text, quan_he text)" \
	-c "CREATE TABLE ce_hh (id text, ho text, quan_he text)" \
	-c "SELECT create_distributed_table('ce_hh', 'ho')" \
	-c "CREATE TABLE ce_plain (id text, ho text)" \
	-c "SELECT create_distributed_table('ce_plain', 'ho', colocate_with => 'ce_hh')" >/dev/null || exit 1
one=$(q -c "SELECT population_rules.attach_household_head_rule('ce_one', 'ho', 'quan_he')")
hh=$(q -c "SELECT population_rules.attach_household_head_rule('ce_hh', 'ho', 'quan_he')")
q -c "INSERT INTO ce_one VALUES ('1', 'H1', 'Chủ hộ'), ('2', 'H1', 'Con')" \
	-c "INSERT INTO ce_hh VALUES ('1', 'H1', 'Chủ hộ'), ('2', 'H1', 'Con')" >/dev/null || exit 1

# ---------------------------------------------------- no head at commit
# The head of H1 made a child, nobody named: refused at COMMIT.
txn=(-c "BEGIN" -c "UPDATE TBL SET quan_he = 'Con' WHERE ho = 'H1' AND id = '1'" -c "COMMIT")
ref=$(verbose "${txn[@]//TBL/ce_one}")
out=$(verbose "${txn[@]//TBL/ce_hh}")
check "one server: the head removed fails at COMMIT with 23514" 23514 \
	"$(sqlstate_of <<<"$ref")"
check "Citus, one shard: the transaction used two-phase commit, on one worker" "2pc on 1" "$(commit_kind <<<"$out")"
check "Citus, one shard: COMMIT fails with the same SQLSTATE as on one server" 23514 \
	"$(sqlstate_of <<<"$out")"
check "Citus: the error is the rule's, naming the logical table" yes \
	"$(grep -q '^ERROR:  23514: household has no head in table "ce_hh"' <<<"$out" && echo yes || sed -n '/^ERROR:/p' <<<"$out")"
check "Citus: the same detail as on one server" "$(field DETAIL <<<"$ref")" "$(field DETAIL <<<"$out")"
check "Citus: the detail names the household" yes \
	"$(field DETAIL <<<"$out" | grep -q '(ho)=(H1)' && echo yes || field DETAIL <<<"$out")"
check "one server: the commit error has a detail and a hint" yes \
	"$([ -n "$(field DETAIL <<<"$ref")" ] && [ -n "$(field HINT <<<"$ref")" ] && echo yes || echo "$ref")"
check "Citus: the same hint as on one server" "$(field HINT <<<"$ref")" "$(field HINT <<<"$out")"
check "Citus: the refused transaction's update did not land" "Chủ hộ" \
	"$(q -c "SELECT quan_he FROM ce_hh WHERE id = '1'")"

# A new household without a head, inserted in a PL/pgSQL block (the
# statement runs nested, through SPI) and by a prepared statement.
out=$(verbose -c "BEGIN" -c "DO \$\$ BEGIN INSERT INTO ce_hh VALUES ('3', 'H2', 'Con'); END \$\$" -c "COMMIT")
check "Citus: a headless household written by a DO block: the rule's error at COMMIT" "2pc on 1|household has no head in table T" \
	"$(commit_kind <<<"$out")|$(field ERROR <<<"$out")"
out=$(verbose -c "PREPARE ins (text, text, text) AS INSERT INTO ce_hh VALUES (\$1, \$2, \$3)" \
	-c "BEGIN" -c "EXECUTE ins('4', 'H3', 'Con')" -c "COMMIT" -c "BEGIN" -c "EXECUTE ins('4', 'H3', 'Con')" -c "COMMIT")
check "Citus: by a prepared statement (twice): the rule's error at each COMMIT" 2 \
	"$(grep -c '^ERROR:  23514: household has no head in table "ce_hh"' <<<"$out")"
check "Citus: nothing of the refused households landed" 0 \
	"$(q -c "SELECT count(*) FROM ce_hh WHERE ho IN ('H2', 'H3')")"

# COPY goes through no executor start: Citus prepares every COPY anyway.
out=$(printf '5\tH4\tCon\n' | verbose -c "BEGIN" -c "COPY ce_hh FROM STDIN" -c "COMMIT")
check "Citus: a headless household by COPY: two-phase commit (Citus's own), the rule's error at COMMIT" \
	"2pc on 1|23514|Household (ho)=(H4) has 1 living member and no living head." "$(commit_kind <<<"$out")|$(sqlstate_of <<<"$out")|$(field DETAIL <<<"$out")"
check "Citus: nothing of the refused COPY landed" 0 "$(q -c "SELECT count(*) FROM ce_hh WHERE ho = 'H4'")"

# The reason for the hook: a deferred trigger that is not a rule's keeps
# Citus's one-phase commit, and its error becomes a WARNING under Citus's
# own (XX000).
q -c "CREATE TABLE ce_ctl (id text, ho text)" -c "SELECT create_distributed_table('ce_ctl', 'ho', colocate_with => 'ce_hh')" \
	-c "CREATE FUNCTION ce_refuse() RETURNS trigger LANGUAGE plpgsql AS
		\$\$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '23514', DETAIL = 'refused at commit'; END \$\$" \
	-c "SET citus.enable_unsafe_triggers = on" \
	-c "CREATE CONSTRAINT TRIGGER ce_refuse AFTER INSERT ON ce_ctl DEFERRABLE INITIALLY DEFERRED
		FOR EACH ROW EXECUTE FUNCTION ce_refuse()" >/dev/null || exit 1
out=$(verbose -c "BEGIN" -c "INSERT INTO ce_ctl VALUES ('1', 'H1')" -c "COMMIT")
check "control: another deferred trigger, one shard: one-phase commit, Citus's XX000" "1pc on 1|XX000" \
	"$(commit_kind <<<"$out")|$(sqlstate_of <<<"$out")"

# ------------------------------------------------- two heads, at once
out=$(verbose -c "BEGIN" -c "INSERT INTO ce_hh VALUES ('6', 'H1', 'Chủ hộ')" -c "COMMIT")
ref=$(verbose -c "BEGIN" -c "INSERT INTO ce_one VALUES ('6', 'H1', 'Chủ hộ')" -c "COMMIT")
check "Citus: two heads refused at the statement, as on one server" \
	"$(field ERROR <<<"$ref")|$(field DETAIL <<<"$ref")" "$(field ERROR <<<"$out")|$(field DETAIL <<<"$out")"

# ------------------------------------------------------ what commits
out=$(verbose -c "BEGIN" -c "INSERT INTO ce_hh VALUES ('7', 'H5', 'Chủ hộ'), ('8', 'H5', 'Con')" \
	-c "UPDATE ce_hh SET quan_he = 'Vợ' WHERE ho = 'H5' AND id = '8'" -c "COMMIT")
check "Citus: a good household committed with two-phase commit" "2pc on 1|2" \
	"$(commit_kind <<<"$out")|$(q -c "SELECT count(*) FROM ce_hh WHERE ho = 'H5'")"
check "Citus: no prepared transaction left on any worker" "0,0" \
	"$(for p in $CITUS_WORKER_PORTS; do q -p "$p" -c "SELECT count(*) FROM pg_prepared_xacts"; done | paste -sd,)"
out=$(verbose -c "BEGIN" -c "INSERT INTO ce_plain VALUES ('1', 'H1')" -c "UPDATE ce_plain SET id = '2' WHERE ho = 'H1'" -c "COMMIT")
check "Citus: a table without a household rule keeps one-phase commit" "1pc on 1|1" \
	"$(commit_kind <<<"$out")|$(q -c "SELECT count(*) FROM ce_plain WHERE id = '2'")"
out=$(verbose -c "BEGIN" -c "SELECT count(*) FROM ce_hh WHERE ho = 'H1'" -c "INSERT INTO ce_plain VALUES ('3', 'H1')" -c "COMMIT")
check "Citus: reading a household rule's table writes nothing: one-phase commit" "1pc on 1" "$(commit_kind <<<"$out")"

# ------------------------------------------- the other rules, unchanged
q -c "CREATE TABLE ce_uid (pid text, ho_ten text)" \
	-c "SELECT create_distributed_table('ce_uid', 'pid', colocate_with => 'none')" >/dev/null || exit 1
uid=$(q -c "SELECT population_rules.attach_unique_id_rule('ce_uid', 'pid')")
nm=$(q -c "SELECT population_rules.attach_names_rule('ce_uid', ARRAY['ho_ten'])")
out=$(verbose -c "BEGIN" -c "INSERT INTO ce_uid VALUES ('001090000001', 'nguyễn  văn   an')" -c "COMMIT")
check "unique id and names in a transaction: normalized, committed (one-phase)" "1pc on 1|Nguyễn Văn An" \
	"$(commit_kind <<<"$out")|$(q -c "SELECT ho_ten FROM ce_uid")"
out=$(verbose -c "BEGIN" -c "INSERT INTO ce_uid VALUES ('001090000001', 'x')" -c "COMMIT")
check "unique id in a transaction: a duplicate refused with the rule's message" "23505|duplicate personal id number in table T" \
	"$(sqlstate_of <<<"$out")|$(field ERROR <<<"$out")"

for r in $one $hh $uid $nm; do
	q -c "SELECT population_rules.detach_rule($r)" >/dev/null || echo "FAILED: detach $r"
done
q -c "DROP TABLE ce_one, ce_hh, ce_plain, ce_uid, ce_ctl" -c "DROP FUNCTION ce_refuse()" >/dev/null
exit $fail
