"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEvent, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { ACCEPTED_EXTENSIONS, MAX_FILE_LABEL } from "@/lib/officials/import/limits";

const EMPLOYMENT_TYPES = ["PNS", "PPPK", "NON_ASN"] as const;

/** What the clerk chooses once for the whole file: the unit and employment type of rows that give none. */
export interface FileChoices {
  unitId: string;
  /** "" for "as the file says (or from the rank/NIP)". */
  employmentType: string;
}

/** Choosing the file and the choices made once for it, and asking for its check (pratinjau); nothing is written. */
export function UploadForm({
  units,
  choices,
  onChoicesChange,
  onFileChange,
  onSubmit,
  pending,
  error,
  fileRef,
}: {
  units: SelectOption[];
  choices: FileChoices;
  onChoicesChange(choices: FileChoices): void;
  onFileChange(file: File | null): void;
  onSubmit(): void;
  pending: boolean;
  error?: string;
  fileRef?: Ref<HTMLInputElement>;
}) {
  const t = useTranslations("import");
  const types = useTranslations("officials.employmentTypes");
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("upload.label")}
        </label>
        <input
          ref={fileRef}
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
          {t("upload.hint", { size: MAX_FILE_LABEL })}
        </p>
        {error ? (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("options.unit")}
          name="unitId"
          value={choices.unitId}
          onChange={(event) => onChoicesChange({ ...choices, unitId: event.currentTarget.value })}
          options={units}
        />
        <SelectField
          label={t("options.employmentType")}
          name="employmentType"
          value={choices.employmentType}
          onChange={(event) => onChoicesChange({ ...choices, employmentType: event.currentTarget.value })}
          options={[
            { value: "", label: t("options.fromFile") },
            ...EMPLOYMENT_TYPES.map((type) => ({ value: type, label: types(type) })),
          ]}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("upload.checking") : t("upload.submit")}
      </Button>
    </form>
  );
}
