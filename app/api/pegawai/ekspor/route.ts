import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportResponse } from "@/lib/officials/export-download";

// Reads the session and the database on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** Ekspor pegawai: the officials list, with the same search params as /pegawai, as CSV or XLSX. */
export async function GET(request: NextRequest): Promise<Response> {
  return exportResponse(await getCurrentUser(), request.nextUrl.searchParams);
}
