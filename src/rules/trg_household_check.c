/*-------------------------------------------------------------------------
 *
 * trg_household_check.c
 *	  The checks of the household-head rule: at most one living head per
 *	  household at a statement's end (row path), exactly one for every
 *	  household with living members at commit, and their reports.  Both
 *	  read the partial indexes of household_heads that hold only bad
 *	  households, and keep those this transaction wrote (xmin).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/transam.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "nls.h"
#include "rules/trg_household.h"

PG_FUNCTION_INFO_V1(household_head_statement_check);
PG_FUNCTION_INFO_V1(household_head_commit_check);

/* Report a household with more than one head, or members and no head. */
static void
report_household(RuleInfo *rule, const char *household, int members, int heads)
{
	char	   *key = psprintf("(%s)=(%s)",
							   quote_identifier(rule->colnames[COL_HOUSEHOLD]),
							   household);

	if (heads > 1)
		rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, "household_many_heads",
					 COL_HEAD, key,
					 psprintf(_("household has more than one head in table \"%s\""),
							  rule->table_name),
					 psprintf(_("Household %s has %d living heads among %d living members."),
							  key, heads, members),
					 _("A household has exactly one head: set the other members' relation to the head to what they are to the head."));
	else
		rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, "household_no_head",
					 COL_HEAD, key,
					 psprintf(_("household has no head in table \"%s\""),
							  rule->table_name),
					 psprintf(_n("Household %s has %d living member and no living head.",
								 "Household %s has %d living members and no living head.",
								 members),
							  key, members),
					 _("Name a new head in the same transaction (a change of household head), or move the members to another household."));
}

/*
 * Report a household held as "household\tmembers\theads" (lines collected
 * while SPI was connected); the household may hold tabs, the counts do not.
 */
void
hh_report_household_line(RuleInfo *rule, char *line)
{
	char	   *tab2 = strrchr(line, '\t');
	char	   *tab1;

	*tab2 = '\0';
	tab1 = strrchr(line, '\t');
	*tab1 = '\0';
	report_household(rule, line, atoi(tab1 + 1), atoi(tab2 + 1));
}

/*
 * The counters the commit check of rule reads, as an int4[] for
 * households_bad (SPI connected): the rule's number, or on a Citus node
 * the scopes of its placements here.  False when there are none.
 */
static bool
commit_counters(RuleInfo *rule, Datum *ids)
{
	Datum		arg = Int32GetDatum(rule->rule_id);
	bool		isnull;

	if (!OidIsValid(rule->shard_of))
	{
		int32		id = rule->rule_id;

		*ids = rules_int4_array(&id, 1);
		return true;
	}
	/* one row: the aggregate of no scope is NULL */
	rules_spi_exec(RULES_SQL_SCOPES_OF_RULE, &arg, NULL, false, 1);
	*ids = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	return !isnull;
}

/*
 * Report every household written by this transaction that a partial index
 * lists as bad.  many = more than one head (statement end); otherwise
 * members without exactly one head (commit).
 */
void
hh_check_households(RuleInfo *rule, bool many)
{
	Datum		arg;
	RulesRaised raised;
	List	   *found = NIL;
	MemoryContext caller = CurrentMemoryContext;
	ListCell   *lc;
	uint64		n = 0;

	/*
	 * The statement check is the row path's, which no Citus shard takes
	 * (tables with a household rule are plain tables there).
	 */
	if (many && OidIsValid(rule->shard_of))
		elog(ERROR, "household rule %d has no statement check on a Citus shard",
			 rule->rule_id);
	hh_buffer_flush();
	rules_spi_begin(&raised);
	/*
	 * Not read-only: SPI then takes a fresh snapshot after a command counter
	 * increment, so the counts written by this statement's row triggers are
	 * seen even when this check fires right at the statement's end.
	 */
	if (many)
	{
		arg = Int32GetDatum(rule->rule_id);
		rules_spi_exec(RULES_SQL_HOUSEHOLDS_MANY_HEADS, &arg, NULL, false, 0);
		n = SPI_processed;
	}
	else if (commit_counters(rule, &arg))
	{
		rules_spi_exec(RULES_SQL_HOUSEHOLDS_BAD, &arg, NULL, false, 0);
		n = SPI_processed;
	}
	for (uint64 i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		TransactionId xmin = DatumGetTransactionId(SPI_getbinval(tup, desc, 4, &isnull));

		MemoryContext old;

		if (!TransactionIdIsCurrentTransactionId(xmin))
			continue;
		old = MemoryContextSwitchTo(caller);
		found = lappend(found, psprintf("%s\t%d\t%d",
										SPI_getvalue(tup, desc, 1),
										DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull)),
										DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull))));
		MemoryContextSwitchTo(old);
	}
	rules_spi_end(&raised);
	foreach(lc, found)
		hh_report_household_line(rule, lfirst(lc));
}

Datum
household_head_statement_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	rules_check_trigger(fcinfo, "household_head_statement_check");
	hh_check_households(rules_get(trigdata, RULE_HOUSEHOLD_HEAD), true);
	return PointerGetDatum(NULL);
}

Datum
household_head_commit_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	RuleInfo   *rule;

	rules_check_trigger(fcinfo, "household_head_commit_check");
	rule = rules_get(trigdata, RULE_HOUSEHOLD_HEAD);
	/* Changes after this point (SET CONSTRAINTS ... IMMEDIATE) queue again. */
	hh_pending_remove(rule->rule_id);
	hh_track_get(rule->rule_id, true)->check_ran = true;
	if (hh_track_needs_check(rule->rule_id))
		hh_check_households(rule, false);
	return PointerGetDatum(NULL);
}

