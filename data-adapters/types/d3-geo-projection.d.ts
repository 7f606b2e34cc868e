// The one function of d3-geo-projection the adapters use (the package ships no types).
declare module 'd3-geo-projection' {
  import type { GeoProjection, GeoStreamWrapper } from 'd3-geo';
  export function geoProject<T extends object>(object: T, projection: GeoProjection | GeoStreamWrapper): T;
}
