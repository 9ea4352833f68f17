/*-------------------------------------------------------------------------
 *
 * unique_index_errors.c
 *	  The unique-id rule's own message for a duplicate that a unique index
 *	  refuses.
 *
 * In enforce mode on a plain table the unique-id rule relies on a unique
 * index on the id column (one it made at attach, or the DBA's own): the
 * index refuses a duplicate while the row is written, before any trigger
 * of the rule runs, with PostgreSQL's "duplicate key value violates unique
 * constraint".  So that the application still sees the rule's message,
 * hint and column, the executor's run and finish (where a constraint
 * checked at the end of the statement refuses) and COPY are wrapped: an error of
 * SQLSTATE 23505 whose schema, table and constraint are those of a
 * unique-id rule's index is re-thrown with the rule's message and hint,
 * and the column set; PostgreSQL's detail ("Key (pid)=(...) already
 * exists.") and every other field are kept.
 *
 * No database access is possible while the error is being handled (the
 * index may still hold buffer locks), so the indexes to look for are read
 * beforehand: the registry is scanned, without SQL, at the start of the
 * first writing statement after any relation cache invalidation (a rule
 * attached, detached, rebuilt or changed invalidates its table), and kept
 * in a per-backend list.  The hooks exist once the module is loaded; a
 * session's first write to a guarded table loads it through the rule's
 * BEFORE STATEMENT trigger (unique_id_arm), which also reads the list, so
 * that the statement's end is already covered.  Only a session whose very
 * first statement is a COPY into the table, refused by the index, gets
 * PostgreSQL's own message: the COPY began before the module was loaded.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_index.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "nodes/parsenodes.h"
#include "tcop/utility.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "nls.h"
#include "rules/rules.h"

/* A unique index a unique-id rule relies on, and what its message needs. */
typedef struct GuardedIndex
{
	char	   *schema_name;
	char	   *table_name;		/* the relation the error names */
	char	   *display_name;	/* the table the message names: the same,
								 * or a Citus shard's logical table */
	char	   *index_name;
	char	   *column_name;
} GuardedIndex;

static List *guarded_indexes = NIL;	/* of GuardedIndex, in guarded_cxt */
static MemoryContext guarded_cxt = NULL;
static bool guarded_stale = true;

static ExecutorRun_hook_type prev_executor_run = NULL;
static ExecutorFinish_hook_type prev_executor_finish = NULL;
static ProcessUtility_hook_type prev_process_utility = NULL;

/* Any relation cache invalidation may be a rule's: read them again. */
static void
guarded_invalidate(Datum arg, Oid relid)
{
	guarded_stale = true;
}

/* The unique index a registry row's rule relies on, or NULL. */
static char *
registry_unique_index(Relation registry, HeapTuple tup)
{
	bool		isnull;
	Datum		d;

	d = rules_registry_value(registry, tup, rules_catalog.rule_kind, &isnull);
	if (isnull || strcmp(TextDatumGetCString(d), "unique_id") != 0)
		return NULL;
	d = rules_registry_value(registry, tup, rules_catalog.rule_options, &isnull);
	if (isnull)
		return NULL;
	return rules_option_text(DatumGetJsonbP(d), "unique_index", CurrentMemoryContext);
}

/* The rule's table and id column of a registry row, into gi. */
static bool
registry_table_column(Relation registry, HeapTuple tup, GuardedIndex *gi)
{
	bool		isnull;
	Datum		d;
	Oid			tbl;
	ArrayType  *attnums;
	char	   *table_name;
	char	   *column_name;

	tbl = DatumGetObjectId(rules_registry_value(registry, tup, rules_catalog.rule_tbl,
												&isnull));
	if (isnull)
		return false;
	d = rules_registry_value(registry, tup, rules_catalog.rule_attnums, &isnull);
	if (isnull)
		return false;
	attnums = DatumGetArrayTypeP(d);
	if (ARR_NDIM(attnums) != 1 || ARR_DIMS(attnums)[0] < 1 ||
		ARR_HASNULL(attnums) || ARR_ELEMTYPE(attnums) != INT2OID)
		return false;
	table_name = get_rel_name(tbl);
	column_name = get_attname(tbl, ((int16 *) ARR_DATA_PTR(attnums))[0], true);
	if (table_name == NULL || column_name == NULL)
		return false;
	gi->table_name = table_name;
	gi->display_name = table_name;
	gi->column_name = column_name;
	gi->schema_name = get_namespace_name(get_rel_namespace(tbl));
	return gi->schema_name != NULL;
}

