import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  approveSubsidyPolicyApi,
  createSubsidyPolicyApi,
  getSubsidyPoliciesApi,
  getSubsidyPolicyApi,
  rejectSubsidyPolicyApi,
  submitSubsidyPolicyApi,
  updateSubsidyPolicyApi,
} from '@/api/subsidy-policies';
import type { SubsidyPolicyDto } from '@/api/types';
import { groupByDistrict, policyInForce, useSubsidyPolicyStore } from './subsidy-policy';

vi.mock('@/api/subsidy-policies', () => ({
  getSubsidyPoliciesApi: vi.fn(),
  getSubsidyPolicyApi: vi.fn(),
  createSubsidyPolicyApi: vi.fn(),
  updateSubsidyPolicyApi: vi.fn(),
  submitSubsidyPolicyApi: vi.fn(),
  approveSubsidyPolicyApi: vi.fn(),
  rejectSubsidyPolicyApi: vi.fn(),
}));

function policy(version: number, overrides: Partial<SubsidyPolicyDto> = {}): SubsidyPolicyDto {
  return {
    id: `p0000000-0000-4000-8000-${String(version).padStart(12, '0')}`,
    regionCode: '530112',
    regionName: '西山区',
    version,
    status: 'DRAFT',
    effectiveFrom: '2026-11-01',
    label: `西山区助餐补贴 v${version}（示例）`,
    document: {
      tiers: [{ code: 'AGE_60', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 200 } }],
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 10_000 },
      slots: ['LUNCH'],
      channels: ['DINE_IN'],
      minSelfPayFen: 100,
      deliverySubsidyFen: 0,
      funding: [{ source: 'DISTRICT', bp: 10_000 }],
    },
    createdById: 'u-xishan',
    createdByName: '西山区民政局',
    createdAt: '2026-10-01T02:00:00.000Z',
    submittedById: null,
    submittedByName: null,
    submittedAt: null,
    decidedByName: null,
    decidedAt: null,
    decisionNote: null,
    ...overrides,
  };
}

const ALL_APIS = [
  getSubsidyPoliciesApi,
  getSubsidyPolicyApi,
  createSubsidyPolicyApi,
  updateSubsidyPolicyApi,
  submitSubsidyPolicyApi,
  approveSubsidyPolicyApi,
  rejectSubsidyPolicyApi,
];

