/*-------------------------------------------------------------------------
 *
 * name_repair.c
 *	  SQL functions for legacy-encoding repair and the name audit: thin
 *	  wrappers over vn_repair_legacy, vn_legacy_detect and vn_audit_flags
 *	  (src/vntext/).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "vntext_pg.h"

PG_FUNCTION_INFO_V1(vn_repair_legacy_sql);
PG_FUNCTION_INFO_V1(vn_audit_sql);

/* Audit codes, in the order vn_audit reports them. */
static const struct
{
	uint32		flag;
	const char *code;
}			audit_codes[] =
{
	{VN_AUDIT_NOT_NFC, "not_nfc"},
	{VN_AUDIT_STYLE_OLD, "tone_style_old"},
	{VN_AUDIT_STYLE_NEW, "tone_style_new"},
	{VN_AUDIT_MISPLACED_TONE, "misplaced_tone"},
	{VN_AUDIT_CASING_DAMAGE, "casing_damage"},
	{VN_AUDIT_NOT_TITLE_CASE, "not_title_case"},
	{VN_AUDIT_INVALID_SYLLABLE, "invalid_syllable"},
	{VN_AUDIT_WHITESPACE, "whitespace"},
	{VN_AUDIT_LOOKALIKE, "lookalike"},
	{VN_AUDIT_CONTROL_CHARS, "control_chars"},
	{VN_AUDIT_LEGACY_TCVN3, "legacy_tcvn3"},
	{VN_AUDIT_LEGACY_VNI, "legacy_vni"},
	{VN_AUDIT_LEGACY_VIQR, "legacy_viqr"},
	{VN_AUDIT_MOJIBAKE_CP1252, "mojibake_cp1252"},
	{VN_AUDIT_MOJIBAKE_CP1250, "mojibake_cp1250"},
	{VN_AUDIT_MOJIBAKE_MACROMAN, "mojibake_macroman"},
};

#define N_AUDIT_CODES (sizeof(audit_codes) / sizeof(audit_codes[0]))

/* vn_repair_legacy(text) -> text: legacy tokens decoded, the rest as is. */
Datum
vn_repair_legacy_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	vn_text		out = {0};
	text	   *result;

	vn_require_utf8();
	vn_report_status(vn_repair_legacy(VARDATA_ANY(in),
									  VARSIZE_ANY_EXHDR(in), &out));
	result = cstring_to_text_with_len(out.data, (int) out.len);
	vn_text_free(&out);
	PG_RETURN_TEXT_P(result);
}

/* vn_audit(text) -> text[]: the codes of every finding, empty when clean. */
Datum
vn_audit_sql(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	uint32_t	core = 0;
	uint32_t	legacy = 0;
	uint32_t	flags;
	Datum		elems[N_AUDIT_CODES];
	int			n = 0;

	vn_require_utf8();
	vn_report_status(vn_audit_flags(s, len, &core));
	vn_report_status(vn_legacy_detect(s, len, &legacy));
	flags = core | legacy;
	for (size_t i = 0; i < N_AUDIT_CODES; i++)
		if (flags & audit_codes[i].flag)
			elems[n++] = CStringGetTextDatum(audit_codes[i].code);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false,
										  TYPALIGN_INT));
}
