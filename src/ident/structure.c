/*-------------------------------------------------------------------------
 *
 * structure.c
 *	  The one structure check of a 12-digit personal id (DOMAIN.md):
 *	  digits 1-3 the province of birth registration (one of the frozen 63
 *	  codes), digit 4 century and sex (0/1 = 1900s male/female, 2/3 =
 *	  2000s, ... 8/9 = 2300s), digits 5-6 the last two digits of the birth
 *	  year.
 *
 * ident_compare() finds every disagreement between the digits and the
 * facts, in one order: the province (unknown code, unreadable or
 * different province given), the birth year (after the reference year,
 * different from the one given), the sex (unreadable or different).  The
 * facts are read by read.c, so the type's functions, the rule and the
 * view read "1", "01", "Nam" and "nữ" alike (docs/identifiers.md).
 * Nothing is allocated when there is no finding: the rule checks every
 * row.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <time.h>

#include "ident/structure.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "nls.h"
#include "pgtime.h"

/* Longest part of a caller's text quoted back in a finding. */
#define IDENT_QUOTED_CHARS 40

/* The embedded names are UTF-8: in the database encoding. */
static const char *
ident_server(const char *s)
{
	return pg_any_to_server(s, strlen(s), PG_UTF8);
}

/* A caller's text, clipped for quoting in a finding. */
static char *
ident_quoted(const char *s, size_t len)
{
	int			clip = pg_mbcharcliplen(s, (int) Min(len, 1024),
										IDENT_QUOTED_CHARS);

	if ((size_t) clip < len)
		return psprintf("%.*s...", clip, s);
	return pnstrdup(s, len);
}

static void
add_finding(IdentFindings *found, const char *code, char *reason,
			char *phrase)
{
	Assert(found->n < IDENT_MAX_FINDINGS);
	found->items[found->n].code = code;
	found->items[found->n].reason = reason;
	found->items[found->n].phrase = phrase;
	found->n++;
}

static const char *
sex_word(char sex)
{
	return sex == 'M' ? _("male (M)") : _("female (F)");
}

/* Nothing known. */
void
ident_facts_init(IdentFacts *facts)
{
	facts->birth_year = -1;
	facts->reference_year = -1;
	facts->sex = NULL;
	facts->sexlen = 0;
	facts->province = NULL;
	facts->provincelen = 0;
}

/* Digits 1-3 against the province given. */
static void
compare_province(int64 key, const IdentFacts *facts, IdentFindings *found)
{
	int			code = pid_province(key);
	const char *name = ident_province_name(code);
	int			given;

	if (name == NULL)
		add_finding(found, "unknown_province",
					psprintf(_("Province code %03d is not one of the 63 codes of birth registration: unknown province or birth registered abroad."),
							 code),
					psprintf(_("unknown province or birth abroad (code %03d)"),
							 code));
	if (facts->province == NULL)
		return;
	given = ident_read_province(facts->province, facts->provincelen);
	if (given < 0)
	{
		char	   *q = ident_quoted(facts->province, facts->provincelen);

		add_finding(found, "unreadable_province",
					psprintf(_("The province given, \"%s\", is neither one of the 63 codes nor a province name."),
							 q),
					psprintf(_("province unreadable (\"%s\")"), q));
	}
	else if (given > 0 && name != NULL && given != code)
		add_finding(found, "province",
					psprintf(_("The number says registered in %03d (%s), the province given is %03d (%s)."),
							 code, ident_server(name), given,
							 ident_server(ident_province_name(given))),
					psprintf(_("province differs (number says %03d, row says %03d)"),
							 code, given));
}

/* Digits 5-6 (and 4) against the reference year and the birth year. */
static void
compare_birth_year(int64 key, const IdentFacts *facts, IdentFindings *found)
{
	int			year = pid_birth_year(key);

	if (facts->reference_year >= 0 && year > facts->reference_year)
		add_finding(found, "future_birth_year",
					psprintf(_("The number says born in %d, after the reference year %d."),
							 year, facts->reference_year),
					psprintf(_("birth year in the future (%d)"), year));
	if (facts->birth_year >= 0 && facts->birth_year != year)
		add_finding(found, "birth_year",
					psprintf(_("The number says born in %d, the birth date says %d."),
							 year, facts->birth_year),
					psprintf(_("birth year differs (number says %d, row says %d)"),
							 year, facts->birth_year));
}

/* Digit 4's parity against the sex given. */
static void
compare_sex(int64 key, const IdentFacts *facts, IdentFindings *found)
{
	char		sex;
	char		id_sex = pid_sex(key);

	if (facts->sex == NULL)
		return;
	sex = ident_read_sex(facts->sex, facts->sexlen);
	if (sex == '?')
	{
		char	   *q = ident_quoted(facts->sex, facts->sexlen);

		add_finding(found, "unreadable_sex",
					psprintf(_("The sex given, \"%s\", is none of M, F, male, female, nam, %s, 0 (male), 1 (female)."),
							 q, ident_server("nữ")),
					psprintf(_("sex unreadable (\"%s\")"), q));
	}
	else if (sex != 0 && sex != id_sex)
		add_finding(found, "sex",
					psprintf(_("The number says %s, the sex given is %s."),
							 sex_word(id_sex), sex_word(sex)),
					pstrdup(id_sex == 'F' ?
							_("sex differs (number says female, row says male)") :
							_("sex differs (number says male, row says female)")));
}

/*
 * Every disagreement between the key's digits and the facts, in the order
 * the file's header gives; found->n is 0 when the number is consistent.
 */
void
ident_compare(int64 key, const IdentFacts *facts, IdentFindings *found)
{
	found->n = 0;
	compare_province(key, facts, found);
	compare_birth_year(key, facts, found);
	compare_sex(key, facts, found);
}

/* The phrases of the findings joined by "; ", or NULL when there is none. */
char *
ident_findings_sentence(const IdentFindings *found)
{
	StringInfoData buf;
	int			i;

	if (found->n == 0)
		return NULL;
	initStringInfo(&buf);
	for (i = 0; i < found->n; i++)
	{
		if (i > 0)
			appendStringInfoString(&buf, "; ");
		appendStringInfoString(&buf, found->items[i].phrase);
	}
	return buf.data;
}

/*
 * The current year (UTC), recomputed when the day changes: the rule checks
 * every row, and a year does not need a time-zone lookup per row.
 */
int
ident_current_year(void)
{
	static pg_time_t day = -1;
	static int	year = 2100;
	pg_time_t	now = (pg_time_t) time(NULL);

	if (now / 86400 != day)
	{
		struct pg_tm *tm = pg_gmtime(&now);

		year = tm ? tm->tm_year + 1900 : 2100;
		day = now / 86400;
	}
	return year;
}
