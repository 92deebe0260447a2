import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("body")}</p>
      {/* The root not-found page is in every route's tree, /login's too: a plain anchor keeps Link's client code
          (about 3 KB gzipped) off the sign-in page, the one route that has no other link. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is meant here (see above) */}
      <a href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t("back")}
      </a>
    </main>
  );
}