/*
 * This node's relation of the table a row of node_rule names (schema and
 * name: Citus copies node_rule to a node added later in binary, so an
 * object id there would be another node's), or InvalidOid.  SQL's
 * counterpart is population_rules._node_rule_table().
 */
static Oid
node_rule_table(Relation placement, HeapTuple tup)
{
	bool		isnull;
	Datum		nsp;
	Datum		rel;
	Oid			nspid;

	nsp = rules_registry_value(placement, tup, rules_catalog.node_rule_schema, &isnull);
	if (isnull)
		return InvalidOid;
	rel = rules_registry_value(placement, tup, rules_catalog.node_rule_table, &isnull);
	if (isnull)
		return InvalidOid;
	nspid = get_namespace_oid(NameStr(*DatumGetName(nsp)), true);
	if (!OidIsValid(nspid))
		return InvalidOid;
	return get_relname_relid(NameStr(*DatumGetName(rel)), nspid);
}

/*
 * The unique indexes of the shards this node holds of the tables of
 * unique-id rules in node_rule's local placement (a Citus worker): a
 * duplicate is refused by a shard's index, and the message must name the
 * logical table.  The index is any unique index of the shard on exactly
 * the id column (Citus names it <index>_<shard id>).
 */
static void
guarded_load_shards(void)
{
	Oid			node_rule = rules_catalog_relid(rules_catalog.node_rule);
	Oid			placement_id;
	Relation	placement;
	SysScanDesc scan;
	HeapTuple	tup;

	if (!OidIsValid(node_rule) ||
		!OidIsValid(placement_id = citus_local_placement(node_rule)))
		return;
	placement = table_open(placement_id, AccessShareLock);
	scan = systable_beginscan(placement, InvalidOid, false, NULL, 0, NULL);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		GuardedIndex gi;
		bool		isnull;
		Datum		d;
		ArrayType  *names;
		Datum	   *elems;
		bool	   *nulls;
		int			n;
		Oid			tbl;
		ListCell   *lc;

		if (registry_unique_index(placement, tup) == NULL)
			continue;
		tbl = node_rule_table(placement, tup);
		if (!OidIsValid(tbl))
			continue;
		d = rules_registry_value(placement, tup, rules_catalog.rule_colnames, &isnull);
		if (isnull)
			continue;
		names = DatumGetArrayTypeP(d);
		deconstruct_array(names, NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR,
						  &elems, &nulls, &n);
		if (n < 1 || nulls[0])
			continue;
		gi.column_name = pstrdup(NameStr(*DatumGetName(elems[0])));
		gi.display_name = get_rel_name(tbl);
		gi.schema_name = get_namespace_name(get_rel_namespace(tbl));
		foreach(lc, citus_local_shards(tbl))
		{
			Oid			shard = lfirst_oid(lc);
			AttrNumber	attnum = get_attnum(shard, gi.column_name);
			Relation	pg_index;
			ScanKeyData key;
			SysScanDesc iscan;
			HeapTuple	itup;

			if (attnum == InvalidAttrNumber)
				continue;
			pg_index = table_open(IndexRelationId, AccessShareLock);
			ScanKeyInit(&key, Anum_pg_index_indrelid, BTEqualStrategyNumber,
						F_OIDEQ, ObjectIdGetDatum(shard));
			iscan = systable_beginscan(pg_index, IndexIndrelidIndexId, true, NULL, 1, &key);
			while (HeapTupleIsValid(itup = systable_getnext(iscan)))
			{
				Form_pg_index ind = (Form_pg_index) GETSTRUCT(itup);
				GuardedIndex *copy;

				if (!ind->indisunique || ind->indnkeyatts != 1 ||
					ind->indkey.values[0] != attnum)
					continue;
				copy = memcpy(palloc(sizeof(GuardedIndex)), &gi, sizeof(GuardedIndex));
				copy->table_name = get_rel_name(shard);
				copy->index_name = get_rel_name(ind->indexrelid);
				guarded_indexes = lappend(guarded_indexes, copy);
			}
			systable_endscan(iscan);
			table_close(pg_index, AccessShareLock);
		}
	}
	systable_endscan(scan);
	table_close(placement, AccessShareLock);
}

