import type { InputHTMLAttributes } from "react";
import { FormField } from "@/components/ui/form-field";

/** A labelled file input whose hint and errors are announced and tied to it. */
export function FileField({
  label,
  hint,
  errors,
  className = "",
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <FormField label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <input
          {...control}
          type="file"
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-100"
          {...input}
        />
      )}
    </FormField>
  );
}
