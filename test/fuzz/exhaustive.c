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
 * Every such input also checks that the cached functions (legacy repair and
 * detection, the phonetic key) give their reference path's result, and
 * so do the real names of test/data/names-uit-forum.tsv (real_names()).
 * Then every spelling of onset + nucleus + coda + tone (syllables()) checks
 * that the fast path of vn_normalize gives the full path's bytes.
 * Prints every failure and exits 1 if there was one.  "exhaustive bmp"
 * stops after the Basic Multilingual Plane and after nuclei of two vowels
 * (the smoke test).
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "vntext/vntext.h"
#include "vntext/vn_internal.h"
#include "vntext/legacy.h"
#include "harness.h"

static int	failures = 0;

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

/* Where the fast path of vn_normalize answers, it gives the full path's bytes. */
static void
fast_equals_full(const char *in, size_t len)
{
	for (int style = VN_STYLE_OLD; style <= VN_STYLE_NEW; style++)
	{
		vn_text		a = {0},
					b = {0};
		vn_status	st;

		if (!vn_normalize_fast(in, len, (vn_style) style, &a, &st))
			continue;
		if (vn_normalize_full(in, len, (vn_style) style, &b) != st)
		{
			if (++failures <= 50)
				printf("fast path status differs: input [%.*s]\n", (int) len, in);
		}
		else if (st == VN_OK && !same(&a, &b))
			report(style ? "fast path differs (new)" : "fast path differs (old)",
				   in, len, &a, &b);
		if (st == VN_OK)
		{
			vn_text_free(&a);
			vn_text_free(&b);
		}
	}
}

/*
 * A cached function gives its reference path's status and bytes, on this
 * call and on the next (which may hit the cache).
 */
static void
cached_equals_reference(text_fn cached, text_fn reference, const char *what,
						const char *in, size_t len)
{
	vn_text		ref = {0};
	vn_status	st_ref = reference(in, len, &ref);

	for (int round = 0; round < 2; round++)
	{
		vn_text		got = {0};
		vn_status	st = cached(in, len, &got);

		if (st != st_ref)
		{
			if (++failures <= 50)
				printf("%s (status): input [%.*s]\n", what, (int) len, in);
		}
		else if (st == VN_OK && !same(&got, &ref))
			report(what, in, len, &got, &ref);
		if (st == VN_OK)
			vn_text_free(&got);
	}
	if (st_ref == VN_OK)
		vn_text_free(&ref);
}

/* The cached functions against their reference paths. */
static void
check_cached(const char *in, size_t len)
{
	uint32_t	f1,
				f2;

	cached_equals_reference(vn_repair_legacy, vn_repair_legacy_reference,
							"vn_repair_legacy differs from its reference",
							in, len);
	cached_equals_reference(vn_key_phonetic, vn_key_phonetic_reference,
							"vn_key_phonetic differs from its reference",
							in, len);
	if (vn_legacy_detect(in, len, &f1) != vn_legacy_detect_reference(in, len, &f2) ||
		f1 != f2)
	{
		if (++failures <= 50)
			printf("vn_legacy_detect differs from its reference: input [%.*s]\n",
				   (int) len, in);
	}
}

/*
 * Every real name of test/data/names-uit-forum.tsv (first column) through
 * check_cached, and through it again with the caches warm.  Returns the
 * names read, or -1 if the file is missing.
 */
static long
real_names(void)
{
	FILE	   *f = fopen("test/data/names-uit-forum.tsv", "r");
	char		line[1024];
	long		names = 0;

	if (f == NULL)
		return -1;
	for (int round = 0; round < 2; round++)
	{
		rewind(f);
		if (fgets(line, sizeof(line), f) == NULL)	/* header */
			break;
		while (fgets(line, sizeof(line), f) != NULL)
		{
			size_t		n = strcspn(line, "\t\n");

			check_cached(line, n);
			if (round == 0)
				names++;
		}
	}
	fclose(f);
	return names;
}

static void
check(const char *in, size_t len)
{
	vn_text		norm;

	fast_equals_full(in, len);
	check_cached(in, len);

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
	int32_t		n = 0;

	U8_APPEND_UNSAFE((uint8_t *) s, n, c);
	return (size_t) n;
}

/*
 * Every spelling onset + nucleus (one to max_nuc vowels of the twelve) +
 * coda, with no tone or one tone on any vowel of the nucleus, lower case,
 * title case, capitals, and title case with the marks decomposed: the
 * fast path of vn_normalize against the full path.  Onsets and codas
 * include a few that Vietnamese does not have.  Returns the words tried.
 */
