"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { draftNewsAction } from "@/lib/news/actions";
import type { NewsSourceKind } from "@/lib/generated/prisma/enums";

/**
 * Buat berita: one button on an inauguration's, a visit's or an event's page. It drafts a news item of the user's
 * unit from the activity's records and opens it for editing.
 */
export function DraftNewsButton({ sourceKind, sourceId }: { sourceKind: NewsSourceKind; sourceId: string }) {
  const t = useTranslations("news");
  const form = useActionForm(draftNewsAction);
  return (
    <form {...form.props} aria-label={t("draftFrom")} className="flex flex-col items-end gap-1">
      <FormAlert {...form.alert} />
      <input type="hidden" name="sourceKind" value={sourceKind} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <FormButtons pending={form.pending} label={t("draftFrom")} pendingLabel={t("drafting")} />
    </form>
  );
}
