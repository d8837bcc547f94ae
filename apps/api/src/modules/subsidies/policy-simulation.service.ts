import { Injectable } from '@nestjs/common';
import { addDays, addMonths, daysBetween, type FundingSource } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { PolicySimulationDto, SimulatePolicyDto, SimulationBreakdownDto } from './dto/subsidy-policy.dto.js';
import { PolicySimulationRepository } from './policy-simulation.repository.js';
import { type Breakdown, simulatePolicy } from './policy-simulator.js';
import { parsePolicyDocument, SubsidyPoliciesService } from './subsidy-policies.service.js';

/** The longest period one simulation may cover: a quarter. */
export const MAX_SIMULATION_DAYS = 92;

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
const lastOfMonth = (date: string) => addDays(addMonths(firstOfMonth(date), 1), -1);

/** The period asked for, or by default the last full calendar month before `today`. */
export function simulationPeriod(dto: SimulatePolicyDto, today: string): { from: string; to: string } {
  const from = dto.from ?? (dto.to ? firstOfMonth(dto.to) : addMonths(firstOfMonth(today), -1));
  const to = dto.to ?? lastOfMonth(from);
  if (to < from) throw DomainException.invalidField('to', 'notBeforeFrom', '`to` is before `from`');
  if (daysBetween(from, to) >= MAX_SIMULATION_DAYS) {
    throw DomainException.invalidField('to', 'maxRange', `A simulation covers at most ${MAX_SIMULATION_DAYS} days`);
  }
  return { from, to };
}

function toBreakdownDto(breakdown: Breakdown): SimulationBreakdownDto {
  return {
    ...breakdown,
    bySource: breakdown.bySource.map((part) => ({ source: part.source as FundingSource, subsidyFen: part.subsidyFen })),
  };
}

/**
 * "What if": runs any version of a district's policy (a draft too) over the real orders of its elders in
 * a period and sets the result beside what was actually granted.
 */
@Injectable()
export class PolicySimulationService {
  constructor(
    private readonly policies: SubsidyPoliciesService,
    private readonly data: PolicySimulationRepository,
  ) {}

  async simulate(actor: StaffActor, id: string, dto: SimulatePolicyDto): Promise<PolicySimulationDto> {
    const policy = await this.policies.readable(actor, id);
    const document = parsePolicyDocument(JSON.parse(policy.document));
    const { from, to } = simulationPeriod(dto, this.policies.today());
    // From the first of the month, so the month's earlier orders fill the elders' monthly usage first.
    const loaded = await this.data.loadPeriod(policy.regionCode, firstOfMonth(from), to);
    const result = simulatePolicy({ policy: document, from, ...loaded });
    return {
      policyId: policy.id,
      regionCode: policy.regionCode,
      version: policy.version,
      from,
      to,
      orders: result.orders,
      elders: result.elders,
      ordersChanged: result.ordersChanged,
      actual: toBreakdownDto(result.actual),
      simulated: toBreakdownDto(result.simulated),
    };
  }
}
