import path from "node:path";
import { build } from "esbuild";

const bundles = new Map<string, Promise<string>>();

/**
 * The harness and the component as one browser script, built once per worker with esbuild (the bundler tsx runs
 * on), resolving `@/…` through tsconfig.json as the app does.
 */
export function harnessScript(entry: string): Promise<string> {
  let bundled = bundles.get(entry);
  if (bundled) return bundled;
  bundled = build({
    entryPoints: [path.resolve(__dirname, entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    tsconfig: path.resolve(__dirname, "../../../tsconfig.json"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]!.text);
  bundles.set(entry, bundled);
  return bundled;
}
