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
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"

#include "rules/rules.h"

#define COL_ID 0
#define COL_LEGACY 1
#define COL_BIRTH 2
#define COL_SEX 3
#define COL_PROVINCE 4

PG_FUNCTION_INFO_V1(unique_id_trigger);

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
column_key(RuleInfo *rule, Relation rel, HeapTuple tuple, int idx,
		   int64 *key, char **raw)
{
	bool		isnull;
	Datum		v;
	Oid			type = rule->coltypes[idx];
	int			ndigits = (idx == COL_LEGACY) ? 9 : 12;
	int64		max = (idx == COL_LEGACY) ? INT64CONST(999999999) : INT64CONST(999999999999);
	char	   *s;
	size_t		len;

	v = heap_getattr(tuple, rule->attnums[idx], RelationGetDescr(rel), &isnull);
	if (isnull)
		return KEY_NULL;

	switch (type)
	{
		case INT8OID:
		case INT4OID:
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
		default:
			break;
	}

	/* The extension's id types are passed by value: 8 bytes / 4 bytes. */
	if (get_typbyval(type) && get_typlen(type) == 8 && type != INT8OID)
	{
		*key = DatumGetInt64(v);
		return (*key >= 0 && *key <= max) ? KEY_OK : KEY_MALFORMED;
	}
	if (get_typbyval(type) && get_typlen(type) == 4 && type != INT4OID)
	{
		*key = DatumGetInt32(v);
		return (*key >= 0 && *key <= max) ? KEY_OK : KEY_MALFORMED;
	}

	if (type == TEXTOID || type == VARCHAROID || type == BPCHAROID)
		s = TextDatumGetCString(v);
	else
		s = value_text(type, v);
	len = strlen(s);
	if (type == BPCHAROID)
		while (len > 0 && s[len - 1] == ' ')
			len--;
	if (ndigits == 12 ? rules_parse_pid_text(s, len, key) : false)
		return KEY_OK;
	if (ndigits == 9)
	{
		int32		k32;

		if (rules_parse_cmnd_text(s, len, &k32))
		{
			*key = k32;
			return KEY_OK;
		}
	}
	*raw = s;
	return KEY_MALFORMED;
}

/* Birth year from a date, timestamp, integer or text column; -1 if unknown. */
static int
birth_year_of(RuleInfo *rule, Relation rel, HeapTuple tuple)
{
	bool		isnull;
	Datum		v;
	Oid			type = rule->coltypes[COL_BIRTH];

	if (rule->attnums[COL_BIRTH] == 0)
		return -1;
	v = heap_getattr(tuple, rule->attnums[COL_BIRTH], RelationGetDescr(rel), &isnull);
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

				if (TIMESTAMP_NOT_FINITE(DatumGetTimestamp(v)) ||
					timestamp2tm(DatumGetTimestamp(v), NULL, &tm, &fsec, NULL, NULL) != 0)
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

/* Text of a mapped column, or NULL. */
static char *
mapped_text(RuleInfo *rule, Relation rel, HeapTuple tuple, int idx)
{
	bool		isnull;
	Datum		v;

	if (rule->attnums[idx] == 0)
		return NULL;
	v = heap_getattr(tuple, rule->attnums[idx], RelationGetDescr(rel), &isnull);
	if (isnull)
		return NULL;
	return value_text(rule->coltypes[idx], v);
}

/* Did any of the rule's columns change between two versions of a row? */
static bool
rule_columns_changed(RuleInfo *rule, Relation rel, HeapTuple oldtup,
					 HeapTuple newtup, int from, int to)
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
		v1 = heap_getattr(oldtup, rule->attnums[i], desc, &n1);
		v2 = heap_getattr(newtup, rule->attnums[i], desc, &n2);
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
	HeapTuple	tuple;
	char	   *key;
	bool		done;
} RowRef;

static const char *
rowref_key(RowRef *rr)
{
	if (!rr->done)
	{
		rr->key = rules_row_key(rr->rule, rr->rel, rr->tuple);
		rr->done = true;
	}
	return rr->key;
}

