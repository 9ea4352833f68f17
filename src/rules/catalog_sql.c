/*-------------------------------------------------------------------------
 *
 * catalog_sql.c
 *	  The extension's catalogs as the rules' C code names them: the
 *	  relations and columns it reads directly (rules_catalog), and every
 *	  SQL statement it runs, in one table (rules_sql).  A change to
 *	  sql/ext/30_rules_catalog.sql has this one file to look at in C.
 *
 * These are the only statements executed with raised rights (as the owner
 * of the extension's catalogs, see rules_spi.c), so they are written to be
 * immune to the caller's search_path even before rules_spi.c pins it:
 * relations and functions schema-qualified, every operator written
 * OPERATOR(pg_catalog.x), every cast to a pg_catalog type, and parameters
 * of built-in types only.  rules_spi_exec() takes an index into this
 * table, never a string, so no other statement can run with those rights;
 * population_rules._raised_statements() lists them, with how often each ran
 * in the backend, for the security tests, which check each one's form and
 * run each one with hostile objects planted (sql/security_hostile.sql).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "rules/rules.h"

/*
 * Read without SQL, through the relation cache and the registry's index
 * (rule_cache.c, rule_report.c, rules_spi.c).
 */
const RulesCatalogNames rules_catalog = {
	.schema = "population_rules",
	.rule = "rule",
	.rule_pkey = "rule_pkey",
	.rule_tbl = "tbl",
	.rule_name = "rule_name",
	.rule_kind = "kind",
	.rule_mode = "mode",
	.rule_attnums = "attnums",
	.rule_options = "options",
	.violations = "violations",
	.violations_code = "code",
	.node_rule = "node_rule",
	.node_rule_schema = "tbl_schema",
	.node_rule_table = "tbl_name",
	.rule_colnames = "colnames",
	.household_heads = "household_heads",
	.id_keys = "id_keys",
};

/*
 * The statements that take an array of keys and pick rows by it are planned
 * for its values at every execution (custom_plan): a generic plan, whose
 * estimates know neither the array nor, just after a load, the derived
 * table, scanned every row of the rule once per key (a DELETE of 600,000
 * guarded rows did not end in two minutes).
 */
