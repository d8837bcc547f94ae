import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FUNDING_SOURCES,
  MEAL_SLOTS,
  type MealSlot,
  ORDER_CHANNELS,
  type OrderChannel,
  SubsidyReason,
} from '@canteen/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '#src/common/pagination.js';
import { IsServiceDate } from '#src/common/validators.js';
import { ORDER_STATUSES, type OrderStatus, PAYMENT_METHODS, type PaymentMethod } from '../order.entity.js';

export class OrderElderRefDto {
  @ApiPropertyOptional({ description: 'Elder card number or its QR payload' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cardNo?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'From /kiosk/identify or a staff look-up' })
  @IsOptional()
  @IsUUID()
  elderId?: string;
}

export class OrderItemInputDto {
  @ApiProperty({ format: 'uuid', description: 'A line of the daily menu (MenuItemDto.id)' })
  @IsUUID()
  menuItemId: string;

  @ApiProperty({ minimum: 1, maximum: 20 })
  @IsInt()
  @Min(1)
  @Max(20)
  qty: number;
}

export class OrderDeliveryInputDto {
  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  feeFen: number;
}

export class QuoteOrderDto {
  @ApiPropertyOptional({ type: OrderElderRefDto, nullable: true, description: 'null: a visitor, full price' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrderElderRefDto)
  elder?: OrderElderRefDto | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Staff only; a kiosk orders for its own canteen' })
  @IsOptional()
  @IsUUID()
  canteenId?: string;

  @ApiPropertyOptional({ example: '2026-11-23', description: 'Default: the slot the menu shows now' })
  @IsOptional()
  @IsServiceDate()
  serviceDate?: string;

  @ApiPropertyOptional({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  @IsOptional()
  @IsIn(MEAL_SLOTS)
  slot?: MealSlot;

  @ApiProperty({ enum: ORDER_CHANNELS, enumName: 'OrderChannel' })
  @IsIn(ORDER_CHANNELS)
  channel: OrderChannel;

  @ApiProperty({ type: [OrderItemInputDto] })
  @ValidateNested({ each: true })
  @Type(() => OrderItemInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique((item: OrderItemInputDto) => item.menuItemId)
  items: OrderItemInputDto[];

  @ApiPropertyOptional({ type: OrderDeliveryInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrderDeliveryInputDto)
  delivery?: OrderDeliveryInputDto;
}

export class OrderPaymentInputDto {
  @ApiProperty({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod' })
  @IsIn(PAYMENT_METHODS)
  method: PaymentMethod;
}

export class PlaceOrderDto extends QuoteOrderDto {
  @ApiProperty({ description: 'Made by the client once per order; a retry sends the same key' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{8,64}$/)
  idempotencyKey: string;

  @ApiProperty({ type: OrderPaymentInputDto })
  @ValidateNested()
  @Type(() => OrderPaymentInputDto)
  payment: OrderPaymentInputDto;
}

export class OrderLineDto {
  @ApiProperty({ format: 'uuid' })
  menuItemId: string;

  @ApiProperty({ format: 'uuid' })
  dishId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  priceFen: number;

  @ApiProperty()
  qty: number;

  @ApiProperty()
  lineFen: number;
}

export class FundingPartDto {
  @ApiProperty({ enum: FUNDING_SOURCES, enumName: 'FundingSource' })
  source: string;

  @ApiProperty()
  fen: number;
}

export class OrderQuoteDto {
  @ApiProperty()
  serviceDate: string;

  @ApiProperty({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  slot: MealSlot;

  @ApiProperty({ enum: ORDER_CHANNELS, enumName: 'OrderChannel' })
  channel: OrderChannel;

  @ApiProperty({ type: [OrderLineDto] })
  lines: OrderLineDto[];

  @ApiProperty()
  deliveryFeeFen: number;

  @ApiProperty()
  totalFen: number;

  @ApiProperty({ description: '政府补贴' })
  subsidyFen: number;

  @ApiProperty({ description: 'What the elder pays' })
  payableFen: number;

  @ApiProperty({ enum: Object.values(SubsidyReason), enumName: 'SubsidyReason', isArray: true })
  reasons: SubsidyReason[];
}

export class OrderCanteenDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class OrderDto extends OrderQuoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'A-007' })
  ticketNo: string;

  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' })
  status: OrderStatus;

  @ApiProperty({ type: OrderCanteenDto })
  canteen: OrderCanteenDto;

  @ApiProperty({ type: String, nullable: true, example: '张*华' })
  elderMaskedName: string | null;

  @ApiProperty({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod' })
  paymentMethod: PaymentMethod;

  @ApiProperty({ format: 'date-time' })
  placedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  paidAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  servedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  cancelReason: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Staff only' })
  tierCode: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Staff only' })
  policyVersion: number | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Staff only: the policy version that decided the subsidy' })
  policyId: string | null;

  @ApiProperty({ type: [FundingPartDto], description: 'Staff only (empty for a kiosk)' })
  funding: FundingPartDto[];

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Staff only' })
  elderId: string | null;
}

export class OrderEventDto {
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', nullable: true, description: 'null: the order was placed' })
  fromStatus: OrderStatus | null;

  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' })
  toStatus: OrderStatus;

  @ApiProperty({ enum: ['DEVICE', 'STAFF'] })
  actorKind: 'DEVICE' | 'STAFF';

  @ApiProperty({ description: 'The kiosk or the member of staff' })
  actorName: string;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** One order with who moved it from status to status, when and why (staff; a kiosk gets no events). */
export class OrderDetailDto extends OrderDto {
  @ApiProperty({ type: [OrderEventDto] })
  events: OrderEventDto[];
}

export class OrderPageDto {
  @ApiProperty({ type: [OrderDto] })
  items: OrderDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

export class CancelOrderDto {
  @ApiProperty({ example: '老人临时有事' })
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  reason: string;
}

export class ListOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  canteenId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsServiceDate()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsServiceDate()
  to?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES, enumName: 'OrderStatus' })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ enum: ORDER_CHANNELS, enumName: 'OrderChannel' })
  @IsOptional()
  @IsIn(ORDER_CHANNELS)
  channel?: OrderChannel;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  elderId?: string;

  @ApiPropertyOptional({ description: 'Ticket number' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  q?: string;
}
