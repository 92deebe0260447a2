"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ACCEPTED_EXTENSIONS, MAX_FILE_LABEL } from "@/lib/officials/import/limits";

/** Choosing the file and asking for its check (pratinjau); nothing is written by this form. */
export function UploadForm({
  onFileChange,
  onSubmit,
  pending,
  error,
}: {
  onFileChange(file: File | null): void;
  onSubmit(): void;
  pending: boolean;
  error?: string;
}) {
  const t = useTranslations("import.upload");
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("label")}
        </label>
        <input
          id={id}
          name="file"
          type="file"
          accept={[
            ...ACCEPTED_EXTENSIONS,
            "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ].join(",")}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onFileChange(event.currentTarget.files?.[0] ?? null)}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-100"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {t("hint", { size: MAX_FILE_LABEL })}
        </p>
        {error ? (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("checking") : t("submit")}
      </Button>
    </form>
  );
}
