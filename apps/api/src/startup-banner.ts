import { maskName } from '@canteen/shared';
import type { AppConfig } from './config/app-config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seeds/demo-data.js';
import type { DemoSeedResult } from './database/seeds/demo-seed.service.js';

/** What a newcomer needs after `npm start`: where things are, and with the demo data, how to get in. */
export function printStartupBanner(config: AppConfig, demo: DemoSeedResult | null): void {
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    '  幸福食堂 is running',
    `  Admin (officials, staff):  ${base}/admin/`,
    `  Kiosk (canteen terminal):  ${base}/kiosk/`,
    `  API docs (OpenAPI):        ${base}/api/docs`,
    `  Health:                    ${base}/api/health`,
    `  Database:                  ${config.database.kind === 'sqlite' ? config.database.file : 'MySQL (DATABASE_URL)'}`,
  ];
  if (demo) {
    lines.push('', `  Demo logins (password ${DEMO_PASSWORD} for all):`);
    for (const user of DEMO_USERS) {
      lines.push(`    ${user.username.padEnd(11)} ${user.role.padEnd(18)} ${user.regionCode.padEnd(13)} ${user.displayName}`);
    }
    lines.push('', `  Demo kiosk token (${demo.kioskCanteenName}), paste it into the kiosk once:`, `    ${demo.kioskToken}`);
    if (demo.elderCards.length > 0) {
      lines.push('', '  Demo elder cards to try at the kiosk (more in the admin: 老人管理):');
      for (const card of demo.elderCards) lines.push(`    ${card.cardNumber}  ${maskName(card.name)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
