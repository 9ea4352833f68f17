/*-------------------------------------------------------------------------
 *
 * rules_spi.c
 *	  Running the rules' fixed SQL (catalog_sql.c) as the owner of the
 *	  extension's catalogs: plans prepared once per backend and kept.
 *
 * The triggers run as whatever role writes the guarded table; that role may
 * not write the extension's catalogs, so the statements run with the
 * catalogs' owner as current user, for the duration of the SPI call only.
 * While rights are raised nothing the caller controls may run:
 *   - the statements come from catalog_sql.c by index and are written
 *     schema-qualified down to their operators;
 *   - search_path is pinned to "pg_catalog, pg_temp" (the caller's path
 *     would otherwise be used to re-analyse a kept plan), as a SECURITY
 *     DEFINER function with SET search_path does;
 *   - the security context is SECURITY_RESTRICTED_OPERATION, as for
 *     maintenance commands run as a table's owner;
 *   - parameters are values of built-in types computed before, with the
 *     caller's rights, by the trigger.
 * An error restores the user id and the search_path through the
 * (sub)transaction abort, as for SECURITY DEFINER functions.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "nls.h"
#include "rules/rules.h"

/*
 * A relation of the extension's schema by name (population_rules.rule,
 * .violations, ...), InvalidOid when there is none, nor the schema (a
 * database without the extension, where the preloaded module's hooks run
 * too): the one place the C code finds the extension's catalogs.
 */
Oid
rules_catalog_relid(const char *relname)
{
	Oid			nsp = get_namespace_oid(rules_catalog.schema, true);

	return OidIsValid(nsp) ? get_relname_relid(relname, nsp) : InvalidOid;
}

/* The owner of population_rules.rule, looked up on every begin (cheap). */
static Oid
catalogs_owner(void)
{
	Oid			relid = rules_catalog_relid(rules_catalog.rule);
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

/* Connect to SPI, become the catalogs' owner and pin the search_path. */
void
rules_spi_begin(RulesRaised *raised)
{
	Oid			owner = catalogs_owner();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	GetUserIdAndSecContext(&raised->save_userid, &raised->save_sec);
	SetUserIdAndSecContext(owner, raised->save_sec |
						   SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	raised->save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE,
							 true, 0, false);
}

/* Give the caller's search_path and identity back and leave SPI. */
void
rules_spi_end(RulesRaised *raised)
{
	AtEOXact_GUC(true, raised->save_nestlevel);
	SetUserIdAndSecContext(raised->save_userid, raised->save_sec);
	SPI_finish();
}

/* The kept plan of one of the statements of catalog_sql.c. */
static SPIPlanPtr
plan_of(RulesSqlId id)
{
	RulesPlan  *p = &rules_sql[id];

	if (p->plan == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare_cursor(p->sql, p->nargs, p->argtypes,
											  p->custom_plan ? CURSOR_OPT_CUSTOM_PLAN : 0);

		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s", p->sql,
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "SPI_keepplan failed");
		p->plan = plan;
	}
	p->executions++;
	return p->plan;
}

/*
 * Execute one of the statements of catalog_sql.c, preparing its plan on
 * first use.  Returns the SPI result code; errors out on failure.
 */
int
rules_spi_exec(RulesSqlId id, Datum *values, const char *nulls,
			   bool read_only, long count)
{
	SPIPlanPtr	plan = plan_of(id);
	int			rc;

	rc = SPI_execute_plan(plan, values, nulls, read_only, count);
	if (rc < 0)
		elog(ERROR, "SPI_execute_plan failed for \"%s\": %s", rules_sql[id].sql,
			 SPI_result_code_string(rc));
	return rc;
}

/*
 * Open a read-only cursor on one of those statements: it reads with the
 * snapshot active at the call (the statement's, in a trigger), whatever
 * the caller writes meanwhile.  The caller fetches and closes it.
 */
Portal
rules_spi_cursor(RulesSqlId id, Datum *values)
{
	Portal		portal = SPI_cursor_open(NULL, plan_of(id), values, NULL, true);

	if (portal == NULL)
		elog(ERROR, "SPI_cursor_open failed for \"%s\": %s", rules_sql[id].sql,
			 SPI_result_code_string(SPI_result));
	return portal;
}
