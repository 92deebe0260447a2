import { getTranslations } from "next-intl/server";
import { LevelRulesForm } from "@/components/appointments/level-rules-form";
import { PageHeader } from "@/components/ui/page-header";
import { CHAIN_CHOICES, chainKey, ruleFor } from "@/lib/appointments/level-rules";
import { loadLevelRules } from "@/lib/appointments/level-rule-store";
import { requirePermission } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/client";
import { PositionLevel } from "@/lib/generated/prisma/enums";
import { PNS_RANKS, rankWithPangkat } from "@/lib/officials/ranks";

/** Pengaturan: who decides each post level's proposals, and the lowest rank that fits; the Sekretariat Jenderal's administrators only. */
export default async function LevelRulesPage() {
  await requirePermission("appointment.configure");
  const [t, stored] = await Promise.all([getTranslations("appointments"), loadLevelRules(prisma)]);
  const rules = Object.values(PositionLevel).map((level) => {
    const rule = ruleFor(stored, level);
    return { level, chain: chainKey(rule.deciderLevels), minimumRank: rule.minimumRank ?? "" };
  });
  return (
    <>
      <PageHeader title={t("settingsPage.title")} intro={t("settingsPage.intro")} />
      <LevelRulesForm
        rules={rules}
        chains={CHAIN_CHOICES.map(chainKey)}
        ranks={PNS_RANKS.map((rank) => ({ value: rank, label: rankWithPangkat(rank) }))}
      />
    </>
  );
}
