/*-------------------------------------------------------------------------
 *
 * trg_unique_id.c
 *	  The unique-id rule: AFTER INSERT/UPDATE/DELETE row trigger checking the
 *	  format and structure of a 12-digit personal id and keeping it unique
 *	  across the whole table (every partition) and across concurrent
 *	  transactions.
 *
 * Uniqueness lives in the derived table population_rules.id_keys, whose
 * primary key (rule, slot, key) is the lock: the trigger adds one holder
 * per row with INSERT ... ON CONFLICT DO UPDATE SET n = n + 1, so a second
 * holder waits for the first one's transaction and then either sees n = 2
 * (READ COMMITTED: a duplicate, reported) or fails to serialize
 * (REPEATABLE READ, SERIALIZABLE: 40001, retry).  No advisory locks, so a
 * bulk load takes no more locks than the rows it writes.  The trigger runs
 * AFTER the row is written, so INSERT ... ON CONFLICT on the guarded table,
 * other BEFORE triggers and rows routed to partitions are all seen as they
 * really end up.
 *
 * When the table (the partitioned table itself, for a partitioned table)
 * has its own unique index on exactly the id column, that index already
 * makes the id unique over the whole table, race-free: the rule then keeps
 * no keys of its own for it (options.unique_index names the index) and a
 * duplicate is refused by the index (23505, the index's name as constraint).
 *
 * On a Citus shard (the table distributed by the id: every row of one id
 * in one shard) the keys are those of the shard's placement on this node,
 * under its scope (placement_scope.c), counted at its first write.
 *
 * Columns of the rule: 0 id, 1 legacy 9-digit id, 2 birth date, 3 sex,
 * 4 province of birth registration (0 = not mapped).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "executor/tuptable.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "ident/structure.h"
#include "nls.h"
#include "rules/rules.h"

#define COL_ID 0
#define COL_LEGACY 1
#define COL_BIRTH 2
#define COL_SEX 3
#define COL_PROVINCE 4

PG_FUNCTION_INFO_V1(unique_id_trigger);
PG_FUNCTION_INFO_V1(unique_id_changes);

typedef enum KeyStatus
{
	KEY_NULL,
	KEY_OK,
	KEY_MALFORMED
} KeyStatus;

/* Text of a column value through its type's output function. */
static char *
value_text(Oid type, Datum v)
{
	Oid			out;
	bool		varlena;

	getTypeOutputInfo(type, &out, &varlena);
	return OidOutputFunctionCall(out, v);
}

/*
 * The numeric key of an id column: 12 digits (or 9 for the legacy id),
 * from text-like columns, bigint / integer columns and the extension's own
 * types (stored by value as int64 / int32).  *raw gets the value's text
 * when it is malformed.
 */
static KeyStatus
column_key(RuleInfo *rule, TupleTableSlot *slot, int idx, int64 *key, char **raw)
{
	bool		isnull;
	Datum		v;
	Oid			type = rule->coltypes[idx];
	bool		legacy = (idx == COL_LEGACY);
	int64		max = legacy ? INT64CONST(999999999) : INT64CONST(999999999999);
	const char *s;
	size_t		len;

	v = slot_getattr(slot, rule->attnums[idx], &isnull);
	if (isnull)
		return KEY_NULL;

	if (type == TEXTOID || type == VARCHAROID || type == BPCHAROID)
	{
		text	   *t = DatumGetTextPP(v);

		s = VARDATA_ANY(t);
		len = VARSIZE_ANY_EXHDR(t);
		if (type == BPCHAROID)
			while (len > 0 && s[len - 1] == ' ')
				len--;
	}
	else if (type == INT8OID || type == INT4OID)
	{
		int64		k = (type == INT8OID) ? DatumGetInt64(v) : DatumGetInt32(v);

		if (k < 0 || k > max)
		{
			*raw = psprintf(INT64_FORMAT, k);
			return KEY_MALFORMED;
		}
		*key = k;
		return KEY_OK;
	}
	else if (get_typbyval(type) && (get_typlen(type) == 8 || get_typlen(type) == 4))
	{
		/* The extension's id types are passed by value: 8 bytes / 4 bytes. */
		*key = get_typlen(type) == 8 ? DatumGetInt64(v) : DatumGetInt32(v);
		if (*key >= 0 && *key <= max)
			return KEY_OK;
		*raw = value_text(type, v);
		return KEY_MALFORMED;
	}
	else
	{
		s = value_text(type, v);
		len = strlen(s);
	}

	if (!legacy && ident_parse_pid_exact(s, len, key))
		return KEY_OK;
	if (legacy)
	{
		int32		k32;

		if (ident_parse_cmnd_exact(s, len, &k32))
		{
			*key = k32;
			return KEY_OK;
		}
	}
	*raw = pnstrdup(s, len);
	return KEY_MALFORMED;
}

