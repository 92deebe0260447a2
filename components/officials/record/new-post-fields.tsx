"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { FormFieldset } from "./form-fieldset";
import type { PostChoice } from "./types";

/**
 * Pegawai baru in a post at once: the chosen unit's vacant posts, each named with its section, the TMT and the
 * decree. Controlled by the form, which resets the post only when the unit changes; choosing a post never changes
 * the section chosen (the server takes the post's section when none is).
 */
export function NewPostFields({
  posts,
  sections,
  unitId,
  positionId,
  onChoose,
  errors,
}: {
  posts: PostChoice[];
  sections: { id: string; name: string }[];
  unitId: string;
  positionId: string;
  onChoose: (positionId: string) => void;
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("officialRecord");
  const sectionName = (id: string | null) => sections.find((section) => section.id === id)?.name;
  const vacant = posts.filter(
    (post) => post.unitId === unitId && (post.held < post.quota || post.id === positionId),
  );
  return (
    <FormFieldset legend={t("form.post")}>
      <SelectField
        label={t("fields.positionId")}
        hint={t("form.postHint")}
        name="positionId"
        value={positionId}
        onChange={(event) => onChoose(event.target.value)}
        errors={errors("positionId")}
        className="sm:col-span-2"
        options={[
          { value: "", label: t("form.noPost") },
          ...vacant.map((post) => {
            const section = sectionName(post.sectionId);
            return {
              value: post.id,
              label: section
                ? t("form.vacantPost", { title: post.title, section })
                : t("form.vacantPostNoSection", { title: post.title }),
            };
          }),
        ]}
      />
      <TextField label={t("fields.startDate")} name="startDate" type="date" errors={errors("startDate")} />
      <TextField
        label={t("fields.decreeNumber")}
        name="decreeNumber"
        autoComplete="off"
        errors={errors("decreeNumber")}
      />
      <TextField label={t("fields.decreeDate")} name="decreeDate" type="date" errors={errors("decreeDate")} />
    </FormFieldset>
  );
}