/*
 * Read the indexes the unique-id rules rely on from the registry, with the
 * catalog snapshot and no SQL (as the rule cache reads it).
 */
static void
guarded_load(void)
{
	Oid			regid = rules_catalog_relid(rules_catalog.rule);
	Relation	registry;
	SysScanDesc scan;
	HeapTuple	tup;
	MemoryContext old;

	if (guarded_cxt == NULL)
		guarded_cxt = AllocSetContextCreate(TopMemoryContext,
											"population_rules unique indexes",
											ALLOCSET_SMALL_SIZES);
	MemoryContextReset(guarded_cxt);
	guarded_indexes = NIL;
	guarded_stale = false;
	if (!OidIsValid(regid))
		return;					/* the extension is not in this database */
	old = MemoryContextSwitchTo(guarded_cxt);
	registry = table_open(regid, AccessShareLock);
	scan = systable_beginscan(registry, InvalidOid, false, NULL, 0, NULL);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		GuardedIndex gi;

		gi.index_name = registry_unique_index(registry, tup);
		if (gi.index_name != NULL && registry_table_column(registry, tup, &gi))
			guarded_indexes = lappend(guarded_indexes,
									  memcpy(palloc(sizeof(GuardedIndex)), &gi,
											 sizeof(GuardedIndex)));
	}
	systable_endscan(scan);
	table_close(registry, AccessShareLock);
	guarded_load_shards();
	MemoryContextSwitchTo(old);
}

/* Before a statement that may write: the list, read again if stale. */
static void
guarded_refresh(void)
{
	if (guarded_stale && IsTransactionState() && !IsAbortedTransactionBlockState())
		guarded_load();
}

/* The rule's index an error was raised on, or NULL. */
static GuardedIndex *
guarded_match(ErrorData *edata)
{
	ListCell   *lc;

	if (edata->sqlerrcode != ERRCODE_UNIQUE_VIOLATION ||
		edata->constraint_name == NULL || edata->table_name == NULL ||
		edata->schema_name == NULL || edata->column_name != NULL)
		return NULL;
	foreach(lc, guarded_indexes)
	{
		GuardedIndex *gi = lfirst(lc);

		if (strcmp(gi->index_name, edata->constraint_name) == 0 &&
			strcmp(gi->table_name, edata->table_name) == 0 &&
			strcmp(gi->schema_name, edata->schema_name) == 0)
			return gi;
	}
	return NULL;
}

/*
 * In a PG_CATCH: re-throw an error raised on a rule's unique index with the
 * rule's message, hint and column; any other error goes on as it was.
 */
static void
rethrow_as_rule(MemoryContext cxt)
{
	MemoryContext ecxt = MemoryContextSwitchTo(cxt);
	ErrorData  *edata = CopyErrorData();
	GuardedIndex *gi = guarded_match(edata);

	if (gi == NULL)
	{
		FreeErrorData(edata);
		MemoryContextSwitchTo(ecxt);
		PG_RE_THROW();
	}
	FlushErrorState();
	edata->message = unique_id_duplicate_message(gi->display_name);
	edata->hint = unique_id_duplicate_hint();
	edata->column_name = pstrdup(gi->column_name);
	ReThrowError(edata);
}

