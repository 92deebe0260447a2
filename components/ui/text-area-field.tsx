import type { TextareaHTMLAttributes } from "react";
import { CONTROL_CLASS, FormField } from "./form-field";

/** A labelled multi-line text box whose hint and errors are announced and tied to it, like TextField. */
export function TextAreaField({
  label,
  errors,
  hint,
  className = "",
  rows = 3,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; errors?: string[]; hint?: string }) {
  return (
    <FormField label={label} hint={hint} errors={errors} className={className}>
      {(control) => <textarea {...control} rows={rows} className={CONTROL_CLASS} {...textarea} />}
    </FormField>
  );
}
