import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/shell/app-header";
import { MainNav } from "@/components/shell/main-nav";
import { FlashMessage } from "@/components/ui/form/flash-message";
import { requireAccountHolder } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/navigation";

/** Every signed-in page's title names the secretariat it belongs to: "Pegawai · Sekretariat KPU Provinsi NTB". */
export async function generateMetadata(): Promise<Metadata> {
  const [user, t] = await Promise.all([requireAccountHolder(), getTranslations("app")]);
  const site = `${t("name")} ${user.unit.name}`;
  return { title: { absolute: site, template: `%s · ${site}` } };
}

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The shell only; each page asks requireUser, which first sends a temporary password to be replaced.
  const user = await requireAccountHolder();
  const t = await getTranslations();
  const allowed = user.mustChangePassword ? [] : navigationFor(user);
  const items = allowed.map((item) => ({ href: item.href, label: t(`nav.${item.labelKey}`) }));
  return (
    <>
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("app.skipToContent")}
      </a>
      <AppHeader user={user} />
      <MainNav label={t("nav.label")} menuLabel={t("nav.menu")} items={items} />
      <main id="content" className="mx-auto max-w-7xl px-4 py-8">
        <FlashMessage />
        {children}
      </main>
    </>
  );
}
