import createNextIntlPlugin from "next-intl/plugin";

// English and Hindi without locale prefixes: the language comes from the official's profile.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several servers (tests, a developer's dev server) can build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "pg", "rate-limiter-flexible"],
  experimental: {
    // forbidden() → app/forbidden.tsx with a 403 (used by requirePermission and the scope checks).
    authInterrupts: true,
    // A whole competency framework uploaded for import (JSON or CSV sheets) runs to a few MB.
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
