"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/actions/submit";
import { moveOfficialAction } from "@/lib/officials/actions";
import { FormButtons } from "./form-buttons";
import { FormFieldset } from "./form-fieldset";
import { RecordHiddenFields } from "./record-hidden-fields";
import { submitKeepingValues } from "./submit-keeping-values";
import type { PlacementChoices, PostChoice, RecordRef } from "./types";

/** Mutasi: the destination unit, section and (optionally) post, with the decree and the start date. */
export function MoveForm({
  record,
  units,
  sections,
  posts,
  cancelHref,
}: PlacementChoices & {
  record: RecordRef;
  posts: PostChoice[];
  cancelHref: string;
}) {
  const t = useTranslations("officialRecord");
  const tf = useTranslations("officialRecord.form");
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(moveOfficialAction, {});
  const [place, setPlace] = useState({
    unitId: record.loaded.unitId ?? "",
    sectionId: record.loaded.sectionId ?? "",
    positionId: "",
  });
  const errors = (field: string) => state.fieldErrors?.[field];

  const unitSections = sections.filter((section) => section.unitId === place.unitId);
  const unitPosts = posts.filter(
    (post) =>
      post.unitId === place.unitId &&
      (!place.sectionId || !post.sectionId || post.sectionId === place.sectionId),
  );
  function choosePost(positionId: string) {
    const post = posts.find((candidate) => candidate.id === positionId);
    setPlace((current) => ({ ...current, positionId, sectionId: post?.sectionId ?? current.sectionId }));
  }

  return (
    <form action={dispatch} onSubmit={submitKeepingValues(dispatch)} noValidate className="space-y-6">
      <FormAlert message={state.ok === false ? state.message : undefined} />
      <RecordHiddenFields record={record} />
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
            setPlace((current) => ({ ...current, sectionId: event.target.value, positionId: "" }))
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
      <FormButtons
        pending={pending}
        label={t("move.submit")}
        pendingLabel={tf("saving")}
        cancelLabel={tf("cancel")}
        cancelHref={cancelHref}
      />
    </form>
  );
}
