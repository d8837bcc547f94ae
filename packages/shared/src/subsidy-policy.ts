/**
 * Subsidy policies: a versioned JSON document per district, validated by a schema that rejects unknown
 * fields so a typo never silently means "no limit". Amounts are configuration (DOMAIN.md: the policy
 * texts give none); the engine that applies them is in subsidy-engine.ts.
 */
import { z } from 'zod';
import { ASSESSMENT_GRADES, ELDER_CATEGORIES } from './elders.js';
import { MEAL_SLOTS } from './meal-slots.js';
import { BASIS_POINTS_WHOLE } from './money.js';

export const ORDER_CHANNELS = ['DINE_IN', 'DELIVERY'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export const FUNDING_SOURCES = ['PROVINCE', 'CITY', 'DISTRICT', 'WELFARE_LOTTERY'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

const fen = z.number().int().min(0).max(10_000_000);

const tierCondition = z
  .object({
    minAge: z.number().int().min(0).max(150).optional(),
    maxAge: z.number().int().min(0).max(150).optional(),
    categoriesAny: z.array(z.enum(ELDER_CATEGORIES as [string, ...string[]])).min(1).optional(),
    gradesAny: z.array(z.enum(ASSESSMENT_GRADES as [string, ...string[]])).min(1).optional(),
  })
  .strict()
  .refine((when) => when.minAge === undefined || when.maxAge === undefined || when.minAge <= when.maxAge, {
    message: 'minAge must not exceed maxAge',
    path: ['maxAge'],
  });

const benefit = z.discriminatedUnion('type', [
  z.object({ type: z.literal('FREE') }).strict(),
  z.object({ type: z.literal('FIXED'), fen }).strict(),
  z.object({ type: z.literal('PERCENT'), percent: z.number().int().min(1).max(100), maxFen: fen.optional() }).strict(),
]);

export const subsidyPolicySchema = z
  .object({
    tiers: z
      .array(
        z
          .object({
            code: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/),
            label: z.string().max(64).optional(),
            when: tierCondition,
            benefit,
          })
          .strict(),
      )
      .min(1)
      .max(20)
      .refine((tiers) => new Set(tiers.map((tier) => tier.code)).size === tiers.length, { message: 'tier codes must be unique' }),
    limits: z
      .object({
        mealsPerDay: z.number().int().min(0).max(10),
        mealsPerSlot: z.number().int().min(0).max(10),
        monthlyCapFen: fen,
      })
      .strict(),
    slots: z.array(z.enum(MEAL_SLOTS as [string, ...string[]])).min(1),
    channels: z.array(z.enum(ORDER_CHANNELS)).min(1),
    minSelfPayFen: fen,
    deliverySubsidyFen: fen,
    funding: z
      .array(z.object({ source: z.enum(FUNDING_SOURCES), bp: z.number().int().min(0).max(BASIS_POINTS_WHOLE) }).strict())
      .min(1)
      .refine((parts) => parts.reduce((sum, part) => sum + part.bp, 0) === BASIS_POINTS_WHOLE, {
        message: `funding bp must sum to ${BASIS_POINTS_WHOLE}`,
      })
      .refine((parts) => new Set(parts.map((part) => part.source)).size === parts.length, {
        message: 'each funding source once',
      }),
  })
  .strict();

export type SubsidyPolicy = z.infer<typeof subsidyPolicySchema>;
export type SubsidyTier = SubsidyPolicy['tiers'][number];

export interface PolicyProblem {
  /** Dotted path of the offending field, e.g. `tiers.0.benefit.fen`. */
  field: string;
  message: string;
}

/** Validates a policy document; returns the typed policy or every problem with its path. */
export function parseSubsidyPolicy(document: unknown): { ok: true; policy: SubsidyPolicy } | { ok: false; problems: PolicyProblem[] } {
  const result = subsidyPolicySchema.safeParse(document);
  if (result.success) return { ok: true, policy: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : ''),
      message: issue.message,
    })),
  };
}
