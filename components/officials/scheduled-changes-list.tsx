import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { scheduledChangeText, type ScheduledChangeView } from "./record/scheduled-change-text";

export interface ScheduledChangeListItem extends ScheduledChangeView {
  official: { id: string; name: string };
  unit: { name: string };
  /** The official's record is in the user's scope (an incoming move may come from a unit that is not). */
  linked: boolean;
}

/** The home page's list of scheduled changes in the user's scope, soonest first. */
export async function ScheduledChangesList({ changes }: { changes: ScheduledChangeListItem[] }) {
  const t = await getTranslations("officialChanges.home");
  const rows = await Promise.all(
    changes.map(async (change) => ({ change, text: await scheduledChangeText(change) })),
  );
  return (
    <Panel id="scheduled-changes-heading" title={t("title")} description={t("intro")}>
      {rows.length === 0 ? (
        <p className="p-4 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map(({ change, text }) => (
            <li key={change.id} className="px-4 py-3 text-sm">
              {change.linked ? (
                <Link
                  href={`/pegawai/${change.official.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {change.official.name}
                </Link>
              ) : (
                <span className="font-medium">{change.official.name}</span>
              )}{" "}
              <span className="text-slate-600">({change.unit.name})</span>
              <p className="mt-1 text-amber-900">{text}</p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
