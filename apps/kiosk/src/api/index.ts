export { identifyElderApi } from './elders';
export { getKioskDeviceApi, getKioskMenuApi } from './kiosk';
export { placeOrderApi, quoteOrderApi } from './orders';
export { setRequestDeviceToken, setRequestLocale } from './request';
export type {
  KioskDeviceInfoDto,
  KioskIdentifyDto,
  KioskIdentifyMethod,
  KioskIdentityDto,
  KioskMenuDto,
  MenuItemDto,
  OrderDto,
  OrderLineDto,
  OrderQuoteDto,
  PaymentMethod,
  PlaceOrderDto,
  QuoteOrderDto,
} from './types';
