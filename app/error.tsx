"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { isDatabaseUnavailableDigest } from "@/lib/db/unavailable-digest";

/**
 * What a page or an action that failed on the server shows: when PostgreSQL could not be reached (restart, outage)
 * a clear "try again in a moment"; otherwise the general "something went wrong, nothing changed". Placed at the
 * root so that it also catches the signed-in layout, which reads the user from the database.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("outage");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  const unavailable = isDatabaseUnavailableDigest(error.digest);
  return (
    <main
      className="mx-auto max-w-xl px-6 py-24 text-center"
      data-error={unavailable ? "database-unavailable" : "unexpected"}
    >
      <h1 role="alert" className="text-2xl font-semibold">
        {unavailable ? t("title") : t("unexpectedTitle")}
      </h1>
      <p className="mt-3 text-slate-600">{unavailable ? t("body") : tErrors("unexpected")}</p>
      <div className="mt-6 flex justify-center gap-4">
        <Button
          disabled={retrying}
          onClick={() =>
            startRetry(() => {
              router.refresh();
              reset();
            })
          }
        >
          {t("retry")}
        </Button>
        <Link href="/" className="inline-flex items-center font-medium text-brand-700 underline">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
