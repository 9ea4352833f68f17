/*-------------------------------------------------------------------------
 *
 * rules_sql.c
 *	  Small SQL-callable helpers of the rules API (sql/ext/31_rules_api.sql):
 *	  who is calling, cache invalidation, and the id parsers and structure
 *	  check shared with the triggers, so attach and validate judge existing
 *	  rows exactly as the triggers judge new ones.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"

#include "rules/rules.h"

PG_FUNCTION_INFO_V1(rules_invoking_role);
PG_FUNCTION_INFO_V1(rules_invalidate);
PG_FUNCTION_INFO_V1(rules_id_key);
PG_FUNCTION_INFO_V1(rules_legacy_key);
PG_FUNCTION_INFO_V1(rules_id_problems);

/*
 * The role that called into the API: inside the API's SECURITY DEFINER
 * functions current_user is the extension's owner, so ownership checks use
 * the outer role (the session user, or the role set by SET ROLE).
 */
Datum
rules_invoking_role(PG_FUNCTION_ARGS)
{
	PG_RETURN_OID(GetOuterUserId());
}

/* Make every backend reload the rules of a table at its next trigger call. */
Datum
rules_invalidate(PG_FUNCTION_ARGS)
{
	CacheInvalidateRelcacheByRelid(PG_GETARG_OID(0));
	PG_RETURN_VOID();
}

/* The key of a 12-digit id written as text; NULL when malformed. */
Datum
rules_id_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int64		key;

	if (!rules_parse_pid_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &key))
		PG_RETURN_NULL();
	PG_RETURN_INT64(key);
}

/* The key of a 9-digit legacy id written as text; NULL when malformed. */
Datum
rules_legacy_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int32		key;

	if (!rules_parse_cmnd_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &key))
		PG_RETURN_NULL();
	PG_RETURN_INT64((int64) key);
}

/*
 * Structure findings of a key against birth year, sex and province (any
 * NULL = unknown); NULL when consistent.  Not STRICT.
 */
Datum
rules_id_problems(PG_FUNCTION_ARGS)
{
	int64		key;
	int			year = -1;
	int			sex = -1;
	int			prov = -1;
	char	   *p;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	key = PG_GETARG_INT64(0);
	if (!PG_ARGISNULL(1))
		year = PG_GETARG_INT32(1);
	if (!PG_ARGISNULL(2))
		sex = rules_sex_from_text(text_to_cstring(PG_GETARG_TEXT_PP(2)));
	if (!PG_ARGISNULL(3))
		prov = rules_province_from_text(text_to_cstring(PG_GETARG_TEXT_PP(3)));
	p = rules_pid_problems(key, year, sex, prov);
	if (p == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(p));
}
