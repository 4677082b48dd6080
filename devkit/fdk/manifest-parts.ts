import { entriesOf, isObject, objectAt, type JsonObject } from './json';

/** `[moduleName, moduleBlock]` for every module whose block is an object. */
export function modulesOf(manifest: unknown): [string, JsonObject][] {
  return entriesOf(objectAt(manifest, 'modules')).filter((e): e is [string, JsonObject] => isObject(e[1]));
}

/** `[module, key, value]` for every entry of `modules.*.<section>` (section = location/events/requests/functions). */
export function declared(manifest: unknown, section: string): [string, string, unknown][] {
  return modulesOf(manifest).flatMap(([mod, block]) =>
    entriesOf(block[section]).map(([key, value]): [string, string, unknown] => [mod, key, value]),
  );
}
