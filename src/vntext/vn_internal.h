/*-------------------------------------------------------------------------
 *
 * vn_internal.h
 *	  Shared internals of the Vietnamese text core: allocation helpers,
 *	  code point buffers, UTF-8, the letter table, cleaning, the syllable
 *	  grammar and cached ICU objects.  Not part of the public API.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VN_INTERNAL_H
#define VN_INTERNAL_H

#include "vntext.h"

#include <unicode/unorm2.h>

/* ---- alloc.c ---- */
extern void *vn_alloc(size_t size);
extern void *vn_realloc(void *p, size_t size);
extern void vn_free(void *p);

/* A growable array of code points. */
typedef struct vn_cps
{
	UChar32    *cp;
	size_t		n;
	size_t		cap;
} vn_cps;

extern vn_status vn_cps_reserve(vn_cps *b, size_t cap);
extern vn_status vn_cps_push(vn_cps *b, UChar32 c);
extern void vn_cps_free(vn_cps *b);

/* A growable byte string, always NUL-terminated once finished. */
typedef struct vn_bytes
{
	char	   *data;
	size_t		len;
	size_t		cap;
} vn_bytes;

extern vn_status vn_bytes_reserve(vn_bytes *b, size_t extra);
extern vn_status vn_bytes_put_cp(vn_bytes *b, UChar32 c);
extern vn_status vn_bytes_finish(vn_bytes *b, vn_text *out);
extern void vn_bytes_free(vn_bytes *b);

/* ---- utf8.c ---- */
extern vn_status vn_utf8_decode(const char *in, size_t len, vn_cps *out);
extern vn_status vn_cps_to_text(const UChar32 *cp, size_t n, vn_text *out);
extern int	vn_utf8_next(const unsigned char *s, size_t len, size_t *pos,
						 UChar32 *c);

/* ---- chars.c: the letter table ---- */

/* Quality marks (and the stroke of đ). */
#define VN_Q_NONE	0
#define VN_Q_CIRC	1			/* â ê ô */
#define VN_Q_BREVE	2			/* ă */
#define VN_Q_HORN	3			/* ơ ư */
#define VN_Q_STROKE 4			/* đ */

/* Tones, in the order of the tone rows of chars.c. */
#define VN_T_NONE	0			/* ngang */
#define VN_T_GRAVE	1			/* huyền */
#define VN_T_HOOK	2			/* hỏi */
#define VN_T_TILDE	3			/* ngã */
#define VN_T_ACUTE	4			/* sắc */
#define VN_T_DOT	5			/* nặng */

/* A Latin letter of the Vietnamese table, taken apart. */
typedef struct vn_letter
{
	char		base;			/* 'a'..'z' */
	uint8_t		q;				/* VN_Q_* */
	uint8_t		tone;			/* VN_T_* */
	bool		upper;
} vn_letter;

extern void vn_chars_init(void);
extern bool vn_letter_of(UChar32 c, vn_letter *l);
extern UChar32 vn_letter_cp(const vn_letter *l);
extern bool vn_is_vowel_base(char base);
extern int	vn_vowel_row(const vn_letter *l);
extern bool vn_quality_fits(char base, int q);
extern int	vn_mark_tone(UChar32 c);
extern int	vn_mark_quality(UChar32 c);
extern const char *vn_fold_ascii(UChar32 c);

#define VN_UNACCENT_MAX 8		/* code points of one vn_unaccent_cp result */
extern int	vn_unaccent_cp(UChar32 c, UChar32 *out);
extern bool vn_ascii_spelling(UChar32 c, char *out);
extern bool vn_is_word_cp(UChar32 c);
extern UChar32 vn_cp_lower(UChar32 c);
extern UChar32 vn_cp_fold(UChar32 c);
extern UChar32 vn_cp_upper(UChar32 c);
extern UChar32 vn_cp_title(UChar32 c);

/* ---- clean.c: cleaning and composition ---- */

/* What the cleaning pass does with one code point. */
typedef enum vn_cpclass
{
	VN_CC_NORMAL = 0,
	VN_CC_SPACE,				/* any white space: becomes one U+0020 */
	VN_CC_DROP,					/* control, zero-width, bidi, soft hyphen */
	VN_CC_ETH,					/* Ð ð for Đ đ */
	VN_CC_TONE_LOOKALIKE,		/* spacing acute, grave, tilde, hook */
	VN_CC_APOSTROPHE			/* typographic apostrophes */
} vn_cpclass;

extern vn_cpclass vn_cp_class(UChar32 c);
extern UChar32 vn_lookalike_mark(UChar32 c);

/*
 * Decode, clean (whitespace, controls, look-alikes) and compose (NFC with
 * quality marks moved before the tone).  *found gets VN_AUDIT_WHITESPACE,
 * VN_AUDIT_LOOKALIKE and VN_AUDIT_CONTROL_CHARS bits when not NULL.
 */
extern vn_status vn_prepare(const char *in, size_t len, vn_cps *out,
							uint32_t *found);
extern vn_status vn_compose(vn_cps *b);
extern bool vn_needs_icu(const vn_cps *b);

/* ---- syllable.c ---- */

#define VN_SYL_MAX 8			/* letters in the longest syllable + 1 */

typedef struct vn_syl
{
	int			n;				/* letters */
	int			onset_len;		/* letters of the onset */
	char		onset[4];		/* onset spelled in ASCII, "" if none */
	int			nuc_start;
	int			nuc_len;
	int			coda_start;
	int			coda_len;
	char		coda[3];		/* coda spelled in ASCII, "" if none */
	int			tone;			/* VN_T_* */
	int			tone_pos;		/* letter carrying the tone, -1 if none */
	int			carrier_old;	/* where the old style puts the tone */
	int			carrier_new;	/* where the new style puts the tone */
} vn_syl;

extern bool vn_syllable_parse(const vn_letter *l, int n, vn_syl *s);
extern bool vn_syllable_letters_n(const UChar32 *cp, size_t n, vn_letter *l,
								  int *nl);
extern void vn_syllable_place(vn_letter *l, const vn_syl *s, vn_style style);

/* ---- normalize.c ---- */
extern size_t vn_segment_end(const UChar32 *cp, size_t n, size_t start);
extern bool vn_is_mark(UChar32 c);
extern vn_status vn_normalize_full(const char *in, size_t len, vn_style style,
								   vn_text *out);

/* ---- normalize_fast.c ---- */
extern bool vn_normalize_fast(const char *in, size_t len, vn_style style,
							  vn_text *out, vn_status *st);

/* ---- keys.c ---- */
/* vn_key_phonetic without its word cache: the fuzz harnesses' reference. */
extern vn_status vn_key_phonetic_reference(const char *in, size_t len,
										   vn_text *out);

/* ---- icu.c ---- */
extern const UNormalizer2 *vn_icu_nfc(void);
extern const UNormalizer2 *vn_icu_nfd(void);
extern vn_status vn_icu_nfc_cps(vn_cps *b);

#endif							/* VN_INTERNAL_H */
