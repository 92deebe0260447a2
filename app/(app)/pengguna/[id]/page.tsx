import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/users/account-form";
import { AccountStatusForm } from "@/components/users/account-status-form";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { formatNip } from "@/lib/officials/nip";
import { listUnitsInScope } from "@/lib/units/queries";
import { findAccount } from "@/lib/users/queries";
import { assignableRoles } from "@/lib/users/roles";

/** One account: who it belongs to, its role and unit, its password and whether it may sign in. */
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("user.manage");
  const account = await findAccount(user, (await params).id);
  if (!account) notFound();
  const [t, roles, format, units] = await Promise.all([
    getTranslations("users"),
    getTranslations("roles"),
    getFormatter(),
    listUnitsInScope(user),
  ]);
  const own = account.id === user.id;
  // A secretary sees an administrator's account but leaves it to administrators (account-mutations.ts).
  const manageable = !own && (account.role !== "ADMINISTRATOR" || user.role === "ADMINISTRATOR");
  const status = !account.active
    ? t("status.inactive")
    : account.mustChangePassword
      ? t("status.mustChange")
      : t("status.active");
  return (
    <>
      <PageHeader
        title={account.displayName}
        intro={`${account.username} · ${roles(account.role)} · ${account.unit.name}`}
      />
      <dl className="mb-6 grid max-w-2xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-600">{t("official")}</dt>
        <dd>
          {account.official ? (
            <Link href={`/pegawai/${account.official.id}`} className="text-brand-700 hover:underline">
              {account.official.name}
              {account.official.nip ? ` (${formatNip(account.official.nip)})` : ""}
            </Link>
          ) : (
            t("noOfficial")
          )}
        </dd>
        <dt className="font-medium text-slate-600">{t("columns.status")}</dt>
        <dd data-testid="account-status">{status}</dd>
        <dt className="font-medium text-slate-600">{t("columns.lastLogin")}</dt>
        <dd>
          {account.lastLoginAt
            ? format.dateTime(account.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
            : t("never")}
        </dd>
      </dl>
      {own ? (
        <p className="space-x-4 text-sm">
          <span>{t("ownAccount")}</span>
          <Link href="/akun/kata-sandi" className="font-medium text-brand-700 hover:underline">
            {t("changeOwnPassword")}
          </Link>
        </p>
      ) : null}
      {manageable ? (
        <div className="space-y-6">
          <Panel id="role-heading" title={t("roleAndUnit")}>
            <AccountForm
              account={account}
              roles={assignableRoles(user).map((role) => ({ value: role, label: roles(role) }))}
              units={units.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Panel>
          {account.active ? (
            <Panel id="password-heading" title={t("password")}>
              <ResetPasswordForm account={account} />
            </Panel>
          ) : null}
          <Panel id="status-heading" title={t("accountStatus")}>
            <AccountStatusForm account={account} />
          </Panel>
        </div>
      ) : null}
    </>
  );
}
