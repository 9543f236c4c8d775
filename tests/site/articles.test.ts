// Checks on the articles (MDX sources and their built pages) and on the Sources page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/content/load';
import { overheadAnchor } from '../../src/lib/citations';
import { describeManifests } from '../../src/lib/manifests';
import type { HTMLElement } from 'node-html-parser';
import { builtDom, distDir } from './dist';
import { copiedRuns, seedFingerprint } from '../seed-fingerprint';

const articlesDir = join(process.cwd(), 'content/articles');
const dataset = loadDataset();

interface Article {
  slug: string;
  source: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const articles: Article[] = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const source = readFileSync(join(articlesDir, name), 'utf8');
    const match = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    if (!match) throw new Error(`${name}: no frontmatter`);
    return { slug: name.replace(/\.mdx$/, ''), source, frontmatter: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
  });
const bySlug = new Map(articles.map((article) => [article.slug, article]));

const requiredSlugs = [
  'overview',
  'architecture',
  'mtls-identity',
  'ingress',
  'egress',
  'traffic-policy',
  'resource-overhead',
  'observability',
  'multicluster',
  'releases',
  'maturity',
  'choosing',
  'operating',
  'configuration-examples',
  'faq',
  'verify-it-works',
  'troubleshooting',
  'upgrades',
  'managed-offerings',
  'ai-workloads',
];
/** Articles were last rechecked no earlier than this, and none is dated in the future. */
const oldestUpdate = '2026-11-23';
const today = new Date().toISOString().slice(0, 10);

const articleDom = (slug: string) => builtDom(`articles/${slug}/index.html`);
const idsIn = (dom: HTMLElement) => dom.querySelectorAll('[id]').map((element) => element.getAttribute('id')!);

/** The text of every highlighted code block (one line per Shiki `.line`), with its language. */
function codeBlocks(dom: HTMLElement): { lang: string; code: string; example?: string }[] {
  return dom.querySelectorAll('pre').map((pre) => {
    const lines = pre.querySelectorAll('span.line');
    const code = lines.length > 0 ? lines.map((line) => line.text).join('\n') : pre.text;
    return { lang: pre.getAttribute('data-language') ?? '', code, example: pre.getAttribute('data-example') };
  });
}

