"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { PositionKind, PositionLevel } from "@/lib/generated/prisma/enums";
import { savePosition } from "@/lib/units/actions";
import { LEVELS_BY_KIND } from "@/lib/units/schemas";
import { FormButtons } from "./form-buttons";
import { RecordKeys } from "./record-keys";
import { useUnitForm } from "./use-unit-form";

const KINDS: PositionKind[] = ["STRUCTURAL", "FUNCTIONAL", "EXECUTOR", "SUPPORT"];

export interface PositionFormValues {
  id: string;
  version: number;
  title: string;
  kind: PositionKind;
  level: PositionLevel;
  sectionId: string | null;
  quota: number;
  sortOrder: number;
}

/** Creates a post (jabatan) of `unitId` (no `post`) or edits one. */
export function PositionForm({
  unitId,
  post,
  sectionOptions,
  cancelHref,
}: {
  unitId: string;
  post?: PositionFormValues;
  sectionOptions: SelectOption[];
  cancelHref: string;
}) {
  const t = useTranslations("units");
  const { state, formAction, pending, value, errors } = useUnitForm(savePosition);
  // The level list follows the kind: a functional post has only the functional level, and so on.
  const [kind, setKind] = useState(value("kind", post?.kind ?? "EXECUTOR") as PositionKind);
  const levels = LEVELS_BY_KIND[kind] ?? [];
  const typedLevel = value("level", post?.level) as PositionLevel | undefined;
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-2xl space-y-4"
      aria-label={post ? t("editPost") : t("newPost")}
    >
      <FormAlert message={state.message} />
      <RecordKeys record={post} unitId={unitId} />
      <TextField
        label={t("fields.title")}
        name="title"
        defaultValue={value("title", post?.title)}
        errors={errors("title")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.kind")}
          name="kind"
          options={KINDS.map((option) => ({ value: option, label: t(`postKinds.${option}`) }))}
          value={kind}
          onChange={(event) => setKind(event.target.value as PositionKind)}
          errors={errors("kind")}
        />
        <SelectField
          key={kind}
          label={t("fields.level")}
          name="level"
          options={levels.map((level) => ({ value: level, label: t(`postLevels.${level}`) }))}
          defaultValue={typedLevel && levels.includes(typedLevel) ? typedLevel : levels[0]}
          errors={errors("level")}
        />
      </div>
      <SelectField
        label={t("fields.sectionId")}
        name="sectionId"
        options={[{ value: "", label: t("fields.none") }, ...sectionOptions]}
        defaultValue={value("sectionId", post?.sectionId)}
        errors={errors("sectionId")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.quota")}
          name="quota"
          type="number"
          min={1}
          step={1}
          hint={t("fields.quotaHint")}
          defaultValue={value("quota", post?.quota ?? 1)}
          errors={errors("quota")}
          required
        />
        <TextField
          label={t("fields.sortOrder")}
          name="sortOrder"
          type="number"
          min={0}
          step={1}
          defaultValue={value("sortOrder", post?.sortOrder ?? 0)}
          errors={errors("sortOrder")}
        />
      </div>
      <FormButtons pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
