/** The card's styles: the same in the popup and in the page's shadow root; light and dark follow the system. */
export const CONTEXT_CARD_CSS = `
.card { font: 14px/1.5 system-ui, "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; padding: 10px 12px;
  border-radius: 10px; background: Canvas; color: CanvasText; border: 1px solid #c8c8c8; }
.card.compact { max-width: 340px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.card header { display: flex; align-items: center; gap: 8px; }
.card .flag { font-size: 24px; line-height: 1; }
.card .names { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.card .name { font-size: 15px; }
.card .other, .card dt, .card .count, .card .log p, .card .asof, .card .standing, .card .also { color: #555; font-size: 12px; }
.card .asof { margin: 6px 0 0; font-size: 11px; }
.card .ended { margin: 0 0 6px; font-weight: 600; }
.card .former summary { font-size: 12px; cursor: pointer; margin-top: 6px; }
.card .chip.noted { border-style: dashed; }
.card .kind { font-size: 11px; padding: 1px 6px; border-radius: 8px; background: #e6e8f5; color: #223; white-space: nowrap; }
.card .close { border: 0; background: transparent; font-size: 18px; cursor: pointer; color: inherit; }
.card .summary { margin: 6px 0; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
.card dd { margin: 0; }
.card h3 { font-size: 12px; margin: 8px 0 4px; font-weight: 600; }
.card .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; }
.card .chip { font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 10px; border: 1px solid #c8c8c8; background: transparent; color: inherit; cursor: default; }
.card button.chip { cursor: pointer; }
.card .chip.here { border-color: #b07800; background: rgba(255, 196, 0, 0.25); }
.card .articles { margin: 4px 0 0; padding-inline-start: 18px; font-size: 12px; }
.card footer { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
.card footer button { font: inherit; font-size: 12px; padding: 3px 8px; cursor: pointer; }
.card .wiki { font-size: 12px; margin-inline-start: auto; }
.card a { color: LinkText; }
.card .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card :focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { border-color: #3c4043; }
  .card .other, .card dt, .card .count, .card .log p, .card .asof, .card .standing, .card .also { color: #b0b0b0; }
  .card .kind { background: #2d3250; color: #dde; }
  .card .chip { border-color: #555; }
  .card a { color: #8ab4f8; }
}
`;
