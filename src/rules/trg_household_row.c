/*-------------------------------------------------------------------------
 *
 * trg_household_row.c
 *	  The row path of the household-head rule (partitioned tables and
 *	  partitions): household_head_trigger adds each row's contribution to
 *	  its household's counter row, coalescing consecutive rows of one
 *	  household in a count buffer of this transaction.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "rules/trg_household.h"

PG_FUNCTION_INFO_V1(household_head_trigger);

/* Add (dm, dh) to a household's counts; drop the row once it is empty. */
static void
apply_delta(int32 rule_id, const char *household, int dm, int dh)
{
	Datum		values[4];
	RulesRaised raised;
	bool		isnull;
	int			members,
				heads;

	values[0] = Int32GetDatum(rule_id);
	values[1] = CStringGetTextDatum(household);
	values[2] = Int32GetDatum(dm);
	values[3] = Int32GetDatum(dh);
	rules_spi_begin(&raised);
	rules_spi_exec(RULES_SQL_HOUSEHOLD_ADD, values, NULL, false, 0);
	members = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	heads = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));
	if (members <= 0 && heads <= 0)
		rules_spi_exec(RULES_SQL_HOUSEHOLD_DELETE, values, NULL, false, 0);
	rules_spi_end(&raised);
}

/*
 * Count changes are coalesced per household: rows of one household written
 * one after the other (a household book loaded in order, an UPDATE of one
 * household) cost one upsert, not one per row.  The buffer holds a single
 * (rule, household) delta of the current subtransaction; it is flushed when
 * a row of another household comes, and always before any check reads the
 * counts (end of statement, commit), so every check and every lock on the
 * household's counter row happens as if rows had been counted one by one.
 * A subtransaction abort drops the delta of its own rows.
 */
typedef struct CountBuffer
{
	bool		valid;
	int32		rule_id;
	char	   *household;
	int			dm;
	int			dh;
	SubTransactionId subid;
	LocalTransactionId lxid;
} CountBuffer;

static CountBuffer countbuf = {false};

static void
buffer_discard(void)
{
	if (countbuf.household)
		pfree(countbuf.household);
	countbuf.household = NULL;
	countbuf.valid = false;
}

/* Apply the buffered delta of this transaction, if any. */
void
hh_buffer_flush(void)
{
	char	   *hh;
	int32		rule_id;
	int			dm,
				dh;

	if (!countbuf.valid)
		return;
	if (countbuf.lxid != MyProcLxid)
	{
		buffer_discard();
		return;
	}
	/* Take it out first: an error while applying must not apply it twice. */
	hh = pstrdup(countbuf.household);
	rule_id = countbuf.rule_id;
	dm = countbuf.dm;
	dh = countbuf.dh;
	buffer_discard();
	if (dm != 0 || dh != 0)
		apply_delta(rule_id, hh, dm, dh);
	pfree(hh);
}

static void
buffer_add(int32 rule_id, const char *household, int dm, int dh)
{
	hh_register_callbacks();
	if (countbuf.valid && countbuf.lxid != MyProcLxid)
		buffer_discard();
	if (countbuf.valid && countbuf.rule_id == rule_id &&
		countbuf.subid == GetCurrentSubTransactionId() &&
		strcmp(countbuf.household, household) == 0)
	{
		countbuf.dm += dm;
		countbuf.dh += dh;
		return;
	}
	hh_buffer_flush();
	countbuf.household = MemoryContextStrdup(TopMemoryContext, household);
	countbuf.rule_id = rule_id;
	countbuf.dm = dm;
	countbuf.dh = dh;
	countbuf.subid = GetCurrentSubTransactionId();
	countbuf.lxid = MyProcLxid;
	countbuf.valid = true;
}

/*
 * A subtransaction ends: an abort drops the delta of its own rows, a
 * commit hands the delta to the parent.
 */
void
hh_buffer_subxact(SubXactEvent event, SubTransactionId mySubid,
				  SubTransactionId parentSubid)
{
	if (countbuf.valid && countbuf.subid == mySubid)
	{
		if (event == SUBXACT_EVENT_ABORT_SUB)
			buffer_discard();
		else if (event == SUBXACT_EVENT_COMMIT_SUB)
			countbuf.subid = parentSubid;
	}
}

Datum
household_head_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TriggerEvent ev;
	RuleInfo   *rule;
	Contribution oldc = {NULL, 0, 0};
	Contribution newc = {NULL, 0, 0};

	rules_check_row_trigger(fcinfo, "household_head_trigger", TRIGGER_EVENT_AFTER);
	ev = trigdata->tg_event;
	rule = rules_get_cached(fcinfo, RULE_HOUSEHOLD_HEAD);

	/* this path does not remember counts: the commit check must look */
	hh_track_uncertain(rule->rule_id);
	if (TRIGGER_FIRED_BY_INSERT(ev))
		newc = hh_contribution(rule, trigdata->tg_trigslot);
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		oldc = hh_contribution(rule, trigdata->tg_trigslot);
	else
	{
		oldc = hh_contribution(rule, trigdata->tg_trigslot);
		newc = hh_contribution(rule, trigdata->tg_newslot);
	}

	if (oldc.household && newc.household &&
		strcmp(oldc.household, newc.household) == 0)
	{
		/* Same household: one change, or none at all. */
		if (oldc.member != newc.member || oldc.head != newc.head)
			buffer_add(rule->rule_id, newc.household,
					   newc.member - oldc.member, newc.head - oldc.head);
	}
	else
	{
		if (oldc.household && (oldc.member || oldc.head))
			buffer_add(rule->rule_id, oldc.household, -oldc.member, -oldc.head);
		/* a new household gets its counter row even with nothing to count */
		if (newc.household)
			buffer_add(rule->rule_id, newc.household, newc.member, newc.head);
	}
	return PointerGetDatum(NULL);
}

