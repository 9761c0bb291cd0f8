export interface ReferenceOccupationsTable {
  esco_id: string;
  isco08_code: string;
  regulated_eu: boolean;
  label_en: string;
  label_fr: string;
  label_es: string;
  label_ar: string;
  label_uk: string;
}

/** Every classification's titles, for search (migration 0063; it replaced reference_occupation_labels). */
export interface ReferenceOccupationTitlesTable {
  scheme: string;
  code: string;
  lang: string;
  label_type: string;
  label: string;
  search_text: string;
}

/** The distinct words of the folded titles, with how many titles hold each (migration 0063). */
export interface ReferenceOccupationWordsTable {
  word: string;
  titles: number;
}

declare module '../../../core/db/types.js' {
  interface Database {
    reference_occupations: ReferenceOccupationsTable;
    reference_occupation_titles: ReferenceOccupationTitlesTable;
    reference_occupation_words: ReferenceOccupationWordsTable;
  }
}
