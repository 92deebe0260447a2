import { getFormatter, getTranslations } from "next-intl/server";
import { AppointmentsHomePanel } from "@/components/appointments/home-panel";
import { ScheduledChangesList } from "@/components/officials/scheduled-changes-list";
import { SupervisionHomePanels } from "@/components/supervision/home-panels";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isInScope } from "@/lib/auth/scope";
import { getHomeSummary } from "@/lib/home/queries";
import { listScheduledChanges } from "@/lib/officials/change-queries";

export default async function HomePage() {
  const user = await requireUser();
  const [t, format, summary, changes] = await Promise.all([
    getTranslations("home"),
    getFormatter(),
    getHomeSummary(user),
    listScheduledChanges(user, { take: 10 }),
  ]);
  const scopeKey =
    user.unit.level === "NATIONAL"
      ? "scopeNational"
      : user.unit.level === "PROVINCE"
        ? "scopeProvince"
        : "scopeUnit";
  const readOnly = !can(user, "official.manage");
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">{t("greeting", { name: user.displayName })}</h1>
        <p className="mt-1 text-slate-600">
          {t(scopeKey, { unit: user.unit.name })}{" "}
          {t("today", { date: format.dateTime(new Date(), { dateStyle: "full" }) })}
        </p>
        {readOnly ? <p className="mt-2 text-sm text-amber-800">{t("readOnly")}</p> : null}
      </section>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="sr-only">
          {t("stats")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
          <StatCard label={t("unitCount")} value={summary.units} href="/satuan-kerja" />
          <StatCard label={t("officialCount")} value={summary.officials} href="/pegawai" />
          <StatCard label={t("vacantStructural")} value={summary.vacantStructural} href="/satuan-kerja" />
          <StatCard label={t("openFollowUps")} value={summary.openFollowUps} href="/tindak-lanjut" />
          <StatCard
            label={t("upcomingInaugurations")}
            value={summary.upcomingInaugurations}
            href="/pelantikan"
          />
        </dl>
      </section>
      <AppointmentsHomePanel user={user} />
      <SupervisionHomePanels user={user} />
      <ScheduledChangesList
        changes={changes.map((change) => ({ ...change, linked: isInScope(user, change.unitId) }))}
      />
    </div>
  );
}
