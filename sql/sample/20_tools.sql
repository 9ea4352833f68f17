-- population_rules_sample install script, piece 20: small tools of the
-- sample generator.

-- A deterministic uniform number in [0, 1) from (seed, i, salt): 53 bits of
-- hashint8extended(i, seed * 1000003 + salt), which hashes the value (not
-- its bytes), so the same seed gives the same population on every
-- platform.  In C: the generator calls it some forty times a person.
CREATE FUNCTION @extschema@.sample_random(seed bigint, i bigint, salt integer)
RETURNS double precision
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'sample_random';
COMMENT ON FUNCTION @extschema@.sample_random(bigint, bigint, integer) IS
    'Test-data tool: deterministic pseudo-random number in [0, 1) for row i of a generator run with a seed, one stream per salt';

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
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = format(population_rules.gettext('unknown name variant "%s"'), variant),
            DETAIL = format(population_rules.gettext('The variant given is %L, which is not a name variant.'), variant),
            HINT = population_rules.gettext('The variants are nfd, no_accents, all_caps, tcvn3, vni, other_tone_style, dialect and i_y.');
    END CASE;
    RETURN nullif(r, name);
END
$$;
COMMENT ON FUNCTION @extschema@.sample_name_variant(text, text) IS
    'Test-data tool: the name as a duplicate registration would write it (nfd, no_accents, all_caps, tcvn3, vni, other_tone_style, dialect, i_y); NULL when the variant does not change this name';
