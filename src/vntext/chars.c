/*-------------------------------------------------------------------------
 *
 * chars.c
 *	  The letter table: code point <-> (base letter, quality mark, tone,
 *	  case) for the Latin letters of Vietnamese, the combining marks that
 *	  carry tones and qualities, the accent-free fold of the Latin blocks,
 *	  and ICU simple case mapping and case folding for everything else.
 *
 * Case is mapped one code point to one code point (ICU's simple
 * mappings): full mappings that change length (ß -> SS, ﬀ -> FF, İ -> i +
 * U+0307) are not used, so a name never grows under case mapping.  Keys
 * compare case-folded text (vn_cp_fold), and folding is closed under the
 * core's case mappings: fold(title(c)) = fold(upper(c)) = fold(lower(c)) =
 * fold(c) for every code point (test/fuzz/exhaustive.c checks it).
 *
 * Tables cover U+0000-U+024F and U+1E00-U+1EFF and are filled once per
 * process from the rows below (and ICU's decompositions for the fold).
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>
#include <unicode/uchar.h>

#define LO_END	0x250
#define HI_BEG	0x1E00
#define HI_END	0x1F00

#define INFO_VALID	0x8000
#define INFO_UPPER	0x0800

/* The twelve vowels, each with its tones in VN_T_* order. */
static const struct
{
	char		base;
	uint8_t		q;
	const char *lower;
	const char *upper;
}			vowel_rows[12] =
{
	{'a', VN_Q_NONE, "aàảãáạ", "AÀẢÃÁẠ"},
	{'a', VN_Q_BREVE, "ăằẳẵắặ", "ĂẰẲẴẮẶ"},
	{'a', VN_Q_CIRC, "âầẩẫấậ", "ÂẦẨẪẤẬ"},
	{'e', VN_Q_NONE, "eèẻẽéẹ", "EÈẺẼÉẸ"},
	{'e', VN_Q_CIRC, "êềểễếệ", "ÊỀỂỄẾỆ"},
	{'i', VN_Q_NONE, "iìỉĩíị", "IÌỈĨÍỊ"},
	{'o', VN_Q_NONE, "oòỏõóọ", "OÒỎÕÓỌ"},
	{'o', VN_Q_CIRC, "ôồổỗốộ", "ÔỒỔỖỐỘ"},
	{'o', VN_Q_HORN, "ơờởỡớợ", "ƠỜỞỠỚỢ"},
	{'u', VN_Q_NONE, "uùủũúụ", "UÙỦŨÚỤ"},
	{'u', VN_Q_HORN, "ưừửữứự", "ƯỪỬỮỨỰ"},
	{'y', VN_Q_NONE, "yỳỷỹýỵ", "YỲỶỸÝỴ"},
};

/* Letters that do not decompose but have an obvious ASCII fold. */
static const struct
{
	UChar32		cp;
	const char *fold;
}			special_folds[] =
{
	{0x00C6, "ae"}, {0x00E6, "ae"}, {0x00D0, "d"}, {0x00F0, "d"},
	{0x00D8, "o"}, {0x00F8, "o"}, {0x00DE, "th"}, {0x00FE, "th"},
	{0x00DF, "ss"}, {0x0110, "d"}, {0x0111, "d"}, {0x0126, "h"},
	{0x0127, "h"}, {0x0131, "i"}, {0x0132, "ij"}, {0x0133, "ij"},
	{0x013F, "l"}, {0x0140, "l"}, {0x0141, "l"}, {0x0142, "l"},
	{0x0152, "oe"}, {0x0153, "oe"}, {0x0166, "t"}, {0x0167, "t"},
	{0x0180, "b"}, {0x0192, "f"}, {0x0197, "i"}, {0x0268, "i"},
	{0x01E4, "g"}, {0x01E5, "g"}, {0x0246, "e"}, {0x0247, "e"},
	/* Latin ligatures of the Alphabetic Presentation Forms */
	{0xFB00, "ff"}, {0xFB01, "fi"}, {0xFB02, "fl"}, {0xFB03, "ffi"},
	{0xFB04, "ffl"}, {0xFB05, "st"}, {0xFB06, "st"},
};

