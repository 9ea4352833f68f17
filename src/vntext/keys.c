/*-------------------------------------------------------------------------
 *
 * keys.c
 *	  The three match keys: accent-free (table-driven, straight from UTF-8),
 *	  tone-free (vowel quality kept) and phonetic (DOMAIN.md's classes).
 *	  All three compare case-folded text (vn_cp_fold), so that a key is the
 *	  same for a name and for its normalization in any case.
 *
 * The phonetic code of a word is cached per process by the word's folded
 * code points: names repeat a few thousand words, and parsing them is most
 * of the key's cost.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>
#include <unicode/uchar.h>

/*
 * Word cache of the phonetic key: a word of at most PHON_CACHE_CPS folded
 * code points -> the bytes of its code (kept only if at most
 * PHON_CACHE_BYTES).  Direct-mapped; a slot is overwritten on collision.
 */
#define PHON_CACHE_SIZE		2048
#define PHON_CACHE_CPS		8
#define PHON_CACHE_BYTES	30

typedef struct phon_entry
{
	UChar32		cp[PHON_CACHE_CPS];
	uint8_t		ncp;			/* code points of the word; 0 = empty slot */
	uint8_t		len;			/* bytes of its code */
	char		bytes[PHON_CACHE_BYTES];
} phon_entry;

static phon_entry phon_cache[PHON_CACHE_SIZE];

/* The slow path: vn_unaccent_cp of a code point the table does not spell. */
static vn_status
unaccent_other(vn_bytes *o, UChar32 c)
{
	UChar32		u[VN_UNACCENT_MAX];
	int			n = vn_unaccent_cp(c, u);
	vn_status	st = VN_OK;

	for (int i = 0; i < n && st == VN_OK; i++)
		st = vn_bytes_put_cp(o, u[i]);
	return st;
}

/*
 * Case-folded, no marks, đ -> d, one space between words.  One pass over
 * the bytes; ASCII and the Latin blocks through tables.
 */
