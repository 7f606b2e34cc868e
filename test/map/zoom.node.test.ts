import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  centreOn,
  constrainZoom,
  MAX_ZOOM,
  NO_ZOOM,
  panZoom,
  previewTransform,
  zoomAround,
  zoomedTransform,
  zoomKept,
  zoomToSee,
  type PlaneTransform,
  type Zoom,
} from '../../src/map/zoom.ts';

describe('map zoom', () => {
  it('keeps the point under the pointer where it is when zooming in and out', () => {
    const zoomed = zoomAround(NO_ZOOM, 4, 100, 50, 400, 300);
    assert.deepEqual(zoomed, { k: 4, x: -300, y: -150 });
    // The box point (100, 50) is still shown at (100, 50).
    assert.equal(zoomed.k * 100 + zoomed.x, 100);
    assert.equal(zoomed.k * 50 + zoomed.y, 50);
    const back = zoomAround(zoomed, 0.5, 100, 50, 400, 300);
    assert.equal(back.k, 2);
    assert.equal(back.k * 100 + back.x, 100);
  });

  it('never goes below the fitted map, above MAX_ZOOM, nor leaves a gap at the edges', () => {
    assert.deepEqual(zoomAround(NO_ZOOM, 0.5, 10, 10, 400, 300), NO_ZOOM);
    assert.equal(zoomAround(NO_ZOOM, 1000, 10, 10, 400, 300).k, MAX_ZOOM);
    // Zoomed at the top left corner, then pulled right: the map's left edge stays at the box's.
    const atCorner = zoomAround(NO_ZOOM, 2, 0, 0, 400, 300);
    assert.deepEqual(panZoom(atCorner, 50, 50, 400, 300), { k: 2, x: 0, y: 0 });
    assert.deepEqual(panZoom(atCorner, -1000, -1000, 400, 300), { k: 2, x: -400, y: -300 });
    assert.deepEqual(constrainZoom({ k: 1, x: 30, y: -30 }, 400, 300), NO_ZOOM);
  });

  it('keeps the zoom and the place at the centre for a box of another size, within the edges', () => {
    // A 100 × 100 plane fitted in a 400 × 400 box (4 px a unit), zoomed ×4 on its point (25, 75).
    const fit400: PlaneTransform = { scale: 4, dx: 0, dy: 0 };
    const zoom = centreOn(zoomAround(NO_ZOOM, 4, 0, 0, 400, 400), 400, 1200, 400, 400);
    const was = zoomedTransform(fit400, zoom);
    assert.deepEqual([25 * was.scale + was.dx, 75 * was.scale + was.dy], [200, 200]);
    // The box made 200 × 100 (a phone turned; 1 px a unit, the plane centred): still ×4, (25, 75) at the new centre.
    const fit200: PlaneTransform = { scale: 1, dx: 50, dy: 0 };
    const kept = zoomKept(zoom, was, [400, 400], fit200, 200, 100);
    assert.equal(kept.k, 4);
    const now = zoomedTransform(fit200, kept);
    assert.deepEqual([25 * now.scale + now.dx, 75 * now.scale + now.dy], [100, 50]);
    // And back: the same zoom as before.
    assert.deepEqual(zoomKept(kept, now, [200, 100], fit400, 400, 400), zoom);
    // The wide box shows the plane's left edge at its centre, ×2, with the margin beside it: (10, 25) at (100, 50).
    const nearEdge = { k: 2, x: -20, y: 0 };
    const atEdge = zoomedTransform(fit200, nearEdge);
    assert.deepEqual([10 * atEdge.scale + atEdge.dx, 25 * atEdge.scale + atEdge.dy], [100, 50]);
    // The square box has no margin there: (10, 25) as near to its centre as its edges allow, no gap shown.
    assert.deepEqual(zoomKept(nearEdge, atEdge, [200, 100], fit400, 400, 400), { k: 2, x: 0, y: 0 });
    assert.deepEqual(zoomKept(NO_ZOOM, fit400, [400, 400], fit200, 200, 100), NO_ZOOM);
  });

  it('centres a point when it can, within the edges', () => {
    const zoom = { k: 4, x: -600, y: -450 };
    assert.deepEqual(centreOn(zoom, 300, 250, 400, 300), { k: 4, x: -700, y: -550 });
    assert.deepEqual(centreOn(NO_ZOOM, 10, 10, 400, 300), NO_ZOOM);
  });

  it('shows an area found by name: zoomed in until it is large enough, centred, never zoomed out', () => {
    /** An area from (x0, y0) to (x1, y1) on a 400×300 box's screen shown at least 40 px across. */
    const see = (zoom: Zoom, x0: number, y0: number, x1: number, y1: number) =>
      zoomToSee(
        zoom,
        [
          [x0, y0],
          [x1, y1],
        ] as const,
        40,
        400,
        300,
      );
    // A 4 px area at (100, 50): ×10 to be 40 px across, its centre brought to the box's.
    const seen = see(NO_ZOOM, 98, 48, 102, 52);
    assert.equal(seen.k, 10);
    assert.deepEqual([seen.k * 100 + seen.x, seen.k * 50 + seen.y], [200, 150]);
    // Large enough already, in a map zoomed ×4: the zoom stays, the area is centred.
    assert.deepEqual(see({ k: 4, x: -600, y: -450 }, 250, 200, 350, 300), { k: 4, x: -700, y: -550 });
    // The whole box: nothing to do. A point, or a tiny area, is shown at MAX_ZOOM at most.
    assert.deepEqual(see(NO_ZOOM, 0, 0, 400, 300), NO_ZOOM);
    assert.equal(see(NO_ZOOM, 10, 10, 10, 10).k, MAX_ZOOM);
    assert.equal(see(NO_ZOOM, 10, 10, 10.01, 10.01).k, MAX_ZOOM);
    // At the box's corner the map cannot move past its edges: zoomed in, not centred.
    assert.deepEqual(see(NO_ZOOM, 0, 0, 4, 4), { k: 10, x: 0, y: 0 });
  });

  it('composes with the fitted transform and previews a gesture as a CSS transform of the drawn picture', () => {
    assert.deepEqual(zoomedTransform({ scale: 2, dx: 10, dy: 5 }, { k: 3, x: -20, y: -40 }), { scale: 6, dx: 10, dy: -25 });
    assert.equal(previewTransform(NO_ZOOM, NO_ZOOM), 'translate(0px, 0px) scale(1)');
    // Drawn at k=2 shifted by (-100, -50); now at k=4 shifted by (-300, -150): twice as large, moved.
    assert.equal(previewTransform({ k: 2, x: -100, y: -50 }, { k: 4, x: -300, y: -150 }), 'translate(-100px, -50px) scale(2)');
  });
});
