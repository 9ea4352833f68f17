-- The names rule writes a change of the same length (case, tone placement)
-- over a copy of the row and forms the row again otherwise (spaces, NFD,
-- an original column, a compressed value).  Either way every name comes
-- out as vn_normalize makes it and no other column moves.
CREATE SCHEMA nmp;
SET search_path = nmp;
CREATE TABLE t (id int PRIMARY KEY, a text, born date, b varchar(200), n bigint,
	c text, flag boolean);
CREATE INDEX ON t (a);
SELECT population_rules.attach_names_rule('t', '{a, b}') IS NOT NULL AS attached;
SELECT population_rules.attach_names_rule('t', '{c}', style => 'new') IS NOT NULL AS attached;
CREATE TABLE src (id int, a text, born date, b text, n bigint, c text, flag boolean);
INSERT INTO src VALUES
	(1, 'nguyễn văn an', '1990-01-02', 'TRẦN THỊ BÍCH', 42, 'hòa thủy', true),
	(2, 'nguyễn  văn an', '1990-01-02', 'trần thị bích', NULL, 'HOÀ', NULL),
	(3, 'Nguyễn Văn An', NULL, NULL, 7, NULL, false),
	(4, E'Nguye\u0302\u0303n Thu\u0309y', '2000-02-29', 'lê lợi', -1, 'thuỷ', true),
	(5, NULL, NULL, 'ĐINH LA THĂNG', 0, 'khoa', NULL),
	(6, repeat('nguyễn ', 3000), '1999-12-31', 'x', 1, 'y', true),
	(7, 'lê văn ' || repeat('a', 300), NULL, 'PHẠM VĂN ĐỒNG', 2, 'ỦY BAN', false);
CREATE VIEW wrong AS
SELECT count(*) FILTER (WHERE t.a IS DISTINCT FROM population_rules.vn_normalize(s.a)) AS a,
	   count(*) FILTER (WHERE t.b IS DISTINCT FROM population_rules.vn_normalize(s.b)) AS b,
	   count(*) FILTER (WHERE t.c IS DISTINCT FROM population_rules.vn_normalize(s.c, 'new')) AS c,
	   count(*) FILTER (WHERE (t.born, t.n, t.flag) IS DISTINCT FROM (s.born, s.n, s.flag)) AS others,
	   count(*) AS rows
  FROM t JOIN src s USING (id);
INSERT INTO t SELECT * FROM src;
SELECT * FROM wrong;
SELECT id, left(a, 20) AS a, born, b, n, c, flag FROM t WHERE id <> 6 ORDER BY id;
SELECT length(a), left(a, 14) FROM t WHERE id = 6;
-- the index sees the stored form
SET enable_seqscan = off;
SELECT id FROM t WHERE a = 'Nguyễn Văn An' ORDER BY id;
RESET enable_seqscan;
-- UPDATE, and COPY
UPDATE src SET a = upper(a), c = lower(c), born = born + 1 WHERE id IN (1, 3, 5, 7);
UPDATE t SET a = s.a, c = s.c, born = s.born FROM src s WHERE s.id = t.id AND t.id IN (1, 3, 5, 7);
SELECT * FROM wrong;
TRUNCATE t;
COPY t FROM STDIN;
1	nguyễn văn an	1990-01-02	TRẦN THỊ BÍCH	42	hòa thủy	t
2	nguyễn  văn an	1990-01-02	trần thị bích	\N	HOÀ	\N
\.
SELECT id, a, born, b, n, c, flag FROM t ORDER BY id;
-- an original column makes the row be formed again, with both columns
CREATE TABLE o (id int, name text, typed text, born date);
SELECT population_rules.attach_names_rule('o', '{name}', original_columns => '{typed}') IS NOT NULL AS attached;
INSERT INTO o VALUES (1, 'trần văn bảy', NULL, '1980-05-06'), (2, 'Trần Văn Bảy', NULL, NULL);
SELECT * FROM o ORDER BY id;
RESET search_path;
DROP SCHEMA nmp CASCADE;
