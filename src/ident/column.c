/*-------------------------------------------------------------------------
 *
 * column.c
 *	  The SQL functions over id columns that the rules API and the views
 *	  call (sql/ext/31_rules_api.sql): the key of an id written as text,
 *	  and the structure check of structure.c against a row's birth year,
 *	  sex and birth province, so attach, validate and the id_structure view
 *	  judge existing rows exactly as the unique-id rule judges new ones.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "ident/structure.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(rules_id_key);
PG_FUNCTION_INFO_V1(rules_legacy_key);
PG_FUNCTION_INFO_V1(rules_id_problems);

/* The key of a 12-digit id written as text; NULL when malformed. */
Datum
rules_id_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int64		key;

	if (!ident_parse_pid_exact(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &key))
		PG_RETURN_NULL();
	PG_RETURN_INT64(key);
}

/* The key of a 9-digit legacy id written as text; NULL when malformed. */
Datum
rules_legacy_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int32		key;

	if (!ident_parse_cmnd_exact(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &key))
		PG_RETURN_NULL();
	PG_RETURN_INT64((int64) key);
}

/*
 * id_structure_problems(key, birth_year, sex, birth_province): the
 * findings of the rule's structure check as one sentence (any argument but
 * the key NULL = unknown); NULL when consistent.  Not STRICT; STABLE, as a
 * birth year after the current one is a finding.
 */
Datum
rules_id_problems(PG_FUNCTION_ARGS)
{
	IdentFacts	facts;
	IdentFindings found;
	char	   *p;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	ident_facts_init(&facts);
	facts.reference_year = ident_current_year();
	if (!PG_ARGISNULL(1))
		facts.birth_year = PG_GETARG_INT32(1);
	if (!PG_ARGISNULL(2))
	{
		text	   *t = PG_GETARG_TEXT_PP(2);

		facts.sex = VARDATA_ANY(t);
		facts.sexlen = VARSIZE_ANY_EXHDR(t);
	}
	if (!PG_ARGISNULL(3))
	{
		text	   *t = PG_GETARG_TEXT_PP(3);

		facts.province = VARDATA_ANY(t);
		facts.provincelen = VARSIZE_ANY_EXHDR(t);
	}
	ident_compare(PG_GETARG_INT64(0), &facts, &found);
	p = ident_findings_sentence(&found);
	if (p == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(p));
}