static uint16_t info_lo[LO_END];
static uint16_t info_hi[HI_END - HI_BEG];
static char fold_lo[LO_END][3];
static char fold_hi[HI_END - HI_BEG][3];
static UChar32 vowel_cp[12][6][2];
static int8_t vowel_of[26][4];	/* (base, quality) -> vowel row, -1 if none */
static bool chars_ready = false;

static uint16_t *
info_slot(UChar32 c)
{
	if (c >= 0 && c < LO_END)
		return &info_lo[c];
	if (c >= HI_BEG && c < HI_END)
		return &info_hi[c - HI_BEG];
	return NULL;
}

static char *
fold_slot(UChar32 c)
{
	if (c >= 0 && c < LO_END)
		return fold_lo[c];
	if (c >= HI_BEG && c < HI_END)
		return fold_hi[c - HI_BEG];
	return NULL;
}

static uint16_t
pack(char base, int q, int tone, bool upper)
{
	return INFO_VALID | (uint16_t) (base - 'a') | (uint16_t) (q << 5) |
		(uint16_t) (tone << 8) | (upper ? INFO_UPPER : 0);
}

static int
vowel_index(char base, int q)
{
	if (base < 'a' || base > 'z' || q < 0 || q > VN_Q_HORN)
		return -1;
	return vowel_of[base - 'a'][q];
}

/* The row index of a vowel (0..11), -1 for consonants. */
int
vn_vowel_row(const vn_letter *l)
{
	if (!chars_ready)
		vn_chars_init();
	return vowel_index(l->base, l->q);
}

/* Enter one row of six toned letters. */
static void
enter_row(int v, const char *row, bool upper)
{
	const unsigned char *s = (const unsigned char *) row;
	size_t		len = strlen(row);
	size_t		pos = 0;

	for (int t = 0; t < 6 && pos < len; t++)
	{
		UChar32		c;

		if (vn_utf8_next(s, len, &pos, &c) != 0)
			return;
		vowel_cp[v][t][upper] = c;
		*info_slot(c) = pack(vowel_rows[v].base, vowel_rows[v].q, t, upper);
	}
}

/* The ASCII spelling of a letter that does not decompose (đ, æ, ø), or NULL. */
static const char *
special_fold(UChar32 c)
{
	for (size_t k = 0; k < sizeof(special_folds) / sizeof(special_folds[0]); k++)
		if (special_folds[k].cp == c)
			return special_folds[k].fold;
	return NULL;
}

/*
 * The accent-free fold of one code point: case-fold it, decompose it
 * (NFD), drop the combining marks, case-fold what is left and spell the
 * letters of special_folds in ASCII.  Folding first makes the result the
 * same for every case of a letter (Ƀ and ƀ, ẞ and ß, ẛ and ſ give b, ss,
 * s).  A combining mark gives nothing; Hangul syllables stay whole.
 * Writes at most VN_UNACCENT_MAX code points; returns how many.
 */
int
vn_unaccent_cp(UChar32 c, UChar32 *out)
{
	UErrorCode	err = U_ZERO_ERROR;
	UChar		buf[32];
	int32_t		n;
	int32_t		i = 0;
	int			k = 0;
	UChar32		f;

	if (vn_is_mark(c))
		return 0;
	f = vn_cp_fold(c);
	if (f >= 0xAC00 && f <= 0xD7A3)
	{
		out[0] = f;
		return 1;
	}
	n = unorm2_getDecomposition(vn_icu_nfd(), f, buf, 32, &err);
	if (U_FAILURE(err) || n <= 0)
	{
		n = 0;
		U16_APPEND_UNSAFE(buf, n, f);
	}
	while (i < n)
	{
		UChar32		d;
		const char *sp;

		U16_NEXT(buf, i, n, d);
		if (vn_is_mark(d))
			continue;
		d = vn_cp_fold(d);
		sp = special_fold(d);
		if (sp == NULL)
		{
			if (k < VN_UNACCENT_MAX)
				out[k++] = d;
			continue;
		}
		for (; *sp && k < VN_UNACCENT_MAX; sp++)
			out[k++] = (unsigned char) *sp;
	}
	return k;
}

