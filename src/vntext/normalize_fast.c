/*-------------------------------------------------------------------------
 *
 * normalize_fast.c
 *	  The common case of vn_normalize in one pass over the UTF-8 bytes:
 *	  names made only of letters of the table (ASCII letters, đ and the
 *	  precomposed Vietnamese vowels, in either case), Vietnamese combining
 *	  marks that compose with the letter before them, ASCII white space and
 *	  ASCII punctuation.  Anything else (other letters, other marks, digits,
 *	  controls, look-alikes, invalid UTF-8, long input) is declined and
 *	  goes through the full path of normalize.c, which stays the reference:
 *	  where the fast path answers, its answer is byte-identical (the fuzz
 *	  target fast_equals_full checks it).
 *
 * Why it gives the full path's result on that input: cleaning only
 * collapses and trims the white space; composition only absorbs marks
 * into the letter before them (compose_pass: never ICU, since every code
 * point left is a table letter); every word is a segment of table letters,
 * so normalize_cps title-cases it and, if it has at most seven letters
 * and parses as a syllable, moves its tone to the carrier of the style.
 * Case mapping of a table letter keeps it in the table, and the syllable
 * grammar ignores case, so the fast path title-cases and re-places the
 * tone on the letters themselves and encodes them once.
 *
 * The parse of a syllable (without case) is cached per process in a small
 * direct-mapped table: names repeat a few hundred syllables.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>

/* Longer input is left to the full path (a name is far shorter). */
#define FAST_MAX_BYTES	256

/*
 * A letter as a 16-bit code: base - 'a' (5 bits), quality (3), tone (3),
 * upper case (bit 11), valid (bit 15).  Without case (bits 0-10) it is
 * what the syllable grammar reads.
 */
#define L_TONE_SHIFT	8
#define L_TONE_MASK		(0x7 << L_TONE_SHIFT)
#define L_UPPER			0x0800
#define L_VALID			0x8000
#define L_NOCASE		0x07FF

#define LO_END		0x250
#define HI_BEG		0x1E00
#define HI_END		0x1F00

static uint16_t lo_code[LO_END];
static uint16_t hi_code[HI_END - HI_BEG];

/* UTF-8 of each code (bits 0-11): length, then up to three bytes. */
static uint8_t enc[1 << 12][4];

/* What a byte below 0x80 is to the fast path. */
#define A_DECLINE	0
#define A_LETTER	1
#define A_SPACE		2
#define A_PUNCT		3
static uint8_t ascii_class[128];

static bool fast_ready = false;

/* Syllable cache: letters without case -> parse result. */
#define CACHE_SIZE	1024
typedef struct syl_entry
{
	uint64_t	k0;				/* letters 0-4 and count; 0 = empty */
	uint64_t	k1;				/* letters 5-6 */
	bool		valid;			/* a syllable */
	uint8_t		tone;			/* its tone, VN_T_* */
	uint8_t		carrier_old;
	uint8_t		carrier_new;
} syl_entry;
static syl_entry cache[CACHE_SIZE];

static uint16_t
code_of(const vn_letter *l)
{
	return L_VALID | (uint16_t) (l->base - 'a') | (uint16_t) (l->q << 5) |
		(uint16_t) (l->tone << L_TONE_SHIFT) | (l->upper ? L_UPPER : 0);
}

static void
letter_of_code(uint16_t code, vn_letter *l)
{
	l->base = 'a' + (code & 0x1F);
	l->q = (code >> 5) & 0x7;
	l->tone = (code >> L_TONE_SHIFT) & 0x7;
	l->upper = (code & L_UPPER) != 0;
}

/* UTF-8 of a code point below U+10000 into d; returns the length. */
static int
put_utf8(uint8_t *d, UChar32 c)
{
	if (c < 0x80)
	{
		d[0] = (uint8_t) c;
		return 1;
	}
	if (c < 0x800)
	{
		d[0] = 0xC0 | (c >> 6);
		d[1] = 0x80 | (c & 0x3F);
		return 2;
	}
	d[0] = 0xE0 | (c >> 12);
	d[1] = 0x80 | ((c >> 6) & 0x3F);
	d[2] = 0x80 | (c & 0x3F);
	return 3;
}

