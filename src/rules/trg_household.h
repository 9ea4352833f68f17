/*-------------------------------------------------------------------------
 *
 * trg_household.h
 *	  Shared declarations of the household-head rule's files:
 *
 *	  trg_household_read.c   a row's household; is it a living head
 *	  trg_household_row.c    the row path (partitioned tables) and its
 *	                         count buffer
 *	  trg_household_stmt.c   the set-based path (statement triggers with
 *	                         transition tables)
 *	  trg_household_check.c  the statement and commit checks, the reports
 *	  trg_household_xact.c   what a transaction remembers (tracks, pending
 *	                         commit checks) and its callbacks
 *	  (placement_scope.c     on a Citus node, the counters of each shard
 *	                         placement: found, or counted at its first write)
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
 *
 *-------------------------------------------------------------------------
 */
#ifndef POPULATION_RULES_TRG_HOUSEHOLD_H
#define POPULATION_RULES_TRG_HOUSEHOLD_H

#include "access/xact.h"
#include "rules/rules.h"
#include "utils/hsearch.h"

#define COL_HOUSEHOLD 0
#define COL_HEAD 1
#define COL_DEATH 2

/*
 * The longest household value the rule counts, in bytes: a household is a
 * key of the counter table's btree, whose entries PostgreSQL caps at about
 * 2.7 kB, and an identifier, not a document.
 */
#define HH_MAX_KEY_BYTES 1024

/* trg_household_read.c */
/* A row's household and its contribution to the counts. */
typedef struct Contribution
{
	char	   *household;		/* NULL: no household, nothing counted */
	int			member;
	int			head;
} Contribution;

extern bool hh_read_contribution(RuleInfo *rule, TupleTableSlot *slot,
								 char *numbuf, const char **household,
								 int *len, int *member, int *head);
extern Contribution hh_contribution(RuleInfo *rule, TupleTableSlot *slot);

/* trg_household_row.c: the count buffer of the row path */
extern void hh_buffer_flush(void);
extern void hh_buffer_subxact(SubXactEvent event, SubTransactionId mySubid,
							  SubTransactionId parentSubid);

/* trg_household_check.c */
extern void hh_report_household_line(RuleInfo *rule, char *line);
extern void hh_check_households(RuleInfo *rule, bool many);

/* trg_household_xact.c */
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
typedef struct HeadTrack
{
	int32		rule_id;
	bool		uncertain;
	bool		check_ran;		/* the commit check fired in this transaction */
	HTAB	   *bad;			/* household (NUL-padded) -> present */
} HeadTrack;

extern HeadTrack *hh_track_get(int32 rule_id, bool create);
extern void hh_track_uncertain(int32 rule_id);
extern void hh_track_note(HeadTrack *t, const char *household, bool bad);
extern bool hh_track_needs_check(int32 rule_id);
extern bool hh_pending_has(int32 rule_id);
extern void hh_pending_remove(int32 rule_id);
extern void hh_register_callbacks(void);

#endif							/* POPULATION_RULES_TRG_HOUSEHOLD_H */
