// Release facts derived from content/releases.yaml: the one source of every version fact on the site.
import type { Dataset, Mesh, Release } from './content/schemas';
import { compareMinor } from './versions';

/** The product whose releases a column follows (istio-ambient follows istio). */
export function productOf(mesh: Pick<Mesh, 'id' | 'product'>): string {
  return mesh.product ?? mesh.id;
}

/** Products in column order, each once, with the display name of its first column's product. */
export function productsOf(meshes: readonly Mesh[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const mesh of meshes) if (!seen.has(productOf(mesh))) seen.set(productOf(mesh), mesh.productName ?? mesh.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** A product's minor releases, oldest first. */
export function releasesOf(releases: readonly Release[], product: string): Release[] {
  return releases.filter((release) => release.product === product).sort((a, b) => compareMinor(a.version, b.version));
}

/** The newest minor release of a product. */
export function latestRelease(releases: readonly Release[], product: string): Release {
  const latest = releasesOf(releases, product).at(-1);
  if (!latest) throw new Error(`content/releases.yaml: no release for product "${product}"`);
  return latest;
}

/** "1.31" for a column, from the releases data. */
export function columnVersion(dataset: Pick<Dataset, 'releases'>, mesh: Pick<Mesh, 'id' | 'product'>): string {
  return latestRelease(dataset.releases, productOf(mesh)).version;
}

/** Whether a release supports a Kubernetes minor (undefined when the range is not published). */
export function supportsKubernetes(release: Release, kubernetes: string): boolean | undefined {
  if (!release.kubernetes) return undefined;
  return compareMinor(release.kubernetes.min, kubernetes) <= 0 && compareMinor(kubernetes, release.kubernetes.max) <= 0;
}

/** Every Kubernetes minor any release names, newest first. */
export function kubernetesMinors(releases: readonly Release[]): string[] {
  const minors = new Set<string>();
  for (const release of releases) {
    if (!release.kubernetes) continue;
    const [major, low] = release.kubernetes.min.split('.').map(Number) as [number, number];
    const high = Number(release.kubernetes.max.split('.')[1]);
    for (let minor = low; minor <= high; minor += 1) minors.add(`${major}.${minor}`);
  }
  return [...minors].sort(compareMinor).reverse();
}

/** Whether a release is supported on a date (no end of life, or end of life after it). */
export function isSupportedOn(release: Release, date: string): boolean {
  return release.released <= date && (release.endOfLife === undefined || date < release.endOfLife);
}

/** The ids a URL may name (categories, columns, features, product versions), for the matrix, report and embeds. */
export function knownIdsOf(dataset: Pick<Dataset, 'categories' | 'meshes' | 'features' | 'releases'>) {
  return {
    categories: dataset.categories.map((category) => category.id),
    meshes: dataset.meshes.map((mesh) => mesh.id),
    featureIds: dataset.features.map((feature) => feature.id),
    products: productsOf(dataset.meshes).map((product) => ({
      id: product.id,
      versions: releasesOf(dataset.releases, product.id).map((release) => release.version),
    })),
  };
}
