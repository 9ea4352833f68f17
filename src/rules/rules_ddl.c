/*-------------------------------------------------------------------------
 *
 * rules_ddl.c
 *	  What an ALTER TABLE did, read from the command an event trigger
 *	  collected (pg_event_trigger_ddl_commands().command), for the rules'
 *	  ddl_command_end trigger: an ALTER COLUMN ... TYPE rewrites a column's
 *	  values and an ATTACH PARTITION brings rows in, both without firing a
 *	  row or statement trigger, so a rule reading those columns or that table
 *	  has to be checked and its derived table rebuilt.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_class.h"
#include "catalog/pg_inherits.h"
#include "fmgr.h"
#include "nodes/parsenodes.h"
#include "tcop/deparse_utility.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/syscache.h"

#include "rules/rules.h"

PG_FUNCTION_INFO_V1(rules_retyped_columns);
PG_FUNCTION_INFO_V1(rules_attached_partition);

/* The subcommands of a collected ALTER TABLE, or NIL. */
static List *
alter_subcommands(FunctionCallInfo fcinfo)
{
	CollectedCommand *cmd = (CollectedCommand *) PG_GETARG_POINTER(0);

	if (cmd == NULL || cmd->type != SCT_AlterTable)
		return NIL;
	return cmd->d.alterTable.subcmds;
}

/*
 * SQL: _retyped_columns(command pg_ddl_command, tbl regclass) -> smallint[]:
 * the columns of tbl an ALTER COLUMN ... TYPE of this command changed (the
 * type, or the values through USING), empty when none.  ALTER COLUMN ...
 * SET EXPRESSION (PostgreSQL 17+) counts too: it rewrites a generated
 * column's values without firing a trigger, so the rule must be rebuilt.
 */
Datum
rules_retyped_columns(PG_FUNCTION_ARGS)
{
	Oid			tbl = PG_GETARG_OID(1);
	List	   *subcmds = alter_subcommands(fcinfo);
	ListCell   *lc;
	int32		n = 0;
	int32	   *nums = palloc(sizeof(int32) * (list_length(subcmds) + 1));

	foreach(lc, subcmds)
	{
		CollectedATSubcmd *sub = (CollectedATSubcmd *) lfirst(lc);

		if (sub->parsetree == NULL || !IsA(sub->parsetree, AlterTableCmd) ||
			(((AlterTableCmd *) sub->parsetree)->subtype != AT_AlterColumnType &&
			 !AlterTableSetsExpression(((AlterTableCmd *) sub->parsetree)->subtype)))
			continue;
		if (sub->address.classId == RelationRelationId &&
			sub->address.objectId == tbl && sub->address.objectSubId > 0)
			nums[n++] = sub->address.objectSubId;
	}
	PG_RETURN_DATUM(rules_int4_array(nums, n));
}

/*
 * The partition of parent whose bound is this one (partitions of one
 * table have distinct bounds), or InvalidOid.  An ATTACH PARTITION
 * subcommand carries no address of the table it attached, and its name may
 * be unqualified, to be read with a search_path this trigger no longer
 * has; its bound, transformed, is what was stored for that table.
 */
static Oid
partition_with_bound(Oid parent, Node *bound)
{
	List	   *children = find_inheritance_children(parent, NoLock);
	ListCell   *lc;
	Oid			found = InvalidOid;

	foreach(lc, children)
	{
		Oid			child = lfirst_oid(lc);
		HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(child));
		Datum		d;
		bool		isnull;

		if (!HeapTupleIsValid(tup))
			continue;
		d = SysCacheGetAttr(RELOID, tup, Anum_pg_class_relpartbound, &isnull);
		if (!isnull && equal(stringToNode(TextDatumGetCString(d)), bound))
			found = child;
		ReleaseSysCache(tup);
		if (OidIsValid(found))
			break;
	}
	list_free(children);
	return found;
}

/*
 * SQL: _attached_partition(command pg_ddl_command) -> regclass: the table
 * an ALTER TABLE ... ATTACH PARTITION attached, or NULL.
 */
Datum
rules_attached_partition(PG_FUNCTION_ARGS)
{
	CollectedCommand *cmd = (CollectedCommand *) PG_GETARG_POINTER(0);
	List	   *subcmds = alter_subcommands(fcinfo);
	ListCell   *lc;

	foreach(lc, subcmds)
	{
		CollectedATSubcmd *sub = (CollectedATSubcmd *) lfirst(lc);
		AlterTableCmd *at;
		PartitionCmd *pc;
		Oid			part;

		if (sub->parsetree == NULL || !IsA(sub->parsetree, AlterTableCmd))
			continue;
		at = (AlterTableCmd *) sub->parsetree;
		if (at->subtype != AT_AttachPartition || at->def == NULL ||
			!IsA(at->def, PartitionCmd))
			continue;
		pc = (PartitionCmd *) at->def;
		if (pc->bound == NULL)
			continue;
		part = partition_with_bound(cmd->d.alterTable.objectId, (Node *) pc->bound);
		if (OidIsValid(part))
			PG_RETURN_OID(part);
	}
	PG_RETURN_NULL();
}
