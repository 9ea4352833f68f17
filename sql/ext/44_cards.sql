-- population_rules install script, piece 44: the card validity rule the
-- views use (and the sample generator, population_rules_sample).

-- The date a card stops being valid (Law on Identification 2023, art. 21):
-- cards are renewed at 14, 25, 40 and 60; a card issued in the two years
-- before one of those ages lasts to the next one; from 58 on it lasts for
-- life (NULL).  The one home of the rule: a plain CASE with every name
-- qualified and no SET clause, so that the planner inlines it into the
-- views (card_renewal_overdue, the scorecards) instead of calling it per
-- card.  A birth date after 294216-12-31, whose 60th birthday would pass
-- the last timestamp PostgreSQL can add years to, gives infinity (no
-- renewal is ever due), so that one such value does not make the views
-- fail with "date out of range for timestamp".
CREATE FUNCTION @extschema@.card_renewal_date(birth_date date, issue_date date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT (CASE WHEN $1 OPERATOR(pg_catalog.>) '294216-12-31'::pg_catalog.date
                 THEN 'infinity'::pg_catalog.timestamp
                 WHEN $1 OPERATOR(pg_catalog.+) '12 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '14 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '23 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '25 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '38 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '40 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '58 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '60 years'::pg_catalog.interval
            END)::pg_catalog.date
$$;
COMMENT ON FUNCTION @extschema@.card_renewal_date(date, date) IS
    'The date by which an identity card issued on issue_date to a person born on birth_date must be renewed: the next renewal age (14, 25, 40, 60) not within two years of the issue; NULL (valid for life) when issued from age 58; infinity for a birth date after 294216-12-31. Inlined into the views (card_renewal_overdue and the scorecards)';

-- The same rule under its first name (0.1.0), NULL when either date is.
CREATE FUNCTION @extschema@.card_expiry_date(birth_date date, issue_date date)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT @extschema@.card_renewal_date($1, $2)
$$;
COMMENT ON FUNCTION @extschema@.card_expiry_date(date, date) IS
    'Expiry of an identity card issued on issue_date to a person born on birth_date (card_renewal_date, NULL when either date is NULL): the next renewal age (14, 25, 40, 60) not within two years of the issue, NULL (for life) from age 58';
