/*-------------------------------------------------------------------------
 *
 * trg_household_stmt.c
 *	  The set-based path of the household-head rule (plain tables):
 *	  household_head_changes sums a statement's transition tables per
 *	  household and applies the sums in household order, in chunks, with
 *	  one upsert each (or a plain INSERT of new households, with a backoff
 *	  after a miss); "at most one head" is checked on what the upsert
 *	  returns.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

#include "rules/trg_household.h"

PG_FUNCTION_INFO_V1(household_head_changes);

/* A household's net change in one statement. */
typedef struct HHKey
{
	const char *s;
	int			len;
} HHKey;

typedef struct HHDelta
{
	HHKey		key;
	int			dm;
	int			dh;
} HHDelta;

static uint32
hhkey_hash(const void *key, Size keysize)
{
	const HHKey *k = (const HHKey *) key;

	return hash_bytes((const unsigned char *) k->s, k->len);
}

static int
hhkey_match(const void *a, const void *b, Size keysize)
{
	const HHKey *x = (const HHKey *) a;
	const HHKey *y = (const HHKey *) b;

	if (x->len != y->len)
		return 1;
	return memcmp(x->s, y->s, x->len);
}

static int
hhdelta_cmp(const void *a, const void *b)
{
	const HHDelta *x = *(HHDelta *const *) a;
	const HHDelta *y = *(HHDelta *const *) b;

	return strcmp(x->key.s, y->key.s);	/* the order of COLLATE "C" */
}

/*
 * Add every row of a transition table to the per-household sums, with
 * sign +1 (new rows) or -1 (old rows).  Consecutive rows of one household
 * (a household book loaded in order) skip the hash lookup.
 */
static void
sum_rows(RuleInfo *rule, Relation rel, Tuplestorestate *ts, int sign,
		 HTAB *sums, MemoryContext keycxt)
{
	TupleTableSlot *slot = rules_transition_begin(ts, rel);
	MemoryContext rowcxt = AllocSetContextCreate(CurrentMemoryContext,
												 "population_rules row",
												 ALLOCSET_SMALL_SIZES);
	HHDelta    *last = NULL;

	while (rules_transition_next(ts, slot))
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		const char *hh;
		int			len,
					member,
					head;
		char		numbuf[MAXINT8LEN + 1];

		if (hh_read_contribution(rule, slot, numbuf, &hh, &len, &member, &head))
		{
			if (last == NULL || last->key.len != len ||
				memcmp(last->key.s, hh, len) != 0)
			{
				HHKey		k = {hh, len};
				bool		found;

				last = hash_search(sums, &k, HASH_ENTER, &found);
				if (!found)
				{
					char	   *copy = MemoryContextAlloc(keycxt, len + 1);

					memcpy(copy, hh, len);
					copy[len] = '\0';
					last->key.s = copy;
					last->key.len = len;
					last->dm = 0;
					last->dh = 0;
				}
			}
			last->dm += sign * member;
			last->dh += sign * head;
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	ExecDropSingleTupleTableSlot(slot);
}

#define HH_CHUNK 50000

/*
 * New households of a large statement are written with a plain INSERT,
 * which costs about half of the upsert: no speculative insertion, no
 * RETURNING (the counts are the statement's own).  It runs in a
 * subtransaction; if a household already has its counter row (or gets one
 * from a concurrent transaction, which the INSERT waits for), the unique
 * violation rolls the subtransaction back and the chunk takes the upsert.
 * Only chunks of at least HH_FAST_MIN households take this path, at most
 * HH_FAST_MAX_PER_XACT times per transaction (so a transaction of many
 * statements never piles up subtransactions), and after a miss the rule's
 * next HH_FAST_BACKOFF statements go straight to the upsert.
 */
#define HH_FAST_MIN 1000
#define HH_FAST_MAX_PER_XACT 32
#define HH_FAST_BACKOFF 64

static LocalTransactionId fast_lxid = InvalidLocalTransactionId;
static int	fast_attempts = 0;
static int32 fast_miss_rule = 0;
static int	fast_miss_backoff = 0;
static bool fast_in_subxact = false;

/* Is the fast insert's subtransaction being rolled back? */
bool
hh_fast_in_subxact(void)
{
	return fast_in_subxact;
}

/* May this chunk try the plain INSERT? */
static bool
fast_insert_allowed(RuleInfo *rule, HHDelta **d, int n)
{
	if (n < HH_FAST_MIN)
		return false;
	if (fast_lxid != MyProcLxid)
	{
		fast_lxid = MyProcLxid;
		fast_attempts = 0;
	}
	if (fast_attempts >= HH_FAST_MAX_PER_XACT)
		return false;
	if (fast_miss_backoff > 0 && fast_miss_rule == rule->rule_id)
	{
		fast_miss_backoff--;
		return false;
	}
	for (int i = 0; i < n; i++)
		if (d[i]->dm < 0 || d[i]->dh < 0)
			return false;
	return true;
}

/*
 * Insert the counter rows of households that have none yet, in a
 * subtransaction.  Returns false, having changed nothing, if one of them
 * already has a row; any other error is raised.  SPI is connected.
 */
static bool
insert_new_households(RuleInfo *rule, Datum *values)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	bool		done = true;

	fast_attempts++;
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		rules_spi_exec(RULES_SQL_HOUSEHOLDS_INSERT, values, NULL, false, 0);
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
		/* nothing this transaction remembers was made in there */
		fast_in_subxact = true;
		RollbackAndReleaseCurrentSubTransaction();
		fast_in_subxact = false;
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (edata->sqlerrcode != ERRCODE_UNIQUE_VIOLATION)
			ReThrowError(edata);
		FreeErrorData(edata);
		fast_miss_rule = rule->rule_id;
		fast_miss_backoff = HH_FAST_BACKOFF;
		done = false;
	}
	PG_END_TRY();
	return done;
}

