export { identifyElderApi } from './elders';
export { getKioskDeviceApi, getKioskMenuApi, getSubsidyBasisApi } from './kiosk';
export { placeOrderApi, quoteOrderApi } from './orders';
export { setRequestDeviceToken, setRequestLocale } from './request';
export type {
  KioskDeviceInfoDto,
  KioskIdentifyDto,
  KioskIdentifyMethod,
  KioskIdentityDto,
  KioskMenuDto,
  MenuItemDto,
  OrderChannel,
  OrderDto,
  OrderLineDto,
  OrderQuoteDto,
  OrderStatus,
  PaymentMethod,
  PlaceOrderDto,
  QuoteOrderDto,
  SubsidyBasisDto,
} from './types';
