import { addDays, DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { SubsidyPoliciesRepository } from '../src/modules/subsidies/subsidy-policies.repository.js';
import { SubsidyPolicyEntity } from '../src/modules/subsidies/subsidy-policy.entity.js';
import { bearerFor, createUser } from './helpers/factories.js';
import { examplePolicyDocument } from './helpers/policy-factories.js';
import { policyTestKit } from './helpers/policy-test-kit.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';


describe('subsidy policy versions, approval and scope (HTTP, real database)', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const { newDistrict, act, patch, draft, activate, auditActions } = policyTestKit(() => t, today);

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
      expect(approveAgain.body.code).toBe('POLICY_NOT_PENDING');
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
});