/* Birth year from a date, timestamp, integer or text column; -1 if unknown. */
static int
birth_year_of(RuleInfo *rule, TupleTableSlot *slot)
{
	bool		isnull;
	Datum		v;
	Oid			type = rule->coltypes[COL_BIRTH];

	if (rule->attnums[COL_BIRTH] == 0)
		return -1;
	v = slot_getattr(slot, rule->attnums[COL_BIRTH], &isnull);
	if (isnull)
		return -1;
	switch (type)
	{
		case DATEOID:
			{
				DateADT		d = DatumGetDateADT(v);
				int			y,
							m,
							dd;

				if (DATE_NOT_FINITE(d))
					return -1;
				j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
				return y;
			}
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			{
				struct pg_tm tm;
				fsec_t		fsec;

				int			tz;

				/* a timestamptz is a birth date in the session's time zone */
				if (TIMESTAMP_NOT_FINITE(DatumGetTimestamp(v)) ||
					timestamp2tm(DatumGetTimestamp(v),
								 type == TIMESTAMPTZOID ? &tz : NULL,
								 &tm, &fsec, NULL, NULL) != 0)
					return -1;
				return tm.tm_year;
			}
		case INT2OID:
			return DatumGetInt16(v);
		case INT4OID:
			return DatumGetInt32(v);
		default:
			{
				char	   *s = value_text(type, v);

				if (strlen(s) >= 4 && isdigit((unsigned char) s[0]) &&
					isdigit((unsigned char) s[1]) && isdigit((unsigned char) s[2]) &&
					isdigit((unsigned char) s[3]))
					return (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
						(s[2] - '0') * 10 + (s[3] - '0');
				return -1;
			}
	}
}

/*
 * Text of a mapped column: points into the row for text columns, else the
 * type's output; false when not mapped or NULL.
 */
static bool
mapped_value(RuleInfo *rule, TupleTableSlot *slot, int idx, const char **s,
			 size_t *len)
{
	bool		isnull;
	Datum		v;
	Oid			type = rule->coltypes[idx];

	if (rule->attnums[idx] == 0)
		return false;
	v = slot_getattr(slot, rule->attnums[idx], &isnull);
	if (isnull)
		return false;
	if (type == TEXTOID || type == VARCHAROID)
	{
		text	   *t = DatumGetTextPP(v);

		*s = VARDATA_ANY(t);
		*len = VARSIZE_ANY_EXHDR(t);
	}
	else
	{
		*s = value_text(type, v);
		*len = strlen(*s);
	}
	return true;
}

/* Did any of the rule's columns change between two versions of a row? */
static bool
rule_columns_changed(RuleInfo *rule, Relation rel, TupleTableSlot *oldslot,
					 TupleTableSlot *newslot, int from, int to)
{
	TupleDesc	desc = RelationGetDescr(rel);

	for (int i = from; i <= to && i < rule->ncols; i++)
	{
		Form_pg_attribute att;
		bool		n1,
					n2;
		Datum		v1,
					v2;

		if (rule->attnums[i] == 0)
			continue;
		att = TupleDescAttr(desc, rule->attnums[i] - 1);
		v1 = slot_getattr(oldslot, rule->attnums[i], &n1);
		v2 = slot_getattr(newslot, rule->attnums[i], &n2);
		if (n1 != n2)
			return true;
		if (!n1 && !datumIsEqual(v1, v2, att->attbyval, att->attlen))
			return true;
	}
	return false;
}

/* A row's key for messages, computed only when something is reported. */
typedef struct RowRef
{
	RuleInfo   *rule;
	Relation	rel;
	TupleTableSlot *slot;
	char	   *key;
	bool		done;
} RowRef;

static const char *
rowref_key(RowRef *rr)
{
	if (!rr->done)
	{
		rr->key = rules_row_key(rr->rule, rr->rel, rr->slot);
		rr->done = true;
	}
	return rr->key;
}

/*
 * "Value (col)=(raw) [of row (pk)=(...)] is not N digits.": the detail of a
 * malformed id; want is 12 or 9.
 */
static char *
malformed_detail(const char *col, const char *raw, const char *row, int want)
{
	if (row)
		return want == 12 ?
			psprintf(_("Value (%s)=(%s) of row %s is not 12 digits."), col, raw, row) :
			psprintf(_("Value (%s)=(%s) of row %s is not 9 digits."), col, raw, row);
	return want == 12 ?
		psprintf(_("Value (%s)=(%s) is not 12 digits."), col, raw) :
		psprintf(_("Value (%s)=(%s) is not 9 digits."), col, raw);
}

/*
 * The detail of a key held twice: the key, the new row when the table has a
 * primary key, and the row that already holds the key when it is known.  A
 * personal id is "already held"; a reused legacy id is "also held".
 */
static char *
held_detail(const char *col, const char *value, const char *row,
			const char *holder, bool legacy)
{
	if (legacy)
	{
		if (row && holder)
			return psprintf(_("Key (%s)=(%s) of row %s is also held by row %s."),
							col, value, row, holder);
		if (row)
			return psprintf(_("Key (%s)=(%s) of row %s is also held by another row."),
							col, value, row);
		if (holder)
			return psprintf(_("Key (%s)=(%s) is also held by row %s."),
							col, value, holder);
		return psprintf(_("Key (%s)=(%s) is also held by another row."), col, value);
	}
	if (row && holder)
		return psprintf(_("Key (%s)=(%s) of row %s is already held by row %s."),
						col, value, row, holder);
	if (row)
		return psprintf(_("Key (%s)=(%s) of row %s is already held by another row."),
						col, value, row);
	if (holder)
		return psprintf(_("Key (%s)=(%s) is already held by row %s."),
						col, value, holder);
	return psprintf(_("Key (%s)=(%s) is already held by another row."), col, value);
}

/*
 * The message and hint of a duplicate personal id, also given to a
 * duplicate the rule's unique index refuses (unique_index_errors.c).
 */
char *
unique_id_duplicate_message(const char *table_name)
{
	return psprintf(_("duplicate personal id number in table \"%s\""), table_name);
}

char *
unique_id_duplicate_hint(void)
{
	return pstrdup(_("A personal id number belongs to one person for life: correct the number, or update the existing person's row instead of adding a second one."));
}

/* Report a personal id held by another row of the rule's table. */
static void
report_duplicate_id(RuleInfo *rule, int64 key, const char *row,
					const char *holder)
{
	rules_report(rule, rule->mode, ERRCODE_UNIQUE_VIOLATION, "duplicate_id", COL_ID,
				 row,
				 unique_id_duplicate_message(rule->table_name),
				 held_detail(rule->colnames[COL_ID], ident_format_pid(key), row,
							 holder, false),
				 unique_id_duplicate_hint());
}

/* Format and structure of the new row's id and legacy id. */
static void
check_row(RuleInfo *rule, TupleTableSlot *slot, RowRef *rr)
{
	int64		key;
	char	   *raw = NULL;
	KeyStatus	st = column_key(rule, slot, COL_ID, &key, &raw);

	if (st == KEY_MALFORMED)
		rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, "malformed_id", COL_ID,
					 rowref_key(rr),
					 psprintf(_("malformed personal id number in table \"%s\""),
							  rule->table_name),
					 malformed_detail(rule->colnames[COL_ID], raw, rowref_key(rr), 12),
					 _("A personal id number is exactly 12 ASCII digits, leading zeros included."));
	else if (st == KEY_OK && rule->strictness != STRICT_OFF)
	{
		IdentFacts	facts;
		IdentFindings found;
		char	   *problems;

		ident_facts_init(&facts);
		facts.birth_year = birth_year_of(rule, slot);
		facts.reference_year = ident_current_year();
		if (!mapped_value(rule, slot, COL_SEX, &facts.sex, &facts.sexlen))
			facts.sex = NULL;
		if (!mapped_value(rule, slot, COL_PROVINCE, &facts.province,
						  &facts.provincelen))
			facts.province = NULL;
		ident_compare(key, &facts, &found);
		problems = ident_findings_sentence(&found);
		if (problems)
		{
			RuleMode	mode = rule->mode;

			if (rule->strictness == STRICT_WARN && mode == MODE_ENFORCE)
				mode = MODE_WARN;
			rules_report(rule, mode, ERRCODE_CHECK_VIOLATION, "id_mismatch", COL_ID,
						 rowref_key(rr),
						 psprintf(_("personal id number %s does not match the row in table \"%s\""),
								  ident_format_pid(key), rule->table_name),
						 rowref_key(rr) ?
						 psprintf(_("Key (%s)=(%s) of row %s: %s."), rule->colnames[COL_ID],
								  ident_format_pid(key), rowref_key(rr), problems) :
						 psprintf(_("Key (%s)=(%s): %s."), rule->colnames[COL_ID],
								  ident_format_pid(key), problems),
						 _("Correct the birth date, sex or province of the row, or have the number cancelled and re-established; never edit a number in place."));
		}
	}

	if (rule->attnums[COL_LEGACY] != 0)
	{
		raw = NULL;
		if (column_key(rule, slot, COL_LEGACY, &key, &raw) == KEY_MALFORMED)
			rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, "malformed_legacy_id",
						 COL_LEGACY, rowref_key(rr),
						 psprintf(_("malformed legacy id number in table \"%s\""),
								  rule->table_name),
						 malformed_detail(rule->colnames[COL_LEGACY], raw, rowref_key(rr), 9),
						 _("A 9-digit CMND number is exactly 9 ASCII digits; 12-digit numbers belong in the personal id column."));
	}
}

