import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CreateAccountForm } from "@/components/users/create-account-form";
import { OfficialPicker } from "@/components/users/official-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatNip } from "@/lib/officials/nip";
import { listUnitsInScope } from "@/lib/units/queries";
import { parseNewAccountParams } from "@/lib/users/list-params";
import { findOfficialForAccount } from "@/lib/users/queries";
import { assignableRoles } from "@/lib/users/roles";

/** Tambah pengguna: find the official, then name the account. */
export default async function NewAccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("user.manage");
  const { officialId, q } = parseNewAccountParams(await searchParams);
  const [t, core, official] = await Promise.all([
    getTranslations("users"),
    getTranslations("roles"),
    officialId ? findOfficialForAccount(user, officialId) : Promise.resolve(null),
  ]);
  if (!official) {
    return (
      <>
        <PageHeader title={t("newAccount")} />
        <OfficialPicker user={user} q={q} />
      </>
    );
  }
  const units = await listUnitsInScope(user);
  const other = (
    <Link href="/pengguna/baru" className="font-medium text-brand-700 hover:underline">
      {t("pick.other")}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("newAccount")} />
      <dl className="mb-6 grid max-w-2xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-600">{t("official")}</dt>
        <dd data-testid="chosen-official">{official.name}</dd>
        {official.nip ? (
          <>
            <dt className="font-medium text-slate-600">{t("nip")}</dt>
            <dd>{formatNip(official.nip)}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600">{t("columns.unit")}</dt>
        <dd>{official.unit.name}</dd>
      </dl>
      <CreateAccountForm
        official={{ id: official.id, name: official.name, unitId: official.unitId, account: official.user }}
        roles={assignableRoles(user).map((role) => ({ value: role, label: core(role) }))}
        units={units.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <p className="mt-4 text-sm">{other}</p>
    </>
  );
}
