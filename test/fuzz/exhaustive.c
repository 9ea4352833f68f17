/*-------------------------------------------------------------------------
 *
 * exhaustive.c
 *	  Check the fuzz properties for every Unicode code point, alone and in
 *	  a few contexts, where a fuzzer would need luck to find a bad one:
 *	  normalization idempotent in both styles, forms idempotent, and each
 *	  key stable under normalization: key(x) == key(vn_normalize(x, old)).
 *
 * The contexts put the code point first in a word (title case), after a
 * letter (lower case), before a combining tone, alone between spaces,
 * after an orphan combining mark and between a letter and a tone.
 * Prints every failure and exits 1 if there was one.  "exhaustive bmp"
 * stops after the Basic Multilingual Plane (the smoke test).
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vntext/vntext.h"

typedef vn_status (*text_fn) (const char *, size_t, vn_text *);

static int	failures = 0;

static vn_status
normalize_old(const char *in, size_t len, vn_text *out)
{
	return vn_normalize(in, len, VN_STYLE_OLD, out);
}

static vn_status
normalize_new(const char *in, size_t len, vn_text *out)
{
	return vn_normalize(in, len, VN_STYLE_NEW, out);
}

static void
report(const char *what, const char *in, size_t len, const vn_text *a,
	   const vn_text *b)
{
	if (++failures > 50)
		return;
	printf("%s: input [%.*s] (", what, (int) len, in);
	for (size_t i = 0; i < len; i++)
		printf("%s%02X", i ? " " : "", (unsigned char) in[i]);
	printf(") gives [%s] then [%s]\n", a->data, b->data);
}

static bool
same(const vn_text *a, const vn_text *b)
{
	return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
}

/* f(f(x)) == f(x) */
static void
idempotent(text_fn f, const char *what, const char *in, size_t len)
{
	vn_text		a,
				b;

	if (f(in, len, &a) != VN_OK)
		return;
	if (f(a.data, a.len, &b) == VN_OK)
	{
		if (!same(&a, &b))
			report(what, in, len, &a, &b);
		vn_text_free(&b);
	}
	vn_text_free(&a);
}

/* key(x) == key(normalize(x, old)) */
static void
stable(text_fn key, const char *what, const char *in, size_t len,
	   const vn_text *norm)
{
	vn_text		a,
				b;

	if (key(in, len, &a) != VN_OK)
		return;
	if (key(norm->data, norm->len, &b) == VN_OK)
	{
		if (!same(&a, &b))
			report(what, in, len, &a, &b);
		vn_text_free(&b);
	}
	vn_text_free(&a);
}

static void
check(const char *in, size_t len)
{
	vn_text		norm;

	idempotent(normalize_old, "vn_normalize(old) not idempotent", in, len);
	idempotent(normalize_new, "vn_normalize(new) not idempotent", in, len);
	idempotent(vn_form_upper, "vn_form_upper not idempotent", in, len);
	idempotent(vn_form_ascii, "vn_form_ascii not idempotent", in, len);
	if (normalize_old(in, len, &norm) != VN_OK)
		return;
	stable(vn_key_unaccent, "vn_key_unaccent unstable", in, len, &norm);
	stable(vn_key_toneless, "vn_key_toneless unstable", in, len, &norm);
	stable(vn_key_phonetic, "vn_key_phonetic unstable", in, len, &norm);
	vn_text_free(&norm);
}

/* UTF-8 of one code point; returns its length. */
static size_t
put_utf8(char *s, unsigned c)
{
	if (c < 0x80)
	{
		s[0] = (char) c;
		return 1;
	}
	if (c < 0x800)
	{
		s[0] = (char) (0xC0 | (c >> 6));
		s[1] = (char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		s[0] = (char) (0xE0 | (c >> 12));
		s[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		s[2] = (char) (0x80 | (c & 0x3F));
		return 3;
	}
	s[0] = (char) (0xF0 | (c >> 18));
	s[1] = (char) (0x80 | ((c >> 12) & 0x3F));
	s[2] = (char) (0x80 | ((c >> 6) & 0x3F));
	s[3] = (char) (0x80 | (c & 0x3F));
	return 4;
}

int
main(int argc, char **argv)
{
	static const char *const before[] = {"", "A", "", "a ", "\xCC\x90", "A"};
	static const char *const after[] = {"", "", "\xCC\x80", " a", "", "\xCC\x80"};
	unsigned	end = (argc > 1 && strcmp(argv[1], "bmp") == 0) ? 0x10000 : 0x110000;

	for (unsigned c = 0; c < end; c++)
	{
		char		buf[32];

		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		for (size_t k = 0; k < sizeof(before) / sizeof(before[0]); k++)
		{
			size_t		n = strlen(before[k]);

			memcpy(buf, before[k], n);
			n += put_utf8(buf + n, c);
			memcpy(buf + n, after[k], strlen(after[k]));
			n += strlen(after[k]);
			check(buf, n);
		}
	}
	printf("exhaustive: %d failure(s) over code points U+0000-U+%04X in 6 contexts\n",
		   failures, end - 1);
	return failures ? 1 : 0;
}
