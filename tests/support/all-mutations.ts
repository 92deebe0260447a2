/**
 * Every mutation of the app, found in the code itself: each module under lib/ that calls `defineMutation`, and
 * every export of it (or value of an exported record, such as a workflow's transitions) that is a Mutation. A new
 * mutation is therefore in every test that walks this list without anyone adding it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { FormAction } from "@/lib/actions/form-action";
import type { Mutation } from "@/lib/actions/mutation";

export type AnyMutation = Mutation<z.ZodType, unknown>;

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The modules that define mutations (the helper itself excepted). */
export function mutationModules(): string[] {
  return sourceFiles(path.join(ROOT, "lib"))
    .filter((file) => !file.endsWith(path.join("lib", "actions", "mutation.ts")))
    .filter((file) => readFileSync(file, "utf8").includes("defineMutation("))
    .map((file) => path.relative(ROOT, file))
    .sort();
}

function isMutation(value: unknown): value is AnyMutation {
  const candidate = value as Partial<AnyMutation> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.execute === "function" &&
    typeof candidate.schema?.safeParse === "function"
  );
}

/** "lib/units/unit-mutations.ts#createUnit" → mutation, each object once. */
export async function allMutations(): Promise<Map<string, AnyMutation>> {
  const found = new Map<string, AnyMutation>();
  const seen = new Set<AnyMutation>();
  const add = (name: string, value: unknown) => {
    if (isMutation(value) && !seen.has(value)) {
      seen.add(value);
      found.set(name, value);
    }
  };
  for (const file of mutationModules()) {
    const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      add(`${file}#${name}`, value);
      if (typeof value === "object" && value !== null && !isMutation(value)) {
        for (const [key, inner] of Object.entries(value)) add(`${file}#${name}.${key}`, inner);
      }
    }
  }
  return found;
}

/**
 * The top-level fields a mutation's schema reads and the schema of each, looking through pipes, refinements and
 * wrappers (a union or a schema without an object gives none).
 */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let node: unknown = schema;
  for (let depth = 0; depth < 10 && node; depth += 1) {
    const candidate = node as { shape?: Record<string, z.ZodType>; _zod?: { def?: Record<string, unknown> } };
    if (candidate.shape && typeof candidate.shape === "object") return candidate.shape;
    const def = candidate._zod?.def ?? {};
    node = def.in ?? def.innerType ?? def.schema ?? def.left;
  }
  return {};
}

/** "lib/units/form-actions.ts#unitForm" → each form the app declares (lib/<module>/form-actions.ts). */
export async function allForms(): Promise<Map<string, FormAction<unknown>>> {
  const found = new Map<string, FormAction<unknown>>();
  const isForm = (value: unknown): value is FormAction<unknown> => {
    const candidate = value as { create?: { mutation?: unknown }; update?: { mutation?: unknown } } | null;
    return (
      typeof candidate === "object" &&
      candidate !== null &&
      (isMutation(candidate.create?.mutation) || isMutation(candidate.update?.mutation))
    );
  };
  const files = sourceFiles(path.join(ROOT, "lib")).filter((file) => file.endsWith("form-actions.ts"));
  for (const file of files.sort()) {
    const name = path.relative(ROOT, file);
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (isForm(value)) found.set(`${name}#${exported}`, value);
      else if (typeof value === "object" && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          if (isForm(inner)) found.set(`${name}#${exported}.${key}`, inner);
        }
      }
    }
  }
  return found;
}
