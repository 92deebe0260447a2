import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PostureFacts } from "@/components/supervision/posture-facts";
import { messagesFor } from "@/lib/i18n/messages";
import { countAgainstQuota, type StaffingPosture } from "@/lib/units/posture";

function posture(vacant: number): StaffingPosture {
  return {
    structural: {
      total: 4,
      filled: 4 - vacant,
      vacant: Array.from({ length: vacant }, (_, index) => ({
        id: `post-${index}`,
        title: `Kepala Sub Bagian ${index}`,
        sectionId: null,
        missing: 1,
      })),
      complete: vacant === 0,
    },
    asn: { ...countAgainstQuota(11, 12), sections: [], unsectioned: countAgainstQuota(0, 0) },
    support: countAgainstQuota(7, 6),
  };
}

function render(value: StaffingPosture, locale: "id" | "en" = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Asia/Makassar">
      <PostureFacts posture={value} />
    </NextIntlClientProvider>,
  );
}

/** Each term with its description, as a reader of the list hears them. */
function facts(html: string): [string, string][] {
  return [...html.matchAll(/<dt[^>]*>([^<]*)<\/dt><dd[^>]*>([^<]*)<\/dd>/g)].map((m) => [m[1]!, m[2]!]);
}

describe("PostureFacts", () => {
  it("states the posture as a description list: each label a term, each figure its description", () => {
    const html = render(posture(2));
    expect(html).toMatch(/^<dl[^>]*>/);
    expect(html).not.toContain("<table");
    expect(facts(html)).toEqual([
      ["Struktur", "Belum lengkap (2 jabatan kosong)"],
      ["ASN terhadap formasi", "11 dari 12"],
      ["Tenaga pendukung", "7 dari 6"],
    ]);
  });

  it("says a complete structure is complete, in either language", () => {
    expect(facts(render(posture(0)))[0]).toEqual(["Struktur", "Lengkap"]);
    expect(facts(render(posture(0), "en"))).toHaveLength(3);
  });
});
