/*-------------------------------------------------------------------------
 *
 * rules_sql.c
 *	  Small SQL-callable helpers of the rules API (sql/ext/31_rules_api.sql):
 *	  who is calling, and cache invalidation.  The id helpers the API and
 *	  the views call (id_key, legacy_id_key, id_structure_problems) are in
 *	  src/ident/column.c.
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
