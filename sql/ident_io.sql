-- Identity-number types: text input and output, casts, bad input.
SET search_path = public, population_rules;

-- personal_id: canonical output keeps leading zeros; separators and
-- surrounding whitespace are accepted on input only.
SELECT '001090123456'::personal_id AS plain,
       '000000000000'::personal_id AS zeros,
       '999999999999'::personal_id AS nines,
       ' 001 090 123 456 '::personal_id AS spaced,
       '001.090.123.456'::personal_id AS dotted,
       '001-090-123-456'::personal_id AS hyphens,
       '0-0-1-0-9.0 1 2.3-4 5 6'::personal_id AS mixed,
       E'\t001090123456\n'::personal_id AS tabs_around;

-- cmnd: the same conventions, 9 digits.
SELECT '012345678'::cmnd AS plain,
       '000000000'::cmnd AS zeros,
       '999999999'::cmnd AS nines,
       '012 345 678'::cmnd AS spaced,
       '012.345.678'::cmnd AS dotted,
       '012-345-678'::cmnd AS hyphens;

-- Bad input: each raises 22P02 with a detail saying what is wrong.
SELECT '00109012345'::personal_id;          -- 11 digits: leading zero lost
SELECT '0010901234567'::personal_id;        -- a 13th digit
SELECT '012345678'::personal_id;            -- a CMND number
SELECT ''::personal_id;                     -- empty
SELECT '   '::personal_id;                  -- whitespace only
SELECT '+001090123456'::personal_id;        -- sign
SELECT '-001090123456'::personal_id;        -- sign
SELECT '０４０090123456'::personal_id;      -- full-width digits
SELECT '040０90123456'::personal_id;        -- one full-width digit inside
SELECT '00109012345O'::personal_id;         -- letter O for zero
SELECT 'CCCD 001090123456'::personal_id;    -- words
SELECT '001_090_123_456'::personal_id;      -- underscore is no separator
SELECT E'001\t090123456'::personal_id;      -- tab is no separator
SELECT '001  090 123 456'::personal_id;     -- two separators
SELECT '001.-090123456'::personal_id;       -- two separators
SELECT '.001090123456'::personal_id;        -- separator first
SELECT '  001090123456-'::personal_id;      -- separator last
SELECT '1e11'::personal_id;
SELECT '001090123456 này là số CCCD rất dài mà không phải là số'::personal_id;
SELECT '0123456789'::cmnd;                  -- 10 digits
SELECT '01234567'::cmnd;                    -- 8 digits
SELECT '001090123456'::cmnd;                -- a personal id
SELECT ''::cmnd;
SELECT 'B1234567'::cmnd;                    -- a passport number
SELECT E'012\x01345678'::cmnd;               -- a control character

