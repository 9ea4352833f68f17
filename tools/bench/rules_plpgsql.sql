-- rules_plpgsql.sql: the baseline of the rules benchmark, the same three
-- rules as a careful DBA would write them in PL/pgSQL, race-safe by design:
--   - names: BEFORE trigger storing population_rules.vn_normalize(name);
--   - id: the table's unique index gives uniqueness; a BEFORE trigger checks
--     12 digits and the birth year / sex the digits encode (warn level);
--   - one head per household: a counter row per household, upserted by an
--     AFTER row trigger (its row lock serializes writers of one household;
--     a second head fails at once), and a deferred constraint trigger
--     checking at commit that every household with members has one head.
-- Usage: \set tbl bench_c, then \i this file (the table must exist).

CREATE TABLE IF NOT EXISTS bench_hh_count (
	household bigint PRIMARY KEY,
	members integer NOT NULL,
	heads integer NOT NULL
);

CREATE OR REPLACE FUNCTION bench_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.name := population_rules.vn_normalize(NEW.name, 'old');
	RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION bench_id_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	d4 int;
	y int;
BEGIN
	IF NEW.pid IS NULL THEN
		RETURN NEW;
	END IF;
	IF NEW.pid !~ '^[0-9]{12}$' THEN
		RAISE EXCEPTION 'malformed personal id number %', NEW.pid USING ERRCODE = 'check_violation';
	END IF;
	d4 := substr(NEW.pid, 4, 1)::int;
	y := 1900 + 100 * (d4 / 2) + substr(NEW.pid, 5, 2)::int;
	IF NEW.born IS NOT NULL AND extract(year FROM NEW.born) <> y THEN
		RAISE WARNING 'personal id % says birth year %', NEW.pid, y;
	END IF;
	IF NEW.sex IS NOT NULL AND (NEW.sex IN ('Nữ', 'F')) <> (d4 % 2 = 1) THEN
		RAISE WARNING 'personal id % says another sex', NEW.pid;
	END IF;
	RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION bench_hh_is_head(rel text, died date) RETURNS int
	LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN died IS NULL AND population_rules.vn_key_unaccent(rel) = 'chu ho' THEN 1 ELSE 0 END
$$;

CREATE OR REPLACE FUNCTION bench_hh_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	h int;
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.hh IS NOT NULL THEN
		UPDATE bench_hh_count SET members = members - (OLD.died IS NULL)::int,
		       heads = heads - bench_hh_is_head(OLD.rel, OLD.died)
		 WHERE household = OLD.hh;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.hh IS NOT NULL THEN
		INSERT INTO bench_hh_count AS c VALUES (NEW.hh, (NEW.died IS NULL)::int,
		       bench_hh_is_head(NEW.rel, NEW.died))
		ON CONFLICT (household) DO UPDATE
		   SET members = c.members + excluded.members, heads = c.heads + excluded.heads
		RETURNING heads INTO h;
		IF h > 1 THEN
			RAISE EXCEPTION 'household % has more than one head', NEW.hh USING ERRCODE = 'check_violation';
		END IF;
	END IF;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bench_hh_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	c bench_hh_count;
BEGIN
	SELECT * INTO c FROM bench_hh_count WHERE household = coalesce(NEW.hh, OLD.hh);
	IF c.members > 0 AND c.heads <> 1 THEN
		RAISE EXCEPTION 'household % has % heads', c.household, c.heads USING ERRCODE = 'check_violation';
	END IF;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bench_hh_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	TRUNCATE bench_hh_count;
	RETURN NULL;
END $$;

SELECT format($f$
	CREATE TRIGGER a_names BEFORE INSERT OR UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION bench_names();
	CREATE TRIGGER b_id BEFORE INSERT OR UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION bench_id_check();
	CREATE TRIGGER c_hh AFTER INSERT OR UPDATE OR DELETE ON %1$I FOR EACH ROW EXECUTE FUNCTION bench_hh_count();
	CREATE CONSTRAINT TRIGGER d_hh_commit AFTER INSERT OR UPDATE OR DELETE ON %1$I
		DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bench_hh_commit();
	CREATE TRIGGER e_hh_truncate AFTER TRUNCATE ON %1$I FOR EACH STATEMENT EXECUTE FUNCTION bench_hh_truncate();
$f$, :'tbl') \gexec