/* Fill the tables from the letter table of chars.c, once per process. */
static void
fast_init(void)
{
	vn_letter	l;

	vn_chars_init();
	for (UChar32 c = 0; c < LO_END; c++)
		lo_code[c] = vn_letter_of(c, &l) ? code_of(&l) : 0;
	for (UChar32 c = HI_BEG; c < HI_END; c++)
		hi_code[c - HI_BEG] = vn_letter_of(c, &l) ? code_of(&l) : 0;
	for (int code = 0; code < (1 << 12); code++)
	{
		UChar32		c;

		letter_of_code((uint16_t) code, &l);
		enc[code][0] = 0;
		if (l.base > 'z' || l.q > VN_Q_STROKE || l.tone > VN_T_DOT ||
			(l.q == VN_Q_STROKE && l.base != 'd'))
			continue;
		c = vn_letter_cp(&l);
		if (c > 0 && c < 0x10000)
			enc[code][0] = (uint8_t) put_utf8(&enc[code][1], c);
	}
	for (int b = 0; b < 128; b++)
	{
		if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
			ascii_class[b] = A_LETTER;
		else if (b == ' ' || (b >= 0x09 && b <= 0x0D))
			ascii_class[b] = A_SPACE;
		else if (b > 0x20 && b < 0x7F && !(b >= '0' && b <= '9'))
			ascii_class[b] = A_PUNCT;
		else
			ascii_class[b] = A_DECLINE;
	}
	fast_ready = true;
}

/*
 * Absorb a combining mark into the letter before it, as compose_pass
 * does: a tone onto a vowel without one, a quality that fits onto a letter
 * without one.  False if compose_pass would leave the mark over.
 */
static bool
absorb_mark(uint16_t *code, UChar32 m)
{
	vn_letter	l;
	int			t = vn_mark_tone(m);
	int			q = vn_mark_quality(m);

	letter_of_code(*code, &l);
	if (t && l.tone == VN_T_NONE && vn_is_vowel_base(l.base) &&
		l.q != VN_Q_STROKE)
		l.tone = (uint8_t) t;
	else if (q && l.q == VN_Q_NONE && vn_quality_fits(l.base, q))
		l.q = (uint8_t) q;
	else
		return false;
	*code = code_of(&l);
	return true;
}

/* The cached parse of w[0..n) (1 <= n < VN_SYL_MAX), parsing on a miss. */
static const syl_entry *
syllable_of(const uint16_t *w, int n)
{
	uint64_t	k0 = (uint64_t) n << 55;
	uint64_t	k1 = 0;
	uint64_t	h;
	syl_entry  *e;
	vn_letter	l[VN_SYL_MAX];
	vn_syl		s;

	for (int i = 0; i < n; i++)
	{
		uint64_t	c = w[i] & L_NOCASE;

		if (i < 5)
			k0 |= c << (11 * i);
		else
			k1 |= c << (11 * (i - 5));
	}
	h = (k0 ^ (k1 * 0x9E3779B97F4A7C15ULL)) * 0xC2B2AE3D27D4EB4FULL;
	e = &cache[h >> 54 & (CACHE_SIZE - 1)];
	if (e->k0 == k0 && e->k1 == k1)
		return e;
	for (int i = 0; i < n; i++)
		letter_of_code(w[i], &l[i]);
	e->valid = vn_syllable_parse(l, n, &s);
	e->tone = e->valid ? (uint8_t) s.tone : 0;
	e->carrier_old = e->valid ? (uint8_t) s.carrier_old : 0;
	e->carrier_new = e->valid ? (uint8_t) s.carrier_new : 0;
	e->k0 = k0;
	e->k1 = k1;
	return e;
}

/*
 * Title-case the word w[0..n), move its tone to the carrier if it is a
 * syllable, and append its UTF-8 to out (room checked by the caller:
 * three bytes a letter).  False if a letter has no code point (cannot
 * happen for letters of the table; declining keeps it safe).
 */
