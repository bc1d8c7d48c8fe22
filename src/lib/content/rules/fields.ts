/** Reading parsed YAML by field path ("evidence[1].note"), as the problems name fields. */

/** Every string in parsed YAML, with its field path, in order. */
export function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

/** The value at a field path of parsed YAML, or undefined. */
export function valueAtPath(data: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((key) => key !== undefined && key !== '')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );
}
