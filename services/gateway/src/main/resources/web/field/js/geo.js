// Which pre-reform district a GPS position lies in, from the district polygons (GeoJSON, lon/lat order).
// Communes have no polygons here, so the suggestion stops at the district (or, after the reform, at the
// new communes that absorbed that district's old communes).

function insideRing(lon, lat, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function insidePolygon(lon, lat, rings) {
  return insideRing(lon, lat, rings[0]) && !rings.slice(1).some((hole) => insideRing(lon, lat, hole));
}

/** The adm2 code of the district containing the point, or null outside every district. */
export function districtAt(geojson, lat, lon) {
  for (const feature of geojson.features) {
    const { type, coordinates } = feature.geometry;
    const polygons = type === 'MultiPolygon' ? coordinates : [coordinates];
    if (polygons.some((rings) => insidePolygon(lon, lat, rings))) {
      return feature.properties.adm2_code;
    }
  }
  return null;
}

/** The two-tier communes that took in any old commune of the district (through the reform's lineage). */
export function newCommunesOfDistrict(lineage, districtCode) {
  return [...new Set(lineage.filter((l) => l.oldDistrict === districtCode).map((l) => l.newCommune))];
}

/** The phone's position, or a rejection whose message says why (denied, unavailable, timeout). */
export function currentPosition() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject(new Error('no GPS'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude, accuracyM: Math.round(p.coords.accuracy) }),
      (e) => reject(new Error(e.message || `code ${e.code}`)),
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
}
