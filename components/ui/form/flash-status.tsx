"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { clearFlashCookie, type Flash } from "@/lib/actions/flash-cookie";

/**
 * Shows a save's confirmation on the page it was meant for, as text in a polite live region that stays in the
 * shell, so that screen readers announce it when it appears. Shown once: the cookie is spent as soon as it is on
 * screen, and leaving the page dismisses it (the shell keeps its props while the user moves between pages).
 */
export function FlashStatus({ flash }: { flash: Flash | null }) {
  const pathname = usePathname();
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    if (flash) clearFlashCookie();
  }, [flash]);

  if (flash && pathname !== flash.path && dismissed !== flash.id) setDismissed(flash.id);
  const message = flash && pathname === flash.path && dismissed !== flash.id ? flash.message : null;

  return (
    <div role="status" className={message ? "mb-6" : undefined}>
      {message ? (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
