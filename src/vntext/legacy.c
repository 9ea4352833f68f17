/*-------------------------------------------------------------------------
 *
 * legacy.c
 *	  Detection and per-token repair of Vietnamese names typed in legacy
 *	  encodings (TCVN3, VNI-Windows, VIQR) or stored as UTF-8 mojibake
 *	  (UTF-8 read as Windows-1252, Windows-1250 / ISO-8859-2 or MacRoman).
 *
 * The damaged text arrives as valid UTF-8 whose characters are the
 * single-byte look of the original bytes.  For each whitespace-separated
 * token we map the characters back to bytes through the code page and decode
 * those bytes again (UTF-8, TCVN3, VNI); VIQR is decoded from the characters
 * themselves.  A decoding is a candidate when it differs from the token and
 * every hyphen-separated piece of it is a Vietnamese syllable
 * (vn_is_syllable_cp) or, weakly, a word of a minority language in the
 * Vietnamese alphabet (vn_legacy_script_word).  Acceptance rule
 * (docs/names.md, "The acceptance rule"), in short:
 *
 *	- a token that is not valid in its script (syllable or script word) and
 *	  has a candidate is "clear" evidence of that encoding and is repaired;
 *	- a token valid as it stands is "ambiguous": it is repaired only when
 *	  another token of the name is clear evidence of the same encoding and
 *	  the reading is usual enough in names (usual_enough_at, more_usual);
 *	  one never seen in names whose reading is a common name syllable is
 *	  "probable" and counts as clear when no token rules the encoding out;
 *	- of a family of encodings the one with the most clear tokens in the
 *	  name is used; ties go to the readings more usual in names, then to
 *	  the fixed order of enum legacy_enc.
 *
 * Everything else is copied byte for byte.  Work is linear: tokens longer
 * than LEGACY_MAX_TOKEN code points cannot be names' syllables and are left
 * alone without being decoded.
 *
 * Names repeat a few thousand tokens, and most names have no clear token.
 * So a small per-process cache keeps what the first pass needs of a token
 * (has it a candidate, which encodings is it clear evidence of) by its
 * exact bytes, and the second pass, which needs the decodings, runs only
 * for a name with a clear token: without one it cannot change anything.
 *
 *-------------------------------------------------------------------------
 */
#include "legacy.h"
#include "legacy_tables.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* The longest token worth decoding, in code points. */
#define LEGACY_MAX_TOKEN 64

/* The decodings, in order of preference when the evidence ties. */
typedef enum legacy_enc
{
	LE_UTF8_CP1252 = 0,
	LE_UTF8_LATIN2,				/* before 1250: what real data shows */
	LE_UTF8_CP1250,
	LE_UTF8_MACROMAN,
	LE_VNI,
	LE_TCVN3,
	LE_VIQR,
	LE_COUNT
} legacy_enc;

#define LE_BIT(e) (1u << (e))

/* Audit bit of each decoding (ISO-8859-2 is reported as Windows-1250). */
static const uint32_t legacy_flag[LE_COUNT] = {
	VN_AUDIT_MOJIBAKE_CP1252,
	VN_AUDIT_MOJIBAKE_CP1250,
	VN_AUDIT_MOJIBAKE_CP1250,
	VN_AUDIT_MOJIBAKE_MACROMAN,
	VN_AUDIT_LEGACY_VNI,
	VN_AUDIT_LEGACY_TCVN3,
	VN_AUDIT_LEGACY_VIQR,
};

/*
 * A token that is valid as it stands but never occurs in names is clear
 * evidence of an encoding whose reading of it occurs at least this often
 * in the frequency list (VNI "Thò", Thị: 616).
 */
#define LEGACY_COMMON	10

/*
 * In a name that may be typed wholly in one encoding (no token it cannot
 * have produced), an ambiguous token is read in it unless the token as it
 * stands is this many times more usual at its place in names: VNI "Hoàng"
 * in the middle of such a name is Hồng (132 against 434 for Hoàng), but
 * as the family name it stays Hoàng (222 against 5).
 */
#define LEGACY_ONE_FONT	4

/* What one token can be decoded as. */
typedef struct token_info
{
	bool		asis_valid;		/* already valid words (syllables or script
								 * words) */
	bool		has_non_ascii;
	bool		viqr_weak;		/* VIQR only turned a final '.' into a tone */
	bool		case_damage;	/* a capital after a small letter: TÊt */
	uint32_t	mask;			/* LE_BIT of each candidate decoding */
	uint32_t	weak;			/* candidates with a script word, not only
								 * syllables */
	uint32_t	against;		/* LE_BIT of each decoding that cannot have
								 * produced this non-ASCII token */
	int			asis_freq;		/* name frequency of the token as it stands */
	int			freq[LE_COUNT]; /* name frequency of each candidate */
	int			n[LE_COUNT];	/* decoded length per candidate */
	UChar32		dec[LE_COUNT][LEGACY_MAX_TOKEN];
} token_info;

