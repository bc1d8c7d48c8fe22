/**
 * Reads an nginx configuration back, enough to tell what it sends for a path:
 * which location nginx picks (its documented order: an exact match, else the
 * longest prefix unless a regular expression matches first), that location's
 * add_header lines (or the server's, which a location with its own drops),
 * and the Content-Type from the types block and charset settings.
 */
import { HOST_FILES } from '../../src/lib/site/hosting/file-kinds.ts';
import { headersFor, type HeaderRule } from '../../src/lib/site/security.ts';

export interface Directive {
  readonly name: string;
  readonly args: string[];
  readonly block?: Directive[];
}

function tokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) i++;
    else if (ch === '#') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if ('{};'.includes(ch)) out.push(text[i++] ?? '');
    else if (ch === '"' || ch === "'") {
      let word = '';
      for (i++; i < text.length && text[i] !== ch; i++) {
        // nginx's own escapes in a quoted string; any other backslash stays.
        if (text[i] === '\\' && /["'\\]/.test(text[i + 1] ?? '')) i++;
        word += text[i];
      }
      i++;
      out.push(`\u0000${word}`);
    } else {
      const start = i;
      while (i < text.length && !/[\s{};]/.test(text[i] ?? '')) i++;
      out.push(text.slice(start, i));
    }
  }
  return out;
}

/** The directives of a configuration, blocks nested. */
export function parseNginx(text: string): Directive[] {
  const list = tokens(text);
  let at = 0;
  const unquote = (token: string) => (token.startsWith('\u0000') ? token.slice(1) : token);
  const block = (): Directive[] => {
    const directives: Directive[] = [];
    while (at < list.length && list[at] !== '}') {
      const name = list[at++] ?? '';
      const args: string[] = [];
      while (at < list.length && list[at] !== ';' && list[at] !== '{') args.push(unquote(list[at++] ?? ''));
      if (list[at++] === '{') {
        directives.push({ name, args, block: block() });
        at++;
      } else directives.push({ name, args });
    }
    return directives;
  };
  return block();
}

const all = (directives: readonly Directive[], name: string) => directives.filter((d) => d.name === name);

export interface ServedBy {
  /** How the location was written ("= /404.html", "~ ^/(?:_astro/…)"). */
  readonly location: string;
  readonly internal: boolean;
  readonly returns?: string | undefined;
  readonly headers: Record<string, string>;
}

/** What the first server of a configuration does with a request for `uri`. */
export function servedBy(config: readonly Directive[], uri: string): ServedBy {
  const server = all(config, 'server')[0]?.block;
  if (!server) throw new Error('no server block in the nginx configuration');
  const locations = all(server, 'location').map((d) => {
    const [first = '', second] = d.args;
    return second === undefined
      ? { modifier: '', pattern: first, block: d.block ?? [] }
      : { modifier: first, pattern: second, block: d.block ?? [] };
  });
  const exact = locations.find((l) => l.modifier === '=' && l.pattern === uri);
  const prefix = locations
    .filter((l) => (l.modifier === '' || l.modifier === '^~') && uri.startsWith(l.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length)[0];
  const regex =
    prefix?.modifier === '^~'
      ? undefined
      : locations.find(
          (l) =>
            (l.modifier === '~' || l.modifier === '~*') &&
            new RegExp(l.pattern, l.modifier === '~*' ? 'i' : '').test(uri),
        );
  const chosen = exact ?? regex ?? prefix;
  if (!chosen) throw new Error(`no location of the nginx configuration serves ${uri}`);
  const own = all(chosen.block, 'add_header');
  const headers = Object.fromEntries(
    (own.length ? own : all(server, 'add_header')).map((d) => [d.args[0], d.args[1]]),
  );
  return {
    location: `${chosen.modifier} ${chosen.pattern}`.trim(),
    internal: all(chosen.block, 'internal').length > 0,
    returns: all(chosen.block, 'return')[0]?.args.join(' '),
    headers,
  };
}

/** The Content-Type nginx sends for a file, from the server's types block and charset settings. */
export function contentTypeFor(config: readonly Directive[], file: string): string | undefined {
  const server = all(config, 'server')[0]?.block ?? [];
  const ext = file.includes('.') ? file.slice(file.lastIndexOf('.') + 1) : '';
  const types = all(server, 'types')[0]?.block ?? [];
  const type = types.find((d) => d.args.includes(ext))?.name ?? all(server, 'default_type')[0]?.args[0];
  const charset = all(server, 'charset')[0]?.args[0];
  const withCharset = new Set(['text/html', ...(all(server, 'charset_types')[0]?.args ?? [])]);
  return type && charset && charset !== 'off' && withCharset.has(type) ? `${type}; charset=${charset}` : type;
}

/**
 * Where an nginx configuration and a `_headers` file disagree for the built
 * files (paths relative to dist/): a header one sends and the other does not,
 * or sends with another value. Content-Type is compared where `_headers` sets
 * it; elsewhere the host picks it. The host files themselves are never served.
 */
export function disagreements(
  nginx: readonly Directive[],
  headers: readonly HeaderRule[],
  base: string,
  files: readonly string[],
): string[] {
  return files
    .filter((file) => !(HOST_FILES as readonly string[]).includes(file))
    .flatMap((file) => {
      const path = base + file.replace(/(^|\/)index\.html$/, '$1');
      const host = Object.fromEntries(
        Object.entries(headersFor(headers, path)).map(([name, values]) => [name, values.join(', ')]),
      );
      const { headers: sent, location } = servedBy(nginx, base + file);
      const type = contentTypeFor(nginx, file);
      const names = new Set([...Object.keys(host), ...Object.keys(sent)].filter((n) => n !== 'Content-Type'));
      return [
        ...[...names]
          .filter((name) => host[name] !== sent[name])
          .map(
            (name) =>
              `${path}: ${name} is ${JSON.stringify(host[name])} in _headers, ${JSON.stringify(sent[name])} in nginx (location ${location})`,
          ),
        ...(host['Content-Type'] && host['Content-Type'] !== type
          ? [`${path}: Content-Type is ${host['Content-Type']} in _headers, ${type} in nginx`]
          : []),
      ];
    });
}