/*
 * The counts the upsert returned (SPI's result): noted in the track,
 * households with more than one head appended to *many, the households
 * left empty to empty[] (in caller); returns how many are empty.
 */
static int
upsert_results(HeadTrack *track, List **many, char **empty,
			   MemoryContext caller)
{
	int			nempty = 0;

	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *h = SPI_getvalue(tup, desc, 1);
		int			members = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
		int			heads = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
		MemoryContext old;

		hh_track_note(track, h, members > 0 && heads != 1);
		old = MemoryContextSwitchTo(caller);
		if (heads > 1)
			*many = lappend(*many, psprintf("%s\t%d\t%d", h, members, heads));
		if (members <= 0 && heads <= 0)
			empty[nempty++] = pstrdup(h);
		MemoryContextSwitchTo(old);
	}
	return nempty;
}

/*
 * Apply one chunk of households' net changes: one upsert, then one delete
 * of the counter rows left empty.  Households with more than one head are
 * appended to *many (as "household\tmembers\theads").
 */
static void
apply_chunk(RuleInfo *rule, HHDelta **d, int n, HeadTrack *track, List **many)
{
	char	  **hh = palloc(sizeof(char *) * n);
	int32	   *dm = palloc(sizeof(int32) * n);
	int32	   *dh = palloc(sizeof(int32) * n);
	char	  **empty = palloc(sizeof(char *) * n);
	int			nempty;
	Datum		values[4];
	RulesRaised raised;
	MemoryContext caller = CurrentMemoryContext;

	for (int i = 0; i < n; i++)
	{
		hh[i] = (char *) d[i]->key.s;
		dm[i] = d[i]->dm;
		dh[i] = d[i]->dh;
	}
	values[0] = Int32GetDatum(rule->rule_id);
	if (n == 1)
	{
		values[1] = CStringGetTextDatum(hh[0]);
		values[2] = Int32GetDatum(dm[0]);
		values[3] = Int32GetDatum(dh[0]);
	}
	else
	{
		values[1] = rules_text_array(hh, n);
		values[2] = rules_int4_array(dm, n);
		values[3] = rules_int4_array(dh, n);
	}

	rules_spi_begin(&raised);
	if (fast_insert_allowed(rule, d, n) && insert_new_households(rule, values))
	{
		/* the counts are the statement's own */
		MemoryContext old = MemoryContextSwitchTo(caller);

		for (int i = 0; i < n; i++)
		{
			hh_track_note(track, hh[i], dm[i] > 0 && dh[i] != 1);
			if (dh[i] > 1)
				*many = lappend(*many, psprintf("%s\t%d\t%d", hh[i], dm[i], dh[i]));
		}
		MemoryContextSwitchTo(old);
		rules_spi_end(&raised);
		return;
	}
	rules_spi_exec(n == 1 ? RULES_SQL_HOUSEHOLD_ADD : RULES_SQL_HOUSEHOLDS_ADD, values, NULL, false, 0);
	nempty = upsert_results(track, many, empty, caller);
	if (nempty > 0)
	{
		values[1] = rules_text_array(empty, nempty);
		rules_spi_exec(RULES_SQL_HOUSEHOLDS_DELETE, values, NULL, false, 0);
	}
	rules_spi_end(&raised);
}

