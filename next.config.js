import createNextIntlPlugin from "next-intl/plugin";

// English and Hindi without locale prefixes: the language comes from the official's profile.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The public URL as the build saw it. proxy.ts decides per request from the running server's
// settings; these two uses are baked into the build.
const publicUrl = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL) : null;

// proxy.ts sets HSTS (and the CSP) at run time on everything it sees; these are the paths its
// matcher skips, so their responses get HSTS here.
const PROXY_SKIPPED_PATHS = ["/api/auth/:path*", "/studio/media", "/admin/onboarding/upload", "/_next/static/:path*", "/_next/image"];

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
    // Next accepts a server action whose Origin matches the Host (or X-Forwarded-Host, which
    // proxy.ts removes unless TRUSTED_PROXY_HOPS says our own proxy set it) or this list: the
    // public host, for a reverse proxy that passes its own Host upstream.
    serverActions: { bodySizeLimit: "8mb", allowedOrigins: publicUrl ? [publicUrl.host] : [] },
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
      ...(publicUrl?.protocol === "https:"
        ? PROXY_SKIPPED_PATHS.map((source) => ({ source, headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] }))
        : []),
    ];
  },
};

export default withNextIntl(nextConfig);