/* Evidence gathered over the whole name. */
typedef struct name_evidence
{
	int			clear[LE_COUNT];	/* tokens this decoding clearly repairs */
	int			score[LE_COUNT];	/* their summed name frequencies */
	int			probable[LE_COUNT]; /* probable tokens (split_candidates) */
	int			against[LE_COUNT];	/* tokens it cannot have produced */
	uint32_t	allowed;		/* LE_BIT of each family's winner */
	bool		any_candidate;
	bool		any_clear;		/* some clear[] > 0 */
} name_evidence;

/*
 * Families of decodings: a name is typed in one font, so of TCVN3 and VNI
 * (or of the readings of UTF-8) only the one with the most clear tokens in
 * the name is used; VIQR stands alone.
 */
static const uint32_t legacy_family[] = {
	LE_BIT(LE_UTF8_CP1252) | LE_BIT(LE_UTF8_LATIN2) | LE_BIT(LE_UTF8_CP1250) |
	LE_BIT(LE_UTF8_MACROMAN),
	LE_BIT(LE_VNI) | LE_BIT(LE_TCVN3),
	LE_BIT(LE_VIQR),
};

/*
 * What the first pass needs of a token (whether it has a candidate, which
 * encodings it is clear, ambiguous or probable evidence of, how usual each
 * reading is), keyed by the token's exact bytes, up
 * to TOKEN_CACHE_BYTES of them.  Direct-mapped; a slot is overwritten on
 * collision.  Names repeat a few thousand syllables.
 */
#define TOKEN_CACHE_SIZE	4096
#define TOKEN_CACHE_BYTES	24

typedef struct token_sum
{
	bool		candidate;		/* analyse_token's mask != 0 */
	bool		viqr_weak;		/* token_info.viqr_weak */
	uint8_t		clear;			/* split_candidates' masks */
	uint8_t		ambiguous;
	uint8_t		probable;
	uint8_t		against;
	uint16_t	asis_freq;		/* token_info's, at most UINT16_MAX */
	uint16_t	freq[LE_COUNT];
} token_sum;

typedef struct token_entry
{
	uint8_t		len;			/* bytes of the token; 0 = empty slot */
	token_sum	sum;
	char		bytes[TOKEN_CACHE_BYTES];
} token_entry;

static token_entry token_cache[TOKEN_CACHE_SIZE];

static bool
is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
		c == '\f';
}

