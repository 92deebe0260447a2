import { useFormatter, useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { Panel } from "@/components/ui/panel";
import type { PositionLevel, Rank, Religion } from "@/lib/generated/prisma/enums";
import { formatNip } from "@/lib/officials/nip";
import { rankWithPangkat } from "@/lib/officials/ranks";

export interface ProposalFactsData {
  justification: string | null;
  decisionNote: string | null;
  proposedBy: { displayName: string };
  decree: { number: string; date: Date; archiveReference: string | null } | null;
  official: {
    id: string;
    name: string;
    nip: string | null;
    rank: Rank | null;
    religion: Religion | null;
    unit: { shortName: string };
    assignments: { position: { title: string } }[];
  };
  position: {
    title: string;
    level: PositionLevel;
    assignments: { official: { id: string; name: string } }[];
  };
  unit: { name: string };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The official proposed and the post, side by side, as the decider reads them; the reason and the decree below. */
export function ProposalFacts({ proposal }: { proposal: ProposalFactsData }) {
  const t = useTranslations("appointments");
  const tr = useTranslations("officialRecord");
  const format = useFormatter();
  const { official, position } = proposal;
  return (
    <Panel id="proposal-heading" title={t("detail.proposal")}>
      <div className="grid gap-6 p-4 md:grid-cols-2">
        <section aria-labelledby="official-heading">
          <h3 id="official-heading" className="mb-2 text-sm font-semibold text-slate-900">
            {t("detail.official")}
          </h3>
          <dl className="space-y-2">
            <Fact label={t("columns.official")}>
              <Link href={`/pegawai/${official.id}`} className="text-brand-700 underline">
                {official.name}
              </Link>
              {official.nip ? (
                <span className="block font-mono text-xs">{formatNip(official.nip)}</span>
              ) : null}
            </Fact>
            <Fact label={t("detail.rank")}>{official.rank ? rankWithPangkat(official.rank) : "—"}</Fact>
            <Fact label={t("detail.currentPosts")}>
              {official.assignments.map((row) => row.position.title).join("; ") || "—"} (
              {official.unit.shortName})
            </Fact>
            <Fact label={t("detail.religion")}>
              {official.religion ? tr(`religions.${official.religion}`) : t("religionUnknown")}
            </Fact>
          </dl>
        </section>
        <section aria-labelledby="post-heading">
          <h3 id="post-heading" className="mb-2 text-sm font-semibold text-slate-900">
            {t("detail.post")}
          </h3>
          <dl className="space-y-2">
            <Fact label={t("columns.post")}>{position.title}</Fact>
            <Fact label={t("fields.level")}>{t(`postLevels.${position.level}`)}</Fact>
            <Fact label={t("columns.unit")}>{proposal.unit.name}</Fact>
            <Fact label={t("detail.holder")}>
              {position.assignments.length === 0
                ? t("vacant")
                : position.assignments.map((row) => row.official.name).join(", ")}
            </Fact>
          </dl>
        </section>
      </div>
      <dl className="grid gap-4 border-t border-slate-200 p-4 md:grid-cols-2">
        <Fact label={t("fields.justification")}>
          <span className="whitespace-pre-line">{proposal.justification ?? "—"}</span>
        </Fact>
        <Fact label={t("detail.proposedBy")}>{proposal.proposedBy.displayName}</Fact>
        <Fact label={t("detail.decree")}>
          {proposal.decree ? (
            <>
              {t("detail.decreeText", {
                number: proposal.decree.number,
                date: format.dateTime(proposal.decree.date, { dateStyle: "long", timeZone: "UTC" }),
              })}
              {proposal.decree.archiveReference ? (
                <span className="block text-xs">
                  {t("detail.archive", { reference: proposal.decree.archiveReference })}
                </span>
              ) : null}
            </>
          ) : (
            t("detail.noDecree")
          )}
        </Fact>
        {proposal.decisionNote ? (
          <Fact label={t("fields.reason")}>
            <span className="whitespace-pre-line">{proposal.decisionNote}</span>
          </Fact>
        ) : null}
      </dl>
    </Panel>
  );
}
