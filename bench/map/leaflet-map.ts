/**
 * Leaflet as the map benchmarks draw it (warm and cold): the canvas renderer, a
 * plain CRS for pre-projected coordinates, one GeoJSON layer filled by `fill`,
 * fitted to its box.
 */
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import { container } from './prepare.js';

export function drawLeaflet(geojson: FeatureCollection, fill: (feature: Feature | undefined) => string): L.GeoJSON {
  const map = L.map(container(), { crs: L.CRS.Simple, preferCanvas: true, zoomControl: false, attributionControl: false, zoomSnap: 0 });
  const layer = L.geoJSON(geojson, {
    coordsToLatLng: (c) => L.latLng(-c[1]!, c[0]!),
    style: (f) => ({ fillColor: fill(f), fillOpacity: 1, color: '#fff', weight: 0.5 }),
  });
  map.fitBounds(layer.getBounds());
  layer.addTo(map);
  return layer;
}