/* Byte that a code page shows as c, or -1. */
static int
sbcs_byte(const vn_sbcs *page, UChar32 c)
{
	int			lo = 0;
	int			hi = page->nrev - 1;

	if (c < 0x80)
		return (int) c;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (page->rev[mid].cp == c)
			return page->rev[mid].byte;
		if (page->rev[mid].cp < c)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* Map code points back to the bytes a code page shows them as. */
static bool
to_bytes(const vn_sbcs *page, const UChar32 *cp, int n, uint8_t *out)
{
	for (int i = 0; i < n; i++)
	{
		int			b = sbcs_byte(page, cp[i]);

		if (b < 0)
			return false;
		out[i] = (uint8_t) b;
	}
	return true;
}

/*
 * Decode bytes as UTF-8; -1 unless valid and containing at least one
 * multi-byte sequence (otherwise it is not mojibake).
 */
static int
decode_utf8(const uint8_t *b, int n, UChar32 *out)
{
	int			i = 0;
	int			k = 0;
	bool		multi = false;

	while (i < n)
	{
		UChar32		c;

		U8_NEXT(b, i, n, c);
		if (c < 0)
			return -1;
		if (c >= 0x80)
			multi = true;
		out[k++] = c;
	}
	return multi ? k : -1;
}

static int
decode_tcvn3(const uint8_t *b, int n, UChar32 *out)
{
	for (int i = 0; i < n; i++)
	{
		if (b[i] < 0x80)
			out[i] = b[i];
		else if (vn_tcvn3_high[b[i] - 0x80] != 0)
			out[i] = vn_tcvn3_high[b[i] - 0x80];
		else
			return -1;
	}
	return n;
}

static UChar32
vni_pair(uint8_t first, uint8_t second)
{
	uint16_t	key = (uint16_t) ((first << 8) | second);
	int			lo = 0;
	int			hi = vn_vni_npairs - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (vn_vni_pairs[mid].bytes == key)
			return vn_vni_pairs[mid].cp;
		if (vn_vni_pairs[mid].bytes < key)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

/* VNI: a letter byte, optionally followed by a mark byte. */
static int
decode_vni(const uint8_t *b, int n, UChar32 *out)
{
	int			k = 0;

	for (int i = 0; i < n; i++)
	{
		UChar32		c = (i + 1 < n) ? vni_pair(b[i], b[i + 1]) : 0;

		if (c != 0)
			i++;
		else if (b[i] < 0x80)
			c = b[i];
		else if ((c = vn_vni_single[b[i] - 0x80]) == 0)
			return -1;
		out[k++] = c;
	}
	return k;
}

/* The VIQR letter spelled by the len characters at cp, or 0. */
static UChar32
viqr_lookup(const UChar32 *cp, int len)
{
	char		key[4];
	int			lo = 0;
	int			hi = vn_viqr_nseqs - 1;

	for (int i = 0; i < len; i++)
	{
		if (cp[i] <= 0 || cp[i] >= 0x80)
			return 0;
		key[i] = (char) cp[i];
	}
	key[len] = '\0';
	/* "Dd" is how a capitalised name writes Đ; the table knows DD and dd. */
	if (len == 2 && key[0] == 'D' && key[1] == 'd')
		return 0x0110;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(vn_viqr_seqs[mid].seq, key);

		if (cmp == 0)
			return vn_viqr_seqs[mid].cp;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

/*
 * VIQR: longest sequence first.  *weak is set when the only sequence
 * decoded is a final "<vowel>." (a full stop after a name, not a dot below).
 */
static int
decode_viqr(const UChar32 *cp, int n, UChar32 *out, bool *weak)
{
	int			k = 0;
	int			nseq = 0;
	bool		final_dot = false;

	for (int i = 0; i < n; i++)
	{
		UChar32		c = 0;
		int			len;

		for (len = 3; len >= 2; len--)
		{
			if (i + len <= n && (c = viqr_lookup(cp + i, len)) != 0)
				break;
		}
		if (c != 0)
		{
			nseq++;
			final_dot = (i + len == n && cp[n - 1] == '.');
			i += len - 1;
		}
		else
			c = cp[i];
		out[k++] = c;
	}
	*weak = (nseq == 1 && final_dot);
	return k;
}

/*
 * Every hyphen-separated piece is a plausible Vietnamese syllable or, with
 * script_words, a word of a minority language in the Vietnamese alphabet
 * (vn_legacy_script_word).  *syllables (if given) tells whether every piece
 * is a syllable.
 */
static bool
pieces_valid(const UChar32 *cp, int n, bool script_words, bool *syllables)
{
	int			start = 0;

	if (syllables)
		*syllables = true;
	for (int i = 0; i <= n; i++)
	{
		if (i == n || cp[i] == '-')
		{
			size_t		len = (size_t) (i - start);

			if (i == start)
				return false;
			if (!vn_legacy_plausible(cp + start, len))
			{
				if (!script_words || !vn_legacy_script_word(cp + start, len))
					return false;
				if (syllables)
					*syllables = false;
			}
			start = i + 1;
		}
	}
	return true;
}

static bool
all_syllables(const UChar32 *cp, int n)
{
	return pieces_valid(cp, n, false, NULL);
}

static bool
same_cps(const UChar32 *a, int na, const UChar32 *b, int nb)
{
	return na == nb && memcmp(a, b, sizeof(UChar32) * (size_t) na) == 0;
}

/*
 * TCVN3 fonts kept capitals with tones in a separate font, so the bytes
 * decode to small letters.  When the token has two or more ASCII letters and
 * all are capitals (NGUYÔN), the word was typed in capitals: restore them.
 */
static void
tcvn3_restore_caps(const UChar32 *src, int n, UChar32 *dec, int ndec)
{
	int			upper = 0;

	for (int i = 0; i < n; i++)
	{
		if (src[i] >= 'a' && src[i] <= 'z')
			return;
		if (src[i] >= 'A' && src[i] <= 'Z')
			upper++;
	}
	if (upper >= 2)
		for (int i = 0; i < ndec; i++)
			dec[i] = u_toupper(dec[i]);
}

/*
 * Record dec[e] as a candidate when it is a new, valid spelling; a weak one
 * when some piece of it is a script word rather than a syllable.
 */
static void
consider(token_info *ti, legacy_enc e, const UChar32 *cp, int n)
{
	bool		syllables;

	if (ti->has_non_ascii &&
		(ti->n[e] <= 0 || !pieces_valid(ti->dec[e], ti->n[e], true, NULL)))
		ti->against |= LE_BIT(e);
	if (ti->n[e] > 0 && !same_cps(cp, n, ti->dec[e], ti->n[e]) &&
		pieces_valid(ti->dec[e], ti->n[e], true, &syllables))
	{
		ti->mask |= LE_BIT(e);
		if (!syllables)
			ti->weak |= LE_BIT(e);
		ti->freq[e] = vn_legacy_name_freq(ti->dec[e], (size_t) ti->n[e]);
	}
}

/* ơ with any tone, either case. */
static bool
is_horn_o(UChar32 c)
{
	static const UChar32 horn_o[] = {
		0x01A0, 0x01A1, 0x1EDA, 0x1EDB, 0x1EDC, 0x1EDD, 0x1EDE, 0x1EDF,
		0x1EE0, 0x1EE1, 0x1EE2, 0x1EE3
	};

	for (size_t i = 0; i < sizeof(horn_o) / sizeof(horn_o[0]); i++)
		if (c == horn_o[i])
			return true;
	return false;
}

/*
 * TCVN3 writes ư as 0xAD, the soft hyphen, which copying often drops:
 * "Tr<SHY>êng" (Trường) arrives as "Trêng", which decodes to "Trờng".  No
 * Vietnamese rhyme is ơng or ơc, so when a decoding fails and an ơ stands
 * before ng or c right after a consonant, put the lost ư back (ương, ước).
 */
static void
tcvn3_restore_u_horn(token_info *ti)
{
	UChar32    *d = ti->dec[LE_TCVN3];
	int			n = ti->n[LE_TCVN3];

	if (n <= 1 || n >= LEGACY_MAX_TOKEN || all_syllables(d, n))
		return;
	for (int i = 1; i + 1 < n; i++)
	{
		UChar32		next = u_tolower(d[i + 1]);
		UChar32		prev = u_tolower(d[i - 1]);

		if (!is_horn_o(d[i]) || (next != 'n' && next != 'c') ||
			(next == 'n' && (i + 2 >= n || u_tolower(d[i + 2]) != 'g')) ||
			prev < 'a' || prev > 'z' || strchr("aeiouy", (int) prev) != NULL)
			continue;
		memmove(d + i + 1, d + i, sizeof(UChar32) * (size_t) (n - i));
		d[i] = u_isupper(d[i + 1]) ? 0x01AF : 0x01B0;
		ti->n[LE_TCVN3] = n + 1;
		return;
	}
}

/* Try every decoding of one token (cp, n <= LEGACY_MAX_TOKEN). */
static void
analyse_token(const UChar32 *cp, int n, token_info *ti)
{
	static const vn_sbcs *const utf8_pages[] = {
		&vn_sbcs_cp1252, &vn_sbcs_latin2, &vn_sbcs_cp1250, &vn_sbcs_macroman
	};
	uint8_t		bytes[LEGACY_MAX_TOKEN];

	ti->mask = 0;
	ti->weak = 0;
	ti->against = 0;
	ti->viqr_weak = false;
	ti->has_non_ascii = false;
	for (int i = 0; i < n; i++)
		if (cp[i] >= 0x80)
			ti->has_non_ascii = true;
	ti->asis_valid = pieces_valid(cp, n, true, NULL);
	for (int e = 0; e < LE_COUNT; e++)
	{
		ti->n[e] = -1;
		ti->freq[e] = 0;
	}

	if (ti->has_non_ascii)
	{
		for (int p = 0; p < 4; p++)
		{
			if (to_bytes(utf8_pages[p], cp, n, bytes))
				ti->n[LE_UTF8_CP1252 + p] = decode_utf8(bytes, n, ti->dec[LE_UTF8_CP1252 + p]);
		}
		if (to_bytes(&vn_sbcs_cp1252, cp, n, bytes))
		{
			ti->n[LE_VNI] = decode_vni(bytes, n, ti->dec[LE_VNI]);
			ti->n[LE_TCVN3] = decode_tcvn3(bytes, n, ti->dec[LE_TCVN3]);
			if (ti->n[LE_TCVN3] > 0)
			{
				tcvn3_restore_caps(cp, n, ti->dec[LE_TCVN3], ti->n[LE_TCVN3]);
				tcvn3_restore_u_horn(ti);
			}
		}
	}
	ti->n[LE_VIQR] = decode_viqr(cp, n, ti->dec[LE_VIQR], &ti->viqr_weak);

	for (int e = 0; e < LE_COUNT; e++)
		consider(ti, (legacy_enc) e, cp, n);

	/*
	 * A final full stop is not part of the token as it stands ("Thanh.").
	 * A token with a capital after a small letter (TCVN3 "QuÝ", where Ý is
	 * the byte of í) is no usual spelling of a name, however usual its
	 * letters.
	 */
	ti->case_damage = false;
	for (int i = 1; i < n; i++)
		if (u_isupper(cp[i]) && u_islower(cp[i - 1]))
			ti->case_damage = true;
	ti->asis_freq = 0;
	if (!ti->case_damage)
		ti->asis_freq = vn_legacy_name_freq(cp, (size_t) ((ti->viqr_weak && n > 1 &&
														   cp[n - 1] == '.') ? n - 1 : n));
}

/*
 * The candidate of mask with the most clear tokens; ties by the higher
 * freq (how usual the reading is in names), then by enum order.
 */
static int
best_of(uint32_t mask, const int *clear, const int *freq)
{
	int			best = -1;

	for (int e = 0; e < LE_COUNT; e++)
	{
		if (!(mask & LE_BIT(e)))
			continue;
		if (best < 0 || clear[e] > clear[best] ||
			(clear[e] == clear[best] && freq[e] > freq[best]))
			best = e;
	}
	return best;
}

/* The readings of UTF-8: valid multi-byte UTF-8 is evidence enough. */
#define LE_UTF8_FAMILY	(LE_BIT(LE_UTF8_CP1252) | LE_BIT(LE_UTF8_LATIN2) | \
						 LE_BIT(LE_UTF8_CP1250) | LE_BIT(LE_UTF8_MACROMAN))

/*
 * Split a token's candidates into clear, ambiguous and weak ones.  Clear:
 * the token is no valid word as it stands and the reading is made of
 * syllables (or, for UTF-8, of valid words).  Ambiguous: the token is
 * valid as it stands; probable, besides, when the token never occurs in
 * names and the reading is a common name syllable (LEGACY_COMMON: VNI
 * "Thò", Thị), which gather_evidence may count as clear.  Weak: the token
 * is invalid, the reading valid only with a script word (VNI "EÂban",
 * Êban).  The
 * final full stop of a VIQR token is taken for a tone only as the last
 * token of a name (viqr_demote).
 */
static void
split_candidates(const token_info *ti, uint32_t *clear, uint32_t *ambiguous,
				 uint32_t *weak, uint32_t *probable)
{
	uint32_t	strong = ti->mask & ~ti->weak;

	*clear = ti->asis_valid ? 0 : strong | (ti->mask & LE_UTF8_FAMILY);
	*ambiguous = ti->asis_valid ? strong : 0;
	*weak = ti->asis_valid ? 0 : ti->mask & ti->weak & ~LE_UTF8_FAMILY;
	*probable = 0;
	if (ti->asis_valid && ti->asis_freq == 0)
	{
		for (int e = 0; e < LE_COUNT; e++)
			if ((strong & LE_BIT(e)) && ti->freq[e] >= LEGACY_COMMON)
				*probable |= LE_BIT(e);
	}
}

/*
 * A VIQR token whose only mark is a final full stop ("Thanh.", "Thi.")
 * is clear evidence inside a name, where a full stop has no business; as
 * its last token the stop may end a sentence, so it is read as a tone only
 * when other tokens of the name are VIQR (as a weak candidate).
 */
static void
viqr_demote(bool viqr_weak, bool last, uint32_t *clear, uint32_t *weak)
{
	if (viqr_weak && last && (*clear & LE_BIT(LE_VIQR)))
	{
		*clear &= ~LE_BIT(LE_VIQR);
		*weak |= LE_BIT(LE_VIQR);
	}
}

/*
 * In a name that mixes Unicode with encoding e, an ambiguous token is read
 * in e only when that reading is the more usual in names: Nghóa -> Nghĩa
 * (69 against 1), but Hoàng stays (792 against 145 for Hồng).  A final
 * full stop is not part of the token as it stands ("Thanh." against VIQR
 * "Thạnh"), and a token with case damage counts as never seen
 * (analyse_token).
 */
static bool
more_usual(const token_info *ti, int e)
{
	return ti->freq[e] > ti->asis_freq;
}

/*
 * Whether reading e of an ambiguous token at place pos of a name that may
 * be wholly in e is not LEGACY_ONE_FONT times less usual there than the
 * token as it stands (see more_usual for the full stop and case damage).
 */
static bool
usual_enough_at(const token_info *ti, int e, const UChar32 *cp, int n,
				vn_name_pos pos)
{
	int			asis_n = (ti->viqr_weak && n > 1 && cp[n - 1] == '.') ? n - 1 : n;
	int			asis = 0;
	int			reading = vn_legacy_name_freq_at(ti->dec[e], (size_t) ti->n[e], pos);

	if (!ti->case_damage)
		asis = vn_legacy_name_freq_at(cp, (size_t) asis_n, pos);
	return (int64_t) reading * LEGACY_ONE_FONT > asis;
}

/*
 * The decoding to apply to a token (cp, n at place pos of the name), or -1
 * to keep it.  An ambiguous token is read in an encoding the name has clear
 * evidence of when that reading is usual enough at its place, if the whole
 * name may be in that encoding (one font per name), else only when it is
 * the more usual reading.
 */
static int
choose(const token_info *ti, const name_evidence *ev, const UChar32 *cp,
	   int n, vn_name_pos pos)
{
	bool		last = (pos == VN_POS_ANY || pos == VN_POS_GIVEN);
	uint32_t	clear;
	uint32_t	ambiguous;
	uint32_t	weak;
	int			e;

	uint32_t	probable;

	split_candidates(ti, &clear, &ambiguous, &weak, &probable);
	viqr_demote(ti->viqr_weak, last, &clear, &weak);
	clear &= ev->allowed;
	ambiguous &= ev->allowed;
	weak &= ev->allowed;
	if (clear)
		return best_of(clear, ev->clear, ti->freq);
	if (weak && (e = best_of(weak, ev->clear, ti->freq)) >= 0 &&
		ev->clear[e] > 0)
		return e;
	if (ambiguous && (e = best_of(ambiguous, ev->clear, ti->freq)) >= 0 &&
		ev->clear[e] > 0 &&
		(ev->against[e] == 0 ? usual_enough_at(ti, e, cp, n, pos) :
		 more_usual(ti, e)))
		return e;
	return -1;
}

/*
 * Next token of in[0..len) from *pos: sets *start and *end (bytes).
 * Returns false at the end of the input.
 */
static bool
next_token(const char *in, size_t len, size_t *pos, size_t *start,
		   size_t *end)
{
	size_t		i = *pos;

	while (i < len && is_space_byte((unsigned char) in[i]))
		i++;
	if (i >= len)
		return false;
	*start = i;
	while (i < len && !is_space_byte((unsigned char) in[i]))
		i++;
	*end = i;
	*pos = i;
	return true;
}

/*
 * The code points of the token in[start..end) (valid UTF-8) into cp;
 * returns their number, or -1 if there are more than LEGACY_MAX_TOKEN.
 */
static int
token_cps(const char *in, size_t start, size_t end, UChar32 *cp)
{
	int32_t		i = (int32_t) start;
	int			k = 0;

	while ((size_t) i < end)
	{
		UChar32		c;

		U8_NEXT((const uint8_t *) in, i, (int32_t) end, c);
		if (k < LEGACY_MAX_TOKEN)
			cp[k] = c;
		k++;
	}
	return (k <= LEGACY_MAX_TOKEN) ? k : -1;
}

/* The slot of the token cache for a token of 1..TOKEN_CACHE_BYTES. */
static token_entry *
token_slot(const char *tok, size_t len)
{
	uint32_t	h = 2166136261u;	/* FNV-1a */

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) tok[i]) * 16777619u;
	return &token_cache[(h ^ (h >> 16)) & (TOKEN_CACHE_SIZE - 1)];
}

