"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";

/** The temporary password of a new or reset account, shown once, with what to do with it. */
export function TemporaryPasswordNotice({
  password,
  accountHref,
  addAnotherHref,
}: {
  password: string;
  accountHref?: string;
  addAnotherHref?: string;
}) {
  const t = useTranslations("users.temporary");
  return (
    <section
      aria-labelledby="temporary-password-heading"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="temporary-password-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2">
        <code
          data-testid="temporary-password"
          className="rounded bg-white px-2 py-1 font-mono text-lg tracking-wider"
        >
          {password}
        </code>
      </p>
      <p className="mt-2">{t("note")}</p>
      {accountHref || addAnotherHref ? (
        <p className="mt-3 flex flex-wrap gap-4">
          {accountHref ? (
            <Link href={accountHref} className="font-medium text-brand-700 hover:underline">
              {t("openAccount")}
            </Link>
          ) : null}
          {addAnotherHref ? (
            <Link href={addAnotherHref} className="font-medium text-brand-700 hover:underline">
              {t("addAnother")}
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
