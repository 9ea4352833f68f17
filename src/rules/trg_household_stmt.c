/*-------------------------------------------------------------------------
 *
 * trg_household_stmt.c
 *	  The set-based path of the household-head rule (plain tables):
 *	  household_head_changes sums a statement's transition tables per
 *	  household and applies the sums in household order, in chunks, with
 *	  one upsert each (or, for new households, a direct write of their
 *	  counter rows, derived_fast.c); "at most one head" is
 *	  checked on what the upsert returns.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "port/pg_bswap.h"
#include "executor/executor.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "nls.h"
#include "rules/trg_household.h"

PG_FUNCTION_INFO_V1(household_head_changes);

/*
 * A household's net change in one statement.  The sums are kept in one
 * array (HHSums), found by household through an open-addressing table of
 * indexes into it, then sorted in place: no allocation per household but
 * its key's bytes, carved from blocks.
 */
typedef struct HHDelta
{
	uint64		prefix;			/* the key's first 8 bytes, big-endian */
	const char *s;				/* the key, NUL-terminated */
	int			len;
	uint32		hash;
	int			dm;
	int			dh;
} HHDelta;

typedef struct HHSums
{
	HHDelta    *d;				/* the households, in order of appearance */
	int64		n;
	int64		cap;
	uint32	   *slots;			/* index + 1 into d, 0 = empty */
	uint64		mask;			/* number of slots - 1 */
	char	   *block;			/* where the next key is copied */
	Size		block_left;
	MemoryContext cxt;
} HHSums;

/*
 * The byte order of two keys, as strcmp (COLLATE "C"): by their first
 * eight bytes as one number, then by the rest.
 */
static inline int
hhdelta_cmp(const HHDelta *x, const HHDelta *y)
{
	if (x->prefix != y->prefix)
		return x->prefix < y->prefix ? -1 : 1;
	if (x->len <= 8 || y->len <= 8)
		return (x->len > y->len) - (x->len < y->len);
	return strcmp(x->s + 8, y->s + 8);
}

#define ST_SORT hhdelta_sort
#define ST_ELEMENT_TYPE HHDelta
#define ST_COMPARE(a, b) hhdelta_cmp(a, b)
#define ST_SCOPE static
#define ST_CHECK_FOR_INTERRUPTS
#define ST_DEFINE
#include "lib/sort_template.h"

