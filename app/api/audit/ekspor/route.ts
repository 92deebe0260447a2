import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { auditExportResponse } from "@/lib/audit/export";
import { getCurrentUser } from "@/lib/auth/current-user";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Ekspor jejak audit: the trail with the same search params as /audit, as XLSX. */
export async function GET(request: NextRequest): Promise<Response> {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations(), getLocale()]);
  return auditExportResponse(user, request.nextUrl.searchParams, { t, locale });
}
