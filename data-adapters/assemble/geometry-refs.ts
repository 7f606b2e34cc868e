/**
 * Where the geometry layers are written and how the index points at them:
 * each layer as plain TopoJSON (`*.topo.json`, for every GIS tool) and, beside
 * it, as a packed topology (`*.packed.json`, what the elements read:
 * src/contract/packed-topology.ts).
 */

/** The packed topology's path beside a TopoJSON file's (a `{region}` template stays a template). */
export function packedPath(topoPath: string): string {
  if (!topoPath.endsWith('.topo.json')) throw new Error(`packedPath: "${topoPath}" is not a .topo.json path`);
  return `${topoPath.slice(0, -'.topo.json'.length)}.packed.json`;
}

/** An index's reference to a layer: its TopoJSON file, its packed twin, and the object inside both. */
export function geometryRef(topoPath: string, object: string): { url: string; packed: string; object: string } {
  return { url: topoPath, packed: packedPath(topoPath), object };
}
