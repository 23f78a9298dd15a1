import type { CardEntity, Membership } from '../lib/card/card-entity';
import type { Say, UiLang } from '../lib/i18n';
import { format } from '../lib/i18n/format';
import type { LogSummary } from '../lib/messages';

export interface ContextCardProps {
  entity: CardEntity;
  lang: UiLang;
  /** The card's words in `lang`. */
  say: Say;
  /** The page's hover card: the essentials, no lists. */
  compact?: boolean;
  /** How many times the page names it. */
  mentions?: number;
  /** The entities the page names: member chips of those are marked. */
  onPage?: ReadonlySet<string>;
  log?: LogSummary | null;
  onNextMention?: () => void;
  /** Shows (or stops showing) the related entities in the page: an organisation's members, a state's organisations. */
  onShowRelated?: () => void;
  relatedShown?: boolean;
  onChip?: (id: string) => void;
  onClose?: () => void;
  /** In a list navigated by arrow keys: the one card that takes Tab focus. */
  focusable?: boolean;
}

const other = (lang: UiLang): UiLang => (lang === 'ar' ? 'en' : 'ar');
const dir = (lang: UiLang) => (lang === 'ar' ? 'rtl' : 'ltr');

/** A dot for the eye, words for a screen reader: this one is on the page. */
function OnPageMark({ say }: { say: Say }) {
  return (
    <>
      <span aria-hidden="true"> ●</span>
      <span class="sr-only"> ({say('thisPage')})</span>
    </>
  );
}

/** A membership's standing where it is not plain membership: suspended, observer, former, or the body ended. */
function standing(item: Membership, lang: UiLang, say: Say): string | null {
  const note = item.note;
  if (note?.status === 'member') return say('memberSince', format.dataDate(lang, note.since));
  if (note?.status === 'suspended') return say('suspendedSince', format.dataDate(lang, note.since));
  if (note?.status === 'observer') return say('observer');
  if (note?.status === 'former') return say('leftIn', format.dataDate(lang, note.left));
  if (item.ended) return say('orgEnded', format.dataDate(lang, item.ended));
  return null;
}

