import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccountHolder } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** Ganti kata sandi: every account's own page, and the first stop after signing in with a temporary password. */
export default async function ChangePasswordPage() {
  const user = await requireAccountHolder();
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("title")} intro={user.mustChangePassword ? undefined : t("intro")} />
      {user.mustChangePassword ? (
        <p
          role="status"
          className="mb-4 max-w-md rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
        >
          {t("mustChange")}
        </p>
      ) : null}
      <ChangePasswordForm cancelHref={user.mustChangePassword ? undefined : "/"} />
    </>
  );
}
