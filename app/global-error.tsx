"use client";

import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import { ErrorView } from "@/components/errors/error-view";
import "./globals.css";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import enOperations from "@/lib/i18n/messages/en/operations.json";
import idOperations from "@/lib/i18n/messages/id/operations.json";

// Only the error view's own namespace: this file is in every route's first load, and the core catalogue of both
// languages cost about 3 KB of it (gzipped).
const MESSAGES = { id: idOperations, en: enOperations };

function cookieLocale(): Locale {
  const value = document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))?.[1];
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * An error above every page (the signed-in layout's metadata reads the user, so a database outage lands here): the
 * root layout and its message provider are gone, so this brings its own, with the user's language from the cookie.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const locale = useSyncExternalStore(
    () => () => {},
    cookieLocale,
    () => DEFAULT_LOCALE,
  );
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]}>
          <ErrorView digest={error.digest} onRetry={() => window.location.reload()} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
