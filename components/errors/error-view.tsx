"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { isDatabaseUnavailableDigest } from "@/lib/db/unavailable-digest";

/**
 * The body of both error pages: when PostgreSQL could not be reached (restart, outage) a clear "try again in a
 * moment"; otherwise the general "something went wrong, nothing changed". Needs only the `outage` messages, so the
 * root error page can bring them without the rest of the catalogue.
 */
export function ErrorView({
  digest,
  onRetry,
  retrying = false,
}: {
  digest?: string;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const t = useTranslations("outage");
  const unavailable = isDatabaseUnavailableDigest(digest);
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <div role="alert">
        <h1 className="text-2xl font-semibold">{unavailable ? t("title") : t("unexpectedTitle")}</h1>
        <p className="mt-3 text-slate-600">{unavailable ? t("body") : t("unexpectedBody")}</p>
      </div>
      <div className="mt-6 flex justify-center gap-4">
        <Button disabled={retrying} onClick={onRetry}>
          {t("retry")}
        </Button>
        {/* A full load of Beranda starts clean after an error, and the root error page, in every route's first load,
            does not bring Link's client code along (about 3 KB gzipped). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is meant here (see above) */}
        <a href="/" className="inline-flex items-center font-medium text-brand-700 underline">
          {t("home")}
        </a>
      </div>
    </main>
  );
}
