/** The actions the trail can be filtered by: every action the catalogue names (the same keys in both languages). */
import catalogue from "@/lib/i18n/messages/id/audit.json";
import { SIGN_IN_PREFIX } from "./filters";

/** "official.update" from the catalogue key "official_update". */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(catalogue.audit.actions).map((key) =>
  key.replace("_", "."),
);

export const CHANGE_ACTIONS = AUDIT_ACTIONS.filter((action) => !action.startsWith(SIGN_IN_PREFIX));