static int
line_cmp(const ListCell *a, const ListCell *b)
{
	return strcmp(lfirst(a), lfirst(b));
}

/* Rows in the statement's transition tables. */
static int64
transition_rows(TriggerData *trigdata)
{
	int64		n = 0;

	if (trigdata->tg_oldtable)
		n += tuplestore_tuple_count(trigdata->tg_oldtable);
	if (trigdata->tg_newtable)
		n += tuplestore_tuple_count(trigdata->tg_newtable);
	return n;
}

/*
 * The statement's net change per household, in household order, the
 * changes that cancel out left out; *n of them.  Everything is allocated
 * in keycxt.
 */
static HHDelta **
statement_sums(RuleInfo *rule, TriggerData *trigdata, MemoryContext keycxt,
			   int *n)
{
	Relation	rel = trigdata->tg_relation;
	HASHCTL		ctl;
	HTAB	   *sums;
	HASH_SEQ_STATUS status;
	HHDelta    *e;
	HHDelta   **d;

	ctl.keysize = sizeof(HHKey);
	ctl.entrysize = sizeof(HHDelta);
	ctl.hash = hhkey_hash;
	ctl.match = hhkey_match;
	ctl.hcxt = keycxt;
	/* sized for the statement: one-row statements are the common case */
	sums = hash_create("population_rules household sums",
					   Max(16, Min(transition_rows(trigdata), 1024)), &ctl,
					   HASH_ELEM | HASH_FUNCTION | HASH_COMPARE | HASH_CONTEXT);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		sum_rows(rule, rel, trigdata->tg_oldtable, -1, sums, keycxt);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		sum_rows(rule, rel, trigdata->tg_newtable, 1, sums, keycxt);

	d = MemoryContextAlloc(keycxt, sizeof(HHDelta *) * Max(hash_get_num_entries(sums), 1));
	*n = 0;
	hash_seq_init(&status, sums);
	while ((e = hash_seq_search(&status)) != NULL)
		if (e->dm != 0 || e->dh != 0)
			d[(*n)++] = e;
	if (*n > 1)
		qsort(d, *n, sizeof(HHDelta *), hhdelta_cmp);
	return d;
}

/*
 * AFTER INSERT / UPDATE / DELETE FOR EACH STATEMENT, with the statement's
 * transition tables: the net change of each household, applied in
 * household order (so concurrent writers lock counter rows in one order),
 * then "at most one head" on the counts the upsert returned.
 */
Datum
household_head_changes(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	RuleInfo   *rule;
	HHDelta   **d;
	int			n;
	List	   *many = NIL;
	ListCell   *lc;
	HeadTrack  *track;
	MemoryContext keycxt;

	rules_check_statement_trigger(fcinfo, "household_head_changes");
	rule = rules_get(trigdata, RULE_HOUSEHOLD_HEAD);
	rules_require_set_based(rule, trigdata->tg_relation);

	keycxt = AllocSetContextCreate(CurrentMemoryContext, "population_rules households",
								   ALLOCSET_DEFAULT_SIZES);
	d = statement_sums(rule, trigdata, keycxt, &n);
	if (n == 0)
	{
		MemoryContextDelete(keycxt);
		return PointerGetDatum(NULL);
	}

	track = hh_track_get(rule->rule_id, true);
	for (int i = 0; i < n; i += HH_CHUNK)
		apply_chunk(rule, d + i, Min(HH_CHUNK, n - i), track, &many);
	MemoryContextDelete(keycxt);

	/*
	 * The commit check's event is queued by the first row of a transaction
	 * and fires at commit, after this trigger.  But once it has fired
	 * (SET CONSTRAINTS ... IMMEDIATE), the event a row of this statement
	 * queued has already fired at this statement's end, before this trigger
	 * (row events come first): it saw none of this statement's counts, and
	 * nothing is queued any more.  Check here instead, as it would have.
	 */
	if (track->check_ran && !hh_pending_has(rule->rule_id) &&
		hh_track_needs_check(rule->rule_id))
		hh_check_households(rule, false);

	list_sort(many, line_cmp);
	foreach(lc, many)
		hh_report_household_line(rule, lfirst(lc));
	return PointerGetDatum(NULL);
}

