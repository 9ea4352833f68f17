/*-------------------------------------------------------------------------
 *
 * fuzz_vntext.c
 *	  libFuzzer harness over the Vietnamese text core.  One binary per entry
 *	  point: FUZZ_ENTRY selects which function the fuzzer drives.
 *
 * Besides "no crash, no sanitizer report", each target checks a property
 * that must hold for every input: normalization is idempotent, forms and
 * keys are stable under normalization, outputs are valid UTF-8.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vntext/vntext.h"

#ifndef FUZZ_ENTRY
#error "compile with -DFUZZ_ENTRY=<n>"
#endif

/* Stop the fuzzer with a message: libFuzzer records the input. */
static void
fail(const char *what, const uint8_t *data, size_t size)
{
	fprintf(stderr, "property violated: %s (input %zu bytes)\n", what, size);
	(void) data;
	abort();
}

/* Minimal structural UTF-8 validator for outputs. */
static int
valid_utf8(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		k;

		if (c < 0x80)
			k = 1;
		else if (c >= 0xC2 && c <= 0xDF)
			k = 2;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 3;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 4;
		else
			return 0;
		if (i + k > n)
			return 0;
		for (size_t j = 1; j < k; j++)
			if ((((unsigned char) s[i + j]) & 0xC0) != 0x80)
				return 0;
		i += k;
	}
	return s[n] == '\0';
}

typedef vn_status (*text_fn) (const char *, size_t, vn_text *);

/* Run fn on the input; on success check the output and return it. */
static int
run_text(text_fn fn, const uint8_t *data, size_t size, vn_text *out)
{
	vn_status	st = fn((const char *) data, size, out);

	if (st != VN_OK)
		return 0;
	if (!valid_utf8(out->data, out->len))
		fail("output is not valid UTF-8", data, size);
	return 1;
}

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

/* f(x) is a fixed point of f: f(f(x)) == f(x). */
static void
check_idempotent(text_fn fn, const char *name, const uint8_t *data, size_t size)
{
	vn_text		once,
				twice;

	if (!run_text(fn, data, size, &once))
		return;
	if (!run_text(fn, (const uint8_t *) once.data, once.len, &twice))
		fail(name, data, size);
	if (once.len != twice.len || memcmp(once.data, twice.data, once.len) != 0)
		fail(name, data, size);
	vn_text_free(&once);
	vn_text_free(&twice);
}

/* key(x) == key(normalize(x)): a key never depends on the input's form. */
static void
check_key_stable(text_fn key, const char *name, const uint8_t *data, size_t size)
{
	vn_text		norm,
				k1,
				k2;

	if (!run_text(normalize_old, data, size, &norm))
		return;
	if (run_text(key, data, size, &k1))
	{
		if (!run_text(key, (const uint8_t *) norm.data, norm.len, &k2))
			fail(name, data, size);
		if (k1.len != k2.len || memcmp(k1.data, k2.data, k1.len) != 0)
			fail(name, data, size);
		vn_text_free(&k1);
		vn_text_free(&k2);
	}
	vn_text_free(&norm);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	vn_text		out;

#if FUZZ_ENTRY == 1
	check_idempotent(normalize_old, "vn_normalize(old) not idempotent", data, size);
#elif FUZZ_ENTRY == 2
	check_idempotent(normalize_new, "vn_normalize(new) not idempotent", data, size);
#elif FUZZ_ENTRY == 3
	check_idempotent(vn_form_upper, "vn_form_upper not idempotent", data, size);
#elif FUZZ_ENTRY == 4
	check_idempotent(vn_form_ascii, "vn_form_ascii not idempotent", data, size);
#elif FUZZ_ENTRY == 5
	check_key_stable(vn_key_unaccent, "vn_key_unaccent unstable", data, size);
#elif FUZZ_ENTRY == 6
	check_key_stable(vn_key_toneless, "vn_key_toneless unstable", data, size);
#elif FUZZ_ENTRY == 7
	check_key_stable(vn_key_phonetic, "vn_key_phonetic unstable", data, size);
#elif FUZZ_ENTRY == 8
	{
		vn_text		f,
					m,
					g;

		if (vn_name_split(in, size, &f, &m, &g) == VN_OK)
		{
			if (!valid_utf8(f.data, f.len) || !valid_utf8(m.data, m.len) ||
				!valid_utf8(g.data, g.len))
				fail("vn_name_split output not UTF-8", data, size);
			vn_text_free(&f);
			vn_text_free(&m);
			vn_text_free(&g);
		}
	}
#elif FUZZ_ENTRY == 9
	{
		vn_text    *toks;
		size_t		n;

		if (vn_invalid_syllables(in, size, &toks, &n) == VN_OK)
		{
			for (size_t i = 0; i < n; i++)
			{
				if (!valid_utf8(toks[i].data, toks[i].len))
					fail("vn_invalid_syllables output not UTF-8", data, size);
				vn_text_free(&toks[i]);
			}
			free(toks);
		}
	}
#elif FUZZ_ENTRY == 10
	(void) vn_is_syllable(in, size);
#elif FUZZ_ENTRY == 11
	{
		uint32_t	flags;

		(void) vn_audit_flags(in, size, &flags);
		(void) vn_legacy_detect(in, size, &flags);
	}
#elif FUZZ_ENTRY == 12
	if (run_text(vn_repair_legacy, data, size, &out))
		vn_text_free(&out);
#else
#error "unknown FUZZ_ENTRY"
#endif
	(void) out;
	(void) in;
	return 0;
}
