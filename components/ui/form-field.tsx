import { useId, type ReactNode } from "react";

/** The attributes that tie a control to its label, hint and errors; spread them on the input or select. */
export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/**
 * A label above a control, with an optional hint and errors announced and tied to it (aria-describedby).
 * `children` renders the control from the props it must carry.
 */
export function FormField({
  label,
  hint,
  errors,
  className = "",
  children,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": hasErrors ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {hasErrors ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const CONTROL_CLASS =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600 disabled:bg-slate-100 disabled:text-slate-500";