/*
 * Add one holder of a key; returns the holders now and the first holder's
 * row reference and owner key.
 */
static int
shadow_add(int32 rule_id, int slot, int64 key, const char *rowref,
		   bool has_owner, int64 owner, char **first_ref, bool *owner_null,
		   int64 *first_owner)
{
	Datum		values[5];
	char		nulls[5] = {' ', ' ', ' ', ' ', ' '};
	RulesRaised raised;
	int			n;
	bool		isnull;
	char	   *ref;
	Datum		o;
	MemoryContext caller = CurrentMemoryContext;

	values[0] = Int32GetDatum(rule_id);
	values[1] = Int16GetDatum(slot);
	values[2] = Int64GetDatum(key);
	if (rowref)
		values[3] = CStringGetTextDatum(rowref);
	else
		nulls[3] = 'n';
	if (has_owner)
		values[4] = Int64GetDatum(owner);
	else
		nulls[4] = 'n';

	rules_spi_begin(&raised);
	rules_spi_exec(RULES_SQL_KEY_ADD, values, nulls, false, 0);
	n = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	ref = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	o = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, owner_null);
	*first_owner = *owner_null ? 0 : DatumGetInt64(o);
	/* SPI_getvalue allocated in the SPI context: copy it out first */
	*first_ref = ref ? MemoryContextStrdup(caller, ref) : NULL;
	rules_spi_end(&raised);
	return n;
}

