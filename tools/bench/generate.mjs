// Deterministic synthetic content for `npm run bench`: pathways, cases, responsibility tables and
// datasets that look like the real ones (same fields, similar lengths, cross-references), written
// next to copies of the real sources and actors they cite. The same seed and size always give the
// same files, byte for byte.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CASE_SECTIONS,
  CONDITIONS,
  OBJECTS,
  ORGANISATIONS,
  PARAMETERS,
  PHASES,
  REGIONS,
  SECTORS,
  VERBS,
  citation,
  inventedName,
  isoDate,
  markdownBody,
  paragraph,
  sentence,
} from './text.mjs';
import { toYaml } from './yaml-text.mjs';
import { createRandom, Dice, planEntries } from './dice.mjs';

/** @typedef {import('./dice.mjs').RealIds} RealIds */

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
  const stepCount = dice.int(4, 11);
  const stepIds = Array.from({ length: stepCount }, (_, i) => `trin-${i + 1}`);
  let phaseIndex = 0;
  const steps = stepIds.map((id, i) => {
    if (dice.chance(0.35)) phaseIndex = Math.min(PHASES.length - 1, phaseIndex + 1);
    const later = stepIds.slice(i + 1);
    const following = later[0] ?? id;
    /** @type {{ condition: string, next?: string, outcome?: string }[]} */
    let branches = [];
    if (later.length > 1 && dice.chance(0.45)) {
      // The first way leads on to the following step, so every step can be reached; the
      // conditions are numbered, so one step never lists the same condition twice.
      branches = Array.from({ length: dice.int(2, 3) }, (_, b) =>
        b === 0 || dice.chance(0.8)
          ? {
              condition: `${b + 1}. ${sentence(dice)}`,
              next: b === 0 ? following : dice.pick(later),
            }
          : {
              condition: `${b + 1}. ${sentence(dice)}`,
              outcome: `Henvises til ${dice.pick(OBJECTS)}`,
            },
      );
    }
    return {
      id,
      title: `${dice.pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${dice.pick(OBJECTS)}`,
      phase: PHASES[phaseIndex],
      actors: dice.sample(real.actors, dice.int(1, 3)),
      description: paragraph(dice, 6, 12),
      branches: branches.length > 0 ? branches : undefined,
      citation: dice.chance(0.4) ? citation(dice, real.sources) : undefined,
    };
  });
  // Reviewed in 2026 before December: after every real source's date and not in the future.
  const reviewed = isoDate(dice, 2026, 11);
  // The pathway's scope and region are its main source's.
  const main = citation(dice, real.sources);
  const region = real.regions?.[main.source];
  const data = {
    title: `${condition}: ${inventedName(dice)}-forløbet ${index + 1}`,
    summary: paragraph(dice, 4, 7),
    inBrief: Array.from({ length: dice.int(2, 4) }, () => paragraph(dice, 2, 4)),
    condition,
    diseaseAreas: [area],
    scope: region === undefined ? 'national' : 'regional',
    region,
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
    reviewed,
    nextReview: `${Number(reviewed.slice(0, 4)) + 1}${reviewed.slice(4)}`,
    sources: [main, ...Array.from({ length: dice.int(0, 3) }, () => citation(dice, real.sources))],
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
    summary: paragraph(dice, 2, 3),
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
    organisations: dice.sample(ORGANISATIONS, dice.int(3, 7)),
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
        tasks[column.id] = Array.from({ length: dice.int(1, 2) }, () => sentence(dice));
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
    ...dice.pick([
      { kind: 'count', unit: 'antal' },
      { kind: 'percentage', unit: '%' },
    ]),
  }));
  const columns = [{ id: 'gruppe', label: 'Gruppe', kind: 'text' }, ...series];
  const rows = Array.from({ length: dice.int(4, 10) }, (_, i) => {
    /** @type {Record<string, string | number>} */
    const row = { gruppe: `Gruppe ${i + 1}` };
    // «ikke oplyst» is the dataset schema's marker for a value the source does not give.
    for (const column of series) {
      const value = column.kind === 'percentage' ? dice.int(0, 100) : dice.int(0, 20000);
      row[column.id] = dice.chance(0.05) ? 'ikke oplyst' : value;
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
 * The region of each regional source in a folder of source files (`region: sjaelland`), so
 * generated pathways state the region their main source has.
 * @param {string} dir
 * @param {string[]} ids
 * @returns {Record<string, string>}
 */
function sourceRegions(dir, ids) {
  /** @type {Record<string, string>} */
  const regions = {};
  for (const id of ids) {
    const region = /^region: *([a-z-]+) *$/m.exec(
      readFileSync(join(dir, `${id}.yaml`), 'utf8'),
    )?.[1];
    if (region !== undefined) regions[id] = region;
  }
  return regions;
}

/** The collection folders whose entries are generated; every other folder is copied as it is. */
const GENERATED_FOLDERS = ['pathways', 'cases', 'responsibilities', 'datasets'];

/**
 * Writes a synthetic content root: the generated entries, and copies of every other collection
 * folder of `realContentDir` (sources, actors, rubric, synonyms, and any collection added
 * later, so a new collection never leaves the scale build with an empty folder). Returns the
 * number of generated files.
 * @param {{ realContentDir: string, targetDir: string, entries: number, seed?: number }} options
 * @returns {number}
 */
export function writeSyntheticContent({ realContentDir, targetDir, entries, seed }) {
  const copied = readdirSync(realContentDir, { withFileTypes: true }).filter(
    (entry) =>
      entry.isDirectory() && !entry.name.startsWith('.') && !GENERATED_FOLDERS.includes(entry.name),
  );
  for (const { name } of copied) {
    cpSync(join(realContentDir, name), join(targetDir, name), { recursive: true });
  }
  for (const folder of GENERATED_FOLDERS) {
    mkdirSync(join(targetDir, folder), { recursive: true });
  }
  const sources = yamlIds(join(realContentDir, 'sources'));
  const real = {
    sources,
    actors: yamlIds(join(realContentDir, 'actors')),
    regions: sourceRegions(join(realContentDir, 'sources'), sources),
  };
  const files = generateContent({ entries, real, ...(seed === undefined ? {} : { seed }) });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(targetDir, path)), { recursive: true });
    writeFileSync(join(targetDir, path), text);
  }
  return files.size;
}
