"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

/** Keys of the sign-in page's `sesi` parameter: why the user is here (lib/auth/current-user.ts, the sign-out button). */
const NOTICES = { berakhir: "ended", keluar: "signedOut" } as const;

/** On the sign-in page: "your session has ended" or "you have signed out", when that is why the user is here. */
export function SessionNotice() {
  const t = useTranslations("account.session");
  const reason = useSearchParams().get("sesi");
  const key = reason && reason in NOTICES ? NOTICES[reason as keyof typeof NOTICES] : null;
  if (!key) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      {t(key)}
    </p>
  );
}
