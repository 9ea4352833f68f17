/*-------------------------------------------------------------------------
 *
 * rules_spi.c
 *	  Running the rules' fixed SQL: plans prepared once per backend and kept
 *	  (SPI_keepplan), executed as the owner of the extension's catalogs.
 *
 * The triggers run as whatever role writes the guarded table; that role may
 * not write the extension's catalogs (they are not writable by others), so
 * the statements below run with the catalogs' owner as current user, with
 * SECURITY_LOCAL_USERID_CHANGE, for the duration of the SPI call only.  The
 * statements are constants of this module, schema-qualified, with operators
 * written OPERATOR(pg_catalog.x), so no search_path can redirect them.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "miscadmin.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "rules/rules.h"

/* The owner of population_rules.rule, looked up on every begin (cheap). */
static Oid
catalogs_owner(void)
{
	Oid			nsp = get_namespace_oid("population_rules", false);
	Oid			relid = get_relname_relid("rule", nsp);
	HeapTuple	tup;
	Oid			owner;

	if (!OidIsValid(relid))
		elog(ERROR, "population_rules.rule does not exist");
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

/* Connect to SPI and become the catalogs' owner. */
void
rules_spi_begin(Oid *save_userid, int *save_sec)
{
	Oid			owner = catalogs_owner();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	GetUserIdAndSecContext(save_userid, save_sec);
	SetUserIdAndSecContext(owner, *save_sec | SECURITY_LOCAL_USERID_CHANGE);
}

/* Give the caller's identity back and leave SPI. */
void
rules_spi_end(Oid save_userid, int save_sec)
{
	SetUserIdAndSecContext(save_userid, save_sec);
	SPI_finish();
}

/*
 * Execute a kept plan, preparing it on first use.  Returns the SPI result
 * code; errors out on failure.  An error inside restores the user id through
 * the transaction abort, as for SECURITY DEFINER functions.
 */
int
rules_spi_exec(RulesPlan *p, Datum *values, const char *nulls,
			   bool read_only, long count)
{
	int			rc;

	if (p->plan == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare(p->sql, p->nargs, p->argtypes);

		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s", p->sql,
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "SPI_keepplan failed");
		p->plan = plan;
	}
	rc = SPI_execute_plan(p->plan, values, nulls, read_only, count);
	if (rc < 0)
		elog(ERROR, "SPI_execute_plan failed for \"%s\": %s", p->sql,
			 SPI_result_code_string(rc));
	return rc;
}
