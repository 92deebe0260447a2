"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { signOutTo } from "@/lib/auth/browser-auth";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="secondary" onClick={() => signOutTo("/login?sesi=keluar")}>
      {t("signOut")}
    </Button>
  );
}
