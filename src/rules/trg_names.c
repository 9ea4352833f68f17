/*-------------------------------------------------------------------------
 *
 * trg_names.c
 *	  The names rule: BEFORE INSERT/UPDATE row trigger storing the chosen
 *	  name columns in canonical form (vn_normalize, in the rule's tone style,
 *	  after legacy-encoding repair when asked), keeping what was typed in a
 *	  column of the DBA's choosing.
 *
 * Modes: enforce stores the canonical form silently; warn stores it and
 * raises a WARNING saying what changed; log stores it and writes the change
 * to population_rules.violations.  Nothing typed is lost when an original
 * column is mapped: it receives the input whenever the rule changed it.
 * Columns: 0..n-1 the names, n..2n-1 their original columns (0 = none).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/memutils.h"

#include "rules/rules.h"
#include "vntext_pg.h"

PG_FUNCTION_INFO_V1(names_trigger);

/*
 * The canonical form of a name, legacy encodings repaired first when the
 * rule asks; NULL when the stored value is already canonical.
 */
static text *
canonical(RuleInfo *rule, text *in)
{
	const char *src = VARDATA_ANY(in);
	size_t		srclen = VARSIZE_ANY_EXHDR(in);
	vn_text		repaired = {0};
	vn_text		out = {0};
	text	   *result = NULL;

	vn_require_utf8();
	if (rule->repair_legacy)
	{
		vn_report_status(vn_repair_legacy(src, srclen, &repaired));
		src = repaired.data;
		srclen = repaired.len;
	}
	vn_report_status(vn_normalize(src, srclen,
								  rule->style ? VN_STYLE_NEW : VN_STYLE_OLD,
								  &out));
	if (out.len != VARSIZE_ANY_EXHDR(in) ||
		memcmp(out.data, VARDATA_ANY(in), out.len) != 0)
		result = cstring_to_text_with_len(out.data, (int) out.len);
	vn_text_free(&out);
	vn_text_free(&repaired);
	return result;
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
	int			ncols = 0;
	int			cols[2 * RULE_MAX_COLS];
	Datum		vals[2 * RULE_MAX_COLS];
	bool		nulls[2 * RULE_MAX_COLS];
	char	   *rowkey = NULL;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("names_trigger() must be called as a trigger")));
	ev = trigdata->tg_event;
	if (!TRIGGER_FIRED_BEFORE(ev) || !TRIGGER_FIRED_FOR_ROW(ev) ||
		TRIGGER_FIRED_BY_DELETE(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("names_trigger() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger")));

	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);
	rule = rules_get_cached(fcinfo, RULE_NAMES);
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

	for (int i = 0; i < rule->nnames; i++)
	{
		bool		isnull;
		Datum		v = heap_getattr(tuple, rule->attnums[i], desc, &isnull);
		text	   *in;
		text	   *canon;

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
		in = DatumGetTextPP(v);
		canon = canonical(rule, in);
		if (canon == NULL)
			continue;

		cols[ncols] = rule->attnums[i];
		vals[ncols] = PointerGetDatum(canon);
		nulls[ncols] = false;
		ncols++;
		if (rule->attnums[rule->nnames + i] != 0)
		{
			cols[ncols] = rule->attnums[rule->nnames + i];
			vals[ncols] = PointerGetDatum(in);
			nulls[ncols] = false;
			ncols++;
		}
		if (rule->mode != MODE_ENFORCE)
		{
			char	   *raw = text_to_cstring(in);
			char	   *fixed = text_to_cstring(canon);

			if (rowkey == NULL)
				rowkey = rules_row_key(rule, rel, slot);
			rules_report(rule, rule->mode, ERRCODE_WARNING, i, rowkey,
						 psprintf("name stored in canonical form in table \"%s\"",
								  rule->table_name),
						 psprintf("Column %s%s%s: \"%s\" became \"%s\".",
								  quote_identifier(rule->colnames[i]),
								  rowkey ? " of row " : "", rowkey ? rowkey : "",
								  raw, fixed),
						 NULL);
		}
	}

	if (ncols == 0)
		return PointerGetDatum(tuple);
	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, desc, ncols, cols,
													 vals, nulls));
}
