-- population_rules install script, piece 48: the analysts' review loop of
-- the duplicate persons.
--
-- generate_views makes, beside the views and only when it is absent, the
-- analyst's own table <schema>.duplicate_decisions (owned by the caller;
-- regeneration never drops or empties it), where a reviewer records that a
-- candidate pair is one person ('same'), two persons ('different') or set
-- aside ('unsure'); decide_duplicates records a group at once.  The views
-- read it: duplicate_person_pairs shows each pair's decision, duplicate_persons
-- never links a 'different' pair and always links a 'same' one, and
-- duplicate_review_queue lists the undecided pairs, those whose decision
-- would change the groups most first.  The groups are the connected
-- components of the links, found in C (src/duplicate_groups.c) with each
-- group's weakest link.

CREATE TYPE @extschema@.duplicate_group_member AS (
    person_key text,
    group_key text,
    group_size bigint,
    weakest_person_key text,
    weakest_other_person_key text,
    weakest_strength double precision
);
COMMENT ON TYPE @extschema@.duplicate_group_member IS
    'A person in a group of duplicate_groups: the person''s key, the group''s smallest key (byte order), its size, and its weakest link: the ends of the lowest link of its maximum spanning tree, the strength above which the group splits';
COMMENT ON COLUMN @extschema@.duplicate_group_member.person_key IS 'The person''s key as text';
COMMENT ON COLUMN @extschema@.duplicate_group_member.group_key IS 'The smallest key of the group, in byte order: the same for every member';
COMMENT ON COLUMN @extschema@.duplicate_group_member.group_size IS 'How many persons the group holds';
COMMENT ON COLUMN @extschema@.duplicate_group_member.weakest_person_key IS 'One end of the group''s weakest link, as the link gave it';
COMMENT ON COLUMN @extschema@.duplicate_group_member.weakest_other_person_key IS 'The other end of the group''s weakest link';
COMMENT ON COLUMN @extschema@.duplicate_group_member.weakest_strength IS 'The strength of the weakest link: the group holds together up to it; NULL when the link''s strength was NULL';

CREATE FUNCTION @extschema@.duplicate_groups_add(internal, text, text, double precision)
RETURNS internal
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_groups_add';
COMMENT ON FUNCTION @extschema@.duplicate_groups_add(internal, text, text, double precision) IS
    'Transition function of duplicate_groups: keeps one link';

CREATE FUNCTION @extschema@.duplicate_groups_result(internal)
RETURNS @extschema@.duplicate_group_member[]
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_groups_result';
COMMENT ON FUNCTION @extschema@.duplicate_groups_result(internal) IS
    'Final function of duplicate_groups: the persons of every group of two or more, with the group''s weakest link';

