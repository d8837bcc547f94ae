import { addDays, addMonths, DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { SubsidyBudgetsRepository } from '../src/modules/subsidies/subsidy-budgets.repository.js';
import { SubsidyPoliciesRepository } from '../src/modules/subsidies/subsidy-policies.repository.js';
import { SubsidyPolicyEntity } from '../src/modules/subsidies/subsidy-policy.entity.js';
import { bearerFor, createCanteen, createRegionTree, createUser, type RegionTree } from './helpers/factories.js';
import { examplePolicyDocument, insertElder, insertOrder } from './helpers/policy-factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

interface District {
  tree: RegionTree;
  /** Two officials of the district: one drafts and submits, the other approves. */
  author: string;
  approver: string;
}

describe('subsidy policies, budgets and the simulator (HTTP, real database)', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function newDistrict(): Promise<District> {
    const tree = await createRegionTree(t.dataSource);
    const [author, approver] = await Promise.all(
      ['起草人', '审批人'].map(async (displayName) =>
        bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', tree.county, { displayName })),
      ),
    );
    return { tree, author: author!, approver: approver! };
  }

  const act = (token: string, id: string, action: 'submit' | 'approve' | 'reject' | 'simulate', body: object = {}) =>
    t.http.post(`/api/v1/subsidy-policies/${id}/${action}`).set('Authorization', token).send(body);
  const patch = (token: string, id: string, body: object) =>
    t.http.patch(`/api/v1/subsidy-policies/${id}`).set('Authorization', token).send(body);

  async function draft(district: District, body: Record<string, unknown> = {}) {
    const response = await t.http
      .post('/api/v1/subsidy-policies')
      .set('Authorization', district.author)
      .send({
        regionCode: district.tree.county,
        label: '助餐补贴（示例）',
        effectiveFrom: today,
        document: examplePolicyDocument(),
        ...body,
      });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number } & Record<string, unknown>;
  }

  async function activate(district: District, body: Record<string, unknown> = {}) {
    const policy = await draft(district, body);
    const submitted = await act(district.author, policy.id, 'submit');
    expect(submitted.status).toBe(200);
    const approved = await act(district.approver, policy.id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('ACTIVE');
    return policy;
  }

  const auditActions = async (entityId: string) => {
    const entries = await t.dataSource.manager.find(AuditEntryEntity, { where: { entityId }, order: { seq: 'ASC' } });
    return entries.map((entry) => entry.action);
  };

  describe('versions', () => {
    it('drafts versions numbered per district, with the parsed document, author and an audit entry', async () => {
      const district = await newDistrict();
      const first = await draft(district);
      expect(first).toMatchObject({
        regionCode: district.tree.county,
        regionName: `测试区${district.tree.county}`,
        version: 1,
        status: 'DRAFT',
        effectiveFrom: today,
        label: '助餐补贴（示例）',
        document: examplePolicyDocument(),
        createdByName: '起草人',
        submittedAt: null,
        decidedAt: null,
        decisionNote: null,
      });
      const second = await draft(district, { label: '第二版' });
      expect(second.version).toBe(2);
      await expect(auditActions(first.id)).resolves.toEqual(['SUBSIDY_POLICY_DRAFTED']);

      const listed = await t.http
        .get(`/api/v1/subsidy-policies?regionCode=${district.tree.county}`)
        .set('Authorization', district.approver);
      expect(listed.status).toBe(200);
      expect((listed.body as { version: number }[]).map((policy) => policy.version)).toEqual([2, 1]);
      const one = await t.http.get(`/api/v1/subsidy-policies/${first.id}`).set('Authorization', district.approver);
      expect(one.body).toEqual(expect.objectContaining({ id: first.id, document: examplePolicyDocument() }));
    });

    it.each([
      [
        'an unknown top-level field',
        { ...examplePolicyDocument(), bogus: 1 },
        'document.bogus',
        expect.stringContaining('bogus'),
      ],
      [
        'an unknown field in a tier',
        { ...examplePolicyDocument(), tiers: [{ code: 'BASE', when: { minAge: 60, maxAgee: 70 }, benefit: { type: 'FREE' } }] },
        'document.tiers.0.when',
        expect.stringContaining('maxAgee'),
      ],
      [
        'funding that does not add up to 10000 bp',
        examplePolicyDocument({ funding: [{ source: 'CITY', bp: 6000 }, { source: 'DISTRICT', bp: 3000 }] }),
        'document.funding',
        'funding bp must sum to 10000',
      ],
      ['a negative amount', examplePolicyDocument({ minSelfPayFen: -1 }), 'document.minSelfPayFen', expect.any(String)],
      ['no document object at all', 'free meals', 'document', expect.any(String)],
    ])('refuses %s with 422 POLICY_INVALID naming the path, writing nothing', async (_label, document, field, constraint) => {
      const district = await newDistrict();
      const response = await t.http
        .post('/api/v1/subsidy-policies')
        .set('Authorization', district.author)
        .send({ regionCode: district.tree.county, label: '错误', effectiveFrom: today, document });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('POLICY_INVALID');
      expect(response.body.details).toContainEqual({ field, constraint });
      await expect(t.dataSource.manager.countBy(SubsidyPolicyEntity, { regionCode: district.tree.county })).resolves.toBe(0);
    });

    it('requires a known district inside the scope', async () => {
      const district = await newDistrict();
      const post = (token: string, regionCode: string) =>
        t.http
          .post('/api/v1/subsidy-policies')
          .set('Authorization', token)
          .send({ regionCode, label: '范围', effectiveFrom: today, document: examplePolicyDocument() });
      const street = await post(district.author, district.tree.street);
      expect(street.status).toBe(422);
      expect(street.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'regionCode', constraint: 'matches' }] });
      const elsewhere = await post(district.author, '530112');
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.code).toBe('OUT_OF_SCOPE');
      const provincial = await bearerFor(t.http, await createUser(t.dataSource, 'CITY_OFFICIAL', '99'));
      const unknown = await post(provincial, '990299');
      expect(unknown.status).toBe(422);
      expect(unknown.body.details).toEqual([{ field: 'regionCode', constraint: 'knownDistrict' }]);
    });

    it('edits a draft only: submit, own approval refused, a second official activates, then it is frozen', async () => {
      const district = await newDistrict();
      const policy = await draft(district, { effectiveFrom: addDays(today, -1) });
      const edited = await patch(district.author, policy.id, {
        label: '改过的',
        document: examplePolicyDocument({ minSelfPayFen: 0 }),
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ label: '改过的', document: { minSelfPayFen: 0 }, status: 'DRAFT' });
      const badEdit = await patch(district.author, policy.id, { document: { ...examplePolicyDocument(), extra: true } });
      expect(badEdit.status).toBe(422);
      expect(badEdit.body.code).toBe('POLICY_INVALID');
      const noLabel = await patch(district.author, policy.id, { label: null });
      expect(noLabel.status).toBe(422);
      expect(noLabel.body.details).toContainEqual({ field: 'label', constraint: 'isString' });
      const noDocument = await patch(district.author, policy.id, { document: null });
      expect(noDocument.body).toMatchObject({
        code: 'POLICY_INVALID',
        details: [expect.objectContaining({ field: 'document' })],
      });

      const tooEarly = await act(district.author, policy.id, 'submit');
      expect(tooEarly.status).toBe(422);
      expect(tooEarly.body.details).toEqual([{ field: 'effectiveFrom', constraint: 'notBeforeToday' }]);
      await patch(district.author, policy.id, { effectiveFrom: addDays(today, 7) });

      const submitted = await act(district.author, policy.id, 'submit');
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        status: 'PENDING_APPROVAL',
        submittedByName: '起草人',
        submittedAt: expect.any(String),
      });
      const editPending = await patch(district.author, policy.id, { label: '偷改' });
      expect(editPending.status).toBe(409);
      expect(editPending.body.code).toBe('POLICY_NOT_DRAFT');

      const own = await act(district.author, policy.id, 'approve');
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('POLICY_OWN_SUBMISSION');

      const approved = await act(district.approver, policy.id, 'approve', { note: '同意' });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'ACTIVE',
        decidedByName: '审批人',
        decisionNote: '同意',
        decidedAt: expect.any(String),
      });

      const editActive = await patch(district.author, policy.id, { label: '再改' });
      expect(editActive.status).toBe(409);
      expect(editActive.body.code).toBe('POLICY_NOT_DRAFT');
      const resubmit = await act(district.author, policy.id, 'submit');
      expect(resubmit.status).toBe(409);
      const approveAgain = await act(district.approver, policy.id, 'approve');
      expect(approveAgain.status).toBe(409);
      expect(approveAgain.body.code).toBe('CONFLICT');
      const stored = await t.dataSource.manager.findOneByOrFail(SubsidyPolicyEntity, { id: policy.id });
      expect(stored).toMatchObject({ label: '改过的', status: 'ACTIVE' });

      await expect(auditActions(policy.id)).resolves.toEqual([
        'SUBSIDY_POLICY_DRAFTED',
        'SUBSIDY_POLICY_UPDATED',
        'SUBSIDY_POLICY_UPDATED',
        'SUBSIDY_POLICY_SUBMITTED',
        'SUBSIDY_POLICY_APPROVED',
      ]);
      await expect(t.app.get(AuditService).verifyChain()).resolves.toMatchObject({ ok: true });
    });

    it('refuses approval by the author even when someone else submitted it', async () => {
      const district = await newDistrict();
      const policy = await draft(district);
      await act(district.approver, policy.id, 'submit').expect(200);
      const byAuthor = await act(district.author, policy.id, 'approve');
      expect(byAuthor.status).toBe(403);
      expect(byAuthor.body.code).toBe('POLICY_OWN_SUBMISSION');
      const third = await bearerFor(t.http, await createUser(t.dataSource, 'CITY_OFFICIAL', '9901'));
      const byThird = await act(third, policy.id, 'approve');
      expect(byThird.status).toBe(200);
    });

    it('rejects a submitted version with a note, after which it stays rejected', async () => {
      const district = await newDistrict();
      const policy = await draft(district);
      await act(district.author, policy.id, 'submit').expect(200);
      const noNote = await act(district.approver, policy.id, 'reject');
      expect(noNote.status).toBe(422);
      const rejected = await act(district.approver, policy.id, 'reject', { note: '标准需再核' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'REJECTED', decisionNote: '标准需再核', decidedByName: '审批人' });
      const approveRejected = await act(district.approver, policy.id, 'approve');
      expect(approveRejected.status).toBe(409);
      await expect(auditActions(policy.id)).resolves.toEqual([
        'SUBSIDY_POLICY_DRAFTED',
        'SUBSIDY_POLICY_SUBMITTED',
        'SUBSIDY_POLICY_REJECTED',
      ]);
    });

    it('lets only one of two officials deciding at once win', async () => {
      const district = await newDistrict();
      const policy = await draft(district);
      await act(district.author, policy.id, 'submit').expect(200);
      const other = await bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', district.tree.county));
      const [approve, reject] = await Promise.all([
        act(district.approver, policy.id, 'approve'),
        act(other, policy.id, 'reject', { note: '同时' }),
      ]);
      expect([approve.status, reject.status].sort()).toEqual([200, 409]);
      const stored = await t.dataSource.manager.findOneByOrFail(SubsidyPolicyEntity, { id: policy.id });
      expect(stored.status).toBe(approve.status === 200 ? 'ACTIVE' : 'REJECTED');
      await expect(auditActions(policy.id)).resolves.toHaveLength(3);
    });

    it('switches the version in force exactly at midnight of the new effective date', async () => {
      const district = await newDistrict();
      const switchDay = addDays(today, 30);
      const first = await activate(district, { effectiveFrom: today });
      const second = await activate(district, { effectiveFrom: switchDay, label: '新标准' });
      await draft(district, { effectiveFrom: addDays(switchDay, 1), label: '未生效草稿' });
      const repository = t.app.get(SubsidyPoliciesRepository);
      const inForce = async (date: string) => (await repository.findInForce(district.tree.county, date))?.id ?? null;
      await expect(inForce(addDays(today, -1))).resolves.toBeNull();
      await expect(inForce(today)).resolves.toBe(first.id);
      await expect(inForce(addDays(switchDay, -1))).resolves.toBe(first.id);
      await expect(inForce(switchDay)).resolves.toBe(second.id);
      await expect(inForce(addDays(switchDay, 5))).resolves.toBe(second.id);
    });
  });

  describe('scope and roles', () => {
    it("keeps another district's officials out, lets auditors read only and city officials see both", async () => {
      const home = await newDistrict();
      const away = await newDistrict();
      const policy = await draft(home);
      const awayList = await t.http.get('/api/v1/subsidy-policies').set('Authorization', away.author);
      expect((awayList.body as { id: string }[]).map((row) => row.id)).not.toContain(policy.id);
      for (const request of [
        t.http.get(`/api/v1/subsidy-policies/${policy.id}`),
        t.http.patch(`/api/v1/subsidy-policies/${policy.id}`).send({ label: '越界' }),
        t.http.post(`/api/v1/subsidy-policies/${policy.id}/submit`),
        t.http.post(`/api/v1/subsidy-policies/${policy.id}/simulate`).send({}),
        t.http.get(`/api/v1/subsidy-policies?regionCode=${home.tree.county}`),
        t.http
          .put(`/api/v1/subsidy-budgets/${home.tree.county}/2026-12`)
          .send({ lines: [{ source: 'CITY', budgetFen: 1 }], hardStop: false }),
        t.http.get(`/api/v1/subsidy-budgets?regionCode=${home.tree.county}`),
      ]) {
        const response = await request.set('Authorization', away.author);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('OUT_OF_SCOPE');
      }

      const auditor = await bearerFor(t.http, await createUser(t.dataSource, 'AUDITOR', home.tree.county));
      await t.http.get(`/api/v1/subsidy-policies/${policy.id}`).set('Authorization', auditor).expect(200);
      const auditorWrite = await act(auditor, policy.id, 'submit');
      expect(auditorWrite.status).toBe(403);
      const worker = await bearerFor(t.http, await createUser(t.dataSource, 'COMMUNITY_WORKER', home.tree.community));
      const workerRead = await t.http.get('/api/v1/subsidy-policies').set('Authorization', worker);
      expect(workerRead.status).toBe(403);
      expect(workerRead.body.code).toBe('FORBIDDEN');

      const city = await bearerFor(t.http, await createUser(t.dataSource, 'CITY_OFFICIAL', '9901'));
      const awayPolicy = await draft(away);
      const cityList = await t.http.get('/api/v1/subsidy-policies').set('Authorization', city);
      const cityIds = (cityList.body as { id: string }[]).map((row) => row.id);
      expect(cityIds).toEqual(expect.arrayContaining([policy.id, awayPolicy.id]));
    });
  });

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

  describe('simulator', () => {
    // The last full calendar month: the simulator's default period.
    const month = addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
    const day = (dayOfMonth: number) => `${month}-${String(dayOfMonth).padStart(2, '0')}`;
    const lastDay = addDays(addMonths(`${month}-01`, 1), -1);

    /** A draft to simulate, with amounts chosen so every figure below can be worked out by hand. */
    const simulatedDocument = examplePolicyDocument({
      tiers: [
        { code: 'DIBAO', when: { categoriesAny: ['DIBAO'] }, benefit: { type: 'PERCENT', percent: 50, maxFen: 800 } },
        { code: 'AGE_80', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
        { code: 'SEVERE', when: { gradesAny: ['SEVERE'] }, benefit: { type: 'FIXED', fen: 700 } },
        { code: 'TEKUN', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
        { code: 'BASE', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 200 } },
      ],
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 1200 },
      slots: ['LUNCH', 'DINNER'],
      channels: ['DINE_IN', 'DELIVERY'],
      minSelfPayFen: 100,
      deliverySubsidyFen: 300,
      funding: [
        { source: 'PROVINCE', bp: 3000 },
        { source: 'CITY', bp: 3000 },
        { source: 'DISTRICT', bp: 4000 },
      ],
    });

    it('reruns a draft over the real orders of last month and compares with what was granted', async () => {
      const district = await newDistrict();
      const away = await newDistrict();
      const { county, community } = district.tree;
      const canteenA = await createCanteen(t.dataSource, community, { name: 'A食堂' });
      const canteenB = await createCanteen(t.dataSource, community, { name: 'B食堂' });
      const registered = `${county}001001`;
      const oldest = await insertElder(t.dataSource, {
        birthDate: '1940-06-15',
        registeredRegionCode: registered,
        residentRegionCode: community,
      });
      const poor = await insertElder(t.dataSource, {
        birthDate: '1960-01-10',
        registeredRegionCode: registered,
        residentRegionCode: community,
        categories: [{ category: 'DIBAO', validFrom: day(10) }],
      });
      const frail = await insertElder(t.dataSource, {
        birthDate: '1955-03-01',
        registeredRegionCode: registered,
        residentRegionCode: community,
        assessments: [{ grade: 'SEVERE', assessedOn: day(1), validUntil: addDays(day(1), 364) }],
        categories: [{ category: 'TEKUN', validFrom: day(1), status: 'PENDING' }],
      });
      const elsewhere = await insertElder(t.dataSource, {
        birthDate: '1940-01-01',
        registeredRegionCode: away.tree.community,
        residentRegionCode: community,
      });

      let minute = 0;
      const granted = { subsidyFen: 300, tierCode: 'OLD', funding: [{ source: 'CITY', fen: 300 }] };
      const none = { subsidyFen: 0, tierCode: null, funding: [] };
      const order = (facts: Omit<Parameters<typeof insertOrder>[1], 'placedAt' | 'canteen'> & { canteen?: typeof canteenA }) =>
        insertOrder(t.dataSource, {
          canteen: canteenA,
          placedAt: new Date(Date.parse(`${facts.serviceDate}T00:00:00Z`) + (minute += 1) * 60_000),
          ...facts,
        });
      // The oldest (86): AGE_80 500; the day's second meal: 0; delivery 500 + 300 trimmed to the 700 left of
      // the 1200 cap; then the cap is reached: 0. Simulated 1200.
      await order({ elder: oldest, serviceDate: day(3), slot: 'LUNCH', items: [{ priceFen: 1200, qty: 1 }], actual: granted });
      await order({ elder: oldest, serviceDate: day(3), slot: 'DINNER', items: [{ priceFen: 1000, qty: 1 }], actual: none });
      await order({
        elder: oldest,
        serviceDate: day(4),
        slot: 'LUNCH',
        channel: 'DELIVERY',
        deliveryFeeFen: 400,
        items: [{ priceFen: 1500, qty: 1 }],
        actual: granted,
      });
      await order({ elder: oldest, serviceDate: day(5), slot: 'LUNCH', items: [{ priceFen: 1200, qty: 1 }], actual: none });
      // 低保 from the 10th (66 years old): BASE 200 before; then 50 % of 1600 = 800; breakfast is not covered.
      // Simulated 1000.
      await order({ elder: poor, serviceDate: day(8), slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }], actual: granted });
      await order({ elder: poor, serviceDate: day(12), slot: 'LUNCH', items: [{ priceFen: 800, qty: 2 }], actual: granted });
      await order({ elder: poor, serviceDate: day(12), slot: 'BREAKFAST', items: [{ priceFen: 500, qty: 1 }], actual: none });
      // Severe disability (a pending 特困 does not count): 700; the cancelled order is left out.
      await order({
        elder: frail,
        canteen: canteenB,
        serviceDate: day(6),
        slot: 'LUNCH',
        items: [{ priceFen: 1000, qty: 1 }],
        actual: granted,
      });
      await order({
        elder: frail,
        canteen: canteenB,
        serviceDate: day(7),
        slot: 'LUNCH',
        items: [{ priceFen: 1000, qty: 1 }],
        status: 'CANCELLED',
        actual: granted,
      });
      // Not this district's money, not an elder, not this month.
      await order({ elder: elsewhere, serviceDate: day(9), slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }], actual: granted });
      await order({ elder: null, serviceDate: day(9), slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }] });
      const nextMonth = addDays(lastDay, 1);
      await order({ elder: poor, serviceDate: nextMonth, slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }], actual: granted });

      const policy = await draft(district, { document: simulatedDocument });
      const response = await act(district.approver, policy.id, 'simulate');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        policyId: policy.id,
        regionCode: county,
        version: 1,
        from: day(1),
        to: lastDay,
        orders: 8,
        elders: 3,
        ordersChanged: 5,
        actual: {
          totalSubsidyFen: 1500,
          byTier: [
            { tierCode: 'OLD', orders: 5, subsidyFen: 1500 },
            { tierCode: null, orders: 3, subsidyFen: 0 },
          ],
          bySource: [
            { source: 'PROVINCE', subsidyFen: 0 },
            { source: 'CITY', subsidyFen: 1500 },
            { source: 'DISTRICT', subsidyFen: 0 },
            { source: 'WELFARE_LOTTERY', subsidyFen: 0 },
          ],
          byCanteen: [
            { canteenId: canteenA.id, canteenName: 'A食堂', orders: 7, subsidyFen: 1200 },
            { canteenId: canteenB.id, canteenName: 'B食堂', orders: 1, subsidyFen: 300 },
          ],
        },
        simulated: {
          totalSubsidyFen: 2900,
          byTier: [
            { tierCode: 'AGE_80', orders: 4, subsidyFen: 1200 },
            { tierCode: 'BASE', orders: 1, subsidyFen: 200 },
            { tierCode: 'DIBAO', orders: 2, subsidyFen: 800 },
            { tierCode: 'SEVERE', orders: 1, subsidyFen: 700 },
          ],
          // 500, 700, 200, 800 and 700 split 30/30/40.
          bySource: [
            { source: 'PROVINCE', subsidyFen: 870 },
            { source: 'CITY', subsidyFen: 870 },
            { source: 'DISTRICT', subsidyFen: 1160 },
            { source: 'WELFARE_LOTTERY', subsidyFen: 0 },
          ],
          byCanteen: [
            { canteenId: canteenA.id, canteenName: 'A食堂', orders: 7, subsidyFen: 2200 },
            { canteenId: canteenB.id, canteenName: 'B食堂', orders: 1, subsidyFen: 700 },
          ],
        },
      });

      // From the 5th: the orders of the 3rd and 4th still fill the oldest elder's cap, but are not reported.
      const fromFifth = await act(district.approver, policy.id, 'simulate', { from: day(5), to: lastDay });
      expect(fromFifth.status).toBe(200);
      expect(fromFifth.body).toMatchObject({ from: day(5), orders: 5, elders: 3 });
      expect(fromFifth.body.simulated.totalSubsidyFen).toBe(1700);
      expect(fromFifth.body.simulated.byTier).toContainEqual({ tierCode: 'AGE_80', orders: 1, subsidyFen: 0 });

      const tooLong = await act(district.approver, policy.id, 'simulate', { from: addDays(day(1), -120), to: lastDay });
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.details).toEqual([{ field: 'to', constraint: 'maxRange' }]);
    });

    it('answers an empty comparison for a district without orders', async () => {
      const district = await newDistrict();
      const policy = await draft(district, { document: simulatedDocument });
      const response = await act(district.author, policy.id, 'simulate', { from: day(1), to: day(2) });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ orders: 0, elders: 0, actual: { totalSubsidyFen: 0, byTier: [], byCanteen: [] } });
      expect(response.body.simulated.bySource).toHaveLength(4);
    });
  });
});
