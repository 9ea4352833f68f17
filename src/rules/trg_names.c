/*-------------------------------------------------------------------------
 *
 * trg_names.c
 *	  The names rule: BEFORE INSERT/UPDATE row trigger storing the chosen
 *	  name columns in canonical form (vn_normalize, in the rule's tone style,
 *	  after legacy-encoding repair when asked), keeping what was typed in a
 *	  column of the DBA's choosing.
 *
 * A value longer than a varchar(n) column allows is refused (22001), as
 * PostgreSQL would refuse it from the statement itself.
 * Modes: enforce stores the canonical form silently; warn stores it and
 * raises a WARNING saying what changed; log stores it and writes the change
 * to population_rules.violations.  Nothing typed is lost when an original
 * column is mapped: it receives the input whenever the rule changed it.
 * Columns: 0..n-1 the names, n..2n-1 their original columns (0 = none).
 * The usual change (case or tone placement: same length) is written over
 * a copy of the tuple instead of forming it again.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "nls.h"
#include "rules/rules.h"
#include "vntext_pg.h"

PG_FUNCTION_INFO_V1(names_trigger);

/* A name column the rule changes in this row. */
typedef struct NameChange
{
	int			col;			/* index of the name in the rule */
	text	   *in;				/* the value as typed */
	vn_text		canon;			/* its canonical form */
} NameChange;

/*
 * The canonical form of a name into *out, legacy encodings repaired first
 * when the rule asks; false (and nothing in *out) when the stored value is
 * already canonical.
 */
static bool
canonical(RuleInfo *rule, text *in, vn_text *out)
{
	const char *src = VARDATA_ANY(in);
	size_t		srclen = VARSIZE_ANY_EXHDR(in);
	vn_text		repaired = {0};
	bool		changed;

	if (rule->repair_legacy)
	{
		vn_report_status(vn_repair_legacy(src, srclen, &repaired));
		src = repaired.data;
		srclen = repaired.len;
	}
	vn_report_status(vn_normalize(src, srclen,
								  rule->style ? VN_STYLE_NEW : VN_STYLE_OLD,
								  out));
	changed = out->len != VARSIZE_ANY_EXHDR(in) ||
		memcmp(out->data, VARDATA_ANY(in), out->len) != 0;
	if (!changed)
		vn_text_free(out);
	vn_text_free(&repaired);
	return changed;
}

/*
 * Can the canonical form be written over the typed bytes of a copy of the
 * tuple?  Only if it has the same length and the typed value lies inside
 * the tuple (not toasted, not a missing-attribute default): then the
 * layout of the tuple, header included, does not change.
 */
static bool
fits_in_place(HeapTuple tuple, const NameChange *c)
{
	const char *start = (const char *) tuple->t_data;
	const char *p = (const char *) c->in;

	return VARSIZE_ANY_EXHDR(c->in) == c->canon.len &&
		p >= start && p + VARSIZE_ANY(c->in) <= start + tuple->t_len;
}

/*
 * A BEFORE trigger's row is stored as it is: PostgreSQL does not apply a
 * varchar(n) column's length again.  So the rule checks what it writes:
 * the typed value, when it goes to an original column narrower than the
 * name column, and the canonical name, should it ever be longer than what
 * was typed.
 */
static void
check_fits(RuleInfo *rule, Relation rel, TupleTableSlot *slot, int attnum,
		   const char *value, int len)
{
	Form_pg_attribute att = TupleDescAttr(RelationGetDescr(rel), attnum - 1);
	int			maxlen;
	int			nchars;
	char	   *rowkey;

	if (att->atttypid != VARCHAROID || att->atttypmod < (int32) VARHDRSZ)
		return;
	maxlen = att->atttypmod - VARHDRSZ;
	if (len <= maxlen)
		return;					/* fewer bytes than the limit in characters */
	nchars = pg_mbstrlen_with_len(value, len);
	if (nchars <= maxlen)
		return;
	rowkey = rules_row_key(rule, rel, slot);
	ereport(ERROR,
			(errcode(ERRCODE_STRING_DATA_RIGHT_TRUNCATION),
			 errmsg("value too long for type character varying(%d)", maxlen),
			 rowkey ?
			 errdetail("Rule \"%s\" would store %d characters in column %s of row %s: \"%s\".",
					   rule->rule_name, nchars, quote_identifier(NameStr(att->attname)),
					   rowkey, pnstrdup(value, len)) :
			 errdetail("Rule \"%s\" would store %d characters in column %s: \"%s\".",
					   rule->rule_name, nchars, quote_identifier(NameStr(att->attname)),
					   pnstrdup(value, len)),
			 errhint("Widen the column (varchar(%d) or more, or text), so the rule can store the whole name.",
					 nchars),
			 errtablecol(rel, attnum)));
}

/*
 * The row with its names changed.  When every change has the length of
 * what was typed (a change of case or of tone placement, the usual case),
 * a copy of the tuple is patched in place; otherwise the tuple is formed
 * again.  Original columns are always filled through the latter.
 */
