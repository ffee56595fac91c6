// Database tools refuse to guess: the launcher or the developer sets DATABASE_URL.
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Run through `npm start` (embedded database) or set it to a PostgreSQL URL.",
    );
    process.exit(1);
  }
  return url;
}
