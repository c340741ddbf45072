// Deterministic synthetic content for `npm run bench`: pathways, cases, responsibility tables and
// datasets that look like the real ones (same fields, similar lengths, cross-references), written
// next to copies of the real sources and actors they cite. The same seed and size always give the
// same files, byte for byte.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * @typedef {() => number} Random  a PRNG returning floats in [0, 1)
 * @typedef {{ pathways: number, cases: number, responsibilities: number, datasets: number }} Plan
 * @typedef {{ sources: string[], actors: string[] }} RealIds  ids of the real sources and actors
 */

/**
 * Mulberry32: a tiny seeded PRNG, good enough for test data and identical on every platform.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
class Dice {
  /** @param {Random} random */
  constructor(random) {
    this.random = random;
  }
  /** Integer in [min, max], both included. @param {number} min @param {number} max */
  int(min, max) {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  /** @param {number} p */
  chance(p) {
    return this.random() < p;
  }
  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /**
   * `count` distinct items in their original order.
   * @template T
   * @param {readonly T[]} items
   * @param {number} count
   * @returns {T[]}
   */
  sample(items, count) {
    const indexes = items.map((_, index) => index);
    for (let i = indexes.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.random() * (i + 1));
      [indexes[i], indexes[j]] = [
        /** @type {number} */ (indexes[j]),
        /** @type {number} */ (indexes[i]),
      ];
    }
    return indexes
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((index) => /** @type {T} */ (items[index]));
  }
}

/**
 * How `entries` generated entries are split between the collections: 40 % pathways, 40 % cases,
 * 16 % responsibility tables and the rest (4 %) datasets; at least one of each.
 * @param {number} entries
 * @returns {Plan}
 */
export function planEntries(entries) {
  if (!Number.isInteger(entries) || entries < 4) {
    throw new Error(`entries must be an integer of at least 4, got ${entries}`);
  }
  const datasets = Math.max(1, Math.round(entries * 0.04));
  const responsibilities = Math.max(1, Math.round(entries * 0.16));
  const rest = entries - datasets - responsibilities;
  const cases = Math.floor(rest / 2);
  return { pathways: rest - cases, cases, responsibilities, datasets };
}

// ---------------------------------------------------------------------------------------------
// YAML: every string single-quoted (or a literal block when it has line breaks), so no value is
// ever read as a date, a number or a flow map.

/**
 * @param {unknown} value
 * @param {number} indent
 * @returns {string}
 */
function yamlValue(value, indent) {
  const pad = ' '.repeat(indent);
  if (value === null) return ' null';
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${String(value)}`;
  if (typeof value === 'string') {
    if (value.includes('\n')) {
      const body = value
        .split('\n')
        .map((line) => (line === '' ? '' : `${pad}  ${line}`))
        .join('\n');
      return ` |-\n${body}`;
    }
    return ` '${value.replaceAll("'", "''")}'`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return `\n${value
      .map((item) => {
        if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
          const lines = yamlObject(/** @type {Record<string, unknown>} */ (item), indent + 2);
          return `${pad}- ${lines.slice(indent + 2)}`;
        }
        return `${pad}-${yamlValue(item, indent + 2)}`;
      })
      .join('\n')}`;
  }
  if (typeof value === 'object') {
    if (Object.values(value).every((item) => item === undefined)) return ' {}';
    return `\n${yamlObject(/** @type {Record<string, unknown>} */ (value), indent + 2)}`;
  }
  throw new Error(`cannot write ${typeof value} as YAML`);
}

/**
 * @param {Record<string, unknown>} object
 * @param {number} indent
 * @returns {string}
 */
function yamlObject(object, indent) {
  const pad = ' '.repeat(indent);
  return Object.entries(object)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${pad}${key}:${yamlValue(value, indent)}`)
    .join('\n');
}

/**
 * Serialises plain data (objects, arrays, strings, numbers, booleans, null) as block-style YAML.
 * @param {Record<string, unknown>} data
 * @returns {string}
 */
