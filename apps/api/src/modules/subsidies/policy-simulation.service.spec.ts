import { DomainException } from '../../common/errors/domain.exception.js';
import { simulationPeriod } from './policy-simulation.service.js';

describe(simulationPeriod.name, () => {
  it.each([
    ['nothing: the last full month', {}, '2026-11-23', { from: '2026-10-01', to: '2026-10-31' }],
    ['nothing in January', {}, '2027-01-01', { from: '2026-12-01', to: '2026-12-31' }],
    ['only from: to the end of its month', { from: '2026-02-10' }, '2026-11-23', { from: '2026-02-10', to: '2026-02-28' }],
    ['only to: from the first of its month', { to: '2026-09-15' }, '2026-11-23', { from: '2026-09-01', to: '2026-09-15' }],
    ['both, a quarter', { from: '2026-07-01', to: '2026-09-30' }, '2026-11-23', { from: '2026-07-01', to: '2026-09-30' }],
  ])('should take %s', (_label, dto, today, expected) => {
    expect(simulationPeriod(dto, today)).toEqual(expected);
  });

  it.each([
    [{ from: '2026-10-02', to: '2026-10-01' }, 'notBeforeFrom'],
    [{ from: '2026-07-01', to: '2026-10-01' }, 'maxRange'],
  ])('should refuse %o (%s)', (dto, constraint) => {
    let caught: unknown;
    try {
      simulationPeriod(dto, '2026-11-23');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainException);
    expect((caught as DomainException).details).toEqual([{ field: 'to', constraint }]);
  });
});
