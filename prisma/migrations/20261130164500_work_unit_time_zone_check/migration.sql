-- A unit's time zone is one of Indonesia's three (WIB, WITA, WIT), as the unit form already requires: queries that
-- compute "today" per zone (late follow-ups) build one condition per zone from that list instead of reading the
-- zones in use from the table on every request. Prisma's schema cannot express a CHECK, so it lives here alone.
ALTER TABLE "work_unit"
  ADD CONSTRAINT "work_unit_time_zone_check"
  CHECK ("timeZone" IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));
