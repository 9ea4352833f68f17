/*-------------------------------------------------------------------------
 *
 * names.c
 *	  SQL functions over the Vietnamese text core: display normalization,
 *	  the capital forms, the match keys, name parts and syllable checks.
 *	  Thin wrappers: all the work is in src/vntext/.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "nls.h"
#include "vntext_pg.h"

PG_FUNCTION_INFO_V1(vn_normalize_sql);
PG_FUNCTION_INFO_V1(vn_upper_sql);
PG_FUNCTION_INFO_V1(vn_ascii_sql);
PG_FUNCTION_INFO_V1(vn_key_unaccent_sql);
PG_FUNCTION_INFO_V1(vn_key_toneless_sql);
PG_FUNCTION_INFO_V1(vn_key_phonetic_sql);
PG_FUNCTION_INFO_V1(vn_name_parts_sql);
PG_FUNCTION_INFO_V1(vn_family_name_sql);
PG_FUNCTION_INFO_V1(vn_middle_name_sql);
PG_FUNCTION_INFO_V1(vn_given_name_sql);
PG_FUNCTION_INFO_V1(vn_invalid_syllables_sql);
PG_FUNCTION_INFO_V1(vn_is_syllable_sql);
PG_FUNCTION_INFO_V1(vn_icu_version_sql);

static text *
result_text(vn_text *t)
{
	text	   *r = cstring_to_text_with_len(t->data, (int) t->len);

	vn_text_free(t);
	return r;
}

/* Apply a core function of shape f(in, len, out) to a text argument. */
typedef vn_status (*vn_text_fn) (const char *, size_t, vn_text *);

static Datum
apply_text_fn(FunctionCallInfo fcinfo, vn_text_fn fn)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	vn_text		out = {0};

	vn_require_utf8();
	vn_report_status(fn(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out));
	PG_RETURN_TEXT_P(result_text(&out));
}

static vn_style
style_arg(text *t)
{
	const char *b = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);

	/* compared in place: this runs once per call */
	if (len == 3 && memcmp(b, "old", 3) == 0)
		return VN_STYLE_OLD;
	if (len == 3 && memcmp(b, "new", 3) == 0)
		return VN_STYLE_NEW;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid tone placement style \"%s\"", text_to_cstring(t)),
			 errdetail("The style decides where the tone goes in open oa, oe and uy: hòa (old) or hoà (new)."),
			 errhint("Use 'old' or 'new'.")));
	return VN_STYLE_OLD;		/* not reached */
}

Datum
vn_normalize_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	vn_style	style = style_arg(PG_GETARG_TEXT_PP(1));
	vn_text		out = {0};

	vn_require_utf8();
	vn_report_status(vn_normalize(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
							   style, &out));
	PG_RETURN_TEXT_P(result_text(&out));
}

Datum
vn_upper_sql(PG_FUNCTION_ARGS)
{
	return apply_text_fn(fcinfo, vn_form_upper);
}

Datum
vn_ascii_sql(PG_FUNCTION_ARGS)
{
	return apply_text_fn(fcinfo, vn_form_ascii);
}

Datum
vn_key_unaccent_sql(PG_FUNCTION_ARGS)
{
	return apply_text_fn(fcinfo, vn_key_unaccent);
}

Datum
vn_key_toneless_sql(PG_FUNCTION_ARGS)
{
	return apply_text_fn(fcinfo, vn_key_toneless);
}

Datum
vn_key_phonetic_sql(PG_FUNCTION_ARGS)
{
	return apply_text_fn(fcinfo, vn_key_phonetic);
}

/* Split the argument; absent parts come back with data == NULL or "". */
static void
split_arg(FunctionCallInfo fcinfo, vn_text *parts)
{
	text	   *in = PG_GETARG_TEXT_PP(0);

	vn_require_utf8();
	vn_report_status(vn_name_split(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
								&parts[0], &parts[1], &parts[2]));
}

/* One part as a Datum; an empty part is NULL. */
static Datum
part_datum(vn_text *t, bool *isnull)
{
	*isnull = (t->data == NULL || t->len == 0);
	if (*isnull)
	{
		vn_text_free(t);
		return (Datum) 0;
	}
	return PointerGetDatum(result_text(t));
}

Datum
vn_name_parts_sql(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	vn_text		parts[3];
	Datum		values[3];
	bool		nulls[3];

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record"),
				 errdetail("The function returns a row of name parts."),
				 errhint("Call it in the FROM clause or expand it: SELECT (population_rules.vn_name_parts(...)).*.")));
	tupdesc = BlessTupleDesc(tupdesc);
	split_arg(fcinfo, parts);
	for (int i = 0; i < 3; i++)
		values[i] = part_datum(&parts[i], &nulls[i]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

static Datum
one_part(FunctionCallInfo fcinfo, int which)
{
	vn_text		parts[3];
	Datum		d = (Datum) 0;
	bool		isnull = true;

	split_arg(fcinfo, parts);
	for (int i = 0; i < 3; i++)
	{
		if (i == which)
			d = part_datum(&parts[i], &isnull);
		else
			vn_text_free(&parts[i]);
	}
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(d);
}

Datum
vn_family_name_sql(PG_FUNCTION_ARGS)
{
	return one_part(fcinfo, 0);
}

Datum
vn_middle_name_sql(PG_FUNCTION_ARGS)
{
	return one_part(fcinfo, 1);
}

Datum
vn_given_name_sql(PG_FUNCTION_ARGS)
{
	return one_part(fcinfo, 2);
}

Datum
vn_invalid_syllables_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	vn_text    *tokens = NULL;
	size_t		n = 0;
	Datum	   *elems;
	ArrayType  *arr;

	vn_require_utf8();
	vn_report_status(vn_invalid_syllables(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in),
									   &tokens, &n));
	elems = palloc((n + 1) * sizeof(Datum));
	for (size_t i = 0; i < n; i++)
		elems[i] = PointerGetDatum(result_text(&tokens[i]));
	if (tokens)
		pfree(tokens);
	arr = construct_array(elems, (int) n, TEXTOID, -1, false, TYPALIGN_INT);
	PG_RETURN_ARRAYTYPE_P(arr);
}

Datum
vn_is_syllable_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);

	vn_require_utf8();
	PG_RETURN_BOOL(vn_is_syllable(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in)));
}

Datum
vn_icu_version_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(vn_icu_version()));
}