/* Remove one holder of a key; the entry goes when nobody holds it. */
static void
shadow_remove(int32 rule_id, int slot, int64 key)
{
	Datum		values[3];
	RulesRaised raised;

	values[0] = Int32GetDatum(rule_id);
	values[1] = Int16GetDatum(slot);
	values[2] = Int64GetDatum(key);
	rules_spi_begin(&raised);
	rules_spi_exec(RULES_SQL_KEY_DECREMENT, values, NULL, false, 0);
	if (SPI_processed == 1)
	{
		bool		isnull;
		int			n = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0],
													SPI_tuptable->tupdesc, 1, &isnull));

		if (n <= 0)
			rules_spi_exec(RULES_SQL_KEY_DELETE, values, NULL, false, 0);
	}
	rules_spi_end(&raised);
}

/*
 * Report a legacy id that row took, held by another person's row holder:
 * flagged (warn or log), never refused.
 */
static void
report_shared_legacy(RuleInfo *rule, int64 legacy, const char *row,
					 const char *holder)
{
	rules_report(rule, rule->mode == MODE_LOG ? MODE_LOG : MODE_WARN,
				 ERRCODE_UNIQUE_VIOLATION, "shared_legacy_id", COL_LEGACY, row,
				 psprintf(_("legacy id number %09lld is also held by another person in table \"%s\""),
						  (long long) legacy, rule->table_name),
				 held_detail(rule->colnames[COL_LEGACY],
							 psprintf("%09lld", (long long) legacy),
							 row, holder, true),
				 _("Some 9-digit numbers were issued twice: check both persons' records before linking either to a personal id."));
}

/*
 * Does a row whose personal id is id (has_id false: none readable) take a
 * legacy id held by another person, the holder's personal id being owner
 * (has_owner false: none known)?  Only then is the reuse flagged.
 */
static bool
legacy_of_another(bool has_id, int64 id, bool has_owner, int64 owner)
{
	return !has_id || !has_owner || id != owner;
}

/* Take the new row's keys into the shadow, reporting duplicates. */
static void
add_row(RuleInfo *rule, TupleTableSlot *slot, RowRef *rr,
		bool do_id, bool do_legacy)
{
	int64		key = 0;
	int64		legacy;
	char	   *raw;
	bool		have_id;
	char	   *first_ref;
	bool		owner_null;
	int64		first_owner;
	int			n;

	have_id = column_key(rule, slot, COL_ID, &key, &raw) == KEY_OK;
	/* The table's own unique index already refused any duplicate. */
	if (do_id && have_id && rule->unique_index == NULL)
	{
		n = shadow_add(rule->scope_id, 0, key, rowref_key(rr), false, 0,
					   &first_ref, &owner_null, &first_owner);
		if (n > 1)
			report_duplicate_id(rule, key, rowref_key(rr), first_ref);
	}

	if (do_legacy && rule->attnums[COL_LEGACY] != 0 &&
		column_key(rule, slot, COL_LEGACY, &legacy, &raw) == KEY_OK)
	{
		n = shadow_add(rule->scope_id, 1, legacy, rowref_key(rr), have_id, key,
					   &first_ref, &owner_null, &first_owner);
		/* Reuse by another person is flagged, never refused. */
		if (n > 1 && legacy_of_another(have_id, key, !owner_null, first_owner))
			report_shared_legacy(rule, legacy, rowref_key(rr), first_ref);
	}
}

/* Give back the old row's keys. */
static void
remove_row(RuleInfo *rule, TupleTableSlot *slot, bool do_id,
		   bool do_legacy)
{
	int64		key;
	char	   *raw;

	if (do_id && rule->unique_index == NULL &&
		column_key(rule, slot, COL_ID, &key, &raw) == KEY_OK)
		shadow_remove(rule->scope_id, 0, key);
	if (do_legacy && rule->attnums[COL_LEGACY] != 0 &&
		column_key(rule, slot, COL_LEGACY, &key, &raw) == KEY_OK)
		shadow_remove(rule->scope_id, 1, key);
}

/* A rule relying on the table's unique index refuses to run without it. */
static void
check_unique_index(RuleInfo *rule)
{
	if (rule->unique_index && !rule->unique_index_ok)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("rule \"%s\" relies on unique index \"%s\", which no longer guards column \"%s\"",
						rule->rule_name, rule->unique_index, rule->colnames[COL_ID]),
				 errdetail("The rule keeps no key table of its own while the table's unique index enforces uniqueness."),
				 errhint("Call population_rules.rebuild_rule() for this rule to let it keep its own keys again.")));
}

Datum
unique_id_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	RuleInfo   *rule;
	TriggerEvent ev;
	RowRef		rr = {0};

	rules_check_row_trigger(fcinfo, "unique_id_trigger", TRIGGER_EVENT_AFTER);
	ev = trigdata->tg_event;

	rel = trigdata->tg_relation;
	rule = rules_get_cached(fcinfo, RULE_UNIQUE_ID);
	check_unique_index(rule);

	if (TRIGGER_FIRED_BY_INSERT(ev))
	{
		rr.rule = rule;
		rr.rel = rel;
		rr.slot = trigdata->tg_trigslot;
		check_row(rule, rr.slot, &rr);
		add_row(rule, rr.slot, &rr, true, true);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		TupleTableSlot *oldslot = trigdata->tg_trigslot;
		TupleTableSlot *newslot = trigdata->tg_newslot;
		bool		id_changed = rule_columns_changed(rule, rel, oldslot, newslot, COL_ID, COL_ID);
		bool		legacy_changed = rule_columns_changed(rule, rel, oldslot, newslot,
														  COL_LEGACY, COL_LEGACY);

		if (id_changed || legacy_changed ||
			rule_columns_changed(rule, rel, oldslot, newslot, COL_BIRTH, COL_PROVINCE))
		{
			rr.rule = rule;
			rr.rel = rel;
			rr.slot = newslot;
			check_row(rule, newslot, &rr);
			if (id_changed || legacy_changed)
			{
				remove_row(rule, oldslot, id_changed, legacy_changed);
				add_row(rule, newslot, &rr, id_changed, legacy_changed);
			}
		}
	}
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		remove_row(rule, trigdata->tg_trigslot, true, true);

	return PointerGetDatum(NULL);
}

