"use client";

import type { ReactNode } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { ceremonyAction } from "@/lib/inaugurations/actions";

/**
 * One of the ceremony page's small forms (add to the list, record the decree, complete …): names itself and the
 * ceremony, and carries whatever fields the caller puts in it.
 */
export function CeremonyForm({
  form: name,
  id,
  version,
  label,
  variant,
  children,
  hidden,
}: {
  form: string;
  id: string;
  version?: number;
  label: string;
  variant?: "primary" | "danger";
  /** The form's fields (rendered on the server: a refused field is named in the summary above them). */
  children?: ReactNode;
  hidden?: Record<string, string>;
}) {
  const form = useActionForm(ceremonyAction);
  return (
    <form {...form.props} className="space-y-3" aria-label={label}>
      <FormAlert {...form.alert} />
      <input type="hidden" name="form" value={name} />
      <RecordKeys record={{ id, version }} />
      {Object.entries(hidden ?? {}).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {children}
      <FormButtons pending={form.pending} label={label} variant={variant} />
    </form>
  );
}