/* The cached summary of a token, or NULL. */
static const token_sum *
token_cached(const char *tok, size_t len)
{
	const token_entry *e;

	if (len == 0 || len > TOKEN_CACHE_BYTES)
		return NULL;
	e = token_slot(tok, len);
	if (e->len != len || memcmp(e->bytes, tok, len) != 0)
		return NULL;
	return &e->sum;
}

/* Cache the summary of a token (if short enough). */
static void
token_remember(const char *tok, size_t len, const token_sum *sum)
{
	token_entry *e;

	if (len == 0 || len > TOKEN_CACHE_BYTES)
		return;
	e = token_slot(tok, len);
	memcpy(e->bytes, tok, len);
	e->len = (uint8_t) len;
	e->sum = *sum;
}

static uint16_t
clamp16(int v)
{
	return (uint16_t) (v < UINT16_MAX ? v : UINT16_MAX);
}

/*
 * First pass over the token in[start..end): into *sum, whether it has a
 * candidate decoding, which encodings it is clear, ambiguous or probable
 * evidence of and how usual each reading is in names.  A token too long to
 * be decoded has no candidate.  With fast, the answer comes from or goes
 * to the token cache; it is the same either way.  viqr_demote is left to
 * the caller, which knows whether the token is the name's last.
 */
