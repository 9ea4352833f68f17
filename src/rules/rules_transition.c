/*-------------------------------------------------------------------------
 *
 * rules_transition.c
 *	  Reading the transition tables of a statement-level trigger, and
 *	  building the arrays that carry a statement's changes to the derived
 *	  tables in one SQL statement; the checks that a rules' trigger
 *	  function is fired the way the attach functions create its triggers.
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

#include "nls.h"
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

/* The triggers a rules' trigger function may be fired by. */
typedef enum TriggerShape
{
	SHAPE_ANY,					/* any trigger at all */
	SHAPE_BEFORE_ROW,			/* BEFORE INSERT OR UPDATE ... FOR EACH ROW */
	SHAPE_AFTER_ROW,			/* AFTER ... FOR EACH ROW */
	SHAPE_AFTER_STATEMENT		/* AFTER ... FOR EACH STATEMENT, transition tables */
} TriggerShape;

/*
 * A rules' trigger function called as a plain function, or fired by a
 * trigger other than the ones the attach functions create, raises this.
 */
static void
trigger_call_error(FunctionCallInfo fcinfo, const char *fn, TriggerShape shape)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be called as a trigger", fn),
				 errdetail("It was called as a plain function."),
				 errhint("Attach a rule with one of the population_rules.attach_*_rule() functions, which create its triggers.")));
	ereport(ERROR,
			(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
			 shape == SHAPE_BEFORE_ROW ?
			 errmsg("%s() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger", fn) :
			 shape == SHAPE_AFTER_ROW ?
			 errmsg("%s() must be an AFTER ... FOR EACH ROW trigger", fn) :
			 errmsg("%s() must be an AFTER ... FOR EACH STATEMENT trigger with transition tables", fn),
			 errdetail("Trigger \"%s\" on \"%s\" fires it at another time, for another event or at another level.",
					   trigdata->tg_trigger->tgname,
					   RelationGetRelationName(trigdata->tg_relation)),
			 errhint("Do not create triggers on the rules' functions by hand: population_rules.rebuild_rule() recreates a rule's triggers.")));
}

/* Raise unless fired as a trigger. */
void
rules_check_trigger(FunctionCallInfo fcinfo, const char *fn)
{
	if (!CALLED_AS_TRIGGER(fcinfo))
		trigger_call_error(fcinfo, fn, SHAPE_ANY);
}

/*
 * Raise unless fired as a row trigger at the given time: BEFORE INSERT or
 * UPDATE (TRIGGER_EVENT_BEFORE), or AFTER any event (TRIGGER_EVENT_AFTER).
 */
void
rules_check_row_trigger(FunctionCallInfo fcinfo, const char *fn, uint32 timing)
{
	TriggerEvent ev;

	rules_check_trigger(fcinfo, fn);
	ev = ((TriggerData *) fcinfo->context)->tg_event;
	if ((ev & TRIGGER_EVENT_TIMINGMASK) != timing || !TRIGGER_FIRED_FOR_ROW(ev) ||
		(timing == TRIGGER_EVENT_BEFORE && TRIGGER_FIRED_BY_DELETE(ev)))
		trigger_call_error(fcinfo, fn, timing == TRIGGER_EVENT_BEFORE ?
						   SHAPE_BEFORE_ROW : SHAPE_AFTER_ROW);
}

/* Raise unless fired as an AFTER ... FOR EACH STATEMENT trigger. */
void
rules_check_statement_trigger(FunctionCallInfo fcinfo, const char *fn)
{
	TriggerEvent ev;

	rules_check_trigger(fcinfo, fn);
	ev = ((TriggerData *) fcinfo->context)->tg_event;
	if (!TRIGGER_FIRED_AFTER(ev) || !TRIGGER_FIRED_FOR_STATEMENT(ev))
		trigger_call_error(fcinfo, fn, SHAPE_AFTER_STATEMENT);
}

/*
 * Raise unless the rule's triggers are statement-level (a plain table): on
 * a partition, rows routed through the partitioned table would not reach
 * them.
 */
void
rules_require_set_based(RuleInfo *rule, Relation rel)
{
	if (!rule->set_based)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("rule \"%s\" has statement triggers on \"%s\", which is a partition",
						rule->rule_name, RelationGetRelationName(rel)),
				 errdetail("Rows routed through the partitioned table would not reach a partition's statement triggers."),
				 errhint("Call population_rules.rebuild_rule() for this rule to give it row triggers.")));
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
	return rules_int8_array_nulls(items, NULL, n);
}

/* The same, items[i] NULL where present[i] is false (present NULL: none). */
Datum
rules_int8_array_nulls(int64 *items, bool *present, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));
	bool	   *nulls = palloc(sizeof(bool) * Max(n, 1));
	int			dims[1] = {n};
	int			lbs[1] = {1};

	for (int i = 0; i < n; i++)
	{
		nulls[i] = present != NULL && !present[i];
		d[i] = nulls[i] ? (Datum) 0 : Int64GetDatum(items[i]);
	}
	if (n == 0)
		return PointerGetDatum(construct_empty_array(INT8OID));
	return PointerGetDatum(construct_md_array(d, nulls, 1, dims, lbs, INT8OID,
											  8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
