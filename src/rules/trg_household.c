/*-------------------------------------------------------------------------
 *
 * trg_household.c
 *	  The household-head rule: at most one living head per household at the
 *	  end of every statement, exactly one for every household with living
 *	  members at commit.
 *
 * Three triggers per rule, all calling into this file:
 *   - household_head_trigger, AFTER INSERT/UPDATE/DELETE FOR EACH ROW: adds
 *     the row's contribution (living member, living head) to its household's
 *     counts in population_rules.household_heads, and takes it from the old
 *     household on UPDATE/DELETE.  The upsert takes the household's counter
 *     row lock, so two transactions changing one household are serialized:
 *     the second one sees the first one's counts (READ COMMITTED) or fails
 *     to serialize (REPEATABLE READ, SERIALIZABLE).
 *   - household_head_statement_check, AFTER INSERT/UPDATE STATEMENT: any
 *     household this transaction wrote that has more than one head.  Run at
 *     the statement's end, so one UPDATE may move the head role from one
 *     member to another.
 *   - household_head_commit_check, a DEFERRABLE INITIALLY DEFERRED
 *     constraint trigger: any household this transaction wrote that has
 *     living members and not exactly one living head.  Its WHEN clause,
 *     household_head_pending(rule), queues it once per transaction, not
 *     once per row, so a 10-million-row load queues one event.
 *
 * "Written by this transaction" is the counter row's xmin being one of ours;
 * both checks read partial indexes that hold only bad households.
 * Columns: 0 household, 1 head (relation text or boolean), 2 date of death.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/transam.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "rules/rules.h"
#include "vntext/vntext.h"

#define COL_HOUSEHOLD 0
#define COL_HEAD 1
#define COL_DEATH 2

PG_FUNCTION_INFO_V1(household_head_trigger);
PG_FUNCTION_INFO_V1(household_head_statement_check);
PG_FUNCTION_INFO_V1(household_head_commit_check);
PG_FUNCTION_INFO_V1(household_head_pending);
PG_FUNCTION_INFO_V1(rules_is_head);

/* ---- is this relation value the head? ---- */

/* The accent-free key of a text: "Chủ  HỘ" -> "chu ho". */
char *
rules_unaccent_key(const char *s)
{
	vn_text		out = {0};
	vn_status	st = vn_key_unaccent(s, strlen(s), &out);
	char	   *r;

	if (st != VN_OK)
		ereport(ERROR,
				(errcode(st == VN_ERR_TOO_LONG ? ERRCODE_PROGRAM_LIMIT_EXCEEDED :
						 ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("relation to household head cannot be read"),
				 errdetail("The accent-free key of the value failed with status %d.", (int) st)));
	r = pstrdup(out.data);
	vn_text_free(&out);
	return r;
}

/* Is a relation value the head, comparing accent-free keys? */
static bool
relation_is_head(RuleInfo *rule, const char *value)
{
	bool		result;
	char	   *k;
	int			slot;

	/* Relation values repeat: keep the last 16 answers. */
	for (int i = 0; i < rule->nheadcache; i++)
		if (strcmp(rule->headcache_text[i], value) == 0)
			return rule->headcache_val[i];
	k = rules_unaccent_key(value);
	result = (rule->head_key != NULL && strcmp(k, rule->head_key) == 0);
	pfree(k);
	if (strlen(value) < 64)
	{
		if (rule->nheadcache < 16)
			slot = rule->nheadcache++;
		else
		{
			slot = (int) (random() % 16);
			pfree(rule->headcache_text[slot]);
		}
		rule->headcache_text[slot] = MemoryContextStrdup(rule->cxt, value);
		rule->headcache_val[slot] = result;
	}
	return result;
}

/* A row's household and its contribution to the counts. */
typedef struct Contribution
{
	char	   *household;		/* NULL: no household, nothing counted */
	int			member;
	int			head;
} Contribution;

static char *
datum_text(Oid type, Datum v)
{
	Oid			out;
	bool		varlena;

	if (type == TEXTOID || type == VARCHAROID)
		return TextDatumGetCString(v);
	getTypeOutputInfo(type, &out, &varlena);
	return OidOutputFunctionCall(out, v);
}

static Contribution
contribution(RuleInfo *rule, Relation rel, HeapTuple tuple)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Contribution c = {NULL, 0, 0};
	bool		isnull;
	Datum		v;
	bool		alive = true;
	bool		head = false;

	v = heap_getattr(tuple, rule->attnums[COL_HOUSEHOLD], desc, &isnull);
	if (isnull)
		return c;
	c.household = datum_text(rule->coltypes[COL_HOUSEHOLD], v);

	if (rule->attnums[COL_DEATH] != 0)
	{
		(void) heap_getattr(tuple, rule->attnums[COL_DEATH], desc, &isnull);
		alive = isnull;
	}
	v = heap_getattr(tuple, rule->attnums[COL_HEAD], desc, &isnull);
	if (!isnull)
	{
		if (rule->coltypes[COL_HEAD] == BOOLOID)
			head = DatumGetBool(v);
		else
		{
			char	   *s = datum_text(rule->coltypes[COL_HEAD], v);

			head = relation_is_head(rule, s);
			pfree(s);
		}
	}
	c.member = alive ? 1 : 0;
	c.head = (alive && head) ? 1 : 0;
	return c;
}

