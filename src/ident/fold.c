/*-------------------------------------------------------------------------
 *
 * fold.c
 *	  The accent-insensitive ASCII key under which read.c compares the
 *	  names of provinces and the words for a sex, and relation.c the terms
 *	  of a relation to the household head.
 *
 * Names are compared through an accent-insensitive ASCII key: marks
 * dropped, đ folded to d, case folded, everything but letters and digits
 * dropped, and a leading "tỉnh", "thành phố" or "tp" removed.  So "Hòa
 * Bình", "Hoà Bình", "HOA BINH" and "Tỉnh Hòa Bình" are the same key.
 * Without ICU: the letters that fold are a generated table (Latin-1
 * Supplement, Latin Extended-A/B and Latin Extended Additional).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "ident/provinces.h"
#include "ident/read.h"
#include "mb/pg_wchar.h"

/* The ASCII letter a code point folds to; 0 if none. */
static char
ident_fold_codepoint(pg_wchar cp)
{
	int			lo = 0;
	int			hi = IDENT_NFOLDS - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (ident_folds[mid].codepoint == (int32) cp)
			return ident_folds[mid].ascii;
		if (ident_folds[mid].codepoint < (int32) cp)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

static inline bool
ident_ascii_alnum(unsigned char c)
{
	return ident_ascii_digit(c) || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z');
}

/* Append c to buf, or fail when full. */
static inline bool
ident_key_put(char *buf, size_t bufsize, size_t *n, char c)
{
	if (*n + 1 >= bufsize)
		return false;
	buf[(*n)++] = c;
	return true;
}

/* Drop a leading administrative word: "tinh ", "thanh pho ", "tp ". */
static const char *
ident_skip_unit_word(const char *key)
{
	static const char *const words[] = {"thanh pho ", "tinh ", "tp "};
	int			i;

	for (i = 0; i < lengthof(words); i++)
	{
		size_t		l = strlen(words[i]);

		if (strncmp(key, words[i], l) == 0)
			return key + l;
	}
	return key;
}

/*
 * Fold str[0..len) into buf: lower-case ASCII letters and digits, no
 * spaces; a leading administrative word is dropped when skip_unit.  False
 * when the text holds a character that is neither a Latin letter, a digit,
 * a combining mark nor punctuation, or is too long.
 */
static bool
ident_fold(const char *str, size_t len, char *buf, size_t bufsize,
		   bool skip_unit)
{
	char		spaced[IDENT_KEY_MAX * 2];
	size_t		n = 0;
	const unsigned char *p = (const unsigned char *) str;
	const unsigned char *end = p + len;
	bool		utf8 = GetDatabaseEncoding() == PG_UTF8;
	const char *s;
	size_t		out = 0;

	while (p < end)
	{
		pg_wchar	cp;
		int			l;
		char		c = 0;

		if (*p < 0x80)
		{
			cp = *p;
			l = 1;
		}
		else
		{
			if (!utf8)
				return false;
			l = pg_utf_mblen(p);
			if (l < 2 || l > end - p)
				return false;
			cp = utf8_to_unicode(p);
		}
		p += l;

		if (cp < 0x80 && ident_ascii_alnum((unsigned char) cp))
			c = pg_ascii_tolower((unsigned char) cp);
		else if (cp >= 0x0300 && cp <= 0x036F)
			continue;			/* combining mark */
		else if (cp >= 0x80 && cp != 0xA0)
		{
			c = ident_fold_codepoint(cp);
			if (c == 0)
				return false;
		}

		if (c == 0)
		{
			/* ASCII punctuation, space or no-break space: a word break */
			if (n > 0 && spaced[n - 1] != ' ' &&
				!ident_key_put(spaced, sizeof(spaced), &n, ' '))
				return false;
		}
		else if (!ident_key_put(spaced, sizeof(spaced), &n, c))
			return false;
	}
	spaced[n] = '\0';

	for (s = skip_unit ? ident_skip_unit_word(spaced) : spaced; *s; s++)
	{
		if (*s != ' ' && !ident_key_put(buf, bufsize, &out, *s))
			return false;
	}
	buf[out] = '\0';
	return true;
}

/* The key of a province name or a word for a sex ("Tỉnh" etc. dropped). */
bool
ident_fold_key(const char *str, size_t len, char *buf, size_t bufsize)
{
	return ident_fold(str, len, buf, bufsize, true);
}

/* The key of any other word: every letter and digit kept. */
bool
ident_fold_word(const char *str, size_t len, char *buf, size_t bufsize)
{
	return ident_fold(str, len, buf, bufsize, false);
}
