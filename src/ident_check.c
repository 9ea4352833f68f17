/*-------------------------------------------------------------------------
 *
 * ident_check.c
 *	  What the digits of an identity number say, and whether they agree
 *	  with a person's record.
 *
 * personal_id digits (DOMAIN.md): 1-3 province of birth registration (one
 * of the frozen 63 codes), 4 century and sex (0/1 = 1900s male/female,
 * 2/3 = 2000s, ... 8/9 = 2300s), 5-6 last two digits of the birth year,
 * 7-12 random.  cmnd: a 2- or 3-digit prefix names the issuing police.
 * Everything here reads the embedded tables of ident_provinces.c: no SQL,
 * so every function is IMMUTABLE.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "ident_common.h"
#include "ident_provinces.h"
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

/* Longest part of a caller's argument quoted back in a reason. */
#define IDENT_QUOTED_CHARS 40

/* The most mismatches one check can find. */
#define IDENT_MAX_MISMATCHES 8

typedef struct IdentMismatch
{
	const char *code;			/* stable machine-readable name */
	char	   *reason;			/* one English sentence */
} IdentMismatch;

typedef struct IdentMismatches
{
	int			n;
	IdentMismatch items[IDENT_MAX_MISMATCHES];
} IdentMismatches;

static inline int
pid_province(int64 id)
{
	return (int) (id / INT64CONST(1000000000));
}

static inline int
pid_century_digit(int64 id)
{
	return (int) ((id / INT64CONST(100000000)) % 10);
}

static inline int
pid_birth_year(int64 id)
{
	int			d4 = pid_century_digit(id);

	return 1900 + 100 * (d4 / 2) + (int) ((id / INT64CONST(1000000)) % 100);
}

static inline char
pid_sex(int64 id)
{
	return pid_century_digit(id) % 2 == 0 ? 'M' : 'F';
}

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

/* Name of one of the 63 province codes, or NULL. */
const char *
ident_province_name(int code)
{
	int			i;

	if (code < 0 || code > 999)
		return NULL;
	i = ident_province_index[code];
	return i < 0 ? NULL : ident_provinces[i].name_vi;
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

/* A caller's text, clipped for quoting in a reason. */
static char *
ident_quoted(text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			clip = pg_mbcharcliplen(s, Min(len, 1024), IDENT_QUOTED_CHARS);

	if (clip < len)
		return psprintf("%.*s...", clip, s);
	return pnstrdup(s, len);
}

static void
add_mismatch(IdentMismatches *m, const char *code, char *reason)
{
	Assert(m->n < IDENT_MAX_MISMATCHES);
	m->items[m->n].code = code;
	m->items[m->n].reason = reason;
	m->n++;
}

static const char *
sex_word(char sex)
{
	return sex == 'M' ? _("male (M)") : _("female (F)");
}

/*
 * Compare the number's digits with what is known of the person.  Every
 * argument but the id may be NULL (unknown: that check is skipped).
 */
static void
personal_id_compare(FunctionCallInfo fcinfo, IdentMismatches *m)
{
	int64		id = PG_GETARG_PERSONAL_ID(0);
	int			id_province = pid_province(id);
	int			id_year = pid_birth_year(id);
	char		id_sex = pid_sex(id);
	int			year;

	m->n = 0;

	if (ident_province_name(id_province) == NULL)
		add_mismatch(m, "unknown_province",
					 psprintf(_("Province code %03d is not one of the 63 codes of birth registration: unknown province or birth registered abroad."),
							  id_province));

	if (!PG_ARGISNULL(1) && ident_date_year(PG_GETARG_DATEADT(1), &year) &&
		year != id_year)
		add_mismatch(m, "birth_year",
					 psprintf(_("The number says born in %d, the birth date says %d."),
							  id_year, year));

	if (!PG_ARGISNULL(2))
	{
		text	   *t = PG_GETARG_TEXT_PP(2);
		char		sex = ident_sex_from_text(VARDATA_ANY(t),
											  VARSIZE_ANY_EXHDR(t));

		if (sex == '?')
			add_mismatch(m, "unreadable_sex",
						 psprintf(_("The sex given, \"%s\", is none of M, F, male, female, nam, %s."),
								  ident_quoted(t), ident_server("nữ")));
		else if (sex != 0 && sex != id_sex)
			add_mismatch(m, "sex",
						 psprintf(_("The number says %s, the sex given is %s."),
								  sex_word(id_sex), sex_word(sex)));
	}

	if (PG_NARGS() > 4 && !PG_ARGISNULL(4) &&
		ident_date_year(PG_GETARG_DATEADT(4), &year) && id_year > year)
		add_mismatch(m, "future_birth_year",
					 psprintf(_("The number says born in %d, after the reference year %d."),
							  id_year, year));

	if (!PG_ARGISNULL(3))
	{
		text	   *t = PG_GETARG_TEXT_PP(3);
		int			given = ident_province_from_text(VARDATA_ANY(t),
													 VARSIZE_ANY_EXHDR(t));

		if (given < 0)
			add_mismatch(m, "unreadable_province",
						 psprintf(_("The province given, \"%s\", is neither one of the 63 codes nor a province name."),
								  ident_quoted(t)));
		else if (given > 0 && ident_province_name(id_province) != NULL &&
				 given != id_province)
			add_mismatch(m, "province",
						 psprintf(_("The number says registered in %03d (%s), the province given is %03d (%s)."),
								  id_province,
								  ident_server(ident_province_name(id_province)),
								  given, ident_server(ident_province_name(given))));
	}
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
 * personal_id_mismatches(id, birth_date, sex, birth_province,
 *						  reference_date) RETURNS TABLE(mismatch, reason)
 * One row per disagreement, none when the number is consistent.
 */
Datum
personal_id_mismatches(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Tuplestorestate *store = ident_begin_result_set(fcinfo, &tupdesc);
	IdentMismatches m;
	int			i;

	if (PG_ARGISNULL(0))
		return (Datum) 0;

	personal_id_compare(fcinfo, &m);
	for (i = 0; i < m.n; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = CStringGetTextDatum(m.items[i].code);
		values[1] = CStringGetTextDatum(m.items[i].reason);
		tuplestore_putvalues(store, tupdesc, values, nulls);
	}
	return (Datum) 0;
}

/* True when personal_id_mismatches() would return no row. */
Datum
personal_id_is_consistent(PG_FUNCTION_ARGS)
{
	IdentMismatches m;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	personal_id_compare(fcinfo, &m);
	PG_RETURN_BOOL(m.n == 0);
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