/* Add (dm, dh) to a household's counts; drop the row once it is empty. */
static void
apply_delta(int32 rule_id, const char *household, int dm, int dh)
{
	static RulesPlan upsert = {
		"INSERT INTO population_rules.household_heads AS t"
		" (rule_id, household, members, heads, checked)"
		" VALUES ($1, $2, $3, $4, true)"
		" ON CONFLICT (rule_id, household) DO UPDATE"
		" SET members = t.members OPERATOR(pg_catalog.+) excluded.members,"
		" heads = t.heads OPERATOR(pg_catalog.+) excluded.heads, checked = true"
		" RETURNING t.members, t.heads",
		4, {INT4OID, TEXTOID, INT4OID, INT4OID}
	};
	static RulesPlan del = {
		"DELETE FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.household OPERATOR(pg_catalog.=) $2"
		" AND t.members OPERATOR(pg_catalog.<=) 0"
		" AND t.heads OPERATOR(pg_catalog.<=) 0",
		2, {INT4OID, TEXTOID}
	};
	Datum		values[4];
	Oid			save_userid;
	int			save_sec;
	bool		isnull;
	int			members,
				heads;

	values[0] = Int32GetDatum(rule_id);
	values[1] = CStringGetTextDatum(household);
	values[2] = Int32GetDatum(dm);
	values[3] = Int32GetDatum(dh);
	rules_spi_begin(&save_userid, &save_sec);
	rules_spi_exec(&upsert, values, NULL, false, 0);
	members = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	heads = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	if (members <= 0 && heads <= 0)
		rules_spi_exec(&del, values, NULL, false, 0);
	rules_spi_end(save_userid, save_sec);
}