-- The SQLSTATE of each bad input.
CREATE FUNCTION ident_sqlstate(expr text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE 'SELECT ' || expr;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;
SELECT e, ident_sqlstate(e) AS sqlstate
  FROM (VALUES ($$'00109012345'::personal_id$$), ($$'0010901234567'::personal_id$$),
               ($$''::personal_id$$), ($$'   '::personal_id$$), ($$'+001090123456'::personal_id$$),
               ($$'０４０090123456'::personal_id$$), ($$'00109012345a'::personal_id$$),
               ($$'001..090123456'::personal_id$$), ($$'0123456789'::cmnd$$),
               ($$'-12345678'::cmnd$$), ($$'12345678９'::cmnd$$),
               ($$1000000000000::personal_id$$), ($$(-1)::bigint::personal_id$$),
               ($$1000000000::cmnd$$), ($$(-1)::cmnd$$), ($$10000000000::bigint::cmnd$$),
               ($$'001090123456'::personal_id$$)) AS v(e);
DROP FUNCTION ident_sqlstate(text);

-- Casts to and from text.  To text is an assignment cast, from text is
-- explicit, as for PostgreSQL's own types.
SELECT castcontext, castsource::regtype, casttarget::regtype, castfunc::regproc
  FROM pg_cast
 WHERE castsource IN ('personal_id'::regtype, 'cmnd'::regtype)
    OR casttarget IN ('personal_id'::regtype, 'cmnd'::regtype)
 ORDER BY castsource::regtype::text, casttarget::regtype::text;
SELECT '001090123456'::text::personal_id AS from_text,
       ('001090123456'::personal_id)::text AS to_text,
       '012345678'::text::cmnd AS cmnd_from_text,
       ('012345678'::cmnd)::text AS cmnd_to_text,
       ' 001 090 123 456 '::varchar::personal_id AS from_varchar;
CREATE TEMP TABLE ident_texts (t text, v varchar(20));
INSERT INTO ident_texts VALUES ('001090123456'::personal_id, '012345678'::cmnd);  -- assignment
SELECT * FROM ident_texts;
CREATE TEMP TABLE ident_typed (p personal_id, c cmnd);
INSERT INTO ident_typed SELECT t, v FROM ident_texts;                            -- needs a cast
INSERT INTO ident_typed SELECT t::personal_id, v::cmnd FROM ident_texts;
INSERT INTO ident_typed VALUES ('079 305 000 001', '230 123 456');               -- literals
SELECT * FROM ident_typed;
SELECT pg_typeof(p || ''), p || '' AS concatenated FROM ident_typed LIMIT 1;

-- Casts from and to integer types: explicit, range-checked.
SELECT 1090123456::bigint::personal_id AS from_bigint,
       0::bigint::personal_id AS zero,
       999999999999::personal_id AS max,
       '001090123456'::personal_id::bigint AS to_bigint,
       12345678::cmnd AS from_integer,
       12345678::bigint::cmnd AS from_bigint,
       '012345678'::cmnd::integer AS to_integer,
       '012345678'::cmnd::bigint AS cmnd_to_bigint;
SELECT 1000000000000::personal_id;
SELECT (-1)::bigint::personal_id;
SELECT (-9223372036854775808)::bigint::personal_id;
SELECT 1000000000::cmnd;
SELECT 1000000000::bigint::cmnd;
SELECT 1090123456::bigint::cmnd;
SELECT (-5)::cmnd;
SELECT 1::personal_id;                      -- no cast from integer: say bigint
SELECT '001090123456'::personal_id::cmnd;   -- never computed from each other
SELECT '012345678'::cmnd::personal_id;

-- Binary output is the big-endian number, as for bigint and integer.
SELECT personal_id_send('001090123456') AS pid_send,
       int8send(1090123456) AS int8_send,
       cmnd_send('012345678') AS cmnd_send,
       int4send(12345678) AS int4_send;

-- Cleaning dirty text columns: NULL instead of an error.
SELECT t, to_personal_id(t), to_cmnd(t)
  FROM (VALUES ('001090123456'), (' 001.090.123.456 '), ('00109012345'),
               ('012345678'), ('012 345 678'), ('０１２３４５６７８'),
               (''), ('  '), ('abc'), ('+012345678'), (NULL)) AS v(t);
SELECT count(*) FILTER (WHERE to_personal_id(t) IS NULL) AS bad,
       count(to_personal_id(t)) AS good
  FROM (VALUES ('001090123456'), ('x'), ('079305000001')) AS v(t);

-- Soft input errors (PostgreSQL 16+): pg_input_is_valid() does not raise;
-- ident_soft tests them, with one expected output for 15 and one for 16+.
-- The servers that have them are those with pg_input_is_valid().
SELECT (current_setting('server_version_num')::int >= 160000)
       = (to_regproc('pg_catalog.pg_input_is_valid') IS NOT NULL) AS soft_errors_where_expected;

-- Property test: over random strings of digits, separators, whitespace,
-- signs, letters and multibyte characters, the input function, the cast
-- and to_personal_id / to_cmnd all agree with a regular-expression oracle.
SELECT setseed(0.5);
CREATE TEMP TABLE ident_fuzz AS
SELECT string_agg(ch[1 + floor(random() * array_length(ch, 1))::int], '') AS t
  FROM (SELECT g, ARRAY['0','1','2','3','4','5','6','7','8','9','0','1','2','3','4','5',
                        '6','7','8','9',' ','.','-','+','a','O','０','ữ',E'\t',E'\n','_',',']
                  AS ch, floor(random() * 18)::int AS n
          FROM generate_series(1, 4000) AS g) s,
       LATERAL generate_series(0, s.n) AS k
 GROUP BY g;
INSERT INTO ident_fuzz
SELECT lpad((floor(random() * 1e12))::bigint::text, 12, '0') FROM generate_series(1, 500);
INSERT INTO ident_fuzz
SELECT lpad((floor(random() * 1e9))::bigint::text, 9, '0') FROM generate_series(1, 500);
CREATE FUNCTION ident_parses(v text, typ text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE format('SELECT %L::population_rules.%s::text', v, typ) INTO r;
	RETURN r;
EXCEPTION WHEN invalid_text_representation THEN
	RETURN NULL;
END $$;
WITH o AS (
	SELECT t,
	       CASE WHEN t ~ (E'^[ \t\n\r\x0B\f]*[0-9]([ .-]?[0-9]){11}[ \t\n\r\x0B\f]*$')
	            THEN regexp_replace(t, '[^0-9]', '', 'g') END AS want_pid,
	       CASE WHEN t ~ (E'^[ \t\n\r\x0B\f]*[0-9]([ .-]?[0-9]){8}[ \t\n\r\x0B\f]*$')
	            THEN regexp_replace(t, '[^0-9]', '', 'g') END AS want_cmnd
	  FROM ident_fuzz)
SELECT count(*) > 4000 AS many,
       count(want_pid) >= 500 AND count(want_cmnd) >= 500 AS some_valid,
       count(*) FILTER (WHERE want_pid IS DISTINCT FROM ident_parses(t, 'personal_id')
                           OR want_pid IS DISTINCT FROM to_personal_id(t)::text
                           OR want_cmnd IS DISTINCT FROM ident_parses(t, 'cmnd')
                           OR want_cmnd IS DISTINCT FROM to_cmnd(t)::text) AS disagreements
  FROM o;
DROP FUNCTION ident_parses(text, text);