/* ---- the set-based path: statement triggers with transition tables ---- */

/*
 * One id key a statement adds or gives back: the key, the row's position
 * in the statement (for reporting in row order) and its row reference.
 */
typedef struct KeyEvent
{
	int64		key;
	int64		pos;
	char	   *ref;
	bool		has_owner;		/* a legacy key: its row's personal id */
	int64		owner;
} KeyEvent;

#define ID_CHUNK 50000

typedef struct KeyBatch
{
	int			slot;			/* 0 personal ids, 1 legacy ids */
	KeyEvent   *ev;				/* grown on demand up to ID_CHUNK */
	int			n;
	int			max;
	MemoryContext evcxt;		/* where ev lives: the trigger call's */
	MemoryContext cxt;			/* row references of the batch */
} KeyBatch;

static int
keyevent_cmp(const void *a, const void *b)
{
	const KeyEvent *x = (const KeyEvent *) a;
	const KeyEvent *y = (const KeyEvent *) b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return 0;
}

/* Distinct keys of a sorted batch with their counts; returns how many. */
static int
batch_distinct(KeyBatch *b, int64 *keys, int32 *counts, int *first)
{
	int			nk = 0;

	for (int i = 0; i < b->n; i++)
	{
		if (nk > 0 && keys[nk - 1] == b->ev[i].key)
		{
			counts[nk - 1]++;
			continue;
		}
		keys[nk] = b->ev[i].key;
		counts[nk] = 1;
		first[nk] = i;
		nk++;
	}
	return nk;
}

/*
 * Give back a batch of keys (of its slot): decrement, and drop the keys
 * nobody holds.
 */
static void
batch_remove(RuleInfo *rule, KeyBatch *b)
{
	int64	   *keys;
	int32	   *counts;
	int		   *first;
	int64	   *gone;
	int			nk,
				ngone = 0;
	Datum		values[4];
	RulesRaised raised;

	if (b->n == 0)
		return;
	qsort(b->ev, b->n, sizeof(KeyEvent), keyevent_cmp);
	keys = palloc(sizeof(int64) * b->n);
	counts = palloc(sizeof(int32) * b->n);
	first = palloc(sizeof(int) * b->n);
	gone = palloc(sizeof(int64) * b->n);
	nk = batch_distinct(b, keys, counts, first);
	values[0] = Int32GetDatum(rule->scope_id);
	values[1] = Int16GetDatum(b->slot);
	values[2] = rules_int8_array(keys, nk);
	values[3] = rules_int4_array(counts, nk);

	rules_spi_begin(&raised);
	rules_spi_exec(RULES_SQL_KEYS_DECREMENT, values, NULL, false, 0);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		if (DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull)) <= 0)
			gone[ngone++] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i],
														SPI_tuptable->tupdesc, 1, &isnull));
	}
	if (ngone > 0)
	{
		values[2] = rules_int8_array(gone, ngone);
		rules_spi_exec(RULES_SQL_KEYS_DELETE, values, NULL, false, 0);
	}
	rules_spi_end(&raised);
	b->n = 0;
	MemoryContextReset(b->cxt);
}

/* A duplicate found by batch_add: row pos (ref) took a key held by other. */
typedef struct Duplicate
{
	int64		pos;
	int64		key;
	char	   *ref;
	char	   *other;
} Duplicate;

static int
duplicate_cmp(const void *a, const void *b)
{
	const Duplicate *x = (const Duplicate *) a;
	const Duplicate *y = (const Duplicate *) b;

	return x->pos < y->pos ? -1 : x->pos > y->pos ? 1 : 0;
}

