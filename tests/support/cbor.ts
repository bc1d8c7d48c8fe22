/**
 * A CBOR writer for the tests' Pagefind files: arrays, strings and numbers
 * (negative ones too: Pagefind marks weights and metadata fields with them),
 * in the shortest form, as minicbor writes them.
 */
export function cbor(value: unknown): number[] {
  const head = (major: number, n: number): number[] => {
    // Two bytes at most: the tests' files are small, and a larger count would be written wrongly.
    if (!Number.isInteger(n) || n >= 65536) throw new Error(`no short CBOR head for ${n}`);
    return n < 24
      ? [(major << 5) | n]
      : n < 256
        ? [(major << 5) | 24, n]
        : [(major << 5) | 25, n >> 8, n & 255];
  };
  if (typeof value === 'number') return value < 0 ? head(1, -1 - value) : head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
  throw new Error(`no CBOR for ${String(value)}`);
}

/** A Pagefind file's content once decompressed: its signature, then the value in CBOR. */
export const pagefindContent = (value: unknown): Uint8Array<ArrayBuffer> =>
  Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...cbor(value)]);