function Chips({
  items,
  lang,
  say,
  onPage,
  onChip,
}: {
  items: Membership[];
  lang: UiLang;
  say: Say;
  onPage?: ReadonlySet<string> | undefined;
  onChip?: ((id: string) => void) | undefined;
}) {
  return (
    <ul class="chips">
      {items.map((item) => {
        const here = onPage?.has(item.id) ?? false;
        const note = standing(item, lang, say);
        const label = (
          <>
            {item.name[lang]}
            {note && <span class="standing"> · {note}</span>}
          </>
        );
        const cls = `chip${here ? ' here' : ''}${note ? ' noted' : ''}`;
        return (
          <li key={item.id}>
            {onChip ? (
              <button type="button" class={cls} onClick={() => onChip(item.id)}>
                {label}
                {here && <OnPageMark say={say} />}
              </button>
            ) : (
              <span class={cls}>
                {label}
                {here && <OnPageMark say={say} />}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Chips, those on the page first; a long list folds the rest away (the UN has 193 members). */
function ChipList(props: Parameters<typeof Chips>[0]) {
  const { items, onPage, say, lang } = props;
  if (items.length <= 12) return <Chips {...props} />;
  const here = items.filter((i) => onPage?.has(i.id));
  return (
    <>
      {here.length > 0 && <Chips {...props} items={here} />}
      <details>
        <summary>{say('showAll', format.number(lang, items.length))}</summary>
        <Chips {...props} />
      </details>
    </>
  );
}

/** Past ties, folded away: a reader of an old article can still see who was a member then. */
function FormerList(props: Parameters<typeof Chips>[0] & { title: string }) {
  const { title, ...chips } = props;
  if (chips.items.length === 0) return null;
  return (
    <details class="former">
      <summary>{title}</summary>
      <Chips {...chips} />
    </details>
  );
}

/**
 * The context card: what an entity is, in the reader's language first. One component: the popup
 * shows it whole; the page's hover card shows it compact.
 */
export function ContextCard(props: ContextCardProps) {
  const { entity, lang, say, compact = false, mentions, onPage, log } = props;
  const o = other(lang);
  const isState = entity.kind === 'state';
  const membersHere = entity.members.filter((m) => onPage?.has(m.id)).length;
  // Observers are listed with the members but not counted as such.
  const memberCount = entity.members.filter((m) => m.note?.status !== 'observer').length + entity.otherMembers.length;
  return (
    <article
      class={compact ? 'card compact' : 'card'}
      dir={dir(lang)}
      lang={lang}
      aria-label={entity.name[lang]}
      {...(props.focusable !== undefined ? { tabIndex: props.focusable ? 0 : -1 } : {})}
    >
      <header>
        {entity.flag && (
          <span class="flag" aria-hidden="true">
            {entity.flag}
          </span>
        )}
        <div class="names">
          <strong class="name">{entity.name[lang]}</strong>
          <span class="other" lang={o} dir={dir(o)}>
            {entity.name[o]}
            {entity.alsoKnownAs[o] && entity.alsoKnownAs[o] !== entity.name[o] ? ` · ${entity.alsoKnownAs[o]}` : ''}
          </span>
        </div>
        <span class="kind">{say(isState ? 'state' : 'org')}</span>
        {props.onClose && (
          <button type="button" class="close" aria-label={say('close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </header>
      <p class="summary">{entity.summary[lang]}</p>
      {entity.ended && <p class="ended">{say('endedIn', format.dataDate(lang, entity.ended))}</p>}
      <dl>
        {entity.year !== null && (
          <>
            <dt>{say(isState ? 'unMemberSince' : 'founded')}</dt>
            <dd>{format.number(lang, entity.year).replace(/[,٬]/g, '')}</dd>
          </>
        )}
        {entity.seat && (
          <>
            <dt>{say(isState ? 'capital' : 'headquarters')}</dt>
            <dd>{entity.seat[lang]}</dd>
          </>
        )}
        {entity.parent && (
          <>
            <dt>{say('partOf')}</dt>
            <dd>{entity.parent.name[lang]}</dd>
          </>
        )}
      </dl>
      {mentions !== undefined && mentions > 0 && (
        <p class="count">
          {mentions === 1 ? say('mentionOnPage') : say('mentionsOnPage', format.number(lang, mentions))}
        </p>
      )}
      {entity.members.length > 0 && (
        <section aria-label={say('members')}>
          <h3>
            {say('members')} ({format.number(lang, memberCount)})
            {onPage && membersHere > 0 && ` · ${say('membersOnPage', format.number(lang, membersHere))}`}
          </h3>
          {!compact && <ChipList items={entity.members} lang={lang} say={say} onPage={onPage} onChip={props.onChip} />}
          {!compact && entity.otherMembers.length > 0 && (
            <p class="also">
              {say(
                'alsoMembers',
                format.list(
                  lang,
                  entity.otherMembers.map((m) => m[lang]),
                ),
              )}
            </p>
          )}
        </section>
      )}
      {!compact && (
        <FormerList
          title={say('formerMembers', format.number(lang, entity.formerMembers.length))}
          items={entity.formerMembers}
          lang={lang}
          say={say}
          onPage={onPage}
          onChip={props.onChip}
        />
      )}
      {!compact && entity.memberOf.length > 0 && (
        <section aria-label={say('memberOf')}>
          <h3>{say('memberOf')}</h3>
          <ChipList items={entity.memberOf} lang={lang} say={say} onPage={onPage} onChip={props.onChip} />
        </section>
      )}
      {!compact && (
        <FormerList
          title={say('formerMemberships', format.number(lang, entity.formerMemberOf.length))}
          items={entity.formerMemberOf}
          lang={lang}
          say={say}
          onPage={onPage}
          onChip={props.onChip}
        />
      )}
      <p class="asof">{say('factsAsOf', format.dataDate(lang, entity.asOf))}</p>
      {log !== undefined && (
        <section class="log" aria-label={say('log')}>
          <p>
            {log && log.count > 0 && log.last !== null
              ? log.count === 1
                ? say('inYourLogOne', format.date(lang, log.last))
                : say('inYourLog', format.number(lang, log.count), format.date(lang, log.last))
              : say('inYourLogNone')}
          </p>
          {!compact && log && log.articles.length > 0 && (
            <ul class="articles">
              {log.articles.map((a) => (
                <li key={a.url}>
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    {a.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {!compact && (
        <footer>
          {props.onNextMention && (
            <button type="button" onClick={props.onNextMention}>
              {say('nextMention')}
            </button>
          )}
          {props.onShowRelated && (
            <button type="button" aria-pressed={props.relatedShown ?? false} onClick={props.onShowRelated}>
              {props.relatedShown ? say('hideOutline') : say(isState ? 'showOrgs' : 'showMembers')}
            </button>
          )}
          <span class="wiki">
            <a href={entity.wikipedia.ar} target="_blank" rel="noreferrer noopener" lang="ar">
              {say('wikipediaAr')}
            </a>
            {' · '}
            <a href={entity.wikipedia.en} target="_blank" rel="noreferrer noopener" lang="en">
              {say('wikipediaEn')}
            </a>
          </span>
        </footer>
      )}
    </article>
  );
}
