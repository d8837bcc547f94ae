import { AuditEntryEntity } from '../../src/modules/audit/audit-entry.entity.js';
import { bearerFor, createRegionTree, createUser, type RegionTree } from './factories.js';
import { examplePolicyDocument } from './policy-factories.js';
import type { TestApp } from './test-app.js';

export interface District {
  tree: RegionTree;
  /** Two officials of the district: one drafts and submits, the other approves. */
  author: string;
  approver: string;
}

/** Steps the subsidy-policy specs share; `app()` is the suite's running test app. */
export function policyTestKit(app: () => TestApp, today: string) {
  async function newDistrict(): Promise<District> {
    const t = app();
    const tree = await createRegionTree(t.dataSource);
    const [author, approver] = await Promise.all(
      ['起草人', '审批人'].map(async (displayName) =>
        bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', tree.county, { displayName })),
      ),
    );
    return { tree, author: author!, approver: approver! };
  }

  const act = (token: string, id: string, action: 'submit' | 'approve' | 'reject' | 'simulate', body: object = {}) =>
    app().http.post(`/api/v1/subsidy-policies/${id}/${action}`).set('Authorization', token).send(body);
  const patch = (token: string, id: string, body: object) =>
    app().http.patch(`/api/v1/subsidy-policies/${id}`).set('Authorization', token).send(body);

  async function draft(district: District, body: Record<string, unknown> = {}) {
    const response = await app()
      .http.post('/api/v1/subsidy-policies')
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
    const entries = await app().dataSource.manager.find(AuditEntryEntity, { where: { entityId }, order: { seq: 'ASC' } });
    return entries.map((entry) => entry.action);
  };

  return { newDistrict, act, patch, draft, activate, auditActions };
}
