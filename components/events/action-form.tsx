"use client";

import type { ReactNode } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import type { ActionState } from "@/lib/actions/submit";

/**
 * One of the small forms on an event's or an organisation's page (invite, add an outcome, save the minutes): the
 * form kit around fields the page renders; refusals are listed in the form's alert with links to the fields.
 */
export function ActionForm({
  action,
  label,
  submitLabel,
  children,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  submitLabel: string;
  children: ReactNode;
}) {
  const form = useActionForm(action);
  return (
    <form {...form.props} aria-label={label} className="space-y-3 p-4">
      <FormAlert {...form.alert} />
      {children}
      <FormButtons pending={form.pending} label={submitLabel} />
    </form>
  );
}
