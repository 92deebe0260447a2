import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import {
  buildTemplate,
  templateExample,
  TEMPLATE_FILE_NAME,
  XLSX_CONTENT_TYPE,
} from "@/lib/officials/import/template";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Templat impor pegawai (XLSX): 401 when signed out, 404 for those who may not import (as the page). */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "official.manage")) return new Response("Not Found", { status: 404 });
  const body = await buildTemplate(await templateExample(user));
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${TEMPLATE_FILE_NAME}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