static void
token_summary(const char *in, size_t start, size_t end, bool fast,
			  token_info *ti, UChar32 *cp, token_sum *sum)
{
	const token_sum *cached = fast ? token_cached(in + start, end - start) : NULL;
	uint32_t	clear;
	uint32_t	ambiguous;
	uint32_t	weak;
	uint32_t	probable;
	int			n;

	if (cached != NULL)
	{
		*sum = *cached;
		return;
	}
	memset(sum, 0, sizeof(*sum));
	n = token_cps(in, start, end, cp);
	if (n >= 0)
	{
		analyse_token(cp, n, ti);
		split_candidates(ti, &clear, &ambiguous, &weak, &probable);
		sum->candidate = ti->mask != 0;
		sum->against = (uint8_t) ti->against;
		sum->viqr_weak = ti->viqr_weak;
		sum->clear = (uint8_t) clear;
		sum->ambiguous = (uint8_t) ambiguous;
		sum->probable = (uint8_t) probable;
		sum->asis_freq = clamp16(ti->asis_freq);
		for (int k = 0; k < LE_COUNT; k++)
			sum->freq[k] = clamp16(ti->freq[k]);
	}
	if (fast)
		token_remember(in + start, end - start, sum);
}

/* The place in a name of a token that is or is not its first and last. */
static vn_name_pos
token_place(bool first, bool last)
{
	if (first && last)
		return VN_POS_ANY;
	if (first)
		return VN_POS_FAMILY;
	return last ? VN_POS_GIVEN : VN_POS_MIDDLE;
}

