"use client";

import { useId, useState } from "react";

/**
 * A checkbox the server asks for (a unit at its formasi, a retirement before its age): hidden until a save is
 * refused with its sentence, then shown with it and kept, ticked or not, until the form is saved.
 */
export function ConfirmField({ name, label, errors }: { name: string; label: string; errors?: string[] }) {
  const id = useId();
  const [asked, setAsked] = useState(false);
  const hasErrors = Boolean(errors?.length);
  if (hasErrors && !asked) setAsked(true);
  if (!asked && !hasErrors) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 sm:col-span-2">
      {hasErrors ? (
        <p id={`${id}-error`} className="mb-2 text-sm text-amber-900">
          {errors?.join(" ")}
        </p>
      ) : null}
      <label htmlFor={id} className="flex items-start gap-2 text-sm font-medium text-slate-900">
        <input
          id={id}
          type="checkbox"
          name={name}
          className="mt-0.5 h-4 w-4"
          aria-invalid={hasErrors ? true : undefined}
          aria-describedby={hasErrors ? `${id}-error` : undefined}
        />
        {label}
      </label>
    </div>
  );
}
