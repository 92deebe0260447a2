import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { CeremonyForm } from "./ceremony-form";

interface Minutes {
  id: string;
  revision: number;
  number: string;
  notes: string | null;
  status: "DRAFT" | "FINAL";
}

/** Berita acara: every revision with its PDF; the draft's form, or a correction of the final one. */
export function MinutesPanel({
  ceremonyId,
  minutes,
  manage,
  heldOn,
}: {
  ceremonyId: string;
  /** Newest revision first. */
  minutes: Minutes[];
  manage: boolean;
  heldOn: string;
}) {
  const t = useTranslations("inaugurations");
  const latest = minutes[0];
  return (
    <Panel id="minutes-heading" title={t("detail.minutes")} description={t("detail.minutesIntro")}>
      {minutes.length > 0 ? (
        <ul className="divide-y divide-slate-100 border-b border-slate-200">
          {minutes.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
              <span>
                {t("detail.revision", { revision: row.revision })} · {row.number} ·{" "}
                <strong>
                  {row.status === "FINAL" ? t("detail.minutesFinal") : t("detail.minutesDraft")}
                </strong>
              </span>
              <a
                href={`/api/pelantikan/${ceremonyId}/berita-acara?revisi=${row.revision}`}
                className="text-brand-700 underline"
              >
                {t("detail.downloadPdf")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {manage ? (
        <div className="grid gap-6 p-4 md:grid-cols-2">
          <CeremonyForm
            form="minutes"
            id={ceremonyId}
            label={latest?.status === "FINAL" ? t("detail.correctMinutes") : t("detail.saveMinutes")}
          >
            <TextField
              label={t("fields.number")}
              name="number"
              required
              autoComplete="off"
              defaultValue={latest?.number ?? ""}
              hint={heldOn}
            />
            <TextAreaField
              label={t("fields.notes")}
              name="notes"
              rows={3}
              defaultValue={latest?.notes ?? ""}
            />
          </CeremonyForm>
          {latest?.status === "DRAFT" ? (
            <CeremonyForm form="finalize" id={ceremonyId} label={t("detail.finalize")} />
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
