-- population_rules install script, piece 00: the extension's own schema.
-- The pieces in sql/ext/ are concatenated in order by the Makefile.

\echo Use "CREATE EXTENSION population_rules" to load this file. \quit

-- The control file fixes the schema; revoke CREATE so only the extension
-- owner adds objects to it.
REVOKE CREATE ON SCHEMA @extschema@ FROM PUBLIC;
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
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
-- population_rules install script, piece 20: identity numbers as types.
--
--   personal_id  số định danh cá nhân: the 12-digit personal identification
--                number of CCCD / căn cước cards and of 12-digit CMNDs.
--                8 bytes, passed by value.
--   cmnd         số chứng minh nhân dân: the 9-digit legacy identity card
--                number.  4 bytes, passed by value.
--
-- Both: text input of exactly 12 (9) ASCII digits, single spaces, dots or
-- hyphens allowed between digits; canonical output with leading zeros;
-- binary send/receive; btree and hash operator classes.  The reference
-- tables are filled by piece 21 (generated by tools/gen_ident_data.py).

------------------------------------------------------------------------
-- personal_id: the type
------------------------------------------------------------------------

CREATE TYPE @extschema@.personal_id;

CREATE FUNCTION @extschema@.personal_id_in(cstring)
RETURNS @extschema@.personal_id
AS 'MODULE_PATHNAME', 'personal_id_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_in(cstring) IS
'text input of personal_id: 12 ASCII digits, single spaces, dots or hyphens allowed between digits';

CREATE FUNCTION @extschema@.personal_id_out(@extschema@.personal_id)
RETURNS cstring
AS 'MODULE_PATHNAME', 'personal_id_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_out(@extschema@.personal_id) IS
'text output of personal_id: the 12 digits, leading zeros kept';

CREATE FUNCTION @extschema@.personal_id_recv(internal)
RETURNS @extschema@.personal_id
AS 'MODULE_PATHNAME', 'personal_id_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_recv(internal) IS
'binary input of personal_id: a big-endian int8 in 0 .. 999999999999';

CREATE FUNCTION @extschema@.personal_id_send(@extschema@.personal_id)
RETURNS bytea
AS 'MODULE_PATHNAME', 'personal_id_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_send(@extschema@.personal_id) IS
'binary output of personal_id: a big-endian int8, as bigint';

CREATE TYPE @extschema@.personal_id (
	INPUT = @extschema@.personal_id_in,
	OUTPUT = @extschema@.personal_id_out,
	RECEIVE = @extschema@.personal_id_recv,
	SEND = @extschema@.personal_id_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.personal_id IS
'số định danh cá nhân: the 12-digit personal identification number (CCCD / căn cước cards, 12-digit CMND)';

------------------------------------------------------------------------
-- cmnd: the type
------------------------------------------------------------------------

CREATE TYPE @extschema@.cmnd;

CREATE FUNCTION @extschema@.cmnd_in(cstring)
RETURNS @extschema@.cmnd
AS 'MODULE_PATHNAME', 'cmnd_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_in(cstring) IS
'text input of cmnd: 9 ASCII digits, single spaces, dots or hyphens allowed between digits';

CREATE FUNCTION @extschema@.cmnd_out(@extschema@.cmnd)
RETURNS cstring
AS 'MODULE_PATHNAME', 'cmnd_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_out(@extschema@.cmnd) IS
'text output of cmnd: the 9 digits, leading zeros kept';

CREATE FUNCTION @extschema@.cmnd_recv(internal)
RETURNS @extschema@.cmnd
AS 'MODULE_PATHNAME', 'cmnd_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_recv(internal) IS
'binary input of cmnd: a big-endian int4 in 0 .. 999999999';

CREATE FUNCTION @extschema@.cmnd_send(@extschema@.cmnd)
RETURNS bytea
AS 'MODULE_PATHNAME', 'cmnd_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_send(@extschema@.cmnd) IS
'binary output of cmnd: a big-endian int4, as integer';

CREATE TYPE @extschema@.cmnd (
	INPUT = @extschema@.cmnd_in,
	OUTPUT = @extschema@.cmnd_out,
	RECEIVE = @extschema@.cmnd_recv,
	SEND = @extschema@.cmnd_send,
	INTERNALLENGTH = 4,
	PASSEDBYVALUE,
	ALIGNMENT = int4,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.cmnd IS
'số chứng minh nhân dân: the 9-digit legacy identity card number (CMND)';

------------------------------------------------------------------------
-- Casts.  As for PostgreSQL's own types: to text is an assignment cast,
-- from text is explicit (a literal needs no cast; a text column does, so a
-- malformed value never slips in through an implicit conversion).  Casts
-- from and to integer types are explicit: a number is not an identity
-- number until someone says so, and the cast drops the leading zeros.
-- There is no cast between cmnd and personal_id: the two are linked by
-- records, never computed.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.personal_id(text)
RETURNS @extschema@.personal_id
AS 'MODULE_PATHNAME', 'personal_id_from_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id(text) IS
'cast text to personal_id; raises 22P02 on malformed input';

CREATE FUNCTION @extschema@.text(@extschema@.personal_id)
RETURNS text
AS 'MODULE_PATHNAME', 'personal_id_to_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.text(@extschema@.personal_id) IS
'cast personal_id to text: the 12 digits';

CREATE FUNCTION @extschema@.personal_id(bigint)
RETURNS @extschema@.personal_id
AS 'MODULE_PATHNAME', 'personal_id_from_bigint'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id(bigint) IS
'cast bigint to personal_id; raises 22003 outside 0 .. 999999999999';

CREATE FUNCTION @extschema@.int8(@extschema@.personal_id)
RETURNS bigint
AS 'MODULE_PATHNAME', 'personal_id_to_bigint'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.int8(@extschema@.personal_id) IS
'cast personal_id to bigint';

CREATE CAST (text AS @extschema@.personal_id)
	WITH FUNCTION @extschema@.personal_id(text);
COMMENT ON CAST (text AS @extschema@.personal_id) IS
'explicit: parses 12 digits';
CREATE CAST (@extschema@.personal_id AS text)
	WITH FUNCTION @extschema@.text(@extschema@.personal_id) AS ASSIGNMENT;
COMMENT ON CAST (@extschema@.personal_id AS text) IS
'assignment: the 12 digits';
CREATE CAST (bigint AS @extschema@.personal_id)
	WITH FUNCTION @extschema@.personal_id(bigint);
COMMENT ON CAST (bigint AS @extschema@.personal_id) IS
'explicit: 0 .. 999999999999';
CREATE CAST (@extschema@.personal_id AS bigint)
	WITH FUNCTION @extschema@.int8(@extschema@.personal_id);
COMMENT ON CAST (@extschema@.personal_id AS bigint) IS
'explicit: the number, leading zeros lost';

CREATE FUNCTION @extschema@.cmnd(text)
RETURNS @extschema@.cmnd
AS 'MODULE_PATHNAME', 'cmnd_from_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd(text) IS
'cast text to cmnd; raises 22P02 on malformed input';

CREATE FUNCTION @extschema@.text(@extschema@.cmnd)
RETURNS text
AS 'MODULE_PATHNAME', 'cmnd_to_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.text(@extschema@.cmnd) IS
'cast cmnd to text: the 9 digits';

CREATE FUNCTION @extschema@.cmnd(bigint)
RETURNS @extschema@.cmnd
AS 'MODULE_PATHNAME', 'cmnd_from_bigint'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd(bigint) IS
'cast bigint to cmnd; raises 22003 outside 0 .. 999999999';

CREATE FUNCTION @extschema@.cmnd(integer)
RETURNS @extschema@.cmnd
AS 'MODULE_PATHNAME', 'cmnd_from_integer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd(integer) IS
'cast integer to cmnd; raises 22003 outside 0 .. 999999999';

CREATE FUNCTION @extschema@.int8(@extschema@.cmnd)
RETURNS bigint
AS 'MODULE_PATHNAME', 'cmnd_to_bigint'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.int8(@extschema@.cmnd) IS
'cast cmnd to bigint';

CREATE FUNCTION @extschema@.int4(@extschema@.cmnd)
RETURNS integer
AS 'MODULE_PATHNAME', 'cmnd_to_integer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.int4(@extschema@.cmnd) IS
'cast cmnd to integer';

CREATE CAST (text AS @extschema@.cmnd)
	WITH FUNCTION @extschema@.cmnd(text);
COMMENT ON CAST (text AS @extschema@.cmnd) IS
'explicit: parses 9 digits';
CREATE CAST (@extschema@.cmnd AS text)
	WITH FUNCTION @extschema@.text(@extschema@.cmnd) AS ASSIGNMENT;
COMMENT ON CAST (@extschema@.cmnd AS text) IS
'assignment: the 9 digits';
CREATE CAST (bigint AS @extschema@.cmnd)
	WITH FUNCTION @extschema@.cmnd(bigint);
COMMENT ON CAST (bigint AS @extschema@.cmnd) IS
'explicit: 0 .. 999999999';
CREATE CAST (integer AS @extschema@.cmnd)
	WITH FUNCTION @extschema@.cmnd(integer);
COMMENT ON CAST (integer AS @extschema@.cmnd) IS
'explicit: 0 .. 999999999';
CREATE CAST (@extschema@.cmnd AS bigint)
	WITH FUNCTION @extschema@.int8(@extschema@.cmnd);
COMMENT ON CAST (@extschema@.cmnd AS bigint) IS
'explicit: the number, leading zeros lost';
CREATE CAST (@extschema@.cmnd AS integer)
	WITH FUNCTION @extschema@.int4(@extschema@.cmnd);
COMMENT ON CAST (@extschema@.cmnd AS integer) IS
'explicit: the number, leading zeros lost';

-- Readers for dirty text columns: NULL instead of an error.
CREATE FUNCTION @extschema@.to_personal_id(text)
RETURNS @extschema@.personal_id
AS 'MODULE_PATHNAME', 'to_personal_id'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_personal_id(text) IS
'the personal_id a text holds, or NULL when it is not 12 digits (never raises)';

CREATE FUNCTION @extschema@.to_cmnd(text)
RETURNS @extschema@.cmnd
AS 'MODULE_PATHNAME', 'to_cmnd'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.to_cmnd(text) IS
'the cmnd a text holds, or NULL when it is not 9 digits (never raises)';

------------------------------------------------------------------------
-- personal_id: comparison, btree and hash support
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.personal_id_eq(@extschema@.personal_id, @extschema@.personal_id)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_eq(@extschema@.personal_id, @extschema@.personal_id) IS
'implementation of the = operator of personal_id';

CREATE FUNCTION @extschema@.personal_id_ne(@extschema@.personal_id, @extschema@.personal_id)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_ne(@extschema@.personal_id, @extschema@.personal_id) IS
'implementation of the <> operator of personal_id';

CREATE FUNCTION @extschema@.personal_id_lt(@extschema@.personal_id, @extschema@.personal_id)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_lt(@extschema@.personal_id, @extschema@.personal_id) IS
'implementation of the < operator of personal_id';

CREATE FUNCTION @extschema@.personal_id_le(@extschema@.personal_id, @extschema@.personal_id)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_le(@extschema@.personal_id, @extschema@.personal_id) IS
'implementation of the <= operator of personal_id';

CREATE FUNCTION @extschema@.personal_id_gt(@extschema@.personal_id, @extschema@.personal_id)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_gt(@extschema@.personal_id, @extschema@.personal_id) IS
'implementation of the > operator of personal_id';

CREATE FUNCTION @extschema@.personal_id_ge(@extschema@.personal_id, @extschema@.personal_id)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_ge(@extschema@.personal_id, @extschema@.personal_id) IS
'implementation of the >= operator of personal_id';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.personal_id,
	RIGHTARG = @extschema@.personal_id,
	FUNCTION = @extschema@.personal_id_eq,
	COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES,
	MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.personal_id, @extschema@.personal_id) IS
'equal';

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.personal_id,
	RIGHTARG = @extschema@.personal_id,
	FUNCTION = @extschema@.personal_id_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.personal_id, @extschema@.personal_id) IS
'not equal';

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.personal_id,
	RIGHTARG = @extschema@.personal_id,
	FUNCTION = @extschema@.personal_id_lt,
	COMMUTATOR = OPERATOR(@extschema@.>),
	NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.personal_id, @extschema@.personal_id) IS
'less than';

CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.personal_id,
	RIGHTARG = @extschema@.personal_id,
	FUNCTION = @extschema@.personal_id_le,
	COMMUTATOR = OPERATOR(@extschema@.>=),
	NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.personal_id, @extschema@.personal_id) IS
'less than or equal';

CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.personal_id,
	RIGHTARG = @extschema@.personal_id,
	FUNCTION = @extschema@.personal_id_gt,
	COMMUTATOR = OPERATOR(@extschema@.<),
	NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.personal_id, @extschema@.personal_id) IS
'greater than';

CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.personal_id,
	RIGHTARG = @extschema@.personal_id,
	FUNCTION = @extschema@.personal_id_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=),
	NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.personal_id, @extschema@.personal_id) IS
'greater than or equal';

CREATE FUNCTION @extschema@.personal_id_cmp(@extschema@.personal_id, @extschema@.personal_id)
RETURNS integer
AS 'MODULE_PATHNAME', 'personal_id_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_cmp(@extschema@.personal_id, @extschema@.personal_id) IS
'btree comparison of personal_id: -1, 0 or 1';

CREATE FUNCTION @extschema@.personal_id_sortsupport(internal)
RETURNS void
AS 'MODULE_PATHNAME', 'personal_id_sortsupport'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_sortsupport(internal) IS
'btree sort support of personal_id: a direct comparator';

CREATE FUNCTION @extschema@.personal_id_hash(@extschema@.personal_id)
RETURNS integer
AS 'MODULE_PATHNAME', 'personal_id_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_hash(@extschema@.personal_id) IS
'hash of personal_id (the hash of its number)';

CREATE FUNCTION @extschema@.personal_id_hash_extended(@extschema@.personal_id, bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'personal_id_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.personal_id_hash_extended(@extschema@.personal_id, bigint) IS
'seeded 64-bit hash of personal_id, for hash partitioning';

CREATE OPERATOR CLASS @extschema@.personal_id_ops
	DEFAULT FOR TYPE @extschema@.personal_id USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.personal_id_cmp(@extschema@.personal_id, @extschema@.personal_id),
	FUNCTION 2 @extschema@.personal_id_sortsupport(internal),
	FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS @extschema@.personal_id_ops USING btree IS
'default btree operator class of personal_id: numeric order, which is also the order of the 12-digit text';
COMMENT ON OPERATOR FAMILY @extschema@.personal_id_ops USING btree IS
'btree operator family of personal_id';

CREATE OPERATOR CLASS @extschema@.personal_id_ops
	DEFAULT FOR TYPE @extschema@.personal_id USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.personal_id_hash(@extschema@.personal_id),
	FUNCTION 2 @extschema@.personal_id_hash_extended(@extschema@.personal_id, bigint);
COMMENT ON OPERATOR CLASS @extschema@.personal_id_ops USING hash IS
'default hash operator class of personal_id';
COMMENT ON OPERATOR FAMILY @extschema@.personal_id_ops USING hash IS
'hash operator family of personal_id';

------------------------------------------------------------------------
-- cmnd: comparison, btree and hash support
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.cmnd_eq(@extschema@.cmnd, @extschema@.cmnd)
RETURNS boolean
AS 'MODULE_PATHNAME', 'cmnd_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_eq(@extschema@.cmnd, @extschema@.cmnd) IS
'implementation of the = operator of cmnd';

CREATE FUNCTION @extschema@.cmnd_ne(@extschema@.cmnd, @extschema@.cmnd)
RETURNS boolean
AS 'MODULE_PATHNAME', 'cmnd_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_ne(@extschema@.cmnd, @extschema@.cmnd) IS
'implementation of the <> operator of cmnd';

CREATE FUNCTION @extschema@.cmnd_lt(@extschema@.cmnd, @extschema@.cmnd)
RETURNS boolean
AS 'MODULE_PATHNAME', 'cmnd_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_lt(@extschema@.cmnd, @extschema@.cmnd) IS
'implementation of the < operator of cmnd';

CREATE FUNCTION @extschema@.cmnd_le(@extschema@.cmnd, @extschema@.cmnd)
RETURNS boolean
AS 'MODULE_PATHNAME', 'cmnd_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_le(@extschema@.cmnd, @extschema@.cmnd) IS
'implementation of the <= operator of cmnd';

CREATE FUNCTION @extschema@.cmnd_gt(@extschema@.cmnd, @extschema@.cmnd)
RETURNS boolean
AS 'MODULE_PATHNAME', 'cmnd_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_gt(@extschema@.cmnd, @extschema@.cmnd) IS
'implementation of the > operator of cmnd';

CREATE FUNCTION @extschema@.cmnd_ge(@extschema@.cmnd, @extschema@.cmnd)
RETURNS boolean
AS 'MODULE_PATHNAME', 'cmnd_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_ge(@extschema@.cmnd, @extschema@.cmnd) IS
'implementation of the >= operator of cmnd';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.cmnd,
	RIGHTARG = @extschema@.cmnd,
	FUNCTION = @extschema@.cmnd_eq,
	COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES,
	MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.cmnd, @extschema@.cmnd) IS
'equal';

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.cmnd,
	RIGHTARG = @extschema@.cmnd,
	FUNCTION = @extschema@.cmnd_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.cmnd, @extschema@.cmnd) IS
'not equal';

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.cmnd,
	RIGHTARG = @extschema@.cmnd,
	FUNCTION = @extschema@.cmnd_lt,
	COMMUTATOR = OPERATOR(@extschema@.>),
	NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.cmnd, @extschema@.cmnd) IS
'less than';

CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.cmnd,
	RIGHTARG = @extschema@.cmnd,
	FUNCTION = @extschema@.cmnd_le,
	COMMUTATOR = OPERATOR(@extschema@.>=),
	NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.cmnd, @extschema@.cmnd) IS
'less than or equal';

CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.cmnd,
	RIGHTARG = @extschema@.cmnd,
	FUNCTION = @extschema@.cmnd_gt,
	COMMUTATOR = OPERATOR(@extschema@.<),
	NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.cmnd, @extschema@.cmnd) IS
'greater than';

CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.cmnd,
	RIGHTARG = @extschema@.cmnd,
	FUNCTION = @extschema@.cmnd_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=),
	NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.cmnd, @extschema@.cmnd) IS
'greater than or equal';

CREATE FUNCTION @extschema@.cmnd_cmp(@extschema@.cmnd, @extschema@.cmnd)
RETURNS integer
AS 'MODULE_PATHNAME', 'cmnd_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_cmp(@extschema@.cmnd, @extschema@.cmnd) IS
'btree comparison of cmnd: -1, 0 or 1';

CREATE FUNCTION @extschema@.cmnd_sortsupport(internal)
RETURNS void
AS 'MODULE_PATHNAME', 'cmnd_sortsupport'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_sortsupport(internal) IS
'btree sort support of cmnd: a direct comparator';

CREATE FUNCTION @extschema@.cmnd_hash(@extschema@.cmnd)
RETURNS integer
AS 'MODULE_PATHNAME', 'cmnd_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_hash(@extschema@.cmnd) IS
'hash of cmnd (the hash of its number)';

CREATE FUNCTION @extschema@.cmnd_hash_extended(@extschema@.cmnd, bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'cmnd_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.cmnd_hash_extended(@extschema@.cmnd, bigint) IS
'seeded 64-bit hash of cmnd, for hash partitioning';

CREATE OPERATOR CLASS @extschema@.cmnd_ops
	DEFAULT FOR TYPE @extschema@.cmnd USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.cmnd_cmp(@extschema@.cmnd, @extschema@.cmnd),
	FUNCTION 2 @extschema@.cmnd_sortsupport(internal),
	FUNCTION 4 pg_catalog.btequalimage(oid);
COMMENT ON OPERATOR CLASS @extschema@.cmnd_ops USING btree IS
'default btree operator class of cmnd: numeric order, which is also the order of the 9-digit text';
COMMENT ON OPERATOR FAMILY @extschema@.cmnd_ops USING btree IS
'btree operator family of cmnd';

CREATE OPERATOR CLASS @extschema@.cmnd_ops
	DEFAULT FOR TYPE @extschema@.cmnd USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.cmnd_hash(@extschema@.cmnd),
	FUNCTION 2 @extschema@.cmnd_hash_extended(@extschema@.cmnd, bigint);
COMMENT ON OPERATOR CLASS @extschema@.cmnd_ops USING hash IS
'default hash operator class of cmnd';
COMMENT ON OPERATOR FAMILY @extschema@.cmnd_ops USING hash IS
'hash operator family of cmnd';

------------------------------------------------------------------------
-- What the digits say.  C over embedded tables: no SQL per call.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.personal_id_province_code(@extschema@.personal_id)
RETURNS text
AS 'MODULE_PATHNAME', 'personal_id_province_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_province_code(@extschema@.personal_id) IS
'digits 1-3: the code of the province of birth registration, e.g. ''001''';

CREATE FUNCTION @extschema@.personal_id_province_name(@extschema@.personal_id)
RETURNS text
AS 'MODULE_PATHNAME', 'personal_id_province_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_province_name(@extschema@.personal_id) IS
'name of the province of birth registration from the frozen list of 63; NULL for other codes (unknown or abroad)';

CREATE FUNCTION @extschema@.personal_id_sex(@extschema@.personal_id)
RETURNS text
AS 'MODULE_PATHNAME', 'personal_id_sex'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_sex(@extschema@.personal_id) IS
'digit 4: ''M'' (even) or ''F'' (odd)';

CREATE FUNCTION @extschema@.personal_id_century(@extschema@.personal_id)
RETURNS integer
AS 'MODULE_PATHNAME', 'personal_id_century'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_century(@extschema@.personal_id) IS
'digit 4: the first two digits of the birth year, 19 (1900-1999) to 23 (2300-2399)';

CREATE FUNCTION @extschema@.personal_id_birth_year(@extschema@.personal_id)
RETURNS integer
AS 'MODULE_PATHNAME', 'personal_id_birth_year'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_birth_year(@extschema@.personal_id) IS
'digits 4-6: birth year = 1900 + 100 * floor(d4 / 2) + d5d6';

CREATE FUNCTION @extschema@.personal_id_mismatches(
	id @extschema@.personal_id,
	birth_date date,
	sex text,
	birth_province text,
	reference_date date DEFAULT CURRENT_DATE)
RETURNS TABLE (mismatch text, reason text)
AS 'MODULE_PATHNAME', 'personal_id_mismatches'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.personal_id_mismatches(@extschema@.personal_id, date, text, text, date) IS
'where the digits of a personal id disagree with a birth date, a sex and a province of birth registration (NULL = unknown); no row when consistent';

CREATE FUNCTION @extschema@.personal_id_is_consistent(
	id @extschema@.personal_id,
	birth_date date,
	sex text,
	birth_province text,
	reference_date date DEFAULT CURRENT_DATE)
RETURNS boolean
AS 'MODULE_PATHNAME', 'personal_id_is_consistent'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.personal_id_is_consistent(@extschema@.personal_id, date, text, text, date) IS
'true when personal_id_mismatches() finds nothing; NULL when the id is NULL';

CREATE FUNCTION @extschema@.cmnd_prefix(@extschema@.cmnd)
RETURNS text
AS 'MODULE_PATHNAME', 'cmnd_prefix'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_prefix(@extschema@.cmnd) IS
'the longest known issuing-area prefix (2 or 3 digits) of a CMND number; NULL when none is known';

CREATE FUNCTION @extschema@.cmnd_issuing_area(@extschema@.cmnd)
RETURNS text
AS 'MODULE_PATHNAME', 'cmnd_issuing_area'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cmnd_issuing_area(@extschema@.cmnd) IS
'the issuing area(s) of the longest known prefix, as listed in cmnd_prefixes; NULL when none is known';

------------------------------------------------------------------------
-- Reference tables: filled by piece 21, readable by everyone, writable
-- by the extension owner only.
------------------------------------------------------------------------

CREATE TABLE @extschema@.id_provinces (
	code text PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
	gso_code text NOT NULL UNIQUE CHECK (gso_code ~ '^[0-9]{2}$'),
	name_vi text NOT NULL UNIQUE,
	name_ascii text NOT NULL,
	merged_into_code text NOT NULL CHECK (merged_into_code ~ '^[0-9]{2}$'),
	merged_into_name_vi text NOT NULL,
	merged_into_name_ascii text NOT NULL
);
COMMENT ON TABLE @extschema@.id_provinces IS
'the 63 province codes of birth registration in personal ids (Circular 07/2016, frozen before the 2025 merger) and the province each merged into on 1 July 2025';
COMMENT ON COLUMN @extschema@.id_provinces.code IS 'digits 1-3 of a personal id';
COMMENT ON COLUMN @extschema@.id_provinces.gso_code IS 'General Statistics Office code before 2025 (code without its leading 0)';
COMMENT ON COLUMN @extschema@.id_provinces.name_vi IS 'name as in Circular 07/2016 (old tone style: Hòa)';
COMMENT ON COLUMN @extschema@.id_provinces.name_ascii IS 'name without diacritics';
COMMENT ON COLUMN @extschema@.id_provinces.merged_into_code IS 'GSO code of the province it belongs to from 1 July 2025; not a personal id prefix';
COMMENT ON COLUMN @extschema@.id_provinces.merged_into_name_vi IS 'name of that province (GSO spelling, new tone style: Hoà)';
COMMENT ON COLUMN @extschema@.id_provinces.merged_into_name_ascii IS 'that name without diacritics';

CREATE TABLE @extschema@.cmnd_prefixes (
	prefix text PRIMARY KEY CHECK (prefix ~ '^[0-9]{2,3}$'),
	issuing_area text NOT NULL,
	confirmed text NOT NULL CHECK (confirmed IN ('yes', 'partial', 'no')),
	note text
);
COMMENT ON TABLE @extschema@.cmnd_prefixes IS
'prefixes of 9-digit CMND numbers by issuing police (province of residence at issue, not of birth); unconfirmed rows are marked';
COMMENT ON COLUMN @extschema@.cmnd_prefixes.prefix IS '2 or 3 leading digits; a 3-digit prefix refines a 2-digit one';
COMMENT ON COLUMN @extschema@.cmnd_prefixes.issuing_area IS 'the area(s) using the prefix, as the source lists them';
COMMENT ON COLUMN @extschema@.cmnd_prefixes.confirmed IS 'yes: a source confirmed the row; partial: some areas only (see note); no: unconfirmed';
COMMENT ON COLUMN @extschema@.cmnd_prefixes.note IS 'what the source says, or does not';

CREATE TABLE @extschema@.cmnd_prefix_areas (
	prefix text NOT NULL REFERENCES @extschema@.cmnd_prefixes,
	ord integer NOT NULL,
	area text NOT NULL,
	province_code text REFERENCES @extschema@.id_provinces,
	confirmed boolean NOT NULL,
	PRIMARY KEY (prefix, ord)
);
COMMENT ON TABLE @extschema@.cmnd_prefix_areas IS
'one row per area a CMND prefix may mean';
COMMENT ON COLUMN @extschema@.cmnd_prefix_areas.ord IS 'position of the area in the source row';
COMMENT ON COLUMN @extschema@.cmnd_prefix_areas.area IS 'area name as in the source';
COMMENT ON COLUMN @extschema@.cmnd_prefix_areas.province_code IS 'the area among the 63 provinces; NULL for a province that no longer existed in 2016 (Hà Tây)';
COMMENT ON COLUMN @extschema@.cmnd_prefix_areas.confirmed IS 'whether a source confirmed this area for this prefix';

GRANT SELECT ON @extschema@.id_provinces, @extschema@.cmnd_prefixes,
	@extschema@.cmnd_prefix_areas TO PUBLIC;

CREATE FUNCTION @extschema@.cmnd_issuing_areas(@extschema@.cmnd)
RETURNS TABLE (prefix text, issuing_area text, province_code text,
			   confirmed boolean)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT a.prefix, a.area, a.province_code, a.confirmed
	  FROM @extschema@.cmnd_prefix_areas AS a
	 WHERE pg_catalog.starts_with(CAST($1 AS pg_catalog.text), a.prefix)
	 ORDER BY pg_catalog.length(a.prefix) DESC, a.prefix, a.ord
$$;
COMMENT ON FUNCTION @extschema@.cmnd_issuing_areas(@extschema@.cmnd) IS
'every area a CMND number''s prefix may mean, longest prefix first, with whether a source confirmed it';
-- population_rules install script, piece 21: identity-number reference data.
-- GENERATED by tools/gen_ident_data.py from data/ (see data/README.md): do
-- not edit; change the TSV files and run the script.

INSERT INTO @extschema@.id_provinces
    (code, gso_code, name_vi, name_ascii, merged_into_code,
     merged_into_name_vi, merged_into_name_ascii)
VALUES
    ('001', '01', 'Hà Nội', 'Ha Noi', '01', 'Hà Nội', 'Ha Noi'),
    ('002', '02', 'Hà Giang', 'Ha Giang', '08', 'Tuyên Quang', 'Tuyen Quang'),
    ('004', '04', 'Cao Bằng', 'Cao Bang', '04', 'Cao Bằng', 'Cao Bang'),
    ('006', '06', 'Bắc Kạn', 'Bac Kan', '19', 'Thái Nguyên', 'Thai Nguyen'),
    ('008', '08', 'Tuyên Quang', 'Tuyen Quang', '08', 'Tuyên Quang', 'Tuyen Quang'),
    ('010', '10', 'Lào Cai', 'Lao Cai', '15', 'Lào Cai', 'Lao Cai'),
    ('011', '11', 'Điện Biên', 'Dien Bien', '11', 'Điện Biên', 'Dien Bien'),
    ('012', '12', 'Lai Châu', 'Lai Chau', '12', 'Lai Châu', 'Lai Chau'),
    ('014', '14', 'Sơn La', 'Son La', '14', 'Sơn La', 'Son La'),
    ('015', '15', 'Yên Bái', 'Yen Bai', '15', 'Lào Cai', 'Lao Cai'),
    ('017', '17', 'Hòa Bình', 'Hoa Binh', '25', 'Phú Thọ', 'Phu Tho'),
    ('019', '19', 'Thái Nguyên', 'Thai Nguyen', '19', 'Thái Nguyên', 'Thai Nguyen'),
    ('020', '20', 'Lạng Sơn', 'Lang Son', '20', 'Lạng Sơn', 'Lang Son'),
    ('022', '22', 'Quảng Ninh', 'Quang Ninh', '22', 'Quảng Ninh', 'Quang Ninh'),
    ('024', '24', 'Bắc Giang', 'Bac Giang', '24', 'Bắc Ninh', 'Bac Ninh'),
    ('025', '25', 'Phú Thọ', 'Phu Tho', '25', 'Phú Thọ', 'Phu Tho'),
    ('026', '26', 'Vĩnh Phúc', 'Vinh Phuc', '25', 'Phú Thọ', 'Phu Tho'),
    ('027', '27', 'Bắc Ninh', 'Bac Ninh', '24', 'Bắc Ninh', 'Bac Ninh'),
    ('030', '30', 'Hải Dương', 'Hai Duong', '31', 'Hải Phòng', 'Hai Phong'),
    ('031', '31', 'Hải Phòng', 'Hai Phong', '31', 'Hải Phòng', 'Hai Phong'),
    ('033', '33', 'Hưng Yên', 'Hung Yen', '33', 'Hưng Yên', 'Hung Yen'),
    ('034', '34', 'Thái Bình', 'Thai Binh', '33', 'Hưng Yên', 'Hung Yen'),
    ('035', '35', 'Hà Nam', 'Ha Nam', '37', 'Ninh Bình', 'Ninh Binh'),
    ('036', '36', 'Nam Định', 'Nam Dinh', '37', 'Ninh Bình', 'Ninh Binh'),
    ('037', '37', 'Ninh Bình', 'Ninh Binh', '37', 'Ninh Bình', 'Ninh Binh'),
    ('038', '38', 'Thanh Hóa', 'Thanh Hoa', '38', 'Thanh Hoá', 'Thanh Hoa'),
    ('040', '40', 'Nghệ An', 'Nghe An', '40', 'Nghệ An', 'Nghe An'),
    ('042', '42', 'Hà Tĩnh', 'Ha Tinh', '42', 'Hà Tĩnh', 'Ha Tinh'),
    ('044', '44', 'Quảng Bình', 'Quang Binh', '44', 'Quảng Trị', 'Quang Tri'),
    ('045', '45', 'Quảng Trị', 'Quang Tri', '44', 'Quảng Trị', 'Quang Tri'),
    ('046', '46', 'Thừa Thiên Huế', 'Thua Thien Hue', '46', 'Huế', 'Hue'),
    ('048', '48', 'Đà Nẵng', 'Da Nang', '48', 'Đà Nẵng', 'Da Nang'),
    ('049', '49', 'Quảng Nam', 'Quang Nam', '48', 'Đà Nẵng', 'Da Nang'),
    ('051', '51', 'Quảng Ngãi', 'Quang Ngai', '51', 'Quảng Ngãi', 'Quang Ngai'),
    ('052', '52', 'Bình Định', 'Binh Dinh', '52', 'Gia Lai', 'Gia Lai'),
    ('054', '54', 'Phú Yên', 'Phu Yen', '66', 'Đắk Lắk', 'Dak Lak'),
    ('056', '56', 'Khánh Hòa', 'Khanh Hoa', '56', 'Khánh Hoà', 'Khanh Hoa'),
    ('058', '58', 'Ninh Thuận', 'Ninh Thuan', '56', 'Khánh Hoà', 'Khanh Hoa'),
    ('060', '60', 'Bình Thuận', 'Binh Thuan', '68', 'Lâm Đồng', 'Lam Dong'),
    ('062', '62', 'Kon Tum', 'Kon Tum', '51', 'Quảng Ngãi', 'Quang Ngai'),
    ('064', '64', 'Gia Lai', 'Gia Lai', '52', 'Gia Lai', 'Gia Lai'),
    ('066', '66', 'Đắk Lắk', 'Dak Lak', '66', 'Đắk Lắk', 'Dak Lak'),
    ('067', '67', 'Đắk Nông', 'Dak Nong', '68', 'Lâm Đồng', 'Lam Dong'),
    ('068', '68', 'Lâm Đồng', 'Lam Dong', '68', 'Lâm Đồng', 'Lam Dong'),
    ('070', '70', 'Bình Phước', 'Binh Phuoc', '75', 'Đồng Nai', 'Dong Nai'),
    ('072', '72', 'Tây Ninh', 'Tay Ninh', '80', 'Tây Ninh', 'Tay Ninh'),
    ('074', '74', 'Bình Dương', 'Binh Duong', '79', 'Hồ Chí Minh', 'Ho Chi Minh'),
    ('075', '75', 'Đồng Nai', 'Dong Nai', '75', 'Đồng Nai', 'Dong Nai'),
    ('077', '77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', '79', 'Hồ Chí Minh', 'Ho Chi Minh'),
    ('079', '79', 'Hồ Chí Minh', 'Ho Chi Minh', '79', 'Hồ Chí Minh', 'Ho Chi Minh'),
    ('080', '80', 'Long An', 'Long An', '80', 'Tây Ninh', 'Tay Ninh'),
    ('082', '82', 'Tiền Giang', 'Tien Giang', '82', 'Đồng Tháp', 'Dong Thap'),
    ('083', '83', 'Bến Tre', 'Ben Tre', '86', 'Vĩnh Long', 'Vinh Long'),
    ('084', '84', 'Trà Vinh', 'Tra Vinh', '86', 'Vĩnh Long', 'Vinh Long'),
    ('086', '86', 'Vĩnh Long', 'Vinh Long', '86', 'Vĩnh Long', 'Vinh Long'),
    ('087', '87', 'Đồng Tháp', 'Dong Thap', '82', 'Đồng Tháp', 'Dong Thap'),
    ('089', '89', 'An Giang', 'An Giang', '91', 'An Giang', 'An Giang'),
    ('091', '91', 'Kiên Giang', 'Kien Giang', '91', 'An Giang', 'An Giang'),
    ('092', '92', 'Cần Thơ', 'Can Tho', '92', 'Cần Thơ', 'Can Tho'),
    ('093', '93', 'Hậu Giang', 'Hau Giang', '92', 'Cần Thơ', 'Can Tho'),
    ('094', '94', 'Sóc Trăng', 'Soc Trang', '92', 'Cần Thơ', 'Can Tho'),
    ('095', '95', 'Bạc Liêu', 'Bac Lieu', '96', 'Cà Mau', 'Ca Mau'),
    ('096', '96', 'Cà Mau', 'Ca Mau', '96', 'Cà Mau', 'Ca Mau');

INSERT INTO @extschema@.cmnd_prefixes (prefix, issuing_area, confirmed, note)
VALUES
    ('01', 'Hà Nội', 'yes', NULL),
    ('02', 'TP. Hồ Chí Minh', 'yes', NULL),
    ('03', 'Hải Phòng', 'yes', NULL),
    ('04', 'Điện Biên, Lai Châu', 'no', 'from memory of the Wikipedia table; not in the retrieved excerpt'),
    ('05', 'Sơn La', 'yes', NULL),
    ('06', 'Lào Cai, Yên Bái', 'no', NULL),
    ('07', 'Hà Giang, Tuyên Quang', 'partial', 'Hà Giang 07 confirmed; Tuyên Quang not seen'),
    ('08', 'Lạng Sơn, Cao Bằng', 'no', NULL),
    ('090', 'Thái Nguyên', 'no', 'old Bắc Thái used 09'),
    ('095', 'Bắc Kạn', 'yes', NULL),
    ('10', 'Quảng Ninh', 'yes', NULL),
    ('11', 'Hà Tây (old), Hòa Bình', 'yes', NULL),
    ('12', 'Bắc Giang, Bắc Ninh', 'yes', NULL),
    ('13', 'Phú Thọ, Vĩnh Phúc', 'partial', 'Phú Thọ 13 confirmed'),
    ('14', 'Hải Dương, Hưng Yên', 'yes', NULL),
    ('15', 'Thái Bình', 'no', NULL),
    ('16', 'Nam Định, Hà Nam, Ninh Bình', 'partial', 'Hà Nam 16 confirmed'),
    ('17', 'Thanh Hóa', 'no', NULL),
    ('18', 'Nghệ An, Hà Tĩnh', 'partial', 'Hà Tĩnh 18 confirmed; Nghệ An 18x per the brief'),
    ('19', 'Quảng Bình, Quảng Trị, Thừa Thiên Huế', 'partial', 'Quảng Bình and Quảng Trị 19 confirmed'),
    ('20', 'Quảng Nam, Đà Nẵng', 'partial', 'Quảng Nam 20 confirmed'),
    ('21', 'Quảng Ngãi, Bình Định', 'yes', NULL),
    ('22', 'Khánh Hòa, Phú Yên', 'yes', NULL),
    ('230', 'Gia Lai', 'yes', 'page lists "Gia Lai 230 và 231"'),
    ('231', 'Gia Lai', 'yes', NULL),
    ('23', 'Kon Tum', 'no', 'Gia Lai-Kon Tum shared 23x before the 1991 split'),
    ('24', 'Đắk Lắk', 'no', NULL),
    ('245', 'Đắk Nông', 'no', NULL),
    ('25', 'Lâm Đồng', 'no', NULL),
    ('26', 'Ninh Thuận, Bình Thuận', 'yes', NULL),
    ('27', 'Đồng Nai, Bà Rịa - Vũng Tàu', 'yes', 'range 271450001-271500000 was issued twice (BR-VT and Đồng Nai), found in 2007'),
    ('280', 'Bình Dương', 'yes', 'old Sông Bé used 28'),
    ('285', 'Bình Phước', 'yes', NULL),
    ('29', 'Tây Ninh', 'yes', NULL),
    ('30', 'Long An', 'no', NULL),
    ('31', 'Tiền Giang', 'no', NULL),
    ('32', 'Bến Tre', 'yes', NULL),
    ('33', 'Vĩnh Long, Trà Vinh', 'no', NULL),
    ('34', 'Đồng Tháp', 'no', NULL),
    ('35', 'An Giang', 'yes', NULL),
    ('36', 'Cần Thơ, Hậu Giang, Sóc Trăng', 'partial', 'Hậu Giang and Sóc Trăng 36 confirmed'),
    ('37', 'Kiên Giang', 'no', NULL),
    ('38', 'Cà Mau, Bạc Liêu', 'partial', 'Bạc Liêu 38 confirmed');

INSERT INTO @extschema@.cmnd_prefix_areas (prefix, ord, area, province_code, confirmed)
VALUES
    ('01', 1, 'Hà Nội', '001', true),
    ('02', 1, 'TP. Hồ Chí Minh', '079', true),
    ('03', 1, 'Hải Phòng', '031', true),
    ('04', 1, 'Điện Biên', '011', false),
    ('04', 2, 'Lai Châu', '012', false),
    ('05', 1, 'Sơn La', '014', true),
    ('06', 1, 'Lào Cai', '010', false),
    ('06', 2, 'Yên Bái', '015', false),
    ('07', 1, 'Hà Giang', '002', true),
    ('07', 2, 'Tuyên Quang', '008', false),
    ('08', 1, 'Lạng Sơn', '020', false),
    ('08', 2, 'Cao Bằng', '004', false),
    ('090', 1, 'Thái Nguyên', '019', false),
    ('095', 1, 'Bắc Kạn', '006', true),
    ('10', 1, 'Quảng Ninh', '022', true),
    ('11', 1, 'Hà Tây (old)', NULL, true),
    ('11', 2, 'Hòa Bình', '017', true),
    ('12', 1, 'Bắc Giang', '024', true),
    ('12', 2, 'Bắc Ninh', '027', true),
    ('13', 1, 'Phú Thọ', '025', true),
    ('13', 2, 'Vĩnh Phúc', '026', false),
    ('14', 1, 'Hải Dương', '030', true),
    ('14', 2, 'Hưng Yên', '033', true),
    ('15', 1, 'Thái Bình', '034', false),
    ('16', 1, 'Nam Định', '036', false),
    ('16', 2, 'Hà Nam', '035', true),
    ('16', 3, 'Ninh Bình', '037', false),
    ('17', 1, 'Thanh Hóa', '038', false),
    ('18', 1, 'Nghệ An', '040', false),
    ('18', 2, 'Hà Tĩnh', '042', true),
    ('19', 1, 'Quảng Bình', '044', true),
    ('19', 2, 'Quảng Trị', '045', true),
    ('19', 3, 'Thừa Thiên Huế', '046', false),
    ('20', 1, 'Quảng Nam', '049', true),
    ('20', 2, 'Đà Nẵng', '048', false),
    ('21', 1, 'Quảng Ngãi', '051', true),
    ('21', 2, 'Bình Định', '052', true),
    ('22', 1, 'Khánh Hòa', '056', true),
    ('22', 2, 'Phú Yên', '054', true),
    ('230', 1, 'Gia Lai', '064', true),
    ('231', 1, 'Gia Lai', '064', true),
    ('23', 1, 'Kon Tum', '062', false),
    ('24', 1, 'Đắk Lắk', '066', false),
    ('245', 1, 'Đắk Nông', '067', false),
    ('25', 1, 'Lâm Đồng', '068', false),
    ('26', 1, 'Ninh Thuận', '058', true),
    ('26', 2, 'Bình Thuận', '060', true),
    ('27', 1, 'Đồng Nai', '075', true),
    ('27', 2, 'Bà Rịa - Vũng Tàu', '077', true),
    ('280', 1, 'Bình Dương', '074', true),
    ('285', 1, 'Bình Phước', '070', true),
    ('29', 1, 'Tây Ninh', '072', true),
    ('30', 1, 'Long An', '080', false),
    ('31', 1, 'Tiền Giang', '082', false),
    ('32', 1, 'Bến Tre', '083', true),
    ('33', 1, 'Vĩnh Long', '086', false),
    ('33', 2, 'Trà Vinh', '084', false),
    ('34', 1, 'Đồng Tháp', '087', false),
    ('35', 1, 'An Giang', '089', true),
    ('36', 1, 'Cần Thơ', '092', false),
    ('36', 2, 'Hậu Giang', '093', true),
    ('36', 3, 'Sóc Trăng', '094', true),
    ('37', 1, 'Kiên Giang', '091', false),
    ('38', 1, 'Cà Mau', '096', false),
    ('38', 2, 'Bạc Liêu', '095', true);
-- population_rules install script, piece 30: the catalogs of table rules.
--
-- rule            the registry: one row per rule attached to a table
-- id_keys         derived: the id numbers held per unique-id rule (the
--                 shadow whose primary key makes uniqueness global and race-free)
-- household_heads derived: members and live heads per household per rule
-- violations      the log of rules in log mode and of validate(..., log)
--
-- All are owned by the extension's owner and written only by the
-- extension's functions and triggers (which switch to the owner for it);
-- nobody else may write them.  The registry, the violation log and the
-- derived tables are dumped with pg_extension_config_dump, so a pg_dump /
-- pg_restore brings the rules back attached and working.

CREATE SEQUENCE @extschema@.rule_id_seq AS integer;
COMMENT ON SEQUENCE @extschema@.rule_id_seq IS
  'Numbers of the rules in population_rules.rule.';

CREATE TABLE @extschema@.rule (
	rule_id		integer PRIMARY KEY
				DEFAULT pg_catalog.nextval('@extschema@.rule_id_seq'::pg_catalog.regclass),
	rule_name	name NOT NULL,
	tbl			regclass NOT NULL,
	kind		text NOT NULL
				CHECK (kind IN ('unique_id', 'household_head', 'names')),
	attnums		smallint[] NOT NULL,
	colnames	name[] NOT NULL,
	mode		text NOT NULL CHECK (mode IN ('enforce', 'warn', 'log')),
	options		jsonb NOT NULL DEFAULT '{}',
	since		timestamptz NOT NULL DEFAULT pg_catalog.now(),
	by_whom		name NOT NULL DEFAULT CURRENT_USER,
	UNIQUE (tbl, rule_name),
	CHECK (pg_catalog.cardinality(attnums) = pg_catalog.cardinality(colnames))
);
ALTER SEQUENCE @extschema@.rule_id_seq OWNED BY @extschema@.rule.rule_id;
COMMENT ON TABLE @extschema@.rule IS
  'Registry of the rules attached to tables: written only through the attach/detach/set_rule_mode functions.';
COMMENT ON COLUMN @extschema@.rule.attnums IS
  'Column numbers the rule works on, by position per kind (0 = not mapped): renaming a column keeps the rule.';
COMMENT ON COLUMN @extschema@.rule.colnames IS
  'Column names matching attnums, kept in step on rename; used to find the columns again after pg_restore.';

CREATE TABLE @extschema@.id_keys (
	rule_id		integer NOT NULL,
	slot		smallint NOT NULL,	-- 0 = personal id, 1 = legacy 9-digit id
	key			bigint NOT NULL,
	n			integer NOT NULL,	-- rows holding the key
	row_ref		text,				-- the first row that took it, e.g. (id)=(7)
	owner_key	bigint,				-- slot 1: personal id of the first holder
	PRIMARY KEY (rule_id, slot, key)
);
COMMENT ON TABLE @extschema@.id_keys IS
  'Derived data of unique-id rules: how many rows hold each id number; its primary key makes uniqueness global across partitions and concurrent transactions. Rebuilt by rebuild_rule().';

CREATE TABLE @extschema@.household_heads (
	rule_id		integer NOT NULL,
	household	text COLLATE "C" NOT NULL,	-- byte order: cheaper compares, one lock order
	members		integer NOT NULL,	-- living members
	heads		integer NOT NULL,	-- living heads
	checked		boolean NOT NULL,	-- false: dirty before the rule was attached, not touched since
	PRIMARY KEY (rule_id, household)
);
CREATE INDEX household_heads_many ON @extschema@.household_heads (rule_id)
	WHERE heads > 1;
CREATE INDEX household_heads_bad ON @extschema@.household_heads (rule_id)
	WHERE checked AND members > 0 AND heads <> 1;
COMMENT ON TABLE @extschema@.household_heads IS
  'Derived data of household-head rules: living members and living heads per household; its rows are the locks that make one-head-per-household race-free. Rebuilt by rebuild_rule().';
COMMENT ON INDEX @extschema@.household_heads_many IS
  'Households with more than one head: checked at the end of each statement.';
COMMENT ON INDEX @extschema@.household_heads_bad IS
  'Households with members but not exactly one head: checked at commit.';

CREATE SEQUENCE @extschema@.violations_id_seq;
COMMENT ON SEQUENCE @extschema@.violations_id_seq IS
  'Numbers of the entries of population_rules.violations.';

CREATE TABLE @extschema@.violations (
	violation_id bigint PRIMARY KEY
				DEFAULT pg_catalog.nextval('@extschema@.violations_id_seq'::pg_catalog.regclass),
	rule_id		integer NOT NULL,
	rule_name	name NOT NULL,
	tbl			oid NOT NULL,		-- the table (may since have been dropped)
	table_name	text NOT NULL,		-- the table's name when it was logged
	row_key		text,
	detail		text NOT NULL,
	at			timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
	role		name NOT NULL
);
ALTER SEQUENCE @extschema@.violations_id_seq OWNED BY @extschema@.violations.violation_id;
CREATE INDEX violations_at ON @extschema@.violations (at);
COMMENT ON TABLE @extschema@.violations IS
  'Violations recorded by rules in log mode and by validate_rule(..., log => true); purge with purge_violations().';
COMMENT ON INDEX @extschema@.violations_at IS
  'Purging old violations by time.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.rule', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.rule_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.id_keys', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.household_heads', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.violations', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.violations_id_seq', '');

-- The registry is readable by all (the rules view shows it); violations
-- only by the owners of the tables they are about; everything is written by
-- nobody but the extension's owner (through the API and the triggers).
REVOKE ALL ON @extschema@.rule, @extschema@.id_keys, @extschema@.household_heads,
	@extschema@.violations FROM PUBLIC;
REVOKE ALL ON SEQUENCE @extschema@.rule_id_seq, @extschema@.violations_id_seq FROM PUBLIC;
GRANT SELECT ON @extschema@.rule, @extschema@.violations TO PUBLIC;
ALTER TABLE @extschema@.violations ENABLE ROW LEVEL SECURITY;
CREATE POLICY violations_of_own_tables ON @extschema@.violations FOR SELECT
	USING (pg_catalog.pg_has_role(CURRENT_USER,
		(SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) tbl),
		'USAGE'));
COMMENT ON POLICY violations_of_own_tables ON @extschema@.violations IS
  'A role sees the violations of the tables it owns (superusers and the extension owner see all).';
-- population_rules install script, piece 31: attaching rules to tables.
--
-- One attach call per rule kind, one detach call, set_rule_mode,
-- validate_rule, rebuild_rule, purge_violations, the rules view and the
-- event triggers that keep the registry in step with DDL.  The functions
-- that write the extension's catalogs are SECURITY DEFINER and check that
-- the calling role owns the table (or is a member of its owner, or a
-- superuser); every function runs with search_path = pg_catalog, pg_temp
-- and quotes every name with format('%I') / regclass output.

-- ---------------------------------------------------------------------
-- C helpers and trigger functions (src/rules/)
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@._invoking_role() RETURNS oid
	LANGUAGE C VOLATILE AS 'MODULE_PATHNAME', 'rules_invoking_role';
COMMENT ON FUNCTION @extschema@._invoking_role() IS
  'Internal: the role that called into the rules API (outside its SECURITY DEFINER functions).';

CREATE FUNCTION @extschema@._invalidate(regclass) RETURNS void
	LANGUAGE C STRICT VOLATILE AS 'MODULE_PATHNAME', 'rules_invalidate';
COMMENT ON FUNCTION @extschema@._invalidate(regclass) IS
  'Internal: make every session reload the rules of a table at commit.';

CREATE FUNCTION @extschema@.id_key(text) RETURNS bigint
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_id_key';
COMMENT ON FUNCTION @extschema@.id_key(text) IS
  'The number of a 12-digit personal id written as exactly 12 ASCII digits, NULL otherwise (how the unique-id rule reads text columns).';

CREATE FUNCTION @extschema@.legacy_id_key(text) RETURNS bigint
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_legacy_key';
COMMENT ON FUNCTION @extschema@.legacy_id_key(text) IS
  'The number of a 9-digit CMND written as exactly 9 ASCII digits, NULL otherwise.';

CREATE FUNCTION @extschema@.id_structure_problems(key bigint, birth_year integer,
	sex text, birth_province text) RETURNS text
	LANGUAGE C STABLE PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_id_problems';
COMMENT ON FUNCTION @extschema@.id_structure_problems(bigint, integer, text, text) IS
  'What the unique-id rule finds wrong in an id''s structure against a birth year, sex and birth province (NULL = unknown); NULL when consistent.';

CREATE FUNCTION @extschema@.is_household_head(relation text, head_key text DEFAULT 'chu ho')
	RETURNS boolean
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_is_head';
COMMENT ON FUNCTION @extschema@.is_household_head(text, text) IS
  'Whether a relation-to-head value means the head, comparing accent-free keys: CHỦ HỘ, Chủ hộ and chu ho all do.';

CREATE FUNCTION @extschema@._retyped_columns(command pg_ddl_command, tbl regclass)
	RETURNS integer[]
	LANGUAGE C STRICT STABLE AS 'MODULE_PATHNAME', 'rules_retyped_columns';
COMMENT ON FUNCTION @extschema@._retyped_columns(pg_ddl_command, regclass) IS
  'Internal: the columns of a table whose type (or values, through USING) an ALTER TABLE command collected by an event trigger changed.';

CREATE FUNCTION @extschema@._attached_partition(command pg_ddl_command) RETURNS regclass
	LANGUAGE C STRICT STABLE AS 'MODULE_PATHNAME', 'rules_attached_partition';
COMMENT ON FUNCTION @extschema@._attached_partition(pg_ddl_command) IS
  'Internal: the table an ALTER TABLE ... ATTACH PARTITION command collected by an event trigger attached, or NULL.';

CREATE FUNCTION @extschema@.unique_id_trigger() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_trigger';
COMMENT ON FUNCTION @extschema@.unique_id_trigger() IS
  'Row trigger of unique-id rules on partitioned tables (created by attach_unique_id_rule).';

CREATE FUNCTION @extschema@.unique_id_changes() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_changes';
COMMENT ON FUNCTION @extschema@.unique_id_changes() IS
  'Statement trigger (with transition tables) of unique-id rules on plain tables.';

CREATE FUNCTION @extschema@.household_head_changes() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_changes';
COMMENT ON FUNCTION @extschema@.household_head_changes() IS
  'Statement trigger (with transition tables) of household-head rules on plain tables: counts per household, at most one head at the statement''s end.';

CREATE FUNCTION @extschema@.household_head_trigger() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_trigger';
COMMENT ON FUNCTION @extschema@.household_head_trigger() IS
  'Row trigger of household-head rules on partitioned tables: keeps the per-household counts.';

CREATE FUNCTION @extschema@.household_head_statement_check() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_statement_check';
COMMENT ON FUNCTION @extschema@.household_head_statement_check() IS
  'Statement trigger of household-head rules: at most one head at each statement''s end.';

CREATE FUNCTION @extschema@.household_head_commit_check() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_commit_check';
COMMENT ON FUNCTION @extschema@.household_head_commit_check() IS
  'Deferred constraint trigger of household-head rules: exactly one head per household with members at commit.';

CREATE FUNCTION @extschema@.household_head_pending(integer) RETURNS boolean
	LANGUAGE C STRICT VOLATILE AS 'MODULE_PATHNAME', 'household_head_pending';
COMMENT ON FUNCTION @extschema@.household_head_pending(integer) IS
  'WHEN clause of the commit check: true once per transaction and rule, so one event is queued, not one per row.';

CREATE FUNCTION @extschema@.names_trigger() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'names_trigger';
COMMENT ON FUNCTION @extschema@.names_trigger() IS
  'Trigger of names rules: stores name columns in canonical form.';

-- ---------------------------------------------------------------------
-- Internal PL/pgSQL helpers
-- ---------------------------------------------------------------------

-- Raise 42501 unless the calling role owns the table (or is a member of
-- its owner, or a superuser); raise 42809 for anything but a table.
CREATE FUNCTION @extschema@._check_owner(tbl regclass) RETURNS void
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	owner oid;
	kind "char";
	caller oid := @extschema@._invoking_role();
BEGIN
	SELECT c.relowner, c.relkind INTO owner, kind FROM pg_class c WHERE c.oid = tbl;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'relation with OID % does not exist', tbl::oid
			USING ERRCODE = 'undefined_table',
				DETAIL = format('No relation has OID %s: the table was dropped, or the number is not a table''s OID.', tbl::oid),
				HINT = 'Pass the table by name, such as ''myschema.persons''.';
	END IF;
	IF NOT pg_has_role(caller, owner, 'USAGE') THEN
		RAISE EXCEPTION 'must be owner of table %', tbl
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = format('Role %I neither owns table %s nor is a member of its owner %I.',
					(SELECT rolname FROM pg_roles WHERE oid = caller), tbl,
					(SELECT rolname FROM pg_roles WHERE oid = owner)),
				HINT = 'Ask the table''s owner or a superuser to attach, detach or change rules on it.';
	END IF;
	IF kind NOT IN ('r', 'p') THEN
		RAISE EXCEPTION '% is not a table', tbl
			USING ERRCODE = 'wrong_object_type',
				DETAIL = format('%s is %s.', tbl,
					CASE kind WHEN 'v' THEN 'a view' WHEN 'm' THEN 'a materialized view'
						WHEN 'f' THEN 'a foreign table' WHEN 'i' THEN 'an index'
						WHEN 'I' THEN 'a partitioned index' WHEN 'S' THEN 'a sequence'
						WHEN 'c' THEN 'a composite type' WHEN 't' THEN 'a TOAST table'
						ELSE format('a relation of kind %L', kind::text) END),
				HINT = 'Rules are attached to ordinary or partitioned tables.';
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._check_owner(regclass) IS
  'Internal: refuse callers that do not own the table.';

CREATE FUNCTION @extschema@._check_mode(mode text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF mode IS NULL OR mode NOT IN ('enforce', 'warn', 'log') THEN
		RAISE EXCEPTION 'invalid rule mode "%"', mode
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('The mode given is %L, which is not one of the three rule modes.', mode),
				HINT = 'Use ''enforce'' (raise), ''warn'' (WARNING) or ''log'' (population_rules.violations).';
	END IF;
	RETURN mode;
END
$$;
COMMENT ON FUNCTION @extschema@._check_mode(text) IS
  'Internal: validate a rule mode.';

-- The column's number, or an error naming the table and column.  types:
-- the accepted type names (format_type output), NULL for any.
CREATE FUNCTION @extschema@._column(tbl regclass, col name, what text, types text[])
	RETURNS smallint
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	num smallint;
	typ text;
BEGIN
	IF col IS NULL THEN
		RETURN 0;
	END IF;
	SELECT a.attnum, format_type(a.atttypid, NULL) INTO num, typ
	  FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % does not exist', col, tbl
			USING ERRCODE = 'undefined_column',
				DETAIL = format('The %s column was given as "%s", but table %s has no column of that name.', what, col, tbl),
				HINT = format('Pass the name of the table''s %s column, exactly as it is spelled (case, spaces and accents count).', what);
	END IF;
	IF types IS NOT NULL AND NOT typ = ANY (types) THEN
		RAISE EXCEPTION 'column "%" of relation % has type %, which cannot hold a %', col, tbl, typ, what
			USING ERRCODE = 'datatype_mismatch',
				DETAIL = format('Column "%s" was given as the %s column, but its type %s is not one the rule reads as a %s.', col, what, typ, what),
				HINT = format('Accepted types: %s.', array_to_string(types, ', '));
	END IF;
	RETURN num;
END
$$;
COMMENT ON FUNCTION @extschema@._column(regclass, name, text, text[]) IS
  'Internal: resolve a column of a table, checking its type.';

-- The column types a rule reads at a position of its columns (attnums
-- order, from 1), as format_type names; NULL for any type.  One list for
-- attaching and for ALTER COLUMN ... TYPE of a column a rule uses.
CREATE FUNCTION @extschema@._column_types(kind text, pos integer) RETURNS text[]
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	pid text := format_type(to_regtype('@extschema@.personal_id'), NULL);
	cmnd text := format_type(to_regtype('@extschema@.cmnd'), NULL);
BEGIN
	IF kind = 'unique_id' THEN
		RETURN CASE pos
			WHEN 1 THEN ARRAY['text', 'character varying', 'character', 'bigint']
				|| CASE WHEN pid IS NULL THEN '{}'::text[] ELSE ARRAY[pid] END
			WHEN 2 THEN ARRAY['text', 'character varying', 'character', 'bigint', 'integer']
				|| CASE WHEN cmnd IS NULL THEN '{}'::text[] ELSE ARRAY[cmnd] END
			WHEN 3 THEN ARRAY['date', 'timestamp without time zone', 'timestamp with time zone',
			                  'smallint', 'integer', 'text', 'character varying']
			END;
	ELSIF kind = 'household_head' THEN
		RETURN CASE pos WHEN 2 THEN ARRAY['text', 'character varying', 'boolean'] END;
	END IF;
	RETURN ARRAY['text', 'character varying'];
END
$$;
COMMENT ON FUNCTION @extschema@._column_types(text, integer) IS
  'Internal: the column types a rule of a kind reads at a position of its columns (NULL = any).';

-- A name cut to at most n bytes on a character boundary.
CREATE FUNCTION @extschema@._clip(s text, n integer) RETURNS text
	LANGUAGE plpgsql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	WHILE octet_length(s) > n LOOP
		s := left(s, -1);
	END LOOP;
	RETURN s;
END
$$;
COMMENT ON FUNCTION @extschema@._clip(text, integer) IS
  'Internal: cut a name to a byte length without splitting a character.';

-- SQL expression of a row's key, as the triggers write it: (pk)=(values).
-- Without a primary key: the ctid when with_ctid (validate reports; with
-- the partition of a partitioned table), else NULL (what the triggers
-- record).
CREATE FUNCTION @extschema@._row_key_expr(tbl regclass, with_ctid boolean DEFAULT true)
	RETURNS text
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	names text;
	vals text;
BEGIN
	SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord),
	       string_agg(format('%I::text', a.attname), ' || '', '' || ' ORDER BY k.ord)
	  INTO names, vals
	  FROM pg_index i
	  CROSS JOIN LATERAL unnest(i.indkey::smallint[]) WITH ORDINALITY AS k(attnum, ord)
	  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
	 WHERE i.indrelid = tbl AND i.indisprimary;
	IF names IS NULL AND with_ctid
	   AND (SELECT c.relkind FROM pg_class c WHERE c.oid = tbl) = 'p' THEN
		-- a ctid names a row within one partition only
		RETURN '''ctid '' || ctid::text || '' of '' || tableoid::regclass::text';
	END IF;
	IF names IS NULL THEN
		RETURN CASE WHEN with_ctid THEN '''ctid '' || ctid::text' ELSE 'NULL::text' END;
	END IF;
	RETURN format('%L || %s || '')''', '(' || names || ')=(', vals);
END
$$;
COMMENT ON FUNCTION @extschema@._row_key_expr(regclass, boolean) IS
  'Internal: SQL expression naming a row by its primary key, as the triggers do.';

-- The names of columns by number (0 = NULL).
CREATE FUNCTION @extschema@._colnames(tbl regclass, nums smallint[]) RETURNS name[]
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT array_agg(a.attname ORDER BY u.ord)
	  FROM unnest(nums) WITH ORDINALITY AS u(attnum, ord)
	  LEFT JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.attnum AND u.attnum > 0
$$;
COMMENT ON FUNCTION @extschema@._colnames(regclass, smallint[]) IS
  'Internal: column names of a table by number, NULL for 0.';

-- Register a rule; returns its number.
CREATE FUNCTION @extschema@._register(tbl regclass, kind text, rule_name name,
	default_name text, nums smallint[], mode text, options jsonb) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	rname text := coalesce(rule_name::text, @extschema@._clip(default_name, 50));
	tname name;
BEGIN
	IF octet_length(rname) > 50 OR rname = '' THEN
		RAISE EXCEPTION 'rule name "%" is too long', rname
			USING ERRCODE = 'name_too_long',
				DETAIL = 'A rule name has at most 50 bytes: its triggers are named after it.',
				HINT = format('Pass a rule_name of 1 to 50 bytes; this one has %s.', octet_length(rname));
	END IF;
	IF EXISTS (SELECT 1 FROM @extschema@.rule r WHERE r.tbl = _register.tbl AND r.rule_name = rname) THEN
		RAISE EXCEPTION 'rule or trigger "%" already exists on table %', rname, tbl
			USING ERRCODE = 'duplicate_object',
				DETAIL = format('Table %s already has a rule named "%s".', tbl, rname),
				HINT = 'Pass another rule_name, or detach the existing rule first.';
	END IF;
	SELECT t.tgname INTO tname FROM pg_trigger t
	 WHERE t.tgrelid = _register.tbl AND t.tgname = ANY (@extschema@._trigger_names(rname))
	 ORDER BY t.tgname LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'rule or trigger "%" already exists on table %', rname, tbl
			USING ERRCODE = 'duplicate_object',
				DETAIL = format('Table %s already has a trigger named "%s", which a rule of this name would create.', tbl, tname),
				HINT = 'Pass another rule_name, or detach the existing rule first.';
	END IF;
	INSERT INTO @extschema@.rule (rule_name, tbl, kind, attnums, colnames, mode, options, by_whom)
	VALUES (rname, tbl, kind, nums, @extschema@._colnames(tbl, nums), mode, options,
	        (SELECT rolname FROM pg_roles WHERE oid = @extschema@._invoking_role()))
	RETURNING rule_id INTO rid;
	RETURN rid;
END
$$;
COMMENT ON FUNCTION @extschema@._register(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: add a rule to the registry.';

-- The key expression of an id column (12 digits, or 9 when legacy).
CREATE FUNCTION @extschema@._key_expr(tbl regclass, num smallint, legacy boolean) RETURNS text
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	col name;
	typ regtype;
	maxv text := CASE WHEN legacy THEN '999999999' ELSE '999999999999' END;
	fn text := CASE WHEN legacy THEN 'legacy_id_key' ELSE 'id_key' END;
BEGIN
	SELECT a.attname, a.atttypid INTO col, typ FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attnum = num;
	IF typ IN ('bigint'::regtype, 'integer'::regtype) THEN
		RETURN format('CASE WHEN %1$I BETWEEN 0 AND %2$s THEN %1$I::bigint END', col, maxv);
	END IF;
	RETURN format('@extschema@.%s(%I::text)', fn, col);
END
$$;
COMMENT ON FUNCTION @extschema@._key_expr(regclass, smallint, boolean) IS
  'Internal: SQL expression of the key the unique-id trigger reads from an id column.';

-- SQL expressions of a household rule: household text, living, head.
CREATE FUNCTION @extschema@._household_exprs(r @extschema@.rule,
	OUT household text, OUT alive text, OUT head text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n name[] := @extschema@._colnames(r.tbl, r.attnums);
BEGIN
	household := format('format(''%%s'', %I)', n[1]);
	alive := CASE WHEN r.attnums[3] = 0 THEN 'true' ELSE format('%I IS NULL', n[3]) END;
	IF (r.options->>'head_is_bool')::boolean THEN
		head := format('%I IS TRUE', n[2]);
	ELSE
		head := format('coalesce(@extschema@.is_household_head(%I::text, %L), false)',
		               n[2], r.options->>'head_key');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._household_exprs(@extschema@.rule) IS
  'Internal: SQL expressions reading a household rule''s columns as its triggers do.';

-- Fill the derived table of a rule from the rows already in the table.
-- Dirty rows do not fail: duplicates are counted, households without
-- exactly one head are kept unchecked until a transaction touches them.
CREATE FUNCTION @extschema@._populate(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	uidx name;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	DELETE FROM @extschema@.id_keys WHERE rule_id = rid;
	DELETE FROM @extschema@.household_heads WHERE rule_id = rid;
	IF r.kind = 'unique_id' THEN
		-- A unique index of the table on exactly the id column (over the
		-- whole table: a partitioned index for a partitioned table) already
		-- guards it: then the rule keeps no keys of its own for it.
		SELECT c.relname INTO uidx FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		 WHERE i.indrelid = r.tbl AND i.indisunique AND i.indisvalid AND i.indnkeyatts = 1
		   AND i.indkey[0] = r.attnums[1] AND i.indpred IS NULL AND i.indexprs IS NULL
		 ORDER BY c.relname LIMIT 1;
		UPDATE @extschema@.rule g
		   SET options = CASE WHEN uidx IS NULL THEN g.options - 'unique_index'
		                      ELSE g.options || jsonb_build_object('unique_index', uidx) END
		 WHERE g.rule_id = rid;
		PERFORM @extschema@._invalidate(r.tbl);
	END IF;
	PERFORM @extschema@._add_rows(rid, r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@._populate(integer) IS
  'Internal: (re)build the derived table of a rule from the table''s rows.';

-- Add the rows of a relation to a rule's derived table, with a NOTICE
-- when they already break the rule.  For the rule's own table (_populate,
-- which has just emptied the derived rows under a lock) a plain INSERT.
-- For a partition just attached (ALTER TABLE ... ATTACH PARTITION writes no
-- row through the triggers), upserts: counts already there, and whether the
-- transaction's commit check looks at a household, are kept (a rebuild
-- would reset them and let a household this transaction left without a
-- head commit).  The partition is locked by the ATTACH; rows of other
-- partitions may change meanwhile, through the same upserts.
CREATE FUNCTION @extschema@._add_rows(rid integer, part regclass) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	dups bigint := 0;
	bad bigint;
	e record;
	whole boolean;
	add_keys text;
	add_counts text;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	whole := part = r.tbl;
	add_keys := CASE WHEN whole THEN '' ELSE
		' ON CONFLICT (rule_id, slot, key) DO UPDATE SET n = t.n OPERATOR(pg_catalog.+) excluded.n' END;
	add_counts := CASE WHEN whole THEN '' ELSE
		' ON CONFLICT (rule_id, household) DO UPDATE'
		' SET members = t.members OPERATOR(pg_catalog.+) excluded.members,'
		' heads = t.heads OPERATOR(pg_catalog.+) excluded.heads' END;
	-- column names are the table's: a partition has the same names
	IF r.kind = 'unique_id' AND NOT r.options ? 'unique_index' THEN
		EXECUTE format(
			'WITH a AS (INSERT INTO @extschema@.id_keys AS t (rule_id, slot, key, n, row_ref)'
			'  SELECT $1, 0, k, count(*), min(ref) FROM (SELECT %s AS k, %s AS ref FROM %s) s'
			'  WHERE k IS NOT NULL GROUP BY k%s'
			'  RETURNING t.n)'
			' SELECT count(*) FROM a WHERE n > 1',
			@extschema@._key_expr(r.tbl, r.attnums[1], false),
			@extschema@._row_key_expr(part, false), part, add_keys) USING rid INTO dups;
	END IF;
	IF r.kind = 'unique_id' AND r.attnums[2] <> 0 THEN
		EXECUTE format(
			'INSERT INTO @extschema@.id_keys AS t (rule_id, slot, key, n, row_ref, owner_key)'
			' SELECT $1, 1, k, count(*), min(ref), min(o) FROM (SELECT %s AS k, %s AS ref, %s AS o FROM %s) s'
			' WHERE k IS NOT NULL GROUP BY k%s',
			@extschema@._key_expr(r.tbl, r.attnums[2], true),
			@extschema@._row_key_expr(part, false),
			@extschema@._key_expr(r.tbl, r.attnums[1], false), part, add_keys) USING rid;
	END IF;
	IF dups > 0 AND whole THEN
		RAISE NOTICE '% id numbers of table % are held by more than one row', dups, r.tbl
			USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
	ELSIF dups > 0 THEN
		RAISE NOTICE '% id numbers of partition % are held by more than one row of table %', dups, part, r.tbl
			USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
	END IF;
	IF r.kind = 'household_head' THEN
		SELECT * INTO e FROM @extschema@._household_exprs(r);
		EXECUTE format(
			'WITH a AS (INSERT INTO @extschema@.household_heads AS t (rule_id, household, members, heads, checked)'
			'  SELECT $1, h, count(*) FILTER (WHERE a), count(*) FILTER (WHERE a AND hd), false'
			'  FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h%s'
			'  RETURNING t.members, t.heads)'
			' SELECT count(*) FROM a WHERE members > 0 AND heads <> 1',
			e.household, e.alive, e.head, part, add_counts) USING rid INTO bad;
		IF bad > 0 AND whole THEN
			RAISE NOTICE '% households of table % do not have exactly one living head', bad, r.tbl
				USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
		ELSIF bad > 0 THEN
			RAISE NOTICE '% households of partition % do not have exactly one living head in table %', bad, part, r.tbl
				USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._add_rows(integer, regclass) IS
  'Internal: add the rows of the rule''s table (after _populate emptied its derived rows) or of a partition just attached to a rule''s derived table.';

-- The names a rule's triggers may have.
CREATE FUNCTION @extschema@._trigger_names(rule_name text) RETURNS text[]
	LANGUAGE sql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT ARRAY[rule_name, rule_name || ' update', rule_name || ' delete',
	             rule_name || ' statement', rule_name || ' commit', rule_name || ' truncate']
$$;
COMMENT ON FUNCTION @extschema@._trigger_names(text) IS
  'Internal: the names of the triggers a rule may have on its table.';

-- Create the triggers of a rule.  On a plain table the unique-id and
-- household rules are statement triggers with transition tables (one per
-- event: a trigger with transition tables has one event); on a
-- partitioned table, or a partition, they are row triggers, cloned to
-- every partition, since a statement trigger sees only the rows of
-- statements naming its own table.
CREATE FUNCTION @extschema@._create_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	n name[];
	cols text;
	fn text;
	set_based boolean;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	n := @extschema@._colnames(r.tbl, r.attnums);
	SELECT c.relkind = 'r' AND NOT c.relispartition INTO set_based
	  FROM pg_class c WHERE c.oid = r.tbl;
	IF r.kind IN ('unique_id', 'household_head') AND set_based THEN
		fn := CASE r.kind WHEN 'unique_id' THEN 'unique_id_changes' ELSE 'household_head_changes' END;
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.%I(%L)',
		               r.rule_name, r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s'
		               ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.%I(%L)',
		               r.rule_name || ' update', r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.%I(%L)',
		               r.rule_name || ' delete', r.tbl, fn, rid);
	ELSIF r.kind = 'unique_id' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION @extschema@.unique_id_trigger(%L)',
		               r.rule_name, r.tbl, rid);
	ELSIF r.kind = 'household_head' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION @extschema@.household_head_trigger(%L)',
		               r.rule_name, r.tbl, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.household_head_statement_check(%L)',
		               r.rule_name || ' statement', r.tbl, rid);
	END IF;
	IF r.kind = 'household_head' THEN
		EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
		               ' WHEN (@extschema@.household_head_pending(%s))'
		               ' EXECUTE FUNCTION @extschema@.household_head_commit_check(%L)',
		               r.rule_name || ' commit', r.tbl, rid, rid);
	ELSIF r.kind = 'names' THEN
		SELECT string_agg(quote_ident(c), ', ') INTO cols
		  FROM unnest(n[1:(r.options->>'nnames')::integer]) AS c;
		EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %s ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION @extschema@.names_trigger(%L)',
		               r.rule_name, cols, r.tbl, rid);
	END IF;
	IF r.kind <> 'names' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._truncate_trigger(%L)',
		               r.rule_name || ' truncate', r.tbl, rid);
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._create_triggers(integer) IS
  'Internal: create the triggers of a rule on its table.';

-- Drop the triggers of a rule (not the clones on partitions: they go with
-- their parent trigger).
CREATE FUNCTION @extschema@._drop_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	t text;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	FOREACH t IN ARRAY @extschema@._trigger_names(r.rule_name) LOOP
		IF EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = r.tbl AND g.tgname = t
		           AND NOT g.tgisinternal AND g.tgparentid = 0) THEN
			EXECUTE format('DROP TRIGGER %I ON %s', t, r.tbl);
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._drop_triggers(integer) IS
  'Internal: drop the triggers of a rule from its table.';

CREATE FUNCTION @extschema@._truncate_trigger() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM @extschema@.id_keys WHERE rule_id = TG_ARGV[0]::integer;
	DELETE FROM @extschema@.household_heads WHERE rule_id = TG_ARGV[0]::integer;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@._truncate_trigger() IS
  'Trigger of unique-id and household rules: TRUNCATE empties the rule''s derived table.';

-- Common end of the attach calls.
CREATE FUNCTION @extschema@._attach(tbl regclass, kind text, rule_name name,
	default_name text, nums smallint[], mode text, options jsonb) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	col name;
BEGIN
	-- each column in one role: one column read as a personal id and as a
	-- legacy id, or as household and head, is a mistake no row can satisfy
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0
	 GROUP BY a.attname HAVING count(*) > 1
	 ORDER BY min(u.pos) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % is given twice to the % rule', col, tbl, replace(kind, '_', '-')
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('Column "%s" was given for more than one of the rule''s column arguments.', col),
				HINT = 'Give each column argument a column of its own.';
	END IF;
	-- No row may change between reading the table and guarding it.
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
	rid := @extschema@._register(tbl, kind, rule_name, default_name, nums, mode, options);
	PERFORM @extschema@._create_triggers(rid);
	PERFORM @extschema@._populate(rid);
	PERFORM @extschema@._invalidate(tbl);
	RETURN rid;
END
$$;
COMMENT ON FUNCTION @extschema@._attach(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: register a rule, create its triggers and fill its derived table.';

CREATE FUNCTION @extschema@._rule_by_name(tbl regclass, rule_name name) RETURNS integer
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
BEGIN
	SELECT r.rule_id INTO rid FROM @extschema@.rule r
	 WHERE r.tbl = _rule_by_name.tbl AND r.rule_name = _rule_by_name.rule_name;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'rule "%" is not attached to table %', rule_name, tbl
			USING ERRCODE = 'undefined_object',
				DETAIL = format('Table %s has no rule named "%s".', tbl, rule_name),
				HINT = 'SELECT * FROM population_rules.rules lists the attached rules.';
	END IF;
	RETURN rid;
END
$$;
COMMENT ON FUNCTION @extschema@._rule_by_name(regclass, name) IS
  'Internal: the number of a rule by table and name.';

CREATE FUNCTION @extschema@._rule(rid integer) RETURNS @extschema@.rule
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
BEGIN
	SELECT * INTO r FROM @extschema@.rule WHERE rule_id = rid;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'rule % does not exist', rid
			USING ERRCODE = 'undefined_object',
				DETAIL = format('No attached rule has number %s: it was never attached, or it was detached or its table dropped.', rid),
				HINT = 'SELECT * FROM population_rules.rules lists the attached rules.';
	END IF;
	RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@._rule(integer) IS
  'Internal: a registry row by number, or an error.';

-- ---------------------------------------------------------------------
-- The API
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.attach_unique_id_rule(
	tbl regclass,
	id_column name,
	mode text DEFAULT 'enforce',
	strictness text DEFAULT 'warn',
	birth_date_column name DEFAULT NULL,
	sex_column name DEFAULT NULL,
	birth_province_column name DEFAULT NULL,
	legacy_id_column name DEFAULT NULL,
	rule_name name DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nums smallint[];
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	PERFORM @extschema@._check_mode(mode);
	IF strictness IS NULL OR strictness NOT IN ('strict', 'warn', 'off') THEN
		RAISE EXCEPTION 'invalid strictness "%"', strictness
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('The strictness given is %L, which is not one of the three strictness levels.', strictness),
				HINT = 'Use ''strict'' (structure mismatches are violations), ''warn'' (flagged) or ''off''.';
	END IF;
	nums := ARRAY[
		@extschema@._column(tbl, id_column, 'personal id', @extschema@._column_types('unique_id', 1)),
		@extschema@._column(tbl, legacy_id_column, 'legacy id', @extschema@._column_types('unique_id', 2)),
		@extschema@._column(tbl, birth_date_column, 'birth date', @extschema@._column_types('unique_id', 3)),
		@extschema@._column(tbl, sex_column, 'sex', NULL),
		@extschema@._column(tbl, birth_province_column, 'birth province', NULL)]::smallint[];
	IF id_column IS NULL THEN
		RAISE EXCEPTION 'id_column must be given'
			USING ERRCODE = 'null_value_not_allowed',
				DETAIL = 'The id_column argument is NULL.',
				HINT = 'Pass the name of the column that holds the 12-digit personal id.';
	END IF;
	RETURN @extschema@._attach(tbl, 'unique_id', rule_name, 'unique_id_' || id_column, nums, mode,
		jsonb_build_object('strictness', strictness));
END
$$;
COMMENT ON FUNCTION @extschema@.attach_unique_id_rule(regclass, name, text, text, name, name, name, name, name) IS
  'Attach the unique-id rule: the 12-digit id column is well formed, consistent with the mapped birth date / sex / birth province (strictness strict, warn or off), and unique across the whole table, partitions and concurrent transactions included. Returns the rule number.';

CREATE FUNCTION @extschema@.attach_household_head_rule(
	tbl regclass,
	household_column name,
	head_column name,
	mode text DEFAULT 'enforce',
	death_date_column name DEFAULT NULL,
	head_value text DEFAULT 'chủ hộ',
	rule_name name DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nums smallint[];
	is_bool boolean;
	head_key text;
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	PERFORM @extschema@._check_mode(mode);
	IF household_column IS NULL OR head_column IS NULL THEN
		RAISE EXCEPTION 'household_column and head_column must be given'
			USING ERRCODE = 'null_value_not_allowed',
				DETAIL = format('The household_column argument is %s and the head_column argument is %s.',
					CASE WHEN household_column IS NULL THEN 'NULL' ELSE format('"%s"', household_column) END,
					CASE WHEN head_column IS NULL THEN 'NULL' ELSE format('"%s"', head_column) END),
				HINT = 'Pass the name of the column that identifies the household and of the column that holds the relation to the head (or a boolean head flag).';
	END IF;
	nums := ARRAY[
		@extschema@._column(tbl, household_column, 'household', NULL),
		@extschema@._column(tbl, head_column, 'relation to head or head flag',
			@extschema@._column_types('household_head', 2)),
		@extschema@._column(tbl, death_date_column, 'date of death', NULL)]::smallint[];
	SELECT a.atttypid = 'boolean'::regtype INTO is_bool FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attnum = nums[2];
	head_key := @extschema@.vn_key_unaccent(head_value);
	-- no value would be the head: every household would fail at commit
	IF NOT is_bool AND coalesce(head_key, '') = '' THEN
		RAISE EXCEPTION 'head_value must name the head'
			USING ERRCODE = CASE WHEN head_value IS NULL THEN 'null_value_not_allowed'
			                     ELSE 'invalid_parameter_value' END,
				DETAIL = CASE WHEN head_value IS NULL THEN 'The head_value argument is NULL.'
				              ELSE format('The head_value argument %L is blank, so no relation in column "%s" would mark the head.',
				                          head_value, head_column) END,
				HINT = 'Pass the relation that marks the head, such as ''chủ hộ'' (the default), or leave head_value out.';
	END IF;
	RETURN @extschema@._attach(tbl, 'household_head', rule_name,
		'household_head_' || household_column, nums, mode,
		jsonb_build_object('head_is_bool', is_bool, 'head_key', head_key));
END
$$;
COMMENT ON FUNCTION @extschema@.attach_household_head_rule(regclass, name, name, text, name, text, name) IS
  'Attach the household-head rule: at most one living head per household at each statement''s end, exactly one for every household with living members at commit. The head is a boolean column, or a relation column compared by accent-free key with head_value. Returns the rule number.';

CREATE FUNCTION @extschema@.attach_names_rule(
	tbl regclass,
	columns name[],
	mode text DEFAULT 'enforce',
	style text DEFAULT 'old',
	repair_legacy boolean DEFAULT false,
	original_columns name[] DEFAULT NULL,
	rule_name name DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nums smallint[] := '{}';
	n integer := coalesce(cardinality(columns), 0);
	col name;
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	PERFORM @extschema@._check_mode(mode);
	IF n = 0 OR n > 8 OR array_position(columns, NULL) IS NOT NULL THEN
		RAISE EXCEPTION 'columns must list 1 to 8 name columns'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = CASE WHEN n = 0 THEN 'The columns argument lists no column.'
				              WHEN n > 8 THEN format('The columns argument lists %s columns.', n)
				              ELSE format('Entry %s of the columns argument is NULL.', array_position(columns, NULL)) END,
				HINT = 'Pass an array of 1 to 8 column names, such as ARRAY[''ho_ten'']; attach a second names rule for more columns.';
	END IF;
	IF original_columns IS NOT NULL AND cardinality(original_columns) <> n THEN
		RAISE EXCEPTION 'original_columns must have one entry (or NULL) per name column'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('The columns argument has %s %s but original_columns has %s.', n,
					CASE WHEN n = 1 THEN 'entry' ELSE 'entries' END, cardinality(original_columns)),
				HINT = 'Give original_columns the same length as columns, with NULL for a name column whose input need not be kept.';
	END IF;
	IF style IS NULL OR style NOT IN ('old', 'new') THEN
		RAISE EXCEPTION 'invalid tone placement style "%"', style
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('The style given is %L, which is not one of the two tone placement styles.', style),
				HINT = 'Use ''old'' (hòa, thủy) or ''new'' (hoà, thuỷ).';
	END IF;
	IF repair_legacy AND to_regprocedure('@extschema@.vn_repair_legacy(text)') IS NULL THEN
		RAISE EXCEPTION 'legacy repair is not available in this version'
			USING ERRCODE = 'feature_not_supported',
				DETAIL = 'This installation has no function vn_repair_legacy(text), which repair_legacy => true needs.',
				HINT = 'Attach the rule with repair_legacy => false.';
	END IF;
	FOR i IN 1..n LOOP
		nums := nums || @extschema@._column(tbl, columns[i], 'name',
			@extschema@._column_types('names', i));
	END LOOP;
	FOR i IN 1..n LOOP
		nums := nums || @extschema@._column(tbl, original_columns[i], 'original name',
			@extschema@._column_types('names', n + i));
	END LOOP;
	-- the rule writes these columns: each once, none computed after it
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0
	 GROUP BY a.attname HAVING count(*) > 1
	 ORDER BY min(u.pos) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % is given twice to the names rule', col, tbl
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('Column "%s" appears more than once among the name and original columns; the rule would write two values into it.', col),
				HINT = 'Give each name column once, and keep each original in a column of its own.';
	END IF;
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0 AND a.attgenerated <> ''
	 ORDER BY u.pos LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % is a generated column', col, tbl
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('PostgreSQL computes column "%s" after BEFORE triggers, so what the names rule stored there would be replaced.', col),
				HINT = 'Attach the rule to the ordinary columns the generated column is computed from, and keep originals in ordinary columns.';
	END IF;
	RETURN @extschema@._attach(tbl, 'names', rule_name, 'names_' || columns[1], nums, mode,
		jsonb_build_object('style', style, 'repair_legacy', repair_legacy, 'nnames', n));
END
$$;
COMMENT ON FUNCTION @extschema@.attach_names_rule(regclass, name[], text, text, boolean, name[], name) IS
  'Attach the names rule: the name columns are stored in canonical form (vn_normalize in the given tone style, after legacy repair if asked); the input is kept in the matching original column when given. Returns the rule number.';

CREATE FUNCTION @extschema@.detach_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
	t text;
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	PERFORM @extschema@._drop_triggers(r.rule_id);
	DELETE FROM @extschema@.rule g WHERE g.rule_id = r.rule_id;
	DELETE FROM @extschema@.id_keys k WHERE k.rule_id = r.rule_id;
	DELETE FROM @extschema@.household_heads h WHERE h.rule_id = r.rule_id;
	PERFORM @extschema@._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.detach_rule(integer) IS
  'Detach a rule: drop its triggers and its registration (violations already logged stay).';

CREATE FUNCTION @extschema@.detach_rule(tbl regclass, rule_name name) RETURNS void
	LANGUAGE sql
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT @extschema@.detach_rule(@extschema@._rule_by_name(tbl, rule_name))
$$;
COMMENT ON FUNCTION @extschema@.detach_rule(regclass, name) IS
  'Detach a rule given by table and rule name.';

CREATE FUNCTION @extschema@.set_rule_mode(rule_id integer, mode text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	PERFORM @extschema@._check_mode(mode);
	UPDATE @extschema@.rule g SET mode = set_rule_mode.mode WHERE g.rule_id = r.rule_id;
	PERFORM @extschema@._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.set_rule_mode(integer, text) IS
  'Change a rule''s mode: enforce (raise), warn (WARNING) or log (population_rules.violations).';

CREATE FUNCTION @extschema@.set_rule_mode(tbl regclass, rule_name name, mode text) RETURNS void
	LANGUAGE sql
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT @extschema@.set_rule_mode(@extschema@._rule_by_name(tbl, rule_name), mode)
$$;
COMMENT ON FUNCTION @extschema@.set_rule_mode(regclass, name, text) IS
  'Change the mode of a rule given by table and rule name.';

CREATE FUNCTION @extschema@.rebuild_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.tbl);
	-- the triggers again, in the form the table now needs (a plain table
	-- attached as a partition needs row triggers)
	PERFORM @extschema@._drop_triggers(r.rule_id);
	PERFORM @extschema@._create_triggers(r.rule_id);
	PERFORM @extschema@._populate(r.rule_id);
	PERFORM @extschema@._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.rebuild_rule(integer) IS
  'Rebuild a rule''s derived table from the table''s rows (after a partition was truncated, detached or dropped, or a partial restore).';

-- The violations of the rows already in the table, as (row_key, detail).
CREATE FUNCTION @extschema@._violations_of(r @extschema@.rule)
	RETURNS TABLE (row_key text, detail text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n name[] := @extschema@._colnames(r.tbl, r.attnums);
	rk text := @extschema@._row_key_expr(r.tbl);
	k text;
	e record;
	birth text;
BEGIN
	IF r.kind = 'unique_id' THEN
		k := @extschema@._key_expr(r.tbl, r.attnums[1], false);
		RETURN QUERY EXECUTE format(
			'SELECT %s, format(''malformed personal id number: value (%%s)=(%%s) is not 12 digits'', %L, %I)'
			' FROM %s WHERE %I IS NOT NULL AND (%s) IS NULL ORDER BY 1',
			rk, n[1], n[1], r.tbl, n[1], k);
		RETURN QUERY EXECUTE format(
			'SELECT ref, format(''duplicate personal id number: key (%%s)=(%%s) is held by %%s rows: %%s'', %L,'
			'  lpad(k::text, 12, ''0''), c, refs)'
			' FROM (SELECT k, ref, count(*) OVER w AS c, string_agg(ref, '', '') OVER w AS refs'
			'       FROM (SELECT %s AS k, %s AS ref FROM %s) s WHERE k IS NOT NULL'
			'       WINDOW w AS (PARTITION BY k ORDER BY ref ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) d'
			' WHERE c > 1 ORDER BY 1',
			n[1], k, rk, r.tbl);
		IF r.options->>'strictness' <> 'off' THEN
			birth := CASE
				WHEN r.attnums[3] = 0 THEN 'NULL::integer'
				WHEN (SELECT a.atttypid FROM pg_attribute a WHERE a.attrelid = r.tbl AND a.attnum = r.attnums[3])
				     IN ('smallint'::regtype, 'integer'::regtype) THEN format('%I::integer', n[3])
				WHEN (SELECT a.atttypid FROM pg_attribute a WHERE a.attrelid = r.tbl AND a.attnum = r.attnums[3])
				     IN ('text'::regtype, 'character varying'::regtype)
				     THEN format('CASE WHEN %1$I ~ ''^[0-9]{4}'' THEN left(%1$I, 4)::integer END', n[3])
				ELSE format('extract(year FROM %I)::integer', n[3]) END;
			RETURN QUERY EXECUTE format(
				'SELECT ref, ''personal id number does not match the row: '' || p FROM'
				' (SELECT %s AS ref, @extschema@.id_structure_problems(%s, %s, %s, %s) AS p FROM %s) s'
				' WHERE p IS NOT NULL ORDER BY 1',
				rk, k, birth,
				CASE WHEN r.attnums[4] = 0 THEN 'NULL' ELSE format('%I::text', n[4]) END,
				CASE WHEN r.attnums[5] = 0 THEN 'NULL' ELSE format('%I::text', n[5]) END,
				r.tbl);
		END IF;
		IF r.attnums[2] <> 0 THEN
			RETURN QUERY EXECUTE format(
				'SELECT %s, format(''malformed legacy id number: value (%%s)=(%%s) is not 9 digits'', %L, %I)'
				' FROM %s WHERE %I IS NOT NULL AND (%s) IS NULL ORDER BY 1',
				rk, n[2], n[2], r.tbl, n[2], @extschema@._key_expr(r.tbl, r.attnums[2], true));
			RETURN QUERY EXECUTE format(
				'SELECT NULL::text, format(''legacy id number %%s is held by %%s persons'', lpad(lk::text, 9, ''0''), c)'
				' FROM (SELECT lk, count(DISTINCT coalesce(pk, -1)) AS c FROM'
				'   (SELECT %s AS lk, %s AS pk FROM %s) s WHERE lk IS NOT NULL GROUP BY lk) d'
				' WHERE c > 1 ORDER BY lk',
				@extschema@._key_expr(r.tbl, r.attnums[2], true), k, r.tbl);
		END IF;
	ELSIF r.kind = 'household_head' THEN
		SELECT * INTO e FROM @extschema@._household_exprs(r);
		RETURN QUERY EXECUTE format(
			'SELECT format(''(%%s)=(%%s)'', %L, h),'
			' CASE WHEN hd = 0 THEN format(''household has no living head among %%s living members'', m)'
			'      ELSE format(''household has %%s living heads among %%s living members'', hd, m) END'
			' FROM (SELECT h, count(*) FILTER (WHERE a) AS m, count(*) FILTER (WHERE a AND hd) AS hd'
			'       FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h) d'
			' WHERE m > 0 AND hd <> 1 ORDER BY h',
			quote_ident(n[1]), e.household, e.alive, e.head, r.tbl);
	ELSE
		FOR i IN 1..(r.options->>'nnames')::integer LOOP
			RETURN QUERY EXECUTE format(
				'SELECT %s, format(''name not in canonical form: column %%s: %%L should be %%L'', %L, %I, c)'
				' FROM (SELECT *, @extschema@.vn_normalize(%s, %L) AS c FROM %s) s'
				' WHERE %I IS DISTINCT FROM c ORDER BY 1',
				rk, quote_ident(n[i]), n[i],
				CASE WHEN (r.options->>'repair_legacy')::boolean
				     THEN format('@extschema@.vn_repair_legacy(%I)', n[i]) ELSE quote_ident(n[i]) END,
				r.options->>'style', r.tbl, n[i]);
		END LOOP;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._violations_of(@extschema@.rule) IS
  'Internal: the violations of a rule among the rows already in its table.';

CREATE FUNCTION @extschema@.validate_rule(rule_id integer, log boolean DEFAULT false)
	RETURNS TABLE (row_key text, detail text)
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
	role name := (SELECT rolname FROM pg_roles WHERE oid = @extschema@._invoking_role());
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	FOR row_key, detail IN SELECT v.row_key, v.detail FROM @extschema@._violations_of(r) v LOOP
		IF log THEN
			INSERT INTO @extschema@.violations (rule_id, rule_name, tbl, table_name, row_key, detail, role)
			VALUES (r.rule_id, r.rule_name, r.tbl, r.tbl::text, validate_rule.row_key,
			        validate_rule.detail, role);
		END IF;
		RETURN NEXT;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.validate_rule(integer, boolean) IS
  'Scan the rows already in a rule''s table, like VALIDATE CONSTRAINT, and return each violation (and log it when log is true); changes no row.';

CREATE FUNCTION @extschema@.purge_violations(older_than interval DEFAULT '0'::interval)
	RETURNS bigint
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	caller oid := @extschema@._invoking_role();
	n bigint;
BEGIN
	-- A role purges the entries of the tables it owns; the extension's
	-- owner (and superusers) purge everything, dropped tables included.
	DELETE FROM @extschema@.violations v
	 WHERE v.at < clock_timestamp() - older_than
	   AND (pg_has_role(caller, (SELECT e.extowner FROM pg_extension e WHERE e.extname = 'population_rules'), 'USAGE')
	        OR pg_has_role(caller, (SELECT c.relowner FROM pg_class c WHERE c.oid = v.tbl), 'USAGE'));
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.purge_violations(interval) IS
  'Delete logged violations older than the given age (all by default) of the tables the caller owns; returns how many.';

CREATE VIEW @extschema@.rules AS
SELECT r.tbl AS table_name,
       r.rule_name,
       r.rule_id,
       r.kind,
       (SELECT jsonb_object_agg(role, col ORDER BY ord)
          FROM (SELECT u.ord,
                       CASE r.kind
                         WHEN 'unique_id' THEN (ARRAY['id', 'legacy_id', 'birth_date', 'sex', 'birth_province'])[u.ord]
                         WHEN 'household_head' THEN (ARRAY['household', 'head', 'death_date'])[u.ord]
                         ELSE CASE WHEN u.ord <= (r.options->>'nnames')::integer
                                   THEN 'name_' || u.ord
                                   ELSE 'original_' || (u.ord - (r.options->>'nnames')::integer) END
                       END AS role,
                       a.attname AS col
                  FROM unnest(r.attnums) WITH ORDINALITY AS u(attnum, ord)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.tbl AND a.attnum = u.attnum
                 WHERE u.attnum > 0) c) AS columns,
       r.mode,
       r.options,
       r.since,
       r.by_whom
  FROM @extschema@.rule r;
COMMENT ON VIEW @extschema@.rules IS
  'Every rule attached to a table: table, rule, columns (by role, current names), mode, options, since, by whom.';
GRANT SELECT ON @extschema@.rules TO PUBLIC;

-- ---------------------------------------------------------------------
-- Keeping the registry in step with DDL
-- ---------------------------------------------------------------------

-- Dropped tables lose their rules; dropping a column a rule uses is refused.
CREATE FUNCTION @extschema@._on_sql_drop() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	d record;
	r record;
BEGIN
	FOR d IN SELECT * FROM pg_event_trigger_dropped_objects()
	          WHERE object_type IN ('table', 'table column') LOOP
		IF d.object_type = 'table' THEN
			DELETE FROM @extschema@.id_keys k USING @extschema@.rule g
			 WHERE g.tbl = d.objid AND k.rule_id = g.rule_id;
			DELETE FROM @extschema@.household_heads h USING @extschema@.rule g
			 WHERE g.tbl = d.objid AND h.rule_id = g.rule_id;
			DELETE FROM @extschema@.rule g WHERE g.tbl = d.objid;
		ELSE
			SELECT g.rule_id, g.rule_name INTO r FROM @extschema@.rule g
			 WHERE g.tbl = d.objid AND d.objsubid = ANY (g.attnums)
			   AND NOT EXISTS (SELECT 1 FROM pg_event_trigger_dropped_objects() t
			                    WHERE t.object_type = 'table' AND t.objid = d.objid);
			IF FOUND THEN
				RAISE EXCEPTION 'cannot drop column % because rule "%" uses it', d.object_identity, r.rule_name
					USING ERRCODE = 'dependent_objects_still_exist',
						DETAIL = format('Column %s is one of the columns that rule number %s checks.',
							d.object_identity, r.rule_id),
						HINT = 'Detach the rule first with population_rules.detach_rule().';
			END IF;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._on_sql_drop() IS
  'Event trigger: remove the rules of dropped tables; refuse to drop a column a rule uses.';

CREATE EVENT TRIGGER population_rules_sql_drop ON sql_drop
	EXECUTE FUNCTION @extschema@._on_sql_drop();
COMMENT ON EVENT TRIGGER population_rules_sql_drop IS
  'Removes the rules of dropped tables and refuses to drop a column a rule uses.';

-- Renamed columns: keep the registry's names in step (the rules themselves
-- work by column number and need nothing).
CREATE FUNCTION @extschema@._on_ddl_end() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	cmd record;
	gr @extschema@.rule;
	attached regclass;
	retyped integer[];
	rebuild boolean := false;
	typ text;
	types text[];
BEGIN
	UPDATE @extschema@.rule g SET colnames = @extschema@._colnames(g.tbl, g.attnums)
	 WHERE g.tbl IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
	                  WHERE c.classid = 'pg_class'::regclass)
	   AND g.colnames IS DISTINCT FROM @extschema@._colnames(g.tbl, g.attnums);
	-- A guarded plain table attached as a partition (ALTER TABLE parent
	-- ATTACH PARTITION it): rows routed through the parent would not reach
	-- its statement triggers, so its rules get row triggers instead.
	FOR rid IN SELECT g.rule_id FROM @extschema@.rule g
	             JOIN pg_class c ON c.oid = g.tbl
	            WHERE c.relispartition AND g.kind IN ('unique_id', 'household_head')
	              AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = g.tbl
	                           AND t.tgname = g.rule_name || ' update')
	LOOP
		PERFORM @extschema@._drop_triggers(rid);
		PERFORM @extschema@._create_triggers(rid);
		PERFORM @extschema@._invalidate((SELECT g.tbl FROM @extschema@.rule g WHERE g.rule_id = rid));
	END LOOP;
	-- ALTER COLUMN ... TYPE rewrites a column's values and ATTACH PARTITION
	-- brings rows in, neither through the rules' triggers: check that the
	-- rules can still read their columns, and rebuild their derived tables.
	-- The rules concerned: of the altered table, of its partitions (an
	-- ALTER COLUMN ... TYPE recurses to them) and, for an ATTACH, of the
	-- tables above it (a partition of a partition is theirs too).  The
	-- attached table's own rules already count its rows.
	FOR cmd IN SELECT d.objid, d.command FROM pg_event_trigger_ddl_commands() d
	          WHERE d.classid = 'pg_class'::regclass AND d.command_tag = 'ALTER TABLE' LOOP
		attached := @extschema@._attached_partition(cmd.command);
		FOR gr IN SELECT * FROM @extschema@.rule g
		           WHERE g.tbl = cmd.objid
		              OR g.tbl IN (SELECT t.relid FROM pg_partition_tree(cmd.objid) t
		                           WHERE attached IS NULL OR t.relid <> attached)
		              OR (attached IS NOT NULL
		                  AND g.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t))
		           ORDER BY g.rule_id LOOP
			retyped := @extschema@._retyped_columns(cmd.command, gr.tbl);
			FOR i IN 1..cardinality(gr.attnums) LOOP
				CONTINUE WHEN NOT gr.attnums[i] = ANY (retyped);
				SELECT format_type(a.atttypid, NULL) INTO typ FROM pg_attribute a
				 WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[i];
				types := @extschema@._column_types(gr.kind, i);
				IF NOT typ = ANY (types) THEN
					RAISE EXCEPTION 'cannot alter type of column "%" because rule "%" uses it', gr.colnames[i], gr.rule_name
						USING ERRCODE = 'dependent_objects_still_exist',
							DETAIL = format('The rule reads column "%s" of table %s and cannot read type %s.',
								gr.colnames[i], gr.tbl, typ),
							HINT = format('Accepted types: %s. Or detach the rule first with population_rules.detach_rule().',
								array_to_string(types, ', '));
				END IF;
				rebuild := true;
			END LOOP;
			IF gr.kind = 'household_head' AND gr.attnums[2] = ANY (retyped) THEN
				UPDATE @extschema@.rule r
				   SET options = r.options || jsonb_build_object('head_is_bool',
				       (SELECT a.atttypid = 'boolean'::regtype FROM pg_attribute a
				         WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[2]))
				 WHERE r.rule_id = gr.rule_id;
			END IF;
			IF gr.kind <> 'names' AND rebuild THEN
				EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', gr.tbl);
				PERFORM @extschema@._populate(gr.rule_id);
			ELSIF gr.kind <> 'names' AND attached IS NOT NULL
			      AND (gr.tbl = cmd.objid
			           OR gr.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t)) THEN
				PERFORM @extschema@._add_rows(gr.rule_id, attached);
			END IF;
			PERFORM @extschema@._invalidate(gr.tbl);
			rebuild := false;
		END LOOP;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._on_ddl_end() IS
  'Event trigger: keep the registry''s column names in step with renames; give rules of a table attached as a partition row triggers; after ALTER COLUMN ... TYPE of a rule''s column (refused for a type the rule cannot read) rebuild the rule''s derived table; after ATTACH PARTITION, add the partition''s rows to it.';

CREATE EVENT TRIGGER population_rules_ddl_end ON ddl_command_end
	WHEN TAG IN ('ALTER TABLE')
	EXECUTE FUNCTION @extschema@._on_ddl_end();
COMMENT ON EVENT TRIGGER population_rules_ddl_end IS
  'Keeps the rule registry in step with ALTER TABLE: renamed columns, tables attached as partitions.';

-- After pg_restore the registry's rows arrive with the column numbers of
-- the old database; a table recreated by pg_dump has no dropped columns, so
-- numbers may differ: find the columns again by name.
CREATE FUNCTION @extschema@._on_registry_insert() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	fixed smallint[] := '{}';
	num smallint;
BEGIN
	FOR i IN 1..cardinality(NEW.attnums) LOOP
		num := NEW.attnums[i];
		IF NEW.colnames[i] IS NOT NULL THEN
			SELECT a.attnum INTO num FROM pg_attribute a
			 WHERE a.attrelid = NEW.tbl AND a.attname = NEW.colnames[i] AND NOT a.attisdropped;
			num := coalesce(num, NEW.attnums[i]);
		END IF;
		fixed := fixed || num;
	END LOOP;
	NEW.attnums := fixed;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@._on_registry_insert() IS
  'Trigger on the registry: resolve column numbers by name for rows loaded by pg_restore.';

CREATE TRIGGER resolve_columns BEFORE INSERT ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@._on_registry_insert();

-- Internal functions are not part of the API.
REVOKE ALL ON FUNCTION @extschema@._register(regclass, text, name, text, smallint[], text, jsonb),
	@extschema@._attach(regclass, text, name, text, smallint[], text, jsonb),
	@extschema@._populate(integer),
	@extschema@._create_triggers(integer),
	@extschema@._drop_triggers(integer),
	@extschema@._invalidate(regclass),
	@extschema@._retyped_columns(pg_ddl_command, regclass),
	@extschema@._attached_partition(pg_ddl_command),
	@extschema@._add_rows(integer, regclass)
	FROM PUBLIC;
-- population_rules install script, piece 40: the source contract for views.
--
-- The DBA registers each source relation once per dataset, with a mapping
-- from canonical column names to the relation's own columns.  The views are
-- generated from these registrations.  The catalog is the extension's (dumped
-- with pg_extension_config_dump) and is not writable by other roles: every
-- role may read it, and writes go through register_source and
-- unregister_source, SECURITY DEFINER functions that check that the calling
-- role (@extschema@._invoking_role(), as in the rules API) owns the relation.
-- A trigger validates every row however it is written.

-- The canonical columns of each kind of source: static, part of the contract.
CREATE TABLE @extschema@.source_column (
    kind text NOT NULL,
    column_name text NOT NULL,
    position integer NOT NULL,
    required boolean NOT NULL,
    expected_type text NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (kind, column_name),
    UNIQUE (kind, position)
);
COMMENT ON TABLE @extschema@.source_column IS
    'The canonical columns of each kind of source relation (person, id_document, sim_subscription, insurance_record, civil_event): the names a registration maps to the relation''s own columns';

INSERT INTO @extschema@.source_column VALUES
    ('person', 'person_key', 1, true, 'any', 'Key of the person row, unique in the relation'),
    ('person', 'personal_id', 2, false, 'text', '12-digit personal identification number (số định danh cá nhân)'),
    ('person', 'legacy_id', 3, false, 'text', '9-digit legacy id number (CMND) last held'),
    ('person', 'full_name', 4, false, 'text', 'Full name: family, middle and given names'),
    ('person', 'birth_date', 5, false, 'date', 'Date of birth; only its year or month may be known (see birth_date_precision)'),
    ('person', 'birth_date_precision', 6, false, 'text', 'How much of birth_date is known: day, month or year'),
    ('person', 'sex', 7, false, 'text', 'M (male) or F (female)'),
    ('person', 'birth_province', 8, false, 'text', '3-digit code of the province of birth registration (the id-number code)'),
    ('person', 'household_id', 9, false, 'any', 'Key of the household (hộ) the person is registered in'),
    ('person', 'relation_to_head', 10, false, 'text', 'Relation to the household head, free text (chủ hộ, vợ, con, ...)'),
    ('person', 'commune_code', 11, false, 'text', '5-digit GSO code of the commune of residence'),
    ('person', 'resident', 12, false, 'boolean', 'Whether the residence registration is still active'),
    ('person', 'death_date', 13, false, 'date', 'Date of death, NULL while alive'),
    ('person', 'biometric_hash', 14, false, 'text', 'Hash of the biometric profile (face, fingerprints, iris)'),
    ('id_document', 'person_key', 1, true, 'any', 'Key of the person (person.person_key) the document belongs to'),
    ('id_document', 'number', 2, true, 'text', 'Document number: 9 or 12 digits'),
    ('id_document', 'kind', 3, false, 'text', 'cmnd9 (9-digit CMND), cmnd12 (12-digit CMND), cccd, or cancuoc (căn cước card, from 1 July 2024)'),
    ('id_document', 'issue_date', 4, false, 'date', 'Date of issue'),
    ('id_document', 'expiry_date', 5, false, 'date', 'Date of expiry, NULL for cards valid for life'),
    ('id_document', 'status', 6, false, 'text', 'active, superseded, expired, cancelled or lost'),
    ('id_document', 'superseded_by', 7, false, 'text', 'Number of the document that replaced this one'),
    ('sim_subscription', 'phone_number', 1, true, 'text', 'Subscriber phone number, 10 digits'),
    ('sim_subscription', 'subscriber_id', 2, false, 'text', 'Id number the subscription is registered with'),
    ('sim_subscription', 'subscriber_name', 3, false, 'text', 'Name the subscription is registered with'),
    ('sim_subscription', 'birth_date', 4, false, 'date', 'Birth date the subscription is registered with'),
    ('sim_subscription', 'carrier', 5, false, 'text', 'Mobile network operator'),
    ('sim_subscription', 'active', 6, false, 'boolean', 'Whether the subscription is active'),
    ('insurance_record', 'insurance_code', 1, true, 'text', 'Social-insurance code'),
    ('insurance_record', 'id_number', 2, false, 'text', 'Personal id number of the insured'),
    ('insurance_record', 'full_name', 3, false, 'text', 'Name of the insured'),
    ('insurance_record', 'birth_date', 4, false, 'date', 'Birth date of the insured'),
    ('insurance_record', 'sex', 5, false, 'text', 'Sex of the insured: M or F'),
    ('insurance_record', 'active', 6, false, 'boolean', 'Whether the record is active'),
    ('civil_event', 'kind', 1, true, 'text', 'birth or death'),
    ('civil_event', 'id_number', 2, false, 'text', 'Personal id number of the person the event is about'),
    ('civil_event', 'full_name', 3, false, 'text', 'Name of that person'),
    ('civil_event', 'birth_date', 4, false, 'date', 'Birth date of that person'),
    ('civil_event', 'event_date', 5, false, 'date', 'Date of the birth or death'),
    ('civil_event', 'place', 6, false, 'text', 'Commune code where the event was registered');
GRANT SELECT ON @extschema@.source_column TO PUBLIC;

-- The registrations.
CREATE TABLE @extschema@.source (
    dataset name NOT NULL DEFAULT 'default',
    kind text NOT NULL
        CHECK (kind IN ('person', 'id_document', 'sim_subscription',
                        'insurance_record', 'civil_event')),
    relation regclass NOT NULL,
    mapping jsonb NOT NULL DEFAULT '{}',
    missing text[] NOT NULL DEFAULT '{}',
    registered_by name NOT NULL DEFAULT current_user,
    registered_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (dataset, kind)
);
COMMENT ON TABLE @extschema@.source IS
    'Registered source relations: per dataset, one relation of each kind, the mapping of canonical columns to its own columns, and the canonical columns it lacks; written through register_source and unregister_source';
COMMENT ON COLUMN @extschema@.source.mapping IS
    'Canonical column name -> the relation''s own column name, for every mapped canonical column';
COMMENT ON COLUMN @extschema@.source.missing IS
    'Canonical columns of the kind that the relation does not provide; views that need them are skipped';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.source', '');

-- True when the role calling into the API may act as the owner of the
-- relation.  The rules API's _check_owner cannot be reused as is: it accepts
-- only tables (sources may also be views, materialized views and foreign
-- tables) and its messages speak of rules; the caller is found the same way.
CREATE FUNCTION @extschema@.source_owned(rel regclass) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT pg_catalog.pg_has_role(@extschema@._invoking_role(), c.relowner, 'USAGE')
                       FROM pg_catalog.pg_class c WHERE c.oid = rel), false)
$$;
COMMENT ON FUNCTION @extschema@.source_owned(regclass) IS
    'Whether the role calling into the API owns the relation (is a member of its owning role): the condition for registering or unregistering it';

-- Validate a registration row and compute its missing columns.  Runs for
-- every INSERT and UPDATE of the catalog, so direct writes are checked too.
CREATE FUNCTION @extschema@.source_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    relkind "char";
    persistence "char";
    key text;
    val jsonb;
    canon text[];
    bad text;
BEGIN
    SELECT c.relkind, c.relpersistence INTO relkind, persistence FROM pg_class c WHERE c.oid = NEW.relation;
    IF relkind IS NULL THEN
        RAISE EXCEPTION 'relation with OID % does not exist', NEW.relation::oid
            USING ERRCODE = 'undefined_table',
                  DETAIL = format('The registration names relation OID %s, which no relation has.', NEW.relation::oid),
                  HINT = 'Register an existing relation, by name, through population_rules.register_source.';
    END IF;
    IF relkind NOT IN ('r', 'p', 'v', 'm', 'f') THEN
        RAISE EXCEPTION '% is not a table, view, materialized view or foreign table',
            NEW.relation::text
            USING ERRCODE = 'wrong_object_type',
                  DETAIL = format('%s is %s.', NEW.relation::text,
                                  CASE relkind WHEN 'i' THEN 'an index' WHEN 'I' THEN 'a partitioned index'
                                               WHEN 'S' THEN 'a sequence' WHEN 'c' THEN 'a composite type'
                                               WHEN 't' THEN 'a TOAST table'
                                               ELSE format('a relation of kind %L', relkind::text) END),
                  HINT = 'Register the table that holds the rows.';
    END IF;
    -- A temporary relation goes at the end of its session without firing
    -- the drop event trigger: its registration would be left naming an OID
    -- that another relation may later take.
    IF persistence = 't' THEN
        RAISE EXCEPTION 'cannot register temporary relation %', NEW.relation::text
            USING ERRCODE = 'wrong_object_type',
                  DETAIL = format('%s is a temporary relation: it disappears at the end of the session, and views over it could only be temporary.',
                                  NEW.relation::text),
                  HINT = 'Register a permanent or unlogged table.';
    END IF;
    IF jsonb_typeof(NEW.mapping) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'column mapping must be a JSON object'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The mapping given is %s.', coalesce(NEW.mapping::text, 'NULL')),
                  HINT = 'Give an object such as {"person_key": "id", "full_name": "ho_ten"}.';
    END IF;
    SELECT array_agg(sc.column_name ORDER BY sc.position) INTO canon
      FROM @extschema@.source_column sc WHERE sc.kind = NEW.kind;
    FOR key, val IN SELECT e.key, e.value FROM jsonb_each(NEW.mapping) e ORDER BY e.key LOOP
        IF NOT key = ANY (canon) THEN
            RAISE EXCEPTION '"%" is not a canonical column of a % source', key, NEW.kind
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = format('The mapping given has the key "%s": a mapping''s keys are canonical column names, its values the relation''s own column names.', key),
                      HINT = format('The canonical columns of %s are: %s.', NEW.kind,
                                    array_to_string(canon, ', '));
        END IF;
        IF jsonb_typeof(val) <> 'string' THEN
            RAISE EXCEPTION 'canonical column "%" must be mapped to a column name', key
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = format('It is mapped to %s.', val::text),
                      HINT = 'Give the column name as a JSON string; leave the key out to omit the column.';
        END IF;
        IF NOT EXISTS (SELECT FROM pg_attribute a
                        WHERE a.attrelid = NEW.relation AND a.attname = val #>> '{}'
                          AND a.attnum > 0 AND NOT a.attisdropped) THEN
            RAISE EXCEPTION 'column "%" of relation % does not exist', val #>> '{}', NEW.relation::text
                USING ERRCODE = 'undefined_column',
                      DETAIL = format('The mapping gives it for canonical column "%s".', key),
                      HINT = format('Map "%s" to an existing column of %s, or map it to null to omit it.',
                                    key, NEW.relation::text);
        END IF;
    END LOOP;
    SELECT string_agg(quote_ident(sc.column_name), ', ' ORDER BY sc.position) INTO bad
      FROM @extschema@.source_column sc
     WHERE sc.kind = NEW.kind AND sc.required AND NOT NEW.mapping ? sc.column_name;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'a % source needs column %', NEW.kind, bad
            USING ERRCODE = 'undefined_column',
                  DETAIL = format('Relation %s has no column of that name and the mapping does not give one.',
                                  NEW.relation::text),
                  HINT = format('Map it: {"%s": "your_column"}.', split_part(bad, ',', 1));
    END IF;
    NEW.missing := coalesce((SELECT array_agg(sc.column_name ORDER BY sc.position)
                               FROM @extschema@.source_column sc
                              WHERE sc.kind = NEW.kind AND NOT NEW.mapping ? sc.column_name),
                            '{}');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.source_check() IS
    'Trigger of the source catalog: checks the relation kind and every mapped column, and records the missing canonical columns';

CREATE TRIGGER source_check BEFORE INSERT OR UPDATE ON @extschema@.source
    FOR EACH ROW EXECUTE FUNCTION @extschema@.source_check();

-- Readable by all, written only through the API (and by superusers).
REVOKE ALL ON @extschema@.source FROM PUBLIC;
GRANT SELECT ON @extschema@.source TO PUBLIC;

-- Register a relation: the mapping names the relation's own column for a
-- canonical column; a canonical column the mapping leaves out is taken from a
-- column of the same name when the relation has one; a key mapped to JSON
-- null omits that column even then.
CREATE FUNCTION @extschema@.register_source(
    kind text, relation regclass, mapping jsonb DEFAULT '{}',
    dataset name DEFAULT 'default', replace boolean DEFAULT false)
RETURNS @extschema@.source
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    caller name := (SELECT r.rolname FROM pg_catalog.pg_roles r
                     WHERE r.oid = @extschema@._invoking_role());
    full_map jsonb;
    result @extschema@.source;
BEGIN
    IF kind IS NULL OR relation IS NULL OR dataset IS NULL OR replace IS NULL THEN
        RAISE EXCEPTION 'kind, relation, dataset and replace must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = format('These arguments are NULL: %s.',
                                  array_to_string(ARRAY[CASE WHEN kind IS NULL THEN 'kind' END,
                                                        CASE WHEN relation IS NULL THEN 'relation' END,
                                                        CASE WHEN dataset IS NULL THEN 'dataset' END,
                                                        CASE WHEN replace IS NULL THEN 'replace' END], ', ')),
                  HINT = 'Pass a kind and a relation; leave dataset (''default'') and replace (false) out to take their defaults.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.source_column sc WHERE sc.kind = register_source.kind) THEN
        RAISE EXCEPTION 'unknown kind of source: "%"', kind
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The kind given is %L, which is not a kind of source.', kind),
                  HINT = 'The kinds are person, id_document, sim_subscription, insurance_record and civil_event.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = relation) THEN
        RAISE EXCEPTION 'relation with OID % does not exist', relation::oid
            USING ERRCODE = 'undefined_table',
                  DETAIL = format('No relation has OID %s: the relation was dropped, or the number is not a relation''s OID.', relation::oid),
                  HINT = 'Pass the relation by name, such as ''myschema.persons''.';
    END IF;
    IF NOT @extschema@.source_owned(relation) THEN
        RAISE EXCEPTION 'must be owner of relation %', relation::text
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Role %I neither owns relation %s nor is a member of its owner %I.',
                                  caller, relation::text,
                                  (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                    WHERE c.oid = relation)),
                  HINT = 'Only the owner of a relation may register it as a source.';
    END IF;
    -- A dataset's views read all its relations together, with the privileges
    -- of whoever queries them (functions in a view run as the querying
    -- role): so only a role that owns the dataset's other relations may add
    -- to it, or a role could plant a relation in someone else's dataset.
    IF EXISTS (SELECT FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                WHERE s.dataset = register_source.dataset AND s.kind <> register_source.kind
                  AND NOT @extschema@.source_owned(s.relation)) THEN
        RAISE EXCEPTION 'must be owner of the relations of dataset "%"', dataset
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Dataset "%s" holds %s, which role %I does not own; the views of a dataset read all its relations with the privileges of whoever queries them.',
                                  dataset,
                                  (SELECT string_agg(format('%s (%s)', s.relation::text, s.kind), ', ' ORDER BY s.kind)
                                     FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                                    WHERE s.dataset = register_source.dataset AND s.kind <> register_source.kind
                                      AND NOT @extschema@.source_owned(s.relation)),
                                  caller),
                  HINT = 'Register into a dataset of your own (the dataset argument), or ask the owner of the dataset''s relations to register it.';
    END IF;
    IF mapping IS NULL OR jsonb_typeof(mapping) <> 'object' THEN
        RAISE EXCEPTION 'column mapping must be a JSON object'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The mapping given is %s.', coalesce(mapping::text, 'NULL')),
                  HINT = 'Give an object such as {"person_key": "id", "full_name": "ho_ten"}.';
    END IF;
    -- Same-name columns fill the gaps; explicit nulls are dropped.
    SELECT coalesce(jsonb_object_agg(sc.column_name,
                                     coalesce(mapping -> sc.column_name, to_jsonb(sc.column_name::text))),
                    '{}')
      INTO full_map
      FROM @extschema@.source_column sc
     WHERE sc.kind = register_source.kind
       AND (CASE WHEN mapping ? sc.column_name
                 THEN jsonb_typeof(mapping -> sc.column_name) <> 'null'
                 ELSE EXISTS (SELECT FROM pg_attribute a
                               WHERE a.attrelid = relation AND a.attname = sc.column_name
                                 AND a.attnum > 0 AND NOT a.attisdropped) END);
    -- Keys that are not canonical columns are kept so that the check rejects them.
    full_map := full_map || coalesce((SELECT jsonb_object_agg(e.key, e.value)
                                        FROM jsonb_each(mapping) e
                                       WHERE NOT EXISTS (SELECT FROM @extschema@.source_column sc
                                                          WHERE sc.kind = register_source.kind
                                                            AND sc.column_name = e.key)), '{}');
    IF EXISTS (SELECT FROM @extschema@.source s
                WHERE s.dataset = register_source.dataset AND s.kind = register_source.kind) THEN
        IF NOT replace THEN
            RAISE EXCEPTION 'a % source is already registered in dataset "%"', kind, dataset
                USING ERRCODE = 'duplicate_object',
                      DETAIL = format('It is %s.', (SELECT s.relation::text FROM @extschema@.source s
                                                     WHERE s.dataset = register_source.dataset
                                                       AND s.kind = register_source.kind)),
                      HINT = 'Call unregister_source first, or pass replace => true.';
        END IF;
        IF NOT @extschema@.source_owned((SELECT s.relation FROM @extschema@.source s
                                          WHERE s.dataset = register_source.dataset
                                            AND s.kind = register_source.kind))
           AND EXISTS (SELECT FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                        WHERE s.dataset = register_source.dataset AND s.kind = register_source.kind) THEN
            RAISE EXCEPTION 'must be owner of the relation registered as % in dataset "%"', kind, dataset
                USING ERRCODE = 'insufficient_privilege',
                      DETAIL = (SELECT format('The %s source of dataset "%s" is %s, owned by %I; role %I is not a member of that role.',
                                             register_source.kind, register_source.dataset,
                                             s.relation::text, r.rolname, caller)
                                  FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                                  JOIN pg_roles r ON r.oid = c.relowner
                                 WHERE s.dataset = register_source.dataset AND s.kind = register_source.kind),
                      HINT = 'Ask the owner of the registered relation to replace or unregister it.';
        END IF;
        UPDATE @extschema@.source s
           SET relation = register_source.relation, mapping = full_map,
               registered_by = caller, registered_at = now()
         WHERE s.dataset = register_source.dataset AND s.kind = register_source.kind
        RETURNING s.* INTO result;
    ELSE
        INSERT INTO @extschema@.source AS s (dataset, kind, relation, mapping, registered_by)
        VALUES (dataset, kind, relation, full_map, caller)
        RETURNING s.* INTO result;
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION @extschema@.register_source(text, regclass, jsonb, name, boolean) IS
    'Register a relation as the source of one kind (person, id_document, sim_subscription, insurance_record, civil_event) in a dataset, mapping canonical columns to its own; only its owner may';

CREATE FUNCTION @extschema@.unregister_source(kind text, dataset name DEFAULT 'default')
RETURNS regclass
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rel regclass;
BEGIN
    SELECT s.relation INTO rel FROM @extschema@.source s
     WHERE s.dataset = unregister_source.dataset AND s.kind = unregister_source.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no % source is registered in dataset "%"', kind, dataset
            USING ERRCODE = 'undefined_object',
                  DETAIL = coalesce((SELECT format('Dataset "%s" registers only these kinds: %s.',
                                                   unregister_source.dataset,
                                                   string_agg(s.kind, ', ' ORDER BY s.kind))
                                       FROM @extschema@.source s
                                      WHERE s.dataset = unregister_source.dataset
                                     HAVING count(*) > 0),
                                    format('Dataset "%s" has no registration of any kind.',
                                           unregister_source.dataset)),
                  HINT = 'The registrations are listed in population_rules.sources.';
    END IF;
    -- A registration whose relation is gone may be removed by anyone.
    IF NOT @extschema@.source_owned(rel)
       AND EXISTS (SELECT FROM pg_class c WHERE c.oid = rel) THEN
        RAISE EXCEPTION 'must be owner of relation %', rel::text
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Role %I neither owns relation %s nor is a member of its owner %I.',
                                  (SELECT r.rolname FROM pg_roles r WHERE r.oid = @extschema@._invoking_role()),
                                  rel::text,
                                  (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                    WHERE c.oid = rel)),
                  HINT = 'Only the owner of a relation may unregister it.';
    END IF;
    DELETE FROM @extschema@.source s
     WHERE s.dataset = unregister_source.dataset AND s.kind = unregister_source.kind;
    RETURN rel;
END
$$;
COMMENT ON FUNCTION @extschema@.unregister_source(text, name) IS
    'Remove the registration of one kind of source from a dataset; returns the relation that was registered';

CREATE VIEW @extschema@.sources AS
SELECT s.dataset, s.kind, s.relation, n.nspname AS schema_name, c.relname AS relation_name,
       s.mapping, s.missing, s.registered_by, s.registered_at
  FROM @extschema@.source s
  LEFT JOIN pg_catalog.pg_class c ON c.oid = s.relation
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace;
COMMENT ON VIEW @extschema@.sources IS
    'The registered source relations, one row per dataset and kind, with their column mapping and missing canonical columns';
GRANT SELECT ON @extschema@.sources TO PUBLIC;

-- Dropping a registered relation removes its registrations.
CREATE FUNCTION @extschema@.source_drop_cleanup() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM @extschema@.source s
     USING pg_event_trigger_dropped_objects() d
     WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
       AND d.objid = s.relation::oid;
END
$$;
COMMENT ON FUNCTION @extschema@.source_drop_cleanup() IS
    'Event trigger function: forget the registrations of dropped relations';
REVOKE EXECUTE ON FUNCTION @extschema@.source_drop_cleanup() FROM PUBLIC;

CREATE EVENT TRIGGER population_rules_source_drop ON sql_drop
    EXECUTE FUNCTION @extschema@.source_drop_cleanup();
COMMENT ON EVENT TRIGGER population_rules_source_drop IS
  'Forgets the view-source registrations of dropped relations.';
-- population_rules install script, piece 41: administrative units.
-- GENERATED by data/make_pieces.py from data/admin_units/*.tsv: do not edit.
-- Source: General Statistics Office lists as published in
-- thanglequoc/vietnamese-provinces-database tag v2.4.1 (MIT): the 63
-- provinces and 10,035 communes in force before the 2025 reform, with the
-- old -> new province map of 2025 (derived from reused commune codes).
-- Static reference data of the extension (not user data, not dumped).

CREATE TABLE @extschema@.pre2025_provinces (
    gso_code text PRIMARY KEY,
    id_code text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_ascii text NOT NULL,
    full_name_vi text NOT NULL,
    unit_type text NOT NULL,
    region text NOT NULL,
    new_gso_code text NOT NULL,
    new_name_vi text NOT NULL
);
COMMENT ON TABLE @extschema@.pre2025_provinces IS
    'The 63 provinces before the 2025 reform (GSO codes; id_code = the 3-digit code of birth registration in personal id numbers) with the province each merged into on 1 July 2025';

INSERT INTO @extschema@.pre2025_provinces (gso_code, id_code, name_vi, name_ascii, full_name_vi, unit_type, region, new_gso_code, new_name_vi)
SELECT (s.f)[1]::text, (s.f)[2]::text, (s.f)[3]::text, (s.f)[4]::text, (s.f)[5]::text, (s.f)[6]::text, (s.f)[7]::text, (s.f)[8]::text, (s.f)[9]::text
  FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.rtrim($tsv$
01	001	Hà Nội	Ha Noi	Thành phố Hà Nội	Thành phố trực thuộc trung ương	Đồng bằng sông Hồng	01	Hà Nội
02	002	Hà Giang	Ha Giang	Tỉnh Hà Giang	Tỉnh	Đông Bắc Bộ	08	Tuyên Quang
04	004	Cao Bằng	Cao Bang	Tỉnh Cao Bằng	Tỉnh	Đông Bắc Bộ	04	Cao Bằng
06	006	Bắc Kạn	Bac Kan	Tỉnh Bắc Kạn	Tỉnh	Đông Bắc Bộ	19	Thái Nguyên
08	008	Tuyên Quang	Tuyen Quang	Tỉnh Tuyên Quang	Tỉnh	Đông Bắc Bộ	08	Tuyên Quang
10	010	Lào Cai	Lao Cai	Tỉnh Lào Cai	Tỉnh	Tây Bắc Bộ	15	Lào Cai
11	011	Điện Biên	Dien Bien	Tỉnh Điện Biên	Tỉnh	Tây Bắc Bộ	11	Điện Biên
12	012	Lai Châu	Lai Chau	Tỉnh Lai Châu	Tỉnh	Tây Bắc Bộ	12	Lai Châu
14	014	Sơn La	Son La	Tỉnh Sơn La	Tỉnh	Tây Bắc Bộ	14	Sơn La
15	015	Yên Bái	Yen Bai	Tỉnh Yên Bái	Tỉnh	Tây Bắc Bộ	15	Lào Cai
17	017	Hoà Bình	Hoa Binh	Tỉnh Hoà Bình	Tỉnh	Tây Bắc Bộ	25	Phú Thọ
19	019	Thái Nguyên	Thai Nguyen	Tỉnh Thái Nguyên	Tỉnh	Đông Bắc Bộ	19	Thái Nguyên
20	020	Lạng Sơn	Lang Son	Tỉnh Lạng Sơn	Tỉnh	Đông Bắc Bộ	20	Lạng Sơn
22	022	Quảng Ninh	Quang Ninh	Tỉnh Quảng Ninh	Tỉnh	Đông Bắc Bộ	22	Quảng Ninh
24	024	Bắc Giang	Bac Giang	Tỉnh Bắc Giang	Tỉnh	Đông Bắc Bộ	24	Bắc Ninh
25	025	Phú Thọ	Phu Tho	Tỉnh Phú Thọ	Tỉnh	Đông Bắc Bộ	25	Phú Thọ
26	026	Vĩnh Phúc	Vinh Phuc	Tỉnh Vĩnh Phúc	Tỉnh	Đồng bằng sông Hồng	25	Phú Thọ
27	027	Bắc Ninh	Bac Ninh	Tỉnh Bắc Ninh	Tỉnh	Đồng bằng sông Hồng	24	Bắc Ninh
30	030	Hải Dương	Hai Duong	Tỉnh Hải Dương	Tỉnh	Đồng bằng sông Hồng	31	Hải Phòng
31	031	Hải Phòng	Hai Phong	Thành phố Hải Phòng	Thành phố trực thuộc trung ương	Đồng bằng sông Hồng	31	Hải Phòng
33	033	Hưng Yên	Hung Yen	Tỉnh Hưng Yên	Tỉnh	Đồng bằng sông Hồng	33	Hưng Yên
34	034	Thái Bình	Thai Binh	Tỉnh Thái Bình	Tỉnh	Đồng bằng sông Hồng	33	Hưng Yên
35	035	Hà Nam	Ha Nam	Tỉnh Hà Nam	Tỉnh	Đồng bằng sông Hồng	37	Ninh Bình
36	036	Nam Định	Nam Dinh	Tỉnh Nam Định	Tỉnh	Đồng bằng sông Hồng	37	Ninh Bình
37	037	Ninh Bình	Ninh Binh	Tỉnh Ninh Bình	Tỉnh	Đồng bằng sông Hồng	37	Ninh Bình
38	038	Thanh Hóa	Thanh Hoa	Tỉnh Thanh Hóa	Tỉnh	Bắc Trung Bộ	38	Thanh Hoá
40	040	Nghệ An	Nghe An	Tỉnh Nghệ An	Tỉnh	Bắc Trung Bộ	40	Nghệ An
42	042	Hà Tĩnh	Ha Tinh	Tỉnh Hà Tĩnh	Tỉnh	Bắc Trung Bộ	42	Hà Tĩnh
44	044	Quảng Bình	Quang Binh	Tỉnh Quảng Bình	Tỉnh	Bắc Trung Bộ	44	Quảng Trị
45	045	Quảng Trị	Quang Tri	Tỉnh Quảng Trị	Tỉnh	Bắc Trung Bộ	44	Quảng Trị
46	046	Huế	Hue	Thành phố Huế	Thành phố trực thuộc trung ương	Bắc Trung Bộ	46	Huế
48	048	Đà Nẵng	Da Nang	Thành phố Đà Nẵng	Thành phố trực thuộc trung ương	Duyên hải Nam Trung Bộ	48	Đà Nẵng
49	049	Quảng Nam	Quang Nam	Tỉnh Quảng Nam	Tỉnh	Duyên hải Nam Trung Bộ	48	Đà Nẵng
51	051	Quảng Ngãi	Quang Ngai	Tỉnh Quảng Ngãi	Tỉnh	Duyên hải Nam Trung Bộ	51	Quảng Ngãi
52	052	Bình Định	Binh Dinh	Tỉnh Bình Định	Tỉnh	Duyên hải Nam Trung Bộ	52	Gia Lai
54	054	Phú Yên	Phu Yen	Tỉnh Phú Yên	Tỉnh	Duyên hải Nam Trung Bộ	66	Đắk Lắk
56	056	Khánh Hòa	Khanh Hoa	Tỉnh Khánh Hòa	Tỉnh	Duyên hải Nam Trung Bộ	56	Khánh Hoà
58	058	Ninh Thuận	Ninh Thuan	Tỉnh Ninh Thuận	Tỉnh	Duyên hải Nam Trung Bộ	56	Khánh Hoà
60	060	Bình Thuận	Binh Thuan	Tỉnh Bình Thuận	Tỉnh	Duyên hải Nam Trung Bộ	68	Lâm Đồng
62	062	Kon Tum	Kon Tum	Tỉnh Kon Tum	Tỉnh	Tây Nguyên	51	Quảng Ngãi
64	064	Gia Lai	Gia Lai	Tỉnh Gia Lai	Tỉnh	Tây Nguyên	52	Gia Lai
66	066	Đắk Lắk	Dak Lak	Tỉnh Đắk Lắk	Tỉnh	Tây Nguyên	66	Đắk Lắk
67	067	Đắk Nông	Dak Nong	Tỉnh Đắk Nông	Tỉnh	Tây Nguyên	68	Lâm Đồng
68	068	Lâm Đồng	Lam Dong	Tỉnh Lâm Đồng	Tỉnh	Tây Nguyên	68	Lâm Đồng
70	070	Bình Phước	Binh Phuoc	Tỉnh Bình Phước	Tỉnh	Đông Nam Bộ	75	Đồng Nai
72	072	Tây Ninh	Tay Ninh	Tỉnh Tây Ninh	Tỉnh	Đông Nam Bộ	80	Tây Ninh
74	074	Bình Dương	Binh Duong	Tỉnh Bình Dương	Tỉnh	Đông Nam Bộ	79	Hồ Chí Minh
75	075	Đồng Nai	Dong Nai	Tỉnh Đồng Nai	Tỉnh	Đông Nam Bộ	75	Đồng Nai
77	077	Bà Rịa - Vũng Tàu	Ba Ria - Vung Tau	Tỉnh Bà Rịa - Vũng Tàu	Tỉnh	Đông Nam Bộ	79	Hồ Chí Minh
79	079	Hồ Chí Minh	Ho Chi Minh	Thành phố Hồ Chí Minh	Thành phố trực thuộc trung ương	Đông Nam Bộ	79	Hồ Chí Minh
80	080	Long An	Long An	Tỉnh Long An	Tỉnh	Đồng bằng sông Cửu Long	80	Tây Ninh
82	082	Tiền Giang	Tien Giang	Tỉnh Tiền Giang	Tỉnh	Đồng bằng sông Cửu Long	82	Đồng Tháp
83	083	Bến Tre	Ben Tre	Tỉnh Bến Tre	Tỉnh	Đồng bằng sông Cửu Long	86	Vĩnh Long
84	084	Trà Vinh	Tra Vinh	Tỉnh Trà Vinh	Tỉnh	Đồng bằng sông Cửu Long	86	Vĩnh Long
86	086	Vĩnh Long	Vinh Long	Tỉnh Vĩnh Long	Tỉnh	Đồng bằng sông Cửu Long	86	Vĩnh Long
87	087	Đồng Tháp	Dong Thap	Tỉnh Đồng Tháp	Tỉnh	Đồng bằng sông Cửu Long	82	Đồng Tháp
89	089	An Giang	An Giang	Tỉnh An Giang	Tỉnh	Đồng bằng sông Cửu Long	91	An Giang
91	091	Kiên Giang	Kien Giang	Tỉnh Kiên Giang	Tỉnh	Đồng bằng sông Cửu Long	91	An Giang
92	092	Cần Thơ	Can Tho	Thành phố Cần Thơ	Thành phố trực thuộc trung ương	Đồng bằng sông Cửu Long	92	Cần Thơ
93	093	Hậu Giang	Hau Giang	Tỉnh Hậu Giang	Tỉnh	Đồng bằng sông Cửu Long	92	Cần Thơ
94	094	Sóc Trăng	Soc Trang	Tỉnh Sóc Trăng	Tỉnh	Đồng bằng sông Cửu Long	92	Cần Thơ
95	095	Bạc Liêu	Bac Lieu	Tỉnh Bạc Liêu	Tỉnh	Đồng bằng sông Cửu Long	96	Cà Mau
96	096	Cà Mau	Ca Mau	Tỉnh Cà Mau	Tỉnh	Đồng bằng sông Cửu Long	96	Cà Mau
$tsv$, E'\n'), E'\n')) AS l(line),
       LATERAL (SELECT pg_catalog.string_to_array(pg_catalog.ltrim(l.line, E'\n'), E'\t') AS f) AS s
 WHERE l.line <> '';


CREATE TABLE @extschema@.pre2025_communes (
    commune_code text PRIMARY KEY,
    district_code text NOT NULL,
    province_gso_code text NOT NULL REFERENCES @extschema@.pre2025_provinces (gso_code),
    name_vi text NOT NULL,
    name_ascii text NOT NULL,
    full_name_vi text NOT NULL,
    unit_type text NOT NULL
);
CREATE INDEX ON @extschema@.pre2025_communes (province_gso_code);
COMMENT ON TABLE @extschema@.pre2025_communes IS
    'The 10,035 communes (xã, phường, thị trấn) before the 2025 reform, with their GSO district and province codes';

INSERT INTO @extschema@.pre2025_communes (commune_code, district_code, province_gso_code, name_vi, name_ascii, full_name_vi, unit_type)
SELECT (s.f)[1]::text, (s.f)[2]::text, (s.f)[3]::text, (s.f)[4]::text, (s.f)[5]::text, (s.f)[6]::text, (s.f)[7]::text
  FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.rtrim($tsv$
00001	001	01	Phúc Xá	Phuc Xa	Phường Phúc Xá	Phường
00004	001	01	Trúc Bạch	Truc Bach	Phường Trúc Bạch	Phường
00006	001	01	Vĩnh Phúc	Vinh Phuc	Phường Vĩnh Phúc	Phường
00007	001	01	Cống Vị	Cong Vi	Phường Cống Vị	Phường
00008	001	01	Liễu Giai	Lieu Giai	Phường Liễu Giai	Phường
00013	001	01	Quán Thánh	Quan Thanh	Phường Quán Thánh	Phường
00016	001	01	Ngọc Hà	Ngoc Ha	Phường Ngọc Hà	Phường
00019	001	01	Điện Biên	Dien Bien	Phường Điện Biên	Phường
00022	001	01	Đội Cấn	Doi Can	Phường Đội Cấn	Phường
00025	001	01	Ngọc Khánh	Ngoc Khanh	Phường Ngọc Khánh	Phường
00028	001	01	Kim Mã	Kim Ma	Phường Kim Mã	Phường
00031	001	01	Giảng Võ	Giang Vo	Phường Giảng Võ	Phường
00034	001	01	Thành Công	Thanh Cong	Phường Thành Công	Phường
00037	002	01	Phúc Tân	Phuc Tan	Phường Phúc Tân	Phường
00040	002	01	Đồng Xuân	Dong Xuan	Phường Đồng Xuân	Phường
00043	002	01	Hàng Mã	Hang Ma	Phường Hàng Mã	Phường
00046	002	01	Hàng Buồm	Hang Buom	Phường Hàng Buồm	Phường
00049	002	01	Hàng Đào	Hang Dao	Phường Hàng Đào	Phường
00052	002	01	Hàng Bồ	Hang Bo	Phường Hàng Bồ	Phường
00055	002	01	Cửa Đông	Cua Dong	Phường Cửa Đông	Phường
00058	002	01	Lý Thái Tổ	Ly Thai To	Phường Lý Thái Tổ	Phường
00061	002	01	Hàng Bạc	Hang Bac	Phường Hàng Bạc	Phường
00064	002	01	Hàng Gai	Hang Gai	Phường Hàng Gai	Phường
00067	002	01	Chương Dương	Chuong Duong	Phường Chương Dương	Phường
00070	002	01	Hàng Trống	Hang Trong	Phường Hàng Trống	Phường
00073	002	01	Cửa Nam	Cua Nam	Phường Cửa Nam	Phường
00076	002	01	Hàng Bông	Hang Bong	Phường Hàng Bông	Phường
00079	002	01	Tràng Tiền	Trang Tien	Phường Tràng Tiền	Phường
00082	002	01	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
00085	002	01	Phan Chu Trinh	Phan Chu Trinh	Phường Phan Chu Trinh	Phường
00088	002	01	Hàng Bài	Hang Bai	Phường Hàng Bài	Phường
00091	003	01	Phú Thượng	Phu Thuong	Phường Phú Thượng	Phường
00094	003	01	Nhật Tân	Nhat Tan	Phường Nhật Tân	Phường
00097	003	01	Tứ Liên	Tu Lien	Phường Tứ Liên	Phường
00100	003	01	Quảng An	Quang An	Phường Quảng An	Phường
00103	003	01	Xuân La	Xuan La	Phường Xuân La	Phường
00106	003	01	Yên Phụ	Yen Phu	Phường Yên Phụ	Phường
00109	003	01	Bưởi	Buoi	Phường Bưởi	Phường
00112	003	01	Thụy Khuê	Thuy Khue	Phường Thụy Khuê	Phường
00115	004	01	Thượng Thanh	Thuong Thanh	Phường Thượng Thanh	Phường
00118	004	01	Ngọc Thụy	Ngoc Thuy	Phường Ngọc Thụy	Phường
00121	004	01	Giang Biên	Giang Bien	Phường Giang Biên	Phường
00124	004	01	Đức Giang	Duc Giang	Phường Đức Giang	Phường
00127	004	01	Việt Hưng	Viet Hung	Phường Việt Hưng	Phường
00130	004	01	Gia Thụy	Gia Thuy	Phường Gia Thụy	Phường
00133	004	01	Ngọc Lâm	Ngoc Lam	Phường Ngọc Lâm	Phường
00136	004	01	Phúc Lợi	Phuc Loi	Phường Phúc Lợi	Phường
00139	004	01	Bồ Đề	Bo De	Phường Bồ Đề	Phường
00145	004	01	Long Biên	Long Bien	Phường Long Biên	Phường
00148	004	01	Thạch Bàn	Thach Ban	Phường Thạch Bàn	Phường
00151	004	01	Phúc Đồng	Phuc Dong	Phường Phúc Đồng	Phường
00154	004	01	Cự Khối	Cu Khoi	Phường Cự Khối	Phường
00157	005	01	Nghĩa Đô	Nghia Do	Phường Nghĩa Đô	Phường
00160	005	01	Nghĩa Tân	Nghia Tan	Phường Nghĩa Tân	Phường
00163	005	01	Mai Dịch	Mai Dich	Phường Mai Dịch	Phường
00166	005	01	Dịch Vọng	Dich Vong	Phường Dịch Vọng	Phường
00167	005	01	Dịch Vọng Hậu	Dich Vong Hau	Phường Dịch Vọng Hậu	Phường
00169	005	01	Quan Hoa	Quan Hoa	Phường Quan Hoa	Phường
00172	005	01	Yên Hoà	Yen Hoa	Phường Yên Hoà	Phường
00175	005	01	Trung Hoà	Trung Hoa	Phường Trung Hoà	Phường
00178	006	01	Cát Linh	Cat Linh	Phường Cát Linh	Phường
00181	006	01	Văn Miếu - Quốc Tử Giám	Van Mieu - Quoc Tu Giam	Phường Văn Miếu - Quốc Tử Giám	Phường
00187	006	01	Láng Thượng	Lang Thuong	Phường Láng Thượng	Phường
00190	006	01	Ô Chợ Dừa	O Cho Dua	Phường Ô Chợ Dừa	Phường
00193	006	01	Văn Chương	Van Chuong	Phường Văn Chương	Phường
00196	006	01	Hàng Bột	Hang Bot	Phường Hàng Bột	Phường
00199	006	01	Láng Hạ	Lang Ha	Phường Láng Hạ	Phường
00202	006	01	Khâm Thiên	Kham Thien	Phường Khâm Thiên	Phường
00205	006	01	Thổ Quan	Tho Quan	Phường Thổ Quan	Phường
00208	006	01	Nam Đồng	Nam Dong	Phường Nam Đồng	Phường
00883	029	02	Cán Tỷ	Can Ty	Xã Cán Tỷ	Xã
00214	006	01	Quang Trung	Quang Trung	Phường Quang Trung	Phường
00217	006	01	Trung Liệt	Trung Liet	Phường Trung Liệt	Phường
00226	006	01	Phương Liên - Trung Tự	Phuong Lien - Trung Tu	Phường Phương Liên - Trung Tự	Phường
00229	006	01	Kim Liên	Kim Lien	Phường Kim Liên	Phường
00232	006	01	Phương Mai	Phuong Mai	Phường Phương Mai	Phường
00235	006	01	Thịnh Quang	Thinh Quang	Phường Thịnh Quang	Phường
00238	006	01	Khương Thượng	Khuong Thuong	Phường Khương Thượng	Phường
00241	007	01	Nguyễn Du	Nguyen Du	Phường Nguyễn Du	Phường
00244	007	01	Bạch Đằng	Bach Dang	Phường Bạch Đằng	Phường
00247	007	01	Phạm Đình Hổ	Pham Dinh Ho	Phường Phạm Đình Hổ	Phường
00256	007	01	Lê Đại Hành	Le Dai Hanh	Phường Lê Đại Hành	Phường
00259	007	01	Đồng Nhân	Dong Nhan	Phường Đồng Nhân	Phường
00262	007	01	Phố Huế	Pho Hue	Phường Phố Huế	Phường
00268	007	01	Thanh Lương	Thanh Luong	Phường Thanh Lương	Phường
00271	007	01	Thanh Nhàn	Thanh Nhan	Phường Thanh Nhàn	Phường
00277	007	01	Bách Khoa	Bach Khoa	Phường Bách Khoa	Phường
00280	007	01	Đồng Tâm	Dong Tam	Phường Đồng Tâm	Phường
00283	007	01	Vĩnh Tuy	Vinh Tuy	Phường Vĩnh Tuy	Phường
00289	007	01	Quỳnh Mai	Quynh Mai	Phường Quỳnh Mai	Phường
00292	007	01	Bạch Mai	Bach Mai	Phường Bạch Mai	Phường
00295	007	01	Minh Khai	Minh Khai	Phường Minh Khai	Phường
00298	007	01	Trương Định	Truong Dinh	Phường Trương Định	Phường
00301	008	01	Thanh Trì	Thanh Tri	Phường Thanh Trì	Phường
00304	008	01	Vĩnh Hưng	Vinh Hung	Phường Vĩnh Hưng	Phường
00307	008	01	Định Công	Dinh Cong	Phường Định Công	Phường
00310	008	01	Mai Động	Mai Dong	Phường Mai Động	Phường
00313	008	01	Tương Mai	Tuong Mai	Phường Tương Mai	Phường
00316	008	01	Đại Kim	Dai Kim	Phường Đại Kim	Phường
00319	008	01	Tân Mai	Tan Mai	Phường Tân Mai	Phường
00322	008	01	Hoàng Văn Thụ	Hoang Van Thu	Phường Hoàng Văn Thụ	Phường
00325	008	01	Giáp Bát	Giap Bat	Phường Giáp Bát	Phường
00328	008	01	Lĩnh Nam	Linh Nam	Phường Lĩnh Nam	Phường
00331	008	01	Thịnh Liệt	Thinh Liet	Phường Thịnh Liệt	Phường
00334	008	01	Trần Phú	Tran Phu	Phường Trần Phú	Phường
00337	008	01	Hoàng Liệt	Hoang Liet	Phường Hoàng Liệt	Phường
00340	008	01	Yên Sở	Yen So	Phường Yên Sở	Phường
00343	009	01	Nhân Chính	Nhan Chinh	Phường Nhân Chính	Phường
00346	009	01	Thượng Đình	Thuong Dinh	Phường Thượng Đình	Phường
00349	009	01	Khương Trung	Khuong Trung	Phường Khương Trung	Phường
00352	009	01	Khương Mai	Khuong Mai	Phường Khương Mai	Phường
00355	009	01	Thanh Xuân Trung	Thanh Xuan Trung	Phường Thanh Xuân Trung	Phường
00358	009	01	Phương Liệt	Phuong Liet	Phường Phương Liệt	Phường
00364	009	01	Khương Đình	Khuong Dinh	Phường Khương Đình	Phường
00367	009	01	Thanh Xuân Bắc	Thanh Xuan Bac	Phường Thanh Xuân Bắc	Phường
00373	009	01	Hạ Đình	Ha Dinh	Phường Hạ Đình	Phường
00376	016	01	Sóc Sơn	Soc Son	Thị trấn Sóc Sơn	Thị trấn
00379	016	01	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
00382	016	01	Minh Trí	Minh Tri	Xã Minh Trí	Xã
00385	016	01	Hồng Kỳ	Hong Ky	Xã Hồng Kỳ	Xã
00388	016	01	Nam Sơn	Nam Son	Xã Nam Sơn	Xã
00391	016	01	Trung Giã	Trung Gia	Xã Trung Giã	Xã
00394	016	01	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
00397	016	01	Minh Phú	Minh Phu	Xã Minh Phú	Xã
00400	016	01	Phù Linh	Phu Linh	Xã Phù Linh	Xã
00403	016	01	Bắc Phú	Bac Phu	Xã Bắc Phú	Xã
00406	016	01	Tân Minh	Tan Minh	Xã Tân Minh	Xã
00409	016	01	Quang Tiến	Quang Tien	Xã Quang Tiến	Xã
00412	016	01	Hiền Ninh	Hien Ninh	Xã Hiền Ninh	Xã
00415	016	01	Tân Dân	Tan Dan	Xã Tân Dân	Xã
00418	016	01	Tiên Dược	Tien Duoc	Xã Tiên Dược	Xã
00421	016	01	Việt Long	Viet Long	Xã Việt Long	Xã
00424	016	01	Xuân Giang	Xuan Giang	Xã Xuân Giang	Xã
00427	016	01	Mai Đình	Mai Dinh	Xã Mai Đình	Xã
00430	016	01	Đức Hoà	Duc Hoa	Xã Đức Hoà	Xã
00433	016	01	Thanh Xuân	Thanh Xuan	Xã Thanh Xuân	Xã
00436	016	01	Đông Xuân	Dong Xuan	Xã Đông Xuân	Xã
00439	016	01	Kim Lũ	Kim Lu	Xã Kim Lũ	Xã
00442	016	01	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
00445	016	01	Phú Minh	Phu Minh	Xã Phú Minh	Xã
00448	016	01	Phù Lỗ	Phu Lo	Xã Phù Lỗ	Xã
00451	016	01	Xuân Thu	Xuan Thu	Xã Xuân Thu	Xã
00454	017	01	Đông Anh	Dong Anh	Thị trấn Đông Anh	Thị trấn
00457	017	01	Xuân Nộn	Xuan Non	Xã Xuân Nộn	Xã
00460	017	01	Thuỵ Lâm	Thuy Lam	Xã Thuỵ Lâm	Xã
00463	017	01	Bắc Hồng	Bac Hong	Xã Bắc Hồng	Xã
00466	017	01	Nguyên Khê	Nguyen Khe	Xã Nguyên Khê	Xã
00469	017	01	Nam Hồng	Nam Hong	Xã Nam Hồng	Xã
00472	017	01	Tiên Dương	Tien Duong	Xã Tiên Dương	Xã
00475	017	01	Vân Hà	Van Ha	Xã Vân Hà	Xã
00478	017	01	Uy Nỗ	Uy No	Xã Uy Nỗ	Xã
00481	017	01	Vân Nội	Van Noi	Xã Vân Nội	Xã
00484	017	01	Liên Hà	Lien Ha	Xã Liên Hà	Xã
00487	017	01	Việt Hùng	Viet Hung	Xã Việt Hùng	Xã
00490	017	01	Kim Nỗ	Kim No	Xã Kim Nỗ	Xã
00493	017	01	Kim Chung	Kim Chung	Xã Kim Chung	Xã
00496	017	01	Dục Tú	Duc Tu	Xã Dục Tú	Xã
00499	017	01	Đại Mạch	Dai Mach	Xã Đại Mạch	Xã
00502	017	01	Vĩnh Ngọc	Vinh Ngoc	Xã Vĩnh Ngọc	Xã
00505	017	01	Cổ Loa	Co Loa	Xã Cổ Loa	Xã
00508	017	01	Hải Bối	Hai Boi	Xã Hải Bối	Xã
00511	017	01	Xuân Canh	Xuan Canh	Xã Xuân Canh	Xã
00514	017	01	Võng La	Vong La	Xã Võng La	Xã
00517	017	01	Tàm Xá	Tam Xa	Xã Tàm Xá	Xã
00520	017	01	Mai Lâm	Mai Lam	Xã Mai Lâm	Xã
00523	017	01	Đông Hội	Dong Hoi	Xã Đông Hội	Xã
00526	018	01	Yên Viên	Yen Vien	Thị trấn Yên Viên	Thị trấn
00529	018	01	Yên Thường	Yen Thuong	Xã Yên Thường	Xã
00532	018	01	Yên Viên	Yen Vien	Xã Yên Viên	Xã
00535	018	01	Ninh Hiệp	Ninh Hiep	Xã Ninh Hiệp	Xã
00541	018	01	Thiên Đức	Thien Duc	Xã Thiên Đức	Xã
00544	018	01	Phù Đổng	Phu Dong	Xã Phù Đổng	Xã
00550	018	01	Lệ Chi	Le Chi	Xã Lệ Chi	Xã
00553	018	01	Cổ Bi	Co Bi	Xã Cổ Bi	Xã
00556	018	01	Đặng Xá	Dang Xa	Xã Đặng Xá	Xã
00562	018	01	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
00565	018	01	Trâu Quỳ	Trau Quy	Thị trấn Trâu Quỳ	Thị trấn
00568	018	01	Dương Quang	Duong Quang	Xã Dương Quang	Xã
00571	018	01	Dương Xá	Duong Xa	Xã Dương Xá	Xã
00577	018	01	Đa Tốn	Da Ton	Xã Đa Tốn	Xã
00580	018	01	Kiêu Kỵ	Kieu Ky	Xã Kiêu Kỵ	Xã
00583	018	01	Bát Tràng	Bat Trang	Xã Bát Tràng	Xã
00589	018	01	Kim Đức	Kim Duc	Xã Kim Đức	Xã
00592	019	01	Cầu Diễn	Cau Dien	Phường Cầu Diễn	Phường
00622	019	01	Xuân Phương	Xuan Phuong	Phường Xuân Phương	Phường
00623	019	01	Phương Canh	Phuong Canh	Phường Phương Canh	Phường
00625	019	01	Mỹ Đình 1	My Dinh 1	Phường Mỹ Đình 1	Phường
00626	019	01	Mỹ Đình 2	My Dinh 2	Phường Mỹ Đình 2	Phường
00628	019	01	Tây Mỗ	Tay Mo	Phường Tây Mỗ	Phường
00631	019	01	Mễ Trì	Me Tri	Phường Mễ Trì	Phường
00632	019	01	Phú Đô	Phu Do	Phường Phú Đô	Phường
00634	019	01	Đại Mỗ	Dai Mo	Phường Đại Mỗ	Phường
00637	019	01	Trung Văn	Trung Van	Phường Trung Văn	Phường
00640	020	01	Văn Điển	Van Dien	Thị trấn Văn Điển	Thị trấn
00643	020	01	Tân Triều	Tan Trieu	Xã Tân Triều	Xã
00646	020	01	Thanh Liệt	Thanh Liet	Xã Thanh Liệt	Xã
00649	020	01	Tả Thanh Oai	Ta Thanh Oai	Xã Tả Thanh Oai	Xã
00652	020	01	Hữu Hoà	Huu Hoa	Xã Hữu Hoà	Xã
00655	020	01	Tam Hiệp	Tam Hiep	Xã Tam Hiệp	Xã
00658	020	01	Tứ Hiệp	Tu Hiep	Xã Tứ Hiệp	Xã
00661	020	01	Yên Mỹ	Yen My	Xã Yên Mỹ	Xã
00664	020	01	Vĩnh Quỳnh	Vinh Quynh	Xã Vĩnh Quỳnh	Xã
00667	020	01	Ngũ Hiệp	Ngu Hiep	Xã Ngũ Hiệp	Xã
00670	020	01	Duyên Hà	Duyen Ha	Xã Duyên Hà	Xã
00673	020	01	Ngọc Hồi	Ngoc Hoi	Xã Ngọc Hồi	Xã
00676	020	01	Vạn Phúc	Van Phuc	Xã Vạn Phúc	Xã
00679	020	01	Đại áng	Dai ang	Xã Đại áng	Xã
00682	020	01	Liên Ninh	Lien Ninh	Xã Liên Ninh	Xã
00685	020	01	Đông Mỹ	Dong My	Xã Đông Mỹ	Xã
00595	021	01	Thượng Cát	Thuong Cat	Phường Thượng Cát	Phường
00598	021	01	Liên Mạc	Lien Mac	Phường Liên Mạc	Phường
00601	021	01	Đông Ngạc	Dong Ngac	Phường Đông Ngạc	Phường
00602	021	01	Đức Thắng	Duc Thang	Phường Đức Thắng	Phường
00604	021	01	Thụy Phương	Thuy Phuong	Phường Thụy Phương	Phường
00607	021	01	Tây Tựu	Tay Tuu	Phường Tây Tựu	Phường
27061	768	79	2	2	Phường 2	Phường
00610	021	01	Xuân Đỉnh	Xuan Dinh	Phường Xuân Đỉnh	Phường
00611	021	01	Xuân Tảo	Xuan Tao	Phường Xuân Tảo	Phường
00613	021	01	Minh Khai	Minh Khai	Phường Minh Khai	Phường
00616	021	01	Cổ Nhuế 1	Co Nhue 1	Phường Cổ Nhuế 1	Phường
00617	021	01	Cổ Nhuế 2	Co Nhue 2	Phường Cổ Nhuế 2	Phường
00619	021	01	Phú Diễn	Phu Dien	Phường Phú Diễn	Phường
00620	021	01	Phúc Diễn	Phuc Dien	Phường Phúc Diễn	Phường
00688	024	02	Quang Trung	Quang Trung	Phường Quang Trung	Phường
00691	024	02	Trần Phú	Tran Phu	Phường Trần Phú	Phường
00692	024	02	Ngọc Hà	Ngoc Ha	Phường Ngọc Hà	Phường
00694	024	02	Nguyễn Trãi	Nguyen Trai	Phường Nguyễn Trãi	Phường
00697	024	02	Minh Khai	Minh Khai	Phường Minh Khai	Phường
00700	024	02	Ngọc Đường	Ngoc Duong	Xã Ngọc Đường	Xã
00946	024	02	Phương Độ	Phuong Do	Xã Phương Độ	Xã
00949	024	02	Phương Thiện	Phuong Thien	Xã Phương Thiện	Xã
00712	026	02	Phó Bảng	Pho Bang	Thị trấn Phó Bảng	Thị trấn
00715	026	02	Lũng Cú	Lung Cu	Xã Lũng Cú	Xã
00718	026	02	Má Lé	Ma Le	Xã Má Lé	Xã
00721	026	02	Đồng Văn	Dong Van	Thị trấn Đồng Văn	Thị trấn
00724	026	02	Lũng Táo	Lung Tao	Xã Lũng Táo	Xã
00727	026	02	Phố Là	Pho La	Xã Phố Là	Xã
00730	026	02	Thài Phìn Tủng	Thai Phin Tung	Xã Thài Phìn Tủng	Xã
00733	026	02	Sủng Là	Sung La	Xã Sủng Là	Xã
00736	026	02	Xà Phìn	Xa Phin	Xã Xà Phìn	Xã
00739	026	02	Tả Phìn	Ta Phin	Xã Tả Phìn	Xã
00742	026	02	Tả Lủng	Ta Lung	Xã Tả Lủng	Xã
00745	026	02	Phố Cáo	Pho Cao	Xã Phố Cáo	Xã
00748	026	02	Sính Lủng	Sinh Lung	Xã Sính Lủng	Xã
00751	026	02	Sảng Tủng	Sang Tung	Xã Sảng Tủng	Xã
00754	026	02	Lũng Thầu	Lung Thau	Xã Lũng Thầu	Xã
00757	026	02	Hố Quáng Phìn	Ho Quang Phin	Xã Hố Quáng Phìn	Xã
00760	026	02	Vần Chải	Van Chai	Xã Vần Chải	Xã
00763	026	02	Lũng Phìn	Lung Phin	Xã Lũng Phìn	Xã
00766	026	02	Sủng Trái	Sung Trai	Xã Sủng Trái	Xã
00769	027	02	Mèo Vạc	Meo Vac	Thị trấn Mèo Vạc	Thị trấn
00772	027	02	Thượng Phùng	Thuong Phung	Xã Thượng Phùng	Xã
00775	027	02	Pải Lủng	Pai Lung	Xã Pải Lủng	Xã
00778	027	02	Xín Cái	Xin Cai	Xã Xín Cái	Xã
00781	027	02	Pả Vi	Pa Vi	Xã Pả Vi	Xã
00784	027	02	Giàng Chu Phìn	Giang Chu Phin	Xã Giàng Chu Phìn	Xã
00787	027	02	Sủng Trà	Sung Tra	Xã Sủng Trà	Xã
00790	027	02	Sủng Máng	Sung Mang	Xã Sủng Máng	Xã
00793	027	02	Sơn Vĩ	Son Vi	Xã Sơn Vĩ	Xã
00796	027	02	Tả Lủng	Ta Lung	Xã Tả Lủng	Xã
00799	027	02	Cán Chu Phìn	Can Chu Phin	Xã Cán Chu Phìn	Xã
00802	027	02	Lũng Pù	Lung Pu	Xã Lũng Pù	Xã
00805	027	02	Lũng Chinh	Lung Chinh	Xã Lũng Chinh	Xã
00808	027	02	Tát Ngà	Tat Nga	Xã Tát Ngà	Xã
00811	027	02	Nậm Ban	Nam Ban	Xã Nậm Ban	Xã
00814	027	02	Khâu Vai	Khau Vai	Xã Khâu Vai	Xã
00815	027	02	Niêm Tòng	Niem Tong	Xã Niêm Tòng	Xã
00817	027	02	Niêm Sơn	Niem Son	Xã Niêm Sơn	Xã
00820	028	02	Yên Minh	Yen Minh	Thị trấn Yên Minh	Thị trấn
00823	028	02	Thắng Mố	Thang Mo	Xã Thắng Mố	Xã
00826	028	02	Phú Lũng	Phu Lung	Xã Phú Lũng	Xã
00829	028	02	Sủng Tráng	Sung Trang	Xã Sủng Tráng	Xã
00832	028	02	Bạch Đích	Bach Dich	Xã Bạch Đích	Xã
00835	028	02	Na Khê	Na Khe	Xã Na Khê	Xã
00838	028	02	Sủng Thài	Sung Thai	Xã Sủng Thài	Xã
00841	028	02	Hữu Vinh	Huu Vinh	Xã Hữu Vinh	Xã
00844	028	02	Lao Và Chải	Lao Va Chai	Xã Lao Và Chải	Xã
00847	028	02	Mậu Duệ	Mau Due	Xã Mậu Duệ	Xã
00850	028	02	Đông Minh	Dong Minh	Xã Đông Minh	Xã
00853	028	02	Mậu Long	Mau Long	Xã Mậu Long	Xã
00856	028	02	Ngam La	Ngam La	Xã Ngam La	Xã
00859	028	02	Ngọc Long	Ngoc Long	Xã Ngọc Long	Xã
00862	028	02	Đường Thượng	Duong Thuong	Xã Đường Thượng	Xã
00865	028	02	Lũng Hồ	Lung Ho	Xã Lũng Hồ	Xã
00868	028	02	Du Tiến	Du Tien	Xã Du Tiến	Xã
00871	028	02	Du Già	Du Gia	Xã Du Già	Xã
00874	029	02	Tam Sơn	Tam Son	Thị trấn Tam Sơn	Thị trấn
00877	029	02	Bát Đại Sơn	Bat Dai Son	Xã Bát Đại Sơn	Xã
00880	029	02	Nghĩa Thuận	Nghia Thuan	Xã Nghĩa Thuận	Xã
00886	029	02	Cao Mã Pờ	Cao Ma Po	Xã Cao Mã Pờ	Xã
00889	029	02	Thanh Vân	Thanh Van	Xã Thanh Vân	Xã
00892	029	02	Tùng Vài	Tung Vai	Xã Tùng Vài	Xã
00895	029	02	Đông Hà	Dong Ha	Xã Đông Hà	Xã
00898	029	02	Quản Bạ	Quan Ba	Xã Quản Bạ	Xã
00901	029	02	Lùng Tám	Lung Tam	Xã Lùng Tám	Xã
00904	029	02	Quyết Tiến	Quyet Tien	Xã Quyết Tiến	Xã
00907	029	02	Tả Ván	Ta Van	Xã Tả Ván	Xã
00910	029	02	Thái An	Thai An	Xã Thái An	Xã
00703	030	02	Kim Thạch	Kim Thach	Xã Kim Thạch	Xã
00706	030	02	Phú Linh	Phu Linh	Xã Phú Linh	Xã
00709	030	02	Kim Linh	Kim Linh	Xã Kim Linh	Xã
00913	030	02	Vị Xuyên	Vi Xuyen	Thị trấn Vị Xuyên	Thị trấn
00916	030	02	Nông trường Việt Lâm	Nong truong Viet Lam	Thị trấn Nông trường Việt Lâm	Thị trấn
00919	030	02	Minh Tân	Minh Tan	Xã Minh Tân	Xã
00922	030	02	Thuận Hoà	Thuan Hoa	Xã Thuận Hoà	Xã
00925	030	02	Tùng Bá	Tung Ba	Xã Tùng Bá	Xã
00928	030	02	Thanh Thủy	Thanh Thuy	Xã Thanh Thủy	Xã
00931	030	02	Thanh Đức	Thanh Duc	Xã Thanh Đức	Xã
00934	030	02	Phong Quang	Phong Quang	Xã Phong Quang	Xã
00937	030	02	Xín Chải	Xin Chai	Xã Xín Chải	Xã
00940	030	02	Phương Tiến	Phuong Tien	Xã Phương Tiến	Xã
00943	030	02	Lao Chải	Lao Chai	Xã Lao Chải	Xã
00952	030	02	Cao Bồ	Cao Bo	Xã Cao Bồ	Xã
00955	030	02	Đạo Đức	Dao Duc	Xã Đạo Đức	Xã
00958	030	02	Thượng Sơn	Thuong Son	Xã Thượng Sơn	Xã
00961	030	02	Linh Hồ	Linh Ho	Xã Linh Hồ	Xã
00964	030	02	Quảng Ngần	Quang Ngan	Xã Quảng Ngần	Xã
00967	030	02	Việt Lâm	Viet Lam	Xã Việt Lâm	Xã
00970	030	02	Ngọc Linh	Ngoc Linh	Xã Ngọc Linh	Xã
00973	030	02	Ngọc Minh	Ngoc Minh	Xã Ngọc Minh	Xã
00976	030	02	Bạch Ngọc	Bach Ngoc	Xã Bạch Ngọc	Xã
00979	030	02	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
00982	031	02	Minh Sơn	Minh Son	Xã Minh Sơn	Xã
00985	031	02	Giáp Trung	Giap Trung	Xã Giáp Trung	Xã
00988	031	02	Yên Định	Yen Dinh	Xã Yên Định	Xã
00991	031	02	Yên Phú	Yen Phu	Thị trấn Yên Phú	Thị trấn
00994	031	02	Minh Ngọc	Minh Ngoc	Xã Minh Ngọc	Xã
00997	031	02	Yên Phong	Yen Phong	Xã Yên Phong	Xã
01000	031	02	Lạc Nông	Lac Nong	Xã Lạc Nông	Xã
01003	031	02	Phú Nam	Phu Nam	Xã Phú Nam	Xã
01006	031	02	Yên Cường	Yen Cuong	Xã Yên Cường	Xã
01009	031	02	Thượng Tân	Thuong Tan	Xã Thượng Tân	Xã
01012	031	02	Đường Âm	Duong Am	Xã Đường Âm	Xã
01015	031	02	Đường Hồng	Duong Hong	Xã Đường Hồng	Xã
01018	031	02	Phiêng Luông	Phieng Luong	Xã Phiêng Luông	Xã
01021	032	02	Vinh Quang	Vinh Quang	Thị trấn Vinh Quang	Thị trấn
01024	032	02	Bản Máy	Ban May	Xã Bản Máy	Xã
01027	032	02	Thàng Tín	Thang Tin	Xã Thàng Tín	Xã
01030	032	02	Thèn Chu Phìn	Then Chu Phin	Xã Thèn Chu Phìn	Xã
01033	032	02	Pố Lồ	Po Lo	Xã Pố Lồ	Xã
01036	032	02	Bản Phùng	Ban Phung	Xã Bản Phùng	Xã
01039	032	02	Túng Sán	Tung San	Xã Túng Sán	Xã
01042	032	02	Chiến Phố	Chien Pho	Xã Chiến Phố	Xã
01045	032	02	Đản Ván	Dan Van	Xã Đản Ván	Xã
01048	032	02	Tụ Nhân	Tu Nhan	Xã Tụ Nhân	Xã
01051	032	02	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
01054	032	02	Nàng Đôn	Nang Don	Xã Nàng Đôn	Xã
01057	032	02	Pờ Ly Ngài	Po Ly Ngai	Xã Pờ Ly Ngài	Xã
01060	032	02	Sán Xả Hồ	San Xa Ho	Xã Sán Xả Hồ	Xã
01063	032	02	Bản Luốc	Ban Luoc	Xã Bản Luốc	Xã
01066	032	02	Ngàm Đăng Vài	Ngam Dang Vai	Xã Ngàm Đăng Vài	Xã
01069	032	02	Bản Nhùng	Ban Nhung	Xã Bản Nhùng	Xã
01072	032	02	Tả Sử Choóng	Ta Su Choong	Xã Tả Sử Choóng	Xã
01075	032	02	Nậm Dịch	Nam Dich	Xã Nậm Dịch	Xã
01081	032	02	Hồ Thầu	Ho Thau	Xã Hồ Thầu	Xã
01084	032	02	Nam Sơn	Nam Son	Xã Nam Sơn	Xã
01087	032	02	Nậm Tỵ	Nam Ty	Xã Nậm Tỵ	Xã
01090	032	02	Thông Nguyên	Thong Nguyen	Xã Thông Nguyên	Xã
01093	032	02	Nậm Khòa	Nam Khoa	Xã Nậm Khòa	Xã
01096	033	02	Cốc Pài	Coc Pai	Thị trấn Cốc Pài	Thị trấn
01099	033	02	Nàn Xỉn	Nan Xin	Xã Nàn Xỉn	Xã
27064	768	79	8	8	Phường 8	Phường
01102	033	02	Bản Díu	Ban Diu	Xã Bản Díu	Xã
01105	033	02	Chí Cà	Chi Ca	Xã Chí Cà	Xã
01108	033	02	Xín Mần	Xin Man	Xã Xín Mần	Xã
01114	033	02	Thèn Phàng	Then Phang	Xã Thèn Phàng	Xã
01117	033	02	Trung Thịnh	Trung Thinh	Xã Trung Thịnh	Xã
01120	033	02	Pà Vầy Sủ	Pa Vay Su	Xã Pà Vầy Sủ	Xã
01123	033	02	Cốc Rế	Coc Re	Xã Cốc Rế	Xã
01126	033	02	Thu Tà	Thu Ta	Xã Thu Tà	Xã
01129	033	02	Nàn Ma	Nan Ma	Xã Nàn Ma	Xã
01132	033	02	Tả Nhìu	Ta Nhiu	Xã Tả Nhìu	Xã
01135	033	02	Bản Ngò	Ban Ngo	Xã Bản Ngò	Xã
01138	033	02	Chế Là	Che La	Xã Chế Là	Xã
01141	033	02	Nấm Dẩn	Nam Dan	Xã Nấm Dẩn	Xã
01144	033	02	Quảng Nguyên	Quang Nguyen	Xã Quảng Nguyên	Xã
01147	033	02	Nà Chì	Na Chi	Xã Nà Chì	Xã
01150	033	02	Khuôn Lùng	Khuon Lung	Xã Khuôn Lùng	Xã
01153	034	02	Việt Quang	Viet Quang	Thị trấn Việt Quang	Thị trấn
01156	034	02	Vĩnh Tuy	Vinh Tuy	Thị trấn Vĩnh Tuy	Thị trấn
01159	034	02	Tân Lập	Tan Lap	Xã Tân Lập	Xã
01162	034	02	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
01165	034	02	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
01168	034	02	Đồng Tâm	Dong Tam	Xã Đồng Tâm	Xã
01171	034	02	Tân Quang	Tan Quang	Xã Tân Quang	Xã
01174	034	02	Thượng Bình	Thuong Binh	Xã Thượng Bình	Xã
01177	034	02	Hữu Sản	Huu San	Xã Hữu Sản	Xã
01180	034	02	Kim Ngọc	Kim Ngoc	Xã Kim Ngọc	Xã
01183	034	02	Việt Vinh	Viet Vinh	Xã Việt Vinh	Xã
01186	034	02	Bằng Hành	Bang Hanh	Xã Bằng Hành	Xã
01189	034	02	Quang Minh	Quang Minh	Xã Quang Minh	Xã
01192	034	02	Liên Hiệp	Lien Hiep	Xã Liên Hiệp	Xã
01195	034	02	Vô Điếm	Vo Diem	Xã Vô Điếm	Xã
01198	034	02	Việt Hồng	Viet Hong	Xã Việt Hồng	Xã
01201	034	02	Hùng An	Hung An	Xã Hùng An	Xã
01204	034	02	Đức Xuân	Duc Xuan	Xã Đức Xuân	Xã
01207	034	02	Tiên Kiều	Tien Kieu	Xã Tiên Kiều	Xã
01210	034	02	Vĩnh Hảo	Vinh Hao	Xã Vĩnh Hảo	Xã
01213	034	02	Vĩnh Phúc	Vinh Phuc	Xã Vĩnh Phúc	Xã
01216	034	02	Đồng Yên	Dong Yen	Xã Đồng Yên	Xã
01219	034	02	Đông Thành	Dong Thanh	Xã Đông Thành	Xã
01222	035	02	Xuân Minh	Xuan Minh	Xã Xuân Minh	Xã
01225	035	02	Tiên Nguyên	Tien Nguyen	Xã Tiên Nguyên	Xã
01228	035	02	Tân Nam	Tan Nam	Xã Tân Nam	Xã
01231	035	02	Bản Rịa	Ban Ria	Xã Bản Rịa	Xã
01234	035	02	Yên Thành	Yen Thanh	Xã Yên Thành	Xã
01237	035	02	Yên Bình	Yen Binh	Thị trấn Yên Bình	Thị trấn
01240	035	02	Tân Trịnh	Tan Trinh	Xã Tân Trịnh	Xã
01243	035	02	Tân Bắc	Tan Bac	Xã Tân Bắc	Xã
01246	035	02	Bằng Lang	Bang Lang	Xã Bằng Lang	Xã
01249	035	02	Yên Hà	Yen Ha	Xã Yên Hà	Xã
01252	035	02	Hương Sơn	Huong Son	Xã Hương Sơn	Xã
01255	035	02	Xuân Giang	Xuan Giang	Xã Xuân Giang	Xã
01258	035	02	Nà Khương	Na Khuong	Xã Nà Khương	Xã
01261	035	02	Tiên Yên	Tien Yen	Xã Tiên Yên	Xã
01264	035	02	Vĩ Thượng	Vi Thuong	Xã Vĩ Thượng	Xã
01267	040	04	Sông Hiến	Song Hien	Phường Sông Hiến	Phường
01270	040	04	Sông Bằng	Song Bang	Phường Sông Bằng	Phường
01273	040	04	Hợp Giang	Hop Giang	Phường Hợp Giang	Phường
01276	040	04	Tân Giang	Tan Giang	Phường Tân Giang	Phường
01279	040	04	Ngọc Xuân	Ngoc Xuan	Phường Ngọc Xuân	Phường
01282	040	04	Đề Thám	De Tham	Phường Đề Thám	Phường
01285	040	04	Hoà Chung	Hoa Chung	Phường Hoà Chung	Phường
01288	040	04	Duyệt Trung	Duyet Trung	Phường Duyệt Trung	Phường
01693	040	04	Vĩnh Quang	Vinh Quang	Xã Vĩnh Quang	Xã
01705	040	04	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
01720	040	04	Chu Trinh	Chu Trinh	Xã Chu Trinh	Xã
01290	042	04	Pác Miầu	Pac Miau	Thị trấn Pác Miầu	Thị trấn
01291	042	04	Đức Hạnh	Duc Hanh	Xã Đức Hạnh	Xã
01294	042	04	Lý Bôn	Ly Bon	Xã Lý Bôn	Xã
01296	042	04	Nam Cao	Nam Cao	Xã Nam Cao	Xã
01297	042	04	Nam Quang	Nam Quang	Xã Nam Quang	Xã
01300	042	04	Vĩnh Quang	Vinh Quang	Xã Vĩnh Quang	Xã
01303	042	04	Quảng Lâm	Quang Lam	Xã Quảng Lâm	Xã
01304	042	04	Thạch Lâm	Thach Lam	Xã Thạch Lâm	Xã
02317	073	08	Yên Lập	Yen Lap	Xã Yên Lập	Xã
01309	042	04	Vĩnh Phong	Vinh Phong	Xã Vĩnh Phong	Xã
01312	042	04	Mông Ân	Mong An	Xã Mông Ân	Xã
01315	042	04	Thái Học	Thai Hoc	Xã Thái Học	Xã
01316	042	04	Thái Sơn	Thai Son	Xã Thái Sơn	Xã
01318	042	04	Yên Thổ	Yen Tho	Xã Yên Thổ	Xã
01321	043	04	Bảo Lạc	Bao Lac	Thị trấn Bảo Lạc	Thị trấn
01324	043	04	Cốc Pàng	Coc Pang	Xã Cốc Pàng	Xã
01327	043	04	Thượng Hà	Thuong Ha	Xã Thượng Hà	Xã
01330	043	04	Cô Ba	Co Ba	Xã Cô Ba	Xã
01333	043	04	Bảo Toàn	Bao Toan	Xã Bảo Toàn	Xã
01336	043	04	Khánh Xuân	Khanh Xuan	Xã Khánh Xuân	Xã
01339	043	04	Xuân Trường	Xuan Truong	Xã Xuân Trường	Xã
01342	043	04	Hồng Trị	Hong Tri	Xã Hồng Trị	Xã
01343	043	04	Kim Cúc	Kim Cuc	Xã Kim Cúc	Xã
01345	043	04	Phan Thanh	Phan Thanh	Xã Phan Thanh	Xã
01348	043	04	Hồng An	Hong An	Xã Hồng An	Xã
01351	043	04	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
01352	043	04	Hưng Thịnh	Hung Thinh	Xã Hưng Thịnh	Xã
01354	043	04	Huy Giáp	Huy Giap	Xã Huy Giáp	Xã
01357	043	04	Đình Phùng	Dinh Phung	Xã Đình Phùng	Xã
01359	043	04	Sơn Lập	Son Lap	Xã Sơn Lập	Xã
01360	043	04	Sơn Lộ	Son Lo	Xã Sơn Lộ	Xã
01363	045	04	Thông Nông	Thong Nong	Thị trấn Thông Nông	Thị trấn
01366	045	04	Cần Yên	Can Yen	Xã Cần Yên	Xã
01367	045	04	Cần Nông	Can Nong	Xã Cần Nông	Xã
01372	045	04	Lương Thông	Luong Thong	Xã Lương Thông	Xã
01375	045	04	Đa Thông	Da Thong	Xã Đa Thông	Xã
01378	045	04	Ngọc Động	Ngoc Dong	Xã Ngọc Động	Xã
01381	045	04	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
01384	045	04	Lương Can	Luong Can	Xã Lương Can	Xã
01387	045	04	Thanh Long	Thanh Long	Xã Thanh Long	Xã
01392	045	04	Xuân Hòa	Xuan Hoa	Thị trấn Xuân Hòa	Thị trấn
01393	045	04	Lũng Nặm	Lung Nam	Xã Lũng Nặm	Xã
01399	045	04	Trường Hà	Truong Ha	Xã Trường Hà	Xã
01402	045	04	Cải Viên	Cai Vien	Xã Cải Viên	Xã
01411	045	04	Nội Thôn	Noi Thon	Xã Nội Thôn	Xã
01414	045	04	Tổng Cọt	Tong Cot	Xã Tổng Cọt	Xã
01417	045	04	Sóc Hà	Soc Ha	Xã Sóc Hà	Xã
01420	045	04	Thượng Thôn	Thuong Thon	Xã Thượng Thôn	Xã
01429	045	04	Hồng Sỹ	Hong Sy	Xã Hồng Sỹ	Xã
01432	045	04	Quý Quân	Quy Quan	Xã Quý Quân	Xã
01435	045	04	Mã Ba	Ma Ba	Xã Mã Ba	Xã
01438	045	04	Ngọc Đào	Ngoc Dao	Xã Ngọc Đào	Xã
01447	047	04	Trà Lĩnh	Tra Linh	Thị trấn Trà Lĩnh	Thị trấn
01453	047	04	Tri Phương	Tri Phuong	Xã Tri Phương	Xã
01456	047	04	Quang Hán	Quang Han	Xã Quang Hán	Xã
01462	047	04	Xuân Nội	Xuan Noi	Xã Xuân Nội	Xã
01465	047	04	Quang Trung	Quang Trung	Xã Quang Trung	Xã
01468	047	04	Quang Vinh	Quang Vinh	Xã Quang Vinh	Xã
01471	047	04	Cao Chương	Cao Chuong	Xã Cao Chương	Xã
01477	047	04	Trùng Khánh	Trung Khanh	Thị trấn Trùng Khánh	Thị trấn
01480	047	04	Ngọc Khê	Ngoc Khe	Xã Ngọc Khê	Xã
01481	047	04	Ngọc Côn	Ngoc Con	Xã Ngọc Côn	Xã
01483	047	04	Phong Nậm	Phong Nam	Xã Phong Nậm	Xã
01489	047	04	Đình Phong	Dinh Phong	Xã Đình Phong	Xã
01495	047	04	Đàm Thuỷ	Dam Thuy	Xã Đàm Thuỷ	Xã
01498	047	04	Khâm Thành	Kham Thanh	Xã Khâm Thành	Xã
01501	047	04	Chí Viễn	Chi Vien	Xã Chí Viễn	Xã
01504	047	04	Lăng Hiếu	Lang Hieu	Xã Lăng Hiếu	Xã
01507	047	04	Phong Châu	Phong Chau	Xã Phong Châu	Xã
01516	047	04	Trung Phúc	Trung Phuc	Xã Trung Phúc	Xã
01519	047	04	Cao Thăng	Cao Thang	Xã Cao Thăng	Xã
01522	047	04	Đức Hồng	Duc Hong	Xã Đức Hồng	Xã
01525	047	04	Đoài Dương	Doai Duong	Xã Đoài Dương	Xã
01534	048	04	Minh Long	Minh Long	Xã Minh Long	Xã
01537	048	04	Lý Quốc	Ly Quoc	Xã Lý Quốc	Xã
01540	048	04	Thắng Lợi	Thang Loi	Xã Thắng Lợi	Xã
01543	048	04	Đồng Loan	Dong Loan	Xã Đồng Loan	Xã
01546	048	04	Đức Quang	Duc Quang	Xã Đức Quang	Xã
01549	048	04	Kim Loan	Kim Loan	Xã Kim Loan	Xã
01552	048	04	Quang Long	Quang Long	Xã Quang Long	Xã
01555	048	04	An Lạc	An Lac	Xã An Lạc	Xã
01558	048	04	Thanh Nhật	Thanh Nhat	Thị trấn Thanh Nhật	Thị trấn
01561	048	04	Vinh Quý	Vinh Quy	Xã Vinh Quý	Xã
01564	048	04	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
01567	048	04	Cô Ngân	Co Ngan	Xã Cô Ngân	Xã
01573	048	04	Thị Hoa	Thi Hoa	Xã Thị Hoa	Xã
01474	049	04	Quốc Toản	Quoc Toan	Xã Quốc Toản	Xã
01576	049	04	Quảng Uyên	Quang Uyen	Thị trấn Quảng Uyên	Thị trấn
01579	049	04	Phi Hải	Phi Hai	Xã Phi Hải	Xã
01582	049	04	Quảng Hưng	Quang Hung	Xã Quảng Hưng	Xã
01594	049	04	Độc Lập	Doc Lap	Xã Độc Lập	Xã
01597	049	04	Cai Bộ	Cai Bo	Xã Cai Bộ	Xã
01603	049	04	Phúc Sen	Phuc Sen	Xã Phúc Sen	Xã
01606	049	04	Chí Thảo	Chi Thao	Xã Chí Thảo	Xã
01609	049	04	Tự Do	Tu Do	Xã Tự Do	Xã
01615	049	04	Hồng Quang	Hong Quang	Xã Hồng Quang	Xã
01618	049	04	Ngọc Động	Ngoc Dong	Xã Ngọc Động	Xã
01624	049	04	Hạnh Phúc	Hanh Phuc	Xã Hạnh Phúc	Xã
01627	049	04	Tà Lùng	Ta Lung	Thị trấn Tà Lùng	Thị trấn
01630	049	04	Bế Văn Đàn	Be Van Dan	Xã Bế Văn Đàn	Xã
01636	049	04	Cách Linh	Cach Linh	Xã Cách Linh	Xã
01639	049	04	Đại Sơn	Dai Son	Xã Đại Sơn	Xã
01645	049	04	Tiên Thành	Tien Thanh	Xã Tiên Thành	Xã
01648	049	04	Hoà Thuận	Hoa Thuan	Thị trấn Hoà Thuận	Thị trấn
01651	049	04	Mỹ Hưng	My Hung	Xã Mỹ Hưng	Xã
01654	051	04	Nước Hai	Nuoc Hai	Thị trấn Nước Hai	Thị trấn
01657	051	04	Dân Chủ	Dan Chu	Xã Dân Chủ	Xã
01660	051	04	Nam Tuấn	Nam Tuan	Xã Nam Tuấn	Xã
01666	051	04	Đại Tiến	Dai Tien	Xã Đại Tiến	Xã
01669	051	04	Đức Long	Duc Long	Xã Đức Long	Xã
01672	051	04	Ngũ Lão	Ngu Lao	Xã Ngũ Lão	Xã
01675	051	04	Trương Lương	Truong Luong	Xã Trương Lương	Xã
01687	051	04	Hồng Việt	Hong Viet	Xã Hồng Việt	Xã
01696	051	04	Hoàng Tung	Hoang Tung	Xã Hoàng Tung	Xã
01699	051	04	Nguyễn Huệ	Nguyen Hue	Xã Nguyễn Huệ	Xã
01702	051	04	Quang Trung	Quang Trung	Xã Quang Trung	Xã
01708	051	04	Bạch Đằng	Bach Dang	Xã Bạch Đằng	Xã
01711	051	04	Bình Dương	Binh Duong	Xã Bình Dương	Xã
01714	051	04	Lê Chung	Le Chung	Xã Lê Chung	Xã
01723	051	04	Hồng Nam	Hong Nam	Xã Hồng Nam	Xã
01726	052	04	Nguyên Bình	Nguyen Binh	Thị trấn Nguyên Bình	Thị trấn
01729	052	04	Tĩnh Túc	Tinh Tuc	Thị trấn Tĩnh Túc	Thị trấn
01732	052	04	Yên Lạc	Yen Lac	Xã Yên Lạc	Xã
01735	052	04	Triệu Nguyên	Trieu Nguyen	Xã Triệu Nguyên	Xã
01738	052	04	Ca Thành	Ca Thanh	Xã Ca Thành	Xã
01744	052	04	Vũ Nông	Vu Nong	Xã Vũ Nông	Xã
01747	052	04	Minh Tâm	Minh Tam	Xã Minh Tâm	Xã
01750	052	04	Thể Dục	The Duc	Xã Thể Dục	Xã
01756	052	04	Mai Long	Mai Long	Xã Mai Long	Xã
01762	052	04	Vũ Minh	Vu Minh	Xã Vũ Minh	Xã
01765	052	04	Hoa Thám	Hoa Tham	Xã Hoa Thám	Xã
01768	052	04	Phan Thanh	Phan Thanh	Xã Phan Thanh	Xã
01771	052	04	Quang Thành	Quang Thanh	Xã Quang Thành	Xã
01774	052	04	Tam Kim	Tam Kim	Xã Tam Kim	Xã
01777	052	04	Thành Công	Thanh Cong	Xã Thành Công	Xã
01780	052	04	Thịnh Vượng	Thinh Vuong	Xã Thịnh Vượng	Xã
01783	052	04	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
01786	053	04	Đông Khê	Dong Khe	Thị trấn Đông Khê	Thị trấn
01789	053	04	Canh Tân	Canh Tan	Xã Canh Tân	Xã
01792	053	04	Kim Đồng	Kim Dong	Xã Kim Đồng	Xã
01795	053	04	Minh Khai	Minh Khai	Xã Minh Khai	Xã
01801	053	04	Đức Thông	Duc Thong	Xã Đức Thông	Xã
01804	053	04	Thái Cường	Thai Cuong	Xã Thái Cường	Xã
01807	053	04	Vân Trình	Van Trinh	Xã Vân Trình	Xã
01810	053	04	Thụy Hùng	Thuy Hung	Xã Thụy Hùng	Xã
01813	053	04	Quang Trọng	Quang Trong	Xã Quang Trọng	Xã
01816	053	04	Trọng Con	Trong Con	Xã Trọng Con	Xã
01819	053	04	Lê Lai	Le Lai	Xã Lê Lai	Xã
01822	053	04	Đức Long	Duc Long	Xã Đức Long	Xã
01828	053	04	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
01831	053	04	Đức Xuân	Duc Xuan	Xã Đức Xuân	Xã
01834	058	06	Nguyễn Thị Minh Khai	Nguyen Thi Minh Khai	Phường Nguyễn Thị Minh Khai	Phường
01837	058	06	Sông Cầu	Song Cau	Phường Sông Cầu	Phường
01840	058	06	Đức Xuân	Duc Xuan	Phường Đức Xuân	Phường
01843	058	06	Phùng Chí Kiên	Phung Chi Kien	Phường Phùng Chí Kiên	Phường
01846	058	06	Huyền Tụng	Huyen Tung	Phường Huyền Tụng	Phường
01849	058	06	Dương Quang	Duong Quang	Xã Dương Quang	Xã
01852	058	06	Nông Thượng	Nong Thuong	Xã Nông Thượng	Xã
01855	058	06	Xuất Hóa	Xuat Hoa	Phường Xuất Hóa	Phường
01858	060	06	Bằng Thành	Bang Thanh	Xã Bằng Thành	Xã
01861	060	06	Nhạn Môn	Nhan Mon	Xã Nhạn Môn	Xã
01864	060	06	Bộc Bố	Boc Bo	Xã Bộc Bố	Xã
01867	060	06	Công Bằng	Cong Bang	Xã Công Bằng	Xã
01870	060	06	Giáo Hiệu	Giao Hieu	Xã Giáo Hiệu	Xã
01873	060	06	Xuân La	Xuan La	Xã Xuân La	Xã
01876	060	06	An Thắng	An Thang	Xã An Thắng	Xã
01879	060	06	Cổ Linh	Co Linh	Xã Cổ Linh	Xã
01882	060	06	Nghiên Loan	Nghien Loan	Xã Nghiên Loan	Xã
01885	060	06	Cao Tân	Cao Tan	Xã Cao Tân	Xã
01888	061	06	Chợ Rã	Cho Ra	Thị trấn Chợ Rã	Thị trấn
01891	061	06	Bành Trạch	Banh Trach	Xã Bành Trạch	Xã
01894	061	06	Phúc Lộc	Phuc Loc	Xã Phúc Lộc	Xã
01897	061	06	Hà Hiệu	Ha Hieu	Xã Hà Hiệu	Xã
01900	061	06	Cao Thượng	Cao Thuong	Xã Cao Thượng	Xã
01906	061	06	Khang Ninh	Khang Ninh	Xã Khang Ninh	Xã
01909	061	06	Nam Mẫu	Nam Mau	Xã Nam Mẫu	Xã
01912	061	06	Thượng Giáo	Thuong Giao	Xã Thượng Giáo	Xã
01915	061	06	Địa Linh	Dia Linh	Xã Địa Linh	Xã
01918	061	06	Yến Dương	Yen Duong	Xã Yến Dương	Xã
01921	061	06	Chu Hương	Chu Huong	Xã Chu Hương	Xã
01924	061	06	Quảng Khê	Quang Khe	Xã Quảng Khê	Xã
01927	061	06	Mỹ Phương	My Phuong	Xã Mỹ Phương	Xã
01930	061	06	Hoàng Trĩ	Hoang Tri	Xã Hoàng Trĩ	Xã
01933	061	06	Đồng Phúc	Dong Phuc	Xã Đồng Phúc	Xã
01936	062	06	Nà Phặc	Na Phac	Thị trấn Nà Phặc	Thị trấn
01939	062	06	Thượng Ân	Thuong An	Xã Thượng Ân	Xã
01942	062	06	Bằng Vân	Bang Van	Xã Bằng Vân	Xã
01945	062	06	Cốc Đán	Coc Dan	Xã Cốc Đán	Xã
01948	062	06	Trung Hoà	Trung Hoa	Xã Trung Hoà	Xã
01951	062	06	Đức Vân	Duc Van	Xã Đức Vân	Xã
01954	062	06	Vân Tùng	Van Tung	Thị trấn Vân Tùng	Thị trấn
01957	062	06	Thượng Quan	Thuong Quan	Xã Thượng Quan	Xã
01960	062	06	Hiệp Lực	Hiep Luc	Xã Hiệp Lực	Xã
01963	062	06	Thuần Mang	Thuan Mang	Xã Thuần Mang	Xã
01969	063	06	Phủ Thông	Phu Thong	Thị trấn Phủ Thông	Thị trấn
01975	063	06	Vi Hương	Vi Huong	Xã Vi Hương	Xã
01978	063	06	Sĩ Bình	Si Binh	Xã Sĩ Bình	Xã
01981	063	06	Vũ Muộn	Vu Muon	Xã Vũ Muộn	Xã
01984	063	06	Đôn Phong	Don Phong	Xã Đôn Phong	Xã
01990	063	06	Lục Bình	Luc Binh	Xã Lục Bình	Xã
01993	063	06	Tân Tú	Tan Tu	Xã Tân Tú	Xã
01999	063	06	Nguyên Phúc	Nguyen Phuc	Xã Nguyên Phúc	Xã
02002	063	06	Cao Sơn	Cao Son	Xã Cao Sơn	Xã
02005	063	06	Quân Hà	Quan Ha	Xã Quân Hà	Xã
02008	063	06	Cẩm Giàng	Cam Giang	Xã Cẩm Giàng	Xã
02011	063	06	Mỹ Thanh	My Thanh	Xã Mỹ Thanh	Xã
02014	063	06	Dương Phong	Duong Phong	Xã Dương Phong	Xã
02017	063	06	Quang Thuận	Quang Thuan	Xã Quang Thuận	Xã
02020	064	06	Bằng Lũng	Bang Lung	Thị trấn Bằng Lũng	Thị trấn
02023	064	06	Xuân Lạc	Xuan Lac	Xã Xuân Lạc	Xã
02026	064	06	Nam Cường	Nam Cuong	Xã Nam Cường	Xã
02029	064	06	Đồng Lạc	Dong Lac	Xã Đồng Lạc	Xã
02032	064	06	Tân Lập	Tan Lap	Xã Tân Lập	Xã
02035	064	06	Bản Thi	Ban Thi	Xã Bản Thi	Xã
02038	064	06	Quảng Bạch	Quang Bach	Xã Quảng Bạch	Xã
02041	064	06	Bằng Phúc	Bang Phuc	Xã Bằng Phúc	Xã
02044	064	06	Yên Thịnh	Yen Thinh	Xã Yên Thịnh	Xã
02047	064	06	Yên Thượng	Yen Thuong	Xã Yên Thượng	Xã
02050	064	06	Phương Viên	Phuong Vien	Xã Phương Viên	Xã
02053	064	06	Ngọc Phái	Ngoc Phai	Xã Ngọc Phái	Xã
02059	064	06	Đồng Thắng	Dong Thang	Xã Đồng Thắng	Xã
02062	064	06	Lương Bằng	Luong Bang	Xã Lương Bằng	Xã
02065	064	06	Bằng Lãng	Bang Lang	Xã Bằng Lãng	Xã
02068	064	06	Đại Sảo	Dai Sao	Xã Đại Sảo	Xã
02071	064	06	Nghĩa Tá	Nghia Ta	Xã Nghĩa Tá	Xã
02077	064	06	Yên Mỹ	Yen My	Xã Yên Mỹ	Xã
02080	064	06	Bình Trung	Binh Trung	Xã Bình Trung	Xã
02083	064	06	Yên Phong	Yen Phong	Xã Yên Phong	Xã
02086	065	06	Đồng Tâm	Dong Tam	Thị trấn Đồng Tâm	Thị trấn
02089	065	06	Tân Sơn	Tan Son	Xã Tân Sơn	Xã
02092	065	06	Thanh Vận	Thanh Van	Xã Thanh Vận	Xã
02095	065	06	Mai Lạp	Mai Lap	Xã Mai Lạp	Xã
02098	065	06	Hoà Mục	Hoa Muc	Xã Hoà Mục	Xã
02101	065	06	Thanh Mai	Thanh Mai	Xã Thanh Mai	Xã
02104	065	06	Cao Kỳ	Cao Ky	Xã Cao Kỳ	Xã
02107	065	06	Nông Hạ	Nong Ha	Xã Nông Hạ	Xã
02110	065	06	Yên Cư	Yen Cu	Xã Yên Cư	Xã
02113	065	06	Thanh Thịnh	Thanh Thinh	Xã Thanh Thịnh	Xã
02116	065	06	Yên Hân	Yen Han	Xã Yên Hân	Xã
02122	065	06	Như Cố	Nhu Co	Xã Như Cố	Xã
02125	065	06	Bình Văn	Binh Van	Xã Bình Văn	Xã
02131	065	06	Quảng Chu	Quang Chu	Xã Quảng Chu	Xã
02137	066	06	Văn Vũ	Van Vu	Xã Văn Vũ	Xã
02140	066	06	Văn Lang	Van Lang	Xã Văn Lang	Xã
02143	066	06	Lương Thượng	Luong Thuong	Xã Lương Thượng	Xã
02146	066	06	Kim Hỷ	Kim Hy	Xã Kim Hỷ	Xã
02152	066	06	Cường Lợi	Cuong Loi	Xã Cường Lợi	Xã
02155	066	06	Yến Lạc	Yen Lac	Thị trấn Yến Lạc	Thị trấn
02158	066	06	Kim Lư	Kim Lu	Xã Kim Lư	Xã
02161	066	06	Sơn Thành	Son Thanh	Xã Sơn Thành	Xã
02170	066	06	Văn Minh	Van Minh	Xã Văn Minh	Xã
02173	066	06	Côn Minh	Con Minh	Xã Côn Minh	Xã
02176	066	06	Cư Lễ	Cu Le	Xã Cư Lễ	Xã
02179	066	06	Trần Phú	Tran Phu	Xã Trần Phú	Xã
02185	066	06	Quang Phong	Quang Phong	Xã Quang Phong	Xã
02188	066	06	Dương Sơn	Duong Son	Xã Dương Sơn	Xã
02191	066	06	Xuân Dương	Xuan Duong	Xã Xuân Dương	Xã
02194	066	06	Đổng Xá	Dong Xa	Xã Đổng Xá	Xã
02197	066	06	Liêm Thuỷ	Liem Thuy	Xã Liêm Thuỷ	Xã
02200	070	08	Phan Thiết	Phan Thiet	Phường Phan Thiết	Phường
02203	070	08	Minh Xuân	Minh Xuan	Phường Minh Xuân	Phường
02206	070	08	Tân Quang	Tan Quang	Phường Tân Quang	Phường
02209	070	08	Tràng Đà	Trang Da	Xã Tràng Đà	Xã
02212	070	08	Nông Tiến	Nong Tien	Phường Nông Tiến	Phường
02215	070	08	Ỷ La	Y La	Phường Ỷ La	Phường
02216	070	08	Tân Hà	Tan Ha	Phường Tân Hà	Phường
02218	070	08	Hưng Thành	Hung Thanh	Phường Hưng Thành	Phường
02497	070	08	Kim Phú	Kim Phu	Xã Kim Phú	Xã
02503	070	08	An Khang	An Khang	Xã An Khang	Xã
02509	070	08	Mỹ Lâm	My Lam	Phường Mỹ Lâm	Phường
02512	070	08	An Tường	An Tuong	Phường An Tường	Phường
02515	070	08	Lưỡng Vượng	Luong Vuong	Xã Lưỡng Vượng	Xã
02521	070	08	Thái Long	Thai Long	Xã Thái Long	Xã
02524	070	08	Đội Cấn	Doi Can	Phường Đội Cấn	Phường
02233	071	08	Phúc Yên	Phuc Yen	Xã Phúc Yên	Xã
02242	071	08	Xuân Lập	Xuan Lap	Xã Xuân Lập	Xã
02251	071	08	Khuôn Hà	Khuon Ha	Xã Khuôn Hà	Xã
02266	071	08	Lăng Can	Lang Can	Thị trấn Lăng Can	Thị trấn
02269	071	08	Thượng Lâm	Thuong Lam	Xã Thượng Lâm	Xã
02290	071	08	Bình An	Binh An	Xã Bình An	Xã
02293	071	08	Hồng Quang	Hong Quang	Xã Hồng Quang	Xã
02296	071	08	Thổ Bình	Tho Binh	Xã Thổ Bình	Xã
02299	071	08	Phúc Sơn	Phuc Son	Xã Phúc Sơn	Xã
02302	071	08	Minh Quang	Minh Quang	Xã Minh Quang	Xã
02221	072	08	Na Hang	Na Hang	Thị trấn Na Hang	Thị trấn
02227	072	08	Sinh Long	Sinh Long	Xã Sinh Long	Xã
02230	072	08	Thượng Giáp	Thuong Giap	Xã Thượng Giáp	Xã
02239	072	08	Thượng Nông	Thuong Nong	Xã Thượng Nông	Xã
02245	072	08	Côn Lôn	Con Lon	Xã Côn Lôn	Xã
02248	072	08	Yên Hoa	Yen Hoa	Xã Yên Hoa	Xã
02254	072	08	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
02260	072	08	Đà Vị	Da Vi	Xã Đà Vị	Xã
02263	072	08	Khau Tinh	Khau Tinh	Xã Khau Tinh	Xã
02275	072	08	Sơn Phú	Son Phu	Xã Sơn Phú	Xã
02281	072	08	Năng Khả	Nang Kha	Xã Năng Khả	Xã
02284	072	08	Thanh Tương	Thanh Tuong	Xã Thanh Tương	Xã
02287	073	08	Vĩnh Lộc	Vinh Loc	Thị trấn Vĩnh Lộc	Thị trấn
02305	073	08	Trung Hà	Trung Ha	Xã Trung Hà	Xã
02308	073	08	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
02311	073	08	Hà Lang	Ha Lang	Xã Hà Lang	Xã
02314	073	08	Hùng Mỹ	Hung My	Xã Hùng Mỹ	Xã
02320	073	08	Tân An	Tan An	Xã Tân An	Xã
02323	073	08	Bình Phú	Binh Phu	Xã Bình Phú	Xã
02326	073	08	Xuân Quang	Xuan Quang	Xã Xuân Quang	Xã
02329	073	08	Ngọc Hội	Ngoc Hoi	Xã Ngọc Hội	Xã
02332	073	08	Phú Bình	Phu Binh	Xã Phú Bình	Xã
02335	073	08	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
02338	073	08	Phúc Thịnh	Phuc Thinh	Xã Phúc Thịnh	Xã
02341	073	08	Kiên Đài	Kien Dai	Xã Kiên Đài	Xã
02344	073	08	Tân Thịnh	Tan Thinh	Xã Tân Thịnh	Xã
02347	073	08	Trung Hòa	Trung Hoa	Xã Trung Hòa	Xã
02350	073	08	Kim Bình	Kim Binh	Xã Kim Bình	Xã
02353	073	08	Hòa An	Hoa An	Xã Hòa An	Xã
02356	073	08	Vinh Quang	Vinh Quang	Xã Vinh Quang	Xã
02359	073	08	Tri Phú	Tri Phu	Xã Tri Phú	Xã
02362	073	08	Nhân Lý	Nhan Ly	Xã Nhân Lý	Xã
02365	073	08	Yên Nguyên	Yen Nguyen	Xã Yên Nguyên	Xã
02368	073	08	Linh Phú	Linh Phu	Xã Linh Phú	Xã
02371	073	08	Bình Nhân	Binh Nhan	Xã Bình Nhân	Xã
02374	074	08	Tân Yên	Tan Yen	Thị trấn Tân Yên	Thị trấn
02377	074	08	Yên Thuận	Yen Thuan	Xã Yên Thuận	Xã
02380	074	08	Bạch Xa	Bach Xa	Xã Bạch Xa	Xã
02383	074	08	Minh Khương	Minh Khuong	Xã Minh Khương	Xã
02386	074	08	Yên Lâm	Yen Lam	Xã Yên Lâm	Xã
02389	074	08	Minh Dân	Minh Dan	Xã Minh Dân	Xã
02392	074	08	Phù Lưu	Phu Luu	Xã Phù Lưu	Xã
02395	074	08	Minh Hương	Minh Huong	Xã Minh Hương	Xã
02398	074	08	Yên Phú	Yen Phu	Xã Yên Phú	Xã
02401	074	08	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
02404	074	08	Bình Xa	Binh Xa	Xã Bình Xa	Xã
02407	074	08	Thái Sơn	Thai Son	Xã Thái Sơn	Xã
02410	074	08	Nhân Mục	Nhan Muc	Xã Nhân Mục	Xã
02413	074	08	Thành Long	Thanh Long	Xã Thành Long	Xã
02416	074	08	Bằng Cốc	Bang Coc	Xã Bằng Cốc	Xã
02419	074	08	Thái Hòa	Thai Hoa	Xã Thái Hòa	Xã
02422	074	08	Đức Ninh	Duc Ninh	Xã Đức Ninh	Xã
02425	074	08	Hùng Đức	Hung Duc	Xã Hùng Đức	Xã
02431	075	08	Quí Quân	Qui Quan	Xã Quí Quân	Xã
02434	075	08	Lực Hành	Luc Hanh	Xã Lực Hành	Xã
02437	075	08	Kiến Thiết	Kien Thiet	Xã Kiến Thiết	Xã
02440	075	08	Trung Minh	Trung Minh	Xã Trung Minh	Xã
02443	075	08	Chiêu Yên	Chieu Yen	Xã Chiêu Yên	Xã
02446	075	08	Trung Trực	Trung Truc	Xã Trung Trực	Xã
02449	075	08	Xuân Vân	Xuan Van	Xã Xuân Vân	Xã
02452	075	08	Phúc Ninh	Phuc Ninh	Xã Phúc Ninh	Xã
02455	075	08	Hùng Lợi	Hung Loi	Xã Hùng Lợi	Xã
02458	075	08	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
02461	075	08	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
02464	075	08	Tứ Quận	Tu Quan	Xã Tứ Quận	Xã
02467	075	08	Đạo Viện	Dao Vien	Xã Đạo Viện	Xã
02470	075	08	Tân Long	Tan Long	Xã Tân Long	Xã
02473	075	08	Yên Sơn	Yen Son	Thị trấn Yên Sơn	Thị trấn
02476	075	08	Kim Quan	Kim Quan	Xã Kim Quan	Xã
02479	075	08	Lang Quán	Lang Quan	Xã Lang Quán	Xã
02482	075	08	Phú Thịnh	Phu Thinh	Xã Phú Thịnh	Xã
02485	075	08	Công Đa	Cong Da	Xã Công Đa	Xã
02488	075	08	Trung Môn	Trung Mon	Xã Trung Môn	Xã
02491	075	08	Chân Sơn	Chan Son	Xã Chân Sơn	Xã
02494	075	08	Thái Bình	Thai Binh	Xã Thái Bình	Xã
02500	075	08	Tiến Bộ	Tien Bo	Xã Tiến Bộ	Xã
02506	075	08	Mỹ Bằng	My Bang	Xã Mỹ Bằng	Xã
02518	075	08	Hoàng Khai	Hoang Khai	Xã Hoàng Khai	Xã
02527	075	08	Nhữ Hán	Nhu Han	Xã Nhữ Hán	Xã
02530	075	08	Nhữ Khê	Nhu Khe	Xã Nhữ Khê	Xã
02533	075	08	Đội Bình	Doi Binh	Xã Đội Bình	Xã
02536	076	08	Sơn Dương	Son Duong	Thị trấn Sơn Dương	Thị trấn
02539	076	08	Trung Yên	Trung Yen	Xã Trung Yên	Xã
02542	076	08	Minh Thanh	Minh Thanh	Xã Minh Thanh	Xã
02545	076	08	Tân Trào	Tan Trao	Xã Tân Trào	Xã
02548	076	08	Vĩnh Lợi	Vinh Loi	Xã Vĩnh Lợi	Xã
02551	076	08	Thượng Ấm	Thuong Am	Xã Thượng Ấm	Xã
02554	076	08	Bình Yên	Binh Yen	Xã Bình Yên	Xã
02557	076	08	Lương Thiện	Luong Thien	Xã Lương Thiện	Xã
02560	076	08	Tú Thịnh	Tu Thinh	Xã Tú Thịnh	Xã
02563	076	08	Cấp Tiến	Cap Tien	Xã Cấp Tiến	Xã
02566	076	08	Hợp Thành	Hop Thanh	Xã Hợp Thành	Xã
02569	076	08	Phúc Ứng	Phuc Ung	Xã Phúc Ứng	Xã
02572	076	08	Đông Thọ	Dong Tho	Xã Đông Thọ	Xã
02575	076	08	Kháng Nhật	Khang Nhat	Xã Kháng Nhật	Xã
02578	076	08	Hợp Hòa	Hop Hoa	Xã Hợp Hòa	Xã
02584	076	08	Quyết Thắng	Quyet Thang	Xã Quyết Thắng	Xã
02587	076	08	Đồng Quý	Dong Quy	Xã Đồng Quý	Xã
02590	076	08	Tân Thanh	Tan Thanh	Xã Tân Thanh	Xã
02596	076	08	Văn Phú	Van Phu	Xã Văn Phú	Xã
02599	076	08	Chi Thiết	Chi Thiet	Xã Chi Thiết	Xã
02602	076	08	Đông Lợi	Dong Loi	Xã Đông Lợi	Xã
02605	076	08	Thiện Kế	Thien Ke	Xã Thiện Kế	Xã
02608	076	08	Hồng Sơn	Hong Son	Xã Hồng Sơn	Xã
02611	076	08	Phú Lương	Phu Luong	Xã Phú Lương	Xã
02614	076	08	Ninh Lai	Ninh Lai	Xã Ninh Lai	Xã
02617	076	08	Đại Phú	Dai Phu	Xã Đại Phú	Xã
02620	076	08	Sơn Nam	Son Nam	Xã Sơn Nam	Xã
02623	076	08	Hào Phú	Hao Phu	Xã Hào Phú	Xã
02626	076	08	Tam Đa	Tam Da	Xã Tam Đa	Xã
02632	076	08	Trường Sinh	Truong Sinh	Xã Trường Sinh	Xã
02635	080	10	Duyên Hải	Duyen Hai	Phường Duyên Hải	Phường
02641	080	10	Lào Cai	Lao Cai	Phường Lào Cai	Phường
02644	080	10	Cốc Lếu	Coc Leu	Phường Cốc Lếu	Phường
02647	080	10	Kim Tân	Kim Tan	Phường Kim Tân	Phường
02650	080	10	Bắc Lệnh	Bac Lenh	Phường Bắc Lệnh	Phường
02653	080	10	Pom Hán	Pom Han	Phường Pom Hán	Phường
02656	080	10	Xuân Tăng	Xuan Tang	Phường Xuân Tăng	Phường
02658	080	10	Bình Minh	Binh Minh	Phường Bình Minh	Phường
02659	080	10	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
02662	080	10	Đồng Tuyển	Dong Tuyen	Xã Đồng Tuyển	Xã
02665	080	10	Vạn Hoà	Van Hoa	Xã Vạn Hoà	Xã
02668	080	10	Bắc Cường	Bac Cuong	Phường Bắc Cường	Phường
02671	080	10	Nam Cường	Nam Cuong	Phường Nam Cường	Phường
02674	080	10	Cam Đường	Cam Duong	Xã Cam Đường	Xã
02677	080	10	Tả Phời	Ta Phoi	Xã Tả Phời	Xã
02680	080	10	Hợp Thành	Hop Thanh	Xã Hợp Thành	Xã
02746	080	10	Cốc San	Coc San	Xã Cốc San	Xã
02683	082	10	Bát Xát	Bat Xat	Thị trấn Bát Xát	Thị trấn
02686	082	10	A Mú Sung	A Mu Sung	Xã A Mú Sung	Xã
02689	082	10	Nậm Chạc	Nam Chac	Xã Nậm Chạc	Xã
02692	082	10	A Lù	A Lu	Xã A Lù	Xã
02695	082	10	Trịnh Tường	Trinh Tuong	Xã Trịnh Tường	Xã
02701	082	10	Y Tý	Y Ty	Xã Y Tý	Xã
02704	082	10	Cốc Mỳ	Coc My	Xã Cốc Mỳ	Xã
02707	082	10	Dền Sáng	Den Sang	Xã Dền Sáng	Xã
02710	082	10	Bản Vược	Ban Vuoc	Xã Bản Vược	Xã
02713	082	10	Sàng Ma Sáo	Sang Ma Sao	Xã Sàng Ma Sáo	Xã
02716	082	10	Bản Qua	Ban Qua	Xã Bản Qua	Xã
02719	082	10	Mường Vi	Muong Vi	Xã Mường Vi	Xã
02722	082	10	Dền Thàng	Den Thang	Xã Dền Thàng	Xã
02725	082	10	Bản Xèo	Ban Xeo	Xã Bản Xèo	Xã
02728	082	10	Mường Hum	Muong Hum	Xã Mường Hum	Xã
02731	082	10	Trung Lèng Hồ	Trung Leng Ho	Xã Trung Lèng Hồ	Xã
02734	082	10	Quang Kim	Quang Kim	Xã Quang Kim	Xã
02737	082	10	Pa Cheo	Pa Cheo	Xã Pa Cheo	Xã
02740	082	10	Nậm Pung	Nam Pung	Xã Nậm Pung	Xã
02743	082	10	Phìn Ngan	Phin Ngan	Xã Phìn Ngan	Xã
02749	082	10	Tòng Sành	Tong Sanh	Xã Tòng Sành	Xã
02752	083	10	Pha Long	Pha Long	Xã Pha Long	Xã
02755	083	10	Tả Ngải Chồ	Ta Ngai Cho	Xã Tả Ngải Chồ	Xã
02758	083	10	Tung Chung Phố	Tung Chung Pho	Xã Tung Chung Phố	Xã
02761	083	10	Mường Khương	Muong Khuong	Thị trấn Mường Khương	Thị trấn
02764	083	10	Dìn Chin	Din Chin	Xã Dìn Chin	Xã
02767	083	10	Tả Gia Khâu	Ta Gia Khau	Xã Tả Gia Khâu	Xã
02770	083	10	Nậm Chảy	Nam Chay	Xã Nậm Chảy	Xã
02773	083	10	Nấm Lư	Nam Lu	Xã Nấm Lư	Xã
02776	083	10	Lùng Khấu Nhin	Lung Khau Nhin	Xã Lùng Khấu Nhin	Xã
02779	083	10	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
02782	083	10	Cao Sơn	Cao Son	Xã Cao Sơn	Xã
02785	083	10	Lùng Vai	Lung Vai	Xã Lùng Vai	Xã
02788	083	10	Bản Lầu	Ban Lau	Xã Bản Lầu	Xã
02791	083	10	La Pan Tẩn	La Pan Tan	Xã La Pan Tẩn	Xã
02794	083	10	Tả Thàng	Ta Thang	Xã Tả Thàng	Xã
02797	083	10	Bản Sen	Ban Sen	Xã Bản Sen	Xã
02800	084	10	Nàn Sán	Nan San	Xã Nàn Sán	Xã
02803	084	10	Thào Chư Phìn	Thao Chu Phin	Xã Thào Chư Phìn	Xã
02806	084	10	Bản Mế	Ban Me	Xã Bản Mế	Xã
02809	084	10	Si Ma Cai	Si Ma Cai	Thị trấn Si Ma Cai	Thị trấn
02812	084	10	Sán Chải	San Chai	Xã Sán Chải	Xã
02818	084	10	Lùng Thẩn	Lung Than	Xã Lùng Thẩn	Xã
02821	084	10	Cán Cấu	Can Cau	Xã Cán Cấu	Xã
02824	084	10	Sín Chéng	Sin Cheng	Xã Sín Chéng	Xã
02827	084	10	Quan Hồ Thẩn	Quan Ho Than	Xã Quan Hồ Thẩn	Xã
02836	084	10	Nàn Xín	Nan Xin	Xã Nàn Xín	Xã
02839	085	10	Bắc Hà	Bac Ha	Thị trấn Bắc Hà	Thị trấn
02842	085	10	Lùng Cải	Lung Cai	Xã Lùng Cải	Xã
02848	085	10	Lùng Phình	Lung Phinh	Xã Lùng Phình	Xã
02851	085	10	Tả Van Chư	Ta Van Chu	Xã Tả Van Chư	Xã
02854	085	10	Tả Củ Tỷ	Ta Cu Ty	Xã Tả Củ Tỷ	Xã
02857	085	10	Thải Giàng Phố	Thai Giang Pho	Xã Thải Giàng Phố	Xã
02863	085	10	Hoàng Thu Phố	Hoang Thu Pho	Xã Hoàng Thu Phố	Xã
02866	085	10	Bản Phố	Ban Pho	Xã Bản Phố	Xã
02869	085	10	Bản Liền	Ban Lien	Xã Bản Liền	Xã
02875	085	10	Na Hối	Na Hoi	Xã Na Hối	Xã
02878	085	10	Cốc Ly	Coc Ly	Xã Cốc Ly	Xã
02881	085	10	Nậm Mòn	Nam Mon	Xã Nậm Mòn	Xã
02884	085	10	Nậm Đét	Nam Det	Xã Nậm Đét	Xã
02887	085	10	Nậm Khánh	Nam Khanh	Xã Nậm Khánh	Xã
02890	085	10	Bảo Nhai	Bao Nhai	Xã Bảo Nhai	Xã
02893	085	10	Nậm Lúc	Nam Luc	Xã Nậm Lúc	Xã
02896	085	10	Cốc Lầu	Coc Lau	Xã Cốc Lầu	Xã
02899	085	10	Bản Cái	Ban Cai	Xã Bản Cái	Xã
02902	086	10	N.T Phong Hải	N.T Phong Hai	Thị trấn N.T Phong Hải	Thị trấn
02905	086	10	Phố Lu	Pho Lu	Thị trấn Phố Lu	Thị trấn
02908	086	10	Tằng Loỏng	Tang Loong	Thị trấn Tằng Loỏng	Thị trấn
02911	086	10	Bản Phiệt	Ban Phiet	Xã Bản Phiệt	Xã
02914	086	10	Bản Cầm	Ban Cam	Xã Bản Cầm	Xã
02917	086	10	Thái Niên	Thai Nien	Xã Thái Niên	Xã
02920	086	10	Phong Niên	Phong Nien	Xã Phong Niên	Xã
02923	086	10	Gia Phú	Gia Phu	Xã Gia Phú	Xã
02926	086	10	Xuân Quang	Xuan Quang	Xã Xuân Quang	Xã
02929	086	10	Sơn Hải	Son Hai	Xã Sơn Hải	Xã
02932	086	10	Xuân Giao	Xuan Giao	Xã Xuân Giao	Xã
02935	086	10	Trì Quang	Tri Quang	Xã Trì Quang	Xã
02938	086	10	Sơn Hà	Son Ha	Xã Sơn Hà	Xã
02944	086	10	Phú Nhuận	Phu Nhuan	Xã Phú Nhuận	Xã
02947	087	10	Phố Ràng	Pho Rang	Thị trấn Phố Ràng	Thị trấn
02950	087	10	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
02953	087	10	Nghĩa Đô	Nghia Do	Xã Nghĩa Đô	Xã
02956	087	10	Vĩnh Yên	Vinh Yen	Xã Vĩnh Yên	Xã
02959	087	10	Điện Quan	Dien Quan	Xã Điện Quan	Xã
02962	087	10	Xuân Hoà	Xuan Hoa	Xã Xuân Hoà	Xã
02965	087	10	Tân Dương	Tan Duong	Xã Tân Dương	Xã
02968	087	10	Thượng Hà	Thuong Ha	Xã Thượng Hà	Xã
02971	087	10	Kim Sơn	Kim Son	Xã Kim Sơn	Xã
02974	087	10	Cam Cọn	Cam Con	Xã Cam Cọn	Xã
02977	087	10	Minh Tân	Minh Tan	Xã Minh Tân	Xã
02980	087	10	Xuân Thượng	Xuan Thuong	Xã Xuân Thượng	Xã
02983	087	10	Việt Tiến	Viet Tien	Xã Việt Tiến	Xã
02986	087	10	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
02989	087	10	Bảo Hà	Bao Ha	Xã Bảo Hà	Xã
02992	087	10	Lương Sơn	Luong Son	Xã Lương Sơn	Xã
02998	087	10	Phúc Khánh	Phuc Khanh	Xã Phúc Khánh	Xã
03001	088	10	Sa Pa	Sa Pa	Phường Sa Pa	Phường
03002	088	10	Sa Pả	Sa Pa	Phường Sa Pả	Phường
03003	088	10	Ô Quý Hồ	O Quy Ho	Phường Ô Quý Hồ	Phường
03004	088	10	Ngũ Chỉ Sơn	Ngu Chi Son	Xã Ngũ Chỉ Sơn	Xã
03006	088	10	Phan Si Păng	Phan Si Pang	Phường Phan Si Păng	Phường
03010	088	10	Trung Chải	Trung Chai	Xã Trung Chải	Xã
03013	088	10	Tả Phìn	Ta Phin	Xã Tả Phìn	Xã
03016	088	10	Hàm Rồng	Ham Rong	Phường Hàm Rồng	Phường
03019	088	10	Hoàng Liên	Hoang Lien	Xã Hoàng Liên	Xã
03022	088	10	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
03028	088	10	Cầu Mây	Cau May	Phường Cầu Mây	Phường
03037	088	10	Mường Hoa	Muong Hoa	Xã Mường Hoa	Xã
03040	088	10	Tả Van	Ta Van	Xã Tả Van	Xã
03043	088	10	Mường Bo	Muong Bo	Xã Mường Bo	Xã
03046	088	10	Bản Hồ	Ban Ho	Xã Bản Hồ	Xã
03052	088	10	Liên Minh	Lien Minh	Xã Liên Minh	Xã
03055	089	10	Khánh Yên	Khanh Yen	Thị trấn Khánh Yên	Thị trấn
03061	089	10	Võ Lao	Vo Lao	Xã Võ Lao	Xã
03064	089	10	Sơn Thuỷ	Son Thuy	Xã Sơn Thuỷ	Xã
03067	089	10	Nậm Mả	Nam Ma	Xã Nậm Mả	Xã
03070	089	10	Tân Thượng	Tan Thuong	Xã Tân Thượng	Xã
03073	089	10	Nậm Rạng	Nam Rang	Xã Nậm Rạng	Xã
03076	089	10	Nậm Chầy	Nam Chay	Xã Nậm Chầy	Xã
03079	089	10	Tân An	Tan An	Xã Tân An	Xã
03082	089	10	Khánh Yên Thượng	Khanh Yen Thuong	Xã Khánh Yên Thượng	Xã
03085	089	10	Nậm Xé	Nam Xe	Xã Nậm Xé	Xã
03088	089	10	Dần Thàng	Dan Thang	Xã Dần Thàng	Xã
03091	089	10	Chiềng Ken	Chieng Ken	Xã Chiềng Ken	Xã
03094	089	10	Làng Giàng	Lang Giang	Xã Làng Giàng	Xã
03097	089	10	Hoà Mạc	Hoa Mac	Xã Hoà Mạc	Xã
03100	089	10	Khánh Yên Trung	Khanh Yen Trung	Xã Khánh Yên Trung	Xã
03103	089	10	Khánh Yên Hạ	Khanh Yen Ha	Xã Khánh Yên Hạ	Xã
03106	089	10	Dương Quỳ	Duong Quy	Xã Dương Quỳ	Xã
03109	089	10	Nậm Tha	Nam Tha	Xã Nậm Tha	Xã
03112	089	10	Minh Lương	Minh Luong	Xã Minh Lương	Xã
03115	089	10	Thẩm Dương	Tham Duong	Xã Thẩm Dương	Xã
03118	089	10	Liêm Phú	Liem Phu	Xã Liêm Phú	Xã
03121	089	10	Nậm Xây	Nam Xay	Xã Nậm Xây	Xã
03124	094	11	Noong Bua	Noong Bua	Phường Noong Bua	Phường
03127	094	11	Him Lam	Him Lam	Phường Him Lam	Phường
03130	094	11	Thanh Bình	Thanh Binh	Phường Thanh Bình	Phường
03133	094	11	Tân Thanh	Tan Thanh	Phường Tân Thanh	Phường
03136	094	11	Mường Thanh	Muong Thanh	Phường Mường Thanh	Phường
03139	094	11	Nam Thanh	Nam Thanh	Phường Nam Thanh	Phường
03142	094	11	Thanh Trường	Thanh Truong	Phường Thanh Trường	Phường
03145	094	11	Thanh Minh	Thanh Minh	Xã Thanh Minh	Xã
03316	094	11	Nà Tấu	Na Tau	Xã Nà Tấu	Xã
03317	094	11	Nà Nhạn	Na Nhan	Xã Nà Nhạn	Xã
03325	094	11	Mường Phăng	Muong Phang	Xã Mường Phăng	Xã
03326	094	11	Pá Khoang	Pa Khoang	Xã Pá Khoang	Xã
03148	095	11	Sông Đà	Song Da	Phường Sông Đà	Phường
03151	095	11	Na Lay	Na Lay	Phường Na Lay	Phường
03184	095	11	Lay Nưa	Lay Nua	Xã Lay Nưa	Xã
03154	096	11	Sín Thầu	Sin Thau	Xã Sín Thầu	Xã
03155	096	11	Sen Thượng	Sen Thuong	Xã Sen Thượng	Xã
03157	096	11	Chung Chải	Chung Chai	Xã Chung Chải	Xã
03158	096	11	Leng Su Sìn	Leng Su Sin	Xã Leng Su Sìn	Xã
03159	096	11	Pá Mỳ	Pa My	Xã Pá Mỳ	Xã
03160	096	11	Mường Nhé	Muong Nhe	Xã Mường Nhé	Xã
03161	096	11	Nậm Vì	Nam Vi	Xã Nậm Vì	Xã
03162	096	11	Nậm Kè	Nam Ke	Xã Nậm Kè	Xã
03163	096	11	Mường Toong	Muong Toong	Xã Mường Toong	Xã
03164	096	11	Quảng Lâm	Quang Lam	Xã Quảng Lâm	Xã
03177	096	11	Huổi Lếnh	Huoi Lenh	Xã Huổi Lếnh	Xã
03172	097	11	Mường Chà	Muong Cha	Thị trấn Mường Chà	Thị trấn
03178	097	11	Xá Tổng	Xa Tong	Xã Xá Tổng	Xã
03181	097	11	Mường Tùng	Muong Tung	Xã Mường Tùng	Xã
03190	097	11	Hừa Ngài	Hua Ngai	Xã Hừa Ngài	Xã
03191	097	11	Huổi Mí	Huoi Mi	Xã Huổi Mí	Xã
03193	097	11	Pa Ham	Pa Ham	Xã Pa Ham	Xã
03194	097	11	Nậm Nèn	Nam Nen	Xã Nậm Nèn	Xã
03196	097	11	Huổi Lèng	Huoi Leng	Xã Huổi Lèng	Xã
03197	097	11	Sa Lông	Sa Long	Xã Sa Lông	Xã
03200	097	11	Ma Thì Hồ	Ma Thi Ho	Xã Ma Thì Hồ	Xã
03201	097	11	Na Sang	Na Sang	Xã Na Sang	Xã
03202	097	11	Mường Mươn	Muong Muon	Xã Mường Mươn	Xã
03217	098	11	Tủa Chùa	Tua Chua	Thị trấn Tủa Chùa	Thị trấn
03220	098	11	Huổi Só	Huoi So	Xã Huổi Só	Xã
03223	098	11	Xín Chải	Xin Chai	Xã Xín Chải	Xã
03226	098	11	Tả Sìn Thàng	Ta Sin Thang	Xã Tả Sìn Thàng	Xã
03229	098	11	Lao Xả Phình	Lao Xa Phinh	Xã Lao Xả Phình	Xã
03232	098	11	Tả Phìn	Ta Phin	Xã Tả Phìn	Xã
03235	098	11	Tủa Thàng	Tua Thang	Xã Tủa Thàng	Xã
03238	098	11	Trung Thu	Trung Thu	Xã Trung Thu	Xã
03241	098	11	Sính Phình	Sinh Phinh	Xã Sính Phình	Xã
03244	098	11	Sáng Nhè	Sang Nhe	Xã Sáng Nhè	Xã
03247	098	11	Mường Đun	Muong Dun	Xã Mường Đun	Xã
03250	098	11	Mường Báng	Muong Bang	Xã Mường Báng	Xã
03253	099	11	Tuần Giáo	Tuan Giao	Thị trấn Tuần Giáo	Thị trấn
03259	099	11	Phình Sáng	Phinh Sang	Xã Phình Sáng	Xã
03260	099	11	Rạng Đông	Rang Dong	Xã Rạng Đông	Xã
03262	099	11	Mùn Chung	Mun Chung	Xã Mùn Chung	Xã
03263	099	11	Nà Tòng	Na Tong	Xã Nà Tòng	Xã
03265	099	11	Ta Ma	Ta Ma	Xã Ta Ma	Xã
03268	099	11	Mường Mùn	Muong Mun	Xã Mường Mùn	Xã
03269	099	11	Pú Xi	Pu Xi	Xã Pú Xi	Xã
03271	099	11	Pú Nhung	Pu Nhung	Xã Pú Nhung	Xã
03274	099	11	Quài Nưa	Quai Nua	Xã Quài Nưa	Xã
03277	099	11	Mường Thín	Muong Thin	Xã Mường Thín	Xã
03280	099	11	Tỏa Tình	Toa Tinh	Xã Tỏa Tình	Xã
03283	099	11	Nà Sáy	Na Say	Xã Nà Sáy	Xã
03284	099	11	Mường Khong	Muong Khong	Xã Mường Khong	Xã
03289	099	11	Quài Cang	Quai Cang	Xã Quài Cang	Xã
03295	099	11	Quài Tở	Quai To	Xã Quài Tở	Xã
03298	099	11	Chiềng Sinh	Chieng Sinh	Xã Chiềng Sinh	Xã
03299	099	11	Chiềng Đông	Chieng Dong	Xã Chiềng Đông	Xã
03304	099	11	Tênh Phông	Tenh Phong	Xã Tênh Phông	Xã
03319	100	11	Mường Pồn	Muong Pon	Xã Mường Pồn	Xã
03322	100	11	Thanh Nưa	Thanh Nua	Xã Thanh Nưa	Xã
03323	100	11	Hua Thanh	Hua Thanh	Xã Hua Thanh	Xã
03328	100	11	Thanh Luông	Thanh Luong	Xã Thanh Luông	Xã
03331	100	11	Thanh Hưng	Thanh Hung	Xã Thanh Hưng	Xã
03334	100	11	Thanh Xương	Thanh Xuong	Xã Thanh Xương	Xã
03337	100	11	Thanh Chăn	Thanh Chan	Xã Thanh Chăn	Xã
03340	100	11	Pa Thơm	Pa Thom	Xã Pa Thơm	Xã
03343	100	11	Thanh An	Thanh An	Xã Thanh An	Xã
03346	100	11	Thanh Yên	Thanh Yen	Xã Thanh Yên	Xã
03349	100	11	Noong Luống	Noong Luong	Xã Noong Luống	Xã
03352	100	11	Noọng Hẹt	Noong Het	Xã Noọng Hẹt	Xã
03355	100	11	Sam Mứn	Sam Mun	Xã Sam Mứn	Xã
03356	100	11	Pom Lót	Pom Lot	Xã Pom Lót	Xã
03358	100	11	Núa Ngam	Nua Ngam	Xã Núa Ngam	Xã
03359	100	11	Hẹ Muông	He Muong	Xã Hẹ Muông	Xã
03361	100	11	Na Ư	Na U	Xã Na Ư	Xã
03364	100	11	Mường Nhà	Muong Nha	Xã Mường Nhà	Xã
03365	100	11	Na Tông	Na Tong	Xã Na Tông	Xã
03367	100	11	Mường Lói	Muong Loi	Xã Mường Lói	Xã
03368	100	11	Phu Luông	Phu Luong	Xã Phu Luông	Xã
03203	101	11	Điện Biên Đông	Dien Bien Dong	Thị trấn Điện Biên Đông	Thị trấn
03205	101	11	Na Son	Na Son	Xã Na Son	Xã
03208	101	11	Phì Nhừ	Phi Nhu	Xã Phì Nhừ	Xã
03211	101	11	Chiềng Sơ	Chieng So	Xã Chiềng Sơ	Xã
03214	101	11	Mường Luân	Muong Luan	Xã Mường Luân	Xã
03370	101	11	Pú Nhi	Pu Nhi	Xã Pú Nhi	Xã
03371	101	11	Nong U	Nong U	Xã Nong U	Xã
03373	101	11	Xa Dung	Xa Dung	Xã Xa Dung	Xã
03376	101	11	Keo Lôm	Keo Lom	Xã Keo Lôm	Xã
03379	101	11	Luân Giới	Luan Gioi	Xã Luân Giới	Xã
03382	101	11	Phình Giàng	Phinh Giang	Xã Phình Giàng	Xã
03383	101	11	Pú Hồng	Pu Hong	Xã Pú Hồng	Xã
03384	101	11	Tìa Dình	Tia Dinh	Xã Tìa Dình	Xã
03385	101	11	Háng Lìa	Hang Lia	Xã Háng Lìa	Xã
03256	102	11	Mường Ảng	Muong Ang	Thị trấn Mường Ảng	Thị trấn
03286	102	11	Mường Đăng	Muong Dang	Xã Mường Đăng	Xã
03287	102	11	Ngối Cáy	Ngoi Cay	Xã Ngối Cáy	Xã
03292	102	11	Ẳng Tở	Ang To	Xã Ẳng Tở	Xã
03301	102	11	Búng Lao	Bung Lao	Xã Búng Lao	Xã
03302	102	11	Xuân Lao	Xuan Lao	Xã Xuân Lao	Xã
03307	102	11	Ẳng Nưa	Ang Nua	Xã Ẳng Nưa	Xã
03310	102	11	Ẳng Cang	Ang Cang	Xã Ẳng Cang	Xã
03312	102	11	Nặm Lịch	Nam Lich	Xã Nặm Lịch	Xã
03313	102	11	Mường Lạn	Muong Lan	Xã Mường Lạn	Xã
03156	103	11	Nậm Tin	Nam Tin	Xã Nậm Tin	Xã
03165	103	11	Pa Tần	Pa Tan	Xã Pa Tần	Xã
03166	103	11	Chà Cang	Cha Cang	Xã Chà Cang	Xã
03167	103	11	Na Cô Sa	Na Co Sa	Xã Na Cô Sa	Xã
03168	103	11	Nà Khoa	Na Khoa	Xã Nà Khoa	Xã
03169	103	11	Nà Hỳ	Na Hy	Xã Nà Hỳ	Xã
03170	103	11	Nà Bủng	Na Bung	Xã Nà Bủng	Xã
03171	103	11	Nậm Nhừ	Nam Nhu	Xã Nậm Nhừ	Xã
03173	103	11	Nậm Chua	Nam Chua	Xã Nậm Chua	Xã
03174	103	11	Nậm Khăn	Nam Khan	Xã Nậm Khăn	Xã
03175	103	11	Chà Tở	Cha To	Xã Chà Tở	Xã
03176	103	11	Vàng Đán	Vang Dan	Xã Vàng Đán	Xã
03187	103	11	Chà Nưa	Cha Nua	Xã Chà Nưa	Xã
03198	103	11	Phìn Hồ	Phin Ho	Xã Phìn Hồ	Xã
03199	103	11	Si Pa Phìn	Si Pa Phin	Xã Si Pa Phìn	Xã
03386	105	12	Quyết Thắng	Quyet Thang	Phường Quyết Thắng	Phường
03387	105	12	Tân Phong	Tan Phong	Phường Tân Phong	Phường
03388	105	12	Quyết Tiến	Quyet Tien	Phường Quyết Tiến	Phường
03389	105	12	Đoàn Kết	Doan Ket	Phường Đoàn Kết	Phường
03403	105	12	Sùng Phài	Sung Phai	Xã Sùng Phài	Xã
03408	105	12	Đông Phong	Dong Phong	Phường Đông Phong	Phường
03409	105	12	San Thàng	San Thang	Xã San Thàng	Xã
03390	106	12	Tam Đường	Tam Duong	Thị trấn Tam Đường	Thị trấn
03394	106	12	Thèn Sin	Then Sin	Xã Thèn Sin	Xã
03400	106	12	Tả Lèng	Ta Leng	Xã Tả Lèng	Xã
03405	106	12	Giang Ma	Giang Ma	Xã Giang Ma	Xã
03406	106	12	Hồ Thầu	Ho Thau	Xã Hồ Thầu	Xã
03412	106	12	Bình Lư	Binh Lu	Xã Bình Lư	Xã
03413	106	12	Sơn Bình	Son Binh	Xã Sơn Bình	Xã
03415	106	12	Nùng Nàng	Nung Nang	Xã Nùng Nàng	Xã
03418	106	12	Bản Giang	Ban Giang	Xã Bản Giang	Xã
03421	106	12	Bản Hon	Ban Hon	Xã Bản Hon	Xã
03424	106	12	Bản Bo	Ban Bo	Xã Bản Bo	Xã
03427	106	12	Nà Tăm	Na Tam	Xã Nà Tăm	Xã
03430	106	12	Khun Há	Khun Ha	Xã Khun Há	Xã
03433	107	12	Mường Tè	Muong Te	Thị trấn Mường Tè	Thị trấn
03436	107	12	Thu Lũm	Thu Lum	Xã Thu Lũm	Xã
03439	107	12	Ka Lăng	Ka Lang	Xã Ka Lăng	Xã
03440	107	12	Tá Bạ	Ta Ba	Xã Tá Bạ	Xã
03442	107	12	Pa ủ	Pa u	Xã Pa ủ	Xã
03445	107	12	Mường Tè	Muong Te	Xã Mường Tè	Xã
03448	107	12	Pa Vệ Sử	Pa Ve Su	Xã Pa Vệ Sử	Xã
03451	107	12	Mù Cả	Mu Ca	Xã Mù Cả	Xã
03454	107	12	Bum Tở	Bum To	Xã Bum Tở	Xã
03457	107	12	Nậm Khao	Nam Khao	Xã Nậm Khao	Xã
03463	107	12	Tà Tổng	Ta Tong	Xã Tà Tổng	Xã
03466	107	12	Bum Nưa	Bum Nua	Xã Bum Nưa	Xã
03467	107	12	Vàng San	Vang San	Xã Vàng San	Xã
03469	107	12	Kan Hồ	Kan Ho	Xã Kan Hồ	Xã
03478	108	12	Sìn Hồ	Sin Ho	Thị trấn Sìn Hồ	Thị trấn
03487	108	12	Chăn Nưa	Chan Nua	Xã Chăn Nưa	Xã
03493	108	12	Pa Tần	Pa Tan	Xã Pa Tần	Xã
03496	108	12	Phìn Hồ	Phin Ho	Xã Phìn Hồ	Xã
03499	108	12	Hồng Thu	Hong Thu	Xã Hồng Thu	Xã
03505	108	12	Phăng Sô Lin	Phang So Lin	Xã Phăng Sô Lin	Xã
03508	108	12	Ma Quai	Ma Quai	Xã Ma Quai	Xã
03509	108	12	Lùng Thàng	Lung Thang	Xã Lùng Thàng	Xã
03511	108	12	Tả Phìn	Ta Phin	Xã Tả Phìn	Xã
03514	108	12	Sà Dề Phìn	Sa De Phin	Xã Sà Dề Phìn	Xã
03517	108	12	Nậm Tăm	Nam Tam	Xã Nậm Tăm	Xã
03520	108	12	Tả Ngảo	Ta Ngao	Xã Tả Ngảo	Xã
03523	108	12	Pu Sam Cáp	Pu Sam Cap	Xã Pu Sam Cáp	Xã
03526	108	12	Nậm Cha	Nam Cha	Xã Nậm Cha	Xã
03527	108	12	Pa Khoá	Pa Khoa	Xã Pa Khoá	Xã
03529	108	12	Làng Mô	Lang Mo	Xã Làng Mô	Xã
03532	108	12	Noong Hẻo	Noong Heo	Xã Noong Hẻo	Xã
03535	108	12	Nậm Mạ	Nam Ma	Xã Nậm Mạ	Xã
03538	108	12	Căn Co	Can Co	Xã Căn Co	Xã
03541	108	12	Tủa Sín Chải	Tua Sin Chai	Xã Tủa Sín Chải	Xã
03544	108	12	Nậm Cuổi	Nam Cuoi	Xã Nậm Cuổi	Xã
03547	108	12	Nậm Hăn	Nam Han	Xã Nậm Hăn	Xã
03391	109	12	Lả Nhì Thàng	La Nhi Thang	Xã Lả Nhì Thàng	Xã
03490	109	12	Huổi Luông	Huoi Luong	Xã Huổi Luông	Xã
03549	109	12	Phong Thổ	Phong Tho	Thị trấn Phong Thổ	Thị trấn
03550	109	12	Sì Lở Lầu	Si Lo Lau	Xã Sì Lở Lầu	Xã
03553	109	12	Mồ Sì San	Mo Si San	Xã Mồ Sì San	Xã
03559	109	12	Pa Vây Sử	Pa Vay Su	Xã Pa Vây Sử	Xã
03562	109	12	Vàng Ma Chải	Vang Ma Chai	Xã Vàng Ma Chải	Xã
03565	109	12	Tông Qua Lìn	Tong Qua Lin	Xã Tông Qua Lìn	Xã
03568	109	12	Mù Sang	Mu Sang	Xã Mù Sang	Xã
03571	109	12	Dào San	Dao San	Xã Dào San	Xã
03574	109	12	Ma Ly Pho	Ma Ly Pho	Xã Ma Ly Pho	Xã
03577	109	12	Bản Lang	Ban Lang	Xã Bản Lang	Xã
03580	109	12	Hoang Thèn	Hoang Then	Xã Hoang Thèn	Xã
03583	109	12	Khổng Lào	Khong Lao	Xã Khổng Lào	Xã
03586	109	12	Nậm Xe	Nam Xe	Xã Nậm Xe	Xã
03589	109	12	Mường So	Muong So	Xã Mường So	Xã
03592	109	12	Sin Suối Hồ	Sin Suoi Ho	Xã Sin Suối Hồ	Xã
03595	110	12	Than Uyên	Than Uyen	Thị trấn Than Uyên	Thị trấn
03618	110	12	Phúc Than	Phuc Than	Xã Phúc Than	Xã
03619	110	12	Mường Than	Muong Than	Xã Mường Than	Xã
03625	110	12	Mường Mít	Muong Mit	Xã Mường Mít	Xã
03628	110	12	Pha Mu	Pha Mu	Xã Pha Mu	Xã
03631	110	12	Mường Cang	Muong Cang	Xã Mường Cang	Xã
03632	110	12	Hua Nà	Hua Na	Xã Hua Nà	Xã
03634	110	12	Tà Hừa	Ta Hua	Xã Tà Hừa	Xã
03637	110	12	Mường Kim	Muong Kim	Xã Mường Kim	Xã
03638	110	12	Tà Mung	Ta Mung	Xã Tà Mung	Xã
03640	110	12	Tà Gia	Ta Gia	Xã Tà Gia	Xã
03643	110	12	Khoen On	Khoen On	Xã Khoen On	Xã
03598	111	12	Tân Uyên	Tan Uyen	Thị trấn Tân Uyên	Thị trấn
03601	111	12	Mường Khoa	Muong Khoa	Xã Mường Khoa	Xã
03602	111	12	Phúc Khoa	Phuc Khoa	Xã Phúc Khoa	Xã
03604	111	12	Thân Thuộc	Than Thuoc	Xã Thân Thuộc	Xã
03605	111	12	Trung Đồng	Trung Dong	Xã Trung Đồng	Xã
03607	111	12	Hố Mít	Ho Mit	Xã Hố Mít	Xã
03610	111	12	Nậm Cần	Nam Can	Xã Nậm Cần	Xã
03613	111	12	Nậm Sỏ	Nam So	Xã Nậm Sỏ	Xã
03616	111	12	Pắc Ta	Pac Ta	Xã Pắc Ta	Xã
03622	111	12	Tà Mít	Ta Mit	Xã Tà Mít	Xã
03434	112	12	Nậm Nhùn	Nam Nhun	Thị trấn Nậm Nhùn	Thị trấn
03460	112	12	Hua Bun	Hua Bun	Xã Hua Bun	Xã
03472	112	12	Mường Mô	Muong Mo	Xã Mường Mô	Xã
03473	112	12	Nậm Chà	Nam Cha	Xã Nậm Chà	Xã
03474	112	12	Nậm Manh	Nam Manh	Xã Nậm Manh	Xã
03475	112	12	Nậm Hàng	Nam Hang	Xã Nậm Hàng	Xã
03481	112	12	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
03484	112	12	Pú Đao	Pu Dao	Xã Pú Đao	Xã
03488	112	12	Nậm Pì	Nam Pi	Xã Nậm Pì	Xã
03502	112	12	Nậm Ban	Nam Ban	Xã Nậm Ban	Xã
03503	112	12	Trung Chải	Trung Chai	Xã Trung Chải	Xã
03646	116	14	Chiềng Lề	Chieng Le	Phường Chiềng Lề	Phường
03649	116	14	Tô Hiệu	To Hieu	Phường Tô Hiệu	Phường
03652	116	14	Quyết Thắng	Quyet Thang	Phường Quyết Thắng	Phường
03655	116	14	Quyết Tâm	Quyet Tam	Phường Quyết Tâm	Phường
03658	116	14	Chiềng Cọ	Chieng Co	Xã Chiềng Cọ	Xã
03661	116	14	Chiềng Đen	Chieng Den	Xã Chiềng Đen	Xã
03664	116	14	Chiềng Xôm	Chieng Xom	Xã Chiềng Xôm	Xã
03667	116	14	Chiềng An	Chieng An	Phường Chiềng An	Phường
03670	116	14	Chiềng Cơi	Chieng Coi	Phường Chiềng Cơi	Phường
03673	116	14	Chiềng Ngần	Chieng Ngan	Xã Chiềng Ngần	Xã
03676	116	14	Hua La	Hua La	Xã Hua La	Xã
03679	116	14	Chiềng Sinh	Chieng Sinh	Phường Chiềng Sinh	Phường
03682	118	14	Mường Chiên	Muong Chien	Xã Mường Chiên	Xã
03685	118	14	Cà Nàng	Ca Nang	Xã Cà Nàng	Xã
03688	118	14	Chiềng Khay	Chieng Khay	Xã Chiềng Khay	Xã
03694	118	14	Mường Giôn	Muong Gion	Xã Mường Giôn	Xã
03697	118	14	Pá Ma Pha Khinh	Pa Ma Pha Khinh	Xã Pá Ma Pha Khinh	Xã
03700	118	14	Chiềng Ơn	Chieng On	Xã Chiềng Ơn	Xã
03703	118	14	Mường Giàng	Muong Giang	Thị trấn Mường Giàng	Thị trấn
03706	118	14	Chiềng Bằng	Chieng Bang	Xã Chiềng Bằng	Xã
03709	118	14	Mường Sại	Muong Sai	Xã Mường Sại	Xã
03712	118	14	Nậm ét	Nam et	Xã Nậm ét	Xã
03718	118	14	Chiềng Khoang	Chieng Khoang	Xã Chiềng Khoang	Xã
03721	119	14	Thuận Châu	Thuan Chau	Thị trấn Thuận Châu	Thị trấn
03724	119	14	Phổng Lái	Phong Lai	Xã Phổng Lái	Xã
03727	119	14	Mường é	Muong e	Xã Mường é	Xã
03730	119	14	Chiềng Pha	Chieng Pha	Xã Chiềng Pha	Xã
03733	119	14	Chiềng La	Chieng La	Xã Chiềng La	Xã
03736	119	14	Chiềng Ngàm	Chieng Ngam	Xã Chiềng Ngàm	Xã
03739	119	14	Liệp Tè	Liep Te	Xã Liệp Tè	Xã
03742	119	14	é Tòng	e Tong	Xã é Tòng	Xã
03745	119	14	Phổng Lập	Phong Lap	Xã Phổng Lập	Xã
03748	119	14	Phổng Ly	Phong Ly	Xã Phổng Ly	Xã
03754	119	14	Noong Lay	Noong Lay	Xã Noong Lay	Xã
03757	119	14	Mường Khiêng	Muong Khieng	Xã Mường Khiêng	Xã
03760	119	14	Mường Bám	Muong Bam	Xã Mường Bám	Xã
03763	119	14	Long Hẹ	Long He	Xã Long Hẹ	Xã
03766	119	14	Chiềng Bôm	Chieng Bom	Xã Chiềng Bôm	Xã
03769	119	14	Thôm Mòn	Thom Mon	Xã Thôm Mòn	Xã
03772	119	14	Tông Lạnh	Tong Lanh	Xã Tông Lạnh	Xã
03775	119	14	Tông Cọ	Tong Co	Xã Tông Cọ	Xã
03778	119	14	Bó Mười	Bo Muoi	Xã Bó Mười	Xã
03781	119	14	Co Mạ	Co Ma	Xã Co Mạ	Xã
03784	119	14	Púng Tra	Pung Tra	Xã Púng Tra	Xã
03787	119	14	Chiềng Pấc	Chieng Pac	Xã Chiềng Pấc	Xã
03790	119	14	Nậm Lầu	Nam Lau	Xã Nậm Lầu	Xã
03793	119	14	Bon Phặng	Bon Phang	Xã Bon Phặng	Xã
03796	119	14	Co Tòng	Co Tong	Xã Co Tòng	Xã
03799	119	14	Muổi Nọi	Muoi Noi	Xã Muổi Nọi	Xã
03802	119	14	Pá Lông	Pa Long	Xã Pá Lông	Xã
03805	119	14	Bản Lầm	Ban Lam	Xã Bản Lầm	Xã
03808	120	14	Ít Ong	It Ong	Thị trấn Ít Ong	Thị trấn
03811	120	14	Nậm Giôn	Nam Gion	Xã Nậm Giôn	Xã
03814	120	14	Chiềng Lao	Chieng Lao	Xã Chiềng Lao	Xã
03817	120	14	Hua Trai	Hua Trai	Xã Hua Trai	Xã
03820	120	14	Ngọc Chiến	Ngoc Chien	Xã Ngọc Chiến	Xã
03823	120	14	Mường Trai	Muong Trai	Xã Mường Trai	Xã
03826	120	14	Nậm Păm	Nam Pam	Xã Nậm Păm	Xã
03829	120	14	Chiềng Muôn	Chieng Muon	Xã Chiềng Muôn	Xã
03832	120	14	Chiềng Ân	Chieng An	Xã Chiềng Ân	Xã
03835	120	14	Pi Toong	Pi Toong	Xã Pi Toong	Xã
03838	120	14	Chiềng Công	Chieng Cong	Xã Chiềng Công	Xã
03841	120	14	Tạ Bú	Ta Bu	Xã Tạ Bú	Xã
03844	120	14	Chiềng San	Chieng San	Xã Chiềng San	Xã
03847	120	14	Mường Bú	Muong Bu	Xã Mường Bú	Xã
03850	120	14	Chiềng Hoa	Chieng Hoa	Xã Chiềng Hoa	Xã
03853	120	14	Mường Chùm	Muong Chum	Xã Mường Chùm	Xã
03856	121	14	Bắc Yên	Bac Yen	Thị trấn Bắc Yên	Thị trấn
03859	121	14	Phiêng Ban	Phieng Ban	Xã Phiêng Ban	Xã
03862	121	14	Hang Chú	Hang Chu	Xã Hang Chú	Xã
03865	121	14	Xím Vàng	Xim Vang	Xã Xím Vàng	Xã
03868	121	14	Tà Xùa	Ta Xua	Xã Tà Xùa	Xã
03869	121	14	Háng Đồng	Hang Dong	Xã Háng Đồng	Xã
03871	121	14	Pắc Ngà	Pac Nga	Xã Pắc Ngà	Xã
03874	121	14	Làng Chếu	Lang Cheu	Xã Làng Chếu	Xã
03877	121	14	Chim Vàn	Chim Van	Xã Chim Vàn	Xã
03880	121	14	Mường Khoa	Muong Khoa	Xã Mường Khoa	Xã
03883	121	14	Song Pe	Song Pe	Xã Song Pe	Xã
03886	121	14	Hồng Ngài	Hong Ngai	Xã Hồng Ngài	Xã
03889	121	14	Tạ Khoa	Ta Khoa	Xã Tạ Khoa	Xã
03890	121	14	Hua Nhàn	Hua Nhan	Xã Hua Nhàn	Xã
03892	121	14	Phiêng Côn	Phieng Con	Xã Phiêng Côn	Xã
03895	121	14	Chiềng Sại	Chieng Sai	Xã Chiềng Sại	Xã
03901	122	14	Suối Tọ	Suoi To	Xã Suối Tọ	Xã
03904	122	14	Mường Thải	Muong Thai	Xã Mường Thải	Xã
03907	122	14	Mường Cơi	Muong Coi	Xã Mường Cơi	Xã
03910	122	14	Quang Huy	Quang Huy	Thị trấn Quang Huy	Thị trấn
03916	122	14	Huy Thượng	Huy Thuong	Xã Huy Thượng	Xã
03919	122	14	Tân Lang	Tan Lang	Xã Tân Lang	Xã
03922	122	14	Gia Phù	Gia Phu	Xã Gia Phù	Xã
03925	122	14	Tường Phù	Tuong Phu	Xã Tường Phù	Xã
03928	122	14	Huy Hạ	Huy Ha	Xã Huy Hạ	Xã
03931	122	14	Huy Tân	Huy Tan	Xã Huy Tân	Xã
03934	122	14	Mường Lang	Muong Lang	Xã Mường Lang	Xã
03937	122	14	Suối Bau	Suoi Bau	Xã Suối Bau	Xã
03940	122	14	Huy Tường	Huy Tuong	Xã Huy Tường	Xã
03943	122	14	Mường Do	Muong Do	Xã Mường Do	Xã
03946	122	14	Sập Xa	Sap Xa	Xã Sập Xa	Xã
03949	122	14	Tường Thượng	Tuong Thuong	Xã Tường Thượng	Xã
03952	122	14	Tường Tiến	Tuong Tien	Xã Tường Tiến	Xã
03955	122	14	Tường Phong	Tuong Phong	Xã Tường Phong	Xã
03958	122	14	Tường Hạ	Tuong Ha	Xã Tường Hạ	Xã
03961	122	14	Kim Bon	Kim Bon	Xã Kim Bon	Xã
03964	122	14	Mường Bang	Muong Bang	Xã Mường Bang	Xã
03967	122	14	Đá Đỏ	Da Do	Xã Đá Đỏ	Xã
03970	122	14	Tân Phong	Tan Phong	Xã Tân Phong	Xã
03973	122	14	Nam Phong	Nam Phong	Xã Nam Phong	Xã
03976	122	14	Bắc Phong	Bac Phong	Xã Bắc Phong	Xã
03979	123	14	Mộc Sơn	Moc Son	Phường Mộc Sơn	Phường
03980	123	14	Mộc Lỵ	Moc Ly	Phường Mộc Lỵ	Phường
03982	123	14	Thảo Nguyên	Thao Nguyen	Phường Thảo Nguyên	Phường
05992	178	20	Mai Pha	Mai Pha	Xã Mai Pha	Xã
03983	123	14	Bình Minh	Binh Minh	Phường Bình Minh	Phường
03984	123	14	Cờ Đỏ	Co Do	Phường Cờ Đỏ	Phường
03985	123	14	Chiềng Sơn	Chieng Son	Xã Chiềng Sơn	Xã
03997	123	14	Tân Yên	Tan Yen	Xã Tân Yên	Xã
04000	123	14	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
04012	123	14	Chiềng Hắc	Chieng Hac	Xã Chiềng Hắc	Xã
04015	123	14	Chiềng Chung	Chieng Chung	Xã Chiềng Chung	Xã
04024	123	14	Chiềng Khừa	Chieng Khua	Xã Chiềng Khừa	Xã
04027	123	14	Mường Sang	Muong Sang	Phường Mường Sang	Phường
04030	123	14	Đông Sang	Dong Sang	Phường Đông Sang	Phường
04033	123	14	Vân Sơn	Van Son	Phường Vân Sơn	Phường
04045	123	14	Lóng Sập	Long Sap	Xã Lóng Sập	Xã
04063	124	14	Chiềng Đông	Chieng Dong	Xã Chiềng Đông	Xã
04066	124	14	Sặp Vạt	Sap Vat	Xã Sặp Vạt	Xã
04069	124	14	Chiềng Sàng	Chieng Sang	Xã Chiềng Sàng	Xã
04072	124	14	Chiềng Pằn	Chieng Pan	Xã Chiềng Pằn	Xã
04075	124	14	Yên Châu	Yen Chau	Thị trấn Yên Châu	Thị trấn
04078	124	14	Chiềng Hặc	Chieng Hac	Xã Chiềng Hặc	Xã
04081	124	14	Mường Lựm	Muong Lum	Xã Mường Lựm	Xã
04084	124	14	Chiềng On	Chieng On	Xã Chiềng On	Xã
04087	124	14	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
04090	124	14	Chiềng Khoi	Chieng Khoi	Xã Chiềng Khoi	Xã
04093	124	14	Tú Nang	Tu Nang	Xã Tú Nang	Xã
04096	124	14	Lóng Phiêng	Long Phieng	Xã Lóng Phiêng	Xã
04099	124	14	Phiêng Khoài	Phieng Khoai	Xã Phiêng Khoài	Xã
04102	124	14	Chiềng Tương	Chieng Tuong	Xã Chiềng Tương	Xã
04105	125	14	Hát Lót	Hat Lot	Thị trấn Hát Lót	Thị trấn
04108	125	14	Chiềng Sung	Chieng Sung	Xã Chiềng Sung	Xã
04111	125	14	Mường Bằng	Muong Bang	Xã Mường Bằng	Xã
04114	125	14	Chiềng Chăn	Chieng Chan	Xã Chiềng Chăn	Xã
04117	125	14	Mường Chanh	Muong Chanh	Xã Mường Chanh	Xã
04120	125	14	Chiềng Ban	Chieng Ban	Xã Chiềng Ban	Xã
04123	125	14	Chiềng Mung	Chieng Mung	Xã Chiềng Mung	Xã
04126	125	14	Mường Bon	Muong Bon	Xã Mường Bon	Xã
04129	125	14	Chiềng Chung	Chieng Chung	Xã Chiềng Chung	Xã
04132	125	14	Chiềng Mai	Chieng Mai	Xã Chiềng Mai	Xã
04135	125	14	Hát Lót	Hat Lot	Xã Hát Lót	Xã
04136	125	14	Nà Bó	Na Bo	Xã Nà Bó	Xã
04138	125	14	Cò Nòi	Co Noi	Xã Cò Nòi	Xã
04141	125	14	Chiềng Nơi	Chieng Noi	Xã Chiềng Nơi	Xã
04144	125	14	Phiêng Cằm	Phieng Cam	Xã Phiêng Cằm	Xã
04147	125	14	Chiềng Dong	Chieng Dong	Xã Chiềng Dong	Xã
04150	125	14	Chiềng Kheo	Chieng Kheo	Xã Chiềng Kheo	Xã
04153	125	14	Chiềng Ve	Chieng Ve	Xã Chiềng Ve	Xã
04156	125	14	Chiềng Lương	Chieng Luong	Xã Chiềng Lương	Xã
04159	125	14	Phiêng Pằn	Phieng Pan	Xã Phiêng Pằn	Xã
04162	125	14	Nà Ơt	Na Ot	Xã Nà Ơt	Xã
04165	125	14	Tà Hộc	Ta Hoc	Xã Tà Hộc	Xã
04168	126	14	Sông Mã	Song Ma	Thị trấn Sông Mã	Thị trấn
04171	126	14	Bó Sinh	Bo Sinh	Xã Bó Sinh	Xã
04174	126	14	Pú Pẩu	Pu Pau	Xã Pú Pẩu	Xã
04177	126	14	Chiềng Phung	Chieng Phung	Xã Chiềng Phung	Xã
04180	126	14	Chiềng En	Chieng En	Xã Chiềng En	Xã
04183	126	14	Mường Lầm	Muong Lam	Xã Mường Lầm	Xã
04186	126	14	Nậm Ty	Nam Ty	Xã Nậm Ty	Xã
04189	126	14	Đứa Mòn	Dua Mon	Xã Đứa Mòn	Xã
04192	126	14	Yên Hưng	Yen Hung	Xã Yên Hưng	Xã
04195	126	14	Chiềng Sơ	Chieng So	Xã Chiềng Sơ	Xã
04198	126	14	Nà Nghịu	Na Nghiu	Xã Nà Nghịu	Xã
04201	126	14	Nậm Mằn	Nam Man	Xã Nậm Mằn	Xã
04204	126	14	Chiềng Khoong	Chieng Khoong	Xã Chiềng Khoong	Xã
04207	126	14	Chiềng Cang	Chieng Cang	Xã Chiềng Cang	Xã
04210	126	14	Huổi Một	Huoi Mot	Xã Huổi Một	Xã
04213	126	14	Mường Sai	Muong Sai	Xã Mường Sai	Xã
04216	126	14	Mường Cai	Muong Cai	Xã Mường Cai	Xã
04219	126	14	Mường Hung	Muong Hung	Xã Mường Hung	Xã
04222	126	14	Chiềng Khương	Chieng Khuong	Xã Chiềng Khương	Xã
04225	127	14	Sam Kha	Sam Kha	Xã Sam Kha	Xã
04228	127	14	Púng Bánh	Pung Banh	Xã Púng Bánh	Xã
04231	127	14	Sốp Cộp	Sop Cop	Xã Sốp Cộp	Xã
04234	127	14	Dồm Cang	Dom Cang	Xã Dồm Cang	Xã
04237	127	14	Nậm Lạnh	Nam Lanh	Xã Nậm Lạnh	Xã
04240	127	14	Mường Lèo	Muong Leo	Xã Mường Lèo	Xã
04243	127	14	Mường Và	Muong Va	Xã Mường Và	Xã
04246	127	14	Mường Lạn	Muong Lan	Xã Mường Lạn	Xã
03994	128	14	Suối Bàng	Suoi Bang	Xã Suối Bàng	Xã
04006	128	14	Song Khủa	Song Khua	Xã Song Khủa	Xã
04009	128	14	Liên Hoà	Lien Hoa	Xã Liên Hoà	Xã
04018	128	14	Tô Múa	To Mua	Xã Tô Múa	Xã
04021	128	14	Mường Tè	Muong Te	Xã Mường Tè	Xã
04036	128	14	Chiềng Khoa	Chieng Khoa	Xã Chiềng Khoa	Xã
04039	128	14	Mường Men	Muong Men	Xã Mường Men	Xã
04042	128	14	Quang Minh	Quang Minh	Xã Quang Minh	Xã
04048	128	14	Vân Hồ	Van Ho	Xã Vân Hồ	Xã
04051	128	14	Lóng Luông	Long Luong	Xã Lóng Luông	Xã
04054	128	14	Chiềng Yên	Chieng Yen	Xã Chiềng Yên	Xã
04056	128	14	Chiềng Xuân	Chieng Xuan	Xã Chiềng Xuân	Xã
04057	128	14	Xuân Nha	Xuan Nha	Xã Xuân Nha	Xã
04058	128	14	Tân Xuân	Tan Xuan	Xã Tân Xuân	Xã
04249	132	15	Yên Thịnh	Yen Thinh	Phường Yên Thịnh	Phường
04252	132	15	Yên Ninh	Yen Ninh	Phường Yên Ninh	Phường
04255	132	15	Minh Tân	Minh Tan	Phường Minh Tân	Phường
04258	132	15	Nguyễn Thái Học	Nguyen Thai Hoc	Phường Nguyễn Thái Học	Phường
04261	132	15	Đồng Tâm	Dong Tam	Phường Đồng Tâm	Phường
04264	132	15	Hồng Hà	Hong Ha	Phường Hồng Hà	Phường
04270	132	15	Minh Bảo	Minh Bao	Xã Minh Bảo	Xã
04273	132	15	Nam Cường	Nam Cuong	Phường Nam Cường	Phường
04276	132	15	Tuy Lộc	Tuy Loc	Xã Tuy Lộc	Xã
04279	132	15	Tân Thịnh	Tan Thinh	Xã Tân Thịnh	Xã
04540	132	15	Âu Lâu	Au Lau	Xã Âu Lâu	Xã
04543	132	15	Giới Phiên	Gioi Phien	Xã Giới Phiên	Xã
04546	132	15	Hợp Minh	Hop Minh	Phường Hợp Minh	Phường
04558	132	15	Văn Phú	Van Phu	Xã Văn Phú	Xã
04282	133	15	Pú Trạng	Pu Trang	Phường Pú Trạng	Phường
04285	133	15	Trung Tâm	Trung Tam	Phường Trung Tâm	Phường
04288	133	15	Tân An	Tan An	Phường Tân An	Phường
04291	133	15	Cầu Thia	Cau Thia	Phường Cầu Thia	Phường
04294	133	15	Nghĩa Lợi	Nghia Loi	Xã Nghĩa Lợi	Xã
04297	133	15	Nghĩa Phúc	Nghia Phuc	Xã Nghĩa Phúc	Xã
04300	133	15	Nghĩa An	Nghia An	Xã Nghĩa An	Xã
04624	133	15	Nghĩa Lộ	Nghia Lo	Xã Nghĩa Lộ	Xã
04660	133	15	Sơn A	Son A	Xã Sơn A	Xã
04663	133	15	Phù Nham	Phu Nham	Xã Phù Nham	Xã
04675	133	15	Thanh Lương	Thanh Luong	Xã Thanh Lương	Xã
04678	133	15	Hạnh Sơn	Hanh Son	Xã Hạnh Sơn	Xã
04681	133	15	Phúc Sơn	Phuc Son	Xã Phúc Sơn	Xã
04684	133	15	Thạch Lương	Thach Luong	Xã Thạch Lương	Xã
04303	135	15	Yên Thế	Yen The	Thị trấn Yên Thế	Thị trấn
04306	135	15	Tân Phượng	Tan Phuong	Xã Tân Phượng	Xã
04309	135	15	Lâm Thượng	Lam Thuong	Xã Lâm Thượng	Xã
04312	135	15	Khánh Thiện	Khanh Thien	Xã Khánh Thiện	Xã
04315	135	15	Minh Chuẩn	Minh Chuan	Xã Minh Chuẩn	Xã
04318	135	15	Mai Sơn	Mai Son	Xã Mai Sơn	Xã
04321	135	15	Khai Trung	Khai Trung	Xã Khai Trung	Xã
04324	135	15	Mường Lai	Muong Lai	Xã Mường Lai	Xã
04327	135	15	An Lạc	An Lac	Xã An Lạc	Xã
04330	135	15	Minh Xuân	Minh Xuan	Xã Minh Xuân	Xã
04333	135	15	Tô Mậu	To Mau	Xã Tô Mậu	Xã
04336	135	15	Tân Lĩnh	Tan Linh	Xã Tân Lĩnh	Xã
04339	135	15	Yên Thắng	Yen Thang	Xã Yên Thắng	Xã
04342	135	15	Khánh Hoà	Khanh Hoa	Xã Khánh Hoà	Xã
04345	135	15	Vĩnh Lạc	Vinh Lac	Xã Vĩnh Lạc	Xã
04348	135	15	Liễu Đô	Lieu Do	Xã Liễu Đô	Xã
04351	135	15	Động Quan	Dong Quan	Xã Động Quan	Xã
04354	135	15	Tân Lập	Tan Lap	Xã Tân Lập	Xã
04357	135	15	Minh Tiến	Minh Tien	Xã Minh Tiến	Xã
04360	135	15	Trúc Lâu	Truc Lau	Xã Trúc Lâu	Xã
04363	135	15	Phúc Lợi	Phuc Loi	Xã Phúc Lợi	Xã
04366	135	15	Phan Thanh	Phan Thanh	Xã Phan Thanh	Xã
04369	135	15	An Phú	An Phu	Xã An Phú	Xã
04372	135	15	Trung Tâm	Trung Tam	Xã Trung Tâm	Xã
04375	136	15	Mậu A	Mau A	Thị trấn Mậu A	Thị trấn
04378	136	15	Lang Thíp	Lang Thip	Xã Lang Thíp	Xã
04381	136	15	Lâm Giang	Lam Giang	Xã Lâm Giang	Xã
04384	136	15	Châu Quế Thượng	Chau Que Thuong	Xã Châu Quế Thượng	Xã
04387	136	15	Châu Quế Hạ	Chau Que Ha	Xã Châu Quế Hạ	Xã
04390	136	15	An Bình	An Binh	Xã An Bình	Xã
04393	136	15	Quang Minh	Quang Minh	Xã Quang Minh	Xã
04396	136	15	Đông An	Dong An	Xã Đông An	Xã
04399	136	15	Đông Cuông	Dong Cuong	Xã Đông Cuông	Xã
04402	136	15	Phong Dụ Hạ	Phong Du Ha	Xã Phong Dụ Hạ	Xã
04405	136	15	Mậu Đông	Mau Dong	Xã Mậu Đông	Xã
04408	136	15	Ngòi A	Ngoi A	Xã Ngòi A	Xã
04411	136	15	Xuân Tầm	Xuan Tam	Xã Xuân Tầm	Xã
04414	136	15	Tân Hợp	Tan Hop	Xã Tân Hợp	Xã
04417	136	15	An Thịnh	An Thinh	Xã An Thịnh	Xã
04420	136	15	Yên Thái	Yen Thai	Xã Yên Thái	Xã
04423	136	15	Phong Dụ Thượng	Phong Du Thuong	Xã Phong Dụ Thượng	Xã
04426	136	15	Yên Hợp	Yen Hop	Xã Yên Hợp	Xã
04429	136	15	Đại Sơn	Dai Son	Xã Đại Sơn	Xã
04435	136	15	Đại Phác	Dai Phac	Xã Đại Phác	Xã
04438	136	15	Yên Phú	Yen Phu	Xã Yên Phú	Xã
04441	136	15	Xuân Ái	Xuan Ai	Xã Xuân Ái	Xã
04447	136	15	Viễn Sơn	Vien Son	Xã Viễn Sơn	Xã
04450	136	15	Mỏ Vàng	Mo Vang	Xã Mỏ Vàng	Xã
04453	136	15	Nà Hẩu	Na Hau	Xã Nà Hẩu	Xã
04456	137	15	Mù Căng Chải	Mu Cang Chai	Thị trấn Mù Căng Chải	Thị trấn
04459	137	15	Hồ Bốn	Ho Bon	Xã Hồ Bốn	Xã
04462	137	15	Nậm Có	Nam Co	Xã Nậm Có	Xã
04465	137	15	Khao Mang	Khao Mang	Xã Khao Mang	Xã
04468	137	15	Mồ Dề	Mo De	Xã Mồ Dề	Xã
04471	137	15	Chế Cu Nha	Che Cu Nha	Xã Chế Cu Nha	Xã
04474	137	15	Lao Chải	Lao Chai	Xã Lao Chải	Xã
04477	137	15	Kim Nọi	Kim Noi	Xã Kim Nọi	Xã
04480	137	15	Cao Phạ	Cao Pha	Xã Cao Phạ	Xã
04483	137	15	La Pán Tẩn	La Pan Tan	Xã La Pán Tẩn	Xã
04486	137	15	Dế Su Phình	De Su Phinh	Xã Dế Su Phình	Xã
04489	137	15	Chế Tạo	Che Tao	Xã Chế Tạo	Xã
04492	137	15	Púng Luông	Pung Luong	Xã Púng Luông	Xã
04495	137	15	Nậm Khắt	Nam Khat	Xã Nậm Khắt	Xã
04498	138	15	Cổ Phúc	Co Phuc	Thị trấn Cổ Phúc	Thị trấn
04501	138	15	Tân Đồng	Tan Dong	Xã Tân Đồng	Xã
04504	138	15	Báo Đáp	Bao Dap	Xã Báo Đáp	Xã
04510	138	15	Thành Thịnh	Thanh Thinh	Xã Thành Thịnh	Xã
04513	138	15	Hòa Cuông	Hoa Cuong	Xã Hòa Cuông	Xã
04516	138	15	Minh Quán	Minh Quan	Xã Minh Quán	Xã
04519	138	15	Quy Mông	Quy Mong	Xã Quy Mông	Xã
04522	138	15	Cường Thịnh	Cuong Thinh	Xã Cường Thịnh	Xã
04525	138	15	Kiên Thành	Kien Thanh	Xã Kiên Thành	Xã
04531	138	15	Y Can	Y Can	Xã Y Can	Xã
04537	138	15	Lương Thịnh	Luong Thinh	Xã Lương Thịnh	Xã
04564	138	15	Việt Cường	Viet Cuong	Xã Việt Cường	Xã
04567	138	15	Minh Quân	Minh Quan	Xã Minh Quân	Xã
04570	138	15	Hồng Ca	Hong Ca	Xã Hồng Ca	Xã
04573	138	15	Hưng Thịnh	Hung Thinh	Xã Hưng Thịnh	Xã
04576	138	15	Hưng Khánh	Hung Khanh	Xã Hưng Khánh	Xã
04579	138	15	Việt Hồng	Viet Hong	Xã Việt Hồng	Xã
04582	138	15	Vân Hội	Van Hoi	Xã Vân Hội	Xã
04585	139	15	Trạm Tấu	Tram Tau	Thị trấn Trạm Tấu	Thị trấn
04588	139	15	Túc Đán	Tuc Dan	Xã Túc Đán	Xã
04591	139	15	Pá Lau	Pa Lau	Xã Pá Lau	Xã
04594	139	15	Xà Hồ	Xa Ho	Xã Xà Hồ	Xã
04597	139	15	Phình Hồ	Phinh Ho	Xã Phình Hồ	Xã
04600	139	15	Trạm Tấu	Tram Tau	Xã Trạm Tấu	Xã
04603	139	15	Tà Si Láng	Ta Si Lang	Xã Tà Si Láng	Xã
04606	139	15	Pá Hu	Pa Hu	Xã Pá Hu	Xã
04609	139	15	Làng Nhì	Lang Nhi	Xã Làng Nhì	Xã
04612	139	15	Bản Công	Ban Cong	Xã Bản Công	Xã
04615	139	15	Bản Mù	Ban Mu	Xã Bản Mù	Xã
04618	139	15	Hát Lìu	Hat Liu	Xã Hát Lìu	Xã
04621	140	15	NT Liên Sơn	NT Lien Son	Thị trấn NT Liên Sơn	Thị trấn
04627	140	15	NT Trần Phú	NT Tran Phu	Thị trấn NT Trần Phú	Thị trấn
04630	140	15	Tú Lệ	Tu Le	Xã Tú Lệ	Xã
04633	140	15	Nậm Búng	Nam Bung	Xã Nậm Búng	Xã
04636	140	15	Gia Hội	Gia Hoi	Xã Gia Hội	Xã
04639	140	15	Sùng Đô	Sung Do	Xã Sùng Đô	Xã
04642	140	15	Nậm Mười	Nam Muoi	Xã Nậm Mười	Xã
04645	140	15	An Lương	An Luong	Xã An Lương	Xã
04648	140	15	Nậm Lành	Nam Lanh	Xã Nậm Lành	Xã
04651	140	15	Sơn Lương	Son Luong	Xã Sơn Lương	Xã
04654	140	15	Suối Quyền	Suoi Quyen	Xã Suối Quyền	Xã
04657	140	15	Suối Giàng	Suoi Giang	Xã Suối Giàng	Xã
04666	140	15	Nghĩa Sơn	Nghia Son	Xã Nghĩa Sơn	Xã
04669	140	15	Suối Bu	Suoi Bu	Xã Suối Bu	Xã
04672	140	15	Sơn Thịnh	Son Thinh	Thị trấn Sơn Thịnh	Thị trấn
04687	140	15	Đại Lịch	Dai Lich	Xã Đại Lịch	Xã
04690	140	15	Đồng Khê	Dong Khe	Xã Đồng Khê	Xã
04693	140	15	Cát Thịnh	Cat Thinh	Xã Cát Thịnh	Xã
04696	140	15	Tân Thịnh	Tan Thinh	Xã Tân Thịnh	Xã
04699	140	15	Chấn Thịnh	Chan Thinh	Xã Chấn Thịnh	Xã
04702	140	15	Bình Thuận	Binh Thuan	Xã Bình Thuận	Xã
04705	140	15	Thượng Bằng La	Thuong Bang La	Xã Thượng Bằng La	Xã
04708	140	15	Minh An	Minh An	Xã Minh An	Xã
04711	140	15	Nghĩa Tâm	Nghia Tam	Xã Nghĩa Tâm	Xã
04714	141	15	Yên Bình	Yen Binh	Thị trấn Yên Bình	Thị trấn
04717	141	15	Thác Bà	Thac Ba	Thị trấn Thác Bà	Thị trấn
04720	141	15	Xuân Long	Xuan Long	Xã Xuân Long	Xã
04726	141	15	Cảm Nhân	Cam Nhan	Xã Cảm Nhân	Xã
04729	141	15	Ngọc Chấn	Ngoc Chan	Xã Ngọc Chấn	Xã
04732	141	15	Tân Nguyên	Tan Nguyen	Xã Tân Nguyên	Xã
04735	141	15	Phúc Ninh	Phuc Ninh	Xã Phúc Ninh	Xã
04738	141	15	Bảo Ái	Bao Ai	Xã Bảo Ái	Xã
04741	141	15	Mỹ Gia	My Gia	Xã Mỹ Gia	Xã
04744	141	15	Xuân Lai	Xuan Lai	Xã Xuân Lai	Xã
04747	141	15	Mông Sơn	Mong Son	Xã Mông Sơn	Xã
04750	141	15	Cảm Ân	Cam An	Xã Cảm Ân	Xã
04753	141	15	Yên Thành	Yen Thanh	Xã Yên Thành	Xã
04756	141	15	Tân Hương	Tan Huong	Xã Tân Hương	Xã
04759	141	15	Phúc An	Phuc An	Xã Phúc An	Xã
04762	141	15	Bạch Hà	Bach Ha	Xã Bạch Hà	Xã
04765	141	15	Vũ Linh	Vu Linh	Xã Vũ Linh	Xã
04768	141	15	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
04771	141	15	Vĩnh Kiên	Vinh Kien	Xã Vĩnh Kiên	Xã
04777	141	15	Thịnh Hưng	Thinh Hung	Xã Thịnh Hưng	Xã
04780	141	15	Hán Đà	Han Da	Xã Hán Đà	Xã
04783	141	15	Phú Thịnh	Phu Thinh	Xã Phú Thịnh	Xã
04786	141	15	Đại Minh	Dai Minh	Xã Đại Minh	Xã
04789	148	17	Thái Bình	Thai Binh	Phường Thái Bình	Phường
04792	148	17	Tân Hòa	Tan Hoa	Phường Tân Hòa	Phường
04795	148	17	Thịnh Lang	Thinh Lang	Phường Thịnh Lang	Phường
04798	148	17	Hữu Nghị	Huu Nghi	Phường Hữu Nghị	Phường
04801	148	17	Tân Thịnh	Tan Thinh	Phường Tân Thịnh	Phường
04804	148	17	Đồng Tiến	Dong Tien	Phường Đồng Tiến	Phường
04807	148	17	Phương Lâm	Phuong Lam	Phường Phương Lâm	Phường
04813	148	17	Yên Mông	Yen Mong	Xã Yên Mông	Xã
04816	148	17	Quỳnh Lâm	Quynh Lam	Phường Quỳnh Lâm	Phường
04819	148	17	Dân Chủ	Dan Chu	Phường Dân Chủ	Phường
04825	148	17	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
04828	148	17	Thống Nhất	Thong Nhat	Phường Thống Nhất	Phường
04894	148	17	Kỳ Sơn	Ky Son	Phường Kỳ Sơn	Phường
04897	148	17	Thịnh Minh	Thinh Minh	Xã Thịnh Minh	Xã
04903	148	17	Hợp Thành	Hop Thanh	Xã Hợp Thành	Xã
04906	148	17	Quang Tiến	Quang Tien	Xã Quang Tiến	Xã
04912	148	17	Mông Hóa	Mong Hoa	Xã Mông Hóa	Xã
04918	148	17	Trung Minh	Trung Minh	Phường Trung Minh	Phường
04921	148	17	Độc Lập	Doc Lap	Xã Độc Lập	Xã
04831	150	17	Đà Bắc	Da Bac	Thị trấn Đà Bắc	Thị trấn
04834	150	17	Nánh Nghê	Nanh Nghe	Xã Nánh Nghê	Xã
04840	150	17	Giáp Đắt	Giap Dat	Xã Giáp Đắt	Xã
04846	150	17	Mường Chiềng	Muong Chieng	Xã Mường Chiềng	Xã
04849	150	17	Tân Pheo	Tan Pheo	Xã Tân Pheo	Xã
04852	150	17	Đồng Chum	Dong Chum	Xã Đồng Chum	Xã
04855	150	17	Tân Minh	Tan Minh	Xã Tân Minh	Xã
04858	150	17	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
04861	150	17	Đồng Ruộng	Dong Ruong	Xã Đồng Ruộng	Xã
04867	150	17	Tú Lý	Tu Ly	Xã Tú Lý	Xã
04870	150	17	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
04873	150	17	Yên Hòa	Yen Hoa	Xã Yên Hòa	Xã
04876	150	17	Cao Sơn	Cao Son	Xã Cao Sơn	Xã
04879	150	17	Toàn Sơn	Toan Son	Xã Toàn Sơn	Xã
04885	150	17	Hiền Lương	Hien Luong	Xã Hiền Lương	Xã
04888	150	17	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
04891	150	17	Vầy Nưa	Vay Nua	Xã Vầy Nưa	Xã
04924	152	17	Lương Sơn	Luong Son	Thị trấn Lương Sơn	Thị trấn
04942	152	17	Lâm Sơn	Lam Son	Xã Lâm Sơn	Xã
04945	152	17	Hòa Sơn	Hoa Son	Xã Hòa Sơn	Xã
04951	152	17	Tân Vinh	Tan Vinh	Xã Tân Vinh	Xã
04954	152	17	Nhuận Trạch	Nhuan Trach	Xã Nhuận Trạch	Xã
04957	152	17	Cao Sơn	Cao Son	Xã Cao Sơn	Xã
04960	152	17	Cư Yên	Cu Yen	Xã Cư Yên	Xã
04969	152	17	Liên Sơn	Lien Son	Xã Liên Sơn	Xã
05008	152	17	Cao Dương	Cao Duong	Xã Cao Dương	Xã
05041	152	17	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
05047	152	17	Thanh Cao	Thanh Cao	Xã Thanh Cao	Xã
04978	153	17	Bo	Bo	Thị trấn Bo	Thị trấn
04984	153	17	Đú Sáng	Du Sang	Xã Đú Sáng	Xã
04987	153	17	Hùng Sơn	Hung Son	Xã Hùng Sơn	Xã
04990	153	17	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
04999	153	17	Tú Sơn	Tu Son	Xã Tú Sơn	Xã
05005	153	17	Vĩnh Tiến	Vinh Tien	Xã Vĩnh Tiến	Xã
05014	153	17	Đông Bắc	Dong Bac	Xã Đông Bắc	Xã
05017	153	17	Xuân Thủy	Xuan Thuy	Xã Xuân Thủy	Xã
05026	153	17	Vĩnh Đồng	Vinh Dong	Xã Vĩnh Đồng	Xã
05035	153	17	Kim Lập	Kim Lap	Xã Kim Lập	Xã
05038	153	17	Hợp Tiến	Hop Tien	Xã Hợp Tiến	Xã
05065	153	17	Kim Bôi	Kim Boi	Xã Kim Bôi	Xã
05068	153	17	Nam Thượng	Nam Thuong	Xã Nam Thượng	Xã
05077	153	17	Cuối Hạ	Cuoi Ha	Xã Cuối Hạ	Xã
05080	153	17	Sào Báy	Sao Bay	Xã Sào Báy	Xã
05083	153	17	Mi Hòa	Mi Hoa	Xã Mi Hòa	Xã
05086	153	17	Nuông Dăm	Nuong Dam	Xã Nuông Dăm	Xã
05089	154	17	Cao Phong	Cao Phong	Thị trấn Cao Phong	Thị trấn
05092	154	17	Bình Thanh	Binh Thanh	Xã Bình Thanh	Xã
05095	154	17	Thung Nai	Thung Nai	Xã Thung Nai	Xã
05098	154	17	Bắc Phong	Bac Phong	Xã Bắc Phong	Xã
05101	154	17	Thu Phong	Thu Phong	Xã Thu Phong	Xã
05104	154	17	Hợp Phong	Hop Phong	Xã Hợp Phong	Xã
05110	154	17	Tây Phong	Tay Phong	Xã Tây Phong	Xã
05116	154	17	Dũng Phong	Dung Phong	Xã Dũng Phong	Xã
05119	154	17	Nam Phong	Nam Phong	Xã Nam Phong	Xã
05125	154	17	Thạch Yên	Thach Yen	Xã Thạch Yên	Xã
05128	155	17	Mãn Đức	Man Duc	Thị trấn Mãn Đức	Thị trấn
05134	155	17	Suối Hoa	Suoi Hoa	Xã Suối Hoa	Xã
05137	155	17	Phú Vinh	Phu Vinh	Xã Phú Vinh	Xã
05140	155	17	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
05143	155	17	Mỹ Hòa	My Hoa	Xã Mỹ Hòa	Xã
05152	155	17	Quyết Chiến	Quyet Chien	Xã Quyết Chiến	Xã
05158	155	17	Phong Phú	Phong Phu	Xã Phong Phú	Xã
05164	155	17	Tử Nê	Tu Ne	Xã Tử Nê	Xã
05167	155	17	Thanh Hối	Thanh Hoi	Xã Thanh Hối	Xã
05170	155	17	Ngọc Mỹ	Ngoc My	Xã Ngọc Mỹ	Xã
05173	155	17	Đông Lai	Dong Lai	Xã Đông Lai	Xã
05176	155	17	Vân Sơn	Van Son	Xã Vân Sơn	Xã
05182	155	17	Nhân Mỹ	Nhan My	Xã Nhân Mỹ	Xã
05191	155	17	Lỗ Sơn	Lo Son	Xã Lỗ Sơn	Xã
05194	155	17	Ngổ Luông	Ngo Luong	Xã Ngổ Luông	Xã
05197	155	17	Gia Mô	Gia Mo	Xã Gia Mô	Xã
04882	156	17	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
05200	156	17	Mai Châu	Mai Chau	Thị trấn Mai Châu	Thị trấn
05206	156	17	Sơn Thủy	Son Thuy	Xã Sơn Thủy	Xã
05209	156	17	Pà Cò	Pa Co	Xã Pà Cò	Xã
05212	156	17	Hang Kia	Hang Kia	Xã Hang Kia	Xã
05221	156	17	Đồng Tân	Dong Tan	Xã Đồng Tân	Xã
05224	156	17	Cun Pheo	Cun Pheo	Xã Cun Pheo	Xã
05227	156	17	Bao La	Bao La	Xã Bao La	Xã
05233	156	17	Tòng Đậu	Tong Dau	Xã Tòng Đậu	Xã
05242	156	17	Nà Phòn	Na Phon	Xã Nà Phòn	Xã
05245	156	17	Săm Khóe	Sam Khoe	Xã Săm Khóe	Xã
05248	156	17	Chiềng Châu	Chieng Chau	Xã Chiềng Châu	Xã
05251	156	17	Mai Hạ	Mai Ha	Xã Mai Hạ	Xã
05254	156	17	Thành Sơn	Thanh Son	Xã Thành Sơn	Xã
05257	156	17	Mai Hịch	Mai Hich	Xã Mai Hịch	Xã
05263	156	17	Vạn Mai	Van Mai	Xã Vạn Mai	Xã
05266	157	17	Vụ Bản	Vu Ban	Thị trấn Vụ Bản	Thị trấn
05269	157	17	Quý Hòa	Quy Hoa	Xã Quý Hòa	Xã
05272	157	17	Miền Đồi	Mien Doi	Xã Miền Đồi	Xã
05275	157	17	Mỹ Thành	My Thanh	Xã Mỹ Thành	Xã
05278	157	17	Tuân Đạo	Tuan Dao	Xã Tuân Đạo	Xã
05281	157	17	Văn Nghĩa	Van Nghia	Xã Văn Nghĩa	Xã
05284	157	17	Văn Sơn	Van Son	Xã Văn Sơn	Xã
05287	157	17	Tân Lập	Tan Lap	Xã Tân Lập	Xã
05290	157	17	Nhân Nghĩa	Nhan Nghia	Xã Nhân Nghĩa	Xã
05293	157	17	Thượng Cốc	Thuong Coc	Xã Thượng Cốc	Xã
05299	157	17	Quyết Thắng	Quyet Thang	Xã Quyết Thắng	Xã
05302	157	17	Xuất Hóa	Xuat Hoa	Xã Xuất Hóa	Xã
05305	157	17	Yên Phú	Yen Phu	Xã Yên Phú	Xã
05308	157	17	Bình Hẻm	Binh Hem	Xã Bình Hẻm	Xã
05320	157	17	Định Cư	Dinh Cu	Xã Định Cư	Xã
05323	157	17	Chí Đạo	Chi Dao	Xã Chí Đạo	Xã
05329	157	17	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
05332	157	17	Hương Nhượng	Huong Nhuong	Xã Hương Nhượng	Xã
05335	157	17	Vũ Bình	Vu Binh	Xã Vũ Bình	Xã
05338	157	17	Tự Do	Tu Do	Xã Tự Do	Xã
05341	157	17	Yên Nghiệp	Yen Nghiep	Xã Yên Nghiệp	Xã
05344	157	17	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
05347	157	17	Ân Nghĩa	An Nghia	Xã Ân Nghĩa	Xã
05350	157	17	Ngọc Lâu	Ngoc Lau	Xã Ngọc Lâu	Xã
05353	158	17	Hàng Trạm	Hang Tram	Thị trấn Hàng Trạm	Thị trấn
05356	158	17	Lạc Sỹ	Lac Sy	Xã Lạc Sỹ	Xã
05362	158	17	Lạc Lương	Lac Luong	Xã Lạc Lương	Xã
05365	158	17	Bảo Hiệu	Bao Hieu	Xã Bảo Hiệu	Xã
05368	158	17	Đa Phúc	Da Phuc	Xã Đa Phúc	Xã
05371	158	17	Hữu Lợi	Huu Loi	Xã Hữu Lợi	Xã
05374	158	17	Lạc Thịnh	Lac Thinh	Xã Lạc Thịnh	Xã
05380	158	17	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
05383	158	17	Phú Lai	Phu Lai	Xã Phú Lai	Xã
05386	158	17	Yên Trị	Yen Tri	Xã Yên Trị	Xã
05389	158	17	Ngọc Lương	Ngoc Luong	Xã Ngọc Lương	Xã
04981	159	17	Ba Hàng Đồi	Ba Hang Doi	Thị trấn Ba Hàng Đồi	Thị trấn
05392	159	17	Chi Nê	Chi Ne	Thị trấn Chi Nê	Thị trấn
05395	159	17	Phú Nghĩa	Phu Nghia	Xã Phú Nghĩa	Xã
05398	159	17	Phú Thành	Phu Thanh	Xã Phú Thành	Xã
05404	159	17	Hưng Thi	Hung Thi	Xã Hưng Thi	Xã
05413	159	17	Khoan Dụ	Khoan Du	Xã Khoan Dụ	Xã
05419	159	17	Đồng Tâm	Dong Tam	Xã Đồng Tâm	Xã
05422	159	17	Yên Bồng	Yen Bong	Xã Yên Bồng	Xã
05425	159	17	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
05428	159	17	An Bình	An Binh	Xã An Bình	Xã
05431	164	19	Quán Triều	Quan Trieu	Phường Quán Triều	Phường
05434	164	19	Quang Vinh	Quang Vinh	Phường Quang Vinh	Phường
05437	164	19	Túc Duyên	Tuc Duyen	Phường Túc Duyên	Phường
05440	164	19	Hoàng Văn Thụ	Hoang Van Thu	Phường Hoàng Văn Thụ	Phường
05443	164	19	Trưng Vương	Trung Vuong	Phường Trưng Vương	Phường
05446	164	19	Quang Trung	Quang Trung	Phường Quang Trung	Phường
05449	164	19	Phan Đình Phùng	Phan Dinh Phung	Phường Phan Đình Phùng	Phường
05452	164	19	Tân Thịnh	Tan Thinh	Phường Tân Thịnh	Phường
05455	164	19	Thịnh Đán	Thinh Dan	Phường Thịnh Đán	Phường
05458	164	19	Đồng Quang	Dong Quang	Phường Đồng Quang	Phường
05461	164	19	Gia Sàng	Gia Sang	Phường Gia Sàng	Phường
05464	164	19	Tân Lập	Tan Lap	Phường Tân Lập	Phường
05467	164	19	Cam Giá	Cam Gia	Phường Cam Giá	Phường
05470	164	19	Phú Xá	Phu Xa	Phường Phú Xá	Phường
05473	164	19	Hương Sơn	Huong Son	Phường Hương Sơn	Phường
05476	164	19	Trung Thành	Trung Thanh	Phường Trung Thành	Phường
05479	164	19	Tân Thành	Tan Thanh	Phường Tân Thành	Phường
05482	164	19	Tân Long	Tan Long	Phường Tân Long	Phường
05485	164	19	Phúc Hà	Phuc Ha	Xã Phúc Hà	Xã
05488	164	19	Phúc Xuân	Phuc Xuan	Xã Phúc Xuân	Xã
05491	164	19	Quyết Thắng	Quyet Thang	Xã Quyết Thắng	Xã
05494	164	19	Phúc Trìu	Phuc Triu	Xã Phúc Trìu	Xã
05497	164	19	Thịnh Đức	Thinh Duc	Xã Thịnh Đức	Xã
05500	164	19	Tích Lương	Tich Luong	Phường Tích Lương	Phường
05503	164	19	Tân Cương	Tan Cuong	Xã Tân Cương	Xã
05653	164	19	Sơn Cẩm	Son Cam	Xã Sơn Cẩm	Xã
05659	164	19	Chùa Hang	Chua Hang	Phường Chùa Hang	Phường
05695	164	19	Cao Ngạn	Cao Ngan	Xã Cao Ngạn	Xã
05701	164	19	Linh Sơn	Linh Son	Xã Linh Sơn	Xã
05710	164	19	Đồng Bẩm	Dong Bam	Phường Đồng Bẩm	Phường
05713	164	19	Huống Thượng	Huong Thuong	Xã Huống Thượng	Xã
05914	164	19	Đồng Liên	Dong Lien	Xã Đồng Liên	Xã
05506	165	19	Lương Sơn	Luong Son	Phường Lương Sơn	Phường
05509	165	19	Châu Sơn	Chau Son	Phường Châu Sơn	Phường
05512	165	19	Mỏ Chè	Mo Che	Phường Mỏ Chè	Phường
05515	165	19	Cải Đan	Cai Dan	Phường Cải Đan	Phường
05518	165	19	Thắng Lợi	Thang Loi	Phường Thắng Lợi	Phường
05521	165	19	Phố Cò	Pho Co	Phường Phố Cò	Phường
05527	165	19	Tân Quang	Tan Quang	Xã Tân Quang	Xã
05528	165	19	Bách Quang	Bach Quang	Phường Bách Quang	Phường
05530	165	19	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
05533	165	19	Bá Xuyên	Ba Xuyen	Xã Bá Xuyên	Xã
05539	167	19	Linh Thông	Linh Thong	Xã Linh Thông	Xã
05542	167	19	Lam Vỹ	Lam Vy	Xã Lam Vỹ	Xã
05545	167	19	Quy Kỳ	Quy Ky	Xã Quy Kỳ	Xã
05548	167	19	Tân Thịnh	Tan Thinh	Xã Tân Thịnh	Xã
05551	167	19	Kim Phượng	Kim Phuong	Xã Kim Phượng	Xã
05554	167	19	Bảo Linh	Bao Linh	Xã Bảo Linh	Xã
05560	167	19	Phúc Chu	Phuc Chu	Xã Phúc Chu	Xã
05563	167	19	Tân Dương	Tan Duong	Xã Tân Dương	Xã
05566	167	19	Phượng Tiến	Phuong Tien	Xã Phượng Tiến	Xã
05569	167	19	Chợ Chu	Cho Chu	Thị trấn Chợ Chu	Thị trấn
05572	167	19	Đồng Thịnh	Dong Thinh	Xã Đồng Thịnh	Xã
05575	167	19	Định Biên	Dinh Bien	Xã Định Biên	Xã
05578	167	19	Thanh Định	Thanh Dinh	Xã Thanh Định	Xã
05581	167	19	Trung Hội	Trung Hoi	Xã Trung Hội	Xã
05584	167	19	Trung Lương	Trung Luong	Xã Trung Lương	Xã
05587	167	19	Bình Yên	Binh Yen	Xã Bình Yên	Xã
05590	167	19	Điềm Mặc	Diem Mac	Xã Điềm Mặc	Xã
05593	167	19	Phú Tiến	Phu Tien	Xã Phú Tiến	Xã
05596	167	19	Bộc Nhiêu	Boc Nhieu	Xã Bộc Nhiêu	Xã
05599	167	19	Sơn Phú	Son Phu	Xã Sơn Phú	Xã
05602	167	19	Phú Đình	Phu Dinh	Xã Phú Đình	Xã
05605	167	19	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
05611	168	19	Đu	Du	Thị trấn Đu	Thị trấn
05614	168	19	Yên Ninh	Yen Ninh	Xã Yên Ninh	Xã
05617	168	19	Yên Trạch	Yen Trach	Xã Yên Trạch	Xã
05620	168	19	Yên Đổ	Yen Do	Xã Yên Đổ	Xã
05623	168	19	Yên Lạc	Yen Lac	Xã Yên Lạc	Xã
05626	168	19	Ôn Lương	On Luong	Xã Ôn Lương	Xã
05629	168	19	Động Đạt	Dong Dat	Xã Động Đạt	Xã
05632	168	19	Phủ Lý	Phu Ly	Xã Phủ Lý	Xã
05635	168	19	Phú Đô	Phu Do	Xã Phú Đô	Xã
05638	168	19	Hợp Thành	Hop Thanh	Xã Hợp Thành	Xã
05641	168	19	Tức Tranh	Tuc Tranh	Xã Tức Tranh	Xã
05644	168	19	Giang Tiên	Giang Tien	Thị trấn Giang Tiên	Thị trấn
05647	168	19	Vô Tranh	Vo Tranh	Xã Vô Tranh	Xã
05650	168	19	Cổ Lũng	Co Lung	Xã Cổ Lũng	Xã
05656	169	19	Sông Cầu	Song Cau	Thị trấn Sông Cầu	Thị trấn
05662	169	19	Trại Cau	Trai Cau	Thị trấn Trại Cau	Thị trấn
05665	169	19	Văn Lăng	Van Lang	Xã Văn Lăng	Xã
05668	169	19	Tân Long	Tan Long	Xã Tân Long	Xã
05671	169	19	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
05674	169	19	Quang Sơn	Quang Son	Xã Quang Sơn	Xã
05677	169	19	Minh Lập	Minh Lap	Xã Minh Lập	Xã
05680	169	19	Văn Hán	Van Han	Xã Văn Hán	Xã
05683	169	19	Hóa Trung	Hoa Trung	Xã Hóa Trung	Xã
05686	169	19	Khe Mo	Khe Mo	Xã Khe Mo	Xã
05689	169	19	Cây Thị	Cay Thi	Xã Cây Thị	Xã
05692	169	19	Hóa Thượng	Hoa Thuong	Thị trấn Hóa Thượng	Thị trấn
05698	169	19	Hợp Tiến	Hop Tien	Xã Hợp Tiến	Xã
05707	169	19	Nam Hòa	Nam Hoa	Xã Nam Hòa	Xã
05716	170	19	Đình Cả	Dinh Ca	Thị trấn Đình Cả	Thị trấn
05719	170	19	Sảng Mộc	Sang Moc	Xã Sảng Mộc	Xã
05722	170	19	Nghinh Tường	Nghinh Tuong	Xã Nghinh Tường	Xã
05725	170	19	Thần Xa	Than Xa	Xã Thần Xa	Xã
05728	170	19	Vũ Chấn	Vu Chan	Xã Vũ Chấn	Xã
05731	170	19	Thượng Nung	Thuong Nung	Xã Thượng Nung	Xã
05734	170	19	Phú Thượng	Phu Thuong	Xã Phú Thượng	Xã
05737	170	19	Cúc Đường	Cuc Duong	Xã Cúc Đường	Xã
05740	170	19	La Hiên	La Hien	Xã La Hiên	Xã
05743	170	19	Lâu Thượng	Lau Thuong	Xã Lâu Thượng	Xã
05746	170	19	Tràng Xá	Trang Xa	Xã Tràng Xá	Xã
05749	170	19	Phương Giao	Phuong Giao	Xã Phương Giao	Xã
05752	170	19	Liên Minh	Lien Minh	Xã Liên Minh	Xã
05755	170	19	Dân Tiến	Dan Tien	Xã Dân Tiến	Xã
05758	170	19	Bình Long	Binh Long	Xã Bình Long	Xã
05761	171	19	Hùng Sơn	Hung Son	Thị trấn Hùng Sơn	Thị trấn
05767	171	19	Phúc Lương	Phuc Luong	Xã Phúc Lương	Xã
05770	171	19	Minh Tiến	Minh Tien	Xã Minh Tiến	Xã
05773	171	19	Yên Lãng	Yen Lang	Xã Yên Lãng	Xã
05776	171	19	Đức Lương	Duc Luong	Xã Đức Lương	Xã
05779	171	19	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
05785	171	19	Phú Lạc	Phu Lac	Xã Phú Lạc	Xã
05788	171	19	Tân Linh	Tan Linh	Xã Tân Linh	Xã
05791	171	19	Phú Thịnh	Phu Thinh	Xã Phú Thịnh	Xã
05794	171	19	Phục Linh	Phuc Linh	Xã Phục Linh	Xã
05797	171	19	Phú Xuyên	Phu Xuyen	Xã Phú Xuyên	Xã
05800	171	19	Bản Ngoại	Ban Ngoai	Xã Bản Ngoại	Xã
05803	171	19	Tiên Hội	Tien Hoi	Xã Tiên Hội	Xã
05809	171	19	Cù Vân	Cu Van	Xã Cù Vân	Xã
05812	171	19	Hà Thượng	Ha Thuong	Xã Hà Thượng	Xã
05815	171	19	La Bằng	La Bang	Xã La Bằng	Xã
05818	171	19	Hoàng Nông	Hoang Nong	Xã Hoàng Nông	Xã
05821	171	19	Khôi Kỳ	Khoi Ky	Xã Khôi Kỳ	Xã
05824	171	19	An Khánh	An Khanh	Xã An Khánh	Xã
05827	171	19	Tân Thái	Tan Thai	Xã Tân Thái	Xã
05830	171	19	Bình Thuận	Binh Thuan	Xã Bình Thuận	Xã
05833	171	19	Lục Ba	Luc Ba	Xã Lục Ba	Xã
05836	171	19	Mỹ Yên	My Yen	Xã Mỹ Yên	Xã
05842	171	19	Văn Yên	Van Yen	Xã Văn Yên	Xã
05845	171	19	Vạn Phú	Van Phu	Xã Vạn Phú	Xã
05848	171	19	Cát Nê	Cat Ne	Xã Cát Nê	Xã
05851	171	19	Quân Chu	Quan Chu	Thị trấn Quân Chu	Thị trấn
05854	172	19	Bãi Bông	Bai Bong	Phường Bãi Bông	Phường
05857	172	19	Bắc Sơn	Bac Son	Phường Bắc Sơn	Phường
05860	172	19	Ba Hàng	Ba Hang	Phường Ba Hàng	Phường
05863	172	19	Phúc Tân	Phuc Tan	Xã Phúc Tân	Xã
05866	172	19	Phúc Thuận	Phuc Thuan	Xã Phúc Thuận	Xã
05869	172	19	Hồng Tiến	Hong Tien	Phường Hồng Tiến	Phường
05872	172	19	Minh Đức	Minh Duc	Xã Minh Đức	Xã
05875	172	19	Đắc Sơn	Dac Son	Phường Đắc Sơn	Phường
05878	172	19	Đồng Tiến	Dong Tien	Phường Đồng Tiến	Phường
05881	172	19	Thành Công	Thanh Cong	Xã Thành Công	Xã
05884	172	19	Tiên Phong	Tien Phong	Phường Tiên Phong	Phường
05887	172	19	Vạn Phái	Van Phai	Xã Vạn Phái	Xã
05890	172	19	Nam Tiến	Nam Tien	Phường Nam Tiến	Phường
05893	172	19	Tân Hương	Tan Huong	Phường Tân Hương	Phường
05896	172	19	Đông Cao	Dong Cao	Phường Đông Cao	Phường
05899	172	19	Trung Thành	Trung Thanh	Phường Trung Thành	Phường
05902	172	19	Tân Phú	Tan Phu	Phường Tân Phú	Phường
05905	172	19	Thuận Thành	Thuan Thanh	Phường Thuận Thành	Phường
05908	173	19	Hương Sơn	Huong Son	Thị trấn Hương Sơn	Thị trấn
05911	173	19	Bàn Đạt	Ban Dat	Xã Bàn Đạt	Xã
05917	173	19	Tân Khánh	Tan Khanh	Xã Tân Khánh	Xã
05920	173	19	Tân Kim	Tan Kim	Xã Tân Kim	Xã
05923	173	19	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
05926	173	19	Đào Xá	Dao Xa	Xã Đào Xá	Xã
05929	173	19	Bảo Lý	Bao Ly	Xã Bảo Lý	Xã
05932	173	19	Thượng Đình	Thuong Dinh	Xã Thượng Đình	Xã
05935	173	19	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
05938	173	19	Nhã Lộng	Nha Long	Xã Nhã Lộng	Xã
05941	173	19	Điềm Thụy	Diem Thuy	Xã Điềm Thụy	Xã
05944	173	19	Xuân Phương	Xuan Phuong	Xã Xuân Phương	Xã
05947	173	19	Tân Đức	Tan Duc	Xã Tân Đức	Xã
05950	173	19	Úc Kỳ	Uc Ky	Xã Úc Kỳ	Xã
05953	173	19	Lương Phú	Luong Phu	Xã Lương Phú	Xã
05956	173	19	Nga My	Nga My	Xã Nga My	Xã
05959	173	19	Kha Sơn	Kha Son	Xã Kha Sơn	Xã
05962	173	19	Thanh Ninh	Thanh Ninh	Xã Thanh Ninh	Xã
05965	173	19	Dương Thành	Duong Thanh	Xã Dương Thành	Xã
05968	173	19	Hà Châu	Ha Chau	Xã Hà Châu	Xã
05971	178	20	Hoàng Văn Thụ	Hoang Van Thu	Phường Hoàng Văn Thụ	Phường
05974	178	20	Tam Thanh	Tam Thanh	Phường Tam Thanh	Phường
05977	178	20	Vĩnh Trại	Vinh Trai	Phường Vĩnh Trại	Phường
05980	178	20	Đông Kinh	Dong Kinh	Phường Đông Kinh	Phường
05983	178	20	Chi Lăng	Chi Lang	Phường Chi Lăng	Phường
05986	178	20	Hoàng Đồng	Hoang Dong	Xã Hoàng Đồng	Xã
05989	178	20	Quảng Lạc	Quang Lac	Xã Quảng Lạc	Xã
05998	180	20	Khánh Long	Khanh Long	Xã Khánh Long	Xã
06001	180	20	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
06004	180	20	Quốc Khánh	Quoc Khanh	Xã Quốc Khánh	Xã
06010	180	20	Cao Minh	Cao Minh	Xã Cao Minh	Xã
06013	180	20	Chí Minh	Chi Minh	Xã Chí Minh	Xã
06016	180	20	Tri Phương	Tri Phuong	Xã Tri Phương	Xã
06019	180	20	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
06022	180	20	Tân Yên	Tan Yen	Xã Tân Yên	Xã
06025	180	20	Đội Cấn	Doi Can	Xã Đội Cấn	Xã
06028	180	20	Tân Minh	Tan Minh	Xã Tân Minh	Xã
06031	180	20	Kim Đồng	Kim Dong	Xã Kim Đồng	Xã
06034	180	20	Chi Lăng	Chi Lang	Xã Chi Lăng	Xã
06037	180	20	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
06040	180	20	Thất Khê	That Khe	Thị trấn Thất Khê	Thị trấn
06043	180	20	Đào Viên	Dao Vien	Xã Đào Viên	Xã
06046	180	20	Đề Thám	De Tham	Xã Đề Thám	Xã
06049	180	20	Kháng Chiến	Khang Chien	Xã Kháng Chiến	Xã
06055	180	20	Hùng Sơn	Hung Son	Xã Hùng Sơn	Xã
06058	180	20	Quốc Việt	Quoc Viet	Xã Quốc Việt	Xã
06061	180	20	Hùng Việt	Hung Viet	Xã Hùng Việt	Xã
06067	181	20	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
06070	181	20	Vĩnh Yên	Vinh Yen	Xã Vĩnh Yên	Xã
06073	181	20	Hoa Thám	Hoa Tham	Xã Hoa Thám	Xã
06076	181	20	Quý Hòa	Quy Hoa	Xã Quý Hòa	Xã
06079	181	20	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
06082	181	20	Yên Lỗ	Yen Lo	Xã Yên Lỗ	Xã
06085	181	20	Thiện Hòa	Thien Hoa	Xã Thiện Hòa	Xã
06088	181	20	Quang Trung	Quang Trung	Xã Quang Trung	Xã
06091	181	20	Thiện Thuật	Thien Thuat	Xã Thiện Thuật	Xã
06094	181	20	Minh Khai	Minh Khai	Xã Minh Khai	Xã
06097	181	20	Thiện Long	Thien Long	Xã Thiện Long	Xã
06100	181	20	Hoàng Văn Thụ	Hoang Van Thu	Xã Hoàng Văn Thụ	Xã
06103	181	20	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
06106	181	20	Mông Ân	Mong An	Xã Mông Ân	Xã
06109	181	20	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
06112	181	20	Bình Gia	Binh Gia	Thị trấn Bình Gia	Thị trấn
06115	181	20	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
06118	181	20	Bình La	Binh La	Xã Bình La	Xã
06121	181	20	Tân Văn	Tan Van	Xã Tân Văn	Xã
06124	182	20	Na Sầm	Na Sam	Thị trấn Na Sầm	Thị trấn
06127	182	20	Trùng Khánh	Trung Khanh	Xã Trùng Khánh	Xã
06133	182	20	Bắc La	Bac La	Xã Bắc La	Xã
06136	182	20	Thụy Hùng	Thuy Hung	Xã Thụy Hùng	Xã
06139	182	20	Bắc Hùng	Bac Hung	Xã Bắc Hùng	Xã
06142	182	20	Tân Tác	Tan Tac	Xã Tân Tác	Xã
06148	182	20	Thanh Long	Thanh Long	Xã Thanh Long	Xã
06151	182	20	Hội Hoan	Hoi Hoan	Xã Hội Hoan	Xã
06154	182	20	Bắc Việt	Bac Viet	Xã Bắc Việt	Xã
06157	182	20	Hoàng Việt	Hoang Viet	Xã Hoàng Việt	Xã
06160	182	20	Gia Miễn	Gia Mien	Xã Gia Miễn	Xã
06163	182	20	Thành Hòa	Thanh Hoa	Xã Thành Hòa	Xã
06166	182	20	Tân Thanh	Tan Thanh	Xã Tân Thanh	Xã
06172	182	20	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
06175	182	20	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
06178	182	20	Hoàng Văn Thụ	Hoang Van Thu	Xã Hoàng Văn Thụ	Xã
06181	182	20	Nhạc Kỳ	Nhac Ky	Xã Nhạc Kỳ	Xã
06184	183	20	Đồng Đăng	Dong Dang	Thị trấn Đồng Đăng	Thị trấn
06187	183	20	Cao Lộc	Cao Loc	Thị trấn Cao Lộc	Thị trấn
06190	183	20	Bảo Lâm	Bao Lam	Xã Bảo Lâm	Xã
06193	183	20	Thanh Lòa	Thanh Loa	Xã Thanh Lòa	Xã
06196	183	20	Cao Lâu	Cao Lau	Xã Cao Lâu	Xã
06199	183	20	Thạch Đạn	Thach Dan	Xã Thạch Đạn	Xã
06202	183	20	Xuất Lễ	Xuat Le	Xã Xuất Lễ	Xã
06205	183	20	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
06208	183	20	Thụy Hùng	Thuy Hung	Xã Thụy Hùng	Xã
06211	183	20	Lộc Yên	Loc Yen	Xã Lộc Yên	Xã
06214	183	20	Phú Xá	Phu Xa	Xã Phú Xá	Xã
06217	183	20	Bình Trung	Binh Trung	Xã Bình Trung	Xã
06220	183	20	Hải Yến	Hai Yen	Xã Hải Yến	Xã
06223	183	20	Hòa Cư	Hoa Cu	Xã Hòa Cư	Xã
06226	183	20	Hợp Thành	Hop Thanh	Xã Hợp Thành	Xã
06232	183	20	Công Sơn	Cong Son	Xã Công Sơn	Xã
06235	183	20	Gia Cát	Gia Cat	Xã Gia Cát	Xã
06238	183	20	Mẫu Sơn	Mau Son	Xã Mẫu Sơn	Xã
06241	183	20	Xuân Long	Xuan Long	Xã Xuân Long	Xã
06244	183	20	Tân Liên	Tan Lien	Xã Tân Liên	Xã
06247	183	20	Yên Trạch	Yen Trach	Xã Yên Trạch	Xã
06250	183	20	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
06253	184	20	Văn Quan	Van Quan	Thị trấn Văn Quan	Thị trấn
06256	184	20	Trấn Ninh	Tran Ninh	Xã Trấn Ninh	Xã
06268	184	20	Liên Hội	Lien Hoi	Xã Liên Hội	Xã
06274	184	20	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
06277	184	20	Tú Xuyên	Tu Xuyen	Xã Tú Xuyên	Xã
06280	184	20	Điềm He	Diem He	Xã Điềm He	Xã
06283	184	20	An Sơn	An Son	Xã An Sơn	Xã
06286	184	20	Khánh Khê	Khanh Khe	Xã Khánh Khê	Xã
06292	184	20	Lương Năng	Luong Nang	Xã Lương Năng	Xã
06298	184	20	Bình Phúc	Binh Phuc	Xã Bình Phúc	Xã
06307	184	20	Tân Đoàn	Tan Doan	Xã Tân Đoàn	Xã
06313	184	20	Tri Lễ	Tri Le	Xã Tri Lễ	Xã
06316	184	20	Tràng Phái	Trang Phai	Xã Tràng Phái	Xã
06319	184	20	Yên Phúc	Yen Phuc	Xã Yên Phúc	Xã
06322	184	20	Hữu Lễ	Huu Le	Xã Hữu Lễ	Xã
06325	185	20	Bắc Sơn	Bac Son	Thị trấn Bắc Sơn	Thị trấn
06328	185	20	Long Đống	Long Dong	Xã Long Đống	Xã
06331	185	20	Vạn Thủy	Van Thuy	Xã Vạn Thủy	Xã
06337	185	20	Đồng ý	Dong y	Xã Đồng ý	Xã
06340	185	20	Tân Tri	Tan Tri	Xã Tân Tri	Xã
06343	185	20	Bắc Quỳnh	Bac Quynh	Xã Bắc Quỳnh	Xã
06349	185	20	Hưng Vũ	Hung Vu	Xã Hưng Vũ	Xã
06352	185	20	Tân Lập	Tan Lap	Xã Tân Lập	Xã
06355	185	20	Vũ Sơn	Vu Son	Xã Vũ Sơn	Xã
06358	185	20	Chiêu Vũ	Chieu Vu	Xã Chiêu Vũ	Xã
06361	185	20	Tân Hương	Tan Huong	Xã Tân Hương	Xã
06364	185	20	Chiến Thắng	Chien Thang	Xã Chiến Thắng	Xã
06367	185	20	Vũ Lăng	Vu Lang	Xã Vũ Lăng	Xã
06370	185	20	Trấn Yên	Tran Yen	Xã Trấn Yên	Xã
06373	185	20	Vũ Lễ	Vu Le	Xã Vũ Lễ	Xã
06376	185	20	Nhất Hòa	Nhat Hoa	Xã Nhất Hòa	Xã
06379	185	20	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
06382	185	20	Nhất Tiến	Nhat Tien	Xã Nhất Tiến	Xã
06385	186	20	Hữu Lũng	Huu Lung	Thị trấn Hữu Lũng	Thị trấn
06388	186	20	Hữu Liên	Huu Lien	Xã Hữu Liên	Xã
06391	186	20	Yên Bình	Yen Binh	Xã Yên Bình	Xã
06394	186	20	Quyết Thắng	Quyet Thang	Xã Quyết Thắng	Xã
06397	186	20	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
06400	186	20	Yên Thịnh	Yen Thinh	Xã Yên Thịnh	Xã
06403	186	20	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
06406	186	20	Thiện Tân	Thien Tan	Xã Thiện Tân	Xã
06412	186	20	Yên Vượng	Yen Vuong	Xã Yên Vượng	Xã
06415	186	20	Minh Tiến	Minh Tien	Xã Minh Tiến	Xã
06418	186	20	Nhật Tiến	Nhat Tien	Xã Nhật Tiến	Xã
06421	186	20	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
06424	186	20	Đồng Tân	Dong Tan	Xã Đồng Tân	Xã
06427	186	20	Cai Kinh	Cai Kinh	Xã Cai Kinh	Xã
06430	186	20	Hòa Lạc	Hoa Lac	Xã Hòa Lạc	Xã
06433	186	20	Vân Nham	Van Nham	Xã Vân Nham	Xã
06436	186	20	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
06442	186	20	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
06445	186	20	Hòa Sơn	Hoa Son	Xã Hòa Sơn	Xã
06448	186	20	Minh Sơn	Minh Son	Xã Minh Sơn	Xã
06451	186	20	Hồ Sơn	Ho Son	Xã Hồ Sơn	Xã
06457	186	20	Minh Hòa	Minh Hoa	Xã Minh Hòa	Xã
06460	186	20	Hòa Thắng	Hoa Thang	Xã Hòa Thắng	Xã
06463	187	20	Đồng Mỏ	Dong Mo	Thị trấn Đồng Mỏ	Thị trấn
06466	187	20	Chi Lăng	Chi Lang	Thị trấn Chi Lăng	Thị trấn
06469	187	20	Vân An	Van An	Xã Vân An	Xã
06472	187	20	Vân Thủy	Van Thuy	Xã Vân Thủy	Xã
06475	187	20	Gia Lộc	Gia Loc	Xã Gia Lộc	Xã
06478	187	20	Bắc Thủy	Bac Thuy	Xã Bắc Thủy	Xã
06481	187	20	Chiến Thắng	Chien Thang	Xã Chiến Thắng	Xã
06484	187	20	Mai Sao	Mai Sao	Xã Mai Sao	Xã
06487	187	20	Bằng Hữu	Bang Huu	Xã Bằng Hữu	Xã
06490	187	20	Thượng Cường	Thuong Cuong	Xã Thượng Cường	Xã
06493	187	20	Bằng Mạc	Bang Mac	Xã Bằng Mạc	Xã
06496	187	20	Nhân Lý	Nhan Ly	Xã Nhân Lý	Xã
06499	187	20	Lâm Sơn	Lam Son	Xã Lâm Sơn	Xã
06502	187	20	Liên Sơn	Lien Son	Xã Liên Sơn	Xã
06505	187	20	Vạn Linh	Van Linh	Xã Vạn Linh	Xã
06508	187	20	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
06514	187	20	Hữu Kiên	Huu Kien	Xã Hữu Kiên	Xã
06517	187	20	Quan Sơn	Quan Son	Xã Quan Sơn	Xã
06520	187	20	Y Tịch	Y Tich	Xã Y Tịch	Xã
06523	187	20	Chi Lăng	Chi Lang	Xã Chi Lăng	Xã
06526	188	20	Na Dương	Na Duong	Thị trấn Na Dương	Thị trấn
06529	188	20	Lộc Bình	Loc Binh	Thị trấn Lộc Bình	Thị trấn
06532	188	20	Mẫu Sơn	Mau Son	Xã Mẫu Sơn	Xã
06541	188	20	Yên Khoái	Yen Khoai	Xã Yên Khoái	Xã
06544	188	20	Khánh Xuân	Khanh Xuan	Xã Khánh Xuân	Xã
06547	188	20	Tú Mịch	Tu Mich	Xã Tú Mịch	Xã
06550	188	20	Hữu Khánh	Huu Khanh	Xã Hữu Khánh	Xã
06553	188	20	Đồng Bục	Dong Buc	Xã Đồng Bục	Xã
06559	188	20	Tam Gia	Tam Gia	Xã Tam Gia	Xã
06562	188	20	Tú Đoạn	Tu Doan	Xã Tú Đoạn	Xã
06565	188	20	Khuất Xá	Khuat Xa	Xã Khuất Xá	Xã
06577	188	20	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
06589	188	20	Sàn Viên	San Vien	Xã Sàn Viên	Xã
06592	188	20	Đông Quan	Dong Quan	Xã Đông Quan	Xã
06595	188	20	Minh Hiệp	Minh Hiep	Xã Minh Hiệp	Xã
06598	188	20	Hữu Lân	Huu Lan	Xã Hữu Lân	Xã
06601	188	20	Lợi Bác	Loi Bac	Xã Lợi Bác	Xã
06604	188	20	Nam Quan	Nam Quan	Xã Nam Quan	Xã
06607	188	20	Xuân Dương	Xuan Duong	Xã Xuân Dương	Xã
06610	188	20	Ái Quốc	Ai Quoc	Xã Ái Quốc	Xã
06613	189	20	Đình Lập	Dinh Lap	Thị trấn Đình Lập	Thị trấn
06616	189	20	NT Thái Bình	NT Thai Binh	Thị trấn NT Thái Bình	Thị trấn
06619	189	20	Bắc Xa	Bac Xa	Xã Bắc Xa	Xã
06622	189	20	Bính Xá	Binh Xa	Xã Bính Xá	Xã
06625	189	20	Kiên Mộc	Kien Moc	Xã Kiên Mộc	Xã
06628	189	20	Đình Lập	Dinh Lap	Xã Đình Lập	Xã
06631	189	20	Thái Bình	Thai Binh	Xã Thái Bình	Xã
06634	189	20	Cường Lợi	Cuong Loi	Xã Cường Lợi	Xã
06637	189	20	Châu Sơn	Chau Son	Xã Châu Sơn	Xã
06640	189	20	Lâm Ca	Lam Ca	Xã Lâm Ca	Xã
06643	189	20	Đồng Thắng	Dong Thang	Xã Đồng Thắng	Xã
06646	189	20	Bắc Lãng	Bac Lang	Xã Bắc Lãng	Xã
06649	193	22	Hà Khánh	Ha Khanh	Phường Hà Khánh	Phường
06652	193	22	Hà Phong	Ha Phong	Phường Hà Phong	Phường
06655	193	22	Hà Khẩu	Ha Khau	Phường Hà Khẩu	Phường
06658	193	22	Cao Xanh	Cao Xanh	Phường Cao Xanh	Phường
06661	193	22	Giếng Đáy	Gieng Day	Phường Giếng Đáy	Phường
06664	193	22	Hà Tu	Ha Tu	Phường Hà Tu	Phường
06667	193	22	Hà Trung	Ha Trung	Phường Hà Trung	Phường
06670	193	22	Hà Lầm	Ha Lam	Phường Hà Lầm	Phường
06673	193	22	Bãi Cháy	Bai Chay	Phường Bãi Cháy	Phường
06676	193	22	Cao Thắng	Cao Thang	Phường Cao Thắng	Phường
06679	193	22	Hùng Thắng	Hung Thang	Phường Hùng Thắng	Phường
06685	193	22	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
06688	193	22	Hồng Hải	Hong Hai	Phường Hồng Hải	Phường
06691	193	22	Hồng Gai	Hong Gai	Phường Hồng Gai	Phường
06694	193	22	Bạch Đằng	Bach Dang	Phường Bạch Đằng	Phường
06697	193	22	Hồng Hà	Hong Ha	Phường Hồng Hà	Phường
06700	193	22	Tuần Châu	Tuan Chau	Phường Tuần Châu	Phường
06703	193	22	Việt Hưng	Viet Hung	Phường Việt Hưng	Phường
06706	193	22	Đại Yên	Dai Yen	Phường Đại Yên	Phường
07030	193	22	Hoành Bồ	Hoanh Bo	Phường Hoành Bồ	Phường
07033	193	22	Kỳ Thượng	Ky Thuong	Xã Kỳ Thượng	Xã
07036	193	22	Đồng Sơn	Dong Son	Xã Đồng Sơn	Xã
07039	193	22	Tân Dân	Tan Dan	Xã Tân Dân	Xã
07042	193	22	Đồng Lâm	Dong Lam	Xã Đồng Lâm	Xã
07045	193	22	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
07048	193	22	Vũ Oai	Vu Oai	Xã Vũ Oai	Xã
07051	193	22	Dân Chủ	Dan Chu	Xã Dân Chủ	Xã
07054	193	22	Quảng La	Quang La	Xã Quảng La	Xã
07057	193	22	Bằng Cả	Bang Ca	Xã Bằng Cả	Xã
07060	193	22	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
07063	193	22	Sơn Dương	Son Duong	Xã Sơn Dương	Xã
07066	193	22	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
06709	194	22	Ka Long	Ka Long	Phường Ka Long	Phường
06712	194	22	Trần Phú	Tran Phu	Phường Trần Phú	Phường
06715	194	22	Ninh Dương	Ninh Duong	Phường Ninh Dương	Phường
06721	194	22	Trà Cổ	Tra Co	Phường Trà Cổ	Phường
06724	194	22	Hải Sơn	Hai Son	Xã Hải Sơn	Xã
06727	194	22	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
06730	194	22	Hải Đông	Hai Dong	Xã Hải Đông	Xã
06733	194	22	Hải Tiến	Hai Tien	Xã Hải Tiến	Xã
06736	194	22	Hải Yên	Hai Yen	Phường Hải Yên	Phường
06739	194	22	Quảng Nghĩa	Quang Nghia	Xã Quảng Nghĩa	Xã
06742	194	22	Hải Hoà	Hai Hoa	Phường Hải Hoà	Phường
06745	194	22	Hải Xuân	Hai Xuan	Xã Hải Xuân	Xã
06748	194	22	Vạn Ninh	Van Ninh	Xã Vạn Ninh	Xã
06751	194	22	Bình Ngọc	Binh Ngoc	Phường Bình Ngọc	Phường
06754	194	22	Vĩnh Trung	Vinh Trung	Xã Vĩnh Trung	Xã
06757	194	22	Vĩnh Thực	Vinh Thuc	Xã Vĩnh Thực	Xã
06760	195	22	Mông Dương	Mong Duong	Phường Mông Dương	Phường
06763	195	22	Cửa Ông	Cua Ong	Phường Cửa Ông	Phường
06766	195	22	Cẩm Sơn	Cam Son	Phường Cẩm Sơn	Phường
06769	195	22	Cẩm Đông	Cam Dong	Phường Cẩm Đông	Phường
06772	195	22	Cẩm Phú	Cam Phu	Phường Cẩm Phú	Phường
06775	195	22	Cẩm Tây	Cam Tay	Phường Cẩm Tây	Phường
06778	195	22	Quang Hanh	Quang Hanh	Phường Quang Hanh	Phường
06781	195	22	Cẩm Thịnh	Cam Thinh	Phường Cẩm Thịnh	Phường
06784	195	22	Cẩm Thủy	Cam Thuy	Phường Cẩm Thủy	Phường
06787	195	22	Cẩm Thạch	Cam Thach	Phường Cẩm Thạch	Phường
06790	195	22	Cẩm Thành	Cam Thanh	Phường Cẩm Thành	Phường
06793	195	22	Cẩm Trung	Cam Trung	Phường Cẩm Trung	Phường
06796	195	22	Cẩm Bình	Cam Binh	Phường Cẩm Bình	Phường
06799	195	22	Hải Hòa	Hai Hoa	Xã Hải Hòa	Xã
06805	195	22	Dương Huy	Duong Huy	Xã Dương Huy	Xã
06808	196	22	Vàng Danh	Vang Danh	Phường Vàng Danh	Phường
06811	196	22	Thanh Sơn	Thanh Son	Phường Thanh Sơn	Phường
06814	196	22	Bắc Sơn	Bac Son	Phường Bắc Sơn	Phường
06817	196	22	Quang Trung	Quang Trung	Phường Quang Trung	Phường
06820	196	22	Trưng Vương	Trung Vuong	Phường Trưng Vương	Phường
06823	196	22	Nam Khê	Nam Khe	Phường Nam Khê	Phường
06826	196	22	Yên Thanh	Yen Thanh	Phường Yên Thanh	Phường
06829	196	22	Thượng Yên Công	Thuong Yen Cong	Xã Thượng Yên Công	Xã
06832	196	22	Phương Đông	Phuong Dong	Phường Phương Đông	Phường
06835	196	22	Phương Nam	Phuong Nam	Phường Phương Nam	Phường
06838	198	22	Bình Liêu	Binh Lieu	Thị trấn Bình Liêu	Thị trấn
06841	198	22	Hoành Mô	Hoanh Mo	Xã Hoành Mô	Xã
06844	198	22	Đồng Tâm	Dong Tam	Xã Đồng Tâm	Xã
06847	198	22	Đồng Văn	Dong Van	Xã Đồng Văn	Xã
06853	198	22	Vô Ngại	Vo Ngai	Xã Vô Ngại	Xã
06856	198	22	Lục Hồn	Luc Hon	Xã Lục Hồn	Xã
06859	198	22	Húc Động	Huc Dong	Xã Húc Động	Xã
06862	199	22	Tiên Yên	Tien Yen	Thị trấn Tiên Yên	Thị trấn
06865	199	22	Hà Lâu	Ha Lau	Xã Hà Lâu	Xã
06868	199	22	Đại Dực	Dai Duc	Xã Đại Dực	Xã
06871	199	22	Phong Dụ	Phong Du	Xã Phong Dụ	Xã
06874	199	22	Điền Xá	Dien Xa	Xã Điền Xá	Xã
06877	199	22	Đông Ngũ	Dong Ngu	Xã Đông Ngũ	Xã
06880	199	22	Yên Than	Yen Than	Xã Yên Than	Xã
06883	199	22	Đông Hải	Dong Hai	Xã Đông Hải	Xã
06886	199	22	Hải Lạng	Hai Lang	Xã Hải Lạng	Xã
06889	199	22	Tiên Lãng	Tien Lang	Xã Tiên Lãng	Xã
06892	199	22	Đồng Rui	Dong Rui	Xã Đồng Rui	Xã
06895	200	22	Đầm Hà	Dam Ha	Thị trấn Đầm Hà	Thị trấn
06898	200	22	Quảng Lâm	Quang Lam	Xã Quảng Lâm	Xã
06901	200	22	Quảng An	Quang An	Xã Quảng An	Xã
06904	200	22	Tân Bình	Tan Binh	Xã Tân Bình	Xã
06910	200	22	Dực Yên	Duc Yen	Xã Dực Yên	Xã
06913	200	22	Quảng Tân	Quang Tan	Xã Quảng Tân	Xã
06916	200	22	Đầm Hà	Dam Ha	Xã Đầm Hà	Xã
06917	200	22	Tân Lập	Tan Lap	Xã Tân Lập	Xã
06919	200	22	Đại Bình	Dai Binh	Xã Đại Bình	Xã
06922	201	22	Quảng Hà	Quang Ha	Thị trấn Quảng Hà	Thị trấn
06925	201	22	Quảng Đức	Quang Duc	Xã Quảng Đức	Xã
06928	201	22	Quảng Sơn	Quang Son	Xã Quảng Sơn	Xã
06931	201	22	Quảng Thành	Quang Thanh	Xã Quảng Thành	Xã
06937	201	22	Quảng Thịnh	Quang Thinh	Xã Quảng Thịnh	Xã
06940	201	22	Quảng Minh	Quang Minh	Xã Quảng Minh	Xã
06943	201	22	Quảng Chính	Quang Chinh	Xã Quảng Chính	Xã
06946	201	22	Quảng Long	Quang Long	Xã Quảng Long	Xã
06949	201	22	Đường Hoa	Duong Hoa	Xã Đường Hoa	Xã
06952	201	22	Quảng Phong	Quang Phong	Xã Quảng Phong	Xã
06967	201	22	Cái Chiên	Cai Chien	Xã Cái Chiên	Xã
06970	202	22	Ba Chẽ	Ba Che	Thị trấn Ba Chẽ	Thị trấn
06973	202	22	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
06976	202	22	Thanh Lâm	Thanh Lam	Xã Thanh Lâm	Xã
06979	202	22	Đạp Thanh	Dap Thanh	Xã Đạp Thanh	Xã
06982	202	22	Nam Sơn	Nam Son	Xã Nam Sơn	Xã
06985	202	22	Lương Minh	Luong Minh	Xã Lương Minh	Xã
06988	202	22	Đồn Đạc	Don Dac	Xã Đồn Đạc	Xã
06994	203	22	Cái Rồng	Cai Rong	Thị trấn Cái Rồng	Thị trấn
06997	203	22	Đài Xuyên	Dai Xuyen	Xã Đài Xuyên	Xã
07000	203	22	Bình Dân	Binh Dan	Xã Bình Dân	Xã
07003	203	22	Vạn Yên	Van Yen	Xã Vạn Yên	Xã
07006	203	22	Minh Châu	Minh Chau	Xã Minh Châu	Xã
07009	203	22	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
07012	203	22	Hạ Long	Ha Long	Xã Hạ Long	Xã
07015	203	22	Đông Xá	Dong Xa	Xã Đông Xá	Xã
07018	203	22	Bản Sen	Ban Sen	Xã Bản Sen	Xã
07021	203	22	Thắng Lợi	Thang Loi	Xã Thắng Lợi	Xã
07024	203	22	Quan Lạn	Quan Lan	Xã Quan Lạn	Xã
07027	203	22	Ngọc Vừng	Ngoc Vung	Xã Ngọc Vừng	Xã
07069	205	22	Mạo Khê	Mao Khe	Phường Mạo Khê	Phường
07075	205	22	An Sinh	An Sinh	Xã An Sinh	Xã
07078	205	22	Tràng Lương	Trang Luong	Xã Tràng Lương	Xã
07081	205	22	Bình Khê	Binh Khe	Phường Bình Khê	Phường
07084	205	22	Việt Dân	Viet Dan	Xã Việt Dân	Xã
07090	205	22	Bình Dương	Binh Duong	Phường Bình Dương	Phường
07093	205	22	Đức Chính	Duc Chinh	Phường Đức Chính	Phường
07096	205	22	Tràng An	Trang An	Phường Tràng An	Phường
07099	205	22	Nguyễn Huệ	Nguyen Hue	Xã Nguyễn Huệ	Xã
07102	205	22	Thủy An	Thuy An	Phường Thủy An	Phường
07105	205	22	Xuân Sơn	Xuan Son	Phường Xuân Sơn	Phường
07108	205	22	Hồng Thái Tây	Hong Thai Tay	Xã Hồng Thái Tây	Xã
07111	205	22	Hồng Thái Đông	Hong Thai Dong	Xã Hồng Thái Đông	Xã
07114	205	22	Hoàng Quế	Hoang Que	Phường Hoàng Quế	Phường
07117	205	22	Yên Thọ	Yen Tho	Phường Yên Thọ	Phường
07120	205	22	Hồng Phong	Hong Phong	Phường Hồng Phong	Phường
07123	205	22	Kim Sơn	Kim Son	Phường Kim Sơn	Phường
07126	205	22	Hưng Đạo	Hung Dao	Phường Hưng Đạo	Phường
07129	205	22	Yên Đức	Yen Duc	Phường Yên Đức	Phường
07132	206	22	Quảng Yên	Quang Yen	Phường Quảng Yên	Phường
07135	206	22	Đông Mai	Dong Mai	Phường Đông Mai	Phường
07138	206	22	Minh Thành	Minh Thanh	Phường Minh Thành	Phường
07144	206	22	Sông Khoai	Song Khoai	Xã Sông Khoai	Xã
07147	206	22	Hiệp Hòa	Hiep Hoa	Xã Hiệp Hòa	Xã
07150	206	22	Cộng Hòa	Cong Hoa	Phường Cộng Hòa	Phường
07153	206	22	Tiền An	Tien An	Xã Tiền An	Xã
07156	206	22	Hoàng Tân	Hoang Tan	Xã Hoàng Tân	Xã
07159	206	22	Tân An	Tan An	Phường Tân An	Phường
07162	206	22	Yên Giang	Yen Giang	Phường Yên Giang	Phường
07165	206	22	Nam Hoà	Nam Hoa	Phường Nam Hoà	Phường
07168	206	22	Hà An	Ha An	Phường Hà An	Phường
07171	206	22	Cẩm La	Cam La	Xã Cẩm La	Xã
07174	206	22	Phong Hải	Phong Hai	Phường Phong Hải	Phường
07177	206	22	Yên Hải	Yen Hai	Phường Yên Hải	Phường
07180	206	22	Liên Hòa	Lien Hoa	Xã Liên Hòa	Xã
07183	206	22	Phong Cốc	Phong Coc	Phường Phong Cốc	Phường
07186	206	22	Liên Vị	Lien Vi	Xã Liên Vị	Xã
07189	206	22	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
07192	207	22	Cô Tô	Co To	Thị trấn Cô Tô	Thị trấn
07195	207	22	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
07198	207	22	Thanh Lân	Thanh Lan	Xã Thanh Lân	Xã
07201	213	24	Thọ Xương	Tho Xuong	Phường Thọ Xương	Phường
07207	213	24	Ngô Quyền	Ngo Quyen	Phường Ngô Quyền	Phường
07210	213	24	Hoàng Văn Thụ	Hoang Van Thu	Phường Hoàng Văn Thụ	Phường
07213	213	24	Trần Phú	Tran Phu	Phường Trần Phú	Phường
07216	213	24	Mỹ Độ	My Do	Phường Mỹ Độ	Phường
07222	213	24	Song Mai	Song Mai	Phường Song Mai	Phường
07225	213	24	Xương Giang	Xuong Giang	Phường Xương Giang	Phường
07228	213	24	Đa Mai	Da Mai	Phường Đa Mai	Phường
07231	213	24	Dĩnh Kế	Dinh Ke	Phường Dĩnh Kế	Phường
07441	213	24	Dĩnh Trì	Dinh Tri	Phường Dĩnh Trì	Phường
07681	213	24	Nham Biền	Nham Bien	Phường Nham Biền	Phường
07682	213	24	Tân An	Tan An	Phường Tân An	Phường
07687	213	24	Tân Mỹ	Tan My	Phường Tân Mỹ	Phường
07690	213	24	Hương Gián	Huong Gian	Phường Hương Gián	Phường
07696	213	24	Đồng Sơn	Dong Son	Phường Đồng Sơn	Phường
07699	213	24	Tân Tiến	Tan Tien	Phường Tân Tiến	Phường
07702	213	24	Quỳnh Sơn	Quynh Son	Xã Quỳnh Sơn	Xã
07705	213	24	Song Khê	Song Khe	Phường Song Khê	Phường
07708	213	24	Nội Hoàng	Noi Hoang	Phường Nội Hoàng	Phường
07711	213	24	Tiền Phong	Tien Phong	Phường Tiền Phong	Phường
07714	213	24	Xuân Phú	Xuan Phu	Xã Xuân Phú	Xã
07717	213	24	Tân Liễu	Tan Lieu	Phường Tân Liễu	Phường
07720	213	24	Trí Yên	Tri Yen	Xã Trí Yên	Xã
07723	213	24	Lãng Sơn	Lang Son	Xã Lãng Sơn	Xã
07726	213	24	Yên Lư	Yen Lu	Xã Yên Lư	Xã
07729	213	24	Tiến Dũng	Tien Dung	Xã Tiến Dũng	Xã
07735	213	24	Đức Giang	Duc Giang	Xã Đức Giang	Xã
07738	213	24	Cảnh Thụy	Canh Thuy	Phường Cảnh Thụy	Phường
07741	213	24	Tư Mại	Tu Mai	Xã Tư Mại	Xã
07747	213	24	Đồng Việt	Dong Viet	Xã Đồng Việt	Xã
07750	213	24	Đồng Phúc	Dong Phuc	Xã Đồng Phúc	Xã
07243	215	24	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
07246	215	24	Canh Nậu	Canh Nau	Xã Canh Nậu	Xã
07249	215	24	Xuân Lương	Xuan Luong	Xã Xuân Lương	Xã
07252	215	24	Tam Tiến	Tam Tien	Xã Tam Tiến	Xã
07255	215	24	Đồng Vương	Dong Vuong	Xã Đồng Vương	Xã
07258	215	24	Đồng Hưu	Dong Huu	Xã Đồng Hưu	Xã
07260	215	24	Đồng Tâm	Dong Tam	Xã Đồng Tâm	Xã
07261	215	24	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
07264	215	24	Tiến Thắng	Tien Thang	Xã Tiến Thắng	Xã
07270	215	24	Đồng Lạc	Dong Lac	Xã Đồng Lạc	Xã
07273	215	24	Đông Sơn	Dong Son	Xã Đông Sơn	Xã
07279	215	24	Hương Vĩ	Huong Vi	Xã Hương Vĩ	Xã
07282	215	24	Đồng Kỳ	Dong Ky	Xã Đồng Kỳ	Xã
07285	215	24	An Thượng	An Thuong	Xã An Thượng	Xã
07288	215	24	Phồn Xương	Phon Xuong	Thị trấn Phồn Xương	Thị trấn
07291	215	24	Tân Sỏi	Tan Soi	Xã Tân Sỏi	Xã
07294	215	24	Bố Hạ	Bo Ha	Thị trấn Bố Hạ	Thị trấn
07306	216	24	Nhã Nam	Nha Nam	Thị trấn Nhã Nam	Thị trấn
07309	216	24	Tân Trung	Tan Trung	Xã Tân Trung	Xã
07315	216	24	Quang Trung	Quang Trung	Xã Quang Trung	Xã
07321	216	24	An Dương	An Duong	Xã An Dương	Xã
07324	216	24	Phúc Hòa	Phuc Hoa	Xã Phúc Hòa	Xã
07327	216	24	Liên Sơn	Lien Son	Xã Liên Sơn	Xã
07330	216	24	Hợp Đức	Hop Duc	Xã Hợp Đức	Xã
07333	216	24	Lam Sơn	Lam Son	Xã Lam Sơn	Xã
07336	216	24	Cao Xá	Cao Xa	Xã Cao Xá	Xã
07339	216	24	Cao Thượng	Cao Thuong	Thị trấn Cao Thượng	Thị trấn
07342	216	24	Việt Ngọc	Viet Ngoc	Xã Việt Ngọc	Xã
07345	216	24	Song Vân	Song Van	Xã Song Vân	Xã
07348	216	24	Ngọc Châu	Ngoc Chau	Xã Ngọc Châu	Xã
07351	216	24	Ngọc Vân	Ngoc Van	Xã Ngọc Vân	Xã
07354	216	24	Việt Lập	Viet Lap	Xã Việt Lập	Xã
07357	216	24	Liên Chung	Lien Chung	Xã Liên Chung	Xã
07360	216	24	Ngọc Thiện	Ngoc Thien	Xã Ngọc Thiện	Xã
07363	216	24	Ngọc Lý	Ngoc Ly	Xã Ngọc Lý	Xã
07366	216	24	Quế Nham	Que Nham	Xã Quế Nham	Xã
07375	217	24	Vôi	Voi	Thị trấn Vôi	Thị trấn
07378	217	24	Nghĩa Hòa	Nghia Hoa	Xã Nghĩa Hòa	Xã
07381	217	24	Nghĩa Hưng	Nghia Hung	Xã Nghĩa Hưng	Xã
07384	217	24	Quang Thịnh	Quang Thinh	Xã Quang Thịnh	Xã
07387	217	24	Hương Sơn	Huong Son	Xã Hương Sơn	Xã
07390	217	24	Đào Mỹ	Dao My	Xã Đào Mỹ	Xã
07393	217	24	Tiên Lục	Tien Luc	Xã Tiên Lục	Xã
07396	217	24	An Hà	An Ha	Xã An Hà	Xã
07399	217	24	Kép	Kep	Thị trấn Kép	Thị trấn
07405	217	24	Hương Lạc	Huong Lac	Xã Hương Lạc	Xã
07408	217	24	Dương Đức	Duong Duc	Xã Dương Đức	Xã
07411	217	24	Tân Thanh	Tan Thanh	Xã Tân Thanh	Xã
07417	217	24	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
07420	217	24	Mỹ Thái	My Thai	Xã Mỹ Thái	Xã
07426	217	24	Xương Lâm	Xuong Lam	Xã Xương Lâm	Xã
07429	217	24	Xuân Hương	Xuan Huong	Xã Xuân Hương	Xã
07432	217	24	Tân Dĩnh	Tan Dinh	Xã Tân Dĩnh	Xã
07435	217	24	Đại Lâm	Dai Lam	Xã Đại Lâm	Xã
07438	217	24	Thái Đào	Thai Dao	Xã Thái Đào	Xã
07444	218	24	Đồi Ngô	Doi Ngo	Thị trấn Đồi Ngô	Thị trấn
07450	218	24	Đông Hưng	Dong Hung	Xã Đông Hưng	Xã
07453	218	24	Đông Phú	Dong Phu	Xã Đông Phú	Xã
07456	218	24	Tam Dị	Tam Di	Xã Tam Dị	Xã
07459	218	24	Bảo Sơn	Bao Son	Xã Bảo Sơn	Xã
07462	218	24	Bảo Đài	Bao Dai	Xã Bảo Đài	Xã
07465	218	24	Thanh Lâm	Thanh Lam	Xã Thanh Lâm	Xã
07468	218	24	Tiên Nha	Tien Nha	Xã Tiên Nha	Xã
07471	218	24	Trường Giang	Truong Giang	Xã Trường Giang	Xã
07477	218	24	Phương Sơn	Phuong Son	Thị trấn Phương Sơn	Thị trấn
07480	218	24	Chu Điện	Chu Dien	Xã Chu Điện	Xã
07483	218	24	Cương Sơn	Cuong Son	Xã Cương Sơn	Xã
07486	218	24	Nghĩa Phương	Nghia Phuong	Xã Nghĩa Phương	Xã
07489	218	24	Vô Tranh	Vo Tranh	Xã Vô Tranh	Xã
07492	218	24	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
07495	218	24	Lan Mẫu	Lan Mau	Xã Lan Mẫu	Xã
07498	218	24	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
07501	218	24	Khám Lạng	Kham Lang	Xã Khám Lạng	Xã
07504	218	24	Huyền Sơn	Huyen Son	Xã Huyền Sơn	Xã
07507	218	24	Trường Sơn	Truong Son	Xã Trường Sơn	Xã
07510	218	24	Lục Sơn	Luc Son	Xã Lục Sơn	Xã
07513	218	24	Bắc Lũng	Bac Lung	Xã Bắc Lũng	Xã
07519	218	24	Cẩm Lý	Cam Ly	Xã Cẩm Lý	Xã
07522	218	24	Đan Hội	Dan Hoi	Xã Đan Hội	Xã
07528	219	24	Cấm Sơn	Cam Son	Xã Cấm Sơn	Xã
07531	219	24	Tân Sơn	Tan Son	Xã Tân Sơn	Xã
07534	219	24	Phong Minh	Phong Minh	Xã Phong Minh	Xã
07537	219	24	Phong Vân	Phong Van	Xã Phong Vân	Xã
07540	219	24	Sa Lý	Sa Ly	Xã Sa Lý	Xã
07543	219	24	Hộ Đáp	Ho Dap	Xã Hộ Đáp	Xã
07546	219	24	Sơn Hải	Son Hai	Xã Sơn Hải	Xã
07555	219	24	Biên Sơn	Bien Son	Xã Biên Sơn	Xã
07564	219	24	Kim Sơn	Kim Son	Xã Kim Sơn	Xã
07567	219	24	Tân Hoa	Tan Hoa	Xã Tân Hoa	Xã
07570	219	24	Giáp Sơn	Giap Son	Xã Giáp Sơn	Xã
07573	219	24	Biển Động	Bien Dong	Thị trấn Biển Động	Thị trấn
07582	219	24	Phì Điền	Phi Dien	Thị trấn Phì Điền	Thị trấn
07588	219	24	Tân Quang	Tan Quang	Xã Tân Quang	Xã
07591	219	24	Đồng Cốc	Dong Coc	Xã Đồng Cốc	Xã
07594	219	24	Tân Lập	Tan Lap	Xã Tân Lập	Xã
07597	219	24	Phú Nhuận	Phu Nhuan	Xã Phú Nhuận	Xã
07606	219	24	Tân Mộc	Tan Moc	Xã Tân Mộc	Xã
07609	219	24	Đèo Gia	Deo Gia	Xã Đèo Gia	Xã
07615	220	24	An Châu	An Chau	Thị trấn An Châu	Thị trấn
07616	220	24	Tây Yên Tử	Tay Yen Tu	Thị trấn Tây Yên Tử	Thị trấn
07621	220	24	Vân Sơn	Van Son	Xã Vân Sơn	Xã
07624	220	24	Hữu Sản	Huu San	Xã Hữu Sản	Xã
07627	220	24	Đại Sơn	Dai Son	Xã Đại Sơn	Xã
07630	220	24	Phúc Sơn	Phuc Son	Xã Phúc Sơn	Xã
07636	220	24	Giáo Liêm	Giao Liem	Xã Giáo Liêm	Xã
07642	220	24	Cẩm Đàn	Cam Dan	Xã Cẩm Đàn	Xã
07645	220	24	An Lạc	An Lac	Xã An Lạc	Xã
07648	220	24	Vĩnh An	Vinh An	Xã Vĩnh An	Xã
07651	220	24	Yên Định	Yen Dinh	Xã Yên Định	Xã
07654	220	24	Lệ Viễn	Le Vien	Xã Lệ Viễn	Xã
07660	220	24	An Bá	An Ba	Xã An Bá	Xã
07663	220	24	Tuấn Đạo	Tuan Dao	Xã Tuấn Đạo	Xã
07666	220	24	Dương Hưu	Duong Huu	Xã Dương Hưu	Xã
07672	220	24	Long Sơn	Long Son	Xã Long Sơn	Xã
07678	220	24	Thanh Luận	Thanh Luan	Xã Thanh Luận	Xã
07759	222	24	Thượng Lan	Thuong Lan	Xã Thượng Lan	Xã
07762	222	24	Việt Tiến	Viet Tien	Xã Việt Tiến	Xã
07765	222	24	Nghĩa Trung	Nghia Trung	Xã Nghĩa Trung	Xã
07768	222	24	Minh Đức	Minh Duc	Xã Minh Đức	Xã
07771	222	24	Hương Mai	Huong Mai	Xã Hương Mai	Xã
07774	222	24	Tự Lạn	Tu Lan	Phường Tự Lạn	Phường
07777	222	24	Bích Động	Bich Dong	Phường Bích Động	Phường
07780	222	24	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
07783	222	24	Hồng Thái	Hong Thai	Phường Hồng Thái	Phường
07786	222	24	Tiên Sơn	Tien Son	Xã Tiên Sơn	Xã
07789	222	24	Tăng Tiến	Tang Tien	Phường Tăng Tiến	Phường
07792	222	24	Quảng Minh	Quang Minh	Phường Quảng Minh	Phường
07795	222	24	Nếnh	Nenh	Phường Nếnh	Phường
07798	222	24	Ninh Sơn	Ninh Son	Phường Ninh Sơn	Phường
07801	222	24	Vân Trung	Van Trung	Phường Vân Trung	Phường
07804	222	24	Vân Hà	Van Ha	Xã Vân Hà	Xã
07807	222	24	Quang Châu	Quang Chau	Phường Quang Châu	Phường
07816	223	24	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
07822	223	24	Hoàng Vân	Hoang Van	Xã Hoàng Vân	Xã
07825	223	24	Toàn Thắng	Toan Thang	Xã Toàn Thắng	Xã
07831	223	24	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
07840	223	24	Thắng	Thang	Thị trấn Thắng	Thị trấn
07843	223	24	Sơn Thịnh	Son Thinh	Xã Sơn Thịnh	Xã
07846	223	24	Lương Phong	Luong Phong	Xã Lương Phong	Xã
07849	223	24	Hùng Thái	Hung Thai	Xã Hùng Thái	Xã
07855	223	24	Thường Thắng	Thuong Thang	Xã Thường Thắng	Xã
07858	223	24	Hợp Thịnh	Hop Thinh	Xã Hợp Thịnh	Xã
07861	223	24	Danh Thắng	Danh Thang	Xã Danh Thắng	Xã
07864	223	24	Mai Trung	Mai Trung	Xã Mai Trung	Xã
07867	223	24	Đoan Bái	Doan Bai	Xã Đoan Bái	Xã
07870	223	24	Bắc Lý	Bac Ly	Thị trấn Bắc Lý	Thị trấn
07873	223	24	Xuân Cẩm	Xuan Cam	Xã Xuân Cẩm	Xã
07876	223	24	Hương Lâm	Huong Lam	Xã Hương Lâm	Xã
07879	223	24	Đông Lỗ	Dong Lo	Xã Đông Lỗ	Xã
07882	223	24	Châu Minh	Chau Minh	Xã Châu Minh	Xã
07885	223	24	Mai Đình	Mai Dinh	Xã Mai Đình	Xã
07525	224	24	Chũ	Chu	Phường Chũ	Phường
07549	224	24	Thanh Hải	Thanh Hai	Phường Thanh Hải	Phường
07552	224	24	Kiên Lao	Kien Lao	Xã Kiên Lao	Xã
07558	224	24	Kiên Thành	Kien Thanh	Xã Kiên Thành	Xã
07561	224	24	Hồng Giang	Hong Giang	Phường Hồng Giang	Phường
07576	224	24	Quý Sơn	Quy Son	Xã Quý Sơn	Xã
07579	224	24	Trù Hựu	Tru Huu	Phường Trù Hựu	Phường
07600	224	24	Mỹ An	My An	Xã Mỹ An	Xã
07603	224	24	Nam Dương	Nam Duong	Xã Nam Dương	Xã
07612	224	24	Phượng Sơn	Phuong Son	Phường Phượng Sơn	Phường
07888	227	25	Dữu Lâu	Duu Lau	Phường Dữu Lâu	Phường
07894	227	25	Nông Trang	Nong Trang	Phường Nông Trang	Phường
07897	227	25	Tân Dân	Tan Dan	Phường Tân Dân	Phường
07900	227	25	Gia Cẩm	Gia Cam	Phường Gia Cẩm	Phường
07903	227	25	Tiên Cát	Tien Cat	Phường Tiên Cát	Phường
07906	227	25	Thọ Sơn	Tho Son	Phường Thọ Sơn	Phường
07909	227	25	Thanh Miếu	Thanh Mieu	Phường Thanh Miếu	Phường
07912	227	25	Bạch Hạc	Bach Hac	Phường Bạch Hạc	Phường
07918	227	25	Vân Phú	Van Phu	Phường Vân Phú	Phường
07921	227	25	Phượng Lâu	Phuong Lau	Xã Phượng Lâu	Xã
07924	227	25	Thụy Vân	Thuy Van	Xã Thụy Vân	Xã
07927	227	25	Minh Phương	Minh Phuong	Phường Minh Phương	Phường
07930	227	25	Trưng Vương	Trung Vuong	Xã Trưng Vương	Xã
07933	227	25	Minh Nông	Minh Nong	Phường Minh Nông	Phường
07936	227	25	Sông Lô	Song Lo	Xã Sông Lô	Xã
08281	227	25	Kim Đức	Kim Duc	Xã Kim Đức	Xã
08287	227	25	Hùng Lô	Hung Lo	Xã Hùng Lô	Xã
08503	227	25	Hy Cương	Hy Cuong	Xã Hy Cương	Xã
08506	227	25	Chu Hóa	Chu Hoa	Xã Chu Hóa	Xã
08515	227	25	Thanh Đình	Thanh Dinh	Xã Thanh Đình	Xã
07942	228	25	Hùng Vương	Hung Vuong	Phường Hùng Vương	Phường
07945	228	25	Phong Châu	Phong Chau	Phường Phong Châu	Phường
07948	228	25	Âu Cơ	Au Co	Phường Âu Cơ	Phường
07951	228	25	Hà Lộc	Ha Loc	Xã Hà Lộc	Xã
07954	228	25	Phú Hộ	Phu Ho	Xã Phú Hộ	Xã
07957	228	25	Văn Lung	Van Lung	Xã Văn Lung	Xã
07960	228	25	Thanh Minh	Thanh Minh	Xã Thanh Minh	Xã
07963	228	25	Hà Thạch	Ha Thach	Xã Hà Thạch	Xã
07966	228	25	Thanh Vinh	Thanh Vinh	Phường Thanh Vinh	Phường
07969	230	25	Đoan Hùng	Doan Hung	Thị trấn Đoan Hùng	Thị trấn
07975	230	25	Hùng Xuyên	Hung Xuyen	Xã Hùng Xuyên	Xã
07981	230	25	Bằng Luân	Bang Luan	Xã Bằng Luân	Xã
07987	230	25	Phú Lâm	Phu Lam	Xã Phú Lâm	Xã
07996	230	25	Bằng Doãn	Bang Doan	Xã Bằng Doãn	Xã
07999	230	25	Chí Đám	Chi Dam	Xã Chí Đám	Xã
08005	230	25	Phúc Lai	Phuc Lai	Xã Phúc Lai	Xã
08008	230	25	Ngọc Quan	Ngoc Quan	Xã Ngọc Quan	Xã
08014	230	25	Hợp Nhất	Hop Nhat	Xã Hợp Nhất	Xã
08023	230	25	Tây Cốc	Tay Coc	Xã Tây Cốc	Xã
08035	230	25	Hùng Long	Hung Long	Xã Hùng Long	Xã
08038	230	25	Yên Kiện	Yen Kien	Xã Yên Kiện	Xã
08044	230	25	Chân Mộng	Chan Mong	Xã Chân Mộng	Xã
08050	230	25	Ca Đình	Ca Dinh	Xã Ca Đình	Xã
08053	231	25	Hạ Hoà	Ha Hoa	Thị trấn Hạ Hoà	Thị trấn
08056	231	25	Đại Phạm	Dai Pham	Xã Đại Phạm	Xã
08062	231	25	Đan Thượng	Dan Thuong	Xã Đan Thượng	Xã
08065	231	25	Hà Lương	Ha Luong	Xã Hà Lương	Xã
08071	231	25	Tứ Hiệp	Tu Hiep	Xã Tứ Hiệp	Xã
08080	231	25	Hiền Lương	Hien Luong	Xã Hiền Lương	Xã
08089	231	25	Phương Viên	Phuong Vien	Xã Phương Viên	Xã
08092	231	25	Gia Điền	Gia Dien	Xã Gia Điền	Xã
08095	231	25	Ấm Hạ	Am Ha	Xã Ấm Hạ	Xã
08104	231	25	Hương Xạ	Huong Xa	Xã Hương Xạ	Xã
08110	231	25	Xuân Áng	Xuan Ang	Xã Xuân Áng	Xã
08113	231	25	Yên Kỳ	Yen Ky	Xã Yên Kỳ	Xã
08119	231	25	Minh Hạc	Minh Hac	Xã Minh Hạc	Xã
08122	231	25	Lang Sơn	Lang Son	Xã Lang Sơn	Xã
08125	231	25	Bằng Giã	Bang Gia	Xã Bằng Giã	Xã
08128	231	25	Yên Luật	Yen Luat	Xã Yên Luật	Xã
08131	231	25	Vô Tranh	Vo Tranh	Xã Vô Tranh	Xã
08134	231	25	Văn Lang	Van Lang	Xã Văn Lang	Xã
08140	231	25	Minh Côi	Minh Coi	Xã Minh Côi	Xã
08143	231	25	Vĩnh Chân	Vinh Chan	Xã Vĩnh Chân	Xã
08152	232	25	Thanh Ba	Thanh Ba	Thị trấn Thanh Ba	Thị trấn
08156	232	25	Vân Lĩnh	Van Linh	Xã Vân Lĩnh	Xã
08158	232	25	Đông Lĩnh	Dong Linh	Xã Đông Lĩnh	Xã
08161	232	25	Đại An	Dai An	Xã Đại An	Xã
08164	232	25	Hanh Cù	Hanh Cu	Xã Hanh Cù	Xã
08170	232	25	Đồng Xuân	Dong Xuan	Xã Đồng Xuân	Xã
08173	232	25	Quảng Yên	Quang Yen	Xã Quảng Yên	Xã
08179	232	25	Ninh Dân	Ninh Dan	Xã Ninh Dân	Xã
08194	232	25	Võ Lao	Vo Lao	Xã Võ Lao	Xã
08197	232	25	Khải Xuân	Khai Xuan	Xã Khải Xuân	Xã
08200	232	25	Mạn Lạn	Man Lan	Xã Mạn Lạn	Xã
08203	232	25	Hoàng Cương	Hoang Cuong	Xã Hoàng Cương	Xã
08206	232	25	Chí Tiên	Chi Tien	Xã Chí Tiên	Xã
08209	232	25	Đông Thành	Dong Thanh	Xã Đông Thành	Xã
08215	232	25	Sơn Cương	Son Cuong	Xã Sơn Cương	Xã
08218	232	25	Thanh Hà	Thanh Ha	Xã Thanh Hà	Xã
08221	232	25	Đỗ Sơn	Do Son	Xã Đỗ Sơn	Xã
08224	232	25	Đỗ Xuyên	Do Xuyen	Xã Đỗ Xuyên	Xã
08227	232	25	Lương Lỗ	Luong Lo	Xã Lương Lỗ	Xã
08230	233	25	Phong Châu	Phong Chau	Thị trấn Phong Châu	Thị trấn
08233	233	25	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
08234	233	25	Lệ Mỹ	Le My	Xã Lệ Mỹ	Xã
08236	233	25	Liên Hoa	Lien Hoa	Xã Liên Hoa	Xã
08239	233	25	Trạm Thản	Tram Than	Xã Trạm Thản	Xã
08242	233	25	Trị Quận	Tri Quan	Xã Trị Quận	Xã
08245	233	25	Trung Giáp	Trung Giap	Xã Trung Giáp	Xã
08248	233	25	Tiên Phú	Tien Phu	Xã Tiên Phú	Xã
08251	233	25	Hạ Giáp	Ha Giap	Xã Hạ Giáp	Xã
08254	233	25	Bảo Thanh	Bao Thanh	Xã Bảo Thanh	Xã
08257	233	25	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
08260	233	25	Gia Thanh	Gia Thanh	Xã Gia Thanh	Xã
08263	233	25	Tiên Du	Tien Du	Xã Tiên Du	Xã
08266	233	25	Phú Nham	Phu Nham	Xã Phú Nham	Xã
08272	233	25	An Đạo	An Dao	Xã An Đạo	Xã
08275	233	25	Bình Phú	Binh Phu	Xã Bình Phú	Xã
08278	233	25	Phù Ninh	Phu Ninh	Xã Phù Ninh	Xã
08290	234	25	Yên Lập	Yen Lap	Thị trấn Yên Lập	Thị trấn
08293	234	25	Mỹ Lung	My Lung	Xã Mỹ Lung	Xã
08296	234	25	Mỹ Lương	My Luong	Xã Mỹ Lương	Xã
08299	234	25	Lương Sơn	Luong Son	Xã Lương Sơn	Xã
08302	234	25	Xuân An	Xuan An	Xã Xuân An	Xã
08305	234	25	Xuân Viên	Xuan Vien	Xã Xuân Viên	Xã
08308	234	25	Xuân Thủy	Xuan Thuy	Xã Xuân Thủy	Xã
08311	234	25	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
08314	234	25	Hưng Long	Hung Long	Xã Hưng Long	Xã
08317	234	25	Nga Hoàng	Nga Hoang	Xã Nga Hoàng	Xã
08320	234	25	Đồng Lạc	Dong Lac	Xã Đồng Lạc	Xã
08323	234	25	Thượng Long	Thuong Long	Xã Thượng Long	Xã
08326	234	25	Đồng Thịnh	Dong Thinh	Xã Đồng Thịnh	Xã
08329	234	25	Phúc Khánh	Phuc Khanh	Xã Phúc Khánh	Xã
08332	234	25	Minh Hòa	Minh Hoa	Xã Minh Hòa	Xã
08335	234	25	Ngọc Lập	Ngoc Lap	Xã Ngọc Lập	Xã
08338	234	25	Ngọc Đồng	Ngoc Dong	Xã Ngọc Đồng	Xã
08341	235	25	Cẩm Khê	Cam Khe	Thị trấn Cẩm Khê	Thị trấn
08344	235	25	Tiên Lương	Tien Luong	Xã Tiên Lương	Xã
08350	235	25	Minh Thắng	Minh Thang	Xã Minh Thắng	Xã
08353	235	25	Minh Tân	Minh Tan	Xã Minh Tân	Xã
08356	235	25	Phượng Vĩ	Phuong Vi	Xã Phượng Vĩ	Xã
08374	235	25	Tùng Khê	Tung Khe	Xã Tùng Khê	Xã
08377	235	25	Tam Sơn	Tam Son	Xã Tam Sơn	Xã
08380	235	25	Văn Bán	Van Ban	Xã Văn Bán	Xã
08389	235	25	Phong Thịnh	Phong Thinh	Xã Phong Thịnh	Xã
08398	235	25	Phú Khê	Phu Khe	Xã Phú Khê	Xã
08401	235	25	Hương Lung	Huong Lung	Xã Hương Lung	Xã
08413	235	25	Nhật Tiến	Nhat Tien	Xã Nhật Tiến	Xã
08416	235	25	Hùng Việt	Hung Viet	Xã Hùng Việt	Xã
08422	235	25	Yên Dưỡng	Yen Duong	Xã Yên Dưỡng	Xã
08428	235	25	Điêu Lương	Dieu Luong	Xã Điêu Lương	Xã
08431	235	25	Đồng Lương	Dong Luong	Xã Đồng Lương	Xã
08434	236	25	Hưng Hoá	Hung Hoa	Thị trấn Hưng Hoá	Thị trấn
08440	236	25	Hiền Quan	Hien Quan	Xã Hiền Quan	Xã
08443	236	25	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
08446	236	25	Thanh Uyên	Thanh Uyen	Xã Thanh Uyên	Xã
08461	236	25	Lam Sơn	Lam Son	Xã Lam Sơn	Xã
08467	236	25	Vạn Xuân	Van Xuan	Xã Vạn Xuân	Xã
08470	236	25	Quang Húc	Quang Huc	Xã Quang Húc	Xã
08473	236	25	Hương Nộn	Huong Non	Xã Hương Nộn	Xã
08476	236	25	Tề Lễ	Te Le	Xã Tề Lễ	Xã
08479	236	25	Thọ Văn	Tho Van	Xã Thọ Văn	Xã
08482	236	25	Dị Nậu	Di Nau	Xã Dị Nậu	Xã
08491	236	25	Dân Quyền	Dan Quyen	Xã Dân Quyền	Xã
08494	237	25	Lâm Thao	Lam Thao	Thị trấn Lâm Thao	Thị trấn
08497	237	25	Tiên Kiên	Tien Kien	Xã Tiên Kiên	Xã
08498	237	25	Hùng Sơn	Hung Son	Thị trấn Hùng Sơn	Thị trấn
08500	237	25	Xuân Lũng	Xuan Lung	Xã Xuân Lũng	Xã
08509	237	25	Xuân Huy	Xuan Huy	Xã Xuân Huy	Xã
08512	237	25	Thạch Sơn	Thach Son	Xã Thạch Sơn	Xã
08518	237	25	Sơn Vi	Son Vi	Xã Sơn Vi	Xã
08521	237	25	Phùng Nguyên	Phung Nguyen	Xã Phùng Nguyên	Xã
08527	237	25	Cao Xá	Cao Xa	Xã Cao Xá	Xã
08533	237	25	Vĩnh Lại	Vinh Lai	Xã Vĩnh Lại	Xã
08536	237	25	Tứ Xã	Tu Xa	Xã Tứ Xã	Xã
08539	237	25	Bản Nguyên	Ban Nguyen	Xã Bản Nguyên	Xã
08542	238	25	Thanh Sơn	Thanh Son	Thị trấn Thanh Sơn	Thị trấn
08563	238	25	Sơn Hùng	Son Hung	Xã Sơn Hùng	Xã
08572	238	25	Địch Quả	Dich Qua	Xã Địch Quả	Xã
08575	238	25	Giáp Lai	Giap Lai	Xã Giáp Lai	Xã
08581	238	25	Thục Luyện	Thuc Luyen	Xã Thục Luyện	Xã
08584	238	25	Võ Miếu	Vo Mieu	Xã Võ Miếu	Xã
08587	238	25	Thạch Khoán	Thach Khoan	Xã Thạch Khoán	Xã
08602	238	25	Cự Thắng	Cu Thang	Xã Cự Thắng	Xã
08605	238	25	Tất Thắng	Tat Thang	Xã Tất Thắng	Xã
08611	238	25	Văn Miếu	Van Mieu	Xã Văn Miếu	Xã
08614	238	25	Cự Đồng	Cu Dong	Xã Cự Đồng	Xã
08623	238	25	Thắng Sơn	Thang Son	Xã Thắng Sơn	Xã
08629	238	25	Tân Minh	Tan Minh	Xã Tân Minh	Xã
08632	238	25	Hương Cần	Huong Can	Xã Hương Cần	Xã
08635	238	25	Khả Cửu	Kha Cuu	Xã Khả Cửu	Xã
08638	238	25	Đông Cửu	Dong Cuu	Xã Đông Cửu	Xã
08641	238	25	Tân Lập	Tan Lap	Xã Tân Lập	Xã
08644	238	25	Yên Lãng	Yen Lang	Xã Yên Lãng	Xã
08647	238	25	Yên Lương	Yen Luong	Xã Yên Lương	Xã
08650	238	25	Thượng Cửu	Thuong Cuu	Xã Thượng Cửu	Xã
08653	238	25	Lương Nha	Luong Nha	Xã Lương Nha	Xã
08656	238	25	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
08659	238	25	Tinh Nhuệ	Tinh Nhue	Xã Tinh Nhuệ	Xã
08662	239	25	Đào Xá	Dao Xa	Xã Đào Xá	Xã
08665	239	25	Thạch Đồng	Thach Dong	Xã Thạch Đồng	Xã
08668	239	25	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
08671	239	25	Tân Phương	Tan Phuong	Xã Tân Phương	Xã
08674	239	25	Thanh Thủy	Thanh Thuy	Thị trấn Thanh Thủy	Thị trấn
08677	239	25	Sơn Thủy	Son Thuy	Xã Sơn Thủy	Xã
08680	239	25	Bảo Yên	Bao Yen	Xã Bảo Yên	Xã
08683	239	25	Đoan Hạ	Doan Ha	Xã Đoan Hạ	Xã
08686	239	25	Đồng Trung	Dong Trung	Xã Đồng Trung	Xã
08689	239	25	Hoàng Xá	Hoang Xa	Xã Hoàng Xá	Xã
08701	239	25	Tu Vũ	Tu Vu	Xã Tu Vũ	Xã
08545	240	25	Thu Cúc	Thu Cuc	Xã Thu Cúc	Xã
08548	240	25	Thạch Kiệt	Thach Kiet	Xã Thạch Kiệt	Xã
08551	240	25	Thu Ngạc	Thu Ngac	Xã Thu Ngạc	Xã
08554	240	25	Kiệt Sơn	Kiet Son	Xã Kiệt Sơn	Xã
08557	240	25	Đồng Sơn	Dong Son	Xã Đồng Sơn	Xã
08560	240	25	Lai Đồng	Lai Dong	Xã Lai Đồng	Xã
08566	240	25	Tân Phú	Tan Phu	Thị trấn Tân Phú	Thị trấn
08569	240	25	Mỹ Thuận	My Thuan	Xã Mỹ Thuận	Xã
08578	240	25	Tân Sơn	Tan Son	Xã Tân Sơn	Xã
08590	240	25	Xuân Đài	Xuan Dai	Xã Xuân Đài	Xã
08593	240	25	Minh Đài	Minh Dai	Xã Minh Đài	Xã
08596	240	25	Văn Luông	Van Luong	Xã Văn Luông	Xã
08599	240	25	Xuân Sơn	Xuan Son	Xã Xuân Sơn	Xã
08608	240	25	Long Cốc	Long Coc	Xã Long Cốc	Xã
08617	240	25	Kim Thượng	Kim Thuong	Xã Kim Thượng	Xã
08620	240	25	Tam Thanh	Tam Thanh	Xã Tam Thanh	Xã
08626	240	25	Vinh Tiền	Vinh Tien	Xã Vinh Tiền	Xã
08707	243	26	Tích Sơn	Tich Son	Phường Tích Sơn	Phường
08710	243	26	Liên Bảo	Lien Bao	Phường Liên Bảo	Phường
08713	243	26	Hội Hợp	Hoi Hop	Phường Hội Hợp	Phường
08716	243	26	Đống Đa	Dong Da	Phường Đống Đa	Phường
08719	243	26	Ngô Quyền	Ngo Quyen	Phường Ngô Quyền	Phường
08722	243	26	Đồng Tâm	Dong Tam	Phường Đồng Tâm	Phường
08725	243	26	Định Trung	Dinh Trung	Phường Định Trung	Phường
08728	243	26	Khai Quang	Khai Quang	Phường Khai Quang	Phường
08731	243	26	Thanh Trù	Thanh Tru	Xã Thanh Trù	Xã
08737	244	26	Hùng Vương	Hung Vuong	Phường Hùng Vương	Phường
08740	244	26	Hai Bà Trưng	Hai Ba Trung	Phường Hai Bà Trưng	Phường
08743	244	26	Phúc Thắng	Phuc Thang	Phường Phúc Thắng	Phường
08746	244	26	Xuân Hoà	Xuan Hoa	Phường Xuân Hoà	Phường
08747	244	26	Đồng Xuân	Dong Xuan	Phường Đồng Xuân	Phường
08749	244	26	Ngọc Thanh	Ngoc Thanh	Xã Ngọc Thanh	Xã
08752	244	26	Cao Minh	Cao Minh	Xã Cao Minh	Xã
08755	244	26	Nam Viêm	Nam Viem	Phường Nam Viêm	Phường
08758	244	26	Tiền Châu	Tien Chau	Phường Tiền Châu	Phường
08761	246	26	Lập Thạch	Lap Thach	Thị trấn Lập Thạch	Thị trấn
08764	246	26	Quang Sơn	Quang Son	Xã Quang Sơn	Xã
08767	246	26	Ngọc Mỹ	Ngoc My	Xã Ngọc Mỹ	Xã
08770	246	26	Hợp Lý	Hop Ly	Xã Hợp Lý	Xã
08785	246	26	Bắc Bình	Bac Binh	Xã Bắc Bình	Xã
08788	246	26	Thái Hòa	Thai Hoa	Xã Thái Hòa	Xã
08789	246	26	Hoa Sơn	Hoa Son	Thị trấn Hoa Sơn	Thị trấn
08791	246	26	Liễn Sơn	Lien Son	Xã Liễn Sơn	Xã
08794	246	26	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
08797	246	26	Vân Trục	Van Truc	Xã Vân Trục	Xã
08812	246	26	Liên Hòa	Lien Hoa	Xã Liên Hòa	Xã
08815	246	26	Tử Du	Tu Du	Xã Tử Du	Xã
08833	246	26	Bàn Giản	Ban Gian	Xã Bàn Giản	Xã
08836	246	26	Xuân Lôi	Xuan Loi	Xã Xuân Lôi	Xã
08839	246	26	Đồng Ích	Dong Ich	Xã Đồng Ích	Xã
08842	246	26	Tiên Lữ	Tien Lu	Xã Tiên Lữ	Xã
08845	246	26	Văn Quán	Van Quan	Xã Văn Quán	Xã
08863	246	26	Tây Sơn	Tay Son	Xã Tây Sơn	Xã
08866	246	26	Sơn Đông	Son Dong	Xã Sơn Đông	Xã
08869	247	26	Hợp Hòa	Hop Hoa	Thị trấn Hợp Hòa	Thị trấn
08872	247	26	Hoàng Hoa	Hoang Hoa	Xã Hoàng Hoa	Xã
08875	247	26	Đồng Tĩnh	Dong Tinh	Xã Đồng Tĩnh	Xã
08878	247	26	Kim Long	Kim Long	Thị trấn Kim Long	Thị trấn
08881	247	26	Hướng Đạo	Huong Dao	Xã Hướng Đạo	Xã
08884	247	26	Đạo Tú	Dao Tu	Xã Đạo Tú	Xã
08887	247	26	An Hòa	An Hoa	Xã An Hòa	Xã
08890	247	26	Thanh Vân	Thanh Van	Xã Thanh Vân	Xã
08893	247	26	Duy Phiên	Duy Phien	Xã Duy Phiên	Xã
08896	247	26	Hoàng Đan	Hoang Dan	Xã Hoàng Đan	Xã
08899	247	26	Hoàng Lâu	Hoang Lau	Xã Hoàng Lâu	Xã
08905	247	26	Hội Thịnh	Hoi Thinh	Xã Hội Thịnh	Xã
08908	248	26	Tam Đảo	Tam Dao	Thị trấn Tam Đảo	Thị trấn
08911	248	26	Hợp Châu	Hop Chau	Thị trấn Hợp Châu	Thị trấn
08914	248	26	Đạo Trù	Dao Tru	Xã Đạo Trù	Xã
08917	248	26	Yên Dương	Yen Duong	Xã Yên Dương	Xã
08920	248	26	Bồ Lý	Bo Ly	Xã Bồ Lý	Xã
08923	248	26	Đại Đình	Dai Dinh	Thị trấn Đại Đình	Thị trấn
08926	248	26	Tam Quan	Tam Quan	Xã Tam Quan	Xã
08929	248	26	Hồ Sơn	Ho Son	Xã Hồ Sơn	Xã
08932	248	26	Minh Quang	Minh Quang	Xã Minh Quang	Xã
08935	249	26	Hương Canh	Huong Canh	Thị trấn Hương Canh	Thị trấn
08936	249	26	Gia Khánh	Gia Khanh	Thị trấn Gia Khánh	Thị trấn
08938	249	26	Trung Mỹ	Trung My	Xã Trung Mỹ	Xã
08944	249	26	Bá Hiến	Ba Hien	Thị trấn Bá Hiến	Thị trấn
08947	249	26	Thiện Kế	Thien Ke	Xã Thiện Kế	Xã
08950	249	26	Hương Sơn	Huong Son	Xã Hương Sơn	Xã
08953	249	26	Tam Hợp	Tam Hop	Xã Tam Hợp	Xã
08956	249	26	Quất Lưu	Quat Luu	Xã Quất Lưu	Xã
08959	249	26	Sơn Lôi	Son Loi	Xã Sơn Lôi	Xã
08962	249	26	Đạo Đức	Dao Duc	Thị trấn Đạo Đức	Thị trấn
08965	249	26	Tân Phong	Tan Phong	Xã Tân Phong	Xã
08968	249	26	Thanh Lãng	Thanh Lang	Thị trấn Thanh Lãng	Thị trấn
08971	249	26	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
08973	250	01	Chi Đông	Chi Dong	Thị trấn Chi Đông	Thị trấn
08974	250	01	Đại Thịnh	Dai Thinh	Xã Đại Thịnh	Xã
08977	250	01	Kim Hoa	Kim Hoa	Xã Kim Hoa	Xã
08980	250	01	Thạch Đà	Thach Da	Xã Thạch Đà	Xã
08983	250	01	Tiến Thắng	Tien Thang	Xã Tiến Thắng	Xã
08986	250	01	Tự Lập	Tu Lap	Xã Tự Lập	Xã
08989	250	01	Quang Minh	Quang Minh	Thị trấn Quang Minh	Thị trấn
08992	250	01	Thanh Lâm	Thanh Lam	Xã Thanh Lâm	Xã
08995	250	01	Tam Đồng	Tam Dong	Xã Tam Đồng	Xã
08998	250	01	Liên Mạc	Lien Mac	Xã Liên Mạc	Xã
09004	250	01	Chu Phan	Chu Phan	Xã Chu Phan	Xã
09007	250	01	Tiến Thịnh	Tien Thinh	Xã Tiến Thịnh	Xã
09010	250	01	Mê Linh	Me Linh	Xã Mê Linh	Xã
09013	250	01	Văn Khê	Van Khe	Xã Văn Khê	Xã
09016	250	01	Hoàng Kim	Hoang Kim	Xã Hoàng Kim	Xã
09019	250	01	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
09022	250	01	Tráng Việt	Trang Viet	Xã Tráng Việt	Xã
09025	251	26	Yên Lạc	Yen Lac	Thị trấn Yên Lạc	Thị trấn
09028	251	26	Đồng Cương	Dong Cuong	Xã Đồng Cương	Xã
09031	251	26	Đồng Văn	Dong Van	Xã Đồng Văn	Xã
09034	251	26	Bình Định	Binh Dinh	Xã Bình Định	Xã
09037	251	26	Trung Nguyên	Trung Nguyen	Xã Trung Nguyên	Xã
09040	251	26	Tề Lỗ	Te Lo	Xã Tề Lỗ	Xã
09043	251	26	Tam Hồng	Tam Hong	Thị trấn Tam Hồng	Thị trấn
09046	251	26	Yên Đồng	Yen Dong	Xã Yên Đồng	Xã
09049	251	26	Văn Tiến	Van Tien	Xã Văn Tiến	Xã
09052	251	26	Nguyệt Đức	Nguyet Duc	Xã Nguyệt Đức	Xã
09055	251	26	Yên Phương	Yen Phuong	Xã Yên Phương	Xã
09061	251	26	Trung Kiên	Trung Kien	Xã Trung Kiên	Xã
09064	251	26	Liên Châu	Lien Chau	Xã Liên Châu	Xã
09067	251	26	Đại Tự	Dai Tu	Xã Đại Tự	Xã
09070	251	26	Hồng Châu	Hong Chau	Xã Hồng Châu	Xã
09073	251	26	Trung Hà	Trung Ha	Xã Trung Hà	Xã
09076	252	26	Vĩnh Tường	Vinh Tuong	Thị trấn Vĩnh Tường	Thị trấn
09079	252	26	Kim Xá	Kim Xa	Xã Kim Xá	Xã
09082	252	26	Yên Bình	Yen Binh	Xã Yên Bình	Xã
09085	252	26	Chấn Hưng	Chan Hung	Xã Chấn Hưng	Xã
09088	252	26	Nghĩa Hưng	Nghia Hung	Xã Nghĩa Hưng	Xã
09091	252	26	Yên Lập	Yen Lap	Xã Yên Lập	Xã
09097	252	26	Sao Đại Việt	Sao Dai Viet	Xã Sao Đại Việt	Xã
09100	252	26	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
09106	252	26	Lũng Hoà	Lung Hoa	Xã Lũng Hoà	Xã
09112	252	26	Thổ Tang	Tho Tang	Thị trấn Thổ Tang	Thị trấn
09118	252	26	Lương Điền	Luong Dien	Xã Lương Điền	Xã
09124	252	26	Tân Phú	Tan Phu	Xã Tân Phú	Xã
09127	252	26	Thượng Trưng	Thuong Trung	Xã Thượng Trưng	Xã
09130	252	26	Vũ Di	Vu Di	Xã Vũ Di	Xã
09136	252	26	Tuân Chính	Tuan Chinh	Xã Tuân Chính	Xã
09145	252	26	Tứ Trưng	Tu Trung	Thị trấn Tứ Trưng	Thị trấn
09148	252	26	Ngũ Kiên	Ngu Kien	Xã Ngũ Kiên	Xã
09151	252	26	An Nhân	An Nhan	Xã An Nhân	Xã
09154	252	26	Vĩnh Thịnh	Vinh Thinh	Xã Vĩnh Thịnh	Xã
09157	252	26	Vĩnh Phú	Vinh Phu	Xã Vĩnh Phú	Xã
08773	253	26	Lãng Công	Lang Cong	Xã Lãng Công	Xã
08776	253	26	Quang Yên	Quang Yen	Xã Quang Yên	Xã
08782	253	26	Hải Lựu	Hai Luu	Xã Hải Lựu	Xã
08800	253	26	Đồng Quế	Dong Que	Xã Đồng Quế	Xã
08803	253	26	Nhân Đạo	Nhan Dao	Xã Nhân Đạo	Xã
08806	253	26	Đôn Nhân	Don Nhan	Xã Đôn Nhân	Xã
08809	253	26	Phương Khoan	Phuong Khoan	Xã Phương Khoan	Xã
08818	253	26	Tân Lập	Tan Lap	Xã Tân Lập	Xã
08824	253	26	Tam Sơn	Tam Son	Thị trấn Tam Sơn	Thị trấn
08830	253	26	Yên Thạch	Yen Thach	Xã Yên Thạch	Xã
08848	253	26	Đồng Thịnh	Dong Thinh	Xã Đồng Thịnh	Xã
08851	253	26	Tứ Yên	Tu Yen	Xã Tứ Yên	Xã
08854	253	26	Đức Bác	Duc Bac	Xã Đức Bác	Xã
08860	253	26	Cao Phong	Cao Phong	Xã Cao Phong	Xã
09163	256	27	Vũ Ninh	Vu Ninh	Phường Vũ Ninh	Phường
09166	256	27	Đáp Cầu	Dap Cau	Phường Đáp Cầu	Phường
09169	256	27	Thị Cầu	Thi Cau	Phường Thị Cầu	Phường
09172	256	27	Kinh Bắc	Kinh Bac	Phường Kinh Bắc	Phường
09181	256	27	Đại Phúc	Dai Phuc	Phường Đại Phúc	Phường
09184	256	27	Tiền Ninh Vệ	Tien Ninh Ve	Phường Tiền Ninh Vệ	Phường
09187	256	27	Suối Hoa	Suoi Hoa	Phường Suối Hoa	Phường
09190	256	27	Võ Cường	Vo Cuong	Phường Võ Cường	Phường
09214	256	27	Hòa Long	Hoa Long	Phường Hòa Long	Phường
09226	256	27	Vạn An	Van An	Phường Vạn An	Phường
09235	256	27	Khúc Xuyên	Khuc Xuyen	Phường Khúc Xuyên	Phường
09244	256	27	Phong Khê	Phong Khe	Phường Phong Khê	Phường
09256	256	27	Kim Chân	Kim Chan	Phường Kim Chân	Phường
09271	256	27	Vân Dương	Van Duong	Phường Vân Dương	Phường
09286	256	27	Nam Sơn	Nam Son	Phường Nam Sơn	Phường
09325	256	27	Khắc Niệm	Khac Niem	Phường Khắc Niệm	Phường
09331	256	27	Hạp Lĩnh	Hap Linh	Phường Hạp Lĩnh	Phường
09193	258	27	Chờ	Cho	Thị trấn Chờ	Thị trấn
09196	258	27	Dũng Liệt	Dung Liet	Xã Dũng Liệt	Xã
09199	258	27	Tam Đa	Tam Da	Xã Tam Đa	Xã
09202	258	27	Tam Giang	Tam Giang	Xã Tam Giang	Xã
09205	258	27	Yên Trung	Yen Trung	Xã Yên Trung	Xã
09208	258	27	Thụy Hòa	Thuy Hoa	Xã Thụy Hòa	Xã
09211	258	27	Hòa Tiến	Hoa Tien	Xã Hòa Tiến	Xã
09217	258	27	Đông Tiến	Dong Tien	Xã Đông Tiến	Xã
09220	258	27	Yên Phụ	Yen Phu	Xã Yên Phụ	Xã
09223	258	27	Trung Nghĩa	Trung Nghia	Xã Trung Nghĩa	Xã
09229	258	27	Đông Phong	Dong Phong	Xã Đông Phong	Xã
09232	258	27	Long Châu	Long Chau	Xã Long Châu	Xã
09238	258	27	Văn Môn	Van Mon	Xã Văn Môn	Xã
09241	258	27	Đông Thọ	Dong Tho	Xã Đông Thọ	Xã
09247	259	27	Phố Mới	Pho Moi	Phường Phố Mới	Phường
09250	259	27	Việt Thống	Viet Thong	Xã Việt Thống	Xã
09253	259	27	Đại Xuân	Dai Xuan	Phường Đại Xuân	Phường
09259	259	27	Nhân Hòa	Nhan Hoa	Phường Nhân Hòa	Phường
09262	259	27	Bằng An	Bang An	Phường Bằng An	Phường
09265	259	27	Phương Liễu	Phuong Lieu	Phường Phương Liễu	Phường
09268	259	27	Quế Tân	Que Tan	Phường Quế Tân	Phường
09274	259	27	Phù Lương	Phu Luong	Phường Phù Lương	Phường
09277	259	27	Phù Lãng	Phu Lang	Xã Phù Lãng	Xã
09280	259	27	Phượng Mao	Phuong Mao	Phường Phượng Mao	Phường
09283	259	27	Việt Hùng	Viet Hung	Phường Việt Hùng	Phường
09289	259	27	Ngọc Xá	Ngoc Xa	Xã Ngọc Xá	Xã
09292	259	27	Châu Phong	Chau Phong	Xã Châu Phong	Xã
09295	259	27	Bồng Lai	Bong Lai	Phường Bồng Lai	Phường
09298	259	27	Cách Bi	Cach Bi	Phường Cách Bi	Phường
09301	259	27	Đào Viên	Dao Vien	Xã Đào Viên	Xã
09304	259	27	Yên Giả	Yen Gia	Xã Yên Giả	Xã
09307	259	27	Mộ Đạo	Mo Dao	Xã Mộ Đạo	Xã
09310	259	27	Đức Long	Duc Long	Xã Đức Long	Xã
09313	259	27	Chi Lăng	Chi Lang	Xã Chi Lăng	Xã
09319	260	27	Lim	Lim	Thị trấn Lim	Thị trấn
09322	260	27	Phú Lâm	Phu Lam	Xã Phú Lâm	Xã
09328	260	27	Nội Duệ	Noi Due	Xã Nội Duệ	Xã
09334	260	27	Liên Bão	Lien Bao	Xã Liên Bão	Xã
09337	260	27	Hiên Vân	Hien Van	Xã Hiên Vân	Xã
09340	260	27	Hoàn Sơn	Hoan Son	Xã Hoàn Sơn	Xã
09343	260	27	Lạc Vệ	Lac Ve	Xã Lạc Vệ	Xã
09346	260	27	Việt Đoàn	Viet Doan	Xã Việt Đoàn	Xã
09349	260	27	Phật Tích	Phat Tich	Xã Phật Tích	Xã
09352	260	27	Tân Chi	Tan Chi	Xã Tân Chi	Xã
09355	260	27	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
09358	260	27	Tri Phương	Tri Phuong	Xã Tri Phương	Xã
09361	260	27	Minh Đạo	Minh Dao	Xã Minh Đạo	Xã
09364	260	27	Cảnh Hưng	Canh Hung	Xã Cảnh Hưng	Xã
09367	261	27	Đông Ngàn	Dong Ngan	Phường Đông Ngàn	Phường
09370	261	27	Tam Sơn	Tam Son	Phường Tam Sơn	Phường
09373	261	27	Hương Mạc	Huong Mac	Phường Hương Mạc	Phường
09376	261	27	Tương Giang	Tuong Giang	Phường Tương Giang	Phường
09379	261	27	Phù Khê	Phu Khe	Phường Phù Khê	Phường
09382	261	27	Đồng Kỵ	Dong Ky	Phường Đồng Kỵ	Phường
09383	261	27	Trang Hạ	Trang Ha	Phường Trang Hạ	Phường
09385	261	27	Đồng Nguyên	Dong Nguyen	Phường Đồng Nguyên	Phường
09388	261	27	Châu Khê	Chau Khe	Phường Châu Khê	Phường
09391	261	27	Tân Hồng	Tan Hong	Phường Tân Hồng	Phường
09394	261	27	Đình Bảng	Dinh Bang	Phường Đình Bảng	Phường
09397	261	27	Phù Chẩn	Phu Chan	Phường Phù Chẩn	Phường
09400	262	27	Hồ	Ho	Phường Hồ	Phường
09403	262	27	Hoài Thượng	Hoai Thuong	Xã Hoài Thượng	Xã
09406	262	27	Đại Đồng Thành	Dai Dong Thanh	Xã Đại Đồng Thành	Xã
09409	262	27	Mão Điền	Mao Dien	Xã Mão Điền	Xã
09412	262	27	Song Hồ	Song Ho	Phường Song Hồ	Phường
09415	262	27	Đình Tổ	Dinh To	Xã Đình Tổ	Xã
09418	262	27	An Bình	An Binh	Phường An Bình	Phường
09421	262	27	Trí Quả	Tri Qua	Phường Trí Quả	Phường
09424	262	27	Gia Đông	Gia Dong	Phường Gia Đông	Phường
09427	262	27	Thanh Khương	Thanh Khuong	Phường Thanh Khương	Phường
09430	262	27	Trạm Lộ	Tram Lo	Phường Trạm Lộ	Phường
09433	262	27	Xuân Lâm	Xuan Lam	Phường Xuân Lâm	Phường
09436	262	27	Hà Mãn	Ha Man	Phường Hà Mãn	Phường
09439	262	27	Ngũ Thái	Ngu Thai	Xã Ngũ Thái	Xã
09442	262	27	Nguyệt Đức	Nguyet Duc	Xã Nguyệt Đức	Xã
09445	262	27	Ninh Xá	Ninh Xa	Phường Ninh Xá	Phường
09448	262	27	Nghĩa Đạo	Nghia Dao	Xã Nghĩa Đạo	Xã
09451	262	27	Song Liễu	Song Lieu	Xã Song Liễu	Xã
09454	263	27	Gia Bình	Gia Binh	Thị trấn Gia Bình	Thị trấn
09457	263	27	Vạn Ninh	Van Ninh	Xã Vạn Ninh	Xã
09460	263	27	Thái Bảo	Thai Bao	Xã Thái Bảo	Xã
09463	263	27	Giang Sơn	Giang Son	Xã Giang Sơn	Xã
09466	263	27	Cao Đức	Cao Duc	Xã Cao Đức	Xã
09469	263	27	Đại Lai	Dai Lai	Xã Đại Lai	Xã
09472	263	27	Song Giang	Song Giang	Xã Song Giang	Xã
09475	263	27	Bình Dương	Binh Duong	Xã Bình Dương	Xã
09478	263	27	Lãng Ngâm	Lang Ngam	Xã Lãng Ngâm	Xã
09481	263	27	Nhân Thắng	Nhan Thang	Thị trấn Nhân Thắng	Thị trấn
09484	263	27	Xuân Lai	Xuan Lai	Xã Xuân Lai	Xã
09487	263	27	Đông Cứu	Dong Cuu	Xã Đông Cứu	Xã
09490	263	27	Đại Bái	Dai Bai	Xã Đại Bái	Xã
09493	263	27	Quỳnh Phú	Quynh Phu	Xã Quỳnh Phú	Xã
09496	264	27	Thứa	Thua	Thị trấn Thứa	Thị trấn
09499	264	27	An Thịnh	An Thinh	Xã An Thịnh	Xã
09502	264	27	Trung Kênh	Trung Kenh	Xã Trung Kênh	Xã
09505	264	27	Phú Hòa	Phu Hoa	Xã Phú Hòa	Xã
09508	264	27	An Tập	An Tap	Xã An Tập	Xã
09511	264	27	Tân Lãng	Tan Lang	Xã Tân Lãng	Xã
09514	264	27	Quảng Phú	Quang Phu	Xã Quảng Phú	Xã
09517	264	27	Quang Minh	Quang Minh	Xã Quang Minh	Xã
09523	264	27	Trung Chính	Trung Chinh	Xã Trung Chính	Xã
09529	264	27	Bình Định	Binh Dinh	Xã Bình Định	Xã
09532	264	27	Phú Lương	Phu Luong	Xã Phú Lương	Xã
09535	264	27	Lâm Thao	Lam Thao	Xã Lâm Thao	Xã
09538	268	01	Quang Trung	Quang Trung	Phường Quang Trung	Phường
09541	268	01	Mộ Lao	Mo Lao	Phường Mộ Lao	Phường
09542	268	01	Văn Quán	Van Quan	Phường Văn Quán	Phường
09544	268	01	Vạn Phúc	Van Phuc	Phường Vạn Phúc	Phường
09551	268	01	La Khê	La Khe	Phường La Khê	Phường
09552	268	01	Phú La	Phu La	Phường Phú La	Phường
09553	268	01	Phúc La	Phuc La	Phường Phúc La	Phường
09556	268	01	Hà Cầu	Ha Cau	Phường Hà Cầu	Phường
09562	268	01	Yên Nghĩa	Yen Nghia	Phường Yên Nghĩa	Phường
09565	268	01	Kiến Hưng	Kien Hung	Phường Kiến Hưng	Phường
09568	268	01	Phú Lãm	Phu Lam	Phường Phú Lãm	Phường
09571	268	01	Phú Lương	Phu Luong	Phường Phú Lương	Phường
09886	268	01	Dương Nội	Duong Noi	Phường Dương Nội	Phường
10117	268	01	Đồng Mai	Dong Mai	Phường Đồng Mai	Phường
10123	268	01	Biên Giang	Bien Giang	Phường Biên Giang	Phường
09574	269	01	Ngô Quyền	Ngo Quyen	Phường Ngô Quyền	Phường
09577	269	01	Phú Thịnh	Phu Thinh	Phường Phú Thịnh	Phường
09586	269	01	Sơn Lộc	Son Loc	Phường Sơn Lộc	Phường
09589	269	01	Xuân Khanh	Xuan Khanh	Phường Xuân Khanh	Phường
09592	269	01	Đường Lâm	Duong Lam	Xã Đường Lâm	Xã
09595	269	01	Viên Sơn	Vien Son	Phường Viên Sơn	Phường
09598	269	01	Xuân Sơn	Xuan Son	Xã Xuân Sơn	Xã
09601	269	01	Trung Hưng	Trung Hung	Phường Trung Hưng	Phường
09604	269	01	Thanh Mỹ	Thanh My	Xã Thanh Mỹ	Xã
09607	269	01	Trung Sơn Trầm	Trung Son Tram	Phường Trung Sơn Trầm	Phường
09610	269	01	Kim Sơn	Kim Son	Xã Kim Sơn	Xã
09613	269	01	Sơn Đông	Son Dong	Xã Sơn Đông	Xã
09616	269	01	Cổ Đông	Co Dong	Xã Cổ Đông	Xã
09619	271	01	Tây Đằng	Tay Dang	Thị trấn Tây Đằng	Thị trấn
09625	271	01	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
09628	271	01	Cổ Đô	Co Do	Xã Cổ Đô	Xã
09634	271	01	Vạn Thắng	Van Thang	Xã Vạn Thắng	Xã
09640	271	01	Phong Vân	Phong Van	Xã Phong Vân	Xã
09643	271	01	Phú Đông	Phu Dong	Xã Phú Đông	Xã
09646	271	01	Phú Hồng	Phu Hong	Xã Phú Hồng	Xã
09649	271	01	Phú Châu	Phu Chau	Xã Phú Châu	Xã
09652	271	01	Thái Hòa	Thai Hoa	Xã Thái Hòa	Xã
09655	271	01	Đồng Thái	Dong Thai	Xã Đồng Thái	Xã
09658	271	01	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
09661	271	01	Minh Châu	Minh Chau	Xã Minh Châu	Xã
09664	271	01	Vật Lại	Vat Lai	Xã Vật Lại	Xã
09667	271	01	Chu Minh	Chu Minh	Xã Chu Minh	Xã
09670	271	01	Tòng Bạt	Tong Bat	Xã Tòng Bạt	Xã
09673	271	01	Cẩm Lĩnh	Cam Linh	Xã Cẩm Lĩnh	Xã
09676	271	01	Sơn Đà	Son Da	Xã Sơn Đà	Xã
09679	271	01	Đông Quang	Dong Quang	Xã Đông Quang	Xã
09682	271	01	Tiên Phong	Tien Phong	Xã Tiên Phong	Xã
09685	271	01	Thụy An	Thuy An	Xã Thụy An	Xã
09688	271	01	Cam Thượng	Cam Thuong	Xã Cam Thượng	Xã
09691	271	01	Thuần Mỹ	Thuan My	Xã Thuần Mỹ	Xã
09694	271	01	Tản Lĩnh	Tan Linh	Xã Tản Lĩnh	Xã
09697	271	01	Ba Trại	Ba Trai	Xã Ba Trại	Xã
09700	271	01	Minh Quang	Minh Quang	Xã Minh Quang	Xã
09703	271	01	Ba Vì	Ba Vi	Xã Ba Vì	Xã
09706	271	01	Vân Hòa	Van Hoa	Xã Vân Hòa	Xã
09709	271	01	Yên Bài	Yen Bai	Xã Yên Bài	Xã
09712	271	01	Khánh Thượng	Khanh Thuong	Xã Khánh Thượng	Xã
09715	272	01	Phúc Thọ	Phuc Tho	Thị trấn Phúc Thọ	Thị trấn
09721	272	01	Vân Phúc	Van Phuc	Xã Vân Phúc	Xã
09724	272	01	Nam Hà	Nam Ha	Xã Nam Hà	Xã
09727	272	01	Xuân Đình	Xuan Dinh	Xã Xuân Đình	Xã
09733	272	01	Sen Phương	Sen Phuong	Xã Sen Phương	Xã
09739	272	01	Võng Xuyên	Vong Xuyen	Xã Võng Xuyên	Xã
09742	272	01	Tích Lộc	Tich Loc	Xã Tích Lộc	Xã
09745	272	01	Long Thượng	Long Thuong	Xã Long Thượng	Xã
09751	272	01	Hát Môn	Hat Mon	Xã Hát Môn	Xã
09757	272	01	Thanh Đa	Thanh Da	Xã Thanh Đa	Xã
09760	272	01	Trạch Mỹ Lộc	Trach My Loc	Xã Trạch Mỹ Lộc	Xã
09763	272	01	Phúc Hòa	Phuc Hoa	Xã Phúc Hòa	Xã
09766	272	01	Ngọc Tảo	Ngoc Tao	Xã Ngọc Tảo	Xã
09769	272	01	Phụng Thượng	Phung Thuong	Xã Phụng Thượng	Xã
09772	272	01	Tam Thuấn	Tam Thuan	Xã Tam Thuấn	Xã
09775	272	01	Tam Hiệp	Tam Hiep	Xã Tam Hiệp	Xã
09778	272	01	Hiệp Thuận	Hiep Thuan	Xã Hiệp Thuận	Xã
09781	272	01	Liên Hiệp	Lien Hiep	Xã Liên Hiệp	Xã
09784	273	01	Phùng	Phung	Thị trấn Phùng	Thị trấn
09787	273	01	Trung Châu	Trung Chau	Xã Trung Châu	Xã
09790	273	01	Thọ An	Tho An	Xã Thọ An	Xã
09793	273	01	Thọ Xuân	Tho Xuan	Xã Thọ Xuân	Xã
09796	273	01	Hồng Hà	Hong Ha	Xã Hồng Hà	Xã
09799	273	01	Liên Hồng	Lien Hong	Xã Liên Hồng	Xã
09802	273	01	Liên Hà	Lien Ha	Xã Liên Hà	Xã
09805	273	01	Hạ Mỗ	Ha Mo	Xã Hạ Mỗ	Xã
09808	273	01	Liên Trung	Lien Trung	Xã Liên Trung	Xã
09811	273	01	Phương Đình	Phuong Dinh	Xã Phương Đình	Xã
09814	273	01	Thượng Mỗ	Thuong Mo	Xã Thượng Mỗ	Xã
09817	273	01	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
09820	273	01	Tân Lập	Tan Lap	Xã Tân Lập	Xã
09823	273	01	Đan Phượng	Dan Phuong	Xã Đan Phượng	Xã
09826	273	01	Đồng Tháp	Dong Thap	Xã Đồng Tháp	Xã
09829	273	01	Song Phượng	Song Phuong	Xã Song Phượng	Xã
09832	274	01	Trạm Trôi	Tram Troi	Thị trấn Trạm Trôi	Thị trấn
09835	274	01	Đức Thượng	Duc Thuong	Xã Đức Thượng	Xã
09838	274	01	Minh Khai	Minh Khai	Xã Minh Khai	Xã
09841	274	01	Dương Liễu	Duong Lieu	Xã Dương Liễu	Xã
09844	274	01	Di Trạch	Di Trach	Xã Di Trạch	Xã
09847	274	01	Đức Giang	Duc Giang	Xã Đức Giang	Xã
09850	274	01	Cát Quế	Cat Que	Xã Cát Quế	Xã
09853	274	01	Kim Chung	Kim Chung	Xã Kim Chung	Xã
09856	274	01	Yên Sở	Yen So	Xã Yên Sở	Xã
09859	274	01	Sơn Đồng	Son Dong	Xã Sơn Đồng	Xã
09862	274	01	Vân Canh	Van Canh	Xã Vân Canh	Xã
09865	274	01	Đắc Sở	Dac So	Xã Đắc Sở	Xã
09868	274	01	Lại Yên	Lai Yen	Xã Lại Yên	Xã
09871	274	01	Tiền Yên	Tien Yen	Xã Tiền Yên	Xã
09874	274	01	Song Phương	Song Phuong	Xã Song Phương	Xã
09877	274	01	An Khánh	An Khanh	Xã An Khánh	Xã
09880	274	01	An Thượng	An Thuong	Xã An Thượng	Xã
09883	274	01	Vân Côn	Van Con	Xã Vân Côn	Xã
09889	274	01	La Phù	La Phu	Xã La Phù	Xã
09892	274	01	Đông La	Dong La	Xã Đông La	Xã
04939	275	01	Đông Xuân	Dong Xuan	Xã Đông Xuân	Xã
09895	275	01	Quốc Oai	Quoc Oai	Thị trấn Quốc Oai	Thị trấn
09898	275	01	Sài Sơn	Sai Son	Xã Sài Sơn	Xã
09904	275	01	Phượng Sơn	Phuong Son	Xã Phượng Sơn	Xã
09907	275	01	Ngọc Liệp	Ngoc Liep	Xã Ngọc Liệp	Xã
09910	275	01	Ngọc Mỹ	Ngoc My	Xã Ngọc Mỹ	Xã
09916	275	01	Thạch Thán	Thach Than	Xã Thạch Thán	Xã
09919	275	01	Đồng Quang	Dong Quang	Xã Đồng Quang	Xã
09922	275	01	Phú Cát	Phu Cat	Xã Phú Cát	Xã
09925	275	01	Tuyết Nghĩa	Tuyet Nghia	Xã Tuyết Nghĩa	Xã
09928	275	01	Liệp Nghĩa	Liep Nghia	Xã Liệp Nghĩa	Xã
09931	275	01	Cộng Hòa	Cong Hoa	Xã Cộng Hòa	Xã
09934	275	01	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
09940	275	01	Phú Mãn	Phu Man	Xã Phú Mãn	Xã
09943	275	01	Cấn Hữu	Can Huu	Xã Cấn Hữu	Xã
09949	275	01	Hòa Thạch	Hoa Thach	Xã Hòa Thạch	Xã
09952	275	01	Đông Yên	Dong Yen	Xã Đông Yên	Xã
04927	276	01	Yên Trung	Yen Trung	Xã Yên Trung	Xã
04930	276	01	Yên Bình	Yen Binh	Xã Yên Bình	Xã
04936	276	01	Tiến Xuân	Tien Xuan	Xã Tiến Xuân	Xã
09955	276	01	Liên Quan	Lien Quan	Thị trấn Liên Quan	Thị trấn
09958	276	01	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
09961	276	01	Cẩm Yên	Cam Yen	Xã Cẩm Yên	Xã
09964	276	01	Lại Thượng	Lai Thuong	Xã Lại Thượng	Xã
09967	276	01	Phú Kim	Phu Kim	Xã Phú Kim	Xã
09970	276	01	Hương Ngải	Huong Ngai	Xã Hương Ngải	Xã
09973	276	01	Lam Sơn	Lam Son	Xã Lam Sơn	Xã
09976	276	01	Kim Quan	Kim Quan	Xã Kim Quan	Xã
09982	276	01	Bình Yên	Binh Yen	Xã Bình Yên	Xã
09988	276	01	Thạch Hoà	Thach Hoa	Xã Thạch Hoà	Xã
09991	276	01	Cần Kiệm	Can Kiem	Xã Cần Kiệm	Xã
09997	276	01	Phùng Xá	Phung Xa	Xã Phùng Xá	Xã
10000	276	01	Tân Xã	Tan Xa	Xã Tân Xã	Xã
10003	276	01	Thạch Xá	Thach Xa	Xã Thạch Xá	Xã
10006	276	01	Quang Trung	Quang Trung	Xã Quang Trung	Xã
10009	276	01	Hạ Bằng	Ha Bang	Xã Hạ Bằng	Xã
10012	276	01	Đồng Trúc	Dong Truc	Xã Đồng Trúc	Xã
10015	277	01	Chúc Sơn	Chuc Son	Thị trấn Chúc Sơn	Thị trấn
10018	277	01	Xuân Mai	Xuan Mai	Thị trấn Xuân Mai	Thị trấn
10021	277	01	Phụng Châu	Phung Chau	Xã Phụng Châu	Xã
10024	277	01	Tiên Phương	Tien Phuong	Xã Tiên Phương	Xã
10027	277	01	Đông Sơn	Dong Son	Xã Đông Sơn	Xã
10030	277	01	Đông Phương Yên	Dong Phuong Yen	Xã Đông Phương Yên	Xã
10033	277	01	Phú Nghĩa	Phu Nghia	Xã Phú Nghĩa	Xã
10039	277	01	Trường Yên	Truong Yen	Xã Trường Yên	Xã
10042	277	01	Ngọc Hòa	Ngoc Hoa	Xã Ngọc Hòa	Xã
10045	277	01	Thủy Xuân Tiên	Thuy Xuan Tien	Xã Thủy Xuân Tiên	Xã
10048	277	01	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
10051	277	01	Trung Hòa	Trung Hoa	Xã Trung Hòa	Xã
10054	277	01	Đại Yên	Dai Yen	Xã Đại Yên	Xã
10057	277	01	Thụy Hương	Thuy Huong	Xã Thụy Hương	Xã
10060	277	01	Tốt Động	Tot Dong	Xã Tốt Động	Xã
10063	277	01	Lam Điền	Lam Dien	Xã Lam Điền	Xã
10066	277	01	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
10069	277	01	Nam Phương Tiến	Nam Phuong Tien	Xã Nam Phương Tiến	Xã
10072	277	01	Hợp Đồng	Hop Dong	Xã Hợp Đồng	Xã
10075	277	01	Hoàng Văn Thụ	Hoang Van Thu	Xã Hoàng Văn Thụ	Xã
10078	277	01	Hoàng Diệu	Hoang Dieu	Xã Hoàng Diệu	Xã
10081	277	01	Hữu Văn	Huu Van	Xã Hữu Văn	Xã
10084	277	01	Quảng Bị	Quang Bi	Xã Quảng Bị	Xã
10087	277	01	Mỹ Lương	My Luong	Xã Mỹ Lương	Xã
10090	277	01	Thượng Vực	Thuong Vuc	Xã Thượng Vực	Xã
10096	277	01	Hồng Phú	Hong Phu	Xã Hồng Phú	Xã
10099	277	01	Trần Phú	Tran Phu	Xã Trần Phú	Xã
10102	277	01	Văn Võ	Van Vo	Xã Văn Võ	Xã
10105	277	01	Đồng Lạc	Dong Lac	Xã Đồng Lạc	Xã
10108	277	01	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
10114	278	01	Kim Bài	Kim Bai	Thị trấn Kim Bài	Thị trấn
10120	278	01	Cự Khê	Cu Khe	Xã Cự Khê	Xã
10126	278	01	Bích Hòa	Bich Hoa	Xã Bích Hòa	Xã
10129	278	01	Mỹ Hưng	My Hung	Xã Mỹ Hưng	Xã
10132	278	01	Cao Viên	Cao Vien	Xã Cao Viên	Xã
10135	278	01	Bình Minh	Binh Minh	Xã Bình Minh	Xã
10138	278	01	Tam Hưng	Tam Hung	Xã Tam Hưng	Xã
10141	278	01	Thanh Cao	Thanh Cao	Xã Thanh Cao	Xã
10144	278	01	Thanh Thùy	Thanh Thuy	Xã Thanh Thùy	Xã
10147	278	01	Thanh Mai	Thanh Mai	Xã Thanh Mai	Xã
10150	278	01	Thanh Văn	Thanh Van	Xã Thanh Văn	Xã
10153	278	01	Đỗ Động	Do Dong	Xã Đỗ Động	Xã
10156	278	01	Kim An	Kim An	Xã Kim An	Xã
10159	278	01	Kim Thư	Kim Thu	Xã Kim Thư	Xã
10162	278	01	Phương Trung	Phuong Trung	Xã Phương Trung	Xã
10165	278	01	Tân Ước	Tan Uoc	Xã Tân Ước	Xã
10168	278	01	Dân Hòa	Dan Hoa	Xã Dân Hòa	Xã
10171	278	01	Liên Châu	Lien Chau	Xã Liên Châu	Xã
10174	278	01	Cao Xuân Dương	Cao Xuan Duong	Xã Cao Xuân Dương	Xã
10180	278	01	Hồng Dương	Hong Duong	Xã Hồng Dương	Xã
10183	279	01	Thường Tín	Thuong Tin	Thị trấn Thường Tín	Thị trấn
10186	279	01	Ninh Sở	Ninh So	Xã Ninh Sở	Xã
10189	279	01	Nhị Khê	Nhi Khe	Xã Nhị Khê	Xã
10192	279	01	Duyên Thái	Duyen Thai	Xã Duyên Thái	Xã
10195	279	01	Khánh Hà	Khanh Ha	Xã Khánh Hà	Xã
10198	279	01	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
10201	279	01	Văn Bình	Van Binh	Xã Văn Bình	Xã
10204	279	01	Hiền Giang	Hien Giang	Xã Hiền Giang	Xã
10207	279	01	Hồng Vân	Hong Van	Xã Hồng Vân	Xã
10210	279	01	Vân Tảo	Van Tao	Xã Vân Tảo	Xã
10213	279	01	Liên Phương	Lien Phuong	Xã Liên Phương	Xã
10216	279	01	Văn Phú	Van Phu	Xã Văn Phú	Xã
10219	279	01	Tự Nhiên	Tu Nhien	Xã Tự Nhiên	Xã
10222	279	01	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
10225	279	01	Hà Hồi	Ha Hoi	Xã Hà Hồi	Xã
10231	279	01	Nguyễn Trãi	Nguyen Trai	Xã Nguyễn Trãi	Xã
10234	279	01	Quất Động	Quat Dong	Xã Quất Động	Xã
10237	279	01	Chương Dương	Chuong Duong	Xã Chương Dương	Xã
10240	279	01	Tân Minh	Tan Minh	Xã Tân Minh	Xã
10243	279	01	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
10246	279	01	Thắng Lợi	Thang Loi	Xã Thắng Lợi	Xã
10249	279	01	Dũng Tiến	Dung Tien	Xã Dũng Tiến	Xã
10255	279	01	Nghiêm Xuyên	Nghiem Xuyen	Xã Nghiêm Xuyên	Xã
10258	279	01	Tô Hiệu	To Hieu	Xã Tô Hiệu	Xã
10261	279	01	Văn Tự	Van Tu	Xã Văn Tự	Xã
10264	279	01	Vạn Nhất	Van Nhat	Xã Vạn Nhất	Xã
10267	279	01	Minh Cường	Minh Cuong	Xã Minh Cường	Xã
10270	280	01	Phú Minh	Phu Minh	Thị trấn Phú Minh	Thị trấn
10273	280	01	Phú Xuyên	Phu Xuyen	Thị trấn Phú Xuyên	Thị trấn
10276	280	01	Hồng Minh	Hong Minh	Xã Hồng Minh	Xã
10279	280	01	Phượng Dực	Phuong Duc	Xã Phượng Dực	Xã
10282	280	01	Nam Tiến	Nam Tien	Xã Nam Tiến	Xã
10291	280	01	Văn Hoàng	Van Hoang	Xã Văn Hoàng	Xã
10294	280	01	Phú Túc	Phu Tuc	Xã Phú Túc	Xã
10300	280	01	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
10303	280	01	Hoàng Long	Hoang Long	Xã Hoàng Long	Xã
10312	280	01	Nam Phong	Nam Phong	Xã Nam Phong	Xã
10315	280	01	Tân Dân	Tan Dan	Xã Tân Dân	Xã
10318	280	01	Quang Hà	Quang Ha	Xã Quang Hà	Xã
10321	280	01	Chuyên Mỹ	Chuyen My	Xã Chuyên Mỹ	Xã
10324	280	01	Khai Thái	Khai Thai	Xã Khai Thái	Xã
10327	280	01	Phúc Tiến	Phuc Tien	Xã Phúc Tiến	Xã
10330	280	01	Vân Từ	Van Tu	Xã Vân Từ	Xã
10333	280	01	Tri Thủy	Tri Thuy	Xã Tri Thủy	Xã
10336	280	01	Đại Xuyên	Dai Xuyen	Xã Đại Xuyên	Xã
10339	280	01	Phú Yên	Phu Yen	Xã Phú Yên	Xã
10342	280	01	Bạch Hạ	Bach Ha	Xã Bạch Hạ	Xã
10345	280	01	Quang Lãng	Quang Lang	Xã Quang Lãng	Xã
10348	280	01	Châu Can	Chau Can	Xã Châu Can	Xã
10351	280	01	Minh Tân	Minh Tan	Xã Minh Tân	Xã
10354	281	01	Vân Đình	Van Dinh	Thị trấn Vân Đình	Thị trấn
10363	281	01	Hoa Viên	Hoa Vien	Xã Hoa Viên	Xã
10366	281	01	Quảng Phú Cầu	Quang Phu Cau	Xã Quảng Phú Cầu	Xã
10369	281	01	Trường Thịnh	Truong Thinh	Xã Trường Thịnh	Xã
10375	281	01	Liên Bạt	Lien Bat	Xã Liên Bạt	Xã
10378	281	01	Cao Sơn Tiến	Cao Son Tien	Xã Cao Sơn Tiến	Xã
10384	281	01	Phương Tú	Phuong Tu	Xã Phương Tú	Xã
10387	281	01	Trung Tú	Trung Tu	Xã Trung Tú	Xã
10390	281	01	Đồng Tân	Dong Tan	Xã Đồng Tân	Xã
10393	281	01	Tảo Dương Văn	Tao Duong Van	Xã Tảo Dương Văn	Xã
10396	281	01	Thái Hòa	Thai Hoa	Xã Thái Hòa	Xã
10399	281	01	Minh Đức	Minh Duc	Xã Minh Đức	Xã
10402	281	01	Trầm Lộng	Tram Long	Xã Trầm Lộng	Xã
10411	281	01	Kim Đường	Kim Duong	Xã Kim Đường	Xã
10417	281	01	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
10423	281	01	Đại Hùng	Dai Hung	Xã Đại Hùng	Xã
10426	281	01	Đông Lỗ	Dong Lo	Xã Đông Lỗ	Xã
10429	281	01	Phù Lưu	Phu Luu	Xã Phù Lưu	Xã
10432	281	01	Đại Cường	Dai Cuong	Xã Đại Cường	Xã
10435	281	01	Bình Lưu Quang	Binh Luu Quang	Xã Bình Lưu Quang	Xã
10441	282	01	Đại Nghĩa	Dai Nghia	Thị trấn Đại Nghĩa	Thị trấn
10444	282	01	Đồng Tâm	Dong Tam	Xã Đồng Tâm	Xã
10447	282	01	Thượng Lâm	Thuong Lam	Xã Thượng Lâm	Xã
10450	282	01	Tuy Lai	Tuy Lai	Xã Tuy Lai	Xã
10453	282	01	Phúc Lâm	Phuc Lam	Xã Phúc Lâm	Xã
10459	282	01	Mỹ Xuyên	My Xuyen	Xã Mỹ Xuyên	Xã
10462	282	01	An Mỹ	An My	Xã An Mỹ	Xã
10465	282	01	Hồng Sơn	Hong Son	Xã Hồng Sơn	Xã
10468	282	01	Lê Thanh	Le Thanh	Xã Lê Thanh	Xã
10471	282	01	Xuy Xá	Xuy Xa	Xã Xuy Xá	Xã
10474	282	01	Phùng Xá	Phung Xa	Xã Phùng Xá	Xã
10477	282	01	Phù Lưu Tế	Phu Luu Te	Xã Phù Lưu Tế	Xã
10480	282	01	Đại Hưng	Dai Hung	Xã Đại Hưng	Xã
10483	282	01	Vạn Tín	Van Tin	Xã Vạn Tín	Xã
10489	282	01	Hương Sơn	Huong Son	Xã Hương Sơn	Xã
10492	282	01	Hùng Tiến	Hung Tien	Xã Hùng Tiến	Xã
10495	282	01	An Tiến	An Tien	Xã An Tiến	Xã
10498	282	01	Hợp Tiến	Hop Tien	Xã Hợp Tiến	Xã
10501	282	01	Hợp Thanh	Hop Thanh	Xã Hợp Thanh	Xã
10504	282	01	An Phú	An Phu	Xã An Phú	Xã
10507	288	30	Cẩm Thượng	Cam Thuong	Phường Cẩm Thượng	Phường
10510	288	30	Bình Hàn	Binh Han	Phường Bình Hàn	Phường
10513	288	30	Ngọc Châu	Ngoc Chau	Phường Ngọc Châu	Phường
10514	288	30	Nhị Châu	Nhi Chau	Phường Nhị Châu	Phường
10516	288	30	Quang Trung	Quang Trung	Phường Quang Trung	Phường
10519	288	30	Nguyễn Trãi	Nguyen Trai	Phường Nguyễn Trãi	Phường
10525	288	30	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
10528	288	30	Trần Phú	Tran Phu	Phường Trần Phú	Phường
10531	288	30	Thanh Bình	Thanh Binh	Phường Thanh Bình	Phường
10532	288	30	Tân Bình	Tan Binh	Phường Tân Bình	Phường
10534	288	30	Lê Thanh Nghị	Le Thanh Nghi	Phường Lê Thanh Nghị	Phường
10537	288	30	Hải Tân	Hai Tan	Phường Hải Tân	Phường
10540	288	30	Tứ Minh	Tu Minh	Phường Tứ Minh	Phường
10543	288	30	Việt Hoà	Viet Hoa	Phường Việt Hoà	Phường
10660	288	30	Ái Quốc	Ai Quoc	Phường Ái Quốc	Phường
10663	288	30	An Thượng	An Thuong	Xã An Thượng	Xã
10672	288	30	Nam Đồng	Nam Dong	Phường Nam Đồng	Phường
10822	288	30	Quyết Thắng	Quyet Thang	Xã Quyết Thắng	Xã
10837	288	30	Tiền Tiến	Tien Tien	Xã Tiền Tiến	Xã
11002	288	30	Thạch Khôi	Thach Khoi	Phường Thạch Khôi	Phường
11005	288	30	Liên Hồng	Lien Hong	Xã Liên Hồng	Xã
11011	288	30	Tân Hưng	Tan Hung	Phường Tân Hưng	Phường
11017	288	30	Gia Xuyên	Gia Xuyen	Xã Gia Xuyên	Xã
11077	288	30	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
10546	290	30	Phả Lại	Pha Lai	Phường Phả Lại	Phường
10549	290	30	Sao Đỏ	Sao Do	Phường Sao Đỏ	Phường
10552	290	30	Bến Tắm	Ben Tam	Phường Bến Tắm	Phường
10555	290	30	Hoàng Hoa Thám	Hoang Hoa Tham	Xã Hoàng Hoa Thám	Xã
10558	290	30	Bắc An	Bac An	Xã Bắc An	Xã
10561	290	30	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
10564	290	30	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
10567	290	30	Hoàng Tiến	Hoang Tien	Phường Hoàng Tiến	Phường
10570	290	30	Cộng Hoà	Cong Hoa	Phường Cộng Hoà	Phường
10573	290	30	Hoàng Tân	Hoang Tan	Phường Hoàng Tân	Phường
10576	290	30	Cổ Thành	Co Thanh	Phường Cổ Thành	Phường
10579	290	30	Văn An	Van An	Phường Văn An	Phường
10582	290	30	Chí Minh	Chi Minh	Phường Chí Minh	Phường
10585	290	30	Văn Đức	Van Duc	Phường Văn Đức	Phường
10588	290	30	Thái Học	Thai Hoc	Phường Thái Học	Phường
10591	290	30	Nhân Huệ	Nhan Hue	Xã Nhân Huệ	Xã
10594	290	30	An Lạc	An Lac	Phường An Lạc	Phường
10600	290	30	Đồng Lạc	Dong Lac	Phường Đồng Lạc	Phường
10603	290	30	Tân Dân	Tan Dan	Phường Tân Dân	Phường
10606	291	30	Nam Sách	Nam Sach	Thị trấn Nam Sách	Thị trấn
10609	291	30	Nam Hưng	Nam Hung	Xã Nam Hưng	Xã
10612	291	30	Nam Tân	Nam Tan	Xã Nam Tân	Xã
10615	291	30	Hợp Tiến	Hop Tien	Xã Hợp Tiến	Xã
10618	291	30	Hiệp Cát	Hiep Cat	Xã Hiệp Cát	Xã
10621	291	30	Quốc Tuấn	Quoc Tuan	Xã Quốc Tuấn	Xã
10630	291	30	An Bình	An Binh	Xã An Bình	Xã
10633	291	30	Trần Phú	Tran Phu	Xã Trần Phú	Xã
10636	291	30	An Sơn	An Son	Xã An Sơn	Xã
10639	291	30	Cộng Hòa	Cong Hoa	Xã Cộng Hòa	Xã
10642	291	30	Thái Tân	Thai Tan	Xã Thái Tân	Xã
10645	291	30	An Phú	An Phu	Xã An Phú	Xã
10654	291	30	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
10657	291	30	Đồng Lạc	Dong Lac	Xã Đồng Lạc	Xã
10666	291	30	Minh Tân	Minh Tan	Xã Minh Tân	Xã
10675	292	30	An Lưu	An Luu	Phường An Lưu	Phường
10678	292	30	Bạch Đằng	Bach Dang	Xã Bạch Đằng	Xã
10681	292	30	Thất Hùng	That Hung	Phường Thất Hùng	Phường
10684	292	30	Lê Ninh	Le Ninh	Xã Lê Ninh	Xã
10693	292	30	Phạm Thái	Pham Thai	Phường Phạm Thái	Phường
10696	292	30	Duy Tân	Duy Tan	Phường Duy Tân	Phường
10699	292	30	Tân Dân	Tan Dan	Phường Tân Dân	Phường
10702	292	30	Minh Tân	Minh Tan	Phường Minh Tân	Phường
10705	292	30	Quang Thành	Quang Thanh	Xã Quang Thành	Xã
10708	292	30	Hiệp Hòa	Hiep Hoa	Xã Hiệp Hòa	Xã
10714	292	30	Phú Thứ	Phu Thu	Phường Phú Thứ	Phường
10717	292	30	Thăng Long	Thang Long	Xã Thăng Long	Xã
10720	292	30	Lạc Long	Lac Long	Xã Lạc Long	Xã
10723	292	30	An Sinh	An Sinh	Phường An Sinh	Phường
10726	292	30	Hiệp Sơn	Hiep Son	Phường Hiệp Sơn	Phường
10729	292	30	Thượng Quận	Thuong Quan	Xã Thượng Quận	Xã
10732	292	30	An Phụ	An Phu	Phường An Phụ	Phường
10735	292	30	Hiệp An	Hiep An	Phường Hiệp An	Phường
10738	292	30	Long Xuyên	Long Xuyen	Phường Long Xuyên	Phường
10741	292	30	Thái Thịnh	Thai Thinh	Phường Thái Thịnh	Phường
10744	292	30	Hiến Thành	Hien Thanh	Phường Hiến Thành	Phường
10747	292	30	Minh Hòa	Minh Hoa	Xã Minh Hòa	Xã
10750	293	30	Phú Thái	Phu Thai	Thị trấn Phú Thái	Thị trấn
10756	293	30	Lai Khê	Lai Khe	Xã Lai Khê	Xã
10762	293	30	Vũ Dũng	Vu Dung	Xã Vũ Dũng	Xã
10768	293	30	Tuấn Việt	Tuan Viet	Xã Tuấn Việt	Xã
10771	293	30	Kim Xuyên	Kim Xuyen	Xã Kim Xuyên	Xã
10777	293	30	Ngũ Phúc	Ngu Phuc	Xã Ngũ Phúc	Xã
10780	293	30	Kim Anh	Kim Anh	Xã Kim Anh	Xã
10783	293	30	Kim Liên	Kim Lien	Xã Kim Liên	Xã
10786	293	30	Kim Tân	Kim Tan	Xã Kim Tân	Xã
10792	293	30	Kim Đính	Kim Dinh	Xã Kim Đính	Xã
10798	293	30	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
10801	293	30	Tam Kỳ	Tam Ky	Xã Tam Kỳ	Xã
10804	293	30	Đồng Cẩm	Dong Cam	Xã Đồng Cẩm	Xã
10810	293	30	Đại Đức	Dai Duc	Xã Đại Đức	Xã
10813	294	30	Thanh Hà	Thanh Ha	Thị trấn Thanh Hà	Thị trấn
10816	294	30	Hồng Lạc	Hong Lac	Xã Hồng Lạc	Xã
10825	294	30	Tân Việt	Tan Viet	Xã Tân Việt	Xã
10828	294	30	Cẩm Việt	Cam Viet	Xã Cẩm Việt	Xã
10831	294	30	Thanh An	Thanh An	Xã Thanh An	Xã
10834	294	30	Thanh Lang	Thanh Lang	Xã Thanh Lang	Xã
10840	294	30	Tân An	Tan An	Xã Tân An	Xã
10843	294	30	Liên Mạc	Lien Mac	Xã Liên Mạc	Xã
10846	294	30	Thanh Hải	Thanh Hai	Xã Thanh Hải	Xã
10855	294	30	Thanh Xuân	Thanh Xuan	Xã Thanh Xuân	Xã
10861	294	30	Thanh Tân	Thanh Tan	Xã Thanh Tân	Xã
10864	294	30	An Phượng	An Phuong	Xã An Phượng	Xã
10867	294	30	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
10876	294	30	Thanh Quang	Thanh Quang	Xã Thanh Quang	Xã
10879	294	30	Thanh Hồng	Thanh Hong	Xã Thanh Hồng	Xã
10882	294	30	Vĩnh Cường	Vinh Cuong	Xã Vĩnh Cường	Xã
10888	295	30	Cẩm Giang	Cam Giang	Thị trấn Cẩm Giang	Thị trấn
10891	295	30	Lai Cách	Lai Cach	Thị trấn Lai Cách	Thị trấn
10894	295	30	Cẩm Hưng	Cam Hung	Xã Cẩm Hưng	Xã
10897	295	30	Cẩm Hoàng	Cam Hoang	Xã Cẩm Hoàng	Xã
10900	295	30	Cẩm Văn	Cam Van	Xã Cẩm Văn	Xã
10903	295	30	Ngọc Liên	Ngoc Lien	Xã Ngọc Liên	Xã
10909	295	30	Cẩm Vũ	Cam Vu	Xã Cẩm Vũ	Xã
10912	295	30	Đức Chính	Duc Chinh	Xã Đức Chính	Xã
10918	295	30	Định Sơn	Dinh Son	Xã Định Sơn	Xã
10924	295	30	Lương Điền	Luong Dien	Xã Lương Điền	Xã
10927	295	30	Cao An	Cao An	Xã Cao An	Xã
10930	295	30	Tân Trường	Tan Truong	Xã Tân Trường	Xã
10933	295	30	Phúc Điền	Phuc Dien	Xã Phúc Điền	Xã
10939	295	30	Cẩm Đông	Cam Dong	Xã Cẩm Đông	Xã
10942	295	30	Cẩm Đoài	Cam Doai	Xã Cẩm Đoài	Xã
10945	296	30	Kẻ Sặt	Ke Sat	Thị trấn Kẻ Sặt	Thị trấn
10951	296	30	Vĩnh Hưng	Vinh Hung	Xã Vĩnh Hưng	Xã
10954	296	30	Hùng Thắng	Hung Thang	Xã Hùng Thắng	Xã
10960	296	30	Vĩnh Hồng	Vinh Hong	Xã Vĩnh Hồng	Xã
10963	296	30	Long Xuyên	Long Xuyen	Xã Long Xuyên	Xã
10966	296	30	Tân Việt	Tan Viet	Xã Tân Việt	Xã
10969	296	30	Thúc Kháng	Thuc Khang	Xã Thúc Kháng	Xã
10972	296	30	Tân Hồng	Tan Hong	Xã Tân Hồng	Xã
10978	296	30	Hồng Khê	Hong Khe	Xã Hồng Khê	Xã
10981	296	30	Thái Minh	Thai Minh	Xã Thái Minh	Xã
10984	296	30	Cổ Bì	Co Bi	Xã Cổ Bì	Xã
10987	296	30	Nhân Quyền	Nhan Quyen	Xã Nhân Quyền	Xã
10990	296	30	Thái Dương	Thai Duong	Xã Thái Dương	Xã
10993	296	30	Thái Hòa	Thai Hoa	Xã Thái Hòa	Xã
10996	296	30	Bình Xuyên	Binh Xuyen	Xã Bình Xuyên	Xã
10999	297	30	Gia Lộc	Gia Loc	Thị trấn Gia Lộc	Thị trấn
11008	297	30	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
11020	297	30	Yết Kiêu	Yet Kieu	Xã Yết Kiêu	Xã
11035	297	30	Gia Phúc	Gia Phuc	Xã Gia Phúc	Xã
11038	297	30	Gia Tiến	Gia Tien	Xã Gia Tiến	Xã
11041	297	30	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
11044	297	30	Toàn Thắng	Toan Thang	Xã Toàn Thắng	Xã
11047	297	30	Hoàng Diệu	Hoang Dieu	Xã Hoàng Diệu	Xã
11050	297	30	Hồng Hưng	Hong Hung	Xã Hồng Hưng	Xã
11053	297	30	Phạm Trấn	Pham Tran	Xã Phạm Trấn	Xã
11056	297	30	Đoàn Thượng	Doan Thuong	Xã Đoàn Thượng	Xã
11059	297	30	Thống Kênh	Thong Kenh	Xã Thống Kênh	Xã
11065	297	30	Nhật Quang	Nhat Quang	Xã Nhật Quang	Xã
11071	297	30	Quang Đức	Quang Duc	Xã Quang Đức	Xã
11074	298	30	Tứ Kỳ	Tu Ky	Thị trấn Tứ Kỳ	Thị trấn
11083	298	30	Đại Sơn	Dai Son	Xã Đại Sơn	Xã
11086	298	30	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
11092	298	30	Bình Lăng	Binh Lang	Xã Bình Lăng	Xã
11095	298	30	Chí Minh	Chi Minh	Xã Chí Minh	Xã
11098	298	30	Kỳ Sơn	Ky Son	Xã Kỳ Sơn	Xã
11101	298	30	Quang Phục	Quang Phuc	Xã Quang Phục	Xã
11113	298	30	Tân Kỳ	Tan Ky	Xã Tân Kỳ	Xã
11116	298	30	Quang Khải	Quang Khai	Xã Quang Khải	Xã
11119	298	30	Đại Hợp	Dai Hop	Xã Đại Hợp	Xã
11122	298	30	Dân An	Dan An	Xã Dân An	Xã
11125	298	30	An Thanh	An Thanh	Xã An Thanh	Xã
11128	298	30	Minh Đức	Minh Duc	Xã Minh Đức	Xã
11131	298	30	Văn Tố	Van To	Xã Văn Tố	Xã
11134	298	30	Quang Trung	Quang Trung	Xã Quang Trung	Xã
13276	344	34	Vũ Vân	Vu Van	Xã Vũ Vân	Xã
11140	298	30	Lạc Phượng	Lac Phuong	Xã Lạc Phượng	Xã
11143	298	30	Tiên Động	Tien Dong	Xã Tiên Động	Xã
11146	298	30	Nguyên Giáp	Nguyen Giap	Xã Nguyên Giáp	Xã
11149	298	30	Hà Kỳ	Ha Ky	Xã Hà Kỳ	Xã
11152	298	30	Hà Thanh	Ha Thanh	Xã Hà Thanh	Xã
11161	299	30	Ứng Hoè	Ung Hoe	Xã Ứng Hoè	Xã
11164	299	30	Nghĩa An	Nghia An	Xã Nghĩa An	Xã
11167	299	30	Đức Phúc	Duc Phuc	Xã Đức Phúc	Xã
11173	299	30	An Đức	An Duc	Xã An Đức	Xã
11179	299	30	Tân Hương	Tan Huong	Xã Tân Hương	Xã
11185	299	30	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
11188	299	30	Bình Xuyên	Binh Xuyen	Xã Bình Xuyên	Xã
11197	299	30	Tân Phong	Tan Phong	Xã Tân Phong	Xã
11203	299	30	Ninh Giang	Ninh Giang	Thị trấn Ninh Giang	Thị trấn
11206	299	30	Tân Quang	Tan Quang	Xã Tân Quang	Xã
11215	299	30	Hồng Dụ	Hong Du	Xã Hồng Dụ	Xã
11218	299	30	Văn Hội	Van Hoi	Xã Văn Hội	Xã
11224	299	30	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
11227	299	30	Hiệp Lực	Hiep Luc	Xã Hiệp Lực	Xã
11230	299	30	Kiến Phúc	Kien Phuc	Xã Kiến Phúc	Xã
11233	299	30	Hưng Long	Hung Long	Xã Hưng Long	Xã
11239	300	30	Thanh Miện	Thanh Mien	Thị trấn Thanh Miện	Thị trấn
11242	300	30	Thanh Tùng	Thanh Tung	Xã Thanh Tùng	Xã
11245	300	30	Phạm Kha	Pham Kha	Xã Phạm Kha	Xã
11248	300	30	Ngô Quyền	Ngo Quyen	Xã Ngô Quyền	Xã
11251	300	30	Đoàn Tùng	Doan Tung	Xã Đoàn Tùng	Xã
11254	300	30	Hồng Quang	Hong Quang	Xã Hồng Quang	Xã
11257	300	30	Tân Trào	Tan Trao	Xã Tân Trào	Xã
11260	300	30	Lam Sơn	Lam Son	Xã Lam Sơn	Xã
11263	300	30	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
11266	300	30	Lê Hồng	Le Hong	Xã Lê Hồng	Xã
11269	300	30	Tứ Cường	Tu Cuong	Xã Tứ Cường	Xã
11275	300	30	Ngũ Hùng	Ngu Hung	Xã Ngũ Hùng	Xã
11278	300	30	Cao Thắng	Cao Thang	Xã Cao Thắng	Xã
11281	300	30	Chi Lăng Bắc	Chi Lang Bac	Xã Chi Lăng Bắc	Xã
11284	300	30	Chi Lăng Nam	Chi Lang Nam	Xã Chi Lăng Nam	Xã
11287	300	30	Thanh Giang	Thanh Giang	Xã Thanh Giang	Xã
11293	300	30	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
11296	303	31	Quán Toan	Quan Toan	Phường Quán Toan	Phường
11299	303	31	Hùng Vương	Hung Vuong	Phường Hùng Vương	Phường
11302	303	31	Sở Dầu	So Dau	Phường Sở Dầu	Phường
11305	303	31	Thượng Lý	Thuong Ly	Phường Thượng Lý	Phường
11311	303	31	Minh Khai	Minh Khai	Phường Minh Khai	Phường
11320	303	31	Hoàng Văn Thụ	Hoang Van Thu	Phường Hoàng Văn Thụ	Phường
11323	303	31	Phan Bội Châu	Phan Boi Chau	Phường Phan Bội Châu	Phường
11587	303	31	Đại Bản	Dai Ban	Phường Đại Bản	Phường
11599	303	31	An Hưng	An Hung	Phường An Hưng	Phường
11602	303	31	An Hồng	An Hong	Phường An Hồng	Phường
11329	304	31	Máy Chai	May Chai	Phường Máy Chai	Phường
11335	304	31	Vạn Mỹ	Van My	Phường Vạn Mỹ	Phường
11338	304	31	Cầu Tre	Cau Tre	Phường Cầu Tre	Phường
11341	304	31	Gia Viên	Gia Vien	Phường Gia Viên	Phường
11344	304	31	Cầu Đất	Cau Dat	Phường Cầu Đất	Phường
11350	304	31	Đông Khê	Dong Khe	Phường Đông Khê	Phường
11359	304	31	Đằng Giang	Dang Giang	Phường Đằng Giang	Phường
11365	304	31	Lạch Tray	Lach Tray	Phường Lạch Tray	Phường
11371	305	31	An Biên	An Bien	Phường An Biên	Phường
11383	305	31	Trần Nguyên Hãn	Tran Nguyen Han	Phường Trần Nguyên Hãn	Phường
11395	305	31	Hàng Kênh	Hang Kenh	Phường Hàng Kênh	Phường
11401	305	31	An Dương	An Duong	Phường An Dương	Phường
11404	305	31	Dư Hàng Kênh	Du Hang Kenh	Phường Dư Hàng Kênh	Phường
11405	305	31	Kênh Dương	Kenh Duong	Phường Kênh Dương	Phường
11407	305	31	Vĩnh Niệm	Vinh Niem	Phường Vĩnh Niệm	Phường
11410	306	31	Đông Hải 1	Dong Hai 1	Phường Đông Hải 1	Phường
11411	306	31	Đông Hải 2	Dong Hai 2	Phường Đông Hải 2	Phường
11413	306	31	Đằng Lâm	Dang Lam	Phường Đằng Lâm	Phường
11414	306	31	Thành Tô	Thanh To	Phường Thành Tô	Phường
11416	306	31	Đằng Hải	Dang Hai	Phường Đằng Hải	Phường
11419	306	31	Nam Hải	Nam Hai	Phường Nam Hải	Phường
11422	306	31	Cát Bi	Cat Bi	Phường Cát Bi	Phường
11425	306	31	Tràng Cát	Trang Cat	Phường Tràng Cát	Phường
11431	307	31	Đồng Hoà	Dong Hoa	Phường Đồng Hoà	Phường
11434	307	31	Bắc Sơn	Bac Son	Phường Bắc Sơn	Phường
11437	307	31	Nam Sơn	Nam Son	Phường Nam Sơn	Phường
11440	307	31	Ngọc Sơn	Ngoc Son	Phường Ngọc Sơn	Phường
11443	307	31	Trần Thành Ngọ	Tran Thanh Ngo	Phường Trần Thành Ngọ	Phường
11446	307	31	Văn Đẩu	Van Dau	Phường Văn Đẩu	Phường
11449	307	31	Bắc Hà	Bac Ha	Phường Bắc Hà	Phường
11455	308	31	Ngọc Xuyên	Ngoc Xuyen	Phường Ngọc Xuyên	Phường
11458	308	31	Hải Sơn	Hai Son	Phường Hải Sơn	Phường
11461	308	31	Vạn Hương	Van Huong	Phường Vạn Hương	Phường
11465	308	31	Minh Đức	Minh Duc	Phường Minh Đức	Phường
11467	308	31	Bàng La	Bang La	Phường Bàng La	Phường
11737	308	31	Hợp Đức	Hop Duc	Phường Hợp Đức	Phường
11683	309	31	Đa Phúc	Da Phuc	Phường Đa Phúc	Phường
11686	309	31	Hưng Đạo	Hung Dao	Phường Hưng Đạo	Phường
11689	309	31	Anh Dũng	Anh Dung	Phường Anh Dũng	Phường
11692	309	31	Hải Thành	Hai Thanh	Phường Hải Thành	Phường
11707	309	31	Hoà Nghĩa	Hoa Nghia	Phường Hoà Nghĩa	Phường
11740	309	31	Tân Thành	Tan Thanh	Phường Tân Thành	Phường
11473	311	31	Minh Đức	Minh Duc	Phường Minh Đức	Phường
11485	311	31	Liên Xuân	Lien Xuan	Xã Liên Xuân	Xã
11488	311	31	Lưu Kiếm	Luu Kiem	Phường Lưu Kiếm	Phường
11500	311	31	Bạch Đằng	Bach Dang	Xã Bạch Đằng	Xã
11503	311	31	Ninh Sơn	Ninh Son	Xã Ninh Sơn	Xã
11506	311	31	Quảng Thanh	Quang Thanh	Phường Quảng Thanh	Phường
11512	311	31	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
11518	311	31	Quang Trung	Quang Trung	Xã Quang Trung	Xã
11521	311	31	Lê Hồng Phong	Le Hong Phong	Phường Lê Hồng Phong	Phường
11527	311	31	Hoà Bình	Hoa Binh	Phường Hoà Bình	Phường
11530	311	31	Thủy Hà	Thuy Ha	Phường Thủy Hà	Phường
11533	311	31	An Lư	An Lu	Phường An Lư	Phường
11539	311	31	Phạm Ngũ Lão	Pham Ngu Lao	Phường Phạm Ngũ Lão	Phường
11542	311	31	Nam Triệu Giang	Nam Trieu Giang	Phường Nam Triệu Giang	Phường
11545	311	31	Tam Hưng	Tam Hung	Phường Tam Hưng	Phường
11551	311	31	Lập Lễ	Lap Le	Phường Lập Lễ	Phường
11557	311	31	Thiên Hương	Thien Huong	Phường Thiên Hương	Phường
11560	311	31	Thuỷ Đường	Thuy Duong	Phường Thuỷ Đường	Phường
11569	311	31	Hoàng Lâm	Hoang Lam	Phường Hoàng Lâm	Phường
11572	311	31	Hoa Động	Hoa Dong	Phường Hoa Động	Phường
11578	311	31	Dương Quan	Duong Quan	Phường Dương Quan	Phường
11581	312	31	Lê Lợi	Le Loi	Phường Lê Lợi	Phường
11584	312	31	Lê Thiện	Le Thien	Phường Lê Thiện	Phường
11590	312	31	An Hoà	An Hoa	Phường An Hoà	Phường
11593	312	31	Hồng Phong	Hong Phong	Phường Hồng Phong	Phường
11596	312	31	Tân Tiến	Tan Tien	Phường Tân Tiến	Phường
11608	312	31	Nam Sơn	Nam Son	Phường Nam Sơn	Phường
11614	312	31	An Hải	An Hai	Phường An Hải	Phường
11617	312	31	Đồng Thái	Dong Thai	Phường Đồng Thái	Phường
11623	312	31	An Đồng	An Dong	Phường An Đồng	Phường
11626	312	31	Hồng Thái	Hong Thai	Phường Hồng Thái	Phường
11629	313	31	An Lão	An Lao	Thị trấn An Lão	Thị trấn
11632	313	31	Bát Trang	Bat Trang	Xã Bát Trang	Xã
11635	313	31	Trường Thọ	Truong Tho	Xã Trường Thọ	Xã
11638	313	31	Trường Thành	Truong Thanh	Xã Trường Thành	Xã
11641	313	31	An Tiến	An Tien	Xã An Tiến	Xã
11644	313	31	Quang Hưng	Quang Hung	Xã Quang Hưng	Xã
11647	313	31	Quang Trung	Quang Trung	Xã Quang Trung	Xã
11650	313	31	Quốc Tuấn	Quoc Tuan	Xã Quốc Tuấn	Xã
11653	313	31	An Thắng	An Thang	Xã An Thắng	Xã
11656	313	31	Trường Sơn	Truong Son	Thị trấn Trường Sơn	Thị trấn
11659	313	31	Tân Dân	Tan Dan	Xã Tân Dân	Xã
11662	313	31	Thái Sơn	Thai Son	Xã Thái Sơn	Xã
11665	313	31	Tân Viên	Tan Vien	Xã Tân Viên	Xã
11668	313	31	Mỹ Đức	My Duc	Xã Mỹ Đức	Xã
11671	313	31	Chiến Thắng	Chien Thang	Xã Chiến Thắng	Xã
11674	313	31	An Thọ	An Tho	Xã An Thọ	Xã
11677	313	31	An Thái	An Thai	Xã An Thái	Xã
11680	314	31	Núi Đối	Nui Doi	Thị trấn Núi Đối	Thị trấn
11695	314	31	Đông Phương	Dong Phuong	Xã Đông Phương	Xã
11698	314	31	Thuận Thiên	Thuan Thien	Xã Thuận Thiên	Xã
11701	314	31	Hữu Bằng	Huu Bang	Xã Hữu Bằng	Xã
11704	314	31	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
11710	314	31	Ngũ Phúc	Ngu Phuc	Xã Ngũ Phúc	Xã
11713	314	31	Kiến Quốc	Kien Quoc	Xã Kiến Quốc	Xã
11716	314	31	Du Lễ	Du Le	Xã Du Lễ	Xã
11722	314	31	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
11725	314	31	Minh Tân	Minh Tan	Xã Minh Tân	Xã
11728	314	31	Kiến Hưng	Kien Hung	Xã Kiến Hưng	Xã
11734	314	31	Tân Phong	Tan Phong	Xã Tân Phong	Xã
11743	314	31	Tân Trào	Tan Trao	Xã Tân Trào	Xã
11746	314	31	Đoàn Xá	Doan Xa	Xã Đoàn Xá	Xã
11749	314	31	Tú Sơn	Tu Son	Xã Tú Sơn	Xã
11752	314	31	Đại Hợp	Dai Hop	Xã Đại Hợp	Xã
11755	315	31	Tiên Lãng	Tien Lang	Thị trấn Tiên Lãng	Thị trấn
11758	315	31	Đại Thắng	Dai Thang	Xã Đại Thắng	Xã
11761	315	31	Tiên Cường	Tien Cuong	Xã Tiên Cường	Xã
11764	315	31	Tự Cường	Tu Cuong	Xã Tự Cường	Xã
11770	315	31	Quyết Tiến	Quyet Tien	Xã Quyết Tiến	Xã
11773	315	31	Khởi Nghĩa	Khoi Nghia	Xã Khởi Nghĩa	Xã
11776	315	31	Tiên Thanh	Tien Thanh	Xã Tiên Thanh	Xã
11779	315	31	Cấp Tiến	Cap Tien	Xã Cấp Tiến	Xã
11782	315	31	Kiến Thiết	Kien Thiet	Xã Kiến Thiết	Xã
11785	315	31	Đoàn Lập	Doan Lap	Xã Đoàn Lập	Xã
11791	315	31	Tân Minh	Tan Minh	Xã Tân Minh	Xã
11797	315	31	Tiên Thắng	Tien Thang	Xã Tiên Thắng	Xã
11800	315	31	Tiên Minh	Tien Minh	Xã Tiên Minh	Xã
11803	315	31	Bắc Hưng	Bac Hung	Xã Bắc Hưng	Xã
11806	315	31	Nam Hưng	Nam Hung	Xã Nam Hưng	Xã
11809	315	31	Hùng Thắng	Hung Thang	Xã Hùng Thắng	Xã
11812	315	31	Tây Hưng	Tay Hung	Xã Tây Hưng	Xã
11815	315	31	Đông Hưng	Dong Hung	Xã Đông Hưng	Xã
11821	315	31	Vinh Quang	Vinh Quang	Xã Vinh Quang	Xã
11824	316	31	Vĩnh Bảo	Vinh Bao	Thị trấn Vĩnh Bảo	Thị trấn
11827	316	31	Dũng Tiến	Dung Tien	Xã Dũng Tiến	Xã
11830	316	31	Giang Biên	Giang Bien	Xã Giang Biên	Xã
11833	316	31	Thắng Thuỷ	Thang Thuy	Xã Thắng Thuỷ	Xã
11836	316	31	Trung Lập	Trung Lap	Xã Trung Lập	Xã
11839	316	31	Việt Tiến	Viet Tien	Xã Việt Tiến	Xã
11842	316	31	Vĩnh An	Vinh An	Xã Vĩnh An	Xã
11848	316	31	Vĩnh Hoà	Vinh Hoa	Xã Vĩnh Hoà	Xã
11851	316	31	Hùng Tiến	Hung Tien	Xã Hùng Tiến	Xã
11857	316	31	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
11860	316	31	Tân Liên	Tan Lien	Xã Tân Liên	Xã
11866	316	31	Vĩnh Hưng	Vinh Hung	Xã Vĩnh Hưng	Xã
11875	316	31	Vĩnh Hải	Vinh Hai	Xã Vĩnh Hải	Xã
11881	316	31	Liên Am	Lien Am	Xã Liên Am	Xã
11884	316	31	Lý Học	Ly Hoc	Xã Lý Học	Xã
11887	316	31	Tam Cường	Tam Cuong	Xã Tam Cường	Xã
11890	316	31	Hoà Bình	Hoa Binh	Xã Hoà Bình	Xã
11893	316	31	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
11902	316	31	Cao Minh	Cao Minh	Xã Cao Minh	Xã
11911	316	31	Trấn Dương	Tran Duong	Xã Trấn Dương	Xã
11914	317	31	Cát Bà	Cat Ba	Thị trấn Cát Bà	Thị trấn
11917	317	31	Cát Hải	Cat Hai	Thị trấn Cát Hải	Thị trấn
11920	317	31	Nghĩa Lộ	Nghia Lo	Xã Nghĩa Lộ	Xã
11923	317	31	Đồng Bài	Dong Bai	Xã Đồng Bài	Xã
11926	317	31	Hoàng Châu	Hoang Chau	Xã Hoàng Châu	Xã
11929	317	31	Văn Phong	Van Phong	Xã Văn Phong	Xã
11932	317	31	Phù Long	Phu Long	Xã Phù Long	Xã
11935	317	31	Gia Luận	Gia Luan	Xã Gia Luận	Xã
11938	317	31	Hiền Hào	Hien Hao	Xã Hiền Hào	Xã
11941	317	31	Trân Châu	Tran Chau	Xã Trân Châu	Xã
11944	317	31	Việt Hải	Viet Hai	Xã Việt Hải	Xã
11947	317	31	Xuân Đám	Xuan Dam	Xã Xuân Đám	Xã
11950	323	33	Lam Sơn	Lam Son	Phường Lam Sơn	Phường
11953	323	33	Hiến Nam	Hien Nam	Phường Hiến Nam	Phường
11956	323	33	An Tảo	An Tao	Phường An Tảo	Phường
11959	323	33	Lê Lợi	Le Loi	Phường Lê Lợi	Phường
11962	323	33	Minh Khai	Minh Khai	Phường Minh Khai	Phường
11968	323	33	Hồng Châu	Hong Chau	Phường Hồng Châu	Phường
11971	323	33	Trung Nghĩa	Trung Nghia	Xã Trung Nghĩa	Xã
11974	323	33	Liên Phương	Lien Phuong	Xã Liên Phương	Xã
11977	323	33	Phương Nam	Phuong Nam	Xã Phương Nam	Xã
11980	323	33	Quảng Châu	Quang Chau	Xã Quảng Châu	Xã
11983	323	33	Bảo Khê	Bao Khe	Xã Bảo Khê	Xã
12331	323	33	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
12334	323	33	Hùng Cường	Hung Cuong	Xã Hùng Cường	Xã
12385	323	33	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
12388	323	33	Hoàng Hanh	Hoang Hanh	Xã Hoàng Hanh	Xã
11986	325	33	Như Quỳnh	Nhu Quynh	Thị trấn Như Quỳnh	Thị trấn
11989	325	33	Lạc Đạo	Lac Dao	Xã Lạc Đạo	Xã
11992	325	33	Chỉ Đạo	Chi Dao	Xã Chỉ Đạo	Xã
11995	325	33	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
11998	325	33	Việt Hưng	Viet Hung	Xã Việt Hưng	Xã
12001	325	33	Tân Quang	Tan Quang	Xã Tân Quang	Xã
12004	325	33	Đình Dù	Dinh Du	Xã Đình Dù	Xã
12007	325	33	Minh Hải	Minh Hai	Xã Minh Hải	Xã
12010	325	33	Lương Tài	Luong Tai	Xã Lương Tài	Xã
12013	325	33	Trưng Trắc	Trung Trac	Xã Trưng Trắc	Xã
12016	325	33	Lạc Hồng	Lac Hong	Xã Lạc Hồng	Xã
12019	326	33	Văn Giang	Van Giang	Thị trấn Văn Giang	Thị trấn
12022	326	33	Xuân Quan	Xuan Quan	Xã Xuân Quan	Xã
12025	326	33	Cửu Cao	Cuu Cao	Xã Cửu Cao	Xã
12028	326	33	Phụng Công	Phung Cong	Xã Phụng Công	Xã
12031	326	33	Nghĩa Trụ	Nghia Tru	Xã Nghĩa Trụ	Xã
12034	326	33	Long Hưng	Long Hung	Xã Long Hưng	Xã
12037	326	33	Vĩnh Khúc	Vinh Khuc	Xã Vĩnh Khúc	Xã
12040	326	33	Liên Nghĩa	Lien Nghia	Xã Liên Nghĩa	Xã
12043	326	33	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
12046	326	33	Thắng Lợi	Thang Loi	Xã Thắng Lợi	Xã
12049	326	33	Mễ Sở	Me So	Xã Mễ Sở	Xã
12052	327	33	Yên Mỹ	Yen My	Thị trấn Yên Mỹ	Thị trấn
12055	327	33	Nguyễn Văn Linh	Nguyen Van Linh	Xã Nguyễn Văn Linh	Xã
12061	327	33	Đồng Than	Dong Than	Xã Đồng Than	Xã
12064	327	33	Ngọc Long	Ngoc Long	Xã Ngọc Long	Xã
12067	327	33	Liêu Xá	Lieu Xa	Xã Liêu Xá	Xã
12070	327	33	Hoàn Long	Hoan Long	Xã Hoàn Long	Xã
12073	327	33	Tân Lập	Tan Lap	Xã Tân Lập	Xã
12076	327	33	Thanh Long	Thanh Long	Xã Thanh Long	Xã
12079	327	33	Yên Phú	Yen Phu	Xã Yên Phú	Xã
12085	327	33	Trung Hòa	Trung Hoa	Xã Trung Hòa	Xã
12091	327	33	Việt Yên	Viet Yen	Xã Việt Yên	Xã
12100	327	33	Tân Minh	Tan Minh	Xã Tân Minh	Xã
12103	328	33	Bần Yên Nhân	Ban Yen Nhan	Phường Bần Yên Nhân	Phường
12106	328	33	Phan Đình Phùng	Phan Dinh Phung	Phường Phan Đình Phùng	Phường
12109	328	33	Cẩm Xá	Cam Xa	Xã Cẩm Xá	Xã
12112	328	33	Dương Quang	Duong Quang	Xã Dương Quang	Xã
12115	328	33	Hòa Phong	Hoa Phong	Xã Hòa Phong	Xã
12118	328	33	Nhân Hòa	Nhan Hoa	Phường Nhân Hòa	Phường
12121	328	33	Dị Sử	Di Su	Phường Dị Sử	Phường
12124	328	33	Bạch Sam	Bach Sam	Phường Bạch Sam	Phường
12127	328	33	Minh Đức	Minh Duc	Phường Minh Đức	Phường
12130	328	33	Phùng Chí Kiên	Phung Chi Kien	Phường Phùng Chí Kiên	Phường
12133	328	33	Xuân Dục	Xuan Duc	Xã Xuân Dục	Xã
12136	328	33	Ngọc Lâm	Ngoc Lam	Xã Ngọc Lâm	Xã
12139	328	33	Hưng Long	Hung Long	Xã Hưng Long	Xã
12142	329	33	Ân Thi	An Thi	Thị trấn Ân Thi	Thị trấn
12145	329	33	Phù Ủng	Phu Ung	Xã Phù Ủng	Xã
12148	329	33	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
12151	329	33	Bãi Sậy	Bai Say	Xã Bãi Sậy	Xã
12154	329	33	Đào Dương	Dao Duong	Xã Đào Dương	Xã
12157	329	33	Quang Vinh	Quang Vinh	Xã Quang Vinh	Xã
12160	329	33	Vân Du	Van Du	Xã Vân Du	Xã
12166	329	33	Xuân Trúc	Xuan Truc	Xã Xuân Trúc	Xã
12169	329	33	Hoàng Hoa Thám	Hoang Hoa Tham	Xã Hoàng Hoa Thám	Xã
12172	329	33	Quảng Lãng	Quang Lang	Xã Quảng Lãng	Xã
12175	329	33	Đa Lộc	Da Loc	Xã Đa Lộc	Xã
12178	329	33	Đặng Lễ	Dang Le	Xã Đặng Lễ	Xã
12181	329	33	Cẩm Ninh	Cam Ninh	Xã Cẩm Ninh	Xã
12184	329	33	Nguyễn Trãi	Nguyen Trai	Xã Nguyễn Trãi	Xã
12190	329	33	Hồ Tùng Mậu	Ho Tung Mau	Xã Hồ Tùng Mậu	Xã
12193	329	33	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
12196	329	33	Hồng Quang	Hong Quang	Xã Hồng Quang	Xã
12202	329	33	Hạ Lễ	Ha Le	Xã Hạ Lễ	Xã
12205	330	33	Khoái Châu	Khoai Chau	Thị trấn Khoái Châu	Thị trấn
12208	330	33	Đông Tảo	Dong Tao	Xã Đông Tảo	Xã
12211	330	33	Bình Minh	Binh Minh	Xã Bình Minh	Xã
12214	330	33	Phạm Hồng Thái	Pham Hong Thai	Xã Phạm Hồng Thái	Xã
14638	376	37	Ân Hòa	An Hoa	Xã Ân Hòa	Xã
12220	330	33	Ông Đình	Ong Dinh	Xã Ông Đình	Xã
12223	330	33	Tân Dân	Tan Dan	Xã Tân Dân	Xã
12226	330	33	Tứ Dân	Tu Dan	Xã Tứ Dân	Xã
12229	330	33	An Vĩ	An Vi	Xã An Vĩ	Xã
12232	330	33	Đông Kết	Dong Ket	Xã Đông Kết	Xã
12238	330	33	Dân Tiến	Dan Tien	Xã Dân Tiến	Xã
12244	330	33	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
12247	330	33	Tân Châu	Tan Chau	Xã Tân Châu	Xã
12250	330	33	Liên Khê	Lien Khe	Xã Liên Khê	Xã
12253	330	33	Phùng Hưng	Phung Hung	Xã Phùng Hưng	Xã
12256	330	33	Việt Hòa	Viet Hoa	Xã Việt Hòa	Xã
12259	330	33	Đông Ninh	Dong Ninh	Xã Đông Ninh	Xã
12262	330	33	Đại Tập	Dai Tap	Xã Đại Tập	Xã
12265	330	33	Chí Minh	Chi Minh	Xã Chí Minh	Xã
12271	330	33	Thuần Hưng	Thuan Hung	Xã Thuần Hưng	Xã
12274	330	33	Nguyễn Huệ	Nguyen Hue	Xã Nguyễn Huệ	Xã
12280	331	33	Lương Bằng	Luong Bang	Thị trấn Lương Bằng	Thị trấn
12283	331	33	Nghĩa Dân	Nghia Dan	Xã Nghĩa Dân	Xã
12286	331	33	Toàn Thắng	Toan Thang	Xã Toàn Thắng	Xã
12289	331	33	Vĩnh Xá	Vinh Xa	Xã Vĩnh Xá	Xã
12292	331	33	Phạm Ngũ Lão	Pham Ngu Lao	Xã Phạm Ngũ Lão	Xã
12295	331	33	Phú Thọ	Phu Tho	Xã Phú Thọ	Xã
12298	331	33	Đồng Thanh	Dong Thanh	Xã Đồng Thanh	Xã
12301	331	33	Song Mai	Song Mai	Xã Song Mai	Xã
12304	331	33	Chính Nghĩa	Chinh Nghia	Xã Chính Nghĩa	Xã
12313	331	33	Mai Động	Mai Dong	Xã Mai Động	Xã
12316	331	33	Đức Hợp	Duc Hop	Xã Đức Hợp	Xã
12319	331	33	Hùng An	Hung An	Xã Hùng An	Xã
12322	331	33	Ngọc Thanh	Ngoc Thanh	Xã Ngọc Thanh	Xã
12325	331	33	Diên Hồng	Dien Hong	Xã Diên Hồng	Xã
12328	331	33	Hiệp Cường	Hiep Cuong	Xã Hiệp Cường	Xã
12337	332	33	Vương	Vuong	Thị trấn Vương	Thị trấn
12340	332	33	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
12346	332	33	Nhật Tân	Nhat Tan	Xã Nhật Tân	Xã
12352	332	33	Lệ Xá	Le Xa	Xã Lệ Xá	Xã
12355	332	33	An Viên	An Vien	Xã An Viên	Xã
12361	332	33	Trung Dũng	Trung Dung	Xã Trung Dũng	Xã
12364	332	33	Hải Thắng	Hai Thang	Xã Hải Thắng	Xã
12367	332	33	Thủ Sỹ	Thu Sy	Xã Thủ Sỹ	Xã
12370	332	33	Thiện Phiến	Thien Phien	Xã Thiện Phiến	Xã
12373	332	33	Thụy Lôi	Thuy Loi	Xã Thụy Lôi	Xã
12376	332	33	Cương Chính	Cuong Chinh	Xã Cương Chính	Xã
12391	333	33	Trần Cao	Tran Cao	Thị trấn Trần Cao	Thị trấn
12394	333	33	Minh Tân	Minh Tan	Xã Minh Tân	Xã
12397	333	33	Phan Sào Nam	Phan Sao Nam	Xã Phan Sào Nam	Xã
12400	333	33	Quang Hưng	Quang Hung	Xã Quang Hưng	Xã
12403	333	33	Minh Hoàng	Minh Hoang	Xã Minh Hoàng	Xã
12406	333	33	Đoàn Đào	Doan Dao	Xã Đoàn Đào	Xã
12409	333	33	Tống Phan	Tong Phan	Xã Tống Phan	Xã
12412	333	33	Đình Cao	Dinh Cao	Xã Đình Cao	Xã
12415	333	33	Nhật Quang	Nhat Quang	Xã Nhật Quang	Xã
12421	333	33	Tam Đa	Tam Da	Xã Tam Đa	Xã
12424	333	33	Tiên Tiến	Tien Tien	Xã Tiên Tiến	Xã
12427	333	33	Nguyên Hòa	Nguyen Hoa	Xã Nguyên Hòa	Xã
12430	333	33	Tống Trân	Tong Tran	Xã Tống Trân	Xã
12433	336	34	Lê Hồng Phong	Le Hong Phong	Phường Lê Hồng Phong	Phường
12436	336	34	Bồ Xuyên	Bo Xuyen	Phường Bồ Xuyên	Phường
12439	336	34	Đề Thám	De Tham	Phường Đề Thám	Phường
12442	336	34	Kỳ Bá	Ky Ba	Phường Kỳ Bá	Phường
12445	336	34	Quang Trung	Quang Trung	Phường Quang Trung	Phường
12448	336	34	Phú Khánh	Phu Khanh	Phường Phú Khánh	Phường
12451	336	34	Tiền Phong	Tien Phong	Phường Tiền Phong	Phường
12452	336	34	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
12454	336	34	Trần Lãm	Tran Lam	Phường Trần Lãm	Phường
12457	336	34	Đông Hòa	Dong Hoa	Xã Đông Hòa	Xã
12460	336	34	Hoàng Diệu	Hoang Dieu	Phường Hoàng Diệu	Phường
12463	336	34	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
12466	336	34	Vũ Phúc	Vu Phuc	Xã Vũ Phúc	Xã
12469	336	34	Vũ Chính	Vu Chinh	Xã Vũ Chính	Xã
12817	336	34	Đông Mỹ	Dong My	Xã Đông Mỹ	Xã
12820	336	34	Đông Thọ	Dong Tho	Xã Đông Thọ	Xã
13084	336	34	Vũ Đông	Vu Dong	Xã Vũ Đông	Xã
13108	336	34	Vũ Lạc	Vu Lac	Xã Vũ Lạc	Xã
13225	336	34	Tân Bình	Tan Binh	Xã Tân Bình	Xã
12472	338	34	Quỳnh Côi	Quynh Coi	Thị trấn Quỳnh Côi	Thị trấn
12475	338	34	An Khê	An Khe	Xã An Khê	Xã
12478	338	34	An Đồng	An Dong	Xã An Đồng	Xã
12481	338	34	Quỳnh Hoa	Quynh Hoa	Xã Quỳnh Hoa	Xã
12484	338	34	Quỳnh Lâm	Quynh Lam	Xã Quỳnh Lâm	Xã
12487	338	34	Quỳnh Thọ	Quynh Tho	Xã Quỳnh Thọ	Xã
12490	338	34	An Hiệp	An Hiep	Xã An Hiệp	Xã
12493	338	34	Quỳnh Hoàng	Quynh Hoang	Xã Quỳnh Hoàng	Xã
12496	338	34	Quỳnh Giao	Quynh Giao	Xã Quỳnh Giao	Xã
12499	338	34	An Thái	An Thai	Xã An Thái	Xã
12502	338	34	An Cầu	An Cau	Xã An Cầu	Xã
12505	338	34	Quỳnh Hồng	Quynh Hong	Xã Quỳnh Hồng	Xã
12508	338	34	Quỳnh Khê	Quynh Khe	Xã Quỳnh Khê	Xã
12511	338	34	Quỳnh Minh	Quynh Minh	Xã Quỳnh Minh	Xã
12514	338	34	An Ninh	An Ninh	Xã An Ninh	Xã
12517	338	34	Quỳnh Ngọc	Quynh Ngoc	Xã Quỳnh Ngọc	Xã
12520	338	34	Quỳnh Hải	Quynh Hai	Xã Quỳnh Hải	Xã
12523	338	34	An Bài	An Bai	Thị trấn An Bài	Thị trấn
12526	338	34	An Ấp	An Ap	Xã An Ấp	Xã
12529	338	34	Quỳnh Hội	Quynh Hoi	Xã Quỳnh Hội	Xã
12532	338	34	Châu Sơn	Chau Son	Xã Châu Sơn	Xã
12535	338	34	Quỳnh Mỹ	Quynh My	Xã Quỳnh Mỹ	Xã
12538	338	34	An Quí	An Qui	Xã An Quí	Xã
12541	338	34	An Thanh	An Thanh	Xã An Thanh	Xã
12547	338	34	An Vũ	An Vu	Xã An Vũ	Xã
12550	338	34	An Lễ	An Le	Xã An Lễ	Xã
12553	338	34	Quỳnh Hưng	Quynh Hung	Xã Quỳnh Hưng	Xã
12559	338	34	An Mỹ	An My	Xã An Mỹ	Xã
12562	338	34	Quỳnh Nguyên	Quynh Nguyen	Xã Quỳnh Nguyên	Xã
12565	338	34	An Vinh	An Vinh	Xã An Vinh	Xã
12571	338	34	An Dục	An Duc	Xã An Dục	Xã
12574	338	34	Đông Hải	Dong Hai	Xã Đông Hải	Xã
12577	338	34	Trang Bảo Xá	Trang Bao Xa	Xã Trang Bảo Xá	Xã
12580	338	34	An Tràng	An Trang	Xã An Tràng	Xã
12583	338	34	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
12586	339	34	Hưng Hà	Hung Ha	Thị trấn Hưng Hà	Thị trấn
12589	339	34	Quang Trung	Quang Trung	Xã Quang Trung	Xã
12592	339	34	Tân Lễ	Tan Le	Xã Tân Lễ	Xã
12595	339	34	Cộng Hòa	Cong Hoa	Xã Cộng Hòa	Xã
12601	339	34	Canh Tân	Canh Tan	Xã Canh Tân	Xã
12604	339	34	Hòa Tiến	Hoa Tien	Xã Hòa Tiến	Xã
12610	339	34	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
12613	339	34	Hưng Nhân	Hung Nhan	Thị trấn Hưng Nhân	Thị trấn
12616	339	34	Đoan Hùng	Doan Hung	Xã Đoan Hùng	Xã
12619	339	34	Duyên Hải	Duyen Hai	Xã Duyên Hải	Xã
12622	339	34	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
12625	339	34	Văn Cẩm	Van Cam	Xã Văn Cẩm	Xã
12628	339	34	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
12631	339	34	Đông Đô	Dong Do	Xã Đông Đô	Xã
12634	339	34	Phúc Khánh	Phuc Khanh	Xã Phúc Khánh	Xã
12637	339	34	Liên Hiệp	Lien Hiep	Xã Liên Hiệp	Xã
12640	339	34	Tây Đô	Tay Do	Xã Tây Đô	Xã
12643	339	34	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
12646	339	34	Tiến Đức	Tien Duc	Xã Tiến Đức	Xã
12649	339	34	Thái Hưng	Thai Hung	Xã Thái Hưng	Xã
12652	339	34	Thái Phương	Thai Phuong	Xã Thái Phương	Xã
12655	339	34	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
12656	339	34	Chi Lăng	Chi Lang	Xã Chi Lăng	Xã
12658	339	34	Minh Khai	Minh Khai	Xã Minh Khai	Xã
12661	339	34	Hồng An	Hong An	Xã Hồng An	Xã
12664	339	34	Kim Chung	Kim Chung	Xã Kim Chung	Xã
12667	339	34	Hồng Lĩnh	Hong Linh	Xã Hồng Lĩnh	Xã
12670	339	34	Minh Tân	Minh Tan	Xã Minh Tân	Xã
12673	339	34	Văn Lang	Van Lang	Xã Văn Lang	Xã
12676	339	34	Độc Lập	Doc Lap	Xã Độc Lập	Xã
12679	339	34	Chí Hòa	Chi Hoa	Xã Chí Hòa	Xã
12682	339	34	Minh Hòa	Minh Hoa	Xã Minh Hòa	Xã
12685	339	34	Hồng Minh	Hong Minh	Xã Hồng Minh	Xã
12688	340	34	Đông Hưng	Dong Hung	Thị trấn Đông Hưng	Thị trấn
12694	340	34	Đông Phương	Dong Phuong	Xã Đông Phương	Xã
12700	340	34	Liên An Đô	Lien An Do	Xã Liên An Đô	Xã
12703	340	34	Đông Sơn	Dong Son	Xã Đông Sơn	Xã
12706	340	34	Đông Cường	Dong Cuong	Xã Đông Cường	Xã
12709	340	34	Phú Lương	Phu Luong	Xã Phú Lương	Xã
12712	340	34	Mê Linh	Me Linh	Xã Mê Linh	Xã
12715	340	34	Lô Giang	Lo Giang	Xã Lô Giang	Xã
12718	340	34	Đông La	Dong La	Xã Đông La	Xã
12721	340	34	Minh Tân	Minh Tan	Xã Minh Tân	Xã
12724	340	34	Đông Xá	Dong Xa	Xã Đông Xá	Xã
12730	340	34	Nguyên Xá	Nguyen Xa	Xã Nguyên Xá	Xã
12736	340	34	Phong Dương Tiến	Phong Duong Tien	Xã Phong Dương Tiến	Xã
12739	340	34	Hồng Việt	Hong Viet	Xã Hồng Việt	Xã
12745	340	34	Hà Giang	Ha Giang	Xã Hà Giang	Xã
12748	340	34	Đông Kinh	Dong Kinh	Xã Đông Kinh	Xã
12751	340	34	Đông Hợp	Dong Hop	Xã Đông Hợp	Xã
12754	340	34	Thăng Long	Thang Long	Xã Thăng Long	Xã
12757	340	34	Đông Các	Dong Cac	Xã Đông Các	Xã
12760	340	34	Phú Châu	Phu Chau	Xã Phú Châu	Xã
12763	340	34	Liên Hoa	Lien Hoa	Xã Liên Hoa	Xã
12769	340	34	Đông Tân	Dong Tan	Xã Đông Tân	Xã
12772	340	34	Đông Vinh	Dong Vinh	Xã Đông Vinh	Xã
12775	340	34	Xuân Quang Động	Xuan Quang Dong	Xã Xuân Quang Động	Xã
12778	340	34	Hồng Bạch	Hong Bach	Xã Hồng Bạch	Xã
12784	340	34	Trọng Quan	Trong Quan	Xã Trọng Quan	Xã
12790	340	34	Hồng Giang	Hong Giang	Xã Hồng Giang	Xã
12793	340	34	Đông Quan	Dong Quan	Xã Đông Quan	Xã
12802	340	34	Đông Á	Dong A	Xã Đông Á	Xã
12808	340	34	Đông Hoàng	Dong Hoang	Xã Đông Hoàng	Xã
12811	340	34	Đông Dương	Dong Duong	Xã Đông Dương	Xã
12823	340	34	Minh Phú	Minh Phu	Xã Minh Phú	Xã
12826	341	34	Diêm Điền	Diem Dien	Thị trấn Diêm Điền	Thị trấn
12832	341	34	Thụy Trường	Thuy Truong	Xã Thụy Trường	Xã
12841	341	34	Hồng Dũng	Hong Dung	Xã Hồng Dũng	Xã
12844	341	34	Thụy Quỳnh	Thuy Quynh	Xã Thụy Quỳnh	Xã
12847	341	34	An Tân	An Tan	Xã An Tân	Xã
12850	341	34	Thụy Ninh	Thuy Ninh	Xã Thụy Ninh	Xã
12853	341	34	Thụy Hưng	Thuy Hung	Xã Thụy Hưng	Xã
12856	341	34	Thụy Việt	Thuy Viet	Xã Thụy Việt	Xã
12859	341	34	Thụy Văn	Thuy Van	Xã Thụy Văn	Xã
12862	341	34	Thụy Xuân	Thuy Xuan	Xã Thụy Xuân	Xã
12865	341	34	Dương Phúc	Duong Phuc	Xã Dương Phúc	Xã
12868	341	34	Thụy Trình	Thuy Trinh	Xã Thụy Trình	Xã
12871	341	34	Thụy Bình	Thuy Binh	Xã Thụy Bình	Xã
12874	341	34	Thụy Chính	Thuy Chinh	Xã Thụy Chính	Xã
12877	341	34	Thụy Dân	Thuy Dan	Xã Thụy Dân	Xã
12880	341	34	Thụy Hải	Thuy Hai	Xã Thụy Hải	Xã
12889	341	34	Thụy Liên	Thuy Lien	Xã Thụy Liên	Xã
12892	341	34	Thụy Duyên	Thuy Duyen	Xã Thụy Duyên	Xã
12898	341	34	Thụy Thanh	Thuy Thanh	Xã Thụy Thanh	Xã
12901	341	34	Thụy Sơn	Thuy Son	Xã Thụy Sơn	Xã
12904	341	34	Thụy Phong	Thuy Phong	Xã Thụy Phong	Xã
12907	341	34	Thái Thượng	Thai Thuong	Xã Thái Thượng	Xã
12910	341	34	Thái Nguyên	Thai Nguyen	Xã Thái Nguyên	Xã
12916	341	34	Dương Hồng Thủy	Duong Hong Thuy	Xã Dương Hồng Thủy	Xã
12919	341	34	Thái Giang	Thai Giang	Xã Thái Giang	Xã
12922	341	34	Hòa An	Hoa An	Xã Hòa An	Xã
12925	341	34	Sơn Hà	Son Ha	Xã Sơn Hà	Xã
12934	341	34	Thái Phúc	Thai Phuc	Xã Thái Phúc	Xã
12937	341	34	Thái Hưng	Thai Hung	Xã Thái Hưng	Xã
12940	341	34	Thái Đô	Thai Do	Xã Thái Đô	Xã
12943	341	34	Thái Xuyên	Thai Xuyen	Xã Thái Xuyên	Xã
12949	341	34	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
12958	341	34	Tân Học	Tan Hoc	Xã Tân Học	Xã
12961	341	34	Thái Thịnh	Thai Thinh	Xã Thái Thịnh	Xã
12964	341	34	Thuần Thành	Thuan Thanh	Xã Thuần Thành	Xã
12967	341	34	Thái Thọ	Thai Tho	Xã Thái Thọ	Xã
12970	342	34	Tiền Hải	Tien Hai	Thị trấn Tiền Hải	Thị trấn
12976	342	34	Đông Trà	Dong Tra	Xã Đông Trà	Xã
12979	342	34	Đông Long	Dong Long	Xã Đông Long	Xã
12985	342	34	Vũ Lăng	Vu Lang	Xã Vũ Lăng	Xã
12988	342	34	Đông Xuyên	Dong Xuyen	Xã Đông Xuyên	Xã
12991	342	34	Tây Lương	Tay Luong	Xã Tây Lương	Xã
12994	342	34	Tây Ninh	Tay Ninh	Xã Tây Ninh	Xã
12997	342	34	Đông Quang	Dong Quang	Xã Đông Quang	Xã
13000	342	34	Đông Hoàng	Dong Hoang	Xã Đông Hoàng	Xã
13003	342	34	Đông Minh	Dong Minh	Xã Đông Minh	Xã
13012	342	34	An Ninh	An Ninh	Xã An Ninh	Xã
13018	342	34	Đông Cơ	Dong Co	Xã Đông Cơ	Xã
13021	342	34	Tây Giang	Tay Giang	Xã Tây Giang	Xã
13024	342	34	Đông Lâm	Dong Lam	Xã Đông Lâm	Xã
13027	342	34	Phương Công	Phuong Cong	Xã Phương Công	Xã
13030	342	34	Ái Quốc	Ai Quoc	Xã Ái Quốc	Xã
13036	342	34	Nam Cường	Nam Cuong	Xã Nam Cường	Xã
13039	342	34	Vân Trường	Van Truong	Xã Vân Trường	Xã
13045	342	34	Nam Chính	Nam Chinh	Xã Nam Chính	Xã
13048	342	34	Bắc Hải	Bac Hai	Xã Bắc Hải	Xã
13051	342	34	Nam Thịnh	Nam Thinh	Xã Nam Thịnh	Xã
13054	342	34	Nam Hà	Nam Ha	Xã Nam Hà	Xã
13057	342	34	Nam Tiến	Nam Tien	Xã Nam Tiến	Xã
13060	342	34	Nam Trung	Nam Trung	Xã Nam Trung	Xã
13063	342	34	Nam Hồng	Nam Hong	Xã Nam Hồng	Xã
13066	342	34	Nam Hưng	Nam Hung	Xã Nam Hưng	Xã
13069	342	34	Nam Hải	Nam Hai	Xã Nam Hải	Xã
13072	342	34	Nam Phú	Nam Phu	Xã Nam Phú	Xã
13075	343	34	Kiến Xương	Kien Xuong	Thị trấn Kiến Xương	Thị trấn
13078	343	34	Trà Giang	Tra Giang	Xã Trà Giang	Xã
13081	343	34	Quốc Tuấn	Quoc Tuan	Xã Quốc Tuấn	Xã
13087	343	34	An Bình	An Binh	Xã An Bình	Xã
13090	343	34	Tây Sơn	Tay Son	Xã Tây Sơn	Xã
13093	343	34	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
13096	343	34	Bình Nguyên	Binh Nguyen	Xã Bình Nguyên	Xã
13102	343	34	Lê Lợi	Le Loi	Xã Lê Lợi	Xã
13111	343	34	Vũ Lễ	Vu Le	Xã Vũ Lễ	Xã
13114	343	34	Thanh Tân	Thanh Tan	Xã Thanh Tân	Xã
13120	343	34	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
13126	343	34	Vũ Ninh	Vu Ninh	Xã Vũ Ninh	Xã
13129	343	34	Vũ An	Vu An	Xã Vũ An	Xã
13132	343	34	Quang Lịch	Quang Lich	Xã Quang Lịch	Xã
13135	343	34	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
13138	343	34	Bình Minh	Binh Minh	Xã Bình Minh	Xã
13141	343	34	Vũ Quí	Vu Qui	Xã Vũ Quí	Xã
13144	343	34	Quang Bình	Quang Binh	Xã Quang Bình	Xã
13150	343	34	Vũ Trung	Vu Trung	Xã Vũ Trung	Xã
13156	343	34	Vũ Công	Vu Cong	Xã Vũ Công	Xã
13159	343	34	Hồng Vũ	Hong Vu	Xã Hồng Vũ	Xã
13162	343	34	Quang Minh	Quang Minh	Xã Quang Minh	Xã
13165	343	34	Quang Trung	Quang Trung	Xã Quang Trung	Xã
13171	343	34	Minh Quang	Minh Quang	Xã Minh Quang	Xã
13177	343	34	Minh Tân	Minh Tan	Xã Minh Tân	Xã
13180	343	34	Nam Bình	Nam Binh	Xã Nam Bình	Xã
13183	343	34	Bình Thanh	Binh Thanh	Xã Bình Thanh	Xã
13186	343	34	Bình Định	Binh Dinh	Xã Bình Định	Xã
13189	343	34	Hồng Tiến	Hong Tien	Xã Hồng Tiến	Xã
13192	344	34	Vũ Thư	Vu Thu	Thị trấn Vũ Thư	Thị trấn
13195	344	34	Hồng Lý	Hong Ly	Xã Hồng Lý	Xã
13198	344	34	Đồng Thanh	Dong Thanh	Xã Đồng Thanh	Xã
13201	344	34	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
13204	344	34	Hiệp Hòa	Hiep Hoa	Xã Hiệp Hòa	Xã
13207	344	34	Phúc Thành	Phuc Thanh	Xã Phúc Thành	Xã
13210	344	34	Tân Phong	Tan Phong	Xã Tân Phong	Xã
13213	344	34	Song Lãng	Song Lang	Xã Song Lãng	Xã
13216	344	34	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
13219	344	34	Việt Hùng	Viet Hung	Xã Việt Hùng	Xã
13222	344	34	Minh Lãng	Minh Lang	Xã Minh Lãng	Xã
13228	344	34	Minh Khai	Minh Khai	Xã Minh Khai	Xã
13231	344	34	Dũng Nghĩa	Dung Nghia	Xã Dũng Nghĩa	Xã
13234	344	34	Minh Quang	Minh Quang	Xã Minh Quang	Xã
13237	344	34	Tam Quang	Tam Quang	Xã Tam Quang	Xã
13240	344	34	Tân Lập	Tan Lap	Xã Tân Lập	Xã
13243	344	34	Bách Thuận	Bach Thuan	Xã Bách Thuận	Xã
13246	344	34	Tự Tân	Tu Tan	Xã Tự Tân	Xã
13249	344	34	Song An	Song An	Xã Song An	Xã
13252	344	34	Trung An	Trung An	Xã Trung An	Xã
13255	344	34	Vũ Hội	Vu Hoi	Xã Vũ Hội	Xã
13258	344	34	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
13261	344	34	Nguyên Xá	Nguyen Xa	Xã Nguyên Xá	Xã
13264	344	34	Việt Thuận	Viet Thuan	Xã Việt Thuận	Xã
13267	344	34	Vũ Vinh	Vu Vinh	Xã Vũ Vinh	Xã
13270	344	34	Vũ Đoài	Vu Doai	Xã Vũ Đoài	Xã
13273	344	34	Vũ Tiến	Vu Tien	Xã Vũ Tiến	Xã
13279	344	34	Duy Nhất	Duy Nhat	Xã Duy Nhất	Xã
13282	344	34	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
13285	347	35	Quang Trung	Quang Trung	Phường Quang Trung	Phường
13291	347	35	Lê Hồng Phong	Le Hong Phong	Phường Lê Hồng Phong	Phường
13294	347	35	Châu Cầu	Chau Cau	Phường Châu Cầu	Phường
13303	347	35	Lam Hạ	Lam Ha	Phường Lam Hạ	Phường
13306	347	35	Phù Vân	Phu Van	Xã Phù Vân	Xã
13309	347	35	Liêm Chính	Liem Chinh	Phường Liêm Chính	Phường
13315	347	35	Thanh Châu	Thanh Chau	Phường Thanh Châu	Phường
13318	347	35	Châu Sơn	Chau Son	Phường Châu Sơn	Phường
13366	347	35	Tân Hiệp	Tan Hiep	Phường Tân Hiệp	Phường
13426	347	35	Kim Bình	Kim Binh	Xã Kim Bình	Xã
13444	347	35	Tân Liêm	Tan Liem	Phường Tân Liêm	Phường
13459	347	35	Thanh Tuyền	Thanh Tuyen	Phường Thanh Tuyền	Phường
13507	347	35	Đinh Xá	Dinh Xa	Xã Đinh Xá	Xã
13513	347	35	Trịnh Xá	Trinh Xa	Xã Trịnh Xá	Xã
13321	349	35	Đồng Văn	Dong Van	Phường Đồng Văn	Phường
13324	349	35	Hòa Mạc	Hoa Mac	Phường Hòa Mạc	Phường
13327	349	35	Mộc Hoàn	Moc Hoan	Xã Mộc Hoàn	Xã
13330	349	35	Châu Giang	Chau Giang	Phường Châu Giang	Phường
13333	349	35	Bạch Thượng	Bach Thuong	Phường Bạch Thượng	Phường
13336	349	35	Duy Minh	Duy Minh	Phường Duy Minh	Phường
13342	349	35	Duy Hải	Duy Hai	Phường Duy Hải	Phường
13345	349	35	Chuyên Ngoại	Chuyen Ngoai	Xã Chuyên Ngoại	Xã
13348	349	35	Yên Bắc	Yen Bac	Phường Yên Bắc	Phường
13351	349	35	Trác Văn	Trac Van	Xã Trác Văn	Xã
13354	349	35	Tiên Nội	Tien Noi	Phường Tiên Nội	Phường
13357	349	35	Hoàng Đông	Hoang Dong	Phường Hoàng Đông	Phường
13360	349	35	Yên Nam	Yen Nam	Xã Yên Nam	Xã
13363	349	35	Tiên Ngoại	Tien Ngoai	Xã Tiên Ngoại	Xã
13369	349	35	Tiên Sơn	Tien Son	Xã Tiên Sơn	Xã
13384	350	35	Quế	Que	Phường Quế	Phường
13387	350	35	Nguyễn Úy	Nguyen Uy	Xã Nguyễn Úy	Xã
13390	350	35	Đại Cương	Dai Cuong	Phường Đại Cương	Phường
13393	350	35	Lê Hồ	Le Ho	Phường Lê Hồ	Phường
13396	350	35	Tượng Lĩnh	Tuong Linh	Phường Tượng Lĩnh	Phường
13402	350	35	Tân Tựu	Tan Tuu	Phường Tân Tựu	Phường
13405	350	35	Đồng Hóa	Dong Hoa	Phường Đồng Hóa	Phường
13408	350	35	Hoàng Tây	Hoang Tay	Xã Hoàng Tây	Xã
13411	350	35	Tân Sơn	Tan Son	Phường Tân Sơn	Phường
13414	350	35	Thụy Lôi	Thuy Loi	Xã Thụy Lôi	Xã
13417	350	35	Văn Xá	Van Xa	Xã Văn Xá	Xã
13420	350	35	Khả Phong	Kha Phong	Xã Khả Phong	Xã
13423	350	35	Ngọc Sơn	Ngoc Son	Phường Ngọc Sơn	Phường
13429	350	35	Ba Sao	Ba Sao	Phường Ba Sao	Phường
13432	350	35	Liên Sơn	Lien Son	Xã Liên Sơn	Xã
13435	350	35	Thi Sơn	Thi Son	Phường Thi Sơn	Phường
13438	350	35	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
13441	351	35	Kiện Khê	Kien Khe	Thị trấn Kiện Khê	Thị trấn
13450	351	35	Liêm Phong	Liem Phong	Xã Liêm Phong	Xã
13453	351	35	Thanh Hà	Thanh Ha	Xã Thanh Hà	Xã
13456	351	35	Liêm Cần	Liem Can	Xã Liêm Cần	Xã
13465	351	35	Liêm Thuận	Liem Thuan	Xã Liêm Thuận	Xã
13468	351	35	Thanh Thủy	Thanh Thuy	Xã Thanh Thủy	Xã
13471	351	35	Thanh Phong	Thanh Phong	Xã Thanh Phong	Xã
13474	351	35	Tân Thanh	Tan Thanh	Thị trấn Tân Thanh	Thị trấn
13477	351	35	Thanh Tân	Thanh Tan	Xã Thanh Tân	Xã
13480	351	35	Liêm Túc	Liem Tuc	Xã Liêm Túc	Xã
13483	351	35	Liêm Sơn	Liem Son	Xã Liêm Sơn	Xã
13486	351	35	Thanh Hương	Thanh Huong	Xã Thanh Hương	Xã
13489	351	35	Thanh Nghị	Thanh Nghi	Xã Thanh Nghị	Xã
13492	351	35	Thanh Tâm	Thanh Tam	Xã Thanh Tâm	Xã
13495	351	35	Thanh Nguyên	Thanh Nguyen	Xã Thanh Nguyên	Xã
13498	351	35	Thanh Hải	Thanh Hai	Xã Thanh Hải	Xã
13501	352	35	Bình Mỹ	Binh My	Thị trấn Bình Mỹ	Thị trấn
13504	352	35	Bình Nghĩa	Binh Nghia	Xã Bình Nghĩa	Xã
13510	352	35	Tràng An	Trang An	Xã Tràng An	Xã
13516	352	35	Đồng Du	Dong Du	Xã Đồng Du	Xã
13519	352	35	Ngọc Lũ	Ngoc Lu	Xã Ngọc Lũ	Xã
13525	352	35	Đồn Xá	Don Xa	Xã Đồn Xá	Xã
13528	352	35	An Ninh	An Ninh	Xã An Ninh	Xã
13531	352	35	Bồ Đề	Bo De	Xã Bồ Đề	Xã
13540	352	35	Bình An	Binh An	Xã Bình An	Xã
13543	352	35	Vũ Bản	Vu Ban	Xã Vũ Bản	Xã
13546	352	35	Trung Lương	Trung Luong	Xã Trung Lương	Xã
13552	352	35	An Đổ	An Do	Xã An Đổ	Xã
13555	352	35	La Sơn	La Son	Xã La Sơn	Xã
13558	352	35	Tiêu Động	Tieu Dong	Xã Tiêu Động	Xã
13561	352	35	An Lão	An Lao	Xã An Lão	Xã
13567	353	35	Hợp Lý	Hop Ly	Xã Hợp Lý	Xã
13570	353	35	Nguyên Lý	Nguyen Ly	Xã Nguyên Lý	Xã
13573	353	35	Chính Lý	Chinh Ly	Xã Chính Lý	Xã
13576	353	35	Chân Lý	Chan Ly	Xã Chân Lý	Xã
13579	353	35	Đạo Lý	Dao Ly	Xã Đạo Lý	Xã
13582	353	35	Công Lý	Cong Ly	Xã Công Lý	Xã
13585	353	35	Văn Lý	Van Ly	Xã Văn Lý	Xã
13588	353	35	Bắc Lý	Bac Ly	Xã Bắc Lý	Xã
13591	353	35	Đức Lý	Duc Ly	Xã Đức Lý	Xã
13594	353	35	Trần Hưng Đạo	Tran Hung Dao	Xã Trần Hưng Đạo	Xã
13597	353	35	Vĩnh Trụ	Vinh Tru	Thị trấn Vĩnh Trụ	Thị trấn
13600	353	35	Nhân Thịnh	Nhan Thinh	Xã Nhân Thịnh	Xã
13606	353	35	Nhân Khang	Nhan Khang	Xã Nhân Khang	Xã
13609	353	35	Nhân Mỹ	Nhan My	Xã Nhân Mỹ	Xã
13612	353	35	Nhân Nghĩa	Nhan Nghia	Xã Nhân Nghĩa	Xã
13615	353	35	Nhân Chính	Nhan Chinh	Xã Nhân Chính	Xã
13618	353	35	Nhân Bình	Nhan Binh	Xã Nhân Bình	Xã
13621	353	35	Phú Phúc	Phu Phuc	Xã Phú Phúc	Xã
13624	353	35	Xuân Khê	Xuan Khe	Xã Xuân Khê	Xã
13627	353	35	Tiến Thắng	Tien Thang	Xã Tiến Thắng	Xã
13630	353	35	Hòa Hậu	Hoa Hau	Xã Hòa Hậu	Xã
13636	356	36	Vị Xuyên	Vi Xuyen	Phường Vị Xuyên	Phường
13657	356	36	Trường Thi	Truong Thi	Phường Trường Thi	Phường
13666	356	36	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
13669	356	36	Cửa Bắc	Cua Bac	Phường Cửa Bắc	Phường
13678	356	36	Năng Tĩnh	Nang Tinh	Phường Năng Tĩnh	Phường
13681	356	36	Quang Trung	Quang Trung	Phường Quang Trung	Phường
13684	356	36	Lộc Hạ	Loc Ha	Phường Lộc Hạ	Phường
13687	356	36	Lộc Vượng	Loc Vuong	Phường Lộc Vượng	Phường
13690	356	36	Cửa Nam	Cua Nam	Phường Cửa Nam	Phường
13693	356	36	Lộc Hòa	Loc Hoa	Phường Lộc Hòa	Phường
13696	356	36	Nam Phong	Nam Phong	Phường Nam Phong	Phường
13699	356	36	Mỹ Xá	My Xa	Phường Mỹ Xá	Phường
13705	356	36	Nam Vân	Nam Van	Phường Nam Vân	Phường
13708	356	36	Hưng Lộc	Hung Loc	Phường Hưng Lộc	Phường
13711	356	36	Mỹ Hà	My Ha	Xã Mỹ Hà	Xã
13717	356	36	Mỹ Thắng	My Thang	Xã Mỹ Thắng	Xã
13720	356	36	Mỹ Trung	My Trung	Xã Mỹ Trung	Xã
13723	356	36	Mỹ Tân	My Tan	Xã Mỹ Tân	Xã
13726	356	36	Mỹ Phúc	My Phuc	Xã Mỹ Phúc	Xã
13732	356	36	Mỹ Thuận	My Thuan	Xã Mỹ Thuận	Xã
13735	356	36	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
13741	359	36	Gôi	Goi	Thị trấn Gôi	Thị trấn
13747	359	36	Hiển Khánh	Hien Khanh	Xã Hiển Khánh	Xã
13750	359	36	Minh Tân	Minh Tan	Xã Minh Tân	Xã
13753	359	36	Hợp Hưng	Hop Hung	Xã Hợp Hưng	Xã
13756	359	36	Đại An	Dai An	Xã Đại An	Xã
13762	359	36	Cộng Hòa	Cong Hoa	Xã Cộng Hòa	Xã
13765	359	36	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
13768	359	36	Quang Trung	Quang Trung	Xã Quang Trung	Xã
13777	359	36	Thành Lợi	Thanh Loi	Xã Thành Lợi	Xã
13780	359	36	Kim Thái	Kim Thai	Xã Kim Thái	Xã
13783	359	36	Liên Minh	Lien Minh	Xã Liên Minh	Xã
13786	359	36	Đại Thắng	Dai Thang	Xã Đại Thắng	Xã
13789	359	36	Tam Thanh	Tam Thanh	Xã Tam Thanh	Xã
13792	359	36	Vĩnh Hào	Vinh Hao	Xã Vĩnh Hào	Xã
13795	360	36	Lâm	Lam	Thị trấn Lâm	Thị trấn
13801	360	36	Trung Nghĩa	Trung Nghia	Xã Trung Nghĩa	Xã
13807	360	36	Tân Minh	Tan Minh	Xã Tân Minh	Xã
13810	360	36	Yên Thọ	Yen Tho	Xã Yên Thọ	Xã
13819	360	36	Phú Hưng	Phu Hung	Xã Phú Hưng	Xã
13822	360	36	Yên Chính	Yen Chinh	Xã Yên Chính	Xã
13825	360	36	Yên Bình	Yen Binh	Xã Yên Bình	Xã
13831	360	36	Yên Mỹ	Yen My	Xã Yên Mỹ	Xã
13834	360	36	Yên Dương	Yen Duong	Xã Yên Dương	Xã
13843	360	36	Yên Khánh	Yen Khanh	Xã Yên Khánh	Xã
13846	360	36	Yên Phong	Yen Phong	Xã Yên Phong	Xã
13849	360	36	Yên Ninh	Yen Ninh	Xã Yên Ninh	Xã
13852	360	36	Yên Lương	Yen Luong	Xã Yên Lương	Xã
13861	360	36	Yên Tiến	Yen Tien	Xã Yên Tiến	Xã
13864	360	36	Yên Thắng	Yen Thang	Xã Yên Thắng	Xã
13867	360	36	Yên Phúc	Yen Phuc	Xã Yên Phúc	Xã
13870	360	36	Yên Cường	Yen Cuong	Xã Yên Cường	Xã
13873	360	36	Yên Lộc	Yen Loc	Xã Yên Lộc	Xã
13876	360	36	Hồng Quang	Hong Quang	Xã Hồng Quang	Xã
13879	360	36	Yên Đồng	Yen Dong	Xã Yên Đồng	Xã
13882	360	36	Yên Khang	Yen Khang	Xã Yên Khang	Xã
13885	360	36	Yên Nhân	Yen Nhan	Xã Yên Nhân	Xã
13888	360	36	Yên Trị	Yen Tri	Xã Yên Trị	Xã
13891	361	36	Liễu Đề	Lieu De	Thị trấn Liễu Đề	Thị trấn
13894	361	36	Rạng Đông	Rang Dong	Thị trấn Rạng Đông	Thị trấn
13900	361	36	Đồng Thịnh	Dong Thinh	Xã Đồng Thịnh	Xã
13906	361	36	Nghĩa Thái	Nghia Thai	Xã Nghĩa Thái	Xã
13909	361	36	Hoàng Nam	Hoang Nam	Xã Hoàng Nam	Xã
13912	361	36	Nghĩa Châu	Nghia Chau	Xã Nghĩa Châu	Xã
13915	361	36	Nghĩa Trung	Nghia Trung	Xã Nghĩa Trung	Xã
13918	361	36	Nghĩa Sơn	Nghia Son	Xã Nghĩa Sơn	Xã
13921	361	36	Nghĩa Lạc	Nghia Lac	Xã Nghĩa Lạc	Xã
13924	361	36	Nghĩa Hồng	Nghia Hong	Xã Nghĩa Hồng	Xã
13927	361	36	Nghĩa Phong	Nghia Phong	Xã Nghĩa Phong	Xã
13930	361	36	Nghĩa Phú	Nghia Phu	Xã Nghĩa Phú	Xã
13939	361	36	Quỹ Nhất	Quy Nhat	Thị trấn Quỹ Nhất	Thị trấn
13942	361	36	Nghĩa Hùng	Nghia Hung	Xã Nghĩa Hùng	Xã
13945	361	36	Nghĩa Lâm	Nghia Lam	Xã Nghĩa Lâm	Xã
13948	361	36	Nghĩa Thành	Nghia Thanh	Xã Nghĩa Thành	Xã
13951	361	36	Phúc Thắng	Phuc Thang	Xã Phúc Thắng	Xã
13954	361	36	Nghĩa Lợi	Nghia Loi	Xã Nghĩa Lợi	Xã
13957	361	36	Nghĩa Hải	Nghia Hai	Xã Nghĩa Hải	Xã
13963	361	36	Nam Điền	Nam Dien	Xã Nam Điền	Xã
13966	362	36	Nam Giang	Nam Giang	Thị trấn Nam Giang	Thị trấn
13972	362	36	Nam Điền	Nam Dien	Xã Nam Điền	Xã
13975	362	36	Nghĩa An	Nghia An	Xã Nghĩa An	Xã
13978	362	36	Nam Thắng	Nam Thang	Xã Nam Thắng	Xã
13984	362	36	Hồng Quang	Hong Quang	Xã Hồng Quang	Xã
13987	362	36	Tân Thịnh	Tan Thinh	Xã Tân Thịnh	Xã
13990	362	36	Nam Cường	Nam Cuong	Xã Nam Cường	Xã
13993	362	36	Nam Hồng	Nam Hong	Xã Nam Hồng	Xã
13996	362	36	Nam Hùng	Nam Hung	Xã Nam Hùng	Xã
13999	362	36	Nam Hoa	Nam Hoa	Xã Nam Hoa	Xã
14002	362	36	Nam Dương	Nam Duong	Xã Nam Dương	Xã
14005	362	36	Nam Thanh	Nam Thanh	Xã Nam Thanh	Xã
14008	362	36	Nam Lợi	Nam Loi	Xã Nam Lợi	Xã
14011	362	36	Bình Minh	Binh Minh	Xã Bình Minh	Xã
14014	362	36	Đồng Sơn	Dong Son	Xã Đồng Sơn	Xã
14017	362	36	Nam Tiến	Nam Tien	Xã Nam Tiến	Xã
14020	362	36	Nam Hải	Nam Hai	Xã Nam Hải	Xã
14023	362	36	Nam Thái	Nam Thai	Xã Nam Thái	Xã
14026	363	36	Cổ Lễ	Co Le	Thị trấn Cổ Lễ	Thị trấn
14029	363	36	Phương Định	Phuong Dinh	Xã Phương Định	Xã
14032	363	36	Trực Chính	Truc Chinh	Xã Trực Chính	Xã
14035	363	36	Trung Đông	Trung Dong	Xã Trung Đông	Xã
14038	363	36	Liêm Hải	Liem Hai	Xã Liêm Hải	Xã
14041	363	36	Trực Tuấn	Truc Tuan	Xã Trực Tuấn	Xã
14044	363	36	Việt Hùng	Viet Hung	Xã Việt Hùng	Xã
14047	363	36	Trực Đạo	Truc Dao	Xã Trực Đạo	Xã
14050	363	36	Trực Hưng	Truc Hung	Xã Trực Hưng	Xã
14053	363	36	Trực Nội	Truc Noi	Xã Trực Nội	Xã
14056	363	36	Cát Thành	Cat Thanh	Thị trấn Cát Thành	Thị trấn
14059	363	36	Trực Thanh	Truc Thanh	Xã Trực Thanh	Xã
14062	363	36	Trực Khang	Truc Khang	Xã Trực Khang	Xã
14065	363	36	Trực Thuận	Truc Thuan	Xã Trực Thuận	Xã
14068	363	36	Trực Mỹ	Truc My	Xã Trực Mỹ	Xã
14071	363	36	Trực Đại	Truc Dai	Xã Trực Đại	Xã
14074	363	36	Trực Cường	Truc Cuong	Xã Trực Cường	Xã
14077	363	36	Ninh Cường	Ninh Cuong	Thị trấn Ninh Cường	Thị trấn
14080	363	36	Trực Thái	Truc Thai	Xã Trực Thái	Xã
14083	363	36	Trực Hùng	Truc Hung	Xã Trực Hùng	Xã
14086	363	36	Trực Thắng	Truc Thang	Xã Trực Thắng	Xã
14089	364	36	Xuân Trường	Xuan Truong	Thị trấn Xuân Trường	Thị trấn
14092	364	36	Xuân Châu	Xuan Chau	Xã Xuân Châu	Xã
14095	364	36	Xuân Hồng	Xuan Hong	Xã Xuân Hồng	Xã
16435	380	38	An Hưng	An Hung	Phường An Hưng	Phường
14098	364	36	Xuân Thành	Xuan Thanh	Xã Xuân Thành	Xã
14101	364	36	Xuân Thượng	Xuan Thuong	Xã Xuân Thượng	Xã
14104	364	36	Xuân Giang	Xuan Giang	Xã Xuân Giang	Xã
14110	364	36	Xuân Tân	Xuan Tan	Xã Xuân Tân	Xã
14116	364	36	Xuân Ngọc	Xuan Ngoc	Xã Xuân Ngọc	Xã
14122	364	36	Trà Lũ	Tra Lu	Xã Trà Lũ	Xã
14125	364	36	Thọ Nghiệp	Tho Nghiep	Xã Thọ Nghiệp	Xã
14128	364	36	Xuân Phú	Xuan Phu	Xã Xuân Phú	Xã
14134	364	36	Xuân Vinh	Xuan Vinh	Xã Xuân Vinh	Xã
14143	364	36	Xuân Ninh	Xuan Ninh	Xã Xuân Ninh	Xã
14146	364	36	Xuân Phúc	Xuan Phuc	Xã Xuân Phúc	Xã
14152	365	36	Quất Lâm	Quat Lam	Thị trấn Quất Lâm	Thị trấn
14155	365	36	Giao Hương	Giao Huong	Xã Giao Hương	Xã
14158	365	36	Hồng Thuận	Hong Thuan	Xã Hồng Thuận	Xã
14161	365	36	Giao Thiện	Giao Thien	Xã Giao Thiện	Xã
14164	365	36	Giao Thanh	Giao Thanh	Xã Giao Thanh	Xã
14167	365	36	Giao Thủy	Giao Thuy	Thị trấn Giao Thủy	Thị trấn
14170	365	36	Bình Hòa	Binh Hoa	Xã Bình Hòa	Xã
14176	365	36	Giao Hà	Giao Ha	Xã Giao Hà	Xã
14179	365	36	Giao Nhân	Giao Nhan	Xã Giao Nhân	Xã
14182	365	36	Giao An	Giao An	Xã Giao An	Xã
14185	365	36	Giao Lạc	Giao Lac	Xã Giao Lạc	Xã
14188	365	36	Giao Châu	Giao Chau	Xã Giao Châu	Xã
14191	365	36	Giao Tân	Giao Tan	Xã Giao Tân	Xã
14194	365	36	Giao Yến	Giao Yen	Xã Giao Yến	Xã
14197	365	36	Giao Xuân	Giao Xuan	Xã Giao Xuân	Xã
14200	365	36	Giao Thịnh	Giao Thinh	Xã Giao Thịnh	Xã
14203	365	36	Giao Hải	Giao Hai	Xã Giao Hải	Xã
14206	365	36	Bạch Long	Bach Long	Xã Bạch Long	Xã
14209	365	36	Giao Long	Giao Long	Xã Giao Long	Xã
14212	365	36	Giao Phong	Giao Phong	Xã Giao Phong	Xã
14215	366	36	Yên Định	Yen Dinh	Thị trấn Yên Định	Thị trấn
14218	366	36	Cồn	Con	Thị trấn Cồn	Thị trấn
14221	366	36	Thịnh Long	Thinh Long	Thị trấn Thịnh Long	Thị trấn
14224	366	36	Hải Nam	Hai Nam	Xã Hải Nam	Xã
14227	366	36	Hải Trung	Hai Trung	Xã Hải Trung	Xã
14233	366	36	Hải Minh	Hai Minh	Xã Hải Minh	Xã
14236	366	36	Hải Anh	Hai Anh	Xã Hải Anh	Xã
14248	366	36	Hải Hưng	Hai Hung	Xã Hải Hưng	Xã
14254	366	36	Hải Long	Hai Long	Xã Hải Long	Xã
14260	366	36	Hải Đường	Hai Duong	Xã Hải Đường	Xã
14263	366	36	Hải Lộc	Hai Loc	Xã Hải Lộc	Xã
14266	366	36	Hải Quang	Hai Quang	Xã Hải Quang	Xã
14269	366	36	Hải Đông	Hai Dong	Xã Hải Đông	Xã
14272	366	36	Hải Sơn	Hai Son	Xã Hải Sơn	Xã
14275	366	36	Hải Tân	Hai Tan	Xã Hải Tân	Xã
14281	366	36	Hải Phong	Hai Phong	Xã Hải Phong	Xã
14284	366	36	Hải An	Hai An	Xã Hải An	Xã
14287	366	36	Hải Tây	Hai Tay	Xã Hải Tây	Xã
14293	366	36	Hải Phú	Hai Phu	Xã Hải Phú	Xã
14296	366	36	Hải Giang	Hai Giang	Xã Hải Giang	Xã
14302	366	36	Hải Ninh	Hai Ninh	Xã Hải Ninh	Xã
14308	366	36	Hải Xuân	Hai Xuan	Xã Hải Xuân	Xã
14311	366	36	Hải Châu	Hai Chau	Xã Hải Châu	Xã
14317	366	36	Hải Hòa	Hai Hoa	Xã Hải Hòa	Xã
14362	370	37	Bắc Sơn	Bac Son	Phường Bắc Sơn	Phường
14365	370	37	Trung Sơn	Trung Son	Phường Trung Sơn	Phường
14368	370	37	Nam Sơn	Nam Son	Phường Nam Sơn	Phường
14369	370	37	Tây Sơn	Tay Son	Phường Tây Sơn	Phường
14371	370	37	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
14374	370	37	Yên Bình	Yen Binh	Phường Yên Bình	Phường
14375	370	37	Tân Bình	Tan Binh	Phường Tân Bình	Phường
14377	370	37	Quang Sơn	Quang Son	Xã Quang Sơn	Xã
14380	370	37	Đông Sơn	Dong Son	Xã Đông Sơn	Xã
14386	372	37	Xích Thổ	Xich Tho	Xã Xích Thổ	Xã
14389	372	37	Gia Lâm	Gia Lam	Xã Gia Lâm	Xã
14392	372	37	Gia Sơn	Gia Son	Xã Gia Sơn	Xã
14395	372	37	Thạch Bình	Thach Binh	Xã Thạch Bình	Xã
14398	372	37	Gia Thủy	Gia Thuy	Xã Gia Thủy	Xã
14401	372	37	Gia Tường	Gia Tuong	Xã Gia Tường	Xã
14404	372	37	Cúc Phương	Cuc Phuong	Xã Cúc Phương	Xã
14407	372	37	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
14410	372	37	Đức Long	Duc Long	Xã Đức Long	Xã
14413	372	37	Lạc Vân	Lac Van	Xã Lạc Vân	Xã
14416	372	37	Đồng Phong	Dong Phong	Xã Đồng Phong	Xã
14419	372	37	Yên Quang	Yen Quang	Xã Yên Quang	Xã
14425	372	37	Thượng Hòa	Thuong Hoa	Xã Thượng Hòa	Xã
14428	372	37	Nho Quan	Nho Quan	Thị trấn Nho Quan	Thị trấn
14431	372	37	Văn Phương	Van Phuong	Xã Văn Phương	Xã
14434	372	37	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
14437	372	37	Phúc Sơn	Phuc Son	Xã Phúc Sơn	Xã
14443	372	37	Văn Phú	Van Phu	Xã Văn Phú	Xã
14446	372	37	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
14449	372	37	Kỳ Phú	Ky Phu	Xã Kỳ Phú	Xã
14452	372	37	Quỳnh Lưu	Quynh Luu	Xã Quỳnh Lưu	Xã
14458	372	37	Phú Long	Phu Long	Xã Phú Long	Xã
14461	372	37	Quảng Lạc	Quang Lac	Xã Quảng Lạc	Xã
14464	373	37	Thịnh Vượng	Thinh Vuong	Thị trấn Thịnh Vượng	Thị trấn
14467	373	37	Gia Hòa	Gia Hoa	Xã Gia Hòa	Xã
14470	373	37	Gia Hưng	Gia Hung	Xã Gia Hưng	Xã
14473	373	37	Liên Sơn	Lien Son	Xã Liên Sơn	Xã
14476	373	37	Gia Thanh	Gia Thanh	Xã Gia Thanh	Xã
14479	373	37	Gia Vân	Gia Van	Xã Gia Vân	Xã
14482	373	37	Gia Phú	Gia Phu	Xã Gia Phú	Xã
14485	373	37	Gia Xuân	Gia Xuan	Xã Gia Xuân	Xã
14488	373	37	Gia Lập	Gia Lap	Xã Gia Lập	Xã
14494	373	37	Gia Trấn	Gia Tran	Xã Gia Trấn	Xã
14500	373	37	Gia Phương	Gia Phuong	Xã Gia Phương	Xã
14503	373	37	Gia Tân	Gia Tan	Xã Gia Tân	Xã
14506	373	37	Tiến Thắng	Tien Thang	Xã Tiến Thắng	Xã
14509	373	37	Gia Trung	Gia Trung	Xã Gia Trung	Xã
14512	373	37	Gia Minh	Gia Minh	Xã Gia Minh	Xã
14515	373	37	Gia Lạc	Gia Lac	Xã Gia Lạc	Xã
14521	373	37	Gia Sinh	Gia Sinh	Xã Gia Sinh	Xã
14524	373	37	Gia Phong	Gia Phong	Xã Gia Phong	Xã
14320	374	37	Đông Thành	Dong Thanh	Phường Đông Thành	Phường
14323	374	37	Tân Thành	Tan Thanh	Phường Tân Thành	Phường
14329	374	37	Vân Giang	Van Giang	Phường Vân Giang	Phường
14332	374	37	Bích Đào	Bich Dao	Phường Bích Đào	Phường
14338	374	37	Nam Bình	Nam Binh	Phường Nam Bình	Phường
14341	374	37	Nam Thành	Nam Thanh	Phường Nam Thành	Phường
14344	374	37	Ninh Khánh	Ninh Khanh	Phường Ninh Khánh	Phường
14347	374	37	Ninh Nhất	Ninh Nhat	Xã Ninh Nhất	Xã
14350	374	37	Ninh Tiến	Ninh Tien	Xã Ninh Tiến	Xã
14353	374	37	Ninh Phúc	Ninh Phuc	Phường Ninh Phúc	Phường
14356	374	37	Ninh Sơn	Ninh Son	Phường Ninh Sơn	Phường
14359	374	37	Ninh Phong	Ninh Phong	Phường Ninh Phong	Phường
14527	374	37	Ninh Mỹ	Ninh My	Phường Ninh Mỹ	Phường
14530	374	37	Ninh Giang	Ninh Giang	Phường Ninh Giang	Phường
14533	374	37	Trường Yên	Truong Yen	Xã Trường Yên	Xã
14536	374	37	Ninh Khang	Ninh Khang	Xã Ninh Khang	Xã
14542	374	37	Ninh Hòa	Ninh Hoa	Xã Ninh Hòa	Xã
14551	374	37	Ninh Hải	Ninh Hai	Xã Ninh Hải	Xã
14554	374	37	Ninh Vân	Ninh Van	Xã Ninh Vân	Xã
14557	374	37	Ninh An	Ninh An	Xã Ninh An	Xã
14560	375	37	Yên Ninh	Yen Ninh	Thị trấn Yên Ninh	Thị trấn
14563	375	37	Khánh Thiện	Khanh Thien	Xã Khánh Thiện	Xã
14566	375	37	Khánh Phú	Khanh Phu	Xã Khánh Phú	Xã
14569	375	37	Khánh Hòa	Khanh Hoa	Xã Khánh Hòa	Xã
14572	375	37	Khánh Lợi	Khanh Loi	Xã Khánh Lợi	Xã
14575	375	37	Khánh An	Khanh An	Xã Khánh An	Xã
14578	375	37	Khánh Cường	Khanh Cuong	Xã Khánh Cường	Xã
14581	375	37	Khánh Cư	Khanh Cu	Xã Khánh Cư	Xã
14587	375	37	Khánh Hải	Khanh Hai	Xã Khánh Hải	Xã
14590	375	37	Khánh Trung	Khanh Trung	Xã Khánh Trung	Xã
14593	375	37	Khánh Mậu	Khanh Mau	Xã Khánh Mậu	Xã
14596	375	37	Khánh Vân	Khanh Van	Xã Khánh Vân	Xã
14599	375	37	Khánh Hội	Khanh Hoi	Xã Khánh Hội	Xã
14602	375	37	Khánh Công	Khanh Cong	Xã Khánh Công	Xã
14608	375	37	Khánh Thành	Khanh Thanh	Xã Khánh Thành	Xã
14611	375	37	Khánh Nhạc	Khanh Nhac	Xã Khánh Nhạc	Xã
14614	375	37	Khánh Thủy	Khanh Thuy	Xã Khánh Thủy	Xã
14617	375	37	Khánh Hồng	Khanh Hong	Xã Khánh Hồng	Xã
14620	376	37	Phát Diệm	Phat Diem	Thị trấn Phát Diệm	Thị trấn
14623	376	37	Bình Minh	Binh Minh	Thị trấn Bình Minh	Thị trấn
14629	376	37	Hồi Ninh	Hoi Ninh	Xã Hồi Ninh	Xã
14632	376	37	Xuân Chính	Xuan Chinh	Xã Xuân Chính	Xã
14635	376	37	Kim Định	Kim Dinh	Xã Kim Định	Xã
14641	376	37	Hùng Tiến	Hung Tien	Xã Hùng Tiến	Xã
14647	376	37	Quang Thiện	Quang Thien	Xã Quang Thiện	Xã
14650	376	37	Như Hòa	Nhu Hoa	Xã Như Hòa	Xã
14653	376	37	Chất Bình	Chat Binh	Xã Chất Bình	Xã
14656	376	37	Đồng Hướng	Dong Huong	Xã Đồng Hướng	Xã
14659	376	37	Kim Chính	Kim Chinh	Xã Kim Chính	Xã
14662	376	37	Thượng Kiệm	Thuong Kiem	Xã Thượng Kiệm	Xã
14668	376	37	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
14671	376	37	Yên Lộc	Yen Loc	Xã Yên Lộc	Xã
14674	376	37	Lai Thành	Lai Thanh	Xã Lai Thành	Xã
14677	376	37	Định Hóa	Dinh Hoa	Xã Định Hóa	Xã
14680	376	37	Văn Hải	Van Hai	Xã Văn Hải	Xã
14683	376	37	Kim Tân	Kim Tan	Xã Kim Tân	Xã
14686	376	37	Kim Mỹ	Kim My	Xã Kim Mỹ	Xã
14689	376	37	Cồn Thoi	Con Thoi	Xã Cồn Thoi	Xã
14695	376	37	Kim Trung	Kim Trung	Xã Kim Trung	Xã
14698	376	37	Kim Đông	Kim Dong	Xã Kim Đông	Xã
14701	377	37	Yên Thịnh	Yen Thinh	Thị trấn Yên Thịnh	Thị trấn
14704	377	37	Khánh Thượng	Khanh Thuong	Xã Khánh Thượng	Xã
14707	377	37	Khánh Dương	Khanh Duong	Xã Khánh Dương	Xã
14719	377	37	Yên Phong	Yen Phong	Xã Yên Phong	Xã
14722	377	37	Yên Hòa	Yen Hoa	Xã Yên Hòa	Xã
14725	377	37	Yên Thắng	Yen Thang	Xã Yên Thắng	Xã
14728	377	37	Yên Từ	Yen Tu	Xã Yên Từ	Xã
14734	377	37	Yên Thành	Yen Thanh	Xã Yên Thành	Xã
14737	377	37	Yên Nhân	Yen Nhan	Xã Yên Nhân	Xã
14740	377	37	Yên Mỹ	Yen My	Xã Yên Mỹ	Xã
14743	377	37	Yên Mạc	Yen Mac	Xã Yên Mạc	Xã
14746	377	37	Yên Đồng	Yen Dong	Xã Yên Đồng	Xã
14749	377	37	Yên Thái	Yen Thai	Xã Yên Thái	Xã
14752	377	37	Yên Lâm	Yen Lam	Xã Yên Lâm	Xã
14755	380	38	Hàm Rồng	Ham Rong	Phường Hàm Rồng	Phường
14758	380	38	Đông Thọ	Dong Tho	Phường Đông Thọ	Phường
14761	380	38	Nam Ngạn	Nam Ngan	Phường Nam Ngạn	Phường
14764	380	38	Trường Thi	Truong Thi	Phường Trường Thi	Phường
14767	380	38	Điện Biên	Dien Bien	Phường Điện Biên	Phường
14770	380	38	Phú Sơn	Phu Son	Phường Phú Sơn	Phường
14773	380	38	Lam Sơn	Lam Son	Phường Lam Sơn	Phường
14776	380	38	Ba Đình	Ba Dinh	Phường Ba Đình	Phường
14779	380	38	Ngọc Trạo	Ngoc Trao	Phường Ngọc Trạo	Phường
14782	380	38	Đông Vệ	Dong Ve	Phường Đông Vệ	Phường
14785	380	38	Đông Sơn	Dong Son	Phường Đông Sơn	Phường
14791	380	38	Đông Cương	Dong Cuong	Phường Đông Cương	Phường
14794	380	38	Đông Hương	Dong Huong	Phường Đông Hương	Phường
14797	380	38	Đông Hải	Dong Hai	Phường Đông Hải	Phường
14800	380	38	Quảng Hưng	Quang Hung	Phường Quảng Hưng	Phường
14803	380	38	Quảng Thắng	Quang Thang	Phường Quảng Thắng	Phường
14806	380	38	Quảng Thành	Quang Thanh	Phường Quảng Thành	Phường
15850	380	38	Thiệu Vân	Thieu Van	Xã Thiệu Vân	Xã
15856	380	38	Thiệu Khánh	Thieu Khanh	Phường Thiệu Khánh	Phường
15859	380	38	Thiệu Dương	Thieu Duong	Phường Thiệu Dương	Phường
15913	380	38	Tào Xuyên	Tao Xuyen	Phường Tào Xuyên	Phường
15922	380	38	Long Anh	Long Anh	Phường Long Anh	Phường
15925	380	38	Hoằng Quang	Hoang Quang	Phường Hoằng Quang	Phường
15970	380	38	Hoằng Đại	Hoang Dai	Phường Hoằng Đại	Phường
16378	380	38	Rừng Thông	Rung Thong	Phường Rừng Thông	Phường
16381	380	38	Đông Hoàng	Dong Hoang	Xã Đông Hoàng	Xã
16384	380	38	Đông Ninh	Dong Ninh	Xã Đông Ninh	Xã
16390	380	38	Đông Hòa	Dong Hoa	Xã Đông Hòa	Xã
16393	380	38	Đông Yên	Dong Yen	Xã Đông Yên	Xã
16396	380	38	Đông Lĩnh	Dong Linh	Phường Đông Lĩnh	Phường
16399	380	38	Đông Minh	Dong Minh	Xã Đông Minh	Xã
16402	380	38	Đông Thanh	Dong Thanh	Xã Đông Thanh	Xã
16405	380	38	Đông Tiến	Dong Tien	Xã Đông Tiến	Xã
16408	380	38	Đông Khê	Dong Khe	Xã Đông Khê	Xã
16414	380	38	Đông Thịnh	Dong Thinh	Phường Đông Thịnh	Phường
16417	380	38	Đông Văn	Dong Van	Xã Đông Văn	Xã
16420	380	38	Đông Phú	Dong Phu	Xã Đông Phú	Xã
16423	380	38	Đông Nam	Dong Nam	Xã Đông Nam	Xã
16426	380	38	Đông Quang	Dong Quang	Xã Đông Quang	Xã
16429	380	38	Đông Vinh	Dong Vinh	Xã Đông Vinh	Xã
16432	380	38	Đông Tân	Dong Tan	Phường Đông Tân	Phường
16441	380	38	Quảng Thịnh	Quang Thinh	Phường Quảng Thịnh	Phường
16459	380	38	Quảng Đông	Quang Dong	Phường Quảng Đông	Phường
16507	380	38	Quảng Cát	Quang Cat	Phường Quảng Cát	Phường
16522	380	38	Quảng Phú	Quang Phu	Phường Quảng Phú	Phường
16525	380	38	Quảng Tâm	Quang Tam	Phường Quảng Tâm	Phường
14809	381	38	Bắc Sơn	Bac Son	Phường Bắc Sơn	Phường
14812	381	38	Ba Đình	Ba Dinh	Phường Ba Đình	Phường
14815	381	38	Lam Sơn	Lam Son	Phường Lam Sơn	Phường
14818	381	38	Ngọc Trạo	Ngoc Trao	Phường Ngọc Trạo	Phường
14821	381	38	Đông Sơn	Dong Son	Phường Đông Sơn	Phường
14823	381	38	Phú Sơn	Phu Son	Phường Phú Sơn	Phường
14824	381	38	Quang Trung	Quang Trung	Xã Quang Trung	Xã
14830	382	38	Trung Sơn	Trung Son	Phường Trung Sơn	Phường
14833	382	38	Bắc Sơn	Bac Son	Phường Bắc Sơn	Phường
14836	382	38	Trường Sơn	Truong Son	Phường Trường Sơn	Phường
14839	382	38	Quảng Cư	Quang Cu	Phường Quảng Cư	Phường
14842	382	38	Quảng Tiến	Quang Tien	Phường Quảng Tiến	Phường
16513	382	38	Quảng Minh	Quang Minh	Xã Quảng Minh	Xã
16516	382	38	Đại Hùng	Dai Hung	Xã Đại Hùng	Xã
16528	382	38	Quảng Thọ	Quang Tho	Phường Quảng Thọ	Phường
16531	382	38	Quảng Châu	Quang Chau	Phường Quảng Châu	Phường
16534	382	38	Quảng Vinh	Quang Vinh	Phường Quảng Vinh	Phường
14845	384	38	Mường Lát	Muong Lat	Thị trấn Mường Lát	Thị trấn
14848	384	38	Tam Chung	Tam Chung	Xã Tam Chung	Xã
14854	384	38	Mường Lý	Muong Ly	Xã Mường Lý	Xã
14857	384	38	Trung Lý	Trung Ly	Xã Trung Lý	Xã
14860	384	38	Quang Chiểu	Quang Chieu	Xã Quang Chiểu	Xã
14863	384	38	Pù Nhi	Pu Nhi	Xã Pù Nhi	Xã
14864	384	38	Nhi Sơn	Nhi Son	Xã Nhi Sơn	Xã
14866	384	38	Mường Chanh	Muong Chanh	Xã Mường Chanh	Xã
14869	385	38	Hồi Xuân	Hoi Xuan	Thị trấn Hồi Xuân	Thị trấn
14872	385	38	Thành Sơn	Thanh Son	Xã Thành Sơn	Xã
14875	385	38	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
14878	385	38	Phú Thanh	Phu Thanh	Xã Phú Thanh	Xã
14881	385	38	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
14884	385	38	Phú Lệ	Phu Le	Xã Phú Lệ	Xã
14887	385	38	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
14890	385	38	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
14896	385	38	Hiền Chung	Hien Chung	Xã Hiền Chung	Xã
14899	385	38	Hiền Kiệt	Hien Kiet	Xã Hiền Kiệt	Xã
14902	385	38	Nam Tiến	Nam Tien	Xã Nam Tiến	Xã
14908	385	38	Thiên Phủ	Thien Phu	Xã Thiên Phủ	Xã
14911	385	38	Phú Nghiêm	Phu Nghiem	Xã Phú Nghiêm	Xã
14914	385	38	Nam Xuân	Nam Xuan	Xã Nam Xuân	Xã
14917	385	38	Nam Động	Nam Dong	Xã Nam Động	Xã
14923	386	38	Cành Nàng	Canh Nang	Thị trấn Cành Nàng	Thị trấn
14926	386	38	Điền Thượng	Dien Thuong	Xã Điền Thượng	Xã
14929	386	38	Điền Hạ	Dien Ha	Xã Điền Hạ	Xã
14932	386	38	Điền Quang	Dien Quang	Xã Điền Quang	Xã
14935	386	38	Điền Trung	Dien Trung	Xã Điền Trung	Xã
14938	386	38	Thành Sơn	Thanh Son	Xã Thành Sơn	Xã
14941	386	38	Lương Ngoại	Luong Ngoai	Xã Lương Ngoại	Xã
14944	386	38	Ái Thượng	Ai Thuong	Xã Ái Thượng	Xã
14947	386	38	Lương Nội	Luong Noi	Xã Lương Nội	Xã
14950	386	38	Điền Lư	Dien Lu	Xã Điền Lư	Xã
14953	386	38	Lương Trung	Luong Trung	Xã Lương Trung	Xã
14956	386	38	Lũng Niêm	Lung Niem	Xã Lũng Niêm	Xã
14959	386	38	Lũng Cao	Lung Cao	Xã Lũng Cao	Xã
14962	386	38	Hạ Trung	Ha Trung	Xã Hạ Trung	Xã
14965	386	38	Cổ Lũng	Co Lung	Xã Cổ Lũng	Xã
14968	386	38	Thành Lâm	Thanh Lam	Xã Thành Lâm	Xã
14971	386	38	Ban Công	Ban Cong	Xã Ban Công	Xã
14974	386	38	Kỳ Tân	Ky Tan	Xã Kỳ Tân	Xã
14977	386	38	Văn Nho	Van Nho	Xã Văn Nho	Xã
14980	386	38	Thiết Ống	Thiet Ong	Xã Thiết Ống	Xã
14986	386	38	Thiết Kế	Thiet Ke	Xã Thiết Kế	Xã
14995	387	38	Trung Xuân	Trung Xuan	Xã Trung Xuân	Xã
14998	387	38	Trung Thượng	Trung Thuong	Xã Trung Thượng	Xã
14999	387	38	Trung Tiến	Trung Tien	Xã Trung Tiến	Xã
15001	387	38	Trung Hạ	Trung Ha	Xã Trung Hạ	Xã
15004	387	38	Sơn Hà	Son Ha	Xã Sơn Hà	Xã
15007	387	38	Tam Thanh	Tam Thanh	Xã Tam Thanh	Xã
15010	387	38	Sơn Thủy	Son Thuy	Xã Sơn Thủy	Xã
15013	387	38	Na Mèo	Na Meo	Xã Na Mèo	Xã
15016	387	38	Sơn Lư	Son Lu	Thị trấn Sơn Lư	Thị trấn
15019	387	38	Tam Lư	Tam Lu	Xã Tam Lư	Xã
15022	387	38	Sơn Điện	Son Dien	Xã Sơn Điện	Xã
15025	387	38	Mường Mìn	Muong Min	Xã Mường Mìn	Xã
15031	388	38	Yên Khương	Yen Khuong	Xã Yên Khương	Xã
15034	388	38	Yên Thắng	Yen Thang	Xã Yên Thắng	Xã
15037	388	38	Trí Nang	Tri Nang	Xã Trí Nang	Xã
15040	388	38	Giao An	Giao An	Xã Giao An	Xã
15043	388	38	Giao Thiện	Giao Thien	Xã Giao Thiện	Xã
15046	388	38	Tân Phúc	Tan Phuc	Xã Tân Phúc	Xã
15049	388	38	Tam Văn	Tam Van	Xã Tam Văn	Xã
15052	388	38	Lâm Phú	Lam Phu	Xã Lâm Phú	Xã
15055	388	38	Lang Chánh	Lang Chanh	Thị trấn Lang Chánh	Thị trấn
15058	388	38	Đồng Lương	Dong Luong	Xã Đồng Lương	Xã
15061	389	38	Ngọc Lặc	Ngoc Lac	Thị trấn Ngọc Lặc	Thị trấn
15064	389	38	Lam Sơn	Lam Son	Xã Lam Sơn	Xã
15067	389	38	Mỹ Tân	My Tan	Xã Mỹ Tân	Xã
15070	389	38	Thúy Sơn	Thuy Son	Xã Thúy Sơn	Xã
15073	389	38	Thạch Lập	Thach Lap	Xã Thạch Lập	Xã
15076	389	38	Vân Âm	Van Am	Xã Vân Âm	Xã
15079	389	38	Cao Ngọc	Cao Ngoc	Xã Cao Ngọc	Xã
15085	389	38	Quang Trung	Quang Trung	Xã Quang Trung	Xã
15088	389	38	Đồng Thịnh	Dong Thinh	Xã Đồng Thịnh	Xã
15091	389	38	Ngọc Liên	Ngoc Lien	Xã Ngọc Liên	Xã
15094	389	38	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
15097	389	38	Lộc Thịnh	Loc Thinh	Xã Lộc Thịnh	Xã
15100	389	38	Cao Thịnh	Cao Thinh	Xã Cao Thịnh	Xã
15103	389	38	Ngọc Trung	Ngoc Trung	Xã Ngọc Trung	Xã
15106	389	38	Phùng Giáo	Phung Giao	Xã Phùng Giáo	Xã
15109	389	38	Phùng Minh	Phung Minh	Xã Phùng Minh	Xã
15112	389	38	Phúc Thịnh	Phuc Thinh	Xã Phúc Thịnh	Xã
15115	389	38	Nguyệt Ấn	Nguyet An	Xã Nguyệt Ấn	Xã
15118	389	38	Kiên Thọ	Kien Tho	Xã Kiên Thọ	Xã
15121	389	38	Minh Tiến	Minh Tien	Xã Minh Tiến	Xã
15124	389	38	Minh Sơn	Minh Son	Xã Minh Sơn	Xã
15127	390	38	Phong Sơn	Phong Son	Thị trấn Phong Sơn	Thị trấn
15133	390	38	Cẩm Thành	Cam Thanh	Xã Cẩm Thành	Xã
15136	390	38	Cẩm Quý	Cam Quy	Xã Cẩm Quý	Xã
15139	390	38	Cẩm Lương	Cam Luong	Xã Cẩm Lương	Xã
15142	390	38	Cẩm Thạch	Cam Thach	Xã Cẩm Thạch	Xã
15145	390	38	Cẩm Liên	Cam Lien	Xã Cẩm Liên	Xã
15148	390	38	Cẩm Giang	Cam Giang	Xã Cẩm Giang	Xã
15151	390	38	Cẩm Bình	Cam Binh	Xã Cẩm Bình	Xã
15154	390	38	Cẩm Tú	Cam Tu	Xã Cẩm Tú	Xã
15160	390	38	Cẩm Châu	Cam Chau	Xã Cẩm Châu	Xã
15163	390	38	Cẩm Tâm	Cam Tam	Xã Cẩm Tâm	Xã
15169	390	38	Cẩm Ngọc	Cam Ngoc	Xã Cẩm Ngọc	Xã
15172	390	38	Cẩm Long	Cam Long	Xã Cẩm Long	Xã
15175	390	38	Cẩm Yên	Cam Yen	Xã Cẩm Yên	Xã
15178	390	38	Cẩm Tân	Cam Tan	Xã Cẩm Tân	Xã
15181	390	38	Cẩm Phú	Cam Phu	Xã Cẩm Phú	Xã
15184	390	38	Cẩm Vân	Cam Van	Xã Cẩm Vân	Xã
15187	391	38	Kim Tân	Kim Tan	Thị trấn Kim Tân	Thị trấn
15190	391	38	Vân Du	Van Du	Thị trấn Vân Du	Thị trấn
15196	391	38	Thạch Lâm	Thach Lam	Xã Thạch Lâm	Xã
15199	391	38	Thạch Quảng	Thach Quang	Xã Thạch Quảng	Xã
15202	391	38	Thạch Tượng	Thach Tuong	Xã Thạch Tượng	Xã
15205	391	38	Thạch Cẩm	Thach Cam	Xã Thạch Cẩm	Xã
15208	391	38	Thạch Sơn	Thach Son	Xã Thạch Sơn	Xã
15211	391	38	Thạch Bình	Thach Binh	Xã Thạch Bình	Xã
15214	391	38	Thạch Định	Thach Dinh	Xã Thạch Định	Xã
15220	391	38	Thạch Long	Thach Long	Xã Thạch Long	Xã
15223	391	38	Thành Mỹ	Thanh My	Xã Thành Mỹ	Xã
15226	391	38	Thành Yên	Thanh Yen	Xã Thành Yên	Xã
15229	391	38	Thành Vinh	Thanh Vinh	Xã Thành Vinh	Xã
15232	391	38	Thành Minh	Thanh Minh	Xã Thành Minh	Xã
15235	391	38	Thành Công	Thanh Cong	Xã Thành Công	Xã
15238	391	38	Thành Tân	Thanh Tan	Xã Thành Tân	Xã
15241	391	38	Thành Trực	Thanh Truc	Xã Thành Trực	Xã
15247	391	38	Thành Tâm	Thanh Tam	Xã Thành Tâm	Xã
15250	391	38	Thành An	Thanh An	Xã Thành An	Xã
16075	400	38	Hòa Lộc	Hoa Loc	Xã Hòa Lộc	Xã
15253	391	38	Thành Thọ	Thanh Tho	Xã Thành Thọ	Xã
15256	391	38	Thành Tiến	Thanh Tien	Xã Thành Tiến	Xã
15259	391	38	Thành Long	Thanh Long	Xã Thành Long	Xã
15265	391	38	Thành Hưng	Thanh Hung	Xã Thành Hưng	Xã
15268	391	38	Ngọc Trạo	Ngoc Trao	Xã Ngọc Trạo	Xã
15271	392	38	Hà Trung	Ha Trung	Thị trấn Hà Trung	Thị trấn
15274	392	38	Hà Long	Ha Long	Thị trấn Hà Long	Thị trấn
15277	392	38	Hà Vinh	Ha Vinh	Xã Hà Vinh	Xã
15280	392	38	Hà Bắc	Ha Bac	Xã Hà Bắc	Xã
15283	392	38	Hoạt Giang	Hoat Giang	Xã Hoạt Giang	Xã
15286	392	38	Yên Dương	Yen Duong	Xã Yên Dương	Xã
15292	392	38	Hà Giang	Ha Giang	Xã Hà Giang	Xã
15298	392	38	Lĩnh Toại	Linh Toai	Xã Lĩnh Toại	Xã
15304	392	38	Hà Ngọc	Ha Ngoc	Xã Hà Ngọc	Xã
15307	392	38	Yến Sơn	Yen Son	Xã Yến Sơn	Xã
15313	392	38	Hà Sơn	Ha Son	Xã Hà Sơn	Xã
15316	392	38	Hà Lĩnh	Ha Linh	Thị trấn Hà Lĩnh	Thị trấn
15319	392	38	Hà Đông	Ha Dong	Xã Hà Đông	Xã
15322	392	38	Hà Tân	Ha Tan	Xã Hà Tân	Xã
15325	392	38	Hà Tiến	Ha Tien	Xã Hà Tiến	Xã
15328	392	38	Hà Bình	Ha Binh	Xã Hà Bình	Xã
15331	392	38	Thái Lai	Thai Lai	Xã Thái Lai	Xã
15334	392	38	Hà Châu	Ha Chau	Xã Hà Châu	Xã
15343	392	38	Hà Hải	Ha Hai	Xã Hà Hải	Xã
15349	393	38	Vĩnh Lộc	Vinh Loc	Thị trấn Vĩnh Lộc	Thị trấn
15352	393	38	Vĩnh Quang	Vinh Quang	Xã Vĩnh Quang	Xã
15355	393	38	Vĩnh Yên	Vinh Yen	Xã Vĩnh Yên	Xã
15358	393	38	Vĩnh Tiến	Vinh Tien	Xã Vĩnh Tiến	Xã
15361	393	38	Vĩnh Long	Vinh Long	Xã Vĩnh Long	Xã
15364	393	38	Vĩnh Phúc	Vinh Phuc	Xã Vĩnh Phúc	Xã
15367	393	38	Vĩnh Hưng	Vinh Hung	Xã Vĩnh Hưng	Xã
15376	393	38	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
15379	393	38	Vĩnh Hùng	Vinh Hung	Xã Vĩnh Hùng	Xã
15382	393	38	Minh Tân	Minh Tan	Xã Minh Tân	Xã
15385	393	38	Ninh Khang	Ninh Khang	Xã Ninh Khang	Xã
15388	393	38	Vĩnh Thịnh	Vinh Thinh	Xã Vĩnh Thịnh	Xã
15391	393	38	Vĩnh An	Vinh An	Xã Vĩnh An	Xã
15397	394	38	Thống Nhất	Thong Nhat	Thị trấn Thống Nhất	Thị trấn
15403	394	38	Yên Lâm	Yen Lam	Thị trấn Yên Lâm	Thị trấn
15406	394	38	Yên Tâm	Yen Tam	Xã Yên Tâm	Xã
15409	394	38	Yên Phú	Yen Phu	Xã Yên Phú	Xã
15412	394	38	Quý Lộc	Quy Loc	Thị trấn Quý Lộc	Thị trấn
15415	394	38	Yên Thọ	Yen Tho	Xã Yên Thọ	Xã
15418	394	38	Yên Trung	Yen Trung	Xã Yên Trung	Xã
15421	394	38	Yên Trường	Yen Truong	Xã Yên Trường	Xã
15427	394	38	Yên Phong	Yen Phong	Xã Yên Phong	Xã
15430	394	38	Yên Thái	Yen Thai	Xã Yên Thái	Xã
15433	394	38	Yên Hùng	Yen Hung	Xã Yên Hùng	Xã
15436	394	38	Yên Thịnh	Yen Thinh	Xã Yên Thịnh	Xã
15442	394	38	Yên Ninh	Yen Ninh	Xã Yên Ninh	Xã
15445	394	38	Định Tăng	Dinh Tang	Xã Định Tăng	Xã
15448	394	38	Định Hòa	Dinh Hoa	Xã Định Hòa	Xã
15451	394	38	Định Thành	Dinh Thanh	Xã Định Thành	Xã
15454	394	38	Định Công	Dinh Cong	Xã Định Công	Xã
15457	394	38	Định Tân	Dinh Tan	Xã Định Tân	Xã
15460	394	38	Định Tiến	Dinh Tien	Xã Định Tiến	Xã
15463	394	38	Định Long	Dinh Long	Xã Định Long	Xã
15466	394	38	Định Liên	Dinh Lien	Xã Định Liên	Xã
15469	394	38	Quán Lào	Quan Lao	Thị trấn Quán Lào	Thị trấn
15472	394	38	Định Hưng	Dinh Hung	Xã Định Hưng	Xã
15475	394	38	Định Hải	Dinh Hai	Xã Định Hải	Xã
15478	394	38	Định Bình	Dinh Binh	Xã Định Bình	Xã
15493	395	38	Xuân Hồng	Xuan Hong	Xã Xuân Hồng	Xã
15499	395	38	Thọ Xuân	Tho Xuan	Thị trấn Thọ Xuân	Thị trấn
15502	395	38	Bắc Lương	Bac Luong	Xã Bắc Lương	Xã
15505	395	38	Nam Giang	Nam Giang	Xã Nam Giang	Xã
15508	395	38	Xuân Phong	Xuan Phong	Xã Xuân Phong	Xã
15511	395	38	Thọ Lộc	Tho Loc	Xã Thọ Lộc	Xã
15514	395	38	Xuân Trường	Xuan Truong	Xã Xuân Trường	Xã
15517	395	38	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
15520	395	38	Thọ Hải	Tho Hai	Xã Thọ Hải	Xã
15523	395	38	Tây Hồ	Tay Ho	Xã Tây Hồ	Xã
15526	395	38	Xuân Giang	Xuan Giang	Xã Xuân Giang	Xã
16840	417	40	Bảo Nam	Bao Nam	Xã Bảo Nam	Xã
15532	395	38	Xuân Sinh	Xuan Sinh	Xã Xuân Sinh	Xã
15535	395	38	Xuân Hưng	Xuan Hung	Xã Xuân Hưng	Xã
15538	395	38	Thọ Diên	Tho Dien	Xã Thọ Diên	Xã
15541	395	38	Thọ Lâm	Tho Lam	Xã Thọ Lâm	Xã
15544	395	38	Thọ Xương	Tho Xuong	Xã Thọ Xương	Xã
15547	395	38	Xuân Bái	Xuan Bai	Xã Xuân Bái	Xã
15550	395	38	Xuân Phú	Xuan Phu	Xã Xuân Phú	Xã
15553	395	38	Sao Vàng	Sao Vang	Thị trấn Sao Vàng	Thị trấn
15556	395	38	Lam Sơn	Lam Son	Thị trấn Lam Sơn	Thị trấn
15559	395	38	Xuân Thiên	Xuan Thien	Xã Xuân Thiên	Xã
15565	395	38	Thuận Minh	Thuan Minh	Xã Thuận Minh	Xã
15568	395	38	Thọ Lập	Tho Lap	Xã Thọ Lập	Xã
15571	395	38	Quảng Phú	Quang Phu	Xã Quảng Phú	Xã
15574	395	38	Xuân Tín	Xuan Tin	Xã Xuân Tín	Xã
15577	395	38	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
15583	395	38	Xuân Lai	Xuan Lai	Xã Xuân Lai	Xã
15586	395	38	Xuân Lập	Xuan Lap	Xã Xuân Lập	Xã
15592	395	38	Xuân Minh	Xuan Minh	Xã Xuân Minh	Xã
15598	395	38	Trường Xuân	Truong Xuan	Xã Trường Xuân	Xã
15607	396	38	Bát Mọt	Bat Mot	Xã Bát Mọt	Xã
15610	396	38	Yên Nhân	Yen Nhan	Xã Yên Nhân	Xã
15619	396	38	Xuân Lẹ	Xuan Le	Xã Xuân Lẹ	Xã
15622	396	38	Vạn Xuân	Van Xuan	Xã Vạn Xuân	Xã
15628	396	38	Lương Sơn	Luong Son	Xã Lương Sơn	Xã
15631	396	38	Xuân Cao	Xuan Cao	Xã Xuân Cao	Xã
15634	396	38	Luận Thành	Luan Thanh	Xã Luận Thành	Xã
15637	396	38	Luận Khê	Luan Khe	Xã Luận Khê	Xã
15640	396	38	Xuân Thắng	Xuan Thang	Xã Xuân Thắng	Xã
15643	396	38	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
15646	396	38	Thường Xuân	Thuong Xuan	Thị trấn Thường Xuân	Thị trấn
15649	396	38	Xuân Dương	Xuan Duong	Xã Xuân Dương	Xã
15652	396	38	Thọ Thanh	Tho Thanh	Xã Thọ Thanh	Xã
15655	396	38	Ngọc Phụng	Ngoc Phung	Xã Ngọc Phụng	Xã
15658	396	38	Xuân Chinh	Xuan Chinh	Xã Xuân Chinh	Xã
15661	396	38	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
15664	397	38	Triệu Sơn	Trieu Son	Thị trấn Triệu Sơn	Thị trấn
15667	397	38	Thọ Sơn	Tho Son	Xã Thọ Sơn	Xã
15670	397	38	Thọ Bình	Tho Binh	Xã Thọ Bình	Xã
15673	397	38	Thọ Tiến	Tho Tien	Xã Thọ Tiến	Xã
15676	397	38	Hợp Lý	Hop Ly	Xã Hợp Lý	Xã
15679	397	38	Hợp Tiến	Hop Tien	Xã Hợp Tiến	Xã
15682	397	38	Hợp Thành	Hop Thanh	Xã Hợp Thành	Xã
15685	397	38	Triệu Thành	Trieu Thanh	Xã Triệu Thành	Xã
15688	397	38	Hợp Thắng	Hop Thang	Xã Hợp Thắng	Xã
15691	397	38	Minh Sơn	Minh Son	Xã Minh Sơn	Xã
15700	397	38	Dân Lực	Dan Luc	Xã Dân Lực	Xã
15703	397	38	Dân Lý	Dan Ly	Xã Dân Lý	Xã
15706	397	38	Dân Quyền	Dan Quyen	Xã Dân Quyền	Xã
15709	397	38	An Nông	An Nong	Xã An Nông	Xã
15712	397	38	Văn Sơn	Van Son	Xã Văn Sơn	Xã
15715	397	38	Thái Hòa	Thai Hoa	Xã Thái Hòa	Xã
15718	397	38	Nưa	Nua	Thị trấn Nưa	Thị trấn
15721	397	38	Đồng Lợi	Dong Loi	Xã Đồng Lợi	Xã
15724	397	38	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
15727	397	38	Đồng Thắng	Dong Thang	Xã Đồng Thắng	Xã
15730	397	38	Tiến Nông	Tien Nong	Xã Tiến Nông	Xã
15733	397	38	Khuyến Nông	Khuyen Nong	Xã Khuyến Nông	Xã
15736	397	38	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
15742	397	38	Thọ Dân	Tho Dan	Xã Thọ Dân	Xã
15745	397	38	Xuân Thọ	Xuan Tho	Xã Xuân Thọ	Xã
15748	397	38	Thọ Tân	Tho Tan	Xã Thọ Tân	Xã
15751	397	38	Thọ Ngọc	Tho Ngoc	Xã Thọ Ngọc	Xã
15754	397	38	Thọ Cường	Tho Cuong	Xã Thọ Cường	Xã
15760	397	38	Thọ Phú	Tho Phu	Xã Thọ Phú	Xã
15763	397	38	Thọ Thế	Tho The	Xã Thọ Thế	Xã
15766	397	38	Nông Trường	Nong Truong	Xã Nông Trường	Xã
15769	397	38	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
15772	398	38	Thiệu Hóa	Thieu Hoa	Thị trấn Thiệu Hóa	Thị trấn
15775	398	38	Thiệu Ngọc	Thieu Ngoc	Xã Thiệu Ngọc	Xã
15778	398	38	Thiệu Vũ	Thieu Vu	Xã Thiệu Vũ	Xã
15781	398	38	Thiệu Phúc	Thieu Phuc	Xã Thiệu Phúc	Xã
15784	398	38	Thiệu Tiến	Thieu Tien	Xã Thiệu Tiến	Xã
15787	398	38	Thiệu Công	Thieu Cong	Xã Thiệu Công	Xã
15793	398	38	Thiệu Long	Thieu Long	Xã Thiệu Long	Xã
15796	398	38	Thiệu Giang	Thieu Giang	Xã Thiệu Giang	Xã
15799	398	38	Thiệu Duy	Thieu Duy	Xã Thiệu Duy	Xã
15802	398	38	Thiệu Nguyên	Thieu Nguyen	Xã Thiệu Nguyên	Xã
15805	398	38	Thiệu Hợp	Thieu Hop	Xã Thiệu Hợp	Xã
15808	398	38	Thiệu Thịnh	Thieu Thinh	Xã Thiệu Thịnh	Xã
15811	398	38	Thiệu Quang	Thieu Quang	Xã Thiệu Quang	Xã
15814	398	38	Thiệu Thành	Thieu Thanh	Xã Thiệu Thành	Xã
15817	398	38	Thiệu Toán	Thieu Toan	Xã Thiệu Toán	Xã
15820	398	38	Thiệu Chính	Thieu Chinh	Xã Thiệu Chính	Xã
15823	398	38	Thiệu Hòa	Thieu Hoa	Xã Thiệu Hòa	Xã
15829	398	38	Hậu Hiền	Hau Hien	Thị trấn Hậu Hiền	Thị trấn
15832	398	38	Thiệu Viên	Thieu Vien	Xã Thiệu Viên	Xã
15835	398	38	Thiệu Lý	Thieu Ly	Xã Thiệu Lý	Xã
15838	398	38	Thiệu Vận	Thieu Van	Xã Thiệu Vận	Xã
15841	398	38	Thiệu Trung	Thieu Trung	Xã Thiệu Trung	Xã
15847	398	38	Tân Châu	Tan Chau	Xã Tân Châu	Xã
15853	398	38	Thiệu Giao	Thieu Giao	Xã Thiệu Giao	Xã
15865	399	38	Bút Sơn	But Son	Thị trấn Bút Sơn	Thị trấn
15877	399	38	Hoằng Xuân	Hoang Xuan	Xã Hoằng Xuân	Xã
15880	399	38	Hoằng Giang	Hoang Giang	Xã Hoằng Giang	Xã
15883	399	38	Hoằng Phú	Hoang Phu	Xã Hoằng Phú	Xã
15886	399	38	Hoằng Quỳ	Hoang Quy	Xã Hoằng Quỳ	Xã
15889	399	38	Hoằng Kim	Hoang Kim	Xã Hoằng Kim	Xã
15892	399	38	Hoằng Trung	Hoang Trung	Xã Hoằng Trung	Xã
15895	399	38	Hoằng Trinh	Hoang Trinh	Xã Hoằng Trinh	Xã
15901	399	38	Hoằng Sơn	Hoang Son	Xã Hoằng Sơn	Xã
15907	399	38	Hoằng Cát	Hoang Cat	Xã Hoằng Cát	Xã
15910	399	38	Hoằng Xuyên	Hoang Xuyen	Xã Hoằng Xuyên	Xã
15916	399	38	Hoằng Quý	Hoang Quy	Xã Hoằng Quý	Xã
15919	399	38	Hoằng Hợp	Hoang Hop	Xã Hoằng Hợp	Xã
15928	399	38	Hoằng Đức	Hoang Duc	Xã Hoằng Đức	Xã
15937	399	38	Hoằng Hà	Hoang Ha	Xã Hoằng Hà	Xã
15940	399	38	Hoằng Đạt	Hoang Dat	Xã Hoằng Đạt	Xã
15946	399	38	Hoằng Đạo	Hoang Dao	Xã Hoằng Đạo	Xã
15949	399	38	Hoằng Thắng	Hoang Thang	Xã Hoằng Thắng	Xã
15952	399	38	Hoằng Đồng	Hoang Dong	Xã Hoằng Đồng	Xã
15955	399	38	Hoằng Thái	Hoang Thai	Xã Hoằng Thái	Xã
15958	399	38	Hoằng Thịnh	Hoang Thinh	Xã Hoằng Thịnh	Xã
15961	399	38	Hoằng Thành	Hoang Thanh	Xã Hoằng Thành	Xã
15964	399	38	Hoằng Lộc	Hoang Loc	Xã Hoằng Lộc	Xã
15967	399	38	Hoằng Trạch	Hoang Trach	Xã Hoằng Trạch	Xã
15973	399	38	Hoằng Phong	Hoang Phong	Xã Hoằng Phong	Xã
15976	399	38	Hoằng Lưu	Hoang Luu	Xã Hoằng Lưu	Xã
15979	399	38	Hoằng Châu	Hoang Chau	Xã Hoằng Châu	Xã
15982	399	38	Hoằng Tân	Hoang Tan	Xã Hoằng Tân	Xã
15985	399	38	Hoằng Yến	Hoang Yen	Xã Hoằng Yến	Xã
15988	399	38	Hoằng Tiến	Hoang Tien	Xã Hoằng Tiến	Xã
15991	399	38	Hoằng Hải	Hoang Hai	Xã Hoằng Hải	Xã
15994	399	38	Hoằng Ngọc	Hoang Ngoc	Xã Hoằng Ngọc	Xã
15997	399	38	Hoằng Đông	Hoang Dong	Xã Hoằng Đông	Xã
16000	399	38	Hoằng Thanh	Hoang Thanh	Xã Hoằng Thanh	Xã
16003	399	38	Hoằng Phụ	Hoang Phu	Xã Hoằng Phụ	Xã
16006	399	38	Hoằng Trường	Hoang Truong	Xã Hoằng Trường	Xã
16012	400	38	Hậu Lộc	Hau Loc	Thị trấn Hậu Lộc	Thị trấn
16015	400	38	Đồng Lộc	Dong Loc	Xã Đồng Lộc	Xã
16018	400	38	Đại Lộc	Dai Loc	Xã Đại Lộc	Xã
16021	400	38	Triệu Lộc	Trieu Loc	Xã Triệu Lộc	Xã
16027	400	38	Tiến Lộc	Tien Loc	Xã Tiến Lộc	Xã
16030	400	38	Lộc Sơn	Loc Son	Xã Lộc Sơn	Xã
16033	400	38	Cầu Lộc	Cau Loc	Xã Cầu Lộc	Xã
16036	400	38	Thành Lộc	Thanh Loc	Xã Thành Lộc	Xã
16042	400	38	Tuy Lộc	Tuy Loc	Xã Tuy Lộc	Xã
16045	400	38	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
16048	400	38	Thuần Lộc	Thuan Loc	Xã Thuần Lộc	Xã
16057	400	38	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
16063	400	38	Hoa Lộc	Hoa Loc	Xã Hoa Lộc	Xã
16066	400	38	Liên Lộc	Lien Loc	Xã Liên Lộc	Xã
16069	400	38	Quang Lộc	Quang Loc	Xã Quang Lộc	Xã
16072	400	38	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
16078	400	38	Minh Lộc	Minh Loc	Xã Minh Lộc	Xã
16081	400	38	Hưng Lộc	Hung Loc	Xã Hưng Lộc	Xã
16084	400	38	Hải Lộc	Hai Loc	Xã Hải Lộc	Xã
16087	400	38	Đa Lộc	Da Loc	Xã Đa Lộc	Xã
16090	400	38	Ngư Lộc	Ngu Loc	Xã Ngư Lộc	Xã
16093	401	38	Nga Sơn	Nga Son	Thị trấn Nga Sơn	Thị trấn
16096	401	38	Ba Đình	Ba Dinh	Xã Ba Đình	Xã
16099	401	38	Nga Vịnh	Nga Vinh	Xã Nga Vịnh	Xã
16102	401	38	Nga Văn	Nga Van	Xã Nga Văn	Xã
16105	401	38	Nga Thiện	Nga Thien	Xã Nga Thiện	Xã
16108	401	38	Nga Tiến	Nga Tien	Xã Nga Tiến	Xã
16114	401	38	Nga Phượng	Nga Phuong	Xã Nga Phượng	Xã
16120	401	38	Nga Hiệp	Nga Hiep	Xã Nga Hiệp	Xã
16123	401	38	Nga Thanh	Nga Thanh	Xã Nga Thanh	Xã
16132	401	38	Nga Yên	Nga Yen	Xã Nga Yên	Xã
16135	401	38	Nga Giáp	Nga Giap	Xã Nga Giáp	Xã
16138	401	38	Nga Hải	Nga Hai	Xã Nga Hải	Xã
16141	401	38	Nga Thành	Nga Thanh	Xã Nga Thành	Xã
16144	401	38	Nga An	Nga An	Xã Nga An	Xã
16147	401	38	Nga Phú	Nga Phu	Xã Nga Phú	Xã
16150	401	38	Nga Điền	Nga Dien	Xã Nga Điền	Xã
16153	401	38	Nga Tân	Nga Tan	Xã Nga Tân	Xã
16156	401	38	Nga Thủy	Nga Thuy	Xã Nga Thủy	Xã
16159	401	38	Nga Liên	Nga Lien	Xã Nga Liên	Xã
16162	401	38	Nga Thái	Nga Thai	Xã Nga Thái	Xã
16165	401	38	Nga Thạch	Nga Thach	Xã Nga Thạch	Xã
16168	401	38	Nga Thắng	Nga Thang	Xã Nga Thắng	Xã
16171	401	38	Nga Trường	Nga Truong	Xã Nga Trường	Xã
16174	402	38	Yên Cát	Yen Cat	Thị trấn Yên Cát	Thị trấn
16177	402	38	Bãi Trành	Bai Tranh	Xã Bãi Trành	Xã
16180	402	38	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
16183	402	38	Xuân Bình	Xuan Binh	Xã Xuân Bình	Xã
16186	402	38	Hóa Quỳ	Hoa Quy	Xã Hóa Quỳ	Xã
16195	402	38	Cát Vân	Cat Van	Xã Cát Vân	Xã
16198	402	38	Cát Tân	Cat Tan	Xã Cát Tân	Xã
16201	402	38	Tân Bình	Tan Binh	Xã Tân Bình	Xã
16204	402	38	Bình Lương	Binh Luong	Xã Bình Lương	Xã
16207	402	38	Thanh Quân	Thanh Quan	Xã Thanh Quân	Xã
16210	402	38	Thanh Xuân	Thanh Xuan	Xã Thanh Xuân	Xã
16213	402	38	Thanh Hòa	Thanh Hoa	Xã Thanh Hòa	Xã
16216	402	38	Thanh Phong	Thanh Phong	Xã Thanh Phong	Xã
16219	402	38	Thanh Lâm	Thanh Lam	Xã Thanh Lâm	Xã
16222	402	38	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
16225	402	38	Thượng Ninh	Thuong Ninh	Xã Thượng Ninh	Xã
16228	403	38	Bến Sung	Ben Sung	Thị trấn Bến Sung	Thị trấn
16231	403	38	Cán Khê	Can Khe	Xã Cán Khê	Xã
16234	403	38	Xuân Du	Xuan Du	Xã Xuân Du	Xã
16240	403	38	Phượng Nghi	Phuong Nghi	Xã Phượng Nghi	Xã
16243	403	38	Mậu Lâm	Mau Lam	Xã Mậu Lâm	Xã
16246	403	38	Xuân Khang	Xuan Khang	Xã Xuân Khang	Xã
16249	403	38	Phú Nhuận	Phu Nhuan	Xã Phú Nhuận	Xã
16252	403	38	Hải Long	Hai Long	Xã Hải Long	Xã
16258	403	38	Xuân Thái	Xuan Thai	Xã Xuân Thái	Xã
16261	403	38	Xuân Phúc	Xuan Phuc	Xã Xuân Phúc	Xã
16264	403	38	Yên Thọ	Yen Tho	Xã Yên Thọ	Xã
16267	403	38	Yên Lạc	Yen Lac	Xã Yên Lạc	Xã
16273	403	38	Thanh Tân	Thanh Tan	Xã Thanh Tân	Xã
16276	403	38	Thanh Kỳ	Thanh Ky	Xã Thanh Kỳ	Xã
16279	404	38	Nông Cống	Nong Cong	Thị trấn Nông Cống	Thị trấn
16282	404	38	Tân Phúc	Tan Phuc	Xã Tân Phúc	Xã
16285	404	38	Tân Thọ	Tan Tho	Xã Tân Thọ	Xã
16288	404	38	Hoàng Sơn	Hoang Son	Xã Hoàng Sơn	Xã
16291	404	38	Tân Khang	Tan Khang	Xã Tân Khang	Xã
16294	404	38	Hoàng Giang	Hoang Giang	Xã Hoàng Giang	Xã
16297	404	38	Trung Chính	Trung Chinh	Xã Trung Chính	Xã
16303	404	38	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
16309	404	38	Tế Thắng	Te Thang	Xã Tế Thắng	Xã
16315	404	38	Tế Lợi	Te Loi	Xã Tế Lợi	Xã
16318	404	38	Tế Nông	Te Nong	Xã Tế Nông	Xã
16321	404	38	Minh Nghĩa	Minh Nghia	Xã Minh Nghĩa	Xã
16324	404	38	Minh Khôi	Minh Khoi	Xã Minh Khôi	Xã
16327	404	38	Vạn Hòa	Van Hoa	Xã Vạn Hòa	Xã
16330	404	38	Trường Trung	Truong Trung	Xã Trường Trung	Xã
16333	404	38	Vạn Thắng	Van Thang	Xã Vạn Thắng	Xã
16336	404	38	Trường Giang	Truong Giang	Xã Trường Giang	Xã
16339	404	38	Vạn Thiện	Van Thien	Xã Vạn Thiện	Xã
16342	404	38	Thăng Long	Thang Long	Xã Thăng Long	Xã
16345	404	38	Trường Minh	Truong Minh	Xã Trường Minh	Xã
16348	404	38	Trường Sơn	Truong Son	Xã Trường Sơn	Xã
16351	404	38	Thăng Bình	Thang Binh	Xã Thăng Bình	Xã
16354	404	38	Công Liêm	Cong Liem	Xã Công Liêm	Xã
16357	404	38	Tượng Văn	Tuong Van	Xã Tượng Văn	Xã
16360	404	38	Thăng Thọ	Thang Tho	Xã Thăng Thọ	Xã
16363	404	38	Tượng Lĩnh	Tuong Linh	Xã Tượng Lĩnh	Xã
16366	404	38	Tượng Sơn	Tuong Son	Xã Tượng Sơn	Xã
16369	404	38	Công Chính	Cong Chinh	Xã Công Chính	Xã
16375	404	38	Yên Mỹ	Yen My	Xã Yên Mỹ	Xã
16438	406	38	Tân Phong	Tan Phong	Thị trấn Tân Phong	Thị trấn
16447	406	38	Quảng Trạch	Quang Trach	Xã Quảng Trạch	Xã
16453	406	38	Quảng Đức	Quang Duc	Xã Quảng Đức	Xã
16456	406	38	Quảng Định	Quang Dinh	Xã Quảng Định	Xã
16462	406	38	Quảng Nhân	Quang Nhan	Xã Quảng Nhân	Xã
16465	406	38	Quảng Ninh	Quang Ninh	Xã Quảng Ninh	Xã
16468	406	38	Quảng Bình	Quang Binh	Xã Quảng Bình	Xã
16471	406	38	Quảng Hợp	Quang Hop	Xã Quảng Hợp	Xã
16474	406	38	Quảng Văn	Quang Van	Xã Quảng Văn	Xã
16477	406	38	Quảng Long	Quang Long	Xã Quảng Long	Xã
16480	406	38	Quảng Yên	Quang Yen	Xã Quảng Yên	Xã
16483	406	38	Quảng Hòa	Quang Hoa	Xã Quảng Hòa	Xã
16489	406	38	Quảng Khê	Quang Khe	Xã Quảng Khê	Xã
16492	406	38	Quảng Trung	Quang Trung	Xã Quảng Trung	Xã
16495	406	38	Quảng Chính	Quang Chinh	Xã Quảng Chính	Xã
16498	406	38	Quảng Ngọc	Quang Ngoc	Xã Quảng Ngọc	Xã
16501	406	38	Quảng Trường	Quang Truong	Xã Quảng Trường	Xã
16510	406	38	Quảng Phúc	Quang Phuc	Xã Quảng Phúc	Xã
16519	406	38	Quảng Giao	Quang Giao	Xã Quảng Giao	Xã
16540	406	38	Quảng Hải	Quang Hai	Xã Quảng Hải	Xã
16543	406	38	Quảng Lưu	Quang Luu	Xã Quảng Lưu	Xã
16546	406	38	Quảng Lộc	Quang Loc	Xã Quảng Lộc	Xã
16549	406	38	Tiên Trang	Tien Trang	Xã Tiên Trang	Xã
16552	406	38	Quảng Nham	Quang Nham	Xã Quảng Nham	Xã
16555	406	38	Quảng Thạch	Quang Thach	Xã Quảng Thạch	Xã
16558	406	38	Quảng Thái	Quang Thai	Xã Quảng Thái	Xã
16561	407	38	Hải Hòa	Hai Hoa	Phường Hải Hòa	Phường
16564	407	38	Hải Châu	Hai Chau	Phường Hải Châu	Phường
16567	407	38	Thanh Thủy	Thanh Thuy	Xã Thanh Thủy	Xã
16570	407	38	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
16576	407	38	Hải Ninh	Hai Ninh	Phường Hải Ninh	Phường
16579	407	38	Anh Sơn	Anh Son	Xã Anh Sơn	Xã
16582	407	38	Ngọc Lĩnh	Ngoc Linh	Xã Ngọc Lĩnh	Xã
16585	407	38	Hải An	Hai An	Phường Hải An	Phường
16591	407	38	Các Sơn	Cac Son	Xã Các Sơn	Xã
16594	407	38	Tân Dân	Tan Dan	Phường Tân Dân	Phường
16597	407	38	Hải Lĩnh	Hai Linh	Phường Hải Lĩnh	Phường
16600	407	38	Định Hải	Dinh Hai	Xã Định Hải	Xã
16603	407	38	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
16606	407	38	Ninh Hải	Ninh Hai	Phường Ninh Hải	Phường
16609	407	38	Nguyên Bình	Nguyen Binh	Phường Nguyên Bình	Phường
16612	407	38	Hải Nhân	Hai Nhan	Xã Hải Nhân	Xã
16618	407	38	Bình Minh	Binh Minh	Phường Bình Minh	Phường
16621	407	38	Hải Thanh	Hai Thanh	Phường Hải Thanh	Phường
16624	407	38	Phú Lâm	Phu Lam	Xã Phú Lâm	Xã
16627	407	38	Xuân Lâm	Xuan Lam	Phường Xuân Lâm	Phường
16630	407	38	Trúc Lâm	Truc Lam	Phường Trúc Lâm	Phường
16633	407	38	Hải Bình	Hai Binh	Phường Hải Bình	Phường
16636	407	38	Tân Trường	Tan Truong	Xã Tân Trường	Xã
16639	407	38	Tùng Lâm	Tung Lam	Xã Tùng Lâm	Xã
16642	407	38	Tĩnh Hải	Tinh Hai	Phường Tĩnh Hải	Phường
16645	407	38	Mai Lâm	Mai Lam	Phường Mai Lâm	Phường
16648	407	38	Trường Lâm	Truong Lam	Xã Trường Lâm	Xã
16654	407	38	Hải Thượng	Hai Thuong	Phường Hải Thượng	Phường
16657	407	38	Nghi Sơn	Nghi Son	Xã Nghi Sơn	Xã
16660	407	38	Hải Hà	Hai Ha	Xã Hải Hà	Xã
16663	412	40	Đông Vĩnh	Dong Vinh	Phường Đông Vĩnh	Phường
16666	412	40	Hà Huy Tập	Ha Huy Tap	Phường Hà Huy Tập	Phường
16669	412	40	Lê Lợi	Le Loi	Phường Lê Lợi	Phường
16670	412	40	Quán Bàu	Quan Bau	Phường Quán Bàu	Phường
16672	412	40	Hưng Bình	Hung Binh	Phường Hưng Bình	Phường
16673	412	40	Hưng Phúc	Hung Phuc	Phường Hưng Phúc	Phường
16675	412	40	Hưng Dũng	Hung Dung	Phường Hưng Dũng	Phường
16678	412	40	Cửa Nam	Cua Nam	Phường Cửa Nam	Phường
16681	412	40	Quang Trung	Quang Trung	Phường Quang Trung	Phường
16690	412	40	Trường Thi	Truong Thi	Phường Trường Thi	Phường
16693	412	40	Bến Thủy	Ben Thuy	Phường Bến Thủy	Phường
16699	412	40	Trung Đô	Trung Do	Phường Trung Đô	Phường
16702	412	40	Nghi Phú	Nghi Phu	Phường Nghi Phú	Phường
16705	412	40	Hưng Đông	Hung Dong	Phường Hưng Đông	Phường
16708	412	40	Hưng Lộc	Hung Loc	Phường Hưng Lộc	Phường
16711	412	40	Hưng Hòa	Hung Hoa	Xã Hưng Hòa	Xã
16714	412	40	Vinh Tân	Vinh Tan	Phường Vinh Tân	Phường
16717	412	40	Nghi Thuỷ	Nghi Thuy	Phường Nghi Thuỷ	Phường
16720	412	40	Nghi Tân	Nghi Tan	Phường Nghi Tân	Phường
16723	412	40	Thu Thuỷ	Thu Thuy	Phường Thu Thuỷ	Phường
16726	412	40	Nghi Hòa	Nghi Hoa	Phường Nghi Hòa	Phường
16729	412	40	Nghi Hải	Nghi Hai	Phường Nghi Hải	Phường
16732	412	40	Nghi Hương	Nghi Huong	Phường Nghi Hương	Phường
16735	412	40	Nghi Thu	Nghi Thu	Phường Nghi Thu	Phường
17902	412	40	Nghi Phong	Nghi Phong	Xã Nghi Phong	Xã
17905	412	40	Nghi Xuân	Nghi Xuan	Xã Nghi Xuân	Xã
17908	412	40	Nghi Liên	Nghi Lien	Xã Nghi Liên	Xã
17914	412	40	Nghi Ân	Nghi An	Xã Nghi Ân	Xã
17917	412	40	Phúc Thọ	Phuc Tho	Xã Phúc Thọ	Xã
17920	412	40	Nghi Kim	Nghi Kim	Xã Nghi Kim	Xã
17923	412	40	Nghi Đức	Nghi Duc	Phường Nghi Đức	Phường
17926	412	40	Nghi Thái	Nghi Thai	Xã Nghi Thái	Xã
18013	412	40	Hưng Chính	Hung Chinh	Xã Hưng Chính	Xã
16939	414	40	Hoà Hiếu	Hoa Hieu	Phường Hoà Hiếu	Phường
16993	414	40	Quang Phong	Quang Phong	Phường Quang Phong	Phường
16994	414	40	Quang Tiến	Quang Tien	Phường Quang Tiến	Phường
17003	414	40	Long Sơn	Long Son	Phường Long Sơn	Phường
17005	414	40	Nghĩa Tiến	Nghia Tien	Xã Nghĩa Tiến	Xã
17008	414	40	Nghĩa Mỹ	Nghia My	Xã Nghĩa Mỹ	Xã
17011	414	40	Tây Hiếu	Tay Hieu	Xã Tây Hiếu	Xã
17014	414	40	Nghĩa Thuận	Nghia Thuan	Xã Nghĩa Thuận	Xã
17017	414	40	Đông Hiếu	Dong Hieu	Xã Đông Hiếu	Xã
16738	415	40	Kim Sơn	Kim Son	Thị trấn Kim Sơn	Thị trấn
16741	415	40	Thông Thụ	Thong Thu	Xã Thông Thụ	Xã
16744	415	40	Đồng Văn	Dong Van	Xã Đồng Văn	Xã
16747	415	40	Hạnh Dịch	Hanh Dich	Xã Hạnh Dịch	Xã
16750	415	40	Tiền Phong	Tien Phong	Xã Tiền Phong	Xã
16753	415	40	Nậm Giải	Nam Giai	Xã Nậm Giải	Xã
16756	415	40	Tri Lễ	Tri Le	Xã Tri Lễ	Xã
16759	415	40	Châu Kim	Chau Kim	Xã Châu Kim	Xã
16763	415	40	Mường Nọc	Muong Noc	Xã Mường Nọc	Xã
16765	415	40	Châu Thôn	Chau Thon	Xã Châu Thôn	Xã
16768	415	40	Nậm Nhoóng	Nam Nhoong	Xã Nậm Nhoóng	Xã
16771	415	40	Quang Phong	Quang Phong	Xã Quang Phong	Xã
16774	415	40	Căm Muộn	Cam Muon	Xã Căm Muộn	Xã
16777	416	40	Tân Lạc	Tan Lac	Thị trấn Tân Lạc	Thị trấn
16780	416	40	Châu Bính	Chau Binh	Xã Châu Bính	Xã
16783	416	40	Châu Thuận	Chau Thuan	Xã Châu Thuận	Xã
16786	416	40	Châu Hội	Chau Hoi	Xã Châu Hội	Xã
16789	416	40	Châu Nga	Chau Nga	Xã Châu Nga	Xã
16792	416	40	Châu Tiến	Chau Tien	Xã Châu Tiến	Xã
16795	416	40	Châu Hạnh	Chau Hanh	Xã Châu Hạnh	Xã
16798	416	40	Châu Thắng	Chau Thang	Xã Châu Thắng	Xã
16801	416	40	Châu Phong	Chau Phong	Xã Châu Phong	Xã
16804	416	40	Châu Bình	Chau Binh	Xã Châu Bình	Xã
16807	416	40	Châu Hoàn	Chau Hoan	Xã Châu Hoàn	Xã
16810	416	40	Diên Lãm	Dien Lam	Xã Diên Lãm	Xã
16813	417	40	Mường Xén	Muong Xen	Thị trấn Mường Xén	Thị trấn
16816	417	40	Mỹ Lý	My Ly	Xã Mỹ Lý	Xã
16819	417	40	Bắc Lý	Bac Ly	Xã Bắc Lý	Xã
16822	417	40	Keng Đu	Keng Du	Xã Keng Đu	Xã
16825	417	40	Đoọc Mạy	Dooc May	Xã Đoọc Mạy	Xã
16828	417	40	Huồi Tụ	Huoi Tu	Xã Huồi Tụ	Xã
16831	417	40	Mường Lống	Muong Long	Xã Mường Lống	Xã
16834	417	40	Na Loi	Na Loi	Xã Na Loi	Xã
16837	417	40	Nậm Cắn	Nam Can	Xã Nậm Cắn	Xã
16843	417	40	Phà Đánh	Pha Danh	Xã Phà Đánh	Xã
16846	417	40	Bảo Thắng	Bao Thang	Xã Bảo Thắng	Xã
16849	417	40	Hữu Lập	Huu Lap	Xã Hữu Lập	Xã
16852	417	40	Tà Cạ	Ta Ca	Xã Tà Cạ	Xã
16855	417	40	Chiêu Lưu	Chieu Luu	Xã Chiêu Lưu	Xã
16858	417	40	Mường Típ	Muong Tip	Xã Mường Típ	Xã
16861	417	40	Hữu Kiệm	Huu Kiem	Xã Hữu Kiệm	Xã
16864	417	40	Tây Sơn	Tay Son	Xã Tây Sơn	Xã
16867	417	40	Mường Ải	Muong Ai	Xã Mường Ải	Xã
16870	417	40	Na Ngoi	Na Ngoi	Xã Na Ngoi	Xã
16873	417	40	Nậm Càn	Nam Can	Xã Nậm Càn	Xã
16876	418	40	Thạch Giám	Thach Giam	Thị trấn Thạch Giám	Thị trấn
16879	418	40	Mai Sơn	Mai Son	Xã Mai Sơn	Xã
16882	418	40	Nhôn Mai	Nhon Mai	Xã Nhôn Mai	Xã
16885	418	40	Hữu Khuông	Huu Khuong	Xã Hữu Khuông	Xã
16900	418	40	Yên Tĩnh	Yen Tinh	Xã Yên Tĩnh	Xã
16903	418	40	Nga My	Nga My	Xã Nga My	Xã
16904	418	40	Xiêng My	Xieng My	Xã Xiêng My	Xã
16906	418	40	Lưỡng Minh	Luong Minh	Xã Lưỡng Minh	Xã
16909	418	40	Yên Hòa	Yen Hoa	Xã Yên Hòa	Xã
16912	418	40	Yên Na	Yen Na	Xã Yên Na	Xã
16915	418	40	Lưu Kiền	Luu Kien	Xã Lưu Kiền	Xã
16921	418	40	Xá Lượng	Xa Luong	Xã Xá Lượng	Xã
16924	418	40	Tam Thái	Tam Thai	Xã Tam Thái	Xã
16927	418	40	Tam Đình	Tam Dinh	Xã Tam Đình	Xã
16930	418	40	Yên Thắng	Yen Thang	Xã Yên Thắng	Xã
16933	418	40	Tam Quang	Tam Quang	Xã Tam Quang	Xã
16936	418	40	Tam Hợp	Tam Hop	Xã Tam Hợp	Xã
16941	419	40	Nghĩa Đàn	Nghia Dan	Thị trấn Nghĩa Đàn	Thị trấn
16942	419	40	Nghĩa Mai	Nghia Mai	Xã Nghĩa Mai	Xã
16945	419	40	Nghĩa Yên	Nghia Yen	Xã Nghĩa Yên	Xã
16948	419	40	Nghĩa Lạc	Nghia Lac	Xã Nghĩa Lạc	Xã
16951	419	40	Nghĩa Lâm	Nghia Lam	Xã Nghĩa Lâm	Xã
16954	419	40	Nghĩa Sơn	Nghia Son	Xã Nghĩa Sơn	Xã
16957	419	40	Nghĩa Lợi	Nghia Loi	Xã Nghĩa Lợi	Xã
16960	419	40	Nghĩa Bình	Nghia Binh	Xã Nghĩa Bình	Xã
16966	419	40	Nghĩa Minh	Nghia Minh	Xã Nghĩa Minh	Xã
16969	419	40	Nghĩa Thọ	Nghia Tho	Xã Nghĩa Thọ	Xã
16972	419	40	Nghĩa Hưng	Nghia Hung	Xã Nghĩa Hưng	Xã
16975	419	40	Nghĩa Hồng	Nghia Hong	Xã Nghĩa Hồng	Xã
16981	419	40	Nghĩa Trung	Nghia Trung	Xã Nghĩa Trung	Xã
16984	419	40	Nghĩa Hội	Nghia Hoi	Xã Nghĩa Hội	Xã
16987	419	40	Nghĩa Thành	Nghia Thanh	Xã Nghĩa Thành	Xã
17020	419	40	Nghĩa Đức	Nghia Duc	Xã Nghĩa Đức	Xã
17023	419	40	Nghĩa An	Nghia An	Xã Nghĩa An	Xã
17026	419	40	Nghĩa Long	Nghia Long	Xã Nghĩa Long	Xã
17029	419	40	Nghĩa Lộc	Nghia Loc	Xã Nghĩa Lộc	Xã
17032	419	40	Nghĩa Khánh	Nghia Khanh	Xã Nghĩa Khánh	Xã
17035	420	40	Quỳ Hợp	Quy Hop	Thị trấn Quỳ Hợp	Thị trấn
17038	420	40	Yên Hợp	Yen Hop	Xã Yên Hợp	Xã
17041	420	40	Châu Tiến	Chau Tien	Xã Châu Tiến	Xã
17044	420	40	Châu Hồng	Chau Hong	Xã Châu Hồng	Xã
17047	420	40	Đồng Hợp	Dong Hop	Xã Đồng Hợp	Xã
17050	420	40	Châu Thành	Chau Thanh	Xã Châu Thành	Xã
17053	420	40	Liên Hợp	Lien Hop	Xã Liên Hợp	Xã
17056	420	40	Châu Lộc	Chau Loc	Xã Châu Lộc	Xã
17059	420	40	Tam Hợp	Tam Hop	Xã Tam Hợp	Xã
17062	420	40	Châu Cường	Chau Cuong	Xã Châu Cường	Xã
17065	420	40	Châu Quang	Chau Quang	Xã Châu Quang	Xã
17068	420	40	Thọ Hợp	Tho Hop	Xã Thọ Hợp	Xã
17071	420	40	Minh Hợp	Minh Hop	Xã Minh Hợp	Xã
17074	420	40	Nghĩa Xuân	Nghia Xuan	Xã Nghĩa Xuân	Xã
17077	420	40	Châu Thái	Chau Thai	Xã Châu Thái	Xã
17080	420	40	Châu Đình	Chau Dinh	Xã Châu Đình	Xã
17083	420	40	Văn Lợi	Van Loi	Xã Văn Lợi	Xã
17086	420	40	Nam Sơn	Nam Son	Xã Nam Sơn	Xã
17089	420	40	Châu Lý	Chau Ly	Xã Châu Lý	Xã
17092	420	40	Hạ Sơn	Ha Son	Xã Hạ Sơn	Xã
17095	420	40	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
17101	421	40	Quỳnh Thắng	Quynh Thang	Xã Quỳnh Thắng	Xã
17119	421	40	Quỳnh Tân	Quynh Tan	Xã Quỳnh Tân	Xã
17122	421	40	Quỳnh Châu	Quynh Chau	Xã Quỳnh Châu	Xã
17140	421	40	Tân Sơn	Tan Son	Xã Tân Sơn	Xã
17143	421	40	Quỳnh Văn	Quynh Van	Xã Quỳnh Văn	Xã
17146	421	40	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
17149	421	40	Quỳnh Tam	Quynh Tam	Xã Quỳnh Tam	Xã
17152	421	40	Quỳnh Sơn	Quynh Son	Xã Quỳnh Sơn	Xã
17155	421	40	Quỳnh Thạch	Quynh Thach	Xã Quỳnh Thạch	Xã
17158	421	40	Quỳnh Bảng	Quynh Bang	Xã Quỳnh Bảng	Xã
17164	421	40	Quỳnh Thanh	Quynh Thanh	Xã Quỳnh Thanh	Xã
17167	421	40	Quỳnh Hậu	Quynh Hau	Xã Quỳnh Hậu	Xã
17170	421	40	Quỳnh Lâm	Quynh Lam	Xã Quỳnh Lâm	Xã
17173	421	40	Quỳnh Đôi	Quynh Doi	Xã Quỳnh Đôi	Xã
17176	421	40	Minh Lương	Minh Luong	Xã Minh Lương	Xã
17179	421	40	Cầu Giát	Cau Giat	Thị trấn Cầu Giát	Thị trấn
17182	421	40	Quỳnh Yên	Quynh Yen	Xã Quỳnh Yên	Xã
17185	421	40	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
17191	421	40	Quỳnh Diễn	Quynh Dien	Xã Quỳnh Diễn	Xã
17197	421	40	Quỳnh Giang	Quynh Giang	Xã Quỳnh Giang	Xã
17206	421	40	An Hòa	An Hoa	Xã An Hòa	Xã
17209	421	40	Phú Nghĩa	Phu Nghia	Xã Phú Nghĩa	Xã
17212	421	40	Văn Hải	Van Hai	Xã Văn Hải	Xã
17218	421	40	Thuận Long	Thuan Long	Xã Thuận Long	Xã
17224	421	40	Tân Thắng	Tan Thang	Xã Tân Thắng	Xã
17230	422	40	Bình Chuẩn	Binh Chuan	Xã Bình Chuẩn	Xã
17233	422	40	Lạng Khê	Lang Khe	Xã Lạng Khê	Xã
17236	422	40	Cam Lâm	Cam Lam	Xã Cam Lâm	Xã
17239	422	40	Thạch Ngàn	Thach Ngan	Xã Thạch Ngàn	Xã
17242	422	40	Đôn Phục	Don Phuc	Xã Đôn Phục	Xã
17245	422	40	Mậu Đức	Mau Duc	Xã Mậu Đức	Xã
17248	422	40	Châu Khê	Chau Khe	Xã Châu Khê	Xã
17251	422	40	Chi Khê	Chi Khe	Xã Chi Khê	Xã
17254	422	40	Trà Lân	Tra Lan	Thị trấn Trà Lân	Thị trấn
17257	422	40	Yên Khê	Yen Khe	Xã Yên Khê	Xã
17260	422	40	Lục Dạ	Luc Da	Xã Lục Dạ	Xã
17263	422	40	Môn Sơn	Mon Son	Xã Môn Sơn	Xã
17266	423	40	Tân Kỳ	Tan Ky	Thị trấn Tân Kỳ	Thị trấn
17269	423	40	Tân Hợp	Tan Hop	Xã Tân Hợp	Xã
17272	423	40	Tân Phú	Tan Phu	Xã Tân Phú	Xã
17275	423	40	Tân Xuân	Tan Xuan	Xã Tân Xuân	Xã
17278	423	40	Giai Xuân	Giai Xuan	Xã Giai Xuân	Xã
17281	423	40	Bình Hợp	Binh Hop	Xã Bình Hợp	Xã
17284	423	40	Nghĩa Đồng	Nghia Dong	Xã Nghĩa Đồng	Xã
17287	423	40	Đồng Văn	Dong Van	Xã Đồng Văn	Xã
17290	423	40	Nghĩa Thái	Nghia Thai	Xã Nghĩa Thái	Xã
17296	423	40	Hoàn Long	Hoan Long	Xã Hoàn Long	Xã
17299	423	40	Nghĩa Phúc	Nghia Phuc	Xã Nghĩa Phúc	Xã
17302	423	40	Tiên Kỳ	Tien Ky	Xã Tiên Kỳ	Xã
17305	423	40	Tân An	Tan An	Xã Tân An	Xã
17308	423	40	Nghĩa Dũng	Nghia Dung	Xã Nghĩa Dũng	Xã
17314	423	40	Kỳ Sơn	Ky Son	Xã Kỳ Sơn	Xã
17317	423	40	Hương Sơn	Huong Son	Xã Hương Sơn	Xã
17320	423	40	Kỳ Tân	Ky Tan	Xã Kỳ Tân	Xã
17323	423	40	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
17325	423	40	Tân Hương	Tan Huong	Xã Tân Hương	Xã
17326	423	40	Nghĩa Hành	Nghia Hanh	Xã Nghĩa Hành	Xã
17329	424	40	Kim Nhan	Kim Nhan	Thị trấn Kim Nhan	Thị trấn
17332	424	40	Thọ Sơn	Tho Son	Xã Thọ Sơn	Xã
17335	424	40	Thành Sơn	Thanh Son	Xã Thành Sơn	Xã
17338	424	40	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
17344	424	40	Tam Đỉnh	Tam Dinh	Xã Tam Đỉnh	Xã
17347	424	40	Hùng Sơn	Hung Son	Xã Hùng Sơn	Xã
17350	424	40	Cẩm Sơn	Cam Son	Xã Cẩm Sơn	Xã
17353	424	40	Đức Sơn	Duc Son	Xã Đức Sơn	Xã
17356	424	40	Tường Sơn	Tuong Son	Xã Tường Sơn	Xã
17357	424	40	Hoa Sơn	Hoa Son	Xã Hoa Sơn	Xã
17359	424	40	Tào Sơn	Tao Son	Xã Tào Sơn	Xã
17362	424	40	Vĩnh Sơn	Vinh Son	Xã Vĩnh Sơn	Xã
17365	424	40	Lạng Sơn	Lang Son	Xã Lạng Sơn	Xã
17368	424	40	Hội Sơn	Hoi Son	Xã Hội Sơn	Xã
17374	424	40	Phúc Sơn	Phuc Son	Xã Phúc Sơn	Xã
17377	424	40	Long Sơn	Long Son	Xã Long Sơn	Xã
17380	424	40	Khai Sơn	Khai Son	Xã Khai Sơn	Xã
17383	424	40	Lĩnh Sơn	Linh Son	Xã Lĩnh Sơn	Xã
17386	424	40	Cao Sơn	Cao Son	Xã Cao Sơn	Xã
17392	425	40	Diễn Lâm	Dien Lam	Xã Diễn Lâm	Xã
17395	425	40	Diễn Đoài	Dien Doai	Xã Diễn Đoài	Xã
17398	425	40	Diễn Trường	Dien Truong	Xã Diễn Trường	Xã
17401	425	40	Diễn Yên	Dien Yen	Xã Diễn Yên	Xã
17404	425	40	Diễn Hoàng	Dien Hoang	Xã Diễn Hoàng	Xã
17410	425	40	Diễn Mỹ	Dien My	Xã Diễn Mỹ	Xã
17413	425	40	Diễn Hồng	Dien Hong	Xã Diễn Hồng	Xã
17416	425	40	Diễn Phong	Dien Phong	Xã Diễn Phong	Xã
17419	425	40	Hùng Hải	Hung Hai	Xã Hùng Hải	Xã
17425	425	40	Diễn Liên	Dien Lien	Xã Diễn Liên	Xã
17428	425	40	Diễn Vạn	Dien Van	Xã Diễn Vạn	Xã
17431	425	40	Diễn Kim	Dien Kim	Xã Diễn Kim	Xã
17434	425	40	Diễn Kỷ	Dien Ky	Xã Diễn Kỷ	Xã
17437	425	40	Xuân Tháp	Xuan Thap	Xã Xuân Tháp	Xã
17440	425	40	Diễn Thái	Dien Thai	Xã Diễn Thái	Xã
17443	425	40	Diễn Đồng	Dien Dong	Xã Diễn Đồng	Xã
17449	425	40	Hạnh Quảng	Hanh Quang	Xã Hạnh Quảng	Xã
17452	425	40	Ngọc Bích	Ngoc Bich	Xã Ngọc Bích	Xã
17458	425	40	Diễn Nguyên	Dien Nguyen	Xã Diễn Nguyên	Xã
17461	425	40	Diễn Hoa	Dien Hoa	Xã Diễn Hoa	Xã
17464	425	40	Diễn Thành	Dien Thanh	Thị trấn Diễn Thành	Thị trấn
17467	425	40	Diễn Phúc	Dien Phuc	Xã Diễn Phúc	Xã
17476	425	40	Diễn Cát	Dien Cat	Xã Diễn Cát	Xã
17479	425	40	Diễn Thịnh	Dien Thinh	Xã Diễn Thịnh	Xã
17482	425	40	Diễn Tân	Dien Tan	Xã Diễn Tân	Xã
17485	425	40	Minh Châu	Minh Chau	Xã Minh Châu	Xã
17488	425	40	Diễn Thọ	Dien Tho	Xã Diễn Thọ	Xã
17491	425	40	Diễn Lợi	Dien Loi	Xã Diễn Lợi	Xã
17494	425	40	Diễn Lộc	Dien Loc	Xã Diễn Lộc	Xã
17497	425	40	Diễn Trung	Dien Trung	Xã Diễn Trung	Xã
17500	425	40	Diễn An	Dien An	Xã Diễn An	Xã
17503	425	40	Diễn Phú	Dien Phu	Xã Diễn Phú	Xã
17506	426	40	Hoa Thành	Hoa Thanh	Thị trấn Hoa Thành	Thị trấn
17509	426	40	Mã Thành	Ma Thanh	Xã Mã Thành	Xã
17510	426	40	Tiến Thành	Tien Thanh	Xã Tiến Thành	Xã
17512	426	40	Lăng Thành	Lang Thanh	Xã Lăng Thành	Xã
17515	426	40	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
17518	426	40	Đức Thành	Duc Thanh	Xã Đức Thành	Xã
17521	426	40	Kim Thành	Kim Thanh	Xã Kim Thành	Xã
17524	426	40	Hậu Thành	Hau Thanh	Xã Hậu Thành	Xã
17527	426	40	Đô Thành	Do Thanh	Xã Đô Thành	Xã
17530	426	40	Thọ Thành	Tho Thanh	Xã Thọ Thành	Xã
17533	426	40	Quang Thành	Quang Thanh	Xã Quang Thành	Xã
17536	426	40	Tây Thành	Tay Thanh	Xã Tây Thành	Xã
17539	426	40	Phúc Thành	Phuc Thanh	Xã Phúc Thành	Xã
17542	426	40	Phú Thành	Phu Thanh	Xã Phú Thành	Xã
17545	426	40	Đồng Thành	Dong Thanh	Xã Đồng Thành	Xã
17554	426	40	Tăng Thành	Tang Thanh	Xã Tăng Thành	Xã
17557	426	40	Văn Thành	Van Thanh	Xã Văn Thành	Xã
17560	426	40	Thịnh Thành	Thinh Thanh	Xã Thịnh Thành	Xã
17566	426	40	Xuân Thành	Xuan Thanh	Xã Xuân Thành	Xã
17569	426	40	Bắc Thành	Bac Thanh	Xã Bắc Thành	Xã
17572	426	40	Đông Thành	Dong Thanh	Xã Đông Thành	Xã
17575	426	40	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
17578	426	40	Long Thành	Long Thanh	Xã Long Thành	Xã
17581	426	40	Minh Thành	Minh Thanh	Xã Minh Thành	Xã
17584	426	40	Nam Thành	Nam Thanh	Xã Nam Thành	Xã
17587	426	40	Vĩnh Thành	Vinh Thanh	Xã Vĩnh Thành	Xã
17596	426	40	Viên Thành	Vien Thanh	Xã Viên Thành	Xã
17602	426	40	Liên Thành	Lien Thanh	Xã Liên Thành	Xã
17605	426	40	Bảo Thành	Bao Thanh	Xã Bảo Thành	Xã
17608	426	40	Mỹ Thành	My Thanh	Xã Mỹ Thành	Xã
17611	426	40	Vân Tụ	Van Tu	Xã Vân Tụ	Xã
17614	426	40	Sơn Thành	Son Thanh	Xã Sơn Thành	Xã
17617	427	40	Đô Lương	Do Luong	Thị trấn Đô Lương	Thị trấn
17619	427	40	Giang Sơn Đông	Giang Son Dong	Xã Giang Sơn Đông	Xã
17620	427	40	Giang Sơn Tây	Giang Son Tay	Xã Giang Sơn Tây	Xã
17623	427	40	Bạch Ngọc	Bach Ngoc	Xã Bạch Ngọc	Xã
17626	427	40	Bồi Sơn	Boi Son	Xã Bồi Sơn	Xã
17629	427	40	Hồng Sơn	Hong Son	Xã Hồng Sơn	Xã
17632	427	40	Bài Sơn	Bai Son	Xã Bài Sơn	Xã
17638	427	40	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
17641	427	40	Tràng Sơn	Trang Son	Xã Tràng Sơn	Xã
17644	427	40	Thượng Sơn	Thuong Son	Xã Thượng Sơn	Xã
17647	427	40	Hòa Sơn	Hoa Son	Xã Hòa Sơn	Xã
17650	427	40	Đặng Sơn	Dang Son	Xã Đặng Sơn	Xã
17653	427	40	Đông Sơn	Dong Son	Xã Đông Sơn	Xã
17656	427	40	Nam Sơn	Nam Son	Xã Nam Sơn	Xã
17659	427	40	Lưu Sơn	Luu Son	Xã Lưu Sơn	Xã
17662	427	40	Yên Sơn	Yen Son	Xã Yên Sơn	Xã
17665	427	40	Văn Sơn	Van Son	Xã Văn Sơn	Xã
17668	427	40	Đà Sơn	Da Son	Xã Đà Sơn	Xã
17671	427	40	Lạc Sơn	Lac Son	Xã Lạc Sơn	Xã
17674	427	40	Tân Sơn	Tan Son	Xã Tân Sơn	Xã
17677	427	40	Thái Sơn	Thai Son	Xã Thái Sơn	Xã
17680	427	40	Quang Sơn	Quang Son	Xã Quang Sơn	Xã
17683	427	40	Thịnh Sơn	Thinh Son	Xã Thịnh Sơn	Xã
17686	427	40	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
17689	427	40	Xuân Sơn	Xuan Son	Xã Xuân Sơn	Xã
17692	427	40	Minh Sơn	Minh Son	Xã Minh Sơn	Xã
17695	427	40	Thuận Sơn	Thuan Son	Xã Thuận Sơn	Xã
17698	427	40	Nhân Sơn	Nhan Son	Xã Nhân Sơn	Xã
17701	427	40	Hiến Sơn	Hien Son	Xã Hiến Sơn	Xã
17704	427	40	Mỹ Sơn	My Son	Xã Mỹ Sơn	Xã
17707	427	40	Trù Sơn	Tru Son	Xã Trù Sơn	Xã
17710	427	40	Đại Sơn	Dai Son	Xã Đại Sơn	Xã
17713	428	40	Dùng	Dung	Thị trấn Dùng	Thị trấn
17716	428	40	Cát Văn	Cat Van	Xã Cát Văn	Xã
17719	428	40	Minh Sơn	Minh Son	Xã Minh Sơn	Xã
17722	428	40	Hạnh Lâm	Hanh Lam	Xã Hạnh Lâm	Xã
17723	428	40	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
17728	428	40	Phong Thịnh	Phong Thinh	Xã Phong Thịnh	Xã
17731	428	40	Thanh Phong	Thanh Phong	Xã Thanh Phong	Xã
17734	428	40	Thanh Mỹ	Thanh My	Xã Thanh Mỹ	Xã
17737	428	40	Thanh Tiên	Thanh Tien	Xã Thanh Tiên	Xã
17743	428	40	Thanh Liên	Thanh Lien	Xã Thanh Liên	Xã
17749	428	40	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
17755	428	40	Thanh Ngọc	Thanh Ngoc	Xã Thanh Ngọc	Xã
17758	428	40	Thanh Hương	Thanh Huong	Xã Thanh Hương	Xã
17759	428	40	Ngọc Lâm	Ngoc Lam	Xã Ngọc Lâm	Xã
17764	428	40	Đồng Văn	Dong Van	Xã Đồng Văn	Xã
17767	428	40	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
17770	428	40	Thanh Thịnh	Thanh Thinh	Xã Thanh Thịnh	Xã
17773	428	40	Thanh An	Thanh An	Xã Thanh An	Xã
17776	428	40	Thanh Quả	Thanh Qua	Xã Thanh Quả	Xã
17779	428	40	Xuân Dương	Xuan Duong	Xã Xuân Dương	Xã
17785	428	40	Minh Tiến	Minh Tien	Xã Minh Tiến	Xã
17791	428	40	Kim Bảng	Kim Bang	Xã Kim Bảng	Xã
17797	428	40	Thanh Thủy	Thanh Thuy	Xã Thanh Thủy	Xã
17806	428	40	Thanh Hà	Thanh Ha	Xã Thanh Hà	Xã
17812	428	40	Thanh Tùng	Thanh Tung	Xã Thanh Tùng	Xã
17815	428	40	Thanh Lâm	Thanh Lam	Xã Thanh Lâm	Xã
17818	428	40	Mai Giang	Mai Giang	Xã Mai Giang	Xã
17821	428	40	Thanh Xuân	Thanh Xuan	Xã Thanh Xuân	Xã
17824	428	40	Thanh Đức	Thanh Duc	Xã Thanh Đức	Xã
17827	429	40	Quán Hành	Quan Hanh	Thị trấn Quán Hành	Thị trấn
17830	429	40	Nghi Văn	Nghi Van	Xã Nghi Văn	Xã
17833	429	40	Nghi Yên	Nghi Yen	Xã Nghi Yên	Xã
17836	429	40	Nghi Tiến	Nghi Tien	Xã Nghi Tiến	Xã
17839	429	40	Nghi Hưng	Nghi Hung	Xã Nghi Hưng	Xã
17842	429	40	Nghi Đồng	Nghi Dong	Xã Nghi Đồng	Xã
17845	429	40	Nghi Thiết	Nghi Thiet	Xã Nghi Thiết	Xã
17848	429	40	Nghi Lâm	Nghi Lam	Xã Nghi Lâm	Xã
17851	429	40	Nghi Quang	Nghi Quang	Xã Nghi Quang	Xã
17854	429	40	Nghi Kiều	Nghi Kieu	Xã Nghi Kiều	Xã
17857	429	40	Nghi Mỹ	Nghi My	Xã Nghi Mỹ	Xã
17860	429	40	Nghi Phương	Nghi Phuong	Xã Nghi Phương	Xã
17863	429	40	Nghi Thuận	Nghi Thuan	Xã Nghi Thuận	Xã
17866	429	40	Nghi Long	Nghi Long	Xã Nghi Long	Xã
17869	429	40	Nghi Xá	Nghi Xa	Xã Nghi Xá	Xã
17878	429	40	Khánh Hợp	Khanh Hop	Xã Khánh Hợp	Xã
17884	429	40	Nghi Công Bắc	Nghi Cong Bac	Xã Nghi Công Bắc	Xã
17887	429	40	Nghi Công Nam	Nghi Cong Nam	Xã Nghi Công Nam	Xã
17890	429	40	Nghi Thạch	Nghi Thach	Xã Nghi Thạch	Xã
17893	429	40	Nghi Trung	Nghi Trung	Xã Nghi Trung	Xã
17896	429	40	Thịnh Trường	Thinh Truong	Xã Thịnh Trường	Xã
17899	429	40	Diên Hoa	Dien Hoa	Xã Diên Hoa	Xã
17911	429	40	Nghi Vạn	Nghi Van	Xã Nghi Vạn	Xã
18739	446	42	Cẩm Mỹ	Cam My	Xã Cẩm Mỹ	Xã
17932	430	40	Nam Hưng	Nam Hung	Xã Nam Hưng	Xã
17935	430	40	Nghĩa Thái	Nghia Thai	Xã Nghĩa Thái	Xã
17938	430	40	Nam Thanh	Nam Thanh	Xã Nam Thanh	Xã
17941	430	40	Nam Anh	Nam Anh	Xã Nam Anh	Xã
17944	430	40	Nam Xuân	Nam Xuan	Xã Nam Xuân	Xã
17950	430	40	Nam Đàn	Nam Dan	Thị trấn Nam Đàn	Thị trấn
17953	430	40	Nam Lĩnh	Nam Linh	Xã Nam Lĩnh	Xã
17956	430	40	Nam Giang	Nam Giang	Xã Nam Giang	Xã
17959	430	40	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
17962	430	40	Hùng Tiến	Hung Tien	Xã Hùng Tiến	Xã
17968	430	40	Thượng Tân Lộc	Thuong Tan Loc	Xã Thượng Tân Lộc	Xã
17971	430	40	Kim Liên	Kim Lien	Xã Kim Liên	Xã
17980	430	40	Xuân Hồng	Xuan Hong	Xã Xuân Hồng	Xã
17983	430	40	Nam Cát	Nam Cat	Xã Nam Cát	Xã
17986	430	40	Khánh Sơn	Khanh Son	Xã Khánh Sơn	Xã
17989	430	40	Trung Phúc Cường	Trung Phuc Cuong	Xã Trung Phúc Cường	Xã
17998	430	40	Nam Kim	Nam Kim	Xã Nam Kim	Xã
18001	431	40	Hưng Nguyên	Hung Nguyen	Thị trấn Hưng Nguyên	Thị trấn
18004	431	40	Hưng Trung	Hung Trung	Xã Hưng Trung	Xã
18007	431	40	Hưng Yên	Hung Yen	Xã Hưng Yên	Xã
18008	431	40	Hưng Yên Bắc	Hung Yen Bac	Xã Hưng Yên Bắc	Xã
18010	431	40	Hưng Tây	Hung Tay	Xã Hưng Tây	Xã
18016	431	40	Hưng Đạo	Hung Dao	Xã Hưng Đạo	Xã
18022	431	40	Thịnh Mỹ	Thinh My	Xã Thịnh Mỹ	Xã
18025	431	40	Hưng Lĩnh	Hung Linh	Xã Hưng Lĩnh	Xã
18028	431	40	Thông Tân	Thong Tan	Xã Thông Tân	Xã
18037	431	40	Hưng Nghĩa	Hung Nghia	Xã Hưng Nghĩa	Xã
18040	431	40	Phúc Lợi	Phuc Loi	Xã Phúc Lợi	Xã
18043	431	40	Long Xá	Long Xa	Xã Long Xá	Xã
18052	431	40	Châu Nhân	Chau Nhan	Xã Châu Nhân	Xã
18055	431	40	Xuân Lam	Xuan Lam	Xã Xuân Lam	Xã
18064	431	40	Hưng Thành	Hung Thanh	Xã Hưng Thành	Xã
17104	432	40	Quỳnh Vinh	Quynh Vinh	Xã Quỳnh Vinh	Xã
17107	432	40	Quỳnh Lộc	Quynh Loc	Xã Quỳnh Lộc	Xã
17110	432	40	Quỳnh Thiện	Quynh Thien	Phường Quỳnh Thiện	Phường
17113	432	40	Quỳnh Lập	Quynh Lap	Xã Quỳnh Lập	Xã
17116	432	40	Quỳnh Trang	Quynh Trang	Xã Quỳnh Trang	Xã
17125	432	40	Mai Hùng	Mai Hung	Phường Mai Hùng	Phường
17128	432	40	Quỳnh Dị	Quynh Di	Phường Quỳnh Dị	Phường
17131	432	40	Quỳnh Xuân	Quynh Xuan	Phường Quỳnh Xuân	Phường
17134	432	40	Quỳnh Phương	Quynh Phuong	Phường Quỳnh Phương	Phường
17137	432	40	Quỳnh Liên	Quynh Lien	Xã Quỳnh Liên	Xã
18073	436	42	Nam Hà	Nam Ha	Phường Nam Hà	Phường
18077	436	42	Bắc Hà	Bac Ha	Phường Bắc Hà	Phường
18079	436	42	Tân Giang	Tan Giang	Phường Tân Giang	Phường
18082	436	42	Đại Nài	Dai Nai	Phường Đại Nài	Phường
18085	436	42	Hà Huy Tập	Ha Huy Tap	Phường Hà Huy Tập	Phường
18088	436	42	Thạch Trung	Thach Trung	Phường Thạch Trung	Phường
18091	436	42	Thạch Quý	Thach Quy	Phường Thạch Quý	Phường
18094	436	42	Trần Phú	Tran Phu	Phường Trần Phú	Phường
18097	436	42	Văn Yên	Van Yen	Phường Văn Yên	Phường
18100	436	42	Thạch Hạ	Thach Ha	Phường Thạch Hạ	Phường
18103	436	42	Đồng Môn	Dong Mon	Phường Đồng Môn	Phường
18109	436	42	Thạch Hưng	Thach Hung	Phường Thạch Hưng	Phường
18112	436	42	Thạch Bình	Thach Binh	Xã Thạch Bình	Xã
18571	436	42	Thạch Hải	Thach Hai	Xã Thạch Hải	Xã
18595	436	42	Đỉnh Bàn	Dinh Ban	Xã Đỉnh Bàn	Xã
18598	436	42	Hộ Độ	Ho Do	Xã Hộ Độ	Xã
18604	436	42	Thạch Khê	Thach Khe	Xã Thạch Khê	Xã
18619	436	42	Thạch Trị	Thach Tri	Xã Thạch Trị	Xã
18622	436	42	Thạch Lạc	Thach Lac	Xã Thạch Lạc	Xã
18628	436	42	Tượng Sơn	Tuong Son	Xã Tượng Sơn	Xã
18631	436	42	Thạch Văn	Thach Van	Xã Thạch Văn	Xã
18637	436	42	Thạch Thắng	Thach Thang	Xã Thạch Thắng	Xã
18643	436	42	Thạch Đài	Thach Dai	Xã Thạch Đài	Xã
18649	436	42	Thạch Hội	Thach Hoi	Xã Thạch Hội	Xã
18652	436	42	Tân Lâm Hương	Tan Lam Huong	Xã Tân Lâm Hương	Xã
18685	436	42	Cẩm Bình	Cam Binh	Xã Cẩm Bình	Xã
18691	436	42	Cẩm Vịnh	Cam Vinh	Xã Cẩm Vịnh	Xã
18115	437	42	Bắc Hồng	Bac Hong	Phường Bắc Hồng	Phường
18118	437	42	Nam Hồng	Nam Hong	Phường Nam Hồng	Phường
18121	437	42	Trung Lương	Trung Luong	Phường Trung Lương	Phường
18124	437	42	Đức Thuận	Duc Thuan	Phường Đức Thuận	Phường
18127	437	42	Đậu Liêu	Dau Lieu	Phường Đậu Liêu	Phường
18130	437	42	Thuận Lộc	Thuan Loc	Xã Thuận Lộc	Xã
18133	439	42	Phố Châu	Pho Chau	Thị trấn Phố Châu	Thị trấn
18136	439	42	Tây Sơn	Tay Son	Thị trấn Tây Sơn	Thị trấn
18139	439	42	Sơn Hồng	Son Hong	Xã Sơn Hồng	Xã
18142	439	42	Sơn Tiến	Son Tien	Xã Sơn Tiến	Xã
18145	439	42	Sơn Lâm	Son Lam	Xã Sơn Lâm	Xã
18148	439	42	Sơn Lễ	Son Le	Xã Sơn Lễ	Xã
18157	439	42	Sơn Giang	Son Giang	Xã Sơn Giang	Xã
18160	439	42	Sơn Lĩnh	Son Linh	Xã Sơn Lĩnh	Xã
18163	439	42	An Hòa Thịnh	An Hoa Thinh	Xã An Hòa Thịnh	Xã
18172	439	42	Sơn Tây	Son Tay	Xã Sơn Tây	Xã
18175	439	42	Sơn Ninh	Son Ninh	Xã Sơn Ninh	Xã
18178	439	42	Châu Bình	Chau Binh	Xã Châu Bình	Xã
18181	439	42	Tân Mỹ Hà	Tan My Ha	Xã Tân Mỹ Hà	Xã
18184	439	42	Quang Diệm	Quang Diem	Xã Quang Diệm	Xã
18187	439	42	Sơn Trung	Son Trung	Xã Sơn Trung	Xã
18190	439	42	Sơn Bằng	Son Bang	Xã Sơn Bằng	Xã
18196	439	42	Sơn Kim 1	Son Kim 1	Xã Sơn Kim 1	Xã
18199	439	42	Sơn Kim 2	Son Kim 2	Xã Sơn Kim 2	Xã
18202	439	42	Mỹ Long	My Long	Xã Mỹ Long	Xã
18211	439	42	Kim Hoa	Kim Hoa	Xã Kim Hoa	Xã
18217	439	42	Sơn Phú	Son Phu	Xã Sơn Phú	Xã
18223	439	42	Hàm Trường	Ham Truong	Xã Hàm Trường	Xã
18229	440	42	Đức Thọ	Duc Tho	Thị trấn Đức Thọ	Thị trấn
18235	440	42	Quang Vĩnh	Quang Vinh	Xã Quang Vĩnh	Xã
18241	440	42	Tùng Châu	Tung Chau	Xã Tùng Châu	Xã
18244	440	42	Trường Sơn	Truong Son	Xã Trường Sơn	Xã
18247	440	42	Liên Minh	Lien Minh	Xã Liên Minh	Xã
18253	440	42	Yên Hồ	Yen Ho	Xã Yên Hồ	Xã
18259	440	42	Tùng Ảnh	Tung Anh	Xã Tùng Ảnh	Xã
18262	440	42	Bùi La Nhân	Bui La Nhan	Xã Bùi La Nhân	Xã
18274	440	42	Thanh Bình Thịnh	Thanh Binh Thinh	Xã Thanh Bình Thịnh	Xã
18277	440	42	Lâm Trung Thủy	Lam Trung Thuy	Xã Lâm Trung Thủy	Xã
18280	440	42	Hòa Lạc	Hoa Lac	Xã Hòa Lạc	Xã
18283	440	42	Tân Dân	Tan Dan	Xã Tân Dân	Xã
18298	440	42	An Dũng	An Dung	Xã An Dũng	Xã
18304	440	42	Đức Đồng	Duc Dong	Xã Đức Đồng	Xã
18307	440	42	Đức Lạng	Duc Lang	Xã Đức Lạng	Xã
18310	440	42	Tân Hương	Tan Huong	Xã Tân Hương	Xã
18313	441	42	Vũ Quang	Vu Quang	Thị trấn Vũ Quang	Thị trấn
18316	441	42	Ân Phú	An Phu	Xã Ân Phú	Xã
18319	441	42	Đức Giang	Duc Giang	Xã Đức Giang	Xã
18322	441	42	Đức Lĩnh	Duc Linh	Xã Đức Lĩnh	Xã
18325	441	42	Thọ Điền	Tho Dien	Xã Thọ Điền	Xã
18328	441	42	Đức Hương	Duc Huong	Xã Đức Hương	Xã
18331	441	42	Đức Bồng	Duc Bong	Xã Đức Bồng	Xã
18334	441	42	Đức Liên	Duc Lien	Xã Đức Liên	Xã
18340	441	42	Hương Minh	Huong Minh	Xã Hương Minh	Xã
18343	441	42	Quang Thọ	Quang Tho	Xã Quang Thọ	Xã
18352	442	42	Xuân An	Xuan An	Thị trấn Xuân An	Thị trấn
18355	442	42	Xuân Hội	Xuan Hoi	Xã Xuân Hội	Xã
18358	442	42	Đan Trường	Dan Truong	Xã Đan Trường	Xã
18364	442	42	Xuân Phổ	Xuan Pho	Xã Xuân Phổ	Xã
18367	442	42	Xuân Hải	Xuan Hai	Xã Xuân Hải	Xã
18370	442	42	Xuân Giang	Xuan Giang	Xã Xuân Giang	Xã
18373	442	42	Tiên Điền	Tien Dien	Thị trấn Tiên Điền	Thị trấn
18376	442	42	Xuân Yên	Xuan Yen	Xã Xuân Yên	Xã
18379	442	42	Xuân Mỹ	Xuan My	Xã Xuân Mỹ	Xã
18382	442	42	Xuân Thành	Xuan Thanh	Xã Xuân Thành	Xã
18385	442	42	Xuân Viên	Xuan Vien	Xã Xuân Viên	Xã
18388	442	42	Xuân Hồng	Xuan Hong	Xã Xuân Hồng	Xã
18391	442	42	Cỗ Đạm	Co Dam	Xã Cỗ Đạm	Xã
18394	442	42	Xuân Liên	Xuan Lien	Xã Xuân Liên	Xã
18397	442	42	Xuân Lĩnh	Xuan Linh	Xã Xuân Lĩnh	Xã
18400	442	42	Xuân Lam	Xuan Lam	Xã Xuân Lam	Xã
18403	442	42	Cương Gián	Cuong Gian	Xã Cương Gián	Xã
18406	443	42	Nghèn	Nghen	Thị trấn Nghèn	Thị trấn
18415	443	42	Thiên Lộc	Thien Loc	Xã Thiên Lộc	Xã
18418	443	42	Thuần Thiện	Thuan Thien	Xã Thuần Thiện	Xã
21328	529	51	Sơn Ba	Son Ba	Xã Sơn Ba	Xã
18427	443	42	Vượng Lộc	Vuong Loc	Xã Vượng Lộc	Xã
18433	443	42	Thanh Lộc	Thanh Loc	Xã Thanh Lộc	Xã
18436	443	42	Kim Song Trường	Kim Song Truong	Xã Kim Song Trường	Xã
18439	443	42	Thường Nga	Thuong Nga	Xã Thường Nga	Xã
18445	443	42	Tùng Lộc	Tung Loc	Xã Tùng Lộc	Xã
18454	443	42	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
18463	443	42	Gia Hanh	Gia Hanh	Xã Gia Hanh	Xã
18466	443	42	Khánh Vĩnh Yên	Khanh Vinh Yen	Xã Khánh Vĩnh Yên	Xã
18475	443	42	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
18478	443	42	Thượng Lộc	Thuong Loc	Xã Thượng Lộc	Xã
18481	443	42	Quang Lộc	Quang Loc	Xã Quang Lộc	Xã
18484	443	42	Đồng Lộc	Dong Loc	Thị trấn Đồng Lộc	Thị trấn
18487	443	42	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
18490	443	42	Sơn Lộc	Son Loc	Xã Sơn Lộc	Xã
18496	444	42	Hương Khê	Huong Khe	Thị trấn Hương Khê	Thị trấn
18499	444	42	Điền Mỹ	Dien My	Xã Điền Mỹ	Xã
18502	444	42	Hà Linh	Ha Linh	Xã Hà Linh	Xã
18505	444	42	Hương Thủy	Huong Thuy	Xã Hương Thủy	Xã
18508	444	42	Hòa Hải	Hoa Hai	Xã Hòa Hải	Xã
18514	444	42	Phúc Đồng	Phuc Dong	Xã Phúc Đồng	Xã
18517	444	42	Hương Giang	Huong Giang	Xã Hương Giang	Xã
18520	444	42	Lộc Yên	Loc Yen	Xã Lộc Yên	Xã
18523	444	42	Hương Bình	Huong Binh	Xã Hương Bình	Xã
18526	444	42	Hương Long	Huong Long	Xã Hương Long	Xã
18529	444	42	Phú Gia	Phu Gia	Xã Phú Gia	Xã
18532	444	42	Gia Phố	Gia Pho	Xã Gia Phố	Xã
18538	444	42	Hương Đô	Huong Do	Xã Hương Đô	Xã
18541	444	42	Hương Vĩnh	Huong Vinh	Xã Hương Vĩnh	Xã
18544	444	42	Hương Xuân	Huong Xuan	Xã Hương Xuân	Xã
18547	444	42	Phúc Trạch	Phuc Trach	Xã Phúc Trạch	Xã
18550	444	42	Hương Trà	Huong Tra	Xã Hương Trà	Xã
18553	444	42	Hương Trạch	Huong Trach	Xã Hương Trạch	Xã
18556	444	42	Hương Lâm	Huong Lam	Xã Hương Lâm	Xã
18559	444	42	Hương Liên	Huong Lien	Xã Hương Liên	Xã
18409	445	42	Tân Lộc	Tan Loc	Xã Tân Lộc	Xã
18412	445	42	Hồng Lộc	Hong Loc	Xã Hồng Lộc	Xã
18421	445	42	Thịnh Lộc	Thinh Loc	Xã Thịnh Lộc	Xã
18430	445	42	Bình An	Binh An	Xã Bình An	Xã
18457	445	42	Ích Hậu	Ich Hau	Xã Ích Hậu	Xã
18493	445	42	Phù Lưu	Phu Luu	Xã Phù Lưu	Xã
18562	445	42	Thạch Hà	Thach Ha	Thị trấn Thạch Hà	Thị trấn
18565	445	42	Ngọc Sơn	Ngoc Son	Xã Ngọc Sơn	Xã
18568	445	42	Lộc Hà	Loc Ha	Thị trấn Lộc Hà	Thị trấn
18577	445	42	Thạch Mỹ	Thach My	Xã Thạch Mỹ	Xã
18580	445	42	Thạch Kim	Thach Kim	Xã Thạch Kim	Xã
18583	445	42	Thạch Châu	Thach Chau	Xã Thạch Châu	Xã
18586	445	42	Thạch Kênh	Thach Kenh	Xã Thạch Kênh	Xã
18589	445	42	Thạch Sơn	Thach Son	Xã Thạch Sơn	Xã
18592	445	42	Thạch Liên	Thach Lien	Xã Thạch Liên	Xã
18601	445	42	Việt Tiến	Viet Tien	Xã Việt Tiến	Xã
18607	445	42	Thạch Long	Thach Long	Xã Thạch Long	Xã
18625	445	42	Thạch Ngọc	Thach Ngoc	Xã Thạch Ngọc	Xã
18634	445	42	Lưu Vĩnh Sơn	Luu Vinh Son	Xã Lưu Vĩnh Sơn	Xã
18658	445	42	Thạch Xuân	Thach Xuan	Xã Thạch Xuân	Xã
18667	445	42	Nam Điền	Nam Dien	Xã Nam Điền	Xã
18670	445	42	Mai Phụ	Mai Phu	Xã Mai Phụ	Xã
18673	446	42	Cẩm Xuyên	Cam Xuyen	Thị trấn Cẩm Xuyên	Thị trấn
18676	446	42	Thiên Cầm	Thien Cam	Thị trấn Thiên Cầm	Thị trấn
18679	446	42	Yên Hòa	Yen Hoa	Xã Yên Hòa	Xã
18682	446	42	Cẩm Dương	Cam Duong	Xã Cẩm Dương	Xã
18694	446	42	Cẩm Thành	Cam Thanh	Xã Cẩm Thành	Xã
18697	446	42	Cẩm Quang	Cam Quang	Xã Cẩm Quang	Xã
18706	446	42	Cẩm Thạch	Cam Thach	Xã Cẩm Thạch	Xã
18709	446	42	Cẩm Nhượng	Cam Nhuong	Xã Cẩm Nhượng	Xã
18712	446	42	Nam Phúc Thăng	Nam Phuc Thang	Xã Nam Phúc Thăng	Xã
18715	446	42	Cẩm Duệ	Cam Due	Xã Cẩm Duệ	Xã
18721	446	42	Cẩm Lĩnh	Cam Linh	Xã Cẩm Lĩnh	Xã
18724	446	42	Cẩm Quan	Cam Quan	Xã Cẩm Quan	Xã
18727	446	42	Cẩm Hà	Cam Ha	Xã Cẩm Hà	Xã
18730	446	42	Cẩm Lộc	Cam Loc	Xã Cẩm Lộc	Xã
18733	446	42	Cẩm Hưng	Cam Hung	Xã Cẩm Hưng	Xã
18736	446	42	Cẩm Thịnh	Cam Thinh	Xã Cẩm Thịnh	Xã
18742	446	42	Cẩm Trung	Cam Trung	Xã Cẩm Trung	Xã
18745	446	42	Cẩm Sơn	Cam Son	Xã Cẩm Sơn	Xã
18748	446	42	Cẩm Lạc	Cam Lac	Xã Cẩm Lạc	Xã
18751	446	42	Cẩm Minh	Cam Minh	Xã Cẩm Minh	Xã
18757	447	42	Kỳ Xuân	Ky Xuan	Xã Kỳ Xuân	Xã
18760	447	42	Kỳ Bắc	Ky Bac	Xã Kỳ Bắc	Xã
18763	447	42	Kỳ Phú	Ky Phu	Xã Kỳ Phú	Xã
18766	447	42	Kỳ Phong	Ky Phong	Xã Kỳ Phong	Xã
18769	447	42	Kỳ Tiến	Ky Tien	Xã Kỳ Tiến	Xã
18772	447	42	Kỳ Giang	Ky Giang	Xã Kỳ Giang	Xã
18775	447	42	Kỳ Đồng	Ky Dong	Thị trấn Kỳ Đồng	Thị trấn
18778	447	42	Kỳ Khang	Ky Khang	Xã Kỳ Khang	Xã
18784	447	42	Kỳ Văn	Ky Van	Xã Kỳ Văn	Xã
18787	447	42	Kỳ Trung	Ky Trung	Xã Kỳ Trung	Xã
18790	447	42	Kỳ Thọ	Ky Tho	Xã Kỳ Thọ	Xã
18793	447	42	Kỳ Tây	Ky Tay	Xã Kỳ Tây	Xã
18799	447	42	Kỳ Thượng	Ky Thuong	Xã Kỳ Thượng	Xã
18802	447	42	Kỳ Hải	Ky Hai	Xã Kỳ Hải	Xã
18805	447	42	Kỳ Thư	Ky Thu	Xã Kỳ Thư	Xã
18811	447	42	Kỳ Châu	Ky Chau	Xã Kỳ Châu	Xã
18814	447	42	Kỳ Tân	Ky Tan	Xã Kỳ Tân	Xã
18838	447	42	Lâm Hợp	Lam Hop	Xã Lâm Hợp	Xã
18844	447	42	Kỳ Sơn	Ky Son	Xã Kỳ Sơn	Xã
18850	447	42	Kỳ Lạc	Ky Lac	Xã Kỳ Lạc	Xã
18754	449	42	Hưng Trí	Hung Tri	Phường Hưng Trí	Phường
18781	449	42	Kỳ Ninh	Ky Ninh	Phường Kỳ Ninh	Phường
18796	449	42	Kỳ Lợi	Ky Loi	Xã Kỳ Lợi	Xã
18808	449	42	Kỳ Hà	Ky Ha	Xã Kỳ Hà	Xã
18820	449	42	Kỳ Trinh	Ky Trinh	Phường Kỳ Trinh	Phường
18823	449	42	Kỳ Thịnh	Ky Thinh	Phường Kỳ Thịnh	Phường
18829	449	42	Kỳ Hoa	Ky Hoa	Xã Kỳ Hoa	Xã
18832	449	42	Kỳ Phương	Ky Phuong	Phường Kỳ Phương	Phường
18835	449	42	Kỳ Long	Ky Long	Phường Kỳ Long	Phường
18841	449	42	Kỳ Liên	Ky Lien	Phường Kỳ Liên	Phường
18847	449	42	Kỳ Nam	Ky Nam	Phường Kỳ Nam	Phường
18853	450	44	Hải Thành	Hai Thanh	Phường Hải Thành	Phường
18856	450	44	Đồng Phú	Dong Phu	Phường Đồng Phú	Phường
18859	450	44	Bắc Lý	Bac Ly	Phường Bắc Lý	Phường
18865	450	44	Nam Lý	Nam Ly	Phường Nam Lý	Phường
18868	450	44	Đồng Hải	Dong Hai	Phường Đồng Hải	Phường
18871	450	44	Đồng Sơn	Dong Son	Phường Đồng Sơn	Phường
18874	450	44	Phú Hải	Phu Hai	Phường Phú Hải	Phường
18877	450	44	Bắc Nghĩa	Bac Nghia	Phường Bắc Nghĩa	Phường
18880	450	44	Đức Ninh Đông	Duc Ninh Dong	Phường Đức Ninh Đông	Phường
18883	450	44	Quang Phú	Quang Phu	Xã Quang Phú	Xã
18886	450	44	Lộc Ninh	Loc Ninh	Xã Lộc Ninh	Xã
18889	450	44	Bảo Ninh	Bao Ninh	Xã Bảo Ninh	Xã
18892	450	44	Nghĩa Ninh	Nghia Ninh	Xã Nghĩa Ninh	Xã
18895	450	44	Thuận Đức	Thuan Duc	Xã Thuận Đức	Xã
18898	450	44	Đức Ninh	Duc Ninh	Xã Đức Ninh	Xã
18901	452	44	Quy Đạt	Quy Dat	Thị trấn Quy Đạt	Thị trấn
18904	452	44	Dân Hóa	Dan Hoa	Xã Dân Hóa	Xã
18907	452	44	Trọng Hóa	Trong Hoa	Xã Trọng Hóa	Xã
18913	452	44	Hồng Hóa	Hong Hoa	Xã Hồng Hóa	Xã
18919	452	44	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
18922	452	44	Hóa Hợp	Hoa Hop	Xã Hóa Hợp	Xã
18925	452	44	Xuân Hóa	Xuan Hoa	Xã Xuân Hóa	Xã
18928	452	44	Yên Hóa	Yen Hoa	Xã Yên Hóa	Xã
18931	452	44	Minh Hóa	Minh Hoa	Xã Minh Hóa	Xã
18934	452	44	Tân Hóa	Tan Hoa	Xã Tân Hóa	Xã
18937	452	44	Hóa Sơn	Hoa Son	Xã Hóa Sơn	Xã
18943	452	44	Trung Hóa	Trung Hoa	Xã Trung Hóa	Xã
18946	452	44	Thượng Hóa	Thuong Hoa	Xã Thượng Hóa	Xã
18949	453	44	Đồng Lê	Dong Le	Thị trấn Đồng Lê	Thị trấn
18952	453	44	Hương Hóa	Huong Hoa	Xã Hương Hóa	Xã
18955	453	44	Kim Hóa	Kim Hoa	Xã Kim Hóa	Xã
18958	453	44	Thanh Hóa	Thanh Hoa	Xã Thanh Hóa	Xã
18961	453	44	Thanh Thạch	Thanh Thach	Xã Thanh Thạch	Xã
18964	453	44	Thuận Hóa	Thuan Hoa	Xã Thuận Hóa	Xã
18967	453	44	Lâm Hóa	Lam Hoa	Xã Lâm Hóa	Xã
18970	453	44	Lê Hóa	Le Hoa	Xã Lê Hóa	Xã
18973	453	44	Sơn Hóa	Son Hoa	Xã Sơn Hóa	Xã
18976	453	44	Đồng Hóa	Dong Hoa	Xã Đồng Hóa	Xã
18979	453	44	Ngư Hóa	Ngu Hoa	Xã Ngư Hóa	Xã
18985	453	44	Thạch Hóa	Thach Hoa	Xã Thạch Hóa	Xã
18988	453	44	Đức Hóa	Duc Hoa	Xã Đức Hóa	Xã
18991	453	44	Phong Hóa	Phong Hoa	Xã Phong Hóa	Xã
18994	453	44	Mai Hóa	Mai Hoa	Xã Mai Hóa	Xã
18997	453	44	Tiến Hóa	Tien Hoa	Xã Tiến Hóa	Xã
19000	453	44	Châu Hóa	Chau Hoa	Xã Châu Hóa	Xã
19003	453	44	Cao Quảng	Cao Quang	Xã Cao Quảng	Xã
19006	453	44	Văn Hóa	Van Hoa	Xã Văn Hóa	Xã
19012	454	44	Quảng Hợp	Quang Hop	Xã Quảng Hợp	Xã
19015	454	44	Quảng Kim	Quang Kim	Xã Quảng Kim	Xã
19018	454	44	Quảng Đông	Quang Dong	Xã Quảng Đông	Xã
19021	454	44	Quảng Phú	Quang Phu	Xã Quảng Phú	Xã
19024	454	44	Quảng Châu	Quang Chau	Xã Quảng Châu	Xã
19027	454	44	Quảng Thạch	Quang Thach	Xã Quảng Thạch	Xã
19030	454	44	Quảng Lưu	Quang Luu	Xã Quảng Lưu	Xã
19033	454	44	Quảng Tùng	Quang Tung	Xã Quảng Tùng	Xã
19036	454	44	Cảnh Dương	Canh Duong	Xã Cảnh Dương	Xã
19039	454	44	Quảng Tiến	Quang Tien	Xã Quảng Tiến	Xã
19042	454	44	Quảng Hưng	Quang Hung	Xã Quảng Hưng	Xã
19045	454	44	Quảng Xuân	Quang Xuan	Xã Quảng Xuân	Xã
19051	454	44	Liên Trường	Lien Truong	Xã Liên Trường	Xã
19057	454	44	Quảng Phương	Quang Phuong	Xã Quảng Phương	Xã
19063	454	44	Phù Cảnh	Phu Canh	Xã Phù Cảnh	Xã
19072	454	44	Quảng Thanh	Quang Thanh	Xã Quảng Thanh	Xã
19111	455	44	Hoàn Lão	Hoan Lao	Thị trấn Hoàn Lão	Thị trấn
19114	455	44	NT Việt Trung	NT Viet Trung	Thị trấn NT Việt Trung	Thị trấn
19117	455	44	Xuân Trạch	Xuan Trach	Xã Xuân Trạch	Xã
19123	455	44	Hạ Mỹ	Ha My	Xã Hạ Mỹ	Xã
19126	455	44	Bắc Trạch	Bac Trach	Xã Bắc Trạch	Xã
19129	455	44	Lâm Trạch	Lam Trach	Xã Lâm Trạch	Xã
19132	455	44	Thanh Trạch	Thanh Trach	Xã Thanh Trạch	Xã
19135	455	44	Liên Trạch	Lien Trach	Xã Liên Trạch	Xã
19138	455	44	Phúc Trạch	Phuc Trach	Xã Phúc Trạch	Xã
19141	455	44	Cự Nẫm	Cu Nam	Xã Cự Nẫm	Xã
19144	455	44	Hải Phú	Hai Phu	Xã Hải Phú	Xã
19147	455	44	Thượng Trạch	Thuong Trach	Xã Thượng Trạch	Xã
19150	455	44	Sơn Lộc	Son Loc	Xã Sơn Lộc	Xã
19156	455	44	Hưng Trạch	Hung Trach	Xã Hưng Trạch	Xã
19159	455	44	Đồng Trạch	Dong Trach	Xã Đồng Trạch	Xã
19162	455	44	Đức Trạch	Duc Trach	Xã Đức Trạch	Xã
19165	455	44	Phong Nha	Phong Nha	Thị trấn Phong Nha	Thị trấn
19168	455	44	Vạn Trạch	Van Trach	Xã Vạn Trạch	Xã
19174	455	44	Phú Định	Phu Dinh	Xã Phú Định	Xã
19177	455	44	Trung Trạch	Trung Trach	Xã Trung Trạch	Xã
19180	455	44	Tây Trạch	Tay Trach	Xã Tây Trạch	Xã
19183	455	44	Hòa Trạch	Hoa Trach	Xã Hòa Trạch	Xã
19186	455	44	Đại Trạch	Dai Trach	Xã Đại Trạch	Xã
19189	455	44	Nhân Trạch	Nhan Trach	Xã Nhân Trạch	Xã
19192	455	44	Tân Trạch	Tan Trach	Xã Tân Trạch	Xã
19198	455	44	Lý Nam	Ly Nam	Xã Lý Nam	Xã
19204	456	44	Trường Sơn	Truong Son	Xã Trường Sơn	Xã
19207	456	44	Quán Hàu	Quan Hau	Thị trấn Quán Hàu	Thị trấn
19210	456	44	Vĩnh Ninh	Vinh Ninh	Xã Vĩnh Ninh	Xã
19213	456	44	Võ Ninh	Vo Ninh	Xã Võ Ninh	Xã
19216	456	44	Hải Ninh	Hai Ninh	Xã Hải Ninh	Xã
19219	456	44	Hàm Ninh	Ham Ninh	Xã Hàm Ninh	Xã
19222	456	44	Duy Ninh	Duy Ninh	Xã Duy Ninh	Xã
19225	456	44	Gia Ninh	Gia Ninh	Xã Gia Ninh	Xã
19228	456	44	Trường Xuân	Truong Xuan	Xã Trường Xuân	Xã
19231	456	44	Hiền Ninh	Hien Ninh	Xã Hiền Ninh	Xã
19234	456	44	Tân Ninh	Tan Ninh	Xã Tân Ninh	Xã
19237	456	44	Xuân Ninh	Xuan Ninh	Xã Xuân Ninh	Xã
19240	456	44	An Ninh	An Ninh	Xã An Ninh	Xã
19243	456	44	Vạn Ninh	Van Ninh	Xã Vạn Ninh	Xã
19246	457	44	NT Lệ Ninh	NT Le Ninh	Thị trấn NT Lệ Ninh	Thị trấn
19249	457	44	Kiến Giang	Kien Giang	Thị trấn Kiến Giang	Thị trấn
19252	457	44	Hồng Thủy	Hong Thuy	Xã Hồng Thủy	Xã
19255	457	44	Ngư Thủy Bắc	Ngu Thuy Bac	Xã Ngư Thủy Bắc	Xã
19258	457	44	Hoa Thủy	Hoa Thuy	Xã Hoa Thủy	Xã
19261	457	44	Thanh Thủy	Thanh Thuy	Xã Thanh Thủy	Xã
19264	457	44	An Thủy	An Thuy	Xã An Thủy	Xã
19267	457	44	Phong Thủy	Phong Thuy	Xã Phong Thủy	Xã
19270	457	44	Cam Thủy	Cam Thuy	Xã Cam Thủy	Xã
19273	457	44	Ngân Thủy	Ngan Thuy	Xã Ngân Thủy	Xã
19276	457	44	Sơn Thủy	Son Thuy	Xã Sơn Thủy	Xã
19279	457	44	Lộc Thủy	Loc Thuy	Xã Lộc Thủy	Xã
19285	457	44	Liên Thủy	Lien Thuy	Xã Liên Thủy	Xã
19288	457	44	Hưng Thủy	Hung Thuy	Xã Hưng Thủy	Xã
19291	457	44	Dương Thủy	Duong Thuy	Xã Dương Thủy	Xã
19294	457	44	Tân Thủy	Tan Thuy	Xã Tân Thủy	Xã
19297	457	44	Phú Thủy	Phu Thuy	Xã Phú Thủy	Xã
19300	457	44	Xuân Thủy	Xuan Thuy	Xã Xuân Thủy	Xã
19303	457	44	Mỹ Thủy	My Thuy	Xã Mỹ Thủy	Xã
19306	457	44	Ngư Thủy	Ngu Thuy	Xã Ngư Thủy	Xã
19309	457	44	Mai Thủy	Mai Thuy	Xã Mai Thủy	Xã
19312	457	44	Sen Thủy	Sen Thuy	Xã Sen Thủy	Xã
19315	457	44	Thái Thủy	Thai Thuy	Xã Thái Thủy	Xã
19318	457	44	Kim Thủy	Kim Thuy	Xã Kim Thủy	Xã
19321	457	44	Trường Thủy	Truong Thuy	Xã Trường Thủy	Xã
19327	457	44	Lâm Thủy	Lam Thuy	Xã Lâm Thủy	Xã
19009	458	44	Ba Đồn	Ba Don	Phường Ba Đồn	Phường
19060	458	44	Quảng Long	Quang Long	Phường Quảng Long	Phường
19066	458	44	Quảng Thọ	Quang Tho	Phường Quảng Thọ	Phường
19069	458	44	Quảng Tiên	Quang Tien	Xã Quảng Tiên	Xã
19075	458	44	Quảng Trung	Quang Trung	Xã Quảng Trung	Xã
19078	458	44	Quảng Phong	Quang Phong	Phường Quảng Phong	Phường
19081	458	44	Quảng Thuận	Quang Thuan	Phường Quảng Thuận	Phường
19084	458	44	Quảng Tân	Quang Tan	Xã Quảng Tân	Xã
19087	458	44	Quảng Hải	Quang Hai	Xã Quảng Hải	Xã
19090	458	44	Quảng Sơn	Quang Son	Xã Quảng Sơn	Xã
19093	458	44	Quảng Lộc	Quang Loc	Xã Quảng Lộc	Xã
19096	458	44	Quảng Thủy	Quang Thuy	Xã Quảng Thủy	Xã
19099	458	44	Quảng Văn	Quang Van	Xã Quảng Văn	Xã
19102	458	44	Quảng Phúc	Quang Phuc	Phường Quảng Phúc	Phường
19105	458	44	Quảng Hòa	Quang Hoa	Xã Quảng Hòa	Xã
19108	458	44	Quảng Minh	Quang Minh	Xã Quảng Minh	Xã
19330	461	45	Đông Giang	Dong Giang	Phường Đông Giang	Phường
19333	461	45	1	1	Phường 1	Phường
19336	461	45	Đông Lễ	Dong Le	Phường Đông Lễ	Phường
19339	461	45	Đông Thanh	Dong Thanh	Phường Đông Thanh	Phường
19342	461	45	2	2	Phường 2	Phường
19345	461	45	4	4	Phường 4	Phường
19348	461	45	5	5	Phường 5	Phường
19351	461	45	Đông Lương	Dong Luong	Phường Đông Lương	Phường
19354	461	45	3	3	Phường 3	Phường
19357	462	45	1	1	Phường 1	Phường
19358	462	45	An Đôn	An Don	Phường An Đôn	Phường
19360	462	45	2	2	Phường 2	Phường
19361	462	45	3	3	Phường 3	Phường
19705	462	45	Hải Lệ	Hai Le	Xã Hải Lệ	Xã
19363	464	45	Hồ Xá	Ho Xa	Thị trấn Hồ Xá	Thị trấn
19366	464	45	Bến Quan	Ben Quan	Thị trấn Bến Quan	Thị trấn
19369	464	45	Vĩnh Thái	Vinh Thai	Xã Vĩnh Thái	Xã
19372	464	45	Vĩnh Tú	Vinh Tu	Xã Vĩnh Tú	Xã
19375	464	45	Vĩnh Chấp	Vinh Chap	Xã Vĩnh Chấp	Xã
19378	464	45	Trung Nam	Trung Nam	Xã Trung Nam	Xã
19384	464	45	Kim Thạch	Kim Thach	Xã Kim Thạch	Xã
19387	464	45	Vĩnh Long	Vinh Long	Xã Vĩnh Long	Xã
19393	464	45	Vĩnh Khê	Vinh Khe	Xã Vĩnh Khê	Xã
19396	464	45	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
19402	464	45	Vĩnh Thủy	Vinh Thuy	Xã Vĩnh Thủy	Xã
19405	464	45	Vĩnh Lâm	Vinh Lam	Xã Vĩnh Lâm	Xã
19408	464	45	Hiền Thành	Hien Thanh	Xã Hiền Thành	Xã
19414	464	45	Cửa Tùng	Cua Tung	Thị trấn Cửa Tùng	Thị trấn
19417	464	45	Vĩnh Hà	Vinh Ha	Xã Vĩnh Hà	Xã
19420	464	45	Vĩnh Sơn	Vinh Son	Xã Vĩnh Sơn	Xã
19423	464	45	Vĩnh Giang	Vinh Giang	Xã Vĩnh Giang	Xã
19426	464	45	Vĩnh Ô	Vinh O	Xã Vĩnh Ô	Xã
19429	465	45	Khe Sanh	Khe Sanh	Thị trấn Khe Sanh	Thị trấn
19432	465	45	Lao Bảo	Lao Bao	Thị trấn Lao Bảo	Thị trấn
19435	465	45	Hướng Lập	Huong Lap	Xã Hướng Lập	Xã
19438	465	45	Hướng Việt	Huong Viet	Xã Hướng Việt	Xã
19441	465	45	Hướng Phùng	Huong Phung	Xã Hướng Phùng	Xã
19444	465	45	Hướng Sơn	Huong Son	Xã Hướng Sơn	Xã
19447	465	45	Hướng Linh	Huong Linh	Xã Hướng Linh	Xã
19450	465	45	Tân Hợp	Tan Hop	Xã Tân Hợp	Xã
19453	465	45	Hướng Tân	Huong Tan	Xã Hướng Tân	Xã
19456	465	45	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
19459	465	45	Tân Long	Tan Long	Xã Tân Long	Xã
19462	465	45	Tân Lập	Tan Lap	Xã Tân Lập	Xã
19465	465	45	Tân Liên	Tan Lien	Xã Tân Liên	Xã
19468	465	45	Húc	Huc	Xã Húc	Xã
19471	465	45	Thuận	Thuan	Xã Thuận	Xã
19474	465	45	Hướng Lộc	Huong Loc	Xã Hướng Lộc	Xã
19477	465	45	Ba Tầng	Ba Tang	Xã Ba Tầng	Xã
19480	465	45	Thanh	Thanh	Xã Thanh	Xã
19483	465	45	A Dơi	A Doi	Xã A Dơi	Xã
19489	465	45	Lìa	Lia	Xã Lìa	Xã
19492	465	45	Xy	Xy	Xã Xy	Xã
19495	466	45	Gio Linh	Gio Linh	Thị trấn Gio Linh	Thị trấn
19496	466	45	Cửa Việt	Cua Viet	Thị trấn Cửa Việt	Thị trấn
19498	466	45	Trung Giang	Trung Giang	Xã Trung Giang	Xã
19501	466	45	Trung Hải	Trung Hai	Xã Trung Hải	Xã
19504	466	45	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
19507	466	45	Phong Bình	Phong Binh	Xã Phong Bình	Xã
19510	466	45	Gio Mỹ	Gio My	Xã Gio Mỹ	Xã
19519	466	45	Gio Hải	Gio Hai	Xã Gio Hải	Xã
19522	466	45	Gio An	Gio An	Xã Gio An	Xã
19534	466	45	Linh Trường	Linh Truong	Xã Linh Trường	Xã
19537	466	45	Gio Sơn	Gio Son	Xã Gio Sơn	Xã
19543	466	45	Gio Mai	Gio Mai	Xã Gio Mai	Xã
19546	466	45	Hải Thái	Hai Thai	Xã Hải Thái	Xã
19552	466	45	Gio Quang	Gio Quang	Xã Gio Quang	Xã
19555	467	45	Krông Klang	Krong Klang	Thị trấn Krông Klang	Thị trấn
19558	467	45	Mò Ó	Mo O	Xã Mò Ó	Xã
19561	467	45	Hướng Hiệp	Huong Hiep	Xã Hướng Hiệp	Xã
19564	467	45	Đa Krông	Da Krong	Xã Đa Krông	Xã
19567	467	45	Triệu Nguyên	Trieu Nguyen	Xã Triệu Nguyên	Xã
19570	467	45	Ba Lòng	Ba Long	Xã Ba Lòng	Xã
19576	467	45	Ba Nang	Ba Nang	Xã Ba Nang	Xã
19579	467	45	Tà Long	Ta Long	Xã Tà Long	Xã
19582	467	45	Húc Nghì	Huc Nghi	Xã Húc Nghì	Xã
19585	467	45	A Vao	A Vao	Xã A Vao	Xã
19588	467	45	Tà Rụt	Ta Rut	Xã Tà Rụt	Xã
19591	467	45	A Bung	A Bung	Xã A Bung	Xã
19594	467	45	A Ngo	A Ngo	Xã A Ngo	Xã
19597	468	45	Cam Lộ	Cam Lo	Thị trấn Cam Lộ	Thị trấn
19600	468	45	Cam Tuyền	Cam Tuyen	Xã Cam Tuyền	Xã
19603	468	45	Thanh An	Thanh An	Xã Thanh An	Xã
19606	468	45	Cam Thủy	Cam Thuy	Xã Cam Thủy	Xã
19612	468	45	Cam Thành	Cam Thanh	Xã Cam Thành	Xã
19615	468	45	Cam Hiếu	Cam Hieu	Xã Cam Hiếu	Xã
19618	468	45	Cam Chính	Cam Chinh	Xã Cam Chính	Xã
19621	468	45	Cam Nghĩa	Cam Nghia	Xã Cam Nghĩa	Xã
19624	469	45	Ái Tử	Ai Tu	Thị trấn Ái Tử	Thị trấn
19627	469	45	Triệu Tân	Trieu Tan	Xã Triệu Tân	Xã
19633	469	45	Triệu Phước	Trieu Phuoc	Xã Triệu Phước	Xã
19636	469	45	Triệu Độ	Trieu Do	Xã Triệu Độ	Xã
19639	469	45	Triệu Trạch	Trieu Trach	Xã Triệu Trạch	Xã
19642	469	45	Triệu Thuận	Trieu Thuan	Xã Triệu Thuận	Xã
19645	469	45	Triệu Đại	Trieu Dai	Xã Triệu Đại	Xã
19648	469	45	Triệu Hòa	Trieu Hoa	Xã Triệu Hòa	Xã
19654	469	45	Triệu Cơ	Trieu Co	Xã Triệu Cơ	Xã
19657	469	45	Triệu Long	Trieu Long	Xã Triệu Long	Xã
19660	469	45	Triệu Tài	Trieu Tai	Xã Triệu Tài	Xã
19666	469	45	Triệu Trung	Trieu Trung	Xã Triệu Trung	Xã
19669	469	45	Triệu Ái	Trieu Ai	Xã Triệu Ái	Xã
19672	469	45	Triệu Thượng	Trieu Thuong	Xã Triệu Thượng	Xã
19675	469	45	Triệu Giang	Trieu Giang	Xã Triệu Giang	Xã
19678	469	45	Triệu Thành	Trieu Thanh	Xã Triệu Thành	Xã
19681	470	45	Diên Sanh	Dien Sanh	Thị trấn Diên Sanh	Thị trấn
19684	470	45	Hải An	Hai An	Xã Hải An	Xã
19687	470	45	Hải Bình	Hai Binh	Xã Hải Bình	Xã
19693	470	45	Hải Quy	Hai Quy	Xã Hải Quy	Xã
19699	470	45	Hải Hưng	Hai Hung	Xã Hải Hưng	Xã
19702	470	45	Hải Phú	Hai Phu	Xã Hải Phú	Xã
19708	470	45	Hải Thượng	Hai Thuong	Xã Hải Thượng	Xã
19711	470	45	Hải Dương	Hai Duong	Xã Hải Dương	Xã
19714	470	45	Hải Định	Hai Dinh	Xã Hải Định	Xã
19717	470	45	Hải Lâm	Hai Lam	Xã Hải Lâm	Xã
19726	470	45	Hải Phong	Hai Phong	Xã Hải Phong	Xã
19729	470	45	Hải Trường	Hai Truong	Xã Hải Trường	Xã
19735	470	45	Hải Sơn	Hai Son	Xã Hải Sơn	Xã
21331	530	51	Sơn Bua	Son Bua	Xã Sơn Bua	Xã
19738	470	45	Hải Chánh	Hai Chanh	Xã Hải Chánh	Xã
19741	470	45	Hải Khê	Hai Khe	Xã Hải Khê	Xã
19777	474	46	Vỹ Dạ	Vy Da	Phường Vỹ Dạ	Phường
19780	474	46	Phường Đúc	Phuong Duc	Phường Phường Đúc	Phường
19783	474	46	Vĩnh Ninh	Vinh Ninh	Phường Vĩnh Ninh	Phường
19786	474	46	Phú Hội	Phu Hoi	Phường Phú Hội	Phường
19789	474	46	Phú Nhuận	Phu Nhuan	Phường Phú Nhuận	Phường
19792	474	46	Xuân Phú	Xuan Phu	Phường Xuân Phú	Phường
19795	474	46	Trường An	Truong An	Phường Trường An	Phường
19798	474	46	Phước Vĩnh	Phuoc Vinh	Phường Phước Vĩnh	Phường
19801	474	46	An Cựu	An Cuu	Phường An Cựu	Phường
19807	474	46	Thuỷ Biều	Thuy Bieu	Phường Thuỷ Biều	Phường
19813	474	46	Thuỷ Xuân	Thuy Xuan	Phường Thuỷ Xuân	Phường
19815	474	46	An Đông	An Dong	Phường An Đông	Phường
19816	474	46	An Tây	An Tay	Phường An Tây	Phường
19900	474	46	Thuận An	Thuan An	Phường Thuận An	Phường
19909	474	46	Dương Nỗ	Duong No	Phường Dương Nỗ	Phường
19930	474	46	Phú Thượng	Phu Thuong	Phường Phú Thượng	Phường
19963	474	46	Thủy Vân	Thuy Van	Phường Thủy Vân	Phường
19981	474	46	Thủy Bằng	Thuy Bang	Phường Thủy Bằng	Phường
20002	474	46	Hương Phong	Huong Phong	Phường Hương Phong	Phường
19750	475	46	Tây Lộc	Tay Loc	Phường Tây Lộc	Phường
19753	475	46	Thuận Lộc	Thuan Loc	Phường Thuận Lộc	Phường
19756	475	46	Gia Hội	Gia Hoi	Phường Gia Hội	Phường
19759	475	46	Phú Hậu	Phu Hau	Phường Phú Hậu	Phường
19762	475	46	Thuận Hòa	Thuan Hoa	Phường Thuận Hòa	Phường
19768	475	46	Đông Ba	Dong Ba	Phường Đông Ba	Phường
19774	475	46	Kim Long	Kim Long	Phường Kim Long	Phường
19803	475	46	An Hòa	An Hoa	Phường An Hòa	Phường
19804	475	46	Hương Sơ	Huong So	Phường Hương Sơ	Phường
19810	475	46	Hương Long	Huong Long	Phường Hương Long	Phường
20014	475	46	Hương Vinh	Huong Vinh	Phường Hương Vinh	Phường
20023	475	46	Hương An	Huong An	Phường Hương An	Phường
20029	475	46	Long Hồ	Long Ho	Phường Long Hồ	Phường
19819	476	46	Phong Thu	Phong Thu	Phường Phong Thu	Phường
19825	476	46	Phong Thạnh	Phong Thanh	Xã Phong Thạnh	Xã
19828	476	46	Phong Phú	Phong Phu	Phường Phong Phú	Phường
19831	476	46	Phong Bình	Phong Binh	Xã Phong Bình	Xã
19837	476	46	Phong Chương	Phong Chuong	Xã Phong Chương	Xã
19843	476	46	Phong Hải	Phong Hai	Phường Phong Hải	Phường
19846	476	46	Phong Hòa	Phong Hoa	Phường Phong Hòa	Phường
19852	476	46	Phong Hiền	Phong Hien	Phường Phong Hiền	Phường
19855	476	46	Phong Mỹ	Phong My	Xã Phong Mỹ	Xã
19858	476	46	Phong An	Phong An	Phường Phong An	Phường
19861	476	46	Phong Xuân	Phong Xuan	Xã Phong Xuân	Xã
19864	476	46	Phong Sơn	Phong Son	Xã Phong Sơn	Xã
19867	477	46	Sịa	Sia	Thị trấn Sịa	Thị trấn
19870	477	46	Quảng Thái	Quang Thai	Xã Quảng Thái	Xã
19873	477	46	Quảng Ngạn	Quang Ngan	Xã Quảng Ngạn	Xã
19876	477	46	Quảng Lợi	Quang Loi	Xã Quảng Lợi	Xã
19879	477	46	Quảng Công	Quang Cong	Xã Quảng Công	Xã
19882	477	46	Quảng Phước	Quang Phuoc	Xã Quảng Phước	Xã
19885	477	46	Quảng Vinh	Quang Vinh	Xã Quảng Vinh	Xã
19888	477	46	Quảng An	Quang An	Xã Quảng An	Xã
19891	477	46	Quảng Thành	Quang Thanh	Xã Quảng Thành	Xã
19894	477	46	Quảng Thọ	Quang Tho	Xã Quảng Thọ	Xã
19897	477	46	Quảng Phú	Quang Phu	Xã Quảng Phú	Xã
19903	478	46	Phú Thuận	Phu Thuan	Xã Phú Thuận	Xã
19912	478	46	Phú An	Phu An	Xã Phú An	Xã
19915	478	46	Phú Hải	Phu Hai	Xã Phú Hải	Xã
19918	478	46	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
19921	478	46	Phú Diên	Phu Dien	Xã Phú Diên	Xã
19927	478	46	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
19933	478	46	Phú Hồ	Phu Ho	Xã Phú Hồ	Xã
19936	478	46	Vinh Xuân	Vinh Xuan	Xã Vinh Xuân	Xã
19939	478	46	Phú Lương	Phu Luong	Xã Phú Lương	Xã
19942	478	46	Phú Đa	Phu Da	Thị trấn Phú Đa	Thị trấn
19945	478	46	Vinh Thanh	Vinh Thanh	Xã Vinh Thanh	Xã
19948	478	46	Vinh An	Vinh An	Xã Vinh An	Xã
19954	478	46	Phú Gia	Phu Gia	Xã Phú Gia	Xã
19957	478	46	Vinh Hà	Vinh Ha	Xã Vinh Hà	Xã
19960	479	46	Phú Bài	Phu Bai	Phường Phú Bài	Phường
19966	479	46	Thủy Thanh	Thuy Thanh	Xã Thủy Thanh	Xã
19969	479	46	Thủy Dương	Thuy Duong	Phường Thủy Dương	Phường
19972	479	46	Thủy Phương	Thuy Phuong	Phường Thủy Phương	Phường
19975	479	46	Thủy Châu	Thuy Chau	Phường Thủy Châu	Phường
19978	479	46	Thủy Lương	Thuy Luong	Phường Thủy Lương	Phường
19984	479	46	Thủy Tân	Thuy Tan	Xã Thủy Tân	Xã
19987	479	46	Thủy Phù	Thuy Phu	Xã Thủy Phù	Xã
19990	479	46	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
19993	479	46	Dương Hòa	Duong Hoa	Xã Dương Hòa	Xã
19996	480	46	Tứ Hạ	Tu Ha	Phường Tứ Hạ	Phường
20005	480	46	Hương Toàn	Huong Toan	Xã Hương Toàn	Xã
20008	480	46	Hương Vân	Huong Van	Phường Hương Vân	Phường
20011	480	46	Hương Văn	Huong Van	Phường Hương Văn	Phường
20017	480	46	Hương Xuân	Huong Xuan	Phường Hương Xuân	Phường
20020	480	46	Hương Chữ	Huong Chu	Phường Hương Chữ	Phường
20026	480	46	Hương Bình	Huong Binh	Xã Hương Bình	Xã
20035	480	46	Bình Tiến	Binh Tien	Xã Bình Tiến	Xã
20041	480	46	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
20044	481	46	A Lưới	A Luoi	Thị trấn A Lưới	Thị trấn
20047	481	46	Hồng Vân	Hong Van	Xã Hồng Vân	Xã
20050	481	46	Hồng Hạ	Hong Ha	Xã Hồng Hạ	Xã
20053	481	46	Hồng Kim	Hong Kim	Xã Hồng Kim	Xã
20056	481	46	Trung Sơn	Trung Son	Xã Trung Sơn	Xã
20059	481	46	Hương Nguyên	Huong Nguyen	Xã Hương Nguyên	Xã
20065	481	46	Hồng Bắc	Hong Bac	Xã Hồng Bắc	Xã
20068	481	46	A Ngo	A Ngo	Xã A Ngo	Xã
20071	481	46	Sơn Thủy	Son Thuy	Xã Sơn Thủy	Xã
20074	481	46	Phú Vinh	Phu Vinh	Xã Phú Vinh	Xã
20080	481	46	Hương Phong	Huong Phong	Xã Hương Phong	Xã
20083	481	46	Quảng Nhâm	Quang Nham	Xã Quảng Nhâm	Xã
20086	481	46	Hồng Thượng	Hong Thuong	Xã Hồng Thượng	Xã
20089	481	46	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
20095	481	46	A Roàng	A Roang	Xã A Roàng	Xã
20098	481	46	Đông Sơn	Dong Son	Xã Đông Sơn	Xã
20101	481	46	Lâm Đớt	Lam Dot	Xã Lâm Đớt	Xã
20104	481	46	Hồng Thủy	Hong Thuy	Xã Hồng Thủy	Xã
20107	482	46	Phú Lộc	Phu Loc	Thị trấn Phú Lộc	Thị trấn
20110	482	46	Lăng Cô	Lang Co	Thị trấn Lăng Cô	Thị trấn
20113	482	46	Vinh Mỹ	Vinh My	Xã Vinh Mỹ	Xã
20116	482	46	Vinh Hưng	Vinh Hung	Xã Vinh Hưng	Xã
20122	482	46	Giang Hải	Giang Hai	Xã Giang Hải	Xã
20125	482	46	Vinh Hiền	Vinh Hien	Xã Vinh Hiền	Xã
20128	482	46	Lộc Bổn	Loc Bon	Xã Lộc Bổn	Xã
20131	482	46	Lộc Sơn	Loc Son	Thị trấn Lộc Sơn	Thị trấn
20134	482	46	Lộc Bình	Loc Binh	Xã Lộc Bình	Xã
20137	482	46	Lộc Vĩnh	Loc Vinh	Xã Lộc Vĩnh	Xã
20140	482	46	Lộc An	Loc An	Xã Lộc An	Xã
20143	482	46	Lộc Điền	Loc Dien	Xã Lộc Điền	Xã
20146	482	46	Lộc Thủy	Loc Thuy	Xã Lộc Thủy	Xã
20149	482	46	Lộc Trì	Loc Tri	Xã Lộc Trì	Xã
20152	482	46	Lộc Tiến	Loc Tien	Xã Lộc Tiến	Xã
20155	482	46	Lộc Hòa	Loc Hoa	Xã Lộc Hòa	Xã
20158	482	46	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
20161	482	46	Khe Tre	Khe Tre	Thị trấn Khe Tre	Thị trấn
20164	482	46	Hương Phú	Huong Phu	Xã Hương Phú	Xã
20167	482	46	Hương Sơn	Huong Son	Xã Hương Sơn	Xã
20170	482	46	Hương Lộc	Huong Loc	Xã Hương Lộc	Xã
20173	482	46	Thượng Quảng	Thuong Quang	Xã Thượng Quảng	Xã
20179	482	46	Hương Xuân	Huong Xuan	Xã Hương Xuân	Xã
20182	482	46	Hương Hữu	Huong Huu	Xã Hương Hữu	Xã
20185	482	46	Thượng Lộ	Thuong Lo	Xã Thượng Lộ	Xã
20188	482	46	Thượng Long	Thuong Long	Xã Thượng Long	Xã
20191	482	46	Thượng Nhật	Thuong Nhat	Xã Thượng Nhật	Xã
20194	490	48	Hòa Hiệp Bắc	Hoa Hiep Bac	Phường Hòa Hiệp Bắc	Phường
20195	490	48	Hòa Hiệp Nam	Hoa Hiep Nam	Phường Hòa Hiệp Nam	Phường
20197	490	48	Hòa Khánh Bắc	Hoa Khanh Bac	Phường Hòa Khánh Bắc	Phường
20198	490	48	Hòa Khánh Nam	Hoa Khanh Nam	Phường Hòa Khánh Nam	Phường
20200	490	48	Hòa Minh	Hoa Minh	Phường Hòa Minh	Phường
20206	491	48	Thanh Khê Tây	Thanh Khe Tay	Phường Thanh Khê Tây	Phường
20207	491	48	Thanh Khê Đông	Thanh Khe Dong	Phường Thanh Khê Đông	Phường
20209	491	48	Xuân Hà	Xuan Ha	Phường Xuân Hà	Phường
20215	491	48	Chính Gián	Chinh Gian	Phường Chính Gián	Phường
20218	491	48	Thạc Gián	Thac Gian	Phường Thạc Gián	Phường
20224	491	48	An Khê	An Khe	Phường An Khê	Phường
20227	492	48	Thanh Bình	Thanh Binh	Phường Thanh Bình	Phường
20230	492	48	Thuận Phước	Thuan Phuoc	Phường Thuận Phước	Phường
20233	492	48	Thạch Thang	Thach Thang	Phường Thạch Thang	Phường
20236	492	48	Hải Châu	Hai Chau	Phường Hải Châu	Phường
20242	492	48	Phước Ninh	Phuoc Ninh	Phường Phước Ninh	Phường
20245	492	48	Hòa Thuận Tây	Hoa Thuan Tay	Phường Hòa Thuận Tây	Phường
20254	492	48	Bình Thuận	Binh Thuan	Phường Bình Thuận	Phường
20257	492	48	Hòa Cường Bắc	Hoa Cuong Bac	Phường Hòa Cường Bắc	Phường
20258	492	48	Hòa Cường Nam	Hoa Cuong Nam	Phường Hòa Cường Nam	Phường
20263	493	48	Thọ Quang	Tho Quang	Phường Thọ Quang	Phường
20266	493	48	Nại Hiên Đông	Nai Hien Dong	Phường Nại Hiên Đông	Phường
20269	493	48	Mân Thái	Man Thai	Phường Mân Thái	Phường
20272	493	48	An Hải Bắc	An Hai Bac	Phường An Hải Bắc	Phường
20275	493	48	Phước Mỹ	Phuoc My	Phường Phước Mỹ	Phường
20278	493	48	An Hải Nam	An Hai Nam	Phường An Hải Nam	Phường
20284	494	48	Mỹ An	My An	Phường Mỹ An	Phường
20285	494	48	Khuê Mỹ	Khue My	Phường Khuê Mỹ	Phường
20287	494	48	Hoà Quý	Hoa Quy	Phường Hoà Quý	Phường
20290	494	48	Hoà Hải	Hoa Hai	Phường Hoà Hải	Phường
20260	495	48	Khuê Trung	Khue Trung	Phường Khuê Trung	Phường
20305	495	48	Hòa Phát	Hoa Phat	Phường Hòa Phát	Phường
20306	495	48	Hòa An	Hoa An	Phường Hòa An	Phường
20311	495	48	Hòa Thọ Tây	Hoa Tho Tay	Phường Hòa Thọ Tây	Phường
20312	495	48	Hòa Thọ Đông	Hoa Tho Dong	Phường Hòa Thọ Đông	Phường
20314	495	48	Hòa Xuân	Hoa Xuan	Phường Hòa Xuân	Phường
20293	497	48	Hòa Bắc	Hoa Bac	Xã Hòa Bắc	Xã
20296	497	48	Hòa Liên	Hoa Lien	Xã Hòa Liên	Xã
20299	497	48	Hòa Ninh	Hoa Ninh	Xã Hòa Ninh	Xã
20302	497	48	Hòa Sơn	Hoa Son	Xã Hòa Sơn	Xã
20308	497	48	Hòa Nhơn	Hoa Nhon	Xã Hòa Nhơn	Xã
20317	497	48	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
20320	497	48	Hòa Phong	Hoa Phong	Xã Hòa Phong	Xã
20323	497	48	Hòa Châu	Hoa Chau	Xã Hòa Châu	Xã
20326	497	48	Hòa Tiến	Hoa Tien	Xã Hòa Tiến	Xã
20329	497	48	Hòa Phước	Hoa Phuoc	Xã Hòa Phước	Xã
20332	497	48	Hòa Khương	Hoa Khuong	Xã Hòa Khương	Xã
20335	502	49	Tân Thạnh	Tan Thanh	Phường Tân Thạnh	Phường
20341	502	49	An Mỹ	An My	Phường An Mỹ	Phường
20344	502	49	Hòa Hương	Hoa Huong	Phường Hòa Hương	Phường
20347	502	49	An Xuân	An Xuan	Phường An Xuân	Phường
20350	502	49	An Sơn	An Son	Phường An Sơn	Phường
20353	502	49	Trường Xuân	Truong Xuan	Phường Trường Xuân	Phường
20356	502	49	An Phú	An Phu	Phường An Phú	Phường
20359	502	49	Tam Thanh	Tam Thanh	Xã Tam Thanh	Xã
20362	502	49	Tam Thăng	Tam Thang	Xã Tam Thăng	Xã
20371	502	49	Tam Phú	Tam Phu	Xã Tam Phú	Xã
20375	502	49	Hoà Thuận	Hoa Thuan	Phường Hoà Thuận	Phường
20389	502	49	Tam Ngọc	Tam Ngoc	Xã Tam Ngọc	Xã
20398	503	49	Minh An	Minh An	Phường Minh An	Phường
20401	503	49	Tân An	Tan An	Phường Tân An	Phường
20404	503	49	Cẩm Phô	Cam Pho	Phường Cẩm Phô	Phường
20407	503	49	Thanh Hà	Thanh Ha	Phường Thanh Hà	Phường
20410	503	49	Sơn Phong	Son Phong	Phường Sơn Phong	Phường
20413	503	49	Cẩm Châu	Cam Chau	Phường Cẩm Châu	Phường
20416	503	49	Cửa Đại	Cua Dai	Phường Cửa Đại	Phường
20419	503	49	Cẩm An	Cam An	Phường Cẩm An	Phường
20422	503	49	Cẩm Hà	Cam Ha	Xã Cẩm Hà	Xã
20425	503	49	Cẩm Kim	Cam Kim	Xã Cẩm Kim	Xã
20428	503	49	Cẩm Nam	Cam Nam	Phường Cẩm Nam	Phường
20431	503	49	Cẩm Thanh	Cam Thanh	Xã Cẩm Thanh	Xã
20434	503	49	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
20437	504	49	Ch'ơm	Ch'om	Xã Ch'ơm	Xã
20440	504	49	Ga Ri	Ga Ri	Xã Ga Ri	Xã
20443	504	49	A Xan	A Xan	Xã A Xan	Xã
20446	504	49	Tr'Hy	Tr'Hy	Xã Tr'Hy	Xã
20449	504	49	Lăng	Lang	Xã Lăng	Xã
20452	504	49	A Nông	A Nong	Xã A Nông	Xã
20455	504	49	A Tiêng	A Tieng	Xã A Tiêng	Xã
20458	504	49	Bha Lê	Bha Le	Xã Bha Lê	Xã
20461	504	49	A Vương	A Vuong	Xã A Vương	Xã
20464	504	49	Dang	Dang	Xã Dang	Xã
20467	505	49	P Rao	P Rao	Thị trấn P Rao	Thị trấn
20470	505	49	Tà Lu	Ta Lu	Xã Tà Lu	Xã
20473	505	49	Sông Kôn	Song Kon	Xã Sông Kôn	Xã
20476	505	49	Jơ Ngây	Jo Ngay	Xã Jơ Ngây	Xã
20479	505	49	A Ting	A Ting	Xã A Ting	Xã
20482	505	49	Tư	Tu	Xã Tư	Xã
20485	505	49	Ba	Ba	Xã Ba	Xã
20488	505	49	A Rooi	A Rooi	Xã A Rooi	Xã
20491	505	49	Za Hung	Za Hung	Xã Za Hung	Xã
20494	505	49	Mà Cooi	Ma Cooi	Xã Mà Cooi	Xã
20497	505	49	Ka Dăng	Ka Dang	Xã Ka Dăng	Xã
20500	506	49	Ái Nghĩa	Ai Nghia	Thị trấn Ái Nghĩa	Thị trấn
20503	506	49	Đại Sơn	Dai Son	Xã Đại Sơn	Xã
20506	506	49	Đại Lãnh	Dai Lanh	Xã Đại Lãnh	Xã
20509	506	49	Đại Hưng	Dai Hung	Xã Đại Hưng	Xã
20512	506	49	Đại Hồng	Dai Hong	Xã Đại Hồng	Xã
20515	506	49	Đại Đồng	Dai Dong	Xã Đại Đồng	Xã
20518	506	49	Đại Quang	Dai Quang	Xã Đại Quang	Xã
20521	506	49	Đại Nghĩa	Dai Nghia	Xã Đại Nghĩa	Xã
20524	506	49	Đại Hiệp	Dai Hiep	Xã Đại Hiệp	Xã
20527	506	49	Đại Thạnh	Dai Thanh	Xã Đại Thạnh	Xã
20530	506	49	Đại Chánh	Dai Chanh	Xã Đại Chánh	Xã
20533	506	49	Đại Tân	Dai Tan	Xã Đại Tân	Xã
20536	506	49	Đại Phong	Dai Phong	Xã Đại Phong	Xã
20539	506	49	Đại Minh	Dai Minh	Xã Đại Minh	Xã
20542	506	49	Đại Thắng	Dai Thang	Xã Đại Thắng	Xã
20545	506	49	Đại Cường	Dai Cuong	Xã Đại Cường	Xã
20547	506	49	Đại An	Dai An	Xã Đại An	Xã
20548	506	49	Đại Hòa	Dai Hoa	Xã Đại Hòa	Xã
20551	507	49	Vĩnh Điện	Vinh Dien	Phường Vĩnh Điện	Phường
20554	507	49	Điện Tiến	Dien Tien	Xã Điện Tiến	Xã
20557	507	49	Điện Hòa	Dien Hoa	Xã Điện Hòa	Xã
20560	507	49	Điện Thắng Bắc	Dien Thang Bac	Phường Điện Thắng Bắc	Phường
20561	507	49	Điện Thắng Trung	Dien Thang Trung	Phường Điện Thắng Trung	Phường
20562	507	49	Điện Thắng Nam	Dien Thang Nam	Phường Điện Thắng Nam	Phường
20563	507	49	Điện Ngọc	Dien Ngoc	Phường Điện Ngọc	Phường
20566	507	49	Điện Hồng	Dien Hong	Xã Điện Hồng	Xã
20569	507	49	Điện Thọ	Dien Tho	Xã Điện Thọ	Xã
20572	507	49	Điện Phước	Dien Phuoc	Xã Điện Phước	Xã
20575	507	49	Điện An	Dien An	Phường Điện An	Phường
20578	507	49	Điện Nam Bắc	Dien Nam Bac	Phường Điện Nam Bắc	Phường
20579	507	49	Điện Nam Trung	Dien Nam Trung	Phường Điện Nam Trung	Phường
20580	507	49	Điện Nam Đông	Dien Nam Dong	Phường Điện Nam Đông	Phường
20581	507	49	Điện Dương	Dien Duong	Phường Điện Dương	Phường
20584	507	49	Điện Quang	Dien Quang	Xã Điện Quang	Xã
20587	507	49	Điện Trung	Dien Trung	Xã Điện Trung	Xã
20590	507	49	Điện Phong	Dien Phong	Xã Điện Phong	Xã
20593	507	49	Điện Minh	Dien Minh	Phường Điện Minh	Phường
20596	507	49	Điện Phương	Dien Phuong	Phường Điện Phương	Phường
20599	508	49	Nam Phước	Nam Phuoc	Thị trấn Nam Phước	Thị trấn
20605	508	49	Duy Phú	Duy Phu	Xã Duy Phú	Xã
20608	508	49	Duy Tân	Duy Tan	Xã Duy Tân	Xã
20611	508	49	Duy Hòa	Duy Hoa	Xã Duy Hòa	Xã
20614	508	49	Duy Châu	Duy Chau	Xã Duy Châu	Xã
20617	508	49	Duy Trinh	Duy Trinh	Xã Duy Trinh	Xã
20620	508	49	Duy Sơn	Duy Son	Xã Duy Sơn	Xã
20623	508	49	Duy Trung	Duy Trung	Xã Duy Trung	Xã
20626	508	49	Duy Phước	Duy Phuoc	Xã Duy Phước	Xã
20629	508	49	Duy Thành	Duy Thanh	Xã Duy Thành	Xã
20632	508	49	Duy Vinh	Duy Vinh	Xã Duy Vinh	Xã
20635	508	49	Duy Nghĩa	Duy Nghia	Xã Duy Nghĩa	Xã
20638	508	49	Duy Hải	Duy Hai	Xã Duy Hải	Xã
20641	509	49	Đông Phú	Dong Phu	Thị trấn Đông Phú	Thị trấn
20644	509	49	Quế Xuân 1	Que Xuan 1	Xã Quế Xuân 1	Xã
20647	509	49	Quế Xuân 2	Que Xuan 2	Xã Quế Xuân 2	Xã
20650	509	49	Quế Phú	Que Phu	Xã Quế Phú	Xã
20651	509	49	Hương An	Huong An	Thị trấn Hương An	Thị trấn
20656	509	49	Trung Phước	Trung Phuoc	Thị trấn Trung Phước	Thị trấn
20659	509	49	Quế Hiệp	Que Hiep	Xã Quế Hiệp	Xã
20662	509	49	Quế Thuận	Que Thuan	Xã Quế Thuận	Xã
20665	509	49	Quế Mỹ	Que My	Xã Quế Mỹ	Xã
20668	509	49	Ninh Phước	Ninh Phuoc	Xã Ninh Phước	Xã
20669	509	49	Phước Ninh	Phuoc Ninh	Xã Phước Ninh	Xã
20671	509	49	Quế Lộc	Que Loc	Xã Quế Lộc	Xã
20677	509	49	Quế Long	Que Long	Xã Quế Long	Xã
20680	509	49	Quế Châu	Que Chau	Xã Quế Châu	Xã
20683	509	49	Quế Phong	Que Phong	Xã Quế Phong	Xã
20686	509	49	Quế An	Que An	Xã Quế An	Xã
20689	509	49	Quế Minh	Que Minh	Xã Quế Minh	Xã
20692	509	49	Quế Lâm	Que Lam	Xã Quế Lâm	Xã
20695	510	49	Thạnh Mỹ	Thanh My	Thị trấn Thạnh Mỹ	Thị trấn
20698	510	49	Laêê	Laee	Xã Laêê	Xã
20699	510	49	Chơ Chun	Cho Chun	Xã Chơ Chun	Xã
20701	510	49	Zuôich	Zuoich	Xã Zuôich	Xã
20702	510	49	Tà Pơơ	Ta Poo	Xã Tà Pơơ	Xã
20704	510	49	La Dêê	La Dee	Xã La Dêê	Xã
20705	510	49	Đắc Tôi	Dac Toi	Xã Đắc Tôi	Xã
20707	510	49	Chà Vàl	Cha Val	Xã Chà Vàl	Xã
20710	510	49	Tà Bhinh	Ta Bhinh	Xã Tà Bhinh	Xã
20713	510	49	Cà Dy	Ca Dy	Xã Cà Dy	Xã
20716	510	49	Đắc Pre	Dac Pre	Xã Đắc Pre	Xã
20719	510	49	Đắc Pring	Dac Pring	Xã Đắc Pring	Xã
20722	511	49	Khâm Đức	Kham Duc	Thị trấn Khâm Đức	Thị trấn
20725	511	49	Phước Xuân	Phuoc Xuan	Xã Phước Xuân	Xã
20728	511	49	Phước Hiệp	Phuoc Hiep	Xã Phước Hiệp	Xã
20729	511	49	Phước Hoà	Phuoc Hoa	Xã Phước Hoà	Xã
20731	511	49	Phước Đức	Phuoc Duc	Xã Phước Đức	Xã
20734	511	49	Phước Năng	Phuoc Nang	Xã Phước Năng	Xã
20737	511	49	Phước Mỹ	Phuoc My	Xã Phước Mỹ	Xã
20740	511	49	Phước Chánh	Phuoc Chanh	Xã Phước Chánh	Xã
20743	511	49	Phước Công	Phuoc Cong	Xã Phước Công	Xã
20746	511	49	Phước Kim	Phuoc Kim	Xã Phước Kim	Xã
20749	511	49	Phước Lộc	Phuoc Loc	Xã Phước Lộc	Xã
20752	511	49	Phước Thành	Phuoc Thanh	Xã Phước Thành	Xã
20758	512	49	Quế Tân	Que Tan	Xã Quế Tân	Xã
20764	512	49	Quế Thọ	Que Tho	Xã Quế Thọ	Xã
20767	512	49	Bình Lâm	Binh Lam	Xã Bình Lâm	Xã
20770	512	49	Sông Trà	Song Tra	Xã Sông Trà	Xã
20773	512	49	Phước Trà	Phuoc Tra	Xã Phước Trà	Xã
20776	512	49	Phước Gia	Phuoc Gia	Xã Phước Gia	Xã
20779	512	49	Tân Bình	Tan Binh	Thị trấn Tân Bình	Thị trấn
20782	512	49	Quế Lưu	Que Luu	Xã Quế Lưu	Xã
20785	512	49	Thăng Phước	Thang Phuoc	Xã Thăng Phước	Xã
20788	512	49	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
20791	513	49	Hà Lam	Ha Lam	Thị trấn Hà Lam	Thị trấn
20794	513	49	Bình Dương	Binh Duong	Xã Bình Dương	Xã
20797	513	49	Bình Giang	Binh Giang	Xã Bình Giang	Xã
20800	513	49	Bình Nguyên	Binh Nguyen	Xã Bình Nguyên	Xã
20803	513	49	Bình Phục	Binh Phuc	Xã Bình Phục	Xã
20806	513	49	Bình Triều	Binh Trieu	Xã Bình Triều	Xã
20809	513	49	Bình Đào	Binh Dao	Xã Bình Đào	Xã
20812	513	49	Bình Minh	Binh Minh	Xã Bình Minh	Xã
20815	513	49	Bình Lãnh	Binh Lanh	Xã Bình Lãnh	Xã
20818	513	49	Bình Trị	Binh Tri	Xã Bình Trị	Xã
20821	513	49	Bình Định	Binh Dinh	Xã Bình Định	Xã
20824	513	49	Bình Quý	Binh Quy	Xã Bình Quý	Xã
20827	513	49	Bình Phú	Binh Phu	Xã Bình Phú	Xã
20833	513	49	Bình Tú	Binh Tu	Xã Bình Tú	Xã
20836	513	49	Bình Sa	Binh Sa	Xã Bình Sa	Xã
20839	513	49	Bình Hải	Binh Hai	Xã Bình Hải	Xã
20842	513	49	Bình Quế	Binh Que	Xã Bình Quế	Xã
20845	513	49	Bình An	Binh An	Xã Bình An	Xã
20848	513	49	Bình Trung	Binh Trung	Xã Bình Trung	Xã
20851	513	49	Bình Nam	Binh Nam	Xã Bình Nam	Xã
20854	514	49	Tiên Kỳ	Tien Ky	Thị trấn Tiên Kỳ	Thị trấn
20857	514	49	Tiên Sơn	Tien Son	Xã Tiên Sơn	Xã
20860	514	49	Tiên Hà	Tien Ha	Xã Tiên Hà	Xã
20866	514	49	Tiên Châu	Tien Chau	Xã Tiên Châu	Xã
20869	514	49	Tiên Lãnh	Tien Lanh	Xã Tiên Lãnh	Xã
20872	514	49	Tiên Ngọc	Tien Ngoc	Xã Tiên Ngọc	Xã
20875	514	49	Tiên Hiệp	Tien Hiep	Xã Tiên Hiệp	Xã
20878	514	49	Tiên Cảnh	Tien Canh	Xã Tiên Cảnh	Xã
20881	514	49	Tiên Mỹ	Tien My	Xã Tiên Mỹ	Xã
20884	514	49	Tiên Phong	Tien Phong	Xã Tiên Phong	Xã
20887	514	49	Tiên Thọ	Tien Tho	Xã Tiên Thọ	Xã
20890	514	49	Tiên An	Tien An	Xã Tiên An	Xã
20893	514	49	Tiên Lộc	Tien Loc	Xã Tiên Lộc	Xã
20896	514	49	Tiên Lập	Tien Lap	Xã Tiên Lập	Xã
20899	515	49	Trà My	Tra My	Thị trấn Trà My	Thị trấn
20900	515	49	Trà Sơn	Tra Son	Xã Trà Sơn	Xã
20902	515	49	Trà Kót	Tra Kot	Xã Trà Kót	Xã
20905	515	49	Trà Nú	Tra Nu	Xã Trà Nú	Xã
20908	515	49	Trà Đông	Tra Dong	Xã Trà Đông	Xã
20911	515	49	Trà Dương	Tra Duong	Xã Trà Dương	Xã
20914	515	49	Trà Giang	Tra Giang	Xã Trà Giang	Xã
20917	515	49	Trà Bui	Tra Bui	Xã Trà Bui	Xã
20920	515	49	Trà Đốc	Tra Doc	Xã Trà Đốc	Xã
20923	515	49	Trà Tân	Tra Tan	Xã Trà Tân	Xã
20926	515	49	Trà Giác	Tra Giac	Xã Trà Giác	Xã
20929	515	49	Trà Giáp	Tra Giap	Xã Trà Giáp	Xã
20932	515	49	Trà Ka	Tra Ka	Xã Trà Ka	Xã
20935	516	49	Trà Leng	Tra Leng	Xã Trà Leng	Xã
20938	516	49	Trà Dơn	Tra Don	Xã Trà Dơn	Xã
20941	516	49	Trà Tập	Tra Tap	Xã Trà Tập	Xã
20944	516	49	Trà Mai	Tra Mai	Xã Trà Mai	Xã
20947	516	49	Trà Cang	Tra Cang	Xã Trà Cang	Xã
20950	516	49	Trà Linh	Tra Linh	Xã Trà Linh	Xã
20953	516	49	Trà Nam	Tra Nam	Xã Trà Nam	Xã
20956	516	49	Trà Don	Tra Don	Xã Trà Don	Xã
20959	516	49	Trà Vân	Tra Van	Xã Trà Vân	Xã
20962	516	49	Trà Vinh	Tra Vinh	Xã Trà Vinh	Xã
20965	517	49	Núi Thành	Nui Thanh	Thị trấn Núi Thành	Thị trấn
20968	517	49	Tam Xuân I	Tam Xuan I	Xã Tam Xuân I	Xã
20971	517	49	Tam Xuân II	Tam Xuan II	Xã Tam Xuân II	Xã
20974	517	49	Tam Tiến	Tam Tien	Xã Tam Tiến	Xã
20977	517	49	Tam Sơn	Tam Son	Xã Tam Sơn	Xã
20980	517	49	Tam Thạnh	Tam Thanh	Xã Tam Thạnh	Xã
20983	517	49	Tam Anh Bắc	Tam Anh Bac	Xã Tam Anh Bắc	Xã
20984	517	49	Tam Anh Nam	Tam Anh Nam	Xã Tam Anh Nam	Xã
20986	517	49	Tam Hòa	Tam Hoa	Xã Tam Hòa	Xã
20989	517	49	Tam Hiệp	Tam Hiep	Xã Tam Hiệp	Xã
20992	517	49	Tam Hải	Tam Hai	Xã Tam Hải	Xã
20995	517	49	Tam Giang	Tam Giang	Xã Tam Giang	Xã
20998	517	49	Tam Quang	Tam Quang	Xã Tam Quang	Xã
21001	517	49	Tam Nghĩa	Tam Nghia	Xã Tam Nghĩa	Xã
21004	517	49	Tam Mỹ Tây	Tam My Tay	Xã Tam Mỹ Tây	Xã
21005	517	49	Tam Mỹ Đông	Tam My Dong	Xã Tam Mỹ Đông	Xã
21007	517	49	Tam Trà	Tam Tra	Xã Tam Trà	Xã
20364	518	49	Phú Thịnh	Phu Thinh	Thị trấn Phú Thịnh	Thị trấn
20365	518	49	Tam Thành	Tam Thanh	Xã Tam Thành	Xã
20368	518	49	Tam An	Tam An	Xã Tam An	Xã
20374	518	49	Tam Đàn	Tam Dan	Xã Tam Đàn	Xã
20377	518	49	Tam Lộc	Tam Loc	Xã Tam Lộc	Xã
20380	518	49	Tam Phước	Tam Phuoc	Xã Tam Phước	Xã
20386	518	49	Tam Thái	Tam Thai	Xã Tam Thái	Xã
20387	518	49	Tam Đại	Tam Dai	Xã Tam Đại	Xã
20392	518	49	Tam Dân	Tam Dan	Xã Tam Dân	Xã
20395	518	49	Tam Lãnh	Tam Lanh	Xã Tam Lãnh	Xã
21010	522	51	Lê Hồng Phong	Le Hong Phong	Phường Lê Hồng Phong	Phường
21013	522	51	Trần Phú	Tran Phu	Phường Trần Phú	Phường
21016	522	51	Quảng Phú	Quang Phu	Phường Quảng Phú	Phường
21019	522	51	Nghĩa Chánh	Nghia Chanh	Phường Nghĩa Chánh	Phường
21022	522	51	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
21025	522	51	Nguyễn Nghiêm	Nguyen Nghiem	Phường Nguyễn Nghiêm	Phường
21028	522	51	Nghĩa Lộ	Nghia Lo	Phường Nghĩa Lộ	Phường
21031	522	51	Chánh Lộ	Chanh Lo	Phường Chánh Lộ	Phường
21034	522	51	Nghĩa Dũng	Nghia Dung	Xã Nghĩa Dũng	Xã
21037	522	51	Nghĩa Dõng	Nghia Dong	Xã Nghĩa Dõng	Xã
21172	522	51	Trương Quang Trọng	Truong Quang Trong	Phường Trương Quang Trọng	Phường
21187	522	51	Tịnh Hòa	Tinh Hoa	Xã Tịnh Hòa	Xã
21190	522	51	Tịnh Kỳ	Tinh Ky	Xã Tịnh Kỳ	Xã
21199	522	51	Tịnh Thiện	Tinh Thien	Xã Tịnh Thiện	Xã
21202	522	51	Tịnh Ấn Đông	Tinh An Dong	Xã Tịnh Ấn Đông	Xã
21208	522	51	Tịnh Châu	Tinh Chau	Xã Tịnh Châu	Xã
21211	522	51	Tịnh Khê	Tinh Khe	Xã Tịnh Khê	Xã
21214	522	51	Tịnh Long	Tinh Long	Xã Tịnh Long	Xã
21223	522	51	Tịnh Ấn Tây	Tinh An Tay	Xã Tịnh Ấn Tây	Xã
21232	522	51	Tịnh An	Tinh An	Xã Tịnh An	Xã
21256	522	51	Nghĩa Hà	Nghia Ha	Xã Nghĩa Hà	Xã
21262	522	51	An Phú	An Phu	Xã An Phú	Xã
21040	524	51	Châu Ổ	Chau O	Thị trấn Châu Ổ	Thị trấn
21043	524	51	Bình Thuận	Binh Thuan	Xã Bình Thuận	Xã
21046	524	51	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
21049	524	51	Bình Đông	Binh Dong	Xã Bình Đông	Xã
21052	524	51	Bình Chánh	Binh Chanh	Xã Bình Chánh	Xã
21055	524	51	Bình Nguyên	Binh Nguyen	Xã Bình Nguyên	Xã
21058	524	51	Bình Khương	Binh Khuong	Xã Bình Khương	Xã
21061	524	51	Bình Trị	Binh Tri	Xã Bình Trị	Xã
21064	524	51	Bình An	Binh An	Xã Bình An	Xã
21067	524	51	Bình Hải	Binh Hai	Xã Bình Hải	Xã
21070	524	51	Bình Dương	Binh Duong	Xã Bình Dương	Xã
21073	524	51	Bình Phước	Binh Phuoc	Xã Bình Phước	Xã
21079	524	51	Bình Hòa	Binh Hoa	Xã Bình Hòa	Xã
21082	524	51	Bình Trung	Binh Trung	Xã Bình Trung	Xã
21085	524	51	Bình Minh	Binh Minh	Xã Bình Minh	Xã
21088	524	51	Bình Long	Binh Long	Xã Bình Long	Xã
21091	524	51	Bình Thanh	Binh Thanh	Xã Bình Thanh	Xã
21100	524	51	Bình Chương	Binh Chuong	Xã Bình Chương	Xã
21103	524	51	Bình Hiệp	Binh Hiep	Xã Bình Hiệp	Xã
21106	524	51	Bình Mỹ	Binh My	Xã Bình Mỹ	Xã
21109	524	51	Bình Tân Phú	Binh Tan Phu	Xã Bình Tân Phú	Xã
21112	524	51	Bình Châu	Binh Chau	Xã Bình Châu	Xã
21115	525	51	Trà Xuân	Tra Xuan	Thị trấn Trà Xuân	Thị trấn
21118	525	51	Trà Giang	Tra Giang	Xã Trà Giang	Xã
21121	525	51	Trà Thủy	Tra Thuy	Xã Trà Thủy	Xã
21124	525	51	Trà Hiệp	Tra Hiep	Xã Trà Hiệp	Xã
21127	525	51	Trà Bình	Tra Binh	Xã Trà Bình	Xã
21130	525	51	Trà Phú	Tra Phu	Xã Trà Phú	Xã
21133	525	51	Trà Lâm	Tra Lam	Xã Trà Lâm	Xã
21136	525	51	Trà Tân	Tra Tan	Xã Trà Tân	Xã
21139	525	51	Trà Sơn	Tra Son	Xã Trà Sơn	Xã
21142	525	51	Trà Bùi	Tra Bui	Xã Trà Bùi	Xã
21145	525	51	Trà Thanh	Tra Thanh	Xã Trà Thanh	Xã
21148	525	51	Sơn Trà	Son Tra	Xã Sơn Trà	Xã
21154	525	51	Trà Phong	Tra Phong	Xã Trà Phong	Xã
21157	525	51	Hương Trà	Huong Tra	Xã Hương Trà	Xã
21163	525	51	Trà Xinh	Tra Xinh	Xã Trà Xinh	Xã
21166	525	51	Trà Tây	Tra Tay	Xã Trà Tây	Xã
21175	527	51	Tịnh Thọ	Tinh Tho	Xã Tịnh Thọ	Xã
21178	527	51	Tịnh Trà	Tinh Tra	Xã Tịnh Trà	Xã
21181	527	51	Tịnh Phong	Tinh Phong	Xã Tịnh Phong	Xã
21184	527	51	Tịnh Hiệp	Tinh Hiep	Xã Tịnh Hiệp	Xã
21193	527	51	Tịnh Bình	Tinh Binh	Xã Tịnh Bình	Xã
21196	527	51	Tịnh Đông	Tinh Dong	Xã Tịnh Đông	Xã
21205	527	51	Tịnh Bắc	Tinh Bac	Xã Tịnh Bắc	Xã
21217	527	51	Tịnh Sơn	Tinh Son	Xã Tịnh Sơn	Xã
21220	527	51	Tịnh Hà	Tinh Ha	Thị trấn Tịnh Hà	Thị trấn
21226	527	51	Tịnh Giang	Tinh Giang	Xã Tịnh Giang	Xã
21229	527	51	Tịnh Minh	Tinh Minh	Xã Tịnh Minh	Xã
21235	528	51	La Hà	La Ha	Thị trấn La Hà	Thị trấn
21238	528	51	Sông Vệ	Song Ve	Thị trấn Sông Vệ	Thị trấn
21241	528	51	Nghĩa Lâm	Nghia Lam	Xã Nghĩa Lâm	Xã
21244	528	51	Nghĩa Thắng	Nghia Thang	Xã Nghĩa Thắng	Xã
21247	528	51	Nghĩa Thuận	Nghia Thuan	Xã Nghĩa Thuận	Xã
21250	528	51	Nghĩa Kỳ	Nghia Ky	Xã Nghĩa Kỳ	Xã
21259	528	51	Nghĩa Sơn	Nghia Son	Xã Nghĩa Sơn	Xã
21268	528	51	Nghĩa Hòa	Nghia Hoa	Xã Nghĩa Hòa	Xã
21271	528	51	Nghĩa Điền	Nghia Dien	Xã Nghĩa Điền	Xã
21274	528	51	Nghĩa Thương	Nghia Thuong	Xã Nghĩa Thương	Xã
21277	528	51	Nghĩa Trung	Nghia Trung	Xã Nghĩa Trung	Xã
21280	528	51	Nghĩa Hiệp	Nghia Hiep	Xã Nghĩa Hiệp	Xã
21283	528	51	Nghĩa Phương	Nghia Phuong	Xã Nghĩa Phương	Xã
21289	529	51	Di Lăng	Di Lang	Thị trấn Di Lăng	Thị trấn
21292	529	51	Sơn Hạ	Son Ha	Xã Sơn Hạ	Xã
21295	529	51	Sơn Thành	Son Thanh	Xã Sơn Thành	Xã
21298	529	51	Sơn Nham	Son Nham	Xã Sơn Nham	Xã
21301	529	51	Sơn Bao	Son Bao	Xã Sơn Bao	Xã
21304	529	51	Sơn Linh	Son Linh	Xã Sơn Linh	Xã
21307	529	51	Sơn Giang	Son Giang	Xã Sơn Giang	Xã
21310	529	51	Sơn Trung	Son Trung	Xã Sơn Trung	Xã
21313	529	51	Sơn Thượng	Son Thuong	Xã Sơn Thượng	Xã
21316	529	51	Sơn Cao	Son Cao	Xã Sơn Cao	Xã
21319	529	51	Sơn Hải	Son Hai	Xã Sơn Hải	Xã
21322	529	51	Sơn Thủy	Son Thuy	Xã Sơn Thủy	Xã
21325	529	51	Sơn Kỳ	Son Ky	Xã Sơn Kỳ	Xã
21334	530	51	Sơn Mùa	Son Mua	Xã Sơn Mùa	Xã
21335	530	51	Sơn Liên	Son Lien	Xã Sơn Liên	Xã
21337	530	51	Sơn Tân	Son Tan	Xã Sơn Tân	Xã
21338	530	51	Sơn Màu	Son Mau	Xã Sơn Màu	Xã
21340	530	51	Sơn Dung	Son Dung	Xã Sơn Dung	Xã
21341	530	51	Sơn Long	Son Long	Xã Sơn Long	Xã
21343	530	51	Sơn Tinh	Son Tinh	Xã Sơn Tinh	Xã
21346	530	51	Sơn Lập	Son Lap	Xã Sơn Lập	Xã
21349	531	51	Long Sơn	Long Son	Xã Long Sơn	Xã
21352	531	51	Long Mai	Long Mai	Xã Long Mai	Xã
21355	531	51	Thanh An	Thanh An	Xã Thanh An	Xã
21358	531	51	Long Môn	Long Mon	Xã Long Môn	Xã
21361	531	51	Long Hiệp	Long Hiep	Xã Long Hiệp	Xã
21364	532	51	Chợ Chùa	Cho Chua	Thị trấn Chợ Chùa	Thị trấn
21367	532	51	Hành Thuận	Hanh Thuan	Xã Hành Thuận	Xã
21370	532	51	Hành Dũng	Hanh Dung	Xã Hành Dũng	Xã
21373	532	51	Hành Trung	Hanh Trung	Xã Hành Trung	Xã
21376	532	51	Hành Nhân	Hanh Nhan	Xã Hành Nhân	Xã
21379	532	51	Hành Đức	Hanh Duc	Xã Hành Đức	Xã
21382	532	51	Hành Minh	Hanh Minh	Xã Hành Minh	Xã
21385	532	51	Hành Phước	Hanh Phuoc	Xã Hành Phước	Xã
21388	532	51	Hành Thiện	Hanh Thien	Xã Hành Thiện	Xã
21391	532	51	Hành Thịnh	Hanh Thinh	Xã Hành Thịnh	Xã
21394	532	51	Hành Tín Tây	Hanh Tin Tay	Xã Hành Tín Tây	Xã
21397	532	51	Hành Tín Đông	Hanh Tin Dong	Xã Hành Tín Đông	Xã
21400	533	51	Mộ Đức	Mo Duc	Thị trấn Mộ Đức	Thị trấn
21406	533	51	Thắng Lợi	Thang Loi	Xã Thắng Lợi	Xã
21409	533	51	Đức Nhuận	Duc Nhuan	Xã Đức Nhuận	Xã
21412	533	51	Đức Chánh	Duc Chanh	Xã Đức Chánh	Xã
21415	533	51	Đức Hiệp	Duc Hiep	Xã Đức Hiệp	Xã
21418	533	51	Đức Minh	Duc Minh	Xã Đức Minh	Xã
21421	533	51	Đức Thạnh	Duc Thanh	Xã Đức Thạnh	Xã
21424	533	51	Đức Hòa	Duc Hoa	Xã Đức Hòa	Xã
21427	533	51	Đức Tân	Duc Tan	Xã Đức Tân	Xã
21430	533	51	Đức Phú	Duc Phu	Xã Đức Phú	Xã
21433	533	51	Đức Phong	Duc Phong	Xã Đức Phong	Xã
21436	533	51	Đức Lân	Duc Lan	Xã Đức Lân	Xã
21439	534	51	Nguyễn Nghiêm	Nguyen Nghiem	Phường Nguyễn Nghiêm	Phường
21442	534	51	Phổ An	Pho An	Xã Phổ An	Xã
21445	534	51	Phổ Phong	Pho Phong	Xã Phổ Phong	Xã
21448	534	51	Phổ Thuận	Pho Thuan	Xã Phổ Thuận	Xã
21451	534	51	Phổ Văn	Pho Van	Phường Phổ Văn	Phường
21454	534	51	Phổ Quang	Pho Quang	Phường Phổ Quang	Phường
21457	534	51	Phổ Nhơn	Pho Nhon	Xã Phổ Nhơn	Xã
21460	534	51	Phổ Ninh	Pho Ninh	Phường Phổ Ninh	Phường
21463	534	51	Phổ Minh	Pho Minh	Phường Phổ Minh	Phường
21466	534	51	Phổ Vinh	Pho Vinh	Phường Phổ Vinh	Phường
21469	534	51	Phổ Hòa	Pho Hoa	Phường Phổ Hòa	Phường
21472	534	51	Phổ Cường	Pho Cuong	Xã Phổ Cường	Xã
21475	534	51	Phổ Khánh	Pho Khanh	Xã Phổ Khánh	Xã
21478	534	51	Phổ Thạnh	Pho Thanh	Phường Phổ Thạnh	Phường
21481	534	51	Phổ Châu	Pho Chau	Xã Phổ Châu	Xã
21484	535	51	Ba Tơ	Ba To	Thị trấn Ba Tơ	Thị trấn
21487	535	51	Ba Điền	Ba Dien	Xã Ba Điền	Xã
21490	535	51	Ba Vinh	Ba Vinh	Xã Ba Vinh	Xã
21493	535	51	Ba Thành	Ba Thanh	Xã Ba Thành	Xã
21496	535	51	Ba Động	Ba Dong	Xã Ba Động	Xã
21499	535	51	Ba Dinh	Ba Dinh	Xã Ba Dinh	Xã
21500	535	51	Ba Giang	Ba Giang	Xã Ba Giang	Xã
21502	535	51	Ba Liên	Ba Lien	Xã Ba Liên	Xã
21505	535	51	Ba Ngạc	Ba Ngac	Xã Ba Ngạc	Xã
21508	535	51	Ba Khâm	Ba Kham	Xã Ba Khâm	Xã
21511	535	51	Ba Cung	Ba Cung	Xã Ba Cung	Xã
21517	535	51	Ba Tiêu	Ba Tieu	Xã Ba Tiêu	Xã
21520	535	51	Ba Trang	Ba Trang	Xã Ba Trang	Xã
21523	535	51	Ba Tô	Ba To	Xã Ba Tô	Xã
21526	535	51	Ba Bích	Ba Bich	Xã Ba Bích	Xã
21529	535	51	Ba Vì	Ba Vi	Xã Ba Vì	Xã
21532	535	51	Ba Lế	Ba Le	Xã Ba Lế	Xã
21535	535	51	Ba Nam	Ba Nam	Xã Ba Nam	Xã
21538	535	51	Ba Xa	Ba Xa	Xã Ba Xa	Xã
21550	540	52	Nhơn Bình	Nhon Binh	Phường Nhơn Bình	Phường
21553	540	52	Nhơn Phú	Nhon Phu	Phường Nhơn Phú	Phường
21556	540	52	Đống Đa	Dong Da	Phường Đống Đa	Phường
21559	540	52	Trần Quang Diệu	Tran Quang Dieu	Phường Trần Quang Diệu	Phường
21562	540	52	Hải Cảng	Hai Cang	Phường Hải Cảng	Phường
21565	540	52	Quang Trung	Quang Trung	Phường Quang Trung	Phường
21577	540	52	Ngô Mây	Ngo May	Phường Ngô Mây	Phường
21580	540	52	Trần Phú	Tran Phu	Phường Trần Phú	Phường
21583	540	52	Thị Nại	Thi Nai	Phường Thị Nại	Phường
21589	540	52	Bùi Thị Xuân	Bui Thi Xuan	Phường Bùi Thị Xuân	Phường
21592	540	52	Nguyễn Văn Cừ	Nguyen Van Cu	Phường Nguyễn Văn Cừ	Phường
21595	540	52	Ghềnh Ráng	Ghenh Rang	Phường Ghềnh Ráng	Phường
21598	540	52	Nhơn Lý	Nhon Ly	Xã Nhơn Lý	Xã
21601	540	52	Nhơn Hội	Nhon Hoi	Xã Nhơn Hội	Xã
21604	540	52	Nhơn Hải	Nhon Hai	Xã Nhơn Hải	Xã
21607	540	52	Nhơn Châu	Nhon Chau	Xã Nhơn Châu	Xã
21991	540	52	Phước Mỹ	Phuoc My	Xã Phước Mỹ	Xã
21609	542	52	An Lão	An Lao	Thị trấn An Lão	Thị trấn
21610	542	52	An Hưng	An Hung	Xã An Hưng	Xã
21613	542	52	An Trung	An Trung	Xã An Trung	Xã
21616	542	52	An Dũng	An Dung	Xã An Dũng	Xã
21619	542	52	An Vinh	An Vinh	Xã An Vinh	Xã
21622	542	52	An Toàn	An Toan	Xã An Toàn	Xã
21625	542	52	An Tân	An Tan	Xã An Tân	Xã
21628	542	52	An Hòa	An Hoa	Xã An Hòa	Xã
21631	542	52	An Quang	An Quang	Xã An Quang	Xã
21634	542	52	An Nghĩa	An Nghia	Xã An Nghĩa	Xã
21637	543	52	Tam Quan	Tam Quan	Phường Tam Quan	Phường
21640	543	52	Bồng Sơn	Bong Son	Phường Bồng Sơn	Phường
21643	543	52	Hoài Sơn	Hoai Son	Xã Hoài Sơn	Xã
21646	543	52	Hoài Châu Bắc	Hoai Chau Bac	Xã Hoài Châu Bắc	Xã
21649	543	52	Hoài Châu	Hoai Chau	Xã Hoài Châu	Xã
21652	543	52	Hoài Phú	Hoai Phu	Xã Hoài Phú	Xã
21655	543	52	Tam Quan Bắc	Tam Quan Bac	Phường Tam Quan Bắc	Phường
21658	543	52	Tam Quan Nam	Tam Quan Nam	Phường Tam Quan Nam	Phường
21661	543	52	Hoài Hảo	Hoai Hao	Phường Hoài Hảo	Phường
21664	543	52	Hoài Thanh Tây	Hoai Thanh Tay	Phường Hoài Thanh Tây	Phường
21667	543	52	Hoài Thanh	Hoai Thanh	Phường Hoài Thanh	Phường
21670	543	52	Hoài Hương	Hoai Huong	Phường Hoài Hương	Phường
21673	543	52	Hoài Tân	Hoai Tan	Phường Hoài Tân	Phường
21676	543	52	Hoài Hải	Hoai Hai	Xã Hoài Hải	Xã
21679	543	52	Hoài Xuân	Hoai Xuan	Phường Hoài Xuân	Phường
21682	543	52	Hoài Mỹ	Hoai My	Xã Hoài Mỹ	Xã
21685	543	52	Hoài Đức	Hoai Duc	Phường Hoài Đức	Phường
21688	544	52	Tăng Bạt Hổ	Tang Bat Ho	Thị trấn Tăng Bạt Hổ	Thị trấn
21690	544	52	Ân Hảo Tây	An Hao Tay	Xã Ân Hảo Tây	Xã
21691	544	52	Ân Hảo Đông	An Hao Dong	Xã Ân Hảo Đông	Xã
21694	544	52	Ân Sơn	An Son	Xã Ân Sơn	Xã
21697	544	52	Ân Mỹ	An My	Xã Ân Mỹ	Xã
21700	544	52	Đak Mang	Dak Mang	Xã Đak Mang	Xã
21703	544	52	Ân Tín	An Tin	Xã Ân Tín	Xã
21706	544	52	Ân Thạnh	An Thanh	Xã Ân Thạnh	Xã
21709	544	52	Ân Phong	An Phong	Xã Ân Phong	Xã
21712	544	52	Ân Đức	An Duc	Xã Ân Đức	Xã
21715	544	52	Ân Hữu	An Huu	Xã Ân Hữu	Xã
21718	544	52	Bok Tới	Bok Toi	Xã Bok Tới	Xã
21721	544	52	Ân Tường Tây	An Tuong Tay	Xã Ân Tường Tây	Xã
21724	544	52	Ân Tường Đông	An Tuong Dong	Xã Ân Tường Đông	Xã
21727	544	52	Ân Nghĩa	An Nghia	Xã Ân Nghĩa	Xã
21730	545	52	Phù Mỹ	Phu My	Thị trấn Phù Mỹ	Thị trấn
21733	545	52	Bình Dương	Binh Duong	Thị trấn Bình Dương	Thị trấn
21736	545	52	Mỹ Đức	My Duc	Xã Mỹ Đức	Xã
21739	545	52	Mỹ Châu	My Chau	Xã Mỹ Châu	Xã
21742	545	52	Mỹ Thắng	My Thang	Xã Mỹ Thắng	Xã
21745	545	52	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
21748	545	52	Mỹ Lợi	My Loi	Xã Mỹ Lợi	Xã
21751	545	52	Mỹ An	My An	Xã Mỹ An	Xã
21754	545	52	Mỹ Phong	My Phong	Xã Mỹ Phong	Xã
21757	545	52	Mỹ Trinh	My Trinh	Xã Mỹ Trinh	Xã
21760	545	52	Mỹ Thọ	My Tho	Xã Mỹ Thọ	Xã
21763	545	52	Mỹ Hòa	My Hoa	Xã Mỹ Hòa	Xã
21766	545	52	Mỹ Thành	My Thanh	Xã Mỹ Thành	Xã
21769	545	52	Mỹ Chánh	My Chanh	Xã Mỹ Chánh	Xã
21772	545	52	Mỹ Quang	My Quang	Xã Mỹ Quang	Xã
21775	545	52	Mỹ Hiệp	My Hiep	Xã Mỹ Hiệp	Xã
21778	545	52	Mỹ Tài	My Tai	Xã Mỹ Tài	Xã
21781	545	52	Mỹ Cát	My Cat	Xã Mỹ Cát	Xã
21784	545	52	Mỹ Chánh Tây	My Chanh Tay	Xã Mỹ Chánh Tây	Xã
21786	546	52	Vĩnh Thạnh	Vinh Thanh	Thị trấn Vĩnh Thạnh	Thị trấn
21787	546	52	Vĩnh Sơn	Vinh Son	Xã Vĩnh Sơn	Xã
21790	546	52	Vĩnh Kim	Vinh Kim	Xã Vĩnh Kim	Xã
21796	546	52	Vĩnh Hiệp	Vinh Hiep	Xã Vĩnh Hiệp	Xã
21799	546	52	Vĩnh Hảo	Vinh Hao	Xã Vĩnh Hảo	Xã
21801	546	52	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
21802	546	52	Vĩnh Thịnh	Vinh Thinh	Xã Vĩnh Thịnh	Xã
21804	546	52	Vĩnh Thuận	Vinh Thuan	Xã Vĩnh Thuận	Xã
21805	546	52	Vĩnh Quang	Vinh Quang	Xã Vĩnh Quang	Xã
21808	547	52	Phú Phong	Phu Phong	Thị trấn Phú Phong	Thị trấn
21811	547	52	Bình Tân	Binh Tan	Xã Bình Tân	Xã
21814	547	52	Tây Thuận	Tay Thuan	Xã Tây Thuận	Xã
21817	547	52	Bình Thuận	Binh Thuan	Xã Bình Thuận	Xã
21820	547	52	Tây Giang	Tay Giang	Xã Tây Giang	Xã
21823	547	52	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
21826	547	52	Tây An	Tay An	Xã Tây An	Xã
21829	547	52	Bình Hòa	Binh Hoa	Xã Bình Hòa	Xã
21832	547	52	Tây Bình	Tay Binh	Xã Tây Bình	Xã
21835	547	52	Bình Tường	Binh Tuong	Xã Bình Tường	Xã
21838	547	52	Tây Vinh	Tay Vinh	Xã Tây Vinh	Xã
21841	547	52	Vĩnh An	Vinh An	Xã Vĩnh An	Xã
21844	547	52	Tây Xuân	Tay Xuan	Xã Tây Xuân	Xã
21847	547	52	Bình Nghi	Binh Nghi	Xã Bình Nghi	Xã
21850	547	52	Tây Phú	Tay Phu	Xã Tây Phú	Xã
21853	548	52	Ngô Mây	Ngo May	Thị trấn Ngô Mây	Thị trấn
21856	548	52	Cát Sơn	Cat Son	Xã Cát Sơn	Xã
21859	548	52	Cát Minh	Cat Minh	Xã Cát Minh	Xã
21862	548	52	Cát Khánh	Cat Khanh	Thị trấn Cát Khánh	Thị trấn
21865	548	52	Cát Tài	Cat Tai	Xã Cát Tài	Xã
21868	548	52	Cát Lâm	Cat Lam	Xã Cát Lâm	Xã
21871	548	52	Cát Hanh	Cat Hanh	Xã Cát Hanh	Xã
21874	548	52	Cát Thành	Cat Thanh	Xã Cát Thành	Xã
21877	548	52	Cát Trinh	Cat Trinh	Xã Cát Trinh	Xã
21880	548	52	Cát Hải	Cat Hai	Xã Cát Hải	Xã
21883	548	52	Cát Hiệp	Cat Hiep	Xã Cát Hiệp	Xã
21886	548	52	Cát Nhơn	Cat Nhon	Xã Cát Nhơn	Xã
21889	548	52	Cát Hưng	Cat Hung	Xã Cát Hưng	Xã
21892	548	52	Cát Tường	Cat Tuong	Xã Cát Tường	Xã
21895	548	52	Cát Tân	Cat Tan	Xã Cát Tân	Xã
21898	548	52	Cát Tiến	Cat Tien	Thị trấn Cát Tiến	Thị trấn
21901	548	52	Cát Thắng	Cat Thang	Xã Cát Thắng	Xã
21904	548	52	Cát Chánh	Cat Chanh	Xã Cát Chánh	Xã
21907	549	52	Bình Định	Binh Dinh	Phường Bình Định	Phường
21910	549	52	Đập Đá	Dap Da	Phường Đập Đá	Phường
21913	549	52	Nhơn Mỹ	Nhon My	Xã Nhơn Mỹ	Xã
21916	549	52	Nhơn Thành	Nhon Thanh	Phường Nhơn Thành	Phường
21919	549	52	Nhơn Hạnh	Nhon Hanh	Xã Nhơn Hạnh	Xã
21922	549	52	Nhơn Hậu	Nhon Hau	Xã Nhơn Hậu	Xã
21925	549	52	Nhơn Phong	Nhon Phong	Xã Nhơn Phong	Xã
21928	549	52	Nhơn An	Nhon An	Xã Nhơn An	Xã
21931	549	52	Nhơn Phúc	Nhon Phuc	Xã Nhơn Phúc	Xã
21934	549	52	Nhơn Hưng	Nhon Hung	Phường Nhơn Hưng	Phường
21937	549	52	Nhơn Khánh	Nhon Khanh	Xã Nhơn Khánh	Xã
21940	549	52	Nhơn Lộc	Nhon Loc	Xã Nhơn Lộc	Xã
21943	549	52	Nhơn Hoà	Nhon Hoa	Phường Nhơn Hoà	Phường
21946	549	52	Nhơn Tân	Nhon Tan	Xã Nhơn Tân	Xã
21949	549	52	Nhơn Thọ	Nhon Tho	Xã Nhơn Thọ	Xã
21952	550	52	Tuy Phước	Tuy Phuoc	Thị trấn Tuy Phước	Thị trấn
21955	550	52	Diêu Trì	Dieu Tri	Thị trấn Diêu Trì	Thị trấn
21958	550	52	Phước Thắng	Phuoc Thang	Xã Phước Thắng	Xã
21961	550	52	Phước Hưng	Phuoc Hung	Xã Phước Hưng	Xã
21964	550	52	Phước Quang	Phuoc Quang	Xã Phước Quang	Xã
21967	550	52	Phước Hòa	Phuoc Hoa	Xã Phước Hòa	Xã
21970	550	52	Phước Sơn	Phuoc Son	Xã Phước Sơn	Xã
21973	550	52	Phước Hiệp	Phuoc Hiep	Xã Phước Hiệp	Xã
21976	550	52	Phước Lộc	Phuoc Loc	Xã Phước Lộc	Xã
21979	550	52	Phước Nghĩa	Phuoc Nghia	Xã Phước Nghĩa	Xã
21982	550	52	Phước Thuận	Phuoc Thuan	Xã Phước Thuận	Xã
21985	550	52	Phước An	Phuoc An	Xã Phước An	Xã
21988	550	52	Phước Thành	Phuoc Thanh	Xã Phước Thành	Xã
21994	551	52	Vân Canh	Van Canh	Thị trấn Vân Canh	Thị trấn
21997	551	52	Canh Liên	Canh Lien	Xã Canh Liên	Xã
22000	551	52	Canh Hiệp	Canh Hiep	Xã Canh Hiệp	Xã
22003	551	52	Canh Vinh	Canh Vinh	Xã Canh Vinh	Xã
22006	551	52	Canh Hiển	Canh Hien	Xã Canh Hiển	Xã
22009	551	52	Canh Thuận	Canh Thuan	Xã Canh Thuận	Xã
22012	551	52	Canh Hòa	Canh Hoa	Xã Canh Hòa	Xã
22015	555	54	1	1	Phường 1	Phường
22018	555	54	2	2	Phường 2	Phường
22024	555	54	9	9	Phường 9	Phường
22030	555	54	4	4	Phường 4	Phường
22033	555	54	5	5	Phường 5	Phường
22036	555	54	7	7	Phường 7	Phường
22040	555	54	Phú Thạnh	Phu Thanh	Phường Phú Thạnh	Phường
22041	555	54	Phú Đông	Phu Dong	Phường Phú Đông	Phường
22042	555	54	Hòa Kiến	Hoa Kien	Xã Hòa Kiến	Xã
22045	555	54	Bình Kiến	Binh Kien	Xã Bình Kiến	Xã
22162	555	54	An Phú	An Phu	Xã An Phú	Xã
22240	555	54	Phú Lâm	Phu Lam	Phường Phú Lâm	Phường
22051	557	54	Xuân Phú	Xuan Phu	Phường Xuân Phú	Phường
22052	557	54	Xuân Lâm	Xuan Lam	Xã Xuân Lâm	Xã
22053	557	54	Xuân Thành	Xuan Thanh	Phường Xuân Thành	Phường
22054	557	54	Xuân Hải	Xuan Hai	Xã Xuân Hải	Xã
22057	557	54	Xuân Lộc	Xuan Loc	Xã Xuân Lộc	Xã
22060	557	54	Xuân Bình	Xuan Binh	Xã Xuân Bình	Xã
22066	557	54	Xuân Cảnh	Xuan Canh	Xã Xuân Cảnh	Xã
22069	557	54	Xuân Thịnh	Xuan Thinh	Xã Xuân Thịnh	Xã
22072	557	54	Xuân Phương	Xuan Phuong	Xã Xuân Phương	Xã
22073	557	54	Xuân Yên	Xuan Yen	Phường Xuân Yên	Phường
22075	557	54	Xuân Thọ 1	Xuan Tho 1	Xã Xuân Thọ 1	Xã
22076	557	54	Xuân Đài	Xuan Dai	Phường Xuân Đài	Phường
22078	557	54	Xuân Thọ 2	Xuan Tho 2	Xã Xuân Thọ 2	Xã
22081	558	54	La Hai	La Hai	Thị trấn La Hai	Thị trấn
22084	558	54	Đa Lộc	Da Loc	Xã Đa Lộc	Xã
22087	558	54	Phú Mỡ	Phu Mo	Xã Phú Mỡ	Xã
22090	558	54	Xuân Lãnh	Xuan Lanh	Xã Xuân Lãnh	Xã
22093	558	54	Xuân Long	Xuan Long	Xã Xuân Long	Xã
22096	558	54	Xuân Quang 1	Xuan Quang 1	Xã Xuân Quang 1	Xã
22099	558	54	Xuân Sơn Bắc	Xuan Son Bac	Xã Xuân Sơn Bắc	Xã
22102	558	54	Xuân Quang 2	Xuan Quang 2	Xã Xuân Quang 2	Xã
22105	558	54	Xuân Sơn Nam	Xuan Son Nam	Xã Xuân Sơn Nam	Xã
22108	558	54	Xuân Quang 3	Xuan Quang 3	Xã Xuân Quang 3	Xã
22111	558	54	Xuân Phước	Xuan Phuoc	Xã Xuân Phước	Xã
22114	559	54	Chí Thạnh	Chi Thanh	Thị trấn Chí Thạnh	Thị trấn
22117	559	54	An Dân	An Dan	Xã An Dân	Xã
22120	559	54	An Ninh Tây	An Ninh Tay	Xã An Ninh Tây	Xã
22123	559	54	An Ninh Đông	An Ninh Dong	Xã An Ninh Đông	Xã
22126	559	54	An Thạch	An Thach	Xã An Thạch	Xã
22129	559	54	An Định	An Dinh	Xã An Định	Xã
22132	559	54	An Nghiệp	An Nghiep	Xã An Nghiệp	Xã
22138	559	54	An Cư	An Cu	Xã An Cư	Xã
22141	559	54	An Xuân	An Xuan	Xã An Xuân	Xã
22144	559	54	An Lĩnh	An Linh	Xã An Lĩnh	Xã
22147	559	54	An Hòa Hải	An Hoa Hai	Xã An Hòa Hải	Xã
22150	559	54	An Hiệp	An Hiep	Xã An Hiệp	Xã
22153	559	54	An Mỹ	An My	Xã An Mỹ	Xã
22156	559	54	An Chấn	An Chan	Xã An Chấn	Xã
22159	559	54	An Thọ	An Tho	Xã An Thọ	Xã
22165	560	54	Củng Sơn	Cung Son	Thị trấn Củng Sơn	Thị trấn
22168	560	54	Phước Tân	Phuoc Tan	Xã Phước Tân	Xã
22171	560	54	Sơn Hội	Son Hoi	Xã Sơn Hội	Xã
22174	560	54	Sơn Định	Son Dinh	Xã Sơn Định	Xã
22177	560	54	Sơn Long	Son Long	Xã Sơn Long	Xã
22180	560	54	Cà Lúi	Ca Lui	Xã Cà Lúi	Xã
22183	560	54	Sơn Phước	Son Phuoc	Xã Sơn Phước	Xã
22186	560	54	Sơn Xuân	Son Xuan	Xã Sơn Xuân	Xã
22189	560	54	Sơn Nguyên	Son Nguyen	Xã Sơn Nguyên	Xã
22192	560	54	Eachà Rang	Eacha Rang	Xã Eachà Rang	Xã
22195	560	54	Krông Pa	Krong Pa	Xã Krông Pa	Xã
22198	560	54	Suối Bạc	Suoi Bac	Xã Suối Bạc	Xã
22201	560	54	Sơn Hà	Son Ha	Xã Sơn Hà	Xã
22204	560	54	Suối Trai	Suoi Trai	Xã Suối Trai	Xã
22207	561	54	Hai Riêng	Hai Rieng	Thị trấn Hai Riêng	Thị trấn
22210	561	54	Ea Lâm	Ea Lam	Xã Ea Lâm	Xã
22213	561	54	Đức Bình Tây	Duc Binh Tay	Xã Đức Bình Tây	Xã
22216	561	54	Ea Bá	Ea Ba	Xã Ea Bá	Xã
22219	561	54	Sơn Giang	Son Giang	Xã Sơn Giang	Xã
22222	561	54	Đức Bình Đông	Duc Binh Dong	Xã Đức Bình Đông	Xã
22225	561	54	EaBar	EaBar	Xã EaBar	Xã
22228	561	54	EaBia	EaBia	Xã EaBia	Xã
22231	561	54	EaTrol	EaTrol	Xã EaTrol	Xã
22234	561	54	Sông Hinh	Song Hinh	Xã Sông Hinh	Xã
22237	561	54	Ealy	Ealy	Xã Ealy	Xã
22249	562	54	Sơn Thành Tây	Son Thanh Tay	Xã Sơn Thành Tây	Xã
22250	562	54	Sơn Thành Đông	Son Thanh Dong	Xã Sơn Thành Đông	Xã
22252	562	54	Hòa Bình 1	Hoa Binh 1	Xã Hòa Bình 1	Xã
22255	562	54	Phú Thứ	Phu Thu	Thị trấn Phú Thứ	Thị trấn
22264	562	54	Hòa Phong	Hoa Phong	Xã Hòa Phong	Xã
22270	562	54	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
22273	562	54	Hòa Tân Tây	Hoa Tan Tay	Xã Hòa Tân Tây	Xã
22276	562	54	Hòa Đồng	Hoa Dong	Xã Hòa Đồng	Xã
22285	562	54	Hòa Mỹ Đông	Hoa My Dong	Xã Hòa Mỹ Đông	Xã
22288	562	54	Hòa Mỹ Tây	Hoa My Tay	Xã Hòa Mỹ Tây	Xã
22294	562	54	Hòa Thịnh	Hoa Thinh	Xã Hòa Thịnh	Xã
22303	563	54	Hòa Quang Bắc	Hoa Quang Bac	Xã Hòa Quang Bắc	Xã
22306	563	54	Hòa Quang Nam	Hoa Quang Nam	Xã Hòa Quang Nam	Xã
22309	563	54	Hòa Hội	Hoa Hoi	Xã Hòa Hội	Xã
22312	563	54	Hòa Trị	Hoa Tri	Xã Hòa Trị	Xã
22315	563	54	Hòa An	Hoa An	Xã Hòa An	Xã
22318	563	54	Hòa Định Đông	Hoa Dinh Dong	Xã Hòa Định Đông	Xã
22319	563	54	Phú Hoà	Phu Hoa	Thị trấn Phú Hoà	Thị trấn
22321	563	54	Hòa Định Tây	Hoa Dinh Tay	Xã Hòa Định Tây	Xã
22324	563	54	Hòa Thắng	Hoa Thang	Xã Hòa Thắng	Xã
22243	564	54	Hòa Thành	Hoa Thanh	Xã Hòa Thành	Xã
22246	564	54	Hòa Hiệp Bắc	Hoa Hiep Bac	Phường Hòa Hiệp Bắc	Phường
22258	564	54	Hoà Vinh	Hoa Vinh	Phường Hoà Vinh	Phường
22261	564	54	Hoà Hiệp Trung	Hoa Hiep Trung	Phường Hoà Hiệp Trung	Phường
22267	564	54	Hòa Tân Đông	Hoa Tan Dong	Xã Hòa Tân Đông	Xã
22279	564	54	Hòa Xuân Tây	Hoa Xuan Tay	Phường Hòa Xuân Tây	Phường
22282	564	54	Hòa Hiệp Nam	Hoa Hiep Nam	Phường Hòa Hiệp Nam	Phường
22291	564	54	Hòa Xuân Đông	Hoa Xuan Dong	Xã Hòa Xuân Đông	Xã
22297	564	54	Hòa Tâm	Hoa Tam	Xã Hòa Tâm	Xã
22300	564	54	Hòa Xuân Nam	Hoa Xuan Nam	Xã Hòa Xuân Nam	Xã
22327	568	56	Vĩnh Hòa	Vinh Hoa	Phường Vĩnh Hòa	Phường
22330	568	56	Vĩnh Hải	Vinh Hai	Phường Vĩnh Hải	Phường
22333	568	56	Vĩnh Phước	Vinh Phuoc	Phường Vĩnh Phước	Phường
22336	568	56	Ngọc Hiệp	Ngoc Hiep	Phường Ngọc Hiệp	Phường
22339	568	56	Vĩnh Thọ	Vinh Tho	Phường Vĩnh Thọ	Phường
22348	568	56	Vạn Thạnh	Van Thanh	Phường Vạn Thạnh	Phường
22351	568	56	Phương Sài	Phuong Sai	Phường Phương Sài	Phường
22357	568	56	Phước Hải	Phuoc Hai	Phường Phước Hải	Phường
22363	568	56	Lộc Thọ	Loc Tho	Phường Lộc Thọ	Phường
22366	568	56	Tân Tiến	Tan Tien	Phường Tân Tiến	Phường
22372	568	56	Phước Hòa	Phuoc Hoa	Phường Phước Hòa	Phường
22375	568	56	Vĩnh Nguyên	Vinh Nguyen	Phường Vĩnh Nguyên	Phường
22378	568	56	Phước Long	Phuoc Long	Phường Phước Long	Phường
22381	568	56	Vĩnh Trường	Vinh Truong	Phường Vĩnh Trường	Phường
22384	568	56	Vĩnh Lương	Vinh Luong	Xã Vĩnh Lương	Xã
22387	568	56	Vĩnh Phương	Vinh Phuong	Xã Vĩnh Phương	Xã
22390	568	56	Vĩnh Ngọc	Vinh Ngoc	Xã Vĩnh Ngọc	Xã
22393	568	56	Vĩnh Thạnh	Vinh Thanh	Xã Vĩnh Thạnh	Xã
22396	568	56	Vĩnh Trung	Vinh Trung	Xã Vĩnh Trung	Xã
22399	568	56	Vĩnh Hiệp	Vinh Hiep	Xã Vĩnh Hiệp	Xã
22402	568	56	Vĩnh Thái	Vinh Thai	Xã Vĩnh Thái	Xã
22405	568	56	Phước Đồng	Phuoc Dong	Xã Phước Đồng	Xã
22408	569	56	Cam Nghĩa	Cam Nghia	Phường Cam Nghĩa	Phường
22411	569	56	Cam Phúc Bắc	Cam Phuc Bac	Phường Cam Phúc Bắc	Phường
22414	569	56	Cam Phúc Nam	Cam Phuc Nam	Phường Cam Phúc Nam	Phường
22417	569	56	Cam Lộc	Cam Loc	Phường Cam Lộc	Phường
22420	569	56	Cam Phú	Cam Phu	Phường Cam Phú	Phường
22423	569	56	Ba Ngòi	Ba Ngoi	Phường Ba Ngòi	Phường
22426	569	56	Cam Thuận	Cam Thuan	Phường Cam Thuận	Phường
22429	569	56	Cam Lợi	Cam Loi	Phường Cam Lợi	Phường
22432	569	56	Cam Linh	Cam Linh	Phường Cam Linh	Phường
22468	569	56	Cam Thành Nam	Cam Thanh Nam	Xã Cam Thành Nam	Xã
22474	569	56	Cam Phước Đông	Cam Phuoc Dong	Xã Cam Phước Đông	Xã
22477	569	56	Cam Thịnh Tây	Cam Thinh Tay	Xã Cam Thịnh Tây	Xã
22480	569	56	Cam Thịnh Đông	Cam Thinh Dong	Xã Cam Thịnh Đông	Xã
22483	569	56	Cam Lập	Cam Lap	Xã Cam Lập	Xã
22486	569	56	Cam Bình	Cam Binh	Xã Cam Bình	Xã
22435	570	56	Cam Tân	Cam Tan	Xã Cam Tân	Xã
22438	570	56	Cam Hòa	Cam Hoa	Xã Cam Hòa	Xã
22441	570	56	Cam Hải Đông	Cam Hai Dong	Xã Cam Hải Đông	Xã
22444	570	56	Cam Hải Tây	Cam Hai Tay	Xã Cam Hải Tây	Xã
22447	570	56	Sơn Tân	Son Tan	Xã Sơn Tân	Xã
22450	570	56	Cam Hiệp Bắc	Cam Hiep Bac	Xã Cam Hiệp Bắc	Xã
22453	570	56	Cam Đức	Cam Duc	Thị trấn Cam Đức	Thị trấn
22456	570	56	Cam Hiệp Nam	Cam Hiep Nam	Xã Cam Hiệp Nam	Xã
22459	570	56	Cam Phước Tây	Cam Phuoc Tay	Xã Cam Phước Tây	Xã
22462	570	56	Cam Thành Bắc	Cam Thanh Bac	Xã Cam Thành Bắc	Xã
22465	570	56	Cam An Bắc	Cam An Bac	Xã Cam An Bắc	Xã
22471	570	56	Cam An Nam	Cam An Nam	Xã Cam An Nam	Xã
22708	570	56	Suối Cát	Suoi Cat	Xã Suối Cát	Xã
22711	570	56	Suối Tân	Suoi Tan	Xã Suối Tân	Xã
22489	571	56	Vạn Giã	Van Gia	Thị trấn Vạn Giã	Thị trấn
22492	571	56	Đại Lãnh	Dai Lanh	Xã Đại Lãnh	Xã
22495	571	56	Vạn Phước	Van Phuoc	Xã Vạn Phước	Xã
22498	571	56	Vạn Long	Van Long	Xã Vạn Long	Xã
22501	571	56	Vạn Bình	Van Binh	Xã Vạn Bình	Xã
22504	571	56	Vạn Thọ	Van Tho	Xã Vạn Thọ	Xã
22507	571	56	Vạn Khánh	Van Khanh	Xã Vạn Khánh	Xã
22510	571	56	Vạn Phú	Van Phu	Xã Vạn Phú	Xã
22513	571	56	Vạn Lương	Van Luong	Xã Vạn Lương	Xã
22516	571	56	Vạn Thắng	Van Thang	Xã Vạn Thắng	Xã
22519	571	56	Vạn Thạnh	Van Thanh	Xã Vạn Thạnh	Xã
22522	571	56	Xuân Sơn	Xuan Son	Xã Xuân Sơn	Xã
22525	571	56	Vạn Hưng	Van Hung	Xã Vạn Hưng	Xã
22528	572	56	Ninh Hiệp	Ninh Hiep	Phường Ninh Hiệp	Phường
22531	572	56	Ninh Sơn	Ninh Son	Xã Ninh Sơn	Xã
22534	572	56	Ninh Tây	Ninh Tay	Xã Ninh Tây	Xã
22537	572	56	Ninh Thượng	Ninh Thuong	Xã Ninh Thượng	Xã
22540	572	56	Ninh An	Ninh An	Xã Ninh An	Xã
22543	572	56	Ninh Hải	Ninh Hai	Phường Ninh Hải	Phường
22546	572	56	Ninh Thọ	Ninh Tho	Xã Ninh Thọ	Xã
22549	572	56	Ninh Trung	Ninh Trung	Xã Ninh Trung	Xã
22552	572	56	Ninh Sim	Ninh Sim	Xã Ninh Sim	Xã
22555	572	56	Ninh Xuân	Ninh Xuan	Xã Ninh Xuân	Xã
22558	572	56	Ninh Thân	Ninh Than	Xã Ninh Thân	Xã
22561	572	56	Ninh Diêm	Ninh Diem	Phường Ninh Diêm	Phường
22564	572	56	Ninh Đông	Ninh Dong	Xã Ninh Đông	Xã
22567	572	56	Ninh Thủy	Ninh Thuy	Phường Ninh Thủy	Phường
22570	572	56	Ninh Đa	Ninh Da	Phường Ninh Đa	Phường
22573	572	56	Ninh Phụng	Ninh Phung	Xã Ninh Phụng	Xã
22576	572	56	Ninh Bình	Ninh Binh	Xã Ninh Bình	Xã
22582	572	56	Ninh Phú	Ninh Phu	Xã Ninh Phú	Xã
22585	572	56	Ninh Tân	Ninh Tan	Xã Ninh Tân	Xã
22588	572	56	Ninh Quang	Ninh Quang	Xã Ninh Quang	Xã
22591	572	56	Ninh Giang	Ninh Giang	Phường Ninh Giang	Phường
22594	572	56	Ninh Hà	Ninh Ha	Phường Ninh Hà	Phường
22597	572	56	Ninh Hưng	Ninh Hung	Xã Ninh Hưng	Xã
22600	572	56	Ninh Lộc	Ninh Loc	Xã Ninh Lộc	Xã
22603	572	56	Ninh Ích	Ninh Ich	Xã Ninh Ích	Xã
22606	572	56	Ninh Phước	Ninh Phuoc	Xã Ninh Phước	Xã
22609	573	56	Khánh Vĩnh	Khanh Vinh	Thị trấn Khánh Vĩnh	Thị trấn
22612	573	56	Khánh Hiệp	Khanh Hiep	Xã Khánh Hiệp	Xã
22615	573	56	Khánh Bình	Khanh Binh	Xã Khánh Bình	Xã
22618	573	56	Khánh Trung	Khanh Trung	Xã Khánh Trung	Xã
22621	573	56	Khánh Đông	Khanh Dong	Xã Khánh Đông	Xã
22624	573	56	Khánh Thượng	Khanh Thuong	Xã Khánh Thượng	Xã
22627	573	56	Khánh Nam	Khanh Nam	Xã Khánh Nam	Xã
22630	573	56	Sông Cầu	Song Cau	Xã Sông Cầu	Xã
22633	573	56	Giang Ly	Giang Ly	Xã Giang Ly	Xã
22636	573	56	Cầu Bà	Cau Ba	Xã Cầu Bà	Xã
22639	573	56	Liên Sang	Lien Sang	Xã Liên Sang	Xã
22642	573	56	Khánh Thành	Khanh Thanh	Xã Khánh Thành	Xã
22645	573	56	Khánh Phú	Khanh Phu	Xã Khánh Phú	Xã
22648	573	56	Sơn Thái	Son Thai	Xã Sơn Thái	Xã
22651	574	56	Diên Khánh	Dien Khanh	Thị trấn Diên Khánh	Thị trấn
22654	574	56	Diên Lâm	Dien Lam	Xã Diên Lâm	Xã
22657	574	56	Diên Điền	Dien Dien	Xã Diên Điền	Xã
22660	574	56	Xuân Đồng	Xuan Dong	Xã Xuân Đồng	Xã
22663	574	56	Diên Sơn	Dien Son	Xã Diên Sơn	Xã
22669	574	56	Diên Phú	Dien Phu	Xã Diên Phú	Xã
22672	574	56	Diên Thọ	Dien Tho	Xã Diên Thọ	Xã
22675	574	56	Diên Phước	Dien Phuoc	Xã Diên Phước	Xã
22678	574	56	Diên Lạc	Dien Lac	Xã Diên Lạc	Xã
22681	574	56	Diên Tân	Dien Tan	Xã Diên Tân	Xã
22684	574	56	Diên Hòa	Dien Hoa	Xã Diên Hòa	Xã
22687	574	56	Diên Thạnh	Dien Thanh	Xã Diên Thạnh	Xã
22690	574	56	Diên Toàn	Dien Toan	Xã Diên Toàn	Xã
22693	574	56	Diên An	Dien An	Xã Diên An	Xã
22696	574	56	Bình Lộc	Binh Loc	Xã Bình Lộc	Xã
22702	574	56	Suối Hiệp	Suoi Hiep	Xã Suối Hiệp	Xã
22705	574	56	Suối Tiên	Suoi Tien	Xã Suối Tiên	Xã
22714	575	56	Tô Hạp	To Hap	Thị trấn Tô Hạp	Thị trấn
22717	575	56	Thành Sơn	Thanh Son	Xã Thành Sơn	Xã
22720	575	56	Sơn Lâm	Son Lam	Xã Sơn Lâm	Xã
22723	575	56	Sơn Hiệp	Son Hiep	Xã Sơn Hiệp	Xã
22726	575	56	Sơn Bình	Son Binh	Xã Sơn Bình	Xã
22729	575	56	Sơn Trung	Son Trung	Xã Sơn Trung	Xã
22732	575	56	Ba Cụm Bắc	Ba Cum Bac	Xã Ba Cụm Bắc	Xã
22735	575	56	Ba Cụm Nam	Ba Cum Nam	Xã Ba Cụm Nam	Xã
22736	576	56	Trường Sa	Truong Sa	Thị trấn Trường Sa	Thị trấn
22737	576	56	Song Tử Tây	Song Tu Tay	Xã Song Tử Tây	Xã
22739	576	56	Sinh Tồn	Sinh Ton	Xã Sinh Tồn	Xã
22738	582	58	Đô Vinh	Do Vinh	Phường Đô Vinh	Phường
22741	582	58	Phước Mỹ	Phuoc My	Phường Phước Mỹ	Phường
22744	582	58	Bảo An	Bao An	Phường Bảo An	Phường
22750	582	58	Phủ Hà	Phu Ha	Phường Phủ Hà	Phường
22759	582	58	Kinh Dinh	Kinh Dinh	Phường Kinh Dinh	Phường
22762	582	58	Đạo Long	Dao Long	Phường Đạo Long	Phường
22765	582	58	Đài Sơn	Dai Son	Phường Đài Sơn	Phường
22768	582	58	Đông Hải	Dong Hai	Phường Đông Hải	Phường
22771	582	58	Mỹ Đông	My Dong	Phường Mỹ Đông	Phường
22774	582	58	Thành Hải	Thanh Hai	Xã Thành Hải	Xã
22777	582	58	Văn Hải	Van Hai	Phường Văn Hải	Phường
22779	582	58	Mỹ Bình	My Binh	Phường Mỹ Bình	Phường
22780	582	58	Mỹ Hải	My Hai	Phường Mỹ Hải	Phường
22783	584	58	Phước Bình	Phuoc Binh	Xã Phước Bình	Xã
22786	584	58	Phước Hòa	Phuoc Hoa	Xã Phước Hòa	Xã
22789	584	58	Phước Tân	Phuoc Tan	Xã Phước Tân	Xã
22792	584	58	Phước Tiến	Phuoc Tien	Xã Phước Tiến	Xã
22795	584	58	Phước Thắng	Phuoc Thang	Xã Phước Thắng	Xã
22798	584	58	Phước Thành	Phuoc Thanh	Xã Phước Thành	Xã
22801	584	58	Phước Đại	Phuoc Dai	Xã Phước Đại	Xã
22804	584	58	Phước Chính	Phuoc Chinh	Xã Phước Chính	Xã
22807	584	58	Phước Trung	Phuoc Trung	Xã Phước Trung	Xã
22810	585	58	Tân Sơn	Tan Son	Thị trấn Tân Sơn	Thị trấn
22813	585	58	Lâm Sơn	Lam Son	Xã Lâm Sơn	Xã
22816	585	58	Lương Sơn	Luong Son	Xã Lương Sơn	Xã
22819	585	58	Quảng Sơn	Quang Son	Xã Quảng Sơn	Xã
22822	585	58	Mỹ Sơn	My Son	Xã Mỹ Sơn	Xã
22825	585	58	Hòa Sơn	Hoa Son	Xã Hòa Sơn	Xã
22828	585	58	Ma Nới	Ma Noi	Xã Ma Nới	Xã
22831	585	58	Nhơn Sơn	Nhon Son	Xã Nhơn Sơn	Xã
22834	586	58	Khánh Hải	Khanh Hai	Thị trấn Khánh Hải	Thị trấn
22846	586	58	Vĩnh Hải	Vinh Hai	Xã Vĩnh Hải	Xã
22852	586	58	Phương Hải	Phuong Hai	Xã Phương Hải	Xã
22855	586	58	Tân Hải	Tan Hai	Xã Tân Hải	Xã
22858	586	58	Xuân Hải	Xuan Hai	Xã Xuân Hải	Xã
22861	586	58	Hộ Hải	Ho Hai	Xã Hộ Hải	Xã
22864	586	58	Tri Hải	Tri Hai	Xã Tri Hải	Xã
22867	586	58	Nhơn Hải	Nhon Hai	Xã Nhơn Hải	Xã
22868	586	58	Thanh Hải	Thanh Hai	Xã Thanh Hải	Xã
22870	587	58	Phước Dân	Phuoc Dan	Thị trấn Phước Dân	Thị trấn
22873	587	58	Phước Sơn	Phuoc Son	Xã Phước Sơn	Xã
22876	587	58	Phước Thái	Phuoc Thai	Xã Phước Thái	Xã
22879	587	58	Phước Hậu	Phuoc Hau	Xã Phước Hậu	Xã
22882	587	58	Phước Thuận	Phuoc Thuan	Xã Phước Thuận	Xã
22888	587	58	An Hải	An Hai	Xã An Hải	Xã
22891	587	58	Phước Hữu	Phuoc Huu	Xã Phước Hữu	Xã
22894	587	58	Phước Hải	Phuoc Hai	Xã Phước Hải	Xã
22912	587	58	Phước Vinh	Phuoc Vinh	Xã Phước Vinh	Xã
22837	588	58	Phước Chiến	Phuoc Chien	Xã Phước Chiến	Xã
22840	588	58	Công Hải	Cong Hai	Xã Công Hải	Xã
22843	588	58	Phước Kháng	Phuoc Khang	Xã Phước Kháng	Xã
22849	588	58	Lợi Hải	Loi Hai	Xã Lợi Hải	Xã
22853	588	58	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
22856	588	58	Bắc Phong	Bac Phong	Xã Bắc Phong	Xã
22885	589	58	Phước Hà	Phuoc Ha	Xã Phước Hà	Xã
22897	589	58	Phước Nam	Phuoc Nam	Xã Phước Nam	Xã
22898	589	58	Phước Ninh	Phuoc Ninh	Xã Phước Ninh	Xã
22900	589	58	Nhị Hà	Nhi Ha	Xã Nhị Hà	Xã
22903	589	58	Phước Dinh	Phuoc Dinh	Xã Phước Dinh	Xã
22906	589	58	Phước Minh	Phuoc Minh	Xã Phước Minh	Xã
22909	589	58	Phước Diêm	Phuoc Diem	Xã Phước Diêm	Xã
22910	589	58	Cà Ná	Ca Na	Xã Cà Ná	Xã
22915	593	60	Mũi Né	Mui Ne	Phường Mũi Né	Phường
22918	593	60	Hàm Tiến	Ham Tien	Phường Hàm Tiến	Phường
22921	593	60	Phú Hài	Phu Hai	Phường Phú Hài	Phường
22924	593	60	Phú Thủy	Phu Thuy	Phường Phú Thủy	Phường
22927	593	60	Phú Tài	Phu Tai	Phường Phú Tài	Phường
22930	593	60	Phú Trinh	Phu Trinh	Phường Phú Trinh	Phường
22933	593	60	Xuân An	Xuan An	Phường Xuân An	Phường
22936	593	60	Thanh Hải	Thanh Hai	Phường Thanh Hải	Phường
22945	593	60	Lạc Đạo	Lac Dao	Phường Lạc Đạo	Phường
22951	593	60	Bình Hưng	Binh Hung	Phường Bình Hưng	Phường
22954	593	60	Đức Long	Duc Long	Phường Đức Long	Phường
22957	593	60	Thiện Nghiệp	Thien Nghiep	Xã Thiện Nghiệp	Xã
22960	593	60	Phong Nẫm	Phong Nam	Xã Phong Nẫm	Xã
22963	593	60	Tiến Lợi	Tien Loi	Xã Tiến Lợi	Xã
22966	593	60	Tiến Thành	Tien Thanh	Xã Tiến Thành	Xã
23231	594	60	Phước Hội	Phuoc Hoi	Phường Phước Hội	Phường
23232	594	60	Phước Lộc	Phuoc Loc	Phường Phước Lộc	Phường
23234	594	60	Tân Thiện	Tan Thien	Phường Tân Thiện	Phường
23235	594	60	Tân An	Tan An	Phường Tân An	Phường
23237	594	60	Bình Tân	Binh Tan	Phường Bình Tân	Phường
23245	594	60	Tân Hải	Tan Hai	Xã Tân Hải	Xã
23246	594	60	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
23248	594	60	Tân Bình	Tan Binh	Xã Tân Bình	Xã
23268	594	60	Tân Phước	Tan Phuoc	Xã Tân Phước	Xã
22969	595	60	Liên Hương	Lien Huong	Thị trấn Liên Hương	Thị trấn
22972	595	60	Phan Rí Cửa	Phan Ri Cua	Thị trấn Phan Rí Cửa	Thị trấn
22975	595	60	Phan Dũng	Phan Dung	Xã Phan Dũng	Xã
22978	595	60	Phong Phú	Phong Phu	Xã Phong Phú	Xã
22981	595	60	Vĩnh Hảo	Vinh Hao	Xã Vĩnh Hảo	Xã
22984	595	60	Vĩnh Tân	Vinh Tan	Xã Vĩnh Tân	Xã
22987	595	60	Phú Lạc	Phu Lac	Xã Phú Lạc	Xã
22990	595	60	Phước Thể	Phuoc The	Xã Phước Thể	Xã
22993	595	60	Hòa Minh	Hoa Minh	Xã Hòa Minh	Xã
22996	595	60	Chí Công	Chi Cong	Xã Chí Công	Xã
22999	595	60	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
23005	596	60	Chợ Lầu	Cho Lau	Thị trấn Chợ Lầu	Thị trấn
23008	596	60	Phan Sơn	Phan Son	Xã Phan Sơn	Xã
23011	596	60	Phan Lâm	Phan Lam	Xã Phan Lâm	Xã
23014	596	60	Bình An	Binh An	Xã Bình An	Xã
23017	596	60	Phan Điền	Phan Dien	Xã Phan Điền	Xã
23020	596	60	Hải Ninh	Hai Ninh	Xã Hải Ninh	Xã
23023	596	60	Sông Lũy	Song Luy	Xã Sông Lũy	Xã
23026	596	60	Phan Tiến	Phan Tien	Xã Phan Tiến	Xã
23029	596	60	Sông Bình	Song Binh	Xã Sông Bình	Xã
23032	596	60	Lương Sơn	Luong Son	Thị trấn Lương Sơn	Thị trấn
23035	596	60	Phan Hòa	Phan Hoa	Xã Phan Hòa	Xã
23038	596	60	Phan Thanh	Phan Thanh	Xã Phan Thanh	Xã
23041	596	60	Hồng Thái	Hong Thai	Xã Hồng Thái	Xã
23044	596	60	Phan Hiệp	Phan Hiep	Xã Phan Hiệp	Xã
23047	596	60	Bình Tân	Binh Tan	Xã Bình Tân	Xã
23050	596	60	Phan Rí Thành	Phan Ri Thanh	Xã Phan Rí Thành	Xã
23053	596	60	Hòa Thắng	Hoa Thang	Xã Hòa Thắng	Xã
23056	596	60	Hồng Phong	Hong Phong	Xã Hồng Phong	Xã
23059	597	60	Ma Lâm	Ma Lam	Thị trấn Ma Lâm	Thị trấn
23062	597	60	Phú Long	Phu Long	Thị trấn Phú Long	Thị trấn
23065	597	60	La Dạ	La Da	Xã La Dạ	Xã
23068	597	60	Đông Tiến	Dong Tien	Xã Đông Tiến	Xã
23071	597	60	Thuận Hòa	Thuan Hoa	Xã Thuận Hòa	Xã
23074	597	60	Đông Giang	Dong Giang	Xã Đông Giang	Xã
23077	597	60	Hàm Phú	Ham Phu	Xã Hàm Phú	Xã
23080	597	60	Hồng Liêm	Hong Liem	Xã Hồng Liêm	Xã
23083	597	60	Thuận Minh	Thuan Minh	Xã Thuận Minh	Xã
23086	597	60	Hồng Sơn	Hong Son	Xã Hồng Sơn	Xã
23089	597	60	Hàm Trí	Ham Tri	Xã Hàm Trí	Xã
23092	597	60	Hàm Đức	Ham Duc	Xã Hàm Đức	Xã
23095	597	60	Hàm Liêm	Ham Liem	Xã Hàm Liêm	Xã
23098	597	60	Hàm Chính	Ham Chinh	Xã Hàm Chính	Xã
23101	597	60	Hàm Hiệp	Ham Hiep	Xã Hàm Hiệp	Xã
23104	597	60	Hàm Thắng	Ham Thang	Xã Hàm Thắng	Xã
23107	597	60	Đa Mi	Da Mi	Xã Đa Mi	Xã
23110	598	60	Thuận Nam	Thuan Nam	Thị trấn Thuận Nam	Thị trấn
23113	598	60	Mỹ Thạnh	My Thanh	Xã Mỹ Thạnh	Xã
23116	598	60	Hàm Cần	Ham Can	Xã Hàm Cần	Xã
23119	598	60	Mương Mán	Muong Man	Xã Mương Mán	Xã
23122	598	60	Hàm Thạnh	Ham Thanh	Xã Hàm Thạnh	Xã
23125	598	60	Hàm Kiệm	Ham Kiem	Xã Hàm Kiệm	Xã
23128	598	60	Hàm Cường	Ham Cuong	Xã Hàm Cường	Xã
23131	598	60	Hàm Mỹ	Ham My	Xã Hàm Mỹ	Xã
23134	598	60	Tân Lập	Tan Lap	Xã Tân Lập	Xã
23137	598	60	Hàm Minh	Ham Minh	Xã Hàm Minh	Xã
23140	598	60	Thuận Quí	Thuan Qui	Xã Thuận Quí	Xã
23143	598	60	Tân Thuận	Tan Thuan	Xã Tân Thuận	Xã
23146	598	60	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
23149	599	60	Lạc Tánh	Lac Tanh	Thị trấn Lạc Tánh	Thị trấn
23152	599	60	Bắc Ruộng	Bac Ruong	Xã Bắc Ruộng	Xã
23158	599	60	Nghị Đức	Nghi Duc	Xã Nghị Đức	Xã
23161	599	60	La Ngâu	La Ngau	Xã La Ngâu	Xã
23164	599	60	Huy Khiêm	Huy Khiem	Xã Huy Khiêm	Xã
23167	599	60	Măng Tố	Mang To	Xã Măng Tố	Xã
23170	599	60	Đức Phú	Duc Phu	Xã Đức Phú	Xã
23173	599	60	Đồng Kho	Dong Kho	Xã Đồng Kho	Xã
23176	599	60	Gia An	Gia An	Xã Gia An	Xã
23179	599	60	Đức Bình	Duc Binh	Xã Đức Bình	Xã
23182	599	60	Gia Huynh	Gia Huynh	Xã Gia Huynh	Xã
23185	599	60	Đức Thuận	Duc Thuan	Xã Đức Thuận	Xã
23188	599	60	Suối Kiết	Suoi Kiet	Xã Suối Kiết	Xã
23191	600	60	Võ Xu	Vo Xu	Thị trấn Võ Xu	Thị trấn
23194	600	60	Đức Tài	Duc Tai	Thị trấn Đức Tài	Thị trấn
23197	600	60	Đa Kai	Da Kai	Xã Đa Kai	Xã
23200	600	60	Sùng Nhơn	Sung Nhon	Xã Sùng Nhơn	Xã
23203	600	60	Mê Pu	Me Pu	Xã Mê Pu	Xã
23206	600	60	Nam Chính	Nam Chinh	Xã Nam Chính	Xã
23212	600	60	Đức Hạnh	Duc Hanh	Xã Đức Hạnh	Xã
23215	600	60	Đức Tín	Duc Tin	Xã Đức Tín	Xã
23218	600	60	Vũ Hoà	Vu Hoa	Xã Vũ Hoà	Xã
23221	600	60	Tân Hà	Tan Ha	Xã Tân Hà	Xã
23224	600	60	Đông Hà	Dong Ha	Xã Đông Hà	Xã
23227	600	60	Trà Tân	Tra Tan	Xã Trà Tân	Xã
23230	601	60	Tân Minh	Tan Minh	Thị trấn Tân Minh	Thị trấn
23236	601	60	Tân Nghĩa	Tan Nghia	Thị trấn Tân Nghĩa	Thị trấn
23239	601	60	Sông Phan	Song Phan	Xã Sông Phan	Xã
23242	601	60	Tân Phúc	Tan Phuc	Xã Tân Phúc	Xã
23251	601	60	Tân Đức	Tan Duc	Xã Tân Đức	Xã
23254	601	60	Tân Thắng	Tan Thang	Xã Tân Thắng	Xã
23255	601	60	Thắng Hải	Thang Hai	Xã Thắng Hải	Xã
23257	601	60	Tân Hà	Tan Ha	Xã Tân Hà	Xã
23260	601	60	Tân Xuân	Tan Xuan	Xã Tân Xuân	Xã
23266	601	60	Sơn Mỹ	Son My	Xã Sơn Mỹ	Xã
23272	602	60	Ngũ Phụng	Ngu Phung	Xã Ngũ Phụng	Xã
23275	602	60	Long Hải	Long Hai	Xã Long Hải	Xã
23278	602	60	Tam Thanh	Tam Thanh	Xã Tam Thanh	Xã
23281	608	62	Quang Trung	Quang Trung	Phường Quang Trung	Phường
23284	608	62	Duy Tân	Duy Tan	Phường Duy Tân	Phường
23287	608	62	Quyết Thắng	Quyet Thang	Phường Quyết Thắng	Phường
23290	608	62	Trường Chinh	Truong Chinh	Phường Trường Chinh	Phường
23293	608	62	Thắng Lợi	Thang Loi	Phường Thắng Lợi	Phường
23296	608	62	Ngô Mây	Ngo May	Phường Ngô Mây	Phường
23299	608	62	Thống Nhất	Thong Nhat	Phường Thống Nhất	Phường
23302	608	62	Lê Lợi	Le Loi	Phường Lê Lợi	Phường
23305	608	62	Nguyễn Trãi	Nguyen Trai	Phường Nguyễn Trãi	Phường
23308	608	62	Trần Hưng Đạo	Tran Hung Dao	Phường Trần Hưng Đạo	Phường
23311	608	62	Đắk Cấm	Dak Cam	Xã Đắk Cấm	Xã
23314	608	62	Kroong	Kroong	Xã Kroong	Xã
23317	608	62	Ngọk Bay	Ngok Bay	Xã Ngọk Bay	Xã
23320	608	62	Vinh Quang	Vinh Quang	Xã Vinh Quang	Xã
23323	608	62	Đắk Blà	Dak Bla	Xã Đắk Blà	Xã
23326	608	62	Ia Chim	Ia Chim	Xã Ia Chim	Xã
23327	608	62	Đăk Năng	Dak Nang	Xã Đăk Năng	Xã
23329	608	62	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
23332	608	62	Chư Hreng	Chu Hreng	Xã Chư Hreng	Xã
23335	608	62	Đắk Rơ Wa	Dak Ro Wa	Xã Đắk Rơ Wa	Xã
23338	608	62	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
23341	610	62	Đắk Glei	Dak Glei	Thị trấn Đắk Glei	Thị trấn
23344	610	62	Đắk Blô	Dak Blo	Xã Đắk Blô	Xã
23347	610	62	Đắk Man	Dak Man	Xã Đắk Man	Xã
23350	610	62	Đắk Nhoong	Dak Nhoong	Xã Đắk Nhoong	Xã
23353	610	62	Đắk Pék	Dak Pek	Xã Đắk Pék	Xã
23356	610	62	Đắk Choong	Dak Choong	Xã Đắk Choong	Xã
23359	610	62	Xốp	Xop	Xã Xốp	Xã
23362	610	62	Mường Hoong	Muong Hoong	Xã Mường Hoong	Xã
23365	610	62	Ngọc Linh	Ngoc Linh	Xã Ngọc Linh	Xã
23368	610	62	Đắk Long	Dak Long	Xã Đắk Long	Xã
23371	610	62	Đắk KRoong	Dak KRoong	Xã Đắk KRoong	Xã
23374	610	62	Đắk Môn	Dak Mon	Xã Đắk Môn	Xã
23377	611	62	Plei Kần	Plei Kan	Thị trấn Plei Kần	Thị trấn
23380	611	62	Đắk Ang	Dak Ang	Xã Đắk Ang	Xã
23383	611	62	Đắk Dục	Dak Duc	Xã Đắk Dục	Xã
23386	611	62	Đắk Nông	Dak Nong	Xã Đắk Nông	Xã
23389	611	62	Đắk Xú	Dak Xu	Xã Đắk Xú	Xã
23392	611	62	Đắk Kan	Dak Kan	Xã Đắk Kan	Xã
23395	611	62	Bờ Y	Bo Y	Xã Bờ Y	Xã
23398	611	62	Sa Loong	Sa Loong	Xã Sa Loong	Xã
23401	612	62	Đắk Tô	Dak To	Thị trấn Đắk Tô	Thị trấn
23427	612	62	Đắk Rơ Nga	Dak Ro Nga	Xã Đắk Rơ Nga	Xã
23428	612	62	Ngọk Tụ	Ngok Tu	Xã Ngọk Tụ	Xã
23430	612	62	Đắk Trăm	Dak Tram	Xã Đắk Trăm	Xã
23431	612	62	Văn Lem	Van Lem	Xã Văn Lem	Xã
23434	612	62	Kon Đào	Kon Dao	Xã Kon Đào	Xã
23437	612	62	Tân Cảnh	Tan Canh	Xã Tân Cảnh	Xã
23440	612	62	Diên Bình	Dien Binh	Xã Diên Bình	Xã
23443	612	62	Pô Kô	Po Ko	Xã Pô Kô	Xã
23452	613	62	Đắk Nên	Dak Nen	Xã Đắk Nên	Xã
23455	613	62	Đắk Ring	Dak Ring	Xã Đắk Ring	Xã
23458	613	62	Măng Buk	Mang Buk	Xã Măng Buk	Xã
23461	613	62	Đắk Tăng	Dak Tang	Xã Đắk Tăng	Xã
23464	613	62	Ngok Tem	Ngok Tem	Xã Ngok Tem	Xã
23467	613	62	Pờ Ê	Po E	Xã Pờ Ê	Xã
23470	613	62	Măng Cành	Mang Canh	Xã Măng Cành	Xã
23473	613	62	Măng Đen	Mang Den	Thị trấn Măng Đen	Thị trấn
23476	613	62	Hiếu	Hieu	Xã Hiếu	Xã
23479	614	62	Đắk Rve	Dak Rve	Thị trấn Đắk Rve	Thị trấn
23482	614	62	Đắk Kôi	Dak Koi	Xã Đắk Kôi	Xã
23485	614	62	Đắk Tơ Lung	Dak To Lung	Xã Đắk Tơ Lung	Xã
23488	614	62	Đắk Ruồng	Dak Ruong	Xã Đắk Ruồng	Xã
23491	614	62	Đắk Pne	Dak Pne	Xã Đắk Pne	Xã
23494	614	62	Đắk Tờ Re	Dak To Re	Xã Đắk Tờ Re	Xã
23497	614	62	Tân Lập	Tan Lap	Xã Tân Lập	Xã
23500	615	62	Đắk Hà	Dak Ha	Thị trấn Đắk Hà	Thị trấn
23503	615	62	Đắk PXi	Dak PXi	Xã Đắk PXi	Xã
23504	615	62	Đăk Long	Dak Long	Xã Đăk Long	Xã
23506	615	62	Đắk HRing	Dak HRing	Xã Đắk HRing	Xã
23509	615	62	Đắk Ui	Dak Ui	Xã Đắk Ui	Xã
23510	615	62	Đăk Ngọk	Dak Ngok	Xã Đăk Ngọk	Xã
23512	615	62	Đắk Mar	Dak Mar	Xã Đắk Mar	Xã
23515	615	62	Ngok Wang	Ngok Wang	Xã Ngok Wang	Xã
23518	615	62	Ngok Réo	Ngok Reo	Xã Ngok Réo	Xã
23521	615	62	Hà Mòn	Ha Mon	Xã Hà Mòn	Xã
23524	615	62	Đắk La	Dak La	Xã Đắk La	Xã
23527	616	62	Sa Thầy	Sa Thay	Thị trấn Sa Thầy	Thị trấn
23530	616	62	Rơ Kơi	Ro Koi	Xã Rơ Kơi	Xã
23533	616	62	Sa Nhơn	Sa Nhon	Xã Sa Nhơn	Xã
23534	616	62	Hơ Moong	Ho Moong	Xã Hơ Moong	Xã
23536	616	62	Mô Rai	Mo Rai	Xã Mô Rai	Xã
23539	616	62	Sa Sơn	Sa Son	Xã Sa Sơn	Xã
23542	616	62	Sa Nghĩa	Sa Nghia	Xã Sa Nghĩa	Xã
23545	616	62	Sa Bình	Sa Binh	Xã Sa Bình	Xã
23548	616	62	Ya Xiêr	Ya Xier	Xã Ya Xiêr	Xã
23551	616	62	Ya Tăng	Ya Tang	Xã Ya Tăng	Xã
23554	616	62	Ya ly	Ya ly	Xã Ya ly	Xã
23404	617	62	Ngọc Lây	Ngoc Lay	Xã Ngọc Lây	Xã
23407	617	62	Đắk Na	Dak Na	Xã Đắk Na	Xã
23410	617	62	Măng Ri	Mang Ri	Xã Măng Ri	Xã
23413	617	62	Ngọc Yêu	Ngoc Yeu	Xã Ngọc Yêu	Xã
23416	617	62	Đắk Sao	Dak Sao	Xã Đắk Sao	Xã
23417	617	62	Đắk Rơ Ông	Dak Ro Ong	Xã Đắk Rơ Ông	Xã
23419	617	62	Đắk Tờ Kan	Dak To Kan	Xã Đắk Tờ Kan	Xã
23422	617	62	Tu Mơ Rông	Tu Mo Rong	Xã Tu Mơ Rông	Xã
23425	617	62	Đắk Hà	Dak Ha	Xã Đắk Hà	Xã
23446	617	62	Tê Xăng	Te Xang	Xã Tê Xăng	Xã
23449	617	62	Văn Xuôi	Van Xuoi	Xã Văn Xuôi	Xã
23535	618	62	Ia Đal	Ia Dal	Xã Ia Đal	Xã
23537	618	62	Ia Dom	Ia Dom	Xã Ia Dom	Xã
23538	618	62	Ia Tơi	Ia Toi	Xã Ia Tơi	Xã
23557	622	64	Yên Đỗ	Yen Do	Phường Yên Đỗ	Phường
23560	622	64	Diên Hồng	Dien Hong	Phường Diên Hồng	Phường
23563	622	64	Ia Kring	Ia Kring	Phường Ia Kring	Phường
23566	622	64	Hội Thương	Hoi Thuong	Phường Hội Thương	Phường
23569	622	64	Hội Phú	Hoi Phu	Phường Hội Phú	Phường
23570	622	64	Phù Đổng	Phu Dong	Phường Phù Đổng	Phường
23572	622	64	Hoa Lư	Hoa Lu	Phường Hoa Lư	Phường
23575	622	64	Tây Sơn	Tay Son	Phường Tây Sơn	Phường
23578	622	64	Thống Nhất	Thong Nhat	Phường Thống Nhất	Phường
23579	622	64	Đống Đa	Dong Da	Phường Đống Đa	Phường
23581	622	64	Trà Bá	Tra Ba	Phường Trà Bá	Phường
23582	622	64	Thắng Lợi	Thang Loi	Phường Thắng Lợi	Phường
23584	622	64	Yên Thế	Yen The	Phường Yên Thế	Phường
23586	622	64	Chi Lăng	Chi Lang	Phường Chi Lăng	Phường
23590	622	64	Biển Hồ	Bien Ho	Xã Biển Hồ	Xã
23596	622	64	Trà Đa	Tra Da	Xã Trà Đa	Xã
23599	622	64	Chư Á	Chu A	Xã Chư Á	Xã
23602	622	64	An Phú	An Phu	Xã An Phú	Xã
23605	622	64	Diên Phú	Dien Phu	Xã Diên Phú	Xã
23608	622	64	Ia Kênh	Ia Kenh	Xã Ia Kênh	Xã
23611	622	64	Gào	Gao	Xã Gào	Xã
23614	623	64	An Bình	An Binh	Phường An Bình	Phường
23617	623	64	Tây Sơn	Tay Son	Phường Tây Sơn	Phường
23620	623	64	An Phú	An Phu	Phường An Phú	Phường
23623	623	64	An Tân	An Tan	Phường An Tân	Phường
23626	623	64	Tú An	Tu An	Xã Tú An	Xã
23627	623	64	Xuân An	Xuan An	Xã Xuân An	Xã
23629	623	64	Cửu An	Cuu An	Xã Cửu An	Xã
23630	623	64	An Phước	An Phuoc	Phường An Phước	Phường
23632	623	64	Song An	Song An	Xã Song An	Xã
23633	623	64	Ngô Mây	Ngo May	Phường Ngô Mây	Phường
23635	623	64	Thành An	Thanh An	Xã Thành An	Xã
24041	624	64	Cheo Reo	Cheo Reo	Phường Cheo Reo	Phường
24042	624	64	Hòa Bình	Hoa Binh	Phường Hòa Bình	Phường
24044	624	64	Đoàn Kết	Doan Ket	Phường Đoàn Kết	Phường
24045	624	64	Sông Bờ	Song Bo	Phường Sông Bờ	Phường
24064	624	64	Ia RBol	Ia RBol	Xã Ia RBol	Xã
24065	624	64	Chư Băh	Chu Bah	Xã Chư Băh	Xã
24070	624	64	Ia RTô	Ia RTo	Xã Ia RTô	Xã
24073	624	64	Ia Sao	Ia Sao	Xã Ia Sao	Xã
23638	625	64	KBang	KBang	Thị trấn KBang	Thị trấn
23641	625	64	Kon Pne	Kon Pne	Xã Kon Pne	Xã
23644	625	64	Đăk Roong	Dak Roong	Xã Đăk Roong	Xã
23647	625	64	Sơn Lang	Son Lang	Xã Sơn Lang	Xã
23650	625	64	KRong	KRong	Xã KRong	Xã
23653	625	64	Sơ Pai	So Pai	Xã Sơ Pai	Xã
23656	625	64	Lơ Ku	Lo Ku	Xã Lơ Ku	Xã
23659	625	64	Đông	Dong	Xã Đông	Xã
23660	625	64	Đak SMar	Dak SMar	Xã Đak SMar	Xã
23662	625	64	Nghĩa An	Nghia An	Xã Nghĩa An	Xã
23665	625	64	Tơ Tung	To Tung	Xã Tơ Tung	Xã
23668	625	64	Kông Lơng Khơng	Kong Long Khong	Xã Kông Lơng Khơng	Xã
23674	625	64	Kông Bơ La	Kong Bo La	Xã Kông Bơ La	Xã
23677	626	64	Đăk Đoa	Dak Doa	Thị trấn Đăk Đoa	Thị trấn
23680	626	64	Hà Đông	Ha Dong	Xã Hà Đông	Xã
23683	626	64	Đăk Sơmei	Dak Somei	Xã Đăk Sơmei	Xã
23684	626	64	Đăk Krong	Dak Krong	Xã Đăk Krong	Xã
23686	626	64	Hải Yang	Hai Yang	Xã Hải Yang	Xã
23689	626	64	Kon Gang	Kon Gang	Xã Kon Gang	Xã
23692	626	64	Hà Bầu	Ha Bau	Xã Hà Bầu	Xã
23695	626	64	Nam Yang	Nam Yang	Xã Nam Yang	Xã
23698	626	64	K' Dang	K' Dang	Xã K' Dang	Xã
23701	626	64	H' Neng	H' Neng	Xã H' Neng	Xã
23704	626	64	Tân Bình	Tan Binh	Xã Tân Bình	Xã
23707	626	64	Glar	Glar	Xã Glar	Xã
23710	626	64	A Dơk	A Dok	Xã A Dơk	Xã
23713	626	64	Trang	Trang	Xã Trang	Xã
23714	626	64	HNol	HNol	Xã HNol	Xã
23716	626	64	Ia Pết	Ia Pet	Xã Ia Pết	Xã
23719	626	64	Ia Băng	Ia Bang	Xã Ia Băng	Xã
23722	627	64	Phú Hòa	Phu Hoa	Thị trấn Phú Hòa	Thị trấn
23725	627	64	Hà Tây	Ha Tay	Xã Hà Tây	Xã
23728	627	64	Ia Khươl	Ia Khuol	Xã Ia Khươl	Xã
23731	627	64	Ia Phí	Ia Phi	Xã Ia Phí	Xã
23734	627	64	Ia Ly	Ia Ly	Thị trấn Ia Ly	Thị trấn
23737	627	64	Ia Mơ Nông	Ia Mo Nong	Xã Ia Mơ Nông	Xã
23738	627	64	Ia Kreng	Ia Kreng	Xã Ia Kreng	Xã
23740	627	64	Đăk Tơ Ver	Dak To Ver	Xã Đăk Tơ Ver	Xã
23743	627	64	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
23746	627	64	Chư Đăng Ya	Chu Dang Ya	Xã Chư Đăng Ya	Xã
23749	627	64	Ia Ka	Ia Ka	Xã Ia Ka	Xã
23752	627	64	Ia Nhin	Ia Nhin	Xã Ia Nhin	Xã
23755	627	64	Nghĩa Hòa	Nghia Hoa	Xã Nghĩa Hòa	Xã
23761	627	64	Nghĩa Hưng	Nghia Hung	Xã Nghĩa Hưng	Xã
23764	628	64	Ia Kha	Ia Kha	Thị trấn Ia Kha	Thị trấn
23767	628	64	Ia Sao	Ia Sao	Xã Ia Sao	Xã
23768	628	64	Ia Yok	Ia Yok	Xã Ia Yok	Xã
23770	628	64	Ia Hrung	Ia Hrung	Xã Ia Hrung	Xã
23771	628	64	Ia Bă	Ia Ba	Xã Ia Bă	Xã
23773	628	64	Ia Khai	Ia Khai	Xã Ia Khai	Xã
23776	628	64	Ia KRai	Ia KRai	Xã Ia KRai	Xã
23778	628	64	Ia Grăng	Ia Grang	Xã Ia Grăng	Xã
23779	628	64	Ia Tô	Ia To	Xã Ia Tô	Xã
23782	628	64	Ia O	Ia O	Xã Ia O	Xã
23785	628	64	Ia Dêr	Ia Der	Xã Ia Dêr	Xã
23788	628	64	Ia Chia	Ia Chia	Xã Ia Chia	Xã
23791	628	64	Ia Pếch	Ia Pech	Xã Ia Pếch	Xã
23794	629	64	Kon Dơng	Kon Dong	Thị trấn Kon Dơng	Thị trấn
23797	629	64	Ayun	Ayun	Xã Ayun	Xã
23798	629	64	Đak Jơ Ta	Dak Jo Ta	Xã Đak Jơ Ta	Xã
23799	629	64	Đak Ta Ley	Dak Ta Ley	Xã Đak Ta Ley	Xã
23800	629	64	Hra	Hra	Xã Hra	Xã
23803	629	64	Đăk Yă	Dak Ya	Xã Đăk Yă	Xã
23806	629	64	Đăk Djrăng	Dak Djrang	Xã Đăk Djrăng	Xã
23809	629	64	Lơ Pang	Lo Pang	Xã Lơ Pang	Xã
23812	629	64	Kon Thụp	Kon Thup	Xã Kon Thụp	Xã
23815	629	64	Đê Ar	De Ar	Xã Đê Ar	Xã
23818	629	64	Kon Chiêng	Kon Chieng	Xã Kon Chiêng	Xã
23821	629	64	Đăk Trôi	Dak Troi	Xã Đăk Trôi	Xã
23824	630	64	Kông Chro	Kong Chro	Thị trấn Kông Chro	Thị trấn
23827	630	64	Chư Krêy	Chu Krey	Xã Chư Krêy	Xã
23830	630	64	An Trung	An Trung	Xã An Trung	Xã
23833	630	64	Kông Yang	Kong Yang	Xã Kông Yang	Xã
23836	630	64	Đăk Tơ Pang	Dak To Pang	Xã Đăk Tơ Pang	Xã
23839	630	64	SRó	SRo	Xã SRó	Xã
23840	630	64	Đắk Kơ Ning	Dak Ko Ning	Xã Đắk Kơ Ning	Xã
23842	630	64	Đăk Song	Dak Song	Xã Đăk Song	Xã
23843	630	64	Đăk Pling	Dak Pling	Xã Đăk Pling	Xã
23845	630	64	Yang Trung	Yang Trung	Xã Yang Trung	Xã
23846	630	64	Đăk Pơ Pho	Dak Po Pho	Xã Đăk Pơ Pho	Xã
23848	630	64	Ya Ma	Ya Ma	Xã Ya Ma	Xã
23851	630	64	Chơ Long	Cho Long	Xã Chơ Long	Xã
23854	630	64	Yang Nam	Yang Nam	Xã Yang Nam	Xã
23857	631	64	Chư Ty	Chu Ty	Thị trấn Chư Ty	Thị trấn
23860	631	64	Ia Dơk	Ia Dok	Xã Ia Dơk	Xã
23863	631	64	Ia Krêl	Ia Krel	Xã Ia Krêl	Xã
23866	631	64	Ia Din	Ia Din	Xã Ia Din	Xã
23869	631	64	Ia Kla	Ia Kla	Xã Ia Kla	Xã
23872	631	64	Ia Dom	Ia Dom	Xã Ia Dom	Xã
23875	631	64	Ia Lang	Ia Lang	Xã Ia Lang	Xã
23878	631	64	Ia Kriêng	Ia Krieng	Xã Ia Kriêng	Xã
23881	631	64	Ia Pnôn	Ia Pnon	Xã Ia Pnôn	Xã
23884	631	64	Ia Nan	Ia Nan	Xã Ia Nan	Xã
23887	632	64	Chư Prông	Chu Prong	Thị trấn Chư Prông	Thị trấn
23888	632	64	Ia Kly	Ia Kly	Xã Ia Kly	Xã
23890	632	64	Bình Giáo	Binh Giao	Xã Bình Giáo	Xã
23893	632	64	Ia Drăng	Ia Drang	Xã Ia Drăng	Xã
23896	632	64	Thăng Hưng	Thang Hung	Xã Thăng Hưng	Xã
23899	632	64	Bàu Cạn	Bau Can	Xã Bàu Cạn	Xã
23902	632	64	Ia Phìn	Ia Phin	Xã Ia Phìn	Xã
23905	632	64	Ia Băng	Ia Bang	Xã Ia Băng	Xã
23908	632	64	Ia Tôr	Ia Tor	Xã Ia Tôr	Xã
23911	632	64	Ia Boòng	Ia Boong	Xã Ia Boòng	Xã
23914	632	64	Ia O	Ia O	Xã Ia O	Xã
23917	632	64	Ia Púch	Ia Puch	Xã Ia Púch	Xã
23920	632	64	Ia Me	Ia Me	Xã Ia Me	Xã
23923	632	64	Ia Vê	Ia Ve	Xã Ia Vê	Xã
23924	632	64	Ia Bang	Ia Bang	Xã Ia Bang	Xã
23926	632	64	Ia Pia	Ia Pia	Xã Ia Pia	Xã
23929	632	64	Ia Ga	Ia Ga	Xã Ia Ga	Xã
23932	632	64	Ia Lâu	Ia Lau	Xã Ia Lâu	Xã
23935	632	64	Ia Piơr	Ia Pior	Xã Ia Piơr	Xã
23938	632	64	Ia Mơ	Ia Mo	Xã Ia Mơ	Xã
23941	633	64	Chư Sê	Chu Se	Thị trấn Chư Sê	Thị trấn
23944	633	64	Ia Tiêm	Ia Tiem	Xã Ia Tiêm	Xã
23945	633	64	Chư Pơng	Chu Pong	Xã Chư Pơng	Xã
23946	633	64	Bar Măih	Bar Maih	Xã Bar Măih	Xã
23947	633	64	Bờ Ngoong	Bo Ngoong	Xã Bờ Ngoong	Xã
23950	633	64	Ia Glai	Ia Glai	Xã Ia Glai	Xã
23953	633	64	AL Bá	AL Ba	Xã AL Bá	Xã
23954	633	64	Kông HTok	Kong HTok	Xã Kông HTok	Xã
23956	633	64	AYun	AYun	Xã AYun	Xã
23959	633	64	Ia HLốp	Ia HLop	Xã Ia HLốp	Xã
23962	633	64	Ia Blang	Ia Blang	Xã Ia Blang	Xã
23965	633	64	Dun	Dun	Xã Dun	Xã
23966	633	64	Ia Pal	Ia Pal	Xã Ia Pal	Xã
23968	633	64	H Bông	H Bong	Xã H Bông	Xã
23977	633	64	Ia Ko	Ia Ko	Xã Ia Ko	Xã
23989	634	64	Hà Tam	Ha Tam	Xã Hà Tam	Xã
23992	634	64	An Thành	An Thanh	Xã An Thành	Xã
23995	634	64	Đak Pơ	Dak Po	Thị trấn Đak Pơ	Thị trấn
23998	634	64	Yang Bắc	Yang Bac	Xã Yang Bắc	Xã
24001	634	64	Cư An	Cu An	Xã Cư An	Xã
24004	634	64	Tân An	Tan An	Xã Tân An	Xã
24007	634	64	Phú An	Phu An	Xã Phú An	Xã
24010	634	64	Ya Hội	Ya Hoi	Xã Ya Hội	Xã
24013	635	64	Pờ Tó	Po To	Xã Pờ Tó	Xã
24016	635	64	Chư Răng	Chu Rang	Xã Chư Răng	Xã
24019	635	64	Ia KDăm	Ia KDam	Xã Ia KDăm	Xã
24022	635	64	Kim Tân	Kim Tan	Xã Kim Tân	Xã
24025	635	64	Chư Mố	Chu Mo	Xã Chư Mố	Xã
24028	635	64	Ia Tul	Ia Tul	Xã Ia Tul	Xã
24031	635	64	Ia Ma Rơn	Ia Ma Ron	Xã Ia Ma Rơn	Xã
24034	635	64	Ia Broăi	Ia Broai	Xã Ia Broăi	Xã
24037	635	64	Ia Trok	Ia Trok	Xã Ia Trok	Xã
24076	637	64	Phú Túc	Phu Tuc	Thị trấn Phú Túc	Thị trấn
24079	637	64	Ia RSai	Ia RSai	Xã Ia RSai	Xã
24082	637	64	Ia RSươm	Ia RSuom	Xã Ia RSươm	Xã
24085	637	64	Chư Gu	Chu Gu	Xã Chư Gu	Xã
24088	637	64	Đất Bằng	Dat Bang	Xã Đất Bằng	Xã
24091	637	64	Ia Mláh	Ia Mlah	Xã Ia Mláh	Xã
24094	637	64	Chư Drăng	Chu Drang	Xã Chư Drăng	Xã
24097	637	64	Phú Cần	Phu Can	Xã Phú Cần	Xã
24100	637	64	Ia HDreh	Ia HDreh	Xã Ia HDreh	Xã
24103	637	64	Ia RMok	Ia RMok	Xã Ia RMok	Xã
24106	637	64	Chư Ngọc	Chu Ngoc	Xã Chư Ngọc	Xã
24109	637	64	Uar	Uar	Xã Uar	Xã
24112	637	64	Chư Rcăm	Chu Rcam	Xã Chư Rcăm	Xã
24115	637	64	Krông Năng	Krong Nang	Xã Krông Năng	Xã
24043	638	64	Phú Thiện	Phu Thien	Thị trấn Phú Thiện	Thị trấn
24046	638	64	Chư A Thai	Chu A Thai	Xã Chư A Thai	Xã
24048	638	64	Ayun Hạ	Ayun Ha	Xã Ayun Hạ	Xã
24049	638	64	Ia Ake	Ia Ake	Xã Ia Ake	Xã
24052	638	64	Ia Sol	Ia Sol	Xã Ia Sol	Xã
24055	638	64	Ia Piar	Ia Piar	Xã Ia Piar	Xã
24058	638	64	Ia Peng	Ia Peng	Xã Ia Peng	Xã
24060	638	64	Chrôh Pơnan	Chroh Ponan	Xã Chrôh Pơnan	Xã
24061	638	64	Ia Hiao	Ia Hiao	Xã Ia Hiao	Xã
24067	638	64	Ia Yeng	Ia Yeng	Xã Ia Yeng	Xã
23942	639	64	Nhơn Hoà	Nhon Hoa	Thị trấn Nhơn Hoà	Thị trấn
23971	639	64	Ia Hrú	Ia Hru	Xã Ia Hrú	Xã
23972	639	64	Ia Rong	Ia Rong	Xã Ia Rong	Xã
23974	639	64	Ia Dreng	Ia Dreng	Xã Ia Dreng	Xã
23978	639	64	Ia Hla	Ia Hla	Xã Ia Hla	Xã
23980	639	64	Chư Don	Chu Don	Xã Chư Don	Xã
23983	639	64	Ia Phang	Ia Phang	Xã Ia Phang	Xã
23986	639	64	Ia Le	Ia Le	Xã Ia Le	Xã
23987	639	64	Ia BLứ	Ia BLu	Xã Ia BLứ	Xã
24118	643	66	Tân Lập	Tan Lap	Phường Tân Lập	Phường
24121	643	66	Tân Hòa	Tan Hoa	Phường Tân Hòa	Phường
24124	643	66	Tân An	Tan An	Phường Tân An	Phường
24130	643	66	Thành Nhất	Thanh Nhat	Phường Thành Nhất	Phường
24133	643	66	Thành Công	Thanh Cong	Phường Thành Công	Phường
24136	643	66	Tân Lợi	Tan Loi	Phường Tân Lợi	Phường
24142	643	66	Tân Thành	Tan Thanh	Phường Tân Thành	Phường
24145	643	66	Tân Tiến	Tan Tien	Phường Tân Tiến	Phường
24148	643	66	Tự An	Tu An	Phường Tự An	Phường
24151	643	66	Ea Tam	Ea Tam	Phường Ea Tam	Phường
24154	643	66	Khánh Xuân	Khanh Xuan	Phường Khánh Xuân	Phường
24157	643	66	Hòa Thuận	Hoa Thuan	Xã Hòa Thuận	Xã
24160	643	66	Cư ÊBur	Cu EBur	Xã Cư ÊBur	Xã
24163	643	66	Ea Tu	Ea Tu	Xã Ea Tu	Xã
24166	643	66	Hòa Thắng	Hoa Thang	Xã Hòa Thắng	Xã
24169	643	66	Ea Kao	Ea Kao	Xã Ea Kao	Xã
24172	643	66	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
24175	643	66	Hòa Khánh	Hoa Khanh	Xã Hòa Khánh	Xã
24178	643	66	Hòa Xuân	Hoa Xuan	Xã Hòa Xuân	Xã
24305	644	66	An Lạc	An Lac	Phường An Lạc	Phường
24308	644	66	An Bình	An Binh	Phường An Bình	Phường
24311	644	66	Thiện An	Thien An	Phường Thiện An	Phường
24318	644	66	Đạt Hiếu	Dat Hieu	Phường Đạt Hiếu	Phường
24322	644	66	Đoàn Kết	Doan Ket	Phường Đoàn Kết	Phường
24328	644	66	Ea Drông	Ea Drong	Xã Ea Drông	Xã
24331	644	66	Thống Nhất	Thong Nhat	Phường Thống Nhất	Phường
24332	644	66	Bình Tân	Binh Tan	Phường Bình Tân	Phường
24334	644	66	Ea Siên	Ea Sien	Xã Ea Siên	Xã
24337	644	66	Bình Thuận	Binh Thuan	Xã Bình Thuận	Xã
24340	644	66	Cư Bao	Cu Bao	Xã Cư Bao	Xã
24181	645	66	Ea Drăng	Ea Drang	Thị trấn Ea Drăng	Thị trấn
24184	645	66	Ea H'leo	Ea H'leo	Xã Ea H'leo	Xã
24187	645	66	Ea Sol	Ea Sol	Xã Ea Sol	Xã
24190	645	66	Ea Ral	Ea Ral	Xã Ea Ral	Xã
24193	645	66	Ea Wy	Ea Wy	Xã Ea Wy	Xã
24194	645	66	Cư A Mung	Cu A Mung	Xã Cư A Mung	Xã
24196	645	66	Cư Mốt	Cu Mot	Xã Cư Mốt	Xã
24199	645	66	Ea Hiao	Ea Hiao	Xã Ea Hiao	Xã
24202	645	66	Ea Khal	Ea Khal	Xã Ea Khal	Xã
24205	645	66	Dliê Yang	Dlie Yang	Xã Dliê Yang	Xã
24207	645	66	Ea Tir	Ea Tir	Xã Ea Tir	Xã
24208	645	66	Ea Nam	Ea Nam	Xã Ea Nam	Xã
24211	646	66	Ea Súp	Ea Sup	Thị trấn Ea Súp	Thị trấn
24214	646	66	Ia Lốp	Ia Lop	Xã Ia Lốp	Xã
24215	646	66	Ia JLơi	Ia JLoi	Xã Ia JLơi	Xã
24217	646	66	Ea Rốk	Ea Rok	Xã Ea Rốk	Xã
24220	646	66	Ya Tờ Mốt	Ya To Mot	Xã Ya Tờ Mốt	Xã
24221	646	66	Ia RVê	Ia RVe	Xã Ia RVê	Xã
24223	646	66	Ea Lê	Ea Le	Xã Ea Lê	Xã
24226	646	66	Cư KBang	Cu KBang	Xã Cư KBang	Xã
24229	646	66	Ea Bung	Ea Bung	Xã Ea Bung	Xã
24232	646	66	Cư M'Lan	Cu M'Lan	Xã Cư M'Lan	Xã
24235	647	66	Krông Na	Krong Na	Xã Krông Na	Xã
24238	647	66	Ea Huar	Ea Huar	Xã Ea Huar	Xã
24241	647	66	Ea Wer	Ea Wer	Xã Ea Wer	Xã
24244	647	66	Tân Hoà	Tan Hoa	Xã Tân Hoà	Xã
24247	647	66	Cuôr KNia	Cuor KNia	Xã Cuôr KNia	Xã
24250	647	66	Ea Bar	Ea Bar	Xã Ea Bar	Xã
24253	647	66	Ea Nuôl	Ea Nuol	Xã Ea Nuôl	Xã
24256	648	66	Ea Pốk	Ea Pok	Thị trấn Ea Pốk	Thị trấn
24259	648	66	Quảng Phú	Quang Phu	Thị trấn Quảng Phú	Thị trấn
24262	648	66	Quảng Tiến	Quang Tien	Xã Quảng Tiến	Xã
24264	648	66	Ea Kuêh	Ea Kueh	Xã Ea Kuêh	Xã
24265	648	66	Ea Kiết	Ea Kiet	Xã Ea Kiết	Xã
24268	648	66	Ea Tar	Ea Tar	Xã Ea Tar	Xã
24271	648	66	Cư Dliê M'nông	Cu Dlie M'nong	Xã Cư Dliê M'nông	Xã
24274	648	66	Ea H'đinh	Ea H'dinh	Xã Ea H'đinh	Xã
24277	648	66	Ea Tul	Ea Tul	Xã Ea Tul	Xã
24280	648	66	Ea KPam	Ea KPam	Xã Ea KPam	Xã
24283	648	66	Ea M'DRóh	Ea M'DRoh	Xã Ea M'DRóh	Xã
24286	648	66	Quảng Hiệp	Quang Hiep	Xã Quảng Hiệp	Xã
24289	648	66	Cư M'gar	Cu M'gar	Xã Cư M'gar	Xã
24292	648	66	Ea D'Rơng	Ea D'Rong	Xã Ea D'Rơng	Xã
24295	648	66	Ea M'nang	Ea M'nang	Xã Ea M'nang	Xã
24298	648	66	Cư Suê	Cu Sue	Xã Cư Suê	Xã
24301	648	66	Cuor Đăng	Cuor Dang	Xã Cuor Đăng	Xã
24307	649	66	Cư Né	Cu Ne	Xã Cư Né	Xã
24310	649	66	Chư KBô	Chu KBo	Xã Chư KBô	Xã
24313	649	66	Cư Pơng	Cu Pong	Xã Cư Pơng	Xã
24314	649	66	Ea Sin	Ea Sin	Xã Ea Sin	Xã
24316	649	66	Pơng Drang	Pong Drang	Thị trấn Pơng Drang	Thị trấn
24317	649	66	Tân Lập	Tan Lap	Xã Tân Lập	Xã
24319	649	66	Ea Ngai	Ea Ngai	Xã Ea Ngai	Xã
24343	650	66	Krông Năng	Krong Nang	Thị trấn Krông Năng	Thị trấn
24346	650	66	ĐLiê Ya	DLie Ya	Xã ĐLiê Ya	Xã
24349	650	66	Ea Tóh	Ea Toh	Xã Ea Tóh	Xã
24352	650	66	Ea Tam	Ea Tam	Xã Ea Tam	Xã
24355	650	66	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
24358	650	66	Tam Giang	Tam Giang	Xã Tam Giang	Xã
24359	650	66	Ea Puk	Ea Puk	Xã Ea Puk	Xã
24360	650	66	Ea Dăh	Ea Dah	Xã Ea Dăh	Xã
24361	650	66	Ea Hồ	Ea Ho	Xã Ea Hồ	Xã
24364	650	66	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
24367	650	66	Cư Klông	Cu Klong	Xã Cư Klông	Xã
24370	650	66	Ea Tân	Ea Tan	Xã Ea Tân	Xã
24373	651	66	Ea Kar	Ea Kar	Thị trấn Ea Kar	Thị trấn
24376	651	66	Ea Knốp	Ea Knop	Thị trấn Ea Knốp	Thị trấn
24379	651	66	Ea Sô	Ea So	Xã Ea Sô	Xã
24380	651	66	Ea Sar	Ea Sar	Xã Ea Sar	Xã
24382	651	66	Xuân Phú	Xuan Phu	Xã Xuân Phú	Xã
24385	651	66	Cư Huê	Cu Hue	Xã Cư Huê	Xã
24388	651	66	Ea Tih	Ea Tih	Xã Ea Tih	Xã
24391	651	66	Ea Đar	Ea Dar	Xã Ea Đar	Xã
24394	651	66	Ea Kmút	Ea Kmut	Xã Ea Kmút	Xã
24397	651	66	Cư Ni	Cu Ni	Xã Cư Ni	Xã
24400	651	66	Ea Păl	Ea Pal	Xã Ea Păl	Xã
24401	651	66	Cư Prông	Cu Prong	Xã Cư Prông	Xã
24403	651	66	Ea Ô	Ea O	Xã Ea Ô	Xã
24404	651	66	Cư ELang	Cu ELang	Xã Cư ELang	Xã
24406	651	66	Cư Bông	Cu Bong	Xã Cư Bông	Xã
24409	651	66	Cư Jang	Cu Jang	Xã Cư Jang	Xã
24412	652	66	M'Đrắk	M'Drak	Thị trấn M'Đrắk	Thị trấn
24415	652	66	Cư Prao	Cu Prao	Xã Cư Prao	Xã
24418	652	66	Ea Pil	Ea Pil	Xã Ea Pil	Xã
24421	652	66	Ea Lai	Ea Lai	Xã Ea Lai	Xã
24424	652	66	Ea H'MLay	Ea H'MLay	Xã Ea H'MLay	Xã
24427	652	66	Krông Jing	Krong Jing	Xã Krông Jing	Xã
24430	652	66	Ea M' Doal	Ea M' Doal	Xã Ea M' Doal	Xã
24433	652	66	Ea Riêng	Ea Rieng	Xã Ea Riêng	Xã
24436	652	66	Cư M'ta	Cu M'ta	Xã Cư M'ta	Xã
24439	652	66	Cư K Róa	Cu K Roa	Xã Cư K Róa	Xã
24442	652	66	Krông Á	Krong A	Xã Krông Á	Xã
24444	652	66	Cư San	Cu San	Xã Cư San	Xã
24445	652	66	Ea Trang	Ea Trang	Xã Ea Trang	Xã
24448	653	66	Krông Kmar	Krong Kmar	Thị trấn Krông Kmar	Thị trấn
24451	653	66	Dang Kang	Dang Kang	Xã Dang Kang	Xã
24454	653	66	Cư KTy	Cu KTy	Xã Cư KTy	Xã
24457	653	66	Hòa Thành	Hoa Thanh	Xã Hòa Thành	Xã
24463	653	66	Hòa Phong	Hoa Phong	Xã Hòa Phong	Xã
24466	653	66	Hòa Lễ	Hoa Le	Xã Hòa Lễ	Xã
24469	653	66	Yang Reh	Yang Reh	Xã Yang Reh	Xã
24472	653	66	Ea Trul	Ea Trul	Xã Ea Trul	Xã
24475	653	66	Khuê Ngọc Điền	Khue Ngoc Dien	Xã Khuê Ngọc Điền	Xã
24478	653	66	Cư Pui	Cu Pui	Xã Cư Pui	Xã
24481	653	66	Hòa Sơn	Hoa Son	Xã Hòa Sơn	Xã
24484	653	66	Cư Drăm	Cu Dram	Xã Cư Drăm	Xã
24487	653	66	Yang Mao	Yang Mao	Xã Yang Mao	Xã
24490	654	66	Phước An	Phuoc An	Thị trấn Phước An	Thị trấn
24493	654	66	KRông Búk	KRong Buk	Xã KRông Búk	Xã
24496	654	66	Ea Kly	Ea Kly	Xã Ea Kly	Xã
24499	654	66	Ea Kênh	Ea Kenh	Xã Ea Kênh	Xã
24502	654	66	Ea Phê	Ea Phe	Xã Ea Phê	Xã
24505	654	66	Ea KNuec	Ea KNuec	Xã Ea KNuec	Xã
24508	654	66	Ea Yông	Ea Yong	Xã Ea Yông	Xã
24511	654	66	Hòa An	Hoa An	Xã Hòa An	Xã
24514	654	66	Ea Kuăng	Ea Kuang	Xã Ea Kuăng	Xã
24517	654	66	Hòa Đông	Hoa Dong	Xã Hòa Đông	Xã
24520	654	66	Ea Hiu	Ea Hiu	Xã Ea Hiu	Xã
24523	654	66	Hòa Tiến	Hoa Tien	Xã Hòa Tiến	Xã
24526	654	66	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
24529	654	66	Vụ Bổn	Vu Bon	Xã Vụ Bổn	Xã
24532	654	66	Ea Uy	Ea Uy	Xã Ea Uy	Xã
24535	654	66	Ea Yiêng	Ea Yieng	Xã Ea Yiêng	Xã
24538	655	66	Buôn Trấp	Buon Trap	Thị trấn Buôn Trấp	Thị trấn
24556	655	66	Dray Sáp	Dray Sap	Xã Dray Sáp	Xã
24559	655	66	Ea Na	Ea Na	Xã Ea Na	Xã
24565	655	66	Ea Bông	Ea Bong	Xã Ea Bông	Xã
24568	655	66	Băng A Drênh	Bang A Drenh	Xã Băng A Drênh	Xã
24571	655	66	Dur KMăl	Dur KMal	Xã Dur KMăl	Xã
24574	655	66	Bình Hòa	Binh Hoa	Xã Bình Hòa	Xã
24577	655	66	Quảng Điền	Quang Dien	Xã Quảng Điền	Xã
24580	656	66	Liên Sơn	Lien Son	Thị trấn Liên Sơn	Thị trấn
24583	656	66	Yang Tao	Yang Tao	Xã Yang Tao	Xã
24586	656	66	Bông Krang	Bong Krang	Xã Bông Krang	Xã
24589	656	66	Đắk Liêng	Dak Lieng	Xã Đắk Liêng	Xã
24592	656	66	Buôn Triết	Buon Triet	Xã Buôn Triết	Xã
24595	656	66	Buôn Tría	Buon Tria	Xã Buôn Tría	Xã
24598	656	66	Đắk Phơi	Dak Phoi	Xã Đắk Phơi	Xã
24601	656	66	Đắk Nuê	Dak Nue	Xã Đắk Nuê	Xã
24604	656	66	Krông Nô	Krong No	Xã Krông Nô	Xã
24607	656	66	Nam Ka	Nam Ka	Xã Nam Ka	Xã
24610	656	66	Ea R'Bin	Ea R'Bin	Xã Ea R'Bin	Xã
24540	657	66	Ea Ning	Ea Ning	Xã Ea Ning	Xã
24541	657	66	Cư Ê Wi	Cu E Wi	Xã Cư Ê Wi	Xã
24544	657	66	Ea Ktur	Ea Ktur	Xã Ea Ktur	Xã
24547	657	66	Ea Tiêu	Ea Tieu	Xã Ea Tiêu	Xã
24550	657	66	Ea BHốk	Ea BHok	Xã Ea BHốk	Xã
24553	657	66	Ea Hu	Ea Hu	Xã Ea Hu	Xã
24561	657	66	Dray Bhăng	Dray Bhang	Xã Dray Bhăng	Xã
24562	657	66	Hòa Hiệp	Hoa Hiep	Xã Hòa Hiệp	Xã
24611	660	67	Nghĩa Đức	Nghia Duc	Phường Nghĩa Đức	Phường
24612	660	67	Nghĩa Thành	Nghia Thanh	Phường Nghĩa Thành	Phường
24614	660	67	Nghĩa Phú	Nghia Phu	Phường Nghĩa Phú	Phường
24615	660	67	Nghĩa Tân	Nghia Tan	Phường Nghĩa Tân	Phường
24617	660	67	Nghĩa Trung	Nghia Trung	Phường Nghĩa Trung	Phường
24618	660	67	Đăk R'Moan	Dak R'Moan	Xã Đăk R'Moan	Xã
24619	660	67	Quảng Thành	Quang Thanh	Phường Quảng Thành	Phường
24628	660	67	Đắk Nia	Dak Nia	Xã Đắk Nia	Xã
24616	661	67	Quảng Sơn	Quang Son	Xã Quảng Sơn	Xã
24620	661	67	Quảng Hoà	Quang Hoa	Xã Quảng Hoà	Xã
24622	661	67	Đắk Ha	Dak Ha	Xã Đắk Ha	Xã
24625	661	67	Đắk R'Măng	Dak R'Mang	Xã Đắk R'Măng	Xã
24631	661	67	Quảng Khê	Quang Khe	Xã Quảng Khê	Xã
24634	661	67	Đắk Plao	Dak Plao	Xã Đắk Plao	Xã
24637	661	67	Đắk Som	Dak Som	Xã Đắk Som	Xã
24640	662	67	Ea T'Ling	Ea T'Ling	Thị trấn Ea T'Ling	Thị trấn
24643	662	67	Đắk Wil	Dak Wil	Xã Đắk Wil	Xã
24646	662	67	Ea Pô	Ea Po	Xã Ea Pô	Xã
24649	662	67	Nam Dong	Nam Dong	Xã Nam Dong	Xã
24652	662	67	Đắk DRông	Dak DRong	Xã Đắk DRông	Xã
24655	662	67	Tâm Thắng	Tam Thang	Xã Tâm Thắng	Xã
24658	662	67	Cư Knia	Cu Knia	Xã Cư Knia	Xã
24661	662	67	Trúc Sơn	Truc Son	Xã Trúc Sơn	Xã
24664	663	67	Đắk Mil	Dak Mil	Thị trấn Đắk Mil	Thị trấn
24667	663	67	Đắk Lao	Dak Lao	Xã Đắk Lao	Xã
24670	663	67	Đắk R'La	Dak R'La	Xã Đắk R'La	Xã
24673	663	67	Đắk Gằn	Dak Gan	Xã Đắk Gằn	Xã
24676	663	67	Đức Mạnh	Duc Manh	Xã Đức Mạnh	Xã
24677	663	67	Đắk N'Drót	Dak N'Drot	Xã Đắk N'Drót	Xã
24678	663	67	Long Sơn	Long Son	Xã Long Sơn	Xã
24679	663	67	Đắk Sắk	Dak Sak	Xã Đắk Sắk	Xã
24682	663	67	Thuận An	Thuan An	Xã Thuận An	Xã
24685	663	67	Đức Minh	Duc Minh	Xã Đức Minh	Xã
24688	664	67	Đắk Mâm	Dak Mam	Thị trấn Đắk Mâm	Thị trấn
24691	664	67	Đắk Sôr	Dak Sor	Xã Đắk Sôr	Xã
24692	664	67	Nam Xuân	Nam Xuan	Xã Nam Xuân	Xã
24694	664	67	Buôn Choah	Buon Choah	Xã Buôn Choah	Xã
24697	664	67	Nam Đà	Nam Da	Xã Nam Đà	Xã
24699	664	67	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
24700	664	67	Đắk Drô	Dak Dro	Xã Đắk Drô	Xã
24703	664	67	Nâm Nung	Nam Nung	Xã Nâm Nung	Xã
24706	664	67	Đức Xuyên	Duc Xuyen	Xã Đức Xuyên	Xã
24709	664	67	Đắk Nang	Dak Nang	Xã Đắk Nang	Xã
24712	664	67	Quảng Phú	Quang Phu	Xã Quảng Phú	Xã
24715	664	67	Nâm N'Đir	Nam N'Dir	Xã Nâm N'Đir	Xã
24717	665	67	Đức An	Duc An	Thị trấn Đức An	Thị trấn
24718	665	67	Đắk Môl	Dak Mol	Xã Đắk Môl	Xã
24719	665	67	Đắk Hòa	Dak Hoa	Xã Đắk Hòa	Xã
24721	665	67	Nam Bình	Nam Binh	Xã Nam Bình	Xã
24722	665	67	Thuận Hà	Thuan Ha	Xã Thuận Hà	Xã
24724	665	67	Thuận Hạnh	Thuan Hanh	Xã Thuận Hạnh	Xã
24727	665	67	Đắk N'Dung	Dak N'Dung	Xã Đắk N'Dung	Xã
24728	665	67	Nâm N'Jang	Nam N'Jang	Xã Nâm N'Jang	Xã
24730	665	67	Trường Xuân	Truong Xuan	Xã Trường Xuân	Xã
24733	666	67	Kiến Đức	Kien Duc	Thị trấn Kiến Đức	Thị trấn
24745	666	67	Quảng Tín	Quang Tin	Xã Quảng Tín	Xã
24750	666	67	Đắk Wer	Dak Wer	Xã Đắk Wer	Xã
24751	666	67	Nhân Cơ	Nhan Co	Xã Nhân Cơ	Xã
24754	666	67	Kiến Thành	Kien Thanh	Xã Kiến Thành	Xã
24756	666	67	Nghĩa Thắng	Nghia Thang	Xã Nghĩa Thắng	Xã
24757	666	67	Đạo Nghĩa	Dao Nghia	Xã Đạo Nghĩa	Xã
24760	666	67	Đắk Sin	Dak Sin	Xã Đắk Sin	Xã
24761	666	67	Hưng Bình	Hung Binh	Xã Hưng Bình	Xã
24763	666	67	Đắk Ru	Dak Ru	Xã Đắk Ru	Xã
24766	666	67	Nhân Đạo	Nhan Dao	Xã Nhân Đạo	Xã
24736	667	67	Quảng Trực	Quang Truc	Xã Quảng Trực	Xã
24739	667	67	Đắk Búk So	Dak Buk So	Xã Đắk Búk So	Xã
24740	667	67	Quảng Tâm	Quang Tam	Xã Quảng Tâm	Xã
24742	667	67	Đắk R'Tíh	Dak R'Tih	Xã Đắk R'Tíh	Xã
24746	667	67	Đắk Ngo	Dak Ngo	Xã Đắk Ngo	Xã
24748	667	67	Quảng Tân	Quang Tan	Xã Quảng Tân	Xã
24769	672	68	7	7	Phường 7	Phường
24772	672	68	8	8	Phường 8	Phường
24775	672	68	12	12	Phường 12	Phường
24778	672	68	9	9	Phường 9	Phường
24781	672	68	2	2	Phường 2	Phường
24784	672	68	1	1	Phường 1	Phường
24787	672	68	6	6	Phường 6	Phường
24790	672	68	5	5	Phường 5	Phường
24793	672	68	4	4	Phường 4	Phường
24796	672	68	10	10	Phường 10	Phường
24799	672	68	11	11	Phường 11	Phường
24802	672	68	3	3	Phường 3	Phường
24805	672	68	Xuân Thọ	Xuan Tho	Xã Xuân Thọ	Xã
24808	672	68	Tà Nung	Ta Nung	Xã Tà Nung	Xã
24810	672	68	Trạm Hành	Tram Hanh	Xã Trạm Hành	Xã
24811	672	68	Xuân Trường	Xuan Truong	Xã Xuân Trường	Xã
24814	673	68	Lộc Phát	Loc Phat	Phường Lộc Phát	Phường
24817	673	68	Lộc Tiến	Loc Tien	Phường Lộc Tiến	Phường
24820	673	68	2	2	Phường 2	Phường
24823	673	68	1	1	Phường 1	Phường
24826	673	68	B'lao	B'lao	Phường B'lao	Phường
24829	673	68	Lộc Sơn	Loc Son	Phường Lộc Sơn	Phường
24832	673	68	Đạm Bri	Dam Bri	Xã Đạm Bri	Xã
24835	673	68	Lộc Thanh	Loc Thanh	Xã Lộc Thanh	Xã
24838	673	68	Lộc Nga	Loc Nga	Xã Lộc Nga	Xã
24841	673	68	Lộc Châu	Loc Chau	Xã Lộc Châu	Xã
24844	673	68	Đại Lào	Dai Lao	Xã Đại Lào	Xã
24853	674	68	Đạ Tông	Da Tong	Xã Đạ Tông	Xã
24856	674	68	Đạ Long	Da Long	Xã Đạ Long	Xã
24859	674	68	Đạ M' Rong	Da M' Rong	Xã Đạ M' Rong	Xã
24874	674	68	Liêng Srônh	Lieng Sronh	Xã Liêng Srônh	Xã
24875	674	68	Đạ Rsal	Da Rsal	Xã Đạ Rsal	Xã
24877	674	68	Rô Men	Ro Men	Xã Rô Men	Xã
24886	674	68	Phi Liêng	Phi Lieng	Xã Phi Liêng	Xã
24889	674	68	Đạ K' Nàng	Da K' Nang	Xã Đạ K' Nàng	Xã
24846	675	68	Lạc Dương	Lac Duong	Thị trấn Lạc Dương	Thị trấn
24847	675	68	Đạ Chais	Da Chais	Xã Đạ Chais	Xã
24848	675	68	Đạ Nhim	Da Nhim	Xã Đạ Nhim	Xã
24850	675	68	Đưng KNớ	Dung KNo	Xã Đưng KNớ	Xã
24862	675	68	Lát	Lat	Xã Lát	Xã
24865	675	68	Đạ Sar	Da Sar	Xã Đạ Sar	Xã
24868	676	68	Nam Ban	Nam Ban	Thị trấn Nam Ban	Thị trấn
24871	676	68	Đinh Văn	Dinh Van	Thị trấn Đinh Văn	Thị trấn
24880	676	68	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
24883	676	68	Phi Tô	Phi To	Xã Phi Tô	Xã
24892	676	68	Mê Linh	Me Linh	Xã Mê Linh	Xã
24895	676	68	Đạ Đờn	Da Don	Xã Đạ Đờn	Xã
24898	676	68	Phúc Thọ	Phuc Tho	Xã Phúc Thọ	Xã
24901	676	68	Đông Thanh	Dong Thanh	Xã Đông Thanh	Xã
24904	676	68	Gia Lâm	Gia Lam	Xã Gia Lâm	Xã
24907	676	68	Tân Thanh	Tan Thanh	Xã Tân Thanh	Xã
24910	676	68	Tân Văn	Tan Van	Xã Tân Văn	Xã
24913	676	68	Hoài Đức	Hoai Duc	Xã Hoài Đức	Xã
24916	676	68	Tân Hà	Tan Ha	Xã Tân Hà	Xã
24919	676	68	Liên Hà	Lien Ha	Xã Liên Hà	Xã
24922	676	68	Đan Phượng	Dan Phuong	Xã Đan Phượng	Xã
24925	676	68	Nam Hà	Nam Ha	Xã Nam Hà	Xã
24928	677	68	D'Ran	D'Ran	Thị trấn D'Ran	Thị trấn
24931	677	68	Thạnh Mỹ	Thanh My	Thị trấn Thạnh Mỹ	Thị trấn
24934	677	68	Lạc Xuân	Lac Xuan	Xã Lạc Xuân	Xã
24937	677	68	Đạ Ròn	Da Ron	Xã Đạ Ròn	Xã
24940	677	68	Lạc Lâm	Lac Lam	Xã Lạc Lâm	Xã
24943	677	68	Ka Đô	Ka Do	Xã Ka Đô	Xã
24949	677	68	Ka Đơn	Ka Don	Xã Ka Đơn	Xã
24952	677	68	Tu Tra	Tu Tra	Xã Tu Tra	Xã
24955	677	68	Quảng Lập	Quang Lap	Xã Quảng Lập	Xã
24958	678	68	Liên Nghĩa	Lien Nghia	Thị trấn Liên Nghĩa	Thị trấn
24961	678	68	Hiệp An	Hiep An	Xã Hiệp An	Xã
24964	678	68	Liên Hiệp	Lien Hiep	Xã Liên Hiệp	Xã
24967	678	68	Hiệp Thạnh	Hiep Thanh	Xã Hiệp Thạnh	Xã
24970	678	68	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
24973	678	68	N'Thol Hạ	N'Thol Ha	Xã N'Thol Hạ	Xã
24976	678	68	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
24979	678	68	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
24982	678	68	Phú Hội	Phu Hoi	Xã Phú Hội	Xã
24985	678	68	Ninh Gia	Ninh Gia	Xã Ninh Gia	Xã
24988	678	68	Tà Năng	Ta Nang	Xã Tà Năng	Xã
24989	678	68	Đa Quyn	Da Quyn	Xã Đa Quyn	Xã
24991	678	68	Tà Hine	Ta Hine	Xã Tà Hine	Xã
24994	678	68	Đà Loan	Da Loan	Xã Đà Loan	Xã
24997	678	68	Ninh Loan	Ninh Loan	Xã Ninh Loan	Xã
25000	679	68	Di Linh	Di Linh	Thị trấn Di Linh	Thị trấn
25003	679	68	Đinh Trang Thượng	Dinh Trang Thuong	Xã Đinh Trang Thượng	Xã
25006	679	68	Tân Thượng	Tan Thuong	Xã Tân Thượng	Xã
25007	679	68	Tân Lâm	Tan Lam	Xã Tân Lâm	Xã
25009	679	68	Tân Châu	Tan Chau	Xã Tân Châu	Xã
25012	679	68	Tân Nghĩa	Tan Nghia	Xã Tân Nghĩa	Xã
25015	679	68	Gia Hiệp	Gia Hiep	Xã Gia Hiệp	Xã
25018	679	68	Đinh Lạc	Dinh Lac	Xã Đinh Lạc	Xã
25021	679	68	Tam Bố	Tam Bo	Xã Tam Bố	Xã
25024	679	68	Đinh Trang Hòa	Dinh Trang Hoa	Xã Đinh Trang Hòa	Xã
25027	679	68	Liên Đầm	Lien Dam	Xã Liên Đầm	Xã
25030	679	68	Gung Ré	Gung Re	Xã Gung Ré	Xã
25033	679	68	Bảo Thuận	Bao Thuan	Xã Bảo Thuận	Xã
25036	679	68	Hòa Ninh	Hoa Ninh	Xã Hòa Ninh	Xã
25039	679	68	Hòa Trung	Hoa Trung	Xã Hòa Trung	Xã
25042	679	68	Hòa Nam	Hoa Nam	Xã Hòa Nam	Xã
25045	679	68	Hòa Bắc	Hoa Bac	Xã Hòa Bắc	Xã
25048	679	68	Sơn Điền	Son Dien	Xã Sơn Điền	Xã
25051	679	68	Gia Bắc	Gia Bac	Xã Gia Bắc	Xã
25054	680	68	Lộc Thắng	Loc Thang	Thị trấn Lộc Thắng	Thị trấn
25057	680	68	Lộc Bảo	Loc Bao	Xã Lộc Bảo	Xã
25060	680	68	Lộc Lâm	Loc Lam	Xã Lộc Lâm	Xã
25063	680	68	Lộc Phú	Loc Phu	Xã Lộc Phú	Xã
25066	680	68	Lộc Bắc	Loc Bac	Xã Lộc Bắc	Xã
25069	680	68	B' Lá	B' La	Xã B' Lá	Xã
25072	680	68	Lộc Ngãi	Loc Ngai	Xã Lộc Ngãi	Xã
25075	680	68	Lộc Quảng	Loc Quang	Xã Lộc Quảng	Xã
25078	680	68	Lộc Tân	Loc Tan	Xã Lộc Tân	Xã
25081	680	68	Lộc Đức	Loc Duc	Xã Lộc Đức	Xã
25084	680	68	Lộc An	Loc An	Xã Lộc An	Xã
25087	680	68	Tân Lạc	Tan Lac	Xã Tân Lạc	Xã
25090	680	68	Lộc Thành	Loc Thanh	Xã Lộc Thành	Xã
25093	680	68	Lộc Nam	Loc Nam	Xã Lộc Nam	Xã
25096	682	68	Đạ M'ri	Da M'ri	Thị trấn Đạ M'ri	Thị trấn
25099	682	68	Ma Đa Guôi	Ma Da Guoi	Thị trấn Ma Đa Guôi	Thị trấn
25105	682	68	Hà Lâm	Ha Lam	Xã Hà Lâm	Xã
25111	682	68	Đạ Oai	Da Oai	Xã Đạ Oai	Xã
25114	682	68	Bà Gia	Ba Gia	Xã Bà Gia	Xã
25117	682	68	Ma Đa Guôi	Ma Da Guoi	Xã Ma Đa Guôi	Xã
25126	682	68	Đạ Tẻh	Da Teh	Thị trấn Đạ Tẻh	Thị trấn
25129	682	68	An Nhơn	An Nhon	Xã An Nhơn	Xã
25132	682	68	Quốc Oai	Quoc Oai	Xã Quốc Oai	Xã
25135	682	68	Mỹ Đức	My Duc	Xã Mỹ Đức	Xã
25138	682	68	Quảng Trị	Quang Tri	Xã Quảng Trị	Xã
25141	682	68	Đạ Lây	Da Lay	Xã Đạ Lây	Xã
25153	682	68	Đạ Kho	Da Kho	Xã Đạ Kho	Xã
25156	682	68	Đạ Pal	Da Pal	Xã Đạ Pal	Xã
25159	682	68	Cát Tiên	Cat Tien	Thị trấn Cát Tiên	Thị trấn
25162	682	68	Tiên Hoàng	Tien Hoang	Xã Tiên Hoàng	Xã
25165	682	68	Phước Cát 2	Phuoc Cat 2	Xã Phước Cát 2	Xã
25168	682	68	Gia Viễn	Gia Vien	Xã Gia Viễn	Xã
25171	682	68	Nam Ninh	Nam Ninh	Xã Nam Ninh	Xã
25180	682	68	Phước Cát	Phuoc Cat	Thị trấn Phước Cát	Thị trấn
25183	682	68	Đức Phổ	Duc Pho	Xã Đức Phổ	Xã
25189	682	68	Quảng Ngãi	Quang Ngai	Xã Quảng Ngãi	Xã
25192	682	68	Đồng Nai Thượng	Dong Nai Thuong	Xã Đồng Nai Thượng	Xã
25216	688	70	Thác Mơ	Thac Mo	Phường Thác Mơ	Phường
25217	688	70	Long Thủy	Long Thuy	Phường Long Thủy	Phường
25219	688	70	Phước Bình	Phuoc Binh	Phường Phước Bình	Phường
25220	688	70	Long Phước	Long Phuoc	Phường Long Phước	Phường
25237	688	70	Sơn Giang	Son Giang	Phường Sơn Giang	Phường
25245	688	70	Long Giang	Long Giang	Xã Long Giang	Xã
25249	688	70	Phước Tín	Phuoc Tin	Xã Phước Tín	Xã
25195	689	70	Tân Phú	Tan Phu	Phường Tân Phú	Phường
25198	689	70	Tân Đồng	Tan Dong	Phường Tân Đồng	Phường
25201	689	70	Tân Bình	Tan Binh	Phường Tân Bình	Phường
25204	689	70	Tân Xuân	Tan Xuan	Phường Tân Xuân	Phường
25205	689	70	Tân Thiện	Tan Thien	Phường Tân Thiện	Phường
25207	689	70	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
25210	689	70	Tiến Thành	Tien Thanh	Phường Tiến Thành	Phường
25213	689	70	Tiến Hưng	Tien Hung	Xã Tiến Hưng	Xã
25320	690	70	Hưng Chiến	Hung Chien	Phường Hưng Chiến	Phường
25324	690	70	An Lộc	An Loc	Phường An Lộc	Phường
25325	690	70	Phú Thịnh	Phu Thinh	Phường Phú Thịnh	Phường
25326	690	70	Phú Đức	Phu Duc	Phường Phú Đức	Phường
25333	690	70	Thanh Lương	Thanh Luong	Xã Thanh Lương	Xã
25336	690	70	Thanh Phú	Thanh Phu	Xã Thanh Phú	Xã
25222	691	70	Bù Gia Mập	Bu Gia Map	Xã Bù Gia Mập	Xã
25225	691	70	Đak Ơ	Dak O	Xã Đak Ơ	Xã
25228	691	70	Đức Hạnh	Duc Hanh	Xã Đức Hạnh	Xã
25229	691	70	Phú Văn	Phu Van	Xã Phú Văn	Xã
25231	691	70	Đa Kia	Da Kia	Xã Đa Kia	Xã
25232	691	70	Phước Minh	Phuoc Minh	Xã Phước Minh	Xã
25234	691	70	Bình Thắng	Binh Thang	Xã Bình Thắng	Xã
25267	691	70	Phú Nghĩa	Phu Nghia	Xã Phú Nghĩa	Xã
25270	692	70	Lộc Ninh	Loc Ninh	Thị trấn Lộc Ninh	Thị trấn
25273	692	70	Lộc Hòa	Loc Hoa	Xã Lộc Hòa	Xã
25276	692	70	Lộc An	Loc An	Xã Lộc An	Xã
25279	692	70	Lộc Tấn	Loc Tan	Xã Lộc Tấn	Xã
25280	692	70	Lộc Thạnh	Loc Thanh	Xã Lộc Thạnh	Xã
25282	692	70	Lộc Hiệp	Loc Hiep	Xã Lộc Hiệp	Xã
25285	692	70	Lộc Thiện	Loc Thien	Xã Lộc Thiện	Xã
25288	692	70	Lộc Thuận	Loc Thuan	Xã Lộc Thuận	Xã
25291	692	70	Lộc Quang	Loc Quang	Xã Lộc Quang	Xã
25292	692	70	Lộc Phú	Loc Phu	Xã Lộc Phú	Xã
25294	692	70	Lộc Thành	Loc Thanh	Xã Lộc Thành	Xã
25297	692	70	Lộc Thái	Loc Thai	Xã Lộc Thái	Xã
25300	692	70	Lộc Điền	Loc Dien	Xã Lộc Điền	Xã
25303	692	70	Lộc Hưng	Loc Hung	Xã Lộc Hưng	Xã
25305	692	70	Lộc Thịnh	Loc Thinh	Xã Lộc Thịnh	Xã
25306	692	70	Lộc Khánh	Loc Khanh	Xã Lộc Khánh	Xã
25308	693	70	Thanh Bình	Thanh Binh	Thị trấn Thanh Bình	Thị trấn
25309	693	70	Hưng Phước	Hung Phuoc	Xã Hưng Phước	Xã
25310	693	70	Phước Thiện	Phuoc Thien	Xã Phước Thiện	Xã
25312	693	70	Thiện Hưng	Thien Hung	Xã Thiện Hưng	Xã
25315	693	70	Thanh Hòa	Thanh Hoa	Xã Thanh Hòa	Xã
25318	693	70	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
25321	693	70	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
25327	694	70	Thanh An	Thanh An	Xã Thanh An	Xã
25330	694	70	An Khương	An Khuong	Xã An Khương	Xã
25339	694	70	An Phú	An Phu	Xã An Phú	Xã
25342	694	70	Tân Lợi	Tan Loi	Xã Tân Lợi	Xã
25345	694	70	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
25348	694	70	Minh Đức	Minh Duc	Xã Minh Đức	Xã
25349	694	70	Minh Tâm	Minh Tam	Xã Minh Tâm	Xã
25351	694	70	Phước An	Phuoc An	Xã Phước An	Xã
25354	694	70	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
25357	694	70	Tân Khai	Tan Khai	Thị trấn Tân Khai	Thị trấn
25360	694	70	Đồng Nơ	Dong No	Xã Đồng Nơ	Xã
25361	694	70	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
25438	694	70	Tân Quan	Tan Quan	Xã Tân Quan	Xã
25363	695	70	Tân Phú	Tan Phu	Thị trấn Tân Phú	Thị trấn
25366	695	70	Thuận Lợi	Thuan Loi	Xã Thuận Lợi	Xã
25369	695	70	Đồng Tâm	Dong Tam	Xã Đồng Tâm	Xã
25372	695	70	Tân Phước	Tan Phuoc	Xã Tân Phước	Xã
25375	695	70	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
25378	695	70	Tân Lợi	Tan Loi	Xã Tân Lợi	Xã
25381	695	70	Tân Lập	Tan Lap	Xã Tân Lập	Xã
25384	695	70	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
25387	695	70	Thuận Phú	Thuan Phu	Xã Thuận Phú	Xã
25390	695	70	Đồng Tiến	Dong Tien	Xã Đồng Tiến	Xã
25393	695	70	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
25396	696	70	Đức Phong	Duc Phong	Thị trấn Đức Phong	Thị trấn
25398	696	70	Đường 10	Duong 10	Xã Đường 10	Xã
25399	696	70	Đak Nhau	Dak Nhau	Xã Đak Nhau	Xã
25400	696	70	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
25402	696	70	Thọ Sơn	Tho Son	Xã Thọ Sơn	Xã
25404	696	70	Bình Minh	Binh Minh	Xã Bình Minh	Xã
25405	696	70	Bom Bo	Bom Bo	Xã Bom Bo	Xã
25408	696	70	Minh Hưng	Minh Hung	Xã Minh Hưng	Xã
25411	696	70	Đoàn Kết	Doan Ket	Xã Đoàn Kết	Xã
25414	696	70	Đồng Nai	Dong Nai	Xã Đồng Nai	Xã
25417	696	70	Đức Liễu	Duc Lieu	Xã Đức Liễu	Xã
25420	696	70	Thống Nhất	Thong Nhat	Xã Thống Nhất	Xã
25423	696	70	Nghĩa Trung	Nghia Trung	Xã Nghĩa Trung	Xã
25424	696	70	Nghĩa Bình	Nghia Binh	Xã Nghĩa Bình	Xã
25426	696	70	Đăng Hà	Dang Ha	Xã Đăng Hà	Xã
25429	696	70	Phước Sơn	Phuoc Son	Xã Phước Sơn	Xã
25432	697	70	Hưng Long	Hung Long	Phường Hưng Long	Phường
25433	697	70	Thành Tâm	Thanh Tam	Phường Thành Tâm	Phường
25435	697	70	Minh Lập	Minh Lap	Xã Minh Lập	Xã
25439	697	70	Quang Minh	Quang Minh	Xã Quang Minh	Xã
25441	697	70	Minh Hưng	Minh Hung	Phường Minh Hưng	Phường
25444	697	70	Minh Long	Minh Long	Phường Minh Long	Phường
25447	697	70	Minh Thành	Minh Thanh	Phường Minh Thành	Phường
25450	697	70	Nha Bích	Nha Bich	Xã Nha Bích	Xã
25453	697	70	Minh Thắng	Minh Thang	Xã Minh Thắng	Xã
25240	698	70	Long Bình	Long Binh	Xã Long Bình	Xã
25243	698	70	Bình Tân	Binh Tan	Xã Bình Tân	Xã
25244	698	70	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
25246	698	70	Long Hưng	Long Hung	Xã Long Hưng	Xã
25250	698	70	Phước Tân	Phuoc Tan	Xã Phước Tân	Xã
25252	698	70	Bù Nho	Bu Nho	Xã Bù Nho	Xã
25255	698	70	Long Hà	Long Ha	Xã Long Hà	Xã
25258	698	70	Long Tân	Long Tan	Xã Long Tân	Xã
25261	698	70	Phú Trung	Phu Trung	Xã Phú Trung	Xã
25264	698	70	Phú Riềng	Phu Rieng	Xã Phú Riềng	Xã
25456	703	72	1	1	Phường 1	Phường
25459	703	72	3	3	Phường 3	Phường
25462	703	72	4	4	Phường 4	Phường
25465	703	72	Hiệp Ninh	Hiep Ninh	Phường Hiệp Ninh	Phường
25468	703	72	2	2	Phường 2	Phường
25471	703	72	Thạnh Tân	Thanh Tan	Xã Thạnh Tân	Xã
25474	703	72	Tân Bình	Tan Binh	Xã Tân Bình	Xã
25477	703	72	Bình Minh	Binh Minh	Xã Bình Minh	Xã
25480	703	72	Ninh Sơn	Ninh Son	Phường Ninh Sơn	Phường
25483	703	72	Ninh Thạnh	Ninh Thanh	Phường Ninh Thạnh	Phường
25486	705	72	Tân Biên	Tan Bien	Thị trấn Tân Biên	Thị trấn
25489	705	72	Tân Lập	Tan Lap	Xã Tân Lập	Xã
25492	705	72	Thạnh Bắc	Thanh Bac	Xã Thạnh Bắc	Xã
25495	705	72	Tân Bình	Tan Binh	Xã Tân Bình	Xã
25498	705	72	Thạnh Bình	Thanh Binh	Xã Thạnh Bình	Xã
25501	705	72	Thạnh Tây	Thanh Tay	Xã Thạnh Tây	Xã
25504	705	72	Hòa Hiệp	Hoa Hiep	Xã Hòa Hiệp	Xã
25507	705	72	Tân Phong	Tan Phong	Xã Tân Phong	Xã
25510	705	72	Mỏ Công	Mo Cong	Xã Mỏ Công	Xã
25513	705	72	Trà Vong	Tra Vong	Xã Trà Vong	Xã
25516	706	72	Tân Châu	Tan Chau	Thị trấn Tân Châu	Thị trấn
25519	706	72	Tân Hà	Tan Ha	Xã Tân Hà	Xã
25522	706	72	Tân Đông	Tan Dong	Xã Tân Đông	Xã
25525	706	72	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
25528	706	72	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
25531	706	72	Suối Ngô	Suoi Ngo	Xã Suối Ngô	Xã
25534	706	72	Suối Dây	Suoi Day	Xã Suối Dây	Xã
25537	706	72	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
25540	706	72	Thạnh Đông	Thanh Dong	Xã Thạnh Đông	Xã
25543	706	72	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
25546	706	72	Tân Phú	Tan Phu	Xã Tân Phú	Xã
25549	706	72	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
25552	707	72	Dương Minh Châu	Duong Minh Chau	Thị trấn Dương Minh Châu	Thị trấn
25555	707	72	Suối Đá	Suoi Da	Xã Suối Đá	Xã
25558	707	72	Phan	Phan	Xã Phan	Xã
25561	707	72	Phước Ninh	Phuoc Ninh	Xã Phước Ninh	Xã
25564	707	72	Phước Minh	Phuoc Minh	Xã Phước Minh	Xã
25567	707	72	Bàu Năng	Bau Nang	Xã Bàu Năng	Xã
25570	707	72	Chà Là	Cha La	Xã Chà Là	Xã
25573	707	72	Cầu Khởi	Cau Khoi	Xã Cầu Khởi	Xã
25576	707	72	Bến Củi	Ben Cui	Xã Bến Củi	Xã
25579	707	72	Lộc Ninh	Loc Ninh	Xã Lộc Ninh	Xã
25582	707	72	Truông Mít	Truong Mit	Xã Truông Mít	Xã
25585	708	72	Châu Thành	Chau Thanh	Thị trấn Châu Thành	Thị trấn
25588	708	72	Hảo Đước	Hao Duoc	Xã Hảo Đước	Xã
25591	708	72	Phước Vinh	Phuoc Vinh	Xã Phước Vinh	Xã
25594	708	72	Đồng Khởi	Dong Khoi	Xã Đồng Khởi	Xã
25597	708	72	Thái Bình	Thai Binh	Xã Thái Bình	Xã
25600	708	72	An Cơ	An Co	Xã An Cơ	Xã
25603	708	72	Biên Giới	Bien Gioi	Xã Biên Giới	Xã
25606	708	72	Hòa Thạnh	Hoa Thanh	Xã Hòa Thạnh	Xã
25609	708	72	Trí Bình	Tri Binh	Xã Trí Bình	Xã
25612	708	72	Hòa Hội	Hoa Hoi	Xã Hòa Hội	Xã
25615	708	72	An Bình	An Binh	Xã An Bình	Xã
25618	708	72	Thanh Điền	Thanh Dien	Xã Thanh Điền	Xã
25621	708	72	Thành Long	Thanh Long	Xã Thành Long	Xã
25624	708	72	Ninh Điền	Ninh Dien	Xã Ninh Điền	Xã
25627	708	72	Long Vĩnh	Long Vinh	Xã Long Vĩnh	Xã
25630	709	72	Long Hoa	Long Hoa	Phường Long Hoa	Phường
25633	709	72	Hiệp Tân	Hiep Tan	Phường Hiệp Tân	Phường
25636	709	72	Long Thành Bắc	Long Thanh Bac	Phường Long Thành Bắc	Phường
25639	709	72	Trường Hòa	Truong Hoa	Xã Trường Hòa	Xã
25642	709	72	Trường Đông	Truong Dong	Xã Trường Đông	Xã
25645	709	72	Long Thành Trung	Long Thanh Trung	Phường Long Thành Trung	Phường
25648	709	72	Trường Tây	Truong Tay	Xã Trường Tây	Xã
25651	709	72	Long Thành Nam	Long Thanh Nam	Xã Long Thành Nam	Xã
25654	710	72	Gò Dầu	Go Dau	Thị trấn Gò Dầu	Thị trấn
25657	710	72	Thạnh Đức	Thanh Duc	Xã Thạnh Đức	Xã
25660	710	72	Cẩm Giang	Cam Giang	Xã Cẩm Giang	Xã
25663	710	72	Hiệp Thạnh	Hiep Thanh	Xã Hiệp Thạnh	Xã
25666	710	72	Bàu Đồn	Bau Don	Xã Bàu Đồn	Xã
25669	710	72	Phước Thạnh	Phuoc Thanh	Xã Phước Thạnh	Xã
25672	710	72	Phước Đông	Phuoc Dong	Xã Phước Đông	Xã
25675	710	72	Phước Trạch	Phuoc Trach	Xã Phước Trạch	Xã
25678	710	72	Thanh Phước	Thanh Phuoc	Xã Thanh Phước	Xã
25681	711	72	Bến Cầu	Ben Cau	Thị trấn Bến Cầu	Thị trấn
25684	711	72	Long Chữ	Long Chu	Xã Long Chữ	Xã
25687	711	72	Long Phước	Long Phuoc	Xã Long Phước	Xã
25690	711	72	Long Giang	Long Giang	Xã Long Giang	Xã
25693	711	72	Tiên Thuận	Tien Thuan	Xã Tiên Thuận	Xã
25696	711	72	Long Khánh	Long Khanh	Xã Long Khánh	Xã
25699	711	72	Lợi Thuận	Loi Thuan	Xã Lợi Thuận	Xã
25702	711	72	Long Thuận	Long Thuan	Xã Long Thuận	Xã
25705	711	72	An Thạnh	An Thanh	Xã An Thạnh	Xã
25708	712	72	Trảng Bàng	Trang Bang	Phường Trảng Bàng	Phường
25711	712	72	Đôn Thuận	Don Thuan	Xã Đôn Thuận	Xã
25714	712	72	Hưng Thuận	Hung Thuan	Xã Hưng Thuận	Xã
25717	712	72	Lộc Hưng	Loc Hung	Phường Lộc Hưng	Phường
25720	712	72	Gia Lộc	Gia Loc	Phường Gia Lộc	Phường
25723	712	72	Gia Bình	Gia Binh	Phường Gia Bình	Phường
25729	712	72	Phước Bình	Phuoc Binh	Xã Phước Bình	Xã
25732	712	72	An Tịnh	An Tinh	Phường An Tịnh	Phường
25735	712	72	An Hòa	An Hoa	Phường An Hòa	Phường
25738	712	72	Phước Chỉ	Phuoc Chi	Xã Phước Chỉ	Xã
25741	718	74	Hiệp Thành	Hiep Thanh	Phường Hiệp Thành	Phường
25744	718	74	Phú Lợi	Phu Loi	Phường Phú Lợi	Phường
25747	718	74	Phú Cường	Phu Cuong	Phường Phú Cường	Phường
25750	718	74	Phú Hòa	Phu Hoa	Phường Phú Hòa	Phường
25753	718	74	Phú Thọ	Phu Tho	Phường Phú Thọ	Phường
25756	718	74	Chánh Nghĩa	Chanh Nghia	Phường Chánh Nghĩa	Phường
25759	718	74	Định Hoà	Dinh Hoa	Phường Định Hoà	Phường
25760	718	74	Hoà Phú	Hoa Phu	Phường Hoà Phú	Phường
25762	718	74	Phú Mỹ	Phu My	Phường Phú Mỹ	Phường
25763	718	74	Phú Tân	Phu Tan	Phường Phú Tân	Phường
25765	718	74	Tân An	Tan An	Phường Tân An	Phường
25768	718	74	Hiệp An	Hiep An	Phường Hiệp An	Phường
25771	718	74	Tương Bình Hiệp	Tuong Binh Hiep	Phường Tương Bình Hiệp	Phường
25774	718	74	Chánh Mỹ	Chanh My	Phường Chánh Mỹ	Phường
25816	719	74	Trừ Văn Thố	Tru Van Tho	Xã Trừ Văn Thố	Xã
25819	719	74	Cây Trường II	Cay Truong II	Xã Cây Trường II	Xã
25822	719	74	Lai Uyên	Lai Uyen	Thị trấn Lai Uyên	Thị trấn
25825	719	74	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
25828	719	74	Long Nguyên	Long Nguyen	Xã Long Nguyên	Xã
25831	719	74	Hưng Hòa	Hung Hoa	Xã Hưng Hòa	Xã
25834	719	74	Lai Hưng	Lai Hung	Xã Lai Hưng	Xã
25777	720	74	Dầu Tiếng	Dau Tieng	Thị trấn Dầu Tiếng	Thị trấn
25780	720	74	Minh Hoà	Minh Hoa	Xã Minh Hoà	Xã
25783	720	74	Minh Thạnh	Minh Thanh	Xã Minh Thạnh	Xã
25786	720	74	Minh Tân	Minh Tan	Xã Minh Tân	Xã
25789	720	74	Định An	Dinh An	Xã Định An	Xã
25792	720	74	Long Hoà	Long Hoa	Xã Long Hoà	Xã
25795	720	74	Định Thành	Dinh Thanh	Xã Định Thành	Xã
25798	720	74	Định Hiệp	Dinh Hiep	Xã Định Hiệp	Xã
25801	720	74	An Lập	An Lap	Xã An Lập	Xã
25804	720	74	Long Tân	Long Tan	Xã Long Tân	Xã
25807	720	74	Thanh An	Thanh An	Xã Thanh An	Xã
25810	720	74	Thanh Tuyền	Thanh Tuyen	Xã Thanh Tuyền	Xã
25813	721	74	Mỹ Phước	My Phuoc	Phường Mỹ Phước	Phường
25837	721	74	Chánh Phú Hòa	Chanh Phu Hoa	Phường Chánh Phú Hòa	Phường
25840	721	74	An Điền	An Dien	Phường An Điền	Phường
25843	721	74	An Tây	An Tay	Phường An Tây	Phường
25846	721	74	Thới Hòa	Thoi Hoa	Phường Thới Hòa	Phường
25849	721	74	Hòa Lợi	Hoa Loi	Phường Hòa Lợi	Phường
25852	721	74	Tân Định	Tan Dinh	Phường Tân Định	Phường
25855	721	74	Phú An	Phu An	Xã Phú An	Xã
25858	722	74	Phước Vĩnh	Phuoc Vinh	Thị trấn Phước Vĩnh	Thị trấn
25861	722	74	An Linh	An Linh	Xã An Linh	Xã
25864	722	74	Phước Sang	Phuoc Sang	Xã Phước Sang	Xã
25865	722	74	An Thái	An Thai	Xã An Thái	Xã
25867	722	74	An Long	An Long	Xã An Long	Xã
25870	722	74	An Bình	An Binh	Xã An Bình	Xã
25873	722	74	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
25876	722	74	Tam Lập	Tam Lap	Xã Tam Lập	Xã
25879	722	74	Tân Long	Tan Long	Xã Tân Long	Xã
25882	722	74	Vĩnh Hoà	Vinh Hoa	Xã Vĩnh Hoà	Xã
25885	722	74	Phước Hoà	Phuoc Hoa	Xã Phước Hoà	Xã
25888	723	74	Uyên Hưng	Uyen Hung	Phường Uyên Hưng	Phường
25891	723	74	Tân Phước Khánh	Tan Phuoc Khanh	Phường Tân Phước Khánh	Phường
25912	723	74	Vĩnh Tân	Vinh Tan	Phường Vĩnh Tân	Phường
25915	723	74	Hội Nghĩa	Hoi Nghia	Phường Hội Nghĩa	Phường
25920	723	74	Tân Hiệp	Tan Hiep	Phường Tân Hiệp	Phường
25921	723	74	Khánh Bình	Khanh Binh	Phường Khánh Bình	Phường
25924	723	74	Phú Chánh	Phu Chanh	Phường Phú Chánh	Phường
25930	723	74	Bạch Đằng	Bach Dang	Xã Bạch Đằng	Xã
25933	723	74	Tân Vĩnh Hiệp	Tan Vinh Hiep	Phường Tân Vĩnh Hiệp	Phường
25936	723	74	Thạnh Phước	Thanh Phuoc	Phường Thạnh Phước	Phường
25937	723	74	Thạnh Hội	Thanh Hoi	Xã Thạnh Hội	Xã
25939	723	74	Thái Hòa	Thai Hoa	Phường Thái Hòa	Phường
25942	724	74	Dĩ An	Di An	Phường Dĩ An	Phường
25945	724	74	Tân Bình	Tan Binh	Phường Tân Bình	Phường
25948	724	74	Tân Đông Hiệp	Tan Dong Hiep	Phường Tân Đông Hiệp	Phường
25951	724	74	Bình An	Binh An	Phường Bình An	Phường
25954	724	74	Bình Thắng	Binh Thang	Phường Bình Thắng	Phường
25957	724	74	Đông Hòa	Dong Hoa	Phường Đông Hòa	Phường
25960	724	74	An Bình	An Binh	Phường An Bình	Phường
25963	725	74	An Thạnh	An Thanh	Phường An Thạnh	Phường
25966	725	74	Lái Thiêu	Lai Thieu	Phường Lái Thiêu	Phường
25969	725	74	Bình Chuẩn	Binh Chuan	Phường Bình Chuẩn	Phường
25972	725	74	Thuận Giao	Thuan Giao	Phường Thuận Giao	Phường
25975	725	74	An Phú	An Phu	Phường An Phú	Phường
25978	725	74	Hưng Định	Hung Dinh	Phường Hưng Định	Phường
25981	725	74	An Sơn	An Son	Xã An Sơn	Xã
25984	725	74	Bình Nhâm	Binh Nham	Phường Bình Nhâm	Phường
25987	725	74	Bình Hòa	Binh Hoa	Phường Bình Hòa	Phường
25990	725	74	Vĩnh Phú	Vinh Phu	Phường Vĩnh Phú	Phường
25894	726	74	Tân Định	Tan Dinh	Xã Tân Định	Xã
25897	726	74	Bình Mỹ	Binh My	Xã Bình Mỹ	Xã
25900	726	74	Tân Bình	Tan Binh	Thị trấn Tân Bình	Thị trấn
25903	726	74	Tân Lập	Tan Lap	Xã Tân Lập	Xã
25906	726	74	Tân Thành	Tan Thanh	Thị trấn Tân Thành	Thị trấn
25907	726	74	Đất Cuốc	Dat Cuoc	Xã Đất Cuốc	Xã
25908	726	74	Hiếu Liêm	Hieu Liem	Xã Hiếu Liêm	Xã
25909	726	74	Lạc An	Lac An	Xã Lạc An	Xã
25918	726	74	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
25927	726	74	Thường Tân	Thuong Tan	Xã Thường Tân	Xã
25993	731	75	Trảng Dài	Trang Dai	Phường Trảng Dài	Phường
25996	731	75	Tân Phong	Tan Phong	Phường Tân Phong	Phường
26485	742	75	Phú Hội	Phu Hoi	Xã Phú Hội	Xã
25999	731	75	Tân Biên	Tan Bien	Phường Tân Biên	Phường
26002	731	75	Hố Nai	Ho Nai	Phường Hố Nai	Phường
26005	731	75	Tân Hòa	Tan Hoa	Phường Tân Hòa	Phường
26008	731	75	Tân Hiệp	Tan Hiep	Phường Tân Hiệp	Phường
26011	731	75	Bửu Long	Buu Long	Phường Bửu Long	Phường
26014	731	75	Tân Mai	Tan Mai	Phường Tân Mai	Phường
26017	731	75	Tam Hiệp	Tam Hiep	Phường Tam Hiệp	Phường
26020	731	75	Long Bình	Long Binh	Phường Long Bình	Phường
26023	731	75	Quang Vinh	Quang Vinh	Phường Quang Vinh	Phường
26029	731	75	Thống Nhất	Thong Nhat	Phường Thống Nhất	Phường
26041	731	75	Trung Dũng	Trung Dung	Phường Trung Dũng	Phường
26047	731	75	Bình Đa	Binh Da	Phường Bình Đa	Phường
26050	731	75	An Bình	An Binh	Phường An Bình	Phường
26053	731	75	Bửu Hòa	Buu Hoa	Phường Bửu Hòa	Phường
26056	731	75	Long Bình Tân	Long Binh Tan	Phường Long Bình Tân	Phường
26059	731	75	Tân Vạn	Tan Van	Phường Tân Vạn	Phường
26062	731	75	Tân Hạnh	Tan Hanh	Phường Tân Hạnh	Phường
26065	731	75	Hiệp Hòa	Hiep Hoa	Phường Hiệp Hòa	Phường
26068	731	75	Hóa An	Hoa An	Phường Hóa An	Phường
26371	731	75	An Hòa	An Hoa	Phường An Hòa	Phường
26374	731	75	Tam Phước	Tam Phuoc	Phường Tam Phước	Phường
26377	731	75	Phước Tân	Phuoc Tan	Phường Phước Tân	Phường
26380	731	75	Long Hưng	Long Hung	Xã Long Hưng	Xã
26077	732	75	Xuân Bình	Xuan Binh	Phường Xuân Bình	Phường
26080	732	75	Xuân An	Xuan An	Phường Xuân An	Phường
26083	732	75	Xuân Hoà	Xuan Hoa	Phường Xuân Hoà	Phường
26086	732	75	Phú Bình	Phu Binh	Phường Phú Bình	Phường
26089	732	75	Bình Lộc	Binh Loc	Xã Bình Lộc	Xã
26092	732	75	Bảo Quang	Bao Quang	Xã Bảo Quang	Xã
26095	732	75	Suối Tre	Suoi Tre	Phường Suối Tre	Phường
26098	732	75	Bảo Vinh	Bao Vinh	Phường Bảo Vinh	Phường
26101	732	75	Xuân Lập	Xuan Lap	Phường Xuân Lập	Phường
26104	732	75	Bàu Sen	Bau Sen	Phường Bàu Sen	Phường
26107	732	75	Bàu Trâm	Bau Tram	Xã Bàu Trâm	Xã
26110	732	75	Xuân Tân	Xuan Tan	Phường Xuân Tân	Phường
26113	732	75	Hàng Gòn	Hang Gon	Xã Hàng Gòn	Xã
26116	734	75	Tân Phú	Tan Phu	Thị trấn Tân Phú	Thị trấn
26119	734	75	Dak Lua	Dak Lua	Xã Dak Lua	Xã
26122	734	75	Nam Cát Tiên	Nam Cat Tien	Xã Nam Cát Tiên	Xã
26125	734	75	Phú An	Phu An	Xã Phú An	Xã
26131	734	75	Tà Lài	Ta Lai	Xã Tà Lài	Xã
26134	734	75	Phú Lập	Phu Lap	Xã Phú Lập	Xã
26140	734	75	Phú Thịnh	Phu Thinh	Xã Phú Thịnh	Xã
26143	734	75	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
26146	734	75	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
26149	734	75	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
26152	734	75	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
26155	734	75	Phú Lâm	Phu Lam	Xã Phú Lâm	Xã
26158	734	75	Phú Bình	Phu Binh	Xã Phú Bình	Xã
26161	734	75	Phú Thanh	Phu Thanh	Xã Phú Thanh	Xã
26164	734	75	Trà Cổ	Tra Co	Xã Trà Cổ	Xã
26167	734	75	Phú Điền	Phu Dien	Xã Phú Điền	Xã
26170	735	75	Vĩnh An	Vinh An	Thị trấn Vĩnh An	Thị trấn
26173	735	75	Phú Lý	Phu Ly	Xã Phú Lý	Xã
26176	735	75	Trị An	Tri An	Xã Trị An	Xã
26179	735	75	Tân An	Tan An	Xã Tân An	Xã
26182	735	75	Vĩnh Tân	Vinh Tan	Xã Vĩnh Tân	Xã
26185	735	75	Bình Lợi	Binh Loi	Xã Bình Lợi	Xã
26188	735	75	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
26191	735	75	Thiện Tân	Thien Tan	Xã Thiện Tân	Xã
26194	735	75	Tân Bình	Tan Binh	Xã Tân Bình	Xã
26200	735	75	Mã Đà	Ma Da	Xã Mã Đà	Xã
26206	736	75	Định Quán	Dinh Quan	Thị trấn Định Quán	Thị trấn
26209	736	75	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
26212	736	75	Phú Tân	Phu Tan	Xã Phú Tân	Xã
26215	736	75	Phú Vinh	Phu Vinh	Xã Phú Vinh	Xã
26218	736	75	Phú Lợi	Phu Loi	Xã Phú Lợi	Xã
26221	736	75	Phú Hòa	Phu Hoa	Xã Phú Hòa	Xã
26224	736	75	Ngọc Định	Ngoc Dinh	Xã Ngọc Định	Xã
26227	736	75	La Ngà	La Nga	Xã La Ngà	Xã
26230	736	75	Gia Canh	Gia Canh	Xã Gia Canh	Xã
26233	736	75	Phú Ngọc	Phu Ngoc	Xã Phú Ngọc	Xã
26236	736	75	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
26239	736	75	Túc Trưng	Tuc Trung	Xã Túc Trưng	Xã
26242	736	75	Phú Túc	Phu Tuc	Xã Phú Túc	Xã
26245	736	75	Suối Nho	Suoi Nho	Xã Suối Nho	Xã
26248	737	75	Trảng Bom	Trang Bom	Thị trấn Trảng Bom	Thị trấn
26251	737	75	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
26254	737	75	Cây Gáo	Cay Gao	Xã Cây Gáo	Xã
26257	737	75	Bàu Hàm	Bau Ham	Xã Bàu Hàm	Xã
26260	737	75	Sông Thao	Song Thao	Xã Sông Thao	Xã
26263	737	75	Sông Trầu	Song Trau	Xã Sông Trầu	Xã
26266	737	75	Đông Hoà	Dong Hoa	Xã Đông Hoà	Xã
26269	737	75	Bắc Sơn	Bac Son	Xã Bắc Sơn	Xã
26272	737	75	Hố Nai 3	Ho Nai 3	Xã Hố Nai 3	Xã
26275	737	75	Tây Hoà	Tay Hoa	Xã Tây Hoà	Xã
26278	737	75	Bình Minh	Binh Minh	Xã Bình Minh	Xã
26281	737	75	Trung Hoà	Trung Hoa	Xã Trung Hoà	Xã
26284	737	75	Đồi 61	Doi 61	Xã Đồi 61	Xã
26287	737	75	Hưng Thịnh	Hung Thinh	Xã Hưng Thịnh	Xã
26290	737	75	Quảng Tiến	Quang Tien	Xã Quảng Tiến	Xã
26293	737	75	Giang Điền	Giang Dien	Xã Giang Điền	Xã
26296	737	75	An Viễn	An Vien	Xã An Viễn	Xã
26299	738	75	Gia Tân 1	Gia Tan 1	Xã Gia Tân 1	Xã
26302	738	75	Gia Tân 2	Gia Tan 2	Xã Gia Tân 2	Xã
26305	738	75	Gia Tân 3	Gia Tan 3	Xã Gia Tân 3	Xã
26308	738	75	Gia Kiệm	Gia Kiem	Xã Gia Kiệm	Xã
26311	738	75	Quang Trung	Quang Trung	Xã Quang Trung	Xã
26314	738	75	Bàu Hàm 2	Bau Ham 2	Xã Bàu Hàm 2	Xã
26317	738	75	Hưng Lộc	Hung Loc	Xã Hưng Lộc	Xã
26320	738	75	Lộ 25	Lo 25	Xã Lộ 25	Xã
26323	738	75	Xuân Thiện	Xuan Thien	Xã Xuân Thiện	Xã
26326	738	75	Dầu Giây	Dau Giay	Thị trấn Dầu Giây	Thị trấn
26329	739	75	Sông Nhạn	Song Nhan	Xã Sông Nhạn	Xã
26332	739	75	Xuân Quế	Xuan Que	Xã Xuân Quế	Xã
26335	739	75	Nhân Nghĩa	Nhan Nghia	Xã Nhân Nghĩa	Xã
26338	739	75	Xuân Đường	Xuan Duong	Xã Xuân Đường	Xã
26341	739	75	Long Giao	Long Giao	Thị trấn Long Giao	Thị trấn
26344	739	75	Xuân Mỹ	Xuan My	Xã Xuân Mỹ	Xã
26347	739	75	Thừa Đức	Thua Duc	Xã Thừa Đức	Xã
26350	739	75	Bảo Bình	Bao Binh	Xã Bảo Bình	Xã
26353	739	75	Xuân Bảo	Xuan Bao	Xã Xuân Bảo	Xã
26356	739	75	Xuân Tây	Xuan Tay	Xã Xuân Tây	Xã
26359	739	75	Xuân Đông	Xuan Dong	Xã Xuân Đông	Xã
26362	739	75	Sông Ray	Song Ray	Xã Sông Ray	Xã
26365	739	75	Lâm San	Lam San	Xã Lâm San	Xã
26368	740	75	Long Thành	Long Thanh	Thị trấn Long Thành	Thị trấn
26383	740	75	An Phước	An Phuoc	Xã An Phước	Xã
26386	740	75	Bình An	Binh An	Xã Bình An	Xã
26389	740	75	Long Đức	Long Duc	Xã Long Đức	Xã
26392	740	75	Lộc An	Loc An	Xã Lộc An	Xã
26395	740	75	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
26398	740	75	Tam An	Tam An	Xã Tam An	Xã
26401	740	75	Cẩm Đường	Cam Duong	Xã Cẩm Đường	Xã
26404	740	75	Long An	Long An	Xã Long An	Xã
26410	740	75	Bàu Cạn	Bau Can	Xã Bàu Cạn	Xã
26413	740	75	Long Phước	Long Phuoc	Xã Long Phước	Xã
26416	740	75	Phước Bình	Phuoc Binh	Xã Phước Bình	Xã
26419	740	75	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
26422	740	75	Phước Thái	Phuoc Thai	Xã Phước Thái	Xã
26425	741	75	Gia Ray	Gia Ray	Thị trấn Gia Ray	Thị trấn
26428	741	75	Xuân Bắc	Xuan Bac	Xã Xuân Bắc	Xã
26431	741	75	Suối Cao	Suoi Cao	Xã Suối Cao	Xã
26434	741	75	Xuân Thành	Xuan Thanh	Xã Xuân Thành	Xã
26437	741	75	Xuân Thọ	Xuan Tho	Xã Xuân Thọ	Xã
26440	741	75	Xuân Trường	Xuan Truong	Xã Xuân Trường	Xã
26443	741	75	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
26446	741	75	Xuân Hưng	Xuan Hung	Xã Xuân Hưng	Xã
26449	741	75	Xuân Tâm	Xuan Tam	Xã Xuân Tâm	Xã
26452	741	75	Suối Cát	Suoi Cat	Xã Suối Cát	Xã
26455	741	75	Xuân Hiệp	Xuan Hiep	Xã Xuân Hiệp	Xã
26458	741	75	Xuân Phú	Xuan Phu	Xã Xuân Phú	Xã
26461	741	75	Xuân Định	Xuan Dinh	Xã Xuân Định	Xã
26464	741	75	Bảo Hoà	Bao Hoa	Xã Bảo Hoà	Xã
26467	741	75	Lang Minh	Lang Minh	Xã Lang Minh	Xã
26470	742	75	Phước Thiền	Phuoc Thien	Xã Phước Thiền	Xã
26473	742	75	Long Tân	Long Tan	Xã Long Tân	Xã
26476	742	75	Đại Phước	Dai Phuoc	Xã Đại Phước	Xã
26479	742	75	Hiệp Phước	Hiep Phuoc	Thị trấn Hiệp Phước	Thị trấn
26482	742	75	Phú Hữu	Phu Huu	Xã Phú Hữu	Xã
26488	742	75	Phú Thạnh	Phu Thanh	Xã Phú Thạnh	Xã
26491	742	75	Phú Đông	Phu Dong	Xã Phú Đông	Xã
26494	742	75	Long Thọ	Long Tho	Xã Long Thọ	Xã
26497	742	75	Vĩnh Thanh	Vinh Thanh	Xã Vĩnh Thanh	Xã
26500	742	75	Phước Khánh	Phuoc Khanh	Xã Phước Khánh	Xã
26503	742	75	Phước An	Phuoc An	Xã Phước An	Xã
26506	747	77	1	1	Phường 1	Phường
26508	747	77	Thắng Tam	Thang Tam	Phường Thắng Tam	Phường
26509	747	77	2	2	Phường 2	Phường
26512	747	77	3	3	Phường 3	Phường
26515	747	77	4	4	Phường 4	Phường
26518	747	77	5	5	Phường 5	Phường
26521	747	77	Thắng Nhì	Thang Nhi	Phường Thắng Nhì	Phường
26524	747	77	7	7	Phường 7	Phường
26526	747	77	Nguyễn An Ninh	Nguyen An Ninh	Phường Nguyễn An Ninh	Phường
26527	747	77	8	8	Phường 8	Phường
26530	747	77	9	9	Phường 9	Phường
26533	747	77	Thắng Nhất	Thang Nhat	Phường Thắng Nhất	Phường
26535	747	77	Rạch Dừa	Rach Dua	Phường Rạch Dừa	Phường
26536	747	77	10	10	Phường 10	Phường
26539	747	77	11	11	Phường 11	Phường
26542	747	77	12	12	Phường 12	Phường
26545	747	77	Long Sơn	Long Son	Xã Long Sơn	Xã
26548	748	77	Phước Hưng	Phuoc Hung	Phường Phước Hưng	Phường
26554	748	77	Phước Nguyên	Phuoc Nguyen	Phường Phước Nguyên	Phường
26557	748	77	Long Toàn	Long Toan	Phường Long Toàn	Phường
26558	748	77	Long Tâm	Long Tam	Phường Long Tâm	Phường
26560	748	77	Phước Trung	Phuoc Trung	Phường Phước Trung	Phường
26563	748	77	Long Hương	Long Huong	Phường Long Hương	Phường
26566	748	77	Kim Dinh	Kim Dinh	Phường Kim Dinh	Phường
26567	748	77	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
26569	748	77	Long Phước	Long Phuoc	Xã Long Phước	Xã
26572	748	77	Hoà Long	Hoa Long	Xã Hoà Long	Xã
26574	750	77	Bàu Chinh	Bau Chinh	Xã Bàu Chinh	Xã
26575	750	77	Ngãi Giao	Ngai Giao	Thị trấn Ngãi Giao	Thị trấn
26578	750	77	Bình Ba	Binh Ba	Xã Bình Ba	Xã
26581	750	77	Suối Nghệ	Suoi Nghe	Xã Suối Nghệ	Xã
26584	750	77	Xuân Sơn	Xuan Son	Xã Xuân Sơn	Xã
26587	750	77	Sơn Bình	Son Binh	Xã Sơn Bình	Xã
26590	750	77	Bình Giã	Binh Gia	Xã Bình Giã	Xã
26593	750	77	Bình Trung	Binh Trung	Xã Bình Trung	Xã
26596	750	77	Xà Bang	Xa Bang	Xã Xà Bang	Xã
26599	750	77	Cù Bị	Cu Bi	Xã Cù Bị	Xã
26602	750	77	Láng Lớn	Lang Lon	Xã Láng Lớn	Xã
26605	750	77	Quảng Thành	Quang Thanh	Xã Quảng Thành	Xã
26608	750	77	Kim Long	Kim Long	Thị trấn Kim Long	Thị trấn
26611	750	77	Suối Rao	Suoi Rao	Xã Suối Rao	Xã
26614	750	77	Đá Bạc	Da Bac	Xã Đá Bạc	Xã
26617	750	77	Nghĩa Thành	Nghia Thanh	Xã Nghĩa Thành	Xã
26620	751	77	Phước Bửu	Phuoc Buu	Thị trấn Phước Bửu	Thị trấn
26623	751	77	Phước Thuận	Phuoc Thuan	Xã Phước Thuận	Xã
26626	751	77	Phước Tân	Phuoc Tan	Xã Phước Tân	Xã
26629	751	77	Xuyên Mộc	Xuyen Moc	Xã Xuyên Mộc	Xã
26632	751	77	Bông Trang	Bong Trang	Xã Bông Trang	Xã
26635	751	77	Tân Lâm	Tan Lam	Xã Tân Lâm	Xã
26638	751	77	Bàu Lâm	Bau Lam	Xã Bàu Lâm	Xã
26641	751	77	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
26644	751	77	Hòa Hưng	Hoa Hung	Xã Hòa Hưng	Xã
26647	751	77	Hòa Hiệp	Hoa Hiep	Xã Hòa Hiệp	Xã
26650	751	77	Hòa Hội	Hoa Hoi	Xã Hòa Hội	Xã
26653	751	77	Bưng Riềng	Bung Rieng	Xã Bưng Riềng	Xã
26656	751	77	Bình Châu	Binh Chau	Xã Bình Châu	Xã
26659	753	77	Long Điền	Long Dien	Thị trấn Long Điền	Thị trấn
26662	753	77	Long Hải	Long Hai	Thị trấn Long Hải	Thị trấn
26668	753	77	Tam An	Tam An	Xã Tam An	Xã
26674	753	77	Phước Tỉnh	Phuoc Tinh	Xã Phước Tỉnh	Xã
26677	753	77	Phước Hưng	Phuoc Hung	Xã Phước Hưng	Xã
26680	753	77	Đất Đỏ	Dat Do	Thị trấn Đất Đỏ	Thị trấn
26683	753	77	Phước Long Thọ	Phuoc Long Tho	Xã Phước Long Thọ	Xã
26686	753	77	Phước Hội	Phuoc Hoi	Xã Phước Hội	Xã
26689	753	77	Phước Hải	Phuoc Hai	Thị trấn Phước Hải	Thị trấn
26695	753	77	Long Tân	Long Tan	Xã Long Tân	Xã
26698	753	77	Láng Dài	Lang Dai	Xã Láng Dài	Xã
26704	754	77	Phú Mỹ	Phu My	Phường Phú Mỹ	Phường
26707	754	77	Tân Hoà	Tan Hoa	Phường Tân Hoà	Phường
26710	754	77	Tân Hải	Tan Hai	Phường Tân Hải	Phường
26713	754	77	Phước Hoà	Phuoc Hoa	Phường Phước Hoà	Phường
26716	754	77	Tân Phước	Tan Phuoc	Phường Tân Phước	Phường
26719	754	77	Mỹ Xuân	My Xuan	Phường Mỹ Xuân	Phường
26722	754	77	Sông Xoài	Song Xoai	Xã Sông Xoài	Xã
26725	754	77	Hắc Dịch	Hac Dich	Phường Hắc Dịch	Phường
26728	754	77	Châu Pha	Chau Pha	Xã Châu Pha	Xã
26731	754	77	Tóc Tiên	Toc Tien	Xã Tóc Tiên	Xã
26734	760	79	Tân Định	Tan Dinh	Phường Tân Định	Phường
26737	760	79	Đa Kao	Da Kao	Phường Đa Kao	Phường
26740	760	79	Bến Nghé	Ben Nghe	Phường Bến Nghé	Phường
26743	760	79	Bến Thành	Ben Thanh	Phường Bến Thành	Phường
26746	760	79	Nguyễn Thái Bình	Nguyen Thai Binh	Phường Nguyễn Thái Bình	Phường
26749	760	79	Phạm Ngũ Lão	Pham Ngu Lao	Phường Phạm Ngũ Lão	Phường
26752	760	79	Cầu Ông Lãnh	Cau Ong Lanh	Phường Cầu Ông Lãnh	Phường
26755	760	79	Cô Giang	Co Giang	Phường Cô Giang	Phường
26758	760	79	Nguyễn Cư Trinh	Nguyen Cu Trinh	Phường Nguyễn Cư Trinh	Phường
26761	760	79	Cầu Kho	Cau Kho	Phường Cầu Kho	Phường
26764	761	79	Thạnh Xuân	Thanh Xuan	Phường Thạnh Xuân	Phường
26767	761	79	Thạnh Lộc	Thanh Loc	Phường Thạnh Lộc	Phường
26770	761	79	Hiệp Thành	Hiep Thanh	Phường Hiệp Thành	Phường
26773	761	79	Thới An	Thoi An	Phường Thới An	Phường
26776	761	79	Tân Chánh Hiệp	Tan Chanh Hiep	Phường Tân Chánh Hiệp	Phường
26779	761	79	An Phú Đông	An Phu Dong	Phường An Phú Đông	Phường
26782	761	79	Tân Thới Hiệp	Tan Thoi Hiep	Phường Tân Thới Hiệp	Phường
26785	761	79	Trung Mỹ Tây	Trung My Tay	Phường Trung Mỹ Tây	Phường
26787	761	79	Tân Hưng Thuận	Tan Hung Thuan	Phường Tân Hưng Thuận	Phường
26788	761	79	Đông Hưng Thuận	Dong Hung Thuan	Phường Đông Hưng Thuận	Phường
26791	761	79	Tân Thới Nhất	Tan Thoi Nhat	Phường Tân Thới Nhất	Phường
26872	764	79	15	15	Phường 15	Phường
26875	764	79	17	17	Phường 17	Phường
26876	764	79	6	6	Phường 6	Phường
26878	764	79	16	16	Phường 16	Phường
26881	764	79	12	12	Phường 12	Phường
26882	764	79	14	14	Phường 14	Phường
26884	764	79	10	10	Phường 10	Phường
26887	764	79	5	5	Phường 5	Phường
26890	764	79	1	1	Phường 1	Phường
26898	764	79	8	8	Phường 8	Phường
26899	764	79	11	11	Phường 11	Phường
26902	764	79	3	3	Phường 3	Phường
26905	765	79	13	13	Phường 13	Phường
26908	765	79	11	11	Phường 11	Phường
26911	765	79	27	27	Phường 27	Phường
26914	765	79	26	26	Phường 26	Phường
26917	765	79	12	12	Phường 12	Phường
26920	765	79	25	25	Phường 25	Phường
26923	765	79	5	5	Phường 5	Phường
26926	765	79	7	7	Phường 7	Phường
26929	765	79	14	14	Phường 14	Phường
26941	765	79	2	2	Phường 2	Phường
26944	765	79	1	1	Phường 1	Phường
26950	765	79	17	17	Phường 17	Phường
26953	765	79	19	19	Phường 19	Phường
26956	765	79	22	22	Phường 22	Phường
26962	765	79	28	28	Phường 28	Phường
26965	766	79	2	2	Phường 2	Phường
26968	766	79	4	4	Phường 4	Phường
26971	766	79	12	12	Phường 12	Phường
26974	766	79	13	13	Phường 13	Phường
26977	766	79	1	1	Phường 1	Phường
26980	766	79	3	3	Phường 3	Phường
26983	766	79	11	11	Phường 11	Phường
26986	766	79	7	7	Phường 7	Phường
26989	766	79	5	5	Phường 5	Phường
26992	766	79	10	10	Phường 10	Phường
26995	766	79	6	6	Phường 6	Phường
26998	766	79	8	8	Phường 8	Phường
27001	766	79	9	9	Phường 9	Phường
27004	766	79	14	14	Phường 14	Phường
27007	766	79	15	15	Phường 15	Phường
27010	767	79	Tân Sơn Nhì	Tan Son Nhi	Phường Tân Sơn Nhì	Phường
27013	767	79	Tây Thạnh	Tay Thanh	Phường Tây Thạnh	Phường
27016	767	79	Sơn Kỳ	Son Ky	Phường Sơn Kỳ	Phường
27019	767	79	Tân Quý	Tan Quy	Phường Tân Quý	Phường
27022	767	79	Tân Thành	Tan Thanh	Phường Tân Thành	Phường
27025	767	79	Phú Thọ Hòa	Phu Tho Hoa	Phường Phú Thọ Hòa	Phường
27028	767	79	Phú Thạnh	Phu Thanh	Phường Phú Thạnh	Phường
27031	767	79	Phú Trung	Phu Trung	Phường Phú Trung	Phường
27034	767	79	Hòa Thạnh	Hoa Thanh	Phường Hòa Thạnh	Phường
27037	767	79	Hiệp Tân	Hiep Tan	Phường Hiệp Tân	Phường
27040	767	79	Tân Thới Hòa	Tan Thoi Hoa	Phường Tân Thới Hòa	Phường
27043	768	79	4	4	Phường 4	Phường
27046	768	79	5	5	Phường 5	Phường
27049	768	79	9	9	Phường 9	Phường
27052	768	79	7	7	Phường 7	Phường
27058	768	79	1	1	Phường 1	Phường
27070	768	79	10	10	Phường 10	Phường
27073	768	79	11	11	Phường 11	Phường
27076	768	79	15	15	Phường 15	Phường
27085	768	79	13	13	Phường 13	Phường
26794	769	79	Linh Xuân	Linh Xuan	Phường Linh Xuân	Phường
26797	769	79	Bình Chiểu	Binh Chieu	Phường Bình Chiểu	Phường
26800	769	79	Linh Trung	Linh Trung	Phường Linh Trung	Phường
26803	769	79	Tam Bình	Tam Binh	Phường Tam Bình	Phường
26806	769	79	Tam Phú	Tam Phu	Phường Tam Phú	Phường
26809	769	79	Hiệp Bình Phước	Hiep Binh Phuoc	Phường Hiệp Bình Phước	Phường
26812	769	79	Hiệp Bình Chánh	Hiep Binh Chanh	Phường Hiệp Bình Chánh	Phường
26815	769	79	Linh Chiểu	Linh Chieu	Phường Linh Chiểu	Phường
26818	769	79	Linh Tây	Linh Tay	Phường Linh Tây	Phường
26821	769	79	Linh Đông	Linh Dong	Phường Linh Đông	Phường
26824	769	79	Bình Thọ	Binh Tho	Phường Bình Thọ	Phường
26827	769	79	Trường Thọ	Truong Tho	Phường Trường Thọ	Phường
26830	769	79	Long Bình	Long Binh	Phường Long Bình	Phường
26833	769	79	Long Thạnh Mỹ	Long Thanh My	Phường Long Thạnh Mỹ	Phường
26836	769	79	Tân Phú	Tan Phu	Phường Tân Phú	Phường
26839	769	79	Hiệp Phú	Hiep Phu	Phường Hiệp Phú	Phường
26842	769	79	Tăng Nhơn Phú A	Tang Nhon Phu A	Phường Tăng Nhơn Phú A	Phường
26845	769	79	Tăng Nhơn Phú B	Tang Nhon Phu B	Phường Tăng Nhơn Phú B	Phường
26848	769	79	Phước Long B	Phuoc Long B	Phường Phước Long B	Phường
26851	769	79	Phước Long A	Phuoc Long A	Phường Phước Long A	Phường
26854	769	79	Trường Thạnh	Truong Thanh	Phường Trường Thạnh	Phường
26857	769	79	Long Phước	Long Phuoc	Phường Long Phước	Phường
26860	769	79	Long Trường	Long Truong	Phường Long Trường	Phường
26863	769	79	Phước Bình	Phuoc Binh	Phường Phước Bình	Phường
26866	769	79	Phú Hữu	Phu Huu	Phường Phú Hữu	Phường
27088	769	79	Thảo Điền	Thao Dien	Phường Thảo Điền	Phường
27091	769	79	An Phú	An Phu	Phường An Phú	Phường
27094	769	79	An Khánh	An Khanh	Phường An Khánh	Phường
27097	769	79	Bình Trưng Đông	Binh Trung Dong	Phường Bình Trưng Đông	Phường
27100	769	79	Bình Trưng Tây	Binh Trung Tay	Phường Bình Trưng Tây	Phường
27109	769	79	Cát Lái	Cat Lai	Phường Cát Lái	Phường
27112	769	79	Thạnh Mỹ Lợi	Thanh My Loi	Phường Thạnh Mỹ Lợi	Phường
27115	769	79	An Lợi Đông	An Loi Dong	Phường An Lợi Đông	Phường
27118	769	79	Thủ Thiêm	Thu Thiem	Phường Thủ Thiêm	Phường
27127	770	79	14	14	Phường 14	Phường
27130	770	79	12	12	Phường 12	Phường
27133	770	79	11	11	Phường 11	Phường
27139	770	79	Võ Thị Sáu	Vo Thi Sau	Phường Võ Thị Sáu	Phường
27142	770	79	9	9	Phường 9	Phường
27148	770	79	4	4	Phường 4	Phường
27151	770	79	5	5	Phường 5	Phường
27154	770	79	3	3	Phường 3	Phường
27157	770	79	2	2	Phường 2	Phường
27160	770	79	1	1	Phường 1	Phường
27163	771	79	15	15	Phường 15	Phường
27166	771	79	13	13	Phường 13	Phường
27169	771	79	14	14	Phường 14	Phường
27172	771	79	12	12	Phường 12	Phường
27178	771	79	10	10	Phường 10	Phường
27181	771	79	9	9	Phường 9	Phường
27184	771	79	1	1	Phường 1	Phường
27187	771	79	8	8	Phường 8	Phường
27190	771	79	2	2	Phường 2	Phường
27193	771	79	4	4	Phường 4	Phường
27202	771	79	6	6	Phường 6	Phường
27208	772	79	15	15	Phường 15	Phường
27211	772	79	5	5	Phường 5	Phường
27214	772	79	14	14	Phường 14	Phường
27220	772	79	3	3	Phường 3	Phường
27226	772	79	11	11	Phường 11	Phường
27229	772	79	8	8	Phường 8	Phường
27232	772	79	10	10	Phường 10	Phường
27238	772	79	7	7	Phường 7	Phường
27247	772	79	1	1	Phường 1	Phường
27253	772	79	16	16	Phường 16	Phường
27259	773	79	13	13	Phường 13	Phường
27265	773	79	9	9	Phường 9	Phường
27271	773	79	8	8	Phường 8	Phường
27277	773	79	18	18	Phường 18	Phường
27283	773	79	4	4	Phường 4	Phường
27286	773	79	3	3	Phường 3	Phường
27289	773	79	16	16	Phường 16	Phường
27292	773	79	2	2	Phường 2	Phường
27295	773	79	15	15	Phường 15	Phường
27298	773	79	1	1	Phường 1	Phường
27301	774	79	4	4	Phường 4	Phường
27304	774	79	9	9	Phường 9	Phường
27307	774	79	2	2	Phường 2	Phường
27310	774	79	12	12	Phường 12	Phường
27316	774	79	7	7	Phường 7	Phường
27325	774	79	1	1	Phường 1	Phường
27328	774	79	11	11	Phường 11	Phường
27331	774	79	14	14	Phường 14	Phường
27334	774	79	5	5	Phường 5	Phường
27343	774	79	13	13	Phường 13	Phường
27346	775	79	14	14	Phường 14	Phường
27349	775	79	13	13	Phường 13	Phường
27352	775	79	9	9	Phường 9	Phường
27358	775	79	12	12	Phường 12	Phường
27364	775	79	11	11	Phường 11	Phường
27367	775	79	2	2	Phường 2	Phường
27373	775	79	1	1	Phường 1	Phường
27376	775	79	8	8	Phường 8	Phường
27382	775	79	7	7	Phường 7	Phường
27385	775	79	10	10	Phường 10	Phường
27397	776	79	Rạch Ông	Rach Ong	Phường Rạch Ông	Phường
27403	776	79	Hưng Phú	Hung Phu	Phường Hưng Phú	Phường
27409	776	79	4	4	Phường 4	Phường
27415	776	79	Xóm Củi	Xom Cui	Phường Xóm Củi	Phường
27418	776	79	5	5	Phường 5	Phường
27421	776	79	14	14	Phường 14	Phường
27424	776	79	6	6	Phường 6	Phường
27427	776	79	15	15	Phường 15	Phường
27430	776	79	16	16	Phường 16	Phường
27433	776	79	7	7	Phường 7	Phường
27436	777	79	Bình Hưng Hòa	Binh Hung Hoa	Phường Bình Hưng Hòa	Phường
27439	777	79	Bình Hưng Hoà A	Binh Hung Hoa A	Phường Bình Hưng Hoà A	Phường
27442	777	79	Bình Hưng Hoà B	Binh Hung Hoa B	Phường Bình Hưng Hoà B	Phường
27445	777	79	Bình Trị Đông	Binh Tri Dong	Phường Bình Trị Đông	Phường
27448	777	79	Bình Trị Đông A	Binh Tri Dong A	Phường Bình Trị Đông A	Phường
27451	777	79	Bình Trị Đông B	Binh Tri Dong B	Phường Bình Trị Đông B	Phường
27454	777	79	Tân Tạo	Tan Tao	Phường Tân Tạo	Phường
27457	777	79	Tân Tạo A	Tan Tao A	Phường Tân Tạo A	Phường
27460	777	79	An Lạc	An Lac	Phường An Lạc	Phường
27463	777	79	An Lạc A	An Lac A	Phường An Lạc A	Phường
27466	778	79	Tân Thuận Đông	Tan Thuan Dong	Phường Tân Thuận Đông	Phường
27469	778	79	Tân Thuận Tây	Tan Thuan Tay	Phường Tân Thuận Tây	Phường
27472	778	79	Tân Kiểng	Tan Kieng	Phường Tân Kiểng	Phường
27475	778	79	Tân Hưng	Tan Hung	Phường Tân Hưng	Phường
27478	778	79	Bình Thuận	Binh Thuan	Phường Bình Thuận	Phường
27481	778	79	Tân Quy	Tan Quy	Phường Tân Quy	Phường
27484	778	79	Phú Thuận	Phu Thuan	Phường Phú Thuận	Phường
27487	778	79	Tân Phú	Tan Phu	Phường Tân Phú	Phường
27490	778	79	Tân Phong	Tan Phong	Phường Tân Phong	Phường
27493	778	79	Phú Mỹ	Phu My	Phường Phú Mỹ	Phường
27496	783	79	Củ Chi	Cu Chi	Thị trấn Củ Chi	Thị trấn
27499	783	79	Phú Mỹ Hưng	Phu My Hung	Xã Phú Mỹ Hưng	Xã
27502	783	79	An Phú	An Phu	Xã An Phú	Xã
27505	783	79	Trung Lập Thượng	Trung Lap Thuong	Xã Trung Lập Thượng	Xã
27508	783	79	An Nhơn Tây	An Nhon Tay	Xã An Nhơn Tây	Xã
27511	783	79	Nhuận Đức	Nhuan Duc	Xã Nhuận Đức	Xã
27514	783	79	Phạm Văn Cội	Pham Van Coi	Xã Phạm Văn Cội	Xã
27517	783	79	Phú Hòa Đông	Phu Hoa Dong	Xã Phú Hòa Đông	Xã
27520	783	79	Trung Lập Hạ	Trung Lap Ha	Xã Trung Lập Hạ	Xã
27523	783	79	Trung An	Trung An	Xã Trung An	Xã
27526	783	79	Phước Thạnh	Phuoc Thanh	Xã Phước Thạnh	Xã
27529	783	79	Phước Hiệp	Phuoc Hiep	Xã Phước Hiệp	Xã
27532	783	79	Tân An Hội	Tan An Hoi	Xã Tân An Hội	Xã
27535	783	79	Phước Vĩnh An	Phuoc Vinh An	Xã Phước Vĩnh An	Xã
27538	783	79	Thái Mỹ	Thai My	Xã Thái Mỹ	Xã
27541	783	79	Tân Thạnh Tây	Tan Thanh Tay	Xã Tân Thạnh Tây	Xã
27544	783	79	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
27547	783	79	Tân Thạnh Đông	Tan Thanh Dong	Xã Tân Thạnh Đông	Xã
27550	783	79	Bình Mỹ	Binh My	Xã Bình Mỹ	Xã
27553	783	79	Tân Phú Trung	Tan Phu Trung	Xã Tân Phú Trung	Xã
27556	783	79	Tân Thông Hội	Tan Thong Hoi	Xã Tân Thông Hội	Xã
27559	784	79	Hóc Môn	Hoc Mon	Thị trấn Hóc Môn	Thị trấn
27562	784	79	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
27565	784	79	Nhị Bình	Nhi Binh	Xã Nhị Bình	Xã
27568	784	79	Đông Thạnh	Dong Thanh	Xã Đông Thạnh	Xã
27571	784	79	Tân Thới Nhì	Tan Thoi Nhi	Xã Tân Thới Nhì	Xã
27574	784	79	Thới Tam Thôn	Thoi Tam Thon	Xã Thới Tam Thôn	Xã
27577	784	79	Xuân Thới Sơn	Xuan Thoi Son	Xã Xuân Thới Sơn	Xã
27580	784	79	Tân Xuân	Tan Xuan	Xã Tân Xuân	Xã
27583	784	79	Xuân Thới Đông	Xuan Thoi Dong	Xã Xuân Thới Đông	Xã
27586	784	79	Trung Chánh	Trung Chanh	Xã Trung Chánh	Xã
27589	784	79	Xuân Thới Thượng	Xuan Thoi Thuong	Xã Xuân Thới Thượng	Xã
27592	784	79	Bà Điểm	Ba Diem	Xã Bà Điểm	Xã
27595	785	79	Tân Túc	Tan Tuc	Thị trấn Tân Túc	Thị trấn
27598	785	79	Phạm Văn Hai	Pham Van Hai	Xã Phạm Văn Hai	Xã
27601	785	79	Vĩnh Lộc A	Vinh Loc A	Xã Vĩnh Lộc A	Xã
27604	785	79	Vĩnh Lộc B	Vinh Loc B	Xã Vĩnh Lộc B	Xã
27607	785	79	Bình Lợi	Binh Loi	Xã Bình Lợi	Xã
27610	785	79	Lê Minh Xuân	Le Minh Xuan	Xã Lê Minh Xuân	Xã
27613	785	79	Tân Nhựt	Tan Nhut	Xã Tân Nhựt	Xã
27616	785	79	Tân Kiên	Tan Kien	Xã Tân Kiên	Xã
27619	785	79	Bình Hưng	Binh Hung	Xã Bình Hưng	Xã
27622	785	79	Phong Phú	Phong Phu	Xã Phong Phú	Xã
27625	785	79	An Phú Tây	An Phu Tay	Xã An Phú Tây	Xã
27628	785	79	Hưng Long	Hung Long	Xã Hưng Long	Xã
27631	785	79	Đa Phước	Da Phuoc	Xã Đa Phước	Xã
27634	785	79	Tân Quý Tây	Tan Quy Tay	Xã Tân Quý Tây	Xã
27637	785	79	Bình Chánh	Binh Chanh	Xã Bình Chánh	Xã
27640	785	79	Quy Đức	Quy Duc	Xã Quy Đức	Xã
27643	786	79	Nhà Bè	Nha Be	Thị trấn Nhà Bè	Thị trấn
27646	786	79	Phước Kiển	Phuoc Kien	Xã Phước Kiển	Xã
27649	786	79	Phước Lộc	Phuoc Loc	Xã Phước Lộc	Xã
27652	786	79	Nhơn Đức	Nhon Duc	Xã Nhơn Đức	Xã
27655	786	79	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
27658	786	79	Long Thới	Long Thoi	Xã Long Thới	Xã
27661	786	79	Hiệp Phước	Hiep Phuoc	Xã Hiệp Phước	Xã
27664	787	79	Cần Thạnh	Can Thanh	Thị trấn Cần Thạnh	Thị trấn
27667	787	79	Bình Khánh	Binh Khanh	Xã Bình Khánh	Xã
27670	787	79	Tam Thôn Hiệp	Tam Thon Hiep	Xã Tam Thôn Hiệp	Xã
27673	787	79	An Thới Đông	An Thoi Dong	Xã An Thới Đông	Xã
27676	787	79	Thạnh An	Thanh An	Xã Thạnh An	Xã
27679	787	79	Long Hòa	Long Hoa	Xã Long Hòa	Xã
27682	787	79	Lý Nhơn	Ly Nhon	Xã Lý Nhơn	Xã
27685	794	80	5	5	Phường 5	Phường
27691	794	80	4	4	Phường 4	Phường
27692	794	80	Tân Khánh	Tan Khanh	Phường Tân Khánh	Phường
27694	794	80	1	1	Phường 1	Phường
27697	794	80	3	3	Phường 3	Phường
27698	794	80	7	7	Phường 7	Phường
27700	794	80	6	6	Phường 6	Phường
27703	794	80	Hướng Thọ Phú	Huong Tho Phu	Xã Hướng Thọ Phú	Xã
27706	794	80	Nhơn Thạnh Trung	Nhon Thanh Trung	Xã Nhơn Thạnh Trung	Xã
27709	794	80	Lợi Bình Nhơn	Loi Binh Nhon	Xã Lợi Bình Nhơn	Xã
27712	794	80	Bình Tâm	Binh Tam	Xã Bình Tâm	Xã
27715	794	80	Khánh Hậu	Khanh Hau	Phường Khánh Hậu	Phường
27718	794	80	An Vĩnh Ngãi	An Vinh Ngai	Xã An Vĩnh Ngãi	Xã
27787	795	80	1	1	Phường 1	Phường
27788	795	80	2	2	Phường 2	Phường
27790	795	80	Thạnh Trị	Thanh Tri	Xã Thạnh Trị	Xã
27793	795	80	Bình Hiệp	Binh Hiep	Xã Bình Hiệp	Xã
27799	795	80	Bình Tân	Binh Tan	Xã Bình Tân	Xã
27805	795	80	Tuyên Thạnh	Tuyen Thanh	Xã Tuyên Thạnh	Xã
27806	795	80	3	3	Phường 3	Phường
27817	795	80	Thạnh Hưng	Thanh Hung	Xã Thạnh Hưng	Xã
27721	796	80	Tân Hưng	Tan Hung	Thị trấn Tân Hưng	Thị trấn
27724	796	80	Hưng Hà	Hung Ha	Xã Hưng Hà	Xã
27727	796	80	Hưng Điền B	Hung Dien B	Xã Hưng Điền B	Xã
27730	796	80	Hưng Điền	Hung Dien	Xã Hưng Điền	Xã
27733	796	80	Thạnh Hưng	Thanh Hung	Xã Thạnh Hưng	Xã
27736	796	80	Hưng Thạnh	Hung Thanh	Xã Hưng Thạnh	Xã
27739	796	80	Vĩnh Thạnh	Vinh Thanh	Xã Vĩnh Thạnh	Xã
27742	796	80	Vĩnh Châu B	Vinh Chau B	Xã Vĩnh Châu B	Xã
27745	796	80	Vĩnh Lợi	Vinh Loi	Xã Vĩnh Lợi	Xã
27748	796	80	Vĩnh Đại	Vinh Dai	Xã Vĩnh Đại	Xã
27751	796	80	Vĩnh Châu A	Vinh Chau A	Xã Vĩnh Châu A	Xã
27754	796	80	Vĩnh Bửu	Vinh Buu	Xã Vĩnh Bửu	Xã
27757	797	80	Vĩnh Hưng	Vinh Hung	Thị trấn Vĩnh Hưng	Thị trấn
27760	797	80	Hưng Điền A	Hung Dien A	Xã Hưng Điền A	Xã
27763	797	80	Khánh Hưng	Khanh Hung	Xã Khánh Hưng	Xã
27766	797	80	Thái Trị	Thai Tri	Xã Thái Trị	Xã
27769	797	80	Vĩnh Trị	Vinh Tri	Xã Vĩnh Trị	Xã
27772	797	80	Thái Bình Trung	Thai Binh Trung	Xã Thái Bình Trung	Xã
27775	797	80	Vĩnh Bình	Vinh Binh	Xã Vĩnh Bình	Xã
27778	797	80	Vĩnh Thuận	Vinh Thuan	Xã Vĩnh Thuận	Xã
27781	797	80	Tuyên Bình	Tuyen Binh	Xã Tuyên Bình	Xã
27784	797	80	Tuyên Bình Tây	Tuyen Binh Tay	Xã Tuyên Bình Tây	Xã
27796	798	80	Bình Hòa Tây	Binh Hoa Tay	Xã Bình Hòa Tây	Xã
27802	798	80	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
27808	798	80	Bình Hòa Trung	Binh Hoa Trung	Xã Bình Hòa Trung	Xã
27811	798	80	Bình Hòa Đông	Binh Hoa Dong	Xã Bình Hòa Đông	Xã
27814	798	80	Bình Phong Thạnh	Binh Phong Thanh	Thị trấn Bình Phong Thạnh	Thị trấn
27820	798	80	Tân Lập	Tan Lap	Xã Tân Lập	Xã
27823	798	80	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
27826	799	80	Tân Thạnh	Tan Thanh	Thị trấn Tân Thạnh	Thị trấn
27829	799	80	Bắc Hòa	Bac Hoa	Xã Bắc Hòa	Xã
27832	799	80	Hậu Thạnh Tây	Hau Thanh Tay	Xã Hậu Thạnh Tây	Xã
27835	799	80	Nhơn Hòa Lập	Nhon Hoa Lap	Xã Nhơn Hòa Lập	Xã
27838	799	80	Tân Lập	Tan Lap	Xã Tân Lập	Xã
27841	799	80	Hậu Thạnh Đông	Hau Thanh Dong	Xã Hậu Thạnh Đông	Xã
27844	799	80	Nhơn Hoà	Nhon Hoa	Xã Nhơn Hoà	Xã
27847	799	80	Kiến Bình	Kien Binh	Xã Kiến Bình	Xã
27850	799	80	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
27853	799	80	Tân Bình	Tan Binh	Xã Tân Bình	Xã
27856	799	80	Tân Ninh	Tan Ninh	Xã Tân Ninh	Xã
27859	799	80	Nhơn Ninh	Nhon Ninh	Xã Nhơn Ninh	Xã
27862	799	80	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
27865	800	80	Thạnh Hóa	Thanh Hoa	Thị trấn Thạnh Hóa	Thị trấn
27868	800	80	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
27871	800	80	Thuận Bình	Thuan Binh	Xã Thuận Bình	Xã
27874	800	80	Thạnh Phước	Thanh Phuoc	Xã Thạnh Phước	Xã
27877	800	80	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
27880	800	80	Thuận Nghĩa Hòa	Thuan Nghia Hoa	Xã Thuận Nghĩa Hòa	Xã
27883	800	80	Thủy Đông	Thuy Dong	Xã Thủy Đông	Xã
27886	800	80	Thủy Tây	Thuy Tay	Xã Thủy Tây	Xã
27889	800	80	Tân Tây	Tan Tay	Xã Tân Tây	Xã
27892	800	80	Tân Đông	Tan Dong	Xã Tân Đông	Xã
27895	800	80	Thạnh An	Thanh An	Xã Thạnh An	Xã
27898	801	80	Đông Thành	Dong Thanh	Thị trấn Đông Thành	Thị trấn
27901	801	80	Mỹ Quý Đông	My Quy Dong	Xã Mỹ Quý Đông	Xã
27904	801	80	Mỹ Thạnh Bắc	My Thanh Bac	Xã Mỹ Thạnh Bắc	Xã
27907	801	80	Mỹ Quý Tây	My Quy Tay	Xã Mỹ Quý Tây	Xã
27910	801	80	Mỹ Thạnh Tây	My Thanh Tay	Xã Mỹ Thạnh Tây	Xã
27913	801	80	Mỹ Thạnh Đông	My Thanh Dong	Xã Mỹ Thạnh Đông	Xã
27916	801	80	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
27919	801	80	Bình Hòa Bắc	Binh Hoa Bac	Xã Bình Hòa Bắc	Xã
27922	801	80	Bình Hòa Hưng	Binh Hoa Hung	Xã Bình Hòa Hưng	Xã
27925	801	80	Bình Hòa Nam	Binh Hoa Nam	Xã Bình Hòa Nam	Xã
27928	801	80	Mỹ Bình	My Binh	Xã Mỹ Bình	Xã
27931	802	80	Hậu Nghĩa	Hau Nghia	Thị trấn Hậu Nghĩa	Thị trấn
27934	802	80	Hiệp Hòa	Hiep Hoa	Thị trấn Hiệp Hòa	Thị trấn
27937	802	80	Đức Hòa	Duc Hoa	Thị trấn Đức Hòa	Thị trấn
27940	802	80	Lộc Giang	Loc Giang	Xã Lộc Giang	Xã
27943	802	80	An Ninh Đông	An Ninh Dong	Xã An Ninh Đông	Xã
27946	802	80	An Ninh Tây	An Ninh Tay	Xã An Ninh Tây	Xã
27949	802	80	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
27952	802	80	Hiệp Hòa	Hiep Hoa	Xã Hiệp Hòa	Xã
27955	802	80	Đức Lập Thượng	Duc Lap Thuong	Xã Đức Lập Thượng	Xã
27958	802	80	Đức Lập Hạ	Duc Lap Ha	Xã Đức Lập Hạ	Xã
27961	802	80	Tân Phú	Tan Phu	Xã Tân Phú	Xã
27964	802	80	Mỹ Hạnh Bắc	My Hanh Bac	Xã Mỹ Hạnh Bắc	Xã
27967	802	80	Đức Hòa Thượng	Duc Hoa Thuong	Xã Đức Hòa Thượng	Xã
27970	802	80	Hòa Khánh Tây	Hoa Khanh Tay	Xã Hòa Khánh Tây	Xã
27973	802	80	Hòa Khánh Đông	Hoa Khanh Dong	Xã Hòa Khánh Đông	Xã
27976	802	80	Mỹ Hạnh Nam	My Hanh Nam	Xã Mỹ Hạnh Nam	Xã
27979	802	80	Hòa Khánh Nam	Hoa Khanh Nam	Xã Hòa Khánh Nam	Xã
27982	802	80	Đức Hòa Đông	Duc Hoa Dong	Xã Đức Hòa Đông	Xã
27985	802	80	Đức Hòa Hạ	Duc Hoa Ha	Xã Đức Hòa Hạ	Xã
27988	802	80	Hựu Thạnh	Huu Thanh	Xã Hựu Thạnh	Xã
27991	803	80	Bến Lức	Ben Luc	Thị trấn Bến Lức	Thị trấn
27994	803	80	Thạnh Lợi	Thanh Loi	Xã Thạnh Lợi	Xã
27997	803	80	Lương Bình	Luong Binh	Xã Lương Bình	Xã
28000	803	80	Thạnh Hòa	Thanh Hoa	Xã Thạnh Hòa	Xã
28003	803	80	Lương Hòa	Luong Hoa	Xã Lương Hòa	Xã
28009	803	80	Tân Bửu	Tan Buu	Xã Tân Bửu	Xã
28012	803	80	An Thạnh	An Thanh	Xã An Thạnh	Xã
28015	803	80	Bình Đức	Binh Duc	Xã Bình Đức	Xã
28018	803	80	Mỹ Yên	My Yen	Xã Mỹ Yên	Xã
28021	803	80	Thanh Phú	Thanh Phu	Xã Thanh Phú	Xã
28024	803	80	Long Hiệp	Long Hiep	Xã Long Hiệp	Xã
28027	803	80	Thạnh Đức	Thanh Duc	Xã Thạnh Đức	Xã
28030	803	80	Phước Lợi	Phuoc Loi	Xã Phước Lợi	Xã
28033	803	80	Nhựt Chánh	Nhut Chanh	Xã Nhựt Chánh	Xã
28036	804	80	Thủ Thừa	Thu Thua	Thị trấn Thủ Thừa	Thị trấn
28039	804	80	Long Thạnh	Long Thanh	Xã Long Thạnh	Xã
28042	804	80	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
28045	804	80	Long Thuận	Long Thuan	Xã Long Thuận	Xã
28048	804	80	Mỹ Lạc	My Lac	Xã Mỹ Lạc	Xã
28051	804	80	Mỹ Thạnh	My Thanh	Xã Mỹ Thạnh	Xã
28054	804	80	Bình An	Binh An	Xã Bình An	Xã
28057	804	80	Nhị Thành	Nhi Thanh	Xã Nhị Thành	Xã
28060	804	80	Mỹ An	My An	Xã Mỹ An	Xã
28063	804	80	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
28066	804	80	Mỹ Phú	My Phu	Xã Mỹ Phú	Xã
28072	804	80	Tân Long	Tan Long	Xã Tân Long	Xã
28075	805	80	Tân Trụ	Tan Tru	Thị trấn Tân Trụ	Thị trấn
28078	805	80	Tân Bình	Tan Binh	Xã Tân Bình	Xã
28084	805	80	Quê Mỹ Thạnh	Que My Thanh	Xã Quê Mỹ Thạnh	Xã
28087	805	80	Lạc Tấn	Lac Tan	Xã Lạc Tấn	Xã
28090	805	80	Bình Trinh Đông	Binh Trinh Dong	Xã Bình Trinh Đông	Xã
28093	805	80	Tân Phước Tây	Tan Phuoc Tay	Xã Tân Phước Tây	Xã
28096	805	80	Bình Lãng	Binh Lang	Xã Bình Lãng	Xã
28099	805	80	Bình Tịnh	Binh Tinh	Xã Bình Tịnh	Xã
28102	805	80	Đức Tân	Duc Tan	Xã Đức Tân	Xã
28105	805	80	Nhựt Ninh	Nhut Ninh	Xã Nhựt Ninh	Xã
28108	806	80	Cần Đước	Can Duoc	Thị trấn Cần Đước	Thị trấn
28111	806	80	Long Trạch	Long Trach	Xã Long Trạch	Xã
28114	806	80	Long Khê	Long Khe	Xã Long Khê	Xã
28117	806	80	Long Định	Long Dinh	Xã Long Định	Xã
28120	806	80	Phước Vân	Phuoc Van	Xã Phước Vân	Xã
28123	806	80	Long Hòa	Long Hoa	Xã Long Hòa	Xã
28126	806	80	Long Cang	Long Cang	Xã Long Cang	Xã
28129	806	80	Long Sơn	Long Son	Xã Long Sơn	Xã
28132	806	80	Tân Trạch	Tan Trach	Xã Tân Trạch	Xã
28135	806	80	Mỹ Lệ	My Le	Xã Mỹ Lệ	Xã
28138	806	80	Tân Lân	Tan Lan	Xã Tân Lân	Xã
28141	806	80	Phước Tuy	Phuoc Tuy	Xã Phước Tuy	Xã
28144	806	80	Long Hựu Đông	Long Huu Dong	Xã Long Hựu Đông	Xã
28147	806	80	Tân Ân	Tan An	Xã Tân Ân	Xã
28150	806	80	Phước Đông	Phuoc Dong	Xã Phước Đông	Xã
28153	806	80	Long Hựu Tây	Long Huu Tay	Xã Long Hựu Tây	Xã
28156	806	80	Tân Chánh	Tan Chanh	Xã Tân Chánh	Xã
28159	807	80	Cần Giuộc	Can Giuoc	Thị trấn Cần Giuộc	Thị trấn
28162	807	80	Phước Lý	Phuoc Ly	Xã Phước Lý	Xã
28165	807	80	Long Thượng	Long Thuong	Xã Long Thượng	Xã
28168	807	80	Long Hậu	Long Hau	Xã Long Hậu	Xã
28174	807	80	Phước Hậu	Phuoc Hau	Xã Phước Hậu	Xã
28177	807	80	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
28180	807	80	Phước Lại	Phuoc Lai	Xã Phước Lại	Xã
28183	807	80	Phước Lâm	Phuoc Lam	Xã Phước Lâm	Xã
28189	807	80	Thuận Thành	Thuan Thanh	Xã Thuận Thành	Xã
28192	807	80	Phước Vĩnh Tây	Phuoc Vinh Tay	Xã Phước Vĩnh Tây	Xã
28195	807	80	Phước Vĩnh Đông	Phuoc Vinh Dong	Xã Phước Vĩnh Đông	Xã
28198	807	80	Long An	Long An	Xã Long An	Xã
28201	807	80	Long Phụng	Long Phung	Xã Long Phụng	Xã
28204	807	80	Đông Thạnh	Dong Thanh	Xã Đông Thạnh	Xã
28207	807	80	Tân Tập	Tan Tap	Xã Tân Tập	Xã
28210	808	80	Tầm Vu	Tam Vu	Thị trấn Tầm Vu	Thị trấn
28213	808	80	Bình Quới	Binh Quoi	Xã Bình Quới	Xã
28216	808	80	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
28219	808	80	Phú Ngãi Trị	Phu Ngai Tri	Xã Phú Ngãi Trị	Xã
28222	808	80	Vĩnh Công	Vinh Cong	Xã Vĩnh Công	Xã
28225	808	80	Thuận Mỹ	Thuan My	Xã Thuận Mỹ	Xã
28228	808	80	Hiệp Thạnh	Hiep Thanh	Xã Hiệp Thạnh	Xã
28231	808	80	Phước Tân Hưng	Phuoc Tan Hung	Xã Phước Tân Hưng	Xã
28234	808	80	Thanh Phú Long	Thanh Phu Long	Xã Thanh Phú Long	Xã
28237	808	80	Dương Xuân Hội	Duong Xuan Hoi	Xã Dương Xuân Hội	Xã
28240	808	80	An Lục Long	An Luc Long	Xã An Lục Long	Xã
28243	808	80	Long Trì	Long Tri	Xã Long Trì	Xã
28246	808	80	Thanh Vĩnh Đông	Thanh Vinh Dong	Xã Thanh Vĩnh Đông	Xã
28249	815	82	5	5	Phường 5	Phường
28252	815	82	4	4	Phường 4	Phường
28261	815	82	1	1	Phường 1	Phường
28264	815	82	2	2	Phường 2	Phường
28270	815	82	6	6	Phường 6	Phường
28273	815	82	9	9	Phường 9	Phường
28276	815	82	10	10	Phường 10	Phường
28279	815	82	Tân Long	Tan Long	Phường Tân Long	Phường
28282	815	82	Đạo Thạnh	Dao Thanh	Xã Đạo Thạnh	Xã
28285	815	82	Trung An	Trung An	Xã Trung An	Xã
28288	815	82	Mỹ Phong	My Phong	Xã Mỹ Phong	Xã
28291	815	82	Tân Mỹ Chánh	Tan My Chanh	Xã Tân Mỹ Chánh	Xã
28567	815	82	Phước Thạnh	Phuoc Thanh	Xã Phước Thạnh	Xã
28591	815	82	Thới Sơn	Thoi Son	Xã Thới Sơn	Xã
28297	816	82	2	2	Phường 2	Phường
28300	816	82	1	1	Phường 1	Phường
28306	816	82	5	5	Phường 5	Phường
28309	816	82	Long Hưng	Long Hung	Phường Long Hưng	Phường
28312	816	82	Long Thuận	Long Thuan	Phường Long Thuận	Phường
28315	816	82	Long Chánh	Long Chanh	Phường Long Chánh	Phường
28318	816	82	Long Hòa	Long Hoa	Phường Long Hòa	Phường
28708	816	82	Bình Đông	Binh Dong	Xã Bình Đông	Xã
28717	816	82	Bình Xuân	Binh Xuan	Xã Bình Xuân	Xã
28729	816	82	Tân Trung	Tan Trung	Xã Tân Trung	Xã
28435	817	82	1	1	Phường 1	Phường
28436	817	82	2	2	Phường 2	Phường
28437	817	82	3	3	Phường 3	Phường
28439	817	82	4	4	Phường 4	Phường
28440	817	82	5	5	Phường 5	Phường
28447	817	82	Mỹ Phước Tây	My Phuoc Tay	Xã Mỹ Phước Tây	Xã
28450	817	82	Mỹ Hạnh Đông	My Hanh Dong	Xã Mỹ Hạnh Đông	Xã
28453	817	82	Mỹ Hạnh Trung	My Hanh Trung	Xã Mỹ Hạnh Trung	Xã
28459	817	82	Tân Phú	Tan Phu	Xã Tân Phú	Xã
28462	817	82	Tân Bình	Tan Binh	Xã Tân Bình	Xã
28468	817	82	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
28474	817	82	Nhị Mỹ	Nhi My	Phường Nhị Mỹ	Phường
28477	817	82	Nhị Quý	Nhi Quy	Xã Nhị Quý	Xã
28480	817	82	Thanh Hòa	Thanh Hoa	Xã Thanh Hòa	Xã
28483	817	82	Phú Quý	Phu Quy	Xã Phú Quý	Xã
28486	817	82	Long Khánh	Long Khanh	Xã Long Khánh	Xã
28321	818	82	Mỹ Phước	My Phuoc	Thị trấn Mỹ Phước	Thị trấn
28324	818	82	Tân Hòa Đông	Tan Hoa Dong	Xã Tân Hòa Đông	Xã
28327	818	82	Thạnh Tân	Thanh Tan	Xã Thạnh Tân	Xã
28330	818	82	Thạnh Mỹ	Thanh My	Xã Thạnh Mỹ	Xã
28333	818	82	Thạnh Hoà	Thanh Hoa	Xã Thạnh Hoà	Xã
28336	818	82	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
28339	818	82	Tân Hòa Thành	Tan Hoa Thanh	Xã Tân Hòa Thành	Xã
28342	818	82	Hưng Thạnh	Hung Thanh	Xã Hưng Thạnh	Xã
28345	818	82	Tân Lập 1	Tan Lap 1	Xã Tân Lập 1	Xã
28348	818	82	Tân Hòa Tây	Tan Hoa Tay	Xã Tân Hòa Tây	Xã
28354	818	82	Tân Lập 2	Tan Lap 2	Xã Tân Lập 2	Xã
28357	818	82	Phước Lập	Phuoc Lap	Xã Phước Lập	Xã
28360	819	82	Cái Bè	Cai Be	Thị trấn Cái Bè	Thị trấn
28363	819	82	Hậu Mỹ Bắc B	Hau My Bac B	Xã Hậu Mỹ Bắc B	Xã
28366	819	82	Hậu Mỹ Bắc A	Hau My Bac A	Xã Hậu Mỹ Bắc A	Xã
28369	819	82	Mỹ Trung	My Trung	Xã Mỹ Trung	Xã
28372	819	82	Hậu Mỹ Trinh	Hau My Trinh	Xã Hậu Mỹ Trinh	Xã
28375	819	82	Hậu Mỹ Phú	Hau My Phu	Xã Hậu Mỹ Phú	Xã
28378	819	82	Mỹ Tân	My Tan	Xã Mỹ Tân	Xã
28381	819	82	Mỹ Lợi B	My Loi B	Xã Mỹ Lợi B	Xã
28384	819	82	Thiện Trung	Thien Trung	Xã Thiện Trung	Xã
28387	819	82	Mỹ Hội	My Hoi	Xã Mỹ Hội	Xã
28390	819	82	An Cư	An Cu	Xã An Cư	Xã
28393	819	82	Hậu Thành	Hau Thanh	Xã Hậu Thành	Xã
28396	819	82	Mỹ Lợi A	My Loi A	Xã Mỹ Lợi A	Xã
28399	819	82	Hòa Khánh	Hoa Khanh	Xã Hòa Khánh	Xã
28402	819	82	Thiện Trí	Thien Tri	Xã Thiện Trí	Xã
28405	819	82	Mỹ Đức Đông	My Duc Dong	Xã Mỹ Đức Đông	Xã
28408	819	82	Mỹ Đức Tây	My Duc Tay	Xã Mỹ Đức Tây	Xã
28411	819	82	Đông Hòa Hiệp	Dong Hoa Hiep	Xã Đông Hòa Hiệp	Xã
28414	819	82	An Thái Đông	An Thai Dong	Xã An Thái Đông	Xã
28417	819	82	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
28420	819	82	Mỹ Lương	My Luong	Xã Mỹ Lương	Xã
28423	819	82	Tân Thanh	Tan Thanh	Xã Tân Thanh	Xã
28426	819	82	An Thái Trung	An Thai Trung	Xã An Thái Trung	Xã
28429	819	82	An Hữu	An Huu	Xã An Hữu	Xã
28432	819	82	Hòa Hưng	Hoa Hung	Xã Hòa Hưng	Xã
28438	820	82	Thạnh Lộc	Thanh Loc	Xã Thạnh Lộc	Xã
28441	820	82	Mỹ Thành Bắc	My Thanh Bac	Xã Mỹ Thành Bắc	Xã
28444	820	82	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
28456	820	82	Mỹ Thành Nam	My Thanh Nam	Xã Mỹ Thành Nam	Xã
28465	820	82	Phú Nhuận	Phu Nhuan	Xã Phú Nhuận	Xã
28471	820	82	Bình Phú	Binh Phu	Thị trấn Bình Phú	Thị trấn
28489	820	82	Cẩm Sơn	Cam Son	Xã Cẩm Sơn	Xã
28492	820	82	Phú An	Phu An	Xã Phú An	Xã
28495	820	82	Mỹ Long	My Long	Xã Mỹ Long	Xã
28498	820	82	Long Tiên	Long Tien	Xã Long Tiên	Xã
28501	820	82	Hiệp Đức	Hiep Duc	Xã Hiệp Đức	Xã
28504	820	82	Long Trung	Long Trung	Xã Long Trung	Xã
28507	820	82	Hội Xuân	Hoi Xuan	Xã Hội Xuân	Xã
28510	820	82	Tân Phong	Tan Phong	Xã Tân Phong	Xã
28513	820	82	Tam Bình	Tam Binh	Xã Tam Bình	Xã
28516	820	82	Ngũ Hiệp	Ngu Hiep	Xã Ngũ Hiệp	Xã
28519	821	82	Tân Hiệp	Tan Hiep	Thị trấn Tân Hiệp	Thị trấn
28522	821	82	Tân Hội Đông	Tan Hoi Dong	Xã Tân Hội Đông	Xã
28525	821	82	Tân Hương	Tan Huong	Xã Tân Hương	Xã
28528	821	82	Tân Lý Đông	Tan Ly Dong	Xã Tân Lý Đông	Xã
28534	821	82	Thân Cửu Nghĩa	Than Cuu Nghia	Xã Thân Cửu Nghĩa	Xã
28537	821	82	Tam Hiệp	Tam Hiep	Xã Tam Hiệp	Xã
28540	821	82	Điềm Hy	Diem Hy	Xã Điềm Hy	Xã
28543	821	82	Nhị Bình	Nhi Binh	Xã Nhị Bình	Xã
28549	821	82	Đông Hòa	Dong Hoa	Xã Đông Hòa	Xã
28552	821	82	Long Định	Long Dinh	Xã Long Định	Xã
28558	821	82	Long An	Long An	Xã Long An	Xã
28561	821	82	Long Hưng	Long Hung	Xã Long Hưng	Xã
28564	821	82	Bình Trưng	Binh Trung	Xã Bình Trưng	Xã
28570	821	82	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
28573	821	82	Bàn Long	Ban Long	Xã Bàn Long	Xã
28576	821	82	Vĩnh Kim	Vinh Kim	Xã Vĩnh Kim	Xã
28579	821	82	Bình Đức	Binh Duc	Xã Bình Đức	Xã
28582	821	82	Song Thuận	Song Thuan	Xã Song Thuận	Xã
28585	821	82	Kim Sơn	Kim Son	Xã Kim Sơn	Xã
28588	821	82	Phú Phong	Phu Phong	Xã Phú Phong	Xã
28594	822	82	Chợ Gạo	Cho Gao	Thị trấn Chợ Gạo	Thị trấn
28597	822	82	Trung Hòa	Trung Hoa	Xã Trung Hòa	Xã
28600	822	82	Hòa Tịnh	Hoa Tinh	Xã Hòa Tịnh	Xã
28603	822	82	Mỹ Tịnh An	My Tinh An	Xã Mỹ Tịnh An	Xã
28606	822	82	Tân Bình Thạnh	Tan Binh Thanh	Xã Tân Bình Thạnh	Xã
28609	822	82	Phú Kiết	Phu Kiet	Xã Phú Kiết	Xã
28612	822	82	Lương Hòa Lạc	Luong Hoa Lac	Xã Lương Hòa Lạc	Xã
28615	822	82	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
28618	822	82	Quơn Long	Quon Long	Xã Quơn Long	Xã
28621	822	82	Bình Phục Nhứt	Binh Phuc Nhut	Xã Bình Phục Nhứt	Xã
28624	822	82	Đăng Hưng Phước	Dang Hung Phuoc	Xã Đăng Hưng Phước	Xã
28627	822	82	Tân Thuận Bình	Tan Thuan Binh	Xã Tân Thuận Bình	Xã
28630	822	82	Song Bình	Song Binh	Xã Song Bình	Xã
28633	822	82	Bình Phan	Binh Phan	Xã Bình Phan	Xã
28636	822	82	Long Bình Điền	Long Binh Dien	Xã Long Bình Điền	Xã
28639	822	82	An Thạnh Thủy	An Thanh Thuy	Xã An Thạnh Thủy	Xã
28642	822	82	Xuân Đông	Xuan Dong	Xã Xuân Đông	Xã
28645	822	82	Hòa Định	Hoa Dinh	Xã Hòa Định	Xã
28648	822	82	Bình Ninh	Binh Ninh	Xã Bình Ninh	Xã
28651	823	82	Vĩnh Bình	Vinh Binh	Thị trấn Vĩnh Bình	Thị trấn
28654	823	82	Đồng Sơn	Dong Son	Xã Đồng Sơn	Xã
28657	823	82	Bình Phú	Binh Phu	Xã Bình Phú	Xã
28660	823	82	Đồng Thạnh	Dong Thanh	Xã Đồng Thạnh	Xã
28663	823	82	Thành Công	Thanh Cong	Xã Thành Công	Xã
28666	823	82	Bình Nhì	Binh Nhi	Xã Bình Nhì	Xã
28669	823	82	Yên Luông	Yen Luong	Xã Yên Luông	Xã
28672	823	82	Thạnh Trị	Thanh Tri	Xã Thạnh Trị	Xã
28675	823	82	Thạnh Nhựt	Thanh Nhut	Xã Thạnh Nhựt	Xã
29605	857	86	Lộc Hòa	Loc Hoa	Xã Lộc Hòa	Xã
28678	823	82	Long Vĩnh	Long Vinh	Xã Long Vĩnh	Xã
28681	823	82	Bình Tân	Binh Tan	Xã Bình Tân	Xã
28684	823	82	Vĩnh Hựu	Vinh Huu	Xã Vĩnh Hựu	Xã
28687	823	82	Long Bình	Long Binh	Xã Long Bình	Xã
28702	824	82	Tân Hòa	Tan Hoa	Thị trấn Tân Hòa	Thị trấn
28705	824	82	Tăng Hoà	Tang Hoa	Xã Tăng Hoà	Xã
28711	824	82	Tân Phước	Tan Phuoc	Xã Tân Phước	Xã
28714	824	82	Gia Thuận	Gia Thuan	Xã Gia Thuận	Xã
28720	824	82	Vàm Láng	Vam Lang	Thị trấn Vàm Láng	Thị trấn
28723	824	82	Tân Tây	Tan Tay	Xã Tân Tây	Xã
28726	824	82	Kiểng Phước	Kieng Phuoc	Xã Kiểng Phước	Xã
28732	824	82	Tân Đông	Tan Dong	Xã Tân Đông	Xã
28735	824	82	Bình Ân	Binh An	Xã Bình Ân	Xã
28738	824	82	Tân Điền	Tan Dien	Xã Tân Điền	Xã
28741	824	82	Bình Nghị	Binh Nghi	Xã Bình Nghị	Xã
28744	824	82	Phước Trung	Phuoc Trung	Xã Phước Trung	Xã
28747	824	82	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
28690	825	82	Tân Thới	Tan Thoi	Xã Tân Thới	Xã
28693	825	82	Tân Phú	Tan Phu	Xã Tân Phú	Xã
28696	825	82	Phú Thạnh	Phu Thanh	Xã Phú Thạnh	Xã
28699	825	82	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
28750	825	82	Phú Đông	Phu Dong	Xã Phú Đông	Xã
28753	825	82	Phú Tân	Phu Tan	Xã Phú Tân	Xã
28756	829	83	Phú Khương	Phu Khuong	Phường Phú Khương	Phường
28757	829	83	Phú Tân	Phu Tan	Phường Phú Tân	Phường
28759	829	83	8	8	Phường 8	Phường
28762	829	83	6	6	Phường 6	Phường
28777	829	83	An Hội	An Hoi	Phường An Hội	Phường
28780	829	83	7	7	Phường 7	Phường
28783	829	83	Sơn Đông	Son Dong	Xã Sơn Đông	Xã
28786	829	83	Phú Hưng	Phu Hung	Xã Phú Hưng	Xã
28789	829	83	Bình Phú	Binh Phu	Xã Bình Phú	Xã
28792	829	83	Mỹ Thạnh An	My Thanh An	Xã Mỹ Thạnh An	Xã
28795	829	83	Nhơn Thạnh	Nhon Thanh	Xã Nhơn Thạnh	Xã
28798	829	83	Phú Nhuận	Phu Nhuan	Xã Phú Nhuận	Xã
28804	831	83	Tân Thạch	Tan Thach	Xã Tân Thạch	Xã
28807	831	83	Qưới Sơn	Quoi Son	Xã Qưới Sơn	Xã
28810	831	83	Châu Thành	Chau Thanh	Thị trấn Châu Thành	Thị trấn
28813	831	83	Giao Long	Giao Long	Xã Giao Long	Xã
28819	831	83	Phú Túc	Phu Tuc	Xã Phú Túc	Xã
28822	831	83	Phú Đức	Phu Duc	Xã Phú Đức	Xã
28828	831	83	An Phước	An Phuoc	Xã An Phước	Xã
28831	831	83	Tam Phước	Tam Phuoc	Xã Tam Phước	Xã
28834	831	83	Thành Triệu	Thanh Trieu	Xã Thành Triệu	Xã
28840	831	83	Tân Phú	Tan Phu	Xã Tân Phú	Xã
28843	831	83	Quới Thành	Quoi Thanh	Xã Quới Thành	Xã
28846	831	83	Phước Thạnh	Phuoc Thanh	Xã Phước Thạnh	Xã
28852	831	83	Tiên Long	Tien Long	Xã Tiên Long	Xã
28855	831	83	Tường Đa	Tuong Da	Xã Tường Đa	Xã
28858	831	83	Hữu Định	Huu Dinh	Xã Hữu Định	Xã
28861	831	83	Tiên Thủy	Tien Thuy	Thị trấn Tiên Thủy	Thị trấn
28870	832	83	Chợ Lách	Cho Lach	Thị trấn Chợ Lách	Thị trấn
28873	832	83	Phú Phụng	Phu Phung	Xã Phú Phụng	Xã
28876	832	83	Sơn Định	Son Dinh	Xã Sơn Định	Xã
28879	832	83	Vĩnh Bình	Vinh Binh	Xã Vĩnh Bình	Xã
28882	832	83	Hòa Nghĩa	Hoa Nghia	Xã Hòa Nghĩa	Xã
28885	832	83	Long Thới	Long Thoi	Xã Long Thới	Xã
28888	832	83	Phú Sơn	Phu Son	Xã Phú Sơn	Xã
28891	832	83	Tân Thiềng	Tan Thieng	Xã Tân Thiềng	Xã
28894	832	83	Vĩnh Thành	Vinh Thanh	Xã Vĩnh Thành	Xã
28897	832	83	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
28900	832	83	Hưng Khánh Trung B	Hung Khanh Trung B	Xã Hưng Khánh Trung B	Xã
28903	833	83	Mỏ Cày	Mo Cay	Thị trấn Mỏ Cày	Thị trấn
28930	833	83	Định Thủy	Dinh Thuy	Xã Định Thủy	Xã
28939	833	83	Đa Phước Hội	Da Phuoc Hoi	Xã Đa Phước Hội	Xã
28940	833	83	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
28942	833	83	Phước Hiệp	Phuoc Hiep	Xã Phước Hiệp	Xã
28945	833	83	Bình Khánh	Binh Khanh	Xã Bình Khánh	Xã
28951	833	83	An Thạnh	An Thanh	Xã An Thạnh	Xã
28957	833	83	An Định	An Dinh	Xã An Định	Xã
28960	833	83	Thành Thới B	Thanh Thoi B	Xã Thành Thới B	Xã
28963	833	83	Tân Trung	Tan Trung	Xã Tân Trung	Xã
28966	833	83	An Thới	An Thoi	Xã An Thới	Xã
29608	857	86	Long An	Long An	Xã Long An	Xã
28969	833	83	Thành Thới A	Thanh Thoi A	Xã Thành Thới A	Xã
28972	833	83	Minh Đức	Minh Duc	Xã Minh Đức	Xã
28975	833	83	Ngãi Đăng	Ngai Dang	Xã Ngãi Đăng	Xã
28978	833	83	Cẩm Sơn	Cam Son	Xã Cẩm Sơn	Xã
28981	833	83	Hương Mỹ	Huong My	Xã Hương Mỹ	Xã
28984	834	83	Giồng Trôm	Giong Trom	Thị trấn Giồng Trôm	Thị trấn
28987	834	83	Phong Nẫm	Phong Nam	Xã Phong Nẫm	Xã
28993	834	83	Mỹ Thạnh	My Thanh	Xã Mỹ Thạnh	Xã
28996	834	83	Châu Hòa	Chau Hoa	Xã Châu Hòa	Xã
28999	834	83	Lương Hòa	Luong Hoa	Xã Lương Hòa	Xã
29002	834	83	Lương Quới	Luong Quoi	Xã Lương Quới	Xã
29005	834	83	Lương Phú	Luong Phu	Xã Lương Phú	Xã
29008	834	83	Châu Bình	Chau Binh	Xã Châu Bình	Xã
29011	834	83	Thuận Điền	Thuan Dien	Xã Thuận Điền	Xã
29014	834	83	Sơn Phú	Son Phu	Xã Sơn Phú	Xã
29017	834	83	Bình Hoà	Binh Hoa	Xã Bình Hoà	Xã
29020	834	83	Phước Long	Phuoc Long	Xã Phước Long	Xã
29023	834	83	Hưng Phong	Hung Phong	Xã Hưng Phong	Xã
29026	834	83	Long Mỹ	Long My	Xã Long Mỹ	Xã
29029	834	83	Tân Hào	Tan Hao	Xã Tân Hào	Xã
29032	834	83	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
29035	834	83	Tân Thanh	Tan Thanh	Xã Tân Thanh	Xã
29038	834	83	Tân Lợi Thạnh	Tan Loi Thanh	Xã Tân Lợi Thạnh	Xã
29041	834	83	Thạnh Phú Đông	Thanh Phu Dong	Xã Thạnh Phú Đông	Xã
29044	834	83	Hưng Nhượng	Hung Nhuong	Xã Hưng Nhượng	Xã
29047	834	83	Hưng Lễ	Hung Le	Xã Hưng Lễ	Xã
29050	835	83	Bình Đại	Binh Dai	Thị trấn Bình Đại	Thị trấn
29053	835	83	Tam Hiệp	Tam Hiep	Xã Tam Hiệp	Xã
29056	835	83	Long Định	Long Dinh	Xã Long Định	Xã
29059	835	83	Long Hòa	Long Hoa	Xã Long Hòa	Xã
29062	835	83	Phú Thuận	Phu Thuan	Xã Phú Thuận	Xã
29065	835	83	Vang Quới Tây	Vang Quoi Tay	Xã Vang Quới Tây	Xã
29068	835	83	Vang Quới Đông	Vang Quoi Dong	Xã Vang Quới Đông	Xã
29071	835	83	Châu Hưng	Chau Hung	Xã Châu Hưng	Xã
29077	835	83	Lộc Thuận	Loc Thuan	Xã Lộc Thuận	Xã
29080	835	83	Định Trung	Dinh Trung	Xã Định Trung	Xã
29083	835	83	Thới Lai	Thoi Lai	Xã Thới Lai	Xã
29086	835	83	Bình Thới	Binh Thoi	Xã Bình Thới	Xã
29089	835	83	Phú Long	Phu Long	Xã Phú Long	Xã
29092	835	83	Bình Thắng	Binh Thang	Xã Bình Thắng	Xã
29095	835	83	Thạnh Trị	Thanh Tri	Xã Thạnh Trị	Xã
29098	835	83	Đại Hòa Lộc	Dai Hoa Loc	Xã Đại Hòa Lộc	Xã
29101	835	83	Thừa Đức	Thua Duc	Xã Thừa Đức	Xã
29104	835	83	Thạnh Phước	Thanh Phuoc	Xã Thạnh Phước	Xã
29107	835	83	Thới Thuận	Thoi Thuan	Xã Thới Thuận	Xã
29110	836	83	Ba Tri	Ba Tri	Thị trấn Ba Tri	Thị trấn
29116	836	83	Mỹ Hòa	My Hoa	Xã Mỹ Hòa	Xã
29119	836	83	Tân Xuân	Tan Xuan	Xã Tân Xuân	Xã
29122	836	83	Mỹ Chánh	My Chanh	Xã Mỹ Chánh	Xã
29125	836	83	Bảo Thạnh	Bao Thanh	Xã Bảo Thạnh	Xã
29128	836	83	An Phú Trung	An Phu Trung	Xã An Phú Trung	Xã
29131	836	83	Mỹ Thạnh	My Thanh	Xã Mỹ Thạnh	Xã
29134	836	83	Mỹ Nhơn	My Nhon	Xã Mỹ Nhơn	Xã
29137	836	83	Phước Ngãi	Phuoc Ngai	Xã Phước Ngãi	Xã
29143	836	83	An Ngãi Trung	An Ngai Trung	Xã An Ngãi Trung	Xã
29146	836	83	Phú Lễ	Phu Le	Xã Phú Lễ	Xã
29149	836	83	An Bình Tây	An Binh Tay	Xã An Bình Tây	Xã
29152	836	83	Bảo Thuận	Bao Thuan	Xã Bảo Thuận	Xã
29155	836	83	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
29158	836	83	An Ngãi Tây	An Ngai Tay	Xã An Ngãi Tây	Xã
29161	836	83	An Hiệp	An Hiep	Xã An Hiệp	Xã
29164	836	83	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
29167	836	83	Tân Thủy	Tan Thuy	Xã Tân Thủy	Xã
29170	836	83	Vĩnh An	Vinh An	Xã Vĩnh An	Xã
29173	836	83	An Đức	An Duc	Xã An Đức	Xã
29176	836	83	An Hòa Tây	An Hoa Tay	Xã An Hòa Tây	Xã
29179	836	83	Tiệm Tôm	Tiem Tom	Thị trấn Tiệm Tôm	Thị trấn
29182	837	83	Thạnh Phú	Thanh Phu	Thị trấn Thạnh Phú	Thị trấn
29185	837	83	Phú Khánh	Phu Khanh	Xã Phú Khánh	Xã
29188	837	83	Đại Điền	Dai Dien	Xã Đại Điền	Xã
29191	837	83	Quới Điền	Quoi Dien	Xã Quới Điền	Xã
29194	837	83	Tân Phong	Tan Phong	Xã Tân Phong	Xã
29197	837	83	Mỹ Hưng	My Hung	Xã Mỹ Hưng	Xã
29200	837	83	An Thạnh	An Thanh	Xã An Thạnh	Xã
29203	837	83	Thới Thạnh	Thoi Thanh	Xã Thới Thạnh	Xã
29206	837	83	Hòa Lợi	Hoa Loi	Xã Hòa Lợi	Xã
29209	837	83	An Điền	An Dien	Xã An Điền	Xã
29212	837	83	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
29215	837	83	An Thuận	An Thuan	Xã An Thuận	Xã
29218	837	83	An Quy	An Quy	Xã An Quy	Xã
29221	837	83	Thạnh Hải	Thanh Hai	Xã Thạnh Hải	Xã
29224	837	83	An Nhơn	An Nhon	Xã An Nhơn	Xã
29227	837	83	Giao Thạnh	Giao Thanh	Xã Giao Thạnh	Xã
29230	837	83	Thạnh Phong	Thanh Phong	Xã Thạnh Phong	Xã
29233	837	83	Mỹ An	My An	Xã Mỹ An	Xã
28889	838	83	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
28901	838	83	Hưng Khánh Trung A	Hung Khanh Trung A	Xã Hưng Khánh Trung A	Xã
28906	838	83	Thanh Tân	Thanh Tan	Xã Thanh Tân	Xã
28909	838	83	Thạnh Ngãi	Thanh Ngai	Xã Thạnh Ngãi	Xã
28912	838	83	Tân Phú Tây	Tan Phu Tay	Xã Tân Phú Tây	Xã
28915	838	83	Phước Mỹ Trung	Phuoc My Trung	Thị trấn Phước Mỹ Trung	Thị trấn
28918	838	83	Tân Thành Bình	Tan Thanh Binh	Xã Tân Thành Bình	Xã
28921	838	83	Thành An	Thanh An	Xã Thành An	Xã
28924	838	83	Hòa Lộc	Hoa Loc	Xã Hòa Lộc	Xã
28927	838	83	Tân Thanh Tây	Tan Thanh Tay	Xã Tân Thanh Tây	Xã
28933	838	83	Tân Bình	Tan Binh	Xã Tân Bình	Xã
28936	838	83	Nhuận Phú Tân	Nhuan Phu Tan	Xã Nhuận Phú Tân	Xã
28948	838	83	Khánh Thạnh Tân	Khanh Thanh Tan	Xã Khánh Thạnh Tân	Xã
29236	842	84	4	4	Phường 4	Phường
29239	842	84	1	1	Phường 1	Phường
29242	842	84	3	3	Phường 3	Phường
29248	842	84	5	5	Phường 5	Phường
29254	842	84	7	7	Phường 7	Phường
29257	842	84	8	8	Phường 8	Phường
29260	842	84	9	9	Phường 9	Phường
29263	842	84	Long Đức	Long Duc	Xã Long Đức	Xã
29266	844	84	Càng Long	Cang Long	Thị trấn Càng Long	Thị trấn
29269	844	84	Mỹ Cẩm	My Cam	Xã Mỹ Cẩm	Xã
29272	844	84	An Trường A	An Truong A	Xã An Trường A	Xã
29275	844	84	An Trường	An Truong	Xã An Trường	Xã
29278	844	84	Huyền Hội	Huyen Hoi	Xã Huyền Hội	Xã
29281	844	84	Tân An	Tan An	Xã Tân An	Xã
29284	844	84	Tân Bình	Tan Binh	Xã Tân Bình	Xã
29287	844	84	Bình Phú	Binh Phu	Xã Bình Phú	Xã
29290	844	84	Phương Thạnh	Phuong Thanh	Xã Phương Thạnh	Xã
29293	844	84	Đại Phúc	Dai Phuc	Xã Đại Phúc	Xã
29296	844	84	Đại Phước	Dai Phuoc	Xã Đại Phước	Xã
29299	844	84	Nhị Long Phú	Nhi Long Phu	Xã Nhị Long Phú	Xã
29302	844	84	Nhị Long	Nhi Long	Xã Nhị Long	Xã
29305	844	84	Đức Mỹ	Duc My	Xã Đức Mỹ	Xã
29308	845	84	Cầu Kè	Cau Ke	Thị trấn Cầu Kè	Thị trấn
29311	845	84	Hòa Ân	Hoa An	Xã Hòa Ân	Xã
29314	845	84	Châu Điền	Chau Dien	Xã Châu Điền	Xã
29317	845	84	An Phú Tân	An Phu Tan	Xã An Phú Tân	Xã
29320	845	84	Hoà Tân	Hoa Tan	Xã Hoà Tân	Xã
29323	845	84	Ninh Thới	Ninh Thoi	Xã Ninh Thới	Xã
29326	845	84	Phong Phú	Phong Phu	Xã Phong Phú	Xã
29329	845	84	Phong Thạnh	Phong Thanh	Xã Phong Thạnh	Xã
29332	845	84	Tam Ngãi	Tam Ngai	Xã Tam Ngãi	Xã
29335	845	84	Thông Hòa	Thong Hoa	Xã Thông Hòa	Xã
29338	845	84	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
29341	846	84	Tiểu Cần	Tieu Can	Thị trấn Tiểu Cần	Thị trấn
29344	846	84	Cầu Quan	Cau Quan	Thị trấn Cầu Quan	Thị trấn
29347	846	84	Phú Cần	Phu Can	Xã Phú Cần	Xã
29350	846	84	Hiếu Tử	Hieu Tu	Xã Hiếu Tử	Xã
29353	846	84	Hiếu Trung	Hieu Trung	Xã Hiếu Trung	Xã
29356	846	84	Long Thới	Long Thoi	Xã Long Thới	Xã
29359	846	84	Hùng Hòa	Hung Hoa	Xã Hùng Hòa	Xã
29362	846	84	Tân Hùng	Tan Hung	Xã Tân Hùng	Xã
29365	846	84	Tập Ngãi	Tap Ngai	Xã Tập Ngãi	Xã
29368	846	84	Ngãi Hùng	Ngai Hung	Xã Ngãi Hùng	Xã
29371	846	84	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
29374	847	84	Châu Thành	Chau Thanh	Thị trấn Châu Thành	Thị trấn
29377	847	84	Đa Lộc	Da Loc	Xã Đa Lộc	Xã
29380	847	84	Mỹ Chánh	My Chanh	Xã Mỹ Chánh	Xã
29383	847	84	Thanh Mỹ	Thanh My	Xã Thanh Mỹ	Xã
29386	847	84	Lương Hoà A	Luong Hoa A	Xã Lương Hoà A	Xã
29389	847	84	Lương Hòa	Luong Hoa	Xã Lương Hòa	Xã
29392	847	84	Song Lộc	Song Loc	Xã Song Lộc	Xã
29395	847	84	Nguyệt Hóa	Nguyet Hoa	Xã Nguyệt Hóa	Xã
29398	847	84	Hòa Thuận	Hoa Thuan	Xã Hòa Thuận	Xã
29401	847	84	Hòa Lợi	Hoa Loi	Xã Hòa Lợi	Xã
29404	847	84	Phước Hảo	Phuoc Hao	Xã Phước Hảo	Xã
29407	847	84	Hưng Mỹ	Hung My	Xã Hưng Mỹ	Xã
29410	847	84	Hòa Minh	Hoa Minh	Xã Hòa Minh	Xã
29413	847	84	Long Hòa	Long Hoa	Xã Long Hòa	Xã
29416	848	84	Cầu Ngang	Cau Ngang	Thị trấn Cầu Ngang	Thị trấn
29419	848	84	Mỹ Long	My Long	Thị trấn Mỹ Long	Thị trấn
29422	848	84	Mỹ Long Bắc	My Long Bac	Xã Mỹ Long Bắc	Xã
29425	848	84	Mỹ Long Nam	My Long Nam	Xã Mỹ Long Nam	Xã
29428	848	84	Mỹ Hòa	My Hoa	Xã Mỹ Hòa	Xã
29431	848	84	Vĩnh Kim	Vinh Kim	Xã Vĩnh Kim	Xã
29434	848	84	Kim Hòa	Kim Hoa	Xã Kim Hòa	Xã
29437	848	84	Hiệp Hòa	Hiep Hoa	Xã Hiệp Hòa	Xã
29440	848	84	Thuận Hòa	Thuan Hoa	Xã Thuận Hòa	Xã
29443	848	84	Long Sơn	Long Son	Xã Long Sơn	Xã
29446	848	84	Nhị Trường	Nhi Truong	Xã Nhị Trường	Xã
29449	848	84	Trường Thọ	Truong Tho	Xã Trường Thọ	Xã
29452	848	84	Hiệp Mỹ Đông	Hiep My Dong	Xã Hiệp Mỹ Đông	Xã
29455	848	84	Hiệp Mỹ Tây	Hiep My Tay	Xã Hiệp Mỹ Tây	Xã
29458	848	84	Thạnh Hòa Sơn	Thanh Hoa Son	Xã Thạnh Hòa Sơn	Xã
29461	849	84	Trà Cú	Tra Cu	Thị trấn Trà Cú	Thị trấn
29462	849	84	Định An	Dinh An	Thị trấn Định An	Thị trấn
29464	849	84	Phước Hưng	Phuoc Hung	Xã Phước Hưng	Xã
29467	849	84	Tập Sơn	Tap Son	Xã Tập Sơn	Xã
29470	849	84	Tân Sơn	Tan Son	Xã Tân Sơn	Xã
29473	849	84	An Quảng Hữu	An Quang Huu	Xã An Quảng Hữu	Xã
29476	849	84	Lưu Nghiệp Anh	Luu Nghiep Anh	Xã Lưu Nghiệp Anh	Xã
29479	849	84	Ngãi Xuyên	Ngai Xuyen	Xã Ngãi Xuyên	Xã
29482	849	84	Kim Sơn	Kim Son	Xã Kim Sơn	Xã
29485	849	84	Thanh Sơn	Thanh Son	Xã Thanh Sơn	Xã
29488	849	84	Hàm Giang	Ham Giang	Xã Hàm Giang	Xã
29489	849	84	Hàm Tân	Ham Tan	Xã Hàm Tân	Xã
29491	849	84	Đại An	Dai An	Xã Đại An	Xã
29494	849	84	Định An	Dinh An	Xã Định An	Xã
29503	849	84	Ngọc Biên	Ngoc Bien	Xã Ngọc Biên	Xã
29506	849	84	Long Hiệp	Long Hiep	Xã Long Hiệp	Xã
29509	849	84	Tân Hiệp	Tan Hiep	Xã Tân Hiệp	Xã
29497	850	84	Đôn Xuân	Don Xuan	Xã Đôn Xuân	Xã
29500	850	84	Đôn Châu	Don Chau	Xã Đôn Châu	Xã
29513	850	84	Long Thành	Long Thanh	Thị trấn Long Thành	Thị trấn
29521	850	84	Long Khánh	Long Khanh	Xã Long Khánh	Xã
29530	850	84	Ngũ Lạc	Ngu Lac	Xã Ngũ Lạc	Xã
29533	850	84	Long Vĩnh	Long Vinh	Xã Long Vĩnh	Xã
29536	850	84	Đông Hải	Dong Hai	Xã Đông Hải	Xã
29512	851	84	1	1	Phường 1	Phường
29515	851	84	Long Toàn	Long Toan	Xã Long Toàn	Xã
29516	851	84	2	2	Phường 2	Phường
29518	851	84	Long Hữu	Long Huu	Xã Long Hữu	Xã
29524	851	84	Dân Thành	Dan Thanh	Xã Dân Thành	Xã
29527	851	84	Trường Long Hòa	Truong Long Hoa	Xã Trường Long Hòa	Xã
29539	851	84	Hiệp Thạnh	Hiep Thanh	Xã Hiệp Thạnh	Xã
29542	855	86	9	9	Phường 9	Phường
29545	855	86	5	5	Phường 5	Phường
29551	855	86	1	1	Phường 1	Phường
29554	855	86	4	4	Phường 4	Phường
29557	855	86	3	3	Phường 3	Phường
29560	855	86	8	8	Phường 8	Phường
29563	855	86	Tân Ngãi	Tan Ngai	Phường Tân Ngãi	Phường
29566	855	86	Tân Hòa	Tan Hoa	Phường Tân Hòa	Phường
29569	855	86	Tân Hội	Tan Hoi	Phường Tân Hội	Phường
29572	855	86	Trường An	Truong An	Phường Trường An	Phường
29578	857	86	Đồng Phú	Dong Phu	Xã Đồng Phú	Xã
29581	857	86	Bình Hòa Phước	Binh Hoa Phuoc	Xã Bình Hòa Phước	Xã
29584	857	86	Hòa Ninh	Hoa Ninh	Xã Hòa Ninh	Xã
29587	857	86	An Bình	An Binh	Xã An Bình	Xã
29590	857	86	Thanh Đức	Thanh Duc	Xã Thanh Đức	Xã
29593	857	86	Tân Hạnh	Tan Hanh	Xã Tân Hạnh	Xã
29596	857	86	Phước Hậu	Phuoc Hau	Xã Phước Hậu	Xã
29599	857	86	Long Phước	Long Phuoc	Xã Long Phước	Xã
29602	857	86	Long Hồ	Long Ho	Thị trấn Long Hồ	Thị trấn
29611	857	86	Phú Quới	Phu Quoi	Xã Phú Quới	Xã
29614	857	86	Thạnh Quới	Thanh Quoi	Xã Thạnh Quới	Xã
29617	857	86	Hòa Phú	Hoa Phu	Xã Hòa Phú	Xã
29623	858	86	Mỹ An	My An	Xã Mỹ An	Xã
29626	858	86	Mỹ Phước	My Phuoc	Xã Mỹ Phước	Xã
29629	858	86	An Phước	An Phuoc	Xã An Phước	Xã
29632	858	86	Nhơn Phú	Nhon Phu	Xã Nhơn Phú	Xã
29635	858	86	Long Mỹ	Long My	Xã Long Mỹ	Xã
29638	858	86	Hòa Tịnh	Hoa Tinh	Xã Hòa Tịnh	Xã
29641	858	86	Cái Nhum	Cai Nhum	Thị trấn Cái Nhum	Thị trấn
29644	858	86	Bình Phước	Binh Phuoc	Xã Bình Phước	Xã
29647	858	86	Chánh An	Chanh An	Xã Chánh An	Xã
29650	858	86	Tân An Hội	Tan An Hoi	Xã Tân An Hội	Xã
29653	858	86	Tân Long	Tan Long	Xã Tân Long	Xã
29656	858	86	Tân Long Hội	Tan Long Hoi	Xã Tân Long Hội	Xã
29659	859	86	Vũng Liêm	Vung Liem	Thị trấn Vũng Liêm	Thị trấn
29662	859	86	Tân Quới Trung	Tan Quoi Trung	Xã Tân Quới Trung	Xã
29665	859	86	Quới Thiện	Quoi Thien	Xã Quới Thiện	Xã
29668	859	86	Quới An	Quoi An	Xã Quới An	Xã
29671	859	86	Trung Chánh	Trung Chanh	Xã Trung Chánh	Xã
29674	859	86	Tân An Luông	Tan An Luong	Xã Tân An Luông	Xã
29677	859	86	Thanh Bình	Thanh Binh	Xã Thanh Bình	Xã
29680	859	86	Trung Thành Tây	Trung Thanh Tay	Xã Trung Thành Tây	Xã
29683	859	86	Trung Hiệp	Trung Hiep	Xã Trung Hiệp	Xã
29686	859	86	Hiếu Phụng	Hieu Phung	Xã Hiếu Phụng	Xã
29689	859	86	Trung Thành Đông	Trung Thanh Dong	Xã Trung Thành Đông	Xã
29692	859	86	Trung Thành	Trung Thanh	Xã Trung Thành	Xã
29695	859	86	Trung Hiếu	Trung Hieu	Xã Trung Hiếu	Xã
29698	859	86	Trung Ngãi	Trung Ngai	Xã Trung Ngãi	Xã
29701	859	86	Hiếu Thuận	Hieu Thuan	Xã Hiếu Thuận	Xã
29704	859	86	Trung Nghĩa	Trung Nghia	Xã Trung Nghĩa	Xã
29707	859	86	Trung An	Trung An	Xã Trung An	Xã
29710	859	86	Hiếu Nhơn	Hieu Nhon	Xã Hiếu Nhơn	Xã
29713	859	86	Hiếu Thành	Hieu Thanh	Xã Hiếu Thành	Xã
29716	859	86	Hiếu Nghĩa	Hieu Nghia	Xã Hiếu Nghĩa	Xã
29719	860	86	Tam Bình	Tam Binh	Thị trấn Tam Bình	Thị trấn
29722	860	86	Tân Lộc	Tan Loc	Xã Tân Lộc	Xã
29725	860	86	Phú Thịnh	Phu Thinh	Xã Phú Thịnh	Xã
29728	860	86	Hậu Lộc	Hau Loc	Xã Hậu Lộc	Xã
29731	860	86	Hòa Thạnh	Hoa Thanh	Xã Hòa Thạnh	Xã
29734	860	86	Hoà Lộc	Hoa Loc	Xã Hoà Lộc	Xã
29737	860	86	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
29740	860	86	Song Phú	Song Phu	Xã Song Phú	Xã
29743	860	86	Hòa Hiệp	Hoa Hiep	Xã Hòa Hiệp	Xã
29746	860	86	Mỹ Lộc	My Loc	Xã Mỹ Lộc	Xã
29749	860	86	Tân Phú	Tan Phu	Xã Tân Phú	Xã
29752	860	86	Long Phú	Long Phu	Xã Long Phú	Xã
29755	860	86	Mỹ Thạnh Trung	My Thanh Trung	Xã Mỹ Thạnh Trung	Xã
29761	860	86	Loan Mỹ	Loan My	Xã Loan Mỹ	Xã
29764	860	86	Ngãi Tứ	Ngai Tu	Xã Ngãi Tứ	Xã
29767	860	86	Bình Ninh	Binh Ninh	Xã Bình Ninh	Xã
29770	861	86	Cái Vồn	Cai Von	Phường Cái Vồn	Phường
29771	861	86	Thành Phước	Thanh Phuoc	Phường Thành Phước	Phường
29806	861	86	Thuận An	Thuan An	Xã Thuận An	Xã
29809	861	86	Đông Thạnh	Dong Thanh	Xã Đông Thạnh	Xã
29812	861	86	Đông Bình	Dong Binh	Xã Đông Bình	Xã
29813	861	86	Đông Thuận	Dong Thuan	Phường Đông Thuận	Phường
29815	861	86	Mỹ Hòa	My Hoa	Xã Mỹ Hòa	Xã
29818	861	86	Đông Thành	Dong Thanh	Xã Đông Thành	Xã
29821	862	86	Trà Ôn	Tra On	Thị trấn Trà Ôn	Thị trấn
29824	862	86	Xuân Hiệp	Xuan Hiep	Xã Xuân Hiệp	Xã
29827	862	86	Nhơn Bình	Nhon Binh	Xã Nhơn Bình	Xã
29830	862	86	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
29833	862	86	Thới Hòa	Thoi Hoa	Xã Thới Hòa	Xã
29836	862	86	Trà Côn	Tra Con	Xã Trà Côn	Xã
29839	862	86	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
29842	862	86	Hựu Thành	Huu Thanh	Xã Hựu Thành	Xã
29845	862	86	Vĩnh Xuân	Vinh Xuan	Xã Vĩnh Xuân	Xã
29848	862	86	Thuận Thới	Thuan Thoi	Xã Thuận Thới	Xã
29851	862	86	Phú Thành	Phu Thanh	Xã Phú Thành	Xã
29857	862	86	Lục Sỹ Thành	Luc Sy Thanh	Xã Lục Sỹ Thành	Xã
32221	972	96	Tân Hải	Tan Hai	Xã Tân Hải	Xã
29860	862	86	Tích Thiện	Tich Thien	Xã Tích Thiện	Xã
29776	863	86	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
29779	863	86	Thành Trung	Thanh Trung	Xã Thành Trung	Xã
29782	863	86	Tân An Thạnh	Tan An Thanh	Xã Tân An Thạnh	Xã
29785	863	86	Tân Lược	Tan Luoc	Xã Tân Lược	Xã
29788	863	86	Nguyễn Văn Thảnh	Nguyen Van Thanh	Xã Nguyễn Văn Thảnh	Xã
29791	863	86	Thành Lợi	Thanh Loi	Xã Thành Lợi	Xã
29794	863	86	Mỹ Thuận	My Thuan	Xã Mỹ Thuận	Xã
29797	863	86	Tân Bình	Tan Binh	Xã Tân Bình	Xã
29800	863	86	Tân Quới	Tan Quoi	Thị trấn Tân Quới	Thị trấn
29869	866	87	1	1	Phường 1	Phường
29872	866	87	4	4	Phường 4	Phường
29875	866	87	3	3	Phường 3	Phường
29878	866	87	6	6	Phường 6	Phường
29881	866	87	Mỹ Ngãi	My Ngai	Phường Mỹ Ngãi	Phường
29884	866	87	Mỹ Tân	My Tan	Xã Mỹ Tân	Xã
29887	866	87	Mỹ Trà	My Tra	Xã Mỹ Trà	Xã
29888	866	87	Mỹ Phú	My Phu	Phường Mỹ Phú	Phường
29890	866	87	Tân Thuận Tây	Tan Thuan Tay	Xã Tân Thuận Tây	Xã
29892	866	87	Hoà Thuận	Hoa Thuan	Phường Hoà Thuận	Phường
29893	866	87	Hòa An	Hoa An	Xã Hòa An	Xã
29896	866	87	Tân Thuận Đông	Tan Thuan Dong	Xã Tân Thuận Đông	Xã
29899	866	87	Tịnh Thới	Tinh Thoi	Xã Tịnh Thới	Xã
29902	867	87	3	3	Phường 3	Phường
29905	867	87	1	1	Phường 1	Phường
29908	867	87	4	4	Phường 4	Phường
29911	867	87	2	2	Phường 2	Phường
29914	867	87	Tân Khánh Đông	Tan Khanh Dong	Xã Tân Khánh Đông	Xã
29917	867	87	Tân Quy Đông	Tan Quy Dong	Phường Tân Quy Đông	Phường
29919	867	87	An Hoà	An Hoa	Phường An Hoà	Phường
29920	867	87	Tân Quy Tây	Tan Quy Tay	Xã Tân Quy Tây	Xã
29923	867	87	Tân Phú Đông	Tan Phu Dong	Xã Tân Phú Đông	Xã
29954	868	87	An Lộc	An Loc	Phường An Lộc	Phường
29955	868	87	An Thạnh	An Thanh	Phường An Thạnh	Phường
29959	868	87	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
29965	868	87	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
29978	868	87	An Lạc	An Lac	Phường An Lạc	Phường
29986	868	87	An Bình B	An Binh B	Phường An Bình B	Phường
29989	868	87	An Bình A	An Binh A	Phường An Bình A	Phường
29926	869	87	Sa Rài	Sa Rai	Thị trấn Sa Rài	Thị trấn
29929	869	87	Tân Hộ Cơ	Tan Ho Co	Xã Tân Hộ Cơ	Xã
29932	869	87	Thông Bình	Thong Binh	Xã Thông Bình	Xã
29935	869	87	Bình Phú	Binh Phu	Xã Bình Phú	Xã
29938	869	87	Tân Thành A	Tan Thanh A	Xã Tân Thành A	Xã
29941	869	87	Tân Thành B	Tan Thanh B	Xã Tân Thành B	Xã
29944	869	87	Tân Phước	Tan Phuoc	Xã Tân Phước	Xã
29947	869	87	Tân Công Chí	Tan Cong Chi	Xã Tân Công Chí	Xã
29950	869	87	An Phước	An Phuoc	Xã An Phước	Xã
29956	870	87	Thường Phước 1	Thuong Phuoc 1	Xã Thường Phước 1	Xã
29962	870	87	Thường Thới Hậu A	Thuong Thoi Hau A	Xã Thường Thới Hậu A	Xã
29971	870	87	Thường Thới Tiền	Thuong Thoi Tien	Thị trấn Thường Thới Tiền	Thị trấn
29974	870	87	Thường Phước 2	Thuong Phuoc 2	Xã Thường Phước 2	Xã
29977	870	87	Thường Lạc	Thuong Lac	Xã Thường Lạc	Xã
29980	870	87	Long Khánh A	Long Khanh A	Xã Long Khánh A	Xã
29983	870	87	Long Khánh B	Long Khanh B	Xã Long Khánh B	Xã
29992	870	87	Long Thuận	Long Thuan	Xã Long Thuận	Xã
29995	870	87	Phú Thuận B	Phu Thuan B	Xã Phú Thuận B	Xã
29998	870	87	Phú Thuận A	Phu Thuan A	Xã Phú Thuận A	Xã
30001	871	87	Tràm Chim	Tram Chim	Thị trấn Tràm Chim	Thị trấn
30004	871	87	Hoà Bình	Hoa Binh	Xã Hoà Bình	Xã
30007	871	87	Tân Công Sính	Tan Cong Sinh	Xã Tân Công Sính	Xã
30010	871	87	Phú Hiệp	Phu Hiep	Xã Phú Hiệp	Xã
30013	871	87	Phú Đức	Phu Duc	Xã Phú Đức	Xã
30016	871	87	Phú Thành B	Phu Thanh B	Xã Phú Thành B	Xã
30019	871	87	An Hòa	An Hoa	Xã An Hòa	Xã
30022	871	87	An Long	An Long	Xã An Long	Xã
30025	871	87	Phú Cường	Phu Cuong	Xã Phú Cường	Xã
30028	871	87	Phú Ninh	Phu Ninh	Xã Phú Ninh	Xã
30031	871	87	Phú Thọ	Phu Tho	Xã Phú Thọ	Xã
30034	871	87	Phú Thành A	Phu Thanh A	Xã Phú Thành A	Xã
30037	872	87	Mỹ An	My An	Thị trấn Mỹ An	Thị trấn
30040	872	87	Thạnh Lợi	Thanh Loi	Xã Thạnh Lợi	Xã
30043	872	87	Hưng Thạnh	Hung Thanh	Xã Hưng Thạnh	Xã
30046	872	87	Trường Xuân	Truong Xuan	Xã Trường Xuân	Xã
30049	872	87	Tân Kiều	Tan Kieu	Xã Tân Kiều	Xã
30052	872	87	Mỹ Hòa	My Hoa	Xã Mỹ Hòa	Xã
30055	872	87	Mỹ Quý	My Quy	Xã Mỹ Quý	Xã
30058	872	87	Mỹ Đông	My Dong	Xã Mỹ Đông	Xã
30061	872	87	Đốc Binh Kiều	Doc Binh Kieu	Xã Đốc Binh Kiều	Xã
30064	872	87	Mỹ An	My An	Xã Mỹ An	Xã
30067	872	87	Phú Điền	Phu Dien	Xã Phú Điền	Xã
30070	872	87	Láng Biển	Lang Bien	Xã Láng Biển	Xã
30073	872	87	Thanh Mỹ	Thanh My	Xã Thanh Mỹ	Xã
30076	873	87	Mỹ Thọ	My Tho	Thị trấn Mỹ Thọ	Thị trấn
30079	873	87	Gáo Giồng	Gao Giong	Xã Gáo Giồng	Xã
30082	873	87	Phương Thịnh	Phuong Thinh	Xã Phương Thịnh	Xã
30085	873	87	Ba Sao	Ba Sao	Xã Ba Sao	Xã
30088	873	87	Phong Mỹ	Phong My	Xã Phong Mỹ	Xã
30091	873	87	Tân Nghĩa	Tan Nghia	Xã Tân Nghĩa	Xã
30094	873	87	Phương Trà	Phuong Tra	Xã Phương Trà	Xã
30097	873	87	Nhị Mỹ	Nhi My	Xã Nhị Mỹ	Xã
30100	873	87	Mỹ Thọ	My Tho	Xã Mỹ Thọ	Xã
30103	873	87	Tân Hội Trung	Tan Hoi Trung	Xã Tân Hội Trung	Xã
30106	873	87	An Bình	An Binh	Xã An Bình	Xã
30109	873	87	Mỹ Hội	My Hoi	Xã Mỹ Hội	Xã
30112	873	87	Mỹ Hiệp	My Hiep	Xã Mỹ Hiệp	Xã
30115	873	87	Mỹ Long	My Long	Xã Mỹ Long	Xã
30118	873	87	Bình Hàng Trung	Binh Hang Trung	Xã Bình Hàng Trung	Xã
30121	873	87	Mỹ Xương	My Xuong	Xã Mỹ Xương	Xã
30124	873	87	Bình Hàng Tây	Binh Hang Tay	Xã Bình Hàng Tây	Xã
30127	873	87	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
30130	874	87	Thanh Bình	Thanh Binh	Thị trấn Thanh Bình	Thị trấn
30133	874	87	Tân Quới	Tan Quoi	Xã Tân Quới	Xã
30136	874	87	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
30139	874	87	An Phong	An Phong	Xã An Phong	Xã
30142	874	87	Phú Lợi	Phu Loi	Xã Phú Lợi	Xã
30145	874	87	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
30148	874	87	Bình Tấn	Binh Tan	Xã Bình Tấn	Xã
30151	874	87	Tân Huề	Tan Hue	Xã Tân Huề	Xã
30154	874	87	Tân Bình	Tan Binh	Xã Tân Bình	Xã
30157	874	87	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
30160	874	87	Tân Phú	Tan Phu	Xã Tân Phú	Xã
30163	874	87	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
30166	874	87	Tân Long	Tan Long	Xã Tân Long	Xã
30169	875	87	Lấp Vò	Lap Vo	Thị trấn Lấp Vò	Thị trấn
30172	875	87	Mỹ An Hưng A	My An Hung A	Xã Mỹ An Hưng A	Xã
30175	875	87	Tân Mỹ	Tan My	Xã Tân Mỹ	Xã
30178	875	87	Mỹ An Hưng B	My An Hung B	Xã Mỹ An Hưng B	Xã
30181	875	87	Tân Khánh Trung	Tan Khanh Trung	Xã Tân Khánh Trung	Xã
30184	875	87	Long Hưng A	Long Hung A	Xã Long Hưng A	Xã
30187	875	87	Vĩnh Thạnh	Vinh Thanh	Xã Vĩnh Thạnh	Xã
30190	875	87	Long Hưng B	Long Hung B	Xã Long Hưng B	Xã
30193	875	87	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
30196	875	87	Định An	Dinh An	Xã Định An	Xã
30199	875	87	Định Yên	Dinh Yen	Xã Định Yên	Xã
30202	875	87	Hội An Đông	Hoi An Dong	Xã Hội An Đông	Xã
30205	875	87	Bình Thạnh Trung	Binh Thanh Trung	Xã Bình Thạnh Trung	Xã
30208	876	87	Lai Vung	Lai Vung	Thị trấn Lai Vung	Thị trấn
30211	876	87	Tân Dương	Tan Duong	Xã Tân Dương	Xã
30214	876	87	Hòa Thành	Hoa Thanh	Xã Hòa Thành	Xã
30217	876	87	Long Hậu	Long Hau	Xã Long Hậu	Xã
30220	876	87	Tân Phước	Tan Phuoc	Xã Tân Phước	Xã
30223	876	87	Hòa Long	Hoa Long	Xã Hòa Long	Xã
30226	876	87	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
30229	876	87	Long Thắng	Long Thang	Xã Long Thắng	Xã
30232	876	87	Vĩnh Thới	Vinh Thoi	Xã Vĩnh Thới	Xã
30235	876	87	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
30238	876	87	Định Hòa	Dinh Hoa	Xã Định Hòa	Xã
30241	876	87	Phong Hòa	Phong Hoa	Xã Phong Hòa	Xã
30244	877	87	Cái Tàu Hạ	Cai Tau Ha	Thị trấn Cái Tàu Hạ	Thị trấn
30247	877	87	An Hiệp	An Hiep	Xã An Hiệp	Xã
30250	877	87	An Nhơn	An Nhon	Xã An Nhơn	Xã
30253	877	87	Tân Nhuận Đông	Tan Nhuan Dong	Xã Tân Nhuận Đông	Xã
30256	877	87	Tân Bình	Tan Binh	Xã Tân Bình	Xã
30259	877	87	Tân Phú Trung	Tan Phu Trung	Xã Tân Phú Trung	Xã
30262	877	87	Phú Long	Phu Long	Xã Phú Long	Xã
30265	877	87	An Phú Thuận	An Phu Thuan	Xã An Phú Thuận	Xã
30268	877	87	Phú Hựu	Phu Huu	Xã Phú Hựu	Xã
30271	877	87	An Khánh	An Khanh	Xã An Khánh	Xã
30274	877	87	Tân Phú	Tan Phu	Xã Tân Phú	Xã
30277	877	87	Hòa Tân	Hoa Tan	Xã Hòa Tân	Xã
30280	883	89	Mỹ Bình	My Binh	Phường Mỹ Bình	Phường
30283	883	89	Mỹ Long	My Long	Phường Mỹ Long	Phường
30286	883	89	Mỹ Xuyên	My Xuyen	Phường Mỹ Xuyên	Phường
30289	883	89	Bình Đức	Binh Duc	Phường Bình Đức	Phường
30292	883	89	Bình Khánh	Binh Khanh	Phường Bình Khánh	Phường
30295	883	89	Mỹ Phước	My Phuoc	Phường Mỹ Phước	Phường
30298	883	89	Mỹ Quý	My Quy	Phường Mỹ Quý	Phường
30301	883	89	Mỹ Thới	My Thoi	Phường Mỹ Thới	Phường
30304	883	89	Mỹ Thạnh	My Thanh	Phường Mỹ Thạnh	Phường
30307	883	89	Mỹ Hòa	My Hoa	Phường Mỹ Hòa	Phường
30310	883	89	Mỹ Khánh	My Khanh	Xã Mỹ Khánh	Xã
30313	883	89	Mỹ Hoà Hưng	My Hoa Hung	Xã Mỹ Hoà Hưng	Xã
30316	884	89	Châu Phú B	Chau Phu B	Phường Châu Phú B	Phường
30319	884	89	Châu Phú A	Chau Phu A	Phường Châu Phú A	Phường
30322	884	89	Vĩnh Mỹ	Vinh My	Phường Vĩnh Mỹ	Phường
30325	884	89	Núi Sam	Nui Sam	Phường Núi Sam	Phường
30328	884	89	Vĩnh Ngươn	Vinh Nguon	Phường Vĩnh Ngươn	Phường
30331	884	89	Vĩnh Tế	Vinh Te	Xã Vĩnh Tế	Xã
30334	884	89	Vĩnh Châu	Vinh Chau	Xã Vĩnh Châu	Xã
30337	886	89	An Phú	An Phu	Thị trấn An Phú	Thị trấn
30340	886	89	Khánh An	Khanh An	Xã Khánh An	Xã
30341	886	89	Long Bình	Long Binh	Thị trấn Long Bình	Thị trấn
30343	886	89	Khánh Bình	Khanh Binh	Xã Khánh Bình	Xã
30346	886	89	Quốc Thái	Quoc Thai	Xã Quốc Thái	Xã
30349	886	89	Nhơn Hội	Nhon Hoi	Xã Nhơn Hội	Xã
30352	886	89	Phú Hữu	Phu Huu	Xã Phú Hữu	Xã
30355	886	89	Phú Hội	Phu Hoi	Xã Phú Hội	Xã
30358	886	89	Phước Hưng	Phuoc Hung	Xã Phước Hưng	Xã
30361	886	89	Vĩnh Lộc	Vinh Loc	Xã Vĩnh Lộc	Xã
30364	886	89	Vĩnh Hậu	Vinh Hau	Xã Vĩnh Hậu	Xã
30367	886	89	Vĩnh Trường	Vinh Truong	Xã Vĩnh Trường	Xã
30370	886	89	Vĩnh Hội Đông	Vinh Hoi Dong	Xã Vĩnh Hội Đông	Xã
30373	886	89	Đa Phước	Da Phuoc	Thị trấn Đa Phước	Thị trấn
30376	887	89	Long Thạnh	Long Thanh	Phường Long Thạnh	Phường
30377	887	89	Long Hưng	Long Hung	Phường Long Hưng	Phường
30378	887	89	Long Châu	Long Chau	Phường Long Châu	Phường
30379	887	89	Phú Lộc	Phu Loc	Xã Phú Lộc	Xã
30382	887	89	Vĩnh Xương	Vinh Xuong	Xã Vĩnh Xương	Xã
30385	887	89	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
30387	887	89	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
30388	887	89	Tân An	Tan An	Xã Tân An	Xã
30391	887	89	Long An	Long An	Xã Long An	Xã
30394	887	89	Long Phú	Long Phu	Phường Long Phú	Phường
30397	887	89	Châu Phong	Chau Phong	Xã Châu Phong	Xã
30400	887	89	Phú Vĩnh	Phu Vinh	Xã Phú Vĩnh	Xã
30403	887	89	Lê Chánh	Le Chanh	Xã Lê Chánh	Xã
30412	887	89	Long Sơn	Long Son	Phường Long Sơn	Phường
30406	888	89	Phú Mỹ	Phu My	Thị trấn Phú Mỹ	Thị trấn
30409	888	89	Chợ Vàm	Cho Vam	Thị trấn Chợ Vàm	Thị trấn
30415	888	89	Long Hoà	Long Hoa	Xã Long Hoà	Xã
30418	888	89	Phú Long	Phu Long	Xã Phú Long	Xã
30421	888	89	Phú Lâm	Phu Lam	Xã Phú Lâm	Xã
30424	888	89	Phú Hiệp	Phu Hiep	Xã Phú Hiệp	Xã
30427	888	89	Phú Thạnh	Phu Thanh	Xã Phú Thạnh	Xã
30430	888	89	Hoà Lạc	Hoa Lac	Xã Hoà Lạc	Xã
30433	888	89	Phú Thành	Phu Thanh	Xã Phú Thành	Xã
30436	888	89	Phú An	Phu An	Xã Phú An	Xã
30439	888	89	Phú Xuân	Phu Xuan	Xã Phú Xuân	Xã
30442	888	89	Hiệp Xương	Hiep Xuong	Xã Hiệp Xương	Xã
30445	888	89	Phú Bình	Phu Binh	Xã Phú Bình	Xã
30448	888	89	Phú Thọ	Phu Tho	Xã Phú Thọ	Xã
30451	888	89	Phú Hưng	Phu Hung	Xã Phú Hưng	Xã
30454	888	89	Bình Thạnh Đông	Binh Thanh Dong	Xã Bình Thạnh Đông	Xã
30457	888	89	Tân Hòa	Tan Hoa	Xã Tân Hòa	Xã
30460	888	89	Tân Trung	Tan Trung	Xã Tân Trung	Xã
30463	889	89	Cái Dầu	Cai Dau	Thị trấn Cái Dầu	Thị trấn
30466	889	89	Khánh Hòa	Khanh Hoa	Xã Khánh Hòa	Xã
30469	889	89	Mỹ Đức	My Duc	Xã Mỹ Đức	Xã
30472	889	89	Mỹ Phú	My Phu	Xã Mỹ Phú	Xã
30475	889	89	Ô Long Vỹ	O Long Vy	Xã Ô Long Vỹ	Xã
30478	889	89	Vĩnh Thạnh Trung	Vinh Thanh Trung	Thị trấn Vĩnh Thạnh Trung	Thị trấn
30481	889	89	Thạnh Mỹ Tây	Thanh My Tay	Xã Thạnh Mỹ Tây	Xã
30484	889	89	Bình Long	Binh Long	Xã Bình Long	Xã
30487	889	89	Bình Mỹ	Binh My	Xã Bình Mỹ	Xã
30490	889	89	Bình Thủy	Binh Thuy	Xã Bình Thủy	Xã
30493	889	89	Đào Hữu Cảnh	Dao Huu Canh	Xã Đào Hữu Cảnh	Xã
30496	889	89	Bình Phú	Binh Phu	Xã Bình Phú	Xã
30499	889	89	Bình Chánh	Binh Chanh	Xã Bình Chánh	Xã
30502	890	89	Nhà Bàng	Nha Bang	Phường Nhà Bàng	Phường
30505	890	89	Chi Lăng	Chi Lang	Phường Chi Lăng	Phường
30508	890	89	Núi Voi	Nui Voi	Phường Núi Voi	Phường
30511	890	89	Nhơn Hưng	Nhon Hung	Phường Nhơn Hưng	Phường
30514	890	89	An Phú	An Phu	Phường An Phú	Phường
30517	890	89	Thới Sơn	Thoi Son	Phường Thới Sơn	Phường
30520	890	89	Tịnh Biên	Tinh Bien	Phường Tịnh Biên	Phường
30523	890	89	Văn Giáo	Van Giao	Xã Văn Giáo	Xã
30526	890	89	An Cư	An Cu	Xã An Cư	Xã
30529	890	89	An Nông	An Nong	Xã An Nông	Xã
30532	890	89	Vĩnh Trung	Vinh Trung	Xã Vĩnh Trung	Xã
30535	890	89	Tân Lợi	Tan Loi	Xã Tân Lợi	Xã
30538	890	89	An Hảo	An Hao	Xã An Hảo	Xã
30541	890	89	Tân Lập	Tan Lap	Xã Tân Lập	Xã
30544	891	89	Tri Tôn	Tri Ton	Thị trấn Tri Tôn	Thị trấn
30547	891	89	Ba Chúc	Ba Chuc	Thị trấn Ba Chúc	Thị trấn
30550	891	89	Lạc Quới	Lac Quoi	Xã Lạc Quới	Xã
30553	891	89	Lê Trì	Le Tri	Xã Lê Trì	Xã
30556	891	89	Vĩnh Gia	Vinh Gia	Xã Vĩnh Gia	Xã
30559	891	89	Vĩnh Phước	Vinh Phuoc	Xã Vĩnh Phước	Xã
30562	891	89	Châu Lăng	Chau Lang	Xã Châu Lăng	Xã
30565	891	89	Lương Phi	Luong Phi	Xã Lương Phi	Xã
30568	891	89	Lương An Trà	Luong An Tra	Xã Lương An Trà	Xã
30571	891	89	Tà Đảnh	Ta Danh	Xã Tà Đảnh	Xã
30574	891	89	Núi Tô	Nui To	Xã Núi Tô	Xã
30577	891	89	An Tức	An Tuc	Xã An Tức	Xã
30580	891	89	Cô Tô	Co To	Thị trấn Cô Tô	Thị trấn
30583	891	89	Tân Tuyến	Tan Tuyen	Xã Tân Tuyến	Xã
30586	891	89	Ô Lâm	O Lam	Xã Ô Lâm	Xã
30589	892	89	An Châu	An Chau	Thị trấn An Châu	Thị trấn
30592	892	89	An Hòa	An Hoa	Xã An Hòa	Xã
30595	892	89	Cần Đăng	Can Dang	Xã Cần Đăng	Xã
30598	892	89	Vĩnh Hanh	Vinh Hanh	Xã Vĩnh Hanh	Xã
30601	892	89	Bình Thạnh	Binh Thanh	Xã Bình Thạnh	Xã
30604	892	89	Vĩnh Bình	Vinh Binh	Thị trấn Vĩnh Bình	Thị trấn
30607	892	89	Bình Hòa	Binh Hoa	Xã Bình Hòa	Xã
30610	892	89	Vĩnh An	Vinh An	Xã Vĩnh An	Xã
30613	892	89	Hòa Bình Thạnh	Hoa Binh Thanh	Xã Hòa Bình Thạnh	Xã
30616	892	89	Vĩnh Lợi	Vinh Loi	Xã Vĩnh Lợi	Xã
30619	892	89	Vĩnh Nhuận	Vinh Nhuan	Xã Vĩnh Nhuận	Xã
30622	892	89	Tân Phú	Tan Phu	Xã Tân Phú	Xã
30625	892	89	Vĩnh Thành	Vinh Thanh	Xã Vĩnh Thành	Xã
30628	893	89	Chợ Mới	Cho Moi	Thị trấn Chợ Mới	Thị trấn
30631	893	89	Mỹ Luông	My Luong	Thị trấn Mỹ Luông	Thị trấn
30634	893	89	Kiến An	Kien An	Xã Kiến An	Xã
30637	893	89	Mỹ Hội Đông	My Hoi Dong	Xã Mỹ Hội Đông	Xã
30640	893	89	Long Điền A	Long Dien A	Xã Long Điền A	Xã
30643	893	89	Tấn Mỹ	Tan My	Xã Tấn Mỹ	Xã
30646	893	89	Long Điền B	Long Dien B	Xã Long Điền B	Xã
30649	893	89	Kiến Thành	Kien Thanh	Xã Kiến Thành	Xã
30652	893	89	Mỹ Hiệp	My Hiep	Xã Mỹ Hiệp	Xã
30655	893	89	Mỹ An	My An	Xã Mỹ An	Xã
30658	893	89	Nhơn Mỹ	Nhon My	Xã Nhơn Mỹ	Xã
30661	893	89	Long Giang	Long Giang	Xã Long Giang	Xã
30664	893	89	Long Kiến	Long Kien	Xã Long Kiến	Xã
30667	893	89	Bình Phước Xuân	Binh Phuoc Xuan	Xã Bình Phước Xuân	Xã
30670	893	89	An Thạnh Trung	An Thanh Trung	Xã An Thạnh Trung	Xã
30673	893	89	Hội An	Hoi An	Thị trấn Hội An	Thị trấn
30676	893	89	Hòa Bình	Hoa Binh	Xã Hòa Bình	Xã
30679	893	89	Hòa An	Hoa An	Xã Hòa An	Xã
30682	894	89	Núi Sập	Nui Sap	Thị trấn Núi Sập	Thị trấn
30685	894	89	Phú Hoà	Phu Hoa	Thị trấn Phú Hoà	Thị trấn
30688	894	89	Óc Eo	Oc Eo	Thị trấn Óc Eo	Thị trấn
30691	894	89	Tây Phú	Tay Phu	Xã Tây Phú	Xã
30692	894	89	An Bình	An Binh	Xã An Bình	Xã
30694	894	89	Vĩnh Phú	Vinh Phu	Xã Vĩnh Phú	Xã
30697	894	89	Vĩnh Trạch	Vinh Trach	Xã Vĩnh Trạch	Xã
30700	894	89	Phú Thuận	Phu Thuan	Xã Phú Thuận	Xã
30703	894	89	Vĩnh Chánh	Vinh Chanh	Xã Vĩnh Chánh	Xã
30706	894	89	Định Mỹ	Dinh My	Xã Định Mỹ	Xã
30709	894	89	Định Thành	Dinh Thanh	Xã Định Thành	Xã
30712	894	89	Mỹ Phú Đông	My Phu Dong	Xã Mỹ Phú Đông	Xã
30715	894	89	Vọng Đông	Vong Dong	Xã Vọng Đông	Xã
30718	894	89	Vĩnh Khánh	Vinh Khanh	Xã Vĩnh Khánh	Xã
30721	894	89	Thoại Giang	Thoai Giang	Xã Thoại Giang	Xã
30724	894	89	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
30727	894	89	Vọng Thê	Vong The	Xã Vọng Thê	Xã
30733	899	91	Vĩnh Thanh	Vinh Thanh	Phường Vĩnh Thanh	Phường
30736	899	91	Vĩnh Quang	Vinh Quang	Phường Vĩnh Quang	Phường
30739	899	91	Vĩnh Hiệp	Vinh Hiep	Phường Vĩnh Hiệp	Phường
30742	899	91	Vĩnh Thanh Vân	Vinh Thanh Van	Phường Vĩnh Thanh Vân	Phường
30745	899	91	Vĩnh Lạc	Vinh Lac	Phường Vĩnh Lạc	Phường
30748	899	91	An Hòa	An Hoa	Phường An Hòa	Phường
30751	899	91	An Bình	An Binh	Phường An Bình	Phường
30754	899	91	Rạch Sỏi	Rach Soi	Phường Rạch Sỏi	Phường
30757	899	91	Vĩnh Lợi	Vinh Loi	Phường Vĩnh Lợi	Phường
30760	899	91	Vĩnh Thông	Vinh Thong	Phường Vĩnh Thông	Phường
30763	899	91	Phi Thông	Phi Thong	Xã Phi Thông	Xã
30766	900	91	Tô Châu	To Chau	Phường Tô Châu	Phường
30769	900	91	Đông Hồ	Dong Ho	Phường Đông Hồ	Phường
30772	900	91	Bình San	Binh San	Phường Bình San	Phường
30775	900	91	Pháo Đài	Phao Dai	Phường Pháo Đài	Phường
30778	900	91	Mỹ Đức	My Duc	Phường Mỹ Đức	Phường
30781	900	91	Tiên Hải	Tien Hai	Xã Tiên Hải	Xã
30784	900	91	Thuận Yên	Thuan Yen	Xã Thuận Yên	Xã
30787	902	91	Kiên Lương	Kien Luong	Thị trấn Kiên Lương	Thị trấn
30790	902	91	Kiên Bình	Kien Binh	Xã Kiên Bình	Xã
30802	902	91	Hòa Điền	Hoa Dien	Xã Hòa Điền	Xã
30805	902	91	Dương Hòa	Duong Hoa	Xã Dương Hòa	Xã
30808	902	91	Bình An	Binh An	Xã Bình An	Xã
30809	902	91	Bình Trị	Binh Tri	Xã Bình Trị	Xã
30811	902	91	Sơn Hải	Son Hai	Xã Sơn Hải	Xã
30814	902	91	Hòn Nghệ	Hon Nghe	Xã Hòn Nghệ	Xã
30817	903	91	Hòn Đất	Hon Dat	Thị trấn Hòn Đất	Thị trấn
30820	903	91	Sóc Sơn	Soc Son	Thị trấn Sóc Sơn	Thị trấn
30823	903	91	Bình Sơn	Binh Son	Xã Bình Sơn	Xã
30826	903	91	Bình Giang	Binh Giang	Xã Bình Giang	Xã
30828	903	91	Mỹ Thái	My Thai	Xã Mỹ Thái	Xã
30829	903	91	Nam Thái Sơn	Nam Thai Son	Xã Nam Thái Sơn	Xã
30832	903	91	Mỹ Hiệp Sơn	My Hiep Son	Xã Mỹ Hiệp Sơn	Xã
30835	903	91	Sơn Kiên	Son Kien	Xã Sơn Kiên	Xã
30836	903	91	Sơn Bình	Son Binh	Xã Sơn Bình	Xã
30838	903	91	Mỹ Thuận	My Thuan	Xã Mỹ Thuận	Xã
30840	903	91	Lình Huỳnh	Linh Huynh	Xã Lình Huỳnh	Xã
30841	903	91	Thổ Sơn	Tho Son	Xã Thổ Sơn	Xã
30844	903	91	Mỹ Lâm	My Lam	Xã Mỹ Lâm	Xã
30847	903	91	Mỹ Phước	My Phuoc	Xã Mỹ Phước	Xã
30850	904	91	Tân Hiệp	Tan Hiep	Thị trấn Tân Hiệp	Thị trấn
30853	904	91	Tân Hội	Tan Hoi	Xã Tân Hội	Xã
30856	904	91	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
30859	904	91	Tân Hiệp B	Tan Hiep B	Xã Tân Hiệp B	Xã
30860	904	91	Tân Hoà	Tan Hoa	Xã Tân Hoà	Xã
30862	904	91	Thạnh Đông B	Thanh Dong B	Xã Thạnh Đông B	Xã
30865	904	91	Thạnh Đông	Thanh Dong	Xã Thạnh Đông	Xã
30868	904	91	Tân Hiệp A	Tan Hiep A	Xã Tân Hiệp A	Xã
30871	904	91	Tân An	Tan An	Xã Tân An	Xã
30874	904	91	Thạnh Đông A	Thanh Dong A	Xã Thạnh Đông A	Xã
30877	904	91	Thạnh Trị	Thanh Tri	Xã Thạnh Trị	Xã
30880	905	91	Minh Lương	Minh Luong	Thị trấn Minh Lương	Thị trấn
30883	905	91	Mong Thọ A	Mong Tho A	Xã Mong Thọ A	Xã
30886	905	91	Mong Thọ B	Mong Tho B	Xã Mong Thọ B	Xã
30887	905	91	Mong Thọ	Mong Tho	Xã Mong Thọ	Xã
30889	905	91	Giục Tượng	Giuc Tuong	Xã Giục Tượng	Xã
30892	905	91	Vĩnh Hòa Hiệp	Vinh Hoa Hiep	Xã Vĩnh Hòa Hiệp	Xã
30893	905	91	Vĩnh Hoà Phú	Vinh Hoa Phu	Xã Vĩnh Hoà Phú	Xã
30895	905	91	Minh Hòa	Minh Hoa	Xã Minh Hòa	Xã
30898	905	91	Bình An	Binh An	Xã Bình An	Xã
30901	905	91	Thạnh Lộc	Thanh Loc	Xã Thạnh Lộc	Xã
30904	906	91	Giồng Riềng	Giong Rieng	Thị trấn Giồng Riềng	Thị trấn
30907	906	91	Thạnh Hưng	Thanh Hung	Xã Thạnh Hưng	Xã
30910	906	91	Thạnh Phước	Thanh Phuoc	Xã Thạnh Phước	Xã
30913	906	91	Thạnh Lộc	Thanh Loc	Xã Thạnh Lộc	Xã
30916	906	91	Thạnh Hòa	Thanh Hoa	Xã Thạnh Hòa	Xã
30917	906	91	Thạnh Bình	Thanh Binh	Xã Thạnh Bình	Xã
30919	906	91	Bàn Thạch	Ban Thach	Xã Bàn Thạch	Xã
30922	906	91	Bàn Tân Định	Ban Tan Dinh	Xã Bàn Tân Định	Xã
30925	906	91	Ngọc Thành	Ngoc Thanh	Xã Ngọc Thành	Xã
30928	906	91	Ngọc Chúc	Ngoc Chuc	Xã Ngọc Chúc	Xã
30931	906	91	Ngọc Thuận	Ngoc Thuan	Xã Ngọc Thuận	Xã
30934	906	91	Hòa Hưng	Hoa Hung	Xã Hòa Hưng	Xã
30937	906	91	Hoà Lợi	Hoa Loi	Xã Hoà Lợi	Xã
30940	906	91	Hoà An	Hoa An	Xã Hoà An	Xã
30943	906	91	Long Thạnh	Long Thanh	Xã Long Thạnh	Xã
30946	906	91	Vĩnh Thạnh	Vinh Thanh	Xã Vĩnh Thạnh	Xã
30947	906	91	Vĩnh Phú	Vinh Phu	Xã Vĩnh Phú	Xã
30949	906	91	Hòa Thuận	Hoa Thuan	Xã Hòa Thuận	Xã
30950	906	91	Ngọc Hoà	Ngoc Hoa	Xã Ngọc Hoà	Xã
30952	907	91	Gò Quao	Go Quao	Thị trấn Gò Quao	Thị trấn
30955	907	91	Vĩnh Hòa Hưng Bắc	Vinh Hoa Hung Bac	Xã Vĩnh Hòa Hưng Bắc	Xã
30958	907	91	Định Hòa	Dinh Hoa	Xã Định Hòa	Xã
30961	907	91	Thới Quản	Thoi Quan	Xã Thới Quản	Xã
30964	907	91	Định An	Dinh An	Xã Định An	Xã
30967	907	91	Thủy Liễu	Thuy Lieu	Xã Thủy Liễu	Xã
30970	907	91	Vĩnh Hòa Hưng Nam	Vinh Hoa Hung Nam	Xã Vĩnh Hòa Hưng Nam	Xã
30973	907	91	Vĩnh Phước A	Vinh Phuoc A	Xã Vĩnh Phước A	Xã
30976	907	91	Vĩnh Phước B	Vinh Phuoc B	Xã Vĩnh Phước B	Xã
30979	907	91	Vĩnh Tuy	Vinh Tuy	Xã Vĩnh Tuy	Xã
30982	907	91	Vĩnh Thắng	Vinh Thang	Xã Vĩnh Thắng	Xã
30985	908	91	Thứ Ba	Thu Ba	Thị trấn Thứ Ba	Thị trấn
30988	908	91	Tây Yên	Tay Yen	Xã Tây Yên	Xã
30991	908	91	Tây Yên A	Tay Yen A	Xã Tây Yên A	Xã
30994	908	91	Nam Yên	Nam Yen	Xã Nam Yên	Xã
30997	908	91	Hưng Yên	Hung Yen	Xã Hưng Yên	Xã
31000	908	91	Nam Thái	Nam Thai	Xã Nam Thái	Xã
31003	908	91	Nam Thái A	Nam Thai A	Xã Nam Thái A	Xã
31006	908	91	Đông Thái	Dong Thai	Xã Đông Thái	Xã
31009	908	91	Đông Yên	Dong Yen	Xã Đông Yên	Xã
31018	909	91	Thứ Mười Một	Thu Muoi Mot	Thị trấn Thứ Mười Một	Thị trấn
31021	909	91	Thuận Hoà	Thuan Hoa	Xã Thuận Hoà	Xã
31024	909	91	Đông Hòa	Dong Hoa	Xã Đông Hòa	Xã
31030	909	91	Đông Thạnh	Dong Thanh	Xã Đông Thạnh	Xã
31031	909	91	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
31033	909	91	Đông Hưng	Dong Hung	Xã Đông Hưng	Xã
31036	909	91	Đông Hưng A	Dong Hung A	Xã Đông Hưng A	Xã
31039	909	91	Đông Hưng B	Dong Hung B	Xã Đông Hưng B	Xã
31042	909	91	Vân Khánh	Van Khanh	Xã Vân Khánh	Xã
31045	909	91	Vân Khánh Đông	Van Khanh Dong	Xã Vân Khánh Đông	Xã
31048	909	91	Vân Khánh Tây	Van Khanh Tay	Xã Vân Khánh Tây	Xã
31051	910	91	Vĩnh Thuận	Vinh Thuan	Thị trấn Vĩnh Thuận	Thị trấn
31060	910	91	Vĩnh Bình Bắc	Vinh Binh Bac	Xã Vĩnh Bình Bắc	Xã
31063	910	91	Vĩnh Bình Nam	Vinh Binh Nam	Xã Vĩnh Bình Nam	Xã
31064	910	91	Bình Minh	Binh Minh	Xã Bình Minh	Xã
31069	910	91	Vĩnh Thuận	Vinh Thuan	Xã Vĩnh Thuận	Xã
31072	910	91	Tân Thuận	Tan Thuan	Xã Tân Thuận	Xã
31074	910	91	Phong Đông	Phong Dong	Xã Phong Đông	Xã
31075	910	91	Vĩnh Phong	Vinh Phong	Xã Vĩnh Phong	Xã
31078	911	91	Dương Đông	Duong Dong	Phường Dương Đông	Phường
31081	911	91	An Thới	An Thoi	Phường An Thới	Phường
31084	911	91	Cửa Cạn	Cua Can	Xã Cửa Cạn	Xã
31087	911	91	Gành Dầu	Ganh Dau	Xã Gành Dầu	Xã
31090	911	91	Cửa Dương	Cua Duong	Xã Cửa Dương	Xã
31093	911	91	Hàm Ninh	Ham Ninh	Xã Hàm Ninh	Xã
31096	911	91	Dương Tơ	Duong To	Xã Dương Tơ	Xã
31102	911	91	Bãi Thơm	Bai Thom	Xã Bãi Thơm	Xã
31105	911	91	Thổ Châu	Tho Chau	Xã Thổ Châu	Xã
31108	912	91	Hòn Tre	Hon Tre	Xã Hòn Tre	Xã
31111	912	91	Lại Sơn	Lai Son	Xã Lại Sơn	Xã
31114	912	91	An Sơn	An Son	Xã An Sơn	Xã
31115	912	91	Nam Du	Nam Du	Xã Nam Du	Xã
31012	913	91	Thạnh Yên	Thanh Yen	Xã Thạnh Yên	Xã
31015	913	91	Thạnh Yên A	Thanh Yen A	Xã Thạnh Yên A	Xã
31027	913	91	An Minh Bắc	An Minh Bac	Xã An Minh Bắc	Xã
31054	913	91	Vĩnh Hòa	Vinh Hoa	Xã Vĩnh Hòa	Xã
31057	913	91	Hoà Chánh	Hoa Chanh	Xã Hoà Chánh	Xã
31066	913	91	Minh Thuận	Minh Thuan	Xã Minh Thuận	Xã
30791	914	91	Vĩnh Phú	Vinh Phu	Xã Vĩnh Phú	Xã
30793	914	91	Vĩnh Điều	Vinh Dieu	Xã Vĩnh Điều	Xã
30796	914	91	Tân Khánh Hòa	Tan Khanh Hoa	Xã Tân Khánh Hòa	Xã
30797	914	91	Phú Lợi	Phu Loi	Xã Phú Lợi	Xã
30799	914	91	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
31117	916	92	Cái Khế	Cai Khe	Phường Cái Khế	Phường
31120	916	92	An Hòa	An Hoa	Phường An Hòa	Phường
31123	916	92	Thới Bình	Thoi Binh	Phường Thới Bình	Phường
31135	916	92	Tân An	Tan An	Phường Tân An	Phường
31144	916	92	Xuân Khánh	Xuan Khanh	Phường Xuân Khánh	Phường
31147	916	92	Hưng Lợi	Hung Loi	Phường Hưng Lợi	Phường
31149	916	92	An Khánh	An Khanh	Phường An Khánh	Phường
31150	916	92	An Bình	An Binh	Phường An Bình	Phường
31153	917	92	Châu Văn Liêm	Chau Van Liem	Phường Châu Văn Liêm	Phường
31154	917	92	Thới Hòa	Thoi Hoa	Phường Thới Hòa	Phường
31156	917	92	Thới Long	Thoi Long	Phường Thới Long	Phường
31157	917	92	Long Hưng	Long Hung	Phường Long Hưng	Phường
31159	917	92	Thới An	Thoi An	Phường Thới An	Phường
31162	917	92	Phước Thới	Phuoc Thoi	Phường Phước Thới	Phường
31165	917	92	Trường Lạc	Truong Lac	Phường Trường Lạc	Phường
31168	918	92	Bình Thủy	Binh Thuy	Phường Bình Thủy	Phường
31169	918	92	Trà An	Tra An	Phường Trà An	Phường
31171	918	92	Trà Nóc	Tra Noc	Phường Trà Nóc	Phường
31174	918	92	Thới An Đông	Thoi An Dong	Phường Thới An Đông	Phường
31177	918	92	An Thới	An Thoi	Phường An Thới	Phường
31178	918	92	Bùi Hữu Nghĩa	Bui Huu Nghia	Phường Bùi Hữu Nghĩa	Phường
31180	918	92	Long Hòa	Long Hoa	Phường Long Hòa	Phường
31183	918	92	Long Tuyền	Long Tuyen	Phường Long Tuyền	Phường
31186	919	92	Lê Bình	Le Binh	Phường Lê Bình	Phường
31189	919	92	Hưng Phú	Hung Phu	Phường Hưng Phú	Phường
31192	919	92	Hưng Thạnh	Hung Thanh	Phường Hưng Thạnh	Phường
31195	919	92	Ba Láng	Ba Lang	Phường Ba Láng	Phường
31198	919	92	Thường Thạnh	Thuong Thanh	Phường Thường Thạnh	Phường
31201	919	92	Phú Thứ	Phu Thu	Phường Phú Thứ	Phường
31204	919	92	Tân Phú	Tan Phu	Phường Tân Phú	Phường
31207	923	92	Thốt Nốt	Thot Not	Phường Thốt Nốt	Phường
31210	923	92	Thới Thuận	Thoi Thuan	Phường Thới Thuận	Phường
31212	923	92	Thuận An	Thuan An	Phường Thuận An	Phường
31213	923	92	Tân Lộc	Tan Loc	Phường Tân Lộc	Phường
31216	923	92	Trung Nhứt	Trung Nhut	Phường Trung Nhứt	Phường
31217	923	92	Thạnh Hoà	Thanh Hoa	Phường Thạnh Hoà	Phường
31219	923	92	Trung Kiên	Trung Kien	Phường Trung Kiên	Phường
31227	923	92	Tân Hưng	Tan Hung	Phường Tân Hưng	Phường
31228	923	92	Thuận Hưng	Thuan Hung	Phường Thuận Hưng	Phường
31211	924	92	Vĩnh Bình	Vinh Binh	Xã Vĩnh Bình	Xã
31231	924	92	Thanh An	Thanh An	Thị trấn Thanh An	Thị trấn
31232	924	92	Vĩnh Thạnh	Vinh Thanh	Thị trấn Vĩnh Thạnh	Thị trấn
31234	924	92	Thạnh Mỹ	Thanh My	Xã Thạnh Mỹ	Xã
31237	924	92	Vĩnh Trinh	Vinh Trinh	Xã Vĩnh Trinh	Xã
31240	924	92	Thạnh An	Thanh An	Xã Thạnh An	Xã
31241	924	92	Thạnh Tiến	Thanh Tien	Xã Thạnh Tiến	Xã
31243	924	92	Thạnh Thắng	Thanh Thang	Xã Thạnh Thắng	Xã
31244	924	92	Thạnh Lợi	Thanh Loi	Xã Thạnh Lợi	Xã
31246	924	92	Thạnh Quới	Thanh Quoi	Xã Thạnh Quới	Xã
31252	924	92	Thạnh Lộc	Thanh Loc	Xã Thạnh Lộc	Xã
31222	925	92	Trung An	Trung An	Xã Trung An	Xã
31225	925	92	Trung Thạnh	Trung Thanh	Xã Trung Thạnh	Xã
31249	925	92	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
31255	925	92	Trung Hưng	Trung Hung	Xã Trung Hưng	Xã
31261	925	92	Cờ Đỏ	Co Do	Thị trấn Cờ Đỏ	Thị trấn
31264	925	92	Thới Hưng	Thoi Hung	Xã Thới Hưng	Xã
31273	925	92	Đông Hiệp	Dong Hiep	Xã Đông Hiệp	Xã
31274	925	92	Đông Thắng	Dong Thang	Xã Đông Thắng	Xã
31276	925	92	Thới Đông	Thoi Dong	Xã Thới Đông	Xã
31277	925	92	Thới Xuân	Thoi Xuan	Xã Thới Xuân	Xã
31299	926	92	Phong Điền	Phong Dien	Thị trấn Phong Điền	Thị trấn
31300	926	92	Nhơn Ái	Nhon Ai	Xã Nhơn Ái	Xã
31303	926	92	Giai Xuân	Giai Xuan	Xã Giai Xuân	Xã
31306	926	92	Tân Thới	Tan Thoi	Xã Tân Thới	Xã
31309	926	92	Trường Long	Truong Long	Xã Trường Long	Xã
31312	926	92	Mỹ Khánh	My Khanh	Xã Mỹ Khánh	Xã
31315	926	92	Nhơn Nghĩa	Nhon Nghia	Xã Nhơn Nghĩa	Xã
31258	927	92	Thới Lai	Thoi Lai	Thị trấn Thới Lai	Thị trấn
31267	927	92	Thới Thạnh	Thoi Thanh	Xã Thới Thạnh	Xã
31268	927	92	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
31270	927	92	Xuân Thắng	Xuan Thang	Xã Xuân Thắng	Xã
31279	927	92	Đông Bình	Dong Binh	Xã Đông Bình	Xã
31282	927	92	Đông Thuận	Dong Thuan	Xã Đông Thuận	Xã
31285	927	92	Thới Tân	Thoi Tan	Xã Thới Tân	Xã
31286	927	92	Trường Thắng	Truong Thang	Xã Trường Thắng	Xã
31288	927	92	Định Môn	Dinh Mon	Xã Định Môn	Xã
31291	927	92	Trường Thành	Truong Thanh	Xã Trường Thành	Xã
31294	927	92	Trường Xuân	Truong Xuan	Xã Trường Xuân	Xã
31297	927	92	Trường Xuân A	Truong Xuan A	Xã Trường Xuân A	Xã
31298	927	92	Trường Xuân B	Truong Xuan B	Xã Trường Xuân B	Xã
31318	930	93	I	I	Phường I	Phường
31321	930	93	III	III	Phường III	Phường
31324	930	93	IV	IV	Phường IV	Phường
31327	930	93	V	V	Phường V	Phường
31330	930	93	VII	VII	Phường VII	Phường
31333	930	93	Vị Tân	Vi Tan	Xã Vị Tân	Xã
31336	930	93	Hoả Lựu	Hoa Luu	Xã Hoả Lựu	Xã
31338	930	93	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
31339	930	93	Hoả Tiến	Hoa Tien	Xã Hoả Tiến	Xã
31340	931	93	Ngã Bảy	Nga Bay	Phường Ngã Bảy	Phường
31341	931	93	Lái Hiếu	Lai Hieu	Phường Lái Hiếu	Phường
31343	931	93	Hiệp Thành	Hiep Thanh	Phường Hiệp Thành	Phường
31344	931	93	Hiệp Lợi	Hiep Loi	Phường Hiệp Lợi	Phường
31411	931	93	Đại Thành	Dai Thanh	Xã Đại Thành	Xã
31414	931	93	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
31342	932	93	Một Ngàn	Mot Ngan	Thị trấn Một Ngàn	Thị trấn
31345	932	93	Tân Hoà	Tan Hoa	Xã Tân Hoà	Xã
31346	932	93	Bảy Ngàn	Bay Ngan	Thị trấn Bảy Ngàn	Thị trấn
31348	932	93	Trường Long Tây	Truong Long Tay	Xã Trường Long Tây	Xã
31351	932	93	Trường Long A	Truong Long A	Xã Trường Long A	Xã
31357	932	93	Nhơn Nghĩa A	Nhon Nghia A	Xã Nhơn Nghĩa A	Xã
31359	932	93	Rạch Gòi	Rach Goi	Thị trấn Rạch Gòi	Thị trấn
31360	932	93	Thạnh Xuân	Thanh Xuan	Xã Thạnh Xuân	Xã
31362	932	93	Cái Tắc	Cai Tac	Thị trấn Cái Tắc	Thị trấn
31363	932	93	Tân Phú Thạnh	Tan Phu Thanh	Xã Tân Phú Thạnh	Xã
31366	933	93	Ngã Sáu	Nga Sau	Thị trấn Ngã Sáu	Thị trấn
31369	933	93	Đông Thạnh	Dong Thanh	Xã Đông Thạnh	Xã
31375	933	93	Đông Phú	Dong Phu	Xã Đông Phú	Xã
31378	933	93	Phú Hữu	Phu Huu	Xã Phú Hữu	Xã
31379	933	93	Phú Tân	Phu Tan	Xã Phú Tân	Xã
31381	933	93	Mái Dầm	Mai Dam	Thị trấn Mái Dầm	Thị trấn
31384	933	93	Đông Phước	Dong Phuoc	Xã Đông Phước	Xã
31387	933	93	Đông Phước A	Dong Phuoc A	Xã Đông Phước A	Xã
31393	934	93	Kinh Cùng	Kinh Cung	Thị trấn Kinh Cùng	Thị trấn
31396	934	93	Cây Dương	Cay Duong	Thị trấn Cây Dương	Thị trấn
31399	934	93	Tân Bình	Tan Binh	Xã Tân Bình	Xã
31402	934	93	Bình Thành	Binh Thanh	Xã Bình Thành	Xã
31405	934	93	Thạnh Hòa	Thanh Hoa	Xã Thạnh Hòa	Xã
31408	934	93	Long Thạnh	Long Thanh	Xã Long Thạnh	Xã
31417	934	93	Phụng Hiệp	Phung Hiep	Xã Phụng Hiệp	Xã
31420	934	93	Hòa Mỹ	Hoa My	Xã Hòa Mỹ	Xã
31423	934	93	Hòa An	Hoa An	Xã Hòa An	Xã
31426	934	93	Phương Bình	Phuong Binh	Xã Phương Bình	Xã
31429	934	93	Hiệp Hưng	Hiep Hung	Xã Hiệp Hưng	Xã
31432	934	93	Tân Phước Hưng	Tan Phuoc Hung	Xã Tân Phước Hưng	Xã
31433	934	93	Búng Tàu	Bung Tau	Thị trấn Búng Tàu	Thị trấn
31435	934	93	Phương Phú	Phuong Phu	Xã Phương Phú	Xã
31438	934	93	Tân Long	Tan Long	Xã Tân Long	Xã
31441	935	93	Nàng Mau	Nang Mau	Thị trấn Nàng Mau	Thị trấn
31444	935	93	Vị Trung	Vi Trung	Xã Vị Trung	Xã
31447	935	93	Vị Thuỷ	Vi Thuy	Xã Vị Thuỷ	Xã
31450	935	93	Vị Thắng	Vi Thang	Xã Vị Thắng	Xã
31453	935	93	Vĩnh Thuận Tây	Vinh Thuan Tay	Xã Vĩnh Thuận Tây	Xã
31456	935	93	Vĩnh Trung	Vinh Trung	Xã Vĩnh Trung	Xã
31459	935	93	Vĩnh Tường	Vinh Tuong	Xã Vĩnh Tường	Xã
31462	935	93	Vị Đông	Vi Dong	Xã Vị Đông	Xã
31465	935	93	Vị Thanh	Vi Thanh	Xã Vị Thanh	Xã
31468	935	93	Vị Bình	Vi Binh	Xã Vị Bình	Xã
31483	936	93	Thuận Hưng	Thuan Hung	Xã Thuận Hưng	Xã
31484	936	93	Thuận Hòa	Thuan Hoa	Xã Thuận Hòa	Xã
31486	936	93	Vĩnh Thuận Đông	Vinh Thuan Dong	Xã Vĩnh Thuận Đông	Xã
31489	936	93	Vĩnh Viễn	Vinh Vien	Thị trấn Vĩnh Viễn	Thị trấn
31490	936	93	Vĩnh Viễn A	Vinh Vien A	Xã Vĩnh Viễn A	Xã
31492	936	93	Lương Tâm	Luong Tam	Xã Lương Tâm	Xã
31493	936	93	Lương Nghĩa	Luong Nghia	Xã Lương Nghĩa	Xã
31495	936	93	Xà Phiên	Xa Phien	Xã Xà Phiên	Xã
31471	937	93	Thuận An	Thuan An	Phường Thuận An	Phường
31472	937	93	Trà Lồng	Tra Long	Phường Trà Lồng	Phường
31473	937	93	Bình Thạnh	Binh Thanh	Phường Bình Thạnh	Phường
31474	937	93	Long Bình	Long Binh	Xã Long Bình	Xã
31475	937	93	Vĩnh Tường	Vinh Tuong	Phường Vĩnh Tường	Phường
31477	937	93	Long Trị	Long Tri	Xã Long Trị	Xã
31478	937	93	Long Trị A	Long Tri A	Xã Long Trị A	Xã
31480	937	93	Long Phú	Long Phu	Xã Long Phú	Xã
31481	937	93	Tân Phú	Tan Phu	Xã Tân Phú	Xã
31498	941	94	5	5	Phường 5	Phường
31501	941	94	7	7	Phường 7	Phường
31504	941	94	8	8	Phường 8	Phường
31507	941	94	6	6	Phường 6	Phường
31510	941	94	2	2	Phường 2	Phường
31516	941	94	4	4	Phường 4	Phường
31519	941	94	3	3	Phường 3	Phường
31522	941	94	1	1	Phường 1	Phường
31525	941	94	10	10	Phường 10	Phường
31569	942	94	Châu Thành	Chau Thanh	Thị trấn Châu Thành	Thị trấn
31570	942	94	Hồ Đắc Kiện	Ho Dac Kien	Xã Hồ Đắc Kiện	Xã
31573	942	94	Phú Tâm	Phu Tam	Xã Phú Tâm	Xã
31576	942	94	Thuận Hòa	Thuan Hoa	Xã Thuận Hòa	Xã
31582	942	94	Phú Tân	Phu Tan	Xã Phú Tân	Xã
31585	942	94	Thiện Mỹ	Thien My	Xã Thiện Mỹ	Xã
31594	942	94	An Hiệp	An Hiep	Xã An Hiệp	Xã
31600	942	94	An Ninh	An Ninh	Xã An Ninh	Xã
31528	943	94	Kế Sách	Ke Sach	Thị trấn Kế Sách	Thị trấn
31531	943	94	An Lạc Thôn	An Lac Thon	Thị trấn An Lạc Thôn	Thị trấn
31534	943	94	Xuân Hòa	Xuan Hoa	Xã Xuân Hòa	Xã
31537	943	94	Phong Nẫm	Phong Nam	Xã Phong Nẫm	Xã
31540	943	94	An Lạc Tây	An Lac Tay	Xã An Lạc Tây	Xã
31543	943	94	Trinh Phú	Trinh Phu	Xã Trinh Phú	Xã
31546	943	94	Ba Trinh	Ba Trinh	Xã Ba Trinh	Xã
31549	943	94	Thới An Hội	Thoi An Hoi	Xã Thới An Hội	Xã
31552	943	94	Nhơn Mỹ	Nhon My	Xã Nhơn Mỹ	Xã
31555	943	94	Kế Thành	Ke Thanh	Xã Kế Thành	Xã
31558	943	94	Kế An	Ke An	Xã Kế An	Xã
31561	943	94	Đại Hải	Dai Hai	Xã Đại Hải	Xã
31564	943	94	An Mỹ	An My	Xã An Mỹ	Xã
31567	944	94	Huỳnh Hữu Nghĩa	Huynh Huu Nghia	Thị trấn Huỳnh Hữu Nghĩa	Thị trấn
31579	944	94	Long Hưng	Long Hung	Xã Long Hưng	Xã
31588	944	94	Hưng Phú	Hung Phu	Xã Hưng Phú	Xã
31591	944	94	Mỹ Hương	My Huong	Xã Mỹ Hương	Xã
31597	944	94	Mỹ Tú	My Tu	Xã Mỹ Tú	Xã
31603	944	94	Mỹ Phước	My Phuoc	Xã Mỹ Phước	Xã
31606	944	94	Thuận Hưng	Thuan Hung	Xã Thuận Hưng	Xã
31609	944	94	Mỹ Thuận	My Thuan	Xã Mỹ Thuận	Xã
31612	944	94	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
31615	945	94	Cù Lao Dung	Cu Lao Dung	Thị trấn Cù Lao Dung	Thị trấn
31618	945	94	An Thạnh 1	An Thanh 1	Xã An Thạnh 1	Xã
31621	945	94	An Thạnh Tây	An Thanh Tay	Xã An Thạnh Tây	Xã
31624	945	94	An Thạnh Đông	An Thanh Dong	Xã An Thạnh Đông	Xã
31627	945	94	Đại Ân 1	Dai An 1	Xã Đại Ân 1	Xã
31630	945	94	An Thạnh 2	An Thanh 2	Xã An Thạnh 2	Xã
31633	945	94	An Thạnh 3	An Thanh 3	Xã An Thạnh 3	Xã
31636	945	94	An Thạnh Nam	An Thanh Nam	Xã An Thạnh Nam	Xã
31639	946	94	Long Phú	Long Phu	Thị trấn Long Phú	Thị trấn
31642	946	94	Song Phụng	Song Phung	Xã Song Phụng	Xã
31645	946	94	Đại Ngãi	Dai Ngai	Thị trấn Đại Ngãi	Thị trấn
31648	946	94	Hậu Thạnh	Hau Thanh	Xã Hậu Thạnh	Xã
31651	946	94	Long Đức	Long Duc	Xã Long Đức	Xã
31654	946	94	Trường Khánh	Truong Khanh	Xã Trường Khánh	Xã
31657	946	94	Phú Hữu	Phu Huu	Xã Phú Hữu	Xã
31660	946	94	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
31663	946	94	Châu Khánh	Chau Khanh	Xã Châu Khánh	Xã
31666	946	94	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
31669	946	94	Long Phú	Long Phu	Xã Long Phú	Xã
31684	947	94	Mỹ Xuyên	My Xuyen	Thị trấn Mỹ Xuyên	Thị trấn
31690	947	94	Đại Tâm	Dai Tam	Xã Đại Tâm	Xã
31693	947	94	Tham Đôn	Tham Don	Xã Tham Đôn	Xã
31708	947	94	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
31711	947	94	Ngọc Đông	Ngoc Dong	Xã Ngọc Đông	Xã
31714	947	94	Thạnh Quới	Thanh Quoi	Xã Thạnh Quới	Xã
31717	947	94	Hòa Tú 1	Hoa Tu 1	Xã Hòa Tú 1	Xã
31720	947	94	Gia Hòa 1	Gia Hoa 1	Xã Gia Hòa 1	Xã
31723	947	94	Ngọc Tố	Ngoc To	Xã Ngọc Tố	Xã
31726	947	94	Gia Hòa 2	Gia Hoa 2	Xã Gia Hòa 2	Xã
31729	947	94	Hòa Tú II	Hoa Tu II	Xã Hòa Tú II	Xã
31732	948	94	1	1	Phường 1	Phường
31735	948	94	2	2	Phường 2	Phường
31738	948	94	Vĩnh Quới	Vinh Quoi	Xã Vĩnh Quới	Xã
31741	948	94	Tân Long	Tan Long	Xã Tân Long	Xã
31744	948	94	Long Bình	Long Binh	Xã Long Bình	Xã
31747	948	94	3	3	Phường 3	Phường
31750	948	94	Mỹ Bình	My Binh	Xã Mỹ Bình	Xã
31753	948	94	Mỹ Quới	My Quoi	Xã Mỹ Quới	Xã
31756	949	94	Phú Lộc	Phu Loc	Thị trấn Phú Lộc	Thị trấn
31757	949	94	Hưng Lợi	Hung Loi	Thị trấn Hưng Lợi	Thị trấn
31759	949	94	Lâm Tân	Lam Tan	Xã Lâm Tân	Xã
31762	949	94	Thạnh Tân	Thanh Tan	Xã Thạnh Tân	Xã
31765	949	94	Lâm Kiết	Lam Kiet	Xã Lâm Kiết	Xã
31768	949	94	Tuân Tức	Tuan Tuc	Xã Tuân Tức	Xã
31771	949	94	Vĩnh Thành	Vinh Thanh	Xã Vĩnh Thành	Xã
31774	949	94	Thạnh Trị	Thanh Tri	Xã Thạnh Trị	Xã
31777	949	94	Vĩnh Lợi	Vinh Loi	Xã Vĩnh Lợi	Xã
31780	949	94	Châu Hưng	Chau Hung	Xã Châu Hưng	Xã
31783	950	94	1	1	Phường 1	Phường
31786	950	94	Hòa Đông	Hoa Dong	Xã Hòa Đông	Xã
31789	950	94	Khánh Hòa	Khanh Hoa	Phường Khánh Hòa	Phường
31792	950	94	Vĩnh Hiệp	Vinh Hiep	Xã Vĩnh Hiệp	Xã
31795	950	94	Vĩnh Hải	Vinh Hai	Xã Vĩnh Hải	Xã
31798	950	94	Lạc Hòa	Lac Hoa	Xã Lạc Hòa	Xã
31801	950	94	2	2	Phường 2	Phường
31804	950	94	Vĩnh Phước	Vinh Phuoc	Phường Vĩnh Phước	Phường
31807	950	94	Vĩnh Tân	Vinh Tan	Xã Vĩnh Tân	Xã
31810	950	94	Lai Hòa	Lai Hoa	Xã Lai Hòa	Xã
31672	951	94	Đại Ân 2	Dai An 2	Xã Đại Ân 2	Xã
31673	951	94	Trần Đề	Tran De	Thị trấn Trần Đề	Thị trấn
31675	951	94	Liêu Tú	Lieu Tu	Xã Liêu Tú	Xã
31678	951	94	Lịch Hội Thượng	Lich Hoi Thuong	Xã Lịch Hội Thượng	Xã
31679	951	94	Lịch Hội Thượng	Lich Hoi Thuong	Thị trấn Lịch Hội Thượng	Thị trấn
31681	951	94	Trung Bình	Trung Binh	Xã Trung Bình	Xã
31687	951	94	Tài Văn	Tai Van	Xã Tài Văn	Xã
31696	951	94	Viên An	Vien An	Xã Viên An	Xã
31699	951	94	Thạnh Thới An	Thanh Thoi An	Xã Thạnh Thới An	Xã
31702	951	94	Thạnh Thới Thuận	Thanh Thoi Thuan	Xã Thạnh Thới Thuận	Xã
31705	951	94	Viên Bình	Vien Binh	Xã Viên Bình	Xã
31813	954	95	2	2	Phường 2	Phường
31816	954	95	3	3	Phường 3	Phường
31819	954	95	5	5	Phường 5	Phường
31822	954	95	7	7	Phường 7	Phường
31825	954	95	1	1	Phường 1	Phường
31828	954	95	8	8	Phường 8	Phường
31831	954	95	Nhà Mát	Nha Mat	Phường Nhà Mát	Phường
31834	954	95	Vĩnh Trạch	Vinh Trach	Xã Vĩnh Trạch	Xã
31837	954	95	Vĩnh Trạch Đông	Vinh Trach Dong	Xã Vĩnh Trạch Đông	Xã
31840	954	95	Hiệp Thành	Hiep Thanh	Xã Hiệp Thành	Xã
31843	956	95	Ngan Dừa	Ngan Dua	Thị trấn Ngan Dừa	Thị trấn
31846	956	95	Ninh Quới	Ninh Quoi	Xã Ninh Quới	Xã
31849	956	95	Ninh Quới A	Ninh Quoi A	Xã Ninh Quới A	Xã
31852	956	95	Ninh Hòa	Ninh Hoa	Xã Ninh Hòa	Xã
31855	956	95	Lộc Ninh	Loc Ninh	Xã Lộc Ninh	Xã
31858	956	95	Vĩnh Lộc	Vinh Loc	Xã Vĩnh Lộc	Xã
31861	956	95	Vĩnh Lộc A	Vinh Loc A	Xã Vĩnh Lộc A	Xã
31863	956	95	Ninh Thạnh Lợi A	Ninh Thanh Loi A	Xã Ninh Thạnh Lợi A	Xã
31864	956	95	Ninh Thạnh Lợi	Ninh Thanh Loi	Xã Ninh Thạnh Lợi	Xã
31867	957	95	Phước Long	Phuoc Long	Thị trấn Phước Long	Thị trấn
31870	957	95	Vĩnh Phú Đông	Vinh Phu Dong	Xã Vĩnh Phú Đông	Xã
31873	957	95	Vĩnh Phú Tây	Vinh Phu Tay	Xã Vĩnh Phú Tây	Xã
31876	957	95	Phước Long	Phuoc Long	Xã Phước Long	Xã
31879	957	95	Hưng Phú	Hung Phu	Xã Hưng Phú	Xã
31882	957	95	Vĩnh Thanh	Vinh Thanh	Xã Vĩnh Thanh	Xã
31885	957	95	Phong Thạnh Tây A	Phong Thanh Tay A	Xã Phong Thạnh Tây A	Xã
31888	957	95	Phong Thạnh Tây B	Phong Thanh Tay B	Xã Phong Thạnh Tây B	Xã
31894	958	95	Vĩnh Hưng	Vinh Hung	Xã Vĩnh Hưng	Xã
31897	958	95	Vĩnh Hưng A	Vinh Hung A	Xã Vĩnh Hưng A	Xã
31900	958	95	Châu Hưng	Chau Hung	Thị trấn Châu Hưng	Thị trấn
31903	958	95	Châu Hưng A	Chau Hung A	Xã Châu Hưng A	Xã
31906	958	95	Hưng Thành	Hung Thanh	Xã Hưng Thành	Xã
31909	958	95	Hưng Hội	Hung Hoi	Xã Hưng Hội	Xã
31912	958	95	Châu Thới	Chau Thoi	Xã Châu Thới	Xã
31921	958	95	Long Thạnh	Long Thanh	Xã Long Thạnh	Xã
31942	959	95	1	1	Phường 1	Phường
31945	959	95	Hộ Phòng	Ho Phong	Phường Hộ Phòng	Phường
31948	959	95	Phong Thạnh Đông	Phong Thanh Dong	Xã Phong Thạnh Đông	Xã
31951	959	95	Láng Tròn	Lang Tron	Phường Láng Tròn	Phường
31954	959	95	Phong Tân	Phong Tan	Xã Phong Tân	Xã
31957	959	95	Tân Phong	Tan Phong	Xã Tân Phong	Xã
31960	959	95	Phong Thạnh	Phong Thanh	Xã Phong Thạnh	Xã
31963	959	95	Phong Thạnh A	Phong Thanh A	Xã Phong Thạnh A	Xã
31966	959	95	Phong Thạnh Tây	Phong Thanh Tay	Xã Phong Thạnh Tây	Xã
31969	959	95	Tân Thạnh	Tan Thanh	Xã Tân Thạnh	Xã
31972	960	95	Gành Hào	Ganh Hao	Thị trấn Gành Hào	Thị trấn
31975	960	95	Long Điền Đông	Long Dien Dong	Xã Long Điền Đông	Xã
31978	960	95	Long Điền Đông A	Long Dien Dong A	Xã Long Điền Đông A	Xã
31981	960	95	Long Điền	Long Dien	Xã Long Điền	Xã
31984	960	95	Long Điền Tây	Long Dien Tay	Xã Long Điền Tây	Xã
31985	960	95	Điền Hải	Dien Hai	Xã Điền Hải	Xã
31987	960	95	An Trạch	An Trach	Xã An Trạch	Xã
31988	960	95	An Trạch A	An Trach A	Xã An Trạch A	Xã
31990	960	95	An Phúc	An Phuc	Xã An Phúc	Xã
31993	960	95	Định Thành	Dinh Thanh	Xã Định Thành	Xã
31996	960	95	Định Thành A	Dinh Thanh A	Xã Định Thành A	Xã
31891	961	95	Hòa Bình	Hoa Binh	Thị trấn Hòa Bình	Thị trấn
31915	961	95	Minh Diệu	Minh Dieu	Xã Minh Diệu	Xã
31918	961	95	Vĩnh Bình	Vinh Binh	Xã Vĩnh Bình	Xã
31924	961	95	Vĩnh Mỹ B	Vinh My B	Xã Vĩnh Mỹ B	Xã
31927	961	95	Vĩnh Hậu	Vinh Hau	Xã Vĩnh Hậu	Xã
31930	961	95	Vĩnh Hậu A	Vinh Hau A	Xã Vĩnh Hậu A	Xã
31933	961	95	Vĩnh Mỹ A	Vinh My A	Xã Vĩnh Mỹ A	Xã
31936	961	95	Vĩnh Thịnh	Vinh Thinh	Xã Vĩnh Thịnh	Xã
31999	964	96	9	9	Phường 9	Phường
32002	964	96	2	2	Phường 2	Phường
32005	964	96	1	1	Phường 1	Phường
32008	964	96	5	5	Phường 5	Phường
32014	964	96	8	8	Phường 8	Phường
32017	964	96	6	6	Phường 6	Phường
32020	964	96	7	7	Phường 7	Phường
32022	964	96	Tân Xuyên	Tan Xuyen	Phường Tân Xuyên	Phường
32023	964	96	An Xuyên	An Xuyen	Xã An Xuyên	Xã
32025	964	96	Tân Thành	Tan Thanh	Phường Tân Thành	Phường
32026	964	96	Tân Thành	Tan Thanh	Xã Tân Thành	Xã
32029	964	96	Tắc Vân	Tac Van	Xã Tắc Vân	Xã
32032	964	96	Lý Văn Lâm	Ly Van Lam	Xã Lý Văn Lâm	Xã
32035	964	96	Định Bình	Dinh Binh	Xã Định Bình	Xã
32038	964	96	Hòa Thành	Hoa Thanh	Xã Hòa Thành	Xã
32041	964	96	Hòa Tân	Hoa Tan	Xã Hòa Tân	Xã
32044	966	96	U Minh	U Minh	Thị trấn U Minh	Thị trấn
32047	966	96	Khánh Hòa	Khanh Hoa	Xã Khánh Hòa	Xã
32048	966	96	Khánh Thuận	Khanh Thuan	Xã Khánh Thuận	Xã
32050	966	96	Khánh Tiến	Khanh Tien	Xã Khánh Tiến	Xã
32053	966	96	Nguyễn Phích	Nguyen Phich	Xã Nguyễn Phích	Xã
32056	966	96	Khánh Lâm	Khanh Lam	Xã Khánh Lâm	Xã
32059	966	96	Khánh An	Khanh An	Xã Khánh An	Xã
32062	966	96	Khánh Hội	Khanh Hoi	Xã Khánh Hội	Xã
32065	967	96	Thới Bình	Thoi Binh	Thị trấn Thới Bình	Thị trấn
32068	967	96	Biển Bạch	Bien Bach	Xã Biển Bạch	Xã
32069	967	96	Tân Bằng	Tan Bang	Xã Tân Bằng	Xã
32071	967	96	Trí Phải	Tri Phai	Xã Trí Phải	Xã
32072	967	96	Trí Lực	Tri Luc	Xã Trí Lực	Xã
32074	967	96	Biển Bạch Đông	Bien Bach Dong	Xã Biển Bạch Đông	Xã
32077	967	96	Thới Bình	Thoi Binh	Xã Thới Bình	Xã
32080	967	96	Tân Phú	Tan Phu	Xã Tân Phú	Xã
32083	967	96	Tân Lộc Bắc	Tan Loc Bac	Xã Tân Lộc Bắc	Xã
32086	967	96	Tân Lộc	Tan Loc	Xã Tân Lộc	Xã
32089	967	96	Tân Lộc Đông	Tan Loc Dong	Xã Tân Lộc Đông	Xã
32092	967	96	Hồ Thị Kỷ	Ho Thi Ky	Xã Hồ Thị Kỷ	Xã
32095	968	96	Trần Văn Thời	Tran Van Thoi	Thị trấn Trần Văn Thời	Thị trấn
32098	968	96	Sông Đốc	Song Doc	Thị trấn Sông Đốc	Thị trấn
32101	968	96	Khánh Bình Tây Bắc	Khanh Binh Tay Bac	Xã Khánh Bình Tây Bắc	Xã
32104	968	96	Khánh Bình Tây	Khanh Binh Tay	Xã Khánh Bình Tây	Xã
32107	968	96	Trần Hợi	Tran Hoi	Xã Trần Hợi	Xã
32108	968	96	Khánh Lộc	Khanh Loc	Xã Khánh Lộc	Xã
32110	968	96	Khánh Bình	Khanh Binh	Xã Khánh Bình	Xã
32113	968	96	Khánh Hưng	Khanh Hung	Xã Khánh Hưng	Xã
32116	968	96	Khánh Bình Đông	Khanh Binh Dong	Xã Khánh Bình Đông	Xã
32119	968	96	Khánh Hải	Khanh Hai	Xã Khánh Hải	Xã
32122	968	96	Lợi An	Loi An	Xã Lợi An	Xã
32124	968	96	Phong Điền	Phong Dien	Xã Phong Điền	Xã
32125	968	96	Phong Lạc	Phong Lac	Xã Phong Lạc	Xã
32128	969	96	Cái Nước	Cai Nuoc	Thị trấn Cái Nước	Thị trấn
32130	969	96	Thạnh Phú	Thanh Phu	Xã Thạnh Phú	Xã
32131	969	96	Lương Thế Trân	Luong The Tran	Xã Lương Thế Trân	Xã
32134	969	96	Phú Hưng	Phu Hung	Xã Phú Hưng	Xã
32137	969	96	Tân Hưng	Tan Hung	Xã Tân Hưng	Xã
32140	969	96	Hưng Mỹ	Hung My	Xã Hưng Mỹ	Xã
32141	969	96	Hoà Mỹ	Hoa My	Xã Hoà Mỹ	Xã
32142	969	96	Đông Hưng	Dong Hung	Xã Đông Hưng	Xã
32143	969	96	Đông Thới	Dong Thoi	Xã Đông Thới	Xã
32146	969	96	Tân Hưng Đông	Tan Hung Dong	Xã Tân Hưng Đông	Xã
32149	969	96	Trần Thới	Tran Thoi	Xã Trần Thới	Xã
32152	970	96	Đầm Dơi	Dam Doi	Thị trấn Đầm Dơi	Thị trấn
32155	970	96	Tạ An Khương	Ta An Khuong	Xã Tạ An Khương	Xã
32158	970	96	Tạ An Khương Đông	Ta An Khuong Dong	Xã Tạ An Khương Đông	Xã
32161	970	96	Trần Phán	Tran Phan	Xã Trần Phán	Xã
32162	970	96	Tân Trung	Tan Trung	Xã Tân Trung	Xã
32164	970	96	Tân Đức	Tan Duc	Xã Tân Đức	Xã
32167	970	96	Tân Thuận	Tan Thuan	Xã Tân Thuận	Xã
32170	970	96	Tạ An Khương Nam	Ta An Khuong Nam	Xã Tạ An Khương Nam	Xã
32173	970	96	Tân Duyệt	Tan Duyet	Xã Tân Duyệt	Xã
32174	970	96	Tân Dân	Tan Dan	Xã Tân Dân	Xã
32176	970	96	Tân Tiến	Tan Tien	Xã Tân Tiến	Xã
32179	970	96	Quách Phẩm Bắc	Quach Pham Bac	Xã Quách Phẩm Bắc	Xã
32182	970	96	Quách Phẩm	Quach Pham	Xã Quách Phẩm	Xã
32185	970	96	Thanh Tùng	Thanh Tung	Xã Thanh Tùng	Xã
32186	970	96	Ngọc Chánh	Ngoc Chanh	Xã Ngọc Chánh	Xã
32188	970	96	Nguyễn Huân	Nguyen Huan	Xã Nguyễn Huân	Xã
32191	971	96	Năm Căn	Nam Can	Thị trấn Năm Căn	Thị trấn
32194	971	96	Hàm Rồng	Ham Rong	Xã Hàm Rồng	Xã
32197	971	96	Hiệp Tùng	Hiep Tung	Xã Hiệp Tùng	Xã
32200	971	96	Đất Mới	Dat Moi	Xã Đất Mới	Xã
32201	971	96	Lâm Hải	Lam Hai	Xã Lâm Hải	Xã
32203	971	96	Hàng Vịnh	Hang Vinh	Xã Hàng Vịnh	Xã
32206	971	96	Tam Giang	Tam Giang	Xã Tam Giang	Xã
32209	971	96	Tam Giang Đông	Tam Giang Dong	Xã Tam Giang Đông	Xã
32212	972	96	Cái Đôi Vàm	Cai Doi Vam	Thị trấn Cái Đôi Vàm	Thị trấn
32214	972	96	Phú Thuận	Phu Thuan	Xã Phú Thuận	Xã
32215	972	96	Phú Mỹ	Phu My	Xã Phú Mỹ	Xã
32218	972	96	Phú Tân	Phu Tan	Xã Phú Tân	Xã
32224	972	96	Việt Thắng	Viet Thang	Xã Việt Thắng	Xã
32227	972	96	Tân Hưng Tây	Tan Hung Tay	Xã Tân Hưng Tây	Xã
32228	972	96	Rạch Chèo	Rach Cheo	Xã Rạch Chèo	Xã
32230	972	96	Nguyễn Việt Khái	Nguyen Viet Khai	Xã Nguyễn Việt Khái	Xã
32233	973	96	Tam Giang Tây	Tam Giang Tay	Xã Tam Giang Tây	Xã
32236	973	96	Tân Ân Tây	Tan An Tay	Xã Tân Ân Tây	Xã
32239	973	96	Viên An Đông	Vien An Dong	Xã Viên An Đông	Xã
32242	973	96	Viên An	Vien An	Xã Viên An	Xã
32244	973	96	Rạch Gốc	Rach Goc	Thị trấn Rạch Gốc	Thị trấn
32245	973	96	Tân Ân	Tan An	Xã Tân Ân	Xã
32248	973	96	Đất Mũi	Dat Mui	Xã Đất Mũi	Xã
$tsv$, E'\n'), E'\n')) AS l(line),
       LATERAL (SELECT pg_catalog.string_to_array(pg_catalog.ltrim(l.line, E'\n'), E'\t') AS f) AS s
 WHERE l.line <> '';


CREATE VIEW @extschema@.pre2025_units AS
SELECT c.commune_code, c.full_name_vi AS commune_name, c.district_code,
       p.gso_code AS province_gso_code, p.id_code AS province_id_code,
       p.name_vi AS province_name, p.new_gso_code AS province_2025_gso_code,
       p.new_name_vi AS province_2025_name
  FROM @extschema@.pre2025_communes c
  JOIN @extschema@.pre2025_provinces p ON p.gso_code = c.province_gso_code;
COMMENT ON VIEW @extschema@.pre2025_units IS
    'Each pre-2025 commune with its province: GSO code, id-number code, name, and the province it belongs to since 1 July 2025';
GRANT SELECT ON @extschema@.pre2025_provinces, @extschema@.pre2025_communes,
    @extschema@.pre2025_units TO PUBLIC;
-- population_rules install script, piece 42: data of the sample-population
-- generator.  GENERATED by data/make_pieces.py: do not edit.
-- Names: compiled by data/names/compile_names.py from the real names of
-- duyet/vietnamese-namedb uit_member.json (MIT), 8,757 full names typed by
-- users of a university forum in 2016; family-name weights are DOMAIN.md's
-- national shares (Nguyễn 38%, Trần 11%, ...), the rest in forum proportion.
-- Legacy encodings: Unikey's converter tables (TCVN3, VNI-Windows), as they
-- look when the bytes are read as Windows-1252.
-- CMND prefixes: the vi.wikipedia table as quoted by vilado.vn (some rows
-- unconfirmed): used only to make plausible sample numbers.

CREATE TABLE @extschema@.sample_names (
    part text NOT NULL CHECK (part IN ('family', 'middle', 'given')),
    sex text NOT NULL CHECK (sex IN ('', 'M', 'F')),
    name text NOT NULL,
    weight integer NOT NULL CHECK (weight > 0),
    PRIMARY KEY (part, sex, name)
);
COMMENT ON TABLE @extschema@.sample_names IS
    'Name parts of the sample-population generator with their weights: family names (national shares), middle parts and given names by sex (from real forum names)';

INSERT INTO @extschema@.sample_names (part, sex, name, weight)
SELECT (s.f)[1]::text, (s.f)[2]::text, (s.f)[3]::text, (s.f)[4]::integer
  FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.rtrim($tsv$
family		Nguyễn	3800
family		Trần	1100
family		Lê	950
family		Phạm	700
family		Hoàng	250
family		Huỳnh	250
family		Phan	450
family		Vũ	200
family		Võ	200
family		Đặng	210
family		Bùi	200
family		Đỗ	140
family		Hồ	130
family		Ngô	130
family		Dương	100
family		Lý	50
family		Trương	143
family		Đoàn	84
family		Đinh	74
family		Trịnh	69
family		Cao	67
family		Đào	59
family		Mai	57
family		Lương	50
family		Lưu	47
family		Lâm	45
family		Hà	35
family		Phùng	30
family		Thái	30
family		Tạ	27
family		Tô	20
family		Vương	20
family		Châu	18
family		Chu	14
family		Quách	13
family		Từ	13
family		Tôn	12
family		Tống	12
family		Đồng	12
family		Hứa	10
family		Tăng	10
family		Lã	9
family		Đậu	9
family		Diệp	8
family		Đàm	8
family		Kiều	7
family		La	7
family		Lại	7
family		Triệu	7
family		Thạch	6
family		Chung	5
family		Dư	5
family		Lữ	5
family		Bạch	4
family		Giang	4
family		Hồng	4
family		Nhan	4
family		Trang	4
family		Âu	4
family		Bành	3
family		Cáp	3
family		Mã	3
family		Nông	3
family		Phó	3
family		Thân	3
family		Vy	3
family		Cù	2
family		Danh	2
family		Hàn	2
family		Hùynh	2
family		Khương	2
family		Mạc	2
family		Nghiêm	2
family		Nhữ	2
family		Quang	2
family		Sầm	2
family		Trà	2
family		Tưởng	2
family		Ung	2
family		Vi	2
family		Ông	2
middle	F	Thị	189
middle	F	Thị Thu	40
middle	F	Thị Thanh	39
middle	F	Thị Kim	37
middle	F	Thị Ngọc	37
middle	F	Ngọc	23
middle	F	Thị Mỹ	21
middle	F	Thanh	15
middle	F	Thị Bích	14
middle	F	Thị Hồng	13
middle	F	Thị Minh	13
middle	F	Thị Phương	13
middle	F	Hoàng	12
middle	F	Hồng	12
middle	F	Kim	11
middle	F	Minh	11
middle	F	Thị Thùy	11
middle	F	Thị Diễm	8
middle	F	Thị Kiều	8
middle	F	Thị Như	8
middle	F	Thị Thúy	8
middle	F	Hữu	7
middle	F	Thị Anh	7
middle	F	Thị Cẩm	7
middle	F	Thị Lệ	7
middle	F	Thị Tuyết	7
middle	F	Thị Xuân	7
middle	F	Xuân	7
middle	F	Đình	7
middle	F	Hải	6
middle	F	Thị Diệu	6
middle	F	Thị Lan	6
middle	F	Thị Quỳnh	6
middle	F	Thị Thảo	6
middle	F	Thị Yến	6
middle	F	Mạnh	5
middle	F	Thị Hải	5
middle	F	Đức	5
middle	F	Phương	4
middle	F	Thu	4
middle	F	Thùy	4
middle	F	Thị Hương	4
middle	F	Thị Trúc	4
middle	F	Thị Ánh	4
middle	F	Diệu	3
middle	F	Huỳnh	3
middle	F	Quang	3
middle	F	Thành	3
middle	F	Thế	3
middle	F	Thị Hiền	3
middle	F	Thị Hoài	3
middle	F	Thị Huyền	3
middle	F	Thị Thiên	3
middle	F	Việt	3
middle	F	Yến	3
middle	F	Bích	2
middle	F	Bảo	2
middle	F	Hoài	2
middle	F	Huỳnh Phương	2
middle	F	Hạnh	2
middle	F	Kiều	2
middle	F	Linh	2
middle	F	Long	2
middle	F	Nguyễn Ngọc	2
middle	F	Ngọc Bảo	2
middle	F	Phước	2
middle	F	Quốc	2
middle	F	Quỳnh	2
middle	F	Thuỳ	2
middle	F	Thái	2
middle	F	Thúy	2
middle	F	Thạch	2
middle	F	Thất	2
middle	F	Thị Bé	2
middle	F	Thị Châu	2
middle	F	Thị Hoàng	2
middle	F	Thị Huỳnh	2
middle	F	Thị Hà	2
middle	F	Thị Hằng	2
middle	F	Thị Khánh	2
middle	F	Thị Mộng	2
middle	F	Thị Nguyệt	2
middle	F	Thị Thuý	2
middle	F	Thị Thuỳ	2
middle	F	Thị Trường	2
middle	F	Thị Tố	2
middle	F	Trung	2
middle	F	Trần Thanh	2
middle	F	Tuyết	2
middle	F	Vinh	2
middle	M	Văn	891
middle	M	Minh	246
middle	M	Hoàng	199
middle	M	Thanh	193
middle	M	Quốc	182
middle	M	Ngọc	173
middle	M	Đức	156
middle	M	Quang	153
middle	M	Anh	118
middle	M	Thành	112
middle	M	Hữu	107
middle	M	Xuân	103
middle	M	Trung	101
middle	M	Tấn	93
middle	M	Đình	92
middle	M	Duy	90
middle	M	Tiến	74
middle	M	Thế	61
middle	M	Trọng	59
middle	M	Công	53
middle	M	Mạnh	53
middle	M	Nhật	50
middle	M	Huy	49
middle	M	Hồng	45
middle	M	Đăng	42
middle	M	Việt	37
middle	M	Thái	35
middle	M	Tuấn	34
middle	M	Chí	32
middle	M	Phước	32
middle	M	Bảo	30
middle	M	Hoài	29
middle	M	Bá	27
middle	M	Viết	25
middle	M	Khắc	24
middle	M	Khánh	23
middle	M	Cao	21
middle	M	Lê	21
middle	M	Gia	20
middle	M	Kim	20
middle	M	Phú	20
middle	M	Phương	20
middle	M	Vũ	20
middle	M	Hải	19
middle	M	Nguyên	18
middle	M	Phúc	18
middle	M	Thiên	18
middle	M	Vĩnh	18
middle	M	Phi	16
middle	M	Sơn	16
middle	M	Trí	15
middle	M	Thiện	13
middle	M	Trần	13
middle	M	Đại	13
middle	M	Trường	12
middle	M	Nhựt	11
middle	M	Hùng	10
middle	M	Tất	10
middle	M	Huỳnh	8
middle	M	Nam	8
middle	M	Tùng	8
middle	M	Như	7
middle	M	Sĩ	6
middle	M	An	5
middle	M	Hiếu	5
middle	M	Hà	5
middle	M	Nguyễn	5
middle	M	Nguyễn Hoàng	5
middle	M	Phan	5
middle	M	Phát	5
middle	M	Quý	5
middle	M	Sỹ	5
middle	M	Vinh	5
middle	M	Vương	5
middle	M	Đạt	5
middle	M	Hoàn	4
middle	M	Khương	4
middle	M	Long	4
middle	M	Nguyễn Anh	4
middle	M	Nguyễn Duy	4
middle	M	Ngọc Bảo	4
middle	M	Ngọc Minh	4
middle	M	Thuận	4
middle	M	Toàn	4
middle	M	Văn Thanh	4
middle	M	Đắc	4
middle	M	Đặng	4
middle	M	Đỗ	4
middle	M	Bình	3
middle	M	Chiến	3
middle	M	Châu	3
middle	M	Chấn	3
middle	M	Cảnh	3
middle	M	Dương	3
middle	M	Hoàng Hải	3
middle	M	Hoàng Ngọc	3
middle	M	Huỳnh Minh	3
middle	M	Huỳnh Đức	3
middle	M	Hưng	3
middle	M	Lê Bảo	3
middle	M	Lê Minh	3
middle	M	Lê Ngọc	3
middle	M	Lê Thanh	3
middle	M	Lê Thành	3
middle	M	Nghĩa	3
middle	M	Nguyễn Bảo	3
middle	M	Nguyễn Khánh	3
middle	M	Phạm Minh	3
middle	M	Phạm Quốc	3
middle	M	Thăng	3
middle	M	Tiểu	3
middle	M	Triệu	3
middle	M	Trần Hoàng	3
middle	M	Trần Quốc	3
middle	M	Tâm	3
middle	M	Văn Minh	3
middle	M	Văn Quốc	3
middle	M	Vạn	3
middle	M	Đạo	3
middle	M	Đức Minh	3
middle	M	Bách	2
middle	M	Cần	2
middle	M	Cẩm	2
middle	M	Hiển	2
middle	M	Hoà	2
middle	M	Hoàng Anh	2
middle	M	Hoàng Khánh	2
middle	M	Hoàng Phúc	2
middle	M	Huỳnh Trung	2
middle	M	Hàn	2
middle	M	Hào	2
middle	M	Hòa	2
middle	M	Hạnh	2
middle	M	Khả	2
middle	M	Kiến	2
middle	M	Linh	2
middle	M	Liên	2
middle	M	Lâm	2
middle	M	Lê Hoàng	2
middle	M	Lê Trung	2
middle	M	Lý	2
middle	M	Lương	2
middle	M	Lộc	2
middle	M	Mai	2
middle	M	Mậu	2
middle	M	Nguyễn Hữu	2
middle	M	Nguyễn Mạnh	2
middle	M	Nguyễn Quang	2
middle	M	Nguyễn Quốc	2
middle	M	Nguyễn Tấn	2
middle	M	Nguyễn Đức	2
middle	M	Ngọc Duy	2
middle	M	Ngọc Thanh	2
middle	M	Ngọc Thái	2
middle	M	Ngọc Đăng	2
middle	M	Nhi	2
middle	M	Nhân	2
middle	M	Nương	2
middle	M	Phạm	2
middle	M	Phạm Hoàng	2
middle	M	Phạm Thanh	2
middle	M	Phạm Tuấn	2
middle	M	Phạm Đăng	2
middle	M	Quang Anh	2
middle	M	Quyết	2
middle	M	Sanh	2
middle	M	Thất	2
middle	M	Trần Duy	2
middle	M	Trần Minh	2
middle	M	Trần Nhật	2
middle	M	Trần Tiến	2
middle	M	Tú	2
middle	M	Tăng	2
middle	M	Tự Đăng	2
middle	M	Viết Hoàng	2
middle	M	Võ Quang	2
middle	M	Văn Hoàng	2
middle	M	Văn Thành	2
middle	M	Vũ Ngọc	2
middle	M	Vũ Quốc	2
middle	M	Vũ Thanh	2
middle	M	Vũ Đăng	2
middle	M	Đinh	2
middle	M	Đình Hoàng	2
middle	M	Đường	2
middle	M	Đặng Thành	2
middle	M	Ất	2
given	F	Anh	100
given	F	Phương	63
given	F	Linh	51
given	F	Thảo	50
given	F	Nguyên	48
given	F	Tâm	42
given	F	Hà	41
given	F	Ngọc	39
given	F	Ngân	34
given	F	Tú	34
given	F	Thanh	32
given	F	Trang	32
given	F	Dung	28
given	F	An	26
given	F	Hải	26
given	F	Hiền	23
given	F	Hiển	22
given	F	Thi	22
given	F	Châu	21
given	F	Giang	21
given	F	Thương	21
given	F	Hạnh	19
given	F	Nga	19
given	F	Sang	19
given	F	Hoàng	18
given	F	Huyền	18
given	F	Hương	18
given	F	Yến	18
given	F	Loan	17
given	F	Mai	17
given	F	Hằng	16
given	F	Nhi	16
given	F	Nhân	16
given	F	Vân	16
given	F	Dương	14
given	F	Minh	14
given	F	Phúc	14
given	F	Ánh	13
given	F	Kha	12
given	F	Sơn	12
given	F	Trâm	12
given	F	Ân	12
given	F	Lộc	11
given	F	My	11
given	F	Thúy	11
given	F	Thư	11
given	F	Tiên	11
given	F	Chung	10
given	F	Hân	10
given	F	Thủy	10
given	F	Chi	9
given	F	Chinh	9
given	F	Duyên	9
given	F	Hoa	9
given	F	Hưng	9
given	F	Ly	9
given	F	Quỳnh	9
given	F	Thùy	9
given	F	Thắng	9
given	F	Trúc	9
given	F	Hồng	8
given	F	Nhung	8
given	F	Như	8
given	F	Thịnh	8
given	F	Tân	8
given	F	Uyên	8
given	F	Xuân	8
given	F	Hiếu	7
given	F	Lý	7
given	F	Nhơn	7
given	F	Phước	7
given	F	Quyên	7
given	F	Thu	7
given	F	Vy	7
given	F	Ái	7
given	F	Diệu	6
given	F	Hoài	6
given	F	Hòa	6
given	F	Hường	6
given	F	Khuê	6
given	F	Kiều	6
given	F	Lan	6
given	F	Oanh	6
given	F	Thoa	6
given	F	Trinh	6
given	F	Trân	6
given	F	Tuyết	6
given	F	Tính	6
given	F	Ý	6
given	F	Huệ	5
given	F	Thơ	5
given	F	Trà	5
given	F	Tuyền	5
given	F	Bích	4
given	F	Diễm	4
given	F	Hậu	4
given	F	Liên	4
given	F	Lưu	4
given	F	Lương	4
given	F	Lệ	4
given	F	Nguyệt	4
given	F	Nương	4
given	F	Sương	4
given	F	Thuý	4
given	F	Thắm	4
given	F	Âu	4
given	F	Hoà	3
given	F	Lanh	3
given	F	Nhàn	3
given	F	Ninh	3
given	F	Quy	3
given	F	Quyết	3
given	F	Quyền	3
given	F	Sâm	3
given	F	Tiền	3
given	F	Tri	3
given	F	Trưởng	3
given	F	Xuyến	3
given	F	Đan	3
given	F	Định	3
given	F	Bé	2
given	F	Cúc	2
given	F	Hiên	2
given	F	Huỳnh	2
given	F	Mi	2
given	F	Mến	2
given	F	Mỹ	2
given	F	Ngoan	2
given	F	Nhớ	2
given	F	Ni	2
given	F	Phượng	2
given	F	Sa	2
given	F	Sen	2
given	F	Sinh	2
given	F	Thao	2
given	F	Thuỷ	2
given	F	Thy	2
given	F	Thơm	2
given	F	Thường	2
given	F	Tình	2
given	F	Vấn	2
given	F	Y	2
given	F	Đoan	2
given	F	Chuyên	1
given	F	Chăm	1
given	F	Hieàn	1
given	F	Hoành	1
given	F	Huyên	1
given	F	Hận	1
given	F	Hởi	1
given	F	Lil	1
given	F	Lài	1
given	F	Lành	1
given	F	Mười	1
given	F	Mận	1
given	F	Mỉnh	1
given	F	Ngà	1
given	F	Nhiệm	1
given	F	Nhuân	1
given	F	Nhường	1
given	F	Niệm	1
given	F	Ny	1
given	F	Nên	1
given	F	Quế	1
given	F	Riếp	1
given	F	Tho	1
given	F	Thuyền	1
given	F	Thuân	1
given	F	Thuỳ	1
given	F	Thú	1
given	F	Thượng	1
given	F	Thầm	1
given	F	Thục	1
given	F	Thứ	1
given	F	Tám	1
given	F	Vươn	1
given	F	Xoan	1
given	F	Đượm	1
given	M	Huy	186
given	M	Tuấn	174
given	M	Duy	140
given	M	Nam	135
given	M	Dũng	120
given	M	Đạt	116
given	M	Cường	115
given	M	Hiếu	115
given	M	Hoàng	115
given	M	Hùng	115
given	M	Tùng	113
given	M	Minh	108
given	M	Thành	107
given	M	Trung	104
given	M	Long	102
given	M	Anh	100
given	M	Sơn	100
given	M	Vũ	97
given	M	Đức	94
given	M	Tiến	90
given	M	Khoa	83
given	M	Hải	79
given	M	Vinh	76
given	M	Khánh	75
given	M	Thắng	75
given	M	Thịnh	75
given	M	Phúc	74
given	M	Quân	74
given	M	Tài	74
given	M	Trí	72
given	M	Toàn	69
given	M	Bảo	68
given	M	Phong	68
given	M	Hưng	66
given	M	Nghĩa	66
given	M	Quang	63
given	M	Bình	62
given	M	Việt	62
given	M	Lâm	58
given	M	Trường	57
given	M	Thái	53
given	M	Tín	52
given	M	Phát	51
given	M	Phú	51
given	M	Tâm	51
given	M	Nhân	50
given	M	Thiện	50
given	M	Nguyên	48
given	M	Tân	48
given	M	Thông	46
given	M	Lộc	45
given	M	An	44
given	M	Luân	44
given	M	Dương	42
given	M	Linh	42
given	M	Thuận	38
given	M	Vương	38
given	M	Mạnh	37
given	M	Danh	36
given	M	Phước	36
given	M	Công	35
given	M	Hiệp	35
given	M	Đăng	35
given	M	Đại	33
given	M	Nhật	31
given	M	Khang	30
given	M	Quốc	30
given	M	Sang	29
given	M	Thanh	28
given	M	Hòa	27
given	M	Hậu	27
given	M	Kiên	26
given	M	Phương	26
given	M	Quý	26
given	M	Tú	25
given	M	Lợi	24
given	M	Phi	24
given	M	Khải	23
given	M	Kiệt	23
given	M	Thọ	22
given	M	Chương	20
given	M	Khôi	20
given	M	Trọng	20
given	M	Nhựt	18
given	M	Cảnh	17
given	M	Thiên	17
given	M	Đông	17
given	M	Chiến	16
given	M	Giang	16
given	M	Định	16
given	M	Triều	15
given	M	Hoàn	14
given	M	Khiêm	14
given	M	Mẫn	14
given	M	Bằng	13
given	M	Khanh	13
given	M	Kha	12
given	M	Lập	12
given	M	Quyền	12
given	M	Thức	12
given	M	Trực	12
given	M	Tuân	12
given	M	Ân	12
given	M	Chính	11
given	M	Luận	11
given	M	Lực	11
given	M	Ngọc	11
given	M	Nhã	11
given	M	Quyết	11
given	M	Thạch	11
given	M	Vượng	11
given	M	Cương	10
given	M	Hiền	10
given	M	Mỹ	10
given	M	Phụng	10
given	M	Trình	10
given	M	Vĩ	10
given	M	Huân	9
given	M	Hữu	9
given	M	Sỹ	9
given	M	Tuyên	9
given	M	Duyệt	8
given	M	Hảo	8
given	M	Sinh	8
given	M	Toản	8
given	M	Điền	8
given	M	Điệp	8
given	M	Đồng	8
given	M	Chung	7
given	M	Du	7
given	M	Giáp	7
given	M	Huấn	7
given	M	Lê	7
given	M	Sĩ	7
given	M	Thi	7
given	M	Thưởng	7
given	M	Tiệp	7
given	M	Tịnh	7
given	M	Đoàn	7
given	M	Diệp	6
given	M	Em	6
given	M	Hiến	6
given	M	Hiệu	6
given	M	Hoài	6
given	M	Nhất	6
given	M	Sáng	6
given	M	Thuần	6
given	M	Thân	6
given	M	Thống	6
given	M	Tuyến	6
given	M	Tuyển	6
given	M	Tính	6
given	M	Uy	6
given	M	Bắc	5
given	M	Chinh	5
given	M	Hoan	5
given	M	Hóa	5
given	M	Hưởng	5
given	M	Nghiệp	5
given	M	Ninh	5
given	M	Quí	5
given	M	Quỳnh	5
given	M	Thoại	5
given	M	Thương	5
given	M	Tưởng	5
given	M	Tự	5
given	M	Xuân	5
given	M	Bách	4
given	M	Châu	4
given	M	Chí	4
given	M	Dự	4
given	M	Hướng	4
given	M	Lai	4
given	M	Lưu	4
given	M	Lượng	4
given	M	Nguyện	4
given	M	Nhuận	4
given	M	Như	4
given	M	Phục	4
given	M	Thiệu	4
given	M	Thìn	4
given	M	Thăng	4
given	M	Đạo	4
given	M	Độ	4
given	M	Biên	3
given	M	Bông	3
given	M	Chuẩn	3
given	M	Dân	3
given	M	Hoà	3
given	M	Huynh	3
given	M	Hà	3
given	M	Hạnh	3
given	M	Lý	3
given	M	Lịch	3
given	M	Nhàn	3
given	M	Song	3
given	M	Thuấn	3
given	M	Thể	3
given	M	Thủy	3
given	M	Tiên	3
given	M	Toán	3
given	M	Tuyền	3
given	M	Tý	3
given	M	Ban	2
given	M	Bão	2
given	M	Chiểu	2
given	M	Chức	2
given	M	Cân	2
given	M	Cúc	2
given	M	Diện	2
given	M	Duyên	2
given	M	Huỳnh	2
given	M	Hài	2
given	M	Hân	2
given	M	Kết	2
given	M	Luyện	2
given	M	Lăng	2
given	M	Mến	2
given	M	Ngoan	2
given	M	Ngân	2
given	M	Nhiều	2
given	M	Nhu	2
given	M	Phượng	2
given	M	Tam	2
given	M	Thao	2
given	M	Thiết	2
given	M	Thiều	2
given	M	Thuỷ	2
given	M	Thư	2
given	M	Thường	2
given	M	Thảo	2
given	M	Thụ	2
given	M	Thực	2
given	M	Toan	2
given	M	Trai	2
given	M	Trinh	2
given	M	Trắng	2
given	M	Tuất	2
given	M	Tình	2
given	M	Tư	2
given	M	Tất	2
given	M	Vui	2
given	M	Đặng	2
given	M	Ấng	2
given	M	Binh	1
given	M	Bàng	1
given	M	Bào	1
given	M	Bé	1
given	M	Bốn	1
given	M	Chiên	1
given	M	Chuyền	1
given	M	Chư	1
given	M	Chất	1
given	M	Cấp	1
given	M	Cự	1
given	M	Giaõ	1
given	M	Giới	1
given	M	Gẩm	1
given	M	Hanh	1
given	M	Hinh	1
given	M	Huần	1
given	M	Hương	1
given	M	Hạo	1
given	M	Hệ	1
given	M	Kachu	1
given	M	Khiển	1
given	M	Khoát	1
given	M	Khoẻ	1
given	M	Khuyến	1
given	M	Kiếm	1
given	M	Kế	1
given	M	La	1
given	M	Lành	1
given	M	Lã	1
given	M	Lũng	1
given	M	Lưỡng	1
given	M	Lẹ	1
given	M	Lỗi	1
given	M	Lừng	1
given	M	Miên	1
given	M	Myõ	1
given	M	Mãn	1
given	M	Mười	1
given	M	Một	1
given	M	Nghóa	1
given	M	Nghệ	1
given	M	Ngon	1
given	M	Nguyeân	1
given	M	Ngữ	1
given	M	Nhâm	1
given	M	Nhạn	1
given	M	Nhờ	1
given	M	Nhứt	1
given	M	Nèo	1
given	M	Nội	1
given	M	Oai	1
given	M	Oanh	1
given	M	Phiên	1
given	M	Pích	1
given	M	Qua	1
given	M	Quyến	1
given	M	Quế	1
given	M	Sáu	1
given	M	Thang	1
given	M	Thiệt	1
given	M	Thoảng	1
given	M	Thạo	1
given	M	Thặng	1
given	M	Thỏa	1
given	M	Thổ	1
given	M	Truyên	1
given	M	Tẩm	1
given	M	Vàng	1
given	M	Vẵn	1
given	M	Vỉnh	1
given	M	Xí	1
given	M	Xứng	1
given	M	Úy	1
given	M	Điềm	1
given	M	Điều	1
given	M	Điệu	1
given	M	Đảng	1
given	M	Ước	1
$tsv$, E'\n'), E'\n')) AS l(line),
       LATERAL (SELECT pg_catalog.string_to_array(pg_catalog.ltrim(l.line, E'\n'), E'\t') AS f) AS s
 WHERE l.line <> '';


CREATE TABLE @extschema@.sample_encoding (
    encoding text NOT NULL CHECK (encoding IN ('tcvn3', 'vni')),
    uni text NOT NULL,
    enc text NOT NULL,
    PRIMARY KEY (encoding, uni)
);
COMMENT ON TABLE @extschema@.sample_encoding IS
    'Test-data encoder tables: a Vietnamese letter and how it looks when typed in a TCVN3 or VNI-Windows font and read as Windows-1252 (the inverse of the repair tables)';

INSERT INTO @extschema@.sample_encoding (encoding, uni, enc)
SELECT (s.f)[1]::text, (s.f)[2]::text, (s.f)[3]::text
  FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.rtrim($tsv$
tcvn3	Ă	¡
tcvn3	Â	¢
tcvn3	Ê	£
tcvn3	Ô	¤
tcvn3	Ơ	¥
tcvn3	Ư	¦
tcvn3	Đ	§
tcvn3	ă	¨
tcvn3	â	©
tcvn3	ê	ª
tcvn3	ô	«
tcvn3	ơ	¬
tcvn3	ư	­
tcvn3	đ	®
tcvn3	à	µ
tcvn3	À	µ
tcvn3	ả	¶
tcvn3	Ả	¶
tcvn3	ã	·
tcvn3	Ã	·
tcvn3	á	¸
tcvn3	Á	¸
tcvn3	ạ	¹
tcvn3	Ạ	¹
tcvn3	ằ	»
tcvn3	Ằ	»
tcvn3	ẳ	¼
tcvn3	Ẳ	¼
tcvn3	ẵ	½
tcvn3	Ẵ	½
tcvn3	ắ	¾
tcvn3	Ắ	¾
tcvn3	ặ	Æ
tcvn3	Ặ	Æ
tcvn3	ầ	Ç
tcvn3	Ầ	Ç
tcvn3	ẩ	È
tcvn3	Ẩ	È
tcvn3	ẫ	É
tcvn3	Ẫ	É
tcvn3	ấ	Ê
tcvn3	Ấ	Ê
tcvn3	ậ	Ë
tcvn3	Ậ	Ë
tcvn3	è	Ì
tcvn3	È	Ì
tcvn3	ẻ	Î
tcvn3	Ẻ	Î
tcvn3	ẽ	Ï
tcvn3	Ẽ	Ï
tcvn3	é	Ð
tcvn3	É	Ð
tcvn3	ẹ	Ñ
tcvn3	Ẹ	Ñ
tcvn3	ề	Ò
tcvn3	Ề	Ò
tcvn3	ể	Ó
tcvn3	Ể	Ó
tcvn3	ễ	Ô
tcvn3	Ễ	Ô
tcvn3	ế	Õ
tcvn3	Ế	Õ
tcvn3	ệ	Ö
tcvn3	Ệ	Ö
tcvn3	ì	×
tcvn3	Ì	×
tcvn3	ỉ	Ø
tcvn3	Ỉ	Ø
tcvn3	ĩ	Ü
tcvn3	Ĩ	Ü
tcvn3	í	Ý
tcvn3	Í	Ý
tcvn3	ị	Þ
tcvn3	Ị	Þ
tcvn3	ò	ß
tcvn3	Ò	ß
tcvn3	ỏ	á
tcvn3	Ỏ	á
tcvn3	õ	â
tcvn3	Õ	â
tcvn3	ó	ã
tcvn3	Ó	ã
tcvn3	ọ	ä
tcvn3	Ọ	ä
tcvn3	ồ	å
tcvn3	Ồ	å
tcvn3	ổ	æ
tcvn3	Ổ	æ
tcvn3	ỗ	ç
tcvn3	Ỗ	ç
tcvn3	ố	è
tcvn3	Ố	è
tcvn3	ộ	é
tcvn3	Ộ	é
tcvn3	ờ	ê
tcvn3	Ờ	ê
tcvn3	ở	ë
tcvn3	Ở	ë
tcvn3	ỡ	ì
tcvn3	Ỡ	ì
tcvn3	ớ	í
tcvn3	Ớ	í
tcvn3	ợ	î
tcvn3	Ợ	î
tcvn3	ù	ï
tcvn3	Ù	ï
tcvn3	ủ	ñ
tcvn3	Ủ	ñ
tcvn3	ũ	ò
tcvn3	Ũ	ò
tcvn3	ú	ó
tcvn3	Ú	ó
tcvn3	ụ	ô
tcvn3	Ụ	ô
tcvn3	ừ	õ
tcvn3	Ừ	õ
tcvn3	ử	ö
tcvn3	Ử	ö
tcvn3	ữ	÷
tcvn3	Ữ	÷
tcvn3	ứ	ø
tcvn3	Ứ	ø
tcvn3	ự	ù
tcvn3	Ự	ù
tcvn3	ỳ	ú
tcvn3	Ỳ	ú
tcvn3	ỷ	û
tcvn3	Ỷ	û
tcvn3	ỹ	ü
tcvn3	Ỹ	ü
tcvn3	ý	ý
tcvn3	Ý	ý
tcvn3	ỵ	þ
tcvn3	Ỵ	þ
vni	Á	AÙ
vni	á	aù
vni	À	AØ
vni	à	aø
vni	Ả	AÛ
vni	ả	aû
vni	Ã	AÕ
vni	ã	aõ
vni	Ạ	AÏ
vni	ạ	aï
vni	Â	AÂ
vni	â	aâ
vni	Ấ	AÁ
vni	ấ	aá
vni	Ầ	AÀ
vni	ầ	aà
vni	Ẩ	AÅ
vni	ẩ	aå
vni	Ẫ	AÃ
vni	ẫ	aã
vni	Ậ	AÄ
vni	ậ	aä
vni	Ă	AÊ
vni	ă	aê
vni	Ắ	AÉ
vni	ắ	aé
vni	Ằ	AÈ
vni	ằ	aè
vni	Ẳ	AÚ
vni	ẳ	aú
vni	Ẵ	AÜ
vni	ẵ	aü
vni	Ặ	AË
vni	ặ	aë
vni	Đ	Ñ
vni	đ	ñ
vni	É	EÙ
vni	é	eù
vni	È	EØ
vni	è	eø
vni	Ẻ	EÛ
vni	ẻ	eû
vni	Ẽ	EÕ
vni	ẽ	eõ
vni	Ẹ	EÏ
vni	ẹ	eï
vni	Ê	EÂ
vni	ê	eâ
vni	Ế	EÁ
vni	ế	eá
vni	Ề	EÀ
vni	ề	eà
vni	Ể	EÅ
vni	ể	eå
vni	Ễ	EÃ
vni	ễ	eã
vni	Ệ	EÄ
vni	ệ	eä
vni	Í	Í
vni	í	í
vni	Ì	Ì
vni	ì	ì
vni	Ỉ	Æ
vni	ỉ	æ
vni	Ĩ	Ó
vni	ĩ	ó
vni	Ị	Ò
vni	ị	ò
vni	Ó	OÙ
vni	ó	où
vni	Ò	OØ
vni	ò	oø
vni	Ỏ	OÛ
vni	ỏ	oû
vni	Õ	OÕ
vni	õ	oõ
vni	Ọ	OÏ
vni	ọ	oï
vni	Ô	OÂ
vni	ô	oâ
vni	Ố	OÁ
vni	ố	oá
vni	Ồ	OÀ
vni	ồ	oà
vni	Ổ	OÅ
vni	ổ	oå
vni	Ỗ	OÃ
vni	ỗ	oã
vni	Ộ	OÄ
vni	ộ	oä
vni	Ơ	Ô
vni	ơ	ô
vni	Ớ	ÔÙ
vni	ớ	ôù
vni	Ờ	ÔØ
vni	ờ	ôø
vni	Ở	ÔÛ
vni	ở	ôû
vni	Ỡ	ÔÕ
vni	ỡ	ôõ
vni	Ợ	ÔÏ
vni	ợ	ôï
vni	Ú	UÙ
vni	ú	uù
vni	Ù	UØ
vni	ù	uø
vni	Ủ	UÛ
vni	ủ	uû
vni	Ũ	UÕ
vni	ũ	uõ
vni	Ụ	UÏ
vni	ụ	uï
vni	Ư	Ö
vni	ư	ö
vni	Ứ	ÖÙ
vni	ứ	öù
vni	Ừ	ÖØ
vni	ừ	öø
vni	Ử	ÖÛ
vni	ử	öû
vni	Ữ	ÖÕ
vni	ữ	öõ
vni	Ự	ÖÏ
vni	ự	öï
vni	Ý	YÙ
vni	ý	yù
vni	Ỳ	YØ
vni	ỳ	yø
vni	Ỷ	YÛ
vni	ỷ	yû
vni	Ỹ	YÕ
vni	ỹ	yõ
vni	Ỵ	Î
vni	ỵ	î
$tsv$, E'\n'), E'\n')) AS l(line),
       LATERAL (SELECT pg_catalog.string_to_array(pg_catalog.ltrim(l.line, E'\n'), E'\t') AS f) AS s
 WHERE l.line <> '';


CREATE TABLE @extschema@.sample_cmnd_prefix (
    id_code text PRIMARY KEY REFERENCES @extschema@.pre2025_provinces (id_code),
    prefix text NOT NULL
);
COMMENT ON TABLE @extschema@.sample_cmnd_prefix IS
    'Prefix of 9-digit CMND numbers issued in a province, for sample data only (several rows of the source are unconfirmed)';

INSERT INTO @extschema@.sample_cmnd_prefix (id_code, prefix)
SELECT (s.f)[1]::text, (s.f)[2]::text
  FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.rtrim($tsv$
001	01
002	07
004	08
006	095
008	07
010	06
011	04
012	04
014	05
015	06
017	11
019	090
020	08
022	10
024	12
025	13
026	13
027	12
030	14
031	03
033	14
034	15
035	16
036	16
037	16
038	17
040	18
042	18
044	19
045	19
046	19
048	20
049	20
051	21
052	21
054	22
056	22
058	26
060	26
062	23
064	230
066	24
067	245
068	25
070	285
072	29
074	280
075	27
077	27
079	02
080	30
082	31
083	32
084	33
086	33
087	34
089	35
091	37
092	36
093	36
094	36
095	38
096	38
$tsv$, E'\n'), E'\n')) AS l(line),
       LATERAL (SELECT pg_catalog.string_to_array(pg_catalog.ltrim(l.line, E'\n'), E'\t') AS f) AS s
 WHERE l.line <> '';


-- Locale-independent case mapping and accent stripping of Vietnamese letters
-- for the generator (the database's LC_CTYPE may be C).
CREATE FUNCTION @extschema@.sample_upper(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$ SELECT pg_catalog.upper(pg_catalog.translate($1, 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ', 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ')) $fn$;
COMMENT ON FUNCTION @extschema@.sample_upper(text) IS
    'Test-data tool: upper-case a Vietnamese name whatever the database locale (not the product''s vn_upper)';

CREATE FUNCTION @extschema@.sample_ascii(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$ SELECT pg_catalog.translate($1, 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'AAAAEEEIIOOOOUUYaaaaeeeiioooouuyAaDdIiUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy') $fn$;
COMMENT ON FUNCTION @extschema@.sample_ascii(text) IS
    'Test-data tool: strip Vietnamese accents (đ -> d) from an NFC name (not the product''s vn_ascii)';

GRANT SELECT ON @extschema@.sample_names, @extschema@.sample_encoding,
    @extschema@.sample_cmnd_prefix TO PUBLIC;
-- population_rules install script, piece 43: the embedded default tables.
--
-- create_reference_tables(schema) creates ready-made source tables with the
-- canonical columns, and the indexes the views rely on, in a schema of the
-- caller's; they belong to the caller, not to the extension, so DROP
-- EXTENSION never touches their rows.  Then it registers them.

CREATE FUNCTION @extschema@.create_reference_tables(schema name, dataset name DEFAULT NULL)
RETURNS SETOF @extschema@.sources
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ds name := coalesce(dataset, schema);
BEGIN
    IF schema IS NULL THEN
        RAISE EXCEPTION 'schema must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = 'The schema argument is NULL.',
                  HINT = 'Pass the name of the schema to create the tables in; it is created if it does not exist.';
    END IF;
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', schema);

    EXECUTE format($ddl$
        CREATE TABLE %1$I.persons (
            person_key bigint PRIMARY KEY,
            personal_id text,
            legacy_id text,
            full_name text,
            birth_date date,
            birth_date_precision text CHECK (birth_date_precision IN ('day', 'month', 'year')),
            sex text CHECK (sex IN ('M', 'F')),
            birth_province text,
            household_id bigint,
            relation_to_head text,
            commune_code text,
            resident boolean NOT NULL DEFAULT true,
            death_date date,
            biometric_hash text
        );
        CREATE INDEX ON %1$I.persons (personal_id);
        CREATE INDEX ON %1$I.persons (legacy_id);
        CREATE INDEX ON %1$I.persons (household_id);
        CREATE INDEX ON %1$I.persons (biometric_hash);
        CREATE INDEX ON %1$I.persons (commune_code);
        CREATE INDEX ON %1$I.persons ((@extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(full_name))));
        CREATE INDEX ON %1$I.persons ((@extschema@.vn_key_phonetic(@extschema@.vn_repair_legacy(full_name))));
        COMMENT ON TABLE %1$I.persons IS 'Persons: the person source of population_rules (canonical columns)';

        CREATE TABLE %1$I.id_documents (
            document_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            person_key bigint NOT NULL,
            number text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('cmnd9', 'cmnd12', 'cccd', 'cancuoc')),
            issue_date date,
            expiry_date date,
            status text NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'superseded', 'expired', 'cancelled', 'lost')),
            superseded_by text
        );
        CREATE INDEX ON %1$I.id_documents (person_key);
        CREATE INDEX ON %1$I.id_documents (number);
        COMMENT ON TABLE %1$I.id_documents IS 'Identity documents (CMND, CCCD, căn cước cards) of persons: the id_document source of population_rules';

        CREATE TABLE %1$I.sim_subscriptions (
            phone_number text PRIMARY KEY,
            subscriber_id text,
            subscriber_name text,
            birth_date date,
            carrier text,
            active boolean NOT NULL DEFAULT true
        );
        CREATE INDEX ON %1$I.sim_subscriptions (subscriber_id);
        COMMENT ON TABLE %1$I.sim_subscriptions IS 'Mobile subscriptions with the identity they are registered under: the sim_subscription source of population_rules';

        CREATE TABLE %1$I.insurance_records (
            insurance_code text PRIMARY KEY,
            id_number text,
            full_name text,
            birth_date date,
            sex text CHECK (sex IN ('M', 'F')),
            active boolean NOT NULL DEFAULT true
        );
        CREATE INDEX ON %1$I.insurance_records (id_number);
        COMMENT ON TABLE %1$I.insurance_records IS 'Social-insurance records: the insurance_record source of population_rules';

        CREATE TABLE %1$I.civil_events (
            event_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('birth', 'death')),
            id_number text,
            full_name text,
            birth_date date,
            event_date date,
            place text
        );
        CREATE INDEX ON %1$I.civil_events (id_number);
        COMMENT ON TABLE %1$I.civil_events IS 'Civil-status events (births, deaths): the civil_event source of population_rules';
    $ddl$, schema);

    PERFORM @extschema@.register_source('person', format('%I.persons', schema)::regclass, '{}', ds);
    PERFORM @extschema@.register_source('id_document', format('%I.id_documents', schema)::regclass, '{}', ds);
    PERFORM @extschema@.register_source('sim_subscription', format('%I.sim_subscriptions', schema)::regclass, '{}', ds);
    PERFORM @extschema@.register_source('insurance_record', format('%I.insurance_records', schema)::regclass, '{}', ds);
    PERFORM @extschema@.register_source('civil_event', format('%I.civil_events', schema)::regclass, '{}', ds);

    RETURN QUERY SELECT * FROM @extschema@.sources s WHERE s.dataset = ds ORDER BY s.kind;
END
$$;
COMMENT ON FUNCTION @extschema@.create_reference_tables(name, name) IS
    'Create the ready-made source tables (persons, id_documents, sim_subscriptions, insurance_records, civil_events) with their indexes in a schema of the caller''s and register them in a dataset (default: the schema name)';
-- population_rules install script, piece 44: small tools of the sample
-- generator (test-data tools, kept out of every hot path) and the card
-- validity rule it shares with the views.

-- A deterministic uniform number in [0, 1) from (seed, i, salt): 53 bits of
-- hashint8extended, which hashes the value (not its bytes), so the same seed
-- gives the same population on every platform.  Operators are written as
-- schema-qualified functions so that the body stays inlinable and safe
-- under any search_path.
CREATE FUNCTION @extschema@.sample_random(seed bigint, i bigint, salt integer)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.float8div(
        pg_catalog.int8and(
            pg_catalog.hashint8extended($2, pg_catalog.int8pl(pg_catalog.int8mul($1, 1000003), $3::pg_catalog.int8)),
            9007199254740991)::pg_catalog.float8,
        '9007199254740992'::pg_catalog.float8)
$$;
COMMENT ON FUNCTION @extschema@.sample_random(bigint, bigint, integer) IS
    'Test-data tool: deterministic pseudo-random number in [0, 1) for row i of a generator run with a seed, one stream per salt';

-- The date a card stops being valid (Law on Identification 2023, art. 21):
-- cards are renewed at 14, 25, 40 and 60; a card issued in the two years
-- before one of those ages lasts to the next one; from 58 on it lasts for
-- life (NULL).
CREATE FUNCTION @extschema@.card_expiry_date(birth_date date, issue_date date)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT (SELECT ($1 OPERATOR(pg_catalog.+) pg_catalog.make_interval(years => m))::pg_catalog.date
              FROM pg_catalog.unnest('{14,25,40,60}'::pg_catalog.int4[]) AS m
             WHERE ($1 OPERATOR(pg_catalog.+) pg_catalog.make_interval(years => m OPERATOR(pg_catalog.-) 2))
                   OPERATOR(pg_catalog.>) $2::pg_catalog.timestamp
             ORDER BY m LIMIT 1)
$$;
COMMENT ON FUNCTION @extschema@.card_expiry_date(date, date) IS
    'Expiry of an identity card issued on issue_date to a person born on birth_date: the next renewal age (14, 25, 40, 60) not within two years of the issue, NULL (for life) from age 58';

-- A name written the way a second, careless registration would write it.
-- Returns NULL when the variant does not apply to this name (no oa/oe/uy
-- syllable for the tone style, no confusable onset for the dialect...).
CREATE FUNCTION @extschema@.sample_name_variant(name text, variant text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d text;
    r text;
    w text[];
    i integer;
    t text;
BEGIN
    CASE variant
    WHEN 'nfd' THEN
        r := normalize(name, NFD);
    WHEN 'no_accents' THEN
        r := @extschema@.sample_ascii(name);
    WHEN 'all_caps' THEN
        r := @extschema@.sample_upper(name);
    WHEN 'tcvn3', 'vni' THEN
        SELECT string_agg(coalesce(e.enc, c.ch), '' ORDER BY c.n) INTO r
          FROM regexp_split_to_table(name, '') WITH ORDINALITY AS c(ch, n)
          LEFT JOIN @extschema@.sample_encoding e ON e.encoding = variant AND e.uni = c.ch;
    WHEN 'other_tone_style' THEN
        -- Old style puts the tone on o/u of open oa, oe, uy (hòa, thủy);
        -- new style on the second vowel (hoà, thuỷ).  qu is an onset.
        d := normalize(name, NFD);
        r := regexp_replace(d, '(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?=\s|$)',
                            '\1\3\2', 'g');
        IF r = d THEN
            r := regexp_replace(d, '(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?=\s|$)',
                                '\1\3\2', 'g');
        END IF;
        r := normalize(r, NFC);
    WHEN 'dialect' THEN
        -- What northern and southern speakers confuse: tr/ch, s/x, l/n,
        -- d/gi/r/v.  First applicable syllable from the given name back.
        w := string_to_array(name, ' ');
        FOR i IN REVERSE array_length(w, 1) .. 1 LOOP
            t := w[i];
            w[i] := CASE
                WHEN t ~ '^Tr' THEN 'Ch' || substr(t, 3)
                WHEN t ~ '^Ch' THEN 'Tr' || substr(t, 3)
                WHEN t ~ '^S' THEN 'X' || substr(t, 2)
                WHEN t ~ '^X' THEN 'S' || substr(t, 2)
                WHEN t ~ '^L' THEN 'N' || substr(t, 2)
                WHEN t ~ '^N[^gh]' THEN 'L' || substr(t, 2)
                WHEN t ~ '^Gi.' THEN 'D' || substr(t, 3)
                WHEN t ~ '^D' THEN 'Gi' || substr(t, 2)
                WHEN t ~ '^[RV]' THEN 'D' || substr(t, 2)
                ELSE t END;
            EXIT WHEN w[i] <> t;
        END LOOP;
        r := array_to_string(w, ' ');
    WHEN 'i_y' THEN
        -- i and y are interchangeable only as a whole nucleus after a
        -- consonant onset: Lý/Lí, Vy/Vi, Kỳ/Kì; never in Huy or Quý.  The
        -- gender marker Thị is left alone: nobody writes Thỵ.
        w := string_to_array(name, ' ');
        FOR i IN REVERSE array_length(w, 1) .. 1 LOOP
            t := w[i];
            IF t ~ '^[BCDĐGKLMNPRSTVXH]h?[iìíỉĩịyỳýỷỹỵ]$' AND t <> 'Thị' THEN
                w[i] := left(t, -1) || translate(right(t, 1), 'iìíỉĩịyỳýỷỹỵ', 'yỳýỷỹỵiìíỉĩị');
                EXIT;
            END IF;
        END LOOP;
        r := array_to_string(w, ' ');
    ELSE
        RAISE EXCEPTION 'unknown name variant "%"', variant
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The variant given is %L, which is not a name variant.', variant),
                  HINT = 'The variants are nfd, no_accents, all_caps, tcvn3, vni, other_tone_style, dialect and i_y.';
    END CASE;
    RETURN nullif(r, name);
END
$$;
COMMENT ON FUNCTION @extschema@.sample_name_variant(text, text) IS
    'Test-data tool: the name as a duplicate registration would write it (nfd, no_accents, all_caps, tcvn3, vni, other_tone_style, dialect, i_y); NULL when the variant does not change this name';
-- population_rules install script, piece 45: the seeded sample-population
-- generator.
--
-- generate_population(schema, persons, seed, defect_rate, as_of) fills the
-- reference tables of a schema (creating them if needed) with a realistic
-- population and injects every defect the views look for, recording each in
-- <schema>.ground_truth.  Everything is set-based SQL over generate_series;
-- every random choice is sample_random(seed, row, salt), so the same
-- arguments give the same rows.  Scratch tables are temporary and dropped at
-- commit.

CREATE FUNCTION @extschema@.sample_defect_kinds()
RETURNS TABLE (defect text, scope text, slot integer, description text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT * FROM (VALUES
        ('duplicate_id', 'person', 1, 'The person carries the 12-digit id of another person (other_key) of the same birth province, sex and year'),
        ('same_person_twice', 'person', 2, 'The person (person_key) was registered again as other_key, with another id; detail = how the second record differs'),
        ('shared_biometric', 'person', 3, 'The person carries the biometric hash of another person (other_key)'),
        ('legacy_only', 'person', 4, 'Adult with a 9-digit CMND and no 12-digit id or card'),
        ('adult_without_card', 'person', 5, 'Aged 14 or more with a 12-digit id but no card'),
        ('card_renewal_overdue', 'person', 6, 'The card expired at a renewal age (14, 25, 40, 60) and was not renewed'),
        ('id_wrong_birth_year', 'person', 7, 'Digits 5-6 of the id contradict the birth year'),
        ('id_wrong_sex', 'person', 8, 'Digit 4 of the id contradicts the sex'),
        ('id_wrong_province', 'person', 9, 'Digits 1-3 of the id are another province (or an unknown code) than the birth province'),
        ('dead_still_resident', 'person', 10, 'Dead, yet still registered as resident in the household'),
        ('dead_active_sim', 'person', 11, 'Dead, with a SIM subscription still active'),
        ('dead_active_insurance', 'person', 12, 'Dead, with the insurance record still active'),
        ('sim_name_mismatch', 'person', 13, 'A SIM of the person is registered under another name'),
        ('sim_birth_date_mismatch', 'person', 14, 'A SIM of the person is registered with another birth date'),
        ('sim_unknown_id', 'person', 15, 'A SIM of the person is registered with an id number no person has'),
        ('sim_too_many', 'person', 16, 'The person has 5 to 8 active SIMs'),
        ('insurance_name_mismatch', 'person', 17, 'The insurance record has another name'),
        ('insurance_birth_date_mismatch', 'person', 18, 'The insurance record has another birth date'),
        ('insurance_sex_mismatch', 'person', 19, 'The insurance record has the other sex'),
        ('household_two_heads', 'household', 1, 'A second member (other_key) is also recorded as head (chủ hộ)'),
        ('household_no_head', 'household', 2, 'The head (person_key) lost the chủ hộ relation: the household has no head'),
        ('household_dead_head', 'household', 3, 'The head died and is still the only head'),
        ('relation_gender_mismatch', 'household', 4, 'The spouse''s relation term has the wrong gender (vợ for a man, chồng for a woman)'),
        ('relation_parent_younger', 'household', 5, 'A child is recorded as parent (cha/mẹ) of the head, younger than the head'),
        ('relation_child_older', 'household', 6, 'A parent of the head is recorded as child (con), older than the head'),
        ('relation_two_spouses', 'household', 7, 'A second member is recorded as spouse (vợ/chồng) of the head')
    ) AS k (defect, scope, slot, description)
$$;
COMMENT ON FUNCTION @extschema@.sample_defect_kinds() IS
    'The defects generate_population injects, with their scope (person or household) and meaning';

CREATE FUNCTION @extschema@.generate_population(
    schema name, persons integer, seed integer DEFAULT 1,
    defect_rate double precision DEFAULT 0.02, as_of date DEFAULT '2025-07-01')
RETURNS TABLE (table_name text, row_count bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET work_mem = '128MB'
AS $$
DECLARE
    s bigint := seed;
    n bigint := persons;
    r double precision := defect_rate;
    ncommunes integer;
    nfam integer;
    tot_mid_m integer;
    tot_mid_f integer;
    tot_giv_m integer;
    tot_giv_f integer;
    provs text[];
    cmnds text[];
    gaps text[];
    pkinds text[];
    hkinds text[];
    q text;
    tries integer;
    nonempty boolean;
BEGIN
    IF schema IS NULL OR persons IS NULL OR seed IS NULL OR defect_rate IS NULL OR as_of IS NULL THEN
        RAISE EXCEPTION 'arguments of generate_population must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = format('These arguments are NULL: %s.',
                                  array_to_string(ARRAY[CASE WHEN schema IS NULL THEN 'schema' END,
                                                        CASE WHEN persons IS NULL THEN 'persons' END,
                                                        CASE WHEN seed IS NULL THEN 'seed' END,
                                                        CASE WHEN defect_rate IS NULL THEN 'defect_rate' END,
                                                        CASE WHEN as_of IS NULL THEN 'as_of' END], ', ')),
                  HINT = 'Pass a schema and a number of persons; leave seed (1), defect_rate (0.02) and as_of (2025-07-01) out to take their defaults.';
    END IF;
    IF persons < 1 OR persons > 100000000 THEN
        RAISE EXCEPTION 'persons must be between 1 and 100000000'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('It is %s.', persons),
                  HINT = 'Pass a number of persons from 1 to 100000000.';
    END IF;
    IF defect_rate < 0 OR defect_rate > 1.0 / 19 THEN
        RAISE EXCEPTION 'defect_rate must be between 0 and 1/19'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('It is %s; each of the 19 person defects and the 7 household defects is injected at that rate in disjoint sets of persons.', defect_rate),
                  HINT = 'Use at most 0.05.';
    END IF;
    IF to_regclass(format('%I.persons', schema)) IS NULL THEN
        PERFORM @extschema@.create_reference_tables(schema);
    END IF;
    FOREACH q IN ARRAY ARRAY['persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events'] LOOP
        IF to_regclass(format('%I.%I', schema, q)) IS NULL THEN
            RAISE EXCEPTION 'relation "%.%" does not exist', schema, q
                USING ERRCODE = 'undefined_table',
                      DETAIL = format('Schema %I has a persons table but no %I table: it does not hold the tables create_reference_tables makes.', schema, q),
                      HINT = 'Create the tables with create_reference_tables, or use a new schema.';
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT FROM %I.%I)', schema, q) INTO STRICT nonempty;
        IF nonempty THEN
            RAISE EXCEPTION 'the sample tables of schema "%" are not empty', schema
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = format('Table %I.%I already has rows.', schema, q),
                      HINT = 'The generator never deletes rows: generate into a new schema.';
        END IF;
    END LOOP;
    EXECUTE format($ddl$
        CREATE TABLE IF NOT EXISTS %1$I.ground_truth (
            defect text NOT NULL,
            person_key bigint,
            other_key bigint,
            household_id bigint,
            detail text
        );
        COMMENT ON TABLE %1$I.ground_truth IS 'What generate_population injected where: one row per injected defect (see population_rules.sample_defect_kinds())'
    $ddl$, schema);
    EXECUTE format('SELECT EXISTS (SELECT FROM %I.ground_truth)', schema) INTO STRICT nonempty;
    IF nonempty THEN
        RAISE EXCEPTION 'the ground truth of schema "%" is not empty', schema
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('Table %I.ground_truth already has rows, from an earlier run of generate_population.', schema),
                  HINT = 'The generator never deletes rows: generate into a new schema.';
    END IF;

    DROP TABLE IF EXISTS _pg_leg, _pg_c, _pg_names, _pg_ntot, _pg_h, _pg_m, _pg_p, _pg_hh,
        _pg_req, _pg_fresh, _pg_pair, _pg_copy, _pg_final, _pg_gt, _pg_sim;

    -- Communes with their province's id code; provinces; unknown codes.
    CREATE TEMP TABLE _pg_c ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY c.commune_code))::integer AS ci, c.commune_code,
           p.id_code, p.gso_code
      FROM @extschema@.pre2025_communes c
      JOIN @extschema@.pre2025_provinces p ON p.gso_code = c.province_gso_code;
    ncommunes := (SELECT count(*) FROM _pg_c);
    SELECT array_agg(p.id_code ORDER BY p.id_code), array_agg(x.prefix ORDER BY p.id_code)
      INTO provs, cmnds
      FROM @extschema@.pre2025_provinces p
      JOIN @extschema@.sample_cmnd_prefix x ON x.id_code = p.id_code;
    -- Codes no province has: births registered abroad, or typing errors.
    SELECT array_agg(lpad(g::text, 3, '0') ORDER BY g) INTO gaps
      FROM generate_series(1, 99) g
     WHERE lpad(g::text, 3, '0') <> ALL (provs);
    SELECT array_agg(k.defect ORDER BY k.slot) FILTER (WHERE k.scope = 'person'),
           array_agg(k.defect ORDER BY k.slot) FILTER (WHERE k.scope = 'household')
      INTO pkinds, hkinds
      FROM @extschema@.sample_defect_kinds() k;

    -- Name parts expanded to weighted slots.
    CREATE TEMP TABLE _pg_names ON COMMIT DROP AS
    SELECT sn.part, sn.sex, (row_number() OVER (PARTITION BY sn.part, sn.sex ORDER BY sn.name, g) - 1)::integer AS slot,
           sn.name
      FROM @extschema@.sample_names sn, generate_series(1, sn.weight) g;
    CREATE INDEX ON _pg_names (part, sex, slot);
    CREATE TEMP TABLE _pg_ntot ON COMMIT DROP AS
    SELECT part, sex, count(*)::integer AS total FROM _pg_names GROUP BY part, sex;
    ANALYZE _pg_names;
    nfam := (SELECT total FROM _pg_ntot WHERE part = 'family');
    tot_mid_m := (SELECT total FROM _pg_ntot WHERE part = 'middle' AND sex = 'M');
    tot_mid_f := (SELECT total FROM _pg_ntot WHERE part = 'middle' AND sex = 'F');
    tot_giv_m := (SELECT total FROM _pg_ntot WHERE part = 'given' AND sex = 'M');
    tot_giv_f := (SELECT total FROM _pg_ntot WHERE part = 'given' AND sex = 'F');

    -- Households: sizes 1-7 (mean about 3.5) until n persons; a commune,
    -- the head's sex, age and family name; a household defect slot.
    CREATE TEMP TABLE _pg_h ON COMMIT DROP AS
    WITH sized AS (
        SELECT h, CASE WHEN u < 0.12 THEN 1 WHEN u < 0.32 THEN 2 WHEN u < 0.54 THEN 3
                       WHEN u < 0.79 THEN 4 WHEN u < 0.91 THEN 5 WHEN u < 0.97 THEN 6 ELSE 7 END AS size
          FROM (SELECT h, @extschema@.sample_random(s, h, 1) AS u
                  FROM generate_series(1::bigint, n / 2 + 10) h) x
    ), placed AS (
        SELECT h, size, sum(size) OVER (ORDER BY h) - size AS start FROM sized
    )
    SELECT p.h, least(p.size, n - p.start)::integer AS size, p.start,
           c.commune_code, c.id_code,
           CASE WHEN @extschema@.sample_random(s, p.h, 3) < 0.75 THEN 'M' ELSE 'F' END AS head_sex,
           (22 + floor(60 * power(@extschema@.sample_random(s, p.h, 4), 1.4)))::integer AS head_age,
           floor(@extschema@.sample_random(s, p.h, 5) * nfam)::integer AS fam_slot,
           floor(@extschema@.sample_random(s, p.h, 6) / nullif(r, 0))::bigint AS hslot
      FROM placed p
      JOIN _pg_c c ON c.ci = 1 + floor(@extschema@.sample_random(s, p.h, 2) * ncommunes)::integer
     WHERE p.start < n;

    -- Members: role, sex, age, names, birth date, birth province.
    CREATE TEMP TABLE _pg_m ON COMMIT DROP AS
    WITH base AS (
        SELECT h.start + g AS pk, h.h, g AS pos, h.size, h.commune_code, h.id_code, h.head_sex,
               h.head_age, h.fam_slot, h.hslot,
               @extschema@.sample_random(s, h.start + g, 10) AS u_role,
               @extschema@.sample_random(s, h.start + g, 11) AS u_age
          FROM _pg_h h, generate_series(1, h.size) g
    ), roled AS (
        SELECT b.*,
               CASE WHEN pos = 1 THEN 'head'
                    WHEN pos = 2 AND u_role < 0.8 THEN 'spouse'
                    WHEN pos = 2 OR u_role >= 0.9 THEN CASE WHEN head_age <= 70 THEN 'parent' ELSE 'sibling' END
                    WHEN u_role >= 0.8 AND head_age >= 45 THEN 'grandchild'
                    ELSE 'child' END AS role
          FROM base b
    ), aged AS (
        SELECT r0.*,
               CASE role
                   WHEN 'head' THEN head_sex
                   WHEN 'spouse' THEN CASE head_sex WHEN 'M' THEN 'F' ELSE 'M' END
                   ELSE CASE WHEN @extschema@.sample_random(s, pk, 12) < 0.5 THEN 'M' ELSE 'F' END END AS sex,
               CASE role
                   WHEN 'head' THEN head_age
                   WHEN 'spouse' THEN greatest(18, head_age - 5 + floor(u_age * 11)::integer)
                   WHEN 'parent' THEN head_age + 20 + floor(u_age * 10)::integer
                   WHEN 'sibling' THEN greatest(0, head_age - 1 - floor(u_age * 10)::integer)
                   WHEN 'grandchild' THEN floor(u_age * least(head_age - 39, 20))::integer
                   ELSE floor(u_age * least(head_age - 17, 30))::integer END AS age
          FROM roled r0
    ), dated AS (
        SELECT a.*,
               (as_of - (floor(a.age * 365.2425) + floor(@extschema@.sample_random(s, a.pk, 18) * 365))::integer) AS bd0,
               @extschema@.sample_random(s, a.pk, 19) AS u_prec,
               CASE WHEN a.role = 'spouse' OR (a.role = 'parent' AND a.sex = 'F')
                    THEN floor(@extschema@.sample_random(s, a.pk, 14) * nfam)::integer
                    ELSE a.fam_slot END AS fam_s,
               CASE WHEN @extschema@.sample_random(s, a.pk, 15) >= 0.03
                    THEN floor(@extschema@.sample_random(s, a.pk, 16)
                               * CASE a.sex WHEN 'M' THEN tot_mid_m ELSE tot_mid_f END)::integer END AS mid_s,
               floor(@extschema@.sample_random(s, a.pk, 17)
                     * CASE a.sex WHEN 'M' THEN tot_giv_m ELSE tot_giv_f END)::integer AS giv_s
          FROM aged a
    )
    SELECT d.pk, d.h, d.pos, d.size, d.commune_code, d.id_code AS home_province, d.role, d.sex, d.age,
           d.hslot,
           CASE WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.35 THEN make_date(extract(year FROM d.bd0)::integer, 1, 1)
                WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.45 THEN date_trunc('month', d.bd0)::date
                WHEN extract(year FROM d.bd0) < 1975 AND d.u_prec < 0.05 THEN make_date(extract(year FROM d.bd0)::integer, 1, 1)
                ELSE d.bd0 END AS birth_date,
           CASE WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.35 THEN 'year'
                WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.45 THEN 'month'
                WHEN extract(year FROM d.bd0) < 1975 AND d.u_prec < 0.05 THEN 'year'
                ELSE 'day' END AS precision,
           CASE WHEN @extschema@.sample_random(s, d.pk, 20) < 0.85 THEN d.id_code
                ELSE provs[1 + floor(@extschema@.sample_random(s, d.pk, 21) * 63)::integer] END AS birth_province,
           f.name AS family, md.name AS middle, gv.name AS given,
           CASE d.role
               WHEN 'head' THEN 'chủ hộ'
               WHEN 'spouse' THEN CASE d.sex WHEN 'F' THEN 'vợ' ELSE 'chồng' END
               WHEN 'parent' THEN CASE d.sex WHEN 'F' THEN 'mẹ'
                                  ELSE CASE WHEN d.u_role < 0.95 THEN 'cha' ELSE 'bố' END END
               WHEN 'sibling' THEN 'em'
               WHEN 'grandchild' THEN 'cháu'
               ELSE 'con' END AS relation,
           CASE WHEN d.age < 18 THEN 0
                ELSE (SELECT CASE WHEN u < 0.2 THEN 0 WHEN u < 0.65 THEN 1 WHEN u < 0.9 THEN 2 ELSE 3 END
                        FROM (SELECT @extschema@.sample_random(s, d.pk, 23) AS u) x) END AS n_sims,
           @extschema@.sample_random(s, d.pk, 24) < 0.9 AS has_ins,
           floor(@extschema@.sample_random(s, d.pk, 22) / nullif(r, 0))::bigint AS pslot
      FROM dated d
      JOIN _pg_names f ON f.part = 'family' AND f.sex = '' AND f.slot = d.fam_s
      LEFT JOIN _pg_names md ON md.part = 'middle' AND md.sex = d.sex AND md.slot = d.mid_s
      JOIN _pg_names gv ON gv.part = 'given' AND gv.sex = d.sex AND gv.slot = d.giv_s;
    CREATE INDEX ON _pg_m (h);
    ANALYZE _pg_m;

    -- Household defects, where the household has what they need.
    CREATE TEMP TABLE _pg_hh ON COMMIT DROP AS
    WITH agg AS (
        SELECT m.h, max(m.size) AS size,
               bool_or(m.pos = 2 AND m.role = 'spouse') AS has_spouse,
               max(m.pos) FILTER (WHERE m.role = 'child') AS child_pos,
               min(m.pos) FILTER (WHERE m.role = 'parent') AS parent_pos,
               max(m.pos) FILTER (WHERE m.pos >= 3 AND m.role <> 'parent') AS last_pos,
               min(m.pk) AS head_pk, min(m.hslot) AS hslot
          FROM _pg_m m GROUP BY m.h
    )
    SELECT a.h, a.head_pk, hkinds[a.hslot + 1] AS defect,
           CASE a.hslot + 1 WHEN 1 THEN a.size WHEN 4 THEN 2 WHEN 5 THEN a.child_pos
                            WHEN 6 THEN a.parent_pos WHEN 7 THEN a.last_pos ELSE 1 END AS member_pos
      FROM agg a
     WHERE a.hslot < 7
       AND CASE a.hslot + 1 WHEN 1 THEN a.size >= 2
                       WHEN 4 THEN a.has_spouse
                       WHEN 5 THEN a.child_pos IS NOT NULL
                       WHEN 6 THEN a.parent_pos IS NOT NULL
                       WHEN 7 THEN a.has_spouse AND a.last_pos IS NOT NULL
                       ELSE true END;

    -- Persons: ids, person defects where eligible, natural deaths.
    CREATE TEMP TABLE _pg_p ON COMMIT DROP AS
    WITH e0 AS (
        -- age: the real age at as_of from the recorded birth date.
        SELECT m.pk, m.h, m.pos, m.size, m.commune_code, m.home_province, m.role, m.sex,
               extract(year FROM age(as_of, m.birth_date))::integer AS age,
               m.hslot, m.birth_date, m.precision, m.birth_province, m.family, m.middle, m.given,
               m.relation, m.n_sims, m.has_ins, m.pslot,
               hh.defect AS hdefect, hh.member_pos AS hmember,
               extract(year FROM m.birth_date)::integer AS y
          FROM _pg_m m LEFT JOIN _pg_hh hh ON hh.h = m.h
    ), e AS (
        SELECT e0.*,
               CASE WHEN age >= 60 THEN 60 WHEN age >= 40 THEN 40 WHEN age >= 25 THEN 25 WHEN age >= 14 THEN 14 END AS milestone,
               CASE WHEN age >= 60 THEN 40 WHEN age >= 40 THEN 25 WHEN age >= 25 THEN 14 END AS prev_milestone
          FROM e0
    ), k AS (
        SELECT e.*,
               CASE WHEN e.hdefect IS NULL AND e.pslot < 19
                        AND CASE e.pslot + 1
                               WHEN 3 THEN e.age >= 14
                               WHEN 4 THEN e.age >= 14 AND e.y <= 1999
                               WHEN 5 THEN e.age >= 14
                               WHEN 6 THEN e.prev_milestone IS NOT NULL
                                    AND greatest(e.birth_date + make_interval(years => e.prev_milestone), '2016-01-01'::date)
                                        < e.birth_date + make_interval(years => e.milestone - 2)
                                    AND e.birth_date + make_interval(years => e.milestone) < as_of
                               WHEN 10 THEN e.age >= 18 AND e.pos >= 2
                               WHEN 11 THEN e.age >= 18 AND e.pos >= 2 AND e.n_sims > 0
                               WHEN 12 THEN e.age >= 18 AND e.pos >= 2 AND e.has_ins
                               WHEN 13 THEN e.n_sims > 0
                               WHEN 14 THEN e.n_sims > 0
                               WHEN 15 THEN e.n_sims > 0
                               WHEN 16 THEN e.age >= 18
                               WHEN 17 THEN e.has_ins
                               WHEN 18 THEN e.has_ins
                               WHEN 19 THEN e.has_ins
                               ELSE true END
                   THEN pkinds[e.pslot + 1] END AS pdefect
          FROM e
    )
    SELECT k.pk, k.h, k.pos, k.size, k.commune_code, k.home_province, k.role, k.sex, k.age, k.y,
           k.birth_date, k.precision, k.birth_province, k.family, k.middle, k.given,
           concat_ws(' ', k.family, k.middle, k.given) AS full_name,
           k.relation, k.n_sims, k.has_ins, k.hdefect, k.hmember, k.pdefect, k.milestone, k.prev_milestone,
           k.birth_province || (2 * ((k.y - 1900) / 100) + CASE k.sex WHEN 'F' THEN 1 ELSE 0 END)::text
               || lpad((k.y % 100)::text, 2, '0') AS prefix6,
           (k.pdefect IS NULL AND k.hdefect IS NULL AND (k.pos >= 3 OR k.size = 1)
            AND @extschema@.sample_random(s, k.pk, 25)
                < CASE WHEN k.age >= 80 THEN 0.06 WHEN k.age >= 60 THEN 0.02 ELSE 0.002 END) AS natural_death
      FROM k;
    ALTER TABLE _pg_p ADD COLUMN personal_id text;
    -- Base ids: a per-prefix sequence number through a bijection of
    -- [0, 10^6); numbers below 500000 for the base, above for fresh ids.
    UPDATE _pg_p p SET personal_id = p.prefix6 || lpad(((x.k * 100003
                   + (hashint8extended(p.prefix6::bigint, s) & 1048575)) % 1000000)::text, 6, '0')
      FROM (SELECT pk, row_number() OVER (PARTITION BY prefix6 ORDER BY pk) - 1 AS k FROM _pg_p) x
     WHERE x.pk = p.pk;
    CREATE INDEX ON _pg_p (pk);
    ANALYZE _pg_p;

    -- Duplicate registrations of one person: 1 or 2 copies each.
    CREATE TEMP TABLE _pg_copy ON COMMIT DROP AS
    WITH c AS (
        SELECT p.*, g AS copy_no,
               (ARRAY['nfd', 'other_tone_style', 'no_accents', 'all_caps', 'tcvn3', 'vni',
                      'dialect', 'i_y', 'day_month_swap', 'id_digit_typo'])
                   [1 + floor(@extschema@.sample_random(s, p.pk, 30 + g) * 10)::integer] AS v0
          FROM _pg_p p, generate_series(1, 2) g
         WHERE p.pdefect = 'same_person_twice'
           AND (g = 1 OR @extschema@.sample_random(s, p.pk, 29) < 0.2)
    ), named AS (
        SELECT c.*,
               CASE WHEN c.v0 IN ('day_month_swap', 'id_digit_typo') THEN NULL
                    ELSE @extschema@.sample_name_variant(c.full_name, c.v0) END AS vname
          FROM c
    )
    SELECT n + row_number() OVER (ORDER BY nm.pk, nm.copy_no) AS copy_pk, nm.pk, nm.copy_no,
           CASE WHEN nm.v0 = 'day_month_swap' AND nm.precision = 'day'
                     AND extract(day FROM nm.birth_date) <= 12
                     AND extract(day FROM nm.birth_date) <> extract(month FROM nm.birth_date) THEN 'day_month_swap'
                WHEN nm.v0 = 'id_digit_typo' THEN 'id_digit_typo'
                WHEN nm.vname IS NOT NULL THEN nm.v0
                ELSE 'no_accents' END AS variant,
           nm.full_name, nm.vname, nm.birth_date, nm.personal_id, nm.prefix6,
           (SELECT c.commune_code FROM _pg_c c
             WHERE c.ci = 1 + floor(@extschema@.sample_random(s, nm.pk, 35 + nm.copy_no) * ncommunes)::integer) AS commune_code
      FROM named nm;

    -- Requests for fresh ids (never a base id, never twice the same): the
    -- j-th request of a prefix takes number 500000 + 7919 j mod 500000, far
    -- from the small numbers the base population of the prefix uses.
    CREATE TEMP TABLE _pg_req ON COMMIT DROP AS
    SELECT p.pk, 'id' AS tag,
           CASE p.pdefect
               WHEN 'id_wrong_birth_year' THEN left(p.prefix6, 4)
                   || lpad(((p.y % 100 + 1 + floor(@extschema@.sample_random(s, p.pk, 40) * 8)::integer) % 100)::text, 2, '0')
               WHEN 'id_wrong_sex' THEN left(p.prefix6, 3)
                   || ((substr(p.prefix6, 4, 1)::integer # 1))::text || right(p.prefix6, 2)
               ELSE CASE WHEN @extschema@.sample_random(s, p.pk, 41) < 0.7
                         THEN provs[1 + (array_position(provs, p.birth_province)
                                         + floor(@extschema@.sample_random(s, p.pk, 42) * 62)::integer) % 63]
                         ELSE gaps[1 + floor(@extschema@.sample_random(s, p.pk, 43) * array_length(gaps, 1))::integer] END
                   || right(p.prefix6, 3) END AS prefix6
      FROM _pg_p p
     WHERE p.pdefect IN ('id_wrong_birth_year', 'id_wrong_sex', 'id_wrong_province')
    UNION ALL
    SELECT p.pk, 'sim', p.prefix6 FROM _pg_p p WHERE p.pdefect = 'sim_unknown_id'
    UNION ALL
    SELECT c.copy_pk, 'copy', c.prefix6 FROM _pg_copy c WHERE c.variant <> 'id_digit_typo';
    CREATE TEMP TABLE _pg_fresh ON COMMIT DROP AS
    SELECT rq.pk, rq.tag, rq.prefix6 || lpad((((500000 + ((row_number() OVER (PARTITION BY rq.prefix6 ORDER BY rq.pk, rq.tag) - 1) * 7919) % 500000) * 100003
                   + (hashint8extended(rq.prefix6::bigint, s) & 1048575)) % 1000000)::text, 6, '0') AS id
      FROM _pg_req rq;
    CREATE INDEX ON _pg_fresh (pk, tag);

    -- Partners of pair defects: clean persons (no defect, alive).
    CREATE TEMP TABLE _pg_pair ON COMMIT DROP AS
    WITH d AS (
        SELECT p.pk, p.prefix6, row_number() OVER (PARTITION BY p.prefix6 ORDER BY p.pk) AS rn
          FROM _pg_p p WHERE p.pdefect = 'duplicate_id'
    ), cl AS (
        SELECT p.pk, p.prefix6, p.personal_id, row_number() OVER (PARTITION BY p.prefix6 ORDER BY p.pk) AS rn,
               count(*) OVER (PARTITION BY p.prefix6) AS cnt
          FROM _pg_p p WHERE p.pdefect IS NULL AND p.hdefect IS NULL AND NOT p.natural_death
    )
    SELECT 'duplicate_id' AS defect, d.pk, cl.pk AS other, cl.personal_id AS value
      FROM d JOIN cl ON cl.prefix6 = d.prefix6 AND cl.rn = 1 + (d.rn - 1) % cl.cnt
    UNION ALL
    SELECT 'shared_biometric', d.pk, cl.pk, NULL
      FROM (SELECT p.pk, row_number() OVER (ORDER BY p.pk) AS rn
              FROM _pg_p p WHERE p.pdefect = 'shared_biometric') d
      JOIN (SELECT p.pk, row_number() OVER (ORDER BY p.pk) AS rn, count(*) OVER () AS cnt
              FROM _pg_p p WHERE p.pdefect IS NULL AND p.hdefect IS NULL AND p.age >= 14) cl
        ON cl.rn = 1 + (hashint8extended(d.rn, s) & 2147483647) % cl.cnt;

    -- 9-digit CMNDs of adults born before 2000: issuing prefix of the home
    -- province (10% also had one from another province before moving);
    -- unique per prefix through a bijection, the older ones in the upper half.
    CREATE TEMP TABLE _pg_leg ON COMMIT DROP AS
    WITH h AS (
        SELECT p.pk, false AS old, cmnds[array_position(provs, p.home_province)] AS prefix
          FROM _pg_p p WHERE p.age >= 14 AND p.y <= 1999
        UNION ALL
        SELECT p.pk, true, cmnds[1 + floor(@extschema@.sample_random(s, p.pk, 51) * 63)::integer]
          FROM _pg_p p WHERE p.age >= 14 AND p.y <= 1999 AND @extschema@.sample_random(s, p.pk, 50) < 0.1
    ), digits AS (
        -- The digits that may follow a prefix: not those that would make
        -- another province's longer prefix (23 must not issue 230...).
        SELECT x.prefix, array_agg(d::text ORDER BY d) AS allowed
          FROM (SELECT DISTINCT h.prefix FROM h) x, generate_series(0, 9) d
         WHERE NOT EXISTS (SELECT FROM @extschema@.sample_cmnd_prefix o
                            WHERE o.prefix = x.prefix || d::text)
         GROUP BY x.prefix
    ), ranked AS (
        SELECT h.*, dg.allowed, (10 ^ (8 - length(h.prefix)))::bigint AS tail,
               cardinality(dg.allowed) * (10 ^ (8 - length(h.prefix)))::bigint AS space,
               row_number() OVER (PARTITION BY h.prefix, h.old ORDER BY h.pk) - 1 AS k
          FROM h JOIN digits dg ON dg.prefix = h.prefix
    ), numbered AS (
        SELECT r0.*, ((r0.k + CASE WHEN r0.old THEN r0.space / 2 ELSE 0 END) * 7919 + s) % r0.space AS v
          FROM ranked r0
    )
    SELECT r1.pk, r1.old,
           r1.prefix || r1.allowed[1 + r1.v / r1.tail]
               || lpad((r1.v % r1.tail)::text, 8 - length(r1.prefix), '0') AS legacy_id
      FROM numbered r1;
    CREATE INDEX ON _pg_leg (pk);

    -- Final person rows.
    CREATE TEMP TABLE _pg_final ON COMMIT DROP AS
    SELECT p.pk, p.h, p.pos, p.sex, p.age, p.birth_date, p.precision, p.birth_province,
           p.full_name, p.given, p.commune_code, p.has_ins, p.pdefect, p.hdefect, p.milestone, p.prev_milestone,
           CASE WHEN p.pdefect = 'legacy_only' THEN NULL
                WHEN p.pdefect = 'duplicate_id' THEN coalesce(pr.value, p.personal_id)
                WHEN p.pdefect IN ('id_wrong_birth_year', 'id_wrong_sex', 'id_wrong_province') THEN f.id
                ELSE p.personal_id END AS personal_id,
           p.personal_id AS base_id,
           lg.legacy_id, lo.legacy_id AS legacy_old0,
           CASE WHEN p.hdefect = 'household_dead_head' AND p.pos = 1 THEN false
                WHEN p.pdefect IN ('dead_active_sim', 'dead_active_insurance') OR p.natural_death THEN false
                ELSE true END AS resident,
           CASE WHEN (p.hdefect = 'household_dead_head' AND p.pos = 1)
                     OR p.pdefect IN ('dead_still_resident', 'dead_active_sim', 'dead_active_insurance')
                     OR p.natural_death
                THEN greatest(p.birth_date + 1, as_of - 1 - floor(@extschema@.sample_random(s, p.pk, 26) * 1000)::integer)
                ELSE NULL END AS death_date,
           CASE WHEN p.pdefect IN ('dead_active_sim', 'dead_active_insurance') OR p.natural_death THEN NULL
                ELSE p.h END AS household_id,
           CASE WHEN p.hdefect IS NOT NULL AND p.pos = p.hmember THEN
                    CASE p.hdefect
                        WHEN 'household_two_heads' THEN 'chủ hộ'
                        WHEN 'household_no_head' THEN CASE WHEN @extschema@.sample_random(s, p.pk, 52) < 0.5 THEN NULL ELSE 'khác' END
                        WHEN 'relation_gender_mismatch' THEN CASE p.sex WHEN 'M' THEN 'vợ' ELSE 'chồng' END
                        WHEN 'relation_parent_younger' THEN CASE p.sex WHEN 'M' THEN 'cha' ELSE 'mẹ' END
                        WHEN 'relation_child_older' THEN 'con'
                        WHEN 'relation_two_spouses' THEN CASE p.sex WHEN 'M' THEN 'chồng' ELSE 'vợ' END
                        ELSE p.relation END
                ELSE p.relation END AS relation0,
           CASE WHEN p.age >= 14 AND p.pdefect IS DISTINCT FROM 'shared_biometric'
                THEN md5(s::text || ':' || p.pk::text)
                WHEN p.pdefect = 'shared_biometric' THEN md5(s::text || ':' || b.other::text)
                ELSE NULL END AS biometric_hash,
           CASE WHEN p.pdefect = 'sim_too_many' THEN 5 + floor(@extschema@.sample_random(s, p.pk, 53) * 4)::integer
                -- SIMs are counted per id number: keep the partner's count clean.
                WHEN p.pdefect = 'duplicate_id' THEN 0
                ELSE p.n_sims END AS n_sims,
           coalesce(p.pdefect IN ('dead_still_resident', 'dead_active_sim', 'dead_active_insurance'), false)
               OR p.natural_death OR coalesce(p.hdefect = 'household_dead_head' AND p.pos = 1, false) AS dead,
           pr.other AS dup_other, b.other AS bio_other, f.id AS fresh_id, fs.id AS sim_fresh_id
      FROM _pg_p p
      LEFT JOIN _pg_leg lg ON lg.pk = p.pk AND NOT lg.old
      LEFT JOIN _pg_leg lo ON lo.pk = p.pk AND lo.old
      LEFT JOIN _pg_pair pr ON pr.defect = 'duplicate_id' AND pr.pk = p.pk
      LEFT JOIN _pg_pair b ON b.defect = 'shared_biometric' AND b.pk = p.pk
      LEFT JOIN _pg_fresh f ON f.pk = p.pk AND f.tag = 'id'
      LEFT JOIN _pg_fresh fs ON fs.pk = p.pk AND fs.tag = 'sim'
    UNION ALL
    -- The second records of persons registered twice: a one-person
    -- household elsewhere, no legacy id, no biometrics, no SIM, no insurance.
    SELECT c.copy_pk, (SELECT max(h) FROM _pg_h) + c.copy_pk - n, 1, p.sex, p.age,
           CASE WHEN c.variant = 'day_month_swap'
                THEN make_date(extract(year FROM c.birth_date)::integer, extract(day FROM c.birth_date)::integer,
                               extract(month FROM c.birth_date)::integer)
                ELSE c.birth_date END,
           p.precision, p.birth_province,
           CASE WHEN c.variant IN ('day_month_swap', 'id_digit_typo') THEN p.full_name
                WHEN c.variant = 'no_accents' AND c.vname IS NULL THEN @extschema@.sample_ascii(p.full_name)
                ELSE c.vname END,
           p.given, c.commune_code, false, NULL, NULL, p.milestone, p.prev_milestone,
           CASE WHEN c.variant = 'id_digit_typo' THEN
                    (SELECT overlay(c.personal_id placing
                                    ((substr(c.personal_id, pos, 1)::integer + 1
                                      + floor(@extschema@.sample_random(s, c.copy_pk, 61) * 9)::integer) % 10)::text
                                    from pos for 1)
                       FROM (SELECT 7 + floor(@extschema@.sample_random(s, c.copy_pk, 60) * 6)::integer AS pos) x)
                ELSE f.id END,
           c.personal_id, NULL, NULL, true, NULL, (SELECT max(h) FROM _pg_h) + c.copy_pk - n, 'chủ hộ', NULL, 0,
           false, NULL, NULL, NULL, NULL
      FROM _pg_copy c
      JOIN _pg_p p ON p.pk = c.pk
      LEFT JOIN _pg_fresh f ON f.pk = c.copy_pk AND f.tag = 'copy';
    CREATE INDEX ON _pg_final (pk);
    ANALYZE _pg_final;

    -- A mistyped digit that lands on an id already in use (another person's,
    -- or the unknown id of a SIM) would make a second, unintended defect:
    -- re-roll the digit (other salts) until the id is free.
    CREATE INDEX ON _pg_final (personal_id);
    FOR tries IN 1..50 LOOP
        UPDATE _pg_final f
           SET personal_id = (SELECT overlay(c.personal_id placing
                                      ((substr(c.personal_id, x.pos, 1)::integer + 1
                                        + floor(@extschema@.sample_random(s, c.copy_pk, 61 + 2 * tries) * 9)::integer) % 10)::text
                                      from x.pos for 1)
                                FROM (SELECT 7 + floor(@extschema@.sample_random(s, c.copy_pk, 60 + 2 * tries) * 6)::integer AS pos) x)
          FROM _pg_copy c
         WHERE c.copy_pk = f.pk AND c.variant = 'id_digit_typo'
           AND (EXISTS (SELECT FROM _pg_final o WHERE o.personal_id = f.personal_id AND o.pk <> f.pk)
                OR EXISTS (SELECT FROM _pg_fresh r WHERE r.tag = 'sim' AND r.id = f.personal_id));
        EXIT WHEN NOT FOUND;
    END LOOP;

    -- Persons, with casing and spelling noise on the relation (not a defect:
    -- the views compare relations by their accent-free key).
    EXECUTE format($i$
        INSERT INTO %I.persons (person_key, personal_id, legacy_id, full_name, birth_date, birth_date_precision,
                                sex, birth_province, household_id, relation_to_head, commune_code, resident,
                                death_date, biometric_hash)
        SELECT f.pk, f.personal_id, f.legacy_id, f.full_name, f.birth_date, f.precision, f.sex, f.birth_province,
               f.household_id,
               CASE WHEN f.relation0 IS NULL THEN NULL
                    WHEN u < 0.08 THEN @extschema@.sample_upper(f.relation0)
                    WHEN u < 0.12 THEN @extschema@.sample_upper(left(f.relation0, 1)) || substr(f.relation0, 2)
                    WHEN u < 0.14 THEN @extschema@.sample_ascii(f.relation0)
                    ELSE f.relation0 END,
               f.commune_code, f.resident, f.death_date, f.biometric_hash
          FROM _pg_final f, LATERAL (SELECT @extschema@.sample_random(%2$s, f.pk, 54) AS u) x
         ORDER BY f.pk
    $i$, schema, s);

    -- Identity documents: old CMNDs, then the card with the 12-digit id.
    EXECUTE format($i$
        INSERT INTO %I.id_documents (person_key, number, kind, issue_date, expiry_date, status, superseded_by)
        SELECT d.pk, d.number, d.kind, d.issue_date,
               CASE WHEN d.kind IN ('cccd', 'cancuoc') THEN @extschema@.card_expiry_date(d.birth_date, d.issue_date) END,
               d.status, d.superseded_by
          FROM (
            SELECT f.pk, f.birth_date, f.legacy_old0 AS number, 'cmnd9' AS kind,
                   (f.birth_date + make_interval(years => 16 + floor(@extschema@.sample_random(%2$s, f.pk, 70) * 3)::integer))::date AS issue_date,
                   'superseded' AS status, f.legacy_id AS superseded_by, 1 AS ord
              FROM _pg_final f WHERE f.legacy_old0 IS NOT NULL
            UNION ALL
            SELECT f.pk, f.birth_date, f.legacy_id, 'cmnd9',
                   (f.birth_date + make_interval(years => CASE WHEN f.legacy_old0 IS NULL THEN 16 ELSE 20 END
                                                 + floor(@extschema@.sample_random(%2$s, f.pk, 71) * 3)::integer))::date,
                   CASE f.pdefect WHEN 'legacy_only' THEN 'active' WHEN 'adult_without_card' THEN 'expired'
                        ELSE 'superseded' END,
                   CASE WHEN f.pdefect IN ('legacy_only', 'adult_without_card') THEN NULL ELSE f.personal_id END, 2
              FROM _pg_final f WHERE f.legacy_id IS NOT NULL
            UNION ALL
            SELECT f.pk, f.birth_date, f.personal_id,
                   CASE WHEN x.issue >= '2024-07-01' THEN 'cancuoc' ELSE 'cccd' END, x.issue, 'active', NULL, 3
              FROM _pg_final f,
                   LATERAL (SELECT extract(year FROM age('%3$s'::date, f.birth_date))::integer AS ra) a,
                   LATERAL (SELECT CASE WHEN a.ra >= 60 THEN 60 WHEN a.ra >= 40 THEN 40 WHEN a.ra >= 25 THEN 25
                                        ELSE 14 END AS milestone) ms,
                   LATERAL (SELECT CASE WHEN f.pdefect = 'card_renewal_overdue' THEN
                                    lo_over + floor(@extschema@.sample_random(%2$s, f.pk, 72) * (hi_over - lo_over))::integer
                               ELSE lo + floor(@extschema@.sample_random(%2$s, f.pk, 72) * ('%3$s'::date - lo + 1))::integer
                               END AS issue
                              FROM (SELECT greatest((f.birth_date + make_interval(years => ms.milestone))::date, '2016-01-01'::date) AS lo,
                                           greatest((f.birth_date + make_interval(years => coalesce(f.prev_milestone, 14)))::date, '2016-01-01'::date) AS lo_over,
                                           (f.birth_date + make_interval(years => f.milestone - 2))::date AS hi_over) b) x
             WHERE a.ra >= 14 AND f.personal_id IS NOT NULL
               AND f.pdefect IS DISTINCT FROM 'adult_without_card'
          ) d
         ORDER BY d.pk, d.ord
    $i$, schema, s, as_of);

    -- SIM subscriptions: unique numbers from 33 real prefixes; 30% of the
    -- names in telecom style (capitals, no accents), not a defect.
    CREATE TEMP TABLE _pg_sim ON COMMIT DROP AS
    SELECT g AS sim_no, row_number() OVER (ORDER BY f.pk, g) - 1 AS j, f.*
      FROM _pg_final f, generate_series(1, f.n_sims) g;
    EXECUTE format($i$
        INSERT INTO %I.sim_subscriptions (phone_number, subscriber_id, subscriber_name, birth_date, carrier, active)
        SELECT '0' || pfx.p || lpad((((x.j / 33) * 1000003 + %2$s) %% 10000000)::text, 7, '0'),
               CASE WHEN x.pdefect = 'sim_unknown_id' AND x.sim_no = 1 THEN x.sim_fresh_id
                    ELSE coalesce(x.personal_id, x.legacy_id) END,
               CASE WHEN x.pdefect = 'sim_name_mismatch' AND x.sim_no = 1
                    THEN regexp_replace(x.full_name, '\S+$',
                             CASE WHEN @extschema@.sample_ascii(x.given) = 'Binh' THEN 'Khang' ELSE 'Bình' END)
                    WHEN @extschema@.sample_random(%2$s, x.j, 80) < 0.3
                    THEN @extschema@.sample_upper(@extschema@.sample_ascii(x.full_name))
                    ELSE x.full_name END,
               CASE WHEN x.pdefect = 'sim_birth_date_mismatch' AND x.sim_no = 1
                    THEN x.birth_date + 1 + floor(@extschema@.sample_random(%2$s, x.pk, 81) * 700)::integer
                    ELSE x.birth_date END,
               pfx.carrier,
               CASE WHEN x.dead THEN x.pdefect IS NOT DISTINCT FROM 'dead_active_sim' AND x.sim_no = 1
                    ELSE @extschema@.sample_random(%2$s, x.j, 82) < 0.92 OR x.pdefect IS NOT NULL END
          FROM _pg_sim x
          JOIN (SELECT (row_number() OVER (ORDER BY v.p) - 1)::integer AS i, v.p, v.carrier
                  FROM (VALUES ('32', 'Viettel'), ('33', 'Viettel'), ('34', 'Viettel'), ('35', 'Viettel'),
                               ('36', 'Viettel'), ('37', 'Viettel'), ('38', 'Viettel'), ('39', 'Viettel'),
                               ('86', 'Viettel'), ('96', 'Viettel'), ('97', 'Viettel'), ('98', 'Viettel'),
                               ('81', 'Vinaphone'), ('82', 'Vinaphone'), ('83', 'Vinaphone'), ('84', 'Vinaphone'),
                               ('85', 'Vinaphone'), ('88', 'Vinaphone'), ('91', 'Vinaphone'), ('94', 'Vinaphone'),
                               ('70', 'MobiFone'), ('76', 'MobiFone'), ('77', 'MobiFone'), ('78', 'MobiFone'),
                               ('79', 'MobiFone'), ('89', 'MobiFone'), ('90', 'MobiFone'), ('93', 'MobiFone'),
                               ('52', 'Vietnamobile'), ('56', 'Vietnamobile'), ('58', 'Vietnamobile'),
                               ('59', 'Gmobile'), ('99', 'Gmobile')) v (p, carrier)) pfx
            ON pfx.i = x.j %% 33
         ORDER BY x.j
    $i$, schema, s);

    -- Insurance records of 90% of the persons of the base population.
    EXECUTE format($i$
        INSERT INTO %I.insurance_records (insurance_code, id_number, full_name, birth_date, sex, active)
        SELECT c.gso_code || lpad(((f.pk * 1000003 + %2$s) %% 100000000)::text, 8, '0'),
               f.personal_id,
               CASE WHEN f.pdefect = 'insurance_name_mismatch'
                    THEN regexp_replace(f.full_name, '\S+$',
                             CASE WHEN @extschema@.sample_ascii(f.given) = 'Binh' THEN 'Khang' ELSE 'Bình' END)
                    ELSE f.full_name END,
               CASE WHEN f.pdefect = 'insurance_birth_date_mismatch'
                    THEN f.birth_date - 1 - floor(@extschema@.sample_random(%2$s, f.pk, 90) * 700)::integer
                    ELSE f.birth_date END,
               CASE WHEN f.pdefect = 'insurance_sex_mismatch' THEN CASE f.sex WHEN 'M' THEN 'F' ELSE 'M' END
                    ELSE f.sex END,
               NOT f.dead OR f.pdefect IS NOT DISTINCT FROM 'dead_active_insurance'
          FROM _pg_final f
          JOIN _pg_c c ON c.commune_code = f.commune_code
         WHERE f.has_ins
         ORDER BY f.pk
    $i$, schema, s);

    -- Civil events: births since 2016 and every death.
    EXECUTE format($i$
        INSERT INTO %I.civil_events (kind, id_number, full_name, birth_date, event_date, place)
        SELECT e.kind, e.id, e.full_name, e.birth_date, e.event_date, e.commune_code
          FROM (SELECT 'birth' AS kind, f.personal_id AS id, f.full_name, f.birth_date, f.birth_date AS event_date,
                       f.commune_code, f.pk, 1 AS ord
                  FROM _pg_final f WHERE f.birth_date >= '2016-01-01' AND f.pk <= %2$s
                UNION ALL
                SELECT 'death', coalesce(f.personal_id, f.legacy_id), f.full_name, f.birth_date, f.death_date,
                       f.commune_code, f.pk, 2
                  FROM _pg_final f WHERE f.dead) e
         ORDER BY e.pk, e.ord
    $i$, schema, n);

    -- Ground truth.
    EXECUTE format($i$
        INSERT INTO %I.ground_truth (defect, person_key, other_key, household_id, detail)
        SELECT g.defect, g.person_key, g.other_key, g.household_id, g.detail
          FROM (
            SELECT f.pdefect AS defect, f.pk AS person_key,
                   CASE f.pdefect WHEN 'duplicate_id' THEN f.dup_other WHEN 'shared_biometric' THEN f.bio_other END AS other_key,
                   f.household_id,
                   CASE f.pdefect
                       WHEN 'duplicate_id' THEN 'id ' || f.personal_id
                       WHEN 'id_wrong_birth_year' THEN 'id ' || f.personal_id || ', born ' || f.birth_date
                       WHEN 'id_wrong_sex' THEN 'id ' || f.personal_id || ', sex ' || f.sex
                       WHEN 'id_wrong_province' THEN 'id ' || f.personal_id || ', birth province ' || f.birth_province
                           || CASE WHEN NOT EXISTS (SELECT FROM @extschema@.pre2025_provinces pp WHERE pp.id_code = left(f.personal_id, 3))
                                   THEN ' (unknown code)' ELSE '' END
                       WHEN 'sim_unknown_id' THEN 'id ' || f.sim_fresh_id
                       WHEN 'sim_too_many' THEN f.n_sims || ' SIMs'
                   END AS detail
              FROM _pg_final f
             WHERE f.pdefect IS NOT NULL AND f.pdefect <> 'same_person_twice'
               AND (f.pdefect NOT IN ('duplicate_id', 'shared_biometric') OR coalesce(f.dup_other, f.bio_other) IS NOT NULL)
            UNION ALL
            SELECT 'same_person_twice', c.pk, c.copy_pk, NULL, c.variant FROM _pg_copy c
            UNION ALL
            SELECT hh.defect, hh.head_pk, nullif(m.pk, hh.head_pk), hh.h, NULL
              FROM _pg_hh hh JOIN _pg_m m ON m.h = hh.h AND m.pos = hh.member_pos
          ) g
         ORDER BY g.defect, g.person_key, g.other_key
    $i$, schema);
    -- Ids shared by accident (a mistyped digit that hit another person's id)
    -- are real duplicates too: record them, so the truth stays exact.
    EXECUTE format($i$
        INSERT INTO %1$I.ground_truth (defect, person_key, other_key, household_id, detail)
        WITH dup AS (
            SELECT p.personal_id, array_agg(p.person_key ORDER BY p.person_key) AS ks
              FROM %1$I.persons p WHERE p.personal_id IS NOT NULL
             GROUP BY p.personal_id HAVING count(*) > 1
        ), known AS (
            SELECT g.person_key AS k FROM %1$I.ground_truth g WHERE g.defect = 'duplicate_id'
            UNION SELECT g.other_key FROM %1$I.ground_truth g WHERE g.defect = 'duplicate_id'
        )
        SELECT 'duplicate_id', d.ks[1], o.k, NULL, 'accidental: id ' || d.personal_id
          FROM dup d, unnest(d.ks[2:]) AS o(k)
         WHERE EXISTS (SELECT FROM unnest(d.ks) AS x(k) WHERE x.k NOT IN (SELECT k FROM known WHERE k IS NOT NULL))
    $i$, schema);

    FOREACH q IN ARRAY ARRAY['persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events', 'ground_truth'] LOOP
        EXECUTE format('ANALYZE %I.%I', schema, q);
        table_name := q;
        EXECUTE format('SELECT count(*) FROM %I.%I', schema, q) INTO row_count;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.generate_population(name, integer, integer, double precision, date) IS
    'Fill the reference tables of a schema with a deterministic sample population of about that many persons (plus duplicate registrations) and every defect of sample_defect_kinds() injected at defect_rate, recording what was injected in <schema>.ground_truth';
-- population_rules install script, piece 46: the analysts' views.
--
-- generate_views(schema, dataset) creates, in a schema of the caller's,
-- ordinary security_invoker views over the relations registered in the
-- dataset: first one "source view" per registered kind that renames the
-- relation's own columns to the canonical names (a missing column becomes a
-- typed NULL), then the case views of Project 06 and the scorecard, written
-- once over the source views.  A case view whose canonical columns are not
-- all registered is skipped, and the call says which and why.  The views
-- run with the analyst's rights (security_invoker), so row-level security on
-- the base tables also limits what the views show; they are plain views, so
-- pg_dump dumps them and the planner pushes an analyst's WHERE down.
--
-- Settings an analyst may change per session (read with current_setting):
--   population_rules.as_of                date the age and card checks use (default today)
--   population_rules.duplicate_threshold  score a candidate pair needs (default 0.7)
--   population_rules.sim_limit            active SIMs per id number allowed (default 4)

-- The blocking step of the duplicate search, in C (src/duplicate_blocks.c):
-- one pass over the persons, the name keys computed once per spelling, then
-- in-memory sorts instead of four window functions and a grouping over the
-- whole population.
CREATE TYPE @extschema@.duplicate_block AS (
    person_key text,
    name_hash integer,
    phonetic_hash integer,
    name_n bigint,
    day_n bigint,
    year_n bigint,
    province_n bigint,
    persons bigint,
    name_block boolean,
    phonetic_block boolean
);
COMMENT ON TYPE @extschema@.duplicate_block IS
    'A person in a block of the duplicate search: the person''s key as text; hashtext of the accent-free and of the phonetic key of the repaired name; how many persons have that name and sex, that birth date, that birth year and that birth province (NULL when unknown), and how many were read; whether the person shares a name block (same accent-free name and birth date, or same name, birth year and birth province) or the phonetic block (same phonetic key and birth date) with someone';

CREATE FUNCTION @extschema@.duplicate_blocks_add(internal, text, text, date, text, text)
RETURNS internal
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_add';
COMMENT ON FUNCTION @extschema@.duplicate_blocks_add(internal, text, text, date, text, text) IS
    'Transition function of duplicate_blocks: keeps one person';

CREATE FUNCTION @extschema@.duplicate_blocks_result(internal)
RETURNS @extschema@.duplicate_block[]
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_result';
COMMENT ON FUNCTION @extschema@.duplicate_blocks_result(internal) IS
    'Final function of duplicate_blocks: the persons in a block of two or more';

CREATE AGGREGATE @extschema@.duplicate_blocks(person_key text, full_name text, birth_date date,
                                              birth_province text, sex text) (
    SFUNC = @extschema@.duplicate_blocks_add,
    STYPE = internal,
    FINALFUNC = @extschema@.duplicate_blocks_result,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duplicate_blocks(text, text, date, text, text) IS
    'Blocking of the duplicate search: of the persons read (rows without a full name, with a blank one, or without a birth date are skipped; NULL provinces and sexes are values of their own; a row without a key counts but is not returned), those sharing a name block (same accent-free name key and birth date, or same name key, birth year and birth_province) or the phonetic block (same phonetic key and birth date) with another, keys taken after vn_repair_legacy, with the frequencies the score needs. Holds about 60 bytes per person in memory.';

-- The case views: what each needs, and its text (%1$I = the target schema).
CREATE TABLE @extschema@.view_catalog (
    view_name text PRIMARY KEY,
    position integer NOT NULL UNIQUE,
    criterion text CHECK (criterion IN ('đúng', 'đủ', 'sạch', 'sống')),
    needs text[] NOT NULL,
    description text NOT NULL,
    definition text NOT NULL
);
COMMENT ON TABLE @extschema@.view_catalog IS
    'The views generate_views creates: their order, the scorecard criterion each feeds, the canonical columns (kind.column) each needs, and their text';
GRANT SELECT ON @extschema@.view_catalog TO PUBLIC;

-- A view's needs are satisfied when every kind.column is registered and not
-- missing in the dataset.
CREATE FUNCTION @extschema@._view_missing(needs text[], ds name) RETURNS text[]
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(n ORDER BY o), '{}')
      FROM unnest(needs) WITH ORDINALITY AS x(n, o)
     WHERE NOT EXISTS (SELECT FROM @extschema@.source s
                        WHERE s.dataset = ds AND s.kind = split_part(n, '.', 1)
                          AND (split_part(n, '.', 2) = '' OR NOT split_part(n, '.', 2) = ANY (s.missing)))
$$;
COMMENT ON FUNCTION @extschema@._view_missing(text[], name) IS
    'Internal: the needs (kind or kind.column) of a view that the dataset''s registrations do not provide';

-- Session settings with their defaults.  These are plain SQL expressions
-- with every name schema-qualified and no SET clause, so the planner inlines
-- them (a function with a SET clause runs through the function manager on
-- every call: about 2 s per million rows); the views read each once per
-- query through a scalar sub-select, which the planner runs once as an
-- InitPlan.
CREATE FUNCTION @extschema@.views_as_of() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.as_of', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.as_of', true)::pg_catalog.date END,
                    CURRENT_DATE)
$$;
COMMENT ON FUNCTION @extschema@.views_as_of() IS
    'The date the views judge ages and card validity on: setting population_rules.as_of, default today';

CREATE FUNCTION @extschema@.views_duplicate_threshold() RETURNS numeric
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.duplicate_threshold', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.duplicate_threshold', true)::pg_catalog.numeric END,
                    0.7)
$$;
COMMENT ON FUNCTION @extschema@.views_duplicate_threshold() IS
    'The score a candidate pair of duplicate_persons needs to count as one person: setting population_rules.duplicate_threshold, default 0.7';

CREATE FUNCTION @extschema@.views_sim_limit() RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.sim_limit', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.sim_limit', true)::pg_catalog.int4 END,
                    4)
$$;
COMMENT ON FUNCTION @extschema@.views_sim_limit() IS
    'How many active SIMs one id number may hold before sim_too_many lists it: setting population_rules.sim_limit, default 4';

-- One mapped column of a source view: t.col under the canonical column's
-- expected type.  Id numbers and codes are written with leading zeros, which
-- an integer column loses: they are put back (the personal id 1090123456 is
-- 001090123456, the commune 1 is 00001), so that an id held as bigint in one
-- relation matches the same id held as text in another and the id checks
-- read it.  A column that may hold either kind of id number gets 9 digits
-- below 10^9 and 12 above: no 12-digit id is below 10^9, as no province
-- code is 000.  A date or boolean held as text reads an empty or blank
-- string as NULL (the usual spelling of "unknown" in an exported file)
-- rather than failing every view on it.
CREATE FUNCTION @extschema@._source_column_sql(kind text, canon text, expected text, col text, typ oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
             WHEN expected = 'any' OR format_type(typ, NULL) = expected THEN format('t.%I', col)
             WHEN w.digits IS NOT NULL
                  AND (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                         FROM pg_type t WHERE t.oid = typ)
                      IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype, 'numeric'::regtype)
             THEN CASE WHEN w.digits = 0
                       THEN format('CASE WHEN t.%1$I BETWEEN 0 AND 999999999 THEN lpad((t.%1$I)::text, 9, ''0'')'
                                   ' WHEN t.%1$I BETWEEN 0 AND 999999999999 THEN lpad((t.%1$I)::text, 12, ''0'')'
                                   ' ELSE (t.%1$I)::text END', col)
                       ELSE format('CASE WHEN t.%1$I BETWEEN 0 AND %2$s THEN lpad((t.%1$I)::text, %3$s, ''0'')'
                                   ' ELSE (t.%1$I)::text END', col, repeat('9', w.digits), w.digits) END
             WHEN expected IN ('date', 'boolean')
                  AND (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                         FROM pg_type t WHERE t.oid = typ)
                      IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype)
             THEN format('(nullif(btrim(t.%I), ''''))::%s', col, expected)
             ELSE format('(t.%I)::%s', col, expected)
           END
      FROM (SELECT CASE WHEN canon = 'personal_id' THEN 12
                        WHEN canon = 'legacy_id' THEN 9
                        WHEN canon IN ('number', 'superseded_by', 'subscriber_id', 'id_number') THEN 0
                        WHEN canon = 'birth_province' THEN 3
                        WHEN canon = 'commune_code' OR (kind = 'civil_event' AND canon = 'place') THEN 5
                   END) w (digits)
$$;
COMMENT ON FUNCTION @extschema@._source_column_sql(text, text, text, text, oid) IS
    'Internal: the expression of one mapped column in a source view, under its canonical type; leading zeros put back on id numbers and codes held in integer columns, blank text read as NULL for dates and booleans';

-- The source view of one kind: canonical names, typed NULLs for the missing.
-- The person key of the documents takes the type of the persons' key, so
-- that the views can join them (an integer key and a text one have no
-- common equality operator).
CREATE FUNCTION @extschema@._source_view_sql(target name, ds name, k text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src @extschema@.source;
    cols text;
    extra text := '';
    gone record;
    key_type oid;
BEGIN
    SELECT * INTO src FROM @extschema@.source s WHERE s.dataset = ds AND s.kind = k;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = src.relation) THEN
        RAISE EXCEPTION 'relation with OID % does not exist', src.relation::oid
            USING ERRCODE = 'undefined_table',
                  DETAIL = format('Dataset "%s" registers it as its %s source; it was dropped without its registration being removed.',
                                  ds, k),
                  HINT = format('Remove the registration with population_rules.unregister_source(%L, %L), then register the relation that holds the rows.',
                                k, ds);
    END IF;
    -- A mapped column dropped or renamed since the registration.
    SELECT e.key AS canon, e.value AS col INTO gone
      FROM jsonb_each_text(src.mapping) e
     WHERE NOT EXISTS (SELECT FROM pg_attribute a
                        WHERE a.attrelid = src.relation AND a.attname = e.value
                          AND a.attnum > 0 AND NOT a.attisdropped)
     ORDER BY e.key LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'column "%" of relation % does not exist', gone.col, src.relation::text
            USING ERRCODE = 'undefined_column',
                  DETAIL = format('Dataset "%s" maps canonical column "%s" of its %s source to it; the column was dropped or renamed after the registration.',
                                  ds, gone.canon, k),
                  HINT = format('Register the %s source again with population_rules.register_source(..., replace => true).', k);
    END IF;
    IF k = 'id_document' THEN
        SELECT a.atttypid INTO key_type
          FROM @extschema@.source s
          JOIN pg_attribute a ON a.attrelid = s.relation AND a.attname = s.mapping ->> 'person_key'
                             AND a.attnum > 0 AND NOT a.attisdropped
         WHERE s.dataset = ds AND s.kind = 'person';
    END IF;
    SELECT string_agg(
             CASE WHEN NOT src.mapping ? sc.column_name THEN
                      format('NULL::%s', CASE sc.expected_type WHEN 'any' THEN 'text' ELSE sc.expected_type END)
                  WHEN sc.column_name = 'person_key' AND key_type IS NOT NULL AND key_type <> a.atttypid THEN
                      format('(t.%I)::%s', src.mapping ->> sc.column_name, format_type(key_type, NULL))
                  ELSE @extschema@._source_column_sql(k, sc.column_name, sc.expected_type,
                                                      src.mapping ->> sc.column_name, a.atttypid)
             END || format(' AS %I', sc.column_name), ', ' ORDER BY sc.position)
      INTO cols
      FROM @extschema@.source_column sc
      LEFT JOIN pg_attribute a ON a.attrelid = src.relation AND a.attname = src.mapping ->> sc.column_name
                              AND a.attnum > 0 AND NOT a.attisdropped
     WHERE sc.kind = k;
    IF k = 'person' THEN
        -- Derived keys; a view computes only the ones it uses.
        extra := ', @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(t.full_name)) AS name_key'
              || ', @extschema@.vn_key_phonetic(@extschema@.vn_repair_legacy(t.full_name)) AS name_phonetic'
              || ', @extschema@.vn_key_unaccent(t.relation_to_head) AS relation_key'
              || ', coalesce(@extschema@.is_household_head(t.relation_to_head), false) AS is_head';
        RETURN format('SELECT t.* %s FROM (SELECT %s FROM %s t) t', extra, cols, src.relation::text);
    END IF;
    RETURN format('SELECT %s FROM %s t', cols, src.relation::text);
END
$$;
COMMENT ON FUNCTION @extschema@._source_view_sql(name, name, text) IS
    'Internal: the query of the source view of one kind of a dataset';

-- The indexes the views rely on, for the DBA: present or not.
CREATE FUNCTION @extschema@.view_indexes(dataset name DEFAULT 'default')
RETURNS TABLE (relation regclass, purpose text, statement text, present boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    expr text;
BEGIN
    FOR r IN
        SELECT s.relation AS rel, c.col, x.purpose, x.key_fn
          FROM @extschema@.source s
          JOIN (VALUES ('person', 'personal_id', 'same_id, SIM, insurance and card look-ups', NULL),
                       ('person', 'legacy_id', 'SIMs registered under a 9-digit id', NULL),
                       ('person', 'household_id', 'household checks', NULL),
                       ('person', 'biometric_hash', 'same_biometric', NULL),
                       ('person', 'commune_code', 'WHERE commune_code = ... on any view', NULL),
                       ('person', 'full_name', 'looking a name up by its accent-free key', 'vn_key_unaccent'),
                       ('person', 'full_name', 'looking a name up by its phonetic key', 'vn_key_phonetic'),
                       ('id_document', 'person_key', 'cards of a person', NULL),
                       ('sim_subscription', 'subscriber_id', 'SIMs of an id number', NULL),
                       ('insurance_record', 'id_number', 'insurance records of an id number', NULL))
               AS x(kind, canon, purpose, key_fn) ON x.kind = s.kind
         CROSS JOIN LATERAL (SELECT s.mapping ->> x.canon AS col) c   -- NULL: not registered
         WHERE s.dataset = view_indexes.dataset AND c.col IS NOT NULL
         ORDER BY s.kind, x.canon, x.key_fn NULLS FIRST
    LOOP
        relation := r.rel;
        purpose := r.purpose;
        IF r.key_fn IS NULL THEN
            expr := quote_ident(r.col);
            statement := format('CREATE INDEX ON %s (%I)', r.rel::text, r.col);
            present := EXISTS (SELECT FROM pg_index i
                                WHERE i.indrelid = r.rel AND i.indkey[0] =
                                      (SELECT a.attnum FROM pg_attribute a
                                        WHERE a.attrelid = r.rel AND a.attname = r.col));
        ELSE
            expr := format('@extschema@.%s(@extschema@.vn_repair_legacy(%I))', r.key_fn, r.col);
            statement := format('CREATE INDEX ON %s ((%s))', r.rel::text, expr);
            present := EXISTS (SELECT FROM pg_index i
                                WHERE i.indrelid = r.rel AND i.indexprs IS NOT NULL
                                  AND pg_get_indexdef(i.indexrelid) LIKE '%' || r.key_fn || '(%');
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.view_indexes(name) IS
    'The indexes the generated views rely on, over the relations registered in a dataset: the CREATE INDEX statement and whether such an index exists';

-- Location columns shared by every case view (pre-2025 units, by commune).
-- "u" is population_rules.pre2025_units joined on the row's commune_code.
INSERT INTO @extschema@.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(1, 'same_id', 'sạch', '{person.personal_id}',
 'Case 1: one 12-digit id on two or more persons: one row per person holding a shared id',
 $v$SELECT p.personal_id, p.person_key, p.full_name, p.birth_date, p.sex, p.death_date, n.holders,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('id %%s is held by %%s persons', p.personal_id, n.holders) AS reason
  FROM %1$I.person_source p
  JOIN (SELECT s.personal_id, count(*) AS holders FROM %1$I.person_source s
         WHERE s.personal_id IS NOT NULL GROUP BY s.personal_id HAVING count(*) > 1) n
    ON n.personal_id = p.personal_id
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code$v$),
(2, 'duplicate_person_pairs', 'sạch', '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2: pairs of person rows that may be one person with two ids. Candidates come from blocks (same accent-free name key and birth date; same phonetic key and birth date; same accent-free name key, birth year and province of birth registration), never person x person. score = w / (w + chance_matches), where chance_matches is the number of persons expected to share this evidence with the first person by chance (persons with the name and sex, times the share of the population born that day, or that year, times the share born in that province), and w is the prior 0.02 (one person in fifty recorded twice) times how often one person recorded twice shows this evidence: same accent-free name 0.85, phonetic only 0.10; same date 0.90, day and month swapped 0.03, partial date 0.05, other day 0.02; same province 0.97, other 0.03; same sex 0.98, other 0.02; times 5 when the ids differ in one digit, 20 when equal. Pairs with score >= population_rules.duplicate_threshold (default 0.7) count',
 $v$WITH blocks AS MATERIALIZED (
    -- The persons who share a block with someone, with how many persons
    -- have their name and sex, their birth date, birth year and birth
    -- province (the aggregate duplicate_blocks: one pass, name keys once
    -- per spelling, in-memory sorts).
    SELECT b.*
      FROM unnest((SELECT @extschema@.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date,
                                                      p.birth_province, p.sex)
                     FROM %1$I.person_source p
                    WHERE p.full_name IS NOT NULL AND p.birth_date IS NOT NULL
                      -- 'infinity' is no birth date, and has no year
                      AND isfinite(p.birth_date))) b
), blocked AS MATERIALIZED (
    -- Those persons' rows.
    SELECT p.person_key, p.birth_date, coalesce(p.birth_date_precision, 'day') AS birth_date_precision,
           extract(year FROM p.birth_date)::integer AS birth_year, p.birth_province, p.sex,
           b.name_hash, b.phonetic_hash, b.name_n, b.day_n, b.year_n::numeric AS year_n, b.province_n,
           b.persons::numeric AS persons, b.name_block, b.phonetic_block
      FROM blocks b
      JOIN %1$I.person_source p ON p.person_key::text = b.person_key
), pairs AS (
    -- The blocks, as equi-joins of the few persons that share a key, carrying
    -- both sides along: the name-key blocks as one join on name and birth
    -- year keeping the same date or the same province; then the phonetic
    -- block.  A pair found by two blocks is kept once.
    SELECT DISTINCT ON ((c.pa).person_key, (c.pb).person_key) c.pa, c.pb
      FROM (SELECT a AS pa, b AS pb FROM blocked a JOIN blocked b
                ON b.name_hash = a.name_hash AND b.birth_year = a.birth_year AND a.person_key < b.person_key
               AND (b.birth_date = a.birth_date OR b.birth_province = a.birth_province)
             WHERE a.name_block AND b.name_block
            UNION ALL
            SELECT a, b FROM blocked a JOIN blocked b
                ON b.phonetic_hash = a.phonetic_hash AND b.birth_date = a.birth_date
               AND a.person_key < b.person_key AND b.name_hash <> a.name_hash
             WHERE a.phonetic_block AND b.phonetic_block) c
     ORDER BY (c.pa).person_key, (c.pb).person_key
), in_pairs AS (
    -- What the evidence needs of the persons in pairs (one pass).
    SELECT s.person_key, s.personal_id, s.full_name, s.commune_code,
           @extschema@.vn_repair_legacy(s.full_name) AS name
      FROM %1$I.person_source s
     WHERE s.person_key IN (SELECT (p.pa).person_key FROM pairs p UNION SELECT (p.pb).person_key FROM pairs p)
), named AS MATERIALIZED (
    SELECT p.pa, p.pb, sa.personal_id AS id_a, sb.personal_id AS id_b, sa.full_name AS full_name_a,
           sb.full_name AS full_name_b, sa.commune_code AS commune_a, sb.commune_code AS commune_b,
           sa.name AS name_a, sb.name AS name_b
      FROM pairs p
      JOIN in_pairs sa ON sa.person_key = (p.pa).person_key
      JOIN in_pairs sb ON sb.person_key = (p.pb).person_key
), ev AS MATERIALIZED (
    SELECT (p.pa).*, p.id_a AS personal_id, p.full_name_a AS full_name, p.commune_a AS commune_code,
           (p.pb).person_key AS other_person_key, p.id_b AS other_personal_id,
           p.full_name_b AS other_full_name, (p.pb).birth_date AS other_birth_date,
           p.commune_b AS other_commune_code, (p.pb).name_n AS other_name_n, (p.pb).day_n AS other_day_n,
           CASE WHEN @extschema@.vn_key_unaccent(p.name_a) <> @extschema@.vn_key_unaccent(p.name_b) THEN 'phonetic'
                WHEN @extschema@.vn_upper(@extschema@.vn_normalize(p.name_a))
                     = @extschema@.vn_upper(@extschema@.vn_normalize(p.name_b)) THEN 'canonical'
                ELSE 'accent-free' END AS name_layer,
           CASE WHEN (p.pa).birth_date = (p.pb).birth_date
                THEN 'same ' || greatest((p.pa).birth_date_precision, (p.pb).birth_date_precision)
                WHEN extract(month FROM (p.pa).birth_date) = extract(day FROM (p.pb).birth_date)
                     AND extract(day FROM (p.pa).birth_date) = extract(month FROM (p.pb).birth_date)
                     AND (p.pa).birth_year = (p.pb).birth_year THEN 'day and month swapped'
                WHEN 'year' IN ((p.pa).birth_date_precision, (p.pb).birth_date_precision)
                     OR ('month' IN ((p.pa).birth_date_precision, (p.pb).birth_date_precision)
                         AND date_trunc('month', (p.pa).birth_date) = date_trunc('month', (p.pb).birth_date))
                THEN 'partial date'
                ELSE 'other day, same year' END AS birth_date_layer,
           CASE WHEN (p.pa).birth_province IS NULL OR (p.pb).birth_province IS NULL THEN NULL
                ELSE (p.pa).birth_province = (p.pb).birth_province END AS same_province,
           CASE WHEN (p.pa).sex IS NULL OR (p.pb).sex IS NULL THEN NULL ELSE (p.pa).sex = (p.pb).sex END AS same_sex,
           CASE WHEN p.id_a IS NULL OR p.id_b IS NULL THEN 'one id missing'
                WHEN p.id_a = p.id_b THEN 'same id'
                WHEN length(p.id_a) = 12 AND length(p.id_b) = 12
                     AND (SELECT count(*) FROM generate_series(1, 12) i
                           WHERE substr(p.id_a, i, 1) <> substr(p.id_b, i, 1)) = 1
                THEN 'one digit differs'
                ELSE 'different ids' END AS id_layer
      FROM named p
     -- a hash collision is no evidence: the keys themselves must agree
     WHERE @extschema@.vn_key_unaccent(p.name_a) = @extschema@.vn_key_unaccent(p.name_b)
        OR (@extschema@.vn_key_phonetic(p.name_a) = @extschema@.vn_key_phonetic(p.name_b)
            AND (p.pa).birth_date = (p.pb).birth_date)
), sc AS MATERIALIZED (
    SELECT ev.*,
           CASE WHEN ev.birth_date_layer LIKE 'same %%' THEN ev.day_n
                WHEN ev.birth_date_layer = 'day and month swapped' THEN ev.other_day_n
                ELSE ev.year_n END AS birth_date_n,
           -- persons expected to share this evidence with the first person by chance
           2.0 * ev.name_n * ev.other_name_n / (ev.name_n + ev.other_name_n)
           * CASE WHEN ev.birth_date_layer LIKE 'same %%' THEN ev.day_n
                  WHEN ev.birth_date_layer = 'day and month swapped' THEN ev.other_day_n
                  ELSE ev.year_n END / ev.persons
           * CASE WHEN ev.same_province THEN ev.province_n / ev.persons ELSE 1 END AS chance,
           -- the prior times how often one person recorded twice shows this evidence
           0.02 * CASE WHEN ev.name_layer = 'phonetic' THEN 0.10 ELSE 0.85 END
           * CASE WHEN ev.birth_date_layer LIKE 'same %%' THEN 0.90
                  WHEN ev.birth_date_layer = 'day and month swapped' THEN 0.03
                  WHEN ev.birth_date_layer = 'partial date' THEN 0.05 ELSE 0.02 END
           * CASE ev.same_province WHEN true THEN 0.97 WHEN false THEN 0.03 ELSE 1 END
           * CASE ev.same_sex WHEN true THEN 0.98 WHEN false THEN 0.02 ELSE 1 END
           * CASE ev.id_layer WHEN 'same id' THEN 20 WHEN 'one digit differs' THEN 5 ELSE 1 END AS weight
      FROM ev
)
SELECT sc.person_key, sc.other_person_key, sc.personal_id, sc.other_personal_id, sc.full_name, sc.other_full_name,
       sc.birth_date, sc.other_birth_date, sc.name_layer, sc.birth_date_layer, sc.same_province, sc.same_sex,
       sc.id_layer, sc.name_n AS name_frequency, sc.other_name_n AS other_name_frequency,
       sc.birth_date_n AS birth_date_frequency, sc.province_n AS province_frequency,
       sc.chance::double precision AS chance_matches, round((sc.weight / (sc.weight + sc.chance))::numeric, 3) AS score,
       sc.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name, sc.other_commune_code,
       format('%%s name (%%s and %%s persons of that sex), %%s (%%s persons), %%s, %%s: %%s persons expected to match by chance',
              sc.name_layer, sc.name_n, sc.other_name_n, sc.birth_date_layer, sc.birth_date_n,
              CASE sc.same_province WHEN true THEN format('same birth province (%%s persons)', sc.province_n)
                                    WHEN false THEN 'other birth province' ELSE 'birth province unknown' END,
              sc.id_layer, trim(to_char(sc.chance, '9.9EEEE'))) AS reason
  FROM sc
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = sc.commune_code$v$),
(3, 'duplicate_persons', 'sạch', '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2, grouped: the persons of candidate pairs scoring at least population_rules.duplicate_threshold (default 0.7), joined into groups (a person recorded three times is one group of three); one row per person',
 $v$WITH e AS (
    SELECT d.person_key AS a, d.other_person_key AS b, d.score
      FROM %1$I.duplicate_person_pairs d
     WHERE d.score >= @extschema@.views_duplicate_threshold()
), ed AS (
    SELECT e.a, e.b, e.score FROM e UNION ALL SELECT e.b, e.a, e.score FROM e
), l1 AS (   -- three rounds of smallest-key propagation: groups up to three pairs wide
    SELECT ed.a, least(ed.a, min(ed.b)) AS g, count(*) + 1 AS n FROM ed GROUP BY ed.a
), l2 AS (
    SELECT ed.a, least(min(l1.g), min(x.g)) AS g FROM ed JOIN l1 ON l1.a = ed.b JOIN l1 x ON x.a = ed.a GROUP BY ed.a
), l3 AS (
    SELECT ed.a, least(min(l2.g), min(x.g)) AS g FROM ed JOIN l2 ON l2.a = ed.b JOIN l2 x ON x.a = ed.a GROUP BY ed.a
), g AS (
    SELECT l3.a AS person_key, l3.g AS group_key, count(*) OVER (PARTITION BY l3.g) AS group_size FROM l3
), best AS (
    SELECT ed.a AS person_key, max(ed.score) AS best_score FROM ed GROUP BY ed.a
)
SELECT g.group_key, g.group_size, p.person_key, p.personal_id, p.full_name, p.birth_date, p.sex, b.best_score,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('one of %%s rows that look like one person with %%s ids (best pair score %%s)', g.group_size,
              g.group_size, b.best_score) AS reason
  FROM g
  JOIN best b ON b.person_key = g.person_key
  JOIN %1$I.person_source p ON p.person_key = g.person_key
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code$v$),
(4, 'same_biometric', 'sạch', '{person.biometric_hash}',
 'Case 3: one biometric hash on two or more persons: one row per person',
 $v$SELECT p.biometric_hash, p.person_key, p.personal_id, p.full_name, p.birth_date, n.holders,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('biometric profile shared by %%s persons', n.holders) AS reason
  FROM %1$I.person_source p
  JOIN (SELECT s.biometric_hash, count(*) AS holders FROM %1$I.person_source s
         WHERE s.biometric_hash IS NOT NULL GROUP BY s.biometric_hash HAVING count(*) > 1) n
    ON n.biometric_hash = p.biometric_hash
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code$v$),
(5, 'household_heads', NULL, '{person.household_id,person.relation_to_head,person.death_date}',
 'Case 4: households with more than one head (sạch), with none, or with only a dead head (đủ): one row per household and problem',
 $v$SELECT h.household_id, x.problem, h.members, h.heads, h.living_heads, h.head_keys,
       h.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('%%s: %%s members, %%s heads (%%s alive)', x.problem, h.members, h.heads, h.living_heads) AS reason
  FROM (SELECT p.household_id, count(*) AS members, count(*) FILTER (WHERE p.is_head) AS heads,
               count(*) FILTER (WHERE p.is_head AND p.death_date IS NULL) AS living_heads,
               array_agg(p.person_key ORDER BY p.person_key) FILTER (WHERE p.is_head) AS head_keys,
               min(p.commune_code) AS commune_code
          FROM %1$I.person_source p WHERE p.household_id IS NOT NULL
         GROUP BY p.household_id) h
  CROSS JOIN LATERAL (SELECT 'more than one head' WHERE h.heads > 1
                      UNION ALL SELECT 'no head' WHERE h.heads = 0
                      UNION ALL SELECT 'only a dead head' WHERE h.heads > 0 AND h.living_heads = 0) x (problem)
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = h.commune_code$v$),
(6, 'legacy_id_only', 'đủ', '{person.personal_id,person.legacy_id,person.death_date}',
 'Case 5: living persons with only a 9-digit legacy id (CMND), never linked to a 12-digit number',
 $v$SELECT p.person_key, p.legacy_id, p.full_name, p.birth_date,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('only the 9-digit id %%s, no 12-digit id', p.legacy_id) AS reason
  FROM %1$I.person_source p
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.personal_id IS NULL AND p.legacy_id IS NOT NULL AND p.death_date IS NULL$v$),
(7, 'missing_card', 'đủ', '{person.personal_id,person.birth_date,person.death_date,id_document.kind,id_document.status}',
 'Case 5: living persons aged 14 or more on population_rules.as_of (default today) without a 12-digit id or without a valid card (12-digit CMND, CCCD or căn cước)',
 $v$SELECT p.person_key, p.personal_id, p.legacy_id, p.full_name, p.birth_date,
       CASE WHEN isfinite(p.birth_date)
            THEN date_part('year', age((SELECT @extschema@.views_as_of()), p.birth_date))::integer END AS age,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN p.personal_id IS NULL THEN 'aged 14 or more without a 12-digit id'
            ELSE 'aged 14 or more without a valid card' END AS reason
  FROM %1$I.person_source p
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.death_date IS NULL
   AND p.birth_date <= (SELECT @extschema@.views_as_of() - interval '14 years')
   -- no 12-digit id, or no valid card: written as one NOT EXISTS (an anti
   -- join) rather than "IS NULL OR NOT EXISTS", which the planner costs as a
   -- sub-select per person
   AND NOT EXISTS (SELECT FROM %1$I.id_document_source d
                    WHERE d.person_key = p.person_key AND p.personal_id IS NOT NULL
                      AND d.status = 'active' AND d.kind IN ('cmnd12', 'cccd', 'cancuoc'))$v$),
(8, 'card_renewal_overdue', 'sống', '{person.birth_date,person.death_date,id_document.kind,id_document.status,id_document.issue_date,id_document.expiry_date}',
 'Case 5: living persons whose active card is past its renewal age (14, 25, 40, 60; a card issued within two years before one lasts to the next) on population_rules.as_of',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.birth_date, d.number AS card_number, d.kind AS card_kind,
       d.issue_date, e.expiry_date,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('card %%s expired on %%s, not renewed', d.number, e.expiry_date) AS reason
  FROM %1$I.person_source p
  JOIN %1$I.id_document_source d ON d.person_key = p.person_key
  -- card_expiry_date(p.birth_date, d.issue_date), written out so that it is
  -- inlined (the function's sub-select makes it a call per card).
  CROSS JOIN LATERAL (
      SELECT coalesce(d.expiry_date,
                      (CASE WHEN p.birth_date + interval '12 years' > d.issue_date THEN p.birth_date + interval '14 years'
                            WHEN p.birth_date + interval '23 years' > d.issue_date THEN p.birth_date + interval '25 years'
                            WHEN p.birth_date + interval '38 years' > d.issue_date THEN p.birth_date + interval '40 years'
                            WHEN p.birth_date + interval '58 years' > d.issue_date THEN p.birth_date + interval '60 years'
                       END)::date) AS expiry_date) e
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.death_date IS NULL AND d.status = 'active' AND d.kind IN ('cmnd12', 'cccd', 'cancuoc')
   AND e.expiry_date < (SELECT @extschema@.views_as_of())$v$),
(9, 'id_structure', 'đúng', '{person.personal_id,person.birth_date,person.sex,person.birth_province}',
 'Case 6: 12-digit ids whose digits contradict the birth year, sex or province of birth registration (or whose province code is unknown), and ids that are not exactly 12 ASCII digits',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.birth_date, p.sex, p.birth_province,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name, x.problems AS reason
  FROM %1$I.person_source p
  CROSS JOIN LATERAL (SELECT CASE WHEN @extschema@.id_key(p.personal_id) IS NULL
                                 THEN 'malformed id (not exactly 12 ASCII digits)'
                                 ELSE @extschema@.id_structure_problems(@extschema@.id_key(p.personal_id),
                                          CASE WHEN isfinite(p.birth_date) THEN extract(year FROM p.birth_date)::integer END,
                                          p.sex, p.birth_province) END AS problems) x
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.personal_id IS NOT NULL AND x.problems IS NOT NULL$v$),
(10, 'dead_still_active', 'sống', '{person.death_date,person.resident,person.household_id,person.relation_to_head,sim_subscription.subscriber_id,sim_subscription.active,insurance_record.id_number,insurance_record.active}',
 'Case 7: dead persons still a household head, still resident, with an active SIM or active insurance: one row per person and problem',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.death_date, x.problem,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('died %%s, %%s', p.death_date, x.problem) AS reason
  FROM %1$I.person_source p
  CROSS JOIN LATERAL (
      SELECT 'still household head' WHERE p.is_head AND p.household_id IS NOT NULL
      UNION ALL SELECT 'still resident' WHERE p.resident
      UNION ALL SELECT 'active SIM' WHERE EXISTS (SELECT FROM %1$I.sim_subscription_source s
                                                   WHERE s.subscriber_id IN (p.personal_id, p.legacy_id) AND s.active)
      UNION ALL SELECT 'active insurance' WHERE EXISTS (SELECT FROM %1$I.insurance_record_source i
                                                         WHERE i.id_number = p.personal_id AND i.active)) x (problem)
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.death_date IS NOT NULL$v$),
(11, 'sim_mismatch', 'đúng', '{person.personal_id,person.full_name,person.birth_date,sim_subscription.subscriber_id,sim_subscription.subscriber_name,sim_subscription.birth_date}',
 'Case 8: SIM subscriptions whose id, name or birth date match no person with that id number (names compared by their accent-free keys)',
 $v$WITH f AS (   -- SIMs with no holder of their id matching on name and birth date
    SELECT s.phone_number, s.subscriber_id, s.subscriber_name, s.birth_date, s.carrier, s.active
      FROM %1$I.sim_subscription_source s
     WHERE NOT EXISTS (SELECT FROM %1$I.person_source p
                        WHERE p.personal_id = s.subscriber_id AND p.birth_date = s.birth_date
                          AND (p.full_name = s.subscriber_name
                               OR p.name_key = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(s.subscriber_name))
                               OR @extschema@.vn_key_unaccent(p.full_name) = @extschema@.vn_key_unaccent(s.subscriber_name)))
       AND NOT EXISTS (SELECT FROM %1$I.person_source p
                        WHERE p.legacy_id = s.subscriber_id AND p.birth_date = s.birth_date
                          AND (p.full_name = s.subscriber_name
                               OR p.name_key = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(s.subscriber_name))
                               OR @extschema@.vn_key_unaccent(p.full_name) = @extschema@.vn_key_unaccent(s.subscriber_name)))
), m AS (      -- those SIMs beside every holder of their id, if any
    SELECT f.*, h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.commune_code,
           (h.full_name = f.subscriber_name
            OR @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(h.full_name))
               = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(f.subscriber_name))
            OR @extschema@.vn_key_unaccent(h.full_name) = @extschema@.vn_key_unaccent(f.subscriber_name)) AS name_ok
      FROM f
      LEFT JOIN (SELECT p.personal_id AS id, p.person_key, p.full_name, p.birth_date, p.commune_code
                   FROM %1$I.person_source p WHERE p.personal_id IS NOT NULL
                 UNION ALL
                 SELECT p.legacy_id, p.person_key, p.full_name, p.birth_date, p.commune_code
                   FROM %1$I.person_source p WHERE p.legacy_id IS NOT NULL) h ON h.id = f.subscriber_id
), w AS (
    SELECT m.*, bool_or(m.name_ok) OVER x AS any_name,
           row_number() OVER (PARTITION BY m.phone_number ORDER BY m.name_ok DESC NULLS LAST, m.person_key) AS rn
      FROM m
    WINDOW x AS (PARTITION BY m.phone_number)
)
SELECT w.phone_number, w.subscriber_id, w.subscriber_name, w.birth_date, w.carrier, w.active,
       w.person_key, w.person_name, w.person_birth_date,
       w.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN w.person_key IS NULL THEN 'no person holds id ' || coalesce(w.subscriber_id, '(none)')
            WHEN NOT w.any_name THEN 'name differs from the holder of the id'
            ELSE 'birth date differs from the holder of the id' END AS reason
  FROM w
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = w.commune_code
 WHERE w.rn = 1$v$),
(12, 'sim_too_many', 'sạch', '{person.personal_id,sim_subscription.subscriber_id,sim_subscription.active}',
 'Case 8: persons whose id number holds more active SIMs than population_rules.sim_limit (default 4)',
 $v$WITH n AS (
    SELECT s.subscriber_id, count(*) AS active_sims FROM %1$I.sim_subscription_source s
     WHERE s.active AND s.subscriber_id IS NOT NULL
     GROUP BY s.subscriber_id HAVING count(*) > (SELECT @extschema@.views_sim_limit())
), h AS (      -- the person's id is their 12-digit id, or their 9-digit one when they have no other
    -- (two joins on plain columns rather than one on coalesce(), which the
    -- planner cannot estimate: it would expect a billion rows)
    SELECT n.subscriber_id, n.active_sims, p.person_key, p.full_name, p.commune_code
      FROM n JOIN %1$I.person_source p ON p.personal_id = n.subscriber_id
    UNION ALL
    SELECT n.subscriber_id, n.active_sims, p.person_key, p.full_name, p.commune_code
      FROM n JOIN %1$I.person_source p ON p.legacy_id = n.subscriber_id AND p.personal_id IS NULL
)
SELECT h.person_key, h.subscriber_id, h.full_name, h.active_sims,
       h.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('%%s active SIMs on id %%s (limit %%s)', h.active_sims, h.subscriber_id, (SELECT @extschema@.views_sim_limit())) AS reason
  FROM h
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = h.commune_code$v$),
(13, 'insurance_mismatch', 'đúng', '{person.personal_id,person.full_name,person.birth_date,person.sex,insurance_record.id_number,insurance_record.full_name,insurance_record.birth_date,insurance_record.sex}',
 'Case 9: insurance records that match no person with that id number on name, birth date and sex',
 $v$WITH f AS (   -- records with no holder of their id matching on name, birth date and sex
    SELECT i.insurance_code, i.id_number, i.full_name, i.birth_date, i.sex, i.active
      FROM %1$I.insurance_record_source i
     WHERE i.id_number IS NOT NULL
       AND NOT EXISTS (SELECT FROM %1$I.person_source p
                        WHERE p.personal_id = i.id_number AND p.birth_date = i.birth_date AND p.sex = i.sex
                          AND (p.full_name = i.full_name
                               OR p.name_key = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(i.full_name))
                               OR @extschema@.vn_key_unaccent(p.full_name) = @extschema@.vn_key_unaccent(i.full_name)))
), m AS (      -- those records beside every holder of their id, if any
    SELECT f.*, h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.sex AS person_sex,
           h.commune_code,
           (h.full_name = f.full_name
            OR @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(h.full_name))
               = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(f.full_name))
            OR @extschema@.vn_key_unaccent(h.full_name) = @extschema@.vn_key_unaccent(f.full_name)) AS name_ok
      FROM f
      LEFT JOIN %1$I.person_source h ON h.personal_id = f.id_number
), w AS (
    SELECT m.*, row_number() OVER (PARTITION BY m.insurance_code ORDER BY m.name_ok DESC NULLS LAST, m.person_key) AS rn
      FROM m
)
SELECT w.insurance_code, w.id_number, w.full_name, w.birth_date, w.sex, w.active,
       w.person_key, w.person_name, w.person_birth_date, w.person_sex,
       w.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN w.person_key IS NULL THEN 'no person holds id ' || w.id_number
            ELSE concat_ws(', ',
                   CASE WHEN NOT w.name_ok THEN 'name differs' END,
                   CASE WHEN w.person_birth_date IS DISTINCT FROM w.birth_date THEN 'birth date differs' END,
                   CASE WHEN w.person_sex IS DISTINCT FROM w.sex THEN 'sex differs' END) END AS reason
  FROM w
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = w.commune_code
 WHERE w.rn = 1$v$),
(14, 'relation_checks', 'đúng', '{person.household_id,person.relation_to_head,person.sex,person.birth_date}',
 'Case 10: soft checks of the relation to the head: gendered terms against sex, parents or grandparents younger than the head, children or grandchildren older (households with exactly one head), more than one spouse',
 $v$WITH h AS (   -- per household: its heads, the head's birth date, its spouses
    SELECT p.household_id, count(*) FILTER (WHERE p.is_head) AS heads,
           min(p.birth_date) FILTER (WHERE p.is_head) AS head_birth_date,
           count(*) FILTER (WHERE p.relation_key IN ('vo', 'chong')) AS spouses
      FROM %1$I.person_source p
     WHERE p.household_id IS NOT NULL
     GROUP BY p.household_id
), m AS (      -- members failing at least one check (each is listed below)
    SELECT p.person_key, p.household_id, p.full_name, p.sex, p.birth_date, p.relation_to_head, p.relation_key,
           p.is_head, p.commune_code, h.heads, h.head_birth_date, h.spouses
      FROM %1$I.person_source p
      JOIN h ON h.household_id = p.household_id
     WHERE (p.sex = 'M' AND p.relation_key IN ('vo', 'me', 'ba', 'chi', 'con dau', 'co', 'di', 'thim', 'mo'))
        OR (p.sex = 'F' AND p.relation_key IN ('chong', 'cha', 'bo', 'ong', 'anh', 'con re', 'chu', 'cau'))
        OR (h.heads = 1 AND NOT p.is_head AND p.relation_key IN ('cha', 'bo', 'me', 'ong', 'ba')
            AND p.birth_date > h.head_birth_date)
        OR (h.heads = 1 AND NOT p.is_head AND p.relation_key IN ('con', 'chau') AND p.birth_date < h.head_birth_date)
        OR (h.spouses > 1 AND p.relation_key IN ('vo', 'chong'))
)
SELECT m.person_key, m.household_id, m.full_name, m.sex, m.birth_date, m.relation_to_head, x.problem,
       m.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('relation "%%s": %%s', m.relation_to_head, x.problem) AS reason
  FROM m
  CROSS JOIN LATERAL (
      SELECT 'female term for a man' WHERE m.sex = 'M'
             AND m.relation_key IN ('vo', 'me', 'ba', 'chi', 'con dau', 'co', 'di', 'thim', 'mo')
      UNION ALL SELECT 'male term for a woman' WHERE m.sex = 'F'
             AND m.relation_key IN ('chong', 'cha', 'bo', 'ong', 'anh', 'con re', 'chu', 'cau')
      UNION ALL SELECT 'parent or grandparent younger than the head' WHERE m.heads = 1 AND NOT m.is_head
             AND m.relation_key IN ('cha', 'bo', 'me', 'ong', 'ba') AND m.birth_date > m.head_birth_date
      UNION ALL SELECT 'child or grandchild older than the head' WHERE m.heads = 1 AND NOT m.is_head
             AND m.relation_key IN ('con', 'chau') AND m.birth_date < m.head_birth_date
      UNION ALL SELECT 'one of several spouses of the head' WHERE m.spouses > 1
             AND m.relation_key IN ('vo', 'chong')) x (problem)
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = m.commune_code$v$);

-- How each case view's rows count against persons in the scorecard: the
-- query giving (person_key, criterion) from the view (%1$I = schema).
CREATE TABLE @extschema@.view_person_checks (
    view_name text PRIMARY KEY REFERENCES @extschema@.view_catalog,
    query text NOT NULL
);
COMMENT ON TABLE @extschema@.view_person_checks IS
    'For each case view that counts in the scorecard: the query that turns its rows into (person_key, check_name, criterion)';
GRANT SELECT ON @extschema@.view_person_checks TO PUBLIC;
INSERT INTO @extschema@.view_person_checks
SELECT c.view_name,
       format('SELECT v.person_key, %L::text AS check_name, %L::text AS criterion FROM %%1$I.%I v WHERE v.person_key IS NOT NULL',
              c.view_name, c.criterion, c.view_name)
  FROM @extschema@.view_catalog c
 WHERE c.criterion IS NOT NULL AND c.view_name <> 'duplicate_person_pairs';
INSERT INTO @extschema@.view_person_checks VALUES
('household_heads',
 $q$SELECT p.person_key, CASE WHEN h.problem = 'more than one head' THEN 'household_heads: more than one head'
                             ELSE 'household_heads: ' || h.problem END AS check_name,
       CASE WHEN h.problem = 'more than one head' THEN 'sạch' ELSE 'đủ' END AS criterion
  FROM %1$I.household_heads h JOIN %1$I.person_source p ON p.household_id = h.household_id$q$);

-- The scorecards do not re-run the case views through person_checks: they
-- judge every person in one pass over person_source, each check a boolean
-- expression over the person's row and a few side inputs, each side one
-- hash-aggregated relation joined by its key (an id, a household, a person).
-- The three views whose person is found by scoring or by matching records
-- are read as they are (sim_mismatch, insurance_mismatch; duplicates through
-- duplicate_person_pairs at the threshold).  Each expression states its case view's condition for one person;
-- sql/views_generate.sql checks that every count of the scorecard equals the
-- count of persons person_checks gives for it.  %1$I = the target schema.
CREATE TABLE @extschema@.view_scorecard_sides (
    side_name text PRIMARY KEY,
    join_clause text NOT NULL
);
COMMENT ON TABLE @extschema@.view_scorecard_sides IS
    'The side inputs of the scorecards: a LEFT JOIN of person_source p to one relation with at most one row per join key';
GRANT SELECT ON @extschema@.view_scorecard_sides TO PUBLIC;
INSERT INTO @extschema@.view_scorecard_sides VALUES
('sid', $q$LEFT JOIN (SELECT s.personal_id FROM %1$I.person_source s WHERE s.personal_id IS NOT NULL
                  GROUP BY s.personal_id HAVING count(*) > 1) sid ON sid.personal_id = p.personal_id$q$),
-- The persons of duplicate_persons are those of the pairs at the threshold:
-- read from the pairs, without the grouping that view adds.
('dup', $q$LEFT JOIN (SELECT DISTINCT x.person_key
                   FROM %1$I.duplicate_person_pairs d
                   CROSS JOIN LATERAL (VALUES (d.person_key), (d.other_person_key)) x (person_key)
                  WHERE d.score >= @extschema@.views_duplicate_threshold()) dup ON dup.person_key = p.person_key$q$),
('bio', $q$LEFT JOIN (SELECT s.biometric_hash FROM %1$I.person_source s WHERE s.biometric_hash IS NOT NULL
                  GROUP BY s.biometric_hash HAVING count(*) > 1) bio ON bio.biometric_hash = p.biometric_hash$q$),
('hh', $q$LEFT JOIN (SELECT s.household_id, count(*) FILTER (WHERE s.is_head) AS heads,
                         count(*) FILTER (WHERE s.is_head AND s.death_date IS NULL) AS living_heads,
                         min(s.birth_date) FILTER (WHERE s.is_head) AS head_birth_date,
                         count(*) FILTER (WHERE s.relation_key IN ('vo', 'chong')) AS spouses
                    FROM %1$I.person_source s WHERE s.household_id IS NOT NULL
                   GROUP BY s.household_id) hh ON hh.household_id = p.household_id$q$),
-- A person's valid active cards: the earliest written expiry, and the
-- earliest issue among those without one (the computed expiry only grows
-- with the issue date, so the earliest issue expires first).
('card', $q$LEFT JOIN (SELECT d.person_key, min(d.expiry_date) AS min_expiry,
                           min(d.issue_date) FILTER (WHERE d.expiry_date IS NULL) AS min_open_issue
                      FROM %1$I.id_document_source d
                     WHERE d.status = 'active' AND d.kind IN ('cmnd12', 'cccd', 'cancuoc')
                     GROUP BY d.person_key) card ON card.person_key = p.person_key$q$),
-- Dead persons with an active SIM or active insurance (a side rather than
-- two sub-selects per person, which the planner would cost for every person;
-- OFFSET 0 keeps the sub-selects above the filter on death_date).
('dead', $q$LEFT JOIN (SELECT q.person_key
                    FROM (SELECT q.person_key, q.personal_id, q.legacy_id FROM %1$I.person_source q
                           WHERE q.death_date IS NOT NULL OFFSET 0) q
                   WHERE (EXISTS (SELECT FROM %1$I.sim_subscription_source s
                                   WHERE s.subscriber_id IN (q.personal_id, q.legacy_id) AND s.active)
                          OR EXISTS (SELECT FROM %1$I.insurance_record_source i
                                      WHERE i.id_number = q.personal_id AND i.active))) dead
         ON dead.person_key = p.person_key$q$),
('smm', $q$LEFT JOIN (SELECT DISTINCT v.person_key FROM %1$I.sim_mismatch v) smm ON smm.person_key = p.person_key$q$),
-- Id numbers over the SIM limit: a person's 12-digit id, or their 9-digit
-- one when they have no other (two joins on plain columns: the planner
-- cannot estimate a join on coalesce(), and would expect a billion rows).
('stm', $q$LEFT JOIN (SELECT s.subscriber_id FROM %1$I.sim_subscription_source s
                  WHERE s.active AND s.subscriber_id IS NOT NULL
                  GROUP BY s.subscriber_id HAVING count(*) > (SELECT @extschema@.views_sim_limit())) stm
         ON stm.subscriber_id = p.personal_id
       LEFT JOIN (SELECT q.person_key FROM %1$I.person_source q
                   JOIN %1$I.sim_subscription_source s ON s.subscriber_id = q.legacy_id
                  WHERE q.personal_id IS NULL AND s.active
                  GROUP BY q.person_key HAVING count(*) > (SELECT @extschema@.views_sim_limit())) stl
         ON stl.person_key = p.person_key$q$),
('imm', $q$LEFT JOIN (SELECT DISTINCT v.person_key FROM %1$I.insurance_mismatch v) imm ON imm.person_key = p.person_key$q$);

CREATE TABLE @extschema@.view_scorecard_checks (
    check_name text PRIMARY KEY,
    view_name text NOT NULL REFERENCES @extschema@.view_catalog,
    criterion text NOT NULL CHECK (criterion IN ('đúng', 'đủ', 'sạch', 'sống')),
    sides text[] NOT NULL,
    flag text NOT NULL
);
COMMENT ON TABLE @extschema@.view_scorecard_checks IS
    'The checks of the scorecards: for each, its case view, its criterion, the side inputs it reads and the condition under which a person (p) fails it';
GRANT SELECT ON @extschema@.view_scorecard_checks TO PUBLIC;
INSERT INTO @extschema@.view_scorecard_checks VALUES
('same_id', 'same_id', 'sạch', '{sid}', $q$sid.personal_id IS NOT NULL$q$),
('duplicate_persons', 'duplicate_persons', 'sạch', '{dup}', $q$dup.person_key IS NOT NULL$q$),
('same_biometric', 'same_biometric', 'sạch', '{bio}', $q$bio.biometric_hash IS NOT NULL$q$),
('household_heads: more than one head', 'household_heads', 'sạch', '{hh}', $q$hh.heads > 1$q$),
('household_heads: no head', 'household_heads', 'đủ', '{hh}', $q$hh.heads = 0$q$),
('household_heads: only a dead head', 'household_heads', 'đủ', '{hh}', $q$hh.heads > 0 AND hh.living_heads = 0$q$),
('legacy_id_only', 'legacy_id_only', 'đủ', '{}',
 $q$p.personal_id IS NULL AND p.legacy_id IS NOT NULL AND p.death_date IS NULL$q$),
('missing_card', 'missing_card', 'đủ', '{card}',
 $q$p.death_date IS NULL AND p.birth_date <= (SELECT @extschema@.views_as_of() - interval '14 years')
       AND (p.personal_id IS NULL OR card.person_key IS NULL)$q$),
('card_renewal_overdue', 'card_renewal_overdue', 'sống', '{card}',
 $q$p.death_date IS NULL
       AND (card.min_expiry < (SELECT @extschema@.views_as_of())
            OR (CASE WHEN p.birth_date + interval '12 years' > card.min_open_issue THEN p.birth_date + interval '14 years'
                     WHEN p.birth_date + interval '23 years' > card.min_open_issue THEN p.birth_date + interval '25 years'
                     WHEN p.birth_date + interval '38 years' > card.min_open_issue THEN p.birth_date + interval '40 years'
                     WHEN p.birth_date + interval '58 years' > card.min_open_issue THEN p.birth_date + interval '60 years'
                END)::date < (SELECT @extschema@.views_as_of()))$q$),
('id_structure', 'id_structure', 'đúng', '{}',
 $q$p.personal_id IS NOT NULL
       AND (@extschema@.id_key(p.personal_id) IS NULL
            OR @extschema@.id_structure_problems(@extschema@.id_key(p.personal_id),
                                                 CASE WHEN isfinite(p.birth_date) THEN extract(year FROM p.birth_date)::integer END,
                                                 p.sex, p.birth_province) IS NOT NULL)$q$),
('dead_still_active', 'dead_still_active', 'sống', '{dead}',
 $q$p.death_date IS NOT NULL AND ((p.is_head AND p.household_id IS NOT NULL) OR p.resident OR dead.person_key IS NOT NULL)$q$),
('sim_mismatch', 'sim_mismatch', 'đúng', '{smm}', $q$smm.person_key IS NOT NULL$q$),
('sim_too_many', 'sim_too_many', 'sạch', '{stm}', $q$stm.subscriber_id IS NOT NULL OR stl.person_key IS NOT NULL$q$),
('insurance_mismatch', 'insurance_mismatch', 'đúng', '{imm}', $q$imm.person_key IS NOT NULL$q$),
('relation_checks', 'relation_checks', 'đúng', '{hh}',
 $q$p.household_id IS NOT NULL
       AND ((p.sex = 'M' AND p.relation_key IN ('vo', 'me', 'ba', 'chi', 'con dau', 'co', 'di', 'thim', 'mo'))
            OR (p.sex = 'F' AND p.relation_key IN ('chong', 'cha', 'bo', 'ong', 'anh', 'con re', 'chu', 'cau'))
            OR (hh.heads = 1 AND NOT p.is_head AND p.relation_key IN ('cha', 'bo', 'me', 'ong', 'ba')
                AND p.birth_date > hh.head_birth_date)
            OR (hh.heads = 1 AND NOT p.is_head AND p.relation_key IN ('con', 'chau')
                AND p.birth_date < hh.head_birth_date)
            OR (hh.spouses > 1 AND p.relation_key IN ('vo', 'chong')))$q$);

CREATE FUNCTION @extschema@.generate_views(target_schema name, dataset name DEFAULT 'default')
RETURNS TABLE (view_name text, status text, detail text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    ds name := generate_views.dataset;
    k text;
    q text;
    c record;
    miss text[];
    made text[] := '{}';
    checks text[] := '{}';
    crit text;
    crits text[] := ARRAY['đúng', 'đủ', 'sạch', 'sống'];
    crit_names text[] := ARRAY['dung', 'du', 'sach', 'song'];
    flags text;
    sides text;
    check_sums text;
    check_cols text;
    check_totals text;
    crit_flags text;
    crit_sums text;
    crit_cols text;
    crit_totals text;
    doc text;
    i integer;
BEGIN
    IF target_schema IS NULL OR ds IS NULL THEN
        RAISE EXCEPTION 'schema and dataset must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = CASE WHEN target_schema IS NULL AND ds IS NULL THEN 'The target_schema and dataset arguments are NULL.'
                                WHEN target_schema IS NULL THEN 'The target_schema argument is NULL.'
                                ELSE 'The dataset argument is NULL.' END,
                  HINT = 'Pass the schema to create the views in, and the dataset of the registered sources (or leave dataset out for ''default'').';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.source s WHERE s.dataset = ds) THEN
        RAISE EXCEPTION 'no source is registered in dataset "%"', ds
            USING ERRCODE = 'undefined_object',
                  DETAIL = format('population_rules.sources has no row with dataset %L.', ds),
                  HINT = 'Register relations with register_source or create_reference_tables first.';
    END IF;
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', target_schema);

    -- Re-generation: drop what an earlier call made, dependents first.
    EXECUTE format('DROP VIEW IF EXISTS %1$I.scorecard_province, %1$I.scorecard_commune, %1$I.person_checks',
                   target_schema);
    FOR c IN SELECT vc.view_name FROM @extschema@.view_catalog vc ORDER BY vc.position DESC LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, c.view_name);
    END LOOP;
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, k || '_source');
    END LOOP;

    -- Source views: canonical column names over the registered relations.
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        q := @extschema@._source_view_sql(target_schema, ds, k);
        view_name := k || '_source';
        IF q IS NULL THEN
            status := 'skipped';
            detail := format('no %s source is registered in dataset "%s"', k, ds);
        ELSE
            EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS %s', target_schema, view_name, q);
            EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, view_name,
                           format('The %s source of dataset %s under the canonical column names (generated by population_rules.generate_views)', k, ds));
            status := 'created';
            detail := (SELECT s.relation::text FROM @extschema@.source s WHERE s.dataset = ds AND s.kind = k);
        END IF;
        RETURN NEXT;
    END LOOP;

    -- The case views, in order; skipped when a needed column is missing.
    FOR c IN SELECT vc.* FROM @extschema@.view_catalog vc ORDER BY vc.position LOOP
        miss := @extschema@._view_missing(c.needs, ds);
        view_name := c.view_name;
        IF cardinality(miss) > 0 THEN
            status := 'skipped';
            detail := 'needs ' || array_to_string(miss, ', ')
                      || format(', which dataset "%s" does not register', ds);
        ELSE
            EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS ', target_schema, c.view_name)
                    || format(c.definition, target_schema);
            EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, c.view_name,
                           c.description || coalesce(' (criterion: ' || c.criterion || ')', ''));
            made := made || c.view_name::text;
            status := 'created';
            detail := c.description;
        END IF;
        RETURN NEXT;
    END LOOP;

    -- Person checks and the scorecards, over the views that were made.
    SELECT array_agg(format(pc.query, target_schema) ORDER BY vc.position) INTO checks
      FROM @extschema@.view_person_checks pc JOIN @extschema@.view_catalog vc USING (view_name)
     WHERE pc.view_name = ANY (made);
    IF NOT 'person' = ANY (SELECT s.kind FROM @extschema@.source s WHERE s.dataset = ds)
       OR checks IS NULL THEN
        FOREACH k IN ARRAY ARRAY['person_checks', 'scorecard_commune', 'scorecard_province'] LOOP
            view_name := k; status := 'skipped'; detail := 'no person source or no case view was generated';
            RETURN NEXT;
        END LOOP;
        RETURN;
    END IF;
    EXECUTE format('CREATE VIEW %I.person_checks WITH (security_invoker = true) AS %s',
                   target_schema, array_to_string(checks, E'\nUNION ALL\n'));
    EXECUTE format('COMMENT ON VIEW %I.person_checks IS %L', target_schema,
                   'Every failed check of every person: person_key, check_name (the case view, or case view: problem), criterion (đúng, đủ, sạch, sống)');
    view_name := 'person_checks'; status := 'created'; detail := 'failed checks per person';
    RETURN NEXT;

    -- The scorecards.  Every person is judged once, in one pass over
    -- person_source (view_scorecard_checks: one condition per check, over the
    -- side inputs it needs); per criterion a person meets it when no check of
    -- it fails; the counts are taken per commune, and the provinces add up
    -- their communes.
    SELECT string_agg(format('coalesce(%s, false) AS %I', format(sc.flag, target_schema), 'c_' || sc.check_name),
                      E',\n                       ' ORDER BY sc.check_name),
           string_agg(format(', count(*) FILTER (WHERE f.%I) AS %I', 'c_' || sc.check_name, sc.check_name), ''
                      ORDER BY sc.check_name),
           string_agg(format(', c.%I', sc.check_name), '' ORDER BY sc.check_name),
           string_agg(format(', sum(c.%1$I)::bigint AS %1$I', sc.check_name), '' ORDER BY sc.check_name)
      INTO flags, check_sums, check_cols, check_totals
      FROM @extschema@.view_scorecard_checks sc
     WHERE sc.view_name = ANY (made);
    SELECT coalesce(string_agg(format(E'\n              %s', format(sd.join_clause, target_schema)), '' ORDER BY sd.side_name), '')
      INTO sides
      FROM @extschema@.view_scorecard_sides sd
     WHERE sd.side_name IN (SELECT unnest(sc.sides) FROM @extschema@.view_scorecard_checks sc WHERE sc.view_name = ANY (made));
    crit_flags := '';
    crit_sums := '';
    crit_cols := '';
    crit_totals := '';
    doc := '';
    FOR i IN 1 .. 4 LOOP
        crit := crits[i];
        crit_flags := crit_flags || format(', %s AS %I',
            coalesce((SELECT string_agg(format('g.%I', 'c_' || sc.check_name), ' OR ' ORDER BY sc.check_name)
                        FROM @extschema@.view_scorecard_checks sc
                       WHERE sc.view_name = ANY (made) AND sc.criterion = crit), 'false'),
            'f_' || crit_names[i]);
        crit_sums := crit_sums || format(', count(*) FILTER (WHERE NOT f.f_%1$s) AS %1$s_ok'
                                         ', round(100.0 * count(*) FILTER (WHERE NOT f.f_%1$s) / count(*), 1) AS %1$s_pct',
                                         crit_names[i]);
        crit_cols := crit_cols || format(', c.%1$s_ok, c.%1$s_pct', crit_names[i]);
        crit_totals := crit_totals || format(', sum(c.%1$s_ok)::bigint AS %1$s_ok'
                                             ', round(100.0 * sum(c.%1$s_ok) / sum(c.persons), 1) AS %1$s_pct',
                                             crit_names[i]);
        doc := doc || format(' %s = no failed check among: %s;', crit,
                             coalesce((SELECT string_agg(DISTINCT CASE WHEN vc.view_name = 'household_heads'
                                                              THEN CASE crit WHEN 'sạch' THEN 'household_heads (more than one head)'
                                                                             ELSE 'household_heads (no head, only a dead head)' END
                                                              ELSE vc.view_name END, ', ')
                                         FROM @extschema@.view_catalog vc
                                        WHERE vc.view_name = ANY (made) AND vc.view_name <> 'duplicate_person_pairs'
                                          AND (vc.criterion = crit OR (vc.view_name = 'household_heads' AND crit IN ('sạch', 'đủ')))),
                                      '(none generated)'));
    END LOOP;
    -- OFFSET 0 keeps the per-person conditions in their own scan, so each is
    -- evaluated once per person although two aggregates read it.
    EXECUTE format($sc$
        CREATE VIEW %1$I.scorecard_commune WITH (security_invoker = true) AS
        SELECT u.province_id_code AS province_code, u.province_name, c.commune_code, u.commune_name,
               c.persons %2$s%3$s
          FROM (SELECT f.commune_code, count(*) AS persons %4$s%5$s
                  FROM (SELECT g.* %6$s
                          FROM (SELECT p.commune_code,
                                       %7$s
                                  FROM %1$I.person_source p %8$s
                                OFFSET 0) g) f
                 GROUP BY f.commune_code) c
          LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = c.commune_code$sc$,
        target_schema, crit_cols, check_cols, crit_sums, check_sums, crit_flags, flags, sides);
    EXECUTE format($sc$
        CREATE VIEW %1$I.scorecard_province WITH (security_invoker = true) AS
        SELECT c.province_code, c.province_name, sum(c.persons)::bigint AS persons %2$s%3$s
          FROM %1$I.scorecard_commune c
         GROUP BY c.province_code, c.province_name$sc$,
        target_schema, crit_totals, check_totals);
    FOREACH k IN ARRAY ARRAY['commune', 'province'] LOOP
        EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, 'scorecard_' || k,
                       format('Scorecard per %s: persons, and for each criterion the persons meeting it (<c>_ok) and their share in percent (<c>_pct); then per check the persons failing it. A person meets a criterion when no check of it fails for them:%s',
                              k, doc));
        view_name := 'scorecard_' || k; status := 'created'; detail := 'criteria:' || doc;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.generate_views(name, name) IS
    'Create (or re-create) in a schema the security_invoker views of the Project 06 cleaning cases and the đúng-đủ-sạch-sống scorecard over the relations registered in a dataset; returns each view with created or skipped and why';
