import { getFormatter, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { CancelChangeForm } from "./cancel-change-form";
import { scheduledChangeText, type ScheduledChangeView } from "./scheduled-change-text";

/**
 * Perubahan terjadwal on an official's record: each change with its date and note, and a cancel button for those
 * the user may cancel. Nothing is shown when there is none.
 */
export async function ScheduledChanges({
  changes,
}: {
  changes: (ScheduledChangeView & { cancellable: boolean })[];
}) {
  if (changes.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("officialChanges.panel"), getFormatter()]);
  const rows = await Promise.all(
    changes.map(async (change) => ({ change, text: await scheduledChangeText(change) })),
  );
  return (
    <Panel id="scheduled-heading" title={t("title")} description={t("intro")}>
      <ul className="divide-y divide-slate-100">
        {rows.map(({ change, text }) => (
          <li key={change.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium text-amber-900">{text}</p>
              {change.reason ? (
                <p className="mt-1 text-sm text-slate-600">{t("reason", { reason: change.reason })}</p>
              ) : null}
            </div>
            {change.cancellable ? (
              <CancelChangeForm
                id={change.id}
                label={t("cancelLabel", {
                  date: format.dateTime(change.effectiveDate, { dateStyle: "long", timeZone: "UTC" }),
                })}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
