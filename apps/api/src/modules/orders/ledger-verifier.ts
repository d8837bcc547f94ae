import type { DataSource } from 'typeorm';

export interface LedgerMismatch {
  orderId: string;
  status: string;
  /** What the order says was granted (0 once cancelled). */
  expectedFen: number;
  ledgerFen: number;
}

export interface UsageMismatch {
  elderId: string;
  month: string;
  counterFen: number;
  ordersFen: number;
}

export interface LedgerVerification {
  ok: boolean;
  ordersChecked: number;
  ledgerRows: number;
  /** Subsidy of the orders that stand (not cancelled). */
  ordersSubsidyFen: number;
  /** Sum of every ledger row, charges and reversals. */
  ledgerFen: number;
  /** Up to `MISMATCH_LIMIT` orders whose ledger rows do not add up to their subsidy. */
  orderMismatches: LedgerMismatch[];
  /** Up to `MISMATCH_LIMIT` elder-months whose usage counter differs from their orders. */
  usageMismatches: UsageMismatch[];
}

const MISMATCH_LIMIT = 20;

const STANDING_SUBSIDY = "CASE WHEN o.status = 'CANCELLED' THEN 0 ELSE o.subsidy_fen END";

/**
 * Checks that the ledger equals the orders: every order's ledger rows (charges minus reversals) add up to
 * its subsidy while it stands and to 0 once cancelled, and every elder's monthly usage counter equals the
 * subsidy of the orders that counted against it. Limited to a region (its code as a prefix; '' = all):
 * orders whose canteen or paying district lies in it, elders registered or living in it. Plain SQL over
 * the data source, so the API endpoint and the command line (`pnpm ledger:verify`) run the same checks.
 */
export async function verifyLedger(dataSource: DataSource, regionCode = ''): Promise<LedgerVerification> {
  const scope = `${regionCode}%`;
  const query = <T>(sql: string, params: unknown[]) => dataSource.query<T[]>(sql, params);
  // An order is in scope when its canteen or its paying district is; a ledger row when its district is.
  const inScope = '(o.canteen_region_code LIKE ? OR o.elder_region_code LIKE ?)';
  const [totals] = await query<{ orders: string | number; subsidy: string | number | null }>(
    `SELECT COUNT(*) AS orders, SUM(${STANDING_SUBSIDY}) AS subsidy FROM orders o WHERE ${inScope}`,
    [scope, scope],
  );
  const [ledger] = await query<{ rows_count: string | number; fen: string | number | null }>(
    'SELECT COUNT(*) AS rows_count, SUM(l.fen) AS fen FROM subsidy_ledger l JOIN orders o ON o.id = l.order_id WHERE ' + inScope,
    [scope, scope],
  );
  const orderMismatches = await query<{ id: string; status: string; expected: string | number; ledger: string | number }>(
    `SELECT o.id AS id, o.status AS status, ${STANDING_SUBSIDY} AS expected, COALESCE(l.fen, 0) AS ledger
       FROM orders o
       LEFT JOIN (SELECT order_id, SUM(fen) AS fen FROM subsidy_ledger GROUP BY order_id) l ON l.order_id = o.id
      WHERE ${inScope} AND ${STANDING_SUBSIDY} <> COALESCE(l.fen, 0)
      ORDER BY o.id
      LIMIT ${MISMATCH_LIMIT}`,
    [scope, scope],
  );
  const usageMismatches = await query<{ elder_id: string; month: string; counter: string | number; orders: string | number }>(
    `SELECT u.elder_id AS elder_id, u.month AS month, u.subsidy_fen AS counter, COALESCE(c.fen, 0) AS orders
       FROM elder_usage_months u
       JOIN elders e ON e.id = u.elder_id
       LEFT JOIN (
         SELECT elder_id, SUBSTR(service_date, 1, 7) AS month, SUM(subsidy_fen) AS fen
           FROM orders
          WHERE counted_meal = 1 AND status <> 'CANCELLED'
          GROUP BY elder_id, SUBSTR(service_date, 1, 7)
       ) c ON c.elder_id = u.elder_id AND c.month = u.month
      WHERE (e.registered_region_code LIKE ? OR e.resident_region_code LIKE ?) AND u.subsidy_fen <> COALESCE(c.fen, 0)
      ORDER BY u.elder_id, u.month
      LIMIT ${MISMATCH_LIMIT}`,
    [scope, scope],
  );
  return {
    ok: orderMismatches.length === 0 && usageMismatches.length === 0,
    ordersChecked: Number(totals?.orders ?? 0),
    ledgerRows: Number(ledger?.rows_count ?? 0),
    ordersSubsidyFen: Number(totals?.subsidy ?? 0),
    ledgerFen: Number(ledger?.fen ?? 0),
    orderMismatches: orderMismatches.map((row) => ({
      orderId: row.id,
      status: row.status,
      expectedFen: Number(row.expected),
      ledgerFen: Number(row.ledger),
    })),
    usageMismatches: usageMismatches.map((row) => ({
      elderId: row.elder_id,
      month: row.month,
      counterFen: Number(row.counter),
      ordersFen: Number(row.orders),
    })),
  };
}
