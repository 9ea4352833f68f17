-- population_rules install script, piece 10: Vietnamese name functions.
-- C wrappers in src/names.c over the text core in src/vntext/; see
-- README.md, "Vietnamese names".  All but vn_icu_version depend only on their arguments.

CREATE FUNCTION @extschema@.vn_normalize(name text, style text DEFAULT 'old')
RETURNS text
AS 'MODULE_PATHNAME', 'vn_normalize_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_normalize(text, text) IS
'Display form of a Vietnamese name: NFC, clean spaces, one capital per syllable, tone placed in the old (hòa) or new (hoà) style';

CREATE FUNCTION @extschema@.vn_upper(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_upper_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_upper(text) IS
'ID-card form of a name: capitals with diacritics (NGUYỄN VĂN AN)';

CREATE FUNCTION @extschema@.vn_ascii(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_ascii_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_ascii(text) IS
'ASCII (MRZ) form of a name: capitals without diacritics, Đ as D (NGUYEN VAN AN)';

CREATE FUNCTION @extschema@.vn_key_unaccent(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_key_unaccent_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_key_unaccent(text) IS
'Accent-free match key: lower case, no marks, đ as d, single spaces';

CREATE FUNCTION @extschema@.vn_key_toneless(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_key_toneless_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_key_toneless(text) IS
'Tone- and case-insensitive match key that keeps vowel quality and đ (hòa = hoà = hoa, hơa <> hoa)';

CREATE FUNCTION @extschema@.vn_key_phonetic(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_key_phonetic_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_key_phonetic(text) IS
'Phonetic match key: onset and coda classes, hỏi = ngã, i = y as a whole nucleus; yields candidates for review, never merges';

CREATE FUNCTION @extschema@.vn_name_parts(name text,
	OUT family text, OUT middle text, OUT given text)
AS 'MODULE_PATHNAME', 'vn_name_parts_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_name_parts(text) IS
'Family, middle and given names of a full name (compound family names, Ê Đê Y/H'' names); absent parts are NULL';

CREATE FUNCTION @extschema@.vn_family_name(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_family_name_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_family_name(text) IS
'Family name (họ) of a full name, NULL if it has none';

CREATE FUNCTION @extschema@.vn_middle_name(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_middle_name_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_middle_name(text) IS
'Middle names (đệm) of a full name, NULL if it has none';

CREATE FUNCTION @extschema@.vn_given_name(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'vn_given_name_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_given_name(text) IS
'Given name (tên) of a full name';

CREATE FUNCTION @extschema@.vn_invalid_syllables(name text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'vn_invalid_syllables_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_invalid_syllables(text) IS
'Words of a name that are not Vietnamese syllables, in order (empty array if none)';

CREATE FUNCTION @extschema@.vn_is_syllable(token text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'vn_is_syllable_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_is_syllable(text) IS
'Is the token one Vietnamese syllable (onset, nucleus, coda, tone fitting the coda)? Any case, form or tone style';

CREATE FUNCTION @extschema@.vn_icu_version()
RETURNS text
AS 'MODULE_PATHNAME', 'vn_icu_version_sql'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vn_icu_version() IS
'Version of the ICU library the name functions run with; an ICU upgrade can change their results';
