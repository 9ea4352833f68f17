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

/* How often a syllable occurs in real names (any case); 0 if unknown. */
extern int	vn_legacy_name_freq(const UChar32 *cp, size_t n);

#endif							/* VN_LEGACY_H */
