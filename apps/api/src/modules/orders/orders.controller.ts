import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, StaffActor } from '../../common/auth/actor.js';
import { CurrentActor, CurrentStaff, DeviceOrStaffAuth, Roles } from '../../common/auth/auth.decorators.js';
import { parseId } from '../../common/parse-id.pipe.js';
import {
  CancelOrderDto,
  ListOrdersQueryDto,
  OrderDetailDto,
  OrderDto,
  OrderPageDto,
  OrderPaymentInputDto,
  OrderQuoteDto,
  PlaceOrderDto,
  QuoteOrderDto,
} from './dto/order.dto.js';
import { ORDER_PLACER_ROLES, ORDER_READER_ROLES } from './order-roles.js';
import { OrdersService } from './orders.service.js';

@ApiTags('orders')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Device-Token', required: false, description: 'A kiosk sends its device token instead of a bearer token' })
@Controller('v1/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post('quote')
  @HttpCode(HttpStatus.OK)
  @DeviceOrStaffAuth()
  @Roles(...ORDER_PLACER_ROLES)
  @ApiOperation({ summary: 'What an order would cost: total, 政府补贴 and what is left to pay (nothing written)', operationId: 'quoteOrder' })
  @ApiOkResponse({ type: OrderQuoteDto })
  quoteOrder(@CurrentActor() actor: Actor, @Body() dto: QuoteOrderDto): Promise<OrderQuoteDto> {
    return this.orders.quote(actor, dto);
  }

  @Post()
  @DeviceOrStaffAuth()
  @Roles(...ORDER_PLACER_ROLES)
  @ApiOperation({
    summary: 'Place an order (201); the same idempotency key and body again answers the same order (200)',
    operationId: 'placeOrder',
  })
  @ApiCreatedResponse({ type: OrderDto })
  @ApiOkResponse({ type: OrderDto, description: 'A retry: the order this key already made' })
  async placeOrder(
    @CurrentActor() actor: Actor,
    @Body() dto: PlaceOrderDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrderDto> {
    const placed = await this.orders.place(actor, dto);
    if (!placed.created) response.status(HttpStatus.OK);
    return placed.order;
  }

  @Get()
  @Roles(...ORDER_READER_ROLES)
  @ApiOperation({ summary: 'Orders of the canteens and elders in your scope, newest first', operationId: 'listOrders' })
  @ApiOkResponse({ type: OrderPageDto })
  listOrders(@CurrentStaff() actor: StaffActor, @Query() query: ListOrdersQueryDto): Promise<OrderPageDto> {
    return this.orders.list(actor, query);
  }

  @Get(':id')
  @DeviceOrStaffAuth()
  @Roles(...ORDER_READER_ROLES)
  @ApiOperation({ summary: 'One order, with its status changes (who, when, why) for staff', operationId: 'getOrder' })
  @ApiOkResponse({ type: OrderDetailDto })
  getOrder(@CurrentActor() actor: Actor, @Param('id', parseId('id')) id: string): Promise<OrderDetailDto> {
    return this.orders.get(actor, id);
  }

  @Post(':id/pay')
  @HttpCode(HttpStatus.OK)
  @DeviceOrStaffAuth()
  @Roles(...ORDER_PLACER_ROLES)
  @ApiOperation({ summary: 'Mark a placed order paid (PLACED → PAID)', operationId: 'payOrder' })
  @ApiOkResponse({ type: OrderDetailDto })
  payOrder(
    @CurrentActor() actor: Actor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: OrderPaymentInputDto,
  ): Promise<OrderDetailDto> {
    return this.orders.pay(actor, id, dto.method);
  }

  @Post(':id/serve')
  @HttpCode(HttpStatus.OK)
  @Roles(...ORDER_PLACER_ROLES)
  @ApiOperation({ summary: 'Hand the meal over (PAID → SERVED)', operationId: 'serveOrder' })
  @ApiOkResponse({ type: OrderDetailDto })
  serveOrder(@CurrentActor() actor: Actor, @Param('id', parseId('id')) id: string): Promise<OrderDetailDto> {
    return this.orders.serve(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @DeviceOrStaffAuth()
  @Roles(...ORDER_PLACER_ROLES)
  @ApiOperation({
    summary: 'Cancel before serving: the ledger is reversed, the meal, subsidy, budget and portions given back',
    operationId: 'cancelOrder',
  })
  @ApiOkResponse({ type: OrderDetailDto })
  cancelOrder(
    @CurrentActor() actor: Actor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: CancelOrderDto,
  ): Promise<OrderDetailDto> {
    return this.orders.cancel(actor, id, dto.reason);
  }
}
