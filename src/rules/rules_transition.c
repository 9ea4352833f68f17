/*-------------------------------------------------------------------------
 *
 * rules_transition.c
 *	  Reading the transition tables of a statement-level trigger, and
 *	  building the arrays that carry a statement's changes to the derived
 *	  tables in one SQL statement.
 *
 * On a plain table the unique-id and household rules are AFTER ... FOR
 * EACH STATEMENT triggers with REFERENCING OLD TABLE / NEW TABLE: the rows
 * a statement wrote are read once, in C, from the tuplestore PostgreSQL
 * fills for all transition-table triggers of the table, and the derived
 * tables are changed by one set-based statement per chunk instead of one
 * per row.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "rules/rules.h"

/*
 * A slot for the rows of a transition table, positioned before its first
 * row.  Every trigger reading the same tuplestore starts from the top.
 */
TupleTableSlot *
rules_transition_begin(Tuplestorestate *ts, Relation rel)
{
	TupleTableSlot *slot = MakeSingleTupleTableSlot(RelationGetDescr(rel),
													&TTSOpsMinimalTuple);

	if (ts != NULL)
	{
		tuplestore_select_read_pointer(ts, 0);
		tuplestore_rescan(ts);
	}
	return slot;
}

/* The next row of a transition table into slot; false at the end. */
bool
rules_transition_next(Tuplestorestate *ts, TupleTableSlot *slot)
{
	if (ts == NULL)
		return false;
	return tuplestore_gettupleslot(ts, true, false, slot);
}

/* Refuse to run as anything but an AFTER ... FOR EACH STATEMENT trigger. */
void
rules_check_statement_trigger(FunctionCallInfo fcinfo, const char *fn)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be called as a trigger", fn)));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be an AFTER ... FOR EACH STATEMENT trigger with transition tables", fn)));
}

/* A text[] of n strings; a NULL pointer is a NULL element. */
Datum
rules_text_array(char **items, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));
	bool	   *nulls = palloc(sizeof(bool) * Max(n, 1));
	int			dims[1] = {n};
	int			lbs[1] = {1};

	for (int i = 0; i < n; i++)
	{
		nulls[i] = items[i] == NULL;
		d[i] = nulls[i] ? (Datum) 0 : CStringGetTextDatum(items[i]);
	}
	if (n == 0)
		return PointerGetDatum(construct_empty_array(TEXTOID));
	return PointerGetDatum(construct_md_array(d, nulls, 1, dims, lbs, TEXTOID,
											  -1, false, TYPALIGN_INT));
}

Datum
rules_int4_array(int32 *items, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));

	for (int i = 0; i < n; i++)
		d[i] = Int32GetDatum(items[i]);
	return PointerGetDatum(construct_array(d, n, INT4OID, 4, true, TYPALIGN_INT));
}

Datum
rules_int8_array(int64 *items, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));

	for (int i = 0; i < n; i++)
		d[i] = Int64GetDatum(items[i]);
	return PointerGetDatum(construct_array(d, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
