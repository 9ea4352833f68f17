/*-------------------------------------------------------------------------
 *
 * read_sql.c
 *	  SQL functions over the readers of read.c and relation.c: how the
 *	  extension reads a sex, a province of birth registration and a
 *	  relation to the household head, for the generated views, the scan of
 *	  register_source and the user's own queries.
 *
 * Each returns the canonical value, NULL when the text is empty or blank
 * (unknown), and '?' when the text cannot be read: a value is never
 * silently read as unknown.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "ident/read.h"

PG_FUNCTION_INFO_V1(ident_read_sex_sql);
PG_FUNCTION_INFO_V1(ident_read_province_sql);
PG_FUNCTION_INFO_V1(ident_read_relation_sql);
PG_FUNCTION_INFO_V1(ident_relation_sex_sql);

#define UNREADABLE "?"

/* read_sex(text) -> 'M', 'F', '?' or NULL */
Datum
ident_read_sex_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	char		sex = ident_read_sex(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));

	if (sex == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(&sex, 1));
}

/* read_province(text) -> the 3-digit code, '?' or NULL */
Datum
ident_read_province_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	int			code = ident_read_province(VARDATA_ANY(in),
										   VARSIZE_ANY_EXHDR(in));
	char		buf[8];

	if (code == 0)
		PG_RETURN_NULL();
	if (code < 0)
		PG_RETURN_TEXT_P(cstring_to_text(UNREADABLE));
	snprintf(buf, sizeof(buf), "%03d", code);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* read_relation(text) -> the canonical key, '?' or NULL */
Datum
ident_read_relation_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	int			r = ident_read_relation(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));

	if (r == IDENT_RELATION_BLANK)
		PG_RETURN_NULL();
	if (r == IDENT_RELATION_UNREADABLE)
		PG_RETURN_TEXT_P(cstring_to_text(UNREADABLE));
	PG_RETURN_TEXT_P(cstring_to_text(ident_relation_key(r)));
}

/* relation_sex(key) -> 'M', 'F', or NULL (no sex, or not a key) */
Datum
ident_relation_sex_sql(PG_FUNCTION_ARGS)
{
	char	   *key = text_to_cstring(PG_GETARG_TEXT_PP(0));
	int			r = ident_relation_by_key(key);
	char		sex;

	pfree(key);
	if (r < 0 || (sex = ident_relation_sex(r)) == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(&sex, 1));
}
