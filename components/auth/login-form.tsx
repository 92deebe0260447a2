"use client";

import { useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form/form-alert";
import { TextField } from "@/components/ui/text-field";
import { signInWithPassword } from "@/lib/auth/browser-auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { blockedMinutesOf } from "@/lib/auth/sign-in-blocked";

export function LoginForm() {
  const t = useTranslations("login");
  const security = useTranslations("security");
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(t("missing"));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const result = await signInWithPassword(username, password);
      if (result.ok) {
        router.replace(safeCallbackPath(searchParams.get("callbackUrl"), window.location.origin));
        router.refresh();
        return;
      }
      const blockedMinutes = blockedMinutesOf(result.error);
      if (blockedMinutes !== null) setError(security("signInBlocked", { minutes: blockedMinutes }));
      else if (result.status === 401 || result.error === "CredentialsSignin") setError(t("invalid"));
      else setError(t("unavailable"));
    } catch {
      setError(t("unavailable"));
    }
    setPending(false);
  }

  return (
    // method="post": should someone submit before the script has loaded, the password stays out of the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      <FormAlert message={error} />
      <TextField
        label={t("username")}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        required
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
