// The one place for colours. Every fill is light and every edge dark, so the near-black text on a block reads at
// well above 7:1 and an edge colour can itself be used as text on white. Each role also has a short tag, shown
// on the blocks, so that nobody has to tell the colours apart.

export const ROLES = ['psychologist', 'pedagogical-consultant', 'speech-hearing-consultant', 'akt-supervisor',
  'co-teacher'];

const ROLE_COLOURS = {
  psychologist: { fill: '#dbeafe', edge: '#1e40af' },
  'pedagogical-consultant': { fill: '#ede9fe', edge: '#5b21b6' },
  'speech-hearing-consultant': { fill: '#fce7f3', edge: '#9d174d' },
  'akt-supervisor': { fill: '#ffedd5', edge: '#9a3412' },
  'co-teacher': { fill: '#dcfce7', edge: '#166534' },
};

const OTHER = { fill: '#f1f5f9', edge: '#334155' };

export const UNCOVERED = { fill: '#fee2e2', edge: '#b91c1c' };
export const TRAVEL = { fill: '#f3f4f6', edge: '#4b5563' };

/** Need levels: the colours a Danish school uses for them (rød, gul, grøn), dark enough to carry white text. */
export const PRIORITY = {
  red: { fill: '#b91c1c', text: '#ffffff' },
  yellow: { fill: '#facc15', text: '#1f2937' },
  green: { fill: '#15803d', text: '#ffffff' },
};

/** Map markers. */
export const MAP = {
  school: '#1f2937', base: '#ffffff', baseEdge: '#1f2937', route: '#b45309', land: '#f8fafc', grid: '#e2e8f0',
};

/** Score chart lines per level. */
export const SCORE_LEVELS = { hard: '#b91c1c', medium: '#b45309', soft: '#1d4ed8' };

export function roleColour(role) {
  return ROLE_COLOURS[role] || OTHER;
}

/** The custom properties a block or swatch reads: --fill and --edge. */
export function colourStyle(colour) {
  return { '--fill': colour.fill, '--edge': colour.edge };
}
