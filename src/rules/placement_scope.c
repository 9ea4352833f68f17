/*-------------------------------------------------------------------------
 *
 * placement_scope.c
 *	  On a Citus node, the derived rows of one shard placement: the household
 *	  counters of a household rule, the id keys of a unique-id rule that
 *	  keeps keys of its own (warn and log modes, or a table that held an id
 *	  twice).
 *
 * A worker keeps these rows for the shards it holds; Citus moves and
 * splits shards between nodes, copying their rows without firing
 * triggers.  So they are kept per placement (this node's relation of one
 * shard), each under a scope of its own (population_rules.
 * placement_scopes, whose negative number household_heads.rule_id and
 * id_keys.rule_id hold), and a placement that has none yet is counted by
 * its first writer, all of its rows, in the writer's transaction:
 *
 *   - the scope is made by a unique insert (ON CONFLICT DO NOTHING): a
 *     concurrent first writer of the same placement waits for it, then
 *     takes the scope made (READ COMMITTED) or fails to serialize (40001,
 *     REPEATABLE READ and SERIALIZABLE, which cannot see it);
 *   - the rows are counted with the snapshot of the writing statement,
 *     active when its statement trigger fires (a read-only cursor keeps
 *     it): the rows committed before it and those of the transaction's
 *     earlier statements, not the statement's own, which its transition
 *     tables then add as any statement's.  A concurrent writer that is
 *     not counted has not committed, and adds its own rows to the scope
 *     once it is made.  Rows Citus copied by a move or split committed
 *     before the placement took writes; a REPEATABLE READ or SERIALIZABLE
 *     transaction whose snapshot is older than that fails to serialize
 *     (_placement_rule sees the placement is not this node's yet).
 *   - like the counts of attach, those of rows already there are not
 *     checked until a transaction writes them (a household), or reported
 *     (an id held twice): validate_rule lists them.
 *
 * A table distributed by the rule's key column (the only layout the
 * unique-id and household rules accept on Citus) keeps every row of one
 * id, or of one household, in one shard: a placement's rows are all
 * there are.
 *
 * attach, rebuild_rule and detach delete a rule's scopes on every node (and
 * attach and rebuild_rule count each placement anew, under new scopes) in
 * their distributed transaction, through node_rule's trigger.  rebuild_rule
 * takes its lock on the table first: a writer already in the table ends
 * before the old scopes and their rows, its own among them, are deleted,
 * and the placements are counted anew after it; writers that start later
 * wait for the lock.  (Deleting the old scopes before the lock let such a
 * writer add a household new to the counters under its placement's old
 * scope once the rebuild had deleted it: a row nothing read or deleted
 * again.)
 *
 * A rolled-back first write takes its scope with it.  On a single server
 * (and for tables the coordinator holds) the scope is the rule's number
 * and nothing here runs.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "nls.h"
#include "rules/rules.h"

/* households or id keys counted per insert when a placement is first written */
#define SCOPE_COUNT_CHUNK 50000

/* The scope of SPI's only result row. */
static int32
scope_of_result(void)
{
	bool		isnull;
	Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

	return isnull ? 0 : DatumGetInt32(d);
}

/*
 * One chunk of a household rule's placement rows fetched from the cursor
 * (household, living members, living heads), added under the scope.
 */
static void
add_counts_chunk(int32 scope, uint64 n)
{
	TupleDesc	desc = SPI_tuptable->tupdesc;
	char	  **hh = palloc(sizeof(char *) * n);
	int32	   *m = palloc(sizeof(int32) * n);
	int32	   *hd = palloc(sizeof(int32) * n);
	Datum		values[4];
	bool		isnull;

	for (uint64 i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];

		hh[i] = SPI_getvalue(tup, desc, 1);
		m[i] = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
		hd[i] = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
	}
	SPI_freetuptable(SPI_tuptable);
	values[0] = Int32GetDatum(scope);
	values[1] = rules_text_array(hh, (int) n);
	values[2] = rules_int4_array(m, (int) n);
	values[3] = rules_int4_array(hd, (int) n);
	rules_spi_exec(RULES_SQL_HOUSEHOLDS_BASELINE, values, NULL, false, 0);
}

/*
 * One chunk of a unique-id rule's placement keys fetched from the cursor
 * (id key, holders, first holder), added under the scope.
 */
