import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { FONT_SIZE_PX, FONT_SIZE_STEPS, useSettingsStore } from './settings';

describe('useSettingsStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('should start in Chinese, standard size, normal contrast, with voice on', () => {
    const sut = useSettingsStore();
    expect(sut.locale).toBe('zh-CN');
    expect(sut.fontSize).toBe('standard');
    expect(sut.highContrast).toBe(false);
    expect(sut.speechEnabled).toBe(true);
  });

  it('should offer three growing text sizes, none below 24 px', () => {
    const sizes = FONT_SIZE_STEPS.map((step) => FONT_SIZE_PX[step]);
    expect(sizes).toHaveLength(3);
    expect(sizes[0]).toBeGreaterThanOrEqual(24);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(new Set(sizes).size).toBe(3);
  });

  it('should return to the defaults on $reset', () => {
    const sut = useSettingsStore();
    sut.setLocale('en-US');
    sut.setFontSize('extraLarge');
    sut.setHighContrast(true);
    sut.setSpeechEnabled(false);

    sut.$reset();

    expect(sut.locale).toBe('zh-CN');
    expect(sut.fontSize).toBe('standard');
    expect(sut.highContrast).toBe(false);
    expect(sut.speechEnabled).toBe(true);
  });
});
