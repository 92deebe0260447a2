import { getLocale, getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ceremonyPdfResponse } from "@/lib/inaugurations/minutes-pdf";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Berita Acara Pelantikan as PDF: `?revisi=n` for an earlier revision, the latest otherwise. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations(), getLocale()]);
  const revision = request.nextUrl.searchParams.get("revisi");
  const number = revision && /^\d{1,4}$/.test(revision) ? Number(revision) : null;
  return ceremonyPdfResponse(user, (await params).id, "minutes", number, { t, locale });
}