describe('policyInForce / groupByDistrict', () => {
  const versions = [
    policy(1, { status: 'ACTIVE', effectiveFrom: '2026-01-01' }),
    policy(2, { status: 'ACTIVE', effectiveFrom: '2026-06-01' }),
    policy(3, { status: 'ACTIVE', effectiveFrom: '2026-06-01' }),
    policy(4, { status: 'ACTIVE', effectiveFrom: '2027-01-01' }),
    policy(5, { status: 'PENDING_APPROVAL', effectiveFrom: '2027-01-01' }),
    policy(6, { status: 'REJECTED' }),
  ];

  it('should pick the latest start on or before the day, the higher version on a tie, never a future one', () => {
    expect(policyInForce(versions, '2026-12-01')?.version).toBe(3);
    expect(policyInForce(versions, '2026-03-01')?.version).toBe(1);
    expect(policyInForce(versions, '2025-12-31')).toBeNull();
  });

  it('should group versions per district, newest first, with what is in force, upcoming and pending', () => {
    const chenggong = policy(1, { id: 'c1', regionCode: '530114', regionName: '呈贡区', status: 'ACTIVE', effectiveFrom: '2026-01-01' });
    const [xishan, other] = groupByDistrict([chenggong, ...versions], '2026-12-01');
    expect(xishan?.versions.map((entry) => entry.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(xishan?.inForce?.version).toBe(3);
    expect(xishan?.upcoming.map((entry) => entry.version)).toEqual([4]);
    expect(xishan?.pending).toBe(1);
    expect(other).toMatchObject({ regionCode: '530114', regionName: '呈贡区' });
  });
});

describe('useSubsidyPolicyStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    for (const api of ALL_APIS) {
      vi.mocked(api).mockReset();
      vi.mocked(api).mockRejectedValue(new Error('unexpected API call'));
    }
  });

  it('should load every version once and group them by district', async () => {
    vi.mocked(getSubsidyPoliciesApi).mockResolvedValue([policy(2), policy(1, { status: 'ACTIVE', effectiveFrom: '2026-01-01' })]);
    const sut = useSubsidyPolicyStore();

    await Promise.all([sut.ensureList(), sut.ensureList()]);
    await sut.ensureList();

    expect(getSubsidyPoliciesApi).toHaveBeenCalledTimes(1);
    expect(sut.districts).toHaveLength(1);
    expect(sut.districts[0]?.inForce?.version).toBe(1);
    expect(sut.versionsOf('530112').map((entry) => entry.version)).toEqual([2, 1]);
  });

  it('should expose the error code when the list cannot be read', async () => {
    vi.mocked(getSubsidyPoliciesApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.FORBIDDEN, message: 'no' }));
    const sut = useSubsidyPolicyStore();

    await sut.fetchList();

    expect(sut.errorCode).toBe(ErrorCode.FORBIDDEN);
    expect(sut.policies).toEqual([]);
  });

  it('should put a new draft into the list and open it', async () => {
    vi.mocked(getSubsidyPoliciesApi).mockResolvedValue([policy(1)]);
    vi.mocked(createSubsidyPolicyApi).mockResolvedValue(policy(2));
    const sut = useSubsidyPolicyStore();
    await sut.fetchList();

    const created = await sut.create({ regionCode: '530112', label: 'v2（示例）', effectiveFrom: '2026-12-01', document: policy(2).document });

    expect(created.version).toBe(2);
    expect(sut.current?.id).toBe(policy(2).id);
    expect(sut.policies.map((entry) => entry.version)).toEqual([2, 1]);
  });

  it('should replace a version in the list and the detail after each step of its approval', async () => {
    vi.mocked(getSubsidyPoliciesApi).mockResolvedValue([policy(1)]);
    vi.mocked(getSubsidyPolicyApi).mockResolvedValue(policy(1));
    vi.mocked(submitSubsidyPolicyApi).mockResolvedValue(policy(1, { status: 'PENDING_APPROVAL', submittedByName: '西山区民政局' }));
    vi.mocked(approveSubsidyPolicyApi).mockResolvedValue(policy(1, { status: 'ACTIVE', decidedByName: '昆明市民政局' }));
    const sut = useSubsidyPolicyStore();
    await sut.fetchList();
    await sut.fetchOne(policy(1).id);

    await sut.submit(policy(1).id);
    expect(sut.current?.status).toBe('PENDING_APPROVAL');
    await sut.approve(policy(1).id, '  ');

    expect(approveSubsidyPolicyApi).toHaveBeenCalledWith(policy(1).id, undefined);
    expect(sut.current?.status).toBe('ACTIVE');
    expect(sut.policies).toHaveLength(1);
    expect(sut.policies[0]?.status).toBe('ACTIVE');
    expect(sut.busy).toBe(false);
  });

  it('should pass the four-eyes refusal on to the page and change nothing', async () => {
    vi.mocked(getSubsidyPolicyApi).mockResolvedValue(policy(1, { status: 'PENDING_APPROVAL' }));
    vi.mocked(approveSubsidyPolicyApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.POLICY_OWN_SUBMISSION, message: 'own' }));
    const sut = useSubsidyPolicyStore();
    await sut.fetchOne(policy(1).id);

    await expect(sut.approve(policy(1).id)).rejects.toMatchObject({ code: ErrorCode.POLICY_OWN_SUBMISSION });

    expect(sut.current?.status).toBe('PENDING_APPROVAL');
    expect(sut.busy).toBe(false);
  });

  it('should send a trimmed note with a rejection and a draft edit as given', async () => {
    vi.mocked(rejectSubsidyPolicyApi).mockResolvedValue(policy(1, { status: 'REJECTED', decisionNote: '标准需再核' }));
    vi.mocked(updateSubsidyPolicyApi).mockResolvedValue(policy(2, { label: '新标签（示例）' }));
    const sut = useSubsidyPolicyStore();

    await sut.reject(policy(1).id, '  标准需再核 ');
    await sut.update(policy(2).id, { label: '新标签（示例）' });

    expect(rejectSubsidyPolicyApi).toHaveBeenCalledWith(policy(1).id, '标准需再核');
    expect(updateSubsidyPolicyApi).toHaveBeenCalledWith(policy(2).id, { label: '新标签（示例）' });
    expect(sut.policies.map((entry) => entry.status)).toEqual(['DRAFT', 'REJECTED']);
  });

  it('should show the error of a version that cannot be opened', async () => {
    vi.mocked(getSubsidyPolicyApi).mockRejectedValue(new ApiError(404, { code: ErrorCode.POLICY_NOT_FOUND, message: 'gone' }));
    const sut = useSubsidyPolicyStore();

    await sut.fetchOne('missing');

    expect(sut.current).toBeNull();
    expect(sut.currentErrorCode).toBe(ErrorCode.POLICY_NOT_FOUND);
  });

  it('should count the versions waiting for someone else’s decision', async () => {
    vi.mocked(getSubsidyPoliciesApi).mockResolvedValue([
      policy(3, { status: 'PENDING_APPROVAL', createdById: 'u-xishan', submittedById: 'u-xishan' }),
      policy(2, { status: 'PENDING_APPROVAL', createdById: 'u-kunming', submittedById: 'u-kunming' }),
      policy(1, { status: 'ACTIVE' }),
    ]);
    const sut = useSubsidyPolicyStore();
    await sut.fetchList();

    expect(sut.pendingFor('u-xishan')).toBe(1);
    expect(sut.pendingFor('u-admin')).toBe(2);
  });

  it('should forget everything on $reset', async () => {
    vi.mocked(getSubsidyPoliciesApi).mockResolvedValue([policy(1)]);
    const sut = useSubsidyPolicyStore();
    await sut.fetchList();

    sut.$reset();

    expect(sut.policies).toEqual([]);
    expect(sut.loaded).toBe(false);
  });
});
