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
 * NOTE: the identifier types of the "ident" branch carry the reference
 * parser and consistency check; once merged, this file should delegate to
 * them so there is a single parser.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/timestamp.h"

#include "rules/rules.h"

/* The 63 province codes of birth registration, frozen before the 2025 merger. */
static const int province_codes[] = {
	1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30,
	31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56,
	58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
	87, 89, 91, 92, 93, 94, 95, 96
};

static bool
province_known(int code)
{
	for (int i = 0; i < lengthof(province_codes); i++)
		if (province_codes[i] == code)
			return true;
	return false;
}

static bool
all_digits(const char *s, size_t len, size_t want)
{
	if (len != want)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Exactly 12 ASCII digits -> key. */
bool
rules_parse_pid_text(const char *s, size_t len, int64 *key)
{
	int64		v = 0;

	if (!all_digits(s, len, 12))
		return false;
	for (size_t i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	*key = v;
	return true;
}

/* Exactly 9 ASCII digits -> key. */
bool
rules_parse_cmnd_text(const char *s, size_t len, int32 *key)
{
	int32		v = 0;

	if (!all_digits(s, len, 9))
		return false;
	for (size_t i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	*key = v;
	return true;
}

/* The canonical 12 digits of a key. */
char *
rules_format_pid(int64 key)
{
	return psprintf("%012lld", (long long) key);
}

/* 0 = male, 1 = female, -1 = unknown, from common spellings. */
int
rules_sex_from_text(const char *s)
{
	if (s == NULL)
		return -1;
	if (pg_strcasecmp(s, "m") == 0 || pg_strcasecmp(s, "male") == 0 ||
		pg_strcasecmp(s, "nam") == 0 || strcmp(s, "0") == 0)
		return 0;
	if (pg_strcasecmp(s, "f") == 0 || pg_strcasecmp(s, "female") == 0 ||
		pg_strcasecmp(s, "nu") == 0 || strcmp(s, "nữ") == 0 ||
		strcmp(s, "Nữ") == 0 || strcmp(s, "NỮ") == 0 || strcmp(s, "1") == 0)
		return 1;
	return -1;
}

/* A province code written "1", "01" or "001"; -1 if not a number 1..999. */
int
rules_province_from_text(const char *s)
{
	int			v = 0;
	size_t		len;

	if (s == NULL)
		return -1;
	len = strlen(s);
	if (len == 0 || len > 3)
		return -1;
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * Structure findings for a key against a birth year, sex (0/1) and birth
 * province code, each -1 when unknown.  NULL when consistent, else one
 * sentence listing every finding.
 */
char *
rules_pid_problems(int64 key, int birth_year, int sex, int province)
{
	int			prov = (int) (key / INT64CONST(1000000000));
	int			d4 = (int) ((key / INT64CONST(100000000)) % 10);
	int			yy = (int) ((key / INT64CONST(1000000)) % 100);
	int			year = 1900 + 100 * (d4 / 2) + yy;
	int			nsex = d4 % 2;
	int			this_year;
	StringInfoData buf;
	pg_time_t	now = (pg_time_t) time(NULL);
	struct pg_tm *tm = pg_gmtime(&now);

	this_year = tm ? tm->tm_year + 1900 : 2100;
	initStringInfo(&buf);
	if (!province_known(prov))
		appendStringInfo(&buf, "%sunknown province or birth abroad (code %03d)",
						 buf.len ? "; " : "", prov);
	else if (province >= 0 && province != prov)
		appendStringInfo(&buf, "%sprovince differs (number says %03d, row says %03d)",
						 buf.len ? "; " : "", prov, province);
	if (year > this_year)
		appendStringInfo(&buf, "%sbirth year in the future (%d)",
						 buf.len ? "; " : "", year);
	if (birth_year >= 0 && birth_year != year)
		appendStringInfo(&buf, "%sbirth year differs (number says %d, row says %d)",
						 buf.len ? "; " : "", year, birth_year);
	if (sex >= 0 && sex != nsex)
		appendStringInfo(&buf, "%ssex differs (number says %s, row says %s)",
						 buf.len ? "; " : "", nsex ? "female" : "male",
						 sex ? "female" : "male");
	if (buf.len == 0)
	{
		pfree(buf.data);
		return NULL;
	}
	return buf.data;
}
