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

/**
 * Equal-interval classes from 0 to the largest value: at most five, fewer when the largest value is a small count
 * (deaths 0..2 get two classes, not five overlapping ones). Values of 0 fall in the lightest class, apart from "no data".
 */
export function classes(top) {
  const k = Math.min(CLASSES.length, Math.max(1, Math.ceil(top)));
  const colours = Array.from({ length: k }, (_, i) => CLASSES[k === 1 ? CLASSES.length - 1 : Math.round((i * (CLASSES.length - 1)) / (k - 1))]);
  const bound = (i) => Math.round((top * i) / k);
  return {
    colours,
    index: (value) => (value <= 0 || top === 0 ? 0 : Math.min(k - 1, Math.ceil((value / top) * k) - 1)),
    label: (i) => (top === 0 ? '0' : `${number(i === 0 ? 0 : bound(i))}–${number(bound(i + 1))}`),
  };
}

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
  const scale = classes(top);
  const colour = (value) => (value === null ? NO_DATA : scale.colours[scale.index(Number(value))]);
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
  const steps = scale.colours.map((fill, index) => el('span', { class: 'key' }, el('i', { style: `background:${fill}` }), scale.label(index)));
  const legend = el('p', { class: 'legend' }, ...steps, el('span', { class: 'key' }, el('i', { style: `background:${NO_DATA}` }), t('noData')));
  container.replaceChildren(map, legend);
}
