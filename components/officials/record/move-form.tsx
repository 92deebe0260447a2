"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { moveOfficialAction } from "@/lib/officials/actions";
import { ConfirmField } from "./confirm-field";
import { FormFieldset } from "./form-fieldset";
import type { PlacementChoices, PostChoice, RecordRef } from "./types";

/** Mutasi: the destination unit, section and (optionally) post, with the decree and the start date. */
export function MoveForm({
  record,
  current,
  units,
  sections,
  posts,
  cancelHref,
}: PlacementChoices & {
  record: RecordRef;
  /** Where the official is placed now: the form starts from there. */
  current: { unitId: string; sectionId: string };
  posts: PostChoice[];
  cancelHref: string;
}) {
  const t = useTranslations("officialRecord");
  const tf = useTranslations("officialRecord.form");
  const form = useActionForm(moveOfficialAction);
  const [place, setPlace] = useState({ ...current, positionId: "" });
  const errors = form.errors;

  const unitSections = sections.filter((section) => section.unitId === place.unitId);
  const unitPosts = posts.filter(
    (post) =>
      post.unitId === place.unitId &&
      (!place.sectionId || !post.sectionId || post.sectionId === place.sectionId),
  );
  function choosePost(positionId: string) {
    const post = posts.find((candidate) => candidate.id === positionId);
    setPlace((previous) => ({ ...previous, positionId, sectionId: post?.sectionId ?? previous.sectionId }));
  }

  return (
    <form {...form.props} className="space-y-6">
      <FormAlert {...form.alert} />
      <RecordKeys record={record} />
      <FormFieldset legend={tf("placement")}>
        <SelectField
          label={t("fields.unitId")}
          name="unitId"
          value={place.unitId}
          onChange={(event) => setPlace({ unitId: event.target.value, sectionId: "", positionId: "" })}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          errors={errors("unitId")}
        />
        <SelectField
          label={t("fields.sectionId")}
          name="sectionId"
          value={place.sectionId}
          onChange={(event) =>
            setPlace((previous) => ({ ...previous, sectionId: event.target.value, positionId: "" }))
          }
          options={[
            { value: "", label: tf("noSection") },
            ...unitSections.map((s) => ({ value: s.id, label: s.name })),
          ]}
          errors={errors("sectionId")}
        />
        <SelectField
          label={t("move.position")}
          name="positionId"
          value={place.positionId}
          onChange={(event) => choosePost(event.target.value)}
          options={[
            { value: "", label: t("move.noPosition") },
            ...unitPosts.map((post) => ({
              value: post.id,
              label: t("move.positionHeld", { title: post.title, held: post.held, quota: post.quota }),
            })),
          ]}
          errors={errors("positionId")}
          className="sm:col-span-2"
        />
        <TextField label={t("move.startDate")} name="startDate" type="date" errors={errors("startDate")} />
        <TextField
          label={t("move.decreeNumber")}
          name="decreeNumber"
          autoComplete="off"
          errors={errors("decreeNumber")}
        />
        <TextField label={t("move.decreeDate")} name="decreeDate" type="date" errors={errors("decreeDate")} />
        <TextField
          label={t("move.reason")}
          name="reason"
          hint={t("move.reasonHint")}
          autoComplete="off"
          errors={errors("reason")}
        />
      </FormFieldset>
      <ConfirmField name="confirmQuota" label={t("fields.confirmQuota")} errors={errors("confirmQuota")} />
      <FormButtons pending={form.pending} label={t("move.submit")} cancelHref={cancelHref} />
    </form>
  );
}
