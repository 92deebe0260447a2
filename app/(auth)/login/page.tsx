import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { SessionNotice } from "@/components/auth/session-notice";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("submit") };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("login");
  const app = await getTranslations("app");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{app("tagline")}</p>
          <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <Suspense>
            <SessionNotice />
            <LoginForm />
          </Suspense>
        </div>
        <LocaleSwitch className="mt-6 justify-center" />
      </div>
    </main>
  );
}
