// Schools and staff bases drawn from their coordinates (no map tiles: nothing is fetched), with one staff member's
// route for one day: from the base, through the schools in time order, and back.
import { MAP, roleColour } from './colours.js';
import { h, s } from './dom.js';
import { formatDuration, formatNumber, t, term } from './i18n.js';
import { clock, staffDay } from './model.js';

const W = 800;
const H = 560;
const PAD = 56;
const KM_PER_DEGREE = 111.32;

function projection(places) {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const kx = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const spanX = Math.max((maxLon - minLon) * kx, 1e-4);
  const spanY = Math.max(maxLat - minLat, 1e-4);
  const scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY);
  const offsetX = (W - spanX * scale) / 2;
  const offsetY = (H - spanY * scale) / 2;
  return {
    x: (p) => offsetX + (p.lon - minLon) * kx * scale,
    y: (p) => offsetY + (maxLat - p.lat) * scale,
    pixelsPerKm: scale / KM_PER_DEGREE,
  };
}

/** Staff bases by place; a base at a school (a co-teacher's home school) is that school, not a second marker. */
function bases(model, schools) {
  const found = new Map();
  for (const person of model.staff.values()) {
    if (!person.base || !Number.isFinite(person.base.lat) || !Number.isFinite(person.base.lon)) continue;
    const school = schools.find((x) => samePlace(x, person.base));
    const key = school ? `school:${school.id}` : `${person.base.name}|${person.base.lat}|${person.base.lon}`;
    if (!found.has(key)) found.set(key, { ...person.base, school: school || null, staff: [] });
    found.get(key).staff.push(person);
  }
  return [...found.values()];
}

/** Puts each label beside its marker where it overlaps the fewest labels and markers already placed. */
function labelPlacer() {
  const taken = [];
  const overlap = (a, b) => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1))
    * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
  return {
    mark(x, y, r) {
      taken.push({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
    },
    place(x, y, text, size = 13) {
      const width = text.length * size * 0.56;
      const height = size * 1.2;
      const options = [
        { x: x + 11, y: y + size * 0.35, anchor: 'start' },
        { x: x - 11, y: y + size * 0.35, anchor: 'end' },
        { x, y: y - 12, anchor: 'middle' },
        { x, y: y + 12 + size, anchor: 'middle' },
      ].map((o) => {
        const x1 = o.anchor === 'start' ? o.x : o.anchor === 'end' ? o.x - width : o.x - width / 2;
        const box = { x1, x2: x1 + width, y1: o.y - size, y2: o.y - size + height };
        const outside = (box.x1 < 0 ? -box.x1 : 0) + (box.x2 > W ? box.x2 - W : 0)
          + (box.y1 < 0 ? -box.y1 : 0) + (box.y2 > H ? box.y2 - H : 0);
        return { ...o, box, cost: taken.reduce((sum, other) => sum + overlap(box, other), 0) + outside * 100 };
      });
      const best = options.reduce((a, b) => (b.cost < a.cost ? b : a));
      taken.push(best.box);
      return best;
    },
  };
}

/** Whether two places are the same spot (a base at a school): within 50 metres, on a flat-earth approximation. */
function samePlace(a, b) {
  const kmPerDegree = 111.32;
  const dLat = (a.lat - b.lat) * kmPerDegree;
  const dLon = (a.lon - b.lon) * kmPerDegree * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon) < 0.05;
}

/**
 * @param selection {staffId, week, day}
 * @param schoolHref schoolId => link to that school's timetable
 */
