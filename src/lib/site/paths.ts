/** "/minsk-2020" → "/minsk-2020/": a base path, or any folder path, ready to have a name appended. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
