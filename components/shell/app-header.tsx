import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { CurrentUser } from "@/lib/auth/types";
import { UnreadLink } from "@/components/notifications/unread-link";
import { LocaleSwitch } from "./locale-switch";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations();
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight">
          <span className="text-xs tracking-wide text-brand-100 uppercase">{t("app.name")}</span>
          <span className="text-lg font-semibold" data-testid="unit-name">
            {user.unit.shortName}
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <div className="text-right text-sm leading-tight">
            <p className="font-medium">{user.displayName}</p>
            <p className="text-brand-100">
              {t("shell.roleAtUnit", { role: t(`roles.${user.role}`), unit: user.unit.name })}
            </p>
            <Link href="/akun/kata-sandi" className="text-brand-100 underline hover:text-white">
              {t("account.link")}
            </Link>
          </div>
          <UnreadLink userId={user.id} />
          <div className="rounded-md bg-white px-2 py-1 text-slate-900">
            <LocaleSwitch />
          </div>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
