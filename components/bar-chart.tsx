import { format, type UiLang } from '../lib/i18n';

export interface Bar {
  label: string;
  value: number;
  /** Read aloud and shown on hover: the bar's label and value in words. */
  title: string;
}

/** The tallest column leaves room above it for its value. */
const VALUE_ROOM = 12;
/** The widest a column's value is written, in the chart's units; smaller when columns are narrow. */
const VALUE_SIZE = 9;

/**
 * A bar chart drawn to fit its box, each bar with its value written at its end in the interface's
 * digits: columns over time in SVG, or rows for a ranking in HTML. The ranking's names are laid
 * out by HTML, which sets Arabic right to left in every browser and gives the names the width the
 * longest needs (up to a share of the chart; longer names end in an ellipsis, whole in their title);
 * SVG anchors text by its direction, which the browsers do not all resolve alike. The chart is an
 * image to the eye and a table to a screen reader (the same numbers, visually hidden).
 */
export function BarChart({
  bars,
  caption,
  lang,
  horizontal = false,
}: {
  bars: Bar[];
  caption: string;
  lang: UiLang;
  horizontal?: boolean;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const values = bars.map((b) => format.number(lang, b.value));
  return (
    <figure class="chart">
      <figcaption>{caption}</figcaption>
      {horizontal ? (
        <Ranking bars={bars} values={values} max={max} caption={caption} />
      ) : (
        <Columns bars={bars} values={values} max={max} caption={caption} rtl={lang === 'ar'} />
      )}
      {/* The first and last dates in HTML, which lays out Arabic and its digits right in both browsers. */}
      {!horizontal && bars.length > 0 && (
        <div class="axis">
          <span>{bars[0]?.label}</span>
          <span>{bars[bars.length - 1]?.label}</span>
        </div>
      )}
      {/* Hidden by a wrapper, not on the table: Firefox draws a table's caption outside its box. */}
      <div class="sr-only">
        <table>
          <caption>{caption}</caption>
          <tbody>
            {bars.map((b, i) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{values[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

interface Drawn {
  bars: Bar[];
  /** The bars' values as written in the interface's language. */
  values: string[];
  max: number;
  caption: string;
}

/**
 * Rows: a name, then its bar, its value at the bar's end, from the start edge of the text's
 * direction. The bars share what the longest value leaves of the row, so that every value fits.
 */
function Ranking({ bars, values, max, caption }: Drawn) {
  const room = Math.max(0, ...values.map((v) => v.length));
  return (
    <div class="ranking" role="img" aria-label={caption} style={{ '--value-room': `${room + 1}ch` }}>
      {bars.map((b, i) => (
        <div key={b.label} class="rank">
          <span class="name" title={b.title}>
            {b.label}
          </span>
          <span class="track" title={b.title}>
            <span class="bar" style={{ '--share': b.value / max }} />
            <span class="value">{values[i]}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

/** Columns in SVG, the first at the start edge of the text's direction, each value above its column. */
function Columns({ bars, values, max, caption, rtl }: Drawn & { rtl: boolean }) {
  const width = 320;
  const height = 120;
  const slot = width / Math.max(1, bars.length);
  // Digits are about 0.6 of the type's size wide: the values are written as large as the narrowest column lets them.
  const longest = Math.max(1, ...values.map((v) => v.length));
  const size = Math.min(VALUE_SIZE, (slot - 1) / (0.6 * longest));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={caption}>
      {bars.map((b, i) => {
        const h = (b.value / max) * (height - VALUE_ROOM);
        const x = rtl ? width - (i + 1) * slot : i * slot;
        return (
          <g key={b.label}>
            <rect
              x={x + 1}
              y={height - h}
              width={Math.max(1, slot - 2)}
              height={Math.max(b.value > 0 ? 1 : 0, h)}
              rx={1}
              class="bar"
            >
              <title>{b.title}</title>
            </rect>
            {/* An empty week says nothing: no "0" over every gap. */}
            {b.value > 0 && (
              <text
                class="value"
                x={x + slot / 2}
                y={height - h - 2}
                font-size={size.toFixed(1)}
                text-anchor="middle"
                fill="currentColor"
              >
                {values[i]}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
