import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config.js';
import { buildDataSourceOptions } from './database/data-source.js';
import { verifyLedger } from './modules/orders/ledger-verifier.js';

/**
 * `pnpm ledger:verify`: checks the configured database (DATABASE_URL, or the embedded SQLite in DATA_DIR)
 * the way GET /api/v1/subsidy-ledger/verify does, prints the result and exits 1 when the ledger does not
 * equal the orders.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const dataSource = await new DataSource(buildDataSourceOptions(config)).initialize();
  try {
    const result = await verifyLedger(dataSource);
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    process.stdout.write(
      [
        `orders checked:        ${result.ordersChecked}`,
        `ledger rows:           ${result.ledgerRows}`,
        `subsidy of the orders: ${yuan(result.ordersSubsidyFen)} yuan`,
        `sum of the ledger:     ${yuan(result.ledgerFen)} yuan`,
        ...result.orderMismatches.map(
          (row) => `MISMATCH order ${row.orderId} (${row.status}): expected ${row.expectedFen} fen, ledger ${row.ledgerFen} fen`,
        ),
        ...result.usageMismatches.map(
          (row) => `MISMATCH usage ${row.elderId} ${row.month}: counter ${row.counterFen} fen, orders ${row.ordersFen} fen`,
        ),
        result.ok ? 'OK: the ledger equals the orders' : 'FAILED: the ledger does not equal the orders',
        '',
      ].join('\n'),
    );
    return result.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
