// Districts coloured by a chosen figure, drawn as SVG paths from the district GeoJSON served beside the page
// (no tile server, no internet). Clicking a district opens it, as its row in the table does.
import { el, indexFigures } from './figures.js';
import { number, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 640;
/** Light to dark: the more damage, the darker. */
const CLASSES = ['#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];
const NO_DATA = '#e6e6e6';

let shapes = null;

/** The district polygons, fetched once (a static file, not an API call). */
export async function loadShapes(url = 'cao-bang-districts-2020-2025.geojson') {
  if (!shapes) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    shapes = await response.json();
  }
  return shapes;
}

function projector(collection, width) {
  const [minLon, minLat, maxLon, maxLat] = collection.bbox;
  const kx = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const scale = width / ((maxLon - minLon) * kx);
  const height = (maxLat - minLat) * scale;
  return { height, point: ([lon, lat]) => `${((lon - minLon) * kx * scale).toFixed(1)},${((maxLat - lat) * scale).toFixed(1)}` };
}

function pathOf(geometry, point) {
  const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  return polygons.flatMap((rings) => rings.map((ring) => `M${ring.map(point).join('L')}Z`)).join('');
}

/**
 * Renders the map: `districts` is a totals answer whose children are the districts (the province's), `indicator`
 * and `source` pick the figure.
 */
export function renderMap(container, collection, districts, indicator, source, onOpen) {
  const values = new Map(districts.children.map((child) => [child.code, indexFigures(child.figures).get(`${indicator}|${source}`)?.value ?? null]));
  const top = Math.max(0, ...[...values.values()].filter((value) => value !== null).map(Number));
  const colour = (value) => (value === null ? NO_DATA : CLASSES[top === 0 ? 0 : Math.min(CLASSES.length - 1, Math.floor((Number(value) / top) * CLASSES.length))]);
  const { height, point } = projector(collection, W);
  const map = document.createElementNS(SVG, 'svg');
  map.setAttribute('id', 'map');
  map.setAttribute('viewBox', `0 0 ${W} ${height.toFixed(0)}`);
  map.setAttribute('role', 'img');
  map.setAttribute('class', 'map');
  for (const feature of collection.features) {
    const code = feature.properties.adm2_code;
    const value = values.get(code) ?? null;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', pathOf(feature.geometry, point));
    path.setAttribute('data-area', code);
    path.setAttribute('fill', colour(value));
    path.setAttribute('tabindex', '0');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${feature.properties.name}: ${value === null ? t('noData') : number(value)}`;
    path.append(title);
    path.addEventListener('click', () => onOpen(code));
    path.addEventListener('keydown', (event) => { if (event.key === 'Enter') onOpen(code); });
    map.append(path);
  }
  const steps = CLASSES.map((fill, index) => el('span', { class: 'key' }, el('i', { style: `background:${fill}` }),
    top === 0 ? '0' : `${number(Math.ceil((top * index) / CLASSES.length))}–${number(Math.ceil((top * (index + 1)) / CLASSES.length))}`));
  const legend = el('p', { class: 'legend' }, ...steps, el('span', { class: 'key' }, el('i', { style: `background:${NO_DATA}` }), t('noData')));
  container.replaceChildren(map, legend);
}