/* Whether no token follows in[..end). */
static bool
last_token(const char *in, size_t len, size_t end)
{
	while (end < len && is_space_byte((unsigned char) in[end]))
		end++;
	return end >= len;
}

/*
 * Second pass over the token in[start..end): analyse it into *ti and its
 * code points into cp, *n; false when it has no candidate (nothing to
 * apply).  With fast, a token the cache knows to have none is skipped.
 */
static bool
token_candidates(const char *in, size_t start, size_t end, bool fast,
				 token_info *ti, UChar32 *cp, int *n)
{
	const token_sum *e = fast ? token_cached(in + start, end - start) : NULL;

	if (e != NULL && !e->candidate)
		return false;
	*n = token_cps(in, start, end, cp);
	if (*n < 0)
		return false;
	analyse_token(cp, *n, ti);
	return ti->mask != 0;
}

static vn_status
check_input(const char *in, size_t len)
{
	int32_t		i = 0;

	if (len > VN_MAX_INPUT_BYTES)
		return VN_ERR_TOO_LONG;
	while ((size_t) i < len)
	{
		UChar32		c;

		U8_NEXT((const uint8_t *) in, i, (int32_t) len, c);
		if (c < 0)
			return VN_ERR_BAD_UTF8;
	}
	return VN_OK;
}

