-- Name parts, syllable validity and the list of invalid syllables.
SET search_path = population_rules, public;

SELECT x, p.family, p.middle, p.given
  FROM (VALUES ('Nguyễn Văn An'), ('Nguyễn Thị Như Quỳnh'), ('Nguyễn Trãi'),
               ('An'), ('  lê   văn  tám '), ('Nguyễn Phạm Minh Châu'),
               ('Tôn Thất Thuyết'), ('Tôn Nữ Thị Hà'), ('Công Tằng Tôn Nữ Thị Ngọc Hà'),
               ('Nguyễn Phúc Vĩnh Lộc'), ('Âu Dương Phong'), ('Tôn Nữ'),
               ('Tôn Thất'), ('TÔN THẤT HIỀN'), ('Y Moan Êban'), ('Y-Moan Êban'),
               ('H''Hen Niê'), ('H Lum Bkrông'), ('Y Ngông Niê Kdăm'), ('Y Moan'),
               ('Ksor Ni'), ('Danh Sơn'), ('Thạch Thị Sa Ri'), ('Nguyễn Echam Samuel'),
               ('Hà Văn Hùng'), ('Hồ Thị Y'), (''), ('   ')) v(x),
       LATERAL vn_name_parts(x) p;

SELECT vn_family_name('Nguyễn Văn An') AS family, vn_middle_name('Nguyễn Văn An') AS middle,
       vn_given_name('Nguyễn Văn An') AS given, vn_middle_name('Nguyễn Trãi') IS NULL AS no_middle,
       vn_family_name('Trãi') IS NULL AS no_family;

-- Syllables: any case, any form, either style; tone must fit the coda.
SELECT t, vn_is_syllable(t) AS valid
  FROM (VALUES ('nguyễn'), ('NGUYỄN'), (normalize('nguyễn', NFD)), ('hòa'), ('hoà'),
               ('hòan'), ('qúy'), ('quý'), ('gìn'), ('giữ'), ('khuya'), ('khuỷu'),
               ('người'), ('khuyến'), ('hoài'), ('ngoéo'), ('nghiêng'), ('xoong'),
               ('a'), ('y'), ('đ'), ('bát'), ('bạt'), ('bat'), ('bàt'), ('bảch'),
               ('ksor'), ('samuel'), ('êban'), ('nguyen'), ('qu'), ('quan'), ('qan'),
               ('hoà̀'), ('anh'), ('ăn'), ('âu'), ('ưu'), ('oo'), ('ia'), ('uyu'),
               ('ie'), ('ưo'), ('fan'), ('jin'), ('wa'), ('zô'), ('lê văn'), ('h''hen'),
               ('Nghóa'), ('Nguyeãn'), ('NguyÔn'), (''), ('1'), ('😀')) v(t);

SELECT x, vn_invalid_syllables(x) AS invalid
  FROM (VALUES ('Nguyễn Văn An'), ('Y Moan Êban'), ('Nguyễn Echam Samuel'),
               ('NguyÔn V¨n §Æng'), ('Nguyeãn Vaên Ñaëng'), ('H''Hen Niê'),
               ('Lê-Văn Ksor'), (''), ('王小明')) v(x);
