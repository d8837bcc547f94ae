import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from './csv';

describe('parseCsv', () => {
  it('should read plain rows with CRLF or LF line ends', () => {
    expect(parseCsv('姓名,身份证号\r\n张三,530112194003151238\n李四,11010519491231002X\n')).toEqual([
      ['姓名', '身份证号'],
      ['张三', '530112194003151238'],
      ['李四', '11010519491231002X'],
    ]);
  });

  it('should handle quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('地址,备注\n"碧鸡路 1 号,2 栋","他说""你好""\n第二行"')).toEqual([
      ['地址', '备注'],
      ['碧鸡路 1 号,2 栋', '他说"你好"\n第二行'],
    ]);
  });

  it('should drop a leading BOM and keep empty fields', () => {
    expect(parseCsv('\uFEFFa,,c\n,,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('should decode UTF-8, and GB18030 when the bytes are not UTF-8 (Excel on Chinese Windows)', () => {
    expect(decodeText(new TextEncoder().encode('姓名'))).toBe('姓名');
    // 姓名 in GBK.
    expect(decodeText(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]))).toBe('姓名');
  });
});
