import { ElderEntity } from '../src/modules/elders/elder.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import {
  bearerFor,
  createCanteen,
  createRegionTree,
  createUser,
  newResidentId,
  randomElderBirthDate,
  type RegionTree,
} from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('elders and eligibility (HTTP, real database)', () => {
  let t: TestApp;
  let home: RegionTree;
  let other: RegionTree;
  let worker: string;
  let street: string;
  let district: string;
  let otherDistrict: string;
  let device: string;

  beforeAll(async () => {
    t = await startTestApp();
    home = await createRegionTree(t.dataSource);
    other = await createRegionTree(t.dataSource);
    worker = await bearerFor(t.http, await createUser(t.dataSource, 'COMMUNITY_WORKER', home.community));
    street = await bearerFor(t.http, await createUser(t.dataSource, 'STREET_OFFICIAL', home.street));
    district = await bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', home.county));
    otherDistrict = await bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', other.county));
    const canteen = await createCanteen(t.dataSource, home.community);
    const manager = await bearerFor(
      t.http,
      await createUser(t.dataSource, 'CANTEEN_MANAGER', home.community, { canteenId: canteen.id }),
    );
    const registered = await t.http
      .post('/api/v1/kiosk-devices')
      .set('Authorization', manager)
      .send({ canteenId: canteen.id, name: '识别测试机' });
    device = registered.body.token;
  });

  afterAll(async () => {
    await t.close();
  });

  async function register(overrides: Record<string, unknown> = {}) {
    const idNumber = newResidentId(randomElderBirthDate());
    const response = await t.http
      .post('/api/v1/elders')
      .set('Authorization', worker)
      .send({
        name: '张秀华',
        idNumber,
        phone: '13812345678',
        registeredRegionCode: '530112',
        residentRegionCode: home.community,
        address: '幸福路1号',
        dietaryNeeds: { tags: ['SOFT'], allergies: '花生' },
        ...overrides,
      });
    expect(response.status).toBe(201);
    return { idNumber, elder: response.body as { id: string; cards: { cardNumber: string }[] } & Record<string, unknown> };
  }

  const identify = (method: 'CARD' | 'ID_NUMBER', value: string) =>
    t.http.post('/api/v1/kiosk/identify').set('X-Device-Token', device).send({ method, value });

  it('registers an elder with a card, masks identity everywhere and stores no plaintext ID', async () => {
    const { idNumber, elder } = await register();
    expect(elder).toMatchObject({
      idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      phoneMasked: '138****5678',
      sex: 'F',
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      status: 'ACTIVE',
      reviewState: 'CURRENT',
    });
    expect(elder.cards).toHaveLength(1);
    expect(JSON.stringify(elder)).not.toContain(idNumber);
    expect(JSON.stringify(elder)).not.toContain('13812345678');

    const row = await t.dataSource.manager.findOneByOrFail(ElderEntity, { id: elder.id });
    expect(JSON.stringify(row)).not.toContain(idNumber);
    expect(JSON.stringify(row)).not.toContain('13812345678');
    const history = await t.http.get(`/api/v1/elders/${elder.id}/history`).set('Authorization', worker);
    expect((history.body as { action: string }[]).map((entry) => entry.action).sort()).toEqual([
      'CARD_ISSUED',
      'ELDER_REGISTERED',
    ]);
    expect(JSON.stringify(history.body)).not.toContain(idNumber);
  });

  it('finds an elder by full ID number through the blind index, and by card number', async () => {
    const { idNumber, elder } = await register({ name: '李桂芳' });
    const byId = await t.http.get(`/api/v1/elders?q=${idNumber.toLowerCase()}`).set('Authorization', district);
    expect((byId.body.items as { id: string }[]).map((item) => item.id)).toEqual([elder.id]);
    const byCard = await t.http.get(`/api/v1/elders?q=${elder.cards[0]!.cardNumber}`).set('Authorization', district);
    expect((byCard.body.items as { id: string }[]).map((item) => item.id)).toEqual([elder.id]);
  });

  it.each([
    ['a wrong check digit', (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1'), 'ELDER_ID_NUMBER_INVALID', 'CHECKSUM'],
    ['the wrong length', (id: string) => id.slice(0, 15), 'ELDER_ID_NUMBER_INVALID', 'LENGTH'],
  ])('refuses %s with 422 and writes nothing', async (_label, mangle, code, constraint) => {
    const before = await t.dataSource.manager.count(ElderEntity);
    const response = await t.http
      .post('/api/v1/elders')
      .set('Authorization', worker)
      .send({
        name: '王五',
        idNumber: mangle(newResidentId(randomElderBirthDate())),
        registeredRegionCode: '530112',
        residentRegionCode: home.community,
        address: '幸福路2号',
      });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code, details: [{ field: 'idNumber', constraint }] });
    expect(await t.dataSource.manager.count(ElderEntity)).toBe(before);
  });

  it('refuses someone under 60, a second registration of the same person, and an unknown community', async () => {
    const young = await t.http.post('/api/v1/elders').set('Authorization', worker).send({
      name: '年轻人',
      idNumber: newResidentId('1990-05-05'),
      registeredRegionCode: '530112',
      residentRegionCode: home.community,
      address: '幸福路3号',
    });
    expect(young.body.code).toBe('ELDER_TOO_YOUNG');

    const { idNumber } = await register();
    const twice = await t.http.post('/api/v1/elders').set('Authorization', worker).send({
      name: '张秀华',
      idNumber,
      registeredRegionCode: '530112',
      residentRegionCode: home.community,
      address: '幸福路1号',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ELDER_ALREADY_REGISTERED');

    const nowhere = await t.http.post('/api/v1/elders').set('Authorization', district).send({
      name: '赵六',
      idNumber: newResidentId(randomElderBirthDate()),
      registeredRegionCode: '530112',
      residentRegionCode: `${home.street}999`,
      address: '幸福路4号',
    });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.details).toEqual([{ field: 'residentRegionCode', constraint: 'knownCommunity' }]);
  });

  it('keeps elders of one district out of another district’s sight', async () => {
    const { elder } = await register();
    const list = await t.http.get('/api/v1/elders?pageSize=200').set('Authorization', otherDistrict);
    expect((list.body.items as { id: string }[]).map((item) => item.id)).not.toContain(elder.id);
    const read = await t.http.get(`/api/v1/elders/${elder.id}`).set('Authorization', otherDistrict);
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('OUT_OF_SCOPE');
  });

  it('gives categories effect only when someone else approves them', async () => {
    const { elder } = await register();
    const proposed = await t.http
      .post(`/api/v1/elders/${elder.id}/categories`)
      .set('Authorization', street)
      .send({ category: 'DIBAO', source: '区民政局低保名册', evidenceNote: '低保证 001', validFrom: '2026-01-01' });
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('PENDING');
    const pending = await t.http.get(`/api/v1/elders/${elder.id}`).set('Authorization', street);
    expect(pending.body.categories).toEqual([]);

    const byWorker = await t.http.post(`/api/v1/approvals/CATEGORY/${proposed.body.id}/approve`).set('Authorization', worker);
    expect(byWorker.status).toBe(403);
    const own = await t.http.post(`/api/v1/approvals/CATEGORY/${proposed.body.id}/approve`).set('Authorization', street);
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('APPROVAL_OWN_PROPOSAL');
    const foreign = await t.http
      .post(`/api/v1/approvals/CATEGORY/${proposed.body.id}/approve`)
      .set('Authorization', otherDistrict);
    expect(foreign.status).toBe(403);

    const queue = await t.http.get('/api/v1/approvals?subject=CATEGORY').set('Authorization', district);
    expect((queue.body.items as { id: string }[]).map((item) => item.id)).toContain(proposed.body.id);

    const approved = await t.http.post(`/api/v1/approvals/CATEGORY/${proposed.body.id}/approve`).set('Authorization', district);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', summary: { category: 'DIBAO' } });
    const again = await t.http.post(`/api/v1/approvals/CATEGORY/${proposed.body.id}/approve`).set('Authorization', district);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPROVAL_NOT_PENDING');

    const effective = await t.http.get(`/api/v1/elders/${elder.id}`).set('Authorization', street);
    expect(effective.body.categories).toEqual(['DIBAO']);
    const stats = await t.http.get(`/api/v1/elders/stats?regionCode=${home.county}`).set('Authorization', district);
    expect(stats.body.byCategory).toEqual(expect.arrayContaining([{ category: 'DIBAO', count: expect.any(Number) }]));
  });

  it('records assessments, and rejects with a reason', async () => {
    const { elder } = await register();
    const proposed = await t.http.post(`/api/v1/elders/${elder.id}/assessments`).set('Authorization', worker).send({
      assessorOrg: '昆明市康养评估中心',
      assessedOn: '2026-10-10',
      grade: 'MODERATE',
      reportRef: 'PG-1',
      validUntil: '2027-10-09',
    });
    expect(proposed.status).toBe(201);
    const rejected = await t.http
      .post(`/api/v1/approvals/ASSESSMENT/${proposed.body.id}/reject`)
      .set('Authorization', street)
      .send({ reason: '报告缺页' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', rejectionReason: '报告缺页' });
    const detail = await t.http.get(`/api/v1/elders/${elder.id}`).set('Authorization', street);
    expect(detail.body.assessmentGrade).toBeNull();
  });

  it('shows lapsed elders on the worklist, tells the kiosk, and clears on re-verification', async () => {
    const { elder } = await register();
    await t.dataSource.manager.update(ElderEntity, { id: elder.id }, { verifiedOn: '2024-01-01', reviewDueOn: '2025-01-01' });
    const lapsed = await t.http.get(`/api/v1/elders?review=LAPSED&pageSize=200`).set('Authorization', district);
    expect((lapsed.body.items as { id: string }[]).map((item) => item.id)).toContain(elder.id);
    const atKiosk = await identify('CARD', elder.cards[0]!.cardNumber);
    expect(atKiosk.body.entitlement).toEqual({ subsidyEligible: false, reviewLapsed: true });

    const verified = await t.http.post(`/api/v1/elders/${elder.id}/verify`).set('Authorization', street).send({ note: '入户核实' });
    expect(verified.body.reviewState).toBe('CURRENT');
    const after = await identify('CARD', elder.cards[0]!.cardNumber);
    expect(after.body.entitlement).toEqual({ subsidyEligible: true, reviewLapsed: false });
  });

  it('identifies at the kiosk by card, QR payload and ID number, revealing no ID number or category', async () => {
    const { idNumber, elder } = await register({ name: '欧阳明华' });
    await t.http
      .post(`/api/v1/elders/${elder.id}/categories`)
      .set('Authorization', worker)
      .send({ category: 'TEKUN', source: '名册', evidenceNote: '', validFrom: '2026-01-01' });
    for (const [method, value] of [
      ['CARD', elder.cards[0]!.cardNumber],
      ['CARD', `XFST:${elder.cards[0]!.cardNumber}`],
      ['ID_NUMBER', idNumber],
    ] as const) {
      const response = await identify(method, value);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        elderId: elder.id,
        maskedName: '欧**华',
        photoUrl: null,
        entitlement: { subsidyEligible: true, reviewLapsed: false },
      });
      expect(JSON.stringify(response.body)).not.toContain(idNumber.slice(6, 14));
      expect(JSON.stringify(response.body)).not.toContain('TEKUN');
    }
    const unknown = await identify('ID_NUMBER', newResidentId(randomElderBirthDate()));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ELDER_NOT_FOUND');
    const junk = await identify('CARD', '123');
    expect(junk.body.code).toBe('ELDER_CARD_INVALID');
  });

  it('stops everything at once for a deceased elder', async () => {
    const { idNumber, elder } = await register();
    const pending = await t.http
      .post(`/api/v1/elders/${elder.id}/categories`)
      .set('Authorization', worker)
      .send({ category: 'LIVES_ALONE', source: '走访', evidenceNote: '', validFrom: '2026-01-01' });
    const marked = await t.http
      .post(`/api/v1/elders/${elder.id}/status`)
      .set('Authorization', worker)
      .send({ status: 'DECEASED', effectiveOn: '2026-11-20', reason: '家属告知' });
    expect(marked.status).toBe(200);
    expect(marked.body.status).toBe('DECEASED');
    expect((marked.body.cards as { status: string }[]).every((card) => card.status === 'BLOCKED')).toBe(true);
    expect(marked.body.categoryRecords).toEqual([
      expect.objectContaining({ id: pending.body.id, status: 'REJECTED', rejectionReason: 'ELDER_DECEASED' }),
    ]);
    expect((await identify('CARD', elder.cards[0]!.cardNumber)).body.code).toBe('ELDER_DECEASED');
    expect((await identify('ID_NUMBER', idNumber)).body.code).toBe('ELDER_DECEASED');

    const suspendByWorker = await t.http
      .post(`/api/v1/elders/${elder.id}/status`)
      .set('Authorization', worker)
      .send({ status: 'ACTIVE', effectiveOn: '2026-11-21', reason: '误报' });
    expect(suspendByWorker.status).toBe(403);
  });

  it('blocks a lost card and issues a new one', async () => {
    const { elder } = await register();
    const replaced = await t.http
      .post(`/api/v1/elders/${elder.id}/cards/replace`)
      .set('Authorization', worker)
      .send({ reason: 'LOST' });
    expect(replaced.status).toBe(200);
    expect(replaced.body.cardNumber).not.toBe(elder.cards[0]!.cardNumber);
    expect((await identify('CARD', elder.cards[0]!.cardNumber)).body.code).toBe('ELDER_CARD_BLOCKED');
    expect((await identify('CARD', replaced.body.cardNumber)).status).toBe(200);
  });

  it('shows the full identity only to permitted roles and records every read', async () => {
    const { idNumber, elder } = await register();
    const byWorker = await t.http.get(`/api/v1/elders/${elder.id}/identity`).set('Authorization', worker);
    expect(byWorker.status).toBe(403);
    const byOfficial = await t.http.get(`/api/v1/elders/${elder.id}/identity`).set('Authorization', street);
    expect(byOfficial.body).toEqual({ idNumber, phone: '13812345678' });
    const reads = await t.dataSource.manager.countBy(AuditEntryEntity, { entityId: elder.id, action: 'ELDER_IDENTITY_READ' });
    expect(reads).toBe(1);
  });

  it('imports a roll: reports every bad row, writes only the good ones, and knows them the second time', async () => {
    const good = newResidentId(randomElderBirthDate());
    const rows = [
      { rowNumber: 2, name: '导入一', idNumber: good, residentRegionCode: home.community, address: '名册路1号', categories: '低保、独居' },
      { rowNumber: 3, name: '导入二', idNumber: good.slice(0, 17) + (good[17] === '1' ? '2' : '1'), residentRegionCode: home.community, address: '名册路2号' },
      { rowNumber: 4, name: '导入三', idNumber: good, residentRegionCode: home.community, address: '名册路3号' },
      { rowNumber: 5, name: '导入四', idNumber: newResidentId(randomElderBirthDate()), residentRegionCode: '999999999999', address: '名册路4号' },
      { rowNumber: 6, name: '导入五', idNumber: newResidentId(randomElderBirthDate()), residentRegionCode: home.community, address: '名册路5号', categories: '富裕' },
      { rowNumber: 7, name: '', idNumber: newResidentId(randomElderBirthDate()), residentRegionCode: other.community, address: '名册路6号' },
    ];
    const dryRun = await t.http.post('/api/v1/elders/import/validate').set('Authorization', district).send({ rows });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.created).toBe(0);
    expect(dryRun.body.rows).toEqual([
      { rowNumber: 2, outcome: 'VALID', problems: [] },
      { rowNumber: 3, outcome: 'INVALID', problems: [{ field: 'idNumber', reason: 'CHECKSUM' }] },
      { rowNumber: 4, outcome: 'DUPLICATE', problems: [{ field: 'idNumber', reason: 'DUPLICATE_IN_FILE' }] },
      { rowNumber: 5, outcome: 'INVALID', problems: [{ field: 'residentRegionCode', reason: 'UNKNOWN_REGION' }] },
      { rowNumber: 6, outcome: 'INVALID', problems: [{ field: 'categories', reason: 'UNKNOWN_CATEGORY' }] },
      {
        rowNumber: 7,
        outcome: 'INVALID',
        problems: [
          { field: 'name', reason: 'REQUIRED' },
          { field: 'residentRegionCode', reason: 'OUT_OF_SCOPE' },
        ],
      },
    ]);
    const committed = await t.http.post('/api/v1/elders/import/commit').set('Authorization', district).send({ rows });
    expect(committed.body.created).toBe(1);
    expect(committed.body.rows[0]).toEqual({ rowNumber: 2, outcome: 'CREATED', problems: [] });
    const found = await t.http.get(`/api/v1/elders?q=${good}`).set('Authorization', district);
    expect(found.body.items).toEqual([expect.objectContaining({ name: '导入一', categories: ['DIBAO', 'LIVES_ALONE'] })]);

    const again = await t.http.post('/api/v1/elders/import/commit').set('Authorization', district).send({ rows: [rows[0]] });
    expect(again.body).toEqual({
      created: 0,
      rows: [{ rowNumber: 2, outcome: 'DUPLICATE', problems: [{ field: 'idNumber', reason: 'ALREADY_REGISTERED' }] }],
    });
  });

  it('keeps a verifiable audit chain and names the first tampered entry', async () => {
    const audit = t.app.get(AuditService);
    const before = await audit.verifyChain();
    expect(before).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(before.checked).toBeGreaterThan(10);
    const [victim] = await t.dataSource.manager.find(AuditEntryEntity, { where: { chain: 'main' }, order: { seq: 'ASC' }, skip: 3, take: 1 });
    if (!victim) throw new Error('expected audit entries');
    await t.dataSource.manager.update(AuditEntryEntity, { chain: 'main', seq: victim.seq }, { actorName: '篡改者' });
    await expect(audit.verifyChain()).resolves.toMatchObject({ ok: false, brokenChain: 'main', firstBrokenSeq: victim.seq });
    await t.dataSource.manager.update(AuditEntryEntity, { chain: 'main', seq: victim.seq }, { actorName: victim.actorName });
    await expect(audit.verifyChain()).resolves.toMatchObject({ ok: true });
  });
});
