/*-------------------------------------------------------------------------
 *
 * ident/structure.h
 *	  The structure check of a 12-digit personal id: what its digits say
 *	  against what is known of the person.  One check for the type's
 *	  functions (personal_id_mismatches, personal_id_is_consistent), the
 *	  unique-id rule and the id_structure view (id_structure_problems).
 *
 *-------------------------------------------------------------------------
 */
#ifndef IDENT_STRUCTURE_H
#define IDENT_STRUCTURE_H

#include "ident/read.h"

/* What is known of the person; every fact may be unknown. */
typedef struct IdentFacts
{
	int			birth_year;		/* -1: unknown */
	int			reference_year; /* a birth year after it is wrong; -1: none */
	const char *sex;			/* as written (read.h); NULL: unknown */
	size_t		sexlen;
	const char *province;		/* as written (read.h); NULL: unknown */
	size_t		provincelen;
} IdentFacts;

/* The most findings one check can make. */
#define IDENT_MAX_FINDINGS 8

/*
 * One finding in its two renderings: the type's functions return the code
 * and the reason (a sentence); the rule and the view join the phrases.
 */
typedef struct IdentFinding
{
	const char *code;			/* stable machine-readable name */
	char	   *reason;			/* one sentence, translated */
	char	   *phrase;			/* a clause of the rule's sentence */
} IdentFinding;

typedef struct IdentFindings
{
	int			n;
	IdentFinding items[IDENT_MAX_FINDINGS];
} IdentFindings;

extern void ident_facts_init(IdentFacts *facts);
extern void ident_compare(int64 key, const IdentFacts *facts,
						  IdentFindings *found);
extern char *ident_findings_sentence(const IdentFindings *found);
extern int	ident_current_year(void);

#endif							/* IDENT_STRUCTURE_H */
