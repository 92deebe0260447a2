"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { EmploymentType, Religion, type OfficialStatus } from "@/lib/generated/prisma/enums";
import { saveOfficial } from "@/lib/officials/actions";
import { RANKS_BY_EMPLOYMENT, rankWithPangkat } from "@/lib/officials/ranks";
import type { OfficialFormField, OfficialFormValues } from "@/lib/officials/form-values";
import type { RankHistoryFormValues } from "@/lib/officials/rank-history";
import { ConfirmField } from "./confirm-field";
import { FormFieldset } from "./form-fieldset";
import { NewPostFields } from "./new-post-fields";
import { NipField } from "./nip-field";
import { RankHistoryFields } from "./rank-history-fields";
import type { PlacementChoices, PostChoice } from "./types";

interface OfficialFormProps extends PlacementChoices {
  initial: OfficialFormValues;
  /** The stored record being edited; absent when creating. */
  record?: { id: string; version: number };
  /** Editing: today in the official's unit (YYYY-MM-DD), the date a new status takes effect unless set later. */
  today?: string;
  statuses: OfficialStatus[];
  /** Agama as stored (not part of `initial`: the import does not carry it). */
  religion?: Religion | null;
  /** TMT pangkat, masa kerja, pendidikan as stored ("" each when creating). */
  rankHistory: RankHistoryFormValues;
  /** Creating: the posts of the units in scope, to place the new official in a vacant one at once. */
  posts?: PostChoice[];
  cancelHref: string;
}

/** Pegawai: create or edit an official. Options follow the employment type and unit chosen; the NIP is explained live. */
export function OfficialForm({
  initial,
  record,
  today,
  statuses,
  religion,
  rankHistory,
  posts,
  units,
  sections,
  cancelHref,
}: OfficialFormProps) {
  const t = useTranslations("officialRecord");
  const form = useActionForm(saveOfficial);
  const [values, setValues] = useState(initial);
  const [positionId, setPositionId] = useState("");

  function change(field: OfficialFormField, value: string) {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // A rank of another employment type, or a section of another unit, no longer applies.
      if (
        field === "employmentType" &&
        !RANKS_BY_EMPLOYMENT[value as EmploymentType].some((rank) => rank === next.rank)
      )
        next.rank = "";
      if (field === "unitId" && !sections.some((s) => s.id === next.sectionId && s.unitId === value))
        next.sectionId = "";
      return next;
    });
    if (field === "unitId") setPositionId("");
  }
  const bind = (field: OfficialFormField) => ({
    name: field,
    value: values[field],
    errors: form.errors(field),
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });
  const options = (pick: string, list: SelectOption[]) => [{ value: "", label: pick }, ...list];

  const type = values.employmentType as EmploymentType;
  const isPns = type === EmploymentType.PNS;
  const ranks = RANKS_BY_EMPLOYMENT[type].map((rank) => ({ value: rank, label: rankWithPangkat(rank) }));
  const unitSections = sections.filter((section) => section.unitId === values.unitId);

  return (
    <form {...form.props} className="space-y-6">
      <FormAlert {...form.alert} />
      <RecordKeys record={record} />

      <FormFieldset legend={t("form.identity")}>
        <TextField
          label={t("fields.name")}
          hint={t("form.nameHint")}
          autoComplete="off"
          className="sm:col-span-2"
          {...bind("name")}
        />
        <SelectField
          label={t("fields.employmentType")}
          options={Object.values(EmploymentType).map((value) => ({
            value,
            label: t(`employmentTypes.${value}`),
          }))}
          {...bind("employmentType")}
        />
        {type === EmploymentType.NON_ASN ? (
          <p className="self-end text-sm text-slate-600">{t("form.nonAsnNote")}</p>
        ) : (
          <SelectField
            label={t("fields.rank")}
            options={options(t("form.rankPick"), ranks)}
            {...bind("rank")}
          />
        )}
        {type === EmploymentType.NON_ASN ? null : (
          <NipField
            label={isPns ? t("fields.nip") : t("form.nipPppk")}
            hint={isPns ? t("form.nipHint") : t("form.nipPppkHint")}
            value={values.nip}
            onChange={(value) => change("nip", value)}
            errors={form.errors("nip")}
            kind={isPns ? "PNS" : "PPPK"}
            entered={{ birthDate: values.birthDate, gender: values.gender }}
          />
        )}
        <SelectField
          label={t("fields.gender")}
          hint={isPns ? t("form.genderHint") : undefined}
          options={options(isPns ? t("form.genderFromNip") : t("form.genderPick"), [
            { value: "MALE", label: t("genders.MALE") },
            { value: "FEMALE", label: t("genders.FEMALE") },
          ])}
          {...bind("gender")}
        />
        <TextField
          label={t("fields.birthDate")}
          type="date"
          hint={isPns ? t("form.birthDateHint") : undefined}
          {...bind("birthDate")}
        />
        <TextField label={t("fields.birthPlace")} {...bind("birthPlace")} />
        <SelectField
          label={t("fields.religion")}
          hint={t("form.religionHint")}
          name="religion"
          defaultValue={religion ?? ""}
          errors={form.errors("religion")}
          options={options(
            t("form.religionPick"),
            Object.values(Religion).map((value) => ({ value, label: t(`religions.${value}`) })),
          )}
        />
      </FormFieldset>

      <FormFieldset legend={t("form.placement")}>
        <SelectField
          label={t("fields.unitId")}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          {...bind("unitId")}
        />
        <SelectField
          label={t("fields.sectionId")}
          options={options(
            t("form.noSection"),
            unitSections.map((section) => ({ value: section.id, label: section.name })),
          )}
          {...bind("sectionId")}
        />
        <SelectField
          label={t("fields.status")}
          options={statuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          {...bind("status")}
        />
        {record && values.status !== initial.status ? (
          <TextField
            label={t("fields.statusEffectiveDate")}
            hint={t("form.statusEffectiveDateHint")}
            name="statusEffectiveDate"
            type="date"
            defaultValue={today}
            errors={form.errors("statusEffectiveDate")}
          />
        ) : null}
      </FormFieldset>

      {posts ? (
        <NewPostFields
          posts={posts}
          sections={unitSections}
          unitId={values.unitId}
          positionId={positionId}
          onChoose={setPositionId}
          errors={form.errors}
        />
      ) : null}

      <RankHistoryFields initial={rankHistory} errors={form.errors} />

      <FormFieldset legend={t("form.contact")}>
        <TextField label={t("fields.email")} type="email" autoComplete="off" {...bind("email")} />
        <TextField label={t("fields.phone")} type="tel" autoComplete="off" {...bind("phone")} />
      </FormFieldset>

      <ConfirmField
        name="confirmQuota"
        label={t("fields.confirmQuota")}
        errors={form.errors("confirmQuota")}
      />
      <FormButtons pending={form.pending} cancelHref={cancelHref} />
    </form>
  );
}
