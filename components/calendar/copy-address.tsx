"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** The feed address in a read-only field (selectable by hand) and a button that copies it, saying so. */
export function CopyAddress({ address }: { address: string }) {
  const t = useTranslations("calendar.feed");
  const id = useId();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("address")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={address}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : null}
      </p>
    </div>
  );
}