/*
 * First pass: what the tokens of the name are evidence of.  Probable tokens
 * (split_candidates) of an encoding count as clear evidence of it when no
 * token of the name with non-ASCII letters is beyond that encoding (no
 * reading, or an invalid one): VNI "Hoà Thò Thanh" (Thị 616 against Thò
 * 0), but not "Lấp Vò", a place whose Vò TCVN3 would read Vũ: no byte of
 * TCVN3 seen as Windows-1252 shows ấ.
 */
static void
gather_evidence(const char *in, size_t len, bool fast, name_evidence *ev,
				token_info *ti)
{
	size_t		pos = 0;
	size_t		start;
	size_t		end;
	UChar32		cp[LEGACY_MAX_TOKEN];

	memset(ev, 0, sizeof(*ev));
	while (next_token(in, len, &pos, &start, &end))
	{
		token_sum	sum;
		uint32_t	clear;
		uint32_t	weak = 0;

		token_summary(in, start, end, fast, ti, cp, &sum);
		for (int e = 0; e < LE_COUNT; e++)
			if ((sum.against & LE_BIT(e)) && ev->against[e] < INT32_MAX)
				ev->against[e]++;
		if (!sum.candidate)
			continue;
		clear = sum.clear;
		viqr_demote(sum.viqr_weak, last_token(in, len, end), &clear, &weak);
		for (int e = 0; e < LE_COUNT; e++)
		{
			if (clear & LE_BIT(e))
			{
				ev->clear[e]++;
				if (ev->score[e] < INT32_MAX - UINT16_MAX)
					ev->score[e] += sum.freq[e];
			}
			if ((sum.probable & LE_BIT(e)) && ev->probable[e] < INT32_MAX)
				ev->probable[e]++;
		}
		ev->any_candidate = true;
	}
	for (int e = 0; e < LE_COUNT; e++)
		if (ev->probable[e] > 0 && ev->against[e] == 0 &&
			ev->clear[e] < INT32_MAX - ev->probable[e])
			ev->clear[e] += ev->probable[e];
	for (int e = 0; e < LE_COUNT; e++)
		if (ev->clear[e] > 0)
			ev->any_clear = true;
	for (size_t f = 0; f < sizeof(legacy_family) / sizeof(legacy_family[0]); f++)
	{
		int			w = best_of(legacy_family[f], ev->clear, ev->score);

		if (w >= 0 && ev->clear[w] > 0)
			ev->allowed |= LE_BIT(w);
		else
			ev->allowed |= legacy_family[f];
	}
}

static size_t
utf8_len(const UChar32 *cp, int n)
{
	size_t		k = 0;

	for (int i = 0; i < n; i++)
		k += U8_LENGTH(cp[i]);
	return k;
}

