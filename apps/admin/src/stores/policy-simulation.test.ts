import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { simulateSubsidyPolicyApi } from '@/api/subsidy-policies';
import type { PolicySimulationDto } from '@/api/types';
import { isSimulationPeriod, lastFullMonth, usePolicySimulationStore } from './policy-simulation';

vi.mock('@/api/subsidy-policies', () => ({ simulateSubsidyPolicyApi: vi.fn() }));

const breakdown = { totalSubsidyFen: 1000, byTier: [], bySource: [], byCanteen: [] };
const RESULT: PolicySimulationDto = {
  policyId: 'p1',
  regionCode: '530112',
  version: 2,
  from: '2026-10-01',
  to: '2026-10-31',
  orders: 12,
  elders: 5,
  ordersChanged: 3,
  actual: breakdown,
  simulated: { ...breakdown, totalSubsidyFen: 1500 },
};

describe('simulation periods', () => {
  it('should default to the last full calendar month', () => {
    expect(lastFullMonth('2026-12-01')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(lastFullMonth('2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(lastFullMonth('2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('should accept at most 92 days counting both ends, and never an end before the start', () => {
    expect(isSimulationPeriod({ from: '2026-01-01', to: '2026-04-02' })).toBe(true);
    expect(isSimulationPeriod({ from: '2026-01-01', to: '2026-04-03' })).toBe(false);
    expect(isSimulationPeriod({ from: '2026-01-02', to: '2026-01-01' })).toBe(false);
    expect(isSimulationPeriod({ from: '2026-01-01', to: '2026-01-01' })).toBe(true);
  });
});

describe('usePolicySimulationStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(simulateSubsidyPolicyApi).mockReset();
  });

  it('should run a version over the chosen period, or the API default without one', async () => {
    vi.mocked(simulateSubsidyPolicyApi).mockResolvedValue(RESULT);
    const sut = usePolicySimulationStore();

    await sut.run('p1', { from: '2026-10-01', to: '2026-10-31' });
    await sut.run('p1', null);

    expect(vi.mocked(simulateSubsidyPolicyApi).mock.calls).toEqual([
      ['p1', { from: '2026-10-01', to: '2026-10-31' }],
      ['p1', {}],
    ]);
    expect(sut.result?.ordersChanged).toBe(3);
    expect(sut.loading).toBe(false);
  });

  it('should keep the answer of the newest run when an older one answers last', async () => {
    let answerOld: (result: PolicySimulationDto) => void = () => undefined;
    vi.mocked(simulateSubsidyPolicyApi)
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce({ ...RESULT, version: 3 });
    const sut = usePolicySimulationStore();

    const older = sut.run('p1', null);
    await sut.run('p2', null);
    answerOld(RESULT);
    await older;

    expect(sut.result?.version).toBe(3);
  });

  it('should show why a simulation was refused and clear an older result', async () => {
    vi.mocked(simulateSubsidyPolicyApi).mockResolvedValueOnce(RESULT);
    vi.mocked(simulateSubsidyPolicyApi).mockRejectedValueOnce(new ApiError(422, { code: ErrorCode.POLICY_INVALID, message: 'bad' }));
    const sut = usePolicySimulationStore();
    await sut.run('p1', null);

    await sut.run('p1', null);

    expect(sut.result).toBeNull();
    expect(sut.errorCode).toBe(ErrorCode.POLICY_INVALID);
    sut.$reset();
    expect(sut.errorCode).toBeNull();
  });
});
