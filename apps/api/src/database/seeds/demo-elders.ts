import { addMonths, ELDER_CATEGORIES, ELDER_CATEGORY_LABELS_ZH, residentIdCheckChar } from '@canteen/shared';
import type { ElderImportRowDto } from '../../modules/elders/dto/elder-import.dto.js';

/**
 * A few hundred invented elders for the demo, the same on every machine (a fixed pseudo-random
 * sequence), so the README can name one and the seed stays idempotent. Nobody here is a real person.
 */
export const DEMO_ELDER_COUNT = 320;

/** mulberry32: a tiny deterministic generator, good enough to spread demo data. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '秀华桂英兰芳玉珍凤云建国明志强永福德文光海荣金淑琴春梅丽萍红霞宝昌顺清林平正家树';

/** Age in whole years the demo aims for, spread over every band, with two centenarians. */
function targetAge(index: number, random: () => number): number {
  if (index === 7) return 101;
  if (index === 150) return 100;
  const band = random();
  if (band < 0.2) return 60 + Math.floor(random() * 5);
  if (band < 0.4) return 65 + Math.floor(random() * 5);
  if (band < 0.7) return 70 + Math.floor(random() * 10);
  return 80 + Math.floor(random() * 19);
}

export interface DemoElderPlan {
  row: ElderImportRowDto;
  /** Every 5th has an approved capability assessment. */
  assessed: boolean;
}

/** The import rows of the demo elders, for communities given in order (Xishan first). */
export function demoElderRows(communities: readonly string[], today: string): DemoElderPlan[] {
  const random = generator(20261123);
  const plans: DemoElderPlan[] = [];
  for (let index = 0; index < DEMO_ELDER_COUNT; index += 1) {
    const community = communities[index % 4 === 3 ? Math.floor(random() * communities.length) : index % Math.min(20, communities.length)]!;
    const age = targetAge(index, random);
    const birth = addMonths(today, -12 * age - 1 - Math.floor(random() * 10));
    const sex = random() < 0.55 ? 'F' : 'M';
    const sequence = Math.floor(random() * 450) * 2 + (sex === 'M' ? 1 : 0);
    const first17 = `${community.slice(0, 6)}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    const name =
      SURNAMES[Math.floor(random() * SURNAMES.length)]! +
      GIVEN[Math.floor(random() * GIVEN.length)]! +
      (random() < 0.8 ? GIVEN[Math.floor(random() * GIVEN.length)]! : '');
    // 7 is coprime to the 15 categories and the skip is every 4th: every category appears.
    const category = index % 4 === 2 ? '' : ELDER_CATEGORY_LABELS_ZH[ELDER_CATEGORIES[(index * 7) % ELDER_CATEGORIES.length]!];
    const second = index % 7 === 0 ? '、独居' : '';
    plans.push({
      row: {
        rowNumber: index + 2,
        name,
        idNumber: first17 + residentIdCheckChar(first17),
        phone: `139${String(10_000_000 + Math.floor(random() * 89_999_999)).slice(0, 8)}`,
        residentRegionCode: community,
        address: `${['幸福', '和平', '团结', '光明', '春城'][index % 5]}路${(index % 97) + 1}号`,
        categories: category ? `${category}${second}` : '',
        categoryValidFrom: '2026-01-01',
      },
      assessed: index % 5 === 0,
    });
  }
  return plans;
}
