/*-------------------------------------------------------------------------
 *
 * rule_report.c
 *	  What a rule does with a violation, by mode: enforce raises an error,
 *	  warn raises a WARNING, log writes a row of population_rules.violations.
 *	  Errors and warnings carry the schema, table, column and constraint
 *	  fields (the constraint is the rule's name) so clients can map them.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "executor/tuptable.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "nls.h"
#include "rules/rules.h"

/*
 * A row's key for messages, in PostgreSQL's style: "(id)=(42)" from the
 * relation's primary key; NULL when the relation has none.  The column
 * list and the output functions are looked up once per cached rule: the
 * set-based unique-id rule names every row it adds to its key table.
 */
char *
rules_row_key(RuleInfo *rule, Relation rel, TupleTableSlot *slot)
{
	StringInfoData buf;
	TupleDesc	desc = RelationGetDescr(rel);

	if (rule->npk == 0 || slot == NULL)
		return NULL;
	if (rule->pk_prefix == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(rule->cxt);

		initStringInfo(&buf);
		appendStringInfoChar(&buf, '(');
		for (int i = 0; i < rule->npk; i++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, rule->pk_attnums[i] - 1);
			Oid			out;
			bool		varlena;

			if (i > 0)
				appendStringInfoString(&buf, ", ");
			appendStringInfoString(&buf, quote_identifier(NameStr(att->attname)));
			getTypeOutputInfo(att->atttypid, &out, &varlena);
			fmgr_info_cxt(out, &rule->pk_out[i], rule->cxt);
		}
		appendStringInfoString(&buf, ")=(");
		rule->pk_prefix = buf.data;
		MemoryContextSwitchTo(old);
	}
	initStringInfo(&buf);
	appendStringInfoString(&buf, rule->pk_prefix);
	for (int i = 0; i < rule->npk; i++)
	{
		bool		isnull;
		Datum		v = slot_getattr(slot, rule->pk_attnums[i], &isnull);

		if (i > 0)
			appendStringInfoString(&buf, ", ");
		if (isnull)
			appendStringInfoString(&buf, "null");
		else
			appendStringInfoString(&buf, OutputFunctionCall(&rule->pk_out[i], v));
	}
	appendStringInfoChar(&buf, ')');
	return buf.data;
}

/*
 * Does the violation log have its code column (version 0.2.0 and later)?
 * Looked up on every entry: ALTER EXTENSION UPDATE may add it at any time.
 */
static bool
violations_have_code(void)
{
	Oid			relid = rules_catalog_relid(rules_catalog.violations);

	return OidIsValid(relid) &&
		get_attnum(relid, rules_catalog.violations_code) != InvalidAttrNumber;
}

/* Append one row to the violation log, as the catalogs' owner. */
void
rules_log_violation(int32 rule_id, const char *rule_name, Oid tbl,
					const char *table_name, const char *row_key,
					const char *code, const char *detail)
{
	Datum		values[8];
	char		nulls[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
	char	   *role = GetUserNameFromId(GetUserId(), false);
	RulesRaised raised;

	values[0] = Int32GetDatum(rule_id);
	values[1] = CStringGetTextDatum(rule_name);
	values[2] = CStringGetTextDatum(table_name);
	if (row_key)
		values[3] = CStringGetTextDatum(row_key);
	else
		nulls[3] = 'n';
	values[4] = CStringGetTextDatum(detail);
	values[5] = CStringGetTextDatum(role);
	values[6] = ObjectIdGetDatum(tbl);
	values[7] = CStringGetTextDatum(code);

	rules_spi_begin(&raised);
	if (violations_have_code())
		rules_spi_exec(RULES_SQL_LOG_VIOLATION, values, nulls, false, 0);
	else
		rules_spi_exec(RULES_SQL_LOG_VIOLATION_FOR_0_1_0, values, nulls, false, 0);
	rules_spi_end(&raised);
}

/*
 * Report a violation of a rule in the given mode (the rule's own mode, or a
 * milder one for structure findings at strictness "warn").  code is the
 * violation's stable machine code (population_rules.violations.code, such
 * as "duplicate_id"), which applications can translate; colidx is the index
 * of the rule's column concerned, or -1.
 *
 * message, detail and hint come rendered and translated: each caller builds
 * them with psprintf(_("format"), ...) in the module's domain (src/nls.h),
 * because log mode stores the same text as the error shows.  So they are
 * passed on through errmsg_internal, as PostgreSQL does with the texts of a
 * GUC check hook (GUC_check_errmsg), and not translated a second time.
 */
void
rules_report(RuleInfo *rule, RuleMode mode, int sqlstate, const char *code,
			 int colidx, const char *row_key, const char *message,
			 const char *detail, const char *hint)
{
	const char *colname = (colidx >= 0 && colidx < rule->ncols) ?
		rule->colnames[colidx] : NULL;

	if (mode == MODE_LOG)
	{
		char	   *qualified = quote_qualified_identifier(rule->schema_name,
														   get_rel_name(rule->tbl));
		char	   *text = detail ? psprintf("%s: %s", message, detail) :
			pstrdup(message);

		rules_log_violation(rule->rule_id, rule->rule_name, rule->tbl, qualified,
							row_key, code, text);
		return;
	}

	ereport(mode == MODE_ENFORCE ? ERROR : WARNING,
			(errcode(sqlstate),
			 errmsg_internal("%s", message),
			 detail ? errdetail_internal("%s", detail) : 0,
			 hint ? errhint_internal("%s", hint) : 0,
			 err_generic_string(PG_DIAG_SCHEMA_NAME, rule->schema_name),
			 err_generic_string(PG_DIAG_TABLE_NAME, get_rel_name(rule->tbl)),
			 colname ? err_generic_string(PG_DIAG_COLUMN_NAME, colname) : 0,
			 err_generic_string(PG_DIAG_CONSTRAINT_NAME, rule->rule_name)));
}
