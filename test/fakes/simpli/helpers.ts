/**
 * Test helpers for the Simpli fakes: an axios client that never throws on a status and keeps the raw body
 * text, because byte-level details (-0.0, 1.0, key order) are part of what the fakes must get right.
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** JSON.parse(text), or undefined when the body is not JSON. */
  json: unknown;
}

export function client(baseURL: string, headers: Record<string, string> = {}): AxiosInstance {
  return axios.create({
    baseURL,
    headers,
    validateStatus: () => true,
    maxRedirects: 0,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
  });
}

function raw(res: AxiosResponse<string>): RawResponse {
  let json: unknown;
  try {
    json = JSON.parse(res.data);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers as Record<string, string>, text: res.data, json };
}

/** POST a JS value as JSON. */
export async function postJson(http: AxiosInstance, path: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(await http.post<string>(path, JSON.stringify(body), { headers: { 'Content-Type': 'application/json', ...headers } }));
}

/**
 * POST a body exactly as given (invalid JSON, odd content types). axios would otherwise "fix" a string that is
 * not valid JSON under a JSON content type by JSON-encoding it into a valid JSON string.
 */
export async function postRaw(http: AxiosInstance, path: string, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(await http.post<string>(path, body, { headers, transformRequest: [(data: unknown) => data] }));
}

export async function get(http: AxiosInstance, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(await http.get<string>(path, { headers }));
}

export async function send(http: AxiosInstance, method: string, path: string): Promise<RawResponse> {
  return raw(await http.request<string>({ method, url: path }));
}

export const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
