import { useFormatter, useTranslations } from "next-intl";
import type { TrailStep } from "@/lib/appointments/queries";

const KNOWN = new Set([
  "create",
  "update",
  "submit",
  "resubmit",
  "withdraw",
  "recommend",
  "approve",
  "return",
  "reject",
  "decree",
  "schedule",
  "inaugurate",
  "absent",
  "unschedule",
]);

/** Riwayat usulan: every step with who took it, when, and why, oldest first. */
export function ProposalTrail({ steps }: { steps: TrailStep[] }) {
  const t = useTranslations("appointments");
  const format = useFormatter();
  if (steps.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("detail.noTrail")}</p>;
  return (
    <ol className="divide-y divide-slate-100" aria-label={t("detail.trail")}>
      {steps.map((step) => (
        <li key={step.id} className="px-4 py-2 text-sm">
          <p className="font-medium text-slate-900">
            {t(`trail.${KNOWN.has(step.step) ? step.step : "other"}`)}
          </p>
          <p className="text-slate-700">
            {step.actorName}
            {step.acting
              ? ` (${t("trail.acting", { kind: step.acting === "PLT" ? "Plt." : "Plh." })})`
              : null}
            {" · "}
            {format.dateTime(step.at, { dateStyle: "medium", timeStyle: "short" })}
          </p>
          {step.reason ? <p className="mt-1 whitespace-pre-line text-slate-700">“{step.reason}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
