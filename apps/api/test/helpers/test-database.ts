/**
 * Which database the integration suite runs on: SQLite by default (a fresh file per test app), MySQL or
 * MariaDB when DATABASE_URL is a mysql:// URL (one database, recreated once per run by global-setup).
 */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && url.startsWith('mysql://') ? url : undefined;
}

