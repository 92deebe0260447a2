-- audit_log is append-only: entries are inserted, never changed or removed, whoever connects.
-- Row triggers refuse UPDATE and DELETE; TRUNCATE fires no row triggers, so a statement trigger refuses it.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING HINT = 'Record a correction as a new audit entry instead.';
END;
$$;

CREATE TRIGGER "audit_log_refuse_update_delete"
    BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();

CREATE TRIGGER "audit_log_refuse_truncate"
    BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
