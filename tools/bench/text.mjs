// Danish-looking text for the bench's synthetic content (tools/bench/generate.mjs): word pools of
// the same kind and sentence length as the real entries, and the small builders that draw from
// them with the generator's seeded dice.

/** @typedef {import('./dice.mjs').Dice} Dice */

const SUBJECTS = [
  'Kommunen',
  'Den praktiserende læge',
  'Sygehuset',
  'Fysioterapeuten',
  'Sygeplejersken',
  'Rehabiliteringsteamet',
  'Ergoterapeuten',
  'Forløbskoordinatoren',
  'Patienten',
  'De pårørende',
  'Den kommunale visitator',
  'Afdelingen',
  'Sundhedscentret',
  'Hjemmeplejen',
  'Diætisten',
];
export const VERBS = [
  'vurderer',
  'afklarer',
  'koordinerer',
  'tilbyder',
  'følger op på',
  'dokumenterer',
  'planlægger',
  'aftaler',
  'tilpasser',
  'registrerer',
  'drøfter',
  'beskriver',
  'understøtter',
  'evaluerer',
];
export const OBJECTS = [
  'behovet for genoptræning',
  'et individuelt træningsforløb',
  'patientens egne mål',
  'den samlede plan for forløbet',
  'henvisningen til kommunen',
  'smertebehandlingen',
  'hjælpemidler i hjemmet',
  'kostvejledning og vægttab',
  'den psykosociale støtte',
  'tilbagevenden til arbejdsmarkedet',
  'medicingennemgangen',
  'patientuddannelsen',
  'opfølgningen efter udskrivelsen',
  'samarbejdet på tværs af sektorer',
  'rygestop og fysisk aktivitet',
  'genoptræningsplanen',
];
const ADVERBIALS = [
  'inden for fire uger',
  'i samarbejde med de pårørende',
  'efter udskrivelsen',
  'ved første kontakt',
  'med udgangspunkt i kliniske retningslinjer',
  'når der er behov for det',
  'hver tredje måned',
  'i patientens eget hjem',
  'på holdtræning i sundhedscentret',
  'via video, hvis patienten ønsker det',
  'sammen med egen læge',
  'før operationen',
  'i hele forløbet',
  'ud fra en samlet behovsvurdering',
];
const SYLLABLES = [
  'sam',
  'spor',
  'liv',
  'kraft',
  'trin',
  'vej',
  'bro',
  'hjem',
  'puls',
  'balance',
  'styrke',
  'ro',
  'mod',
  'lys',
  'flet',
  'kompas',
  'fod',
  'hånd',
  'ånde',
  'vækst',
];
export const CONDITIONS = [
  ['Kræft', 'kraeft'],
  ['Type 2-diabetes', 'diabetes'],
  ['Hjertesygdom', 'hjerte-kar'],
  ['KOL', 'kol'],
  ['Knæartrose', 'muskel-skelet'],
  ['Hofteartrose', 'muskel-skelet'],
  ['Lænderygsmerter', 'muskel-skelet'],
  ['Osteoporose', 'osteoporose'],
  ['Amputation af underekstremitet', 'amputation'],
  ['Multisygdom', 'multisygdom'],
  ['Svær overvægt', 'overvaegt'],
  ['Depression og angst', 'psykisk-sygdom'],
  ['Kronisk sygdom', 'kronisk-sygdom'],
];
export const REGIONS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland'];
export const PHASES = [
  'opsporing',
  'udredning',
  'behandling',
  'rehabilitering',
  'opfoelgning',
  'palliation',
];
export const SECTORS = [
  'sygehus',
  'kommune',
  'almen-praksis',
  'privat-praksis',
  'civilsamfund',
  'borger',
];
export const PARAMETERS = ['theory', 'effect', 'description', 'goals', 'transferability'];
export const CASE_SECTIONS = [
  'purpose',
  'socialInequality',
  'technologyAndData',
  'contentAndKnowledge',
  'organisation',
  'results',
  'economy',
  'implementation',
  'context',
  'spreadPotential',
];
export const ORGANISATIONS = [
  'Region Midtjylland',
  'Region Nordjylland',
  'Region Syddanmark',
  'Aarhus Kommune',
  'Odense Kommune',
  'Aalborg Kommune',
  'Københavns Kommune',
  'Steno Diabetes Center',
  'Praktiserende læger',
  'Kommunale sygeplejersker',
  'Hjerteforeningen',
  'Kræftens Bekæmpelse',
  'Fysioterapeuter i privat praksis',
  'Sygehusets rehabiliteringsafdeling',
];

/** @param {Dice} dice */
export function sentence(dice) {
  return `${dice.pick(SUBJECTS)} ${dice.pick(VERBS)} ${dice.pick(OBJECTS)} ${dice.pick(ADVERBIALS)}.`;
}

/** @param {Dice} dice @param {number} min @param {number} max */
export function paragraph(dice, min, max) {
  return Array.from({ length: dice.int(min, max) }, () => sentence(dice)).join(' ');
}

/** A made-up name such as «Sambro» or «Pulsspor», so the vocabulary grows with the content. */
/** @param {Dice} dice */
export function inventedName(dice) {
  const word = Array.from({ length: dice.int(2, 3) }, () => dice.pick(SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A day in `year` no later than the end of month `lastMonth` (1-12).
 * @param {Dice} dice @param {number} year @param {number} lastMonth
 */
export function isoDate(dice, year, lastMonth) {
  const month = String(dice.int(1, lastMonth)).padStart(2, '0');
  const day = String(dice.int(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** @param {Dice} dice @param {string[]} sources */
export function citation(dice, sources) {
  return {
    source: dice.pick(sources),
    section: `Afsnit ${dice.int(1, 9)}.${dice.int(1, 6)}`,
    note: dice.chance(0.3) ? paragraph(dice, 1, 1) : undefined,
  };
}

/** Markdown body: paragraphs, a heading, sometimes a list. @param {Dice} dice */
export function markdownBody(dice) {
  // Real pathway bodies (background: legislation, tools, recommendations) run to about 6,000
  // characters in four to six sections; tools/bench/realism.mjs compares the two.
  const parts = [paragraph(dice, 3, 5), paragraph(dice, 2, 4)];
  for (let section = dice.int(4, 6); section > 0; section -= 1) {
    parts.push(`## ${dice.pick(OBJECTS).replace(/^./, (c) => c.toUpperCase())}`);
    parts.push(paragraph(dice, 3, 6));
    if (dice.chance(0.6)) {
      parts.push(Array.from({ length: dice.int(3, 6) }, () => `- ${sentence(dice)}`).join('\n'));
    }
    parts.push(paragraph(dice, 2, 4));
  }
  return `${parts.join('\n\n')}\n`;
}
