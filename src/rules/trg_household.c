/*-------------------------------------------------------------------------
 *
 * trg_household.c
 *	  The household-head rule: at most one living head per household at the
 *	  end of every statement, exactly one for every household with living
 *	  members at commit.
 *
 * On a plain table, the triggers of a rule are:
 *   - household_head_changes, AFTER INSERT / UPDATE / DELETE FOR EACH
 *     STATEMENT with transition tables (one trigger per event): sums the
 *     statement's changes per household in C, then adds them to
 *     population_rules.household_heads with one upsert per chunk of
 *     households, in household order.  Each upsert takes the household's
 *     counter row lock until commit, so two transactions changing one
 *     household are serialized: the second one sees the first one's counts
 *     (READ COMMITTED) or fails to serialize (REPEATABLE READ, SERIALIZABLE).
 *     The upsert returns the counts as they are at the statement's end (one
 *     upsert per household, under its lock), so "at most one head" is
 *     checked on what it returns, with no further query.
 *   - household_head_commit_check, a DEFERRABLE INITIALLY DEFERRED
 *     constraint trigger: any household this transaction wrote that has
 *     living members and not exactly one living head.  Its WHEN clause,
 *     household_head_pending(rule), queues it once per transaction, not
 *     once per row, so a 10-million-row load queues one event.  The counts
 *     each upsert returned are remembered per transaction: when none of
 *     the households it wrote was left bad (and no subtransaction rolled
 *     back), the check has nothing to look up.
 *
 * On a partitioned table (or a partition), statement triggers would not see
 * rows written into a partition directly, so the rule uses row triggers,
 * which are cloned to every partition, present and future:
 *   - household_head_trigger, AFTER INSERT/UPDATE/DELETE FOR EACH ROW: adds
 *     the row's contribution to its household's counts (coalesced over
 *     consecutive rows of one household);
 *   - household_head_statement_check, AFTER INSERT/UPDATE STATEMENT: any
 *     household this transaction wrote that has more than one head;
 *   - the same commit check, which then always looks.
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
#include "utils/resowner.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "common/hashfn.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "nls.h"
#include "rules/rules.h"
#include "vntext/vntext.h"

#define COL_HOUSEHOLD 0
#define COL_HEAD 1
#define COL_DEATH 2

PG_FUNCTION_INFO_V1(household_head_trigger);
PG_FUNCTION_INFO_V1(household_head_changes);
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

	if (st == VN_ERR_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("relation to household head is too long"),
				 errdetail("The relation value has %zu bytes; the accent-free comparison reads at most %d.",
						   strlen(s), VN_MAX_INPUT_BYTES),
				 errhint("Store the relation of the member to the head (such as \"con\" or \"chủ hộ\"), not a document.")));
	if (st != VN_OK)
		ereport(ERROR,
				(errcode(st == VN_ERR_BAD_UTF8 ? ERRCODE_CHARACTER_NOT_IN_REPERTOIRE :
						 ERRCODE_INTERNAL_ERROR),
				 errmsg("relation to household head cannot be read"),
				 st == VN_ERR_BAD_UTF8 ?
				 errdetail("The relation value is not valid UTF-8.") :
				 errdetail("The Vietnamese text core failed on the relation value (status %d).", (int) st),
				 st == VN_ERR_BAD_UTF8 ?
				 errhint("Store the relation as UTF-8 text.") :
				 errhint("Check the ICU library the server runs with: SELECT population_rules.vn_icu_version().")));
	r = pstrdup(out.data);
	vn_text_free(&out);
	return r;
}

/*
 * Is a relation value (len bytes, not NUL-terminated) the head, comparing
 * accent-free keys?
 */