/* The index of key in the sorted keys[0..nk), or -1. */
static int
find_key(const int64 *keys, int nk, int64 key)
{
	int			lo = 0,
				hi = nk - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (keys[mid] == key)
			return mid;
		if (keys[mid] < key)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/*
 * The holder of a key a batch adds, as the upsert returned it (or as the
 * batch's first event, for a key new to the table): its row and, for a
 * legacy key, its owner's personal id.
 */
typedef struct Holder
{
	const char *ref;
	bool		has_owner;
	int64		owner;
} Holder;

/*
 * The batch's events from..from+n-1 (all of one key) are later holders of
 * a key held by holder: append to *dups (allocated on first use, room for
 * the whole batch) those that break the rule.  For a personal id, every
 * one; for a legacy id, those of another person (or without a personal id
 * to tell), as the row path's add_row decides.
 */
static void
note_duplicates(KeyBatch *b, int from, int n, int64 key, const Holder *holder,
				Duplicate **dups, int *ndups)
{
	for (int i = from; i < from + n; i++)
	{
		KeyEvent   *e = &b->ev[i];
		Duplicate  *d;

		if (b->slot == 1 &&
			!legacy_of_another(e->has_owner, e->owner, holder->has_owner, holder->owner))
			continue;
		if (*dups == NULL)
			*dups = palloc(sizeof(Duplicate) * b->n);
		d = &(*dups)[(*ndups)++];
		d->pos = e->pos;
		d->key = key;
		d->ref = e->ref ? pstrdup(e->ref) : NULL;
		d->other = holder->ref ? pstrdup(holder->ref) : NULL;
	}
}

/*
 * The batch's events of key k (first[k], counts[k] of them), n_after the
 * key's holders once the batch is added and stored its stored holder:
 * note the later holders that break the rule.
 */
static void
note_key(KeyBatch *b, int first, int count, int64 key, int n_after,
		 const Holder *stored, Duplicate **dups, int *ndups)
{
	KeyEvent   *e = &b->ev[first];
	Holder		own = {e->ref, e->has_owner, e->owner};

	if (n_after > count)		/* held before the batch: all of it later */
		note_duplicates(b, first, count, key, stored, dups, ndups);
	else if (count > 1)			/* new: the batch's first row holds it */
		note_duplicates(b, first + 1, count - 1, key, &own, dups, ndups);
}

/*
 * Add holders to the id keys of scope (SPI connected, as the catalogs'
 * owner): n distinct keys of slot in key order, the holders each brings,
 * the row of its first holder and, for legacy keys, that holder's personal
 * id (has_owner NULL: none).  SPI's result is, for every key, its holders
 * now, the row of its first holder ever and that holder's personal id.
 */
void
unique_id_keys_add(int32 scope, int slot, int64 *keys, int32 *counts,
				   char **refs, int64 *owners, bool *has_owner, int n)
{
	Datum		values[6];
	char		nulls[6] = {' ', ' ', ' ', ' ', ' ', ' '};

	values[0] = Int32GetDatum(scope);
	values[1] = Int16GetDatum(slot);
	values[2] = rules_int8_array(keys, n);
	values[3] = rules_int4_array(counts, n);
	values[4] = rules_text_array(refs, n);
	if (has_owner)
		values[5] = rules_int8_array_nulls(owners, has_owner, n);
	else
		nulls[5] = 'n';
	rules_spi_exec(RULES_SQL_KEYS_ADD, values, nulls, false, 0);
}

/* The keys of a batch, for derived_insert_new. */
typedef struct NewKeys
{
	int32		scope_id;
	int			slot;
	int64	   *keys;
	int32	   *counts;
	char	  **refs;
	bool	   *has_owner;
	int64	   *owners;
} NewKeys;

static void
fill_key(Datum *values, bool *nulls, int i, void *arg)
{
	NewKeys    *k = (NewKeys *) arg;

	/* rule_id, slot, key, n, row_ref, owner_key */
	memset(nulls, 0, sizeof(bool) * 6);
	values[0] = Int32GetDatum(k->scope_id);
	values[1] = Int16GetDatum(k->slot);
	values[2] = Int64GetDatum(k->keys[i]);
	values[3] = Int32GetDatum(k->counts[i]);
	nulls[4] = k->refs[i] == NULL;
	values[4] = nulls[4] ? (Datum) 0 : CStringGetTextDatum(k->refs[i]);
	nulls[5] = !k->has_owner[i];
	values[5] = nulls[5] ? (Datum) 0 : Int64GetDatum(k->owners[i]);
}

/*
 * Take a batch of keys (personal ids, or legacy ids with their holders'
 * personal ids): one upsert adds each key's holders, in key order (a
 * large batch of keys none of which is held yet is written directly
 * instead, derived_fast.c); a key now held by more holders than this batch
 * brought was already held (by the row its entry names), and a key this
 * batch brought twice is held twice.  Every row that breaks the rule is
 * reported, in the statement's row order: a second holder of a personal
 * id, a holder of another person's legacy id.
 */
static void
batch_add(RuleInfo *rule, KeyBatch *b)
{
	NewKeys		batch = {rule->scope_id, b->slot};
	int			nk;
	int		   *first;
	Duplicate  *dups = NULL;
	int			ndups = 0;
	RulesRaised raised;
	MemoryContext caller = CurrentMemoryContext;

	if (b->n == 0)
		return;
	qsort(b->ev, b->n, sizeof(KeyEvent), keyevent_cmp);
	batch.keys = palloc(sizeof(int64) * b->n);
	batch.counts = palloc(sizeof(int32) * b->n);
	first = palloc(sizeof(int) * b->n);
	nk = batch_distinct(b, batch.keys, batch.counts, first);
	batch.refs = palloc(sizeof(char *) * nk);
	batch.has_owner = palloc(sizeof(bool) * nk);
	batch.owners = palloc(sizeof(int64) * nk);
	for (int i = 0; i < nk; i++)
	{
		KeyEvent   *e = &b->ev[first[i]];

		batch.refs[i] = e->ref;
		batch.has_owner[i] = e->has_owner;
		batch.owners[i] = e->owner;
	}
	rules_spi_begin(&raised);
	if (derived_fast_allowed(rule->rule_id, nk) &&
		derived_insert_new(rules_catalog.id_keys, 6, rule->rule_id, nk, fill_key, &batch))
	{
		/* every key was new: held twice only within the batch */
		MemoryContext old = MemoryContextSwitchTo(caller);

		for (int k = 0; k < nk; k++)
			note_key(b, first[k], batch.counts[k], batch.keys[k], batch.counts[k], NULL,
					 &dups, &ndups);
		MemoryContextSwitchTo(old);
	}
	else
	{
		unique_id_keys_add(rule->scope_id, b->slot, batch.keys, batch.counts, batch.refs,
						   batch.owners, b->slot == 1 ? batch.has_owner : NULL, nk);
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		isnull;
			int64		key = DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull));
			int			n = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
			Holder		stored;
			Datum		o;
			int			k;
			MemoryContext old;

			if (n <= 1 || (k = find_key(batch.keys, nk, key)) < 0)
				continue;
			old = MemoryContextSwitchTo(caller);
			stored.ref = SPI_getvalue(tup, desc, 3);
			o = SPI_getbinval(tup, desc, 4, &isnull);
			stored.has_owner = !isnull;
			stored.owner = isnull ? 0 : DatumGetInt64(o);
			note_key(b, first[k], batch.counts[k], key, n, &stored, &dups, &ndups);
			MemoryContextSwitchTo(old);
		}
	}
	rules_spi_end(&raised);
	b->n = 0;
	MemoryContextReset(b->cxt);

	if (ndups > 1)
		qsort(dups, ndups, sizeof(Duplicate), duplicate_cmp);
	for (int i = 0; i < ndups; i++)
	{
		if (b->slot == 1)
			report_shared_legacy(rule, dups[i].key, dups[i].ref, dups[i].other);
		else
			report_duplicate_id(rule, dups[i].key, dups[i].ref, dups[i].other);
	}
}

