// Reads the Netlify / Cloudflare Pages `_headers` file and tells which headers a path gets.
// Used by tests/site/security.test.ts (static checks) and tests/e2e/security.spec.ts (serves pages with them).

/**
 * Parses `_headers`: a rule is an unindented URL pattern followed by indented "Name: value" lines, and "! Name"
 * lines that detach a header set by an earlier matching rule (Cloudflare Pages; Netlify skips them).
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][], unset: string[] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][], unset: string[] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], unset: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && line.trim().startsWith('!')) {
      rule.unset.push(line.trim().slice(1).trim().toLowerCase());
      continue;
    }
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a rule or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Cloudflare Pages matching: ":name" matches one path segment, "*" matches the rest, anything else is literal.
 * @param {string} pattern
 * @param {string} path
 */
export function matchesPattern(pattern, path) {
  const source = pattern
    .split(/(:[a-z]\w*|\*)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Every value of one header that applies to a path (several values mean the host would join them).
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @param {string} name lower-case header name
 */
export function headerValues(rules, path, name) {
  /** @type {string[]} */
  let values = [];
  for (const rule of rules.filter((r) => matchesPattern(r.pattern, path))) {
    if (rule.unset?.includes(name)) values = [];
    values.push(...rule.headers.filter(([key]) => key === name).map(([, value]) => value));
  }
  return values;
}

/**
 * All headers for a path, duplicates joined with ", " and "!" detaches applied, as Cloudflare Pages does.
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules.filter((r) => matchesPattern(r.pattern, path))) {
    // Cloudflare Pages: a rule's "! Name" lines detach earlier values before its own are added.
    for (const name of rule.unset ?? []) delete out[name];
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}