/*
 * The table entry of a code point of the Latin blocks: its accent-free
 * fold when that is one or two ASCII letters, else "" (the slow path of
 * vn_unaccent_cp handles it).
 */
static void
fill_fold(UChar32 c)
{
	char	   *f = fold_slot(c);
	UChar32		u[VN_UNACCENT_MAX];
	int			n = vn_unaccent_cp(c, u);

	f[0] = '\0';
	if (n < 1 || n > 2)
		return;
	for (int i = 0; i < n; i++)
		if (u[i] < 'a' || u[i] > 'z')
			return;
	for (int i = 0; i < n; i++)
		f[i] = (char) u[i];
	f[n] = '\0';
}

void
vn_chars_init(void)
{
	if (chars_ready)
		return;
	memset(info_lo, 0, sizeof(info_lo));
	memset(info_hi, 0, sizeof(info_hi));
	for (char c = 'a'; c <= 'z'; c++)
	{
		info_lo[(unsigned char) c] = pack(c, VN_Q_NONE, VN_T_NONE, false);
		info_lo[(unsigned char) (c - 32)] = pack(c, VN_Q_NONE, VN_T_NONE, true);
	}
	memset(vowel_of, -1, sizeof(vowel_of));
	for (int v = 0; v < 12; v++)
		vowel_of[vowel_rows[v].base - 'a'][vowel_rows[v].q] = (int8_t) v;
	info_lo[0x111] = pack('d', VN_Q_STROKE, VN_T_NONE, false);
	info_lo[0x110] = pack('d', VN_Q_STROKE, VN_T_NONE, true);
	for (int v = 0; v < 12; v++)
	{
		enter_row(v, vowel_rows[v].lower, false);
		enter_row(v, vowel_rows[v].upper, true);
	}
	/* the letter table is complete: the folds below may use it */
	chars_ready = true;
	for (UChar32 c = 0; c < LO_END; c++)
		fill_fold(c);
	for (UChar32 c = HI_BEG; c < HI_END; c++)
		fill_fold(c);
}

/* Take a letter of the table apart; false for anything else. */
bool
vn_letter_of(UChar32 c, vn_letter *l)
{
	uint16_t   *slot;
	uint16_t	info;

	if (!chars_ready)
		vn_chars_init();
	slot = info_slot(c);
	if (slot == NULL || !(*slot & INFO_VALID))
		return false;
	info = *slot;
	l->base = 'a' + (info & 0x1F);
	l->q = (info >> 5) & 0x7;
	l->tone = (info >> 8) & 0x7;
	l->upper = (info & INFO_UPPER) != 0;
	return true;
}

/* Put a letter back together; -1 if the combination has no code point. */
UChar32
vn_letter_cp(const vn_letter *l)
{
	int			v;

	if (!chars_ready)
		vn_chars_init();
	if (l->q == VN_Q_STROKE)
		return l->tone ? -1 : (l->upper ? 0x110 : 0x111);
	if (!vn_is_vowel_base(l->base))
	{
		if (l->q != VN_Q_NONE || l->tone != VN_T_NONE)
			return -1;
		return l->upper ? l->base - 32 : l->base;
	}
	v = vowel_index(l->base, l->q);
	if (v < 0 || l->tone > VN_T_DOT)
		return -1;
	return vowel_cp[v][l->tone][l->upper ? 1 : 0];
}

bool
vn_is_vowel_base(char base)
{
	return base == 'a' || base == 'e' || base == 'i' || base == 'o' ||
		base == 'u' || base == 'y';
}

/* Does quality mark q go on base letter base? */
bool
vn_quality_fits(char base, int q)
{
	switch (q)
	{
		case VN_Q_CIRC:
			return base == 'a' || base == 'e' || base == 'o';
		case VN_Q_BREVE:
			return base == 'a';
		case VN_Q_HORN:
			return base == 'o' || base == 'u';
		default:
			return false;
	}
}