static void
batch_push(KeyBatch *b, int64 key, int64 pos, const char *ref,
		   bool has_owner, int64 owner)
{
	/* a one-row statement should not pay for a 50,000-key array */
	if (b->n == b->max)
	{
		int			newmax = b->max ? Min(b->max * 2, ID_CHUNK) : 64;

		Assert(newmax > b->n);
		b->ev = b->ev ? repalloc(b->ev, sizeof(KeyEvent) * newmax) :
			MemoryContextAlloc(b->evcxt, sizeof(KeyEvent) * newmax);
		b->max = newmax;
	}
	b->ev[b->n].key = key;
	b->ev[b->n].pos = pos;
	b->ev[b->n].ref = ref ? MemoryContextStrdup(b->cxt, ref) : NULL;
	b->ev[b->n].has_owner = has_owner;
	b->ev[b->n].owner = owner;
	b->n++;
}

/* One statement's pass over its transition tables (unique_id_changes). */
typedef struct StatementPass
{
	RuleInfo   *rule;
	Relation	rel;
	TriggerData *trigdata;
	bool		is_update;
	bool		own_keys;		/* keys kept in id_keys, not a unique index */
	TupleTableSlot *oldslot;	/* NULL without old rows */
	TupleTableSlot *newslot;	/* NULL without new rows */
	MemoryContext rowcxt;		/* reset after every row */
	KeyBatch	batch;			/* personal ids */
	KeyBatch	legacy;			/* legacy ids, with their owners */
} StatementPass;

/*
 * The next row of one transition table, and in an update the matching row
 * of the other (the two tables hold the rows in the same order).
 */
static bool
pass_next(StatementPass *p, bool old_first)
{
	TriggerData *t = p->trigdata;

	if (old_first ? !rules_transition_next(t->tg_oldtable, p->oldslot) :
		!rules_transition_next(t->tg_newtable, p->newslot))
		return false;
	if (p->is_update &&
		!(old_first ? rules_transition_next(t->tg_newtable, p->newslot) :
		  rules_transition_next(t->tg_oldtable, p->oldslot)))
		elog(ERROR, "transition tables of an update differ in length");
	return true;
}

/* Did an update change the id / the legacy id of the current row? */
static void
pass_changed(StatementPass *p, bool *id_changed, bool *legacy_changed)
{
	*id_changed = true;
	*legacy_changed = true;
	if (!p->is_update)
		return;
	*id_changed = rule_columns_changed(p->rule, p->rel, p->oldslot, p->newslot,
									   COL_ID, COL_ID);
	*legacy_changed = rule_columns_changed(p->rule, p->rel, p->oldslot,
										   p->newslot, COL_LEGACY, COL_LEGACY);
}

/* A key the current old row gives back into batch b, taken when full. */
static void
give_back(StatementPass *p, KeyBatch *b, int64 key)
{
	batch_push(b, key, 0, NULL, false, 0);
	if (b->n == ID_CHUNK)
		batch_remove(p->rule, b);
}

/* 1. Keys given back: deleted rows, updated rows whose id changed. */
static void
give_back_keys(StatementPass *p)
{
	RuleInfo   *rule = p->rule;

	if (!p->oldslot || !(p->own_keys || rule->attnums[COL_LEGACY] != 0))
		return;
	while (pass_next(p, true))
	{
		bool		id_changed;
		bool		legacy_changed;
		int64		key;
		char	   *raw;
		MemoryContext old = MemoryContextSwitchTo(p->rowcxt);

		pass_changed(p, &id_changed, &legacy_changed);
		if (p->own_keys && id_changed &&
			column_key(rule, p->oldslot, COL_ID, &key, &raw) == KEY_OK)
			give_back(p, &p->batch, key);
		if (legacy_changed && rule->attnums[COL_LEGACY] != 0 &&
			column_key(rule, p->oldslot, COL_LEGACY, &key, &raw) == KEY_OK)
			give_back(p, &p->legacy, key);
		MemoryContextSwitchTo(old);
		MemoryContextReset(p->rowcxt);
	}
	batch_remove(rule, &p->legacy);
	batch_remove(rule, &p->batch);
	tuplestore_rescan(p->trigdata->tg_oldtable);
	if (p->is_update)
		tuplestore_rescan(p->trigdata->tg_newtable);
}