static size_t
put_utf8(char *out, size_t o, const UChar32 *cp, int n)
{
	for (int i = 0; i < n; i++)
	{
		int32_t		j = 0;

		U8_APPEND_UNSAFE((uint8_t *) out + o, j, cp[i]);
		o += (size_t) j;
	}
	return o;
}

/*
 * Second pass: decide each token; OR the accepted encodings into *flags and,
 * when out is given, write the repaired text there (cap bytes: 2 * len + 1
 * is enough, as a decoded letter takes at most 1.5 times the bytes of its
 * spelling and the one ư TCVN3 may restore fits in the rest).
 */
static size_t
apply(const char *in, size_t len, bool fast, const name_evidence *ev,
	  token_info *ti, char *out, size_t cap, uint32_t *flags)
{
	size_t		pos = 0;
	size_t		copied = 0;
	size_t		o = 0;
	size_t		start;
	size_t		end;
	UChar32		cp[LEGACY_MAX_TOKEN];
	int			n;
	bool		first = true;

	*flags = 0;
	while (next_token(in, len, &pos, &start, &end))
	{
		int			e;
		vn_name_pos place = token_place(first, last_token(in, len, end));

		first = false;
		if (!token_candidates(in, start, end, fast, ti, cp, &n) ||
			(e = choose(ti, ev, cp, n, place)) < 0)
			continue;
		if (out && o + (start - copied) + utf8_len(ti->dec[e], ti->n[e]) +
			(len - end) >= cap)
			continue;			/* cannot happen (see above); keep the token */
		*flags |= legacy_flag[e];
		if (out)
		{
			memcpy(out + o, in + copied, start - copied);
			o += start - copied;
			o = put_utf8(out, o, ti->dec[e], ti->n[e]);
			copied = end;
		}
	}
	if (out)
	{
		memcpy(out + o, in + copied, len - copied);
		o += len - copied;
		out[o] = '\0';
	}
	return o;
}

/*
 * Whether the second pass can change a token.  The reference (!fast) runs
 * it whenever a token has a candidate.  But a token is only repaired when
 * it is clear evidence itself or ambiguous with ev->clear[e] > 0 for its
 * encoding (choose), and every token's clear candidates were counted in
 * ev->clear by the first pass: with no clear token in the name, the second
 * pass keeps every token and reports nothing.
 */
static bool
changes_possible(const name_evidence *ev, bool fast)
{
	return fast ? ev->any_clear : ev->any_candidate;
}

/*
 * vn_legacy_detect; fast uses the token cache and skips the second
 * pass when it cannot change anything (the result is the same).
 */
static vn_status
legacy_detect(const char *in, size_t len, bool fast, uint32_t *flags)
{
	vn_status	st = check_input(in, len);
	name_evidence ev;
	token_info	ti;

	*flags = 0;
	if (st != VN_OK)
		return st;
	gather_evidence(in, len, fast, &ev, &ti);
	if (changes_possible(&ev, fast))
		apply(in, len, fast, &ev, &ti, NULL, 0, flags);
	return VN_OK;
}

/* vn_repair_legacy; fast as for legacy_detect. */
static vn_status
repair_legacy(const char *in, size_t len, bool fast, vn_text *out)
{
	vn_status	st = check_input(in, len);
	name_evidence ev;
	token_info	ti;
	uint32_t	flags = 0;
	bool		changes;
	size_t		cap;
	char	   *buf;

	out->data = NULL;
	out->len = 0;
	if (st != VN_OK)
		return st;
	gather_evidence(in, len, fast, &ev, &ti);
	changes = changes_possible(&ev, fast);
	cap = changes ? 2 * len + 1 : len + 1;
	buf = vn_alloc(cap);
	if (buf == NULL)
		return VN_ERR_NOMEM;
	if (changes)
		out->len = apply(in, len, fast, &ev, &ti, buf, cap, &flags);
	else
	{
		memcpy(buf, in, len);
		buf[len] = '\0';
		out->len = len;
	}
	out->data = buf;
	return VN_OK;
}

vn_status
vn_legacy_detect(const char *in, size_t len, uint32_t *flags)
{
	return legacy_detect(in, len, true, flags);
}

vn_status
vn_repair_legacy(const char *in, size_t len, vn_text *out)
{
	return repair_legacy(in, len, true, out);
}

/* The reference path, without the shortcuts (for the fuzz harnesses). */
vn_status
vn_legacy_detect_reference(const char *in, size_t len, uint32_t *flags)
{
	return legacy_detect(in, len, false, flags);
}

vn_status
vn_repair_legacy_reference(const char *in, size_t len, vn_text *out)
{
	return repair_legacy(in, len, false, out);
}