CREATE AGGREGATE @extschema@.duplicate_groups(person_key text, other_person_key text, strength double precision) (
    SFUNC = @extschema@.duplicate_groups_add,
    STYPE = internal,
    FINALFUNC = @extschema@.duplicate_groups_result,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duplicate_groups(text, text, double precision) IS
    'Groups of duplicate persons: the connected components of the links read (person_key, other_person_key, strength), of any chain length, by union-find over the links sorted strongest first (Kruskal), so that each group''s weakest link is the last that joined it: the group holds together up to its strength. A link with a NULL key or to the same key is skipped; a NULL strength is the weakest. Returns one duplicate_group_member per person of a group of two or more, in no particular order; O(n log n) time, about 48 bytes per link plus the keys in memory.';
-- The aggregate's support functions are internal: an aggregate calls them
-- with its owner's right to execute them.
REVOKE EXECUTE ON FUNCTION @extschema@.duplicate_groups_add(internal, text, text, double precision),
    @extschema@.duplicate_groups_result(internal) FROM PUBLIC;

-- The rules of the duplicate groups, read by duplicate_persons, the review
-- queue and the scorecards.  duplicate_links reads the candidate pairs from
-- a relation dup_pairs that the view using it defines (a CTE over
-- duplicate_person_pairs, so that a view reading the pairs twice computes
-- them once); duplicate_groups reads the links from a relation l.
INSERT INTO @extschema@.view_rules VALUES
('duplicate_links',
 $r$SELECT least(d.person_key::text, d.other_person_key::text) AS person_key,
           greatest(d.person_key::text, d.other_person_key::text) AS other_person_key,
           d.score, d.decision IS NOT DISTINCT FROM 'same' AS confirmed
      FROM dup_pairs d
     WHERE (d.score >= (SELECT @extschema@.views_duplicate_threshold()) AND d.decision IS DISTINCT FROM 'different')
        OR d.decision = 'same'
    UNION ALL
    SELECT x.person_key, x.other_person_key, NULL::numeric, true
      FROM %1$I.duplicate_decisions x
     WHERE x.decision = 'same'
       AND x.person_key IN (SELECT p.person_key::text FROM %1$I.person_source p)
       AND x.other_person_key IN (SELECT p.person_key::text FROM %1$I.person_source p)$r$,
 'Relation: the links between persons, keys as text in order: candidate pairs (dup_pairs) at population_rules.duplicate_threshold not decided different, and pairs decided same (confirmed) whose two persons are in the data, candidates or not (duplicate_persons, duplicate_review_queue)'),
('duplicate_groups',
 $r$SELECT g.* FROM unnest((SELECT @extschema@.duplicate_groups(l.person_key, l.other_person_key,
                                   CASE WHEN l.confirmed THEN 'Infinity'::float8 ELSE l.score::float8 END)
                              FROM l)) g$r$,
 'Relation: the persons of the groups the links (l) make, any chain length, with each group''s weakest link; a confirmed link counts as infinitely strong (duplicate_persons, duplicate_review_queue)');

-- The reviewer's queue: after the duplicates (position 30 leaves room for
-- other case views; the queue is no check of the scorecard).
INSERT INTO @extschema@.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(30, 'duplicate_review_queue', NULL, '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2, to review: the candidate pairs without a decision in duplicate_decisions, those a decision would change most first: pairs that would join two groups, then by distance of the score from population_rules.duplicate_threshold; effect says what a decision would change, margin is score minus threshold; then every column of duplicate_person_pairs (the evidence). Record decisions with population_rules.decide_duplicates',
 $v$WITH dup_pairs AS MATERIALIZED (
    SELECT d.* FROM %1$I.duplicate_person_pairs d
), l AS MATERIALIZED {{duplicate_links}},
g AS MATERIALIZED {{duplicate_groups}}
SELECT row_number() OVER (ORDER BY e.effect = 'would join two groups' DESC, abs(d.score - t.threshold),
                                   d.score DESC, d.person_key, d.other_person_key) AS queue_position,
       e.effect, d.score - t.threshold AS margin, ga.group_size, gb.group_size AS other_group_size, d.*
  FROM dup_pairs d
 CROSS JOIN (SELECT @extschema@.views_duplicate_threshold() AS threshold) t
  LEFT JOIN g ga ON ga.person_key = d.person_key::text
  LEFT JOIN g gb ON gb.person_key = d.other_person_key::text
 CROSS JOIN LATERAL (
    SELECT CASE WHEN d.score >= t.threshold
                THEN CASE WHEN ga.weakest_person_key = least(d.person_key::text, d.other_person_key::text)
                               AND ga.weakest_other_person_key = greatest(d.person_key::text, d.other_person_key::text)
                          THEN 'weakest link of its group' ELSE 'link within a group' END
                WHEN ga.group_key = gb.group_key THEN 'already in one group'
                WHEN ga.group_key IS NOT NULL AND gb.group_key IS NOT NULL THEN 'would join two groups'
                WHEN coalesce(ga.group_key, gb.group_key) IS NOT NULL THEN 'would add a person to a group'
                ELSE 'would make a new group' END) e (effect)
 WHERE d.decision IS NULL
 ORDER BY 1$v$);

-- The analyst's decisions table, made beside the views when the duplicate
-- views can be made and no relation of that name is there.  It runs with
-- the caller's rights: the caller owns the table, the extension never does.
CREATE FUNCTION @extschema@._duplicate_decisions_table(target_schema name, ds name) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF cardinality(@extschema@._view_missing((SELECT vc.needs FROM @extschema@.view_catalog vc
                                               WHERE vc.view_name = 'duplicate_person_pairs'), ds)) > 0
       OR to_regclass(format('%I.duplicate_decisions', target_schema)) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format($t$
        CREATE TABLE %I.duplicate_decisions (
            person_key text NOT NULL,
            other_person_key text NOT NULL,
            CHECK (person_key < other_person_key),
            decision text NOT NULL CHECK (decision IN ('same', 'different', 'unsure')),
            decided_by name NOT NULL DEFAULT current_user,
            decided_at timestamptz NOT NULL DEFAULT now(),
            note text,
            CONSTRAINT duplicate_decisions_pkey PRIMARY KEY (person_key, other_person_key)
        )$t$, target_schema);
    EXECUTE format($c$
        COMMENT ON TABLE %1$I.duplicate_decisions IS 'Reviewers'' decisions on pairs of person rows (made by population_rules.generate_views, owned by its caller, never dropped or emptied by it): same = one person (always linked in duplicate_persons), different = two persons (never linked), unsure = set aside; keys as text, the smaller first. population_rules.decide_duplicates records a group';
        COMMENT ON COLUMN %1$I.duplicate_decisions.person_key IS 'The smaller key of the pair, as text (person_key::text of person_source)';
        COMMENT ON COLUMN %1$I.duplicate_decisions.other_person_key IS 'The larger key of the pair, as text';
        COMMENT ON COLUMN %1$I.duplicate_decisions.decision IS 'same (one person), different (two persons) or unsure (set aside)';
        COMMENT ON COLUMN %1$I.duplicate_decisions.decided_by IS 'The role that decided';
        COMMENT ON COLUMN %1$I.duplicate_decisions.decided_at IS 'When it was decided';
        COMMENT ON COLUMN %1$I.duplicate_decisions.note IS 'Why, in the reviewer''s words';
        COMMENT ON INDEX %1$I.duplicate_decisions_pkey IS 'One decision per pair of person keys'$c$, target_schema);
    RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@._duplicate_decisions_table(name, name) IS
    'Internal: make the analyst''s table duplicate_decisions in the schema of the views, when the dataset can have the duplicate views and the schema has no relation of that name; true when made. Runs with the caller''s rights (called by generate_views)';

