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
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/memutils.h"

#include "rules/rules.h"
#include "vntext/vntext.h"

PG_FUNCTION_INFO_V1(names_trigger);

static void
report_core_status(vn_status st)
{
	if (st == VN_OK)
		return;
	if (st == VN_ERR_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("name is too long"),
				 errdetail("A name may have at most %d bytes.", VN_MAX_INPUT_BYTES)));
	if (st == VN_ERR_BAD_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("name is not valid UTF-8")));
	ereport(ERROR,
			(errcode(ERRCODE_INTERNAL_ERROR),
			 errmsg("Vietnamese text core failed"),
			 errdetail("The core returned status %d.", (int) st)));
}

/*
 * Legacy repair is the "legacy" part of the name core, reached through its
 * SQL function so this rule does not depend on it being linked in.
 */
static text *
repair_legacy(text *in)
{
	static Oid	fn = InvalidOid;

	if (!OidIsValid(fn))
	{
		Oid			argtypes[1] = {TEXTOID};
		List	   *name = list_make2(makeString("population_rules"),
									  makeString("vn_repair_legacy"));

		fn = LookupFuncName(name, 1, argtypes, true);
		if (!OidIsValid(fn))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("legacy repair is not available"),
					 errdetail("Function population_rules.vn_repair_legacy(text) does not exist in this version."),
					 errhint("Set the rule's repair_legacy option to false.")));
	}
	return DatumGetTextPP(OidFunctionCall1(fn, PointerGetDatum(in)));
}

/* The canonical form of a name; NULL when it is already canonical. */
static text *
canonical(RuleInfo *rule, text *in)
{
	text	   *src = in;
	vn_text		out = {0};
	text	   *result = NULL;

	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("the names rule requires a UTF8 database")));
	if (rule->repair_legacy)
		src = repair_legacy(in);
	report_core_status(vn_normalize(VARDATA_ANY(src), VARSIZE_ANY_EXHDR(src),
									rule->style ? VN_STYLE_NEW : VN_STYLE_OLD,
									&out));
	if (out.len != VARSIZE_ANY_EXHDR(in) ||
		memcmp(out.data, VARDATA_ANY(in), out.len) != 0)
		result = cstring_to_text_with_len(out.data, (int) out.len);
	vn_text_free(&out);
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
	rule = rules_get(trigdata, RULE_NAMES);
	if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		tuple = trigdata->tg_newtuple;
		oldtup = trigdata->tg_trigtuple;
	}
	else
		tuple = trigdata->tg_trigtuple;

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
				rowkey = rules_row_key(rule, rel, tuple);
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
