import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { reportPdfResponse } from "@/lib/supervision/report-pdf";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Laporan supervisi as a PDF, for whoever may see the visit. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const [user, t, locale, { id }] = await Promise.all([
    getCurrentUser(),
    getTranslations(),
    getLocale(),
    params,
  ]);
  return reportPdfResponse(user, id, { t, locale });
}
