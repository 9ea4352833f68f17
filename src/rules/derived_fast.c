/*-------------------------------------------------------------------------
 *
 * derived_fast.c
 *	  New rows of the rules' derived tables (household_heads, id_keys)
 *	  written straight into the table, as COPY writes one.
 *
 * A large statement's new households, or new id keys, are written with
 * heap pages filled in batches, then each row's index entries.  That costs
 * about half of the upsert (no speculative insertion, no RETURNING: the
 * counts are the statement's own, no plan, no set-returning function
 * materialized).  It runs in a subtransaction; if a row's key is already
 * there (or comes from a concurrent transaction, which the unique index
 * waits for, as an INSERT does), the unique violation rolls the
 * subtransaction back and the caller takes the upsert.  Only chunks of at
 * least DERIVED_FAST_MIN rows take this path, at most
 * DERIVED_FAST_MAX_PER_XACT times per transaction (so a transaction of
 * many statements never piles up subtransactions), and after a miss the
 * rule's next DERIVED_FAST_BACKOFF chunks go straight to the upsert.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "storage/proc.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/resowner.h"

#include "nls.h"
#include "pg_compat.h"
#include "rules/rules.h"

#define DERIVED_FAST_MIN 1000
#define DERIVED_FAST_MAX_PER_XACT 32
#define DERIVED_FAST_BACKOFF 64
#define DERIVED_FAST_BATCH 1000 /* rows per heap multi-insert */

static LocalTransactionId fast_lxid = InvalidLocalTransactionId;
static int	fast_attempts = 0;
static int32 fast_miss_rule = 0;
static int	fast_miss_backoff = 0;
static bool fast_in_subxact = false;

/* Is a fast insert's subtransaction being rolled back? */
bool
derived_fast_in_subxact(void)
{
	return fast_in_subxact;
}

/* May a chunk of n rows of rule rule_id try the direct write? */
bool
derived_fast_allowed(int32 rule_id, int n)
{
	if (n < DERIVED_FAST_MIN)
		return false;
	if (fast_lxid != MyProcLxid)
	{
		fast_lxid = MyProcLxid;
		fast_attempts = 0;
	}
	if (fast_attempts >= DERIVED_FAST_MAX_PER_XACT)
		return false;
	if (fast_miss_backoff > 0 && fast_miss_rule == rule_id)
	{
		fast_miss_backoff--;
		return false;
	}
	return true;
}

/*
 * Can a derived table be written directly?  Only while it is the plain
 * table the extension made: no trigger, no row security, no CHECK
 * constraint (which a direct write would skip) has been added to it.
 */
static bool
writable_directly(Relation rel, int natts)
{
	return rel->rd_rel->relkind == RELKIND_RELATION &&
		rel->trigdesc == NULL &&
		!rel->rd_rel->relrowsecurity &&
		(rel->rd_att->constr == NULL || rel->rd_att->constr->num_check == 0) &&
		RelationGetDescr(rel)->natts == natts;
}

/*
 * Write n rows of natts columns, filled by fill, into the derived table
 * relname directly; its unique index raises a unique violation for a key
 * already there.  SPI is connected and the catalogs' owner is the current
 * user (rules_spi_begin), under whose identity the indexes are maintained.
 * Returns false, having written nothing, when the table is not plain.
 */
static bool
write_rows(const char *relname, int natts, int n, DerivedRowFill fill, void *arg)
{
	Oid			relid = rules_catalog_relid(relname);
	Relation	rel;
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot **slots;
	BulkInsertState bistate;
	CommandId	cid;
	MemoryContext batchcxt;
	MemoryContext old;

	if (!OidIsValid(relid))
		elog(ERROR, "population_rules.%s does not exist", relname);
	rel = table_open(relid, RowExclusiveLock);
	if (!writable_directly(rel, natts))
	{
		table_close(rel, RowExclusiveLock);
		return false;
	}

	estate = CreateExecutorState();
	rri = makeNode(ResultRelInfo);
	InitResultRelInfo(rri, rel, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	slots = palloc(sizeof(TupleTableSlot *) * DERIVED_FAST_BATCH);
	for (int i = 0; i < DERIVED_FAST_BATCH; i++)
		slots[i] = table_slot_create(rel, NULL);
	bistate = GetBulkInsertState();
	cid = GetCurrentCommandId(true);
	batchcxt = AllocSetContextCreate(CurrentMemoryContext,
									 "population_rules derived rows",
									 ALLOCSET_DEFAULT_SIZES);

	for (int start = 0; start < n; start += DERIVED_FAST_BATCH)
	{
		int			k = Min(DERIVED_FAST_BATCH, n - start);

		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(batchcxt);
		for (int i = 0; i < k; i++)
		{
			TupleTableSlot *slot = slots[i];

			ExecClearTuple(slot);
			fill(slot->tts_values, slot->tts_isnull, start + i, arg);
			ExecStoreVirtualTuple(slot);
		}
		table_multi_insert(rel, slots, k, cid, 0, bistate);
		for (int i = 0; i < k; i++)
		{
			List	   *recheck;

#if PG_VERSION_NUM >= 160000
			recheck = ExecInsertIndexTuples(rri, slots[i], estate, false, false,
											NULL, NIL, false);
#else
			recheck = ExecInsertIndexTuples(rri, slots[i], estate, false, false,
											NULL, NIL);
#endif
			list_free(recheck);
			ResetPerTupleExprContext(estate);
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(batchcxt);
	}

	for (int i = 0; i < DERIVED_FAST_BATCH; i++)
		ExecDropSingleTupleTableSlot(slots[i]);
	FreeBulkInsertState(bistate);
	ExecCloseIndices(rri);
	FreeExecutorState(estate);
	table_close(rel, NoLock);
	MemoryContextDelete(batchcxt);
	/* the rows are seen by what this statement runs next */
	CommandCounterIncrement();
	return true;
}

/*
 * Write n new rows of rule rule_id into the derived table relname (natts
 * columns, filled by fill), in a subtransaction.  Returns false, having
 * changed nothing, if one of their keys is already there (or the table
 * cannot be written directly); any other error is raised.  SPI is
 * connected.
 */
bool
derived_insert_new(const char *relname, int natts, int32 rule_id, int n,
				   DerivedRowFill fill, void *arg)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	volatile bool done = true;

	fast_attempts++;
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		done = write_rows(relname, natts, n, fill, arg);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		/* nothing a transaction remembers was made in there */
		fast_in_subxact = true;
		RollbackAndReleaseCurrentSubTransaction();
		fast_in_subxact = false;
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (edata->sqlerrcode != ERRCODE_UNIQUE_VIOLATION)
			ReThrowError(edata);
		FreeErrorData(edata);
		done = false;
	}
	PG_END_TRY();
	if (!done)
	{
		fast_miss_rule = rule_id;
		fast_miss_backoff = DERIVED_FAST_BACKOFF;
	}
	return done;
}