/* The tone a combining mark stands for, or 0. */
int
vn_mark_tone(UChar32 c)
{
	switch (c)
	{
		case 0x0300:
		case 0x0340:
			return VN_T_GRAVE;
		case 0x0309:
			return VN_T_HOOK;
		case 0x0303:
			return VN_T_TILDE;
		case 0x0301:
		case 0x0341:
			return VN_T_ACUTE;
		case 0x0323:
			return VN_T_DOT;
		default:
			return 0;
	}
}

/* The quality a combining mark stands for, or 0. */
int
vn_mark_quality(UChar32 c)
{
	switch (c)
	{
		case 0x0302:
			return VN_Q_CIRC;
		case 0x0306:
			return VN_Q_BREVE;
		case 0x031B:
			return VN_Q_HORN;
		default:
			return 0;
	}
}

/*
 * The accent-free ASCII fold of a code point of the Latin blocks ("" if it
 * is not one or two ASCII letters), or NULL outside them.
 */
const char *
vn_fold_ascii(UChar32 c)
{
	if (!chars_ready)
		vn_chars_init();
	return fold_slot(c);
}

/*
 * The accent-free ASCII spelling of c (one to three small letters) in out,
 * which has room for four bytes, if it has one: the table for the Latin
 * blocks, vn_unaccent_cp elsewhere (so every case of a letter agrees: Ɨ,
 * ɨ -> i; ﬃ -> ffi).
 */
bool
vn_ascii_spelling(UChar32 c, char *out)
{
	const char *f = vn_fold_ascii(c);
	UChar32		u[VN_UNACCENT_MAX];
	int			n;

	if (f != NULL)
	{
		strcpy(out, f);
		return f[0] != '\0';
	}
	n = vn_unaccent_cp(c, u);
	if (n < 1 || n > 3)
		return false;
	for (int i = 0; i < n; i++)
	{
		if (u[i] < 'a' || u[i] > 'z')
			return false;
		out[i] = (char) u[i];
	}
	out[n] = '\0';
	return true;
}

/* Letters, digits and combining marks make words; the rest separates. */
bool
vn_is_word_cp(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9');
	if (vn_letter_of(c, &l))
		return true;
	if (c >= 0x0300 && c <= 0x036F)
		return true;
	return u_isUAlphabetic(c) || u_isdigit(c) ||
		u_getCombiningClass(c) != 0 ||
		(U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK | U_GC_ME_MASK)) != 0;
}

/*
 * Lower case.  Dotted capital I (U+0130) is left alone: its simple lower
 * case, i, loses the dot (İ is I + U+0307), and the full one, i + U+0307,
 * would change the length of the name.
 */
UChar32
vn_cp_lower(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = false;
		return vn_letter_cp(&l);
	}
	if (c == 0x0130)
		return c;
	return u_tolower(c);
}

/*
 * The case fold of a code point, for keys: ICU's simple default folding,
 * except that dotless small i (U+0131) folds to i, the fold of its upper
 * case I, so that folding agrees with every case mapping of the core;
 * that dotted capital I (U+0130) folds to i here, which is right where
 * marks are dropped anyway (keys.c expands it to i + U+0307 where they
 * are not: its full folding, which keeps it canonically equivalent to
 * I + U+0307); and that the
 * combining ypogegrammeni (U+0345), the one combining mark with a case
 * fold, stays a mark (folding it to the letter ι would stop it composing:
 * ὰ + U+0345 is ᾲ).
 */
UChar32
vn_cp_fold(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = false;
		return vn_letter_cp(&l);
	}
	if (c == 0x0130 || c == 0x0131)
		return 'i';
	if (c == 0x0345)
		return c;
	return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

UChar32
vn_cp_upper(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') ? c - 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = true;
		return vn_letter_cp(&l);
	}
	return u_toupper(c);
}

UChar32
vn_cp_title(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') ? c - 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = true;
		return vn_letter_cp(&l);
	}
	return u_totitle(c);
}
