import { describe, expect, it } from 'vitest';
import { receiptPageHeightMm, setReceiptPageSize, spokenTicketNo } from './ticket';

describe('spokenTicketNo', () => {
  it('should spell a pickup number one character at a time, without the dash', () => {
    expect(spokenTicketNo('A-007')).toBe('A 0 0 7');
    expect(spokenTicketNo('D-120')).toBe('D 1 2 0');
  });
});

describe('setReceiptPageSize', () => {
  it('should size the printed page to the receipt, once, longer with more dishes', () => {
    setReceiptPageSize(3);
    setReceiptPageSize(6);
    const styles = document.querySelectorAll('#receipt-page-size');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toContain(`size: 58mm ${receiptPageHeightMm(6)}mm`);
    expect(receiptPageHeightMm(6)).toBeGreaterThan(receiptPageHeightMm(3));
  });
});
