/*-------------------------------------------------------------------------
 *
 * vntext.h
 *	  Public API of the Vietnamese text core: pure C over ICU, no
 *	  PostgreSQL headers, so it can be fuzzed and benchmarked on its own.
 *
 * Every function takes UTF-8 input (pointer + length, not necessarily
 * NUL-terminated) and writes a freshly allocated, NUL-terminated UTF-8
 * result through the allocator installed with vn_set_allocator() (malloc by
 * default; palloc inside the server).  Results depend only on the input:
 * no locale, no global settings.  Inputs longer than VN_MAX_INPUT_BYTES are
 * refused with VN_ERR_TOO_LONG.  ICU objects are opened once per process.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VNTEXT_H
#define VNTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <unicode/utypes.h>

/* A name longer than this is not a name: refuse rather than work on it. */
#define VN_MAX_INPUT_BYTES (1024 * 1024)

typedef enum vn_status
{
	VN_OK = 0,
	VN_ERR_TOO_LONG,			/* input longer than VN_MAX_INPUT_BYTES */
	VN_ERR_BAD_UTF8,			/* input is not valid UTF-8 */
	VN_ERR_ICU,					/* an ICU call failed */
	VN_ERR_NOMEM				/* the allocator returned NULL */
} vn_status;

/* Tone placement style for open oa, oe, uy: hòa (old) or hoà (new). */
typedef enum vn_style
{
	VN_STYLE_OLD = 0,
	VN_STYLE_NEW = 1
} vn_style;

/* A result string: data is NUL-terminated, len excludes the NUL. */
typedef struct vn_text
{
	char	   *data;
	size_t		len;
} vn_text;

/* Findings of vn_audit_flags() (core) and vn_legacy_detect() (legacy.c). */
#define VN_AUDIT_NOT_NFC			(1u << 0)	/* input is not in NFC */
#define VN_AUDIT_STYLE_OLD			(1u << 1)	/* a syllable uses old placement */
#define VN_AUDIT_STYLE_NEW			(1u << 2)	/* a syllable uses new placement */
#define VN_AUDIT_MISPLACED_TONE		(1u << 3)	/* tone on a vowel neither style uses */
#define VN_AUDIT_CASING_DAMAGE		(1u << 4)	/* mixed case inside a syllable */
#define VN_AUDIT_NOT_TITLE_CASE		(1u << 5)	/* all caps / all lower / other */
#define VN_AUDIT_INVALID_SYLLABLE	(1u << 6)	/* a token is not a Vietnamese syllable */
#define VN_AUDIT_WHITESPACE			(1u << 7)	/* extra, odd or missing-trim spaces */
#define VN_AUDIT_LOOKALIKE			(1u << 8)	/* eth for đ, spacing marks for tones */
#define VN_AUDIT_CONTROL_CHARS		(1u << 9)	/* zero-width or control characters */
#define VN_AUDIT_LEGACY_TCVN3		(1u << 16)
#define VN_AUDIT_LEGACY_VNI			(1u << 17)
#define VN_AUDIT_LEGACY_VIQR		(1u << 18)
#define VN_AUDIT_MOJIBAKE_CP1252	(1u << 19)	/* UTF-8 read as Windows-1252 */
#define VN_AUDIT_MOJIBAKE_CP1250	(1u << 20)	/* UTF-8 read as Windows-1250 */
#define VN_AUDIT_MOJIBAKE_MACROMAN	(1u << 21)	/* UTF-8 read as MacRoman */

/* Allocation; defaults to malloc/realloc/free. */
extern void vn_set_allocator(void *(*alloc_fn) (size_t),
							 void *(*realloc_fn) (void *, size_t),
							 void (*free_fn) (void *));
extern void vn_text_free(vn_text *t);

/* The ICU version the library runs with, e.g. "72.1". */
extern const char *vn_icu_version(void);

/* Display normalization (DOMAIN.md, "Vietnamese names"). Idempotent. */
extern vn_status vn_normalize(const char *in, size_t len, vn_style style,
							  vn_text *out);

/* ID-card capitals with diacritics: NGUYỄN VĂN AN. */
extern vn_status vn_form_upper(const char *in, size_t len, vn_text *out);

/* ASCII / MRZ capitals: NGUYEN VAN AN. */
extern vn_status vn_form_ascii(const char *in, size_t len, vn_text *out);

/* Match keys: accent-free; tone- and case-insensitive; phonetic. */
extern vn_status vn_key_unaccent(const char *in, size_t len, vn_text *out);
extern vn_status vn_key_toneless(const char *in, size_t len, vn_text *out);
extern vn_status vn_key_phonetic(const char *in, size_t len, vn_text *out);

/* Family / middle / given names of a (normalized) full name. */
extern vn_status vn_name_split(const char *in, size_t len, vn_text *family,
							   vn_text *middle, vn_text *given);

/*
 * Tokens of a name that are not possible Vietnamese syllables, in order of
 * appearance; *tokens is an allocated array of *ntokens vn_text.
 */
extern vn_status vn_invalid_syllables(const char *in, size_t len,
									  vn_text **tokens, size_t *ntokens);

/* One token (no spaces), any case, any Unicode form, either tone style. */
extern bool vn_is_syllable(const char *in, size_t len);
extern bool vn_is_syllable_cp(const UChar32 *cp, size_t n);

/* Core findings (everything but legacy encodings) as VN_AUDIT_* bits. */
extern vn_status vn_audit_flags(const char *in, size_t len, uint32_t *flags);

/* Legacy encodings (legacy.c): detection and per-token repair. */
extern vn_status vn_legacy_detect(const char *in, size_t len, uint32_t *flags);
extern vn_status vn_repair_legacy(const char *in, size_t len, vn_text *out);

#endif							/* VNTEXT_H */
