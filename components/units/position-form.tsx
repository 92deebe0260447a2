"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { QuotaOrderFields } from "@/components/ui/form/quota-order-fields";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { PositionKind, PositionLevel } from "@/lib/generated/prisma/enums";
import { savePosition } from "@/lib/units/actions";
import { LEVELS_BY_KIND } from "@/lib/units/unit-options";

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
  const field = (name: string) => t(`fields.${name}`);
  const form = useActionForm(savePosition);
  // The level list follows the kind: a functional post has only the functional level, and so on.
  const [kind, setKind] = useState<PositionKind>(post?.kind ?? "EXECUTOR");
  const levels = LEVELS_BY_KIND[kind] ?? [];
  return (
    <form {...form.props} className="max-w-2xl space-y-4" aria-label={post ? t("editPost") : t("newPost")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={post} />
      {post ? null : <input type="hidden" name="unitId" value={unitId} />}
      <TextField
        label={t("fields.title")}
        name="title"
        defaultValue={post?.title}
        errors={form.errors("title")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.kind")}
          name="kind"
          options={KINDS.map((option) => ({ value: option, label: t(`postKinds.${option}`) }))}
          value={kind}
          onChange={(event) => setKind(event.target.value as PositionKind)}
          errors={form.errors("kind")}
        />
        <SelectField
          key={kind}
          label={t("fields.level")}
          name="level"
          options={levels.map((level) => ({ value: level, label: t(`postLevels.${level}`) }))}
          defaultValue={post?.level && levels.includes(post.level) ? post.level : levels[0]}
          errors={form.errors("level")}
        />
      </div>
      <SelectField
        label={t("fields.sectionId")}
        name="sectionId"
        options={[{ value: "", label: t("fields.none") }, ...sectionOptions]}
        defaultValue={post?.sectionId ?? ""}
        errors={form.errors("sectionId")}
      />
      <QuotaOrderFields name="quota" min={1} record={post} label={field} errors={form.errors} />
      <FormButtons pending={form.pending} cancelHref={cancelHref} />
    </form>
  );
}
