import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { followUpExportResponse } from "@/lib/follow-ups/export";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** The follow-up board as XLSX, under the filter the board shows. */
export async function GET(request: NextRequest): Promise<Response> {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations()]);
  return followUpExportResponse(user, request.nextUrl.searchParams, { t });
}