describe('article sources (MDX)', () => {
  it('has every planned article, each once', () => {
    expect(articles.map((a) => a.slug).sort()).toEqual([...requiredSlugs].sort());
  });

  it.each(articles.map((a) => [a.slug, a] as const))('%s has complete frontmatter', (_, article) => {
    const { title, description, order, updated, tldr } = article.frontmatter;
    expect(typeof title).toBe('string');
    expect(String(description).length).toBeGreaterThanOrEqual(20);
    expect(order).toBe(requiredSlugs.indexOf(article.slug) + 1);
    const date = updated instanceof Date ? updated.toISOString().slice(0, 10) : String(updated);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date >= oldestUpdate && date <= today, date).toBe(true);
    if (tldr !== undefined) expect(String(tldr).length).toBeGreaterThan(40);
  });

  it.each(articles.map((a) => [a.slug, a] as const))('%s has no hand-written Markdown table', (_, article) => {
    expect(article.body).not.toMatch(/^\s*\|?\s*:?-{3,}:?\s*\|/m);
    expect(article.body).not.toMatch(/^\s*\|.*\|\s*$/m);
  });

  it.each(articles.map((a) => [a.slug, a] as const))('%s has short, unique h2/h3 headings', (_, article) => {
    const withoutCode = article.body.replace(/```[\s\S]*?```/g, '');
    const headings = [...withoutCode.matchAll(/^(##|###) (.+)$/gm)].map((m) => m[2]!.trim());
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(headings.map((h) => h.toLowerCase())).size).toBe(headings.length);
    for (const heading of headings) expect(heading.length, heading).toBeLessThanOrEqual(60);
    expect(withoutCode, 'no h1 in the body (the layout renders the title)').not.toMatch(/^# /m);
  });

  it('detects a copied seed sentence (the check itself works)', () => {
    const fingerprint = seedFingerprint();
    expect(fingerprint.size).toBeGreaterThan(1000);
    // Twelve words from seed 001's introduction.
    const copied = 'Both Istio and Linkerd are CNCF Graduated service meshes that provide automatic mTLS, traffic policy';
    expect(copiedRuns(copied, fingerprint)).not.toEqual([]);
    expect(copiedRuns(copied.replace('provide', 'offer'), fingerprint)).toEqual([]);
  });

  it.each(articles.map((a) => [a.slug, a] as const))('%s copies no run of 12 words from a seed article', (_, article) => {
    expect(copiedRuns(article.source, seedFingerprint())).toEqual([]);
  });

  it('embeds the calculator in the resource-overhead article', () => {
    expect(bySlug.get('resource-overhead')!.body).toMatch(/^<Calculator headingLevel=\{3\} \/>$/m);
    expect(articleDom('resource-overhead').querySelector('[data-calculator]')).not.toBeNull();
  });

  it('cites only sources that exist (articles use <Cite ids={[...]} />)', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    const unknown = articles.flatMap((article) =>
      [...article.body.matchAll(/<Cite\b[^>]*ids=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([^']+)'|"([^"]+)"/g)]
          .map((q) => q[1] ?? q[2]!)
          .filter((id) => !known.has(id))
          .map((id) => `${article.slug}: ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('never cites a seed article as evidence for a number', () => {
    const seeds = dataset.sources.filter((s) => s.kind === 'seed').map((s) => s.id);
    const lines = articles.flatMap((article) =>
      article.body
        .split('\n')
        .filter((line) => seeds.some((id) => line.includes(`'${id}'`)) && /\d/.test(line.replace(/<Cite[^>]*>/g, ''))),
    );
    expect(lines).toEqual([]);
  });
});

describe('built article pages', () => {
  it.each(requiredSlugs)('%s is built with its title, description and h2 ids', (slug) => {
    const file = join(distDir, `articles/${slug}/index.html`);
    expect(existsSync(file)).toBe(true);
    const dom = articleDom(slug);
    const frontmatter = bySlug.get(slug)!.frontmatter;
    expect(dom.querySelectorAll('meta[name="description"]').map((meta) => meta.getAttribute('content'))).toEqual([
      String(frontmatter.description),
    ]);
    const h2 = dom.querySelectorAll('h2[id]').map((heading) => heading.getAttribute('id')!);
    expect(h2.length).toBeGreaterThanOrEqual(3);
    for (const id of h2) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    const ids = idsIn(dom);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it.each(requiredSlugs)('%s links its citations to entries on the Sources page', (slug) => {
    const sourceIds = new Set(idsIn(builtDom('sources/index.html')));
    const cited = articleDom(slug)
      .querySelectorAll('[href]')
      .flatMap((element) => element.getAttribute('href')!.match(/sources\/#(.+)$/)?.[1] ?? []);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('renders data tables with captions and header scopes', () => {
    const table = articleDom('traffic-policy').querySelector('table[data-feature-table]');
    expect(table).not.toBeNull();
    expect(table!.querySelector('caption')?.text.trim()).toBeTruthy();
    expect(table!.querySelector('[scope="col"]')).not.toBeNull();
    expect(table!.querySelector('[scope="row"]')).not.toBeNull();
    expect(table!.querySelectorAll('[href]').some((link) => /features\/[a-z0-9-]+\/$/.test(link.getAttribute('href')!))).toBe(true);
  });

  it('shows every memory figure of every overhead component in the resource-overhead article', () => {
    const sections = articleDom('resource-overhead').querySelectorAll('section[id]');
    for (const entry of dataset.overhead) {
      const section = sections.find((element) => element.getAttribute('id') === overheadAnchor(entry.id));
      expect(section, entry.id).toBeDefined();
      const rows = section!.querySelectorAll('tr[data-kind]');
      const expected = new Set(
        [...entry.measurements, ...Object.values(entry.presets)].map((f) =>
          JSON.stringify([f.mb, f.unit, f.kind, f.version, f.conditions, [...f.sources].sort()]),
        ),
      );
      expect(rows.length, entry.id).toBe(expected.size);
    }
  });
});

describe('configuration examples', () => {
  const examples = requiredSlugs.flatMap((slug) =>
    codeBlocks(articleDom(slug))
      .filter((block) => block.lang === 'yaml')
      .map((block, index) => ({ where: `${slug} #${index + 1}${block.example ? ` (${block.example})` : ''}`, ...block })),
  );

  it('has side-by-side Istio and Linkerd examples', () => {
    expect(examples.filter((e) => e.example === 'istio').length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((e) => e.example === 'linkerd').length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s is valid YAML with a current apiVersion and correct fields', (_, example) => {
    expect(() => describeManifests(example.code, example.where)).not.toThrow();
  });

  it('shows the required kinds with their current apiVersions', () => {
    const pairs = new Set(examples.flatMap((e) => describeManifests(e.code, e.where).map((m) => `${m.apiVersion} ${m.kind}`)));
    for (const pair of [
      'networking.istio.io/v1 VirtualService',
      'networking.istio.io/v1 DestinationRule',
      'security.istio.io/v1 PeerAuthentication',
      'security.istio.io/v1 AuthorizationPolicy',
      'policy.linkerd.io/v1beta3 Server',
      'policy.linkerd.io/v1alpha1 AuthorizationPolicy',
      'policy.linkerd.io/v1alpha1 MeshTLSAuthentication',
      'gateway.networking.k8s.io/v1 HTTPRoute',
    ]) {
      expect(pairs, pair).toContain(pair);
    }
  });

  it('never shows an outdated or nonexistent apiVersion in any code block', () => {
    const code = requiredSlugs.flatMap((slug) => codeBlocks(articleDom(slug)).map((b) => b.code)).join('\n');
    for (const outdated of [
      'v1beta4',
      'networking.istio.io/v1beta1',
      'networking.istio.io/v1alpha3\nkind: VirtualService',
      'security.istio.io/v1beta1',
      'requiredAuthentication:',
    ]) {
      expect(code).not.toContain(outdated);
    }
  });

  it('uses the current install and CLI commands in shell examples', () => {
    const shell = requiredSlugs
      .flatMap((slug) =>
        codeBlocks(articleDom(slug))
          .filter((b) => b.lang === 'sh')
          .map((b) => b.code),
      )
      .join('\n');
    expect(shell).toContain('linkerd install --crds');
    expect(shell).toContain('install-edge');
    expect(shell).not.toMatch(/run\.linkerd\.io\/install\s*\|/);
    expect(shell).not.toMatch(/^\s*linkerd top\b/m);
    expect(shell).toMatch(/^\s*istioctl analyze\b/m);
  });
});

describe('Sources page', () => {
  const dom = builtDom('sources/index.html');
  const entries = dom.querySelectorAll('li.source-entry[id]');

  it('has one entry per source, anchored by its id', () => {
    expect(entries.map((entry) => entry.getAttribute('id')).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  it('lists the feature cells, figures and mesh facts that cite each source', () => {
    const cellLinks = dom.querySelectorAll('[data-claims="feature-cell"]').length;
    const figureLinks = dom.querySelectorAll('[data-claims="overhead-figure"]').length;
    const meshLinks = dom.querySelectorAll('[data-claims="mesh"]').length;
    expect(cellLinks).toBeGreaterThan(10);
    expect(figureLinks).toBeGreaterThan(3);
    expect(meshLinks).toBeGreaterThan(0);
    const entry = entries.find((element) => element.getAttribute('id') === 'linkerd-2-17');
    expect(entry).toBeDefined();
    expect(entry!.querySelectorAll('[href]').map((link) => link.getAttribute('href'))).toContainEqual(
      expect.stringMatching(/features\/[a-z0-9-]+\/#linkerd$/),
    );
  });
});