RulesPlan	rules_sql[RULES_SQL_COUNT] = {
	[RULES_SQL_LOG_VIOLATION] = {
		"log_violation",
		"INSERT INTO population_rules.violations"
		" (rule_id, rule_name, table_name, row_key, detail, role, tbl, code)"
		" VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
		8, {INT4OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, OIDOID, TEXTOID}
	},
	/*
	 * The library serves a database whose extension is still at 0.1.0
	 * until ALTER EXTENSION UPDATE: its violations table has no code.
	 */
	[RULES_SQL_LOG_VIOLATION_FOR_0_1_0] = {
		"log_violation_for_0_1_0",
		"INSERT INTO population_rules.violations"
		" (rule_id, rule_name, table_name, row_key, detail, role, tbl)"
		" VALUES ($1, $2, $3, $4, $5, $6, $7)",
		7, {INT4OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, OIDOID}
	},
	[RULES_SQL_KEY_ADD] = {
		"key_add",
		"INSERT INTO population_rules.id_keys AS t"
		" (rule_id, slot, key, n, row_ref, owner_key)"
		" VALUES ($1, $2, $3, 1, $4, $5)"
		" ON CONFLICT (rule_id, slot, key)"
		" DO UPDATE SET n = t.n OPERATOR(pg_catalog.+) 1"
		" RETURNING t.n, t.row_ref, t.owner_key",
		5, {INT4OID, INT2OID, INT8OID, TEXTOID, INT8OID}
	},
	[RULES_SQL_KEY_DECREMENT] = {
		"key_decrement",
		"UPDATE population_rules.id_keys AS t SET n = t.n OPERATOR(pg_catalog.-) 1"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.slot OPERATOR(pg_catalog.=) $2"
		" AND t.key OPERATOR(pg_catalog.=) $3"
		" RETURNING t.n",
		3, {INT4OID, INT2OID, INT8OID}
	},
	[RULES_SQL_KEY_DELETE] = {
		"key_delete",
		"DELETE FROM population_rules.id_keys AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.slot OPERATOR(pg_catalog.=) $2"
		" AND t.key OPERATOR(pg_catalog.=) $3"
		" AND t.n OPERATOR(pg_catalog.<=) 0",
		3, {INT4OID, INT2OID, INT8OID}
	},
	[RULES_SQL_KEYS_ADD] = {
		"keys_add",
		"INSERT INTO population_rules.id_keys AS t (rule_id, slot, key, n, row_ref, owner_key)"
		" SELECT $1, $2, u.k, u.c, u.r, u.o"
		" FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5),"
		" pg_catalog.unnest($6)) AS u(k, c, r, o)"
		" ON CONFLICT (rule_id, slot, key)"
		" DO UPDATE SET n = t.n OPERATOR(pg_catalog.+) excluded.n"
		" RETURNING t.key, t.n, t.row_ref, t.owner_key",
		6, {INT4OID, INT2OID, INT8ARRAYOID, INT4ARRAYOID, TEXTARRAYOID, INT8ARRAYOID}
	},
	[RULES_SQL_KEYS_DECREMENT] = {
		"keys_decrement",
		"UPDATE population_rules.id_keys AS t"
		" SET n = t.n OPERATOR(pg_catalog.-) u.c"
		" FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4)) AS u(k, c)"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.slot OPERATOR(pg_catalog.=) $2"
		" AND t.key OPERATOR(pg_catalog.=) ANY ($3)"
		" AND t.key OPERATOR(pg_catalog.=) u.k"
		" RETURNING t.key, t.n",
		4, {INT4OID, INT2OID, INT8ARRAYOID, INT4ARRAYOID},
		.custom_plan = true
	},
	[RULES_SQL_KEYS_DELETE] = {
		"keys_delete",
		"DELETE FROM population_rules.id_keys AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.slot OPERATOR(pg_catalog.=) $2"
		" AND t.key OPERATOR(pg_catalog.=) ANY ($3)"
		" AND t.n OPERATOR(pg_catalog.<=) 0",
		3, {INT4OID, INT2OID, INT8ARRAYOID},
		.custom_plan = true
	},
	[RULES_SQL_HOUSEHOLD_ADD] = {
		"household_add",
		"INSERT INTO population_rules.household_heads AS t"
		" (rule_id, household, members, heads, checked)"
		" VALUES ($1, $2, $3, $4, true)"
		" ON CONFLICT (rule_id, household) DO UPDATE"
		" SET members = t.members OPERATOR(pg_catalog.+) excluded.members,"
		" heads = t.heads OPERATOR(pg_catalog.+) excluded.heads, checked = true"
		" RETURNING t.household, t.members, t.heads",
		4, {INT4OID, TEXTOID, INT4OID, INT4OID}
	},
	[RULES_SQL_HOUSEHOLD_DELETE] = {
		"household_delete",
		"DELETE FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.household OPERATOR(pg_catalog.=) $2"
		" AND t.members OPERATOR(pg_catalog.<=) 0"
		" AND t.heads OPERATOR(pg_catalog.<=) 0",
		2, {INT4OID, TEXTOID}
	},
	[RULES_SQL_HOUSEHOLDS_MANY_HEADS] = {
		"households_many_heads",
		"SELECT t.household, t.members, t.heads, t.xmin"
		" FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.heads OPERATOR(pg_catalog.>) 1"
		" ORDER BY t.household",
		1, {INT4OID}
	},
	/*
	 * The commit check: the bad households of the given counters, the
	 * rule's number on a single server, its placements' scopes on a Citus
	 * node (scopes_of_rule).
	 */
	[RULES_SQL_HOUSEHOLDS_BAD] = {
		"households_bad",
		"SELECT t.household, t.members, t.heads, t.xmin"
		" FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) ANY ($1)"
		" AND t.checked AND t.members OPERATOR(pg_catalog.>) 0"
		" AND t.heads OPERATOR(pg_catalog.<>) 1"
		" ORDER BY t.household",
		1, {INT4ARRAYOID}
	},
	[RULES_SQL_HOUSEHOLDS_ADD] = {
		"households_add",
		"INSERT INTO population_rules.household_heads AS t"
		" (rule_id, household, members, heads, checked)"
		" SELECT $1, u.h, u.m, u.hd, true"
		" FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS u(h, m, hd)"
		" ON CONFLICT (rule_id, household) DO UPDATE"
		" SET members = t.members OPERATOR(pg_catalog.+) excluded.members,"
		" heads = t.heads OPERATOR(pg_catalog.+) excluded.heads, checked = true"
		" RETURNING t.household, t.members, t.heads",
		4, {INT4OID, TEXTARRAYOID, INT4ARRAYOID, INT4ARRAYOID}
	},
	[RULES_SQL_HOUSEHOLDS_DELETE] = {
		"households_delete",
		"DELETE FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.household OPERATOR(pg_catalog.=) ANY ($2)"
		" AND t.members OPERATOR(pg_catalog.<=) 0"
		" AND t.heads OPERATOR(pg_catalog.<=) 0",
		2, {INT4OID, TEXTARRAYOID},
		.custom_plan = true
	},
	/*
	 * On a Citus node, the counters of a household rule and the id keys of
	 * a unique-id rule are kept per shard placement, under its scope
	 * (placement_scope.c): found, or made by the placement's first writer
	 * (a concurrent one waits on the unique constraint), whose rows are
	 * then counted from _placement_counts() or _placement_keys() with the
	 * writing statement's snapshot, a chunk at a time.
	 */
	[RULES_SQL_SCOPE_FIND] = {
		"scope_find",
		"SELECT s.scope_id FROM population_rules.placement_scopes AS s"
		" WHERE s.shard OPERATOR(pg_catalog.=) $1"
		" AND s.shardid OPERATOR(pg_catalog.=) $2"
		" AND s.rule_id OPERATOR(pg_catalog.=) $3",
		3, {OIDOID, INT8OID, INT4OID}
	},
	[RULES_SQL_SCOPE_CREATE] = {
		"scope_create",
		"INSERT INTO population_rules.placement_scopes AS s (shard, shardid, rule_id)"
		" VALUES ($1, $2, $3)"
		" ON CONFLICT (shard, shardid, rule_id) DO NOTHING"
		" RETURNING s.scope_id",
		3, {OIDOID, INT8OID, INT4OID}
	},
	[RULES_SQL_PLACEMENT_COUNTS] = {
		"placement_counts",
		"SELECT c.household, c.members, c.heads"
		" FROM population_rules._placement_counts($1, $2, $3) AS c",
		3, {INT4OID, REGCLASSOID, INT8OID}
	},
	[RULES_SQL_PLACEMENT_KEYS] = {
		"placement_keys",
		"SELECT k.key, k.n, k.row_ref"
		" FROM population_rules._placement_keys($1, $2, $3) AS k",
		3, {INT4OID, REGCLASSOID, INT8OID}
	},
	[RULES_SQL_HOUSEHOLDS_BASELINE] = {
		"households_baseline",
		"INSERT INTO population_rules.household_heads AS t"
		" (rule_id, household, members, heads, checked)"
		" SELECT $1, u.h, u.m, u.hd, false"
		" FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS u(h, m, hd)",
		4, {INT4OID, TEXTARRAYOID, INT4ARRAYOID, INT4ARRAYOID}
	},
	/* the scopes of every placement of a rule on a Citus node, or NULL */
	[RULES_SQL_SCOPES_OF_RULE] = {
		"scopes_of_rule",
		"SELECT pg_catalog.array_agg(s.scope_id) FROM population_rules.placement_scopes AS s"
		" WHERE s.rule_id OPERATOR(pg_catalog.=) $1",
		1, {INT4OID}
	},
};

PG_FUNCTION_INFO_V1(rules_raised_statements);

/*
 * SQL: _raised_statements(): (name, statement, executions in this backend)
 * of every entry above.
 */
Datum
rules_raised_statements(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < RULES_SQL_COUNT; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(rules_sql[i].name);
		values[1] = CStringGetTextDatum(rules_sql[i].sql);
		values[2] = Int64GetDatum(rules_sql[i].executions);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
