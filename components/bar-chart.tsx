export interface Bar {
  label: string;
  value: number;
  /** Read aloud and shown on hover: the bar's label and value in words. */
  title: string;
}

/**
 * A bar chart in SVG, drawn to fit its box: columns over time, or rows for a ranking. It is an
 * image to the eye and a table to a screen reader (the same numbers, visually hidden). Its text
 * states its direction: SVG anchors text by the text's own start and end, which swap in Arabic.
 */
export function BarChart({
  bars,
  caption,
  horizontal = false,
  rtl = false,
}: {
  bars: Bar[];
  caption: string;
  horizontal?: boolean;
  rtl?: boolean;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 320;
  const height = horizontal ? bars.length * 22 : 120;
  return (
    <figure class="chart">
      <figcaption>{caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={caption}>
        {bars.map((b, i) => {
          if (horizontal) {
            const w = (b.value / max) * (width - 130);
            const x = rtl ? width - 120 - w : 120;
            return (
              <g key={b.label}>
                <text
                  x={rtl ? width - 4 : 4}
                  y={i * 22 + 15}
                  font-size="11"
                  direction={rtl ? 'rtl' : 'ltr'}
                  text-anchor="start"
                  fill="currentColor"
                >
                  {b.label}
                </text>
                <rect x={x} y={i * 22 + 4} width={Math.max(1, w)} height={14} rx={2} class="bar">
                  <title>{b.title}</title>
                </rect>
              </g>
            );
          }
          const slot = width / bars.length;
          const h = (b.value / max) * (height - 2);
          const x = rtl ? width - (i + 1) * slot : i * slot;
          return (
            <rect
              key={b.label}
              x={x + 1}
              y={height - h}
              width={Math.max(1, slot - 2)}
              height={Math.max(b.value > 0 ? 1 : 0, h)}
              rx={1}
              class="bar"
            >
              <title>{b.title}</title>
            </rect>
          );
        })}
      </svg>
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
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
