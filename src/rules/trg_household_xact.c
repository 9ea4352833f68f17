/*-------------------------------------------------------------------------
 *
 * trg_household_xact.c
 *	  What a transaction remembers for the household-head rule, and what
 *	  happens at its end: per rule, the households the set-based path left
 *	  bad (tracks), the rules whose commit check is queued (pending), and
 *	  the transaction and subtransaction callbacks that keep both right.
 *	  household_head_pending is the WHEN clause of the commit check.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "utils/memutils.h"

#include "nls.h"
#include "rules/trg_household.h"

PG_FUNCTION_INFO_V1(household_head_pending);

/* ---- what the commit check needs to look at, per transaction ---- */

#define TRACK_KEYLEN 64
#define TRACK_MAX_BAD 10000


static HeadTrack *tracks = NULL;
static int	ntracks = 0;
static int	maxtracks = 0;
static LocalTransactionId tracks_lxid = InvalidLocalTransactionId;
static MemoryContext tracks_cxt = NULL;

HeadTrack *
hh_track_get(int32 rule_id, bool create)
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
	hh_register_callbacks();
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

void
hh_track_uncertain(int32 rule_id)
{
	hh_track_get(rule_id, true)->uncertain = true;
}

/* Remember a household's counts as the upsert returned them. */
void
hh_track_note(HeadTrack *t, const char *household, bool bad)
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
bool
hh_track_needs_check(int32 rule_id)
{
	HeadTrack  *t = hh_track_get(rule_id, false);

	/* no change reached a household of this rule in this transaction */
	if (t == NULL)
		return false;
	return t->uncertain || hash_get_num_entries(t->bad) > 0;
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

static void pending_reset_if_new_xact(void);

static void
pending_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						 SubTransactionId parentSubid, void *arg)
{
	hh_buffer_subxact(event, mySubid, parentSubid);
	/* counts remembered from the rolled-back part no longer hold */
	if (event == SUBXACT_EVENT_ABORT_SUB && tracks_lxid == MyProcLxid &&
		!derived_fast_in_subxact())
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
		if (!hh_track_needs_check(pending[i].rule_id))
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

void
hh_register_callbacks(void)
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

bool
hh_pending_has(int32 rule_id)
{
	pending_reset_if_new_xact();
	for (int i = 0; i < npending; i++)
		if (pending[i].rule_id == rule_id)
			return true;
	return false;
}

void
hh_pending_remove(int32 rule_id)
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

	hh_register_callbacks();
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

