import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from '../src/app.factory.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const COMMITTED = path.resolve(import.meta.dirname, '../../../packages/api-client/openapi.json');

describe('OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('is served at /api/docs-json and the UI at /api/docs', async () => {
    const json = await t.http.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.paths['/api/v1/kiosk/menu']).toBeDefined();
    const ui = await t.http.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('Swagger UI');
  });

  it('matches the committed copy the typed clients are generated from (run `pnpm --filter @canteen/api openapi`)', () => {
    const committed: unknown = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument(t.app)))).toEqual(committed);
  });

  it('answers /api/health with the database kind', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: t.config.database.kind, version: expect.any(String) });
  });
});