static bool
put_word(uint16_t *w, int n, vn_style style, uint8_t *out, size_t *o)
{
	w[0] |= L_UPPER;
	for (int i = 1; i < n; i++)
		w[i] &= ~L_UPPER;
	if (n < VN_SYL_MAX)
	{
		const syl_entry *e = syllable_of(w, n);

		if (e->valid && e->tone != VN_T_NONE)
		{
			int			to = (style == VN_STYLE_NEW) ? e->carrier_new :
				e->carrier_old;

			for (int i = 0; i < n; i++)
				w[i] &= ~L_TONE_MASK;
			w[to] |= (uint16_t) (e->tone << L_TONE_SHIFT);
		}
	}
	for (int i = 0; i < n; i++)
	{
		const uint8_t *b = enc[w[i] & 0xFFF];

		if (b[0] == 0)
			return false;
		memcpy(out + *o, b + 1, 3);
		*o += b[0];
	}
	return true;
}

/*
 * vn_normalize of in[0..len) if it is of the common kind: returns true
 * with *st (and *out on VN_OK) set; false if the full path must do it.
 */
bool
vn_normalize_fast(const char *in, size_t len, vn_style style, vn_text *out,
				  vn_status *st)
{
	const uint8_t *s = (const uint8_t *) in;
	uint8_t		buf[3 * FAST_MAX_BYTES + 4];	/* 3 bytes an input byte + slack */
	uint16_t	w[FAST_MAX_BYTES];
	int			nw = 0;
	size_t		o = 0;
	size_t		pos = 0;
	bool		pending_space = false;

	if (len > FAST_MAX_BYTES)
		return false;
	if (!fast_ready)
		fast_init();
	while (pos < len)
	{
		uint8_t		b = s[pos];
		UChar32		c;
		uint16_t	code;

		if (b < 0x80)
		{
			switch (ascii_class[b])
			{
				case A_LETTER:
					w[nw++] = lo_code[b];
					pos++;
					continue;
				case A_SPACE:
				case A_PUNCT:
					if (nw > 0)
					{
						if (pending_space)
							buf[o++] = ' ';
						pending_space = false;
						if (!put_word(w, nw, style, buf, &o))
							return false;
						nw = 0;
					}
					if (ascii_class[b] == A_SPACE)
						pending_space = o > 0;
					else
					{
						if (pending_space)
							buf[o++] = ' ';
						pending_space = false;
						buf[o++] = b;
					}
					pos++;
					continue;
				default:
					return false;
			}
		}
		if (b >= 0xC2 && b <= 0xDF)
		{
			if (pos + 1 >= len || (s[pos + 1] & 0xC0) != 0x80)
				return false;
			c = ((UChar32) (b & 0x1F) << 6) | (s[pos + 1] & 0x3F);
			pos += 2;
			if (c >= 0x300 && c <= 0x36F)
			{
				if (nw == 0 || !absorb_mark(&w[nw - 1], c))
					return false;
				continue;
			}
			code = c < LO_END ? lo_code[c] : 0;
		}
		else if (b == 0xE1)
		{
			if (pos + 2 >= len || (s[pos + 1] & 0xC0) != 0x80 ||
				(s[pos + 2] & 0xC0) != 0x80)
				return false;
			c = 0x1000 | ((UChar32) (s[pos + 1] & 0x3F) << 6) |
				(s[pos + 2] & 0x3F);
			pos += 3;
			code = (c >= HI_BEG && c < HI_END) ? hi_code[c - HI_BEG] : 0;
		}
		else
			return false;
		if (!(code & L_VALID))
			return false;
		w[nw++] = code;
	}
	if (nw > 0)
	{
		if (pending_space)
			buf[o++] = ' ';
		if (!put_word(w, nw, style, buf, &o))
			return false;
	}
	out->data = vn_alloc(o + 1);
	if (out->data == NULL)
	{
		*st = VN_ERR_NOMEM;
		return true;
	}
	memcpy(out->data, buf, o);
	out->data[o] = '\0';
	out->len = o;
	*st = VN_OK;
	return true;
}
