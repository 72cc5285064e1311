// The map of event locations: country outlines (Natural Earth 1:50m from the world-atlas package,
// served by `faultline serve` itself) and one circle per place, its area the number of events and its
// colour the share of conflict. The view fits the places shown.
import { feature } from 'topojson-client';
import type { LocationPoint } from './api';
import { fmtInt } from './format';

const SVG = 'http://www.w3.org/2000/svg';
type Ring = number[][];
let outlines: { name: string; polygons: Ring[][] }[] | null = null;

async function loadOutlines() {
  if (outlines) return outlines;
  const topo = await (await fetch('countries-50m.json')).json();
  const fc = feature(topo, topo.objects.countries) as unknown as {
    features: { properties: { name: string }; geometry: { type: string; coordinates: unknown } | null }[];
  };
  outlines = fc.features.filter((f) => f.geometry).map((f) => ({
    name: f.properties.name,
    polygons: f.geometry!.type === 'Polygon' ? [f.geometry!.coordinates as Ring[]] : (f.geometry!.coordinates as Ring[][]),
  }));
  return outlines;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export async function renderMap(host: HTMLElement, points: LocationPoint[]) {
  const shapes = await loadOutlines();
  const width = Math.max(300, host.clientWidth), height = 300;
  let [lon0, lon1, lat0, lat1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    lon0 = Math.min(lon0, p.longitude); lon1 = Math.max(lon1, p.longitude);
    lat0 = Math.min(lat0, p.latitude); lat1 = Math.max(lat1, p.latitude);
  }
  if (!points.length) [lon0, lon1, lat0, lat1] = [-20, 60, 25, 65];
  // At least 4 degrees across, with a margin, in an equirectangular projection scaled for latitude.
  const midLat = (lat0 + lat1) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  let spanX = Math.max(4, (lon1 - lon0) * 1.3) * k, spanY = Math.max(3, (lat1 - lat0) * 1.3);
  if (spanX / spanY > width / height) spanY = (spanX * height) / width; else spanX = (spanY * width) / height;
  const cx = ((lon0 + lon1) / 2) * k, cy = (lat0 + lat1) / 2;
  const px = (lon: number) => ((lon * k - (cx - spanX / 2)) / spanX) * width;
  const py = (lat: number) => ((cy + spanY / 2 - lat) / spanY) * height;

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'map-svg', role: 'img' });
  root.append(svg('rect', { x: 0, y: 0, width, height, class: 'sea' }));
  const land = svg('g', { class: 'land' });
  for (const c of shapes) {
    let d = '';
    for (const poly of c.polygons) {
      for (const ring of poly) {
        d += ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join('') + 'Z';
      }
    }
    const path = svg('path', { d });
    path.append(Object.assign(document.createElementNS(SVG, 'title'), { textContent: c.name }));
    land.append(path);
  }
  root.append(land);
  const max = Math.max(1, ...points.map((p) => p.events));
  const dots = svg('g', { class: 'dots' });
  for (const p of [...points].sort((a, b) => b.events - a.events)) {
    const share = p.conflict_events / Math.max(1, p.events);
    const r = 3 + 14 * Math.sqrt(p.events / max);
    const dot = svg('circle', {
      cx: px(p.longitude).toFixed(1), cy: py(p.latitude).toFixed(1), r: r.toFixed(1),
      fill: `rgba(${Math.round(46 + 148 * share)},${Math.round(111 - 52 * share)},${Math.round(173 - 139 * share)},0.72)`,
    });
    dot.append(Object.assign(document.createElementNS(SVG, 'title'), {
      textContent: `${p.name}${p.country ? ` (${p.country})` : ''}: ${fmtInt(p.events)} events, ${Math.round(share * 100)}% conflict, last ${p.last_day}`,
    }));
    dots.append(dot);
    if (r > 7) {
      const label = svg('text', { x: (px(p.longitude) + r + 2).toFixed(1), y: (py(p.latitude) + 4).toFixed(1) });
      label.textContent = p.name;
      dots.append(label);
    }
  }
  root.append(dots);
  host.replaceChildren(root);
}
