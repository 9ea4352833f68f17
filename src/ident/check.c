/*-------------------------------------------------------------------------
 *
 * check.c
 *	  The SQL functions over what the digits of an identity number say
 *	  (accessors), and whether they agree with a person's record (the
 *	  structure check of structure.c).
 *
 * personal_id digits: see ident.h.  cmnd: a 2- or 3-digit prefix names
 * the issuing police.  Everything here reads the embedded tables of
 * provinces.c: no SQL, so every function is IMMUTABLE.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "ident/provinces.h"
#include "ident/structure.h"
#include "nls.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(personal_id_province_code);
PG_FUNCTION_INFO_V1(personal_id_province_name);
PG_FUNCTION_INFO_V1(personal_id_sex);
PG_FUNCTION_INFO_V1(personal_id_century);
PG_FUNCTION_INFO_V1(personal_id_birth_year);
PG_FUNCTION_INFO_V1(personal_id_mismatches);
PG_FUNCTION_INFO_V1(personal_id_is_consistent);
PG_FUNCTION_INFO_V1(cmnd_prefix);
PG_FUNCTION_INFO_V1(cmnd_issuing_area);

/*
 * The embedded names are UTF-8: convert them to the database encoding
 * (a no-op in a UTF8 database).
 */
static const char *
ident_server(const char *s)
{
	return pg_any_to_server(s, strlen(s), PG_UTF8);
}

static text *
ident_utf8_text(const char *s)
{
	return cstring_to_text(ident_server(s));
}

Datum
personal_id_province_code(PG_FUNCTION_ARGS)
{
	char		buf[4];

	ident_format_digits(pid_province(PG_GETARG_PERSONAL_ID(0)), 3, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

Datum
personal_id_province_name(PG_FUNCTION_ARGS)
{
	const char *name = ident_province_name(pid_province(PG_GETARG_PERSONAL_ID(0)));

	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(ident_utf8_text(name));
}

Datum
personal_id_sex(PG_FUNCTION_ARGS)
{
	char		buf[2] = {pid_sex(PG_GETARG_PERSONAL_ID(0)), '\0'};

	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* The first two digits of the birth year: 19 for 1900-1999, ... 23. */
Datum
personal_id_century(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(19 + pid_century_digit(PG_GETARG_PERSONAL_ID(0)) / 2);
}

Datum
personal_id_birth_year(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pid_birth_year(PG_GETARG_PERSONAL_ID(0)));
}

/* The year of a finite date; false for infinity. */
static bool
ident_date_year(DateADT date, int *year)
{
	int			y,
				m,
				d;

	if (DATE_NOT_FINITE(date))
		return false;
	j2date(date + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	*year = y;
	return true;
}

/* A materialize-mode result set for fcinfo, columns as declared. */
static Tuplestorestate *
ident_begin_result_set(FunctionCallInfo fcinfo, TupleDesc *tupdesc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcontext;
	Tuplestorestate *store;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set"),
				 errdetail("The function returns a set of rows."),
				 errhint("Call it in the FROM clause: SELECT * FROM function(...).")));

	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	*tupdesc = CreateTupleDescCopy(*tupdesc);
	store = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = *tupdesc;
	MemoryContextSwitchTo(oldcontext);
	return store;
}

/*
 * The facts of personal_id_mismatches(id, birth_date, sex, birth_province,
 * reference_date): every argument but the id may be NULL (unknown: that
 * check is skipped); an infinite date is unknown too.
 */
static void
personal_id_facts(FunctionCallInfo fcinfo, IdentFacts *facts)
{
	ident_facts_init(facts);
	if (!PG_ARGISNULL(1))
		(void) ident_date_year(PG_GETARG_DATEADT(1), &facts->birth_year);
	if (!PG_ARGISNULL(2))
	{
		text	   *t = PG_GETARG_TEXT_PP(2);

		facts->sex = VARDATA_ANY(t);
		facts->sexlen = VARSIZE_ANY_EXHDR(t);
	}
	if (!PG_ARGISNULL(3))
	{
		text	   *t = PG_GETARG_TEXT_PP(3);

		facts->province = VARDATA_ANY(t);
		facts->provincelen = VARSIZE_ANY_EXHDR(t);
	}
	if (PG_NARGS() > 4 && !PG_ARGISNULL(4))
		(void) ident_date_year(PG_GETARG_DATEADT(4), &facts->reference_year);
}

/*
 * personal_id_mismatches(id, birth_date, sex, birth_province,
 *						  reference_date) RETURNS TABLE(mismatch, reason)
 * One row per disagreement, none when the number is consistent.
 */
Datum
personal_id_mismatches(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Tuplestorestate *store = ident_begin_result_set(fcinfo, &tupdesc);
	IdentFacts	facts;
	IdentFindings found;
	int			i;

	if (PG_ARGISNULL(0))
		return (Datum) 0;

	personal_id_facts(fcinfo, &facts);
	ident_compare(PG_GETARG_PERSONAL_ID(0), &facts, &found);
	for (i = 0; i < found.n; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = CStringGetTextDatum(found.items[i].code);
		values[1] = CStringGetTextDatum(found.items[i].reason);
		tuplestore_putvalues(store, tupdesc, values, nulls);
	}
	return (Datum) 0;
}

/* True when personal_id_mismatches() would return no row. */
Datum
personal_id_is_consistent(PG_FUNCTION_ARGS)
{
	IdentFacts	facts;
	IdentFindings found;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	personal_id_facts(fcinfo, &facts);
	ident_compare(PG_GETARG_PERSONAL_ID(0), &facts, &found);
	PG_RETURN_BOOL(found.n == 0);
}

/* The longest known issuing-area prefix of a CMND number, or NULL. */
static const IdentCmndPrefix *
cmnd_find_prefix(int32 value)
{
	char		digits[CMND_DIGITS + 1];
	int			i;

	ident_format_digits(value, CMND_DIGITS, digits);
	for (i = 0; i < IDENT_NCMND_PREFIXES; i++)
	{
		if (strncmp(digits, ident_cmnd_prefixes[i].prefix,
					ident_cmnd_prefixes[i].len) == 0)
			return &ident_cmnd_prefixes[i];
	}
	return NULL;
}

Datum
cmnd_prefix(PG_FUNCTION_ARGS)
{
	const IdentCmndPrefix *p = cmnd_find_prefix(PG_GETARG_CMND(0));

	if (p == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(p->prefix));
}

Datum
cmnd_issuing_area(PG_FUNCTION_ARGS)
{
	const IdentCmndPrefix *p = cmnd_find_prefix(PG_GETARG_CMND(0));

	if (p == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(ident_utf8_text(p->issuing_area));
}
