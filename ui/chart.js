// The best score over solving time, one small step line per level of the score: hard rules broken, uncovered
// demand (weighted by priority) and preferences. Higher is better; zero is the best a level can be.
import { SCORE_LEVELS } from './colours.js';
import { s } from './dom.js';
import { formatNumber, t } from './i18n.js';

const WIDTH = 360;
const ROW = 36;
const LEFT = 118;
const RIGHT = 62;

/**
 * @param points [{seconds, hard, medium, soft}] in the order they arrived
 * @param until the solving time so far: each line runs on to it from the last improvement
 */
export function renderScoreChart(points, until = 0) {
  const levels = ['hard', 'medium', 'soft'];
  const height = ROW * levels.length + 18;
  const maxSeconds = Math.max(1, until, ...points.map((p) => p.seconds));
  const x = (seconds) => LEFT + ((WIDTH - LEFT - RIGHT) * seconds) / maxSeconds;
  const svg = s('svg', {
    class: 'score-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img',
    'aria-label': t('chartLabel', { n: points.length, s: formatNumber(maxSeconds, 1) }),
    preserveAspectRatio: 'xMinYMin meet',
  });
  levels.forEach((level, i) => {
    const top = i * ROW + 4;
    const values = points.map((p) => p[level]);
    const min = Math.min(0, ...values);
    const y = (value) => (min === 0 ? top + 4 : top + 4 + ((ROW - 14) * value) / min);
    svg.append(
      s('text', { x: 0, y: top + ROW / 2 + 4, class: 'chart-label' }, t(`scoreLevel.${level}`)),
      s('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: top + 4, y2: top + 4, class: 'chart-zero' }),
    );
    if (points.length > 0) {
      let path = `M${x(points[0].seconds)},${y(values[0])}`;
      for (let k = 1; k < points.length; k += 1) {
        path += ` H${x(points[k].seconds)} V${y(values[k])}`;
      }
      path += ` H${x(maxSeconds)}`;
      svg.append(
        s('path', { d: path, fill: 'none', stroke: SCORE_LEVELS[level], 'stroke-width': 2 }),
        s('text', { x: WIDTH - RIGHT + 6, y: y(values[values.length - 1]) + 4, class: 'chart-value' },
          formatNumber(values[values.length - 1])),
      );
    }
  });
  svg.append(
    s('text', { x: LEFT, y: height - 2, class: 'chart-axis' }, '0 s'),
    s('text', { x: WIDTH - RIGHT, y: height - 2, class: 'chart-axis', 'text-anchor': 'end' },
      `${formatNumber(maxSeconds, 1)} s`),
  );
  return svg;
}
