-- rules_src.sql: the persons the rules benchmarks load (tools/bench/rules.sh,
-- rules_scale.sh): :rows persons in households of four, head first, names
-- in varied case and spacing, distinct 12-digit ids that agree with the
-- row's birth date and sex (a million per birth year from 1990), so the
-- unique-id rule's structure check passes every row.  psql variable: rows.
CREATE TABLE src AS
SELECT i AS id,
       '0010' || lpad((y % 100)::text, 2, '0') || lpad(((i - 1) % 1000000)::text, 6, '0') AS pid,
       CASE i % 3 WHEN 0 THEN lower(n) WHEN 1 THEN upper(n) ELSE replace(n, ' ', '  ') END AS name,
       make_date(y, 1, 1) + (i % 365) AS born,
       'Nam'::text AS sex,
       (i - 1) / 4 AS hh,
       CASE WHEN i % 4 = 1 THEN 'Chủ hộ' ELSE (ARRAY['Vợ', 'Con', 'con'])[i % 4] END AS rel
  FROM generate_series(1, :rows) i,
       LATERAL (SELECT 1990 + (i - 1) / 1000000 AS y) b,
       LATERAL (SELECT (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'])[i % 5 + 1] || ' ' ||
                       (ARRAY['Văn', 'Thị', 'Đức', 'Ngọc'])[i % 4 + 1] || ' ' ||
                       (ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hòa', 'Thủy', 'Khoa'])[i % 7 + 1] AS n) x;
