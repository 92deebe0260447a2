/**
 * What a report round (ReportRound.content) says, section by section, for the rounds list: so each submission can
 * be read as it was sent, and a reviewer can see what changed between the one returned and the one resubmitted.
 * Pure and defensive: the content is JSON written by `captureReport`, read back without trusting its shape.
 */
import { asRecord } from "@/lib/audit/changes";
import { isArea, type ReportSection } from "./areas";

export interface RoundFinding {
  kind: string;
  area: string;
  severity: string;
  description: string;
  recommendation: string | null;
}

export interface RoundSections {
  /** The written sections in report order (summary, each area reviewed, points raised), empty ones left out. */
  texts: { section: ReportSection; text: string }[];
  findings: RoundFinding[];
}

const record = (value: unknown) => asRecord(value) ?? {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

export function roundSections(content: unknown): RoundSections {
  const round = record(content);
  const texts: RoundSections["texts"] = [];
  const summary = text(round.summary);
  if (summary) texts.push({ section: "summary", text: summary });
  for (const entry of list(round.areas).map(record)) {
    const body = text(entry.text);
    if (typeof entry.area === "string" && isArea(entry.area) && body)
      texts.push({ section: entry.area, text: body });
  }
  const points = text(round.pointsRaised);
  if (points) texts.push({ section: "points", text: points });
  const findings = list(round.findings)
    .map(record)
    .filter((finding) => text(finding.description))
    .map((finding) => ({
      kind: String(finding.kind ?? ""),
      area: String(finding.area ?? ""),
      severity: String(finding.severity ?? ""),
      description: String(finding.description),
      recommendation: text(finding.recommendation),
    }));
  return { texts, findings };
}
