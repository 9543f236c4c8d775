// since, history `from` and verifiedRelease name releases of the column's product in releases.yaml.
import { productOf } from '../../releases';
import { compareMinor, earlier, minorOf } from '../../versions';
import type { Problem, Rule } from '../types';
import { cellsOf } from '../walk';

export const versionsInReleases: Rule = {
  id: 'versions-in-releases',
  description: "A cell's since, history from and verifiedRelease are releases of its column's product, and no newer than the newest.",
  severity: 'error',
  check(dataset, ctx) {
    if (dataset.releases.length === 0) return [];
    const problems: Problem[] = [];
    const meshes = new Map(dataset.meshes.map((mesh) => [mesh.id, mesh]));
    const versionsOf = (product: string) =>
      dataset.releases
        .filter((release) => release.product === product)
        .map((release) => release.version)
        .sort(compareMinor);
    dataset.meshes.forEach((mesh, i) => {
      if (versionsOf(productOf(mesh)).length === 0) {
        problems.push({
          file: ctx.files.meshes,
          field: `[${i}].product`,
          message: `no releases of product "${productOf(mesh)}" in ${ctx.files.releases}`,
        });
      }
    });
    for (const { file, field, meshId, cell } of cellsOf(dataset, ctx)) {
      const mesh = meshes.get(meshId);
      if (!mesh) continue;
      const product = productOf(mesh);
      const versions = versionsOf(product);
      if (versions.length === 0) continue;
      const newest = versions.at(-1)!;
      const range = `${product} ${versions[0]}–${newest}`;
      const checkMinor = (where: string, label: string, version: string, minor: string = version) => {
        if (minor === earlier || versions.includes(minor)) return;
        const message =
          compareMinor(minor, newest) > 0
            ? `${label} "${version}" is newer than the newest ${product} release in ${ctx.files.releases} (${newest}); add the release first`
            : `${label} "${version}" is not a ${product} release in ${ctx.files.releases} (known: ${range}); use one of them or "earlier"`;
        problems.push({ file, field: `${field}.${where}`, message });
      };
      checkMinor('since', 'since', cell.since);
      cell.history?.forEach((entry, i) => checkMinor(`history[${i}].from`, 'history from', entry.from));
      if (cell.verifiedRelease) checkMinor('verifiedRelease', 'verifiedRelease', cell.verifiedRelease, minorOf(cell.verifiedRelease));
    }
    return problems;
  },
};
