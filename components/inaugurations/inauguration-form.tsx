"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { saveInaugurationAction } from "@/lib/inaugurations/actions";

export interface InaugurationFormValues {
  id: string;
  version: number;
  title: string;
  date: string;
  time: string;
  mode: string;
  location: string | null;
  onlineUrl: string | null;
  officiantName: string | null;
  officiantTitle: string | null;
  witnessOne: string | null;
  witnessTwo: string | null;
  clergy: string | null;
}

const MODES = ["HYBRID", "ONSITE", "ONLINE"] as const;

/** Jadwal pelantikan: when (in the unit's zone), how and where, who inaugurates, the witnesses and clergy. */
export function InaugurationForm({
  ceremony,
  defaults,
  zone,
  cancelHref,
}: {
  ceremony?: InaugurationFormValues;
  defaults: Partial<InaugurationFormValues>;
  /** "WITA" */
  zone: string;
  cancelHref: string;
}) {
  const t = useTranslations("inaugurations");
  const form = useActionForm(saveInaugurationAction);
  const value = ceremony ?? defaults;
  const field = (
    name: keyof InaugurationFormValues,
    extra: { required?: boolean; hint?: string; type?: string } = {},
  ) => (
    <TextField
      label={t(`fields.${name}`)}
      name={name}
      defaultValue={(value[name] as string | null | undefined) ?? ""}
      errors={form.errors(name)}
      autoComplete="off"
      {...extra}
    />
  );
  return (
    <form {...form.props} className="max-w-3xl space-y-4" aria-label={ceremony ? t("edit") : t("schedule")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={ceremony} />
      {field("title", { required: true })}
      <div className="grid gap-4 sm:grid-cols-3">
        {field("date", { required: true, type: "date" })}
        {field("time", { required: true, type: "time", hint: t("fields.timeHint", { zone }) })}
        <SelectField
          label={t("fields.mode")}
          name="mode"
          defaultValue={value.mode ?? "HYBRID"}
          options={MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          errors={form.errors("mode")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("location")}
        {field("onlineUrl", { type: "url" })}
        {field("officiantName", { required: true })}
        {field("officiantTitle", { required: true })}
        {field("witnessOne")}
        {field("witnessTwo")}
      </div>
      <TextAreaField
        label={t("fields.clergy")}
        name="clergy"
        hint={t("fields.clergyHint")}
        defaultValue={value.clergy ?? ""}
        errors={form.errors("clergy")}
        rows={2}
      />
      <FormButtons pending={form.pending} cancelHref={cancelHref} />
    </form>
  );
}
