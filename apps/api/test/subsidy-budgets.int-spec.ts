import { DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { SubsidyBudgetsRepository } from '../src/modules/subsidies/subsidy-budgets.repository.js';
import { policyTestKit } from './helpers/policy-test-kit.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';


describe('subsidy budgets (HTTP, real database)', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const { newDistrict, auditActions } = policyTestKit(() => t, today);

  describe('budgets', () => {
    const month = '2026-12';

    it('upserts lines without touching spending, and rates use at 80 % and 100 %', async () => {
      const district = await newDistrict();
      const county = district.tree.county;
      const budgets = t.app.get(SubsidyBudgetsRepository);
      const put = (body: object) =>
        t.http.put(`/api/v1/subsidy-budgets/${county}/${month}`).set('Authorization', district.author).send(body);
      const list = async () => {
        const response = await t.http
          .get(`/api/v1/subsidy-budgets?regionCode=${county}&month=${month}`)
          .set('Authorization', district.approver);
        expect(response.status).toBe(200);
        return response.body as { source: string; spentFen: number }[];
      };
      const addSpent = (parts: { source: string; fen: number }[]) =>
        t.dataSource.transaction((manager) => budgets.addSpent(manager, county, month, parts));
      const spentOf = async () => Object.fromEntries((await list()).map((line) => [line.source, line.spentFen]));

      const created = await put({
        lines: [
          { source: 'DISTRICT', budgetFen: 5000 },
          { source: 'CITY', budgetFen: 10000 },
        ],
        hardStop: false,
      });
      expect(created.status).toBe(200);
      const fresh = { regionCode: county, month, spentFen: 0, percentUsed: 0, alert: 'OK', hardStop: false };
      expect(created.body).toEqual([
        { ...fresh, source: 'CITY', budgetFen: 10000 },
        { ...fresh, source: 'DISTRICT', budgetFen: 5000 },
      ]);

      // No hard stop: charges are taken and the overspend is flagged; a source without a line is not tracked.
      const firstCharge = [
        { source: 'CITY', fen: 8000 },
        { source: 'DISTRICT', fen: 1000 },
        { source: 'PROVINCE', fen: 300 },
      ];
      await expect(addSpent(firstCharge)).resolves.toEqual({ refused: false });
      expect(await list()).toEqual([
        expect.objectContaining({ source: 'CITY', spentFen: 8000, percentUsed: 80, alert: 'WARN_80' }),
        expect.objectContaining({ source: 'DISTRICT', spentFen: 1000, percentUsed: 20, alert: 'OK' }),
      ]);
      await expect(addSpent([{ source: 'CITY', fen: 3000 }])).resolves.toEqual({ refused: false });
      expect((await list())[0]).toMatchObject({ spentFen: 11000, percentUsed: 110, alert: 'OVER_100' });

      // A new budget keeps what was spent; the hard stop covers every line of the month.
      const raised = await put({ lines: [{ source: 'CITY', budgetFen: 12000 }], hardStop: true });
      expect(raised.body).toEqual([
        expect.objectContaining({ source: 'CITY', budgetFen: 12000, spentFen: 11000, alert: 'WARN_80', hardStop: true }),
        expect.objectContaining({ source: 'DISTRICT', budgetFen: 5000, spentFen: 1000, hardStop: true }),
      ]);

      const fits = [
        { source: 'CITY', fen: 500 },
        { source: 'DISTRICT', fen: 2000 },
      ];
      await expect(addSpent(fits)).resolves.toEqual({ refused: false });
      // DISTRICT would pass its budget: refused, and the CITY part charged first is taken back.
      const tooMuch = [
        { source: 'CITY', fen: 100 },
        { source: 'DISTRICT', fen: 2500 },
      ];
      await expect(addSpent(tooMuch)).resolves.toEqual({ refused: true });
      await expect(spentOf()).resolves.toEqual({ CITY: 11500, DISTRICT: 3000 });
      // Exactly the budget is allowed, one fen more is not.
      await expect(addSpent([{ source: 'CITY', fen: 500 }])).resolves.toEqual({ refused: false });
      await expect(addSpent([{ source: 'CITY', fen: 1 }])).resolves.toEqual({ refused: true });
      expect((await list())[0]).toMatchObject({ spentFen: 12000, percentUsed: 100, alert: 'OVER_100' });

      const budgetsRepo = t.app.get(SubsidyBudgetsRepository);
      await t.dataSource.transaction((manager) =>
        budgetsRepo.releaseSpent(manager, county, month, [{ source: 'CITY', fen: 99_999 }, { source: 'DISTRICT', fen: 1000 }]),
      );
      await expect(spentOf()).resolves.toEqual({ CITY: 0, DISTRICT: 2000 });
      await expect(auditActions(`${county}:${month}`)).resolves.toEqual(['SUBSIDY_BUDGET_SET', 'SUBSIDY_BUDGET_SET']);
    });

    it('rolls a refused charge back with the transaction that asked for it', async () => {
      const district = await newDistrict();
      const county = district.tree.county;
      await t.http
        .put(`/api/v1/subsidy-budgets/${county}/${month}`)
        .set('Authorization', district.author)
        .send({ lines: [{ source: 'CITY', budgetFen: 1000 }], hardStop: true })
        .expect(200);
      const budgets = t.app.get(SubsidyBudgetsRepository);
      await expect(
        t.dataSource.transaction(async (manager) => {
          await budgets.addSpent(manager, county, month, [{ source: 'CITY', fen: 600 }]);
          const second = await budgets.addSpent(manager, county, month, [{ source: 'CITY', fen: 600 }]);
          if (second.refused) throw new Error('budget exhausted');
        }),
      ).rejects.toThrow('budget exhausted');
      const listed = await t.http
        .get(`/api/v1/subsidy-budgets?regionCode=${county}&month=${month}`)
        .set('Authorization', district.author);
      expect(listed.body).toEqual([expect.objectContaining({ source: 'CITY', spentFen: 0 })]);
    });

    it.each([
      ['a month that does not exist', '2026-13', { lines: [{ source: 'CITY', budgetFen: 1 }], hardStop: false }, 'month'],
      ['an unknown source', '2026-12', { lines: [{ source: 'BANK', budgetFen: 1 }], hardStop: false }, 'lines.0.source'],
      [
        'a source twice',
        '2026-12',
        {
          lines: [
            { source: 'CITY', budgetFen: 1 },
            { source: 'CITY', budgetFen: 2 },
          ],
          hardStop: false,
        },
        'lines',
      ],
      ['a negative budget', '2026-12', { lines: [{ source: 'CITY', budgetFen: -5 }], hardStop: false }, 'lines.0.budgetFen'],
      ['no hard stop flag', '2026-12', { lines: [{ source: 'CITY', budgetFen: 1 }] }, 'hardStop'],
    ])('refuses %s with 422', async (_label, badMonth, body, field) => {
      const district = await newDistrict();
      const response = await t.http
        .put(`/api/v1/subsidy-budgets/${district.tree.county}/${badMonth}`)
        .set('Authorization', district.author)
        .send(body);
      expect(response.status).toBe(422);
      expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toContain(field);
    });

    it('lists the current month by default, only in scope', async () => {
      const district = await newDistrict();
      const current = today.slice(0, 7);
      await t.http
        .put(`/api/v1/subsidy-budgets/${district.tree.county}/${current}`)
        .set('Authorization', district.author)
        .send({ lines: [{ source: 'WELFARE_LOTTERY', budgetFen: 100 }], hardStop: false })
        .expect(200);
      const mine = await t.http.get('/api/v1/subsidy-budgets').set('Authorization', district.approver);
      expect(mine.body).toEqual([
        expect.objectContaining({ regionCode: district.tree.county, month: current, source: 'WELFARE_LOTTERY' }),
      ]);
      const away = await newDistrict();
      const theirs = await t.http.get('/api/v1/subsidy-budgets').set('Authorization', away.author);
      expect(theirs.body).toEqual([]);
    });
  });
});
