/**
 * The installation page's one seam to the platform: request templates (fdk/install-port.ts implements it over
 * the FDK client; tests pass a fake). The page makes no other platform call: the stored settings come in through
 * getConfigs(configs) and go out through postConfigs(), both called by the platform.
 */

/** How a template call ended, resolved or rejected (the body stays a string): https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/advanced-interfaces/request-method/ */
export interface TemplateOutcome {
  /** The service answered 2xx/3xx (the platform resolved). */
  ok: boolean;
  /** HTTP status; 0 when the platform itself could not be reached. */
  status: number;
  headers: Readonly<Record<string, string>>;
  response: string;
  /** On rejections: "PLATFORM" (connection, timeout, invalid host, rate limit) or "APP" (the service's answer). */
  errorSource?: 'APP' | 'PLATFORM';
}

export interface InstallPort {
  /** Never rejects: a rejection comes back as an outcome with `ok: false`. */
  invokeTemplate(name: string, context: Readonly<Record<string, string>>): Promise<TemplateOutcome>;
}

/** The request templates the page uses (config/requests.json, "installCheck…"). */
export const TEMPLATES = {
  /** GET https://<context.host>/health — any Simpli service, no key. */
  simpliHealth: 'installCheckSimpliHealth',
  /** GET https://<context.host>/api/v1/styles with X-API-Key from context (the key as typed). */
  simpliKey: 'installCheckSimpliKey',
  /** The same with the stored key (editing, key not typed again). */
  simpliKeySaved: 'installCheckSimpliKeySaved',
  /** GET https://<context.freshdesk_subdomain>.freshdesk.com/api/v2/groups with the key from context. */
  freshdeskGroups: 'installCheckFreshdeskGroups',
  /** The same with the stored key. */
  freshdeskGroupsSaved: 'installCheckFreshdeskGroupsSaved',
} as const;
