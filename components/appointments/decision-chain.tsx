import { useTranslations } from "next-intl";
import { isFinalStep, type ChainPosition } from "@/lib/appointments/level-rules";

/** Rantai keputusan of one proposal: each level in order, what it does, and where the proposal waits now. */
export function DecisionChain({ proposal }: { proposal: ChainPosition & { status: string } }) {
  const t = useTranslations("appointments");
  return (
    <ol className="space-y-1 px-4 py-3 text-sm">
      {proposal.deciderLevels.map((level, index) => {
        const last = isFinalStep({ ...proposal, currentStep: index });
        const here = proposal.status === "SUBMITTED" && proposal.currentStep === index;
        return (
          <li key={`${level}-${index}`} className={here ? "font-semibold text-sky-900" : "text-slate-700"}>
            {t("detail.chainStep", {
              step: index + 1,
              level: t(`levels.${level}`),
              kind: last ? t("detail.decides") : t("detail.recommends"),
            })}
            {here ? ` — ${t("detail.waitingHere")}` : null}
          </li>
        );
      })}
    </ol>
  );
}
