-- Every function of the extension that PUBLIC may execute, called by an
-- unprivileged role with values at the edges of each argument's type (one
-- argument at a time, the others ordinary; then all NULL): each call
-- returns or fails with an error of a class a caller can act on, never
-- an internal error, a crash or a timeout.  (generate_views and
-- estimate_duplicate_model read whole datasets and have their own tests.)
SET client_min_messages = warning;
CREATE ROLE api_edge LOGIN;
RESET client_min_messages;
CREATE TEMP TABLE edge (typ text, v text);
INSERT INTO edge VALUES
('text', ''), ('text', ' '), ('text', repeat('ạ', 400000)), ('text', repeat('x', 70000)), ('text', E'\u0301'),
('text', E'\u0301\u0303\u0309'), ('text', E'\uFFFF'), ('text', chr(1114111)), ('text', 'NULL'),
('text', E'Nguye\u0302\u0303n'), ('text', 'đ'), ('text', '001090000001'), ('text', '{}'), ('text', '%s%n%d'),
('text', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='), ('text', '-1'),
('date', 'infinity'), ('date', '-infinity'), ('date', '5874897-12-31'), ('date', '4713-11-24 BC'),
('date', '294277-01-01'), ('date', '2000-02-29'),
('integer', '-2147483648'), ('integer', '2147483647'), ('integer', '0'), ('integer', '-1'),
('bigint', '-9223372036854775808'), ('bigint', '9223372036854775807'), ('bigint', '0'), ('bigint', '-1'),
('boolean', 'true'), ('boolean', 'false'),
('name', ''), ('name', 'pg_catalog'), ('name', repeat('x', 63)), ('name', 'a"b'),
('name[]', '{}'), ('name[]', '{NULL}'), ('name[]', '{"",""}'),
('text[]', '{}'), ('text[]', '{NULL}'), ('text[]', '{"",""}'),
('jsonb', 'null'), ('jsonb', '[]'), ('jsonb', '{}'), ('jsonb', '"x"'), ('jsonb', '{"a": {"b": [1, null]}}'),
('interval', '0'), ('interval', '-178000000 years'), ('interval', '178000000 years'),
('oid', '0'), ('oid', '4294967295'),
('regclass', 'pg_class'), ('regclass', '0'),
('population_rules.personal_id', '001090000001'), ('population_rules.personal_id', '999999999999'),
('population_rules.cmnd', '123456789'), ('population_rules.cmnd', '000000000'),
('population_rules.duplicate_block[]', '{}'), ('population_rules.duplicate_group_member[]', '{}');
CREATE TEMP TABLE ordinary (typ text, v text);
INSERT INTO ordinary VALUES ('text', 'Nguyễn Văn An'), ('date', '1990-05-01'), ('integer', '1'), ('bigint', '1'),
('boolean', 'true'), ('name', 'x'), ('name[]', '{x}'), ('text[]', '{a}'), ('jsonb', '{}'), ('interval', '1 day'),
('oid', '1'), ('regclass', 'pg_class'), ('population_rules.personal_id', '001090000001'),
('population_rules.cmnd', '123456789');
CREATE TEMP TABLE api_calls (fn text, call text, sqlstate text, message text);
GRANT ALL ON edge, ordinary, api_calls TO api_edge;
SET ROLE api_edge;
SET statement_timeout = '20s';
DO $$
DECLARE
    f record;
    e record;
    args text[];
    call text;
    sink text;
BEGIN
    FOR f IN SELECT p.proname,
                    (SELECT array_agg(a::regtype::text ORDER BY o) FROM unnest(p.proargtypes) WITH ORDINALITY x (a, o)) AS types,
                    p.proretset
               FROM pg_proc p
              WHERE p.pronamespace = 'population_rules'::regnamespace AND p.prokind = 'f'
                AND has_function_privilege('public', p.oid, 'EXECUTE')
                AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
                AND NOT p.proargtypes::regtype[] && '{cstring,internal}'::regtype[]
                AND p.proname NOT IN ('generate_views', 'estimate_duplicate_model')
              ORDER BY p.oid LOOP
        FOR e IN SELECT x.k, d.v, false AS all_null
                   FROM generate_series(1, coalesce(cardinality(f.types), 0)) x (k)
                   JOIN edge d ON d.typ = f.types[x.k]
                 UNION ALL SELECT 0, NULL, true LOOP
            SELECT array_agg(CASE WHEN e.all_null THEN 'NULL'
                                  WHEN x.k = e.k THEN quote_literal(e.v) || '::' || x.t
                                  ELSE coalesce(quote_literal((SELECT o.v FROM ordinary o WHERE o.typ = x.t)), 'NULL') || '::' || x.t
                             END ORDER BY x.k)
              INTO args
              FROM unnest(f.types) WITH ORDINALITY x (t, k);
            call := format(CASE WHEN f.proretset THEN 'SELECT count(*)::text FROM population_rules.%I(%s)'
                                ELSE 'SELECT population_rules.%I(%s)::text' END,
                           f.proname, array_to_string(coalesce(args, '{}'), ', '));
            BEGIN
                EXECUTE call INTO sink;
                INSERT INTO api_calls VALUES (f.proname, left(call, 120), NULL, NULL);
            EXCEPTION WHEN OTHERS THEN
                INSERT INTO api_calls VALUES (f.proname, left(call, 120), SQLSTATE, SQLERRM);
            END;
        END LOOP;
    END LOOP;
END
$$;
RESET statement_timeout;
RESET ROLE;
-- Many calls, of every function; none with an internal error (class XX),
-- a system error (58), a cancelled statement (57014) or a crash.
SELECT count(*) > 1000 AS calls, count(DISTINCT fn) > 100 AS functions,
       count(*) FILTER (WHERE sqlstate IS NULL) > 500 AS returned
  FROM api_calls;
SELECT fn, call, sqlstate, message FROM api_calls
 WHERE sqlstate LIKE 'XX%' OR sqlstate LIKE '58%' OR sqlstate = '57014'
 ORDER BY 1, 2;
DROP TABLE edge, ordinary, api_calls;
DROP ROLE api_edge;