static void
hhsums_init(HHSums *h, int64 rows, MemoryContext cxt)
{
	uint64		nslots = 64;

	/* sized for the statement: one-row statements are the common case */
	while (nslots < (uint64) Min(rows, 1 << 20) * 2)
		nslots <<= 1;
	h->cxt = cxt;
	h->n = 0;
	h->cap = nslots / 2;
	h->d = MemoryContextAllocExtended(cxt, sizeof(HHDelta) * h->cap, MCXT_ALLOC_HUGE);
	h->slots = MemoryContextAllocExtended(cxt, sizeof(uint32) * nslots,
										  MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	h->mask = nslots - 1;
	h->block = NULL;
	h->block_left = 0;
}

/* Twice the slots, the households placed again (by their kept hashes). */
static void
hhsums_grow(HHSums *h)
{
	uint64		nslots = (h->mask + 1) * 2;

	if (nslots / 2 > PG_UINT32_MAX)
		elog(ERROR, "too many households in one statement");
	pfree(h->slots);
	h->slots = MemoryContextAllocExtended(h->cxt, sizeof(uint32) * nslots,
										  MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	h->mask = nslots - 1;
	for (int64 i = 0; i < h->n; i++)
	{
		uint64		j = h->d[i].hash & h->mask;

		while (h->slots[j] != 0)
			j = (j + 1) & h->mask;
		h->slots[j] = (uint32) (i + 1);
	}
	h->cap = nslots / 2;
	h->d = repalloc_huge(h->d, sizeof(HHDelta) * h->cap);
}

/* A copy of a key, NUL-terminated, carved from the current block. */
static char *
hhsums_copy_key(HHSums *h, const char *s, int len)
{
	char	   *copy;

	if (h->block_left < (Size) len + 1)
	{
		Size		size = Max(65536, (Size) len + 1);

		h->block = MemoryContextAlloc(h->cxt, size);
		h->block_left = size;
	}
	copy = h->block;
	memcpy(copy, s, len);
	copy[len] = '\0';
	h->block += len + 1;
	h->block_left -= len + 1;
	return copy;
}

/* The sums of a household, added if new. */
static HHDelta *
hhsums_enter(HHSums *h, const char *s, int len)
{
	uint32		hash = hash_bytes((const unsigned char *) s, len);
	uint64		j;
	HHDelta    *e;
	unsigned char pfx[8] = {0};

	for (j = hash & h->mask; h->slots[j] != 0; j = (j + 1) & h->mask)
	{
		e = &h->d[h->slots[j] - 1];
		if (e->hash == hash && e->len == len && memcmp(e->s, s, len) == 0)
			return e;
	}
	if (h->n >= h->cap)
	{
		hhsums_grow(h);
		for (j = hash & h->mask; h->slots[j] != 0; j = (j + 1) & h->mask)
			;
	}
	e = &h->d[h->n++];
	h->slots[j] = (uint32) h->n;
	e->s = hhsums_copy_key(h, s, len);
	e->len = len;
	e->hash = hash;
	e->dm = 0;
	e->dh = 0;
	memcpy(pfx, s, Min(len, 8));
	e->prefix = pg_bswap64(*(uint64 *) pfx);
	return e;
}

/*
 * Add every row of a transition table to the per-household sums, with
 * sign +1 (new rows) or -1 (old rows).  Consecutive rows of one household
 * (a household book loaded in order) skip the hash lookup.
 */
static void
sum_rows(RuleInfo *rule, Relation rel, Tuplestorestate *ts, int sign,
		 HHSums *sums)
{
	TupleTableSlot *slot = rules_transition_begin(ts, rel);
	MemoryContext rowcxt = AllocSetContextCreate(CurrentMemoryContext,
												 "population_rules row",
												 ALLOCSET_SMALL_SIZES);
	int64		last = -1;

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
			HHDelta    *e;

			if (last >= 0 && sums->d[last].len == len &&
				memcmp(sums->d[last].s, hh, len) == 0)
				e = &sums->d[last];
			else
			{
				e = hhsums_enter(sums, hh, len);
				last = e - sums->d;
			}
			e->dm += sign * member;
			e->dh += sign * head;
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	ExecDropSingleTupleTableSlot(slot);
}

#define HH_CHUNK 50000

/*
 * New households of a large statement are written straight into
 * household_heads (derived_fast.c), their counts being the statement's
 * own; only when no count is negative (a statement that only adds).
 */
static bool
fast_insert_allowed(RuleInfo *rule, HHDelta **d, int n)
{
	if (!derived_fast_allowed(rule->rule_id, n))
		return false;
	for (int i = 0; i < n; i++)
		if (d[i]->dm < 0 || d[i]->dh < 0)
			return false;
	return true;
}

/* The counter rows of new households, for derived_insert_new. */
typedef struct NewHouseholds
{
	int32		scope_id;
	char	  **hh;
	int32	   *dm;
	int32	   *dh;
} NewHouseholds;

static void
fill_household(Datum *values, bool *nulls, int i, void *arg)
{
	NewHouseholds *h = (NewHouseholds *) arg;

	/* rule_id, household, members, heads, checked */
	values[0] = Int32GetDatum(h->scope_id);
	values[1] = CStringGetTextDatum(h->hh[i]);
	values[2] = Int32GetDatum(h->dm[i]);
	values[3] = Int32GetDatum(h->dh[i]);
	values[4] = BoolGetDatum(true);
	memset(nulls, 0, sizeof(bool) * 5);
}

/* Write the counter rows of n new households; false if one has a row. */
static bool
insert_new_households(RuleInfo *rule, char **hh, int32 *dm, int32 *dh, int n)
{
	NewHouseholds h = {rule->scope_id, hh, dm, dh};

	return derived_insert_new(rules_catalog.household_heads, 5, rule->rule_id, n,
							  fill_household, &h);
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
		hh[i] = (char *) d[i]->s;
		dm[i] = d[i]->dm;
		dh[i] = d[i]->dh;
	}
	rules_spi_begin(&raised);
	if (fast_insert_allowed(rule, d, n) && insert_new_households(rule, hh, dm, dh, n))
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
	values[0] = Int32GetDatum(rule->scope_id);
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
	HHSums		sums;
	HHDelta   **d;
	int64		kept = 0;

	hhsums_init(&sums, transition_rows(trigdata), keycxt);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		sum_rows(rule, rel, trigdata->tg_oldtable, -1, &sums);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		sum_rows(rule, rel, trigdata->tg_newtable, 1, &sums);

	/* the table of slots is no longer needed; the sums are sorted in place */
	pfree(sums.slots);
	if (sums.n > 1)
		hhdelta_sort(sums.d, sums.n);
	if (sums.n > INT_MAX / (int64) sizeof(HHDelta *))
		elog(ERROR, "too many households in one statement");
	d = MemoryContextAllocExtended(keycxt, sizeof(HHDelta *) * Max(sums.n, 1),
								   MCXT_ALLOC_HUGE);
	for (int64 i = 0; i < sums.n; i++)
		if (sums.d[i].dm != 0 || sums.d[i].dh != 0)
			d[kept++] = &sums.d[i];
	*n = (int) kept;
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

	/* on a Citus shard: its placement's counters (counted at first write) */
	if (OidIsValid(rule->shard_of))
		rule->scope_id = placement_scope(rule, trigdata->tg_relation);
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

