/*-------------------------------------------------------------------------
 *
 * fuzz_vntext.c
 *	  libFuzzer harness over the Vietnamese text core.  One binary per entry
 *	  point: FUZZ_ENTRY selects which function the fuzzer drives.
 *
 * Besides "no crash, no sanitizer report", each target checks a property
 * that must hold for every input: normalization is idempotent, forms and
 * keys are stable under normalization, outputs are valid UTF-8, the
 * fast path of vn_normalize gives the full path's bytes where it answers,
 * and the cached functions (legacy repair and detection, the phonetic key)
 * give their reference path's bytes, on the first call and on the next.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vntext/vntext.h"
#include "vntext/vn_internal.h"
#include "vntext/legacy.h"
#include "harness.h"

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

/*
 * A cached function gives its reference path's status and bytes, on this
 * call (which may fill the cache) and on the next (which may hit it).
 */
static void
check_cached(text_fn cached, text_fn reference, const char *name,
			 const char *in, size_t len, const uint8_t *data, size_t size)
{
	vn_text		ref;
	vn_status	st_ref = reference(in, len, &ref);

	for (int round = 0; round < 2; round++)
	{
		vn_text		got;
		vn_status	st = cached(in, len, &got);

		if (st != st_ref)
			fail(name, data, size);
		if (st != VN_OK)
			continue;
		if (got.len != ref.len || memcmp(got.data, ref.data, got.len) != 0)
		{
			fprintf(stderr, "input [%.*s]\ncached    [%s]\nreference [%s]\n",
					(int) len, in, got.data, ref.data);
			fail(name, data, size);
		}
		vn_text_free(&got);
	}
	if (st_ref == VN_OK)
		vn_text_free(&ref);
}

/* vn_legacy_detect gives its reference path's status and flags. */
static void
check_detect_cached(const char *in, size_t len, const uint8_t *data,
					size_t size)
{
	uint32_t	ref;
	vn_status	st_ref = vn_legacy_detect_reference(in, len, &ref);

	for (int round = 0; round < 2; round++)
	{
		uint32_t	got;

		if (vn_legacy_detect(in, len, &got) != st_ref || got != ref)
			fail("vn_legacy_detect differs from its reference", data, size);
	}
}

/* Spell the input in pieces (one byte, one piece), bounded in length. */
static size_t
spell_pieces(const char *const *pieces, size_t npieces, const uint8_t *data,
			 size_t size, char *buf, size_t cap)
{
	size_t		n = 0;

	for (size_t i = 0; i < size; i++)
	{
		const char *p = pieces[data[i] % npieces];
		size_t		k = strlen(p);

		if (n + k >= cap)
			break;
		memcpy(buf + n, p, k);
		n += k;
	}
	return n;
}

#if FUZZ_ENTRY == 12
/*
 * Tokens in legacy encodings (clear evidence), tokens that are syllables
 * either way (ambiguous: Hoàng / VNI Hồng, Thanh. / VIQR Thạnh), Unicode
 * names, and loose pieces, so that names mix them as real data does.
 */
static const char *const legacy_pieces[] = {
	"NguyÔn", "V\xC2\xA8n", "\xC2\xA7\xC3\x86ng", "Th\xC3\x9E", "TrÇn", "Lª",
	"Ph\xC2\xB9m", "NGUYÔN", "Trêng", "Tr\xC2\xADêng",
	"Nguyeãn", "Vaên", "Ñaëng", "Traàn", "Leâ", "Hoaøng", "Ngoïc", "Huøynh",
	"Thò", "Hoaø", "Nghóa", "Khaùnh", "Ñoã",
	"Nguye^~n", "Va(n", "DDa(.ng", "Ddinh", "Thanh.", "Ho^`ng", "Tra^`n",
	"LÃª", "TrÆ°á»Ÿng", "Nguyá»…n", "LÃ£", "Ấ", "ThĂ´ng", "Nguy·ªÖn",
	"VƒÉn", "ƒê·∫∑ng",
	"Hoàng", "Hồng", "Nguyễn", "Thị", "Văn", "Tô", "Tơ", "Hòa", "Ksor", "H'Hen",
	"a", "e", "o", "^", "(", "+", "'", "`", "?", "~", ".", "-", "d", "D",
	"\xC3\xA0", "\xC3\xB5", "\xC3\x94", "\xC2\xA8", "\xC2\xB9", "\xE1\xBB",
	" ", " ", " ", " ", "  ", "\t",
};

#define NLEGACY_PIECES (sizeof(legacy_pieces) / sizeof(legacy_pieces[0]))
#endif

#if FUZZ_ENTRY == 13
/*
 * The fast path of vn_normalize (normalize_fast.c) gives the full path's
 * bytes and status wherever it answers, in both styles.
 */
