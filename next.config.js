// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// Messages are compiled at build time, so the browser formats them without the ICU parser (issue 13). Code reads a
// message through a translator only, never as raw text: compiled, a message with arguments is no longer a string.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: ["id", "en"], precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (a developer's and a test run's) share one checkout without overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // pdfmake's pdfkit reads its font metrics from its own folder at run time: it must stay a plain require.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pdfmake"],
  experimental: {
    // Room for the largest attachment (10 MB, lib/uploads/limits.ts) and the rest of its form; the proxy buffers
    // request bodies up to its own limit and would silently cut a larger one short. A test keeps them in step.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
};

module.exports = withNextIntl(nextConfig);
