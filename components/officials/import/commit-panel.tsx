"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ImportPreview } from "@/lib/officials/import/page-state";

/**
 * The one button that writes: enabled only for a file without problems that changes something. The server
 * checks the same again, so this is guidance, not the guard.
 */
export function CommitPanel({
  preview,
  pending,
  onCommit,
}: {
  preview: ImportPreview;
  pending: boolean;
  onCommit(): void;
}) {
  const t = useTranslations("import.commit");
  const count = preview.summary.create + preview.summary.update;
  const blocked = preview.problems.length > 0;
  const explanation = blocked ? t("blocked") : count === 0 ? t("nothingToDo") : t("ready");
  return (
    <div className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <Button
        type="button"
        onClick={onCommit}
        disabled={!preview.canCommit || pending}
        aria-describedby="import-commit-explanation"
      >
        {pending ? t("submitting") : count > 0 ? t("submit", { count }) : t("submitNone")}
      </Button>
      <p id="import-commit-explanation" className={`text-sm ${blocked ? "text-red-800" : "text-slate-700"}`}>
        {explanation}
      </p>
    </div>
  );
}
