/**
 * Worker threads whose entry is TypeScript source. In the app, Next bundles `new Worker(new URL("./x.ts", …))` into
 * JavaScript; under Vitest the URL still names the .ts file, which Node 20 cannot run. This setup file does what
 * the bundler does: it bundles such an entry with esbuild (Vite's and tsx's own, libraries left as `require`s)
 * and starts the worker from that code. Every other worker starts as it is.
 */
import { syncBuiltinESMExports } from "node:module";
import { fileURLToPath } from "node:url";
import workerThreads, { type WorkerOptions } from "node:worker_threads";
import { buildSync } from "esbuild";

const NodeWorker = workerThreads.Worker;
const bundles = new Map<string, string>();

function bundle(entry: string): string {
  let code = bundles.get(entry);
  if (code === undefined) {
    const output = buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "cjs",
      packages: "external",
      write: false,
      absWorkingDir: process.cwd(),
    });
    code = output.outputFiles[0]?.text ?? "";
    bundles.set(entry, code);
  }
  return code;
}

class TypeScriptEntryWorker extends NodeWorker {
  constructor(filename: string | URL, options?: WorkerOptions) {
    const path = options?.eval ? "" : filename instanceof URL ? fileURLToPath(filename) : filename;
    if (!path.endsWith(".ts")) {
      super(filename, options);
      return;
    }
    super(bundle(path), { ...options, eval: true });
  }
}

workerThreads.Worker = TypeScriptEntryWorker;
syncBuiltinESMExports();
