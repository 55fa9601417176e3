// Travel minutes exactly as the service computes them (TravelTimes.java), and a person's day as DayRoute.java walks
// it: from the base, to the schools in time order, and back to the base.

const DEFAULTS = { speedKmh: 40, detourFactor: 1.3, minutesPerTrip: 5 };
const EARTH_RADIUS_KM = 6371;

export function haversineKm(lat1, lon1, lat2, lon2) {
  const rad = (deg) => (deg * Math.PI) / 180;
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** Java's Math.round: halves go up, also for negative numbers (never the case here). */
function javaRound(x) {
  return Math.floor(x + 0.5);
}

function estimateMinutes(a, b, settings) {
  const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
  if (km < 0.05) return 0;
  return javaRound((km * settings.detourFactor) / settings.speedKmh * 60) + settings.minutesPerTrip;
}

/**
 * Travel between places of one plan document. A place is {id, lat, lon}: a school (its id) or a staff member's base
 * (the staff member's id, which is how a known time from a base is given in travel.minutes).
 */
export function travelTimes(problem) {
  const raw = problem.travel || {};
  const settings = {
    speedKmh: raw.speedKmh ?? DEFAULTS.speedKmh,
    detourFactor: raw.detourFactor ?? DEFAULTS.detourFactor,
    minutesPerTrip: raw.minutesPerTrip ?? DEFAULTS.minutesPerTrip,
  };
  const given = new Map();
  for (const entry of raw.minutes || []) {
    given.set(`${entry.from}\u0000${entry.to}`, entry.minutes);
    given.set(`${entry.to}\u0000${entry.from}`, entry.minutes);
  }
  const schools = new Map((problem.schools || []).map((school) => [school.id, school]));

  function betweenSchools(fromId, toId) {
    if (fromId === toId) return 0;
    const known = given.get(`${fromId}\u0000${toId}`);
    if (known !== undefined) return known;
    return estimateMinutes(schools.get(fromId), schools.get(toId), settings);
  }

  function fromBase(staff, schoolId) {
    if (!staff.base) return 0;
    const known = given.get(`${staff.id}\u0000${schoolId}`);
    if (known !== undefined) return known;
    return estimateMinutes(staff.base, schools.get(schoolId), settings);
  }

  return { settings, betweenSchools, fromBase };
}

const byTime = (a, b) => a.startMin - b.startMin || a.endMin - b.endMin
  || (a.schoolId < b.schoolId ? -1 : a.schoolId > b.schoolId ? 1 : 0)
  || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One staff member's day: the sessions in time order and the drives between them. A drive to the next school is
 * drawn right after the session it leaves; the drive from the base ends when the first session starts.
 * @param sessions that person's sessions on that day of that week, each with startMin, endMin, schoolId
 */
export function dayRoute(staff, sessions, times) {
  const ordered = [...sessions].sort(byTime);
  const legs = [];
  if (ordered.length === 0) return { sessions: ordered, legs, travelMinutes: 0 };
  const first = ordered[0];
  const out = times.fromBase(staff, first.schoolId);
  legs.push({ kind: 'from-base', fromId: null, toId: first.schoolId, minutes: out,
    startMin: first.startMin - out, endMin: first.startMin });
  for (let i = 1; i < ordered.length; i += 1) {
    const previous = ordered[i - 1];
    const next = ordered[i];
    if (previous.schoolId !== next.schoolId) {
      const minutes = times.betweenSchools(previous.schoolId, next.schoolId);
      legs.push({ kind: 'between', fromId: previous.schoolId, toId: next.schoolId, minutes,
        startMin: previous.endMin, endMin: previous.endMin + minutes });
    }
  }
  const last = ordered[ordered.length - 1];
  const home = times.fromBase(staff, last.schoolId);
  legs.push({ kind: 'to-base', fromId: last.schoolId, toId: null, minutes: home,
    startMin: last.endMin, endMin: last.endMin + home });
  const travelMinutes = legs.reduce((sum, leg) => sum + leg.minutes, 0);
  return { sessions: ordered, legs, travelMinutes };
}
