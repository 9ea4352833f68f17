-- Identity numbers: the reference tables shipped with the extension.
SET search_path = public, population_rules;

SELECT count(*) AS provinces, count(DISTINCT merged_into_code) AS provinces_2025
  FROM id_provinces;
SELECT * FROM id_provinces WHERE code IN ('001', '015', '017', '046', '077', '096') ORDER BY code;
-- Where each 2025 province came from.
SELECT merged_into_code, merged_into_name_vi, string_agg(code, ' ' ORDER BY code) AS id_codes
  FROM id_provinces GROUP BY 1, 2 ORDER BY 1 LIMIT 8;

SELECT confirmed, count(*) FROM cmnd_prefixes GROUP BY 1 ORDER BY 1;
SELECT * FROM cmnd_prefixes WHERE prefix IN ('01', '07', '18', '230', '23', '27') ORDER BY prefix;
SELECT a.prefix, a.area, a.province_code, a.confirmed
  FROM cmnd_prefix_areas a
 WHERE a.prefix IN ('07', '11', '16', '36') ORDER BY a.prefix, a.ord;
-- Every area but the old Hà Tây is one of the 63 provinces.
SELECT area FROM cmnd_prefix_areas WHERE province_code IS NULL;

-- Readable by everyone, writable by the owner only.
CREATE ROLE regress_ident_reader;
SET ROLE regress_ident_reader;
SELECT count(*) FROM population_rules.id_provinces;
SELECT count(*) FROM population_rules.cmnd_prefixes;
SELECT count(*) FROM population_rules.cmnd_prefix_areas;
INSERT INTO population_rules.id_provinces VALUES ('003', '03', 'X', 'X', '01', 'X', 'X');
UPDATE population_rules.cmnd_prefixes SET confirmed = 'yes';
DELETE FROM population_rules.cmnd_prefix_areas;
TRUNCATE population_rules.id_provinces;
-- and ordinary users can use the types and functions.
SELECT population_rules.personal_id_province_name('001090123456');
RESET ROLE;
DROP ROLE regress_ident_reader;
SELECT t, has_table_privilege('public', t, 'SELECT') AS public_select,
       has_table_privilege('public', t, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') AS public_write
  FROM unnest(ARRAY['population_rules.id_provinces', 'population_rules.cmnd_prefixes',
                    'population_rules.cmnd_prefix_areas']) AS t
 ORDER BY 1;

-- Every object of this piece carries a comment (but for the parts of
-- another object, a type's array type or a table's row type, which
-- PostgreSQL 18 records as extension members: see the extension test).
SELECT count(*) > 100 AS many_objects
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'population_rules'
 WHERE d.deptype = 'e'
   AND pg_describe_object(d.classid, d.objid, d.objsubid) ~ '(personal_id|cmnd|id_provinces)';
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS uncommented
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'population_rules'
 WHERE d.deptype = 'e'
   AND pg_describe_object(d.classid, d.objid, d.objsubid) ~ '(personal_id|cmnd|id_provinces)'
   AND NOT EXISTS (SELECT FROM pg_depend i
                    WHERE i.classid = d.classid AND i.objid = d.objid AND i.deptype = 'i')
   AND obj_description(d.objid, d.classid::regclass::name) IS NULL
 ORDER BY 1;
