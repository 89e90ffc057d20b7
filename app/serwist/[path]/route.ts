import { createSerwistRoute } from "@serwist/turbopack";

// Next 16 builds with Turbopack, which @serwist/next (a webpack plugin) cannot hook into; @serwist/turbopack
// bundles app/sw.ts with esbuild in this route at build time and serves it as /serwist/sw.js (with
// Service-Worker-Allowed: / so it controls the whole site).
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
});
