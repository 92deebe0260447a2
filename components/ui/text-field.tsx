import type { InputHTMLAttributes } from "react";
import { CONTROL_CLASS, FormField } from "./form-field";

/** A labelled input whose hint and errors are announced and tied to it. */
export function TextField({
  label,
  errors,
  hint,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; errors?: string[]; hint?: string }) {
  return (
    <FormField label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input {...control} className={CONTROL_CLASS} {...input} />}
    </FormField>
  );
}
