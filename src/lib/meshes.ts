// Column identity helpers: colour slot and labels, derived from content/meshes.yaml order.

/** Number of colours in the palette (--mesh-1 … --mesh-6 in global.css). */
export const paletteSize = 6;

/** A column's colour slot, 1-based, from its position in the meshes data. */
export function meshSlot(meshes: readonly { id: string }[], id: string): number {
  const index = meshes.findIndex((mesh) => mesh.id === id);
  return index < 0 ? paletteSize : (index % paletteSize) + 1;
}
