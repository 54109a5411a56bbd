// Choosing the report's area in the boundary version of its date: by search (diacritics ignored), by tree
// (district → commune before 1 July 2025, communes only after), or from GPS (the district the phone stands in).
import { t, translate } from './i18n.js';
import { areaLabel, searchAreas } from './reference.js';
import { currentPosition, districtAt, newCommunesOfDistrict } from './geo.js';

function option(value, label) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  return el;
}

function choiceButton(version, code, onPick) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'choice';
  button.dataset.code = code;
  button.textContent = areaLabel(version, code);
  button.addEventListener('click', () => onPick(code));
  li.append(button);
  return li;
}

/**
 * A picker built from the page's area-picker template inside root. onChange(code) is called whenever the officer
 * picks an area; onLocation(point) when GPS gives a position.
 */
export function createAreaPicker({ root, reference, onChange, onLocation }) {
  let version = null;
  let code = '';

  root.append(document.getElementById('area-picker').content.cloneNode(true));
  translate(root);
  const $ = (part) => root.querySelector(`[data-part="${part}"]`);
  const district = $('district');
  const commune = $('commune');
  const search = $('search');
  const results = $('results');

  function threeTier() {
    return version?.levels.includes('DISTRICT');
  }

  function fillCommunes(parentCode) {
    commune.replaceChildren(option('', threeTier() ? t('form.area.wholeDistrict') : t('form.area.choose')));
    (version?.children.get(parentCode) ?? []).forEach((a) => commune.append(option(a.code, a.name)));
    commune.disabled = !parentCode;
  }

  function renderTree() {
    $('district-wrap').hidden = !threeTier();
    $('commune-label').textContent = threeTier() ? t('form.area.commune') : t('form.area.communeOnly');
    if (!version) {
      district.replaceChildren();
      commune.replaceChildren();
      return;
    }
    if (threeTier()) {
      district.replaceChildren(option('', t('form.area.choose')));
      version.children.get(version.root.code).forEach((a) => district.append(option(a.code, a.name)));
    }
    const chosen = version.byCode.get(code);
    const districtCode = threeTier() ? (chosen?.level === 'COMMUNE' ? chosen.parentCode : chosen?.code) : null;
    if (threeTier()) {
      district.value = districtCode ?? '';
      fillCommunes(districtCode ?? '');
    } else {
      fillCommunes(version.root.code);
    }
    commune.value = chosen?.level === 'COMMUNE' ? code : '';
  }

  function renderChosen() {
    $('chosen').textContent = code ? `${t('form.area.chosen')}: ${areaLabel(version, code)} (${code})`
      : t('form.area.none');
    $('chosen').classList.toggle('empty', !code);
    $('boundaries').textContent = version ? t(threeTier() ? 'form.area.boundaries3' : 'form.area.boundaries2') : '';
  }

  function pick(next, { silent = false } = {}) {
    code = next ?? '';
    if (code) {
      $('cleared').hidden = true;
    }
    results.replaceChildren();
    search.value = '';
    $('gps-choices').replaceChildren();
    renderTree();
    renderChosen();
    if (!silent) {
      onChange(code);
    }
  }

  search.addEventListener('input', () => {
    results.replaceChildren();
    if (!version || !search.value.trim()) {
      return;
    }
    const found = searchAreas(version, search.value);
    if (!found.length) {
      const li = document.createElement('li');
      li.className = 'muted small';
      li.textContent = t('form.area.noMatch');
      results.append(li);
    }
    found.forEach((a) => results.append(choiceButton(version, a.code, pick)));
  });
  district.addEventListener('change', () => pick(district.value));
  commune.addEventListener('change', () => pick(commune.value || (threeTier() ? district.value : '')));

  $('gps').addEventListener('click', async () => {
    const out = $('gps-result');
    out.textContent = t('form.gps.locating');
    try {
      const point = await currentPosition();
      onLocation(point);
      const found = districtAt(reference.districts, point.lat, point.lon);
      const accuracy = point.accuracyM;
      if (!found) {
        out.textContent = `${t('form.gps.outside', { accuracy })} ${t('form.gps.attached')}`;
      } else if (threeTier()) {
        pick(found);
        const district = areaLabel(version, found);
        out.textContent = `${t('form.gps.district', { accuracy, district })} ${t('form.gps.attached')}`;
      } else {
        const districtName = reference.versions[0].byCode.get(found)?.name ?? found;
        out.textContent = `${t('form.gps.communes', { accuracy, district: districtName })} ${t('form.gps.attached')}`;
        $('gps-choices').replaceChildren(...newCommunesOfDistrict(reference.lineage, found)
          .filter((c) => version.byCode.has(c)).map((c) => choiceButton(version, c, pick)));
      }
    } catch (e) {
      out.textContent = t('form.gps.denied', { reason: e.message });
    }
  });

  return {
    /** Shows the tree of another boundary version; returns true when the chosen area had to be dropped. */
    setVersion(next) {
      const changedVersion = next?.id !== version?.id;
      const dropped = changedVersion && version !== null && code !== '';
      version = next;
      if (dropped) {
        pick('');
        $('cleared').hidden = false;
      } else {
        renderTree();
        renderChosen();
      }
      return dropped;
    },
    /** Shows a version with an area already chosen, as a reopened form has it; location: a point already attached. */
    reset(nextVersion, next, location = null) {
      version = nextVersion;
      $('cleared').hidden = true;
      $('gps-result').textContent = location ? t('form.gps.attached') : '';
      pick(next, { silent: true });
    },
  };
}
