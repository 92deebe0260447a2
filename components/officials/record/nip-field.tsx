"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { parseNip } from "@/lib/officials/nip";
import { NipBreakdown } from "./nip-breakdown";

interface NipFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  errors?: string[];
  /** A PNS's NIP is explained live as it is typed; a PPPK's number is only checked on saving. */
  explain: boolean;
  /** What the form says, to flag a NIP that disagrees (YYYY-MM-DD and MALE/FEMALE, or ""). */
  entered: { birthDate: string; gender: string };
}

/** The NIP input with a live panel saying what the typed number encodes, or what is wrong with it. */
export function NipField({ label, hint, value, onChange, errors, explain, entered }: NipFieldProps) {
  const t = useTranslations("officialRecord");
  const id = useId();
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null, explain ? `${id}-panel` : null];
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name="nip"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy.filter(Boolean).join(" ")}
        className="mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm aria-invalid:border-red-600"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      {explain ? (
        <div
          id={`${id}-panel`}
          aria-live="polite"
          className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3"
        >
          <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t("nipPanel.title")}
          </p>
          <NipExplanation value={value} entered={entered} />
        </div>
      ) : null}
    </div>
  );
}

function NipExplanation({ value, entered }: Pick<NipFieldProps, "value" | "entered">) {
  const t = useTranslations("officialRecord");
  if (!value.trim()) return <p className="text-sm text-slate-600">{t("nipPanel.empty")}</p>;
  const parsed = parseNip(value);
  if (!parsed.ok) return <p className="text-sm text-amber-800">{t(`validation.nip.${parsed.error}`)}</p>;
  const birthDate = parsed.birthDate.toISOString().slice(0, 10);
  const notes = {
    birthDate:
      entered.birthDate && entered.birthDate !== birthDate ? t("nipPanel.birthDateDiffers") : undefined,
    gender: entered.gender && entered.gender !== parsed.gender ? t("nipPanel.genderDiffers") : undefined,
  };
  return <NipBreakdown parts={parsed} notes={notes} />;
}