static bool
relation_is_head(RuleInfo *rule, const char *value, int len)
{
	bool		result;
	char	   *k;
	char	   *copy;
	int			slot;

	/* Relation values repeat: keep the last 16 answers. */
	for (int i = 0; i < rule->nheadcache; i++)
		if (rule->headcache_len[i] == len &&
			memcmp(rule->headcache_text[i], value, len) == 0)
			return rule->headcache_val[i];
	copy = pnstrdup(value, len);
	k = rules_unaccent_key(copy);
	result = (rule->head_key != NULL && strcmp(k, rule->head_key) == 0);
	pfree(k);
	pfree(copy);
	if (len < 64)
	{
		if (rule->nheadcache < 16)
			slot = rule->nheadcache++;
		else
		{
			slot = (int) (random() % 16);
			pfree(rule->headcache_text[slot]);
		}
		rule->headcache_text[slot] = MemoryContextAlloc(rule->cxt, len + 1);
		memcpy(rule->headcache_text[slot], value, len);
		rule->headcache_text[slot][len] = '\0';
		rule->headcache_len[slot] = len;
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

/*
 * A row's household (as the text stored in household_heads) and whether
 * it is a living member and a living head.  For text columns *household
 * points into the slot's row (valid while the slot holds it), with its
 * length in *len; other types are converted through their output function.
 */
static bool
read_contribution(RuleInfo *rule, TupleTableSlot *slot, char *numbuf,
				  const char **household, int *len, int *member, int *head)
{
	bool		isnull;
	Datum		v;
	bool		alive = true;
	bool		is_head = false;
	Oid			hhtype = rule->coltypes[COL_HOUSEHOLD];

	v = slot_getattr(slot, rule->attnums[COL_HOUSEHOLD], &isnull);
	if (isnull)
		return false;
	if (hhtype == TEXTOID || hhtype == VARCHAROID)
	{
		text	   *t = DatumGetTextPP(v);

		*household = VARDATA_ANY(t);
		*len = VARSIZE_ANY_EXHDR(t);
	}
	else if (hhtype == INT8OID || hhtype == INT4OID || hhtype == INT2OID)
	{
		/* what int8out / int4out / int2out write */
		*len = pg_lltoa(hhtype == INT8OID ? DatumGetInt64(v) :
						hhtype == INT4OID ? DatumGetInt32(v) : DatumGetInt16(v),
						numbuf);
		*household = numbuf;
	}
	else
	{
		*household = datum_text(hhtype, v);
		*len = strlen(*household);
	}

	if (rule->attnums[COL_DEATH] != 0)
	{
		(void) slot_getattr(slot, rule->attnums[COL_DEATH], &isnull);
		alive = isnull;
	}
	v = slot_getattr(slot, rule->attnums[COL_HEAD], &isnull);
	if (!isnull)
	{
		Oid			headtype = rule->coltypes[COL_HEAD];

		if (headtype == BOOLOID)
			is_head = DatumGetBool(v);
		else if (headtype == TEXTOID || headtype == VARCHAROID)
		{
			text	   *t = DatumGetTextPP(v);

			is_head = relation_is_head(rule, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		}
		else
		{
			char	   *s = datum_text(headtype, v);

			is_head = relation_is_head(rule, s, strlen(s));
			pfree(s);
		}
	}
	*member = alive ? 1 : 0;
	*head = (alive && is_head) ? 1 : 0;
	return true;
}

static Contribution
contribution(RuleInfo *rule, TupleTableSlot *slot)
{
	Contribution c = {NULL, 0, 0};
	const char *hh;
	int			len;
	char		numbuf[MAXINT8LEN + 1];

	if (read_contribution(rule, slot, numbuf, &hh, &len, &c.member, &c.head))
		c.household = pnstrdup(hh, len);
	return c;
}

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

static void register_callbacks(void);
static void track_uncertain(int32 rule_id);
static void pending_reset_if_new_xact(void);
static bool pending_has(int32 rule_id);

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
	register_callbacks();
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
	buffer_flush();
	countbuf.household = MemoryContextStrdup(TopMemoryContext, household);
	countbuf.rule_id = rule_id;
	countbuf.dm = dm;
	countbuf.dh = dh;
	countbuf.subid = GetCurrentSubTransactionId();
	countbuf.lxid = MyProcLxid;
	countbuf.valid = true;
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
	track_uncertain(rule->rule_id);
	if (TRIGGER_FIRED_BY_INSERT(ev))
		newc = contribution(rule, trigdata->tg_trigslot);
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		oldc = contribution(rule, trigdata->tg_trigslot);
	else
	{
		oldc = contribution(rule, trigdata->tg_trigslot);
		newc = contribution(rule, trigdata->tg_newslot);
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
static void
report_household_line(RuleInfo *rule, char *line)
{
	char	   *tab2 = strrchr(line, '\t');
	char	   *tab1;

	*tab2 = '\0';
	tab1 = strrchr(line, '\t');
	*tab1 = '\0';
	report_household(rule, line, atoi(tab1 + 1), atoi(tab2 + 1));
}

/*
 * Report every household written by this transaction that a partial index
 * lists as bad.  many = more than one head (statement end); otherwise
 * members without exactly one head (commit).
 */
static void
check_households(RuleInfo *rule, bool many)
{
	Datum		arg;
	RulesRaised raised;
	List	   *found = NIL;
	MemoryContext caller = CurrentMemoryContext;
	ListCell   *lc;

	buffer_flush();
	arg = Int32GetDatum(rule->rule_id);
	rules_spi_begin(&raised);
	/*
	 * Not read-only: SPI then takes a fresh snapshot after a command counter
	 * increment, so the counts written by this statement's row triggers are
	 * seen even when this check fires right at the statement's end.
	 */
	rules_spi_exec(many ? RULES_SQL_HOUSEHOLDS_MANY_HEADS : RULES_SQL_HOUSEHOLDS_BAD, &arg, NULL, false, 0);
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
	rules_spi_end(&raised);
	foreach(lc, found)
		report_household_line(rule, lfirst(lc));
}

Datum
household_head_statement_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	rules_check_trigger(fcinfo, "household_head_statement_check");
	check_households(rules_get(trigdata, RULE_HOUSEHOLD_HEAD), true);
	return PointerGetDatum(NULL);
}


/* ---- what the commit check needs to look at, per transaction ---- */

/*
 * Per rule, the households written by this transaction whose counts, as
 * the set-based trigger's upsert last returned them (under the counter
 * row's lock, held until commit), are bad: living members and not exactly
 * one living head.  When a rule's set is empty at commit, no household
 * this transaction wrote can be bad and the commit check has nothing to
 * look up.  "uncertain" means some change went another way (the row path
 * of partitioned tables, a rolled-back subtransaction, a household key too
 * long or too many bad households to remember): the check then queries the
 * counter table as it always did.
 */
#define TRACK_KEYLEN 64
#define TRACK_MAX_BAD 10000

typedef struct HeadTrack
{
	int32		rule_id;
	bool		uncertain;
	bool		check_ran;		/* the commit check fired in this transaction */
	HTAB	   *bad;			/* household (NUL-padded) -> present */
} HeadTrack;

static HeadTrack *tracks = NULL;
static int	ntracks = 0;
static int	maxtracks = 0;
static LocalTransactionId tracks_lxid = InvalidLocalTransactionId;
static MemoryContext tracks_cxt = NULL;

static HeadTrack *
track_get(int32 rule_id, bool create)
{
	HASHCTL		ctl;
	HeadTrack  *t;

	if (tracks_lxid != MyProcLxid)
	{
		if (tracks_cxt == NULL)
			tracks_cxt = AllocSetContextCreate(TopMemoryContext,
											   "population_rules household tracks",
											   ALLOCSET_SMALL_SIZES);
		MemoryContextReset(tracks_cxt);
		tracks = NULL;
		ntracks = maxtracks = 0;
		tracks_lxid = MyProcLxid;
	}
	for (int i = 0; i < ntracks; i++)
		if (tracks[i].rule_id == rule_id)
			return &tracks[i];
	if (!create)
		return NULL;
	register_callbacks();
	if (ntracks == maxtracks)
	{
		maxtracks = maxtracks ? maxtracks * 2 : 4;
		tracks = tracks ? repalloc(tracks, maxtracks * sizeof(HeadTrack)) :
			MemoryContextAlloc(tracks_cxt, maxtracks * sizeof(HeadTrack));
	}
	t = &tracks[ntracks++];
	t->rule_id = rule_id;
	t->uncertain = false;
	t->check_ran = false;
	ctl.keysize = TRACK_KEYLEN;
	ctl.entrysize = TRACK_KEYLEN;
	ctl.hcxt = tracks_cxt;
	t->bad = hash_create("population_rules bad households", 16, &ctl,
						 HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	return t;
}

static void
track_uncertain(int32 rule_id)
{
	track_get(rule_id, true)->uncertain = true;
}

/* Remember a household's counts as the upsert returned them. */
static void
track_note(HeadTrack *t, const char *household, bool bad)
{
	char		key[TRACK_KEYLEN];

	if (t->uncertain)
		return;
	if (strlen(household) >= TRACK_KEYLEN)
	{
		t->uncertain = true;
		return;
	}
	memset(key, 0, sizeof(key));
	strcpy(key, household);
	if (!bad)
		hash_search(t->bad, key, HASH_REMOVE, NULL);
	else if (hash_get_num_entries(t->bad) >= TRACK_MAX_BAD)
		t->uncertain = true;
	else
		hash_search(t->bad, key, HASH_ENTER, NULL);
}

/* Does the commit check need to query the counter table? */
static bool
track_needs_check(int32 rule_id)
{
	HeadTrack  *t = track_get(rule_id, false);

	/* no change reached a household of this rule in this transaction */
	if (t == NULL)
		return false;
	return t->uncertain || hash_get_num_entries(t->bad) > 0;
}

/* ---- the set-based path: statement triggers with transition tables ---- */

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

		if (read_contribution(rule, slot, numbuf, &hh, &len, &member, &head))
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
	int			nempty = 0;
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
			track_note(track, hh[i], dm[i] > 0 && dh[i] != 1);
			if (dh[i] > 1)
				*many = lappend(*many, psprintf("%s\t%d\t%d", hh[i], dm[i], dh[i]));
		}
		MemoryContextSwitchTo(old);
		rules_spi_end(&raised);
		return;
	}
	rules_spi_exec(n == 1 ? RULES_SQL_HOUSEHOLD_ADD : RULES_SQL_HOUSEHOLDS_ADD, values, NULL, false, 0);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *h = SPI_getvalue(tup, desc, 1);
		int			members = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
		int			heads = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
		MemoryContext old;

		track_note(track, h, members > 0 && heads != 1);
		old = MemoryContextSwitchTo(caller);
		if (heads > 1)
			*many = lappend(*many, psprintf("%s\t%d\t%d", h, members, heads));
		if (members <= 0 && heads <= 0)
			empty[nempty++] = pstrdup(h);
		MemoryContextSwitchTo(old);
	}
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
 * AFTER INSERT / UPDATE / DELETE FOR EACH STATEMENT, with the statement's
 * transition tables: the net change of each household, applied in
 * household order (so concurrent writers lock counter rows in one order),
 * then "at most one head" on the counts the upsert returned.
 */
Datum
household_head_changes(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	RuleInfo   *rule;
	HASHCTL		ctl;
	HTAB	   *sums;
	HASH_SEQ_STATUS status;
	HHDelta    *e;
	HHDelta   **d;
	int			n = 0;
	List	   *many = NIL;
	ListCell   *lc;
	HeadTrack  *track;
	MemoryContext keycxt;

	rules_check_statement_trigger(fcinfo, "household_head_changes");
	rel = trigdata->tg_relation;
	rule = rules_get(trigdata, RULE_HOUSEHOLD_HEAD);
	if (!rule->set_based)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("rule \"%s\" has statement triggers on \"%s\", which is a partition",
						rule->rule_name, RelationGetRelationName(rel)),
				 errdetail("Rows routed through the partitioned table would not reach a partition's statement triggers."),
				 errhint("Call population_rules.rebuild_rule() for this rule to give it row triggers.")));

	keycxt = AllocSetContextCreate(CurrentMemoryContext, "population_rules households",
								   ALLOCSET_DEFAULT_SIZES);
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
	hash_seq_init(&status, sums);
	while ((e = hash_seq_search(&status)) != NULL)
		if (e->dm != 0 || e->dh != 0)
			d[n++] = e;
	if (n == 0)
	{
		MemoryContextDelete(keycxt);
		return PointerGetDatum(NULL);
	}
	qsort(d, n, sizeof(HHDelta *), hhdelta_cmp);

	track = track_get(rule->rule_id, true);
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
	if (track->check_ran && !pending_has(rule->rule_id) &&
		track_needs_check(rule->rule_id))
		check_households(rule, false);

	list_sort(many, line_cmp);
	foreach(lc, many)
		report_household_line(rule, lfirst(lc));
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
	/* counts remembered from the rolled-back part no longer hold */
	if (event == SUBXACT_EVENT_ABORT_SUB && tracks_lxid == MyProcLxid &&
		!fast_in_subxact)
		for (int i = 0; i < ntracks; i++)
			tracks[i].uncertain = true;
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

