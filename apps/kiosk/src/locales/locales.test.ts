import { ErrorCode, SubsidyReason } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

type Messages = { [key: string]: string | Messages };

function flatKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`),
  );
}

function unsortedObjects(messages: Messages, path = '<root>'): string[] {
  const keys = Object.keys(messages);
  const sorted = [...keys].sort();
  const here = keys.join() === sorted.join() ? [] : [path];
  return [
    ...here,
    ...Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [] : unsortedObjects(value, `${path}.${key}`),
    ),
  ];
}

/** Every `t('literal.key')` in the app's source (dynamic keys are covered by the namespace checks below). */
function literalKeysInSource(): string[] {
  const sources = import.meta.glob<string>(['/src/**/*.ts', '/src/**/*.vue', '!/src/**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const keys = new Set<string>();
  for (const source of Object.values(sources)) {
    for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) keys.add(match[1]!);
  }
  return [...keys];
}

const locales = { 'zh-CN': zhCN as Messages, 'en-US': enUS as Messages };

describe('locales', () => {
  it.each(Object.entries(locales))('%s has its keys sorted', (_, messages) => {
    expect(unsortedObjects(messages)).toEqual([]);
  });

  it('en-US has exactly the keys of zh-CN', () => {
    expect(flatKeys(locales['en-US']).sort()).toEqual(flatKeys(locales['zh-CN']).sort());
  });

  it.each(Object.entries(locales))('%s translates every ErrorCode', (_, messages) => {
    const errorKeys = flatKeys(messages).filter((key) => key.startsWith('errors.'));
    expect(errorKeys.sort()).toEqual(Object.values(ErrorCode).map((code) => `errors.${code}`).sort());
  });

  it.each(Object.entries(locales))('%s explains every SubsidyReason', (_, messages) => {
    const reasonKeys = flatKeys(messages).filter((key) => key.startsWith('subsidyReasons.'));
    expect(reasonKeys.sort()).toEqual(Object.values(SubsidyReason).map((reason) => `subsidyReasons.${reason}`).sort());
  });

  it.each(Object.entries(locales))('%s never names a category or tier in what an elder reads about subsidies', (_, messages) => {
    const namespaces = ['subsidyReasons', 'review', 'ticket', 'pay'];
    const texts = (node: Messages | string | undefined): string[] =>
      typeof node === 'string' ? [node] : node ? Object.values(node).flatMap(texts) : [];
    const subsidyTexts = namespaces.flatMap((name) => texts(messages[name])).join('\n');
    for (const word of ['特困', '低保', '经济困难', '高龄', '失能', '等级', 'poverty', 'tier', 'category', 'low-income']) {
      expect(subsidyTexts.toLowerCase()).not.toContain(word);
    }
  });

  it.each(Object.entries(locales))('%s has no empty message', (_, messages) => {
    const flat = flatKeys(messages);
    const empty = flat.filter((key) => {
      const value = key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part]!, messages);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('has a message for every literal key the source uses', () => {
    const known = new Set(flatKeys(locales['zh-CN']));
    const used = literalKeysInSource();
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
