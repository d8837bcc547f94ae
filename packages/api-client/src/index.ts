import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
/** A response or request shape by its OpenAPI schema name, e.g. `Schema<'CanteenDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Where the API lives, without the `/api` prefix (the paths carry it): '' for the same origin. */
  baseUrl?: string;
  /** Called before every request: the bearer or device token, the UI language. */
  headers?: () => Record<string, string | undefined>;
  fetch?: typeof globalThis.fetch;
}

/** The error envelope the API answers with; `code` is an ErrorCode from `@canteen/shared`. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string }[];
}

/** Thrown by `unwrap` for any non-2xx answer, and for a network failure (`status` 0, code NETWORK_ERROR). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.body.code;
  }
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  client.use({
    onRequest({ request }) {
      for (const [name, value] of Object.entries(options.headers?.() ?? {})) {
        if (value !== undefined) request.headers.set(name, value);
      }
      return request;
    },
  });
  return client;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError carrying the envelope.
 * `const menu = await unwrap(client.GET('/api/v1/kiosk/menu'))`.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: cause instanceof Error ? cause.message : String(cause) });
  }
  if (result.response.ok) return result.data as T;
  const body = isErrorBody(result.error)
    ? result.error
    : { code: 'INTERNAL', message: `HTTP ${result.response.status}` };
  throw new ApiError(result.response.status, body);
}
