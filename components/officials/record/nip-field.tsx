"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { parseNip } from "@/lib/officials/nip";
import { parsePppkNumber } from "@/lib/officials/pppk-number";
import { NipBreakdown, PppkNumberBreakdown } from "./nip-breakdown";

interface NipFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  errors?: string[];
  /** Which number is typed, explained live in its own layout: a PNS's NIP or a PPPK's NI PPPK. */
  kind: "PNS" | "PPPK";
  /** What the form says, to flag a number that disagrees (YYYY-MM-DD and MALE/FEMALE, or ""). */
  entered: { birthDate: string; gender: string };
}

/**
 * The NIP (or NI PPPK) input with a live panel saying what the typed number encodes, or what is wrong with it.
 * Once the server has refused the number, its message stands under the input and the panel does not repeat it.
 */
export function NipField({ label, hint, value, onChange, errors, kind, entered }: NipFieldProps) {
  const t = useTranslations("officialRecord");
  const id = useId();
  const panel = kind === "PNS" ? "nipPanel" : "pppkPanel";
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null, `${id}-panel`];
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
      <div
        id={`${id}-panel`}
        aria-live="polite"
        className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      >
        <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {t(`${panel}.title`)}
        </p>
        <NipExplanation value={value} entered={entered} kind={kind} refused={Boolean(errors?.length)} />
      </div>
    </div>
  );
}

function NipExplanation({
  value,
  entered,
  kind,
  refused,
}: Pick<NipFieldProps, "value" | "entered" | "kind"> & { refused: boolean }) {
  const t = useTranslations("officialRecord");
  if (!value.trim()) {
    return (
      <p className="text-sm text-slate-600">{t(kind === "PNS" ? "nipPanel.empty" : "pppkPanel.empty")}</p>
    );
  }
  const parsed = kind === "PNS" ? parseNip(value) : parsePppkNumber(value);
  if (!parsed.ok) {
    // The same words as the field's error: shown here while typing, under the input once the form was refused.
    if (refused) return null;
    const group = kind === "PNS" ? "nip" : "pppkNumber";
    return <p className="text-sm text-amber-800">{t(`validation.${group}.${parsed.error}`)}</p>;
  }
  const notes = {
    birthDate:
      entered.birthDate && entered.birthDate !== parsed.birthDate.toISOString().slice(0, 10)
        ? t("nipPanel.birthDateDiffers")
        : undefined,
    gender: entered.gender && entered.gender !== parsed.gender ? t("nipPanel.genderDiffers") : undefined,
  };
  return "nip" in parsed ? (
    <NipBreakdown parts={parsed} notes={notes} />
  ) : (
    <PppkNumberBreakdown parts={parsed} notes={notes} />
  );
}