/*
 * Just before commit (and PREPARE TRANSACTION), after every deferred
 * trigger has fired: a rule still marked pending had its commit check
 * claimed by household_head_pending() but never queued, which happens only
 * when that function was called outside the rule's WHEN clause (by hand).
 * If the transaction changed households of that rule in a way the check
 * must look at, fail the commit rather than let it pass unchecked: the
 * function is callable by every writer and must not switch a rule off.
 */
static void
pending_xact_callback(XactEvent event, void *arg)
{
	if (event != XACT_EVENT_PRE_COMMIT && event != XACT_EVENT_PRE_PREPARE)
		return;
	pending_reset_if_new_xact();
	for (int i = 0; i < npending; i++)
	{
		if (!track_needs_check(pending[i].rule_id))
			continue;
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("household-head check of rule %d was claimed but never queued",
						pending[i].rule_id),
				 errdetail("population_rules.household_head_pending(%d) was called outside the rule's commit trigger in this transaction, which then changed households of the rule.",
						   pending[i].rule_id),
				 errhint("Do not call household_head_pending() yourself: it is the WHEN clause of the rule's commit check. Repeat the changes without it.")));
	}
}

static void
register_callbacks(void)
{
	if (!callback_registered)
	{
		RegisterSubXactCallback(pending_subxact_callback, NULL);
		RegisterXactCallback(pending_xact_callback, NULL);
		callback_registered = true;
	}
}

static void
pending_reset_if_new_xact(void)
{
	if (pending_lxid != MyProcLxid)
	{
		npending = 0;
		pending_lxid = MyProcLxid;
	}
}

static bool
pending_has(int32 rule_id)
{
	pending_reset_if_new_xact();
	for (int i = 0; i < npending; i++)
		if (pending[i].rule_id == rule_id)
			return true;
	return false;
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

	rules_check_trigger(fcinfo, "household_head_commit_check");
	rule = rules_get(trigdata, RULE_HOUSEHOLD_HEAD);
	/* Changes after this point (SET CONSTRAINTS ... IMMEDIATE) queue again. */
	pending_remove(rule->rule_id);
	track_get(rule->rule_id, true)->check_ran = true;
	if (track_needs_check(rule->rule_id))
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
