/*-------------------------------------------------------------------------
 *
 * ident/ident.h
 *	  Shared declarations of the identity-number types: personal_id (the
 *	  12-digit số định danh cá nhân, int64 by value) and cmnd (the 9-digit
 *	  số chứng minh nhân dân, int32 by value): the parser and the canonical
 *	  output.
 *
 * The headers of src/ident/ form a ladder, each including the one below:
 *	  ident.h		numbers as text (parse.c)
 *	  read.h		free-text arguments: province, sex, relation to the head
 *					(fold.c, read.c, relation.c, read_sql.c)
 *	  structure.h	the structure check of a personal id (structure.c)
 * The generated data (provinces.h) is read by fold.c, read.c and check.c.
 *
 *-------------------------------------------------------------------------
 */
#ifndef IDENT_IDENT_H
#define IDENT_IDENT_H

#include "fmgr.h"
#include "nodes/nodes.h"
#include "pg_compat.h"

#define PERSONAL_ID_DIGITS 12
#define PERSONAL_ID_MAX INT64CONST(999999999999)
#define CMND_DIGITS 9
#define CMND_MAX 999999999

#define DatumGetPersonalId(X)	DatumGetInt64(X)
#define PersonalIdGetDatum(X)	Int64GetDatum(X)
#define PG_GETARG_PERSONAL_ID(n) DatumGetPersonalId(PG_GETARG_DATUM(n))
#define PG_RETURN_PERSONAL_ID(x) return PersonalIdGetDatum(x)

#define DatumGetCmnd(X)			DatumGetInt32(X)
#define CmndGetDatum(X)			Int32GetDatum(X)
#define PG_GETARG_CMND(n)		DatumGetCmnd(PG_GETARG_DATUM(n))
#define PG_RETURN_CMND(x)		return CmndGetDatum(x)

/* What the digits of a personal id say (DOMAIN.md). */
static inline int
pid_province(int64 key)
{
	return (int) (key / INT64CONST(1000000000));
}

static inline int
pid_century_digit(int64 key)
{
	return (int) ((key / INT64CONST(100000000)) % 10);
}

static inline int
pid_birth_year(int64 key)
{
	return 1900 + 100 * (pid_century_digit(key) / 2) +
		(int) ((key / INT64CONST(1000000)) % 100);
}

static inline char
pid_sex(int64 key)
{
	return pid_century_digit(key) % 2 == 0 ? 'M' : 'F';
}

/* What is wrong with a malformed identity number (parse.c). */
typedef enum IdentParseStatus
{
	IDENT_PARSE_OK = 0,
	IDENT_PARSE_EMPTY,			/* nothing, or whitespace only */
	IDENT_PARSE_SIGN,			/* starts with + or - */
	IDENT_PARSE_FULLWIDTH,		/* a full-width digit U+FF10..U+FF19 */
	IDENT_PARSE_BAD_CHAR,		/* any other non-digit, non-separator */
	IDENT_PARSE_SEPARATOR_EDGE, /* separator first or last */
	IDENT_PARSE_SEPARATOR_RUN,	/* two separators in a row */
	IDENT_PARSE_WRONG_COUNT		/* not the expected number of digits */
} IdentParseStatus;

typedef struct IdentParseResult
{
	IdentParseStatus status;
	int64		value;			/* the number, when status is OK */
	int			ndigits;		/* digits found (WRONG_COUNT) */
	int			position;		/* 1-based character position of the fault */
	const char *fault;			/* the offending character(s) */
	int			faultlen;		/* its length in bytes */
} IdentParseResult;

extern void ident_parse(const char *str, size_t len, int want,
						IdentParseResult *result);
extern void ident_report_parse_error(const IdentParseResult *result,
									 const char *str, size_t len,
									 const char *typname, int want,
									 Node *escontext);

/* Output: exactly ndigits digits with leading zeros, NUL-terminated. */
extern void ident_format_digits(int64 value, int ndigits, char *buf);
extern char *ident_format_pid(int64 key);

/*
 * A table column's text: exactly the canonical digits, no separators
 * (parse.c).  False when it is anything else.
 */
extern bool ident_parse_pid_exact(const char *s, size_t len, int64 *key);
extern bool ident_parse_cmnd_exact(const char *s, size_t len, int32 *key);

#endif							/* IDENT_IDENT_H */
