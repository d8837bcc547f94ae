export { getKioskDeviceApi, getKioskMenuApi } from './kiosk';
export { setRequestDeviceToken, setRequestLocale } from './request';
export type { KioskDeviceInfoDto, KioskMenuDto, MenuItemDto } from './types';
