import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ceremonyPdfResponse } from "@/lib/inaugurations/minutes-pdf";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** The list of appointees, printed before the day. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations(), getLocale()]);
  return ceremonyPdfResponse(user, (await params).id, "list", null, { t, locale });
}