/*
 * A key of the current row into batch b (the row's personal id as its
 * owner, for a legacy key), the batch taken when full; outer is the
 * context the pass's rows are read from.
 */
static void
push_key(StatementPass *p, KeyBatch *b, int64 key, int64 pos, RowRef *rr,
		 bool has_owner, int64 owner, MemoryContext outer)
{
	batch_push(b, key, pos, rowref_key(rr), has_owner, owner);
	if (b->n == ID_CHUNK)
	{
		MemoryContextSwitchTo(outer);
		batch_add(p->rule, b);
		MemoryContextSwitchTo(p->rowcxt);
	}
}

/* 2. Checks of the new rows, and the keys they take. */
static void
take_new_keys(StatementPass *p)
{
	RuleInfo   *rule = p->rule;
	int64		pos = 0;

	while (p->newslot && pass_next(p, false))
	{
		bool		id_changed;
		bool		legacy_changed;
		bool		want_legacy;
		bool		have_id;
		RowRef		rr = {0};
		int64		key;
		int64		legacy;
		char	   *raw;
		MemoryContext old;

		pos++;
		old = MemoryContextSwitchTo(p->rowcxt);
		pass_changed(p, &id_changed, &legacy_changed);
		rr.rule = rule;
		rr.rel = p->rel;
		rr.slot = p->newslot;
		if (!p->is_update || id_changed || legacy_changed ||
			rule_columns_changed(rule, p->rel, p->oldslot, p->newslot,
								 COL_BIRTH, COL_PROVINCE))
			check_row(rule, p->newslot, &rr);
		want_legacy = legacy_changed && rule->attnums[COL_LEGACY] != 0;
		have_id = ((p->own_keys && id_changed) || want_legacy) &&
			column_key(rule, p->newslot, COL_ID, &key, &raw) == KEY_OK;
		if (p->own_keys && id_changed && have_id)
			push_key(p, &p->batch, key, pos, &rr, false, 0, old);
		if (want_legacy &&
			column_key(rule, p->newslot, COL_LEGACY, &legacy, &raw) == KEY_OK)
			push_key(p, &p->legacy, legacy, pos, &rr, have_id, key, old);
		MemoryContextSwitchTo(old);
		MemoryContextReset(p->rowcxt);
	}
	/* the legacy flags first, as the row path raises them row by row */
	batch_add(rule, &p->legacy);
	batch_add(rule, &p->batch);
}

/*
 * AFTER INSERT / UPDATE / DELETE FOR EACH STATEMENT, with the statement's
 * transition tables.  First every key the statement gives back (old rows
 * of deletes, and of updates that changed the id), then the checks of the
 * new rows and every key they take, in batches of sorted keys: so an
 * UPDATE swapping two rows' ids is no duplicate, and concurrent writers
 * lock keys in one order.  The legacy id keeps its per-row bookkeeping
 * (it is flagged, never refused), in the same order.
 */
Datum
unique_id_changes(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	StatementPass p = {0};

	rules_check_statement_trigger(fcinfo, "unique_id_changes");
	p.trigdata = trigdata;
	p.rel = trigdata->tg_relation;
	p.rule = rules_get(trigdata, RULE_UNIQUE_ID);
	rules_require_set_based(p.rule, p.rel);
	check_unique_index(p.rule);
	p.is_update = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event);
	p.own_keys = p.rule->unique_index == NULL;
	/* on a Citus shard: its placement's keys (counted at first write) */
	if (p.own_keys && OidIsValid(p.rule->shard_of))
		p.rule->scope_id = placement_scope(p.rule, p.rel);

	p.rowcxt = AllocSetContextCreate(CurrentMemoryContext, "population_rules row",
									 ALLOCSET_SMALL_SIZES);
	p.batch.cxt = AllocSetContextCreate(CurrentMemoryContext, "population_rules keys",
										ALLOCSET_DEFAULT_SIZES);
	p.batch.evcxt = CurrentMemoryContext;
	p.legacy.slot = 1;
	p.legacy.cxt = AllocSetContextCreate(CurrentMemoryContext, "population_rules legacy keys",
										 ALLOCSET_DEFAULT_SIZES);
	p.legacy.evcxt = CurrentMemoryContext;
	if (trigdata->tg_oldtable)
		p.oldslot = rules_transition_begin(trigdata->tg_oldtable, p.rel);
	if (trigdata->tg_newtable)
		p.newslot = rules_transition_begin(trigdata->tg_newtable, p.rel);

	give_back_keys(&p);
	take_new_keys(&p);

	if (p.oldslot)
		ExecDropSingleTupleTableSlot(p.oldslot);
	if (p.newslot)
		ExecDropSingleTupleTableSlot(p.newslot);
	MemoryContextDelete(p.batch.cxt);
	MemoryContextDelete(p.legacy.cxt);
	MemoryContextDelete(p.rowcxt);
	return PointerGetDatum(NULL);
}
