import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { mount } from '@vue/test-utils';
import { ElMessage } from 'element-plus';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { i18n, setLocale } from '@/locales';
import zhCN from '@/locales/zh-CN.json';
import { type ListExportOptions, useListExport } from './use-list-export';

vi.mock('element-plus', () => ({ ElMessage: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

/** The composable inside a component, where it finds i18n. */
function setUp<Row>(options: ListExportOptions<Row>) {
  let sut!: ReturnType<typeof useListExport<Row>>;
  mount(
    defineComponent({
      setup() {
        sut = useListExport(options);
        return () => null;
      },
    }),
    { global: { plugins: [i18n] } },
  );
  return sut;
}

describe(useListExport.name, () => {
  beforeEach(() => {
    vi.clearAllMocks();
    setLocale('zh-CN');
  });

  it('should fetch the rows, write them and say how many, showing progress while it runs', async () => {
    const progress: string[] = [];
    const write = vi.fn(async () => {});
    const sut = setUp<number>({
      fetchRows: async (onProgress) => {
        onProgress(100, 150);
        progress.push(sut.exportProgress.value);
        onProgress(150, 150);
        progress.push(sut.exportProgress.value);
        expect(sut.exporting.value).toBe(true);
        return [1, 2, 3];
      },
      write,
      exportedMessage: (count) => `exported ${count}`,
    });

    await sut.exportAll();

    expect(progress).toEqual(['100/150', '150/150']);
    expect(write).toHaveBeenCalledWith([1, 2, 3]);
    expect(ElMessage.success).toHaveBeenCalledWith('exported 3');
    expect(sut.exporting.value).toBe(false);
    expect(sut.exportProgress.value).toBe('');
  });

  it('should show the translated error and write nothing when fetching fails', async () => {
    const write = vi.fn(async () => {});
    const sut = setUp<number>({
      fetchRows: async (onProgress) => {
        onProgress(100, 300);
        throw new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'down' });
      },
      write,
      exportedMessage: (count) => `exported ${count}`,
    });

    await sut.exportAll();

    expect(write).not.toHaveBeenCalled();
    expect(ElMessage.success).not.toHaveBeenCalled();
    expect(ElMessage.error).toHaveBeenCalledWith(expect.objectContaining({ message: zhCN.errors.NETWORK_ERROR }));
    expect(sut.exporting.value).toBe(false);
    expect(sut.exportProgress.value).toBe('');
  });
});
