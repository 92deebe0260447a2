/** The rows of the province's posture table, as the page and its printed copy (PDF) both show them. */
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { postureFigures, type PostureFigures } from "./posture";
import type { UnitPosture } from "./posture-queries";
import { sortPostureRows, type PostureSort } from "./posture-sort";

export interface PostureRow {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  figures: PostureFigures;
  /** The vacant structural posts, named so the province sees which ones without opening each unit. */
  vacantTitles: string[];
  /** Where the row's name links when not to the unit's page: a province's drill-down in the national roll-up. */
  href?: string;
  /** How many units a rolled-up row sums. */
  unitCount?: number;
}

/** What a row of a unit shows: its figures and the titles of its vacant structural posts. */
export interface UnitFigures {
  unit: UnitPosture["unit"];
  figures: PostureFigures;
  vacantTitles: string[];
}

/** What a computed posture gives a row: the database counts the same (posture-figures.ts), as the tests check. */
export function unitFigures({ unit, posture }: UnitPosture): UnitFigures {
  return {
    unit,
    figures: postureFigures(posture),
    vacantTitles: posture.structural.vacant.map((post) => post.title),
  };
}

export function postureRows(units: readonly UnitFigures[], sort: PostureSort): PostureRow[] {
  return sortPostureRows(
    units.map(({ unit, figures, vacantTitles }) => ({
      id: unit.id,
      code: unit.code,
      name: unit.shortName,
      level: unit.level,
      figures,
      vacantTitles,
    })),
    sort,
  );
}
