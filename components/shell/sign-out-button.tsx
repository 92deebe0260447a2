"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/login?sesi=keluar" })}>
      {t("signOut")}
    </Button>
  );
}