-- A group decision: every pair of the keys, in the analyst's table, with
-- the analyst's rights.
CREATE FUNCTION @extschema@.decide_duplicates(target_schema name, person_keys text[], decision text,
                                              note text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    keys text[];
    pos integer;
    n integer;
BEGIN
    IF target_schema IS NULL OR person_keys IS NULL OR decide_duplicates.decision IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = @extschema@.gettext('schema, person keys and decision must not be null'),
            DETAIL = format(@extschema@.gettext('The %s argument is NULL.'),
                            CASE WHEN target_schema IS NULL THEN 'target_schema'
                                 WHEN person_keys IS NULL THEN 'person_keys' ELSE 'decision' END),
            HINT = @extschema@.gettext('Pass the schema of the generated views, the keys of two or more person rows and one of same, different or unsure.');
    END IF;
    IF decide_duplicates.decision NOT IN ('same', 'different', 'unsure') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = format(@extschema@.gettext('invalid duplicate decision "%s"'), decide_duplicates.decision),
            DETAIL = @extschema@.gettext('A decision is same, different or unsure.'),
            HINT = @extschema@.gettext('Decide same when the rows are one person, different when they are different persons, unsure to set the pairs aside.');
    END IF;
    pos := array_position(person_keys, NULL);
    IF pos IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = @extschema@.gettext('a person key must not be null'),
            DETAIL = format(@extschema@.gettext('Element %s of person_keys is NULL.'), pos),
            HINT = @extschema@.gettext('Pass the keys of the person rows as text, such as ARRAY[''1001'', ''1002''].');
    END IF;
    keys := ARRAY(SELECT DISTINCT k FROM unnest(person_keys) k ORDER BY k);
    IF cardinality(keys) < 2 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = @extschema@.gettext('a duplicate decision needs two or more distinct person keys'),
            DETAIL = format(@extschema@.gettext('person_keys holds %s distinct keys.'), cardinality(keys)),
            HINT = @extschema@.gettext('Pass the keys of every row of the group, such as ARRAY[''1001'', ''1002''].');
    END IF;
    IF cardinality(keys) > 100 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'program_limit_exceeded',
            MESSAGE = @extschema@.gettext('too many person keys in one duplicate decision'),
            DETAIL = format(@extschema@.gettext('person_keys holds %s distinct keys; one decision takes at most 100 (4950 pairs).'),
                            cardinality(keys)),
            HINT = @extschema@.gettext('Decide the group in parts that share a key, or insert the pairs into duplicate_decisions yourself.');
    END IF;
    IF to_regclass(format('%I.duplicate_decisions', target_schema)) IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'undefined_table',
            MESSAGE = format(@extschema@.gettext('relation "%s.duplicate_decisions" does not exist'), target_schema),
            DETAIL = @extschema@.gettext('population_rules.generate_views makes the decisions table in the schema of the views, when the dataset registers what the duplicate views need.'),
            HINT = format(@extschema@.gettext('Generate the views first: SELECT * FROM population_rules.generate_views(%L, ''your dataset'').'),
                          target_schema);
    END IF;
    EXECUTE format($q$
        INSERT INTO %I.duplicate_decisions AS t (person_key, other_person_key, decision, note)
        SELECT a.k, b.k, $1, $2 FROM unnest($3) a (k) JOIN unnest($3) b (k) ON a.k < b.k
        ON CONFLICT (person_key, other_person_key) DO UPDATE
           SET decision = excluded.decision, note = excluded.note,
               decided_by = excluded.decided_by, decided_at = excluded.decided_at$q$, target_schema)
        USING decide_duplicates.decision, note, keys;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.decide_duplicates(name, text[], text, text) IS
    'Record a reviewer''s decision on a group of person rows in <schema>.duplicate_decisions, with the caller''s rights: every pair of the distinct keys (2 to 100, as text) gets the decision (same: one person; different: all different persons; unsure: set aside) and the note, by current_user now, replacing an earlier decision on the pair; returns how many pairs were written';
