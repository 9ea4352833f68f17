/*-------------------------------------------------------------------------
 *
 * counter_insert.c
 *	  Writing the counter rows of new households straight into
 *	  population_rules.household_heads and its indexes, in batches.
 *
 * A bulk load brings tens of thousands of new households per statement.
 * Their counter rows are inserted as COPY does: heap_multi_insert of a batch
 * of rows (one WAL record per page instead of one per row), then each row's
 * index entries.  The primary key is checked as by any INSERT: a household
 * that already has a row (or gets one from a concurrent transaction, which
 * the check waits for) raises unique_violation, which the caller's
 * subtransaction catches.  The table is the extension's own catalog: it has
 * no triggers, rules, row security or foreign keys to honour.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/tableam.h"
#include "access/heapam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "rules/rules.h"

/* Rows per heap_multi_insert call, as COPY's buffer. */
#define COUNTER_BATCH 1000

/* The counter table's columns (household_heads). */
#define COUNTER_NATTS 5

static Oid
counter_relid(void)
{
	Oid			nsp = get_namespace_oid("population_rules", false);
	Oid			relid = get_relname_relid("household_heads", nsp);

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table population_rules.household_heads does not exist"),
				 errhint("Re-create the extension population_rules.")));
	return relid;
}

/* Insert slots[0..n) into the heap, then their index entries. */
static void
flush_batch(ResultRelInfo *rri, EState *estate, TupleTableSlot **slots, int n,
			CommandId cid, BulkInsertState bistate)
{
	table_multi_insert(rri->ri_RelationDesc, slots, n, cid, 0, bistate);
	for (int i = 0; i < n; i++)
	{
		List	   *conflicts;

#if PG_VERSION_NUM >= 160000
		conflicts = ExecInsertIndexTuples(rri, slots[i], estate, false, false,
										  NULL, NIL, false);
#else
		conflicts = ExecInsertIndexTuples(rri, slots[i], estate, false, false,
										  NULL, NIL);
#endif
		list_free(conflicts);
		ResetPerTupleExprContext(estate);
	}
}

/*
 * Insert the counter rows (rule_id, hh[i], dm[i], dh[i], checked = true)
 * for i in [0, n).  Raises unique_violation if one of the households already
 * has a row.
 */
void
rules_insert_counter_rows(int32 rule_id, char **hh, const int32 *dm,
						  const int32 *dh, int n)
{
	Relation	rel = table_open(counter_relid(), RowExclusiveLock);
	EState	   *estate = CreateExecutorState();
	ResultRelInfo *rri = makeNode(ResultRelInfo);
	TupleTableSlot *slots[COUNTER_BATCH];
	BulkInsertState bistate = GetBulkInsertState();
	CommandId	cid = GetCurrentCommandId(true);
	MemoryContext batchcxt = AllocSetContextCreate(CurrentMemoryContext,
												   "population_rules counter rows",
												   ALLOCSET_DEFAULT_SIZES);
	int			nb = 0;

	if (RelationGetDescr(rel)->natts != COUNTER_NATTS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("table population_rules.household_heads has %d columns, expected %d",
						RelationGetDescr(rel)->natts, COUNTER_NATTS),
				 errhint("Re-create the extension population_rules.")));
	InitResultRelInfo(rri, rel, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	for (int i = 0; i < COUNTER_BATCH; i++)
		slots[i] = table_slot_create(rel, NULL);

	for (int i = 0; i < n; i++)
	{
		TupleTableSlot *slot = slots[nb];
		MemoryContext old;

		ExecClearTuple(slot);
		old = MemoryContextSwitchTo(batchcxt);
		slot->tts_values[0] = Int32GetDatum(rule_id);
		slot->tts_values[1] = CStringGetTextDatum(hh[i]);
		slot->tts_values[2] = Int32GetDatum(dm[i]);
		slot->tts_values[3] = Int32GetDatum(dh[i]);
		slot->tts_values[4] = BoolGetDatum(true);
		MemoryContextSwitchTo(old);
		memset(slot->tts_isnull, false, sizeof(bool) * COUNTER_NATTS);
		ExecStoreVirtualTuple(slot);
		if (++nb == COUNTER_BATCH || i == n - 1)
		{
			flush_batch(rri, estate, slots, nb, cid, bistate);
			for (int j = 0; j < nb; j++)
				ExecClearTuple(slots[j]);
			MemoryContextReset(batchcxt);
			nb = 0;
			CHECK_FOR_INTERRUPTS();
		}
	}

	for (int i = 0; i < COUNTER_BATCH; i++)
		ExecDropSingleTupleTableSlot(slots[i]);
	FreeBulkInsertState(bistate);
	ExecCloseIndices(rri);
	FreeExecutorState(estate);
	MemoryContextDelete(batchcxt);
	table_close(rel, NoLock);
	CommandCounterIncrement();
}
