/*-------------------------------------------------------------------------
 *
 * vntext_pg.c
 *	  Glue shared by the SQL wrappers over the Vietnamese text core: the
 *	  UTF-8 database check and the mapping of vn_status to ereport, so that
 *	  every text function reports a bad input the same way.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "nls.h"
#include "vntext_pg.h"

void
vn_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("Vietnamese name functions require a UTF8 database"),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

void
vn_report_status(vn_status st)
{
	switch (st)
	{
		case VN_OK:
			return;
		case VN_ERR_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("name is too long"),
					 errdetail("A name may have at most %d bytes.",
							   VN_MAX_INPUT_BYTES),
					 errhint("Pass one name at a time, not a whole document.")));
			break;
		case VN_ERR_BAD_UTF8:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("name is not valid UTF-8"),
					 errdetail("The text contains a byte sequence that is not UTF-8."),
					 errhint("Convert the data to UTF-8 before calling this function.")));
			break;
		case VN_ERR_ICU:
		case VN_ERR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("Vietnamese text core failed"),
					 errdetail("An ICU call failed (status %d).", (int) st),
					 errhint("Check the ICU library the server runs with: SELECT population_rules.vn_icu_version().")));
			break;
	}
}
