/*-------------------------------------------------------------------------
 *
 * nls.h
 *	  Translation of the module's own texts, in its own gettext domain,
 *	  population_rules-N for server major N, as PostgreSQL names its own
 *	  (PG_TEXTDOMAIN).  Every C file that reports anything includes this
 *	  header after postgres.h (tools/po-check.sh verifies it), as PL/pgSQL
 *	  does for its domain: ereport and errsave then translate errmsg,
 *	  errdetail and errhint formats in it.  Texts built outside an ereport
 *	  (a violation rendered for the log, a reason returned by a function)
 *	  are translated with the _() defined here, never with c.h's, which
 *	  looks in the server's domain.  tools/update-po.sh extracts the texts
 *	  into po/.
 *
 *-------------------------------------------------------------------------
 */
#ifndef POPULATION_RULES_NLS_H
#define POPULATION_RULES_NLS_H

#undef TEXTDOMAIN
#define TEXTDOMAIN PG_TEXTDOMAIN("population_rules")

#undef _
#define _(x) dgettext(TEXTDOMAIN, x)

/* Singular or plural form of a format, by count n. */
#define _n(singular, plural, n) dngettext(TEXTDOMAIN, singular, plural, n)

#endif							/* POPULATION_RULES_NLS_H */
