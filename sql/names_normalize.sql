-- Display normalization in both tone styles, and the two capital forms.
SET search_path = population_rules, public;
SET client_min_messages = warning;

CREATE TEMP TABLE norm_cases(id serial, label text, x text);
INSERT INTO norm_cases(label, x) VALUES
 ('lower case',            'nguyễn văn an'),
 ('all caps',              'NGUYỄN VĂN AN'),
 ('extra spaces',          '  Nguyễn   Văn  An  '),
 ('tab and newline',       E'Nguyễn\tVăn\nAn'),
 ('nbsp, ideographic sp',  U&'Nguy\1EC5n\00A0V\0103n\3000An'),
 ('NFD',                   normalize('Nguyễn Thị Hoà', NFD)),
 ('Windows-1258 form',     U&'Nguy\00EA\0303n Th\1ECB Ho\00E0'),
 ('tilde before circumfl', U&'Nguye\0303\0302n'),
 ('acute before circumfl', U&'Tie\0301\0302n'),
 ('dot below before horn', U&'Tru\0323\031Bc'),
 ('new style hoà',         'hoà'),
 ('old style hòa',         'hòa'),
 ('caps HOÀ',              'HOÀ'),
 ('thuỷ',                  'thuỷ'),
 ('thủy',                  'thủy'),
 ('khoẻ',                  'khoẻ'),
 ('khỏe',                  'khỏe'),
 ('Thuý',                  'Thuý'),
 ('Khoá',                  'Khoá'),
 ('coda: hoàn',            'hoàn'),
 ('misplaced: hòan',       'hòan'),
 ('coda: toàn',            'TOÀN'),
 ('coda: Huỳnh',           'huỳnh'),
 ('oa + ch: hoạch',        'hoạch'),
 ('qu: quý',               'quý'),
 ('qu: quí',               'quí'),
 ('qu misplaced: qúy',     'Qúy'),
 ('qu: quỳnh',             'QUỲNH'),
 ('qu: quốc',              'quốc'),
 ('gi: giữ',               'giữ'),
 ('gi: gìn',               'gìn'),
 ('gi misplaced: gìa',     'gìa'),
 ('gi: giếng',             'giếng'),
 ('gi: giữa',              'giữa'),
 ('uya: khuya',            'khuya'),
 ('uyu: khuỷu',            'khuỷu'),
 ('ươi: người',            'NGƯỜI'),
 ('uyê: khuyến',           'khuyến'),
 ('uyê misplaced',         'khúyên'),
 ('oai: hoài',             'hoài'),
 ('oai misplaced',         'hòai'),
 ('oeo: ngoéo',            'ngoéo'),
 ('oay: xoáy',             'xoáy'),
 ('uơ: thuở',              'thuở'),
 ('ươu: rượu',             'rượu'),
 ('ua: của',               'của'),
 ('ia: mía',               'mía'),
 ('ui: túi',               'túi'),
 ('ưa: cửa',               'cửa'),
 ('uô: Thuộc',             'thuộc'),
 ('uâ: Tuấn',              'tuấn'),
 ('uê: Huế',               'huế'),
 ('iê: Tiến',              'tiến'),
 ('yê: Yến',               'yến'),
 ('oă: Xoăn',              'xoăn'),
 ('ưu: Cứu',               'cứu'),
 ('ngh: Nghĩa',            'nghĩa'),
 ('damage: TrỊnh',         'TrỊnh'),
 ('damage: nGUYỄN',        'nGUYỄN'),
 ('caps Đ',                'ĐẶNG ĐÌNH ĐỨC'),
 ('eth for Đ',             U&'\00D0\1EB7ng \00F0inh'),
 ('spacing grave',         U&'Hoa\02CB'),
 ('spacing acute U+00B4',  U&'Le\00B4'),
 ('spacing acute U+02CA',  U&'Tra\02CAn'),
 ('spacing tilde',         U&'Nguy\1EC5n Vu\02DC'),
 ('zero-width space',      U&'L\00EA\200B V\0103n'),
 ('BOM and ZWJ',           U&'\FEFFL\00EA\200D Lan'),
 ('control characters',    E'L\u0001ê\u007f Lan'),
 ('typographic apostrophe', U&'H\2019hen Ni\00EA'),
 ('Ê Đê woman',            'h''hen niê'),
 ('Ê Đê man',              'y-moan êban'),
 ('not syllables',         'KSOR SAMUEL ÊBAN'),
 ('western name',          'o''brien jean-pierre'),
 ('stop coda, no tone',    'bat'),
 ('dz spelling',           'DZŨNG'),
 ('two tones: untouched',  U&'Ho\00E0\0301'),
 ('Nguyễn Ái Quốc',        'NGUYỄN ÁI QUỐC'),
 ('regional Nhựt Phước',   'nhựt phước'),
 ('digits kept',           'Lê Văn 2'),
 ('only spaces',           '   '),
 ('empty',                 '');

-- Both styles; they differ only on open oa, oe, uy.
SELECT id, label, vn_normalize(x) AS old, vn_normalize(x, 'new') AS new
  FROM norm_cases ORDER BY id;

-- Idempotent in each style, and each style's output is a fixed point of
-- the other style's re-normalization once re-styled.
SELECT count(*) FILTER (WHERE vn_normalize(vn_normalize(x)) <> vn_normalize(x)) AS old_not_idempotent,
       count(*) FILTER (WHERE vn_normalize(vn_normalize(x, 'new'), 'new') <> vn_normalize(x, 'new')) AS new_not_idempotent,
       count(*) FILTER (WHERE vn_normalize(vn_normalize(x, 'new')) <> vn_normalize(x)) AS style_roundtrip
  FROM norm_cases;

-- Every form of one name gives one result.
SELECT DISTINCT vn_normalize(x) AS one_result
  FROM norm_cases WHERE id BETWEEN 1 AND 5;
SELECT count(DISTINCT vn_normalize(x)) AS forms_of_nguyen_thi_hoa
  FROM (VALUES ('Nguyễn Thị Hòa'), ('Nguyễn Thị Hoà'), (normalize('Nguyễn Thị Hoà', NFD)),
               (U&'Nguy\00EA\0303n Th\1ECB Ho\00E0'), (U&'Nguye\0303\0302n Thi\0323 Hoa\0300'),
               ('NGUYỄN THỊ HOÀ'), (' nguyễn  thị hòa ')) v(x);

-- The capital forms start from the normalized form.
SELECT id, label, vn_upper(x) AS upper, vn_ascii(x) AS ascii
  FROM norm_cases WHERE id IN (1, 2, 6, 12, 13, 26, 37, 60, 61, 71, 72, 73, 78, 80, 81)
 ORDER BY id;
SELECT vn_upper('nguyễn văn đức') = 'NGUYỄN VĂN ĐỨC' AS upper_ok,
       vn_ascii('nguyễn văn đức') = 'NGUYEN VAN DUC' AS ascii_ok,
       vn_ascii('Ðỗ Thị Ư') AS ascii_eth;

-- An invalid style is refused.
SELECT vn_normalize('Hòa', 'modern');
SELECT vn_normalize('Hòa', NULL) IS NULL AS strict;
