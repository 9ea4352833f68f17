/*-------------------------------------------------------------------------
 *
 * legacy.h
 *	  Internals shared by the legacy-encoding repair (legacy.c) and its
 *	  plausibility checks (legacy_plausible.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef VN_LEGACY_H
#define VN_LEGACY_H

#include "vn_internal.h"

/*
 * A Vietnamese syllable (vn_is_syllable_cp) whose rhyme also occurs in the
 * language: no coda after a closing glide (au, oi, ...), ă and â only before
 * a coda, nh/ch only after a, ê, i, y, no ơng/êng/ing.
 */
extern bool vn_legacy_plausible(const UChar32 *cp, size_t n);

/*
 * A word of a minority language in the Vietnamese alphabet (Ê Đê Kôp):
 * toneless letters, no spelling that only VNI produces.
 */
extern bool vn_legacy_script_word(const UChar32 *cp, size_t n);

/* How often a syllable occurs in real names (any case); 0 if unknown. */
extern int	vn_legacy_name_freq(const UChar32 *cp, size_t n);

/* Where a word stands in a name of two words or more. */
typedef enum vn_name_pos
{
	VN_POS_ANY,					/* a name of one word */
	VN_POS_FAMILY,				/* the first word */
	VN_POS_MIDDLE,
	VN_POS_GIVEN				/* the last word */
} vn_name_pos;

/* How often a syllable occurs at that place of real names. */
extern int	vn_legacy_name_freq_at(const UChar32 *cp, size_t n, vn_name_pos pos);

/*
 * vn_legacy_detect and vn_repair_legacy without their shortcuts (the
 * per-process token cache, skipping a second pass that cannot change
 * anything): the reference the fuzz harnesses compare them with.  Same
 * results, only slower.
 */
extern vn_status vn_legacy_detect_reference(const char *in, size_t len,
											uint32_t *flags);
extern vn_status vn_repair_legacy_reference(const char *in, size_t len,
											vn_text *out);

#endif							/* VN_LEGACY_H */
