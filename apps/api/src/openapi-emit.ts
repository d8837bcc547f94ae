import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOpenApiDocument, createApp } from './app.factory.js';
import { loadConfig } from './config/app-config.js';

/**
 * Writes the OpenAPI document to the path given (the api-client package generates its types from it).
 * Boots the app on a throw-away SQLite database, so it needs no running server.
 */
async function emit(target: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canteen-openapi-'));
  try {
    const app = await createApp(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DEMO_SEED: 'false' }));
    await app.init();
    const document = buildOpenApiDocument(app);
    writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node dist/openapi-emit.js <output.json>\n');
  process.exit(2);
}
await emit(target);