static const char *const ex_onsets[] = {
	"", "b", "c", "ch", "d", "\xC4\x91", "g", "gh", "gi", "h", "k", "kh",
	"l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t",
	"th", "tr", "v", "x", "f",
};
static const char *const ex_codas[] = {
	"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k",
};
static const struct
{
	char		base;
	int			q;
}			ex_vowels[12] = {
	{'a', VN_Q_NONE}, {'a', VN_Q_BREVE}, {'a', VN_Q_CIRC}, {'e', VN_Q_NONE},
	{'e', VN_Q_CIRC}, {'i', VN_Q_NONE}, {'o', VN_Q_NONE}, {'o', VN_Q_CIRC},
	{'o', VN_Q_HORN}, {'u', VN_Q_NONE}, {'u', VN_Q_HORN}, {'y', VN_Q_NONE},
};

/* Case of the i-th letter of a word in a variant: 0 lower, 1 title, 2 upper. */
static bool
ex_upper(int variant, int i)
{
	return variant == 2 || (variant != 0 && i == 0);
}

/* Append an ASCII (or đ) spelling in the case of the variant. */
static size_t
ex_put_ascii(char *buf, size_t n, const char *sp, int variant, int *i)
{
	for (size_t k = 0; sp[k]; k++, (*i)++)
	{
		if ((unsigned char) sp[k] == 0xC4)
		{
			buf[n++] = (char) 0xC4;
			buf[n++] = ex_upper(variant, *i) ? (char) 0x90 : (char) 0x91;
			k++;
			continue;
		}
		buf[n++] = ex_upper(variant, *i) ? sp[k] - 32 : sp[k];
	}
	return n;
}

static long
syllables(int max_nuc)
{
	static const unsigned qmark[] = {0, 0x302, 0x306, 0x31B};
	static const unsigned tmark[] = {0, 0x300, 0x309, 0x303, 0x301, 0x323};
	long		words = 0;
	int			rows[3];

	for (int nl = 1; nl <= max_nuc; nl++)
	{
		int			combos = nl == 1 ? 12 : nl == 2 ? 144 : 1728;

		for (int c = 0; c < combos; c++)
		{
			rows[0] = c % 12;
			rows[1] = c / 12 % 12;
			rows[2] = c / 144;
			for (int tp = -1; tp < nl; tp++)
				for (int tone = (tp < 0 ? 0 : 1); tone <= (tp < 0 ? 0 : 5); tone++)
					for (size_t on = 0; on < sizeof(ex_onsets) / sizeof(ex_onsets[0]); on++)
						for (size_t co = 0; co < sizeof(ex_codas) / sizeof(ex_codas[0]); co++)
							for (int variant = 0; variant < 4; variant++)
							{
								char		buf[64];
								size_t		n = 0;
								int			i = 0;

								n = ex_put_ascii(buf, n, ex_onsets[on], variant, &i);
								for (int v = 0; v < nl; v++, i++)
								{
									vn_letter	l = {ex_vowels[rows[v]].base,
										(uint8_t) ex_vowels[rows[v]].q,
										(uint8_t) (v == tp ? tone : 0),
									ex_upper(variant, i)};

									if (variant < 3)
									{
										n += put_utf8(buf + n, (unsigned) vn_letter_cp(&l));
										continue;
									}
									buf[n++] = l.upper ? l.base - 32 : l.base;
									if (l.q)
										n += put_utf8(buf + n, qmark[l.q]);
									if (l.tone)
										n += put_utf8(buf + n, tmark[l.tone]);
								}
								n = ex_put_ascii(buf, n, ex_codas[co], variant, &i);
								fast_equals_full(buf, n);
								words++;
							}
		}
	}
	return words;
}

int
main(int argc, char **argv)
{
	static const char *const before[] = {"", "A", "", "a ", "\xCC\x90", "A"};
	static const char *const after[] = {"", "", "\xCC\x80", " a", "", "\xCC\x80"};
	unsigned	end = (argc > 1 && strcmp(argv[1], "bmp") == 0) ? 0x10000 : 0x110000;
	long		words;
	long		names;

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
	names = real_names();
	words = syllables(end == 0x10000 ? 2 : 3);
	printf("exhaustive: %d failure(s) over code points U+0000-U+%04X in 6 contexts, %ld real names and %ld spellings of syllables\n",
		   failures, end - 1, names, words);
	return failures ? 1 : 0;
}
