import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { useSyncedRef } from './use-synced-ref';

describe(useSyncedRef.name, () => {
  it('should start from the source and keep local edits until the source changes', async () => {
    const source = ref('a');
    const sut = useSyncedRef(() => source.value);
    expect(sut.value).toBe('a');

    sut.value = 'typed';
    await nextTick();
    expect(sut.value).toBe('typed');
    expect(source.value).toBe('a');

    source.value = 'b';
    await nextTick();
    expect(sut.value).toBe('b');
  });
});
