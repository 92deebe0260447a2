"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { saveNewsAction } from "@/lib/news/actions";

export interface NewsFormValues {
  id: string;
  version: number;
  title: string;
  body: string;
  photoIds: string[];
}

/** Ubah berita: the drafted title and text, and which of the activity's photos the item shows. */
export function NewsForm({
  item,
  candidates,
}: {
  item: NewsFormValues;
  /** The activity's images, each with the address that shows it to this editor. */
  candidates: { id: string; fileName: string; src: string }[];
}) {
  const t = useTranslations("news");
  const form = useActionForm(saveNewsAction);
  const errors = form.errors("photoIds");
  return (
    <form {...form.props} className="max-w-3xl space-y-4" aria-label={t("edit")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={item} />
      <TextField
        label={t("fields.title")}
        name="title"
        defaultValue={item.title}
        errors={form.errors("title")}
        required
      />
      <TextAreaField
        label={t("fields.body")}
        name="body"
        rows={18}
        defaultValue={item.body}
        hint={t("hints.body")}
        errors={form.errors("body")}
        required
      />
      <fieldset aria-invalid={errors ? true : undefined}>
        <legend className="text-sm font-medium text-slate-900">{t("fields.photoIds")}</legend>
        {candidates.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{t("noPhotos")}</p>
        ) : (
          <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {candidates.map((photo) => (
              <label key={photo.id} className="flex flex-col gap-1 text-sm">
                {/* eslint-disable-next-line @next/next/no-img-element -- served by a scoped route, not optimisable */}
                <img
                  src={photo.src}
                  alt={photo.fileName}
                  className="aspect-video w-full rounded object-cover"
                />
                <span className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="photoIds"
                    value={photo.id}
                    defaultChecked={item.photoIds.includes(photo.id)}
                  />
                  {photo.fileName}
                </span>
              </label>
            ))}
          </div>
        )}
        {errors ? <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
      </fieldset>
      <FormButtons pending={form.pending} cancelHref={`/berita/${item.id}`} />
    </form>
  );
}
