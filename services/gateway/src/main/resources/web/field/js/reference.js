// The vocabularies a report speaks: the indicator catalogue and the province's areas in both boundary versions,
// read from the same CSV files the services validate against (served from the contracts jar under reference/).

const PROVINCE = {
  indicators: 'reference/indicators.csv',
  threeTier: 'reference/areas/cao-bang-2025-03-01.csv',
  twoTier: 'reference/areas/cao-bang-2025-07-01.csv',
  lineage: 'reference/areas/cao-bang-lineage-2025-07-01.csv',
  districts: 'reference/areas/cao-bang-districts-2020-2025.geojson',
  // the three-tier snapshot holds from the province's last district change (see the contracts' Gazetteer)
  threeTierFrom: '2020-03-01',
};

/** The files loadReference reads; sw.js keeps the same list for offline use. */
export const REFERENCE_FILES = [
  PROVINCE.indicators, PROVINCE.threeTier, PROVINCE.twoTier, PROVINCE.lineage, PROVINCE.districts,
];

/** Units whose quantities may have a fraction; everything else is counted (the contracts' Indicator rule). */
export const MEASURE_UNITS = new Set(['ha', 'hectare', 'm2', 'km2', 'm', 'km', 'm3', 'l', 'kg', 't', 'tonne', 'ton']);

/** Lower case without diacritics, đ as d: "Hoà An", "Hòa An" and "hoa an" all read "hoa an". */
export function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

/** RFC 4180 CSV (quoted fields, doubled quotes) to objects keyed by the header; HXL tag rows (#...) are skipped. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') { i++; }
      row.push(field); field = '';
      rows.push(row); row = [];
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.filter((r) => !r[0].startsWith('#'))
    .map((r) => Object.fromEntries(header.map((name, i) => [name.replace(/^\uFEFF/, ''), r[i] ?? ''])));
}

function area(code, name, type, level, parentCode) {
  const fullName = type && !name.startsWith(type) ? `${type} ${name}` : name;
  return { code, name: fullName, level, parentCode, key: fold(`${fullName} ${name} ${code}`) };
}

function addDay(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function boundaryVersion(id, validFrom, validTo, levels, areas) {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const children = new Map();
  areas.filter((a) => a.parentCode).forEach((a) => {
    if (!children.has(a.parentCode)) { children.set(a.parentCode, []); }
    children.get(a.parentCode).push(a);
  });
  return { id, validFrom, validTo, levels, areas, byCode, children, root: areas[0] };
}

function threeTierVersion(rows, validFrom, validTo) {
  const first = rows[0];
  const areas = [area(first.province_code, first.province_name, 'Tỉnh', 'PROVINCE', null)];
  const seen = new Set();
  rows.forEach((r) => {
    if (!seen.has(r.district_code)) {
      seen.add(r.district_code);
      areas.push(area(r.district_code, r.district_name, r.district_type, 'DISTRICT', r.province_code));
    }
    areas.push(area(r.commune_code, r.commune_name, r.commune_type, 'COMMUNE', r.district_code));
  });
  return boundaryVersion(validFrom, validFrom, validTo, ['PROVINCE', 'DISTRICT', 'COMMUNE'], areas);
}

function twoTierVersion(rows) {
  const first = rows[0];
  const areas = [area(first.province_code, first.province_name, 'Tỉnh', 'PROVINCE', null)];
  rows.forEach((r) => areas.push(area(r.commune_code, r.commune_name, r.commune_type, 'COMMUNE', r.province_code)));
  return boundaryVersion(first.valid_from, first.valid_from, null, ['PROVINCE', 'COMMUNE'], areas);
}

async function text(path) {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.text();
}

/** Loads the catalogue, both boundary versions, the lineage and the district polygons. */
export async function loadReference() {
  const [indicatorsCsv, threeTierCsv, twoTierCsv, lineageCsv, districtsJson] = await Promise.all(
    REFERENCE_FILES.map(text));
  const indicators = parseCsv(indicatorsCsv).map((r) => ({
    code: r.code, group: r.group, nameVi: r.name_vi, nameEn: r.name_en, unit: r.unit,
    decimals: r.decimals ? ['true', 'yes'].includes(r.decimals.toLowerCase()) : MEASURE_UNITS.has(r.unit.toLowerCase()),
  }));
  const twoTier = twoTierVersion(parseCsv(twoTierCsv));
  const threeTier = threeTierVersion(parseCsv(threeTierCsv), PROVINCE.threeTierFrom, addDay(twoTier.validFrom, -1));
  const lineage = parseCsv(lineageCsv).map((r) => ({ oldDistrict: r.old_district_code, oldCommune: r.old_commune_code,
    newCommune: r.new_commune_code }));
  return {
    indicators,
    byIndicator: new Map(indicators.map((i) => [i.code, i])),
    groups: [...new Set(indicators.map((i) => i.group))],
    versions: [threeTier, twoTier],
    lineage,
    districts: JSON.parse(districtsJson),
  };
}

/** The date in Vietnam of an instant, as YYYY-MM-DD: validity dates are local dates there. */
export function vietnamDate(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(instant));
}

/** The boundary version valid at an instant, or null before the first one. */
export function versionAt(reference, instant) {
  const date = vietnamDate(instant);
  return reference.versions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo)) ?? null;
}

/** Areas whose name or code contains every word of the query, diacritics ignored; communes before districts. */
export function searchAreas(version, query, limit = 12) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) {
    return [];
  }
  const rank = { COMMUNE: 0, DISTRICT: 1, PROVINCE: 2 };
  return version.areas.filter((a) => words.every((w) => a.key.includes(w)))
    .sort((a, b) => rank[a.level] - rank[b.level] || a.name.localeCompare(b.name, 'vi'))
    .slice(0, limit);
}

/** "Xã Đức Hạnh, Huyện Bảo Lâm": an area with the names above it, the province left out. */
export function areaLabel(version, code) {
  const found = version?.byCode.get(code);
  if (!found) {
    return code;
  }
  const parent = found.parentCode && version.byCode.get(found.parentCode);
  return parent && parent.level !== 'PROVINCE' ? `${found.name}, ${parent.name}` : found.name;
}
