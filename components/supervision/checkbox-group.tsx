import { useId } from "react";

/** Several choices under one name, as a fieldset whose legend and errors are tied to it. */
export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  errors,
  defaultChecked = [],
}: {
  legend: string;
  hint?: string;
  name: string;
  options: { value: string; label: string }[];
  errors?: string[];
  defaultChecked?: string[];
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultChecked.includes(option.value)}
              aria-invalid={errors?.length ? true : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
