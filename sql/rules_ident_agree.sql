-- One structure check for every path: the type's functions
-- (personal_id_mismatches, personal_id_is_consistent), the unique-id rule
-- (its trigger and validate_rule) and the id_structure view (which calls
-- id_structure_problems) read a province and a sex with the same reader and
-- find the same things (docs/identifiers.md).  Odd spellings: a province
-- as 1, 01, 001, ' 001 ', a name in other case, 0001 and 0 (no such code);
-- a sex as 0/1, Nam, nữ in any case, and unreadable words.
CREATE SCHEMA agree;
SET search_path = agree, population_rules;
CREATE TABLE odd (id int PRIMARY KEY, pid text, sex text, prov text);
SELECT attach_unique_id_rule('agree.odd', 'pid', mode => 'log', strictness => 'strict',
	sex_column => 'sex', birth_province_column => 'prov') AS r \gset
-- 001 = Hà Nội; the fourth digit 0 = 1900s male, 1 = 1900s female
INSERT INTO odd VALUES
	(1,  '001090000001', 'Nam', '1'),
	(2,  '001090000002', 'nam', '01'),
	(3,  '001090000003', 'M',   '001'),
	(4,  '001090000004', '0',   ' 001 '),
	(5,  '001190000005', '1',   'hà nội'),
	(6,  '001190000006', 'NỮ',  'Thành phố Hà Nội'),
	(7,  '001190000007', 'nữ',  '79'),
	(8,  '001090000008', 'Nữ',  '079'),
	(9,  '001090000009', '1',   '0001'),
	(10, '001190000010', '0',   '0'),
	(11, '001090000011', 'x',   ''),
	(12, '001090000012', '2',   'Hà Tây'),
	(13, '099090000013', '',    '1'),
	(14, '001090000014', NULL,  NULL);

-- Side by side: the type's findings (codes), the view's sentence, and what
-- the rule's trigger logged.
SELECT o.id, o.sex, o.prov,
       (SELECT string_agg(m.mismatch, ', ' ORDER BY m.n)
          FROM personal_id_mismatches(o.pid::personal_id, NULL, o.sex, o.prov)
               WITH ORDINALITY m(mismatch, reason, n)) AS type_findings,
       id_structure_problems(id_key(o.pid), NULL, o.sex, o.prov) AS view_sentence,
       (SELECT string_agg(v.detail, ' | ') FROM violations v
         WHERE v.rule_id = :r AND v.row_key = format('(id)=(%s)', o.id)) AS rule_logged
  FROM odd o ORDER BY o.id;

-- They agree on every row: consistent for all three, or for none; and the
-- rule's logged detail ends with the view's sentence.
SELECT o.id,
       personal_id_is_consistent(o.pid::personal_id, NULL, o.sex, o.prov) AS type_ok,
       id_structure_problems(id_key(o.pid), NULL, o.sex, o.prov) IS NULL AS view_ok,
       NOT EXISTS (SELECT FROM violations v WHERE v.rule_id = :r AND v.row_key = format('(id)=(%s)', o.id)) AS rule_ok,
       coalesce((SELECT bool_and(v.detail LIKE '%' || id_structure_problems(id_key(o.pid), NULL, o.sex, o.prov) || '.')
                   FROM violations v WHERE v.rule_id = :r AND v.row_key = format('(id)=(%s)', o.id)), true) AS same_words
  FROM odd o ORDER BY o.id;

-- validate_rule judges the existing rows through the view's function: the
-- same rows again.
SELECT row_key, detail FROM validate_rule(:r) ORDER BY substring(row_key FROM '[0-9]+')::int;

-- An integer column: the rule reads 1 as code 001 and as female, as the
-- type's functions read the text '1'.
CREATE TABLE odd_int (id int PRIMARY KEY, pid bigint, sex int, prov int);
SELECT attach_unique_id_rule('agree.odd_int', 'pid', mode => 'log', strictness => 'strict',
	sex_column => 'sex', birth_province_column => 'prov') AS ri \gset
INSERT INTO odd_int VALUES (1, 1190000001, 1, 1), (2, 1090000002, 1, 1), (3, 1090000003, 0, 79);
SELECT o.id,
       (SELECT string_agg(m.mismatch, ', ' ORDER BY m.n)
          FROM personal_id_mismatches(lpad(o.pid::text, 12, '0')::personal_id, NULL,
                                      o.sex::text, o.prov::text)
               WITH ORDINALITY m(mismatch, reason, n)) AS type_findings,
       (SELECT string_agg(v.detail, ' | ') FROM violations v
         WHERE v.rule_id = :ri AND v.row_key = format('(id)=(%s)', o.id)) AS rule_logged
  FROM odd_int o ORDER BY o.id;

RESET search_path;
DROP SCHEMA agree CASCADE;
SELECT population_rules.purge_violations() >= 0 AS purged;
