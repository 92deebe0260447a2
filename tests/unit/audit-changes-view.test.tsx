import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditChanges } from "@/components/audit/audit-changes";
import { auditChanges } from "@/lib/audit/changes";
import { messagesFor } from "@/lib/i18n/messages";

function render(entityType: string, before: unknown, after: unknown) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
      <AuditChanges changes={auditChanges(before, after)} entityType={entityType} />
    </NextIntlClientProvider>,
  );
}

describe("AuditChanges", () => {
  it("names a changed field as the form labels it, with its value before and after", () => {
    const html = render("Section", { staffQuota: 3 }, { staffQuota: 5 });
    expect(html).toContain("1 isian");
    expect(html).not.toContain(">staffQuota<");
    expect(html).toMatch(/<td[^>]*>3<\/td><td[^>]*>5<\/td>/);
  });

  it("shows a dash for an entry that changed no field", () => {
    expect(render("User", null, null)).toContain("—");
  });
});
