export { identifyElderApi } from './elders';
export { getKioskDeviceApi, getKioskMenuApi } from './kiosk';
export { setRequestDeviceToken, setRequestLocale } from './request';
export type {
  KioskDeviceInfoDto,
  KioskIdentifyDto,
  KioskIdentifyMethod,
  KioskIdentityDto,
  KioskMenuDto,
  MenuItemDto,
} from './types';
