/**
 * Danish messages of the admin script's own widget (kept apart from `cms.ts` so the
 * browser bundle carries only these). Part of the one place for UI strings.
 */
export const cmsKeyedMapErrors = {
  notAMap: 'Skriv én linje pr. kolonne: «kolonne-id: værdi».',
  notAList:
    'Skriv hver række som «- kolonne-id: værdi», med rækkens øvrige kolonner på linjerne under.',
  syntax: (detail: string) => `Teksten kan ikke læses: ${detail}`,
};

/** What the admin script logs when a save cannot keep the file's own layout. */
export const cmsSaveLog = {
  rewritten: (title: string) =>
    `«${title}»: filen kunne ikke rettes på stedet og skrives derfor helt forfra (samme indhold, men med ny opsætning).`,
};
