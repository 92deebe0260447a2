import { contentDisposition } from "@/lib/attachments/content-disposition";

/** A rendered PDF as the route's answer: opened in the browser (`inline`) or saved (`attachment`), never cached. */
export function pdfResponse(
  pdf: Uint8Array<ArrayBuffer>,
  fileName: string,
  disposition: "inline" | "attachment",
): Response {
  return new Response(pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": contentDisposition(fileName, disposition),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