static void
add_keys_chunk(int32 scope, uint64 n)
{
	TupleDesc	desc = SPI_tuptable->tupdesc;
	int64	   *keys = palloc(sizeof(int64) * n);
	int32	   *holders = palloc(sizeof(int32) * n);
	char	  **refs = palloc(sizeof(char *) * n);
	bool		isnull;

	for (uint64 i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];

		keys[i] = DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull));
		holders[i] = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
		refs[i] = SPI_getvalue(tup, desc, 3);
	}
	SPI_freetuptable(SPI_tuptable);
	unique_id_keys_add(scope, 0, keys, holders, refs, NULL, NULL, (int) n);
}

/*
 * Count the rows of the placement under a scope just made: chunks of
 * households (or id keys) read from the cursor (statement snapshot), each
 * inserted.  Not one INSERT ... SELECT from _placement_counts() as
 * _on_node_rule runs: SPI runs a writing statement with its snapshot's
 * command id advanced (SPI_execute_snapshot too), so it would count the
 * rows of the statement that fired the trigger, which its transition
 * tables then add again (test/citus/rules_distributed.sh's checks after a
 * move fail so).
 */
static void
count_placement(RuleInfo *rule, Relation rel, int32 scope)
{
	Datum		args[3];
	Portal		portal;
	MemoryContext chunkcxt = AllocSetContextCreate(CurrentMemoryContext,
												   "population_rules placement count",
												   ALLOCSET_DEFAULT_SIZES);

	args[0] = Int32GetDatum(rule->rule_id);
	args[1] = ObjectIdGetDatum(RelationGetRelid(rel));
	args[2] = Int64GetDatum(citus_shard_id(rel));
	portal = rules_spi_cursor(rule->kind == RULE_HOUSEHOLD_HEAD ?
							  RULES_SQL_PLACEMENT_COUNTS : RULES_SQL_PLACEMENT_KEYS,
							  args);
	for (;;)
	{
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		SPI_cursor_fetch(portal, true, SCOPE_COUNT_CHUNK);
		if (SPI_processed == 0)
			break;
		old = MemoryContextSwitchTo(chunkcxt);
		if (rule->kind == RULE_HOUSEHOLD_HEAD)
			add_counts_chunk(scope, SPI_processed);
		else
			add_keys_chunk(scope, SPI_processed);
		MemoryContextSwitchTo(old);
		MemoryContextReset(chunkcxt);
	}
	SPI_cursor_close(portal);
	MemoryContextDelete(chunkcxt);
}

/*
 * The scope of the derived rows of rule's placement rel (a Citus shard on
 * this node), made and counted if it has none.  Called by the set-based
 * triggers once per statement that changes households, or id keys, before
 * they apply the changes.
 */
int32
placement_scope(RuleInfo *rule, Relation rel)
{
	Datum		key[3];
	RulesRaised raised;
	int32		scope = 0;
	bool		found;

	key[0] = ObjectIdGetDatum(RelationGetRelid(rel));
	key[1] = Int64GetDatum(citus_shard_id(rel));
	key[2] = Int32GetDatum(rule->rule_id);
	rules_spi_begin(&raised);
	rules_spi_exec(RULES_SQL_SCOPE_FIND, key, NULL, false, 1);
	found = SPI_processed == 1;
	if (found)
		scope = scope_of_result();
	else
	{
		/* the first write to this placement, or a concurrent one's */
		rules_spi_exec(RULES_SQL_SCOPE_CREATE, key, NULL, false, 0);
		if (SPI_processed == 1)
		{
			scope = scope_of_result();
			count_placement(rule, rel, scope);
		}
		else
		{
			rules_spi_exec(RULES_SQL_SCOPE_FIND, key, NULL, false, 1);
			if (SPI_processed == 1)
				scope = scope_of_result();
		}
	}
	rules_spi_end(&raised);
	if (scope == 0)
		ereport(ERROR,
				(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
				 errmsg("could not find what rule \"%s\" keeps for shard \"%s\" of table \"%s\"",
						rule->rule_name, RelationGetRelationName(rel), rule->table_name),
				 errdetail("Another transaction made them while this one wrote the shard, and this one does not see them."),
				 errhint("Retry the transaction.")));
	return scope;
}
