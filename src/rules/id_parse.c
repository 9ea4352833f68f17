/*-------------------------------------------------------------------------
 *
 * id_parse.c
 *	  Reading id numbers out of table columns, and the structure check of
 *	  the 12-digit personal id (DOMAIN.md): digits 1-3 the province of birth
 *	  registration (63 frozen codes), digit 4 century and sex, digits 5-6
 *	  the birth year.
 *
 * A column holding an id as text must hold exactly the canonical digits
 * (12, or 9 for the legacy CMND): a value with spaces or dots is a format
 * violation in a text column, since two spellings of one number would
 * otherwise be two different strings to every index and join.
 *
 * The parsing, the frozen province list and the readers of sex and
 * province values are those of the identifier types (src/ident_*.c): one
 * parser, one province list, for the types and the rules alike.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "nls.h"
#include "utils/timestamp.h"

#include "ident_common.h"
#include "rules/rules.h"

/*
 * Exactly `want` ASCII digits -> key.  The types' parser also accepts
 * separators between digit groups on input; a text column must hold the
 * canonical digits only, so the length must be exactly the digit count.
 */
static bool
parse_exact(const char *s, size_t len, int want, int64 *key)
{
	IdentParseResult r;

	if (len != (size_t) want)
		return false;
	ident_parse(s, len, want, &r);
	if (r.status != IDENT_PARSE_OK)
		return false;
	*key = r.value;
	return true;
}

bool
rules_parse_pid_text(const char *s, size_t len, int64 *key)
{
	return parse_exact(s, len, PERSONAL_ID_DIGITS, key);
}

bool
rules_parse_cmnd_text(const char *s, size_t len, int32 *key)
{
	int64		k;

	if (!parse_exact(s, len, CMND_DIGITS, &k))
		return false;
	*key = (int32) k;
	return true;
}

/* The canonical 12 digits of a key. */
char *
rules_format_pid(int64 key)
{
	return psprintf("%012lld", (long long) key);
}

/* s[0..*len) without ASCII blanks at either end (a char(n) pads). */
static const char *
trim_blanks(const char *s, size_t *len)
{
	while (*len > 0 && (*s == ' ' || *s == '\t'))
	{
		s++;
		(*len)--;
	}
	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t'))
		(*len)--;
	return s;
}

/*
 * 0 = male, 1 = female, -1 = unknown (Nam/Nữ, M/F, male/female, any case,
 * or the digit 0/1 of an integer column: the parity of the id's fourth
 * digit, 0 male, 1 female).
 */
int
rules_sex_from_text(const char *s, size_t len)
{
	char		c;

	if (s == NULL)
		return -1;
	s = trim_blanks(s, &len);
	if (len == 1 && (s[0] == '0' || s[0] == '1'))
		return s[0] - '0';
	c = ident_sex_from_text(s, len);
	return c == 'M' ? 0 : c == 'F' ? 1 : -1;
}

/*
 * A province code ("1", "01", "001": an integer column's 1 is code 001)
 * or name ("Hà Nội"); -1 if unknown.
 */
int
rules_province_from_text(const char *s, size_t len)
{
	int			code;

	if (s == NULL)
		return -1;
	s = trim_blanks(s, &len);
	if (len == 1 && s[0] >= '1' && s[0] <= '9')
	{
		char		padded[3] = {'0', '0', s[0]};

		code = ident_province_from_text(padded, 3);
	}
	else
		code = ident_province_from_text(s, len);
	return code > 0 ? code : -1;
}

/*
 * The current year (UTC), recomputed when the day changes: the structure
 * check runs once per row, and a year does not need a time-zone lookup
 * per row.
 */
static int
current_year(void)
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

/* "; " between two findings of rules_pid_problems. */
static void
finding_separator(StringInfo buf)
{
	if (buf->len > 0)
		appendStringInfoString(buf, "; ");
}

/*
 * Structure findings for a key against a birth year, sex (0/1) and birth
 * province code, each -1 when unknown.  NULL when consistent, else one
 * sentence listing every finding.  Allocates only when there is a finding.
 */
char *
rules_pid_problems(int64 key, int birth_year, int sex, int province)
{
	int			prov = (int) (key / INT64CONST(1000000000));
	int			d4 = (int) ((key / INT64CONST(100000000)) % 10);
	int			yy = (int) ((key / INT64CONST(1000000)) % 100);
	int			year = 1900 + 100 * (d4 / 2) + yy;
	int			nsex = d4 % 2;
	int			this_year = current_year();
	bool		unknown_prov = ident_province_name(prov) == NULL;
	bool		prov_differs = !unknown_prov && province >= 0 && province != prov;
	bool		future = year > this_year;
	bool		year_differs = birth_year >= 0 && birth_year != year;
	bool		sex_differs = sex >= 0 && sex != nsex;
	StringInfoData buf;

	if (!unknown_prov && !prov_differs && !future && !year_differs && !sex_differs)
		return NULL;
	initStringInfo(&buf);
	if (unknown_prov)
		appendStringInfo(&buf, _("unknown province or birth abroad (code %03d)"), prov);
	else if (prov_differs)
		appendStringInfo(&buf, _("province differs (number says %03d, row says %03d)"),
						 prov, province);
	if (future)
	{
		finding_separator(&buf);
		appendStringInfo(&buf, _("birth year in the future (%d)"), year);
	}
	if (year_differs)
	{
		finding_separator(&buf);
		appendStringInfo(&buf, _("birth year differs (number says %d, row says %d)"),
						 year, birth_year);
	}
	if (sex_differs)
	{
		finding_separator(&buf);
		appendStringInfoString(&buf, nsex ?
							   _("sex differs (number says female, row says male)") :
							   _("sex differs (number says male, row says female)"));
	}
	return buf.data;
}
