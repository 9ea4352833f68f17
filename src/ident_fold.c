/*-------------------------------------------------------------------------
 *
 * ident_fold.c
 *	  Reading the free-text arguments of the consistency check: a province
 *	  of birth registration (3-digit code, 2-digit GSO code or name in any
 *	  accents and case) and a sex ('M', 'F', 'male', 'female', 'nam', 'nữ').
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

#include "ident_common.h"
#include "ident_provinces.h"
#include "mb/pg_wchar.h"

/* A province name folds to fewer bytes than this. */
#define IDENT_KEY_MAX 64

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
ident_ascii_alnum(unsigned char c)
{
	return ident_ascii_digit(c) || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z');
}

static inline bool
ident_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\v' || c == '\f';
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
 * spaces.  False when the text holds a character that is neither a Latin
 * letter, a digit, a combining mark nor punctuation, or is too long.
 */
bool
ident_fold_key(const char *str, size_t len, char *buf, size_t bufsize)
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

	for (s = ident_skip_unit_word(spaced); *s; s++)
	{
		if (*s != ' ' && !ident_key_put(buf, bufsize, &out, *s))
			return false;
	}
	buf[out] = '\0';
	return true;
}

/* Trim ASCII whitespace from both ends of str[0..*len). */
static const char *
ident_trim(const char *str, size_t *len)
{
	while (*len > 0 && ident_ascii_space((unsigned char) str[0]))
	{
		str++;
		(*len)--;
	}
	while (*len > 0 && ident_ascii_space((unsigned char) str[*len - 1]))
		(*len)--;
	return str;
}

static int
ident_key_cmp(const void *key, const void *entry)
{
	return strcmp((const char *) key,
				  ((const IdentProvinceKey *) entry)->key);
}

/*
 * The province code (1 .. 96) a birth-province argument names; 0 when the
 * text is empty (unknown, as NULL); -1 when it names none of the 63.
 * Accepted: the 3-digit code "001", the 2-digit GSO code "01", a name.
 */
int
ident_province_from_text(const char *str, size_t len)
{
	char		key[IDENT_KEY_MAX];
	const IdentProvinceKey *hit;
	size_t		i;

	str = ident_trim(str, &len);
	if (len == 0)
		return 0;

	for (i = 0; i < len && ident_ascii_digit((unsigned char) str[i]); i++)
		;
	if (i == len)
	{
		int			code = 0;

		if (len != 2 && len != 3)
			return -1;
		for (i = 0; i < len; i++)
			code = code * 10 + (str[i] - '0');
		return ident_province_name(code) ? code : -1;
	}

	if (!ident_fold_key(str, len, key, sizeof(key)) || key[0] == '\0')
		return -1;
	hit = bsearch(key, ident_province_keys, IDENT_NPROVINCE_KEYS,
				  sizeof(IdentProvinceKey), ident_key_cmp);
	return hit ? hit->code : -1;
}

/*
 * The sex a sex argument names: 'M' or 'F'; 0 when the text is empty
 * (unknown, as NULL); '?' when it is none of the accepted words.
 * Accepted, in any case and accents: M, F, male, female, nam, nữ (nu).
 */
char
ident_sex_from_text(const char *str, size_t len)
{
	char		key[IDENT_KEY_MAX];

	str = ident_trim(str, &len);
	if (len == 0)
		return 0;
	if (!ident_fold_key(str, len, key, sizeof(key)))
		return '?';
	if (strcmp(key, "m") == 0 || strcmp(key, "male") == 0 ||
		strcmp(key, "nam") == 0)
		return 'M';
	if (strcmp(key, "f") == 0 || strcmp(key, "female") == 0 ||
		strcmp(key, "nu") == 0)
		return 'F';
	return '?';
}
