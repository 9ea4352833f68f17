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
 * The result of a word (without case, which does not change it) is cached
 * per process in a small direct-mapped table: names repeat a few hundred
 * syllables.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>

#include <unicode/utf8.h>

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

/*
 * Combining marks U+0300-U+036F: the tone (VN_T_*) or quality (VN_Q_*) a
 * mark stands for, and per tone / quality the bases that take it (bit
 * base - 'a'), from chars.c.
 */
#define MARK_BEG	0x300
#define MARK_END	0x370
static uint8_t mark_tone[MARK_END - MARK_BEG];
static uint8_t mark_quality[MARK_END - MARK_BEG];
static uint32_t tone_bases;
static uint32_t quality_bases[VN_Q_HORN + 1];

static bool fast_ready = false;

/*
 * Word cache: a word of at most seven letters (without case: the result
 * does not depend on it) and the style -> its UTF-8 in the result.
 * Direct-mapped; a slot is overwritten on collision.
 */
#define CACHE_SIZE	2048
#define WORD_BYTES	(3 * (VN_SYL_MAX - 1))
typedef struct word_entry
{
	uint64_t	k0;				/* letters 0-4, count, style; 0 = empty */
	uint64_t	k1;				/* letters 5-6 */
	uint8_t		len;
	uint8_t		bytes[WORD_BYTES];
} word_entry;
static word_entry cache[CACHE_SIZE];

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
		{
			int32_t		n = 0;

			U8_APPEND_UNSAFE(&enc[code][1], n, c);
			enc[code][0] = (uint8_t) n;
		}
	}
	for (UChar32 c = MARK_BEG; c < MARK_END; c++)
	{
		mark_tone[c - MARK_BEG] = (uint8_t) vn_mark_tone(c);
		mark_quality[c - MARK_BEG] = (uint8_t) vn_mark_quality(c);
	}
	tone_bases = 0;
	memset(quality_bases, 0, sizeof(quality_bases));
	for (char b = 'a'; b <= 'z'; b++)
	{
		if (vn_is_vowel_base(b))
			tone_bases |= 1u << (b - 'a');
		for (int q = VN_Q_CIRC; q <= VN_Q_HORN; q++)
			if (vn_quality_fits(b, q))
				quality_bases[q] |= 1u << (b - 'a');
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
	int			t = mark_tone[m - MARK_BEG];
	int			q = mark_quality[m - MARK_BEG];
	uint32_t	base = 1u << (*code & 0x1F);
	int			lq = (*code >> 5) & 0x7;

	if (t && !(*code & L_TONE_MASK) && (tone_bases & base) &&
		lq != VN_Q_STROKE)
		*code |= (uint16_t) (t << L_TONE_SHIFT);
	else if (q && lq == VN_Q_NONE && (quality_bases[q] & base))
		*code |= (uint16_t) (q << 5);
	else
		return false;
	return true;
}

/*
 * Title-case the word w[0..n) and move its tone to the carrier of the
 * style if it is a syllable (restyle_segment): only words of at most
 * seven letters can be one.
 */
static void
restyle_word(const uint16_t *w, int n, vn_style style, uint16_t *r)
{
	vn_letter	l[VN_SYL_MAX] = {{0}};
	vn_syl		s;

	for (int i = 0; i < n; i++)
		r[i] = (w[i] & ~L_UPPER) | (i == 0 ? L_UPPER : 0);
	if (n >= VN_SYL_MAX)
		return;
	for (int i = 0; i < n; i++)
		letter_of_code(r[i], &l[i]);
	if (!vn_syllable_parse(l, n, &s))
		return;
	vn_syllable_place(l, &s, style);
	for (int i = 0; i < n; i++)
		r[i] = code_of(&l[i]);
}

/*
 * UTF-8 of letters r[0..n) into out, which has room for three bytes a
 * letter; returns the length, or -1 if a letter has no code point (cannot
 * happen for letters of the table; declining keeps it safe).
 */
static int
encode_word(const uint16_t *r, int n, uint8_t *out)
{
	int			o = 0;

	for (int i = 0; i < n; i++)
	{
		const uint8_t *b = enc[r[i] & 0xFFF];

		if (b[0] == 0)
			return -1;
		memcpy(out + o, b + 1, 3);
		o += b[0];
	}
	return o;
}

/*
 * The normalized UTF-8 of a word of one to seven letters, from the cache
 * or made and cached; NULL if a letter has no code point.
 */
static const word_entry *
word_of(const uint16_t *w, int n, vn_style style)
{
	uint64_t	k0 = ((uint64_t) n << 55) | ((uint64_t) (style == VN_STYLE_NEW) << 58);
	uint64_t	k1 = 0;
	uint64_t	h;
	word_entry *e;
	uint16_t	r[VN_SYL_MAX];
	uint8_t		tmp[WORD_BYTES + 2];
	int			len;

	for (int i = 0; i < n; i++)
	{
		uint64_t	c = w[i] & L_NOCASE;

		if (i < 5)
			k0 |= c << (11 * i);
		else
			k1 |= c << (11 * (i - 5));
	}
	h = (k0 ^ (k1 * 0x9E3779B97F4A7C15ULL)) * 0xC2B2AE3D27D4EB4FULL;
	e = &cache[(h >> 40) & (CACHE_SIZE - 1)];
	if (e->k0 == k0 && e->k1 == k1)
		return e;
	restyle_word(w, n, style, r);
	len = encode_word(r, n, tmp);
	if (len < 0)
		return NULL;
	e->k0 = k0;
	e->k1 = k1;
	e->len = (uint8_t) len;
	memcpy(e->bytes, tmp, len);
	return e;
}

/*
 * Append the normalized word w[0..n) to out at o (room for three bytes a
 * letter plus WORD_BYTES of slack); returns the new length, or -1 (see
 * encode_word).
 */
static int
put_word(const uint16_t *w, int n, vn_style style, uint8_t *out, int o)
{
	uint16_t	r[FAST_MAX_BYTES];
	int			len;

	if (n < VN_SYL_MAX)
	{
		const word_entry *e = word_of(w, n, style);

		if (e == NULL)
			return -1;
		memcpy(out + o, e->bytes, WORD_BYTES);
		return o + e->len;
	}
	restyle_word(w, n, style, r);
	len = encode_word(r, n, out + o);
	return len < 0 ? -1 : o + len;
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
	/* each input byte gives at most three bytes; put_word copies WORD_BYTES */
	uint8_t		buf[3 * FAST_MAX_BYTES + WORD_BYTES];
	uint16_t	w[FAST_MAX_BYTES];
	int			nw = 0;
	int			o = 0;
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
						o = put_word(w, nw, style, buf, o);
						if (o < 0)
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
			if (c >= MARK_BEG && c < MARK_END)
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
		o = put_word(w, nw, style, buf, o);
		if (o < 0)
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
