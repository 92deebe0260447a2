"use client";

import { useActionState } from "react";
import type { UnitFormState } from "@/lib/units/actions";

type FormAction = (previous: UnitFormState, formData: FormData) => Promise<UnitFormState>;

/**
 * A form bound to a server action with useActionState. After a refusal the fields show what the user typed
 * (the action sends it back), not the stored values, so nothing typed is lost.
 */
export function useUnitForm(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (name: string, stored: string | number | null | undefined): string =>
    state.values?.[name] ?? (stored === null || stored === undefined ? "" : String(stored));
  const errors = (name: string): string[] | undefined => state.fieldErrors?.[name];
  return { state, formAction, pending, value, errors };
}
