import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "../support/source-files";
import { messagesFor } from "@/lib/i18n/messages";

const SOURCES = ["lib", "app", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
const TEXTS = new Map(SOURCES.map((file) => [path.relative(ROOT, file), readFileSync(file, "utf8")]));

/** `export const ERR = "officialRecord.errors";` and the like: prefixes that keys are built from. */
const PREFIXES = new Map<string, string>();
for (const text of TEXTS.values()) {
  for (const [, name, value] of text.matchAll(
    /(?:export )?const ([A-Z_]+) = "([a-zA-Z]+(?:\.[a-zA-Z]+)+)";/g,
  )) {
    PREFIXES.set(name!, value!);
  }
}

/** The message key of every `new DomainError(…)` whose key is written in the code (a literal or `${PREFIX}.key`). */
function domainErrorKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  for (const [file, text] of TEXTS) {
    for (const [, quoted, prefix, rest] of text.matchAll(
      /new DomainError\(\s*(?:"([^"]+)"|`\$\{([A-Z_]+)\}\.([A-Za-z.]+)`)/g,
    )) {
      if (quoted) found.push({ file, key: quoted.includes(".") ? quoted : `errors.domain.${quoted}` });
      else {
        const base = PREFIXES.get(prefix!);
        found.push({ file, key: base ? `${base}.${rest}` : `<unknown prefix ${prefix}>.${rest}` });
      }
    }
  }
  return found;
}

/** Every string literal that names a module's validation or error message ("units.validation.quotaWhole"). */
function validationKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  for (const [file, text] of TEXTS) {
    for (const [, key] of text.matchAll(/"([a-zA-Z]+\.(?:validation|errors)\.[a-zA-Z.]+[a-zA-Z])"/g)) {
      found.push({ file, key: key! });
    }
  }
  return found;
}

function has(messages: Record<string, unknown>, key: string): boolean {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
  return typeof value === "string";
}

describe("message keys used in the code", () => {
  const keys = [...domainErrorKeys(), ...validationKeys()];

  it("finds the refusals it checks (the scan itself works)", () => {
    expect(domainErrorKeys().length).toBeGreaterThan(20);
    expect(keys.some(({ key }) => key === "officialRecord.errors.nipTaken")).toBe(true);
  });

  it.each(["id", "en"] as const)("every domain refusal and validation key has a message in %s", (locale) => {
    const messages = messagesFor(locale);
    const missing = keys.filter(({ key }) => !has(messages, key)).map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });
});