export function renderMap(model, selection, schoolHref) {
  const schools = [...model.schools.values()].filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon));
  const baseList = bases(model, schools);
  const places = [...schools, ...baseList];
  if (places.length === 0) return h('p', { class: 'empty' }, t('mapEmpty'));
  const proj = projection(places);
  const person = selection.staffId ? model.staff.get(selection.staffId) : null;
  const route = person ? staffDay(model, person.id, selection.week, selection.day) : null;
  const routeColour = person ? roleColour(person.role).edge : MAP.route;

  const svg = s('svg', {
    class: 'map', viewBox: `0 0 ${W} ${H}`, role: 'group',
    'aria-label': t('mapLabel', { schools: schools.length, bases: baseList.length }),
  });
  svg.append(
    s('defs', {},
      s('marker', { id: 'route-arrow', viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 14, markerHeight: 14,
        markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', fill: routeColour }))),
    s('rect', { x: 0, y: 0, width: W, height: H, fill: MAP.land, class: 'map-frame' }),
    scaleBar(proj),
  );

  const labels = labelPlacer();
  schools.forEach((school) => labels.mark(proj.x(school), proj.y(school), 9));
  baseList.forEach((base) => labels.mark(proj.x(base), proj.y(base), 9));
  if (route && route.sessions.length > 0) svg.append(routeLayer(model, person, route, proj, routeColour, labels));

  for (const base of baseList) {
    const x = proj.x(base);
    const y = proj.y(base);
    const title = `${t('mapBase')}: ${base.school ? base.school.name : base.name} – ${base.staff.map((p) => p.name).join(', ')}`;
    if (base.school) {
      // A base at a school: a ring around the school's square.
      svg.append(s('g', { class: 'map-base' }, s('title', {}, title),
        s('circle', { cx: x, cy: y, r: 13, fill: 'none', stroke: MAP.baseEdge, 'stroke-width': 2 })));
      continue;
    }
    const label = labels.place(x, y, base.name, 13);
    svg.append(s('g', { class: 'map-base' },
      s('title', {}, title),
      s('circle', { cx: x, cy: y, r: 7, fill: MAP.base, stroke: MAP.baseEdge, 'stroke-width': 2.5 }),
      s('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, class: 'map-label map-label-base' }, base.name)));
  }
  for (const school of schools) {
    const x = proj.x(school);
    const y = proj.y(school);
    const label = labels.place(x, y, school.name, 13);
    svg.append(s('a', { href: schoolHref(school.id), class: 'map-school', 'aria-label': school.name },
      s('title', {}, `${school.name}${school.address ? `, ${school.address}` : ''}`),
      s('rect', { x: x - 7, y: y - 7, width: 14, height: 14, fill: MAP.school, rx: 2 }),
      s('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, class: 'map-label' }, school.name)));
  }
  return h('div', { class: 'map-wrap' }, svg, mapLegend(person), route ? routeList(model, person, route) : null);
}

function scaleBar(proj) {
  const candidates = [0.5, 1, 2, 5, 10, 20, 50];
  const km = candidates.find((c) => c * proj.pixelsPerKm >= 80) || 50;
  const length = km * proj.pixelsPerKm;
  return s('g', { class: 'map-scale', 'aria-hidden': 'true' },
    s('line', { x1: 16, x2: 16 + length, y1: H - 18, y2: H - 18, stroke: MAP.school, 'stroke-width': 3 }),
    s('text', { x: 16, y: H - 26, class: 'map-label' }, `${formatNumber(km, km < 1 ? 1 : 0)} km`));
}

function routeLayer(model, person, route, proj, colour, labels) {
  const stops = [person.base || null];
  route.sessions.forEach((session, i) => {
    if (i === 0 || session.schoolId !== route.sessions[i - 1].schoolId) stops.push(model.schools.get(session.schoolId));
  });
  stops.push(person.base || null);
  const layer = s('g', { class: 'map-route' });
  for (let i = 1; i < stops.length; i += 1) {
    const from = stops[i - 1];
    const to = stops[i];
    if (!from || !to) continue;
    const x1 = proj.x(from);
    const y1 = proj.y(from);
    const x2 = proj.x(to);
    const y2 = proj.y(to);
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (length < 24) continue;
    // Stop short of both markers, so that the arrow head is seen.
    const ux = (x2 - x1) / length;
    const uy = (y2 - y1) / length;
    layer.append(s('line', {
      x1: x1 + ux * 12, y1: y1 + uy * 12, x2: x2 - ux * 14, y2: y2 - uy * 14,
      stroke: colour, 'stroke-width': 4, 'stroke-linecap': 'round', 'marker-end': 'url(#route-arrow)',
    }));
  }
  // One badge per school, naming every stop made there ("1, 3" when the day comes back to it).
  const numbers = new Map();
  stops.slice(1, -1).forEach((stop, i) => {
    if (!numbers.has(stop)) numbers.set(stop, []);
    numbers.get(stop).push(i + 1);
  });
  numbers.forEach((list, stop) => {
    const text = list.join(', ');
    const width = Math.max(20, 8 + text.length * 7.5);
    const x = proj.x(stop) - 12 - width / 2;
    const y = proj.y(stop) + 16;
    labels.mark(x, y, width / 2);
    layer.append(s('g', { class: 'map-stop' },
      s('rect', { x: x - width / 2, y: y - 10, width, height: 20, rx: 10, fill: colour }),
      s('text', { x, y: y + 4, 'text-anchor': 'middle', class: 'map-stop-number' }, text)));
  });
  return layer;
}

function mapLegend(person) {
  return h('ul', { class: 'legend map-legend' },
    h('li', {}, h('span', { class: 'swatch swatch-school', 'aria-hidden': 'true' }), t('mapSchool')),
    h('li', {}, h('span', { class: 'swatch swatch-base', 'aria-hidden': 'true' }), t('mapBase')),
    person ? h('li', {}, h('span', { class: 'swatch swatch-route', 'aria-hidden': 'true',
      style: { '--edge': roleColour(person.role).edge } }), t('mapRoute', { name: person.name })) : null);
}

function routeList(model, person, route) {
  if (route.sessions.length === 0) {
    return h('p', { class: 'empty route-list' }, t('routeNone', { name: person.name }));
  }
  const schoolName = (id) => model.schools.get(id)?.name || id;
  const items = [];
  const legs = [...route.legs];
  const legAt = (kind, fromId) => legs.find((leg) => leg.kind === kind && (kind !== 'between' || leg.fromId === fromId));
  const out = legAt('from-base');
  items.push(h('li', { class: 'route-travel' }, t('routeLeave', {
    time: clock(out.startMin), base: person.base?.name || t('base'), d: formatDuration(out.minutes),
  })));
  let stop = 0;
  route.sessions.forEach((session, i) => {
    const previous = route.sessions[i - 1];
    if (previous && previous.schoolId !== session.schoolId) {
      const leg = route.legs.find((x) => x.kind === 'between' && x.startMin === previous.endMin
        && x.fromId === previous.schoolId && x.toId === session.schoolId);
      items.push(h('li', { class: 'route-travel' }, t('routeDrive', {
        d: formatDuration(leg ? leg.minutes : 0), to: schoolName(session.schoolId),
      })));
    }
    if (!previous || previous.schoolId !== session.schoolId) stop += 1;
    const className = session.classId ? model.classes.get(session.classId)?.name : null;
    items.push(h('li', { class: 'route-session' },
      h('span', { class: 'route-stop' }, String(stop)),
      `${session.start}–${session.end} ${schoolName(session.schoolId)}: ${term('type', session.type)}`
        + (className ? ` ${className}` : '')));
  });
  const home = legAt('to-base');
  items.push(h('li', { class: 'route-travel' }, t('routeHome', {
    time: clock(home.endMin), base: person.base?.name || t('base'), d: formatDuration(home.minutes),
  })));
  return h('div', { class: 'route-list' },
    h('h3', {}, t('routeTitle', { name: person.name })),
    h('ol', {}, items),
    h('p', { class: 'route-total' }, t('routeTotal', { d: formatDuration(route.travelMinutes) })));
}