/* Format and structure of the new row's id and legacy id. */
static void
check_row(RuleInfo *rule, Relation rel, HeapTuple tuple, RowRef *rr)
{
	int64		key;
	char	   *raw = NULL;
	KeyStatus	st = column_key(rule, rel, tuple, COL_ID, &key, &raw);

	if (st == KEY_MALFORMED)
		rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, COL_ID, rowref_key(rr),
					 psprintf("malformed personal id number in table \"%s\"",
							  rule->table_name),
					 psprintf("Value (%s)=(%s)%s%s is not 12 digits.",
							  rule->colnames[COL_ID], raw,
							  rowref_key(rr) ? " of row " : "", rowref_key(rr) ? rowref_key(rr) : ""),
					 "A personal id number is exactly 12 ASCII digits, leading zeros included.");
	else if (st == KEY_OK && rule->strictness != STRICT_OFF)
	{
		char	   *sex = mapped_text(rule, rel, tuple, COL_SEX);
		char	   *prov = mapped_text(rule, rel, tuple, COL_PROVINCE);
		char	   *problems;

		problems = rules_pid_problems(key, birth_year_of(rule, rel, tuple),
									  rules_sex_from_text(sex),
									  prov ? rules_province_from_text(prov) : -1);
		if (problems)
		{
			RuleMode	mode = rule->mode;

			if (rule->strictness == STRICT_WARN && mode == MODE_ENFORCE)
				mode = MODE_WARN;
			rules_report(rule, mode, ERRCODE_CHECK_VIOLATION, COL_ID, rowref_key(rr),
						 psprintf("personal id number %s does not match the row in table \"%s\"",
								  rules_format_pid(key), rule->table_name),
						 psprintf("Key (%s)=(%s)%s%s: %s.", rule->colnames[COL_ID],
								  rules_format_pid(key),
								  rowref_key(rr) ? " of row " : "", rowref_key(rr) ? rowref_key(rr) : "",
								  problems),
						 "Correct the birth date, sex or province of the row, or have the number cancelled and re-established; never edit a number in place.");
		}
	}

	if (rule->attnums[COL_LEGACY] != 0)
	{
		raw = NULL;
		if (column_key(rule, rel, tuple, COL_LEGACY, &key, &raw) == KEY_MALFORMED)
			rules_report(rule, rule->mode, ERRCODE_CHECK_VIOLATION, COL_LEGACY, rowref_key(rr),
						 psprintf("malformed legacy id number in table \"%s\"",
								  rule->table_name),
						 psprintf("Value (%s)=(%s)%s%s is not 9 digits.",
								  rule->colnames[COL_LEGACY], raw,
								  rowref_key(rr) ? " of row " : "", rowref_key(rr) ? rowref_key(rr) : ""),
						 "A 9-digit CMND number is exactly 9 ASCII digits; 12-digit numbers belong in the personal id column.");
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
	static RulesPlan plan = {
		"INSERT INTO population_rules.id_keys AS t"
		" (rule_id, slot, key, n, row_ref, owner_key)"
		" VALUES ($1, $2, $3, 1, $4, $5)"
		" ON CONFLICT (rule_id, slot, key)"
		" DO UPDATE SET n = t.n OPERATOR(pg_catalog.+) 1"
		" RETURNING t.n, t.row_ref, t.owner_key",
		5, {INT4OID, INT2OID, INT8OID, TEXTOID, INT8OID}
	};
	Datum		values[5];
	char		nulls[5] = {' ', ' ', ' ', ' ', ' '};
	Oid			save_userid;
	int			save_sec;
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

	rules_spi_begin(&save_userid, &save_sec);
	rules_spi_exec(&plan, values, nulls, false, 0);
	n = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	ref = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	o = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, owner_null);
	*first_owner = *owner_null ? 0 : DatumGetInt64(o);
	/* SPI_getvalue allocated in the SPI context: copy it out first */
	*first_ref = ref ? MemoryContextStrdup(caller, ref) : NULL;
	rules_spi_end(save_userid, save_sec);
	return n;
}

/* Remove one holder of a key; the entry goes when nobody holds it. */
static void
shadow_remove(int32 rule_id, int slot, int64 key)
{
	static RulesPlan dec = {
		"UPDATE population_rules.id_keys AS t SET n = t.n OPERATOR(pg_catalog.-) 1"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.slot OPERATOR(pg_catalog.=) $2"
		" AND t.key OPERATOR(pg_catalog.=) $3"
		" RETURNING t.n",
		3, {INT4OID, INT2OID, INT8OID}
	};
	static RulesPlan del = {
		"DELETE FROM population_rules.id_keys AS t"
		" WHERE t.rule_id OPERATOR(pg_catalog.=) $1"
		" AND t.slot OPERATOR(pg_catalog.=) $2"
		" AND t.key OPERATOR(pg_catalog.=) $3"
		" AND t.n OPERATOR(pg_catalog.<=) 0",
		3, {INT4OID, INT2OID, INT8OID}
	};
	Datum		values[3];
	Oid			save_userid;
	int			save_sec;

	values[0] = Int32GetDatum(rule_id);
	values[1] = Int16GetDatum(slot);
	values[2] = Int64GetDatum(key);
	rules_spi_begin(&save_userid, &save_sec);
	rules_spi_exec(&dec, values, NULL, false, 0);
	if (SPI_processed == 1)
	{
		bool		isnull;
		int			n = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0],
													SPI_tuptable->tupdesc, 1, &isnull));

		if (n <= 0)
			rules_spi_exec(&del, values, NULL, false, 0);
	}
	rules_spi_end(save_userid, save_sec);
}

