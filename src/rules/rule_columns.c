/*-------------------------------------------------------------------------
 *
 * rule_columns.c
 *	  Which columns a rule's triggers can read.  Not the virtual generated
 *	  columns of PostgreSQL 18 (the default kind of GENERATED ALWAYS AS
 *	  there): the server never computes them for triggers, and their content
 *	  in a trigger's tuple is undefined, so a rule on one would check
 *	  nothing while it appears attached.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "nls.h"
#include "rules/rules.h"

/* ERROR unless the triggers of the rule see the column's values. */
void
rules_require_stored_column(RuleInfo *entry, Relation rel, AttrNumber attnum)
{
	Form_pg_attribute att = TupleDescAttr(RelationGetDescr(rel), attnum - 1);

	if (AttributeIsVirtualGenerated(att))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("rule \"%s\" cannot read column \"%s\" of \"%s\": it is a virtual generated column",
						entry->rule_name, NameStr(att->attname), RelationGetRelationName(rel)),
				 errdetail("PostgreSQL does not compute virtual generated columns for triggers, so the rule would not see the column's values."),
				 errhint("Make the column a stored generated column (GENERATED ALWAYS AS (...) STORED), or detach the rule with population_rules.detach_rule().")));
}
