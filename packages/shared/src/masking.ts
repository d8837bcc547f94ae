/** How personal data is shown: enough to recognise, never enough to use. */

/** 530112194003151234 → 5301**********123X style: first 4 and last 4 kept. */
export function maskResidentId(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 13812345678 → 138****5678; shorter numbers keep their last 2 only. */
export function maskPhone(phone: string): string {
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length <= 2) return '*'.repeat(phone.length);
  return `${'*'.repeat(phone.length - 2)}${phone.slice(-2)}`;
}

/** 张三 → 张*, 张三华 → 张*华, 欧阳明华 → 欧**华: first and (for 3+) last character kept. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