static HeapTuple
apply_changes(RuleInfo *rule, Relation rel, TupleTableSlot *slot,
			  HeapTuple tuple, NameChange *changes, int nchanges)
{
	TupleDesc	desc = RelationGetDescr(rel);
	bool		in_place = true;
	int			cols[2 * RULE_MAX_COLS];
	Datum		vals[2 * RULE_MAX_COLS];
	bool		nulls[2 * RULE_MAX_COLS];
	int			ncols = 0;

	for (int k = 0; k < nchanges; k++)
	{
		int			orig = rule->attnums[rule->nnames + changes[k].col];

		check_fits(rule, rel, slot, rule->attnums[changes[k].col],
				   changes[k].canon.data, (int) changes[k].canon.len);
		if (orig != 0)
			check_fits(rule, rel, slot, orig, VARDATA_ANY(changes[k].in),
					   (int) VARSIZE_ANY_EXHDR(changes[k].in));
		in_place = in_place && orig == 0 && fits_in_place(tuple, &changes[k]);
	}
	if (in_place)
	{
		HeapTuple	copy = heap_copytuple(tuple);

		for (int k = 0; k < nchanges; k++)
		{
			Size		off = (const char *) VARDATA_ANY(changes[k].in) -
				(const char *) tuple->t_data;

			memcpy((char *) copy->t_data + off, changes[k].canon.data,
				   changes[k].canon.len);
		}
		return copy;
	}
	for (int k = 0; k < nchanges; k++)
	{
		int			i = changes[k].col;

		cols[ncols] = rule->attnums[i];
		vals[ncols] = PointerGetDatum(cstring_to_text_with_len(changes[k].canon.data,
															   (int) changes[k].canon.len));
		nulls[ncols] = false;
		ncols++;
		if (rule->attnums[rule->nnames + i] != 0)
		{
			cols[ncols] = rule->attnums[rule->nnames + i];
			vals[ncols] = PointerGetDatum(changes[k].in);
			nulls[ncols] = false;
			ncols++;
		}
	}
	return heap_modify_tuple_by_cols(tuple, desc, ncols, cols, vals, nulls);
}

/*
 * The rule reads its name columns and writes them and their original
 * columns as text.  attach_names_rule() accepted only text and varchar, but
 * an original column's type can be changed afterwards (a name column's
 * cannot: the trigger depends on it): writing text into it would corrupt
 * the row, so the rule refuses instead.
 */
static void
check_column_types(RuleInfo *rule, Relation rel)
{
	for (int i = 0; i < 2 * rule->nnames; i++)
	{
		Oid			type = rule->coltypes[i];

		if (rule->attnums[i] == 0 || type == TEXTOID || type == VARCHAROID)
			continue;
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"%s\" used by rule \"%s\" has type %s, which the rule cannot write",
						rule->colnames[i], rule->rule_name, format_type_be(type)),
				 errdetail("The names rule stores text in its name and original columns; the column's type was changed after the rule was attached."),
				 errhint("Change the column back to text or varchar, or detach the rule and attach it again to text columns."),
				 errtablecol(rel, rule->attnums[i])));
	}
}

/*
 * In warn and log mode: a name the rule stores in canonical form (the row
 * key may be NULL: a table without a primary key).
 */
static void
report_not_canonical(RuleInfo *rule, const char *rowkey, NameChange *c)
{
	char	   *raw = text_to_cstring(c->in);
	int			i = c->col;

	rules_report(rule, rule->mode, ERRCODE_WARNING, "name_not_canonical", i, rowkey,
				 psprintf(_("name stored in canonical form in table \"%s\""),
						  rule->table_name),
				 rowkey ?
				 psprintf(_("Column %s of row %s: \"%s\" became \"%s\"."),
						  quote_identifier(rule->colnames[i]), rowkey,
						  raw, c->canon.data) :
				 psprintf(_("Column %s: \"%s\" became \"%s\"."),
						  quote_identifier(rule->colnames[i]),
						  raw, c->canon.data),
				 NULL);
}

/* The database encoding cannot change under a backend: check it once. */
static void
require_utf8_once(void)
{
	static bool checked = false;

	if (!checked)
	{
		vn_require_utf8();
		checked = true;
	}
}

Datum
names_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TriggerEvent ev;
	Relation	rel;
	TupleDesc	desc;
	RuleInfo   *rule;
	HeapTuple	tuple;
	HeapTuple	oldtup = NULL;
	TupleTableSlot *slot;
	NameChange	changes[RULE_MAX_COLS];
	int			nchanges = 0;
	char	   *rowkey = NULL;

	rules_check_row_trigger(fcinfo, "names_trigger", TRIGGER_EVENT_BEFORE);
	ev = trigdata->tg_event;

	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);
	rule = rules_get_cached(fcinfo, RULE_NAMES);
	check_column_types(rule, rel);
	if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		tuple = trigdata->tg_newtuple;
		oldtup = trigdata->tg_trigtuple;
		slot = trigdata->tg_newslot;
	}
	else
	{
		tuple = trigdata->tg_trigtuple;
		slot = trigdata->tg_trigslot;
	}

	require_utf8_once();
	for (int i = 0; i < rule->nnames; i++)
	{
		bool		isnull;
		Datum		v = heap_getattr(tuple, rule->attnums[i], desc, &isnull);
		NameChange *c = &changes[nchanges];

		if (isnull)
			continue;
		if (oldtup)
		{
			bool		oldnull;
			Datum		ov = heap_getattr(oldtup, rule->attnums[i], desc, &oldnull);

			/* An UPDATE that leaves the name alone is not the rule's business. */
			if (!oldnull && datumIsEqual(ov, v, false, -1))
				continue;
		}
		c->col = i;
		c->in = DatumGetTextPP(v);
		if (!canonical(rule, c->in, &c->canon))
			continue;
		nchanges++;
		if (rule->mode != MODE_ENFORCE)
		{
			if (rowkey == NULL)
				rowkey = rules_row_key(rule, rel, slot);
			report_not_canonical(rule, rowkey, c);
		}
	}

	if (nchanges == 0)
		return PointerGetDatum(tuple);
	return PointerGetDatum(apply_changes(rule, rel, slot, tuple, changes, nchanges));
}
