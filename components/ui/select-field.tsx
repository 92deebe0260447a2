import type { SelectHTMLAttributes } from "react";
import { CONTROL_CLASS, FormField } from "./form-field";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
}

/**
 * A labelled select whose hint and errors are announced and tied to it (aria-describedby), like TextField;
 * options may come in groups.
 */
export function SelectField({
  label,
  hint,
  errors,
  options,
  className = "",
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: string;
  errors?: string[];
  options: (SelectOption | SelectOptionGroup)[];
}) {
  return (
    <FormField label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select {...control} className={CONTROL_CLASS} {...select}>
          {options.map((option) =>
            "options" in option ? (
              <optgroup key={option.label} label={option.label}>
                {option.options.map((child) => (
                  <option key={child.value} value={child.value}>
                    {child.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ),
          )}
        </select>
      )}
    </FormField>
  );
}