vn_status
vn_key_unaccent(const char *in, size_t len, vn_text *out)
{
	const unsigned char *s = (const unsigned char *) in;
	vn_bytes	o = {0};
	size_t		pos = 0;
	bool		pending_space = false;
	vn_status	st;

	if (len > VN_MAX_INPUT_BYTES)
		return VN_ERR_TOO_LONG;
	vn_chars_init();
	st = vn_bytes_reserve(&o, len + 8);
	while (st == VN_OK && pos < len)
	{
		UChar32		c = s[pos];
		const char *f;

		if (c < 0x80)
		{
			pos++;
			if (c == ' ' || (c >= 0x09 && c <= 0x0D))
			{
				pending_space = o.len > 0;
				continue;
			}
			if (c < 0x20 || c == 0x7F)
				continue;
			if (o.len + 3 > o.cap)
				st = vn_bytes_reserve(&o, 2);
			if (pending_space)
			{
				o.data[o.len++] = ' ';
				pending_space = false;
			}
			o.data[o.len++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
			continue;
		}
		if (vn_utf8_next(s, len, &pos, &c) != 0)
		{
			st = VN_ERR_BAD_UTF8;
			break;
		}
		switch (vn_cp_class(c))
		{
			case VN_CC_SPACE:
				pending_space = o.len > 0;
				continue;
			case VN_CC_DROP:
			case VN_CC_TONE_LOOKALIKE:
				continue;
			case VN_CC_ETH:
				c = 'd';
				break;
			case VN_CC_APOSTROPHE:
				c = '\'';
				break;
			case VN_CC_NORMAL:
				break;
		}
		f = vn_fold_ascii(c);
		if (f != NULL && f[0] == '\0')
			f = NULL;
		if (f == NULL && vn_is_mark(c))
			continue;
		if (pending_space)
		{
			st = vn_bytes_put_cp(&o, ' ');
			pending_space = false;
		}
		if (f != NULL)
			for (; *f && st == VN_OK; f++)
				st = vn_bytes_put_cp(&o, *f);
		else if (st == VN_OK)
			st = unaccent_other(&o, c);
	}
	if (st == VN_OK)
		st = vn_bytes_finish(&o, out);
	vn_bytes_free(&o);
	return st;
}

/*
 * Case-fold every code point, then compose again (ı + U+0300 -> ì).
 * Dotted capital I folds to i + U+0307 (its full folding: İ is I + U+0307
 * canonically), so the buffer can grow.
 */
static vn_status
fold_cps(vn_cps *b)
{
	size_t		dotted = 0;

	for (size_t i = 0; i < b->n; i++)
	{
		if (b->cp[i] == 0x0130)
			dotted++;
		else
			b->cp[i] = vn_cp_fold(b->cp[i]);
	}
	if (dotted > 0)
	{
		vn_status	st = vn_cps_reserve(b, b->n + dotted + 1);
		size_t		r = b->n;
		size_t		w = b->n + dotted;

		if (st != VN_OK)
			return st;
		/* expand from the end, in place */
		while (r > 0)
		{
			UChar32		c = b->cp[--r];

			if (c == 0x0130)
			{
				b->cp[--w] = 0x0307;
				b->cp[--w] = 'i';
			}
			else
				b->cp[--w] = c;
		}
		b->n += dotted;
	}
	return vn_compose(b);
}

/*
 * Remove the tones of the Vietnamese letters in cp[0..*n): the tone of a
 * letter of the table and any combining tone mark in the run of marks
 * after one (a second tone NFC could not absorb).  Other letters keep
 * their marks (Greek ὲ is not a Vietnamese tone).  In place; compose
 * afterwards.
 */
static void
strip_tones(UChar32 *cp, size_t *n)
{
	size_t		w = 0;
	bool		after_letter = false;

	for (size_t i = 0; i < *n; i++)
	{
		UChar32		c = cp[i];
		vn_letter	l;

		if (vn_letter_of(c, &l))
		{
			l.tone = VN_T_NONE;
			cp[w++] = vn_letter_cp(&l);
			after_letter = true;
			continue;
		}
		if (!vn_is_mark(c))
			after_letter = false;
		else if (after_letter && vn_mark_tone(c) != 0)
			continue;
		cp[w++] = c;
	}
	*n = w;
}

/*
 * Only precomposed Latin letters (and no İ, which folds to two code
 * points): folding cannot make anything that composes, so fold and strip
 * the tones in one pass.
 */
static bool
fold_strip_fast(vn_cps *b)
{
	for (size_t i = 0; i < b->n; i++)
	{
		UChar32		c = b->cp[i];

		if (c == 0x0130 || (c >= 0x300 && (c < 0x1E00 || c >= 0x1F00)))
			return false;
	}
	for (size_t i = 0; i < b->n; i++)
	{
		UChar32		c = b->cp[i];
		vn_letter	l;

		if (vn_letter_of(c, &l))
		{
			l.tone = VN_T_NONE;
			l.upper = false;
			b->cp[i] = vn_letter_cp(&l);
		}
		else
			b->cp[i] = vn_cp_fold(c);
	}
	return true;
}

vn_status
vn_key_toneless(const char *in, size_t len, vn_text *out)
{
	vn_cps		b = {0};
	vn_status	st = vn_prepare(in, len, &b, NULL);

	if (st == VN_OK && !fold_strip_fast(&b))
	{
		st = fold_cps(&b);
		if (st == VN_OK)
		{
			strip_tones(b.cp, &b.n);
			st = vn_compose(&b);
		}
	}
	if (st == VN_OK)
		st = vn_cps_to_text(b.cp, b.n, out);
	vn_cps_free(&b);
	return st;
}

/* The phonetic class of an onset (see README.md, "Vietnamese names"). */
static const char *
onset_class(const vn_syl *s, const vn_letter *l)
{
	static const struct
	{
		const char *onset;
		const char *cls;
	}			classes[] =
	{
		{"d", "d"}, {"gi", "d"}, {"r", "d"}, {"v", "d"},
		{"ch", "ch"}, {"tr", "ch"},
		{"s", "s"}, {"x", "s"},
		{"l", "l"}, {"n", "l"},
		{"c", "k"}, {"k", "k"}, {"qu", "kw"},
		{"g", "g"}, {"gh", "g"},
		{"ng", "ng"}, {"ngh", "ng"},
	};

	/* g before i is the gi onset written once: gì, gìn */
	if (strcmp(s->onset, "g") == 0 && l[s->nuc_start].base == 'i' &&
		l[s->nuc_start].q == VN_Q_NONE)
		return "d";
	for (size_t k = 0; k < sizeof(classes) / sizeof(classes[0]); k++)
		if (strcmp(s->onset, classes[k].onset) == 0)
			return classes[k].cls;
	return s->onset;
}

static const char *
coda_class(const vn_syl *s)
{
	if (strcmp(s->coda, "ng") == 0 || strcmp(s->coda, "nh") == 0)
		return "n";
	if (strcmp(s->coda, "c") == 0 || strcmp(s->coda, "ch") == 0)
		return "t";
	return s->coda;
}

/* Tone digit: hỏi and ngã are one. */
static char
tone_class(int tone)
{
	static const char digits[] = {'0', '1', '2', '2', '3', '4'};

	return digits[tone];
}

/* Letters of a segment, reading a leading dz as d (Dzũng = Dũng). */
static bool
phonetic_letters(const UChar32 *cp, size_t n, vn_letter *l, int *nl,
				 vn_syl *s)
{
	if (n < 4 * VN_SYL_MAX && vn_syllable_letters_n(cp, n, l, nl) &&
		vn_syllable_parse(l, *nl, s))
		return true;
	if (n >= 3 && n < 4 * VN_SYL_MAX && (cp[0] == 'd' || cp[0] == 'D') &&
		(cp[1] == 'z' || cp[1] == 'Z'))
	{
		vn_letter	tmp[VN_SYL_MAX];

		if (vn_syllable_letters_n(cp + 1, n - 1, tmp, nl) &&
			vn_letter_of(cp[0], &tmp[0]) &&
			vn_syllable_parse(tmp, *nl, s))
		{
			memcpy(l, tmp, sizeof(tmp));
			return true;
		}
	}
	return false;
}

static vn_status
put_ascii(vn_bytes *o, const char *s)
{
	vn_status	st = VN_OK;

	for (; *s && st == VN_OK; s++)
		st = vn_bytes_put_cp(o, (unsigned char) *s);
	return st;
}

/* The phonetic code of one syllable: onset class, nucleus, coda, tone. */
static vn_status
put_syllable_code(vn_bytes *o, const vn_letter *l, const vn_syl *s)
{
	const char *onset = onset_class(s, l);
	vn_status	st;

	if (strcmp(onset, "đ") == 0)
		st = vn_bytes_put_cp(o, 0x111);
	else
		st = put_ascii(o, onset);
	for (int i = s->nuc_start; st == VN_OK && i < s->nuc_start + s->nuc_len; i++)
	{
		vn_letter	x = l[i];

		x.tone = VN_T_NONE;
		x.upper = false;
		/* i and y are one only when alone in the nucleus: Lý = Lí */
		if (s->nuc_len == 1 && x.base == 'y')
			x.base = 'i';
		st = vn_bytes_put_cp(o, vn_letter_cp(&x));
	}
	if (st == VN_OK)
		st = put_ascii(o, coda_class(s));
	if (st == VN_OK)
		st = vn_bytes_put_cp(o, tone_class(s->tone));
	return st;
}

/* A word that is not a syllable: its tone-free fold, composed. */
static vn_status
put_other_word(vn_bytes *o, const UChar32 *cp, size_t n, vn_cps *tmp)
{
	vn_status	st = vn_cps_reserve(tmp, n + 1);

	if (st != VN_OK)
		return st;
	memcpy(tmp->cp, cp, n * sizeof(UChar32));
	tmp->n = n;
	strip_tones(tmp->cp, &tmp->n);
	st = vn_compose(tmp);
	for (size_t k = 0; k < tmp->n && st == VN_OK; k++)
		st = vn_bytes_put_cp(o, tmp->cp[k]);
	return st;
}

/* The phonetic code of the word cp[0..n) (n > 0), appended to o. */
static vn_status
put_word_code(vn_bytes *o, const UChar32 *cp, size_t n, vn_cps *tmp)
{
	vn_letter	l[VN_SYL_MAX];
	vn_syl		s;
	int			nl;

	if (phonetic_letters(cp, n, l, &nl, &s))
		return put_syllable_code(o, l, &s);
	return put_other_word(o, cp, n, tmp);
}

/* The slot of the word cache for a word of 1..PHON_CACHE_CPS code points. */
static phon_entry *
phon_slot(const UChar32 *cp, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (uint32_t) cp[i]) * 16777619u;
	return &phon_cache[(h ^ (h >> 15)) & (PHON_CACHE_SIZE - 1)];
}

