import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'canteen-config-'));
const KEY = 'a'.repeat(64);
const SECRET = 's'.repeat(40);

describe(loadConfig.name, () => {
  it('defaults to embedded SQLite with the demo seed and generated secrets', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.database).toEqual({ kind: 'sqlite', file: path.join(dataDir, 'canteen.sqlite') });
    expect(config.demoSeed).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.dataKey).toHaveLength(32);
    expect(loadConfig({ DATA_DIR: dataDir }).jwt.secret).toBe(config.jwt.secret);
  });

  it('uses MySQL from DATABASE_URL without the demo seed unless asked', () => {
    const config = loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: 'mysql://u:p@db:3306/canteen' });
    expect(config.database).toEqual({ kind: 'mysql', url: 'mysql://u:p@db:3306/canteen' });
    expect(config.demoSeed).toBe(false);
  });

  it('names every bad value in one clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x', DEMO_SEED: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a mysql:\/\/[\s\S]*DEMO_SEED: must be true or false/,
    );
  });

  it('refuses production without its own secrets, and with the demo seed', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'mysql://db/c' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'mysql://db/c' })).toThrow(/JWT_SECRET[\s\S]*DATA_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, DATA_KEY: KEY, DEMO_SEED: 'true', DATABASE_URL: 'mysql://db/c' }),
    ).toThrow(/DEMO_SEED/);
  });

  it('accepts production with its own secrets', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, DATA_KEY: KEY, DATABASE_URL: 'mysql://db/c' });
    expect(config.demoSeed).toBe(false);
    expect(config.jwt.secret).toBe(SECRET);
  });
});