static void
check_trigger_call(FunctionCallInfo fcinfo, const char *fn)
{
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be called as a trigger", fn)));
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

static void register_callbacks(void);

static void
buffer_discard(void)
{
	if (countbuf.household)
		pfree(countbuf.household);
	countbuf.household = NULL;
	countbuf.valid = false;
}

/* Apply the buffered delta of this transaction, if any. */
static void
buffer_flush(void)
{
	char	   *hh;
	int32		rule_id;
	int			dm,
				dh;

	if (!countbuf.valid)
		return;
	if (countbuf.lxid != MyProc->lxid)
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
	register_callbacks();
	if (countbuf.valid && countbuf.lxid != MyProc->lxid)
		buffer_discard();
	if (countbuf.valid && countbuf.rule_id == rule_id &&
		countbuf.subid == GetCurrentSubTransactionId() &&
		strcmp(countbuf.household, household) == 0)
	{
		countbuf.dm += dm;
		countbuf.dh += dh;
		return;
	}
	buffer_flush();
	countbuf.household = MemoryContextStrdup(TopMemoryContext, household);
	countbuf.rule_id = rule_id;
	countbuf.dm = dm;
	countbuf.dh = dh;
	countbuf.subid = GetCurrentSubTransactionId();
	countbuf.lxid = MyProc->lxid;
	countbuf.valid = true;
}

Datum
household_head_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TriggerEvent ev;
	Relation	rel;
	RuleInfo   *rule;
	Contribution oldc = {NULL, 0, 0};
	Contribution newc = {NULL, 0, 0};

	check_trigger_call(fcinfo, "household_head_trigger");
	ev = trigdata->tg_event;
	if (!TRIGGER_FIRED_AFTER(ev) || !TRIGGER_FIRED_FOR_ROW(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("household_head_trigger() must be an AFTER ... FOR EACH ROW trigger")));
	rel = trigdata->tg_relation;
	rule = rules_get(trigdata, RULE_HOUSEHOLD_HEAD);

	if (TRIGGER_FIRED_BY_INSERT(ev))
		newc = contribution(rule, rel, trigdata->tg_trigtuple);
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		oldc = contribution(rule, rel, trigdata->tg_trigtuple);
	else
	{
		oldc = contribution(rule, rel, trigdata->tg_trigtuple);
		newc = contribution(rule, rel, trigdata->tg_newtuple);
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

/*
 * Report every household written by this transaction that a partial index
 * lists as bad.  many = more than one head (statement end); otherwise
 * members without exactly one head (commit).
 */
static void
check_households(RuleInfo *rule, bool many)
{
	static RulesPlan many_plan = {
		"SELECT t.household, t.members, t.heads, t.xmin"
		" FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.heads OPERATOR(pg_catalog.>) 1"
		" ORDER BY t.household",
		1, {INT4OID}
	};
	static RulesPlan bad_plan = {
		"SELECT t.household, t.members, t.heads, t.xmin"
		" FROM population_rules.household_heads AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.checked AND t.members OPERATOR(pg_catalog.>) 0"
		" AND t.heads OPERATOR(pg_catalog.<>) 1"
		" ORDER BY t.household",
		1, {INT4OID}
	};
	Datum		arg;
	Oid			save_userid;
	int			save_sec;
	List	   *found = NIL;
	MemoryContext caller = CurrentMemoryContext;
	ListCell   *lc;

	buffer_flush();
	arg = Int32GetDatum(rule->rule_id);
	rules_spi_begin(&save_userid, &save_sec);
	/*
	 * Not read-only: SPI then takes a fresh snapshot after a command counter
	 * increment, so the counts written by this statement's row triggers are
	 * seen even when this check fires right at the statement's end.
	 */
	rules_spi_exec(many ? &many_plan : &bad_plan, &arg, NULL, false, 0);
	for (uint64 i = 0; i < SPI_processed; i++)
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
	rules_spi_end(save_userid, save_sec);
	foreach(lc, found)
	{
		char	   *line = lfirst(lc);
		char	   *tab1;
		char	   *tab2;
		int			members,
					heads;
		char	   *key;

		/* the household may hold tabs; the two counts after it do not */
		tab2 = strrchr(line, '\t');
		*tab2 = '\0';
		tab1 = strrchr(line, '\t');
		*tab1 = '\0';
		members = atoi(tab1 + 1);
		heads = atoi(tab2 + 1);
		key = psprintf("(%s)=(%s)", quote_identifier(rule->colnames[COL_HOUSEHOLD]), line);
		if (heads > 1)
			rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, COL_HEAD, key,
						 psprintf("household has more than one head in table \"%s\"",
								  rule->table_name),
						 psprintf("Household %s has %d living heads among %d living members.",
								  key, heads, members),
						 "A household has exactly one head: set the other members' relation to the head to what they are to the head.");
		else
			rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, COL_HEAD, key,
						 psprintf("household has no head in table \"%s\"",
								  rule->table_name),
						 psprintf("Household %s has %d living members and no living head.",
								  key, members),
						 "Name a new head in the same transaction (a change of household head), or move the members to another household.");
	}
}

