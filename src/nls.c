/*-------------------------------------------------------------------------
 *
 * nls.c
 *	  population_rules.gettext(msgid): the SQL side's way into the module's
 *	  message catalog, so that the PL/pgSQL functions of the extension raise
 *	  their errors in the language of lc_messages, as the C code does.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "nls.h"

PG_FUNCTION_INFO_V1(population_rules_gettext);

/*
 * The translation of msgid in the module's domain for the session's
 * lc_messages, or msgid itself when there is none.  The PL/pgSQL callers
 * pass format() templates, whose %s, %I and %L the translation keeps.
 */
Datum
population_rules_gettext(PG_FUNCTION_ARGS)
{
	char	   *msgid = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *msgstr = _(msgid);

	if (msgstr == msgid)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	PG_RETURN_TEXT_P(cstring_to_text(msgstr));
}
