/**
 * Rantai keputusan: who decides a proposal, step by step, and the lowest golongan that fits, per post level.
 * The rules live in the database (AppointmentLevelRule); these are their defaults and the pure questions asked of them.
 */
import type { PositionLevel, Rank, UnitLevel } from "@/lib/generated/prisma/enums";
import { isPppkRank, PNS_RANKS } from "@/lib/officials/ranks";

export interface LevelRule {
  positionLevel: PositionLevel;
  deciderLevels: UnitLevel[];
  minimumRank: Rank | null;
}

/**
 * The defaults: an Administrator post (a regency secretary, a Kepala Bagian) is recommended by the provincial
 * secretary and decided at the Sekretariat Jenderal; every other level is decided by the provincial secretary.
 */
export const DEFAULT_LEVEL_RULES: readonly LevelRule[] = [
  { positionLevel: "HIGH_LEADERSHIP", deciderLevels: ["NATIONAL"], minimumRank: "IV_A" },
  { positionLevel: "ADMINISTRATOR", deciderLevels: ["PROVINCE", "NATIONAL"], minimumRank: "III_D" },
  { positionLevel: "SUPERVISOR", deciderLevels: ["PROVINCE"], minimumRank: "III_B" },
  { positionLevel: "FUNCTIONAL", deciderLevels: ["PROVINCE"], minimumRank: null },
  { positionLevel: "EXECUTOR", deciderLevels: ["PROVINCE"], minimumRank: null },
  { positionLevel: "SUPPORT", deciderLevels: ["PROVINCE"], minimumRank: null },
];

/** The chains an administrator may choose: decided at one level, or recommended by the province first. */
export const CHAIN_CHOICES: readonly (readonly UnitLevel[])[] = [
  ["PROVINCE"],
  ["PROVINCE", "NATIONAL"],
  ["NATIONAL"],
];

/** A chain as one word, for form values and catalogue keys: "PROVINCE-NATIONAL". */
export function chainKey(levels: readonly UnitLevel[]): string {
  return levels.join("-");
}

/** The chain a form value names, if it is one of the choices offered; null otherwise. */
export function chainFromKey(key: string): UnitLevel[] | null {
  const choice = CHAIN_CHOICES.find((levels) => chainKey(levels) === key);
  return choice ? [...choice] : null;
}

/** The rule for a level from the stored rules, falling back on the default when none is stored. */
export function ruleFor(rules: readonly LevelRule[], level: PositionLevel): LevelRule {
  return (
    rules.find((rule) => rule.positionLevel === level) ??
    DEFAULT_LEVEL_RULES.find((rule) => rule.positionLevel === level)!
  );
}

/**
 * Whether an official of `rank` fits a post whose minimum is `minimum`: a PNS at or above it. Without a minimum
 * anyone fits; with one, a PPPK grade or no recorded rank does not (structural posts are for PNS).
 */
export function rankMeetsMinimum(rank: Rank | null, minimum: Rank | null): boolean {
  if (!minimum) return true;
  if (!rank || isPppkRank(rank) || isPppkRank(minimum)) return false;
  return PNS_RANKS.indexOf(rank) >= PNS_RANKS.indexOf(minimum);
}

/** What a proposal in review carries of its chain. */
export interface ChainPosition {
  deciderLevels: readonly UnitLevel[];
  currentStep: number;
}

/** The level whose secretary takes the step waiting now, or null when no step waits. */
export function levelAtStep(proposal: ChainPosition): UnitLevel | null {
  return proposal.deciderLevels[proposal.currentStep] ?? null;
}

/** Whether the step waiting now is the last one: the one that decides rather than recommends. */
export function isFinalStep(proposal: ChainPosition): boolean {
  return proposal.currentStep === proposal.deciderLevels.length - 1;
}
