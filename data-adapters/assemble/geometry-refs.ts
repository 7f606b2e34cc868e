/**
 * Each geometry layer is written as plain TopoJSON (`*.topo.json`, for every
 * GIS tool) and, beside it, as a packed topology (`*.packed.json`, what the
 * elements read: src/contract/packed-topology.ts). The index names both
 * (src/contract/file-layout.ts).
 */

/** The packed topology's path beside a TopoJSON file's (a `{region}` template stays a template). */
export function packedPath(topoPath: string): string {
  if (!topoPath.endsWith('.topo.json')) throw new Error(`packedPath: "${topoPath}" is not a .topo.json path`);
  return `${topoPath.slice(0, -'.topo.json'.length)}.packed.json`;
}
