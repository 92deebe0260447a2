/** Pengaturan rantai keputusan: one row per post level, saved together by an administrator. */
import "server-only";
import { z } from "zod";
import type { FormAction } from "@/lib/actions/form-action";
import { defineMutation } from "@/lib/actions/mutation";
import { PositionLevel, Rank } from "@/lib/generated/prisma/enums";
import { chainFromKey, ruleFor } from "./level-rules";
import { loadLevelRules } from "./level-rule-store";

const LEVELS = Object.values(PositionLevel);

const levelFields = Object.fromEntries(
  LEVELS.flatMap((level) => [
    [
      `chain_${level}`,
      z
        .string()
        .transform(
          (key, context) =>
            chainFromKey(key) ??
            (context.addIssue({ code: "custom", message: "appointments.validation.chain" }), z.NEVER),
        ),
    ],
    [`minimumRank_${level}`, z.preprocess((value) => (value === "" ? null : value), z.enum(Rank).nullable())],
  ]),
);

export const saveLevelRulesMutation = defineMutation({
  action: "appointment.configure",
  schema: z.object(levelFields),
  async run({ tx, user, input, authorize, audit }) {
    authorize({ unitId: user.unit.id });
    const before = await loadLevelRules(tx);
    const values = input as Record<string, unknown>;
    for (const level of LEVELS) {
      const deciderLevels = values[`chain_${level}`] as ReturnType<typeof ruleFor>["deciderLevels"];
      const minimumRank = values[`minimumRank_${level}`] as Rank | null;
      await tx.appointmentLevelRule.upsert({
        where: { positionLevel: level },
        create: { positionLevel: level, deciderLevels, minimumRank },
        update: { deciderLevels, minimumRank, version: { increment: 1 } },
      });
    }
    await audit({
      action: "appointment.configure",
      entityType: "AppointmentLevelRule",
      entityId: "all",
      unitId: user.unit.id,
      before: LEVELS.map((level) => ruleFor(before, level)),
      after: await loadLevelRules(tx),
    });
    return { id: "all" };
  },
});

export const saveLevelRulesForm: FormAction<{ id: string }> = {
  fieldLabels: "appointments.settingsPage",
  revalidate: () => ["/pelantikan/pengaturan"],
  open: () => "/pelantikan/pengaturan",
  update: { mutation: saveLevelRulesMutation, saved: "appointments.saved.settings" },
};