export function toYaml(data) {
  return `${yamlObject(data, 0)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Danish-looking text.

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
const VERBS = [
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
const OBJECTS = [
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
const CONDITIONS = [
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
const REGIONS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland'];
const PHASES = [
  'opsporing',
  'udredning',
  'behandling',
  'rehabilitering',
  'opfoelgning',
  'palliation',
];
const SECTORS = ['sygehus', 'kommune', 'almen-praksis', 'privat-praksis', 'civilsamfund', 'borger'];
const PARAMETERS = ['theory', 'effect', 'description', 'goals', 'transferability'];
const CASE_SECTIONS = [
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
const ORGANISATIONS = [
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
function sentence(dice) {
  return `${dice.pick(SUBJECTS)} ${dice.pick(VERBS)} ${dice.pick(OBJECTS)} ${dice.pick(ADVERBIALS)}.`;
}

/** @param {Dice} dice @param {number} min @param {number} max */
function paragraph(dice, min, max) {
  return Array.from({ length: dice.int(min, max) }, () => sentence(dice)).join(' ');
}

/** A made-up name such as «Sambro» or «Pulsspor», so the vocabulary grows with the content. */
/** @param {Dice} dice */
function inventedName(dice) {
  const word = Array.from({ length: dice.int(2, 3) }, () => dice.pick(SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** @param {Dice} dice @param {string} from yyyy @param {string} to yyyy */
function isoDate(dice, from, to) {
  const year = dice.int(Number(from), Number(to));
  const month = String(dice.int(1, 12)).padStart(2, '0');
  const day = String(dice.int(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** @param {Dice} dice @param {string[]} sources */
function citation(dice, sources) {
  return {
    source: dice.pick(sources),
    section: `Afsnit ${dice.int(1, 9)}.${dice.int(1, 6)}`,
    note: dice.chance(0.3) ? paragraph(dice, 1, 1) : undefined,
  };
}

/** Markdown body: paragraphs, a heading, sometimes a list. @param {Dice} dice */
function markdownBody(dice) {
  const parts = [paragraph(dice, 3, 5), paragraph(dice, 2, 4)];
  parts.push(`## ${dice.pick(OBJECTS).replace(/^./, (c) => c.toUpperCase())}`);
  parts.push(paragraph(dice, 2, 5));
  if (dice.chance(0.6)) {
    parts.push(Array.from({ length: dice.int(3, 6) }, () => `- ${sentence(dice)}`).join('\n'));
  }
  parts.push(paragraph(dice, 2, 4));
  return `${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Entries.

/**
 * @param {Dice} dice
 * @param {number} index
 * @param {RealIds} real
 * @param {{ cases: string[], tables: string[], datasets: string[] }} ids
 */
function pathway(dice, index, real, ids) {
  const [condition, area] = dice.pick(CONDITIONS);
  const regional = dice.chance(0.6);
  const stepCount = dice.int(6, 14);
  const stepIds = Array.from({ length: stepCount }, (_, i) => `trin-${i + 1}`);
  let phaseIndex = 0;
  const steps = stepIds.map((id, i) => {
    if (dice.chance(0.35)) phaseIndex = Math.min(PHASES.length - 1, phaseIndex + 1);
    const later = stepIds.slice(i + 1);
    /** @type {{ condition: string, next?: string, outcome?: string }[]} */
    let branches = [];
    if (later.length > 1 && dice.chance(0.3)) {
      branches = Array.from({ length: dice.int(2, 3) }, () =>
        dice.chance(0.8)
          ? { condition: sentence(dice), next: dice.pick(later) }
          : { condition: sentence(dice), outcome: `Henvises til ${dice.pick(OBJECTS)}` },
      );
    }
    return {
      id,
      title: `${dice.pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${dice.pick(OBJECTS)}`,
      phase: PHASES[phaseIndex],
      actors: dice.sample(real.actors, dice.int(1, 3)),
      description: paragraph(dice, 2, 5),
      branches: branches.length > 0 ? branches : undefined,
      citation: dice.chance(0.4) ? citation(dice, real.sources) : undefined,
    };
  });
  const reviewed = isoDate(dice, '2025', '2026');
  const data = {
    title: `${condition}: ${inventedName(dice)}-forløbet ${index + 1}`,
    summary: paragraph(dice, 2, 3),
    condition,
    diseaseAreas: [area],
    scope: regional ? 'regional' : 'national',
    region: regional ? dice.pick(REGIONS) : undefined,
    audience: dice.sample(
      [
        'Praktiserende læger',
        'Fysioterapeuter',
        'Kommunale planlæggere',
        'Sygeplejersker',
        'Sygehuslæger',
      ],
      dice.int(1, 3),
    ),
    sourceDate: isoDate(dice, '2014', '2024'),
    reviewed,
    nextReview: `${Number(reviewed.slice(0, 4)) + 1}${reviewed.slice(4)}`,
    sources: Array.from({ length: dice.int(1, 4) }, () => citation(dice, real.sources)),
    steps,
    relatedCases: dice.sample(ids.cases, dice.int(0, 3)),
    relatedTables: dice.sample(ids.tables, dice.int(0, 2)),
    relatedDatasets: dice.sample(ids.datasets, dice.int(0, 1)),
    order: dice.int(1, 200),
  };
  return `---\n${toYaml(data)}---\n\n${markdownBody(dice)}`;
}

/** @param {Dice} dice @param {number} index @param {RealIds} real @param {string[]} pathwayIds */
function caseEntry(dice, index, real, pathwayIds) {
  const [condition, area] = dice.pick(CONDITIONS);
  const nationwide = dice.chance(0.2);
  const name = `${inventedName(dice)} ${index + 1}`;
  /** @type {Record<string, string>} */
  const sections = {};
  for (const key of CASE_SECTIONS) {
    const paragraphs = Array.from({ length: dice.int(1, 3) }, () => paragraph(dice, 2, 5));
    if (dice.chance(0.25)) {
      paragraphs.push(
        Array.from({ length: dice.int(2, 5) }, () => `- ${sentence(dice)}`).join('\n'),
      );
    }
    sections[key] = paragraphs.join('\n\n');
  }
  /** @type {Record<string, unknown>} */
  const assessment = {};
  for (const parameter of PARAMETERS) {
    assessment[parameter] = {
      score: dice.int(1, 4),
      provenance: dice.chance(0.8) ? 'derived' : 'catalogue',
      catalogueSummary: sentence(dice),
      evidence: [sentence(dice)],
      rationale: paragraph(dice, 1, 3),
    };
  }
  const data = {
    title: name,
    summary: sentence(dice),
    diseaseAreas: dice.chance(0.3)
      ? [area, 'multisygdom'].filter((a, i, all) => all.indexOf(a) === i)
      : [area],
    conditionText: condition,
    targetGroup: paragraph(dice, 1, 2),
    interventionType: dice.pick([
      'Digital løsning',
      'Klinik',
      'Opsøgende indsats',
      'Holdforløb',
      'Tværsektorielt team',
    ]),
    organisations: dice.sample(ORGANISATIONS, dice.int(2, 5)),
    regions: nationwide ? [] : dice.sample(REGIONS, dice.int(1, 2)),
    nationwide,
    sectors: dice.sample(SECTORS, dice.int(1, 3)),
    status: dice.pick(['pilot', 'drift', 'forskning']),
    period: dice.chance(0.6) ? `${dice.int(2015, 2020)}-${dice.int(2021, 2025)}` : undefined,
    sections,
    assessment,
    sources: [{ source: dice.pick(real.sources), section: `2.${index + 1} ${name}` }],
    relatedPathways: dice.sample(pathwayIds, dice.int(0, 2)),
  };
  return `---\n${toYaml(data)}---\n\n${paragraph(dice, 2, 4)}\n`;
}

/** @param {Dice} dice @param {number} index @param {RealIds} real */
function responsibility(dice, index, real) {
  const columns = dice.sample(PHASES, dice.int(2, 4)).map((phase) => ({
    id: `fase-${phase}`,
    label: phase.charAt(0).toUpperCase() + phase.slice(1),
    phase,
  }));
  const rows = dice.sample(real.actors, dice.int(3, 8)).map((actor) => {
    /** @type {Record<string, string[]>} */
    const tasks = {};
    for (const [position, column] of columns.entries()) {
      if (position === 0 || dice.chance(0.8)) {
        tasks[column.id] = Array.from({ length: dice.int(1, 4) }, () => sentence(dice));
      }
    }
    return { actor, tasks };
  });
  const data = {
    title: `Ansvarsfordeling ${index + 1}: ${dice.pick(CONDITIONS)[0]}`,
    caption: sentence(dice),
    description: paragraph(dice, 2, 4),
    rowHeading: 'Aktør',
    columns,
    rows,
    sources: [citation(dice, real.sources)],
    notes: dice.chance(0.4) ? [sentence(dice)] : [],
  };
  return toYaml(data);
}

/** @param {Dice} dice @param {number} index @param {RealIds} real */
function dataset(dice, index, real) {
  const series = Array.from({ length: dice.int(2, 4) }, (_, i) => ({
    id: `serie-${i + 1}`,
    label: `${dice.pick(['Mænd', 'Kvinder', 'Borgere', 'Patienter', 'Forløb'])} ${i + 1}`,
    kind: 'number',
    unit: dice.pick(['antal', '%']),
  }));
  const columns = [{ id: 'gruppe', label: 'Gruppe', kind: 'text' }, ...series];
  const rows = Array.from({ length: dice.int(4, 10) }, (_, i) => {
    /** @type {Record<string, string | number>} */
    const row = { gruppe: `Gruppe ${i + 1}` };
    // «ikke oplyst» is the dataset schema's marker for a value the source does not give.
    for (const column of series) {
      row[column.id] = dice.chance(0.05) ? 'ikke oplyst' : dice.int(0, 20000);
    }
    return row;
  });
  const data = {
    title: `Tabel ${index + 1}: ${dice.pick(OBJECTS)}`,
    caption: sentence(dice),
    columns,
    rows,
    chart: dice.chance(0.7)
      ? { category: 'gruppe', series: series.slice(0, 2).map((s) => s.id), title: sentence(dice) }
      : undefined,
    sources: [citation(dice, real.sources)],
    notes: dice.chance(0.5) ? [sentence(dice)] : [],
  };
  return toYaml(data);
}

/**
 * Generates the content files for `entries` entries, as a map from path (relative to the content
 * root, e.g. `pathways/forloeb-00001.mdx`) to file text. Only pathways, cases, responsibility
 * tables and datasets are generated; they cite the real sources and actors named in `real`.
 * @param {{ entries: number, seed?: number, real: RealIds }} options
 * @returns {Map<string, string>}
 */
export function generateContent({ entries, seed = 20261123, real }) {
  if (real.sources.length === 0 || real.actors.length < 3) {
    throw new Error('generateContent needs the real sources and at least three actors');
  }
  const plan = planEntries(entries);
  const dice = new Dice(createRandom(seed));
  const id = (/** @type {string} */ prefix, /** @type {number} */ i) =>
    `${prefix}-${String(i + 1).padStart(5, '0')}`;
  const ids = {
    pathways: Array.from({ length: plan.pathways }, (_, i) => id('forloeb', i)),
    cases: Array.from({ length: plan.cases }, (_, i) => id('case', i)),
    tables: Array.from({ length: plan.responsibilities }, (_, i) => id('ansvar', i)),
    datasets: Array.from({ length: plan.datasets }, (_, i) => id('tabel', i)),
  };
  /** @type {Map<string, string>} */
  const files = new Map();
  ids.pathways.forEach((pid, i) => files.set(`pathways/${pid}.mdx`, pathway(dice, i, real, ids)));
  ids.cases.forEach((cid, i) =>
    files.set(`cases/${cid}.mdx`, caseEntry(dice, i, real, ids.pathways)),
  );
  ids.tables.forEach((tid, i) =>
    files.set(`responsibilities/${tid}.yaml`, responsibility(dice, i, real)),
  );
  ids.datasets.forEach((did, i) => files.set(`datasets/${did}.yaml`, dataset(dice, i, real)));
  return files;
}

/**
 * Ids (file names without extension) of the YAML files in a folder.
 * @param {string} dir
 * @returns {string[]}
 */
export function yamlIds(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();
}

/**
 * Writes a synthetic content root: copies of the real `sources/` and `actors/` from
 * `realContentDir` plus the generated entries. Returns the number of generated files.
 * @param {{ realContentDir: string, targetDir: string, entries: number, seed?: number }} options
 * @returns {number}
 */
export function writeSyntheticContent({ realContentDir, targetDir, entries, seed }) {
  for (const folder of ['sources', 'actors', 'rubric']) {
    cpSync(join(realContentDir, folder), join(targetDir, folder), { recursive: true });
  }
  for (const folder of ['pathways', 'cases', 'responsibilities', 'datasets']) {
    mkdirSync(join(targetDir, folder), { recursive: true });
  }
  const real = {
    sources: yamlIds(join(realContentDir, 'sources')),
    actors: yamlIds(join(realContentDir, 'actors')),
  };
  const files = generateContent({ entries, real, ...(seed === undefined ? {} : { seed }) });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(targetDir, path)), { recursive: true });
    writeFileSync(join(targetDir, path), text);
  }
  return files.size;
}
