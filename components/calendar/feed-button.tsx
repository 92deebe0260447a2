"use client";

import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import type { ActionState } from "@/lib/actions/submit";

/** One of the feed address's buttons (buat, ganti, cabut): a form of the kit with nothing but its button. */
export function FeedButton({
  action,
  label,
  variant = "primary",
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  variant?: "primary" | "danger";
}) {
  const form = useActionForm(action);
  return (
    <form {...form.props} aria-label={label} className="space-y-2">
      <FormAlert {...form.alert} />
      <FormButtons pending={form.pending} label={label} variant={variant} />
    </form>
  );
}
