-- Stakeholder names compare letters written one by one as one word ("Polda N.T.B." = "Polda NTB",
-- lib/stakeholders/name-key.ts). Keys stored before that rule get it here: a space between two one-character
-- words goes ("polda n t b" → "polda ntb"). A record whose new key a twin of the same region already holds keeps
-- its old key, so the migration never fails on data clerks entered twice before the rule existed.
DO $$
DECLARE
  row record;
BEGIN
  FOR row IN
    SELECT id, regexp_replace("nameKey", '(?<=(?:^| )[^ ]) (?=[^ ](?: |$))', '', 'g') AS key
      FROM "stakeholder_organisation"
     WHERE "nameKey" ~ '(?:^| )[^ ] [^ ](?: |$)'
  LOOP
    BEGIN
      UPDATE "stakeholder_organisation" SET "nameKey" = row.key WHERE id = row.id;
    EXCEPTION WHEN unique_violation THEN
      NULL;
    END;
  END LOOP;
END $$;
