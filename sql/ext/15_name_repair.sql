-- population_rules install script, piece 15: legacy-encoding repair and the
-- name audit.  C wrappers in src/name_repair.c over src/vntext/legacy.c and
-- the core's audit; see README.md, "Legacy-encoding repair".

CREATE FUNCTION @extschema@.vn_repair_legacy(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_repair_legacy_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_repair_legacy(text) IS
'Decode the tokens of a name typed in TCVN3, VNI or VIQR or stored as UTF-8 mojibake (read as Windows-1252, Windows-1250/ISO-8859-2 or MacRoman) when the result is made of Vietnamese syllables; everything else is returned unchanged';

CREATE FUNCTION @extschema@.vn_audit(name text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'vn_audit_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_audit(text) IS
'Every finding about a name as codes (not_nfc, tone_style_old, tone_style_new, misplaced_tone, casing_damage, not_title_case, invalid_syllable, whitespace, lookalike, control_chars, legacy_tcvn3, legacy_vni, legacy_viqr, mojibake_cp1252, mojibake_cp1250, mojibake_macroman); empty for a clean name';
