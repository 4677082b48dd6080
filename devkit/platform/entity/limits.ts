/**
 * The entity store's documented limits, and the numbers we chose where the docs give none (docs/platform.md,
 * "Entity store").
 * - ≤ 5 entities per app, ≤ 20 fields per entity; text ≤ 64 characters, paragraph ≤ 2048, integer and float
 *   ≤ 15 digits: https://github.com/freshworks-developers/marketplace/blob/main/skills/app-dev/references/architecture/entity_storage_doc.md
 * - ≤ 10 000 records per entity, ≤ 100 KB per record, 250 operations a minute per installation:
 *   https://developers.freshworks.com/docs/app-sdk/v3.0/task/rate-limits-and-constraints
 *   (the skill doc says "unlimited records"; the rate-limits page's 10 000 is the stricter figure).
 */
export const MAX_ENTITIES = 5;
export const MAX_FIELDS_PER_ENTITY = 20;
export const MAX_TEXT_LENGTH = 64;
export const MAX_PARAGRAPH_LENGTH = 2048;
export const MAX_NUMBER_DIGITS = 15;
export const MAX_RECORDS_PER_ENTITY = 10_000;
export const MAX_RECORD_BYTES = 100 * 1024;
export const ENTITY_OPS_PER_MINUTE = 250;

/**
 * Our choices (docs silent). One getAll page holds 20 records: the smallest page size in use at Freshworks for
 * custom objects (Freshdesk's custom-objects REST API pages 20 by default), so paging cost is never under-counted.
 */
export const ENTITY_PAGE_SIZE = 20;
/** Conditions in one $and / $or. The docs show two; 10 is our strict-but-usable bound. */
export const MAX_QUERY_TERMS = 10;

export const ENTITY_VERSION = 'v1';