/* Take the new row's keys into the shadow, reporting duplicates. */
static void
add_row(RuleInfo *rule, Relation rel, HeapTuple tuple, RowRef *rr,
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

	have_id = column_key(rule, rel, tuple, COL_ID, &key, &raw) == KEY_OK;
	/* The table's own unique index already refused any duplicate. */
	if (do_id && have_id && rule->unique_index == NULL)
	{
		n = shadow_add(rule->rule_id, 0, key, rowref_key(rr), false, 0,
					   &first_ref, &owner_null, &first_owner);
		if (n > 1)
			rules_report(rule, rule->mode, ERRCODE_UNIQUE_VIOLATION, COL_ID, rowref_key(rr),
						 psprintf("duplicate personal id number in table \"%s\"",
								  rule->table_name),
						 psprintf("Key (%s)=(%s)%s%s is already held by %s.",
								  rule->colnames[COL_ID], rules_format_pid(key),
								  rowref_key(rr) ? " of row " : "", rowref_key(rr) ? rowref_key(rr) : "",
								  first_ref ? psprintf("row %s", first_ref) :
								  "another row"),
						 "A personal id number belongs to one person for life: correct the number, or update the existing person's row instead of adding a second one.");
	}

	if (do_legacy && rule->attnums[COL_LEGACY] != 0 &&
		column_key(rule, rel, tuple, COL_LEGACY, &legacy, &raw) == KEY_OK)
	{
		n = shadow_add(rule->rule_id, 1, legacy, rowref_key(rr), have_id, key,
					   &first_ref, &owner_null, &first_owner);
		/* Reuse by another person is flagged, never refused. */
		if (n > 1 && (!have_id || owner_null || first_owner != key))
			rules_report(rule, rule->mode == MODE_LOG ? MODE_LOG : MODE_WARN,
						 ERRCODE_UNIQUE_VIOLATION, COL_LEGACY, rowref_key(rr),
						 psprintf("legacy id number %09lld is also held by another person in table \"%s\"",
								  (long long) legacy, rule->table_name),
						 psprintf("Key (%s)=(%09lld)%s%s is also held by %s.",
								  rule->colnames[COL_LEGACY], (long long) legacy,
								  rowref_key(rr) ? " of row " : "", rowref_key(rr) ? rowref_key(rr) : "",
								  first_ref ? psprintf("row %s", first_ref) :
								  "another row"),
						 "Some 9-digit numbers were issued twice: check both persons' records before linking either to a personal id.");
	}
}

/* Give back the old row's keys. */
static void
remove_row(RuleInfo *rule, Relation rel, HeapTuple tuple, bool do_id,
		   bool do_legacy)
{
	int64		key;
	char	   *raw;

	if (do_id && rule->unique_index == NULL &&
		column_key(rule, rel, tuple, COL_ID, &key, &raw) == KEY_OK)
		shadow_remove(rule->rule_id, 0, key);
	if (do_legacy && rule->attnums[COL_LEGACY] != 0 &&
		column_key(rule, rel, tuple, COL_LEGACY, &key, &raw) == KEY_OK)
		shadow_remove(rule->rule_id, 1, key);
}

Datum
unique_id_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	RuleInfo   *rule;
	TriggerEvent ev;
	RowRef		rr = {0};

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("unique_id_trigger() must be called as a trigger")));
	ev = trigdata->tg_event;
	if (!TRIGGER_FIRED_AFTER(ev) || !TRIGGER_FIRED_FOR_ROW(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("unique_id_trigger() must be an AFTER ... FOR EACH ROW trigger")));

	rel = trigdata->tg_relation;
	rule = rules_get(trigdata, RULE_UNIQUE_ID);
	if (rule->unique_index && !rule->unique_index_ok)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("rule \"%s\" relies on unique index \"%s\", which no longer guards column \"%s\"",
						rule->rule_name, rule->unique_index, rule->colnames[COL_ID]),
				 errdetail("The rule keeps no key table of its own while the table's unique index enforces uniqueness."),
				 errhint("Call population_rules.rebuild_rule() for this rule to let it keep its own keys again.")));

	if (TRIGGER_FIRED_BY_INSERT(ev))
	{
		rr.rule = rule;
		rr.rel = rel;
		rr.tuple = trigdata->tg_trigtuple;
		check_row(rule, rel, trigdata->tg_trigtuple, &rr);
		add_row(rule, rel, trigdata->tg_trigtuple, &rr, true, true);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		HeapTuple	oldtup = trigdata->tg_trigtuple;
		HeapTuple	newtup = trigdata->tg_newtuple;
		bool		id_changed = rule_columns_changed(rule, rel, oldtup, newtup, COL_ID, COL_ID);
		bool		legacy_changed = rule_columns_changed(rule, rel, oldtup, newtup,
														  COL_LEGACY, COL_LEGACY);

		if (id_changed || legacy_changed ||
			rule_columns_changed(rule, rel, oldtup, newtup, COL_BIRTH, COL_PROVINCE))
		{
			rr.rule = rule;
			rr.rel = rel;
			rr.tuple = newtup;
			check_row(rule, rel, newtup, &rr);
			if (id_changed || legacy_changed)
			{
				remove_row(rule, rel, oldtup, id_changed, legacy_changed);
				add_row(rule, rel, newtup, &rr, id_changed, legacy_changed);
			}
		}
	}
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		remove_row(rule, rel, trigdata->tg_trigtuple, true, true);

	return PointerGetDatum(NULL);
}