#if PG_VERSION_NUM >= 180000
static void
run_guarded(QueryDesc *queryDesc, ScanDirection direction, uint64 count)
#else
static void
run_guarded(QueryDesc *queryDesc, ScanDirection direction, uint64 count,
			bool execute_once)
#endif
{
	MemoryContext cxt = CurrentMemoryContext;

	if (queryDesc->operation != CMD_SELECT ||
		queryDesc->plannedstmt->hasModifyingCTE)
		guarded_refresh();
	PG_TRY();
	{
#if PG_VERSION_NUM >= 180000
		if (prev_executor_run)
			prev_executor_run(queryDesc, direction, count);
		else
			standard_ExecutorRun(queryDesc, direction, count);
#else
		if (prev_executor_run)
			prev_executor_run(queryDesc, direction, count, execute_once);
		else
			standard_ExecutorRun(queryDesc, direction, count, execute_once);
#endif
	}
	PG_CATCH();
	{
		rethrow_as_rule(cxt);
	}
	PG_END_TRY();
}

/*
 * A unique constraint checked at the end of the statement (the one a rule
 * makes is DEFERRABLE INITIALLY IMMEDIATE) refuses in the AFTER triggers
 * that the executor's finish fires.
 */
static void
finish_guarded(QueryDesc *queryDesc)
{
	MemoryContext cxt = CurrentMemoryContext;

	PG_TRY();
	{
		if (prev_executor_finish)
			prev_executor_finish(queryDesc);
		else
			standard_ExecutorFinish(queryDesc);
	}
	PG_CATCH();
	{
		rethrow_as_rule(cxt);
	}
	PG_END_TRY();
}

/* The utility statement, by the previous hook or PostgreSQL's own. */
static void
utility_next(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
			 ProcessUtilityContext context, ParamListInfo params,
			 QueryEnvironment *queryEnv, DestReceiver *dest,
			 QueryCompletion *qc)
{
	if (prev_process_utility)
		prev_process_utility(pstmt, queryString, readOnlyTree, context,
							 params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context,
								params, queryEnv, dest, qc);
}

/* COPY FROM writes rows without the executor's run: wrap it too. */
static void
utility_guarded(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
				ProcessUtilityContext context, ParamListInfo params,
				QueryEnvironment *queryEnv, DestReceiver *dest,
				QueryCompletion *qc)
{
	MemoryContext cxt = CurrentMemoryContext;

	if (!IsA(pstmt->utilityStmt, CopyStmt) ||
		!((CopyStmt *) pstmt->utilityStmt)->is_from)
	{
		utility_next(pstmt, queryString, readOnlyTree, context, params,
					 queryEnv, dest, qc);
		return;
	}
	guarded_refresh();
	PG_TRY();
	{
		utility_next(pstmt, queryString, readOnlyTree, context, params,
					 queryEnv, dest, qc);
	}
	PG_CATCH();
	{
		rethrow_as_rule(cxt);
	}
	PG_END_TRY();
}

/*
 * BEFORE INSERT OR UPDATE ... FOR EACH STATEMENT trigger of a unique-id rule
 * on a plain table: loads the module (and so its hooks) in a session's
 * first write, and reads the rules' indexes before any row is written.
 */
PG_FUNCTION_INFO_V1(unique_id_arm);

Datum
unique_id_arm(PG_FUNCTION_ARGS)
{
	rules_check_trigger(fcinfo, "unique_id_arm");
	guarded_refresh();
	PG_RETURN_POINTER(NULL);
}

/* Called once per backend, at load. */
void
unique_index_errors_init(void)
{
	prev_executor_run = ExecutorRun_hook;
	ExecutorRun_hook = run_guarded;
	prev_executor_finish = ExecutorFinish_hook;
	ExecutorFinish_hook = finish_guarded;
	prev_process_utility = ProcessUtility_hook;
	ProcessUtility_hook = utility_guarded;
	CacheRegisterRelcacheCallback(guarded_invalidate, (Datum) 0);
}
