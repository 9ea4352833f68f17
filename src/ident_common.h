/*-------------------------------------------------------------------------
 *
 * ident_common.h
 *	  Shared declarations of the identity-number types: personal_id (the
 *	  12-digit số định danh cá nhân, int64 by value) and cmnd (the 9-digit
 *	  số chứng minh nhân dân, int32 by value).
 *
 *-------------------------------------------------------------------------
 */
#ifndef IDENT_COMMON_H
#define IDENT_COMMON_H

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

/* What is wrong with a malformed identity number (ident_parse.c). */
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

/* Accent-insensitive keys and argument readers (ident_fold.c). */
extern bool ident_fold_key(const char *str, size_t len, char *buf,
						   size_t bufsize);
extern int	ident_province_from_text(const char *str, size_t len);
extern char ident_sex_from_text(const char *str, size_t len);

/* Province name of a 3-digit code, or NULL (ident_check.c). */
extern const char *ident_province_name(int code);

#endif							/* IDENT_COMMON_H */
