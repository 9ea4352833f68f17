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

/*
 * Accent-insensitive ASCII key of a name (fold.c): of a province name
 * (a leading "tỉnh", "thành phố", "tp" dropped), of any other word.
 */
extern bool ident_fold_key(const char *str, size_t len, char *buf,
						   size_t bufsize);
extern bool ident_fold_word(const char *str, size_t len, char *buf,
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

/*
 * Relations to the household head (relation.c).  ident_read_relation
 * returns the index of a canonical relation (0 .. ident_nrelations() - 1),
 * IDENT_RELATION_BLANK when the text is empty (unknown, as NULL), or
 * IDENT_RELATION_UNREADABLE when it is none of the known terms, read as
 * it is and after the repair of a legacy encoding.
 */
#define IDENT_RELATION_BLANK (-1)
#define IDENT_RELATION_UNREADABLE (-2)
/* No relation term is longer than this, in bytes, in any spelling. */
#define IDENT_RELATION_MAX_BYTES 256

extern int	ident_read_relation(const char *str, size_t len);
extern int	ident_nrelations(void);
/* Canonical key of a relation: its accent-free term ("vo", "chu ho"). */
extern const char *ident_relation_key(int relation);
/* Its sex: 'M', 'F', or 0 for a term that names none. */
extern char ident_relation_sex(int relation);
/* The relation of a canonical key, or -1. */
extern int	ident_relation_by_key(const char *key);

#endif							/* IDENT_READ_H */
