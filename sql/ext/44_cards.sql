-- population_rules install script, piece 44: the card validity rule the
-- views use (and the sample generator, population_rules_sample).

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