static void
check_fast_equals_full(const char *in, size_t len, const uint8_t *data,
					   size_t size)
{
	for (int style = VN_STYLE_OLD; style <= VN_STYLE_NEW; style++)
	{
		vn_text		fast,
					full;
		vn_status	st_fast,
					st_full;

		if (!vn_normalize_fast(in, len, (vn_style) style, &fast, &st_fast))
			continue;
		st_full = vn_normalize_full(in, len, (vn_style) style, &full);
		if (st_fast != st_full)
			fail("fast path status differs from the full path", data, size);
		if (st_fast != VN_OK)
			continue;
		if (fast.len != full.len || memcmp(fast.data, full.data, fast.len) != 0)
		{
			fprintf(stderr, "input [%.*s]\nfast  [%s]\nfull  [%s]\n",
					(int) len, in, fast.data, full.data);
			fail("fast path output differs from the full path", data, size);
		}
		vn_text_free(&fast);
		vn_text_free(&full);
	}
}

/*
 * Pieces the fast path reads (letters of the table in both cases and both
 * forms, the Vietnamese marks and their aliases, white space, ASCII
 * punctuation) and a few it must decline, so that a byte string of the
 * fuzzer spells a name-like input most of the time.
 */
static const char *const pieces[] = {
	"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "đ",
	"A", "Ă", "Â", "E", "Ê", "I", "O", "Ô", "Ơ", "U", "Ư", "Y", "Đ",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t",
	"v", "x", "f", "j", "w", "z", "B", "C", "D", "G", "H", "K", "N", "Q",
	"à", "ả", "ã", "á", "ạ", "ằ", "ẳ", "ẵ", "ắ", "ặ", "ầ", "ẩ", "ẫ", "ấ",
	"ậ", "è", "ẻ", "ẽ", "é", "ẹ", "ề", "ể", "ễ", "ế", "ệ", "ì", "ỉ", "ĩ",
	"í", "ị", "ò", "ỏ", "õ", "ó", "ọ", "ồ", "ổ", "ỗ", "ố", "ộ", "ờ", "ở",
	"ỡ", "ớ", "ợ", "ù", "ủ", "ũ", "ú", "ụ", "ừ", "ử", "ữ", "ứ", "ự", "ỳ",
	"ỷ", "ỹ", "ý", "ỵ", "À", "Ả", "Ã", "Á", "Ạ", "Ằ", "Ắ", "Ầ", "Ấ", "Ậ",
	"È", "É", "Ề", "Ế", "Ệ", "Ì", "Í", "Ị", "Ò", "Ó", "Ọ", "Ồ", "Ố", "Ộ",
	"Ờ", "Ớ", "Ợ", "Ù", "Ú", "Ụ", "Ừ", "Ứ", "Ự", "Ỳ", "Ý", "Ỵ", "Ỹ", "Ủ",
	"\xCC\x80", "\xCC\x81", "\xCC\x83", "\xCC\x89", "\xCC\xA3",
	"\xCC\x82", "\xCC\x86", "\xCC\x9B", "\xCD\x80", "\xCD\x81",
	" ", " ", " ", " ", "  ", "\t", "\n", "\r", "-", "'", ".", ",", "(",
	"ng", "nh", "ngh", "ch", "gi", "qu", "th", "tr", "kh", "ph", "uy",
	"oa", "oe", "ươ", "iê", "yê", "uô", "Nguyễn", "Thị", "Hòa", "Hoà",
	/* declined: eth, other marks, digits, controls, other letters */
	"\xC3\xB0", "\xCC\x88", "7", "\x01", "\xC2\xA0", "ç", "ı", "\xE1\xBA",
};

#define NPIECES (sizeof(pieces) / sizeof(pieces[0]))

#endif

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
	check_cached(vn_key_phonetic, vn_key_phonetic_reference,
				 "vn_key_phonetic differs from its reference", in, size,
				 data, size);
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
		check_detect_cached(in, size, data, size);
	}
#elif FUZZ_ENTRY == 12
	{
		char		buf[1024];
		size_t		n = spell_pieces(legacy_pieces, NLEGACY_PIECES, data, size,
									 buf, sizeof(buf));

		if (run_text(vn_repair_legacy, data, size, &out))
			vn_text_free(&out);
		check_cached(vn_repair_legacy, vn_repair_legacy_reference,
					 "vn_repair_legacy differs from its reference", in, size,
					 data, size);
		check_detect_cached(in, size, data, size);
		check_cached(vn_repair_legacy, vn_repair_legacy_reference,
					 "vn_repair_legacy differs from its reference", buf, n,
					 data, size);
		check_detect_cached(buf, n, data, size);
	}
#elif FUZZ_ENTRY == 13
	{
		char		buf[280];
		size_t		n = spell_pieces(pieces, NPIECES, data, size, buf,
									 sizeof(buf));

		check_fast_equals_full(in, size, data, size);
		check_fast_equals_full(buf, n, data, size);
	}
#else
#error "unknown FUZZ_ENTRY"
#endif
	(void) out;
	(void) in;
	return 0;
}
