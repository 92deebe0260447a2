/**
 * Ranks as staff lists write them: the golongan ("III/a"), the pangkat name ("Penata Muda"), or both in either
 * order and with any separator ("Penata Muda / III/a", "III/b - Penata Muda Tk.I", "Penata (III/c)", the DUK's
 * "Penata⏎III/c"), and a PPPK's grade bare ("IX") or labelled ("PPPK IX"). Pure.
 */
import type { Rank } from "@/lib/generated/prisma/enums";
import { PANGKAT_NAMES, parseRankLabel, type PnsRank } from "../ranks";

/** Letters only, one space between words, "Tk. I" spelled out: how pangkat names are compared. */
function pangkatKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/\bTK\b\.?\s*/g, "TINGKAT ")
    .replace(/[^A-Z]+/g, " ")
    .trim();
}

const RANK_BY_PANGKAT = new Map(
  (Object.entries(PANGKAT_NAMES) as [PnsRank, string][]).map(([rank, name]) => [pangkatKey(name), rank]),
);

const GOLONGAN = /(?<![A-Z])(IV|III|II|I)\s*[/.-]?\s*([A-E])(?![A-Z])/i;
const BARE_GRADE = /^(?:PPPK\s*)?(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$/i;

export type RankReading = { ok: true; rank: Rank } | { ok: false; reason: "unknown" | "mismatch" };

export function readRankText(text: string): RankReading {
  const trimmed = text.replace(/\s+/g, " ").trim();
  const labelled = parseRankLabel(trimmed);
  if (labelled) return { ok: true, rank: labelled };
  const bare = BARE_GRADE.exec(trimmed);
  if (bare?.[1]) {
    const grade = parseRankLabel(`PPPK ${bare[1]}`);
    if (grade) return { ok: true, rank: grade };
  }
  const golongan = GOLONGAN.exec(trimmed);
  const byGolongan = golongan ? parseRankLabel(`${golongan[1]}/${golongan[2]}`) : null;
  const rest = golongan
    ? trimmed.slice(0, golongan.index) + " " + trimmed.slice(golongan.index + golongan[0].length)
    : trimmed;
  const restKey = pangkatKey(rest);
  const byPangkat = restKey ? RANK_BY_PANGKAT.get(restKey) : undefined;
  if (restKey && !byPangkat) return { ok: false, reason: "unknown" };
  if (byGolongan && byPangkat && byGolongan !== byPangkat) return { ok: false, reason: "mismatch" };
  const rank = byGolongan ?? byPangkat;
  return rank ? { ok: true, rank } : { ok: false, reason: "unknown" };
}
