/*-------------------------------------------------------------------------
 *
 * ident/read.h
 *	  Reading the free-text facts an identity number is checked against:
 *	  a province of birth registration and a sex.  One reader of each,
 *	  used by the type's functions, the rules and the views alike
 *	  (docs/identifiers.md, "What a province and a sex may be written as").
 *
 *-------------------------------------------------------------------------
 */
#ifndef IDENT_READ_H
#define IDENT_READ_H

#include "ident/ident.h"

/* A province name folds to fewer bytes than this. */
#define IDENT_KEY_MAX 64

/*
 * ASCII classes, independent of the server's LC_CTYPE (the functions that
 * use them are IMMUTABLE).
 */
static inline bool
ident_ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
ident_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\v' || c == '\f';
}

/* Accent-insensitive ASCII key of a name (fold.c). */
extern bool ident_fold_key(const char *str, size_t len, char *buf,
						   size_t bufsize);

/* Name (UTF-8) of one of the 63 province codes, or NULL (read.c). */
extern const char *ident_province_name(int code);

/*
 * The province code (1 .. 96) a text names; 0 when it is empty (unknown,
 * as NULL); -1 when it names none of the 63 (read.c).
 */
extern int	ident_read_province(const char *str, size_t len);

/*
 * The sex a text names: 'M' or 'F'; 0 when it is empty (unknown, as
 * NULL); '?' when it is none of the accepted spellings (read.c).
 */
extern char ident_read_sex(const char *str, size_t len);

#endif							/* IDENT_READ_H */