Datum
household_head_statement_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	check_trigger_call(fcinfo, "household_head_statement_check");
	check_households(rules_get(trigdata, RULE_HOUSEHOLD_HEAD), true);
	return PointerGetDatum(NULL);
}

/* ---- one commit check per transaction and rule ---- */

/*
 * Rules whose commit check is queued in this transaction, with the
 * subtransaction that queued it: if that subtransaction aborts, the queued
 * event is gone and the next change must queue another.
 */
typedef struct Pending
{
	int32		rule_id;
	SubTransactionId subid;
} Pending;

static Pending *pending = NULL;
static int	npending = 0;
static int	maxpending = 0;
static LocalTransactionId pending_lxid = InvalidLocalTransactionId;
static bool callback_registered = false;

static void
pending_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						 SubTransactionId parentSubid, void *arg)
{
	if (countbuf.valid && countbuf.subid == mySubid)
	{
		if (event == SUBXACT_EVENT_ABORT_SUB)
			buffer_discard();
		else if (event == SUBXACT_EVENT_COMMIT_SUB)
			countbuf.subid = parentSubid;
	}
	for (int i = 0; i < npending; i++)
	{
		if (pending[i].subid != mySubid)
			continue;
		if (event == SUBXACT_EVENT_ABORT_SUB)
			pending[i--] = pending[--npending];
		else if (event == SUBXACT_EVENT_COMMIT_SUB)
			pending[i].subid = parentSubid;
	}
}

static void
register_callbacks(void)
{
	if (!callback_registered)
	{
		RegisterSubXactCallback(pending_subxact_callback, NULL);
		callback_registered = true;
	}
}

static void
pending_reset_if_new_xact(void)
{
	if (pending_lxid != MyProc->lxid)
	{
		npending = 0;
		pending_lxid = MyProc->lxid;
	}
}

static void
pending_remove(int32 rule_id)
{
	pending_reset_if_new_xact();
	for (int i = 0; i < npending; i++)
		if (pending[i].rule_id == rule_id)
			pending[i--] = pending[--npending];
}

/*
 * WHEN clause of the commit check: true the first time a rule's table is
 * written in a transaction (so one event is queued), false afterwards.
 */
Datum
household_head_pending(PG_FUNCTION_ARGS)
{
	int32		rule_id = PG_GETARG_INT32(0);

	register_callbacks();
	pending_reset_if_new_xact();
	for (int i = 0; i < npending; i++)
		if (pending[i].rule_id == rule_id)
			PG_RETURN_BOOL(false);
	if (npending == maxpending)
	{
		int			newmax = maxpending ? maxpending * 2 : 8;

		pending = pending ?
			repalloc(pending, newmax * sizeof(Pending)) :
			MemoryContextAlloc(TopMemoryContext, newmax * sizeof(Pending));
		maxpending = newmax;
	}
	pending[npending].rule_id = rule_id;
	pending[npending].subid = GetCurrentSubTransactionId();
	npending++;
	PG_RETURN_BOOL(true);
}

Datum
household_head_commit_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	RuleInfo   *rule;

	check_trigger_call(fcinfo, "household_head_commit_check");
	rule = rules_get(trigdata, RULE_HOUSEHOLD_HEAD);
	/* Changes after this point (SET CONSTRAINTS ... IMMEDIATE) queue again. */
	pending_remove(rule->rule_id);
	check_households(rule, false);
	return PointerGetDatum(NULL);
}

/* SQL: is_head(relation, head_key): the same test, for validate and attach. */
Datum
rules_is_head(PG_FUNCTION_ARGS)
{
	char	   *value = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *head = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char	   *k = rules_unaccent_key(value);

	PG_RETURN_BOOL(strcmp(k, head) == 0);
}