/*
 * put_word_code through the word cache: the cached bytes are exactly what
 * put_word_code appended for the same code points.
 */
static vn_status
put_word_code_cached(vn_bytes *o, const UChar32 *cp, size_t n, vn_cps *tmp)
{
	phon_entry *e;
	size_t		before = o->len;
	vn_status	st;

	if (n > PHON_CACHE_CPS)
		return put_word_code(o, cp, n, tmp);
	e = phon_slot(cp, n);
	if (e->ncp == n && memcmp(e->cp, cp, n * sizeof(UChar32)) == 0)
	{
		st = vn_bytes_reserve(o, e->len);
		if (st == VN_OK)
		{
			memcpy(o->data + o->len, e->bytes, e->len);
			o->len += e->len;
		}
		return st;
	}
	st = put_word_code(o, cp, n, tmp);
	if (st == VN_OK && o->len - before <= PHON_CACHE_BYTES)
	{
		memcpy(e->cp, cp, n * sizeof(UChar32));
		e->ncp = (uint8_t) n;
		e->len = (uint8_t) (o->len - before);
		memcpy(e->bytes, o->data + before, e->len);
	}
	return st;
}

/* vn_key_phonetic, with or without the word cache. */
static vn_status
key_phonetic(const char *in, size_t len, bool use_cache, vn_text *out)
{
	vn_cps		b = {0};
	vn_cps		tmp = {0};
	vn_bytes	o = {0};
	vn_status	st = vn_prepare(in, len, &b, NULL);
	size_t		i = 0;

	if (st == VN_OK)
		st = fold_cps(&b);
	if (st == VN_OK)
		st = vn_bytes_reserve(&o, b.n * 2);
	while (st == VN_OK && i < b.n)
	{
		size_t		e = vn_segment_end(b.cp, b.n, i);

		if (e == i)
		{
			st = vn_bytes_put_cp(&o, b.cp[i]);
			i++;
			continue;
		}
		if (use_cache)
			st = put_word_code_cached(&o, &b.cp[i], e - i, &tmp);
		else
			st = put_word_code(&o, &b.cp[i], e - i, &tmp);
		i = e;
	}
	if (st == VN_OK)
		st = vn_bytes_finish(&o, out);
	vn_bytes_free(&o);
	vn_cps_free(&tmp);
	vn_cps_free(&b);
	return st;
}

vn_status
vn_key_phonetic(const char *in, size_t len, vn_text *out)
{
	return key_phonetic(in, len, true, out);
}

/* The reference path, without the word cache (for the fuzz harnesses). */
vn_status
vn_key_phonetic_reference(const char *in, size_t len, vn_text *out)
{
	return key_phonetic(in, len, false, out);
}
