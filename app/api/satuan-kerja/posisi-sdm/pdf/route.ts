import { getLocale, getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { posturePdfResponse } from "@/lib/units/posture-pdf";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Posisi SDM as a PDF: the rows the page shows (provinces for a national scope, `?provinsi=` drills in), sorted alike. */
export async function GET(request: NextRequest): Promise<Response> {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations(), getLocale()]);
  return posturePdfResponse(user, request.nextUrl.searchParams, { t, locale });
}
