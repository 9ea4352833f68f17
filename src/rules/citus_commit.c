/*-------------------------------------------------------------------------
 *
 * citus_commit.c
 *	  On a Citus coordinator, two-phase commit for every transaction that
 *	  writes a table of a household rule, so that the rule's commit check
 *	  on a worker fails with its own error.
 *
 * A household rule checks each household at commit, in a DEFERRABLE
 * INITIALLY DEFERRED constraint trigger (household_head_commit_check) that
 * Citus copies to the table's shards.  A transaction through the
 * coordinator that wrote one worker only is committed by Citus with a
 * plain COMMIT sent to that worker: the worker's deferred trigger fails
 * there, and the client sees only Citus's "could not commit transaction",
 * without the rule's SQLSTATE, detail or hint.  With two-phase commit the
 * deferred triggers run in the worker's PREPARE TRANSACTION, whose error
 * Citus reports as it was raised.  Citus exports the switch,
 * Use2PCForCoordinatedTransaction(): it only marks the current
 * transaction, is reset at its end, and makes PREPARE go only to the
 * connections that wrote.
 *
 * So an ExecutorStart hook looks at the relations a statement writes
 * (range table entries locked RowExclusiveLock, which Citus's plans keep
 * for the coordinator's permission checks) and, when one of them carries
 * the rule's commit trigger, calls Citus's function.  The function is
 * found by its symbol, once per backend: Citus can only be loaded through
 * shared_preload_libraries, so it is there before the first statement or
 * never, and without it the hook does nothing.  The hook runs no SQL: it
 * reads the relation cache's trigger descriptor and, once per change of
 * pg_proc, the commit trigger's function by name in the syscache.
 *
 * On the coordinator a write to a distributed table fires none of the
 * table's triggers there, so nothing loads the module in a session: the
 * coordinator must preload it (shared_preload_libraries =
 * 'citus,population_rules').  COPY does not go through ExecutorStart, and
 * needs nothing: Citus commits every COPY into a distributed table with
 * two-phase commit.  Attaching a household rule to a distributed table, or
 * distributing a table that has one, warns in a session whose module was
 * loaded late (commit_hook_preloaded()).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <dlfcn.h>

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_proc.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "storage/lockdefs.h"
#include "tcop/tcopprot.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/syscache.h"

#include "rules/rules.h"

typedef void (*use_2pc_function) (void);

static ExecutorStart_hook_type prev_executor_start = NULL;

/* Citus's Use2PCForCoordinatedTransaction, once looked up (NULL: none) */
static use_2pc_function citus_use_2pc = NULL;
static bool citus_looked_up = false;

/* loaded before the session's first statement (shared or session preload) */
static bool loaded_before_statements = false;

/* household_head_commit_check()'s OID, read again after pg_proc changes */
static Oid	commit_check_oid = InvalidOid;
static bool commit_check_stale = true;

static void
commit_check_invalidate(Datum arg, int cacheid, uint32 hashvalue)
{
	commit_check_stale = true;
}

/*
 * population_rules.household_head_commit_check(), or InvalidOid where the
 * extension is not installed (the hook runs in every database).
 */
static Oid
commit_check_function(void)
{
	if (commit_check_stale)
	{
		Oid			nsp;
		oidvector  *noargs = buildoidvector(NULL, 0);

		/* first: an invalidation during the look-up makes it stale again */
		commit_check_stale = false;
		nsp = get_namespace_oid(rules_catalog.schema, true);
		commit_check_oid = !OidIsValid(nsp) ? InvalidOid :
			GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid,
							CStringGetDatum("household_head_commit_check"),
							PointerGetDatum(noargs), ObjectIdGetDatum(nsp));
		pfree(noargs);
	}
	return commit_check_oid;
}

/* Does the relation carry a household rule's commit trigger? */
static bool
has_commit_check(Oid relid)
{
	Relation	rel = RelationIdGetRelation(relid);
	TriggerDesc *trigdesc;
	bool		found = false;

	if (!RelationIsValid(rel))
		return false;
	trigdesc = rel->trigdesc;
	for (int i = 0; trigdesc != NULL && i < trigdesc->numtriggers && !found; i++)
	{
		Trigger    *trig = &trigdesc->triggers[i];

		/* only deferred constraint triggers cost the function's look-up */
		found = trig->tgdeferrable && trig->tginitdeferred &&
			OidIsValid(trig->tgfoid) && trig->tgfoid == commit_check_function();
	}
	RelationClose(rel);
	return found;
}

/* Does the statement write a table of a household rule? */
static bool
writes_household_rule_table(PlannedStmt *stmt)
{
	ListCell   *lc;

	foreach(lc, stmt->rtable)
	{
		RangeTblEntry *rte = lfirst_node(RangeTblEntry, lc);

		if (rte->rtekind == RTE_RELATION && rte->rellockmode >= RowExclusiveLock &&
			has_commit_check(rte->relid))
			return true;
	}
	return false;
}

static void
start_with_2pc(QueryDesc *queryDesc, int eflags)
{
	if (!citus_looked_up)
	{
#ifdef RTLD_DEFAULT
		citus_use_2pc = (use_2pc_function) dlsym(RTLD_DEFAULT,
												 "Use2PCForCoordinatedTransaction");
#endif
		citus_looked_up = true;
	}
	if (citus_use_2pc != NULL && (eflags & EXEC_FLAG_EXPLAIN_ONLY) == 0 &&
		writes_household_rule_table(queryDesc->plannedstmt))
		citus_use_2pc();

	if (prev_executor_start)
		prev_executor_start(queryDesc, eflags);
	else
		standard_ExecutorStart(queryDesc, eflags);
}

/*
 * Called once per backend (or in the postmaster when preloaded), at load.
 * No query text yet means shared_preload_libraries, or
 * session_preload_libraries at the backend's start; a function call or
 * LOAD loads the module while a statement runs, too late for it.
 */
void
citus_commit_init(void)
{
	loaded_before_statements = process_shared_preload_libraries_in_progress ||
		debug_query_string == NULL;
	prev_executor_start = ExecutorStart_hook;
	ExecutorStart_hook = start_with_2pc;
	CacheRegisterSyscacheCallback(PROCOID, commit_check_invalidate, (Datum) 0);
}

/*
 * population_rules._commit_hook_preloaded(): was the module loaded before
 * this session's first statement, so that its commit hook sees every
 * statement?  The rules' functions on Citus warn when it was not.
 */
PG_FUNCTION_INFO_V1(commit_hook_preloaded);
Datum
commit_hook_preloaded(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(loaded_before_statements);
}
